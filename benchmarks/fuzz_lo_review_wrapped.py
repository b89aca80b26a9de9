"""Fuzz `pdftotext -layout` of LibreOffice's table 4 in narrow columns with one figure wrapped in its cell
(review_table._wrapped_figure_set_apart): made-up pages of known truth, wrong cells counted.

    .venv/bin/python benchmarks/fuzz_lo_review_wrapped.py [--pages N] [--seed S] [--show K]

Each page: the 2021 template's table 4 under LibreOffice's header (a glyph a line), fifteen full-width figures in
the columns of r41 000161's rendition, each proceeding's total its outcomes' sum (or, on some pages, not), blank
cells printing a mark or nothing; one figure of two or three digits wraps in its cell, its first glyphs on the
row's line (in its column, or glued to the word before it, as poppler sets the wrapped cell's block), the rest on
the next line under them; on some pages with no figure wrapped, digits of no cell under the row. A wrong cell:
`value` or `recovered` and not the truth, or `blank` where a figure is."""

from __future__ import annotations

import argparse
import random
import sys
from collections import Counter
from collections.abc import Callable
from decimal import Decimal
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from orchestration.parsing.parse import parse_text
from orchestration.parsing.record import ParsedReport
from testkit.corpus import FULL_WIDTH_DIGITS as WIDE
from tests.unit.test_layout_review_wrapped_apart import HEADER
from tests.unit.test_layout_reviews import with_table_4
from tests.unit.test_reader_classes import OUTCOMES

COLUMNS = (0, 5, 9, 13, 17, 21, 24, 26, 29, 33, 37, 40, 43, 47, 51)
PROCEEDINGS = ("administrative_review", "litigation_direct", "litigation_after_review")


def wide(text: str) -> str:
    return text.translate(WIDE)


def page(rng: random.Random) -> tuple[list[str], list[int | None]]:
    """The table's lines after its header and the truth, in the template's order (None: blank)."""
    truth: list[int | None] = []
    for _ in PROCEEDINGS:
        outcomes = [rng.choice([None, 0, rng.randint(1, 9), rng.randint(1, 40)]) for _ in range(4)]
        total = sum(v or 0 for v in outcomes)
        if rng.random() < 0.1:
            total += rng.randint(1, 5)  # a report whose total is off
        truth += [*outcomes, None if all(v is None for v in outcomes) and rng.random() < 0.5 else total]
    wrapped_at = rng.choice([c for c, v in enumerate(truth) if v is not None and v >= 10] or [None])
    blank_print = rng.choice(["", "／"])  # a blank cell prints nothing or a mark (a 0 is a figure)
    line: list[tuple[int, str]] = []
    rest = None
    for c, value in enumerate(truth):
        text = blank_print if value is None else wide(str(value))
        if c == wrapped_at:
            cut = rng.randint(1, len(text) - 1)
            start = COLUMNS[c]
            if line and rng.random() < 0.7:
                start = line[-1][0] + len(line[-1][1])  # glued to the word before it
            line.append((start, text[:cut]))
            rest = (start, text[cut:])
        elif text:
            line.append((COLUMNS[c], text))
    out = ""
    for column, text in line:
        out += " " * max(column - len(out), 0) + text
    lines = [out]
    if rest is not None:
        lines.append(" " * rest[0] + rest[1])
    elif rng.random() < 0.5:  # digits of no cell under the row (a page's number, a note's mark)
        lines.append(" " * rng.randint(0, COLUMNS[-1]) + wide(str(rng.randint(1, 30))))
    return lines, truth


def wrong_review_cells(report, truth: list[int | None], counts: Counter[str]) -> list[tuple]:
    """Table 4's wrong cells against the truth (the template's order, None blank): `value` or `recovered` and not the
    truth, or `blank` where a figure is; each cell's state and the wrong ones counted in `counts`."""
    cells = {(c.row, c.column): c for c in report.cells if c.table == "reviews"}
    wrong = []
    for (proceeding, outcome), expected in zip([(p, o) for p in PROCEEDINGS for o in OUTCOMES], truth, strict=True):
        cell = cells[(proceeding, outcome)]
        counts[cell.state] += 1
        if (cell.state in ("value", "recovered") and cell.value != (None if expected is None else Decimal(expected))) \
                or (cell.state == "blank" and expected is not None):
            wrong.append((proceeding, outcome, cell.state, cell.value, expected))
    counts["wrong"] += len(wrong)
    return wrong


def counted_pages(pages: int, show: int, read_one: Callable[[], tuple[list[str], dict, ParsedReport]],
                  also: Callable[[ParsedReport], dict[str, int]] = lambda report: {}) -> Counter[str]:
    """The cells of `pages` made-up pages counted by state and wrong (`wrong_review_cells`), each page as `read_one`
    makes and reads it (its lines, its truth, the report); `also`: further counts of a report. The first `show`
    pages with a wrong cell are printed."""
    counts: Counter[str] = Counter()
    shown = 0
    for _ in range(pages):
        lines, truth, report = read_one()
        wrong = wrong_review_cells(report, truth, counts)
        counts.update(also(report))
        if wrong and shown < show:
            shown += 1
            print("\n".join(lines), truth, wrong, sep="\n", end="\n\n")
    return counts


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--pages", type=int, default=2000)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--show", type=int, default=3)
    args = parser.parse_args()
    rng = random.Random(args.seed)

    def read_one() -> tuple[list[str], dict, ParsedReport]:
        lines, truth = page(rng)
        return lines, truth, parse_text(with_table_4([*HEADER, *lines]), "layout.txt")

    counts = counted_pages(args.pages, args.show, read_one, lambda report: {"pages with the rule": any(
        "wrapped in its narrow column" in w.message for w in report.warnings)})
    print(f"{args.pages} pages: " + ", ".join(f"{k} {v}" for k, v in sorted(counts.items())))


if __name__ == "__main__":
    main()
