"""Table 3's cells the column and row rules decide (rule_solver.py): the values found where every rule through a
cell whose other cells are known agrees, none where the rules disagree or say nothing, and APP_OUTCOME_SUM's
exception (a column blank in every outcome row says nothing of its total). Small made-up tables: 2019's outcome
rows, one applicant column (自然人) and the row totals."""

from __future__ import annotations

from decimal import Decimal

from orchestration.core import labels as L
from orchestration.parsing.recovery import failing_columns
from orchestration.parsing.rule_solver import outcome_sum_applies, solved_cells, values_the_rules_give

OUTCOMES = L.outcome_rows("2019")
PERSON = L.APPLICANT_KEYS[0]


def _column(figures: dict[str, int | None], column: str = PERSON) -> dict[tuple[str, str], Decimal | None]:
    """One column's cells known: a figure, or None for a blank."""
    return {(row, column): None if value is None else Decimal(value) for row, value in figures.items()}


def _rows_without(known: dict, *places: tuple[str, str]) -> dict:
    return {place: value for place, value in known.items() if place not in places}


# 自然人's column: 5 new, 1 carried over, 4 results (3 granted, 1 other), 2 carried forward; every other
# outcome row blank
COLUMN = {"new_received": 5, "carried_over": 1, "results_total": 4, "carried_forward": 2,
          **{row: None for row in OUTCOMES}, OUTCOMES[0]: 3, OUTCOMES[-1]: 1}


def test_a_cell_whose_rules_agree_is_their_value():
    known = _rows_without(_column(COLUMN), ("results_total", PERSON))
    # the outcome rows' sum and APP_BALANCE both give 4
    assert values_the_rules_give(("results_total", PERSON), known, OUTCOMES) == [Decimal(4), Decimal(4)]
    assert solved_cells([("results_total", PERSON)], known, OUTCOMES) == {("results_total", PERSON): Decimal(4)}


def test_a_cell_decided_decides_another():
    known = _rows_without(_column(COLUMN), ("results_total", PERSON), ("carried_forward", PERSON))
    # carried_forward needs results_total, which the outcome rows give first
    solved = solved_cells([("carried_forward", PERSON), ("results_total", PERSON)], known, OUTCOMES)
    assert solved == {("results_total", PERSON): Decimal(4), ("carried_forward", PERSON): Decimal(2)}


def test_no_value_where_the_rules_give_two():
    known = _rows_without(_column({**COLUMN, "carried_forward": 3}), ("results_total", PERSON))
    # the outcome rows give 4, APP_BALANCE 3 (5 + 1 - 3): not one value, so none
    assert sorted(values_the_rules_give(("results_total", PERSON), known, OUTCOMES)) == [Decimal(3), Decimal(4)]
    assert solved_cells([("results_total", PERSON)], known, OUTCOMES) == {}


def test_no_value_where_no_rule_has_its_other_cells():
    known = _rows_without(_column(COLUMN), ("results_total", PERSON), ("carried_forward", PERSON),
                          (OUTCOMES[0], PERSON))
    assert values_the_rules_give(("results_total", PERSON), known, OUTCOMES) == []
    assert solved_cells([("results_total", PERSON)], known, OUTCOMES) == {}


def test_what_the_page_shows_must_fit():
    known = _rows_without(_column(COLUMN), ("results_total", PERSON))
    assert solved_cells([("results_total", PERSON)], known, OUTCOMES, lambda place, value: str(value) == "7") == {}


def test_a_column_blank_in_every_outcome_row_says_nothing_of_its_total():
    # a report printing the column's figures in its totals rows only: the outcome rows give its total nothing (not
    # 0); APP_BALANCE alone decides it
    blank_outcomes = {**COLUMN, **{row: None for row in OUTCOMES}}
    known = _rows_without(_column(blank_outcomes), ("results_total", PERSON))
    assert values_the_rules_give(("results_total", PERSON), known, OUTCOMES) == [Decimal(4)]
    assert solved_cells([("results_total", PERSON)], known, OUTCOMES) == {("results_total", PERSON): Decimal(4)}
    # the same exception recovery.failing_columns keeps: such a column does not fail APP_OUTCOME_SUM
    reading = {row: (None if value is None else Decimal(value), *[None] * 6) for row, value in blank_outcomes.items()}
    assert failing_columns(reading, OUTCOMES) == set()
    assert not outcome_sum_applies([None, None]) and outcome_sum_applies([None, Decimal(0)])


def test_an_outcome_cell_solved_prints_a_figure_so_the_rule_holds_for_it():
    # the other outcome rows blank: the unknown outcome cell is the column's whole total
    column = {**COLUMN, **{row: None for row in OUTCOMES}}
    known = _rows_without(_column(column), (OUTCOMES[0], PERSON))
    assert solved_cells([(OUTCOMES[0], PERSON)], known, OUTCOMES) == {(OUTCOMES[0], PERSON): Decimal(4)}


def test_a_row_total_is_its_parts_and_a_part_the_total_less_the_others():
    known = {("new_received", key): Decimal(1) for key in L.APPLICANT_KEYS[:-1]}
    assert solved_cells([("new_received", "total")], known, OUTCOMES) == {("new_received", "total"): Decimal(6)}
    known = {**known, ("new_received", "total"): Decimal(9)}
    del known[("new_received", PERSON)]
    assert solved_cells([("new_received", PERSON)], known, OUTCOMES) == {("new_received", PERSON): Decimal(4)}
