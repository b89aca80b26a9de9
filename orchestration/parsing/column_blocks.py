"""Table 3 whose first columns stand beside each label and whose other columns follow the labels as
poppler's blocks, in plain `pdftotext` of Chromium's PDFs (no -layout).

Chromium lays a wide table 3 (wide figures, `1,040`) so that poppler takes its first columns with the
labels, each row's figures after its label (`一、本年` / `1,040 0`), and sets each other column of a
band of rows that stand close together as a block of its own: one figure a line, top to bottom, an
empty line after each block. The bands follow each other down the page, and within a band its
columns left to right:

    0 | | 0 | | 0 | | 0 | | 1,040 | | 0 | 0 | | 0 | 0 | | 0 | 0 | | 0 | 0 | | 0 | 488 | | …

(the first band one row: its five columns one figure each; the next two rows: five blocks of two). The
text proves the blocks' bounds (the empty lines) and their order; it does not say where a band ends,
but a band's columns are blocks of as many lines as its rows (a block of neighbouring columns merged
holds a multiple of them), so the blocks' sizes narrow it: a band of k rows is the next blocks whose
columns add up to the table's, each block a multiple of k figures. `band_readings` tries every band the
sizes allow, bounded; the caller keeps the readings where every row's sum and the table's column rules
hold, and only the cells they all agree on. They rest on that model of poppler's blocks, so those cells
are recovered.

Where full-width figures too wide for their narrow columns are wrapped in pieces (wrapped_blocks.py reads a
block so), rows are of unequal heights, and poppler splits a band further (seen in r11 000172, r31x 000824):
its middle columns may stand as bands of fewer rows of their own (single cells row by row, or one-column
blocks of a few rows) between its first and last blocks, and its first block may come after the others.
`band_readings` takes those shapes only when given such blocks (`block_options`), and then counts readings
that place the same values as one (`alike`), since blocks of zeros group every way.

The total column of a band, two or three may stand after all the other blocks (r23 000074: the column, a block
of its own at the page's edge, set after the bands below whose last two columns merged into one block):
`totals_put_back` gives every order with the last one (then two, then three) blocks put back after a block of
as many figures; the caller tries them only where the order written reads no way, all under one budget of work.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator, Sequence
from functools import partial
from typing import TypeVar

T = TypeVar("T")

# readings of one table kept at most (each a table the caller checks against the column rules); more, and
# the table is not read
READINGS_KEPT = 64
# bands tried at most, over one table's search (blocks × rows × rows bounds it; ~200 × 25 × 25)
BANDS_TRIED = 200_000


class _Spent(Exception):
    """The search of `band_readings` went past its bound."""


def _spend(spent: list[int]) -> None:
    """One unit of `band_readings`' work (`spent`, what is left of it) taken; _Spent past its bound."""
    spent[0] -= 1
    if spent[0] < 0:
        raise _Spent


def _spend_many(spent: list[int], units: int) -> None:
    """`units` units of work taken at once, as as many `_spend` calls would take them (raising at the same
    point, leaving -1)."""
    if units > spent[0]:
        spent[0] = -1
        raise _Spent
    spent[0] -= units


def _replayed(known: dict, key: object, spent: list[int], produce: Callable[[], Iterator[T]]) -> Iterable[T]:
    """`produce()`'s items, found once per `key` in `known`: a search asked again for the same items gets
    them again with the same work counted against `spent` before each (and after the last), so its
    budget runs out at the same point as if they were found again."""
    if key not in known:
        return _recorded(known, key, spent, produce())
    items, rest = known[key]
    if not items:  # most runs of blocks tile nothing: their work counted, no generator made
        _spend_many(spent, rest)
        return ()
    return _replay(items, rest, spent)


def _replay(items: list[tuple[int, T]], rest: int, spent: list[int]) -> Iterator[T]:
    for units, item in items:
        _spend_many(spent, units)
        yield item
    _spend_many(spent, rest)


