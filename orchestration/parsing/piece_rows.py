"""Full-width figures wrapped round their row, in markitdown's pipe tables of Chromium's PDFs.

Chromium may break a line between any two full-width digits (`２２１` is three ideographs to it), so a figure
too wide for a narrow column prints over two lines of its cell, and the row's one-line label stands halfway
between them. pdfminer groups text by its height on the page, so markitdown writes three pipe rows: the
figures' first pieces alone (no label), the row itself (its label, its figures that fit, and an empty cell
where each wrapped figure stands), then their last pieces alone:

    |                  | ２０  |     |     | ２２  |
    | 一、本年新收…     |     | １５  | ６   |     |
    |                  | ０   |     |     | １   |

What proves the pieces the row's: both lines print pieces in the same columns, exactly columns the row
leaves empty after its label, and nothing else. Joined, the row's figures must keep its sum (its last
figure, the total, that of the others); a joined figure that does not is unknown, never read shifted into
another column. Two rows claiming one line of pieces are left as printed.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import replace
from itertools import product

from . import group_numbering as GN
from .cells import UNKNOWN, clean_cell_text, looks_like_value, read_count
from .recovery import Reading
from .wrapped_digits import holds_wide_digits, is_wide_digits

UNPROVEN = ("a figure wrapped round its row a piece a line (Chromium, read by markitdown), whose row does not keep "
            "its sum with the pieces joined: not read")


def _pieces(row) -> dict[int, str] | None:
    """A pipe row of wrapped pieces alone: {column: piece}; None for any other row. Its label cells may hold a
    piece of a group's heading merged down the margin (`三、本年度` / `办理结果`): the heading is wrapped over the
    lines of the rows it spans, and pdfplumber bands its pieces with whatever stands at their height."""
    if not row.piped:
        return None
    label_cells = row.label_cells()
    first_word = next((word for cell in label_cells for word in cell.text.split()), None)
    if label_cells and (first_word is None or not GN.MARGIN_HEADING_WORD_RE.fullmatch(first_word)):
        return None  # a row's own label (most rows): margin_heading_alone's first test, asked before the cells
    labels = {id(cell) for cell in label_cells}
    pieces = {}
    for column, cell in enumerate(row.cells):
        text = cell.text.strip()
        if not text or id(cell) in labels:
            continue
        if not is_wide_digits(text):
            return None
        pieces[column] = text
    # the label's words asked last (a regex and the template's labels; most rows fail on their figures first)
    if not pieces or labels and not GN.margin_heading_alone(" ".join(cell.text for cell in label_cells)):
        return None
    return pieces


def first_value_column(row) -> int | None:
    """The column after the row's last label cell; None for a row without a label."""
    last = max(row.label_places(), default=None)
    return None if last is None else last + 1


def _prints_figures_of_its_own(row, start: int, wrapped: dict[int, str]) -> bool:
    """Whether the row prints a figure or mark past its label outside the wrapped columns: only a figure too wide
    for its column wraps, so a row whose every cell is empty is a label whose figures stand on a line of their
    own (markitdown's label-less row under it), not a row with its figures wrapped round it."""
    return any(row.cells[column].text.strip() for column in range(start, len(row.cells)) if column not in wrapped)


def _opens_on_zero(piece: str) -> bool:
    """A first piece opening on 0 (`０`): no figure of two digits or more prints a leading zero, so this is a
    figure of its own (another row's), never the head of a wrapped one."""
    return clean_cell_text(piece).startswith("0")


def _keeps_its_sum(texts: list[str]) -> bool:
    """The row's figures (blank marks as nothing) with its last one their total: at least two besides it."""
    figures = []
    for text in texts:
        cleaned = clean_cell_text(text)
        if not cleaned:
            continue
        if not cleaned.isdigit():
            if looks_like_value(text):
                continue  # a blank mark (`/`, `—`)
            return False
        figures.append(int(cleaned))
    return len(figures) >= 3 and figures[-1] == sum(figures[:-1])


