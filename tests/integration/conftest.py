"""Materialize the whole graph into a temporary folder, the way `make run` does, and query it."""

from __future__ import annotations

import atexit
import dataclasses
import os
import shutil
from dataclasses import dataclass
from pathlib import Path
from unittest import mock

import dagster as dg
import duckdb
import pytest

from orchestration.defs.partitions import all_years_tags
from orchestration.settings import Settings
from tests.conftest import ROOT, SAMPLES_DIR, SEEDS_DIR
from tests.dbt_parse_state import WAREHOUSE_DBT_TARGET, seed_parse_state


@dataclass
class Built:
    settings: Settings
    result: dg.ExecuteInProcessResult

    def query(self, sql: str, params=None) -> list[tuple]:
        con = duckdb.connect(str(self.settings.duckdb_path), read_only=True)
        try:
            return con.execute(sql, params or []).fetchall()
        finally:
            con.close()


def copy_of(built: Built, folder: Path) -> Built:
    """A session warehouse copied into `folder` (its publish links are relative): a test that runs
    the graph again on a built warehouse starts from a copy, not from a run of its own, and leaves
    the shared warehouse as the read-only tests expect it. Without dbt's parse state: that one is
    stamped with the original folder's profile, and dbt would parse in full; `materialize` gives
    the copy its own (tests/dbt_parse_state.py)."""
    shutil.copytree(built.settings.warehouse_dir, folder, symlinks=True,
                    ignore=shutil.ignore_patterns(WAREHOUSE_DBT_TARGET))
    return Built(dataclasses.replace(built.settings, warehouse_dir=folder), built.result)


# dbt's --indirect-selection, which dbt reads from the environment dagster-dbt passes on
SUBSET_TESTS = "DBT_INDIRECT_SELECTION"

# The stages of the ingestion half of the graph (the first part of their asset keys): a test about
# what is landed, parsed and staged runs these and skips dbt's marts and the GX gates.
INGESTION = ("landing", "parsing", "staging")


class WorkerWarmDbt:
    """In place of a run's own warm dbt (orchestration/core/dbt_warm.py) in the runs of `materialize`:
    one server for this pytest process, started by its first run and shared by the next, which
    imports dbt once per worker instead of once per run (~1.6 CPU s each, ~30 runs). Each dbt
    invocation is still a fresh fork of a process that has only imported dbt, as from a run's own
    server; the tests that start runs in processes of their own (e2e, parse shards in processes)
    keep a server per run."""

    server = None  # orchestration.core.dbt_warm.WarmDbt, once started

    def start(self) -> None:
        from orchestration.core.dbt_warm import WarmDbt

        if WorkerWarmDbt.server is None or WorkerWarmDbt.server.process.poll() is not None:
            WorkerWarmDbt.server = WarmDbt()
            WorkerWarmDbt.server.start()
            atexit.register(WorkerWarmDbt.server.stop)

    def socket(self, timeout: float = 120.0) -> str | None:
        return WorkerWarmDbt.server.socket(timeout) if WorkerWarmDbt.server else None

    def stop(self) -> None:
        """Kept for the next run (stopped when this process exits)."""


