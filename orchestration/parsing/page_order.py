"""Figures placed by where `pdftotext -layout` sets them on their page.

`pdftotext -layout` (poppler's physical layout) sets each block of text at a character column of its
own: the page's blocks taken by their left edges, each block's column is at least that of every block
starting left of it, and at least 3 past the end of every block standing wholly left of it. A figure
that stands two or more spaces from its neighbours on its line is a block of its own, or part of one
inside its cell. So, on one page, of two such figures with their table columns:

* the one starting at a smaller character column starts left of the other on the page, so it stands in
  the same table column or one to its left (cells stand side by side);
* two whose characters come within 3 of each other overlap on the page: the same table column.

A figure whose column is proven (its row placed under the header, or filling every column) thus bounds
the columns of the page's other figures wherever the header's positions do not hold (a header cut at the
page's edge, a later page that does not repeat it, a label pushing a figure off its header). A row is
placed where those bounds and its own order leave one way only; a page whose proven figures break the
two rules themselves says nothing.
"""

from __future__ import annotations

from collections.abc import Iterable
from itertools import combinations

from .cells import BLANK, VALUE, read_count
from .rows import RawCell, Row

GUTTER = 3  # poppler's least gap between blocks side by side: `col + nColumns + 3`

# a figure of a page: (first glyph column, glyphs, table column)
Mark = tuple[float, int, int]


def glyphs_of(raw: RawCell) -> tuple[float, int] | None:
    """(first glyph column, glyphs) of a cell that is one figure or blank mark alone on its line's
    stretch, as pdftotext set it; None for any other (a label, `2 0` one space apart, a cell cut apart).
    Tables 2 and 3 place nothing in a table printing blank marks; table 4 places its marks too."""
    text = raw.text.strip()
    if raw.x_glyphs is None or raw.problem or not text or " " in text \
            or read_count(text, signed=True).state not in (VALUE, BLANK):
        return None
    return raw.x_glyphs - len(text) / 2, len(text)


def proven_marks(placed: Iterable[tuple[Row, list[RawCell | None]]]) -> dict[int, list[Mark]]:
    """The figures of rows whose columns are proven (each row with its fitted cells, column by column),
    by page: only the row's own cells of one figure each, at the column they were fitted to."""
    marks: dict[int, set[Mark]] = {}
    for row, fitted in placed:
        own = {id(value) for value in row.values()}
        for column, raw in enumerate(fitted):
            if raw is not None and id(raw) in own and (glyphs := glyphs_of(raw)) is not None:
                marks.setdefault(row.page, set()).add((*glyphs, column))
    return {page: found for page, found in ((page, sorted(found)) for page, found in marks.items())
            if _consistent(found)}


def _overlap(a: tuple[float, int], b: tuple[float, int]) -> bool:
    return a[0] < b[0] + b[1] + GUTTER and b[0] < a[0] + a[1] + GUTTER


def _consistent(marks: list[Mark]) -> bool:
    """Whether a page's proven figures (sorted) keep both rules among themselves (else the layout is not
    poppler's, or a figure was placed wrong: the page says nothing)."""
    left_of, highest, start_seen = -1, -1, None  # the highest column of the figures starting left of this one
    for index, (start, length, column) in enumerate(marks):
        if start != start_seen:
            left_of, start_seen = highest, start
        if column < left_of:
            return False
        highest = max(highest, column)
        for other_start, _, other in marks[index + 1:]:  # sorted by start: those within reach follow it
            if other_start >= start + length + GUTTER:
                break
            if other != column:
                return False
    return True


def _columns_allowed(glyphs: tuple[float, int], marks: list[Mark], columns: int) -> range | set[int] | None:
    """The table columns a figure may stand in by the page's proven figures; None where they
    contradict each other about it."""
    same = {column for *other, column in marks if _overlap(glyphs, tuple(other))}
    if len(same) > 1:
        return None
    low = max((column for start, _, column in marks if start < glyphs[0]), default=0)
    high = min((column for start, _, column in marks if start > glyphs[0]), default=columns - 1)
    return {column for column in same if low <= column <= high} if same else range(low, high + 1)


def figures_by_line(rows: Iterable[Row]) -> dict[int, list[tuple[float, int]]]:
    """Where the figures of aligned rows stand, line by line: (first glyph column, glyphs)."""
    found: dict[int, list[tuple[float, int]]] = {}
    for row in rows:
        for value in row.values():
            if value.x_glyphs is not None and not value.is_empty:
                text = value.text.strip()
                found.setdefault(value.line, []).append((value.x_glyphs - len(text) / 2, len(text)))
    return found