def _recorded(known: dict, key: object, spent: list[int], produced: Iterator[T]) -> Iterator[T]:
    items, mark = [], spent[0]
    for item in produced:
        items.append((mark - spent[0], item))
        yield item
        mark = spent[0]  # the consumer's work between two items is its own
    known[key] = items, mark - spent[0]


# a block's readings as a band of so many rows (`band_readings`' `block_options`): (its columns, its rows' cells)
BlockOptions = Callable[[int, int], Sequence[tuple[int, list[list[T]]]]]


def sliced(blocks: Sequence[Sequence[T]]) -> BlockOptions:
    """Each block of figures a word a cell (`band_readings`' default): a band of k rows reads a block of
    k × w figures as w neighbouring columns, row by row; no other."""
    def options(block: int, count: int) -> list[tuple[int, list[list[T]]]]:
        figures = blocks[block]
        if len(figures) % count:
            return []
        width = len(figures) // count
        return [(width, [list(figures[index * width:(index + 1) * width]) for index in range(count)])]
    return options


def band_readings(blocks: Sequence[Sequence[object]], rows: int, columns: int, row_holds: Callable[[int, list[T]], bool],
                  limit: int = READINGS_KEPT, work: int = BANDS_TRIED,
                  block_options: BlockOptions | None = None, alike: Callable[[list[list[T]]], object] | None = None,
                  budget: list[int] | None = None) -> list[list[list[T]]] | None:
    """Every reading of `blocks` (poppler's blocks of figures, in order) as bands of rows of `columns`
    columns, `rows` rows in all, each of its rows keeping `row_holds(row, cells)`: a band of k rows is
    the next blocks whose columns add up to `columns`, each block of k figures a column it holds (read
    row by row where it holds several: poppler merged neighbouring columns into one block, its lines the
    rows), left to right. A column merged into its left neighbour's block in the band above and a block
    of its own in this one may have that block set after the band's others (poppler orders it last):
    both orders are tried. Each reading is its rows' cells, in order. A depth-first search over (block,
    row, the columns merged above) whose dead ends are remembered, so its work is bounded by blocks ×
    rows × rows bands tried (`work`); None where it found more than `limit` readings or spent its work
    (never a guess). `block_options(block, k)`: how a block may read as a band of k rows (`sliced`, the
    default; wrapped_blocks.py's readings where a figure may be wrapped in pieces), each (columns, cells).
    `alike(rows)`: where given, readings of the rows from any point on that it maps alike are one (the
    first kept), and each point's readings are found once (`_distinct_readings`): the search's work is then
    bounded by points × bands × readings kept, however many ways blocks of zeros group. `budget` (a one-item
    list): the work left, shared by several searches (then `work` is not used)."""
    options_of = block_options or sliced(blocks)  # type: ignore[arg-type]
    found: list[list[list[T]]] = []
    dead: set[tuple[int, int, frozenset[int]]] = set()
    spent = budget if budget is not None else [work]
    nested: dict | None = {} if block_options is not None else None  # groups of sub-bands, where blocks may wrap

    def bands_at(block: int, row: int, merged_above: frozenset[int]
                 ) -> Iterator[tuple[int, list[list[T]], frozenset[int]]]:
        # (the block after the band, its rows' cells, its columns merged into a left neighbour's block) for
        # every band that may open at `block`
        for count in range(1, rows - row + 1):
            _spend(spent)
            for end, taken in _tilings(options_of, len(blocks), block, count, columns,
                                       spent if block_options else None, nested):
                if block_options is not None:  # each tiling a band tried, where blocks have several
                    _spend(spent)
                widths = [width for width, _ in taken]
                orders = [list(range(columns))]  # each block's columns, left to right
                if widths[-1] == 1:  # the last block a column merged above, set after the others
                    orders += [[*range(moved), *range(moved + 1, columns), moved] for moved in sorted(merged_above)
                               if moved < columns - 1]
                if block_options is not None and len(widths) > 1:
                    # where blocks may wrap: the band's first columns' block set after the others (seen where a
                    # wrapped figure makes that block's first row taller)
                    orders.append([*range(widths[-1], columns), *range(widths[-1])])
                for order in orders:
                    cells: list[list[T | None]] = [[None] * columns for _ in range(count)]
                    spans, at_column = [], 0
                    for width, block_rows in taken:
                        columns_taken = order[at_column:at_column + width]
                        at_column += width
                        if columns_taken != list(range(columns_taken[0], columns_taken[0] + width)):
                            break  # a merged block holds neighbouring columns
                        spans.append(columns_taken)
                        for index in range(count):
                            cells[index][columns_taken[0]:columns_taken[0] + width] = block_rows[index]
                    else:
                        band = [list(band_row) for band_row in cells]  # every cell set: the blocks tile the columns
                        if all(row_holds(row + index, band_row) for index, band_row in enumerate(band)):
                            merged = frozenset(column for columns_taken in spans for column in columns_taken[1:])
                            yield end, band, merged  # type: ignore[misc]

    def search(block: int, row: int, merged_above: frozenset[int], above: list[list[T]]) -> bool:
        if block == len(blocks) or row == rows:
            if block == len(blocks) and row == rows:
                found.append(list(above))
                if len(found) > limit:
                    raise _Spent
                return True
            return False
        if (block, row, merged_above) in dead:
            return False
        any_found = False
        for end, cells, merged in bands_at(block, row, merged_above):
            any_found |= search(end, row + len(cells), merged, above + cells)
        if not any_found:
            dead.add((block, row, merged_above))
        return any_found

    try:
        if alike is not None:
            return _distinct_readings(bands_at, len(blocks), rows, limit, alike)
        search(0, 0, frozenset(), [])
    except _Spent:
        return None
    return found


