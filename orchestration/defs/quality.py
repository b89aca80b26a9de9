"""Quality: the GX suites in expectations/ as blocking Dagster asset checks, and a findings asset.

A structural suite (severity critical) fails the check with ERROR and stops what depends on the
asset (publish/published_warehouse among them): the data is broken, not the report. A statutory
suite reports the severity its rule has in the rule catalogue (dbt_project/seeds/rule_catalogue.csv,
dim_rule: 'warning' for every statutory rule, so WARN) and lists the reports that break the rule;
real reports break these rules and stay in the warehouse. Each statutory check also compares GX's
failing reports with the rule results in fct_rule_results: two implementations of one rule that
disagree is a bug, reported as ERROR. Every check stores its result in the GX project under
$GDW_WAREHOUSE_DIR/data_docs and links its Data Docs page.
"""

import csv
import time
from pathlib import Path

import dagster as dg
import duckdb
from dagster_duckdb import DuckDBResource

from orchestration.core.warehouse_state import record_verdicts, recorded_builds, recorded_verdicts
from orchestration.quality import gx_adapter
from orchestration.quality.verdicts import (
    carried_over,
    frame_fingerprint,
    validates_by_year,
    verdict_fingerprints,
    verdicts_by_year,
    years_to_validate,
)
from orchestration.settings import DBT_PROJECT_DIR

from .exposures import load_manifest
from .metadata import markdown_table
from .partitions import YEAR_BACKFILL, SeasonYears, years_of_run, years_sql
from .resources import WRITER_RETRY, DataDocsFolder
from .warehouse import reading_year_before

SEVERITY = {"critical": dg.AssetCheckSeverity.ERROR, "warning": dg.AssetCheckSeverity.WARN}
# dim_rule.severity (the rule catalogue) -> the severity of a failed statutory check
CATALOGUE_SEVERITY = {"warning": dg.AssetCheckSeverity.WARN, "error": dg.AssetCheckSeverity.ERROR}
RULE_CATALOGUE = DBT_PROJECT_DIR / "seeds" / "rule_catalogue.csv"


def rule_severities(path: Path = RULE_CATALOGUE) -> dict[str, str]:
    """rule_id -> severity, from the seed dbt loads into dim_rule (one source for both)."""
    with path.open(encoding="utf-8", newline="") as handle:
        return {row["rule_id"]: row["severity"] for row in csv.DictReader(handle)}


def _rule_failures(con, rule_id: str, years: list[int] | None = None) -> set[str]:
    rows = con.execute(
        "SELECT DISTINCT report_id FROM fct_rule_results WHERE rule_id = ? AND status = 'failed' "
        f"AND {years_sql(years)}", [rule_id]
    ).fetchall()
    return {row[0] for row in rows}


def _offenders(con, failing_rows: list[dict]) -> list[dict]:
    """The failing rows with the report's agency, year and file, for people to find the report."""
    ids = sorted({str(r["report_id"]) for r in failing_rows if r.get("report_id") is not None})
    if not ids:
        return failing_rows
    placeholders = ", ".join("?" for _ in ids)
    try:
        found = con.execute(
            f"SELECT report_id, agency_name, report_year, file_name FROM dim_report WHERE report_id IN ({placeholders})", ids
        ).fetchall()
    except duckdb.Error:  # a check of a broken warehouse still reports what it found
        return failing_rows
    reports = {row[0]: row[1:] for row in found}
    offenders = []
    for row in failing_rows:
        agency, year, file_name = reports.get(str(row.get("report_id")), (None, None, None))
        offenders.append({**row, "agency_name": agency, "report_year": year, "file_name": file_name})
    return offenders


