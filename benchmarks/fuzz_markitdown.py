"""Fuzz of markitdown's table 3 (a converter's markdown of a report's PDF): made-up tables that keep every rule,
written as markitdown writes them, read back; counts the cells read wrong (a value or blank that is not the truth).

    .venv/bin/python benchmarks/fuzz_markitdown.py MODE [--count N] [--start S] [--show K]

The model (MODE `in`): pipe rows whose words stand packed to the left of their cells, two neighbouring words
merged into one cell now and then (`3 —`), blanks printed as a mark (`—`, `/` or `0`), an empty pipe cell of no
column before the figures (a label's place), an empty cell past them, the 总计 column cut with its header cell
(rows of six words) or not. Outside the model, one row a document: `nothing`, a blank printing nothing (the row
one word short, its words packed left); `split`, a figure of two digits or more printed as two words (`1 2`);
`inplace`, a blank printing nothing whose empty cell keeps its column's place; `glued`, the label wrapped beside
the first column, its first piece sharing a pipe cell with the row's first word (`| 1.属 1 | 0 | …`, `| 5.要求1 | - | …`), now and then
with a blank printing nothing or a figure split further on; `gap`, an empty pipe cell of no column at one place among
every row's words (the page's gap), one row a document with one of the faults above or none (md14); `gapglued`,
the page's gap and one row `glued` (review16). A cell the reader leaves unknown is
never wrong; the truth of a blank printing nothing is a blank. With `--table 4`, table 4's one row, fifteen
words with empty pipe cells of no column among them, under the same modes.
(After review10b's harness, /tmp/rv10b/fuzz_md.py of round 10, extended; md11.)
"""

from __future__ import annotations

import argparse
import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from orchestration.core import labels as L
from orchestration.parsing.parse import parse_text
from tests.unit.test_converted_markdown import LABELS_2021, report

KEYS = list(LABELS_2021)
OUTCOMES = [key for key in L.outcome_rows_among(KEYS) if key != "results_total"]
COLUMNS = ["natural_person", "commercial_enterprise", "research_institution", "social_welfare_org",
           "legal_service_org", "other_org", "total"]
HEADER = ["自然人", "商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他", "总计"]


def table(rng: random.Random, natural: tuple[int, int] = (5, 60)) -> dict[str, list[int]]:
    """A table 3 keeping every rule: intake = outcomes + carried forward, each row's total its parts' sum; the
    自然人 column's intake drawn in `natural`."""
    t = {key: [0] * 7 for key in KEYS}
    for column in range(6):
        new = rng.randint(*natural) if column == 0 else rng.choice([0, 0, 1, 2, 3, 12])
        over = rng.choice([0, 0, 1, 2, 11])
        forward = min(new + over, rng.choice([0, 0, 1, 2, 3, 10]))
        t["new_received"][column], t["carried_over"][column], t["carried_forward"][column] = new, over, forward
        for _ in range(new + over - forward):
            t[rng.choice(OUTCOMES[:4] + OUTCOMES)][column] += 1
        t["results_total"][column] = sum(t[key][column] for key in OUTCOMES)
    for key in KEYS:
        t[key][6] = sum(t[key][:6])
    return t


def pipe(cells: list[str]) -> str:
    return "| " + " | ".join(cells) + " |"


def row_line(rng: random.Random, label: str, words: list[str | None], lead: int, cells: int, merge: float,
             gap: int | None = None) -> str:
    """A row as markitdown writes it: `None` words (blanks printing nothing in place) keep an empty cell; `gap`: the
    place among the words' cells of an empty cell of no column, the same in every row (the page's gap)."""
    out, i = [], 0
    while i < len(words):
        n = 2 if i + 1 < len(words) and words[i] is not None and words[i + 1] is not None and rng.random() < merge \
            else 1
        out.append(" ".join(word or "" for word in words[i : i + n]))
        i += n
    if gap is not None:
        out.insert(min(gap, len(out) - 1), "")
    out = [label, *[""] * lead, *out]
    return pipe(out + [""] * (cells - len(out)))


