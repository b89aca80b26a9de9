"""Fuzz table 3 as plain `pdftotext` (no -layout) writes a word processor's PDF whose wrapped labels come after
the figures (plainbreak50; application_table._without_labels_after_the_figures): poppler sets each one-line cell
a paragraph in reading order (a row's one-line label, then its figures one a line) and each cell whose text wraps
as a block after its page's one-line cells, so a row with a wrapped label prints its figures where the template
puts them with no label before them, and its label's lines after its page's last figures (before the page's
number and form feed, or after the table's last figures).

Each case takes a `testkit.corpus` report's table 3 (its figures, blanks and template, 2019 or 2021) and writes it
so: a label column of random room (rows whose label spans three or two columns have three or two times the room),
every label or group heading longer than the room wrapped into its page's late block, now and then a one-line
label set late too (a cell as tall as its group's), zero to two page breaks before random rows, and the blank
cells printing `0`, a mark, or (`--nothing` in some cases) nothing at all (a blank leaving no line). Table 3's
cells are scored against the report's truth: wrong (a cell read, value, blank or recovered, that is not the
truth's figure; a blank printed `0` is right as 0), unknown, right; and how many tables were read whole.

    .venv/bin/python benchmarks/fuzz_plain_late_labels.py [--cases N] [--seed S] [--nothing] [--show K] [--wrong-only]
"""

from __future__ import annotations

import argparse
import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from orchestration.core import labels as L
from orchestration.parsing.parse import parse_text
from testkit.corpus import ROW_LABELS, make_document

HEADER = ["三、收到和处理政府信息公开申请情况", "申请人情况", "自然人", "法人或其他组织", "总计", "商业企业",
          "科研机构", "社会公益组织", "法律服务机构", "其他"]
GROUP_HEADINGS = {"granted": "results_group", "denied_state_secret": "denied", "unavailable_not_held": "unavailable",
                  "rejected_petition": "rejected", "other_no_correction": "other"}
SPANS = {"new_received": 3, "carried_over": 3, "carried_forward": 3, "granted": 2, "partially_granted": 2,
         "results_total": 2}
TABLE_2 = ["二、主动公开政府信息情况", "第二十条第（一）项", "信息内容", "本年制发件数", "本年废止件数", "现行有效件数",
           "规章", "0", "0", "5"]
TABLE_4 = ["四、政府信息公开行政复议、行政诉讼情况", "行政复议", "行政诉讼", "未经复议直接起诉", "复议后起诉",
           "结果维持", "结果纠正", "其他结果", "尚未审结", "总计", *["0"] * 15, "五、存在的主要问题及改进情况",
           "一是公开形式单一。"]


def wrapped(text: str, room: int) -> str:
    """A cell's text as its column wraps it, `room` characters a line."""
    return "\n".join(text[at : at + room] for at in range(0, len(text), room))


def plain_text(rng: random.Random, truth: dict, nothing_ok: bool) -> tuple[str, str]:
    """The report of `truth` with its table 3 written as plain pdftotext writes such a PDF (the module's note), and
    what its blank cells print."""
    keys = [key for key in L.APPLICATION_ROWS if key in truth["applications"]]  # （六） as one row at times
    room = rng.randint(8, 16)
    late_too = {key for key in keys if rng.random() < 0.1}
    breaks = set(rng.sample(keys[1:], rng.choice([0, 1, 1, 2])))
    blank = rng.choice(["0", "0", "/", "—", *([""] if nothing_ok else [])])
    items = [truth["agency"], f"{truth['year']}年政府信息公开工作年度报告", *TABLE_2, *HEADER]
    late: list[str] = []
    page = 3
    for key in keys:
        if key in breaks:
            items += [*late, f"- {page} -", "\f"]
            late, page = [], page + 1
        cells = [(ROW_LABELS[GROUP_HEADINGS[key]], room)] if key in GROUP_HEADINGS else []
        for text, its_room in [*cells, (ROW_LABELS[key], room * SPANS.get(key, 1))]:
            if len(text) > its_room or (key in late_too and text == ROW_LABELS[key]):
                late.append(wrapped(text, its_room))
            else:
                items.append(text)
        for column in L.APPLICANT_KEYS:
            value = truth["applications"][key][column]
            text = blank if value is None else str(value)
            items += [text] if text else []
    items += [*late, *TABLE_4]
    return "\n\n".join(items).replace("\f\n\n", "\f") + "\n", blank


def scored(report, truth: dict, printed_zero: bool) -> tuple[int, int, int, list]:
    """(right, unknown, wrong, the wrong cells) of table 3."""
    right = unknown = wrong = 0
    bad = []
    for cell in report.cells:
        if cell.table != "applications" or cell.row not in truth["applications"]:
            continue
        expected = truth["applications"][cell.row][cell.column]
        if cell.state == "unknown":
            unknown += 1
        elif cell.value == expected or (cell.value is None and expected is None) or \
                (printed_zero and expected is None and cell.value == 0):
            right += 1
        else:
            wrong += 1
            bad.append((cell.row, cell.column, cell.state, cell.value, expected))
    return right, unknown, wrong, bad


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--cases", type=int, default=200)
    parser.add_argument("--seed", type=int, default=1000)
    parser.add_argument("--nothing", action="store_true", help="blank cells may print nothing (no line)")
    parser.add_argument("--show", type=int, default=0)
    parser.add_argument("--wrong-only", action="store_true", help="show the cases with a wrong cell only")
    args = parser.parse_args()
    totals = [0, 0, 0]
    whole = shown = 0
    for index in range(args.cases):
        rng = random.Random(f"{args.seed}:{index}:late")
        truth = make_document(args.seed, index, layout="txt-cells").truth
        text, blank = plain_text(rng, truth, args.nothing)
        right, unknown, wrong, bad = scored(parse_text(text, "report_pdftotext_plain.txt"), truth, blank == "0")
        totals = [totals[0] + right, totals[1] + unknown, totals[2] + wrong]
        whole += not unknown and not wrong
        if (wrong or (unknown and not args.wrong_only)) and shown < args.show:
            shown += 1
            print(f"case {index} ({truth['template']}): unknown {unknown} wrong {wrong} {bad[:4]}")
    cells = sum(totals)
    print(f"cases {args.cases} cells {cells} right {totals[0]} unknown {totals[1]} wrong {totals[2]} "
          f"tables read whole {whole}")


if __name__ == "__main__":
    main()
