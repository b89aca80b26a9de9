"""The harvester against a fake government site on 127.0.0.1 (tests/harvest_site.py): what lands,
what the fetch log says of each URL, conditional re-harvests, robots.txt, the rate limit."""

from __future__ import annotations

import hashlib
from collections import Counter
from itertools import pairwise

import pytest

from orchestration.harvest.crawl import harvest_site
from orchestration.harvest.fetch_log import read_records
from orchestration.harvest.links import read_page, report_attachments, report_links
from orchestration.harvest.sources import Site, SourcesError, load_sources, parse_sources
from orchestration.settings import PROJECT_ROOT, HarvestSettings
from tests.harvest_site import FakeSite, Route, gov_site

RATE = 8.0
CONCURRENCY = 2
POLITENESS = HarvestSettings(requests_per_second=RATE, concurrency=CONCURRENCY, timeout_seconds=0.5, retries=1,
                             backoff_seconds=0.05, max_bytes=200_000)


def sha(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


# ---------------------------------------------------------------- sources.yaml


def test_the_smallest_sources_file_names_a_site_and_its_list_page(tmp_path):
    path = tmp_path / "sources.yaml"
    path.write_text('sites:\n  - name: example-county\n    list_urls: ["https://www.example.gov.cn/nb/index.html"]\n')
    [site] = load_sources(path)
    assert site.list_urls == ("https://www.example.gov.cn/nb/index.html",)
    assert "下一页" in site.next_link_texts and site.title_matches("某县2023年政府信息公开工作年度报告")
    assert load_sources(PROJECT_ROOT / "examples" / "sources.yaml")[0].name == "example-county"


@pytest.mark.parametrize(("document", "complaint"), [
    ({"sites": [{"name": "a"}]}, "list_urls"),
    ({"sites": [{"name": "Bad Name", "list_urls": ["https://x.gov.cn/"]}]}, "name"),
    ({"sites": [{"name": "a", "list_urls": ["ftp://x.gov.cn/"]}]}, "not an http"),
    ({"sites": [{"name": "a", "list_urls": ["https://x.gov.cn/"], "list_url": "typo"}]}, "unknown key"),
    ({"sites": [{"name": "a", "list_urls": ["https://x/"]}, {"name": "a", "list_urls": ["https://y/"]}]}, "twice"),
    ({"sites": [{"name": "a", "list_urls": ["https://x/"], "page_url_template": "https://x/index.html"}]}, "{page}"),
    ({"sites": []}, "non-empty"),
])
def test_a_sources_file_that_is_not_valid_says_what_is_wrong(document, complaint):
    with pytest.raises(SourcesError, match=complaint.replace("{", r"\{").replace("}", r"\}")):
        parse_sources(document)


def test_years_narrow_the_report_links():
    site = Site("a", ("https://x/",), years=(2023,))
    assert site.title_matches("某县2023年政府信息公开工作年度报告")
    assert not site.title_matches("某县2022年政府信息公开工作年度报告")


# ---------------------------------------------------------------- pages


def test_a_gbk_page_is_read_with_its_links_and_tables():
    site = gov_site()
    page = read_page(site.routes["/reports/gbk-report.html"].body, "http://127.0.0.1/reports/gbk-report.html")
    assert page.encoding == "gb18030" and page.has_report_tables
    listing = read_page(site.routes["/zfxxgknb/index.html"].body, "http://127.0.0.1/zfxxgknb/index.html")
    found = {link.url.removeprefix("http://127.0.0.1") for link in report_links(listing, Site("a", ("http://x/",)))}
    assert found == {"/reports/html-report.html", "/reports/pdf-page.html", "/private/report.html", "/old/gbk-report"}


def test_a_report_page_yields_the_report_attachment_not_the_application_form():
    page = read_page(gov_site().routes["/reports/docx-page.html"].body, "http://127.0.0.1/reports/docx-page.html")
    assert [link.url for link in report_attachments(page, Site("a", ("http://x/",)))] == [
        "http://127.0.0.1/files/report.docx"]


# ---------------------------------------------------------------- a site, harvested twice


@pytest.fixture(scope="module")
def harvested(tmp_path_factory):
    folder = tmp_path_factory.mktemp("harvest")
    government = gov_site()
    with FakeSite(government.routes) as server:
        site = Site("test-county", (server.url("/zfxxgknb/index.html"),))
        first = harvest_site(site, POLITENESS, folder / "landing", folder / "log")
        first_requests = list(server.requests)
        landed_after_first = sorted((folder / "landing").rglob("*"))
        second = harvest_site(site, POLITENESS, folder / "landing", folder / "log")
        second_requests = server.requests[len(first_requests):]
        yield {"government": government, "server": server, "site": site, "folder": folder, "first": first,
               "second": second, "first_requests": first_requests, "second_requests": second_requests,
               "landed_after_first": landed_after_first,
               "log": list(read_records(folder / "log" / "test-county.jsonl"))}


def _by_path(harvested, run: int = 0) -> dict[str, list[dict]]:
    """The log records of one harvest (0: the first), by URL path."""
    base = harvested["server"].base
    wanted = list(dict.fromkeys(r["run_id"] for r in harvested["log"]))[run]  # the log is append-only
    records: dict[str, list[dict]] = {}
    for record in harvested["log"]:
        if record["run_id"] == wanted:
            records.setdefault(record["url"].removeprefix(base), []).append(record)
    return records


def test_what_lands_is_every_report_once_and_nothing_else(harvested):
    landing = harvested["folder"] / "landing"
    files = [p for p in landing.rglob("*") if p.is_file()]
    assert {sha(p.read_bytes()) for p in files} == {sha(data) for data in harvested["government"].reports.values()}
    assert len(files) == len(harvested["government"].reports)  # the PDF at two URLs is stored once
    assert all(p.parent == landing / "harvested" / "test-county" and not p.name.startswith(".") for p in files)
    assert {p.suffix for p in files} == {".html", ".pdf", ".docx"}
    assert harvested["first"].files_new == 5 and harvested["first"].error is None


def test_the_fetch_log_says_what_became_of_each_url(harvested):
    log = _by_path(harvested)
    outcome = {path: [r["outcome"] for r in records] for path, records in log.items()}
    assert outcome["/robots.txt"] == ["read"]
    assert outcome["/zfxxgknb/index.html"] == ["read"] and outcome["/zfxxgknb/index_1.html"] == ["read"]
    assert outcome["/reports/html-report.html"] == ["landed"]
    assert outcome["/reports/pdf-page.html"] == ["read"] and outcome["/files/report.pdf"] == ["landed"]
    assert outcome["/files/copy-of-pdf-report.pdf"] == ["already_landed"]
    assert log["/files/copy-of-pdf-report.pdf"][0]["sha256"] == log["/files/report.pdf"][0]["sha256"]
    assert outcome["/reports/missing.html"] == ["failed"] and log["/reports/missing.html"][0]["status"] == 404
    assert outcome["/reports/flaky.html"] == ["retrying", "landed"]
    assert [r["status"] for r in log["/reports/flaky.html"]] == [500, 200]
    assert outcome["/reports/slow.html"] == ["retrying", "failed"]
    assert "no answer within" in log["/reports/slow.html"][-1]["reason"]
    assert outcome["/files/huge-annual-report.pdf"] == ["failed"]
    assert "over the limit" in log["/files/huge-annual-report.pdf"][0]["reason"]
    assert outcome["/private/report.html"] == ["disallowed"]
    assert outcome["/old/gbk-report"] == ["redirected", "redirected", "landed"]
    assert log["/old/gbk-report"][-1]["final_url"].endswith("/reports/gbk-report.html")
    # provenance: the attachment's referrer is the page that links it, the page's is the list page
    base = harvested["server"].base
    assert log["/files/report.docx"][0]["referrer"] == base + "/reports/docx-page.html"
    assert log["/reports/docx-page.html"][0]["referrer"] == base + "/zfxxgknb/index_1.html"
    landed = log["/files/report.pdf"][0]
    assert landed["etag"] and landed["last_modified"] and landed["content_type"] == "application/pdf"
    assert landed["size_bytes"] == len(harvested["government"].reports["/files/report.pdf"])
    assert (harvested["folder"] / "landing" / landed["landed_file"]).read_bytes() == \
        harvested["government"].reports["/files/report.pdf"]
    assert "/zfxxgk/notice.html" not in log and "/files/申请表.doc" not in log


def test_what_is_not_a_report_or_is_disallowed_is_never_requested(harvested):
    requested = {seen.path for seen in harvested["first_requests"] + harvested["second_requests"]}
    assert not any(path.startswith("/private/") for path in requested)
    assert "/files/申请表.doc" not in requested and "/zfxxgk/notice.html" not in requested


def test_retries_follow_5xx_and_time_outs_never_4xx(harvested):
    counts = Counter(seen.path for seen in harvested["first_requests"])
    assert counts["/reports/missing.html"] == 1
    assert counts["/reports/flaky.html"] == 2
    assert counts["/reports/slow.html"] == 2  # retries=1


def test_a_second_harvest_asks_conditionally_and_lands_nothing(harvested):
    second = harvested["second"]
    assert second.files_new == 0 and second.bytes == 0 and second.files_unchanged == 6 and second.disallowed == 1
    assert sorted((harvested["folder"] / "landing").rglob("*")) == harvested["landed_after_first"]
    answered_before = {"/zfxxgknb/index.html", "/zfxxgknb/index_1.html", "/reports/html-report.html",
                       "/reports/pdf-page.html", "/files/report.pdf", "/files/copy-of-pdf-report.pdf",
                       "/reports/docx-page.html", "/files/report.docx", "/reports/flaky.html",
                       "/reports/gbk-report.html"}
    asked = {seen.path: seen.headers for seen in harvested["second_requests"]}
    assert answered_before <= set(asked)
    assert all("if-none-match" in asked[path] for path in answered_before)
    log = _by_path(harvested, run=1)
    assert {r["outcome"] for path in answered_before - {"/reports/gbk-report.html"} for r in log[path]} == {"not_modified"}


def test_the_rate_limit_and_the_concurrency_cap_hold_at_the_server(harvested):
    times = sorted(seen.at for seen in harvested["first_requests"] + harvested["second_requests"])
    busiest = max(sum(1 for t in times if start <= t < start + 1.0) for start in times)
    print(f"{len(times)} requests, at most {busiest} in any second (rate {RATE}/s)")
    assert busiest <= RATE + 1  # +1: a window can hold both ends of the spacing
    assert harvested["server"].most_in_flight <= CONCURRENCY
    assert all(seen.headers["user-agent"].startswith("gdw-harvester/") for seen in harvested["first_requests"])


# ---------------------------------------------------------------- smaller sites


def _small_site(report: bytes) -> dict[str, Route]:
    listing = ('<html><body><a href="/r/1.html">某县2023年政府信息公开工作年度报告</a>'
               '<a href="/r/2.pdf">某县某局2023年度报告.pdf</a></body></html>').encode()
    return {"/list.html": Route(listing), "/r/1.html": Route(report), "/r/2.pdf": Route(b"%PDF-1.4 x")}


def test_a_report_changed_by_its_site_is_a_new_file_and_the_log_keeps_both(tmp_path):
    routes = _small_site("<html><body><p>2023年度报告 第一版</p></body></html>".encode())
    with FakeSite(routes) as server:  # no robots.txt (404): everything allowed
        site = Site("small", (server.url("/list.html"),))
        first = harvest_site(site, POLITENESS, tmp_path / "landing", tmp_path / "log")
        routes["/r/1.html"].body = "<html><body><p>2023年度报告 更正版</p></body></html>".encode()
        second = harvest_site(site, POLITENESS, tmp_path / "landing", tmp_path / "log")
    assert (first.files_new, second.files_new, second.files_unchanged) == (2, 1, 1)
    assert len(list((tmp_path / "landing" / "harvested" / "small").iterdir())) == 3
    page = [r for r in read_records(tmp_path / "log" / "small.jsonl") if r["url"].endswith("/r/1.html")]
    assert [r["outcome"] for r in page] == ["landed", "landed"] and page[0]["sha256"] != page[1]["sha256"]


def test_a_dry_run_lists_what_it_would_fetch_and_lands_and_logs_nothing(tmp_path):
    with FakeSite(_small_site(b"<html><body>x</body></html>")) as server:
        site = Site("small", (server.url("/list.html"),))
        result = harvest_site(site, POLITENESS, tmp_path / "landing", tmp_path / "log", dry_run=True)
        requested = server.paths_requested()
    assert sorted((t.kind, t.url.removeprefix(server.base)) for t in result.would_fetch) == [
        ("file", "/r/2.pdf"), ("page", "/r/1.html")]
    assert requested == ["/robots.txt", "/list.html"]
    assert not (tmp_path / "landing").exists() and not (tmp_path / "log").exists()


def test_list_pages_from_a_page_url_template_stop_at_the_first_missing_page(tmp_path):
    routes = {f"/nb/index_{n}.html": Route(f'<a href="/r/{n}.html">{n}号2023年度报告</a>'.encode()) for n in (1, 2)}
    routes["/nb/index.html"] = Route('<a href="/r/0.html">0号2023年度报告</a>'.encode())
    routes.update({f"/r/{n}.html": Route(f"<html><body>{n}号2023年度报告</body></html>".encode()) for n in range(3)})
    with FakeSite(routes) as server:
        site = Site("tpl", (server.url("/nb/index.html"),), page_url_template=server.base + "/nb/index_{page}.html")
        result = harvest_site(site, POLITENESS, tmp_path / "landing", tmp_path / "log")
        requested = server.paths_requested()
    assert result.files_new == 3
    assert "/nb/index_3.html" in requested and "/nb/index_4.html" not in requested


def test_robots_txt_that_cannot_be_read_stops_the_site_politely(tmp_path):
    routes = {"/robots.txt": Route(status=503, body=b"busy"), "/list.html": Route("<a href='/r.html'>2023年报</a>".encode())}
    with FakeSite(routes) as server:
        result = harvest_site(Site("down", (server.url("/list.html"),)), POLITENESS, tmp_path / "l", tmp_path / "log")
        requested = server.paths_requested()
    assert result.error and result.disallowed == 1 and set(requested) == {"/robots.txt"}


# ---------------------------------------------------------------- the command line, the vocabulary


def test_gdw_harvest_dry_run_lists_what_it_would_fetch(tmp_path, monkeypatch, capsys):
    from orchestration.core.cli import main

    with FakeSite(gov_site().routes) as server:
        sources = tmp_path / "sources.yaml"
        sources.write_text(f'sites:\n  - name: test-county\n    list_urls: ["{server.url("/zfxxgknb/index.html")}"]\n')
        for name, value in {"GDW_LANDING_DIR": tmp_path / "landing", "GDW_WAREHOUSE_DIR": tmp_path / "warehouse",
                            "GDW_HARVEST_RATE": "20"}.items():
            monkeypatch.setenv(name, str(value))
        status = main(["harvest", "--sources", str(sources), "--dry-run"])
        missing = main(["harvest", "--sources", str(sources), "--site", "no-such-site"])
    out = capsys.readouterr().out
    assert status == 0 and missing == 1
    assert out.startswith("test-county: 2 pages visited")
    assert f"would fetch page {server.base}/reports/pdf-page.html" in out
    assert f"would fetch file {server.base}/files/copy-of-pdf-report.pdf" in out
    assert "1 disallowed by robots.txt" in out and "would fetch page " + server.base + "/private" not in out
    assert out.strip().endswith("dry run: 1 site(s), 9 report page(s) and file(s) to fetch; nothing landed or logged")
    assert not (tmp_path / "landing").exists() and not (tmp_path / "warehouse").exists()


def test_the_fetch_log_vocabulary_is_the_one_dbt_tests_accept():
    import yaml

    from orchestration.harvest.fetch_log import FETCH_LOG_COLUMNS, KINDS, OUTCOMES, FetchRecord

    variables = yaml.safe_load((PROJECT_ROOT / "dbt_project" / "dbt_project.yml").read_text())["vars"]
    assert tuple(variables["gdw_fetch_kinds"]) == KINDS and tuple(variables["gdw_fetch_outcomes"]) == OUTCOMES
    assert set(FETCH_LOG_COLUMNS) == set(FetchRecord.__dataclass_fields__)


def test_a_crawl_delay_in_robots_txt_slows_the_harvest_below_the_rate_limit(tmp_path):
    routes = _small_site(b"<html><body>x</body></html>")
    robots = b"User-agent: gdw-harvester\nDisallow: /admin/\nCrawl-delay: 1\n"  # whole seconds (urllib.robotparser)
    routes["/robots.txt"] = Route(robots, content_type="text/plain")
    with FakeSite(routes) as server:
        harvest_site(Site("slow", (server.url("/list.html"),)), POLITENESS, tmp_path / "l", tmp_path / "log")
        times = [seen.at for seen in server.requests[1:]]  # after robots.txt
    assert len(times) == 3 and min(b - a for a, b in pairwise(times)) >= 0.9


def test_a_long_crawl_reports_its_progress_as_it_goes(tmp_path):
    from dataclasses import replace

    from tests.harvest_site import generated_site

    seen = []
    with FakeSite(generated_site(230, distinct_reports=3)) as server:
        result = harvest_site(Site("big", (server.url("/list/index.html"),)),
                              replace(POLITENESS, requests_per_second=400), tmp_path / "landing", tmp_path / "log",
                              on_progress=lambda so_far: seen.append(so_far.pages_visited))
    assert result.files_new == 230 and result.pages_visited == 230 + 12
    assert len(seen) == 2 and 0 < seen[0] < seen[1] < result.pages_visited


def test_harvest_settings_come_from_the_environment(tmp_path):
    from orchestration.settings import load_settings

    default = load_settings({})
    assert default.sources_file == PROJECT_ROOT / "examples" / "sources.yaml"
    assert (default.harvest.requests_per_second, default.harvest.concurrency) == (1.0, 2)
    custom = load_settings({"GDW_SOURCES_FILE": str(tmp_path / "s.yaml"), "GDW_WAREHOUSE_DIR": str(tmp_path / "w"),
                            "GDW_HARVEST_RATE": "0.5", "GDW_HARVEST_MAX_MB": "2", "GDW_HARVEST_RETRIES": "0"})
    assert custom.sources_file == tmp_path / "s.yaml" and custom.fetch_log_dir == tmp_path / "w" / "harvest"
    assert (custom.harvest.requests_per_second, custom.harvest.max_bytes, custom.harvest.retries) == (0.5, 2 << 20, 0)
    with pytest.raises(ValueError, match="GDW_HARVEST_RATE"):
        load_settings({"GDW_HARVEST_RATE": "-1"})
