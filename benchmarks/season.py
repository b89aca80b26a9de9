"""Benchmark: a season of N reports through the whole graph, on this machine.

    .venv/bin/python benchmarks/season.py [N] [--adversarial] [--workers W] [--shards S] [--keep DIR]
    .venv/bin/python benchmarks/season.py 150000          # the national season of issue 13

Writes a landing folder shaped like a real season (benchmarks/season_files.py: ~140,000 distinct
agencies per 150,000 reports, some with 2-4 consecutive years, a few duplicate files; 110 HTML, 20
PDF, 10 DOCX and 10 text files of every 150); with --adversarial, half the reports under three
agencies. Then prints each step:

1. parse only: the same files, the same workers, the parser alone (no Dagster, no DuckDB), with
   the CPU seconds of each format;
2. the first run of the whole graph (every asset and check, every year), step by step, with the
   peak memory of the process tree during each step (parsing in S shards, GDW_PARSE_SHARDS);
3. an unchanged re-run;
4. one new report dropped into the folder, then a run for its year only;
5. the orchestration overhead (first run / parse only) and the peak memory of the whole process
   tree (this process, the parse workers, dbt), sampled every 0.2 s;
6. each target of issue 13's "Done when" beside what was measured (met or not).

Each step and run also gets the CPU seconds of the process tree (every live process's, and those of
the children each one reaped: dbt, the parse workers), from /proc. On a machine others share,
wall-clock seconds grow with the load, CPU seconds much less: compare two versions on CPU seconds.

Print numbers only; nothing here asserts a time.
"""

from __future__ import annotations

import argparse
import os
import shutil
import sys
import tempfile
import threading
import time
from collections import defaultdict
from datetime import UTC, datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks.season_files import EXTENSIONS, PlannedReport, Writer, plan_season, write_season
from benchmarks.warehouse_sql import step_windows

KIND_OF_EXTENSION = {ext: kind for kind, ext in EXTENSIONS.items()}
PAGE = os.sysconf("SC_PAGE_SIZE")
QUIET = {"loggers": {"console": {"config": {"log_level": "WARNING"}}}}  # the steps' times are printed below


# ---------------------------------------------------------------- memory of the process tree


TICK = os.sysconf("SC_CLK_TCK")


def _tree(root: int) -> list[int]:
    """`root` and all its descendants (from /proc)."""
    parents: dict[int, list[int]] = defaultdict(list)
    for entry in os.scandir("/proc"):
        if entry.name.isdigit():
            try:
                with open(f"/proc/{entry.name}/stat", "rb") as handle:
                    fields = handle.read().rsplit(b")", 1)[1].split()
                parents[int(fields[1])].append(int(entry.name))
            except OSError:
                continue
    pids, todo = [], [root]
    while todo:
        pid = todo.pop()
        pids.append(pid)
        todo += parents.get(pid, [])
    return pids


def tree_rss(root: int) -> int:
    """Resident bytes of `root` and all its descendants."""
    total = 0
    for pid in _tree(root):
        try:
            with open(f"/proc/{pid}/statm", "rb") as handle:
                total += int(handle.read().split()[1]) * PAGE
        except OSError:
            continue
    return total


def cpu_seconds(root: int | None = None) -> float:
    """CPU seconds of the process tree of `root` (default: this process): each live process's own
    and those of the children it reaped (the forkserver reaps the parse workers, this process dbt)."""
    total = 0
    for pid in _tree(os.getpid() if root is None else root):
        try:
            with open(f"/proc/{pid}/stat", "rb") as handle:
                fields = handle.read().rsplit(b")", 1)[1].split()
            total += sum(int(value) for value in fields[11:15])  # utime, stime, cutime, cstime
        except OSError:
            continue
    return total / TICK


