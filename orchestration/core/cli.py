"""`gdw`: the command line of the Government Disclosure Warehouse.

    gdw parse FILE...        one JSON object per file (JSON Lines), the parser output of SPEC.md
    gdw parse --text FILE    the text the parser worked from, with line numbers
    gdw check FILE...        the statutory rule results of each report, as a table
    gdw summary              what the warehouse holds: reports read, quarantined, rule findings
    gdw eval DIR             score the parser on a labeled corpus (DIR/reports, DIR/truth), per layout
    gdw harvest [--sources FILE] [--site NAME] [--dry-run]
                             fetch the reports of the sites in sources.yaml into GDW_LANDING_DIR

The generators of test reports are development tools, outside the runtime package:
    python -m testkit.samples DIR [TRUTH]            the project's sample reports
    python -m testkit.corpus DIR --count N [--seed S]  a labeled corpus in every format, with truth
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from orchestration.settings import load_settings

from ..parsing.parse import extracted_text
from ..parsing.tokens import split_lines
from .agency_names import match_key
from .batch import parse_files_to_records, parse_report
from .pool import Limits
from .rules import carry_continuity, evaluate


def _parse(args: argparse.Namespace) -> int:
    status = 0
    files = []
    for name in args.files:
        if args.text:
            try:
                for number, line in enumerate(split_lines(extracted_text(name)), 1):
                    print(f"{number:>6}  {line}")
            except (OSError, ValueError) as error:
                print(f"gdw: {name}: {error}", file=sys.stderr)
                status = 1
            continue
        if not Path(name).is_file():
            print(f"gdw: {name}: no such file", file=sys.stderr)
            status = 1
            continue
        files.append(name)
    if files:
        # in bounded parse processes: a file that overruns the limits is quarantined as too_costly,
        # one that makes the parser raise as parser_error; every file gets its record
        settings = load_settings()
        limits = Limits.of(args.time_limit or settings.parse_time_limit_seconds,
                           args.memory_limit or settings.parse_memory_limit_mib)
        for record in parse_files_to_records(files, args.cells, args.workers or settings.parse_workers, limits,
                                             ocr=settings.ocr_on):
            print(json.dumps(record, ensure_ascii=False), flush=True)
    return status


def _check(args: argparse.Namespace) -> int:
    status = 0
    reports = []
    for name in args.files:
        if not Path(name).is_file():
            print(f"gdw: {name}: no such file", file=sys.stderr)
            status = 1
            continue
        reports.append((name, parse_report(name)))
    # CARRY_CONTINUITY meets two files: the same agency (matched as the warehouse matches it) a year apart
    # (a report that names no agency is an agency of its own: it meets no other file)
    by_agency_year = {
        (match_key(r.agency_as_written or r.agency).key, r.year): (name, r)
        for name, r in reports if r.status != "quarantined" and (r.agency_as_written or r.agency)
    }
    for name, report in reports:
        print(f"{name}: {report.agency or '?'} {report.year or '?'} · template {report.template} · {report.status}")
        if report.status == "quarantined":
            for warning in report.warnings:
                print(f"  quarantined: {warning.message}")
            continue
        results = evaluate(report)
        named = report.agency_as_written or report.agency
        previous = by_agency_year.get((match_key(named).key, (report.year or 0) - 1)) if named else None
        if previous:
            results.append(carry_continuity(report, previous[1]))
        width = max(len(f"{r.rule_id} {r.scope}") for r in results) if results else 10
        shown = [r for r in results if not args.failed or r.status != "passed"]
        for r in shown:
            numbers = "" if r.expected is None and r.actual is None else f"expected {r.expected}  actual {r.actual}"
            print(f"  {r.status:<14} {(r.rule_id + ' ' + r.scope):<{width}}  {numbers}  {r.message or ''}".rstrip())
        if previous:
            print(f"  {'':<14} (CARRY_CONTINUITY against {previous[0]})")
        else:
            print(f"  {'not checked':<14} {'CARRY_CONTINUITY':<{width}}  needs the same agency's {(report.year or 0) - 1} "
                  f"report: give both files (gdw check PREVIOUS {name})")
        failed = sum(r.status == "failed" for r in results)
        print(f"  {len(results)} results: {sum(r.status == 'passed' for r in results)} passed, {failed} failed, "
              f"{sum(r.status == 'not_evaluable' for r in results)} not evaluable")
    return status


def _summary(args: argparse.Namespace) -> int:
    from .summary import print_summary

    return print_summary(args.warehouse_dir)


def _eval(args: argparse.Namespace) -> int:
    from .evaluation import evaluate_corpus, examples, format_table

    folder = Path(args.directory)
    if not (folder / "truth").is_dir() and not any(folder.rglob("*.truth.json")):
        print(f"gdw: {args.directory}: no truth/ folder and no *.truth.json (write a corpus with "
              "`python -m testkit.corpus DIR`, or label real reports as tests/fixtures/real does)", file=sys.stderr)
        return 1
    scores = evaluate_corpus(args.directory)
    print(format_table(scores))
    shown = examples(scores, args.examples)
    if shown:
        print("\nwrong cells (silent first):")
        for line in shown:
            print(f"  {line}")
    return 0


def _harvest(args: argparse.Namespace) -> int:
    from orchestration.harvest.crawl import harvest_site
    from orchestration.harvest.sources import SourcesError, load_sources
    from orchestration.settings import load_settings

    settings = load_settings()
    try:
        sites = load_sources(args.sources or settings.sources_file)
    except SourcesError as error:
        print(f"gdw: {error}", file=sys.stderr)
        return 1
    if args.site:
        sites = [site for site in sites if site.name in args.site]
        missing = sorted(set(args.site) - {site.name for site in sites})
        if missing:
            print(f"gdw: no site named {', '.join(missing)} in the sources file", file=sys.stderr)
            return 1
    totals = {"new": 0, "unchanged": 0, "failed": 0, "would_fetch": 0, "sites_failed": 0}
    for site in sites:
        result = harvest_site(site, settings.harvest, settings.landing_dir, settings.fetch_log_dir, dry_run=args.dry_run,
                              on_progress=lambda so_far: print(f"  … {so_far.line()}", flush=True))
        print(result.line(), flush=True)
        for task in result.would_fetch:
            print(f"  would fetch {task.kind:<4} {task.url}  (from {task.referrer})")
        totals["new"] += result.files_new
        totals["unchanged"] += result.files_unchanged
        totals["failed"] += result.failed
        totals["would_fetch"] += len(result.would_fetch)
        totals["sites_failed"] += bool(result.error)
    if args.dry_run:
        print(f"dry run: {len(sites)} site(s), {totals['would_fetch']} report page(s) and file(s) to fetch; "
              "nothing landed or logged")
    else:
        print(f"harvested {len(sites)} site(s): {totals['new']} new report file(s), {totals['unchanged']} unchanged, "
              f"{totals['failed']} URL(s) failed, {totals['sites_failed']} site(s) failed; landed in "
              f"{settings.landing_dir}, fetch log in {settings.fetch_log_dir}")
    return 1 if totals["sites_failed"] else 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="gdw", description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    commands = parser.add_subparsers(dest="command", required=True)

    parse = commands.add_parser("parse", help="print what gdw reads from each report (JSON Lines)")
    parse.add_argument("files", nargs="+", metavar="FILE")
    parse.add_argument("--text", action="store_true", help="print the text the parser worked from, numbered")
    parse.add_argument("--cells", action="store_true", help="include every cell with its state")
    parse.add_argument("--workers", type=int, help="parse processes (default: $GDW_PARSE_WORKERS or the cores)")
    parse.add_argument("--time-limit", type=float, metavar="SECONDS",
                       help="per file; over it the file is quarantined as too_costly (default: $GDW_PARSE_TIME_LIMIT or 60; "
                       "a scan or an image, read by OCR after the other files, gets 10 times as much)")
    parse.add_argument("--memory-limit", type=int, metavar="MIB",
                       help="per parse process (default: $GDW_PARSE_MEMORY_LIMIT or 1024; at least 4096 for a scan "
                       "or an image, whose OCR models need it)")
    parse.set_defaults(func=_parse)

    check = commands.add_parser("check", help="print each report's statutory rule results")
    check.add_argument("files", nargs="+", metavar="FILE",
                       help="reports; two years of one agency also get CARRY_CONTINUITY")
    check.add_argument("--failed", action="store_true", help="show only the rules that failed or were not evaluable")
    check.set_defaults(func=_check)

    summary = commands.add_parser("summary", help="summarise the warehouse")
    summary.add_argument("--warehouse-dir", default=None, help="default: $GDW_WAREHOUSE_DIR or ./warehouse")
    summary.set_defaults(func=_summary)

    evaluation = commands.add_parser("eval", help="score the parser on a labeled corpus or on labelled real "
                                     "reports (tests/fixtures/real), per layout")
    evaluation.add_argument("directory")
    evaluation.add_argument("--examples", type=int, default=20, help="wrong cells to list (default 20)")
    evaluation.set_defaults(func=_eval)

    harvest = commands.add_parser("harvest", help="fetch the reports of the sites in sources.yaml into the landing folder")
    harvest.add_argument("--sources", metavar="FILE", help="the sources file (default: GDW_SOURCES_FILE, else "
                         "examples/sources.yaml)")
    harvest.add_argument("--site", action="append", metavar="NAME", help="only this site (repeatable)")
    harvest.add_argument("--dry-run", action="store_true",
                         help="read the list pages only and list what would be fetched; land and log nothing")
    harvest.set_defaults(func=_harvest)

    args = parser.parse_args(argv)
    try:
        return args.func(args)
    except BrokenPipeError:  # `gdw parse … | head`
        return 0


if __name__ == "__main__":
    sys.exit(main())
