"""Fuzz of markitdown's table 3 of LibreOffice's PDF, sparse and cut at the page's edge: made-up tables that keep every
rule, written as markitdown writes them, read back; counts the cells read wrong (a value or blank that is not the
truth).

    .venv/bin/python benchmarks/fuzz_markitdown_sparse_cut_total.py [--start S] [--count N] [--pack] [--show]

The model: the 总计 column cut with its header name (sparse_cut_totals.py), the header naming 其他 in a word of its own
or wrapped a character a line (`其` over `他`), half the documents each; blank cells print nothing (no 0); each
figure in the pipe cell under its column's header word; zero to two outcome rows printing nothing but a blank mark
in each part column (`— / 无 - …`, the author's row of nothing); a few outcome rows live, the rest blank, results
printing nothing where no application closed. `--pack`: each row's figures packed into the first part cells
(their columns' places lost), against the page grid's premise that a figure stands between the header words
left and right of it: what is wrong there was placed by a grid the text breaks. A cell the reader leaves unknown
is never wrong. (After round 36's /tmp/mdlohtml36/fuzz_marks.py.) `--totals`: each row printing a figure prints its
total too, half the time, written whole after its figures in 其他's pipe cell (LibreOffice writes a line starting
inside the paper: the total's column may start there though its centred name does not). `--apart`: carried_forward's
figures on a line of their own above its label (a tall cell), and each empty sub-row's numbering spaced out (`3 .`)
on a line of its own above its words, half the time. `--plain-lines`: a row printing one or two words (figures, or a
figure and its total), half the time, written as a plain line, its label then its words set apart by single spaces
(markitdown writes a row whose words align with fewer than two of the page's columns as text: `（七）总计 1`).
"""

from __future__ import annotations

import argparse
import random
import sys
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from orchestration.core import labels as L
from orchestration.parsing.parse import parse_text
from tests.unit.test_markitdown_sparse_cut_total_parts import CELLS, HEADER
from tests.unit.test_markitdown_sparse_rows_grid import LABELS, table_3
from tests.unit.test_markitdown_sparse_rows_grid import row as sparse_row

# 其他 wrapped a character a line in its narrow cell
HEADER_WRAPPED = (*HEADER[:3], HEADER[3].replace("其他", "其"), HEADER[4][:-2] + " 他 |", HEADER[5])
KEYS = list(LABELS)
OUTCOMES = [key for key in KEYS if key not in ("new_received", "carried_over", "results_total", "carried_forward")]
FIRST_PART_CELL = 4  # the pipe cell of 自然人 in HEADER
MARKS = "/-—无"


def table(rng: random.Random) -> dict[str, list[int]]:
    """A sparse table 3's six part columns keeping every rule (APP_OUTCOME_SUM, APP_BALANCE, no negative count)."""
    values = {key: [0] * 6 for key in KEYS}
    for key in rng.sample(OUTCOMES, rng.randint(1, 5)):
        for column in range(6):
            if rng.random() < 0.3:
                values[key][column] = rng.randint(1, 30)
    for column in range(6):
        values["results_total"][column] = sum(values[key][column] for key in OUTCOMES)
        values["carried_forward"][column] = rng.randint(1, 5) if rng.random() < 0.2 else 0
        values["carried_over"][column] = rng.randint(1, 5) if rng.random() < 0.2 else 0
        new = values["results_total"][column] + values["carried_forward"][column] - values["carried_over"][column]
        if new < 0:
            values["carried_over"][column] = 0
            new = values["results_total"][column] + values["carried_forward"][column]
        values["new_received"][column] = new
    return values


