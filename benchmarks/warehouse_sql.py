"""Benchmark: the warehouse stages alone (staging, dbt models and tests, GX checks, publish) on N
parsed reports, with each step's seconds and the peak memory of the whole process tree.

    .venv/bin/python benchmarks/warehouse_sql.py [N] [--adversarial] [--agencies K]   (default 20000)

The sample reports (and the seeds, when present) are parsed once; their parse-cache rows are then
copied in SQL to N reports, each under its own hash and report_id, so the parser's cost is left out
and only what runs on the warehouse is measured. Normally each copy is its own agency (a season of
distinct agencies, two consecutive years each where the samples have them). With --adversarial every
report is filed under K agencies (default 1): thousands of reports of one agency in one year, the
case where a join on agency_id that is not one-to-one grows with the square of the reports.

Peak memory is sampled from /proc every 0.2 s over this process and all its children (dbt runs in
a child). Above GDW_BENCH_RSS_LIMIT_GIB (default 8) the benchmark stops the run, says so and exits:
the machine is shared.
"""

from __future__ import annotations

import os
import shutil
import signal
import sys
import tempfile
import threading
import time
from pathlib import Path
from typing import Self

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

PAGE = os.sysconf("SC_PAGE_SIZE")


def _children() -> dict[int, list[int]]:
    tree: dict[int, list[int]] = {}
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                with open(f"/proc/{entry}/stat", "rb") as handle:
                    ppid = int(handle.read().rsplit(b")", 1)[1].split()[1])
            except (OSError, IndexError, ValueError):
                continue
            tree.setdefault(ppid, []).append(int(entry))
    return tree


def tree_pids(root: int) -> list[int]:
    tree, pids, todo = _children(), [], [root]
    while todo:
        pid = todo.pop()
        pids.append(pid)
        todo += tree.get(pid, [])
    return pids


def rss_bytes(pid: int) -> int:
    try:
        with open(f"/proc/{pid}/statm") as handle:
            return int(handle.read().split()[1]) * PAGE
    except (OSError, IndexError, ValueError):
        return 0


class PeakMemory:
    """Samples the RSS of this process tree; stops the benchmark above `limit` bytes."""

    def __init__(self, limit: int) -> None:
        self.limit, self.peak, self.exceeded = limit, 0, False
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def __enter__(self) -> Self:
        self._thread.start()
        return self

    def __exit__(self, *exc) -> None:
        self._stop.set()
        self._thread.join()

    def _run(self) -> None:
        while not self._stop.wait(0.2):
            pids = tree_pids(os.getpid())
            total = sum(rss_bytes(pid) for pid in pids)
            self.peak = max(self.peak, total)
            if total > self.limit and not self.exceeded:
                self.exceeded = True
                print(f"\nSTOPPED: the process tree reached {total / 2**30:.1f} GiB "
                      f"(limit {self.limit / 2**30:.0f} GiB)", flush=True)
                for pid in pids[1:]:
                    try:
                        os.kill(pid, signal.SIGKILL)
                    except OSError:
                        pass
                if rss_bytes(os.getpid()) > self.limit:
                    os._exit(3)


def source_reports() -> list[Path]:
    sources = sorted((ROOT / "samples" / "reports").glob("*.txt"))
    seeds = ROOT.parent / "shared" / "seeds"
    return sources + (sorted(seeds.glob("*.txt")) if seeds.is_dir() else [])


def multiply(duckdb_path: Path, count: int, agencies: int | None) -> dict[str, int]:
    """Copy the parse cache's reports (and their landing rows and facts) to `count` reports.

    `agencies`: None gives each copy an agency of its own; K files every report under K agencies."""
    import duckdb

    from orchestration.core.staging_schema import FACT_TABLES, PARSING_SCHEMA

    con = duckdb.connect(str(duckdb_path))
    try:
        sources = con.execute(f"SELECT count(*) FROM {PARSING_SCHEMA}.reports").fetchall()[0][0]
        if agencies is None:
            agency = "left(md5(p.agency_id || '/' || c.k), 16)"
            name = "p.agency_name || '（第' || c.k || '号）'"
        else:
            agency = f"left(md5('agency ' || (c.k % {agencies})), 16)"
            name = f"'同一机关' || (c.k % {agencies})"
        con.execute("BEGIN TRANSACTION")
        con.execute(
            f"""CREATE TEMP TABLE copies AS
                SELECT c.range AS k, s.sha256 AS source_sha, md5(s.sha256 || c.range) || md5(c.range || s.sha256) AS sha
                FROM range({max(count - sources, 0)}) AS c
                JOIN (SELECT sha256, row_number() OVER (ORDER BY sha256) - 1 AS i FROM {PARSING_SCHEMA}.reports) AS s
                  ON s.i = c.range % {sources}"""
        )
        con.execute(f"CREATE TEMP TABLE source_reports AS SELECT * FROM {PARSING_SCHEMA}.reports")
        con.execute(
            """INSERT INTO landing.raw_reports
               SELECT r.* REPLACE (c.sha AS sha256, 'copies/' || c.k || '_' || r.file_name AS source_file)
               FROM landing.raw_reports AS r JOIN copies AS c ON c.source_sha = r.sha256"""
        )
        con.execute(
            f"""INSERT INTO {PARSING_SCHEMA}.reports
                SELECT p.* REPLACE (c.sha AS sha256, left(c.sha, 16) AS report_id, {agency} AS agency_id,
                                    {name} AS agency_name, {name} AS agency_name_as_written,
                                    {name} AS agency_match_key,
                                    'copies/' || c.k || '_' || p.file_name AS source_file)
                FROM source_reports AS p JOIN copies AS c ON c.source_sha = p.sha256"""
        )
        for table in FACT_TABLES:
            con.execute(
                f"""INSERT INTO {PARSING_SCHEMA}.{table}
                    SELECT f.* REPLACE (left(c.sha, 16) AS report_id)
                    FROM {PARSING_SCHEMA}.{table} AS f
                    JOIN source_reports AS p ON p.report_id = f.report_id
                    JOIN copies AS c ON c.source_sha = p.sha256"""
            )
        con.execute("COMMIT")
        return {
            "reports": con.execute(f"SELECT count(*) FROM {PARSING_SCHEMA}.reports").fetchall()[0][0],
            "largest agency-year": con.execute(
                f"SELECT max(n) FROM (SELECT count(*) AS n FROM {PARSING_SCHEMA}.reports "
                "GROUP BY agency_id, report_year)").fetchall()[0][0],
        }
    finally:
        con.close()


