"""The GX suites in expectations/ and the adapter that runs them, against a tiny in-memory warehouse.

For every suite: good rows pass, one specific break fails with exactly the broken report_id and the
suite's severity, and an unknown cell makes a statutory unit not_evaluable (left out), not failed.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import duckdb
import pytest

from orchestration.core import labels
from orchestration.parsing import cells
from orchestration.quality import gx_adapter as gxa
from tests.dbt_sql import create_views, warehouse_connection

REPO = Path(__file__).resolve().parents[2]
SUITE_FILES = sorted((REPO / "expectations").glob("*.json"))
STRUCTURAL = [
    "fct_applications_structure",
    "fct_reviews_structure",
    "fct_disclosures_structure",
    "report_reconciliation",
]
STATUTORY = {
    "app_balance": "APP_BALANCE",
    "app_outcome_sum": "APP_OUTCOME_SUM",
    "app_applicant_sum": "APP_APPLICANT_SUM",
    "review_sum": "REVIEW_SUM",
    "disclosure_change": "DISCLOSURE_CHANGE",
    "non_negative": "NON_NEGATIVE",
    "procurement_amount": "PROCUREMENT_AMOUNT",
    "template_matches_year": "TEMPLATE_MATCHES_YEAR",
    "carry_continuity": "CARRY_CONTINUITY",
    "narrative_matches_table": "NARRATIVE_MATCHES_TABLE",
    "completeness": "COMPLETENESS",
}
# Suites whose frame holds no row on the good warehouse (no consecutive years, no sentences).
EMPTY_ON_GOOD_DATA = {"carry_continuity", "narrative_matches_table"}
CELL_STATES = list(cells.CELL_STATES)
SIX = [a for a in labels.APPLICANT_KEYS if a != "total"]
REVIEW_PARTS = [o for o in labels.REVIEW_OUTCOME_KEYS if o != "total"]

# ----------------------------------------------------------------------------- a tiny warehouse

TABLES = {
    "fct_applications": 'report_id VARCHAR, agency_id VARCHAR, report_year INTEGER, "row" VARCHAR, '
    "row_group VARCHAR, applicant VARCHAR, applications BIGINT, cell_state VARCHAR, "
    "value_as_written VARCHAR, source_line INTEGER",
    "fct_reviews": "report_id VARCHAR, agency_id VARCHAR, report_year INTEGER, proceeding VARCHAR, "
    "outcome VARCHAR, cases BIGINT, cell_state VARCHAR, value_as_written VARCHAR, source_line INTEGER",
    "fct_disclosures": "report_id VARCHAR, agency_id VARCHAR, report_year INTEGER, article VARCHAR, "
    "item VARCHAR, metric VARCHAR, value DECIMAL(18,4), value_as_written VARCHAR, cell_state VARCHAR, "
    "unit_assumed BOOLEAN, source_line INTEGER",
    "dim_report": "report_id VARCHAR, sha256 VARCHAR, status VARCHAR, report_year INTEGER, "
    "agency_id VARCHAR, template VARCHAR, source_file VARCHAR, parsed_at TIMESTAMP, file_name VARCHAR",
    "fct_quarantine": "sha256 VARCHAR, source_file VARCHAR, reason_code VARCHAR",
    "landing.raw_reports": "sha256 VARCHAR, source_file VARCHAR, size_bytes BIGINT",
    "landing.rejected_entries": "sha256 VARCHAR, source_file VARCHAR, reason_code VARCHAR",
    # the parse cache: the year of a landed file (report_reconciliation checks a run's years)
    "parsing.reports": "sha256 VARCHAR, report_year INTEGER",
    "parsing.quarantine": "sha256 VARCHAR, report_year INTEGER",
    "fct_rule_results": "report_id VARCHAR, agency_id VARCHAR, report_year INTEGER, rule_id VARCHAR, "
    "scope VARCHAR, status VARCHAR, expected DECIMAL(18,4), actual DECIMAL(18,4), message VARCHAR",
    # the parser's own rule results: where the figures a report's sentences state are kept
    "stg_rule_results": "report_id VARCHAR, report_year INTEGER, rule_id VARCHAR, scope VARCHAR, status VARCHAR, "
    "expected DECIMAL(18,4), actual DECIMAL(18,4), message VARCHAR",
}


# The dbt models that hold a rule's SQL, which the statutory suites read (created as views from
# dbt's own compiled SQL, tests/dbt_sql.py; tables in the warehouse).
RULE_MODELS = ("int_carry_continuity", *(f"int_rule_{name}" for name in (
    "app_balance", "app_outcome_sum", "app_applicant_sum", "review_sum", "disclosure_change",
    "procurement_amount", "template_matches_year", "non_negative", "completeness", "narrative_matches_table")))


def warehouse() -> duckdb.DuckDBPyConnection:
    con = warehouse_connection()
    con.execute("CREATE SCHEMA landing")
    con.execute("CREATE SCHEMA parsing")
    for table, columns in TABLES.items():
        con.execute(f"CREATE TABLE {table} ({columns})")
    create_views(con, RULE_MODELS, schema="main_rules")  # dbt_project.yml: +schema: rules
    return con


def insert(con, table: str, rows: list[tuple]) -> None:
    """Bulk insert through Arrow (executemany costs ~1 ms a row); DuckDB casts to the table's types."""
    import pyarrow as pa

    if rows:
        incoming = pa.table({f"c{i}": list(values) for i, values in enumerate(zip(*rows, strict=True))})
        columns = [row[0] for row in con.execute(f"DESCRIBE {table}").fetchall()][: len(rows[0])]
        con.register("_rows", incoming)
        con.execute(f"INSERT INTO {table} ({', '.join(f'{c!r}'.replace(chr(39), chr(34)) for c in columns)}) "
                    "SELECT * FROM _rows")
        con.unregister("_rows")


def cell(value):
    """(applications, cell_state): zeros are written as blank cells, which the rules read as 0."""
    return (None, "blank") if value == 0 else (value, "value")


