"""A row whose label wraps round its cells' line, in markitdown's markdown of a PDF.

A table sets a row's one-line cells halfway down its row (Chromium centres them): a label wrapped over two
lines or more has its first lines above its cells' line and the rest below it. markitdown writes a line as a
pipe row only where its words (an empty cell's non-breaking space is one) stand in two of the page's columns or
more, and a line of label words alone as a plain line, so such a row prints as

    2.其他法律行政法规禁止                      （二）部分公开（区分处理的，只计这一情形，不
    |     |     |     |     |     |     |     |     |  | ４ ０ | １ | ０ | ０ | ０ ５ |
    公开                                        计其他情形）

A group's heading merged down the margin may wrap beside them, its pieces on lines of their own (`（六）其`) or
in the pipe row's first cells (`| 他处理 |`): they are no line of the label. The pipe row between the lines of
one label is that row's cells' line (no other row's cell lies between two lines of one label): where its cells
print nothing, they are blank, whatever marks other rows print (`/` in （六）其他处理 printed as one heading
row); where they print figures, those are the row's.
"""

from __future__ import annotations

from collections.abc import Callable
from itertools import chain, combinations

from ..core import labels as L
from . import align as A
from . import group_numbering as GN
from .cells import clean_cell_text
from .piece_rows import first_value_column, pieces_taken_by_a_label, readings_with_figures_put_in
from .recovery import Reading
from .rows import Row, position_in
from .table_reading import _SUB_ROW_NUMBERING_RE, _opens_a_numbered_label
from .wrapped_digits import is_wide_digits

WRAP = 4  # the lines a label wraps over, at most, on either side of its cells' line


def _prints_nothing(row: Row) -> bool:
    """A pipe row without a word: every cell empty (a non-breaking space is no word)."""
    return row.piped and not any(cell.text.strip() for cell in row.cells)


def _label_piece(row: Row) -> bool:
    """A plain line of label words: no pipe row, no figure."""
    return not row.piped and not row.values() and bool(row.label.strip())


def label_round_a_pipe_row(rows: list[Row], at: int) -> tuple[list[Row], list[Row]] | None:
    """The plain lines of label words right above and right below the pipe row `rows[at]` (module doc): above,
    up to the first line opening a numbered label with words of its own (a heading's numbered piece, `（六）其`,
    may stand beside the label), below, up to the line before one that opens a numbered label; the pipe row's
    label cells, if any, a heading's words alone (`| 他处理 |  | 无 无 | … |`). None where a side has none."""
    if not 0 < at < len(rows) - 1 or not rows[at].piped:
        return None
    labels = rows[at].label_cells()
    if labels and not GN.margin_heading_words(" ".join(cell.text for cell in labels)):
        return None
    above: list[Row] = []
    for row in reversed(rows[:at]):
        if not _label_piece(row) or len(above) == WRAP:
            break
        above.insert(0, row)
        if _opens_a_numbered_label(row, _SUB_ROW_NUMBERING_RE) and not GN.margin_heading_words(row.label):
            break
    below: list[Row] = []
    for row in rows[at + 1 :]:
        if not _label_piece(row) or _opens_a_numbered_label(row, _SUB_ROW_NUMBERING_RE) or len(below) == WRAP:
            break
        below.append(row)
    return (above, below) if above and below else None


def spells_the_row(key: str, above: list[Row], below: list[Row]) -> bool:
    """Whether the lines of label words above and below a pipe row make the label of table 3's row `key` whole
    together and neither side alone (then the pipe row stands before or after the whole label, maybe another
    row's line), but for the words several rows end in, which may wrap below on their own: a bracketed note may
    be torn between them (`部分公开（区分处理的，只计这一情形，不` + `计其他情形）`), those words printed or not
    (`1.申请人无正当理由逾期不补正、行` + `政机关不再处理其…申请`, `…缴纳费用、` + `行政机关不再处理其…申` / `请`)."""
    if not _spelled(key, [*above, *below]) or _spelled(key, below):
        return False
    rest = L.squash("".join(line.label for line in below))
    return not _spelled(key, above) or rest in L.APPLICATION_SHARED_ENDINGS.get(key, "")


