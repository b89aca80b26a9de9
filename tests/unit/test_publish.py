"""The publish step on its own: a copy of the marts replaces the published file atomically."""

from __future__ import annotations

import duckdb

from orchestration.defs.publish import mart_tables, publish_marts


def working(path) -> duckdb.DuckDBPyConnection:
    con = duckdb.connect(str(path))
    con.execute("CREATE SCHEMA staging")
    con.execute("CREATE TABLE staging.reports AS SELECT 1 AS x")
    con.execute("CREATE TABLE dim_report AS SELECT range AS report_id FROM range(3)")
    con.execute("CREATE TABLE fct_rule_results AS SELECT range AS report_id, 'APP_BALANCE' AS rule_id FROM range(5)")
    con.execute("CREATE TABLE rule_catalogue AS SELECT 'APP_BALANCE' AS rule_id")
    con.execute("CREATE VIEW stg_reports AS SELECT * FROM staging.reports")
    return con


def test_marts_are_the_tables_of_the_main_schema_but_seeds(tmp_path):
    con = working(tmp_path / "gdw.duckdb")
    assert mart_tables(con) == ["dim_report", "fct_rule_results"]


def test_publish_replaces_the_file_and_parquet_while_a_reader_holds_the_old_one(tmp_path):
    con = working(tmp_path / "gdw.duckdb")
    published = tmp_path / "published"
    assert publish_marts(con, published) == {"dim_report": 3, "fct_rule_results": 5}
    reader = duckdb.connect(str(published / "gdw.duckdb"), read_only=True)
    con.execute("INSERT INTO dim_report VALUES (3)")
    publish_marts(con, published)
    assert reader.execute("SELECT count(*) FROM dim_report").fetchall() == [(3,)]  # the old file, still whole
    reader.close()
    assert sorted(p.name for p in published.iterdir()) == ["gdw.duckdb", "parquet"]  # nothing half-built left
    assert sorted(p.name for p in (published / "parquet").iterdir()) == ["dim_report.parquet", "fct_rule_results.parquet"]
    check = duckdb.connect(":memory:")
    assert check.execute(f"SELECT count(*) FROM '{published}/parquet/dim_report.parquet'").fetchall() == [(4,)]
