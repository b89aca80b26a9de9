"""A row of `pdftotext -layout` whose total is a wide figure stacked round its line, and nothing else missing.

Chromium may break a line between any two full-width digits, so a total too wide for a narrow 总计 column prints
a digit a line; its row's one-line label then stands between the pieces, and pdftotext sets the pieces on the
lines above and below the row's line, where the total's column stays empty:

                                                       ３
    一、本年新收政府信息公开申请数量           ３０ ２    无   无   无   ２
                                                       ４

Where the page's full rows do not stand in one set of columns (a row whose label wraps round its figures sets
them a glyph or two along), no column is proven by them. The row's own line still proves where its words stand:

* it prints one word (a figure or a blank mark, each whole on the line) for every column but one, so each of
  those columns holds one word, in order, and one column prints nothing on the line;
* every piece on the lines next to it starts right of its last word. pdftotext sets no text at a smaller
  character column than text starting left of it on the page, so a piece set right of the last word's start
  stands in that word's column or right of it, and the word is not in the empty column: the column printing
  nothing on the row's line is the last one, 总计.

So too for two columns printing nothing on the row's line, the narrow 其他 and 总计 side by side, both figures
stacked: pdftotext sets their pieces one space apart (`１ ５` above the line, `２ ２` below, for 12 and 52). The line
prints a word for every column but two, and a line next to it a piece in each of the two: those are the last two.

Which row a piece belongs to is decided by the rows' sums (application_table._stacked_figures_by_the_sums), never here.
"""

from __future__ import annotations

from decimal import Decimal

from .cells import BLANK, VALUE, read_count
from .rows import STACKED, RawCell, Row
from .table_reading import _words_where_they_stand

PIECE_REACH = 2  # glyphs: two pieces of one stacked figure stand this near each other (`_stacked_figures_by_the_sums`)


def words_before_stacked_figures(row: Row, words: list[RawCell], width: int,
                                 pieces: dict[tuple[int, float], str]) -> list[RawCell] | None:
    """The row's cells: its line's `words` (each with its centre in glyphs) in the first width - k columns, in
    order, and an empty stacked cell for each of the last k where the pieces next to its line stand; None unless the
    words are width - k figures or blank marks, none itself a piece, the row prints nothing but pieces on other lines,
    and the pieces on the lines above and below it all start right of its last word and stand in k columns: for
    k = 1 one column (the total's), for k = 2 the two narrow last ones side by side (其他 and 总计, their pieces one
    space apart, `１ ６`), as many pieces on a line next to it and every other piece in one of their columns."""
    stacked = width - len(words)
    if stacked not in (1, 2) or any(word.problem or word.x_glyphs is None for word in words):
        return None
    if any(read_count(word.text).state not in (VALUE, BLANK) for word in words):
        return None
    if any(cell.line != row.line and cell.problem != STACKED for cell in row.values() if not cell.is_empty):
        return None  # a figure of its own on another line (the pieces pulled round it are shared out apart)
    beside = [(line, x, text) for (line, x), text in pieces.items() if abs(line - row.line) == 1]
    if not beside:
        return None
    words = sorted(words, key=lambda word: word.x_glyphs)
    last_end = max(word.x_glyphs + len(word.text) / 2 for word in words)
    if any(x - len(text) / 2 < last_end for _, x, text in beside):
        return None
    centres = [x for _, x, _ in beside]
    if stacked == 1:
        if max(centres) - min(centres) > PIECE_REACH:
            return None
        return [*words, RawCell("", row.line, None, False, None, min(centres), STACKED)]
    # the columns: where a line's pieces stand, that line holding one piece for each
    by_line: dict[int, list[float]] = {}
    for line, x, _ in beside:
        by_line.setdefault(line, []).append(x)
    full = [sorted(xs) for xs in by_line.values() if len(xs) == stacked]
    if not full or any(abs(a - b) >= 0.5 for xs in full for a, b in zip(xs, full[0], strict=True)) \
            or any(min(abs(x - column) for column in full[0]) >= 0.5 for x in centres):
        return None
    return [*words, *(RawCell("", row.line, None, False, None, column, STACKED) for column in full[0])]


