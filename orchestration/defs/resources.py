"""Resources built from settings: one DuckDB file for Python assets and dbt alike."""

from __future__ import annotations

import importlib.metadata
import os
import sys
from contextlib import contextmanager
from functools import cached_property
from pathlib import Path

import dagster as dg
from dagster_dbt import DagsterDbtProjectPreparer, DbtCliResource, DbtProject
from dagster_duckdb import DuckDBResource
from packaging import version
from pydantic import PrivateAttr

from orchestration.core.dbt_warm import CLIENT, INSTALLED_DBT, PYTHON_ENV, SOCKET_ENV, WarmDbt
from orchestration.core.landing import LandingStore
from orchestration.core.pool import Limits
from orchestration.settings import DBT_PROJECT_DIR, PARSE_SPOOL_DIR_NAME, PostgresSettings, Settings

from .partitions import SeasonYears

# dbt is installed beside this Python (the virtualenv): every dbt dagster-dbt starts is that one,
# named by its path, so nothing depends on PATH (and nothing changes PATH at import).
DBT_EXECUTABLE = INSTALLED_DBT  # the dbt installed beside this Python
# Where `make manifest` (or `dagster dev`, through build_dbt_project) writes dbt's manifest.
DBT_MANIFEST_PATH = DBT_PROJECT_DIR / "target" / "manifest.json"


class InstalledDbtPreparer(DagsterDbtProjectPreparer):
    """dagster-dbt's preparer for `dagster dev`, parsing with the dbt installed beside this Python.
    Its own runs the `dbt` it finds on PATH, and the code location failed to load wherever the
    virtualenv was not activated. Everything else (the lock against concurrent parses, the seeds'
    partial-parse reset, the check that a manifest came out) stays dagster-dbt's; the project has no
    packages (`dbt deps` cannot reach the hub). `tests/integration/test_dagster_dev_manifest.py` pins
    the method this overrides (dagster-dbt 0.29)."""

    def _prepare_manifest(self, project: DbtProject) -> None:
        DbtCliResource(project_dir=project, dbt_executable=DBT_EXECUTABLE).cli(
            self._prepare_project_cli_args, target_path=project.target_path).wait()
        self._invalidate_seeds_in_partial_parse(project)


def build_dbt_project(target_path: Path | None = None) -> DbtProject:
    """The dbt project; under `dagster dev` its manifest is (re)built here (`make manifest` builds
    it first everywhere else), into `target_path` when given (dbt's `target/` otherwise). Called by
    `build_definitions`, never at import."""
    project = DbtProject(project_dir=DBT_PROJECT_DIR, profiles_dir=DBT_PROJECT_DIR, target="dev",
                         **({"target_path": target_path} if target_path else {}))
    InstalledDbtPreparer().prepare_if_dev(project)
    return project


@contextmanager
def environ_set(extra: dict[str, str]):
    """Set these variables for the dbt process started inside (dagster-dbt copies os.environ when it
    starts dbt). Steps of one process run one at a time (in-process executor) or each in its own
    process (multiprocess executor), so no other step sees them."""
    saved = {k: os.environ.get(k) for k in extra}
    os.environ.update(extra)
    try:
        yield
    finally:
        for key, value in saved.items():
            if value is None:
                os.environ.pop(key, None)
            else:
                os.environ[key] = value


class DbtCli(DbtCliResource):
    """dagster-dbt's dbt resource without two costs it pays before every dbt invocation, for
    nothing gdw uses (profiled on the shared machine: 94 s of a 244 s staging step; README "Speed"):
    - `dbt --version` in a process of its own, to learn the version of the dbt it starts: that
      dbt is the one installed beside this Python (DBT_EXECUTABLE), so the version is its package's;
    - a dbt adapter built in this process (dbt's macros loaded and parsed again), used only to
      fetch row counts and column metadata, which gdw does not ask dagster-dbt for: it counts
      rows itself (build_with_dbt), since that adapter's DuckDB connection would lock the file.

    A `warm` one (the in-process executor, whose steps share this resource for the whole run) also
    forks each invocation from a process that imported dbt at the start of the run
    (orchestration/core/dbt_warm.py): ~2 CPU seconds less per dbt step, three steps a run."""

    warm: bool = False
    _warm: WarmDbt | None = PrivateAttr(default=None)

    @cached_property
    def _cli_version(self) -> version.Version:
        return version.parse(importlib.metadata.version("dbt-core"))

    def _initialize_dbt_core_adapter(self, args):
        return None

    def setup_for_execution(self, context: dg.InitResourceContext) -> None:
        if self.warm:
            self._warm = WarmDbt()
            self._warm.start()  # dbt imports while the run scans and parses

    def teardown_after_execution(self, context: dg.InitResourceContext) -> None:
        if self._warm is not None:
            self._warm.stop()

    def cli(self, args, **kwargs):
        # dagster-dbt copies os.environ for the process it starts (the client, dbt_warm_client.sh)
        socket_path = self._warm.socket() if self._warm is not None else None
        with environ_set({PYTHON_ENV: sys.executable, **({SOCKET_ENV: socket_path} if socket_path else {})}):
            return super().cli(args, **kwargs)


