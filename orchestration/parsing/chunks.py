"""Tables written column by column in chunks of rows: the reading order of `pdftotext` without
`-layout` (its default, and what most crawlers and pdfminer-style tools give).

Such text holds a table's labels first, then its figures: for the first k rows, the k figures of the
first column, then the k of the second, …, then those of the last column; then the next chunk of rows,
of its own size. Chunk sizes vary by page and by the PDF's producer. A variant writes the first column
(or the first two, on some pages) beside the labels, row by row, and only the other columns in chunks.
Chromium's PDFs may have a chunk's columns written out of order (a column after the totals, a total
before the last part): where no chunking explains the figures in order, such a chunk is read with the
column that is every row's total as its totals, its parts in no column (`_loose_totals`).

Nothing in the text says where a chunk ends, so the template's arithmetic decides: a chunk is possible
only if every row of it keeps its rule (table 3: the total is the sum of the applicants). The chunkings
are searched as paths through row positions — a chunk of k rows from row r leads to row r + k — so
the search tries at most rows² chunks, never every split. A cell is read when every complete chunking
gives it the same figure; otherwise it is unknown, unless table 3's column rules leave one chunking
(`Chunkings.readings` and `Chunkings.keeping`, used by application_columns.py): its cells are then recovered.

Where the text's lines are known (`column_chunkings`' `lines`), a chunking must fit them (`_joined`): two
figures on one line are of one row (poppler writes a block of neighbouring columns a row a line, or a
figure a line where the gap is wide), and a chunk's block stands on lines one after the other (an empty
line ends a flow of blocks, never a block, but for a block of cells each a flow of its own, row by row:
`_a_block_broken`). Where they show either, chunkings with blocks of two columns (or of such cells, any
width) are weighed with one column a block, not only where one column a block explains nothing.

A cell is *proved* when every possible chunking puts each figure of its row in the same place, and the
chunks it rests on hold a figure other than zero: rows of zeros keep any rule in any order, so a
chunking that rests on them alone proves nothing (its cells are recovered, never evidence that a rule
passes).

Where a table ends, `pdftotext` may also set the next section's heading before the table's last
figures (`figures_past_the_heading`).

Chromium's PDF may wrap a wide figure a piece a line in a narrow column (wrapped_digits.py), and the
total column's cell then starts above its row: poppler writes that column for the first rows as one
block before the others, the first rows whole, then the other rows in chunks (`totals_first_readings`:
every grouping of the pieces and every such order tried, within bounds, each row's readings gathered).

A full table of Chromium's PDF whose one or two blank cells print nothing is one or two figures short
(`unprinted_blank_readings`): the blanks are searched in every slot of the text's order, each row's
readings gathered over the complete chunkings that keep every row's rule, as above; a cell is read where
all of them read it alike, and a cell that printed nothing is never read (blank, or a 0 the text lost).
A row the HTML wrote short (its last cells, its total among them, never drawn) is tried in each row too,
its chunk's blocks of those columns closed up over the gap or split at it (poppler ends a block where a
cell draws nothing; split so, its own sum is not asked); more blanks than two are searched in that shape only.
The text's last blocks are read as chunks' total columns set after all the others too (poppler may set a
chunk's total column at the page's edge last, as column_blocks.py's `totals_put_back` reads), those readings
gathered with the order written's: a cell the two orders read apart is unknown, never chosen.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from decimal import Decimal
from functools import lru_cache
from itertools import chain, combinations, permutations, product
from typing import NamedTuple

from ..core import labels as L
from .wrapped_digits import Word, groupings, is_piece

Reading = tuple[Decimal | None, ...]  # a row's figures; None is a blank


@dataclass(frozen=True, slots=True)
class Placed:
    index: int  # the figure's position in the sequence read
    proved: bool  # every chunking puts its row's figures in the same places, on chunks not all zero


@dataclass(frozen=True, slots=True)
class _Chunk:
    lead: int  # columns written row by row beside the labels (0, 1 or 2) before the chunks
    start: int  # its first row
    size: int  # its rows
    blocks: tuple[int, ...] = ()  # the widths of its blocks of columns, left to right (none: one column each)
    taken: int = 0  # figures of the last column written after the table that the chunks before it took
    last_at: int = -1  # where its last column's figures stand among them, in the sequence (-1: in the chunk)
    total_at: int = -1  # a chunk whose columns are written out of order: which of them is its total column

    @property
    def loose(self) -> bool:
        """A chunk whose columns keep its rows' rule only in another order (`_loose_totals`)."""
        return self.total_at >= 0

    def first(self, rows: int, width: int) -> int:
        """Where its first figure stands in the sequence (those of the columns beside the labels first)."""
        return self.lead * rows + self.start * (width - self.lead) - self.taken

    def row_indices(self, rows: int, width: int, row: int) -> tuple[int, ...]:
        """Where the figures of `row` stand in the sequence, column by column, in this chunking."""
        first = self.first(rows, width)
        if self.loose:  # its other columns in the order written, then its total column
            at = row - self.start
            return _beside(row, self.lead) + tuple(first + column * self.size + at for column in range(width - self.lead)
                                              if column != self.total_at) + (first + self.total_at * self.size + at,)
        if self.last_at < 0:
            return _beside(row, self.lead) + tuple(first + offset for offset in
                                                   _offsets(width, self.lead, self.size, self.blocks)[row - self.start])
        return _beside(row, self.lead) + tuple(first + offset for offset in _offsets(
            width - 1, self.lead, self.size, self.blocks)[row - self.start]) + (self.last_at + row - self.start,)


def _beside(row: int, lead: int) -> tuple[int, ...]:
    """Where the figures a row writes beside its label stand in the sequence (every row's, row by row,
    before the chunks)."""
    return tuple(range(row * lead, (row + 1) * lead))


@lru_cache(maxsize=4096)
def _offsets(width: int, lead: int, size: int, blocks: tuple[int, ...]) -> tuple[tuple[int, ...], ...]:
    """For each row of a chunk, where the figures of its chunked columns stand from the chunk's first
    figure: a block of columns is written row by row, its rows one after the other, before the next
    block (no blocks: one column a block). Asked of every chunk tried: worked out once per shape."""
    offsets = [[] for _ in range(size)]
    at = 0
    for block in blocks or (1,) * (width - lead):
        for row in range(size):
            offsets[row] += range(at + row * block, at + (row + 1) * block)
        at += size * block
    return tuple(map(tuple, offsets))


@lru_cache(maxsize=4096)
def _rows_of_offsets(width: int, lead: int, size: int, blocks: tuple[int, ...]) -> tuple[int, ...]:
    """`_offsets` turned round: for each place from a chunk's first figure, the row (counted from the
    chunk's first) whose figure stands there (its offsets are every place up to the last, each once)."""
    offsets = _offsets(width, lead, size, blocks)
    rows_of = [0] * sum(map(len, offsets))
    for row, places in enumerate(offsets):
        for offset in places:
            rows_of[offset] = row
    return tuple(rows_of)


def _pairs_within_its_rows(chunk: _Chunk, rows: int, width: int, first: int, pairs: list[int]) -> bool:
    """Whether every two figures on one line (`pairs`: the first's place in the sequence, ascending) that the
    chunk holds, or holds one of, are of one of its rows (`first`: `chunk.first`). Asked of every chunk tried
    (tens of thousands in a wide table's search): the pairs it touches are cut out of `pairs` by bisection and
    each figure's row is worked out from where it stands, no map of the chunk's places built. A place two of
    its spans hold is the later row's, as `row_indices` row by row would leave it."""
    lead, start, size, last_at = chunk.lead, chunk.start, chunk.size, chunk.last_at
    spans = [(start * lead, (start + size) * lead), (first, first + size * (width - lead - (last_at >= 0)))]
    if last_at >= 0:
        spans.append((last_at, last_at + size))
    touching = [pairs[bisect_left(pairs, low - 1) : bisect_left(pairs, high)] for low, high in spans if low < high]
    if not any(touching):
        return True
    if chunk.loose:  # its columns out of order: its places row by row (few chunks, only where no other holds)
        row_of = {index: row for row in range(start, start + size) for index in chunk.row_indices(rows, width, row)}
        return all(at in row_of and at + 1 in row_of and row_of[at] == row_of[at + 1] for ats in touching for at in ats)
    rows_of = _rows_of_offsets(width - (last_at >= 0), lead, size, chunk.blocks)
    beside_from, beside_end, chunked = start * lead, (start + size) * lead, len(rows_of)
    last_end = last_at + size if last_at >= 0 else -1  # (no place is below 0)
    for ats in touching:
        for at in ats:
            row = -1  # the row of figure `at`, then of `at` + 1 (-1: none of the chunk's)
            for place in (at, at + 1):
                its = place // lead if beside_from <= place < beside_end else -1
                if 0 <= place - first < chunked and start + rows_of[place - first] > its:
                    its = start + rows_of[place - first]
                if last_at <= place < last_end and start + place - last_at > its:
                    its = start + place - last_at
                if its < 0 or (place > at and its != row):
                    return False
                row = its
    return True


@lru_cache(maxsize=64)
def _blockings_upto(columns: int, widest: int) -> tuple[tuple[int, ...], ...]:
    """`_blockings` whose blocks are at most `widest` columns wide (0: any); one column a block first."""
    return tuple(sorted((blocks for blocks in _blockings(columns) if not widest or max(blocks, default=0) <= widest),
                        key=lambda blocks: -len(blocks)))


@lru_cache(maxsize=64)
def _blockings(columns: int) -> tuple[tuple[int, ...], ...]:
    """Every way to cut `columns` side by side into blocks of neighbours (their widths, left to right)."""
    if columns <= 1:
        return ((columns,),) if columns else ((),)
    return tuple((first, *rest) for first in range(1, columns + 1) for rest in _blockings(columns - first)
                 if first == columns or rest)


