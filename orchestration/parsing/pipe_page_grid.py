"""Sparse rows in markitdown's pipe grid of a PDF page (tables 3 and 4), placed by where the page's header
words stand in that grid.

markitdown (0.1.9, pdfplumber's words) builds one grid a page: a word goes to the first pipe cell whose right
bound (the next column's start less 20 pt) lies right of the word's left edge, so the cells of a row, and the
rows of one page, share bounds that rise left to right. Two consequences hold on any page:
- a word that opens a cell on one row starts left of every word standing in a later cell on another row of the
  page (the later cell's words start at or past the bound the first word stands before);
- a word after the first of its cell may be the tail of a word that opened the cell (pdfplumber keeps the
  spaces inside a word), so it is known only to start right of the cell's left bound.
A table's cells stand side by side, so text inside column i starts left of any text inside a column past i.
A figure starting left of a header word of column i is in column i or a column left of it; one starting right
of it, in column i or right of it. With the figures' order and the row's sums, the placings left are tried:
table 4 reads a cell every placing reads alike; table 3 hands its placings to the column rules.
"""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal
from itertools import combinations, pairwise
from typing import NamedTuple

from ..core import labels as L
from . import recovery as R
from .cells import BLANK, VALUE, read_count
from .rows import Row
from .wrapped_digits import WIDE_DIGITS

# table 4: the characters that name one outcome wherever its header word is wrapped (结果维 / 持: 维 and 持
# each name 结果维持), each with the columns it may stand in, one a proceeding; 结, 果 and 未 stand in several words
_OUTCOME_SLOTS: dict[str, tuple[int, ...]] = {
    character: tuple(proceeding * len(L.REVIEW_OUTCOME_KEYS) + L.REVIEW_OUTCOME_KEYS.index(key)
                     for proceeding in range(len(L.PROCEEDING_KEYS)))
    for key, characters in (("upheld", "维持"), ("corrected", "纠正"), ("other", "其他"), ("pending", "尚审"),
                            ("total", "总计"))
    for character in characters
}
# a header piece is read only when it is made of the outcomes' words and nothing else (no proceeding's name)
_OUTCOME_TEXT = frozenset("".join(L.REVIEW_OUTCOMES.values()))
# table 3: the characters that name one applicant column and stand in no other header word (人 and 其他 stand
# in 法人或其他组织 over five columns, 机构 in two columns' words, 法 in that heading too): 其他 has none
_APPLICANT_SLOTS: dict[str, tuple[int, ...]] = {
    character: (L.APPLICANT_KEYS.index(key),)
    for key, characters in (("natural_person", "自然"), ("commercial_enterprise", "商业企"),
                            ("research_institution", "科研"), ("social_welfare_org", "社会公益"),
                            ("legal_service_org", "律服务"), ("total", "总计"))
    for character in characters
}
_APPLICANT_TEXT = frozenset("".join(name for names in L.APPLICANTS.values() for name in names))


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


def _header_anchors(header: list[Row], slots: dict[str, tuple[int, ...]], alphabet: frozenset[str]
                    ) -> list[tuple[_Token, int, int]]:
    """The header pieces whose columns the page bounds, each with its least and greatest column: for a
    character of `slots` (the columns it may name, left to right), the pieces holding it (at most one a
    column) in a left-to-right order the grid proves. As many as its columns: one each; fewer (a header split
    by a page break, its other pieces on the page before) leave the m-th of k between the m-th column and the
    (n - k + m)-th; so do any of them whose order the grid proves where it does not prove all
    (a piece after the first of its pipe cell). A piece counts only if made of the header's words (`alphabet`) and
    naming one set of columns."""
    by_character: dict[str, list[_Token]] = {}
    for row in header:
        for token, word in _tokens(row):
            named = {character for character in word if character in slots}
            if not named or not set(word) <= alphabet or len({slots[character] for character in named}) != 1:
                continue
            for character in named:
                by_character.setdefault(character, []).append(token)
    anchors = []
    for character, tokens in by_character.items():
        columns = slots[character]
        if len(tokens) > len(columns):
            continue  # more pieces than columns: not one header's
        tokens.sort(key=lambda token: (token.cell, token.line, token.order))
        # any of them the grid puts in order stand in as many columns, left to right, whatever the others' places
        for size in range(len(tokens), 0, -1):
            for chain in combinations(tokens, size):
                if all(_starts_left_of(a, b) for a, b in pairwise(chain)):
                    spare = len(columns) - size
                    anchors += [(token, columns[m], columns[m + spare]) for m, token in enumerate(chain)]
    return anchors


