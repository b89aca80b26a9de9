"""Resources built from settings: one DuckDB file for Python assets and dbt alike."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import dagster as dg
from dagster_dbt import DbtCliResource, DbtProject
from dagster_duckdb import DuckDBResource

from orchestration.settings import DBT_PROJECT_DIR, PostgresSettings, Settings

# dbt is installed beside this Python (the virtualenv); put it on PATH for every dbt that
# dagster-dbt starts, including the manifest preparation below, even when the venv is not active.
_BIN = str(Path(sys.executable).parent)
if _BIN not in os.environ.get("PATH", "").split(os.pathsep):
    os.environ["PATH"] = _BIN + os.pathsep + os.environ.get("PATH", "")

dbt_project = DbtProject(project_dir=DBT_PROJECT_DIR, profiles_dir=DBT_PROJECT_DIR, target="dev")
# Under `dagster dev` the manifest is (re)built on load; elsewhere `make manifest` builds it first.
dbt_project.prepare_if_dev()


# Python writers replace what they write in one transaction (idempotent), so a step that failed
# on a transient error (the DuckDB file locked by a reader, a full disk freed) is safe to retry.
# dbt is not retried here: a failing dbt test would only fail again; dbt retries its connection.
WRITER_RETRY = dg.RetryPolicy(max_retries=2, delay=5, backoff=dg.Backoff.EXPONENTIAL)


class LandingFolder(dg.ConfigurableResource):
    """The folder reports arrive in, how many processes parse them, and whether scans and images
    are read by OCR (GDW_OCR)."""

    path: str
    parse_workers: int = 2
    ocr: bool = True


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
    """Where readers (BI) find the warehouse: `gdw.duckdb` and `parquet/<mart>.parquet` in `directory`."""

    directory: str


class DataDocsFolder(dg.ConfigurableResource):
    """The file-mode GX project the checks store their results in and build Data Docs from."""

    path: str


def build_resources(settings: Settings) -> dict:
    settings.export()
    server = settings.postgres
    return {
        "postgres": PostgresWarehouse(host=server.host, port=server.port, user=server.user, password=server.password,
                                      dbname=server.dbname, db_schema=server.schema),
        "landing": LandingFolder(path=str(settings.landing_dir), parse_workers=settings.parse_workers,
                                 ocr=settings.ocr_on),
        "warehouse": DuckDBResource(database=str(settings.duckdb_path)),
        "published": PublishedWarehouse(directory=str(settings.published_dir)),
        "data_docs": DataDocsFolder(path=str(settings.data_docs_dir)),
        "dbt": DbtCliResource(
            project_dir=dbt_project, profiles_dir=str(DBT_PROJECT_DIR), target="dev"
        ),
    }
