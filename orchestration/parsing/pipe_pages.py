"""markitdown's pipe tables of a PDF over several pages: it builds each page's grid of cells apart (its pages
joined by an empty line), so a later page's grid may be as wide as the first page's yet shifted a cell (the
label over two cells there, the page's gap elsewhere). A header row's columns then hold only where the row's
own page proves them."""

from __future__ import annotations

from .rows import Row, printing_places
from .table_reading import _last_cell_of_words


def rows_past_their_headers_page(rows: list[Row], span_above: dict[int, tuple[int, int]], total_above: dict[int, int],
                                 unnamed_above: dict[int, frozenset[int]], header_page: dict[int, int]) -> set[int]:
    """id(row) of the pipe rows on a page after their header's (`header_page`: the header's `Row.markdown_page`)
    whose page holds no row as wide proving the header's columns there: a row printing in every column the
    header names (its gap cells aside) and in no cell between its label and them or after them. A row whose
    blank cells print nothing is otherwise placed by cells that may be another grid's."""
    def later(row: Row) -> bool:
        return id(row) in header_page and row.markdown_page != header_page[id(row)]

    later_rows = [row for row in rows if later(row)]
    if not later_rows:  # most tables: every pipe row on its header's page
        return set()
    proven = {(row.markdown_page, len(row.cells), header_page[id(row)]) for row in later_rows
              if _proves_the_header(row, span_above.get(id(row)), total_above.get(id(row)),
                                     unnamed_above.get(id(row), frozenset()))}
    # the places printing in each row on its header's page: a later row printing in the very places one of them
    # does (`|  | 5.属于… | 0 |  |  | 0 |`, columns merged alike on both pages) stands in the grid of that row
    on_the_headers_page = {(len(row.cells), header_page[id(row)], _printing(row)) for row in rows
                           if id(row) in header_page and not later(row)}
    return {id(row) for row in later_rows
            if (row.markdown_page, len(row.cells), header_page[id(row)]) not in proven
            and (len(row.cells), header_page[id(row)], _printing(row)) not in on_the_headers_page}


def _printing(row: Row) -> frozenset[int]:
    return frozenset(printing_places(row.cells))


def _proves_the_header(row: Row, span: tuple[int, int] | None, total: int | None, unnamed: frozenset[int]) -> bool:
    label_end = _last_cell_of_words(row)  # its label's last pipe cell, -1 where none holds words
    first, last = span if span is not None else (label_end + 1, total if total is not None else -1)
    if last < 0 or label_end >= first:
        return False
    outside = row.cells[label_end + 1 : first] + row.cells[last + 1 :]
    return all(cell.is_empty for cell in outside) and \
        all(not row.cells[at].is_empty for at in range(first, last + 1) if at not in unnamed)


BLANKS_OFF_THEIR_HEADERS_PAGE = (
    "a pipe row on a later page than its header, with empty cells among its figures, and no row of its page as "
    "wide proving the header's columns there (markitdown builds each page's grid apart): which column each "
    "figure stands in is not known")


def empty_cell_among_its_figures(row: Row) -> bool:
    """A pipe cell printing nothing between the row's label and its last figure or mark: a blank cell, or a gap
    of its page's grid; only the page's columns tell which."""
    label_end = _last_cell_of_words(row)  # its label's last pipe cell, -1 where none holds words
    printing = [at for at, cell in enumerate(row.cells) if at > label_end and not cell.is_empty]
    return bool(printing) and any(row.cells[at].is_empty for at in range(label_end + 1, printing[-1]))