class PeakMemory:
    """Samples the process tree's resident memory (and the CPU seconds so far) in a thread: `peak`
    since the last `reset`, `overall` since the start."""

    def __init__(self, interval: float = 0.2):
        self.peak, self.overall, self.interval, self._stop = 0, 0, interval, threading.Event()
        self.samples: list[tuple[float, int]] = []  # (epoch seconds, bytes): the peak of any window
        self.cpu_samples: list[tuple[float, float]] = []  # (epoch seconds, cpu_seconds()): a window's CPU
        self._thread = threading.Thread(target=self._run, daemon=True)
        self._thread.start()

    def _run(self) -> None:
        while not self._stop.wait(self.interval):
            rss = tree_rss(os.getpid())
            self.samples.append((time.time(), rss))
            self.cpu_samples.append((time.time(), cpu_seconds()))
            self.peak = max(self.peak, rss)
            self.overall = max(self.overall, self.peak)

    def peak_between(self, start: float, end: float) -> int:
        return max((rss for at, rss in self.samples if start <= at <= end), default=0)

    def cpu_between(self, start: float, end: float) -> float:
        """CPU seconds spent between two epoch times, to the sampling interval (0.2 s)."""
        samples = list(self.cpu_samples)

        def at(moment: float) -> float:  # the last sample by then (the first, if none was taken yet)
            return max((cpu for when, cpu in samples if when <= moment), default=samples[0][1] if samples else 0.0)
        return at(end) - at(start)

    def reset(self) -> int:
        peak, self.peak = self.peak, tree_rss(os.getpid())
        return peak

    def stop(self) -> None:
        self._stop.set()
        self._thread.join()


def gib(n: int) -> str:
    return f"{n / 2**30:.2f} GiB"


# ---------------------------------------------------------------- parse only


def _timed_parse(path: str) -> tuple[str, float]:
    from orchestration.core.batch import parse_to_rows

    started = time.process_time()
    parse_to_rows(path, datetime.now(UTC).replace(tzinfo=None))
    return KIND_OF_EXTENSION.get(path.rsplit(".", 1)[-1], "other"), time.process_time() - started


def parse_only(paths: list[str], workers: int) -> tuple[float, float, dict[str, tuple[int, float]]]:
    """Wall seconds, CPU seconds of the process tree, and (files, CPU seconds) by format: the parser
    alone on `workers` processes of the parse step's pool (its preload, its workers' collector
    settings), without its limits."""
    from orchestration.core.batch import PRELOAD
    from orchestration.core.pool import Limits, bounded_map

    by_kind: dict[str, list[float]] = defaultdict(list)
    started, cpu_at_start = time.perf_counter(), cpu_seconds()
    for outcome in bounded_map(_timed_parse, paths, workers, Limits(seconds=3600, memory_bytes=1 << 40), PRELOAD):
        if outcome.failure:
            raise RuntimeError(f"{paths[outcome.index]}: {outcome.failure} {outcome.message}")
        kind, cpu = outcome.value
        by_kind[kind].append(cpu)
    return (time.perf_counter() - started, cpu_seconds() - cpu_at_start,
            {k: (len(v), sum(v)) for k, v in sorted(by_kind.items())})


# ---------------------------------------------------------------- the graph


NEW_REPORT = "new_report.html"  # the report dropped into the season after its first two runs


def run_graph(job, label: str, count: int, memory: PeakMemory, **how) -> tuple[float, int, float, float]:
    """Wall seconds and peak bytes of the process tree of one run, the seconds of its parse shard
    steps, and the run's CPU seconds; prints each step (wall and CPU seconds)."""
    import dagster as dg

    instance = dg.DagsterInstance.ephemeral()
    memory.reset()
    started, cpu = time.perf_counter(), cpu_seconds()
    result = job.execute_in_process(instance=instance, raise_on_error=False, run_config=QUIET, **how)
    total, cpu = time.perf_counter() - started, cpu_seconds() - cpu
    peak = memory.reset()
    print(f"\n{label}: success={result.success}, {total:.1f} s ({cpu:.1f} CPU s), {count / total:.0f} files/s "
          f"end to end, peak {gib(peak)} (process tree)")
    windows = step_windows(instance, result.run_id)
    for step, start, end in windows:
        if end - start >= 0.5 or step.endswith("(FAILED)"):
            print(f"  {step:<55} {end - start:7.1f} s  {memory.cpu_between(start, end):7.1f} CPU s  "
                  f"peak {gib(memory.peak_between(start, end))}")
    parsed = next((m.materialization.metadata for m in result.get_asset_materialization_events()
                   if m.asset_key == dg.AssetKey(["parsing", "parsed_reports"])), None)
    if parsed:
        print(f"  parsed now {parsed['parsed_now'].value} in {parsed['shards'].value} shards, "
              f"unchanged {parsed['unchanged_not_parsed'].value}")
    print_increments(result)
    return total, peak, sum(end - start for step, start, end in windows if ".parse_shard[" in step), cpu


