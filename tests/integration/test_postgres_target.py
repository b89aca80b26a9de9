"""The same dbt project builds the same marts on a real PostgreSQL server: staging copied from the
DuckDB warehouses the integration fixtures built (the seeds and the samples), `dbt build --target
postgres` run by the Dagster asset, and every table compared with DuckDB's, row for row."""

from __future__ import annotations

import dataclasses
import os
from decimal import Decimal

import dagster as dg
import duckdb
import psycopg
import pytest
from dagster_duckdb import DuckDBResource

from orchestration.defs.postgres import postgres_warehouse
from orchestration.defs.resources import PostgresWarehouse
from orchestration.postgres_target import copy_staging, postgres_type
from tests.bi_questions import readme_questions

# on the pytest-xdist worker of its session fixtures (tests/conftest.py: shared_fixture_groups)
pytestmark = pytest.mark.integration


def build_on_postgres(built, server, dbname: str):
    """A database for this warehouse, filled and built by the postgres_warehouse asset."""
    with psycopg.connect(**server.connect_kwargs(), autocommit=True) as admin:
        admin.execute(f'CREATE DATABASE "{dbname}"')
    target = dataclasses.replace(server, dbname=dbname)
    saved = {k: v for k, v in os.environ.items() if k.startswith("GDW_")}
    os.environ.update(target.environ())  # what Settings.export() does for dbt
    try:
        result = dg.materialize(
            [postgres_warehouse],
            resources={
                "warehouse": DuckDBResource(database=str(built.settings.duckdb_path)),
                "postgres": PostgresWarehouse(host=target.host, port=target.port, user=target.user,
                                              dbname=target.dbname, db_schema=target.schema),
            },
            instance=dg.DagsterInstance.ephemeral(),
        )
    finally:
        for key in [k for k in os.environ if k.startswith("GDW_")]:
            os.environ.pop(key)
        os.environ.update(saved)
    assert result.success
    return target, result


def _numbers(row: tuple) -> tuple:
    return tuple(round(float(v), 9) if isinstance(v, (int, float, Decimal)) and not isinstance(v, bool) else v
                 for v in row)


def _sort_key(row):
    return tuple((value is None, str(value)) for value in row)


def table_rows(cursor, sql: str) -> tuple[list[str], list[tuple]]:
    cursor.execute(sql)
    columns = [d[0] for d in cursor.description]
    return columns, sorted(cursor.fetchall(), key=_sort_key)


def compare_warehouses(duckdb_path, target) -> dict[str, int]:
    """Every table dbt built in DuckDB's main schema equals the Postgres one: columns, rows, values."""
    duck = duckdb.connect(str(duckdb_path), read_only=True)
    try:
        with psycopg.connect(**target.connect_kwargs()) as pg:
            duck_tables = [r[0] for r in duck.execute(
                "SELECT table_name FROM information_schema.tables WHERE table_schema = 'main' "
                "AND table_type = 'BASE TABLE' ORDER BY 1").fetchall()]
            pg_tables = [r[0] for r in pg.execute(
                "SELECT table_name FROM information_schema.tables WHERE table_schema = %s "
                "AND table_type = 'BASE TABLE' ORDER BY 1", (target.schema,)).fetchall()]
            assert duck_tables == pg_tables
            counts = {}
            for table in duck_tables:
                duck_columns, duck_rows = table_rows(duck.cursor(), f'SELECT * FROM main."{table}"')
                pg_columns, pg_rows = table_rows(pg.cursor(), f'SELECT * FROM "{target.schema}"."{table}"')
                assert pg_columns == duck_columns, table
                assert len(pg_rows) == len(duck_rows), table
                differing = [(d, p) for d, p in zip(duck_rows, pg_rows) if d != p]
                assert not differing, f"{table}: first difference DuckDB {differing[0][0]} vs Postgres {differing[0][1]}"
                counts[table] = len(duck_rows)
            return counts
    finally:
        duck.close()


@pytest.mark.parametrize("fixture", ["seeds_warehouse", "samples_warehouse"])
def test_marts_on_postgres_equal_duckdbs(fixture, request, postgres_server):
    built = request.getfixturevalue(fixture)
    assert built.result.success
    target, result = build_on_postgres(built, postgres_server, fixture)
    counts = compare_warehouses(built.settings.duckdb_path, target)
    marts = {t for t in counts if t.startswith(("dim_", "fct_", "mart_"))}
    assert {"dim_agency", "fct_applications", "mart_applications_by_agency_year", "mart_report_quality"} <= marts
    assert counts["dim_report"] > 0 and counts["fct_applications"] > 0
    metadata = result.asset_materializations_for_node("postgres__warehouse")[0].metadata
    assert metadata["dbt_results"].data.get("fail", 0) == 0 and metadata["dbt_results"].data.get("error", 0) == 0
    assert metadata["staging_rows_copied"].value > 0
    # The README's example questions give the same answers on both (an ad-hoc sum is HUGEINT in
    # DuckDB and numeric in Postgres: the numbers are compared, not their Python types).
    with psycopg.connect(**target.connect_kwargs()) as pg:
        for question, sql in readme_questions():
            duck_answer = sorted(map(_numbers, built.query(sql)), key=_sort_key)
            pg_answer = sorted(map(_numbers, pg.execute(sql).fetchall()), key=_sort_key)
            assert pg_answer == duck_answer, question


def test_copy_is_atomic_and_repeatable(seeds_warehouse, postgres_server):
    """Copying twice leaves the same rows (tables refilled, not appended)."""
    with psycopg.connect(**postgres_server.connect_kwargs(), autocommit=True) as admin:
        admin.execute('CREATE DATABASE "copy_twice"')
    target = dataclasses.replace(postgres_server, dbname="copy_twice")
    duck = duckdb.connect(str(seeds_warehouse.settings.duckdb_path), read_only=True)
    try:
        with psycopg.connect(**target.connect_kwargs()) as pg:
            first = copy_staging(duck, pg)
            second = copy_staging(duck, pg)
            assert first == second and first["reports"] == 5
            assert pg.execute("SELECT count(*) FROM staging.reports").fetchone()[0] == 5
    finally:
        duck.close()


def test_postgres_types():
    assert postgres_type("DECIMAL(18,4)") == "numeric(18,4)"
    assert postgres_type("VARCHAR") == "text" and postgres_type("TIMESTAMP") == "timestamp"
    with pytest.raises(ValueError, match="no PostgreSQL type"):
        postgres_type("STRUCT(a INTEGER)")
