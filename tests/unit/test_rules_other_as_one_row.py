"""A 2021 table 3 that prints （六）其他处理 as one row, without its three sub-rows (issue 14, F9).

The reader takes the row as `other` (warning `other_as_one_row`), the sub-rows unknown. The rules
check the report as printed: APP_OUTCOME_SUM sums `other` in place of the sub-rows, APP_APPLICANT_SUM
has no unit for sub-rows the report never printed. The Python rules (core/rules.py), the rules' SQL
(the dbt models int_rule_*, compiled by dbt) and the GX suite that reads that SQL find the same.
"""

from __future__ import annotations

from datetime import datetime
from decimal import Decimal

import pytest

from orchestration.core.rules import FAILED, NOT_EVALUABLE, PASSED, evaluate, other_as_one_row
from orchestration.core.staging_rows import add_report, empty_tables
from orchestration.core.staging_schema import STAGING_TABLES, create_table_sql
from orchestration.defs.parsing import insert_rows
from orchestration.parsing.cells import UNKNOWN
from orchestration.parsing.parse import parse_bytes
from orchestration.parsing.template import OTHER_SUB_ROWS
from orchestration.quality import gx_adapter as gxa
from testkit.corpus import make_document
from tests.dbt_sql import create_views, warehouse_connection

SUMS = ("APP_OUTCOME_SUM", "APP_APPLICANT_SUM")


def one_row_report_text() -> str:
    """A generated 2021 report, tab layout, printing （六）其他处理 as one row that is not all zeros."""
    text = make_document(5, 2, layout="txt-tabs", noise={"other_one_row"}, template="2021").data.decode("utf-8")
    (line,) = [line for line in text.splitlines() if "（六）其他处理" in line]
    figures = [int(f) for f in line.split("\t") if f.strip().isdigit()]
    assert len(figures) == 7 and figures[-1] > 0, line
    return text


def with_other_row(text: str, change) -> str:
    """The text with the figures of its （六）其他处理 row changed by `change(list) -> list`."""
    lines = text.splitlines()
    (index,) = [i for i, line in enumerate(lines) if "（六）其他处理" in line]
    cells = lines[index].split("\t")
    figures = [i for i, cell in enumerate(cells) if cell.strip().isdigit()]
    for i, value in zip(figures, change([int(cells[i]) for i in figures]), strict=True):
        cells[i] = str(value)
    lines[index] = "\t".join(cells)
    return "\n".join(lines) + "\n"


def one_more_from_natural_persons(figures: list[int]) -> list[int]:
    """The row keeps its own sum (APP_APPLICANT_SUM) but no longer adds up to （七）总计."""
    return [figures[0] + 1, *figures[1:-1], figures[-1] + 1]


@pytest.fixture(scope="module")
def reports():
    text = one_row_report_text()
    return {
        "balanced": parse_bytes(text.encode("utf-8"), "balanced.txt"),
        "broken": parse_bytes(with_other_row(text, one_more_from_natural_persons).encode("utf-8"), "broken.txt"),
    }


def results_of(report, rule_id: str):
    return {r.scope: r for r in evaluate(report) if r.rule_id == rule_id}


def test_the_reader_gives_the_one_row_form(reports):
    for report in reports.values():
        assert report.template == "2021" and any(w.code == "other_as_one_row" for w in report.warnings)
        assert other_as_one_row(report)
        sub_rows = [c for c in report.cells_of("applications") if c.row in OTHER_SUB_ROWS]
        assert sub_rows and all(c.state == UNKNOWN for c in sub_rows)


def test_outcome_sum_reads_other_in_place_of_the_sub_rows_and_says_so(reports):
    outcome = results_of(reports["balanced"], "APP_OUTCOME_SUM")
    assert {r.status for r in outcome.values()} == {PASSED}
    assert all("printed as one row" in r.message for r in outcome.values())
    assert outcome["total"].expected == outcome["total"].actual > 0


