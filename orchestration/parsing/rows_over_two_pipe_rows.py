"""A table 3 row whose cells markitdown split over two pipe rows of one grid, its wrapped label round them.

markitdown writes a PDF page's words as lines, their tops rounded to a 5-point band, each line a pipe row of the
page's grid. A row whose label wraps over two lines or more, its cells centred on different lines (Chromium's and
LibreOffice's PDFs of a page's table: the total a line above the others), prints its cells on two pipe rows, one
after the other, and its label's rest in the second's label cell or on the line after it:

    |     | 2.其他法律行政法规禁止公 |     |     |     | 0   |
    |     |               | 0 0 | 0 0 | 0 0 |     |
    开

The second row's figures stand above the label's last words (`开`) or beside them: inside the row's own height
(no other row's cell lies between two lines of one label), so they are that row's, and the two rows are one.
They are read so only where nothing leaves the owner in doubt: the two print in no same cell (a wide figure
wrapped in its narrow column leaves a piece in the same cell of each), the second holds no word after the
first's label nor words that name or open a row, and the label's words are cut between the two lines — the
first's label holds no template row's words whole, its words with the rest's do, the rest's alone do not (or the
rest completes the last words several rows end in, the first's label naming one of them by its own). The
cells of the row so made are read as any pipe row's (a cell of two figures, `0 0`, only where the row's count
and sums prove it).
"""

from __future__ import annotations

from ..core import labels as L
from . import align as A
from . import group_numbering as GN
from .rows import _NUMBERED_LABEL_RE, RawCell, Row
from .table_reading import _HAN_RE, _figures_or_marks, _holds_a_rows_words, _holds_its_words

# lines from a pipe row to the next of its grid: the next line, or the one after the `| --- |` rule a table's first
# row opens
RULE_BETWEEN = 2
TEMPLATES = ("2019", "2021")


def rows_joined_over_two_pipe_rows(rows: list[Row], sequence: tuple[str, ...]) -> list[Row]:
    """`rows` with each row split over two pipe rows (module doc) made one; `rows` itself where there is none."""
    joined: dict[int, Row] = {}  # the first row's place → the row made of it and the next
    at = 0
    while at < len(rows) - 1:
        after = rows[at + 2] if at + 2 < len(rows) else None
        if (row := _one_row(rows[at], rows[at + 1], after, sequence)) is not None:
            joined[at] = row
            at += 2
        else:
            at += 1
    if not joined:
        return rows
    return [joined.get(at, row) for at, row in enumerate(rows) if at - 1 not in joined]


def _one_row(first: Row, second: Row, after: Row | None, sequence: tuple[str, ...]) -> Row | None:
    """The row `first` and `second` make where they are one row's two lines (module doc), else None. `after`: the
    row right after `second`, which may hold the label's rest."""
    if not (first.piped and second.piped) or len(first.cells) != len(second.cells) or first.short_by \
            or second.short_by or (first.markdown_table, first.markdown_page) != (second.markdown_table,
                                                                                    second.markdown_page) \
            or not 0 < second.line - first.line <= RULE_BETWEEN:
        return None
    places = first.label_places()
    if not places or not _HAN_RE.search(first.cells[places[-1]].text):
        return None
    label_at = places[-1]  # the label's own cell (those before it: a group's heading down the margin)
    if _both_print_in_a_cell(first, second, label_at + 1):
        return None  # (most pairs, two rows of figures: at their first value cell) no row's cells over two lines
    ours, theirs = _printing_places(first, label_at), _printing_places(second, label_at)
    if ours is None or theirs is None or not theirs or ours & theirs:
        return None
    words = {at: cell.text.strip() for at, cell in enumerate(second.cells) if _HAN_RE.search(cell.text)}
    rest = words.pop(label_at, None)  # the label's rest beside the figures
    if not ours and rest is None:  # a label's line printing nothing, a line of figures below: not known whose
        return None
    # before the label's cell, a group heading's pieces down the margin alone (`（四）无` / `法提供`)
    if any(at > label_at or not _a_headings_piece(text) for at, text in words.items()):
        return None
    if rest is None and after is not None and not after.has_figures() and after.label.split():
        rest = after.label.split()[-1]  # the label's rest below them (its column's piece, the line's last)
    if rest is None or _NUMBERED_LABEL_RE.match(rest):
        return None
    label, rest = L.squash(first.cells[label_at].text), L.squash(rest)
    rows = A.template_rows(sequence)
    # the words cut between the lines (`禁止公` / `开`), or the last words several rows end in after a label naming
    # one of them by its own (`一、本年新收` / `政府信息公开申请数量`)
    cut = not _holds_a_rows_words(label, rows) and not _holds_a_rows_words(rest, rows) \
        and _holds_a_rows_words(label + rest, rows)
    if not cut and not A.ends_the_label_above(rest, label, sequence) and not _ends_with_its_shared_words(label, rest, rows):
        return None
    return first.with_cells([_cell_of_both(mine, other, at <= label_at)
                             for at, (mine, other) in enumerate(zip(first.cells, second.cells))])


def _ends_with_its_shared_words(label: str, rest: str, rows: tuple[A.TemplateRow, ...]) -> bool:
    """Whether the squashed `label` holds a row's own words whole and `rest` completes the words that row ends in, shared
    with other rows (`…逾期不补正、行政机关` + `不再处理其政府信息公开申请`): the rest of that row's label."""
    return any(row.ending and _holds_its_words(label, row) and not label.endswith(row.ending)
               and (label + rest).endswith(row.ending) for row in rows)


def _a_headings_piece(text: str) -> bool:
    """Whether a cell's words are a piece of a group's heading down the margin (`无法提`, `予公开`, `（三）不`): its
    characters alone, holding no row's words whole in either template (`其他`, `其他处理` are rows' labels; a piece's
    likeness to a label, `予公开` to `予以公开`, is no label)."""
    return GN.margin_heading_words(text) and not any(
        _holds_a_rows_words(L.squash(text), A.template_rows(L.application_rows(template))) for template in TEMPLATES)


def _both_print_in_a_cell(first: Row, second: Row, start: int) -> bool:
    """Whether two rows of as many cells both print something in one cell from `start` on: then they print in a same
    cell (`_printing_places` of both), or one of them prints words past its label (its places None); either way
    they are not one row's two lines, asked before either's places are."""
    for mine, other in zip(first.cells[start:], second.cells[start:]):
        if not mine.is_empty and not other.is_empty:
            return True
    return False


def _printing_places(row: Row, label_at: int) -> set[int] | None:
    """The places past `label_at` where the row prints a figure or a blank mark; None where one of them holds words."""
    places = set()
    for at, cell in enumerate(row.cells[label_at + 1:], label_at + 1):
        if cell.is_empty:
            continue
        if not _figures_or_marks(cell.text):
            return None
        places.add(at)
    return places


def _cell_of_both(mine: RawCell, other: RawCell, label: bool) -> RawCell:
    """One place's cell of the joined row: a label cell's words run on (`其他处` + `理`), a value cell the one
    printing (the two print in no same value cell)."""
    if label:
        return mine if other.is_empty else RawCell(mine.text.strip() + other.text.strip(), mine.line) \
            if not mine.is_empty else other
    return other if mine.is_empty else mine

