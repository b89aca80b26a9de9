"""A block of poppler's lines holding a band of rows of a narrow-column table whose full-width figures may be
wrapped in pieces, in plain `pdftotext` of Chromium's PDFs (no -layout); column_blocks.py reads the bands.

Chromium may break a line between any two full-width digits (`１２３` is three ideographs to it), so a figure
wider than its column is printed over two or more lines of its cell (`１,０` / `８０` for 1,080), and the
row is as tall as its tallest cell, each cell centred in that height. Plain `pdftotext` writes a block of
neighbouring columns of a band of rows line by line, top to bottom, so a row's one-line cells stand between
the pieces of a wrapped figure beside them (`１,０` / `０` / `８０`: 1,080 then 0). What the page proves:

- **order**: a row's lines never mix with the next row's (each row's cells stand within its own height);
  within a row, a cell of n lines where the tallest holds m starts (m - n) / 2 lines down, and the lines
  come top to bottom, left to right where two stand at one height (poppler sorts a block's lines so);
  words that poppler set on one line stand at one height;
- **pieces**: only full-width figures wrap (a figure of ASCII digits is one word to Chromium), a break
  falls between two digits or after a separator, never before one, so no piece opens on a separator, and
  no figure opens on a 0 but 0 itself; the pieces of one figure make a count as printed (`１,０８０`, the
  thousands grouped by threes or not at all);
- **width**: all lines of one column share its width: every line of it fits, and each piece but a
  figure's last is the longest that fits (Chromium fills a line before it breaks), so the width is less
  than that piece and the next digit or group: the pieces of every figure of a column must admit one width.
  Widths are counted in thirds of a full-width digit (an ASCII `,` one third, `，` a whole digit).

The same-height, same-line and width rules are checked; nothing else tells the pieces apart, so every
reading they allow is returned (the caller keeps those that keep its sums). `block_readings` searches row
by row with bounded work (`work`, shared with the caller) and gives up (None) past `limit` readings.

A column written beside the labels wraps the same way, each cell and its label centred in the row, so a piece
may stand above the label's line (`１` / `（七）总计` / `２`: 12): `cells_beside_the_labels` reads every way the
pieces split into one cell a row, each cell's last piece at or below its own label's first line.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache
from itertools import pairwise, product

# lines a wrapped figure takes at most (a count of up to 7 digits in a column one digit wide is 7; a column
# narrower than two digits is no table's): 4 covers a column of two digits and counts under 10 million
MAX_PIECES = 4
# a count as printed, thousands grouped by threes or not at all, no leading zero
# readings of a table kept at most where its figures may be wrapped (column_blocks.band_readings' limit): a
# wrapped figure beside a one-line cell reads in either column (`１,０` / `０` / `８０`: 1,080 then 0, or 0 then
# 1,080) and only the column rules tell, so each such row doubles the readings the row sums keep
TABLES_KEPT = 4096
# bands tried at most over a table whose blocks may wrap (column_blocks.band_readings' work): each tiling of a
# band by its blocks' readings counts; the tables of the class seen need under 10,000, a table no reading
# explains may need millions (blocks of zeros group every way), so the search gives up well before
BANDS_TRIED = 30_000
_COUNT_RE = re.compile(r"(?:[1-9１-９][0-9０-９]{0,2}(?:[,，][0-9０-９]{3})+|[1-9１-９][0-9０-９]*|[0０])")
_PIECE_RE = re.compile(r"[０-９][０-９,，]*")

Cell = tuple[int, ...]  # a cell's words, as their positions in the block, in order
Reading = list[list[Cell]]  # a band's rows, each its columns' cells


class Spent(Exception):
    """The search went past its bound of work."""


def _width(text: str) -> int:
    """A text's width in thirds of a full-width digit."""
    return sum(1 if char == "," else 3 for char in text)


def is_piece(word: str) -> bool:
    """A word that may be a piece of a full-width figure wrapped in its column (`１,０`, `８０`): full-width
    digits, maybe with separators, not opening on one."""
    return bool(_PIECE_RE.fullmatch(word))


def is_count(text: str) -> bool:
    """A count as Chromium prints it (`１,０８０`, `1080`, `０`), whole."""
    return bool(_COUNT_RE.fullmatch(text))


def _bounds(pieces: Sequence[str]) -> tuple[int, int] | None:
    """The column widths (lo, hi], in thirds of a digit, that print a figure as `pieces`: each line fits
    (lo: less than the widest), and each piece but the last is the longest that fits, so the width is less
    than it and the next piece up to where a break may surely fall (between two digits, or the next piece's
    end: whether Chromium breaks after a separator is not assumed, so the bound is the weaker one). None
    where no width does, or a piece opens on a separator (no break falls before one)."""
    lo = max(map(_width, pieces)) - 1
    hi = 10**6
    for piece, after in pairwise(pieces):
        if after[0] in ",，":
            return None
        end = next((at for at in range(1, len(after)) if after[at - 1] not in ",，" and after[at] not in ",，"),
                   len(after))
        hi = min(hi, _width(piece + after[:end]) - 1)
    return (lo, hi) if lo < hi else None


