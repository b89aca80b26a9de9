"""A total cut off the page (LibreOffice's PDF of a web page wider than the paper) over parts that all print a
blank mark: the row's rule reads blank and 0 alike, so only the report's own habit tells them apart — how it
prints the sums of blank parts the page does show (table 3's （七）总计 under a column of blank outcomes, table
4's shown totals). Where every one is printed one way, the cut total is taken as printed that way, marked
recovered (never evidence that a rule passes); sums printed both ways, or none shown, leave it unknown.

Made-up `pdftotext -layout` text in the shape of those renditions (test_layout_cut_total.py's writer) and
made-up cells. The text tests fail on parser 3.17.0, which left every such total unknown."""

from __future__ import annotations

from decimal import Decimal

from orchestration.core.rules import NOT_EVALUABLE, evaluate
from orchestration.parsing.blank_totals import (
    BLANK_SUM,
    ZERO_SUM,
    marked_blank,
    settle_cut_totals_of_blank_parts,
    sums_of_blanks,
)
from orchestration.parsing.parse import parse_text
from orchestration.parsing.record import Cell, ParsedReport
from tests.unit.test_layout_cut_total import WHOLLY_CUT_HEADER, lo_layout_text
from tests.unit.test_reader_classes import ROWS, TITLE, applications_of

STARTS = [28, 34, 41, 47, 51, 56]
# figures in 自然人 and 社会公益组织 only: every other column's outcome rows print blank marks, and so does
# its （七）总计 cell, the sum of them
FIGURES = {key: [None] * 7 for key, _, _ in ROWS}
FIGURES.update(new_received=[13, None, None, 1, None, None, 14], granted=[6, None, None, None, None, None, 6],
               unavailable_not_held=[3, None, None, 1, None, None, 4], results_total=[9, None, None, 1, None, None, 10],
               carried_forward=[4, None, None, None, None, None, 4])
BLANK_ROWS = [key for key, figures in FIGURES.items() if not any(figures)]


def _parse(texts: dict[str, list[str]] | None = None, figures: dict = FIGURES):
    text = lo_layout_text(figures, WHOLLY_CUT_HEADER, total=False, blank="/", texts=texts, starts=STARTS)
    return parse_text(text, "lo-html_pdftotext.txt")


def test_a_cut_total_over_blank_parts_is_blank_where_the_page_prints_such_sums_blank():
    report = _parse()
    read = applications_of(report)
    assert len(BLANK_ROWS) > 10
    for key in BLANK_ROWS:
        assert [c.state for c in read[key][:6]] == ["blank"] * 6, key
        assert (read[key][6].value, read[key][6].state) == (None, "recovered"), key
    for key, expected in FIGURES.items():  # rows of figures: their sum, recovered, as before
        if key not in BLANK_ROWS:
            assert (read[key][6].value, read[key][6].state) == (Decimal(expected[6]), "recovered"), key
    assert any(w.code == "cells_recovered" and "parts all printed blank" in w.message for w in report.warnings)
    # recovered: the row's rule, 0 = 0 as it reads a blank, rests on a total the page does not show
    sums = {r.scope: r.status for r in evaluate(report) if r.rule_id == "APP_APPLICANT_SUM"}
    assert all(sums[key] == NOT_EVALUABLE for key in BLANK_ROWS)


def test_a_cut_total_over_blank_parts_is_0_where_the_page_prints_such_sums_0():
    # （七）总计 prints 0 under each column whose outcome rows print blank marks
    report = _parse(texts={"results_total": ["9", "0", "0", "1", "0", "0"]})
    read = applications_of(report)
    for key in BLANK_ROWS:
        assert (read[key][6].value, read[key][6].state) == (0, "recovered"), key


def test_sums_of_blank_parts_printed_both_ways_leave_the_cut_totals_unknown():
    report = _parse(texts={"results_total": ["9", "/", "0", "1", "/", "/"]})
    read = applications_of(report)
    for key in BLANK_ROWS:
        assert (read[key][6].value, read[key][6].state) == (None, "unknown"), key
    assert not any(w.code == "cells_recovered" and "parts all printed blank" in w.message for w in report.warnings)


