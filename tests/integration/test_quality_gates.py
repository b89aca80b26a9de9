"""Every statutory rule through the whole pipeline: one report breaks it, others keep it, and the
rule results, the GX gate, the dbt test (where one exists) and the published copy all say so.

The landing folder (tests/rule_reports.py) is materialized once per session."""

from __future__ import annotations

import re
from pathlib import Path

import dagster as dg
import duckdb
import pytest

from tests.integration.conftest import copy_of, materialize
from tests.rule_reports import BREAKS, RULES

# on the pytest-xdist worker of its session fixtures (tests/conftest.py: shared_fixture_groups)
pytestmark = pytest.mark.integration

GX_CHECK = {
    "APP_BALANCE": "gx_app_balance", "APP_OUTCOME_SUM": "gx_app_outcome_sum",
    "APP_APPLICANT_SUM": "gx_app_applicant_sum", "REVIEW_SUM": "gx_review_sum",
    "DISCLOSURE_CHANGE": "gx_disclosure_change", "NON_NEGATIVE": "gx_non_negative",
    "PROCUREMENT_AMOUNT": "gx_procurement_amount", "TEMPLATE_MATCHES_YEAR": "gx_template_matches_year",
    "CARRY_CONTINUITY": "gx_carry_continuity", "NARRATIVE_MATCHES_TABLE": "gx_narrative_matches_table",
    "COMPLETENESS": "gx_completeness",
}
# Every rule is a dbt test too (dbt_project/tests/assert_*.sql), reading the rule's one SQL
# (dbt_project/models/intermediate: int_rule_*, int_carry_continuity) as its GX suite does.
DBT_TEST = {rule_id: f"assert_{suite.removeprefix('gx_')}" for rule_id, suite in GX_CHECK.items()}
# A cell that cannot be read is also a cell missing from the template: COMPLETENESS fails too.
ALSO_FAILING = {"COMPLETENESS": {"non_negative", "short_row"}}
CLEAN = ("clean_2019", "clean_2020")


def evaluations(built) -> dict[str, dg.AssetCheckEvaluation]:
    return {e.check_name: e for e in built.result.get_asset_check_evaluations()}


def statuses(built, rule_id: str) -> dict[str, set[str]]:
    """file stem -> the statuses the rule has on that report (over all scopes)."""
    found: dict[str, set[str]] = {}
    for file_name, status in built.query(
        "SELECT d.file_name, r.status FROM fct_rule_results r JOIN dim_report d USING (report_id) WHERE r.rule_id = ?",
        [rule_id],
    ):
        found.setdefault(Path(file_name).stem, set()).add(status)
    return found


def test_the_run_succeeds_and_publishes(rules_warehouse):
    assert rules_warehouse.result.success
    checks = evaluations(rules_warehouse)
    assert set(GX_CHECK.values()) <= set(checks)
    errors = [n for n, e in checks.items() if not e.passed and e.severity == dg.AssetCheckSeverity.ERROR]
    assert errors == []  # statutory findings are warnings; nothing structural broke
    published = rules_warehouse.settings.published_duckdb_path
    assert published.exists()
    con = duckdb.connect(str(published), read_only=True)
    try:
        tables = {r[0] for r in con.execute("SELECT table_name FROM information_schema.tables").fetchall()}
        assert {"dim_report", "dim_agency", "dim_agency_name", "dim_rule", "fct_rule_results", "fct_applications"} <= tables
        published_results = con.execute("SELECT count(*) FROM fct_rule_results").fetchall()[0][0]
    finally:
        con.close()
    assert published_results == rules_warehouse.query("SELECT count(*) FROM fct_rule_results")[0][0]
    parquet = rules_warehouse.settings.published_parquet_dir / "fct_rule_results"  # one file per report year
    assert duckdb.sql(f"SELECT count(*) FROM '{parquet}/*.parquet'").fetchall()[0][0] == published_results
    assert not list(rules_warehouse.settings.published_dir.glob(".*building*"))


