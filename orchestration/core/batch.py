"""Parse many files on every core: the hot loop of a national season (~150,000 reports).

Each worker parses a file, evaluates its rules and flattens it into staging rows, so only plain
tuples travel back to the parent, which just appends and bulk-loads them.
"""

from __future__ import annotations

import os
from collections.abc import Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor
from datetime import datetime
from functools import partial

from ..parsing.parse import parse_file
from .staging_rows import add_report, empty_tables


def parse_to_rows(path: str, parsed_at: datetime) -> tuple[str, dict[str, list[tuple]]]:
    """(status, staging rows) of one file."""
    report = parse_file(path)
    tables = empty_tables()
    add_report(tables, report, parsed_at)
    return report.status, {table: rows for table, rows in tables.items() if rows}


def parse_paths_to_rows(
    paths: Sequence[str], parsed_at: datetime, workers: int | None = None, chunksize: int = 32
) -> Iterator[tuple[str, dict[str, list[tuple]]]]:
    """Results in the order of `paths`. One process for small batches: a pool costs more to
    start than a few files cost to parse."""
    workers = workers or os.cpu_count() or 1
    work = partial(parse_to_rows, parsed_at=parsed_at)
    if workers == 1 or len(paths) < 2 * chunksize:
        yield from map(work, paths)
        return
    with ProcessPoolExecutor(max_workers=workers) as pool:
        yield from pool.map(work, paths, chunksize=chunksize)
