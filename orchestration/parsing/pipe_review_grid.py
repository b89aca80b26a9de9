"""Table 4's row of fewer figures than its fifteen columns in markitdown's pipe grid of a PDF page, placed by
where its page's header words stand in that grid.

markitdown (0.1.9, pdfplumber's words) builds one grid a page: a word goes to the first pipe cell whose right
bound (the next column's start less 20 pt) lies right of the word's left edge, so the cells of a row, and the
rows of one page, share bounds that rise left to right. Two consequences hold on any page:
- a word that opens a cell on one row starts left of every word standing in a later cell on another row of the
  page (the later cell's words start at or past the bound the first word stands before);
- a word after the first of its cell may be the tail of a word that opened the cell (pdfplumber keeps the
  spaces inside a word), so it is known only to start right of the cell's left bound.
The table's cells stand side by side, so text inside column i starts left of any text inside a column past i.
A figure starting left of a header word of column i is in column i or a column left of it; one starting right
of it, in column i or right of it. With the figures' order and each proceeding's total its outcomes' sum, the
placings left are tried; a cell every placing reads alike is read.
"""

from __future__ import annotations

from decimal import Decimal
from itertools import pairwise
from typing import NamedTuple

from ..core import labels as L
from . import recovery as R
from .cells import BLANK, VALUE, read_count
from .rows import Row

# the characters that name one outcome wherever its header word is wrapped (结果维 / 持: 维 and 持 each
# name 结果维持); 结, 果 and 未 stand in several words, so they name none
_OUTCOME_CHARACTERS: dict[str, int] = {
    character: L.REVIEW_OUTCOME_KEYS.index(key)
    for key, characters in (("upheld", "维持"), ("corrected", "纠正"), ("other", "其他"), ("pending", "尚审"),
                            ("total", "总计"))
    for character in characters
}
# a header piece is read only when it is made of the outcomes' words and nothing else (no proceeding's name)
_OUTCOME_TEXT = set("".join(L.REVIEW_OUTCOMES.values()))


class _Token(NamedTuple):
    """A word of a pipe row: its line, its pipe cell, and whether it opens the cell (its left edge inside the
    cell's bounds; a later word of the cell is known only to start past the cell's left bound)."""
    line: int
    cell: int
    opens: bool
    order: int  # its place in its row, left to right


def _starts_left_of(first: _Token, second: _Token) -> bool:
    """Whether the page's grid proves `first` starts left of `second`."""
    if first.line == second.line:
        return first.order < second.order
    return first.opens and first.cell < second.cell


def _tokens(row: Row) -> list[tuple[_Token, str]]:
    found, order = [], 0
    for index, cell in enumerate(row.cells):
        for place, word in enumerate(cell.text.split()):
            found.append((_Token(row.line, index, place == 0, order), word))
            order += 1
    return found


def _header_anchors(header: list[Row]) -> list[tuple[_Token, int, int]]:
    """The header pieces of one outcome whose columns the page bounds, each with its least and greatest
    column: for a character naming one outcome, the pieces holding it (one a proceeding, at most three) in a
    left-to-right order the grid proves. Three are the three proceedings'; fewer (a header split by a page
    break, its other pieces on the page before) leave the m-th of k between the m-th proceeding and the
    (3 - k + m)-th."""
    by_character: dict[str, list[_Token]] = {}
    for row in header:
        for token, word in _tokens(row):
            if not set(word) <= _OUTCOME_TEXT:
                continue
            outcomes = {_OUTCOME_CHARACTERS[ch] for ch in word if ch in _OUTCOME_CHARACTERS}
            if len(outcomes) != 1:
                continue
            for character in {ch for ch in word if ch in _OUTCOME_CHARACTERS}:
                by_character.setdefault(character, []).append(token)
    anchors = []
    groups, proceedings = len(L.REVIEW_OUTCOME_KEYS), len(L.PROCEEDING_KEYS)
    for character, tokens in by_character.items():
        if len(tokens) > proceedings:
            continue  # more pieces than proceedings: not one header's
        tokens.sort(key=lambda token: (token.cell, token.line, token.order))
        if not all(_starts_left_of(a, b) for a, b in pairwise(tokens)):
            continue
        outcome, spare = _OUTCOME_CHARACTERS[character], proceedings - len(tokens)
        anchors += [(token, m * groups + outcome, (m + spare) * groups + outcome) for m, token in enumerate(tokens)]
    return anchors


def reviews_placed_by_the_page_grid(rows: list[Row], data: Row) -> list[Decimal | None | bool] | None:
    """Table 4's pipe row `data` printing fewer figures (and blank marks) than its columns, a blank cell
    printing nothing, placed by its page's header words (module doc): each cell every placing agrees on (its
    value, None for a blank), False for the others. None where a word of the row is no figure or mark, another
    row of the table holds figures (a figure wrapped over lines), no placing keeps the rules or none agrees."""
    width = len(L.REVIEW_OUTCOME_KEYS) * len(L.PROCEEDING_KEYS)
    if not data.piped or any(row.has_figures() for row in rows if row is not data):
        return None
    figures: list[tuple[_Token, Decimal | None]] = []
    for token, word in _tokens(data):
        read = read_count(word)
        if read.state not in (VALUE, BLANK):
            return None
        figures.append((token, read.value))
    if not figures or len(figures) >= width:
        return None
    header = [row for row in rows if row is not data and row.piped and row.line < data.line
              and row.markdown_page == data.markdown_page and len(row.cells) == len(data.cells)]
    anchors = _header_anchors(header)
    bounds = []
    for token, _ in figures:
        low = max((least for anchor, least, _ in anchors if _starts_left_of(anchor, token)), default=0)
        high = min((most for anchor, _, most in anchors if _starts_left_of(token, anchor)), default=width - 1)
        bounds.append((low, high))
    ways: list[list[Decimal | None]] = []
    _place(bounds, [value for _, value in figures], 0, 0, [None] * width, ways)
    if not ways:
        return None
    agreed = [way[0] if len(set(way)) == 1 else False for way in zip(*ways)]
    return agreed if any(cell is not False for cell in agreed) else None


def _place(bounds: list[tuple[int, int]], values: list[Decimal | None], index: int, first: int,
           reading: list[Decimal | None], ways: list[list[Decimal | None]]) -> None:
    """Every placing of values[index:] in columns left to right from `first`, each inside its bounds, that
    keeps each proceeding's total its outcomes' sum (a blank counted 0), appended to `ways`."""
    if index == len(values):
        if R.review_sums_hold(tuple(reading)):
            ways.append(list(reading))
        return
    low, high = bounds[index]
    last = len(reading) - (len(values) - index)  # room for the figures after it
    for column in range(max(low, first), min(high, last) + 1):
        reading[column] = values[index]
        _place(bounds, values, index + 1, column + 1, reading, ways)
        reading[column] = None
