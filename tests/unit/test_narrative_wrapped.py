"""A sentence a line wrap or page break splits (a PDF's text, a converter's fixed width) reads as the
sentence does: its figure whole, its conjunctions and brackets still joined to what they qualify,
each figure on the line its statement starts on; a line ending a sentence, or a heading, ends the run."""

from __future__ import annotations

import pytest

from orchestration.parsing.narrative import read_narrative
from tests.unit.test_narrative import A, R


def figures(*lines: str) -> dict[tuple[str, str, str], tuple[int, int]]:
    """(table, row, column) -> (figure, 1-based line)."""
    return {(f.table, f.row, f.column): (int(f.value), f.line) for f in read_narrative(list(lines), [])}


@pytest.mark.parametrize(
    ("lines", "expected"),
    [
        # a figure cut by the wrap is read whole, on the line it starts on
        (("2023年，本机关共收到政府信息公开申请1", "2件，办结12件。"),
         {(A, "new_received", "total"): (12, 1), (A, "results_total", "total"): (12, 2)}),
        # the word of a row cut by the wrap
        (("全年因政府信息公开被申请行政复", "议2起，未经复议直接起诉0件。"),
         {(R, "administrative_review", "total"): (2, 1), (R, "litigation_direct", "total"): (0, 2)}),
        # a conjunction ending the line still joins the row it qualifies on the next
        (("全年办结申请30件，其中予以公开及", "部分公开20件，不予公开3件。"), {(A, "results_total", "total"): (30, 1)}),
        # a bracket opening the next line still says the figure before it counts last year's carried over
        (("共受理政府信息公开申请41件", "（含上年结转4件），办结39件。"),
         {(A, "carried_over", "total"): (4, 2), (A, "results_total", "total"): (39, 2)}),
        # a clause ending in `；` goes on: the balance of the paragraph is still weighed
        (("全年共受理申请52件；", "上年结转申请5件，办结50件，结转下年度2件。"),
         {(A, "carried_over", "total"): (5, 2), (A, "results_total", "total"): (50, 2),
          (A, "carried_forward", "total"): (2, 2)}),
    ],
)
def test_a_wrapped_sentence_reads_as_the_sentence(lines, expected):
    assert figures(*lines) == expected


def test_a_line_ending_its_sentence_ends_the_paragraph():
    # 办结 alone could be proposals: read only in a paragraph that speaks of applications
    assert figures("本年度共收到政府信息公开申请5件。", "办结人大代表建议12件。") == {(A, "new_received", "total"): (5, 1)}


def test_a_heading_is_not_run_into():
    # the paragraph before a heading ends there: 办结8件 under it is no application's
    assert figures("全年收到政府信息公开申请6件", "五、办理建议提案情况", "办结8件。") == {(A, "new_received", "total"): (6, 1)}


def test_a_heading_line_is_a_paragraph_of_its_own():
    lines = ["三、政府信息公开行政复议、行政诉讼情况", "2023年，未发生因政府信息公开工作引起的行政复议、行政诉讼案件。"]
    read = read_narrative(lines, [])
    assert {(f.row, int(f.value), f.line) for f in read} == {
        ("administrative_review", 0, 2), ("litigation_direct", 0, 2), ("litigation_after_review", 0, 2)}
    assert all(not f.as_written.startswith("三、") for f in read)
