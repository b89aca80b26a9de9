"""The statutory balance rules of SPEC.md, evaluated on one parsed report.

Blank reads as 0. A rule that needs an unknown (or absent) cell is `not_evaluable` for that
scope: neither passed nor failed. `expected` is the side the law computes (e.g. intake), `actual`
the side the report prints against it (e.g. results plus carry-forward).

A `recovered` cell (figures that ran together, split back because the rules allowed one split
only, see recovery.py; or a total cut off the page, its row's sum), or a blank cell in a row split
back, is never evidence that a rule passes: the split was chosen *because* the
rules hold, so a pass that reads one is circular and is reported `not_evaluable` ("rests on
recovered cells"). A rule that fails with recovered cells stays `failed`: whatever the split, the
report's figures as printed do not balance.
"""

from __future__ import annotations

from contextvars import ContextVar
from dataclasses import dataclass
from decimal import Decimal

from ..parsing.cells import BLANK, OCR_UNVERIFIED, RECOVERED, UNKNOWN
from ..parsing.record import QUARANTINED, Cell, ParsedReport
from ..parsing.template import OTHER_SUB_ROWS, outcome_rows_in_use
from . import labels as L

PASSED, FAILED, NOT_EVALUABLE = "passed", "failed", "not_evaluable"

# The rules this module evaluates per report. CARRY_CONTINUITY spans two reports: the warehouse
# evaluates it set-based (dbt int_carry_continuity); `carry_continuity` below does it for two
# given reports (`gdw check PREVIOUS CURRENT`).
PER_REPORT_RULES = (
    "APP_BALANCE",
    "APP_OUTCOME_SUM",
    "APP_APPLICANT_SUM",
    "REVIEW_SUM",
    "DISCLOSURE_CHANGE",
    "NON_NEGATIVE",
    "PROCUREMENT_AMOUNT",
    "TEMPLATE_MATCHES_YEAR",
    "NARRATIVE_MATCHES_TABLE",
    "COMPLETENESS",
)


@dataclass(frozen=True)
class RuleResult:
    rule_id: str
    scope: str
    status: str
    expected: Decimal | None = None
    actual: Decimal | None = None
    message: str | None = None


class _Unknown(Exception):
    """A needed cell is unknown or absent."""


# The recovered cells the rule being compared has read (set by _compare, filled by _read).
_recovered_read: ContextVar[list[str] | None] = ContextVar("recovered_read", default=None)
# Every cell the rule being compared has read, and, when `rules_with_cells` asks, each rule's
# result with those cells (how OCR'd figures are confirmed, parsing/ocr.py).
_cells_read: ContextVar[list[Cell] | None] = ContextVar("cells_read", default=None)
_rules_with_cells: ContextVar[list | None] = ContextVar("rules_with_cells", default=None)


def _read(matrix: dict[str, dict[str, Cell]], row: str, column: str) -> Decimal:
    """How every rule reads a cell: blank is 0, unknown or absent makes it not evaluable, and a
    recovered cell is read but noted (it cannot make the rule pass)."""
    cells = matrix.get(row, {})
    cell = cells.get(column)
    read = _cells_read.get()
    if read is not None and cell is not None:
        read.append(cell)
    if cell is None or cell.state == UNKNOWN:
        raise _Unknown(f"{row}.{column}")
    # A blank in a row split back (its recovered cells keep the text they were split from) got its
    # column from the same split: it is no evidence either; nor is a figure OCR read that the rules
    # did not confirm. A total recovered as its row's sum (cut off the page: written nowhere) leaves
    # the cells its row printed as they are.
    if cell.state in (RECOVERED, OCR_UNVERIFIED) or (cell.state == BLANK and _in_a_split_row(cells)):
        noted = _recovered_read.get()
        if noted is not None:
            noted.append(f"{row}.{column}")
    if cell.state == BLANK or cell.value is None:
        return Decimal(0)
    return cell.value


def _in_a_split_row(cells: dict[str, Cell]) -> bool:
    return any(c.state == RECOVERED and c.as_written is not None for c in cells.values())


def _compare(rule_id: str, scope: str, expected_fn, actual_fn) -> RuleResult:
    read: list[Cell] = []
    result = _compared(rule_id, scope, expected_fn, actual_fn, read)
    collected = _rules_with_cells.get()
    if collected is not None:
        collected.append((result, read))
    return result