def place_in_column_chunks(figures: Sequence[Decimal | None], rows: int, width: int,
                           row_holds: Callable[[Reading], bool], pages: Sequence[int] = (), last_apart: int = 0
                           ) -> list[list[Placed | None]] | None:
    """Each (row, column) of a table of `rows` × `width` cells written in column chunks: the figure
    placed there (or None: the chunkings that keep every row's rule disagree on it). None when the
    sequence is not of this order: not rows × width figures, or no chunking keeps every row's rule.

    `pages`: rows where the text may open a part of its own (a new page: that row's label stands after
    exactly the figures of the rows before it). Each part is read on its own, its own chunks and its own
    choice of the first column beside the labels; if a part cannot be read so, the table is read whole.

    `last_apart`: the sequence's last figures, that many, were written after the table's text (past the
    next section's heading): they are the last column of some chunks, in the chunks' order, those
    chunks' other columns standing in the sequence as usual (`pdftotext` may take the total column of
    a page's rows as a text block of its own, set after the others). Every complete chunking counts."""
    found = column_chunkings(figures, rows, width, row_holds, pages, last_apart)
    return None if found is None else found.placed()


@dataclass(frozen=True, slots=True)
class Chunkings:
    """The complete chunkings of a table (`column_chunkings`): per part (its first row, its rows, the
    figures apart it ends on), the chunks of those chunkings that hold each of its rows."""
    figures: Sequence[Decimal | None]
    width: int
    parts: tuple[tuple[int, int, int, tuple[tuple[_Chunk, ...], ...]], ...]
    leads: tuple[int, ...]  # the leads searched (`column_chunkings`)

    def placed(self) -> list[list[Placed | None]]:
        placed: list[list[Placed | None]] = []
        for start, rows, _apart, covering in self.parts:
            part = _placed(self.figures[start * self.width:], rows, self.width, covering)
            placed += [[None if p is None else Placed(p.index + start * self.width, p.proved) for p in cells]
                       for cells in part]
        return placed

    def placed_as(self, wanted: Sequence[Reading]) -> list[list[Placed | None]]:
        """`placed`, with the parts of a row written out of order (every chunk holding it loose, on the
        same figures) placed as `wanted` reads that row: each part at a figure of its value among the
        row's, never proved (the column rules chose the order). Use on the chunkings `keeping(wanted)`
        gives, where every reading of such a row is `wanted`'s in some order."""
        placed = self.placed()
        for start, rows, _apart, covering in self.parts:
            part = self.figures[start * self.width:]
            for row, chunks in enumerate(covering):
                cells = placed[start + row]
                # its chunks may take a different figure as the total where two are equal: the same figures
                shapes = {tuple(sorted((part[i] for i in chunk.row_indices(rows, self.width, row)[chunk.lead:-1]),
                                       key=str)) for chunk in chunks}
                if None not in cells or not all(chunk.loose for chunk in chunks) or len(shapes) != 1:
                    continue
                lead = chunks[0].lead
                free = list(chunks[0].row_indices(rows, self.width, row)[lead:-1])
                for column in range(lead, self.width - 1):
                    at = next((i for i in free if part[i] == wanted[start + row][column]), None)
                    if at is None:
                        break
                    free.remove(at)
                    cells[column] = Placed(at + start * self.width, False)
        return placed

    def readings(self) -> list[list[Reading]]:
        """Each row's readings (its figures as some complete chunking places them), each distinct one
        once, in the order found: what the table's column rules may choose among where chunkings
        disagree (`recovery.settle_table`)."""
        readings: list[list[Reading]] = []
        for start, rows, _apart, covering in self.parts:
            for row, chunks in enumerate(covering):
                readings.append(list(dict.fromkeys(reading for chunk in chunks
                                                   for reading in self._readings(start, rows, row, chunk))))
        return readings

    def keeping(self, wanted: Sequence[Reading]) -> Chunkings | None:
        """The complete chunkings among these whose every row reads `wanted[row]`: a walk over the
        chunks already found (no new search); None when none is left."""
        parts = []
        for start, rows, apart, covering in self.parts:
            chunks = {chunk for chunk in {chunk for held in covering for chunk in held}  # each chunk once
                      if all(wanted[start + r] in self._readings(start, rows, r, chunk)
                             for r in range(chunk.start, chunk.start + chunk.size))}
            kept = _on_complete_paths(chunks, rows, apart, self.leads)
            narrowed = tuple(tuple(chunk for chunk in held if chunk in kept) for held in covering)
            if not all(narrowed):
                return None
            parts.append((start, rows, apart, narrowed))
        return Chunkings(self.figures, self.width, tuple(parts), self.leads)

    def _readings(self, start: int, rows: int, row: int, chunk: _Chunk) -> tuple[Reading, ...]:
        """The row's readings in `chunk`: one, or for a chunk written out of order every order of its
        parts (which columns they stand in the text does not say), its total last."""
        at, figures = start * self.width, self.figures  # asked of every chunk's rows: no copy of the figures
        reading = tuple(figures[at + i] for i in chunk.row_indices(rows, self.width, row))
        if not chunk.loose:
            return (reading,)
        return tuple(sorted({(*reading[:chunk.lead], *order, reading[-1])
                             for order in permutations(reading[chunk.lead:-1])}, key=str))


def _on_complete_paths(chunks: set[_Chunk], rows: int, apart: int, leads: tuple[int, ...]) -> set[_Chunk]:
    """The chunks among `chunks` that lie on a path from row 0 to the last row (each lead on its own:
    a chunking writes the first column beside the labels or not, throughout)."""
    def ends(chunk: _Chunk) -> tuple[int, int, int]:
        return chunk.lead, chunk.start + chunk.size, chunk.taken + (chunk.size if chunk.last_at >= 0 else 0)

    reached = {(lead, 0, 0) for lead in leads}
    for chunk in sorted(chunks, key=lambda c: (c.start, c.taken)):
        if (chunk.lead, chunk.start, chunk.taken) in reached:
            reached.add(ends(chunk))
    completes = {(lead, rows, apart) for lead in leads}
    kept = set()
    for chunk in sorted(chunks, key=lambda c: (c.start, c.taken), reverse=True):
        if ends(chunk) in completes and (chunk.lead, chunk.start, chunk.taken) in reached:
            completes.add((chunk.lead, chunk.start, chunk.taken))
            kept.add(chunk)
    return kept


# how many columns a text may write beside each label before the chunks (`column_chunkings`' `leads`):
# none or one; up to two where the text shows two figures by most labels
LEADS = (0, 1)
LEADS_TWO_BESIDE = (0, 1, 2)


def column_chunkings(figures: Sequence[Decimal | None], rows: int, width: int, row_holds: Callable[[Reading], bool],
                     pages: Sequence[int] = (), last_apart: int = 0, budget: list[int] | None = None,
                     leads: tuple[int, ...] = LEADS, gave_up: list[bool] | None = None,
                     lines: Sequence[int] | None = None) -> Chunkings | None:
    """The complete chunkings of the table that keep every row's rule, as `place_in_column_chunks`
    searches them (its `pages` and `last_apart`); None when there is none. `budget`: with figures
    apart, the rows the search may read, shared by the searches given the same list (each read takes
    one off); spent, the search gives up (None). `leads`: how many columns each row may write beside its
    label, every row alike (two where the text shows two figures by most labels). `gave_up`: set when a
    search with figures apart stopped short (None then, but not because no chunking keeps the rows).
    `lines`: each figure's line in the text, where known: a chunking must fit them (`_joined`: two figures on
    one line are of one row, a chunk's block stands on lines one after the other)."""
    if rows < 1 or width < 2 or len(figures) != rows * width:
        return None
    joined = _joined(lines, figures)
    # where the text's lines say where blocks are (two figures on one line, or an empty line between two), the
    # chunkings with blocks of two neighbouring columns that fit them are weighed with one column a block
    # (`_covering`). Where they say nothing (not known, or every figure on the line after the last), such
    # chunkings are tried only where one column a block explains nothing: weighed, nothing would refuse them
    # and most cells would be unknown
    widest = 2 if any(pair is not False for pair in joined) else 1
    if last_apart:  # at most one figure a row: each row's last column
        # `pages`: the rows before the last page's first are a part of their own, read in order; the figures
        # apart end the last part (they follow all the others)
        first = max((row for row in pages if 0 < row < rows), default=0)
        if last_apart > rows - first:
            return None
        before = _parts_in_order(figures, width, row_holds, sorted({0, *(row for row in pages if 0 < row < first)}),
                                 first, leads, joined, widest) if first else ()
        if before is None:
            return None
        # one bound for the whole search, every lead and blocking pass alike (`_ROWS_READ_IN_ALL`); a
        # search that gives up anywhere places nothing: the chunkings it left unread may disagree
        stopped: list[bool] = []
        covering = _covering(figures[first * width:], rows - first, width, row_holds, last_apart,
                             budget if budget is not None else [_ROWS_READ_IN_ALL], leads, gave_up=stopped,
                             cap=_ROWS_READ_IN_ALL, joined=joined[first * width:], widest=widest)
        if stopped and gave_up is not None:
            gave_up.append(True)
        return None if covering is None or stopped else \
            Chunkings(figures, width, (*before, (first, rows - first, last_apart, covering)), leads)
    starts = sorted({0, *(row for row in pages if 0 < row < rows)})
    if len(starts) > 1 and (parts := _parts_in_order(figures, width, row_holds, starts, rows, leads, joined,
                                                      widest)) is not None:
        return Chunkings(figures, width, parts, leads)
    covering = _covering(figures, rows, width, row_holds, leads=leads, joined=joined, widest=widest)
    return None if covering is None else Chunkings(figures, width, ((0, rows, 0, covering),), leads)


def _parts_in_order(figures: Sequence[Decimal | None], width: int, row_holds: Callable[[Reading], bool],
                    starts: Sequence[int], rows: int, leads: tuple[int, ...], joined: Sequence[bool | None],
                    widest: int) -> tuple[tuple[int, int, int, tuple[tuple[_Chunk, ...], ...]], ...] | None:
    """The rows up to `rows` read as parts of their own, one from each of `starts` (pages), each in the order
    written (`column_chunkings`' parts); None where a part has no chunking."""
    parts = []
    for start, end in zip(starts, [*starts[1:], rows]):
        covering = _covering(figures[start * width : end * width], end - start, width, row_holds, leads=leads,
                             joined=joined[start * width : end * width - 1], widest=widest)
        if covering is None:
            return None
        parts.append((start, end - start, 0, covering))
    return tuple(parts)


