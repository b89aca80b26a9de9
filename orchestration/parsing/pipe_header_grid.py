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


def header_row_above(rows: list[Row], index: int) -> Row | None:
    """The pipe header row of rows[index]'s grid: the first row above the table's rows (pipe rows as wide, a label
    alone in the first cell, figures after it) that is a pipe row as wide holding no figure; None without one."""
    width = len(rows[index].cells)
    start = index
    while start > 0 and _table_row(rows[start - 1], width):
        start -= 1
    header = rows[start - 1] if start else None
    if header is None or not header.piped or len(header.cells) != width or header.has_figures():
        return None
    return header


def _table_row(row: Row, width: int) -> bool:
    """A pipe row of the same grid: its label in its first cell alone, figures after it."""
    return row.piped and len(row.cells) == width and row.has_figures() and \
        len(row.label_cells()) == 1 and row.label_cells()[0] is row.cells[0]
