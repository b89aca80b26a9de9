"""Table 2's pipe rows placed by their own header row's pipe cells (markitdown's grid of a PDF's table).

markitdown infers a PDF table's pipe grid from where pdfminer's text runs start on the page, so a header
word and the figures printed under it share one pipe column, an empty cell leaves an empty pipe cell, and
the grid may hold columns no header word names (`| 信息内容 | 本年制发件数 | 本年废止件数 |  | 现行有效件数 |  |`,
LibreOffice's PDF). Trimming such a row's empty cells down to the template's width moves a figure across a
blank cell (`| 规章 |  | 2 |  | 44 |  |` read as 2 issued). Where the header row right above the table's rows
names each of the block's columns in a pipe cell of its own, in a grid as wide, and no row of the table sets
a figure in a pipe column the header leaves unnamed, each figure's column is its header cell's."""
from __future__ import annotations

from collections.abc import Callable
from itertools import combinations

from .rows import RawCell, Row


def cells_under_their_header(rows: list[Row], index: int, columns: list[str],
                             metrics_named: Callable[[str], list[str]]) -> list[RawCell] | None:
    """rows[index]'s cell under each of `columns`' header cells, where the pipe grid proves them (above);
    None otherwise. `metrics_named`: the metrics a header cell's text names."""
    row = rows[index]
    width = len(row.cells)
    if not row.piped or width <= len(columns) or not row.has_figures():
        return None
    start = index
    while start > 0 and _table_row(rows[start - 1], width):
        start -= 1
    header = header_row_above(rows, index)
    if header is None:
        return None
    at: dict[str, int] = {}
    for position, cell in enumerate(header.cells[1:], 1):
        named = metrics_named(cell.text) if cell.text.strip() else []
        if len(named) > 1 or (named and named[0] in at):
            return None  # a cell naming two columns (merged), or one column named twice: no one grid
        if named:
            at[named[0]] = position
    if sorted(at) != sorted(columns):
        return None
    end = index + 1
    while end < len(rows) and _table_row(rows[end], width):
        end += 1
    named_positions = set(at.values())
    if any(not cell.is_empty for other in rows[start:end]
           for position, cell in enumerate(other.cells[1:], 1) if position not in named_positions):
        return None  # a figure in a column no header cell names: the grid is not the header's
    return [row.cells[at[metric]] for metric in columns]


def header_row_above(rows: list[Row], index: int, of_the_block: Callable[[Row], bool] | None = None) -> Row | None:
    """The pipe header row of rows[index]'s grid: the first row above the table's rows (pipe rows as wide, a label
    alone in the first cell, figures after it; `of_the_block`: or a row of the block's that prints nothing,
    `| 行政许可 |  |  |`) that is a pipe row as wide holding no figure; None without one."""
    width = len(rows[index].cells)
    start = index
    while start > 0 and (_table_row(rows[start - 1], width) or of_the_block is not None and rows[start - 1].piped
                         and len(rows[start - 1].cells) == width and of_the_block(rows[start - 1])):
        start -= 1
    header = rows[start - 1] if start else None
    if header is None or not header.piped or len(header.cells) != width or header.has_figures():
        return None
    return header


def _table_row(row: Row, width: int) -> bool:
    """A pipe row of the same grid: its label in its first cell alone, figures after it."""
    return row.piped and len(row.cells) == width and row.has_figures() and \
        len(row.label_cells()) == 1 and row.label_cells()[0] is row.cells[0]


MERGED_HEADER_UNPROVEN = ("a converter's pipe row under a header whose column names share one pipe cell, its figures "
                          "not one a column and not where a row printing every column sets them (a column printing "
                          "nothing on the page leaves no pipe cell, and the next column's figures move into its "
                          "place): which column each stands in is not known")


