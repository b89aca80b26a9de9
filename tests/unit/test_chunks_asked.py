"""Column chunks asked once per table (chunks.py's `_ChunksAsked`): searches of figures of one table that try
the same chunks of the same figures again (another grouping of wrapped pieces, another order of the figures
set apart, another pass) take the answer of the first, and pay the rows it read, so each search answers and
gives up as it would alone. Made-up tables of three rows (two parts and a total), one chunk column by column."""

from __future__ import annotations

from decimal import Decimal

from orchestration.parsing.chunks import _ChunksAsked, _covering


def sum_holds(row) -> bool:
    return sum(value or 0 for value in row[:-1]) == (row[-1] or 0)


def column_by_column(*rows: tuple[int, ...]) -> list[Decimal]:
    return [Decimal(row[column]) for column in range(len(rows[0])) for row in rows]


# rows 1 2 3 / 4 5 9 / 2 2 4, written one column after the other
TABLE = column_by_column((1, 2, 3), (4, 5, 9), (2, 2, 4))
# the same but the last total: 5, which row 2's parts do not make
MISPRINTED = column_by_column((1, 2, 3), (4, 5, 9), (2, 2, 5))


def test_a_search_after_another_reads_as_alone():
    asked = _ChunksAsked()
    alone = _covering(TABLE, 3, 3, sum_holds)
    assert alone is not None
    assert _covering(TABLE, 3, 3, sum_holds, asked=asked) == alone
    asked_before = len(asked.answers)
    assert _covering(TABLE, 3, 3, sum_holds, asked=asked) == alone
    assert len(asked.answers) == asked_before  # nothing asked again


def test_a_chunk_of_other_figures_is_asked_anew():
    # the chunks reading the last total read another figure: their answer is not the first table's
    asked = _ChunksAsked()
    assert _covering(TABLE, 3, 3, sum_holds, asked=asked) is not None
    assert _covering(MISPRINTED, 3, 3, sum_holds) is None
    assert _covering(MISPRINTED, 3, 3, sum_holds, asked=asked) is None


def test_a_chunk_answered_before_costs_its_rows_again():
    # the budget a search spends is the same whether its chunks were asked before or not: a bound gives up
    # where it would have
    alone, again = [1_000], [1_000]
    asked = _ChunksAsked()
    _covering(TABLE, 3, 3, sum_holds, budget=alone)
    _covering(TABLE, 3, 3, sum_holds, asked=asked)
    _covering(TABLE, 3, 3, sum_holds, budget=again, asked=asked)
    assert alone[0] == again[0] < 1_000
