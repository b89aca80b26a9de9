"""Fuzz table 2's amounts wrapped down their narrow column, as pdftotext writes Chromium's PDF: wrong cells counted.

    .venv/bin/python benchmarks/fuzz_table_2_wrapped_amounts.py [--tables N] [--seed S] [--show SHAPE]

Each table: the 2019 or 2021 template's table 2 (`fuzz_raw_table_2_pieces`'s blocks and counts), its amount (the
procurement total beside its count, the 2021 fee alone) printed with a unit of every kind a report uses (`万元`,
`（万元）`, `(万元)`, `元`, `（元）`, `亿元`, traditional `萬元`, none), in ASCII or full-width digits, wrapped over one to
three lines at a random column width (every line but the last as wide), the unit whole on the last; the count beside it printed, blank or a mark. Each table is
written in the three shapes pdftotext gives: `raw` (a row's cells one space apart on its label's line, the amount's
pieces on the lines after it), `layout` (cells in their columns, the amount's pieces centred round the row's line,
the first above it) and `plain` (the label, then each cell on a line of its own); in `raw` and `plain`, at random,
a page's break before one of the pieces, the page's number at the foot of the page or not. Counts per shape and unit: cells,
right, unknown, wrong (a `value`, `recovered` or `blank` cell that is not the truth)."""

from __future__ import annotations

import argparse
import random
import sys
from collections import Counter
from decimal import Decimal
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks.fuzz_raw_table_2_pieces import _blocks, _cell, score_table_2
from orchestration.parsing.parse import parse_text

# a unit as printed → its factor to 万元
UNITS = {"万元": Decimal(1), "（万元）": Decimal(1), "(万元)": Decimal(1), "元": Decimal("0.0001"),
         "（元）": Decimal("0.0001"), "亿元": Decimal(10000), "萬元": Decimal(1), "": Decimal(1)}
SHAPES = ("raw", "layout", "plain")
AMOUNTS = ("total_amount_wan_yuan", "fee_amount_wan_yuan")
_FULL_WIDTH = str.maketrans("0123456789.", "０１２３４５６７８９．")


