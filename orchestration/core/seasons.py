"""Report years and reporting seasons: which year a file belongs to, and what changed in a folder.

Pure functions (no dagster) for the season operations: the landing sensor learns a file's year
from the cheapest source (`cheap_year_reader`: the year the parse cache or an earlier tick
recorded for its hash, else the title in the file's first kilobytes, or a PDF's first page, a
DOCX's first paragraphs, read with `read_report_year`, the parser's own title reader), never a
full extract; and it decides what to run with `plan_landing_changes`.
"""

from __future__ import annotations

import html
import io
import re
import zipfile
import zlib
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date

import pypdfium2 as pdfium

from ..parsing.formats import DOC, DOCX, HTML, PDF, TEXT, FormatProblem, detect_format, extract
from ..parsing.office import is_ole
from ..parsing.title import find_title, head_lines
from ..parsing.tokens import split_lines
from .landing import LandingEntry, LandingStore, open_regular, read_head

FIRST_REPORT_YEAR = 2019  # the revised 条例 (Decree 711) and its 2019 template


# A file whose year only the parser can read: a scan or an image (OCR), a legacy Word file
# (converted by LibreOffice), a spreadsheet. The sensor never does that work in the daemon: it asks
# for a run that parses the file, and once the parse cache knows the year, for a run of that year.
NEEDS_PARSE = "needs_parse"


@dataclass(frozen=True)
class YearRead:
    year: int | None
    reason_code: str | None = None  # why the year is unknown: unreadable, empty, year_not_found, needs_parse
    reason: str | None = None


def read_report_year(data: bytes, source: str) -> YearRead:
    """The report year from the title (or a metadata `标题:` line), as the parser reads it, from
    the text the parser extracts (text, HTML, DOCX or PDF)."""
    try:
        text = extract(data).text
    except FormatProblem as problem:
        return YearRead(None, problem.code, f"{source}: {problem}")
    if not text.strip():
        return YearRead(None, "empty", f"{source}: the file is empty")
    _agency, year, _line = find_title(head_lines(split_lines(text)))
    if year is None:
        return YearRead(None, "year_not_found", f"{source}: no report year (…20XX年…报告) in the title or the first lines")
    return YearRead(year)


def report_years(first: int, last: int) -> list[int]:
    return list(range(first, last + 1))


def season_year(day: date) -> int:
    """The report year whose reports are published in the season around `day`: in January–March
    of Y agencies publish their reports on Y−1 (条例 art. 49)."""
    return day.year - 1


def in_season(day: date) -> bool:
    return day.month <= 3


# ---------------------------------------------------------------- a year from the head of a file

HEAD_BYTES = 64 * 1024  # text and HTML: the title is in the first kilobytes
DOCX_XML_HEAD = 256 * 1024  # DOCX: this much of word/document.xml, decompressed (a bomb stays bounded)
_DOCX_PARAGRAPH = re.compile(rb"<w:p[ >].*?</w:p>", re.DOTALL)
_DOCX_TEXT = re.compile(rb"<w:t(?: [^>]*)?>([^<]*)</w:t>")


def _pdf_first_page(data: bytes) -> str:
    pdf = pdfium.PdfDocument(data)
    try:
        if len(pdf) == 0:
            return ""
        page = pdf[0]
        textpage = page.get_textpage()
        try:
            return textpage.get_text_range()
        finally:
            textpage.close()
            page.close()
    finally:
        pdf.close()


def _docx_first_paragraphs(handle) -> str:
    with zipfile.ZipFile(handle) as archive, archive.open("word/document.xml") as xml:
        head = xml.read(DOCX_XML_HEAD)
    return "\n".join(html.unescape(b"".join(_DOCX_TEXT.findall(p)).decode("utf-8", "replace"))
                     for p in _DOCX_PARAGRAPH.findall(head))


def _needs_parse(source: str, what: str) -> YearRead:
    return YearRead(None, NEEDS_PARSE, f"{source}: {what}; its year is read when a run parses it")