def placed_by_page_order(row: Row, marks: list[Mark], columns: int,
                         figures_on: dict[int, list[tuple[float, int]]]) -> list[RawCell] | None:
    """The row's cells over the first `columns` columns (a column where it prints nothing blank), each
    figure in the one column the page's proven figures (`marks`) and the row's order leave it; None
    where no figures, figures over several lines, a cell not one figure, a figure with another on the
    line above or below it (a wide figure wrapped a few digits a line: `２２` over `９`; `figures_on`,
    by line), or any other way remains."""
    values = [value for value in row.values() if not value.is_empty]
    if not values or not marks or len({value.line for value in values}) != 1:
        return None
    found = [glyphs_of(value) for value in values]
    if any(glyphs is None for glyphs in found):
        return None
    line = values[0].line
    if any(start < glyphs[0] + glyphs[1] and glyphs[0] < start + length
           for glyphs in found for near in (line - 1, line + 1) for start, length in figures_on.get(near, ())):
        return None
    order = sorted(zip(found, values), key=lambda pair: pair[0][0])
    allowed = [_columns_allowed(glyphs, marks, columns) for glyphs, _ in order]
    if any(choice is None for choice in allowed):
        return None
    ways = _increasing_choices(allowed, 0, -1, 2)
    if len(ways) != 1:
        return None
    cells = [RawCell("", row.line) for _ in range(columns)]
    for column, (_, value) in zip(ways[0], order):
        cells[column] = value
    return cells


def _increasing_choices(allowed: list, index: int, last: int, enough: int) -> list[tuple[int, ...]]:
    """Up to `enough` ways of one column per figure from `index` on, each right of the one before."""
    if index == len(allowed):
        return [()]
    ways: list[tuple[int, ...]] = []
    for column in sorted(allowed[index]):
        if column <= last:
            continue
        for rest in _increasing_choices(allowed, index + 1, column, enough - len(ways)):
            ways.append((column, *rest))
            if len(ways) >= enough:
                return ways
    return ways


MAX_PAGE_WAYS = 4000  # ways of giving a page's figure groups columns tried; past it the page stays unknown


def page_ways(parts_of: dict[str, list[RawCell]], columns: int) -> list[dict[str, tuple[int, ...]]] | None:
    """A page that shows no header, read in the columns its figures prove (no figure of it proven):
    the figures within 3 characters of each other are one group (one table column), and so are two groups
    each starting left of the other somewhere (each stands in the other's column or left of it); the groups,
    left to right, then stand in columns left to right, two neighbours in one column only where no row
    holds a figure of both. Every such way, as each row's column per figure (`parts_of`, each row's
    figures); None where a figure's place is not known, a row holds two figures of one group, or the ways
    number more than MAX_PAGE_WAYS."""
    if any(len(parts) > columns for parts in parts_of.values()):
        return None  # a row of more figures than columns: no way, before any is tried
    items = [(glyphs, key, index) for key, parts in parts_of.items() for index, part in enumerate(parts)
             if (glyphs := glyphs_of(part)) is not None]
    if not items or len(items) != sum(map(len, parts_of.values())):
        return None
    groups: list[list[tuple]] = []
    for item in sorted(items, key=lambda item: item[0][0]):
        touching = [group for group in groups if any(_overlap(item[0], other[0]) for other in group)]
        merged = [item, *[other for group in touching for other in group]]
        groups = [group for group in groups if group not in touching] + [merged]
    while True:  # two groups each starting left of the other somewhere: one column
        groups.sort(key=lambda group: min(item[0][0] for item in group))
        crossing = next((i for i in range(len(groups) - 1)
                         if min(item[0][0] for item in groups[i + 1]) < max(item[0][0] for item in groups[i])), None)
        if crossing is None:
            break
        groups[crossing:crossing + 2] = [groups[crossing] + groups[crossing + 1]]
    keys_of = [{key for _, key, _ in group} for group in groups]
    if any(len(keys) != len(group) for keys, group in zip(keys_of, groups)):
        return None  # a row with two figures in one column: not poppler's layout of a table
    ways: list[dict[str, tuple[int, ...]]] = []
    try:
        for columns_of_groups in _non_decreasing(keys_of, columns, _Steps(MAX_PAGE_STEPS), _figures_left(keys_of)):
            if len(ways) >= MAX_PAGE_WAYS:
                return None
            placed: dict[str, list[int]] = {key: [0] * len(parts) for key, parts in parts_of.items()}
            for column, group in zip(columns_of_groups, groups):
                for _, key, index in group:
                    placed[key][index] = column
            ways.append({key: tuple(found) for key, found in placed.items()})
    except _TooManySteps:
        return None
    return ways


