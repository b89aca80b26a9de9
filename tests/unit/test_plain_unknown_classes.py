"""`benchmarks/plain_unknown_classes.py`'s model of poppler's plain text (`poppler_plain`): a line ending in an
ASCII `-` before another line of its flow loses the `-` and is joined to the next, so a one-column flow of
blanks printing `-` writes one `-` (its last), and its figures without the rows they stand in; and its
bound for the `mixed` class (`swap_bound`): outcome rows or part columns that trade places leaving that text
as it is leave their cells in doubt. Written by hand."""

from __future__ import annotations

from benchmarks.plain_reading_order import Word
from benchmarks.plain_unknown_classes import poppler_plain, swap_bound


def column_flow(flow: int, left: float, texts: list[str]) -> list[list[Word]]:
    """One flow (one block) of a column's cells, a word a line, top to bottom."""
    return [[Word(1, flow, left, 100 + 17 * at, left + 10, text, flow)] for at, text in enumerate(texts)]


def test_a_line_ending_in_a_hyphen_before_another_of_its_flow_is_joined_to_it():
    lines = [*column_flow(1, 300, ["1", "-", "2", "-", "-"]), *column_flow(2, 330, ["-", "-", "-"]),
             [Word(1, 3, 10, 200, 90, "公开", 3), Word(1, 3, 100, 200, 110, "-", 3)], [Word(1, 3, 10, 217, 50, "申请", 3)]]
    assert poppler_plain(lines) == "1\n2\n-\n\n-\n\n公开 申请\n\n"
    # an em dash is no hyphen: every one is written
    assert poppler_plain(column_flow(1, 300, ["—", "—"])) == "—\n—\n\n"


def test_outcome_rows_trading_places_in_a_column_flow_leave_their_cells_in_doubt():
    # rows: new_received, granted, partially_granted, results_total, carried_forward; columns: one part + total
    table = {"new_received": [1, 1], "granted": [1, 1], "partially_granted": [None, None],
             "results_total": [1, 1], "carried_forward": [None, None]}
    cells = {}
    lines: list[list[Word]] = []
    for column, left in enumerate((300, 330)):
        flow = column_flow(column + 1, left, ["1", "1", "-", "1", "-"])
        lines += flow
        cells.update({(row, column): line for row, line in enumerate(flow)})
    every = set(cells)
    # granted and partially_granted swapped print `1 1 1 -` alike: their four cells are in doubt
    assert swap_bound(lines, cells, table, every) == len(every) - 4
    # written each in a flow of its own, every mark is kept: no trade keeps the text
    single = [[Word(1, 10 + at, 300, 100 + at, 310, line[0].text, 10 + at)] for at, line in enumerate(lines)]
    cells = {place: single[lines.index(line)] for place, line in cells.items()}
    assert swap_bound(single, cells, table, every) == len(every)
