"""Fuzz laid-out tables 2 and 3 (`pdftotext -layout`, the aligned text layouts) whose rows, at random, glue their
first figure to their label's last character, no space between (`3.危及“三安全一稳定”0      0   1 …`,
`行政规范性文件4          129`): the label fills its column, so the figure touches it where the label ends, at the
first column's place (pdftotext: a glyph or two either side). Label columns of many widths (longer labels wrapped in
them), figures of 1 to 4 digits (full-width now and then), zeros printed or not (a blank cell printing nothing), a
header naming each column over its place (the positions prove the columns) or packed as Chromium's print sets it
(they prove nothing), columns counted in glyphs (pdftotext) or display columns (a monospaced rendering), table 4
below as one row of figures.

Counts the cells read wrong: a cell not unknown whose value differs from the truth drawn (a blank read where a
figure is, or the other way, is wrong too). Each case is drawn from its own seed, `--seed` to `--seed + --cases - 1`.

    .venv/bin/python benchmarks/fuzz_layout_glued_figures.py [--cases N] [--seed S] [--show K]
"""

from __future__ import annotations

import argparse
import random
import sys
from collections import Counter
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))

import fuzz_column_blocks
from fuzz_column_blocks import WIDTH, compare, draw_table, run
from fuzz_layout_labels import table_4, wrong_in_tables_3_and_4

from orchestration.parsing.cells import display_width
from orchestration.parsing.parse import parse_text
from tests.unit.test_layout_label_round_figures import HEADER as PACKED_HEADER
from tests.unit.test_reader_classes import ROWS, TITLE

APPLICANTS = ["自然人", "商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他", "总计"]
FULL_WIDTH = str.maketrans("0123456789", "０１２３４５６７８９")
# table 2 (2021 template): each block's heading, its metrics' names and its items with their labels
TABLE_2 = [("第二十条第（一）项", ["本年制发件数", "本年废止件数", "现行有效件数"],
            [("regulations", "规章"), ("normative_documents", "行政规范性文件")]),
           ("第二十条第（五）项", ["本年处理决定数量"], [("administrative_licensing", "行政许可")]),
           ("第二十条第（六）项", ["本年处理决定数量"], [("administrative_penalty", "行政处罚"),
                                                        ("administrative_coercion", "行政强制")])]
METRICS = {"本年制发件数": "issued", "本年废止件数": "repealed", "现行有效件数": "in_force",
           "本年处理决定数量": "decisions"}


def figure_of_1_to_4_digits(rng: random.Random) -> int:
    digits = rng.choice([1, 1, 1, 2, 2, 3, 4])
    return rng.randrange(10 ** (digits - 1) if digits > 1 else 1, 10 ** digits)


fuzz_column_blocks.figure = figure_of_1_to_4_digits  # the drawn tables' figures (their sums may be wider)


def set_at(line: str, at: int, text: str, width_of: Callable[[str], int]) -> str:
    """The line with `text` written from column `at` (padded with spaces; never over its text), columns counted
    by `width_of`: display columns (a browser's dump, the aligned text layouts) or glyphs (`pdftotext -layout`)."""
    return line + " " * max(at - width_of(line), 0) + text


def cut_to(label: str, width: int, width_of: Callable[[str], int]) -> tuple[str, str]:
    """A label's first line as its column of `width` columns wraps it, and the rest."""
    at = len(label)
    while width_of(label[:at]) > width or label[at:at + 1] in tuple("，、）”"):  # (no line opens on these)
        at -= 1
    return label[:at], label[at:]


