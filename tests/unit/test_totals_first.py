"""Table 3 of Chromium's PDF through plain `pdftotext` where a narrow total column's wrapped cell starts
above its row: poppler writes that column for the first rows as one block before the others, the first
rows whole after it, then the other rows in column chunks, the first column beside the labels
(chunks.py's `totals_first_readings`). Made-up words of small tables (two parts and a total), written
by hand: one order reads, an order the sums cannot settle leaves its rows' readings several (unknown)."""

from __future__ import annotations

from decimal import Decimal

from orchestration.parsing.chunks import totals_first_readings
from orchestration.parsing.wrapped_digits import Word


def sum_holds(row) -> bool:
    return sum(value or 0 for value in row[:-1]) == (row[-1] or 0)


def words(*lines: tuple[int, str]) -> list[Word]:
    """Figures a line each, alone on their lines (line, full-width text)."""
    return [Word(text, line, True) for line, text in lines]


def values(readings) -> list[set[tuple]]:
    return [{tuple(value for value, _ in placing) for placing in row} for row in readings]


def D(*figures: int) -> tuple:
    return tuple(Decimal(figure) for figure in figures)


# rows 12 3 15 / 2 5 7 / 4 1 5 / 6 2 8: the totals of rows 0 and 1 first (15 wrapped `１` / `５` on the
# lines before `７`: one block), row 0 whole, the first column beside the labels of rows 1-3, row 1's other
# part alone (its total stood first), then rows 2 and 3 in a chunk
WRAPPED_TOTALS_FIRST = words((10, "１"), (11, "５"), (12, "７"), (14, "１２"), (16, "３"), (18, "２"), (20, "４"),
                             (22, "６"), (24, "５"), (26, "１"), (28, "２"), (30, "５"), (32, "８"))


def test_the_first_rows_totals_set_before_the_others_are_read():
    readings = totals_first_readings(WRAPPED_TOTALS_FIRST, 4, 3, sum_holds)
    assert values(readings) == [{D(12, 3, 15)}, {D(2, 5, 7)}, {D(4, 1, 5)}, {D(6, 2, 8)}]
    # a figure's place is its first word: 15 opens on `１` (word 0), row 0's total
    assert {placing[2][1] for placing in readings[0]} == {0}


def test_the_labels_say_where_the_rows_in_chunks_open():
    # row 1's label after the five words of the totals and row 0: read; a label elsewhere: no reading
    assert values(totals_first_readings(WRAPPED_TOTALS_FIRST, 4, 3, sum_holds, counts={1: 5}))[0] == {D(12, 3, 15)}
    assert totals_first_readings(WRAPPED_TOTALS_FIRST, 4, 3, sum_holds, counts={1: 7}) == []


def test_rows_the_sums_cannot_settle_keep_several_readings():
    # rows 12 0 12 / 2 1 3 / 1 2 3 / 0 2 2: the text's order keeps every sum with rows 2 and 3 read either
    # way round, so their cells are unknown (the caller reads a cell only where all readings agree); rows
    # 0 and 1 read
    ambiguous = words((10, "１"), (11, "２"), (12, "３"), (14, "１２"), (16, "０"), (18, "２"), (20, "１"),
                      (22, "０"), (24, "１"), (26, "２"), (28, "２"), (30, "３"), (32, "２"))
    readings = values(totals_first_readings(ambiguous, 4, 3, sum_holds))
    assert readings[:2] == [{D(12, 0, 12)}, {D(2, 1, 3)}]
    assert readings[2] == readings[3] == {D(1, 2, 3), D(0, 2, 2)}


def test_too_many_groupings_of_the_pieces_give_up():
    # pieces of one width on lines one after the other: each may go on the next; past the bound, no reading
    many = words(*((line, "１") for line in range(10, 40)))
    assert totals_first_readings(many, 3, 3, sum_holds) is None
