"""Measure the figures read from sentences (narrative.py) on the real reports, against their
hand-checked truth: no generator involved.

    .venv/bin/python benchmarks/real_narrative.py [DIR]          # default tests/fixtures/real

Two views, per layout (the truth's `layout`) and overall:

- *With tables*: each report as published. Every narrative figure the parser reads (the record's
  `narrative_figures`, what NARRATIVE_MATCHES_TABLE compares) either agrees with the truth of the
  table cell it names, disagrees with it, or names a cell the truth leaves empty.
- *Narrative only*: the same reports with their tables' lines removed (the lines `find_sections`
  gives tables 2, 3 and 4; a crawl's run-together line is unfolded first, so its overview stays), read
  again as text: the figures are then the report's only cells. Right, wrong, naming an empty cell,
  and `missing`: a truth figure of the rows sentences state (`STATED_ROWS`) that nothing read; a report
  whose sentences state no figure is quarantined (`nothing read`), one where rows of a table stay
  outside the sections found is read with tables again (`tables left`), and neither is scored.

A disagreement the report itself makes is no misread: those established by hand sit in
real_narrative_report_side.json (file, cell, value read, sentence, why) and are counted apart by kind
(`report differs`: its sentence and its table truly differ; `loose wording`: the sentence counts more
than the cell names, carried-over applications or another office, without saying so), so `misread`
counts misreads. Every misread is listed.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks.real_reports import TRUTH_SUFFIX
from orchestration.core import labels as L
from orchestration.parsing.cells import NARRATIVE
from orchestration.parsing.formats import FormatProblem, extract
from orchestration.parsing.parse import parse_file, parse_text
from orchestration.parsing.record import QUARANTINED
from orchestration.parsing.template import find_sections
from orchestration.parsing.tokens import reading_lines, split_lines

REPORT_SIDE = Path(__file__).with_name("real_narrative_report_side.json")
# the cells a sentence states (narrative.py): what a narrative-only reading could give
STATED_ROWS = (("applications", "new_received"), ("applications", "carried_over"),
               ("applications", "results_total"), ("applications", "carried_forward"),
               ("applications", "granted"), ("applications", "partially_granted"),
               ("reviews", "administrative_review"), ("reviews", "litigation_direct"),
               ("reviews", "litigation_after_review"))
AGREE, MISREAD, EMPTY, MISSING = "agree", "misread", "empty cell", "missing"
NOTHING_READ, TABLES_LEFT = "nothing read", "tables left"
# the kinds of real_narrative_report_side.json: the report's sentence and table differ; the sentence
# counts more than the cell (carried-over applications, another office) without saying so
DIFFERS, LOOSE = "report differs", "loose wording"


def truth_value(truth: dict, table: str, row: str, column: str):
    """The truth of a cell: a number, None (the truth leaves it empty), or `EMPTY` (no such cell)."""
    cells = (truth.get(table) or {}).get(row)
    return cells.get(column, EMPTY) if isinstance(cells, dict) else EMPTY


def report_side() -> dict[tuple[str, str, str, str, str], str]:
    """(file, table, row, column, value read) -> kind, of each disagreement the report makes."""
    entries = json.loads(REPORT_SIDE.read_text(encoding="utf-8"))
    return {(e["file"], e["table"], e["row"], e["column"], str(e["value"])): e["kind"] for e in entries}


def judge(truth: dict, source: str, table: str, row: str, column: str, value, known: dict) -> str:
    expected = truth_value(truth, table, row, column)
    if expected is EMPTY or expected is None:
        return EMPTY
    if expected == value:
        return AGREE
    return known.get((source, table, row, column, str(value)), MISREAD)


def without_tables(path: Path) -> str | None:
    """The report's text with the lines of its tables removed (None: a file no reader takes)."""
    try:
        text = extract(path.read_bytes(), ocr=False).text
    except FormatProblem:
        return None
    texts = [line.text for line in reading_lines(split_lines(L.to_simplified(text)))]
    table_lines = {i for start, end in find_sections(texts).values() for i in range(start, end)}
    return "\n".join(t for i, t in enumerate(texts) if i not in table_lines)


def narrative_only(path: Path, truth: dict, known: dict, counts: Counter, listed: list) -> None:
    text = without_tables(path)
    if text is None:
        return
    record = parse_text(text, path.name)
    if record.status == QUARANTINED:  # no figure in its sentences
        counts[NOTHING_READ] += 1
        return
    if record.template != "narrative":  # rows of a table left outside the sections found
        counts[TABLES_LEFT] += 1
        return
    counts["reports"] += 1
    read = set()
    for cell in record.cells:
        if cell.state != NARRATIVE:
            continue
        read.add((cell.table, cell.row, cell.column))
        verdict = judge(truth, path.name, cell.table, cell.row, cell.column, cell.value, known)
        counts[verdict] += 1
        if verdict == MISREAD:
            listed.append((path.name, cell.table, cell.row, cell.column, cell.value,
                           truth_value(truth, cell.table, cell.row, cell.column), cell.as_written))
    for table, row in STATED_ROWS:
        if truth_value(truth, table, row, "total") not in (EMPTY, None) and (table, row, "total") not in read:
            counts[MISSING] += 1


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("folder", nargs="?", default=str(ROOT / "tests" / "fixtures" / "real"))
    folder = Path(parser.parse_args().folder)
    known = report_side()
    with_tables: dict[str, Counter] = defaultdict(Counter)
    alone: dict[str, Counter] = defaultdict(Counter)
    misreads, alone_misreads = [], []
    for truth_path in sorted(folder.glob(f"*{TRUTH_SUFFIX}")):
        truth = json.loads(truth_path.read_text(encoding="utf-8"))
        path, layout = folder / truth["source"], truth.get("layout", "?")
        for figure in parse_file(path, ocr=False).narrative_figures:
            verdict = judge(truth, path.name, figure.table, figure.row, figure.column, figure.value, known)
            with_tables[layout][verdict] += 1
            if verdict == MISREAD:
                misreads.append((path.name, figure.table, figure.row, figure.column, figure.value,
                                 truth_value(truth, figure.table, figure.row, figure.column), figure.as_written))
        narrative_only(path, truth, known, alone[layout], alone_misreads)
    show("With tables: narrative figures against the table cell they name", with_tables,
         (AGREE, MISREAD, DIFFERS, LOOSE, EMPTY))
    show("Narrative only: the reports with their tables removed", alone,
         ("reports", AGREE, MISREAD, DIFFERS, LOOSE, EMPTY, MISSING, NOTHING_READ, TABLES_LEFT))
    for title, rows in (("misreads, with tables", misreads), ("misreads, narrative only", alone_misreads)):
        print(f"\n{title} ({len(rows)}): file, table, row, column, read, truth, as written")
        for row in rows:
            print("  " + "  ".join(map(str, row)))


def show(title: str, by_layout: dict[str, Counter], columns: tuple[str, ...]) -> None:
    print(f"\n{title}")
    print(f"  {'layout':<22}" + "".join(f"{c:>19}" for c in columns))
    total = Counter()
    for layout in sorted(by_layout):
        total.update(by_layout[layout])
        print(f"  {layout:<22}" + "".join(f"{by_layout[layout][c]:>19}" for c in columns))
    print(f"  {'all':<22}" + "".join(f"{total[c]:>19}" for c in columns))


if __name__ == "__main__":
    main()
