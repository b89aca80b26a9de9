"""Benchmark: scanned and imaged reports read by OCR, against their truth.

    .venv/bin/python benchmarks/ocr_accuracy.py [N] [--dpi 150,200,300] [--seed S] [--start I]     (default N=50)

Makes N corpus reports (both templates, the corpus's noise), typesets each to PDF and scans it
(testkit/scans.py: a slight rotation, specks) at each resolution in turn, alternating a scanned
PDF and a PNG, parses it with OCR on one core, and prints per resolution:
- cells right: the figure read equals the truth, whatever its state;
- confirmed: the share that came out `value`/`blank` (the rules confirmed them);
- value but wrong: cells that came out `value`/`blank` with a wrong figure (the target is 0);
- seconds per page (OCR and parse, one thread).
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from collections import defaultdict
from decimal import Decimal
from pathlib import Path

os.environ.setdefault("OMP_NUM_THREADS", "1")
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

CONFIRMED = ("value", "blank")


def truth_cells(truth: dict) -> dict[tuple[str, str, str], object]:
    cells = {("disclosures", d["item"], d["metric"]): d["value"] for d in truth["disclosures"]}
    for table in ("applications", "reviews"):
        for row, columns in truth[table].items():
            for column, value in columns.items():
                cells[(table, row, column)] = value
    return cells


def same(a, b) -> bool:
    if a is None or b is None:
        return a is None and b is None
    return Decimal(str(a)) == Decimal(str(b))


def score(report, truth: dict) -> dict[str, int]:
    expected = truth_cells(truth)
    read = {(c.table, c.row, c.column): c for c in report.cells}
    counts = defaultdict(int)
    for key, value in expected.items():
        counts["cells"] += 1
        cell = read.get(key)
        right = cell is not None and cell.state != "unknown" and same(cell.value, value)
        counts["right"] += right
        if cell is not None and cell.state in CONFIRMED:
            counts["confirmed"] += 1
            counts["value_wrong"] += not right
    return counts


def main() -> None:
    from orchestration.parsing.parse import parse_bytes
    from testkit.scans import scanned_document

    parser = argparse.ArgumentParser()
    parser.add_argument("count", nargs="?", type=int, default=50)
    parser.add_argument("--dpi", default="150,200,300")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--start", type=int, default=0, help="first report index (to split a run over processes)")
    args = parser.parse_args()
    resolutions = [int(dpi) for dpi in args.dpi.split(",")]
    totals: dict[int, dict[str, float]] = defaultdict(lambda: defaultdict(float))
    examples: list[str] = []
    for index in range(args.start, args.start + args.count):
        dpi = resolutions[index % len(resolutions)]
        layout = "scan-pdf" if index % 2 == 0 else "scan-png"
        document = scanned_document(args.seed, index, layout, dpi)
        if document.truth.get("status") != "parsed":
            continue
        started = time.perf_counter()
        report = parse_bytes(document.data, document.name)
        seconds = time.perf_counter() - started
        counts = score(report, document.truth)
        total = totals[dpi]
        total["reports"] += 1
        total["pages"] += document.truth.get("pages", 1)
        total["seconds"] += seconds
        for name, value in counts.items():
            total[name] += value
        if counts["value_wrong"]:
            examples.append(f"{document.name}: {counts['value_wrong']} confirmed cells wrong")
        print(f"{document.name}: {counts['right']}/{counts['cells']} right, {counts['confirmed']} confirmed, "
              f"{counts['value_wrong']} value-but-wrong, {seconds:.1f} s", flush=True)
    print()
    print("dpi   reports  pages  cells  right    confirmed  value_but_wrong  s/page")
    for dpi, t in sorted(totals.items()):
        print(f"{dpi:<5} {int(t['reports']):>7} {int(t['pages']):>6} {int(t['cells']):>6} "
              f"{t['right'] / t['cells']:>7.2%} {t['confirmed'] / t['cells']:>10.2%} "
              f"{t['value_wrong'] / t['cells']:>15.3%} {t['seconds'] / t['pages']:>7.2f}")
    for line in examples[:20]:
        print(line)


if __name__ == "__main__":
    main()
