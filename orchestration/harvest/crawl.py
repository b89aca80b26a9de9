"""Harvest one site: list pages → report pages → attachments, landed by content hash.

A list page (and each next page of its pager) yields report links: report pages whose title
matches the site's filter, and attachments. A report page whose statutory tables are in the HTML
is the report and lands; a page that links the report as an attachment yields the attachment,
with the page as its referrer; a page with neither lands too (a narrative report, or a quarantine
row saying why not: never a report lost). Files land as
`<landing>/harvested/<site>/<sha256 prefix>.<ext>`: the same content at two URLs is stored once
(both URLs are in the log), and a report changed by its site is a new file beside the old one.

Nothing here raises for one bad URL: it is logged with its reason and the crawl goes on.
"""

from __future__ import annotations

import hashlib
import os
import threading
import time
import uuid
from collections import Counter
from collections.abc import Callable
from concurrent.futures import FIRST_COMPLETED, ThreadPoolExecutor, wait
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlsplit

from orchestration.settings import HarvestSettings

from .fetch import Attempt, Fetcher, now_iso
from .fetch_log import (
    ALREADY_LANDED,
    DISALLOWED,
    FAILED,
    LANDED,
    NOT_MODIFIED,
    READ,
    REDIRECTED,
    RETRYING,
    FetchLog,
    FetchRecord,
)
from .links import next_list_pages, read_page, report_attachments, report_links
from .sources import ATTACHMENT_EXTENSIONS, Site

HARVESTED_DIR_NAME = "harvested"
_PAGE_EXTENSIONS = (".html", ".htm", ".shtml", ".jhtml", ".xhtml")


@dataclass(frozen=True)
class Task:
    url: str
    kind: str  # list, page or file
    referrer: str | None = None
    page_number: int | None = None  # of a list page reached through page_url_template


@dataclass
class SiteResult:
    site: str
    pages_visited: int = 0  # list and report pages that answered (200 or 304)
    files_new: int = 0  # reports landed now
    files_unchanged: int = 0  # reports whose content was already landed (or 304)
    failed: int = 0  # URLs given up on, with their reason in the log
    disallowed: int = 0  # URLs robots.txt forbids (never requested)
    requests: int = 0
    bytes: int = 0  # downloaded
    seconds: float = 0.0
    landed: list[str] = field(default_factory=list)  # paths relative to the landing folder
    would_fetch: list[Task] = field(default_factory=list)  # a dry run's report pages and files
    error: str | None = None  # the whole site could not be harvested (nothing else failed with it)

    def line(self) -> str:
        if self.error:
            return f"{self.site}: FAILED: {self.error}"
        return (f"{self.site}: {self.pages_visited} pages visited, {self.files_new} new, "
                f"{self.files_unchanged} unchanged, {self.failed} failed, {self.disallowed} disallowed by "
                f"robots.txt; {self.requests} requests, {self.bytes} bytes in {self.seconds:.1f} s")


def landed_extension(data: bytes, url: str) -> str:
    """The file's extension, from its content first (a report page is .html whatever its URL)."""
    head = data[:2048].lstrip(b"\xef\xbb\xbf \t\r\n")
    suffix = os.path.splitext(urlsplit(url).path.lower())[1]
    if head.startswith(b"%PDF"):
        return ".pdf"
    if head.startswith(b"PK\x03\x04"):
        return ".xlsx" if b"xl/" in data[:4096] and b"word/" not in data[:4096] else ".docx"
    if head.startswith(b"\xd0\xcf\x11\xe0"):  # OLE: .doc, .xls or .wps, as the URL says
        return suffix if suffix in (".doc", ".xls", ".wps") else ".doc"
    if head[:1] == b"<":
        return ".html"
    return suffix if suffix in ATTACHMENT_EXTENSIONS + _PAGE_EXTENSIONS else ".bin"


def _is_html(attempt: Attempt) -> bool:
    content_type = (attempt.content_type or "").lower()
    return landed_extension(attempt.body or b"", attempt.final_url) == ".html" or "html" in content_type


