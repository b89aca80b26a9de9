"""The reliability suite (`make reliability`): hostile files through the parse pool, then kill -9 of a
real run in every phase, each followed by `make run`.

    python benchmarks/reliability.py [--files 2000] [--seed 0] [--time-limit 20] [--phases parse,staging,dbt,checks,publish]

Part 1 parses `--files` hostile documents (tests/hostile.py: truncations, bit flips, random bytes,
wrong encodings, huge numbers, run-together figures, zip bombs, span bombs, giant PDFs, deep nesting,
long lines) in the bounded pool and prints: records per file, tracebacks, files stopped at the time
limit, at the memory limit, parser errors, the slowest file that finished, and the parse processes'
peak resident memory.

Part 2 builds a warehouse with `make run` on the seeds plus hostile files, then, one phase after the
other, starts `make run` and kills its whole process group (SIGKILL: what a reboot or the OOM killer
does) at a random moment once the phase's step has started: each killed run had to get past the run
killed before it. A last `make run` must complete with no manual step, with every landed file in
dim_report or fct_quarantine exactly once; a reader polling the published copy all along must never
see the DuckDB file and the Parquet files of two different runs. Timings are printed, never asserted.
"""

from __future__ import annotations

import argparse
import hashlib
import os
import random
import signal
import subprocess
import sys
import tempfile
import threading
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from orchestration.core.batch import parse_in_pool, parse_to_record, record_of
from orchestration.core.pool import Limits
from tests.hostile import OUTSIDE_SECRET, add_landing_oddities, write_documents

SEEDS = ROOT.parent / "shared" / "seeds"
# the step whose start opens each phase (step keys of gdw_everything)
PHASES = {
    "parse": "parsing__parsed_reports.parse_shard",  # any shard's step
    "staging": "staging_models",
    "dbt": "warehouse_models",
    "checks": "_gx_",
    "publish": "publish__published_warehouse",
}


# ---------------------------------------------------------------- part 1: hostile files


def parse_hostile(directory: Path, count: int, seed: int, limits: Limits, workers: int) -> dict:
    started = time.perf_counter()
    kinds = write_documents(directory, count, seed)
    written = time.perf_counter() - started
    paths = sorted(str(directory / name) for name in kinds)
    records: Counter[str] = Counter()
    codes: Counter[str] = Counter()
    overruns: Counter[str] = Counter()
    peak = 0
    stderr_file = directory.parent / "parse.stderr"
    saved = os.dup(2)
    started = time.perf_counter()
    with open(stderr_file, "wb") as sink:
        os.dup2(sink.fileno(), 2)  # the parse processes inherit it: every traceback anywhere is counted
        try:
            for _, outcome in parse_in_pool(parse_to_record, record_of, paths, workers, limits):
                records[outcome.path] += 1
                record = outcome.value
                code = record["warnings"][-1]["code"] if record["status"] == "quarantined" else record["status"]
                codes[code] += 1
                peak = max(peak, outcome.peak_rss_bytes)
                if outcome.overrun:
                    overruns[f"{outcome.overrun}: {kinds[Path(outcome.path).name]}"] += 1
        finally:
            os.dup2(saved, 2)
            os.close(saved)
    seconds = time.perf_counter() - started
    tracebacks = stderr_file.read_text(errors="replace").count("Traceback")
    return {
        "files": len(paths), "written_seconds": written, "parse_seconds": seconds,
        "files_with_one_record": sum(1 for p in paths if records[p] == 1),
        "files_without_record": sum(1 for p in paths if records[p] == 0),
        "tracebacks": tracebacks, "overruns": dict(overruns), "codes": dict(codes),
        "peak_worker_rss_mib": peak / 2**20, "kinds": dict(Counter(kinds.values())),
    }


# ---------------------------------------------------------------- part 2: kills


def environment(work: Path, time_limit: float) -> dict[str, str]:
    return dict(os.environ, GDW_LANDING_DIR=str(work / "landing"), GDW_WAREHOUSE_DIR=str(work / "wh"),
                DAGSTER_HOME=str(work / "dagster_home"), GDW_PARSE_TIME_LIMIT=str(time_limit))


def make_run(work: Path, time_limit: float) -> tuple[int, str, float]:
    started = time.perf_counter()
    done = subprocess.run(["make", "-s", "run"], cwd=ROOT, env=environment(work, time_limit),
                          capture_output=True, text=True, check=False)
    return done.returncode, done.stdout + done.stderr, time.perf_counter() - started


