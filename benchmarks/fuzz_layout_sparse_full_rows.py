"""Fuzz table 3 of `pdftotext -layout` (poppler's pages: a form feed ends each) whose rows mostly print a word in
every cell (`0` or a blank mark `-`), so that those full rows fix each column's place on the page, while a few rows
print nothing in some cells. Counts the cells read wrong (a value, recovered or blank cell that is not the truth)
and unknown.

Each document draws its columns' places (evenly spaced, as Chromium's narrow equal columns, where any run of them
fits another run's spacing, or uneven), its figures left-aligned at them as Chromium sets them. A short row:
* drops cells printing nothing (a blank: truth blank), its sum still holding;
* or loses a cell that held a figure (truth that figure: the text does not show it, never blank);
* and, now and then, sets a word two glyphs off its place, between two columns four or more glyphs apart (no
  column proven).
A row's words never stand where the full rows set the column before theirs (poppler sets a word starting right of
another's end at least a glyph past it).

    .venv/bin/python benchmarks/fuzz_layout_sparse_full_rows.py [--count N] [--start S] [--show K]
"""

from __future__ import annotations

import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from fuzz_markitdown import KEYS, table
from fuzz_markitdown_pieces import run_from_the_command_line
from fuzz_stacked_glyphs import scored

from tests.unit.test_reader_classes import ROWS, TITLE

HEADER = ["三、收到和处理政府信息公开申请情况",
          "                                    申请人情况",
          "                               自     法人或其他组织",
          "                               然 商业 科研 社会公 法律服 其 总",
          "                               人 企业 机构 益组织 务机构 他 计"]


def places(rng: random.Random) -> list[int]:
    """Where each column's words start: four glyphs apart, or as uneven as Chromium's widths make them."""
    start = rng.randint(30, 36)
    steps = [4] * 6 if rng.random() < 0.5 else [rng.randint(3, 8) for _ in range(6)]
    return [start + sum(steps[:column]) for column in range(7)]


def short_row(rng: random.Random, values: list[int]) -> list[bool]:
    """Which cells a short row prints: cells dropped where they held 0 (blank, printing nothing), or one figure
    lost (its truth kept: the text does not show it)."""
    zeros = [column for column, value in enumerate(values) if value == 0]
    figures = [column for column, value in enumerate(values) if value != 0]
    printed = [True] * 7
    if zeros and (rng.random() < 0.7 or not figures):
        for column in rng.sample(zeros, rng.randint(1, len(zeros))):
            printed[column] = False
    else:
        printed[rng.choice(figures)] = False
    return printed


def document(rng: random.Random) -> tuple[str, dict[str, list[int | None]]]:
    t = table(rng, natural=rng.choice([(1, 9), (5, 60)]))
    mark = rng.choice(["0", "-"])
    at = places(rng)
    shorts = set(rng.sample(KEYS, rng.randint(1, 4)))
    truth: dict[str, list[int | None]] = {}
    lines = list(HEADER)
    for key, label, heading in ROWS:
        if key not in t:
            continue
        values = t[key]
        printed = short_row(rng, values) if key in shorts else [True] * 7
        # a blank mark, or a zero a short row drops, is blank; a lost figure keeps its truth
        truth[key] = [None if value == 0 and (mark == "-" or not shown) else value
                      for value, shown in zip(values, printed, strict=True)]
        if heading:
            lines.append("    " + heading)
        line = "      " + label[:18]
        # a word set two glyphs off its place, between two columns at least four glyphs apart
        apart = [c for c in range(7) if all(abs(at[c] - at[o]) >= 4 for o in (c - 1, c + 1) if 0 <= o < 7)]
        off = rng.choice(apart) if key in shorts and apart and rng.random() < 0.2 else None
        for column, value in enumerate(values):
            if not printed[column]:
                continue
            word = mark if value == 0 else str(value)
            place = at[column] + (2 if column == off else 0)
            line = line.ljust(place) + word if len(line) < place else line + " " + word
        lines.append(line)
        if label[18:]:
            lines.append("      " + label[18:])
    text = TITLE + "\n".join([*lines, "", "四、政府信息公开行政复议、行政诉讼情况", "", "五、存在的主要问题及改进情况",
                              "无。"]) + "\n\f"
    return text, truth


def run(seed: int) -> tuple[list[tuple], int, int]:
    text, truth = document(random.Random(seed))
    return scored(seed, text, "x_chromium_pdftotext.txt", truth)


def main() -> None:
    run_from_the_command_line(run, __doc__, 300, "sparse rows among full rows: ")


if __name__ == "__main__":
    main()