def _kind_of_head(head: bytes) -> str:
    """The format of a file by its head, as the parser detects it (a zip archive: DOCX, and an OLE
    file: DOC, whose directories may lie past the head); FormatProblem for a file that is no document."""
    if head.startswith(b"PK\x03\x04"):
        return DOCX
    if is_ole(head):
        return DOC
    return detect_format(head)


def read_year_from_head(path: str, source: str) -> YearRead:
    """A file's year from its head only: the first HEAD_BYTES of a text or HTML file (the whole
    file when the head has no year and the file is longer), a PDF's first page (pypdfium2's text
    layer), a DOCX's first paragraphs. Never OCR, LibreOffice or a full PDF extract: a scan, an
    image, a legacy Word file or a spreadsheet is NEEDS_PARSE. The file must be regular (opened
    without following links, never a FIFO)."""
    try:
        head = read_head(path, HEAD_BYTES)
        kind = _kind_of_head(head)
        if kind == PDF:
            with open(open_regular(path), "rb") as handle:
                text = _pdf_first_page(handle.read())
            return read_report_year(text.encode("utf-8"), source) if text.strip() else \
                _needs_parse(source, "the first page of the PDF has no text layer (a scan, read by OCR)")
        if kind == DOCX:
            with open(open_regular(path), "rb") as handle:
                archive = io.BytesIO(handle.read())
            if "word/document.xml" not in zipfile.ZipFile(archive).namelist():
                return _needs_parse(source, "a zip package that is no Word document (a spreadsheet?)")
            return read_report_year(_docx_first_paragraphs(archive).encode("utf-8"), source)
        if kind not in (TEXT, HTML):
            return _needs_parse(source, f"a file of format {kind!r}")
    except FormatProblem as problem:
        return YearRead(None, problem.code, f"{source}: {problem}")
    except OSError as error:
        return YearRead(None, "unreadable", f"{source}: cannot be read: {error}")
    except (pdfium.PdfiumError, zipfile.BadZipFile, zlib.error, KeyError, ValueError) as error:
        # a damaged PDF or zip: the run's parser says exactly why
        return YearRead(None, "unreadable", f"{source}: {type(error).__name__}: {error}")
    found = read_report_year(head, source)
    if found.year is None and len(head) == HEAD_BYTES:
        with open(open_regular(path), "rb") as handle:
            found = read_report_year(handle.read(), source)
    return found


def cheap_year_reader(store: LandingStore) -> Callable[[list[LandingEntry]], dict[str, YearRead]]:
    """Years of new contents, by sha256: from the store (the parse cache's year, or an earlier
    title read), else read from the file's head and remembered in the store."""

    def years_of(entries: list[LandingEntry]) -> dict[str, YearRead]:
        known = {sha: YearRead(*row) for sha, row in store.years(e.sha256 for e in entries).items()}
        fresh = {}
        for entry in entries:
            if entry.sha256 not in known and entry.sha256 not in fresh:
                fresh[entry.sha256] = read_year_from_head(entry.read_path, entry.relative)
        store.put_years([(sha, y.year, y.reason_code, y.reason) for sha, y in fresh.items()], source="title")
        return known | fresh

    return years_of


# ---------------------------------------------------------------- landing folder changes

Seen = tuple[str | None, int | None]  # what the sensor remembers of a path: (sha256, year); (None, None): not a file


@dataclass
class LandingChanges:
    seen: dict[str, Seen]  # the sensor's new state: relative path -> what was seen
    years: dict[int, list[str]] = field(default_factory=dict)  # year to rebuild -> files that ask for it
    unknown_year: list[tuple[str, str, str]] = field(default_factory=list)  # (path, reason_code, reason)
    to_parse: list[tuple[str, str]] = field(default_factory=list)  # (path, reason): a year only a parse reads (NEEDS_PARSE)
    outside_years: list[tuple[str, int]] = field(default_factory=list)  # a year no partition holds
    copies: list[str] = field(default_factory=list)  # new paths whose content is already known
    unchanged: int = 0

    @property
    def anything(self) -> bool:
        return bool(self.years or self.unknown_year or self.outside_years or self.to_parse)


