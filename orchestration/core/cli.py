"""`gdw`: the command line of the Government Disclosure Warehouse.

    gdw parse FILE...        one JSON object per file (JSON Lines), the parser output of SPEC.md
    gdw parse --text FILE    the text the parser worked from, with line numbers
    gdw check FILE...        the statutory rule results of each report, as a table
    gdw summary              what the warehouse holds: reports read, quarantined, rule findings
    gdw eval DIR             score the parser on a labeled corpus (DIR/reports, DIR/truth), per layout

The generators of test reports are development tools, outside the runtime package:
    python -m testkit.samples DIR [TRUTH]            the project's sample reports
    python -m testkit.corpus DIR --count N [--seed S]  a labeled corpus in every format, with truth
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from ..parsing.parse import extracted_text, parse_file
from ..parsing.tokens import split_lines
from .agency_names import match_key
from .rules import carry_continuity, evaluate


def _parse(args: argparse.Namespace) -> int:
    status = 0
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
        record = parse_file(name).to_dict()
        if not args.cells:
            record.pop("cells", None)
        print(json.dumps(record, ensure_ascii=False))
    return status


def _check(args: argparse.Namespace) -> int:
    status = 0
    reports = []
    for name in args.files:
        if not Path(name).is_file():
            print(f"gdw: {name}: no such file", file=sys.stderr)
            status = 1
            continue
        reports.append((name, parse_file(name)))
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


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="gdw", description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    commands = parser.add_subparsers(dest="command", required=True)

    parse = commands.add_parser("parse", help="print what gdw reads from each report (JSON Lines)")
    parse.add_argument("files", nargs="+", metavar="FILE")
    parse.add_argument("--text", action="store_true", help="print the text the parser worked from, numbered")
    parse.add_argument("--cells", action="store_true", help="include every cell with its state")
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

    args = parser.parse_args(argv)
    try:
        return args.func(args)
    except BrokenPipeError:  # `gdw parse … | head`
        return 0


if __name__ == "__main__":
    sys.exit(main())