def _distinct_readings(bands_at: Callable, blocks: int, rows: int, limit: int, alike: Callable[[list[list[T]]], object]
                       ) -> list[list[list[T]]]:
    """`band_readings`' search where readings `alike` maps alike are one: each point (block, row, the
    columns merged above) its distinct readings of the rest, found once; more than `limit` at any point
    gives up (_Spent)."""
    known: dict[tuple[int, int, frozenset[int]], list[list[list[T]]]] = {}

    def rest(block: int, row: int, merged_above: frozenset[int]) -> list[list[list[T]]]:
        if block == blocks or row == rows:
            return [[]] if block == blocks and row == rows else []
        point = block, row, merged_above
        if point not in known:
            kept: dict[object, list[list[T]]] = {}
            bands: dict[object, tuple[int, list[list[T]], frozenset[int]]] = {}
            for end, cells, merged in bands_at(block, row, merged_above):  # bands that read alike are one
                bands.setdefault((end, merged, alike(cells)), (end, cells, merged))
            for end, cells, merged in bands.values():
                for after in rest(end, row + len(cells), merged):
                    reading = cells + after
                    kept.setdefault(alike(reading), reading)
                    if len(kept) > limit:
                        raise _Spent
            known[point] = list(kept.values())
        return known[point]

    return rest(0, 0, frozenset())


def _tilings(options_of: BlockOptions, blocks: int, block: int, count: int, columns: int, spent: list[int] | None,
             nested: dict | None = None) -> Iterator[tuple[int, list[tuple[int, list[list[T]]]]]]:
    """Each run of blocks from `block` that tiles `columns` columns as a band of `count` rows: (the block
    after it, each group's (columns, cells)), every option of every block (`band_readings`). Each option
    tried counts against `spent` where given (blocks of several options; one option a block adds no work
    to the bands tried). `nested`: a group of neighbouring columns may instead be bands of fewer rows of
    its own, one after the other (poppler splits the columns between a band's first and last blocks where
    a row of it is taller than the others: `_sub_bands`), each group's readings kept in `nested` once
    found."""
    def runs(at: int, held: int, taken: list) -> Iterator[tuple[int, list]]:
        if held == columns:
            yield at, list(taken)
            return
        if at == blocks:
            return
        for width, cells in options_of(at, count):
            if spent is not None:
                _spend(spent)
            if held + width <= columns:
                yield from runs(at + 1, held + width, [*taken, (width, cells)])
        if nested is not None and count > 1:
            for width in range(1, columns - held + 1 - (held == 0)):
                if (at, count, width) not in nested:
                    nested[at, count, width] = list(_sub_bands(options_of, blocks, at, count, width, spent, nested))
                for end, cells in nested[at, count, width]:
                    yield from runs(end, held + width, [*taken, (width, cells)])
    yield from runs(block, 0, [])