def document(rng: random.Random, values: dict[str, list[int]], pack: bool, totals: bool = False,
             apart: bool = False, plain_lines: bool = False) -> str:
    """The markdown of the table as markitdown writes it (module doc)."""
    figures = {}
    for key in KEYS:
        printed = [(column, value) for column, value in enumerate(values[key]) if value]
        figures[key] = {FIRST_PART_CELL + (at if pack else column): value
                        for at, (column, value) in enumerate(printed)}
        if totals and printed and rng.random() < 0.5:  # the total after the figures, in 其他's pipe cell
            last = FIRST_PART_CELL + 5
            figures[key][last] = f"{figures[key].get(last, '')} {sum(values[key])}".strip()
    empty = [key for key in OUTCOMES if not any(values[key])]
    for key in rng.sample(empty, min(len(empty), rng.randint(0, 2))):
        figures[key] = {FIRST_PART_CELL + column: rng.choice(MARKS) for column in range(6)}
    text = table_3(figures, HEADER_WRAPPED if rng.random() < 0.5 else HEADER, CELLS)
    if apart:
        forward = sparse_row("carried_forward", figures["carried_forward"], CELLS)
        text = text.replace(forward, " ".join(str(value) for value in figures["carried_forward"].values()) + "\n"
                            + LABELS["carried_forward"])
        for key in empty:
            label = LABELS[key]
            if not figures[key] and label[0].isdigit() and rng.random() < 0.5:
                text = text.replace(sparse_row(key, {}, CELLS), f"{label[0]} .\n{' '.join(label[2:])}")
    if plain_lines:
        text = _rows_as_plain_lines(rng, text, figures, values)
    return text


def _rows_as_plain_lines(rng: random.Random, text: str, figures: dict[str, dict], values: dict[str, list[int]]) -> str:
    """`text` with each row printing one or two figures (its total among them where printed) written as a plain line
    half the time (module doc)."""
    for key in KEYS:
        words = [str(figures[key][at]) for at in sorted(figures[key])]
        if any(values[key]) and 0 < len(" ".join(words).split()) <= 2 and rng.random() < 0.5:
            text = text.replace(sparse_row(key, figures[key], CELLS), f"{LABELS[key]} {' '.join(words)}")
    return text


def wrong_cells(values: dict[str, list[int]], text: str, source: str = "fuzz.md") -> tuple[list[str], int, int]:
    """The cells of table 3 read wrong (described), and the counts of those read right and unknown."""
    wrong, right, unknown = [], 0, 0
    for cell in parse_text(text, source).cells:
        if cell.table != "applications" or cell.row not in values:
            continue
        column = L.APPLICANT_KEYS.index(cell.column)
        truth = values[cell.row][column] if column < 6 else sum(values[cell.row])
        if cell.state == "unknown":
            unknown += 1
        elif (0 if cell.value is None else int(cell.value)) != truth:
            wrong.append(f"{cell.row} {cell.column}: {cell.state} {cell.value}, truly {truth}")
        else:
            right += 1
    return wrong, right, unknown


def count_wrong(seeds: range, made: Callable[[random.Random], tuple[dict[str, list[int]], str]], show: bool,
                source: str = "fuzz.md") -> str:
    """The summary of reading back the documents `made` makes of each seed's random source (their parts' values, their
    markdown, or the text of `source`'s kind), each wrong cell printed where `show`."""
    wrong = documents_wrong = right = unknown = 0
    for seed in seeds:
        values, text = made(random.Random(seed))
        bad, good, unread = wrong_cells(values, text, source)
        if show:
            for cell in bad:
                print(f"WRONG seed {seed}: {cell}")
        wrong, documents_wrong = wrong + len(bad), documents_wrong + bool(bad)
        right, unknown = right + good, unknown + unread
    return f"documents={len(seeds)} wrong={wrong} documents_wrong={documents_wrong} right={right} unknown={unknown}"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--start", type=int, default=0)
    parser.add_argument("--count", type=int, default=300)
    parser.add_argument("--pack", action="store_true", help="each row's figures packed into the first part cells")
    parser.add_argument("--totals", action="store_true", help="rows printing their total too, half of them")
    parser.add_argument("--apart", action="store_true", help="carried_forward's figures and sub-rows' numbering apart")
    parser.add_argument("--plain-lines", action="store_true", help="rows of one or two words as plain lines, half")
    parser.add_argument("--show", action="store_true", help="print each wrong cell")
    args = parser.parse_args()

    def made(rng: random.Random) -> tuple[dict[str, list[int]], str]:
        values = table(rng)
        return values, document(rng, values, args.pack, args.totals, args.apart, args.plain_lines)

    print(count_wrong(range(args.start, args.start + args.count), made, args.show))


if __name__ == "__main__":
    main()
