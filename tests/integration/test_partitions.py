"""Report-year partitions as the season runs them: a backfill one year at a time builds the same
warehouse as one run over every year, and a new 2020 report dropped into the landing folder leads,
through the sensor, to a run that rebuilds 2020 and leaves 2019 alone."""

from __future__ import annotations

from pathlib import Path

import dagster as dg
import duckdb
import pandas as pd
import pytest

from orchestration.core.landing import LandingStore
from orchestration.defs.automation import build_landing_sensor, load_cursor
from orchestration.defs.partitions import SeasonYears
from orchestration.defs.resources import LandingFolder
from tests.integration.conftest import INGESTION, SEEDS_DIR, Built, fill_seeds_landing, materialize

# the module's backfilled warehouse and the seeds warehouse: one pytest-xdist group (tests/conftest.py)
pytestmark = pytest.mark.integration

MARTS = ["dim_report", "dim_agency", "dim_rule", "fct_disclosures", "fct_applications", "fct_reviews",
         "fct_procurement", "fct_rule_results", "fct_quarantine"]
# the analysis marts on the fct_ marts, incremental by year like them
ANALYSIS = ["mart_applications_by_agency_year", "mart_application_outcomes", "mart_review_outcomes",
            "mart_procurement_by_region", "mart_report_quality", "mart_rule_findings"]
VOLATILE = {"parsed_at", "quarantined_at"}  # when a file was read, not what it says


def table(path: Path, name: str, landing: Path, where: str = "TRUE") -> pd.DataFrame:
    """A mart's rows in a stable order, without read timestamps, with the landing folder's path
    written as <landing> (two warehouses built from two copies of the same files compare equal)."""
    con = duckdb.connect(str(path), read_only=True)
    try:
        columns = [r[0] for r in con.execute(f"DESCRIBE {name}").fetchall() if r[0] not in VOLATILE]
        quoted = ", ".join(f'"{c}"' for c in columns)
        frame = con.execute(f"SELECT {quoted} FROM {name} WHERE {where} ORDER BY ALL").df()
    finally:
        con.close()
    for column in frame.columns:
        if frame[column].dtype == object or pd.api.types.is_string_dtype(frame[column]):
            frame[column] = frame[column].map(lambda v: v.replace(str(landing), "<landing>") if isinstance(v, str) else v)
    return frame.sort_values(list(frame.columns)).reset_index(drop=True) if len(frame) else frame


@pytest.fixture(scope="module")
def backfilled(tmp_path_factory) -> tuple[Built, dg.DagsterInstance]:
    """From an empty warehouse, one run per report year, in no particular order (2020, then 2019).
    The seeds hold reports on 2019 and 2020 only; every other year's run is the same code on an
    empty year, which the sensor test below shows leaves the other years alone."""
    landing = fill_seeds_landing(tmp_path_factory.mktemp("backfill_landing"))
    warehouse = tmp_path_factory.mktemp("backfill_warehouse")
    instance = dg.DagsterInstance.ephemeral()
    built = None
    for year in ("2020", "2019"):
        built = materialize(landing, warehouse, partition_key=year, instance=instance)
        assert built.result.success, year
        partitions = {e.partition for e in built.result.get_asset_materialization_events() if e.partition}
        assert partitions == {year}
    return built, instance


def test_a_backfill_year_by_year_builds_the_same_warehouse_as_one_run(backfilled, seeds_warehouse):
    built, _ = backfilled
    assert seeds_warehouse.result.success
    for name in MARTS + ANALYSIS:
        by_year = table(built.settings.duckdb_path, name, built.settings.landing_dir)
        at_once = table(seeds_warehouse.settings.duckdb_path, name, seeds_warehouse.settings.landing_dir)
        assert len(at_once) > 0 or name in ("fct_procurement", "mart_procurement_by_region"), name
        pd.testing.assert_frame_equal(by_year, at_once, check_dtype=False, obj=name)
    # the file with no year is in quarantine after year runs too
    assert ("minutes.txt", None) in set(built.query("SELECT file_name, report_year FROM fct_quarantine"))