def row_line(indent: int, label: str, cells: list[str], places: list[int], glued: bool, align: str,
             width_of: Callable[[str], int]) -> tuple[str, bool]:
    """A row's line: its label from `indent`, each printed cell at its column's place (`places`: each column's
    left edge, `align` how a cell stands in its column's 4-wide slot), the first printed one touching the label
    where `glued` (then it stands where the label ends); whether it was glued."""
    line, touched = " " * indent + label, False
    for at, (text, place) in enumerate(zip(cells, places)):
        if not text:
            continue
        if glued and at == 0:  # (only the first column's figure touches the label: a blank one keeps them apart)
            line, touched = line + text, True
            continue
        shift = {"left": 0, "centre": max(0, (4 - len(text)) // 2), "right": max(0, 4 - len(text))}[align]
        line = set_at(line, max(place + shift, width_of(line) + 2), text, width_of)
    return line, touched


def table_3(rng: random.Random, width_of: Callable[[str], int], full_width: bool) -> tuple[list[str], dict[str, list[int | None]], dict[str, object]]:
    table = draw_table(rng, False, zeros=rng.choice([0.2, 0.5, 0.8]))  # (its figures of 1 to 4 digits: below)
    zeros_printed = rng.random() < 0.6
    truth = {key: [v if v or zeros_printed else None for v in values] for key, values in table.items()}
    step = max(len(str(v)) for values in table.values() for v in values) + rng.randint(2, 4)
    step = max(step, 6)
    label_width = rng.choice([14, 18, 22, 26, 30, 36])  # the label column: longer labels wrap within it
    first = 6 + label_width
    glue = rng.choice([0.2, 0.5, 0.9])
    align = rng.choice(["left", "centre", "right"])
    anchored = rng.random() < 0.6
    step = max(step, 14) if anchored else step  # (each column as wide as its name)
    places = [first + column * step for column in range(WIDTH)]
    if anchored:  # each column's name over its place (the txt-aligned layouts, LibreOffice's wide columns)
        names, lower = "", ""
        names = set_at(names, places[0], "自然人", width_of)
        names = set_at(names, places[2], "法人或其他组织", width_of)
        names = set_at(names, places[-1], "总计", width_of)
        for column in range(1, WIDTH - 1):
            lower = set_at(lower, places[column], APPLICANTS[column], width_of)
        header = ["三、收到和处理政府信息公开申请情况", set_at("", places[2], "申请人情况", width_of), names, lower]
        places = [place + 1 for place in places]  # (each figure under its name's first glyphs)
    else:
        header = list(PACKED_HEADER)
    lines = list(header)
    glued_rows = 0
    for key, label, heading in ROWS:
        if heading:
            lines.append("  " + heading)
        cells = ["" if v is None else str(v) for v in truth[key]]
        if full_width:
            cells = [cell.translate(FULL_WIDTH) for cell in cells]
        glued = rng.random() < glue and bool(cells[0])
        head, rest = cut_to(label, label_width, width_of)
        # a glued row's label fills its column: it ends where the first column starts (pdftotext: a glyph or two
        # either side, as it sets each glyph in a character cell of its own)
        indent = max(0, first - width_of(head) + (rng.randint(-3, 2) if width_of is len else 0)) if glued else 4
        line, touched = row_line(indent, head, cells, places, glued, align, width_of)
        glued_rows += touched
        lines += [line.rstrip(), *(["    " + rest] if rest else [])]
    return lines, truth, {"anchored": anchored, "zeros_printed": zeros_printed, "full_width": full_width,
                          "label_width": label_width, "align": align, "glued_rows": glued_rows > 0}


def table_2(rng: random.Random, width_of: Callable[[str], int]) -> tuple[list[str], dict[tuple[str, str], int | None], dict[str, object]]:
    lines, truth, glued_rows = ["二、主动公开政府信息情况"], {}, 0
    step = rng.randint(13, 16)
    first = rng.choice([14, 15, 16])  # the label column as wide as 行政规范性文件 (a glued one fills it)
    for heading, metrics, items in TABLE_2:
        places = [first + column * step for column in range(len(metrics))]
        lines.append(" " * 12 + heading)
        header = "信息内容"
        for name, place in zip(metrics, places):
            header = set_at(header, place, name, width_of)
        lines.append(header)
        for item, label in items:
            # (laid out by glyphs, as pdftotext sets Chromium's and LibreOffice's prints, table 2's header names
            # no column's place: a blank printing nothing is then placed by no position, so every cell prints)
            values = [rng.choice([None, 0, rng.randint(1, 9), rng.randint(10, 9999)][width_of is len:])
                      for _ in metrics]
            for metric, value in zip(metrics, values):
                truth[(item, METRICS[metric])] = value
            cells = ["" if v is None else str(v) for v in values]
            glued = rng.random() < 0.5 and values[0] is not None  # (a blank first cell keeps them apart)
            indent = max(0, first + 2 - width_of(label) + (rng.randint(-2, 0) if width_of is len else 0)) \
                if glued else 0
            line, touched = row_line(indent, label, cells, [place + 2 for place in places], glued, "left", width_of)
            glued_rows += touched
            lines.append(line.rstrip())
    return lines, truth, {"table_2_glued": glued_rows > 0}


def make_case(seed: int):
    rng = random.Random(seed)
    full_width = rng.random() < 0.1  # table 3's figures full-width: laid out by glyphs, as pdftotext does
    width_of = len if full_width or rng.random() < 0.5 else display_width
    lines_2, truth_2, options_2 = table_2(rng, width_of)
    lines_3, truth_3, options_3 = table_3(rng, width_of, full_width)
    lines_4, truth_4, options_4 = table_4(rng)
    text = TITLE + "\n".join([*lines_2, "", *lines_3, "", *lines_4, "", "五、存在的主要问题及改进情况", "无。"]) + "\n\f"
    return text, truth_2, truth_3, truth_4, {**options_2, **options_3, **options_4, "by_glyphs": width_of is len}


def wrong_cells(text: str, truth_2: dict[tuple[str, str], int | None], truth_3: dict[str, list[int | None]],
                truth_4: list[int | None], counts: Counter[str]) -> list[tuple]:
    """The cells of tables 2, 3 and 4 read wrong (each counted in `counts`)."""
    report = parse_text(text, "glued_pdftotext.txt")
    wrong: list[tuple] = []
    disclosures = {(cell.row, cell.column): cell for cell in report.cells if cell.table == "disclosures"}
    compare([(disclosures[key], value) for key, value in truth_2.items() if key in disclosures], "table 2", wrong,
            counts)
    counts["cells wrong in table 2"] += len(wrong)
    wrong_in_tables_3_and_4(report, truth_3, truth_4, wrong, counts)
    return wrong


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--cases", type=int, default=3000)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--show", type=int, default=3)
    args = parser.parse_args()
    run(args.cases, args.show, lambda case: make_case(args.seed + case), wrong_cells)


if __name__ == "__main__":
    main()