# Python writers replace what they write in one transaction (idempotent), so a step that failed
# on a transient error (the DuckDB file locked by a reader, a full disk freed) is safe to retry.
# dbt is not retried here: a failing dbt test would only fail again; dbt retries its connection.
WRITER_RETRY = dg.RetryPolicy(max_retries=2, delay=5, backoff=dg.Backoff.EXPONENTIAL)


class LandingFolder(dg.ConfigurableResource):
    """The folder reports arrive in, how many processes parse them within which limits per file,
    in how many shards (each on its share of the processes), whether scans and images are read by
    OCR (GDW_OCR), the SQLite file the landing scan and the landing sensor share (fingerprints,
    years of known contents, the sensor's state), and the spool parse shards write to."""

    path: str
    cache_path: str
    parse_workers: int = 2
    parse_shards: int = 1
    workers_per_shard: int = 2  # a shard step's pool: parse_workers shared by the shards running at once
    parse_time_limit_seconds: float = 60.0
    parse_memory_limit_mib: int = 1024
    ocr: bool = True

    @property
    def parse_limits(self) -> Limits:
        return Limits.of(self.parse_time_limit_seconds, self.parse_memory_limit_mib)

    @property
    def spool_dir(self) -> Path:
        """Where parse shards write their rows for the step that loads them: beside the landing
        cache, in the warehouse folder (on a cluster, a folder every worker sees)."""
        return Path(self.cache_path).parent / PARSE_SPOOL_DIR_NAME

    def store(self) -> LandingStore:
        return LandingStore(self.cache_path)


class PostgresWarehouse(dg.ConfigurableResource):
    """The PostgreSQL server of the `postgres` dbt target (GDW_POSTGRES_*, orchestration/settings.py)."""

    host: str
    port: int
    user: str
    password: str = ""
    dbname: str
    db_schema: str = "public"

    def settings(self) -> PostgresSettings:
        return PostgresSettings(self.host, self.port, self.user, self.password, self.dbname, self.db_schema)


class PublishedWarehouse(dg.ConfigurableResource):
    """Where readers (BI) find the warehouse: `gdw.duckdb` and `parquet/<mart>.parquet`
    (`parquet/<mart>/<year>.parquet` for a mart by report year) in `directory`."""

    directory: str


class DataDocsFolder(dg.ConfigurableResource):
    """The file-mode GX project the checks store their results in and build Data Docs from."""

    path: str


def warm_dbt(settings: Settings) -> bool:
    """Whether a run's dbt steps fork from a warm dbt: with the in-process executor (one resource for
    the run's steps; a step process of its own would import dbt for one invocation anyway), and
    when the client script is there (an install that left it out starts dbt cold)."""
    return settings.executor == "in_process" and os.access(CLIENT, os.X_OK)


def build_resources(settings: Settings, project: DbtProject) -> dict:
    settings.export()
    server = settings.postgres
    return {
        "postgres": PostgresWarehouse(host=server.host, port=server.port, user=server.user, password=server.password,
                                      dbname=server.dbname, db_schema=server.schema),
        "landing": LandingFolder(path=str(settings.landing_dir), cache_path=str(settings.landing_cache_path),
                                 parse_workers=settings.parse_workers, parse_shards=settings.parse_shards,
                                 workers_per_shard=settings.workers_per_shard,
                                 parse_time_limit_seconds=settings.parse_time_limit_seconds,
                                 parse_memory_limit_mib=settings.parse_memory_limit_mib,
                                 ocr=settings.ocr_on),
        "warehouse": DuckDBResource(database=str(settings.duckdb_path),
                                    connection_config={"memory_limit": settings.duckdb_memory_limit}),
        "published": PublishedWarehouse(directory=str(settings.published_dir)),
        "data_docs": DataDocsFolder(path=str(settings.data_docs_dir)),
        "dbt": DbtCli(project_dir=project, profiles_dir=str(DBT_PROJECT_DIR), target="dev",
                      **({"dbt_executable": CLIENT, "warm": True} if warm_dbt(settings)
                         else {"dbt_executable": DBT_EXECUTABLE})),
        "season": SeasonYears(first=settings.first_report_year, last=settings.last_report_year),
    }
