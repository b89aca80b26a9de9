"""Lost separators: figures of a row that ran together (`200 000121`, or a crawled page's
`123000015`), split back only when the template's rules leave exactly one way to do it.

The hypothesis is only that separators were lost: no digit is added, dropped or moved. A row's
cells are cut into the template's width under two bounds that hold for every count a disclosure
office prints:

* no leading zeros in a multi-digit count (`00` is 0 and 0);
* at most `MAX_COUNT_DIGITS` digits in one count (a county office does not receive ten million
  applications in a year), so a run longer than `width × MAX_COUNT_DIGITS` digits cannot be a row
  and is unknown at once.

The splits are counted by a dynamic programme over digit positions, right to left, whose state is
(position, cells left in the current block, what the block's total still needs): a block is a run
of cells whose last cell is the sum of the others (table 3: the six applicant columns and their
total, APP_APPLICANT_SUM; table 4: each proceeding's four outcomes and its total, REVIEW_SUM).
Counting stops as soon as more than `MAX_CANDIDATES` splits exist; only then are the few survivors
listed and filtered by the column rules (APP_OUTCOME_SUM, APP_BALANCE) against the rows read
cleanly. No list of every split is ever built, and no unbounded digit string is turned into an int.

Exactly one candidate: its cells are `recovered` (a value, but never evidence that a rule passes,
see rules.py). None: the row is read as before (in order, a short row's missing cells unknown).
Several: the cells every candidate agrees on are `recovered`, the others unknown. Nothing here
invents a number.

A crawled table 3 whose blank cells left no trace (`77`: a 7 in any of six columns, and its total)
is solved across its rows (`settle_table`): each row keeps the splits that some reading of the
whole table keeping APP_OUTCOME_SUM and APP_BALANCE uses, within a bound on the steps taken.
Where the columns could shift (every row blank in the same columns), the rules cannot say which
columns hold the figures, and those cells stay unknown.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from decimal import Decimal
from functools import cache, lru_cache, partial
from itertools import combinations, permutations, product
from operator import add, le, sub
from typing import Self

from ..core.labels import APPLICANT_KEYS, BLANK_TOKENS, normalize_text
from .cells import clean_cell_text, read_count
from .rule_solver import BALANCE_ROWS, sides_can_balance

MAX_CANDIDATES = 16  # more splits than this keep the row rule: the row is unknown, nothing to filter
# A row of table 2 with evidence from outside it (the agency's previous report) may be counted this
# far before the evidence filters its splits: still a bound, never a list of every split.
MAX_CANDIDATES_WITH_EVIDENCE = 512
# A row of a crawled table whose blank cells left no trace: its splits are many (`11` is a 1 in any
# of six columns and the total), and the column rules across the table choose among them.
MAX_CANDIDATES_IN_TABLE = 256
MAX_COUNT_DIGITS = 7  # a count of ten million or more is not a disclosure office's figure
Reading = tuple[Decimal | None, ...]  # a row's cells; None is blank

# A part of a row: digits to cut into one or more counts, or one cell read as it is (a blank, `1,080`).
Digits = str


@dataclass(frozen=True)
class Fixed:
    value: Decimal | None


class Grouped(str):
    """Digits printed with thousands separators (`11,360`), the commas taken out: a crawled page may
    have run other cells' digits into its front (`1` and `1,360`), but its last cell holds every
    group and one to three digits before the first comma. `head`: the digits before that comma."""

    head: int

    def __new__(cls, text: str) -> Self:
        part = super().__new__(cls, text.replace(",", ""))
        part.head = text.index(",")
        return part


Part = Digits | Fixed

_GROUPED_RE = re.compile(r"\d+(?:,\d{3})+")



def agreed_cells(ways: Iterable[Sequence]) -> list:
    """Each cell's value where every way (a reading of the same cells) gives the same one; False where they
    differ. None of `ways`: no cell."""
    return [way[0] if len(set(way)) == 1 else False for way in zip(*ways)]

def row_parts(texts: list[str], crawled: bool = False) -> list[Part] | None:
    """The row's cell texts as parts: a cell's own spaces are always cuts. None when a cell is
    neither digits, nor blank, nor one clean count. `crawled`: a figure with thousands separators
    may hold other cells' digits before it (`11,360`)."""
    parts: list[Part] = []
    for text in texts:
        if clean_cell_text(text) in BLANK_TOKENS:
            parts.append(Fixed(None))
            continue
        groups = normalize_text(text).split()
        if groups and all(g.isdigit() and g.isascii() for g in groups):
            parts.extend(groups)
            continue
        if crawled and len(groups) == 1 and _GROUPED_RE.fullmatch(groups[0]):
            parts.append(Grouped(groups[0]))
            continue
        read = read_count(text)
        if read.value is None or (len(groups) == 1 and groups[0][:1] in "+-" and len(groups[0]) > 2):
            return None  # `+220`: a sign before a run of digits that may be several cells
        parts.append(Fixed(read.value))
    return parts


def splits(parts: list[Part], blocks: tuple[int, ...], summed: bool, limit: int = MAX_CANDIDATES,
           blanks: bool = False) -> list[Reading] | None:
    """The ways to cut `parts` into `sum(blocks)` cells, each block's last cell the sum of its
    others when `summed`; with `blanks`, a cell may also be a blank that left no digit (a crawled
    page drops an empty cell without a trace). None when there are more than `limit` of them."""
    width = sum(blocks)
    digits = sum(len(p) for p in parts if isinstance(p, str))
    if digits > width * MAX_COUNT_DIGITS or len(parts) > width:
        return []
    count = _counter(tuple(parts), blocks, summed, limit + 1, blanks)
    if count(len(parts), None, 0, 0, 0) > limit:
        return None
    return list(_walk(tuple(parts), blocks, summed, count, blanks))


