"""Cells of table 3 rows (`pdftotext -layout`, markitdown) whose figure may go on in a glyph stacked on a line next to
the row's.

Chromium wraps a figure too wide for a narrow column (自然人, 总计) a full-width glyph a line and centres it on its
row, so the row's line may hold one glyph of it, or none (`４` / `５ ０ ０ ０ ０ ０ ５` / `０` for 450; `２` / a line
printing nothing there / `７` for 27). The line's words then keep the row's sum (5 = 5) though they are not its
figures: a row's line is not the whole row where a line next to it, read by no row, holds a full-width digit alone
in one of its columns.

The lines next to a row's are the nearest line above and below holding figures, past at most one line holding
none (the row's label wrapped round its line, or an empty line where the row prints nothing). A glyph there that
a reader has joined to a row's figure (the row's cell reads more digits than its word on its own line, the glyph
among the digits' lines) is that row's. Any other glyph puts in doubt the cell of the row's word standing in its
column, unless it cannot go on that word: the word is a blank mark, or the glyph would open a figure on a 0 (a
`０` above with no glyph above it, or a glyph below a lone `０`). Standing where the row prints nothing, it puts in
doubt every cell the row prints nothing for. A cell in doubt is unknown, never read from its row's line alone, unless
no joining of the glyphs to the row's words keeps its sum (APP_APPLICANT_SUM) where the row as read does: the glyphs
are then its neighbours'.

markitdown sets each line as a pipe row, a column at its pipe cell's index (two columns' words may share a cell,
`５ ０`): the same, with two more shapes of a row read from a line of glyphs alone without its label, where a row
next to it reads its own cell unknown there (its figure's pieces may be these), or where a label alone and another
such line stand below it (`１` / label / `７`: 17 stacked round the label's line, or two rows' figures).
"""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal
from itertools import product

from ..core import labels as L
from .cells import BLANK, RECOVERED, UNKNOWN, VALUE, read_count
from .recovery import applicant_sum_holds
from .rows import RawCell, Row
from .table_reading import _words_where_they_stand
from .wrapped_digits import WIDE_DIGITS, is_wide_digits

REACH = 2  # lines: the nearest figure line next to a row's, past one line holding none
SAME_GLYPH_COLUMN = 1.0  # glyphs: a glyph this near a word's centre stands in its column (aligned text)

Places = dict[int, list[tuple[str, float]]]  # line → (figure word, where it stands) of each figure on it


def _is_figure(word: str) -> bool:
    return read_count(word).state == VALUE  # a label's numbering (`5.属于`) is none


def aligned_figures(rows: list[Row]) -> Places:
    """Each aligned row's figures, each at its centre in glyphs."""
    return {row.line: [(word, x) for cell in row.cells if cell.x_glyphs is not None and not cell.is_empty
                       for word, x in _words_where_they_stand(cell) if _is_figure(word)]
            for row in rows if row.aligned}


def pipe_figures(printed: dict[int, Row]) -> Places:
    """Each pipe row's figures as markitdown set it in its page's grid, each at its pipe cell's index."""
    return {line: [(word, float(index)) for index, cell in enumerate(row.cells) for word in cell.text.split()
                   if _is_figure(word)] for line, row in printed.items()}


def aligned_label_rests(rows: list[Row]) -> frozenset[int]:
    """The aligned lines whose first words, neither figures nor blank marks, open with no numbering: a label's
    next words (a label's first words open with its numbering)."""
    found = set()
    for row in rows:
        words = [word for cell in row.cells for word in cell.text.split()] if row.aligned else []
        if words and not _is_figure(words[0]) and read_count(words[0]).state != BLANK \
                and not L.opens_with_numbering(words[0]):
            found.add(row.line)
    return frozenset(found)