def test_no_sum_of_blank_parts_on_the_page_leaves_the_cut_totals_unknown():
    # every column holds a figure in some outcome row: （七）总计 prints no sum of blank parts
    figures = dict(FIGURES, granted=[6, 1, 1, None, 1, 1, 10], results_total=[9, 1, 1, 1, 1, 1, 14],
                   new_received=[13, 1, 1, 1, 1, 1, 18])
    read = applications_of(_parse(figures=figures))
    for key in BLANK_ROWS:
        assert (read[key][6].value, read[key][6].state) == (None, "unknown"), key


def _cell(table: str, row: str, column: str, printed: str | None) -> Cell:
    if printed is None:
        return Cell(table, row, column, None, "unknown", 1)
    if printed in ("/", "—", ""):
        return Cell(table, row, column, None, "blank", 1, printed)
    return Cell(table, row, column, Decimal(printed), "value", 1, printed)


def _reviews(rows: dict[str, list[str | None]]) -> ParsedReport:
    report = ParsedReport(source="x.txt", sha256="0" * 64, size_bytes=0)
    for row, printed in rows.items():
        for column, text in zip(("upheld", "corrected", "other", "pending", "total"), printed):
            report.cells.append(_cell("reviews", row, column, text))
    return report


def test_table_4s_shown_totals_tell_how_a_cut_one_is_printed():
    report = _reviews({"administrative_review": ["/", "/", "/", "/", "/"], "litigation_direct": ["1", "/", "/", "/", "1"],
                       "litigation_after_review": ["/", "/", "/", "/", None]})
    assert sums_of_blanks(report) == [BLANK_SUM]
    cut = report.cells[-1]
    settle_cut_totals_of_blank_parts(report, [cut])
    assert (cut.value, cut.state) == (None, "recovered")


def test_blank_parts_that_printed_nothing_are_no_sum_of_blanks():
    # a shown 0 over parts that printed nothing (a row whose cells were lost, not printed blank) proves no habit
    report = _reviews({"administrative_review": ["", "", "", "", "0"], "litigation_after_review": ["/", "/", "/", "/", None]})
    assert sums_of_blanks(report) == []
    cut = report.cells[-1]
    settle_cut_totals_of_blank_parts(report, [cut])
    assert (cut.value, cut.state) == (None, "unknown")


def test_table_4s_shown_total_placed_empty_over_outcomes_placed_empty_is_a_sum_printed_blank_in_aligned_text():
    # LibreOffice's `-layout` text: table 4's row `3 … 3`, placed by the page (administrative review upheld and
    # its total), leaves litigation's shown cells printing nothing at their columns' places: a sum of blank parts
    # printed blank where the shown columns place each figure, nothing proven otherwise
    report = _reviews({"administrative_review": ["3", "", "", "", "3"], "litigation_direct": ["", "", "", "", ""],
                       "litigation_after_review": ["", "", "", "", None]})
    for cell in report.cells:
        cell.as_written = "3 3" if cell.state != "unknown" else None
    assert sums_of_blanks(report) == []
    assert sums_of_blanks(report, placed=True) == [BLANK_SUM]
    cut = report.cells[-1]
    settle_cut_totals_of_blank_parts(report, [cut], placed=True)
    assert (cut.value, cut.state) == (None, "recovered")


def test_a_recovered_total_is_no_sum_the_page_shows():
    report = _reviews({"administrative_review": ["/", "/", "/", "/", "/"],
                       "litigation_direct": ["/", "/", "/", "/", "0"]})
    report.cells[-1].state = "recovered"  # set by a rule, not printed: no evidence of the report's habit
    assert sums_of_blanks(report) == [BLANK_SUM]
    report.cells[-1].state = "value"
    assert sorted(sums_of_blanks(report)) == [BLANK_SUM, ZERO_SUM]


