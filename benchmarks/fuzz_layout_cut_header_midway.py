"""Fuzz table 3 under a header cut at the page's edge, as `pdftotext -layout` writes LibreOffice's print of a web
page wider than the paper (layoutplace49): the header shows the six applicant columns' words, packed, and 总计 is
cut whole; a blank cell prints nothing; each column's figures stand up to `--reach` glyphs left of its header word's
start, the same on every row of a page (LibreOffice sets a figure from its cell's left edge, the header word centred), some
of them midway between two header words; a few rows stand a glyph further; the rows from `BREAK_BEFORE` on stand
on a page that repeats no header, whose columns stand elsewhere. The counts are drawn so that the template's
rules hold (each row's sum, APP_OUTCOME_SUM, APP_BALANCE), the natural person's column and one or two others
holding figures (a sparse table: no row prints every column).

Counts the cells read wrong (a cell not unknown whose value differs from the truth drawn; a blank read where a
figure is, or the other way, is wrong too), and the cells known and unknown.

    .venv/bin/python benchmarks/fuzz_layout_cut_header_midway.py [--cases N] [--seed S] [--show K]
"""

from __future__ import annotations

import argparse
import random
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from fuzz_column_blocks import compare, run
from fuzz_layout_page_columns import draw_truth

from orchestration.parsing.parse import parse_text
from tests.unit.test_layout_cut_total_pages import FIRST_PAGE_STARTS, LATER_PAGE_STARTS, cut_pages_text
from tests.unit.test_reader_classes import ROWS, applications_of

SHOWN = 6  # the applicant columns the header shows; 总计 cut whole


def make_case(rng: random.Random, reach: int) -> tuple[str, dict[str, list[int | None]], dict]:
    truth = draw_truth(rng, forward_blank=rng.random() < 0.3)
    # each column's figures up to `reach` glyphs left of its header word's start (or at it), the same on every row
    shifts = [-rng.randint(0, reach) for _ in range(SHOWN)]
    starts = [start + shift for start, shift in zip(FIRST_PAGE_STARTS, shifts)]
    starts = [max(start, previous + 3) for previous, start in zip([0, *starts], starts)]  # columns stay apart
    later = [start + rng.choice([0, 0, 1]) for start in LATER_PAGE_STARTS]
    nudged = set(rng.sample([key for key, _, _ in ROWS], rng.choice([0, 0, 1, 2])))  # a glyph further right
    options = {"shifts": tuple(shifts), "nudged": bool(nudged)}
    text = cut_pages_text({key: truth[key][:SHOWN] for key, _, _ in ROWS}, {}, later, starts, nudged)
    return text, truth, options


def wrong_cells(text: str, truth: dict[str, list[int | None]], counts: Counter[str]) -> list[tuple]:
    """The cells of table 3 read wrong, the cells known and unknown counted in `counts`."""
    read = applications_of(parse_text(text, "lo-html_pdftotext.txt"))
    wrong: list[tuple] = []
    for key, expected in truth.items():
        compare(zip(read.get(key, []), expected), key, wrong, counts)
    return wrong


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--cases", type=int, default=300)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--show", type=int, default=3)
    parser.add_argument("--reach", type=int, default=1, help="glyphs a column's figures may stand left of its word")
    args = parser.parse_args()
    rng = random.Random(args.seed)
    run(args.cases, args.show, lambda _: make_case(rng, args.reach), wrong_cells)


if __name__ == "__main__":
    main()
