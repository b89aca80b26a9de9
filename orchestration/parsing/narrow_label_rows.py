"""Table 3's rows found from their labels' pieces, in markitdown's markdown (and `pdftotext -layout`'s text) of
LibreOffice's PDF of a DOCX report.

LibreOffice lays the DOCX's narrow label columns (三、本年度办理结果, （三）不予公开, the sub-rows' own labels) a
character or two a line, and pdfminer writes each text line across the table as one line: markitdown sets the rows
with no pipe grid as plain lines, each the pieces of the label columns on that line left to right, then the figures
that stand on it (`（四 1.本 １９ ２ ２１` / `）无 机关` / `法提 不掌` / …; a blank cell prints nothing). A row's own
label is the last column of labels, so each line's last label word is a piece of the row's label; the group
headings' pieces stand before it on the line.

What proves the rows: the last pieces of a run of such lines, joined in order, spell the template's labels of the
rows the run stands for, one after the other, and only one way: each row's pieces are the lines that spell its
label exactly. A line printing figures is the first line of a row (the cell's top, where LibreOffice sets a DOCX
cell's text) and holds a piece of it: its figures are that row's, and a row whose lines print no figure printed
none. Anything else (a figure on a later line of a row, a line of figures alone, a piece that spells no label, a
run that spells its rows two ways) leaves the run to the other readers.

Reports also print labels abbreviated, unnumbered or misprinted (`1.国家秘密`, `属于三类内部事务信息`, `2.重夏申请`).
Where no way spells a run's rows exactly, a row's lines may name its label nearly (`_row_ends`): most like that row's
label of all rows', opening on its figures or its numbering, a line that spells a label exactly kept for it; still one
way only, and down a narrow column only.
"""
from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from decimal import Decimal
from functools import cache, lru_cache
from itertools import combinations
from operator import attrgetter

from ..core import labels as L
from .align import MIN_SCORE, likeness
from .cells import VALUE, read_count
from .group_numbering import HEADING_NUMERALS, group_numeral
from .rows import Row, line_fact
from .template import OTHER_SUB_ROWS

# a sub-row's numbering opening its label's first line (`6.属`, `6 . 四`)
_NUMBERED_RE = re.compile(r"(\d)\s*[.．]")
_TEXT_OF, _LINE_OF = attrgetter("text"), attrgetter("line")
_SUB_ROW_PREFIXES = ("denied_", "unavailable_", "rejected_", "other_")
# lines a label of the template takes at most, two characters a line (要求行政机关确认或重新出具已获取信息, the
# 2021 sub-rows of （六）其他处理 with their shared ending), with room for a piece of one character
MOST_LINES_A_LABEL = 40


def _last_piece(row: Row) -> str | None:
    """The row's own label piece on its line: the last word of its label cells there (the group headings' pieces
    stand before it), a figure glued to it in a pipe cell aside (`| 1.属 2 |`); a row built from several lines (`正、`
    / `行政`) the pieces of each line joined. None for a row without a label."""
    return _piece_of_label_lines(_label_texts_by_line(row), False)


def _spaced_piece(row: Row) -> str | None:
    """The row's own label piece on its line where its characters stand a word each (`3 . 危` / `护 第`, `（ 七 ） 总 计
    25 2 27`: a DOCX whose text is spaced, pdfminer writing each character as a word): the run of one-character words
    ending its label cells there, joined; a line ending in a longer word, that word (`果 （ 三 属于`: the group
    heading's spaced pieces, then the row's). None for a row without a label."""
    return _piece_of_label_lines(_label_texts_by_line(row), True)


@lru_cache(maxsize=1 << 12)
def _piece_of_label_lines(lines: tuple[tuple[str, ...], ...], spaced: bool) -> str | None:
    """`_last_piece` (`spaced`: `_spaced_piece`) of a row's label texts by line (`_label_texts_by_line`)."""
    pieces = _pieces_of_label_lines(lines, spaced)
    return "".join(pieces) if pieces else None


def _pieces_of_its_lines(row: Row, spaced: bool = False) -> tuple[str, ...]:
    """The row's own label piece on each of its lines (`_last_piece`; `spaced`: `_spaced_piece`)."""
    return _pieces_of_label_lines(_label_texts_by_line(row), spaced)


