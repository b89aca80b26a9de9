"""Table 3's total column cut at the page's edge with its name (`总` of 总计), in aligned text.

LibreOffice keeps a web page's table as wide as the page set it, and its PDF cuts the part wider than
the paper: the header shows its six applicant columns whole and 总计 as its first character, `总`, and
each row's total as its first characters (`1,` of 1,163, `55` of 553, `4` of 4). A text read from such a
PDF (`pdftotext -layout`) packs the header's words of a line one after another, so where `总` stands
says nothing; what the page proves is the order: every row's figures past the six shown columns are its
total's text, cut or whole. `application_table.read_applications` places the six by the header and keeps the total's
text apart; the total is then its parts' sum (`_total_from_its_parts`), checked here against that text:

* its text the sum's leading characters (`1,` / `55` for 1,163 / 553) as the page prints figures: the sum,
  `recovered` — the cut figure is never read, and nothing on the page but the row's rule says the rest. A
  separator is a character of the text as printed (`２，６` is the head of 2,672, never of 267), and where the
  page groups thousands the sum is compared grouped (`12` is no head of 1,234), where it prints them plain,
  plain; a page that shows neither (no figure of four digits) or both proves no form, and the text must then
  be the head of the sum in each (`1` of 1,234, but not `12`);
* its text the sum itself, and narrower than the page lets a figure show (another row of the table shows
  more digits in the column): the figure ended before the edge, a `value` as printed;
* anything else (a text no leading part of the sum): `unknown`, the report does not add up or was cut
  elsewhere.

A row whose cells wrap over two lines in their narrow columns (`pieces_across_their_rows`): LibreOffice sets a
cell's text from its left edge and centres a cell of one line in its row, so `pdftotext -layout` writes the
wrapped cells' first lines above the row's own line and their second lines below it, each pair sharing its left
edge (`１,１２` / the row's other cells / `０` for 1,120; the cut total's `１` / … / `２` for 1,123). Such pieces are
the row's: read where the text proves them (module doc of that function), else left as rows.py marked them. A cut
total's second glyph proves its sum only where the column breaks the line, the same place for every wrapped total
of the column (LibreOffice breaks a figure where the column's width ends; on its renditions an ASCII comma is 0.32
of a wide digit, so `１,０` fits where `５２` does and `５２７` does not): `６` opening the second line of 16,065
is in 16,075 too, after its head, but not where the line breaks (`１６,０` / `７５`).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from decimal import Decimal

from ..core import labels as L
from .cells import BLANK, RECOVERED, UNKNOWN, VALUE, read_count
from .record import Cell
from .rows import CUT, STACKED, RawCell, Row, cell_parts, figure_parts

TOTAL_NAME = L.APPLICANTS["total"][0]
_SPANNING = ("法人或其他组织", "申请人情况")


def names_a_cut_total(header_rows: Iterable[Row]) -> bool:
    """The header prints the total's name cut short (`总`, a word of its own) and nowhere whole."""
    words = [L.squash(part.text) for row in header_rows for whole in row.cells for part in cell_parts(whole)]
    words = [word for word in words if word and word not in _SPANNING]
    return not any(TOTAL_NAME in word for word in words) and any(
        len(word) < len(TOTAL_NAME) and TOTAL_NAME.startswith(word) for word in words)


def total_apart(values: list[RawCell], visible: list[float]) -> tuple[list[RawCell], RawCell] | None:
    """A row on the header's page: its figures but the last, and the last, when the last alone stands past
    the shown columns (by more than half a column, as `_place_under_visible_columns` asks) and on the row's
    own line; None otherwise."""
    parts = figure_parts([value for value in values if not value.is_empty])
    if not parts or any(part.x is None for part in parts):
        return None
    edge = visible[-1] + (visible[-1] - visible[-2]) / 2
    past = [part for part in parts if part.x > edge]
    if len(past) != 1 or past[0] is not parts[-1] or past[0].x < max(part.x for part in parts):
        return None
    return parts[:-1], parts[-1]


