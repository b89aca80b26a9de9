"""Warehouse: the dbt project as Dagster assets; dbt tests show as asset checks."""


from collections.abc import Mapping
from typing import Any

import dagster as dg
from dagster_dbt import DagsterDbtTranslator, DagsterDbtTranslatorSettings, DbtCliResource, dbt_assets
from dagster_duckdb import DuckDBResource

from .resources import dbt_project


class WarehouseTranslator(DagsterDbtTranslator):
    """dbt models and seeds form the `warehouse` group; sources keep the keys of the staging
    assets that write them (`meta.dagster.asset_key` in _sources.yml)."""

    def get_group_name(self, dbt_resource_props: Mapping[str, Any]) -> str | None:
        if dbt_resource_props["resource_type"] == "source":
            return "staging"
        return "warehouse"


def dbt_build_args(full_refresh: bool = False) -> list[str]:
    """The dbt command the warehouse asset runs (pure, so it can be tested)."""
    args = ["build"]
    if full_refresh:
        args.append("--full-refresh")
    return args


@dbt_assets(
    manifest=dbt_project.manifest_path,
    dagster_dbt_translator=WarehouseTranslator(settings=DagsterDbtTranslatorSettings(enable_asset_checks=True)),
    project=dbt_project,
    pool="duckdb_write",
)
def warehouse_models(context: dg.AssetExecutionContext, dbt: DbtCliResource, warehouse: DuckDBResource):
    # dbt's own row-count fetcher opens DuckDB in this process and keeps it open, which then
    # locks out every other connection; so the events are held until dbt has exited, and the
    # rows are counted with one short-lived connection.
    events = list(dbt.cli(dbt_build_args(), context=context).stream())
    outputs = [e for e in events if isinstance(e, dg.Output)]
    counts = {}
    with warehouse.get_connection() as con:
        existing = {row[0] for row in con.execute(
            "SELECT table_name FROM information_schema.tables WHERE table_schema = 'main'").fetchall()}
        for event in outputs:
            name = context.asset_key_for_output(event.output_name).path[-1]
            if name in existing:
                counts[event.output_name] = con.execute(f'SELECT count(*) FROM main."{name}"').fetchall()[0][0]
    for event in events:
        if isinstance(event, dg.Output) and event.output_name in counts:
            row_count = dg.MetadataValue.int(int(counts[event.output_name]))
            event = event.with_metadata({**event.metadata, "dagster/row_count": row_count})
        yield event
