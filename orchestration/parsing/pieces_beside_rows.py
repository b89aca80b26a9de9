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

markitdown may also write a line of glyphs alone as bare text between two pipe tables (it ends the table there and
opens another, its `| --- |` rule under the next row): the glyph's column is lost, so it stands in every column; the
lines next to a row's are found past the rules. And a row's label may wrap round its line, the stacked figures' first
and last glyphs on the label's first and last lines: a row read from a line inside another row's wrapped label, or
from a label's next words under another row's line, may be reading that row's pieces; both are in doubt.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable
from decimal import Decimal
from itertools import product

from ..core import labels as L
from .cells import BLANK, RECOVERED, UNKNOWN, VALUE, read_count
from .recovery import applicant_sum_holds
from .rows import RawCell, Row
from .table_reading import _words_where_they_stand
from .wrapped_digits import WIDE_DIGITS, holds_wide_digits, is_wide_digits

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


def pipe_figures(printed: dict[int, Row], bare: dict[int, list[str]] | None = None) -> Places:
    """Each pipe row's figures as markitdown set it in its page's grid, each at its pipe cell's index; each glyph of
    a bare line (`bare_glyph_lines`) at every index, its column lost."""
    figures = {line: [(word, float(index)) for index, cell in enumerate(row.cells) for word in cell.text.split()
                      if _is_figure(word)] for line, row in printed.items()}
    width = max((len(row.cells) for row in printed.values()), default=0)
    for line, glyphs in (bare or {}).items():
        figures[line] = [(glyph, float(index)) for glyph in glyphs for index in range(width)]
    return figures


def bare_glyph_lines(rows: list[Row]) -> dict[int, list[str]]:
    """markitdown: the plain lines of full-width digits alone among a table's pipe rows (markitdown ends a pipe table
    at a line its grid does not hold, a stacked figure's glyph, and opens another after it): each line's words."""
    by_line: dict[int, list[str]] = {}
    for row in rows:
        for cell in row.cells if not row.piped else ():  # (a row of plain lines may hold several: each on its own)
            by_line.setdefault(cell.line, []).extend(cell.text.split())
    return {line: words for line, words in by_line.items() if words and all(map(is_wide_digits, words))}


def rule_lines(rows: list[Row]) -> frozenset[int]:
    """The lines of markitdown's `| --- |` rules among a table's pipe rows: each right under its table's first row
    (a table markitdown opens after a bare line, its first row the row under that line). The lines next to a
    row's are found past them."""
    first: dict[tuple[int, int], int] = {}
    for row in rows:
        if row.piped:
            key = (row.markdown_page, row.markdown_table)
            first[key] = min(first.get(key, row.line), row.line)
    lines = {row.line for row in rows}
    return frozenset(line + 1 for line in first.values() if line + 1 not in lines)


def aligned_label_rests(rows: list[Row], words: dict[int, str]) -> frozenset[int]:
    """The aligned lines whose first words, neither figures nor blank marks, open with no numbering, nor any of
    their words (`度办理  8.属于行政查询事项`: a heading's piece before a label's first words): a label's next words
    (a label's first words open with its numbering). `words`: the aligned rows' `label_words`."""
    return frozenset(line for line in _aligned_first_words(rows)
                     if not any(map(L.opens_with_numbering, words[line].split())))


def aligned_sub_row_labels(rows: list[Row]) -> frozenset[int]:
    """The aligned lines opening a row's label with its numbering, no group's heading or piece of one alone
    (`（五）不予处理`, `三、本年度`: its merged cell's words may stand on any line of its group): each a row's own
    line, found or not."""
    return frozenset(line for line, word in _aligned_first_words(rows).items() if L.opens_with_numbering(word)
                     and not set(L.squash(word)) <= set(L.GROUP_HEADING_CHARACTERS))


def _aligned_first_words(rows: list[Row]) -> dict[int, str]:
    """Each aligned line's first word, where a label's: neither a figure nor a blank mark."""
    found = {}
    for row in rows:
        words = [word for cell in row.cells for word in cell.text.split()] if row.aligned else []
        if words and not _is_figure(words[0]) and read_count(words[0]).state != BLANK:
            found[row.line] = words[0]
    return found


def pipe_label_rests(printed: dict[int, Row]) -> frozenset[int]:
    """The pipe rows whose label cell holds words and no cell opens with a numbering (spaced out or not, `四 、 结
    转…`; a sub-row's label past a group heading's piece, `| 结果 | | 1.本机关… |`, opens a label): a label's next
    words."""
    return frozenset(line for line, row in printed.items() if row.cells and not row.cells[0].is_empty
                     and not any(L.opens_with_numbering("".join(cell.text.split())) for cell in row.cells))


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