def pieces_of_a_row_beyond(line, beyond, far) -> bool:
    """Whether a line of pieces alone and the line `far` past pipe row `beyond` (the row between them) hold pieces
    alone in the same pipe cells: figures of `beyond` wrapped round its line (Chromium centres them on it), so the
    pieces are that row's, not the row's on `line`'s other side (None lines: no such row)."""
    if line is None or beyond is None or far is None or not beyond.piped or len(line.cells) != len(beyond.cells):
        return False
    return _pieces_in_the_same_cells(line, far) is not None


def _pieces_in_the_same_cells(one, other) -> dict[int, str] | None:
    """`one`'s pieces ({pipe cell: piece}) where `one` and `other` are pipe rows of pieces alone (`_pieces`) of as
    many pipe cells, their pieces in the same ones; None otherwise."""
    if len(one.cells) != len(other.cells):
        return None
    pieces, past = _pieces(one), _pieces(other)
    return pieces if pieces is not None and past is not None and pieces.keys() == past.keys() else None


def join_pieces_round_rows(rows: list) -> list:
    """The rows with each row's wrapped figures joined from the lines of pieces round it (see the module);
    those lines then dropped. Rows of any other shape are returned as they are."""
    if not any(row.piped for row in rows):
        return rows
    pieces = [_pieces(row) for row in rows]  # most tables hold no row of pieces alone: asked once a row
    if sum(map(bool, pieces)) < 2:
        return rows
    claims = []  # index of each row with its pieces round it
    either = []  # index of each row whose lines round it may be pieces or two rows' figures (`_either_...`)
    for at in range(1, len(rows) - 1):
        above, row, below = rows[at - 1], rows[at], rows[at + 1]
        top, bottom = pieces[at - 1], pieces[at + 1]
        if top is None or bottom is None or not (row.piped and len(above.cells) == len(row.cells) == len(below.cells)):
            continue
        if top.keys() != bottom.keys():
            continue
        start = first_value_column(row)
        if start is None or any(column < start or row.cells[column].text.strip() for column in top):
            continue
        if any(_opens_on_zero(top[column]) for column in top):
            continue  # a figure of its own (another row's), not a wrapped one's head
        if not _prints_figures_of_its_own(row, start, top):
            # a label alone between two lines of figures (its figures the line below): or, where the line above
            # may be the figures of a label alone before it, a row whose every figure wrapped round it
            if at >= 2 and _either_figures_or_pieces(rows[at - 2], row, top, bottom, start):
                either.append(at)
            continue
        claims.append(at)
    used = [index for at in claims for index in (at - 1, at + 1)]
    shared = {index for index in used if used.count(index) > 1}
    claims = [at for at in claims if at - 1 not in shared and at + 1 not in shared]
    if either:
        rows = _figures_either_way_unproven(rows, [index for at in either for index in (at - 1, at + 1)
                                                   if index not in used])
    if not claims:
        return rows
    dropped = set()
    joined_rows = {}
    for at in claims:
        row, top, bottom = rows[at], pieces[at - 1], pieces[at + 1]
        cells = list(row.cells)
        for column in top:
            cells[column] = replace(cells[column], text=top[column] + bottom[column])
        start = first_value_column(row)
        if not _keeps_its_sum([cell.text for cell in cells[start:]]):
            for column in top:
                cells[column].problem = UNPROVEN
        joined_rows[at] = row.with_cells(cells)
        dropped |= {at - 1, at + 1}
    return [joined_rows.get(index, row) for index, row in enumerate(rows) if index not in dropped]


AMBIGUOUS_PIECES = ("a line of figures under a label alone that may be its figures, or the first pieces of the "
                    "next row's figures wrapped round it (Chromium, read by markitdown; that row printing nothing "
                    "of its own and the row before it blank): not read")


