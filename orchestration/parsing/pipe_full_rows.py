"""Table 3's short pipe rows placed by the pipe cells of their page's full rows (markitdown's grid of a PDF's table).

markitdown sets one grid of pipe columns for each page, at clusters of the left edges of the page's words, and
puts each word in the pipe cell its left edge falls in: two neighbouring columns whose words start close together
share one pipe cell, their words in left-to-right order (`| 2 0 | 0 0 | 1 | 0 3 |`). A word's left edge depends on
its column and, in a cell that is centred or right-aligned, on its width: two words of one column and one width
stand at one left edge, in whatever alignment.

So where the page's rows printing a word in each column (its full rows) all put the same number of words in each
pipe cell, two or more in some (columns merged as only a grid of the page merges them alike in every row; one word a
cell is also what a converter writing each row's words one after the other writes), every column's words of those widths fall in one pipe cell, the same for every row of the page. A row
printing fewer words (the report left some cells blank, or a blank printed nothing) whose words have widths the full
rows show in every column reads a pipe cell holding as many words as its full rows' as those columns in order;
a cell holding fewer words is unknown (which of its columns printed nothing is not known). A figure of a width its
column's full rows do not show starts elsewhere than theirs: wider, at or left of their left edge (a centred or
right-aligned cell), so in their pipe cell or one before it; narrower, in it or one after. Each word of the row then
stands in the columns its width allows, the words in order one a column: a column every such placing gives the same
word reads it (`| 16 0 | 0 0 |` under full rows `| 2 0 | 0 0 |`: the 0 after 16 is 商业企业's, as wide as its full
rows' words, so 16 is 自然人's), the others are unknown. A cell holding none
printed nothing in any of its columns: they are blank, where no figure or blank mark stands on a line round the
row (a word wrapped onto a line of its own would be one of them) and the row prints in a cell after its label
(`|  | 1.属于国家秘密 | - - | - - | - |  |`, a row that lost its last cells, under full rows `| - - | - - | - | - |`).
Columns the placings leave open (a cell's words read as one figure or as two, `| 25 | 0 | 3 0 | 0 |  |` under full
rows `| 2 | 0 | 0 0 | 0 | 0 |`; two columns a cell, one word in it) are settled by the column rules: each placing as
counts, the row's own sum kept, is one of the row's readings, and a cell every reading the rules keep gives alike is
read (application_table.py).
"""
from __future__ import annotations

import re
from collections.abc import Callable
from functools import partial
from itertools import pairwise

from ..core import labels as L
from ..core import numbering as N
from . import recovery as R
from .cells import BLANK, RECOVERED, UNKNOWN, read_count
from .record import ParsedReport
from .rows import FIGURE_AFTER_A_LABELS_CHARACTER, Row, _is_figure
from .table_reading import _DASH_GLUED_TO_A_LABEL_RE, _figure_or_mark, _last_cell_of_words

MIN_FULL_ROWS = 2  # one full row's cells could be a coincidence of its own figures' widths


def _words_of_its_cells(row: Row) -> dict[int, list[str]] | None:
    """The words of each pipe cell after the row's label that holds any (by the cell's place in the row), None
    where a cell there holds anything but figures and blank marks."""
    cells = {at: cell.text.split() for at, cell in enumerate(row.cells)
             if at > _last_cell_of_words(row) and not cell.is_empty}
    return cells if all(all(map(_figure_or_mark, words)) for words in cells.values()) else None


def _a_figure_among_its_label(row: Row) -> bool:
    """Whether a cell of the row's label holds a figure (`| 1.属 1 | 0 |`: the label wrapped beside the first column,
    its first figure in the label's cell), a word of the row the grid does not place."""
    return any(_is_figure(word) for cell in row.cells[:_last_cell_of_words(row) + 1] for word in cell.text.split())


def _a_word_glued_to_its_label(row: Row) -> bool:
    """Whether a cell of the row's label ends in a figure or a dash touching its last character: a word of the
    row the grid does not place, which may be the one a cell of the row left empty lacks."""
    return any(FIGURE_AFTER_A_LABELS_CHARACTER.match(word) or _DASH_GLUED_TO_A_LABEL_RE.search(word)
               for cell in row.cells[:_last_cell_of_words(row) + 1] for word in cell.text.split())


def _width(word: str) -> tuple[int, bool]:
    """What sets a word's width in the page's font: its characters, and whether they are full-width."""
    return len(word), all(ord(char) > 0xFF for char in word)


