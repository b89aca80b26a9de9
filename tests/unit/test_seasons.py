"""Season operations without a warehouse: a file's year, what changed in the landing folder,
the cursor, the dbt vars of a year, the schedules in Beijing time, the sensor's decisions."""

from __future__ import annotations

import os
from datetime import date, datetime
from zoneinfo import ZoneInfo

import dagster as dg

from orchestration.core.seasons import (
    SeenFile,
    in_season,
    plan_landing_changes,
    read_report_year,
    season_year,
)
from orchestration.defs.automation import (
    dump_cursor,
    landing_sensor,
    load_cursor,
    off_season_weekly,
    season_daily,
)
from orchestration.defs.partitions import REPORT_YEARS, YEARS, all_years_tags, years_of_run, years_sql
from orchestration.defs.resources import LandingFolder
from orchestration.defs.warehouse import dbt_build_args, dbt_build_env
from tests.conftest import seed

REPORT_2020 = "聊城市民政局\n\n2020 年政府信息公开工作年度报告\n\n一、总体情况\n"
REPORT_2019 = "天水市民政局2019年政府信息公开工作年度报告\n\n一、总体情况\n"


def test_the_year_is_read_from_the_title_as_the_parser_reads_it():
    assert read_report_year(REPORT_2020.encode(), "a.txt").year == 2020
    assert read_report_year(REPORT_2019.encode("gb18030"), "b.txt").year == 2019
    assert read_report_year(seed("003").read_bytes(), "003").year == 2019  # metadata header, 发布时间 2020
    assert read_report_year(seed("002").read_bytes(), "002").year == 2020  # title over two lines


def test_a_file_without_a_year_says_why():
    minutes = read_report_year("关于召开全市民政工作会议的通知\n各单位：请准时参加。\n".encode(), "minutes.txt")
    assert minutes.year is None and minutes.reason_code == "year_not_found" and "minutes.txt" in minutes.reason
    assert read_report_year(b"", "empty.txt").reason_code == "empty"
    binary = read_report_year(b"\x00\x01PK\x03\x04" * 10, "scan.pdf")
    assert binary.year is None and binary.reason_code == "unreadable" and "scan.pdf" in binary.reason


def test_seasons_in_beijing_time():
    assert season_year(date(2021, 2, 10)) == 2020 and in_season(date(2021, 3, 31))
    assert not in_season(date(2021, 4, 1))


def write(folder, name: str, text: str, mtime: int | None = None):
    path = folder / name
    path.write_text(text, encoding="utf-8")
    if mtime is not None:
        os.utime(path, ns=(mtime, mtime))
    return path


def test_landing_changes_by_content_hash(tmp_path):
    years = {2019, 2020, 2021}
    write(tmp_path, "a.txt", REPORT_2020)
    write(tmp_path, "b.txt", REPORT_2019)
    write(tmp_path, ".hidden.txt", "ignored")
    first = plan_landing_changes(tmp_path, {}, years)
    assert first.years == {2019: ["b.txt"], 2020: ["a.txt"]} and set(first.seen) == {"a.txt", "b.txt"}

    # unchanged, or touched with the same content: nothing to do
    again = plan_landing_changes(tmp_path, first.seen, years)
    assert not again.anything and again.unchanged == 2
    os.utime(tmp_path / "a.txt", ns=(10**18, 10**18))
    touched = plan_landing_changes(tmp_path, first.seen, years)
    assert not touched.anything and touched.seen["a.txt"].mtime_ns == 10**18

    # a copy of known content under a new name is the same report: no run, listed as a copy
    write(tmp_path, "copy_of_a.txt", REPORT_2020)
    copy = plan_landing_changes(tmp_path, touched.seen, years)
    assert not copy.anything and copy.copies == ["copy_of_a.txt"]

    # a changed file asks for its new year and its old one; a removed file for its year
    write(tmp_path, "a.txt", REPORT_2020.replace("2020", "2021"))
    (tmp_path / "b.txt").unlink()
    changed = plan_landing_changes(tmp_path, copy.seen, years)
    assert changed.years == {2019: ["b.txt"], 2020: ["a.txt"], 2021: ["a.txt"]}
    assert "b.txt" not in changed.seen


def test_files_without_a_partition_are_reported_for_quarantine(tmp_path):
    write(tmp_path, "minutes.txt", "关于召开会议的通知\n")
    write(tmp_path, "old.txt", REPORT_2019.replace("2019", "2015"))
    changes = plan_landing_changes(tmp_path, {}, {2019, 2020})
    assert changes.years == {}
    assert [(p, code) for p, code, _ in changes.unknown_year] == [("minutes.txt", "year_not_found")]
    assert changes.outside_years == [("old.txt", 2015)]
    assert changes.anything


