"""Fuzz of markitdown's table 2 of a Chromium PDF: pipe grids whose header row does not name each column in a pipe
cell of its own, beside grids whose header does. Counts the cells read wrong (a value or blank that is not the truth);
a cell left unknown is never wrong.

    .venv/bin/python benchmarks/fuzz_markitdown_table_2_header_cells.py [--count N] [--start S] [--show K]

markitdown sets a PDF page's pipe cells where the page's words start. A header word in a cell of its own starts a
pipe cell, so its column's figures stand under it; a column whose name shares a cell with other words starts a pipe
cell only where one of its rows prints a figure, so a column printing nothing in any row of the block leaves no cell
and the next column's figures stand in its place. Per document (2019's or 2021's template), each block's header is
written one of four ways: `own` (each name in a cell of its own), `merged` (every name in the cell after the label's),
`in_label` (every name in the label's cell: `| 信息内容 本年制发件数本年废止件数现行有效件数 |  |  |`), `label_first`
(the first name in the label's cell, the others in cells of their own); the grid padded with empty cells. A blank
prints nothing, or `0` in some documents.
"""

from __future__ import annotations

import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from fuzz_markitdown_pieces import run_from_the_command_line

from orchestration.core import labels as L
from orchestration.parsing.parse import parse_text

# template → (article heading, header words, (item key, label) of each row)
BLOCKS = {
    "2021": [("第二十条第（一）项", ("本年制发件数", "本年废止件数", "现行有效件数"),
              [("regulations", "规章"), ("normative_documents", "行政规范性文件")]),
             ("第二十条第（五）项", ("本年处理决定数量",), [("administrative_licensing", "行政许可")]),
             ("第二十条第（六）项", ("本年处理决定数量",), [("administrative_penalty", "行政处罚"),
                                                     ("administrative_coercion", "行政强制")]),
             ("第二十条第（八）项", ("本年收费金额（单位：万元）",), [("administrative_fees", "行政事业性收费")])],
    "2019": [("第二十条第（一）项", ("本年新制作数量", "本年新公开数量", "对外公开总数量"),
              [("regulations", "规章"), ("normative_documents", "规范性文件")]),
             ("第二十条第（五）项", ("上一年项目数量", "本年增/减", "处理决定数量"),
              [("administrative_licensing", "行政许可"), ("other_management_services", "其他对外管理服务事项")]),
             ("第二十条第（六）项", ("上一年项目数量", "本年增/减", "处理决定数量"),
              [("administrative_penalty", "行政处罚"), ("administrative_coercion", "行政强制")]),
             ("第二十条第（八）项", ("上一年项目数量", "本年增/减"), [("administrative_fees", "行政事业性收费")]),
             ("第二十条第（九）项", ("采购项目数量", "采购总金额"), [("centralized_procurement", "政府集中采购")])],
}
HEADERS = ("own", "merged", "in_label", "label_first")


def pipe(cells: list[str]) -> str:
    return "| " + " | ".join(cells) + " |"


def figure(rng: random.Random, word: str) -> int:
    """A column's made-up figure: the change may be negative."""
    return rng.randint(-5, 5) if word == "本年增/减" else rng.choice([rng.randint(1, 9), rng.randint(10, 99)])


def printed(value: int | None, zeros_print: bool) -> str:
    return ("0" if zeros_print else "") if value is None else str(value)


def block_lines(rng: random.Random, heading: str, words: tuple[str, ...], values: list[list[int | None]],
                labels: list[str], how: str, zeros_print: bool) -> list[str]:
    """The block's heading and pipe grid, its header written `how` (module doc)."""
    texts = [[printed(v, zeros_print) for v in row] for row in values]
    prints = [any(row[at] for row in texts) for at in range(len(words))]
    if how == "own":
        header = ["信息内容", *words]
        own = list(range(len(words)))
    elif how == "merged":
        header = ["信息内容", "".join(words)]
        own = []
    elif how == "in_label":
        header = ["信息内容 " + "".join(words)]
        own = []
    else:
        header = ["信息内容 " + words[0], *words[1:]]
        own = list(range(1, len(words)))
    # a column starts a pipe cell where its name stands alone in one, or where a row prints a figure in it
    starts = [at for at in range(len(words)) if at in own or prints[at]]
    width = 1 + max(len(starts), len(header) - 1) + rng.randint(0, 3)
    lines = [heading, pipe([*header, *[""] * (width - len(header))]), pipe(["---"] * width)]
    for label, row in zip(labels, texts):
        cells = [row[at] for at in starts]
        lines.append(pipe([label, *cells, *[""] * (width - 1 - len(cells))]))
    return lines


def run(seed: int) -> tuple[list[tuple], int, int]:
    rng = random.Random(seed)
    template = rng.choice(["2019", "2021"])
    zeros_print = rng.random() < 0.2
    lines = ["测试县人民政府", f"{2019 if template == '2019' else 2022}年政府信息公开工作年度报告", "一、总体情况", "正文。",
             "二、主动公开政府信息情况"]
    truth: dict[str, dict[str, int | None]] = {}
    hows: dict[str, str] = {}
    for heading, words, items in BLOCKS[template]:
        how = rng.choice(HEADERS)
        values = [[figure(rng, word) if rng.random() < 0.55 else None for word in words] for _ in items]
        lines += block_lines(rng, heading, words, values, [label for _, label in items], how, zeros_print)
        for (key, _), row in zip(items, values):
            columns = L.TEMPLATE_DISCLOSURE_COLUMNS[template][L.DISCLOSURE_ITEMS[key][0]]
            truth[key] = dict(zip(columns, [0 if v is None and zeros_print else v for v in row], strict=True))
            hows[key] = how
    lines += ["三、收到和处理政府信息公开申请情况", "无。"]
    report = parse_text("\n".join(lines) + "\n", "t_chromium_markitdown.md")
    wrong, right, unknown = [], 0, 0
    for cell in report.cells:
        if cell.table != "disclosures" or cell.row not in truth:
            continue
        expected = truth[cell.row][cell.column]
        if cell.state == "unknown":
            unknown += 1
        elif (cell.value if cell.state != "blank" else None) == expected:
            right += 1
        else:
            wrong.append((seed, template, cell.row, cell.column, cell.value, cell.state, expected, hows[cell.row]))
    return wrong, right, unknown


def main() -> None:
    run_from_the_command_line(run, __doc__, 300)


if __name__ == "__main__":
    main()