def _spelled(key: str, lines: list[Row]) -> bool:
    """Whether the lines spell the row's label whole; lines of a heading's words alone may be the heading's,
    beside the label (`2.申请` / `（六）其` / `人逾期未按…`): tried without them too."""
    optional = [at for at, line in enumerate(lines) if GN.margin_heading_words(line.label)]
    for left_out in chain.from_iterable(combinations(optional, count) for count in range(len(optional) + 1)):
        label = L.squash("".join(line.label for at, line in enumerate(lines) if at not in left_out))
        if label and _spells(key, label):
            return True
    return False


def _spells(key: str, label: str) -> bool:
    ending = L.APPLICATION_SHARED_ENDINGS.get(key, "")
    return A.score(label, A.template_rows((key,))[0]) == 1.0 or \
        bool(ending) and any(label.endswith(variant + ending) for variant in L.APPLICATION_ROWS[key][0])


def labels_round_a_pipe_row_past_a_piece(rows: list[Row], found: dict[str, Row]) -> dict[str, Row]:
    """`found` with each row found on a plain line of its label's last words that took, for its one cell, the
    first piece of the next row's figure Chromium wrapped round that row's line (`piece_rows.pieces_taken_by_a_label`)

        8.属于
        |  | １ | ０ | ０ | ０ | ０ |  | ０ １ |
        行政查询事项          ← the line, and `１` on the line after it: one row to markitdown
        １
        |  | 1.本机关不掌握相关政府信息 | ９ | １ | … |
        ０

    found instead on the label-less pipe row right above that line, where the plain lines above that pipe row and
    the line itself, its piece set aside, spell the row's label (`label_round_a_pipe_row`, `spells_the_row`): the pipe
    row stands between two lines of one label, so it is that row's cells (no other row's cell lies there), and the
    piece is no cell of it. A pipe row another row was found on is left as found."""
    taken = pieces_taken_by_a_label(rows)
    if not taken:  # asked first: most tables have no such piece
        return found
    index_of = {id(row): at for at, row in enumerate(rows)}
    claimed = {id(row) for row in found.values()}
    moved = {}
    for key, row in found.items():
        at = index_of.get(id(row))
        if at is None or at not in taken or at < 1 or id(rows[at - 1]) in claimed:
            continue
        label_only = row.with_cells(row.cells[:-1])
        lines = label_round_a_pipe_row([*rows[:at], label_only, *rows[at + 1 :]], at - 1)
        if lines is not None and lines[1][0] is label_only and spells_the_row(key, *lines):
            moved[key] = rows[at - 1]
    return {**found, **moved} if moved else found


def label_round_an_empty_cells_line(rows: list[Row], row: Row, key: str) -> bool:
    """Whether `row` (table 3's row `key`, a plain line of its label) is one of the lines of a label wrapped round
    a pipe row printing nothing (module doc), opening with a numbered line, spelling the row's label. Its cells
    are then blank."""
    return _label_lines_round_an_empty_cells_line(rows, row, key) is not None


def label_round_an_empty_cells_line_clear_of_pieces(rows: list[Row], row: Row, key: str) -> bool:
    """`label_round_an_empty_cells_line`, asked of a table where figures stand on lines of their own (a wide figure
    wrapped a piece a line, markitdown of Chromium's PDF), with no such line right above the label's first line nor
    right below its last. A figure of the row wrapped round its cells' line prints its pieces at its label's lines'
    heights (a label line then holds a figure, or a piece's line stands between the label's lines) or, longer than
    the label, past them, right above or below it; where none stands there, the row's cells are its pipe row's,
    printing nothing: blank."""
    if (label := _label_lines_round_an_empty_cells_line(rows, row, key)) is None:
        return False
    first, last = position_in(rows, label[0]), position_in(rows, label[-1])
    return first is not None and last is not None and not any(
        _figures_of_no_label(rows[at]) for at in (first - 1, last + 1) if 0 <= at < len(rows))


def _figures_of_no_label(row: Row) -> bool:
    """A line of figures without a label's words of its own (none, or a margin heading's alone): a wrapped figure's
    pieces may be such a line."""
    return row.has_figures() and (not row.label_cells() or GN.margin_heading_alone(row.label))