def one_a_column(parts: list[RawCell], columns: int) -> bool:
    """`parts` are a figure or blank mark for each of `columns` columns, all on one line, each read whole:
    in order, they are those columns' cells, wherever the header's words stand (`pdftotext -layout` packs
    a header line's words one after another, so their positions may stand columns off)."""
    return len(parts) == columns and len({part.line for part in parts}) == 1 \
        and not any(part.problem or read_count(part.text).state not in (VALUE, BLANK) for part in parts)


def total_wholly_cut(rows: Iterable[Row], shown: int) -> bool:
    """A table whose header shows its `shown` applicant columns, 总计 cut whole: its blank cells print a mark
    (`/`, `—`: a cell with nothing to count prints something), and no row prints more figures than the shown
    columns on a line (no total's text stands past them). Then a row printing `shown` figures on one line
    (`one_a_column`) prints its shown columns' cells, in order."""
    marked = False
    for row in rows:
        parts = figure_parts([value for value in row.values() if not value.is_empty])
        lines: dict[int, int] = {}
        for part in parts:
            lines[part.line] = lines.get(part.line, 0) + 1
            marked = marked or read_count(part.text).state == BLANK
        if any(count > shown for count in lines.values()):
            return False
    return marked


def later_row_in_order(row: Row, width: int) -> tuple[list[RawCell], RawCell] | None:
    """A row on a later page, which repeats no header: its figures in order when they are `width` on one
    line (`one_a_column`), the last its total's text, maybe cut: a page that prints every cell leaves no
    other reading. None otherwise."""
    parts = figure_parts([value for value in row.values() if not value.is_empty])
    if len(parts) != width or not one_a_column(parts[:-1], width - 1) or parts[-1].line != parts[0].line:
        return None
    return parts[:-1], parts[-1]


def _digits(text: str) -> str:
    return "".join(L.normalize_text(text).split())


def _as_printed(raw: RawCell) -> str:
    """A cut total's text as the page printed it, its separators kept (`1,23`, `２，６` as `2,6`)."""
    return _digits(raw.printed or raw.text)


_GROUPED_RE = re.compile(r"\d,")  # a digit and a separator: figures grouped by thousands (`1,234`, cut `1,`)
_PLAIN_RE = re.compile(r"\d{4}")  # four digits in a run: a figure of thousands printed plain (`1234`)


def thousands_grouped(printed: Iterable[RawCell]) -> bool | None:
    """Whether the page prints figures grouped by thousands (`1,234`: True), plain (`1234`: False), or
    either (None: no figure of four digits, or both kinds): from the texts of its table's cells, the cut
    totals' ones among them (`1,` of 1,163 shows grouping, `1234` of 12,345 shows none)."""
    grouped = plain = False
    for raw in printed:
        text = _as_printed(raw)
        grouped = grouped or bool(_GROUPED_RE.search(text))
        plain = plain or bool(_PLAIN_RE.search(text))
    return grouped if grouped != plain else None


def _as_the_page_prints(value: int, grouped: bool | None) -> list[str]:
    """Every way the page may print `value` (module doc)."""
    forms = {False: str(value), True: f"{value:,}"}
    return [forms[grouped]] if grouped is not None else list(forms.values())


def leads_the_sum(printed: RawCell, summed: int, grouped: bool | None) -> bool:
    """Whether a total's text cut at the page's edge is the leading characters of `summed` as the page prints
    it (module doc), `grouped` the table's `thousands_grouped`."""
    return printed.problem != UNPROVEN_TAIL and all(
        form.startswith(_as_printed(printed)) for form in _as_the_page_prints(summed, _grouped(printed, grouped)))


def _grouped(printed: RawCell, grouped: bool | None) -> bool | None:
    """The text's own separator, or four digits in a run, says how its total printed, whatever the table."""
    return here if (here := thousands_grouped([printed])) is not None else grouped


def widest_whole_digits(printed: Iterable[RawCell]) -> int:
    """The most digits a total's text of the table shows in the cut column (texts of digits and separators;
    LibreOffice sets a table's columns alike on every page, and the paper ends at the same place): the edge
    lies past where its last digit starts, so a text of digits only, and fewer, ended before it (a separator
    only widens the text it stands in)."""
    return max((sum(map(str.isdigit, text)) for raw in printed if _FIGURE_TEXT_RE.fullmatch(text := _as_printed(raw))),
               default=0)


