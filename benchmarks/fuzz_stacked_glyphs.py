"""Fuzz table 3 of a Chromium PDF whose narrow columns (自然人, 总计) print full-width figures a glyph a line,
stacked round their row's line (stack40), as `pdftotext -layout` (MODE `layout`) or markitdown (MODE `markitdown`)
sets them. Counts the cells read wrong (a value, recovered or blank cell that is not the truth) and unknown.

Chromium wraps a figure of 2 or 3 digits too wide for its column one glyph a line and centres the cell on its
row: an odd count of glyphs puts the middle one on the row's line (`４` / `５ ０ ０ ０ ０ ０ ５` / `０`, 450 read as 5
there), an even count straddles it (nothing of the figure on the row's line, a glyph above and below). A column
with fewer glyphs than its row's tallest sits half a line off, its glyphs on the row's line and the one above or
below. The other columns print their figures whole on the row's line, zeros as `０`, `/` or nothing (truth blank),
per document. Some rows' labels wrap round the row's line (its first part above, its rest below, on the lines of
the glyphs); rows follow each other with no line between, so a glyph line between two rows' lines may stand
next to both. markitdown writes each line as a pipe row, each column in a cell of its own or two neighbouring
columns' words in one cell (`５ ０`), the same for the whole table, a piece in the cell of its column.

MODE `sparse` (layout41): `-layout` of such a table whose blank cells print nothing and whose legal-person columns
are mostly empty, under Chromium's packed header whose first word alone (`自`, 自然人 one glyph wide) proves its
column's place: each row's few other parts stand a glyph or so off their packed header words, proving no column;
a stacked figure's pieces stand a glyph or two left of where its column's one-glyph figures stand (as Chromium's
PDFs set them). Rows printing nothing but 自然人's and 总计's stacked figures round their one-line label are there
too. The other parts' cells must stay unknown (a part may stand in any empty column), never guessed.

`--shapes` (stack41) draws more shapes of the same class: which columns are narrow enough to wrap (自然人 alone,
总计 alone, or both: a figure printed whole beside a stacked one), labels wrapped round their row's line more often
(the stacked figures' first and last glyphs then on the label's first and last lines), rows printing nothing next
to stacked rows; and, in markitdown, a line of glyphs alone written as bare text between two pipe tables (markitdown
cuts the table there: the pipe row after it opens a table of its own, a `| --- |` rule under it).

`--page-breaks` (fullwidth48, `-layout` modes): one to three page breaks fall between rows (Chromium moves a row that
does not fit to the next page whole), a form feed opening the next row's first line as pdftotext writes a page's
first line: that line may be a piece of a figure stacked round the row's line, the page's first line then a line of
pieces (a page's first line of words alone is a running header, left out).

`--pairs` (wide50, `layout`): narrow columns two full-width glyphs wide, 自然人 and 总计 three digits or more: a figure
wraps two glyphs a line (341: `３４` / `１`), an even count of pieces straddling the row's line (nothing of it there),
and most labels wrap round the row's line, so the pieces share the label's lines (`1.本机关不掌握相关政府 ３４` / the
row's line of the middle columns / `信息 １`). Read from the label's line alone (34), the row's sum fails: never a value.

    .venv/bin/python benchmarks/fuzz_stacked_glyphs.py MODE [--shapes] [--page-breaks] [--pairs] [--count N] [--start S]
        [--show K]
"""

from __future__ import annotations

import argparse
import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from fuzz_markitdown import COLUMNS, KEYS, pipe, table
from fuzz_markitdown_pieces import summarize

from orchestration.parsing.parse import parse_text
from orchestration.parsing.wrapped_digits import WIDE_DIGITS
from testkit.corpus import FULL_WIDTH_DIGITS as WIDE
from tests.unit.test_converted_markdown import LABELS_2021, report
from tests.unit.test_layout_label_round_figures import AT, HEADER
from tests.unit.test_reader_classes import ROWS, TITLE

NARROW = (0, 6)  # 自然人 and 总计: one full-width glyph a line
PLACES = [AT + 4 * column for column in range(6)] + [AT + 4 * 5 + 3]  # each column's character place on a line
MD_HEADER = "| （本列数据的勾稽关系） | 自然人 | 商业企业 | 科研机构 | 社会公益组织 | 法律服务机构 | 其他 | 总计 |"


