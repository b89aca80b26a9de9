"""Staging: each distinct agency name of staging.reports placed in China's divisions.

The placement itself is orchestration/core/regions.py (plain functions); this asset only reads the
names, places the ones it has not placed before with the current region library, and writes
`staging.agencies`, which dbt reads (stg_agencies) and dim_agency joins on the agency name.
"""

import dagster as dg
import pyarrow as pa
from dagster_duckdb import DuckDBResource

from orchestration.core.regions import PLACEMENT_COLUMNS, place_agencies, region_library_version
from orchestration.core.staging_schema import STAGING_SCHEMA

from .metadata import markdown_table, table_metadata
from .resources import LandingFolder
from .staging import staging_key

AGENCIES = staging_key("agencies")
AGENCY_COLUMNS = [*PLACEMENT_COLUMNS, "region_library"]


def create_agencies_sql() -> str:
    columns = ", ".join(f'"{name}" VARCHAR' for name in AGENCY_COLUMNS)
    return f"CREATE TABLE IF NOT EXISTS {STAGING_SCHEMA}.agencies ({columns})"


def place_new_agencies(con, library: str, helpers: int = 0) -> int:
    """Place the names not yet placed by `library` (with `helpers` processes when they are many);
    drop names no report carries any more.

    One transaction, so a failed run leaves the previous placements as they were."""
    con.execute(f"CREATE SCHEMA IF NOT EXISTS {STAGING_SCHEMA}")
    con.execute(create_agencies_sql())
    names = [row[0] for row in con.execute(
        f"""
        SELECT DISTINCT agency_name FROM {STAGING_SCHEMA}.reports WHERE agency_name IS NOT NULL
        EXCEPT SELECT agency_name FROM {STAGING_SCHEMA}.agencies WHERE region_library = ?
        ORDER BY 1
        """,
        [library],
    ).fetchall()]
    rows = [(*p.as_row(), library) for p in place_agencies(names, helpers)]
    # every column is text (create_agencies_sql)
    placed = pa.table({name: pa.array([row[i] for row in rows], pa.string()) for i, name in enumerate(AGENCY_COLUMNS)})
    con.execute("BEGIN TRANSACTION")
    try:
        con.execute(
            f"""DELETE FROM {STAGING_SCHEMA}.agencies WHERE region_library <> ?
                OR agency_name NOT IN (SELECT agency_name FROM {STAGING_SCHEMA}.reports WHERE agency_name IS NOT NULL)""",
            [library],
        )
        if rows:
            con.register("placed", placed)
            con.execute(f"INSERT INTO {STAGING_SCHEMA}.agencies SELECT * FROM placed")
            con.unregister("placed")
    except Exception:
        con.execute("ROLLBACK")
        raise
    con.execute("COMMIT")
    return len(rows)


@dg.asset(
    key=AGENCIES,
    deps=[staging_key("reports")],
    group_name="staging",
    kinds={"python", "duckdb"},
    pool="duckdb_write",
    description="Each distinct agency name placed in its province, prefecture, county (and township) "
    "with the GB/T 2260 adcode, the level of its government and the kind of body (people's "
    "government or department, with the department's function). Names the region library cannot "
    "place are kept with adcode null and the reason.",
)
def agencies(context: dg.AssetExecutionContext, warehouse: DuckDBResource, landing: LandingFolder) -> dg.MaterializeResult:
    library = region_library_version()
    with warehouse.get_connection() as con:
        # the step's own process, and the parse processes' count less one beside it
        placed_now = place_new_agencies(con, library, landing.parse_workers - 1)
        by_status = con.execute(
            f"SELECT placement_status, count(*) AS agencies FROM {STAGING_SCHEMA}.agencies GROUP BY 1 ORDER BY 1"
        ).df()
        unplaced = con.execute(
            f"""SELECT agency_name, placement_status, placement_reason FROM {STAGING_SCHEMA}.agencies
                WHERE adcode IS NULL ORDER BY agency_name LIMIT 20"""
        ).df()
        preview = con.execute(f"SELECT * FROM {STAGING_SCHEMA}.agencies ORDER BY agency_name LIMIT 10").df()
    total = int(by_status["agencies"].sum()) if len(by_status) else 0
    context.log.info(f"{placed_now} agency names placed now with {library}; {total} in staging.agencies")
    return dg.MaterializeResult(
        metadata=table_metadata(
            preview,
            row_count=total,
            table=f"{STAGING_SCHEMA}.agencies",
            region_library=library,
            placed_now=dg.MetadataValue.int(placed_now),
            agencies_by_status=dg.MetadataValue.md(markdown_table(by_status)),
            without_adcode=dg.MetadataValue.md(markdown_table(unplaced, limit=20)),
        )
    )