def pipe_label_rests(printed: dict[int, Row]) -> frozenset[int]:
    """The pipe rows whose label cell holds words opening with no numbering: a label's next words."""
    return frozenset(line for line, row in printed.items() if row.cells and not row.cells[0].is_empty
                     and not L.opens_with_numbering(row.cells[0].text))


def aligned_places(fitted: list[RawCell | None]) -> list[list[tuple[str, float]] | None]:
    """Where each raw cell's words stand on its aligned line (None: a cell of no place)."""
    return [None if raw is None or raw.x_glyphs is None else _words_where_they_stand(raw) for raw in fitted]


def pipe_places(printed: dict[int, Row]) -> Callable[[list[RawCell | None]], list[list[tuple[str, float]] | None]]:
    """Where each raw cell of a row stands in its pipe row as printed: its words at their pipe cell's index, the
    printed words taken in order (a word split off a cell holding two columns' words, `５ ０`, at that cell's); None
    for a cell a reader made (pieces joined) that its line does not print."""
    said: dict[int, list[tuple[str, float]]] = {}

    def words_of(line: int, row: Row) -> list[tuple[str, float]]:  # a line's words, found once
        if line not in said:
            said[line] = [(word, float(index)) for index, cell in enumerate(row.cells) for word in cell.text.split()]
        return said[line]

    def places(fitted: list[RawCell | None]) -> list[list[tuple[str, float]] | None]:
        found: list[list[tuple[str, float]] | None] = []
        at: dict[int, int] = {}  # line → how many of its printed words are taken
        for raw in fitted:
            row = printed.get(raw.line) if raw is not None else None
            if row is None or raw.is_empty:
                found.append(None)
                continue
            words = words_of(raw.line, row)
            start, wanted = at.get(raw.line, 0), raw.text.split()
            match = next((i for i in range(start, len(words) - len(wanted) + 1)
                          if [word for word, _ in words[i : i + len(wanted)]] == wanted), None)
            if match is None:
                found.append(None)
                continue
            at[raw.line] = match + len(wanted)
            found.append(words[match : match + len(wanted)])
        return found
    return places


def pipe_labelled(printed: dict[int, Row]) -> dict[int, bool]:
    """Whether each pipe row as printed prints a label's words: a cell holding a word neither a figure nor a blank
    mark (a sub-row's label stands past its group's merged cell, which markitdown leaves empty)."""
    return {line: any(not _is_figure(word) and read_count(word).state != BLANK
                      for cell in row.cells for word in cell.text.split()) for line, row in printed.items()}


def _pieces_joined(digits: str, line: int, figures: Places, glyphs: Places) -> set[tuple[int, float]]:
    """(line, place) of the glyphs a figure read as `digits` was joined of round a row's `line`: in some column, the
    glyphs alone above it, the line's own word there (or none) and the glyphs alone below it, read top to bottom,
    spell it; every column that does. Asked of figures a reader joined, never of a word read as it stands."""
    joined: set[tuple[int, float]] = set()
    for x in {x for step in range(-2 * len(digits), 2 * len(digits) + 1) for _, x in glyphs.get(line + step, ())}:
        above = _glyph_run(line, x, -1, len(digits), glyphs, figures)
        below = _glyph_run(line, x, 1, len(digits), glyphs, figures)
        word = next((_digits(word) for word, at in figures.get(line, ()) if at == x), "")
        for middle in {word, ""}:  # the line's word there may be another column's (a pipe cell holding two)
            for a in range(len(above) + 1):
                for b in range(len(below) + 1):
                    if (a or b) and "".join(_digits(g) for _, g in above[:a][::-1]) + middle \
                            + "".join(_digits(g) for _, g in below[:b]) == digits:
                        joined |= {(n, x) for n, _ in above[:a] + below[:b]}
    return joined


