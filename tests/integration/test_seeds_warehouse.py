"""The whole graph on the five real seeds: the figures a person reads in them are in the marts."""

from __future__ import annotations

import dagster as dg
import pytest

from orchestration.defs.ingestion import RAW_REPORTS
from orchestration.defs.parsing import PARSED_REPORTS
from tests.integration.conftest import copy_of, materialize

# on the pytest-xdist worker of its session fixtures (tests/conftest.py: shared_fixture_groups)
pytestmark = pytest.mark.integration


def check_results(built) -> dict[str, dg.AssetCheckEvaluation]:
    return {e.check_name: e for e in built.result.get_asset_check_evaluations()}


def test_the_run_succeeds_and_every_check_ran(seeds_warehouse):
    assert seeds_warehouse.result.success
    checks = check_results(seeds_warehouse)
    gx = {name for name in checks if name.startswith("gx_")}
    assert {"gx_app_balance", "gx_app_outcome_sum", "gx_app_applicant_sum", "gx_review_sum"} <= gx
    assert any(name.endswith("_structure") for name in gx)
    # structural checks pass on real data; no check is an ERROR
    errors = [n for n, e in checks.items() if not e.passed and e.severity == dg.AssetCheckSeverity.ERROR]
    assert errors == []
    # dbt tests show as checks too
    assert any(not name.startswith("gx_") for name in checks)


def test_every_landed_file_is_in_the_warehouse_or_quarantined(seeds_warehouse):
    landed = seeds_warehouse.query("SELECT count(*) FROM landing.raw_reports")[0][0]
    in_warehouse = seeds_warehouse.query("SELECT count(*) FROM dim_report")[0][0]
    quarantined = dict(seeds_warehouse.query("SELECT file_name, reason_code FROM fct_quarantine"))
    assert landed == 7
    assert in_warehouse == 5
    assert quarantined == {"minutes.txt": "not_a_report", "zz_copy_of_first_seed.txt": "duplicate"}


def test_xianan_procurement(seeds_warehouse):
    rows = seeds_warehouse.query(
        """
        SELECT p.project_count, p.total_amount_wan_yuan, p.amount_as_written
        FROM fct_procurement p JOIN dim_report d USING (report_id)
        JOIN dim_agency a ON a.agency_id = d.agency_id
        WHERE a.agency_name = '咸宁市咸安区民政局' AND p.report_year = 2020
        """
    )
    assert len(rows) == 1
    count, amount, written = rows[0]
    assert count == 41 and float(amount) == 537.0 and written == "5370000.00元"


def test_liaocheng_applications_and_disclosures(seeds_warehouse):
    apps = {
        (r, a): (n, s)
        for r, a, n, s in seeds_warehouse.query(
            """
            SELECT f.row, f.applicant, f.applications, f.cell_state FROM fct_applications f
            JOIN dim_report d USING (report_id) WHERE d.agency_name = '聊城市民政局' AND f.report_year = 2020
            """
        )
    }
    assert apps[("new_received", "natural_person")] == (6, "value")
    assert apps[("new_received", "total")] == (6, "value")
    assert apps[("granted", "total")] == (6, "value")
    assert apps[("new_received", "commercial_enterprise")] == (None, "blank")
    disclosures = {
        m: float(v)
        for m, v in seeds_warehouse.query(
            """
            SELECT f.metric, f.value FROM fct_disclosures f JOIN dim_report d USING (report_id)
            WHERE d.agency_name = '聊城市民政局' AND f.item = 'other_management_services'
            """
        )
    }
    assert disclosures == {"previous_year_count": 92, "current_year_count": 7, "change": -85, "decisions": 45}


def test_gaoqing_lost_total_is_unknown_and_rules_not_evaluable(seeds_warehouse):
    cell = seeds_warehouse.query(
        """
        SELECT f.applications, f.cell_state FROM fct_applications f JOIN dim_report d USING (report_id)
        WHERE d.agency_name = '高青县民政局' AND f.row = 'granted' AND f.applicant = 'total'
        """
    )
    assert cell == [(None, "unknown")]
    rules = {
        (rule, scope): status
        for rule, scope, status in seeds_warehouse.query(
            """
            SELECT r.rule_id, r.scope, r.status FROM fct_rule_results r JOIN dim_report d USING (report_id)
            WHERE d.agency_name = '高青县民政局'
            """
        )
    }
    assert rules[("APP_OUTCOME_SUM", "total")] == "not_evaluable"
    assert rules[("APP_APPLICANT_SUM", "granted")] == "not_evaluable"
    assert rules[("APP_BALANCE", "natural_person")] == "passed"


def test_puyang_narrative_figures(seeds_warehouse):
    report = seeds_warehouse.query("SELECT report_id, template, status FROM dim_report WHERE agency_name = '濮阳市民政局'")
    assert len(report) == 1 and report[0][1:] == ("narrative", "narrative")
    apps = seeds_warehouse.query(
        "SELECT row, applicant, applications, cell_state FROM fct_applications WHERE report_id = ?", [report[0][0]]
    )
    reviews = seeds_warehouse.query(
        "SELECT proceeding, outcome, cases, cell_state FROM fct_reviews WHERE report_id = ?", [report[0][0]]
    )
    assert apps == [("new_received", "total", 2, "narrative")]
    assert reviews == [("administrative_review", "total", 1, "narrative")]


def test_agencies_and_years(seeds_warehouse):
    rows = set(seeds_warehouse.query("SELECT d.agency_name, d.report_year FROM dim_report d"))
    assert rows == {("聊城市民政局", 2020), ("高青县民政局", 2020), ("濮阳市民政局", 2020), ("天水市民政局", 2019),
                    ("咸宁市咸安区民政局", 2020)}
    assert seeds_warehouse.query("SELECT count(*) FROM dim_agency")[0][0] == 5


def test_unchanged_files_are_not_parsed_again(seeds_landing, seeds_warehouse, tmp_path):
    # the landing and parsing stages only (what is parsed does not depend on what runs after),
    # on a copy, so the shared warehouse stays as the other tests read it
    copy = copy_of(seeds_warehouse, tmp_path / "warehouse")
    again = materialize(seeds_landing, copy.settings.warehouse_dir, only={RAW_REPORTS, PARSED_REPORTS})
    assert again.result.success
    parsed = next(
        m for m in again.result.get_asset_materialization_events()
        if m.asset_key == PARSED_REPORTS
    ).materialization.metadata
    assert parsed["parsed_now"].value == 0
    assert parsed["unchanged_not_parsed"].value == 6


def test_marts_carry_their_row_counts(seeds_warehouse):
    events = {
        m.asset_key.to_user_string(): m.materialization.metadata
        for m in seeds_warehouse.result.get_asset_materialization_events()
    }
    for table in ("fct_applications", "fct_reviews", "dim_report", "staging/applications"):
        sql_table = table.replace("/", ".")
        expected = seeds_warehouse.query(f"SELECT count(*) FROM {sql_table}")[0][0]
        assert events[table]["dagster/row_count"].value == expected, table
