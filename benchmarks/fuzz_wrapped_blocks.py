"""Fuzz table 3 as plain `pdftotext` writes Chromium's PDF of a table of full-width figures too wide for
their narrow columns (wrapped_blocks.py, column_blocks.py): each figure wrapped over as many lines as its
column's width needs (Chromium fills a line, breaking between two digits, maybe after a separator), each
row as tall as its tallest cell and every cell centred in it, and poppler's blocks: a band of rows' first
columns one block, its middle columns a block each or bands of fewer rows of their own (single cells, row
by row), its last columns one block; a block's lines top to bottom, left to right at one height, words at
one height maybe on one line.

Each case draws a table that keeps every rule (fuzz_column_blocks.draw_table: row sums, APP_OUTCOME_SUM,
APP_BALANCE), prints it in full-width digits (thousands grouped with `,` or `，`, or not), and may:
set a block's first-row one-line cells left of a wrapped cell at the block's end (`moved`), set the last
band's first block after its others (`rotated`), print the first column beside the labels, each cell wrapped
round its label as poppler orders a row's lines (`lead`), set the total column of one or two bands after all
the other blocks (`apart`), misprint a total (a column rule broken), and, outside the
model the reader knows (`perturbed`), swap two neighbouring lines of a block or two neighbouring blocks.
With --late-labels (the first column beside the labels in every case), a row
or two set their label's line after their cell's pieces, joined to a piece of the margin heading beside it
(`（三）不 4.保护第三方合法权益`), as poppler orders such a line (r43 000130). With --marks, most zero
cells are blanks printing a mark (`/`, `—` or `无`, one a table), as fuzz_column_blocks --marks prints them.
It counts table 3's cells read wrong (a value or recovered cell whose value differs from the truth drawn;
unknown cells are not wrong), and how many cases the reader read.

    .venv/bin/python benchmarks/fuzz_wrapped_blocks.py [--cases N] [--seed S] [--show K] [--shape lead|apart]
        [--late-labels] [--marks]
"""

from __future__ import annotations

import argparse
import random
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.fuzz_column_blocks import HEADER, KEYS, OUTCOMES, WIDTH, draw_table, print_blank_marks, run
from benchmarks.fuzz_column_blocks import wrong_cells as table_3_wrong_cells
from orchestration.parsing.wrapped_blocks import MAX_PIECES
from testkit.corpus import FULL_WIDTH_DIGITS as WIDE
from tests.unit.test_reader_classes import REVIEWS, ROWS, TABLE2, TITLE


def width(text: str) -> int:
    """A text's width in thirds of a full-width digit (an ASCII `,` one third)."""
    return sum(1 if char == "," else 3 for char in text)


def wrap(text: str, room: int, after_separator: bool) -> list[str]:
    """`text` as Chromium wraps it in a column `room` wide: each line the longest that fits, broken between
    two digits or (where `after_separator`) after a separator, never before one; a text that cannot be
    broken overflows."""
    lines: list[str] = []
    while width(text) > room:
        breaks = [at for at in range(1, len(text)) if text[at] not in ",，" and
                  (text[at - 1] not in ",，" or after_separator) and width(text[:at]) <= room]
        if not breaks:
            break
        lines.append(text[:breaks[-1]])
        text = text[breaks[-1]:]
    return [*lines, text]


def block_lines(rng: random.Random, cells: list[list[list[str]]], moved_ok: bool) -> tuple[list[str], bool]:
    """A block's lines: `cells` its rows' cells (each a list of lines), each row's lines in poppler's order
    (centred in the row, top to bottom, left to right), words at one height maybe on one line. Where
    `moved_ok`, the first row's one-line cells left of a wrapped one may go to the block's end. Says
    whether it moved them."""
    out: list[str] = []
    tail: list[str] = []
    moved = False
    for index, row in enumerate(cells):
        tallest = max(map(len, row))
        wrapped = [column for column, cell in enumerate(row) if len(cell) > 1]
        move = index == 0 and moved_ok and wrapped and rng.random() < 0.5 and \
            any(len(cell) == 1 for cell in row[:wrapped[-1]])
        items = sorted(((tallest - len(cell) + 2 * piece, column, text) for column, cell in enumerate(row)
                        for piece, text in enumerate(cell)
                        if not (move and len(cell) == 1 and column < wrapped[-1])), key=lambda item: item[:2])
        if move:
            moved = True
            tail = [row[column][0] for column in range(wrapped[-1]) if len(row[column]) == 1]
        line: list[str] = []
        level = None
        for height, _, text in items:
            if line and (height != level or rng.random() < 0.5):
                out.append(" ".join(line))
                line = []
            line.append(text)
            level = height
        out.append(" ".join(line))
    return out + tail, moved


