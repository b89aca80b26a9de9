"""Parsing: read every new or changed report once; keep the result keyed by content hash.

The `parsing` schema holds the staging tables' rows for every hash parsed with the current
parser version. A file whose hash is already there is not parsed again; rows of hashes that left
the landing folder, or were parsed by an older parser, are dropped.
"""


import time
from collections import Counter
from datetime import UTC, datetime

import dagster as dg
from dagster_duckdb import DuckDBResource

from orchestration.core.batch import OCR_REASON_CODES, parse_again_with_last_year, parse_files_to_rows
from orchestration.core.landing import has_surrogates, os_path, text_safe, text_safe_rows
from orchestration.core.staging_rows import empty_tables
from orchestration.core.staging_schema import (
    FACT_TABLES,
    PARSING_SCHEMA,
    STAGING_TABLES,
    column_names,
    create_table_sql,
    rows_to_arrow,
    stale_cache_tables_sql,
)
from orchestration.parsing.record import PARSER_VERSION

from .ingestion import RAW_REPORTS
from .metadata import markdown_table
from .resources import WRITER_RETRY, LandingFolder

PARSED_REPORTS = dg.AssetKey(["parsing", "parsed_reports"])
BATCH = 5000  # reports per bulk insert: bounds memory on a national season
PROGRESS_SECONDS = 10  # a "parsed x of y" line at least this often (make run prints them)


def load_rows(con, schema: str, tables: dict[str, list[tuple]]) -> None:
    """Bulk-insert rows, one Arrow table per staging table, typed from the staging schema.

    One transaction: a report is cached with all its rows or not at all, so a crash mid-batch
    leaves those files to be parsed again."""
    con.execute("BEGIN TRANSACTION")
    try:
        _insert_tables(con, schema, tables)
    except Exception:
        con.execute("ROLLBACK")
        raise
    con.execute("COMMIT")


def _insert_tables(con, schema: str, tables: dict[str, list[tuple]]) -> None:
    for table, rows in tables.items():
        if not rows:
            continue
        columns = ", ".join(f'"{name}"' for name in column_names(table))
        con.register("incoming", rows_to_arrow(table, rows))
        con.execute(f"INSERT INTO {schema}.{table} ({columns}) SELECT {columns} FROM incoming")
        con.unregister("incoming")


def replace_rows(con, schema: str, sha256s: list[str], tables: dict[str, list[tuple]]) -> None:
    """The rows of reports parsed again in place of their earlier rows, in one transaction."""
    con.execute("BEGIN TRANSACTION")
    try:
        ids = [sha[:16] for sha in sha256s]  # report_id: the first 16 hex digits of the hash
        for table in FACT_TABLES:
            con.execute(f"DELETE FROM {schema}.{table} WHERE list_contains(?, report_id)", [ids])
        for table in ("reports", "quarantine"):
            con.execute(f"DELETE FROM {schema}.{table} WHERE list_contains(?, sha256)", [sha256s])
        _insert_tables(con, schema, tables)
    except Exception:
        con.execute("ROLLBACK")
        raise
    con.execute("COMMIT")


def reports_to_read_with_last_year(con, parsed_at: datetime) -> list[tuple[str, str, dict]]:
    """(file, sha256, the agency's record of the year before) of each report with a table 2 cell
    its text left unknown, where the cache holds the same agency's report of the year before and
    one of the two was parsed in this run. One join on (agency, year): no pair is compared."""
    found = con.execute(
        f"""
        SELECT r.source_file, r.sha256, p.report_id, p.agency_name, p.report_year, p.template
        FROM {PARSING_SCHEMA}.reports r
        JOIN {PARSING_SCHEMA}.reports p ON p.agency_name = r.agency_name AND p.report_year = r.report_year - 1
        WHERE (r.parsed_at = ? OR p.parsed_at = ?)
          AND r.report_id IN (SELECT report_id FROM {PARSING_SCHEMA}.disclosures WHERE cell_state = 'unknown')
        QUALIFY row_number() OVER (PARTITION BY r.sha256 ORDER BY p.report_id) = 1
        """,
        [parsed_at, parsed_at],
    ).fetchall()
    cells: dict[str, list[dict]] = {}
    for report_id, item, metric, value, state in con.execute(
        f"SELECT report_id, item, metric, value, cell_state FROM {PARSING_SCHEMA}.disclosures "
        "WHERE list_contains(?, report_id)", [[row[2] for row in found]]
    ).fetchall():
        cells.setdefault(report_id, []).append({"item": item, "metric": metric, "value": value, "cell_state": state})
    return [(os_path(source), sha256, {"agency": agency, "year": year, "template": template,
                                       "disclosures": cells.get(previous_id, [])})
            for source, sha256, previous_id, agency, year, template in found]


def _forget_stale(con) -> None:
    """Drop cached rows of hashes no longer in the landing folder or parsed by another version."""
    keep = "SELECT sha256 FROM landing.raw_reports"
    con.execute(
        f"DELETE FROM {PARSING_SCHEMA}.reports WHERE parser_version <> ? OR sha256 NOT IN ({keep})", [PARSER_VERSION]
    )
    con.execute(
        f"DELETE FROM {PARSING_SCHEMA}.quarantine WHERE parser_version <> ? OR sha256 NOT IN ({keep})", [PARSER_VERSION]
    )
    for table in FACT_TABLES:
        con.execute(
            f"DELETE FROM {PARSING_SCHEMA}.{table} WHERE report_id NOT IN (SELECT report_id FROM {PARSING_SCHEMA}.reports)"
        )