def run_ids(dagster_home: Path) -> set[str]:
    import dagster as dg

    if not (dagster_home / "history").exists():
        return set()
    with dg.DagsterInstance.from_config(str(dagster_home)) as instance:
        return {run.run_id for run in instance.get_runs()}


def step_events(dagster_home: Path, run_ids_: set[str], event_type: str) -> set[str]:
    import dagster as dg

    with dg.DagsterInstance.from_config(str(dagster_home)) as instance:
        return {r.event_log_entry.dagster_event.step_key for run_id in run_ids_
                for r in instance.get_records_for_run(run_id, of_type=dg.DagsterEventType(event_type)).records}


def kill_in_phase(work: Path, phase: str, rng: random.Random, time_limit: float) -> dict:
    """Start `make run`, SIGKILL its process group (the run and its parse processes, as a reboot or
    the OOM killer would) at a random moment once `phase`'s step has started in that run."""
    home = work / "dagster_home"
    # The instance is made before we read it while the run writes it: two processes first opening a
    # fresh DAGSTER_HOME at once race to create its storage.
    subprocess.run(["make", "-s", f"{home}/dagster.yaml"], cwd=ROOT, env=environment(work, time_limit),
                   capture_output=True, check=True)
    before = run_ids(home)
    started = time.perf_counter()
    process = subprocess.Popen(["make", "-s", "run"], cwd=ROOT, env=environment(work, time_limit),
                               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True)
    step = PHASES[phase]
    while process.poll() is None:
        ours = run_ids(home) - before
        if ours and any(step in key for key in step_events(home, ours, "STEP_START")):
            delay = rng.uniform(0, 0.6 if phase == "publish" else 3.0)
            time.sleep(delay)
            os.killpg(process.pid, signal.SIGKILL)
            process.wait()
            # the run got this far: the kill before it did not block it
            finished = any(step in key for key in step_events(home, ours, "STEP_SUCCESS"))
            return {"phase": phase, "killed_after_s": delay, "step_had_finished": finished,
                    "reached_in_s": time.perf_counter() - started}
        time.sleep(0.1)
    return {"phase": phase, "killed_after_s": None, "returncode": process.returncode}


class PublishReader(threading.Thread):
    """Reads the published copy again and again as a BI tool would: resolve published/current,
    then count dim_report in its DuckDB file and its Parquet file; the two must always agree."""

    def __init__(self, published: Path):
        super().__init__(daemon=True)
        self.published, self.stop, self.reads, self.mixes, self.errors = published, threading.Event(), 0, [], []

    def run(self) -> None:
        import duckdb

        while not self.stop.is_set():
            current = self.published / "current"
            if current.exists():
                folder = current.resolve()
                try:
                    con = duckdb.connect(str(folder / "gdw.duckdb"), read_only=True)
                    try:
                        in_file = con.execute("SELECT count(*), max(sha256) FROM dim_report").fetchall()[0]
                    finally:
                        con.close()
                    in_parquet = duckdb.sql(
                        f"SELECT count(*), max(sha256) FROM '{folder}/parquet/dim_report.parquet'").fetchall()[0]
                    self.reads += 1
                    if in_file != in_parquet:
                        self.mixes.append((folder.name, in_file, in_parquet))
                except Exception as error:  # noqa: BLE001 - reported; a publish folder pruned mid-read
                    if folder.exists():
                        self.errors.append(repr(error))
            time.sleep(0.1)


def _line(result: dict) -> str:
    return "  ".join(f"{k}={v:.0f}" if isinstance(v, float) else f"{k}={v}" for k, v in result.items())


def accounted(work: Path) -> dict:
    import duckdb

    con = duckdb.connect(str(work / "wh" / "gdw.duckdb"), read_only=True)
    try:
        # the file outside the folder that a symlink points at: read, it would have been hashed
        secret = hashlib.sha256((OUTSIDE_SECRET + "\n").encode()).hexdigest()
        outside = con.execute("SELECT count(*) FROM landing.raw_reports WHERE sha256 = ?", [secret]).fetchall()[0][0]
        sql = {
            "reports": "SELECT count(*) FROM dim_report",
            "duplicate_reports": "SELECT count(*) - count(DISTINCT sha256) FROM dim_report",
            "quarantined": "SELECT count(*) FROM fct_quarantine",
            "duplicate_quarantine": "SELECT count(*) - count(DISTINCT source_file) FROM fct_quarantine",
        }
        return {**{name: con.execute(query).fetchall()[0][0] for name, query in sql.items()},
                "outside_content_seen": outside}
    finally:
        con.close()