def _covering(figures: Sequence[Decimal | None], rows: int, width: int, row_holds: Callable[[Reading], bool],
              last_apart: int = 0, budget: list[int] | None = None, leads: tuple[int, ...] = LEADS,
              apart_first: int = 0, gave_up: list[bool] | None = None, cap: int = 0,
              joined: Sequence[bool | None] = (), widest: int = 1, asked: _ChunksAsked | None = None
              ) -> tuple[tuple[_Chunk, ...], ...] | None:
    """For each row, the chunks of the complete chunkings that hold it; None when a row has none, or
    when a search gave up (`gave_up` set, where given). `apart_first`: rows from the first whose chunks
    take figures apart; `cap`: the rows each search with figures apart may read (`_possible_chunks`).
    `joined`: how each two figures stand on the text's lines (`_joined`), which every chunk must fit.
    `widest`: the widest blocks of neighbouring columns weighed in the first pass. `asked`: the chunks asked
    by other searches of figures of the same table (`_ChunksAsked`)."""
    # first, one column a block and blocks up to `widest` columns together: poppler may set two narrow
    # neighbours as one block, and where one column a block explains every row such a chunking may too
    # and read a cell otherwise, so each that fits (the text's lines, the rows' sums) is one more chunking
    # the cells must agree on (1: one column a block alone, where the lines are not known and so prune
    # nothing). Blocks of any width only where those explain nothing; chunks of one row written out of
    # order only where no blocking does (`_loose_totals`)
    # the passes try the same chunks again (blocks of any width hold those of one column): each asked once
    asked = asked if asked is not None else _ChunksAsked()
    cells_apart_run = _cells_apart_run(joined)
    for blocks, loose in ((widest, False), (0, False), (0, True)):
        if loose and last_apart:
            break
        # each chunk's rows' rule as asked, for a second search (cells apart) not to ask again
        held: dict[_Chunk, bool] | None = {} if cells_apart_run else None
        covering = _covering_of(figures, rows, width, row_holds, blocks, loose, last_apart, budget, leads,
                                apart_first, gave_up, cap, joined, held=held, asked=asked)
        if covering is not None and blocks > 1 and cells_apart_run:
            # where the lines show blocks, a block of cells each a flow of its own (`_a_block_broken`) may read
            # the rows otherwise: weighed too, never the only reading (they rival those found, read no more)
            covering = _covering_of(figures, rows, width, row_holds, blocks, loose, last_apart, budget, leads,
                                    apart_first, gave_up, cap, joined, cells_apart=True, held=held, asked=asked)
        elif covering is not None and loose and widest > 1 and cells_apart_run:
            # the chunks written out of order read where no blocking does; a band whose middle columns poppler
            # set as single cells, row by row, is such a blocking of cells apart, the first pass having found
            # no whole chunking to weigh it beside: it rivals them (rows of zeros and marks keep both)
            rival = _covering_of(figures, rows, width, row_holds, widest, loose, last_apart, budget, leads,
                                 apart_first, gave_up, cap, joined, cells_apart=True, held=held, asked=asked)
            if rival is not None:
                covering = tuple(tuple(dict.fromkeys((*mine, *theirs))) for mine, theirs in zip(covering, rival))
        if gave_up:
            return None
        if covering is not None:
            return covering
    return None


def _cells_apart_run(joined: Sequence[bool | None]) -> bool:
    """Whether some four figures in a row stand each on a line apart (`_joined`): the least a block of cells
    apart holds (two columns, two rows), so where none does, no such block can read the rows otherwise."""
    run = 0
    for together in joined:
        run = run + 1 if together is None else 0
        if run >= 3:
            return True
    return False


def _covering_of(figures: Sequence[Decimal | None], rows: int, width: int, row_holds: Callable[[Reading], bool],
                 blocks: int, loose: bool, last_apart: int, budget: list[int] | None, leads: tuple[int, ...],
                 apart_first: int, gave_up: list[bool] | None, cap: int, joined: Sequence[bool | None],
                 cells_apart: bool = False, held: dict[_Chunk, bool] | None = None,
                 asked: _ChunksAsked | None = None
                 ) -> tuple[tuple[_Chunk, ...], ...] | None:
    """`_covering`'s one pass: for each row, the chunks of its `blocks` (`_possible_chunks`) over every lead;
    None where a row has none. `held`, `asked`: each chunk's rows' rule as asked (`_possible_chunks`)."""
    covering: list[list[_Chunk]] = [[] for _ in range(rows)]
    for lead in leads:
        for chunk in _possible_chunks(figures, rows, width, lead, row_holds, blocks, last_apart, budget,
                                      loose, apart_first, gave_up, cap, joined, cells_apart, held, asked):
            for row in range(chunk.start, chunk.start + chunk.size):
                covering[row].append(chunk)
    return tuple(map(tuple, covering)) if all(covering) else None


def _placed(figures: Sequence[Decimal | None], rows: int, width: int,
            covering: Sequence[Sequence[_Chunk]]) -> list[list[Placed | None]]:
    placed: list[list[Placed | None]] = []
    for row, chunks in enumerate(covering):
        placings = {chunk.row_indices(rows, width, row) for chunk in chunks}  # each distinct placing once
        indices = [set(places) for places in zip(*placings)]
        # one place for each of its figures (chunkings may differ elsewhere), on chunks not all zero,
        # none of them written out of order
        loose = any(chunk.loose for chunk in chunks)
        proved = not loose and all(len(places) == 1 for places in indices) and \
            all(_not_all_zero(figures, rows, width, chunk) for chunk in set(chunks))
        # a chunk out of order places its parts in no column: a part is read only where all are alike
        lead = min(chunk.lead for chunk in chunks)
        alike = not loose or len({figures[i] for places in indices[lead:-1] for i in places}) == 1
        cells: list[Placed | None] = []
        for column, places in enumerate(indices):
            first = min(places)
            same = all(figures[i] == figures[first] for i in places)
            unplaced = not alike and lead <= column < width - 1
            cells.append(Placed(first, proved) if same and not unplaced else None)
        placed.append(cells)
    return placed