# glyphs: a word this near a stacked piece's centre stands in its column; one this near but further off may stand in
# the narrow column beside it (其他 next to 总计), where the pieces' column is not proven the total's
SAME_COLUMN = 0.5
NEXT_COLUMN = 2.5


def sum_before_a_stacked_total(words: list[RawCell], beside: list[tuple[int, float, str]],
                               page_pieces: list[float], width: int, first_stacked: bool = False
                               ) -> tuple[Decimal, float, list[RawCell]] | None:
    """A sparse row (its blank cells print nothing, so where its words stand no column is proven) whose total is
    stacked round its line: (the sum of its parts, where its total's column stands, its line's words standing in
    that column: a digit of its total), or None. `words`: the row's words on its one line, whole, each with its
    centre in glyphs; `beside`: the stacked pieces (line, centre, text) on that line and the lines next to it;
    `page_pieces`: the centre of every stacked piece of the row's page.

    The pieces beside the line all stand in one column, and every word of the line in it or starting more than a
    glyph left of it (no piece of the page in a column right beside it: a narrow 其他 next to 总计 would let the pieces
    be either's). pdftotext sets no text at a smaller character column than text starting left of it, so that
    column is right of every other word's: if it were not the last (总计), the total, a figure whenever a part is,
    would print right of it, and nothing does. So the total is the pieces' column, its parts every other word
    of the line (blank marks adding nothing); the pieces read as their sum is checked by the caller, as the pieces
    may be the rows' round them (`_stacked_figures_by_the_sums`).

    `first_stacked`: 自然人's figure is stacked round the line too, its pieces left of every word (the caller's to
    read, `beside` holding the others only): a part left of the pieces' column, so the row may print no word."""
    if not beside or not (words or first_stacked) or any(word.problem or word.x_glyphs is None for word in words):
        return None
    centres = [x for _, x, _ in beside]
    column = min(centres)
    if max(centres) - column >= SAME_COLUMN or \
            any(SAME_COLUMN <= abs(x - column) < NEXT_COLUMN for x in page_pieces):
        return None
    at_total = [word for word in words if abs(word.x_glyphs - column) < SAME_COLUMN]
    parts = [word for word in words if word not in at_total]
    if len(at_total) > 1 or len(parts) > width - 1 or \
            any(word.x_glyphs + len(word.text) / 2 > column - 1.5 for word in parts):
        return None
    found = [read_count(word.text) for word in parts]
    if any(cell.state not in (VALUE, BLANK) for cell in found):
        return None
    return sum((cell.value for cell in found if cell.value is not None), Decimal(0)), column, at_total


def words_of_a_full_line(row: Row, fitted: list[RawCell | None], width: int,
                         pieces: dict[tuple[int, float], str]) -> list[RawCell] | None:
    """A row fitted with a stacked piece off its line (`１` two lines below) where its own line prints a word for
    every column (`１ ０ ０ ０ ０ ０ １`, the narrow 其他 and 总计 one space apart, `０ １`, joined into one cell): its
    cells, each word of the line in its column in order; None unless that holds.

    A cell prints one figure or blank mark, so `width` words on the row's line are its `width` cells, in order
    (pdftotext sets no word left of one starting left of it), and a stacked figure's column would print one of them
    less there: the pieces off the line are other rows'. The one way a piece stands on the line is as the middle
    digit of a figure stacked over three lines, its other digits on the lines just above and below: no piece
    stands on either. `words`: each whole, a figure or a blank mark."""
    own = [raw for raw in fitted if raw is not None and raw.problem != STACKED]
    if len(own) == width or not own or any(raw.problem or raw.x_glyphs is None for raw in own):
        return None  # a row read whole, or not from one line's words
    line = own[0].line
    if any(raw is None or raw.line == line for raw in fitted if raw not in own) \
            or any(raw.line != line for raw in own) \
            or any(not cell.is_empty and cell.problem != STACKED and cell not in own for cell in row.values()):
        return None
    if any(abs(at - line) == 1 for at, _ in pieces):
        return None  # a stacked figure's middle digit may stand on the line
    words = [RawCell(word, line, None, False, None, x) for raw in own for word, x in _words_where_they_stand(raw)]
    if len(words) != width or any(read_count(word.text).state not in (VALUE, BLANK) for word in words):
        return None
    return sorted(words, key=lambda word: word.x_glyphs)
