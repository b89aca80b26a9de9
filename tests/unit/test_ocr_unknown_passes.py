"""The passes that, in text an OCR wrote, make cells unknown: each turns exactly the cells it cannot
prove into `unknown` (never another cell) and says so in one warning per cell or per row, naming what
it took."""

from __future__ import annotations

from decimal import Decimal

from orchestration.parsing.cells import BLANK, UNKNOWN, VALUE
from orchestration.parsing.ocr_text import (
    unknown_where_blank_unwritten,
    unknown_where_no_figure_was_read,
    unknown_where_read_in_order,
    unknown_where_too_long,
)
from orchestration.parsing.record import Cell, ParsedReport


def _report(*cells: Cell) -> ParsedReport:
    return ParsedReport(source="ocr.txt", sha256="0" * 64, size_bytes=0, cells=list(cells))


def test_a_short_rows_figures_read_in_order_are_unknown_with_one_warning_for_the_row():
    granted = [Cell("applications", "granted", column, Decimal(n), VALUE, 12) for column, n in
               (("natural_person", 3), ("commercial_enterprise", 1))]
    other = Cell("applications", "rejected_duplicate", "natural_person", Decimal(2), VALUE, 13)
    report = _report(*granted, other)
    report.warn("short_row", "table 3 granted: 2 figures for 7 cells, read in order", 12)

    unknown_where_read_in_order(report)

    assert [c.state for c in granted] == [UNKNOWN, UNKNOWN] and [c.value for c in granted] == [None, None]
    assert (other.state, other.value) == (VALUE, Decimal(2))
    [warning] = [w for w in report.warnings if w.code == "ocr_short_row"]
    assert warning.line == 12 and warning.message.startswith("table 3 granted:") and "the 2 figure(s)" in warning.message


def test_table_2_cells_with_nothing_written_are_unknown_and_named_by_column_in_their_rows_warning():
    empty = [Cell("disclosures", "regulations", column, None, BLANK, 7, "") for column in ("issued", "repealed")]
    marked = Cell("disclosures", "regulations", "in_force", None, BLANK, 7, "无")
    report = _report(*empty, marked)

    unknown_where_blank_unwritten(report)

    assert [c.state for c in empty] == [UNKNOWN, UNKNOWN]
    assert marked.state == BLANK  # `无` printed: the office wrote it blank
    [warning] = report.warnings
    assert warning.code == "ocr_blank_unwritten" and warning.line == 7
    assert "nothing written in issued, repealed," in warning.message


def test_blank_rows_of_a_table_whose_figures_were_all_lost_are_unknown_each_row_named_once():
    cells = [Cell("applications", row, column, None, BLANK, line, "")
             for row, line in (("granted", 20), ("rejected_duplicate", 21)) for column in ("natural_person", "total")]
    report = _report(*cells)

    unknown_where_no_figure_was_read(report)

    assert {c.state for c in cells} == {UNKNOWN}
    [warning] = report.warnings
    assert warning.code == "ocr_blank_unproven" and "2 row(s)" in warning.message
    assert "(granted, rejected_duplicate)" in warning.message


def test_no_blank_row_is_touched_where_a_row_of_the_table_was_read_with_a_figure():
    blank = Cell("applications", "granted", "natural_person", None, BLANK, 20, "")
    read = Cell("applications", "rejected_duplicate", "natural_person", Decimal(1), VALUE, 21, "1")
    report = _report(blank, read)

    unknown_where_no_figure_was_read(report)

    assert blank.state == BLANK and not report.warnings


def test_a_count_of_more_digits_than_any_office_counts_is_unknown_a_table_2_amount_is_not():
    too_long = Cell("applications", "granted", "total", Decimal(110101211), VALUE, 30)
    amount = Cell("disclosures", "fees", "fee_amount_wan_yuan", Decimal(110101211), VALUE, 8)
    report = _report(too_long, amount)

    unknown_where_too_long(report)

    assert (too_long.state, too_long.value) == (UNKNOWN, None)
    assert amount.state == VALUE
    [warning] = report.warnings
    assert warning.code == "unreadable_cell" and warning.line == 30 and "110101211 has more than" in warning.message