def _compared(rule_id: str, scope: str, expected_fn, actual_fn, read: list[Cell]) -> RuleResult:
    noted: list[str] = []
    token = _recovered_read.set(noted)
    read_token = _cells_read.set(read)
    try:
        expected, actual = expected_fn(), actual_fn()
    except _Unknown as missing:
        return RuleResult(rule_id, scope, NOT_EVALUABLE, message=f"needs {missing.args[0]}, which is unknown")
    finally:
        _recovered_read.reset(token)
        _cells_read.reset(read_token)
    status = PASSED if expected == actual else FAILED
    if status == PASSED and noted:
        return RuleResult(rule_id, scope, NOT_EVALUABLE, expected, actual,
                          f"rests on unconfirmed cells ({', '.join(noted[:3])}: recovered or ocr_unverified), which cannot prove it")
    message = None if status == PASSED else f"differs by {actual - expected}"
    return RuleResult(rule_id, scope, status, expected, actual, message)


ONE_ROW_NOTE = "（六）其他处理 printed as one row: `other` stands for its three sub-rows"


def other_as_one_row(report: ParsedReport) -> bool:
    """A 2021 table 3 with an `other` row (（六）其他处理 printed as one row) and not one cell of its
    three sub-rows read (each unknown or absent): the sub-rows are not in the report."""
    matrix = report.matrix("applications")
    return report.template == "2021" and "other" in matrix and not any(
        cell.state != UNKNOWN for row in OTHER_SUB_ROWS for cell in matrix.get(row, {}).values())


def _noted(result: RuleResult) -> RuleResult:
    """The result of a rule that read `other` in place of the sub-rows, saying so."""
    if result.status == NOT_EVALUABLE and result.expected is None:
        return result  # the message names the unknown cell
    return RuleResult(result.rule_id, result.scope, result.status, result.expected, result.actual,
                      f"{result.message}; {ONE_ROW_NOTE}" if result.message else ONE_ROW_NOTE)


def _applications(report: ParsedReport) -> list[RuleResult]:
    matrix = report.matrix("applications")
    template = report.template if report.template in ("2019", "2021") else "2019"
    one_row = other_as_one_row(report)
    outcomes = outcome_rows_in_use(template, one_row)
    results = []
    for column in L.APPLICANT_KEYS:
        results.append(
            _compare(
                "APP_BALANCE",
                column,
                lambda c=column: _read(matrix, "new_received", c) + _read(matrix, "carried_over", c),
                lambda c=column: _read(matrix, "results_total", c) + _read(matrix, "carried_forward", c),
            )
        )
    for column in L.APPLICANT_KEYS:
        result = _compare(
            "APP_OUTCOME_SUM",
            column,
            lambda c=column: sum((_read(matrix, r, c) for r in outcomes), Decimal(0)),
            lambda c=column: _read(matrix, "results_total", c),
        )
        results.append(_noted(result) if one_row else result)
    six = L.APPLICANT_KEYS[:-1]
    # the template's rows, and a row the report printed beyond it (a 2021 table's （六）其他处理 as one
    # row, read as `other`): every row read has its own sum, as the rule's SQL checks it; the
    # sub-rows a one-row `other` stands for are not in the report, so they have no sum to check
    rows = L.application_rows(template)
    not_printed = OTHER_SUB_ROWS if one_row else ()
    for row in [r for r in [*rows, *(r for r in matrix if r not in rows)] if r not in not_printed]:
        results.append(
            _compare(
                "APP_APPLICANT_SUM",
                row,
                lambda r=row: sum((_read(matrix, r, c) for c in six), Decimal(0)),
                lambda r=row: _read(matrix, r, "total"),
            )
        )
    return results


def _reviews(report: ParsedReport) -> list[RuleResult]:
    matrix = report.matrix("reviews")
    parts = ("upheld", "corrected", "other", "pending")
    return [
        _compare(
            "REVIEW_SUM",
            proceeding,
            lambda p=proceeding: sum((_read(matrix, p, o) for o in parts), Decimal(0)),
            lambda p=proceeding: _read(matrix, p, "total"),
        )
        for proceeding in L.PROCEEDING_KEYS
    ]


def _disclosure_change(report: ParsedReport) -> list[RuleResult]:
    matrix = report.matrix("disclosures")
    results = []
    for item, columns in matrix.items():
        current = columns.get("current_year_count")
        if current is None or current.state != "value" or "change" not in columns:
            continue
        results.append(
            _compare(
                "DISCLOSURE_CHANGE",
                item,
                lambda i=item: _read(matrix, i, "current_year_count") - _read(matrix, i, "previous_year_count"),
                lambda i=item: _read(matrix, i, "change"),
            )
        )
    return results


def _non_negative(report: ParsedReport) -> RuleResult:
    if not report.invalid_cells:
        return RuleResult("NON_NEGATIVE", "report", PASSED, Decimal(0), Decimal(0))
    listed = ", ".join(f"{c.table} {c.row}.{c.column}={c.as_written!r}" for c in report.invalid_cells[:5])
    return RuleResult("NON_NEGATIVE", "report", FAILED, Decimal(0), Decimal(len(report.invalid_cells)), listed)