def _grid_text(review_cells: int) -> str:
    """LibreOffice's PDF of a wide page as gdw's PDF reader writes its ruled grid (a tab at each cell's bounds):
    table 3's six applicant columns, 总计 cut whole, blanks printed empty; table 4's header cut after its first
    `review_cells` columns, its one row as many empty cells."""
    figures = {key: [None] * 6 for key, _, _ in ROWS}
    figures.update(new_received=[5, None, None, 2, None, None], granted=[3, None, None, 1, None, None],
                   unavailable_not_held=[2, None, None, 1, None, None], results_total=[5, None, None, 2, None, None])
    lines = [*TITLE.rstrip("\n").split("\n"), "三、收到和处理政府信息公开申请情况",
             "（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）\t申请人情况", "自然人\t法人或其他组织",
             "商业企业\t科研机构\t社会公益组织\t法律服务机构\t其他"]
    for key, label, heading in ROWS:
        cells = ["" if value is None else str(value) for value in figures[key]]
        lines.append("\t".join([*([heading] if heading else []), label, *cells]))
    words = ["结果维持", "结果纠正", "其他结果", "尚未审结", "总计"]
    lines += ["四、政府信息公开行政复议、行政诉讼情况", "行政复议\t行政诉讼", "\t".join([*words, "未经复议直接起诉", "复议后起诉"]),
              "\t".join([*words, *(words * 2)][5 : review_cells]), "\t" * (review_cells - 1),
              "五、存在的主要问题及改进情况", "一是公开形式单一。"]
    return "\n".join(lines) + "\n"


def test_a_ruled_grids_empty_table_4_row_cut_at_the_edge_is_blank_and_its_cut_total_as_the_page_prints_sums():
    report = parse_text(_grid_text(14), "lo-html.pdf", cells_known=True)
    reviews = report.matrix("reviews")
    for proceeding in ("administrative_review", "litigation_direct"):
        assert [(c.value, c.state) for c in reviews[proceeding].values()] == [(None, "blank")] * 5, proceeding
    after = reviews["litigation_after_review"]
    assert [(c.value, c.state) for c in after.values()][:4] == [(None, "blank")] * 4
    # its total cut: blank, as the page prints the shown totals over blank outcomes (and table 3's sums of blanks)
    assert (after["total"].value, after["total"].state) == (None, "recovered")
    read = applications_of(report)
    assert (read["denied_state_secret"][6].value, read["denied_state_secret"][6].state) == (None, "recovered")
    assert (read["granted"][6].value, read["granted"][6].state) == (4, "recovered")
    assert "missing_row" not in [w.code for w in report.warnings]


def test_an_empty_table_4_row_of_fewer_cells_than_its_cut_header_shows_stays_unknown():
    text = _grid_text(14).replace("\t" * 13 + "\n五、", "\t" * 11 + "\n五、")  # 12 cells under 14 columns: cells lost
    reviews = parse_text(text, "lo-html.pdf", cells_known=True).matrix("reviews")
    assert all(cell.state == "unknown" for cells in reviews.values() for cell in cells.values())


# ---------------------------------------------------------------- table 2: an amount wider than its header


# LibreOffice's table 2 as pdftotext -layout writes it: several blocks (their header words set where the page
# proves them), the last one's amount with its unit
TABLE_2 = """二、主动公开政府信息情况
第二十条第（一）项

信息内容        本年新制作数量 本年新公开数量 对外公开总数量

规章          —        —          12

规范性文件       2        2          30

第二十条第（五）项

信息内容        上一年项目数量 本年项目数量      本年增/减 处理决定数量

行政许可        12       9          -3   40

其他对外管理服务事项 20        21         1    70

第二十条
第（六）项

信息内容        上一年项目数量 本年项目数量      本年增/减 处理决定数量

行政处罚        25       25         0    15

行政强制        15       18         +3   40

第二十条第（八）项

信息内容        上一年项目数量 本年增/减

行政事业性收费     40       -5

第二十条第（九）项

信息内容        采购项目数量   采购总金额
"""


def _procurement(gap: int) -> list[tuple]:
    text = "某某县民政局\n2020年政府信息公开工作年度报告\n" + TABLE_2 + "政府集中采购       12" + " " * gap + \
        "45.123456 万元\n\n\n三、收到和处理政府信息公开申请情况\n\f"
    report = parse_text(text, "lo-html_pdftotext.txt")
    return [(c.column, c.value, c.state) for c in report.cells if c.row == "centralized_procurement"]


def test_an_amount_with_its_unit_run_past_the_last_header_is_that_columns():
    # LibreOffice sets a cell's text from its left edge: `45.123456 万元` starts under 采购总金额 and runs on past
    # it, where no header stands; its centre is past the reach of any header's (3.17.0: both cells unknown)
    assert _procurement(9) == [("project_count", 12, "value"), ("total_amount_wan_yuan", Decimal("45.123456"), "value")]


