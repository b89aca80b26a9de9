"""Made-up table 3s of mostly blanks printing nothing as plain `pdftotext` writes Chromium's PDF whose first
column stands beside each label and whose other columns follow the labels in chunks of random sizes, some
labels' lines as poppler orders them: two neighbouring labels on one line (the second not found as a label of
its own, its figure after the line), the second label's first words at the end of the first's line, the
figures, then the second's rest (`3.补正后申请内容仍不明确 1.信访` / `1` / `举报投诉类申请`), or a label whose line opens with its group's margin heading
(`（三）不予 4.保护第三方合法权益`) set below its own row's figure, which then follows the row above's label.
Read by the parser and scored against the table written: the check for silent wrong cells in
application_columns.py's `_first_column_beside_the_labels` (`_first_column_placings`).

    .venv/bin/python benchmarks/fuzz_first_column_beside.py SEED COUNT [--show] [--marks]

With --marks, each table prints a mark in its blank cells (`/`, `—`, `-`, `无`, one drawn a table): every cell a
word, the first column's beside every label (column_beside_labels.py's `first_column_beside_the_labels`).

prints `wrong W unknown U read R perturbed P files N worst S` (perturbed: files whose labels poppler's order moved; wrong: cells read, not unknown, whose value is not the
table's; read: files whose first column was read whole; worst: the most CPU seconds one file took). The text
is written by tests/unit/test_plain_pdftotext_classes.py's `beside_the_labels`, the table by
plain_chunks_fuzz.py's `table`.
"""

from __future__ import annotations

import random
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from fuzz_band_then_totals_apart import chunk_sizes
from plain_chunks_fuzz import table

from orchestration.parsing.cells import UNKNOWN
from orchestration.parsing.parse import parse_text
from tests.unit.test_plain_pdftotext_classes import beside_the_labels
from tests.unit.test_reader_classes import ROWS, applications_of

KEYS = [key for key, _, _ in ROWS]
# the words of each group's heading that open a sub-row's line when poppler sets it below its figure
MARGIN_WORDS = {"denied": "（三）不予", "unavailable": "（四）无法", "rejected": "（五）不予", "other": "（六）其他"}


def perturbed(rng: random.Random, text: str, figures: dict[str, list[int | None]]) -> str:
    """`text` with one or two sub-rows' label lines as poppler may order them (the module's doc)."""
    for _ in range(rng.choice([1, 1, 2])):
        index = rng.randrange(5, len(ROWS) - 3)  # a sub-row past its group's first
        (above, label_above, _), (key, label, heading) = ROWS[index - 1], ROWS[index]
        group = key.split("_")[0]
        if heading or group not in MARGIN_WORDS or not key.startswith(ROWS[index - 1][0].split("_")[0]):
            continue
        lead_above, lead = figures[above][0], figures[key][0]
        written_above = label_above + ("" if lead_above is None else f"\n{lead_above}")
        written = label + ("" if lead is None else f"\n{lead}")
        if f"{written_above}\n\n{written}" not in text:
            continue
        draw = rng.random()
        if draw < 0.35:  # both labels on one line, their figures after it
            joined = f"{label_above} {label}" + "".join(f"\n{value}" for value in (lead_above, lead) if value is not None)
        elif draw < 0.6:  # the label's first words end the line above, its figures, then its rest
            cut = rng.randint(3, len(label) - 2)
            joined = (f"{label_above} {label[:cut]}" + "".join(f"\n{value}" for value in (lead_above, lead)
                                                               if value is not None) + f"\n{label[cut:]}")
        elif lead is not None:  # the label's line opens with the margin heading, below its own row's figure
            joined = f"{written_above}\n{lead}\n{MARGIN_WORDS[group]} {label}"
        else:
            continue
        text = text.replace(f"{written_above}\n\n{written}", joined)
    return text


# the blank marks a table may print (testkit.corpus's blank styles but the empty one)
MARKS = ("/", "—", "-", "无")


def main(seed: int, count: int, show: bool, marks: bool = False) -> None:
    rng = random.Random(seed)
    wrong = unknown = read_whole = moved = 0
    worst = 0.0
    for case in range(count):
        made = table(rng, KEYS)
        figures = {key: [value or None for value in made[key]] for key in KEYS}
        written = beside_the_labels(figures, chunk_sizes(rng, len(KEYS)), rng.choice(MARKS) if marks else None)
        text = perturbed(rng, written, figures)
        moved += text != written
        started = time.process_time()
        read = applications_of(parse_text(text, "plain.txt"))
        worst = max(worst, time.process_time() - started)
        whole = True
        for key in KEYS:
            for column, (cell, value) in enumerate(zip(read[key], figures[key])):
                if cell.state == UNKNOWN:
                    unknown += 1
                    whole = whole and column > 0
                elif cell.value != value:
                    wrong += 1
                    if show:
                        print(f"case {case} {key} {column}: read {cell.value} ({cell.state}), written {value}")
        read_whole += whole
    print(f"wrong {wrong} unknown {unknown} read {read_whole} perturbed {moved} files {count} worst {worst:.2f}")


if __name__ == "__main__":
    main(int(sys.argv[1]), int(sys.argv[2]), "--show" in sys.argv[3:], "--marks" in sys.argv[3:])
