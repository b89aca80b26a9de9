"""Table 3 whose first column stands beside each label and whose other columns follow all the labels as
poppler's blocks (plain `pdftotext` of Chromium's PDF, column_blocks.py), read where the blocks readers are
not asked (a text holding no form feed is not known to be a PDF's: a report pasted into a `.txt`, a crawl that
dropped its page breaks) or read nothing.

Poppler orders a flow's lines by their tops: a label's line that opens with a margin heading's word centred
over its rows (`（三）不予 4.保护第三方合法权益`) stands below its own row's figure, which then follows the row
above's. So after a label, a figure past its first may be the next row's; the text shows that layout where one
label is followed by more figures than a row has cells (the blocks after the last label)."""

from __future__ import annotations

from collections.abc import Iterable

from .rows import Row

LEAD_IN_DOUBT = ("figures on lines of their own after its label, fewer than its cells, where another label is "
                 "followed by more figures than a row holds (the table's columns as blocks after its labels): a "
                 "figure past its first may be the next row's, set before that label's line; not known")


def _figures_on_lines(row: Row) -> int:
    return len(row.filled_values()) if row.stacked and not row.joined else 0


def columns_as_blocks_after_labels(rows: Iterable[Row], width: int) -> bool:
    """Whether some label is followed, on lines of their own, by more figures than a row has cells."""
    return any(_figures_on_lines(row) > width for row in rows)


def figures_past_its_lead(row: Row, width: int) -> bool:
    """Whether a row holds several figures on lines of their own after its label, yet fewer than its cells."""
    return 1 < _figures_on_lines(row) < width
