"""Season operations without a warehouse: a file's year, what changed in the landing folder,
the cursor, the dbt vars of a year, the schedules in Beijing time, the sensor's decisions."""

from __future__ import annotations

import os
from datetime import date, datetime
from zoneinfo import ZoneInfo

import dagster as dg

from orchestration.core.landing import LandingStore, scan_landing
from orchestration.core.seasons import (
    cheap_year_reader,
    in_season,
    plan_landing_changes,
    read_report_year,
    season_year,
)
from orchestration.defs.automation import build_landing_sensor, dump_cursor, load_cursor
from orchestration.defs.partitions import SeasonYears, all_years_tags, years_of_run, years_sql
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


def plan(folder, previous, years):
    """What the sensor would ask for: the folder scanned through the fingerprint cache (a store
    beside the folder, as beside the warehouse), compared with what it saw before."""
    with LandingStore(folder.parent / "landing_cache.sqlite") as store:
        return plan_landing_changes(scan_landing(folder, store).entries, previous, years, cheap_year_reader(store))


def test_landing_changes_by_content_hash(tmp_path):
    years = {2019, 2020, 2021}
    landing = tmp_path / "landing"
    landing.mkdir()
    write(landing, "a.txt", REPORT_2020)
    write(landing, "b.txt", REPORT_2019)
    write(landing, ".hidden.txt", "ignored")
    first = plan(landing, {}, years)
    assert first.years == {2019: ["b.txt"], 2020: ["a.txt"]} and set(first.seen) == {"a.txt", "b.txt", ".hidden.txt"}
    # a dot-file is a file like any other: accounted for (here: no year in it)
    assert [(p, code) for p, code, _ in first.unknown_year] == [(".hidden.txt", "year_not_found")]

    # unchanged, or touched with the same content: nothing to do
    again = plan(landing, first.seen, years)
    assert not again.anything and again.unchanged == 3
    os.utime(landing / "a.txt", ns=(10**18, 10**18))
    touched = plan(landing, first.seen, years)
    assert not touched.anything and touched.seen == first.seen

    # a copy of known content under a new name is the same report: no run, listed as a copy
    write(landing, "copy_of_a.txt", REPORT_2020)
    copy = plan(landing, touched.seen, years)
    assert not copy.anything and copy.copies == ["copy_of_a.txt"]

    # a changed file asks for its new year and its old one; a removed file for its year
    write(landing, "a.txt", REPORT_2020.replace("2020", "2021"))
    (landing / "b.txt").unlink()
    changed = plan(landing, copy.seen, years)
    assert changed.years == {2019: ["b.txt"], 2020: ["a.txt"], 2021: ["a.txt"]}
    assert "b.txt" not in changed.seen


def test_files_without_a_partition_are_reported_for_quarantine(tmp_path):
    landing = tmp_path / "landing"
    landing.mkdir()
    write(landing, "minutes.txt", "关于召开会议的通知\n")
    write(landing, "old.txt", REPORT_2019.replace("2019", "2015"))
    changes = plan(landing, {}, {2019, 2020})
    assert changes.years == {}
    assert [(p, code) for p, code, _ in changes.unknown_year] == [("minutes.txt", "year_not_found")]
    assert changes.outside_years == [("old.txt", 2015)]
    assert changes.anything


def test_cursor_round_trip():
    assert load_cursor(dump_cursor(3)) == 3
    assert load_cursor(None) == 0


def test_dbt_build_args_and_env():
    assert dbt_build_args() == ["build", "--no-write-json", "--log-level-file", "warn"]
    assert dbt_build_args(full_refresh=True) == ["build", "--no-write-json", "--log-level-file", "warn",
                                                 "--full-refresh"]
    # the years reach dbt through its environment (macros/report_years.sql reads it)
    assert dbt_build_env() == {"GDW_DBT_REPORT_YEARS": "all", "GDW_DBT_SEASON": "all",
                               # a subset's tests: those its models can run (not eager's)
                               "DBT_INDIRECT_SELECTION": "buildable"}
    assert dbt_build_env([2020])["GDW_DBT_REPORT_YEARS"] == "[2020]"
    assert dbt_build_env([2021, 2019])["GDW_DBT_REPORT_YEARS"] == "[2019, 2021]"
    assert dbt_build_env([])["GDW_DBT_REPORT_YEARS"] == "[]"
    assert dbt_build_env([2020], season=[2020, 2019, 2021])["GDW_DBT_SEASON"] == "[2019, 2020, 2021]"


class _Run:
    def __init__(self, tags):
        self.run = type("R", (), {"tags": tags})()


def test_years_of_a_run_and_their_sql():
    assert years_of_run(_Run({"dagster/partition": "2020"})) == [2020]
    assert years_of_run(_Run({"dagster/asset_partition_range_start": "2019",
                               "dagster/asset_partition_range_end": "2021"})) == [2019, 2020, 2021]
    assert years_of_run(_Run(all_years_tags([2019, 2020, 2021, 2022]))) == [2019, 2020, 2021, 2022]
    assert years_of_run(_Run({})) is None
    assert years_sql([2020, 2019]) == "report_year IN (2020, 2019)"
    assert years_sql(None) == "TRUE" and years_sql([]) == "FALSE"


