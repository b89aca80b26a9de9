"""Quality: the season report, one HTML page per run with the charts a reader would rather look at
than read (orchestration/core/report_html.py draws them; this asset only queries and writes).

Each run writes `reports/season_report_<run>.html` into the warehouse folder and copies it to
`season_report.html` (the latest, for a bookmark); the asset's metadata links both.
"""

import shutil
from datetime import UTC, datetime
from pathlib import Path

import dagster as dg
from dagster_duckdb import DuckDBResource

from orchestration.core import labels as L
from orchestration.core.report_html import OUTCOME_GROUPS, SeasonData, render

SEASON_REPORT = dg.AssetKey(["quality", "season_report"])
NOT_PLACED = "(not placed)"
READ_DEPS = [
    "mart_applications_by_agency_year", "mart_application_outcomes", "mart_report_quality",
    "fct_rule_results", "fct_quarantine", "dim_report", "dim_agency",
]


def season_data(con, warehouse: str, generated_at: str) -> SeasonData:
    groups = [key for key, _, _ in OUTCOME_GROUPS]
    sums = ", ".join(f"coalesce(sum({g}), 0)" for g in groups)
    outcomes = [
        (province, year, dict(zip(groups, values[:-1])), values[-1])
        for province, year, *values in con.execute(
            f"""
            SELECT coalesce(province, '{NOT_PLACED}'), report_year, {sums}, coalesce(sum(new_received), 0)
            FROM mart_applications_by_agency_year GROUP BY 1, 2 ORDER BY 1, 2
            """
        ).fetchall()
    ]
    denied = dict(con.execute(
        "SELECT outcome, coalesce(sum(applications), 0) FROM mart_application_outcomes "
        "WHERE outcome_group = 'denied' GROUP BY 1"
    ).fetchall())
    reasons = [key for key in L.APPLICATION_ROWS if key.startswith("denied_")]
    denial_reasons = [(key, L.APPLICATION_ROWS[key][0][0], int(denied.get(key, 0))) for key in reasons]
    rule_failures = con.execute(
        f"""
        WITH per_report AS (
            SELECT r.rule_id, coalesce(a.province, '{NOT_PLACED}') AS province, r.report_id,
                   bool_or(r.status = 'failed') AS failed, bool_or(r.status <> 'not_evaluable') AS evaluated
            FROM fct_rule_results r LEFT JOIN dim_agency a ON a.agency_id = r.agency_id
            GROUP BY 1, 2, 3
        )
        SELECT rule_id, province, count(*) FILTER (WHERE failed), count(*) FILTER (WHERE evaluated)
        FROM per_report GROUP BY 1, 2 ORDER BY 1, 2
        """
    ).fetchall()
    files = con.execute(
        """
        SELECT label, kind, files FROM (
            SELECT status AS label, status AS kind, count(*) AS files FROM dim_report GROUP BY 1
            UNION ALL
            SELECT 'quarantined: ' || reason_code, 'quarantined', count(*) FROM fct_quarantine GROUP BY 1
        ) ORDER BY kind = 'quarantined', files DESC, label
        """
    ).fetchall()
    not_adding_up = con.execute(
        """
        SELECT agency_name, report_year, failed_rule_ids FROM mart_report_quality
        WHERE NOT adds_up ORDER BY rules_failed DESC, agency_name LIMIT 15
        """
    ).fetchall()
    reports, agencies, provinces, years = con.execute(
        "SELECT count(*), count(DISTINCT d.agency_id), count(DISTINCT a.province), "
        "coalesce(min(d.report_year)::VARCHAR || '–' || max(d.report_year)::VARCHAR, 'no reports') "
        "FROM dim_report d LEFT JOIN dim_agency a USING (agency_id)"
    ).fetchone()
    quarantined = con.execute("SELECT count(*) FROM fct_quarantine").fetchone()[0]
    received, decided, denied_total = con.execute(
        "SELECT coalesce(sum(new_received), 0), coalesce(sum(decided), 0), coalesce(sum(denied), 0) "
        "FROM mart_applications_by_agency_year"
    ).fetchone()
    return SeasonData(
        title=f"gdw season report, reports for {years}",
        generated_at=generated_at,
        warehouse=warehouse,
        headline={
            "reports read": f"{reports:,}",
            "files quarantined": f"{quarantined:,}",
            "agencies": f"{agencies:,}",
            "provinces": f"{provinces:,}",
            "applications received": f"{int(received):,}",
            "denied (of decided)": f"{denied_total / decided:.1%}" if decided else "–",
        },
        outcomes=outcomes,
        denial_reasons=denial_reasons,
        rule_failures=[(r, p, int(f), int(e)) for r, p, f, e in rule_failures],
        files_by_status=[(label, kind, int(n)) for label, kind, n in files],
        not_adding_up=[(a, int(y), rules or "") for a, y, rules in not_adding_up],
    )


def write_report(html: str, warehouse_dir: Path, run_id: str) -> tuple[Path, Path]:
    """The run's page under reports/, and season_report.html as the latest."""
    folder = warehouse_dir / "reports"
    folder.mkdir(parents=True, exist_ok=True)
    page = folder / f"season_report_{run_id[:8]}.html"
    page.write_text(html, encoding="utf-8")
    latest = warehouse_dir / "season_report.html"
    shutil.copyfile(page, latest)
    return page, latest


@dg.asset(
    key=SEASON_REPORT,
    deps=[dg.AssetKey([name]) for name in READ_DEPS],
    group_name="quality",
    kinds={"html"},
    pool="duckdb_write",
    description="One HTML page per run with charts (inline SVG, works offline): applications and "
    "outcomes by year and province, denial reasons, rule failures by rule and province, report "
    "files read vs quarantined, and the reports that do not add up. Written into the warehouse "
    "folder; the metadata links it.",
)
def season_report(context: dg.AssetExecutionContext, warehouse: DuckDBResource) -> dg.MaterializeResult:
    generated_at = datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC")
    database = Path(warehouse.database)
    with warehouse.get_connection() as con:
        data = season_data(con, str(database), generated_at)
    page, latest = write_report(render(data), database.parent, context.run.run_id)
    context.log.info(f"season report written to {page}")
    return dg.MaterializeResult(
        metadata={
            "report": dg.MetadataValue.url(page.resolve().as_uri()),
            "report_path": dg.MetadataValue.path(str(page.resolve())),
            "latest": dg.MetadataValue.path(str(latest.resolve())),
            "charts": dg.MetadataValue.int(page.read_text(encoding="utf-8").count('class="chart"')),
            **{f"headline/{k}": v for k, v in data.headline.items()},
        }
    )