def _label_texts_by_line(row: Row) -> tuple[tuple[str, ...], ...]:
    """The texts of the row's label cells, grouped by their line (the lines in the order their first cell comes):
    all its label pieces depend on (asked of every row of table 3, whose labels recur from report to report)."""
    labels = row.label_cells()
    if len(labels) == 1 or len(set(map(_LINE_OF, labels))) == 1:  # most rows: one line
        return (tuple(map(_TEXT_OF, labels)),)
    lines: dict[int, list[str]] = {}
    for cell in labels:
        lines.setdefault(cell.line, []).append(cell.text)
    return tuple(map(tuple, lines.values()))


@lru_cache(maxsize=1 << 12)
def _pieces_of_label_lines(lines: tuple[tuple[str, ...], ...], spaced: bool) -> tuple[str, ...]:
    """`_pieces_of_its_lines` of a row's label texts by line (`_label_texts_by_line`)."""
    pieces = []
    for texts in lines:
        words = [word for text in texts for word in text.split() if not _is_count(word)]
        if not words:
            continue
        first = len(words) - 1
        while spaced and len(words[first]) == 1 and first and len(words[first - 1]) == 1:
            first -= 1
        pieces.append("".join(words[first:]))
    return tuple(pieces)


def _figures_among_its_label(row: Row) -> bool:
    """Whether a count stands among the row's label words past its first word of characters (`4 . 无 21 21` taken
    whole for a label, its figures unread): the row would read blank what it prints, so its run is left alone."""
    words = [word for cell in row.label_cells() for word in cell.text.split()]
    first = next((at for at, word in enumerate(words) if any("\u4e00" <= char <= "\u9fff" for char in word)), len(words))
    return any(map(_is_count, words[first + 1 :]))


def _is_count(word: str) -> bool:
    read = read_count(word)
    return read.state == VALUE and read.value is not None and not read.problem


def _in_a_run(row: Row) -> bool:
    """Whether the row may be a line of label pieces: a plain line, or a pipe row without figures (pdfminer set
    a line of label pieces alone into the grid of the pipe rows round it, `| 果 （三 1.属 |  |  |`)."""
    return not row.piped or not row.has_figures()


def _spells(pieces: Sequence[str], key: str) -> bool:
    """Whether the pieces joined spell the row's label, as the template writes it (numbering and notes aside), with
    the words several rows end in where the template prints them (`…逾期不补正、行政机关不再处理其政府信息公开申请`)."""
    text = L.squash("".join(pieces))
    variants = L.APPLICATION_ROWS[key][0]
    ending = L.APPLICATION_SHARED_ENDINGS.get(key)
    return text in variants or (ending is not None and text.endswith(ending) and text[: -len(ending)] in variants)


def _likeness_to(text: str, key: str) -> float:
    """How nearly the squashed text names the row's label, all but a glyph or a word (`国家秘密` for 属于国家秘密, a
    glyph misprinted: the whole text's `likeness`), where it is MIN_SCORE or more and more like this row's label than
    any other's (a label short enough to be another's piece, `总计`, `其他`, is never taken so); else 0."""
    nearest = _nearest_row(text)
    return nearest[1] if nearest is not None and nearest[0] == key else 0.0


@lru_cache(maxsize=1 << 12)
def _nearest_row(text: str) -> tuple[str, float] | None:
    """The row whose label the text is most like, and how like (see `_likeness_to`); None where two are as like it."""
    best: dict[str, float] = {}
    for key, (variants, _, _) in L.APPLICATION_ROWS.items():
        ending = L.APPLICATION_SHARED_ENDINGS.get(key, "")
        if _named_alone(key):
            best[key] = max(likeness(text, variant + end) for variant in variants for end in {"", ending})
    ranked = sorted(best.items(), key=lambda item: -item[1])
    if ranked[0][1] < MIN_SCORE or ranked[0][1] == ranked[1][1]:
        return None
    return ranked[0]


@cache
def _named_alone(key: str) -> bool:
    """Whether the row's label is long enough to name it alone: one of two glyphs (`总计`, `其他`) may be a piece of
    another's (其他法律行政法规禁止公开)."""
    return all(len(variant) > 2 for variant in L.APPLICATION_ROWS[key][0])


