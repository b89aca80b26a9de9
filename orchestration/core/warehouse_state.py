"""What changed since the warehouse was last built, checked and published: a fingerprint per report year.

A year's fingerprint is a digest (rows_digest) of its rows of dim_report (every column: report, file,
agency, parser version, parse time) and of its agencies' rows of dim_agency, with the fingerprint of what
every year shares: the dbt project's files and the rule catalogue (dim_rule). The year models, the GX gates and
the publish each record the fingerprints they last worked from (schema `gdw_state`, never
published) and redo only the years whose fingerprint moved. A year with no report has the
fingerprint of emptiness, so a year whose files all left is rebuilt (emptied) once.

Plain functions over a DuckDB connection; nothing here imports Dagster.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable, Mapping
from datetime import UTC, datetime
from pathlib import Path

STATE_SCHEMA = "gdw_state"
EMPTY_YEAR = "empty"

# Where each consumer keeps what it last worked from.
YEAR_BUILDS = f"{STATE_SCHEMA}.year_builds"  # the dbt year models: report_year -> fingerprint
CHECK_VERDICTS = f"{STATE_SCHEMA}.check_verdicts"  # a GX gate's verdict on one year
TABLE_BUILDS = f"{STATE_SCHEMA}.table_builds"  # a table the year models built -> what from
TEST_RESULTS = f"{STATE_SCHEMA}.test_results"  # the year models' dbt tests at their last build
STAGED_TESTS = f"{STATE_SCHEMA}.staged_tests"  # the dbt tests of the stg_ views: report_year -> fingerprint
WHOLE_BUILDS = f"{STATE_SCHEMA}.whole_builds"  # the models rebuilt whole (dims, stg_ views): what from
WHOLE_TEST_RESULTS = f"{STATE_SCHEMA}.whole_test_results"  # their dbt tests at that build

# The dbt project's files whose change changes what the year models compute.
DBT_SOURCE_FOLDERS = ("models", "macros", "seeds", "tests")


def digest(*parts: str) -> str:
    """md5 of the parts, joined unambiguously."""
    return hashlib.md5(json.dumps(list(parts), ensure_ascii=False).encode("utf-8")).hexdigest()


def project_fingerprint(dbt_project_dir: Path) -> str:
    """The dbt project's SQL, YAML and seeds: a new model version rebuilds every year."""
    hasher = hashlib.md5()
    files = [dbt_project_dir / "dbt_project.yml"]
    for folder in DBT_SOURCE_FOLDERS:
        files += sorted(p for p in (dbt_project_dir / folder).rglob("*") if p.is_file())
    for path in files:
        hasher.update(str(path.relative_to(dbt_project_dir)).encode() + b"\0" + path.read_bytes() + b"\0")
    return hasher.hexdigest()


def rows_digest(alias: str) -> str:
    """SQL: an aggregate over the rows `alias` ranges over (each row as a whole, every column), giving
    a fingerprint of them whatever their order, NULL when there is none: their count and the sum of
    their 64-bit hashes (a changed, added or removed row moves it). Computed as it scans: ordering
    and hashing the rows as text cost ~40x more (16 s against 0.4 s for 150,000 reports)."""
    return f"CASE WHEN count(*) > 0 THEN md5(count(*) || ':' || sum(hash({alias})::HUGEINT)) END"


def _table_digest(con, relation: str) -> str:
    """The rows_digest of `relation`; EMPTY_YEAR when it has no row or does not exist yet."""
    try:
        row = con.execute(f"SELECT {rows_digest('t')} FROM {relation} AS t").fetchall()[0][0]
    except Exception:  # noqa: BLE001 - a table not built yet has no rows to fingerprint
        return EMPTY_YEAR
    return row or EMPTY_YEAR


def shared_fingerprint(con, dbt_project_dir: Path) -> str:
    """What every year's models read beside their own rows: the project, the rule catalogue."""
    return digest(project_fingerprint(dbt_project_dir), _table_digest(con, "main.dim_rule"))


def _year_digests(con, relation: str) -> dict[int, str]:
    """report_year -> the rows_digest of the rows of `relation` of that year (none for a relation not built yet)."""
    try:
        return {int(year): value for year, value in con.execute(
            f"SELECT report_year, {rows_digest('t')} "
            f"FROM {relation} AS t WHERE report_year IS NOT NULL GROUP BY report_year").fetchall()}
    except Exception:  # noqa: BLE001 - a table not built yet has no rows to fingerprint
        return {}


