"""Bounded recovery of figures that ran together: the template's arithmetic decides, within a
bound on a count's digits and on the row's width, and a long run never blows up."""

from __future__ import annotations

import random
import tracemalloc
from decimal import Decimal

from orchestration.parsing.cells import UNKNOWN, read_count
from orchestration.parsing.parse import parse_text
from orchestration.parsing.recovery import MAX_CANDIDATES, column_rules_hold, row_candidates, splits

APPLICANT_ROW = (7,)
REVIEW_ROW = (5, 5, 5)


def ints(reading):
    return [None if v is None else int(v) for v in reading]


def test_the_row_rule_makes_a_crawled_run_unique():
    # `123000015` is 12, 3, 0, 0, 0, 0, 15: no other cut without leading zeros sums to its total
    assert [ints(r) for r in row_candidates(["123000015"], 7)] == [[12, 3, 0, 0, 0, 0, 15]]
    # fifteen zeros are fifteen zero cells; a cell's own spaces are cuts
    assert [ints(r) for r in row_candidates(["0" * 15], 15, REVIEW_ROW)] == [[0] * 15]
    assert [ints(r) for r in row_candidates(["200 000121"], 7)] == [[20, 0, 0, 0, 0, 1, 21]]


def test_ambiguous_runs_are_not_guessed():
    # without arithmetic (table 2), `1213` has three readings; `005` has one (no leading zeros)
    assert len(splits(["1213"], (3,), summed=False)) == 3
    assert [ints(r) for r in splits(["005"], (3,), summed=False)] == [[0, 0, 5]]
    # twenty ones into seven cells, no rule: thousands of readings, more than the cap → None (unknown)
    assert row_candidates(["1" * 20], 7, summed=False) is None


def test_long_runs_are_bounded_in_time_and_memory():
    rng = random.Random(14)
    runs = ["".join(rng.choice("0123456789") for _ in range(n)) for n in (24, 40)] + ["1" * 24, "10" * 20]
    tracemalloc.start()
    for run in runs:
        for blocks in (APPLICANT_ROW, REVIEW_ROW):
            found = row_candidates([run], sum(blocks), blocks)
            assert found is None or len(found) <= MAX_CANDIDATES
    # longer than the row's width of 7-digit counts: nothing to split, at once
    assert row_candidates(["7" * 5000], 7) == []
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    assert peak < 50 * 2**20


def test_a_figure_of_thousands_of_digits_is_unknown_not_a_crash():
    assert read_count("9" * 5000).state == UNKNOWN
    text = "某某局2021年政府信息公开工作年度报告\n三、收到和处理政府信息公开申请情况\n" \
           "一、本年新收政府信息公开申请数量\t" + "\t".join(["1" * 4400] * 7) + "\n"
    report = parse_text(text, "long.txt")
    cells = {(c.row, c.column): c for c in report.cells if c.table == "applications"}
    assert cells[("new_received", "natural_person")].state == UNKNOWN
    assert report.warnings


def test_a_split_keeps_its_blank_cells_blank():
    assert [ints(r) for r in row_candidates(["3", "/", "03"], 4, summed=False)] == [[3, None, 0, 3]]
    assert row_candidates(["12", "3"], 7) == []


def test_a_rows_splits_are_the_callers_to_change():
    # the splits of a row are remembered for the next report holding it: changing the list one
    # caller got leaves the next caller's answer whole
    first = row_candidates(["123000015"], 7)
    first.clear()
    assert [ints(r) for r in row_candidates(["123000015"], 7)] == [[12, 3, 0, 0, 0, 0, 15]]


def row(*figures):
    return tuple(None if f is None else Decimal(f) for f in figures)


def test_column_rules_check_the_balance_and_the_outcomes_per_column():
    outcomes = ("granted", "refused")
    table = {"new_received": row(3, 0, 0, 0, 0, 0, 3), "carried_over": row(1, 0, 0, 0, 0, 0, 1),
             "carried_forward": row(0, 0, 0, 0, 0, 0, 0), "granted": row(2, 0, 0, 0, 0, 0, 2),
             "refused": row(2, 0, 0, 0, 0, 0, 2)}
    assert column_rules_hold("results_total", row(4, 0, 0, 0, 0, 0, 4), table, outcomes)
    # 3 + 1 received and carried over, 5 handled: APP_BALANCE fails in the first column
    assert not column_rules_hold("results_total", row(5, 0, 0, 0, 0, 0, 5), table, outcomes)
    # an outcome row that makes the outcomes add up to 5, not the total's 4: APP_OUTCOME_SUM fails
    assert not column_rules_hold("refused", row(3, 0, 0, 0, 0, 0, 3), table | {"results_total": row(4, 0, 0, 0, 0, 0, 4)},
                                 outcomes)


def test_column_rules_leave_out_what_they_cannot_check():
    outcomes = ("granted", "refused")
    # a row a rule needs is unread (None): that rule says nothing, however the reading adds up
    unread = {"new_received": None, "carried_over": row(1, 0, 0, 0, 0, 0, 1), "carried_forward": row(0, 0, 0, 0, 0, 0, 0),
              "granted": None, "refused": row(2, 0, 0, 0, 0, 0, 2)}
    assert column_rules_hold("results_total", row(9, 0, 0, 0, 0, 0, 9), unread, outcomes)
    # columns blank in every outcome row (only the totals rows print them) do not have to add up
    blank_column = {"granted": row(1, None, 0, 0, 0, 0, None), "refused": row(1, None, 0, 0, 0, 0, None)}
    assert column_rules_hold("results_total", row(2, 5, 0, 0, 0, 0, 7), blank_column, outcomes)
    assert not column_rules_hold("results_total", row(2, 5, 0, 0, 0, 0, 7),
                                 blank_column | {"granted": row(1, 0, 0, 0, 0, 0, None)}, outcomes)