def _row_ends(readings: Sequence[Sequence[str]], figures: list[bool], at: int, key: str, nearly: bool) -> list[int]:
    """Where the row `key` opening at line `at` may end (the line past its last): where its lines spell its label;
    with `nearly`, where none does, where they name it most nearly (`_likeness_to`), a label abbreviated or
    misprinted: a line that ends the label as printed is its, never the next row's, and one more or less is less
    like it), where its first line prints figures or its numbering. A line with figures opens a row: the row at `at`
    ends before it."""
    ends = []
    for end in range(at + 1, min(len(figures), at + MOST_LINES_A_LABEL) + 1):
        if end - 1 > at and (figures[end - 1] or (nearly and any(_NUMBERED_RE.match(reading[end - 1])
                                                                   for reading in readings))):
            break  # (and, where labels may be abbreviated, a line opening with a row's numbering `6.四` opens one)
        ends.append(end)
    spelled = [end for end in ends if any(_spells(reading[at:end], key) for reading in readings)]
    if spelled or not nearly or not ends or not (figures[at] or any(_NUMBERED_RE.match(reading[at]) for reading in readings)):
        # a label named only nearly opens on its figures or its numbering: its first line lost (`1.本 5 5`), the
        # rest (`机关不掌握…`) would name it as nearly, read blank
        return spelled
    like = {end: max(_likeness_to(L.squash("".join(reading[at:end])), key) for reading in readings) for end in ends}
    best = max(like.values(), default=0.0)
    return [end for end, value in like.items() if value == best] if best else []


def _segmentations(pieces: list[str], figures: list[bool], keys: Sequence[str], limit: int = 2,
                   neighbours: tuple[str | None, str | None] = (None, None),
                   spaced: list[str] | None = None, nearly: bool = False) -> list[list[int]]:
    """The ways (at most `limit`) the lines spell `keys` in order: each way the index of each row's first line.
    A line with figures opens its row. Between two rows, lines without figures may spell a group's heading whose
    group holds the row before or after them (`（四` / `）无` / `法提` / `供` before 1.本机关不掌握…, the merged
    heading's cell taller than its rows' labels beside it); `neighbours` are the rows found before and after the
    lines, for a heading at their ends. `spaced`: the lines' pieces where their characters stand a word each
    (`_spaced_piece`): a label or heading spells by either reading of all its lines (a cell's text spaced or not).
    A line of punctuation alone (`”`) opens nothing: it spells alike in the row above or below, a twin way.
    `nearly`: a row's lines may name its label abbreviated or misprinted (`_row_ends`)."""
    found: list[list[int]] = []
    readings = (pieces, spaced) if spaced is not None and spaced != pieces else (pieces,)

    def beside(index: int) -> tuple[str | None, str | None]:
        return (keys[index - 1] if index else neighbours[0], keys[index] if index < len(keys) else neighbours[1])

    def walk(at: int, index: int, starts: list[int]) -> None:
        if len(found) >= limit:
            return
        if index == len(keys) and at == len(pieces):
            found.append(starts)
            return
        if 0 < at < len(pieces) and not figures[at] and not any(char.isalnum() for reading in readings
                                                                 for char in reading[at]):
            return
        for end in range(at + 1, min(len(pieces), at + MOST_LINES_A_LABEL) + 1):
            if figures[end - 1]:
                break  # a heading prints no figure
            if any(_heads_a_row_beside(reading[at:end], beside(index)) for reading in readings):
                walk(end, index, starts)
        if index == len(keys):
            return
        for end in _row_ends(readings, figures, at, keys[index], nearly):
            walk(end, index + 1, [*starts, at])

    walk(0, 0, [])
    return found


def _heads_a_row_beside(pieces: Sequence[str], rows: tuple[str | None, str | None]) -> bool:
    """Whether the pieces joined spell a group's heading whose group holds one of `rows`."""
    heading = L.squash("".join(pieces))
    if heading not in L.OUTCOME_GROUP_HEADINGS:
        return False
    numerals = {group_numeral(key) for key in rows if key is not None}
    if heading == L.OUTCOME_GROUP_HEADINGS[0]:
        return bool(numerals - {None})
    return HEADING_NUMERALS[heading] in numerals


