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

import json
import os
import re
import shutil
import time
import uuid
from concurrent.futures import ThreadPoolExecutor
from contextlib import closing
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

import dagster as dg
from dagster_duckdb import DuckDBResource

from orchestration.core.warehouse_state import NO_ROWS, NULL_YEAR, table_fingerprints
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


FINGERPRINTS = "fingerprints.json"  # in a publish folder: table -> the fingerprint of what it holds

# A table's fingerprint: one string for a table published whole (<mart>.parquet), or one per report
# year for a table of the year models (parquet/<mart>/<year>.parquet), so that a run that changed
# one year writes that year's rows only.
Fingerprint = str | dict[str, str | None]


def published_fingerprints(folder: Path | None) -> dict[str, Fingerprint]:
    """What each table of a publish folder holds (empty for none, or one from before fingerprints)."""
    path = folder / FINGERPRINTS if folder is not None else None
    if path is None or not path.is_file():
        return {}
    return json.loads(path.read_text(encoding="utf-8"))


def parts_to_write(fingerprints: dict[str, Fingerprint], previous: dict[str, Fingerprint]) -> dict[str, list[str] | None]:
    """table -> what of it to write (pure): None for the whole table, else its year partitions whose
    content is not the one the previous publish holds (a partition with no fingerprint always is).
    A table absent from the answer is the previous publish's, whole. A year table the previous
    publish held whole, or from before partitions, is written whole."""
    answer: dict[str, list[str] | None] = {}
    for table, value in fingerprints.items():
        before = previous.get(table)
        if isinstance(value, str):
            if before != value:
                answer[table] = None
            continue
        if not isinstance(before, dict):
            answer[table] = None
            continue
        changed = sorted(part for part, print_ in value.items() if print_ is None or before.get(part) != print_)
        if changed or set(before) != set(value):
            answer[table] = changed
    return answer


def parquet_path(folder: Path, table: str, part: str | None = None) -> Path:
    """A mart's Parquet file in a publish folder: parquet/<mart>.parquet, or for a table partitioned by
    report year, parquet/<mart>/<year>.parquet."""
    return folder / "parquet" / (f"{table}.parquet" if part is None else f"{table}/{part}.parquet")


def _parquet_files(folder: Path, table: str, value: Fingerprint) -> list[Path]:
    return [parquet_path(folder, table)] if isinstance(value, str) else [parquet_path(folder, table, p) for p in value]


def _part_sql(part: str) -> str:
    """The rows of one year partition (NULL_YEAR: no year; NO_ROWS: a table with no row)."""
    if part == NULL_YEAR:
        return "report_year IS NULL"
    return "false" if part == NO_ROWS else f"report_year = {int(part)}"


@dataclass
class PublishOutcome:
    counts: dict[str, int]  # rows per table
    written: list[str]  # tables copied from the working database, whole or some of their years
    kept: list[str]  # tables taken over from the previous publish, unchanged
    folder: Path  # the publish folder readers now read
    switched: bool  # False: nothing changed, the previous publish stays current
    years_written: dict[str, list[str]] = field(default_factory=dict)  # year table -> the years written, if not whole


def _write_duckdb_table(con, alias: str, table: str, kept_years: list[str], present: bool) -> None:
    """The publish's DuckDB copy of `table`: rebuilt whole, or (a year table whose other years are
    kept) its rows outside the kept years replaced. Kept years have the columns of the rows written
    (they are part of a year's fingerprint)."""
    target, source = f"{alias}.main.{_quote(table)}", f"main.{_quote(table)}"
    if kept_years and present:
        outside = f"report_year IS NULL OR report_year NOT IN ({', '.join(str(int(y)) for y in kept_years)})"
        con.execute(f"DELETE FROM {target} WHERE {outside}")
        con.execute(f"INSERT INTO {target} SELECT * FROM {source} WHERE {outside}")
        return
    if present:
        con.execute(f"DROP TABLE {target}")
    con.execute(f"CREATE TABLE {target} AS SELECT * FROM {source}")


def _write_parquet(con, folder: Path, table: str, value: Fingerprint, parts: list[str] | None) -> None:
    """The publish's Parquet files of `table`: the whole table, or the year partitions `parts` (None: all)."""
    for part in ([None] if isinstance(value, str) else (value if parts is None else parts)):
        target = parquet_path(folder, table, part)
        target.parent.mkdir(exist_ok=True)
        rows = f"main.{_quote(table)}" if part is None else \
            f"(SELECT * FROM main.{_quote(table)} WHERE {_part_sql(part)})"
        con.execute(f"COPY {rows} TO {_literal(target)} (FORMAT parquet)")


