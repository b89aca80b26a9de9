"""Staging rebuilds only the report years whose reports changed, and starts no dbt when none did;
the staged tables are then the same as a build from nothing on the same landing folder."""

from __future__ import annotations

import shutil

import pytest

from orchestration.core.staging_state import STAGED_YEARS
from tests.integration.conftest import INGESTION, fill_seeds_landing, materialize

pytestmark = pytest.mark.integration

STAGED = ("reports", "disclosures", "applications", "reviews", "warnings", "rule_results")


def staged_rows(built) -> dict[str, list[tuple]]:
    """Every staged table's rows, sorted (parsed_at and the path aside: a fresh build parses
    at another time, from another folder)."""
    tables = {}
    for table in STAGED:
        columns = [c for (c,) in built.query(
            "SELECT column_name FROM information_schema.columns WHERE table_schema = 'staging' AND table_name = ? "
            "AND column_name NOT IN ('parsed_at', 'source_file') ORDER BY ordinal_position", [table])]
        listed = ", ".join(f'"{c}"' for c in columns)
        tables[table] = built.query(f"SELECT {listed} FROM staging.{table} ORDER BY ALL")
    return tables


def staging_years_metadata(built) -> list[int]:
    event = next(m for m in built.result.get_asset_materialization_events()
                 if m.asset_key.path == ["staging", "reports"])
    return event.materialization.metadata["staged_years"].value


def test_unchanged_years_are_not_staged_again_and_the_result_is_a_fresh_build(tmp_path):
    (tmp_path / "landing").mkdir()
    landing = fill_seeds_landing(tmp_path / "landing")
    warehouse = tmp_path / "warehouse"
    first = materialize(landing, warehouse, stages=INGESTION)
    assert first.result.success
    assert sorted(staging_years_metadata(first)) == staging_years_metadata(first) != []
    recorded = first.query(f"SELECT report_year, reports, run_id FROM {STAGED_YEARS} ORDER BY 1")
    assert sum(reports for _, reports, _ in recorded) == first.query("SELECT count(*) FROM staging.reports")[0][0] == 5

    # nothing changed: no year is staged again, the record still names the first run
    again = materialize(landing, warehouse, stages=INGESTION)
    assert again.result.success
    assert staging_years_metadata(again) == []
    assert again.query(f"SELECT report_year, reports, run_id FROM {STAGED_YEARS} ORDER BY 1") == recorded

    # one report leaves the folder: its year only is staged again, and it is gone from staging
    gone = next(p for p in sorted(landing.iterdir()) if p.name.startswith("001_"))
    year = first.query("SELECT report_year FROM staging.reports WHERE file_name = ?", [gone.name])[0][0]
    gone.unlink()
    after = materialize(landing, warehouse, stages=INGESTION)
    assert after.result.success
    assert staging_years_metadata(after) == [year]
    assert after.query("SELECT count(*) FROM staging.reports WHERE file_name = ?", [gone.name]) == [(0,)]
    rebuilt = {y for y, _, run in after.query(f"SELECT report_year, reports, run_id FROM {STAGED_YEARS}")
               if run != recorded[0][2]}
    assert rebuilt == {year}

    # the same landing folder staged from nothing gives the same rows
    fresh_landing = tmp_path / "fresh_landing"
    shutil.copytree(landing, fresh_landing)
    fresh = materialize(fresh_landing, tmp_path / "fresh_warehouse", stages=INGESTION)
    assert fresh.result.success
    assert staged_rows(after) == staged_rows(fresh)