def check_result(
    outcome: gx_adapter.SuiteOutcome,
    rule_failures: set[str] | None,
    offenders: list[dict] | None = None,
    severities: dict[str, str] | None = None,
    docs_index: Path | None = None,
) -> dg.AssetCheckResult:
    """Map a suite outcome (and, for a statutory rule, the rule results' failures) to a check result.

    `offenders`: the failing rows with report details (default: outcome.failing_rows), largest
    difference first. `severities`: rule_id -> catalogue severity (default: the rule catalogue).
    `docs_index`: the Data Docs index page to link beside the validation's own page."""
    metadata = {
        "suite": outcome.suite_name,
        "suite_file": dg.MetadataValue.path(str(gx_adapter.SUITES_DIR / f"{outcome.suite_name}.json")),
        "kind": outcome.kind,
        "rows_validated": dg.MetadataValue.int(int(outcome.rows_validated)),
        "rows_read_by_gx": dg.MetadataValue.int(int(outcome.rows_through_gx or 0)),
        "failing_reports": dg.MetadataValue.int(len(outcome.failing_report_ids)),
        "failing_units": dg.MetadataValue.int(
            int(max((e.unexpected_count or 0 for e in outcome.expectations), default=0))
        ),
        "results": dg.MetadataValue.md(outcome.to_markdown()),
    }
    if outcome.rule_id:
        metadata["rule_id"] = outcome.rule_id
    if outcome.suspect_reports is not None:  # DuckDB screened every row; GX read these reports and a sample
        metadata["reports_gx_validated_as_suspect"] = dg.MetadataValue.int(outcome.suspect_reports)
    if outcome.data_docs_url and outcome.data_docs_url.startswith("file:"):
        metadata["data_docs"] = dg.MetadataValue.url(outcome.data_docs_url)  # this validation's page
        if docs_index is not None:  # a path too: browsers may not follow file:// links from the UI
            metadata["data_docs_index"] = dg.MetadataValue.path(str(docs_index))
    elif outcome.data_docs_url:
        metadata["data_docs_error"] = outcome.data_docs_url
    rows = offenders if offenders is not None else outcome.failing_rows
    if rows:
        import pandas as pd

        metadata["top_offenders"] = dg.MetadataValue.md(markdown_table(pd.DataFrame(rows), limit=20))
    if outcome.raised_exception:
        metadata["exception"] = str(outcome.exception_message)
        return dg.AssetCheckResult(passed=False, severity=dg.AssetCheckSeverity.ERROR, metadata=metadata,
                                   description=f"GX could not evaluate {outcome.suite_name}")
    if rule_failures is not None:
        gx_failures = set(outcome.failing_report_ids)
        agree = gx_failures == rule_failures
        metadata["agrees_with_fct_rule_results"] = agree
        if not agree:
            metadata["only_in_gx"] = sorted(gx_failures - rule_failures)[:50]
            metadata["only_in_rule_results"] = sorted(rule_failures - gx_failures)[:50]
            return dg.AssetCheckResult(passed=False, severity=dg.AssetCheckSeverity.ERROR, metadata=metadata,
                                       description=f"GX and fct_rule_results disagree on {outcome.rule_id}")
    if outcome.success:
        return dg.AssetCheckResult(passed=True, metadata=metadata)
    severity = SEVERITY.get(outcome.worst_failed_severity or "critical", dg.AssetCheckSeverity.ERROR)
    if outcome.kind == "statutory" and outcome.rule_id and severity != dg.AssetCheckSeverity.ERROR:
        catalogue = rule_severities() if severities is None else severities
        severity = CATALOGUE_SEVERITY.get(catalogue.get(outcome.rule_id, "warning"), severity)
        metadata["rule_severity"] = catalogue.get(outcome.rule_id, "warning")
    described = f"{len(outcome.failing_report_ids)} report(s) fail {outcome.rule_id or outcome.suite_name}"
    return dg.AssetCheckResult(passed=False, severity=severity, metadata=metadata, description=described)


def validate(con, suite: dict, years: list[int] | None, severities: dict[str, str],
             docs_root: Path) -> tuple[gx_adapter.SuiteOutcome, dg.AssetCheckResult]:
    """Run the suite on these report years (None: every year): its outcome, and the check result."""
    rule_id = suite["meta"].get("rule_id")
    outcome = gx_adapter.run_suite(con, suite, report_years=years, docs_root=docs_root)
    rule_failures = _rule_failures(con, rule_id, years) if rule_id else None
    offenders = _offenders(con, outcome.failing_rows)
    return outcome, check_result(outcome, rule_failures, offenders, severities, gx_adapter.data_docs_index(docs_root))


def _years_of_reports(con, report_ids: list[str]) -> dict[str, int]:
    if not report_ids:
        return {}
    return dict(con.execute(
        "SELECT d.report_id, d.report_year FROM dim_report AS d "
        "JOIN (SELECT unnest(?::VARCHAR[]) AS report_id) AS failing USING (report_id)", [report_ids]
    ).fetchall())