def _either_figures_or_pieces(before, row, top: dict[int, str], bottom: dict[int, str], start: int) -> bool:
    """Whether the lines round `row` (a label printing nothing, `top` and `bottom` pieces in the same columns)
    may read two ways: the line above as the figures of `before` (a label alone too: its figures may stand on
    the next line) and the line below as the row's, or both as the row's figures wrapped round it, joined they
    keep its sum (`before` then printing nothing, its blanks printing nothing). A row's sum the first way breaks
    may be the report's misprint, and the column sums are not asked here: neither way is proven."""
    if not before.piped or len(before.cells) != len(row.cells) or first_value_column(before) != start \
            or any(cell.text.strip() for cell in before.cells[start:]):
        return False
    joined = [clean_cell_text(top[column] + bottom[column]) for column in sorted(top)]
    if not all(text.isdigit() for text in joined) or len(joined) < 2 or max(top) != len(row.cells) - 1:
        return False  # (without a total joined the row would print figures and no total)
    figures = [int(text) for text in joined]
    return figures[-1] == sum(figures[:-1])  # (a figure and its total, alike, keep it too)


def _figures_either_way_unproven(rows: list, lines: list[int]) -> list:
    """The rows with each figure on the lines `lines` marked unproven (`AMBIGUOUS_PIECES`)."""
    marked = {}
    for at in lines:
        cells = [replace(cell, problem=AMBIGUOUS_PIECES) if cell.text.strip() else cell for cell in rows[at].cells]
        marked[at] = rows[at].with_cells(cells)
    return [marked.get(index, row) for index, row in enumerate(rows)]


def lone_piece(row) -> bool:
    """A row that is one run of full-width digits on a line of its own (no pipe row): a wrapped figure's piece
    that markitdown wrote outside the table, its column lost."""
    return not row.piped and len(row.cells) == 1 and is_wide_digits(row.cells[0].text.strip())


def pieces_beside_a_pipe_row(rows: list, at: int) -> tuple[str | None, str | None]:
    """Where rows[at] is a pipe row of figures: the lone pieces of full-width digits right before and right after
    it, each None where there is none. A piece before is a wrapped figure's first piece, above the row's line; a
    piece after, its last, below it: markitdown wrote them as lines of their own, no cell's, so the row lacks
    that figure (pieces on both sides) or part of it (the rest printed among the row's figures), and where it
    stood is not known."""
    if not (rows[at].piped and rows[at].has_figures()):
        return None, None
    before = rows[at - 1] if at > 0 and lone_piece(rows[at - 1]) else None
    after = rows[at + 1] if at + 1 < len(rows) and lone_piece(rows[at + 1]) else None
    return (None if before is None else before.cells[0].text.strip(),
            None if after is None else after.cells[0].text.strip())


def pieces_taken_by_a_label(rows: list) -> dict[int, int]:
    """`结转…数量` / `２` / `| （一）予以公开 | １９ ０ | … |` / `２`: a wrapped figure's first piece that markitdown wrote
    on a plain line of its own right above the pipe row it belongs to, right after a plain line of another row's
    label, which took the piece for its one cell (lines of one cell each make one row). Where the pipe row prints
    figures and its figure's last piece stands alone on the line right after it (`pieces_beside_a_pipe_row`), the
    piece is the pipe row's as much as the label's, and neither reads it as printed. {index of the row whose last cell
    is the piece: index of the pipe row}."""
    taken = {}
    for at in range(1, len(rows) - 1):
        before, row = rows[at - 1], rows[at]
        if before.piped or not row.piped or len(before.cells) < 2 or not row.has_figures():
            continue
        piece = before.cells[-1]
        if piece.line == row.line - 1 and piece.line != before.cells[-2].line and is_wide_digits(piece.text.strip()) \
                and lone_piece(rows[at + 1]):
            taken[at - 1] = at
    return taken


