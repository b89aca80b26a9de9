"""Table 3 in plain `pdftotext` text whose first column stands beside the labels and the rest in blocks.

Without -layout, poppler writes a table's text block by block: where the labels' block takes the first
applicant column with it, each row prints one figure (or mark) on the line after its label, and the other
columns follow as blocks of one figure a line, after an empty line (poppler's block break) or a page break
(dropped with the page's furniture, which leaves empty lines). The last label, or one a block stands
after, then gathers those block lines as its own one-cell lines: a row that looks printed whole, its
"cells" in fact one column's figures of other rows (`四、结转下年度继续办理` / `0` / `` / `/ /` / `2` / …),
which `rows.fit_values` reads in order, the empty lines taken for merged cells' spans.

What shows the table printed so: every other row prints at most one figure, and two or more print one on the
line after their label. Only there is a row whose figures stand on both sides of an empty line left unread
for it (application_table's `parted`): elsewhere such rows are mostly right (a plain pdftotext row whose
cells poppler set in two blocks of its own), so the empty line alone proves nothing.
"""

from __future__ import annotations

from collections.abc import Iterable

from ..core import labels as L
from .cells import BLANK, VALUE, read_count
from .rows import RawCell, Row
from .wrapped_digits import is_wide_digits


def _figures(row: Row) -> int:
    """How many of the row's values hold a figure or mark (not an empty line)."""
    return sum(1 for value in row.values() if not value.is_empty)


def _one_figure_beside_its_label(row: Row) -> bool:
    values = row.values()
    return bool(values) and not values[0].is_empty and _figures(row) == 1


def one_figure_beside_each_label(others: Iterable[Row]) -> bool:
    """The table's other rows (one cell a line) print one figure beside their label at most, two or more
    of them one: the table's first column stands beside its labels, the others in blocks apart (module doc)."""
    beside = 0
    for row in others:
        if not row.stacked or row.aligned or row.piped or _figures(row) > 1:
            return False
        beside += _one_figure_beside_its_label(row)
    return beside >= 2


def first_column_beside_the_labels(rows: dict[str, Row], unread: set[str]) -> dict[str, RawCell]:
    """The first column's cells of the outcome rows and results_total among `unread` (rows of fewer figures than
    columns) whose words stand on the lines after their label (module doc), where that proves them the first
    column's: the table prints a mark in a blank cell (a mark beside a label), so its first column has a word in
    every row, the nearest to the label, which poppler's block of the labels takes; and the words beside the
    outcome rows' labels add up to the one beside results_total's (APP_OUTCOME_SUM in that column: a piece of a
    wrapped figure lost, or a word of another column, breaks it). A full-width figure taller than its label sets
    its first pieces after the row above's word (`_first_column_readings`): a cell is read where every reading
    keeping the sum agrees. An outcome row with no word after its label (its word glued to a label line) is let be
    only where the others add up without it (it holds a zero or a blank, not placed here), and no piece is
    carried past it. No other row (carried_forward…): no rule of that column checks its word there (a blank printing
    nothing after all would leave the next column's word beside its label). {} where any of that fails."""
    outcomes = L.outcome_rows_among(list(rows))
    summed = [key for key in (*outcomes, "results_total") if key in unread and _words_after_its_label(rows[key])]
    if "results_total" not in summed or not outcomes or \
            any(key not in summed and _figures(rows[key]) for key in outcomes):
        return {}
    words = [[cell.text.strip() for cell in rows[key].values()] for key in summed]
    order = list(rows)
    follows = [at > 0 and order.index(key) == order.index(summed[at - 1]) + 1 for at, key in enumerate(summed)]
    kept = []
    for reading in _first_column_readings(words, follows) or ():
        reads = [read_count(text) for text in reading]
        if any(read.state not in (VALUE, BLANK) for read in reads) or not any(read.state == BLANK for read in reads):
            continue
        if sum(read.value or 0 for read in reads[:-1]) == (reads[-1].value or 0):
            kept.append(reading)
    return {key: RawCell(texts.pop(), rows[key].values()[0].line) for at, key in enumerate(summed)
            if kept and len(texts := {reading[at] for reading in kept}) == 1}


def _words_after_its_label(row: Row) -> bool:
    """Whether the row's words all stand on the lines right after its label, one or more, no empty line among
    them (poppler's block of the labels, not the blocks after it)."""
    values = row.values()
    return bool(values) and all(not value.is_empty for value in values)


# readings of the words beside the rows' labels tried at most (a wrapped figure's pieces each way)
_FIRST_COLUMN_READINGS = 64


def _first_column_readings(words: list[list[str]], follows: list[bool]) -> list[list[str]] | None:
    """Each way the words after rows' labels (`words[i]`, row i's, in order; `follows[i]`: row i the one right
    after row i - 1) are those rows' first column: a full-width figure taller than its label, wrapped a piece a
    line in the narrow column, sets its first pieces above the label's line, after the row above's word, and at
    least its last after its own label. So a row's words are its own figure's last pieces (or its one word), then
    the next row's first pieces (full-width digits, carried to a row that follows only; the last row's may be the
    next row's, not read). None past _FIRST_COLUMN_READINGS."""
    readings: list[tuple[list[str], list[str]]] = [([], [])]  # (the rows' figures so far, pieces carried down)
    for row_words, after in zip(words, follows):
        readings = [([*figures, "".join(own)], row_words[mine:])
                    for figures, carried in readings if after or not carried
                    for mine in range(1, len(row_words) + 1)
                    if (len(own := [*carried, *row_words[:mine]]) == 1 or all(map(is_wide_digits, own)))
                    and all(map(is_wide_digits, row_words[mine:]))]
        if len(readings) > _FIRST_COLUMN_READINGS:
            return None
    return [figures for figures, _ in readings]
