"""What a run learns has changed since the last: fingerprints per report year, the verdicts a GX
gate keeps per year, and what they say together (orchestration/core/warehouse_state.py,
orchestration/quality/verdicts.py)."""

from __future__ import annotations

import duckdb

from orchestration.core.warehouse_state import (
    EMPTY_YEAR,
    changed_years,
    forget_builds,
    own_fingerprints,
    record_builds,
    record_table_builds,
    record_test_results,
    record_verdicts,
    recorded_builds,
    recorded_test_results,
    recorded_verdicts,
    table_fingerprints,
    year_fingerprints,
)
from orchestration.quality.gx_adapter import SuiteOutcome
from orchestration.quality.verdicts import (
    carried_over,
    frame_fingerprint,
    validates_by_year,
    verdict_fingerprints,
    verdicts_by_year,
    years_to_validate,
)
from orchestration.settings import DBT_PROJECT_DIR


def warehouse() -> duckdb.DuckDBPyConnection:
    con = duckdb.connect()
    con.execute("CREATE TABLE dim_report (report_id VARCHAR, report_year INTEGER, file_name VARCHAR, agency_id VARCHAR)")
    con.execute("INSERT INTO dim_report VALUES ('a', 2020, 'a.txt', 'x'), ('b', 2020, 'b.txt', 'x'), "
                "('c', 2021, 'c.txt', 'y')")
    con.execute("CREATE TABLE dim_rule AS SELECT 'APP_BALANCE' AS rule_id, 'warning' AS severity")
    con.execute("CREATE TABLE dim_agency (agency_id VARCHAR, province VARCHAR)")
    con.execute("INSERT INTO dim_agency VALUES ('x', NULL), ('y', NULL)")
    return con


def test_a_year_changes_when_one_of_its_reports_does_and_only_then():
    con = warehouse()
    before = year_fingerprints(con, [2019, 2020, 2021], DBT_PROJECT_DIR)
    assert changed_years(before, before) == []
    assert changed_years(before, {}) == [2019, 2020, 2021]  # never built: every year
    con.execute("UPDATE dim_report SET file_name = 'renamed.txt' WHERE report_id = 'b'")
    assert changed_years(year_fingerprints(con, [2019, 2020, 2021], DBT_PROJECT_DIR), before) == [2020]
    con.execute("DELETE FROM dim_report WHERE report_year = 2021")  # every report of 2021 left
    assert own_fingerprints(con, [2021]) == {2021: EMPTY_YEAR}
    assert 2021 in changed_years(year_fingerprints(con, [2019, 2020, 2021], DBT_PROJECT_DIR), before)


def test_an_agency_placed_anew_changes_the_years_it_reported_in_only():
    con = warehouse()
    before = year_fingerprints(con, [2020, 2021], DBT_PROJECT_DIR)
    con.execute("UPDATE dim_agency SET province = '山东省' WHERE agency_id = 'y'")
    assert changed_years(year_fingerprints(con, [2020, 2021], DBT_PROJECT_DIR), before) == [2021]
    con.execute("INSERT INTO dim_agency VALUES ('z', NULL)")  # a new agency, of a new report of 2021
    con.execute("INSERT INTO dim_report VALUES ('e', 2021, 'e.txt', 'z')")
    assert changed_years(year_fingerprints(con, [2020, 2021], DBT_PROJECT_DIR), before) == [2021]


def test_a_change_every_year_reads_changes_every_year():
    con = warehouse()
    before = year_fingerprints(con, [2020, 2021], DBT_PROJECT_DIR)
    con.execute("UPDATE dim_rule SET severity = 'error'")  # the rule catalogue: fct_rule_results of every year
    assert changed_years(year_fingerprints(con, [2020, 2021], DBT_PROJECT_DIR), before) == [2020, 2021]


