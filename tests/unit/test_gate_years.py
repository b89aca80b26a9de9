"""A GX gate over the year models, as the Dagster check runs it (defs/quality.validate_changed_years),
on a tiny warehouse: it validates the years whose data changed, with GX reading only the reports
DuckDB's screen could not clear, and answers for every year, carried verdicts included."""

from __future__ import annotations

import dagster as dg
import pytest

from orchestration.core.warehouse_state import record_builds
from orchestration.defs.exposures import load_manifest
from orchestration.defs.quality import rule_severities, validate_changed_years
from orchestration.defs.warehouse import reading_year_before
from orchestration.quality import gx_adapter as gxa
from tests.unit.test_gx_suites import APP_BREAKS, good_warehouse, insert, update

SUITE = gxa.load_suite("fct_applications_structure")
YEARS = [2020, 2022]  # good_warehouse: r2019 reports on 2020, r2021 and rbad on 2022


def season():
    """The good warehouse with its reports in dim_report (where a failing report's year is found)."""
    con = good_warehouse()
    insert(con, "dim_report", [(rid, rid * 4, "parsed", year, "ag1", "2019", f"{rid}.txt")
                               for rid, year in [("r2019", 2020), ("r2021", 2022), ("rbad", 2022)]])
    return con


def negative_count(con, report_id: str) -> None:
    update(con, APP_BREAKS["negative_count"][1].format(rid=report_id))


def gate(con, tmp_path) -> dg.AssetCheckResult:
    return validate_changed_years(con, SUITE, YEARS, rule_severities(), tmp_path / "docs",
                                  reading_year_before(load_manifest()))


def meta(result: dg.AssetCheckResult, key: str):
    return result.metadata[key].value


@pytest.fixture
def no_sample(monkeypatch):
    monkeypatch.setattr(gxa, "SCREEN_SAMPLE", 0)


def test_a_bad_row_in_a_changed_report_fails_its_gate_and_gx_reads_only_that_report(tmp_path, no_sample):
    con = season()
    record_builds(con, {2020: "built", 2022: "built"})
    first = gate(con, tmp_path)
    assert first.passed and meta(first, "validated_years") == YEARS and meta(first, "rows_read_by_gx") == 0

    negative_count(con, "rbad")  # the report changes, so its year is built again
    record_builds(con, {2022: "rebuilt"})
    result = gate(con, tmp_path)
    assert not result.passed and result.severity == dg.AssetCheckSeverity.ERROR
    assert meta(result, "validated_years") == [2022] and meta(result, "carried_over_years") == [2020]
    assert meta(result, "failing_reports") == 1 and "rbad" in meta(result, "top_offenders")
    rbad_rows = con.execute("SELECT count(*) FROM fct_applications WHERE report_id = 'rbad'").fetchall()[0][0]
    year_rows = con.execute("SELECT count(*) FROM fct_applications WHERE report_year = 2022").fetchall()[0][0]
    assert meta(result, "rows_validated") == year_rows  # every row of the year, screened by DuckDB
    assert meta(result, "rows_read_by_gx") == rbad_rows < year_rows  # GX read the suspect report only


def test_a_bad_row_in_an_unchanged_year_is_still_reported_from_its_carried_verdict(tmp_path, no_sample):
    con = season()
    negative_count(con, "r2019")
    record_builds(con, {2020: "built", 2022: "built"})
    first = gate(con, tmp_path)
    assert not first.passed and meta(first, "failing_reports") == 1

    record_builds(con, {2022: "rebuilt"})  # a run after a change in 2022 only
    result = gate(con, tmp_path)
    assert meta(result, "validated_years") == [2022] and meta(result, "carried_over_years") == [2020]
    assert not result.passed and result.severity == dg.AssetCheckSeverity.ERROR
    assert meta(result, "carried_over_failed_years") == [2020] and meta(result, "carried_over_failing_reports") == 1
    assert meta(result, "failing_reports") == 1 and meta(result, "failing_reports_in_validated_years") == 0
    assert "carried over" in result.description

    unchanged = gate(con, tmp_path)  # nothing changed: nothing validated, the failure still stands
    assert meta(unchanged, "validated_years") == [] and meta(unchanged, "rows_validated") == 0
    assert not unchanged.passed and unchanged.severity == dg.AssetCheckSeverity.ERROR
    assert meta(unchanged, "carried_over_failed_years") == [2020]
