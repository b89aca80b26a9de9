"""The landing folder, entry by entry: what each entry is, and its content hash read at most once.

Pure library (no dagster), shared by the landing scan (`landing/raw_reports`) and the landing
sensor. Every entry below the folder is classified, none is skipped:

- a regular file is a report candidate (dot-files too); an Office lock file (`~$x.docx`) is
  recorded as `office_lock_file` and never parsed;
- a symlink is followed only when its resolved target is a regular file inside the folder;
  a target outside is `outside_landing_folder` and is never opened; a dangling link or a loop
  is `broken_symlink`; a link to a directory is `symlinked_directory` (the folder is walked
  without following them: the files of a directory inside are listed under their own paths);
- a FIFO, socket or device is `not_a_regular_file`, seen with `lstat` and never opened;
- a file that cannot be read (permissions, removed during the scan) is `unreadable_file`.

Names are stored losslessly as valid UTF-8 (`stored_name`): the name's bytes are decoded as
UTF-8, a byte that is not valid UTF-8 is written `\\xNN`, and a backslash is doubled, so
`bad\\xff\\xfename.txt` on disk is stored as the text `bad\\xff\\xfename.txt` and `os_path`
turns it back into the bytes. DuckDB and SQLite only ever see valid UTF-8.

The fingerprint cache (`FingerprintCache`) keeps (path, size, mtime_ns, inode) -> sha256 in a
small SQLite file beside the warehouse (WAL mode): the sensor runs in the daemon while a run
holds the DuckDB file's write lock, so both need a store they can read and write at the same
time. An unchanged file is neither read nor hashed again.
"""

from __future__ import annotations

import hashlib
import os
import sqlite3
import stat
import time
from collections.abc import Iterable
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Self

OUTSIDE_LANDING_FOLDER = "outside_landing_folder"
NOT_A_REGULAR_FILE = "not_a_regular_file"
OFFICE_LOCK_FILE = "office_lock_file"
BROKEN_SYMLINK = "broken_symlink"
SYMLINKED_DIRECTORY = "symlinked_directory"
UNREADABLE_FILE = "unreadable_file"

LOCK_FILE_PREFIX = "~$"  # Word, Excel and PowerPoint write `~$name.docx` beside an open document
CHUNK = 1 << 20
# A file modified within this many ns of being hashed may change again within the same mtime tick
# without its size changing; such a fingerprint is not trusted on the next scan (git's "racy" rule).
RACY_NS = 2_000_000_000


# ---------------------------------------------------------------- names


def stored_name(name: str | bytes) -> str:
    """The lossless, valid-UTF-8 form of a file system name (see the module docstring)."""
    raw = os.fsencode(name)
    try:  # valid UTF-8 (nearly every name): nothing to escape but a backslash
        text = raw.decode("utf-8")
        if "\\" not in text:
            return text
    except UnicodeDecodeError:
        pass
    text = raw.decode("utf-8", "surrogateescape")
    out = []
    for char in text:
        if "\udc80" <= char <= "\udcff":
            out.append(f"\\x{ord(char) - 0xDC00:02x}")
        elif char == "\\":
            out.append("\\\\")
        else:
            out.append(char)
    return "".join(out)


def os_path(stored: str) -> str:
    """The path to open for a stored name: the inverse of `stored_name` (str with surrogate
    escapes, as `os.fsdecode` gives, which `open()` accepts)."""
    if "\\" not in stored:
        return stored
    data, i = bytearray(), 0
    while i < len(stored):
        char = stored[i]
        if char == "\\" and stored[i + 1 : i + 2] == "\\":
            data += b"\\"
            i += 2
        elif char == "\\" and stored[i + 1 : i + 2] == "x":
            data.append(int(stored[i + 2 : i + 4], 16))
            i += 4
        else:
            data += char.encode("utf-8")
            i += 1
    return os.fsdecode(bytes(data))


def has_surrogates(text: str) -> bool:
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return True
    return False


def text_safe(value):
    """A string fit for DuckDB: a path with surrogate escapes (a non-UTF-8 name) written as in
    `stored_name`; anything else unchanged."""
    return stored_name(value) if isinstance(value, str) and has_surrogates(value) else value


def text_safe_rows(tables: dict[str, list[tuple]]) -> dict[str, list[tuple]]:
    """Rows with every string made `text_safe` (for results of files with non-UTF-8 names)."""
    return {table: [tuple(text_safe(v) for v in row) for row in rows] for table, rows in tables.items()}


