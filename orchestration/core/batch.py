"""Parse many files on every core: the hot loop of a national season (~150,000 reports)."""

from __future__ import annotations

import os
from collections.abc import Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor

from .parser import ParsedReport, parse_file


def parse_paths(paths: Sequence[str], workers: int | None = None, chunksize: int = 64) -> Iterator[ParsedReport]:
    """Parsed reports in the order of `paths`. One process for small batches: a pool costs more
    to start than a few files cost to parse."""
    workers = workers or os.cpu_count() or 1
    if workers == 1 or len(paths) < 2 * chunksize:
        yield from map(parse_file, paths)
        return
    with ProcessPoolExecutor(max_workers=workers) as pool:
        yield from pool.map(parse_file, paths, chunksize=chunksize)
