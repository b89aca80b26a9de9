"""Fuzz table 4 under LibreOffice's header a glyph a line (its columns narrow), a row whose blank cells print
nothing (review_table._reviews_by_pipe_cells_of_stacks, _reviews_from_the_left_edge): made-up pages of known truth,
wrong and unknown cells counted.

    .venv/bin/python benchmarks/fuzz_lo_review_glyph_stacks.py [--pages N] [--seed S] [--show K] [--layout md|layout]

`md`: markitdown's pipe grid, the fifteen columns shared by pipe cells of one to three columns each (at random), each
pipe cell holding its columns' glyphs line by line and their figures (ASCII or full-width, a space apart); on some
pages one full-width figure wrapped, its last digit on a plain line after the table.
`layout`: `pdftotext -layout`, LibreOffice's header a glyph a line (test_layout_reviews) and figures at their columns' glyphs (full-width)
or drifted left (ASCII: the first at the line's start, the others closer together), a space at least between two.
Each proceeding's total its outcomes' sum (on some pages, not); a blank cell prints nothing, or on some pages a mark.
A wrong cell: `value` or `recovered` and not the truth, or `blank` where a figure is."""

from __future__ import annotations

import argparse
import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks.fuzz_lo_review_wrapped import counted_pages
from orchestration.parsing.parse import parse_text
from orchestration.parsing.record import ParsedReport
from testkit.corpus import FULL_WIDTH_DIGITS as WIDE
from tests.unit.test_layout_reviews import GLYPH_A_LINE_HEADER, with_table_4
from tests.unit.test_markitdown_review_grid import table_4

WORDS = ("结果维持", "结果纠正", "其他结果", "尚未审结", "总计")
LAYOUT_COLUMNS = (0, 3, 9, 13, 17, 21, 24, 26, 29, 33, 37, 40, 43, 47, 51)  # GLYPH_A_LINE_HEADER's glyph stacks


def truth_of(rng: random.Random) -> list[int | None]:
    truth: list[int | None] = []
    for _ in range(3):  # the proceedings
        outcomes = [rng.choice([None, None, 0, rng.randint(1, 9), rng.randint(1, 40)]) for _ in range(4)]
        total = sum(v or 0 for v in outcomes)
        if rng.random() < 0.1:
            total += rng.randint(1, 5)  # a report whose total is off
        truth += [*outcomes, None if all(v is None for v in outcomes) and rng.random() < 0.7 else total]
    return truth


def printed(value: int | None, wide: bool, mark: str) -> str:
    return mark if value is None else str(value).translate(WIDE) if wide else str(value)


def markdown_page(rng: random.Random, truth: list[int | None]) -> list[str]:
    """The table's pipe lines: the columns cut into pipe cells of one to three columns."""
    groups, start = [], 0
    while start < len(truth):
        size = min(rng.randint(1, 3), len(truth) - start)
        groups.append(range(start, start + size))
        start += size
    wide, mark = rng.random() < 0.5, rng.choice(["", "", "—"])
    top = [0] * 5 + [1] * 10  # the litigation's words a line lower, under their proceeding's name
    lines = []
    for line in range(5):
        lines.append(["" if not (words := [WORDS[c % 5][line - top[c]] for c in group
                                           if 0 <= line - top[c] < len(WORDS[c % 5])]) else " ".join(words)
                      for group in groups])
    names = [""] * len(groups)
    names[0] = "行政复议"
    names[next(i for i, g in enumerate(groups) if 5 in g)] += " 行政诉讼"
    texts = [printed(value, wide, mark) for value in truth]
    wrapped = [c for c, value in enumerate(truth) if wide and value is not None and value >= 10]
    rest = []
    if wrapped and rng.random() < 0.5:  # a full-width figure wrapped in its narrow column, its last digit below
        c = rng.choice(wrapped)
        texts[c], rest = texts[c][:-1], [texts[c][-1]]
    row = [" ".join(text for c in group if (text := texts[c])) for group in groups]

    def pipe(cells: list[str]) -> str:
        return "| " + " | ".join(cells) + " |"
    return [pipe(names), pipe(["---"] * len(groups)), *map(pipe, lines), pipe(row), *rest]


def layout_page(rng: random.Random, truth: list[int | None]) -> list[str]:
    """The table's lines after the header: full-width figures at their columns, or ASCII ones drifted left."""
    wide, mark = rng.random() < 0.5, rng.choice(["", "", "—"])
    texts = [(c, text) for c, value in enumerate(truth) if (text := printed(value, wide, mark))]
    out = ""
    for c, text in texts:
        at = LAYOUT_COLUMNS[c] if wide else int(LAYOUT_COLUMNS[c] * rng.uniform(0.55, 0.8))
        at = max(at, len(out) + 1) if out else (at if wide or c else 0)
        out += " " * (at - len(out)) + text
    return [*GLYPH_A_LINE_HEADER, out]


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--pages", type=int, default=1000)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--show", type=int, default=3)
    parser.add_argument("--layout", choices=("md", "layout"), default="md")
    args = parser.parse_args()
    rng = random.Random(args.seed)

    def read_one() -> tuple[list[str], dict, ParsedReport]:
        truth = truth_of(rng)
        if args.layout == "md":
            lines = markdown_page(rng, truth)
            return lines, truth, parse_text(table_4(*lines), "t.md")
        lines = layout_page(rng, truth)
        return lines, truth, parse_text(with_table_4(lines), "layout.txt")

    counts = counted_pages(args.pages, args.show, read_one)
    print(f"{args.pages} pages ({args.layout}): " + ", ".join(f"{k} {v}" for k, v in sorted(counts.items())))


if __name__ == "__main__":
    main()
