"""Fuzz of markitdown's table 3 of LibreOffice's PDF of a DOCX report whose narrow label columns wrap two characters
a line (narrow_label_rows.py): made-up tables that keep every rule, written as markitdown writes them, read back;
counts the cells read wrong (a value or blank that is not the truth). A cell left unknown is never wrong.

    .venv/bin/python benchmarks/fuzz_markitdown_narrow_labels.py [--start S] [--count N] [--show] [--abbreviated]
        [--layout]

The model: the first four rows pipe rows under the merged header, the sub-rows plain lines, each line the group
heading's piece (if any), then the row's own piece, then on a row's first line its figures (自然人's and its total; a
blank row prints nothing). Each document spaces some labels a character a word (a DOCX's spaced text: `3 . 危` /
`护 第`), some headings so (`（ 三`), and （七）总计 so half the time (`（ 七 ） 总 计 20 20`); a tenth of the
documents lose one label piece (no run spells its rows then). The rows' attribution is what is fuzzed: a figure read
into another row, or a row read blank that prints, is wrong.

With `--abbreviated` (narrow45), labels print as reports print them: a third without their numbering (`属于国家秘密`),
a third of those opening on 属于 without it (`1.国家秘密`), a tenth with a glyph misprinted (`2.重丁申请`). With
`--layout`, the table is `pdftotext -layout`'s text of the same PDF (the 2019 template, tests/unit/
test_layout_narrow_label_rows.py's `layout_report`: pieces two glyphs a line down the label column, the group
heading's beside them, each row's figure, 自然人's and its total, on its label's first line).
"""

from __future__ import annotations

import argparse
import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.fuzz_markitdown_sparse_cut_total import count_wrong
from tests.unit.test_converted_markdown import HEADER, report
from tests.unit.test_layout_narrow_label_rows import SUB_ROWS as LAYOUT_SUB_ROWS
from tests.unit.test_layout_narrow_label_rows import layout_report
from tests.unit.test_markitdown_merged_header_cells import NARROW_HEADER, RULE_8
from tests.unit.test_narrow_label_rows import SUB_ROWS, _two_a_line

PIPE_ROWS = {"new_received": "一、本年新收政府信息", "carried_over": "二、上年结转政府信息",
             "granted": "三、 （一）予以公", "partially_granted": "度办 （二）部分公"}
PIPE_ROW_RESTS = {"new_received": "公开申请数量", "carried_over": "公开申请数量", "granted": "本年 开",
                  "partially_granted": "理结 开"}
OUTCOMES = ["granted", "partially_granted", *(key for key, *_ in SUB_ROWS)]


def table(rng: random.Random) -> dict[str, int]:
    """Each row's 自然人 figure (its total too; 0 for a blank row), keeping APP_OUTCOME_SUM and APP_BALANCE."""
    values = {key: (rng.randint(1, 30) if rng.random() < 0.3 else 0) for key in OUTCOMES}
    values["results_total"] = sum(values[key] for key in OUTCOMES)
    values["carried_forward"] = rng.randint(1, 5) if rng.random() < 0.3 else 0
    values["carried_over"] = rng.randint(0, min(5, values["results_total"] + values["carried_forward"]))
    values["new_received"] = values["results_total"] + values["carried_forward"] - values["carried_over"]
    return values


def _figures(value: int) -> str:
    return f" {value} {value}" if value else ""


def _spaced(text: str) -> str:
    return " ".join(text.replace(" ", ""))


def abbreviated(rng: random.Random, label: str) -> str:
    """The label as a report may print it (module doc, `--abbreviated`)."""
    numbering, words = (label[:2], label[2:]) if label[0].isdigit() else ("", label)
    if words.startswith("属于") and rng.random() < 0.3:
        words = words[2:]
    if rng.random() < 0.1:
        at = rng.randrange(len(words))
        words = words[:at] + "丁" + words[at + 1 :]
    return (numbering if rng.random() >= 0.3 else "") + words


def document(rng: random.Random, values: dict[str, int], abbreviate: bool = False) -> str:
    """The markdown of the table as markitdown writes it (module doc)."""
    spaced_rows = {key for key, *_ in SUB_ROWS if rng.random() < 0.3}
    spaced_headings = rng.random() < 0.3
    lines = []
    for key, label, heading in SUB_ROWS:
        label = abbreviated(rng, label) if abbreviate else label
        pieces = _two_a_line(label, label[0].isdigit())
        if key in spaced_rows:
            pieces = [_spaced(piece) for piece in pieces]
        group = _two_a_line(heading, False) if heading else []
        if spaced_headings:
            group = [_spaced(piece) for piece in group]
        for at, piece in enumerate(pieces):
            words = " ".join([*([group[at]] if at < len(group) else []), piece])
            lines.append(words + (_figures(values[key]) if at == 0 else ""))
    if rng.random() < 0.1:  # a piece lost: no run spells its rows
        lost = rng.randrange(len(lines))
        lines[lost] = " ".join(lines[lost].split()[:-1]) if not any(c.isdigit() for c in lines[lost]) else lines[lost]
    total = f"{_spaced('（七）总计') if rng.random() < 0.5 else '（七）总计'}{_figures(values['results_total'])}"
    table3 = {key: [f"| {PIPE_ROWS[key]} | {values[key] or ''} |  |  |  | {values[key] or ''} |", PIPE_ROW_RESTS[key]]
              for key in PIPE_ROWS}
    table3 |= {"denied_state_secret": lines, "results_total": [total],
               "carried_forward": [f"四、结转下年度继续办{_figures(values['carried_forward'])}", "理"]}
    table3 |= {key: [] for key, *_ in SUB_ROWS[1:]}
    return report(table3).replace(f"{HEADER}\n{RULE_8}", "\n".join(NARROW_HEADER))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--start", type=int, default=0)
    parser.add_argument("--count", type=int, default=300)
    parser.add_argument("--show", action="store_true", help="print each wrong cell")
    parser.add_argument("--abbreviated", action="store_true", help="labels abbreviated, unnumbered, misprinted")
    parser.add_argument("--layout", action="store_true", help="pdftotext -layout's text of the table")
    args = parser.parse_args()

    def made(rng: random.Random) -> tuple[dict[str, list[int]], str]:
        values = table(rng)  # each row's 自然人 figure: its parts as the cut-total fuzz counts them
        return {key: [value, 0, 0, 0, 0, 0] for key, value in values.items()}, document(rng, values, args.abbreviated)

    def made_layout(rng: random.Random) -> tuple[dict[str, list[int]], str]:
        figures = {key: rng.randint(1, 30) for key in ("granted", *(key for key, *_ in LAYOUT_SUB_ROWS))
                   if rng.random() < 0.3}
        labels = {key: abbreviated(rng, label) for key, label, _ in LAYOUT_SUB_ROWS} if args.abbreviated else {}
        total = sum(figures.values())  # nothing carried over or forward, 部分公开 and （六） blank
        values = {key: figures.get(key, 0) for key in ("granted", "partially_granted", "other", "carried_over",
                                                      "carried_forward", *(key for key, *_ in LAYOUT_SUB_ROWS))}
        values |= {"new_received": total, "results_total": total}
        return {key: [value, 0, 0, 0, 0, 0] for key, value in values.items()}, layout_report(figures, labels)

    seeds = range(args.start, args.start + args.count)
    print(count_wrong(seeds, made_layout, args.show, "fuzz.txt") if args.layout else count_wrong(seeds, made, args.show))


if __name__ == "__main__":
    main()