def plan_landing_changes(
    entries: list[LandingEntry],
    previous: dict[str, Seen],
    known_years: set[int],
    years_of: Callable[[list[LandingEntry]], dict[str, YearRead]],
) -> LandingChanges:
    """Compare the scanned entries (hashed through the fingerprint cache) with what was seen
    before, by content hash.

    A new or changed content asks for a rebuild of its year (and of its old year, if it moved);
    a removed file asks for its year; an unchanged content, or a new path holding content seen
    elsewhere, asks for nothing. A file whose year cannot be read, whose year no partition holds,
    or an entry that is not a report file (a FIFO, a symlink out of the folder, a lock file) is
    reported for quarantine when it first appears; one whose year only the parser reads (a scan,
    a legacy Word file: NEEDS_PARSE) asks for a run that parses it. A content seen before without a
    year asks for its year's run once the parse cache knows the year. `years_of` is asked for new
    contents, and for those seen without a year (answered from the store, without reading them)."""
    changes = LandingChanges(seen={})
    year_of_hash = {sha: year for sha, year in previous.values() if sha}
    new = [e for e in entries if e.candidate and previous.get(e.relative, (None,))[0] != e.sha256
           and e.sha256 not in year_of_hash]
    yearless = [e for e in entries if e.candidate and previous.get(e.relative) == (e.sha256, None)]
    years = years_of(new + yearless) if new or yearless else {}
    for entry in entries:
        relative, before = entry.relative, previous.get(entry.relative)
        if not entry.candidate:
            changes.seen[relative] = (None, None)
            if before == (None, None):
                changes.unchanged += 1
                continue
            changes.unknown_year.append((relative, entry.reason_code, entry.reason or ""))
            if before is not None and before[1] in known_years:
                changes.years.setdefault(before[1], []).append(relative)  # its old rows must go
            continue
        if before is not None and before[0] == entry.sha256:
            learned = years[entry.sha256].year if before[1] is None and entry.sha256 in years else None
            if learned is None:
                changes.seen[relative] = before
                changes.unchanged += 1
            else:  # a parse read the year the head did not show
                changes.seen[relative] = (entry.sha256, learned)
                _ask_for_year(changes, relative, learned, known_years)
            continue
        if before is None and entry.sha256 in year_of_hash:
            changes.seen[relative] = (entry.sha256, year_of_hash[entry.sha256])
            changes.copies.append(relative)
            continue
        read = years[entry.sha256] if entry.sha256 in years else YearRead(year_of_hash.get(entry.sha256))
        changes.seen[relative] = (entry.sha256, read.year)
        if before is not None and before[1] in known_years:
            changes.years.setdefault(before[1], []).append(relative)  # its old rows must go
        if read.year is None and read.reason_code == NEEDS_PARSE:
            changes.to_parse.append((relative, read.reason or ""))
        elif read.year is None:
            changes.unknown_year.append((relative, read.reason_code or "year_not_found", read.reason or ""))
        else:
            _ask_for_year(changes, relative, read.year, known_years)
    for relative, (_sha, year) in previous.items():
        if relative not in changes.seen and year in known_years:
            changes.years.setdefault(year, []).append(relative)  # removed
    changes.years = {year: sorted(set(files)) for year, files in sorted(changes.years.items())}
    return changes


def _ask_for_year(changes: LandingChanges, relative: str, year: int, known_years: set[int]) -> None:
    """A run of the file's year, or, for a year no partition holds, quarantine."""
    if year in known_years:
        changes.years.setdefault(year, []).append(relative)
    else:
        changes.outside_years.append((relative, year))