def _label_lines_round_an_empty_cells_line(rows: list[Row], row: Row, key: str) -> list[Row] | None:
    """The lines of the label (`label_round_an_empty_cells_line`) and the pipe row between them, in order; None
    where `row` is no line of such a label."""
    index = position_in(rows, row)
    if index is None or not _label_piece(row):
        return None
    for at in range(max(index - WRAP, 0), min(index + WRAP + 1, len(rows))):
        if _prints_nothing(rows[at]) and (lines := label_round_a_pipe_row(rows, at)) is not None:
            label = [*lines[0], *lines[1]]
            if any(line is row for line in label) and _opens_a_numbered_label(label[0], _SUB_ROW_NUMBERING_RE) \
                    and spells_the_row(key, *lines):
                return [*lines[0], rows[at], *lines[1]]
    return None


def readings_with_the_label_and_a_figure_wrapped(rows: list[Row], row: Row, key: str, width: int,
                                                 sums_hold: Callable[[Reading], bool],
                                                 figure_or_mark: Callable[[str], bool]) -> list[Reading] | None:
    """Table 3's row `key` whose label and a full-width figure both wrap over two lines round its one-line cells
    (Chromium breaks a line between any two full-width digits): the label's first line and the figure's first
    piece share a pipe row, its rest and the last piece another, its other cells a label-less pipe row between
    (a margin heading's lines may stand among them)

        | 一、本年 |  |  |  | １ |  |  | １ |
        |  |  |  |  | ０ | ０ ０ | ０ ０ |  |
        | 新收政府信息公开申请数量 |  |  |  | ２ |  |  | ２ |

    `row` is either pipe row of the label. Its readings: each joined figure put before, between or after the
    words of the pipe cell it stands in (two narrow columns may share one), every column printing a figure or
    blank mark, keeping the row's sum (`sums_hold`), for the column rules to settle. None for any other shape."""
    wrapped = label_and_figures_wrapped_round(rows, row, key)
    if wrapped is None:
        return None
    middle, start, figures = wrapped
    cells = [middle.cells[column].text.split() for column in range(start, len(middle.cells))]
    if not all(figure_or_mark(word) for words in cells for word in words):
        return None
    return readings_with_figures_put_in(cells, start, figures, width, sums_hold) or None


def label_and_figures_wrapped_round(rows: list[Row], row: Row, key: str) -> tuple[Row, int, dict[int, str]] | None:
    """Where `row` is a pipe row of the label of row `key` wrapped with full-width figures round a label-less pipe
    row (`readings_with_the_label_and_a_figure_wrapped`): that pipe row, the first pipe cell past the label, and the
    joined figures by pipe cell; None for any other shape."""
    index = position_in(rows, row)
    if index is None or not row.piped:
        return None
    pipe_rows = [at for at in range(max(index - 2 * WRAP, 0), min(index + 2 * WRAP + 1, len(rows)))
                 if rows[at].piped or not _heading_piece(rows[at])]  # the lines between, a heading's left out
    place = pipe_rows.index(index)
    for first in (place, place - 2):
        if first < 0 or first + 2 >= len(pipe_rows):
            continue
        top, middle, bottom = (rows[pipe_rows[first + step]] for step in range(3))
        if not (top.piped and middle.piped and bottom.piped) or middle.label_cells() \
                or not len(top.cells) == len(middle.cells) == len(bottom.cells):
            continue
        upper, lower = _label_and_pieces(top), _label_and_pieces(bottom)
        if upper is None or lower is None or upper[1].keys() != lower[1].keys() \
                or not spells_the_row(key, [top], [bottom]):
            continue
        start = upper[0]
        if lower[0] != start or any(column < start for column in upper[1]):
            continue
        return middle, start, {column: upper[1][column] + lower[1][column] for column in upper[1]}
    return None


def _heading_piece(row: Row) -> bool:
    """A plain line of a group's heading merged down the margin alone (`三、本年度办` / `理结果`)."""
    return _label_piece(row) and GN.margin_heading_alone(row.label)


def _label_and_pieces(row: Row) -> tuple[int, dict[int, str]] | None:
    """A pipe row of a label's words and a wrapped figure's pieces: (the first pipe cell past its label, the
    pieces by pipe cell); None where it has no label, no piece, or a piece is no full-width digits (or opens on
    0, which no figure of two digits does)."""
    start = first_value_column(row)
    if start is None:
        return None
    pieces = {column: text for column in range(start, len(row.cells)) if (text := row.cells[column].text.strip())}
    if not pieces or not all(is_wide_digits(text) and not clean_cell_text(text).startswith("0")
                             for text in pieces.values()):
        return None
    return start, pieces