def materialize(landing: Path, warehouse: Path, partition_key: str | None = None,
                instance: dg.DagsterInstance | None = None, tags: dict | None = None,
                suites_dir: Path | None = None, only: set[dg.AssetKey] | None = None,
                stages: tuple[str, ...] = (), parse_shards: int = 1,
                up_to: set[dg.AssetKey] | None = None) -> Built:
    """One run of gdw_everything: for one report year, or (by default) for every year at once,
    as `make run` does. `suites_dir`: other GX suites than expectations/ as the checks. `only`:
    these assets of the job and nothing downstream (a test about one stage skips dbt and GX);
    `stages`: the assets whose key starts with one of these, too (INGESTION); `up_to`: these assets
    and every asset of the job they are built from, with their checks (a test that reads a few
    marts skips the other marts, their tests and gates, and the publish)."""
    from orchestration.definitions import build_definitions
    from orchestration.defs import resources

    settings = Settings(landing_dir=landing, warehouse_dir=warehouse, parse_workers=1, parse_shards=parse_shards)
    saved = {k: v for k, v in os.environ.items() if k.startswith(("GDW_", SUBSET_TESTS))}
    try:
        defs = build_definitions(settings, suites_dir=suites_dir)  # exports the settings dbt reads
        seed_parse_state(warehouse / WAREHOUSE_DBT_TARGET)
        job = defs.resolve_job_def("gdw_everything")
        graph = defs.resolve_asset_graph()
        selection = set(only or ()) | {key for key in graph.get_all_asset_keys() if key.path[0] in stages}
        if up_to:
            upstream = dg.AssetSelection.assets(*up_to).upstream().resolve(graph)
            selection |= upstream & set(job.asset_layer.selected_asset_keys)  # not the harvest: gdw_harvest's
            # dbt's default (eager) also runs the tests of a model left out that point at a built
            # one (fct_applications' report_id in dim_report), which fail on a table never built
            os.environ[SUBSET_TESTS] = "cautious"
        if selection:
            job = job.get_subset(asset_selection=selection)
        with mock.patch.object(resources, "WarmDbt", WorkerWarmDbt):
            result = job.execute_in_process(
                instance=instance or dg.DagsterInstance.ephemeral(),
                raise_on_error=False,
                partition_key=partition_key,
                tags={**(tags or {}), **({} if partition_key else all_years_tags(settings.report_years))},
            )
    finally:  # Settings.export() set GDW_*, `up_to` dbt's selection: put the environment back as it was
        for key in [k for k in os.environ if k.startswith(("GDW_", SUBSET_TESTS))]:
            os.environ.pop(key)
        os.environ.update(saved)
    return Built(settings, result)


@pytest.fixture(scope="session")
def postgres_server():
    """A throwaway PostgreSQL server on loopback, for the warehouse target and the Dagster instance."""
    from tests.integration.postgres_server import throwaway_postgres

    with throwaway_postgres() as server:
        yield server


@dataclass
class PostgresInstance:
    home: Path  # DAGSTER_HOME: dagster.yaml, and no storage files
    instance: dg.DagsterInstance
    connect_kwargs: dict  # the database Dagster writes to


@pytest.fixture(scope="session")
def postgres_instance(postgres_server, tmp_path_factory):
    """The Dagster instance (runs, event logs, schedules) on PostgreSQL, configured as `make run`
    configures it with GDW_DAGSTER_STORAGE=postgres: dagster.yaml, then dagster.storage-postgres.yaml,
    the connection from DAGSTER_PG_* (set for the session of this worker)."""
    import psycopg

    with psycopg.connect(**postgres_server.connect_kwargs(), autocommit=True) as admin:
        admin.execute('CREATE DATABASE "dagster"')
    home = tmp_path_factory.mktemp("dagster_home")
    (home / "dagster.yaml").write_text("".join(
        (ROOT / name).read_text(encoding="utf-8") for name in ("dagster.yaml", "dagster.storage-postgres.yaml")))
    with pytest.MonkeyPatch.context() as environment:
        for name, value in {"DAGSTER_PG_HOST": postgres_server.host, "DAGSTER_PG_PORT": str(postgres_server.port),
                            "DAGSTER_PG_USER": postgres_server.user, "DAGSTER_PG_PASSWORD": "",
                            "DAGSTER_PG_DB": "dagster"}.items():
            environment.setenv(name, value)
        with dg.DagsterInstance.from_config(str(home)) as instance:
            yield PostgresInstance(home, instance, {**postgres_server.connect_kwargs(), "dbname": "dagster"})


@pytest.fixture(scope="session")
def seeds_landing(tmp_path_factory) -> Path:
    """The five seeds, a copy of one under another name, and a file that is not a report."""
    if not SEEDS_DIR.is_dir():
        pytest.skip(f"{SEEDS_DIR} is not here (CI always has it)")
    return fill_seeds_landing(tmp_path_factory.mktemp("landing"))


