"""A run of a few assets (the UI's subset) on a new warehouse: a GX gate whose suite reads a table the
run did not build says so, as a warning that validated nothing, instead of failing the run on a
missing table (orchestration/defs/quality.py: tables_read, tables_not_built, not_validated)."""

from __future__ import annotations

import json

import dagster as dg
import duckdb
import pytest

from orchestration.defs.quality import not_validated, tables_not_built, tables_read
from orchestration.quality import gx_adapter
from orchestration.settings import DBT_PROJECT_DIR

SUITES = gx_adapter.list_suites()


def warehouse_relations() -> set[tuple[str, str]]:
    """(schema, table) of every relation the dbt project builds or reads (models, seeds, sources)."""
    manifest = json.loads((DBT_PROJECT_DIR / "target" / "manifest.json").read_text())
    relations = {(node["schema"], node["alias"]) for node in manifest["nodes"].values()
                 if node["resource_type"] in ("model", "seed") and node["config"].get("materialized") != "ephemeral"}
    return relations | {(source["schema"], source["identifier"]) for source in manifest["sources"].values()}


@pytest.mark.parametrize("suite", SUITES, ids=[s["name"] for s in SUITES])
def test_a_suite_reads_relations_of_the_warehouse(suite):
    """The names come from DuckDB's parser (CTEs left out, schemas kept): each is a relation dbt
    builds or reads, so a gate never waits on a name that no run could build."""
    read = tables_read(suite)
    assert read <= warehouse_relations(), read - warehouse_relations()
    assert ("main", suite["meta"]["asset"]) in read or any(schema == "main_rules" for schema, _ in read)
    if suite["meta"].get("rule_id"):  # its failures are compared with the rule results
        assert ("main", "fct_rule_results") in read


def test_the_reconciliation_reads_the_landing_scan_the_parse_cache_and_both_outcomes():
    suite = next(s for s in SUITES if s["name"] == "report_reconciliation")
    assert tables_read(suite) == {("landing", "raw_reports"), ("landing", "rejected_entries"),
                                  ("parsing", "reports"), ("parsing", "quarantine"),
                                  ("main", "dim_report"), ("main", "fct_quarantine")}


def test_tables_not_built_names_those_missing_and_none_once_all_are_there():
    suite = next(s for s in SUITES if s["name"] == "app_balance")
    con = duckdb.connect(":memory:")
    con.execute("CREATE SCHEMA main_rules")
    assert tables_not_built(con, suite) == ["main.fct_rule_results", "main_rules.int_rule_app_balance"]
    con.execute("CREATE TABLE main_rules.int_rule_app_balance (report_id VARCHAR)")
    assert tables_not_built(con, suite) == ["main.fct_rule_results"]
    con.execute("CREATE TABLE fct_rule_results (report_id VARCHAR)")
    assert tables_not_built(con, suite) == []
    con.execute("CREATE SCHEMA other")  # a table of that name elsewhere is not the one read
    con.execute("DROP TABLE main_rules.int_rule_app_balance")
    con.execute("CREATE TABLE other.int_rule_app_balance (report_id VARCHAR)")
    assert tables_not_built(con, suite) == ["main_rules.int_rule_app_balance"]


def test_a_gate_that_could_not_validate_is_a_warning_never_a_pass():
    suite = next(s for s in SUITES if s["name"] == "app_balance")
    result = not_validated(suite, ["main_rules.int_rule_app_balance"])
    assert result.passed is False and result.severity == dg.AssetCheckSeverity.WARN
    assert result.metadata["validated"].value is False
    assert result.metadata["tables_not_built"].value == ["main_rules.int_rule_app_balance"]
    assert "not validated" in result.description and "int_rule_app_balance" in result.description
