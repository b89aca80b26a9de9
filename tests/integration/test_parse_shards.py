"""Parsing in shards (GDW_PARSE_SHARDS): the same cache and staging as one shard; a shard that
dies half-way leaves nothing loaded, and the next run parses its files again."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import dagster as dg
import duckdb
import pytest

from orchestration.core.parse_spool import PARTIAL_SUFFIX, shard_of, split_into_shards
from orchestration.defs import parsing
from orchestration.settings import PARSE_SPOOL_DIR_NAME
from tests.conftest import SAMPLES_DIR
from tests.dbt_parse_state import WAREHOUSE_DBT_TARGET, seed_parse_state
from tests.integration.conftest import INGESTION, fill_seeds_landing, materialize

pytestmark = pytest.mark.integration

# the columns that say when a row was written, not what the file holds (staging.staged_years: by
# which run, and a fingerprint of the staged reports that includes when they were parsed)
WHEN = {"parsed_at", "quarantined_at", "staged_at", "run_id", "inputs_fingerprint"}


def landing_of_seeds_and_samples(folder: Path) -> Path:
    folder.mkdir()
    fill_seeds_landing(folder)
    for path in SAMPLES_DIR.iterdir():
        shutil.copy(path, folder / path.name)
    return folder


def contents(landing: Path) -> int:
    """Distinct files by content: the parse cache holds each content once (a copy is a duplicate)."""
    return len({path.read_bytes() for path in landing.iterdir()})


def parse_and_stage(landing: Path, warehouse: Path, shards: int) -> dg.ExecuteInProcessResult:
    """One run of the landing scan, the parse and the staging tables, for every year."""
    return materialize(landing, warehouse, stages=INGESTION, parse_shards=shards).result


def tables(database: Path) -> dict[str, list[tuple]]:
    """Every table of the parse cache and of staging, its rows sorted, without the write times."""
    con = duckdb.connect(str(database), read_only=True)
    try:
        found = con.execute("SELECT table_schema, table_name FROM information_schema.tables "
                            "WHERE table_schema IN ('parsing', 'staging')").fetchall()
        contents = {}
        for schema, table in found:
            columns = [c for (c,) in con.execute(
                "SELECT column_name FROM information_schema.columns WHERE table_schema = ? AND table_name = ? "
                "ORDER BY ordinal_position", [schema, table]).fetchall() if c not in WHEN]
            listed = ", ".join(f'"{c}"' for c in columns)
            contents[f"{schema}.{table}"] = con.execute(f"SELECT {listed} FROM {schema}.{table} ORDER BY ALL").fetchall()
        return contents
    finally:
        con.close()


@dataclass
class OneShard:
    landing: Path
    tables: dict[str, list[tuple]]


@pytest.fixture(scope="module")
def one_shard(tmp_path_factory) -> OneShard:
    """The seeds and the samples landed, parsed and staged in one shard: what a run in shards, in
    process or in processes of their own, must give. Built once for the module's tests."""
    folder = tmp_path_factory.mktemp("one_shard")
    landing = landing_of_seeds_and_samples(folder / "landing")
    assert parse_and_stage(landing, folder / "one", shards=1).success
    return OneShard(landing, tables(folder / "one" / "gdw.duckdb"))


def test_shards_are_ranges_of_the_hash_and_every_file_is_in_exactly_one():
    hashes = [f"{i:08x}" + "0" * 56 for i in (0, 1, 0x3FFFFFFF, 0x40000000, 0xBFFFFFFF, 0xC0000000, 0xFFFFFFFF)]
    assert [shard_of(h, 4) for h in hashes] == [0, 0, 0, 1, 2, 3, 3]
    assert {shard_of(h, 1) for h in hashes} == {0}
    shards = split_into_shards([(h, f"file{i}") for i, h in enumerate(hashes)], 4)
    assert sorted(p for shard in shards for p in shard) == sorted(f"file{i}" for i in range(len(hashes)))


def test_a_parse_in_shards_gives_the_same_cache_and_staging_as_one_shard(one_shard, tmp_path):
    landing = one_shard.landing
    four = parse_and_stage(landing, tmp_path / "four", shards=4)
    assert four.success
    shard_steps = {e.step_key for e in four.all_events if e.is_step_success and "parse_shard" in e.step_key}
    assert len(shard_steps) >= 3  # 19 files by hash over 4 ranges: the files really were split
    at_once, in_shards = one_shard.tables, tables(tmp_path / "four" / "gdw.duckdb")
    assert {"parsing.reports", "parsing.quarantine", "staging.applications"} <= set(at_once)
    assert set(in_shards) == set(at_once)
    for name, rows in at_once.items():
        assert in_shards[name] == rows, name
    assert len(at_once["parsing.reports"]) + len(at_once["parsing.quarantine"]) == contents(landing)
    assert not any((tmp_path / "four" / PARSE_SPOOL_DIR_NAME).glob("*/*"))  # the loaded spool is gone


