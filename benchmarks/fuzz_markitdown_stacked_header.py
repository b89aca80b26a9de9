"""Fuzz of markitdown's table 3 of a LibreOffice print whose header stacks narrow columns' names: made-up tables that
keep every rule, written as markitdown writes them, read back; counts the cells read wrong (a value or blank that is
not the truth).

    .venv/bin/python benchmarks/fuzz_markitdown_stacked_header.py [--start S] [--count N] [--blanks] [--total] [--spaced]
        [--show]

The model: the page's columns grouped into pipe cells (neighbours merged, `| 0 0 | 0 1 | 0 | 0 |`), every cell printing
its figure (zeros printed); each applicant name cut into pieces of a glyph or more, stacked over two to four header
lines from a line of its own, each line a pipe row (a piece in its column's pipe cell, beside its neighbours') or a
plain line (the pieces of that line in column order); 总计 cut at the page's edge with its column. `--blanks`: one to
three rows print one of their zeros as nothing. `--total`: 总计 printed, its figure in 其他's pipe cell after its own,
its name in 其他's pieces' cell or line (a table of seven words a row, no cut). `--spaced`: half the numbered
sub-rows printed as LibreOffice's DOCX print sets a narrow label column, plain lines of two glyphs, the row's words
single-spaced after the first (`2.其 0 0 1 0 0 0` / `他法` / `律行` …). A cell the reader leaves unknown is
never wrong.
"""

from __future__ import annotations

import argparse
import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks.fuzz_markitdown_sparse_cut_total import count_wrong, table
from orchestration.core import labels as L
from tests.unit.test_converted_markdown import LABELS_2021, report

NAMES = [L.APPLICANTS[key][0] for key in L.APPLICANT_KEYS[:-1]]
HEADER_RULE = "| --- | --- | --- | --- | --- | --- | --- | --- |"


def groups(rng: random.Random) -> list[list[int]]:
    """The six columns cut into pipe cells of one or two neighbours."""
    cells, at = [], 0
    while at < 6:
        size = 2 if at < 5 and rng.random() < 0.5 else 1
        cells.append(list(range(at, at + size)))
        at += size
    return cells


def header(rng: random.Random, cells: list[list[int]], total: bool) -> list[str]:
    """The header's lines: each name's pieces stacked from a line on, each line a pipe row or a plain line."""
    lines = rng.randint(2, 4)
    pieces: list[list[str]] = [[""] * 6 for _ in range(lines)]  # line → column → its piece there
    for column, name in enumerate([*NAMES[:-1], NAMES[-1] + ("总计" if total else "")]):
        start = rng.randint(0, lines - 1)
        cuts = sorted(rng.sample(range(1, len(name)), min(len(name) - 1, lines - start - 1)))
        for line, (begin, end) in enumerate(zip([0, *cuts], [*cuts, len(name)], strict=True), start):
            pieces[line][column] = " ".join(name[begin:end]) if rng.random() < 0.3 else name[begin:end]
    piped = [rng.random() < 0.6 for _ in range(lines)]
    piped[rng.randrange(lines)] = True
    rule = "| " + " | ".join(["---"] * (2 + len(cells))) + " |"
    out = ["（本列数 申请人情况", "据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和） 法人或其他组织"]
    for line, is_piped in zip(pieces, piped, strict=True):
        if is_piped:
            out += ["|  |  | " + " | ".join(" ".join(p for p in (line[c] for c in cell) if p) for cell in cells) + " |", rule]
        elif words := " ".join(piece for piece in line if piece):
            out.append(words)
    return out


def document(rng: random.Random, values: dict[str, list[int]], blanks: bool, total: bool, spaced: bool = False) -> str:
    cells = groups(rng)
    silent = {key: rng.choice([c for c in range(6) if not values[key][c]])
              for key in rng.sample(sorted(values), rng.randint(1, 3)) if not all(values[key])} if blanks else {}
    rows = {}
    for key, label in LABELS_2021.items():
        words = [[str(values[key][c]) for c in cell if silent.get(key) != c] for cell in cells]
        if total:
            words[-1].append(str(sum(values[key])))
        rows[key] = [f"| {label} |  | " + " | ".join(" ".join(cell) for cell in words) + " |"]
        if spaced and label[0].isdigit() and rng.random() < 0.5:
            pieces = [label[at : at + 2] for at in range(3, len(label), 2)]
            rows[key] = [f"{label[:3]} " + " ".join(word for cell in words for word in cell), *pieces]
    text = report(rows)
    header_line = next(line for line in text.splitlines() if line.startswith("| （本列数据的勾稽关系）"))
    return text.replace(f"{header_line}\n{HEADER_RULE}", "\n".join(header(rng, cells, total)))


MODES = {"blanks": "rows printing one of their zeros as nothing", "total": "总计 printed in 其他's pipe cell",
         "spaced": "sub-rows as plain lines of a narrow label column"}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--start", type=int, default=0)
    parser.add_argument("--count", type=int, default=300)
    for mode, meaning in MODES.items():
        parser.add_argument(f"--{mode}", action="store_true", help=meaning)
    parser.add_argument("--show", action="store_true", help="print each wrong cell")
    args = parser.parse_args()
    modes = {mode: getattr(args, mode) for mode in MODES}

    def made(rng: random.Random) -> tuple[dict[str, list[int]], str]:
        values = table(rng)
        return values, document(rng, values, **modes)

    print(count_wrong(range(args.start, args.start + args.count), made, args.show))


if __name__ == "__main__":
    main()
