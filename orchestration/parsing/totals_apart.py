"""Table 3 in column chunks whose total column of some chunks poppler set after all the others (plain
`pdftotext` of Chromium's PDFs; application_columns' `_totals_apart_at_the_end`, column_blocks.py's
`totals_put_back`, seen in r23 000074).

Such a reading takes the table as one part, every row writing the same count of columns beside its label
(chunks.py's `last_apart`). Blank marks and zeros keep every row's sum in any order, so where a band of rows
stands as blocks before a later label (a page of its own), a reading of the whole table with the figures
apart may still keep every sum, placing them in the wrong rows: `leads_the_labels_allow` keeps only the
counts beside the labels that their places allow.

Where the figures also read in the order written and the table prints blank marks (`/`, `—`, `无`), the
rows' sums may keep both readings: a block of zeros and marks keeps any sum wherever it stands, and a
total column of one band set after the others may read as the last band's. The two readings then put
different figures in some cells (a mark read blank where a 0 is printed, or a figure in another row), and
the text proves neither. `disputed_by_totals_apart` reads each such reading (`rivals_with_totals_apart`:
the last figures, from an empty line among the last rows' count, the total column of some chunks of the
last part) and makes unknown every cell the order written reads and one of them reads otherwise.
A table printing zeros whose order written breaks a column rule (no order of a row's figures mending it), or
leaves one unchecked (a cell unknown), has the same rivals, confined to those columns: there the rules vouch
for no placing.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Mapping, Sequence
from dataclasses import replace
from decimal import Decimal

from ..core import labels as L
from . import recovery as R
from .cells import BLANK, UNKNOWN
from .chunks import Chunkings, Reading, column_chunkings
from .record import Cell
from .rows import Row

# the rows the searches for the total columns apart may read, every count together (as
# application_columns' `_ROWS_READ_FOR_TOTALS_APART`); past it the search gives up and no cell is proven
ROWS_READ_FOR_RIVALS = 60_000


def leads_the_labels_allow(keys: Sequence[str], found: Mapping[str, Row], lines: Sequence[int], width: int,
                           leads: tuple[int, ...]) -> tuple[int, ...]:
    """The counts of columns beside each label (of `leads`) that the labels' places allow a chunking of the
    whole table to write: each label found (`found[key].line`) stands after the figures the rows before it
    write beside theirs (`lines`: each figure's line), give or take one row's (a wrapped label's figures
    may stand on a neighbouring row's line), all other figures after the last label; none beside them, the
    whole rows' figures of some rows before it (their chunks, `width` a row). A chunking with
    figures apart (chunks.py's `last_apart`) reads the table as one part: where a row's label stands after
    more figures (a band of rows set before it, on a page of its own), no lead fits."""
    # a row found on a line of figures alone (its label placed nowhere) has no label's place to ask
    at = {index: bisect_left(lines, found[key].line) for index, key in enumerate(keys) if key in found and found[key].label}
    return tuple(lead for lead in leads if all(abs(count - index * lead) <= lead if lead else
                                               count % width == 0 and count <= index * width
                                               for index, count in at.items()))


def counts_apart(lines: Sequence[int], rows: int) -> list[int]:
    """How many of the last figures may be the total columns set apart: each count whose first figure
    opens a paragraph (an empty line before it), at most `rows` of them (one figure a row at most)."""
    return [len(lines) - index for index in range(max(1, len(lines) - rows), len(lines))
            if lines[index] > lines[index - 1] + 1]


def rivals_with_totals_apart(in_order: Chunkings, keys: Sequence[str], lines: Sequence[int], counts_lines: Sequence[int]
                             ) -> list[list[list[Reading]]] | None:
    """Each row's readings in each chunking of table 3 with the last figures the total column of some
    chunks of its last part (`in_order`'s, a page read on its own; `counts_apart` of `counts_lines` says how
    many), the rows before it as `in_order` reads them, that keeps every row's sum and whose table may keep
    APP_OUTCOME_SUM and APP_BALANCE, each row left the readings some table keeping them uses; None where a search gave up (a reading it left unread may place any
    cell). `lines`: each figure's line, as the chunkings must fit them. Where no table of `in_order`'s
    readings keeps those rules (a misprinted total, or the order written misread), the rules tell no reading
    from another: every reading apart keeping the rows' sums is a rival."""
    outcomes = L.outcome_rows_among(keys)
    width = in_order.width
    start = in_order.parts[-1][0]
    before = in_order.readings()[:start]
    values: Sequence[Decimal | None] = in_order.figures[start * width:]
    at = start * width
    budget = [ROWS_READ_FOR_RIVALS]
    rivals = []
    rules_told = R.some_table_keeps_the_rules(dict(zip(keys, in_order.readings())), outcomes) is not False
    for count in counts_apart(counts_lines[at:], len(keys) - start):
        gave_up: list[bool] = []
        found = column_chunkings(values, len(keys) - start, width, R.applicant_sum_holds, last_apart=count,
                                 budget=budget, leads=in_order.leads, gave_up=gave_up, lines=lines[at:])
        if gave_up or budget[0] < 0:
            return None
        if found is None:
            continue
        table = dict(zip(keys, [*before, *found.readings()]))
        if not rules_told or R.some_table_keeps_the_rules(table, outcomes) is not False:
            # a row's reading no table keeping the rules uses disputes nothing (settle_table keeps them all
            # where its search gives up)
            settled = R.settle_table(table, outcomes)
            rivals.append([settled[key] for key in keys])
    return rivals


def disputed_by_totals_apart(cells: list[Cell], rivals: list[list[list[Reading]]] | None, keys: Sequence[str],
                             columns: set[int] | None = None) -> tuple[list[Cell], int]:
    """`cells` as read in the order written, unknown where a rival reading (`rivals_with_totals_apart`)
    reads the cell otherwise in some reading of its row (None, a search that gave up: every cell); and
    how many were made unknown. A blank mark and a 0 are told apart (the sums read them alike).
    `columns`: only the cells of those applicant columns (indices) are disputed."""
    readings = None if rivals is None else [dict(zip(keys, rival)) for rival in rivals]
    applicants = list(L.APPLICANT_KEYS)
    kept, disputed = [], 0
    for cell in cells:
        column = applicants.index(cell.column)
        if cell.state != UNKNOWN and cell.row in keys and (columns is None or column in columns):
            value = None if cell.state == BLANK else cell.value
            if readings is None or any(reading[column] != value for rows in readings for reading in rows[cell.row]):
                cell = replace(cell, value=None, state=UNKNOWN, as_written=None)
                disputed += 1
        kept.append(cell)
    return kept, disputed
