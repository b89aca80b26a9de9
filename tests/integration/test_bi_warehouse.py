"""What an analyst reads: agencies placed with their adcode, the analysis marts, the dbt docs, the
README's example questions, and the season report as a browser shows it."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from orchestration.settings import DBT_PROJECT_DIR
from tests.bi_questions import readme_questions
from tests.conftest import ROOT
from tests.dbt_parse_state import seed_parse_state

# on the pytest-xdist worker of its session fixtures (tests/conftest.py: shared_fixture_groups)
pytestmark = pytest.mark.integration

ARTIFACTS = ROOT / "test-artifacts"
CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync", "--no-first-run"]


def test_the_seeds_agencies_are_placed_with_their_adcode(seeds_warehouse):
    rows = seeds_warehouse.query(
        "SELECT agency_name, province, city, county, adcode, admin_level, body_kind, body_function, "
        "placement_status FROM dim_agency ORDER BY agency_name"
    )
    assert rows == [
        ("咸宁市咸安区民政局", "湖北省", "咸宁市", "咸安区", "421202", "county", "department", "civil_affairs", "placed"),
        ("天水市民政局", "甘肃省", "天水市", None, "620500", "prefecture", "department", "civil_affairs", "placed"),
        ("濮阳市民政局", "河南省", "濮阳市", None, "410900", "prefecture", "department", "civil_affairs", "placed"),
        ("聊城市民政局", "山东省", "聊城市", None, "371500", "prefecture", "department", "civil_affairs", "placed"),
        ("高青县民政局", "山东省", "淄博市", "高青县", "370322", "county", "department", "civil_affairs", "placed"),
    ]


def test_applications_by_agency_and_year(seeds_warehouse):
    rows = {
        name: rest
        for name, *rest in seeds_warehouse.query(
            "SELECT agency_name, new_received, granted, denied, decided, results_total, denial_rate, grant_rate, "
            "unknown_cells FROM mart_applications_by_agency_year"
        )
    }
    # 聊城: 6 received, all 6 granted, none denied
    assert rows["聊城市民政局"][:5] == [6, 6, 0, 6, 6]
    assert float(rows["聊城市民政局"][5]) == 0.0 and float(rows["聊城市民政局"][6]) == 1.0
    # 高青 lost its total of the granted row: whatever it makes unknown stays unknown, never 0
    gaoqing = rows["高青县民政局"]
    assert gaoqing[-1] >= 1 and gaoqing[3] is None and gaoqing[5] is None


def test_procurement_by_region_and_report_quality(seeds_warehouse):
    xianan = seeds_warehouse.query(
        "SELECT reports, project_count, total_amount_wan_yuan FROM mart_procurement_by_region "
        "WHERE province = '湖北省' AND city = '咸宁市' AND county = '咸安区' AND report_year = 2020"
    )
    assert [(r, p, float(a)) for r, p, a in xianan] == [(1, 41, 537.0)]
    counted = dict(seeds_warehouse.query(
        "SELECT report_id, rules_failed + rules_passed + rules_not_evaluable FROM mart_report_quality"))
    evaluated = dict(seeds_warehouse.query(
        "SELECT report_id, count(DISTINCT rule_id) FROM fct_rule_results GROUP BY 1"))
    assert counted == evaluated  # each rule a report was checked on is counted once
    quality = {name: rest for name, *rest in seeds_warehouse.query(
        "SELECT agency_name, rules_failed, failed_rule_ids, adds_up FROM mart_report_quality")}
    assert quality["聊城市民政局"] == [0, None, True]
    # 天水's report lacks a table: COMPLETENESS fails, but what it has adds up
    assert quality["天水市民政局"] == [1, "COMPLETENESS", True]


def test_the_readme_questions_answer_on_the_samples(samples_warehouse):
    questions = readme_questions()
    assert len(questions) == 5
    for question, sql in questions:
        rows = samples_warehouse.query(sql)
        assert rows, f"no answer on the samples to: {question}"


def test_dbt_docs_generate(seeds_warehouse, tmp_path):
    env = {**os.environ, "GDW_WAREHOUSE_DIR": str(seeds_warehouse.settings.warehouse_dir), "GDW_WAREHOUSE_TARGET": "duckdb"}
    seed_parse_state(tmp_path, env)
    dbt = Path(sys.executable).parent / "dbt"
    result = subprocess.run(
        [str(dbt), "docs", "generate", "--static", "--profiles-dir", str(DBT_PROJECT_DIR), "--project-dir",
         str(DBT_PROJECT_DIR), "--target-path", str(tmp_path)],
        check=False, capture_output=True, text=True, env=env, timeout=300,
    )
    assert result.returncode == 0, result.stdout[-3000:]
    page = (tmp_path / "static_index.html").read_text(encoding="utf-8")
    assert "mart_applications_by_agency_year" in page and "denied / decided" in page


def test_the_season_report_shows_its_charts_in_chromium(seeds_warehouse):
    from playwright.sync_api import sync_playwright

    latest = seeds_warehouse.settings.warehouse_dir / "season_report.html"
    runs = list((seeds_warehouse.settings.warehouse_dir / "reports").glob("season_report_*.html"))
    assert latest.exists() and len(runs) == 1
    materialization = next(
        m for m in seeds_warehouse.result.get_asset_materialization_events()
        if m.asset_key.to_user_string() == "quality/season_report"
    )
    assert materialization.materialization.metadata["report"].value == runs[0].resolve().as_uri()

    ARTIFACTS.mkdir(exist_ok=True)
    errors: list[str] = []
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        try:
            page = browser.new_page(viewport={"width": 960, "height": 900})
            page.on("console", lambda message: errors.append(message.text) if message.type == "error" else None)
            page.on("pageerror", lambda error: errors.append(str(error)))
            page.on("request", lambda request: errors.append(f"fetched {request.url}")
                    if not request.url.startswith(("file:", "data:")) else None)
            page.goto(latest.resolve().as_uri())
            charts = page.locator("figure.chart svg")
            assert charts.count() == 5
            for index in range(charts.count()):
                box = charts.nth(index).bounding_box()
                assert box and box["width"] > 300 and box["height"] > 40  # drawn, not collapsed
            assert page.locator("svg .mark").count() >= 20
            text = page.inner_text("body")
            assert "山东省 2020" in text and "COMPLETENESS" in text and "reports read" in text
            page.screenshot(path=str(ARTIFACTS / "season_report.png"), full_page=True)
        finally:
            browser.close()
    assert errors == []
