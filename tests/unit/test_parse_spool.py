"""The parse spool: a shard's rows reach the cache once, and only when the shard is complete."""

from __future__ import annotations

from datetime import datetime

import duckdb
import pytest

from orchestration.core.parse_spool import PARTIAL_SUFFIX, ShardWriter, load_shards
from orchestration.core.staging_rows import add_report, empty_tables
from orchestration.core.staging_schema import STAGING_TABLES, create_table_sql
from orchestration.parsing.parse import parse_bytes, parse_text
from tests.unit.test_parser_edges import BALANCED, report_text


def cache() -> duckdb.DuckDBPyConnection:
    con = duckdb.connect()
    con.execute("CREATE SCHEMA parsing")
    for table in STAGING_TABLES:
        con.execute(create_table_sql(table, "parsing"))
    return con


def shard_rows() -> dict[str, list[tuple]]:
    tables = empty_tables()
    add_report(tables, parse_text(report_text(BALANCED), "balanced.txt"), datetime(2026, 1, 1))
    add_report(tables, parse_bytes(b"%PDF-1.4\n" + bytes(range(256)) * 4, "broken.pdf"), datetime(2026, 1, 1))
    return tables


def counts(con) -> dict[str, int]:
    return {table: con.execute(f"SELECT count(*) FROM parsing.{table}").fetchall()[0][0] for table in STAGING_TABLES}


def test_a_shard_loaded_twice_is_cached_once(tmp_path):
    writer = ShardWriter(tmp_path / "shard-000-of-001")
    writer.write(shard_rows())
    folder = writer.close()
    con = cache()
    first = load_shards(con, "parsing", [folder])
    once = counts(con)
    assert once["reports"] == 1 and once["quarantine"] == 1 and once["applications"] > 0
    assert first == once
    again = load_shards(con, "parsing", [folder, folder])
    assert set(again.values()) == {0} and counts(con) == once


def test_a_shard_that_stopped_half_way_leaves_only_a_partial_folder(tmp_path):
    writer = ShardWriter(tmp_path / "shard-000-of-002")
    writer.write(shard_rows())  # killed here: close() never ran
    assert not (tmp_path / "shard-000-of-002").exists()
    assert (tmp_path / f"shard-000-of-002{PARTIAL_SUFFIX}").is_dir()
    with pytest.raises(duckdb.IOException):  # nothing there to load
        load_shards(cache(), "parsing", [tmp_path / "shard-000-of-002"])
    again = ShardWriter(tmp_path / "shard-000-of-002")  # the next attempt starts clean
    again.write(shard_rows())
    con = cache()
    load_shards(con, "parsing", [again.close()])
    assert counts(con)["reports"] == 1
    assert not (tmp_path / f"shard-000-of-002{PARTIAL_SUFFIX}").exists()


def test_figures_reach_the_cache_exact_whole_or_not(tmp_path):
    """The rows carry a whole figure as int (cheap to send between processes), any other as it was
    read: the cache holds the report's cells and rule results at their exact values either way."""
    from decimal import Decimal

    report = parse_text(report_text(BALANCED), "balanced.txt")
    amount = next(c for c in report.cells if c.table == "disclosures" and c.value is not None)
    amount.value = Decimal("0.0123")  # 123 元 in 万元: not whole
    tables = empty_tables()
    add_report(tables, report, datetime(2026, 1, 1))
    writer = ShardWriter(tmp_path / "shard-000-of-001")
    writer.write(tables)
    con = cache()
    load_shards(con, "parsing", [writer.close()])
    cached = {(item, metric): value for item, metric, value in con.execute(
        "SELECT item, metric, value FROM parsing.disclosures").fetchall()}
    expected = {(c.row, c.column): c.value for c in report.cells if c.table == "disclosures"}
    assert cached == expected and cached[(amount.row, amount.column)] == Decimal("0.0123")
    assert any(value is not None and value == value.to_integral_value() for value in cached.values())
    results = con.execute("SELECT rule_id, scope, expected, actual FROM parsing.rule_results "
                          "WHERE expected IS NOT NULL").fetchall()
    assert results and all(isinstance(e, Decimal) and e == a for _, _, e, a in results)  # BALANCED: every rule passes


def test_rows_a_parse_process_collected_load_as_the_rows_themselves(tmp_path):
    """The rows a parse process sends as Arrow (StagingCollector) reach the cache as the same rows."""
    from orchestration.core.parse_spool import StagingCollector, collected_tables

    collector = StagingCollector()
    rows = shard_rows()
    assert collector.add(("parsed", rows)) == (("parsed", {}), True)
    assert collector.add("needs_ocr") == ("needs_ocr", False)  # not a file's rows: answered as it is
    assert collector.held() == 1
    batch = collected_tables(collector.take())
    assert collector.held() == 0 and not collector.take()
    writer = ShardWriter(tmp_path / "shard-000-of-001")
    writer.write(empty_tables(), [batch])
    con = cache()
    load_shards(con, "parsing", [writer.close()])
    for table, expected in rows.items():
        assert sorted(con.execute(f"SELECT * FROM parsing.{table}").fetchall(), key=repr) == sorted(expected, key=repr), table
