"""A fake government website on 127.0.0.1 for the harvester's tests and benchmark.

`FakeSite` serves fixed routes from a ThreadingHTTPServer in a thread, answers conditional GETs
(ETag and Last-Modified), and logs every request it receives (time, path, headers), so the tests
check from the server's side what the harvester did. `gov_site()` builds the report column of a
county government the way their CMSs print it; `generated_site()` builds one of any size.
"""

from __future__ import annotations

import hashlib
import select
import socket
import threading
import time
from dataclasses import dataclass, field
from email.utils import formatdate
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Self
from urllib.parse import quote, unquote, urlsplit

from orchestration.core.corpus import make_document


@dataclass
class Route:
    body: bytes = b""
    status: int = 200
    content_type: str = "text/html; charset=utf-8"
    location: str | None = None  # of a redirect
    delay: float = 0.0  # seconds before answering
    fail_first: int = 0  # answer 500 to the first n requests
    served: int = 0


@dataclass
class Seen:
    at: float  # time.monotonic() when the request arrived
    path: str
    headers: dict[str, str]


@dataclass
class FakeSite:
    routes: dict[str, Route]
    requests: list[Seen] = field(default_factory=list)
    most_in_flight: int = 0  # the most requests the server was answering at once

    def __post_init__(self):
        site = self
        lock = threading.Lock()
        in_flight = [0]

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, *args):  # quiet
                pass

            def do_GET(self):
                with lock:
                    in_flight[0] += 1
                    site.most_in_flight = max(site.most_in_flight, in_flight[0])
                try:
                    self._get()
                finally:
                    with lock:
                        in_flight[0] -= 1

            def _get(self):
                path = unquote(urlsplit(self.path).path)
                site.requests.append(Seen(time.monotonic(), path, {k.lower(): v for k, v in self.headers.items()}))
                route = site.routes.get(path)
                if route is None:
                    return self._answer(404, b"<html><body>404 Not Found</body></html>", "text/html")
                route.served += 1
                if route.delay and not self._client_waits(route.delay):
                    return None  # the client gave up (its time-out): it is no longer in flight
                if route.served <= route.fail_first:
                    return self._answer(500, b"Internal Server Error", "text/plain")
                if route.location:
                    return self._answer(route.status, b"", "text/plain", {"Location": route.location})
                digest = hashlib.sha256(route.body).hexdigest()
                etag = f'"{digest[:16]}"'
                modified = formatdate(1_700_000_000 + int(digest[:6], 16), usegmt=True)  # changes with the body
                validators = {"ETag": etag, "Last-Modified": modified}
                # RFC 9110: If-None-Match, when sent, decides; If-Modified-Since only without it
                asked = self.headers.get("If-None-Match")
                unchanged = asked == etag if asked else self.headers.get("If-Modified-Since") == modified
                if route.status == 200 and unchanged:
                    return self._answer(304, b"", None, validators)
                return self._answer(route.status, route.body, route.content_type, validators)

            def _client_waits(self, seconds: float) -> bool:
                """Sleep `seconds`, unless the client closes the connection first (then False)."""
                deadline = time.monotonic() + seconds
                while time.monotonic() < deadline:
                    readable, _, _ = select.select([self.connection], [], [], 0.02)
                    if readable and not self.connection.recv(1, socket.MSG_PEEK):
                        self.close_connection = True
                        return False
                return True

            def _answer(self, status, body, content_type, headers=None):
                try:
                    self.send_response(status)
                    if content_type:
                        self.send_header("Content-Type", content_type)
                    for name, value in (headers or {}).items():
                        self.send_header(name, value)
                    self.send_header("Content-Length", str(len(body)))
                    self.end_headers()
                    if body:
                        self.wfile.write(body)
                except (BrokenPipeError, ConnectionResetError):  # the client gave up (time-out, size)
                    pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.server.daemon_threads = True
        self.server.handle_error = lambda request, address: None  # a client that gave up (time-out, size)
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)

    def __enter__(self) -> Self:
        self.thread.start()
        return self

    def __exit__(self, *exc) -> None:
        self.server.shutdown()
        self.server.server_close()

    @property
    def base(self) -> str:
        return f"http://127.0.0.1:{self.server.server_address[1]}"

    def url(self, path: str) -> str:
        return self.base + quote(path)

    def paths_requested(self) -> list[str]:
        return [seen.path for seen in self.requests]


def _page(title: str, body: str, charset: str = "utf-8") -> str:
    return (f'<!DOCTYPE html><html><head><meta charset="{charset}"><title>{title}</title></head>'
            f'<body><div class="nav"><a href="/">网站首页</a> <a href="/zfxxgk/">政府信息公开</a></div>'
            f"{body}</body></html>")


def _list_page(items: list[tuple[str, str]], pager: str) -> bytes:
    rows = "".join(f'<li><a href="{href}" target="_blank">{text}</a><span>2024-01-20</span></li>'
                   for href, text in items)
    return _page("政府信息公开年报", f'<ul class="list">{rows}</ul><div class="pager">{pager}</div>').encode()


def _link_page(title: str, links: list[tuple[str, str]]) -> bytes:
    anchors = "".join(f'<p>附件：<a href="{href}">{text}</a></p>' for href, text in links)
    return _page(title, f"<h1>{title}</h1><p>现将本单位年度报告全文发布如下。</p>{anchors}").encode()


@dataclass
class GovSite:
    routes: dict[str, Route]
    reports: dict[str, bytes]  # path → the report a harvest must land from it
    title: dict[str, str]  # path → the title the list page gives it


