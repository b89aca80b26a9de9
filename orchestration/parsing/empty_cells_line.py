"""A row whose wrapped label stands round a pipe row printing nothing, in markitdown's markdown of a PDF.

A table sets a row's one-line cells halfway down its row (Chromium centres them): a label wrapped over two
lines has its first line above its cells' line and its rest below it. markitdown writes a line as a pipe row
only where its words (an empty cell's non-breaking space is one) stand in two of the page's columns or more,
and a line of label words alone as a plain line, so such a row prints as

    2.其他法律行政法规禁止
    |     |     |     |     |     |     |     |
    公开

The pipe row between the two pieces of one label is that row's cells' line: its cells print nothing, so they
are blank, whatever marks other rows print (`/` in （六）其他处理 printed as one heading row).
"""

from __future__ import annotations

from ..core import labels as L
from . import align as A
from .rows import Row
from .table_reading import _SUB_ROW_NUMBERING_RE, _opens_a_numbered_label


def _prints_nothing(row: Row) -> bool:
    """A pipe row without a word: every cell empty (a non-breaking space is no word)."""
    return row.piped and not any(cell.text.strip() for cell in row.cells)


def _label_piece(row: Row) -> bool:
    """A plain line of label words: no pipe row, no figure."""
    return not row.piped and not row.values() and bool(row.label.strip())


def label_round_an_empty_cells_line(rows: list[Row], row: Row, key: str) -> bool:
    """Whether `row` (table 3's row `key`, a plain line of its label) is one piece of a label wrapped round a
    pipe row printing nothing (module doc): the line beside it that pipe row, the line past that the label's
    other piece, the first of the two opening a numbered label and the second not, the two spelling the row's
    label. Its cells are then blank."""
    index = next((at for at, other in enumerate(rows) if other is row), None)
    if index is None or not _label_piece(row):
        return False
    keys = (key,)
    for first_at in (index - 2, index):
        if first_at < 0 or first_at + 2 >= len(rows):
            continue
        first, middle, rest = rows[first_at], rows[first_at + 1], rows[first_at + 2]
        if not (_label_piece(first) and _prints_nothing(middle) and _label_piece(rest)):
            continue
        if not _opens_a_numbered_label(first, _SUB_ROW_NUMBERING_RE) or _opens_a_numbered_label(rest, _SUB_ROW_NUMBERING_RE):
            continue
        if A.score(L.squash(first.label + rest.label), A.template_rows(keys)[0]) == 1.0:
            return True
    return False
