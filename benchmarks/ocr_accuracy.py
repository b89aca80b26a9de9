"""Benchmark: scanned and imaged reports read by OCR, against their truth.

    .venv/bin/python benchmarks/ocr_accuracy.py [N] [--dpi 100,150,200,300] [--formats ...] [--seed S] [--workers W]
        [--results results.jsonl]

(default N=64: two of each resolution × format × template)

Makes N corpus reports (the corpus's noise), typesets each to PDF and scans it (testkit/scans.py:
turned up to ±0.8°, specks), cycling through every resolution × file format (an image-only PDF, a
multi-page TIFF, a stacked PNG, a stacked JPEG) × template (2019, 2021), parses it with OCR on one
core per report (`--workers` reports at once; `--results` keeps each report's result, so a run
that is stopped resumes where it was), and prints per resolution, format, template and overall:
- cells right: the figure read equals the truth, whatever its state;
- confirmed: the share that came out `value`/`blank` (the rules confirmed them);
- value but wrong: cells that came out `value`/`blank` with a wrong figure (the target is 0);
- seconds per page: CPU seconds of the process (OCR and parse, one thread), and wall seconds,
  which on a shared machine include waiting for a core.
"""

from __future__ import annotations

import argparse
import itertools
import json
import os
import sys
import time
from collections import defaultdict
from concurrent.futures import ProcessPoolExecutor, as_completed
from decimal import Decimal
from pathlib import Path

os.environ.setdefault("OMP_NUM_THREADS", "1")
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

CONFIRMED = ("value", "blank")
TEMPLATES = ("2019", "2021")


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
    """cells, right, confirmed and value_wrong of one report (every count, 0 when none)."""
    expected = truth_cells(truth)
    read = {(c.table, c.row, c.column): c for c in report.cells}
    counts = dict.fromkeys(("cells", "right", "confirmed", "value_wrong"), 0)
    for key, value in expected.items():
        counts["cells"] += 1
        cell = read.get(key)
        right = cell is not None and cell.state != "unknown" and same(cell.value, value)
        counts["right"] += right
        if cell is not None and cell.state in CONFIRMED:
            counts["confirmed"] += 1
            counts["value_wrong"] += not right
    return counts




def print_table(title: str, totals: dict[str, dict[str, float]]) -> None:
    print(f"{title:<10} reports  pages  cells  right    confirmed  value_but_wrong  cpu_s/page  wall_s/page")
    for key, t in totals.items():
        print(f"{key:<10} {int(t['reports']):>7} {int(t['pages']):>6} {int(t['cells']):>6} "
              f"{t['right'] / t['cells']:>7.2%} {t['confirmed'] / t['cells']:>10.2%} "
              f"{t['value_wrong'] / t['cells']:>15.3%} {t['cpu_seconds'] / t['pages']:>11.2f} "
              f"{t['wall_seconds'] / t['pages']:>12.2f}")
    print()


def plan(count: int, resolutions: list[int], layouts: list[str]) -> list[tuple[int, str, str]]:
    """(dpi, layout, template) of each report: every combination in turn, so any prefix of the run
    is spread over all of them."""
    combinations = list(itertools.product(TEMPLATES, layouts, resolutions))
    return [(dpi, layout, template) for template, layout, dpi in
            (combinations[i % len(combinations)] for i in range(count))]


def measure(seed: int, index: int, dpi: int, layout: str, template: str) -> dict:
    """Scan report `index` and read it back; its counts and the CPU and wall seconds of the parse."""
    from orchestration.parsing.parse import parse_bytes
    from testkit.scans import scanned_document

    document = scanned_document(seed, index, layout, dpi, template=template)
    result = {"job": [seed, index, dpi, layout, template], "name": document.name, "dpi": dpi, "format": layout, "template": template,
              "pages": document.truth.get("pages", 1), "status": document.truth.get("status")}
    if result["status"] != "parsed":
        return result  # a narrative report has no tables to read back
    started, cpu_started = time.perf_counter(), time.process_time()
    report = parse_bytes(document.data, document.name)
    result["wall_seconds"], result["cpu_seconds"] = time.perf_counter() - started, time.process_time() - cpu_started
    result["counts"] = dict(score(report, document.truth))
    return result


def add_up(results: list[dict]) -> dict[str, dict[str, dict[str, float]]]:
    """The results' totals by resolution, format, template and overall."""
    groups: dict[str, dict[str, dict[str, float]]] = {
        name: defaultdict(lambda: defaultdict(float)) for name in ("dpi", "format", "template", "all")}
    for result in results:
        for name, totals in groups.items():
            total = totals["all" if name == "all" else str(result[name])]
            total["reports"] += 1
            for column in ("pages", "cpu_seconds", "wall_seconds"):
                total[column] += result[column]
            for column, value in result["counts"].items():
                total[column] += value
    return groups


def main() -> None:
    from testkit.scans import IMAGE_LAYOUTS

    parser = argparse.ArgumentParser()
    parser.add_argument("count", nargs="?", type=int, default=64)
    parser.add_argument("--dpi", default="100,150,200,300")
    parser.add_argument("--formats", default=",".join(IMAGE_LAYOUTS), help="scan layouts of testkit/scans.py")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--workers", type=int, default=1,
                        help="reports read at once, each in its own single-threaded process (CPU seconds stay per core)")
    parser.add_argument("--results", type=Path, help="JSON lines of each report's result: a run appends to it, "
                        "and reads again only the reports it does not hold yet (so a long run can be resumed)")
    args = parser.parse_args()
    resolutions = [int(dpi) for dpi in args.dpi.split(",")]
    jobs = [(args.seed, index, *job) for index, job in enumerate(plan(args.count, resolutions, args.formats.split(",")))]
    done: dict[tuple, dict] = {}
    if args.results and args.results.exists():
        for line in args.results.read_text(encoding="utf-8").splitlines():
            result = json.loads(line)
            done[tuple(result["job"])] = result
    results = [done[job] for job in map(list, jobs) if tuple(job) in done]
    out = args.results.open("a", encoding="utf-8") if args.results else None
    with ProcessPoolExecutor(args.workers) as pool:
        futures = [pool.submit(measure, *job) for job in jobs if tuple(job) not in done]
        for future in as_completed(futures):
            result = future.result()
            if out:
                out.write(json.dumps(result) + "\n")
                out.flush()
            if result["status"] != "parsed":
                print(f"{result['name']}: skipped ({result['status']})", flush=True)
                continue
            results.append(result)
            counts = result["counts"]
            print(f"{result['name']} ({result['template']}): {counts['right']}/{counts['cells']} right, "
                  f"{counts['confirmed']} confirmed, {counts['value_wrong']} value-but-wrong, "
                  f"{result['cpu_seconds']:.1f} s CPU, {result['wall_seconds']:.1f} s wall", flush=True)
    print()
    for name, totals in add_up([r for r in results if r["status"] == "parsed"]).items():
        print_table(name, dict(sorted(totals.items(), key=lambda item: (len(item[0]), item[0]))))
    for result in results:
        if result.get("counts", {}).get("value_wrong"):
            print(f"{result['name']}: {result['counts']['value_wrong']} confirmed cells wrong")


if __name__ == "__main__":
    main()