# ---------------------------------------------------------------- walking the folder


@dataclass(frozen=True)
class LandingEntry:
    """One entry below the landing folder. `reason_code` None: a report candidate."""

    source_file: str  # stored form of the absolute path, as found (a symlink's own path)
    relative: str  # stored form of the path relative to the landing folder
    file_name: str  # stored form of the base name
    read_path: str | None  # what to open: the file, or a symlink's resolved target; None: never opened
    size_bytes: int | None = None
    mtime_ns: int | None = None
    inode: int | None = None
    sha256: str | None = None
    reason_code: str | None = None
    reason: str | None = None

    @property
    def candidate(self) -> bool:
        return self.reason_code is None


def _inside(path: str, root: str) -> bool:
    return path == root or path.startswith(root.rstrip(os.sep) + os.sep)


def _kind(mode: int) -> str:
    for test, name in ((stat.S_ISFIFO, "a FIFO (named pipe)"), (stat.S_ISSOCK, "a socket"),
                       (stat.S_ISCHR, "a character device"), (stat.S_ISBLK, "a block device")):
        if test(mode):
            return name
    return "not a regular file"


def walk_landing(folder: Path) -> list[LandingEntry]:
    """Every entry below `folder`, classified, sorted by path; nothing is opened or read.

    Uses lstat only: symlinked directories are not followed, a FIFO is never opened."""
    root = os.path.realpath(folder)
    if not os.path.isdir(root):
        raise FileNotFoundError(f"landing folder {folder} does not exist (set GDW_LANDING_DIR)")
    entries: list[LandingEntry] = []
    base = os.fsencode(os.path.abspath(folder))
    stack = [base]
    while stack:
        directory = stack.pop()
        try:
            listing = list(os.scandir(directory))
        except OSError as error:
            entries.append(_entry(base, directory, None, UNREADABLE_FILE, f"the folder cannot be listed: {error}"))
            continue
        for item in listing:
            try:
                info = item.stat(follow_symlinks=False)
            except OSError as error:  # removed during the scan
                entries.append(_entry(base, item.path, None, UNREADABLE_FILE, f"cannot be read: {error}"))
                continue
            if stat.S_ISDIR(info.st_mode):
                stack.append(item.path)
            elif stat.S_ISLNK(info.st_mode):
                entries.append(_symlink(base, root, item.path))
            elif stat.S_ISREG(info.st_mode):
                entries.append(_regular(base, item.path, item.path, info))
            else:
                entries.append(_entry(base, item.path, None, NOT_A_REGULAR_FILE,
                                      f"{_kind(info.st_mode)}, not a file: never opened", info))
    return sorted(entries, key=lambda e: e.source_file)


def _entry(base: bytes, path: bytes, read_path, code, reason, info=None) -> LandingEntry:
    # a path below `base` as the scan built it; relpath only for another (it costs more than the stat)
    relative = path[len(base) + 1:] if path.startswith(base + b"/") else os.path.relpath(path, base)
    source = stored_name(path)
    return LandingEntry(
        source_file=source, relative=stored_name(relative), file_name=stored_name(os.path.basename(path)),
        read_path=read_path, size_bytes=None if info is None else info.st_size,
        mtime_ns=None if info is None else info.st_mtime_ns, inode=None if info is None else info.st_ino,
        reason_code=code, reason=None if reason is None else f"{source}: {reason}",
    )


def _regular(base: bytes, path: bytes, target: bytes, info: os.stat_result) -> LandingEntry:
    name = os.fsdecode(os.path.basename(path))
    if name.startswith(LOCK_FILE_PREFIX):
        return _entry(base, path, None, OFFICE_LOCK_FILE,
                      "an Office lock file (~$…), written while a document is open: not a report", info)
    return _entry(base, path, os.fsdecode(target), None, None, info)


