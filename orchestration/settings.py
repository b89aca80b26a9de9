"""Where gdw reads reports and writes the warehouse: one place, read by Dagster and dbt alike.

GDW_LANDING_DIR    folder of report files (default: the project's sample reports)
GDW_WAREHOUSE_DIR  folder of the warehouse (default: ./warehouse); the DuckDB file is gdw.duckdb in it
GDW_PARSE_WORKERS  processes that parse in parallel (default: the machine's cores)
GDW_FIRST_REPORT_YEAR / GDW_LAST_REPORT_YEAR
                   the report years the warehouse is partitioned by (default: 2019 to the current
                   year in Asia/Shanghai); a report of another year is quarantined
GDW_AUTOMATION     'on' starts the landing sensor and the season schedules switched on (default
                   'off': they are switched on in the UI, see orchestration/defs/automation.py)

dbt reads GDW_WAREHOUSE_DIR from the environment (dbt_project/profiles.yml); `Settings.export()`
puts the resolved absolute path there, so both always point at the same file.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

PROJECT_ROOT = Path(__file__).resolve().parent.parent
DBT_PROJECT_DIR = PROJECT_ROOT / "dbt_project"
SAMPLES_DIR = PROJECT_ROOT / "samples" / "reports"
DUCKDB_FILE_NAME = "gdw.duckdb"
SEASON_TIMEZONE = "Asia/Shanghai"  # the reporting season's deadlines are Beijing time


@dataclass(frozen=True)
class Settings:
    landing_dir: Path
    warehouse_dir: Path
    parse_workers: int
    first_report_year: int = 2019
    last_report_year: int = field(default_factory=lambda: this_season_year())
    automation_on: bool = False

    @property
    def duckdb_path(self) -> Path:
        return self.warehouse_dir / DUCKDB_FILE_NAME

    def export(self) -> None:
        """Make the resolved paths visible to dbt subprocesses."""
        os.environ["GDW_LANDING_DIR"] = str(self.landing_dir)
        os.environ["GDW_WAREHOUSE_DIR"] = str(self.warehouse_dir)


def this_season_year() -> int:
    """The current calendar year in the season's time zone: the last report year a partition holds."""
    return datetime.now(ZoneInfo(SEASON_TIMEZONE)).year


def load_settings(environ: dict[str, str] | None = None) -> Settings:
    env = os.environ if environ is None else environ
    landing = Path(env.get("GDW_LANDING_DIR") or SAMPLES_DIR).expanduser().resolve()
    warehouse = Path(env.get("GDW_WAREHOUSE_DIR") or Path.cwd() / "warehouse").expanduser().resolve()
    workers = int(env.get("GDW_PARSE_WORKERS") or os.cpu_count() or 1)
    first = int(env.get("GDW_FIRST_REPORT_YEAR") or 2019)
    last = int(env.get("GDW_LAST_REPORT_YEAR") or this_season_year())
    if last < first:
        raise ValueError(f"GDW_LAST_REPORT_YEAR {last} is before GDW_FIRST_REPORT_YEAR {first}")
    automation = (env.get("GDW_AUTOMATION") or "off").strip().lower() in ("on", "1", "true", "yes")
    return Settings(landing, warehouse, max(1, workers), first, last, automation)
