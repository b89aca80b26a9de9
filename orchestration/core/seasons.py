"""Report years and reporting seasons: which year a file belongs to, and what changed in a folder.

Pure functions (no dagster) for the season operations: the landing sensor reads a file's year
with `read_report_year` (the parser's own title reader on the first lines only, so a file is
fully parsed once, in the run), and decides what to run with `plan_landing_changes`.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from ..parsing.formats import FormatProblem, extract
from ..parsing.title import TITLE_LINES, find_title
from ..parsing.tokens import split_lines

FIRST_REPORT_YEAR = 2019  # the revised 条例 (Decree 711) and its 2019 template


@dataclass(frozen=True)
class YearRead:
    year: int | None
    reason_code: str | None = None  # why the year is unknown: unreadable, empty, year_not_found
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
    _agency, year, _line = find_title(split_lines(text)[:TITLE_LINES])
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


# ---------------------------------------------------------------- landing folder changes


@dataclass(frozen=True)
class SeenFile:
    """What the sensor remembers of a file: a cheap fingerprint, its content hash and its year."""

    size: int
    mtime_ns: int
    sha256: str
    year: int | None

    def to_list(self) -> list:
        return [self.size, self.mtime_ns, self.sha256, self.year]

    @classmethod
    def from_list(cls, values: list) -> SeenFile:
        size, mtime_ns, sha256, year = values
        return cls(int(size), int(mtime_ns), str(sha256), None if year is None else int(year))


@dataclass
class LandingChanges:
    seen: dict[str, SeenFile]  # the new cursor: relative path -> what was seen
    years: dict[int, list[str]] = field(default_factory=dict)  # year to rebuild -> files that ask for it
    unknown_year: list[tuple[str, str, str]] = field(default_factory=list)  # (path, reason_code, reason)
    outside_years: list[tuple[str, int]] = field(default_factory=list)  # a year no partition holds
    copies: list[str] = field(default_factory=list)  # new paths whose content is already known
    unchanged: int = 0

    @property
    def anything(self) -> bool:
        return bool(self.years or self.unknown_year or self.outside_years)


def plan_landing_changes(
    folder: Path, previous: dict[str, SeenFile], known_years: set[int]
) -> LandingChanges:
    """Compare the folder with what was seen before, by content hash.

    A file is hashed only when its size or mtime changed. A new or changed content asks for a
    rebuild of its year (and of its old year, if it moved); a removed file asks for its year;
    an unchanged content, or a new path holding content seen elsewhere, asks for nothing. A file
    whose year cannot be read, or whose year no partition holds, is reported for quarantine."""
    changes = LandingChanges(seen={})
    known_hashes = {s.sha256 for s in previous.values()}
    for path in sorted(p for p in folder.rglob("*") if p.is_file()):
        relative = path.relative_to(folder).as_posix()
        if any(part.startswith(".") for part in Path(relative).parts):
            continue
        stat = path.stat()
        before = previous.get(relative)
        if before and before.size == stat.st_size and before.mtime_ns == stat.st_mtime_ns:
            changes.seen[relative] = before
            changes.unchanged += 1
            continue
        data = path.read_bytes()
        sha256 = hashlib.sha256(data).hexdigest()
        if before and before.sha256 == sha256:  # touched, same content
            changes.seen[relative] = SeenFile(stat.st_size, stat.st_mtime_ns, sha256, before.year)
            changes.unchanged += 1
            continue
        read = read_report_year(data, relative)
        changes.seen[relative] = SeenFile(stat.st_size, stat.st_mtime_ns, sha256, read.year)
        if before is None and sha256 in known_hashes:
            changes.copies.append(relative)
            continue
        if before is not None and before.year in known_years:
            changes.years.setdefault(before.year, []).append(relative)  # its old rows must go
        if read.year is None:
            changes.unknown_year.append((relative, read.reason_code or "year_not_found", read.reason or ""))
        elif read.year not in known_years:
            changes.outside_years.append((relative, read.year))
        else:
            changes.years.setdefault(read.year, []).append(relative)
    for relative, before in previous.items():
        if relative not in changes.seen and before.year in known_years:
            changes.years.setdefault(before.year, []).append(relative)  # removed
    changes.years = {year: sorted(set(files)) for year, files in sorted(changes.years.items())}
    return changes