def _sub_bands(options_of: BlockOptions, blocks: int, block: int, count: int, columns: int, spent: list[int],
               known: dict) -> Iterator[tuple[int, list[list[T]]]]:
    """Each way the blocks from `block` read as bands of fewer than `count` rows over `columns` columns,
    `count` rows in all, each block one column of its band (as seen: single cells row by row, or a column
    of a few rows): (the block after them, the rows' cells). `known`: the search's memo (`_tilings`' `nested`),
    where each block's one-column options and each run of blocks' tilings are kept once found."""
    def one_column(at: int, rows: int) -> list[tuple[int, list[list[T]]]]:
        if ("column", at, rows) not in known:
            known["column", at, rows] = [option for option in options_of(at, rows) if option[0] == 1]
        return known["column", at, rows]

    def cover(at: int, left: int, above: list[list[T]]) -> Iterator[tuple[int, list[list[T]]]]:
        if not left:
            yield at, list(above)
            return
        for rows in range(1, min(left, count - 1) + 1):
            # the same blocks tiled again (by sub-bands of other rows, or opening at other blocks): found once
            key = ("tilings", at, rows, columns)
            if (tiled := known.get(key)) is not None and not tiled[0]:
                _spend_many(spent, tiled[1])  # most runs tile nothing: `_replayed`'s work counted, nothing made
                continue
            for end, taken in _replayed(known, key, spent, partial(_tilings, one_column, blocks, at, rows, columns, spent)):
                band: list[list[T]] = [[] for _ in range(rows)]
                for _, cells in taken:
                    for index in range(rows):
                        band[index] += cells[index]
                yield from cover(end, left - rows, above + band)
    yield from cover(block, count, [])


def blocks_across_rows(words: Sequence[str], lines: Sequence[int], width: int) -> bool:
    """Whether figures read row by row, `width` a row, stand in poppler's column blocks (`words`, each on its
    line of `lines`) and read otherwise so: some paragraph (figures on lines one after the other, an empty
    line before and after) holds figures of two rows yet neither whole rows nor one row's. Poppler's block
    is a column of a band of rows, or neighbouring columns written a row a line (or a figure a line, row
    after row): a block holding one row's last figures and the next one's first is none of them, so the
    figures are columns. Figures all alike (`0` or `/` throughout) read the same in any order: False."""
    if len({word.strip() for word in words}) < 2:
        return False
    first = 0
    for at in range(1, len(lines) + 1):
        if at == len(lines) or lines[at] > lines[at - 1] + 1:
            if first // width != (at - 1) // width and (first % width or at % width):
                return True
            first = at
    return False


# total columns set apart at most (`totals_put_back`), the orders of blocks tried at most, and the work of
# `band_readings` all of them share, in its own searches' (BANDS_TRIED): a table that needs more is not read.
# Three where each band of several rows sets its total column apart (a Chromium table printing `—` in its
# blank cells: three bands' totals past the next heading); the orders with three are read only where those
# with fewer read nothing, even as rivals (those with one and two, TOTALS_APART_RIVALS, read together)
TOTALS_APART = 3
TOTALS_APART_RIVALS = 2
ORDERS_TRIED = 256
ORDERS_WORK = 4


def totals_put_back(blocks: Sequence[Sequence[T]], apart: int, limit: int = ORDERS_TRIED
                    ) -> list[list[Sequence[T]]] | None:
    """Poppler may set the total column of a band, two or three after all the other blocks (seen in r23 000074's
    `-bbox-layout`: the total column, a block of its own at the page's edge, follows the blocks of the
    bands below whose last two columns merged into one). Each order of `blocks` with its last `apart`
    blocks put back, in order, each right after an earlier block of as many figures (the band's column
    before its total, of the same rows), no two after one block; `band_readings` reads each. None where
    more than `limit` orders (never a guess)."""
    orders: list[list[Sequence[T]]] = []
    if len(blocks) <= apart:
        return orders
    try:
        _put_back(list(blocks[:-apart]), blocks[-apart:], 0, [], orders, limit)
    except _Spent:
        return None
    return orders


