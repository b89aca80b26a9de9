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
from ..parsing.record import QUARANTINED
from .staging_rows import add_report, empty_tables

# The quarantine reasons of a scan or an image read with OCR off (parsing/formats.py).
OCR_REASON_CODES = ("image_only", "image_only_pdf")
_NEEDS_OCR = "needs_ocr"


def parse_to_rows(path: str, parsed_at: datetime, ocr: bool = True, defer_ocr: bool = False) -> tuple[str, dict[str, list[tuple]]]:
    """(status, staging rows) of one file; with `defer_ocr`, a scan or image comes back as
    (`needs_ocr`, no rows) instead of being read."""
    report = parse_file(path, ocr=ocr and not defer_ocr)
    if ocr and defer_ocr and report.status == QUARANTINED and report.warnings[-1].code in OCR_REASON_CODES:
        return _NEEDS_OCR, {}
    tables = empty_tables()
    add_report(tables, report, parsed_at)
    return report.status, {table: rows for table, rows in tables.items() if rows}


def parse_paths_to_rows(
    paths: Sequence[str], parsed_at: datetime, workers: int | None = None, chunksize: int = 32, ocr: bool = True
) -> Iterator[tuple[str, dict[str, list[tuple]]]]:
    """The files with a text layer first, in the order of `paths`; then the scans and images,
    read by OCR (seconds a page) one file a task, so a season of text reports is never held up
    behind them. `ocr` off: scans and images are quarantined with the reason."""
    scans = []
    first = partial(parse_to_rows, parsed_at=parsed_at, ocr=ocr, defer_ocr=True)
    for path, (status, rows) in zip(paths, _map(first, paths, workers, chunksize), strict=True):
        if status == _NEEDS_OCR:
            scans.append(path)
        else:
            yield status, rows
    yield from _map(partial(parse_to_rows, parsed_at=parsed_at, ocr=True), scans, workers, 1)


def _map(work, paths: Sequence[str], workers: int | None, chunksize: int):
    """`work` over `paths` in order. One process for small batches: a pool costs more to start
    than a few files cost to parse."""
    workers = workers or os.cpu_count() or 1
    if workers == 1 or len(paths) < 2 * chunksize:
        yield from map(work, paths)
        return
    with ProcessPoolExecutor(max_workers=workers) as pool:
        yield from pool.map(work, paths, chunksize=chunksize)