@pytest.mark.parametrize("rule_id", RULES)
def test_each_rule_fails_exactly_on_the_report_that_breaks_it(rules_warehouse, rule_id):
    found = statuses(rules_warehouse, rule_id)
    breaking = {stem for stem, rule in BREAKS.items() if rule == rule_id}
    expected_failing = breaking | ALSO_FAILING.get(rule_id, set())
    if rule_id == "CARRY_CONTINUITY":  # evaluated on the later year of the pair
        breaking = expected_failing = {"carry_2020"}
    assert {stem for stem, s in found.items() if "failed" in s} == expected_failing
    for stem in CLEAN:
        if rule_id == "CARRY_CONTINUITY" and stem == "clean_2019":
            assert stem not in found  # no 2018 report: nothing to compare with
            continue
        assert found[stem] == {"passed"}, (stem, found.get(stem))


@pytest.mark.parametrize("rule_id", RULES)
def test_the_gx_gate_warns_with_the_failing_reports(rules_warehouse, rule_id):
    evaluation = evaluations(rules_warehouse)[GX_CHECK[rule_id]]
    failing = {
        r[0] for r in rules_warehouse.query(
            "SELECT DISTINCT report_id FROM fct_rule_results WHERE rule_id = ? AND status = 'failed'", [rule_id])
    }
    assert not evaluation.passed and evaluation.severity == dg.AssetCheckSeverity.WARN
    meta = evaluation.metadata
    assert meta["failing_reports"].value == len(failing) >= 1
    assert meta["agrees_with_fct_rule_results"].value is True
    assert meta["rule_severity"].value == "warning"  # from the rule catalogue (dim_rule)
    offenders = meta["top_offenders"].value
    assert all(report_id in offenders for report_id in failing)
    assert "expected" in offenders and "actual" in offenders and "file_name" in offenders
    docs = meta["data_docs"].value
    assert docs.startswith("file://") and Path(docs.removeprefix("file://")).exists()
    from orchestration.quality.gx_adapter import data_docs_index

    assert meta["data_docs_index"].value == str(data_docs_index(rules_warehouse.settings.data_docs_dir))


@pytest.mark.parametrize("rule_id", sorted(DBT_TEST))
def test_the_dbt_test_agrees_with_the_gx_gate(rules_warehouse, rule_id):
    checks = evaluations(rules_warehouse)
    dbt_test, gx_check = checks[DBT_TEST[rule_id]], checks[GX_CHECK[rule_id]]
    assert not dbt_test.passed and dbt_test.severity == dg.AssetCheckSeverity.WARN
    failing_units = rules_warehouse.query(
        "SELECT count(*) FROM fct_rule_results WHERE rule_id = ? AND status = 'failed'", [rule_id])[0][0]
    assert dbt_test.metadata["dagster_dbt/failed_row_count"].value == failing_units
    assert gx_check.metadata["failing_units"].value == failing_units


def test_carry_over_is_found_across_differently_written_names(rules_warehouse):
    rows = rules_warehouse.query(
        """
        SELECT d.file_name, r.status, r.expected, r.actual, r.message
        FROM fct_rule_results r JOIN dim_report d USING (report_id)
        WHERE r.rule_id = 'CARRY_CONTINUITY' ORDER BY 1
        """
    )
    assert [(f, s, int(e), int(a)) for f, s, e, a, _ in rows] == [
        ("carry_2020.txt", "failed", 4, 1), ("clean_2020.txt", "passed", 3, 3)]
    assert "carry_2019.txt" in rows[0][4]
    names = {
        written: (agency_id, key, steps)
        for agency_id, written, key, steps in rules_warehouse.query(
            "SELECT agency_id, agency_name_as_written, agency_match_key, agency_match_steps FROM dim_agency_name")
    }
    assert names["山东省威海市民政局"][0] == names["威海市民政局"][0]
    assert names["山东省威海市民政局"][1:] == ("威海市民政局", "province_prefix_dropped")
    assert names["威海市民政局"][2] == ""
    assert names["泰泰安市民政局"][0] == names["山东省泰安市民政局"][0]
    assert names["泰泰安市民政局"][1:] == ("泰安市民政局", "doubled_characters_collapsed")
    agencies = rules_warehouse.query("SELECT count(*), count(DISTINCT agency_id) FROM dim_agency")[0]
    assert agencies == (len(names) - 2,) * 2  # two pairs of names, one agency each