def test_builds_are_forgotten_before_a_rebuild_so_a_failed_one_is_redone():
    con = warehouse()
    current = year_fingerprints(con, [2020, 2021], DBT_PROJECT_DIR)
    record_builds(con, current)
    assert changed_years(current, recorded_builds(con)) == []
    forget_builds(con, [2021])
    assert changed_years(current, recorded_builds(con)) == [2021]


def test_a_year_table_is_known_year_by_year_by_what_each_year_was_built_from():
    con = warehouse()
    con.execute("CREATE TABLE fct_rule_results AS SELECT * FROM (VALUES (2020, 1), (2020, 2), (2021, 3)) t(report_year, n)")
    record_builds(con, {2020: "a", 2021: "b", 2022: "c"})
    record_table_builds(con, ["fct_rule_results"], reading_year_before=["fct_rule_results"])
    built = table_fingerprints(con, ["fct_rule_results"])["fct_rule_results"]
    assert sorted(built) == ["2020", "2021"] and None not in built.values()  # the years the table holds
    # 2020 rebuilt from other reports: its rows change, and so do 2021's (its carry-over compares with 2020)
    record_builds(con, {2020: "a2"})
    again = table_fingerprints(con, ["fct_rule_results"])["fct_rule_results"]
    assert again["2020"] != built["2020"] and again["2021"] != built["2021"]
    record_builds(con, {2020: "a"})
    assert table_fingerprints(con, ["fct_rule_results"])["fct_rule_results"] == built
    # a year being rebuilt (forgotten) is not known: it is written again, whatever the publish holds
    forget_builds(con, [2021])
    record_table_builds(con, ["fct_rule_results"], reading_year_before=["fct_rule_results"])
    assert table_fingerprints(con, ["fct_rule_results"])["fct_rule_results"] == {"2020": built["2020"], "2021": None}
    # rows of no year, and a table with no row, are written every time
    con.execute("INSERT INTO fct_rule_results VALUES (NULL, 4)")
    assert table_fingerprints(con, ["fct_rule_results"])["fct_rule_results"]["null"] is None
    con.execute("DELETE FROM fct_rule_results")
    assert table_fingerprints(con, ["fct_rule_results"])["fct_rule_results"] == {"empty": None}


def test_a_small_table_is_known_by_its_rows():
    con = warehouse()
    before = table_fingerprints(con, ["dim_report"])
    assert table_fingerprints(con, ["dim_report"]) == before
    con.execute("INSERT INTO dim_report VALUES ('d', 2021, 'd.txt', 'y')")
    assert table_fingerprints(con, ["dim_report"]) != before


SUITE = {"name": "app_balance", "meta": {"asset": "fct_applications", "kind": "statutory",
                                         "rule_id": "APP_BALANCE", "partition_column": "report_year",
                                         "frame_sql": "SELECT * FROM main_rules.int_rule_app_balance"}}
CARRY = {"name": "carry_continuity", "meta": {**SUITE["meta"], "rule_id": "CARRY_CONTINUITY",
                                              "frame_sql": "SELECT * FROM main_rules.int_carry_continuity"}}
# the tables whose meta says they read the year before, as the manifest gives them (reading_year_before)
CROSS_YEAR = {"int_carry_continuity", "fct_rule_results"}


def outcome(failing: list[str], success: bool | None = None) -> SuiteOutcome:
    return SuiteOutcome("app_balance", "fct_applications", "statutory", "APP_BALANCE", "", not failing
                        if success is None else success, 10, "warning" if failing or success is False else None,
                        [], failing, [])


