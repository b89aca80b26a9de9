"""Parse many files on every core: the hot loop of a national season (~150,000 reports).

Each worker parses a file, evaluates its rules and flattens it into staging rows, so only plain
tuples travel back to the parent, which just appends and bulk-loads them.

One file can never fail a batch: a parser exception quarantines that file as `parser_error` (the
exception's type and message), and a file that overruns the pool's time or memory limit
(`pool.Limits`) is quarantined as `too_costly`, naming the limit; its worker is replaced.
"""

from __future__ import annotations

import hashlib
import stat
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal
from functools import partial
from pathlib import Path

from ..parsing.parse import parse_bytes, parse_file
from ..parsing.record import QUARANTINED, ParsedReport
from .pool import CRASH, MESSAGE_CHARS, Collector, Limits, bounded_map, worker_count
from .staging_rows import add_report, empty_tables

PARSER_ERROR, TOO_COSTLY = "parser_error", "too_costly"
# The quarantine reasons of a scan or an image read with OCR off (parsing/formats.py).
OCR_REASON_CODES = ("image_only", "image_only_pdf")
# What a first-pass parse returns for a scan or an image, to be read in the OCR pass.
NEEDS_OCR = "needs_ocr"
# OCR reads a page in seconds and loads its models (onnxruntime): a scan gets this many times the
# time limit, and at least this much address space, of a file with a text layer.
OCR_TIME_FACTOR, OCR_MEMORY_BYTES = 10, 4 << 30
# What the forkserver imports once for every parse process: the parser and the format libraries it
# loads lazily (a module missing here only costs a replacement worker its import time).
PRELOAD = ("orchestration.core.batch", "orchestration.parsing.pdf", "pypdfium2", "lxml.html", "docx", "charset_normalizer")


def ocr_limits(limits: Limits) -> Limits:
    """The limits of the OCR pass, for files with a text layer given `limits`."""
    return Limits(limits.seconds * OCR_TIME_FACTOR, max(limits.memory_bytes, OCR_MEMORY_BYTES))


def quarantined(path: str, sha256: str, size_bytes: int, code: str, message: str) -> ParsedReport:
    report = ParsedReport(str(path), sha256, size_bytes, status=QUARANTINED)
    report.warn(code, f"{path}: {message}")
    return report


def parse_report(path: str, ocr: bool = True, previous: dict | None = None) -> ParsedReport:
    """The parser's record of one file; an exception in the parser quarantines the file as
    `parser_error` instead of escaping. `ocr` off: a scan or an image is quarantined with the reason.
    `previous`: the agency's record of the year before (parse.parse_text)."""
    try:
        data = Path(path).read_bytes()
    except OSError:
        return parse_file(path)  # the parser's own record of a file it cannot read
    try:
        return _unknown_if_unstorable(parse_bytes(data, str(path), ocr=ocr, previous=previous))
    except MemoryError:
        raise  # the pool's memory limit: too_costly, not a parser error
    except Exception as error:  # noqa: BLE001 - any bug the parser has on any input
        return quarantined(path, hashlib.sha256(data).hexdigest(), len(data), PARSER_ERROR, _describe(error))


# No count or amount (in 万元) of a disclosure report comes near 10^12 (10^16 yuan is more than the
# country's GDP); a figure this large is a misread, and the staging columns (DECIMAL(18,4), BIGINT,
# and the rules' sums of such figures) cannot hold it: one such cell must not fail the whole load.
LARGEST_FIGURE = 10**12


def _unknown_if_unstorable(report: ParsedReport) -> ParsedReport:
    """Cells whose figure is beyond any real report become unknown, with a warning naming the line."""
    for cell in report.cells:
        if cell.value is not None and abs(cell.value) >= LARGEST_FIGURE:
            digits = Decimal(cell.value).adjusted() + 1  # no str(): Python refuses ints of 4,300+ digits
            report.warn("figure_too_large", f"{cell.table} {cell.row} {cell.column}: a figure of {digits} digits "
                        "is no count or amount a report holds; the cell is unknown", cell.line)
            cell.value, cell.state = None, "unknown"  # the parser's UNKNOWN cell state
            report.invalid_cells.append(cell)  # not a clean count: NON_NEGATIVE lists it, as the SQL rule does
            if report.status == "parsed":
                report.status = "partial"
    return report


