"""Publish: write-audit-publish. Runs write the marts into the working database; readers (BI) get
them only from the published copy, replaced after the blocking gates have passed.

The asset depends on every dbt model, so Dagster skips it when a blocking check on any of them
fails with ERROR (structural breakage): the last good published copy stays as it was. Statutory
findings are WARN and do not stop publishing: a report that breaks a rule is still a report.

The copy is built beside the published file and moved over it with os.replace: a reader that has
the old file open keeps reading the old file (its inode lives on until it closes), and a reader
that connects during the swap opens either the old or the new file, never half of one. The new
file is checkpointed before the move, so it needs no write-ahead log; a stale `.wal` beside the
published file (someone opened it read-write) is removed, so it is never replayed onto a new copy.
"""

from __future__ import annotations

import os
import time
import uuid
from pathlib import Path

import dagster as dg
from dagster_duckdb import DuckDBResource

from orchestration.settings import DBT_PROJECT_DIR, DUCKDB_FILE_NAME

from .resources import PublishedWarehouse

PUBLISHED_WAREHOUSE = dg.AssetKey(["publish", "published_warehouse"])


SEEDS = frozenset(p.stem for p in (DBT_PROJECT_DIR / "seeds").glob("*.csv"))  # BI reads models, not seeds


def mart_tables(con) -> list[str]:
    """The tables dbt built in the main schema (the marts); views read staging and stay behind."""
    rows = con.execute(
        "SELECT table_name FROM information_schema.tables "
        "WHERE table_schema = 'main' AND table_type = 'BASE TABLE' ORDER BY table_name"
    ).fetchall()
    return [row[0] for row in rows if row[0] not in SEEDS]


def _quote(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def _literal(path: Path) -> str:
    return "'" + str(path).replace("'", "''") + "'"


def publish_marts(con, published_dir: Path, tables: list[str] | None = None) -> dict[str, int]:
    """Copy `tables` (default: every mart) from the working database `con` is connected to into a
    new DuckDB file and Parquet files, then move them over the published ones. Returns rows per table."""
    tables = mart_tables(con) if tables is None else tables
    published_dir.mkdir(parents=True, exist_ok=True)
    parquet_dir = published_dir / "parquet"
    parquet_dir.mkdir(exist_ok=True)
    token = uuid.uuid4().hex[:12]
    building = published_dir / f".{DUCKDB_FILE_NAME}.{token}.building"
    parquet_building = parquet_dir / f".{token}.building"
    parquet_building.mkdir()
    alias = f"publish_{token}"
    counts: dict[str, int] = {}
    try:
        con.execute(f"ATTACH {_literal(building)} AS {alias}")
        try:
            for table in tables:
                con.execute(f"CREATE TABLE {alias}.main.{_quote(table)} AS SELECT * FROM main.{_quote(table)}")
                counts[table] = con.execute(f"SELECT count(*) FROM {alias}.main.{_quote(table)}").fetchall()[0][0]
                target = parquet_building / f"{table}.parquet"
                con.execute(f"COPY main.{_quote(table)} TO {_literal(target)} (FORMAT parquet)")
            con.execute(f"CHECKPOINT {alias}")
        finally:
            con.execute(f"DETACH {alias}")
        if Path(f"{building}.wal").exists():  # moved without its log the copy would lose data
            raise RuntimeError(f"{building}.wal is still there after CHECKPOINT and DETACH; not publishing")
        stale_wal = published_dir / f"{DUCKDB_FILE_NAME}.wal"
        stale_wal.unlink(missing_ok=True)
        os.replace(building, published_dir / DUCKDB_FILE_NAME)
        for table in tables:
            os.replace(parquet_building / f"{table}.parquet", parquet_dir / f"{table}.parquet")
        for old in parquet_dir.glob("*.parquet"):  # a mart that no longer exists is not served stale
            if old.stem not in counts:
                old.unlink()
    finally:
        for leftover in (building, Path(f"{building}.wal")):
            leftover.unlink(missing_ok=True)
        for leftover in parquet_building.glob("*"):
            leftover.unlink()
        parquet_building.rmdir()
    return counts


def publish(warehouse: DuckDBResource, published: PublishedWarehouse) -> dg.MaterializeResult:
    """The body of publish/published_warehouse."""
    started = time.perf_counter()
    directory = Path(published.directory)
    with warehouse.get_connection() as con:
        counts = publish_marts(con, directory)
    path = directory / DUCKDB_FILE_NAME
    return dg.MaterializeResult(
        metadata={
            "published_database": dg.MetadataValue.path(str(path)),
            "published_parquet": dg.MetadataValue.path(str(directory / "parquet")),
            "tables": dg.MetadataValue.json(counts),
            "bytes": dg.MetadataValue.int(path.stat().st_size),
            "publish_seconds": dg.MetadataValue.float(round(time.perf_counter() - started, 3)),
        }
    )


def build_published_warehouse(upstream: list[dg.AssetKey]) -> dg.AssetsDefinition:
    """publish/published_warehouse, after `upstream` (every dbt model and quality/rule_findings,
    so after every blocking check on the marts)."""

    @dg.asset(
        key=PUBLISHED_WAREHOUSE,
        deps=upstream,
        group_name="publish",
        kinds={"duckdb", "parquet"},
        pool="duckdb_write",
        description="The marts as readers get them: $GDW_WAREHOUSE_DIR/published/gdw.duckdb and "
        "published/parquet/<mart>.parquet, replaced atomically after every blocking check on the marts "
        "passed. Point BI here, never at the working gdw.duckdb a run is writing.",
    )
    def published_warehouse(warehouse: DuckDBResource, published: PublishedWarehouse) -> dg.MaterializeResult:
        return publish(warehouse, published)

    return published_warehouse