def publish_marts(con, published_dir: Path, tables: list[str] | None = None) -> PublishOutcome:
    """Copy `tables` (default: every mart) from the working database `con` is connected to into a
    new publish folder (DuckDB file and Parquet files), then switch `published/current` to it.

    Incremental: what has the fingerprint (orchestration/core/warehouse_state.py) it has in the
    current publish is not written again: the new folder starts from the current one's DuckDB file
    (the changed tables, or the changed years of a year table, replaced in it) and links its
    Parquet files of unchanged tables and years. When nothing changed, nothing is written and
    nothing switched."""
    tables = mart_tables(con) if tables is None else tables
    published_dir.mkdir(parents=True, exist_ok=True)
    remove_leftovers(published_dir)
    fingerprints = table_fingerprints(con, tables)
    previous = current_publish(published_dir)
    before = published_fingerprints(previous)
    to_write = parts_to_write(fingerprints, before)
    # what is taken over from the previous publish: table -> its Parquet files (and rows) kept
    reused = {table: [path for path in _parquet_files(previous, table, value)
                      if table not in to_write or (to_write[table] is not None and path.stem not in to_write[table])]
              for table, value in fingerprints.items()} if previous is not None and before else {}
    reusable = bool(reused) and (previous / DUCKDB_FILE_NAME).is_file() and all(
        path.is_file() for paths in reused.values() for path in paths)
    if not reusable:
        to_write, reused = dict.fromkeys(tables), {}
    if previous is not None and reusable and not to_write and set(before) == set(tables):
        counts = _published_counts(previous, {table: fingerprints[table] for table in tables})
        return PublishOutcome(counts, [], sorted(tables), previous, switched=False)
    token = new_token()
    building = published_dir / f".{token}{BUILDING}"
    (building / "parquet").mkdir(parents=True)
    alias = f"publish_{token.replace('-', '_')}"
    try:
        if reusable:
            shutil.copyfile(previous / DUCKDB_FILE_NAME, building / DUCKDB_FILE_NAME)
            for table, paths in reused.items():
                for path in paths:
                    link = building / path.relative_to(previous)
                    link.parent.mkdir(exist_ok=True)
                    os.link(path, link)
        con.execute(f"ATTACH {_literal(building / DUCKDB_FILE_NAME)} AS {alias}")
        try:
            present = {row[0] for row in con.execute(
                f"SELECT table_name FROM information_schema.tables WHERE table_catalog = '{alias}' "
                "AND table_schema = 'main'").fetchall()}
            for stale in sorted(present - set(tables)):
                con.execute(f"DROP TABLE {alias}.main.{_quote(stale)}")
            # Each table's Parquet files are written by a second connection while this one writes its
            # DuckDB copy: both read the same committed rows, and neither waits on the other's
            # single-threaded stretches (the copy's checkpoint, the Parquet footer), so the cores stay busy.
            with closing(con.cursor()) as beside, ThreadPoolExecutor(1, thread_name_prefix="publish-parquet") as pool:
                writing = []
                for table, parts in sorted(to_write.items()):
                    writing.append(pool.submit(_write_parquet, beside, building, table, fingerprints[table], parts))
                    kept_years = [path.stem for path in reused.get(table, [])] if parts is not None else []
                    _write_duckdb_table(con, alias, table, kept_years, present=table in present)
                for future in writing:
                    future.result()  # a failed Parquet file fails the publish
            counts = {table: con.execute(f"SELECT count(*) FROM {alias}.main.{_quote(table)}").fetchall()[0][0]
                      for table in tables}
            con.execute(f"CHECKPOINT {alias}")
        finally:
            con.execute(f"DETACH {alias}")
        (building / FINGERPRINTS).write_text(json.dumps(fingerprints, indent=1, sort_keys=True), encoding="utf-8")
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
    years_written = {table: parts for table, parts in sorted(to_write.items()) if parts is not None}
    return PublishOutcome(counts, sorted(to_write), sorted(set(tables) - set(to_write)), published_dir / token,
                          switched=True, years_written=years_written)


def _published_counts(folder: Path, fingerprints: dict[str, Fingerprint]) -> dict[str, int]:
    """Rows per table of a publish folder, from its Parquet files' footers (nothing is scanned)."""
    import duckdb

    with duckdb.connect() as reader:
        return {table: int(reader.execute(
            "SELECT coalesce(sum(num_rows), 0) FROM parquet_file_metadata(?)",
            [[str(path) for path in _parquet_files(folder, table, value)]]).fetchall()[0][0])
            for table, value in fingerprints.items()}


def publish(warehouse: DuckDBResource, published: PublishedWarehouse) -> dg.MaterializeResult:
    """The body of publish/published_warehouse."""
    started = time.perf_counter()
    directory = Path(published.directory)
    with warehouse.get_connection() as con:
        outcome = publish_marts(con, directory)
    path = directory / DUCKDB_FILE_NAME
    return dg.MaterializeResult(
        metadata={
            "published_database": dg.MetadataValue.path(str(path)),
            "publish_folder": dg.MetadataValue.path(str(outcome.folder)),
            "published_parquet": dg.MetadataValue.path(str(directory / "parquet")),
            "switched_to_new_publish": dg.MetadataValue.bool(outcome.switched),
            "tables_written": dg.MetadataValue.json(outcome.written),
            "tables_unchanged_kept": dg.MetadataValue.json(outcome.kept),
            "years_written": dg.MetadataValue.json(outcome.years_written),
            "tables": dg.MetadataValue.json(outcome.counts),
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
