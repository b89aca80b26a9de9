"""Made-up table 4s in plain `pdftotext` of Chromium's print: its figures in poppler blocks an empty line apart,
most a figure each, some two (a line of both, or a line each), in the table's order (the premise of the reader's
chunks: figures in any order prove nothing), the litigations' header lines after a random block, and with
`--stray` sometimes a stray figure among them (a page's number). Read by the parser and scored against the table
written: the check that no empty line is read as a blank cell and no figure lands a cell off.

    .venv/bin/python benchmarks/fuzz_plain_review_blocks.py [--seed S] [--count N] [--stray] [--show]

prints `tables N cells C right R unknown U wrong W` (wrong: cells read, not unknown, whose value is not the
table's). The text is written by tests/unit/test_plain_review_figures_a_block_each.py's `chromium_blocks_page`.
"""

from __future__ import annotations

import argparse
import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from orchestration.parsing.parse import parse_text
from tests.unit.test_plain_review_figures_a_block_each import chromium_blocks_page, reviews_of
from tests.unit.test_reader_classes import OUTCOMES, PROCEEDINGS


def reviews(rng: random.Random) -> list[int]:
    """Three proceedings of four outcomes and their total, mostly zeros."""
    figures: list[int] = []
    for _ in PROCEEDINGS:
        parts = [rng.choice([0, 0, 0, 0, 1, 2, 3, 5, 12]) for _ in range(4)]
        figures += [*parts, sum(parts)]
    return figures


def blocks_of(rng: random.Random, figures: list[int], stray: bool) -> list[str]:
    """The figures as poppler's blocks: one or two a block, two on a line or a line each."""
    order = list(figures)
    if stray and rng.random() < 0.3:
        order.insert(rng.randrange(len(order) + 1), rng.randint(1, 9))  # a page's number among them
    blocks, at = [], 0
    while at < len(order):
        if at + 1 < len(order) and rng.random() < 0.25:
            blocks.append(f"{order[at]}{rng.choice([' ', chr(10)])}{order[at + 1]}")
            at += 2
        else:
            blocks.append(str(order[at]))
            at += 1
    return blocks


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--count", type=int, default=300)
    parser.add_argument("--stray", action="store_true", help="sometimes a page's number among the figures")
    parser.add_argument("--show", action="store_true")
    args = parser.parse_args()
    rng = random.Random(args.seed)
    cells = right = unknown = wrong = 0
    keys = [(proceeding, outcome) for proceeding in PROCEEDINGS for outcome in OUTCOMES]
    for _ in range(args.count):
        figures = reviews(rng)
        blocks = blocks_of(rng, figures, args.stray)
        text = chromium_blocks_page(blocks, rng.randint(1, len(blocks)))
        read = reviews_of(parse_text(text, "report_pdftotext_plain.txt"))
        for key, value in zip(keys, figures, strict=True):
            state, got = read.get(key, ("unknown", None))
            cells += 1
            if state == "unknown":
                unknown += 1
            elif got is not None and got == value:
                right += 1
            else:
                wrong += 1
                if args.show:
                    print("wrong", key, state, got, "truth", value, blocks)
    print(f"tables {args.count} cells {cells} right {right} unknown {unknown} wrong {wrong}")


if __name__ == "__main__":
    main()
