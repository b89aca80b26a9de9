"""Fuzz table 3 over pages as `pdftotext -layout` writes a LibreOffice print of a DOCX whose later pages do not
repeat the header (pages47): a blank cell prints nothing; page 1 stands under the header's columns; each later
page is laid out by its own text, either squeezed (the room of the columns empty on that page left out, its
columns nearer each other than the header's) or at the header's columns; the （七）总计 line now and then stands
alone on a last page, or with 四、结转下年度继续办理, set wider, each figure under any header column in order (its
total at the total's). The counts are drawn so that the template's rules hold (each row's sum, APP_OUTCOME_SUM,
APP_BALANCE); a few legal-person columns hold figures, the others none.

Counts the cells read wrong: a cell not unknown whose value differs from the truth drawn (a blank read where a
figure is, or the other way, is wrong too).

    .venv/bin/python benchmarks/fuzz_layout_page_columns.py [--cases N] [--seed S] [--show K]
"""

from __future__ import annotations

import argparse
import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from fuzz_column_blocks import run, wrong_cells

from tests.unit.test_page_columns import COLUMNS, HEADER, WRAP, at_columns
from tests.unit.test_reader_classes import ROWS, TITLE

WIDTH = 7
OUTCOMES = [key for key, _, _ in ROWS][2:-2]  # the outcome rows, between carried_over and results_total
SQUEEZE_START, SQUEEZE_STEP = 20, 4  # where a squeezed page's first column stands, and each next one's distance


def draw_truth(rng: random.Random, forward_blank: bool) -> dict[str, list[int | None]]:
    """Counts keeping every rule: in the natural person's column and one or two legal persons' (the others blank);
    `forward_blank`: 四、结转下年度继续办理 blank in every column."""
    columns = [0, *rng.sample(range(1, WIDTH - 1), rng.choice([1, 1, 2]))]
    truth: dict[str, list[int | None]] = {key: [None] * WIDTH for key, _, _ in ROWS}
    for column in columns:
        for key in rng.sample(OUTCOMES, rng.randint(1, 6)):
            truth[key][column] = rng.randint(1, 9)
        results = sum(truth[key][column] or 0 for key in OUTCOMES)
        truth["results_total"][column] = results
        forward = 0 if forward_blank else rng.choice([0, 0, rng.randint(1, 4)])
        carried = rng.randint(0, min(3, results + forward))
        truth["carried_forward"][column] = forward or None
        truth["carried_over"][column] = carried or None
        truth["new_received"][column] = results + forward - carried or None
    for cells in truth.values():
        parts = [value for value in cells[:-1] if value is not None]
        cells[-1] = sum(parts) if parts else None
    return truth


def printed_columns(truth: dict[str, list[int | None]], keys: list[str]) -> list[int]:
    return sorted({column for key in keys for column, value in enumerate(truth[key]) if value is not None})


def make_case(rng: random.Random) -> tuple[str, dict[str, list[int | None]], dict]:
    total_apart = rng.choice(["no", "alone", "with_forward"])
    truth = draw_truth(rng, total_apart == "alone")
    keys = [key for key, _, _ in ROWS]
    breaks = sorted(rng.sample(range(keys.index("denied_state_secret"), keys.index("results_total")),
                               rng.choice([1, 1, 2])))
    squeezed = [rng.random() < 0.7 for _ in breaks]
    options = {"pages": len(breaks) + 1, "squeezed": tuple(squeezed), "total_apart": total_apart}
    pages: list[list[str]] = [[] for _ in range(len(breaks) + 1)]
    page_of = {}
    for at, key in enumerate(keys):
        page_of[key] = sum(at >= start for start in breaks)
    # the last lines on a page of their own: 总计 alone (结转下年度 printing nothing after it), or the two
    last_lines = [] if total_apart == "no" else ["results_total", "carried_forward"]
    for page in range(len(pages)):
        on_page = [key for key in keys if page_of[key] == page and key not in last_lines]
        pages[page] = on_page
    # where each page sets each column: page 1 the header's; a squeezed page packs the columns it prints
    spots: list[dict[int, int]] = [dict(enumerate(COLUMNS))]
    for page, squeeze in enumerate(squeezed, start=1):
        shown = printed_columns(truth, pages[page])
        spots.append({column: SQUEEZE_START + SQUEEZE_STEP * at for at, column in enumerate(shown)} if squeeze
                     else dict(enumerate(COLUMNS)))
    lines = [HEADER]
    for page, on_page in enumerate(pages):
        for key, label, heading in ROWS:
            if key not in on_page:
                continue
            cells = {column: str(value) for column, value in enumerate(truth[key]) if value is not None}
            row_lines = [heading] if heading else []
            if page == 0:
                row_lines.append(at_columns(label, cells, COLUMNS))
            else:
                row_lines += [at_columns(label[:WRAP], cells, tuple(spots[page].get(c, 0) for c in range(WIDTH))),
                              *([label[WRAP:]] if label[WRAP:] else [])]
            if page and key == on_page[0]:
                row_lines[0] = "\f" + row_lines[0]
            lines += [*row_lines, ""]
    if last_lines:  # set wider alike: each printed column under a header column drawn in order, the total at its own
        shown = printed_columns(truth, last_lines)[:-1]
        under = sorted(rng.sample(range(WIDTH - 1), len(shown)))
        wider = {column: COLUMNS[at] for column, at in zip(shown, under, strict=True)} | {WIDTH - 1: COLUMNS[-1]}
        options["wider"] = tuple(under)
        for at, key in enumerate(last_lines):
            label = next(label for k, label, _ in ROWS if k == key)
            cells = {column: str(value) for column, value in enumerate(truth[key]) if value is not None}
            line = at_columns(label, cells, tuple(wider.get(c, 0) for c in range(WIDTH)))
            lines += [("\f" if at == 0 else "") + line, ""]
    text = TITLE + "\n".join([*lines, "四、政府信息公开行政复议、行政诉讼情况"]) + "\n"
    return text, truth, options


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--cases", type=int, default=300)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--show", type=int, default=3)
    args = parser.parse_args()
    rng = random.Random(args.seed)
    run(args.cases, args.show, lambda _: make_case(rng), wrong_cells)


if __name__ == "__main__":
    main()
