"""Fuzz tables 3 and 4 as `pdftotext -layout` writes Chromium's PDF of narrow columns (layout11):

- table 3: each row's label cut over lines, its figures on its first line; some rows' labels wrapped round
  their figures, the line between holding the group heading beside them or nothing (`2.没有现成信息需要另行` /
  `（四）无法提供  0 1 0 …` / `制作`, application_table.py `_figures_before_labels`); some rows blank (printing nothing),
  a row's label line missing, a page number and the header repeated on a new page, figures of 1 to 5 digits
  with or without thousands grouped;
- table 4: Chromium's packed header (its words proving no column) and one row of figures where blank cells
  print nothing, the first column's at the line's first glyph where printed (`_reviews_from_the_left_edge`).

Counts the cells read wrong: a cell not unknown whose value differs from the truth drawn (a blank read where
a figure is, or the other way, is wrong too).

With `--sparse` (layoutsparse25), table 3 is sparse as the reports this round left unknown: every zero cell prints
nothing (truth blank), most columns hold no figure at all, and each figure stands where poppler set its block: its
column's place on the page (each page its own, a page break shifting them), pushed right by 0 to 2 glyphs (a
block's column is at least 3 past the end of every block wholly left of it, so a row's figures drift with what
stands left of them), under Chromium's packed header, whose words prove no column. No row fills every column, so
nothing proves which applicant column a figure stands in: every such cell must stay unknown, never guessed.

With `--margin` (review16), each sub-row group's heading stands in the margin near its middle row as `-layout` sets a
heading centred on its rows, its numbering alone on a line (`（六）` / `其他处理`, now and then the numbering only), the
lines between any two lines of that row (inside its wrapped label too); the default draws are unchanged.

With `--drifted` (fresh38), rows' labels lose their numbering (`本机关不掌握相关政府信息`, "label drift") and more of
them wrap round their own figure lines, neighbours too, the group or margin heading beside them split over the
figure line and the line after (`本机关不掌握相关政府信` / `三、本年度   0 …` / `办理结果    息`); the default draws
are unchanged.

    .venv/bin/python benchmarks/fuzz_layout_labels.py [--cases N] [--seed S] [--show K] [--hard] [--margin] [--sparse]
        [--drifted]
"""

from __future__ import annotations

import argparse
import random
import re
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from fuzz_column_blocks import KEYS, WIDTH, compare, draw_table, run

from orchestration.parsing.parse import parse_text
from tests.unit.test_layout_label_round_figures import AT, HEADER, REVIEW_HEADER
from tests.unit.test_reader_classes import ROWS, TITLE, applications_of


def printed(value: int | None, grouped: bool) -> str:
    return "" if value is None else f"{value:,}" if grouped else str(value)


def figure_line(prefix: str, values: list[str], step: int) -> str:
    line = prefix.ljust(AT) if len(prefix) < AT else prefix + " "
    return (line + "".join(value.ljust(step) for value in values)).rstrip()


_NUMBERING_RE = re.compile(r"^(?:\d+\.|（[一二三四五六七]）)")  # a sub-row's numbering, lost where labels drift