def test_outcome_sum_fails_naming_the_columns_that_do_not_add_up(reports):
    outcome = results_of(reports["broken"], "APP_OUTCOME_SUM")
    failed = {scope: r for scope, r in outcome.items() if r.status == FAILED}
    assert set(failed) == {"natural_person", "total"}
    assert all(r.expected - r.actual == 1 for r in failed.values())
    assert all("printed as one row" in r.message and "differs by -1" in r.message for r in failed.values())
    assert {r.status for scope, r in outcome.items() if scope not in failed} == {PASSED}


def test_applicant_sum_checks_other_and_has_no_unit_for_sub_rows_never_printed(reports):
    for report in reports.values():
        applicant = results_of(report, "APP_APPLICANT_SUM")
        assert applicant["other"].status == PASSED
        assert not set(OTHER_SUB_ROWS) & set(applicant)
        assert {r.status for r in applicant.values()} == {PASSED}


def test_sub_rows_read_even_in_part_are_not_the_one_row_form(reports):
    """A table with `other` and one readable sub-row cell is checked on the template's rows: the
    unknown sub-row cells leave APP_OUTCOME_SUM not evaluable, never passed on `other`."""
    report = parse_bytes(one_row_report_text().encode("utf-8"), "part.txt")
    cell = next(c for c in report.cells if c.table == "applications" and c.row == "other_misc"
                and c.column == "natural_person")
    cell.value, cell.state = Decimal(0), "value"
    assert not other_as_one_row(report)
    outcome = results_of(report, "APP_OUTCOME_SUM")
    assert {r.status for r in outcome.values()} == {NOT_EVALUABLE}


# ---------------------------------------------------------------- the rules' SQL, as dbt compiles it


@pytest.fixture(scope="module")
def warehouse(reports):
    """staging → stg_applications → fct_applications → int_rule_* (the SQL dbt compiles), with the
    parsed reports in it."""
    con = warehouse_connection()
    con.execute("CREATE SCHEMA staging")
    for table in STAGING_TABLES:
        con.execute(create_table_sql(table, "staging"))
    tables = empty_tables()
    for report in reports.values():
        add_report(tables, report, datetime(2026, 1, 1))
    insert_rows(con, "staging", tables)
    con.execute("CREATE TABLE dim_report AS SELECT report_id, agency_id, report_year, "
                "source_format IN ('ocr_pdf', 'ocr_image') AS read_by_ocr FROM staging.reports")
    create_views(con, ("stg_applications", "fct_applications"))
    create_views(con, ("int_rule_app_outcome_sum", "int_rule_app_applicant_sum"), schema="main_rules")
    return con


def test_the_rules_sql_finds_what_the_python_rules_find(reports, warehouse):
    """As fct_rule_results joins them: every unit the Python rules pass or fail, the SQL gives the
    same status and figures; a unit the Python rules cannot evaluate for an unknown cell, the SQL
    leaves out; and the SQL has no unit the Python rules lack."""
    for report in reports.values():
        for rule_id in SUMS:
            model = f"main_rules.int_rule_{rule_id.lower()}"
            sql = {scope: (status, expected, actual) for scope, status, expected, actual in warehouse.execute(
                f"SELECT scope, status, expected, actual FROM {model} WHERE report_id = ?", [report.report_id]
            ).fetchall()}
            python = {scope: (r.status, r.expected, r.actual) for scope, r in results_of(report, rule_id).items()
                      if r.status != NOT_EVALUABLE or r.expected is not None}
            assert sql == python, (report.source, rule_id)
    failed = warehouse.execute("SELECT scope FROM main_rules.int_rule_app_outcome_sum WHERE status = 'failed' "
                               "AND report_id = ?", [reports["broken"].report_id]).fetchall()
    assert sorted(failed) == [("natural_person",), ("total",)]


def test_the_gx_suite_fails_the_broken_report_only_naming_its_columns(reports, warehouse):
    outcome = gxa.run_suite(warehouse, "app_outcome_sum")
    assert outcome.rows_validated == 2 * 7
    assert outcome.failing_report_ids == [reports["broken"].report_id]
    assert sorted(r["scope"] for r in outcome.failing_rows) == ["natural_person", "total"]
    assert gxa.run_suite(warehouse, "app_applicant_sum").success
