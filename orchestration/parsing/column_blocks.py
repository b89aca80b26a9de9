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
but a band's columns are blocks of as many lines as its rows, so the blocks' sizes do: a band opens
with a block of k figures and is the k-row band of that block and the next `columns - 1`, which must
hold k figures each. That reading is the only one the sizes allow (no search: the first block's size
fixes each band in turn), and the caller keeps it only where every row's sum and the table's column
rules hold; it rests on that model of poppler's blocks, so its cells are recovered.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TypeVar

T = TypeVar("T")


def bands(sizes: Sequence[int], rows: int, columns: int) -> list[int] | None:
    """The row count of each band of `columns` blocks of equal size (the blocks' `sizes` in order),
    the bands' rows adding up to `rows`; None where the sizes make no such bands (a block of another
    size where a band's next column stands, blocks left over or too few)."""
    found: list[int] = []
    at = 0
    while at < len(sizes):
        size = sizes[at]
        if size < 1 or at + columns > len(sizes) or any(other != size for other in sizes[at:at + columns]):
            return None
        found.append(size)
        at += columns
    return found if sum(found) == rows else None


def placed(blocks: Sequence[Sequence[T]], rows: int, columns: int) -> list[list[T]] | None:
    """Each row's cells of the `columns` columns after those beside its label, from `blocks` (each a
    column of one band, its figures top to bottom; `bands`), rows in order; None where the blocks make
    no bands of `rows` rows."""
    counts = bands([len(block) for block in blocks], rows, columns)
    if counts is None:
        return None
    out: list[list[T]] = []
    for band, count in enumerate(counts):
        first = band * columns
        out += [[blocks[first + column][row] for column in range(columns)] for row in range(count)]
    return out


# a count as Chromium prints it, thousands grouped or not (`1,040`, `１，０４０`); `1,04` is no whole figure
FIGURE_RE = re.compile(r"[0-9０-９]{1,3}(?:[,，][0-9０-９]{3})+|[0-9０-９]+")
# a word of digits and separators: a figure, or a piece of one a narrow column wrapped (`１,０`)
DIGITS_RE = re.compile(r"[0-9０-９][0-9０-９,，]*")


def figure_lines_past(texts: Sequence[str], heading: int) -> tuple[int, int]:
    """The lines [first, end) past the next section's heading (at `heading`) that hold one figure each
    (thousands grouped or not), empty lines among them, up to the first line of other words, where the
    text before the heading ends on such a line too: where plain `pdftotext` set that heading before the
    last blocks of table 3 (chunks.py's `figures_past_the_heading` takes only figures of digits alone).
    (heading + 1, heading + 1) where there are none."""
    none = heading + 1, heading + 1
    before = heading - 1
    while before >= 0 and not texts[before].strip():
        before -= 1
    if before < 0 or not FIGURE_RE.fullmatch(texts[before].strip()):
        return none
    first = heading + 1
    while first < len(texts) and not texts[first].strip():
        first += 1
    end = first
    for index in range(first, len(texts)):
        text = texts[index].strip()
        if text and not FIGURE_RE.fullmatch(text):
            break
        if text:
            end = index + 1
    return (first, end) if end > first else none
