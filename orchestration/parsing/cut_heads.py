"""Table 3's figures the page's right edge may cut in a PDF (PERHAPS_CUT), read where the table's rules give
a value that opens with their digits.

LibreOffice lays a web page's table as wide as the page set it, and its PDF cuts what is wider than the
paper; some of its PDFs hold no glyph past the paper's edge (the whole 总计 column absent). A figure of the cut
column whose next digit would stand past the edge (`１５` ending less than a digit's width before it) may
be `１５` or `１５３`: pdf.py writes it with PERHAPS_CUT after its digits, and it is read unknown. A rule
through the cell decides it where every other cell of the rule is read (a value, a blank, or a figure this
step read): APP_OUTCOME_SUM and APP_BALANCE down its column, APP_APPLICANT_SUM along its row against a total
the page prints (rule_solver.py: APP_OUTCOME_SUM says nothing of a total whose column is blank in every outcome
row). Where every such rule leaves one value, its digits those shown (`１５` for 15), the figure is
that value as far as the report adds up: read so, marked `recovered` (never evidence that a rule passes). In
the total column a value the digits shown open is read too (`１４` for 143 whose `3` the edge cut), as
table_reading recovers a total the page cut whole from its parts and cut_total.py one it cut after its first
characters; elsewhere the digits past the edge would be printed nowhere. A figure read so may decide another; once
all are read, every rule through them must hold, else none is read. A row whose total column the page cut
whole (the reader recovered its other rows' totals as their parts' sum, `table_reading._total_from_its_parts`)
then gets its total the same way.
"""

from __future__ import annotations

from dataclasses import replace
from decimal import Decimal

from .cells import BLANK, PERHAPS_CUT, RECOVERED, UNKNOWN, VALUE, clean_cell_text
from .record import Cell, ParsedReport
from .rule_solver import PARTS, TOTAL, solved_cells
from .table_reading import _total_from_its_parts
from .template import outcome_rows_in_use


def read_cut_heads(report: ParsedReport) -> None:
    """Table 3's cells written with PERHAPS_CUT, read in place where the rules through each give one value
    shown by its digits (module doc); the others stay unknown. Every such cell's text is then its digits."""
    cells = {(cell.row, cell.column): cell for cell in report.cells if cell.table == "applications"}
    heads = {place: digits for place, cell in cells.items() if (digits := _digits_before_the_mark(cell))}
    if heads:
        _read_by_the_rules(report, cells, heads)
    _as_printed(report)


def _read_by_the_rules(report: ParsedReport, cells: dict[tuple[str, str], Cell], heads: dict[tuple[str, str], str]) -> None:
    from ..core.rules import other_as_one_row  # the rules' own reading of （六）其他处理 printed as one row

    template = report.template if report.template in ("2019", "2021") else "2019"
    outcomes = outcome_rows_in_use(template, other_as_one_row(report))
    # each rule through a figure read keeps it, the others read too: else the report does not add up with them,
    # and none is read (rule_solver.solved_cells)
    solved = solved_cells(heads, _known(cells), outcomes,
                          lambda place, value: _shown_of(value, heads[place], place[1] == TOTAL))
    read = []
    for place, value in solved.items():
        cell = cells[place]
        cell.value, cell.state = value, RECOVERED
        read.append(cell)
    totals = _totals_of_rows_read(cells, read)
    if read:
        report.warn("cells_recovered", f"table 3: {len(read)} figure(s) ending within a digit of the page's right "
                    "edge, where the PDF holds nothing past it, read as the value the column and row rules through "
                    "each, their other cells read, agree on: its digits those shown (a total's, its first digits); "
                    "marked recovered"
                    + (f" (and the cut total of {len(totals)} row(s), their parts' sum)" if totals else ""),
                    read[0].line)


def _known(cells: dict[tuple[str, str], Cell]) -> dict[tuple[str, str], Decimal | None]:
    """The cells read as printed, as the rules read them: a figure's value, None for a blank."""
    return {place: None if cell.state == BLANK else cell.value or Decimal(0)
            for place, cell in cells.items() if cell.state in (VALUE, BLANK)}


def _shown_of(value: Decimal, digits: str, total: bool) -> bool:
    """Whether a figure showing `digits` before the edge is `value`: its digits exactly, or, in the total column
    (whose cut totals the reader otherwise recovers as their parts' sum, showing nothing), its first digits."""
    return str(value) == digits or (total and str(value).startswith(digits))


def _as_printed(report: ParsedReport) -> None:
    """Every cell written with PERHAPS_CUT as the page prints it (its digits), and none of them a figure
    misprinted (NON_NEGATIVE's invalid cells): one left unknown is so for the digits the paper may not
    show, as its unreadable_cell warning says."""
    report.invalid_cells = [cell for cell in report.invalid_cells
                            if not (cell.as_written or "").endswith(PERHAPS_CUT)]
    for cell in report.cells:
        if cell.as_written and cell.as_written.endswith(PERHAPS_CUT):
            cell.as_written = cell.as_written[:-1]


def _digits_before_the_mark(cell: Cell) -> str | None:
    """The digits shown of an unknown cell written with PERHAPS_CUT (ASCII); None for any other cell."""
    if cell.state != UNKNOWN or not cell.as_written or not cell.as_written.endswith(PERHAPS_CUT):
        return None
    cleaned = clean_cell_text(cell.as_written)[:-1]
    return cleaned if cleaned.isdigit() else None


def _totals_of_rows_read(cells: dict[tuple[str, str], Cell], read: list[Cell]) -> list[str]:
    """The rows holding a figure read here whose total the page cut whole: printed nowhere (unknown, no text),
    in a table whose reader recovered another row's total as its parts' sum, set the same way. Returns them."""
    cut_whole = any(cell.column == TOTAL and cell.state == RECOVERED and cell.as_written is None
                    and not any(cell is other for other in read) for cell in cells.values())
    rows = []
    for row in dict.fromkeys(cell.row for cell in read if cell.column != TOTAL):
        total = cells.get((row, TOTAL))
        if not cut_whole or total is None or total.state != UNKNOWN or total.as_written is not None:
            continue
        parts = [cells.get((row, key)) for key in PARTS]
        if any(part is None for part in parts):
            continue
        # the figures read here as printed ones, so the reader's own rule decides (blanks and zeros mixed: unknown)
        as_printed = [replace(part, state=VALUE) if any(part is other for other in read) else part for part in parts]
        if _total_from_its_parts([*as_printed, total]):
            rows.append(row)
    return rows