def readings_with_the_pieces(words: list[str], before: str | None, after: str | None, width: int,
                             sums_hold: Callable[[Reading], bool]) -> list[Reading]:
    """The readings of a row's words (each a figure or a blank mark, one a column in order) with the wrapped
    figure's pieces put back wherever they may go, that keep the row's sums (`sums_hold`): pieces on both sides,
    a figure of its own among the words; a piece after (before), the end (start) of one of its figures. A
    figure opening on a 0 (`０２`) is none."""
    if before is not None and after is not None:
        tries = [[*words[:at], before + after, *words[at:]] for at in range(len(words) + 1)]
    elif before is not None or after is not None:
        tries = [[*words[:at], before + word if before is not None else word + after, *words[at + 1 :]]
                 for at, word in enumerate(words) if clean_cell_text(word).isdigit()]
    else:
        return []
    return _readings_kept(tries, width, sums_hold)


def _readings_kept(tries: Iterable[list[str]], width: int, sums_hold: Callable[[Reading], bool]) -> list[Reading]:
    """The readings of the tried rows of words that are `width` cells, each read cleanly (a figure opening on a 0,
    `０２`, is none), and keep the row's sums; each once (`１０` put before or after an equal figure reads the same)."""
    readings = []
    for texts in tries:
        if len(texts) != width:
            continue
        reads = [read_count(text) for text in texts]
        if any(read.problem or read.state == UNKNOWN for read in reads) \
                or any(len(cleaned := clean_cell_text(text)) > 1 and cleaned.startswith("0") for text in texts):
            continue
        reading = tuple(read.value for read in reads)
        if sums_hold(reading):
            readings.append(reading)
    return list(dict.fromkeys(readings))


def figures_wrapped_round_pipe_rows(rows: list, found: dict, width: int, sums_hold: Callable[[Reading], bool],
                                    figure_or_mark: Callable[[str], bool]) -> dict:
    """Table 3's pipe rows one word short of `width` (each word a figure or blank mark) with a lone piece of
    full-width digits on the line right before and the line right after (`３` / `| 一、… | ３０ | ２ | 无 | … | ２ |` /
    `４`): one cell of the row wrapped its figure over two lines (Chromium, and LibreOffice too, breaks a line
    between any two full-width digits) and its one-line cells stand halfway between them, on a line of their own;
    markitdown wrote each piece, a word aligned with no other, as a line outside the table. The row's words and
    the joined figure, as many as the columns, leave no cell printing nothing: they are its cells in order. Each
    such row (key of `found`) → its cells with the joined figure put back where its sum (`sums_hold`) allows it,
    where exactly one reading does. A piece beside two such rows is neither's."""
    index_of = {id(row): at for at, row in enumerate(rows)}
    claims = {}
    for key, row in found.items():
        at = index_of.get(id(row))
        if at is None or not row.piped:
            continue
        before, after = pieces_beside_a_pipe_row(rows, at)
        if before is None or after is None:
            continue
        words = [replace(cell, text=word) for cell in row.values() for word in cell.text.split()]
        if len(words) == width - 1 and all(figure_or_mark(word.text) for word in words):
            claims[key] = (at, words, before, after)
    used = [index for at, *_ in claims.values() for index in (at - 1, at + 1)]
    joined = {}
    for key, (at, words, before, after) in claims.items():
        if used.count(at - 1) > 1 or used.count(at + 1) > 1:
            continue
        readings = readings_with_the_pieces([word.text for word in words], before, after, width, sums_hold)
        if len(readings) != 1:
            continue
        figure = replace(words[0], text=before + after)
        placements = ([*words[:place], figure, *words[place:]] for place in range(len(words) + 1))
        joined[key] = next(cells for cells in placements
                           if tuple(read_count(cell.text).value for cell in cells) == readings[0])
    return joined


