"""`gdw summary`: what the warehouse holds, for the end of `make run` and for a person asking."""

from __future__ import annotations

from pathlib import Path

from orchestration.settings import Settings, load_settings


def print_summary(warehouse_dir: str | None = None) -> int:
    import duckdb

    settings = load_settings()
    if warehouse_dir:
        settings = Settings(settings.landing_dir, Path(warehouse_dir).resolve(), settings.parse_workers)
    path = settings.duckdb_path
    if not path.exists():
        print(f"gdw: no warehouse at {path}: run `make run` first")
        return 1
    con = duckdb.connect(str(path), read_only=True)
    try:
        files = con.execute("SELECT count(*) FROM landing.raw_reports").fetchall()[0][0]
        # entries that are not report files (FIFOs, symlinks out of the folder, lock files): in quarantine too
        if con.execute("SELECT count(*) FROM information_schema.tables WHERE table_schema = 'landing' "
                       "AND table_name = 'rejected_entries'").fetchall()[0][0]:
            files += con.execute("SELECT count(*) FROM landing.rejected_entries").fetchall()[0][0]
        statuses = con.execute("SELECT status, count(*) FROM dim_report GROUP BY 1 ORDER BY 1").fetchall()
        read = sum(n for _, n in statuses)
        quarantined = con.execute("SELECT file_name, reason_code, reason FROM fct_quarantine ORDER BY 1").fetchall()
        rules = con.execute(
            """
            SELECT rule_id, sum(passed), sum(failed), sum(not_evaluable), sum(reports_failed)
            FROM mart_rule_findings GROUP BY 1 ORDER BY 1
            """
        ).fetchall()
        failing = con.execute(
            """
            SELECT d.agency_name, d.report_year, string_agg(DISTINCT r.rule_id, ', ' ORDER BY r.rule_id)
            FROM fct_rule_results r JOIN dim_report d USING (report_id)
            WHERE r.status = 'failed' GROUP BY 1, 2 ORDER BY 1, 2
            """
        ).fetchall()
    finally:
        con.close()
    print(f"gdw warehouse: {path}")
    print(f"  files landed:         {files}")
    print(f"  reports read:         {read}  ({', '.join(f'{s} {n}' for s, n in statuses) or 'none'})")
    print(f"  files quarantined:    {len(quarantined)}")
    for name, code, reason in quarantined:
        print(f"    {name}: {code} — {reason}")
    print("  rule results (passed / failed / not evaluable, reports failing):")
    for rule_id, passed, failed, not_evaluable, reports in rules:
        print(f"    {rule_id:<24} {passed:>6} / {failed:>4} / {not_evaluable:>4}   {reports} report(s)")
    if failing:
        print("  reports with findings:")
        for agency, year, rule_ids in failing:
            print(f"    {agency} {year}: {rule_ids}")
    _print_published(settings)
    return 0


def _print_published(settings: Settings) -> None:
    """Where BI reads: the published copy, never the working file a run writes."""
    from datetime import datetime

    from orchestration.quality.gx_adapter import data_docs_index

    published = settings.published_duckdb_path
    if published.exists():
        when = datetime.fromtimestamp(published.stat().st_mtime).strftime("%Y-%m-%d %H:%M:%S")
        # a mart partitioned by report year is a folder of one file per year
        parquet = settings.published_parquet_dir
        marts = sorted(p.stem for p in parquet.glob("*.parquet"))
        by_year = sorted(p.name for p in parquet.iterdir() if p.is_dir()) if parquet.is_dir() else []
        print(f"  for BI (read-only copy, replaced only after the blocking checks pass; published {when}):")
        print(f"    {published}")
        print(f"    {parquet}/<mart>.parquet  ({len(marts)} marts: {', '.join(marts)})")
        print(f"    {parquet}/<mart>/<year>.parquet  ({len(by_year)} marts by report year: {', '.join(by_year)})")
    else:
        print(f"  not published yet ({published}): the last run stopped before publishing "
              "(a blocking check failed, or no run finished); see the run in the Dagster UI")
    docs = data_docs_index(settings.data_docs_dir)
    if docs.exists():
        print(f"  GX Data Docs: {docs.as_uri()}")
