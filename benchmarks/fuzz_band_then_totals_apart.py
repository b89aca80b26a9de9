"""Made-up table 3s of mostly zeros as plain `pdftotext` writes Chromium's PDF when the first row is a band of
its own (written whole, a block a column, before the next row's label), the rows after it write their first
column beside their labels and the others in column chunks of random sizes, the total column of one or two
chunks set after all the others (at the table's end or past table 4's heading). Read by the parser and scored
against the table written: the check for silent wrong cells in the band-then-totals-apart reading
(chunks.py's `pages` with `last_apart`).

    .venv/bin/python benchmarks/fuzz_band_then_totals_apart.py SEED COUNT [--show]

prints `wrong W unknown U read R files N worst S` (wrong: cells read, not unknown, whose value is not the
table's; read: files whose chunked cells were all read; worst: the most CPU seconds one file took). The
text is written by tests/unit/test_plain_band_then_totals_apart.py's `plain_text`, the table by
plain_chunks_fuzz.py's `table`.
"""

from __future__ import annotations

import argparse
import random
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from plain_chunks_fuzz import table

from orchestration.parsing.cells import UNKNOWN
from orchestration.parsing.parse import parse_text
from tests.unit.test_plain_band_then_totals_apart import KEYS, plain_text
from tests.unit.test_reader_classes import applications_of


def chunk_sizes(rng: random.Random, rows: int) -> list[int]:
    sizes, left = [], rows
    while left:
        sizes.append(min(left, rng.choice([1, 1, 1, 2, 3, 4, 5, 13])))
        left -= sizes[-1]
    return sizes


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("seed", type=int)
    parser.add_argument("count", type=int)
    parser.add_argument("--show", action="store_true", help="print each wrong cell")
    arguments = parser.parse_args()
    rng = random.Random(arguments.seed)
    wrong = unknown = read_whole = 0
    worst = 0.0
    for case in range(arguments.count):
        made = table(rng, KEYS)
        figures = [made[key] for key in KEYS]
        sizes = chunk_sizes(rng, len(KEYS) - 1)
        apart = set(rng.sample(range(len(sizes)), min(len(sizes), rng.choice([1, 1, 2]))))
        text = plain_text(figures, apart_past_the_heading=rng.random() < 0.5, chunks=sizes, apart=apart)
        started = time.process_time()
        read = applications_of(parse_text(text, "plain.txt"))
        worst = max(worst, time.process_time() - started)
        whole = True
        for key, want in zip(KEYS, figures):
            for column, (cell, value) in enumerate(zip(read[key], want)):
                if cell.state == UNKNOWN:
                    unknown += 1
                    whole = whole and column == 0
                elif cell.value is None and value == 0 or cell.value == value:
                    continue
                else:
                    wrong += 1
                    if arguments.show:
                        print(f"case {case} {key} {column}: read {cell.value} ({cell.state}), written {value}; "
                              f"chunks {sizes} apart {sorted(apart)}")
        read_whole += whole
    print(f"wrong {wrong} unknown {unknown} read {read_whole} files {arguments.count} worst {worst:.2f}")


if __name__ == "__main__":
    main()