def pipe_labelled(printed: dict[int, Row], words: dict[int, str]) -> dict[int, bool]:
    """Whether each pipe row as printed prints a label's words (`label_words` of the table's lines, `words`): a
    cell holding a word neither a figure nor a blank mark (a sub-row's label stands past its group's merged cell,
    which markitdown leaves empty)."""
    return {line: bool(words[line]) for line in printed}


def _is_label_word(word: str) -> bool:
    """A word that is neither a figure nor a blank mark: a label's."""
    return not _is_figure(word) and read_count(word).state != BLANK


def label_words(rows: Iterable[Row]) -> dict[int, str]:
    """Each row's words that are neither figures nor blank marks (its label's, where it prints one), by line."""
    return {row.line: " ".join(word for cell in row.cells for word in cell.text.split() if _is_label_word(word))
            for row in rows}


def _next_line(line: int, step: int, passed: frozenset[int]) -> int:
    """The line next to `line` (step -1: above, 1: below) past the lines holding no row."""
    line += step
    while line in passed:
        line += step
    return line


def _pieces_joined(digits: str, line: int, figures: Places, glyphs: Places, passed: frozenset[int]
                   ) -> set[tuple[int, float]]:
    """(line, place) of the glyphs a figure read as `digits` was joined of round a row's `line`: in some column, the
    glyphs alone above it, the line's own word there (or none) and the glyphs alone below it, read top to bottom,
    spell it; every column that does. Asked of figures a reader joined, never of a word read as it stands."""
    joined: set[tuple[int, float]] = set()
    for x in {x for step in range(-2 * len(digits), 2 * len(digits) + 1) for _, x in glyphs.get(line + step, ())}:
        above = _glyph_run(line, x, -1, len(digits), glyphs, figures, passed)
        below = _glyph_run(line, x, 1, len(digits), glyphs, figures, passed)
        word = next((_digits(word) for word, at in figures.get(line, ()) if at == x), "")
        for middle in {word, ""}:  # the line's word there may be another column's (a pipe cell holding two)
            for a in range(len(above) + 1):
                for b in range(len(below) + 1):
                    if (a or b) and "".join(_digits(g) for _, g in above[:a][::-1]) + middle \
                            + "".join(_digits(g) for _, g in below[:b]) == digits:
                        joined |= {(n, x) for n, _ in above[:a] + below[:b]}
    return joined


def _glyph_run(line: int, x: float, step: int, most: int, glyphs: Places, figures: Places, passed: frozenset[int]
               ) -> list[tuple[int, str]]:
    """The glyphs alone standing at place x on the lines from line + step on, line by line, up to `most`, past one
    line printing no figure between two (markitdown's rule under a pipe row, a label's next words: as `REACH`)."""
    run: list[tuple[int, str]] = []
    n, skipped = _next_line(line, step, passed), False
    while len(run) < most:
        glyph = next((word for word, at in glyphs.get(n, ()) if at == x), None)
        if glyph is None:
            if skipped or figures.get(n):
                break
            skipped = True  # a line printing no figure: the run may go on past it, once
        else:
            run.append((n, glyph))
            skipped = False
        n = _next_line(n, step, passed)
    return run


def _glyphs_alone(line: int, figures: Places, labelled: dict[int, bool]) -> bool:
    """A line of figures without their label, each a full-width digit alone."""
    return bool(figures.get(line)) and labelled.get(line) is False \
        and all(word in WIDE_DIGITS for word, _ in figures[line])


def _digits(text: str) -> str:
    return "".join(ch for ch in text.translate(_NARROW) if ch.isdigit())


_NARROW = str.maketrans("０１２３４５６７８９", "0123456789")


def lines_taken(taken: dict[str, tuple[Row, list[RawCell | None], list]]) -> set[int]:
    """The lines of the rows read whole (`cells_beside_stacked_glyphs`'s `taken`)."""
    return {row.line for row, _, _ in taken.values()}


