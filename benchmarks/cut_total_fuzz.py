"""Fuzz the reading of a 总计 column that LibreOffice cut at the page's edge (`cut_total.py`).

    python benchmarks/cut_total_fuzz.py [--documents 2000] [--seed 0] [--show 5]

Each made-up document is table 3 as `pdftotext -layout` writes LibreOffice's PDF of a web page whose table
is wider than the paper: the header shows its six applicant columns and `总` (总计 cut with its column),
every row its label, its six figures or blank marks on one line, and its total's text cut where the paper
ends. A document draws, at random:

* the page's figures: 1 to 5 digits, ASCII or full-width, thousands grouped by `,` or `，` or not at all;
* how a blank cell prints: `0`, a mark (`-`, `/`, `—`, `无`) or nothing;
* its totals: the parts' sum, or (misprints, a share of the rows) another figure, one sharing the sum's
  first digits, the sum a digit short or long, or a total printed blank (a mark, or nothing);
* whether the table runs on to a second page (no header repeated there);
* where the paper ends: a width in the page's units (an ASCII or full-width digit one unit, a separator
  `comma` units, one of 0.3, 0.5, 1 and 2), the same edge for every row of the page, every edge from
  half a unit to past the widest total; a glyph shows when it starts left of the edge.

Every cell the reader gives a value (state value, recovered or blank) is compared with the document's
truth (a blank cell is null, a printed 0 is 0). Wrong totals are sorted by what the page shows:

* `wrong value`: a total given as printed (state value) that is not the printed total: never sound;
* `wrong, the page tells`: recovered as its parts' sum, where the sum printed the page's way shows other
  glyphs than the total's text at every edge that shows the page's other totals as they show: the check
  should have caught it;
* `wrong, the page cannot tell`: at some such edge the sum printed the page's way shows the very glyphs the
  total shows: the recovered state's meaning (the rules chose, the cut hides the rest);
* `wrong, printed blank as nothing`: a total the source printed as nothing, where the cut column shows
  nothing either way (known undecidable where the column shows nothing in any row).

Nothing here is used by the parser; it is a measuring tool.
"""

from __future__ import annotations

import argparse
import random
import sys
from collections import Counter
from decimal import Decimal
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from orchestration.parsing.parse import parse_text
from testkit.corpus import FULL_WIDTH_DIGITS as _WIDE
from tests.unit.test_reader_classes import REVIEW_HEADER, REVIEWS, ROWS, TITLE

COLUMNS = ["natural_person", "commercial_enterprise", "research_institution", "social_welfare_org",
           "legal_service_org", "other_org", "total"]
OUTCOMES = [key for key, _, _ in ROWS[2:23]]
MARKS = ["-", "/", "—", "无"]
PITCH = 12  # glyphs from one column's start to the next: room for `1,234,567` and two spaces
FIRST = 33


def printed(value: int, wide: bool, separator: str) -> str:
    """A figure as the page prints it."""
    text = f"{value:,}".replace(",", separator) if separator else str(value)
    return text.translate(_WIDE) if wide else text


def shown(text: str, edge: float, comma: float) -> str:
    """The glyphs of a text set from the cut column's left that start left of the paper's edge."""
    out, at = "", 0.0
    for glyph in text:
        if at >= edge:
            break
        out += glyph
        at += comma if glyph in ",，" else 1.0
    return out


def _figure(rng: random.Random, digits: int) -> int:
    return rng.randint(10 ** (digits - 1) if digits > 1 else 1, 10 ** digits - 1)


def _misprint(rng: random.Random, total: int) -> int:
    """A total the report printed other than its parts' sum, of a kind that may share the sum's glyphs."""
    kind = rng.randrange(6)
    if kind == 0:
        return _figure(rng, rng.randint(1, 5))
    if kind == 1:
        return max(0, total + rng.choice([-1, 1]) * rng.randint(1, 9) * 10 ** rng.randint(0, 3))
    if kind == 2 and total >= 10:
        return total // 10  # a digit short: the sum's first digits
    if kind == 3:
        return total * 10 + rng.randint(0, 9)  # a digit long
    if kind == 4 and total >= 10:
        text = str(total)
        cut = rng.randint(1, len(text) - 1)
        return int(text[:cut] + "".join(str(rng.randint(0, 9)) for _ in text[cut:]))  # the same head
    return max(0, total + rng.randint(-3, 3))