def _with_other_one_way(keys: Sequence[str]) -> list[tuple[str, ...]]:
    """The row keys as the table may print them: with `other` and its sub-rows both in `keys` (the 2021
    template, `template_sequence`), either `other` alone or the sub-rows."""
    if "other" not in keys or not any(key in OTHER_SUB_ROWS for key in keys):
        return [tuple(keys)]
    return [tuple(key for key in keys if key not in OTHER_SUB_ROWS), tuple(key for key in keys if key != "other")]


def rows_of_label_pieces(rows: list[Row], found: dict[str, Row], sequence: Sequence[str]
                         ) -> tuple[dict[str, Row], bool]:
    """`found` with the rows of each run of plain lines (and label-only pipe rows) between two found rows (or after
    the last, to the table's end) that the run's label pieces prove (see the module): each such row → its first
    line. A run that does not spell the rows between its neighbours one way only is left as it was found. Only
    where some row's pieces stand down a narrow column (`_down_a_narrow_column`) and some such row prints its figures
    on its first line (its cells' text at their top), and whether they do (else `found` as it came, but for the rows
    disputed with another reader). Markitdown's plain lines and `pdftotext -layout`'s lines alike."""
    # figures on a line opening another row are not this row's (a row found there printing none reads blank alike):
    # it is read by neither reader, as a row placed apart (below)
    pieces_of: dict[int, str | None] = {}

    def last(row: Row) -> str | None:  # the row's `_last_piece`, worked out once a call (once a line where it is one's)
        if id(row) not in pieces_of:
            pieces_of[id(row)] = line_fact(row, "last piece", _last_piece)
        return pieces_of[id(row)]

    misnumbered = {key for key, row in found.items() if row.has_figures() and _numbered_otherwise(last(row), key, sequence)}
    # a run's lines stand past a row found (the header's lines, `总计` / `其他` / `服务`, never do)
    found_ids = {id(row) for row in found.values()}
    first_found = next((at for at, row in enumerate(rows) if id(row) in found_ids), len(rows))
    if not _short_pieces_down_three_lines(rows[first_found:], last):
        # no row's pieces can stand down a narrow column, so no run is read (most tables: asked of every table 3)
        return {key: row for key, row in found.items() if key not in misnumbered}, False
    key_of = {id(row): key for key, row in found.items()}
    result = dict(found)
    narrow = False
    top = False  # whether a row shows its cells' text set at their top (see below)
    piped = any(row.piped for row in rows)
    disputed: set[str] = set(misnumbered)  # rows this reader and another place apart (see below)
    proven: set[str] = set()  # rows a run's pieces spelled
    at = 0
    while at < len(rows):
        if _in_a_run(rows[at]) and at:
            start = at
            while at < len(rows) and _in_a_run(rows[at]):
                at += 1
        else:
            at += 1
            continue
        before = key_of.get(id(rows[start - 1]))
        opened_whole = False  # whether the row found before the run is its label's whole
        if before is None:
            # the table's rows plain lines from its first (`一，本年新收政府信息 19 1 20`): the header's lines open
            # the run, which then starts past the first row found in it
            opening = next((n for n in range(start, at) if id(rows[n]) in key_of), None)
            if opening is None:
                continue
            before = key_of[id(rows[opening])]
            opened_whole = _ends_its_label(rows[start : opening + 1], before, last)
            start = opening + 1
        after = key_of.get(id(rows[at])) if at < len(rows) else None
        keys = sequence[sequence.index(before) + 1 : sequence.index(after) if after is not None else len(sequence)]
        run = rows[start:at]
        if not keys or any(map(_figures_among_its_label, run)):
            continue
        pieces = [last(row) for row in run]
        if None in pieces:
            continue
        figures = [row.has_figures() for row in run]
        # the run may open with the rest of the pipe row's label (`| 三、 （一）予以公 | ２４ | … |` / `本年 开`)
        head = last(rows[start - 1])
        rest = 0
        if head is not None and not opened_whole and not _spells([head], before):
            rest = next((n for n in range(1, len(run) + 1) if _spells([head, *pieces[:n]], before)), None)
            if rest is None or any(figures[:rest]):
                continue
        # the 2021 template's （六）其他处理 printed as one row or as its three sub-rows: whichever the pieces spell
        spaced = [_spaced_piece(row) for row in run][rest:]  # (a DOCX's text may be spaced a character a word)
        # the labels as the template prints them; where no way spells them so, labels abbreviated or misprinted
        # (`国家秘密`, `属于三类内部事物信息`), nearest their rows, down a narrow column alone
        for nearly in (False, True):
            ways = [(option, way) for option in _with_other_one_way(keys)
                    for way in _segmentations(pieces[rest:], figures[rest:], option, neighbours=(before, after),
                                              spaced=spaced, nearly=nearly)]
            if ways:
                break
        if len(ways) != 1:
            continue
        keys, starts = ways[0]
        mine = {key: run[rest + first] for key, first in zip(keys, starts, strict=True)}
        # (by both readings: a spaced line's last word is a character of a label that may be wide)
        columns = [first for first, end in zip(starts, [*starts[1:], len(pieces) - rest], strict=True)
                   if _down_a_narrow_column(pieces[rest + first : rest + end]) and _down_a_narrow_column(spaced[first:end])]
        down = bool(columns)
        if nearly and not down:
            continue
        # a row down the narrow column printing its figures on its first line of three or more: the cells' text
        # stands at their top (a DOCX through LibreOffice), not at their middle, where a row's figures would stand
        # among its label's lines and a line of figures between two labels could be either's
        top = top or any(figures[rest + first] for first in columns)
        if any(key in found and found[key] is not row and found[key].has_figures() for key, row in mine.items()):
            # another reader placed a row's figures elsewhere: not proven either way. Down a narrow column the
            # pieces prove their rows as well as that reader does, so a row the two place apart where either
            # prints figures is read by neither (unknown), not by the other alone
            if down:
                disputed |= {key for key, row in mine.items() if key in found and found[key] is not row
                             and (row.has_figures() or found[key].has_figures())}
            continue
        # in `-layout`'s lines (no pipe row), a row another reader found printing no figure, nor any here, stays
        # as found (by its label's last line: its first may hold the group headings' pieces and its numbering,
        # `果   不予  1.属`, that the columns would take for cells)
        result.update({key: row for key, row in mine.items() if key not in found or row.has_figures() or piped})
        proven |= set(mine)
        narrow = narrow or down
    if not narrow or not top:
        disputed |= _owners_in_doubt(rows, found, sequence, set(), last)
        return {key: row for key, row in found.items() if key not in disputed}, False
    disputed |= _owners_in_doubt(rows, result, sequence, proven, last)
    return {key: result[key] for key in sequence if key in result and key not in disputed}, True


