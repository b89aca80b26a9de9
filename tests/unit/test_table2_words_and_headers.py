"""Table 2 of the 2019 template as some offices print it: a change's sign as a word (`增` / `3`,
`减少2`), a count with its measure word (`3批`, `11` / `批`), a header that names the year's own count
by its year (`2019年项目数量`) and leaves out 上一年项目数量 and 本年增/减, a heading and a header word
wrapped round their brackets and slash. Each read where the page makes it unique, else unknown;
never a column the header does not print, never `recovered` past what the arithmetic proves. Built
from the template's rows, one cell a line or crawled, never from a fixture."""

from __future__ import annotations

from decimal import Decimal

import pytest

from orchestration.parsing.parse import parse_text
from tests.unit.test_crawl_recovery import page_2019
from tests.unit.test_lines_collapsed import collapsed, report_lines
from tests.unit.test_parser_edges import BALANCED, report_text

HEADER_5 = ["信息内容", "上一年项目数量", "本年增/减", "处理决定数量"]
HEADER_8 = ["信息内容", "上一年项目数量", "本年增/减"]


def table_2(licensing: list[str], *, header_5: list[str] = HEADER_5, header_8: list[str] = HEADER_8,
            fees: list[str] = ("0", "0"), procurement: list[str] = ("0", "0"),
            heading_5: list[str] = ("第二十条第（五）项",)) -> list[str]:
    """Table 2 of the 2019 template one cell a line; 行政许可 printed as `licensing`, the rest zeros."""
    return ["第二十条第（一）项", "信息内容", "本年新制作数量", "本年新公开数量", "对外公开总数量",
            "规章", "0", "0", "0", "规范性文件", "1", "1", "5",
            *heading_5, *header_5, "行政许可", *licensing, "其他对外管理服务事项", *(["0"] * (len(licensing) and 1)),
            "第二十条第（八）项", *header_8, "行政事业性收费", *fees,
            "第二十条第（九）项", "信息内容", "采购项目数量", "采购总金额", "政府集中采购", *procurement]


def page(table2: list[str], year: int = 2019, collapse: bool = True) -> str:
    """A 2019-template report one cell a line, table 3 printing a short row (so a crawl that drops a line
    equal to the one before it shows), with `table2` for its table 2."""
    lines = report_lines({"new_received": [4, 1, 0, 0, 0, 0, 5], "results_total": [4, 1, 0, 0, 0, 0, 5]},
                         [0, 0, 0], [0] * 15)
    start, end = lines.index("第二十条第（一）项"), lines.index("三、收到和处理政府信息公开申请情况")
    lines[start:end] = table2
    lines[0] = f"测试市审计局{year}年度政府信息公开工作年度报告"
    at = lines.index("（六）其他处理")  # 2019: （六）其他处理 is one row
    assert lines[at + 9].startswith("2.申请人逾期") and lines[at + 17] == "3.其他"
    del lines[at + 9 : at + 25], lines[at + 1]
    return collapsed(lines) if collapse else "\n".join(lines)


def cells(text: str, item: str) -> dict[str, tuple[str, Decimal | None]]:
    report = parse_text(text, "t.txt")
    assert report.template == "2019"
    return {c.column: (c.state, c.value) for c in report.cells if c.table == "disclosures" and c.row == item}


def read(*values: int) -> list[tuple[str, Decimal]]:
    return [("value", Decimal(v)) for v in values]


@pytest.mark.parametrize("collapse", [True, False])
@pytest.mark.parametrize(("printed", "change"), [
    (["2", "增", "3", "7"], 3), (["2", "减", "3", "7"], -3), (["2", "增加", "3", "7"], 3),
    (["2", "减少", "3", "7"], -3), (["2", "＋", "3", "7"], 3), (["2", "增3", "7"], 3),
    (["2", "减 3", "7"], -3), (["2", "减少3", "7"], -3),
])
def test_a_sign_printed_as_a_word_is_the_changes_sign(printed, change, collapse):
    got = cells(page(table_2(printed), collapse=collapse), "administrative_licensing")
    assert [got["previous_year_count"], got["change"], got["decisions"]] == read(2, change, 7)


def test_a_sign_word_in_a_crawled_row_marks_where_the_change_starts():
    report = parse_text(page_2019("13增16", "35减1"), "crawl.html.txt")
    got = {(c.row, c.column): (c.state, c.value) for c in report.cells if c.table == "disclosures"}
    assert got[("administrative_licensing", "previous_year_count")] == ("recovered", 13)
    assert got[("administrative_licensing", "change")] == ("recovered", 1)
    assert got[("administrative_licensing", "decisions")] == ("recovered", 6)
    assert got[("administrative_fees", "previous_year_count")] == ("recovered", 35)
    assert got[("administrative_fees", "change")] == ("recovered", -1)


