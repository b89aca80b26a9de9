"""Where gdw reads reports and writes the warehouse: one place, read by Dagster and dbt alike.

GDW_LANDING_DIR    folder of report files (default: the project's sample reports)
GDW_WAREHOUSE_DIR  folder of the warehouse (default: ./warehouse); the DuckDB file is gdw.duckdb in it
GDW_PARSE_WORKERS  processes that parse in parallel (default: the machine's cores), in each parse step
GDW_PARSE_SHARDS   parse steps the new files are split into by content hash (default 1); with an
                   executor that runs steps in parallel (GDW_EXECUTOR, README "Deployment") they
                   run at once, sharing GDW_PARSE_WORKERS processes
GDW_EXECUTOR       how a run's steps execute: `in_process` (default: one after another in the run's
                   process) or `multiprocess` (each step in its own process, up to
                   GDW_MAX_CONCURRENT_STEPS at once: the parse shards run side by side, the DuckDB
                   writers still one at a time through the instance's `duckdb_write` pool,
                   dagster.yaml); README "Deployment"
GDW_MAX_CONCURRENT_STEPS  steps of a run at once with the multiprocess executor (default: the
                   machine's cores); the GDW_PARSE_WORKERS processes are shared out between the
                   shard steps that run at once, so parsing never uses more than GDW_PARSE_WORKERS
GDW_PARSE_TIME_LIMIT    seconds one file may take to parse (default 60); over it the file is
                   quarantined as `too_costly` and its parse process replaced
GDW_PARSE_MEMORY_LIMIT  MiB of address space a parse process may use (default 1024); likewise
GDW_WAREHOUSE_TARGET  duckdb (default) or postgres: postgres also builds the marts on a PostgreSQL
                   server (dbt target `postgres`), from staging copied there in bulk
GDW_POSTGRES_HOST, _PORT, _USER, _PASSWORD, _DB, _SCHEMA  that server (defaults: 127.0.0.1, 5432,
                   gdw, empty, gdw, public)
GDW_FIRST_REPORT_YEAR / GDW_LAST_REPORT_YEAR
                   the report years the warehouse is partitioned by (default: 2019 to the current
                   year in Asia/Shanghai); a report of another year is quarantined
GDW_SOURCES_FILE   the sites the harvester crawls (default: examples/sources.yaml; README "Harvesting")
GDW_HARVEST_RATE, _CONCURRENCY, _TIMEOUT, _RETRIES, _BACKOFF, _MAX_MB, _MAX_REDIRECTS, _USER_AGENT
                   the harvester's politeness (see HarvestSettings for the defaults)
GDW_OCR            'off' quarantines scanned PDFs and images (image_only_pdf / image_only) instead of
                   reading them by OCR (default 'on'; OCR costs seconds a page, after the text files)
GDW_AUTOMATION     'on' starts the landing sensor and the season schedules switched on (default
                   'off': they are switched on in the UI, see orchestration/defs/automation.py)

Derived from GDW_WAREHOUSE_DIR: the working database (`gdw.duckdb`, written by runs), the landing
scan's fingerprint cache (`landing_cache.sqlite`, shared with the landing sensor), the parse
shards' spool (`parse_spool/<run id>/`, Parquet until loaded into the DuckDB file), the copy BI
reads (`published/gdw.duckdb` and `published/parquet/<mart>.parquet` or `<mart>/<year>.parquet`, replaced only after the
blocking gates pass) and the GX Data Docs (`data_docs/`).

dbt reads GDW_WAREHOUSE_DIR from the environment (dbt_project/profiles.yml); `Settings.export()`
puts the resolved absolute path there, so both always point at the same file.
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

PROJECT_ROOT = Path(__file__).resolve().parent.parent
DBT_PROJECT_DIR = PROJECT_ROOT / "dbt_project"
SAMPLES_DIR = PROJECT_ROOT / "samples" / "reports"
DUCKDB_FILE_NAME = "gdw.duckdb"
LANDING_CACHE_FILE_NAME = "landing_cache.sqlite"
PARSE_SPOOL_DIR_NAME = "parse_spool"
PUBLISHED_DIR_NAME = "published"
DATA_DOCS_DIR_NAME = "data_docs"
SEASON_TIMEZONE = "Asia/Shanghai"  # the reporting season's deadlines are Beijing time


WAREHOUSE_TARGETS = ("duckdb", "postgres")
EXECUTORS = ("in_process", "multiprocess")
EXAMPLE_SOURCES_FILE = PROJECT_ROOT / "examples" / "sources.yaml"
HARVEST_DIR_NAME = "harvest"  # beside the warehouse: the fetch log, one JSON Lines file per site
DUCKDB_MEMORY = re.compile(r"\d+(\.\d+)?\s*([KMGT]i?B)", re.IGNORECASE)  # DuckDB's memory_limit units


@dataclass(frozen=True)
class PostgresSettings:
    """The PostgreSQL server of the `postgres` warehouse target (dbt_project/profiles.yml)."""

    host: str = "127.0.0.1"
    port: int = 5432
    user: str = "gdw"
    password: str = ""
    dbname: str = "gdw"
    schema: str = "public"

    def environ(self) -> dict[str, str]:
        """The GDW_POSTGRES_* variables profiles.yml reads."""
        return {
            "GDW_POSTGRES_HOST": self.host,
            "GDW_POSTGRES_PORT": str(self.port),
            "GDW_POSTGRES_USER": self.user,
            "GDW_POSTGRES_PASSWORD": self.password,
            "GDW_POSTGRES_DB": self.dbname,
            "GDW_POSTGRES_SCHEMA": self.schema,
        }

    def connect_kwargs(self) -> dict:
        """Keyword arguments of psycopg.connect()."""
        values = {"host": self.host, "port": self.port, "user": self.user, "dbname": self.dbname}
        if self.password:
            values["password"] = self.password
        return values


def load_postgres_settings(env) -> PostgresSettings:
    defaults = PostgresSettings()
    return PostgresSettings(
        host=env.get("GDW_POSTGRES_HOST") or defaults.host,
        port=int(env.get("GDW_POSTGRES_PORT") or defaults.port),
        user=env.get("GDW_POSTGRES_USER") or defaults.user,
        password=env.get("GDW_POSTGRES_PASSWORD") or defaults.password,
        dbname=env.get("GDW_POSTGRES_DB") or defaults.dbname,
        schema=env.get("GDW_POSTGRES_SCHEMA") or defaults.schema,
    )


@dataclass(frozen=True)
class HarvestSettings:
    """How politely the harvester crawls: gentle enough by default for a small county server."""

    requests_per_second: float = 1.0  # per host
    concurrency: int = 2  # requests in flight per host
    timeout_seconds: float = 30.0  # connect, and each read
    retries: int = 3  # after a 5xx, a time-out or a broken connection; never after a 4xx
    backoff_seconds: float = 2.0  # wait before retry n: backoff * 2**(n-1)
    max_bytes: int = 50 * 1024 * 1024
    max_redirects: int = 5
    user_agent: str = ("gdw-harvester/0.1 (Government Disclosure Warehouse; collects the annual "
                       "government information disclosure reports; obeys robots.txt)")


def load_harvest_settings(env) -> HarvestSettings:
    defaults = HarvestSettings()
    max_mb = env.get("GDW_HARVEST_MAX_MB")
    values = HarvestSettings(
        requests_per_second=float(env.get("GDW_HARVEST_RATE") or defaults.requests_per_second),
        concurrency=int(env.get("GDW_HARVEST_CONCURRENCY") or defaults.concurrency),
        timeout_seconds=float(env.get("GDW_HARVEST_TIMEOUT") or defaults.timeout_seconds),
        retries=int(env.get("GDW_HARVEST_RETRIES") or defaults.retries),
        backoff_seconds=float(env.get("GDW_HARVEST_BACKOFF") or defaults.backoff_seconds),
        max_bytes=int(float(max_mb) * 1024 * 1024) if max_mb else defaults.max_bytes,
        max_redirects=int(env.get("GDW_HARVEST_MAX_REDIRECTS") or defaults.max_redirects),
        user_agent=env.get("GDW_HARVEST_USER_AGENT") or defaults.user_agent,
    )
    if values.requests_per_second <= 0 or values.concurrency < 1 or values.retries < 0:
        raise ValueError("GDW_HARVEST_RATE must be > 0, GDW_HARVEST_CONCURRENCY >= 1, GDW_HARVEST_RETRIES >= 0")
    return values


@dataclass(frozen=True)
class Settings:
    landing_dir: Path
    warehouse_dir: Path
    parse_workers: int
    warehouse_target: str = "duckdb"
    postgres: PostgresSettings = PostgresSettings()
    first_report_year: int = 2019
    last_report_year: int = field(default_factory=lambda: this_season_year())
    automation_on: bool = False
    sources_file: Path = EXAMPLE_SOURCES_FILE
    harvest: HarvestSettings = HarvestSettings()
    parse_time_limit_seconds: float = 60.0
    parse_memory_limit_mib: int = 1024
    ocr_on: bool = True
    parse_shards: int = 1
    executor: str = "in_process"
    max_concurrent_steps: int = field(default_factory=lambda: os.cpu_count() or 1)
    # DuckDB's own default is 80% of the machine's memory, which a season's year models took (9 GiB at
    # 150,000 reports); bounded, DuckDB spills to disk instead. One limit per connection: dbt's, the
    # run's and the checks'.
    duckdb_memory_limit: str = "2GB"

    @property
    def shards_at_once(self) -> int:
        """Parse shard steps that run at the same time: one with the in-process executor."""
        return min(self.parse_shards, self.max_concurrent_steps) if self.executor == "multiprocess" else 1

    @property
    def workers_per_shard(self) -> int:
        """Each shard step's pool: parse_workers shared out between the shards running at once, so
        that a run never parses on more processes than parse_workers (at least one each)."""
        return max(1, self.parse_workers // self.shards_at_once)

    @property
    def fetch_log_dir(self) -> Path:
        """The harvester's fetch log (`<site>.jsonl`, append-only), beside the warehouse, never in landing."""
        return self.warehouse_dir / HARVEST_DIR_NAME

    @property
    def duckdb_path(self) -> Path:
        return self.warehouse_dir / DUCKDB_FILE_NAME

    @property
    def report_years(self) -> list[int]:
        """The report years the warehouse is partitioned by: first_report_year..last_report_year."""
        return list(range(self.first_report_year, self.last_report_year + 1))

    @property
    def landing_cache_path(self) -> Path:
        """The landing scan's fingerprint cache and the sensor's state (SQLite, orchestration/core/landing.py)."""
        return self.warehouse_dir / LANDING_CACHE_FILE_NAME

    @property
    def published_dir(self) -> Path:
        return self.warehouse_dir / PUBLISHED_DIR_NAME

    @property
    def published_duckdb_path(self) -> Path:
        """The database BI reads: a copy of the marts, replaced atomically after the gates pass."""
        return self.published_dir / DUCKDB_FILE_NAME

    @property
    def published_parquet_dir(self) -> Path:
        """Each published mart as <mart>.parquet, or by report year as <mart>/<year>.parquet."""
        return self.published_dir / "parquet"

    @property
    def data_docs_dir(self) -> Path:
        """The file-mode GX project the checks store results in; its Data Docs site is under gx/."""
        return self.warehouse_dir / DATA_DOCS_DIR_NAME

    def export(self) -> None:
        """Make the resolved paths visible to dbt subprocesses."""
        os.environ["GDW_LANDING_DIR"] = str(self.landing_dir)
        os.environ["GDW_WAREHOUSE_DIR"] = str(self.warehouse_dir)
        os.environ["GDW_WAREHOUSE_TARGET"] = self.warehouse_target
        os.environ["GDW_SOURCES_FILE"] = str(self.sources_file)
        os.environ["GDW_DUCKDB_MEMORY_LIMIT"] = self.duckdb_memory_limit
        os.environ.update(self.postgres.environ())


