"""Fuzz of markitdown's table 3 of a real page's PDF (mdreal44): rows whose wrapped label splits their cells over two
pipe rows of one grid (`rows_over_two_pipe_rows.py`), beside rows that look alike and are not one row. Counts the
cells read wrong (a value or blank that is not the truth); a cell left unknown is never wrong.

    .venv/bin/python benchmarks/fuzz_markitdown_rows_over_two_pipe_rows.py [--count N] [--start S] [--show K]

The grid has a margin column before the labels. Per document, each row printed one of four ways, drawn with the
document's weights: `line` (label and figures on one pipe row); `split` (the label cut inside its own words, some of
its columns on the label's first pipe row and the others on the next, the label's rest in that row's label cell or
on a plain line after it, now and then a piece of its group's heading in the margin cell beside the figures); `whole` (the
same but the label whole on the first row and no rest: the second row may be the next row's); `wrapped` (as `split`,
one figure of two digits or more broken over the two rows in its own cell). Blanks print `0` or nothing, per document.
"""

from __future__ import annotations

import random
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from fuzz_markitdown import KEYS, pipe, table
from fuzz_markitdown_pieces import run_from_the_command_line, scored

from orchestration.parsing.parse import parse_text
from tests.unit.test_converted_markdown import LABELS_2021, report

HEADER = "|  | （本列数据的勾稽关系） | 自然人 | 商业企业 | 科研机构 | 社会公益组织 | 法律服务机构 | 其他 | 总计 |"
NUMBERING = re.compile(r"(?:[一二三四五六七八九十]+、|（[一二三四五六七八九十]+）|\d+\.)?")
RULE = "| --- | --- | --- | --- | --- | --- | --- | --- |"
# pieces of the group headings down the margin, each beside its own group's rows (`予公开` of （三）不予公开)
MARGIN_PIECES = {"granted": ("三、本年", "度办理", "结果"), "partially_granted": ("度办理", "结果"),
                 "denied": ("（三）不", "予公开", "（三）不予"), "unavailable": ("（四）无", "法提供", "无法提"),
                 "rejected": ("（五）不", "予处理"), "other": ("（六）其", "他处理", "理")}


def margin_piece(rng: random.Random, key: str) -> str:
    """Nothing, or a piece of the heading of the group `key` stands in (none for a row of no group)."""
    pieces = MARGIN_PIECES.get(key, MARGIN_PIECES.get(key.split("_")[0], ()))
    return rng.choice(["", *pieces]) if pieces and key != "results_total" else ""


def rows_of(rng: random.Random, key: str, words: list[str], how: str) -> list[str]:
    label = LABELS_2021[key]
    if how == "line":
        return [pipe(["", label, *words])]
    own = label.split()[-1]
    start = len(label) - len(own) + NUMBERING.match(own).end() + 1  # a word at least past the row's numbering
    cut = rng.randint(min(start, len(label) - 1), len(label) - 1) if how != "whole" else len(label)
    first_columns = {6} if rng.random() < 0.6 else set(rng.sample(range(7), rng.randint(1, 6)))
    top = [w if i in first_columns else "" for i, w in enumerate(words)]
    bottom = ["" if i in first_columns else w for i, w in enumerate(words)]
    if how == "wrapped" and (wide := [i for i, w in enumerate(words) if len(w) >= 2]):
        at = rng.choice(wide)
        top[at], bottom[at] = words[at][:1], words[at][1:]
    margin = margin_piece(rng, key)
    if how != "whole" and rng.random() < 0.5:  # the label's rest beside the figures
        return [pipe(["", label[:cut], *top]), pipe([margin, label[cut:], *bottom])]
    rest = [label[cut:]] if label[cut:] else []
    return [pipe(["", label[:cut], *top]), pipe([margin, "", *bottom]), *rest]


def run(seed: int) -> tuple[list[tuple], int, int]:
    rng = random.Random(seed)
    t = table(rng)
    zeros_print = rng.random() < 0.5
    weights = [rng.choice([1, 3]), rng.choice([0, 1, 3]), rng.choice([0, 1]), rng.choice([0, 1])]
    hows = dict(zip(KEYS, rng.choices(["line", "split", "whole", "wrapped"], weights=weights, k=len(KEYS))))
    rows = {key: rows_of(rng, key, [str(v) if v or zeros_print else "" for v in t[key]], hows[key]) for key in KEYS}
    truth = {key: [v if v or zeros_print else None for v in t[key]] for key in KEYS}
    text = report(rows, header=HEADER).replace(f"{RULE}\n|  |", f"{RULE} --- |\n|  |", 1)
    return scored(parse_text(text, "t.md").cells, truth, seed, hows)


def main() -> None:
    run_from_the_command_line(run, __doc__, 300)


if __name__ == "__main__":
    main()
