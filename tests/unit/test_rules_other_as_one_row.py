"""A 2021 table 3 that prints （六）其他处理 as one row, without its three sub-rows (issue 14, F9).

The reader takes the row as `other` (warning `other_as_one_row`), the sub-rows unknown. The rules
check the report as printed: APP_OUTCOME_SUM sums `other` in place of the sub-rows, APP_APPLICANT_SUM
has no unit for sub-rows the report never printed. The Python rules (core/rules.py), the rules' SQL
(the dbt models int_rule_*, compiled by dbt) and the GX suite that reads that SQL find the same.
"""

from __future__ import annotations

from datetime import datetime
from decimal import Decimal
from pathlib import Path

import pytest

from orchestration.core.rules import FAILED, NOT_EVALUABLE, PASSED, evaluate, other_as_one_row
from orchestration.core.staging_rows import add_report, empty_tables
from orchestration.core.staging_schema import STAGING_TABLES, create_table_sql
from orchestration.defs.parsing import insert_rows
from orchestration.defs.quality import rule_disagreements
from orchestration.parsing.cells import UNKNOWN
from orchestration.parsing.parse import parse_bytes
from orchestration.parsing.template import OTHER_SUB_ROWS
from orchestration.quality import gx_adapter as gxa
from testkit.corpus import make_document
from tests.dbt_sql import create_views, warehouse_connection

CATALOGUE = Path(__file__).resolve().parents[2] / "dbt_project" / "seeds" / "rule_catalogue.csv"


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


RULE_MODELS = ("int_carry_continuity", *(f"int_rule_{rule}" for rule in (
    "app_balance", "app_outcome_sum", "app_applicant_sum", "review_sum", "disclosure_change", "non_negative",
    "procurement_amount", "template_matches_year", "narrative_matches_table", "completeness")))


@pytest.fixture(scope="module")
def warehouse(reports):
    """The parsed reports staged, then the dbt models from stg_* to fct_rule_results as dbt compiles
    them (views; dim_report from the staged reports, dim_rule the rule catalogue)."""
    con = warehouse_connection()
    con.execute("CREATE SCHEMA staging")
    for table in STAGING_TABLES:
        con.execute(create_table_sql(table, "staging"))
    tables = empty_tables()
    for report in reports.values():
        add_report(tables, report, datetime(2026, 1, 1))
    insert_rows(con, "staging", tables)
    con.execute("CREATE TABLE dim_report AS SELECT *, source_format IN ('ocr_pdf', 'ocr_image') AS read_by_ocr "
                "FROM staging.reports")
    con.execute(f"CREATE TABLE dim_rule AS SELECT * FROM read_csv('{CATALOGUE}')")
    create_views(con, tuple(f"{layer}_{table}" for layer in ("stg", "fct")
                            for table in ("disclosures", "applications", "reviews", "rule_results")
                            if (layer, table) != ("fct", "rule_results")))
    create_views(con, RULE_MODELS, schema="main_rules")
    create_views(con, ("fct_rule_results",))
    return con


def test_the_rules_sql_finds_what_the_python_rules_find(reports, warehouse):
    """fct_rule_results takes each status from the rules' SQL, beside the Python rules' status:
    the Dagster check rules_sql_matches_parser finds no unit where they disagree, the one-row form's
    message reaches the warehouse, and the broken report fails in the columns that do not add up."""
    assert rule_disagreements(warehouse) == (0, [])
    found = {(file, rule, scope): (status, message) for file, rule, scope, status, message in warehouse.execute(
        "SELECT d.file_name, r.rule_id, r.scope, r.status, r.message FROM fct_rule_results r "
        "JOIN dim_report d USING (report_id) WHERE r.rule_id IN ('APP_OUTCOME_SUM', 'APP_APPLICANT_SUM')"
    ).fetchall()}
    outcome = {(file, scope): status for (file, rule, scope), (status, _) in found.items() if rule == "APP_OUTCOME_SUM"}
    assert {scope for (file, scope), status in outcome.items() if status == "failed"} == {"natural_person", "total"}
    assert {file for (file, scope), status in outcome.items() if status == "failed"} == {"broken.txt"}
    assert {status for (file, _), status in outcome.items() if file == "balanced.txt"} == {"passed"}
    assert all("printed as one row" in message for (_, rule, _), (_, message) in found.items()
               if rule == "APP_OUTCOME_SUM")
    assert not {scope for (_, rule, scope) in found if rule == "APP_APPLICANT_SUM"} & set(OTHER_SUB_ROWS)
    assert {status for (_, rule, _), (status, _) in found.items() if rule == "APP_APPLICANT_SUM"} == {"passed"}


def test_the_gx_suite_fails_the_broken_report_only_naming_its_columns(reports, warehouse):
    outcome = gxa.run_suite(warehouse, "app_outcome_sum")
    assert outcome.rows_validated == 2 * 7
    assert outcome.failing_report_ids == [reports["broken"].report_id]
    assert sorted(r["scope"] for r in outcome.failing_rows) == ["natural_person", "total"]
    assert gxa.run_suite(warehouse, "app_applicant_sum").success
