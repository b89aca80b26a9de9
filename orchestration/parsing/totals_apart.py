"""Table 3 in column chunks whose total column of some chunks poppler set after all the others (plain
`pdftotext` of Chromium's PDFs; application_columns' `_totals_apart_at_the_end`, column_blocks.py's
`totals_put_back`, seen in r23 000074).

Such a reading takes the table as one part, every row writing the same count of columns beside its label
(chunks.py's `last_apart`). Blank marks and zeros keep every row's sum in any order, so where a band of rows
stands as blocks before a later label (a page of its own), a reading of the whole table with the figures
apart may still keep every sum, placing them in the wrong rows: `leads_the_labels_allow` keeps only the
counts beside the labels that their places allow.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Mapping, Sequence

from .rows import Row


def leads_the_labels_allow(keys: Sequence[str], found: Mapping[str, Row], lines: Sequence[int], width: int,
                           leads: tuple[int, ...]) -> tuple[int, ...]:
    """The counts of columns beside each label (of `leads`) that the labels' places allow a chunking of the
    whole table to write: each label found (`found[key].line`) stands after the figures the rows before it
    write beside theirs (`lines`: each figure's line), give or take one row's (a wrapped label's figures
    may stand on a neighbouring row's line), all other figures after the last label; none beside them, the
    whole rows' figures of some rows before it (their chunks, `width` a row). A chunking with
    figures apart (chunks.py's `last_apart`) reads the table as one part: where a row's label stands after
    more figures (a band of rows set before it, on a page of its own), no lead fits."""
    at = {index: bisect_left(lines, found[key].line) for index, key in enumerate(keys) if key in found}
    return tuple(lead for lead in leads if all(abs(count - index * lead) <= lead if lead else
                                               count % width == 0 and count <= index * width
                                               for index, count in at.items()))