def _possible_chunks(figures: Sequence[Decimal | None], rows: int, width: int, lead: int,
                     row_holds: Callable[[Reading], bool], widest: int, last_apart: int = 0,
                     budget: list[int] | None = None, loose: bool = False, apart_first: int = 0,
                     gave_up: list[bool] | None = None, cap: int = 0, joined: Sequence[bool | None] = (),
                     cells_apart: bool = False, held_before: dict[_Chunk, bool] | None = None,
                     asked: _ChunksAsked | None = None) -> list[_Chunk]:
    """The chunks that lie on some complete chunking of the table (rows 0 … rows-1), every row of
    each keeping its rule: those reached from row 0 whose end reaches the last row. `widest`: a
    chunk's columns may be written in blocks of neighbours up to this many columns wide (0: any), each block
    row by row (`pdftotext` takes columns set close together as one block of text); 1: one column after the
    other. `joined`: how each two figures stand on the text's lines (`_joined`), which a chunk must fit. `last_apart`:
    the sequence's last figures, which some chunks take, in order, as their last column. A state of
    the search is (a row, the figures apart taken before it): at most rows × (last_apart + 1) of them.
    `budget`: rows to read shared with other searches (`column_chunkings`), taken off as they are read.
    `loose`: a chunk that keeps no rule in order may hold its columns out of order (`_loose_totals`).
    `apart_first`: the first figures apart are the last column of rows 0 … apart_first - 1 (their chunks
    take figures apart and end there, `totals_first_readings`). `gave_up`: set when the search stops
    short (more than `cap` rows read, `_ROWS_READ_WITH_FIGURES_APART` by default, or `budget` spent),
    so a caller can tell it from no chunking. `cells_apart`: a block wider than `widest` is tried too where its
    cells each stand apart (`_a_block_broken`). `held_before`: whether each chunk's rows keep their rule, as
    a search of the same figures asked (read and filled: a second search asks only new chunks). `asked`: the
    same by the figures each chunk reads, with the rows it read, for searches that would read them again
    (`_ChunksAsked`, read and filled)."""
    cap = cap or _ROWS_READ_WITH_FIGURES_APART
    rows_read = 0  # with figures apart: the rows whose rule was asked, bounded (below)
    charged = 0  # of them, those taken off `budget`

    # a chunk whose figures are all zeros (or all blanks) holds wherever a row of them does, in any blocking:
    # it is counted as one row read, none of its rows read (a table of zeros tries tens of thousands of such
    # chunks, which would spend any bound on rows that ask nothing)
    alike = [(value, [0]) for value in (Decimal(0), None) if row_holds((value,) * width)]
    for value, others in alike:  # how many figures before each place are not `value`
        for figure in figures:
            others.append(others[-1] + (figure is None or figure != value if value is not None else figure is not None))

    def all_alike(chunk: _Chunk) -> bool:
        at, columns = chunk.first(rows, width), width - lead - (chunk.last_at >= 0)
        spans = [(chunk.start * lead, (chunk.start + chunk.size) * lead), (at, at + chunk.size * columns)]
        if chunk.last_at >= 0:
            spans.append((chunk.last_at, chunk.last_at + chunk.size))
        return any(all(0 <= low <= high <= len(figures) and others[high] == others[low] for low, high in spans)
                   for _, others in alike)

    pairs = [at for at, together in enumerate(joined) if together is True]  # figures `at`, `at` + 1 on one line
    breaks_before = _breaks_before(joined)  # lines apart (an empty line between): how many before each figure
    breaks = breaks_before[-1] > 0
    cells_apart_past = widest if cells_apart else 0

    def fits_the_lines(chunk: _Chunk) -> bool:
        """Whether the chunk fits the text's lines (`_joined`): each of its blocks (chunks of two rows or more)
        on lines one after the other, and every two figures on one line it holds (or holds one of) of one
        of its rows."""
        first = chunk.first(rows, width)
        if breaks and chunk.size > 1:
            widths = (1,) * (width - lead) if chunk.loose else chunk.blocks
            if _a_block_broken(breaks_before, first, chunk.size, widths, cells_apart_past):
                return False
        return fits_the_pairs(chunk, first)

    def fits_the_pairs(chunk: _Chunk, first: int) -> bool:
        """Whether every two figures on one line the chunk holds (or holds one of) are of one of its rows."""
        return not pairs or _pairs_within_its_rows(chunk, rows, width, first, pairs)

    def chunk_holds(chunk: _Chunk) -> bool:  # asked of up to rows² × blockings × states chunks: the offsets inline
        nonlocal rows_read
        if chunk.last_at >= 0:
            readings: Iterator[Reading] = (tuple(figures[i] for i in chunk.row_indices(rows, width, row))
                                           for row in range(chunk.start, chunk.start + chunk.size))
        else:
            at = chunk.first(rows, width)
            readings = ((*figures[row * lead : (row + 1) * lead], *(figures[at + offset] for offset in offsets))
                        for row, offsets in enumerate(_offsets(width, lead, chunk.size, chunk.blocks), chunk.start))
        rows_read += 1
        # its first row asked before whether all its figures are alike: most chunks tried break their first
        # row's rule, and a chunk all alike never does (its first row is a row of that figure, which holds)
        if not row_holds(next(readings)):
            return False
        if alike and all_alike(chunk):
            return True
        for reading in readings:
            rows_read += 1
            if not row_holds(reading):
                return False
        return True

    apart_from = len(figures) - last_apart  # where the figures apart stand in the sequence
    reached: set[tuple[int, int]] = {(0, 0)}
    ending_at: dict[tuple[int, int], list[_Chunk]] = {}
    any_width = 0 if cells_apart and breaks else widest
    blockings = _blockings_upto(width - lead, any_width)
    apart_blockings = _blockings_upto(width - lead - 1, any_width) if last_apart and width - lead > 1 else ()
    cut_blockings = [(blocks, _cuts(blocks)) for blocks in blockings]
    cut_apart_blockings = [(blocks, _cuts(blocks)) for blocks in apart_blockings]

    def unbroken(cut_blockings: list[tuple[tuple[int, ...], int]], columns: int, first: int, size: int
                 ) -> list[tuple[int, ...]]:
        """The blockings of a chunk of `size` rows and `columns` columns from `first` whose blocks the lines
        break not (`_a_block_broken`): most are broken where the lines show blocks, so each is first asked
        only whether it cuts where the lines need (`_cuts_the_lines_need`), one test a blocking."""
        if not breaks or size == 1:  # a chunk of one row is written row by row however its columns are blocked
            return [blocks for blocks, _ in (cut_blockings if size > 1 else cut_blockings[-1:])]
        need = _cuts_the_lines_need(breaks_before, first, size, columns, cells_apart_past)
        if need is None:
            return []
        return [blocks for blocks, cuts in cut_blockings if cuts & need == need and not
                (cells_apart_past and _a_block_broken(breaks_before, first, size, blocks, cells_apart_past))]

    for start in range(rows):
        for taken in range(last_apart + 1):
            # a state whose rows left cannot take the figures apart left lies on no complete chunking
            if (start, taken) not in reached or rows - start < last_apart - taken:
                continue
            first = lead * rows + start * (width - lead) - taken  # every chunk's from this state (`_Chunk.first`)
            for size in range(1, (apart_first if start < apart_first else rows) - start + 1):
                # a blocking whose blocks the lines break is never made a chunk
                tried = [] if start < apart_first else \
                    [_Chunk(lead, start, size, blocks, taken)
                     for blocks in unbroken(cut_blockings, width - lead, first, size)]
                if taken + size <= last_apart:
                    tried += [_Chunk(lead, start, size, blocks, taken, apart_from + taken)
                              for blocks in unbroken(cut_apart_blockings, width - lead - 1, first, size)]
                if last_apart and rows_read > cap:
                    if gave_up is not None:
                        gave_up.append(True)
                    return []  # too many ways for the figures apart to fit: nothing placed, never a guess
                if budget is not None:
                    budget[0] -= rows_read - charged
                    charged = rows_read
                    if budget[0] < 0:
                        if gave_up is not None:
                            gave_up.append(True)
                        return []
                held = []
                # what this state's chunks of `size` rows read (in one blocking or another, a column set apart
                # or not): their figures beside the labels and in the sequence from `first` on
                span = None if asked is None or not tried else \
                    asked.span_of(lead, size, tuple(figures[start * lead : (start + size) * lead]),
                                  tuple(figures[first : first + size * (width - lead)]))
                for chunk in tried:
                    # a chunk of figures all alike reads the same in every blocking (its spans do not depend on
                    # it): the first of its kind stands for the others, which would only multiply the chunks
                    if alike and held and held[-1].last_at == chunk.last_at and all_alike(held[-1]):
                        continue
                    if not fits_the_pairs(chunk, first):
                        continue
                    holds = None if held_before is None else held_before.get(chunk)
                    if holds is None:
                        if asked is None:
                            holds = chunk_holds(chunk)
                        else:
                            what = (span, chunk.blocks,
                                    chunk.last_at >= 0 and tuple(figures[chunk.last_at : chunk.last_at + size]))
                            known = asked.answers.get(what)
                            if known is None:
                                read = rows_read
                                holds = chunk_holds(chunk)
                                asked.answers[what] = (holds, rows_read - read)
                            else:  # costs the rows it read: every bound gives up where it would have
                                holds, read = known
                                rows_read += read
                        if held_before is not None:
                            held_before[chunk] = holds
                    if holds:
                        held.append(chunk)
                if loose and not held:
                    held = [chunk for at in _loose_totals(
                            figures[start * lead : (start + size) * lead], figures[first : first + size * (width - lead)],
                            size, row_holds) if fits_the_lines(chunk := _Chunk(lead, start, size, (), taken, total_at=at))]
                for chunk in held:
                    end = (start + size, taken + (size if chunk.last_at >= 0 else 0))
                    reached.add(end)
                    ending_at.setdefault(end, []).append(chunk)
    if (rows, last_apart) not in reached:
        return []
    # back from the last row: the chunks whose end a complete chunking passes through
    completes = {(rows, last_apart)}
    kept = []
    for end in sorted(ending_at, reverse=True):
        if end in completes:
            for chunk in ending_at[end]:
                completes.add((chunk.start, chunk.taken))
                kept.append(chunk)
    return kept


class _ChunksAsked:
    """Whether chunks keep their rows' rule, and the rows each read to tell (`_possible_chunks`), by what they
    read: their lead, rows, blocking and the figures where they stand (the sequence from their first figure
    on, those beside the labels, those set apart). Searches of one table whose sequences differ only in places
    (another grouping of wrapped pieces or order of the figures set apart, `totals_first_readings`; another
    pass, `_covering`) try the same chunks of the same figures again: each is read once. For one rule and
    one width: a chunk's answer depends on nothing else."""

    __slots__ = ("answers", "spans")

    def __init__(self) -> None:
        self.spans: dict[tuple[object, ...], int] = {}  # what a state's chunks of some rows read, numbered
        self.answers: dict[tuple[object, ...], tuple[bool, int]] = {}

    def span_of(self, *read: object) -> int:
        """The number of what some chunks read, hashed once for all their blockings."""
        return self.spans.setdefault(read, len(self.spans))


# the search with figures set apart has rows × (figures apart + 1) states, each trying every chunk size
# and blocking: where the rows' sums prune little (rows of zeros and blanks) that is millions of rows
# to read. The texts measured read at most ~20,000; past this many the table is left unplaced (unknown)
_ROWS_READ_WITH_FIGURES_APART = 60_000
# `column_chunkings` with figures apart: one bound for all its searches (each lead, each blocking pass), where
# each had 60,000 of its own (up to 240,000 in all). A table of zeros whose total column of some chunks is set
# apart and whose last columns are written as a block (r31 000200) reads ~130,000 in its one search that
# fits, ~0.4 s of CPU; past this many in all the table is left unplaced (unknown)
_ROWS_READ_IN_ALL = 400_000


def _a_block_broken(breaks_before: Sequence[int], first: int, size: int, widths: Sequence[int],
                    cells_apart_past: int = 0) -> bool:
    """Whether a block of a chunk of `size` rows (its blocks `widths` columns wide, from `first` in the sequence)
    has an empty line or other text between two of its figures (`breaks_before`: `_breaks_before`).
    `cells_apart_past` (0: not so): a block of two columns or more whose every two figures stand apart is
    whole, and a block wider than this must be so: poppler set each of its cells as a flow of its own (a
    band of single cells), and writes such flows in reading order, row by row, as a block of those columns;
    only in a chunk with a block on lines one after the other, which shows its rows a band (else it is
    broken: the lines show no chunk of those rows). Asked of every blocking tried: two look-ups a block."""
    at = first
    run_on = False  # a block of the chunk on lines one after the other
    for block in widths:
        end = at + block * size
        inside = breaks_before[end - 1] - breaks_before[at]  # pairs of its figures lines apart
        if inside:
            if not (cells_apart_past and block > 1 and inside == end - 1 - at):
                return True
        elif 0 < cells_apart_past < block:
            return True
        else:
            run_on = True
        at = end
    return cells_apart_past > 0 and not run_on


def _cuts_the_lines_need(breaks_before: Sequence[int], first: int, size: int, columns: int,
                         cells_apart_past: int = 0) -> int | None:
    """The cuts between neighbouring columns (bit j: between columns j and j + 1, `_cuts`) that every blocking
    of a chunk of `size` rows (two or more) and `columns` columns from `first` whose blocks the lines break
    not (`_a_block_broken`) makes; None where no blocking is unbroken. A block on lines one after the other
    holds only columns on such lines with no pair lines apart between them; a block of cells apart (where
    `cells_apart_past`) only columns whose every two figures stand apart, with such a pair between each two:
    where two neighbours could stand in no one block, every unbroken blocking cuts between them. With no
    cells apart this is all `_a_block_broken` asks; with them, a blocking that makes these cuts may still be
    broken (a block too wide, cells apart alone in their block)."""
    apart_within = []  # each column: its every two figures lines apart (1), or none of them (0)
    for column in range(columns):
        at = first + column * size
        inside = breaks_before[at + size - 1] - breaks_before[at]
        if inside and not (cells_apart_past and inside == size - 1):
            return None
        apart_within.append(1 if inside else 0)
    if cells_apart_past and all(apart_within):
        return None  # no block on lines one after the other
    need = 0
    for column in range(columns - 1):
        last = first + (column + 1) * size - 1  # the column's last figure, beside the next's first
        apart = breaks_before[last + 1] - breaks_before[last]
        if apart_within[column] != apart_within[column + 1] or apart != apart_within[column]:
            need |= 1 << column
    return need