MAX_PAGE_STEPS = 50_000  # columns tried for a page's groups (dead ends too); past it the page stays unknown


class _TooManySteps(Exception):
    pass


class _Steps:
    def __init__(self, left: int) -> None:
        self.left = left

    def take(self) -> None:
        self.left -= 1
        if self.left < 0:
            raise _TooManySteps


def _figures_left(keys_of: list[set[str]]) -> list[int]:
    """For each group, the most figures one row holds in it and the groups after it: each needs a
    column of its own, right of the one before."""
    left: list[int] = [0] * (len(keys_of) + 1)
    count: dict[str, int] = {}
    for start in range(len(keys_of) - 1, -1, -1):
        for key in keys_of[start]:
            count[key] = count.get(key, 0) + 1
        left[start] = max(count[key] for key in keys_of[start]) if keys_of[start] else 0
        left[start] = max(left[start], left[start + 1])
    return left


def _non_decreasing(keys_of: list[set[str]], columns: int, steps: _Steps, figures_left: list[int],
                    start: int = 0, last: int = -1, previous: set[str] | None = None):
    """Columns for the groups from `start` on, left to right, a group sharing its left neighbour's column
    only where no row holds a figure of both; a column leaving too few to its right for a row's figures
    still to place (`figures_left`) is not tried. Each column tried takes a step (`steps`)."""
    if start == len(keys_of):
        yield ()
        return
    for column in range(max(last, 0), columns - figures_left[start] + 1):
        steps.take()
        if column == last and previous is not None and previous & keys_of[start]:
            continue
        shared = (previous | keys_of[start]) if column == last and previous is not None else keys_of[start]
        for rest in _non_decreasing(keys_of, columns, steps, figures_left, start + 1, column, shared):
            yield (column, *rest)


# a piece of a page's text as pdftotext set it: (line, first glyph column, glyphs)
Piece = tuple[int, float, int]


def pieces_apart(pieces: Iterable[Piece]) -> list[list[Piece]]:
    """The pieces in the least sets no block of poppler's can cross: two pieces of one line less than GUTTER
    apart, or of neighbouring lines whose columns come within GUTTER of each other, in one set (blocks side by
    side stand GUTTER apart; a block's lines follow each other). A set whose text is one cell's alone (a
    header's word, stacked a character a line or not) thus holds only blocks inside that cell."""
    sets: list[list[Piece]] = []
    for piece in sorted(pieces):
        line, start, glyphs = piece
        touching = [found for found in sets if any(
            abs(other[0] - line) <= 1 and _overlap((start, glyphs), (other[1], other[2])) for other in found)]
        sets = [found for found in sets if not any(found is other for other in touching)]
        sets.append([piece, *[other for found in touching for other in found]])
    return [sorted(found) for found in sets]


def columns_beside(figure: tuple[float, int], pieces: list[Piece], low: int, high: int) -> tuple[int, int]:
    """The least and greatest table column of a figure (a block of its own, or part of one inside its cell)
    by a set of pieces (pieces_apart) whose blocks stand inside table columns low..high. A block is set at
    least GUTTER past the end of every block wholly left of it, so: the figure starting less than GUTTER past
    the set's last glyph is not wholly right of the block holding it, and starts left of column high's end
    (a column ≤ high); the set starting less than GUTTER past the figure's end, the block holding its first
    glyph is not wholly right of the figure, which ends right of column low's start (a column ≥ low). Each
    bound that does not hold: the table's (0, or a large number)."""
    start, glyphs = figure
    first = min(piece[1] for piece in pieces)
    last_end = max(piece[1] + piece[2] for piece in pieces)
    return (low if first < start + glyphs + GUTTER else 0, high if start < last_end + GUTTER else 1 << 30)


def starts_left_of(pieces: list[Piece], others: list[Piece]) -> bool:
    """Whether the first block of a set of pieces (pieces_apart) is not wholly right of the block holding
    the last glyph of another set (it starts less than GUTTER past that glyph): of two cells side by side,
    each holding one of the sets, the first is then the left one."""
    return min(piece[1] for piece in pieces) < max(piece[1] + piece[2] for piece in others) + GUTTER


def block_starts(pieces: Iterable[Piece], opens_the_page: bool = False) -> list[list[Piece]]:
    """The pieces that start a block of poppler's, set by set (pieces_apart): in each set, those set at its
    least column. A block's lines are set at its column or right of it, and no block crosses a set, so the
    set's least column is a block's, and a piece there opens one of its lines at that column. Sets holding a
    piece of the last line seen, or of the first unless it `opens_the_page`, are left out: the lines past
    them, not seen, may hold a block's start further left."""
    pieces = list(pieces)
    if not pieces:
        return []
    top, bottom = min(piece[0] for piece in pieces), max(piece[0] for piece in pieces)
    unseen = (bottom,) if opens_the_page else (top, bottom)
    found = []
    for one_set in pieces_apart(pieces):
        if any(line in unseen for line, _, _ in one_set):
            continue
        least = min(start for _, start, _ in one_set)
        found.append([piece for piece in one_set if piece[1] == least])
    return found


