"""Fuzz table 3 as plain `pdftotext` writes Chromium's PDF of a wide table (column_blocks.py): labels, the
first `lead` columns beside each label, then each band of rows' columns as poppler's blocks (one figure a
line, an empty line after each block), the first `merged` columns of a band one block read row by row.

Each case draws a table that keeps every rule (row sums, APP_OUTCOME_SUM, APP_BALANCE), figures of 1 to 5
digits with or without thousands grouped, bands of 1 to 5 rows, and some of: a page number or footer line
among the blocks (after a form feed), the applicant header repeated on the new page, a zero cell that prints
nothing (truth blank), a row's label line missing, a misprinted total (a column rule broken, the rows'
sums kept), a transposable square (a band whose square of figures
reads alike as its transpose). With --marks, the table prints a blank mark (`/`, `—` or `无`, one a table) in
most of its zero cells (truth blank), as many Chromium reports do; its wrong cells are not column_blocks.py's
but the row readers' (parser 3.23 with plain23, seed 1: 283, every one a short row's `cells ran together`
split reading as blank the cells its line does not print, which stand in the blocks). It counts the cells of
table 3 read wrong: a value or recovered cell whose value differs from the truth drawn (unknown cells are not
wrong).

    .venv/bin/python benchmarks/fuzz_column_blocks.py [--cases N] [--seed S] [--show K]
"""

from __future__ import annotations

import argparse
import random
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from orchestration.parsing.parse import parse_text
from tests.unit.test_reader_classes import REVIEWS, ROWS, TABLE2, TITLE, applications_of

WIDTH = 7
KEYS = [key for key, _, _ in ROWS]
OUTCOMES = KEYS[2:-2]
HEADER = "自然人\n商业企业\n科研机构\n社会公益组织\n法律服务机构\n其他\n总计"
PAGE_MARKS = ["{n}", "- {n} -", "第{n}页", "{n}/{m}", "第 {n} 页 共 {m} 页"]


def figure(rng: random.Random) -> int:
    digits = rng.choice([1, 1, 1, 2, 2, 3, 4, 5])
    return rng.randrange(10 ** (digits - 1) if digits > 1 else 1, 10 ** digits)


def draw_table(rng: random.Random, square: bool, zeros: float = 0.4) -> dict[str, list[int]]:
    table = {key: [0] * WIDTH for key in KEYS}
    for column in range(WIDTH - 1):
        if rng.random() < zeros:
            continue  # a column of zeros
        for key in rng.sample(OUTCOMES, rng.randint(1, 4)):
            table[key][column] = figure(rng)
        results = sum(table[key][column] for key in OUTCOMES)
        table["results_total"][column] = results
        table["carried_forward"][column] = rng.choice([0, 0, figure(rng)])
        table["carried_over"][column] = rng.randint(0, results + table["carried_forward"][column]) \
            if rng.random() < 0.4 else 0
        table["new_received"][column] = results + table["carried_forward"][column] - table["carried_over"][column]
    if square:  # rows 4-8: a square A in columns 2-5 with its row sums, whose column sums equal its row sums
        band = [[1, 2, 0, 0], [0, 1, 2, 0], [0, 0, 1, 2], [2, 0, 0, 1]]
        scale = rng.choice([1, 3, 1000])
        for index, key in enumerate(OUTCOMES[2:6]):
            table[key] = [0, 0, *(v * scale for v in band[index]), 0]
        for key in OUTCOMES[6:]:
            table[key] = [0] * WIDTH
        for column in range(WIDTH - 1):
            results = sum(table[key][column] for key in OUTCOMES)
            table["results_total"][column] = results
            table["carried_forward"][column] = 0
            table["carried_over"][column] = 0
            table["new_received"][column] = results
    for key in KEYS:
        table[key][-1] = sum(table[key][:-1])
    return table


def bands_of(rng: random.Random, rows: int, square_at: int | None) -> list[int]:
    bands, at = [], 0
    while at < rows:
        if square_at is not None and at <= square_at < at + 5 and at != square_at:
            size = square_at - at
        elif at == square_at:
            size = 5
        else:
            size = min(rng.choice([1, 1, 2, 2, 3, 4, 5]), rows - at)
        bands.append(size)
        at += size
    return bands


def print_blank_marks(rng: random.Random, table: dict[str, list[int]], truth: dict[str, list[int | None]],
                      printed: dict[str, list]) -> str:
    """Most zero cells of `table` (a row's total too) made blank cells printing a mark, one mark a table (`/`,
    `—` or `无`), as many Chromium reports print them: `truth` blank there, `printed` the mark. Returns the mark."""
    mark = rng.choice(["/", "—", "无"])
    for key in KEYS:
        for column in range(WIDTH):
            if table[key][column] == 0 and rng.random() < 0.8:
                truth[key][column] = None
                printed[key][column] = mark
    return mark