def _failed_severity(suite: dict, severity: str | None, severities: dict[str, str]) -> dg.AssetCheckSeverity:
    """As check_result maps a failed suite: structural ERROR; statutory the rule's catalogue severity."""
    mapped = SEVERITY.get(severity or "critical", dg.AssetCheckSeverity.ERROR)
    rule_id = suite["meta"].get("rule_id")
    if suite["meta"]["kind"] == "statutory" and rule_id and mapped != dg.AssetCheckSeverity.ERROR:
        return CATALOGUE_SEVERITY.get(severities.get(rule_id, "warning"), mapped)
    return mapped


def trusted(metadata: dict) -> bool:
    """A check that could not run, or two implementations of a rule that disagree, is no verdict to keep."""
    return "exception" not in metadata and metadata.get("agrees_with_fct_rule_results", True) is not False


def carried_result(suite: dict, carried: dict, scope_metadata: dict, severities: dict[str, str]) -> dg.AssetCheckResult:
    """The result of a check that validated nothing: its data did not change since the verdicts
    `carried` (verdicts.carried_over) were given, so they stand."""
    metadata = {"suite": suite["name"], "kind": suite["meta"]["kind"], "rows_validated": dg.MetadataValue.int(0),
                "failing_reports": dg.MetadataValue.int(carried["failing_reports"]), **scope_metadata}
    if suite["meta"].get("rule_id"):
        metadata["rule_id"] = suite["meta"]["rule_id"]
    if carried["passed"]:
        return dg.AssetCheckResult(passed=True, metadata=metadata,
                                   description="nothing it reads changed since its last validation, which passed")
    return dg.AssetCheckResult(
        passed=False, severity=_failed_severity(suite, carried["worst_severity"], severities), metadata=metadata,
        description=f"{carried['failing_reports']} report(s) fail {suite['meta'].get('rule_id') or suite['name']} "
        "(carried over: nothing it reads changed since it was validated)")


# The verdict of a suite validated whole (not by year) is kept under this year.
WHOLE = 0


def validate_unless_unchanged(con, suite: dict, years: list[int] | None, severities: dict[str, str],
                              docs_root: Path) -> dg.AssetCheckResult:
    """A suite validated whole (its frame reads more than the year models, e.g. the landing scan):
    validated again only when its frame's rows differ from those of its last verdict (GX gives the
    same verdict on the same rows); hashing the frame in DuckDB costs a fraction of validating it."""
    check_name = f"gx_{suite['name']}"
    fingerprint = frame_fingerprint(con, suite, years)
    last = recorded_verdicts(con, check_name).get(WHOLE)
    if last is not None and last["fingerprint"] == fingerprint:
        return carried_result(suite, carried_over({WHOLE: last}, [WHOLE]),
                              {"validated": False, "carried_over_since": str(last["validated_at"])}, severities)
    outcome, result = validate(con, suite, years, severities, docs_root)
    if trusted(result.metadata):
        record_verdicts(con, check_name, {WHOLE: {
            "fingerprint": fingerprint, "passed": outcome.success and result.passed,
            "severity": None if result.passed else outcome.worst_failed_severity or "critical",
            "failing_reports": len(outcome.failing_report_ids)}})
    return result.with_metadata({**result.metadata, "validated": True})