def _row_orders(counts: Sequence[int]) -> list[tuple[int, int]]:
    """The (column, piece) of each line of a row whose cells take `counts` lines, in poppler's order: each
    cell centred in the row's height, lines top to bottom, left to right at one height."""
    tallest = max(counts)
    return sorted(((column, piece) for column, count in enumerate(counts) for piece in range(count)),
                  key=lambda item: (tallest - counts[item[0]] + 2 * item[1], item[0]))


@lru_cache(maxsize=16)
def _row_shapes(columns: int) -> tuple[tuple[tuple[int, ...], int, tuple[int, ...]], ...]:
    """Each way a row of `columns` cells may take lines (`block_readings`), in the order tried: (the lines
    each cell takes, their sum, the cells a first row may set at the block's end: the one-line cells left of
    a wrapped one). Worked out once per width, not once per row tried."""
    shapes = []
    for counts in product(range(1, MAX_PIECES + 1), repeat=columns):
        wrapped = [column for column, count in enumerate(counts) if count > 1]
        movable = tuple(column for column in range(columns) if counts[column] == 1 and wrapped and column < wrapped[-1])
        shapes.append((counts, sum(counts), movable))
    return tuple(shapes)


def block_readings(words: Sequence[str], lines: Sequence[int], rows: int, columns: int,
                   limit: int = 64, work: list[int] | None = None) -> list[Reading] | None:
    """Every reading of a block's `words` (in the order written; `lines`, each word's line in the text) as
    `rows` rows of `columns` cells, each cell a figure of one word or of pieces on lines of their own rows
    (see the module). In the block's first row, the one-line cells left of a wrapped one may stand at the
    block's end instead (poppler sets them apart: the block opens on the wrapped cell's first line above
    them). [] where none; None where more than `limit` (never a guess). `work` (a one-item list,
    decremented per row tried) bounds the search across calls: Spent is raised when it runs out."""
    work = work if work is not None else [200_000]
    n = len(words)
    if not rows * columns <= n <= rows * columns * MAX_PIECES:
        return []
    found: list[Reading] = []
    wrappable = [is_piece(word) for word in words]

    def row_cells(at: int, counts: Sequence[int], moved: Sequence[int], tail: int) -> list[list[int]] | None:
        # the row's cells from `at` in poppler's order (the `moved` columns' words from `tail`), or None where
        # the words cannot stand so: words of one line at one height, a wrapped cell's words pieces
        tallest = max(counts)
        cells: list[list[int]] = [[] for _ in counts]
        height: dict[int, int] = {}
        index = at
        for column, piece in _row_orders(counts):
            if column in moved:
                continue
            level = tallest - counts[column] + 2 * piece
            if height.setdefault(lines[index], level) != level or counts[column] > 1 and not wrappable[index]:
                return None
            cells[column].append(index)
            index += 1
        for offset, column in enumerate(moved):
            cells[column].append(tail + offset)
        return cells

    def widths_kept(cells: list[list[int]], widths: tuple[tuple[int, int], ...]) -> tuple[tuple[int, int], ...] | None:
        bounded = list(widths)
        for column, cell in enumerate(cells):
            pieces = [words[index] for index in cell]
            if not is_count("".join(pieces)):
                return None
            if len(pieces) == 1 and not wrappable[cell[0]]:
                continue  # an ASCII figure: one word whatever the width
            bounds = _bounds(pieces)
            if bounds is None:
                return None
            lo, hi = max(bounded[column][0], bounds[0]), min(bounded[column][1], bounds[1])
            if lo >= hi:
                return None
            bounded[column] = (lo, hi)
        return tuple(bounded)

    def rows_from(at: int, end: int, row: int, widths: tuple[tuple[int, int], ...], above: Reading) -> None:
        left = rows - row
        if left == 0:
            if at == end:
                found.append(list(above))
                if len(found) > limit:
                    raise _TooMany
            return
        if not left * columns <= end - at <= left * columns * MAX_PIECES:
            return
        # a row taking more lines than leave the rows below one line a cell fits nothing, moved cells or not
        room = end - at - (left - 1) * columns
        for counts, lines_taken, movable in _row_shapes(columns):
            if lines_taken > room:
                continue
            for moved in ((), movable) if row == 0 and movable else ((),):
                taken = lines_taken - len(moved)
                tail = end - len(moved)
                work[0] -= 1
                if work[0] < 0:
                    raise Spent
                if (at > 0 and lines[at] == lines[at - 1]) or (at + taken < n and lines[at + taken] == lines[at + taken - 1]):
                    continue  # a row's words share no line with another row's
                if moved and lines[tail] == lines[tail - 1]:
                    continue
                cells = row_cells(at, counts, moved, tail)
                bounded = widths_kept(cells, widths) if cells is not None else None
                if bounded is not None:
                    rows_from(at + taken, tail, row + 1, bounded, [*above, [tuple(cell) for cell in cells]])

    try:
        rows_from(0, n, 0, tuple((0, 10**6) for _ in range(columns)), [])
    except _TooMany:
        return None
    return found