def test_a_verdict_rests_on_its_year_and_on_the_year_before_when_it_compares_them():
    builds = {2019: "a", 2020: "b", 2021: "c"}
    before = verdict_fingerprints(CARRY, [2020, 2021], builds, CROSS_YEAR)
    after = verdict_fingerprints(CARRY, [2020, 2021], {**builds, 2020: "B"}, CROSS_YEAR)
    assert before[2020] != after[2020] and before[2021] != after[2021]  # 2021 compares with 2020
    after = verdict_fingerprints(CARRY, [2020, 2021], {**builds, 2021: "C"}, CROSS_YEAR)
    assert before[2020] == after[2020]
    before = verdict_fingerprints(SUITE, [2020, 2021], builds, CROSS_YEAR)  # a rule within one report
    after = verdict_fingerprints(SUITE, [2020, 2021], {**builds, 2020: "B"}, CROSS_YEAR)
    assert before[2020] != after[2020] and before[2021] == after[2021]
    edited = {**SUITE, "expectations": [{"type": "expect_column_values_to_not_be_null"}]}
    assert verdict_fingerprints(edited, [2020], builds, CROSS_YEAR) != verdict_fingerprints(SUITE, [2020], builds, CROSS_YEAR)


def test_years_to_validate_are_those_without_a_verdict_on_their_data():
    current = {2020: "x", 2021: "y", 2022: "z"}
    recorded = {2020: {"fingerprint": "x"}, 2021: {"fingerprint": "old"}}
    assert years_to_validate(current, recorded) == [2021, 2022]


def test_failures_are_placed_in_their_report_years():
    verdicts = verdicts_by_year(outcome(["r1", "r2"]), [2020, 2021], {"r1": 2021, "r2": 2021},
                                {2020: "f20", 2021: "f21"})
    assert verdicts[2020] == {"fingerprint": "f20", "passed": True, "severity": None, "failing_reports": 0}
    assert verdicts[2021] == {"fingerprint": "f21", "passed": False, "severity": "warning", "failing_reports": 2}


def test_a_failure_no_report_names_fails_every_year_validated():
    verdicts = verdicts_by_year(outcome([], success=False), [2020, 2021], {}, {2020: "a", 2021: "b"})
    assert not verdicts[2020]["passed"] and not verdicts[2021]["passed"]
    verdicts = verdicts_by_year(outcome(["gone"]), [2020], {}, {2020: "a"})  # a report of no known year
    assert not verdicts[2020]["passed"]


def test_carried_verdicts_answer_together():
    con = duckdb.connect()
    record_verdicts(con, "gx_app_balance", {
        2020: {"fingerprint": "a", "passed": True, "severity": None, "failing_reports": 0},
        2021: {"fingerprint": "b", "passed": False, "severity": "warning", "failing_reports": 3}})
    recorded = recorded_verdicts(con, "gx_app_balance")
    together = carried_over(recorded, [2020, 2021])
    assert (together["passed"], together["worst_severity"], together["failing_reports"], together["failed_years"]) == \
        (False, "warning", 3, [2021])
    assert carried_over(recorded, [2020])["passed"] and carried_over(recorded, [])["passed"]


def test_which_suites_keep_verdicts_by_year():
    assert validates_by_year(SUITE)
    assert not validates_by_year({"meta": {"asset": "dim_report", "partition_column": "report_year"}})
    assert not validates_by_year({"meta": {"asset": "fct_reviews", "partition_column": None}})


def test_a_suite_validated_whole_is_known_by_the_rows_of_its_frame():
    con = warehouse()
    suite = {"name": "reconciliation", "expectations": [
                 {"type": "expect_column_values_to_not_be_null", "kwargs": {"column": "report_id"}, "severity": "critical"}],
             "meta": {"asset": "dim_report", "kind": "structural", "rule_id": None, "description": "",
                      "partition_column": "report_year",
                      "frame_sql": "SELECT report_id, report_year FROM dim_report\n-- a comment last"}}
    before = frame_fingerprint(con, suite, None)
    con.execute("UPDATE dim_report SET file_name = 'unread.txt'")  # a column the frame does not read
    assert frame_fingerprint(con, suite, None) == before
    assert frame_fingerprint(con, suite, [2021]) != before
    con.execute("INSERT INTO dim_report VALUES ('d', 2021, 'd.txt', 'y')")
    assert frame_fingerprint(con, suite, None) != before


