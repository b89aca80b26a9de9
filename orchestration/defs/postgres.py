"""The Postgres target: after the DuckDB build and its checks, the same dbt project builds the
same marts on a PostgreSQL server (GDW_WAREHOUSE_TARGET=postgres), from staging copied there in bulk.

DuckDB stays the pipeline's working warehouse (parse cache, staging, the GX gates); Postgres is
the copy a team's BI tools share. The asset is downstream of every mart, so a blocking check
that fails on a mart stops it: the server never gets data the gates refused.
"""

import json
import time

import dagster as dg
import pandas as pd
from dagster_duckdb import DuckDBResource

from orchestration.postgres_target import connect, copy_staging
from orchestration.settings import DBT_PROJECT_DIR

from .metadata import markdown_table
from .resources import DBT_EXECUTABLE, DBT_MANIFEST_PATH, DbtCli, PostgresWarehouse
from .warehouse import STAGING_SELECTION_TAG, WarehouseTranslator

POSTGRES_MARTS = dg.AssetKey(["postgres", "warehouse"])


def postgres_build_args() -> list[str]:
    """dbt on the postgres target (the resource adds --target): seeds, models and every test, as on
    DuckDB, but the staging selection: the server gets those tables copied (they read the parse
    cache, which only DuckDB holds)."""
    return ["build", "--exclude", f"tag:{STAGING_SELECTION_TAG}"]


def mart_keys() -> list[dg.AssetKey]:
    """The dbt models and seeds whose tables the server gets (the postgres build's upstream)."""
    manifest = json.loads(DBT_MANIFEST_PATH.read_text())
    translator = WarehouseTranslator()
    return [
        translator.get_asset_key(node)
        for node in manifest["nodes"].values()
        if node["resource_type"] in ("model", "seed") and node["config"].get("materialized") != "ephemeral"
    ]


@dg.asset(
    key=POSTGRES_MARTS,
    deps=mart_keys(),
    group_name="warehouse",
    kinds={"postgres", "dbt"},
    pool="duckdb_write",
    description="The marts built on PostgreSQL by the same dbt project (target postgres): staging "
    "copied from DuckDB with COPY in one transaction, then `dbt build --target postgres` (models, "
    "seeds and tests). For BI tools that need a server a whole team can reach.",
)
def postgres_warehouse(
    context: dg.AssetExecutionContext, warehouse: DuckDBResource, postgres: PostgresWarehouse
) -> dg.MaterializeResult:
    server = postgres.settings()
    started = time.perf_counter()
    with warehouse.get_connection() as duck, connect(server) as pg:
        copied = copy_staging(duck, pg)
    copy_seconds = time.perf_counter() - started
    context.log.info(f"copied {sum(copied.values())} staging rows to {server.host}:{server.port}/{server.dbname} in {copy_seconds:.1f} s")

    # The server's connection comes from GDW_POSTGRES_* (profiles.yml), which Settings.export() set.
    dbt = DbtCli(project_dir=str(DBT_PROJECT_DIR), profiles_dir=str(DBT_PROJECT_DIR), target="postgres",
                 dbt_executable=DBT_EXECUTABLE)
    invocation = dbt.cli(postgres_build_args(), manifest=DBT_MANIFEST_PATH, raise_on_error=False).wait()
    results = invocation.get_artifact("run_results.json")["results"]
    statuses: dict[str, int] = {}
    for result in results:
        statuses[result["status"]] = statuses.get(result["status"], 0) + 1
    if not invocation.is_successful():
        failed = [r["unique_id"] for r in results if r["status"] in ("error", "fail")]
        raise dg.Failure(
            description=f"dbt build on the postgres target failed: {', '.join(failed[:10]) or 'see the log'}",
            metadata={"dbt_results": dg.MetadataValue.json(statuses)},
        )
    with connect(server) as pg:
        tables = pg.execute(
            "SELECT table_name FROM information_schema.tables WHERE table_schema = %s AND table_type = 'BASE TABLE' ORDER BY 1",
            (server.schema,),
        ).fetchall()
        counts = {name: pg.execute(f'SELECT count(*) FROM "{server.schema}"."{name}"').fetchone()[0] for (name,) in tables}
    overview = pd.DataFrame(sorted(counts.items()), columns=["table", "rows"])
    return dg.MaterializeResult(
        metadata={
            "dagster/row_count": dg.MetadataValue.int(int(sum(counts.values()))),
            "server": f"postgresql://{server.user}@{server.host}:{server.port}/{server.dbname} (schema {server.schema})",
            "staging_rows_copied": dg.MetadataValue.int(int(sum(copied.values()))),
            "copy_seconds": dg.MetadataValue.float(round(copy_seconds, 2)),
            "dbt_build_seconds": dg.MetadataValue.float(round(time.perf_counter() - started - copy_seconds, 2)),
            "dbt_results": dg.MetadataValue.json(statuses),
            "tables": dg.MetadataValue.md(markdown_table(overview, limit=50)),
        }
    )
