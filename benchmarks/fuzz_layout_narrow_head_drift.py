"""Fuzz table 3 of `pdftotext -layout` (poppler's pages: a form feed ends each) under a header of narrow columns whose
names wrap over two or three lines (`自然` / `人`, `社会` / `公益` / `组织`), its blank cells printing nothing, where
pdftotext sets the figure lines by its own column arithmetic a few glyphs off the header lines. Counts the cells
read wrong (a value, recovered or blank cell that is not the truth) and unknown.

Each document draws its columns' places (three to five glyphs apart, narrow as Chromium sets a table fitted to the
page; now and then one column wider), each column's name cut into pieces over the header's lines (poppler packs
each line's pieces into one block, one space apart after its first, which stands at its column's place), and a
drift of the page's figure lines of 1..3 glyphs left or right (now and then a figure one glyph further off or back,
within 3): a figure set at its column's place on the page lands that many glyphs off it in the text, maybe under the
next column's word. A figure never starts less than a glyph past the word before it, nor less than two past its label.

With --apart, each header piece stands at its column's place instead (each a block of its own, three glyphs apart
or less): real reports of that shape set their figures where the header's words stand (沭阳 2023, LibreOffice's
PDF of a DOCX), and the reader keeps reading them so.

    .venv/bin/python benchmarks/fuzz_layout_narrow_head_drift.py [--count N] [--start S] [--show K] [--apart]
"""

from __future__ import annotations

import argparse
import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from fuzz_markitdown import table
from fuzz_markitdown_pieces import summarize
from fuzz_stacked_glyphs import scored

from tests.unit.test_reader_classes import ROWS, TITLE

# each column's name cut over two lines or three, as a narrow cell wraps it
WRAPS = [
    (("自然", "人"), ("自", "然", "人")),
    (("商业", "企业"),),
    (("科研", "机构"),),
    (("社会公", "益组织"), ("社会", "公益", "组织")),
    (("法律服", "务机构"), ("法律", "服务", "机构")),
    (("其", "他"),),
    (("总", "计"),),
]


def places(rng: random.Random) -> list[int]:
    """Where each column's header words start: narrow columns three to five glyphs apart, now and then one wider."""
    steps = [rng.randint(3, 5) for _ in range(6)]
    if rng.random() < 0.3:
        steps[rng.randrange(6)] += rng.randint(2, 4)
    start = rng.randint(28, 36)
    return [start + sum(steps[:column]) for column in range(7)]


def set_at(line: str, place: int, word: str, gap: int = 1) -> str:
    """`word` set at `place` on `line`, or `gap` spaces past its end where the line already reaches there."""
    return line.ljust(place) + word if len(line) + gap <= place else line + " " * gap + word


def header(rng: random.Random, at: list[int], packed: bool) -> list[str]:
    """The header's lines: 申请人情况 above, then each column's name's pieces a line each, those of the five columns
    under 法人或其他组织 a line below it (the heading set over them on the first line). `packed`: poppler packs each
    line's pieces into one block, the first at its column's place, each other one space after the glyphs before it;
    else each piece stands at its column's place (a block of its own)."""
    names = [rng.choice(wraps) for wraps in WRAPS]
    below = [0, 1, 1, 1, 1, 1, rng.randint(0, 1)]  # the line each column's name starts on
    lines = ["三、收到和处理政府信息公开申请情况", " " * (at[2] + 2) + "申请人情况"]
    notes = ["（本列数据的勾稽关系为：第一项加第二项之和，", "等于第三项加第四项之和）"]
    for index in range(max(len(pieces) + line for pieces, line in zip(names, below, strict=True))):
        line = " " * 4 + notes[index] if index < len(notes) else ""
        set_on_it = False  # a piece set on this line already: the next is packed after it
        for column, pieces in enumerate(names):
            if 0 <= index - below[column] < len(pieces):
                piece = pieces[index - below[column]]
                line = line + " " + piece if packed and set_on_it else set_at(line, at[column], piece)
                set_on_it = True
            if index == 0 and column == 1:
                line = set_at(line, at[2], "法人或其他组织")
        lines.append(line)
    return lines


def figure_line(rng: random.Random, label: str, words: list[tuple[int, str]], drift: int) -> str:
    """A row's line: its label, then each (place, word) `drift` glyphs off its place (now and then one more, within
    3)."""
    line = label
    for place, word in words:
        off = max(-3, min(3, drift + (rng.choice((-1, 1)) if rng.random() < 0.15 else 0)))
        line = set_at(line, max(place + off, len(label) + 2), word)
    return line


def document(rng: random.Random, packed: bool = True) -> tuple[str, dict[str, list[int | None]]]:
    t = table(rng, natural=rng.choice([(1, 9), (5, 60)]))
    at = places(rng)
    truth: dict[str, list[int | None]] = {}
    lines = header(rng, at, packed)
    drift = rng.choice((-3, -2, -1, 1, 2, 3))  # poppler's column arithmetic sets the page's figure lines alike
    for key, label, heading in ROWS:
        if key not in t:
            continue
        values = t[key]
        truth[key] = [None if value == 0 else value for value in values]  # a blank prints nothing
        if heading:
            lines.append("    " + heading)
        words = [(at[column], str(value)) for column, value in enumerate(values) if value]
        lines.append(figure_line(rng, "      " + label[:14], words, drift))
        if label[14:]:
            lines.append("      " + label[14:])
    text = TITLE + "\n".join([*lines, "", "四、政府信息公开行政复议、行政诉讼情况", "", "五、存在的主要问题及改进情况",
                              "无。"]) + "\n\f"
    return text, truth


def run(seed: int, packed: bool = True) -> tuple[list[tuple], int, int]:
    text, truth = document(random.Random(seed), packed)
    return scored(seed, text, "x_chromium_pdftotext.txt", truth)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=300)
    parser.add_argument("--start", type=int, default=0)
    parser.add_argument("--show", type=int, default=5)
    parser.add_argument("--apart", action="store_true", help="each header piece at its column's place, not packed")
    args = parser.parse_args()
    summarize(lambda seed: run(seed, not args.apart), args.start, args.count, args.show,
              f"narrow wrapped header{' (pieces apart)' if args.apart else ''}, figure lines drifting: ")


if __name__ == "__main__":
    main()
