"""A total cut off the page whose parts all print a blank mark: blank or 0, as the report prints such sums.

LibreOffice cuts a web page's table at the paper's right edge, and the total columns go with it (table 3's
总计, table 4's last 总计): the text holds nothing of them (`pdftotext` and PDFium alike: LibreOffice writes
no glyph past the paper). A row whose parts are figures gets its total as their sum, recovered
(`tables._total_from_its_parts`). A row whose parts all print a blank mark (`/`, `—`, `无`) sums to
nothing, and its total may be printed blank or 0: the row's rule (APP_APPLICANT_SUM, REVIEW_SUM) reads both
as 0, so it cannot tell them apart.

The report can: it prints other sums of blank parts where the page shows them — table 3's （七）总计 row under
a column whose outcome rows all print a blank mark, a row's total the page shows over parts all blank, table
4's shown totals over four blank outcomes. Where every such sum the page shows is printed one way (a blank
mark, or 0), and at least one is shown, a cut total over blank parts is taken as printed that way, marked
`recovered`: the report's habit singles it out, the page does not show it, so it is never evidence that a
rule passes. Sums printed both ways, or none shown, leave it unknown.
"""

from __future__ import annotations

from collections.abc import Iterable
from decimal import Decimal

from ..core import labels as L
from .cells import BLANK, RECOVERED, UNKNOWN, VALUE
from .record import Cell, ParsedReport

BLANK_SUM, ZERO_SUM = "blank", "zero"


def marked_blank(cell: Cell | None) -> bool:
    """A cell read blank from a mark the page prints (`/`, `—`), not from nothing."""
    return cell is not None and cell.state == BLANK and bool((cell.as_written or "").strip())


def all_marked_blank(cells: Iterable[Cell | None]) -> bool:
    cells = list(cells)
    return bool(cells) and all(map(marked_blank, cells))


def _sum_printed(total: Cell | None) -> str | None:
    """How a printed sum over blank parts is printed: a blank mark, 0, or neither (unknown, recovered, other)."""
    if marked_blank(total):
        return BLANK_SUM
    if total is not None and total.state == VALUE and total.value == 0:
        return ZERO_SUM
    return None


def sums_of_blanks(report: ParsedReport) -> list[str]:
    """How each sum over parts all marked blank that the page shows (tables 3 and 4) is printed."""
    seen: list[str] = []
    applications = report.matrix("applications")
    six = L.APPLICANT_KEYS[:-1]
    outcomes = [row for row in applications if L.APPLICATION_ROWS.get(row, ("", ""))[1] == "outcome"]
    if "results_total" in applications and outcomes:
        for column in six:
            if all_marked_blank(applications[row].get(column) for row in outcomes):
                seen.append(_sum_printed(applications["results_total"].get(column)))
    for cells in applications.values():
        if all_marked_blank(cells.get(column) for column in six):
            seen.append(_sum_printed(cells.get(L.APPLICANT_KEYS[-1])))
    for cells in report.matrix("reviews").values():
        parts = [cells.get(outcome) for outcome in L.REVIEW_OUTCOME_KEYS if outcome != "total"]
        if all_marked_blank(parts):
            seen.append(_sum_printed(cells.get("total")))
    return [how for how in seen if how is not None]


def settle_cut_totals_of_blank_parts(report: ParsedReport, totals: list[Cell]) -> None:
    """`totals`: cut totals (unknown) of rows whose parts all print a blank mark. Each set to blank (value None)
    or 0 and marked recovered where every sum of blank parts the page shows is printed that way (module doc);
    left unknown otherwise."""
    totals = [cell for cell in totals if cell.state == UNKNOWN]
    if not totals:
        return
    seen = sums_of_blanks(report)
    if not seen or len(set(seen)) != 1:
        return
    how = seen[0]
    for cell in totals:
        cell.value, cell.state = (None if how == BLANK_SUM else Decimal(0)), RECOVERED
    where = ", ".join(f"{cell.row}.{cell.column}" for cell in totals[:4]) + (" …" if len(totals) > 4 else "")
    printed = "a blank mark" if how == BLANK_SUM else "0"
    report.warn("cells_recovered", f"{len(totals)} total(s) cut at the page's edge over parts that all print a blank "
                f"mark ({where}): the page shows {len(seen)} sum(s) of blank parts, each printed {printed}; these "
                f"taken as printed {printed} too, marked recovered (the page does not show them)", totals[0].line)
