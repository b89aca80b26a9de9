"""What BI relies on in the dbt project and the code location: contracts and descriptions on every
mart, exposures shown in Dagster, the Postgres target chosen by one setting."""

from __future__ import annotations

import json

import dagster as dg
import pytest

from orchestration.defs.exposures import exposure_specs
from orchestration.defs.resources import DBT_MANIFEST_PATH
from orchestration.settings import Settings, load_settings


@pytest.fixture(scope="module")
def manifest() -> dict:
    return json.loads(DBT_MANIFEST_PATH.read_text())


def test_every_mart_has_a_contract_and_every_column_a_description(manifest):
    marts = [n for n in manifest["nodes"].values()
             if n["resource_type"] == "model" and n["name"].startswith(("dim_", "fct_", "mart_"))]
    assert {"mart_applications_by_agency_year", "mart_application_outcomes", "mart_review_outcomes",
            "mart_procurement_by_region", "mart_report_quality", "dim_agency"} <= {n["name"] for n in marts}
    for node in marts:
        assert node["config"]["contract"]["enforced"], node["name"]
        # a table BI reads (the fct_ marts are incremental tables, rebuilt one report year at a time)
        assert node["config"]["materialized"] in ("table", "incremental") and node["schema"] == "main", node["name"]
        assert node["description"].strip(), node["name"]
        for column in node["columns"].values():
            assert column["description"].strip(), f"{node['name']}.{column['name']}"
            assert column["data_type"], f"{node['name']}.{column['name']}"


def test_exposures_are_assets_downstream_of_the_marts_they_read(manifest):
    specs = {spec.key: spec for spec in exposure_specs(manifest, skip={dg.AssetKey(["quality", "season_report"])})}
    dashboards = specs[dg.AssetKey(["bi", "bi_dashboards"])]
    assert dashboards.group_name == "bi"
    assert dg.AssetKey(["mart_applications_by_agency_year"]) in {dep.asset_key for dep in dashboards.deps}
    assert dg.AssetKey(["quality", "season_report"]) not in specs  # a real asset, not a second spec


def test_the_season_report_reads_what_its_exposure_declares(manifest, tmp_path):
    from orchestration.definitions import build_definitions

    graph = build_definitions(Settings(tmp_path / "l", tmp_path / "w", 1)).resolve_asset_graph()
    exposure = next(e for e in manifest["exposures"].values() if e["name"] == "season_report")
    declared = {dg.AssetKey([unique_id.split(".")[-1]]) for unique_id in exposure["depends_on"]["nodes"]}
    assert declared <= set(graph.get(dg.AssetKey(["quality", "season_report"])).parent_keys)
    assert dg.AssetKey(["bi", "bi_dashboards"]) in graph.get_all_asset_keys()
    assert dg.AssetKey(["postgres", "warehouse"]) not in graph.get_all_asset_keys()


def test_the_postgres_target_is_one_setting(tmp_path):
    from orchestration.definitions import build_definitions

    env = {"GDW_WAREHOUSE_TARGET": "postgres", "GDW_POSTGRES_HOST": "db", "GDW_POSTGRES_PORT": "6543",
           "GDW_WAREHOUSE_DIR": str(tmp_path)}
    settings = load_settings(env)
    assert settings.warehouse_target == "postgres"
    assert settings.postgres.connect_kwargs() == {"host": "db", "port": 6543, "user": "gdw", "dbname": "gdw"}
    assert load_settings({}).warehouse_target == "duckdb"
    with pytest.raises(ValueError, match="GDW_WAREHOUSE_TARGET"):
        load_settings({"GDW_WAREHOUSE_TARGET": "oracle"})
    import os

    saved = {k: v for k, v in os.environ.items() if k.startswith("GDW_")}
    try:
        defs = build_definitions(settings)
        keys = defs.resolve_asset_graph().get_all_asset_keys()
        assert dg.AssetKey(["postgres", "warehouse"]) in keys
        assert os.environ["GDW_POSTGRES_HOST"] == "db"  # exported for the dbt subprocess
    finally:
        for key in [k for k in os.environ if k.startswith("GDW_")]:
            os.environ.pop(key)
        os.environ.update(saved)
