"""Staging: the tables dbt reads, rebuilt from the parse cache, one report year at a time.

Only hashes present in the landing folder now are staged, under the path they have now. A file
whose content duplicates another's is the same report published twice: one copy is staged, the
other goes to quarantine saying which file it repeats. Every landed file ends up in exactly one
of `staging.reports` and `staging.quarantine`.

The report tables (reports and its facts) are partitioned by report year: a run for year Y
deletes Y's rows and inserts them again from the cache, in one transaction, and leaves the other
years alone. `staging.quarantine` is rebuilt whole in every run: a file whose year cannot be read
belongs to no partition and must still be listed, and a report of a year outside the partitions
(GDW_FIRST_REPORT_YEAR..GDW_LAST_REPORT_YEAR) is quarantined with that reason.
"""

import time

import dagster as dg
from dagster_duckdb import DuckDBResource

from orchestration.core.staging_schema import (
    FACT_TABLES,
    PARSING_SCHEMA,
    STAGING_SCHEMA,
    STAGING_TABLES,
    column_names,
    create_table_sql,
)

from .metadata import markdown_table, table_metadata
from .parsing import PARSED_REPORTS
from .partitions import YEAR_BACKFILL, SeasonYears, years_of_run, years_sql
from .resources import WRITER_RETRY

STAGING_DESCRIPTIONS = {
    "reports": "One row per report read (status parsed, partial or narrative): agency, year, template.",
    "disclosures": "Table 2 cells: report × item × metric, with the value in 万元 for amounts.",
    "applications": "Table 3 cells: report × row × applicant, with each cell's state.",
    "reviews": "Table 4 cells: report × proceeding × outcome, with each cell's state.",
    "warnings": "What the parser noticed in each report: short rows, repaired names, assumed units.",
    "rule_results": "Per-report statutory rule results: passed, failed or not_evaluable.",
    "quarantine": "Files that are not in the warehouse, each with the reason.",
}


def staging_key(table: str) -> dg.AssetKey:
    return dg.AssetKey([STAGING_SCHEMA, table])


# The landing copy of each hash that is staged: the first path in sort order.
_CHOSEN = """
    SELECT sha256, min(source_file) AS source_file FROM landing.raw_reports GROUP BY sha256
"""


REPORT_TABLES = ["reports", *[t for t in STAGING_TABLES if t != "reports" and t != "quarantine"]]
QUARANTINE_KEY = dg.AssetKey([STAGING_SCHEMA, "quarantine"])