def glyphs_may_stand_off_the_rows(rows: Iterable[Row], row_lines: set[int], labels_printed: bool) -> bool:
    """Whether `cells_beside_stacked_glyphs` may find a cell in doubt among these lines (`rows`, the pipe rows as
    printed or the aligned rows; no bare glyph line among them): one holds a full-width digit and is no line a row
    was read whole from (`row_lines`), or, where each line's label is known (`labels_printed`: pipe rows), prints
    no label's word beside it (glyphs alone). False proves it finds none, before the glyphs' places and the labels
    are worked out (most full-width tables print each digit on its row's own labelled line)."""
    for row in rows:
        texts = [cell.text for cell in row.cells]
        if holds_wide_digits(" ".join(texts)) and (row.line not in row_lines or labels_printed and not any(
                _is_label_word(word) for text in texts for word in text.split())):
            return True
    return False


def cells_beside_stacked_glyphs(figures: Places,
                                places_of: Callable[[list[RawCell | None]], list[list[tuple[str, float]] | None]],
                                same_column: float, taken: dict[str, tuple[Row, list[RawCell | None], list]],
                                labelled: dict[int, bool] | None = None, label_rests: frozenset[int] = frozenset(),
                                bare: dict[int, list[str]] | None = None, passed: frozenset[int] = frozenset(),
                                labels: dict[int, str] | None = None) -> dict[str, list[int]]:
    """The cells in doubt (indexes, per row key) of `taken`: each row, its fitted raw cells and the cells read from
    them (`Cell`s, in the same order). `figures`: the figures on each line of the text; `places_of`: where each raw cell of a
    row stands (None: nowhere printed); `same_column`: how near two places stand in one column; `labelled`: whether a
    line prints its row's label (pipe rows: their first cell), for lines where that is known; `label_rests`: the
    lines holding a label's next words (a piece beside them goes on that label's row above, never the row below);
    `bare`: the lines of glyphs whose column is lost (`bare_glyph_lines`): a row read from one is in doubt, its
    glyphs maybe a neighbour's stacked figure's; `passed`: lines holding no row, stepped over (`rule_lines`);
    `labels`: each line's label words (`label_words`)."""
    labelled, bare = labelled or {}, bare or {}
    if not taken or not any(word in WIDE_DIGITS for words in figures.values() for word, _ in words):
        return {}
    row_lines = lines_taken(taken)
    if not any(_glyphs_alone(line, figures, labelled)
               or (line not in row_lines and any(is_wide_digits(word) for word, _ in words))
               for line, words in figures.items()):
        return {}  # no full-width digit off the rows' lines, no line of glyphs alone: no cell to doubt, known sooner
    placed_at = {id(raw): place for _, fitted, _ in taken.values()
                 for raw, place in zip(fitted, places_of(fitted), strict=True) if raw is not None}

    def place_of(raw: RawCell) -> list[tuple[str, float]] | None:
        return placed_at.get(id(raw))

    own_lines = {key: _own_line(row, fitted, place_of, cells, figures) for key, (row, fitted, cells) in taken.items()}
    # the lines rows were read from (a piece a reader joined to a row's figure stands on a line of no row)
    # (a row whose cells a reader made, read from the line under its label's first: that line's pieces are its own)
    # (and a bare line of glyphs a row read a cell from: its own, or in doubt as `read_from_bare` says)
    read_lines = {*own_lines.values(), *(row.line for key, (row, fitted, _) in taken.items()
                                         if own_lines[key] == row.line or any(raw is not None for raw in fitted)),
                  *(raw.line for _, fitted, _ in taken.values() for raw in fitted if raw is not None and raw.line in bare)}
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
                claimed |= _pieces_joined(str(int(cell.value)), line, figures, glyphs, passed)
    # a bare line's one glyph joined in one column is joined: its other places are the same glyph
    claimed |= {(n, x) for n, _ in list(claimed) if len(bare.get(n, ())) == 1 for _, x in glyphs.get(n, ())}
    # a row read from a bare line of glyphs under a pipe row (markitdown cut the table there): their column lost,
    # they may be a neighbour's stacked figure's (under a bare label line, a figure of its own: another class)
    read_from_bare = {key: [index for index, (raw, cell) in enumerate(zip(fitted, cells, strict=True))
                            if raw is not None and raw.line in bare and cell.state in (VALUE, RECOVERED, BLANK)
                            and _next_line(raw.line, -1, passed) in labelled]
                      for key, (_, fitted, cells) in taken.items()}
    # the rows whose own line prints a word (a figure or a blank mark) in every part's column, and in the total's
    # unless none stands there (cut at the page's edge): whole there, no pieces
    whole = {key for key, (_, fitted, _) in taken.items()
             if all(raw is not None and raw.line == own_lines[key] and not raw.is_empty for raw in fitted[:-1])
             and (fitted[-1] is None or fitted[-1].line == own_lines[key] and not fitted[-1].is_empty)}
    # rows read from a line inside a label wrapped round another row's line, or from a label's next words: the
    # line may be that other row's, its own line then the tops (or bottoms) of its stacked figures
    for key in _rows_inside_a_wrapped_label(own_lines, labelled, label_rests, passed, figures) \
            | _rows_on_a_label_rest(own_lines, label_rests, passed, figures, whole) \
            | _rows_inside_another_rows_label(own_lines, labels or {}, passed):
        read_from_bare[key] = [index for index, cell in enumerate(taken[key][2])
                               if cell.state in (VALUE, RECOVERED, BLANK)]
    # a row put in doubt may put its neighbours in doubt (its line's glyphs may be their pieces): until none more
    doubt: dict[str, list[int]] = {}
    lines_of_rows = frozenset(own_lines.values())
    for _ in range(len(taken)):
        unsure = _unsure_words(taken, figures, place_of, doubt)
        grown = {key: found for key, (_, fitted, cells) in taken.items()
                 if (found := sorted({*read_from_bare[key],
                                      *_in_doubt(own_lines[key], fitted, cells, figures, glyphs, claimed, unsure,
                                                 place_of, same_column, labelled, continued, passed, bare,
                                                 lines_of_rows - {own_lines[key]})}))}
        if grown == doubt:
            break
        doubt = grown
    return doubt


