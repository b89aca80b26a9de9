"""Warehouse: the dbt project as Dagster assets; dbt tests show as asset checks."""


from collections.abc import Mapping
from typing import Any

import dagster as dg
from dagster_dbt import DagsterDbtTranslator, DagsterDbtTranslatorSettings, DbtCliResource, dbt_assets

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
def warehouse_models(context: dg.AssetExecutionContext, dbt: DbtCliResource):
    yield from dbt.cli(dbt_build_args(), context=context).stream()
