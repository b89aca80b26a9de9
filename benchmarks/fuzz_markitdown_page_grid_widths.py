"""Fuzz of markitdown's grid of a PDF page (table 3) where a row's figures are wider or narrower than its page's full
rows' (pipe_full_rows.py): made-up tables that keep every rule, laid out as a PDF's table and cut into markitdown's
pipe cells, read back; counts the cells read wrong (a value or blank that is not the truth).

    .venv/bin/python benchmarks/fuzz_markitdown_page_grid_widths.py [--count N] [--start S] [--show K]

The model: each column of the page's table has a left edge, a width and an alignment (left, centred or right, one a
column); a word's left edge follows from them and its width (a digit or a half-width mark one unit, a full-width
mark two). markitdown sets one grid of pipe cells a page at bounds rising left to right, neighbouring columns
sharing a cell now and then, and puts each word in the last cell whose bound is at or left of the word's left edge:
a wide figure in a right-aligned or centred column may fall in the cell before its column's. Most rows print a mark
for a blank (full rows); some print nothing for it (short rows: the truth of such a blank is a blank). A cell the
reader leaves unknown is never wrong. (md42.)

`--page-break`: the table goes on over a page, at a row drawn at random: markitdown starts a new pipe table there (an
empty line, the page's first row, its rule) on the page's own grid, its bounds drawn anew over the same columns, so
a pipe cell of one page may hold other columns than the same cell of the other. (mdgrid49.)
"""

from __future__ import annotations

import argparse
import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.fuzz_markitdown import COLUMNS, KEYS, pipe, table
from orchestration.parsing.parse import parse_text
from tests.unit.test_converted_markdown import LABELS_2021, report

# the header's names on lines of their own, as markitdown writes a header too sparse for its grid
TEXT_HEADER = "申请人情况\n自然人 法人或其他组织 总计\n商业企业 科研机构 社会公益组织 法律服务机构 其他"


def word_width(word: str) -> int:
    return sum(2 if ord(char) > 0xFF else 1 for char in word)


def layout(rng: random.Random, columns: int) -> tuple[list[tuple[float, float, str]], list[float]]:
    """Each column's (left edge, width, alignment), and the page grid's cell bounds (a cell a column, or two
    neighbouring columns sharing one)."""
    placed, x = [], 0.0
    for _ in range(columns):
        size = rng.choice([3.0, 4.0, 5.0, 6.0])
        placed.append((x, size, rng.choice(["left", "centre", "right"])))
        x += size + rng.choice([0.5, 1.0, 2.0])
    return placed, page_bounds(rng, placed)


def page_bounds(rng: random.Random, placed: list[tuple[float, float, str]]) -> list[float]:
    """A page grid's cell bounds over the table's columns `placed`."""
    bounds = [placed[0][0] - 10]  # the first cell takes every word left of the second bound
    for column in range(1, len(placed)):
        if rng.random() < 0.35:
            continue  # shares the cell before it
        # at the left edges of the page's words, as markitdown clusters them: a one-digit figure's, less a little
        bounds.append(left_edge(placed[column], "0") - rng.choice([0.0, 0.4, 0.8, 1.5]))
    return bounds


def left_edge(column: tuple[float, float, str], word: str) -> float:
    start, size, alignment = column
    room = size - word_width(word)
    return start + (0 if alignment == "left" else room / 2 if alignment == "centre" else room)


def run(seed: int, page_break: bool = False, cut_header: bool = False) -> tuple[list[tuple], int, int, str]:
    rng = random.Random(seed)
    t = table(rng, natural=rng.choice([(1, 9), (5, 60), (50, 400)]))
    cut = rng.random() < 0.3
    width = 6 if cut else 7
    mark = rng.choice(["-", "/", "—"])
    columns, bounds = layout(rng, width)
    nothing = rng.choice([0.1, 0.2, 0.4])  # the share of rows whose blanks print nothing
    rows, truth = {}, {}
    next_page = rng.randrange(3, len(KEYS) - 2) if page_break else None  # the next page's first row (None: none)
    for at, key in enumerate(KEYS):
        if at == next_page:
            bounds = page_bounds(rng, columns)  # that page's grid over the same columns
        values = t[key][:width]
        short = rng.random() < nothing
        cells: list[list[str]] = [[] for _ in bounds]
        expected: list[int | None] = [value or None for value in t[key]]
        for column, value in enumerate(values):
            if not value and short:
                continue
            word = str(value) if value else mark
            edge = left_edge(columns[column], word)
            cells[max(at for at, bound in enumerate(bounds) if bound <= edge)].append(word)
        line = pipe([LABELS_2021[key], *(" ".join(words) for words in cells)])
        rows[key] = ["", line, pipe(["---"] * (len(cells) + 1))] if at == next_page else [line]
        truth[key] = expected
    # the header's names on lines of their own: no pipe header row, nor its rule
    # (where 总计 is cut at the page's edge, its name with it)
    header = TEXT_HEADER.replace(" 总计", "") if cut and cut_header else TEXT_HEADER
    text = report(rows, header=header).replace(f"{header}\n| --- | --- | --- | --- | --- | --- | --- | --- |", header)
    wrong, right, unknown = [], 0, 0
    for cell in parse_text(text, "t.md").cells:
        if cell.table != "applications" or cell.row not in truth:
            continue
        expected = truth[cell.row][COLUMNS.index(cell.column)]
        if cell.state in ("value", "recovered", "blank"):
            if (cell.value if cell.state != "blank" else None) != expected:
                wrong.append((seed, cell.row, cell.column, cell.value, cell.state, expected))
            else:
                right += 1
        else:
            unknown += 1
    return wrong, right, unknown, text


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--count", type=int, default=300)
    parser.add_argument("--start", type=int, default=0)
    parser.add_argument("--show", type=int, default=0)
    parser.add_argument("--page-break", action="store_true", help="the table goes on over a page (module doc)")
    parser.add_argument("--cut-header", action="store_true", help="a cut 总计's name cut with it (module doc)")
    args = parser.parse_args()
    wrong, right, unknown, documents = [], 0, 0, 0
    for seed in range(args.start, args.start + args.count):
        got, r, u, text = run(seed, args.page_break, args.cut_header)
        wrong += got
        right += r
        unknown += u
        documents += bool(got)
        if got and args.show:
            args.show -= 1
            print(text, "\n", got, "\n")
    print(f"docs={args.count} start={args.start} wrong={len(wrong)} docs_with_wrong={documents} right={right} "
          f"unknown={unknown}")
    for case in wrong[:40]:
        print("  ", case)


if __name__ == "__main__":
    main()