@lru_cache(maxsize=256)
def _cuts(blocks: tuple[int, ...]) -> int:
    """Where a blocking cuts between neighbouring columns: bit j set where a block ends at column j."""
    cuts, column = 0, 0
    for block in blocks[:-1]:
        column += block
        cuts |= 1 << (column - 1)
    return cuts


def _breaks_before(joined: Sequence[bool | None]) -> list[int]:
    """For each place in the sequence (0 … the figures), how many pairs of figures before it stand lines apart
    (`_joined`): a block's pairs apart are two look-ups (`_a_block_broken`)."""
    counts = [0]
    for together in joined:
        counts.append(counts[-1] + (together is None))
    return counts


def _joined(lines: Sequence[int] | None, figures: Sequence[Decimal | None]) -> list[bool | None]:
    """For each figure but the last, how it and the next stand in the text (`lines`: each figure's line;
    None: not known, every pair False): True on one line (both figures, not blank marks), None lines
    apart (an empty line or other text between them), False on lines one after the other.

    `pdftotext` without -layout writes a text block's lines one after the other, and an empty line
    between flows of blocks, never inside a block. A block of several neighbouring columns (poppler
    takes columns set close together as one) writes each row whole on one line, or, where the gap between
    two of its figures is wide, each figure on a line of its own, row after row (Chromium's PDF prints
    `28 0` where the left figure is wide, `0` / `8` where it is narrow). So two figures on one line are
    of one row, neighbours; a chunk's block (each column of a chunk, or its block of columns) stands on
    lines one after the other; two figures on lines of their own may be of one row or two
    (`_possible_chunks`' `fits_the_lines`)."""
    count = len(figures)
    if lines is None or len(lines) != count:
        return [False] * max(count - 1, 0)
    return [True if lines[at] == lines[at + 1] else None if lines[at + 1] > lines[at] + 1 else False
            for at in range(count - 1)]


def _loose_totals(leads: Sequence[Decimal | None], own: Sequence[Decimal | None], size: int,
                  row_holds: Callable[[Reading], bool]) -> list[int]:
    """Which column may be the total among a chunk's own columns (`own`: `size` figures a column, the
    `leads` beside its labels, row by row, if any) whose rows break their rule in the order written:
    each column but the last that, set last, keeps every row's rule. `pdftotext` may write a column of
    Chromium's PDF out of its place (a figure set after its neighbours' zeros, a total before the last
    part, a column after the totals): the figures are the rows', their columns' order is not, so the
    parts stand in no column (`_placed`) and the totals are recovered."""
    columns, lead = len(own) // size, len(leads) // size
    found = []
    for at in range(columns - 1):
        order = [*(c for c in range(columns) if c != at), at]
        if all(row_holds((*leads[row * lead : (row + 1) * lead], *(own[c * size + row] for c in order)))
               for row in range(size)):
            found.append(at)
    return found


def _not_all_zero(figures: Sequence[Decimal | None], rows: int, width: int, chunk: _Chunk) -> bool:
    return any(figures[i] for row in range(chunk.start, chunk.start + chunk.size)
               for i in chunk.row_indices(rows, width, row))


# steps of the search for chunks whose blank cells print nothing (`sparse_chunk_readings`): the table of
# seed 11 it reads took ~80,000, a made-up 2021 table of 25 rows with eight rows of figures ~240,000;
# random sparse tables of that kind often spend it all, ~1 s of CPU on this machine (~3 µs a step).
# Past this many the chunks' cells are left unknown (the first column beside the labels is still read)
SPARSE_STEPS = 300_000

_FIGURE_LINE_RE = re.compile(r"\s*[\d０-９]+\s*")
# figures and blank marks one space apart (`无 25`, `— —`, `28 0`): column chunks set items side by side
_FIGURES_AND_MARKS_LINE_RE = re.compile(r"\s*(?:[\d０-９]+|[—–－\-/／无])(?: (?:[\d０-９]+|[—–－\-/／无]))*\s*")


class PastTheHeading(NamedTuple):
    """The lines [first, end) of figures a table's text writes past the next section's heading, each
    (first, first) when no such figures follow it (`figures_past_the_heading`)."""

    figures: tuple[int, int]  # figures one a line, the table's text ending on a figure of its own
    # a line may hold several figures and blank marks (`无 25`), the table's text ending on such a line:
    # for a reader that takes them only where their count and arithmetic fit (table 3's column chunks)
    marked: tuple[int, int]
    # figures one a line, whatever the table's text ends on (its header's words)
    figures_after_any_end: tuple[int, int]


_YEAR_RE = re.compile(r"(?:19|20)\d\d")


def _a_year_cut_over_lines(texts: Sequence[str], first: int, end: int) -> bool:
    """Whether the figure lines [first, end) are the pieces of a year whose sentence goes on at `end`
    (`20` / `20` / `年…`): their digits, joined, a year, and the next line opening with 年."""
    digits = "".join(L.normalize_text(texts[index]).strip() for index in range(first, end))
    following = next((text.lstrip() for text in texts[end:] if text.strip()), "")
    return bool(_YEAR_RE.fullmatch(digits)) and following.startswith("年")


def figures_past_the_heading(texts: Sequence[str], heading: int) -> PastTheHeading:
    """The lines of figures a table's text writes past the next section's heading (at `heading`), in
    one pass for the three ways of telling them (`PastTheHeading`): `pdftotext` without -layout may set
    that heading before the last of the table's figures, which then stand on lines of their own,
    empty lines between them."""
    first = heading + 1
    before = heading - 1
    while before > 0 and not texts[before].strip():
        before -= 1
    if before < 0:
        return PastTheHeading(*[(first, first)] * 3)
    while first < len(texts) and not texts[first].strip():
        first += 1
    # the lines of figures alone end at the first other line with words; figures and marks may go on
    end, figures, alone = first, 0, True
    marked_end, marked = first, 0
    for index in range(first, len(texts)):
        text = texts[index]
        if _FIGURES_AND_MARKS_LINE_RE.fullmatch(text):  # a line of one figure is such a line too
            marked_end, marked = index + 1, marked + 1
            if alone and _FIGURE_LINE_RE.fullmatch(text):
                end, figures = index + 1, figures + 1
            else:
                alone = False
        elif text.strip():
            break
    # one figure alone may open the section's first sentence (`2025` / `年，我县…`), or a year a crawl cut
    # over lines (`20` / `20` / `年政府信息公开工作…`): then the lines past the heading are no table's, in
    # any of the three ways (the 年 line ends the marked lines too, so they are the same pieces)
    year = _a_year_cut_over_lines(texts, first, end)
    figures_after_any_end = (first, end) if figures > 1 and not year else (first, first)
    marked_lines = (first, marked_end) if marked > 1 and not year else (first, first)
    none_past = heading + 1, heading + 1  # the table's text does not end on a figure of its own: it ended there
    return PastTheHeading(figures_after_any_end if _FIGURE_LINE_RE.fullmatch(texts[before]) else none_past,
                          marked_lines if _FIGURES_AND_MARKS_LINE_RE.fullmatch(texts[before]) else none_past, figures_after_any_end)


def sparse_chunk_readings(leads: Sequence[Decimal | None], figures: Sequence[Decimal], width: int,
                          budget: list[int] | None = None, memo: dict | None = None) -> list[set[Reading]] | None:
    """Each row's readings in the complete chunkings of a table whose first column stands beside the
    labels (`leads`, None where blank) and whose other columns follow in column chunks where a blank
    cell prints nothing (`figures`, in order): a chunk is some rows printing anything, for each column
    left to right their printed cells in row order, the totals last. Rows printing nothing belong to no
    chunk (a blank row, the first column's blank too). A row with a first-column figure prints its total.

    Nothing in the text says which rows a chunk holds, nor which columns its figures fill: each row's
    rule does (the total is the sum of its parts). The search walks states (the last row read, the
    figures read); from each, a chunk's totals are its last figures, its rows chosen so that the
    parts add up to them (a quick sum first, which only the chunk's last row changes), the parts placed column
    by column under what each row still owes. A row with no reading: no chunking reads the figures.
    None when it takes more steps than `budget` has left (a list, the steps left, taken off as they are
    walked, so that several searches share one; `SPARSE_STEPS` of its own by default): never a guess.
    `memo`: each state's chunks, kept for searches of the same figures with other leads (the first column
    placed another way): a state's chunks rest only on the figures and the leads of the rows after its
    last row, so a search whose leads agree there takes them as found, spending no steps."""
    rows, count, parts_width = len(leads), len(figures), width - 2
    led_upto = [0]
    lead_upto = [Decimal(0)]
    for lead in leads:
        led_upto.append(led_upto[-1] + (lead is not None))
        lead_upto.append(lead_upto[-1] + (lead or 0))
    sums = [Decimal(0)]
    for figure in figures:
        sums.append(sums[-1] + figure)
    left = budget if budget is not None else [SPARSE_STEPS]

    class _Spent(Exception):
        pass

    def spend(steps: int = 1) -> None:
        if left[0] < steps:  # never below nothing: searches sharing `budget` spend at most it, all together
            raise _Spent
        left[0] -= steps

    def placings(parts: Sequence[Decimal], owing: list[Decimal]) -> list[dict]:
        """The parts placed column by column under what each of the chunk's rows owes (`owing`, in row
        order): (column, the row's place in the chunk) → part, each way that pays every row."""
        slots = [(column, row) for column in range(1, parts_width + 1) for row in range(len(owing))]
        found, placed = [], {}

        def place(index: int, after: int) -> None:
            spend()
            if index == len(parts):
                if not any(owing):
                    found.append(dict(placed))
                return
            if sum(1 for value in owing if value) > len(parts) - index:
                return  # a row still owed takes one part at least
            for at in range(after, len(slots) - (len(parts) - index - 1)):
                column, row = slots[at]
                if parts[index] <= owing[row]:
                    owing[row] -= parts[index]
                    placed[column, row] = parts[index]
                    place(index + 1, at + 1)
                    del placed[column, row]
                    owing[row] += parts[index]

        place(0, 0)
        return found

    def chunks_from(after: int, first: int) -> list[tuple[int, int, tuple]]:
        """The chunks from a state: (their last row, the figures read after them, (rows, totals, parts placed))."""
        found = []
        for end in range(first + 1, count + 1):
            for printed in range(1, min(end - first, rows - after - 1) + 1):
                parts, totals = figures[first : end - printed], figures[end - printed : end]
                if len(parts) > parts_width * printed:
                    continue
                owed = sums[end] - sums[end - printed] - (sums[end - printed] - sums[first])
                for last in range(after + printed, rows):
                    spend()
                    led = led_upto[last + 1] - led_upto[after + 1]
                    if led > printed:
                        break
                    if lead_upto[last + 1] - lead_upto[after + 1] != owed:
                        continue
                    forced = [row for row in range(after + 1, last) if leads[row] is not None] + [last]
                    free = [row for row in range(after + 1, last) if leads[row] is None]
                    if len(forced) > printed:
                        continue
                    for chosen in combinations(free, printed - len(forced)):
                        spend()
                        active = sorted((*forced, *chosen))
                        owing = tuple(total - (leads[row] or 0) for row, total in zip(active, totals))
                        if any(value < 0 for value in owing):
                            continue
                        # the parts' placings rest on the parts and what each row owes, never on which
                        # rows they are: rows of no lead owe their totals alike, however they are chosen
                        ways = (first, end - printed, owing)
                        if ways in known_placings:
                            spend(len(known_placings[ways]))  # a step a chunk taken: what is read after is bounded
                        else:
                            known_placings[ways] = placings(parts, list(owing))
                        found += [(last, end, (active, totals, placed)) for placed in known_placings[ways]]
        return found

    def chunk_readings(active: Sequence[int], totals: Sequence[Decimal], placed: dict) -> dict[int, Reading]:
        """A chunk's rows as it reads them (built only for chunks on a complete chunking)."""
        return {row: (leads[row], *(placed.get((column, place)) for column in range(1, parts_width + 1)), total)
                for place, (row, total) in enumerate(zip(active, totals))}

    known, known_placings = memo.setdefault((tuple(figures), width), ({}, {})) if memo is not None else ({}, {})
    try:
        edges: dict[tuple[int, int], list] = {}
        waiting = [(-1, 0)]
        while waiting:
            state = waiting.pop()
            if state in edges:
                continue
            after = (*state, *leads[state[0] + 1 :])
            if after in known:
                spend(len(known[after]))  # a step a chunk taken, as where found: the readings' work bounded
            else:
                known[after] = chunks_from(*state)
            edges[state] = known[after]
            waiting += [(last, end) for last, end, _ in edges[state]]
    except _Spent:
        return None
    blank: Reading = (None,) * width
    # the states a complete chunking passes through: all figures read, no first-column figure left
    good = {state for state in edges if state[1] == count and led_upto[rows] == led_upto[state[0] + 1]}
    changed = True
    while changed:
        changed = False
        for state, found in edges.items():
            if state not in good and any((last, end) in good for last, end, _ in found):
                good.add(state)
                changed = True
    readings: list[set[Reading]] = [set() for _ in range(rows)]
    for state, found in edges.items():
        if state not in good:
            continue
        if state[1] == count and led_upto[rows] == led_upto[state[0] + 1]:
            for row in range(state[0] + 1, rows):  # after the last chunk: rows printing nothing
                readings[row].add(blank)
        for last, end, shape in found:
            if (last, end) in good:
                chunk = chunk_readings(*shape)
                for row in range(state[0] + 1, last + 1):
                    readings[row].add(chunk.get(row, blank))
    return readings