def _owners_in_doubt(rows: list[Row], placed: dict[str, Row], sequence: Sequence[str], proven: set[str],
                     last: Callable[[Row], str | None]) -> set[str]:
    """The rows another reader placed on a line of figures down a narrow column whose pieces do not name them alone,
    with the rows they name (`_rows_named_from`). A DOCX's cell through LibreOffice sets its text at its top: the line
    of figures opens its row's label, which runs to the next line opening a row (its figures or its numbering).
    Where those lines name another row too (`三类内部事务信息` / `属于四类过程性信息`, an abbreviated label leaving
    its figures to the next row's label), or none, whose figures they are is not known: both rows are unknown, never
    one read blank and the other filled from the column's sum. Asked only where the lines are two glyphs wide and
    the label's first two lines show it (one of them two glyphs: not a heading down the margin a glyph a line,
    `无` / `法` / `提` / `供` beside a wide label). `proven`: rows a run's pieces spelled (`rows_of_label_pieces`);
    `last`: a row's `_last_piece`."""
    line_of = {id(row): at for at, row in enumerate(rows)}
    doubt: set[str] = set()
    for key, row in placed.items():
        at = line_of.get(id(row))
        if at is None or key in proven or not _named_alone(key) or not row.has_figures() or not _in_a_run(row):
            continue
        end = at + 1
        while end < len(rows) and _may_go_on_a_label(rows[end]) and _narrow_lines(rows[end]):
            end += 1
        if end - at < 2 or not _narrow_lines(row) or not any(
                len(L.squash(piece)) == 2 for line in rows[at : at + 2] for piece in _pieces_both_ways(line)):
            continue
        named = _rows_named_from(([last(line) for line in rows[at:end]],
                                  [_spaced_piece(line) for line in rows[at:end]]), sequence)
        if not named and end < len(rows) and _may_go_on_a_label(rows[end]):
            continue  # lines naming nothing, then a wide one (`5 . 属` / `于 三` / `类 内 部`): a wide label spaced
        if named != {key}:
            doubt |= {key, *named}
    return doubt