def _symlink(base: bytes, root: str, path: bytes) -> LandingEntry:
    target = os.path.realpath(os.fsdecode(path))
    if not _inside(target, root):
        return _entry(base, path, None, OUTSIDE_LANDING_FOLDER,
                      f"a symlink to {stored_name(target)}, outside the landing folder: never opened")
    try:
        info = os.stat(target, follow_symlinks=False)
    except OSError as error:
        return _entry(base, path, None, BROKEN_SYMLINK, f"a symlink whose target cannot be reached: {error}")
    if stat.S_ISDIR(info.st_mode):
        return _entry(base, path, None, SYMLINKED_DIRECTORY,
                      f"a symlink to the folder {stored_name(target)}, whose files are listed under their own paths")
    if not stat.S_ISREG(info.st_mode):
        kind = "a symlink whose target is a loop" if stat.S_ISLNK(info.st_mode) else f"a symlink to {_kind(info.st_mode)}"
        code = BROKEN_SYMLINK if stat.S_ISLNK(info.st_mode) else NOT_A_REGULAR_FILE
        return _entry(base, path, None, code, f"{kind}: never opened", info)
    return _regular(base, path, os.fsencode(target), info)


# ---------------------------------------------------------------- reading safely


class NotRegularFile(OSError):
    pass


def open_regular(path: str) -> int:
    """A file descriptor on `path`, only if it is a regular file now: O_NONBLOCK so that a FIFO
    put in a file's place after the scan is not waited on, O_NOFOLLOW so that a symlink put in
    its place is not followed (read paths are already resolved)."""
    fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK | os.O_NOFOLLOW | getattr(os, "O_CLOEXEC", 0))
    if not stat.S_ISREG(os.fstat(fd).st_mode):
        os.close(fd)
        raise NotRegularFile(f"{path} is no longer a regular file")
    return fd


def hash_file(path: str) -> str:
    fd = open_regular(path)
    digest = hashlib.sha256()
    with os.fdopen(fd, "rb", buffering=0) as handle:
        while chunk := handle.read(CHUNK):
            digest.update(chunk)
    return digest.hexdigest()


def read_head(path: str, size: int) -> bytes:
    """The first `size` bytes of a regular file."""
    with os.fdopen(open_regular(path), "rb", buffering=0) as handle:
        return handle.read(size)


# ---------------------------------------------------------------- the fingerprint cache


class LandingStore:
    """A small SQLite file (WAL) beside the warehouse that the landing scan and the landing sensor
    both read and write while a run may hold DuckDB's write lock:

    - `fingerprints`: (path, size, mtime_ns, inode) -> sha256, so an unchanged file is not read;
    - `report_years`: sha256 -> the report year (or why it has none), from the parse cache
      (copied by the landing scan) or from the sensor's cheap title read;
    - `sensor_seen`: what the sensor saw of each path, by generation (its state: the cursor holds
      only the generation, not every path).
    """

    def __init__(self, path: str | Path):
        self.path = Path(path)
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self.con = sqlite3.connect(self.path, timeout=60, isolation_level=None)
        self.con.execute("PRAGMA journal_mode=WAL")
        self.con.execute("PRAGMA synchronous=NORMAL")
        self.con.executescript(
            """
            CREATE TABLE IF NOT EXISTS fingerprints (
                path TEXT PRIMARY KEY, size INTEGER NOT NULL, mtime_ns INTEGER NOT NULL,
                inode INTEGER NOT NULL, sha256 TEXT NOT NULL, hashed_at_ns INTEGER NOT NULL);
            CREATE TABLE IF NOT EXISTS report_years (
                sha256 TEXT PRIMARY KEY, year INTEGER, reason_code TEXT, reason TEXT, source TEXT NOT NULL);
            CREATE TABLE IF NOT EXISTS sensor_seen (
                generation INTEGER NOT NULL, path TEXT NOT NULL, sha256 TEXT, year INTEGER,
                PRIMARY KEY (generation, path));
            """
        )

    def close(self) -> None:
        self.con.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    # fingerprints
    def fingerprints(self) -> dict[str, tuple[int, int, int, str, int]]:
        return {row[0]: row[1:] for row in self.con.execute(
            "SELECT path, size, mtime_ns, inode, sha256, hashed_at_ns FROM fingerprints")}

    def update_fingerprints(self, hashed: list[tuple[str, int, int, int, str, int]], gone: Iterable[str]) -> None:
        """Remember the files hashed now, (path, size, mtime_ns, inode, sha256, hashed_at_ns), and
        forget the paths no longer in the folder; unchanged rows are not written again."""
        with self.con:
            self.con.execute("BEGIN IMMEDIATE")
            self.con.executemany("DELETE FROM fingerprints WHERE path = ?", [(path,) for path in gone])
            self.con.executemany("INSERT OR REPLACE INTO fingerprints VALUES (?, ?, ?, ?, ?, ?)", hashed)

    # report years
    def years(self, hashes: Iterable[str]) -> dict[str, tuple[int | None, str | None, str | None]]:
        wanted = list(set(hashes))
        found = {}
        for start in range(0, len(wanted), 500):
            part = wanted[start : start + 500]
            query = f"SELECT sha256, year, reason_code, reason FROM report_years WHERE sha256 IN ({','.join('?' * len(part))})"
            found.update({row[0]: row[1:] for row in self.con.execute(query, part)})
        return found

    def known_year_hashes(self, source: str) -> set[str]:
        return {row[0] for row in self.con.execute("SELECT sha256 FROM report_years WHERE source = ?", [source])}

    def put_years(self, rows: Iterable[tuple[str, int | None, str | None, str | None]], source: str) -> None:
        """(sha256, year, reason_code, reason) rows; a year from the parse cache wins over a title read."""
        verb = "INSERT OR REPLACE" if source == "parse" else "INSERT OR IGNORE"
        with self.con:
            self.con.executemany(f"{verb} INTO report_years VALUES (?, ?, ?, ?, ?)",
                                 [(*row, source) for row in rows])

    # the sensor's state
    def sensor_seen(self, generation: int) -> dict[str, tuple[str | None, int | None]]:
        """What the sensor saw at `generation` (the number its cursor holds)."""
        return {row[0]: (row[1], row[2]) for row in self.con.execute(
            "SELECT path, sha256, year FROM sensor_seen WHERE generation = ?", [generation])}

    def put_sensor_seen(self, generation: int, seen: dict[str, tuple[str | None, int | None]]) -> None:
        """Store `generation`, keeping the one before: a tick whose cursor was not committed (the
        daemon stopped) is evaluated again from the state its cursor names."""
        with self.con:
            self.con.execute("BEGIN IMMEDIATE")
            self.con.execute("DELETE FROM sensor_seen WHERE generation >= ? OR generation < ?",
                             [generation, generation - 1])
            self.con.executemany("INSERT INTO sensor_seen VALUES (?, ?, ?, ?)",
                                 [(generation, path, sha, year) for path, (sha, year) in seen.items()])