def pieces_in_shared_cells(rows: list, at: int, label_less: bool = False) -> tuple[int, int] | None:
    """Where rows[at] is a pipe row with a label (`label_less`: or none, table 4's) between two rows of full-width
    pieces alone in the same pipe cells (`_pieces`), one at least a cell the row prints a word in too (`| ６ |` /
    `| ０ |` / `| ０ |`: two narrow columns in one pipe cell, one's figure wrapped round the other's line): the
    indexes of the rows of pieces; None otherwise. (Pieces in cells the row leaves empty, in table 3, are joined
    before: join_pieces_round_rows.)"""
    if at < 1 or at + 1 >= len(rows):
        return None
    above, row, below = rows[at - 1], rows[at], rows[at + 1]
    top, bottom = _pieces(above), _pieces(below)
    if top is None or bottom is None or top.keys() != bottom.keys() or not row.piped \
            or not len(above.cells) == len(row.cells) == len(below.cells):
        return None
    start = _values_start(row, label_less)
    if start is None or any(column < start or _opens_on_zero(top[column]) for column in top) \
            or not any(row.cells[column].text.strip() for column in top):
        return None
    return at - 1, at + 1


def lines_of_pieces_round(rows: list, at: int) -> tuple[int, int] | None:
    """The indexes of the rows right above and right below rows[at] where both are pipe rows of full-width pieces
    alone (`_pieces`) of as many pipe cells, in the same ones, the first not opening on 0 (no wrapped figure's head
    does): the lines of figures Chromium wrapped round rows[at]'s line (`| １ |  | １ |` / `| （一）予以公开 | ２ | … |` /
    `| ０ |  | ２ |`). Unlike `pieces_in_shared_cells`, rows[at]'s own cells are not compared: markitdown may write each
    of the three lines as a table of its own, its empty columns dropped. None for any other shape."""
    if at < 1 or at + 1 >= len(rows):
        return None
    top = _pieces_in_the_same_cells(rows[at - 1], rows[at + 1])
    if top is None or any(map(_opens_on_zero, top.values())):
        return None
    return at - 1, at + 1


def _values_start(row, label_less: bool) -> int | None:
    """The first pipe cell past the row's label; 0 for a row without one where `label_less` (table 4)."""
    start = first_value_column(row)
    return 0 if start is None and label_less and not row.label_cells() else start


def readings_with_pieces_in_shared_cells(rows: list, at: int, width: int, sums_hold: Callable[[Reading], bool],
                                         figure_or_mark: Callable[[str], bool], label_less: bool = False
                                         ) -> list[Reading] | None:
    """The readings of rows[at] with each wrapped figure (`pieces_in_shared_cells`: its first piece above, its
    last below, joined) put before, between or after the words its pipe cell holds (the page's grid sets two
    columns in one cell, and which stands left is not known), every column printing a figure or blank mark (as
    many words as `width`), that keep the row's sum (`sums_hold`). None where no reading does, or a word is no
    figure or mark."""
    around = pieces_in_shared_cells(rows, at, label_less)
    if around is None:
        return None
    row, top, bottom = rows[at], _pieces(rows[around[0]]), _pieces(rows[around[1]])
    start = _values_start(row, label_less)
    cells = [row.cells[column].text.split() for column in range(start, len(row.cells))]
    if not all(figure_or_mark(word) for words in cells for word in words):
        return None
    return readings_with_figures_put_in(cells, start, {column: top[column] + bottom[column] for column in top}, width,
                                        sums_hold) or None


def readings_with_figures_put_in(cells: list[list[str]], start: int, figures: dict[int, str], width: int,
                                 sums_hold: Callable[[Reading], bool]) -> list[Reading]:
    """The readings of a row's pipe cells' words (`cells`, the first of them pipe cell `start`) with each joined
    wrapped figure of `figures` ({pipe cell: figure}) put before, between or after the words of its pipe cell (two
    narrow columns may share one, and which stands left is not known), that keep the row's sums (`_readings_kept`)."""
    columns = sorted(figures)
    tries = []
    for places in product(*(range(len(cells[column - start]) + 1) for column in columns)):
        joined = [list(words) for words in cells]
        for column, place in zip(columns, places):
            joined[column - start].insert(place, figures[column])
        tries.append([word for words in joined for word in words])
    return _readings_kept(tries, width, sums_hold)


