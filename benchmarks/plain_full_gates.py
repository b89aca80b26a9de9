"""Where the column-chunk readers of table 3 stop on a plain `pdftotext` text (Chromium's PDF, no -layout):
a triage tool for the fully printed tables whose poppler blocks come out of order. Not a reader, no truth.

    .venv/bin/python benchmarks/plain_full_gates.py TEXT.txt [...]

It parses each text as `gdw parse` does, watching (in this process only) the readers the parser calls for
table 3 in column chunks, and prints per file one line: the labels found of the rows asked, the figure words
the table's own lines hold and those past the next section's heading offered to it, the template's cells,
the reader that answered and its answer, and for the reader of wrapped figures (`totals_first_readings`)
its answer (`None`: its groupings or search past their bounds; `[]`: no reading keeps every row's sum) and
seconds. The counts tell the gates apart: figures short of the cells with none offered past the heading
(the text before the heading ends on labels set after the figures, `figures_past_the_heading` then offers
none), more words than cells (wrapped figures: only `totals_first_readings` reads them), or a reading search
that finds no order (a block moved where the grammar of orders has no place for it).
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import orchestration.parsing.application_columns as AC
import orchestration.parsing.application_table as AT
from orchestration.parsing.parse import parse_file

_seen: dict[str, object] = {}


def _watch_figures(read):
    def figures_and_marks(rows, *args, **kwargs):
        found = read(rows, *args, **kwargs)
        if _seen.get("inside") and kwargs.get("glued_to") is None:  # its own asks only, not other readers'
            _seen.setdefault("figure_calls", []).append(len(found))
        return found
    return figures_and_marks


def _watch_totals_first(read):
    def totals_first(words, rows, *args, **kwargs):
        started = time.perf_counter()
        readings = read(words, rows, *args, **kwargs)
        _seen["totals_first"] = (len(words), None if readings is None else len(readings),
                                 round(time.perf_counter() - started, 2))
        return readings
    return totals_first


def _watch_chunks(read):
    def column_chunks(report, rows, found, keys, past_the_heading, *args, **kwargs):
        _seen.update(found=len(found), keys=len(keys), past_rows=len(past_the_heading), figure_calls=[], inside=True)
        answer = read(report, rows, found, keys, past_the_heading, *args, **kwargs)
        _seen["inside"] = False
        _seen["column_chunks"] = answer
        return answer
    return column_chunks


def main(paths: list[str]) -> None:
    AC._figures_and_marks = _watch_figures(AC._figures_and_marks)
    AC.totals_first_readings = _watch_totals_first(AC.totals_first_readings)
    AT._read_in_column_chunks = _watch_chunks(AC._read_in_column_chunks)
    for path in paths:
        _seen.clear()
        parse_file(path)
        if "found" not in _seen:
            print(f"{path}: the column-chunk reader was not asked")
            continue
        calls = _seen.get("figure_calls", [])
        # the reader asks for the figures before the first label found, then after it, then past the heading
        own, past = sum(calls[:2]), sum(calls[2:])
        print(f"{path}: labels {_seen['found']}/{_seen['keys']}, words {own} + {past} past the heading "
              f"({_seen['past_rows']} row(s) offered), cells {_seen['keys'] * 7}, "
              f"column chunks {_seen.get('column_chunks')}, totals first {_seen.get('totals_first', '-')}")


if __name__ == "__main__":
    main(sys.argv[1:])