# the last blocks of figures read as chunks' total columns set after all the others (`unprinted_blank_readings`'
# `last_blocks`), as many as column_blocks.py's `totals_put_back` takes
TOTALS_APART_AT_END = 3

# blank cells that print nothing, searched where a full table's figures fall short of its cells by this
# many at most (`unprinted_blank_readings`): each more multiplies the places to try by the table's cells
MAX_UNPRINTED_BLANKS = 2
# more blanks than that are searched in one shape only (`unprinted_blank_readings`' `short_row`): a row of
# the HTML holding fewer cells than the header (its last ones never written), which Chromium draws as a
# short row whose missing cells print nothing; one row's last cells are a chunk's slots, not every combination

# places of a chunk's blanks tried and rows whose rule they ask, for the search (`unprinted_blank_readings`):
# the tables measured take up to ~13,000 (r37 000144: mostly zeros, two blanks); past this many, ~0.7 s of
# CPU here, it gives up and the cells stay unknown
_UNPRINTED_STEPS = 100_000

Placing = tuple[tuple[Decimal | None, int | None], ...]  # a row's cells: (value, the figure's index; None: a blank)


class _Spent(Exception):
    pass


def unprinted_blank_readings(figures: Sequence[Decimal], rows: int, width: int, row_holds: Callable[[Reading], bool],
                             blanks: int, counts: dict[int, int] | None = None, leads: tuple[int, ...] = LEADS,
                             budget: int = _UNPRINTED_STEPS, short_row: bool = False,
                             last_blocks: Sequence[int] = ()) -> list[set[Placing]] | None:
    """Each row's readings in the complete chunkings of a table written in column chunks
    (`column_chunkings`, one column a block) whose `blanks` blank cells print nothing (Chromium's PDF
    through plain `pdftotext`: an empty cell leaves no line): the figures are rows × width - blanks,
    and the blanks may stand in any of the rows × width slots of the text's order (the columns beside
    the labels row by row, then each chunk's columns one after the other), where every row keeps its
    rule (a blank counts as 0). The search walks states (a row, the blanks before it); a chunk's blanks
    are tried in each of its slots after a quick check of its sums.

    `counts`: for a row whose label was found, how many figures stand before it. A row may open a part
    of its own (a new page) where they are exactly its slots before it less 0 … `blanks` (`pages` of
    `column_chunkings`); each part is read on its own, else the table whole. Beside the labels, a
    row whose label and the next row's stand `lead` - k figures apart has k blanks there, no more.

    `short_row`: the blanks are one row's last `blanks` cells, all in the columns after those beside the
    labels (a row the HTML wrote short: `MAX_UNPRINTED_BLANKS`), and no other place is tried.

    `last_blocks`: the sizes of the text's last blocks of figures (lines one after the other), the last
    last. Poppler may set the total column of a chunk, of two or three, after all the others (column_blocks.py's
    `totals_put_back`): the last one to TOTALS_APART_AT_END of them, each a chunk's total column in the
    chunks' order, are read so too (in the table's last part), their readings gathered with the others, so
    that a cell the orders read apart is unknown rather than chosen.

    [] when a row has no reading; None when the search asks more than `budget` rows' rules: never a
    guess."""
    if rows < 1 or width < 2 or not 0 < blanks or len(figures) != rows * width - blanks:
        return []
    if short_row:
        if blanks >= width:
            return []
        leads = tuple(lead for lead in leads if lead + blanks < width)
    counts = counts or {}
    steps = [0]
    try:
        starts = sorted(row for row, count in counts.items() if 0 < row < rows and 0 <= row * width - count <= blanks)
        before = [row * width - counts[row] for row in starts]
        parts = starts and before == sorted(before)
        read_apart: dict[int, list[set[Placing]]] = {}  # each part's readings, worked out once
        if parts:
            found = _parts_with_blanks(figures, rows, width, row_holds, [0, *starts], [0, *before], blanks, counts,
                                       leads, steps, budget, read_apart=read_apart, short_row=short_row,
                                       last_blocks=last_blocks)
            if found:
                return found
        whole = _blank_readings_of_part(figures, rows, width, row_holds, blanks, counts, leads, steps, budget,
                                        short_row, () if short_row else last_blocks)
        if whole or not parts:
            return whole
        # read neither in parts nor whole: the parts that read on their own, with every blank the counts leave
        # them (a row of another keeping no sum in any placing: a total left blank over its parts, a misprint),
        # the other parts' rows with no reading
        return _parts_with_blanks(figures, rows, width, row_holds, [0, *starts], [0, *before], blanks, counts,
                                  leads, steps, budget, partly=True, read_apart=read_apart, short_row=short_row,
                                  last_blocks=last_blocks)
    except _Spent:
        return None


def _parts_with_blanks(figures: Sequence[Decimal], rows: int, width: int, row_holds: Callable[[Reading], bool],
                       starts: list[int], before: list[int], blanks: int, counts: dict[int, int],
                       leads: tuple[int, ...], steps: list[int], budget: int, partly: bool = False,
                       read_apart: dict[int, list[set[Placing]]] | None = None, short_row: bool = False,
                       last_blocks: Sequence[int] = ()) -> list[set[Placing]]:
    """`unprinted_blank_readings` where each part (from a row opening one to the next) is read on its
    own with the blanks its count of figures leaves it; [] when a part has no reading. `partly`: a part
    without a reading gives its rows none (empty sets), the others read; [] when no part reads.
    `read_apart`: the parts' readings already worked out, by their first row (filled here). `last_blocks`:
    the last part's (the text's last blocks stand in it)."""
    found: list[set[Placing]] = []
    for at, (start, end) in enumerate(zip(starts, [*starts[1:], rows])):
        held = (before[at + 1] if at + 1 < len(before) else blanks) - before[at]
        first = start * width - before[at]
        part = figures[first : first + (end - start) * width - held]
        own = {row - start: count - first for row, count in counts.items() if start <= row < end}
        if read_apart is not None and start in read_apart:
            readings = read_apart[start]
        else:
            readings = _blank_readings_of_part(part, end - start, width, row_holds, held, own, leads, steps, budget,
                                               short_row, () if short_row or end < rows else last_blocks)
            if read_apart is not None:
                read_apart[start] = readings
        if partly and (not readings or not all(readings)):
            found += [set() for _ in range(start, end)]
            continue
        if not readings or not all(readings):
            return []
        found += [{tuple((value, None if index is None else index + first) for value, index in placing)
                   for placing in row} for row in readings]
    return found if any(found) else []


