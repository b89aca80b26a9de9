"""A rule of table 3 with a cell unknown still says something: a count is never negative, so the side read whole is
what the other side's cells read owe at most (rule_solver.sides_can_balance, asked by recovery.failing_columns). A
reading that would need a negative count in the unknown cell (or row) breaks the rule; one leaving it 0 or more keeps
it.
Small made-up tables: 2019's outcome rows, one applicant column (自然人) filled, the others blank."""

from __future__ import annotations

from decimal import Decimal

from orchestration.core import labels as L
from orchestration.parsing.recovery import failing_columns, settle_by_columns
from orchestration.parsing.rule_solver import sides_can_balance

OUTCOMES = L.outcome_rows("2019")
WIDTH = len(L.APPLICANT_KEYS)


def _table(figures: dict[str, int | None]) -> dict[str, tuple[Decimal | None, ...]]:
    """Every row of table 3, 自然人's cell as `figures` gives it (None: blank), every other cell blank."""
    rows = {key: None for key in ("new_received", "carried_over", *OUTCOMES, "results_total", "carried_forward")}
    return {key: (None if (value := figures.get(key, rows[key])) is None else Decimal(value), *[None] * (WIDTH - 1))
            for key in rows}


def _unread(*keys: str) -> frozenset[tuple[str, int]]:
    return frozenset((key, 0) for key in keys)


# 自然人: 5 new, 1 carried over, 4 results (3 granted, 1 in the last outcome row), 2 carried forward
COLUMN = {"new_received": 5, "carried_over": 1, "results_total": 4, "carried_forward": 2, OUTCOMES[0]: 3, OUTCOMES[-1]: 1}


def test_the_sides_of_a_rule_of_counts():
    assert sides_can_balance(Decimal(3), True, Decimal(4), False)  # the unknown part is 1
    assert not sides_can_balance(Decimal(5), True, Decimal(4), False)  # it would be -1
    assert sides_can_balance(Decimal(4), True, Decimal(4), False)  # it is 0
    assert not sides_can_balance(Decimal(4), False, Decimal(5), True)  # the other side's, -1
    assert sides_can_balance(Decimal(9), True, Decimal(4), True)  # both sides hold one: anything
    assert sides_can_balance(Decimal(4), False, Decimal(4), False)
    assert not sides_can_balance(Decimal(3), False, Decimal(4), False)


def test_outcome_rows_read_past_their_total_break_the_rule_whatever_the_unknown_cell():
    # the last outcome row unknown; the granted row read as 5 against a results total of 4: the unknown would owe -1
    table = _table({**COLUMN, OUTCOMES[0]: 5})
    assert failing_columns(table, OUTCOMES, unread=_unread(OUTCOMES[-1])) == {0}
    # before the bound the rule was left out: with the unknown cell any count, nothing failed


def test_an_unknown_outcome_cell_that_can_be_0_or_more_keeps_the_rule():
    table = _table(COLUMN)
    assert failing_columns(table, OUTCOMES, unread=_unread(OUTCOMES[-1])) == set()  # it is 1
    table = _table({**COLUMN, OUTCOMES[0]: 4})
    assert failing_columns(table, OUTCOMES, unread=_unread(OUTCOMES[-1])) == set()  # it is 0
    # the results total unknown: the outcome rows' sum is any count's, so nothing is owed
    assert failing_columns(_table({**COLUMN, OUTCOMES[0]: 9}), OUTCOMES, unread=_unread("results_total")) == set()


def test_a_column_whose_outcome_cells_read_are_all_blank_says_nothing_of_its_total():
    # a report may print such a column's figures in its totals rows only (APP_OUTCOME_SUM's exception): with one
    # outcome cell unknown and the others blank, the column may be one of those, and no bound is owed
    table = _table({**COLUMN, OUTCOMES[0]: None, OUTCOMES[-1]: None, "results_total": 4})
    assert failing_columns(table, OUTCOMES, of="results_total", unread=_unread(OUTCOMES[1])) == set()


def test_the_balance_bounds_the_side_holding_the_unknown_cell():
    # carried_forward unknown: results (4) alone may not pass what came in (5 + 1)
    assert failing_columns(_table(COLUMN), OUTCOMES, of="new_received", unread=_unread("carried_forward")) == set()
    table = _table({**COLUMN, "results_total": 7, OUTCOMES[0]: 6})
    assert failing_columns(table, OUTCOMES, of="new_received", unread=_unread("carried_forward")) == {0}
    # new_received unknown: carried over (1) may not pass what went out (4 + 2); 7 would
    assert failing_columns(_table(COLUMN), OUTCOMES, of="carried_over", unread=_unread("new_received")) == set()
    table = _table({**COLUMN, "carried_over": 7})
    assert failing_columns(table, OUTCOMES, of="carried_over", unread=_unread("new_received")) == {0}
    # a cell unknown on each side: any figures balance
    assert failing_columns(table, OUTCOMES, of="carried_over", unread=_unread("new_received", "carried_forward")) == set()