@pytest.mark.parametrize("header", [
    # a header's 本年增/减 set on one line before a year (`减    2019`): no sign of that figure
    ["信息内容", "上一年项目数量    本年增/减    2019年项目数量"],
    ["信息内容    上一年项目数量    本年增/减    2019年项目数量"],
])
def test_words_that_are_no_sign_stay_where_they_are(header):
    text = page(table_2(["5", "2", "7"], header_5=header), collapse=False)
    got = cells(text.replace("一、总体情况", "一、总体情况\n本年新增3项许可事项。", 1), "administrative_licensing")
    assert [got["previous_year_count"], got["change"], got["current_year_count"]] == read(5, 2, 7)


def test_a_word_among_a_collapsed_rows_cells_the_reader_does_not_know_leaves_them_unknown():
    # `2` / `升` / `3` / `7`: read as runs, `2` alone would be 2, 2, 2 over the row; the figures after the word
    # say the row is not short, so none of its cells is recovered
    got = cells(page(table_2(["2", "升", "3", "7"])), "administrative_licensing")
    assert {state for state, _ in got.values()} == {"unknown"}


@pytest.mark.parametrize("procurement", [["3批", "160200元"], ["3", "批", "160200", "元"], ["3批次", "16.02万元"]])
def test_a_count_with_its_measure_word_is_the_count(procurement):
    got = cells(page(table_2(["0"], procurement=procurement)), "centralized_procurement")
    assert got == {"project_count": ("value", 3), "total_amount_wan_yuan": ("value", Decimal("16.02"))}


def test_a_crawled_count_with_its_measure_word_is_the_count():
    crawled = page_2019("13-16", "35+1").replace(
        "三、收到和处理", "第二十条第（九）项信息内容采购项目数量采购总金额政府集中采购3批160200元 三、收到和处理", 1)
    report = parse_text(crawled, "crawl.html.txt")
    got = {c.column: c.value for c in report.cells if c.row == "centralized_procurement"}
    assert got == {"project_count": 3, "total_amount_wan_yuan": Decimal("16.02")}


YEAR_HEADER_5 = ["信息内容", "2019年", "项目数量", "处理", "决定数量"]
YEAR_HEADER_8 = ["信息内容", "2019年度项目数量"]
BRACKETED_HEADING = ["第二十条第", "(", "五", ")", "项"]


@pytest.mark.parametrize("heading", [["第二十条第（五）项"], BRACKETED_HEADING])
def test_a_count_named_by_the_reports_year_is_the_years_own_count(heading):
    text = page(table_2(["2876", "123291"], header_5=YEAR_HEADER_5, header_8=YEAR_HEADER_8,
                        fees=["168"], heading_5=heading))
    got = cells(text, "administrative_licensing")
    assert got["current_year_count"] == ("value", 2876) and got["decisions"] == ("value", 123291)
    # the columns the header does not print are no cells read: unknown, never a figure moved into them
    assert got.get("previous_year_count", ("unknown", None)) == ("unknown", None)
    assert got.get("change", ("unknown", None)) == ("unknown", None)
    fees = cells(text, "administrative_fees")
    assert fees["current_year_count"] == ("value", 168)
    assert fees.get("change", ("unknown", None)) == ("unknown", None)


def test_a_count_named_by_the_year_before_is_last_years():
    text = page(table_2(["2876", "123291"], header_5=YEAR_HEADER_5), year=2020)
    got = cells(text, "administrative_licensing")
    assert got["previous_year_count"] == ("value", 2876) and got["decisions"] == ("value", 123291)


@pytest.mark.parametrize("collapse", [True, False])
@pytest.mark.parametrize("header", [["信息内容", "项目总量", "决定总量"], ["信息内容", "项目总量", "处理决定数量"]])
def test_a_header_it_cannot_read_guesses_no_column_for_a_row_of_another_width(header, collapse):
    # `项目总量` names no column: the template's three columns would be a guess the row's two figures do not
    # bear out (2876 read as 上一年项目数量, recovered by runs, was one), so every cell is unknown
    got = cells(page(table_2(["2876", "123291"], header_5=header), collapse=collapse), "administrative_licensing")
    assert set(got) >= {"previous_year_count", "change", "decisions"}
    assert {state for state, _ in got.values()} == {"unknown"}


def test_a_header_word_split_at_its_slash_names_its_column():
    header = ["信息内容", "上一年项目数量", "本年增", "/", "减", "处理决定数量"]
    got = cells(page(table_2(["20", "增", "7", "1"], header_5=header), collapse=False), "administrative_licensing")
    assert [got["previous_year_count"], got["change"], got["decisions"]] == read(20, 7, 1)


