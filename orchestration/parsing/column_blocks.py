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
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Sequence
from typing import TypeVar

T = TypeVar("T")

# readings of one table kept at most (each a table the caller checks against the column rules); more, and
# the table is not read
READINGS_KEPT = 64
# bands tried at most, over one table's search (blocks × rows × rows bounds it; ~200 × 25 × 25)
BANDS_TRIED = 200_000


class _Spent(Exception):
    """The search of `band_readings` went past its bound."""


def band_readings(blocks: Sequence[Sequence[T]], rows: int, columns: int, row_holds: Callable[[int, list[T]], bool],
                  limit: int = READINGS_KEPT, work: int = BANDS_TRIED) -> list[list[list[T]]] | None:
    """Every reading of `blocks` (poppler's blocks of figures, in order) as bands of rows of `columns`
    columns, `rows` rows in all, each of its rows keeping `row_holds(row, cells)`: a band of k rows is
    the next blocks whose columns add up to `columns`, each block of k figures a column it holds (read
    row by row where it holds several: poppler merged neighbouring columns into one block, its lines the
    rows), left to right. A column merged into its left neighbour's block in the band above and a block
    of its own in this one may have that block set after the band's others (poppler orders it last):
    both orders are tried. Each reading is its rows' cells, in order. A depth-first search over (block,
    row, the columns merged above) whose dead ends are remembered, so its work is bounded by blocks ×
    rows × rows bands tried (`work`); None where it found more than `limit` readings or spent its work
    (never a guess)."""
    found: list[list[list[T]]] = []
    dead: set[tuple[int, int, frozenset[int]]] = set()
    spent = [work]

    def bands_at(block: int, row: int, merged_above: frozenset[int]
                 ) -> Iterator[tuple[int, list[list[T]], frozenset[int]]]:
        # (the block after the band, its rows' cells, its columns merged into a left neighbour's block) for
        # every band that may open at `block`
        for count in range(1, rows - row + 1):
            spent[0] -= 1
            if spent[0] < 0:
                raise _Spent
            if len(blocks[block]) % count:
                continue
            held, end = 0, block
            while end < len(blocks) and held < columns and not len(blocks[end]) % count:
                held, end = held + len(blocks[end]) // count, end + 1
            if held != columns:
                continue
            widths = [len(blocks[at]) // count for at in range(block, end)]
            orders = [list(range(columns))]  # each block's columns, left to right
            if widths[-1] == 1:  # the last block a column merged above, set after the others
                orders += [[*range(moved), *range(moved + 1, columns), moved] for moved in sorted(merged_above)
                           if moved < columns - 1]
            for order in orders:
                cells: list[list[T | None]] = [[None] * columns for _ in range(count)]
                spans, at_column = [], 0
                for at, width in zip(range(block, end), widths):
                    taken = order[at_column:at_column + width]
                    at_column += width
                    if taken != list(range(taken[0], taken[0] + width)):
                        break  # a merged block holds neighbouring columns
                    spans.append(taken)
                    for index in range(count):
                        cells[index][taken[0]:taken[0] + width] = blocks[at][index * width:(index + 1) * width]
                else:
                    band = [list(band_row) for band_row in cells]  # every cell set: the blocks tile the columns
                    if all(row_holds(row + index, band_row) for index, band_row in enumerate(band)):
                        merged = frozenset(column for taken in spans for column in taken[1:])
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
        search(0, 0, frozenset(), [])
    except _Spent:
        return None
    return found


# a count as Chromium prints it, thousands grouped or not (`1,040`, `１，０４０`); `1,04` is no whole figure
FIGURE_RE = re.compile(r"[0-9０-９]{1,3}(?:[,，][0-9０-９]{3})+|[0-9０-９]+")
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
    """A line of figures and nothing else (`1,040 0`)."""
    words = text.split()
    return bool(words) and all(FIGURE_RE.fullmatch(word) for word in words)
