"""`pdftotext -layout` of LibreOffice's PDF of a web page whose table 3 is wider than the paper (总计 cut whole
at the page's edge).

It runs onto a page that repeats no header: pdftotext sets each page's columns anew, so the later page's
figures stand elsewhere than the header's page's; a row of that page printing a figure or blank mark for each
of the six shown columns (`（六）其他处理 / / / / / /`) shows where that page's columns stand. Blank cells print
nothing elsewhere; a header word may stand midway between two columns' figures.

Or its header words stand spread out and stacked in halves (`法 律 服` over `务 机 构`), which the text line by
line does not spell: they still name the six applicant columns.

Made-up figures in the shape of those renditions (glyph columns as pdftotext counts them: one a glyph).
The tests reading cells fail on parser 3.32.1, which left those rows unknown; the others keep them unknown."""

from __future__ import annotations

from collections.abc import Collection

import pytest

from orchestration.parsing.parse import parse_text
from tests.unit.test_layout_cut_total import _line
from tests.unit.test_reader_classes import REVIEW_HEADER, REVIEWS, ROWS, TITLE, applications_of

# the header as pdftotext packs it: 法律服务机 starts one glyph right of where that column's figures start
HEADER = [" " * 42 + "申请人情况", "（本列数据的勾稽关系为：第一项加第二项之和，" + " " * 17 + "法人或其他组织",
          " " * 5 + "等于第三项加第四项之和）" + " " * 11 + "自然人",
          " " * 41 + "科 研 社会公益 法律服务机 其", " " * 34 + "商业企业", " " * 41 + "机构   组织    构   他"]
FIRST_PAGE_STARTS = [28, 34, 41, 45, 49, 55]  # where each column's figures start on the header's page
LATER_PAGE_STARTS = [29, 34, 39, 43, 47, 55]  # and on the next page, which repeats no header
BREAK_BEFORE = "rejected_confirmation"  # the first row of the next page

FIGURES = {key: [None] * 6 for key, _, _ in ROWS}
FIGURES.update(new_received=[12, 2, None, None, 1, 3], carried_over=[1, None, None, None, None, None],
               granted=[6, 1, None, None, 1, 1], denied_third_party_rights=[1, None, None, None, None, 1],
               unavailable_not_held=[4, None, None, None, None, None], rejected_duplicate=[1, 1, None, None, None, None],
               results_total=[12, 2, None, None, 1, 2], carried_forward=[1, None, None, None, None, 1])
MARKS = {"other_misc": ["/"] * 6}  # the later page's row printing a blank mark in each shown column


def _after_table_3() -> list[str]:
    return [REVIEW_HEADER, "行政复议 行政诉讼", "  ".join(["结果维持", "结果纠正", "其他结果", "尚未审结", "总计"] * 3),
            "  ".join(map(str, REVIEWS)), "五、存在的主要问题及改进情况", "一是公开形式单一。"]


def cut_pages_text(figures: dict[str, list], texts: dict[str, list[str]],
                   later_starts: list[int] = LATER_PAGE_STARTS, first_starts: list[int] = FIRST_PAGE_STARTS,
                   nudged: Collection[str] = ()) -> str:
    """Table 3 as pdftotext -layout writes LibreOffice's cut pages: each row's label on its line and its
    figures (blank cells print nothing), the rows from `BREAK_BEFORE` on a page of their own; `texts`: rows
    printed otherwise; `nudged`: rows whose figures stand a glyph right of their page's columns."""
    lines = [*TITLE.rstrip("\n").split("\n"), "三、收到和处理政府信息公开申请情况", *HEADER, ""]
    starts, page_break = first_starts, ""
    for key, label, heading in ROWS:
        if key == BREAK_BEFORE:
            starts, page_break = later_starts, "\f"
        if heading:
            lines.append(heading)
        printed = texts.get(key) or ["" if value is None else str(value) for value in figures[key]]
        row_starts = [start + 1 for start in starts] if key in nudged else starts
        lines += [page_break + _line(label[:16], printed, row_starts), ""]
        page_break = ""
    lines += _after_table_3()
    return "\n".join(lines) + "\n"


def _read(text: str) -> dict[str, list]:
    return applications_of(parse_text(text, "lo-html_pdftotext.txt"))


def _shown(cells: list) -> list:
    return [(cell.value, cell.state) for cell in cells[:6]]


def test_a_later_pages_row_of_six_marks_places_that_pages_figures_and_the_rules_the_header_pages():
    read = _read(cut_pages_text(FIGURES, MARKS))
    # （七）总计 and 四、结转下年度 stand in the marks' columns: placed, recovered (the page repeats no header)
    for key in ("results_total", "carried_forward"):
        assert _shown(read[key]) == [(v, "blank" if v is None else "recovered") for v in FIGURES[key]], key
    # `1` of new_received and granted stands midway between 社会公益 and 法律服务机: the column sums with （七）
    # and the balance with 四 leave one column for it, 法律服务机构's
    for key in ("new_received", "granted"):
        assert _shown(read[key]) == [(v, "blank" if v is None else "recovered") for v in FIGURES[key]], key
    # the cut total of a row printing figures stays unknown
    assert all(read[key][6].state == "unknown" for key in ("new_received", "granted", "results_total"))


def test_without_a_row_of_six_on_the_later_page_its_figures_and_the_midway_ones_stay_unknown():
    read = _read(cut_pages_text(FIGURES, {}))
    # （七）总计's four figures could stand in any four of the six columns: the rules leave 法律服务机构 or 社会公益
    # for the midway `1`, so neither row is placed whole, nor is （七）总计
    assert all(cell.state == "unknown" for cell in read["results_total"])
    # the header's page proves the rest: the figures standing under their header words are theirs, the midway `1`
    # is 社会公益's or 法律服务机构's (both unknown), and 科研机构, where nothing stands, is blank
    for key in ("new_received", "granted"):
        natural, commercial, _, _, _, other = FIGURES[key]
        assert _shown(read[key]) == [(natural, "value"), (commercial, "value"), (None, "blank"), (None, "unknown"),
                                     (None, "unknown"), (other, "value")], key
        assert read[key][6].state == "unknown", key


