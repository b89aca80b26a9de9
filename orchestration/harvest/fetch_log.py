"""The fetch log: every attempt of every harvest, as JSON Lines, one append-only file per site.

It lives beside the warehouse (Settings.fetch_log_dir), never in the landing folder (everything
there must be a report) and never in DuckDB (a polite crawl takes hours; DuckDB takes one writer):
the staging/fetch_log asset loads it into DuckDB in a moment. A harvest reads its site's log back
for conditional GET (the last ETag / Last-Modified of each URL) and to know, when a page answers
304 Not Modified, which links it had.
"""

from __future__ import annotations

import json
import threading
import uuid
from dataclasses import asdict, dataclass
from pathlib import Path

# What became of one attempt (fct_fetch_log.outcome):
LANDED = "landed"  # new content, now a file in the landing folder
ALREADY_LANDED = "already_landed"  # content identical to a landed file (unchanged, or the same file at another URL)
NOT_MODIFIED = "not_modified"  # 304 to a conditional GET: the content is the one fetched before
READ = "read"  # a list page, report page or robots.txt read for what it says, not itself a report
REDIRECTED = "redirected"  # a hop that answered with a redirect
RETRYING = "retrying"  # a 5xx, time-out or broken connection, tried again
FAILED = "failed"  # given up: the reason says why
DISALLOWED = "disallowed"  # robots.txt forbids it: never requested
OUTCOMES = (LANDED, ALREADY_LANDED, NOT_MODIFIED, READ, REDIRECTED, RETRYING, FAILED, DISALLOWED)
KINDS = ("robots", "list", "page", "file")  # what the URL was fetched as


@dataclass
class FetchRecord:
    site: str
    run_id: str
    url: str
    final_url: str | None
    referrer: str | None
    kind: str
    attempt: int
    conditional: bool
    status: int | None
    content_type: str | None
    size_bytes: int | None
    sha256: str | None
    etag: str | None
    last_modified: str | None
    fetched_at: str
    outcome: str
    reason: str | None = None
    landed_file: str | None = None  # path relative to the landing folder
    fetch_id: str = ""

    def __post_init__(self):
        self.fetch_id = self.fetch_id or uuid.uuid4().hex


# The columns of staging.fetch_log, in DuckDB types: the JSON Lines are read with these and no others.
FETCH_LOG_COLUMNS = {
    "fetch_id": "VARCHAR", "site": "VARCHAR", "run_id": "VARCHAR", "url": "VARCHAR", "final_url": "VARCHAR",
    "referrer": "VARCHAR", "kind": "VARCHAR", "attempt": "INTEGER", "conditional": "BOOLEAN", "status": "INTEGER",
    "content_type": "VARCHAR", "size_bytes": "BIGINT", "sha256": "VARCHAR", "etag": "VARCHAR",
    "last_modified": "VARCHAR", "fetched_at": "TIMESTAMP", "outcome": "VARCHAR", "reason": "VARCHAR",
    "landed_file": "VARCHAR",
}


def load_fetch_log_sql(files: list[Path], table: str) -> str:
    """SQL that replaces `table` with every record of these log files (none: an empty table)."""
    columns = ", ".join(f"{name} {kind}" for name, kind in FETCH_LOG_COLUMNS.items())
    if not files:
        return f"CREATE OR REPLACE TABLE {table} ({columns})"
    paths = ", ".join("'" + str(path).replace("'", "''") + "'" for path in files)
    struct = ", ".join(f"{name}: '{kind}'" for name, kind in FETCH_LOG_COLUMNS.items())
    # ignore_errors: a line cut short by a crash (a killed harvest) is skipped, as read_records does
    return (f"CREATE OR REPLACE TABLE {table} AS SELECT {', '.join(FETCH_LOG_COLUMNS)} FROM read_json([{paths}], "
            f"format = 'newline_delimited', columns = {{{struct}}}, ignore_errors = true)")


class FetchLog:
    """The site's log file: `append` (thread-safe, flushed per record) and what the last harvests saw."""

    def __init__(self, path: Path, write: bool = True):
        self.path = Path(path)
        self.write = write
        self._lock = threading.Lock()
        self._file = None
        self._validators: dict[str, dict] = {}
        self._children: dict[str, dict[str, str]] = {}
        for record in read_records(self.path):
            self._remember(record)

    def _remember(self, record: dict) -> None:
        if record["kind"] == "robots":
            return
        if record["outcome"] in (LANDED, ALREADY_LANDED, READ, NOT_MODIFIED) and \
                (record.get("etag") or record.get("last_modified")):
            seen = {"etag": record.get("etag"), "last_modified": record.get("last_modified"),
                    "sha256": record.get("sha256"), "outcome": record["outcome"]}
            # Under the final URL too: a redirect's target is asked conditionally in its turn.
            for url in {record["url"], record.get("final_url") or record["url"]}:
                self._validators[url] = seen
        if record.get("referrer"):  # disallowed ones too: robots.txt may allow them now (it is asked again)
            self._children.setdefault(record["referrer"], {})[record["url"]] = record["kind"]

    def validators(self, url: str) -> dict | None:
        """ETag, Last-Modified and sha256 of the URL's last good answer, or None."""
        return self._validators.get(url)

    def children(self, url: str) -> dict[str, str]:
        """URL → kind of what earlier harvests followed from this page."""
        return dict(self._children.get(url, {}))

    def append(self, record: FetchRecord) -> None:
        if not self.write:
            return
        line = json.dumps(asdict(record), ensure_ascii=False) + "\n"
        with self._lock:
            if self._file is None:
                self.path.parent.mkdir(parents=True, exist_ok=True)
                self._file = self.path.open("a", encoding="utf-8")
            self._file.write(line)
            self._file.flush()

    def close(self) -> None:
        with self._lock:
            if self._file is not None:
                self._file.close()
                self._file = None


def read_records(path: Path):
    """The records of one log file, one at a time; a line cut short by a crash is skipped."""
    if not Path(path).is_file():
        return
    with Path(path).open(encoding="utf-8") as lines:
        for line in lines:
            try:
                yield json.loads(line)
            except json.JSONDecodeError:
                continue
