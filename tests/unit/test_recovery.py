"""Bounded recovery of figures that ran together: the template's arithmetic decides, within a
bound on a count's digits and on the row's width, and a long run never blows up."""

from __future__ import annotations

import random
import tracemalloc

from orchestration.parsing.cells import UNKNOWN, read_count
from orchestration.parsing.parse import parse_text
from orchestration.parsing.recovery import MAX_CANDIDATES, row_candidates, splits

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