def fill_seeds_landing(landing: Path) -> Path:
    if not SEEDS_DIR.is_dir():
        pytest.skip(f"{SEEDS_DIR} is not here (CI always has it)")
    for path in SEEDS_DIR.iterdir():
        shutil.copy(path, landing / path.name)
    first = min(SEEDS_DIR.iterdir())
    shutil.copy(first, landing / "zz_copy_of_first_seed.txt")
    (landing / "minutes.txt").write_text("关于召开全市民政工作会议的通知\n各单位：请准时参加。\n", encoding="utf-8")
    return landing


@pytest.fixture(scope="session")
def seeds_warehouse(seeds_landing, tmp_path_factory) -> Built:
    built = materialize(seeds_landing, tmp_path_factory.mktemp("warehouse"))
    return built


@pytest.fixture(scope="session")
def samples_warehouse(postgres_instance, tmp_path_factory) -> Built:
    """The samples, run with the Dagster instance on PostgreSQL: the one run serves the samples' own
    tests and test_dagster_on_postgres (the graph runs with that instance)."""
    return materialize(SAMPLES_DIR, tmp_path_factory.mktemp("samples_warehouse"), instance=postgres_instance.instance)


@pytest.fixture(scope="session")
def rules_landing(tmp_path_factory) -> Path:
    """One report breaking each statutory rule, reports keeping every rule (tests/rule_reports.py)."""
    from tests.rule_reports import write_landing

    landing = tmp_path_factory.mktemp("rules_landing")
    write_landing(landing)
    return landing


@pytest.fixture(scope="session")
def rules_warehouse(rules_landing, tmp_path_factory) -> Built:
    return materialize(rules_landing, tmp_path_factory.mktemp("rules_warehouse"))


@dataclass
class Untidy:
    """A landing folder nobody cleaned, and the run of the whole graph on it (its own instance, which
    holds the run's event records)."""

    built: Built
    instance: dg.DagsterInstance
    landing: Path
    outside: Path  # a file outside the landing folder that a link inside points to


# the files the special-case tests add to the untidy landing folder (their test modules assert on them)
NAMELESS = ("report_2020.txt", "report_2021.txt")  # readable tables, no agency named
NAMED = "named.txt"  # the same report, with its agency
CRAWLED = {2021: ("crawl_2021.txt", " 4 0 16"), 2022: ("crawl_2022.txt", "5615")}  # table 2's 规范性文件


@pytest.fixture(scope="session")
def untidy_warehouse(tmp_path_factory) -> Untidy:
    """One run for the tests of the cases a season meets in the landing folder, each on its own files:
    the entries that are not report files (tests/landing_entries.py), reports naming no agency
    (test_unknown_agency), a crawled report its agency's report of the year before settles
    (test_last_year_settles_table_2). One run of the graph costs ~30 s; the cases do not meet (other
    agencies, other names)."""
    from tests.landing_entries import fill_hostile_landing
    from tests.unit.test_crawl_recovery import page_of
    from tests.unit.test_parser_edges import BALANCED, report_text

    folder = tmp_path_factory.mktemp("untidy")
    landing, outside = folder / "landing", folder / "passwd"
    fill_hostile_landing(landing, outside)
    for name, year in zip(NAMELESS, (2020, 2021)):  # two years: CARRY_CONTINUITY must not pair them
        (landing / name).write_text(report_text(BALANCED, year=year).replace("测试市民政局\n", ""), encoding="utf-8")
    (landing / NAMED).write_text(report_text(BALANCED, year=2020), encoding="utf-8")
    for year, (name, normative) in CRAWLED.items():
        (landing / name).write_text(page_of(year, normative), encoding="utf-8")
    instance = dg.DagsterInstance.ephemeral()
    return Untidy(materialize(landing, folder / "warehouse", instance=instance), instance, landing, outside)
