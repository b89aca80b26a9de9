"""Score the parser against a labeled corpus: `gdw eval DIR`.

The corpus is a folder of reports (DIR/reports) and their truth (DIR/truth/<stem>.truth.json, in
the parser-output shape, with the `layout` it was written in). The generator that writes one lives
with the tests (`python -m testkit.corpus DIR --count N`); the runtime never imports it.

For every document in DIR/reports with a truth in DIR/truth, the parser's record is compared cell
by cell with the truth: each table cell of the truth (table 2 item × metric, table 3 row ×
applicant, table 4 proceeding × outcome) is

* right    — the parser gives the truth's value (a blank is null on both sides);
* unknown  — the parser says it cannot read the cell (state `unknown`, listed in `unknown_cells`):
             honest, but not right;
* wrong    — the parser gives another value, or leaves out a cell the truth has.

A wrong cell is *silent* when its report carries no warning and no failed rule: nothing would
tell a user to look. The target is zero. A document is fully right when every cell is right and
its agency, year and template are too; a file that is not a report is right when it is
quarantined with the expected reason.
"""

from __future__ import annotations

import json
import time
from collections import defaultdict
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path

from ..parsing.parse import parse_file, reread_with_last_year
from ..parsing.record import QUARANTINED, ParsedReport
from .rules import FAILED, evaluate

NOT_A_REPORT = "not-a-report"  # the layout of a truth for a file that is no report


def truth_name(document_name: str) -> str:
    return f"{Path(document_name).stem}.truth.json"


@dataclass
class LayoutScore:
    documents: int = 0
    fully_right: int = 0
    cells: int = 0
    right: int = 0
    unknown: int = 0
    wrong: int = 0
    silent_wrong: int = 0
    recovered: int = 0
    seconds: float = 0.0
    examples: list[str] = field(default_factory=list)

    @property
    def accuracy(self) -> float:
        return self.right / self.cells if self.cells else 1.0

    def add(self, other: LayoutScore) -> None:
        for name in ("documents", "fully_right", "cells", "right", "unknown", "wrong", "silent_wrong", "recovered",
                     "seconds"):
            setattr(self, name, getattr(self, name) + getattr(other, name))
        self.examples += other.examples


def _same(a, b) -> bool:
    if a is None or b is None:
        return a is None and b is None
    return Decimal(str(a)) == Decimal(str(b))


def score_document(path: Path, truth: dict, report=None) -> LayoutScore:
    """Score one document; `report` is its parsed record when the caller already has it."""
    score = LayoutScore(documents=1)
    started = time.perf_counter()
    report = parse_file(path) if report is None else report
    results = evaluate(report)
    score.seconds = time.perf_counter() - started
    record = report.to_dict()
    if truth["status"] == QUARANTINED:
        code = report.warnings[-1].code if report.warnings else None
        right = report.status == QUARANTINED and code == truth.get("quarantine_code")
        score.fully_right = int(right)
        if not right:
            score.examples.append(f"{path.name}: expected quarantine {truth.get('quarantine_code')}, "
                                  f"got {report.status} {code}")
        return score
    flagged = bool(report.warnings) or any(r.status == FAILED for r in results)
    states = {(c.table, c.row, c.column): c.state for c in report.cells}
    got = {("disclosures", d["item"], d["metric"]): d["value"] for d in record["disclosures"]}
    for table in ("applications", "reviews"):
        for row, columns in record[table].items():
            for column, value in columns.items():
                got[(table, row, column)] = value
    expected = {("disclosures", d["item"], d["metric"]): d["value"] for d in truth["disclosures"]}
    for table in ("applications", "reviews"):
        for row, columns in truth[table].items():
            for column, value in columns.items():
                expected[(table, row, column)] = value
    wrong_here = []
    for key, value in expected.items():
        score.cells += 1
        state = states.get(key)
        if state == "recovered":
            score.recovered += 1
        if state == "unknown" and key in got:
            score.unknown += 1
        elif key in got and _same(got[key], value):
            score.right += 1
        else:
            score.wrong += 1
            wrong_here.append(f"{key[1]}.{key[2]}={got.get(key, 'missing')!r} (truth {value!r})")
    extra = [key for key in got if key not in expected and states.get(key) != "unknown"]
    score.wrong += len(extra)
    score.cells += len(extra)
    wrong_here += [f"{key[1]}.{key[2]}: not in the truth" for key in extra]
    if wrong_here and not flagged:
        score.silent_wrong += len(wrong_here)
    meta_right = (report.agency, report.year, report.template) == (truth["agency"], truth["year"], truth["template"])
    if not meta_right:
        wrong_here.append(f"agency/year/template {report.agency}/{report.year}/{report.template}")
    score.fully_right = int(not wrong_here and score.unknown == 0 and meta_right)
    if wrong_here:
        silent = "" if flagged else "SILENT "
        score.examples.append(f"{silent}{path.name}: " + "; ".join(wrong_here[:4]))
    return score


