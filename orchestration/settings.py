"""Where gdw reads reports and writes the warehouse: one place, read by Dagster and dbt alike.

GDW_LANDING_DIR    folder of report files (default: the project's sample reports)
GDW_WAREHOUSE_DIR  folder of the warehouse (default: ./warehouse); the DuckDB file is gdw.duckdb in it
GDW_PARSE_WORKERS  processes that parse in parallel (default: the machine's cores)

Derived from GDW_WAREHOUSE_DIR: the working database (`gdw.duckdb`, written by runs), the copy BI
reads (`published/gdw.duckdb` and `published/parquet/<mart>.parquet`, replaced only after the
blocking gates pass) and the GX Data Docs (`data_docs/`).

dbt reads GDW_WAREHOUSE_DIR from the environment (dbt_project/profiles.yml); `Settings.export()`
puts the resolved absolute path there, so both always point at the same file.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

PROJECT_ROOT = Path(__file__).resolve().parent.parent
DBT_PROJECT_DIR = PROJECT_ROOT / "dbt_project"
SAMPLES_DIR = PROJECT_ROOT / "samples" / "reports"
DUCKDB_FILE_NAME = "gdw.duckdb"
PUBLISHED_DIR_NAME = "published"
DATA_DOCS_DIR_NAME = "data_docs"


@dataclass(frozen=True)
class Settings:
    landing_dir: Path
    warehouse_dir: Path
    parse_workers: int

    @property
    def duckdb_path(self) -> Path:
        return self.warehouse_dir / DUCKDB_FILE_NAME

    @property
    def published_dir(self) -> Path:
        return self.warehouse_dir / PUBLISHED_DIR_NAME

    @property
    def published_duckdb_path(self) -> Path:
        """The database BI reads: a copy of the marts, replaced atomically after the gates pass."""
        return self.published_dir / DUCKDB_FILE_NAME

    @property
    def published_parquet_dir(self) -> Path:
        """Each published mart as <mart>.parquet."""
        return self.published_dir / "parquet"

    @property
    def data_docs_dir(self) -> Path:
        """The file-mode GX project the checks store results in; its Data Docs site is under gx/."""
        return self.warehouse_dir / DATA_DOCS_DIR_NAME

    def export(self) -> None:
        """Make the resolved paths visible to dbt subprocesses."""
        os.environ["GDW_LANDING_DIR"] = str(self.landing_dir)
        os.environ["GDW_WAREHOUSE_DIR"] = str(self.warehouse_dir)


def load_settings(environ: dict[str, str] | None = None) -> Settings:
    env = os.environ if environ is None else environ
    landing = Path(env.get("GDW_LANDING_DIR") or SAMPLES_DIR).expanduser().resolve()
    warehouse = Path(env.get("GDW_WAREHOUSE_DIR") or Path.cwd() / "warehouse").expanduser().resolve()
    workers = int(env.get("GDW_PARSE_WORKERS") or os.cpu_count() or 1)
    return Settings(landing, warehouse, max(1, workers))