class _Grid:
    """The pipe cells a page's full rows agree on: the words each holds (by its place in the row, in the row's
    order), the columns they print (the total's too, or the parts only where the total is cut off the page) and
    the widths of the words each column shows."""

    def __init__(self, counts: dict[int, int], widths: list[set[tuple[int, bool]]]) -> None:
        self.counts, self.widths, self.printed = counts, widths, len(widths)
        # each column's pipe cell, by the columns' order
        self.cell_of = [at for at in sorted(counts) for _ in range(counts[at])]


def _full_rows_grids(read: dict, width: int, printed_pipe_rows: dict[int, Row]) -> dict[tuple[int, int], _Grid]:
    """For each page and row width (in pipe cells), the grid its full rows agree on: rows read in order without a
    problem whose words are one a printed column, all columns but a cut total at least, each as markitdown set it in
    its page's grid (`printed_pipe_rows` by line: the reader drops some rows' empty cells of no column)."""
    full: dict[tuple[int, int], list[tuple[dict[int, int], list[str]]]] = {}
    for row, fitted, problem, _ in read.values():
        row = printed_pipe_rows.get(row.line, row)
        if not row.piped or problem or (cells := _words_of_its_cells(row)) is None:
            continue
        words = [word for at in sorted(cells) for word in cells[at]]
        printed = sum(raw is not None for raw in fitted)
        if len(words) != printed or printed < width - 1 or any(raw is None for raw in fitted[:printed]):
            continue
        full.setdefault((row.markdown_page, len(row.cells)), []).append(
            ({at: len(words) for at, words in cells.items()}, words))
    grids = {}
    for page, rows in full.items():
        counts = rows[0][0]
        # a grid of one word a cell is also what a converter packing each row's words to the left writes (a short
        # row's words then shift cells); cells of several words that every full row shares are markitdown's grid
        if len(rows) < MIN_FULL_ROWS or max(counts.values()) < 2 or any(other != counts for other, _ in rows):
            continue
        grids[page] = _Grid(counts, [{_width(words[column]) for _, words in rows} for column in range(len(rows[0][1]))])
    return grids


def a_figure_round_the_row(rows: list[Row], row: Row, found_lines: list[int],
                           prints: Callable[[str], bool] = _is_figure) -> bool:
    """Whether a row of the table other than `row`, between the found rows (`found_lines`) before and after it,
    prints a figure (or any word `prints` asks for): a figure wrapped onto a line of its own, or a line of figures
    no label claims (its label's lines print none)."""
    before = max((line for line in found_lines if line < row.line), default=-1)
    after = min((line for line in found_lines if line > row.line), default=1 << 30)
    return any(prints_a_figure(other, prints) for other in rows
               if other is not row and other.line is not None and before < other.line < after)


# a list's number opening a label cell, no digit after it (`3 .`, `3．`, `3 、`, `（ 3 ）`: a sub-row's numbering,
# spaced out or left on a line of its own by its wrapped words): the label's, no figure
_DIGIT_NUMBERING_OPENING_RE = re.compile(
    rf"^\s*(?:{N.OPENING_BRACKET}\s*\d+\s*{N.CLOSING_BRACKET}|\d+\s*[{N.LIST_MARKS}{N.CLOSING_BRACKETS}])(?!\s*\d)")


def prints_a_figure(row: Row, prints: Callable[[str], bool] = _is_figure) -> bool:
    """Whether a word of the row is a figure (or any word `prints` asks for), its label cells' opening numbering
    not counted."""
    labels = set(row.label_places())
    return any(prints(word) for index, cell in enumerate(row.cells)
               for word in (_DIGIT_NUMBERING_OPENING_RE.sub("", cell.text) if index in labels else cell.text).split())


def _pieces_of_one_figure(words: list[str]) -> bool:
    """Whether two neighbouring words of a pipe cell may be one figure printed as two words (`1 0` for 10): digits
    after digits, the first not a lone 0 (a count prints no leading zero)."""
    return any(first.isdigit() and second.isdigit() and L.normalize_text(first) != "0"
               for first, second in pairwise(words))