def print_increments(result) -> None:
    """What the steps after staging redid in this run: the years the year models rebuilt, the years
    the GX gates validated (and carried over), the tables the publish wrote."""
    import dagster as dg

    materialized = {m.asset_key: m.materialization.metadata for m in result.get_asset_materialization_events()}
    years = materialized.get(dg.AssetKey(["fct_applications"]), {})
    if "rebuilt_years" in years:
        print(f"  year models rebuilt {years['rebuilt_years'].value}, "
              f"unchanged {years['unchanged_years_not_rebuilt'].value}")
    validated, carried = set(), set()
    for event in result.get_asset_check_evaluations():
        metadata = event.metadata
        if "validated_years" in metadata:
            validated.update(metadata["validated_years"].value)
            carried.update(metadata["carried_over_years"].value)
    if validated or carried:
        print(f"  GX gates validated years {sorted(validated)}, carried verdicts over for {sorted(carried)}")
    published = materialized.get(dg.AssetKey(["publish", "published_warehouse"]), {})
    if "tables_written" in published:
        print(f"  publish wrote {len(published['tables_written'].value)} table(s), kept "
              f"{len(published['tables_unchanged_kept'].value)}, switched: {published['switched_to_new_publish'].value}")
    if "years_written" in published:  # of the tables by report year, written only in part
        parts = {tuple(years) for years in published["years_written"].value.values()}
        print(f"  publish wrote of the tables by year only the years {sorted(parts)}")


def done_when(first: float, first_peak: int, again: float, one: float, parse_seconds: float):
    """(target, measured, met) of each number issue 13's "Done when" sets."""
    return [
        ("first run <= 10 min", f"{first / 60:.1f} min", first <= 600),
        ("peak of the first run <= 4 GiB", gib(first_peak), first_peak <= 4 * 2**30),
        ("unchanged re-run <= 10% of the first", f"{100 * again / first:.0f}%", again <= 0.1 * first),
        ("new report + a run for its year <= 60 s", f"{one:.0f} s", one <= 60),
        ("first run / parse only <= 1.5x", f"{first / parse_seconds:.2f}x", first <= 1.5 * parse_seconds),
    ]


def new_report_only(base: Path, workers: int, shards: int) -> None:
    """Step 4 alone on a kept season: one more new report (a name of its own, so each call adds
    one), then a run for its year. The season's other steps are not run again."""
    from orchestration.definitions import build_definitions
    from orchestration.settings import Settings

    memory = PeakMemory()
    landing = base / "landing"
    count = sum(1 for p in landing.rglob("*") if p.is_file())
    settings = Settings(landing, base / "warehouse", workers, parse_shards=shards)
    job = build_definitions(settings).resolve_job_def("gdw_everything")
    new = PlannedReport(f"新疆维吾尔自治区阿勒泰地区布尔津县审计局第{count}分局", 2023, "html")
    (landing / f"new_report_{count}.html").write_bytes(Writer().render(new, count))
    run_graph(job, "one new report (2023), then a run for 2023", count + 1, memory, partition_key="2023")
    memory.stop()