def this_season_year() -> int:
    """The current calendar year in the season's time zone: the last report year a partition holds."""
    return datetime.now(ZoneInfo(SEASON_TIMEZONE)).year


def load_settings(environ: dict[str, str] | None = None) -> Settings:
    env = os.environ if environ is None else environ
    landing = Path(env.get("GDW_LANDING_DIR") or SAMPLES_DIR).expanduser().resolve()
    warehouse = Path(env.get("GDW_WAREHOUSE_DIR") or Path.cwd() / "warehouse").expanduser().resolve()
    workers = int(env.get("GDW_PARSE_WORKERS") or os.cpu_count() or 1)
    target = (env.get("GDW_WAREHOUSE_TARGET") or "duckdb").strip().lower()
    if target not in WAREHOUSE_TARGETS:
        raise ValueError(f"GDW_WAREHOUSE_TARGET={target!r}: expected one of {', '.join(WAREHOUSE_TARGETS)}")
    first = int(env.get("GDW_FIRST_REPORT_YEAR") or 2019)
    last = int(env.get("GDW_LAST_REPORT_YEAR") or this_season_year())
    if last < first:
        raise ValueError(f"GDW_LAST_REPORT_YEAR {last} is before GDW_FIRST_REPORT_YEAR {first}")
    automation = (env.get("GDW_AUTOMATION") or "off").strip().lower() in ("on", "1", "true", "yes")
    sources = Path(env.get("GDW_SOURCES_FILE") or EXAMPLE_SOURCES_FILE).expanduser().resolve()
    seconds = float(env.get("GDW_PARSE_TIME_LIMIT") or 60)
    mib = int(env.get("GDW_PARSE_MEMORY_LIMIT") or 1024)
    if seconds <= 0 or mib < 256:
        raise ValueError(f"GDW_PARSE_TIME_LIMIT={seconds:g} s / GDW_PARSE_MEMORY_LIMIT={mib} MiB: need > 0 s and >= 256 MiB "
                         "(a parse process with the format libraries loaded takes ~300 MiB of address space)")
    ocr = (env.get("GDW_OCR") or "on").strip().lower() not in ("off", "0", "false", "no")
    shards = int(env.get("GDW_PARSE_SHARDS") or 1)
    if not 1 <= shards <= 999:
        raise ValueError(f"GDW_PARSE_SHARDS={shards}: expected 1 to 999")
    executor = (env.get("GDW_EXECUTOR") or "in_process").strip().lower().replace("-", "_")
    if executor not in EXECUTORS:
        raise ValueError(f"GDW_EXECUTOR={executor!r}: expected one of {', '.join(EXECUTORS)}")
    at_once = int(env.get("GDW_MAX_CONCURRENT_STEPS") or os.cpu_count() or 1)
    if at_once < 1:
        raise ValueError(f"GDW_MAX_CONCURRENT_STEPS={at_once}: expected 1 or more")
    memory = (env.get("GDW_DUCKDB_MEMORY_LIMIT") or "2GB").strip()
    if not DUCKDB_MEMORY.fullmatch(memory):
        raise ValueError(f"GDW_DUCKDB_MEMORY_LIMIT={memory!r}: expected an amount such as 2GB, 1500MB or 3GiB")
    return Settings(landing, warehouse, max(1, workers), target, load_postgres_settings(env),
                    first_report_year=first, last_report_year=last, automation_on=automation,
                    sources_file=sources, harvest=load_harvest_settings(env),
                    parse_time_limit_seconds=seconds, parse_memory_limit_mib=mib, ocr_on=ocr, parse_shards=shards,
                    executor=executor, max_concurrent_steps=at_once, duckdb_memory_limit=memory)
