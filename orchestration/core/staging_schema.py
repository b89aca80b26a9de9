"""The staging tables the parsing stage writes and dbt reads as sources.

One place for their columns and DuckDB types, so the loader, the dbt sources and the tests
agree. Every fact table carries `report_year` so that a later partition by year can delete and
re-insert one year without a join.
"""

from __future__ import annotations

import gc
from contextlib import contextmanager

STAGING_SCHEMA = "staging"

# table -> ordered (column, duckdb type)
STAGING_TABLES: dict[str, list[tuple[str, str]]] = {
    "reports": [
        ("report_id", "VARCHAR"),  # first 16 hex digits of the file's sha256
        ("sha256", "VARCHAR"),
        ("source_file", "VARCHAR"),  # path as found in the landing folder
        ("file_name", "VARCHAR"),
        ("size_bytes", "BIGINT"),
        ("encoding", "VARCHAR"),
        ("agency_id", "VARCHAR"),  # first 16 hex digits of md5(agency_match_key)
        ("agency_name", "VARCHAR"),  # normalised
        ("agency_name_as_written", "VARCHAR"),
        ("province", "VARCHAR"),  # read from the agency name where it says so; null otherwise
        ("city", "VARCHAR"),
        ("county", "VARCHAR"),
        ("report_year", "INTEGER"),
        ("template", "VARCHAR"),  # '2019' | '2021' | 'narrative'
        ("template_source", "VARCHAR"),  # 'headers' | 'year'
        ("status", "VARCHAR"),  # 'parsed' | 'partial' | 'narrative'
        ("warning_count", "INTEGER"),
        ("unknown_cell_count", "INTEGER"),
        ("parser_version", "VARCHAR"),
        ("parsed_at", "TIMESTAMP"),
        # core/agency_names.py: the key reports of one agency share, and the steps that made it
        ("agency_match_key", "VARCHAR"),
        ("agency_match_steps", "VARCHAR"),  # comma-separated step names; '' when none applied
        ("source_format", "VARCHAR"),  # parsing/formats.py: text | html | docx | pdf | doc | spreadsheet | ocr_pdf | ocr_image
    ],
    "disclosures": [
        ("report_id", "VARCHAR"),
        ("report_year", "INTEGER"),
        ("item", "VARCHAR"),
        ("metric", "VARCHAR"),
        ("value", "DECIMAL(18,4)"),  # counts are whole; amounts are in 万元
        ("value_as_written", "VARCHAR"),
        ("cell_state", "VARCHAR"),  # 'value' | 'blank' | 'unknown' | 'narrative' | 'recovered' | 'ocr_unverified'
        ("unit_assumed", "BOOLEAN"),  # an amount with no unit written, read as 万元
        ("source_line", "INTEGER"),
        ("ocr_confidence", "DOUBLE"),  # a figure read by OCR: the recogniser's score (0–1); null otherwise
    ],
    "applications": [
        ("report_id", "VARCHAR"),
        ("report_year", "INTEGER"),
        ("row", "VARCHAR"),
        ("applicant", "VARCHAR"),
        ("applications", "BIGINT"),
        ("value_as_written", "VARCHAR"),
        ("cell_state", "VARCHAR"),
        ("source_line", "INTEGER"),
        ("ocr_confidence", "DOUBLE"),
    ],
    "reviews": [
        ("report_id", "VARCHAR"),
        ("report_year", "INTEGER"),
        ("proceeding", "VARCHAR"),
        ("outcome", "VARCHAR"),
        ("cases", "BIGINT"),
        ("value_as_written", "VARCHAR"),
        ("cell_state", "VARCHAR"),
        ("source_line", "INTEGER"),
        ("ocr_confidence", "DOUBLE"),
    ],
    "warnings": [
        ("report_id", "VARCHAR"),
        ("report_year", "INTEGER"),
        ("code", "VARCHAR"),
        ("message", "VARCHAR"),
        ("source_line", "INTEGER"),
    ],
    "rule_results": [
        ("report_id", "VARCHAR"),
        ("report_year", "INTEGER"),
        ("rule_id", "VARCHAR"),
        ("scope", "VARCHAR"),  # e.g. 'natural_person', 'granted', 'administrative_review', 'report'
        ("status", "VARCHAR"),  # 'passed' | 'failed' | 'not_evaluable'
        ("expected", "DECIMAL(18,4)"),
        ("actual", "DECIMAL(18,4)"),
        ("message", "VARCHAR"),
    ],
    "quarantine": [
        ("sha256", "VARCHAR"),
        ("source_file", "VARCHAR"),
        ("file_name", "VARCHAR"),
        ("size_bytes", "BIGINT"),
        ("report_year", "INTEGER"),  # null when the year could not be read
        ("reason_code", "VARCHAR"),
        ("reason", "VARCHAR"),
        ("parser_version", "VARCHAR"),
        ("quarantined_at", "TIMESTAMP"),
    ],
}


