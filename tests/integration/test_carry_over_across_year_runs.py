"""CARRY_CONTINUITY of year Y+1 follows a rebuild of year Y alone.

A corrected 2019 report arrives (the landing sensor asks for a 2019 run only): the 2020 report's
carry-over compares with 2019, so its result must change in that run, not wait for a 2020 run.
"""

from __future__ import annotations

import pytest

from tests.integration.conftest import materialize
from tests.rule_reports import Report

pytestmark = pytest.mark.integration


def carry_results(built) -> list[tuple]:
    return built.query(
        "SELECT report_year, status, expected, actual FROM fct_rule_results "
        "WHERE rule_id = 'CARRY_CONTINUITY' ORDER BY report_year"
    )


def test_a_2019_run_refreshes_the_2020_carry_over_result(tmp_path):
    landing, warehouse = tmp_path / "landing", tmp_path / "warehouse"
    landing.mkdir()
    # 2019 carries 4 applications forward; 2020 says 1 was carried over: the carry-over is broken
    (landing / "2019.txt").write_text(Report("山东省威海市民政局", 2019, forward=4).text(), encoding="utf-8")
    (landing / "2020.txt").write_text(Report("威海市民政局", 2020, carried_over=1).text(), encoding="utf-8")
    first = materialize(landing, warehouse)
    assert first.result.success
    assert carry_results(first) == [(2020, "failed", 4, 1)]

    # the 2019 report is corrected (1 carried forward) and only 2019 is rebuilt
    (landing / "2019.txt").write_text(Report("山东省威海市民政局", 2019, forward=1).text(), encoding="utf-8")
    second = materialize(landing, warehouse, partition_key="2019")
    assert second.result.success
    assert carry_results(second) == [(2020, "passed", 1, 1)]
