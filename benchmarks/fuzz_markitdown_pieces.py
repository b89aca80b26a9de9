"""Fuzz of markitdown's table 3 of a Chromium PDF printing full-width digits (review18b): rows whose wrapped
figures stand on pipe rows of pieces round them (`piece_rows.join_pieces_round_rows`), beside rows of a layout
that looks alike: a row's label alone in a pipe row of empty cells, its figures on a label-less pipe row under it
(the label set at its cell's top, the figures lower). Counts the cells read wrong (a value or blank that is not
the truth); a cell left unknown is never wrong.

    .venv/bin/python benchmarks/fuzz_markitdown_pieces.py [--count N] [--start S] [--show K]

Per document, each row printed one of three ways, drawn with the document's weights: `line` (label and figures
on one pipe row), `below` (label alone, its figures on the next pipe row), `wrapped` (each figure of two digits
or more, at random, broken after its first digit: the first digits on a pipe row above, the rest below, the
row's own cells empty there). Blanks print `０` or nothing, per document.
"""

from __future__ import annotations

import argparse
import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from fuzz_markitdown import COLUMNS, KEYS, pipe, table

from orchestration.parsing.parse import parse_text
from testkit.corpus import FULL_WIDTH_DIGITS as WIDE
from tests.unit.test_converted_markdown import LABELS_2021, report

HEADER = "| （本列数据的勾稽关系） | 自然人 | 商业企业 | 科研机构 | 社会公益组织 | 法律服务机构 | 其他 | 总计 |"


def rows_of(rng: random.Random, key: str, values: list[int], how: str, zeros_print: bool) -> list[str]:
    words = [str(v).translate(WIDE) if v or zeros_print else "" for v in values]
    label = LABELS_2021[key]
    if how == "below":
        return [pipe([label, *[""] * 7]), pipe(["", *words])]
    if how == "wrapped":
        wrapped = [i for i, w in enumerate(words) if len(w) >= 2 and rng.random() < 0.7]
        if wrapped:
            top = ["" if i not in wrapped else words[i][:1] for i in range(7)]
            bottom = ["" if i not in wrapped else words[i][1:] for i in range(7)]
            own = ["" if i in wrapped else w for i, w in enumerate(words)]
            return [pipe(["", *top]), pipe([label, *own]), pipe(["", *bottom])]
    return [pipe([label, *words])]


def run(seed: int) -> tuple[list[tuple], int, int]:
    rng = random.Random(seed)
    t = table(rng)
    zeros_print = rng.random() < 0.5
    weights = [rng.choice([0, 1, 3]) for _ in range(3)]
    if not any(weights):
        weights = [1, 1, 1]
    hows = rng.choices(["line", "below", "wrapped"], weights=weights, k=len(KEYS))
    rows = {key: rows_of(rng, key, t[key], how, zeros_print) for key, how in zip(KEYS, hows)}
    truth = {key: [v if v or zeros_print else None for v in t[key]] for key in KEYS}
    return scored(parse_text(report(rows, header=HEADER), "t.md").cells, truth, seed, dict(zip(KEYS, hows)))


def scored(cells, truth: dict[str, list[int | None]], seed: int, hows: dict[str, str]) -> tuple[list[tuple], int, int]:
    """Table 3's cells against `truth` (a blank printing nothing is a blank): the cells read wrong (each with the
    seed and how its row was printed), the count right and the count unknown."""
    wrong, right, unknown = [], 0, 0
    for cell in cells:
        if cell.table != "applications" or cell.row not in truth:
            continue
        expected = truth[cell.row][COLUMNS.index(cell.column)]
        if cell.state == "unknown":
            unknown += 1
        elif (cell.value if cell.state != "blank" else None) == expected or (cell.state == "blank" and not expected):
            right += 1
        else:
            wrong.append((seed, cell.row, cell.column, cell.value, cell.state, expected, hows[cell.row]))
    return wrong, right, unknown


def main() -> None:
    run_from_the_command_line(run, __doc__, 200)


def run_from_the_command_line(run_one, doc: str, count: int, title: str = "") -> None:
    """A fuzzer's command line (`--count N --start S --show K`, `count` documents unless told) run by `summarize`."""
    parser = argparse.ArgumentParser(description=doc.splitlines()[0])
    parser.add_argument("--count", type=int, default=count)
    parser.add_argument("--start", type=int, default=0)
    parser.add_argument("--show", type=int, default=5)
    args = parser.parse_args()
    summarize(run_one, args.start, args.count, args.show, title)


def summarize(run_one, start: int, count: int, show: int, title: str = "") -> None:
    """Runs `run_one(seed)` (→ wrong cells, right, unknown) for `count` seeds from `start`; prints the counts and the
    first `show` wrong cells."""
    wrong, right, unknown, docs = [], 0, 0, set()
    for seed in range(start, start + count):
        w, r, u = run_one(seed)
        wrong += w
        right += r
        unknown += u
        docs |= {seed} if w else set()
    print(f"{title}docs={count} start={start} wrong={len(wrong)} docs_with_wrong={len(docs)} right={right} "
          f"unknown={unknown}")
    for item in wrong[:show]:
        print("  ", item)


if __name__ == "__main__":
    main()