def test_a_new_2020_report_through_the_sensor_rebuilds_2020_only(backfilled):
    built, instance = backfilled
    landing, duckdb_path = built.settings.landing_dir, built.settings.duckdb_path
    resources = {"landing": LandingFolder(path=str(landing), cache_path=str(built.settings.landing_cache_path),
                                          parse_workers=1),
                 "season": SeasonYears(first=built.settings.first_report_year, last=built.settings.last_report_year)}
    landing_sensor = build_landing_sensor(automation_on=False)

    def evaluate(cursor):
        with dg.build_sensor_context(instance=instance, cursor=cursor, resources=resources) as context:
            return landing_sensor(context)

    # first tick: every file is new; the file with no year asks for a quarantine run
    first = evaluate(None)
    assert sorted(r.partition_key for r in first.run_requests if r.partition_key) == ["2019", "2020"]
    assert [r.job_name for r in first.run_requests if not r.partition_key] == ["gdw_quarantine"]
    assert [e.metadata["file"].value for e in first.asset_events] == ["minutes.txt"]
    # the runs parsed it already: the sensor takes the parser's reason from the parse cache, unread
    assert first.asset_events[0].metadata["reason_code"].value == "not_a_report"
    with LandingStore(built.settings.landing_cache_path) as store:
        assert len(store.sensor_seen(load_cursor(first.cursor))) == 7

    before_2019 = {name: table(duckdb_path, name, landing, "report_year = 2019") for name in MARTS if not name.startswith(("dim_rule", "dim_agency"))}
    before_2020 = table(duckdb_path, "dim_report", landing, "report_year = 2020")

    # a new report on 2020: another agency's, so its content is new
    new_report = landing / "new_2020_report.txt"
    text = next(SEEDS_DIR.glob("001_*")).read_text(encoding="utf-8").replace("高青县民政局", "高青县财政局")
    new_report.write_text(text, encoding="utf-8")
    second = evaluate(first.cursor)
    assert [(r.job_name, r.partition_key) for r in second.run_requests] == [("gdw_everything", "2020")]
    request = second.run_requests[0]

    run = materialize(landing, built.settings.warehouse_dir, partition_key=request.partition_key,
                      instance=instance, tags=dict(request.tags))
    assert run.result.success
    assert {e.partition for e in run.result.get_asset_materialization_events() if e.partition} == {"2020"}

    after_2020 = table(duckdb_path, "dim_report", landing, "report_year = 2020")
    assert len(after_2020) == len(before_2020) + 1
    assert "高青县财政局" in set(after_2020["agency_name"])
    assert run.query("SELECT count(*) FROM fct_applications f JOIN dim_report d USING (report_id) "
                     "WHERE d.agency_name = '高青县财政局'")[0][0] > 0
    for name, frame in before_2019.items():  # 2019 is untouched, down to when it was read
        pd.testing.assert_frame_equal(table(duckdb_path, name, landing, "report_year = 2019"), frame, obj=name)
    assert run.query("SELECT count(*) FROM dim_report WHERE report_year = 2019 AND parsed_at IS NOT NULL")[0][0] == 1

    # the same file dropped again (same bytes, a new modification time) starts nothing
    new_report.write_text(text, encoding="utf-8")
    third = evaluate(second.cursor)
    assert third.run_requests == [] and "no new or changed report" in third.skip_reason.skip_message


def test_a_run_for_one_year_rewrites_that_years_staging_rows_only(backfilled):
    """The staging selection is incremental per year: a run for 2020, whose reports changed, replaces
    2020's staged rows from the parse cache and leaves 2019's as they were (a mark planted in both
    years survives in 2019 only)."""
    built, instance = backfilled
    # a text column of each table that the parse cache never holds this value in
    staged = {"reports": "encoding", "applications": "value_as_written", "warnings": "message"}
    con = duckdb.connect(str(built.settings.duckdb_path))
    try:
        for name, column in staged.items():
            con.execute(f"UPDATE staging.{name} SET {column} = 'planted by the test' WHERE report_year IN (2019, 2020)")
        planted = {name: dict(con.execute(f"SELECT report_year, count(*) FROM staging.{name} GROUP BY 1").fetchall())
                   for name in staged}
        # 2020's reports parsed again (as when the parser reads them with their year before): the
        # staging step rebuilds only the years whose reports changed (staging.staged_years)
        con.execute("UPDATE parsing.reports SET parsed_at = parsed_at + INTERVAL 1 SECOND WHERE report_year = 2020")
    finally:
        con.close()

    # the ingestion half of the run (what writes staging); the marts of a year run are the sensor test's
    run = materialize(built.settings.landing_dir, built.settings.warehouse_dir, partition_key="2020", instance=instance,
                      stages=INGESTION)
    assert run.result.success

    for name, column in staged.items():
        marks = dict(run.query(f"SELECT report_year, count(*) FILTER (WHERE {column} = 'planted by the test') "
                               f"FROM staging.{name} GROUP BY 1"))
        assert marks[2019] == planted[name][2019] > 0, name  # 2019 untouched, every row still marked
        assert marks[2020] == 0, name  # 2020 staged again from the parse cache
        rows = dict(run.query(f"SELECT report_year, count(*) FROM staging.{name} GROUP BY 1"))
        assert rows == planted[name], name