def test_a_shard_that_dies_half_way_is_parsed_again_by_the_next_run(tmp_path, monkeypatch):
    landing = landing_of_seeds_and_samples(tmp_path / "landing")
    spool = tmp_path / "wh" / PARSE_SPOOL_DIR_NAME
    real = parsing.parse_files_to_rows
    seen_partial = []

    shards_started = []

    def dies_in_the_second_shard(paths, *args, **kwargs):
        shards_started.append(paths)
        second = len(shards_started) == 2
        for number, outcome in enumerate(real(paths, *args, **kwargs), 1):
            yield outcome
            if second and number == 1:  # the second shard, after its first file
                seen_partial.extend(spool.glob(f"*/*{PARTIAL_SUFFIX}"))
                raise RuntimeError("the shard's worker was lost")

    monkeypatch.setattr(parsing, "parse_files_to_rows", dies_in_the_second_shard)
    first = parse_and_stage(landing, tmp_path / "wh", shards=3)
    assert not first.success
    assert [e.step_key for e in first.all_events if e.is_step_failure] == ["parsing__parsed_reports.parse_shard[shard_1]"]
    assert len(seen_partial) == 1  # it died with its rows half-written
    con = duckdb.connect(str(tmp_path / "wh" / "gdw.duckdb"), read_only=True)
    try:  # nothing of that run is in the cache: the load step never ran
        assert con.execute("SELECT count(*) FROM parsing.reports").fetchall() == [(0,)]
    finally:
        con.close()

    monkeypatch.setattr(parsing, "parse_files_to_rows", real)
    again = parse_and_stage(landing, tmp_path / "wh", shards=3)
    assert again.success
    parsed = next(m.materialization.metadata for m in again.get_asset_materialization_events()
                  if m.asset_key == parsing.PARSED_REPORTS)
    assert parsed["parsed_now"].value == contents(landing)  # every file parsed again
    cache = tables(tmp_path / "wh" / "gdw.duckdb")
    assert len(cache["parsing.reports"]) + len(cache["parsing.quarantine"]) == contents(landing)  # each once
    assert not any(spool.iterdir())  # the dead run's spool was removed, this run's after loading


# A run as `dagster dev` launches one: its own process, the Settings from the environment, the
# instance of DAGSTER_HOME (the project's dagster.yaml: the `duckdb_write` pool holds one step).
RUN_IN_ITS_OWN_PROCESS = """
import json, sys
import dagster as dg
from orchestration.definitions import defs, everything_job
from orchestration.defs.partitions import all_years_tags
from orchestration.settings import load_settings

if __name__ == "__main__":  # not again in the step processes, which import the main module
    keys = [key for key in defs.resolve_asset_graph().get_all_asset_keys()
            if key.path[0] in sys.argv[1:]]  # the stages to run
    with dg.DagsterInstance.get() as instance:
        result = dg.execute_job(dg.reconstructable(everything_job), instance, asset_selection=keys,
                                tags=all_years_tags(load_settings().report_years), raise_on_error=False)
        print(json.dumps({"run_id": result.run_id, "success": result.success}))
"""


def test_shards_run_in_processes_of_their_own_and_stage_the_same_as_in_process(one_shard, tmp_path):
    landing = one_shard.landing
    home = tmp_path / "dagster_home"
    home.mkdir()
    shutil.copy(Path(__file__).resolve().parents[2] / "dagster.yaml", home / "dagster.yaml")
    env = {**{k: v for k, v in os.environ.items() if not k.startswith("GDW_")},
           "DAGSTER_HOME": str(home), "GDW_LANDING_DIR": str(landing), "GDW_WAREHOUSE_DIR": str(tmp_path / "many"),
           "GDW_PARSE_WORKERS": "2", "GDW_PARSE_SHARDS": "3", "GDW_EXECUTOR": "multiprocess",
           "GDW_MAX_CONCURRENT_STEPS": "2"}
    seed_parse_state(tmp_path / "many" / WAREHOUSE_DBT_TARGET, env)
    done = subprocess.run([sys.executable, "-c", RUN_IN_ITS_OWN_PROCESS, *INGESTION], env=env, capture_output=True, text=True,
                          timeout=900, cwd=Path(__file__).resolve().parents[2], check=False)
    assert done.returncode == 0, done.stderr[-3000:]
    run = json.loads(done.stdout.strip().splitlines()[-1])
    assert run["success"], done.stderr[-3000:]

    with dg.DagsterInstance.from_config(str(home)) as instance:
        records = [r.event_log_entry for r in instance.get_records_for_run(run["run_id"]).records]
    def of_type(*kinds):
        return [e for e in records if e.dagster_event and e.dagster_event.event_type in kinds]

    starts = {e.step_key: e for e in of_type(dg.DagsterEventType.STEP_START)}
    ends = {e.step_key: e.timestamp for e in of_type(dg.DagsterEventType.STEP_SUCCESS, dg.DagsterEventType.STEP_FAILURE)}
    shard_steps = [key for key in starts if ".parse_shard[" in key]
    assert len(shard_steps) >= 2
    # each step in a process of its own, none in the process that runs the plan
    run_pid = of_type(dg.DagsterEventType.RUN_START)[0].dagster_event.pid
    pids = [starts[key].dagster_event.pid for key in starts]
    assert len(set(pids)) == len(pids) and run_pid not in pids
    # every other step of this selection writes the DuckDB file: never two at once
    writers = sorted((starts[key].timestamp, ends[key], key) for key in starts if key not in shard_steps)
    assert len(writers) >= 4
    busy_until, writing = writers[0][1], writers[0][2]
    for start, end, step in writers[1:]:
        assert start >= busy_until, f"{step} started while {writing} was writing"
        if end > busy_until:
            busy_until, writing = end, step

    at_once, in_processes = one_shard.tables, tables(tmp_path / "many" / "gdw.duckdb")
    assert set(in_processes) == set(at_once)
    for name, rows in at_once.items():
        assert in_processes[name] == rows, name