def _rows_inside_a_wrapped_label(own_lines: dict[str, int], labelled: dict[int, bool], label_rests: frozenset[int],
                                 passed: frozenset[int], figures: Places) -> set[str]:
    """Rows read from the lines a row's label wraps round (below its own line, printing no label or the label's
    next words, up to its last next words past a line printing none), and that row where they hold figures: the
    lines may be its own (its figures' middle glyphs between the tops and the bottoms), or theirs; the text does
    not say which."""
    row_of = {line: key for key, line in own_lines.items()}
    found = set()
    for key, line in own_lines.items():
        if not labelled.get(line) or line in label_rests:
            continue  # a row's label opens on its own line
        inside, n, past_a_bare_line = [], _next_line(line, 1, passed), False
        while n in labelled and (not labelled[n] or n in label_rests):
            past_a_bare_line |= not labelled[n]
            if n in label_rests and past_a_bare_line:
                others = {row_of[m] for m in inside + [n] if m in row_of}
                if others or any(figures.get(m) for m in inside):
                    found |= others | {key}
            inside.append(n)
            n = _next_line(n, 1, passed)
    return found


def _rows_inside_another_rows_label(own_lines: dict[str, int], labels: dict[int, str], passed: frozenset[int]
                                    ) -> set[str]:
    """Rows read from a line printing no label between a label's first words and its next words that name another
    row, not it (the label wrapped round its row's line, `二、上` / `| | １ | … |` / `年结转…`): the line is that
    row's."""
    found = set()
    for key, line in own_lines.items():
        first, rest = labels.get(_next_line(line, -1, passed), ""), labels.get(_next_line(line, 1, passed), "")
        if labels.get(line, "") or not first or not rest or not L.opens_with_numbering(first) \
                or L.opens_with_numbering(rest) or key not in L.APPLICATION_ROWS:
            continue
        # (the group heading's pieces may stand among the label's, `（四）无法提 2.没有…另行` / `供 制作`: left out)
        label = L.squash(first + rest)
        bare_label = _without_heading_characters(label)
        named = {other for other, (variants, _, _) in L.APPLICATION_ROWS.items()
                 if any(variant in label or len(words := _without_heading_characters(variant)) > 1 and words in bare_label
                        for variant in variants)}
        if named and key not in named:
            found.add(key)
    return found


def _without_heading_characters(text: str) -> str:
    return "".join(ch for ch in text if ch not in L.GROUP_HEADING_CHARACTERS)


def _rows_on_a_label_rest(own_lines: dict[str, int], label_rests: frozenset[int], passed: frozenset[int],
                          figures: Places, whole: set[str]) -> set[str]:
    """Rows read from a line of a label's next words printing glyphs alone, not a word in every column (`whole`; two
    labels may end alike), right under another row's line (past one line printing nothing), and that row: the line may be the end
    of that row's label and its glyphs the bottoms of its stacked figures; the text does not say which."""
    row_of = {line: key for key, line in own_lines.items()}
    found = set()
    for key, line in own_lines.items():
        if line not in label_rests or key in whole or not figures.get(line) \
                or any(word not in WIDE_DIGITS for word, _ in figures[line]):
            continue  # (a line printing a word in every column is a row's whole line, no stacked pieces)
        above = _next_line(line, -1, passed)
        if not figures.get(above):
            above = _next_line(above, -1, passed)
        if row_of.get(above, key) != key:
            found |= {key, row_of[above]}
    return found


