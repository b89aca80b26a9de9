"""The season report page (orchestration/core/report_html.py): charts drawn from plain data."""

from __future__ import annotations

import re

from orchestration.core.report_html import SeasonData, label_width, render


def sample() -> SeasonData:
    return SeasonData(
        title="gdw season report",
        generated_at="2026-01-31 08:00 UTC",
        warehouse="/w/gdw.duckdb",
        headline={"reports read": "3"},
        outcomes=[("山东省", 2020, {"granted": 6, "denied": 2}, 9), ("河南省", 2020, {}, 0)],
        denial_reasons=[("denied_state_secret", "属于国家秘密", 2), ("denied_third_party_rights", "保护第三方合法权益", 0)],
        rule_failures=[("APP_BALANCE", "山东省", 1, 2), ("COMPLETENESS", "河南省", 0, 0)],
        files_by_status=[("parsed", "parsed", 2), ("quarantined: empty", "quarantined", 1)],
        not_adding_up=[("寿光市卫生健康局", 2020, "APP_BALANCE")],
    )


def test_the_page_has_five_charts_with_their_marks():
    html = render(sample())
    assert html.count('<figure class="chart"') == 5
    assert html.count("<svg") == 5
    # one bar per province-year in the received chart, one segment per non-zero outcome group
    assert 'title>山东省 2020 · Granted: 6</title>' in html and 'title>山东省 2020 · Denied: 2</title>' in html
    assert "APP_BALANCE · 山东省: 1 of 2 reports failed" in html
    assert "寿光市卫生健康局" in html


def test_the_page_fetches_nothing():
    html = render(sample())
    assert not re.search(r"""(src|href)\s*=\s*["']?(https?:)?//""", html)
    assert "<script" not in html and "@import" not in html


def test_names_are_escaped():
    data = sample()
    data.not_adding_up = [("<script>alert(1)</script>", 2020, "APP_BALANCE")]
    html = render(data)
    assert "<script>" not in html and "&lt;script&gt;" in html


def test_an_empty_warehouse_still_renders_and_says_so():
    html = render(SeasonData(title="t", generated_at="now", warehouse="w"))
    assert html.count('<figure class="chart"') == 5
    assert "No data in this warehouse yet." in html and "No rule results in this warehouse yet." in html


def test_labels_get_the_room_they_need():
    assert label_width(["山东省 2020"]) < label_width(["其他法律行政法规禁止公开 (denied_prohibited_by_law)"])
