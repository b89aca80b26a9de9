"""Benchmark: reading traditional characters (OpenCC t2s) on a 15 KB report, on one core.

    .venv/bin/python benchmarks/traditional.py

Prints the one-time cost per process (loading OpenCC and building the set of characters t2s
changes), the cost of the check on a simplified report (the common case: no conversion), and the
conversion of the same report written in traditional characters.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def per_call_ms(function, argument, repeat: int = 200) -> float:
    started = time.perf_counter()
    for _ in range(repeat):
        function(argument)
    return (time.perf_counter() - started) / repeat * 1000


def main() -> None:
    import opencc

    from orchestration.core import labels as L
    from tests.unit.test_parser_edges import BALANCED, report_text

    simplified = report_text(BALANCED)
    while len(simplified.encode("utf-8")) < 15_000:
        simplified += "\n" + report_text(BALANCED).split("\n", 4)[-1]
    written = opencc.OpenCC("s2t.json").convert(simplified)
    started = time.perf_counter()
    L.has_traditional("")
    print(f"one-time per process (OpenCC loaded, t2s character set built): {(time.perf_counter() - started) * 1000:.0f} ms")
    print(f"report: {len(simplified.encode('utf-8')):,} bytes, {sum(a != b for a, b in zip(simplified, written)):,} "
          "characters differ in traditional script")
    check = per_call_ms(L.to_simplified, simplified)
    convert = per_call_ms(L.to_simplified, written)
    print(f"simplified report (checked, not converted): {check:.3f} ms  ({1000 / check:,.0f} reports/s)")
    print(f"traditional report (converted):             {convert:.3f} ms  ({1000 / convert:,.0f} reports/s)")


if __name__ == "__main__":
    main()