def run(seed: int, mode: str) -> tuple[list[tuple], int, int, str]:
    rng = random.Random(seed)
    t = table(rng)
    cut = rng.random() < 0.5
    mark = rng.choice(["—", "0", "/"])
    width = 6 if cut else 7
    lead = rng.choice([0, 0, 1])
    cells = 1 + lead + width + rng.choice([0, 0, 1])
    merge = rng.choice([0.0, 0.1, 0.3])
    gap = rng.randint(1, 4) if mode in ("gap", "gapglued") else None
    fault = rng.choice(["", "nothing", "split", "inplace"]) if mode == "gap" else "glued" if mode == "gapglued" else mode
    cells += gap is not None
    names = HEADER[:width] if gap is None else [*HEADER[:gap], "", *HEADER[gap:width]]
    header = pipe(["（本列数据的勾稽关系）", *[""] * lead, *names, *[""] * (cells - 1 - lead - len(names))])
    rows, truth = {}, {}
    odd = rng.choice(KEYS)
    for key in KEYS:
        values = t[key][:width]
        words: list[str | None] = [str(v) if v else mark for v in values]
        expected: list[int | None] = [v if v or mark == "0" else None for v in t[key]]
        zeros = [i for i, v in enumerate(values) if not v]
        big = [i for i, v in enumerate(values) if v >= 10]
        if key == odd and fault in ("nothing", "inplace") and zeros:
            i = rng.choice(zeros)
            words[i], expected[i] = None, None
        if key == odd and fault == "split" and big:
            i = rng.choice(big)
            text = str(values[i])
            cut_at = rng.randint(1, len(text) - 1)
            words[i] = text[:cut_at] + " " + text[cut_at:]
        if key == odd and fault == "glued":
            # the label wrapped beside the first column, its first piece sharing a cell with the row's first word;
            # now and then also a blank printing nothing or a figure split in two further on (out of the model)
            other = rng.choice(["", "nothing", "split"])
            if other == "nothing" and (later := [i for i in zeros if i > 0]):
                i = rng.choice(later)
                words[i], expected[i] = None, None
            if other == "split" and big:
                i = rng.choice(big)
                words[i] = str(values[i])[:1] + " " + str(values[i])[1:]
        if fault != "inplace":
            words = [piece for word in words if word is not None for piece in word.split(" ")]
        if key == odd and fault == "glued":
            label = LABELS_2021[key]
            joiner = rng.choice(["", " "]) if words[0].isdigit() else " "  # `出具1` or `1.属 1`
            rows[key] = [row_line(rng, f"{label[:3]}{joiner}{words[0]}", words[1:], 0, cells - lead - 1, merge,
                                  None if gap is None else gap - 1), label[3:]]
        else:
            rows[key] = [row_line(rng, LABELS_2021[key], words, lead, cells, merge, gap)]
        truth[key] = expected
    text = report(rows, header=header).replace(
        header + "\n| --- | --- | --- | --- | --- | --- | --- | --- |", header + "\n" + pipe(["---"] * cells))
    wrong, right, unknown = [], 0, 0
    for cell in parse_text(text, "t.md").cells:
        if cell.table != "applications" or cell.row not in truth:
            continue
        expected = truth[cell.row][COLUMNS.index(cell.column)]
        if cell.state in ("value", "recovered"):
            if cell.value != expected:
                wrong.append((seed, cell.row, cell.column, cell.value, cell.state, expected))
            else:
                right += 1
        elif cell.state == "blank":
            if expected:
                wrong.append((seed, cell.row, cell.column, None, "blank", expected))
            else:
                right += 1
        else:
            unknown += 1
    return wrong, right, unknown, text