def _may_go_on_a_label(row: Row) -> bool:
    """Whether the line may go on the label of the line above it: a plain line opening no row, by its figures or by a
    sub-row's numbering in its label text (`6.属`, `（ 四 1 . 本`)."""
    return _in_a_run(row) and not row.has_figures() and not any(
        _NUMBERED_RE.search(cell.text) for cell in row.label_cells())


def _narrow_lines(row: Row) -> bool:
    """Whether the row's label piece on each of its lines is two glyphs wide or less, by both readings (`类 内 部`,
    a wide label's characters spaced, is narrow word by word only)."""
    pieces = _pieces_both_ways(row)
    return bool(pieces) and all(map(_narrow, pieces))


def _pieces_both_ways(row: Row) -> list[str]:
    """The row's label piece on each of its lines, by each reading (`_last_piece`, `_spaced_piece`)."""
    return [piece for spaced in (False, True) for piece in _pieces_of_its_lines(row, spaced)]


def _rows_named_from(readings: Sequence[Sequence[str]], sequence: Sequence[str]) -> set[str]:
    """The rows whose label the lines may open: the row(s) whose label their first lines spell, as the template
    prints it (the label whole, its end there: a shorter piece naming another label, `其他` of 其他法律…, is its
    beginning); where none does, the rows their first lines name most nearly (`_nearest_row`: an abbreviated
    or misprinted label), whose label opens with the first line's piece (`_opens`: the lines `三类内部事务信息属于四类
    过程性信息` are most like 属于四类过程性信息, which they do not open); a row they name less nearly than fewer of
    them name another is not named (those hold the other's label, then more)."""
    named: dict[str, float] = {}  # each row named, and how like its label the lines naming it most nearly are
    # a first line whose piece ends with its numbering's mark (`3 .`) holds none of the label: it opens on the next
    readings = [reading[1:] if len(reading) > 1 and reading[0].rstrip().endswith(_NUMBERING_MARKS) else reading
                for reading in readings]
    firsts = [reading[0] for reading in readings]
    openings = {L.squash(first) for first in firsts} - {""}
    for end in range(1, min(len(readings[0]), MOST_LINES_A_LABEL) + 1):
        spelled = {key for key in sequence if _named_alone(key) and any(_spells(reading[:end], key) for reading in readings)}
        if spelled:
            return spelled
        for reading in readings:
            nearest = _nearest_row(L.squash("".join(reading[:end])))
            if nearest is None or nearest[0] not in sequence or not (
                    any(_opens(piece, nearest[0]) for piece in openings)
                    or any(_numbered_as(first, nearest[0], sequence) for first in firsts)):
                continue
            key, like = nearest
            if not any(other != key and value > like for other, value in named.items()):
                named[key] = max(like, named.get(key, 0.0))
    return set(named)


def _numbered_as(piece: str, key: str, sequence: Sequence[str]) -> bool:
    """Whether a label piece opens with row `key`'s own numbering in its group (`4.大` of 4.无正当理由大量反复申请
    printed `4.大量反复申请`): the label opens there, whatever words it left off."""
    numbers = _numbering_and_place(piece, key, sequence)
    return numbers is not None and numbers[0] == numbers[1]


_NUMBERING_MARKS = (".", "．", "、")


def _opens(piece: str, key: str) -> bool:
    """Whether the row's label may open with the (squashed) piece: the piece stands among its first glyphs, a first
    word left off (`国家` of 属于国家秘密 printed `国家秘密`)."""
    return any(piece in variant[: len(piece) + 2] for variant in L.APPLICATION_ROWS[key][0])


def _short_pieces_down_three_lines(rows: list[Row], last: Callable[[Row], str | None]) -> bool:
    """Whether three rows in a row have label pieces two characters wide or less (numbering aside) by both readings
    (`_last_piece`, `_spaced_piece`), the second and third printing no figure: what a row down a narrow column needs
    (`_down_a_narrow_column`; a line with figures opens a row), asked before any run is spelled. (A wide label's
    characters spaced, `6 . 属` / `于 四` / `类 过 程`, are narrow word by word only.) `last`: a row's
    `_last_piece`."""
    in_a_row = 0
    for row in rows:
        if not (_narrow(last(row)) and _narrow(line_fact(row, "spaced piece", _spaced_piece))):
            in_a_row = 0
            continue
        in_a_row = 1 if row.has_figures() else in_a_row + 1
        if in_a_row >= 3:
            return True
    return False


