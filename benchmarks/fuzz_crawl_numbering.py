"""Fuzz the numbering of table 3's sub-rows on crawled web pages (`txt-crawl`: the whole page on one line,
every cell run together): the corpus's crawls, each sub-row label's numbering `2.重复申请` rewritten as a
crawler leaves it: the digit and its mark (`2.` `2．` `2、`, a full-width digit, `（2）`, Word's list numbers `2）`
and `②`), then a run of the page's spaces or none (a Word export writes `&nbsp;&nbsp;` after a list number:
U+00A0 from BeautifulSoup's get_text, or the entity itself where the crawler kept the markup's text). The numbering
is no cell: a cell read from it is wrong.

    .venv/bin/python benchmarks/fuzz_crawl_numbering.py [--cases N] [--seed S] [--form FORM] [--show K] [--headings] [--entities]

prints, per form, the cells wrong (a value or recovered cell whose value is not the truth), unknown, and the
cases with a wrong cell.
"""

from __future__ import annotations

import argparse
import random
import re
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from orchestration.core.evaluation import score_document
from orchestration.parsing.parse import parse_bytes
from testkit import corpus
from testkit.corpus import FULL_WIDTH_DIGITS

# how a crawler writes `2.` before a sub-row's label: a numbering (`{n}` its digit, `{w}` full-width, `{c}` circled)…
NUMBERINGS = {"dot": "{n}.", "space-before": "{n} .", "fullstop": "{n}．", "comma": "{n}、", "wide-digit": "{w}．",
              "paren": "（{n}）", "paren-ascii": "({n})", "close-paren": "{n}）", "circled": "{c}"}
# …then the list indent Word's HTML writes after it, as the crawler kept it (U+00A0, the entity, spaces)
INDENTS = {"": "", "nbsp2": "\xa0\xa0", "nbsp4": "\xa0" * 4, "entity2": "&nbsp;&nbsp;", "spaces": "   ",
           "ideographic": "\u3000\u3000"}
FORMS = {f"{numbering}+{indent}" if indent else numbering: written + INDENTS[indent]
         for numbering, written in NUMBERINGS.items() for indent in INDENTS}


def numbered(form: str, n: str) -> str:
    return FORMS[form].format(n=n, w=n.translate(FULL_WIDTH_DIGITS), c=chr(ord("①") + int(n) - 1))


_SUB_ROW_NUMBERING_RE = re.compile(r"^(\d+)\.(?=\D)")
# `--headings`: the group headings' numbering (`一、` `（三）`) followed by the same indent
_HEADING_NUMBERING_RE = re.compile(r"^([一二三四五六七八九十]{1,2}、|（[一二三四五六七八九十]{1,2}）)(?=\S)")


def crawl_renumbered(form: str, headings: bool = False, entities: bool = False):
    """corpus.render_crawl with each label cell's `N.` numbering written in `form` (with `headings`, each group
    heading's numbering followed by two U+00A0 too; with `entities`, every U+00A0 of the page, an empty cell's
    too, written `&nbsp;`: a crawler that kept the markup's text)."""
    render = corpus.render_crawl

    def renumbered(rng, plan, blocks):
        def cell(text):
            if not isinstance(text, str):
                return text
            if headings:
                text = _HEADING_NUMBERING_RE.sub("\\1\xa0\xa0", text)
            return _SUB_ROW_NUMBERING_RE.sub(lambda m: numbered(form, m.group(1)), text)

        changed = [block if isinstance(block, str) else
                   corpus.TableModel(block.name, [[(cell(text), rs, cs) for text, rs, cs in row] for row in block.rows],
                                     block.header_rows) for block in blocks]
        text = render(rng, plan, changed)
        return text.replace("\xa0", "&nbsp;") if entities else text

    return renumbered


def run_form(form: str, cases: int, seed: int, show: int, headings: bool = False, entities: bool = False) -> Counter:
    counts: Counter = Counter()
    original = corpus.render_crawl
    corpus.render_crawl = crawl_renumbered(form, headings, entities)
    try:
        rng = random.Random(seed)
        for case in range(cases):
            document = corpus.make_document(seed, rng.randrange(10**6), layout="txt-crawl")
            report = parse_bytes(document.data, document.name)
            score = score_document(Path(document.name), document.truth, report)
            counts["cells"] += score.cells
            counts["wrong"] += score.wrong
            counts["unknown"] += score.unknown
            counts["cases with wrong"] += bool(score.wrong)
            if score.wrong and show > 0:
                show -= 1
                print(f"  {form} case {case}: {score.examples[:1]}", file=sys.stderr)
    finally:
        corpus.render_crawl = original
    return counts


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--cases", type=int, default=20)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--form", choices=sorted(FORMS), action="append")
    parser.add_argument("--show", type=int, default=0)
    parser.add_argument("--headings", action="store_true", help="the group headings' numbering indented too")
    parser.add_argument("--entities", action="store_true", help="every U+00A0 of the page written `&nbsp;`")
    args = parser.parse_args()
    for form in args.form or FORMS:
        counts = run_form(form, args.cases, args.seed, args.show, args.headings, args.entities)
        print(f"{form:16} wrong {counts['wrong']:4} unknown {counts['unknown']:4} cells {counts['cells']:6} "
              f"cases with wrong {counts['cases with wrong']}/{args.cases}")


if __name__ == "__main__":
    main()
