"""Made-up table 3s of mostly blanks printing a hyphen, as plain `pdftotext` writes Chromium's PDF of a table on
one page: every label, then the columns as poppler's blocks of random bands of rows, one column a block (a
band's total column set after all the other blocks at times), a hyphen ending a block's line before another
dropped and the next line joined to it (poppler's dehyphenation). Read by the parser and scored against the
table written: the check for silent wrong cells in application_columns.py's `_blank_columns_of_hyphen_blocks`
and its reading by the column rules (hyphen_rules.py), and whatever reader takes such a text.

    .venv/bin/python benchmarks/fuzz_hyphen_blocks.py SEED COUNT [--show]

prints `wrong W unknown U known K placed Q files N worst S` (wrong: cells read, not unknown, whose value is not
the table's; known: cells read; placed: files whose blocks' figures the column rules placed in rows; worst:
the most CPU seconds one file took). The table is plain_chunks_fuzz.py's `table`, the text
tests/unit/test_plain_hyphen_blocks.py's (test_column_blocks.py's `blocks_text`, its marks hyphens).
"""

from __future__ import annotations

import random
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from fuzz_hyphen_blocks_page_break import page_layout, scored_cases

from tests.unit import test_column_blocks
from tests.unit.test_column_blocks import blocks_text
from tests.unit.test_plain_hyphen_blocks import dehyphenated
from tests.unit.test_reader_classes import ROWS


def report_text(rng: random.Random, figures: dict[str, list[int | None]]) -> str:
    _, bands, apart = page_layout(rng, len(ROWS))
    return dehyphenated(blocks_text(figures, bands, heading_first=False, apart=apart))


def main(seed: int, count: int, show: bool) -> None:
    test_column_blocks.MARK = ["-"]
    total, worst = scored_cases(seed, count, show, report_text)
    print(f"wrong {total['wrong']} unknown {total['unknown']} known {total['known']} placed {total['placed']} "
          f"files {count} worst {worst:.2f}")


if __name__ == "__main__":
    main(int(sys.argv[1]), int(sys.argv[2]), "--show" in sys.argv[3:])
