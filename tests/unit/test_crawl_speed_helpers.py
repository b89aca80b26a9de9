"""The helpers that make a crawled page's reading cheaper read exactly as the slower code did: the joint
solve's outcome states (recovery._outcome_sums, worked out with each reading's printed columns once)."""

from __future__ import annotations

from decimal import Decimal

from orchestration.parsing.recovery import _printed_columns, settle_table


def reading(*values):
    return tuple(None if v is None else Decimal(v) for v in values)


def test_the_printed_columns_of_a_reading_are_its_figures_bits():
    assert _printed_columns(reading(1, None, 0, None, None, None, 1)) == 0b1000101
    assert _printed_columns(reading(None, None, None, None, None, None, None)) == 0
    assert _printed_columns(reading(*range(7))) == 0b1111111


def test_a_total_column_no_outcome_row_prints_says_nothing_of_the_outcomes():
    # results_total prints its total, 3, which no outcome row prints in any reading (a report printing 总计 only in
    # the totals rows): the column owes 3 that no row left can pay, allowed because none printed it; the columns
    # granted prints decide: its 3 stands where the total's does, not beside it
    total = reading(3, None, None, None, None, None, 3)
    granted = [reading(3, None, None, None, None, None, None), reading(None, None, 3, None, None, None, None)]
    held = [reading(None, None, None, None, None, None, None)]
    rows = {"results_total": [total], "granted": granted, "unavailable_not_held": held}
    assert settle_table(rows, ("granted", "unavailable_not_held"))["granted"] == [granted[0]]


def test_a_column_an_outcome_row_prints_must_be_paid():
    # granted printing 1 of the total's 3 leaves 2 owed that no row left can pay, in a column it prints: that
    # reading goes; the one paying the 3 stays
    total = reading(3, None, None, None, None, None, 3)
    granted = [reading(1, None, None, None, None, None, 1), reading(3, None, None, None, None, None, 3)]
    held = [reading(None, None, None, None, None, None, None)]
    rows = {"results_total": [total], "granted": granted, "unavailable_not_held": held}
    assert settle_table(rows, ("granted", "unavailable_not_held"))["granted"] == [granted[1]]