def make_document(rng: random.Random) -> tuple[str, dict[str, list], dict]:
    """One document's text, its table 3 truth (None a blank) and what it drew."""
    wide = rng.random() < 0.5
    separator = rng.choice(["", "", ",", "，"])
    comma = rng.choice([0.3, 0.5, 1.0, 2.0])
    blank = rng.choice(["0", "0", *MARKS, ""])
    most = rng.randint(1, 5)  # the most digits a part may have
    misprints = rng.choice([0.0, 0.1, 0.3])
    printed_blank = rng.choice([0.0, 0.1])
    # the figures keep the table's rules (outcomes add up to （七）总计, new plus carried over to results plus
    # carried forward), a blank cell a zero
    numbers: dict[str, list[int]] = {key: [0] * 6 for key, _, _ in ROWS}
    for key in [*OUTCOMES, "carried_over", "carried_forward"]:
        numbers[key] = [0 if rng.random() < 0.55 else _figure(rng, rng.randint(1, most)) for _ in range(6)]
    numbers["results_total"] = [sum(numbers[key][i] for key in OUTCOMES) for i in range(6)]
    for i in range(6):
        net = numbers["results_total"][i] + numbers["carried_forward"][i] - numbers["carried_over"][i]
        if net < 0:
            numbers["carried_over"][i] += net
            net = 0
        numbers["new_received"][i] = net
    truth: dict[str, list] = {}
    texts: dict[str, list[str]] = {}
    for key, _, _ in ROWS:
        parts: list[int | None] = [None if p == 0 and blank != "0" else p for p in numbers[key]]
        total: int | None = sum(numbers[key])
        if total == 0 and blank != "0" and rng.random() < 0.5:
            total = None
        if rng.random() < misprints:
            total = _misprint(rng, total or 0)
        total_blank = ""
        if rng.random() < printed_blank:
            total, total_blank = None, rng.choice([*MARKS, ""])
        elif total is None:
            total_blank = blank if blank != "0" else rng.choice(MARKS)
        truth[key] = [*parts, total]
        texts[key] = [blank if p is None else printed(p, wide, separator) for p in parts] + \
            [total_blank if total is None else printed(total, wide, separator)]
    longest = max(len(row[6]) for row in texts.values())
    units = max((sum(comma if g in ",，" else 1.0 for g in row[6]) for row in texts.values()), default=1.0)
    edge = rng.choice([x / 4 for x in range(2, int(units * 4) + 6)])
    starts = [FIRST + PITCH * i for i in range(7)]
    lines = [*TITLE.rstrip("\n").split("\n"), "三、收到和处理政府信息公开申请情况", ""]
    # the header as pdftotext packs it: 自然人 over its column, 法人或其他组织 and `总` set after it
    lines += [_place([(starts[0] - 1, "自然人"), (starts[2], "法人或其他组织"), (starts[6], "总")]),
              _place([(starts[2], "科研"), (starts[3], "社会公"), (starts[4], "法律服务")]),
              _place([(starts[1], "商业企业"), (starts[5], "其他")]),
              _place([(starts[2], "机构"), (starts[3], "益组织"), (starts[4], "机构")]), ""]
    # the table may run on to a second page, which repeats no header (`later_row_in_order`)
    page_break = rng.choice([None, rng.randrange(3, len(ROWS))])
    for index, (key, label, heading) in enumerate(ROWS):
        if index == page_break:
            lines.append("\f")
        if heading:
            lines.append(heading)
        cells = [*texts[key][:6], shown(texts[key][6], edge, comma)]
        lines += [_place([(0, label[:16]), *zip(starts, cells)]), ""]
    lines += ["\f" + REVIEW_HEADER, "行政复议 行政诉讼",
              "  ".join(["结果维持", "结果纠正", "其他结果", "尚未审结", "总计"] * 3), "  ".join(map(str, REVIEWS)),
              "五、存在的主要问题及改进情况", "一是公开形式单一。"]
    drawn = {"wide": wide, "separator": separator, "comma": comma, "blank": blank, "edge": edge, "longest": longest}
    return "\n".join(lines) + "\n", truth, dict(drawn, texts=texts)