def _glyph_run(line: int, x: float, step: int, most: int, glyphs: Places, figures: Places) -> list[tuple[int, str]]:
    """The glyphs alone standing at place x on the lines from line + step on, line by line, up to `most`, past one
    line printing no figure between two (markitdown's rule under a pipe row, a label's next words: as `REACH`)."""
    run: list[tuple[int, str]] = []
    n, passed = line + step, False
    while len(run) < most:
        glyph = next((word for word, at in glyphs.get(n, ()) if at == x), None)
        if glyph is None:
            if passed or figures.get(n):
                break
            passed = True  # a line printing no figure: the run may go on past it, once
        else:
            run.append((n, glyph))
            passed = False
        n += step
    return run


def _glyphs_alone(line: int, figures: Places, labelled: dict[int, bool]) -> bool:
    """A line of figures without their label, each a full-width digit alone."""
    return bool(figures.get(line)) and labelled.get(line) is False \
        and all(word in WIDE_DIGITS for word, _ in figures[line])


def _digits(text: str) -> str:
    return "".join(ch for ch in text.translate(_NARROW) if ch.isdigit())


_NARROW = str.maketrans("０１２３４５６７８９", "0123456789")


def cells_beside_stacked_glyphs(figures: Places,
                                places_of: Callable[[list[RawCell | None]], list[list[tuple[str, float]] | None]],
                                same_column: float, taken: dict[str, tuple[Row, list[RawCell | None], list]],
                                labelled: dict[int, bool] | None = None, label_rests: frozenset[int] = frozenset()
                                ) -> dict[str, list[int]]:
    """The cells in doubt (indexes, per row key) of `taken`: each row, its fitted raw cells and the cells read from
    them (`Cell`s, in the same order). `figures`: the figures on each line of the text; `places_of`: where each raw cell of a
    row stands (None: nowhere printed); `same_column`: how near two places stand in one column; `labelled`: whether a
    line prints its row's label (pipe rows: their first cell), for lines where that is known; `label_rests`: the
    lines holding a label's next words (a piece beside them goes on that label's row above, never the row below)."""
    labelled = labelled or {}
    if not taken or not any(word in WIDE_DIGITS for words in figures.values() for word, _ in words):
        return {}
    row_lines = {row.line for row, _, _ in taken.values()}
    if not any(_glyphs_alone(line, figures, labelled)
               or (line not in row_lines and any(is_wide_digits(word) for word, _ in words))
               for line, words in figures.items()):
        return {}  # no full-width digit off the rows' lines, no line of glyphs alone: no cell to doubt, known sooner
    placed_at = {id(raw): place for _, fitted, _ in taken.values()
                 for raw, place in zip(fitted, places_of(fitted), strict=True) if raw is not None}

    def place_of(raw: RawCell) -> list[tuple[str, float]] | None:
        return placed_at.get(id(raw))

    own_lines = {key: _own_line(row, fitted, place_of) for key, (row, fitted, _) in taken.items()}
    # the lines rows were read from (a piece a reader joined to a row's figure stands on a line of no row)
    read_lines = {*own_lines.values(), *(row.line for row, _, _ in taken.values())}
    glyphs = {line: [(word, x) for word, x in words if is_wide_digits(word)] for line, words in figures.items()
              if line not in read_lines}
    continued = label_rests - read_lines  # a label's next words, on no row's own line

    claimed: set[tuple[int, float]] = set()  # glyphs joined to a row's figure
    for key, (row, fitted, cells) in taken.items():
        line = own_lines[key]
        printed = figures.get(line, [])
        for raw, cell in zip(fitted, cells, strict=True):
            # a cell a reader made with no raw cell (pieces joined by the sums) may spell a word its line prints
            # in another column (`５８` beside a total joined of `５` / `８`): its glyphs are asked all the same
            if cell.state in (VALUE, RECOVERED) and cell.value is not None and cell.value >= 10 \
                    and (raw is None or not _read_from_the_line(raw, cell, printed, place_of, same_column)):
                claimed |= _pieces_joined(str(int(cell.value)), line, figures, glyphs)
    # a row put in doubt may put its neighbours in doubt (its line's glyphs may be their pieces): until none more
    doubt: dict[str, list[int]] = {}
    for _ in range(len(taken)):
        unsure = _unsure_words(taken, figures, place_of, doubt)
        grown = {key: found for key, (_, fitted, cells) in taken.items()
                 if (found := _in_doubt(own_lines[key], fitted, cells, figures, glyphs, claimed, unsure, place_of,
                                        same_column, labelled, continued))}
        if grown == doubt:
            break
        doubt = grown
    return doubt


