"""Table 3's pipe rows under a header whose pipe cells name two applicant columns (markitdown's grid of a PDF's table).

markitdown sets each page's pipe columns where the page's words start (clusters of their left edges), so two
narrow columns whose words start close together share one pipe column: a header cell prints both names' first
pieces (`| 自然 | 商业 科研 | 社会 法律 | 其他 | 总计 |`, LibreOffice's PDF of a DOCX, blank cells printing nothing),
or one name over the other line by line (`自然` / `商业` / `人` / `企业`; Chromium, `其` over `他` beside `总` over `计`).
Each pipe cell then stands for the columns its header cells name, in the template's order:

- an empty cell is a blank in every column it stands for (no word of either column was printed there);
- a cell of as many figures or blank marks as the columns it stands for is those columns in order (words keep
  their left-to-right order inside a pipe cell);
- fewer words than its columns: which column each stands in is not known (those cells unknown);
- 总计, the last column, is its cell's last word, where the row's other figures add up to it;
- where 其他 shares 总计's cell and prints nothing there, the last word of the cell left of it may be 其他's (its
  figure set left of the cell markitdown cut): both readings go to the column rules.

Only on the header's page (each page has its own grid), where the header's cells name the seven columns once each
in the template's order, no row of the page prints a figure in a pipe cell no header cell names and every row
printing a word in each column has them in the cells the header names (else the grid is not the header's), and
the row's figures add up to its total. A row printing a word in every column is read in order elsewhere.
"""
from __future__ import annotations

from functools import lru_cache
from itertools import combinations, product
from typing import NamedTuple

from ..core import labels as L
from .cells import read_count
from .rows import RawCell, Row
from .table_reading import _figure_or_mark

UNPLACED_IN_A_MERGED_CELL = ("figures in a pipe cell under a header cell naming several applicant columns (merged by "
                             "the converter), fewer than those columns: which of them each stands in is not known; "
                             "its other cells are placed by their header cells")


@lru_cache(maxsize=1 << 12)  # asked of every word of every header row: the names recur
def _applicant_named(word: str) -> str | None:
    """The applicant column (or 总计) whose name a header word begins (`自然`, `科研`; a narrow column's name wrapped
    a character a line, `总` over `计`); None for another word (a name's later piece `企业`, `计`). A word of the group
    `法人或其他组织` may be taken for one (`法`, `其`): a column then named twice, no header is read."""
    word = L.squash(word)
    if not word:
        return None
    found = [key for key, names in L.APPLICANTS.items() if any(name.startswith(word) for name in names)]
    return found[0] if len(found) == 1 else None


def _columns_of_header_cells(header: list[Row]) -> dict[int, tuple[str, ...]] | None:
    """Each pipe cell's columns, from the header rows' words: {place: the keys it names, in order}, where the cells
    name every column of the template once, left to right in its order, and one cell at least names several.
    None otherwise."""
    named: dict[int, list[str]] = {}
    for row in header:
        for at, cell in enumerate(row.cells):
            for word in cell.text.split():
                if (key := _applicant_named(word)) is not None:
                    if any(key in keys for keys in named.values()):
                        return None  # a name twice: not one header
                    named.setdefault(at, []).append(key)
    for keys in named.values():  # a cell's columns stand left to right as the template's, whatever line names each
        keys.sort(key=L.APPLICANT_KEYS.index)
    order = [key for at in sorted(named) for key in named[at]]
    if order != list(L.APPLICANT_KEYS) or all(len(keys) == 1 for keys in named.values()):
        return None
    return {at: tuple(keys) for at, keys in named.items()}


def _pages(rows: list[Row]) -> list[list[Row]]:
    """The rows page by page. markitdown writes a page's lines one after the other and joins pages with an empty
    line; the only other line that is no row is a table's `| --- |` rule, right after the pipe row that opens a
    run of pipe rows. Every line of the table is a row, so a line missing between two rows is that rule, or the
    empty line between two pages (a row put together from several lines leaves lines missing too: read as a
    page's end, which only narrows what is read)."""
    pages: list[list[Row]] = []
    opened = False
    for at, row in enumerate(rows):
        if at == 0:
            pages.append([])
            opens = row.piped
        else:
            before = rows[at - 1]
            missing = row.line - before.line - 1
            rule = missing == 1 and opened  # `| --- |` after the run's first row
            if missing < 0 or (missing > 0 and not rule):
                pages.append([])
            opens = row.piped and not (before.piped and (missing == 0 or rule))
        pages[-1].append(row)
        opened = opens
    return pages


