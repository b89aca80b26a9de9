"""Harvest a fake government site on 127.0.0.1 with the Dagster asset, then build the warehouse
from the landing folder as `make run` does, up to the marts the test reads: the harvested reports
are in dim_report with the URL they came from, every attempt is in fct_fetch_log, and a re-harvest
lands nothing."""

from __future__ import annotations

import os
import shutil
from datetime import datetime
from zoneinfo import ZoneInfo

import dagster as dg
import pytest

from orchestration.harvest.fetch_log import read_records
from orchestration.settings import HarvestSettings, Settings
from tests.conftest import SAMPLES_DIR
from tests.harvest_site import FakeSite, gov_site
from tests.integration.conftest import materialize

pytestmark = pytest.mark.integration

POLITENESS = HarvestSettings(requests_per_second=20, concurrency=2, timeout_seconds=0.5, retries=1,
                             backoff_seconds=0.05, max_bytes=200_000)


def harvest_run(settings: Settings, site: str) -> dg.ExecuteInProcessResult:
    from orchestration.definitions import build_definitions

    saved = {k: v for k, v in os.environ.items() if k.startswith("GDW_")}
    try:
        job = build_definitions(settings).resolve_job_def("gdw_harvest")
        return job.execute_in_process(instance=dg.DagsterInstance.ephemeral(), partition_key=site)
    finally:  # Settings.export() set GDW_*: put the environment back as it was
        for key in [k for k in os.environ if k.startswith("GDW_")]:
            os.environ.pop(key)
        os.environ.update(saved)


def harvest_metadata(result: dg.ExecuteInProcessResult) -> dict:
    [event] = [e for e in result.get_asset_materialization_events()
               if e.asset_key == dg.AssetKey(["ingestion", "harvested_reports"])]
    return {k: v.value for k, v in event.materialization.metadata.items()}


def test_harvested_reports_reach_the_warehouse_with_their_url(tmp_path):
    landing, warehouse = tmp_path / "landing", tmp_path / "warehouse"
    landing.mkdir()
    by_hand = min(p for p in SAMPLES_DIR.iterdir() if p.is_file())  # a report put in the folder by hand
    shutil.copy(by_hand, landing / by_hand.name)
    government = gov_site()
    with FakeSite(government.routes) as server:
        sources = tmp_path / "sources.yaml"
        sources.write_text(f'sites:\n  - name: test-county\n    list_urls: ["{server.url("/zfxxgknb/index.html")}"]\n')
        settings = Settings(landing, warehouse, 1, sources_file=sources, harvest=POLITENESS)
        first = harvest_run(settings, "test-county")
        again = harvest_run(settings, "test-county")
        base = server.base
    assert first.success and again.success
    assert harvest_metadata(first)["files_new"] == 5 and harvest_metadata(first)["pages_visited"] == 7
    assert harvest_metadata(again)["files_new"] == 0 and harvest_metadata(again)["bytes"] == 0  # moves nothing

    # the marts read below and all they are built from, with their dbt tests and gates; the other
    # marts and the publish are the seeds' and the rules' tests
    built = materialize(landing, warehouse, up_to={dg.AssetKey(["dim_report"]), dg.AssetKey(["fct_fetch_log"]),
                                                   dg.AssetKey(["fct_quarantine"])})
    assert built.result.success

    rows = built.query("SELECT file_name, source_url, fetched_at, sha256 FROM dim_report ORDER BY file_name")
    urls = {name: url and url.removeprefix(base) for name, url, _, _ in rows}
    assert urls.pop(by_hand.name) is None  # not harvested: no URL
    # the PDF is at two URLs: its source is the one it was first landed from
    pdf_urls = {"/files/report.pdf", "/files/copy-of-pdf-report.pdf"}
    assert sorted(u for u in urls.values() if u not in pdf_urls) == sorted(
        ["/reports/html-report.html", "/old/gbk-report", "/reports/flaky.html", "/files/report.docx"])
    assert sum(u in pdf_urls for u in urls.values()) == 1
    assert all(fetched for name, _, fetched, _ in rows if name != by_hand.name)

    log_lines = sum(1 for _ in read_records(warehouse / "harvest" / "test-county.jsonl"))
    assert built.query("SELECT count(*) FROM fct_fetch_log") == [(log_lines,)]
    said = dict(built.query(
        "SELECT replace(url, ?, ''), string_agg(outcome || ':' || coalesce(status::varchar, '-'), ' ' ORDER BY fetched_at) "
        "FROM fct_fetch_log WHERE run_id = (SELECT run_id FROM fct_fetch_log ORDER BY fetched_at LIMIT 1) GROUP BY 1",
        [base]))
    assert said["/reports/missing.html"] == "failed:404"
    assert said["/reports/flaky.html"] == "retrying:500 landed:200"
    assert said["/private/report.html"] == "disallowed:-"
    assert said["/files/huge-annual-report.pdf"] == "failed:200"
    # the second harvest asked conditionally, and was answered 304
    assert built.query("SELECT count(*) FROM fct_fetch_log WHERE outcome = 'not_modified' AND conditional") == [(10,)]
    # every harvested file became a report (nothing in quarantine but what was put there by hand)
    assert built.query("SELECT count(*) FROM fct_quarantine WHERE source_file LIKE '%harvested%'") == [(0,)]


def test_the_harvest_asset_is_partitioned_by_the_sites_of_the_sources_file(tmp_path):
    from orchestration.definitions import build_definitions

    sources = tmp_path / "sources.yaml"
    sources.write_text('sites:\n  - {name: a-county, list_urls: ["https://a.gov.cn/nb/"]}\n'
                       '  - {name: b-city, list_urls: ["https://b.gov.cn/nb/"]}\n')
    defs = build_definitions(Settings(tmp_path / "landing", tmp_path / "warehouse", 1, sources_file=sources))
    graph = defs.resolve_asset_graph()
    node = graph.get(dg.AssetKey(["ingestion", "harvested_reports"]))
    assert node.partitions_def.get_partition_keys() == ["a-county", "b-city"]
    assert dg.AssetKey(["ingestion", "harvested_reports"]) in graph.get(dg.AssetKey(["landing", "raw_reports"])).parent_keys
    schedule = defs.resolve_schedule_def("harvest_season_daily")
    assert schedule.default_status == dg.DefaultScheduleStatus.STOPPED
    tick = datetime(2026, 2, 3, 2, 0, tzinfo=ZoneInfo("Asia/Shanghai"))
    context = dg.build_schedule_context(scheduled_execution_time=tick, repository_def=defs.get_repository_def())
    requests = schedule.evaluate_tick(context).run_requests
    assert sorted(r.partition_key for r in requests) == ["a-county", "b-city"]  # one run per site
    # the year job never crawls: harvests run in gdw_harvest, one run per site
    assert "harvested_reports" not in str(defs.resolve_job_def("gdw_everything").graph.node_dict)