def test_a_crawled_header_naming_each_of_its_columns_is_taken_as_printed():
    # `2020年项目数量处理决定数量行政许可13 6` in a 2020 report: two columns, 13 and 6; completed to the template's
    # four, the run would be cut 1, 3, blank, 6 under 上一年 / 本年 / 增减 / 处理决定
    crawled = page_2019("13 6", "35+1").replace("信息内容上一年项目数量本年增/减处理决定数量行政许可",
                                                "信息内容2020年项目数量处理决定数量行政许可")
    report = parse_text(crawled, "crawl.html.txt")
    got = {c.column: (c.state, c.value) for c in report.cells if c.row == "administrative_licensing"}
    assert got["current_year_count"] == ("recovered", 13) and got["decisions"] == ("recovered", 6)
    assert got["previous_year_count"] == ("unknown", None) and got["change"] == ("unknown", None)


@pytest.mark.parametrize(("printed", "change"), [("增2", 2), ("增加 2", 2), ("减少2", -2), ("＋2", 2)])
def test_a_sign_word_inside_a_tab_cell_is_the_changes_sign(printed, change):
    text = report_text(BALANCED).replace("行政许可\t5\t7\t+2\t3", f"行政许可\t5\t7\t{printed}\t3")
    got = cells(text, "administrative_licensing")
    assert [got[m] for m in ("previous_year_count", "current_year_count", "change", "decisions")] == read(5, 7, change, 3)


@pytest.mark.parametrize("collapse", [True, False])
def test_header_words_that_name_no_column_leave_the_rows_cells_unknown(collapse):
    # `项目总量 | 决定总量` names neither 上一年项目数量 nor 本年增/减: the template's columns would be a guess
    # that the row's two figures happen to fit
    text = page(table_2(["2", "3", "7"], header_8=["信息内容", "项目总量", "决定总量"], fees=["168", "5"]),
                collapse=collapse)
    report = parse_text(text, "t.txt")
    got = {c.column: (c.state, c.value) for c in report.cells if c.table == "disclosures" and c.row == "administrative_fees"}
    assert got == {"previous_year_count": ("unknown", None), "change": ("unknown", None)}
    assert any(w.code == "columns_unproven" and "administrative_fees" in w.message for w in report.warnings)


def test_a_header_wrapped_a_glyph_a_line_is_still_completed_from_the_template():
    # the header's words set down their narrow columns a glyph or two a line: nothing joins them into a
    # column's name, but each glyph is one of the template's column names, so they name no other column
    printed = "信息内容\t上一年项目数量\t本年项目数量\t本年增/减\t处理决定数量\n行政许可\t5\t7\t+2\t3\n其他对外管理服务事项\t0\t0\t0\t0"
    wrapped = ("信息内容   上 一    本 年      处理决\n            年      增 /       定数量\n           项 目    减\n"
               "            数\n           量\n行政许可   5        +2         3\n其他对外管理服务事项   0        0          0")
    text = report_text(BALANCED)
    assert printed in text
    got = cells(text.replace(printed, wrapped), "administrative_licensing")
    assert got == {"previous_year_count": ("value", 5), "change": ("value", 2), "decisions": ("value", 3)}


@pytest.mark.parametrize("collapse", [True, False])
def test_a_header_word_wrapped_round_its_neighbour_sets_no_column_order(collapse):
    # 本年增/减 wrapped: `本年` above the header's line, `增/减` below it, so the text names 上一年项目数量,
    # 处理决定数量, 增/减 in that order; the page's order is the template's. Read in the text's order, 40 / -1 / 69
    # would set 69 as the change: the header proves no order, so no cell is read
    header = ["本年", "信息内容", "上一年项目数量", "处理决定数量", "增/减"]
    got = cells(page(table_2(["40", "-1", "69"], header_5=header), collapse=collapse), "administrative_licensing")
    assert {state for state, _ in got.values()} == {"unknown"}


@pytest.mark.parametrize("collapse", [True, False])
def test_a_header_naming_each_column_out_of_the_templates_order_is_read_as_printed(collapse):
    # every word names a column: an office that prints 处理决定数量 before 本年增/减 is read in its own order
    header = ["信息内容", "上一年项目数量", "处理决定数量", "本年增/减"]
    got = cells(page(table_2(["40", "69", "-1"], header_5=header), collapse=collapse), "administrative_licensing")
    assert [got["previous_year_count"], got["change"], got["decisions"]] == read(40, -1, 69)