def _words(row: Row) -> list[str]:
    return [word for cell in row.cells for word in cell.text.split() if _figure_or_mark(word)]


def _as_named(columns: dict[int, tuple[str, ...]], row: Row) -> bool:
    """Whether a row printing a word in every column (its figures in order, whatever the grid) has them in the pipe
    cells the header names for them: where it does not (`| 四、结转… |  | ０ ３ | ０ ０ | ０ ０ | ３ |`, a label
    cell's width moving its words a pipe cell on), the grid is not the header's on this table."""
    if len(_words(row)) != len(L.APPLICANT_KEYS):
        return True
    return all(len([w for w in row.cells[at].text.split() if _figure_or_mark(w)]) == len(keys)
               for at, keys in columns.items())


def _grid_of_the_page(same: list[Row]) -> dict[int, tuple[str, ...]] | None:
    """The header cells' columns (`_columns_of_header_cells`) of one page's pipe rows as wide as each other: its
    rows without figures above the first with figures; None where the rows printing figures do not keep to them
    (a figure in a pipe cell no header cell names, beside a label too; a row printing a word in every column
    whose words do not fill the header's cells)."""
    first_printing = next((at for at, row in enumerate(same) if row.has_figures()), None)
    if not first_printing:
        return None
    columns = _columns_of_header_cells(same[:first_printing])
    printing = [row for row in same if row.has_figures()]
    if columns is None or not all(_as_named(columns, row) for row in printing):
        return None
    if any(at not in columns and any(map(_figure_or_mark, cell.text.split()))
           for row in printing for at, cell in enumerate(row.cells)):
        return None
    return columns


class Placed(NamedTuple):
    """A row placed by the header cells: its seven cells (an unknown one None), the problem to report where some
    are unknown, and then its readings, each way its figures may stand (none where every cell is known)."""
    cells: list[RawCell | None]
    problem: str | None
    ways: tuple[tuple, ...]


def _placed(row: Row, columns: dict[int, tuple[str, ...]]) -> Placed | None:
    """The row placed by the header cells as the module says; None where the row does not keep to them."""
    last = max(columns)
    if len(_words(row)) >= len(L.APPLICANT_KEYS) or any(not cell.is_empty for cell in row.cells[last + 1 :]):
        return None  # a word in every column: read in order elsewhere
    printed = []  # each named cell: its columns, its words, their values (a blank mark None)
    for at in sorted(columns):
        if row.cells[at].problem is not None:
            return None  # a piece of a figure (cut at a separator, stacked): never placed as a whole one
        words = row.cells[at].text.split()
        if len(words) > len(columns[at]) or not all(map(_figure_or_mark, words)):
            return None  # more words than columns (a figure split, or not the header's grid), or words of a label
        values = [read_count(word).value for word in words]
        if any(value is None and word not in L.BLANK_TOKENS for value, word in zip(values, words)):
            return None
        printed.append((columns[at], words, values, row.cells[at].line))
    # 总计 is the last column: its cell's last word, where the row's other figures add up to it (a cell it shares
    # with 其他 printing one word, `| 30 |`, is 总计's then, 其他 printing nothing)
    keys, words, values, line = printed[-1]
    figures = sum(value for _, _, found, _ in printed for value in found if value is not None)
    if not words or values[-1] is None or figures - values[-1] != values[-1]:
        return None
    total, total_value = RawCell(words[-1], line), values[-1]
    printed[-1] = (keys[:-1], words[:-1], values[:-1], line)
    arrangements = [printed]
    if (drifted := _with_other_orgs_figure_drifted_left(printed, sorted(columns), columns)) is not None:
        arrangements.append(drifted)
    every_way = [_cells_of(arrangement, total) for arrangement in arrangements]
    # a cell is placed where every arrangement places it alike; the others are each arrangement's ways
    cells = [first if first is not None and all(other is not None and other.text == first.text for other in others)
             else None for first, *others in zip(*every_way)]
    if None not in cells:
        return Placed(cells, None, ())
    ways = dict.fromkeys(way for arrangement, placed in zip(arrangements, every_way)
                         for way in _ways_in_order(placed, arrangement, total_value))
    return Placed(cells, UNPLACED_IN_A_MERGED_CELL, tuple(ways))


