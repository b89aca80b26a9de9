"""The whole graph on a landing folder nobody cleaned (issue 10): the run succeeds, every entry
ends in dim_report or fct_quarantine with a reason, and nothing outside the folder is read."""

from __future__ import annotations

import pytest

from orchestration.run_progress import RunNarrator
from tests.landing_entries import NOT_REPORT_FILES, SECRET

# the untidy landing run, shared with test_unknown_agency and test_last_year_settles_table_2
pytestmark = pytest.mark.integration


def test_every_entry_is_accounted_for_and_nothing_outside_is_read(untidy_warehouse):
    # the folder of tests/landing_entries.py, with the reports of the other special cases (conftest)
    built, instance = untidy_warehouse.built, untidy_warehouse.instance
    landing, outside = untidy_warehouse.landing, untidy_warehouse.outside
    assert built.result.success
    checks = {e.check_name: e for e in built.result.get_asset_check_evaluations()}
    assert checks["gx_report_reconciliation"].passed

    prefix = f"{landing}/"
    reports = {path.removeprefix(prefix) for (path,) in built.query("SELECT source_file FROM dim_report")}
    quarantined = {path.removeprefix(prefix): code
                   for path, code in built.query("SELECT source_file, reason_code FROM fct_quarantine")}
    # each entry once: the reports (a dot-file and a non-UTF-8 name too), and the rest with a reason
    assert {".hidden_report.txt", "bad\\xff\\xfename.txt"} <= reports
    assert not reports & set(quarantined)
    assert {k: quarantined[k] for k in NOT_REPORT_FILES} == NOT_REPORT_FILES
    # the link inside is followed: the same report as its target, so one of the two is a duplicate
    # (the first path in sort order is staged)
    assert "link_inside.txt" in reports and quarantined["sub/report.txt"] == "duplicate"
    # the target outside was never read: its content is nowhere in the warehouse
    everything = built.query(
        "SELECT string_agg(coalesce(reason, ''), ' ') FROM fct_quarantine UNION ALL "
        "SELECT string_agg(coalesce(message, ''), ' ') FROM staging.warnings")
    assert all(SECRET.strip() not in (text or "") for (text,) in everything)
    assert outside.read_text() == SECRET

    # what `make run` prints of this run: a line per stage, the checks counted
    narrator = RunNarrator()
    records = instance.get_records_for_run(built.result.run_id, limit=100_000).records
    lines = [line for record in records for line in narrator.feed(record.event_log_entry)] + narrator.summary()
    printed = "\n".join(lines)
    assert "4 not report files" in printed and "parsed" in printed
    assert any(line.split()[:1] == ["stage"] and "assets in" in line for line in lines)  # the staged tables
    assert f"run {built.result.run_id[:8]} succeeded" in printed
    assert "dbt tests:" in printed and "GX checks:" in printed and "STEP_START" not in printed
    assert len(lines) < 60
