"""Benchmark: the instructions a parse costs per layout, counted by valgrind's callgrind, which no
other process on the machine and no machine's speed changes (clock and CPU time on a shared
machine move ±20% between two runs of the same code). Slow (valgrind runs Python ~50 times slower):
give it a few files per layout.

    .venv/bin/python benchmarks/parse_instructions.py FOLDER_OR_GLOB [...] [--per-layout N] [--root WORKTREE]

Every file is parsed once untimed (as `parse_speed.py` warms the caches), then each layout's files
once more inside `itertools.starmap`, the one C function the parser never calls: callgrind collects
only inside it (`--toggle-collect`) and writes one count per layout (`--dump-after`). Printed: the
instructions a report per layout, in millions. `--root` counts another worktree's parser, for an
A/B of two versions that is exact (PYTHONHASHSEED fixed).
"""

from __future__ import annotations

import argparse
import itertools
import os
import re
import subprocess
import sys
import tempfile
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("inputs", nargs="+", help="folders (every file below them) or glob patterns")
    parser.add_argument("--per-layout", type=int, default=6, help="the first N files of each layout")
    parser.add_argument("--root", type=Path, default=ROOT, help="the worktree whose parser is counted")
    parser.add_argument("--inner", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.inner:
        inner(args)
        return
    with tempfile.TemporaryDirectory() as folder:
        out = Path(folder) / "callgrind.out"
        command = ["valgrind", "--tool=callgrind", "--toggle-collect=starmap_next", "--dump-after=starmap_next",
                   f"--callgrind-out-file={out}", sys.executable, __file__, *args.inputs, "--inner",
                   "--per-layout", str(args.per_layout), "--root", str(args.root)]
        result = subprocess.run(command, check=False, capture_output=True, text=True, env={**os.environ, "PYTHONHASHSEED": "0"})
        layouts = [line.split("\t") for line in result.stdout.splitlines() if "\t" in line]
        # starmap_next is entered twice a layout (its item, then the end): every other dump is the layout's
        dumps = sorted(Path(folder).glob("callgrind.out.*"), key=lambda p: int(p.name.rsplit(".", 1)[1]))[::2]
        if result.returncode or len(dumps) < len(layouts):
            raise SystemExit(result.stderr[-3000:])
        print(f"  parser of {args.root.resolve()}; instructions (callgrind), PYTHONHASHSEED=0")
        for (layout, count), dump in zip(layouts, dumps):
            total = int(re.search(r"^totals: (\d+)", dump.read_text(), re.MULTILINE).group(1))
            print(f"  {layout:<22} {int(count):>5} files  {total / int(count) / 1e6:>8.2f} M instructions/report")


def inner(args) -> None:
    sys.path.insert(0, str(args.root.resolve()))
    sys.path.insert(1, str(ROOT / "benchmarks"))
    from parse_speed import files_of, layout_of

    from orchestration.core.pool import WorkerHeap
    from orchestration.parsing.parse import parse_bytes

    heap = WorkerHeap()
    by_layout: dict[str, list[tuple[str, bytes]]] = defaultdict(list)
    for path in files_of(args.inputs):
        if len(by_layout[layout_of(path)]) < args.per_layout:
            by_layout[layout_of(path)].append((path.name, path.read_bytes()))
    for files in by_layout.values():
        for name, data in files:
            parse_bytes(data, name)
            heap.after_item()

    def parse_all(files: list[tuple[str, bytes]]) -> None:
        for name, data in files:
            parse_bytes(data, name)

    for layout, files in sorted(by_layout.items()):
        list(itertools.starmap(parse_all, [(files,)]))
        print(f"{layout}\t{len(files)}", flush=True)


if __name__ == "__main__":
    main()