def application_rows(report_id: str, template: str = "2019", year: int = 2020) -> list[tuple]:
    """A table 3 that obeys APP_BALANCE, APP_OUTCOME_SUM and APP_APPLICANT_SUM, with blank cells."""
    outcomes = labels.outcome_rows(template)
    grid: dict[str, dict[str, int]] = {row: {} for row in labels.application_rows(template)}
    for i, applicant in enumerate(SIX, start=1):
        for j, row in enumerate(outcomes):
            grid[row][applicant] = (i + j) % 3  # every outcome row holds a number somewhere
        grid["results_total"][applicant] = sum(grid[row][applicant] for row in outcomes)
        grid["carried_over"][applicant] = i % 2
        grid["carried_forward"][applicant] = i % 3
        grid["new_received"][applicant] = (
            grid["results_total"][applicant]
            + grid["carried_forward"][applicant]
            - grid["carried_over"][applicant]
        )
    for values in grid.values():
        values["total"] = sum(values[a] for a in SIX)
    rows = []
    for n, (row, values) in enumerate(grid.items()):
        group = labels.APPLICATION_ROWS[row][1]
        for applicant in labels.APPLICANT_KEYS:
            value, state = cell(values[applicant])
            rows.append(
                (report_id, "ag1", year, row, group, applicant, value, state, str(value or ""), 100 + n)
            )
    assert all(v >= 0 for values in grid.values() for v in values.values())
    return rows


def review_rows(report_id: str, year: int = 2020) -> list[tuple]:
    rows = []
    for p, proceeding in enumerate(labels.PROCEEDING_KEYS):
        parts = {o: (p + k) % 3 for k, o in enumerate(REVIEW_PARTS)}
        parts["total"] = sum(parts.values())
        for outcome in labels.REVIEW_OUTCOME_KEYS:
            value, state = cell(parts[outcome])
            rows.append((report_id, "ag1", year, proceeding, outcome, value, state, str(value or ""), 300))
    return rows


def disclosure_rows(report_id: str, year: int = 2020) -> list[tuple]:
    """Every (item, metric) of the 2019 template, with a negative `change` and a fractional amount."""
    rows = []
    for item, (article, _, templates) in labels.DISCLOSURE_ITEMS.items():
        if "2019" not in templates:
            continue
        for metric in labels.TEMPLATE_DISCLOSURE_COLUMNS["2019"].get(article, ()):
            value = (
                "-3"
                if metric in labels.SIGNED_METRICS
                else "434.936"
                if metric in labels.AMOUNT_METRICS
                else "7"
            )
            rows.append((report_id, "ag1", year, article, item, metric, value, value, "value", False, 200))
    return rows


def add_current_year_counts(con, report_id: str) -> None:
    """The optional 本年项目数量 column, consistent with previous_year_count and change."""
    con.execute(
        "INSERT INTO fct_disclosures SELECT * REPLACE ('current_year_count' AS metric, "
        "value + (SELECT c.value FROM fct_disclosures c WHERE c.report_id = d.report_id AND c.item = d.item "
        "AND c.metric = 'change') AS value) FROM fct_disclosures d "
        f"WHERE report_id = '{report_id}' AND metric = 'previous_year_count' AND item <> 'administrative_fees'"
    )


def update(con, sql: str) -> None:
    con.execute(sql)
    assert con.fetchall() != [(0,)], f"the break changed nothing: {sql}"


def good_warehouse() -> duckdb.DuckDBPyConnection:
    con = warehouse()
    for rid, template, year in [("r2019", "2019", 2020), ("r2021", "2021", 2022), ("rbad", "2021", 2022)]:
        insert(con, "fct_applications", application_rows(rid, template, year))
        insert(con, "fct_reviews", review_rows(rid, year))
        insert(con, "fct_disclosures", disclosure_rows(rid, year))
    return con


def run(con, name: str, **kwargs) -> gxa.SuiteOutcome:
    return gxa.run_suite(con, name, **kwargs)


def assert_fails(outcome: gxa.SuiteOutcome, report_id: str, severity: str) -> None:
    assert not outcome.success, outcome.to_markdown()
    assert outcome.failing_report_ids == [report_id], outcome.to_markdown()
    assert outcome.worst_failed_severity == severity
    assert not outcome.raised_exception, outcome.exception_message


def assert_passes(outcome: gxa.SuiteOutcome) -> None:
    assert outcome.success, outcome.to_markdown()
    assert outcome.worst_failed_severity is None
    assert outcome.failing_report_ids == [] and outcome.failing_rows == []
    assert not outcome.raised_exception


# ----------------------------------------------------------------------------- the suite files


def test_suite_files_are_the_expected_set():
    assert sorted(p.stem for p in SUITE_FILES) == sorted([*STRUCTURAL, *STATUTORY])


@pytest.mark.parametrize("path", SUITE_FILES, ids=lambda p: p.stem)
def test_suite_file_loads_as_gx_suite_with_meta(path):
    import great_expectations as gx

    raw = json.loads(path.read_text(encoding="utf-8"))
    suite = gx.ExpectationSuite(
        **json.loads(path.read_text(encoding="utf-8"))
    )  # GX writes into the meta it gets
    assert suite.name == raw["name"] == path.stem
    assert len(suite.expectations) == len(raw["expectations"]) > 0
    meta = raw["meta"]
    assert set(gxa.REQUIRED_META) <= set(meta)
    assert meta["asset"] in {"fct_applications", "fct_reviews", "fct_disclosures", "dim_report", "fct_rule_results"}
    assert "SELECT" in meta["frame_sql"].upper() and meta["description"]
    severities = {e["severity"] for e in raw["expectations"]}
    if path.stem in STATUTORY:
        assert meta["kind"] == "statutory" and meta["rule_id"] == STATUTORY[path.stem]
        assert severities == {"warning"}
        assert {e["meta"]["rule_id"] for e in raw["expectations"]} == {meta["rule_id"]}
    else:
        assert meta["kind"] == "structural" and meta["rule_id"] is None
        assert severities <= {"critical", "warning"}
        assert [e["severity"] for e in raw["expectations"]].count("critical") >= 4
    assert gxa.load_suite(path) == raw == gxa.load_suite(path.stem)


def _value_set(suite: str, column: str) -> list:
    (expectation,) = [
        e
        for e in gxa.load_suite(suite)["expectations"]
        if e["type"] == "expect_column_values_to_be_in_set" and e["kwargs"]["column"] == column
    ]
    return expectation["kwargs"]["value_set"]


