"""Made-up table 3s of mostly blanks printing a hyphen, as plain `pdftotext` writes Chromium's PDF split by a
page break inside table 3: each page's labels, maybe with the first column's figure on the line after each
label (a blank's hyphen joined to the next line, as poppler drops a line-ending hyphen), then that page's other
columns as poppler's blocks of random bands of rows, one column a block (a band's total column set after all
the page's other blocks at times), before the next page's first label. Read by the parser and scored against
the table written: the check for silent wrong cells in application_columns.py's
`_hyphen_blocks_on_two_pages` (and whatever reader takes such a text).

    .venv/bin/python benchmarks/fuzz_hyphen_blocks_page_break.py SEED COUNT [--show]

prints `wrong W unknown U known K split P placed Q files N worst S` (wrong: cells read, not unknown, whose value
is not the table's; known: cells read; split: files `_hyphen_blocks_on_two_pages` read; placed: those whose
blocks' figures it placed in rows, not only their columns of hyphens alone read blank; worst: the
most CPU seconds one file took). The table is plain_chunks_fuzz.py's `table`, the text
tests/unit/test_plain_hyphen_blocks_page_break.py's `two_pages_text`.
"""

from __future__ import annotations

import random
import sys
import time
from collections import Counter
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from plain_chunks_fuzz import table

from orchestration.parsing.cells import UNKNOWN
from orchestration.parsing.parse import parse_text
from tests.unit.test_plain_hyphen_blocks_page_break import two_pages_text
from tests.unit.test_reader_classes import ROWS, applications_of

KEYS = [key for key, _, _ in ROWS]


def page_layout(rng: random.Random, rows: int) -> tuple[int, list[int], int | None]:
    """A page's lead (0 or 1), random bands of its `rows` rows, and the band whose total is set apart, if any."""
    left, bands = rows, []
    while left:
        bands.append(min(left, rng.choice([1, 1, 1, 2, 3, 4, 6])))
        left -= bands[-1]
    return rng.choice([0, 1]), bands, rng.randrange(len(bands)) if rng.random() < 0.2 else None


def report_text(rng: random.Random, figures: dict[str, list[int | None]]) -> str:
    turn = rng.randrange(2, len(ROWS) - 2)
    return two_pages_text(figures, turn, [page_layout(rng, turn), page_layout(rng, len(ROWS) - turn)])


def scored(text: str, figures: dict[str, list[int | None]], case: int, show: bool) -> tuple[Counter, float]:
    """One text read: its cells wrong, unknown and known, whether the page-break reader took it, its CPU seconds."""
    started = time.process_time()
    report = parse_text(text, "plain.txt")
    spent = time.process_time() - started
    counts = Counter(split=any("split by a page break" in warning.message for warning in report.warnings),
                     placed=any("every run of its rows its hyphens allow" in warning.message
                                for warning in report.warnings))
    for key, cells in applications_of(report).items():
        for column, (cell, value) in enumerate(zip(cells, figures[key])):
            outcome = "unknown" if cell.state == UNKNOWN else "known" if cell.value == value else "wrong"
            counts[outcome] += 1
            if outcome == "wrong" and show:
                print(f"case {case} {key} {column}: read {cell.value} ({cell.state}), written {value}")
    return counts, spent


def scored_cases(seed: int, count: int, show: bool,
                 text_of: Callable[[random.Random, dict[str, list[int | None]]], str]) -> tuple[Counter, float]:
    """`count` made-up tables from `seed`, each written by `text_of` and read: the counts of `scored` added up,
    and the most CPU seconds one file took."""
    rng = random.Random(seed)
    total: Counter = Counter()
    worst = 0.0
    for case in range(count):
        made = table(rng, KEYS)
        figures = {key: [value or None for value in made[key]] for key in KEYS}
        counts, spent = scored(text_of(rng, figures), figures, case, show)
        total += counts
        worst = max(worst, spent)
    return total, worst


def main(seed: int, count: int, show: bool) -> None:
    total, worst = scored_cases(seed, count, show, report_text)
    print(f"wrong {total['wrong']} unknown {total['unknown']} known {total['known']} split {total['split']} "
          f"placed {total['placed']} files {count} worst {worst:.2f}")


if __name__ == "__main__":
    main(int(sys.argv[1]), int(sys.argv[2]), "--show" in sys.argv[3:])
