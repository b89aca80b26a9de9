"""What the staging selection was last built from, per report year, so that a run rebuilds only
the years whose inputs changed (and none, with no dbt invocation, when nothing changed).

A year's inputs are the landed files whose content the parser read as a report of that year: for
each, its hash, its staged path (the first path of its content), the parser version and when it
was parsed (a report parsed again, e.g. with its agency's year before, has a new parsed_at; its fact
rows change only with it). Their fingerprint is an order-free hash aggregate, computed in one pass of
SQL; `STAGED_YEARS` records, per year, the fingerprint the staged tables were built from, with the
dbt models' own fingerprint and the season (a change of the models or of the season's years
rebuilds every year). The record is also the warehouse's "what changed" signal: `staged_at` and
`run_id` say which run last rebuilt each year.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from .staging_schema import PARSING_SCHEMA, STAGING_SCHEMA

STAGED_YEARS = f"{STAGING_SCHEMA}.staged_years"
# text, not UBIGINT: every staging table is copied to the Postgres target, which has no unsigned type
STAGED_YEARS_COLUMNS = ("report_year INTEGER, reports BIGINT, inputs_fingerprint VARCHAR, "
                        "models_fingerprint VARCHAR, staged_at TIMESTAMP, run_id VARCHAR")


@dataclass(frozen=True)
class YearInputs:
    """A year's staging inputs: how many reports, and their order-free fingerprint."""

    reports: int
    fingerprint: str


NO_INPUTS = YearInputs(0, "0")


def year_inputs_sql(years: Iterable[int]) -> str:
    """(report_year, reports, fingerprint) of each of `years` that has a report in the landing
    folder now. Each content hash counts once, under its first path, as staged_reports stages it."""
    listed = ", ".join(str(int(year)) for year in years) or "NULL"
    return f"""
        WITH landed AS (SELECT sha256, min(source_file) AS source_file FROM landing.raw_reports GROUP BY sha256)
        SELECT p.report_year, count(*),
            CAST(bit_xor(hash(p.sha256, l.source_file, p.parser_version, p.parsed_at)) AS VARCHAR)
        FROM {PARSING_SCHEMA}.reports p JOIN landed l ON l.sha256 = p.sha256
        WHERE p.report_year IN ({listed})
        GROUP BY p.report_year
    """


def models_fingerprint(manifest: Mapping, tag: str, season: list[int] | None) -> str:
    """A fingerprint of what builds the staged tables besides their inputs: the SQL of the models
    tagged `tag` and of the project's macros (dbt's manifest), and the season's years."""
    nodes = sorted((key, node["checksum"]["checksum"]) for key, node in manifest["nodes"].items()
                   if tag in node.get("tags", []))
    macros = sorted((key, macro["macro_sql"]) for key, macro in manifest["macros"].items()
                    if macro["package_name"] == manifest["metadata"].get("project_name", "gdw"))
    text = json.dumps([nodes, macros, season], ensure_ascii=False)
    return hashlib.sha256(text.encode()).hexdigest()[:32]


def changed_years(years: Iterable[int], current: Mapping[int, YearInputs],
                  recorded: Mapping[int, tuple[YearInputs, str]] | None, models: str) -> list[int]:
    """The years of `years` whose staged rows must be built again: their inputs or the models
    differ from what was recorded when they were last staged. `recorded` None: no record of the
    staged tables (a first run, or tables staged by an older gdw), so every year."""
    if recorded is None:
        return sorted(set(years))
    return sorted(year for year in set(years)
                  if recorded.get(year, (NO_INPUTS, models)) != (current.get(year, NO_INPUTS), models))


def read_current(con, years: Iterable[int]) -> dict[int, YearInputs]:
    return {year: YearInputs(int(reports), fingerprint)
            for year, reports, fingerprint in con.execute(year_inputs_sql(years)).fetchall()}


def read_recorded(con, tables: Iterable[str]) -> dict[int, tuple[YearInputs, str]] | None:
    """What STAGED_YEARS records, or None when it or any of the staged `tables` is missing."""
    present = {row[0] for row in con.execute(
        "SELECT table_name FROM information_schema.tables WHERE table_schema = ?", [STAGING_SCHEMA]).fetchall()}
    if not {STAGED_YEARS.split(".")[1], *tables} <= present:
        return None
    return {year: (YearInputs(int(reports), fingerprint), models) for year, reports, fingerprint, models
            in con.execute(f"SELECT report_year, reports, CAST(inputs_fingerprint AS VARCHAR), models_fingerprint FROM {STAGED_YEARS}").fetchall()}


def record_staged(con, years: list[int], current: Mapping[int, YearInputs], models: str, run_id: str) -> None:
    """Remember what `years` were staged from now, in one transaction (after dbt built them)."""
    con.execute(f"CREATE SCHEMA IF NOT EXISTS {STAGING_SCHEMA}")
    con.execute(f"CREATE TABLE IF NOT EXISTS {STAGED_YEARS} ({STAGED_YEARS_COLUMNS})")
    con.execute("BEGIN TRANSACTION")
    try:
        con.execute(f"DELETE FROM {STAGED_YEARS} WHERE list_contains(?, report_year)", [years])
        con.executemany(
            f"INSERT INTO {STAGED_YEARS} VALUES (?, ?, ?, ?, current_localtimestamp(), ?)",
            [(year, current.get(year, NO_INPUTS).reports, current.get(year, NO_INPUTS).fingerprint, models, run_id)
             for year in years])
    except Exception:
        con.execute("ROLLBACK")
        raise
    con.execute("COMMIT")
