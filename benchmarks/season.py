"""Benchmark: a season of N reports through the whole graph, on this machine.

    .venv/bin/python benchmarks/season.py [N] [--corpus]        (default 3000)

Writes N distinct report files (the samples and seeds, each copy made unique so that it hashes
differently; with --corpus, N documents of the labeled corpus instead: every format and layout,
both templates, with noise), materializes every asset with its checks into a temporary warehouse, and prints the
time of each step, files per second, and the peak memory of the run. Run it twice in a row to see
the second pass skip unchanged files.
"""

from __future__ import annotations

import os
import resource
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def write_corpus_season(landing: Path, count: int) -> None:
    from testkit.corpus import make_document

    for i in range(count):
        document = make_document(0, i)
        folder = landing / f"batch_{i // 1000:03d}"
        folder.mkdir(parents=True, exist_ok=True)
        (folder / document.name).write_bytes(document.data)


def write_season(landing: Path, count: int) -> None:
    sources = sorted((ROOT / "samples" / "reports").glob("*.txt"))
    seeds = ROOT.parent / "shared" / "seeds"
    if seeds.is_dir():
        sources += sorted(seeds.glob("*.txt"))
    texts = [(p.name, p.read_bytes()) for p in sources]
    for i in range(count):
        name, data = texts[i % len(texts)]
        folder = landing / f"batch_{i // 1000:03d}"
        folder.mkdir(parents=True, exist_ok=True)
        # a trailing line makes each copy a distinct file without changing what it reports
        (folder / f"{i:06d}_{name}").write_bytes(data + f"\n（副本 {i}）\n".encode())


def main() -> None:
    import dagster as dg

    from orchestration.definitions import build_definitions
    from orchestration.settings import Settings

    numbers = [a for a in sys.argv[1:] if not a.startswith("--")]
    count = int(numbers[0]) if numbers else 3000
    with tempfile.TemporaryDirectory() as tmp:
        landing, warehouse = Path(tmp) / "landing", Path(tmp) / "warehouse"
        started = time.perf_counter()
        (write_corpus_season if "--corpus" in sys.argv else write_season)(landing, count)
        print(f"wrote {count} files in {time.perf_counter() - started:.1f} s")
        settings = Settings(landing, warehouse, os.cpu_count() or 1)
        job = build_definitions(settings).resolve_job_def("gdw_everything")
        from orchestration.defs.partitions import all_years_tags

        attempts = [("first run, every year", {"tags": all_years_tags()}),
                    ("second run, every year (nothing changed)", {"tags": all_years_tags()}),
                    ("one year (2020, nothing changed)", {"partition_key": "2020"})]
        for attempt, how in attempts:
            instance = dg.DagsterInstance.ephemeral()
            started = time.perf_counter()
            result = job.execute_in_process(instance=instance, raise_on_error=False, **how)
            total = time.perf_counter() - started
            print(f"\n{attempt}: success={result.success}, {total:.1f} s wall, {count / total:.0f} files/s end to end")
            steps = instance.get_records_for_run(result.run_id).records
            starts: dict[str, float] = {}
            for record in steps:
                event = record.event_log_entry
                if event.dagster_event is None or event.step_key is None:
                    continue
                kind = event.dagster_event.event_type_value
                if kind == "STEP_START":
                    starts[event.step_key] = event.timestamp
                elif kind in ("STEP_SUCCESS", "STEP_FAILURE") and event.step_key in starts:
                    print(f"  {event.step_key:<45} {event.timestamp - starts[event.step_key]:7.2f} s")
            parsed = next(m for m in result.get_asset_materialization_events()
                      if m.asset_key == dg.AssetKey(["parsing", "parsed_reports"])).materialization.metadata
            print(f"  parsed now {parsed['parsed_now'].value}, unchanged {parsed['unchanged_not_parsed'].value}, "
                  f"parse rate {parsed['files_per_second'].value} files/s")
        peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        children = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
        print(f"\npeak memory: {peak:.0f} MiB (this process), {children:.0f} MiB (largest child: parser or dbt)")
        size = (warehouse / "gdw.duckdb").stat().st_size / 2**20
        print(f"warehouse file: {size:.0f} MiB for {count} reports")


if __name__ == "__main__":
    main()
