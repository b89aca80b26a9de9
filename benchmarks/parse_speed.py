"""Benchmark: parse speed per layout on reports already written (a `testkit.corpus` folder, the
seeds, the samples), without writing a corpus first, so that two versions of the parser can be
timed on the same files one after the other.

    .venv/bin/python benchmarks/parse_speed.py FOLDER_OR_GLOB [...] [--repeat R] [--root WORKTREE]

Each file is parsed once to warm the caches, then R times (default 5) from bytes in memory; the
best of the R rounds per file is kept (the machine is shared: the best round is the least
disturbed). Times are CPU time (`time.process_time`), which other processes on a shared machine
disturb far less than the clock; `--wall` times by the clock instead. The layout is what follows
`000012_` in a corpus file's name, else the file's folder and suffix.

A machine's speed is not the code's: the same parser ran 30-90% slower on a later, busier machine.
So the benchmark also times a fixed pure-Python workload (`calibrate()`: integer loops, string
splits, dict counts and a regex over CJK lines, the parser's kind of work), the best of several
rounds before and after the parses, and prints it beside the results together with a normalised
figure: ms a report ÷ the calibration's seconds, a report's cost in thousandths of the workload,
which two machines can compare. It corrects for a machine's speed, not for other processes sharing
its cores: those slow the parser's memory-heavy work more than the workload's (25 rounds in one
process on the shared 2-core machine: parse and calibration times correlated 0.3, and the ratio
varied more than the parse time alone). For two versions of the code on a shared machine, count
instructions (`parse_instructions.py`), or alternate them (A/B) and keep the best of several runs.
`--root WORKTREE` times the parser of another worktree (a detached checkout of an old commit) with
this script, so that two versions are timed by the same code.

A file parsed again finds in the parser's caches every line it holds, which a season's next report
does not. `--once` times each file once instead, in CPU time (less disturbed by other processes
than the clock), after parsing the files of `--warm FOLDER` (another corpus) so that only what is
shared between reports, the template's labels and cells, is cached: the speed of a season.

The cycle collector runs as in a parse worker (`orchestration.core.pool.WorkerHeap`: the heap
frozen now and then after a parse, untimed, and a young generation of 10,000 objects);
`--default-gc` leaves Python's defaults, as a process that is no parse worker has them.

`--profile N` prints the N functions of most own time over the timed parses (cProfile).
`--extract` also times the format reader alone (`extract()`: the file's bytes to the text the
parser reads), in the same way, and prints it beside the whole parse: the part of a DOCX's or a
PDF's cost that is its reader.
"""

from __future__ import annotations

import argparse
import cProfile
import glob
import pstats
import re
import sys
import time
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

CALIBRATION_ROUNDS = 5