def kills(work: Path, phases: list[str], hostile: int, seed: int, time_limit: float, oddities: bool) -> list[dict]:
    landing = work / "landing"
    landing.mkdir(parents=True)
    for report in sorted(SEEDS.iterdir()):
        (landing / report.name).write_bytes(report.read_bytes())
    write_documents(landing, hostile, seed)
    if oddities:  # every entry must then be accounted for, the FIFO and the symlinks too
        add_landing_oddities(landing, work / "outside")
    files = sum(1 for _ in landing.iterdir())
    rng = random.Random(f"kills:{seed}")
    code, out, seconds = make_run(work, time_limit)
    results = [{"phase": "first run", "returncode": code, "seconds": seconds, **accounted(work), "files": files}]
    print("part 2: a run killed with SIGKILL in each phase, one after the other, then make run\n  "
          + _line(results[0]), flush=True)
    if code:
        print(out[-3000:])
        return results
    reader = PublishReader(work / "wh" / "published")
    reader.start()
    # one chain: each killed run must first get past the one killed before it (a dead run never
    # blocks the next), and the last `make run` completes
    for phase in phases:
        results.append(kill_in_phase(work, phase, rng, time_limit))
        print("  " + _line(results[-1]), flush=True)
    code, out, seconds = make_run(work, time_limit)
    results.append({"phase": "final run", "returncode": code, "recovered_dead_runs": out.count("had died"),
                    "seconds": seconds, **accounted(work), "files": files})
    print("  " + _line(results[-1]), flush=True)
    if code:
        print(out[-3000:])
    reader.stop.set()
    reader.join()
    results.append({"phase": "reader", "reads": reader.reads, "mixed_reads": len(reader.mixes),
                    "read_errors": len(reader.errors), "examples": (reader.mixes + reader.errors)[:3]})
    return results


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--files", type=int, default=2000)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--time-limit", type=float, default=20.0, help="seconds per file (default 20)")
    parser.add_argument("--memory-limit", type=int, default=1024, help="MiB per parse process (default 1024)")
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--phases", default=",".join(PHASES), help="kill phases; empty: no kills")
    parser.add_argument("--hostile-in-landing", type=int, default=30, help="hostile files beside the seeds in part 2")
    parser.add_argument("--oddities", action="store_true",
                        help="part 2's landing also holds a non-UTF-8 name, a dot-file, an Office lock file, a FIFO "
                        "and symlinks in and out of the folder (needs the landing scan of issue 10 section 2)")
    args = parser.parse_args()
    limits = Limits(args.time_limit, args.memory_limit * 2**20)
    started = time.perf_counter()
    failed = False
    with tempfile.TemporaryDirectory(prefix="gdw-reliability-") as temporary:
        work = Path(temporary)
        if args.files:
            counts = parse_hostile(work / "hostile", args.files, args.seed, limits, args.workers)
            print(f"part 1: {counts['files']} hostile files ({counts['written_seconds']:.0f} s to write), parsed in "
                  f"{counts['parse_seconds']:.0f} s on {args.workers} workers, limits {args.time_limit:g} s / "
                  f"{args.memory_limit} MiB")
            for key in ("files_with_one_record", "files_without_record", "tracebacks", "overruns",
                        "peak_worker_rss_mib", "codes", "kinds"):
                value = counts[key]
                print(f"  {key:<22} {value:.0f}" if isinstance(value, float) else f"  {key:<22} {value}")
            failed |= counts["files_without_record"] > 0 or counts["tracebacks"] > 0
        phases = [p for p in args.phases.split(",") if p]
        if phases:
            results = kills(work / "kills", phases, args.hostile_in_landing, args.seed, args.time_limit,
                            args.oddities)
            print("  " + _line(results[-1]))
            runs = [r for r in results if "reports" in r]
            reader = results[-1]
            failed |= any(r.get("killed_after_s") is None for r in results if r["phase"] in PHASES)
            failed |= any(r["returncode"] != 0 or r["duplicate_reports"] or r["duplicate_quarantine"]
                          or r["outside_content_seen"]
                          or r["reports"] + r["quarantined"] != r["files"] for r in runs if "reports" in r)
            failed |= reader.get("mixed_reads", 0) > 0
    print(f"reliability: {'FAILED' if failed else 'ok'} in {time.perf_counter() - started:.0f} s")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