def test_the_dbt_tests_results_are_kept_until_the_next_build_starts():
    con = warehouse()
    record_test_results(con, [{"asset_key": "fct_applications", "check_name": "not_null_x", "passed": False,
                               "severity": "WARN", "description": "3 rows"}])
    kept = recorded_test_results(con)[("fct_applications", "not_null_x")]
    assert (kept["passed"], kept["severity"], kept["description"]) == (False, "WARN", "3 rows")
    forget_builds(con, [2020])
    assert recorded_test_results(con) == {}


def test_a_year_table_that_does_not_read_the_year_before_keeps_its_next_year():
    con = warehouse()
    con.execute("CREATE TABLE fct_applications AS SELECT * FROM (VALUES (2020, 1), (2021, 3)) t(report_year, n)")
    con.execute("CREATE TABLE fct_rule_results AS SELECT * FROM fct_applications")
    record_builds(con, {2020: "a", 2021: "b"})
    record_table_builds(con, ["fct_applications", "fct_rule_results"], reading_year_before=["fct_rule_results"])
    before = table_fingerprints(con, ["fct_applications", "fct_rule_results"])
    record_builds(con, {2020: "a2"})  # 2020 rebuilt: fct_rule_results's 2021 (its carry-over) with it
    after = table_fingerprints(con, ["fct_applications", "fct_rule_results"])
    assert after["fct_applications"]["2021"] == before["fct_applications"]["2021"]
    assert after["fct_rule_results"]["2021"] != before["fct_rule_results"]["2021"]
    assert after["fct_applications"]["2020"] != before["fct_applications"]["2020"]


def test_the_tables_that_read_the_year_before_are_those_whose_meta_says_so():
    import json

    from orchestration.defs.resources import DBT_MANIFEST_PATH
    from orchestration.defs.warehouse import reading_year_before

    models = reading_year_before(json.loads(DBT_MANIFEST_PATH.read_text()))
    assert {"fct_rule_results", "int_carry_continuity", "mart_report_quality", "mart_rule_findings"} <= models
    assert not {"fct_applications", "int_rule_app_balance", "mart_application_outcomes"} & models
    # and a GX suite reading one of them rests on the year before; one reading another table does not
    builds = {2019: "a", 2020: "b"}
    assert verdict_fingerprints(CARRY, [2020], builds, models) != verdict_fingerprints(CARRY, [2020], {**builds, 2019: "A"}, models)
    assert verdict_fingerprints(SUITE, [2020], builds, models) == verdict_fingerprints(SUITE, [2020], {**builds, 2019: "A"}, models)


def test_the_rows_digest_sees_every_change_of_rows_and_none_of_their_order():
    from orchestration.core.warehouse_state import rows_digest

    def digest_of(rows: list[tuple]) -> str | None:
        con = duckdb.connect()
        con.execute("CREATE TABLE t (report_id VARCHAR, file_name VARCHAR, size BIGINT)")
        if rows:
            con.executemany("INSERT INTO t VALUES (?, ?, ?)", rows)
        return con.execute(f"SELECT {rows_digest('t')} FROM t").fetchall()[0][0]

    rows = [("a", "a.txt", 1), ("b", "b.txt", 2), ("c", None, 3)]
    base = digest_of(rows)
    assert digest_of(list(reversed(rows))) == base
    assert digest_of([]) is None
    changed = [
        [("a", "a.txt", 1), ("b", "b.txt", 20), ("c", None, 3)],  # one value
        [("a", "b.txt", 1), ("b", "a.txt", 2), ("c", None, 3)],  # two rows swap a column's values
        [("a", "a.txt", 1), ("b", "b.txt", 2), ("c", "", 3)],  # NULL becomes empty
        [*rows, ("a", "a.txt", 1)],  # a row twice
        rows[:2],  # a row gone
    ]
    assert len({base, *(digest_of(r) for r in changed)}) == len(changed) + 1


