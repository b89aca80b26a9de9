"""Made-up table 3s printing a mark in their blank cells, as plain `pdftotext` writes Chromium's PDF whose labels'
block took the first column from the third row on and whose other cells stand in blocks (the first two rows' as
r37's 000018, the later rows' in column blocks of random sizes): tests/unit/test_plain_first_column_beside_labels_
marked.py's `labels_then_blocks`, the table plain_chunks_fuzz.py's `table` (its zeros blank). Each case one of

    clean    as printed
    stolen   one row's first cell printed nothing after all (a blank style mixed in), and its next printed
             column's figure stands beside its label in its place
    piece    one row's first-column figure of two digits or more lost its first digit (a wrapped full-width
             figure whose piece poppler set on the row above's lines, lost there)
    wrapped  the first column in full-width digits, each figure of two digits wrapped a piece a line, its first
             piece after the row above's word (its label one line: the figure centred on it)

read by the parser and scored against the table: the check for silent wrong cells in column_beside_labels.py's
`first_column_beside_the_labels`.

    .venv/bin/python benchmarks/fuzz_first_column_beside_marked.py SEED COUNT [--show]

prints, per case kind, `wrong W unknown U first-column-read R files N` (wrong: cells read, not unknown, whose value
is not the table's; first-column-read: cells of the first column read beside the labels, rows 3 on).
"""

from __future__ import annotations

import random
import sys
from collections import Counter
from itertools import pairwise
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from fuzz_band_then_totals_apart import chunk_sizes
from plain_chunks_fuzz import table

from orchestration.parsing.cells import UNKNOWN
from orchestration.parsing.parse import parse_text
from tests.unit.test_plain_first_column_beside_labels_marked import labels_then_blocks
from tests.unit.test_reader_classes import ROWS, applications_of

KEYS = [key for key, _, _ in ROWS]
MARKS = ("/", "—", "-", "无")
KINDS = ("clean", "stolen", "piece", "wrapped")
WIDE = str.maketrans("0123456789", "０１２３４５６７８９")


def wrapped(text: str, figures: dict[str, list[int | None]], mark: str) -> str:
    """`text` with the first column's figures beside the later rows' labels in full-width digits, one of two
    digits a piece a line, its first piece after the row above's word (the `wrapped` case)."""
    written = {key: mark if figures[key][0] is None else str(figures[key][0]) for key in KEYS}
    for (above, label_above, _), (key, label, _) in pairwise(ROWS[2:]):
        lead = figures[key][0]
        if lead is not None and lead >= 10:
            first, rest = str(lead)[0].translate(WIDE), str(lead)[1:].translate(WIDE)
            text = text.replace(f"{label_above}\n{written[above]}\n", f"{label_above}\n{written[above]}\n{first}\n", 1)
            text = text.replace(f"{label}\n{lead}\n", f"{label}\n{rest}\n", 1)
            written[key] = rest
    return text


def printed(rng: random.Random, kind: str, figures: dict[str, list[int | None]]) -> dict[str, list[int | None]]:
    """The table as printed for a case of `kind` (the module's doc); the figures themselves where it cannot apply."""
    shown = {key: list(row) for key, row in figures.items()}
    later = KEYS[2:]
    if kind == "stolen":
        rows = [key for key in later if shown[key][0] is None and any(v is not None for v in shown[key][1:6])]
        if rows:
            key = rng.choice(rows)
            column = next(column for column in range(1, 6) if shown[key][column] is not None)
            shown[key][0], shown[key][column] = shown[key][column], None
    elif kind == "piece":
        rows = [key for key in later if (shown[key][0] or 0) >= 10]
        if rows:
            key = rng.choice(rows)
            shown[key][0] = int(str(shown[key][0])[1:])
    return shown


def main(seed: int, count: int, show: bool) -> None:
    rng = random.Random(seed)
    wrong, unknown, first_read, files = Counter(), Counter(), Counter(), Counter()
    for case in range(count):
        made = table(rng, KEYS)
        if rng.random() < 0.3:  # a larger first column: figures of two digits, for the lost pieces
            for key in KEYS:
                made[key] = [value * 11 if column in (0, 6) else value for column, value in enumerate(made[key])]
            made = {key: [*row[:6], sum(row[:6])] for key, row in made.items()}
        figures = {key: [value or None for value in made[key]] for key in KEYS}
        kind = KINDS[case % len(KINDS)]
        mark = rng.choice(MARKS)
        text = labels_then_blocks(printed(rng, kind, figures), mark, chunk_sizes(rng, len(KEYS) - 2))
        if kind == "wrapped":
            text = wrapped(text, figures, mark)
        read = applications_of(parse_text(text, "plain.txt"))
        files[kind] += 1
        for key in KEYS:
            for column, (cell, value) in enumerate(zip(read[key], figures[key])):
                if cell.state == UNKNOWN:
                    unknown[kind] += 1
                    continue
                first_read[kind] += column == 0 and key in KEYS[2:]
                if cell.value != value:
                    wrong[kind] += 1
                    if show:
                        print(f"case {case} ({kind}) {key} {column}: read {cell.value} ({cell.state}), written {value}")
    for kind in KINDS:
        print(f"{kind:6} wrong {wrong[kind]} unknown {unknown[kind]} first-column-read {first_read[kind]} "
              f"files {files[kind]}")


if __name__ == "__main__":
    main(int(sys.argv[1]), int(sys.argv[2]), "--show" in sys.argv[3:])
