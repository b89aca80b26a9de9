"""Write-audit-publish: BI reads the published copy while runs write, and a failed blocking gate
leaves the last good published copy untouched. Each test runs on its own copy of the session's
rules warehouse."""

from __future__ import annotations

import hashlib
import json
import shutil
import subprocess
import sys
import threading
import time
from pathlib import Path

import dagster as dg
import duckdb
import pytest

from orchestration.defs.publish import PUBLISHED_WAREHOUSE
from tests.integration.conftest import copy_of, materialize
from tests.rule_reports import Report

# on the pytest-xdist worker of its session fixtures (tests/conftest.py: shared_fixture_groups)
pytestmark = pytest.mark.integration
REPO = Path(__file__).resolve().parents[2]


def count_in_new_process(path: Path) -> int:
    """What a BI tool connecting now sees: a fresh process, read-only."""
    code = (
        "import duckdb, sys; con = duckdb.connect(sys.argv[1], read_only=True); "
        "print(con.execute('SELECT count(*) FROM dim_report').fetchall()[0][0])"
    )
    out = subprocess.run([sys.executable, "-c", code, str(path)], capture_output=True, text=True, check=True)
    return int(out.stdout.strip())


def test_a_bi_connection_stays_usable_while_a_run_publishes(rules_landing, rules_warehouse, tmp_path):
    warehouse = copy_of(rules_warehouse, tmp_path / "warehouse")
    published = warehouse.settings.published_duckdb_path
    before = count_in_new_process(published)
    landing = tmp_path / "landing"
    shutil.copytree(rules_landing, landing)
    (landing / "new_agency.txt").write_text(Report("淄博市财政局", 2020).text(), encoding="utf-8")

    # the BI tool: one read-only connection, opened before the run and queried all through it
    seen: list[int] = []
    after: dict[str, int] = {}
    errors: list[Exception] = []
    stop = threading.Event()

    def read_while_the_run_writes() -> None:
        held = duckdb.connect(str(published), read_only=True)
        try:
            while not stop.is_set():
                seen.append(held.execute("SELECT count(*) FROM dim_report").fetchall()[0][0])
                time.sleep(0.2)
            after["reports"] = held.execute("SELECT count(*) FROM dim_report").fetchall()[0][0]
            after["rule_results"] = held.execute("SELECT count(*) FROM fct_rule_results").fetchall()[0][0]
        except Exception as error:  # noqa: BLE001 - reported by the test below
            errors.append(error)
        finally:
            held.close()

    reader = threading.Thread(target=read_while_the_run_writes)
    reader.start()
    while not seen and reader.is_alive():
        time.sleep(0.05)
    try:
        built = materialize(landing, warehouse.settings.warehouse_dir)
    finally:
        stop.set()
        reader.join()
    assert built.result.success
    assert not errors, errors
    assert len(seen) > 10 and set(seen) == {before}  # never an error, never half a file
    assert after["reports"] == before and after["rule_results"] > 0  # still usable after the swap
    assert count_in_new_process(published) == before + 1  # a new connection sees the new data
    parquet = warehouse.settings.published_parquet_dir / "dim_report.parquet"
    assert duckdb.sql(f"SELECT count(*) FROM '{parquet}'").fetchall()[0][0] == before + 1
    assert not Path(f"{published}.wal").exists()


def test_a_failed_blocking_gate_leaves_the_published_copy_untouched(rules_landing, rules_warehouse, tmp_path):
    warehouse = copy_of(rules_warehouse, tmp_path / "warehouse")
    published = warehouse.settings.published_duckdb_path
    fingerprint = (published.stat().st_ino, published.stat().st_mtime_ns, hashlib.sha256(published.read_bytes()).hexdigest())
    # the project's suites and one structural suite the data breaks: a critical expectation on dim_report
    suites = tmp_path / "expectations"
    shutil.copytree(REPO / "expectations", suites)
    broken = json.loads((suites / "report_reconciliation.json").read_text(encoding="utf-8"))
    broken["name"] = "zz_broken_structure"
    broken["expectations"] = [{"type": "expect_column_values_to_be_in_set",
                               "kwargs": {"column": "landed_in", "value_set": ["fct_quarantine"]},
                               "severity": "critical"}]
    (suites / "zz_broken_structure.json").write_text(json.dumps(broken), encoding="utf-8")

    built = materialize(rules_landing, warehouse.settings.warehouse_dir, suites_dir=suites)
    evaluation = {e.check_name: e for e in built.result.get_asset_check_evaluations()}["gx_zz_broken_structure"]
    assert not evaluation.passed and evaluation.severity == dg.AssetCheckSeverity.ERROR
    materialized = {m.asset_key for m in built.result.get_asset_materialization_events()}
    assert dg.AssetKey(["dim_report"]) in materialized and PUBLISHED_WAREHOUSE not in materialized
    assert not built.result.success
    assert (published.stat().st_ino, published.stat().st_mtime_ns,
            hashlib.sha256(published.read_bytes()).hexdigest()) == fingerprint