def draw_wide_table(rng: random.Random) -> dict[str, list[int]]:
    """A table keeping every rule, as the reports of the class print: natural persons' column of counts up
    to four digits, the others of fewer (a few applicants), more outcomes in use than not."""
    table = {key: [0] * WIDTH for key in KEYS}
    for column in range(WIDTH - 1):
        most = 10 ** (rng.choice([2, 3, 3, 4]) if column == 0 else rng.choice([1, 1, 2]))
        if column and rng.random() < 0.5:
            continue  # a column of zeros
        for key in rng.sample(OUTCOMES, rng.randint(1, len(OUTCOMES) if column == 0 else 4)):
            table[key][column] = rng.randrange(1, most // (4 if column == 0 and most > 100 else 1))
        results = sum(table[key][column] for key in OUTCOMES)
        table["results_total"][column] = results
        table["carried_forward"][column] = rng.choice([0, 0, rng.randrange(1, 30)])
        table["carried_over"][column] = rng.randint(0, results + table["carried_forward"][column]) \
            if rng.random() < 0.4 else 0
        table["new_received"][column] = results + table["carried_forward"][column] - table["carried_over"][column]
    for key in KEYS:
        table[key][-1] = sum(table[key][:-1])
    return table


def make_case(rng: random.Random, shape: str = "", late_labels: bool = False, marks: bool = False
              ) -> tuple[str, dict[str, list[int | None]], dict[str, object]]:
    """A case; `shape` `lead` or `apart`: that shape in every case (the first column beside the labels; one or
    two bands' total column set after all the blocks, in a table of many zero columns); `late_labels`: the first
    column beside the labels, a row or two's label line after its cell (the module); `marks`: most zero cells
    blank, printing a mark (fuzz_column_blocks.print_blank_marks)."""
    table = draw_wide_table(rng) if rng.random() < 0.8 else draw_table(rng, False, 0.7 if shape == "apart" else 0.4)
    misprint = rng.random() < 0.1
    if misprint:
        column = rng.randrange(WIDTH - 1)
        table["results_total"][column] += rng.randint(1, 9)
        table["results_total"][-1] = sum(table["results_total"][:-1])
    truth: dict[str, list[int | None]] = {key: list(values) for key, values in table.items()}
    separator = rng.choice([",", ",", "，", ""])
    after_separator = rng.random() < 0.5
    # no column narrower than what cannot be broken (a digit; a digit and its separator; or a digit, its
    # separator and the next digit where no break falls after a separator): Chromium would overflow it
    least = 3 if not separator else width(f"1{separator}" + ("" if after_separator else "1"))
    rooms = [max(least, room) for room in [rng.choice([6, 7, 8, 9, 10, 12])] +
             [rng.choice([3, 3, 4, 6])] * (WIDTH - 2) + [rng.choice([6, 7, 9, 10, 12])]]
    texts = {key: [(f"{v:,}" if separator else str(v)).replace(",", separator or ",").translate(WIDE) for v in values]
             for key, values in table.items()}
    blank_mark = print_blank_marks(rng, table, truth, texts) if marks else None
    for column in range(WIDTH):  # a column no figure of which takes more lines than the reader tries
        while any(len(wrap(row[column], rooms[column], after_separator)) > MAX_PIECES for row in texts.values()):
            rooms[column] += 1
    printed = {key: [wrap(text, rooms[column], after_separator) for column, text in enumerate(row)]
               for key, row in texts.items()}
    first = rng.choice([1, 1, 2])
    last = 1 if shape == "apart" else rng.choice([1, 2, 2])
    lead = int(rng.random() < 0.3 or shape == "lead" or late_labels)  # the first column beside the labels
    late = set(rng.sample(range(1, len(ROWS)), rng.choice([1, 2]))) if late_labels else set()
    perturbed = rng.random() < 0.2
    moved_ok = rng.random() < 0.5
    rotated = rng.random() < 0.2
    blocks: list[list[str]] = []
    any_moved = False
    at = 0
    sizes: list[int] = []
    while at < len(KEYS):
        size = min(rng.choice([1, 2, 3, 4, 5]), len(KEYS) - at)
        sizes.append(size)
        at += size
    # the total column of one or two bands (a block of its own: `last` 1) set after all the other blocks
    apart = set(rng.sample(range(len(sizes)), min(len(sizes), rng.choice([1, 2])))) \
        if last == 1 and (rng.random() < 0.3 or shape == "apart") else set()
    set_apart: list[list[str]] = []
    at = 0
    for number, size in enumerate(sizes):
        rows = KEYS[at:at + size]
        band: list[list[str]] = []
        lines, moved = block_lines(rng, [printed[key][lead:lead + first] for key in rows], moved_ok)
        band.append(lines)
        any_moved |= moved
        middle = list(range(lead + first, WIDTH - last))
        if size > 1 and rng.random() < 0.4:  # the middle columns as bands of fewer rows: single cells row by row
            for key in rows:
                band += [block_lines(rng, [[printed[key][column]]], False)[0] for column in middle]
        else:
            band += [block_lines(rng, [[printed[key][column]] for key in rows], False)[0] for column in middle]
        lines, moved = block_lines(rng, [printed[key][WIDTH - last:] for key in rows], moved_ok)
        band.append(lines)
        any_moved |= moved
        if rotated and number == len(sizes) - 1:
            band = [*band[1:], band[0]]
        if number in apart:
            set_apart.append(band.pop())
        blocks += band
        at += size
    blocks += set_apart
    if perturbed:
        if rng.random() < 0.5:
            candidates = [block for block in blocks if len(block) > 1]
            if candidates:
                block = rng.choice(candidates)
                where = rng.randrange(len(block) - 1)
                block[where], block[where + 1] = block[where + 1], block[where]
        else:
            where = rng.randrange(len(blocks) - 1)
            blocks[where], blocks[where + 1] = blocks[where + 1], blocks[where]
    paragraphs = [TITLE.rstrip("\n"), TABLE2.rstrip("\n"), "\f三、收到和处理政府信息公开申请情况", "申请人情况", HEADER]
    labels: list[str] = []
    group = ""
    for row, (key, text, heading) in enumerate(ROWS):
        labels += [heading] if heading else []
        group = heading or group
        if lead and row in late:  # the label's line joined to a piece of the margin heading, set after its cell
            labels += [*printed[key][0], f"{group[:4]} {text}" if group and not heading else text]
        elif lead:  # the cell and its one-line label each centred in the row's height, the label left of it
            pieces = printed[key][0]
            labels += [*pieces[:len(pieces) // 2], text, *pieces[len(pieces) // 2:]]
        else:
            labels.append(text)
    paragraphs += ["\n".join(labels)] if lead else labels
    # the blocks before the next section's heading, as in every report of the class seen (after it, a piece
    # such as `１,０` ends the run of figure lines parse.py takes past the heading: not read, never wrong)
    heading_first = rng.random() < 0.1
    paragraphs += ["\f四、行政复议、行政诉讼情况"] if heading_first else []
    paragraphs += ["\n".join(block) for block in blocks]
    paragraphs += [] if heading_first else ["四、行政复议、行政诉讼情况"]
    paragraphs += ["行政复议", "行政诉讼", "未经复议直接起诉", "复议后起诉"]
    paragraphs += ["结果维持 结果纠正 其他结果 尚未审结 总计"] * 3 + [str(v) for v in REVIEWS]
    paragraphs += ["五、存在的主要问题及改进情况", "一是公开形式单一。"]
    options = {"separator": separator or "none", "after_separator": after_separator, "first": first, "last": last,
               "moved": any_moved, "rotated": rotated, "perturbed": perturbed, "misprint": misprint,
               "heading_first": heading_first, "lead": bool(lead), "apart": len(apart), "late": len(late),
               "wrapped": any(len(cell) > 1 for values in printed.values() for cell in values),
               "mark": blank_mark or False}
    return "\n\n".join(paragraphs) + "\n", truth, options


def wrong_cells(text: str, truth: dict[str, list[int | None]], counts: Counter[str]) -> list[tuple]:
    """fuzz_column_blocks' wrong cells of table 3, counted apart by whose they are: the column blocks
    reader's, or another reader's (the column chunk readers) on the same text."""
    read_before = counts["read by column_blocks"]
    wrong = table_3_wrong_cells(text, truth, counts)
    read_here = counts["read by column_blocks"] > read_before
    counts["cells wrong, column_blocks" if read_here else "cells wrong, other readers"] += len(wrong)
    return wrong


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    for name, default in (("--cases", 200), ("--seed", 1), ("--show", 3)):
        parser.add_argument(name, type=int, default=default)
    parser.add_argument("--shape", choices=["lead", "apart"], help="that shape in every case")
    parser.add_argument("--late-labels", action="store_true",
                        help="the first column beside the labels, a row or two's label line set after its cell")
    parser.add_argument("--marks", action="store_true", help="most zero cells blank, printing a mark (`/`, `—`, `无`)")
    args = parser.parse_args()
    rng = random.Random(args.seed)
    run(args.cases, args.show, lambda _: make_case(rng, args.shape or "", args.late_labels, args.marks), wrong_cells)


if __name__ == "__main__":
    main()