def _figures(row: Row, cells: list[int]) -> list[tuple[_Token, Decimal | None]] | None:
    """The row's words in the pipe cells `cells` (past its label), each a figure or a blank mark, with its
    value (None for a mark); None where one is neither."""
    figures = []
    for token, word in _tokens(row):
        if token.cell not in cells:
            continue
        read = read_count(word)
        if read.state not in (VALUE, BLANK):
            return None
        figures.append((token, read.value))
    return figures


def _placings(figures: list[tuple[_Token, Decimal | None]], anchors: list[tuple[_Token, int, int]], width: int,
              rule: Callable[[tuple[Decimal | None, ...]], bool]) -> list[list[Decimal | None]]:
    """Every placing of the figures in columns left to right, each between the header pieces the grid puts
    left and right of it, that keeps `rule`."""
    bounds = []
    for token, _ in figures:
        low = max((least for anchor, least, _ in anchors if _starts_left_of(anchor, token)), default=0)
        high = min((most for anchor, _, most in anchors if _starts_left_of(token, anchor)), default=width - 1)
        bounds.append((low, high))
    ways: list[list[Decimal | None]] = []
    _place(bounds, [value for _, value in figures], 0, 0, [None] * width, ways, rule)
    return ways


def reviews_placed_by_the_page_grid(rows: list[Row], data: Row, last_total_cut: bool = False
                                    ) -> list[Decimal | None | bool] | None:
    """Table 4's pipe row `data` printing fewer figures (and blank marks) than its columns, a blank cell
    printing nothing, placed by its page's header words (module doc): each cell every placing agrees on (its
    value, None for a blank), False for the others. None where a word of the row is no figure or mark, another
    row of the table holds figures (a figure wrapped over lines), no placing keeps the rules or none agrees.
    `last_total_cut`: the header shows every column but the last proceeding's 总计, cut at the page's edge
    (LibreOffice), so the figures may stand in the columns before it, the cut total their sum; yet a total
    whose column starts inside the paper is written whole though its centred name, starting further right, is
    not (sparse_cut_totals.py), and would be read as one of its outcomes: so the placings of both pages are
    tried, the cut total's and the written one's, and a cell is read where all of them agree (the cut total
    itself unknown wherever a cut placing stands: 0 or a blank, not printed)."""
    width = len(L.REVIEW_OUTCOME_KEYS) * len(L.PROCEEDING_KEYS)
    if not data.piped or any(row.has_figures() for row in rows if row is not data):
        return None
    figures = _figures(data, list(range(len(data.cells))))
    if not figures or len(figures) >= (width - 1 if last_total_cut else width):
        return None  # (as many as the columns shown: each its own, read in order elsewhere)
    header = [row for row in rows if row is not data and row.piped and row.line < data.line
              and row.markdown_page == data.markdown_page and len(row.cells) == len(data.cells)]
    last_parts = len(L.REVIEW_OUTCOME_KEYS) - 1

    def sums_hold_past_a_cut_total(reading: tuple[Decimal | None, ...]) -> bool:
        # the cut total is its parts' sum: the rule asks the proceedings printed whole
        return R.review_sums_hold((*reading, sum((value or Decimal(0) for value in reading[-last_parts:]), Decimal(0))))

    anchors = _header_anchors(header, _OUTCOME_SLOTS, _OUTCOME_TEXT)
    written = _placings(figures, anchors, width, R.review_sums_hold)
    cut = _placings(figures, anchors, width - 1, sums_hold_past_a_cut_total) if last_total_cut else []
    if not written and not cut:
        return None
    agreed = R.agreed_cells([*written, *([*way, None] for way in cut)])
    if cut:
        agreed[-1] = False  # not printed: 0 or a blank
    return agreed if any(cell is not False for cell in agreed) else None