def validate_changed_years(con, suite: dict, scope: list[int], severities: dict[str, str],
                           docs_root: Path, cross_year_tables: set[str]) -> dg.AssetCheckResult:
    """A suite over the year models, for the years of `scope` (every year of the warehouse):
    validate the years whose data changed since their last verdict (or that have none; in a run
    for year Y, Y and the next year, whose CARRY_CONTINUITY results compare with Y), carry the
    verdicts of the others over, and answer for all of them. The metadata says which years were
    validated, which carried."""
    check_name = f"gx_{suite['name']}"
    current = verdict_fingerprints(suite, scope, recorded_builds(con), cross_year_tables)
    recorded = recorded_verdicts(con, check_name)
    to_validate = years_to_validate(current, recorded)
    carried_years = [year for year in scope if year not in to_validate]
    carried = carried_over(recorded, carried_years)
    scope_metadata = {
        "report_years": dg.MetadataValue.json(scope),
        "validated_years": dg.MetadataValue.json(to_validate),
        "carried_over_years": dg.MetadataValue.json(carried_years),
        "carried_over_failing_reports": dg.MetadataValue.int(carried["failing_reports"]),
        "carried_over_failed_years": dg.MetadataValue.json(carried["failed_years"]),
    }
    if carried["oldest_validation"] is not None:
        scope_metadata["carried_over_since"] = str(carried["oldest_validation"])
    if not to_validate:
        return carried_result(suite, carried, scope_metadata, severities)
    outcome, outcome_result = validate(con, suite, to_validate, severities, docs_root)
    metadata = {**outcome_result.metadata, **scope_metadata}
    failing_now = outcome_result.metadata["failing_reports"].value
    metadata["failing_reports"] = dg.MetadataValue.int(failing_now + carried["failing_reports"])
    metadata["failing_reports_in_validated_years"] = dg.MetadataValue.int(failing_now)
    if trusted(metadata):
        year_of_report = _years_of_reports(con, outcome.failing_report_ids)
        record_verdicts(con, check_name, verdicts_by_year(outcome, to_validate, year_of_report, current))
    if outcome_result.passed and not carried["passed"]:
        return dg.AssetCheckResult(
            passed=False, severity=_failed_severity(suite, carried["worst_severity"], severities), metadata=metadata,
            description=f"{carried['failing_reports']} report(s) of years {carried['failed_years']} fail "
            f"{suite['meta'].get('rule_id') or suite['name']} (carried over); the years validated now pass")
    severity = outcome_result.severity
    if not outcome_result.passed and not carried["passed"]:
        worse = _failed_severity(suite, carried["worst_severity"], severities)
        if worse == dg.AssetCheckSeverity.ERROR:
            severity = worse
    return dg.AssetCheckResult(passed=outcome_result.passed, severity=severity, metadata=metadata,
                               description=outcome_result.description)


def tables_read(suite: dict) -> set[tuple[str, str]]:
    """The (schema, table) relations a suite reads (pure): those its frame_sql names (DuckDB's
    parser, CTEs left out), and for a statutory rule fct_rule_results, which its failures are
    compared with."""
    names = set(duckdb.get_table_names(suite["meta"]["frame_sql"], qualified=True))
    if suite["meta"].get("rule_id"):
        names.add(RULE_RESULTS.path[-1])
    relations = set()
    for name in names:
        parts = name.split(".")
        relations.add(("main", parts[-1]) if len(parts) == 1 else (parts[-2], parts[-1]))
    return relations


def tables_not_built(con, suite: dict) -> list[str]:
    """The relations the suite reads that this warehouse does not hold (yet): a run of a few
    assets (the UI's subset) on a new warehouse, which built the check's asset but not all the
    tables its suite reads."""
    existing = set(con.execute("SELECT table_schema, table_name FROM information_schema.tables").fetchall())
    return sorted(f"{schema}.{table}" for schema, table in tables_read(suite) - existing)


def not_validated(suite: dict, missing: list[str]) -> dg.AssetCheckResult:
    """The result of a check that could not validate because tables it reads were never built:
    not a pass (nothing was validated), a warning that says which tables and what to run; no
    verdict is recorded, so the next run that has them validates."""
    metadata = {"suite": suite["name"], "kind": suite["meta"]["kind"], "validated": False,
                "tables_not_built": dg.MetadataValue.json(missing), "rows_validated": dg.MetadataValue.int(0)}
    if suite["meta"].get("rule_id"):
        metadata["rule_id"] = suite["meta"]["rule_id"]
    return dg.AssetCheckResult(
        passed=False, severity=dg.AssetCheckSeverity.WARN, metadata=metadata,
        description=f"not validated: {', '.join(missing)} not built in this warehouse yet (a run of a few "
        "assets); materialise them, or run gdw_everything, and this check validates")


