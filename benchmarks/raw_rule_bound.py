"""How many of table 3's cells the template's rules can prove where a text keeps each row's figures in order
but not their columns (`pdftotext -raw` of a table whose blank cells print nothing), against what the parser
reads: an oracle written apart from the parser's own search, so that it checks it.

    .venv/bin/python benchmarks/raw_rule_bound.py SET [SUBSTRING]   (e.g. /tmp/r7 chromium_pdftotext-raw)

For each report of SET whose file name holds SUBSTRING and whose parse leaves an application cell unknown: the
truth's figures of each row, in column order, are placed every way that keeps their order (a blank anywhere),
the row's total the sum of its six applicants; a table keeps the column rules (APP_OUTCOME_SUM through a
dynamic programme over the outcome rows' column sums, APP_BALANCE over the four other rows). A cell is proved
where every table that keeps the rules gives it one value (the truth holds no blank's mark: where a text prints
`无` or `-` for its blanks, or a figure a glyph a line, the text proves more than this). Prints the parser's
read cells, the proved ones (`rules broken` where the truth itself breaks a rule: nothing is proved) and any
cell proved but not read."""

from __future__ import annotations

import json
import sys
from collections import defaultdict
from itertools import combinations
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from orchestration.core.evaluation import truth_name
from orchestration.core.labels import APPLICANT_KEYS
from orchestration.parsing.parse import parse_file

WIDTH = len(APPLICANT_KEYS)  # the six applicants and the total
APART = ("new_received", "carried_over", "results_total", "carried_forward")


def placings(figures: list[int]) -> list[tuple]:
    """Every way the row's figures stand in its columns, in order, that keeps its own sum."""
    rows = []
    for places in combinations(range(WIDTH), len(figures)):
        row = [None] * WIDTH
        for place, figure in zip(places, figures):
            row[place] = figure
        if sum(v or 0 for v in row[:-1]) == (row[-1] or 0):
            rows.append(tuple(row))
    return rows


def _plus(a: tuple, b: tuple) -> tuple:
    return tuple((x or 0) + (y or 0) for x, y in zip(a, b))


def proved_cells(table: dict[str, dict]) -> dict[tuple[str, int], object] | None:
    """The cells one value in every placing of the whole table that keeps the column rules; None: none keeps them."""
    ways = {key: placings([v for v in row.values() if v is not None]) for key, row in table.items()}
    outcomes = [key for key in table if key not in APART]
    seen: dict[tuple[str, int], set] = defaultdict(set)
    kept = False
    for total in ways["results_total"]:
        goal = tuple(v or 0 for v in total)
        ahead = [{(0,) * WIDTH}]  # column sums reachable after each outcome row, none past the goal
        for key in outcomes:
            sums = (_plus(s, way) for s in ahead[-1] for way in ways[key])
            ahead.append({s for s in sums if all(a <= b for a, b in zip(s, goal))})
        if goal not in ahead[-1]:
            continue
        back = [set() for _ in ahead]
        back[-1] = {goal}
        for at in range(len(outcomes) - 1, -1, -1):
            back[at] = {s for s in ahead[at] for way in ways[outcomes[at]] if _plus(s, way) in back[at + 1]}
        balanced = [(n, c, f) for n in ways["new_received"] for c in ways["carried_over"]
                    for f in ways["carried_forward"] if _plus(n, c) == _plus(total, f)]
        if not balanced:
            continue
        kept = True
        for n, c, f in balanced:
            for key, row in zip(APART, (n, c, total, f)):
                for column, value in enumerate(row):
                    seen[(key, column)].add(value)
        for at, key in enumerate(outcomes):
            for way in ways[key]:
                if any(_plus(s, way) in back[at + 1] for s in back[at]):
                    for column, value in enumerate(way):
                        seen[(key, column)].add(value)
    return {cell: next(iter(values)) for cell, values in seen.items() if len(values) == 1} if kept else None


def main() -> None:
    folder, part = Path(sys.argv[1]), sys.argv[2] if len(sys.argv) > 2 else ""
    for path in sorted((folder / "reports").iterdir()):
        if part not in path.name:
            continue
        truth = json.loads((folder / "truth" / truth_name(path.name)).read_text(encoding="utf-8"))
        report = parse_file(path)
        table = truth["applications"]
        read = {(c.row, APPLICANT_KEYS.index(c.column)) for c in report.cells
                if c.table == "applications" and c.state != "unknown" and c.row in table}
        if len(read) == WIDTH * len(table):
            continue
        proved = proved_cells(table)
        shown = "rules broken" if proved is None else len(proved)
        missed = sorted(set(proved or ()) - read)
        print(f"{path.name:60s} read {len(read):4d} proved {shown} proved-not-read {missed[:6]}")


if __name__ == "__main__":
    main()
