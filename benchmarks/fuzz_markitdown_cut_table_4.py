"""Fuzz of markitdown's table 4 of LibreOffice's PDF, sparse and cut at the page's edge before 复议后起诉's 总计:
made-up tables that keep every rule, laid out on a page and written as markitdown writes them, read back; counts the
cells read wrong (a value or blank that is not the truth).

    .venv/bin/python benchmarks/fuzz_markitdown_cut_table_4.py [--start S] [--count N] [--show K] [--whole]

The model (pipe_page_grid.py's premise): fifteen columns of random widths side by side; each header word and each
figure centred in its column, its words wrapped as LibreOffice wraps them (`结果维` over `持`, the 总计 of the first
two proceedings on loose lines of their own, 复议后起诉's 总计 past the paper's edge); a blank prints nothing. Half
the documents print 复议后起诉's total (a line starting inside the paper is written whole though its centred name is
not), half cut it with its name. markitdown's grid: pipe cells starting at a random few of the words' left edges
(the first at the page's), every row as wide; a word goes to the first cell whose right bound (the next cell's start
less 20 pt) lies right of its left edge, the words of a cell joined by spaces. Rows as in md43/md71: the proceedings'
names, 行政复议's first pieces, `总计`, its second pieces beside 行政诉讼's first ones, `总计`, their second pieces, the
figures. A cell the reader leaves unknown is never wrong; the cut total's truth is its parts' sum (never printed).
`--whole`: the page is wide enough: 复议后起诉's 总计 printed, its name on a loose line of its own too.
"""

from __future__ import annotations

import argparse
import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from orchestration.core import labels as L
from orchestration.parsing.parse import parse_text
from tests.unit.test_converted_markdown import report

REVIEW_KEYS = [(proceeding, outcome) for proceeding in L.PROCEEDING_KEYS for outcome in L.REVIEW_OUTCOME_KEYS]
PRINTED_LINES = ("| 行政复议 | | | | | 行政诉讼 | | | | | | | | | |",
                 "| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |",
                 "| 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 |")
PIECES = (("结果维", "持"), ("结果纠", "正"), ("其他结", "果"), ("尚未审", "结"))  # each outcome's two lines
GLYPH, DIGIT = 10.5, 5.5  # a CJK glyph's width and a digit's, in points
BOUND_GAP = 20  # markitdown: a cell's right bound is the next cell's start less 20 pt

Word = tuple[float, str]  # (left edge, text)


def centred(start: float, width: float, text: str, glyph: float) -> Word:
    return start + (width - len(text) * glyph) / 2, text


def table_4(rng: random.Random, whole: bool) -> tuple[list[int | None], bool]:
    """The fifteen cells (None a blank), each proceeding blank or its total its parts' sum, and whether 复议后起诉's
    total is written past the edge."""
    values: list[int | None] = []
    for _ in L.PROCEEDING_KEYS:
        parts = [rng.choice([None, None, None, 1, 2, 3, 4, 12]) if rng.random() < 0.6 else None for _ in range(4)]
        total = sum(part or 0 for part in parts)
        values += [*parts, total or None]
    return values, whole or rng.random() < 0.5


def page(rng: random.Random, values: list[int | None], total_written: bool, whole: bool) -> str:
    """Table 4 laid out and written as markitdown's pipe rows and loose lines."""
    widths = [rng.uniform(34, 60) for _ in REVIEW_KEYS]
    starts = [sum(widths[:column]) for column in range(len(widths))]
    group = len(L.REVIEW_OUTCOME_KEYS)

    def span(first: int, last: int) -> tuple[float, float]:
        return starts[first], starts[last] + widths[last] - starts[first]

    names = [centred(*span(0, group - 1), "行政复议", GLYPH), centred(*span(group, 3 * group - 1), "行政诉讼", GLYPH)]
    names_2 = [centred(*span(group, 2 * group - 1), "未经复议直接起诉", GLYPH),
               centred(*span(2 * group, 3 * group - 1), "复议后起诉", GLYPH)]
    first = [centred(starts[c], widths[c], PIECES[o][0], GLYPH) for c, o in zip(range(4), range(4))]
    second_and_first = [centred(starts[c], widths[c], PIECES[c][1], GLYPH) for c in range(4)] + [
        centred(starts[p * group + o], widths[p * group + o], PIECES[o][0], GLYPH) for p in (1, 2) for o in range(4)]
    second = [centred(starts[p * group + o], widths[p * group + o], PIECES[o][1], GLYPH) for p in (1, 2) for o in range(4)]
    shown = len(REVIEW_KEYS) if total_written else len(REVIEW_KEYS) - 1
    figures = [centred(starts[c], widths[c], str(v), DIGIT) for c, v in enumerate(values[:shown]) if v is not None]
    rows = [names, names_2, first, second_and_first, second, figures]
    edges = sorted({round(x, 1) for row in rows for x, _ in row if x > 1})
    cells = [0.0, *sorted(rng.sample(edges, rng.randint(min(4, len(edges)), min(13, len(edges)))))]

    def pipe(words: list[Word]) -> str:
        texts: list[list[str]] = [[] for _ in cells]
        for x, text in sorted(words):
            cell = next((i for i, start in enumerate(cells[1:]) if start - BOUND_GAP > x), len(cells) - 1)
            texts[cell].append(text)
        return "| " + " | ".join(" ".join(found) for found in texts) + " |"

    rule = "| " + " | ".join("---" for _ in cells) + " |"
    return "\n".join((pipe(names), rule, pipe(names_2), pipe(first), "总计", pipe(second_and_first), rule, "总计",
                      pipe(second), rule, *(["总计"] if whole else []), pipe(figures)))


def run(seed: int, whole: bool = False) -> tuple[list[tuple], int, int, str]:
    rng = random.Random(seed)
    values, total_written = table_4(rng, whole)
    text = report().replace("\n".join(PRINTED_LINES), page(rng, values, total_written, whole))
    wrong, right, unknown = [], 0, 0
    for cell in parse_text(text, "t.md").cells:
        if cell.table != "reviews":
            continue
        want = values[REVIEW_KEYS.index((cell.row, cell.column))]
        if cell.state == "unknown":
            unknown += 1
        elif (None if cell.state == "blank" else cell.value) != want:
            wrong.append((seed, cell.row, cell.column, cell.value, cell.state, want))
        else:
            right += 1
    return wrong, right, unknown, text


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=300)
    parser.add_argument("--start", type=int, default=0)
    parser.add_argument("--show", type=int, default=0, help="print the table of the first K documents read wrong")
    parser.add_argument("--whole", action="store_true", help="复议后起诉's 总计 printed, its name too")
    args = parser.parse_args()
    wrong, right, unknown, shown = [], 0, 0, 0
    for seed in range(args.start, args.start + args.count):
        found, r, u, text = run(seed, args.whole)
        wrong += found
        right, unknown = right + r, unknown + u
        if found and shown < args.show:
            shown += 1
            print(text[text.index("四、"):text.index("五、")], found, sep="\n")
    print(f"documents {args.count}  cells right {right}  unknown {unknown}  wrong {len(wrong)}")
    for item in wrong[:20]:
        print("  ", item)


if __name__ == "__main__":
    main()