def build_suite_check(suite: dict, severities: dict[str, str] | None = None,
                      cross_year_tables: set[str] | None = None) -> dg.AssetChecksDefinition:
    """`cross_year_tables`: the tables whose rows compare a year with the one before (default:
    read from the dbt manifest, reading_year_before)."""
    meta = suite["meta"]
    name = suite["name"]
    severities = rule_severities() if severities is None else severities
    cross_year_tables = reading_year_before(load_manifest()) if cross_year_tables is None else cross_year_tables

    @dg.asset_check(
        asset=dg.AssetKey([meta["asset"]]),
        name=f"gx_{name}",
        description=f"GX suite {name} ({meta['kind']}): {meta.get('description', '')}",
        blocking=True,
        pool="duckdb_write",
    )
    def _check(
        context: dg.AssetCheckExecutionContext, warehouse: DuckDBResource, data_docs: DataDocsFolder,
        season: SeasonYears,
    ) -> dg.AssetCheckResult:
        years = years_of_run(context)
        with warehouse.get_connection() as con:
            missing = tables_not_built(con, suite)
            if missing:
                return not_validated(suite, missing)
            if validates_by_year(suite):
                # whatever years the run is for, the check answers for every year of the warehouse
                return validate_changed_years(con, suite, season.years, severities, data_docs.path,
                                              cross_year_tables)
            # In a run for some report years, validate those years (the others are not rebuilt).
            result = validate_unless_unchanged(con, suite, years, severities, data_docs.path)
        scope = "every year" if years is None or not meta.get("partition_column") else years
        return result.with_metadata({**result.metadata, "report_years": dg.MetadataValue.json(scope)})

    return _check


def build_suite_checks(suites_dir: str | Path | None = None) -> list[dg.AssetChecksDefinition]:
    severities, cross_year_tables = rule_severities(), reading_year_before(load_manifest())
    return [build_suite_check(suite, severities, cross_year_tables)
            for suite in gx_adapter.list_suites(suites_dir=suites_dir)]


RULE_RESULTS = dg.AssetKey(["fct_rule_results"])
# The rule that spans two reports: the parser evaluates rules one report at a time, so only its SQL
# (int_carry_continuity) evaluates it, and there is nothing to compare.
SQL_ONLY_RULES = ("CARRY_CONTINUITY",)


def rule_disagreements(con, limit: int = 50) -> tuple[int, list[dict]]:
    """The units of fct_rule_results where the rules' SQL (status) and the parser's Python rules
    (parser_status) disagree: how many, and the first `limit` with their report's file."""
    excluded = ", ".join(f"'{rule}'" for rule in SQL_ONLY_RULES)
    where = f"r.status IS DISTINCT FROM r.parser_status AND r.rule_id NOT IN ({excluded})"
    count = con.execute(f"SELECT count(*) FROM fct_rule_results r WHERE {where}").fetchall()[0][0]
    cursor = con.execute(
        f"""SELECT r.rule_id, r.scope, d.file_name, r.report_year, r.status AS sql_status, r.parser_status,
                   r.report_id
            FROM fct_rule_results r LEFT JOIN dim_report d USING (report_id)
            WHERE {where} ORDER BY r.rule_id, d.file_name, r.scope LIMIT {int(limit)}"""
    )
    columns = [c[0] for c in cursor.description]
    return int(count), [dict(zip(columns, row, strict=True)) for row in cursor.fetchall()]


def disagreement_result(count: int, rows: list[dict]) -> dg.AssetCheckResult:
    """The cross-check's result: passed when SQL and Python agree on every unit; else ERROR, naming
    the rules, reports and scopes where they differ (a bug in one of the two implementations)."""
    if count == 0:
        return dg.AssetCheckResult(passed=True, metadata={"disagreements": dg.MetadataValue.int(0)})
    import pandas as pd

    named = "; ".join(f"{r['rule_id']} {r['scope']} on {r['file_name'] or r['report_id']}: "
                      f"SQL {r['sql_status']}, Python {r['parser_status'] or 'not evaluated'}" for r in rows[:5])
    return dg.AssetCheckResult(
        passed=False,
        severity=dg.AssetCheckSeverity.ERROR,
        description=f"the rules' SQL and the parser's Python rules disagree on {count} unit(s): {named}"
        + (" …" if count > 5 else ""),
        metadata={"disagreements": dg.MetadataValue.int(count),
                  "rules": dg.MetadataValue.json(sorted({r["rule_id"] for r in rows})),
                  "units": dg.MetadataValue.md(markdown_table(pd.DataFrame(rows), limit=50))},
    )


