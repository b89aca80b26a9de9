"""Fuzz table 2 as `pdftotext -raw` writes Chromium's PDF: made-up tables of known truth, wrong cells counted.

    .venv/bin/python benchmarks/fuzz_raw_table_2_pieces.py [--tables N] [--seed S] [--show]

`-raw` follows the content stream cell by cell: a row's label, then its cells one space apart on the label's
line, a blank cell leaving no trace; a cell wider than its narrow column (the procurement amount, the 2021 fee
amount) runs on down the lines after the row's, a piece a line, up to what is drawn next. Each table: the 2019
or 2021 template's items, random figures (a signed change, blank cells, `无` or `—` marks), its amounts with a
unit, without one (a bare figure, its unit assumed) or with the unit moved before the first piece (`万元 7` /
`0.163309`), wrapped at a random width; a page break before a random row or right after the amount's pieces,
with, at random, the page's number on a line of its own at its foot; the 20(5) label wrapped over two lines
(`其他对外` / `管理服务事项`), its figures on the line after; the 2021 fee header wrapped (`本年收费` / `金额…`).
A wrong cell: `value`, `recovered` or `blank`, and not the truth."""

from __future__ import annotations

import argparse
import random
import sys
from collections import Counter
from decimal import Decimal
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from orchestration.parsing.parse import parse_text

UNITS = {"万元": Decimal(1), "元": Decimal("0.0001"), "亿元": Decimal(10000)}


def _blocks(template: str) -> list[tuple[list[str], list[tuple[str, str, list[str]]]]]:
    """(heading and header lines, [(item, label, metrics)]) per article, as Chromium's PDF prints them."""
    if template == "2019":
        return [
            (["第二十条第（一）项", "信息内容 本年新制作数量 本年新公开数量 对外公开总数量"],
             [("regulations", "规章", ["new_made", "new_published", "total_published"]),
              ("normative_documents", "规范性文件", ["new_made", "new_published", "total_published"])]),
            (["第二十条第（五）项", "信息内容 上一年项目数量 本年增/减 处理决定数量"],
             [("administrative_licensing", "行政许可", ["previous_year_count", "change", "decisions"]),
              ("other_management_services", "其他对外管理服务事项", ["previous_year_count", "change", "decisions"])]),
            (["第二十条第（六）项", "信息内容 上一年项目数量 本年增/减 处理决定数量"],
             [("administrative_penalty", "行政处罚", ["previous_year_count", "change", "decisions"]),
              ("administrative_coercion", "行政强制", ["previous_year_count", "change", "decisions"])]),
            (["第二十条第（八）项", "信息内容 上一年项目数量 本年增/减"],
             [("administrative_fees", "行政事业性收费", ["previous_year_count", "change"])]),
            (["第二十条第（九）项", "信息内容 采购项目数量 采购总金额"],
             [("centralized_procurement", "政府集中采购", ["project_count", "total_amount_wan_yuan"])]),
        ]
    return [
        (["第二十条第（一）项", "信息内容 本年制发件数 本年废止件数 现行有效件数"],
         [("regulations", "规章", ["issued", "repealed", "in_force"]),
          ("normative_documents", "行政规范性文件", ["issued", "repealed", "in_force"])]),
        (["第二十条第（五）项", "信息内容 本年处理决定数量"], [("administrative_licensing", "行政许可", ["decisions"])]),
        (["第二十条第（六）项", "信息内容 本年处理决定数量"],
         [("administrative_penalty", "行政处罚", ["decisions"]), ("administrative_coercion", "行政强制", ["decisions"])]),
        (["第二十条第（八）项", "信息内容 本年收费金额（单位：万元）"],
         [("administrative_fees", "行政事业性收费", ["fee_amount_wan_yuan"])]),
    ]


def _amount(rng: random.Random) -> tuple[str, Decimal, str]:
    """An amount as printed (its figure), its truth in 万元 and its unit (`""`: printed bare)."""
    unit = rng.choice(["万元", "万元", "元", "亿元", ""])
    figure = Decimal(rng.randint(1, 99999999)) / Decimal(10) ** rng.randint(1, 6)
    if unit == "元":
        figure = Decimal(rng.randint(10000, 99999999)) / 100
    if unit == "亿元":
        figure = Decimal(rng.randint(1, 999999)) / Decimal(10) ** rng.randint(4, 10)
    text = format(figure, "f")
    if "." not in text:
        text += ".0"
    return text, (figure * UNITS.get(unit, Decimal(1))).normalize(), unit


def _pieces(rng: random.Random, text: str, unit: str, width: int) -> list[str]:
    """The amount's lines down a column `width` characters wide; at random its unit moved before the first."""
    whole = text + unit
    pieces = [whole[at : at + width] for at in range(0, len(whole), width)]
    if len(pieces) > 1 and pieces[-1] in ("元", "万", "亿"):  # a unit is never torn from its figure here
        pieces = [*pieces[:-2], pieces[-2] + pieces[-1]]
    if unit and len(pieces) > 1 and rng.random() < 0.25 and pieces[-1].endswith(unit) and len(pieces[-1]) > len(unit):
        pieces = [f"{unit} {pieces[0]}", *pieces[1:-1], pieces[-1][: -len(unit)]]
    return pieces


