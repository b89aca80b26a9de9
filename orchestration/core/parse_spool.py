"""Parsing in shards: which shard a file is in, and the files a shard's rows travel in.

A season's new files are split by their content hash into `count` shards (contiguous ranges of
the sha256, so a file is always in the same shard of the same count). Each shard is parsed on its
own, possibly on another machine, and writes its staging rows as one Parquet file per staging
table into a folder of the spool; only the step that loads the spool writes the DuckDB file (it
takes one writer). A shard's folder is written under a `.partial` name and renamed when the shard
is complete, so a shard killed half-way leaves nothing that is ever loaded: its files are still
missing from the parse cache, and the next run parses them again.
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterable, Sequence
from pathlib import Path

from .staging_schema import FACT_TABLES, STAGING_TABLES, arrow_schema, column_names, rows_to_arrow

PARTIAL_SUFFIX = ".partial"


def shard_of(sha256: str, count: int) -> int:
    """The shard (0..count-1) of a file: the range of the hash's first 32 bits it falls in."""
    return (int(sha256[:8], 16) * count) >> 32


def split_into_shards(files: Iterable[tuple[str, str]], count: int) -> list[list[str]]:
    """(sha256, path) pairs as `count` lists of paths, each in the order given."""
    shards: list[list[str]] = [[] for _ in range(count)]
    for sha256, path in files:
        shards[shard_of(sha256, count)].append(path)
    return shards


def shard_name(index: int, count: int) -> str:
    return f"shard-{index:03d}-of-{count:03d}"


class ShardWriter:
    """Appends staging rows to one Parquet file per staging table in `folder` (`.partial` until
    `close`): a batch at a time, so a shard of any size is never held in memory."""

    def __init__(self, folder: Path):
        import pyarrow.parquet as pq

        self.folder = Path(folder)
        self.partial = self.folder.with_name(self.folder.name + PARTIAL_SUFFIX)
        shutil.rmtree(self.partial, ignore_errors=True)  # what an earlier, killed attempt left
        self.partial.mkdir(parents=True)
        self.writers = {table: pq.ParquetWriter(self.partial / f"{table}.parquet", arrow_schema(table))
                        for table in STAGING_TABLES}

    def write(self, tables: dict[str, list[tuple]], collected: Sequence[dict] = ()) -> None:
        """Rows as Python tuples, and Arrow tables by staging table (collected_tables), one row group
        per table and call."""
        import pyarrow as pa

        for table in STAGING_TABLES:
            parts = [batch[table] for batch in collected if table in batch]
            if tables.get(table):
                parts.append(rows_to_arrow(table, tables[table]))
            if parts:
                self.writers[table].write_table(pa.concat_tables(parts))

    def close(self) -> Path:
        """Finish every file, then make the folder complete in one rename."""
        for writer in self.writers.values():
            writer.close()
        shutil.rmtree(self.folder, ignore_errors=True)  # a retried shard replaces its earlier result
        os.replace(self.partial, self.folder)
        return self.folder

    def abandon(self) -> None:
        for writer in self.writers.values():
            writer.close()
        shutil.rmtree(self.partial, ignore_errors=True)


def load_shards(con, schema: str, folders: Sequence[Path]) -> dict[str, int]:
    """Insert the rows of complete shard folders into the cache tables of `schema`, in one
    transaction; rows per table inserted.

    Only reports not cached already are inserted (a shard loaded twice, or a file parsed by two
    runs at once, is cached once). Run in the one step that writes the DuckDB file."""
    folders = [Path(folder) for folder in folders]
    if not folders:
        return {}
    con.execute("BEGIN TRANSACTION")
    try:
        inserted = _insert_new(con, schema, folders)
    except Exception:
        con.execute("ROLLBACK")
        raise
    con.execute("COMMIT")
    return inserted


def _files(folders: Sequence[Path], table: str) -> str:
    return "[" + ", ".join("'" + str(folder / f"{table}.parquet").replace("'", "''") + "'" for folder in folders) + "]"


