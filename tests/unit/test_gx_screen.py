"""DuckDB's screen of a suite's frame (orchestration/quality/screen.py): GX validates only the
reports the screen cannot clear, and must give the verdict it gives on the whole frame.

The screen may call a good report suspect (GX then passes it), never clear a failing one."""

from __future__ import annotations

import dataclasses

import pytest

from orchestration.quality import gx_adapter as gxa
from orchestration.quality import screen
from tests.unit.test_gx_suites import (
    APP_BREAKS,
    DISCLOSURE_BREAKS,
    REVIEW_BREAKS,
    break_copies,
    good_warehouse,
    update,
    warehouse,
)

BREAKS = {"fct_applications": ("fct_applications_structure", APP_BREAKS),
          "fct_reviews": ("fct_reviews_structure", REVIEW_BREAKS),
          "fct_disclosures": ("fct_disclosures_structure", DISCLOSURE_BREAKS)}


def verdict(outcome: gxa.SuiteOutcome) -> dict:
    """What a gate reports of an outcome (not how long it took, nor how many rows GX read)."""
    return {"success": outcome.success, "severity": outcome.worst_failed_severity,
            "rows": outcome.rows_validated, "failing": outcome.failing_report_ids,
            "raised": outcome.raised_exception,
            "expectations": [(e.type, e.kwargs, e.success, e.unexpected_count, e.failing_report_ids)
                             for e in outcome.expectations],
            "failing_rows": sorted(map(repr, outcome.failing_rows))}


@pytest.fixture
def no_sample(monkeypatch):
    """GX reads only the suspect reports, so a screen that misses shows as a different verdict."""
    monkeypatch.setattr(gxa, "SCREEN_SAMPLE", 0)


@pytest.mark.parametrize("table", sorted(BREAKS))
def test_screened_structure_suites_give_the_verdict_of_the_whole_frame(table, no_sample):
    con = good_warehouse()
    suite, breaks = BREAKS[table]
    break_copies(con, table, breaks)
    screened = gxa.run_suite(con, suite)
    assert verdict(screened) == verdict(gxa.run_suite(con, suite, screened=False))
    assert not screened.success and screened.suspect_reports == len(breaks)
    # GX read none of the good reports' rows (r2019, r2021, rbad): the screen cleared them
    good = con.execute(f"SELECT count(*) FROM {table} WHERE report_id IN ('r2019', 'r2021', 'rbad')").fetchall()[0][0]
    assert 0 < screened.rows_through_gx <= screened.rows_validated - good


def test_a_clean_frame_is_read_by_gx_only_in_its_sample(monkeypatch):
    con = good_warehouse()
    monkeypatch.setattr(gxa, "SCREEN_SAMPLE", 1)
    outcome = gxa.run_suite(con, "fct_applications_structure")
    assert outcome.success and outcome.suspect_reports == 0
    rows = dict(con.execute("SELECT report_id, count(*) FROM fct_applications GROUP BY report_id").fetchall())
    assert outcome.rows_through_gx in rows.values() and outcome.rows_validated == sum(rows.values())


def test_a_statutory_rule_is_screened_to_its_failing_reports(no_sample):
    con = good_warehouse()
    update(con, "UPDATE fct_applications SET applications = coalesce(applications, 0) + 1, cell_state = 'value' "
                "WHERE report_id = 'rbad' AND \"row\" = 'new_received' AND applicant IN ('natural_person', 'total')")
    screened = gxa.run_suite(con, "app_balance")
    assert verdict(screened) == verdict(gxa.run_suite(con, "app_balance", screened=False))
    assert screened.failing_report_ids == ["rbad"] and screened.suspect_reports == 1


# Edge values where pandas and DuckDB differ (NaN is missing to pandas, a number to DuckDB; NULL
# compares as unknown in SQL), one row a report, so any row the screen wrongly clears changes the verdict.
EDGE_ROWS = """
    SELECT * FROM (VALUES
        ('ok',        'a',  1.0::DOUBLE, 1.0::DOUBLE, 1::BIGINT, true,  'x', 'y'),
        ('null_text', NULL, 1.0, 1.0, 1, true,  'x', 'y'),
        ('out_set',   'z',  1.0, 1.0, 1, false, 'x', 'y'),
        ('nan_a',     'a',  'nan'::DOUBLE, 1.0, 1, true, 'x', 'y'),
        ('nan_both',  'a',  'nan'::DOUBLE, 'nan'::DOUBLE, 1, true, 'x', 'y'),
        ('null_a',    'a',  NULL, 1.0, 1, NULL, 'x', 'y'),
        ('null_both', 'a',  NULL, NULL, NULL, true, 'x', 'y'),
        ('low',       'a',  -1.0, -2.0, -5, true, 'x', 'y'),
        ('edge',      'a',  0.0, 0.0, 0, true, 'x', 'y'),
        ('high',      'a',  11.0, 12.0, 10, true, 'x', 'y'),
        ('dup',       'a',  1.0, 1.0, 1, true, 'x', 'y'),
        ('dup',       'a',  1.0, 1.0, 1, true, 'x', 'y'),
        ('dup_nulls', 'a',  1.0, 1.0, 1, true, NULL, NULL),
        ('dup_nulls', 'a',  1.0, 1.0, 1, true, NULL, NULL)
    ) AS t(report_id, label, a, b, n, flag, k1, k2)"""

