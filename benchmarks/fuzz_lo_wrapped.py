"""Fuzz LibreOffice `pdftotext -layout` table 3 with cells wrapped round their row's line beside a cut total
(cut_total.pieces_across_their_rows): made-up pages of known truth, wrong cells counted.

    .venv/bin/python benchmarks/fuzz_lo_wrapped.py [--pages N] [--seed S] [--show]

Each page: the 2021 template's table 3, figures of random sizes (a figure wider than its column wraps over two
lines round the row's line, its first piece above and the rest below, from the cell's left edge), the 总计
column cut at the paper's edge (one glyph of each of its lines kept, the header `总`), optionally blank
lines between rows left out, a page break with a page number between rows, and reports whose totals do not
add up. A wrong cell: `value` or `recovered` and not the truth."""

from __future__ import annotations

import argparse
import random
import sys
from collections import Counter
from decimal import Decimal
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from orchestration.parsing.parse import parse_text
from testkit.corpus import FULL_WIDTH_DIGITS as WIDE
from tests.unit.test_reader_classes import ROWS, TITLE, applications_of

COLUMNS = (34, 42, 50, 58, 66, 74, 82)
HEADER = ["自然人", "商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他", "总"]
OUTCOMES = [key for key, _, _ in ROWS][2:-2]


def left_at(label: str, cells: dict[int, str]) -> str:
    line = label
    for column, text in sorted(cells.items()):
        line = line.ljust(COLUMNS[column]) + text
    return line.rstrip()


def figures_of(rng: random.Random, big_columns: int) -> dict[str, list[int]]:
    """A table 3 that adds up (row sums, results total, new = results), a few figures of thousands in
    `big_columns` columns at most (the others' sums stay under a thousand: their cells on the row's line)."""
    figures = {key: [0] * 7 for key, _, _ in ROWS}
    big = set(rng.sample(range(6), big_columns))
    for key in OUTCOMES:
        if key == "results_total":
            continue
        if rng.random() < 0.5:
            for c in range(6):
                r = rng.random()
                figures[key][c] = (rng.randint(1000, 12999) if r < 0.12 and c in big else rng.randint(1, 99) if r < 0.4
                                   else 0)
    for c in range(6):
        figures["results_total"][c] = sum(figures[k][c] for k in OUTCOMES if k != "results_total")
    figures["new_received"] = list(figures["results_total"])
    for cells in figures.values():
        cells[6] = sum(cells[:6])
    return figures


def page(rng: random.Random, figures: dict[str, list[int]], width: int, tight: bool, page_break: str | None,
         off_by: int, zero_blank: bool = False) -> str:
    lines = ["三、收到和处理政府信息公开申请情况", "申请人情况".rjust(60), left_at("", dict(enumerate(HEADER))), ""]
    broken = rng.randrange(len(ROWS)) if page_break else -1
    for index, (key, label, heading) in enumerate(ROWS):
        if index == broken:
            lines += ["", page_break.center(60), "\f"]
        if heading:
            lines.append(heading)
        printed = list(figures[key])
        if key == "results_total" and off_by:
            printed[6] += off_by  # a report whose total does not add up
        texts = {c: f"{v:,}".translate(WIDE) for c, v in enumerate(printed) if v or not zero_blank}
        above, below = {}, {}
        for c, text in list(texts.items()):
            if len(text) > width:
                top, rest = text[:width], text[width:]
                above[c], below[c] = (top[0], rest[0]) if c == 6 else (top, rest)
                del texts[c]
            elif c == 6:
                texts[c] = text[0]
        if above:
            lines.append(left_at("", above))
        lines.append(left_at(label[:16], texts))
        if below:
            lines.append(left_at("", below))
        if label[16:]:
            lines.append(label[16:])
        if not tight or rng.random() < 0.3:
            lines.append("")
    return TITLE + "\n".join([*lines, "四、政府信息公开行政复议、行政诉讼情况"]) + "\n"


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--pages", type=int, default=200)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--show", action="store_true")
    parser.add_argument("--big-columns", type=int, default=6, help="columns that may hold figures of thousands")
    parser.add_argument("--zero-blank", action="store_true", help="a 0 prints nothing (a DOCX's blank cells)")
    parser.add_argument("--adds-up", action="store_true", help="every report adds up (no total off)")
    args = parser.parse_args()
    rng = random.Random(args.seed)
    counts: Counter[str] = Counter()
    for number in range(args.pages):
        figures = figures_of(rng, args.big_columns)
        width = rng.choice((3, 4, 4, 5))
        off_by = 0 if args.adds_up else rng.choice((0, 0, 0, 10, 100, -10))
        text = page(rng, figures, width, tight=rng.random() < 0.5,
                    page_break=rng.choice((None, None, "3", "- 3 -", "第 3 页")), off_by=off_by,
                    zero_blank=args.zero_blank)
        read = applications_of(parse_text(text, f"fuzz-{number}.txt"))
        truth = dict(figures)
        if off_by:
            truth["results_total"] = [*figures["results_total"][:6], figures["results_total"][6] + off_by]
        for key, cells in read.items():
            for column, cell in enumerate(cells):
                counts[cell.state] += 1
                value = truth[key][column]
                if cell.state in ("value", "recovered") and (cell.value or Decimal(0)) != value:
                    counts["wrong"] += 1
                    counts[f"wrong {cell.state}"] += 1
                    if args.show:
                        print(f"page {number} (seed {args.seed}, width {width}, off {off_by}): {key}[{column}] "
                              f"read {cell.value} ({cell.state}), truth {value}")
                        if counts["wrong"] <= 3:
                            print(text)
    print(f"{args.pages} pages: " + ", ".join(f"{k} {v}" for k, v in sorted(counts.items())))


if __name__ == "__main__":
    main()