def step_windows(instance, run_id: str) -> list[tuple[str, float, float]]:
    """(step, start, end) of each step of a run, in epoch seconds; a failed step says so in its name."""
    starts: dict[str, float] = {}
    steps = []
    for record in instance.get_records_for_run(run_id).records:
        event = record.event_log_entry
        if event.dagster_event is None or event.step_key is None:
            continue
        kind = event.dagster_event.event_type_value
        if kind == "STEP_START":
            starts[event.step_key] = event.timestamp
        elif kind in ("STEP_SUCCESS", "STEP_FAILURE") and event.step_key in starts:
            steps.append((f"{event.step_key}{'' if kind == 'STEP_SUCCESS' else ' (FAILED)'}",
                          starts[event.step_key], event.timestamp))
    return steps


def step_seconds(instance, run_id: str) -> list[tuple[str, float]]:
    return [(step, end - start) for step, start, end in step_windows(instance, run_id)]


def main() -> None:
    import dagster as dg

    from orchestration.definitions import build_definitions
    from orchestration.defs.partitions import all_years_tags
    from orchestration.settings import Settings

    args = sys.argv[1:]
    numbers = [a for a in args if a.isdigit()]
    count = int(numbers[0]) if numbers else 20000
    agencies = int(args[args.index("--agencies") + 1]) if "--agencies" in args else 1
    agencies = agencies if "--adversarial" in args else None
    limit = int(float(os.environ.get("GDW_BENCH_RSS_LIMIT_GIB", "8")) * 2**30)
    parsing_keys = [dg.AssetKey(["landing", "raw_reports"]), dg.AssetKey(["parsing", "parsed_reports"])]
    with tempfile.TemporaryDirectory() as tmp, PeakMemory(limit) as memory:
        landing, warehouse = Path(tmp) / "landing", Path(tmp) / "warehouse"
        landing.mkdir()
        for path in source_reports():
            shutil.copy(path, landing / path.name)
        settings = Settings(landing, warehouse, os.cpu_count() or 1)
        job = build_definitions(settings).resolve_job_def("gdw_everything")
        instance = dg.DagsterInstance.ephemeral()
        started = time.perf_counter()
        parsed = job.execute_in_process(instance=instance, asset_selection=parsing_keys, raise_on_error=True)
        print(f"parsed {len(source_reports())} distinct reports: {time.perf_counter() - started:.1f} s "
              f"(success={parsed.success})")
        started = time.perf_counter()
        made = multiply(settings.duckdb_path, count, agencies)
        mode = "normal, one agency per copy" if agencies is None else f"adversarial, {agencies} agency(ies)"
        print(f"copied to {made['reports']} reports in the parse cache ({mode}; largest agency-year "
              f"{made['largest agency-year']} reports): {time.perf_counter() - started:.1f} s")
        selection = [key for key in job.asset_layer.executable_asset_keys if key not in parsing_keys]
        started = time.perf_counter()
        result = job.execute_in_process(instance=instance, asset_selection=selection, raise_on_error=False,
                                        tags=all_years_tags(settings.report_years))
        total = time.perf_counter() - started
        for step, seconds in step_seconds(instance, result.run_id):
            print(f"  {step:<50} {seconds:8.1f} s")
        failed_checks = sorted(e.check_name for e in result.get_asset_check_evaluations()
                               if not e.passed and e.severity == dg.AssetCheckSeverity.ERROR)
        print(f"warehouse run: success={result.success}, {total:.1f} s wall; ERROR checks: {failed_checks or 'none'}")
        size = settings.duckdb_path.stat().st_size / 2**20
    print(f"peak memory of the process tree: {memory.peak / 2**30:.2f} GiB"
          f"{' (STOPPED at the limit)' if memory.exceeded else ''}; warehouse file {size:.0f} MiB")


if __name__ == "__main__":
    main()