_FIGURE_TEXT_RE = re.compile(r"\d[\d,]*")


def total_as_printed(total: Cell, parts: list[Cell], printed: RawCell, widest: int,
                     grouped: bool | None = None) -> str | None:
    """`total` (set to its parts' sum and recovered, or left unknown) checked against its printed text in
    the cut column (module doc); `widest`: `widest_whole_digits` of its table; `grouped`: `thousands_grouped`
    of its table. Changes the cell in place and says why, when it turns unknown; else None."""
    if printed.problem == UNPROVEN_TAIL:
        if total.state == RECOVERED:
            total.value, total.state = None, UNKNOWN
            return UNPROVEN_TAIL
        return None
    text = _digits(printed.text)
    read = read_count(printed.text) if not printed.problem else None
    if read is not None and read.state == BLANK:
        if total.state == RECOVERED and total.value:
            total.value, total.state = None, UNKNOWN
            return f"its total printed blank ({printed.text.strip()!r}), its parts adding up to more"
        if all(cell.state in (VALUE, BLANK) for cell in parts) and not any(cell.value for cell in parts):
            total.value, total.state = None, BLANK
        return None
    whole = read is not None and read.state == VALUE and text.isdigit() and len(text) < widest
    if total.state == RECOVERED:
        summed = int(total.value)
        if whole and read.value == summed:
            total.state = VALUE
            return None
        if not whole and leads_the_sum(printed, summed, grouped):
            return None
        total.value, total.state = None, UNKNOWN
        return f"its total's text {(printed.printed or printed.text).strip()!r} is no leading part of its parts' " \
            f"sum as the page prints it ({' and '.join(_as_the_page_prints(summed, _grouped(printed, grouped)))})"
    if total.state == UNKNOWN and whole and all(cell.state in (VALUE, BLANK) for cell in parts) \
            and sum((cell.value or Decimal(0) for cell in parts), Decimal(0)) == read.value:
        total.value, total.state = read.value, VALUE
    return None


def _left(cell: RawCell) -> float:
    """The glyph column where a cell's text starts (a cut figure's as printed: `１,１２`, its text `１１２`)."""
    return cell.x_glyphs - len(cell.printed or cell.text) / 2


def _lacks(printed: str) -> int:
    """How many digits a figure cut in its last group of thousands lacks (`１,１２`: 1), 0 if none."""
    cut = _CUT_GROUP_RE.fullmatch(L.normalize_text(printed).strip())
    return 3 - len(cut.group(1)) if cut else 0


_CUT_GROUP_RE = re.compile(r"\d{1,3}(?:,\d{3})*,(\d{0,2})")


def _top_line(form: str, column: float, comma: float) -> int:
    """How many characters of `form` the top line of a cell `column` digits wide holds, a separator `comma` of a
    digit wide (a wide digit one): as many as fit, one at least (LibreOffice breaks a figure anywhere)."""
    width, kept = 0.0, 0
    for char in form:
        width += 1.0 if char.isdigit() else comma
        if width > column + 1e-9:
            break
        kept += 1
    return max(kept, 1)


# The widths a column and a separator may have, in digits: the separator is narrower than a wide digit on the
# renditions (an ASCII comma beside wide digits) and may be as wide as one (a wide `，`, or a text of one
# glyph a character).
_COLUMNS = tuple(step / 20 for step in range(20, 201))
_COMMAS = (0.2, 0.25, 0.3, 0.32, 0.35, 0.4, 0.5, 0.6, 0.75, 1.0)


def _tail_at(form: str, column: float, comma: float) -> str | None:
    """The first character of the second line of `form` wrapped in a column so wide, None where it fits."""
    kept = _top_line(form, column, comma)
    return form[kept] if kept < len(form) else None


def _head_and_tail_in(summed: int, head: str, tail: str) -> bool:
    """Whether the glyphs of a total wrapped over two lines and cut at the page's edge could be of `summed` at all:
    the head its leading characters and the tail somewhere after them, in a form the page may print (a figure of
    two characters or more). Where they cannot, the row's pieces are not its (left unread); where they can, where
    the line breaks is still to prove (`_head_and_tail_of`)."""
    head, tail = _digits(head), _digits(tail)
    return any(len(form) >= 2 and form.startswith(head) and bool(tail) and tail in form[len(head):]
               for form in _as_the_page_prints(summed, None))


