"""A row whose label wraps round its cells' line, in markitdown's markdown of a PDF.

A table sets a row's one-line cells halfway down its row (Chromium centres them): a label wrapped over two
lines has its first line above its cells' line and its rest below it. markitdown writes a line as a pipe row
only where its words (an empty cell's non-breaking space is one) stand in two of the page's columns or more,
and a line of label words alone as a plain line, so such a row prints as

    2.其他法律行政法规禁止                      （二）部分公开（区分处理的，只计这一情形，不
    |     |     |     |     |     |     |     |     |  | ４ ０ | １ | ０ | ０ | ０ ５ |
    公开                                        计其他情形）

The pipe row between the two pieces of one label is that row's cells' line (no other row's cell lies between
two lines of one label): where its cells print nothing, they are blank, whatever marks other rows print (`/` in
（六）其他处理 printed as one heading row); where they print figures, those are the row's.
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


def pieces_round_a_pipe_row(rows: list[Row], at: int) -> tuple[Row, Row] | None:
    """The plain lines of label words right above and right below the pipe row `rows[at]` (module doc), the
    first opening a numbered label or none, the second not; None for any other shape."""
    if not 0 < at < len(rows) - 1 or not rows[at].piped:
        return None
    up, down = rows[at - 1], rows[at + 1]
    if not (_label_piece(up) and _label_piece(down)) or _opens_a_numbered_label(down, _SUB_ROW_NUMBERING_RE):
        return None
    return up, down


def spell_the_row(key: str, first: Row, rest: Row) -> bool:
    """Whether two lines of label words make the label of table 3's row `key` whole (a bracketed note torn
    between them too: `部分公开（区分处理的，只计这一情形，不` + `计其他情形）`)."""
    return A.score(L.squash(first.label + rest.label), A.template_rows((key,))[0]) == 1.0


def label_round_an_empty_cells_line(rows: list[Row], row: Row, key: str) -> bool:
    """Whether `row` (table 3's row `key`, a plain line of its label) is one piece of a label wrapped round a
    pipe row printing nothing (module doc): the line beside it that pipe row, the line past that the label's
    other piece, the first of the two opening a numbered label and the second not, the two spelling the row's
    label. Its cells are then blank."""
    index = next((at for at, other in enumerate(rows) if other is row), None)
    if index is None or not _label_piece(row):
        return False
    for first_at in (index - 2, index):
        if first_at < 0 or first_at + 2 >= len(rows):
            continue
        first, middle, rest = rows[first_at : first_at + 3]
        if _prints_nothing(middle) and pieces_round_a_pipe_row(rows, first_at + 1) is not None \
                and _opens_a_numbered_label(first, _SUB_ROW_NUMBERING_RE) and spell_the_row(key, first, rest):
            return True
    return False
