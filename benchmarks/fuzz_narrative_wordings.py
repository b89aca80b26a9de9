"""Fuzz the sentences of a narrative-only report with wordings whose figure is not a row's own: the
figures of the corpus's reports (testkit.corpus, any template) written as a report states them in
prose, each case in one form, then read by the parser as a report with no tables.

    .venv/bin/python benchmarks/fuzz_narrative_wordings.py [--cases N] [--seed S] [--show K] [--wrap] [--root DIR]

Forms (each a class of wording; `{x}` the report's figures):
  joined-rows     办结申请{results}件，其中予以公开及部分公开{granted + partial}件 (及 和 或 与 、 以及)
  joined-columns  收到申请{new}件，其中商业企业、科研机构{enterprise + research}件，自然人{person}件
  change          收到申请{new}件，较上年增加{d}件 · 本年度收到申请较上年减少{d}件
  carried-inside  共受理申请{new + carried}件（含上年结转{carried}件） · 共受理（含上年度结转）申请{…}件
  workload        共受理申请{new + carried}件…上年结转{carried}件，办结{results}件，结转下年度{forward}件
  published-part  其中属于已主动公开{a}件，同意公开{granted - a}件 (the 予以公开 row holds both)
  outcome-denied  该行政复议案件未被纠错 · 未发生被行政复议纠错或行政诉讼败诉的情形 (with reviews)
  plain           the rows' own figures, as the corpus's narrative layout states them (what must be read)

With `--wrap`, each case's paragraph is wrapped over lines of 6 to 30 characters, as a PDF's text
breaks a sentence (anywhere: inside a word, between a conjunction and the row it joins, before a
bracket): what a wrap splits must read as the unwrapped paragraph does.

A cell read wrong is a narrative cell whose value is not the report's figure for that cell; `read`
counts the cells read right. `--root`: the parser of another worktree (A/B against a baseline).
"""

from __future__ import annotations

import argparse
import random
import sys
from collections import Counter
from pathlib import Path


def _arguments() -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--cases", type=int, default=300, help="cases per form")
    parser.add_argument("--seed", type=int, default=1051)
    parser.add_argument("--show", type=int, default=3, help="wrong cases shown per form")
    parser.add_argument("--wrap", action="store_true", help="wrap each paragraph over short lines")
    parser.add_argument("--root", default=str(Path(__file__).resolve().parent.parent))
    return parser.parse_args()


ARGS = _arguments() if __name__ == "__main__" else None
sys.path.insert(0, ARGS.root if ARGS else str(Path(__file__).resolve().parent.parent))

from orchestration.parsing.cells import NARRATIVE
from orchestration.parsing.parse import parse_text
from testkit import corpus

CONJUNCTIONS = ("及", "和", "或", "与", "、", "以及")


def figure(table: dict, row: str, column: str) -> int:
    """A cell of the report's truth; blank (None) is 0, as a sentence would state it."""
    return (table.get(row) or {}).get(column) or 0


def _joined_rows(rng, apps, reviews):
    both = figure(apps, "granted", "total") + figure(apps, "partially_granted", "total")
    return f"全年办结申请{figure(apps, 'results_total', 'total')}件，其中予以公开{rng.choice(CONJUNCTIONS)}部分公开{both}件"


def _joined_columns(rng, apps, reviews):
    together = figure(apps, "new_received", "commercial_enterprise") + figure(apps, "new_received", "research_institution")
    return (f"全年共收到政府信息公开申请{figure(apps, 'new_received', 'total')}件，其中商业企业"
            f"{rng.choice(CONJUNCTIONS)}科研机构{together}件，自然人{figure(apps, 'new_received', 'natural_person')}件")


def _change(rng, apps, reviews):
    delta = rng.randint(1, 40)
    return rng.choice((f"全年共收到政府信息公开申请{figure(apps, 'new_received', 'total')}件，较上年增加{delta}件",
                       f"本年度收到政府信息公开申请较上年减少{delta}件",
                       f"因政府信息公开引起的行政复议同比增长{delta}件"))


def _carried_inside(rng, apps, reviews):
    carried, new = figure(apps, "carried_over", "total"), figure(apps, "new_received", "total")
    return rng.choice(((f"共受理政府信息公开申请{new + carried}件（含上年结转{carried}件），"
                       f"办结{figure(apps, 'results_total', 'total')}件"),
                       f"共受理（含上年度结转）政府信息公开申请{new + carried}件"))