def row_block(rng: random.Random, words: list[str], wrapped: bool, narrow: tuple[int, ...] = NARROW,
              per_line: int = 1) -> tuple[list[dict[int, str]], int]:
    """A row's lines as {column: text} and the index of its own line: the narrow columns' figures wider than
    `per_line` glyphs stacked `per_line` glyphs a line, centred on it; the other words whole on it."""
    stacks = {column: [words[column][at : at + per_line] for at in range(0, len(words[column]), per_line)]
              for column in narrow if len(words[column]) > per_line}
    tallest = max((len(pieces) for pieces in stacks.values()), default=1)
    height = tallest if tallest % 2 else tallest + 1  # an even stack straddles a line of its own
    height = max(height, 3 if wrapped else 1)
    own = height // 2
    lines: list[dict[int, str]] = [{} for _ in range(height)]
    for column, text in enumerate(words):
        if column not in stacks:
            if text:
                lines[own][column] = text
            continue
        count = len(stacks[column])
        if count % 2:
            at = list(range(own - count // 2, own + count // 2 + 1))
        elif tallest % 2 == 0:  # straddling the row's line, which holds none of it
            at = [*range(own - count // 2, own), *range(own + 1, own + count // 2 + 1)]
        else:  # half a line off in a row of an odd stack: on the row's line and the lines above or below
            start = own - count // 2 + rng.choice([0, 1])
            at = list(range(start, start + count))
        for line, glyph in zip(at, stacks[column], strict=True):
            lines[line][column] = glyph
    return lines, own


def draw(rng: random.Random) -> tuple[dict[str, list[int]], str]:
    t = table(rng, natural=rng.choice([(5, 60), (10, 99), (100, 400)]))
    return t, rng.choice(["０", "/", ""])


class Shapes:
    """What a document draws beyond the first fuzzer's shapes (`--shapes`); off, the first fuzzer's documents."""

    def __init__(self, rng: random.Random | None = None) -> None:
        self.narrow = rng.choice([NARROW, NARROW, (0,), (6,)]) if rng else NARROW
        self.wrap_rate = rng.choice([0.2, 0.5]) if rng else 0.2
        self.bare_rate = rng.choice([0.0, 0.5, 1.0]) if rng else 0.0  # glyph lines written as bare text (markitdown)
        self.per_line = 1  # glyphs a narrow column holds a line (`--pairs`: two)


def page_breaks(rng: random.Random, on: bool) -> set[str]:
    """The rows a page break falls before (`--page-breaks`): one to three, past the first; none where off."""
    return set(rng.sample(KEYS[1:], rng.randint(1, 3))) if on else set()


def layout_text(rng: random.Random, t: dict[str, list[int]], zero: str, shapes: Shapes | None = None,
                breaks: set[str] = frozenset()) -> str:
    shapes = shapes or Shapes()
    lines = list(HEADER)
    wraps = {key for key in KEYS if rng.random() < shapes.wrap_rate}
    for key, label, heading in ROWS:
        words = [str(v).translate(WIDE) if v else zero for v in t[key]]
        wrapped = key in wraps and len(label) > 6
        block, own = row_block(rng, words, wrapped, shapes.narrow, shapes.per_line)
        opens = len(lines)  # the row's first line (its heading's): a page break opens it
        if heading:
            lines.append("    " + heading)
        cut = rng.randint(3, len(label) - 2) if wrapped else 18
        texts = {own: label[:18]} if not wrapped else {own - 1: label[:cut], own + 1: label[cut:]}
        for index, cells in enumerate(block):
            line = ("      " + texts.get(index, "")).rstrip()
            for column, text in sorted(cells.items()):
                line = line.ljust(_place_on(rng, line, column, index in texts and index != own and shapes.per_line > 1)) + text
            lines.append(line)
        if not wrapped and label[18:]:
            lines.append("      " + label[18:])
        if key in breaks:
            lines[opens] = "\f" + lines[opens]
    return TITLE + "\n".join([*lines, "", "四、政府信息公开行政复议、行政诉讼情况", "", "五、存在的主要问题及改进情况",
                              "无。"]) + "\n\f"


def _place_on(rng: random.Random, line: str, column: int, beside_a_label: bool) -> int:
    """Where a column's word starts on a line; `beside_a_label` (`--pairs`): a piece on a line of a label's words off
    the row's line, which pdftotext may set up to three characters left of the column's place, a space past the
    label's end."""
    if not beside_a_label:
        return PLACES[column]
    return max(len(line) + 1, PLACES[column] - rng.randint(0, 3))


SPARSE_HEADER = ["三、收到和处理政府信息公开申请情况",
                 "                                    申请人情况",
                 "                               自     法人或其他组织",
                 "                               然 商业 科研 社会公 法律服 其 总",
                 "                               人 企业 机构 益组织 务机构 他 计"]


def draw_sparse(rng: random.Random) -> dict[str, list[int]]:
    """A table keeping every rule whose legal-person columns are mostly empty, 其他's figures one glyph each (a
    narrow column whose wider figures would stack too: another class)."""
    while True:
        t = table(rng, natural=rng.choice([(10, 40), (3, 30)]))
        for column in range(1, 6):
            if rng.random() < 0.6:
                for key in KEYS:
                    t[key][column] = 0
        for key in KEYS:
            t[key][6] = sum(t[key][:6])
        if all(t[key][5] < 10 for key in KEYS):
            return t


def sparse_layout_text(rng: random.Random, t: dict[str, list[int]], breaks: set[str] = frozenset()) -> str:
    """The sparse table as `-layout` sets it (MODE `sparse`): a one-glyph figure of 自然人 at 31 and of 总计 at 50,
    a stacked one's pieces a glyph or two left of there (the same for the whole table); the other parts whole, a
    glyph or so off their packed header words."""
    shift = rng.choice([0, 1])
    middle = [34 + shift, 37 + shift, 40 + shift, 43, 46]  # 商业企业 … 其他
    singles, stacked = {0: 31, 6: 50}, {0: 31 - rng.choice([0, 1]), 6: 50 - rng.choice([1, 2])}
    lines = list(SPARSE_HEADER)
    for key, label, heading in ROWS:
        words = [str(v).translate(WIDE) if v else "" for v in t[key]]
        block, own = row_block(rng, words, False)
        opens = len(lines)
        if heading:
            lines.append("    " + heading)
        for index, cells in enumerate(block):
            line = ("      " + label[:18] if index == own else "").rstrip()
            for column, text in sorted(cells.items()):
                if column in NARROW:
                    place = stacked[column] if len(words[column]) >= 2 else singles[column]
                else:
                    place = middle[column - 1]
                line = line.ljust(place) + text if len(line) < place else line + " " + text
            lines.append(line)
        if label[18:]:
            lines.append("      " + label[18:])
        if key in breaks:
            lines[opens] = "\f" + lines[opens]
    return TITLE + "\n".join([*lines, "", "四、政府信息公开行政复议、行政诉讼情况", "", "五、存在的主要问题及改进情况",
                              "无。"]) + "\n\f"


def markitdown_text(rng: random.Random, t: dict[str, list[int]], zero: str, shapes: Shapes | None = None) -> str:
    shapes = shapes or Shapes()
    # columns sharing a cell with the next one, where zeros print (a blank printing nothing in a shared cell leaves
    # a row short, read in order by the short rows' reader whatever stacks: another class)
    merged = rng.choice([set(), {0}, {0, 2}, {1, 3}, {0, 2, 4}]) if zero else set()
    lead = rng.choice([0, 0, 1, 3])  # empty cells of no column before the figures

    def cells_of(by_column: dict[int, str]) -> list[str]:
        out, column = [], 0
        while column < 7:
            span = [column, column + 1] if column in merged else [column]
            out.append(" ".join(by_column[c] for c in span if by_column.get(c)))
            column += len(span)
        return out

    header = pipe(["（本列数据的勾稽关系）", *[""] * lead, *cells_of(dict(enumerate(MD_HEADER.split(" | ")[1:8])))])
    rows = {}
    for key in KEYS:
        words = [str(v).translate(WIDE) if v else zero for v in t[key]]
        label = LABELS_2021[key]
        wrapped = rng.random() < shapes.wrap_rate and len(label) > 6
        block, own = row_block(rng, words, wrapped, shapes.narrow, shapes.per_line)
        cut = rng.randint(3, len(label) - 2) if wrapped else 0
        texts = {own: label} if not wrapped else {own - 1: label[:cut], own + 1: label[cut:]}
        rows[key] = [pipe([texts.get(index, ""), *[""] * lead, *cells_of(cells)]) for index, cells in enumerate(block)]
        if shapes.bare_rate:
            rows[key] = [" ".join(cells[column] for column in sorted(cells))
                         if index != own and index not in texts and cells and all(text in WIDE_DIGITS for text in cells.values())
                         and rng.random() < shapes.bare_rate else line
                         for (index, cells), line in zip(enumerate(block), rows[key], strict=True)]
    width = 1 + lead + len(cells_of({}))
    rule = pipe(["---"] * width)
    text = report(rows, header=header).replace(header + "\n| --- | --- | --- | --- | --- | --- | --- | --- |",
                                               header + "\n" + rule)
    return _cut_at_bare_lines(text, rule)



def _cut_at_bare_lines(text: str, rule: str) -> str:
    """markitdown ends a pipe table at a bare text line: the pipe row after a bare line of glyphs opens a table of
    its own, its rule under it."""
    out: list[str] = []
    for line in text.split("\n"):
        out.append(line)
        if line.startswith("|") and len(out) > 1 and out[-2] and set(out[-2].replace(" ", "")) <= WIDE_DIGITS:
            out.append(rule)
    return "\n".join(out)


def run(seed: int, mode: str, more_shapes: bool = False, page_breaks_on: bool = False, pairs: bool = False
        ) -> tuple[list[tuple], int, int]:
    rng = random.Random(seed)
    breaks = page_breaks(random.Random(-seed - 1), page_breaks_on)  # its own draws: the tables as without breaks
    if mode == "sparse":
        t, zero = draw_sparse(rng), ""
        text = sparse_layout_text(rng, t, breaks)
    else:
        t, zero = draw(rng)
        shapes = Shapes(rng) if more_shapes else None
        if pairs:  # figures of three digits or more: two glyphs a line, labels wrapped round their rows' lines
            t, shapes = table(rng, natural=(800, 2500)), shapes or Shapes()
            shapes.per_line, shapes.wrap_rate = 2, 0.7
        text = layout_text(rng, t, zero, shapes, breaks) if mode == "layout" else markitdown_text(rng, t, zero, shapes)
    name = "x_chromium_markitdown.md" if mode == "markitdown" else "x_chromium_pdftotext.txt"
    truth = {key: [v if v or zero == "０" else None for v in t[key]] for key in KEYS}
    return scored(seed, text, name, truth)


def scored(seed: int, text: str, name: str, truth: dict[str, list[int | None]]) -> tuple[list[tuple], int, int]:
    """Table 3 of `text` parsed as `name` against `truth` (row → its seven cells, None blank): the wrong cells
    (seed, row, column, state, value, truth), the right ones and the unknown ones counted."""
    wrong, right, unknown = [], 0, 0
    for cell in parse_text(text, name).cells:
        if cell.table != "applications" or cell.row not in truth:
            continue
        expected = truth[cell.row][COLUMNS.index(cell.column)]
        if cell.state == "unknown":
            unknown += 1
        elif (None if cell.state == "blank" else cell.value) == expected:
            right += 1
        else:
            wrong.append((seed, cell.row, cell.column, cell.state, cell.value, expected))
    return wrong, right, unknown


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("mode", choices=["layout", "markitdown", "sparse"])
    parser.add_argument("--count", type=int, default=200)
    parser.add_argument("--start", type=int, default=0)
    parser.add_argument("--show", type=int, default=5)
    parser.add_argument("--shapes", action="store_true", help="draw stack41's shapes too (see the docstring)")
    parser.add_argument("--page-breaks", action="store_true", help="page breaks among table 3's lines (-layout)")
    parser.add_argument("--pairs", action="store_true", help="narrow columns two glyphs wide (see the docstring)")
    args = parser.parse_args()
    summarize(lambda seed: run(seed, args.mode, args.shapes, args.page_breaks, args.pairs), args.start, args.count,
              args.show, f"{args.mode}{' --shapes' if args.shapes else ''}{' --page-breaks' if args.page_breaks else ''}"
              f"{' --pairs' if args.pairs else ''}: ")


if __name__ == "__main__":
    main()