class SiteCrawl:
    def __init__(self, site: Site, politeness: HarvestSettings, landing_dir: Path, log_dir: Path,
                 dry_run: bool = False, fetcher: Fetcher | None = None,
                 on_progress: Callable[[SiteResult], None] | None = None, progress_every: int = 100):
        self.site = site
        self.politeness = politeness
        self.landing_dir = Path(landing_dir)
        self.dry_run = dry_run
        self.log = FetchLog(Path(log_dir) / f"{site.name}.jsonl", write=not dry_run)
        self.fetcher = fetcher or Fetcher(politeness)
        self._own_fetcher = fetcher is None
        self.run_id = uuid.uuid4().hex[:12]
        self.result = SiteResult(site.name)
        self._lock = threading.Lock()
        self._seen: set[str] = set()
        self._landing: set[str] = set()  # hashes landed by this run
        self._list_pages = 0
        self.on_progress, self.progress_every = on_progress, progress_every

    # ------------------------------------------------------------------ the crawl

    def run(self) -> SiteResult:
        started = time.perf_counter()
        try:
            workers = max(1, self.politeness.concurrency)
            with ThreadPoolExecutor(max_workers=workers, thread_name_prefix=f"harvest-{self.site.name}") as pool:
                pending = {pool.submit(self._visit, task) for task in self._claim(
                    [Task(url, "list") for url in self.site.list_urls])}
                finished = 0
                while pending:
                    done, pending = wait(pending, return_when=FIRST_COMPLETED)
                    for future in done:
                        pending |= {pool.submit(self._visit, task) for task in self._claim(future.result())}
                        finished += 1
                        if self.on_progress and finished % self.progress_every == 0:  # a crawl takes hours
                            self.result.seconds = round(time.perf_counter() - started, 3)
                            self.on_progress(self.result)
        finally:
            self.log.close()
            if self._own_fetcher:
                self.fetcher.close()
        self.result.seconds = round(time.perf_counter() - started, 3)
        if self.result.pages_visited == 0 and not self.result.would_fetch:
            self.result.error = "no list page could be read (see the fetch log for each URL's reason)"
        return self.result

    def _claim(self, tasks: list[Task]) -> list[Task]:
        fresh = []
        with self._lock:
            for task in tasks:
                if task.url in self._seen:
                    continue
                if task.kind == "list":
                    if self._list_pages >= self.site.max_list_pages * len(self.site.list_urls):
                        continue
                    self._list_pages += 1
                self._seen.add(task.url)
                fresh.append(task)
        return fresh

    def _visit(self, task: Task) -> list[Task]:
        try:
            return self._visit_unguarded(task)
        except Exception as error:  # noqa: BLE001 - one bad page never stops the site: logged, with the reason
            self._record(task, Attempt(task.url, task.url, fetched_at=now_iso()), FAILED, number=0,
                         reason=f"harvester error: {type(error).__name__}: {error}")
            self._count(failed=1)
            return []

    def _visit_unguarded(self, task: Task) -> list[Task]:
        if self.dry_run and task.kind != "list":
            allowed, _ = self.fetcher.allowed(task.url)
            with self._lock:
                if allowed:
                    self.result.would_fetch.append(task)
                else:
                    self.result.disallowed += 1
            return []
        previous = self.log.validators(task.url)
        attempts = self.fetcher.get(task.url, self.log.validators)
        self._count(requests=sum(1 for a in attempts if a.error != "disallowed_by_robots"))
        numbers: Counter[str] = Counter()  # attempts per URL: retries and redirect hops count
        for attempt in attempts[:-1]:
            numbers[attempt.url] += 1
            if attempt.url != task.url:  # robots.txt of a host met for the first time
                self._record(Task(attempt.url, "robots"), attempt, _robots_outcome(attempt),
                             number=numbers[attempt.url], reason=attempt.reason)
            else:
                outcome = RETRYING if attempt.will_retry else REDIRECTED
                self._record(task, attempt, outcome, number=numbers[task.url], reason=attempt.reason)
        last, number = attempts[-1], numbers[task.url] + 1
        if last.error == "disallowed_by_robots":
            self._record(task, last, DISALLOWED, number=0, reason=last.reason)
            self._count(disallowed=1)
            return []
        if last.not_modified:
            return self._not_modified(task, last, number, previous or {})
        if not last.ok:
            self._record(task, last, FAILED, number=number, reason=last.reason or f"HTTP {last.status}")
            self._count(failed=1)
            return []
        self._count(bytes=len(last.body))
        if task.kind == "file" or not _is_html(last):
            self._land(task, last, number)
            return []
        page = read_page(last.body, last.final_url)
        if task.kind == "list":
            self._record(task, last, READ, number=number, sha256=_sha(last.body))
            self._count(pages_visited=1)
            return self._list_children(task, page)
        self._count(pages_visited=1)
        attachments = [] if page.has_report_tables else report_attachments(page, self.site)
        if not attachments:  # the report is the page itself (its tables, or its narrative)
            self._land(task, last, number)
            return []
        self._record(task, last, READ, number=number, sha256=_sha(last.body),
                     reason=f"links {len(attachments)} report attachment(s)")
        return [Task(link.url, "file", task.url) for link in attachments]

    def _list_children(self, task: Task, page) -> list[Task]:
        children = [Task(link.url, "file" if link.is_attachment else "page", task.url)
                    for link in report_links(page, self.site)]
        children += [Task(url, "list", task.url) for url in next_list_pages(page, self.site)]
        if self.site.page_url_template and (children or task.page_number is None):
            number = self.site.first_page if task.page_number is None else task.page_number + 1
            children.append(Task(self.site.page_url_template.format(page=number), "list", task.url, number))
        return children

    def _not_modified(self, task: Task, attempt: Attempt, number: int, previous: dict) -> list[Task]:
        attempt.etag = attempt.etag or previous.get("etag")
        attempt.last_modified = attempt.last_modified or previous.get("last_modified")
        self._record(task, attempt, NOT_MODIFIED, number=number, sha256=previous.get("sha256"),
                     reason="304 Not Modified: the content fetched before")
        if task.kind != "file":
            self._count(pages_visited=1)
        if previous.get("outcome") in (LANDED, ALREADY_LANDED):
            self._count(files_unchanged=1)
        # What the page linked last time it was read: fetched again, conditionally in their turn.
        return [Task(url, kind, task.url, None) for url, kind in self.log.children(task.url).items()
                if kind in ("list", "page", "file")]

    # ------------------------------------------------------------------ landing and the log

    def _land(self, task: Task, attempt: Attempt, number: int) -> None:
        data = attempt.body
        sha = _sha(data)
        relative = Path(HARVESTED_DIR_NAME) / self.site.name / f"{sha[:16]}{landed_extension(data, attempt.final_url)}"
        path = self.landing_dir / relative
        with self._lock:
            new = sha not in self._landing and not path.exists()
            self._landing.add(sha)
        if new:
            # Written under a hidden name first: the landing scan skips dot-files, so it never sees half a file.
            partial = path.parent / f".{sha[:16]}.{uuid.uuid4().hex[:8]}.partial"
            path.parent.mkdir(parents=True, exist_ok=True)
            partial.write_bytes(data)
            os.replace(partial, path)
        self._record(task, attempt, LANDED if new else ALREADY_LANDED, number=number, sha256=sha,
                     landed_file=str(relative), reason=None if new else "the same content is already landed")
        self._count(**({"files_new": 1} if new else {"files_unchanged": 1}))
        if new:
            with self._lock:
                self.result.landed.append(str(relative))

    def _record(self, task: Task, attempt: Attempt, outcome: str, *, number: int, sha256: str | None = None,
                reason: str | None = None, landed_file: str | None = None) -> None:
        self.log.append(FetchRecord(
            site=self.site.name, run_id=self.run_id, url=task.url, final_url=attempt.final_url,
            referrer=task.referrer, kind=task.kind, attempt=number, conditional=attempt.conditional,
            status=attempt.status, content_type=attempt.content_type,
            size_bytes=len(attempt.body) if attempt.body is not None else None, sha256=sha256,
            etag=attempt.etag, last_modified=attempt.last_modified, fetched_at=attempt.fetched_at,
            outcome=outcome, reason=reason, landed_file=landed_file,
        ))

    def _count(self, **amounts: int) -> None:
        with self._lock:
            for name, amount in amounts.items():
                setattr(self.result, name, getattr(self.result, name) + amount)


def _sha(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def _robots_outcome(attempt: Attempt) -> str:
    if attempt.ok or (attempt.status is not None and 400 <= attempt.status < 500):
        return READ
    return RETRYING if attempt.will_retry else FAILED


def harvest_site(site: Site, politeness: HarvestSettings, landing_dir: Path, log_dir: Path,
                 dry_run: bool = False, fetcher: Fetcher | None = None,
                 on_progress: Callable[[SiteResult], None] | None = None) -> SiteResult:
    """Harvest one site into `landing_dir`, logging every attempt in `log_dir/<site>.jsonl`.
    A dry run reads the list pages only, lands and logs nothing, and lists what it would fetch.
    `on_progress(result so far)` is called every 100 URLs done."""
    return SiteCrawl(site, politeness, landing_dir, log_dir, dry_run, fetcher, on_progress).run()
