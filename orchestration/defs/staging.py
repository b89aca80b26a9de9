"""Staging: the tables dbt reads, one asset each, rebuilt in bulk from the parse cache.

Only hashes present in the landing folder now are staged, under the path they have now. A file
whose content duplicates another's is the same report published twice: one copy is staged, the
other goes to quarantine saying which file it repeats. Every landed file ends up in exactly one
of `staging.reports` and `staging.quarantine`.
"""


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

from .metadata import table_metadata
from .parsing import PARSED_REPORTS

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


def staging_select(table: str) -> str:
    """The SELECT that fills one staging table from the parse cache and the landing scan."""
    if table == "reports":
        columns = ", ".join(
            f"l.{c}" if c in ("source_file", "file_name") else f"p.{c}" for c in column_names("reports")
        )
        return f"""
            SELECT {columns} FROM {PARSING_SCHEMA}.reports p
            JOIN landing.raw_reports l ON l.sha256 = p.sha256
            JOIN ({_CHOSEN}) c ON c.sha256 = l.sha256 AND c.source_file = l.source_file
        """
    if table in FACT_TABLES:
        return f"""
            SELECT * FROM {PARSING_SCHEMA}.{table}
            WHERE report_id IN (SELECT report_id FROM {STAGING_SCHEMA}.reports)
        """
    return f"""
        SELECT q.sha256, l.source_file, l.file_name, l.size_bytes, q.report_year, q.reason_code,
               q.reason, q.parser_version, q.quarantined_at
        FROM {PARSING_SCHEMA}.quarantine q JOIN landing.raw_reports l ON l.sha256 = q.sha256
        UNION ALL
        SELECT l.sha256, l.source_file, l.file_name, l.size_bytes, r.report_year, 'duplicate',
               l.source_file || ': same content as ' || r.source_file || ', which is in the warehouse',
               r.parser_version, r.parsed_at
        FROM landing.raw_reports l JOIN {STAGING_SCHEMA}.reports r ON r.sha256 = l.sha256
        WHERE l.source_file <> r.source_file
        UNION ALL
        SELECT l.sha256, l.source_file, l.file_name, l.size_bytes, NULL, 'not_parsed',
               l.source_file || ': no parse result for this file', NULL, l.scanned_at
        FROM landing.raw_reports l
        WHERE l.sha256 NOT IN (SELECT sha256 FROM {PARSING_SCHEMA}.reports)
          AND l.sha256 NOT IN (SELECT sha256 FROM {PARSING_SCHEMA}.quarantine)
    """


@dg.multi_asset(
    specs=[
        dg.AssetSpec(
            staging_key(table),
            deps=[PARSED_REPORTS],
            group_name="staging",
            description=STAGING_DESCRIPTIONS[table],
            kinds={"duckdb"},
        )
        for table in STAGING_TABLES
    ],
    name="staging_tables",
    pool="duckdb_write",
)
def staging_tables(context: dg.AssetExecutionContext, warehouse: DuckDBResource):
    # `reports` first: the fact tables and quarantine select from it.
    order = ["reports", *[t for t in STAGING_TABLES if t != "reports"]]
    with warehouse.get_connection() as con:
        con.execute(f"CREATE SCHEMA IF NOT EXISTS {STAGING_SCHEMA}")
        con.execute("BEGIN TRANSACTION")
        for table in order:
            con.execute(create_table_sql(table, STAGING_SCHEMA))
            con.execute(f"INSERT INTO {STAGING_SCHEMA}.{table} {staging_select(table)}")
        con.execute("COMMIT")
        frames = {t: con.execute(f"SELECT * FROM {STAGING_SCHEMA}.{t} LIMIT 10").df() for t in order}
        counts = {t: con.execute(f"SELECT count(*) FROM {STAGING_SCHEMA}.{t}").fetchall()[0][0] for t in order}
    for table in order:
        metadata = table_metadata(frames[table], row_count=counts[table], table=f"{STAGING_SCHEMA}.{table}")
        yield dg.MaterializeResult(asset_key=staging_key(table), metadata=metadata)
