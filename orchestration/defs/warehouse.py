"""Warehouse: the dbt project as Dagster assets; dbt tests show as asset checks.

Two sets of dbt assets from one project: the models tagged `report_year` (the fct_ marts,
incremental delete+insert on report_year) are partitioned by report year and rebuild only the
years of the run; the models downstream of them (the analysis marts) run in the same dbt
invocation, after them, and are rebuilt whole (they aggregate every year). Every other model (stg_
views, dims, fct_quarantine, the rule seed) is small and rebuilt whole in every run, before.
"""


import json
import os
import time
from collections.abc import Mapping
from contextlib import contextmanager
from datetime import timedelta
from pathlib import Path
from typing import Any

import dagster as dg
from dagster_dbt import (
    DagsterDbtTranslator,
    DagsterDbtTranslatorSettings,
    DbtCliResource,
    DbtProject,
    dbt_assets,
)
from dagster_duckdb import DuckDBResource

from .partitions import DBT_YEAR_TAG, YEAR_BACKFILL, years_of_run, years_sql

# The marts BI reads: refreshed daily in the season (daily schedule), weekly outside it. WARN when
# a day's refresh was missed, FAIL when even the weekly one was.
MART_FRESHNESS = dg.FreshnessPolicy.time_window(fail_window=timedelta(days=8), warn_window=timedelta(hours=26))


class WarehouseTranslator(DagsterDbtTranslator):
    """dbt models and seeds form the `warehouse` group; sources keep the keys of the staging
    assets that write them (`meta.dagster.asset_key` in _sources.yml). The marts carry a
    freshness policy."""

    def get_group_name(self, dbt_resource_props: Mapping[str, Any]) -> str | None:
        if dbt_resource_props["resource_type"] == "source":
            return "staging"
        return "warehouse"

    def get_asset_spec(self, manifest: Mapping[str, Any], unique_id: str, project) -> dg.AssetSpec:
        spec = super().get_asset_spec(manifest, unique_id, project)
        props = self.get_resource_props(manifest, unique_id)
        if props["resource_type"] == "model" and props["name"].startswith(("fct_", "dim_", "mart_")):
            spec = spec.replace_attributes(freshness_policy=MART_FRESHNESS)
        return spec


TRANSLATOR = WarehouseTranslator(settings=DagsterDbtTranslatorSettings(enable_asset_checks=True))


# dbt reads the run's years from this variable (dbt_project/macros/report_years.sql). An
# environment variable, not `--vars`: changed vars make dbt re-parse the whole project, while a
# changed env_var() only re-parses the few files that read it.
DBT_YEARS_ENV = "GDW_DBT_REPORT_YEARS"


def dbt_build_args(full_refresh: bool = False) -> list[str]:
    """The dbt command a warehouse asset runs (pure, so it can be tested)."""
    return ["build", "--full-refresh"] if full_refresh else ["build"]


def dbt_build_env(report_years: list[int] | None = None) -> dict[str, str]:
    """The environment of that dbt command (pure): with report years, the models tagged
    report_year replace only those years' rows; `all` means every year."""
    years = "all" if report_years is None else json.dumps(sorted(int(y) for y in report_years))
    return {DBT_YEARS_ENV: years}


@contextmanager
def _environ(extra: dict[str, str]):
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


def _build(context: dg.AssetExecutionContext, dbt: DbtCliResource, warehouse: DuckDBResource,
           years: list[int] | None):
    # dbt's own row-count fetcher opens DuckDB in this process and keeps it open, which then
    # locks out every other connection; so the events are held until dbt has exited, and the
    # rows are counted with one short-lived connection.
    started = time.perf_counter()
    # One dbt target folder per warehouse, kept between runs: dbt's partial-parse state there
    # matches this warehouse's profile (its path), so after the first invocation dbt re-parses
    # only what changed instead of the whole project (~2-3 s per invocation).
    target = Path(warehouse.database).parent / "dbt_target"
    with _environ(dbt_build_env(years)):
        invocation = dbt.cli(dbt_build_args(), context=context, target_path=target)
    events = list(invocation.stream())
    seconds = round(time.perf_counter() - started, 3)
    outputs = [e for e in events if isinstance(e, dg.Output)]
    counts: dict[str, dict[str, dg.MetadataValue]] = {}
    with warehouse.get_connection() as con:
        existing = {row[0] for row in con.execute(
            "SELECT table_name FROM information_schema.tables WHERE table_schema = 'main'").fetchall()}
        with_year = {row[0] for row in con.execute(
            "SELECT table_name FROM information_schema.columns WHERE table_schema = 'main' "
            "AND column_name = 'report_year'").fetchall()}
        for event in outputs:
            name = context.asset_key_for_output(event.output_name).path[-1]
            if name not in existing:
                continue
            total = con.execute(f'SELECT count(*) FROM main."{name}"').fetchall()[0][0]
            extra = {"dagster/row_count": dg.MetadataValue.int(int(total)),
                     "dbt_build_seconds": dg.MetadataValue.float(seconds)}
            if years is not None and name in with_year:
                in_years = con.execute(f'SELECT count(*) FROM main."{name}" WHERE {years_sql(years)}').fetchall()[0][0]
                extra["rows_in_report_years"] = dg.MetadataValue.int(int(in_years))
                extra["report_years"] = dg.MetadataValue.json(years)
            counts[event.output_name] = extra
    for event in events:
        if isinstance(event, dg.Output) and event.output_name in counts:
            event = event.with_metadata({**event.metadata, **counts[event.output_name]})
        yield event


def build_warehouse_assets(partitions: dg.PartitionsDefinition, project: DbtProject) -> list[dg.AssetsDefinition]:
    """The dbt models as two sets of assets: those rebuilt whole, and those partitioned by
    `partitions` (the report years of the Settings). Built by `build_definitions`, after the
    manifest they are read from exists (never at import)."""

    @dbt_assets(
        manifest=project.manifest_path,
        dagster_dbt_translator=TRANSLATOR,
        project=project,
        exclude=f"tag:{DBT_YEAR_TAG}+",
        name="warehouse_models",
        pool="duckdb_write",
    )
    def warehouse_models(context: dg.AssetExecutionContext, dbt: DbtCliResource, warehouse: DuckDBResource):
        yield from _build(context, dbt, warehouse, None)

    @dbt_assets(
        manifest=project.manifest_path,
        dagster_dbt_translator=TRANSLATOR,
        project=project,
        select=f"tag:{DBT_YEAR_TAG}+",
        name="warehouse_year_models",
        partitions_def=partitions,
        backfill_policy=YEAR_BACKFILL,
        pool="duckdb_write",
    )
    def warehouse_year_models(context: dg.AssetExecutionContext, dbt: DbtCliResource, warehouse: DuckDBResource):
        years = years_of_run(context)
        yield from _build(context, dbt, warehouse, years)

    return [warehouse_models, warehouse_year_models]