def _describe(error: BaseException) -> str:
    return f"{type(error).__name__}: {error}"[:MESSAGE_CHARS]


def _report_unless_scan_deferred(path: str, ocr: bool, defer_ocr: bool, previous: dict | None = None) -> ParsedReport | None:
    """The file's record; None for a scan or an image when `defer_ocr` (it is read in the OCR pass)."""
    report = parse_report(path, ocr=ocr and not defer_ocr, previous=previous)
    if ocr and defer_ocr and report.status == QUARANTINED and report.warnings[-1].code in OCR_REASON_CODES:
        return None
    return report


def parse_to_rows(path: str, parsed_at: datetime, ocr: bool = True,
                  defer_ocr: bool = False, previous: dict | None = None) -> tuple[str, dict[str, list[tuple]]] | str:
    """(status, staging rows) of one file; with `defer_ocr`, a scan or image comes back as
    NEEDS_OCR instead of being read."""
    report = _report_unless_scan_deferred(path, ocr, defer_ocr, previous)
    if report is None:
        return NEEDS_OCR
    tables = empty_tables()
    try:
        add_report(tables, report, parsed_at)
    except MemoryError:
        raise
    except Exception as error:  # noqa: BLE001 - the rules or the flattening failed on this report
        report = quarantined(path, report.sha256, report.size_bytes, PARSER_ERROR, _describe(error))
        tables = empty_tables()
        add_report(tables, report, parsed_at)
    return report.status, {table: rows for table, rows in tables.items() if rows}


def overrun_report(path: str, failure: str, message: str | None, limits: Limits) -> ParsedReport:
    """The record of a file whose parse process overran a limit (too_costly) or died (parser_error).
    The file is hashed here only if it is a regular file (never opened otherwise)."""
    sha256, size = "", 0
    try:
        if stat.S_ISREG(Path(path).stat().st_mode):
            data = Path(path).read_bytes()
            sha256, size = hashlib.sha256(data).hexdigest(), len(data)
    except OSError:
        pass
    if failure == CRASH:
        return quarantined(path, sha256, size, PARSER_ERROR, f"WorkerCrash: {message}")
    return quarantined(path, sha256, size, TOO_COSTLY, f"over the {limits.describe(failure)} ({message})")


@dataclass(frozen=True)
class FileOutcome:
    """What the pool did with one file: its value (the function's), and the cost it had."""

    path: str
    value: object
    overrun: str | None  # None, or the pool failure: time, memory, crash
    peak_rss_bytes: int
    collected: object = None  # with a collector: a batch of it (pool.Outcome.collected)


def parse_in_pool(
    function: Callable[[str], object],
    on_overrun: Callable[[str, ParsedReport], object],
    paths: Sequence[str],
    workers: int | None,
    limits: Limits,
    items: Sequence[object] | None = None,
    collector: Callable[[], Collector] | None = None,
) -> Iterator[tuple[int, FileOutcome]]:
    """(index in `paths`, outcome) per file, in completion order; every file exactly once.
    `function` takes the file's path, or its entry of `items` when given (one per path).
    `collector`: the pool's (pool.bounded_map); an overrun's value is `on_overrun`'s, never collected."""
    for outcome in bounded_map(function, paths if items is None else items, worker_count(workers), limits, PRELOAD,
                               collector):
        path = paths[outcome.index]
        value = outcome.value
        if outcome.failure:
            value = on_overrun(path, overrun_report(path, outcome.failure, outcome.message, limits))
        yield outcome.index, FileOutcome(path, value, outcome.failure, outcome.peak_rss_bytes, outcome.collected)


def parse_scans_last(
    work: Callable[..., object],
    on_overrun: Callable[[str, ParsedReport], object],
    paths: Sequence[str],
    workers: int | None,
    limits: Limits,
    items: Sequence[object] | None = None,
    collector: Callable[[], Collector] | None = None,
) -> Iterator[tuple[int, FileOutcome]]:
    """parse_in_pool in two passes, the one way every command and the pipeline read scans: first
    every file within `limits`, `work` called with `defer_ocr=True` (a scan or an image answers
    NEEDS_OCR without being read), so text reports are never held up behind OCR (seconds a page);
    then the scans and images, read by OCR within ocr_limits(limits). (index in `paths`, outcome)
    per file, every file exactly once."""
    scans = []
    first = partial(work, defer_ocr=True)
    for index, outcome in parse_in_pool(first, on_overrun, paths, workers, limits, items, collector):
        if outcome.value == NEEDS_OCR:
            scans.append(index)
        else:
            yield index, outcome
    if scans:
        scan_items = None if items is None else [items[index] for index in scans]
        scan_paths = [paths[index] for index in scans]
        for index, outcome in parse_in_pool(work, on_overrun, scan_paths, workers, ocr_limits(limits), scan_items,
                                            collector):
            yield scans[index], outcome


