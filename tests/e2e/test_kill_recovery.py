"""kill -9 during parsing, then `make run` again: it completes with no manual step, every report once.

Parsing runs in three shards: the run is killed in the second, with the first shard's rows spooled
but not loaded and the second's half-written; the next run parses every file again."""

from __future__ import annotations

import os
import signal
import subprocess
import time

import duckdb
import pytest

from testkit.corpus import make_document
from tests.conftest import ROOT, SEEDS_DIR
from tests.dbt_parse_state import WAREHOUSE_DBT_TARGET, seed_parse_state

pytestmark = [pytest.mark.e2e, pytest.mark.graph_runs(2)]  # the run killed, then `make run`


SHARD_STEP = "parsing__parsed_reports.parse_shard[shard_1]"


def environment(tmp_path, landing, workers: int) -> dict[str, str]:
    return dict(os.environ, GDW_LANDING_DIR=str(landing), GDW_WAREHOUSE_DIR=str(tmp_path / "wh"),
                DAGSTER_HOME=str(tmp_path / "dagster_home"), GDW_PARSE_WORKERS=str(workers),
                GDW_PARSE_SHARDS="3")


def steps_of(instance, event_type: str) -> set[str]:
    import dagster as dg

    return {
        record.event_log_entry.dagster_event.step_key
        for run in instance.get_runs()
        for record in instance.get_records_for_run(run.run_id, of_type=dg.DagsterEventType(event_type)).records
    }


def steps(dagster_home, event_type: str) -> set[str]:
    import dagster as dg

    with dg.DagsterInstance.from_config(str(dagster_home)) as instance:
        return steps_of(instance, event_type)


def kill_when_step_starts(process: subprocess.Popen, dagster_home, step: str, timeout: float = 600) -> None:
    """SIGKILL the whole run (its process group: the run and its parse processes, as a reboot or
    the OOM killer would) once `step` has started. The instance is opened once and read ten times a
    second: opening it costs ~15 times a read, CPU the run it watches would wait for."""
    import dagster as dg

    deadline = time.monotonic() + timeout
    with dg.DagsterInstance.from_config(str(dagster_home)) as instance:
        while time.monotonic() < deadline and process.poll() is None:
            if step in steps_of(instance, "STEP_START"):
                time.sleep(0.5)  # inside the step (it parses ~40 reports on one worker)
                os.killpg(process.pid, signal.SIGKILL)
                process.wait()
                return
            time.sleep(0.1)
    process.kill()
    pytest.fail(f"the run ended or never reached {step}: {process.returncode}")


def test_a_run_killed_while_parsing_does_not_block_the_next_one(tmp_path):
    if not SEEDS_DIR.is_dir():
        pytest.skip("../shared/seeds is not here")
    landing = tmp_path / "landing"
    landing.mkdir()
    for report in SEEDS_DIR.iterdir():
        (landing / report.name).write_bytes(report.read_bytes())
    # every format, two not-a-report files among them; ~40 files a shard, so that the kill lands
    # inside the second shard (the third not-a-report, a scan-like PDF, would add ~20 s of OCR to
    # each run and prove nothing more here)
    for index in range(120):
        document = make_document(10, index)
        (landing / document.name).write_bytes(document.data)
    files = sum(1 for _ in landing.iterdir())

    # The instance exists before the test reads its events while the run writes them (as `make run`
    # makes it); two processes first opening a fresh DAGSTER_HOME at once would race to create it.
    home = tmp_path / "dagster_home"
    subprocess.run(["make", f"{home}/dagster.yaml"], cwd=ROOT, env=environment(tmp_path, landing, 1),
                   capture_output=True, check=True)
    seed_parse_state(tmp_path / "wh" / WAREHOUSE_DBT_TARGET, environment(tmp_path, landing, 1))
    first = subprocess.Popen(["make", "run"], cwd=ROOT, env=environment(tmp_path, landing, 1),
                             stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True)
    kill_when_step_starts(first, home, SHARD_STEP)
    assert SHARD_STEP not in steps(home, "STEP_SUCCESS")  # killed while parsing
    spool = tmp_path / "wh" / "parse_spool"
    assert list(spool.glob("*/shard-000-of-003"))  # the first shard was done, not loaded

    again = subprocess.run(["make", "run"], cwd=ROOT, env=environment(tmp_path, landing, 2),
                           capture_output=True, text=True, timeout=1200, check=False)
    assert again.returncode == 0, again.stdout[-3000:] + again.stderr[-3000:]
    assert "had died" in again.stdout and "marked failed and its pool slots freed" in again.stdout

    con = duckdb.connect(str(tmp_path / "wh" / "gdw.duckdb"), read_only=True)
    try:
        reports = con.execute("SELECT count(*), count(DISTINCT sha256) FROM dim_report").fetchall()[0]
        quarantined = con.execute("SELECT count(*), count(DISTINCT source_file) FROM fct_quarantine").fetchall()[0]
    finally:
        con.close()
    assert reports[0] == reports[1] and quarantined[0] == quarantined[1]  # no report twice
    assert reports[0] + quarantined[0] == files  # every file accounted for, once
    assert not any(spool.iterdir())  # the killed run's spool was removed, the new run's after loading
    # readers: the DuckDB file and the Parquet files of one publish
    current = (tmp_path / "wh" / "published" / "current").resolve()
    published = duckdb.connect(str(current / "gdw.duckdb"), read_only=True)
    try:
        in_file = published.execute("SELECT count(*) FROM dim_report").fetchall()[0][0]
    finally:
        published.close()
    assert in_file == reports[0] == duckdb.sql(f"SELECT count(*) FROM '{current}/parquet/dim_report.parquet'").fetchall()[0][0]