def test_season_schedules_in_beijing_time(tmp_path):
    from orchestration.definitions import build_definitions
    from orchestration.settings import Settings

    settings = Settings(tmp_path, tmp_path / "w", 1, first_report_year=2019, last_report_year=2025)
    defs = build_definitions(settings)
    repository = defs.get_repository_def()
    season_daily, off_season_weekly = defs.resolve_schedule_def("season_daily"), defs.resolve_schedule_def("off_season_weekly")
    beijing = ZoneInfo("Asia/Shanghai")
    assert season_daily.execution_timezone == off_season_weekly.execution_timezone == "Asia/Shanghai"
    assert season_daily.cron_schedule == "0 6 * 1-3 *" and off_season_weekly.cron_schedule == "0 6 * 4-12 1"
    # 06:00 on 15 February 2021 in Beijing is 22:00 UTC the day before
    season = {"season": SeasonYears(first=2019, last=2025)}
    context = dg.build_schedule_context(scheduled_execution_time=datetime(2021, 2, 15, 6, tzinfo=beijing),
                                        repository_def=repository, resources=season)
    request = season_daily.evaluate_tick(context).run_requests[0]
    assert request.partition_key == "2020"
    weekly = off_season_weekly.evaluate_tick(
        dg.build_schedule_context(scheduled_execution_time=datetime(2021, 6, 7, 6, tzinfo=beijing),
                                  repository_def=repository, resources=season))
    assert [r.partition_key for r in weekly.run_requests] == [str(y) for y in range(2019, 2026)]
    # both can be switched on in the UI; they start switched off
    assert season_daily.default_status == dg.DefaultScheduleStatus.STOPPED
    assert defs.resolve_sensor_def("landing_sensor").default_status == dg.DefaultSensorStatus.STOPPED


def test_the_sensor_skips_an_unchanged_folder_and_says_why(tmp_path):
    landing = tmp_path / "landing"
    landing.mkdir()
    write(landing, "a.txt", REPORT_2020)
    resources = {"landing": LandingFolder(path=str(landing), cache_path=str(tmp_path / "cache.sqlite"),
                                          parse_workers=1),
                 "season": SeasonYears(first=2019, last=2025)}
    landing_sensor = build_landing_sensor(automation_on=False)
    with dg.build_sensor_context(cursor=None, resources=resources) as context:
        first = landing_sensor(context)
    assert [(r.job_name, r.partition_key, r.tags["gdw/trigger"]) for r in first.run_requests] == [
        ("gdw_everything", "2020", "landing_sensor")]
    with dg.build_sensor_context(cursor=first.cursor, resources=resources) as context:
        second = landing_sensor(context)
    assert not second.run_requests and "1 unchanged" in second.skip_reason.skip_message
    write(landing, "scan.txt", "")
    with dg.build_sensor_context(cursor=second.cursor, resources=resources) as context:
        third = landing_sensor(context)
    assert [r.job_name for r in third.run_requests] == ["gdw_quarantine"]
    assert third.asset_events[0].metadata["reason_code"].value == "empty"


def blank_pdf() -> bytes:
    """A PDF of one page with no text layer: what a scan looks like to the sensor."""
    import io

    import pypdfium2 as pdfium

    pdf = pdfium.PdfDocument.new()
    pdf.new_page(595, 842)
    out = io.BytesIO()
    pdf.save(out)
    return out.getvalue()


def xlsx() -> bytes:
    import io
    import zipfile

    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as archive:
        archive.writestr("xl/workbook.xml", "<workbook/>")
    return out.getvalue()


PARSER_ONLY = {"scan.pdf": blank_pdf, "photo.png": lambda: b"\x89PNG\r\n\x1a\n" + bytes(2048),
               "old.doc": lambda: b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + "WordDocument".encode("utf-16-le") + bytes(4096),
               "table.xlsx": xlsx}


def test_the_sensor_leaves_scans_images_and_office_files_to_the_parser(tmp_path, monkeypatch):
    """No OCR, no LibreOffice, no full extract in the daemon: their year is read by the run's parse."""
    from orchestration.core import seasons
    from orchestration.parsing import formats

    def text_only(data, *args, **kwargs):
        assert formats.detect_format(data) in (formats.TEXT, formats.HTML), "the sensor extracted a non-text file"
        return formats.extract(data, *args, **kwargs)

    monkeypatch.setattr(seasons, "extract", text_only)
    for name, make in PARSER_ONLY.items():
        (tmp_path / name).write_bytes(make())
        read = seasons.read_year_from_head(str(tmp_path / name), name)
        assert (read.year, read.reason_code) == (None, seasons.NEEDS_PARSE), name
        assert name in read.reason


def test_a_year_only_the_parser_reads_is_asked_for_once_the_parse_knows_it(tmp_path):
    years = {2019, 2020}
    landing = tmp_path / "landing"
    landing.mkdir()
    (landing / "scan.pdf").write_bytes(blank_pdf())
    write(landing, "a.txt", REPORT_2020)
    first = plan(landing, {}, years)
    # the scan asks for a parse (the quarantine job parses every new file), not for quarantine
    assert first.years == {2020: ["a.txt"]} and first.unknown_year == []
    assert [path for path, _ in first.to_parse] == ["scan.pdf"] and first.anything
    assert not plan(landing, first.seen, years).anything  # nothing new: no run again and again

    with LandingStore(tmp_path / "landing_cache.sqlite") as store:  # the parse step read the scan by OCR
        sha = next(e.sha256 for e in scan_landing(landing, store).candidates if e.relative == "scan.pdf")
        store.put_years([(sha, 2019, None, None)], source="parse")
    learned = plan(landing, first.seen, years)
    assert learned.years == {2019: ["scan.pdf"]} and learned.unknown_year == [] and learned.to_parse == []
    assert not plan(landing, learned.seen, years).anything