def test_rules_with_an_unknown_cell_are_not_evaluable(rules_warehouse):
    rows = dict(rules_warehouse.query(
        """
        SELECT r.rule_id || ' ' || r.scope, r.status FROM fct_rule_results r JOIN dim_report d USING (report_id)
        WHERE d.file_name = 'short_row.txt' AND r.status <> 'passed'
        """
    ))
    assert rows == {"APP_OUTCOME_SUM total": "not_evaluable", "APP_APPLICANT_SUM granted": "not_evaluable",
                    "COMPLETENESS applications": "failed"}


def test_the_rule_catalogue_has_every_rule_with_its_severity(rules_warehouse):
    catalogue = dict(rules_warehouse.query("SELECT rule_id, severity FROM dim_rule"))
    assert set(catalogue) == set(RULES) and set(catalogue.values()) == {"warning"}
    missing = rules_warehouse.query("SELECT count(*) FROM fct_rule_results WHERE severity IS NULL")[0][0]
    assert missing == 0


def test_data_docs_are_built_in_the_warehouse_folder(rules_warehouse):
    from orchestration.quality.gx_adapter import data_docs_index

    index = data_docs_index(rules_warehouse.settings.data_docs_dir)
    assert index.exists()
    html = index.read_text(encoding="utf-8")
    for suite in ("app_balance", "carry_continuity", "fct_applications_structure"):
        assert f">{suite}</a></td><td>" in html
    assert ">carry_continuity</a></td><td>FAILED" in html and ">fct_reviews_structure</a></td><td>passed" in html
    for link in re.findall(r'href="([^"]+)"', html):  # every page it links to exists
        assert (index.parent / link).exists(), link


def test_the_rules_sql_and_the_parsers_python_rules_agree(rules_warehouse):
    """fct_rule_results takes its status from the rules' SQL; the parser's Python rules agree on
    every unit of every report that breaks a rule, and the cross-check says so."""
    assert evaluations(rules_warehouse)["rules_sql_matches_parser"].passed
    assert rules_warehouse.query(
        "SELECT count(*) FROM fct_rule_results WHERE rule_id <> 'CARRY_CONTINUITY' "
        "AND status IS DISTINCT FROM parser_status")[0][0] == 0


def test_a_disagreement_between_sql_and_python_fails_the_cross_check_naming_it(rules_warehouse, rules_landing, tmp_path):
    """Plant a disagreement: the parser's cached result, parsed anew, says clean_2019 breaks
    APP_BALANCE for natural persons, which its table keeps. The next run (the file is unchanged, so
    the cache is not parsed again) keeps the SQL's status, and the cross-check fails with ERROR
    naming the unit."""
    warehouse = copy_of(rules_warehouse, tmp_path / "warehouse").settings.warehouse_dir
    con = duckdb.connect(str(warehouse / rules_warehouse.settings.duckdb_path.name))
    try:
        planted = con.execute(
            """UPDATE parsing.rule_results SET status = 'failed', message = 'planted by the test'
               WHERE rule_id = 'APP_BALANCE' AND scope = 'natural_person' AND status = 'passed'
                 AND report_id IN (SELECT report_id FROM parsing.reports WHERE file_name LIKE 'clean_2019%')"""
        ).fetchall()[0][0]
        # as when the parser reads the report again: staging rebuilds only the years whose reports changed
        con.execute("UPDATE parsing.reports SET parsed_at = parsed_at + INTERVAL 1 SECOND WHERE file_name LIKE 'clean_2019%'")
    finally:
        con.close()
    assert planted == 1

    # fct_rule_results, which the cross-check is on, and all it is built from; the other marts and
    # their gates do not read the planted row, and the failing blocking check stops the publish
    run = materialize(rules_landing, warehouse, up_to={dg.AssetKey(["fct_rule_results"])})
    check = evaluations(run)["rules_sql_matches_parser"]
    assert not check.passed and check.severity == dg.AssetCheckSeverity.ERROR
    assert check.metadata["disagreements"].value == 1
    assert "APP_BALANCE natural_person on clean_2019" in check.description
    assert "SQL passed, Python failed" in check.description
    [(status, parser_status, message)] = run.query(
        "SELECT r.status, r.parser_status, r.message FROM fct_rule_results r JOIN dim_report d USING (report_id) "
        "WHERE r.rule_id = 'APP_BALANCE' AND r.scope = 'natural_person' AND d.file_name LIKE 'clean_2019%'")
    assert (status, parser_status) == ("passed", "failed")
    assert "the rule's SQL finds passed, the parser's rules failed (planted by the test)" == message
