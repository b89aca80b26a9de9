"""Table 2 as tesseract reads it: a change whose sign went into a glyph (`+3` as `13`, `-1` as `工`), an
amount whose wrapped piece was set apart on the page (`7` here, `0.163309` lines away), a row with a figure
read as a Han glyph (`26  本  50`). Each such cell is unknown with a warning; the cells beside it, and the
same figures where the row proves them, stay as read."""

from __future__ import annotations

from decimal import Decimal

from orchestration.parsing.cells import UNKNOWN, VALUE
from orchestration.parsing.ocr_text import (
    unknown_where_a_figure_read_as_a_glyph,
    unknown_where_a_sign_may_be_lost,
    unknown_where_an_amount_may_wrap,
)
from orchestration.parsing.record import Cell, ParsedReport


def _report(*cells: Cell) -> ParsedReport:
    return ParsedReport(source="ocr.txt", sha256="0" * 64, size_bytes=0, cells=list(cells))


def _row(item: str, line: int, **figures) -> list[Cell]:
    return [Cell("disclosures", item, column, Decimal(written.lstrip("+").split()[0]), VALUE, line, written)
            for column, written in figures.items()]


def test_a_change_opening_on_a_1_may_be_a_plus_read_as_a_digit_and_is_unknown():
    lines = ["其他对外管理服务事项|59                13               65"]
    previous, change, decisions = _row("other_management_services", 1, previous_year_count="59", change="13",
                                       decisions="65")
    report = _report(previous, change, decisions)

    unknown_where_a_sign_may_be_lost(report, lines)

    assert (change.state, change.value) == (UNKNOWN, None)
    assert (previous.value, decisions.value) == (Decimal(59), Decimal(65))  # no sign in their columns
    [warning] = report.warnings
    assert warning.code == "ocr_sign_lost" and warning.line == 1 and "13" in warning.message


def test_a_change_of_1_read_from_the_glyph_an_ocr_makes_of_minus_1_is_unknown_a_printed_1_is_kept():
    lines = ["行政事业性收费       56             工", "行政许可             5              1              10"]
    fees = _row("administrative_fees", 1, previous_year_count="56", change="1")
    licensing = _row("administrative_licensing", 2, previous_year_count="5", change="1", decisions="10")
    report = _report(*fees, *licensing)

    unknown_where_a_sign_may_be_lost(report, lines)

    assert fees[1].state == UNKNOWN and fees[0].value == Decimal(56)
    assert [c.value for c in licensing] == [Decimal(5), Decimal(1), Decimal(10)]


def test_a_change_the_rows_current_count_proves_is_kept_and_a_signed_change_is_never_doubted():
    lines = ["行政许可  5  15  13  20", "行政处罚  17  -6  34"]
    licensing = _row("administrative_licensing", 1, previous_year_count="5", current_year_count="20", change="15",
                     decisions="13")
    penalty = _row("administrative_penalty", 2, previous_year_count="17", change="-6", decisions="34")
    report = _report(*licensing, *penalty)

    unknown_where_a_sign_may_be_lost(report, lines)

    assert {c.state for c in licensing + penalty} == {VALUE} and not report.warnings


def test_an_amount_a_lone_piece_elsewhere_would_continue_is_unknown():
    lines = ["二、主动公开政府信息情况", "0.163309", "第二十条第（九）项", "政府集中采购    4      7", "三、收到和处理"]
    count, amount = _row("centralized_procurement", 4, project_count="4", total_amount_wan_yuan="7")
    report = _report(count, amount)

    unknown_where_an_amount_may_wrap(report, lines)

    assert amount.state == UNKNOWN and count.value == Decimal(4)
    [warning] = report.warnings
    assert warning.code == "ocr_amount_wrapped" and "line 2" in warning.message


def test_an_amount_is_kept_where_the_lone_figures_are_page_numbers_or_its_unit_closes_it():
    lines = ["政府集中采购    4      86.9", "", "第三页", "", "", "3", "", "5455 万元", "第二十条第（八）项",
             "行政事业性收费|22.1681 万元"]
    [amount] = _row("centralized_procurement", 1, total_amount_wan_yuan="86.9")
    [fee] = _row("administrative_fees", 10, fee_amount_wan_yuan="22.1681 万元")
    report = _report(fee)

    unknown_where_an_amount_may_wrap(report, lines)

    assert fee.state == VALUE  # `万元` closes the figure: `5455 万元` continues no amount so written
    report = _report(amount)
    unknown_where_an_amount_may_wrap(report, lines[:7])
    assert amount.state == VALUE  # `3` alone: a page's number, no decimal piece


def test_a_row_with_a_figure_read_as_a_han_glyph_is_unknown_a_sign_or_unit_between_figures_is_not():
    lines = ["行政处罚             26             本            50",
             "行政许可                 1                          十1                        69",
             "政府集中采购            2                 万元 36.824731"]
    penalty = _row("administrative_penalty", 1, previous_year_count="26", decisions="50")
    licensing = _row("administrative_licensing", 2, previous_year_count="1", change="1", decisions="69")
    procurement = _row("centralized_procurement", 3, project_count="2")
    report = _report(*penalty, *licensing, *procurement)

    unknown_where_a_figure_read_as_a_glyph(report, lines)

    assert {c.state for c in penalty} == {UNKNOWN}
    assert {c.state for c in licensing + procurement} == {VALUE}
    [warning] = report.warnings
    assert warning.code == "ocr_figure_as_glyph" and warning.line == 1 and "本" in warning.message