def _columns_a_word_may_stand_in(grid: _Grid, at: int, word: str) -> list[int]:
    """The printed columns whose words the grid could set in pipe cell `at` as wide as `word` (`_width`): those whose
    full rows show its width, in their own cell; a word wider than one of theirs of its kind (full-width or not)
    starts at or left of it, in their cell or one before; narrower, in theirs or one after; a word no full row's
    compares with (of the other kind) anywhere."""
    length, full = _width(word)
    columns = []
    for column, home in enumerate(grid.cell_of):
        seen = [size for size, kind in grid.widths[column] if kind == full]
        # as wide as one of theirs: both, in their cell
        fits = (at <= home or not any(length >= size for size in seen)) \
            and (at >= home or not any(length <= size for size in seen))
        if fits:
            columns.append(column)
    return columns


def _placings(options: list[list[int]]) -> list[tuple[int, ...]]:
    """Every choice of a column for each word from its options, left to right (at most the ways of choosing the
    words' columns among the template's: 35)."""
    ways: list[tuple[int, ...]] = []

    def place(index: int, chosen: tuple[int, ...]) -> None:
        if index == len(options):
            ways.append(chosen)
            return
        for column in options[index]:
            if not chosen or column > chosen[-1]:
                place(index + 1, (*chosen, column))

    place(0, ())
    return ways


def _readings_by_width(cells: dict[int, list[str]], columns_of: Callable[[int, str], list[int]],
                       printed: int) -> list[list[str | None]]:
    """The row's word in each of the `printed` columns (None: none), for each placing of its words in the columns
    their cells and widths allow (`columns_of(cell, word)`), in order, one a column."""
    words = [(at, word) for at in sorted(cells) for word in cells[at]]
    ways = _placings([columns_of(at, word) for at, word in words])
    return [[next((word for (_, word), chosen in zip(words, way, strict=True) if chosen == column), None)
             for column in range(printed)] for way in ways]


def _counts_of(reading: list[str | None]) -> R.Reading:
    """A reading's words as counts (a blank mark, or no word, blank)."""
    return tuple(None if word is None else read_count(word).value for word in reading)


def _widths_seen(read: dict, printed: int, printed_pipe_rows: dict[int, Row]
                 ) -> dict[tuple[int, int], list[set[tuple[int, tuple[int, bool]]]]]:
    """For each page and row width (in pipe cells), each column's words in the rows printing one in every one of the
    `printed` columns (the total too, or the parts only where the total is cut off the page), as (pipe cell,
    `_width`): those rows' words are the columns in order, whichever cells hold them."""
    seen: dict[tuple[int, int], list[set[tuple[int, tuple[int, bool]]]]] = {}
    for row, fitted, problem, _ in read.values():
        row = printed_pipe_rows.get(row.line, row)
        if not row.piped or problem or (cells := _words_of_its_cells(row)) is None \
                or any(raw is None for raw in fitted[:printed]):
            continue
        if len(words := [(at, word) for at in sorted(cells) for word in cells[at]]) == printed:
            columns = seen.setdefault((row.markdown_page, len(row.cells)), [set() for _ in range(printed)])
            for column, (at, word) in enumerate(words):
                columns[column].add((at, _width(word)))
    return seen


def _columns_by_widths_seen(seen: list[set[tuple[int, tuple[int, bool]]]], at: int, word: str) -> list[int]:
    """The columns whose words seen (`_widths_seen`) allow `word` in pipe cell `at`: a word's left edge in its
    column moves left as it widens (centred, right-aligned) or stays (left-aligned), so against each of the column's
    words of its kind (full-width or not) it stands in the same cell as one as wide, in the same or an earlier one
    as one narrower, in the same or a later one as one wider."""
    length, full = _width(word)
    return [column for column, words in enumerate(seen)
            if all(cell == at if size == length else cell >= at if size < length else cell <= at
                   for cell, (size, kind) in words if kind == full)]