def readings_with_pieces_below_in_shared_cells(row, below, width: int, sums_hold: Callable[[Reading], bool],
                                               label_less: bool = False) -> list[Reading] | None:
    """LibreOffice's PDF of a DOCX table, read by markitdown: the table's narrow columns, which pdfplumber's grid sets
    two to a pipe cell (`| １ 无 |`), and a full-width figure too wide for its column wrapped a piece a line in it.
    LibreOffice sets a cell's text from the cell's top, so the figure's first piece stands on the row's line and its
    rest on the line below, which markitdown writes as a pipe row of pieces alone (`| ０ |`, `_pieces`). A piece
    there joins the end of a full-width figure of its pipe cell (a blank mark, `无`, is no figure's first piece;
    each such figure tried). The readings, as printed and so joined, of pipe row `row` (one word a column, `width`)
    that keep its sums (`sums_hold`); None where `below` is no such row of pieces right below it, or no piece stands
    in a pipe cell the row prints several words in (one column a cell: `readings_beside_its_figures`)."""
    pieces = _pieces(below) if below is not None and below.line == row.line + 1 else None
    start = _values_start(row, label_less) if row.piped else None
    if not pieces or start is None or len(below.cells) != len(row.cells) \
            or not any(column >= start and len(row.cells[column].text.split()) > 1 for column in pieces):
        return None
    words = [word for cell in row.cells[start:] for word in cell.text.split()]
    if len(words) != width:
        return None
    return _readings_kept([words, *_pieces_joined_to_their_figures(row, pieces, start)], width, sums_hold)


def _pieces_joined_to_their_figures(row, pieces: dict[int, str], start: int) -> list[list[str]]:
    """The row's words (from pipe cell `start`) with each piece below it (`pieces`, {pipe cell: piece}) joined to the
    end of a full-width figure of its pipe cell, each such figure tried; [] where a piece's cell holds none."""
    words = [cell.text.split() for cell in row.cells[start:]]
    columns = sorted(pieces)
    choices = [[at for at, word in enumerate(words[column - start]) if is_wide_digits(word)]
               if column >= start else [] for column in columns]
    if not all(choices):
        return []
    tries = []
    for chosen in product(*choices):
        joined = [list(own) for own in words]
        for column, at in zip(columns, chosen, strict=True):
            joined[column - start][at] += pieces[column]
        tries.append([word for own in joined for word in own])
    return tries


PIECE_BESIDE_ITS_FIGURE = ("a full-width figure with full-width digits alone on the line right above or below it, in "
                           "its column, that no row reads: a figure wrapped a piece a line (Chromium, read by "
                           "markitdown) whose other piece stands on the row's line; which figure is whole is not "
                           "known: read only where the column rules prove it")


FIGURES_BESIDE_ITS_EMPTY_CELLS = ("figures on a pipe row right above or below it that no row reads, in columns it "
                                  "leaves empty or beside a figure of its own they may go on: a tall row whose narrow "
                                  "cells Chromium centred on a line of their own (its wide figures wrapped round that "
                                  "line), or whose wrapped label split its cells over two lines, a figure broken over "
                                  "both, which markitdown writes as pipe rows of their own; which of those figures are "
                                  "its, and whole, is not known: read only where the column rules prove it")


def _read_by_no_row(line, read_lines: set[int]) -> bool:
    """Whether a neighbouring line (None: there is none) stands, and no found row reads it (`read_lines`)."""
    return line is not None and not any(cell.line in read_lines for cell in line.cells)