def _insert_new(con, schema: str, folders: Sequence[Path]) -> dict[str, int]:
    con.execute(f"""
        CREATE OR REPLACE TEMP TABLE new_reports AS
        SELECT report_id FROM read_parquet({_files(folders, 'reports')})
        WHERE sha256 NOT IN (SELECT sha256 FROM {schema}.reports)
    """)
    inserted = {}
    for table in STAGING_TABLES:
        columns = ", ".join(f'"{name}"' for name in column_names(table))
        source = f"read_parquet({_files(folders, table)})"
        if table in FACT_TABLES or table == "reports":
            where = "report_id IN (SELECT report_id FROM new_reports)"
        else:  # quarantine: by hash and file (a file that could not be read has no hash)
            where = (f"sha256 NOT IN (SELECT sha256 FROM {schema}.reports) AND NOT EXISTS (SELECT 1 FROM "
                     f"{schema}.quarantine q WHERE q.sha256 = s.sha256 AND q.source_file = s.source_file)")
        inserted[table] = con.execute(
            f"INSERT INTO {schema}.{table} ({columns}) SELECT {columns} FROM {source} s WHERE {where}"
        ).fetchall()[0][0]
    con.execute("DROP TABLE new_reports")
    return inserted


# A parse process sends its staging rows in batches of this many files (or as soon as it holds this
# many rows): a batch's rows are a few MiB in the process, its Arrow a few hundred KiB on the pipe.
COLLECT_FILES, COLLECT_ROWS = 128, 32768


class StagingCollector:
    """In a parse process (pool.Collector): keeps the staging rows of the files it parses and sends
    them to the parent as Arrow IPC streams, one per staging table, a batch of files at a time. The
    conversion from Python values runs in the parse processes, beside the parse; the parent only
    writes what it receives (it never unpickles, holds or converts a row).

    `escape`: the file names of the shard need escaping (text_safe_rows), as the parent did before."""

    def __init__(self, escape: bool = False):
        # Arrow's system allocator: mimalloc reserves address space by the GiB, and the parse
        # process's address space is capped (pool.Limits).
        os.environ.setdefault("ARROW_DEFAULT_MEMORY_POOL", "system")
        self.escape = escape
        self.tables: dict[str, list[tuple]] = {table: [(None,) * len(columns)] for table, columns in STAGING_TABLES.items()}
        self.files = self.rows = 0
        self.take()  # Arrow loaded and its first use made here, before the process's address space is capped

    def add(self, value) -> tuple[object, bool]:
        """(status, rows) of parse_to_rows: the status is answered at once, the rows held. Anything
        else (NEEDS_OCR) is answered as it is."""
        if not isinstance(value, tuple):
            return value, False
        status, rows = value
        if self.escape:
            from .landing import text_safe_rows

            rows = text_safe_rows(rows)
        for table, table_rows in rows.items():
            self.tables[table].extend(table_rows)
            self.rows += len(table_rows)
        self.files += 1
        return (status, {}), True

    def held(self) -> int:
        return self.files

    def full(self) -> bool:
        return self.files >= COLLECT_FILES or self.rows >= COLLECT_ROWS

    def take(self) -> dict[str, bytes]:
        """The rows held, as an Arrow IPC stream per table that has rows."""
        import pyarrow as pa

        streams = {}
        for table, rows in self.tables.items():
            if rows:
                converted = rows_to_arrow(table, rows)
                sink = pa.BufferOutputStream()
                with pa.ipc.new_stream(sink, converted.schema) as stream:
                    stream.write_table(converted)
                streams[table] = sink.getvalue().to_pybytes()
                rows.clear()
        self.files = self.rows = 0
        return streams


def collected_tables(streams: dict[str, object]):
    """A StagingCollector's batch as Arrow tables (no copy)."""
    import pyarrow as pa

    return {table: pa.ipc.open_stream(stream).read_all() for table, stream in streams.items()}