def own_fingerprints(con, years: Iterable[int]) -> dict[int, str]:
    """year -> the digest of its rows of dim_report and of the dim_agency rows of their agencies (the
    analysis marts place each report's agency); EMPTY_YEAR for a year with no report."""
    reports = _year_digests(con, "main.dim_report")
    try:
        agencies = dict(con.execute(
            f"SELECT y.report_year, {rows_digest('a')} "
            "FROM (SELECT DISTINCT report_year, agency_id FROM main.dim_report) AS y "
            "JOIN main.dim_agency AS a ON a.agency_id = y.agency_id GROUP BY y.report_year"
        ).fetchall())
    except Exception:  # noqa: BLE001 - no dim_agency yet: nothing placed to fingerprint
        agencies = {}
    return {int(y): digest(reports[int(y)], agencies.get(int(y), EMPTY_YEAR)) if int(y) in reports else EMPTY_YEAR
            for y in years}


def year_fingerprints(con, years: Iterable[int], dbt_project_dir: Path) -> dict[int, str]:
    """year -> the fingerprint of what its year models are built from."""
    shared = shared_fingerprint(con, dbt_project_dir)
    return {year: digest(shared, own) for year, own in own_fingerprints(con, years).items()}


def staged_fingerprints(con, years: Iterable[int], dbt_project_dir: Path, staged_reports: str) -> dict[int, str]:
    """year -> the fingerprint of the staged rows of that year, as the dbt tests of the stg_ views
    read them: the year's staged reports (each with its file, content hash, parser version and parse
    time: a report's staged cells change only when it is parsed anew) and the dbt project."""
    project = project_fingerprint(dbt_project_dir)
    staged = _year_digests(con, staged_reports)
    return {int(year): digest(project, staged.get(int(year), EMPTY_YEAR)) for year in years}


def changed_years(current: Mapping[int, str], recorded: Mapping[int, str]) -> list[int]:
    """The years whose fingerprint is not the one recorded (never recorded counts as changed)."""
    return sorted(year for year, value in current.items() if recorded.get(year) != value)


def _ensure_state(con) -> None:
    con.execute(f"CREATE SCHEMA IF NOT EXISTS {STATE_SCHEMA}")
    con.execute(f"CREATE TABLE IF NOT EXISTS {YEAR_BUILDS} "
                "(report_year INTEGER PRIMARY KEY, fingerprint VARCHAR NOT NULL, built_at TIMESTAMP NOT NULL)")
    con.execute(f"""CREATE TABLE IF NOT EXISTS {CHECK_VERDICTS} (
        check_name VARCHAR NOT NULL, report_year INTEGER NOT NULL, fingerprint VARCHAR NOT NULL,
        passed BOOLEAN NOT NULL, severity VARCHAR, failing_reports INTEGER NOT NULL,
        validated_at TIMESTAMP NOT NULL, PRIMARY KEY (check_name, report_year))""")
    con.execute(f"CREATE TABLE IF NOT EXISTS {TABLE_BUILDS} "
                "(table_name VARCHAR PRIMARY KEY, fingerprint VARCHAR NOT NULL)")
    # added later: true (the safe side) for the tables recorded before it
    con.execute(f"ALTER TABLE {TABLE_BUILDS} ADD COLUMN IF NOT EXISTS reads_year_before BOOLEAN DEFAULT true")
    con.execute(f"CREATE TABLE IF NOT EXISTS {STAGED_TESTS} "
                "(report_year INTEGER PRIMARY KEY, fingerprint VARCHAR NOT NULL, tested_at TIMESTAMP NOT NULL)")
    for table in (TEST_RESULTS, WHOLE_TEST_RESULTS):
        con.execute(f"""CREATE TABLE IF NOT EXISTS {table} (
            asset_key VARCHAR NOT NULL, check_name VARCHAR NOT NULL, passed BOOLEAN NOT NULL,
            severity VARCHAR, description VARCHAR, tested_at TIMESTAMP NOT NULL,
            PRIMARY KEY (asset_key, check_name))""")
    con.execute(f"CREATE TABLE IF NOT EXISTS {WHOLE_BUILDS} (fingerprint VARCHAR NOT NULL, built_at TIMESTAMP NOT NULL)")


def _recorded_by_year(con, table: str) -> dict[int, str]:
    """year -> fingerprint, from a state table of (report_year, fingerprint, when)."""
    _ensure_state(con)
    return dict(con.execute(f"SELECT report_year, fingerprint FROM {table}").fetchall())


def _record_by_year(con, table: str, fingerprints: Mapping[int, str]) -> None:
    """These years' fingerprints into a state table of (report_year, fingerprint, when), as of now."""
    _ensure_state(con)
    now = datetime.now(UTC).replace(tzinfo=None)
    _insert_or_replace(con, table, [[int(year), value, now] for year, value in fingerprints.items()])


def recorded_builds(con) -> dict[int, str]:
    """year -> the fingerprint its year models were last built from."""
    return _recorded_by_year(con, YEAR_BUILDS)


