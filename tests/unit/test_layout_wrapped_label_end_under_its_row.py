"""A word processor's table through LibreOffice's PDF and `pdftotext -layout` (issue 14): a row's label wrapped
in its narrow column (`一、本年新收政府信息` / `公开申请数量`), its figures on the first line, and a figure too wide
for its cell wrapped a digit down, onto the label's second line (`１` / `０`). The second line's words alone are
the end two rows share (`公开申请数量` ends 一 and 二): taken for the row by that end, the line of its figures was
dropped and the row read blank where it prints figures. Written by hand with made-up figures."""

from __future__ import annotations

import pytest

from orchestration.parsing.align import ends_the_label_above
from orchestration.parsing.cells import display_width
from orchestration.parsing.parse import parse_text
from orchestration.parsing.template import template_sequence
from tests.unit.test_layout_label_round_figures import AT, layout_text
from tests.unit.test_reader_classes import applications_of

SOURCE = "docx_lo-docx_pdftotext.txt"
FIGURES = {"new_received": [8, 0, 0, 0, 2, 0, 10], "carried_over": [0, 1, 0, 0, 0, 0, 1],
           "granted": [5, 0, 0, 0, 1, 0, 6], "unavailable_not_held": [3, 0, 0, 0, 1, 0, 4],
           "unavailable_needs_creation": [0, 1, 0, 0, 0, 0, 1], "results_total": [8, 1, 0, 0, 2, 0, 11]}
WIDE = str.maketrans("0123456789", "０１２３４５６７８９")


def wide_line(prefix: str, texts: list[str]) -> str:
    """`prefix`, then each text at its column (one every 4 display columns from AT), full-width digits."""
    line = prefix + " " * (AT - display_width(prefix))
    for text in texts:
        text = text.translate(WIDE)
        line += text + " " * (4 - display_width(text))
    return line.rstrip()


def new_received(first: list[str], second: list[str]) -> dict[str, list[str]]:
    return {"new_received": [wide_line("      一、本年新收政府信息", first), wide_line("      公开申请数量", second)]}


def test_a_figure_wrapped_onto_the_labels_shared_end_leaves_the_row_on_its_first_line():
    # the total `10` wrapped `１` / `０`, the row's blank cells printing `/`: the parts are read from the first line,
    # the total is not read from a digit (unknown, or the parts' sum); the second line is no row's, and its empty
    # places are no blank cells of the row (3.26 read the row there: blank where it prints 8 and 2)
    text = layout_text(FIGURES, new_received(["8", "/", "/", "/", "2", "/", "1"], ["", "", "", "", "", "", "0"]))
    read = applications_of(parse_text(text, SOURCE))
    cells = read["new_received"]
    assert [(cell.state, cell.value) for cell in cells[:6]] == \
        [("value", 8), ("blank", None), ("blank", None), ("blank", None), ("value", 2), ("blank", None)]
    assert (cells[6].state, cells[6].value) in {("unknown", None), ("recovered", 10)}
    for key in ("carried_over", "granted", "results_total"):  # the rest of the table as printed
        assert [cell.value for cell in read[key]] == FIGURES[key], key


def test_the_shared_end_alone_under_a_figure_less_first_line_still_names_the_row():
    # the figures on the label's second line, its first printing none: the row is that line's
    text = layout_text(FIGURES, {"new_received": ["      一、本年新收政府信息",
                                                  wide_line("      公开申请数量", [str(v) for v in FIGURES["new_received"]])]})
    read = applications_of(parse_text(text, SOURCE))
    assert [(cell.state, cell.value) for cell in read["new_received"]] == [("value", v) for v in FIGURES["new_received"]]




@pytest.mark.parametrize("template", ["2019", "2021"])
def test_the_shared_end_under_a_whole_label_is_the_next_rows(template):
    # Chromium's PDF through `pdftotext -raw`: `一、本年新收政府信息公开申请数量 0 … 2` / `上年结转` /
    # `政府信息公开申请数量` / `0 … 1`. The label above is whole, so the shared end below it is the next row's (its
    # first line, `上年结转`, printing none of it), not the rest of the label above: taken so, 二's row was lost
    sequence = template_sequence(template)
    assert ends_the_label_above("公开申请数量", "一、本年新收政府信息", sequence)
    assert not ends_the_label_above("政府信息公开申请数量", "一、本年新收政府信息公开申请数量", sequence)