def make_case(rng: random.Random, stress: bool = False, apart: bool = False, marks: bool = False,
              first_rows: bool = False) -> tuple[str, dict[str, list[int | None]], dict[str, object]]:
    """A case; `stress`: a blank printing nothing and a bare page number (`7`) among the blocks in every one,
    whose counts then match the cells (a figure lost, a figure gained); `apart`: the total column of one or
    two bands (its own block) set after all the other blocks, in a table of many zero columns
    (column_blocks.totals_put_back); `marks`: most zero cells blank, printing a mark (one mark a table; a
    blank printing nothing, where drawn, is one of them); `first_rows`: the first 2 to 6 rows each with its
    `lead` columns beside its label and their bands' blocks right after the last of those labels, the other
    rows' labels printing no figure and all their columns' blocks after the last label."""
    square = rng.random() < 0.15
    table = draw_table(rng, square, 0.7 if apart else 0.4)
    lead = rng.choice([1, 1, 2, 3]) if first_rows else rng.choice([0, 0, 1, 2, 2, 3])
    merged = rng.choice([1, 1, 2])
    head = 0 if first_rows else rng.choice([0, 0, 2, 4]) if lead else rng.choice([0, 4])
    first = rng.randint(2, 6) if first_rows else 0  # the rows beside their labels, their blocks before the next
    heading_first = rng.random() < 0.6
    grouped = rng.random() < 0.8
    page_mark = stress or rng.random() < 0.35
    header_again = rng.random() < 0.15
    blank = stress or rng.random() < 0.15
    missing_label = rng.random() < 0.15
    square_at = 4 - head if square and head <= 4 and not first_rows else None
    first_bands = bands_of(rng, first, None)
    bands = bands_of(rng, len(ROWS) - head - first, square_at)
    misprint = rng.random() < 0.15
    if misprint:  # the report's columns do not add up as printed (its rows do): a total off in one column
        column = rng.randrange(WIDTH - 1)
        table["results_total"][column] += rng.randint(1, 9)
        table["results_total"][-1] = sum(table["results_total"][:-1])
    truth: dict[str, list[int | None]] = {key: list(values) for key, values in table.items()}
    printed: dict[str, list[str | None]] = {
        key: [f"{v:,}" if grouped else str(v) for v in values] for key, values in table.items()}
    blank_mark = print_blank_marks(rng, table, truth, printed) if marks else None
    if blank:  # a zero cell past the lead columns printing nothing (a blank cell in the report)
        zeros = [(key, column) for key in KEYS for column in range(lead, WIDTH - 1) if table[key][column] == 0
                 and (not blank_mark or truth[key][column] is None)]
        if zeros:
            key, column = rng.choice(zeros)
            truth[key][column] = None
            printed[key][column] = None
    paragraphs = [TITLE.rstrip("\n"), TABLE2.rstrip("\n"), "三、收到和处理政府信息公开申请情况", "申请人情况", HEADER]
    missing = rng.randrange(len(ROWS)) if missing_label else None

    def lines(values: list[str | None]) -> list[str]:
        return [value for value in values if value is not None]

    def band(rows: list[str], first: int) -> list[str]:
        blocks = ["\n".join(line for key in rows
                            if (line := " ".join(lines(printed[key][first:first + merged]))))]
        blocks += ["\n".join(lines([printed[key][column] for key in rows])) for column in range(first + merged, WIDTH)]
        return [block for block in blocks if block]

    def label(index: int) -> list[str]:
        _, text, heading = ROWS[index]
        return ([heading] if heading else []) + ([text] if index != missing else [])

    for index in range(head):
        paragraphs += label(index)
    if head:
        paragraphs += band(KEYS[:head], 0)
    for index in range(head, len(ROWS)):
        words = label(index)
        beside = " ".join(lines(printed[KEYS[index]][:lead])) if lead and (index < first or not first_rows) else ""
        if beside:
            if words:
                words[-1] += "\n" + beside
            else:
                words = [beside]
        paragraphs += words
        if index == first - 1:  # the first rows' blocks, before the next label
            at = 0
            for size in first_bands:
                paragraphs += band(KEYS[at:at + size], lead)
                at += size
    paragraphs += ["\f四、行政复议、行政诉讼情况"] if heading_first else ["\f"]
    block_paragraphs: list[str] = []
    set_apart: list[str] = []
    moved = set(rng.sample(range(len(bands)), min(len(bands), rng.choice([1, 2])))) if apart else set()
    at = head + first
    for number, size in enumerate(bands):
        blocks = band(KEYS[at:at + size], 0 if first_rows else lead)
        if number in moved and len(blocks) > 1:
            set_apart.append(blocks.pop())
        block_paragraphs += blocks
        at += size
    block_paragraphs += set_apart
    if page_mark and len(block_paragraphs) > 2:
        where = rng.randrange(1, len(block_paragraphs))
        n = rng.randint(2, 9)
        mark = rng.choice(PAGE_MARKS[:1] if stress else PAGE_MARKS).format(n=n, m=n + rng.randint(0, 3))
        block_paragraphs.insert(where, "\f" + mark if rng.random() < 0.5 else mark + "\n\f")
    if header_again and len(block_paragraphs) > 2:
        where = rng.randrange(1, len(block_paragraphs))
        block_paragraphs.insert(where, "\f" + HEADER)
    paragraphs += block_paragraphs
    paragraphs += [] if heading_first else ["四、行政复议、行政诉讼情况"]
    paragraphs += ["行政复议", "行政诉讼", "未经复议直接起诉", "复议后起诉"]
    paragraphs += ["结果维持 结果纠正 其他结果 尚未审结 总计"] * 3 + [str(v) for v in REVIEWS]
    paragraphs += ["五、存在的主要问题及改进情况", "一是公开形式单一。"]
    options = {"lead": lead, "merged": merged, "head": head, "heading_first": heading_first, "grouped": grouped,
                   "page_mark": page_mark, "header_again": header_again, "blank": blank, "missing_label": missing is not None,
                   "square": square, "misprint": misprint, "apart": len(set_apart), "mark": blank_mark or False,
               "first_rows": first or False}
    return "\n\n".join(paragraphs) + "\n", truth, options


