"""Table 3's cells that every reading of its hyphen blocks keeping the column rules reads alike, found without
listing the readings.

application_columns.py's `_HyphenBands` reads poppler's hyphen blocks (plain `pdftotext` of a Chromium PDF
whose blanks print `-`, which poppler drops where one ends a line before another of its flow) band by band,
each row keeping its sum. A table of many bands reads so in more ways than can be listed (each block's
figures may stand in many runs of its rows), though the column rules (APP_OUTCOME_SUM, APP_BALANCE) keep few.
The rules see a reading only through its `Mark`: each column's outcome rows added up, whether one of them
prints a figure, and the rows APP_BALANCE adds up; many readings share one. So the marks every rest of the
table may leave are found once for each point (part, order of its columns, row), and the readings are walked
from the top, a band's filling taken where some rest's mark completes a reading keeping every rule. Every
filling so taken is part of such a reading, and every such reading's fillings are taken: a cell all of them
read alike is proved by the blocks and the rules; any other is not.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from decimal import Decimal
from typing import NamedTuple, Protocol

from ..core import labels as L
from . import recovery as R
from .rule_solver import BALANCE_ROWS
from .wrapped_blocks import Spent

# a band's filling: each row's values (blanks None), and each row's figures' indexes (None: a blank)
Filling = tuple[tuple[tuple[Decimal | None, ...], ...], list[tuple[int | None, ...]]]


class Bands(Protocol):
    """A part's search (`_HyphenBands`): its rows, and the first band of an order of its columns from a row."""

    rows: int

    def steps(self, order: tuple[int, ...], row: int) -> Iterable[tuple[int, tuple[int, ...], list[Filling]]]: ...


class Part(NamedTuple):
    """A run of table 3's rows read as hyphen blocks: its search, the orders of its columns to read, its first
    row among the table's."""

    bands: Bands
    orders: Sequence[tuple[int, ...]]
    first: int


# what the column rules see of some rows' reading (its mark): each column's outcome rows added up, packed in one
# number (`_SHIFT` bits a column: adding two marks adds their sums at once); the columns where one of them
# prints a figure, a bit each; and the rows of APP_BALANCE among them (key and values)
Mark = tuple[int, int, frozenset[tuple[str, tuple[Decimal | None, ...]]]]
_SHIFT = 64
_NOTHING: Mark = (0, 0, frozenset())


def _joined(upper: Mark, lower: Mark) -> Mark:
    """The mark of two runs of rows read together."""
    return upper[0] + lower[0], upper[1] | lower[1], upper[2] | lower[2] if lower[2] else upper[2]


# a band's cells as fillings of one mark read them: by row and column, the values read there; and each row's
# figures' indexes in the first of them
_Cells = tuple[list[list[set[Decimal | None]]], list[tuple[int | None, ...]]]

# the work done at most (marks met, fillings weighed against the rests' marks); more, and Spent
WORK = 400_000


def cells_read(parts: Sequence[Part], keys: Sequence[str], work: int = WORK
               ) -> list[list[tuple[set[Decimal | None], tuple[int, int | None] | None]]] | None:
    """Each cell of table 3's rows `keys` (read by `parts`, one after another, covering them in order) as the
    readings keeping every row's sum and every column rule leave it: the values they read there, and where
    the first of them found takes it (the part and its figure's index, None for a blank), by row and column.
    None where no reading keeps the rules, or the rules name a row not among `keys` (a rule short of a row
    proves nothing). Spent past `work`."""
    if not set(BALANCE_ROWS) <= set(keys):
        return None
    return _Walk(parts, keys, [work]).cells()