def cells_where_the_tables_full_rows_set_them(rows: list[Row], index: int, columns: list[str],
                                              metrics_named: Callable[[str], list[str]],
                                              word_glued_to_its_label: Callable[[Row], RawCell | None],
                                              of_the_block: Callable[[Row], bool]
                                              ) -> tuple[list[RawCell | None], str | None] | None:
    """rows[index]'s cells where its header row names columns together in one pipe cell
    (`| 信息内容 | 本年制发件数本年废止件数现行有效件数 |  |  |`, markitdown of Chromium's PDF): markitdown's grid is
    the page's, its pipe cells where the page's words start, so a column printing no figure anywhere leaves no pipe
    cell and the figures of the column after it stand in its place (`| 规章 |  | 36 |  |` is 36 in force, not
    repealed). A pipe cell names a column where a row printing a figure or mark in every column, one word a cell (a
    word glued to its label's end first: `行政规范性文件5`), sets it, or where the header gives the column a cell of its
    own (`| 本年制发件数 | 本年废止件数现行有效件数 |`) and no such row sets that cell otherwise; a word in or past the
    merged cell stands in its first named column or a later one (it starts right of that column's name). The table's
    other rows are read by those where one placing only keeps the row's words in order, each in its pipe cell's
    column, or between the columns of the named cells either side of it (a word opening a later pipe cell starts
    right of every word of an earlier one), a glued word in the first column where that column's pipe cell is named
    (it stands a few points from its label, at the first column's start); the row's other columns blank (it prints
    nothing else). A row read so names its pipe cells for the others too. Otherwise the row's cells are unknown, with
    why: (cells, problem). None where the header merges no column names, or the row is no such grid's."""
    row = rows[index]
    width = len(row.cells)
    if not row.piped or not row.has_figures() or not _table_row(row, width):
        return None
    header = header_row_above(rows, index, of_the_block)
    named = [(place, metrics_named(cell.text) if cell.text.strip() else []) for place, cell in
             enumerate(header.cells[1:], 1)] if header is not None else []
    merged = [(place, metrics) for place, metrics in named if len(metrics) > 1]
    if header is not None and (in_label := metrics_named(header.cells[0].text)):
        # `| 信息内容 本年制发件数本年废止件数现行有效件数 |  |  |`: the label's cell holds column names too, so no pipe
        # cell starts at one of them; past the label only the order of the columns is known
        merged = [(0, in_label), *merged]
    if not any(columns[0] in metrics or set(metrics) <= set(columns) for _, metrics in merged):
        return None  # (no merged cell: the header's cells place the figures, `cells_under_their_header`)
    start, end = index, index + 1
    while start > 0 and _table_row(rows[start - 1], width):
        start -= 1
    while end < len(rows) and _table_row(rows[end], width):
        end += 1
    block = [other for other in rows[start:end] if other is row or of_the_block(other)]
    column_at = _pipe_cells_full_rows_set(block, len(columns), word_glued_to_its_label)
    merged_at, merged_first = merged[0][0], _first_column_named(merged[0][1], columns) if len(merged) == 1 else 0
    own = {place: columns.index(metrics[0]) for place, metrics in named
           if len(metrics) == 1 and metrics[0] in columns and place < merged_at}
    least: dict[int, int] = {}
    if column_at is not None and merged_first:
        if any(column_at.get(place, column) != column for place, column in own.items()) or \
                any(column < merged_first for place, column in column_at.items() if place >= merged_at):
            # a full row's words in order against the header's cells (`| 行政规范性文件7 | 3 |  | 40 |`: two
            # figures where the first column starts): the page's words are not one grid, so no cell is known
            return [None] * len(columns), MERGED_HEADER_UNPROVEN
        column_at, least = {**own, **column_at}, {merged_at: merged_first}
    column_at = column_at or {}
    derived = dict(column_at)
    for other in block:  # a row one placing only reads names its pipe cells too
        placed = _one_placing(other, len(columns), column_at, least, word_glued_to_its_label)
        for place, column, _ in placed or []:
            if derived.setdefault(place, column) != column:
                return [None] * len(columns), MERGED_HEADER_UNPROVEN
    placed = _one_placing(row, len(columns), derived, least, word_glued_to_its_label)
    if placed is None:
        return [None] * len(columns), MERGED_HEADER_UNPROVEN
    fitted: list[RawCell | None] = [RawCell("", row.line)] * len(columns)
    for _, column, cell in placed:
        fitted[column] = cell
    return fitted, None


def _first_column_named(metrics: list[str], columns: list[str]) -> int:
    """The column a merged header cell opens on (its text starts at that column's name), where it names consecutive
    columns of the table; 0 (nothing known past the first column) otherwise."""
    at = [columns.index(metric) for metric in metrics if metric in columns]
    return at[0] if len(at) == len(metrics) and at == list(range(at[0], at[0] + len(at))) else 0


def _pipe_cells_full_rows_set(block: list[Row], width: int, word_glued_to_its_label: Callable[[Row], RawCell | None]
                              ) -> dict[int, int] | None:
    """Pipe cell (0: glued to the label) → column, as the block's rows printing every column set them; None where two
    such rows set one pipe cell to two columns (the grid names none)."""
    column_at: dict[int, int] = {}
    for other in block:
        words = _words_in_place(other, word_glued_to_its_label)
        if words is None or len(words) != width:
            continue
        for column, (place, _) in enumerate(words):
            if column_at.setdefault(place, column) != column:
                return None
    return column_at


def _one_placing(row: Row, width: int, column_at: dict[int, int], least: dict[int, int],
                 word_glued_to_its_label: Callable[[Row], RawCell | None]
                 ) -> list[tuple[int, int, RawCell]] | None:
    """The row's words' (pipe cell, column, word) where one placing only keeps them in order within what `column_at` and
    `least` (a pipe cell → the least column of any word in it or past it) allow; None otherwise."""
    words = _words_in_place(row, word_glued_to_its_label)
    if not words:
        return None
    if words[0][0] == 0 and 0 not in column_at and 0 in column_at.values():
        column_at = {**column_at, 0: 0}  # glued: its first column's pipe cell proven (empty here, or no placing)
    placings = [placing for placing in combinations(range(width), len(words))
                if all(_may_stand_in(place, column, column_at) and
                       all(column >= floor for at, floor in least.items() if place >= at)
                       for (place, _), column in zip(words, placing, strict=True))]
    if len(placings) != 1:
        return None
    return [(place, column, cell) for (place, cell), column in zip(words, placings[0], strict=True)]


def _may_stand_in(place: int, column: int, column_at: dict[int, int]) -> bool:
    """Whether a word in pipe cell `place` (0: glued to its label) may be `column`'s, by the columns full rows set
    in the pipe cells: that cell's column; else none left of a column a cell before it holds, nor right of one a
    cell after it holds (a word opening a later pipe cell starts right of every word in an earlier one)."""
    if place in column_at:
        return column_at[place] == column
    if place == 0:
        return True  # glued: its own place in the grid not known, only that it is the row's first word
    return all(column >= at if other < place else column <= at for other, at in column_at.items() if other)


def _words_in_place(row: Row, word_glued_to_its_label: Callable[[Row], RawCell | None]
                    ) -> list[tuple[int, RawCell]] | None:
    """The row's figures and blank marks with their pipe cells, left to right (0: a word glued to its label's end);
    None where a pipe cell after the label holds more than one word (two columns merged: which is which not known)."""
    glued = word_glued_to_its_label(row)
    words = [(0, glued)] if glued is not None else []
    for place, cell in enumerate(row.cells[1:], 1):
        if cell.is_empty:
            continue
        if len(cell.text.split()) != 1:
            return None
        words.append((place, cell))
    return words