def _own_line(row: Row, fitted: list[RawCell | None], place_of: Callable[[RawCell], list[tuple[str, float]] | None],
              cells: list, figures: Places) -> int:
    """The line a row's words were read from: where most of its placed cells stand (a joined piece may stand off
    it); a row whose cells a reader made (no raw cell placed) from the line next to its label's printing most of
    their figures as words, two or more (`| 三、本年度办 | … | １ |` / `| | | | | １２ ０ | ３ ０ | … |` / `| | | 信息 |
    … | ５ |`: 12, 0, 3 … and 15, their words on the line between); else its own."""
    own = [raw.line for raw in fitted if raw is not None and place_of(raw)]
    if own:
        return max(set(own), key=own.count)
    values = Counter(str(int(cell.value)) for cell in cells if cell.state in (VALUE, RECOVERED) and cell.value is not None)
    best, most = row.line, 1
    for line in (row.line - 1, row.line, row.line + 1):
        printed = Counter(_digits(word) for word, _ in figures.get(line, ()))
        if (found := sum((printed & values).values())) > most:
            best, most = line, found
    return best


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
              labelled: dict[int, bool], continued: set[int], passed: frozenset[int], bare: dict[int, list[str]],
              others: frozenset[int]) -> list[int]:
    """The indexes of a row's cells in doubt (`cells_beside_stacked_glyphs`); `line`: the one its words were read
    from (`_own_line`, found once a row); `others`: the other rows' own lines."""
    beside: list[tuple[int, int, str, float]] = []  # (step, line, glyph, x) unclaimed next to the row's line
    for step in (-1, 1):
        n = line
        for _ in range(REACH):
            n = _next_line(n, step, passed)
            if labelled and n not in labelled:
                break  # a pipe row taken out of the table (pieces a reader joined to a row): the row next to it
            if figures.get(n):
                if not (step < 0 and n in continued):  # beside a label's next words: the row's above them
                    beside += [(step, n, word, x) for word, x in glyphs.get(n, ()) if (n, x) not in claimed]
                if _glyphs_alone(n, figures, labelled):  # a row read from glyphs alone, unsure there: maybe pieces
                    beside += [(step, n, word, x) for word, x in figures[n] if (n, x) in unsure]
                if n in others or n in continued or not all(map(is_wide_digits, (word for word, _ in figures[n]))):
                    break
                # a line of glyphs no row was read from (a wrapped label's middle, `２２ / ４` between `１.本机关…  ２`
                # and `息  ６`): the glyphs past it may be the row's stacked figure's too
    if _glyphs_alone(line, figures, labelled):
        # figures on a line without their label, glyphs alone, next to another row's line whose cell in that
        # column is unknown (its figure's pieces not found): they may be those pieces
        beside += [(step, n, word, x) for step in (-1, 1) for n in [_next_line(line, step, passed)]
                   for word, x in figures.get(n, ()) if (n, x) in unsure and word in WIDE_DIGITS]
        # or next to another row's labelled line printing nothing in a glyph's column: the glyph may be its
        # figure's top (or bottom), that row printing nothing where its figure stacks round its line
        beside += [(step, n, word, x) for step in (-1, 1) for n in [_next_line(line, step, passed)]
                   if labelled.get(n) and n in others
                   for word, x in figures[line] if all(other in WIDE_DIGITS for other, at in figures.get(n, ()) if at == x)]
        # such a line and a label alone between it and another (`１` / label / `７`), the first after no label:
        # a figure stacked round the label's line reads so as well as two rows' figures above their labels
        for step in (-1, 1):
            label = _next_line(line, step, passed)
            far = _next_line(label, step, passed)
            if labelled.get(label) and not figures.get(label) \
                    and not labelled.get(_next_line(min(line, far), -1, passed)) \
                    and _glyphs_alone(far, figures, labelled):
                beside += [(step, far, word, x) for word, x in figures[far]]
    # a glyph the row read as its own cell, on the line next to its own (`（二）部分公开…  / … /` over `的，只计…  ２  ２`)
    mine = {(raw.line, x) for raw in fitted if raw is not None and raw.line != line for _, x in place_of(raw) or ()}
    beside = [(step, n, word, x) for step, n, word, x in beside if (n, x) not in mine]
    if not beside:
        return []
    if loose := [(n, glyph) for n in sorted({n for _, n, _, _ in beside if n in bare}) for glyph in bare[n]]:
        # a glyph whose column is lost may go on any cell: every cell read is in doubt, unless it stands alone
        # beside the row, every cell is read as its line prints it (no split, no join) and no joining of the glyph
        # to a cell keeps the row's sum where the row as read does
        readable = [index for index, cell in enumerate(cells) if cell.state in (VALUE, RECOVERED, BLANK)]
        as_printed = all(_read_from_the_line(raw, cell, figures.get(line, []), place_of, same_column)
                         for raw, cell in zip(fitted, cells, strict=True))
        alone = all(n in bare for _, n, _, _ in beside)
        return [] if alone and as_printed and _only_as_read_keeps_the_sum_of_loose(cells, line, loose) else readable
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
            if step < 0 and glyph == "０" and glyph_at(_next_line(n, -1, passed), x) is None:
                continue  # a figure never opens on a 0
            over = _next_line(line, -1, passed)
            if step > 0 and word == "0" and glyph_at(over, x) is None \
                    and glyph_at(_next_line(over, -1, passed), x) is None:
                continue
            found.add(index)
            above, below = joins.get(index, ("", ""))
            joins[index] = (_digits(glyph), below) if step < 0 else (above, _digits(glyph))
    # a cell may be read from the line next to the row's (`1.本机关…政府 ３４` over the row's line, its `１` under it):
    # as its own line prints it
    judged = [index for index in sorted(found)
              if _read_from_the_line(fitted[index], cells[index], figures.get(_line_of(fitted[index], line), []),
                                     place_of, same_column)]
    if judged and not nowhere and _only_as_read_keeps_the_sum(cells, joins):
        return []  # every joining of the glyphs to the row's words breaks its sum: they are its neighbours'
    return judged


