"""Lines of stacked pieces no row takes, and the table 3 rows printing no figure that cannot own them.

Chromium centres each cell of a table row in the row's height, so a wide figure wrapped a digit a line in a
narrow column (`pdftotext -layout`: `２` / the row's line / `６` for 26) prints its digits on lines right above
and right below its row's own lines (its label's), and nowhere else: a run of lines of stacked pieces
(rows.py marks each such digit STACKED) stands against the lines of the row owning it. A row whose label
prints no figure and whose lines no such run touches owns none of them, so those lines are no figures of
its printed before its label, and its empty cells are blank as printed.
"""

from __future__ import annotations

from collections.abc import Collection

from .rows import STACKED, Row


def _only_stacked_pieces(row: Row) -> bool:
    figures = row.filled_values()
    return bool(figures) and all(cell.problem == STACKED for cell in figures)


def pieces_stand_clear_of(rows: list[Row], row: Row, untaken: list[Row], found_lines: Collection[int]) -> bool:
    """Whether every line in `untaken` (lines of figures no row takes) holds stacked pieces only, and no run of
    such lines touches `row`'s lines: its own, and the lines of label words next to it that are no found row's
    (its wrapped label, or a neighbour's: counted as its own, which only leaves more rows unread)."""
    if not untaken or not all(map(_only_stacked_pieces, untaken)):
        return False
    # the rows in line order, empty lines skipped: a gap `pdftotext -layout` opens between two lines parts no row
    at = next((index for index, other in enumerate(rows) if other.line == row.line), None)
    if at is None:
        return False

    def label_words_only(index: int) -> bool:
        other = rows[index]
        return other.line not in found_lines and bool(other.label_cells()) and not other.has_figures()

    start = end = at
    while start > 0 and label_words_only(start - 1):
        start -= 1
    while end + 1 < len(rows) and label_words_only(end + 1):
        end += 1
    # a stacked piece on the line right above or right below the row's lines may be a digit of its figure, even
    # beside another row's label words (two rows' lines set on one line where their heights put them level)
    beside = [rows[index] for index in (start - 1, end + 1) if 0 <= index < len(rows)]
    return not any(cell.problem == STACKED for other in beside for cell in other.values())