def _rows_of(parsed_at: datetime, path: str, report: ParsedReport) -> tuple[str, dict[str, list[tuple]]]:
    tables = empty_tables()
    add_report(tables, report, parsed_at)
    return report.status, {table: rows for table, rows in tables.items() if rows}


def parse_files_to_rows(
    paths: Sequence[str], parsed_at: datetime, workers: int | None = None, limits: Limits | None = None,
    ocr: bool = True, collector: Callable[[], Collector] | None = None,
) -> Iterator[FileOutcome]:
    """Each file's (status, staging rows) as a FileOutcome, in completion order, scans and images
    last (parse_scans_last). `ocr` off: scans and images are quarantined with the reason.
    `collector` (parse_spool.StagingCollector): the parse processes keep the rows and send them in
    batches (`FileOutcome.collected`); a file's own rows are then those of an overrun only."""
    work = partial(parse_to_rows, parsed_at=parsed_at, ocr=ocr)
    for _, outcome in parse_scans_last(work, partial(_rows_of, parsed_at), paths, workers, limits or Limits(),
                                       collector=collector):
        yield outcome


def _parse_with_previous_to_rows(item: tuple[str, dict], parsed_at: datetime, ocr: bool,
                                 defer_ocr: bool = False) -> tuple[str, dict] | str:
    path, previous = item
    return parse_to_rows(path, parsed_at, ocr=ocr, defer_ocr=defer_ocr, previous=previous)


def parse_again_with_last_year(
    files: Sequence[tuple[str, dict]], parsed_at: datetime, workers: int | None = None,
    limits: Limits | None = None, ocr: bool = True,
) -> Iterator[FileOutcome]:
    """Each (file, its agency's record of the year before) parsed again with that record, as
    parse_files_to_rows does: table 2 cells its text left unknown may then be settled."""
    work = partial(_parse_with_previous_to_rows, parsed_at=parsed_at, ocr=ocr)
    paths = [path for path, _ in files]
    for _, outcome in parse_scans_last(work, partial(_rows_of, parsed_at), paths, workers, limits or Limits(), files):
        yield outcome


def parse_paths_to_rows(
    paths: Sequence[str], parsed_at: datetime, workers: int | None = None, limits: Limits | None = None,
    ocr: bool = True,
) -> Iterator[tuple[str, dict[str, list[tuple]]]]:
    """(status, staging rows) per file, in completion order."""
    for outcome in parse_files_to_rows(paths, parsed_at, workers, limits, ocr=ocr):
        yield outcome.value


def record_of(path: str, report: ParsedReport, cells: bool = False) -> dict:
    """The JSON record `gdw parse` prints for a report (`cells`: with every cell and its state)."""
    record = report.to_dict()
    if not cells:
        record.pop("cells", None)
    return record


def parse_to_record(path: str, cells: bool = False, ocr: bool = True, defer_ocr: bool = False) -> dict | str:
    """The record of one file; with `defer_ocr`, a scan or image comes back as NEEDS_OCR."""
    report = _report_unless_scan_deferred(path, ocr, defer_ocr)
    return NEEDS_OCR if report is None else record_of(path, report, cells)


def parse_files_to_records(
    paths: Sequence[str], cells: bool = False, workers: int | None = None, limits: Limits | None = None,
    ocr: bool = True,
) -> Iterator[dict]:
    """One record per file, in the order of `paths`, whatever a file does to its parse process;
    scans and images are read last, within their own limits, as the pipeline reads them."""
    done: dict[int, dict] = {}
    following = 0
    work, overrun = partial(parse_to_record, cells=cells, ocr=ocr), partial(record_of, cells=cells)
    for index, outcome in parse_scans_last(work, overrun, paths, workers, limits or Limits()):
        done[index] = outcome.value
        while following in done:
            yield done.pop(following)
            following += 1