def _cells_of(printed: list, total: RawCell) -> list[RawCell | None]:
    """The row's seven cells from its named cells' words: an empty cell blank in each of its columns, a cell of as
    many words as columns read in order, one of fewer words unknown (None) in each of its columns; then 总计."""
    cells: list[RawCell | None] = []
    for keys, words, _, line in printed:
        if not words:
            cells += [RawCell("", line) for _ in keys]
        elif len(words) == len(keys):
            cells += [RawCell(word, line) for word in words]
        else:
            cells += [None] * len(keys)
    return [*cells, total]


def _with_other_orgs_figure_drifted_left(printed: list, places: list[int],
                                         columns: dict[int, tuple[str, ...]]) -> list | None:
    """The named cells (总计 apart) with the last word of the pipe cell left of the one 其他 shares with 总计 read as
    其他's, where 其他 prints nothing in its own: None where no such cell is. markitdown cuts a word's pipe cell 20pt
    before the next cluster of left edges starts; 其他, too narrow for a cluster of its own, is named in 总计's cell
    (`总` / `其` / `计` / `他`), yet its figure may start more than 20pt before that cluster: in the neighbour's cell
    (`| 4 | 64 |` under `| 法律服 | 总 其 |`, 其他's 4). Only there: a merged cell of two applicant columns moves no
    figure so in the tuning renditions (LibreOffice's `| 商业 科研 |`), and reading it so would lose their cells."""
    if len(printed) < 2:
        return None
    (keys_left, left, values_left, line_left), (keys, words, values, line) = printed[-2], printed[-1]
    if places[-2] + 1 != places[-1] or len(columns[places[-1]]) < 2 or not left or len(words) >= len(keys):
        return None
    return [*printed[:-2], (keys_left, left[:-1], values_left[:-1], line_left),
            (keys, [left[-1], *words], [values_left[-1], *values], line)]


def _ways_in_order(cells: list[RawCell | None], printed: list, total) -> tuple[tuple, ...]:
    """The row's readings with each cell of fewer words than its columns read every way its words stand in those
    columns in order (left to right inside a pipe cell), the others as placed: which one, only the column rules
    may tell (`recovery.settle_table`)."""
    known = [None if cell is None else read_count(cell.text).value for cell in cells[:-1]]
    choices = []  # each short cell: its first column's index and its ways, as {index: value}
    at = 0
    for keys, words, values, _ in printed:
        if words and len(words) < len(keys):
            choices.append([dict(zip((at + c for c in columns), values, strict=True))
                            for columns in combinations(range(len(keys)), len(words))])
        at += len(keys)
    ways = []
    for picked in product(*choices):
        reading = list(known)
        for way in picked:
            for index, value in way.items():
                reading[index] = value
        ways.append((*reading, total))
    return tuple(ways)


def placed_under_merged_header_cells(rows: list[Row]) -> dict[int, Placed]:
    """Each pipe row placed by the header cells above it on its page (`_placed`), by id; read before any pass drops
    a pipe row's empty cells."""
    found = {}
    for page in _pages(rows):
        by_width: dict[int, list[Row]] = {}
        for row in page:
            if row.piped:
                by_width.setdefault(len(row.cells), []).append(row)
        for same in by_width.values():
            if len(same) > 1 and (columns := _grid_of_the_page(same)) is not None:
                for row in same:
                    if row.has_figures() and (placed := _placed(row, columns)) is not None:
                        found[id(row)] = placed
    return found