def gov_site(seed: int = 11, oversize: int = 300_000) -> GovSite:
    """A county's 政府信息公开年报 column: two list pages joined by 下一页 and every case the harvester meets."""
    docs = {layout: make_document(seed, index, layout=layout, noise=set())
            for index, layout in enumerate(["html-utf8", "html-gbk", "pdf", "docx", "html-utf8"])}
    flaky = make_document(seed, 5, layout="html-utf8", noise=set())

    def title(doc) -> str:
        return f"{doc.truth['agency']}{doc.truth['year']}年政府信息公开工作年度报告"

    pdf, docx = docs["pdf"].data, docs["docx"].data
    routes = {
        "/robots.txt": Route(b"User-agent: *\nDisallow: /private/\n", content_type="text/plain"),
        "/zfxxgknb/index.html": Route(_list_page([
            ("/reports/html-report.html", title(docs["html-utf8"])),
            ("/reports/pdf-page.html", title(docs["pdf"])),
            ("/private/report.html", "某局2023年政府信息公开工作年度报告（内部）"),
            ("/old/gbk-report", title(docs["html-gbk"])),
            ("/zfxxgk/notice.html", "关于开展政务公开培训的通知"),
        ], '<a href="index.html">首页</a> <a href="index_1.html">下一页</a> <a href="index_1.html">尾页</a>')),
        "/zfxxgknb/index_1.html": Route(_list_page([
            ("/reports/docx-page.html", title(docs["docx"])),
            ("/files/copy-of-pdf-report.pdf", title(docs["pdf"]) + "（PDF版）"),
            ("/reports/missing.html", "某街道2023年政府信息公开工作年度报告"),
            ("/reports/flaky.html", title(flaky)),
            ("/reports/slow.html", "某镇2023年政府信息公开工作年度报告"),
            ("/files/huge-annual-report.pdf", "某委员会2023年政府信息公开工作年度报告"),
        ], '<a href="index.html">首页</a> <a href="index.html">上一页</a> <a href="index_1.html">尾页</a>')),
        # a report whose tables are in the HTML; it also links a form that is not a report
        "/reports/html-report.html": Route(docs["html-utf8"].data.replace(
            b"</body>", '<p><a href="/files/申请表.doc">政府信息公开申请表.doc</a></p></body>'.encode())),
        "/reports/pdf-page.html": Route(_link_page(title(docs["pdf"]), [("/files/report.pdf", title(docs["pdf"]) + ".pdf")])),
        "/files/report.pdf": Route(pdf, content_type="application/pdf"),
        "/files/copy-of-pdf-report.pdf": Route(pdf, content_type="application/pdf"),
        "/reports/docx-page.html": Route(_link_page(title(docs["docx"]), [
            ("/files/report.docx", "2023年度报告.docx"), ("/files/申请表.doc", "政府信息公开申请表.doc")])),
        "/files/report.docx": Route(docx, content_type="application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
        "/files/申请表.doc": Route(b"\xd0\xcf\x11\xe0 an application form", content_type="application/msword"),
        "/old/gbk-report": Route(status=301, location="/moved/gbk-report"),
        "/moved/gbk-report": Route(status=302, location="/reports/gbk-report.html"),
        "/reports/gbk-report.html": Route(docs["html-gbk"].data, content_type="text/html"),
        "/reports/flaky.html": Route(flaky.data, fail_first=1),
        "/reports/slow.html": Route(docs["html-utf8"].data, delay=1.5),
        "/files/huge-annual-report.pdf": Route(b"%PDF-1.4\n" + b"0" * oversize, content_type="application/pdf"),
        "/private/report.html": Route(docs["html-utf8"].data),
        "/zfxxgk/notice.html": Route(_page("通知", "<p>培训通知</p>").encode()),
    }
    reports = {"/reports/html-report.html": routes["/reports/html-report.html"].body, "/files/report.pdf": pdf,
               "/files/report.docx": docx, "/old/gbk-report": docs["html-gbk"].data, "/reports/flaky.html": flaky.data}
    titles = {path: title(doc) for path, doc in [("/reports/html-report.html", docs["html-utf8"]),
                                                 ("/files/report.pdf", docs["pdf"])]}
    return GovSite(routes, reports, titles)


def generated_site(entries: int, per_page: int = 20, seed: int = 3, distinct_reports: int = 50) -> dict[str, Route]:
    """A list of `entries` report pages, `per_page` a list page joined by 下一页, each report page
    holding its report in HTML: `distinct_reports` reports, each page a different file (its number
    in a comment) as on a real site."""
    bodies = [make_document(seed, i, layout="html-utf8", noise=set()).data for i in range(distinct_reports)]
    routes = {"/robots.txt": Route(b"User-agent: *\nDisallow: /admin/\n", content_type="text/plain")}
    pages = (entries + per_page - 1) // per_page
    for page in range(pages):
        name = "index.html" if page == 0 else f"index_{page}.html"
        items = [(f"/reports/{n}.html", f"第{n}号单位2023年政府信息公开工作年度报告")
                 for n in range(page * per_page, min(entries, (page + 1) * per_page))]
        pager = f'<a href="index_{page + 1}.html">下一页</a>' if page + 1 < pages else ""
        routes[f"/list/{name}"] = Route(_list_page(items, pager))
        for n in range(page * per_page, min(entries, (page + 1) * per_page)):
            routes[f"/reports/{n}.html"] = Route(bodies[n % distinct_reports] + f"<!-- {n} -->".encode())
    return routes