class _Walk:
    """`cells_read`'s search: the marks every rest of the table may leave, by point (`rests`), then the fillings
    taken from the top (`walk`). The figures are whole and not negative (`_hyphen_page_laid_out`)."""

    def __init__(self, parts: Sequence[Part], keys: Sequence[str], work: list[int]) -> None:
        self.parts, self.keys, self.work = parts, keys, work
        self.outcomes = frozenset(L.outcome_rows_among([key for key in L.APPLICATION_ROWS if key in keys]))
        self.width = len(L.APPLICANT_KEYS)
        self.known: dict[tuple[int, tuple[int, ...], int], frozenset[Mark]] = {}
        self.grouped: dict[int, tuple[list[Filling], list[tuple[Mark, _Cells]]]] = {}
        self.held: dict[Mark, bool] = {}
        self.seen: set[tuple[int, tuple[int, ...], int, Mark]] = set()
        self.read: list[list[tuple[set[Decimal | None], tuple[int, int | None] | None]]] = [
            [(set(), None) for _ in range(self.width)] for _ in keys]

    def cells(self) -> list[list[tuple[set[Decimal | None], tuple[int, int | None] | None]]] | None:
        for order in self.parts[0].orders:
            self.walk(0, order, 0, _NOTHING)
        return self.read if all(values for row in self.read for values, _ in row) else None

    def spend(self, amount: int = 1) -> None:
        self.work[0] -= amount
        if self.work[0] < 0:
            raise Spent

    def mark(self, first: int, rows: tuple[tuple[Decimal | None, ...], ...]) -> Mark:
        """The mark of rows read `rows`, the first the table's row `first`."""
        sums = printed = 0
        named = []
        for key, values in zip(self.keys[first:first + len(rows)], rows):
            if key in self.outcomes:
                for column, value in enumerate(values):
                    if value is not None:
                        sums += int(value) << (_SHIFT * column)
                        printed |= 1 << column
            if key in BALANCE_ROWS:
                named.append((key, values))
        return sums, printed, frozenset(named)

    def by_mark(self, first: int, fillings: list[Filling]) -> list[tuple[Mark, _Cells]]:
        """A band's `fillings` of rows from the table's row `first`, by their mark: each mark with the values its
        fillings read in each of those cells and the figures' indexes of its first filling. Kept once found (the
        fillings are `steps`' own, kept by the search)."""
        if id(fillings) not in self.grouped:
            self.spend(len(fillings) * len(fillings[0][0]) if fillings else 0)
            groups: dict[Mark, _Cells] = {}
            for read, placed in fillings:
                mark = self.mark(first, read)
                if mark not in groups:
                    groups[mark] = ([[{value} for value in values] for values in read], placed)
                    continue
                for cells, values in zip(groups[mark][0], read):
                    for cell, value in zip(cells, values):
                        cell.add(value)
            self.grouped[id(fillings)] = (fillings, list(groups.items()))
        return self.grouped[id(fillings)][1]

    def holds(self, mark: Mark) -> bool:
        """Whether a whole table's mark keeps every column rule (recovery.py's `failing_columns`)."""
        if mark not in self.held:
            self.spend()
            outcome = next(iter(self.outcomes), None)
            table: dict[str, Sequence[Decimal | None] | None] = dict(mark[2])
            if outcome is not None:
                table[outcome] = tuple(Decimal((mark[0] >> (_SHIFT * column)) & ((1 << _SHIFT) - 1))
                                       if mark[1] >> column & 1 else None for column in range(self.width))
            self.held[mark] = not R.failing_columns(table, (outcome,) if outcome is not None else ())
        return self.held[mark]

    def rests(self, part: int, order: tuple[int, ...], row: int) -> frozenset[Mark]:
        """The marks of every reading of the rest of the table: part `part`'s columns `order` from its row `row`
        on, then every later part."""
        if (part, order, row) not in self.known:
            found: set[Mark] = set()
            bands = self.parts[part].bands
            if not order:
                if row == bands.rows:
                    found = {_NOTHING} if part + 1 == len(self.parts) else \
                        {mark for later in self.parts[part + 1].orders for mark in self.rests(part + 1, later, 0)}
            else:
                for count, after, fillings in bands.steps(order, row):
                    later = self.rests(part, after, row + count)
                    for mark, _ in self.by_mark(self.parts[part].first + row, fillings) if later else ():
                        self.spend(len(later))
                        found |= {_joined(mark, rest) for rest in later}
            self.known[part, order, row] = frozenset(found)
        return self.known[part, order, row]

    def walk(self, part: int, order: tuple[int, ...], row: int, before: Mark) -> None:
        """Take the fillings of part `part`'s columns `order` from its row `row` on, the rows above read to the
        mark `before`, that some rest completes to a reading keeping every rule; on to the next part."""
        if (part, order, row, before) in self.seen:
            return
        self.seen.add((part, order, row, before))
        if not order:
            if part + 1 < len(self.parts):
                for later in self.parts[part + 1].orders:
                    self.walk(part + 1, later, 0, before)
            return
        first = self.parts[part].first
        for count, after, fillings in self.parts[part].bands.steps(order, row):
            later = self.rests(part, after, row + count)
            for mark, (values, placed) in self.by_mark(first + row, fillings) if later else ():
                self.spend(len(later))
                mark = _joined(before, mark)
                if not any(self.holds(_joined(mark, rest)) for rest in later):
                    continue
                for at, (row_values, indexes) in enumerate(zip(values, placed)):
                    cells = self.read[first + row + at]
                    for column, (taken, index) in enumerate(zip(row_values, indexes)):
                        cells[column] = (cells[column][0] | taken, cells[column][1] or (part, index))
                self.walk(part, after, row + count, mark)