def _workload(rng, apps, reviews):
    total = figure(apps, "new_received", "total") + figure(apps, "carried_over", "total")
    people = figure(apps, "new_received", "natural_person") + figure(apps, "carried_over", "natural_person")
    return (f"全年共受理政府信息公开申请{total}件，其中自然人{people}件；"
            f"上年结转申请{figure(apps, 'carried_over', 'total')}件，办结{figure(apps, 'results_total', 'total')}件，"
            f"结转下年度继续办理{figure(apps, 'carried_forward', 'total')}件")


def _published_part(rng, apps, reviews):
    granted = figure(apps, "granted", "total")
    already = rng.randint(0, granted)
    return (f"办结申请{figure(apps, 'results_total', 'total')}件，其中属于已主动公开范围{already}件，"
            f"同意公开{granted - already}件")


def _outcome_denied(rng, apps, reviews):
    return rng.choice(("该行政复议案件未被复议机关纠错", "全年未发生因依申请公开被行政复议纠错或行政诉讼败诉的情形",
                       "相关行政复议决定未被撤销"))


def _plain(rng, apps, reviews):
    return (f"全年共收到政府信息公开申请{figure(apps, 'new_received', 'total')}件，"
            f"已办结{figure(apps, 'results_total', 'total')}件，结转下年度继续办理{figure(apps, 'carried_forward', 'total')}件。"
            f"因政府信息公开被申请行政复议{figure(reviews, 'administrative_review', 'total')}起")


FORMS = {"joined-rows": _joined_rows, "joined-columns": _joined_columns, "change": _change,
         "carried-inside": _carried_inside, "workload": _workload, "published-part": _published_part,
         "outcome-denied": _outcome_denied, "plain": _plain}
# what a form needs of the report, so that its wording is the case it is about
NEEDS = {"carried-inside": lambda a, r: figure(a, "carried_over", "total") > 0,
         "workload": lambda a, r: figure(a, "carried_over", "total") > 0,
         "joined-rows": lambda a, r: figure(a, "partially_granted", "total") > 0,
         "joined-columns": lambda a, r: figure(a, "new_received", "commercial_enterprise") > 0,
         "published-part": lambda a, r: figure(a, "granted", "total") > 0,
         "outcome-denied": lambda a, r: figure(r, "administrative_review", "total") > 0}


def wrapped(rng: random.Random, paragraph: str) -> str:
    """The paragraph over lines of 6 to 30 characters, cut anywhere."""
    lines = []
    while paragraph:
        width = rng.randint(6, 30)
        lines.append(paragraph[:width])
        paragraph = paragraph[width:]
    return "\n".join(lines)


def cases(form: str, count: int, seed: int, wrap: bool = False):
    """(text, truth) of `count` narrative-only reports in `form`, from the corpus's reports."""
    rng, index = random.Random(f"{seed}:{form}"), 0
    made = 0
    while made < count:
        index += 1
        document = corpus.make_document(seed, index, layout="txt-tabs")
        apps, reviews = document.truth.get("applications"), document.truth.get("reviews")
        if not apps or not reviews or not NEEDS.get(form, lambda a, r: True)(apps, reviews):
            continue
        made += 1
        title = f"{document.truth['agency']}{document.truth['year']}年政府信息公开工作年度报告"
        paragraph = f"{FORMS[form](rng, apps, reviews)}。"
        yield f"{title}\n一、总体情况\n{wrapped(rng, paragraph) if wrap else paragraph}\n", document.truth


def main() -> None:
    counts: dict[str, Counter] = {}
    for form in FORMS:
        tally = counts[form] = Counter()
        for text, truth in cases(form, ARGS.cases, ARGS.seed, ARGS.wrap):
            report = parse_text(text, "fuzz.txt")
            read = [c for c in report.cells if c.state == NARRATIVE]
            wrong = [(c.row, c.column, c.value) for c in read if c.value != figure(truth[c.table], c.row, c.column)]
            tally["cases"] += 1
            tally["read"] += len(read) - len(wrong)
            tally["wrong"] += len(wrong)
            tally["cases wrong"] += bool(wrong)
            if wrong and tally["cases wrong"] <= ARGS.show:
                print(f"  {form}: {'⏎'.join(text.splitlines()[2:])}  ->  read wrong {wrong}")
    print(f"{'form':<16}{'cases':>8}{'read':>8}{'wrong':>8}{'cases wrong':>13}")
    for form, tally in counts.items():
        print(f"{form:<16}" + "".join(f"{tally[k]:>{w}}" for k, w in (("cases", 8), ("read", 8), ("wrong", 8),
                                                                       ("cases wrong", 13))))


if __name__ == "__main__":
    main()