def staging_select(table: str, season: list[int], years: list[int] | None = None) -> str:
    """The SELECT that fills one staging table (for some report years; None: every year of the
    `season`, the partitions' years) from the parse cache and the landing scan. Fact tables read
    `staging.reports`, so it is filled first; a report of a year outside `season` is quarantined."""
    in_partitions = years_sql(season, "p.report_year")
    if table == "reports":
        columns = ", ".join(
            f"l.{c}" if c in ("source_file", "file_name") else f"p.{c}" for c in column_names("reports")
        )
        return f"""
            SELECT {columns} FROM {PARSING_SCHEMA}.reports p
            JOIN landing.raw_reports l ON l.sha256 = p.sha256
            JOIN ({_CHOSEN}) c ON c.sha256 = l.sha256 AND c.source_file = l.source_file
            WHERE {in_partitions} AND {years_sql(years, "p.report_year")}
        """
    if table in FACT_TABLES:
        return f"""
            SELECT * FROM {PARSING_SCHEMA}.{table}
            WHERE report_id IN (SELECT report_id FROM {STAGING_SCHEMA}.reports WHERE {years_sql(years)})
        """
    first, last = min(season), max(season)
    return f"""
        SELECT q.sha256, l.source_file, l.file_name, l.size_bytes, q.report_year, q.reason_code,
               q.reason, q.parser_version, q.quarantined_at
        FROM {PARSING_SCHEMA}.quarantine q JOIN landing.raw_reports l ON l.sha256 = q.sha256
        UNION ALL
        SELECT l.sha256, l.source_file, l.file_name, l.size_bytes, p.report_year, 'duplicate',
               l.source_file || ': same content as ' || c.source_file || ', which is in the warehouse',
               p.parser_version, p.parsed_at
        FROM landing.raw_reports l JOIN ({_CHOSEN}) c ON c.sha256 = l.sha256
        JOIN {PARSING_SCHEMA}.reports p ON p.sha256 = l.sha256
        WHERE l.source_file <> c.source_file AND {in_partitions}
        UNION ALL
        SELECT l.sha256, l.source_file, l.file_name, l.size_bytes, p.report_year, 'year_out_of_range',
               l.source_file || ': a report on ' || p.report_year || ', outside the warehouse''s years '
               || '{first}–{last} (GDW_FIRST_REPORT_YEAR, GDW_LAST_REPORT_YEAR)',
               p.parser_version, p.parsed_at
        FROM landing.raw_reports l JOIN {PARSING_SCHEMA}.reports p ON p.sha256 = l.sha256
        WHERE NOT ({in_partitions})
        UNION ALL
        SELECT l.sha256, l.source_file, l.file_name, l.size_bytes, NULL, 'not_parsed',
               l.source_file || ': no parse result for this file', NULL, l.scanned_at
        FROM landing.raw_reports l
        WHERE l.sha256 NOT IN (SELECT sha256 FROM {PARSING_SCHEMA}.reports)
          AND l.sha256 NOT IN (SELECT sha256 FROM {PARSING_SCHEMA}.quarantine)
        UNION ALL
        SELECT r.sha256, r.source_file, r.file_name, r.size_bytes, NULL, r.reason_code, r.reason, NULL,
               r.scanned_at
        FROM landing.rejected_entries r
    """


def ensure_table(con, table: str, log=None) -> None:
    """Create the staging table if missing; recreate it if its columns changed (the other years'
    rows are then gone: the log says to backfill them)."""
    existing = [r[0] for r in con.execute(
        "SELECT column_name FROM information_schema.columns WHERE table_schema = ? AND table_name = ? "
        "ORDER BY ordinal_position", [STAGING_SCHEMA, table]).fetchall()]
    if existing and existing != column_names(table):
        if log:
            log.warning(f"{STAGING_SCHEMA}.{table} has other columns than this version writes: recreated; "
                        "backfill every year to restore the other years")
        con.execute(create_table_sql(table, STAGING_SCHEMA, replace=True))
    elif not existing:
        con.execute(create_table_sql(table, STAGING_SCHEMA, replace=False))


def stage_years(context: dg.AssetExecutionContext, warehouse: DuckDBResource, season: SeasonYears):
    """The body of `staging_tables`: replace the run's years of every report table."""
    started = time.perf_counter()
    years = years_of_run(context) or season.years
    in_years = years_sql(years)
    with warehouse.get_connection() as con:
        con.execute(f"CREATE SCHEMA IF NOT EXISTS {STAGING_SCHEMA}")
        for table in REPORT_TABLES:
            ensure_table(con, table, context.log)
        # One transaction: a reader never sees a year half replaced.
        con.execute("BEGIN TRANSACTION")
        for table in REPORT_TABLES:  # `reports` first: the fact tables select from it
            con.execute(f"DELETE FROM {STAGING_SCHEMA}.{table} WHERE {in_years}")
            con.execute(f"INSERT INTO {STAGING_SCHEMA}.{table} {staging_select(table, season.years, years)}")
        con.execute("COMMIT")
        frames = {t: con.execute(f"SELECT * FROM {STAGING_SCHEMA}.{t} WHERE {in_years} LIMIT 10").df()
                  for t in REPORT_TABLES}
        counts = {t: con.execute(f"SELECT count(*) FROM {STAGING_SCHEMA}.{t} WHERE {in_years}").fetchall()[0][0]
                  for t in REPORT_TABLES}
        totals = {t: con.execute(f"SELECT count(*) FROM {STAGING_SCHEMA}.{t}").fetchall()[0][0] for t in REPORT_TABLES}
        by_status = con.execute(
            f"SELECT status, count(*) AS reports FROM {STAGING_SCHEMA}.reports WHERE {in_years} GROUP BY 1 ORDER BY 1"
        ).df()
        quarantined = con.execute(
            f"""SELECT count(*) FROM {PARSING_SCHEMA}.quarantine q JOIN landing.raw_reports l USING (sha256)
                WHERE {years_sql(years, "q.report_year")}"""
        ).fetchall()[0][0]
    seconds = round(time.perf_counter() - started, 3)
    context.log.info(f"staged report years {years}: {counts['reports']} reports in {seconds} s")
    for table in REPORT_TABLES:
        metadata = table_metadata(frames[table], row_count=counts[table], table=f"{STAGING_SCHEMA}.{table}",
                                  rows_all_years=dg.MetadataValue.int(int(totals[table])),
                                  report_years=dg.MetadataValue.json(years),
                                  seconds=dg.MetadataValue.float(seconds))
        if table == "reports":
            metadata.update(
                reports_read=dg.MetadataValue.int(int(counts["reports"])),
                reports_by_status=dg.MetadataValue.md(markdown_table(by_status)),
                files_quarantined=dg.MetadataValue.int(int(quarantined)),
            )
        yield dg.MaterializeResult(asset_key=staging_key(table), metadata=metadata)