# The parsing stage keeps the same tables, keyed by content hash, as its cache.
PARSING_SCHEMA = "parsing"
FACT_TABLES = ("disclosures", "applications", "reviews", "warnings", "rule_results")


def create_table_sql(table: str, schema: str = STAGING_SCHEMA, replace: bool = True) -> str:
    columns = ", ".join(f'"{name}" {sql_type}' for name, sql_type in STAGING_TABLES[table])
    verb = "CREATE OR REPLACE TABLE" if replace else "CREATE TABLE IF NOT EXISTS"
    return f"{verb} {schema}.{table} ({columns})"


# Arrow refuses to round a decimal, and a parsed amount may carry more places than the column keeps
# (123.45 元 is 0.012345 万元): decimals travel exact at this scale, and DuckDB rounds them to the
# column's type on insert, as it rounds any decimal it stores.
ARROW_DECIMAL_SCALE = 10


def arrow_type(sql_type: str):
    """The Arrow type rows of a staging column of this DuckDB type travel as."""
    import pyarrow as pa

    if sql_type.startswith("DECIMAL"):
        return pa.decimal128(38, ARROW_DECIMAL_SCALE)
    return {"VARCHAR": pa.string(), "BIGINT": pa.int64(), "INTEGER": pa.int32(), "BOOLEAN": pa.bool_(), "DOUBLE": pa.float64(),
            "TIMESTAMP": pa.timestamp("us")}[sql_type]


def arrow_schema(table: str):
    import pyarrow as pa

    return pa.schema([(name, arrow_type(sql_type)) for name, sql_type in STAGING_TABLES[table]])


# Rows converted per call into Arrow: each call holds the GIL throughout, and the parse step converts
# in a thread beside the loop that answers the workers; a million rows in one call held that loop
# (and so the workers, waiting for their next file) for a quarter of a second a column.
ARROW_SLICE_ROWS = 8192


def rows_to_arrow(table: str, rows: list[tuple]):
    """The rows of one staging table (tuples in STAGING_TABLES order) as a typed Arrow table,
    converted from plain Python values a slice of rows at a time; a value of the wrong type raises."""
    import pyarrow as pa

    schema = arrow_schema(table)
    with collector_paused():
        batches = []
        for start in range(0, len(rows), ARROW_SLICE_ROWS):
            columns = zip(*rows[start:start + ARROW_SLICE_ROWS], strict=True)
            batches.append(pa.RecordBatch.from_arrays(
                [pa.array(values, type=f.type) for values, f in zip(columns, schema, strict=True)], schema=schema))
        return pa.Table.from_batches(batches, schema=schema)


@contextmanager
def collector_paused():
    """Python's cycle collector off while a batch is converted: the conversion makes no cycles, but
    its allocations would make the collector walk the batch's million row tuples again and again
    (more than half the conversion's time in a season's parse step)."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def column_names(table: str) -> list[str]:
    return [name for name, _ in STAGING_TABLES[table]]


def stale_cache_tables_sql(schema: str = PARSING_SCHEMA) -> str:
    """The cache tables whose columns differ from STAGING_TABLES (a new gdw added or changed one):
    the parsing stage drops them, and every file is parsed again into the new shape."""
    expected = " UNION ALL ".join(
        f"SELECT '{table}' AS t, {i} AS pos, '{name}' AS name"
        for table, columns in STAGING_TABLES.items()
        for i, (name, _) in enumerate(columns)
    )
    return f"""
        SELECT DISTINCT coalesce(a.table_name, e.t) FROM (
            SELECT table_name, column_name, ordinal_position - 1 AS pos
            FROM information_schema.columns WHERE table_schema = '{schema}'
        ) a FULL OUTER JOIN ({expected}) e ON a.table_name = e.t AND a.pos = e.pos
        WHERE (a.column_name IS DISTINCT FROM e.name)
          AND coalesce(a.table_name, e.t) IN (SELECT table_name FROM information_schema.tables
                                              WHERE table_schema = '{schema}')
    """