def test_a_later_pages_figure_standing_between_two_of_the_marks_columns_places_nothing_on_that_page():
    # （七）总计's `1` two glyphs right of 社会公益's mark and two left of 法律服务机构's: neither column is proven
    texts = dict(MARKS, results_total=["12", "2", "", "", "", "2"])
    text = cut_pages_text(FIGURES, texts)
    lines = text.split("\n")
    at = next(i for i, line in enumerate(lines) if line.startswith("（七）总计"))
    lines[at] = lines[at][:45] + "1" + lines[at][46:]
    assert lines[at][LATER_PAGE_STARTS[3]:LATER_PAGE_STARTS[4] + 1] == "  1  "
    read = _read("\n".join(lines))
    assert all(cell.state == "unknown" for cell in read["results_total"])
    # the header's page's rows with a midway figure: placed where their page proves it, that figure's columns unknown
    for key in ("new_received", "granted"):
        assert [state for _, state in _shown(read[key])][2:5] == ["blank", "unknown", "unknown"], key


# A header whose words pdftotext spread and stacked past reading them line by line (`法 律 服` over `务 机 构`,
# `其` over `他`, 商业企业 between the two lines), every row printing its six applicant figures (blank cells
# print 0), 总计 cut whole: the header names its six applicant columns, so each row of six is read in order.
SPREAD_HEADER = [" " * 49 + "申请人情况", "",
                 "（本列数据的勾稽关系为：第一项加第二项之和，等" + " " * 26 + "法人或其他组织",
                 " " * 6 + "于第三项加第四项之和）", " " * 32 + "自然人",
                 " " * 45 + "科研机 社会公 法 律 服 其", " " * 38 + "商业企业",
                 " " * 46 + "构  益组织 务 机 构 他"]
SPREAD_STARTS = [48, 54, 61, 67, 73, 77]
SIX_A_ROW = {key: [0] * 6 for key, _, _ in ROWS}
SIX_A_ROW.update(new_received=[14, 0, 0, 0, 2, 0], carried_over=[0, 0, 0, 0, 1, 0], granted=[8, 0, 0, 0, 2, 0],
                 unavailable_not_held=[5, 0, 0, 0, 0, 0], results_total=[13, 0, 0, 0, 2, 0],
                 carried_forward=[1, 0, 0, 0, 1, 0])


def spread_header_text(header: list[str]) -> str:
    lines = [*TITLE.rstrip("\n").split("\n"), "三、收到和处理政府信息公开申请情况", *header, ""]
    for key, label, heading in ROWS:
        if heading:
            lines.append(heading)
        lines += [_line(label[:16], [str(value) for value in SIX_A_ROW[key]], SPREAD_STARTS), ""]
    lines += _after_table_3()
    return "\n".join(lines) + "\n"


def _traditional(lines: list[str]) -> list[str]:
    table = str.maketrans("业机会组织务构数据关为项于请况", "業機會組織務構數據關為項於請況")
    return [line.translate(table) for line in lines]


@pytest.mark.parametrize("header", [SPREAD_HEADER, _traditional(SPREAD_HEADER), [
    # 商業 over 企業, 科研 over 機構, each beside the next column's halves
    *_traditional(SPREAD_HEADER[:5]), " " * 38 + "商業   科研    社會公 法 律 服 其", " " * 38 + "企業   機構    益組織 務 機 構 他"]])
def test_a_header_of_words_stacked_in_halves_names_six_columns_and_rows_of_six_read_in_order(header):
    read = _read(spread_header_text(header))
    for key, expected in SIX_A_ROW.items():
        assert _shown(read[key]) == [(v, "value") for v in expected], key
        # the total cut at the page's edge: its parts' sum, the one value its row's rule leaves
        assert (read[key][6].value, read[key][6].state) == (sum(expected), "recovered"), key


def test_a_total_named_in_stacked_halves_keeps_rows_of_six_unknown():
    # `总` over `计` past 其他: the header names the total, so a row of six may be five parts and their total
    header = [*SPREAD_HEADER[:5], SPREAD_HEADER[5] + " 总", SPREAD_HEADER[6], SPREAD_HEADER[7] + " 计"]
    read = _read(spread_header_text(header))
    assert all(cell.state == "unknown" for key in SIX_A_ROW for cell in read[key])


def test_a_figure_sure_under_a_header_word_by_a_glyph_is_not_where_its_band_holds_an_unplaced_one():
    # 社会公益's and 法律服务机's figures a glyph left of their words: carried_over's `1` (法律服务机's) stands nearer
    # 社会公益's centre, but new_received's `13`, starting where it starts, stands under no column by proof (and so
    # does its row's every figure): the bands of that row are unproven, `1` is not read as 社会公益's; its `14` stands
    # sure under 自然人, as does every figure of that band: carried_over's `3` is 自然人's
    figures = dict(FIGURES, new_received=[14, None, None, 22, 13, None], carried_over=[3, None, None, 2, 1, None])
    read = _read(cut_pages_text(figures, {}, first_starts=[28, 33, 40, 44, 48, 55]))
    assert all(cell.state == "unknown" for cell in read["new_received"])
    assert _shown(read["carried_over"]) == [(3, "value"), (None, "blank"), (None, "unknown"), (None, "unknown"),
                                            (None, "unknown"), (None, "blank")]
