"""HTTP for the harvester, with the politeness a small county server needs.

- robots.txt is read once per host (urllib.robotparser, fed by our own request so it is rate
  limited, time-limited and logged) and obeyed, Crawl-delay included, at every redirect hop.
- Each host has a gate: at most `concurrency` requests in flight and request starts at least
  1/requests_per_second apart (or the Crawl-delay, when longer), shared by every thread.
- 5xx answers, time-outs and broken connections are retried with exponential backoff; a 4xx never.
- A body is streamed and abandoned past `max_bytes`; redirects are followed by hand, up to
  `max_redirects`, so each hop passes the gate and robots.txt.
- Conditional GET: the caller passes the ETag / Last-Modified it saw last time; 304 is an answer.

Every HTTP attempt, retries included, is returned as an `Attempt` for the fetch log.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, datetime
from urllib.parse import urljoin, urlsplit
from urllib.robotparser import RobotFileParser

import httpx

from orchestration.settings import HarvestSettings


@dataclass
class Attempt:
    """One HTTP request and its answer (or why there was none)."""

    url: str
    final_url: str
    status: int | None = None
    content_type: str | None = None
    etag: str | None = None
    last_modified: str | None = None
    conditional: bool = False
    fetched_at: str = ""
    error: str | None = None  # timeout, connection_error, too_large, too_many_redirects, disallowed_by_robots…
    reason: str | None = None  # in words
    location: str | None = None  # of a redirect
    body: bytes | None = field(default=None, repr=False)
    will_retry: bool = False

    @property
    def ok(self) -> bool:
        return self.error is None and self.status == 200 and self.body is not None

    @property
    def not_modified(self) -> bool:
        return self.error is None and self.status == 304


def now_iso() -> str:
    return datetime.now(UTC).replace(tzinfo=None).isoformat(timespec="milliseconds")


class HostGate:
    """At most `concurrency` requests in flight to one host, their starts `interval` seconds apart."""

    def __init__(self, interval: float, concurrency: int):
        self.interval = interval
        self._slots = threading.Semaphore(concurrency)
        self._lock = threading.Lock()
        self._next_start = 0.0

    @contextmanager
    def turn(self):
        with self._slots:
            with self._lock:
                now = time.monotonic()
                start = max(now, self._next_start)
                self._next_start = start + self.interval
            if start > now:
                time.sleep(start - now)
            yield


def user_agent_token(user_agent: str) -> str:
    """The product token robots.txt groups are matched against ("gdw-harvester")."""
    return user_agent.split("/")[0].split()[0]


class Fetcher:
    """Polite GETs over one httpx client (connection keep-alive per host), safe across threads."""

    def __init__(self, politeness: HarvestSettings, client: httpx.Client | None = None):
        self.politeness = politeness
        self.client = client or httpx.Client(
            headers={"User-Agent": politeness.user_agent},
            timeout=httpx.Timeout(politeness.timeout_seconds),
            follow_redirects=False,
            limits=httpx.Limits(max_connections=max(10, politeness.concurrency * 4),
                                max_keepalive_connections=max(10, politeness.concurrency * 4)),
        )
        self._gates: dict[str, HostGate] = {}
        self._robots: dict[str, RobotFileParser] = {}
        self._lock = threading.Lock()
        self._host_locks: dict[str, threading.Lock] = {}
        self.token = user_agent_token(politeness.user_agent)

    def close(self) -> None:
        self.client.close()

    # ------------------------------------------------------------------ politeness

    def _gate(self, origin: str) -> HostGate:
        with self._lock:
            if origin not in self._gates:
                self._gates[origin] = HostGate(1.0 / self.politeness.requests_per_second, self.politeness.concurrency)
            return self._gates[origin]

    def robots_for(self, url: str) -> tuple[RobotFileParser, list[Attempt]]:
        """The robots.txt rules of the URL's host, read once; and the attempts reading it made
        (returned once, to the first caller, for the log)."""
        parts = urlsplit(url)
        origin = f"{parts.scheme}://{parts.netloc}"
        with self._lock:
            host_lock = self._host_locks.setdefault(origin, threading.Lock())
        with host_lock:
            if origin in self._robots:
                return self._robots[origin], []
            robots_url = origin + "/robots.txt"
            attempts = self._get_with_retries(robots_url, {}, follow_redirects=True)
            last = attempts[-1]
            parser = RobotFileParser(robots_url)
            if last.ok:
                parser.parse(last.body.decode("utf-8", errors="replace").splitlines())
                delay = parser.crawl_delay(self.token)
                if delay:
                    gate = self._gate(origin)
                    gate.interval = max(gate.interval, float(delay))
            elif last.status is not None and 400 <= last.status < 500:
                parser.allow_all = True  # RFC 9309: no robots.txt (4xx) means no restriction
            else:  # RFC 9309: robots.txt unreachable (5xx, time-out) means complete disallow
                parser.disallow_all = True
            parser.modified()
            self._robots[origin] = parser
            return parser, attempts

    def allowed(self, url: str) -> tuple[bool, list[Attempt]]:
        parser, attempts = self.robots_for(url)
        return parser.can_fetch(self.token, url), attempts

    # ------------------------------------------------------------------ requests

    def get(self, url: str, validators: Callable[[str], dict | None] = lambda url: None) -> list[Attempt]:
        """GET `url` (following redirects): every attempt, the last one being the outcome.
        Robots attempts of newly met hosts come first, marked by their robots.txt URL.
        `validators(url)`: the ETag / Last-Modified last seen at a URL (each hop is asked)."""
        log: list[Attempt] = []
        current = url
        for _hop in range(self.politeness.max_redirects + 1):
            allowed, robots_attempts = self.allowed(current)
            log.extend(robots_attempts)
            if not allowed:
                log.append(Attempt(url, current, fetched_at=now_iso(), error="disallowed_by_robots",
                                   reason=f"robots.txt of {urlsplit(current).netloc} disallows {current}"))
                return log
            attempts = self._get_with_retries(current, validators(current) or {})
            for attempt in attempts:
                attempt.url = url
            log.extend(attempts)
            last = attempts[-1]
            if last.error or last.status not in (301, 302, 303, 307, 308):
                return log
            location = last.location or ""
            if not location:
                last.error, last.reason = "bad_redirect", f"{last.status} without a Location header"
                return log
            current = urljoin(current, location)
            last.error, last.reason = "redirected", f"redirected to {current}"
        log[-1].error = "too_many_redirects"
        log[-1].reason = f"more than {self.politeness.max_redirects} redirects (last: {current})"
        return log

    def _get_with_retries(self, url: str, validators: dict[str, str],
                          follow_redirects: bool = False) -> list[Attempt]:
        attempts = []
        gate = self._gate("{0.scheme}://{0.netloc}".format(urlsplit(url)))
        for number in range(self.politeness.retries + 1):
            with gate.turn():
                attempt = self._get_once(url, validators, follow_redirects)
            attempts.append(attempt)
            transient = attempt.error in ("timeout", "connection_error") or (
                attempt.error is None and attempt.status is not None and attempt.status >= 500)
            if not transient or number == self.politeness.retries:
                if transient:
                    attempt.error = attempt.error or "server_error"
                    attempt.reason = (attempt.reason or f"HTTP {attempt.status}") + \
                        f"; gave up after {number + 1} attempts"
                return attempts
            attempt.will_retry = True
            time.sleep(self.politeness.backoff_seconds * 2 ** number)
        return attempts

    def _get_once(self, url: str, validators: dict[str, str], follow_redirects: bool = False) -> Attempt:
        headers = {}
        if validators.get("etag"):
            headers["If-None-Match"] = validators["etag"]
        if validators.get("last_modified"):
            headers["If-Modified-Since"] = validators["last_modified"]
        attempt = Attempt(url, url, conditional=bool(headers), fetched_at=now_iso())
        limit = self.politeness.max_bytes
        try:
            with self.client.stream("GET", url, headers=headers, follow_redirects=follow_redirects) as response:
                attempt.status = response.status_code
                attempt.final_url = str(response.url)
                attempt.content_type = response.headers.get("content-type")
                attempt.etag = response.headers.get("etag")
                attempt.last_modified = response.headers.get("last-modified")
                if response.is_redirect:
                    attempt.location = response.headers.get("location")
                    return attempt
                if response.status_code != 200:
                    if response.status_code != 304:
                        attempt.reason = f"HTTP {response.status_code} {response.reason_phrase}".strip()
                    return attempt
                declared = response.headers.get("content-length")
                if declared and declared.isdigit() and int(declared) > limit:
                    attempt.error = "too_large"
                    attempt.reason = f"Content-Length {declared} bytes is over the limit of {limit} bytes"
                    return attempt
                chunks, size = [], 0
                for chunk in response.iter_bytes():
                    size += len(chunk)
                    if size > limit:
                        attempt.error = "too_large"
                        attempt.reason = f"over the limit of {limit} bytes (download abandoned)"
                        return attempt
                    chunks.append(chunk)
                attempt.body = b"".join(chunks)
        except httpx.TimeoutException as error:
            attempt.error = "timeout"
            attempt.reason = f"no answer within {self.politeness.timeout_seconds} s ({type(error).__name__})"
        except httpx.HTTPError as error:
            attempt.error = "connection_error"
            attempt.reason = f"{type(error).__name__}: {error}"
        return attempt
