"""Flatten parsed reports into the rows of the staging tables (see staging_schema.py).

Plain data in, plain tuples out, in the column order of STAGING_TABLES, so the Dagster shell can
bulk-load them as one Arrow table per table (typed from staging_schema.py).
"""

from __future__ import annotations

from datetime import datetime
from decimal import Decimal
from pathlib import Path

from ..parsing.record import PARSER_VERSION, QUARANTINED, ParsedReport
from ..parsing.title import split_region
from .agency_names import report_agency_id
from .rules import evaluate
from .staging_schema import STAGING_TABLES


def _figure(value):
    """A DECIMAL column's value, an integral Decimal as int: the same number to Arrow and DuckDB, and
    a row crosses from a parse process to its parent pickled, where a Decimal costs ~60x an int (its
    text written, then parsed again: ~0.2 ms a report, most of the rows' pickling)."""
    if type(value) is Decimal and value.is_finite() and value == value.to_integral_value():
        return int(value)
    return value


def empty_tables() -> dict[str, list[tuple]]:
    return {table: [] for table in STAGING_TABLES}


def add_report(tables: dict[str, list[tuple]], report: ParsedReport, parsed_at: datetime) -> None:
    """Append one report's rows: to the fact tables, or to quarantine with its reason."""
    file_name = Path(report.source).name
    if report.status == QUARANTINED:
        reason = report.warnings[-1] if report.warnings else None
        tables["quarantine"].append(
            (
                report.sha256,
                report.source,
                file_name,
                report.size_bytes,
                report.year,
                reason.code if reason else "unknown",
                reason.message if reason else "quarantined",
                PARSER_VERSION,
                parsed_at,
            )
        )
        return
    rid, year = report.report_id, report.year
    province, city, county = split_region(report.agency or "")
    unknown = sum(1 for c in report.cells if c.state == "unknown")
    # matched from the name as written, so the steps explain everything between it and the key
    agency_id, agency = report_agency_id(report.agency_as_written or report.agency, rid)
    tables["reports"].append(
        (
            rid,
            report.sha256,
            report.source,
            file_name,
            report.size_bytes,
            report.encoding,
            agency_id,
            report.agency,
            report.agency_as_written,
            province,
            city,
            county,
            year,
            report.template,
            report.template_source,
            report.status,
            len(report.warnings),
            unknown,
            PARSER_VERSION,
            parsed_at,
            agency.key if agency else None,
            ",".join(agency.steps) if agency else None,
            report.format,
        )
    )
    for cell in report.cells:
        if cell.table == "disclosures":
            tables["disclosures"].append(
                (rid, year, cell.row, cell.column, _figure(cell.value), cell.as_written, cell.state, cell.unit_assumed,
                 cell.line, cell.ocr_confidence)
            )
        else:
            # counts are whole: the BIGINT columns of applications and reviews
            count = None if cell.value is None else int(cell.value)
            tables[cell.table].append(
                (rid, year, cell.row, cell.column, count, cell.as_written, cell.state, cell.line, cell.ocr_confidence))
    for warning in report.warnings:
        tables["warnings"].append((rid, year, warning.code, warning.message, warning.line))
    for result in evaluate(report):
        tables["rule_results"].append(
            (rid, year, result.rule_id, result.scope, result.status, _figure(result.expected), _figure(result.actual),
             result.message)
        )
