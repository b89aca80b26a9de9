"""`gdw summary`: what the warehouse holds, for the end of `make run` and for a person asking."""

from __future__ import annotations

from pathlib import Path

from orchestration.settings import DUCKDB_FILE_NAME, load_settings


def print_summary(warehouse_dir: str | None = None) -> int:
    import duckdb

    folder = Path(warehouse_dir) if warehouse_dir else load_settings().warehouse_dir
    path = folder / DUCKDB_FILE_NAME
    if not path.exists():
        print(f"gdw: no warehouse at {path}: run `make run` first")
        return 1
    con = duckdb.connect(str(path), read_only=True)
    try:
        files = con.execute("SELECT count(*) FROM landing.raw_reports").fetchall()[0][0]
        statuses = con.execute("SELECT status, count(*) FROM dim_report GROUP BY 1 ORDER BY 1").fetchall()
        read = sum(n for _, n in statuses)
        quarantined = con.execute("SELECT file_name, reason_code, reason FROM fct_quarantine ORDER BY 1").fetchall()
        rules = con.execute(
            """
            SELECT rule_id, count(*) FILTER (WHERE status = 'passed'), count(*) FILTER (WHERE status = 'failed'),
                   count(*) FILTER (WHERE status = 'not_evaluable'),
                   count(DISTINCT report_id) FILTER (WHERE status = 'failed')
            FROM fct_rule_results GROUP BY 1 ORDER BY 1
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
    return 0