def _procurement(report: ParsedReport) -> list[RuleResult]:
    columns = report.matrix("disclosures").get("centralized_procurement")
    if not columns:
        return []
    amount, projects = columns.get("total_amount_wan_yuan"), columns.get("project_count")
    if amount is None or amount.state == UNKNOWN:
        return [RuleResult("PROCUREMENT_AMOUNT", "centralized_procurement", NOT_EVALUABLE, message="amount unknown")]
    value = amount.value or Decimal(0)
    if projects is not None and projects.state != UNKNOWN and (projects.value or 0) == 0 and value != 0:
        return [RuleResult("PROCUREMENT_AMOUNT", "centralized_procurement", FAILED, Decimal(0), value,
                           "no projects but a non-zero amount")]
    return [RuleResult("PROCUREMENT_AMOUNT", "centralized_procurement", PASSED, value, value)]


def _template(report: ParsedReport) -> RuleResult:
    if report.template not in ("2019", "2021") or report.year is None:
        return RuleResult("TEMPLATE_MATCHES_YEAR", "report", NOT_EVALUABLE, message="no tables")
    expected = Decimal(2019 if report.year <= 2020 else 2021)
    actual = Decimal(int(report.template))
    status = PASSED if expected == actual else FAILED
    return RuleResult("TEMPLATE_MATCHES_YEAR", "report", status, expected, actual,
                      None if status == PASSED else f"{report.year} report on the {report.template} template")


def _narrative(report: ParsedReport) -> list[RuleResult]:
    results = []
    for figure in report.narrative_figures:
        matrix = report.matrix(figure.table)
        scope = f"{figure.row}.{figure.column}"
        results.append(
            _compare("NARRATIVE_MATCHES_TABLE", scope,
                     lambda f=figure, m=matrix: _read(m, f.row, f.column), lambda f=figure: f.value)
        )
    return results


def _completeness(report: ParsedReport) -> list[RuleResult]:
    if report.template not in ("2019", "2021"):
        return [RuleResult("COMPLETENESS", table, FAILED, None, None, "no table, figures from sentences only")
                for table in ("disclosures", "applications", "reviews")]
    expected = {
        "disclosures": sum(
            len(L.TEMPLATE_DISCLOSURE_COLUMNS[report.template][article])
            for key, (article, _, templates) in L.DISCLOSURE_ITEMS.items()
            if report.template in templates and article in L.TEMPLATE_DISCLOSURE_COLUMNS[report.template]
        ),
        "applications": len(L.application_rows(report.template)) * len(L.APPLICANT_KEYS),
        "reviews": len(L.PROCEEDING_KEYS) * len(L.REVIEW_OUTCOME_KEYS),
    }
    results = []
    for table, count in expected.items():
        read = sum(1 for c in report.cells_of(table) if c.state != UNKNOWN)
        if table == "disclosures":  # an optional 本年项目数量 column adds cells beyond the template
            read = sum(1 for c in report.cells_of(table) if c.state != UNKNOWN and c.column != "current_year_count")
        status = PASSED if read >= count else FAILED
        results.append(RuleResult("COMPLETENESS", table, status, Decimal(count), Decimal(read),
                                  None if status == PASSED else f"{count - read} of {count} cells missing or unknown"))
    return results


def evaluate(report: ParsedReport) -> list[RuleResult]:
    """Every per-report rule on one report; a quarantined report has none."""
    if report.status == QUARANTINED:
        return []
    results = _applications(report) + _reviews(report) + _disclosure_change(report)
    results.append(_non_negative(report))
    results += _procurement(report)
    results.append(_template(report))
    results += _narrative(report)
    results += _completeness(report)
    return results


def rules_with_cells(report: ParsedReport) -> list[tuple[RuleResult, list[Cell]]]:
    """Each row and column rule of the report with the cells it read."""
    collected: list = []
    token = _rules_with_cells.set(collected)
    try:
        evaluate(report)
    finally:
        _rules_with_cells.reset(token)
    return collected


def carry_continuity(current: ParsedReport, previous: ParsedReport) -> RuleResult:
    """CARRY_CONTINUITY for one agency's reports of consecutive years (the caller matched them):
    carried_over[total] of `current` = carried_forward[total] of `previous`."""
    this_year, last_year = current.matrix("applications"), previous.matrix("applications")
    return _compare("CARRY_CONTINUITY", "report",
                    lambda: _read(last_year, "carried_forward", "total"),
                    lambda: _read(this_year, "carried_over", "total"))