def test_an_amount_starting_past_the_last_headers_reach_stays_unknown():
    # a cell starting a column's width or more right of 采购总金额: no proof it is that column's
    assert [state for _, _, state in _procurement(17)] == ["unknown", "unknown"]


# ---------------------------------------------------------------- table 4 cut at the page's edge, printed empty


def _table_4_cut(words: list[str], row: str = "", texts: dict[str, list[str]] | None = None) -> dict:
    text = lo_layout_text(FIGURES, WHOLLY_CUT_HEADER, total=False, blank="/", texts=texts, starts=STARTS)
    text = text[: text.index("\f")] + "\f四、行政复议、行政诉讼情况\n      行政复议                        行政诉讼\n\n" + \
        "                       未经复议直接起诉            复议后起诉\n" + "  ".join(words) + "\n\n" + row + \
        "\n\n五、存在的主要问题及改进情况\n一是公开形式单一。\n"
    return parse_text(text, "lo-html_pdftotext.txt").matrix("reviews")


OUTCOME_WORDS = ["结果维持", "结果纠正", "其他结果", "尚未审结", "总计"]


def test_a_table_4_cut_at_the_edge_printing_no_figure_is_blank_in_the_columns_its_header_shows():
    # the header shows 14 of 15 columns (复议后起诉's 总计 past the paper's edge) and no figure follows; the cut
    # total is over four outcomes shown blank, and table 3 prints its sums of blank parts blank (`/`): so is it
    reviews = _table_4_cut((OUTCOME_WORDS * 3)[:14])
    states = [cell.state for cells in reviews.values() for cell in cells.values()]
    assert states == ["blank"] * 14 + ["recovered"]
    assert reviews["litigation_after_review"]["total"].value is None
    # where table 3 prints its sums of blank parts as 0, the cut total is 0
    cut = _table_4_cut((OUTCOME_WORDS * 3)[:14], texts={"results_total": ["9", "0", "0", "1", "0", "0"]})
    cut = cut["litigation_after_review"]["total"]
    assert (cut.value, cut.state) == (0, "recovered")


def test_a_table_4_cut_at_the_edge_with_a_figure_is_not_read_blank():
    reviews = _table_4_cut((OUTCOME_WORDS * 3)[:14], row="1                 1")
    assert not all(cell.state == "blank" for cells in reviews.values() for cell in list(cells.values())[:14])


REVIEW_HEADER = ["四、政府信息公开行政复议、行政诉讼情况", "行政复议\t行政诉讼",
                 "结果维持\t结果纠正\t其他结果\t尚未审结\t总计\t未经复议直接起诉\t复议后起诉",
                 "结果维持\t结果纠正\t其他结果\t尚未审结\t总计\t结果维持\t结果纠正\t其他结果\t尚未审结"]


def _reviews_of_a_pdf_grid(cells: list[str]) -> dict[str, Cell]:
    """Table 4 as gdw's PDF reader writes LibreOffice's page cut after its 14th column: a tab at each cell's
    bounds, a blank cell printed empty."""
    text = TITLE + "\n".join([*REVIEW_HEADER, "\t".join(cells), "五、存在的主要问题及改进情况", "无。"]) + "\n"
    report = parse_text(text, "lo-html.pdf", cells_known=True)
    return {cell.column: cell for cell in report.cells if cell.table == "reviews" and cell.row == "litigation_after_review"}


def test_table_4s_cut_total_over_empty_cells_of_a_pdf_grid_is_its_outcomes_sum():
    # 14 cells, blanks printed empty: the first two groups add up, so the cells are the first 14 columns in
    # order and the cut total is its four outcomes' sum, recovered (3.19: a short row, the total unknown)
    read = _reviews_of_a_pdf_grid(["2", "", "1", "", "3", "", "", "", "", "", "1", "", "", ""])
    assert (read["upheld"].value, read["pending"].state) == (1, "blank")
    assert (read["total"].value, read["total"].state) == (1, "recovered")
    # a group that does not add up: not read in order, the cut total unknown
    read = _reviews_of_a_pdf_grid(["2", "", "1", "", "4", "", "", "", "", "", "1", "", "", ""])
    assert read["total"].state == "unknown"


