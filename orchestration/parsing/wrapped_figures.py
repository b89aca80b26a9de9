"""Figures a word processor wrapped a piece a line in the narrow cells of a ruled table, in `pdftotext -layout` text.

LibreOffice and Word break a word too wide for its cell wherever they must, a figure between its digits
(`26` as `2` over `6`), and set a cell's text from its top: the figure's first piece stands on the row's first
line beside its label, the rest on the next line, beside the label's wrapped words (`数量`) or the next glyph
of a merged heading set down its cell (`、`). pdftotext writes that rest as a line of its own which names no
row, so no row claims it, and the row's line alone reads `2`: a wrong figure that keeps every rule, since the
row's total, as narrow, wraps alike (`2` over `6` too).

What marks the rest of a wrapped figure: two lines of figures, only lines without figures between, one claimed
by a row and the other by none (the row found by the line with more of its label's words: the first piece's or
the rest's), the second's figures all digits, each set where a figure of the first is (the same left edge, a
cell's text set from its left; or the same centre, a centred cell), none of them under a `0` (no figure opens
with 0). The claimed line's figures of such a pair are unknown: which digits the cell holds is not proven by the text
(the pieces may also be the figures of a row whose label was not found), and they are never read from their
first piece. A figure wrapped so is the report's ordinary print in a narrow column, so the same table may
print other figures whole.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Iterable
from decimal import Decimal

from ..core.labels import normalize_text, squash
from .align import ends_the_label_above
from .recovery import Reading, applicant_sum_holds
from .rows import Row, _figure_glyphs, _mark_unknown, position_in
from .table_reading import _HAN_RE
from .wrapped_digits import is_wide_digits

WRAPPED = "a figure wrapped a piece a line in its narrow cell (its rest on the next line, which no row claims): not read"

# a piece of a wrapped figure: ASCII digits only (no mark, no separator); full-width digits, which Chromium wraps
# one a line, are rows.py's (`_stacked_digits_unknown`)
_DIGITS_RE = re.compile(r"[0-9]+")


def wrapped_figures_unknown(rows: list[Row], claimed: Iterable[Row]) -> int:
    """Mark (in place) the figures of `rows` whose rest a line below prints (module doc) WRAPPED; how many.
    `claimed`: the rows the table's labels found (a line of figures among them is a row's own)."""
    owned = {id(row) for row in claimed}
    marked = 0
    above: Row | None = None  # the last aligned line of figures, None past a pair (a line is one pair's at most)
    for row in rows:
        if not row.aligned:
            continue
        for cell in row.values():  # (a loop, not a generator a row: most rows hold a few cells)
            if not cell.is_empty:
                break
        else:
            continue  # no figure nor mark on the line
        if above is not None and (id(row) in owned) != (id(above) in owned):
            pieces = _figure_glyphs(row)
            under = [_under(x, text, _figure_glyphs(above)) for x, text in pieces]
            if pieces and all(_DIGITS_RE.fullmatch(text) for _, text in pieces) and all(under) \
                    and all(_DIGITS_RE.fullmatch(text) and text != "0" for _, text in filter(None, under)):
                # the row's line holds the figure's first piece, or (its label's most words on the next line) its rest
                spots = [x for x, _ in filter(None, under)] if id(above) in owned else [x for x, _ in pieces]
                for x in spots:
                    _mark_unknown(above if id(above) in owned else row, x, WRAPPED)
                    marked += 1
                above = None  # the next row's line under the rest is no piece of it
                continue
        above = row
    return marked


def _under(x: float, text: str, figures: list[tuple[float, str]]) -> tuple[float, str] | None:
    """The figure of the line above set where the piece (centre `x` in glyphs, `text`) is: the same left edge or
    the same centre, within half a glyph."""
    left = x - len(text) / 2
    return next(((at, figure) for at, figure in figures
                 if abs(at - len(figure) / 2 - left) <= 0.5 or abs(at - x) <= 0.5), None)


_PIECE_RE = re.compile(r"[0-9０-９]+")  # a wrapped figure's rest: digits alone, ASCII or full-width


def rest_on_a_plain_line_below(rows: list[Row], row: Row) -> str | None:
    """markitdown's text of such a table: a pipe row, then (rule lines between) a plain line of digits alone and no
    label (`| （七）总计 | ７５ | … | ９ | １０ |` / `０`), the rest of one of the row's figures wrapped in its cell
    (`１０` over `０`). The line sets no place, so whose rest it is is not known: the row's cells may hold a
    figure's first piece, and the one cut its text allows is no proof of them where it breaks the row's sum.
    The line's digits (ASCII, words apart), else None."""
    if not row.piped:
        return None  # (asked of every row read: the cheap question first)
    index = position_in(rows, row)
    if index is None or index + 1 == len(rows):
        return None
    below = rows[index + 1]
    if below.piped or below.line > row.line + 2:
        return None  # (most rows: the next pipe row, its words never joined)
    words = " ".join([cell.text for cell in below.cells]).split()
    if not words or not all(map(_PIECE_RE.fullmatch, words)):
        return None
    return normalize_text(" ".join(words))


