"""Lost separators: figures of a row that ran together (`200 000121`), split back only when the
template's rules leave exactly one way to do it.

A row of table 3 or table 4 whose cells ran together has fewer cells than the template, or a cell
holding several figures (`2 0`), or a figure too big for its column (`20` for `2` and `0`, which
then breaks the row's sum). The hypothesis is only that separators were lost: no digit is added,
dropped or moved. Every way to cut the row's digits back into the template's cells (counts never
have leading zeros; a cell's own spaces are always cuts; leading empty cells may be the gaps that
merged labels leave) is a candidate, and a candidate must keep

* the row rule: table 3, total = sum of the six applicant columns (APP_APPLICANT_SUM); table 4,
  each proceeding's total = upheld + corrected + other + pending (REVIEW_SUM);
* table 3's column rules, APP_OUTCOME_SUM and APP_BALANCE, for every column where the other rows
  they need are read cleanly.

Exactly one candidate: its cells are `recovered` (a value, but never evidence that a rule passes,
see rules.py). None: the row is read as before (in order, a short row's missing cells unknown).
Several: nothing tells them apart, so the row's cells are unknown. Nothing here invents a number.
"""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal
from itertools import product

from ..core.labels import APPLICANT_KEYS, BLANK_TOKENS, normalize_text
from .cells import clean_cell_text, read_count

MAX_CANDIDATES = 512
Reading = tuple[Decimal | None, ...]  # a row's cells; None is blank


def cell_readings(text: str, width: int) -> list[Reading] | None:
    """Every reading of one cell as one or more counts; None when it is not a run of digits."""
    if clean_cell_text(text) in BLANK_TOKENS:
        return [(None,)]
    groups = normalize_text(text).split()
    if not groups or not all(g.isdigit() and g.isascii() for g in groups):
        read = read_count(text)
        return [(read.value,)] if read.value is not None else None
    options = [list(_compositions(g, width)) for g in groups]
    readings = []
    for combination in product(*options):
        joined = tuple(part for parts in combination for part in parts)
        if len(joined) <= width:
            readings.append(joined)
            if len(readings) > MAX_CANDIDATES:
                return None
    return readings


def _compositions(digits: str, limit: int) -> Iterator[tuple[Decimal, ...]]:
    """`digits` cut into counts without leading zeros (`00` is 0 and 0), at most `limit` of them."""
    if not digits:
        yield ()
        return
    if limit <= 0:
        return
    for end in range(1, len(digits) + 1):
        head = digits[:end]
        if len(head) > 1 and head[0] == "0":
            break
        for rest in _compositions(digits[end:], limit - 1):
            yield (Decimal(int(head)), *rest)


def row_candidates(texts: list[str], width: int) -> list[Reading] | None:
    """Every way the cell texts make exactly `width` cells; leading empty cells may be dropped
    as label gaps. None when the cells cannot be read this way, or there are too many ways."""
    leading = 0
    while leading < len(texts) and clean_cell_text(texts[leading]) == "":
        leading += 1
    found: set[Reading] = set()
    for dropped in range(leading + 1):
        per_cell = [cell_readings(t, width) for t in texts[dropped:]]
        if any(r is None for r in per_cell):
            return None
        for combination in _bounded_product(per_cell, width):
            found.add(combination)
            if len(found) > MAX_CANDIDATES:
                return None
    return sorted(found, key=lambda r: tuple(-1 if v is None else v for v in r))


def _bounded_product(per_cell: list[list[Reading]], width: int) -> Iterator[Reading]:
    def walk(index: int, so_far: Reading) -> Iterator[Reading]:
        if len(so_far) > width:
            return
        if index == len(per_cell):
            if len(so_far) == width:
                yield so_far
            return
        for reading in per_cell[index]:
            yield from walk(index + 1, so_far + reading)

    yield from walk(0, ())


def _n(value: Decimal | None) -> Decimal:
    return Decimal(0) if value is None else value


def applicant_sum_holds(reading: Reading) -> bool:
    return sum((_n(v) for v in reading[:-1]), Decimal(0)) == _n(reading[-1])


def review_sums_hold(reading: Reading) -> bool:
    parts = len(reading) // 3
    return all(
        sum((_n(v) for v in reading[p * parts : p * parts + parts - 1]), Decimal(0)) == _n(reading[p * parts + parts - 1])
        for p in range(3)
    )


def column_rules_hold(key: str, reading: Reading, table: dict[str, Reading | None], outcomes: tuple[str, ...]) -> bool:
    """APP_OUTCOME_SUM and APP_BALANCE for every applicant column where the other rows they need
    are read cleanly (`table[row]` is None for a row that is unknown or itself damaged)."""
    rows = dict(table, **{key: reading})

    def column(row: str, c: int) -> Decimal | None:
        values = rows.get(row)
        return None if values is None else _n(values[c])

    for c in range(len(APPLICANT_KEYS)):
        if key in (*outcomes, "results_total"):
            needed = [column(r, c) for r in outcomes] + [column("results_total", c)]
            if None not in needed and sum(needed[:-1], Decimal(0)) != needed[-1]:
                return False
        if key in ("new_received", "carried_over", "results_total", "carried_forward"):
            needed = [column(r, c) for r in ("new_received", "carried_over", "results_total", "carried_forward")]
            if None not in needed and needed[0] + needed[1] != needed[2] + needed[3]:
                return False
    return True