def _numbered_otherwise(piece: str | None, key: str, sequence: Sequence[str]) -> bool:
    """Whether a row's own label piece (`_last_piece`) opens with a sub-row's numbering other than row `key`'s place
    in its group (`1.国  20  20` taken for 2.其他法律…, its label read with the lines after it): the line opens another
    row. Only a piece of a narrow column (two glyphs or fewer past the numbering): a wide label's numbering may be a
    wrapped line's or a heading's."""
    if not piece or not piece[0].isdigit():
        return False  # no numbering (`_NUMBERED_RE` opens on a digit): most pieces, asked of every row found
    if len(L.squash(piece)) > 2:
        return False  # a wide label's piece (`1.属于国家秘密`): asked before the row's place is looked up
    numbers = _numbering_and_place(piece, key, sequence)
    return numbers is not None and numbers[0] != numbers[1]


def _numbering_and_place(piece: str, key: str, sequence: Sequence[str]) -> tuple[int, int] | None:
    """The sub-row numbering a label piece opens with (`4.大`: 4) and row `key`'s place in its group in `sequence`;
    None where the piece opens with none or the row is no sub-row."""
    numbered = _NUMBERED_RE.match(piece)
    if numbered is None:
        return None  # most pieces: asked of every row found
    prefix = next((prefix for prefix in _SUB_ROW_PREFIXES if key.startswith(prefix)), None)
    if prefix is None or key not in sequence:
        return None
    return int(numbered.group(1)), [other for other in sequence if other.startswith(prefix)].index(key) + 1


def _ends_its_label(lines: Sequence[Row], key: str, last: Callable[[Row], str | None]) -> bool:
    """Whether the last of `lines` ends row `key`'s label, lines before it printing no figure its first pieces (a
    row printing nothing found by its label's last line: `二、上年结转政府信息` / `公开申请数量`). `last`: a row's
    `_last_piece`."""
    pieces = [last(row) for row in lines]
    return any(None not in pieces[first:] and not any(row.has_figures() for row in lines[first:])
               and _spells(pieces[first:], key) for first in range(max(0, len(lines) - MOST_LINES_A_LABEL), len(lines) - 1))


def _down_a_narrow_column(pieces: Sequence[str]) -> bool:
    """Whether a row's label pieces are those of a column two characters wide: three lines or more, none longer
    (its numbering aside). Only such a column proves the layout (LibreOffice fitting a DOCX table to the page);
    a wide label wrapped once or twice (`3.补正后申请内容仍不` / `明确`, a table laid from HTML) proves nothing."""
    return len(pieces) >= 3 and all(map(_narrow, pieces))


def _narrow(piece: str | None) -> bool:
    """Whether a line's label piece is two glyphs wide or less (its numbering aside), a narrow column's."""
    return piece is not None and len(L.squash(piece)) <= 2


def figures_after_the_label(row: Row) -> list[Decimal] | None:
    """A pipe row's figures after its label's last character, a figure glued to the label in its cell too
    (`| 理结 （三 | 1.属 2 |  |  |  | 2 |`), in order; None where a word there is no count (a blank mark)."""
    words = " ".join(cell.text for cell in row.cells).split()
    last = max((at for at, word in enumerate(words) if any("\u4e00" <= char <= "\u9fff" for char in word)), default=-1)
    after = words[last + 1 :]
    if not after or not all(map(_is_count, after)):
        return None
    return [read_count(word).value for word in after]


def anywhere_then_the_total(figures: list[Decimal], width: int) -> list[tuple]:
    """The readings of a row of `width` columns printing `figures` in order, a blank cell printing nothing: the
    last figure its total, where the others add up to it, the others in any applicant columns in order."""
    *parts, total = figures
    if not parts or sum(parts) != total:
        return []
    readings = []
    for columns in combinations(range(width - 1), len(parts)):
        reading: list[Decimal | None] = [None] * (width - 1)
        for column, value in zip(columns, parts, strict=True):
            reading[column] = value
        readings.append((*reading, total))
    return readings