Width = tuple[float, float, bool]  # a column's width and a separator's, in digits; whether figures are grouped


def _wraps_explained(wraps: list[tuple[int, str, str]], grouped: bool | None) -> set[Width]:
    """The widths of a cut column and of a separator, and the page's grouping (`grouped`: its table's
    `thousands_grouped`, None for either), under which every wrapped total `(sum, head, tail)` of the column is
    its sum as the page prints it, its head the first glyph and its tail the first glyph of its second line:
    one column, one separator, one grouping for them all."""
    widths = set()
    for grouping in ((False, True) if grouped is None else (grouped,)):
        forms = [(_as_the_page_prints(summed, grouping)[0], _digits(head), _digits(tail)) for summed, head, tail in wraps]
        for column in _COLUMNS:
            for comma in _COMMAS:
                if all(form.startswith(head) and _tail_at(form, column, comma) == tail for form, head, tail in forms):
                    widths.add((column, comma, grouping))
    return widths


def _head_and_tail_of(summed: int, head: str, tail: str, others: list[tuple[int, str, str]],
                      grouped: bool | None) -> bool:
    """Whether a total wrapped over two lines and cut at the page's edge, its lines showing `head` and `tail`,
    is `summed` as the page prints it (`grouped`: the table's `thousands_grouped`), its column's other wrapped
    totals `others` (their sums and glyphs): the head its leading characters, and the tail its character where
    the line breaks, under every width of the column (and of a separator) and grouping that explains the others
    and its own wrapping — one column width for them all. A tail anywhere after the head proves nothing (`４` of
    8,344 is in 8,244 too), nor a total that alone wraps in its column (nothing shows where its line breaks)."""
    head, tail = _digits(head), _digits(tail)
    if not others or not head or not tail:
        return False
    widths = [(_as_the_page_prints(summed, grouping)[0], column, comma)
              for column, comma, grouping in _wraps_explained(others, grouped)]
    widths = [(form, column, comma) for form, column, comma in widths if _tail_at(form, column, comma) is not None]
    return bool(widths) and all(form.startswith(head) and _tail_at(form, column, comma) == tail
                                for form, column, comma in widths)