def record_builds(con, fingerprints: Mapping[int, str]) -> None:
    """The year models of these years are now built from these fingerprints."""
    _record_by_year(con, YEAR_BUILDS, fingerprints)


def forget_builds(con, years: Iterable[int] | None = None) -> None:
    """These years (None: every year) are to be rebuilt: their tables are about to change, or are gone.
    Forgotten before a build starts, so a build that fails half-way is never taken as done."""
    _ensure_state(con)
    if years is None:
        con.execute(f"DELETE FROM {YEAR_BUILDS}")
    else:
        con.execute(f"DELETE FROM {YEAR_BUILDS} WHERE report_year = ANY(?)", [[int(y) for y in years]])
    con.execute(f"DELETE FROM {TABLE_BUILDS}")
    con.execute(f"DELETE FROM {TEST_RESULTS}")


def recorded_staged_tests(con) -> dict[int, str]:
    """year -> the fingerprint of the staged rows the stg_ views' tests last passed on."""
    return _recorded_by_year(con, STAGED_TESTS)


def record_staged_tests(con, fingerprints: Mapping[int, str]) -> None:
    """The stg_ views' tests passed on these years' staged rows."""
    _record_by_year(con, STAGED_TESTS, fingerprints)


def record_test_results(con, results: Iterable[dict], table: str = TEST_RESULTS) -> None:
    """The dbt tests' results of a build: asset_key, check_name, passed, severity, description
    (`table`: the year models', or WHOLE_TEST_RESULTS for the models rebuilt whole)."""
    _ensure_state(con)
    now = datetime.now(UTC).replace(tzinfo=None)
    # a test reported twice keeps its last result (one statement may not replace a row twice)
    latest = {(r["asset_key"], r["check_name"]): r for r in results}
    _insert_or_replace(con, table, [[asset_key, check_name, bool(r["passed"]), r.get("severity"), r.get("description"), now]
                                    for (asset_key, check_name), r in latest.items()])


def _insert_or_replace(con, table: str, rows: list[list]) -> None:
    """Rows into a state table in one statement (a statement a row costs DuckDB some 4 ms each: a build's
    hundreds of test results took a second)."""
    if rows:
        values = ", ".join([f"({', '.join('?' * len(rows[0]))})"] * len(rows))
        con.execute(f"INSERT OR REPLACE INTO {table} VALUES {values}", [value for row in rows for value in row])


def recorded_test_results(con, table: str = TEST_RESULTS) -> dict[tuple[str, str], dict]:
    """(asset_key, check_name) -> the dbt test's result at the last build: passed, severity,
    description, tested_at."""
    _ensure_state(con)
    cursor = con.execute(f"SELECT asset_key, check_name, passed, severity, description, tested_at FROM {table}")
    return {(row[0], row[1]): dict(zip(("passed", "severity", "description", "tested_at"), row[2:], strict=True))
            for row in cursor.fetchall()}


# What the models rebuilt whole read besides the dbt project and the season (the parents of the
# warehouse models' step outside it, from dbt's manifest: a test keeps this list whole). The staged
# fact tables are not scanned: a report's staged facts change only with its row of staging.reports
# (its content hash and parse time). When the landing scan saw a file is no part of what the file is:
# scanned_at counts only where the quarantine dates an entry by it (a file not parsed, an entry not opened).
WHOLE_MODEL_INPUTS = {
    "staging.reports": "SELECT * FROM staging.reports",
    "parsing.reports": "SELECT * FROM parsing.reports",
    "parsing.quarantine": "SELECT * FROM parsing.quarantine",
    "landing.raw_reports": """SELECT * EXCLUDE (scanned_at), CASE WHEN sha256 NOT IN (SELECT sha256 FROM parsing.reports)
        AND sha256 NOT IN (SELECT sha256 FROM parsing.quarantine) THEN scanned_at END AS not_parsed_since
        FROM landing.raw_reports""",
    "landing.rejected_entries": "SELECT * FROM landing.rejected_entries",
    "staging.agencies": "SELECT * FROM staging.agencies",
    "staging.fetch_log": "SELECT * FROM staging.fetch_log",
}


def whole_models_fingerprint(con, dbt_project_dir: Path, season: list[int] | None) -> str:
    """What the models rebuilt whole are built from: the dbt project, the season, WHOLE_MODEL_INPUTS."""
    return digest(project_fingerprint(dbt_project_dir), json.dumps(season),
                  *(_table_digest(con, f"({rows})") for rows in WHOLE_MODEL_INPUTS.values()))


def recorded_whole_build(con) -> str | None:
    """The fingerprint the models rebuilt whole were last built from (None: not known)."""
    _ensure_state(con)
    row = con.execute(f"SELECT fingerprint FROM {WHOLE_BUILDS}").fetchall()
    return row[0][0] if row else None