def applicant_readings_in_the_page_grid(header: list[Row], row: Row, beside: tuple[Row | None, Row | None]
                                        ) -> list[tuple[Decimal | None, ...]] | None:
    """Table 3's pipe row printing fewer figures (and blank marks) than its columns, a blank cell printing
    nothing: its readings placed by the header words of its page (`header`: the table's rows above its first
    row of figures), each keeping the row's sum (its total its parts'), for the column rules to settle. None
    where a word past its label is no figure or mark, a figure is of full-width digits or a row beside it
    (`beside`, the rows before and after it) holds figures without a label (a figure wrapped over lines may
    have left a piece there), or the table's header shows no 总计 on any page (a column cut at its edge). A
    page without the header leaves its figures in any columns."""
    cells = value_cells(row)
    if not row.piped or any(other is not None and other.has_figures() and not other.label.strip() for other in beside):
        return None
    if any(WIDE_DIGITS & set(row.cells[cell].text) for cell in cells):
        return None  # (Chromium breaks a line between full-width digits: a figure's other piece may be elsewhere)
    return applicant_placings(header, row, cells)


def value_cells(row: Row) -> list[int]:
    """The indexes of the row's cells past its label cells (its pipe cells of figures)."""
    labels = set(row.label_places())
    return [index for index in range(len(row.cells)) if index not in labels]


def applicant_placings(header: list[Row], row: Row, cells: list[int]) -> list[tuple[Decimal | None, ...]] | None:
    """The placings of the figures of pipe row `row` in its pipe cells `cells` (past its label) by the header words
    of its page (`applicant_readings_in_the_page_grid`), each keeping the row's sum; None where a word is no figure or
    mark, a figure stands in its label's cells, the row prints as many words as columns or none, or no page of the
    header shows 总计."""
    width = len(L.APPLICANT_KEYS)
    if any(read_count(word).state == VALUE for cell in row.label_cells() for word in cell.text.split()):
        return None
    figures = _figures(row, cells)
    if not figures or len(figures) >= width:
        return None
    pages = {(other.markdown_page, len(other.cells)) for other in header if other.piped}
    if not any(least == most == width - 1 for page in pages for _, least, most in _applicant_anchors(header, page)):
        return None
    anchors = _applicant_anchors(header, (row.markdown_page, len(row.cells)))
    return [tuple(way) for way in _placings(figures, anchors, width, R.applicant_sum_holds)] or None


def parts_placed_under_a_cut_total(header: list[Row], row: Row) -> list[tuple[Decimal | None, ...]] | None:
    """The placings of the figures of table 3's pipe row `row` in the part columns alone (自然人 to 其他), by its page's
    header words (`applicant_placings`), for a header whose 总计 is cut at the page's edge with its figures
    (sparse_cut_totals.py: the row's figures are its parts); each placing without the total. None where a word past
    the label is no figure or mark, or a figure stands in its label's cells."""
    if any(read_count(word).state == VALUE for cell in row.label_cells() for word in cell.text.split()):
        return None
    if (figures := _figures(row, value_cells(row))) is None:
        return None
    anchors = _applicant_anchors(header, (row.markdown_page, len(row.cells)))
    return [tuple(way) for way in _placings(figures, anchors, len(L.APPLICANT_KEYS) - 1, lambda reading: True)]


def _applicant_anchors(header: list[Row], page: tuple[int, int]) -> list[tuple[_Token, int, int]]:
    """Table 3's header pieces on one page's grid (its page, its count of pipe cells: markitdown writes every
    row of a page as wide)."""
    return _header_anchors([row for row in header if row.piped and (row.markdown_page, len(row.cells)) == page
                            and not row.has_figures()], _APPLICANT_SLOTS, _APPLICANT_TEXT)


def _place(bounds: list[tuple[int, int]], values: list[Decimal | None], index: int, first: int,
           reading: list[Decimal | None], ways: list[list[Decimal | None]],
           rule: Callable[[tuple[Decimal | None, ...]], bool]) -> None:
    """Every placing of values[index:] in columns left to right from `first`, each inside its bounds, that
    keeps `rule` (a blank counted 0), appended to `ways`."""
    if index == len(values):
        if rule(tuple(reading)):
            ways.append(list(reading))
        return
    low, high = bounds[index]
    last = len(reading) - (len(values) - index)  # room for the figures after it
    for column in range(max(low, first), min(high, last) + 1):
        reading[column] = values[index]
        _place(bounds, values, index + 1, column + 1, reading, ways, rule)
        reading[column] = None
