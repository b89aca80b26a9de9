"""Publish: write-audit-publish. Runs write the marts into the working database; readers (BI) get
them only from the published copy, replaced after the blocking gates have passed.

The asset depends on every dbt model, so Dagster skips it when a blocking check on any of them
fails with ERROR (structural breakage): the last good published copy stays as it was. Statutory
findings are WARN and do not stop publishing: a report that breaks a rule is still a report.

One publish is one switch. Each publish is a folder of its own, `published/<token>/` with
`gdw.duckdb` and `parquet/<mart>.parquet`, built as `published/.<token>.building/` and renamed when
whole. Then one pointer, the symlink `published/current -> <token>`, is replaced with `os.replace`
(atomic): a reader sees the DuckDB file and the Parquet files of one run, the old one's or the new
one's. The readers' paths never change: `published/gdw.duckdb -> current/gdw.duckdb` and
`published/parquet -> current/parquet` are fixed links. A reader that reads several files resolves
`published/current` once (os.path.realpath) and reads under that folder.

The current publish and the one before it are kept (a reader that resolved `current` just before
the switch reads the previous one; on Linux a file a reader has open stays readable even when it is
deleted); older ones are removed. A publish that was killed leaves a `.<token>.building/` folder
(or, from before this layout, `.gdw.duckdb.<token>.building[.wal]` and `parquet/.<token>.building/`);
the next publish removes them first.
"""

from __future__ import annotations

import os
import re
import shutil
import time
import uuid
from datetime import UTC, datetime
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


CURRENT = "current"  # the pointer readers follow
KEEP_PUBLISHES = 2  # the current one and the one before it
BUILDING = ".building"


TOKEN_RE = re.compile(r"^\d{8}T\d{12}Z-[0-9a-f]{6}$")


def new_token() -> str:
    """A publish folder's name: sortable by time, unique."""
    return datetime.now(UTC).strftime("%Y%m%dT%H%M%S%fZ") + "-" + uuid.uuid4().hex[:6]


def current_publish(published_dir: Path) -> Path | None:
    """The folder `published/current` points at (None before the first publish)."""
    pointer = published_dir / CURRENT
    return pointer.resolve() if pointer.is_symlink() and pointer.resolve().is_dir() else None


def remove_leftovers(published_dir: Path) -> list[str]:
    """Remove what a killed publish left: building folders and files, temporary pointers."""
    removed = []
    if not published_dir.is_dir():
        return removed
    legacy_parquet = published_dir / "parquet"
    # and a log a read-write opener left beside the readers' path: never replayed onto another publish
    candidates = list(published_dir.glob(".*")) + list(published_dir.glob(f"{DUCKDB_FILE_NAME}.wal"))
    if legacy_parquet.is_dir() and not legacy_parquet.is_symlink():
        candidates += list(legacy_parquet.glob(".*"))
    for path in candidates:
        if path.is_symlink() or path.is_file():
            path.unlink()
        elif path.is_dir():
            shutil.rmtree(path)
        removed.append(path.name)
    return removed


def _point(link: Path, target: str) -> None:
    """Make `link` a symlink to `target`, atomically (a temporary link moved over it)."""
    temporary = link.parent / f".{link.name}.{uuid.uuid4().hex[:8]}.link"
    os.symlink(target, temporary)
    if link.is_dir() and not link.is_symlink():  # a folder of the layout before publish folders
        legacy = link.parent / f".{link.name}.legacy{BUILDING}"
        os.replace(link, legacy)
        os.replace(temporary, link)
        shutil.rmtree(legacy)
        return
    os.replace(temporary, link)


def _prune(published_dir: Path, keep: int) -> list[str]:
    current = current_publish(published_dir)
    publishes = sorted(p for p in published_dir.iterdir() if TOKEN_RE.match(p.name) and not p.is_symlink())
    removed = []
    for old in publishes[:-keep] if keep else publishes:
        if old != current:
            shutil.rmtree(old)
            removed.append(old.name)
    return removed


def publish_marts(con, published_dir: Path, tables: list[str] | None = None) -> dict[str, int]:
    """Copy `tables` (default: every mart) from the working database `con` is connected to into a
    new publish folder (DuckDB file and Parquet files), then switch `published/current` to it.
    Returns rows per table."""
    tables = mart_tables(con) if tables is None else tables
    published_dir.mkdir(parents=True, exist_ok=True)
    remove_leftovers(published_dir)
    token = new_token()
    building = published_dir / f".{token}{BUILDING}"
    (building / "parquet").mkdir(parents=True)
    alias = f"publish_{token.replace('-', '_')}"
    counts: dict[str, int] = {}
    try:
        con.execute(f"ATTACH {_literal(building / DUCKDB_FILE_NAME)} AS {alias}")
        try:
            for table in tables:
                con.execute(f"CREATE TABLE {alias}.main.{_quote(table)} AS SELECT * FROM main.{_quote(table)}")
                counts[table] = con.execute(f"SELECT count(*) FROM {alias}.main.{_quote(table)}").fetchall()[0][0]
                target = building / "parquet" / f"{table}.parquet"
                con.execute(f"COPY main.{_quote(table)} TO {_literal(target)} (FORMAT parquet)")
            con.execute(f"CHECKPOINT {alias}")
        finally:
            con.execute(f"DETACH {alias}")
        if (building / f"{DUCKDB_FILE_NAME}.wal").exists():  # moved without its log the copy would lose data
            raise RuntimeError(f"{building}/{DUCKDB_FILE_NAME}.wal is still there after CHECKPOINT and DETACH")
        os.replace(building, published_dir / token)
    except BaseException:
        shutil.rmtree(building, ignore_errors=True)
        raise
    _point(published_dir / CURRENT, token)  # the switch
    # the readers' fixed paths (made once; they follow `current`)
    for name in (DUCKDB_FILE_NAME, "parquet"):
        link, target = published_dir / name, f"{CURRENT}/{name}"
        if not (link.is_symlink() and os.readlink(link) == target):
            _point(link, target)
    _prune(published_dir, KEEP_PUBLISHES)
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
            "publish_folder": dg.MetadataValue.path(str(current_publish(directory))),
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
        "published/parquet/<mart>.parquet, both switched at once (published/current) after every blocking "
        "check on the marts passed. Point BI here, never at the working gdw.duckdb a run is writing.",
    )
    def published_warehouse(warehouse: DuckDBResource, published: PublishedWarehouse) -> dg.MaterializeResult:
        return publish(warehouse, published)

    return published_warehouse