def pieces_across_their_rows(rows: list[Row], shown: int = len(L.APPLICANT_KEYS) - 1) -> tuple[list[Row], list[RawCell]]:
    """Aligned text of LibreOffice's page whose header names its total cut at the page's edge
    (`names_a_cut_total`): a row whose line prints no figure in a column where the lines just above and below
    print the pieces rows.py left unread (`STACKED`, `CUT`), each pair sharing its left edge, the lines above
    and below holding no other figure (a margin heading's words may stand there). The pair is the row's cell
    wrapped over two lines (module doc). It is read where the text proves it:

    * a figure cut in its last group of thousands (`１,１２`) over a piece of exactly the digits it lacks
      (`０`): one figure, `１,１２０`, on the row's line;
    * the pair right of every other cell, in a row that then prints its `shown` applicant cells on its line
      (a figure or mark each, `one_a_column`): the total's text, cut at the page's edge — its top piece, as the
      first characters of the total, where the parts' sum as the page prints it opens with the top piece and
      shows the bottom one after it (the cut-total readers then check it against the sum, as any cut total's).
      The bottom piece proves the sum only at the place the column breaks its line: one column width (and one
      width of a separator, one grouping) must explain every other wrapped total of the column, and at every
      such width the sum's glyph where the line breaks must be the bottom piece (`_head_and_tail_of`); else the
      total's text is marked UNPROVEN_TAIL and the total is unknown, the row's other cells read;

    else the row and its pieces are left as they are (unknown). A line of pieces next to another row's line of
    figures (two lines off: the pieces may be that row's) mends nothing. The rows returned are new where mended,
    the list given is not changed; beside them, the figures joined from pieces (to be marked recovered: read
    from pieces, they are never evidence that a rule passes)."""
    if not any(cell.problem in (STACKED, CUT) for row in rows for cell in row.cells):
        return rows, []  # most tables: no piece left unread
    header = []
    for row in rows:
        if any(not cell.is_empty for cell in row.values()):
            break
        header.append(row)
    if not names_a_cut_total(header) or _rest_of_the_name_shown(header):
        return rows, []
    by_line = {row.line: row for row in rows if row.aligned and row.cells}
    mended: dict[int, Row] = {}  # line → its row, mended
    joined: list[RawCell] = []
    proposed: list[tuple[int, dict[int, Row], list[RawCell], tuple[int, str, str]]] = []  # checked below
    for row in rows:
        if not row.aligned or not row.label_cells() or row.line in mended \
                or any(cell.problem for cell in row.values()):
            continue
        above, below = by_line.get(row.line - 1), by_line.get(row.line + 1)
        if above is None or below is None or above.line in mended or below.line in mended \
                or _a_rows_figures(by_line.get(row.line - 2)) or _a_rows_figures(by_line.get(row.line + 2)):
            continue
        tops, bottoms = _pieces(above), _pieces(below)
        if not tops or tops is None or bottoms is None or len(tops) != len(bottoms):
            continue
        pairs = list(zip(tops, bottoms))
        if any(abs(_left(top) - _left(bottom)) > 0.5 for top, bottom in pairs):
            continue
        own = row.filled_values()
        if any(_left(cell) - 1 <= _left(top) <= _left(cell) + len(cell.printed or cell.text) + 1
               for top, _ in pairs for cell in own):
            continue  # the row prints something in the pair's column: no piece of its
        read = _read_pairs(pairs, own, row.line, shown)
        if read is None:
            continue
        cells, wrap = read
        mends = {row.line: row.with_cells(sorted([*row.cells, *cells], key=lambda cell: cell.x_glyphs or -1))}
        for line, pieces in ((above.line, tops), (below.line, bottoms)):
            taken = {id(piece) for piece in pieces}
            mends[line] = by_line[line].with_cells([cell for cell in by_line[line].cells if id(cell) not in taken])
        mended.update(mends)
        proposed.append((row.line, mends, cells, wrap))
    grouped = thousands_grouped(cell for row in rows for cell in row.values()  # a text of one word each (`５２２ ０`
                                if len((cell.printed or cell.text).split()) == 1)  # is two figures, not 5220)
    mended = {}
    for index, (line, mends, cells, wrap) in enumerate(proposed):
        *figures, head = cells
        if not _head_and_tail_of(*wrap, [other for at, (*_, other) in enumerate(proposed) if at != index], grouped):
            mends[line] = mends[line].with_cells([  # its other cells are read, its total's text proves nothing
                RawCell(cell.text, cell.line, cell.x, cell.gap, cell.columns, cell.x_glyphs, UNPROVEN_TAIL, cell.printed)
                if cell is head else cell for cell in mends[line].cells])
        mended.update(mends)
        joined += figures
    mended.update(_unproven_wraps_unread(rows, by_line, mended))
    if not mended:
        return rows, []
    kept = []
    for row in rows:
        if by_line.get(row.line) is not row or row.line not in mended:
            kept.append(row)
        elif mended[row.line].cells:  # a line of pieces alone, all taken, is gone
            kept.append(mended[row.line])
    return kept, joined


UNPROVEN_TAIL = ("a cut total wrapped over two lines whose second line's glyph is not where its column breaks the "
                 "line for the column's other wrapped totals: its text proves no total")
WRAPPED = ("a figure wrapped over two lines round its row's line (`３,８２` / `５`), its row not proven (blank cells "
           "printing nothing, or a cut total whose glyphs do not lead its parts' sum): not read")


