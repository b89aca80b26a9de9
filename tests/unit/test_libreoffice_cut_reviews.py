"""LibreOffice's PDF of a web page through `pdftotext -layout` (issue 14), table 4 laid wider than the paper: its
header words wrapped in narrow columns (`结果维` / `持`), the last column, 复议后起诉's 总计, cut at the page's edge,
and a blank cell printing nothing. Written by hand with made-up figures.

Two things place the row's few figures: the header words poppler set apart from other cells' (they bound each
figure's columns), and a first figure at the line's first glyph, where a header line starts with the first
column's word (it is the first column's). Each keeps the true placing among its ways, so a cell either agrees on
is read, never a cell the page cuts."""

from __future__ import annotations

from orchestration.parsing.parse import parse_text
from tests.unit.test_layout_label_round_figures import FIGURES, layout_text

# table 4 as pdftotext -layout sets LibreOffice's page: 复议后起诉's 总计 past the paper's edge
CUT_REVIEW_HEADER = """四、政府信息公开行政复议、行政诉讼情况
      行政复议                        行政诉讼

                       未经复议直接起诉            复议后起诉
结果维 结果纠 其他结 尚未审
                总计
 持   正   果   结     结果维 结果纠 其他结 尚未审    结果维 结果纠 其他结 尚未审
                                   总计
                    持   正   果   结      持   正   果   结
"""


def reviews_of(row: str) -> list[tuple[str, object]]:
    text = layout_text(FIGURES).replace("四、政府信息公开行政复议、行政诉讼情况\n", "\n".join(
        [*CUT_REVIEW_HEADER.split("\n"), row, "", "五、存在的主要问题及改进情况", "无。"]) + "\n\f")
    return [(c.state, c.value) for c in parse_text(text, "report_lo-html_pdftotext.txt").cells if c.table == "reviews"]


def test_a_cut_table_4s_first_figure_at_the_line_start_and_its_header_words_apart_place_the_row_together():
    # 3 at the line's first glyph is administrative review upheld; 3 + 0 = 3 only as that proceeding's total, so
    # litigation prints nothing; 复议后起诉's total is cut at the page's edge: unknown
    assert reviews_of("3                3") == [("recovered", 3), *[("blank", None)] * 3, ("recovered", 3),
                                             *[("blank", None)] * 9, ("unknown", None)]


def test_a_cut_table_4s_figures_away_from_the_line_start_keep_the_cells_the_header_words_leave_unknown():
    # the first figure right of the line's start: the header words alone bound it (复议后起诉's four shown
    # outcomes print nothing), the proceedings before it stay unknown, its cut total too
    assert reviews_of("             1   1") == [*[("unknown", None)] * 10, *[("blank", None)] * 4, ("unknown", None)]


def test_a_cut_table_4s_first_figure_at_the_line_start_places_the_row_with_a_figure_in_the_cut_proceeding():
    # 2 at the line's first glyph is administrative review upheld; 2 + 1 = 3 only as that proceeding's total, so
    # litigation prints nothing, and the last 1 is one of 复议后起诉's shown outcomes (its total, which would keep
    # the sum, is cut at the page's edge): which one is not known, nor which outcome the first 1 is
    assert reviews_of("2      1           3                 1") == [
        ("recovered", 2), *[("unknown", None)] * 3, ("recovered", 3), *[("blank", None)] * 5,
        *[("unknown", None)] * 5]


def test_a_cut_table_4s_first_figure_at_the_line_start_leaves_a_total_unknown_the_cut_proceeding_may_change():
    # 1 1 2: administrative review 1 + 1 = 2, or 1 = 1 with 2 one of 复议后起诉's shown outcomes (its total cut):
    # the first proceeding's total is not known, nor the cut proceeding's cells (never read blank)
    assert reviews_of("1      1                              2") == [
        ("recovered", 1), *[("unknown", None)] * 4, *[("blank", None)] * 5, *[("unknown", None)] * 5]
