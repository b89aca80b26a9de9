"""Sentence forms of narrative-only reports (issue 14): each reads its figure, in Arabic or Chinese
numerals, with thousands separators, and 无/没有/未 as zero; a sentence that names no count reads
nothing. Written by hand, apart from the corpus generator."""

from __future__ import annotations

import pytest

from orchestration.parsing.narrative import read_narrative


def read(sentence: str) -> dict[tuple[str, str], int]:
    return {(f.row, f.column): int(f.value) for f in read_narrative([sentence], [])}


@pytest.mark.parametrize(("sentence", "expected"), [
    ("全年共受理政府信息公开申请1,205件。", {("new_received", "total"): 1205}),
    ("共收到政府信息公开申请一百二十三件，办结一百二十件。",
     {("new_received", "total"): 123, ("results_total", "total"): 120}),
    ("全年共收到申请一千零五件。", {("new_received", "total"): 1005}),
    ("本年度无政府信息公开申请。", {("new_received", "total"): 0}),
    ("本年度未有依申请公开事项。", {("new_received", "total"): 0}),
    ("全年没有政府信息公开申请的情况。", {("new_received", "total"): 0}),
    ("收到政府信息公开申请十二件，其中自然人十件。",
     {("new_received", "total"): 12, ("new_received", "natural_person"): 10}),
])
def test_a_sentence_form_reads_its_figure(sentence, expected):
    assert read(sentence) == expected


@pytest.mark.parametrize("sentence", [
    "本年度无政府信息公开申请超期答复的情况。",  # names applications, states no count of them
    "本年度共受理政府信息公开申请，全部按时答复。",
    "受理申请数同比下降10%。",
])
def test_a_sentence_that_names_no_count_reads_nothing(sentence):
    assert read(sentence) == {}
