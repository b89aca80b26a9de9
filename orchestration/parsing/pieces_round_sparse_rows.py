"""Table 3's sparse pipe rows with a full-width figure wrapped round their line, its pieces on plain lines
(markitdown of Chromium's PDFs).

Chromium breaks a figure too wide for its narrow column between any two full-width digits, and centres a cell's
lines on the row's: a figure of two digits in a row of one-line cells stands a piece above the row's line and a
piece below it, nothing on it (one of three digits: its middle piece on the line). pdfminer writes a piece that no
other word of its height joins as a plain line of its own, so the figure's column is lost:

    １
    |  | 予以公开 |  | ８ |  | ２ | １ |  |
    １

The row's figures are placed by the header words of its page (`pipe_page_grid.applicant_placings`), with the
wrapped figure (the pieces joined; or round one of the row's own figures) tried in every place among the row's
words, and the row as printed (the pieces another row's) beside them: each placing kept where it keeps the row's
sum, and the column rules choose among them, so a cell is read only where they prove it. A piece line two such rows
could own is neither's, and so is a piece beside another row its figures as printed do not add up in (it may be
that row's); a piece with another piece beyond it (a taller stack of pieces) is left alone.
"""

from __future__ import annotations

from dataclasses import replace
from decimal import Decimal
from itertools import product

from .cells import VALUE, read_count
from .labels_round_pipe_rows import label_and_figures_wrapped_round
from .piece_rows import lone_piece
from .pipe_page_grid import applicant_placings, value_cells
from .rows import Row
from .wrapped_digits import is_wide_digits

Placing = tuple[Decimal | None, ...]


def _pieces_round(rows: list[Row], at: int) -> tuple[Row, Row] | None:
    """The plain lines of one piece each right above and right below rows[at] (its markdown rule line between
    it and the piece below may be skipped), neither beside another such piece; None otherwise."""
    if at < 1 or at + 1 >= len(rows):
        return None
    row, above, below = rows[at], rows[at - 1], rows[at + 1]
    if not (lone_piece(above) and lone_piece(below)) or above.line != row.line - 1 or below.line > row.line + 2:
        return None
    return None if pieces_contested(rows, at) else (above, below)


def pieces_contested(rows: list[Row], at: int) -> bool:
    """Whether the pieces right above and below rows[at] may be another's: a piece beyond them (more pieces than two
    lines: no figure of two or three digits round this line), or a pipe row beyond them that a piece may complete
    (a row keeping its sum as printed takes none: a piece put to one figure breaks it)."""
    return any(beyond is not None and (lone_piece(beyond) or beyond.piped and not _keeps_its_sum(beyond))
               for beyond in (rows[at - 2] if at >= 2 else None, rows[at + 2] if at + 2 < len(rows) else None))


def _keeps_its_sum(row: Row) -> bool:
    """Whether the row's figures past its label keep its sum as printed (its last their total), or it prints none."""
    values = [read_count(word) for cell in row.values() for word in cell.text.split()]
    figures = [read.value for read in values if read.state == VALUE]
    return not figures or len(figures) >= 2 and figures[-1] == sum(figures[:-1])


def _with_words(row: Row, cell: int, words: list[str]) -> Row:
    cells = list(row.cells)
    cells[cell] = replace(cells[cell], text=" ".join(words))
    return row.with_cells(cells)


def _placings_with_the_pieces(header: list[Row], printed: Row, first: str, rest: str) -> list[Placing]:
    """The placings of pipe row `printed` in its page's grid as printed and with the wrapped figure put back
    (module doc), each keeping the row's sum, one of each."""
    cells = value_cells(printed)
    variants = [printed]
    for cell in cells:
        words = printed.cells[cell].text.split()
        variants += [_with_words(printed, cell, [*words[:place], first + rest, *words[place:]])
                     for place in range(len(words) + 1)]
        variants += [_with_words(printed, cell, [*words[:place], first + word + rest, *words[place + 1:]])
                     for place, word in enumerate(words) if is_wide_digits(word)]
    found: list[Placing] = []
    for variant in variants:
        found += [placing for placing in applicant_placings(header, variant, cells) or [] if placing not in found]
    return found


def placings_with_pieces_round_them(header: list[Row], rows: list[Row], candidates: dict[str, tuple[Row, Row]]
                                    ) -> dict[str, list[Placing]]:
    """For each row of `candidates` ({key: (its row among `rows`, the pipe row as markitdown printed it)}) with a
    piece of full-width digits on a plain line right above and right below it: its placings (module doc), for the
    column rules; [] where none keeps its sum. Rows without such pieces are left out."""
    index_of = {id(row): at for at, row in enumerate(rows)}
    claims = {}
    for key, (row, printed) in candidates.items():
        at = index_of.get(id(row))
        if at is not None and printed.piped and (pieces := _pieces_round(rows, at)) is not None:
            claims[key] = (printed, *pieces)
    lines = [piece.line for _, *pieces in claims.values() for piece in pieces]
    return {key: _placings_with_the_pieces(header, printed, above.cells[0].text.strip(), below.cells[0].text.strip())
            for key, (printed, above, below) in claims.items() if lines.count(above.line) == lines.count(below.line) == 1}


def placings_with_the_label_and_figures_wrapped(header: list[Row], rows: list[Row], row: Row, key: str
                                                ) -> list[Placing] | None:
    """Table 3's row `key` whose label and full-width figures both wrap round a label-less pipe row of its other
    cells (`labels_round_pipe_rows.label_and_figures_wrapped_round`, `row` a pipe row of the label), where that row
    is sparse (its blank cells print nothing): its placings in its page's grid with each joined figure put before,
    between or after the words of its pipe cell, each keeping the row's sum, for the column rules; None for any
    other shape or where none keeps it."""
    wrapped = label_and_figures_wrapped_round(rows, row, key)
    if wrapped is None:
        return None
    middle, start, figures = wrapped
    if any(cell.text.strip() for cell in middle.cells[:start]):
        return None
    cells, columns = list(range(start, len(middle.cells))), sorted(figures)
    words = {column: middle.cells[column].text.split() for column in columns}
    found: list[Placing] = []
    for places in product(*(range(len(words[column]) + 1) for column in columns)):
        variant = middle
        for column, place in zip(columns, places, strict=True):
            variant = _with_words(variant, column, [*words[column][:place], figures[column], *words[column][place:]])
        found += [placing for placing in applicant_placings(header, variant, cells) or [] if placing not in found]
    return found or None
