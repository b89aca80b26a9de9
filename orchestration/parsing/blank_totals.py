"""A total cut off the page whose parts all print a blank mark: blank or 0, as the report prints such sums.

LibreOffice cuts a web page's table at the paper's right edge, and the total columns go with it (table 3's
总计, table 4's last 总计): the text holds nothing of them (`pdftotext` and PDFium alike: LibreOffice writes
no glyph past the paper). A row whose parts are figures gets its total as their sum, recovered
(`table_reading._total_from_its_parts`). A row whose parts all print a blank mark (`/`, `—`, `无`) sums to
nothing, and its total may be printed blank or 0: the row's rule (APP_APPLICANT_SUM, REVIEW_SUM) reads both
as 0, so it cannot tell them apart.

The report can: it prints other sums of blank parts where the page shows them — table 3's （七）总计 row under
a column whose outcome rows all print a blank mark, a row's total the page shows over parts all blank, table
4's shown totals over four blank outcomes. Where every such sum the page shows is printed one way (a blank
mark, or 0), and at least one is shown, a cut total over blank parts is taken as printed that way, marked
`recovered`: the report's habit singles it out, the page does not show it, so it is never evidence that a
rule passes. Sums printed both ways, or none shown, leave it unknown.

LibreOffice's aligned text (`pdftotext -layout` of its PDF) prints nothing for a blank cell, and a header
showing the table's first columns places each figure by where it stands (`placed`): a cell read blank there
is a cell printed empty at its column's place, on the header's page and on a later page whose figures the
shown columns place, and a sum over parts printed empty that the page shows (table 3's （七）总计 printing
nothing under a column whose outcome rows print nothing, table 4's shown total printing nothing where its four
outcomes do, each placed so) is a sum of blank parts printed blank.
"""

from __future__ import annotations

from collections.abc import Iterable
from decimal import Decimal

from ..core import labels as L
from .cells import BLANK, RECOVERED, UNKNOWN, VALUE, clean_cell_text, read_count
from .record import Cell, ParsedReport

BLANK_SUM, ZERO_SUM = "blank", "zero"


class CutTotals(list):
    """Totals cut off the page over blank parts (unknown cells), and whether table 3's blanks print nothing at
    places its shown columns give (`placed`, module doc), which `settle_cut_totals_of_blank_parts` reads."""

    placed: bool = False


def marked_blank(cell: Cell | None, empty: bool = False, placed: bool = False) -> bool:
    """A cell read blank from a mark the page prints in it (`/`, `—`), not from nothing, nor from a row's text
    split back (`12 | 3`); with `empty`, an empty cell too (a format whose reader knows each cell's bounds: a
    PDF's ruled grid, where an empty cell is a cell printed empty); with `placed`, any cell read blank (aligned
    text whose shown columns place each figure, a blank printing nothing: module doc), never a recovered one."""
    if cell is None or cell.state != BLANK or cell.as_written is None:
        return False
    if placed:
        return True
    return read_count(cell.as_written).state == BLANK and (empty or bool(clean_cell_text(cell.as_written)))


def all_marked_blank(cells: Iterable[Cell | None], empty: bool = False, placed: bool = False) -> bool:
    cells = list(cells)
    return bool(cells) and all(marked_blank(cell, empty, placed) for cell in cells)


def _sum_printed(total: Cell | None, empty: bool, placed: bool = False) -> str | None:
    """How a printed sum over blank parts is printed: blank, 0, or neither (unknown, recovered, another text)."""
    if marked_blank(total, empty, placed):
        return BLANK_SUM
    if total is not None and total.state == VALUE and total.value == 0 and total.as_written is not None \
            and read_count(total.as_written).value == 0:
        return ZERO_SUM
    return None


def sums_of_blanks(report: ParsedReport, empty: bool = False, placed: bool = False) -> list[str]:
    """How each sum over parts all printed blank (`marked_blank`) that the page shows (tables 3 and 4) is printed."""
    seen: list[str | None] = []
    applications = report.matrix("applications")
    six = L.APPLICANT_KEYS[:-1]
    outcomes = [row for row in applications if L.APPLICATION_ROWS.get(row, ("", ""))[1] == "outcome"]
    if "results_total" in applications and outcomes:
        for column in six:
            if all_marked_blank((applications[row].get(column) for row in outcomes), empty, placed):
                seen.append(_sum_printed(applications["results_total"].get(column), empty, placed))
    for cells in applications.values():
        if all_marked_blank((cells.get(column) for column in six), empty, placed):
            seen.append(_sum_printed(cells.get(L.APPLICANT_KEYS[-1]), empty, placed))
    for cells in report.matrix("reviews").values():
        if all_marked_blank((cells.get(outcome) for outcome in L.REVIEW_OUTCOME_KEYS if outcome != "total"), empty,
                            placed):
            seen.append(_sum_printed(cells.get("total"), empty, placed))
    return [how for how in seen if how is not None]


def settle_cut_totals_of_blank_parts(report: ParsedReport, totals: list[Cell], empty: bool = False,
                                     placed: bool = False) -> None:
    """`totals`: cut totals (unknown) of rows whose parts all print a blank mark (with `empty`, or print empty in
    a format whose reader knows each cell's bounds; with `placed`, table 3's read blank in aligned text whose
    shown columns place each figure). Each set to blank (value None) or 0 and marked recovered
    where every sum of blank parts the page shows is printed that way (module doc); left unknown otherwise."""
    totals = [cell for cell in totals if cell.state == UNKNOWN]
    if not totals:
        return
    seen = sums_of_blanks(report, empty, placed)
    if not seen or len(set(seen)) != 1:
        return
    how = seen[0]
    for cell in totals:
        cell.value, cell.state = (None if how == BLANK_SUM else Decimal(0)), RECOVERED
    where = ", ".join(f"{cell.row}.{cell.column}" for cell in totals[:4]) + (" …" if len(totals) > 4 else "")
    printed = "blank" if how == BLANK_SUM else "0"
    report.warn("cells_recovered", f"{len(totals)} total(s) cut at the page's edge over parts all printed blank "
                f"({where}): the page shows {len(seen)} sum(s) of blank parts, each printed {printed}; these taken "
                f"as printed {printed} too, marked recovered (the page does not show them)", totals[0].line)
