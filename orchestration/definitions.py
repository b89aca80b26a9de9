"""The gdw code location: every asset, check, job, sensor, schedule and resource, in one Definitions.

Assets partitioned by report year and those rebuilt whole are listed in defs/partitions.py; a new
asset declares its partitioning there (see its docstring).
"""

from __future__ import annotations

from pathlib import Path

import dagster as dg

from orchestration.defs.automation import build_landing_sensor, build_schedules, everything, quarantine_job
from orchestration.defs.exposures import exposure_specs, load_manifest
from orchestration.defs.harvest import build_harvest
from orchestration.defs.ingestion import raw_reports
from orchestration.defs.parsing import parsed_reports
from orchestration.defs.partitions import report_years_partitions
from orchestration.defs.postgres import postgres_warehouse
from orchestration.defs.publish import build_published_warehouse
from orchestration.defs.quality import build_rule_findings, build_suite_checks, rules_sql_matches_parser
from orchestration.defs.regions import agencies
from orchestration.defs.report import SEASON_REPORT, season_report
from orchestration.defs.resources import build_dbt_project, build_resources
from orchestration.defs.run_health import dead_run_sensor
from orchestration.defs.staging import build_staging_models
from orchestration.defs.warehouse import build_warehouse_assets
from orchestration.settings import Settings, load_settings


def build_definitions(settings: Settings, suites_dir: str | Path | None = None) -> dg.Definitions:
    """Everything from `settings`: the report years (partitions), the automation switch, the
    folders. `suites_dir`: the GX suites to run as checks (default: expectations/)."""
    years = report_years_partitions(settings.first_report_year, settings.last_report_year)
    project = build_dbt_project()
    # GDW_WAREHOUSE_TARGET=postgres adds the build of the same marts on the Postgres server.
    target_assets = [postgres_warehouse] if settings.warehouse_target == "postgres" else []
    harvest = build_harvest(settings)  # partitioned by the sites of GDW_SOURCES_FILE
    warehouse = build_warehouse_assets(years, project, steps_share_a_process=settings.executor == "in_process")
    findings = build_rule_findings(years)
    published = build_published_warehouse([key for assets in warehouse for key in assets.keys] + [findings.key])
    return dg.Definitions(
        assets=[raw_reports, parsed_reports, build_staging_models(years, project), agencies,
                *warehouse, findings, season_report, published, *target_assets, *harvest.assets,
                *exposure_specs(load_manifest(), skip={SEASON_REPORT})],
        asset_checks=[*build_suite_checks(suites_dir), rules_sql_matches_parser],
        jobs=[everything, quarantine_job, harvest.job],
        sensors=[build_landing_sensor(settings.automation_on), dead_run_sensor],
        schedules=[*build_schedules(settings.automation_on), harvest.schedule],
        resources={**build_resources(settings, project), **harvest.resources},
        executor=run_executor(settings),
    )


def run_executor(settings: Settings) -> dg.ExecutorDefinition:
    """How a run's steps execute (GDW_EXECUTOR). In process (the default): one after another, no
    process to start per step. Multiprocess: each step in its own process, up to
    max_concurrent_steps at once, so that the parse shards run side by side; the steps that write
    the one DuckDB file still run one at a time, by the instance's `duckdb_write` pool
    (dagster.yaml `concurrency.pools`). Step processes fork from a server that has imported the
    code location once (forkserver), not each from an empty interpreter."""
    config = multiprocess_config(settings)
    return dg.in_process_executor if config is None else dg.multiprocess_executor.configured(config, name="multiprocess")


def multiprocess_config(settings: Settings) -> dict | None:
    """The multiprocess executor's config for these settings; None for the in-process executor."""
    if settings.executor == "in_process":
        return None
    return {"max_concurrent": settings.max_concurrent_steps,
            "start_method": {"forkserver": {"preload_modules": [__name__]}}}


# The code location Dagster loads (`dagster dev`, `dagster job execute -m orchestration.definitions`):
# the one place the environment is read.
defs = build_definitions(load_settings())


def everything_job() -> dg.JobDefinition:
    """`gdw_everything` of this code location (Settings from the environment), for runs started
    from Python whose steps execute in other processes: `dg.execute_job(dg.reconstructable(
    everything_job), ...)` (each step process rebuilds the job from here)."""
    return defs.resolve_job_def("gdw_everything")