def _put_back(body: list[Sequence[T]], moved: Sequence[Sequence[T]], at: int, order: list[Sequence[T]],
              orders: list[list[Sequence[T]]], limit: int) -> None:
    """`totals_put_back`'s orders of `body` from `at` on with the `moved` blocks each put back right after a
    block of as many figures, `order` the blocks placed before `at`; _Spent past `limit` orders."""
    if not moved:
        orders.append([*order, *body[at:]])
        if len(orders) > limit:
            raise _Spent
        return
    for after in range(at, len(body)):
        if len(body[after]) == len(moved[0]):
            _put_back(body, moved[1:], after + 1, [*order, *body[at:after + 1], moved[0]], orders, limit)


# a count as Chromium prints it, thousands grouped or not (`1,040`, `１，０４０`); `1,04` is no whole figure
FIGURE_RE = re.compile(r"[0-9０-９]{1,3}(?:[,，][0-9０-９]{3})+|[0-9０-９]+")
# blank marks poppler's plain text keeps on a block's lines: it joins a line ending in a hyphen (`-`, `－`, `–`)
# to the next and drops the hyphen, so a block of hyphen marks may lose words (9 reports of 9 on the tuning
# sets that print `-` lost some; 19 of 19 printing `/`, `—` or `无` kept every one)
MARKS_KEPT_IN_BLOCKS = frozenset({"/", "／", "—", "——", "无"})
# a blank's mark that poppler drops where it ends a block's line before another: it takes the line for a word
# broken there and joins the next line to it (`-` / `-` / `5` prints `5`)
HYPHEN = "-"
# a word of digits and separators: a figure, or a piece of one a narrow column wrapped (`１,０`)
DIGITS_RE = re.compile(r"[0-9０-９][0-9０-９,，]*")


def figure_lines_past(texts: Sequence[str], heading: int, table: int | None = None) -> tuple[int, int]:
    """The lines [first, end) past the next section's heading (at `heading`) that hold figures alone
    (thousands grouped or not; one a line, or several where poppler merged neighbouring columns into one
    block), empty lines among them, up to the first line of other words, where the
    text before the heading ends on a line of figures too (`1,040 0`): where plain `pdftotext` set that
    heading before the last blocks of table 3 (chunks.py's `figures_past_the_heading` takes only figures
    of digits alone). Where the table's text (from `table`) holds no line of figures at all, its labels
    alone, the run is taken too: every block of the table may stand past the heading (the caller reads
    them only as the table's blocks, or leaves the table unknown). (heading + 1, heading + 1) where there
    are none."""
    none = heading + 1, heading + 1
    before = heading - 1
    while before >= 0 and not texts[before].strip():
        before -= 1
    if before < 0 or not figures_alone(texts[before]) and (
            table is None or any(figures_alone(text) for text in texts[table:heading])):
        return none
    first = heading + 1
    while first < len(texts) and not texts[first].strip():
        first += 1
    end = first
    for index in range(first, len(texts)):
        text = texts[index].strip()
        if text and not figures_alone(text):  # a line of a block of merged columns holds several
            break
        if text:
            end = index + 1
    return (first, end) if end > first else none


def figures_alone(text: str) -> bool:
    """A line of figures and blank marks poppler keeps and nothing else (`1,040 0`, `— 6`): a table printing
    a mark in each blank cell sets its blocks of marks past the heading as it does its figures."""
    words = text.split()
    if not words:
        return False
    for word in words:  # (a loop, not a generator a line: asked of every line past the heading)
        if not (FIGURE_RE.fullmatch(word) or word in MARKS_KEPT_IN_BLOCKS):
            return False
    return True