def readings_with_figures_beside_it(row, neighbours: Iterable, read_lines: set[int], width: int,
                                    sums_hold: Callable[[Reading], bool]) -> list[Reading] | None:
    """The readings pipe row `row` may have where the pipe row right above or below it (`neighbours`, None where there
    is none), of as many cells and read by no found row (`read_lines`), prints figures in its value cells, none
    elsewhere, one at least in a cell `row` leaves empty or beside digits of its own it may join (`_may_take`): where
    every such row joins a piece to its digits, as printed and with that row's figures taken in (a cell both print
    joined, the upper piece first), each kept where it keeps the row's sums (`sums_hold`; the column rules choose
    among them); [] where none is known (figures beside its empty cells alone may be another row's); None where it
    is read as printed. Chromium centres a tall row's short cells
    on its middle line and wraps its wide figures round it, so one row prints over three lines (`| 1.本机 | ２５ | … |
    ２５ |` / `|  | … | ０ | ０ | ５ | ２ |  |` / `| 关不掌握… | ０ | … | ７ |`: 250, 0, 0, 0, 5, 2, 257), and a row whose
    wrapped label splits its cells over two lines breaks a figure too wide for its narrow column over both
    (`| 二、上年结转政 | 1 |  |` / `|  | 1 | 2 |`: 11 and 2); its line alone, or with the figures beside it, may keep its
    sum (0 … 5, 2, 7) and still not be it."""
    if not row.piped or (start := first_value_column(row)) is None:
        return None
    # a label whose own cell is empty on the row's line (`| （三）不 |  | 4 | … |`, the label on the lines round it):
    # that cell is no value cell
    start = max(start, len(row.cells) - width)
    beside = []
    for above, other in zip((True, False), neighbours, strict=True):
        if not _read_by_no_row(other, read_lines) or not other.piped or len(other.cells) != len(row.cells):
            continue
        # (words beside them where the row's label stands, a heading's piece down the margin or a label's rest,
        # `| 予公开 | 确 | 2 |  | 1 |`, are no cell of figures)
        filled = {column for column, cell in enumerate(other.cells) if cell.text.strip()
                  and not (column < start and not looks_like_value(cell.text))}
        if filled and min(filled) >= start and all(looks_like_value(word) for column in filled
                                                   for word in other.cells[column].text.split()) \
                and any(_may_take(row.cells[column].text, other.cells[column].text, above) for column in filled):
            beside.append((above, other, any(row.cells[column].text.strip() and _may_take(
                row.cells[column].text, other.cells[column].text, above) for column in filled)))
    if not beside:
        return None
    if not all(joins for *_, joins in beside):
        return []  # figures beside its empty cells alone may be another row's, its own figures elsewhere
    if len(row.cells) - start != width or any(len(cell.text.split()) > 1 for line in (row, *(other for _, other, _ in beside))
                                              for cell in line.cells[start:]):
        return []  # not one pipe cell a column: which figure is whose is not known
    mine = [cell.text.strip() for cell in row.cells[start:]]
    tries = [mine]
    for above, other, _ in beside:
        theirs = [cell.text.strip() for cell in other.cells[start:]]
        tries.append([top + bottom for top, bottom in (zip(theirs, mine) if above else zip(mine, theirs))])
    return _readings_kept(tries, width, sums_hold)


def _may_take(mine: str, theirs: str, above: bool) -> bool:
    """Whether a row's pipe cell (`mine`) may take the figures the cell beside it prints (`theirs`, on the line above it
    where `above`): it prints nothing, or digits alone in their own cell that the other's piece may join (a blank mark,
    `无`, joins none, no digits follow a leading 0, `０` then `２` is no `０２`; in a cell two columns share, `2 无`,
    which word a piece joins is not known: asked of a row of its own cells only). Full-width pieces beside full-width
    digits are the readers' of full-width pieces above (`readings_beside_its_figures`, `pieces_in_shared_cells`)."""
    if not mine.strip():
        return True
    words = mine.split()
    return len(words) == 1 and clean_cell_text(words[0]).isdigit() and not _opens_on_zero(theirs if above else words[0]) \
        and not holds_wide_digits(mine + theirs)