def _own_line(row: Row, fitted: list[RawCell | None], place_of: Callable[[RawCell], list[tuple[str, float]] | None]
              ) -> int:
    """The line a row's words were read from: where most of its placed cells stand (a joined piece may stand off
    it), else its own."""
    own = [raw.line for raw in fitted if raw is not None and place_of(raw)]
    return max(set(own), key=own.count) if own else row.line


def _unsure_words(taken: dict[str, tuple[Row, list[RawCell | None], list]], figures: Places,
                  place_of: Callable[[RawCell], list[tuple[str, float]] | None], doubt: dict[str, list[int]]
                  ) -> set[tuple[int, float]]:
    """(line, place) of each read row's word whose cell is unknown, or in doubt; every word of a row all unknown."""
    unsure: set[tuple[int, float]] = set()
    for key, (row, fitted, cells) in taken.items():
        unknown = [cell.state == UNKNOWN or index in doubt.get(key, ()) for index, cell in enumerate(cells)]
        if all(unknown):
            unsure |= {(row.line, x) for _, x in figures.get(row.line, ())}
        unsure |= {(raw.line, x) for raw, out in zip(fitted, unknown, strict=True)
                   if raw is not None and out for _, x in place_of(raw) or ()}
    return unsure


def _in_doubt(line: int, fitted: list[RawCell | None], cells: list, figures: Places,
              glyphs: Places, claimed: set[tuple[int, float]], unsure: set[tuple[int, float]],
              place_of: Callable[[RawCell], list[tuple[str, float]] | None], same_column: float,
              labelled: dict[int, bool], continued: set[int]) -> list[int]:
    """The indexes of a row's cells in doubt (`cells_beside_stacked_glyphs`); `line`: the one its words were read
    from (`_own_line`, found once a row)."""
    beside: list[tuple[int, int, str, float]] = []  # (step, line, glyph, x) unclaimed next to the row's line
    for step in (-1, 1):
        for n in range(line + step, line + step * (REACH + 1), step):
            if labelled and n not in labelled:
                break  # a pipe row taken out of the table (pieces a reader joined to a row): the row next to it
            if figures.get(n):
                if not (step < 0 and n in continued):  # beside a label's next words: the row's above them
                    beside += [(step, n, word, x) for word, x in glyphs.get(n, ()) if (n, x) not in claimed]
                break
    if _glyphs_alone(line, figures, labelled):
        # figures on a line without their label, glyphs alone, next to another row's line whose cell in that
        # column is unknown (its figure's pieces not found): they may be those pieces
        beside += [(step, line + step, word, x) for step in (-1, 1) for word, x in figures.get(line + step, ())
                   if (line + step, x) in unsure and word in WIDE_DIGITS]
        # such a line and a label alone between it and another (`１` / label / `７`), the first after no label:
        # a figure stacked round the label's line reads so as well as two rows' figures above their labels
        for step in (-1, 1):
            first = min(line, line + 2 * step)
            if labelled.get(first + 1) and not figures.get(first + 1) and not labelled.get(first - 1) \
                    and _glyphs_alone(line + 2 * step, figures, labelled):
                beside += [(step, line + 2 * step, word, x) for word, x in figures[line + 2 * step]]
    if not beside:
        return []
    placed = {index: place_of(raw) for index, raw in enumerate(fitted)
              if raw is not None and raw.line == line and not raw.is_empty}
    places = [(index, x, fitted[index]) for index, place in placed.items() if place for _, x in place]
    # cells placed by no word of the line (blank where it prints nothing, or split off it by the sums)
    unplaced = {index for index in range(len(fitted)) if index not in placed}

    def glyph_at(line: int, x: float) -> str | None:
        return next((word for word, at in glyphs.get(line, ()) if abs(at - x) <= same_column), None)

    found: set[int] = set()
    nowhere = False  # a glyph where the row prints nothing
    joins: dict[int, tuple[str, str]] = {}  # index → (the glyph above its word, the glyph below)
    for step, n, glyph, x in beside:
        near = [(index, raw) for index, at, raw in places if abs(at - x) <= same_column]
        if not near:  # where the row prints nothing: every cell no word of its line places
            found |= unplaced
            nowhere = True
            continue
        for index, raw in near:
            word = _digits(raw.text)
            if not word:
                continue  # a blank mark goes on no figure
            if step < 0 and glyph == "０" and glyph_at(n - 1, x) is None:
                continue  # a figure never opens on a 0
            if step > 0 and word == "0" and glyph_at(line - 1, x) is None and glyph_at(line - 2, x) is None:
                continue
            found.add(index)
            above, below = joins.get(index, ("", ""))
            joins[index] = (_digits(glyph), below) if step < 0 else (above, _digits(glyph))
    printed = figures.get(line, [])
    judged = [index for index in sorted(found)
              if _read_from_the_line(fitted[index], cells[index], printed, place_of, same_column)]
    if judged and not nowhere and _only_as_read_keeps_the_sum(cells, joins):
        return []  # every joining of the glyphs to the row's words breaks its sum: they are its neighbours'
    return judged


