"""Measure the parser on real published reports (tests/fixtures/real), per layout class.

    .venv/bin/python benchmarks/real_reports.py DIR [DIR ...]              # labelled: cell by cell
    .venv/bin/python benchmarks/real_reports.py --label-free DIR [DIR ...]  # any report, no truth needed

Labelled: every file with a `<stem>.truth.json` beside it is parsed and compared cell by cell with
its truth as `gdw eval` does (evaluation.py): right / unknown / wrong / silent wrong (wrong in a
report with no warning and no failed rule), per class (the truth's `layout`), plus whether agency,
year and template are right and how many reports were quarantined although their truth has tables.
A second table splits the files by origin: as published, or a rendition we made from one with a tool.

Label-free: every file under the folders (truth files and SOURCES.md/README.md skipped) is parsed; a report is
*fully read* when it is not quarantined, has no unknown cell in tables 3 and 4 (the sub-rows of a
（六）其他处理 printed as one row are not in the report, and do not count), and APP_BALANCE,
APP_OUTCOME_SUM, APP_APPLICANT_SUM and REVIEW_SUM pass in every scope (none failed, none not evaluable:
a rule that holds only on recovered cells proves nothing). Every other report is printed with why.
Beside that strict count, the count with recovered cells accepted as read: a crawl's blank cells leave
no trace, so every cell of its tables is recovered and it can never pass the strict count; the
second count says how many would pass if the splits the rules allowed are taken as the figures.
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import sys
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

TRUTH_SUFFIX = ".truth.json"
NOT_REPORTS = {"SOURCES.md", "README.md"}  # the notes that sit beside the reports
LABEL_FREE_RULES = ("APP_BALANCE", "APP_OUTCOME_SUM", "APP_APPLICANT_SUM", "REVIEW_SUM")


def truth_of(path: Path) -> Path:
    return path.with_name(path.stem + TRUTH_SUFFIX)


ORIGINS = ("as published", "renditions we made")


def origin(truth: dict) -> str:
    """A file as the publisher printed it (a crawled page, a saved page, a published file), or one we
    derived from such a file with a tool (PDF printing, pdftotext, OCR, converters): the first judges
    the reader on what real reports look like, the second on what tools make of them."""
    return ORIGINS[1] if truth.get("provenance", {}).get("derived_from") else ORIGINS[0]


def report_files(folders: list[Path]) -> list[Path]:
    found = []
    for folder in folders:
        for path in sorted(p for p in folder.rglob("*") if p.is_file()):
            if not path.name.endswith(TRUTH_SUFFIX) and path.name not in NOT_REPORTS:
                found.append(path)
    return found


def labelled(folders: list[Path], last_year: bool = True) -> None:
    from orchestration.core.evaluation import LayoutScore, examples, format_table, parse_set, score_document
    from orchestration.parsing.record import QUARANTINED

    scores: dict[str, LayoutScore] = defaultdict(LayoutScore)
    by_origin: dict[str, LayoutScore] = defaultdict(LayoutScore)
    meta = Counter()
    quarantined_readable = []
    paths = [path for path in report_files(folders) if truth_of(path).exists()]
    reports, seconds = parse_set(paths, last_year)
    for path in paths:
        truth = json.loads(truth_of(path).read_text(encoding="utf-8"))
        report = reports[path]
        score = score_document(path, truth, report)
        score.seconds += seconds[path]
        scores[truth["layout"]].add(score)
        by_origin[origin(truth)].add(score)
        meta["reports"] += 1
        meta["agency"] += report.agency == truth["agency"]
        meta["year"] += report.year == truth["year"]
        meta["template"] += report.template == truth["template"]
        if report.status == QUARANTINED and truth["status"] != QUARANTINED:
            quarantined_readable.append(f"{path.name}: {report.warnings[-1].code if report.warnings else '?'}")
    print(format_table(scores, order=tuple(sorted(scores))))
    print("\nby origin: as the publisher printed it, or a rendition we made with a tool (the truth's "
          "provenance names what it was derived_from)")
    print(format_table(by_origin, order=ORIGINS))
    print(f"\nagency right {meta['agency']}/{meta['reports']}, year right {meta['year']}/{meta['reports']}, "
          f"template right {meta['template']}/{meta['reports']}")
    print(f"quarantined although their tables are readable: {len(quarantined_readable)}")
    for line in quarantined_readable:
        print("  " + line)
    wrong = examples(scores, 30)
    if wrong:
        print("\nwrong cells (silent first):\n  " + "\n  ".join(wrong))


def not_fully_read_because(report, results) -> list[str]:
    """Why a report is not fully read (empty when it is): quarantined, unknown cells, or one of the
    four balance rules failed, held only on recovered (unconfirmed) cells, or needed unknown ones."""
    from orchestration.core.rules import FAILED, NOT_EVALUABLE, other_as_one_row
    from orchestration.parsing.record import QUARANTINED, UNKNOWN
    from orchestration.parsing.template import OTHER_SUB_ROWS

    if report.status == QUARANTINED:
        return [f"quarantined ({report.warnings[-1].code if report.warnings else '?'})"]
    causes = []
    # table 2 has no balance rule: its unknown cells do not stop a report being fully read; nor do
    # the sub-rows of a （六）其他处理 printed as one row, which the report does not have
    not_printed = OTHER_SUB_ROWS if other_as_one_row(report) else ()
    unknown = Counter(c.table for c in report.cells
                      if c.state == UNKNOWN and c.table != "disclosures" and c.row not in not_printed)
    if unknown:
        causes.append("unknown cells: " + ", ".join(f"{n} in {table}" for table, n in sorted(unknown.items())))
    for rule in LABEL_FREE_RULES:
        mine = [r for r in results if r.rule_id == rule]
        if not mine:
            causes.append(f"{rule} not run")
        failed = [f"{r.scope} {r.message}" for r in mine if r.status == FAILED]
        # the rules say "rests on unconfirmed cells" when a rule held only on recovered or OCR-unverified cells
        on_recovered = sum(r.status == NOT_EVALUABLE and "unconfirmed" in (r.message or "") for r in mine)
        on_unknown = sum(r.status == NOT_EVALUABLE for r in mine) - on_recovered
        if failed:
            causes.append(f"{rule} failed: {', '.join(failed[:3])}{' …' if len(failed) > 3 else ''}")
        if on_recovered:
            causes.append(f"{rule} holds only on unconfirmed (recovered/OCR) cells in {on_recovered} of {len(mine)}")
        if on_unknown:
            causes.append(f"{rule} needs unknown cells in {on_unknown} of {len(mine)}")
    return causes


def recovered_accepted(report):
    """The report with its recovered cells taken as printed figures (a copy)."""
    from orchestration.parsing.cells import RECOVERED, VALUE

    return dataclasses.replace(report, cells=[dataclasses.replace(c, state=VALUE) if c.state == RECOVERED else c
                                              for c in report.cells])


def label_free(folders: list[Path]) -> None:
    from orchestration.core.rules import evaluate
    from orchestration.parsing.parse import parse_file

    counts: dict[Path, Counter] = defaultdict(Counter)
    for folder in folders:
        for path in report_files([folder]):
            report = parse_file(path)
            causes = not_fully_read_because(report, evaluate(report))
            accepted = recovered_accepted(report)
            read_if_recovered_accepted = not causes or not not_fully_read_because(accepted, evaluate(accepted))
            counts[folder].update(files=1, strict=not causes, accepted=read_if_recovered_accepted)
            mark = "read " if not causes else "recov" if read_if_recovered_accepted else "NOT  "
            print(f"  {mark} {report.status:<11} {path}" + (f"\n        {'; '.join(causes)}" if causes else ""))
    total = sum(counts.values(), Counter())
    rules = ", ".join(LABEL_FREE_RULES)
    print(f"\n(`recov`: fully read only when recovered cells are accepted as read)\n{'folder':<48} files  strict  recovered accepted")
    for folder, count in [*counts.items(), *([(Path("all"), total)] if len(counts) > 1 else [])]:
        print(f"{folder!s:<48} {count['files']:>5}  {count['strict']:>6}  {count['accepted']:>8}")
    print(f"\nfully read with {rules} all passing on confirmed cells (strict): {total['strict']} of {total['files']} "
          f"({total['strict'] / max(total['files'], 1):.0%})")
    print(f"the same with recovered cells accepted as read: {total['accepted']} of {total['files']} "
          f"({total['accepted'] / max(total['files'], 1):.0%}; the rules chose those splits, so this counts "
          "tables solved whole, not figures the rules confirmed)")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("folders", nargs="+", type=Path)
    parser.add_argument("--label-free", action="store_true", help="check every report by its own arithmetic")
    parser.add_argument("--no-last-year", action="store_true",
                        help="read each report alone, without its agency's report of the year before")
    args = parser.parse_args()
    if args.label_free:
        label_free(args.folders)
    else:
        labelled(args.folders, last_year=not args.no_last_year)


if __name__ == "__main__":
    main()