def _line_of(raw: RawCell | None, line: int) -> int:
    """The line a cell was read from: its raw cell's, else its row's."""
    return line if raw is None else raw.line


JOINS_ASKED = 4  # cells: a row with more glyphs beside its words is not asked of its sum (2 ** 8 joinings)


def _as_read_keeping_the_sum(cells: list) -> list[Decimal | None] | None:
    """The row's values as read (None: blank) where every cell is read and they keep its sum (APP_APPLICANT_SUM)."""
    if any(cell.state not in (VALUE, RECOVERED, BLANK) for cell in cells):
        return None
    as_read = [cell.value if cell.state != BLANK else None for cell in cells]
    return as_read if applicant_sum_holds(tuple(as_read)) else None


def _only_as_read_keeps_the_sum(cells: list, joins: dict[int, tuple[str, str]]) -> bool:
    """Whether the row's cells as read keep its sum (APP_APPLICANT_SUM) and no joining of the glyphs beside its
    words (`joins`: each word's glyph above and below) to them does."""
    if len(joins) > JOINS_ASKED or (as_read := _as_read_keeping_the_sum(cells)) is None:
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


LOOSE_ASKED = 3  # glyphs of no column: a row with more beside it is not asked of its sum (8 ** 3 joinings)


def _only_as_read_keeps_the_sum_of_loose(cells: list, line: int, loose: list[tuple[int, str]]) -> bool:
    """Whether the row's cells as read keep its sum and no joining of the glyphs of no column beside it (`loose`:
    each glyph's line) does: each glyph on no cell or on one, above its figure where its line is above the row's,
    below it else (a blank cell's figure then the glyphs alone; no figure of two digits opening on a 0)."""
    if len(loose) > LOOSE_ASKED or (as_read := _as_read_keeping_the_sum(cells)) is None:
        return False
    for ways in product(range(-1, len(cells)), repeat=len(loose)):
        if all(way < 0 for way in ways):
            continue
        texts = ["" if value is None else str(int(value)) for value in as_read]
        for (n, glyph), way in zip(loose, ways, strict=True):  # lines top to bottom: the pieces in order
            if way >= 0:
                texts[way] = _digits(glyph) + texts[way] if n < line else texts[way] + _digits(glyph)
        if any(len(text) > 1 and text.startswith("0") for text in texts):
            continue
        if applicant_sum_holds(tuple(Decimal(text) if text else None for text in texts)):
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
