"""Benchmark: the parser's accuracy and speed on a labeled corpus, per layout.

    .venv/bin/python benchmarks/parser_accuracy.py [N] [--seed S] [--keep DIR]     (default N=2000)

Writes N documents with `testkit.corpus` (every layout: text renditions, HTML in UTF-8/GBK with and
without a declared charset, DOCX, PDF; both templates; noise), scores the parser against their
truth as `gdw eval` does, and prints the per-layout table (cell accuracy, documents fully right,
wrong and *silent* wrong cells, unknown and recovered cells) and the parse speed per format on one
core (files/s and ms per report, parsing from bytes in memory, rules not included).
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def main() -> None:
    from orchestration.core.evaluation import evaluate_corpus, examples, format_table
    from orchestration.parsing.parse import parse_bytes
    from testkit.corpus import write_corpus

    parser = argparse.ArgumentParser()
    parser.add_argument("count", nargs="?", type=int, default=2000)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--keep", help="write the corpus here and keep it")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(args.keep or tmp)
        started = time.perf_counter()
        paths = write_corpus(folder, args.count, args.seed)
        print(f"wrote {len(paths)} documents in {time.perf_counter() - started:.1f} s to {folder}\n")
        started = time.perf_counter()
        scores = evaluate_corpus(folder)
        print(format_table(scores))
        print(f"(scored in {time.perf_counter() - started:.1f} s)")
        wrong = examples(scores, 15)
        if wrong:
            print("\nwrong cells (silent first):\n  " + "\n  ".join(wrong))
        print("\nparse speed on one core (bytes in memory, rules not included):")
        timings: dict[str, list[float]] = defaultdict(list)
        for path in paths:
            layout = path.stem.split("_", 1)[1]
            data = path.read_bytes()
            started = time.perf_counter()
            parse_bytes(data, path.name)
            timings[layout].append(time.perf_counter() - started)
        for layout, seconds in timings.items():
            total = sum(seconds)
            print(f"  {layout:<20} {len(seconds):>5} files  {len(seconds) / total:>8.1f} files/s  "
                  f"{1000 * total / len(seconds):>7.2f} ms/report")


if __name__ == "__main__":
    main()