def _place(words: list[tuple[int, str]]) -> str:
    line = ""
    for start, word in words:
        if word:
            line += " " * max(start - len(line), 1 if line else start) + word
    return line


def _edges_alike(drawn: dict) -> list[float]:
    """The paper's edges (a quarter of a unit apart) that show every total of the page as its edge does."""
    texts = [row[6] for row in drawn["texts"].values()]
    seen = [shown(text, drawn["edge"], drawn["comma"]) for text in texts]
    edges = [x / 4 for x in range(1, 4 * (len(max(texts, key=len)) * 2 + 2))]
    return [edge for edge in edges if [shown(text, edge, drawn["comma"]) for text in texts] == seen]


def score(text: str, truth: dict[str, list], drawn: dict) -> tuple[Counter, list[str]]:
    report = parse_text(text, "lo-html_pdftotext.txt")
    cells = {(c.row, c.column): c for c in report.cells if c.table == "applications"}
    counts: Counter = Counter()
    examples = []
    for key, values in truth.items():
        parts_sum = sum(v or 0 for v in values[:6])
        for column, expected in zip(COLUMNS, values):
            counts["cells"] += 1
            cell = cells.get((key, column))
            if cell is None or cell.state == "unknown":
                counts["unknown"] += 1
                continue
            got = None if cell.value is None else Decimal(cell.value)
            if (got is None and expected is None) or (got is not None and expected is not None and got == expected):
                counts["right"] += 1
                counts[f"right {cell.state}"] += 1
                continue
            if column != "total":
                kind = "wrong part"
            elif cell.state == "value":
                kind = "wrong value"
            elif expected is None and drawn["texts"][key][6] == "":
                kind = "wrong, printed blank as nothing"
            else:
                # the page cannot tell where an edge it does not rule out shows the sum as the total's glyphs
                page = shown(drawn["texts"][key][6], drawn["edge"], drawn["comma"])
                as_sum = printed(parts_sum, drawn["wide"], drawn["separator"])
                tells = all(shown(as_sum, edge, drawn["comma"]) != page for edge in _edges_alike(drawn))
                kind = "wrong, the page tells" if tells else "wrong, the page cannot tell"
                if tells:
                    counts["  a separator in the head" if set(page) & set(",，") else "  a head of digits only"] += 1
            counts[kind] += 1
            counts["wrong"] += 1
            examples.append(f"{kind}: {key}.{column}={got} ({cell.state}) truth {expected}; printed "
                            f"{drawn['texts'][key]!r}, shown {shown(drawn['texts'][key][6], drawn['edge'], drawn['comma'])!r}"
                            f", sum {parts_sum}; edge {drawn['edge']} comma {drawn['comma']}")
    return counts, examples


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--documents", type=int, default=2000)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--show", type=int, default=5, help="examples of each wrong kind to print")
    args = parser.parse_args(argv)
    rng = random.Random(args.seed)
    total: Counter = Counter()
    shown_kinds: Counter = Counter()
    for number in range(args.documents):
        text, truth, drawn = make_document(rng)
        counts, examples = score(text, truth, drawn)
        total += counts
        for example in examples:
            kind = example.split(":")[0]
            if shown_kinds[kind] < args.show:
                shown_kinds[kind] += 1
                print(f"doc {number}: {example}")
    print(f"{args.documents} documents, {total['cells']} cells of table 3: right {total['right']} "
          f"(recovered {total['right recovered']}), unknown {total['unknown']}, wrong {total['wrong']}")
    for kind in ("wrong value", "wrong, the page tells", "  a separator in the head", "  a head of digits only", "wrong part", "wrong, the page cannot tell",
                 "wrong, printed blank as nothing"):
        print(f"  {kind}: {total[kind]}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