def test_value_sets_come_from_labels():
    """The JSON copies labels.py; when a key is added there, this says which list to update."""
    assert _value_set("fct_applications_structure", "row") == list(labels.APPLICATION_ROWS)
    assert _value_set("fct_applications_structure", "applicant") == list(labels.APPLICANT_KEYS)
    assert _value_set("fct_applications_structure", "row_and_group") == [
        f"{k}:{g}" for k, (_, g, _) in labels.APPLICATION_ROWS.items()
    ]
    assert _value_set("fct_reviews_structure", "proceeding") == list(labels.PROCEEDING_KEYS)
    assert _value_set("fct_reviews_structure", "outcome") == list(labels.REVIEW_OUTCOME_KEYS)
    assert _value_set("fct_disclosures_structure", "item") == list(labels.DISCLOSURE_ITEMS)
    assert _value_set("fct_disclosures_structure", "metric") == list(labels.DISCLOSURE_METRICS)
    assert set(_value_set("fct_disclosures_structure", "item_article")) == {
        f"{item}@{article}" for item, (article, _, _) in labels.DISCLOSURE_ITEMS.items()
    }
    pairs = set(_value_set("fct_disclosures_structure", "item_metric"))
    for item, (article, _, templates) in labels.DISCLOSURE_ITEMS.items():
        for template in templates:
            assert {
                f"{item}:{m}" for m in labels.TEMPLATE_DISCLOSURE_COLUMNS[template].get(article, ())
            } <= pairs
    for suite in STRUCTURAL[:3]:
        assert _value_set(suite, "cell_state") == CELL_STATES
    sql = gxa.load_suite("fct_disclosures_structure")["meta"]["frame_sql"]
    assert all(f"'{m}'" in sql for m in labels.AMOUNT_METRICS | labels.SIGNED_METRICS)
    # APP_OUTCOME_SUM's dbt model names the outcome rows only one template has, and counts the others
    outcome_sql = (REPO / "dbt_project/models/intermediate/rules/int_rule_app_outcome_sum.sql").read_text()
    both = set(labels.outcome_rows("2019")) & set(labels.outcome_rows("2021"))
    only = (set(labels.outcome_rows("2019")) | set(labels.outcome_rows("2021"))) - both
    assert all(f"'{r}'" in outcome_sql and r.startswith("other") for r in only)
    assert not any(r.startswith("other") for r in both) and f"common_rows = {len(both)}" in outcome_sql


def test_list_suites_by_asset():
    assert [s["name"] for s in gxa.list_suites()] == sorted([*STRUCTURAL, *STATUTORY])
    assert [s["name"] for s in gxa.list_suites("fct_applications")] == [
        "app_applicant_sum",
        "app_balance",
        "app_outcome_sum",
        "carry_continuity",
        "fct_applications_structure",
    ]
    # suites that compare with fct_rule_results run once it is built (after dim_report's step)
    assert [s["name"] for s in gxa.list_suites("dim_report")] == ["report_reconciliation"]
    assert [s["name"] for s in gxa.list_suites("fct_rule_results")] == [
        "completeness", "narrative_matches_table", "non_negative", "template_matches_year"]
    assert gxa.list_suites("no_such_table") == []