def _amount(rng: random.Random, metric: str) -> tuple[list[str], Decimal, str]:
    """The amount's pieces down its column (1 to 3, the unit whole on the last), its truth in 万元, its unit."""
    unit = rng.choice([u for u in UNITS if metric != "fee_amount_wan_yuan" or UNITS[u] == 1])
    figure = Decimal(rng.randint(1, 99999999)) / Decimal(10) ** rng.randint(1, 6)
    text = format(figure, "f")
    if rng.random() < 0.2:
        text = text.translate(_FULL_WIDTH)
    # a narrow column breaks its figure where the next character would not fit: every line but the last as wide
    width = rng.randint(max(1, -(-len(text) // 3)), len(text))
    pieces = [text[at : at + width] for at in range(0, len(text), width)]
    pieces[-1] += unit
    return pieces, (figure * UNITS[unit]).normalize(), unit


def _count(rng: random.Random, metric: str) -> tuple[str | None, Decimal | None]:
    text, value = _cell(rng, metric)
    if text is not None and rng.random() < 0.2:
        text = text.translate(_FULL_WIDTH)
    return text, value


def _broken_by_a_page(rng: random.Random, pieces: list[str]) -> list[str]:
    """The pieces with a page's break before one of them (pdftotext opens a page's first line with a form feed), at
    random the page's number on a line of its own at the foot of the page before it."""
    at = rng.randrange(len(pieces))
    foot = [str(rng.randint(1, 9))] if rng.random() < 0.5 else []
    return [*pieces[:at], *foot, "\f" + pieces[at], *pieces[at + 1 :]]


def _padded(text: str, width: int) -> str:
    """`text` and spaces up to `width` columns, a glyph a column as `pdftotext -layout` counts them."""
    return text + " " * max(1, width - len(text))


def table(rng: random.Random) -> tuple[dict[str, str], dict[tuple[str, str], Decimal | None], str]:
    """The table in each shape, its truth, and the kind of unit its amounts print (the last one drawn)."""
    template = rng.choice(["2019", "2021"])
    year = 2020 if template == "2019" else 2022
    opening = [f"某某县某某局{year}年政府信息公开工作年度报告", "一、总体情况", "本机关认真贯彻落实《条例》。",
               "二、主动公开政府信息情况"]
    shapes: dict[str, list[str]] = {shape: list(opening) for shape in SHAPES}
    truth: dict[tuple[str, str], Decimal | None] = {}
    unit_kind = "none"
    for (heading, header), items in _blocks(template):
        names = header.split(" ")
        starts = [16 + 16 * at for at in range(len(names) - 1)]  # each column's left edge in -layout
        for shape in SHAPES:
            shapes[shape].append(heading)
        shapes["raw"].append(header)
        shapes["layout"].append(_padded(names[0], 16) + "".join(_padded(n, 16) for n in names[1:]).rstrip())
        shapes["plain"] += [names[0], " ".join(names[1:])]
        for item, label, metrics in items:
            cells: list[str | None] = []
            pieces: list[str] = []
            for metric in metrics:
                if metric in AMOUNTS:
                    if rng.random() < 0.15:
                        truth[(item, metric)] = None
                        cells.append(None)
                        continue
                    pieces, truth[(item, metric)], unit = _amount(rng, metric)
                    unit_kind = unit or "none"
                    cells.append(pieces[0] if len(pieces) == 1 else "")
                    continue
                text, truth[(item, metric)] = _count(rng, metric)
                cells.append(text)
            wrapped = pieces if len(pieces) > 1 else []
            flowing = _broken_by_a_page(rng, wrapped) if wrapped and rng.random() < 0.3 else wrapped
            shapes["raw"] += [" ".join([label, *(c for c in cells if c)]), *flowing]
            shapes["plain"] += [label, *(c for c in cells if c), *flowing]
            line = _padded(label, 16)
            for start, cell in zip(starts, cells):
                line = _padded(line.rstrip(), start) + (cell or "") if cell else line
            above = len(wrapped) // 2  # centred on the row's line: the first half above it, an odd middle on it
            middle = len(wrapped) % 2 == 1
            column = " " * (starts[-1] + 2)
            shapes["layout"] += [column + piece for piece in wrapped[:above]]
            if middle:
                line = _padded(line.rstrip(), starts[-1] + 2) + wrapped[above]
            shapes["layout"].append(line.rstrip())
            shapes["layout"] += [column + piece for piece in wrapped[above + middle :]]
    ending = ["三、收到和处理政府信息公开申请情况", "四、政府信息公开行政复议、行政诉讼情况"]
    texts = {shape: "\n".join([*lines, *ending]) + "\n\f" for shape, lines in shapes.items()}
    return texts, truth, unit_kind


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--tables", type=int, default=400)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--show", choices=SHAPES, help="print each table of this shape holding a wrong cell")
    args = parser.parse_args()
    rng = random.Random(args.seed)
    counts: dict[tuple[str, str], Counter[str]] = {}
    for _ in range(args.tables):
        texts, truth, unit = table(rng)
        for shape, text in texts.items():
            report = parse_text(text, f"{shape}.txt")
            wrong = score_table_2(report, truth, counts.setdefault((shape, unit), Counter()))
            if wrong and args.show == shape:
                print(text, wrong, sep="\n")
    total: Counter[str] = Counter()
    for (shape, unit), count in sorted(counts.items()):
        total.update(count)
        print(f"{shape:7} {unit:6} cells {count['cells']:5} right {count['right']:5} unknown {count['unknown']:5} "
              f"wrong {count['wrong']}")
    print(f"all cells {total['cells']} right {total['right']} ({100 * total['right'] / total['cells']:.2f}%) "
          f"unknown {total['unknown']} wrong {total['wrong']}")


if __name__ == "__main__":
    main()