def inputs_of_whole_models() -> duckdb.DuckDBPyConnection:
    """The tables the models rebuilt whole read, with two landed files: one parsed, one not yet."""
    con = duckdb.connect()
    con.execute("""
        CREATE SCHEMA staging; CREATE SCHEMA parsing; CREATE SCHEMA landing;
        CREATE TABLE landing.raw_reports AS SELECT * FROM (VALUES ('a.txt', 'aa', TIMESTAMP '2026-01-01'),
            ('b.txt', 'bb', TIMESTAMP '2026-01-01')) t(source_file, sha256, scanned_at);
        CREATE TABLE landing.rejected_entries (source_file VARCHAR, scanned_at TIMESTAMP);
        CREATE TABLE parsing.reports AS SELECT 'aa' AS sha256, 2020 AS report_year, TIMESTAMP '2026-01-01' AS parsed_at;
        CREATE TABLE parsing.quarantine (sha256 VARCHAR, reason_code VARCHAR);
        CREATE TABLE staging.reports AS SELECT * FROM parsing.reports;
        CREATE TABLE staging.agencies AS SELECT '某县人民政府' AS agency_name, NULL::VARCHAR AS adcode;
        CREATE TABLE staging.fetch_log (fetch_id VARCHAR);
    """)
    return con


def test_the_models_rebuilt_whole_are_known_by_what_they_read_not_by_when_a_scan_saw_it():
    from orchestration.core.warehouse_state import whole_models_fingerprint

    con = inputs_of_whole_models()
    season = [2019, 2020]
    before = whole_models_fingerprint(con, DBT_PROJECT_DIR, season)
    con.execute("UPDATE landing.raw_reports SET scanned_at = '2026-02-01' WHERE sha256 = 'aa'")  # a re-scan
    assert whole_models_fingerprint(con, DBT_PROJECT_DIR, season) == before
    # a file not parsed is quarantined as of its scan: that date is part of what the models hold
    con.execute("UPDATE landing.raw_reports SET scanned_at = '2026-02-01' WHERE sha256 = 'bb'")
    rescanned = whole_models_fingerprint(con, DBT_PROJECT_DIR, season)
    assert rescanned != before
    assert whole_models_fingerprint(con, DBT_PROJECT_DIR, [2020]) != rescanned  # another season
    con.execute("UPDATE staging.agencies SET adcode = '350128'")  # the agency placed anew
    assert whole_models_fingerprint(con, DBT_PROJECT_DIR, season) != rescanned


def test_the_fingerprint_of_the_models_rebuilt_whole_covers_every_table_they_read():
    """Every relation the warehouse models' step reads outside itself (dbt's manifest) is one of
    WHOLE_MODEL_INPUTS, or a staged fact table (known by its reports' rows in staging.reports)."""
    import json

    from orchestration.core.warehouse_state import WHOLE_MODEL_INPUTS
    from orchestration.defs.partitions import DBT_YEAR_TAG
    from orchestration.defs.resources import DBT_MANIFEST_PATH
    from orchestration.defs.warehouse import STAGING_YEAR_TAG

    manifest = json.loads(DBT_MANIFEST_PATH.read_text())
    nodes, children = manifest["nodes"], manifest["child_map"]
    year_models, todo = set(), [k for k, n in nodes.items() if DBT_YEAR_TAG in n.get("tags", [])]
    while todo:  # tag:report_year+ (the year models' step)
        key = todo.pop()
        if key not in year_models:
            year_models.add(key)
            todo += children.get(key, [])
    step = {k for k, n in nodes.items() if n["resource_type"] in ("model", "seed") and k not in year_models
            and STAGING_YEAR_TAG not in n.get("tags", [])}
    read = set()
    for key in step:
        for parent in nodes[key].get("depends_on", {}).get("nodes", []):
            if parent not in step:
                node = manifest["sources"].get(parent) or nodes[parent]
                read.add((node["schema"], node.get("identifier") or node["alias"], STAGING_YEAR_TAG in node.get("tags", [])))
    assert {f"{schema}.{table}" for schema, table, staged in read if not staged} <= set(WHOLE_MODEL_INPUTS)
    assert {"staging.reports"} <= {f"{schema}.{table}" for schema, table, _ in read}