def _blank_readings_of_part(figures: Sequence[Decimal], rows: int, width: int, row_holds: Callable[[Reading], bool],
                            blanks: int, counts: dict[int, int], leads: tuple[int, ...], steps: list[int],
                            budget: int, short_row: bool = False, last_blocks: Sequence[int] = ()
                            ) -> list[set[Placing]]:
    """Each row's readings in a part read whole (`unprinted_blank_readings`), every lead tried, in the
    order written and with each count of `last_blocks` set apart (chunks' total columns put back)."""
    readings: list[set[Placing]] = [set() for _ in range(rows)]
    # the last one, two or three blocks, each a chunk's total column (at most a chunk's rows)
    aparts: list[tuple[int, ...]] = [()]
    for count in range(1, min(TOTALS_APART_AT_END, len(last_blocks)) + 1):
        if all(size <= rows for size in last_blocks[-count:]):
            aparts.append(tuple(last_blocks[-count:]))
    for lead in leads:
        if lead >= width - 1:
            continue
        # a short row's blanks are its last cells: never beside the labels
        for lead_blanks in [()] if short_row else _blanks_beside_the_labels(rows, lead, blanks, counts):
            memo: dict = {}  # each chunk's readings, alike in every order with blocks set apart
            for apart in aparts:
                for row, found in enumerate(_chunk_readings_with_blanks(figures, rows, width, row_holds, lead,
                                                                        lead_blanks, blanks - len(lead_blanks),
                                                                        steps, budget, short_row, apart, memo)):
                    readings[row] |= found
    return readings if all(readings) else []


def _blanks_beside_the_labels(rows: int, lead: int, blanks: int, counts: dict[int, int]) -> list[tuple[int, ...]]:
    """The slots beside the labels (`lead` a row, row by row) that may be blank, at most `blanks` of
    them: a row whose label and the next one's stand k < `lead` figures apart has `lead` - k blanks
    there, one `lead` apart none; a row without both labels found may have any."""
    forced: list[tuple[int, int]] = []  # (row, blanks it has beside its label)
    free: list[int] = []
    for row in range(rows):
        apart = counts[row + 1] - counts[row] if row in counts and row + 1 in counts else None
        if apart is None or apart > lead:
            free.append(row)
        else:
            forced.append((row, lead - apart))
    need = sum(count for _, count in forced)
    if need > blanks:
        return []
    found = []
    for sets in product(*(combinations(range(row * lead, (row + 1) * lead), count) for row, count in forced)):
        fixed = tuple(slot for chosen in sets for slot in chosen)
        slots = [slot for row in free for slot in range(row * lead, (row + 1) * lead)]
        for more in range(blanks - need + 1):
            found += [tuple(sorted((*fixed, *extra))) for extra in combinations(slots, more)]
    return found


def _chunk_readings_with_blanks(figures: Sequence[Decimal], rows: int, width: int,
                                row_holds: Callable[[Reading], bool], lead: int, lead_blanks: tuple[int, ...],
                                blanks: int, steps: list[int], budget: int, short_row: bool = False,
                                apart: tuple[int, ...] = (), memo: dict | None = None) -> list[set[Placing]]:
    """With the slots beside the labels blank at `lead_blanks`, each row's readings in the complete
    chunkings whose chunks hold the other `blanks` blanks (`short_row`: all in one chunk, one row's last
    cells). `apart`: the sizes of the last blocks, each the total column of a chunk in turn, set after all
    the other chunks (`unprinted_blank_readings`' `last_blocks`); `memo`, the chunks' readings (`_chunk_edges`),
    shared by the calls of one lead and blanks beside the labels."""
    memo = {} if memo is None else memo
    beside: list[tuple[Decimal | None, int | None]] = []
    taken = 0
    for slot in range(rows * lead):
        if slot in lead_blanks:
            beside.append((None, None))
        else:
            beside.append((figures[taken], taken))
            taken += 1
    columns = width - lead
    sums = [Decimal(0)]
    for figure in figures:
        sums.append(sums[-1] + figure)
    in_order = len(figures) - sum(apart)  # the figures before the total columns set apart
    apart_at = [in_order + sum(apart[:index]) for index in range(len(apart) + 1)]
    # a state: (row, blanks before it in the chunks, total columns set apart before it). First the chunks each
    # state may open where their sums alone allow (cheap), and the states from which those reach the table's
    # end; the rows' rules (the costly part) are asked only along those
    chunks_of: dict[tuple[int, int, int], list[tuple[tuple[int, int, int], int, int, int, int, Decimal]]] = {}
    opened = {(0, 0, 0)}
    for start in range(rows):
        for used in range(blanks + 1):
            for moved in range(len(apart) + 1):
                if (start, used, moved) not in opened:
                    continue
                for size in range(1, rows - start + 1):
                    leads_sum = sum((value or 0 for value, _ in beside[start * lead : (start + size) * lead]),
                                    Decimal(0))
                    for inside in sorted({0, blanks - used}) if short_row else range(blanks - used + 1):
                        # the figures before the chunk: those of the rows before it, less its blanks and the
                        # total columns set apart
                        first = taken + start * columns - used - (apart_at[moved] - in_order)
                        total_block = (apart_at[moved], apart[moved]) if moved < len(apart) else None
                        for put_back in _sums_allow(sums, size, columns, first, inside, leads_sum, short_row, in_order,
                                                    total_block):
                            state = (start + size, used + inside, moved + put_back)
                            opened.add(state)
                            chunks_of.setdefault((start, used, moved), []).append(
                                (state, size, inside, first, put_back, leads_sum))
    ends = {(rows, blanks, len(apart))}
    for state in sorted(chunks_of, reverse=True):
        if any(following in ends for following, *_ in chunks_of[state]):
            ends.add(state)
    # (state) -> [(the next state, the chunk's rows as it reads them)]
    edges: dict[tuple[int, int, int], list[tuple[tuple[int, int, int], list[Placing]]]] = {}
    reached = {(0, 0, 0)}
    for state in sorted(chunks_of):
        if state not in reached or state not in ends:
            continue
        start, _, moved = state
        for following, size, inside, first, put_back, leads_sum in chunks_of[state]:
            if following not in ends:
                continue
            total_block = (apart_at[moved], apart[moved]) if put_back else None
            for placings in _chunk_edges(figures, sums, beside, lead, start, size, columns, first, inside, leads_sum,
                                         row_holds, steps, budget, short_row, total_block, memo):
                reached.add(following)
                edges.setdefault(state, []).append((following, placings))
    # the states a complete chunking passes through, back from the last row
    good = {(rows, blanks, len(apart))}
    for state in sorted(edges, reverse=True):
        if any(following in good for following, _ in edges[state]):
            good.add(state)
    readings: list[set[Placing]] = [set() for _ in range(rows)]
    for state, found in edges.items():
        if state in good:
            for following, placings in found:
                if following in good:
                    for row, placing in enumerate(placings, state[0]):
                        readings[row].add(placing)
    return readings


def _sums_allow(sums: Sequence[Decimal], size: int, columns: int, first: int, inside: int, leads_sum: Decimal,
                short_row: bool, in_order: int, total_block: tuple[int, int] | None) -> list[int]:
    """Whether a chunk of `size` rows from figure `first` on, `inside` blanks among its cells, may read in the
    order written (0) and with its total column the block set apart (1: `total_block`, its first figure and
    size), as the chunk's sums alone say (`_chunk_edges` reads its rows)."""
    allowed = []
    end = first + size * columns - inside
    # a short row's shapes are tried whatever the sums (`_chunk_in_order`)
    if end <= in_order and (inside or _totals_blank(sums, size, first, end, inside, leads_sum)):
        allowed.append(0)
    if total_block is not None and not short_row:
        total_at, total_size = total_block
        in_total = size - total_size  # the rows the block is short of: blank there
        end = first + size * (columns - 1) - (inside - in_total)
        if 0 <= in_total <= inside and end <= in_order and \
                sums[total_at + total_size] - sums[total_at] == sums[end] - sums[first] + leads_sum:
            allowed.append(1)
    return allowed


def _totals_blank(sums: Sequence[Decimal], size: int, first: int, end: int, inside: int, leads_sum: Decimal
                  ) -> list[int]:
    """The counts of a chunk's `inside` blanks in its total column (its last figures, from `first` to `end`)
    for which its totals add up to its other figures."""
    return [t for t in range(min(inside, size) + 1)
            if sums[end] - sums[end - (size - t)] == sums[end - (size - t)] - sums[first] + leads_sum]


def _chunk_edges(figures: Sequence[Decimal], sums: Sequence[Decimal],
                 beside: Sequence[tuple[Decimal | None, int | None]], lead: int, start: int, size: int, columns: int,
                 first: int, inside: int, leads_sum: Decimal, row_holds: Callable[[Reading], bool], steps: list[int],
                 budget: int, short_row: bool, total_block: tuple[int, int] | None, memo: dict
                 ) -> list[list[Placing]]:
    """A chunk's readings (`_chunk_readings_with_blanks`) from figure `first` on, `inside` blanks among its
    cells, in the order written, or where `total_block` (its first figure and size) with its total column
    the block set apart. `memo`: the readings of each chunk already worked out (the orders with blocks set
    apart share most chunks)."""
    key = (start, size, inside, first, total_block)
    if key in memo:
        return memo[key]
    if total_block is None:
        memo[key] = list(_chunk_in_order(figures, sums, beside, lead, start, size, columns, first, inside, leads_sum,
                                         row_holds, steps, budget, short_row))
        return memo[key]
    total_at, total_size = total_block
    in_total = size - total_size
    shapes = _blank_slot_shapes(size, columns, inside, [in_total],
                                total_at - first - size * (columns - 1) + inside - in_total)
    memo[key] = list(_shapes_holding(figures, beside, lead, start, size, columns, first, shapes, row_holds, steps,
                                     budget))
    return memo[key]


def _chunk_in_order(figures: Sequence[Decimal], sums: Sequence[Decimal],
                    beside: Sequence[tuple[Decimal | None, int | None]], lead: int, start: int, size: int,
                    columns: int, first: int, inside: int, leads_sum: Decimal, row_holds: Callable[[Reading], bool],
                    steps: list[int], budget: int, short_row: bool) -> Iterator[list[Placing]]:
    """A chunk's readings written in order from figure `first` on (`_chunk_edges`)."""
    # a short row's blanks (its blocks maybe split at it) in each row, whatever the sums below
    shapes: Iterable[Shape | None] = _short_row_shapes(size, columns, inside)
    if not short_row or not inside:
        # the totals are the chunk's last figures, but those its blanks in the total column leave
        totals_blank = _totals_blank(sums, size, first, first + size * columns - inside, inside, leads_sum)
        if totals_blank:
            shapes = chain(_blank_slot_shapes(size, columns, inside, totals_blank), shapes)
    yield from _shapes_holding(figures, beside, lead, start, size, columns, first, shapes, row_holds, steps, budget)