def placings_of_rows_read_as_printed(read: dict, width: int, printed_pipe_rows: dict[int, Row],
                                     keys: list[str], total_cut: bool = False) -> dict[str, list[R.Reading]]:
    """Rows read as printed (`keys`), their total printed, that print nothing in a pipe cell among their columns:
    markitdown sets a word in the pipe cell its left edge falls in, so a figure wider than its column's words in the
    page's full rows may stand in the cell before its own, a narrower one in the cell after (`| 2 | 11 |  | 13 |`:
    11 商业企业's or 科研机构's). Each row's placings by the widths its page's full rows show in each column
    (`_columns_by_widths_seen`), in order, one a column, that keep its sum, where more than
    one does: the row's sum holds either way, so only the column rules can tell which. Not where a cell's words may
    be one figure split in two (the row is then left as read). `total_cut`: the total is cut off the page with its
    name (every row's parts printed, no total): the rows' parts are placed alike, with no sum to keep, their total
    None (as the rows read whole have it), for the column rules too (`| 6 | 2 | 12 |  | 3 | 2 |`: 12 科研机构's or
    社会公益组织's)."""
    printed = width - 1 if total_cut else width
    found: dict[str, list[R.Reading]] = {}
    seen = None  # found at the first row asked (most tables: none)
    for key in keys:
        row = printed_pipe_rows.get(read[key][0].line, read[key][0])
        if (cells := _words_of_its_cells(row)) is None or sum(map(len, cells.values())) >= printed \
                or any(map(_pieces_of_one_figure, cells.values())):
            continue
        if seen is None:
            seen = _widths_seen(read, printed, printed_pipe_rows)
        if (columns := seen.get((row.markdown_page, len(row.cells)))) is None:
            continue  # no full row of its page: no width tells where its words may stand
        readings = _readings_by_width(cells, partial(_columns_by_widths_seen, columns), printed)
        counts = [_counts_of(reading) for reading in readings]
        kept = list(dict.fromkeys((*parts, None) for parts in counts)) if total_cut else \
            list(dict.fromkeys(reading for reading in counts if R.applicant_sum_holds(reading)))
        if len(kept) > 1:
            found[key] = kept
    return found


def _placed(grid: _Grid, cells: dict[int, list[str]], empty_cells_blank: bool) -> dict[int, str] | None:
    """Column → word for the columns every placing of the row's words by their widths (`_columns_a_word_may_stand_in`)
    gives one word, and with `empty_cells_blank` an empty word (blank) for each column every placing leaves without
    one (past the row's last word in a placing, only where the total is cut, or every placing, its empty cells
    blank, keeps the row's sum); None where the row prints in a cell the grid leaves empty, no placing fits, or a
    cell's words may be one figure split in two: the row may then print as many figures as its words less one, its
    cell short of a word a blank printing nothing in place beside them (`| 1 0 | 0 0 |  | 0 |`, the total cut: no
    sum tells), and which words are whole figures in their own columns is not known."""
    if any(at not in grid.counts or _pieces_of_one_figure(words) for at, words in cells.items()):
        return None
    if not (readings := _readings_by_width(cells, partial(_columns_a_word_may_stand_in, grid), grid.printed)):
        return None
    # a column past the row's last word in some placing may be a cell the row lost at its end (or its total cut at
    # the page's edge for it alone): where the total prints and a placing, its empty cells blank, breaks the row's
    # sum, a total printed blank or cells lost, the text does not say which; such columns stay unknown
    tail_in_doubt = grid.printed == len(L.APPLICANT_KEYS) and any(
        not R.applicant_sum_holds(_counts_of(reading)) for reading in readings)
    last = min(max(column for column, word in enumerate(reading) if word is not None) for reading in readings)
    placed = {}
    for column in range(grid.printed):
        held = {reading[column] for reading in readings}
        if len(held) == 1 and ((word := held.pop()) is not None
                               or empty_cells_blank and not (tail_in_doubt and column > last)):
            placed[column] = word or ""
    return placed


MAX_GROUPINGS = 64  # ways of reading a row's cells as figures or pieces of one: a bound on the work


def _groupings(words: list[str]) -> list[list[str]]:
    """The ways of reading a pipe cell's words in order, where two neighbouring digit words may be one figure's
    pieces (`_pieces_of_one_figure`: `3 0`, 3 and 0 or 30), as figures."""
    ways = [[words[0]]]
    for word in words[1:]:
        ways = [joined for way in ways for joined in (
            [*way, word], *([[*way[:-1], way[-1] + word]] if _pieces_of_one_figure([way[-1], word]) else []))]
    return ways


def _counts_of_placings(grid: _Grid, cells: dict[int, list[str]]) -> list[R.Reading] | None:
    """The row's placings by its words' widths (`_readings_by_width`), each cell's words read every way
    (`_groupings`), as counts of all the template's columns (a column with no word blank; a total cut off the page
    None): those keeping the row's sum where its total prints. None where a
    cell is one the grid leaves empty, there are too many ways, or the total prints and a placing of the words as
    printed breaks the row's sum (a total printed blank, or cells lost: `_placed`)."""
    if any(at not in grid.counts for at in cells):
        return None
    ways: list[dict[int, list[str]]] = [{}]
    for at in sorted(cells):
        ways = [{**way, at: grouping} for way in ways for grouping in _groupings(cells[at])]
        if len(ways) > MAX_GROUPINGS:
            return None
    total_prints = grid.printed == len(L.APPLICANT_KEYS)
    counts = []
    for way in ways:  # (the first way reads every word as printed, a figure of its own)
        found = [_counts_of(reading) for reading in _readings_by_width(way, partial(_columns_a_word_may_stand_in, grid),
                                                                        grid.printed)]
        if total_prints and way is ways[0] and not all(map(R.applicant_sum_holds, found)):
            return None
        counts += [reading if total_prints else (*reading, None) for reading in found
                   if not total_prints or R.applicant_sum_holds(reading)]
    return list(dict.fromkeys(counts))