def main() -> None:
    parser = argparse.ArgumentParser(description="a season through the whole graph")
    parser.add_argument("count", type=int, nargs="?", default=5000)
    parser.add_argument("--adversarial", action="store_true", help="half the reports under three agencies")
    parser.add_argument("--workers", type=int, default=os.cpu_count() or 1)
    parser.add_argument("--shards", type=int, default=1, help="parse shards (GDW_PARSE_SHARDS)")
    parser.add_argument("--keep", type=Path, help="write the season and warehouse here and keep them")
    parser.add_argument("--reuse", action="store_true",
                        help="with --keep: keep the season's files already in its landing folder (same count "
                        "and mode), write only those missing, and start from an empty warehouse")
    parser.add_argument("--new-report-only", action="store_true",
                        help="with --keep of a season already run there: only drop one more new report "
                        "into its landing folder and run its year (step 4 alone; repeatable)")
    args = parser.parse_args()
    if args.new_report_only:
        if not args.keep or not (args.keep / "warehouse").is_dir():
            parser.error("--new-report-only needs --keep DIR of a season already run")
        new_report_only(args.keep, args.workers, args.shards)
        return

    from orchestration.definitions import build_definitions
    from orchestration.settings import Settings

    memory = PeakMemory()
    with tempfile.TemporaryDirectory() as tmp:
        base = args.keep or Path(tmp)
        landing, warehouse = base / "landing", base / "warehouse"
        started = time.perf_counter()
        season = plan_season(args.count, adversarial=args.adversarial)
        writer = Writer()
        if args.reuse and warehouse.exists():  # the runs below are measured from an empty warehouse
            shutil.rmtree(warehouse)
        if args.reuse:  # and from the season alone: the report an earlier benchmark dropped in is not part of it
            (landing / NEW_REPORT).unlink(missing_ok=True)
        written = write_season(landing, season, writer, reuse=args.reuse)
        print(f"season{' (adversarial)' if args.adversarial else ''}: {season.describe()}")
        print(f"  {'written or kept' if args.reuse else 'written'} in {time.perf_counter() - started:.1f} s: "
              + ", ".join(f"{kind} {size / 2**20:.0f} MiB" for kind, size in sorted(written.items())))
        paths = sorted(str(p) for p in landing.rglob("*") if p.is_file())

        memory.reset()
        parse_seconds, parse_cpu, cpu = parse_only(paths, args.workers)
        print(f"\nparse only ({args.workers} workers, {len(paths)} files): {parse_seconds:.1f} s ({parse_cpu:.1f} CPU s), "
              f"{len(paths) / parse_seconds:.0f} files/s, peak {gib(memory.reset())}")
        for kind, (files, seconds) in cpu.items():
            print(f"  {kind:<6} {files:>7} files  {seconds:8.1f} CPU s  {1000 * seconds / files:6.1f} ms/file")

        settings = Settings(landing, warehouse, args.workers, parse_shards=args.shards)
        job = build_definitions(settings).resolve_job_def("gdw_everything")
        from orchestration.defs.partitions import all_years_tags

        every_year = {"tags": all_years_tags(settings.report_years)}
        first, first_peak, parse_step, first_cpu = run_graph(job, "first run, every year", len(paths), memory, **every_year)
        again, _, _, _ = run_graph(job, "unchanged re-run, every year", len(paths), memory, **every_year)
        new = PlannedReport("新疆维吾尔自治区阿勒泰地区布尔津县审计局", 2023, "html")
        (landing / NEW_REPORT).write_bytes(writer.render(new, len(paths)))
        one, _, _, _ = run_graph(job, "one new report (2023), then a run for 2023", len(paths) + 1, memory,
                           partition_key="2023")

        print(f"\nsummary for {len(paths)} files on {args.workers} workers, parsing in {args.shards} shards "
              f"(load average {os.getloadavg()[0]:.1f} at the end: the machine may be shared)")
        print(f"  parse only {parse_seconds:.1f} s | first run {first:.1f} s | unchanged re-run {again:.1f} s "
              f"({100 * again / first:.0f}% of the first) | new report + its year {one:.1f} s")
        print(f"  orchestration overhead: first run / parse only = {first / parse_seconds:.2f}x; "
              f"the parse step(s) of the first run {parse_step:.1f} s = {parse_step / parse_seconds:.2f}x parse only")
        print(f"  in CPU seconds of the process tree: first run {first_cpu:.1f} / parse only {parse_cpu:.1f} = "
              f"{first_cpu / parse_cpu:.2f}x (less sensitive to the machine's load than wall-clock)")
        print(f"  peak memory of the process tree over everything: {gib(memory.overall)}")
        size = (warehouse / "gdw.duckdb").stat().st_size / 2**20
        print(f"  warehouse file: {size:.0f} MiB")
        print(f"\nissue 13 targets (they are set for 150,000 reports; this season has {len(paths)} files)")
        for target, measured, met in done_when(first, first_peak, again, one, parse_seconds):
            print(f"  {'met    ' if met else 'NOT MET'}  {target:<40} {measured}")
    memory.stop()


if __name__ == "__main__":
    main()