def highest_column(glyphs: tuple[float, int], starts: Iterable[tuple[float, int]]) -> int | None:
    """The greatest table column a figure (a block of its own, or part of one inside its cell) may stand in,
    by the blocks whose start (block_starts) is known to stand in a table column: (start's column, table
    column). A block starting at or left of another's start is set at that block's column or right of it;
    so a figure set at a smaller column than a block's start starts left of it on the page, in that
    block's first glyph's table column or one left of it. None where no such block bounds it."""
    bounds = [column for start, column in starts if glyphs[0] < start]
    return min(bounds) if bounds else None


MAX_COVER = 8  # rows taken out of a page's in-order readings to end its crossings; past it none is doubted


def columns_crossed(starts_of: dict[str, tuple[float, ...]]) -> dict[str, set[int]]:
    """Rows of one page read in order, one figure a column (`starts_of`: each row's figures' first glyph
    columns, column by column), whose figures start where another such row's figure of another column starts.
    Figures of one column set in one block of poppler's start at one glyph column, so two rows crossing so
    cannot both be read in order: pdftotext set some figure of one of them in another block (a label's block
    takes a figure after the label's glyphs, each counted one column however wide it prints: `没有现成…  /  ５８`
    for 自然人 58 and 商业企业 /, under rows setting 自然人 where the 58 stands). The rows doubted are those of
    the one least set whose removal leaves no two rows crossing, and of those only rows whose figures, taken in
    the columns the other rows set at their starts, stand out of order (one starting left of another in a
    column right of its: a row merely set a few glyphs off the others, `19  0  2` against `0      0  0`, is
    not doubted); each doubted row's columns are returned except those where a row not doubted sets a figure
    of the same column at the same start (the placement the page's other rows share). Where several sets are least (two rows crossing each other only: LibreOffice's PDF of
    a DOCX sets one column's figures a few glyphs apart from row to row) or the least need more than MAX_COVER
    rows, the page does not say which rows are wrong, and none is doubted."""
    keys = sorted(starts_of)
    crossing = {key: set() for key in keys}
    at = {}  # start → {(key, column)}
    for key in keys:
        for column, start in enumerate(starts_of[key]):
            at.setdefault(start, set()).add((key, column))
    for placed in at.values():
        for (key, column), (other, other_column) in combinations(sorted(placed), 2):
            if key != other and column != other_column:
                crossing[key].add(other)
                crossing[other].add(key)
    edges = sorted({(key, other) for key in keys for other in crossing[key] if key < other})
    if not edges:
        return {}
    doubted = _least_cover(edges)
    if doubted is None:
        return {}
    kept: dict[float, set[int]] = {}  # start → the columns the rows not doubted set there
    for start, placed in at.items():
        for key, column in placed:
            if key not in doubted:
                kept.setdefault(start, set()).add(column)
    found = {}
    for key in sorted(doubted):
        # their columns where the rows not doubted set each of its figures' starts (one column a start)
        mapped = sorted((start, next(iter(kept[start]))) for start in starts_of[key] if len(kept.get(start, ())) == 1)
        if any(left < right and column > other for (left, column), (right, other) in combinations(mapped, 2)):
            found[key] = {column for column, start in enumerate(starts_of[key]) if column not in kept.get(start, ())}
    return found


def _least_cover(edges: list[tuple[str, str]]) -> set[str] | None:
    """The one least set holding a row of each crossing pair (`edges`); None where several are least (the page
    does not say which rows are wrong) or the least hold more than MAX_COVER rows."""
    for size in range(1, MAX_COVER + 1):
        found: set[frozenset[str]] = set()
        _covers(edges, frozenset(), size, found)
        if found:
            return set(found.pop()) if len(found) == 1 else None
    return None


def _covers(edges: list[tuple[str, str]], taken: frozenset[str], left: int, found: set[frozenset[str]]) -> None:
    """Every set of at most `left` more rows that, with `taken`, holds a row of each pair (branching on the first
    pair neither holds: one of its two rows is in any such set), added to `found`."""
    open_edge = next((edge for edge in edges if edge[0] not in taken and edge[1] not in taken), None)
    if open_edge is None:
        found.add(taken)
        return
    if left == 0:
        return
    for key in open_edge:
        _covers(edges, taken | {key}, left - 1, found)
