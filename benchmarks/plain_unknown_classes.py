"""Why plain `pdftotext` of Chromium's PDFs leaves table 3 wholly unknown, and how much its text could prove:

    .venv/bin/python benchmarks/plain_unknown_classes.py DIR [DIR ...] [--least N]

For each `*pdftotext-plain.txt` of DIR/reports with its truth (DIR/truth) whose table 3 the parser leaves
with at least N cells unknown (default 100), it counts the words of table 3's region that are counts or
blank marks (from `申请人情况` to table 4's heading `四、…复议…`), those past that heading (up to `五、`),
and from the truth the table's cells, those not blank, and the rows whose total is not the sum of their
parts (a misprint: no reading keeping every row's sum exists). Each file falls in one class:

    misprint    a row of the truth breaks its sum: every reader that keeps the rows' sums refuses the table
    full        as many words as cells (every cell printed a figure or a mark)
    unprinted   no blank mark: each blank cell printed nothing
    mixed       marks for some blank cells, nothing for others (fewer words than cells)

For `unprinted`, every blank cell prints nothing, so two part columns (applicant columns but the total)
of which one holds no figure trade places without changing the text (their figures keep their order, and
the rules treat part columns alike), and so do an outcome row with figures and a blank one (the rules sum
the outcome rows alike): no reading can prove a cell of the part columns where one of them is blank, nor
one of the outcome rows where one of them is blank. `bound` is the count of the cells left: at most the
totals of new_received, carried_over, results_total and carried_forward where both trades apply. It is an
upper bound on what a reader of the class can gain there; the cells the parser reads now are not counted.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks.plain_reading_order import _SPECIAL_ROWS, interchangeable
from orchestration.core import labels as L
from orchestration.parsing.cells import UNKNOWN
from orchestration.parsing.parse import parse_file

_COUNT = re.compile(r"[0-9０-９]+")
_MARK = re.compile(r"[-/—－无]")
_TABLE_3 = "申请人情况"
_TABLE_4 = re.compile(r"^四、.*(复议|诉讼)")
_SECTION_5 = re.compile(r"^五、")


def region_words(lines: list[str]) -> tuple[Counter, int]:
    """The counts and marks of table 3's region ({'count': n, 'mark': n}), and how many stand past table 4's
    heading before section 5 (figures poppler set after the heading, or table 4's own)."""
    start = next((at for at, line in enumerate(lines) if _TABLE_3 in line), 0)
    heading = next((at for at in range(start, len(lines)) if _TABLE_4.match(lines[at])), len(lines))
    end = next((at for at in range(heading, len(lines)) if _SECTION_5.match(lines[at])), len(lines))

    def words(part: list[str]) -> list[str]:
        return [word for line in part for word in line.split() if _COUNT.fullmatch(word) or _MARK.fullmatch(word)]

    own = Counter("count" if _COUNT.fullmatch(word) else "mark" for word in words(lines[start + 1 : heading]))
    return own, len(words(lines[heading + 1 : end]))


def trade_bound(table: dict[str, dict[str, int | None]]) -> int:
    """The cells of table 3 (`table`: the truth) that no trade of a part column or an outcome row with a
    blank one leaves in doubt (`plain_reading_order.interchangeable`), where blank cells print nothing."""
    columns_trade, rows_trade = interchangeable(table)
    parts = len(L.APPLICANT_KEYS) - 1
    ends = len([key for key in table if key in _SPECIAL_ROWS])
    return (1 + (0 if columns_trade else parts)) * (ends + (0 if rows_trade else len(table) - ends))


def classify(path: Path, truth: dict, least: int) -> dict | None:
    """The class of one file and its counts; None where its table 3 has fewer than `least` cells unknown."""
    report = parse_file(path)
    unknown = sum(cell.state == UNKNOWN and cell.table == "applications" for cell in report.cells)
    if unknown < least:
        return None
    table = truth["applications"]
    cells = sum(len(row) for row in table.values())
    not_blank = sum(value is not None for row in table.values() for value in row.values())
    misprinted = [key for key, row in table.items()
                  if (row["total"] or 0) != sum(value or 0 for column, value in row.items() if column != "total")]
    own, past = region_words(path.read_text(encoding="utf-8").splitlines())
    words = own["count"] + own["mark"]
    if misprinted:
        kind = "misprint"
    elif words == cells:
        kind = "full"
    elif not own["mark"]:
        kind = "unprinted"
    else:
        kind = "mixed"
    return {"file": f"{path.parent.parent.name}/{path.name}", "class": kind, "unknown": unknown, "cells": cells,
            "not_blank": not_blank, "counts": own["count"], "marks": own["mark"], "past_heading": past,
            "misprinted": misprinted, "bound": min(unknown, trade_bound(table)) if kind == "unprinted" else None}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("dirs", nargs="+", type=Path)
    parser.add_argument("--least", type=int, default=100, help="table 3 cells unknown, at least")
    args = parser.parse_args()
    by_class: Counter = Counter()
    unknown_by_class: Counter = Counter()
    bound = 0
    for folder in args.dirs:
        for truth_path in sorted((folder / "truth").glob("*pdftotext-plain.truth.json")):
            truth = json.loads(truth_path.read_text(encoding="utf-8"))
            if truth["status"] == "quarantined":
                continue
            found = classify(folder / "reports" / truth["source"], truth, args.least)
            if found is None:
                continue
            print(f"{found['file']:60} {found['class']:9} unknown {found['unknown']:3} of {found['cells']}, "
                  f"not blank {found['not_blank']:3}; words {found['counts']} counts + {found['marks']} marks, "
                  f"{found['past_heading']} past table 4's heading"
                  + (f"; misprinted {found['misprinted']}" if found["misprinted"] else "")
                  + (f"; at most {found['bound']} provable" if found["bound"] is not None else ""))
            by_class[found["class"]] += 1
            unknown_by_class[found["class"]] += found["unknown"]
            bound += found["bound"] or 0
    for kind in ("unprinted", "mixed", "full", "misprint"):
        print(f"{kind:9} files {by_class[kind]:3} unknown cells {unknown_by_class[kind]:5}")
    print(f"unprinted: at most {bound} of {unknown_by_class['unprinted']} unknown cells provable by any reader")


if __name__ == "__main__":
    main()
