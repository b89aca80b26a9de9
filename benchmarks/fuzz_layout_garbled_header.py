"""Fuzz table 3 of `pdftotext -layout` whose header came out garbled so that it seems to name its first columns
only (a table cut at the page's edge), while its rows print every column: Chromium's narrow header whose two lines
of applicant names overlap (`自然 商业 科研法人或其他组织法律服务 其 总` / `人 企业 机构 社会公益` / `组织 机构 他
计`), or whose last names poppler dropped or ran into a heading. Counts the cells read wrong (a value, recovered or
blank cell that is not the truth) and unknown.

Each document is one of `fuzz_layout_sparse_full_rows` (full rows fixing each column's place, a few short rows,
figures left-aligned at their columns) with its header swapped for a garbled one (a few shapes, the names it keeps
drawn), and, now and then, a page break among the rows: the later page repeats no header and sets its lines a few
glyphs further left (its own spacing). With `--cut`, the control: the table really cut at the page's edge, every row
printing its first columns' figures only (as many as the header names), whose other cells must stay unknown: its
wrong cells are counted in those columns only (a short row's lost figure, which the sparse rows' model draws, leaves
a cell of the shown columns printing nothing, and a cut table has no total to tell it from a blank).

    .venv/bin/python benchmarks/fuzz_layout_garbled_header.py [--cut] [--count N] [--start S] [--show K]
"""

from __future__ import annotations

import argparse
import random
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from fuzz_layout_sparse_full_rows import HEADER, document
from fuzz_markitdown import COLUMNS
from fuzz_markitdown_pieces import summarize
from fuzz_stacked_glyphs import scored

NAMES = ["自然人", "商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他", "总计"]
GLUED = -1  # a word set right against the one before it (a spanning heading run into a column's word)


def packed(words: list[tuple[int, str]]) -> str:
    """One line of words, each at its place or, where the word before it reaches there, one space after it
    (`pdftotext -layout` sets each word after the glyphs before it); GLUED: right after it."""
    line = ""
    for place, word in words:
        line = line + word if place == GLUED else line.ljust(place) + word if len(line) < place else line + " " + word
    return line


def overlapped(rng: random.Random, at: list[int]) -> list[str]:
    """The two lines of names run into each other (the made-up instance's shape), Chromium's narrow header packed
    one space a word: the first pieces of every name on one line, 法人或其他组织 glued between 科研 and 法律服务,
    the rest of the names on the lines below (each line starting a glyph or so off the one above, as poppler
    squeezes each line on its own), the last under 社会公益."""
    first = at[0] + rng.randint(-2, 1)
    welfare = rng.choice(["社会公益", "社会公益", "社会公"])
    second = packed([(first + rng.randint(0, 1), "人"), (0, "企业"), (0, "机构"), (0, welfare)])
    return [packed([(at[2], "申请人情况")]),
            packed([(first, "自然"), (0, "商业"), (0, "科研"), (GLUED, "法人或其他组织"), (GLUED, "法律服务"), (0, "其"),
                    (0, "总")]),
            second,
            packed([(len(second) - len(welfare) + rng.randint(0, 2), "组织" if welfare == "社会公益" else "益组织"),
                    (0, "机构"), (0, "他"), (0, "计")])]


def names_dropped(rng: random.Random, at: list[int]) -> list[str]:
    """Whole names at their columns, the first two to five of them only, the last maybe a piece
    (`社会公益组织 法`)."""
    shown = rng.randint(2, 5)
    words = [(at[c], NAMES[c]) for c in range(shown)]
    if rng.random() < 0.5:
        words.append((at[shown], NAMES[shown][: rng.randint(1, len(NAMES[shown]) - 1)]))
    return [packed([(at[1], "申请人情况")]), packed(words)]


def wrapped_names_dropped(rng: random.Random, at: list[int]) -> list[str]:
    """Each name wrapped over two lines at its column (`商业` over `企业`), the first two to five columns only."""
    shown = rng.randint(2, 5)
    halves = [(name[: (len(name) + 1) // 2], name[(len(name) + 1) // 2:]) for name in NAMES[:shown]]
    return [packed([(at[1], "申请人情况")]), packed([(at[c], top) for c, (top, _) in enumerate(halves)]),
            packed([(at[c], bottom) for c, (_, bottom) in enumerate(halves)])]


SHAPES = [overlapped, names_dropped, wrapped_names_dropped]


def column_starts(text: str) -> list[int]:
    """Where the first row printing all seven words starts each of them: the page's columns."""
    full = next(row for line in text.split("\n")
                if (row := _ROW_LINE.fullmatch(line)) and len(row.group(2).split()) == 7)
    return [full.start(2) + word.start() for word in re.finditer(r"\S+", full.group(2))]


def garbled(text: str, rng: random.Random) -> tuple[str, int]:
    """`text` with its header swapped for a garbled one; and how many columns that header seems to show."""
    at = column_starts(text)
    shape = rng.choice(SHAPES)
    header = shape(rng, at)
    shown = 5 if shape is overlapped else max(
        index + 1 for index, name in enumerate(NAMES) if any(name[:1] in line for line in header[1:]))
    return text.replace("\n".join(HEADER[1:]), "\n".join(header)), shown


def with_a_page_break(text: str, rng: random.Random) -> str:
    """A page break before one of the rows after the third (no header repeated), the later page's lines set a few
    glyphs further left."""
    lines = text.split("\n")
    rows = [at for at, line in enumerate(lines) if _ROW_LINE.fullmatch(line)]
    if len(rows) < 5:
        return text
    cut = rng.choice(rows[3:])
    end = next(at for at, line in enumerate(lines) if line.startswith("四、"))
    shift = rng.randint(1, 4)
    for at in range(cut, end):
        lines[at] = lines[at][min(shift, len(lines[at]) - len(lines[at].lstrip())):]
    lines[cut] = "\f" + lines[cut]
    return "\n".join(lines)


def cut_at(text: str, shown: int) -> str:
    """The table cut at the page's edge where its column `shown` starts: each row's words from there on dropped."""
    edge = column_starts(text)[shown]
    return "\n".join(line[:edge].rstrip() if _ROW_LINE.fullmatch(line) else line for line in text.split("\n"))


_ROW_LINE = re.compile(r"(\f?      \S+)((?:\s+(?:\d+|-))+)\s*")


def run(seed: int, cut: bool = False) -> tuple[list[tuple], int, int]:
    rng = random.Random(seed)
    text, truth = document(rng)
    text, shown = garbled(text, rng)
    if cut:
        text = cut_at(text, shown)
    if rng.random() < 0.4:
        text = with_a_page_break(text, rng)
    wrong, right, unknown = scored(seed, text, "x_chromium_pdftotext.txt", truth)
    if cut:  # the control asks the cut columns only (see the docstring)
        wrong = [cell for cell in wrong if COLUMNS.index(cell[2]) >= shown]
    return wrong, right, unknown


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cut", action="store_true", help="the control: a table really cut at the page's edge")
    parser.add_argument("--count", type=int, default=300)
    parser.add_argument("--start", type=int, default=0)
    parser.add_argument("--show", type=int, default=5)
    args = parser.parse_args()
    summarize(lambda seed: run(seed, args.cut), args.start, args.count, args.show,
              "cut at the edge: " if args.cut else "garbled header, full rows: ")


if __name__ == "__main__":
    main()