def test_a_row_unknown_whole_bounds_its_rule_as_its_cells_would():
    # an outcome row not read at all (None): the rows read may not pass their total
    table = {**_table({**COLUMN, OUTCOMES[0]: 5}), OUTCOMES[-1]: None}
    assert failing_columns(table, OUTCOMES, of="results_total") == {0}
    table = {**_table(COLUMN), OUTCOMES[-1]: None}
    assert failing_columns(table, OUTCOMES, of="results_total") == set()
    # carried_forward not read: what went out may not pass what came in
    table = {**_table({**COLUMN, "results_total": 7, OUTCOMES[0]: 6}), "carried_forward": None}
    assert failing_columns(table, OUTCOMES, of="new_received") == {0}
    table = {**_table(COLUMN), "carried_forward": None}
    assert failing_columns(table, OUTCOMES, of="new_received") == set()
    # the results total not read: the outcome rows add up to some count, whatever they hold
    table = {**_table({**COLUMN, OUTCOMES[0]: 9}), "results_total": None}
    assert failing_columns(table, OUTCOMES, of=OUTCOMES[0]) == set()


def _row(person: int | None) -> tuple[Decimal | None, ...]:
    """A row of table 3 whose figure stands in 自然人 and its total (the other applicants blank)."""
    value = None if person is None else Decimal(person)
    return (value, *[None] * (WIDTH - 2), value)


def _context(figures: dict[str, int | None]) -> dict[str, tuple[Decimal | None, ...] | None]:
    return {key: _row(value) for key, value in figures.items()}


def test_a_split_owing_an_unknown_row_a_negative_count_is_dropped_and_the_row_settled():
    # the granted row's digits split two ways (5, or 1); the last outcome row unknown; the results total 4: 5 would
    # leave that row -1, so only 1 is a reading, and the row is read so
    context = {**_context({key: COLUMN.get(key) for key in _table(COLUMN) if key != OUTCOMES[0]}), OUTCOMES[-1]: None}
    candidates: dict = {}
    settle_by_columns({OUTCOMES[0]: [_row(5), _row(1)]}, candidates, context, OUTCOMES)
    assert candidates[OUTCOMES[0]] == [_row(1)] and context[OUTCOMES[0]] == _row(1)


def test_splits_each_leaving_the_unknown_row_0_or_more_stay_open():
    context = {**_context({key: COLUMN.get(key) for key in _table(COLUMN) if key != OUTCOMES[0]}), OUTCOMES[-1]: None}
    candidates: dict = {}
    settle_by_columns({OUTCOMES[0]: [_row(4), _row(1)]}, candidates, context, OUTCOMES)
    assert candidates[OUTCOMES[0]] == [_row(4), _row(1)] and OUTCOMES[0] not in context


def _broken(person: int, total: int) -> tuple[Decimal | None, ...]:
    """A row read whole whose 自然人 and total disagree (its own sum broken: a misprint, or a figure misread)."""
    return (Decimal(person), *[None] * (WIDTH - 2), Decimal(total))


def test_a_row_breaking_its_own_sum_is_no_premise_for_the_others():
    # the last outcome row prints 3 for 自然人 and 5 for its total; as a premise it owed the results total
    # 3 + 3 = 6 in 自然人 (and 3 + 5 in 总计), so every split of the results total's digits (4, or 2) failed
    # and the row stayed unknown; counted unknown instead, 4 alone keeps the balance (5 + 1 = 4 + 2)
    context = {**_context({key: COLUMN.get(key) for key in _table(COLUMN) if key != "results_total"}),
               OUTCOMES[-1]: _broken(3, 5)}
    candidates: dict = {}
    settle_by_columns({"results_total": [_row(4), _row(2)]}, candidates, context, OUTCOMES)
    assert candidates["results_total"] == [_row(4)] and context["results_total"] == _row(4)
    assert context[OUTCOMES[-1]] == _broken(3, 5)  # as read: its cells are the parser's to report, not the rules'


def test_a_row_keeping_its_own_sum_stays_a_premise():
    # the same row printing 3 and 3: its sum holds, and it owes the results total 3 + 3 = 6, which no split gives
    context = {**_context({key: COLUMN.get(key) for key in _table(COLUMN) if key != "results_total"}),
               OUTCOMES[-1]: _row(3)}
    candidates: dict = {}
    settle_by_columns({"results_total": [_row(4), _row(2)]}, candidates, context, OUTCOMES)
    assert candidates["results_total"] == [] and "results_total" not in context


def test_a_table_with_nothing_to_settle_is_left_as_read():
    context = _context({key: COLUMN.get(key) for key in _table(COLUMN)})
    before, candidates = dict(context), {OUTCOMES[0]: [_row(1)]}
    settle_by_columns({}, candidates, context, OUTCOMES)
    assert context == before and candidates == {OUTCOMES[0]: [_row(1)]}


def test_rows_left_open_by_another_pass_are_still_narrowed_without_readings_to_settle():
    # no row's readings given, but a row left open with two (a crawl whose blanks left no trace): the table's
    # readings still narrow it, its 3 keeping APP_OUTCOME_SUM with every other row known, its 5 not
    context = _context({key: COLUMN.get(key) for key in _table(COLUMN) if key != OUTCOMES[0]})
    candidates: dict = {OUTCOMES[0]: [_row(5), _row(3)]}
    settle_by_columns({}, candidates, context, OUTCOMES)
    assert candidates[OUTCOMES[0]] == [_row(3)] and context[OUTCOMES[0]] == _row(3)