def _only_zeros(text: str) -> bool:
    """Whether a pipe cell's words are all zeros (`０`, `0 ０`): no piece written after one of them makes a figure."""
    words = text.split()
    return bool(words) and all(word in ("0", "０") for word in words)


def prints_wide_digits(row) -> bool:
    """Whether a cell of the row holds a full-width digit: a row printing none holds no full-width figure, half of
    one or piece (most rows: their figures ASCII)."""
    return holds_wide_digits("".join([cell.text for cell in row.cells]))


def pieces_beside_its_figures(row, neighbours: Iterable, read_lines: set[int], width: int,
                              sums_hold: Callable[[Reading], bool], label_less: bool = False) -> bool:
    """Whether pipe row `row` prints a full-width figure that may be half of one (`readings_beside_its_figures`)."""
    return readings_beside_its_figures(row, neighbours, read_lines, width, sums_hold, label_less) is not None


def readings_beside_its_figures(row, neighbours: Iterable, read_lines: set[int], width: int,
                                sums_hold: Callable[[Reading], bool], label_less: bool = False
                                ) -> list[Reading] | None:
    """The readings pipe row `row` may have where it prints a full-width figure that may be half of one (as printed,
    and with the pieces joined, each kept where it keeps the row's sums: the column rules choose among them; [] where
    none is known), None where it is read as printed: a line right above or below it
    (`neighbours`, None where there is none) that no found row reads (`read_lines`) holds full-width pieces alone,
    a pipe row of them (`_pieces`) with one in a column the row prints a full-width figure in, or one piece on a
    plain line (`lone_piece`, its column lost). Chromium wraps a figure too wide for its column between any two
    full-width digits and centres the cell's lines on the row's: where the row is taller than its label's one line
    (another cell wraps more), a wrapped figure's pieces may stand one on the row's line and one on the line beside
    it. Only a row of one word a column (`width`) is asked; the pieces are no piece of it where its words keep its sums
    (`sums_hold`) and no joining of the pieces to its figures does. `label_less`: a row without a label too (table
    4's)."""
    # a full-width digit in the row (most rows print none: asked first, one scan of its text), then a neighbouring
    # line that no found row reads (most tables: none)
    if not row.piped or not prints_wide_digits(row):
        return None
    unread = [(above, other) for above, other in zip((True, False), neighbours, strict=True)
              if _read_by_no_row(other, read_lines)]
    if not unread or (start := _values_start(row, label_less)) is None:
        return None
    wide = {column for column in range(start, len(row.cells))
            if any(is_wide_digits(word) for word in row.cells[column].text.split())}
    if not wide:
        return None
    words = [word for cell in row.cells[start:] for word in cell.text.split()]
    if len(words) != width:
        return None  # a sparse row: placed by its page's grid and the pieces round it elsewhere, not this class
    as_printed = _readings_kept([words], width, sums_hold)
    for above, other in unread:
        if lone_piece(other):
            piece = other.cells[0].text.strip()
            joined = readings_with_the_pieces(words, piece if above else None, None if above else piece, width,
                                              sums_hold)
        elif (pieces := _pieces(other)) and len(other.cells) == len(row.cells) and wide.intersection(pieces):
            if not above and all(_only_zeros(row.cells[column].text) for column in pieces):
                continue  # digits after a 0 make no figure (`０２`): the pieces below go on no figure of this row
            if any(len(row.cells[column].text.split()) > 1 for column in pieces):
                return []  # a pipe cell two columns share: which word the piece joins is not known
            cells = [(pieces[column] + cell.text.strip() if above else cell.text.strip() + pieces[column])
                     if column in pieces else cell.text for column, cell in enumerate(row.cells)]
            joined = _readings_kept([[word for text in cells[start:] for word in text.split()]], width, sums_hold)
        else:
            continue
        if joined or not as_printed:
            return [*as_printed, *(reading for reading in joined if reading not in as_printed)]
    return None