EDGE_EXPECTATIONS = [
    ("expect_column_values_to_not_be_null", {"column": "label"}),
    ("expect_column_values_to_not_be_null", {"column": "a"}),
    ("expect_column_values_to_be_in_set", {"column": "label", "value_set": ["a", "b"]}),
    ("expect_column_values_to_be_in_set", {"column": "flag", "value_set": [True]}),
    ("expect_column_values_to_be_in_set", {"column": "n", "value_set": [1, 10]}),
    ("expect_column_values_to_be_between", {"column": "a", "min_value": 0, "max_value": 10}),
    ("expect_column_values_to_be_between", {"column": "n", "min_value": 0, "max_value": 10,
                                            "strict_min": True, "strict_max": True}),
    ("expect_column_values_to_be_between", {"column": "b", "min_value": 0}),
    ("expect_column_pair_values_to_be_equal", {"column_A": "a", "column_B": "b"}),
    ("expect_column_pair_values_a_to_be_greater_than_b", {"column_A": "a", "column_B": "b"}),
    ("expect_column_pair_values_a_to_be_greater_than_b", {"column_A": "a", "column_B": "b", "or_equal": True}),
    ("expect_compound_columns_to_be_unique", {"column_list": ["report_id", "k1", "k2"]}),
    ("expect_compound_columns_to_be_unique", {"column_list": ["report_id", "label"]}),
]


def edge_suite(kind: str, kwargs: dict) -> dict:
    return {"name": "edges", "expectations": [{"type": kind, "kwargs": kwargs, "severity": "critical"}],
            "meta": {"asset": "edges", "kind": "structural", "rule_id": None, "description": "edge values",
                     "frame_sql": "SELECT * FROM edges", "index_columns": ["report_id", "label"]}}


@pytest.mark.parametrize(("kind", "kwargs"), EDGE_EXPECTATIONS, ids=lambda v: str(v))
def test_the_screen_never_clears_a_row_gx_fails(kind, kwargs, no_sample):
    con = warehouse()
    con.execute(f"CREATE TABLE edges AS {EDGE_ROWS}")
    suite = edge_suite(kind, kwargs)
    assert screen.suspect_reports_sql(suite["expectations"], gxa.frame_types(con, suite), "SELECT * FROM edges")
    whole = gxa.run_suite(con, suite, screened=False)
    screened = gxa.run_suite(con, suite)
    assert not whole.success  # every expectation here has an edge row that breaks it
    assert verdict(screened) == verdict(whole)
    assert screened.suspect_reports < 12  # and the screen cleared some of the 12 reports


@pytest.mark.parametrize(("kind", "kwargs"), [
    ("expect_column_values_to_not_be_null", {"column": "label", "mostly": 0.5}),
    ("expect_column_values_to_be_unique", {"column": "label"}),
    ("expect_compound_columns_to_be_unique", {"column_list": ["k1", "k2"]}),  # duplicates may span reports
    ("expect_column_values_to_be_in_set", {"column": "label", "value_set": [1, 2]}),  # text against numbers
    ("expect_column_values_to_be_between", {"column": "label", "min_value": 0}),  # text against a number
    ("expect_column_pair_values_to_be_equal", {"column_A": "label", "column_B": "a"}),  # DuckDB cannot compare
])
def test_what_the_screen_cannot_judge_gx_reads_whole(kind, kwargs):
    con = warehouse()
    con.execute(f"CREATE TABLE edges AS {EDGE_ROWS}")
    suite = edge_suite(kind, kwargs)
    assert gxa.screen_frame(con, suite) is None
    outcome = gxa.run_suite(con, suite)
    assert outcome.suspect_reports is None and outcome.rows_through_gx == outcome.rows_validated == 14


def test_a_screen_that_clears_a_failing_report_is_a_broken_check(monkeypatch):
    """The sample GX validates though the screen cleared it: were the screen wrong, the gate says so
    as an error, not as a pass."""
    con = good_warehouse()
    break_copies(con, "fct_applications", {"negative_count": APP_BREAKS["negative_count"]})
    def clear_all(expectations, types, frame):
        return f"SELECT report_id, count(*) AS frame_rows, false AS suspect FROM ({frame}) GROUP BY report_id"

    monkeypatch.setattr(gxa, "suspect_reports_sql", clear_all)
    outcome = gxa.run_suite(con, "fct_applications_structure")
    assert not outcome.success and outcome.raised_exception and outcome.worst_failed_severity == "critical"
    assert "screen cleared" in outcome.exception_message and "negative_count" in outcome.exception_message


def test_the_screen_leaves_no_table_behind():
    con = good_warehouse()
    before = con.execute("SELECT count(*) FROM duckdb_tables() WHERE temporary").fetchall()
    gxa.run_suite(con, "fct_applications_structure")
    assert con.execute("SELECT count(*) FROM duckdb_tables() WHERE temporary").fetchall() == before


def test_outcome_fields_of_a_screened_run_are_plain():
    con = good_warehouse()
    outcome = gxa.run_suite(con, "fct_reviews_structure")
    assert {"rows_through_gx", "suspect_reports"} <= set(dataclasses.asdict(outcome))
    assert "by GX" in outcome.to_markdown()