def compare(pairs, tag: object, wrong: list[tuple], counts: Counter[str]) -> None:
    """Each (cell read, true value) of `pairs` (each named by `tag` and its index) counted as unknown, or
    known, and then wrong where its value differs from the truth (a blank read for a figure, or the other
    way, too)."""
    for index, (cell, value) in enumerate(pairs):
        if cell.state == "unknown":
            counts["cells unknown"] += 1
            continue
        counts["cells known"] += 1
        got = None if cell.value is None else int(cell.value)
        if got != value:
            wrong.append((tag, index, cell.state, got, value))


def wrong_cells(text: str, truth: dict[str, list[int | None]], counts: Counter[str]) -> list[tuple]:
    """The cells of table 3 read wrong (each counted in `counts`, with whether the column blocks reader read it)."""
    report = parse_text(text, "plain.txt")
    read = applications_of(report)
    wrong: list[tuple] = []
    for key, expected in truth.items():
        compare(zip(read.get(key, []), expected), key, wrong, counts)
    counts["read by column_blocks"] += any(w.code == "column_blocks" for w in report.warnings)
    return wrong


def run(cases: int, show: int, case_of, wrong_of) -> None:
    """Makes `cases` cases (`case_of(index)` → text, truths, options), counts their wrong cells (`wrong_of(text,
    *truths, counts)`) and prints the counts, and which options the cases with wrong cells had."""
    totals: Counter[str] = Counter()
    by_option: Counter[str] = Counter()
    shown = 0
    for case in range(cases):
        text, *truths, options = case_of(case)
        wrong = wrong_of(text, *truths, totals)
        totals["cases"] += 1
        totals["cells wrong"] += len(wrong)
        totals["cases with wrong"] += bool(wrong)
        if wrong:
            by_option.update(name if on is True else f"{name}={on}" for name, on in options.items() if on is not False)
            if shown < show:
                shown += 1
                print(f"case {case}: {options}\n  wrong {wrong[:6]}", file=sys.stderr)
    for name, count in sorted(totals.items()):
        print(f"{name:24} {count}")
    if by_option:
        print("wrong cases by option:", dict(by_option.most_common()))


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--cases", type=int, default=200)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--show", type=int, default=3)
    parser.add_argument("--stress", action="store_true", help="a blank printing nothing and a bare page number in each")
    parser.add_argument("--apart", action="store_true", help="one or two bands' total column set after all the blocks")
    parser.add_argument("--marks", action="store_true", help="most zero cells blank, printing a mark (`/`, `—`, `无`)")
    parser.add_argument("--first-rows", action="store_true",
                        help="the first rows beside their labels, their blocks before the next; the others' after the last")
    args = parser.parse_args()
    rng = random.Random(args.seed)
    run(args.cases, args.show, lambda _: make_case(rng, args.stress, args.apart, args.marks, args.first_rows),
        wrong_cells)


if __name__ == "__main__":
    main()
