"""`pdftotext -layout` of a table whose header rows repeat at the top of each page (Word's "repeat header row"):
a page break inside a row sets its label's first line and figures, the page's number, a form feed, the header's
lines again, then the label's rest (`一、` / `54 0 339 …` / `5` / `\\f（本列数据…` … / `本年新收政府信息公开申请数量`).
The repeated header lines are no row's label, and the page's number no row's figures: the row keeps its own
figures. Written by hand with made-up figures."""

from __future__ import annotations

from orchestration.parsing.parse import parse_text
from tests.unit.test_layout_label_round_figures import FIGURES, HEADER, figure_line, layout_text
from tests.unit.test_reader_classes import applications_of

PAGE_BREAK = ["", "5", "\f" + HEADER[2], *HEADER[3:]]


def read(lines_of: dict[str, list[str]]) -> dict:
    return applications_of(parse_text(layout_text(FIGURES, lines_of), "chromium_pdftotext.txt"))


def test_a_row_cut_by_a_page_break_with_the_header_repeated_keeps_its_figures():
    cut = {"new_received": ["           一、", figure_line("", FIGURES["new_received"]), *PAGE_BREAK,
                            "           本年新收政府信息公开申请数量"]}
    cells = read(cut)
    for key, values in FIGURES.items():
        assert [c.value for c in cells[key]] == values, (key, cells[key])


def test_the_next_row_cut_the_same_way_keeps_its_own_figures_too():
    cut = {"new_received": ["           一、", figure_line("", FIGURES["new_received"]), *PAGE_BREAK,
                            "           本年新收政府信息公开申请数量"],
           "carried_over": ["           二、上年结转政府信息", figure_line("", FIGURES["carried_over"]),
                            *PAGE_BREAK, "           公开申请数量"]}
    cells = read(cut)
    for key in ("new_received", "carried_over", "granted"):
        assert [c.value for c in cells[key]] == FIGURES[key], (key, cells[key])
