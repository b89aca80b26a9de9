"""The gdw code location: every asset, check, job, sensor, schedule and resource, in one Definitions.

Assets partitioned by report year and those rebuilt whole are listed in defs/partitions.py; a new
asset declares its partitioning there (see its docstring).
"""

from __future__ import annotations

from pathlib import Path

import dagster as dg

from orchestration.defs.automation import (
    everything,
    landing_sensor,
    off_season_weekly,
    quarantine_job,
    season_daily,
)
from orchestration.defs.exposures import exposure_specs, load_manifest
from orchestration.defs.ingestion import raw_reports
from orchestration.defs.parsing import parsed_reports
from orchestration.defs.postgres import postgres_warehouse
from orchestration.defs.publish import published_warehouse
from orchestration.defs.quality import build_suite_checks, rule_findings
from orchestration.defs.regions import agencies
from orchestration.defs.report import SEASON_REPORT, season_report
from orchestration.defs.resources import build_resources
from orchestration.defs.run_health import dead_run_sensor
from orchestration.defs.staging import staging_quarantine, staging_tables
from orchestration.defs.warehouse import warehouse_models, warehouse_year_models
from orchestration.settings import Settings, load_settings


def build_definitions(settings: Settings, suites_dir: str | Path | None = None) -> dg.Definitions:
    """`suites_dir`: the GX suites to run as checks (default: expectations/)."""
    # GDW_WAREHOUSE_TARGET=postgres adds the build of the same marts on the Postgres server.
    target_assets = [postgres_warehouse] if settings.warehouse_target == "postgres" else []
    return dg.Definitions(
        assets=[raw_reports, parsed_reports, staging_tables, staging_quarantine, agencies, warehouse_models,
                warehouse_year_models, rule_findings, season_report, published_warehouse,
                *target_assets, *exposure_specs(load_manifest(), skip={SEASON_REPORT})],
        asset_checks=build_suite_checks(suites_dir),
        jobs=[everything, quarantine_job],
        sensors=[landing_sensor, dead_run_sensor],
        schedules=[season_daily, off_season_weekly],
        resources=build_resources(settings),
        # One DuckDB file takes one writer: steps run one after another in the run's process.
        executor=dg.in_process_executor,
    )


defs = build_definitions(load_settings())