REVIEW_ROW = "| 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 |"
REVIEW_KEYS = [(proceeding, outcome) for proceeding in L.PROCEEDING_KEYS for outcome in L.REVIEW_OUTCOME_KEYS]


def run_table_4(seed: int, mode: str) -> tuple[list[tuple], int, int, str]:
    """Table 4's one row as markitdown writes it: fifteen words (a mark for a blank), two neighbours merged into a
    cell now and then, an empty pipe cell of no column among them; out of the model as for table 3."""
    rng = random.Random(seed)
    values = []
    for _ in L.PROCEEDING_KEYS:
        parts = [rng.choice([0, 0, 0, 1, 2, 3, 12]) for _ in range(len(L.REVIEW_OUTCOME_KEYS) - 1)]
        values += [*parts, sum(parts)]
    mark = rng.choice(["—", "0", "无"])
    words: list[str | None] = [str(v) if v else mark for v in values]
    expected: list[int | None] = [v if v or mark == "0" else None for v in values]
    zeros = [i for i, v in enumerate(values) if not v]
    big = [i for i, v in enumerate(values) if v >= 10]
    if mode in ("nothing", "inplace") and zeros:
        i = rng.choice(zeros)
        words[i], expected[i] = None, None
    if mode == "split" and big:
        i = rng.choice(big)
        words[i] = str(values[i])[0] + " " + str(values[i])[1:]
    if mode != "inplace":
        words = [piece for word in words if word is not None for piece in word.split(" ")]
    cells, i = [], 0
    while i < len(words):
        if rng.random() < 0.15:
            cells.append("")  # a pipe cell of no column among the figures
        n = 2 if i + 1 < len(words) and words[i] is not None and words[i + 1] is not None and rng.random() < 0.2 else 1
        cells.append(" ".join(word or "" for word in words[i : i + n]))
        i += n
    text = report().replace(REVIEW_ROW, pipe(cells + [""] * max(0, 15 - len(cells))))
    wrong, right, unknown = [], 0, 0
    for cell in parse_text(text, "t.md").cells:
        if cell.table != "reviews":
            continue
        want = expected[REVIEW_KEYS.index((cell.row, cell.column))]
        if cell.state in ("value", "recovered", "blank") and (cell.value if cell.state != "blank" else None) != want \
                and not (cell.state == "blank" and not want):
            wrong.append((seed, cell.row, cell.column, cell.value, cell.state, want))
        elif cell.state == "unknown":
            unknown += 1
        else:
            right += 1
    return wrong, right, unknown, text


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("mode", choices=["in", "nothing", "split", "inplace", "glued", "gap", "gapglued"])
    parser.add_argument("--count", type=int, default=200)
    parser.add_argument("--start", type=int, default=0)
    parser.add_argument("--show", type=int, default=0, help="print the rows of the first K documents read wrong")
    parser.add_argument("--table", type=int, choices=[3, 4], default=3)
    args = parser.parse_args()
    wrong = right = unknown = documents = shown = 0
    for seed in range(args.start, args.start + args.count):
        got, r, u, text = (run if args.table == 3 else run_table_4)(seed, args.mode)
        wrong, right, unknown, documents = wrong + len(got), right + r, unknown + u, documents + bool(got)
        if got and shown < args.show:
            shown += 1
            labels = {LABELS_2021.get(row) for _, row, *_ in got}
            print(seed, next(line for line in text.splitlines() if line.startswith("| （本列")))
            for at, line in enumerate(text.splitlines()):
                if any(line.startswith(f"| {label} |") for label in labels) or line.startswith("| 行政复议") and \
                        args.table == 4:
                    print("   ", line if args.table == 3 else text.splitlines()[at + 2])
            for item in got:
                print("    WRONG", item[1:])
    print(f"table={args.table} mode={args.mode} docs={args.count} start={args.start} wrong={wrong} docs_with_wrong={documents} "
          f"right={right} unknown={unknown}")


if __name__ == "__main__":
    main()
