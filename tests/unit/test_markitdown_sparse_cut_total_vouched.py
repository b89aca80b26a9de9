"""markitdown's markdown of LibreOffice's PDF of a table 3 whose 总计 is cut at the page's edge and whose blank cells
print nothing (sparse_cut_totals.py): a row's total is the sum of the figures it prints, where a sum over the columns
together finds the rows it ties adding up as printed. Where carried_forward's figures stand on a line of their own
before its label (LibreOffice's tall cell), APP_BALANCE does not hold as printed, yet APP_OUTCOME_SUM may: the
outcome rows' totals are read, the balance rows' left unknown (a figure of theirs may be lost)."""

from __future__ import annotations

from decimal import Decimal

from tests.unit.test_converted_markdown import cells
from tests.unit.test_markitdown_sparse_cut_total_parts import CELLS, table_3
from tests.unit.test_markitdown_sparse_rows_grid import LABELS
from tests.unit.test_markitdown_sparse_rows_grid import row as sparse_row


def with_carried_forward_apart(figures: dict[str, dict[int, int]], apart: str) -> str:
    """The table with carried_forward's figures `apart` on a plain line above its label on a line of its own."""
    return table_3(figures).replace(sparse_row("carried_forward", {}, CELLS), f"{apart}\n{LABELS['carried_forward']}")


def test_outcome_rows_totals_are_read_where_the_outcome_sum_holds_as_printed():
    # 14 received, 10 handled, `3 1` carried forward on a line of its own: APP_BALANCE fails as printed (14 ≠ 10),
    # APP_OUTCOME_SUM holds (granted's 7 and partially_granted's 3 are results_total's 10)
    figures = {"new_received": {4: 10, 8: 4}, "results_total": {4: 7, 5: 3},
               "granted": {4: 7}, "partially_granted": {5: 3}}
    text = with_carried_forward_apart(figures, "3 1")
    assert cells(text, "applications", "granted")[-1] == (Decimal(7), "recovered")
    assert cells(text, "applications", "partially_granted")[-1] == (Decimal(3), "recovered")
    assert cells(text, "applications", "new_received")[-1][1] == "unknown"
    assert cells(text, "applications", "results_total")[-1][1] == "unknown"  # (`3 1` stands round it)


def test_no_total_is_read_where_neither_sum_holds_as_printed():
    # partially_granted's 3 lost: the outcome rows print 7 of results_total's 10, and the balance fails as before
    figures = {"new_received": {4: 10, 8: 4}, "results_total": {4: 7, 5: 3}, "granted": {4: 7}}
    text = with_carried_forward_apart(figures, "3 1")
    assert cells(text, "applications", "granted")[-1][1] == "unknown"
