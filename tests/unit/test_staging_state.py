"""Which report years the staging step builds again: those whose reports or models changed."""

from __future__ import annotations

import duckdb

from orchestration.core.staging_state import (
    STAGED_YEARS,
    YearInputs,
    changed_years,
    models_fingerprint,
    read_current,
    read_recorded,
    record_staged,
)

MODELS = "models-1"


def test_nothing_recorded_builds_every_year_of_the_run():
    assert changed_years([2021, 2020], {}, None, MODELS) == [2020, 2021]


def test_only_the_years_whose_inputs_or_models_differ():
    recorded = {2020: (YearInputs(3, "11"), MODELS), 2021: (YearInputs(2, "22"), MODELS), 2022: (YearInputs(1, "33"), "old")}
    current = {2020: YearInputs(3, "11"), 2021: YearInputs(2, "23"), 2022: YearInputs(1, "33")}
    assert changed_years([2020, 2021, 2022], current, recorded, MODELS) == [2021, 2022]
    assert changed_years([2020], current, recorded, MODELS) == []  # a run for one year looks at that year only


def test_a_year_that_lost_every_report_or_gained_its_first_is_built_again():
    recorded = {2020: (YearInputs(1, "5"), MODELS)}
    assert changed_years([2020, 2021], {2021: YearInputs(1, "7")}, recorded, MODELS) == [2020, 2021]
    assert changed_years([2019], {}, recorded, MODELS) == []  # never had a report, has none: nothing to build


def test_the_models_fingerprint_follows_the_models_the_macros_and_the_season():
    manifest = {"metadata": {"project_name": "gdw"},
                "nodes": {"model.gdw.staged_reports": {"tags": ["staging_year"], "checksum": {"checksum": "a"}},
                          "model.gdw.fct_x": {"tags": ["report_year"], "checksum": {"checksum": "b"}}},
                "macros": {"macro.gdw.m": {"package_name": "gdw", "macro_sql": "select 1"},
                           "macro.dbt.n": {"package_name": "dbt", "macro_sql": "select 2"}}}
    base = models_fingerprint(manifest, "staging_year", [2020, 2021])
    assert models_fingerprint(manifest, "staging_year", [2020, 2021]) == base
    assert models_fingerprint(manifest, "staging_year", [2020]) != base
    manifest["nodes"]["model.gdw.fct_x"]["checksum"]["checksum"] = "c"  # not a staging model
    manifest["macros"]["macro.dbt.n"]["macro_sql"] = "select 3"  # not the project's macro
    assert models_fingerprint(manifest, "staging_year", [2020, 2021]) == base
    manifest["macros"]["macro.gdw.m"]["macro_sql"] = "select 4"
    assert models_fingerprint(manifest, "staging_year", [2020, 2021]) != base


def _warehouse():
    con = duckdb.connect()
    con.execute("CREATE SCHEMA landing; CREATE SCHEMA parsing; CREATE SCHEMA staging")
    con.execute("CREATE TABLE landing.raw_reports (sha256 VARCHAR, source_file VARCHAR)")
    con.execute("CREATE TABLE parsing.reports (sha256 VARCHAR, report_year INTEGER, parser_version VARCHAR, parsed_at TIMESTAMP)")
    con.execute("CREATE TABLE staging.reports (x INTEGER)")
    con.execute("INSERT INTO landing.raw_reports VALUES ('a', '/l/a.txt'), ('a', '/l/z_copy.txt'), ('b', '/l/b.txt')")
    con.execute("INSERT INTO parsing.reports VALUES ('a', 2020, '3', '2026-01-01'), ('b', 2021, '3', '2026-01-01'), "
                "('gone', 2021, '3', '2026-01-01')")
    return con


def test_inputs_are_the_landed_reports_once_each_under_their_first_path():
    con = _warehouse()
    current = read_current(con, [2020, 2021, 2022])
    assert {year: inputs.reports for year, inputs in current.items()} == {2020: 1, 2021: 1}
    con.execute("DELETE FROM landing.raw_reports WHERE source_file = '/l/z_copy.txt'")  # a copy left: same inputs
    assert read_current(con, [2020]) == {2020: current[2020]}
    con.execute("UPDATE landing.raw_reports SET source_file = '/l/a2.txt' WHERE sha256 = 'a'")  # moved: new path
    assert read_current(con, [2020]) != {2020: current[2020]}
    con.execute("UPDATE parsing.reports SET parsed_at = '2026-02-01' WHERE sha256 = 'b'")  # parsed again
    assert read_current(con, [2021]) != {2021: current[2021]}


def test_what_was_staged_is_recorded_and_read_back():
    con = _warehouse()
    assert read_recorded(con, ["reports"]) is None  # no record yet
    current = read_current(con, [2020, 2021])
    record_staged(con, [2020, 2021], current, MODELS, "run-1")
    record_staged(con, [2021], current, MODELS, "run-2")
    assert read_recorded(con, ["reports"]) == {year: (inputs, MODELS) for year, inputs in current.items()}
    assert con.execute(f"SELECT report_year, run_id FROM {STAGED_YEARS} ORDER BY 1").fetchall() == [
        (2020, "run-1"), (2021, "run-2")]
    assert read_recorded(con, ["reports", "disclosures"]) is None  # a staged table is missing: build every year