def test_cursor_round_trip():
    seen = {"a.txt": SeenFile(10, 20, "f" * 64, 2020), "b/c.txt": SeenFile(1, 2, "e" * 64, None)}
    assert load_cursor(dump_cursor(3, seen)) == (3, seen)
    assert load_cursor(None) == (0, {})


def test_dbt_build_args_and_env():
    assert dbt_build_args() == ["build"]
    assert dbt_build_args(full_refresh=True) == ["build", "--full-refresh"]
    # the years reach dbt through its environment (macros/report_years.sql reads it)
    assert dbt_build_env() == {"GDW_DBT_REPORT_YEARS": "all"}
    assert dbt_build_env([2020]) == {"GDW_DBT_REPORT_YEARS": "[2020]"}
    assert dbt_build_env([2021, 2019]) == {"GDW_DBT_REPORT_YEARS": "[2019, 2021]"}
    assert dbt_build_env([]) == {"GDW_DBT_REPORT_YEARS": "[]"}


class _Run:
    def __init__(self, tags):
        self.run = type("R", (), {"tags": tags})()


def test_years_of_a_run_and_their_sql():
    assert REPORT_YEARS.get_partition_keys()[:2] == ["2019", "2020"] and YEARS[0] == 2019
    assert years_of_run(_Run({"dagster/partition": "2020"})) == [2020]
    assert years_of_run(_Run({"dagster/asset_partition_range_start": "2019",
                               "dagster/asset_partition_range_end": "2021"})) == [2019, 2020, 2021]
    assert years_of_run(_Run(all_years_tags())) == YEARS
    assert years_of_run(_Run({})) is None
    assert years_sql([2020, 2019]) == "report_year IN (2020, 2019)"
    assert years_sql(None) == "TRUE" and years_sql([]) == "FALSE"


def test_season_schedules_in_beijing_time(tmp_path):
    from orchestration.definitions import build_definitions
    from orchestration.settings import Settings

    repository = build_definitions(Settings(tmp_path, tmp_path / "w", 1)).get_repository_def()
    beijing = ZoneInfo("Asia/Shanghai")
    assert season_daily.execution_timezone == off_season_weekly.execution_timezone == "Asia/Shanghai"
    assert season_daily.cron_schedule == "0 6 * 1-3 *" and off_season_weekly.cron_schedule == "0 6 * 4-12 1"
    # 06:00 on 15 February 2021 in Beijing is 22:00 UTC the day before
    context = dg.build_schedule_context(scheduled_execution_time=datetime(2021, 2, 15, 6, tzinfo=beijing),
                                        repository_def=repository)
    request = season_daily.evaluate_tick(context).run_requests[0]
    assert request.partition_key == "2020"
    weekly = off_season_weekly.evaluate_tick(
        dg.build_schedule_context(scheduled_execution_time=datetime(2021, 6, 7, 6, tzinfo=beijing),
                                  repository_def=repository))
    assert [r.partition_key for r in weekly.run_requests] == [str(y) for y in YEARS]
    # both can be switched on in the UI; they start switched off
    assert season_daily.default_status == dg.DefaultScheduleStatus.STOPPED
    assert landing_sensor.default_status == dg.DefaultSensorStatus.STOPPED


def test_the_sensor_skips_an_unchanged_folder_and_says_why(tmp_path):
    write(tmp_path, "a.txt", REPORT_2020)
    resources = {"landing": LandingFolder(path=str(tmp_path), parse_workers=1)}
    with dg.build_sensor_context(cursor=None, resources=resources) as context:
        first = landing_sensor(context)
    assert [(r.job_name, r.partition_key, r.tags["gdw/trigger"]) for r in first.run_requests] == [
        ("gdw_everything", "2020", "landing_sensor")]
    with dg.build_sensor_context(cursor=first.cursor, resources=resources) as context:
        second = landing_sensor(context)
    assert not second.run_requests and "1 unchanged" in second.skip_reason.skip_message
    write(tmp_path, "scan.txt", "")
    with dg.build_sensor_context(cursor=second.cursor, resources=resources) as context:
        third = landing_sensor(context)
    assert [r.job_name for r in third.run_requests] == ["gdw_quarantine"]
    assert third.asset_events[0].metadata["reason_code"].value == "empty"