def rest_in_the_label_rows_cell(rows: list[Row], row: Row, printed: dict[int, Row], keys: tuple[str, ...]
                                ) -> tuple[str, list[str], list[int]] | None:
    """markitdown's text of LibreOffice's PDF of a DOCX: a pipe row whose label wrapped onto a second line of its
    narrow label column, the next row of the same pipe grid holding only the label's end (words several rows end
    in, `align.ends_the_label_above`) and one piece of digits alone, in a cell where the row prints figures
    (`| 一、本年新收政府信息 | ７５ ５ | / １０ | / １０ | １０ |` / `| 公开申请数量 |  |  |  | ０ |`): LibreOffice sets a
    cell's text from its top and wraps a figure too wide for it, so the piece is the rest of a figure of that cell
    (`１０` over `０`), the row's label's line being no row of its own. `printed`: the pipe rows as markitdown set
    them, by line. (the digits, ASCII; the row's words after its label; the places of that cell's figures among
    them), else None."""
    if not row.piped:
        return None
    index = position_in(rows, row)
    if index is None or index + 1 == len(rows) or not rows[index + 1].piped or rows[index + 1].line > row.line + 2:
        return None
    top, under = printed.get(row.line, row), printed.get(rows[index + 1].line, rows[index + 1])
    texts = [cell.text.strip() for cell in under.cells]
    label_end = max((at for at, text in enumerate(texts) if _HAN_RE.search(text)), default=-1)
    top_label_end = max((at for at, cell in enumerate(top.cells) if _HAN_RE.search(cell.text)), default=-1)
    filled = [at for at, text in enumerate(texts) if text and at > label_end]
    if len(top.cells) != len(under.cells) or label_end < 0 or top_label_end != label_end or len(filled) != 1 \
            or not _PIECE_RE.fullmatch(texts[filled[0]]):
        return None
    if not ends_the_label_above(squash("".join(texts[: label_end + 1])),
                                squash("".join(cell.text for cell in top.cells[: label_end + 1])), keys):
        return None
    words = [word for cell in top.cells[label_end + 1 :] for word in cell.text.split()]
    before = sum(len(cell.text.split()) for cell in top.cells[label_end + 1 : filled[0]])
    places = [before + at for at, word in enumerate(top.cells[filled[0]].text.split()) if _PIECE_RE.fullmatch(word)]
    return (normalize_text(texts[filled[0]]), words, places) if places else None


def line_below(rows: list[Row], row: Row) -> int | None:
    """The line of the row right after `row` in `rows` (None at the end)."""
    index = position_in(rows, row)
    return None if index is None or index + 1 == len(rows) else rows[index + 1].line


def first_piece_on_a_plain_line_above(rows: list[Row], row: Row) -> str | None:
    """markitdown's text of Chromium's PDF: a plain line of full-width digits alone right above pipe row `row`
    (`１` / `| 予以公开 | ８ | | ２ | １ | |` / `１`). Chromium breaks a figure too wide for its narrow column between any
    two full-width digits and centres the cell's lines on the row's, so a figure of two digits stands a piece above
    the row's line and a piece below it, and pdfminer writes each as a line no pipe cell holds. The digits, else
    None."""
    index = position_in(rows, row)
    if not index:
        return None
    above = rows[index - 1]
    if above.piped or above.line != row.line - 1 or len(above.cells) != 1:
        return None
    text = above.cells[0].text.strip()
    return normalize_text(text) if is_wide_digits(text) else None


def completed_by_pieces_round_it(readings: Iterable[Reading], first: str, rest: str) -> list[Reading]:
    """The readings of a row with the pieces of a figure wrapped round its line (`first` above, `rest` below, its
    column lost) put back every way Chromium may have set them: joined (`１` + `１`), in a cell the row prints
    nothing in; round one of its figures (`１` + `２` + `１`, a figure of three digits, its middle piece on the row's
    line); or as the first piece or the rest of one of its figures (a cell of two lines in a row of three). Those
    that keep the row's total its parts' sum, one of each: the pieces are the row's figure where exactly one does."""
    found: list[Reading] = []
    for reading in readings:
        tries = [(index, first + rest) for index, value in enumerate(reading) if value is None]
        for index, value in enumerate(reading):
            if value is not None:
                tries += [(index, text) for text in (f"{first}{int(value)}{rest}", f"{first}{int(value)}",
                                                     f"{int(value)}{rest}")]
        for index, text in tries:
            if text.startswith("0") or not text.isdigit():
                continue  # no figure of two digits or more opens on a 0; two pieces a line are two columns' (`1 2`)
            tried = (*reading[:index], Decimal(text), *reading[index + 1:])
            if applicant_sum_holds(tried) and tried not in found:
                found.append(tried)
    return found


def completed_by_the_rest(readings: Iterable[Reading], rest: str, places: Collection[int] | None = None
                          ) -> list[Reading]:
    """The readings of a row with the `rest` of one of its figures appended to it (`１０` + `０`), each that keeps
    the row's total its parts' sum, one of each: where only one figure so completed keeps it, that is the figure
    the rest belongs to. None for a rest of several words (pieces of several figures). `places`: the readings'
    places the rest may complete (those of its cell), where known."""
    found: list[Reading] = []
    if " " in rest:
        return found
    for reading in readings:
        for index, value in enumerate(reading):
            if value is None or places is not None and index not in places:
                continue
            completed = (*reading[:index], Decimal(f"{int(value)}{rest}"), *reading[index + 1:])
            if applicant_sum_holds(completed) and completed not in found:
                found.append(completed)
    return found