def test_table_4_of_a_grid_whose_header_names_its_last_total_otherwise_is_not_read_as_cut():
    # an HTML or DOCX table 4, not cut: its last total named `总数` (no `计` to count), so the header counts 14
    # columns, and a row of 14 cells (one lost to a merge) is no row of the first 14 columns: its last cell is
    # no pending figure and the total no sum of its outcomes (3.19.0+lohtml14: a total of 6 recovered for 3)
    header = [*REVIEW_HEADER[:3], REVIEW_HEADER[3] + "\t总数"]
    cells = ["2", "", "1", "", "3", "1", "", "", "", "1", "1", "2", "", "3"]
    text = TITLE + "\n".join([*header, "\t".join(cells), "五、存在的主要问题及改进情况", "无。"]) + "\n"
    report = parse_text(text, "report.html", cells_known=True)
    read = {cell.column: cell for cell in report.cells if cell.table == "reviews" and cell.row == "litigation_after_review"}
    assert read["total"].state != "recovered" and "columns_cut" not in [warning.code for warning in report.warnings]


# ---------------------------------------------------------------- blanks printing nothing (LibreOffice's layout text)


# figures in one column only, every other cell printing nothing (LibreOffice's text of a web page whose blank
# cells are empty): the shown columns place each figure, so a cell read blank is one printed empty
EMPTY_FIGURES = {key: [None] * 7 for key, _, _ in ROWS}
EMPTY_FIGURES.update(new_received=[14, None, None, None, None, None, 14], granted=[6, None, None, None, None, None, 6],
                     unavailable_not_held=[4, None, None, None, None, None, 4],
                     results_total=[10, None, None, None, None, None, 10], carried_forward=[4, None, None, None, None, None, 4])
EMPTY_ROWS = [key for key, figures in EMPTY_FIGURES.items() if not any(figures)]


def _parse_empty(texts: dict[str, list[str]] | None = None):
    return parse_text(lo_layout_text(EMPTY_FIGURES, WHOLLY_CUT_HEADER, total=False, blank="", texts=texts,
                                     starts=STARTS), "lo-html_pdftotext.txt")


def test_a_cut_total_over_parts_printed_empty_is_blank_where_the_total_row_prints_nothing_over_empty_columns():
    # （七）总计 prints nothing under the five columns whose outcome rows print nothing: sums of blank parts
    # printed blank, and so the cut totals of the rows printing nothing (3.19.0 left them unknown)
    report = _parse_empty()
    read = applications_of(report)
    assert len(EMPTY_ROWS) > 10
    for key in EMPTY_ROWS:
        assert [c.state for c in read[key][:6]] == ["blank"] * 6, key
        assert (read[key][6].value, read[key][6].state) == (None, "recovered"), key
    assert any(w.code == "cells_recovered" and "parts all printed blank" in w.message for w in report.warnings)


def test_a_total_row_whose_0s_only_page_order_places_proves_no_habit():
    # `10 0 0 0 0 0` packed apart from the header's places: its 0s are placed by the page's order, recovered, and
    # a recovered cell is no sum the page shows: the cut totals over parts printed empty stay unknown
    report = _parse_empty(texts={"results_total": ["10", "0", "0", "0", "0", "0"]})
    read = applications_of(report)
    assert {c.state for c in read["results_total"][1:6]} == {"recovered"}
    for key in EMPTY_ROWS:
        assert (read[key][6].value, read[key][6].state) == (None, "unknown"), key


def test_a_total_row_printing_nothing_and_0_over_empty_columns_leaves_the_cut_totals_unknown():
    report = _parse_empty(texts={"results_total": ["10", "0", "", "", "", ""]})
    read = applications_of(report)
    for key in EMPTY_ROWS:
        assert (read[key][6].value, read[key][6].state) == (None, "unknown"), key


def test_a_blank_placed_by_its_column_counts_as_printed_empty_only_where_the_columns_place_it():
    split_back = Cell("applications", "results_total", "other_org", None, "blank", 1, "12 | 3")
    assert not marked_blank(split_back) and not marked_blank(split_back, empty=True)
    assert marked_blank(split_back, placed=True)
    recovered = Cell("applications", "results_total", "other_org", None, "recovered", 1, "12 | 3")
    assert not marked_blank(recovered, placed=True)
    assert not marked_blank(Cell("applications", "results_total", "other_org", None, "unknown", 1), placed=True)