def parse_set(paths: list[Path], last_year: bool = True) -> tuple[dict[Path, ParsedReport], dict[Path, float]]:
    """Each file's record and the seconds its first parse took. With `last_year`, a report is then
    read again with its agency's report of the year before, where the set holds it (as a season
    does from its parse cache)."""
    reports, seconds = {}, {}
    if any(Path(path).suffix.lower() == ".pdf" for path in paths):
        load_pdf_libraries()
    for path in paths:
        started = time.perf_counter()
        reports[path] = parse_file(path)
        seconds[path] = time.perf_counter() - started
    if last_year:
        reread_with_last_year(reports, lambda path, previous: parse_file(path, previous=previous))
    return reports, seconds


def load_pdf_libraries() -> None:
    """Import the PDF reader's libraries (pypdfium2 and numpy: some 0.3 s of CPU, once a process) before
    any file is timed: the first PDF of a set was charged with the import, which made a layout of two
    PDFs read at 2–4 files/s where each PDF takes 0.03–0.06 s."""
    import importlib

    for name in ("numpy", "pypdfium2"):
        importlib.import_module(name)


def evaluate_corpus(directory) -> dict[str, LayoutScore]:
    """Scores per layout of a generated corpus (DIR/reports + DIR/truth) or of a folder of
    labelled real reports (each `<name>.truth.json` beside the report it names, as
    tests/fixtures/real keeps them)."""
    directory = Path(directory)
    scores: dict[str, LayoutScore] = defaultdict(LayoutScore)
    corpus = (directory / "truth").is_dir()
    truths = sorted((directory / "truth").glob("*.truth.json")) if corpus else sorted(directory.rglob("*.truth.json"))
    documents = []
    for truth_path in truths:
        truth = json.loads(truth_path.read_text(encoding="utf-8"))
        if corpus:
            path = directory / "reports" / truth["source"]
            assert truth_name(truth["source"]) == truth_path.name
        else:
            path = truth_path.parent / truth["source"]
        documents.append((path, truth))
    reports, seconds = parse_set([path for path, _ in documents])
    for path, truth in documents:
        score = score_document(path, truth, reports[path])
        score.seconds += seconds[path]
        scores[truth["layout"]].add(score)
    return dict(scores)


def format_table(scores: dict[str, LayoutScore], order: tuple[str, ...] | None = None) -> str:
    order = [layout for layout in order if layout in scores] if order is not None else \
        sorted(scores, key=lambda layout: (layout == NOT_A_REPORT, layout))
    total = LayoutScore()
    for layout in order:
        total.add(scores[layout])
    header = (f"{'layout':<20} {'docs':>5} {'cells':>7} {'accuracy':>9} {'fully right':>11} {'wrong':>6} "
              f"{'silent':>6} {'unknown':>7} {'recovered':>9} {'files/s':>8}")
    lines = [header, "-" * len(header)]
    for name, score in [*((layout, scores[layout]) for layout in order), ("all", total)]:
        rate = score.documents / score.seconds if score.seconds else 0.0
        lines.append(f"{name:<20} {score.documents:>5} {score.cells:>7} {score.accuracy:>8.3%} "
                     f"{score.fully_right:>11} {score.wrong:>6} {score.silent_wrong:>6} {score.unknown:>7} "
                     f"{score.recovered:>9} {rate:>8.1f}")
    return "\n".join(lines)


def examples(scores: dict[str, LayoutScore], limit: int = 20) -> list[str]:
    found = [e for s in scores.values() for e in s.examples]
    return sorted(found, key=lambda e: not e.startswith("SILENT"))[:limit]