class _TooMany(Exception):
    """More readings than the caller keeps."""


def options_of_blocks(words: Sequence[str], lines: Sequence[int], blocks: Sequence[Sequence[int]], columns: int,
                      limit: int = 64, work: list[int] | None = None,
                      memo: dict[tuple[tuple[int, ...], int], list[tuple[int, list[list[Cell]]]]] | None = None):
    """column_blocks.band_readings' `block_options` for blocks whose figures may be wrapped in pieces:
    `words` and `lines` are the table's figure words and their lines, `blocks` each block's words (their
    positions in `words`). A block reads as a band of k rows and w columns in each way `block_readings`
    allows, each cell the positions of its words (a tuple); a block of more readings than `limit` gives
    up the whole search (Spent), never a guess. `memo` (each block's readings by its words' positions) may be
    shared by calls over the same words whose blocks stand in other orders."""
    work = work if work is not None else [200_000]
    known = memo if memo is not None else {}

    def options(block: int, count: int) -> list[tuple[int, list[list[Cell]]]]:
        mine = tuple(blocks[block])
        found = known.get((mine, count))
        if found is None:
            found = []
            for width in range(1, columns + 1):
                readings = block_readings([words[at] for at in mine], [lines[at] for at in mine], count, width,
                                          limit, work)
                if readings is None:
                    raise Spent
                found += [(width, [[tuple(mine[at] for at in cell) for cell in row] for row in reading])
                          for reading in readings]
            known[mine, count] = found
        return found
    return options


def cells_beside_the_labels(words: Sequence[str], lines: Sequence[int], gaps: Sequence[int],
                            limit: int = 64, work: list[int] | None = None) -> list[list[Cell]] | None:
    """Every reading of one column written beside the table's labels, a cell a row, whose full-width figures
    may be wrapped in pieces (`１` / `（七）总计` / `２` for 12): `words` the column's words in the order
    written, `lines` each word's line, `gaps` how many of them stand from each row's label (its first line)
    to the next row's. A row's cell and its label are each centred in the row's height, so the cell's last
    line never stands above the label's first (its last piece is in its own gap) and the whole cell above
    the next row's label: each row's cell is the words after the row before's, up to some word of its own
    gap. A cell of several words is pieces on lines one after another's (a label's line may stand between),
    whose joined text is a count as printed; the column's cells admit one width (the module's width rule).
    A row whose gap holds no word (its label printing nothing after it, in a column that prints every row's
    cell) has its cell end on the last word of the gap before, which must hold a word to spare: poppler joins
    a margin heading's line to the label beside it (`（三）不 4.保护第三方合法权益`) and, that line opening left of
    the labels, sets it after the figure at its height (r43 000130). [] where none; None where more than
    `limit` (never a guess). `work` (a one-item list, decremented per cell tried) bounds the search: Spent is
    raised when it runs out."""
    work = work if work is not None else [10_000]
    if len(words) != sum(gaps) or len(words) != len(lines) or not gaps[0] or any(
            not gap and before < 2 for before, gap in pairwise(gaps)):  # a gap with no word: the one before spares one
        return []
    ends = [sum(gaps[:row + 1]) for row in range(len(gaps))]
    found: list[list[Cell]] = []

    def cell_widths(cell: Cell, widths: tuple[int, int]) -> tuple[int, int] | None:
        pieces = [words[at] for at in cell]
        if not is_count("".join(pieces)) or len(cell) > MAX_PIECES:
            return None
        if len(cell) > 1 and not (all(map(is_piece, pieces)) and all(lines[a] < lines[b] for a, b in pairwise(cell))):
            return None
        if not is_piece(pieces[0]):
            return widths  # an ASCII figure: one word whatever the width
        bounds = _bounds(pieces) if len(cell) > 1 else (_width(pieces[0]) - 1, 10**6)
        if bounds is None:
            return None
        lo, hi = max(widths[0], bounds[0]), min(widths[1], bounds[1])
        return (lo, hi) if lo < hi else None

    def cells_from(at: int, row: int, widths: tuple[int, int], above: list[Cell]) -> None:
        if row == len(gaps):
            if at < len(words):
                return  # every word a piece of some row's cell
            found.append(list(above))
            if len(found) > limit:
                raise _TooMany
            return
        # the cell ends in its own gap, or (a gap with no word: its label set after it) on the gap before's last word
        for end in range(max(at, ends[row] - gaps[row]) + 1, ends[row] + 1) if gaps[row] else \
                range(ends[row], ends[row] + 1) if at < ends[row] else ():
            work[0] -= 1
            if work[0] < 0:
                raise Spent
            cell = tuple(range(at, end))
            bounded = cell_widths(cell, widths)
            if bounded is not None:
                cells_from(end, row + 1, bounded, [*above, cell])

    try:
        cells_from(0, 0, (0, 10**6), [])
    except _TooMany:
        return None
    return found