def build_staging_tables(partitions: dg.PartitionsDefinition) -> dg.AssetsDefinition:
    """The staging report tables, partitioned by `partitions` (the report years of the Settings)."""

    @dg.multi_asset(
        specs=[
            dg.AssetSpec(
                staging_key(table),
                deps=[PARSED_REPORTS],
                group_name="staging",
                description=STAGING_DESCRIPTIONS[table],
                kinds={"duckdb"},
            )
            for table in REPORT_TABLES
        ],
        name="staging_tables",
        pool="duckdb_write",
        partitions_def=partitions,
        backfill_policy=YEAR_BACKFILL,
        retry_policy=WRITER_RETRY,
    )
    def staging_tables(context: dg.AssetExecutionContext, warehouse: DuckDBResource, season: SeasonYears):
        yield from stage_years(context, warehouse, season)

    return staging_tables


@dg.asset(
    key=QUARANTINE_KEY,
    deps=[PARSED_REPORTS],
    group_name="staging",
    kinds={"duckdb"},
    pool="duckdb_write",
    retry_policy=WRITER_RETRY,
    description=STAGING_DESCRIPTIONS["quarantine"] + " Rebuilt whole in every run: a file whose year "
    "cannot be read belongs to no year, and a report of a year outside the partitions lands here.",
)
def staging_quarantine(context: dg.AssetExecutionContext, warehouse: DuckDBResource,
                       season: SeasonYears) -> dg.MaterializeResult:
    with warehouse.get_connection() as con:
        con.execute(f"CREATE SCHEMA IF NOT EXISTS {STAGING_SCHEMA}")
        con.execute("BEGIN TRANSACTION")
        con.execute(create_table_sql("quarantine", STAGING_SCHEMA))
        con.execute(f"INSERT INTO {STAGING_SCHEMA}.quarantine {staging_select('quarantine', season.years)}")
        con.execute("COMMIT")
        frame = con.execute(
            f"SELECT file_name, report_year, reason_code, reason FROM {STAGING_SCHEMA}.quarantine ORDER BY 1"
        ).df()
    by_reason = frame.groupby("reason_code").size().to_dict() if len(frame) else {}
    if len(frame):
        context.log.warning(f"{len(frame)} file(s) in quarantine: {by_reason}")
    return dg.MaterializeResult(
        metadata=table_metadata(
            frame,
            table=f"{STAGING_SCHEMA}.quarantine",
            files_quarantined=dg.MetadataValue.int(len(frame)),
            by_reason=dg.MetadataValue.json({k: int(v) for k, v in by_reason.items()}),
            year_unknown=dg.MetadataValue.int(int(frame["report_year"].isna().sum()) if len(frame) else 0),
        )
    )
