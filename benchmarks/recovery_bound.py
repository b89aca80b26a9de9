"""Benchmark: bounded recovery of figures that ran together (issue 14 / issue 10).

    .venv/bin/python benchmarks/recovery_bound.py

Prints the time and peak memory of splitting long digit runs into a table 3 row (7 cells, the
total the sum of the six applicants), the table 4 row (three proceedings of 5) and a table 2 row
(3 cells, no sum, blanks that left no trace, counted up to the bound used when evidence from
outside the row may choose among them), and of parsing
a report whose figure is 5,000 digits long. Nothing is asserted here (tests/unit/test_recovery.py
checks that they complete).
"""

from __future__ import annotations

import random
import sys
import time
import tracemalloc
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))


def main() -> None:
    from orchestration.parsing.parse import parse_text
    from orchestration.parsing.recovery import (
        MAX_CANDIDATES_IN_TABLE,
        MAX_CANDIDATES_WITH_EVIDENCE,
        row_candidates,
        settle_table,
    )

    rng = random.Random(14)
    # table 2 (3 cells, no sum, a blank may leave no trace), counted as far as when last year's
    # report or a sentence may choose among its splits
    table_2 = {"summed": False, "blanks": True, "limit": MAX_CANDIDATES_WITH_EVIDENCE}
    # table 3 of a crawl whose blank cells left no trace: a row's splits, before the whole table
    # chooses among them
    blank_3 = {"blanks": True, "limit": MAX_CANDIDATES_IN_TABLE}
    for digits in (9, 24, 40, 49, 100, 5000):
        run = "".join(rng.choice("0123456789") for _ in range(digits))
        for name, blocks, options in (("table 3", (7,), {}), ("table 3 blanks", (7,), blank_3),
                                      ("table 4", (5, 5, 5), {}), ("table 2", (3,), table_2)):
            tracemalloc.start()
            started = time.perf_counter()
            found = row_candidates([run], sum(blocks), blocks, **options)
            seconds = time.perf_counter() - started
            peak = tracemalloc.get_traced_memory()[1]
            tracemalloc.stop()
            result = "too many" if found is None else f"{len(found)} split(s)"
            print(f"  {digits:>5}-digit run, {name:<14}: {1000 * seconds:8.2f} ms, peak {peak / 1024:8.1f} KiB, {result}")
    # the whole of table 3 at once, at its worst: 20 outcome rows of one request each (`11`: a 1 in
    # any of six columns), totals spread over every column so that very many placements keep the
    # column rules; settled jointly within its bound on steps (timed untraced, then its peak memory)
    outcomes = tuple(f"outcome {i}" for i in range(20))
    rows = {key: row_candidates(["11"], 7, **blank_3) or [] for key in outcomes}
    rows["results_total"] = rows["new_received"] = row_candidates(["44333320"], 7, **blank_3) or []
    rows["carried_over"] = rows["carried_forward"] = [(None,) * 7]
    started = time.perf_counter()
    kept = settle_table(rows, outcomes)
    seconds = time.perf_counter() - started
    tracemalloc.start()
    settle_table(rows, outcomes)
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    print(f"  table 3 of 24 rows, {sum(len(r) for r in rows.values())} splits, settled jointly: {1000 * seconds:8.2f} ms, "
          f"peak {peak / 1024:8.1f} KiB, {sum(len(r) for r in kept.values())} splits kept")
    text = ("某某局2021年政府信息公开工作年度报告\n三、收到和处理政府信息公开申请情况\n一、本年新收政府信息公开申请数量\t"
            + "\t".join(["9" * 5000] * 7) + "\n")
    started = time.perf_counter()
    parse_text(text, "long.txt")
    print(f"  a report with 5,000-digit figures parsed in {1000 * (time.perf_counter() - started):.1f} ms")


if __name__ == "__main__":
    main()
