"""Why plain `pdftotext` of Chromium's PDFs leaves table 3 wholly unknown, and how much its text could prove:

    .venv/bin/python benchmarks/plain_unknown_classes.py DIR [DIR ...] [--least N]

For each `*pdftotext-plain.txt` of DIR/reports with its truth (DIR/truth) whose table 3 the parser leaves
with at least N cells unknown (default 100), it counts the words of table 3's region that are counts or
blank marks (from `申请人情况` to table 4's heading `四、…复议…`), those past that heading (up to `五、`),
and from the truth the table's cells, those not blank, and the rows whose total is not the sum of their
parts (a misprint: no reading keeping every row's sum exists; a total a short row lost is none). Each
file falls in one class:

    misprint    a row of the truth breaks its sum: every reader that keeps the rows' sums refuses the table
    full        as many words as cells (every cell printed a figure or a mark)
    printed     every cell printed a figure, a zero or a mark in the PDF beside the text (its cells found there,
                none empty but those a short row lost), yet the text's region does not hold one word a cell:
                full-width figures wrapped a glyph a line in narrow columns, figures set past table 4's
                heading, or `-` marks poppler dropped (below); the PDF is the oracle, as for `mixed`
    unprinted   no blank mark: each blank cell printed nothing
    mixed       marks for some blank cells, nothing for others (fewer words than cells)

For `unprinted`, every blank cell prints nothing, so two part columns (applicant columns but the total)
of which one holds no figure trade places without changing the text (their figures keep their order, and
the rules treat part columns alike), and so do an outcome row with figures and a blank one (the rules sum
the outcome rows alike): no reading can prove a cell of the part columns where one of them is blank, nor
one of the outcome rows where one of them is blank. `bound` is the count of the cells left: at most the
totals of new_received, carried_over, results_total and carried_forward where both trades apply. It is an
upper bound on what a reader of the class can gain there; the cells the parser reads now are not counted.

For `mixed` and `printed`, the PDF beside the text (`*_chromium.pdf`) is the oracle (the reader has the text alone). Its
blank cells all print `-` there: poppler's plain text drops an ASCII `-` that ends a line before another line
of its flow and joins the next line to it (TextPage::dump's dehyphenation), so only a flow's last `-` is
written; each flow ends with an empty line (`poppler_plain`, which rewrites each of these files' plain text
from the PDF's word boxes exactly: `rewritten`). Table 3's cells are found among the boxes (`table_3_cells`:
each column's figures and marks top to bottom, matched to the truth's column), and each poppler flow holding
cells is told as (`flow_shapes`)

    column    one column's cells of consecutive rows, top to bottom, and nothing else
    row       one row's cells of consecutive columns, left to right, and nothing else
    cell      a single cell and nothing else
    labels    cells among the labels' lines (a first column set beside its labels)
    other     anything else

`mixed bound` (`swap_bound`) counts the unknown cells that no trade leaves in doubt: two part columns, or two
outcome rows, whose values swapped (every rule still kept) leave poppler's text as it is. It is an upper bound
on what a reader of the text can prove there (other readings may exist that are no trade).
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import unicodedata
from collections import Counter
from collections.abc import Callable
from itertools import combinations
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks.plain_reading_order import _SPECIAL_ROWS, Word, interchangeable, reading_order
from orchestration.core import labels as L
from orchestration.parsing.cells import UNKNOWN
from orchestration.parsing.parse import parse_file

_COUNT = re.compile(r"[0-9０-９]+")
_MARK = re.compile(r"[-/—－无]")
_TABLE_3 = "申请人情况"
_TABLE_4 = re.compile(r"^四、.*(复议|诉讼)")
_SECTION_5 = re.compile(r"^五、")


def region_words(lines: list[str]) -> tuple[Counter, int]:
    """The counts and marks of table 3's region ({'count': n, 'mark': n}), and how many stand past table 4's
    heading before section 5 (figures poppler set after the heading, or table 4's own)."""
    start = next((at for at, line in enumerate(lines) if _TABLE_3 in line), 0)
    heading = next((at for at in range(start, len(lines)) if _TABLE_4.match(lines[at])), len(lines))
    end = next((at for at in range(heading, len(lines)) if _SECTION_5.match(lines[at])), len(lines))

    def words(part: list[str]) -> list[str]:
        return [word for line in part for word in line.split() if _COUNT.fullmatch(word) or _MARK.fullmatch(word)]

    own = Counter("count" if _COUNT.fullmatch(word) else "mark" for word in words(lines[start + 1 : heading]))
    return own, len(words(lines[heading + 1 : end]))


def trade_bound(table: dict[str, dict[str, int | None]]) -> int:
    """The cells of table 3 (`table`: the truth) that no trade of a part column or an outcome row with a
    blank one leaves in doubt (`plain_reading_order.interchangeable`), where blank cells print nothing."""
    columns_trade, rows_trade = interchangeable(table)
    parts = len(L.APPLICANT_KEYS) - 1
    ends = len([key for key in table if key in _SPECIAL_ROWS])
    return (1 + (0 if columns_trade else parts)) * (ends + (0 if rows_trade else len(table) - ends))


def poppler_plain(lines: list[list[Word]], text_of: Callable[[Word], str] = lambda word: word.text) -> str:
    """The plain text poppler writes of `lines` (`reading_order`'s) with each word's text `text_of` (an empty
    text: no word): a line ending in `-` before another line of its flow loses that `-` and is joined to the
    next (TextPage::dump: `line->hyphenated && (line->next || blk->next)`); each flow ends with an empty line."""
    kept = [(line[0].flow, words) for line in lines if (words := [text for text in map(text_of, line) if text])]
    out = []
    for at, (flow, words) in enumerate(kept):
        later = kept[at + 1][0] == flow if at + 1 < len(kept) else False
        text = " ".join(words)
        out.append(text[:-1] if text.endswith("-") and later else text + "\n")
        if not later:
            out.append("\n")
    return "".join(out)


def _text_lines(text: str) -> list[str]:
    """`text`'s lines, spaces and form feeds left out (poppler sets a space between words by their gap)."""
    lines = ["".join(line.split()) for line in text.replace("\f", "").splitlines()]
    while lines and not lines[-1]:
        lines.pop()
    return lines


def table_3_cells(lines: list[list[Word]], table: dict[str, list[int | None]]
                  ) -> dict[tuple[int, int], list[Word]] | None:
    """Each cell of table 3 (`table`: the truth's rows in the printed order, each its values by column) as its
    words in the PDF's boxes, by (row, column): the figures and marks right of the first row's label, from it
    to table 4's heading, in as many columns (by their centres) as the table has. A column whose words top to
    bottom make its truth values in order (a figure maybe wrapped over several words, a blank one mark) sets
    the rows' tops; the words of every other column go to the row whose top they stand at or below (a blank
    printing one mark or nothing). A row of the truth wholly blank (the template's `other`) may be unprinted:
    it has no words. None where no column sets the tops, or a column's words make other values."""
    words = [word for line in lines for word in line]
    first = next((word for word in words if "本年新收" in word.text), None)
    if first is None:
        return None
    heading = next((word for word in words if (word.page, word.top) > (first.page, first.top)
                    and _TABLE_4.match(word.text)), None)
    end = (heading.page, heading.top) if heading else (words[-1].page + 1, 0.0)
    found = [word for word in words if (first.page, first.top - 15) <= (word.page, word.top) < end
             and word.left > first.right and (_COUNT.fullmatch(word.text) or _MARK.fullmatch(word.text))]
    columns: list[list[Word]] = []
    for word in sorted(found, key=lambda word: word.centre):
        if columns and word.centre - columns[-1][-1].centre < 8:
            columns[-1].append(word)
        else:
            columns.append([word])
    keys = list(table)
    if len(columns) != len(table[keys[0]]):
        return None
    columns = [sorted(column, key=lambda word: (word.page, word.top)) for column in columns]
    for printed in (keys, [key for key in keys if not (key == "other" and not any(table[key]))]):
        values = [table[key] for key in printed]
        in_order = [_column_in_order(column_words, [row[column] for row in values])
                    for column, column_words in enumerate(columns)]
        tops = [min(((cell[0].page, cell[0].top) for cell in (read[row] for read in in_order if read) if cell),
                    default=None) for row in range(len(printed))]
        if any(read is not None for read in in_order) and None not in tops:
            break
    else:
        return None
    cells: dict[tuple[int, int], list[Word]] = {}
    for column, column_words in enumerate(columns):
        read = in_order[column] or [[] for _ in printed]
        if in_order[column] is None:
            for word in column_words:
                row = sum(top <= (word.page, word.top + 3) for top in tops) - 1
                if row < 0:
                    return None
                read[row].append(word)
        for row, row_words in enumerate(read):
            text = "".join(unicodedata.normalize("NFKC", word.text) for word in row_words)
            value = values[row][column]
            if not (text == str(value) if value is not None else len(row_words) < 2 and _MARK.fullmatch(text or "-")):
                return None
            cells[keys.index(printed[row]), column] = row_words
    return cells


def _column_in_order(words: list[Word], values: list[int | None]) -> list[list[Word]] | None:
    """`words` (one column's, top to bottom) as the cells of `values` in order: a figure's words making it (a
    figure wrapped), a blank's one mark; None where they do not, or are left over."""
    pending = iter(words)
    cells = []
    for value in values:
        taken, text = [], ""
        while (word := next(pending, None)) is not None:
            taken.append(word)
            text += unicodedata.normalize("NFKC", word.text)
            if value is None or not str(value).startswith(text) or text == str(value):
                break
        if not (text == str(value) if value is not None else len(taken) == 1 and _MARK.fullmatch(text)):
            return None
        cells.append(taken)
    return None if next(pending, None) is not None else cells


def flow_shapes(lines: list[list[Word]], cells: dict[tuple[int, int], list[Word]]) -> Counter:
    """How many poppler flows holding table 3's cells are of each shape (`column`, `row`, `cell`, `labels`,
    `other`: the module's note)."""
    at = {id(word): place for place, words in cells.items() for word in words}
    flows: dict[int, list[Word]] = {}
    for line in lines:
        for word in line:
            flows.setdefault(word.flow, []).append(word)
    shapes: Counter = Counter()
    for words in flows.values():
        places = list(dict.fromkeys(at[id(word)] for word in words if id(word) in at))
        if not places:
            continue
        rows, columns = [row for row, _ in places], [column for _, column in places]
        if any(id(word) not in at for word in words):
            shapes["labels" if len(set(columns)) == 1 else "other"] += 1
        elif len(places) == 1:
            shapes["cell"] += 1
        elif len(set(columns)) == 1 and rows == list(range(rows[0], rows[0] + len(rows))):
            shapes["column"] += 1
        elif len(set(rows)) == 1 and columns == list(range(columns[0], columns[0] + len(columns))):
            shapes["row"] += 1
        else:
            shapes["other"] += 1
    return shapes


def swap_bound(lines: list[list[Word]], cells: dict[tuple[int, int], list[Word]], table: dict[str, list[int | None]],
               unknown: set[tuple[int, int]]) -> int:
    """The cells of `unknown` (by (row, column) of `table`) that no trade leaves in doubt: two part columns,
    or two outcome rows, whose values swapped leave `poppler_plain`'s text as it is (every rule still kept:
    the rules treat part columns alike, and outcome rows alike). A cell's figure is written whole in its
    first word's place; a blank, as the mark of the table's blanks; a swap putting a figure where a blank
    printed nothing is taken as no trade (the bound stays an upper bound)."""
    values = [list(row) for row in table.values()]
    marks = Counter(words[0].text for (row, column), words in cells.items() if words and values[row][column] is None)
    mark = marks.most_common(1)[0][0] if marks else "-"
    first = {id(words[0]): place for place, words in cells.items() if words}
    pieces = {id(word) for words in cells.values() for word in words[1:]}
    unprinted = [place for place, words in cells.items() if not words]

    def text(table: list[list[int | None]]) -> str | None:
        if any(table[row][column] is not None for row, column in unprinted):
            return None  # a figure where a blank printed nothing: where it would stand is not known (no trade)
        def text_of(word: Word) -> str:
            if id(word) in first:
                row, column = first[id(word)]
                return mark if table[row][column] is None else str(table[row][column])
            return "" if id(word) in pieces else word.text
        return poppler_plain(lines, text_of)

    written = text(values)
    doubt: set[tuple[int, int]] = set()
    keys = list(table)
    outcomes = [keys.index(key) for key in L.outcome_rows_among(keys)]
    for one, other in combinations(range(len(values[0]) - 1), 2):
        swapped = [[*row] for row in values]
        for row in swapped:
            row[one], row[other] = row[other], row[one]
        if swapped != values and text(swapped) == written:
            doubt |= {(row, column) for row in range(len(values)) for column in (one, other)
                      if values[row][one] != values[row][other]}
    for one, other in combinations(outcomes, 2):
        swapped = [[*row] for row in values]
        swapped[one], swapped[other] = swapped[other], swapped[one]
        if swapped != values and text(swapped) == written:
            doubt |= {(row, column) for row in (one, other) for column in range(len(values[0]))
                      if values[one][column] != values[other][column]}
    return len(unknown - doubt)


def mixed_measures(path: Path, table: dict[str, dict[str, int | None]], unknown: set[tuple[str, str]]) -> dict:
    """For a `mixed` file, from the PDF beside it: whether `poppler_plain` rewrites its plain text, the blank
    marks in the PDF and the blanks printing nothing there, the shapes of its flows and the `swap_bound` of its `unknown` cells
    (by row key and column key); {} where the PDF is missing or its cells are not found."""
    pdf = path.with_name(path.name.replace("_pdftotext-plain.txt", ".pdf"))
    if not pdf.exists():
        return {}
    lines = reading_order(pdf)
    rows = {key: [table[key][column] for column in L.APPLICANT_KEYS] for key in L.APPLICATION_ROWS if key in table}
    cells = table_3_cells(lines, rows)
    rewritten = _text_lines(poppler_plain(lines)) == _text_lines(path.read_text(encoding="utf-8"))
    if cells is None:
        return {"rewritten": rewritten}
    keys = list(rows)
    printed = {row for (row, _), words in cells.items() if words}
    at_unknown = {(keys.index(key), L.APPLICANT_KEYS.index(column)) for key, column in unknown
                  if key in rows and keys.index(key) in printed}
    return {"rewritten": rewritten, "found": True,
            "pdf_marks": Counter(words[0].text for words in cells.values() if words and _MARK.fullmatch(words[0].text)),
            "unprinted_blanks": sum(1 for words in cells.values() if not words),
            "shapes": flow_shapes(lines, cells),
            "bound": swap_bound(lines, cells, rows, at_unknown)}


def classify(path: Path, truth: dict, least: int) -> dict | None:
    """The class of one file and its counts; None where its table 3 has fewer than `least` cells unknown."""
    report = parse_file(path)
    unknown_cells = {(cell.row, cell.column) for cell in report.cells
                     if cell.state == UNKNOWN and cell.table == "applications"}
    unknown = sum(cell.state == UNKNOWN and cell.table == "applications" for cell in report.cells)
    if unknown < least:
        return None
    table = truth["applications"]
    cells = sum(len(row) for row in table.values())
    not_blank = sum(value is not None for row in table.values() for value in row.values())
    misprinted = [key for key, row in table.items()
                  if row["total"] is not None and row["total"] != sum(value or 0 for column, value in row.items() if column != "total")]
    own, past = region_words(path.read_text(encoding="utf-8").splitlines())
    words = own["count"] + own["mark"]
    measures = None
    if misprinted:
        kind = "misprint"
    elif words == cells:
        kind = "full"
    elif every_cell_printed(measures := mixed_measures(path, table, unknown_cells), truth):
        kind = "printed"
    elif not own["mark"]:
        kind, measures = "unprinted", None
    else:
        kind = "mixed"
    return {"file": f"{path.parent.parent.name}/{path.name}", "class": kind, "unknown": unknown, "cells": cells,
            "not_blank": not_blank, "counts": own["count"], "marks": own["mark"], "past_heading": past,
            "misprinted": misprinted, "bound": min(unknown, trade_bound(table)) if kind == "unprinted" else None,
            "mixed": measures}


_SHORT_ROW = re.compile(r"short_row: applications row \d+ lost its last (\d+) cells")


def every_cell_printed(measures: dict, truth: dict) -> bool:
    """Whether the PDF (`mixed_measures`) prints a word in every cell of table 3 but those a short row lost
    (the truth's `noise_detail`): blanks print a mark, or zeros their `0`."""
    lost = sum(int(found.group(1)) for detail in truth.get("noise_detail", ()) if (found := _SHORT_ROW.match(detail)))
    return bool(measures.get("found")) and measures["unprinted_blanks"] <= lost


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("dirs", nargs="+", type=Path)
    parser.add_argument("--least", type=int, default=100, help="table 3 cells unknown, at least")
    args = parser.parse_args()
    by_class: Counter = Counter()
    unknown_by_class: Counter = Counter()
    bound = 0
    # per class read from the PDF (`mixed`, `printed`): files rewritten, files whose cells were found, bound, flows
    rewritten: Counter = Counter()
    pdf_found: Counter = Counter()
    pdf_bound: Counter = Counter()
    shapes: dict[str, Counter] = {"mixed": Counter(), "printed": Counter()}
    for folder in args.dirs:
        for truth_path in sorted((folder / "truth").glob("*pdftotext-plain.truth.json")):
            truth = json.loads(truth_path.read_text(encoding="utf-8"))
            if truth["status"] == "quarantined":
                continue
            found = classify(folder / "reports" / truth["source"], truth, args.least)
            if found is None:
                continue
            print(f"{found['file']:60} {found['class']:9} unknown {found['unknown']:3} of {found['cells']}, "
                  f"not blank {found['not_blank']:3}; words {found['counts']} counts + {found['marks']} marks, "
                  f"{found['past_heading']} past table 4's heading"
                  + (f"; misprinted {found['misprinted']}" if found["misprinted"] else "")
                  + (f"; at most {found['bound']} provable" if found["bound"] is not None else "")
                  + (_mixed_line(found["mixed"]) if found["mixed"] is not None else ""))
            by_class[found["class"]] += 1
            unknown_by_class[found["class"]] += found["unknown"]
            bound += found["bound"] or 0
            if found["mixed"]:
                kind = found["class"]
                rewritten[kind] += found["mixed"]["rewritten"]
                pdf_bound[kind] += found["mixed"].get("bound", 0)
                pdf_found[kind] += "bound" in found["mixed"]
                shapes[kind] += found["mixed"].get("shapes", Counter())
    for kind in ("unprinted", "mixed", "printed", "full", "misprint"):
        print(f"{kind:9} files {by_class[kind]:3} unknown cells {unknown_by_class[kind]:5}")
    print(f"unprinted: at most {bound} of {unknown_by_class['unprinted']} unknown cells provable by any reader")
    for kind in ("mixed", "printed"):
        print(f"{kind}: plain text rewritten from the PDF's boxes in {rewritten[kind]} of {by_class[kind]} files; cells "
              f"found in {pdf_found[kind]}; their flows holding cells: {dict(shapes[kind])}; at most {pdf_bound[kind]} "
              "unknown cells provable by any reader (no trade of two part columns or two outcome rows keeps the text)")


def _mixed_line(measures: dict) -> str:
    """`mixed_measures`' of one file, as the end of its line."""
    if "bound" not in measures:
        return f"; text rewritten from the PDF: {measures.get('rewritten')}; cells not found in the PDF"
    return (f"; text rewritten from the PDF: {measures['rewritten']}; marks in the PDF {dict(measures['pdf_marks'])}; "
            f"{measures['unprinted_blanks']} blanks printing nothing; flows {dict(measures['shapes'])}; "
            f"at most {measures['bound']} provable")


if __name__ == "__main__":
    main()
