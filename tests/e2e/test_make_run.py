"""The README's command, as a user runs it: `GDW_LANDING_DIR=../shared/seeds make run`."""

from __future__ import annotations

import os
import subprocess

import duckdb
import pytest

from tests.conftest import ROOT, SEEDS_DIR

pytestmark = [pytest.mark.e2e, pytest.mark.graph_runs(1)]


def test_make_run_on_the_seeds_builds_the_warehouse_and_prints_a_summary(tmp_path):
    if not SEEDS_DIR.is_dir():
        pytest.skip("../shared/seeds is not here")
    env = dict(os.environ, GDW_LANDING_DIR=str(SEEDS_DIR), GDW_WAREHOUSE_DIR=str(tmp_path / "wh"),
               DAGSTER_HOME=str(tmp_path / "dagster_home"))
    done = subprocess.run(["make", "run"], cwd=ROOT, env=env, capture_output=True, text=True, timeout=1800, check=False)
    assert done.returncode == 0, done.stdout[-3000:] + done.stderr[-3000:]
    out = done.stdout
    # a line per stage, not Dagster's engine events; the full log in a file the output names
    for progress in ("scanned 5 entries", "parsed 5 new or changed files", "dbt tests:", "GX checks:", "succeeded"):
        assert progress in out, progress
    assert any(line.split()[:1] == ["stage"] and "assets in" in line for line in out.splitlines())  # staged tables
    assert " - DEBUG - " not in out + done.stderr and "STEP_START" not in out + done.stderr
    log = next(tmp_path.glob("wh/logs/run-*.log"))
    assert f"the full log: {log}" in out and "STEP_START" in log.read_text(encoding="utf-8")
    assert "reports read:         5" in out
    assert "files quarantined:    0" in out
    assert "APP_BALANCE" in out
    # BI is pointed at the published copy and the Data Docs
    published = tmp_path / "wh" / "published" / "gdw.duckdb"
    assert f"{published}" in out and "GX Data Docs: file://" in out
    assert (tmp_path / "wh" / "published" / "parquet" / "dim_report.parquet").exists()
    assert list((tmp_path / "wh" / "published" / "parquet" / "fct_rule_results").glob("20*.parquet"))
    con = duckdb.connect(str(tmp_path / "wh" / "gdw.duckdb"), read_only=True)
    try:
        names = {r[0] for r in con.execute("SELECT agency_name FROM dim_agency").fetchall()}
    finally:
        con.close()
    assert "濮阳市民政局" in names and "咸宁市咸安区民政局" in names
    # the run is in the Dagster instance the UI reads, and it was a backfill of every report year
    assert (tmp_path / "dagster_home" / "dagster.yaml").exists()
    import dagster as dg

    from orchestration.settings import load_settings

    with dg.DagsterInstance.from_config(str(tmp_path / "dagster_home")) as instance:
        materialized = instance.get_materialized_partitions(dg.AssetKey(["fct_applications"]))
    assert materialized == {str(year) for year in load_settings().report_years}