@dg.asset_check(
    asset=RULE_RESULTS,
    name="rules_sql_matches_parser",
    blocking=True,  # a bug in one of two implementations: publish nothing until it is found
    pool="duckdb_write",
    description="The cross-check of the statutory rules: fct_rule_results takes each rule's status "
    "from its one SQL definition (int_rule_*); the parser evaluates the same rules in Python "
    "(core/rules.py). Fails with ERROR, naming the rule, report and scope, wherever they disagree.",
)
def rules_sql_matches_parser(warehouse: DuckDBResource) -> dg.AssetCheckResult:
    with warehouse.get_connection() as con:
        return disagreement_result(*rule_disagreements(con))


def find_rule_results(context: dg.AssetExecutionContext, warehouse: DuckDBResource) -> dg.MaterializeResult:
    """The body of quality/rule_findings: the rule results of the run's years, by rule."""
    started = time.perf_counter()
    years = years_of_run(context)
    in_years = years_sql(years)
    with warehouse.get_connection() as con:
        # the table versions before mart_rule_findings wrote here; it is no longer kept up to date
        con.execute("DROP TABLE IF EXISTS quality.rule_findings")
        by_rule = con.execute(
            f"""SELECT rule_id, sum(reports_failed) AS reports_failed, sum(passed) AS passed,
                       sum(failed) AS failed, sum(not_evaluable) AS not_evaluable
                FROM mart_rule_findings WHERE {in_years} GROUP BY rule_id ORDER BY rule_id"""
        ).df()
        offenders = con.execute(
            f"""
            SELECT d.agency_name, d.report_year, r.rule_id, r.scope, r.expected, r.actual
            FROM fct_rule_results r JOIN dim_report d USING (report_id)
            WHERE r.status = 'failed' AND r.rule_id <> 'COMPLETENESS' AND {years_sql(years, "r.report_year")}
            ORDER BY abs(coalesce(r.actual, 0) - coalesce(r.expected, 0)) DESC LIMIT 20
            """
        ).df()
        # Files with no year belong to every year's run.
        quarantine = con.execute(
            f"""SELECT file_name, report_year, reason_code, reason FROM fct_quarantine
                WHERE {in_years} OR report_year IS NULL ORDER BY 1"""
        ).df()
        reports = con.execute(
            f"SELECT status, count(*) AS reports FROM dim_report WHERE {in_years} GROUP BY 1 ORDER BY 1"
        ).df()
    return dg.MaterializeResult(
        metadata={
            "dagster/row_count": dg.MetadataValue.int(len(by_rule)),
            "report_years": dg.MetadataValue.json(years if years is not None else "every year"),
            "reports_by_status": dg.MetadataValue.md(markdown_table(reports)),
            "reports_in_warehouse": dg.MetadataValue.int(int(reports["reports"].sum()) if len(reports) else 0),
            "files_quarantined": dg.MetadataValue.int(len(quarantine)),
            "rules_failed": dg.MetadataValue.json({r.rule_id: int(r.failed) for r in by_rule.itertuples() if r.failed}),
            "rule_results_by_rule": dg.MetadataValue.md(markdown_table(by_rule, limit=20)),
            "top_offenders": dg.MetadataValue.md(markdown_table(offenders, limit=20)),
            "quarantine": dg.MetadataValue.md(markdown_table(quarantine, limit=20)),
            "seconds": dg.MetadataValue.float(round(time.perf_counter() - started, 3)),
        }
    )


def build_rule_findings(partitions: dg.PartitionsDefinition) -> dg.AssetsDefinition:
    """quality/rule_findings, partitioned by `partitions` (the report years of the Settings)."""

    @dg.asset(
        key=dg.AssetKey(["quality", "rule_findings"]),
        deps=[dg.AssetKey(["mart_rule_findings"]), RULE_RESULTS, dg.AssetKey(["dim_report"]),
              dg.AssetKey(["fct_quarantine"])],
        group_name="quality",
        kinds={"duckdb"},
        pool="duckdb_write",
        partitions_def=partitions,
        backfill_policy=YEAR_BACKFILL,
        retry_policy=WRITER_RETRY,
        description="What a season's reports say about themselves, for the run's report years: rule "
        "results by rule (counted once, by the dbt model mart_rule_findings), the reports that fail "
        "most, and the files in quarantine.",
    )
    def rule_findings(context: dg.AssetExecutionContext, warehouse: DuckDBResource) -> dg.MaterializeResult:
        return find_rule_results(context, warehouse)

    return rule_findings