def _shapes_holding(figures: Sequence[Decimal], beside: Sequence[tuple[Decimal | None, int | None]], lead: int,
                    start: int, size: int, columns: int, first: int, shapes: Iterable[Shape | None],
                    row_holds: Callable[[Reading], bool], steps: list[int], budget: int) -> Iterator[list[Placing]]:
    """A chunk's rows as each of `shapes` reads them, where every row keeps its rule (None: a shape the sums
    rule out)."""
    for shape in shapes:
        steps[0] += 1
        if shape is None:
            continue
        offset_of, short = shape
        placings = _chunk_rows_holding(figures, beside, lead, start, size, columns, first, offset_of, row_holds,
                                       steps, budget, short)
        if placings is not None:
            yield placings


OffsetOf = Callable[[int, int], int | None]  # a chunk's (row, column): its figure's place among the chunk's, None blank


def _offsets_around(local: tuple[int, ...], size: int, columns: int = 0, total_shift: int = 0) -> OffsetOf:
    """A chunk written column by column (`size` rows each) whose slots `local` (ascending) printed nothing; its total
    column (the last of `columns`) `total_shift` figures further on (set apart after the other chunks)."""
    def offset_of(row: int, column: int) -> int | None:
        slot = column * size + row
        if slot in local:
            return None
        # less the blank slots before it
        return slot - bisect_left(local, slot) + (total_shift if column == columns - 1 else 0)
    return offset_of


Shape = tuple[OffsetOf, int]  # a chunk's offsets, and its short row (-1: none), whose sum cannot be asked


def _blank_slot_shapes(size: int, columns: int, blanks: int, totals_blank: list[int], total_shift: int = 0
                       ) -> Iterator[Shape | None]:
    """A chunk's `blanks` blank slots in every place, as `_offsets_around` reads each (a blank a 0 in its
    row's sum); None for a place whose count of blanks in the total column is not among `totals_blank`
    (its sums cannot hold). `total_shift`: the total column's figures stand that many further on."""
    for local in combinations(range(size * columns), blanks):
        yield (_offsets_around(local, size, columns, total_shift), -1) \
            if sum(slot >= (columns - 1) * size for slot in local) in totals_blank else None


def _short_row_shapes(size: int, columns: int, blanks: int) -> list[Shape]:
    """A chunk one of whose rows lacks its last `blanks` cells (`unprinted_blank_readings`' `short_row`), each
    row in turn: its blocks of the last columns either closed up over the gap (the short row's slots left
    out), or, for a row between two others, split at it: poppler ends a column's text block where a cell
    draws nothing, so the rows above the gap write those columns, then the rows below it. Split so, the
    short row's own sum is not asked (it has no total): the blocks ending at it place it, the other rows'
    sums and the column rules its parts. Closed up, nothing in the text marks the gap, and its blanks
    count as zeros in its sum, as any blank's do."""
    kept = columns - blanks
    shapes: list[Shape] = []
    for short in range(size) if blanks else ():
        shapes.append((_offsets_around(tuple(column * size + short for column in range(kept, columns)), size), -1))
        if 0 < short < size - 1:
            def offset_of(row: int, column: int, short: int = short) -> int | None:
                if column < kept:
                    return column * size + row
                if row == short:
                    return None
                if row < short:
                    return kept * size + (column - kept) * short + row
                return kept * size + blanks * short + (column - kept) * (size - short - 1) + row - short - 1
            shapes.append((offset_of, short))
    return shapes


def _chunk_rows_holding(figures: Sequence[Decimal], beside: Sequence[tuple[Decimal | None, int | None]], lead: int,
                        start: int, size: int, columns: int, first: int, offset_of: OffsetOf,
                        row_holds: Callable[[Reading], bool], steps: list[int], budget: int, short: int = -1
                        ) -> list[Placing] | None:
    """A chunk's rows as it reads them, each cell's figure where `offset_of` says (None: a blank); None when
    a row breaks its rule (the `short` row's not asked)."""
    placings = []
    for row in range(size):
        steps[0] += 1
        if steps[0] > budget:
            raise _Spent
        cells: list[tuple[Decimal | None, int | None]] = list(beside[(start + row) * lead : (start + row + 1) * lead])
        for column in range(columns):
            offset = offset_of(row, column)
            if offset is None:
                cells.append((None, None))
            else:
                cells.append((figures[first + offset], first + offset))
        if row != short and not row_holds(tuple(value for value, _ in cells)):
            return None
        placings.append(tuple(cells))
    return placings


# `totals_first_readings`: the most rows its first block of totals may hold, the rows that may be written whole
# before the rest, the groupings of wrapped pieces tried, and the rows the searches may read all together
# (the one table of the tuning sets it reads takes ~200,000, a made-up table of mostly zeros ~500,000: ~2 s
# of CPU on this shared machine); past any of them the cells stay unknown
MAX_TOTALS_FIRST = 8
MAX_ROWS_WRITTEN_WHOLE = 3
MAX_PIECE_GROUPINGS = 64
_TOTALS_FIRST_ROWS_READ = 500_000


def totals_first_readings(words: Sequence[Word], rows: int, width: int, row_holds: Callable[[Reading], bool],
                          counts: dict[int, int] | None = None, apart_at: Sequence[int] = (),
                          leads: tuple[int, ...] = LEADS, budget: int = _TOTALS_FIRST_ROWS_READ
                          ) -> list[set[Placing]] | None:
    """Each row's readings in the complete readings of a table 3 of Chromium's PDF through plain
    `pdftotext` whose narrow total column starts above its rows (a figure wrapped over lines, its cell's
    block of lines set before the others). The text holds, in order,

    - the total column of the first k rows: the words of the text's first block (lines one after the
      other, each a word alone; poppler ends a block with an empty line), or k = 0;
    - the first h rows (1 ≤ h ≤ MAX_ROWS_WRITTEN_WHOLE), each row by row: its parts, then its total
      unless it was among the first k;
    - the other rows in column chunks (`column_chunkings`, each lead of `leads`), the rows among the first
      k in chunks of their own without their total column, and the total column of the last chunks, e
      figures, maybe set apart after all the others (e 0 or one of `apart_at`, counted from the end).

    `words` are the figures' words in order; a figure wide for its column may be wrapped a piece a line
    (`wrapped_digits.groupings`: every grouping into rows × width figures is tried, at most
    MAX_PIECE_GROUPINGS). `counts`: for a row whose label was found, how many words stand before it; where
    row h's label is found, it stands right before the rows in chunks. A Placing's index is its figure's
    first word. Every (grouping, k, h, lead, e) is tried, and each row's readings gathered over the
    complete chunkings that keep every row's rule.
    [] when no row reads; None when the groupings or the search are past their bounds: never a guess."""
    count = rows * width
    found = groupings(words, count, MAX_PIECE_GROUPINGS)
    if found is None:
        return None
    block = 1  # the words of the text's first block
    while block < len(words) and _alone_in_block(words[block]) and _alone_in_block(words[0]) and \
            words[block].line == words[block - 1].line + 1:
        block += 1
    counts = counts or {}
    readings: list[set[Placing]] = [set() for _ in range(rows)]
    spent, gave_up = [budget], []
    asked = _ChunksAsked()  # the groupings and orders read mostly the same figures in the same chunks
    for grouping in found:
        values = [_figure_value(words, figure) for figure in grouping]
        firsts = [figure[0] for figure in grouping]
        in_block = sum(1 for figure in grouping if figure[-1] < block)
        figures_before = {row: sum(1 for first in firsts if first < words_before) for row, words_before in counts.items()}
        for totals in sorted({0, in_block if block > 1 and in_block <= MAX_TOTALS_FIRST else 0}):
            for whole in range(1, min(MAX_ROWS_WRITTEN_WHOLE, rows - 1) + 1):
                at = totals + whole * width - min(totals, whole)  # the first figure of the rows in chunks
                if figures_before.get(whole, at) != at:  # row h's label, where found, opens the rows in chunks
                    continue
                placings = _rows_written_whole(values, firsts, width, totals, whole, row_holds)
                if placings is None:
                    continue
                first_apart = max(totals - whole, 0)  # rows in chunks whose totals stand first
                for apart in sorted({0, *apart_at}):
                    if apart > rows - whole - first_apart or count - apart < at:
                        continue
                    order = [*range(at, count - apart), *range(whole, whole + first_apart), *range(count - apart, count)]
                    covering = _covering([values[i] for i in order], rows - whole, width, row_holds, first_apart + apart,
                                         spent, leads, first_apart, gave_up, asked=asked)
                    if spent[0] < 0 or gave_up:
                        return None
                    if covering is None:
                        continue
                    for row, placing in enumerate(placings):
                        readings[row].add(placing)
                    for row, chunks in enumerate(covering, whole):
                        for chunk in chunks:
                            readings[row].add(tuple((values[order[i]], firsts[order[i]])
                                                    for i in chunk.row_indices(rows - whole, width, row - whole)))
    return readings if all(readings) else []


def _alone_in_block(word: Word) -> bool:
    """A word that may stand in the first block of the total column (`totals_first_readings`): a piece of
    full-width digits, or a blank mark, alone on its line."""
    return is_piece(word) or word.alone and not L.normalize_text(word.text).isdigit()


def _figure_value(words: Sequence[Word], figure: tuple[int, ...]) -> Decimal | None:
    """A figure's value, its words' digits joined (full-width or not); None for a blank mark (`无`)."""
    digits = L.normalize_text("".join(words[at].text for at in figure))
    return Decimal(digits) if digits.isdigit() else None


def _rows_written_whole(values: Sequence[Decimal], firsts: Sequence[int], width: int, totals: int, whole: int,
                        row_holds: Callable[[Reading], bool]) -> list[Placing] | None:
    """The first `whole` rows written row by row after the total column of the first `totals` rows
    (`totals_first_readings`), as they read; None when one breaks its rule."""
    placings, at = [], totals
    for row in range(whole):
        own = width - 1 if row < totals else width
        indices = [*range(at, at + own), *([row] if row < totals else [])]
        at += own
        placing = tuple((values[i], firsts[i]) for i in indices)
        if not row_holds(tuple(value for value, _ in placing)):
            return None
        placings.append(placing)
    return placings