def _unproven_wraps_unread(rows: list[Row], by_line: dict[int, Row], mended: dict[int, Row]) -> dict[int, Row]:
    """The lines below rows `pieces_across_their_rows` left as they were, where the line above holds a figure
    cut in its last group of thousands (`３,８２`) and the line below, from the same left edge, exactly the
    digits it lacks (`５`): the figure wrapped round the row's line, which prints nothing in its column (its
    blank cells printing nothing, say). The piece below is no figure of its own, though rows.py may not have
    marked it (a piece of one digit under a cut figure, not a stacked digit): it and every piece below sharing
    its left edge with a piece above (the cut total's) are unknown, never read as the row's figures (`５`
    for 3,825). Line → its row, the pieces marked."""
    marked: dict[int, Row] = {}
    for row in rows:
        if not row.aligned or not row.label_cells() or row.line in mended:
            continue
        above, below = by_line.get(row.line - 1), by_line.get(row.line + 1)
        if above is None or below is None or below.line in mended or above.label_cells() or below.label_cells():
            continue
        tops = [cell for cell in above.values() if not cell.is_empty and cell.x_glyphs is not None]
        own = row.filled_values()
        proven = [top for top in tops if top.problem == CUT and top.printed and (lacking := _lacks(top.printed))
                  and not any(_left(cell) - 1 <= _left(top) <= _left(cell) + len(cell.printed or cell.text) + 1
                              for cell in own)
                  and any(abs(_left(top) - _left(bottom)) <= 0.5 and (rest := _digits(bottom.text)).isdigit()
                          and len(rest) == lacking for bottom in below.values() if bottom.x_glyphs is not None)]
        if not proven:
            continue
        cells = [RawCell(cell.text, cell.line, cell.x, cell.gap, cell.columns, cell.x_glyphs, WRAPPED, cell.printed)
                 if not cell.is_empty and cell.x_glyphs is not None and cell.problem is None
                 and any(abs(_left(top) - _left(cell)) <= 0.5 for top in tops) else cell
                 for cell in below.cells]
        if any(new is not old for new, old in zip(cells, below.cells)):
            marked[below.line] = below.with_cells(cells)
    return marked


def _a_rows_figures(row: Row | None) -> bool:
    """A row's label and figures on one line."""
    return row is not None and bool(row.label_cells()) and any(not cell.is_empty for cell in row.values())


def _rest_of_the_name_shown(header_rows: Iterable[Row]) -> bool:
    """The header prints the rest of the total's name as a word of its own (`总` / `计` stacked a character a line
    in a narrow column, as Chromium wraps it): the column is not cut, its name wrapped."""
    return any(TOTAL_NAME.endswith(word) for row in header_rows for whole in row.cells for part in cell_parts(whole)
               if (word := L.squash(part.text)) and not TOTAL_NAME.startswith(word))


def _pieces(row: Row) -> list[RawCell] | None:
    """The unread pieces of a line of pieces alone (None where it prints another figure or mark), left to right."""
    values = row.filled_values()
    if any(cell.problem not in (STACKED, CUT) or cell.x_glyphs is None or len(cell.text.split()) != 1
           for cell in values):
        return None
    return sorted(values, key=lambda cell: cell.x_glyphs)


def _read_pairs(pairs: list[tuple[RawCell, RawCell]], own: list[RawCell], line: int,
                shown: int) -> tuple[list[RawCell], tuple[int, str, str]] | None:
    """The cells the pairs give their row (`pieces_across_their_rows`), with its wrapped total's parts' sum, head
    and tail, to be checked against the column's other wrapped totals (`_head_and_tail_of`); None where a piece
    is not proven, or the head does not lead the sum."""
    joined, head = [], None
    for index, (top, bottom) in enumerate(pairs):
        lacking = _lacks(top.printed) if top.printed else 0  # rows.py kept a cut figure's text as printed
        rest = _digits(bottom.text)
        if lacking and bottom.problem == STACKED and rest.isdigit() and len(rest) == lacking:
            text = top.printed + bottom.text.strip()
            joined.append(RawCell(text, line, top.x, columns=top.columns, x_glyphs=_left(top) + len(text) / 2))
        elif index == len(pairs) - 1 and not top.printed and top.problem == STACKED and bottom.problem == STACKED \
                and all(cell.x_glyphs < top.x_glyphs for cell in own):
            head = top
        else:
            return None
    parts = figure_parts(sorted([*own, *joined], key=lambda cell: cell.x_glyphs))
    if head is None or not one_a_column(parts, shown):
        return None
    summed = sum(int(read.value) for part in parts if (read := read_count(part.text)).state == VALUE)
    if not _head_and_tail_in(summed, head.text, pairs[-1][1].text):
        return None
    return [*joined, RawCell(head.text, line, head.x, columns=head.columns, x_glyphs=head.x_glyphs)], \
        (summed, head.text, pairs[-1][1].text)