def _recovered(key: str, placed: dict[int, str], cells: dict) -> bool:
    """Row `key`'s cells `placed` (column → word) set, marked recovered (a blank mark blank), where each is unknown
    and each word a count or a blank mark."""
    targets = {column: cells.get((key, L.APPLICANT_KEYS[column])) for column in placed}
    values = {column: read_count(text) for column, text in placed.items()}
    if any(target is None or target.state != UNKNOWN for target in targets.values()) \
            or any(value.state == UNKNOWN for value in values.values()):
        return False
    for column, value in values.items():
        targets[column].value = value.value
        targets[column].state = BLANK if value.state == BLANK else RECOVERED
    return True


def short_pipe_rows_by_their_pages_full_rows(report: ParsedReport, rows: list[Row], read: dict, width: int,
                                             printed_pipe_rows: dict[int, Row]) -> dict[str, tuple[list[R.Reading], int]]:
    """The short pipe rows left wholly unknown whose words the page's full rows place (see the module's doc), each
    row as markitdown set it in its page's grid (`printed_pipe_rows` by line): the cells they place marked recovered
    (a blank mark blank), the others kept unknown. Nothing where a figure stands on a line round the row that no
    other row found claims. Returned: each such row whose printed columns the placings leave open in part, with its
    readings (`_counts_of_placings`) and the count of columns its page prints (the total's too, or its parts only),
    for the column rules; where its empty cells are blank only (a word round the row or glued to its label may be one
    of them)."""
    short = [key for key, (row, fitted, problem, _) in read.items()
             if row.piped and problem and row.line is not None and all(raw is None for raw in fitted)]
    if not short or not (grids := _full_rows_grids(read, width, printed_pipe_rows)):
        return {}
    cells = {(cell.row, cell.column): cell for cell in report.cells if cell.table == "applications"}
    found_lines = [row.line for row, *_ in read.values() if row.line is not None]
    open_rows: dict[str, tuple[list[R.Reading], int]] = {}
    for key in short:
        row = read[key][0]
        printed_row = printed_pipe_rows.get(row.line, row)
        if (grid := grids.get((printed_row.markdown_page, len(printed_row.cells)))) is None \
                or (words := _words_of_its_cells(printed_row)) is None or _a_figure_among_its_label(printed_row):
            continue
        printed = [word for at in words for word in words[at]]
        if not 0 < len(printed) < grid.printed:
            continue
        if a_figure_round_the_row(rows, row, found_lines):
            continue
        # an empty cell is blank only where no word of the row may stand on a line of its own round it
        # or glued to its label's last character
        empty_cells_blank = not a_figure_round_the_row(rows, row, found_lines, _figure_or_mark) \
            and not _a_word_glued_to_its_label(row)
        if (placed := _placed(grid, words, empty_cells_blank)) and _recovered(key, placed, cells):
            shown = {L.APPLICANT_KEYS[column]: placed[column] for column in sorted(placed)}
            as_wide = all(_width(word) in seen for word in printed for seen in grid.widths)
            how = "its words as wide as theirs" if as_wide else \
                "a figure wider than theirs in their cell or one before, narrower in theirs or one after"
            report.warn("cells_recovered", f"table 3 {key}: a converter's pipe row of {len(printed)} words for "
                        f"{grid.printed} printed columns, placed by the pipe cells its page's full rows put each column "
                        f"in ({how}; a cell holding none blank): {shown} marked recovered, the others unknown", row.line)
        targets = [cells.get((key, column)) for column in L.APPLICANT_KEYS[:grid.printed]]
        if empty_cells_blank and None not in targets and any(target.state == UNKNOWN for target in targets) \
                and (readings := _counts_of_placings(grid, words)):
            open_rows[key] = readings, grid.printed
    return open_rows