def test_adapter_imports_neither_dagster_nor_gx():
    code = (
        "import sys, orchestration.quality.gx_adapter; "
        "print(sorted(m for m in ('dagster', 'great_expectations') if m in sys.modules))"
    )
    out = subprocess.run([sys.executable, "-c", code], cwd=REPO, capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"


# ----------------------------------------------------------------------------- good data passes


def test_every_suite_passes_on_an_empty_warehouse():
    con = warehouse()
    outcomes = gxa.run_suites(con)
    assert len(outcomes) == len(SUITE_FILES)
    for outcome in outcomes:
        assert_passes(outcome)
        assert outcome.rows_validated == 0


def test_every_suite_passes_on_good_data():
    con = good_warehouse()
    insert(
        con,
        "landing.raw_reports",
        [("a" * 64, "a.txt", 10), ("b" * 64, "b.txt", 10), ("c" * 64, "c.txt", 10)],
    )
    insert(
        con,
        "dim_report",
        [
            ("r2019", "a" * 64, "parsed", 2020, "ag1", "2019", "a.txt"),
            ("r2021", "b" * 64, "partial", 2022, "ag1", "2021", "b.txt"),
        ],
    )
    insert(con, "fct_quarantine", [("c" * 64, "c.txt", "not_a_report")])
    add_current_year_counts(con, "r2019")
    for outcome in gxa.run_suites(con):
        assert_passes(outcome)
        assert outcome.rows_validated > 0 or outcome.suite_name in EMPTY_ON_GOOD_DATA, outcome.suite_name
        assert outcome.elapsed_seconds < 5
    frame = gxa.build_frame(con, gxa.load_suite("app_balance"))
    assert list(frame.columns[:6]) == ["report_id", "agency_id", "report_year", "scope", "expected", "actual"]
    assert len(frame) == 3 * len(labels.APPLICANT_KEYS)


# ----------------------------------------------------------------------------- structural breaks: critical
#
# One run per suite: each break is applied to its own copy of a good report (report_id = the break's
# name), so the run must fail with exactly those report_ids, each caught by the expectations named.


def break_copies(con, table: str, breaks: dict[str, tuple[set[str], str]]) -> None:
    for report_id, (_, sql) in breaks.items():
        con.execute(
            f"INSERT INTO {table} SELECT * REPLACE ('{report_id}' AS report_id) FROM {table} "
            "WHERE report_id = 'rbad'"
        )
        update(con, sql.format(rid=report_id))


def assert_breaks_caught(outcome: gxa.SuiteOutcome, breaks: dict[str, tuple[set[str], str]]) -> None:
    assert not outcome.success and outcome.worst_failed_severity == "critical", outcome.to_markdown()
    assert not outcome.raised_exception, outcome.exception_message
    assert outcome.failing_report_ids == sorted(r for r in breaks if not r.startswith("null")), (
        outcome.to_markdown()
    )
    caught = {",".join(e.columns): set(e.failing_report_ids) for e in outcome.failed_expectations}
    wanted: dict[str, set[str]] = {}
    for report_id, (columns, _) in breaks.items():
        for column in columns:
            wanted.setdefault(column, set())
            if not report_id.startswith("null"):
                wanted[column].add(report_id)
    assert caught == wanted, outcome.to_markdown()


APP_BREAKS = {
    "negative_count": (
        {"applications"},
        (
            "UPDATE fct_applications SET applications = -1, cell_state = 'value' "
            "WHERE report_id = '{rid}' AND \"row\" = 'granted' AND applicant = 'natural_person'"
        ),
    ),
    "row_outside_spec": (
        {"row", "row_and_group"},
        (
            "UPDATE fct_applications SET \"row\" = 'granted_in_part' "
            "WHERE report_id = '{rid}' AND \"row\" = 'partially_granted' AND applicant = 'total'"
        ),
    ),
    "applicant_outside_spec": (
        {"applicant"},
        (
            "UPDATE fct_applications SET applicant = 'legal_person' "
            "WHERE report_id = '{rid}' AND \"row\" = 'granted' AND applicant = 'other_org'"
        ),
    ),
    "group_disagrees": (
        {"row_and_group"},
        (
            "UPDATE fct_applications SET row_group = 'intake' "
            "WHERE report_id = '{rid}' AND \"row\" = 'results_total' AND applicant = 'total'"
        ),
    ),
    "duplicate_key": (
        {"report_id,row,applicant"},
        (
            "INSERT INTO fct_applications SELECT * FROM fct_applications "
            "WHERE report_id = '{rid}' AND \"row\" = 'granted' AND applicant = 'total'"
        ),
    ),
    "cell_state_outside_set": (
        {"cell_state"},
        (
            "UPDATE fct_applications SET cell_state = 'guessed' "
            "WHERE report_id = '{rid}' AND \"row\" = 'granted' AND applicant = 'total'"
        ),
    ),
    "blank_with_number": (
        {"cell_state_mismatch"},
        (
            "UPDATE fct_applications SET applications = 4 "
            "WHERE report_id = '{rid}' AND cell_state = 'blank' AND \"row\" = 'granted'"
        ),
    ),
    "null_report_id": (
        {"report_id"},
        "UPDATE fct_applications SET report_id = NULL WHERE report_id = '{rid}' AND \"row\" = 'granted'",
    ),
}


def test_applications_structure_breaks():
    con = good_warehouse()
    break_copies(con, "fct_applications", APP_BREAKS)
    assert_breaks_caught(run(con, "fct_applications_structure"), APP_BREAKS)


def test_applications_structure_negative_count_alone():
    con = good_warehouse()
    update(con, APP_BREAKS["negative_count"][1].format(rid="rbad"))
    outcome = run(con, "fct_applications_structure")
    assert_fails(outcome, "rbad", "critical")
    assert outcome.failing_rows == [
        {
            "expectation": "expect_column_values_to_be_between",
            "report_id": "rbad",
            "row": "granted",
            "applicant": "natural_person",
            "applications": -1,
        },
    ]
    assert outcome.failed_expectations[0].rule_id == "NON_NEGATIVE"


REVIEW_BREAKS = {
    "negative_count": (
        {"cases"},
        (
            "UPDATE fct_reviews SET cases = -2, cell_state = 'value' "
            "WHERE report_id = '{rid}' AND proceeding = 'litigation_direct' AND outcome = 'upheld'"
        ),
    ),
    "outcome_outside_spec": (
        {"outcome"},
        (
            "UPDATE fct_reviews SET outcome = 'withdrawn' "
            "WHERE report_id = '{rid}' AND proceeding = 'litigation_direct' AND outcome = 'other'"
        ),
    ),
    "proceeding_outside_spec": (
        {"proceeding"},
        (
            "UPDATE fct_reviews SET proceeding = 'arbitration' "
            "WHERE report_id = '{rid}' AND proceeding = 'administrative_review'"
        ),
    ),
    "duplicate_key": (
        {"report_id,proceeding,outcome"},
        (
            "INSERT INTO fct_reviews SELECT * FROM fct_reviews "
            "WHERE report_id = '{rid}' AND proceeding = 'administrative_review' AND outcome = 'total'"
        ),
    ),
    "value_without_number": (
        {"cell_state_mismatch"},
        (
            "UPDATE fct_reviews SET cases = NULL "
            "WHERE report_id = '{rid}' AND cell_state = 'value' AND outcome = 'total'"
        ),
    ),
}


def test_reviews_structure_breaks():
    con = good_warehouse()
    break_copies(con, "fct_reviews", REVIEW_BREAKS)
    assert_breaks_caught(run(con, "fct_reviews_structure"), REVIEW_BREAKS)


DISCLOSURE_BREAKS = {
    "negative_count": (
        {"unsigned_value"},
        (
            "UPDATE fct_disclosures SET value = -1 WHERE report_id = '{rid}' "
            "AND metric = 'decisions' AND item = 'administrative_penalty'"
        ),
    ),
    "negative_amount": (
        {"unsigned_value"},
        (
            "UPDATE fct_disclosures SET value = -0.5 WHERE report_id = '{rid}' "
            "AND metric = 'total_amount_wan_yuan'"
        ),
    ),
    "fractional_count": (
        {"count_fraction"},
        (
            "UPDATE fct_disclosures SET value = 7.5 WHERE report_id = '{rid}' "
            "AND metric = 'new_made' AND item = 'regulations'"
        ),
    ),
    "fractional_change": (
        {"count_fraction"},
        (
            "UPDATE fct_disclosures SET value = -0.0001 "
            "WHERE report_id = '{rid}' AND metric = 'change' AND item = 'administrative_fees'"
        ),
    ),
    "item_outside_spec": (
        {"item", "item_metric", "item_article"},
        (
            "UPDATE fct_disclosures "
            "SET item = 'administrative_inspection' WHERE report_id = '{rid}' "
            "AND item = 'administrative_coercion' AND metric = 'decisions'"
        ),
    ),
    "metric_outside_spec": (
        {"metric", "item_metric"},
        (
            "UPDATE fct_disclosures SET metric = 'new_count' "
            "WHERE report_id = '{rid}' AND metric = 'new_made' AND item = 'regulations'"
        ),
    ),
    "duplicate_key": (
        {"report_id,item,metric"},
        (
            "INSERT INTO fct_disclosures SELECT * FROM fct_disclosures "
            "WHERE report_id = '{rid}' AND metric = 'decisions' AND item = 'administrative_licensing'"
        ),
    ),
}


def test_disclosures_structure_breaks():
    con = good_warehouse()
    break_copies(con, "fct_disclosures", DISCLOSURE_BREAKS)
    assert_breaks_caught(run(con, "fct_disclosures_structure"), DISCLOSURE_BREAKS)


def test_disclosures_structure_allows_signed_change_and_fractional_amounts_but_warns_on_odd_pairs():
    con = good_warehouse()
    signed = con.execute("SELECT min(value) FROM fct_disclosures WHERE metric = 'change'").fetchone()[0]
    amount = con.execute(
        "SELECT max(value) FROM fct_disclosures WHERE metric = 'total_amount_wan_yuan'"
    ).fetchone()[0]
    assert signed < 0 and amount != int(amount)  # the good data passed test_every_suite_passes_on_good_data
    update(
        con,
        "UPDATE fct_disclosures SET metric = 'fee_amount_wan_yuan' "
        "WHERE report_id = 'rbad' AND item = 'regulations' AND metric = 'new_made'",
    )
    outcome = run(con, "fct_disclosures_structure")
    assert_fails(outcome, "rbad", "warning")
    assert [e.columns for e in outcome.failed_expectations] == [["item_metric"]]


def reconciliation_warehouse():
    """Files a..g landed; a, b, f, g became reports and c, d were quarantined."""
    con = warehouse()
    insert(con, "landing.raw_reports", [(c * 64, f"{c}.txt", 10) for c in "abcdfg"])
    insert(con, "dim_report", [(c * 16, c * 64, "parsed", 2020, "ag1", "2019", f"{c}.txt") for c in "abfg"])
    insert(con, "fct_quarantine", [(c * 64, f"{c}.txt", "not_a_report") for c in "cd"])
    return con


def test_report_reconciliation_an_entry_never_read_must_be_quarantined():
    """A FIFO or a symlink out of the landing folder is never read (sha256 ''): it is still an
    entry of the folder, and must be in fct_quarantine."""
    con = reconciliation_warehouse()
    insert(con, "landing.rejected_entries", [("", "/landing/pipe", "not_a_regular_file")])
    outcome = run(con, "report_reconciliation")
    assert_fails(outcome, "/landing/pipe", "critical")
    insert(con, "fct_quarantine", [("", "/landing/pipe", "not_a_regular_file")])
    assert_passes(run(con, "report_reconciliation"))


def test_report_reconciliation_a_report_lost_between_stages():
    con = reconciliation_warehouse()
    assert_passes(run(con, "report_reconciliation"))
    update(con, "DELETE FROM fct_quarantine WHERE sha256 = '" + "d" * 64 + "'")
    outcome = run(con, "report_reconciliation")
    assert_fails(outcome, "d" * 16, "critical")
    assert [(r["report_id"], r["source_file"], r["landed_in"]) for r in outcome.failing_rows] == [
        ("d" * 16, "d.txt", "lost"),
    ]


def test_report_reconciliation_breaks():
    con = reconciliation_warehouse()
    for sql in [
        "DELETE FROM dim_report WHERE report_id = '" + "b" * 16 + "'",  # parsed, then lost from dim_report
        "DELETE FROM fct_quarantine WHERE sha256 = '" + "d" * 64 + "'",  # quarantined, then lost
        "INSERT INTO dim_report VALUES ('"
        + "e" * 16
        + "', '"
        + "e" * 64
        + "', 'parsed', 2020, 'ag1', '2019', 'e.txt', NULL, 'e.txt')",
        "INSERT INTO dim_report SELECT * FROM dim_report WHERE report_id = '"
        + "a" * 16
        + "'",  # duplicate row
        "UPDATE dim_report SET report_id = '"
        + "f" * 16
        + "' WHERE report_id = '"
        + "g" * 16
        + "'",  # two files, one id
    ]:
        update(con, sql)
    outcome = run(con, "report_reconciliation")
    caught = {",".join(e.columns): e.failing_report_ids for e in outcome.failed_expectations}
    assert outcome.worst_failed_severity == "critical" and not outcome.raised_exception
    assert outcome.failing_report_ids == [c * 16 for c in "abdef"]
    assert caught == {
        "landed_in": ["b" * 16, "d" * 16],
        "in_landing": ["e" * 16],
        "dim_rows_with_report_id": ["a" * 16, "f" * 16],
    }


# ----------------------------------------------------------------------------- statutory breaks: warning


def not_evaluable(con, suite: str, report_id: str, scope: str) -> None:
    frame = gxa.build_frame(con, gxa.load_suite(suite))
    assert frame[(frame.report_id == report_id) & (frame.scope == scope)].empty


def test_app_balance():
    con = good_warehouse()  # passes: test_every_suite_passes_on_good_data
    # one more application from a natural person, in the total column too: only APP_BALANCE breaks
    update(
        con,
        "UPDATE fct_applications SET applications = coalesce(applications, 0) + 1, cell_state = 'value' "
        "WHERE report_id = 'rbad' AND \"row\" = 'new_received' AND applicant IN ('natural_person', 'total')",
    )
    outcome = run(con, "app_balance")
    assert_fails(outcome, "rbad", "warning")
    assert {r["scope"] for r in outcome.failing_rows} == {"natural_person", "total"}
    row = next(r for r in outcome.failing_rows if r["scope"] == "natural_person")
    assert row["expected"] == row["actual"] + 1 and isinstance(row["expected"], int)
    assert_passes(run(con, "app_applicant_sum"))
    assert_passes(run(con, "app_outcome_sum"))
    # an unknown cell in the unbalanced units makes them not_evaluable: left out, not failed
    update(
        con,
        "UPDATE fct_applications SET applications = NULL, cell_state = 'unknown' "
        "WHERE report_id = 'rbad' AND \"row\" = 'carried_forward' "
        "AND applicant IN ('natural_person', 'total')",
    )
    assert_passes(run(con, "app_balance"))
    not_evaluable(con, "app_balance", "rbad", "natural_person")


def test_app_balance_leaves_out_units_missing_a_row():
    con = good_warehouse()
    update(
        con,
        "DELETE FROM fct_applications WHERE report_id = 'rbad' AND \"row\" = 'carried_forward' "
        "AND applicant = 'commercial_enterprise'",
    )
    assert_passes(run(con, "app_balance"))
    not_evaluable(con, "app_balance", "rbad", "commercial_enterprise")


def test_app_outcome_sum_on_both_templates():
    """Sums whatever outcome rows a report has: the 2019 row set and the 2021 one."""
    con = warehouse()
    for template in ("2019", "2021"):
        for rid in (f"good{template}", f"bad{template}"):
            insert(con, "fct_applications", application_rows(rid, template))
    assert_passes(run(con, "app_outcome_sum"))
    for template in ("2019", "2021"):
        last_outcome_row = labels.outcome_rows(template)[-1]  # 'other' (2019) or 'other_misc' (2021)
        update(
            con,
            "UPDATE fct_applications SET applications = coalesce(applications, 0) + 2, cell_state = 'value' "
            f"WHERE report_id = 'bad{template}' AND \"row\" = '{last_outcome_row}' "
            "AND applicant IN ('research_institution', 'total')",
        )
    outcome = run(con, "app_outcome_sum")
    assert outcome.rows_validated == 4 * len(labels.APPLICANT_KEYS)
    assert not outcome.success and outcome.worst_failed_severity == "warning"
    assert outcome.failing_report_ids == ["bad2019", "bad2021"]
    assert sorted(
        (r["report_id"], r["scope"], r["expected"] - r["actual"]) for r in outcome.failing_rows
    ) == [
        ("bad2019", "research_institution", 2),
        ("bad2019", "total", 2),
        ("bad2021", "research_institution", 2),
        ("bad2021", "total", 2),
    ]
    # an unknown outcome cell: that unit is not_evaluable, the others still count
    update(
        con,
        "UPDATE fct_applications SET applications = NULL, cell_state = 'unknown' "
        "WHERE report_id IN ('bad2019', 'bad2021') AND \"row\" = 'granted' "
        "AND applicant = 'research_institution'",
    )
    outcome = run(con, "app_outcome_sum")
    assert outcome.failing_report_ids == ["bad2019", "bad2021"]
    assert {r["scope"] for r in outcome.failing_rows} == {"total"}
    not_evaluable(con, "app_outcome_sum", "bad2021", "research_institution")
    # a missing outcome row reads as unknown (as in core.rules), not as 0
    update(con, "DELETE FROM fct_applications WHERE report_id = 'bad2021' AND \"row\" = 'granted'")
    assert run(con, "app_outcome_sum").failing_report_ids == ["bad2019"]
    not_evaluable(con, "app_outcome_sum", "bad2021", "total")


def test_app_applicant_sum():
    con = good_warehouse()
    update(
        con,
        "UPDATE fct_applications SET applications = 99, cell_state = 'value' "
        "WHERE report_id = 'rbad' AND \"row\" = 'denied_state_secret' AND applicant = 'total'",
    )
    outcome = run(con, "app_applicant_sum")
    assert_fails(outcome, "rbad", "warning")
    (row,) = outcome.failing_rows
    assert row["scope"] == "denied_state_secret" and row["actual"] == 99 and row["expected"] != 99
    update(
        con,
        "UPDATE fct_applications SET applications = NULL, cell_state = 'unknown' "
        "WHERE report_id = 'rbad' AND \"row\" = 'denied_state_secret' AND applicant = 'other_org'",
    )
    assert_passes(run(con, "app_applicant_sum"))
    not_evaluable(con, "app_applicant_sum", "rbad", "denied_state_secret")


def test_review_sum():
    con = good_warehouse()
    blanks = con.execute("SELECT count(*) FROM fct_reviews WHERE cell_state = 'blank'").fetchone()[0]
    assert (
        blanks > 0
    )  # blank cells read as 0, and the good data passes (test_every_suite_passes_on_good_data)
    update(
        con,
        "UPDATE fct_reviews SET cases = 5, cell_state = 'value' "
        "WHERE report_id = 'rbad' AND proceeding = 'litigation_after_review' AND outcome = 'pending'",
    )
    outcome = run(con, "review_sum")
    assert_fails(outcome, "rbad", "warning")
    assert [r["scope"] for r in outcome.failing_rows] == ["litigation_after_review"]
    update(
        con,
        "UPDATE fct_reviews SET cases = NULL, cell_state = 'unknown' "
        "WHERE report_id = 'rbad' AND proceeding = 'litigation_after_review' AND outcome = 'total'",
    )
    assert_passes(run(con, "review_sum"))
    not_evaluable(con, "review_sum", "rbad", "litigation_after_review")


# ----------------------------------------------------------------------------- the adapter itself


def test_index_modes_agree_and_markdown_names_the_report():
    con = good_warehouse()
    update(
        con,
        "UPDATE fct_reviews SET cases = 5, cell_state = 'value' "
        "WHERE report_id = 'rbad' AND proceeding = 'administrative_review' AND outcome = 'upheld'",
    )
    by_label = run(con, "review_sum")
    by_columns = run(con, "review_sum", index_mode="columns")
    assert by_label.failing_report_ids == by_columns.failing_report_ids == ["rbad"]
    assert by_label.failing_rows == by_columns.failing_rows
    text = by_label.to_markdown()
    assert "review_sum" in text and "REVIEW_SUM" in text and "rbad" in text and "warning" in text
    assert json.dumps(by_label.to_dict())  # plain values, fit for Dagster metadata


def test_report_years_validate_one_partition():
    con = good_warehouse()  # r2019 reports on 2020; r2021 and rbad on 2022
    update(
        con,
        "UPDATE fct_reviews SET cases = 5, cell_state = 'value' "
        "WHERE report_id = 'rbad' AND proceeding = 'administrative_review' AND outcome = 'upheld'",
    )
    only_2020 = run(con, "review_sum", report_years=2020)
    assert_passes(only_2020)
    assert only_2020.rows_validated == len(labels.PROCEEDING_KEYS) and only_2020.report_years == [2020]
    assert_fails(run(con, "review_sum", report_years=[2022, 2021]), "rbad", "warning")
    for name in STRUCTURAL[:3]:
        frame = gxa.build_frame(con, name, report_years=2020)
        assert set(frame.report_year) == {2020} and set(frame.report_id) == {"r2019"}
    # report_reconciliation checks the files of the run's years, and every quarantined file
    # (which may have no year): a 2022 file lost from the warehouse is a finding of a 2022 run only
    insert(con, "landing.raw_reports", [("d" * 64, "d.txt", 10), ("e" * 64, "e.txt", 10)])
    insert(con, "parsing.reports", [("d" * 64, 2022)])
    insert(con, "fct_quarantine", [("e" * 64, "e.txt", "year_not_found")])
    assert_passes(run(con, "report_reconciliation", report_years=2020))
    in_2022 = run(con, "report_reconciliation", report_years=2022)
    assert_fails(in_2022, "d" * 16, "critical")
    frame = gxa.build_frame(con, "report_reconciliation", report_years=2020)
    assert "e.txt" in set(frame.source_file) and "d.txt" not in set(frame.source_file)


def test_a_broken_expectation_is_reported_as_an_exception_not_as_bad_data():
    import pandas as pd

    suite = {
        "name": "broken",
        "expectations": [
            {
                "type": "expect_column_pair_values_to_be_equal",
                "kwargs": {"column_A": "expected", "column_B": "no_such_column"},
                "severity": "warning",
            },
        ],
        "meta": {
            "asset": "fct_reviews",
            "kind": "statutory",
            "rule_id": "REVIEW_SUM",
            "description": "x",
            "frame_sql": "SELECT 1",
        },
    }
    df = pd.DataFrame({"report_id": ["r1"], "scope": ["s"], "expected": [1], "actual": [1]})
    outcome = gxa.validate_frame(suite, df)
    assert not outcome.success and outcome.raised_exception
    assert "no_such_column" in outcome.exception_message
    assert outcome.worst_failed_severity == "critical"  # a crashed check is never a mere finding
    assert outcome.failing_report_ids == []
    assert "ERROR" in outcome.to_markdown()


def test_load_suite_rejects_missing_meta(tmp_path):
    bad = tmp_path / "bad.json"
    bad.write_text(
        json.dumps(
            {
                "name": "bad",
                "expectations": [{"type": "x", "kwargs": {}, "severity": "warning"}],
                "meta": {"asset": "fct_reviews"},
            }
        )
    )
    with pytest.raises(ValueError, match="meta lacks"):
        gxa.load_suite(bad)
    with pytest.raises(FileNotFoundError):
        gxa.load_suite("no_such_suite", suites_dir=tmp_path)


def test_report_reconciliation_a_lost_copy_of_a_staged_report():
    """Two files with the same content: one is a report, the other must be in quarantine."""
    con = reconciliation_warehouse()
    insert(con, "landing.raw_reports", [("a" * 64, "copy_of_a.txt", 10)])
    outcome = run(con, "report_reconciliation")
    assert_fails(outcome, "a" * 16, "critical")
    assert [(r["source_file"], r["landed_in"]) for r in outcome.failing_rows] == [("copy_of_a.txt", "lost")]
    insert(con, "fct_quarantine", [("a" * 64, "copy_of_a.txt", "duplicate")])
    assert_passes(run(con, "report_reconciliation"))


# ----------------------------------------------------------------------------- the other statutory rules


def good_reports(con) -> None:
    insert(con, "dim_report", [(rid, rid, "parsed", year, "ag1", template, f"{rid}.txt")
                               for rid, template, year in [("r2019", "2019", 2020), ("r2021", "2021", 2022),
                                                           ("rbad", "2021", 2022)]])
    add_current_year_counts(con, "rbad")


BREAKS_OF_RULES = {
    # suite: (SQL that breaks report rbad, the scope that fails)
    "disclosure_change": (
        (
            "UPDATE fct_disclosures SET value = value + 1 WHERE report_id = 'rbad' "
            "AND item = 'administrative_penalty' AND metric = 'change'"
        ),
        "administrative_penalty",
    ),
    "non_negative": (
        (
            "UPDATE fct_applications SET applications = NULL, cell_state = 'unknown', value_as_written = '-1' "
            "WHERE report_id = 'rbad' AND \"row\" = 'granted' AND applicant = 'other_org'"
        ),
        "report",
    ),
    "procurement_amount": (
        "UPDATE fct_disclosures SET value = 0 WHERE report_id = 'rbad' AND metric = 'project_count'",
        "centralized_procurement",
    ),
    "template_matches_year": ("UPDATE dim_report SET template = '2019' WHERE report_id = 'rbad'", "report"),
    "completeness": (
        "DELETE FROM fct_reviews WHERE report_id = 'rbad' AND proceeding = 'litigation_direct'",
        "reviews",
    ),
}


@pytest.mark.parametrize("suite", sorted(BREAKS_OF_RULES))
def test_other_statutory_rules(suite):
    con = good_warehouse()
    good_reports(con)
    assert_passes(run(con, suite))
    sql, scope = BREAKS_OF_RULES[suite]
    update(con, sql)
    outcome = run(con, suite)
    assert_fails(outcome, "rbad", "warning")
    assert {r["scope"] for r in outcome.failing_rows} == {scope}


def test_carry_continuity_joins_consecutive_years_of_one_agency():
    con = warehouse()
    insert(con, "fct_applications", application_rows("y2020", year=2020) + application_rows("y2021", year=2021)
           + application_rows("other", year=2021))
    con.execute("UPDATE fct_applications SET agency_id = 'ag2' WHERE report_id = 'other'")
    insert(con, "dim_report", [(rid, rid, "parsed", year, agency, "2019", f"{rid}.txt")
                               for rid, year, agency in [("y2020", 2020, "ag1"), ("y2021", 2021, "ag1"),
                                                         ("other", 2021, "ag2")]])
    forward = con.execute("SELECT applications FROM fct_applications WHERE report_id = 'y2020' "
                          "AND \"row\" = 'carried_forward' AND applicant = 'total'").fetchall()[0][0]
    update(con, f"UPDATE fct_applications SET applications = {forward}, cell_state = 'value' "
                "WHERE report_id = 'y2021' AND \"row\" = 'carried_over' AND applicant = 'total'")
    outcome = run(con, "carry_continuity")
    assert_passes(outcome)
    assert outcome.rows_validated == 1  # only y2021 has a previous year of its agency
    update(con, f"UPDATE fct_applications SET applications = {forward + 2} "
                "WHERE report_id = 'y2021' AND \"row\" = 'carried_over' AND applicant = 'total'")
    outcome = run(con, "carry_continuity")
    assert_fails(outcome, "y2021", "warning")
    assert [(r["expected"], r["actual"]) for r in outcome.failing_rows] == [(forward, forward + 2)]
    update(con, "UPDATE fct_applications SET applications = NULL, cell_state = 'unknown' "
                "WHERE report_id = 'y2020' AND \"row\" = 'carried_forward' AND applicant = 'total'")
    assert run(con, "carry_continuity").rows_validated == 0  # not evaluable: left out


def test_narrative_matches_table_reads_the_cell_it_names():
    con = good_warehouse()
    stated = con.execute("SELECT applications FROM fct_applications WHERE report_id = 'rbad' "
                         "AND \"row\" = 'new_received' AND applicant = 'total'").fetchall()[0][0]
    insert(con, "stg_rule_results", [
        ("r2019", 2020, "NARRATIVE_MATCHES_TABLE", "new_received.total", "passed", None, 0, None),
        ("rbad", 2022, "NARRATIVE_MATCHES_TABLE", "new_received.total", "failed", None, stated + 3, None),
    ])
    con.execute("UPDATE stg_rule_results SET actual = (SELECT coalesce(applications, 0) FROM fct_applications "
                "WHERE report_id = 'r2019' AND \"row\" = 'new_received' AND applicant = 'total') "
                "WHERE report_id = 'r2019'")
    outcome = run(con, "narrative_matches_table")
    assert_fails(outcome, "rbad", "warning")
    assert outcome.failing_rows == [{"report_id": "rbad", "scope": "new_received.total",
                                     "expected": stated, "actual": stated + 3}]


def test_carry_continuity_with_thousands_of_reports_under_one_agency():
    """The adversarial case: 2,000 reports of one agency_id in each of two years (a name normalised
    too far). Each 2021 report is compared once, with the agency's latest parsed 2020 report; the
    model and the GX suite over it find exactly the reports whose carry-over differs."""
    copies = 2000
    con = warehouse()
    reports, cells = [], []
    for i in range(copies):
        for year, row in ((2020, "carried_forward"), (2021, "carried_over")):
            report_id = f"r{year}_{i:05d}"
            reports.append((report_id, report_id, "parsed", year, "one_agency", "2019", f"{report_id}.txt",
                            f"2021-03-01 {i // 3600 % 24:02d}:{i // 60 % 60:02d}:{i % 60:02d}"))
            # the 2020 reports carry forward i; the latest parsed of them (i = copies - 1) is the one compared
            carried = i if year == 2020 else (copies - 1 if i % 7 else 5)
            cells.append((report_id, "one_agency", year, row, "total", "total", carried, "value"))
    insert(con, "dim_report", reports)
    insert(con, "fct_applications", cells)
    pairs = con.execute("SELECT count(*), count(DISTINCT previous_report_id), min(previous_report_id), "
                        "count(*) FILTER (WHERE status = 'failed') FROM main_rules.int_carry_continuity").fetchall()[0]
    breaking = {f"r2021_{i:05d}" for i in range(copies) if i % 7 == 0}
    assert pairs == (copies, 1, f"r2020_{copies - 1:05d}", len(breaking))
    outcome = run(con, "carry_continuity")
    assert outcome.rows_validated == copies
    assert set(outcome.failing_report_ids) == breaking


@pytest.mark.parametrize("suite", ["fct_applications_structure", "app_balance"])
def test_validating_in_slices_of_reports_finds_what_one_frame_finds(suite):
    """Memory bounded by design: a suite validates a few reports at a time; the merged outcome is the
    outcome of the whole frame (expectations are per row or per report, and a report is never split)."""
    con = good_warehouse()
    copies = [f"copy{i:02d}" for i in range(12)]
    for report_id in copies:
        for table in ("fct_applications", "fct_reviews", "fct_disclosures"):
            con.execute(f"INSERT INTO {table} SELECT * REPLACE ('{report_id}' AS report_id) FROM {table} "
                        "WHERE report_id = 'r2019'")
    insert(con, "dim_report", [(rid, rid, "parsed", 2020, "ag1", "2019", f"{rid}.txt") for rid in ["r2019", *copies]])
    for report_id in copies[::4]:  # three reports break APP_BALANCE and carry a negative count
        update(con, "UPDATE fct_applications SET applications = -3, cell_state = 'value' "
                    f"WHERE report_id = '{report_id}' AND \"row\" = 'new_received' AND applicant = 'natural_person'")
    whole = run(con, suite, reports_per_slice=1000)
    sliced = run(con, suite, reports_per_slice=2)
    assert gxa.slice_count(con, reports_per_slice=2) == 7  # 13 reports in dim_report
    assert not whole.success and whole.failing_report_ids == sorted(copies[::4])
    for field in ("success", "rows_validated", "worst_failed_severity", "failing_report_ids"):
        assert getattr(sliced, field) == getattr(whole, field), field
    assert [(e.type, e.success, e.unexpected_count) for e in sliced.expectations] == [
        (e.type, e.success, e.unexpected_count) for e in whole.expectations]
    assert sorted(map(str, sliced.failing_rows)) == sorted(map(str, whole.failing_rows))


def test_a_pass_that_rests_on_unconfirmed_cells_is_not_evaluable_in_the_rules_sql():
    """As in core/rules.py: a recovered cell, a blank in a row with one (its column came from the
    same split) and a figure OCR read unconfirmed cannot prove a pass; a breach on them still fails."""
    con = good_warehouse()

    def statuses() -> dict[str, str]:
        return dict(con.execute("SELECT scope, status FROM main_rules.int_rule_app_balance "
                                "WHERE report_id = 'r2019'").fetchall())

    assert set(statuses().values()) == {"passed"}
    where = "report_id = 'r2019' AND \"row\" = 'carried_over' AND applicant = 'natural_person'"
    update(con, f"UPDATE fct_applications SET cell_state = 'recovered' WHERE {where}")
    update(con, "UPDATE fct_applications SET cell_state = 'ocr_unverified' "
                "WHERE report_id = 'r2019' AND \"row\" = 'new_received' AND applicant = 'legal_service_org'")
    found = statuses()
    assert found["natural_person"] == "not_evaluable"  # recovered
    assert found["commercial_enterprise"] == "not_evaluable"  # blank in the recovered row
    assert found["legal_service_org"] == "not_evaluable"  # read by OCR, not confirmed
    assert found["research_institution"] == "passed"  # a figure (not a blank) beside the recovered one
    update(con, f"UPDATE fct_applications SET applications = applications + 5 WHERE {where}")
    assert statuses()["natural_person"] == "failed"


def test_a_total_recovered_as_its_rows_sum_leaves_the_blanks_its_row_printed_as_evidence_in_the_rules_sql():
    """As in core/rules.py: a total cut off the page and recovered as its row's sum is written nowhere
    (no value_as_written); the row's blanks were read as printed, not placed by a split."""
    con = good_warehouse()

    def statuses() -> dict[str, str]:
        return dict(con.execute("SELECT scope, status FROM main_rules.int_rule_app_balance "
                                "WHERE report_id = 'r2019'").fetchall())

    update(con, "UPDATE fct_applications SET cell_state = 'recovered', value_as_written = NULL "
                "WHERE report_id = 'r2019' AND \"row\" = 'carried_over' AND applicant = 'total'")
    found = statuses()
    assert found["total"] == "not_evaluable"  # rests on the recovered total
    assert found["commercial_enterprise"] == "passed"  # its blank in that row was printed so