def record_whole_build(con, fingerprint: str | None, results: Iterable[dict] = ()) -> None:
    """The models rebuilt whole are now built from `fingerprint` (None: forget it, before a build that
    may fail half-way), with these dbt tests' results."""
    _ensure_state(con)
    con.execute(f"DELETE FROM {WHOLE_BUILDS}")
    if fingerprint is None:
        con.execute(f"DELETE FROM {WHOLE_TEST_RESULTS}")
        return
    record_test_results(con, results, WHOLE_TEST_RESULTS)
    con.execute(f"INSERT INTO {WHOLE_BUILDS} VALUES (?, ?)", [fingerprint, datetime.now(UTC).replace(tzinfo=None)])


def record_table_builds(con, tables: Iterable[str], reading_year_before: Iterable[str] = ()) -> None:
    """These tables (of the schema main) were built by the year models, partitioned by report year:
    each year's rows are a function of the recorded builds (year_table_fingerprints); those of
    `reading_year_before` (CARRY_CONTINUITY's) of the year before's too."""
    _ensure_state(con)
    builds = digest(*(f"{year}:{value}" for year, value in sorted(recorded_builds(con).items())))
    reading_year_before = set(reading_year_before)
    for table in tables:
        con.execute(f"INSERT OR REPLACE INTO {TABLE_BUILDS} (table_name, fingerprint, reads_year_before) "
                    "VALUES (?, ?, ?)", [table, digest(table, builds), table in reading_year_before])


# A year table's partition of the rows whose report_year is NULL, and the one partition of a table
# with no row at all (written so that its schema stays readable). Neither has a fingerprint: always written.
NULL_YEAR = "null"
NO_ROWS = "empty"


def year_table_fingerprints(con, table: str, builds: Mapping[int, str], reads_year_before: bool = True
                            ) -> dict[str, str | None]:
    """A year model's table, one entry per report year it holds: year -> what that year's rows were
    built from: its columns and the build of the year (and, for a table that reads the year before,
    CARRY_CONTINUITY's, the build of that year: a rebuilt year changes its next year's results).
    None where that is not known: written again every time."""
    years = [row[0] for row in con.execute(f'SELECT DISTINCT report_year FROM main."{table}"').fetchall()]
    if not years:
        return {NO_ROWS: None}
    # and its columns: years kept from the previous publish must have the columns of those written now
    columns = json.dumps(con.execute(
        "SELECT column_name, data_type FROM information_schema.columns WHERE table_schema = 'main' "
        "AND table_name = ? ORDER BY ordinal_position", [table]).fetchall())
    return {(NULL_YEAR if year is None else str(year)):
            (digest(table, columns, str(year), builds[year],
                    builds.get(year - 1, EMPTY_YEAR) if reads_year_before else "")
             if year is not None and year in builds else None)
            for year in years}


def table_fingerprints(con, tables: Iterable[str]) -> dict[str, str | dict[str, str | None]]:
    """table -> a fingerprint of its content. A table of the year models gets one per report year
    (year_table_fingerprints): what it was built from, since hashing millions of fact rows would cost
    what a copy does. The others (dims, the quarantine, rebuilt whole in every run, small) get the
    rows_digest of their rows."""
    _ensure_state(con)
    built = dict(con.execute(f"SELECT table_name, reads_year_before FROM {TABLE_BUILDS}").fetchall())
    builds = recorded_builds(con)
    return {table: year_table_fingerprints(con, table, builds, built[table]) if table in built
            else digest(table, _table_digest(con, f'main."{table}"'))
            for table in tables}


def recorded_verdicts(con, check_name: str) -> dict[int, dict]:
    """year -> the check's last verdict on it: fingerprint, passed, severity, failing_reports, validated_at."""
    _ensure_state(con)
    cursor = con.execute(
        f"SELECT report_year, fingerprint, passed, severity, failing_reports, validated_at "
        f"FROM {CHECK_VERDICTS} WHERE check_name = ?", [check_name])
    columns = [c[0] for c in cursor.description]
    return {row[0]: dict(zip(columns, row, strict=True)) for row in cursor.fetchall()}


def record_verdicts(con, check_name: str, verdicts: Mapping[int, dict]) -> None:
    """year -> {fingerprint, passed, severity, failing_reports}: the check's verdicts of this run."""
    _ensure_state(con)
    now = datetime.now(UTC).replace(tzinfo=None)
    _insert_or_replace(con, CHECK_VERDICTS, [[check_name, int(year), v["fingerprint"], bool(v["passed"]), v.get("severity"),
                                              int(v["failing_reports"]), now] for year, v in verdicts.items()])
