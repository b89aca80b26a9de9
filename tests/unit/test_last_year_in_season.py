"""A season reads a crawled report again with its agency's report of the year before, found in the
parse cache by (agency, year), and replaces its cached rows: table 2 cells its text left unknown
are settled where last year's figures leave one split."""

from __future__ import annotations

from datetime import datetime

import duckdb

from orchestration.core.batch import parse_again_with_last_year, parse_files_to_rows
from orchestration.core.staging_rows import empty_tables
from orchestration.core.staging_schema import PARSING_SCHEMA, STAGING_TABLES, create_table_sql
from orchestration.defs.parsing import insert_rows, replace_rows, reports_to_read_with_last_year
from tests.unit.test_crawl_recovery import page_of


def cache_with(con, paths: list[str], parsed_at: datetime) -> None:
    con.execute(f"CREATE SCHEMA {PARSING_SCHEMA}")
    for table in STAGING_TABLES:
        con.execute(create_table_sql(table, PARSING_SCHEMA))
    tables = empty_tables()
    for outcome in parse_files_to_rows(paths, parsed_at, workers=1):
        for table, rows in outcome.value[1].items():
            tables[table].extend(rows)
    insert_rows(con, PARSING_SCHEMA, tables)


def normative_states(con) -> dict[int, list]:
    rows = con.execute(
        f"SELECT d.report_year, d.metric, d.value, d.cell_state FROM {PARSING_SCHEMA}.disclosures d "
        "WHERE d.item = 'normative_documents' ORDER BY d.report_year, d.metric").fetchall()
    found: dict[int, list] = {}
    for year, metric, value, state in rows:
        found.setdefault(year, []).append((metric, None if value is None else int(value), state))
    return found


def test_a_season_settles_table_2_with_the_agencys_report_of_the_year_before(tmp_path):
    last, this = tmp_path / "last.txt", tmp_path / "this.txt"
    last.write_text(page_of(2021, " 4 0 16"), encoding="utf-8")
    this.write_text(page_of(2022, "5615"), encoding="utf-8")
    parsed_at = datetime(2026, 1, 1)
    con = duckdb.connect()
    cache_with(con, [str(last), str(this)], parsed_at)
    assert {state for _, _, state in normative_states(con)[2022]} == {"unknown"}

    again = reports_to_read_with_last_year(con, parsed_at)
    assert [path for path, _, _ in again] == [str(this)]  # the report of 2021 has nothing unknown
    tables = empty_tables()
    for outcome in parse_again_with_last_year([(path, previous) for path, _, previous in again], parsed_at, workers=1):
        for table, rows in outcome.value[1].items():
            tables[table].extend(rows)
    replace_rows(con, PARSING_SCHEMA, [sha256 for _, sha256, _ in again], tables)

    assert normative_states(con)[2022] == [("in_force", 15, "recovered"), ("issued", 5, "recovered"),
                                           ("repealed", 6, "recovered")]
    assert con.execute(f"SELECT count(*) FROM {PARSING_SCHEMA}.reports").fetchone()[0] == 2
    warned = con.execute(f"SELECT count(*) FROM {PARSING_SCHEMA}.warnings WHERE code = 'split_by_evidence'").fetchone()
    assert warned[0] == 1
    # a later run that parses nothing new reads nothing again
    assert reports_to_read_with_last_year(con, datetime(2026, 1, 2)) == []
