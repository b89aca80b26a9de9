"""Table 3's pipe rows under a header whose pipe cells name two applicant columns (markitdown's grid of a PDF's table).

markitdown sets a PDF table's pipe columns where the page's words start (clusters of their left edges), so two
narrow columns whose words start close together share one pipe column: the header row prints both names' first
pieces in one cell (`| 自然 | 商业 科研 | 社会 法律 | 其他 | 总计 |`, LibreOffice's PDF of a DOCX, blank cells
printing nothing). Each pipe cell then stands for the columns its header cell names, in the template's order:

- an empty cell is a blank in every column it stands for (no word of either column was printed there);
- a cell of as many figures or blank marks as the columns it stands for is those columns in order (words keep
  their left-to-right order inside a pipe cell);
- fewer words than its columns: which column each stands in is not known (those cells unknown).

Only where the header's cells name the seven columns once each, in the template's order, no row printing a figure
in a pipe column no header cell names (the grid is not the header's), and the row's figures adding up to its total.
"""
from __future__ import annotations

from collections.abc import Container
from functools import partial

from ..core import labels as L
from .cells import read_count
from .rows import RawCell, Row
from .table_reading import _figure_or_mark

UNPLACED_IN_A_MERGED_CELL = ("figures in a pipe cell under a header cell naming several applicant columns (merged by "
                             "the converter), fewer than those columns: which of them each stands in is not known; "
                             "its other cells are placed by their header cells")


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


def _under_the_header(rows: list[Row], index: int) -> tuple[list[Row], list[Row]]:
    """The pipe rows as wide as rows[index] above it without figures (its header's), and those with figures,
    on the page the row stands on (`_page_of`): markitdown sets each page's pipe columns apart, so a row of
    another page as wide is no proof of standing in the header's grid."""
    page = _page_of(rows, index)
    width = len(rows[index].cells)
    same = [row for row in page if row.piped and len(row.cells) == width]
    at = next(i for i, row in enumerate(same) if row is rows[index])
    header = [row for row in same[:at] if not row.has_figures()]
    return header, [row for row in same if row.has_figures()]


def _page_of(rows: list[Row], index: int) -> list[Row]:
    """The rows of rows[index]'s page. markitdown writes a page's lines one after the other and joins pages with
    an empty line; the only other line that is no row is a table's `| --- |` rule, right after the pipe row that
    opens a run of pipe rows. Every line of the table is a row, so a line missing between two rows is that rule,
    or the empty line between two pages (a row put together from several lines leaves lines missing too: read as
    a page's end, which only narrows what is read)."""
    page, pages, opened = 0, [], False
    for at, row in enumerate(rows):
        if at == 0:
            opens = row.piped
        else:
            before = rows[at - 1]
            missing = row.line - before.line - 1
            rule = missing == 1 and opened  # `| --- |` after the run's first row
            if missing < 0 or (missing > 0 and not rule):
                page += 1
            opens = row.piped and not (before.piped and (missing == 0 or rule))
        pages.append(page)
        opened = opens
    return [row for row, on in zip(rows, pages) if on == pages[index]]


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


def cells_under_merged_header_cells(rows: list[Row], row: Row) -> tuple[list[RawCell | None], str | None] | None:
    """The row's seven cells (an unknown one None) and the problem to report where some are unknown, placed by
    the header cells above it as the module says; None where the grid does not prove them."""
    index = next((i for i, other in enumerate(rows) if other is row), None)
    if index is None or not row.piped or not row.has_figures():
        return None
    header, printing = _under_the_header(rows, index)
    columns = _columns_of_header_cells(header)
    if columns is None:
        return None
    first, last = min(columns), max(columns)
    if len(_words(row)) >= len(L.APPLICANT_KEYS) or not all(map(partial(_as_named, columns), printing)):
        return None
    if any(at not in columns and any(_figure_or_mark(word) for word in other.cells[at].text.split())
           for other in printing for at in range(len(other.cells))):
        return None  # a figure in a pipe column no header cell names (beside a label too): the grid is not the header's
    if any(_figure_or_mark(word) for cell in row.cells[:first] for word in cell.text.split()) \
            or any(not cell.is_empty for cell in row.cells[last + 1 :]):
        return None  # a figure beside its label, or past 总计: not the header's grid
    printed = []  # each named cell: its columns, its words, their values (a blank mark None)
    for at in sorted(columns):
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
    total = RawCell(words[-1], line)
    printed[-1] = (keys[:-1], words[:-1], values[:-1], line)
    cells: list[RawCell | None] = []
    for keys, words, _, line in printed:
        if not words:
            cells += [RawCell("", line) for _ in keys]
        elif len(words) == len(keys):
            cells += [RawCell(word, line) for word in words]
        else:
            cells += [None] * len(keys)
    cells.append(total)
    return cells, UNPLACED_IN_A_MERGED_CELL if None in cells else None


def placed_under_merged_header_cells(rows: list[Row], under_merged: Container[int]
                                     ) -> dict[int, tuple[list[RawCell | None], str | None]]:
    """`cells_under_merged_header_cells` of each row whose id is in `under_merged` (rows under a header cell naming
    two applicant columns), by id, where it places the row; read before any pass drops a pipe row's empty cells."""
    found = {}
    for row in rows:
        if id(row) in under_merged and (placed := cells_under_merged_header_cells(rows, row)) is not None:
            found[id(row)] = placed
    return found