def calibrate(rounds: int = CALIBRATION_ROUNDS) -> float:
    """The CPU seconds of a fixed pure-Python workload, the best of `rounds`: what this machine
    (and its load now) makes of the parser's kind of work, the same for every version of it."""
    lines = [f"（{i % 7}）申请人数 {i * 37 % 1000}  {i * 11 % 97}  —  {i % 13}" for i in range(6000)]
    digits = re.compile(r"\d+")
    best = float("inf")
    for _ in range(rounds):
        started = time.process_time()
        total = 0
        for i in range(1_000_000):
            total += i
        counts: dict[str, int] = {}
        for line in lines:
            for word in line.split():
                counts[word] = counts.get(word, 0) + 1
            total += sum(int(found) for found in digits.findall(line))
        total += len(sorted(counts, key=counts.__getitem__))
        best = min(best, time.process_time() - started)
    return best


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("inputs", nargs="+", help="folders (every file below them) or glob patterns")
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--once", action="store_true", help="each file once, in CPU time (a season's speed)")
    parser.add_argument("--warm", action="append", default=[], help="with --once: parse these first, untimed")
    parser.add_argument("--profile", type=int, metavar="N", default=0,
                        help="print the N functions of most own time (cProfile) over the timed parses")
    parser.add_argument("--extract", action="store_true", help="also time the format reader alone")
    parser.add_argument("--default-gc", action="store_true",
                        help="Python's default cycle collector, not the parse worker's settings")
    parser.add_argument("--wall", action="store_true", help="time by the clock, not in CPU time")
    parser.add_argument("--root", type=Path, default=ROOT,
                        help="the worktree whose parser is timed (default: this script's)")
    args = parser.parse_args()
    sys.path.insert(0, str(args.root.resolve()))
    from orchestration.core.pool import WorkerHeap
    from orchestration.parsing.formats import FormatProblem, extract
    from orchestration.parsing.parse import parse_bytes

    if not Path(sys.modules["orchestration"].__file__).is_relative_to(args.root.resolve()):
        raise SystemExit(f"the parser imported is not {args.root}'s")
    calibration = calibrate()

    heap = None if args.default_gc else WorkerHeap()
    profiler = cProfile.Profile() if args.profile else None
    for path in files_of(args.warm):
        parse_bytes(path.read_bytes(), path.name)
        if heap:
            heap.after_item()
    timings: dict[str, list[float]] = defaultdict(list)
    readers: dict[str, list[float]] = defaultdict(list)
    clock = time.perf_counter if args.wall and not args.once else time.process_time

    def read(data: bytes) -> None:
        try:
            extract(data)
        except FormatProblem:
            pass  # timed all the same: a refused file costs its reader too

    for path in files_of(args.inputs):
        data = path.read_bytes()
        layout = layout_of(path)
        if args.extract:
            if not args.once:
                read(data)
            rounds = []
            for _ in range(1 if args.once else args.repeat):
                started = clock()
                read(data)
                rounds.append(clock() - started)
            readers[layout].append(min(rounds))
        if not args.once:
            parse_bytes(data, path.name)
        if profiler:
            profiler.enable()
        if args.once:
            started = time.process_time()
            parse_bytes(data, path.name)
            rounds = [time.process_time() - started]
        else:
            rounds = []
            for _ in range(args.repeat):
                started = clock()
                parse_bytes(data, path.name)
                rounds.append(clock() - started)
        if profiler:
            profiler.disable()
        timings[layout].append(min(rounds))
        if heap:
            heap.after_item()
    calibration = min(calibration, calibrate())
    print(f"  parser of {args.root.resolve()}; {'clock' if clock is time.perf_counter else 'CPU'} time")
    print(f"  calibration {1000 * calibration:.1f} ms CPU (a fixed pure-Python workload, best of "
          f"{2 * CALIBRATION_ROUNDS} before and after); norm = ms/report ÷ calibration s")
    for layout, seconds in sorted(timings.items()):
        total = sum(seconds)
        per_report = 1000 * total / len(seconds)
        reader = f"  {1000 * sum(readers[layout]) / len(seconds):>7.2f} ms its reader alone" if args.extract else ""
        print(f"  {layout:<22} {len(seconds):>5} files  {len(seconds) / total:>8.1f} files/s  "
              f"{per_report:>7.2f} ms/report  {per_report / calibration:>6.1f} norm{reader}")
    if profiler:
        pstats.Stats(profiler).sort_stats("tottime").print_stats(args.profile)


def layout_of(path: Path) -> str:
    """`txt-tabs` for a corpus file `000012_txt-tabs.txt`; else its folder and suffix (a season's
    files are named by agency)."""
    corpus_layout = re.fullmatch(r"\d{6}_([a-z0-9-]+)", path.stem)
    return corpus_layout.group(1) if corpus_layout else f"{path.parent.name}/*{path.suffix}"


def files_of(inputs: list[str]) -> list[Path]:
    paths: list[Path] = []
    for given in inputs:
        folder = Path(given)
        paths.extend(sorted(p for p in folder.rglob("*") if p.is_file() and not p.name.endswith(".truth.json"))
                     if folder.is_dir() else sorted(Path(p) for p in glob.glob(given)))
    return paths


if __name__ == "__main__":
    main()
