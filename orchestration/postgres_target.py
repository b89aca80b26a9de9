"""The Postgres target: DuckDB's staging tables copied to PostgreSQL in bulk, for dbt to build
the same marts there (dbt target `postgres`, dbt_project/profiles.yml).

DuckDB writes each table as CSV (its own fast writer, NULL unquoted, an empty string quoted) and
psycopg streams that file through COPY FROM STDIN. DuckDB's postgres extension would do this in
one statement, but extensions cannot be downloaded here. Every table is replaced in one
transaction, so a reader of the server sees the previous staging or the new one, never half.
"""

from __future__ import annotations

import re
import tempfile
import time
from pathlib import Path

from orchestration.core.staging_schema import STAGING_SCHEMA

COPY_BLOCK = 1 << 20  # bytes per write to the COPY stream

_SIMPLE_TYPES = {
    "VARCHAR": "text",
    "INTEGER": "integer",
    "BIGINT": "bigint",
    "SMALLINT": "smallint",
    "BOOLEAN": "boolean",
    "TIMESTAMP": "timestamp",
    "DATE": "date",
    "DOUBLE": "double precision",
    "FLOAT": "real",
}


def postgres_type(duckdb_type: str) -> str:
    """The PostgreSQL type that holds a DuckDB column's values exactly."""
    upper = duckdb_type.upper().strip()
    decimal = re.fullmatch(r"DECIMAL\((\d+),\s*(\d+)\)", upper)
    if decimal:
        return f"numeric({decimal.group(1)},{decimal.group(2)})"
    if upper in _SIMPLE_TYPES:
        return _SIMPLE_TYPES[upper]
    raise ValueError(f"no PostgreSQL type for DuckDB type {duckdb_type!r}: add it to postgres_target._SIMPLE_TYPES")


def _quote(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def duckdb_tables(duck, schema: str = STAGING_SCHEMA) -> dict[str, list[tuple[str, str]]]:
    """table -> ordered (column, DuckDB type) of every table in `schema` of the DuckDB file."""
    rows = duck.execute(
        """
        SELECT table_name, column_name, data_type FROM information_schema.columns
        WHERE table_schema = ? AND table_catalog = current_database()
        ORDER BY table_name, ordinal_position
        """,
        [schema],
    ).fetchall()
    tables: dict[str, list[tuple[str, str]]] = {}
    for table, column, data_type in rows:
        tables.setdefault(table, []).append((column, data_type))
    return tables


def _postgres_columns(pg, schema: str, table: str) -> list[tuple[str, str]]:
    rows = pg.execute(
        """
        SELECT a.attname, format_type(a.atttypid, a.atttypmod)
        FROM pg_attribute a JOIN pg_class c ON c.oid = a.attrelid JOIN pg_namespace n ON n.oid = c.relnamespace
        WHERE n.nspname = %s AND c.relname = %s AND a.attnum > 0 AND NOT a.attisdropped
        ORDER BY a.attnum
        """,
        (schema, table),
    ).fetchall()
    return [tuple(row) for row in rows]


def _as_format_type(pg_type: str) -> str:
    """How Postgres' format_type() spells a type we create."""
    return "timestamp without time zone" if pg_type == "timestamp" else pg_type


def copy_staging(duck, pg, schema: str = STAGING_SCHEMA, tables: list[str] | None = None) -> dict[str, int]:
    """Replace the Postgres tables of `schema` with DuckDB's, in one transaction; rows per table.

    A table whose columns are unchanged is truncated and refilled, so the dbt views that read it
    stay; one whose columns changed is dropped (with those views, which dbt rebuilds) and created."""
    source = duckdb_tables(duck, schema)
    names = sorted(source) if tables is None else tables
    counts: dict[str, int] = {}
    with tempfile.TemporaryDirectory(prefix="gdw-pg-") as folder, pg.transaction():
        pg.execute(f"CREATE SCHEMA IF NOT EXISTS {_quote(schema)}")
        for table in names:
            columns = source[table]
            qualified = f"{_quote(schema)}.{_quote(table)}"
            wanted = [(name, postgres_type(duckdb_type)) for name, duckdb_type in columns]
            if _postgres_columns(pg, schema, table) == [(n, _as_format_type(t)) for n, t in wanted]:
                pg.execute(f"TRUNCATE {qualified}")
            else:
                pg.execute(f"DROP TABLE IF EXISTS {qualified} CASCADE")
                ddl = ", ".join(f"{_quote(name)} {pg_type}" for name, pg_type in wanted)
                pg.execute(f"CREATE TABLE {qualified} ({ddl})")
            column_list = ", ".join(_quote(name) for name, _ in columns)
            csv_path = Path(folder) / f"{table}.csv"
            literal = str(csv_path).replace("'", "''")
            duck.execute(f"COPY (SELECT {column_list} FROM {schema}.{_quote(table)}) TO '{literal}' (FORMAT csv, HEADER false)")
            statement = f"COPY {qualified} ({column_list}) FROM STDIN (FORMAT csv)"
            with pg.cursor() as cursor, cursor.copy(statement) as copy, csv_path.open("rb") as handle:
                while block := handle.read(COPY_BLOCK):
                    copy.write(block)
            csv_path.unlink()
            counts[table] = pg.execute(f"SELECT count(*) FROM {qualified}").fetchone()[0]
    return counts


def connect(settings):
    """A psycopg connection to the Postgres target (orchestration.settings.PostgresSettings)."""
    import psycopg

    return psycopg.connect(**settings.connect_kwargs(), connect_timeout=10)


def copy_staging_timed(duck, settings) -> tuple[dict[str, int], float]:
    started = time.perf_counter()
    with connect(settings) as pg:
        counts = copy_staging(duck, pg)
    return counts, time.perf_counter() - started
