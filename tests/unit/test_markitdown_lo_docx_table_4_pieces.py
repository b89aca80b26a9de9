"""markitdown of LibreOffice's PDF of a DOCX report: table 4's fifteen columns are narrow, and pdfplumber's grid sets
some two to a pipe cell (`| １ 无 |`). A full-width figure too wide for its column wraps a piece a line, from the
cell's top (LibreOffice's default): its first piece on the row's line, its rest on the line below, which markitdown
writes as a pipe row of pieces alone (`| ０ |`). The rest joins the end of a full-width figure of its pipe cell (a
blank mark, `无`, is none); the readings keeping each proceeding's total its outcomes' sum decide, cells they
disagree on unknown.

Made-up figures, in the shape the rendition writes."""

from __future__ import annotations

from decimal import Decimal

from tests.unit.test_converted_markdown import report
from tests.unit.test_markitdown_cut_table_4 import PRINTED_LINES
from tests.unit.test_markitdown_review_grid import reviews

GRID = "| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |"
HEADER = ("| 行政复议 | | | 行政诉讼 | | | | | | |", GRID,
          "| 结 | 结 其 | 尚 | 总 未经复议直接起诉 | | | | 复议后起诉 | | |",
          "| 果 | 果 他 | 未 | 计 结 | 结 | 其 尚 | 总 | 结 结 | 其 | 尚 总 |",
          "| 维 | 纠 结 | 审 | 果 | 果 | 他 未 | 计 | 果 果 | 他 | 未 计 |",
          "| 持 | 正 果 | 结 | 维 | 纠 | 结 审 | | 维 纠 | 结 | 审 |")


def table_4(*lines: str) -> list[tuple[object, str]]:
    return reviews(report().replace("\n".join(PRINTED_LINES), "\n".join([*HEADER, *lines])))


def test_a_figure_s_rest_below_its_row_joins_the_full_width_figure_of_its_shared_pipe_cell():
    # 复议后起诉: １ + ０ and １ + ２ (10 upheld, 12 in all); as printed 1 + 2 is no total of 1
    read = table_4("| 无 | 无 无 | 无 | 无 无 | 无 | ２ １ | ３ | １ 无 | ２ | 无 １ |",
                   "| | | | | | | | ０ | | ２ |")
    assert read[10:] == [(Decimal(10), "recovered"), (None, "blank"), (Decimal(2), "recovered"), (None, "blank"),
                         (Decimal(12), "recovered")]
    assert read[5:10] == [(None, "blank"), (None, "blank"), (Decimal(2), "recovered"), (Decimal(1), "recovered"),
                          (Decimal(3), "recovered")]


def test_a_rest_that_two_figures_of_its_pipe_cell_may_end_leaves_the_cells_they_disagree_on_unknown():
    # `１ １` over `０`: 10 and 1, or 1 and 10 (upheld and corrected), both keeping the total of 11
    read = table_4("| 无 | 无 无 | 无 | 无 无 | 无 | 无 无 | 无 | １ １ | 无 | 无 １１ |", "| | | | | | | | ０ | | |")
    assert [state for _, state in read[10:12]] == ["unknown", "unknown"]
    assert read[12:] == [(None, "blank"), (None, "blank"), (Decimal(11), "recovered")]


def test_a_rest_no_joining_of_which_keeps_the_sums_leaves_the_table_unknown():
    read = table_4("| 无 | 无 无 | 无 | 无 无 | 无 | 无 无 | 无 | １ 无 | 无 | 无 ５ |", "| | | | | | | | ０ | | |")
    assert {state for _, state in read} == {"unknown"}