@dataclass
class ScanResult:
    entries: list[LandingEntry]
    hashed: int = 0  # files read and hashed in this scan
    from_cache: int = 0  # files whose hash came from the fingerprint cache

    @property
    def candidates(self) -> list[LandingEntry]:
        return [e for e in self.entries if e.candidate]

    @property
    def rejected(self) -> list[LandingEntry]:
        return [e for e in self.entries if not e.candidate]


def _trusted(cached, entry: LandingEntry) -> bool:
    size, mtime_ns, inode, _sha, hashed_at_ns = cached
    return (size, mtime_ns, inode) == (entry.size_bytes, entry.mtime_ns, entry.inode) and \
        hashed_at_ns - mtime_ns > RACY_NS


def hash_entries(entries: list[LandingEntry], store: LandingStore) -> ScanResult:
    """Each candidate with its sha256: from the cache when its fingerprint is unchanged, else read
    and hashed (once) and remembered. A candidate that cannot be read becomes `unreadable_file`."""
    cached = store.fingerprints()
    result = ScanResult(entries=[])
    hashed: list[tuple[str, int, int, int, str, int]] = []
    for entry in entries:
        if not entry.candidate:
            result.entries.append(entry)
            continue
        known = cached.get(entry.source_file)
        if known and _trusted(known, entry):
            result.entries.append(replace(entry, sha256=known[3]))
            result.from_cache += 1
            continue
        try:
            now = time.time_ns()
            sha256 = hash_file(entry.read_path)
        except OSError as error:
            code = NOT_A_REGULAR_FILE if isinstance(error, NotRegularFile) else UNREADABLE_FILE
            result.entries.append(replace(entry, reason_code=code, reason=f"{entry.source_file}: cannot be read: {error}"))
            continue
        result.entries.append(replace(entry, sha256=sha256))
        hashed.append((entry.source_file, entry.size_bytes, entry.mtime_ns, entry.inode, sha256, now))
        result.hashed += 1
    present = {e.source_file for e in result.entries if e.sha256}
    store.update_fingerprints(hashed, [path for path in cached if path not in present])
    return result


def scan_landing(folder: Path, store: LandingStore) -> ScanResult:
    """Walk, classify and hash (what changed only): the one scan the run and the sensor share."""
    return hash_entries(walk_landing(folder), store)