def _counter(parts: tuple[Part, ...], blocks: tuple[int, ...], summed: bool, cap: int, blanks: bool):
    """count(part, end, block, used, need): splits of parts[:part] (+ parts[part][:end] when end is
    not None) into the blocks before `block` from the right, `used` cells of the current block
    taken and `need` still owed to its total; capped at `cap`."""

    # digits and fixed cells before each part: the cells still to fill must be able to hold them
    digits_before, fixed_before = [0], [0]
    for p in parts:
        digits_before.append(digits_before[-1] + (len(p) if isinstance(p, str) else 0))
        fixed_before.append(fixed_before[-1] + isinstance(p, Fixed))
    width = sum(blocks)
    done_before = [sum(blocks[len(blocks) - b :]) for b in range(len(blocks) + 1)]  # cells of finished blocks

    @cache  # the same text ends at many states of the blocks
    def last_cells(part: int, end: int | None) -> tuple[tuple[int, int, int | None, bool], ...]:
        return tuple(_last_cells(parts, part, end, blanks))

    @cache
    def count(part: int, end: int | None, block: int, used: int, need: int) -> int:
        if block == len(blocks):
            return 1 if part == 0 and not end else 0
        digits = digits_before[part - 1] + end if end else digits_before[part]
        fixed = fixed_before[part - 1] if end else fixed_before[part]
        cells = width - done_before[block] - used
        if cells < fixed + -(-digits // MAX_COUNT_DIGITS) or (not blanks and cells > fixed + digits):
            return 0
        if summed and used and block == len(blocks) - 1 and not fixed:
            # the first block holds every digit left: they cannot sum to more than this (with
            # blanks, the digits may all be one count: any split of them sums to less than 10^digits)
            if blanks:
                if need >= 10 ** digits:
                    return 0
            elif need >= cells * 10 ** (min(MAX_COUNT_DIGITS, digits - cells + 1) if digits >= cells else 1):
                return 0
        total = 0
        for value, next_part, next_end, _ in last_cells(part, end):
            state = _advance(blocks, summed, block, used, need, value)
            if state is None:
                continue
            total += count(next_part, next_end, *state)
            if total >= cap:
                return cap
        return total

    return count


def _last_cells(parts: tuple[Part, ...], part: int, end: int | None,
                blanks: bool) -> Iterator[tuple[int, int, int | None, bool]]:
    """(value, part, end, blank) of every cell that can end the unread text: a fixed part whole,
    or the last 1–MAX_COUNT_DIGITS digits of a digit part without a leading zero; with `blanks`,
    also a blank cell that takes no digit."""
    if blanks:
        yield 0, part, end, True
    if part == 0 and not end:
        return
    if end is None:
        current = parts[part - 1]
        if isinstance(current, Fixed):
            yield (0 if current.value is None else int(current.value)), part - 1, None, current.value is None
            return
        end = len(current)
    digits = parts[part - 1]
    lowest, highest = max(end - MAX_COUNT_DIGITS, 0), end - 1
    if isinstance(digits, Grouped) and end > digits.head:  # the cell that holds the groups
        lowest, highest = max(digits.head - 3, 0), digits.head - 1
    for start in range(highest, lowest - 1, -1):
        if end - start > 1 and digits[start] == "0":
            continue
        yield int(digits[start:end]), (part - 1 if start == 0 else part), (None if start == 0 else start), False


def _advance(blocks: tuple[int, ...], summed: bool, block: int, used: int, need: int, value: int):
    """The state after taking one more cell of `value` (right to left), or None if it breaks the
    block's sum."""
    width = blocks[len(blocks) - 1 - block]
    if summed:
        need = value if used == 0 else need - value
        if need < 0:
            return None
    used += 1
    if used == width:
        if summed and need != 0:
            return None
        return block + 1, 0, 0
    return block, used, need


def _walk(parts: tuple[Part, ...], blocks: tuple[int, ...], summed: bool, count, blanks: bool) -> Iterator[Reading]:
    def walk(part: int, end: int | None, block: int, used: int, need: int, cells: tuple) -> Iterator[Reading]:
        if block == len(blocks):
            yield tuple(reversed(cells))
            return
        for value, next_part, next_end, blank in _last_cells(parts, part, end, blanks):
            state = _advance(blocks, summed, block, used, need, value)
            if state is None or count(next_part, next_end, *state) == 0:
                continue
            yield from walk(next_part, next_end, *state, (*cells, None if blank else Decimal(value)))

    yield from walk(len(parts), None, 0, 0, 0, ())


def row_candidates(texts: list[str], width: int, blocks: tuple[int, ...] | None = None,
                   summed: bool = True, blanks: bool = False, limit: int = MAX_CANDIDATES,
                   crawled: bool | None = None) -> list[Reading] | None:
    """Every way the cell texts make exactly `width` cells under the row rule (blocks, each summed).
    Empty cells are blank cells, except that leading ones may be label gaps, trailing ones the gap
    before the next row, and all of them mere separators (a crawled page whose spaces stand both
    for `&nbsp;` cells and between figures): every reading of them is tried. None when the cells
    cannot be read this way, or there are too many ways. `crawled` (by default: with `blanks`): a
    crawled row, where a figure with thousands separators may hold other cells' digits before it."""
    found = _row_candidates(tuple(texts), width, blocks, summed, blanks, limit, crawled)
    return None if found is None else list(found)


@lru_cache(maxsize=1 << 12)  # rows recur from report to report (`0000000`, a row of zeros run together)
def _row_candidates(texts: tuple[str, ...], width: int, blocks: tuple[int, ...] | None, summed: bool, blanks: bool,
                    limit: int, crawled: bool | None) -> tuple[Reading, ...] | None:
    blocks = blocks or (width,)
    crawled = blanks if crawled is None else crawled
    leading = 0
    while leading < len(texts) and clean_cell_text(texts[leading]) == "":
        leading += 1
    trailing = 0
    while trailing < len(texts) - leading and clean_cell_text(texts[-1 - trailing]) == "":
        trailing += 1
    hypotheses = [texts[dropped : len(texts) - cut] for dropped in range(leading + 1) for cut in range(trailing + 1)]
    filled = [t for t in texts if clean_cell_text(t) != ""]
    if len(filled) < len(texts) - leading - trailing:
        hypotheses.append(filled)
    if summed:
        # digits that cut into the row's cells one way only (fifteen digits for fifteen cells) are
        # read that way whatever the sums say: a report that breaks its own sum then fails the rule
        unique = _readings_of_each(hypotheses, blocks, False, 1, blanks, crawled)
        if unique is not None and len(unique) == 1:
            return tuple(unique)
    found = _readings_of_each(hypotheses, blocks, summed, limit, blanks, crawled)
    return None if found is None else tuple(sorted(found, key=_order))


def _readings_of_each(hypotheses: Iterable[Sequence[str]], blocks: tuple[int, ...], summed: bool, limit: int,
                      blanks: bool = False, crawled: bool = False) -> set[Reading] | None:
    """The splits of every way of reading a row's cell texts (`hypotheses`), together. None when one way
    cannot be read, or when they are more than `limit` in all."""
    found: set[Reading] = set()
    for cells in hypotheses:
        parts = row_parts(cells, crawled=crawled)
        if parts is None:
            return None
        readings = splits(parts, blocks, summed, limit=limit, blanks=blanks)
        if readings is None:
            return None
        found.update(readings)
        if len(found) > limit:
            return None
    return found


# A row read by OCR from a ruled table: the ways to read its `1`s as digits or ruling lines tried, a
# bound on the work (`ruled_row_candidates`: the figures' edge `1`s of a rows.Row.ruled; ocr_text's
# `ruled_readings`: every `1` inside a run of digits).
MAX_RULING_VARIANTS = 1 << 10


def ruled_row_candidates(texts: list[str], blocks: tuple[int, ...], limit: int = MAX_CANDIDATES) -> list[Reading] | None:
    """The splits keeping every block's sum of a row that an OCR read from a ruled table, where a
    ruling line may have been read as a `1` glued to a figure (`178 137 1351` for 178 |37 |351):
    each `1` that starts or ends a figure of several digits is read both as the figure's digit and
    as a ruling line, and every reading of the row that keeps the rules is a candidate. The row as
    printed is no more likely than with a ruling taken out: where both keep the rules, the callers
    keep only the cells they agree on. [] when no reading keeps them; None when too many."""
    groups = _groups(texts)
    edges = _edges(groups)
    variants = 1
    for t, g in edges:
        group = groups[t][g]
        variants *= 1 + (group[0] == "1") + (group[-1] == "1") + (len(group) > 2 and group[0] == group[-1] == "1")
        if variants > MAX_RULING_VARIANTS:
            return None

    def ruled(choice: tuple[str, ...]) -> list[str]:  # the row's cells, each edge `1` read as `choice` says
        cells = [list(cell) for cell in groups]
        for (t, g), group in zip(edges, choice):
            cells[t][g] = group
        return [" ".join(cell) for cell in cells]

    found = _readings_of_each(map(ruled, product(*(_ruling_readings(groups[t][g]) for t, g in edges))), blocks,
                              True, limit)
    return None if found is None else sorted(found, key=_order)


def ruling_residue(texts: list[str]) -> bool:
    """Whether a figure of the row, of several digits, starts or ends in a `1` that may be a ruling line."""
    return bool(_edges(_groups(texts)))


def _groups(texts: list[str]) -> list[list[str]]:
    return [normalize_text(text).split() for text in texts if clean_cell_text(text) != ""]


def _edges(groups: list[list[str]]) -> list[tuple[int, int]]:
    """(cell, group) of each figure of several digits that starts or ends in 1."""
    return [(t, g) for t, cell in enumerate(groups) for g, group in enumerate(cell)
            if len(group) > 1 and group.isdigit() and "1" in (group[0], group[-1])]


def _ruling_readings(group: str) -> tuple[str, ...]:
    """A figure's digits, and them without a leading or trailing `1` that may be a ruling line."""
    found = [group]
    if group[0] == "1":
        found.append(group[1:])
    if group[-1] == "1":
        found.append(group[:-1])
    if len(group) > 2 and group[0] == group[-1] == "1":
        found.append(group[1:-1])
    return tuple(found)


_SIGNED_RUN_RE = re.compile(r"([+-])(\d+)")


def signed_row_candidates(texts: list[str], width: int, signed_at: int, blanks: bool = False,
                          limit: int = MAX_CANDIDATES, crawled: bool | None = None,
                          dash_blanks: bool = True) -> list[Reading] | None:
    """`row_candidates` for a row of table 2 whose column `signed_at` is signed (2019: 本年增/减) and
    whose text holds one signed run (`13 | -16`): the sign is a separator actually printed, where
    that column's cell starts. The cells before it are cut from the text before the sign, the
    signed cell and those after from the run; the signed cell is never blank. With `dash_blanks`
    (the page may mark a blank cell `-`: `13-16` then 13, blank, 16), the reading of `-` as a blank
    cell is kept beside the signed one. Rows without one signed run: `row_candidates`."""
    signed = [i for i, text in enumerate(texts) if _SIGNED_RUN_RE.fullmatch(normalize_text(text).strip())]
    if len(signed) != 1:
        return row_candidates(texts, width, summed=False, blanks=blanks, limit=limit, crawled=crawled)
    at = signed[0]
    sign, digits = _SIGNED_RUN_RE.fullmatch(normalize_text(texts[at]).strip()).groups()
    found: set[Reading] = set()
    side = partial(_side, blanks=blanks, limit=limit, crawled=crawled)
    before, after = side(texts[:at], signed_at), side([digits, *texts[at + 1 :]], width - signed_at)
    if before is None or after is None:
        return None
    for head in before:
        for tail in after:
            if tail[0] is not None:
                found.add((*head, -tail[0] if sign == "-" else tail[0], *tail[1:]))
    if sign == "-" and dash_blanks:
        marked = side([digits, *texts[at + 1 :]], width - signed_at - 1)
        if marked is None:
            return None
        found.update((*head, None, *tail) for head in before for tail in marked)
    if len(found) > limit:
        return None
    return sorted(found, key=_order)


def _side(texts: list[str], width: int, blanks: bool, limit: int, crawled: bool | None) -> list[Reading] | None:
    """The readings of the cells on one side of a signed run: none to fill, none to read."""
    if not any(clean_cell_text(text) for text in texts):
        return [(None,) * width] if blanks or width == 0 else []
    if width == 0:
        return []
    return row_candidates(texts, width, summed=False, blanks=blanks, limit=limit, crawled=crawled)


_ZERO = Decimal(0)  # built once (immutable): the rules add from it for every reading they check


def _n(value: Decimal | None) -> Decimal:
    return _ZERO if value is None else value


def applicant_sum_holds(reading: Reading) -> bool:
    # the parts' sum without a call a part (a blank, None, adds nothing, as a zero does)
    return sum(filter(None, reading[:-1]), _ZERO) == _n(reading[-1])


def total_cut_short(reading: Reading) -> bool:
    """A total printed smaller than its row's parts add up to, its digits the leading digits of
    their sum (`142 1 0 0 0 0 1` for a total of 143): a figure cut at the page's right edge before
    the text was taken from it (a table laid wider than the page). A misprint seldom has that
    shape; a cut always has."""
    total = reading[-1] if reading else None
    if total is None:
        return False
    parts = sum(filter(None, reading[:-1]), _ZERO)  # a blank (None) or a zero adds nothing
    if parts <= total:
        return False  # asked of every row read: most keep their sum, and say no here
    if total != total.to_integral_value() or total < 0 or parts != parts.to_integral_value():
        return False
    printed, whole = str(int(total)), str(int(parts))
    return len(printed) < len(whole) and whole.startswith(printed)


def review_sums_hold(reading: Reading) -> bool:
    parts = len(reading) // 3
    return all(
        sum((_n(v) for v in reading[p * parts : p * parts + parts - 1]), _ZERO) == _n(reading[p * parts + parts - 1])
        for p in range(3)
    )


def column_rules_hold(key: str, reading: Reading, table: dict[str, Reading | None], outcomes: tuple[str, ...]) -> bool:
    """APP_OUTCOME_SUM and APP_BALANCE for every applicant column where the other rows they need
    are read cleanly (`table[row]` is None for a row that is unknown or itself damaged)."""
    return not failing_columns({**table, key: reading}, outcomes, of=key)


def rules_checked(key: str, table: dict[str, Reading | None], outcomes: tuple[str, ...],
                  settled: Iterable[str] = ()) -> bool:
    """Whether row `key` stands in APP_OUTCOME_SUM or APP_BALANCE and every such rule was checked: each
    other row it needs is read in `table`, or among the rows `settled` together with it (`column_rules_hold`
    and `settle_table` pass a rule whose rows are missing)."""
    rules = [rule for rule in ((*outcomes, "results_total"), BALANCE_ROWS) if key in rule]
    settled = set(settled)
    return bool(rules) and all(table.get(row) is not None or row in settled
                               for rule in rules for row in rule if row != key)


def opens_on_a_zero(figure: str) -> bool:
    """A figure of several digits opening on a 0 (`０５`, `05`): no office writes one, so no piece or share
    of digits is read as one."""
    return len(figure) > 1 and figure[0] in "0０"


def grouped_readings(segments: Sequence[tuple[bool, str]], blocks: tuple[int, ...],
                     value_of: Callable[[str], tuple[bool, Decimal | None]], limit: int) -> list[Reading] | None:
    """Every reading of `segments` (each a piece of a figure, or a whole cell: (is a piece, text)) that
    groups each run of consecutive pieces into figures (none opening on a 0) and makes `sum(blocks)`
    cells, the last cell of each block the sum of the block's others (a blank read as 0). `value_of`
    reads a figure's text: (whether it is one, its value; None for a blank). A dynamic programme over
    (segment, cell, the block's parts so far) counts the readings before any is listed: None where they
    pass `limit`."""
    width, count_of = sum(blocks), len(segments)
    ends = {sum(blocks[:b + 1]) - 1 for b in range(len(blocks))}  # the cells that are a block's total

    def figures(start: int, cell: int) -> Iterator[tuple[int, Decimal | None]]:
        """(end segment, value) of each figure the segments from `start` can make as cell `cell`, leaving
        a segment at least for each cell after it."""
        piece, text = segments[start]
        if not piece:
            readable, value = value_of(text)
            if readable:
                yield start + 1, value
            return
        for end in range(start + 1, count_of - (width - cell - 1) + 1):
            if end > start + 1:
                if not segments[end - 1][0]:
                    return  # a whole cell ends the run of pieces
                text += segments[end - 1][1]
            if opens_on_a_zero(text):
                return
            readable, value = value_of(text)
            if readable:
                yield end, value

    def after(cell: int, parts: Decimal, value: Decimal | None) -> Decimal | None:
        """The block's parts so far once cell `cell` holds `value`; None where it breaks the block's sum."""
        value = _n(value)
        if cell not in ends:
            return parts + value
        return Decimal(0) if value == parts else None

    @cache
    def count(start: int, cell: int, parts: Decimal) -> int:
        if cell == width:
            return int(start == count_of)
        if start == count_of:
            return 0
        total = 0
        for end, value in figures(start, cell):
            if (state := after(cell, parts, value)) is not None:
                total = min(total + count(end, cell + 1, state), limit + 1)
        return total

    if count(0, 0, Decimal(0)) > limit:
        return None

    def walk(start: int, cell: int, parts: Decimal, cells: tuple) -> Iterator[Reading]:
        if cell == width:
            yield cells
            return
        for end, value in figures(start, cell):
            if (state := after(cell, parts, value)) is not None and count(end, cell + 1, state):
                yield from walk(end, cell + 1, state, (*cells, value))

    return list(walk(0, 0, Decimal(0), ()))


def rows_keep_column_rules(keys: Iterable[str], table: dict[str, Reading | None], outcomes: tuple[str, ...]) -> bool:
    """`column_rules_hold` for every row of `keys` (each read in `table`) at once: each rule one of them
    stands in checked once, not once a row (an unknown row's counts, never negative, bound the others:
    `failing_columns`)."""
    keys = set(keys)
    sums = next((key for key in keys if key in outcomes or key == "results_total"), None)
    balance = next((key for key in keys if key in BALANCE_ROWS), None)
    return not any(failing_columns(table, outcomes, of=key) for key in (sums, balance) if key is not None)


def failing_columns(table: dict[str, Sequence[Decimal | None] | None], outcomes: tuple[str, ...],
                    of: str | None = None, unread: frozenset[tuple[str, int]] = frozenset()) -> set[int]:
    """The applicant columns where APP_OUTCOME_SUM or APP_BALANCE fails on `table` (a row per key, None
    for a row unknown; a cell None where blank, or unknown where (key, column) is `unread`): the rules
    row `of` stands in, or every rule. A rule with an unknown row or cell fails only where its cells read
    already owe the unknown ones a negative count (`rule_solver.sides_can_balance`); rules.py leaves it out."""
    failing: set[int] = set()
    if of is None or of in outcomes or of == "results_total":
        total = table.get("results_total")
        if total is not None:  # (a total unknown owes nothing: the outcome rows add up to some count)
            # (gathered only then: rows settling in the template's order ask it of each outcome row before the total)
            rows = [(name, table.get(name)) for name in outcomes]
            for c in range(len(APPLICANT_KEYS)):
                parts, parts_open, printed = _side_read(rows, c, unread)
                # a column the report leaves blank in every outcome row (some print 总计 only in the
                # totals rows) says nothing about how the total row splits (rule_solver): with an outcome
                # cell unknown, only a figure read says the column is not such a one
                if printed and not sides_can_balance(parts, parts_open,
                                                     *_side_read((("results_total", total),), c, unread)[:2]):
                    failing.add(c)
    if of is None or of in BALANCE_ROWS:
        rows_in = [(name, table.get(name)) for name in BALANCE_ROWS[:2]]
        rows_out = [(name, table.get(name)) for name in BALANCE_ROWS[2:]]
        if _open_in_every_column(rows_in) and _open_in_every_column(rows_out):
            # they balance in every column (rows settling in the template's order ask this of new_received while
            # carried_over and the other side's rows are not read yet)
            return failing
        for c in range(len(APPLICANT_KEYS)):
            if not sides_can_balance(*_side_read(rows_in, c, unread)[:2], *_side_read(rows_out, c, unread)[:2]):
                failing.add(c)
    return failing


def _open_in_every_column(rows: Sequence[tuple[str, Sequence[Decimal | None] | None]]) -> bool:
    """Whether a rule's side (its rows, by key) holds a row unknown (None): `_side_read` finds it open in every column."""
    for _, row in rows:  # (a loop: two rows, cheaper than a generator)
        if row is None:
            return True
    return False


def _side_read(rows: Sequence[tuple[str, Sequence[Decimal | None] | None]], c: int,
               unread: frozenset[tuple[str, int]]) -> tuple[Decimal, bool, bool]:
    """A rule's side in applicant column `c` (its rows, by key; None for a row unknown): the sum of its cells
    read (a blank adds nothing), whether some cell of it is unknown, and whether some cell read is a figure
    (`outcome_sum_applies` of the cells read)."""
    total, unknown, printed = _ZERO, False, False
    for key, row in rows:
        if row is None or (unread and (key, c) in unread):
            unknown = True
        elif (value := row[c]) is not None:
            total, printed = total + value, True
    return total, unknown, printed


def placed_by_the_column_rules(values: Sequence[Decimal | None], width: int, key: str,
                               table: dict[str, Reading | None], outcomes: tuple[str, ...]) -> dict[int, int] | None:
    """The columns of a row printing fewer figures than columns (`values`, in order; a blank mark None) in text where
    a blank cell leaves no trace: each placing, left to right, whose figures keep APP_OUTCOME_SUM and APP_BALANCE
    in every column they stand in, each other row of both read in `table`, and the columns every such placing puts
    the same figure in (column → the figure's index in `values`). The columns it prints nothing in are left out of
    the rules (a blank, or a cell lost: the text does not say which). One placing keeping them gives each figure
    its column; several agree only on some (`25 0 3 0 0` whose two trailing zeros the rules allow in any two of
    three columns: the first three figures' columns, not the zeros'), the row's other cells then unknown. None
    where no placing keeps them, where they agree on no column, or where a rule needs a row not read."""
    if not 0 < len(values) < width or not rules_checked(key, table, outcomes):
        return None
    agreed: dict[int, int] | None = None
    for columns in combinations(range(width), len(values)):
        reading: list[Decimal | None] = [None] * width
        for column, value in zip(columns, values, strict=True):
            reading[column] = value
        unread = frozenset((key, column) for column in range(width) if column not in columns)
        if failing_columns({**table, key: tuple(reading)}, outcomes, of=key, unread=unread):
            continue
        placing = dict(zip(columns, range(len(values)), strict=True))
        agreed = placing if agreed is None else {c: i for c, i in agreed.items() if placing.get(c) == i}
        if not agreed:
            return None
    return agreed


def placed_in_any_order_by_the_rules(values: Sequence[Decimal | None], key: str, table: dict[str, Reading | None],
                                     outcomes: tuple[str, ...]) -> dict[int, Decimal | None] | None:
    """A row printing a word for each of its columns (`values`, a blank mark None) in an order that is not its
    columns' (`pdftotext -layout` setting some of them in its label's block, page_order.py): each order of the
    words keeping the row's sum (APP_APPLICANT_SUM), APP_OUTCOME_SUM and APP_BALANCE, each other row of those
    rules read in `table`, and the value every such order gives a column (column → value; a blank None). The
    words are the row's cells, only their order in doubt: no figure is added, dropped or split. None where a
    rule needs a row not read, where no order keeps them, or where they agree on no column."""
    if len(values) != len(APPLICANT_KEYS) or not rules_checked(key, table, outcomes):
        return None
    agreed: dict[int, Decimal | None] | None = None
    for reading in set(permutations(values)):  # at most 7! orders, fewer where words repeat (`/ / /`)
        if not applicant_sum_holds(reading) or failing_columns({**table, key: reading}, outcomes, of=key):
            continue
        agreed = dict(enumerate(reading)) if agreed is None else \
            {c: v for c, v in agreed.items() if reading[c] == v}
        if not agreed:
            return None
    return agreed


# ---------------------------------------------------------------- table 3: every row at once

# Steps (a row's reading tried against a state, a pair of readings joined) the joint solve may take
# before it gives up: a bound on the work, never a list of every combination of the rows' splits.
MAX_TABLE_STEPS = 2_000
# The same for a PDF's text whose blank cells print nothing (`pdftotext -raw`, `-layout` of a table no header
# places): its figures are whole words, a row's readings only which columns they stand in (at most C(6, k) of
# k parts), fewer and with fewer sums than a crawl's digit splits, and a table of such rows' joint solve took
# up to ~10,000 steps on the generated sets (a few ms)
MAX_WHOLE_FIGURE_TABLE_STEPS = 20_000


class _TooMany(Exception):
    pass


def settle_table(readings: dict[str, list[Reading]], outcomes: tuple[str, ...],
                 max_steps: int = MAX_TABLE_STEPS) -> dict[str, list[Reading]]:
    """Each row's readings that some reading of the whole table keeping the column rules uses.
    `readings`: each row found, with the readings its own text and row rule allow (one for a row
    read cleanly). The column rules are APP_OUTCOME_SUM (each column of the outcome rows sums to
    results_total's, unless the column is blank in every outcome row) and APP_BALANCE
    (new_received + carried_over = results_total + carried_forward, per column); a rule is left out
    when a row it needs is missing or has no reading, as `column_rules_hold` does, except that outcome
    rows found with no reading (`[]`: none keeps the row's own rule, a figure lost or misprinted) still
    owe nothing negative: the outcome rows read then sum to at most results_total's, column by column.

    APP_BALANCE is a join: the sums new_received + carried_over, looked up for each results_total
    + carried_forward. APP_OUTCOME_SUM is a dynamic programme over the outcome rows, from each
    results_total the balance allows, whose state is what each column still owes: rows that reach
    the same state share their completions. More than `max_steps` steps, or no reading of the
    table at all: `readings` as they came (the rules cannot narrow them)."""
    rows, outcome_on, balance_on = _rules_on(readings, outcomes)
    open_rows = [key for key in ("results_total", *outcomes, "carried_forward", "new_received", "carried_over")
                 if key in rows and len(rows[key]) > 1]
    if not (outcome_on or balance_on) or not open_rows:
        return readings
    found = _kept_by_the_rules(rows, _read_outcomes(readings, outcomes, outcome_on), outcome_on, balance_on,
                               max_steps, settle=True)
    if found is None or not found[1]:
        return readings
    kept = found[0]
    return {key: sorted(kept[key], key=_order) if kept.get(key) else found for key, found in readings.items()}


def some_table_keeps_the_rules(readings: dict[str, list[Reading]], outcomes: tuple[str, ...],
                               max_steps: int = MAX_TABLE_STEPS) -> bool | None:
    """Whether some reading of the whole table (a reading of each row in `readings`) keeps
    APP_OUTCOME_SUM and APP_BALANCE as `settle_table` checks them (a rule whose rows are not all
    read is left out: then True where no rule is left); None after more than `max_steps` steps."""
    rows, outcome_on, balance_on = _rules_on(readings, outcomes)
    if not (outcome_on or balance_on):
        return True
    found = _kept_by_the_rules(rows, _read_outcomes(readings, outcomes, outcome_on), outcome_on, balance_on,
                               max_steps, settle=False)
    return None if found is None else bool(found[1])


def _rules_on(readings: dict[str, list[Reading]], outcomes: tuple[str, ...]
              ) -> tuple[dict[str, list[Reading]], bool, bool]:
    """The rows with a reading, and whether APP_OUTCOME_SUM and APP_BALANCE can be checked on them (the first
    as a bound where some outcome row is found with no reading: `_read_outcomes`)."""
    rows = {key: found for key, found in readings.items() if found}
    outcome_on = "results_total" in rows and bool(outcomes) and all(key in rows or key in readings for key in outcomes)
    balance_on = all(key in rows for key in ("results_total", "carried_forward", "new_received", "carried_over"))
    return rows, outcome_on, balance_on


def _read_outcomes(readings: dict[str, list[Reading]], outcomes: tuple[str, ...], outcome_on: bool
                   ) -> tuple[tuple[str, ...], bool]:
    """The outcome rows with a reading, and whether some outcome row was found with none: its cells are unknown,
    but a count is never negative, so the rows read pay at most results_total in each column (a bound, where
    APP_OUTCOME_SUM is an equation when every outcome row is read)."""
    read = tuple(key for key in outcomes if readings.get(key))
    return read, outcome_on and len(read) < len(outcomes)


def _kept_by_the_rules(rows: dict[str, list[Reading]], outcomes: tuple[tuple[str, ...], bool], outcome_on: bool,
                       balance_on: bool, max_steps: int, settle: bool) -> tuple[dict[str, set], list] | None:
    """Each row's readings some table keeping the rules uses, and the results_total readings such a
    table has (none: no table keeps them); None after more than `max_steps` steps. `outcomes`: the outcome
    rows read, and whether they only bound results_total (`_read_outcomes`). `settle`: the
    balance's readings narrowed again to those going with a total the outcome rows can pay."""
    numbers = {key: [(reading, tuple(map(_whole, reading))) for reading in found] for key, found in rows.items()}
    kept: dict[str, set] = {key: set() for key in rows}
    steps = [0]

    def step() -> None:
        steps[0] += 1
        if steps[0] > max_steps:
            raise _TooMany

    try:
        totals = [reading for reading, _ in numbers["results_total"]]
        if balance_on:
            totals = _balance(numbers, kept, step)
        if outcome_on:
            totals = _outcome_sums(numbers, *outcomes, totals, kept, step)
        if settle and balance_on and outcome_on:  # the balance's readings that go with a total the outcome rows can pay
            kept = {key: found for key, found in kept.items() if key not in _BALANCE_PARTS} | \
                _balance(numbers, None, step, set(totals))
        kept["results_total"] = set(totals)
    except _TooMany:
        return None
    return kept, totals


def as_premises(table: dict[str, Reading | None]) -> dict[str, Reading | None]:
    """`table`'s rows as premises of the column rules: a row whose own cells break its sum (APP_APPLICANT_SUM: a
    misprint, or a figure misread, as a stacked figure's digit read alone) counts as unknown (None), its counts only
    never negative (`failing_columns`): a wrong cell of it would else fail every reading of the rows it shares a rule
    with, or keep a wrong one."""
    return {key: None if reading is not None and not applicant_sum_holds(reading) else reading
            for key, reading in table.items()}


def settle_by_columns(readings: dict[str, list[Reading]], candidates: dict[str, list[Reading]],
                      context: dict[str, Reading | None], outcomes: tuple[str, ...],
                      max_steps: int = MAX_TABLE_STEPS) -> None:
    """Rows of several readings each (`readings`), settled by the column rules: a row the rules leave
    one reading joins `context`, the rows read cleanly, until nothing changes (each row's readings
    left in `candidates`); then the rows still open are narrowed together: a row keeps the readings
    that some reading of the whole table keeping the column rules uses (`settle_table`, in `max_steps`).
    A row of `context` whose own cells break its sum is no premise (`as_premises`); it stays in `context` as read."""
    if not readings and not any(len(found) > 1 for key, found in candidates.items() if key not in context):
        return  # nothing to settle (most tables, read whole): the premises are not needed
    premises = as_premises(context)
    settled = True
    while settled:
        settled = False
        for key, found in readings.items():
            if key in context:
                continue
            candidates[key] = [r for r in found if column_rules_hold(key, r, premises, outcomes)]
            if len(candidates[key]) == 1:
                context[key] = premises[key] = candidates[key][0]
                settled = True
    open_rows = {key: found for key, found in candidates.items() if key not in context}
    if not any(len(found) > 1 for found in open_rows.values()):
        return
    table = {key: [reading] for key, reading in premises.items() if reading is not None} | open_rows
    for key, kept in settle_table(table, outcomes, max_steps).items():
        if key in open_rows:
            candidates[key] = kept
            if len(kept) == 1:
                context[key] = kept[0]


_BALANCE_PARTS = ("carried_forward", "new_received", "carried_over")


def _balance(numbers: dict, kept: dict | None, step: Callable[[], None], totals: set | None = None):
    """APP_BALANCE as a join. With `kept`: fills it with the balance rows' readings that some
    results_total reading completes, and returns those totals. Without: returns the balance rows'
    readings that complete one of `totals`."""
    inflows: dict[tuple, list] = {}
    for new, new_values in numbers["new_received"]:
        for carried, carried_values in numbers["carried_over"]:
            step()
            inflows.setdefault(tuple(map(add, new_values, carried_values)), []).append((new, carried))
    found: dict[str, set] = {key: set() for key in _BALANCE_PARTS}
    completed = []
    for total, total_values in numbers["results_total"]:
        if totals is not None and total not in totals:
            continue
        for forward, forward_values in numbers["carried_forward"]:
            step()
            pairs = inflows.get(tuple(map(add, total_values, forward_values)), ())
            if pairs:
                completed.append(total)
                found["carried_forward"].add(forward)
                for new, carried in pairs:
                    found["new_received"].add(new)
                    found["carried_over"].add(carried)
    if kept is None:
        return found
    kept.update(found)
    return list(dict.fromkeys(completed))


def _outcome_sums(numbers: dict, outcomes: tuple[str, ...], bounded: bool, totals: list, kept: dict,
                  step: Callable[[], None]) -> list:
    """APP_OUTCOME_SUM over the outcome rows from each of `totals`: fills `kept` with the outcome
    rows' readings some completion uses, and returns the totals that have one. `bounded`: an outcome row
    is unknown, so what the rows leave owing is its share, anything but negative."""
    width = len(numbers["results_total"][0][1])
    zero = (0,) * width
    # what the outcome rows from each index on can pay at least and at most, per column
    least, most = [zero] * (len(outcomes) + 1), [zero] * (len(outcomes) + 1)
    for index in range(len(outcomes) - 1, -1, -1):
        columns = list(zip(*(values for _, values in numbers[outcomes[index]])))
        least[index] = tuple(map(add, least[index + 1], map(min, columns)))
        most[index] = tuple(map(add, most[index + 1], map(max, columns)))

    # each outcome row's readings with their numbers and the columns they print (bits), worked out once, not once
    # a state they are tried against
    choices = {key: [(reading, values, _printed_columns(reading)) for reading, values in numbers[key]]
               for key in outcomes}

    def after(index: int, owed: tuple, printed: int, values: tuple, columns: int) -> tuple | None:
        """The state after outcome row `index` takes a reading (its `values`, printing `columns`), or None when
        nothing can complete it (more owed than the rows left can pay, except in a column no outcome row has
        printed yet: it may stay blank in all, and then says nothing)."""
        step()
        owed = tuple(map(sub, owed, values))
        printed |= columns
        if not all(map(le, least[index + 1], owed)):
            return None
        if bounded or all(map(le, owed, most[index + 1])):
            return owed, printed
        # (rarely reached: a column owing more than the rows left can pay, allowed where none printed it yet)
        return (owed, printed) if not any(printed >> c & 1 for c, (o, m) in enumerate(zip(owed, most[index + 1]))
                                          if o > m) else None

    completes: dict[tuple, bool] = {}

    def can_complete(index: int, owed: tuple, printed: int) -> bool:
        if index == len(outcomes):
            return bounded or not any(owed[c] for c in range(width) if printed >> c & 1)
        state_key = (index, owed, printed)
        found = completes.get(state_key)
        if found is None:  # the readings tried in order until one completes (a loop: no generator a state)
            found = False
            for _, values, columns in choices[outcomes[index]]:
                if (state := after(index, owed, printed, values, columns)) is not None and can_complete(index + 1, *state):
                    found = True
                    break
            completes[state_key] = found
        return found

    values_of = dict(numbers["results_total"])
    paid = [total for total in totals if can_complete(0, values_of[total], 0)]
    reached = {(values_of[total], 0) for total in paid}
    for index, key in enumerate(outcomes):
        following = set()
        for owed, printed in reached:
            for reading, values, columns in choices[key]:
                state = after(index, owed, printed, values, columns)
                if state is not None and can_complete(index + 1, *state):
                    kept[key].add(reading)
                    following.add(state)
        reached = following
    return paid


def _printed_columns(reading: Reading) -> int:
    """The columns a reading prints a figure in (not blank), as bits: column c is bit c."""
    return sum(1 << c for c, v in enumerate(reading) if v is not None)


def _whole(value: Decimal | None) -> int | Decimal:
    """A cell as a number to add: a blank is 0; a whole count an int (fast), any other as it is."""
    if value is None:
        return 0
    return int(value) if value == value.to_integral_value() else value


def _order(reading: Reading) -> tuple:
    return tuple(-1 if v is None else v for v in reading)


def common_cells(readings: list[Reading]) -> dict[int, Decimal | None]:
    """The cells every reading gives the same value (None: blank), by column."""
    return {c: column[0] for c, column in enumerate(zip(*readings)) if len(set(column)) == 1}


# ---------------------------------------------------------------- a row of blocks, one not adding up

# Ways to place the blocks' spans that `settle_blocks` may look at: a bound on the work.
MAX_BLOCK_PLACEMENTS = 4_096


@dataclass(frozen=True)
class BlocksSettled:
    cells: dict[int, Decimal | None]  # the cells every placement reads alike, by column (None: blank)
    broken: tuple[int, ...]  # the blocks that break their sum in some placement, left to right


def settle_blocks(texts: list[str], blocks: tuple[int, ...], limit: int = MAX_CANDIDATES) -> BlocksSettled | None:
    """A row of summed blocks (table 4: each proceeding's four outcomes and its total) whose run of
    digits no split cuts with every block keeping its sum: the report's own arithmetic is wrong in
    a block. The row is read as every way to give each block a span of the digits in order where
    exactly one block breaks its sum (no split of its span keeps it, though the span cuts into the
    block's cells) and every other keeps it. A cell is settled when every such placement reads it
    alike: a block that keeps its sum by one split only, or the breaking block when its span cuts
    one way only (read as printed: the rule then fails). None: no placement, or too many."""
    parts = row_parts([text for text in texts if clean_cell_text(text) != ""])
    if parts is None or len(blocks) < 2:
        return None
    if sum(len(p) if isinstance(p, str) else 1 for p in parts) > sum(blocks) * MAX_COUNT_DIGITS:
        return None  # no row: not a digit of it is turned into a number
    units = [(index, None) if isinstance(part, Fixed) else (index, at)
             for index, part in enumerate(parts) for at in (range(len(part)) if isinstance(part, str) else (0,))]
    # the cells of the blocks from each on: the units left must fill them, one to seven units a cell
    cells_from = [sum(blocks[block:]) for block in range(len(blocks) + 1)]

    def span(start: int, end: int) -> list[Part]:
        """The parts between flat positions (a digit, or a fixed cell, is one position)."""
        pieces: list[Part] = []
        for index, at in units[start:end]:
            part = parts[index]
            if at is None:
                pieces.append(part)
            elif pieces and isinstance(pieces[-1], str) and at > 0:
                pieces[-1] += part[at]
            else:
                pieces.append(part[at])
        return pieces

    @cache
    def read(block: int, start: int, end: int) -> tuple[str, dict[int, Decimal | None]] | None:
        """('kept' | 'broken', the block's cells its span settles) or None: the span cannot be the block."""
        width = blocks[block]
        pieces = span(start, end)
        kept = splits(pieces, (width,), True, limit=limit)
        if kept is None:
            return "kept", {}
        if kept:
            return "kept", common_cells(kept)
        cut = splits(pieces, (width,), False, limit=1)
        if cut == []:
            return None
        return "broken", (common_cells(cut) if cut is not None else {})

    placements: list[list[tuple[int, str, dict]]] = []

    def place(block: int, start: int, chosen: list, broken: bool) -> None:
        if len(placements) > MAX_BLOCK_PLACEMENTS:
            return
        if block == len(blocks):
            if start == len(units) and broken:
                placements.append(list(chosen))
            return
        longest = blocks[block] * MAX_COUNT_DIGITS
        for end in range(start + blocks[block], min(len(units), start + longest) + 1):
            if not cells_from[block + 1] <= len(units) - end <= cells_from[block + 1] * MAX_COUNT_DIGITS:
                continue
            found = read(block, start, end)
            if found is None or (found[0] == "broken" and broken):
                continue
            place(block + 1, end, [*chosen, (block, *found)], broken or found[0] == "broken")

    place(0, 0, [], False)
    if not placements or len(placements) > MAX_BLOCK_PLACEMENTS:
        return None
    offsets = [sum(blocks[:block]) for block in range(len(blocks))]
    readings = [{offsets[block] + column: value for block, _, cells in placement for column, value in cells.items()}
                for placement in placements]
    settled = {column: value for column, value in readings[0].items()
               if all(column in reading and reading[column] == value for reading in readings[1:])}
    broken = tuple(sorted({block for placement in placements for block, state, _ in placement if state == "broken"}))
    return BlocksSettled(settled, broken)