def table_3(rng: random.Random, hard: bool = False, margin: bool = False, drifted: bool = False
            ) -> tuple[list[str], dict[str, list[int | None]], dict[str, object]]:
    """Table 3's lines; `hard`: more rows wrapped round their figures (neighbours too), a label cut right
    after its numbering (`1.` / figures / `申请人…`), and the page broken inside a wrapped label (its page
    number and the header repeated between its first line and its figures, or its figures and its rest);
    `drifted`: labels without their numbering, more of them wrapped round their figures, the heading beside
    them split over the figure line and the next (`三、本年度  0 …` / `办理结果   息`)."""
    table = draw_table(rng, rng.random() < 0.1)
    truth: dict[str, list[int | None]] = {key: list(values) for key, values in table.items()}
    grouped = rng.random() < 0.5
    blanks = rng.random() < 0.3  # a row of zeros prints nothing (blank in the report)
    if blanks:
        for key in KEYS:
            if not any(table[key]) and rng.random() < 0.5:
                truth[key] = [None] * WIDTH
    wraps = set(rng.sample(range(len(ROWS)), rng.choice([4, 6, 8] if hard or drifted else [0, 1, 1, 2, 3])))
    missing = rng.randrange(len(ROWS)) if rng.random() < 0.15 else None
    page_at = rng.randrange(3, len(ROWS)) if rng.random() < 0.3 else None
    step = max(len(printed(v, grouped)) for values in table.values() for v in values) + 2
    lines = list(HEADER)
    blocks: list[tuple[int, int]] = []  # each row's (first, past) line
    groups: dict[int, list[int]] = {}  # a sub-row group's first row → its rows
    for index, (key, label, heading) in enumerate(ROWS):
        if margin and label[0].isdigit():
            groups.setdefault(max(i for i in range(index + 1) if ROWS[i][2]), []).append(index)
        if margin and heading and heading.startswith("（"):
            heading = None  # the group's heading stands in the margin, centred on its rows (placed below)
        blocks.append((len(lines), 0))
        if index == page_at:
            lines += ["", f"{rng.randint(1, 9)}", "\f" + HEADER[2], *HEADER[3:]]
        values = [printed(v, grouped) for v in truth[key]]
        if drifted and index in wraps:
            label = _NUMBERING_RE.sub("", label)
        head, rest = label[:18], label[18:]
        if drifted and index in wraps and len(label) > 4:  # its heading split beside the figure line and the next
            cut = rng.randint(2, len(label) - 1)
            head, rest = label[:cut], label[cut:]
            split = rng.randint(1, len(heading) - 1) if heading and len(heading) > 2 and rng.random() < 0.7 else None
            beside, below = (heading[:split], heading[split:]) if split else ("", "")
            lines += [] if index == missing else ["              " + head]
            lines.append(figure_line(beside, values, step) if any(values) else beside)
            lines += [below.ljust(14) + rest]
            blocks[-1] = (blocks[-1][0], len(lines))
            continue
        if index in wraps and len(label) > 6:  # its label wrapped round its figures, its heading beside them
            cut = rng.randint(2 if hard else 3, min(len(label) - 2, 18))
            while label[cut] in "）、.":  # never a line opening with the numbering's end (Chromium's line breaking)
                cut += 1
            head, rest = label[:cut], label[cut:]
            beside = ("    " + heading) if heading and rng.random() < 0.7 else ""
            page = ["", f"{rng.randint(1, 9)}", "\f" + HEADER[2], *HEADER[3:]] if hard and rng.random() < 0.2 else []
            before = bool(page) and rng.random() < 0.5
            lines += [] if index == missing else ["           " + head]
            lines += page if before else []
            lines.append(figure_line(beside, values, step) if any(values) else beside)
            lines += [] if before else page
            lines += ["           " + rest]
            blocks[-1] = (blocks[-1][0], len(lines))
            continue
        if heading:
            lines.append("    " + heading)
        if index == missing:
            lines.append(figure_line("", values, step))
        else:
            lines.append(figure_line("      " + head, values, step))
        if rest and index != missing:
            lines.append("      " + rest)
        blocks[-1] = (blocks[-1][0], len(lines))
    if margin:  # each sub-row group's heading in the margin, its numbering alone on a line (`（六）` / `其他处理`),
        # the two lines between any two lines of a row near the group's middle (inside a wrapped label too)
        for first, rows in sorted(groups.items(), reverse=True):
            heading = ROWS[first][2]
            numbering, words = heading[:3], heading[3:]
            row = rows[min(len(rows) - 1, max(0, len(rows) // 2 - 1 + rng.randint(0, 1)))]
            start, past = blocks[row]
            at = rng.randint(start, past)
            lines[at:at] = ["  " + numbering, "  " + words] if rng.random() < 0.7 else ["  " + numbering]
    options = {"grouped": grouped, "blanks": blanks, "wraps": len(wraps), "missing": missing is not None,
                   "page": page_at is not None}
    return lines, truth, options


def sparse_table_3(rng: random.Random) -> tuple[list[str], dict[str, list[int | None]], dict[str, object]]:
    """Table 3 where a blank prints nothing and most columns are empty (`--sparse`): each row's figures at its
    page's column places, each pushed right by 0 to 2 glyphs (never past the next column's place)."""
    table = draw_table(rng, False, zeros=0.6)
    truth: dict[str, list[int | None]] = {key: [v or None for v in values] for key, values in table.items()}
    page_at = rng.randrange(3, len(ROWS)) if rng.random() < 0.5 else None
    widest = max(len(str(v)) for values in table.values() for v in values)
    steps = [widest + rng.randint(2, 5) for _ in range(WIDTH)]  # each column its own width, as Chromium sizes it

    def places() -> list[int]:
        at, found = AT + rng.randint(-3, 3), []
        for step in steps:
            found.append(at)
            at += step
        return found

    columns = places()
    lines = list(HEADER)
    for index, (key, label, heading) in enumerate(ROWS):
        if index == page_at:  # a new page: poppler sets its blocks' columns afresh
            lines += ["", f"{rng.randint(1, 9)}", "\f" + HEADER[2], *HEADER[3:]]
            columns = places()
        if heading:
            lines.append("    " + heading)
        line = ("      " + label[:18]).ljust(AT - 4)
        for column, value in enumerate(truth[key]):
            if value is None:
                continue
            at = max(columns[column] + rng.randint(0, 2), len(line) + 2)
            if column + 1 < WIDTH and at + len(str(value)) + 2 > columns[column + 1]:
                at = columns[column]  # no room to drift: at its place
            line = line.ljust(at) + str(value)
        lines.append(line.rstrip())
        if label[18:]:
            lines.append("      " + label[18:])
    return lines, truth, {"page": page_at is not None, "columns_printed": sum(
        any(truth[key][column] is not None for key in KEYS) for column in range(WIDTH - 1))}


def table_4(rng: random.Random) -> tuple[list[str], list[int | None], dict[str, object]]:
    truth: list[int | None] = []
    for _ in range(3):
        parts = [rng.choice([None, None, 0, rng.randint(1, 3), rng.randint(1, 99)]) for _ in range(4)]
        total = sum(v or 0 for v in parts)
        truth += [*parts, total if any(v is not None for v in parts) or rng.random() < 0.5 else None]
    if truth[0] is None and rng.random() < 0.7:
        truth[0] = rng.randint(0, 9)
        truth[4] = sum(v or 0 for v in truth[:4])
    step = rng.choice([3, 4, 5])
    shift = 0 if truth[0] is not None else rng.choice([0, step])
    line = ""
    for column, value in enumerate(truth):
        at = shift + column * step
        line = line.ljust(at)
        if value is not None:
            line += str(value)
    if not line.strip():
        line = "0"
        truth = [0] + truth[1:]
    return [*REVIEW_HEADER, line.rstrip()], truth, {"first_printed": truth[0] is not None, "step": step}


def make_case(rng: random.Random, hard: bool = False, margin: bool = False, sparse: bool = False,
              drifted: bool = False):
    lines_3, truth_3, options_3 = sparse_table_3(rng) if sparse else table_3(rng, hard, margin, drifted)
    lines_4, truth_4, options_4 = table_4(rng)
    text = TITLE + "\n".join([*lines_3, *lines_4, "", "五、存在的主要问题及改进情况", "无。"]) + "\n\f"
    return text, truth_3, truth_4, {**options_3, **options_4}


def wrong_cells(text: str, truth_3: dict[str, list[int | None]], truth_4: list[int | None], counts: Counter[str]
                ) -> list[tuple]:
    """The cells of tables 3 and 4 read wrong (each counted in `counts`)."""
    wrong: list[tuple] = []
    wrong_in_tables_3_and_4(parse_text(text, "chromium_pdftotext.txt"), truth_3, truth_4, wrong, counts)
    return wrong


def wrong_in_tables_3_and_4(report, truth_3: dict[str, list[int | None]], truth_4: list[int | None], wrong: list[tuple],
                            counts: Counter[str]) -> None:
    """Add the cells of the report's tables 3 and 4 read wrong to `wrong` (each counted in `counts`)."""
    read = applications_of(report)
    before = len(wrong)
    for key, expected in truth_3.items():
        compare(zip(read.get(key, []), expected), key, wrong, counts)
    compare(zip([cell for cell in report.cells if cell.table == "reviews"], truth_4), "reviews", wrong, counts)
    counts["cells wrong in table 4"] += sum(tag == "reviews" for tag, *_ in wrong[before:])


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--cases", type=int, default=200)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--show", type=int, default=3)
    parser.add_argument("--hard", action="store_true", help="more wrapped labels, cut after the numbering, pages inside")
    parser.add_argument("--margin", action="store_true",
                        help="each sub-row group's heading in the margin near its middle row, its numbering alone on a "
                             "line (`（六）` / `其他处理`), between any two lines of that row (inside a wrapped label)")
    parser.add_argument("--sparse", action="store_true",
                        help="table 3 sparse: zero cells print nothing, few columns printed, figures drifting right of "
                             "their column's place as poppler pushes blocks, each page its own places")
    parser.add_argument("--drifted", action="store_true",
                        help="labels without their numbering, more wrapped round their figures, the heading beside "
                             "them split over the figure line and the next (`三、本年度  0 …` / `办理结果   息`)")
    args = parser.parse_args()
    rng = random.Random(args.seed)
    run(args.cases, args.show, lambda _: make_case(rng, args.hard, args.margin, args.sparse, args.drifted),
        wrong_cells)


if __name__ == "__main__":
    main()