JOINS_ASKED = 4  # cells: a row with more glyphs beside its words is not asked of its sum (2 ** 8 joinings)


def _only_as_read_keeps_the_sum(cells: list, joins: dict[int, tuple[str, str]]) -> bool:
    """Whether the row's cells as read keep its sum (APP_APPLICANT_SUM) and no joining of the glyphs beside its
    words (`joins`: each word's glyph above and below) to them does."""
    if len(joins) > JOINS_ASKED or any(cell.state not in (VALUE, RECOVERED, BLANK) for cell in cells):
        return False
    as_read = [cell.value if cell.state != BLANK else None for cell in cells]
    if not applicant_sum_holds(tuple(as_read)):
        return False
    indexes = sorted(joins)
    for ways in product(*(((a, b) for a in ("", joins[i][0]) for b in ("", joins[i][1])) for i in indexes)):
        if not any(a or b for a, b in ways):
            continue
        joined = list(as_read)
        for index, (a, b) in zip(indexes, ways, strict=True):
            joined[index] = Decimal(a + str(int(as_read[index] or 0)) + b)
        if applicant_sum_holds(tuple(joined)):
            return False
    return True


def _read_from_the_line(raw: RawCell | None, cell, printed: list[tuple[str, float]],
                        place_of: Callable[[RawCell], list[tuple[str, float]] | None], same_column: float) -> bool:
    """A cell read as a word on its row's line says (its own, or one the sums split off the line's), or blank:
    not a figure a reader joined from more glyphs. `printed`: the line's figures where they stand; a raw cell's
    place is where its line prints its words, never where a reader that joined pieces set it (`５８` beside a
    total joined of `５` / `８` is 自然人's, not the total's)."""
    if cell.state == BLANK:
        return True
    if cell.state not in (VALUE, RECOVERED) or cell.value is None:
        return False
    digits = str(int(cell.value))
    if raw is None:
        return digits in {_digits(word) for word, _ in printed}
    places = place_of(raw)
    return places is not None and _digits(raw.text) == digits \
        and all(any(word == other and abs(x - at) <= same_column for other, at in printed) for word, x in places)
