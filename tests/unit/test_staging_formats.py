"""Reports of every format flow into the staging tables: counts of any size, recovered cells."""

from __future__ import annotations

from datetime import datetime

import duckdb

from orchestration.core.parse_spool import ShardWriter, load_shards
from orchestration.core.staging_rows import add_report, empty_tables
from orchestration.core.staging_schema import STAGING_TABLES, create_table_sql
from orchestration.parsing.parse import parse_bytes, parse_text
from tests.unit.test_parser_edges import BALANCED, report_text


def test_counts_of_any_size_and_recovered_cells_load_into_duckdb(tmp_path):
    two_digits = {key: ["", "12", "", "", "", "", "12"] for key in ("new_received", "granted", "results_total")}
    small = parse_text(report_text(two_digits), "small.txt")  # blanks first, then two-digit counts
    big_values = {key: ["1080", "", "", "", "", "", "1080"] for key in ("new_received", "granted", "results_total")}
    big = parse_text(report_text(big_values, year=2019), "big.txt")
    ran_together = parse_text(report_text(dict(BALANCED, granted=["2 1", "", "", "", "", "3"])), "ran.txt")
    tables = empty_tables()
    # thousands of small counts first: DuckDB sizes a column of Decimals by the rows it samples
    for report in [small] * 40 + [big, ran_together]:
        add_report(tables, report, datetime(2026, 1, 1))
    con = duckdb.connect()
    con.execute("CREATE SCHEMA parsing")
    for table in STAGING_TABLES:
        con.execute(create_table_sql(table, "parsing"))
    writer = ShardWriter(tmp_path / "shard")
    writer.write(tables)
    load_shards(con, "parsing", [writer.close()])
    assert con.execute("SELECT max(applications) FROM parsing.applications").fetchall() == [(1080,)]
    states = dict(con.sql("SELECT cell_state, count(*) FROM parsing.applications GROUP BY 1").fetchall())
    assert states["recovered"] == 3 and "unknown" not in states and sum(states.values()) == 42 * 23 * 7
    assert con.execute("SELECT count(*) FROM parsing.applications WHERE cell_state = 'recovered' AND applications IS NULL"
                   ).fetchall() == [(0,)]  # a recovered cell holds its figure; the blanks of its row stay blank


def test_a_quarantined_pdf_is_a_quarantine_row_with_its_reason():
    tables = empty_tables()
    add_report(tables, parse_bytes(b"%PDF-1.4\n" + bytes(range(256)) * 4, "landing/broken.pdf"), datetime(2026, 1, 1))
    (row,) = tables["quarantine"]
    assert "corrupt_file" in row and any("landing/broken.pdf" in str(v) for v in row)