@dg.asset(
    key=PARSED_REPORTS,
    deps=[RAW_REPORTS],
    group_name="parsing",
    kinds={"python", "duckdb"},
    pool="duckdb_write",
    retry_policy=WRITER_RETRY,
    description="Every landed file parsed once per content hash and parser version: the tables of "
    "the report, each cell's state, warnings and the per-report rule results, or the reason it "
    "was quarantined.",
)
def parsed_reports(context: dg.AssetExecutionContext, landing: LandingFolder, warehouse: DuckDBResource) -> dg.MaterializeResult:
    with warehouse.get_connection() as con:
        con.execute(f"CREATE SCHEMA IF NOT EXISTS {PARSING_SCHEMA}")
        if con.execute(stale_cache_tables_sql()).fetchall():  # a cache of an older shape: parse again
            for table in STAGING_TABLES:
                con.execute(f"DROP TABLE IF EXISTS {PARSING_SCHEMA}.{table}")
        for table in STAGING_TABLES:
            con.execute(create_table_sql(table, PARSING_SCHEMA, replace=False))
        _forget_stale(con)
        if landing.ocr:  # scans quarantined while OCR was off are read now
            con.execute(f"DELETE FROM {PARSING_SCHEMA}.quarantine WHERE list_contains(?, reason_code)", [list(OCR_REASON_CODES)])
        todo = con.execute(
            f"""
            SELECT min(source_file) AS source_file FROM landing.raw_reports
            WHERE sha256 NOT IN (SELECT sha256 FROM {PARSING_SCHEMA}.reports)
              AND sha256 NOT IN (SELECT sha256 FROM {PARSING_SCHEMA}.quarantine)
            GROUP BY sha256 ORDER BY 1
            """
        ).fetchall()
        paths = [os_path(row[0]) for row in todo]  # the stored name of a non-UTF-8 name is escaped
        escape_results = any(map(has_surrogates, paths))
        cached = con.execute("SELECT count(DISTINCT sha256) FROM landing.raw_reports").fetchall()[0][0] - len(paths)
        statuses: Counter[str] = Counter()
        parsed_at = datetime.now(UTC).replace(tzinfo=None)
        tables = empty_tables()
        started = datetime.now()
        context.log.info(f"parsing {len(paths)} new or changed files on {landing.parse_workers} workers; "
                         f"{cached} unchanged files not parsed again")
        last_progress = time.monotonic()
        overruns: Counter[str] = Counter()
        peak_worker_rss = 0
        outcomes = parse_files_to_rows(paths, parsed_at, landing.parse_workers, landing.parse_limits, ocr=landing.ocr)
        for number, outcome in enumerate(outcomes, 1):
            status, rows = outcome.value
            statuses[status] += 1
            peak_worker_rss = max(peak_worker_rss, outcome.peak_rss_bytes)
            if outcome.overrun:
                overruns[outcome.overrun] += 1
                what = "died" if outcome.overrun == "crash" else f"hit the {outcome.overrun} limit"
                context.log.warning(f"{text_safe(outcome.path)}: quarantined, its parse process {what}")
            if escape_results:  # the parser names the file in its rows: DuckDB takes valid UTF-8 only
                rows = text_safe_rows(rows)
            for table, table_rows in rows.items():
                tables[table].extend(table_rows)
            if number % BATCH == 0:
                load_rows(con, PARSING_SCHEMA, tables)
                tables = empty_tables()
            if number % BATCH == 0 or time.monotonic() - last_progress > PROGRESS_SECONDS:
                context.log.info(f"parsed {number} of {len(paths)} files")
                last_progress = time.monotonic()
        load_rows(con, PARSING_SCHEMA, tables)
        again = reports_to_read_with_last_year(con, parsed_at)
        if again:  # table 2 cells a crawled page left unknown: last year's report may settle them
            context.log.info(f"parsing {len(again)} reports again with their agency's report of the year before")
            tables = empty_tables()
            outcomes = parse_again_with_last_year([(path, previous) for path, _, previous in again], parsed_at,
                                                  landing.parse_workers, landing.parse_limits, ocr=landing.ocr)
            for outcome in outcomes:
                rows = text_safe_rows(outcome.value[1]) if escape_results else outcome.value[1]
                for table, table_rows in rows.items():
                    tables[table].extend(table_rows)
            replace_rows(con, PARSING_SCHEMA, [sha256 for _, sha256, _ in again], tables)
        seconds = (datetime.now() - started).total_seconds()
        summary = con.execute(
            f"""
            SELECT status, count(*) AS reports FROM {PARSING_SCHEMA}.reports GROUP BY status
            UNION ALL SELECT 'quarantined', count(*) FROM {PARSING_SCHEMA}.quarantine
            ORDER BY 1
            """
        ).df()
    context.log.info(f"parsed {len(paths)} new or changed files in {seconds:.1f} s; {cached} unchanged files not parsed again")
    return dg.MaterializeResult(
        metadata={
            "dagster/row_count": dg.MetadataValue.int(int(summary["reports"].sum())),
            "parsed_now": dg.MetadataValue.int(len(paths)),
            "unchanged_not_parsed": dg.MetadataValue.int(int(cached)),
            "parse_seconds": dg.MetadataValue.float(round(seconds, 3)),
            "files_per_second": dg.MetadataValue.float(round(len(paths) / seconds, 1) if seconds else 0.0),
            "parsed_now_by_status": dg.MetadataValue.json(dict(statuses)),
            # files whose parse process hit the time or memory limit, or died (quarantined)
            "parse_overruns": dg.MetadataValue.json(dict(overruns)),
            "peak_parse_process_mib": dg.MetadataValue.float(round(peak_worker_rss / 2**20, 1)),
            "parser_version": PARSER_VERSION,
            "reports_by_status": dg.MetadataValue.md(markdown_table(summary)),
        }
    )
