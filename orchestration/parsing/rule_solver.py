"""Table 3's cells that SPEC.md's column and row rules decide, where the table leaves them unknown.

The rules, stated once here as sums that must be equal (blank reads as 0):

- APP_APPLICANT_SUM, each row: its six applicant columns add up to its total;
- APP_OUTCOME_SUM, each column: the outcome rows add up to results_total, except in a column the report leaves
  blank in every outcome row (some print 总计 only in the totals rows): that says nothing about how its total
  splits (`outcome_sum_applies`, as recovery.failing_columns leaves the rule out there);
- APP_BALANCE, each column: new_received + carried_over = results_total + carried_forward.

A rule decides one cell where every other cell it adds is known: the cell is then the difference of the two sides.
A cell solved is a figure the report prints (its value unknown, never blank). Nothing here invents a number: a cell
is solved only where every rule through it whose other cells are known gives the same value, and the values found
must keep every rule through them once all are in (else none is kept).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from decimal import Decimal

from ..core.labels import APPLICANT_KEYS

Place = tuple[str, str]  # (row key, applicant column key) of table 3
# the cells known: a figure's value, or None for a blank; a place absent is unknown (or not printed)
Known = Mapping[Place, Decimal | None]

TOTAL = APPLICANT_KEYS[-1]
PARTS = APPLICANT_KEYS[:-1]
BALANCE_ROWS = ("new_received", "carried_over", "results_total", "carried_forward")


def balance_holds(values: Mapping[str, Decimal]) -> bool:
    """APP_BALANCE over the balance rows' values (`BALANCE_ROWS` keys): a column's cells, or what each row prints
    summed over the columns, which needs no figure's column."""
    return values["new_received"] + values["carried_over"] == values["results_total"] + values["carried_forward"]


def outcome_sum_applies(outcome_cells: Sequence[Decimal | None]) -> bool:
    """Whether APP_OUTCOME_SUM says anything of a column whose outcome rows hold `outcome_cells` (None for a
    blank): not where every one of them is blank (the report prints that column's figures in its totals rows
    only)."""
    return not all(value is None for value in outcome_cells)


def sides_can_balance(left: Decimal, left_open: bool, right: Decimal, right_open: bool) -> bool:
    """Whether a rule's two sides of counts can be equal, `left` and `right` the sums of each side's cells read,
    `*_open` where the side also holds a cell unread (a count lost or not placed: any value, but never negative,
    so it only adds): a side read whole is what the other side owes at least."""
    if left_open and right_open:
        return True
    if left_open:
        return left <= right
    if right_open:
        return right <= left
    return left == right


def _rules_through(place: Place, outcomes: tuple[str, ...]) -> list[tuple[list[Place], list[Place], bool]]:
    """The rules a cell stands in, each as its two sides, places whose sums are equal, and whether it is the
    outcome sum of a column (its exception asked of the known cells)."""
    row, column = place
    rules = [([(row, key) for key in PARTS], [(row, TOTAL)], False)]  # APP_APPLICANT_SUM
    if row == "results_total" or row in outcomes:
        rules.append(([(key, column) for key in outcomes], [("results_total", column)], True))
    if row in BALANCE_ROWS:
        rules.append(([("new_received", column), ("carried_over", column)],
                      [("results_total", column), ("carried_forward", column)], False))
    return rules


def values_the_rules_give(place: Place, known: Known, outcomes: tuple[str, ...]) -> list[Decimal]:
    """The value each rule through the cell at `place` gives it, from the rules whose other cells are all in
    `known` (the cell itself a figure printed). APP_OUTCOME_SUM gives results_total nothing in a column whose
    outcome cells are all blank; an outcome cell it solves is printed, so the column is not all blank there."""
    values = []
    for left, right, outcome_sum in _rules_through(place, outcomes):
        same, other = (left, right) if place in left else (right, left)
        others = [at for at in same if at != place]
        if any(at not in known for at in (*others, *other)):
            continue
        if outcome_sum and place[0] == "results_total" and not outcome_sum_applies([known[at] for at in left]):
            continue
        values.append(_sum(known, other) - _sum(known, others))
    return values


def _sum(known: Known, places: Iterable[Place]) -> Decimal:
    return sum((known[at] or Decimal(0) for at in places), Decimal(0))


def solved_cells(unknown: Iterable[Place], known: Known, outcomes: tuple[str, ...],
                 fits: Callable[[Place, Decimal], bool] = lambda place, value: True) -> dict[Place, Decimal]:
    """The values the rules leave cells of `unknown`: each where every rule through it whose other cells are known
    (or solved before it: one cell decided may decide another) gives one value, and `fits` accepts it (what the
    page shows of the cell). Once all are solved, every rule through each must give it its value, the others in;
    else none is solved ({}): the table does not add up with them."""
    unknown = list(dict.fromkeys(unknown))
    table = dict(known)
    solved: dict[Place, Decimal] = {}
    progress = True
    while progress:
        progress = False
        for place in unknown:
            if place in solved:
                continue
            left = set(values_the_rules_give(place, table, outcomes))
            if len(left) == 1 and fits(place, value := left.pop()):
                table[place] = solved[place] = value
                progress = True
    if any(any(other != value for other in values_the_rules_give(place, table, outcomes))
           for place, value in solved.items()):
        return {}
    return solved