def _cell(rng: random.Random, metric: str) -> tuple[str | None, Decimal | None]:
    """A count's text (None: a blank leaving no trace) and truth; a mark is a blank too."""
    r = rng.random()
    if r < 0.25:
        return None, None
    if r < 0.32:
        return rng.choice(["无", "—"]), None
    value = rng.randint(-30, 30) if metric == "change" else rng.randint(0, 400)
    text = (f"+{value}" if value > 0 and rng.random() < 0.5 else str(value)) if metric == "change" else str(value)
    return text, Decimal(value)


def table(rng: random.Random) -> tuple[str, dict[tuple[str, str], Decimal | None]]:
    template = rng.choice(["2019", "2021"])
    year = 2020 if template == "2019" else 2022
    lines = [f"某某县某某局{year}年政府信息公开工作年度报告", "一、总体情况", "本机关认真贯彻落实《条例》。",
             "二、主动公开政府信息情况"]
    truth: dict[tuple[str, str], Decimal | None] = {}
    blocks = _blocks(template)
    rows_in_all = sum(len(items) for _, items in blocks)
    break_before = rng.randrange(rows_in_all + 1) if rng.random() < 0.4 else None
    footer = rng.random() < 0.5
    row_number = 0
    for header, items in blocks:
        header = list(header)
        if header[1].endswith("本年收费金额（单位：万元）") and rng.random() < 0.5:
            header[1:] = ["信息内容", "本年收费", "金额（单位：万元）"]
        lines += header
        for item, label, metrics in items:
            texts = []
            amount_pieces: list[str] = []
            for metric in metrics:
                if metric in ("total_amount_wan_yuan", "fee_amount_wan_yuan"):
                    if rng.random() < 0.2:
                        truth[(item, metric)] = None
                        continue
                    text, value, unit = _amount(rng)
                    if metric == "fee_amount_wan_yuan" and unit not in ("万元", ""):
                        value, unit = Decimal(text).normalize(), ""  # the fee's unit is its header's
                    truth[(item, metric)] = value
                    width = rng.randint(3, 7)
                    amount_pieces = _pieces(rng, text, unit, width)
                    if len(amount_pieces) == 1:
                        texts.append(amount_pieces.pop())
                    continue
                text, value = _cell(rng, metric)
                truth[(item, metric)] = value
                if text is not None:
                    texts.append(text)
            if row_number == break_before:
                if footer:
                    lines.append(str(rng.randint(1, 4)))
                lines.append("\f")
            row_number += 1
            if item == "other_management_services" and rng.random() < 0.5:
                lines += ["其他对外", " ".join(["管理服务事项", *texts]) if rng.random() < 0.3 else "管理服务事项"]
                if not lines[-1].startswith("管理服务事项 ") and texts:
                    lines.append(" ".join(texts))
            else:
                lines.append(" ".join([label, *texts]))
            lines += amount_pieces
    if break_before == rows_in_all:  # right after the last row's pieces
        if footer:
            lines.append(str(rng.randint(1, 4)))
        lines.append("\f")
    lines += ["三、收到和处理政府信息公开申请情况", "四、政府信息公开行政复议、行政诉讼情况"]
    text = "\n".join(lines) + "\n\f"  # pdftotext ends every page with a form feed
    return text.replace("\n\f\n", "\n\f"), truth


def score_table_2(report, truth: dict[tuple[str, str], Decimal | None], counts: Counter[str]
                  ) -> list[tuple[tuple[str, str], str | None, str, Decimal | None]]:
    """Table 2's cells read against the truth drawn, counted into `counts` (cells, right, unknown, wrong); the wrong
    ones (a cell not unknown whose value differs, a blank read where a figure is or the other way), as (key, value
    read, state, truth)."""
    read = {(c.row, c.column): c for c in report.cells if c.table == "disclosures"}
    wrong = []
    for key, value in truth.items():
        cell = read.get(key)
        counts["cells"] += 1
        if cell is None or cell.state == "unknown":
            counts["unknown"] += 1
        elif cell.state in ("value", "recovered", "blank") and \
                (None if cell.value is None else Decimal(cell.value).normalize()) != value:
            counts["wrong"] += 1
            wrong.append((key, cell.value, cell.state, value))
        else:
            counts["right"] += 1
    return wrong


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--tables", type=int, default=400)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--show", action="store_true", help="print each table holding a wrong cell")
    args = parser.parse_args()
    rng = random.Random(args.seed)
    counts: Counter[str] = Counter()
    for _ in range(args.tables):
        text, truth = table(rng)
        report = parse_text(text, "raw.txt")
        wrong = score_table_2(report, truth, counts)
        if wrong and args.show:
            print(text, wrong, sep="\n")
    cells = counts["cells"]
    print(f"tables {args.tables} cells {cells} right {counts['right']} ({100 * counts['right'] / cells:.2f}%) "
          f"unknown {counts['unknown']} wrong {counts['wrong']}")


if __name__ == "__main__":
    main()
