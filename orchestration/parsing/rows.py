"""Rows of a table region: cells with their source line (and, in space-aligned text, their
display column), however the format delivered them: tabs, pipes, one cell per line, spaces."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import chain, compress, pairwise, repeat
from operator import attrgetter, itemgetter
from typing import TypeVar

from ..core import labels as L
from ..core import numbering as N
from . import recovery as R
from .cells import UNKNOWN, clean_cell_text, display_width, looks_like_value, read_count
from .formats import is_page_number, joined_row
from .piece_rows import join_pieces_round_rows
from .tokens import Line, is_prose, joined_cells
from .wrapped_digits import WIDE_DIGITS, holds_wide_digits, is_wide_digits

# ---------------------------------------------------------------- rows


@dataclass(slots=True)  # built for every cell of every row: slots make it cheaper to build and read
class RawCell:
    text: str
    line: int
    x: float | None = None  # aligned text: the display column of the cell's centre
    gap: bool = False  # an empty line: a blank cell, or the gap between two rows
    columns: Callable[[str], int] | None = None  # aligned text: how x was measured (display or glyphs)
    x_glyphs: float | None = None  # aligned text: the centre counted in glyphs (as pdftotext places them)
    problem: str | None = None  # why its figure cannot be read as printed: the cell is unknown
    printed: str | None = None  # a figure cut at a separator (`1，23`): its text as printed, `text` its digits only

    @property
    def is_value(self) -> bool:
        return looks_like_value(self.text)

    @property
    def is_empty(self) -> bool:
        return not clean_cell_text(self.text)

    @property
    def left(self) -> float:
        """Aligned text: the column where its text starts, measured as its centre `x` was."""
        return self.x - (self.columns or display_width)(self.text) / 2


# a row is itself: found by identity, never compared cell by cell. Built for every line of every table: where
# the readers build rows line by line (`build_rows`, `_aligned_row`), a row is built with its cells alone and its
# flags set after, as keywords to a dataclass's __init__ go through a dict of them (twice the cost of the build)
@dataclass(eq=False, slots=True)
class Row:
    cells: list[RawCell]
    padded: bool = False  # pipe rows: trailing empty cells are padding, not blank cells
    aligned: bool = False  # columns aligned by spaces: a cell's column is where it stands
    short_by: int = 0  # markdown: cells fewer than the table's `|---|` line has
    joined: bool = False  # cut from a crawled line: a run of digits may hold several cells
    stacked: bool = False  # built from lines of one cell each: its label may be wrapped over lines
    gaps_are_cells: bool = False  # one cell per line whose rows are not set apart by empty lines
    gaps_close_rows: bool = False  # one cell per line whose every row is closed by an empty line
    spaced: bool = False  # `label 821 35 2`: figures apart by single spaces, a blank cell leaves no trace
    lines_apart: bool = False  # one cell per line, each line followed by an empty one: a further empty line is a blank
    page: int = 0  # aligned text: the page it stands on (form feeds before it in its block)
    piped: bool = False  # a markdown row, `| a | b |`
    # markdown: its table's page, counted as the empty lines in its region above the `| --- |` rule that opened its
    # table (markitdown joins a PDF's pages by one and writes each page's table as a table of its own, each page's
    # grid its own; a table's rows after a page's footer but under no new rule go on in its grid)
    markdown_page: int = 0
    # markdown: which `| --- |` rule opened its table, counted from 1 in its region (0: no markdown table's row); rows
    # of two tables may stand in two grids (markitdown writes a PDF page's table in the grid of the words on it)
    markdown_table: int = 0
    ruled: bool = False  # `72 |64 |178 137 …`: bars among figures set apart by spaces, an OCR's reading of
    # some of a ruled table's lines; the others may be lost, or read as a `1` glued to a figure
    # its last cell, digits alone, may be an amount's first digits, the rest on the lines after it, or a cell
    # whole (`_count_or_an_amounts_head`): the item's columns decide (disclosure_table.py)
    amount_may_go_on: bool = False
    # cut at tabs (a format that knows its cells: a PDF's ruled grid, HTML, DOCX): each cell's text is one
    # cell's, a run of digits one figure; a row with fewer cells than its table lost cells, not separators
    tabbed: bool = False
    # computed once (a row's cells do not change once built)
    _label_cells: list[RawCell] | None = field(default=None, repr=False)
    _label_places: tuple[int, ...] | None = field(default=None, repr=False)  # their indexes among the cells
    _label: str | None = field(default=None, repr=False)
    _values: list[RawCell] | None = field(default=None, repr=False)
    _has_figures: bool | None = field(default=None, repr=False)
    _figures_after_label: bool | None = field(default=None, repr=False)
    _filled: list[RawCell] | None = field(default=None, repr=False)  # `filled_values`
    # a row built straight from an aligned line (`_rows_in_their_measure`): what readers work out of its cells' texts
    # and classes (`line_fact`), shared by every row of that distinct line in its measure; None once its cells change
    _line_facts: dict[str, object] | None = field(default=None, repr=False)

    @property
    def wrappable(self) -> bool:
        """Whether its label may continue on the lines before or after it (a tab, pipe or crawled
        row is whole on its line)."""
        return self.aligned or self.stacked

    @property
    def line(self) -> int:
        return self.cells[0].line if self.cells else 0

    def _classify(self) -> None:
        """Its label cells, its value cells (those after the last label cell) and whether figures
        stand among them, in one pass over the cells: every reader asks them of every row. (A row
        whole on one line has them from its line's shape: `_classified_as`.)"""
        self._classified_as(_classes([cell.text for cell in self.cells], self.padded))

    def _classified_as(self, classes: RowClasses) -> None:
        """Its classes worked out from its cells' texts (`_classes`), the row's own cells picked."""
        labels, start, end, self._figures_after_label, self._has_figures = classes
        cells = self.cells
        # (a loop, not a comprehension: Python 3.11 builds a function for each comprehension, costlier than the
        # one or two label cells a row holds; the same for `label` and `fit_values`' test below)
        label_cells = []
        for index in labels:
            label_cells.append(cells[index])
        self._label_cells = label_cells
        self._label_places = labels
        self._values = cells[start:end]

    def label_cells(self) -> list[RawCell]:
        if self._label_cells is None:
            self._classify()
        return self._label_cells

    def label_places(self) -> tuple[int, ...]:
        """The indexes of its label cells among its cells: known from its classes, else found by identity
        once (table 3's alignment asks them of every row)."""
        if self._label_places is None:
            labels = set(map(id, self.label_cells()))  # classifying it just now sets them
            if self._label_places is None:
                self._label_places = tuple(compress(range(len(self.cells)), map(labels.__contains__, map(id, self.cells))))
        return self._label_places

    @property
    def label(self) -> str:
        if self._label is None:
            label = ""
            for cell in self.label_cells():
                label += cell.text
            self._label = label
        return self._label

    def values(self) -> list[RawCell]:
        """The cells after the last label cell."""
        if self._values is None:
            self._classify()
        return self._values

    def filled_values(self) -> list[RawCell]:
        """Its value cells that print something (a figure or a blank mark), in order: table 3's readers of
        figures on lines of their own ask them of a row several times. (A list shared by the askers: not changed.)"""
        if self._filled is None:
            self._filled = printing_cells(self.values())
        return self._filled

    def has_figures(self) -> bool:
        if self._has_figures is None:
            self._classify()
        return self._has_figures

    @property
    def figures_after_label(self) -> bool:
        if self._figures_after_label is None:
            self._classify()
        return self._figures_after_label

    def with_cells(self, cells: list[RawCell]) -> Row:
        """The same row with other cells: its classes (computed once from its cells) worked out again. Every
        flag passed on in one call, in the order of the fields (`dataclasses.replace` walks the fields each time:
        ten times the cost, asked of aligned rows by the dozen a report); the fields computed once are left to their
        defaults."""
        return Row(cells, self.padded, self.aligned, self.short_by, self.joined, self.stacked, self.gaps_are_cells,
                   self.gaps_close_rows, self.spaced, self.lines_apart, self.page, self.piped, self.markdown_page,
                   self.markdown_table, self.ruled, self.amount_may_go_on, self.tabbed)


def position_in(rows: Sequence[Row], row: Row) -> int | None:
    """Where `row` itself stands in `rows` (by identity: another row may hold equal cells); None if absent."""
    try:  # a Row compares by identity (eq=False): the C-level search finds the row itself
        return rows.index(row)
    except ValueError:
        return None


_LABEL, _FIGURE, _EMPTY_VALUE = "label", "figure", "empty value"
_text_of = attrgetter("text")
_x_of = attrgetter("x")


# a cell's `is_empty` asked of each cell of a row by the readers' passes: its text cleaned (memoized) in one C-level
# pass over the cells, no property call a cell
def prints_nothing(cells: Sequence[RawCell]) -> bool:
    """Whether no cell prints anything (each `RawCell.is_empty`)."""
    return not any(map(clean_cell_text, map(_text_of, cells)))


def each_prints(cells: Sequence[RawCell]) -> bool:
    """Whether every cell prints something (none `RawCell.is_empty`)."""
    return all(map(clean_cell_text, map(_text_of, cells)))


def printing_cells(cells: Sequence[RawCell]) -> list[RawCell]:
    """The cells printing something (not `RawCell.is_empty`), in order."""
    return list(compress(cells, map(clean_cell_text, map(_text_of, cells))))


def printing_places(cells: Sequence[RawCell]) -> list[int]:
    """The places of the cells printing something (not `RawCell.is_empty`), in order."""
    return list(compress(range(len(cells)), map(clean_cell_text, map(_text_of, cells))))


@lru_cache(maxsize=1 << 16)  # one lookup per cell where looks_like_value and clean_cell_text took two
def _cell_kind(text: str) -> str:
    """A label, a figure (a value cell with something in it) or an empty value cell."""
    if not looks_like_value(text):
        # figures and blank marks merged into one cell (`3 —`, a converter's columns merged) are no label
        return _FIGURE if _words_all_values(text) else _LABEL
    return _FIGURE if clean_cell_text(text) else _EMPTY_VALUE


# a row's classes: its label cells' indexes, its values' start and end, whether figures follow its last
# label, whether it holds any figure
RowClasses = tuple[tuple[int, ...], int, int, bool, bool]


def _classes(texts: Sequence[str], padded: bool) -> RowClasses:
    """A row's classes from its cells' texts: the label cells, the cells after the last of them (a
    padded row's trailing empty cells not among them), whether figures stand there and anywhere."""
    labels = []
    last_label = last_figure = -1  # a figure: a value cell that is not empty
    for index, text in enumerate(texts):
        kind = _cell_kind(text)
        if kind is _LABEL:
            labels.append(index)
            last_label = index
        elif kind is _FIGURE:
            last_figure = index
    end = len(texts)
    if padded:
        while end > last_label + 1 and _cell_kind(texts[end - 1]) is _EMPTY_VALUE:
            end -= 1
    return tuple(labels), last_label + 1, end, last_figure > last_label, last_figure >= 0


def is_page_furniture(line: str) -> bool:
    """A page number (`— 3 —`, `第 3 页`) or a line opening a new page (a form feed, as
    `pdftotext` writes it, followed by the running header)."""
    if is_page_number(line):
        return True
    if not line.startswith("\f") or "\t" in line or _FIGURE_OPENING_A_PAGE_RE.fullmatch(line):
        return False
    text = line.strip()  # the form feed is whitespace too
    return "  " not in text and not _NUMBERED_LABEL_RE.match(text) and not _PROCEEDING_HEADING_RE.match(text) \
        and not _FIGURES_APART_RE.fullmatch(text) and not _AMOUNT_ALONE_RE.fullmatch(text) \
        and not _NUMBERED_LABEL_AFTER_A_HEADINGS_END_RE.match(text) and not _ITEM_ROW_RE.fullmatch(text)


# a blank cell's marks that are never a label's word (`无` may be)
_DASHES = "-－—–/／"
_DASH = "[" + re.escape(_DASHES) + "]"
# and `无`, a blank cell's mark where it stands as a cell of its own
_BLANK_MARKS = _DASHES + "无"


# `\f2`, `\f无`: one figure or blank mark at the very start of a page's first line, as `pdftotext` without
# -layout writes a table's next cell (that text indents nothing; a page number laid out on its own line is
# indented in -layout text, and at the foot of a page, before the form feed, in both; no running header is
# a lone blank mark)
_FIGURE_OPENING_A_PAGE_RE = re.compile(rf"\f(?:[0-9０-９]+|[{re.escape(_BLANK_MARKS)}])\s*")
_FIGURE = r"[+-]?\d+(?:[.,]\d+)*"
# figures and blank marks, two or more, one space apart
_FIGURES_AND_MARKS = rf"(?:{_FIGURE}|{_DASH})(?: (?:{_FIGURE}|{_DASH}))+"
# `209 万元`: the rest of an amount wrapped in its column, opening a new page; the unit may be in brackets (`35.72（万元）`)
_MONEY_UNITS = ("万元", "亿元", "元")  # an amount's units, longest first (a regex alternation takes the first that fits)
MONEY_UNIT = "(?:" + "|".join(_MONEY_UNITS) + ")"
_AMOUNT = rf"{_FIGURE} ?(?:{MONEY_UNIT}|[（(]{MONEY_UNIT}[）)])"
# a money unit in brackets ending a piece of text as NFKC gives it (`7905(万元)`, printed `7905（万元）`; `7905【万元】`)
_BRACKETED_UNIT_END_RE = re.compile(rf"[(\[【]({MONEY_UNIT})[)\]】]$")
_AMOUNT_ALONE_RE = re.compile(_AMOUNT)
_UNIT_ENDS = ("元", "元）", "元)")  # how a cell ending on an amount's unit ends


# `政府集中采购 17` (`pdftotext -raw`): table 2's item row, its label unnumbered, then its figures one space apart,
# opening a new page: no running header prints an item's label and figures
_ITEM_ROW_RE = re.compile("(?:" + "|".join(variant for _, variants, _ in L.DISCLOSURE_ITEMS.values()
                                           for variant in variants)
                          + rf")(?: (?:{_FIGURE}|{_DASH}|无|{_AMOUNT}))+")
# `4.无正当理由…`, `（六）其他处理`, `四、总计`: a table row opening a new page, not its running header
_NUMBERING = f"(?:{N.DIGITS_AND_LIST_MARK}|{N.BRACKETED_CHINESE_NUMERAL}|{N.CHINESE_NUMERAL_AND_COMMA}|第二十条第)"
_NUMBERED_LABEL_RE = re.compile("^" + _NUMBERING)
# `果 (二)部分公开…` (`pdftotext -raw`): the same, after the last character of its group's heading wrapped
# down the column beside it (`三、本年` / `度办理结` / `果`); or after a longer piece of that heading torn
# off by the page break (`度办理 （二）部分公开`, plain `pdftotext`): only the group headings' characters
_GROUP_HEADING_PIECE = f"[{L.GROUP_HEADING_CHARACTERS}]"
_NUMBERED_LABEL_AFTER_A_HEADINGS_END_RE = re.compile(rf"(?:\S{{1,2}}|{_GROUP_HEADING_PIECE}{{3,6}}) {_NUMBERING}")
# `行政诉讼（复议后起诉）`: table 4 printed one proceeding per table, a proceeding's heading opening a page
_PROCEEDING_HEADING_RE = re.compile(r"^行\s*政\s*(?:复\s*议|诉\s*讼)")


_MARKDOWN_RULE_RE = re.compile(r"^\s*:?-{3,}:?\s*$")
_NOT_RULE_CHARACTER_RE = re.compile(r"[^\s|:-]")


def _is_markdown_rule(line: str) -> bool:
    """`|---|:---:|`, the line under a markdown table's header (not a row of `-` blanks)."""
    # asked of every line of a table: most say no here, at C level (a rule's cell holds `---`, a row's a word or figure)
    if "|" not in line or "-" not in line or _NOT_RULE_CHARACTER_RE.search(line):
        return False
    cells = [c for c in line.strip().strip("|").split("|")]
    return all(_MARKDOWN_RULE_RE.match(c) for c in cells)


def _markdown_cells(line: str) -> int | None:
    line = line.strip()  # the bars inside the outer two, plus one: the cells (asked of every pipe row)
    return line.count("|", 1, len(line) - 1) + 1 if len(line) > 1 and line.startswith("|") and line.endswith("|") else None


def _markdown_row(lines: list[str], index: int, end: int, width: int | None) -> tuple[str, int]:
    """(the line, the index after it), joining a markdown row that a line break cut in two: when
    the first line is unfinished (`| a | b` + `c |`) or the second is no row on its own (`c | d |`);
    two lines that each look like a row (`| a |` + `| b |`) only when together they are exactly as
    wide as the table's `|---|` line says."""
    raw = lines[index].strip()
    if not raw.startswith("|") or index + 1 >= end:
        return lines[index], index + 1
    following = lines[index + 1].strip()
    if not following.endswith("|") or _is_markdown_rule(following):
        return lines[index], index + 1
    if not following.startswith("|") or not raw.endswith("|"):
        return raw + following, index + 2  # a row unfinished, or a line that is no row on its own: one row
    if width is not None and _markdown_cells(raw) != width:
        # `| a |` + `| b |`: the break fell inside an empty cell (`||`) or on a separator
        for candidate in (raw + following, raw + following[1:]):
            if _markdown_cells(candidate) == width:
                return candidate, index + 2
    return lines[index], index + 1


# a label broken off at a comma or an enumeration comma (`1. 申请人无正当理由逾期不补正,`): the sentence
# goes on in the next cell
_UNFINISHED_LABEL_RE = re.compile(r"[,，、]\s*$")


def _label_goes_on(last: RawCell, cell: RawCell) -> bool:
    """Whether `cell` carries on the label of a row that so far holds only label cells (the caller
    knows), `last` the last of them: it breaks off at a comma, and `cell` opens no row of its own
    (no numbering). Its second half alone (`行政机关不再处理其政府信息公开申请`, which （六）1 and （六）2 both
    end in) would otherwise be a row of its own, placed by a label it shares with another row."""
    return _UNFINISHED_LABEL_RE.search(last.text) is not None and _NUMBERED_LABEL_RE.match(cell.text.strip()) is None


@lru_cache(maxsize=1 << 14)  # a crawled row's piece (its label, a run of zeros) recurs from report to report
def _joined_line_cells(text: str, signed: bool) -> tuple[str, ...]:
    """`tokens.joined_cells`, worked out once a distinct piece of a crawled line (a tuple: shared, never changed)."""
    return tuple(joined_cells(text, signed))


def build_rows(lines: list[Line], start: int, end: int, labels_apart: bool = False, signed: bool = True) -> list[Row]:
    """Turn lines[start:end] into rows, whatever the layout.

    A line with several tab- or pipe-separated cells is a row. A line with a single cell (one cell
    per line, usually behind a leading tab) adds that cell to the current row; a label arriving
    after values starts a new row. An empty line (or one of full-width spaces) inside such a row
    is an empty cell: a blank cell, or the gap between two rows; the table readers tell which by
    the template's width and arithmetic. A joined line (a crawled page) is read cell by cell in the
    same way, its cells cut apart by what they are (`signed`: whether a table holds signed
    figures, tokens.joined_cells). With `labels_apart`, each label cell of one
    cell per line starts a row of its own (table 3: its labels are aligned to the template one by
    one, a label wrapped over two lines joined there).
    """
    document = lines  # a running header is told by how often it opens the document's pages
    region_lines = lines[start:end]  # only the region's lines are read: a report holds three regions
    texts = [line.text for line in region_lines]
    region = "\n".join(texts)
    if _holds_look_alikes(region):  # one scan of the region first (`工` of `工作` is enough: ~40% of reports)
        # then only its lines holding one of the characters are read again (one C-level search a line)
        region_lines = [line if not _LOOK_ALIKE_OR_QUOTE_RE.search(line.text)
                        or (text := digit_look_alikes(line.text)) is line.text else line._replace(text=text)
                        for line in region_lines]
        texts = [line.text for line in region_lines]
        region = "\n".join(texts)
    # the pattern is tried at every position of the region (~0.15 µs a character, its `^` branch allows no faster
    # scan): most hold none of its characters, nor a `+` before a rule's `-`, `=` or `:` (a change's `+5` is none)
    if ("─" in region or "━" in region or "═" in region or "+-" in region or "+=" in region or "+:" in region) \
            and _RULE_CHARS_RE.search(region):
        opened = start > 0 and _is_rule(lines[start - 1].text)  # the rule above the region's first row
        region_lines = drawn_table_lines(region_lines, opened)
        document = region_lines
        texts = [line.text for line in region_lines]
        region = "\n".join(texts)
    lines, end = region_lines, len(region_lines)
    if _is_aligned(texts, region):
        return _aligned_rows(lines, document)
    rows: list[Row] = []
    current: list[RawCell] = []
    joined = False
    has_value = False  # whether `current` holds a value cell (a figure, a blank or an empty line)
    # `current`'s classes as its cells come (Row._classify's, without a second pass): its label cells, the
    # index of its last label cell and of its last figure (an empty line's cell is neither)
    labels: list[RawCell] = []
    last_label = last_figure = -1

    def flush(then_joined: bool = False) -> None:
        nonlocal current, joined, has_value, labels, last_label, last_figure
        if current:
            row = Row(current)  # its flags set after it is built (`Row`'s note)
            row.joined, row.stacked = joined, not joined
            row._label_cells, row._values = labels, current[last_label + 1 :]
            row._figures_after_label, row._has_figures = last_figure > last_label, last_figure >= 0
            rows.append(row)
        current, joined, has_value = [], then_joined, False
        labels, last_label, last_figure = [], -1, -1

    def add_single(cell: RawCell) -> None:
        nonlocal has_value, last_label, last_figure
        kind = _cell_kind(cell.text)
        if kind is not _LABEL:  # a value cell
            has_value = True
        elif current and (labels_apart or has_value) and (has_value or not _label_goes_on(current[-1], cell)):
            flush(then_joined=joined)
        if kind is _LABEL:
            labels.append(cell)
            last_label = len(current)
        elif kind is _FIGURE:
            last_figure = len(current)
        current.append(cell)

    blanks_marked = _blank_cells_marked(texts)
    skip_to = 0
    markdown_width: int | None = None
    markdown_rule_seen = False  # `---|---`: a markdown table, whose rows are as wide as they print
    empty_lines = table_opened_after = markdown_tables = 0
    for index, (raw, line_no, line_joined) in enumerate(lines):
        if index < skip_to:
            continue
        if not raw.strip():
            empty_lines += 1
        if line_joined:
            flush(then_joined=True)  # a crawled line was unfolded where the template's rows start
            for text in _joined_line_cells(raw, signed):
                add_single(RawCell(text, line_no))
            continue
        if joined:
            flush()
        if "|" in raw:  # a markdown rule or row: most layouts have no bar at all
            stripped = raw.strip()
            if _is_markdown_rule(stripped):
                markdown_rule_seen = True
                table_opened_after = empty_lines
                markdown_tables += 1
                if rows and rows[-1].piped and not current:
                    rows[-1].markdown_page = empty_lines  # the table's first row, above its rule
                    rows[-1].markdown_table = markdown_tables
                if stripped.startswith("|"):
                    markdown_width = _markdown_cells(stripped)
            raw, skip_to = _markdown_row(texts, index, end, markdown_width)
        shape_of = _line_shape_after_rule if markdown_rule_seen else _line_shape_plain
        kind, parts, padded, printed_width, classes, ruled = shape_of(raw)
        if kind == _FURNITURE and _header_going_on(raw, document, rows, last_figure):
            kind, parts, padded, printed_width, classes, ruled = shape_of(raw.replace("\f", ""))
        if kind == _SINGLE:
            # the next two lines that print anything (`pdftotext` may set an empty line between any two), looked
            # for only where a row ends before this line on a bare figure (a single cell after a label goes on its
            # row; a row ending on a word or a mark is no amount's head, whatever the lines after it print)
            head_before = not current and rows and _ends_on_a_bare_figure(rows[-1])
            after, then = ([line.text for line in lines[index + 1 : min(end, index + 6)] if line.text.strip()]
                           + ["", ""])[:2] if head_before else ("", "")
            if head_before and (_count_or_an_amounts_head(rows[-1], parts[0], after)
                                or _amount_torn_past_a_break(rows[-1], [parts[0], after, then])):
                rows[-1].amount_may_go_on = True  # disclosure_table.py decides by the item's columns
            elif not current and rows and _rest_of_its_amount(rows[-1], parts[0]):
                last = rows[-1].cells[-1]  # `政府集中采购⇥6⇥31.4` + `82405万元`: one amount, 31.482405万元
                whole = RawCell(last.text.strip() + parts[0].strip(), last.line)
                rows[-1] = rows[-1].with_cells([*rows[-1].cells[:-1], whole])
                continue
            add_single(RawCell(parts[0], line_no))
            continue
        if kind == _GAP:
            if blanks_marked and not _marks_a_blank_cell(raw):
                continue  # the markup's indentation around every cell, not a cell
            if current:
                gap = RawCell("", line_no)  # its flag set after it is built, as a row's are (`Row`'s note)
                gap.gap = not blanks_marked
                current.append(gap)
                has_value = True
            continue
        if kind == _FURNITURE:
            continue  # `— 3 —` or a running header where a page broke the table
        if kind == _PROSE:
            flush()  # a sentence between rows (or a report with no table): no row, nor part of one
            continue
        if kind == _SPACED:
            flush()
            row = Row(list(map(RawCell, parts, repeat(line_no))))  # (each cell built at C level)
            row.spaced = True
            row._classified_as(classes)  # worked out once per distinct line
            rows.append(row)
            continue
        if current or joined:  # else nothing to flush (a pipe or tab table's rows, one a line: most of its lines)
            flush()
        if kind == _RULE:  # the line under a markdown header
            continue
        short_by = markdown_width - len(parts) if markdown_width and printed_width else 0
        row = Row(list(map(RawCell, parts, repeat(line_no))))  # its flags set after it is built (`Row`'s note)
        row.padded, row.short_by, row.piped, row.ruled, row.tabbed = \
            padded, max(short_by, 0), printed_width is not None, ruled, "\t" in raw
        row.markdown_page, row.markdown_table = table_opened_after, markdown_tables if printed_width is not None else 0
        row._classified_as(classes)
        rows.append(row)
    flush()
    if holds_wide_digits(region):  # a row of wrapped pieces prints full-width digits; most regions hold none
        rows = join_pieces_round_rows(rows)
    if _may_hold_a_cut_figure(region):
        _figures_cut_at_a_separator(rows)
    _rowspans_said_once(rows)
    _mark_gaps_as_cells(rows)
    _figure_lines_spaced_like_their_rows(rows)
    if not blanks_marked and _lines_set_apart(texts):
        for row in rows:
            row.lines_apart = row.stacked
    return rows


_CUT_AT_A_SEPARATOR_RE = re.compile(r"[+-]?\d{1,3}(?:[,，]\d{3})*[,，](\d{0,2})")
CUT = "a figure cut in its last group of thousands (`193,` / `168.00元`, `１,０` / `８０`): not read"


def _holds_a_separator(text: str) -> bool:
    """Whether `text` holds a thousands separator (two substring tests: most cells and rows hold none)."""
    return "," in text or "，" in text


def _may_hold_a_cut_figure(region: str) -> bool:
    """Whether a cell of the region's rows may be a figure cut at a separator (`_digits_it_lacks`). A cell's
    text is the region's (cut, joined): no digit before a separator there, in no cell; but a markdown cell's
    `<br>` between two full-width characters (`１<br>，`) is taken out, and may leave one."""
    return _holds_a_figures_separator(region) or ("<br" in region and _holds_a_separator(region))


def _holds_a_figures_separator(text: str) -> bool:
    """Whether `text` holds a separator after a digit, as a figure cut at one does (`193,`), or after a
    digit and spaces (two lines of a markdown row are joined, `| … 193` + `, |`): a label's comma
    (`区分处理的，只计…`, in every table 3) is none. A few substring searches, one per comma."""
    for comma in (",", "，"):
        position = text.find(comma, 1)
        while position > 0:
            before = position - 1
            while before > 0 and text[before].isspace():
                before -= 1
            if text[before].isdecimal():  # what `\d` matches
                return True
            position = text.find(comma, position + 1)
    return False


def _digits_it_lacks(text: str) -> int:
    """How many digits a figure cut in its last group of thousands lacks (`193,`: 3; `１,０`: 2); 0 if whole."""
    cut = _CUT_AT_A_SEPARATOR_RE.fullmatch(text.strip())
    return 3 - len(cut.group(1)) if cut else 0


def _goes_on(text: str, lacking: int) -> bool:
    """Whether `text` opens with exactly the digits a cut figure lacks (`168.00元` after `193,`)."""
    return re.match(rf"\d{{{lacking}}}(?!\d)", text.strip()) is not None


def _figures_cut_at_a_separator(rows: list[Row]) -> None:
    """A figure cut in its last group of thousands (`193,`, `1,0`) where a narrow cell wrapped it; its
    rest is a later cell opening with the digits it lacks (`168.00元`, after the label the cell is centred
    on; `80`). Both are unknown: a reader taking either for a whole figure would read a wrong one."""
    cells = [cell for row in rows for cell in row.cells]
    places = [(at, column) for at, row in enumerate(rows) for column in range(len(row.cells))]  # (row, pipe cell)
    for index, cell in enumerate(cells):
        if not _holds_a_separator(cell.text):
            continue  # no separator, nothing cut at one: most cells
        lacking = _digits_it_lacks(cell.text)
        if not lacking:
            continue
        cell.problem = CUT
        rest = next((c for c in cells[index + 1 :] if c.is_value and not c.is_empty), None)
        if rest is not None and _goes_on(rest.text, lacking):
            rest.problem = CUT
        if (below := _rest_in_its_pipe_cell(rows, *places[index])) is not None and _goes_on(below.text, lacking):
            below.problem = CUT


def _rest_in_its_pipe_cell(rows: list[Row], at: int, column: int) -> RawCell | None:
    """The cell under a cut figure (pipe cell `column` of rows[at]) in the next pipe row holding a figure, where that
    row prints as many pipe cells (markitdown: a narrow cell's wrapped figure goes on in the same pipe cell of the next
    pipe row, across its table's `| --- |` rule): with two figures cut in one row (`１,０ | — | … | １,０` over
    `８０ | | … | ８０`) the next figure in the text's order is the first one's rest, not the second's."""
    row = rows[at]
    if not row.piped:
        return None
    below = next((other for other in rows[at + 1:] if other.line > row.line and other.has_figures()), None)
    if below is None or not below.piped or len(below.cells) != len(row.cells):
        return None
    rest = below.cells[column]
    return rest if rest.is_value and not rest.is_empty else None


def _cut_figures_in_their_columns(rows: list[Row]) -> None:
    """Aligned text: a figure cut in its last group of thousands (`１,０` over `８０` of `１,０８０`, a
    column too narrow for it), and its rest on the next line in its column, are unknown."""
    printed = "\n".join([cell.text for row in rows for cell in row.cells])
    if not _holds_a_separator(printed):
        return  # most tables: no separator at all
    # a cut figure's separator follows a digit (`_digits_it_lacks`): a label's comma (`区分处理的，只计…`, in
    # every table 3) cuts none, so a table holding no other is not looked at row by row
    if _holds_a_figures_separator(printed):
        _cut_figures_joined_with_their_rest(rows)
    rows[:] = [row for row in rows if row.cells]  # a line that held only the rest of a cut figure


def _cut_figures_joined_with_their_rest(rows: list[Row]) -> None:
    """Each cut figure's cell marked (`_cut_figures_hold_their_places`) and given the rest of it that the line
    below holds in its column, taken off that line."""
    for index, row in enumerate(rows):
        below = rows[index + 1] if index + 1 < len(rows) and rows[index + 1].line == row.line + 1 else None
        for x, lacking in _cut_figures_hold_their_places(row):
            rest = next((cell for cell in (below.values() if below is not None else ())
                         if cell.x_glyphs is not None and abs(cell.x_glyphs - x) <= 1.5 and not cell.is_empty
                         and _goes_on(cell.text, lacking) and len(cell.text.split()) == 1), None)
            if rest is None:
                continue
            # its rest is no figure of the line below (which may be read as the row's, its label wrapped):
            # the cut figure holds both pieces as printed, still never read
            below.cells.remove(rest)
            _classify_again(below)
            cut = next(cell for cell in row.cells if cell.problem == CUT and abs(cell.x_glyphs - x) <= 0.5)
            cut.text += rest.text


# an amount's first digits (`31.4`, `人民币8`, `万元 4`: its unit or currency first, if anywhere), and the
# rest of them on the next line (`82405万元`, `1.556279万元`, `85134`)
_AMOUNT_HEAD_RE = re.compile(rf"(?:人民币|{MONEY_UNIT}\s?)?[+-]?\d+(?:\.\d*)?")
_AMOUNT_REST_RE = re.compile(rf"\.?\d+(?:\.\d+)?\s?{MONEY_UNIT}?")
_AN_AMOUNTS_MARK_RE = re.compile(r"[.元]|人民币")
_UNIT_END_RE = re.compile(rf"{MONEY_UNIT}$")


def _whole_on_its_line(row: Row) -> bool:
    """Whether a row stands whole on its line, two cells or more (tabs, bars, figures one space apart)."""
    return not (row.stacked or row.joined or row.aligned or len(row.cells) < 2)


def _rest_of_its_amount(row: Row, text: str) -> bool:
    """Whether a line of one cell is the rest of the amount that ends the row just above it: a line
    break inside the cell (a page's `<br>`, which a browser's text and a text browser keep) left the
    row's last cell the amount's first digits and put the rest of them on a line of their own. Only
    rows whole on their line (tabs, bars, figures one space apart) are so continued, and only into
    an amount (a decimal point, a money unit or 人民币 in the two pieces): a count alone after a row
    stays a cell of its own. (`_count_or_an_amounts_head` is asked first: a bare count before a decimal
    piece and a line ending on the unit is left to the table's columns.)"""
    if not _whole_on_its_line(row):
        return False
    head, rest = _as_ascii(row.cells[-1].text), _as_ascii(text)  # `３１．４` / `８２４０５万元` alike
    return _AMOUNT_HEAD_RE.fullmatch(head) is not None and _AMOUNT_REST_RE.fullmatch(rest) is not None \
        and _AN_AMOUNTS_MARK_RE.search(head + rest) is not None


def _ends_on_a_bare_figure(row: Row) -> bool:
    """Whether a row whole on its line ends on a bare figure (digits, maybe signed or grouped): what both
    `_count_or_an_amounts_head` and `_amount_torn_past_a_break` ask first, before the lines after it."""
    if not _whole_on_its_line(row):
        return False
    head = _as_ascii(row.cells[-1].text)
    return head.isdigit() or _BARE_FIGURE_RE.fullmatch(head) is not None


def _count_or_an_amounts_head(row: Row, text: str, after: str) -> bool:
    """Whether the row's last cell, digits alone, is either a cell whole or the first digits of an amount
    whose rest is `text` and `after`: `text` opens a decimal of its own with no unit, and `after` ends on
    the unit (`政府集中采购 8` / `86.9` / `5455万元`, `pdftotext -raw` of Chromium's narrow amount column, 8
    the count; `行政事业性收费 3` / `1.48` / `2405万元`, a break inside the one amount: 31.482405), or is
    digits alone (`政府集中采购 20` / `89.3` / `57384`, an amount printed without its unit, perhaps going on), or
    is one piece opening on digits, whatever ends it (`7905万`, `7905（万`, a unit the line-by-line gluing knows not:
    `18` / `69.08` glued would leave `7905` read as the amount). The text cannot tell them apart: the row is marked, and its
    table's columns decide, where the lines after it end the amount (`Row.amount_may_go_on`)."""
    if not _whole_on_its_line(row):
        return False
    head, rest, after = _as_ascii(row.cells[-1].text), _as_ascii(text), _as_ascii(after)  # `３` / `１．４８` alike
    return head.isdigit() and "." in rest and not _UNIT_END_RE.search(rest) \
        and (_UNIT_END_RE.search(after) is not None or _ONE_PIECE_OPENING_ON_DIGITS_RE.fullmatch(after) is not None)


# a line of one piece opening on digits, whatever words end it (`7905万`, `7905(万`, `57384`): no second figure
# nor blank mark (`7905 ／`, two cells of a row)
_ONE_PIECE_OPENING_ON_DIGITS_RE = re.compile(r"\d[\d.]*\s?[^\d\s/／—-]*")


def _amount_torn_past_a_break(row: Row, texts: list[str]) -> bool:
    """Whether the row's last cell, a bare figure, may open an amount whose rest is the lines `texts` (this
    line and the two after it) up to the one ending on 元, in a shape no line-by-line gluing reads whole: a
    money unit torn too (`3` / `1.48` / `2405万` / `元`, `31.4` / `82405万` / `元`), or digits alone after digits
    alone (`1` / `1` / `20万元`, `11` / `20` / `万元`, 1120万元, where the count-like pieces carry no mark of an
    amount). Left to the item's columns as `_count_or_an_amounts_head` (unknown where they join no amount). The
    head is any bare figure (`_BARE_FIGURE_RE`: a sign, thousands separators), not only bare decimal digits: the
    line-by-line gluing takes a signed head too (`_AMOUNT_HEAD_RE`), and would read `+3` / `1.48` / `2405万` / `元`
    as 31.48, its rest dropped; asked here, the row is left to its columns, which join no signed head: unknown."""
    if not _whole_on_its_line(row) or not _BARE_FIGURE_RE.fullmatch(head := _as_ascii(row.cells[-1].text)):
        return False
    run = []
    for text in map(_as_ascii, texts):
        if not text or not _TORN_AMOUNT_PIECE_RE.fullmatch(text):
            return False
        run.append(text)
        if text.endswith("元"):
            break
    if len(run) < 2 or not run[-1].endswith("元"):
        return False
    return any(text[-1] in "万亿" for text in run[:-1]) or (head.isdigit() and run[0].isdigit())


# a line of an amount's rest past its head (`1.48`, `2405万`, `元`, `.5 万元`): digits, a point, its unit or a piece of
# it; never 人民币, which stands before the head (disclosure_table.py's `_WRAPPED_AMOUNT_PIECE_RE`: a piece read as a label)
_TORN_AMOUNT_PIECE_RE = re.compile(r"(?:\d*\.?\d*)\s?[万亿]?元?")


def _as_ascii(text: str) -> str:
    """A piece's text with full-width digits and points as ASCII (`１．４８`: `1.48`), stripped, its unit out of
    its brackets (`without_unit_brackets`)."""
    return without_unit_brackets(L.normalize_text(text).strip())


def without_unit_brackets(text: str) -> str:
    """NFKC text with the brackets round the money unit it ends on taken off (`7905(万元)`: `7905万元`): a cell
    prints its unit in brackets or not (`35.72（万元）`), and an amount's last piece ends on it either way."""
    return _BRACKETED_UNIT_END_RE.sub(r"\1", text) if text.endswith((")", "]", "】")) else text


def _figure_lines_spaced_like_their_rows(rows: list[Row]) -> None:
    """`pdftotext -raw`: a table whose rows print their label, then two or more figures one space
    apart (twice or more), prints the figures of a label wrapped over lines the same way, on a line of
    their own (`24 5 1 5 35`): those are its cells one space apart too, not figures that ran together;
    a line of them holding a blank's mark (`21 3 无`) is a row of its own with no label, which the label's lines
    right before it own the same way (`其他对外` / `管理服务事项` / `21 3 无`). (Without such rows a line of
    figures alone may be items of several rows side by side: chunks.py.)"""
    if sum(1 for row in rows if row.spaced and len(row.values()) >= 2 and row.label_cells()) < 2:
        return
    for index, row in enumerate(rows):
        values = row.values()
        if row.stacked and len(values) == 1 and row.label_cells() and _FIGURES_APART_RE.fullmatch(values[0].text.strip()):
            figures = [RawCell(text, values[0].line) for text in values[0].text.split()]
            rows[index] = Row([*row.label_cells(), *figures], spaced=True)
    for index in range(len(rows) - 1, 0, -1):
        row, before = rows[index], rows[index - 1]
        if row.spaced and not row.label_cells() and before.stacked and not before.joined and before.label_cells() \
                and not before.values() and before.cells[-1].line == row.line - 1:
            rows[index - 1 : index + 1] = [Row([*before.label_cells(), *row.cells], spaced=True)]


def _lines_set_apart(texts: list[str]) -> bool:
    """One cell per line where every line is followed by an empty line (a text browser's dump of a
    table, `lynx -dump`: each cell a paragraph, an empty cell one more empty line; an OCR's text, each
    line a paragraph, a blank cell no line at all): then the first empty line after a line parts it
    from the next, and each further one is an empty cell. Where no two empty lines follow one
    another, no empty line is a cell: a row with fewer figures than columns is short, not blank. A
    paragraph of words over several lines (a wrapped label, plain `pdftotext` setting a cell a paragraph)
    follows the same order: its lines are one paragraph, never cells."""
    filled = 0
    run = 0
    before = ""
    empty_lines = None
    for text in texts:
        if text.strip() == "":
            if "\t" in text:
                return False
            run += 1
            continue
        if is_page_furniture(text):
            continue
        if "\t" in text:
            return False  # a tab's cells
        if filled and run == 0:
            if empty_lines is None:  # (each paragraph after the first follows an empty line: eight need seven)
                empty_lines = sum(1 for line in texts if not line.strip())
            if empty_lines < 7 or not _words_go_on(before, text):
                return False  # two lines that follow one another, not one paragraph of words
        filled += 1 if run or not filled else 0
        run = 0
        before = text
    return filled >= 8


def _words_go_on(before: str, text: str) -> bool:
    """Two lines that follow one another as one paragraph of words (a wrapped label): neither a figure nor a
    blank mark."""
    return read_count(before.strip()).state == UNKNOWN and read_count(text.strip()).state == UNKNOWN


def _cells_of_lines_apart(values: list[RawCell]) -> list[RawCell] | None:
    """A row's cells where every line is followed by an empty line (`Row.lines_apart`): a run of k
    empty lines after the label or a figure holds k − 1 empty cells. None where the row does not
    keep that shape (a figure straight after the line before it)."""
    cells: list[RawCell] = []
    run = 0
    for value in values:
        if value.gap:
            run += 1
            continue
        if value.is_empty or run == 0:
            return None
        cells += [RawCell("", value.line) for _ in range(run - 1)]
        cells.append(value)
        run = 0
    line = values[-1].line if values else 0
    return cells + [RawCell("", line) for _ in range(run - 1)]


def _marks_a_blank_cell(line: str) -> bool:
    """A line of only U+00A0 / U+3000 (and spaces): a web page's `&nbsp;` or a typist's full-width
    space standing for an empty cell."""
    return line.strip() == "" and line.strip(" \t\f\v") != ""


def _blank_cells_marked(texts: list[str]) -> bool:
    """One cell per line where empty cells are marked (`_marks_a_blank_cell`) amid lines of ordinary
    whitespace (a pretty-printed page's indentation around every cell, or the gaps between rows):
    then only the marked lines are cells, and the others are nothing."""
    empty = [text for text in texts if text.strip() == "" and "\t" not in text]
    return any(map(_marks_a_blank_cell, empty)) and not all(map(_marks_a_blank_cell, empty))


# What one line of a table region holds (_line_shape)
_FURNITURE, _GAP, _SPACED, _SINGLE, _RULE, _CELLS, _PROSE = range(7)


# (kind, its cells, whether its trailing empty cells are padding, how many cells it prints between outer
# bars, the classes of the row it makes, if it makes one whole, whether that row is `_ruled`)
LineShape = tuple[int, tuple[str, ...], bool, int | None, RowClasses | None, bool]


@lru_cache(maxsize=1 << 16)  # the lines of one cell per line (labels, `0`, empty lines) recur in every report
def _line_shape_plain(raw: str) -> LineShape:
    return _line_shape(raw, False)


@lru_cache(maxsize=1 << 14)  # as _line_shape_plain, after a markdown rule (one argument: a cheaper cache key)
def _line_shape_after_rule(raw: str) -> LineShape:
    return _line_shape(raw, True)


def _line_shape(raw: str, markdown_rule_seen: bool) -> LineShape:
    """A page's furniture, an empty line, a label with figures set apart by single spaces, a single
    cell, a markdown rule, or a row of tab- or pipe-separated cells (LineShape). A row's classes
    come with its line's shape: the same line recurs from report to report, its row's cells alike."""
    if "\f" in raw and is_page_number(raw[: raw.index("\f")]):
        # a page's number at its foot and the next page's first line on one line (`- 3 -\f1 0 0 0 0 0 1`: pages
        # joined by a form feed alone, as pdfplumber's page texts are): the line is the next page's, its
        # first line read as any other unless it is furniture itself (a running header)
        raw = raw[raw.index("\f") :]
        if not is_page_furniture(raw):
            raw = raw[1:]
    if is_page_furniture(raw):
        return _FURNITURE, (), False, None, None, False
    if is_prose(raw):
        return _PROSE, (), False, None, None, False
    stripped = raw.strip()
    if "\t" in raw:
        parts = raw.split("\t")
        padded = False
    elif stripped.startswith("|") and stripped.endswith("|") and len(stripped) > 1:
        parts = stripped[1:-1].split("|")  # a markdown row: as wide as its table
        if "<br" in stripped:
            parts = [_BREAK_IN_CELL_RE.sub(_without_break, part) for part in parts]
        if "Col" in stripped:  # pymupdf4llm names a header's empty cells `Col4`: a page's first row made header
            parts = ["" if _NAMED_EMPTY_CELL_RE.fullmatch(part.strip()) else part for part in parts]
        parts = _merged_label_said_once(parts)
        padded = False
    elif "|" in raw:
        parts = stripped.split("|")
        if parts and parts[0].strip() == "" and stripped.startswith("|"):
            parts = parts[1:]
        padded = not markdown_rule_seen
    else:
        parts = [raw]
        padded = False
    if len(parts) == 1 or (len(parts) == 2 and parts[0].strip() == ""):
        if stripped == "" and "\t" not in raw:
            return _GAP, (), False, None, None, False
        if spaced := spaced_cells(parts[-1], marks_alone=not markdown_rule_seen) or _spread_cells(parts[-1]):
            return _SPACED, tuple(spaced), False, None, _classes(spaced, False), False
        return _SINGLE, (parts[-1],), False, None, None, False
    if _is_markdown_rule(raw):
        return _RULE, (), False, None, None, False
    return _CELLS, tuple(parts), padded, _markdown_cells(raw), _classes(parts, padded), _ruled(raw, parts)


def _rowspans_said_once(rows: list[Row]) -> None:
    """A converter that repeats a label merged down several rows in each of them (pymupdf4llm:
    `|（六）其他处理|1.申请人…|` / `|（六）其他处理|2.申请人…|` / `|（六）其他处理|3.其他|`): the repeat, a label cell
    before the row's first figure equal to the cell above it in the pipe row before (as wide), is
    left empty, so that a short label (`3.其他`) is read as its row's own."""
    if not any(row.piped for row in rows):
        return
    printed: dict[int, list[RawCell]] = {}  # the cells as printed of a row emptied here: the row below repeats those
    for above, row in pairwise(rows):
        if not (above.piped and row.piped and len(above.cells) == len(row.cells)):
            continue
        cells_above = printed.get(id(above), above.cells)
        # a repeat is a label cell (not the last) saying what the one above says: only the row's label cells are
        # compared (its classes, known from its line: one or two a row), nothing repeated without one
        if not _a_label_cell_repeats(row, cells_above):
            continue
        texts_above = [cell.text.strip() for cell in cells_above]
        first = next((index for index, cell in enumerate(row.cells) if cell.is_value and not cell.is_empty),
                     len(row.cells))
        # a merged cell of figures and blank marks (`3 —`, markitdown's columns merged) is no label: the row
        # above may print the same figures, so it is never a repeat
        repeats = [index for index in range(first) if row.cells[index].text.strip()
                   and row.cells[index].text.strip() == texts_above[index]
                   and index < len(row.cells) - 1 and not row.cells[index].is_value
                   and not _words_all_values(row.cells[index].text)]
        if repeats and any(not row.cells[index].is_empty and index not in repeats and not row.cells[index].is_value
                           for index in range(first)):  # the row keeps a label of its own
            printed[id(row)] = list(row.cells)
            for index in repeats:
                row.cells[index] = RawCell("", row.cells[index].line)
            _classify_again(row)


def _a_label_cell_repeats(row: Row, cells_above: list[RawCell]) -> bool:
    """Whether a label cell of `row` other than its last cell prints, stripped, what the cell above it does."""
    last = len(row.cells) - 1
    cells = row.cells
    for at in row.label_places():
        if at < last and cells[at].text.strip() == cells_above[at].text.strip():
            return True
    return False


def _words_all_values(text: str) -> bool:
    """A cell whose words are each a figure or a blank mark (`3 —`, `— —`, `1 2`): columns merged, no label."""
    words = text.split()
    return len(words) > 1 and all(map(looks_like_value, words))


def _merged_label_said_once(parts: list[str]) -> list[str]:
    """A merged label's text repeated in each pipe cell it spans, before the row's first figure
    (pymupdf4llm: `|（七）总计|（七）总计|26|`): said once, in its last cell, the others empty. A header
    row (no figure) and repeated figures (`|+3|+3|`) are left to the table's reader."""
    first = next((index for index, part in enumerate(parts) if looks_like_value(part) and part.strip()), None)
    if first is None:
        return parts
    return ["" if index < first - 1 and part.strip() and part.strip() == parts[index + 1].strip()
            and not _words_all_values(part) else part for index, part in enumerate(parts)]


_NAMED_EMPTY_CELL_RE = re.compile(r"Col\d+")
# a line break inside a markdown cell (pymupdf4llm: `|（六）其<br>他处理|1.申请人无正当理<br>由逾期…|`)
_BREAK_IN_CELL_RE = re.compile(r"\s*<br\s*/?>\s*", re.IGNORECASE)


def _without_break(match: re.Match) -> str:
    """A label wrapped in its cell joins up; figures (or a word and a figure) stay a space apart."""
    text, start, end = match.string, match.start(), match.end()
    before, after = text[start - 1 : start], text[end : end + 1]
    return " " if before.isascii() or after.isascii() else ""


def _mark_gaps_as_cells(rows: list[Row]) -> None:
    """One cell per line: when rows end on a figure with the next row's label on the very next
    line (twice or more), the table sets no empty line between rows, so every empty line in it
    is a cell (a blank), never the gap after a row. When none does and rows end on a figure and
    one empty line, the table closes every row with an empty line (`gaps_close_rows`)."""
    stacked = [row for row in rows if row.stacked]
    ends_on_figure = sum(1 for row in stacked[:-1] if row.cells[-1].is_value and not row.cells[-1].is_empty)
    if ends_on_figure >= 2:
        for row in stacked:
            row.gaps_are_cells = True
    elif ends_on_figure == 0 and sum(1 for row in stacked if _closed_by_one_gap(row)) >= 2:
        # every row closed by an empty line (`⇥0` / `⇥0` / `` / `⇥二、…`): the line after a row's last figure is
        # that close, never a blank cell, which would leave a second empty line
        for row in stacked:
            row.gaps_close_rows = True


def _closed_by_one_gap(row: Row) -> bool:
    """A row of one cell per line whose last figure is followed by one empty line, the row's last."""
    cells = row.cells
    return len(cells) >= 2 and cells[-1].gap and cells[-2].is_value and not cells[-2].is_empty


_SPACED_FIGURE_RE = re.compile(r"[-+－]?\d[\d,，]*(?:[.．]\d+)?(?:万?元|件)?")
_UNIT_RE = re.compile(r"[（(]?(?:单位[:：]?)?(?:万元|元|件|个|项|次)[）)]?")  # `万元 5.2084`: a unit before its figure


def spaced_cells(text: str, marks_alone: bool = True) -> list[str] | None:
    """`1.属于国家秘密 14 0 3` (`pdftotext -raw`, a copied table that lost its tabs): a label,
    then figures (or blank marks, `—`) set apart by single spaces, as [label, figure, …]; a line of
    figures and marks alone, a mark among them, as [figure, …]; with `marks_alone` (no markdown table
    in the text), a line of four blank marks up to as many as the widest table's columns; None for
    any other line."""
    text = text.strip()
    if " " not in text:
        return None
    tokens = _amount_joined_to_its_unit(text.split(" "))
    if "" not in tokens and all(_SPACED_FIGURE_RE.fullmatch(t) or t in _SPACED_MARKS for t in tokens) \
            and any(t in _SPACED_MARKS for t in tokens) and any(_SPACED_FIGURE_RE.fullmatch(t) for t in tokens):
        return tokens  # `11 — 3 — — — 14`: a row's figures on a line of their own, its blanks marked
    if marks_alone and _MARKS_ALONE <= len(tokens) <= _MARKS_AT_MOST and all(t in _SPACED_MARKS for t in tokens):
        return tokens  # `- - - - - - -` below a wrapped label (`pdftotext -raw`): a row of blank cells, no label
    figures = 0
    while figures < len(tokens) - 1 and (_SPACED_FIGURE_RE.fullmatch(tokens[-1 - figures])
                                         or tokens[-1 - figures] in _SPACED_MARKS
                                         or (figures == 0 and _SPACED_AMOUNT_RE.fullmatch(tokens[-1]))):
        figures += 1
    if figures > 1 and tokens[-figures] == "无" and _NUMBERING_ALONE_RE.fullmatch(" ".join(tokens[:-figures])):
        figures -= 1  # `4 . 无 17 17`: a label spaced a character a word (4.无正当理由…), its 无 the label's first word
    label = " ".join(tokens[: len(tokens) - figures])
    if not figures or "" in tokens or not _CJK_RE.search(label) or _UNIT_RE.fullmatch(label):
        return None
    return [label, *tokens[len(tokens) - figures :]]


def _spread_cells(text: str) -> list[str] | None:
    """`规章             0              0              0` in a region of no aligned columns (an OCR's
    text, its spaces standing for page positions that no other line shares): a label, then whole
    figures set apart by runs of spaces, read as `spaced_cells` reads them (as many as the columns,
    or unknown: a blank cell's place is not known)."""
    if "  " not in text.strip():
        return None
    spaced = spaced_cells(" ".join(text.split()))
    if spaced is None or len(spaced) < 3 or not all(_WHOLE_FIGURE_RE.fullmatch(t) for t in spaced[1:]):
        return None
    return spaced


_UNIT_WORDS = frozenset(_MONEY_UNITS)
# `34.7131 万元`, `万元 36.8247`; a cell printing its currency first (`人民币14.560688万元`, Chromium's amount cell
# whole on its row's line in `pdftotext -raw`: the unit closes it, so no piece of it wrapped to the next line)
_SPACED_AMOUNT_RE = re.compile(rf"(?:人民币)?{_AMOUNT}|{MONEY_UNIT} {_FIGURE}")


def _amount_joined_to_its_unit(tokens: list[str]) -> list[str]:
    """A row's last figure and its unit one space apart (`… 11 34.7131 万元`, or the unit first, `… 2 万元 36.8247`)
    are one cell, the amount; any other tokens as they are."""
    if len(tokens) >= 3 and (tokens[-1] in _UNIT_WORDS or tokens[-2] in _UNIT_WORDS) \
            and _SPACED_AMOUNT_RE.fullmatch(joined := f"{tokens[-2]} {tokens[-1]}"):
        return [*tokens[:-2], joined]
    return tokens


# figures (and blank marks) alone, one space apart: `24 5 1 5 35`, `2 无 1`; opening a new page (`\f2 0 0 0 2 …`,
# `pdftotext -raw`), a row's figures, never its running header
_SPACED_MARKS = frozenset(_BLANK_MARKS)  # `无` too: a word of its own one space from a figure is a blank cell
# a line of blank marks alone is a row's cells (table 3's seven, table 4's fifteen, or a wrapped row's part of
# them, `１ / ４ / - - - - - / １４`) from four of them up to the widest table's width, outside a markdown table's
# text: fewer may be a margin's words, more a line of dashes in prose, and a markdown rule (`- - - -`) is none
_MARKS_ALONE = 4
# a sub-row's numbering alone, spaced or not (`4 .`, `4.`): the words after it open the row's label
_NUMBERING_ALONE_RE = re.compile(rf"\d{{1,2}} ?[{N.LIST_MARKS}]")
_MARKS_AT_MOST = len(L.PROCEEDING_KEYS) * len(L.REVIEW_OUTCOME_KEYS)
_SPACED_CELL = rf"(?:{_SPACED_FIGURE_RE.pattern}|[{re.escape(_BLANK_MARKS)}])"
_FIGURES_APART_RE = re.compile(rf"{_SPACED_CELL}(?: {_SPACED_CELL})+")


# Tables drawn with characters: a text browser's box drawing (`│ 821 │`, `├──┼──┤`) and pandoc's
# grid tables (`| 第二十条 |` over `| 第（一）项 |`, rows between `+----+` rules).
_RULE_CHARS_RE = re.compile(r"[─━═]{3}|^\s*\+[-=:]{3,}\+", re.MULTILINE)
_BOX_BAR_RE = re.compile(r"[│┃║]")
_BOX_ONLY_RE = re.compile(r"^[\s│┃║─━═┼┬┴├┤┌┐└┘╋╬+\-=:]*$")


def _is_rule(text: str) -> bool:
    return bool(_RULE_CHARS_RE.search(text) or (_BOX_ONLY_RE.match(text) and text.strip()))


def drawn_table_lines(lines: list[Line], opened: bool = False) -> list[Line]:
    """Lines of a table drawn with characters, as pipe rows: bars become `|`, rule lines go, and
    a row written over several lines between two rules (a cell's text wrapped) becomes one row,
    each cell's pieces joined in order. The row keeps its first line's number."""
    result: list[Line] = []
    block: list[Line] = []
    closed_above = opened

    def flush(closed_below: bool) -> None:
        row = joined_row([line.text for line in block]) if closed_above and closed_below and len(block) > 1 else None
        result.extend([Line(row, block[0].number)] if row is not None else block)
        block.clear()

    for line in lines:
        if _is_rule(line.text):
            flush(closed_below=True)
            closed_above = True
            continue
        text = _BOX_BAR_RE.sub("|", line.text)
        if not text.strip():
            flush(closed_below=False)
            closed_above = False
            result.append(Line(text, line.number))
            continue
        block.append(Line(text, line.number))
    flush(closed_below=False)
    return result


# a gap of two or more spaces between two words (`\S {2,}\S`), found by its two spaces first (a literal the regex
# engine scans for, where a pattern opening on `\S` is tried at every position of a region), the words round it
# looked at only there: the match is the spaces
_ALIGNED_GAP_RE = re.compile(r"  (?<=\S  ) *(?=\S)")
_ALIGNED_CELL_RE = re.compile(r"[^ \t\f]+(?: [^ \t\f]+)*")


def _is_aligned(lines: list[str], region: str) -> bool:
    """A table laid out with spaces (`pdftotext -layout`): no tabs and no pipe rows, and its rows
    have gaps of two or more spaces between cells. A few stray bars (an OCR reading a table's
    rules as `|`) do not make pipe rows: rows of a pipe table have one between every cell.
    `region`: the lines joined by newlines, searched whole where no line needs its bars taken out."""
    if "|" not in region:
        if "\t" in region and any("\t" in line for line in lines if line.strip()):
            return False
        return _lines_with_gaps(region) >= 3
    # a line holding a bar prints something: the pipe rows are the same among all lines (a pipe table: no more asked)
    if "\t" in region and any("\t" in line for line in lines if line.strip()) or _pipe_rows(lines):
        return False
    block = [line for line in lines if line.strip()]
    return sum(1 for line in block if _ALIGNED_GAP_RE.search(_STRAY_BAR_RE.sub(" ", line) if "|" in line else line)) >= 3


def _lines_with_gaps(region: str, enough: int = 3) -> int:
    """How many lines of `region` hold a gap of two or more spaces between two words, counted up
    to `enough` (a gap never spans a line break)."""
    found = position = 0
    while found < enough and (match := _ALIGNED_GAP_RE.search(region, position)) is not None:
        found += 1
        position = region.find("\n", match.end()) + 1
        if position == 0:
            break
    return found


_STRAY_BAR_RE = re.compile(r"[|｜]")


def _without_stray_bars(text: str) -> str:
    """The line with its bars as spaces (the same string where it holds none: most lines)."""
    return _STRAY_BAR_RE.sub(" ", text) if "|" in text or "｜" in text else text


def _holds_look_alikes(text: str) -> bool:
    """Whether any line of `text` may hold what `digit_look_alikes` reads (most regions hold none)."""
    # substring tests first: a pattern opening on a character class is tried at every position
    return any(character in text for character in _LOOK_ALIKE_CHARACTERS) or \
        (any(quote in text for quote in _QUOTES) and _QUOTE_BEFORE_A_DIGIT_RE.search(text) is not None)


def digit_look_alikes(text: str) -> str:
    """`1.属于国家秘密   工   0   工`, `3.要求提供公开出版物 0 0 0 oo oo`: an OCR's look-alikes of digits (`工`,
    `l`, `I`, `]` for 1; `o`, `O` for 0) standing as cells of their own among a row's figures, at the end of
    the line, read as those digits (`oo` then runs two cells together, as `00` does); a quote before a
    figure there (`36 ”0 0`: a speck or a ruling read as one) taken off. The line as it is otherwise,
    the same object (most lines hold neither)."""
    if not _holds_look_alikes(text):
        return text
    body = text.rstrip()  # trailing spaces kept as they are (a crawled page's `&nbsp;` cells)
    words = re.split(r"(\s+)", body)  # words at even positions, the spaces between them at odd
    first = len(words) + 1  # the tail's first word: figures and look-alikes to the line's end
    while first >= 2 and (_LOOK_ALIKE_RE.fullmatch(words[first - 2]) or _QUOTED_FIGURE_RE.fullmatch(words[first - 2])
                          or _MIXED_RUN_RE.fullmatch(words[first - 2])):
        first -= 2
    tail = words[first::2]
    # a figure among them (or a run of figures holding look-alikes), and a look-alike or a stray quote
    if not any(_WHOLE_FIGURE_RE.fullmatch(word) or _MIXED_RUN_RE.fullmatch(word) for word in tail) \
            or all(map(_WHOLE_FIGURE_RE.fullmatch, tail)):
        return text
    return "".join(words[:first]) + "".join(
        (word.translate(_LOOK_ALIKE_DIGITS) if _LOOK_ALIKE_RE.fullmatch(word) or _MIXED_RUN_RE.fullmatch(word)
         else word.lstrip(_QUOTES))
        if index % 2 == 0 else word for index, word in enumerate(words[first:])) + text[len(body):]


_LOOK_ALIKE_DIGITS = str.maketrans("工lI]oO", "111100")
ONE_LOOK_ALIKES = "工lI]"  # glyphs an OCR writes for a 1 (`]`: a 1 whose foot it lost)
_LOOK_ALIKE_CHARACTERS = ONE_LOOK_ALIKES + "oO"  # and for a 0
_LOOK_ALIKE_RE = re.compile(r"[工lI\]]|[oO]+")  # `]`: a 1 whose foot the OCR lost
# `0|0|0101olol10o0`, `0|10101010`: figures and rulings run together (bars, or look-alikes of digits): the
# run is figures (its look-alikes read as digits), so the row has cells to split or leave unknown, never none
_MIXED_RUN_RE = re.compile(r"(?=\S*\d)[\d|｜lIoO\]]+")
_WHOLE_FIGURE_RE = re.compile(r"\d+")
_QUOTES = "“”\"'‘’"
_QUOTED_FIGURE_RE = re.compile(rf"[{_QUOTES}]*\d+")  # `”0`: a speck or a ruling read as a quote before a figure
_QUOTE_BEFORE_A_DIGIT_RE = re.compile(rf"[{_QUOTES}]\d")
# a character `_holds_look_alikes` looks for: a line holding none is as it is
_LOOK_ALIKE_OR_QUOTE_RE = re.compile(f"[{re.escape(_LOOK_ALIKE_CHARACTERS + _QUOTES)}]")


def _ruled(raw: str, parts: tuple[str, ...]) -> bool:
    """A line cut at bars that are not a markdown row's (no bar opens and closes it) and that stand
    between figures where other figures are set apart by spaces only: an OCR of a ruled table, which
    read some ruling lines as `|` and lost the others, or read them as a digit."""
    stripped = raw.strip()
    if "|" not in stripped or (stripped.startswith("|") and stripped.endswith("|")):
        return False
    return any(_SEVERAL_FIGURES_RE.search(part) for part in parts) and \
        sum(bool(_LONE_FIGURES_RE.fullmatch(part)) for part in parts) >= 2


_SEVERAL_FIGURES_RE = re.compile(r"\d\s+\d")
_LONE_FIGURES_RE = re.compile(r"\s*\d[\d\s]*")


def _pipe_rows(block: list[str]) -> bool:
    barred = [line for line in block if "|" in line]
    return len(barred) >= 3 and sum(line.count("|") >= 3 for line in barred) * 2 >= len(barred)


def _aligned_rows(lines: list[Line], document: list[Line]) -> list[Row]:
    """Rows of space-aligned text, each cell with the column of its centre. Two renditions
    measure columns differently: a CJK character takes two columns in a monospaced rendering,
    but one in `pdftotext -layout`, which places every glyph in one character cell. The measure
    taken is the one under which the figures of the rows stand in the fewest distinct columns.
    `document`: the lines whose page tops tell a running header from a header going on."""
    kept, pages, page = [], [], 0
    tops: Counter[str] | None = None
    figures_seen = False  # a kept line held a digit: the table's header is over
    for line in lines:
        form_feeds, never_a_row, furniture, digits = _line_traits(line.text)
        page += form_feeds
        if never_a_row:
            continue
        if furniture:
            # a page-opening line found once: the header going on over the page, kept; among the table's rows,
            # kept where it is the rest of a label wrapped over the page break (the line before it, at the foot
            # of the page above, holds a label and figures) or a label and its figure (`_LABEL_AND_FIGURE_RE`),
            # and otherwise left out as it was before
            if is_page_number(line.text) or (figures_seen and not _label_wrapped_over_the_page(kept, line)
                                             and not _LABEL_AND_FIGURE_RE.fullmatch(line.text)
                                             and not _stacked_pieces_opening_a_page(line.text)):
                continue
            tops = _page_tops(document) if tops is None else tops
            if tops[_top_key(line.text)] > 1:
                continue
        figures_seen = figures_seen or digits
        kept.append(line)
        pages.append(page)
    shapes = [_aligned_line(_without_stray_bars(line.text)) for line in kept]
    if not any(map(_UNIT_TAIL_OF, shapes)):
        # no amount's unit wrapped alone (most tables: `_join_wrapped_units` joins nothing): the measure is chosen
        # from the lines' figure columns, worked out with their cells, and each cell built in it
        rows = _rows_in_their_measure(kept, pages, shapes, document)
        text = "\n".join(line.text for line in kept)
        if _holds_a_separator(text):  # a cell's text is its line's: no separator in the lines, none in a cell
            _cut_figures_in_their_columns(rows)
        return _stacked_digits_unknown(rows, text)
    rows = _join_wrapped_units([_aligned_row(_without_stray_bars(line.text), line.number, page)
                                for line, page in zip(kept, pages)])
    # counted page by page: `pdftotext -layout` sets each page's columns apart (a later page squeezes its empty
    # columns out), so columns shared across pages are chance and would outvote the header's page
    # (not is_empty: inline)
    figures = [(row.page, cell.x, cell.x_glyphs) for row in rows for cell in row.values() if clean_cell_text(cell.text)]
    figures += [(row.page, *glued) for row in rows if (labels := row.label_cells()) and (
        glued := _glued_figure_centres(labels[-1].text, labels[-1].x, labels[-1].x_glyphs)) is not None]
    by_display = {(page, round(x / 3)) for page, x, _ in figures}
    by_glyphs = {(page, round(x_glyphs / 3)) for page, _, x_glyphs in figures}
    # figures that do not tell the measures apart (none stands after CJK text: table 4's one line of
    # figures) leave it to the rest of the document, laid out by one tool in one measure: under the
    # other, the header's CJK words would stand apart from the figures under them
    if len(by_glyphs) < len(by_display) or (len(by_glyphs) == len(by_display) and _laid_out_by_glyphs(document)):
        for row in rows:
            for cell in row.cells:
                cell.x, cell.columns = cell.x_glyphs, len
    _cut_figures_in_their_columns(rows)
    return _stacked_digits_unknown(rows, "\n".join(line.text for line in kept))


@lru_cache(maxsize=1 << 14)  # a table's lines recur from report to report
def _line_traits(text: str) -> tuple[int, bool, bool, bool]:
    """What `_aligned_rows` asks of each line first, in one lookup: its form feeds, whether it is no row (blank, or
    prose), whether it is page furniture (`is_page_furniture`), whether it holds a digit."""
    return text.count("\f"), not text.strip() or is_prose(text), is_page_furniture(text), any(map(str.isdigit, text))


def _rows_in_their_measure(kept: list[Line], pages: list[int], shapes: list[AlignedLine],
                           document: list[Line]) -> list[Row]:
    """The rows of the kept lines (`_aligned_rows`, no amount's unit wrapped alone), each cell's column in the
    measure under which the figures stand in the fewer columns page by page (`_aligned_rows`), from each line's
    figure columns (`_aligned_line`) before any cell is built."""
    by_display = {(page, column) for shape, page in zip(shapes, pages) for column in shape[2]}
    by_glyphs = {(page, column) for shape, page in zip(shapes, pages) for column in shape[3]}
    glyphs = len(by_glyphs) < len(by_display) or (len(by_glyphs) == len(by_display) and _laid_out_by_glyphs(document))
    lay_out = _cells_laid_out_in_glyphs if glyphs else _cells_laid_out
    rows = []  # (a loop: see `Row._classified_as`)
    for line, page, (layout, classes, _, _, _, facts) in zip(kept, pages, shapes):
        row = Row(lay_out(layout, line.number))  # its flags set after it is built (`Row`'s note)
        row.aligned, row.page = True, page
        row._classified_as(classes)
        row._line_facts = facts[glyphs]
        rows.append(row)
    return rows


# the document `_laid_out_by_glyphs` was last asked of and its answer: a report's tables ask it of the same
# list of lines (parse.py's reading lines), so it is worked out once a report. The list is held, so that no other
# list takes its id, until the next report's asks; one document, never a growing cache (a tuple, replaced whole)
_GLYPHS_ASKED: tuple[list[Line] | None, bool] = (None, False)


def _laid_out_by_glyphs(document: list[Line]) -> bool:
    """Whether the document's figures that stand after CJK text on their line (tables 2 and 3's rows)
    stand in fewer columns counted in glyphs than in display columns: `pdftotext -layout` places every
    glyph, CJK ones too, in one character cell; a browser's dump (w3m, lynx) or a monospaced rendering
    pads by display width. A form feed proves nothing: a rendering may end its pages with one too."""
    global _GLYPHS_ASKED
    asked, answer = _GLYPHS_ASKED
    if asked is document:
        return answer
    answer = _figures_fewer_by_glyphs(document)
    _GLYPHS_ASKED = (document, answer)
    return answer


def _figures_fewer_by_glyphs(document: list[Line]) -> bool:
    # the lines are picked by C-level calls (filter, map): most of a document's lines are prose
    columns = list(chain.from_iterable(map(_columns_after_cjk, filter(_CJK_THEN_FIGURE_RE.match, map(_text_of, document)))))
    return len(set(map(itemgetter(1), columns))) < len(set(map(itemgetter(0), columns)))


@lru_cache(maxsize=1 << 14)  # a table's lines recur from report to report
def _columns_after_cjk(text: str) -> tuple[tuple[int, int], ...]:
    """The columns (display, glyphs; in threes) of the figures and blanks after a line's first CJK cell."""
    cells = _aligned_layout(text)
    first = next((i for i, (text, _, _) in enumerate(cells) if _CJK_RE.search(text)), len(cells))
    after = [(round(x / 3), round(x_glyphs / 3)) for text, x, x_glyphs in cells[first + 1:] if looks_like_value(text)]
    if first < len(cells) and (glued := _glued_figure_centres(*cells[first])) is not None:
        after.insert(0, (round(glued[0] / 3), round(glued[1] / 3)))
    return tuple(after)


def _glued_figure_centres(text: str, x: float, x_glyphs: float) -> tuple[float, float] | None:
    """The centre (display columns, glyphs) of the figure glued to the end of an aligned label cell (`…行政查询1`,
    the cell's text centred at `x`, `x_glyphs`), None where it ends otherwise: the figure stands where the label
    ends, in either count, and tells the two measures apart as well as a figure set apart does."""
    glued = FIGURE_AFTER_A_LABELS_CHARACTER.match(text)
    if glued is None:
        return None
    return x + (display_width(text) - display_width(glued[2])) / 2, x_glyphs + (len(text) - len(glued[2])) / 2


_CJK_RE = re.compile(r"[\u3400-\u9fff]")
# whether a figure stands after a line's first CJK glyph, two spaces or more before it, on its line of text (`.`
# stops at a line break): one C-level match a line, its runs greedy (the first can never pass a CJK glyph). A lazy
# `.*?` tried the spaces at every character (1.4 µs a line); two searches in a Python call took 0.6 µs, this 0.4.
# A run of spaces ends in two: ` {2,}` would run to its end and give back one space at a time. The first run is
# possessive: giving back a glyph that is no CJK one never lets the CJK glyph after it match (a line that fails
# would otherwise be tried again at each of its leading spaces).
_CJK_THEN_FIGURE_RE = re.compile(r"[^\u3400-\u9fff]*+[\u3400-\u9fff].*  [-+]?\d")


# `\f行政事业性收费 0`: a table's row opening a new page at the margin, its label's words and one figure or amount
# one space apart; kept where its words open no other page (a running header's words open every page)
_LABEL_AND_FIGURE_RE = re.compile(rf"\f[^\d\s][^\d]*[^\d\s] (?:{_AMOUNT}|{_FIGURE})\s*")


def _label_wrapped_over_the_page(kept: list[Line], line: Line) -> bool:
    """A page's first line that goes on with the label of the last row of the page above (`5.要求行政机关确   0`
    / form feed / `认或重新出具已获`): words only, indented as a label's wrapped lines are (not at the margin,
    where a running header or a heading stands), and the last kept line a row of a label and figures."""
    text = line.text.replace("\f", "")
    if not kept or not text.startswith(" ") or any(ch.isdigit() for ch in text) or "  " in text.strip():
        return False
    last = Row(_aligned_cells(kept[-1].text, kept[-1].number), aligned=True)
    return bool(last.label_cells()) and last.figures_after_label


def _stacked_pieces_opening_a_page(text: str) -> bool:
    """A page's first line of single wide digits only, set in from the margin (`\\f` then spaces, `１`): the pieces of
    figures Chromium stacked round a row's line that the page break fell among (the row's line on the next page, or
    the page above), not a running header (kept only where no other page opens alike, `_page_tops`). Dropped, the
    pieces below the row's line would read as its whole figure (`２` for 12)."""
    words = text.split()
    return text.startswith("\f ") and bool(words) and all(word in WIDE_DIGITS for word in words)


def _header_going_on(raw: str, document: list[Line], rows: list[Row], last_figure: int) -> bool:
    """A page-opening line before any figure of the region, found once among the document's page tops: its
    header going on over the page (`\\f结果维`, table 4's header words wrapped down its columns, `pdftotext -raw`),
    as `_aligned_rows` keeps it; a running header opens every page, a page number is no header."""
    if is_page_number(raw) or last_figure >= 0 or any(row.has_figures() for row in rows):
        return False
    return _page_tops(document)[_top_key(raw)] <= 1


def _top_key(text: str) -> str:
    return re.sub(r"[\s\d]", "", text)  # a running header may carry its page's number


def _page_tops(lines: list[Line]) -> Counter[str]:
    """How often each text opens a page (a line after a form feed) or the document (its first three
    lines): a running header does so on every page. A page-opening line found once is the table
    going on over the page (`科研 社会公 法律服务`, a header's words wrapped down its columns), not a
    running header."""
    firsts = [line.text for line in lines if line.text.strip()][:3]
    # a form feed alone opens no page with text (pdftotext ends its output with one)
    return Counter(_top_key(text) for text in [*firsts, *(line.text for line in lines
                                                          if line.text.startswith("\f") and line.text.strip())])


# a figure alone in its cell: a sign, thousands separators, a decimal part (disclosure_table.py's `_BARE_DECIMAL_RE`: digits
# and a point only)
_BARE_FIGURE_RE = re.compile(r"[-+]?\d[\d,]*(?:[.．]\d+)?")
_UNIT_TAIL_RE = re.compile(r"\d*(?:[.．]\d+)?[万亿]?元")


def _join_wrapped_units(rows: list[Row]) -> list[Row]:
    """An amount wrapped in a narrow cell (`0.006586055` over `8亿元`): a line holding only the
    rest of it, its unit, starting where the bare figure above starts, joins that figure, unless that
    figure has a piece above it too (`a_piece_right_above`)."""
    joined: list[Row] = []
    for row in rows:
        above = joined[-1].cells if joined else []
        if len(row.cells) == 1 and _UNIT_TAIL_RE.fullmatch(tail := row.cells[0].text.strip()):
            start = _left_edges(row.cells[0])
            figure = next((cell for cell in above if _BARE_FIGURE_RE.fullmatch(cell.text.strip())
                           and any(abs(a - b) <= 1 for a, b in zip(_left_edges(cell), start))), None)
            if figure is not None and not (len(joined) > 1 and a_piece_right_above(joined[-2], joined[-1], figure)):
                left_display, left_glyphs = _left_edges(figure)
                figure.text = figure.text.strip() + tail
                figure.x = left_display + display_width(figure.text) / 2
                figure.x_glyphs = left_glyphs + len(figure.text) / 2
                joined[-1] = joined[-1].with_cells(joined[-1].cells)  # its classes were its line's: worked out again
                continue
        joined.append(row)
    return joined


def a_piece_right_above(above: Row, row: Row, figure: RawCell) -> bool:
    """Whether the line right `above` the aligned `row` (holding `figure`) holds one cell alone, digits, starting
    where the figure starts (`271` / `政府集中采购  613` / `4.7万元`: a cell of three lines centred on the row's
    line): the figure is then the middle of its amount, not its head, and where the amount starts is not known."""
    if above.line != row.line - 1 or figure.x is None:
        return False
    cells = [cell for cell in above.cells if not cell.is_empty]
    return len(cells) == 1 and cells[0].x is not None and _DIGIT_RE.search(cells[0].text) is not None and \
        any(abs(a - b) <= 1 for a, b in zip(_left_edges(cells[0]), _left_edges(figure)))


_DIGIT_RE = re.compile(r"\d")
_NEVER_SIGNS = "/／无"  # the blank marks no figure opens with
STACKED = "a wide figure wrapped one digit a line over the row's lines (its digits stacked): not read"


def _stacked_digits_unknown(rows: list[Row], text: str) -> list[Row]:
    """A figure of wide digits in a column too narrow for two of them, wrapped one digit a line
    (Chromium's page through `pdftotext -layout`: `８` on the row's line, `０` below it; or `３` above a
    row's line empty there, `６` below). Which row a stacked digit belongs to is not known from the
    text, so the figures it may belong to are unknown, never read from one of their digits:
    - a line of single wide digits only, each beside a digit of its column on the line before or
      after, or two lines off across a row's line with figures in other columns, is such a piece;
    - the cell in its column of the row above (when only pieces lie between) and of the row on the
      next line are unknown. A piece `０` opens no figure (no leading zero), and a whole `０` above
      goes on with none, nor does a blank mark above (`/`, `无`: a cell printed blank, never a figure's head);
    - the piece's line stays (the table's shape is as printed), its cells unknown: a reader taking it
      for a row's figures (a row empty in that column, its figure centred over its lines) reads
      them unknown.
    `text`: the rows' lines' text. A stacked piece is a wide digit: a few scans of the text spare most
    tables the rows' checks."""
    if not any(digit in text for digit in WIDE_DIGITS) or \
            not any(line_fact(row, "wide digits alone", _wide_digits_alone) for row in rows):
        return rows  # most tables: no line of wide digits alone
    glyphs = {row.line: _figure_glyphs(row) for row in rows}  # each row's, for its digits and its blank marks
    digits = {line: {round(x): glyph for x, glyph in found if _DIGIT_RE.search(glyph)} for line, found in glyphs.items()}
    # a dash may be a change's minus sign with its digits wrapped below it (`-` / `６`): only `/` and `无` are never signs
    blank_marks = {line: {round(x) for x, glyph in found if glyph in _NEVER_SIGNS} for line, found in glyphs.items()}
    stacked = {row.line for row in rows if _single_wide_digits(row) and _is_stacked_piece(row, digits)}
    # beside a label's next words, the digits go on the figures just above them, not the row below
    wraps = {row.line for row in rows if _label_and_wrapped_digits(row) and _wraps_the_figures_above(row, digits, rows)}
    # the digits of a figure centred on the row's line between, above and below it: that row's
    marked = {row.line for row in rows if any(not cell.is_empty and not _DIGIT_RE.search(cell.text)
                                              for cell in row.values())}
    across = _pieces_across_a_row(rows, digits, marked) | _pieces_round_a_bare_label(rows, digits)
    across -= stacked  # a stacked digit may be its neighbours'
    pieces = stacked | wraps | across
    if not pieces:
        return rows
    kept = [row for row in rows if row.line not in pieces]
    for row in rows:
        if row.line not in pieces:
            continue
        for cell in row.values():  # a reader taking the line for a row's figures reads them unknown
            cell.problem = STACKED
        if row.line in across:
            continue  # the row between prints nothing in their columns: its cells there are not read
        above = next((r for r in reversed(kept) if r.line < row.line), None)
        if above is not None and any(line not in pieces for line in range(above.line + 1, row.line)):
            above = None
        # the next row's line, pieces of other figures between (`２` / `３２` / `３ - …` of ２３５): the middle
        # digit of a figure stacked one digit a line may stand on it
        below = next((r for r in kept if r.line > row.line), None) if row.line not in wraps else None
        if below is not None and any(line not in pieces for line in range(row.line + 1, below.line)):
            below = None
        for x, glyph in _figure_glyphs(row):
            column = round(x)
            if above is not None and digits[above.line].get(column) != "０" and column not in blank_marks[above.line]:
                _mark_unknown(above, x)
            if below is not None and glyph != "０":
                _mark_unknown(below, x)
    return rows


def _cut_figures_hold_their_places(row: Row) -> list[tuple[float, int]]:
    """A cut figure (`１,０`) does not read as a figure, so its cell would join the row's label and the
    row's figures after it (`１,０ ３`) with it: each word of such a cell becomes a cell of its own, the cut
    one a figure's place, unknown. (centre in glyphs, digits it lacks) of each cut figure."""
    found = []
    printed = "".join(map(_text_of, row.cells))
    if not _holds_a_separator(printed):
        return found  # no separator, no cut figure: most rows of a table that holds one somewhere
    for index, cell in reversed(list(enumerate(row.cells))):  # from the end: the splits keep earlier indexes
        if cell.x_glyphs is None or cell.is_value or not any(map(_digits_it_lacks, cell.text.split())):
            continue
        columns = cell.columns or display_width
        start, left = cell.x - columns(cell.text) / 2, cell.x_glyphs - len(cell.text) / 2
        parts = []
        for m in _WORD_RE.finditer(cell.text):
            word, lacking = m.group(), _digits_it_lacks(m.group())
            cut = lacking > 0
            if cut:
                found.append((left + m.start() + len(word) / 2, lacking))
            # the cut figure's digits without its separator: a figure's place in the row, never read (CUT)
            parts.append(RawCell(re.sub("[,，]", "", word) if cut else word, cell.line,
                                 start + columns(cell.text[: m.start()]) + columns(word) / 2, False, cell.columns,
                                 left + m.start() + len(word) / 2, CUT if cut else cell.problem, word if cut else None))
        row.cells[index : index + 1] = parts
        _classify_again(row)
    return found


def _figure_glyphs(row: Row) -> list[tuple[float, str]]:
    """(centre in glyphs, text) of each figure of an aligned row, a cell of several split."""
    found = []
    for cell in row.cells:
        if cell.x_glyphs is None or _cell_kind(cell.text) is not _FIGURE:  # one lookup: a value, not empty
            continue
        found += _words_centred(cell.text, cell.x_glyphs)
    return found


@lru_cache(maxsize=1 << 14)  # a table's figures recur in the same columns, row after row and report after report
def _words_centred(text: str, x_glyphs: float) -> tuple[tuple[float, str], ...]:
    """(centre in glyphs, word) of each word of a cell centred at `x_glyphs`."""
    left = x_glyphs - len(text) / 2
    return tuple([(left + m.start() + len(m.group()) / 2, m.group()) for m in _WORD_RE.finditer(text)])


def _wide_digits_alone(row: Row) -> bool:
    """Whether a row's values are runs of wide digits only, or its words single wide digits only (a line
    `_stacked_digits_unknown` looks at further)."""
    return bool(_wide_runs_only(row)) or _single_wide_digits(row)


def _single_wide_digits(row: Row) -> bool:
    """A line of single wide digits only, word by word: two narrow columns side by side may set their pieces one
    space apart (`１ ６`), which reads as one cell."""
    words = []  # (loops: asked of every aligned row, most of a few cells, see `Row._classified_as`)
    for cell in row.cells:
        words += cell.text.split()
    if not words:
        return False
    for word in words:
        if word not in WIDE_DIGITS:
            return False
    return True


def _label_beside_wide_digits(row: Row) -> bool:
    """A label's words, then single wide digits only, no blank mark."""
    figures = row.filled_values()
    return bool(row.label_cells()) and bool(figures) and all(cell.text in WIDE_DIGITS for cell in figures)


def _label_and_wrapped_digits(row: Row) -> bool:
    """A label's next words, then single wide digits only (`公开申请数量  ０  ８`): a label wrapped onto
    a second line, beside the last digits of the row's figures wrapped in their narrow columns."""
    return _label_beside_wide_digits(row) and _NUMBERED_LABEL_RE.match(row.label.strip()) is None


def _wraps_the_figures_above(row: Row, digits: dict[int, dict[int, str]], rows: list[Row]) -> bool:
    """Each single digit stands under a figure of two or more wide digits of the line just above, in
    its column, and fewer digits than that line's figures and blank marks (`２３ 无 无 无 无 无 ２３` over
    `４ ４`): the rest of figures too wide for their columns (a row of its own prints a figure or a mark in
    each column)."""
    above = digits.get(row.line - 1)
    if not above:
        return False
    figures = row.filled_values()
    line_above = next((other for other in rows if other.line == row.line - 1), None)
    printed_above = len(line_above.filled_values()) if line_above is not None else len(above)
    if len(figures) >= max(len(above), printed_above):
        return False
    for cell in figures:
        column = round(cell.x_glyphs)
        wide = [text for x, text in above.items() if abs(x - column) <= 1]
        if not any(len(text) >= 2 and all(c in WIDE_DIGITS for c in text) for text in wide):
            return False
    return True


def _pieces_across_a_row(rows: list[Row], digits: dict[int, dict[int, str]], marked: set[int]) -> set[int]:
    """Lines of wide digits only, no blank mark, beside a label's words (a merged heading's `三、本年度` /
    `办理结果` the row's line runs between, even a numbered one) or holding a run of two or more (`１０`
    of `１０６０`), each two lines from wide digits of its column across a row's line empty there: a
    figure centred over the three lines, wrapped a few digits a line (`１` / the row's other figures /
    `３`; `１０` / `- - -` / `６０`). A row's own line prints its blank marks (`-`) beside its figures;
    where it prints its zeros, the line two off is a row's too, with figures in the columns between."""
    found = set()
    lefts: dict[int, dict[int, str]] | None = None  # line → the left edge of each figure: built once, if asked
    bare: set[int] = set()  # the lines of figures alone, no label
    beside_headings: set[int] | None = None  # the lines of pieces beside a merged heading's piece or no label
    for row in rows:
        figures = _wide_runs_only(row)
        if not figures:
            continue
        if beside_headings is None:
            beside_headings = {other.line for other in rows if all(map(_heading_piece, other.label_cells()))}
        if all(cell.x_glyphs is not None and _across_a_row_from_a_piece(row.line, round(cell.x_glyphs), digits, marked,
                                                                        mirrored_on=beside_headings)
               for cell in figures):
            found.add(row.line)
            continue
        # a cell set from its left edge (LibreOffice's page: `１,１２` above the row's line, `０` below it, for
        # １,１２０): the pieces share their left edge, not their centre. Only lines of pieces alone (no label),
        # two lines apart: in a table whose cells all start at their left, a row's line shares its left edges
        # with the row's two lines off. A line of words and one wide digit alone is a piece (a margin heading's
        # `理结果` beside `０`): its single glyph's left edge is its column (its centre, x.5, rounds either way)
        if row.label_cells() and not (len(figures) == 1 and figures[0].text.strip() in WIDE_DIGITS):
            continue
        if lefts is None:
            lefts = {other.line: {round(x - len(glyph) / 2): glyph for x, glyph in _figure_glyphs(other)
                                  if _DIGIT_RE.search(glyph)} for other in rows}
            bare = {other.line for other in rows if not other.label_cells()}
        if all(cell.x_glyphs is not None and _across_a_row_from_a_piece(
                row.line, round(cell.x_glyphs - len(cell.text) / 2), lefts, marked, bare) for cell in figures):
            found.add(row.line)
    return found


def _pieces_round_a_bare_label(rows: list[Row], digits: dict[int, dict[int, str]]) -> set[int]:
    """Lines of wide digits alone, no label, right above and right below a label's line that prints no figure, each
    digit of one in a column of the other's (`１` / `（一）予以公开` / `９` for １９): a figure centred over the three
    lines, wrapped a digit a line, or the figures of the rows on either side, which the text does not tell apart.
    Not where the line after the lower one goes on with the label's words (no numbering, no figure: `（二）部分公开
    （区分…` / `１` / `计其他情形）`), the lower line then inside that label's lines, its own row's."""
    by_line = {row.line: row for row in rows}
    found = set()
    for row in rows:
        label = row.label_cells()
        if not label or row.values() or any(_NUMBERED_LABEL_RE.match(cell.text.strip()) is None for cell in label[-1:]):
            continue  # a numbered label's line alone (its row's first, or whole)
        above, below = by_line.get(row.line - 1), by_line.get(row.line + 1)
        if above is None or below is None or above.label_cells() or below.label_cells() or \
                not _wide_runs_only(above) or not _wide_runs_only(below):
            continue
        upper, lower = digits[above.line], digits[below.line]
        if not all(_near(column, lower) for column in upper) or not all(_near(column, upper) for column in lower):
            continue
        after = by_line.get(below.line + 1)
        if after is not None and after.label_cells() and not after.values() and \
                _NUMBERED_LABEL_RE.match(after.label_cells()[-1].text.strip()) is None:
            continue  # the label's words go on after the lower line: the lower line is inside them
        found |= {above.line, below.line}
    return found


def _near(column: int, columns: dict[int, str]) -> bool:
    return any(abs(column - other) <= 1 for other in columns)


def _heading_piece(cell: RawCell) -> bool:
    """A label cell that is a piece of a merged group heading (`三、本年度`, `办理结果`), its numbering aside."""
    words = L.squash(cell.text).lstrip(_HEADING_NUMBERING)
    return bool(words) and any(words in heading for heading in L.OUTCOME_GROUP_HEADINGS)


# what `_heading_piece` strips off a group heading's piece: a Chinese numeral and its comma or brackets
_HEADING_NUMBERING = N.CHINESE_NUMERALS + "、" + N.OPENING_BRACKETS + N.CLOSING_BRACKETS + " "


def _across_a_row_from_a_piece(line: int, column: int, digits: dict[int, dict[int, str]], marked: set[int],
                               bare: set[int] | None = None, mirrored_on: set[int] = frozenset()) -> bool:
    """Wide digits two lines off in the column, across a row's line with nothing in it there: a line of
    blank marks, or of figures in other columns than the line two off. `bare`: where given, the line two off
    must be one of these (a line of pieces alone, no label). `mirrored_on`: the lines where pieces mirrored round a
    row's line of one figure are taken (`_one_figure_between_mirrored_pieces`), both lines of pieces among them."""
    for step in (-1, 1):
        if bare is not None and line + 2 * step not in bare:
            continue
        middle, other = digits.get(line + step, {}), digits.get(line + 2 * step, {})
        # the row's line: its blank marks, or figures of its own (more than a piece's one) in other columns
        if _near(column, other) and not _near(column, middle) and \
                (line + step in marked or (len(middle) > 1 and not other.keys() & middle.keys())
                 or line in mirrored_on and line + 2 * step in mirrored_on
                 and _one_figure_between_mirrored_pieces(digits.get(line, {}), middle, other)):
            return True
    return False


def _one_figure_between_mirrored_pieces(piece: dict[int, str], middle: dict[int, str], other: dict[int, str]) -> bool:
    """A row's line printing one figure, not a 0, between two lines of pieces standing in the same columns, none
    its (`１ … １` / `（一）予以公开 … １` / `２ … ３` for 12, 1, 13), beside a merged heading's pieces or no label: a row
    printing a figure prints its total too, so a line of one is not its whole row, and the lines round it, alike,
    are its stacked figures' or its neighbours', which the text does not tell apart. (Beside a label's first or next
    words, the pieces go on that row's figures, `_wraps_the_figures_above`.)"""
    return len(middle) == 1 and "０" not in middle.values() and len(piece) == len(other) \
        and all(_near(column, other) for column in piece) and all(_near(column, piece) for column in other) \
        and not any(_near(column, piece) for column in middle)


def _wide_runs_only(row: Row) -> list[RawCell]:
    """The figures of a line whose values are runs of wide digits only (no blank mark), else none."""
    figures = row.filled_values()
    return figures if figures and all(is_wide_digits(cell.text) for cell in figures) \
        else []


def _is_stacked_piece(row: Row, digits: dict[int, dict[int, str]]) -> bool:
    """A line of single wide digits each beside a digit of its column, or across a row's line (above)."""
    glyphs = _figure_glyphs(row)
    if len(glyphs) != sum(len(cell.text.split()) for cell in row.cells):
        return False  # a word not placed in the line's glyph columns
    for x, _ in glyphs:
        column = round(x)
        beside = any(column in digits.get(row.line + step, ()) for step in (-1, 1))
        across = any(column in digits.get(row.line + 2 * step, ()) and digits.get(row.line + step)
                     and column not in digits[row.line + step] for step in (-1, 1))
        if not (beside or across):
            return False
    return True


def _mark_unknown(row: Row, x: float, problem: str = STACKED) -> None:
    """The cell of `row` standing in glyph column x is unknown for `problem` (split off a cell of several figures)."""
    for index, cell in enumerate(row.cells):
        if cell.x_glyphs is None or _cell_kind(cell.text) is not _FIGURE:  # one lookup: a value, not empty
            continue
        left = cell.x_glyphs - len(cell.text) / 2
        if not left - 1 <= x <= left + len(cell.text) + 1:
            continue
        columns = cell.columns or display_width
        start = cell.x - columns(cell.text) / 2
        parts = [RawCell(m.group(), cell.line, start + columns(cell.text[: m.start()]) + columns(m.group()) / 2, False,
                         cell.columns, left + m.start() + len(m.group()) / 2, cell.problem)
                 for m in _WORD_RE.finditer(cell.text)]
        for part in parts:
            if abs(part.x_glyphs - x) <= 1:
                part.problem = problem
        row.cells[index : index + 1] = parts
        _classify_again(row)
        return


def _classify_again(row: Row) -> None:
    row._label_cells = row._label_places = row._label = row._values = row._has_figures = row._figures_after_label = None
    row._filled = row._line_facts = None


T = TypeVar("T")


def line_fact(row: Row, name: str, compute: Callable[[Row], T]) -> T:
    """`compute(row)`, worked out once a distinct aligned line (in its measure) for the rows built straight from one
    (`Row._line_facts`), each time for any other row. `compute` reads only the row's cells' texts and classes and its
    flags, which every row of one line shares (`_rows_in_their_measure`); `name` tells the facts of a line apart."""
    facts = row._line_facts
    if facts is None:
        return compute(row)
    if name not in facts:
        facts[name] = compute(row)
    return facts[name]


def with_a_cell_cut(row: Row, cell: RawCell, at: int) -> Row:
    """The row with `cell` cut in two at `at` of its stripped text (a figure written against its label's last
    character, `行政规范性文件6`): in aligned text each piece where it stands (its centre measured as the cell's,
    display columns and glyphs), in other text both in the cell's place, before the row's next cells."""
    text = cell.text.strip()
    pieces = ((text[:at], 0), (text[at:], at))
    if cell.x is None:
        split = [RawCell(piece, cell.line) for piece, _ in pieces]
    else:
        width = cell.columns or display_width
        left = cell.x - width(text) / 2
        left_glyphs = None if cell.x_glyphs is None else cell.x_glyphs - len(text) / 2
        split = [RawCell(piece, cell.line, left + width(text[:start]) + width(piece) / 2, columns=cell.columns,
                         x_glyphs=None if left_glyphs is None else left_glyphs + start + len(piece) / 2)
                 for piece, start in pieces]
    at_cell = next(i for i, other in enumerate(row.cells) if other is cell)
    return row.with_cells([*row.cells[:at_cell], *split, *row.cells[at_cell + 1 :]])


# a figure touching a label's last character, no space between (`5.要求行政机关确认或重新出具1`, `…一稳定”0`,
# `…不补正、7`, `（五）３`): the template's labels never end in a digit, so a run of digits at a label's end is a
# figure (a year or a numbering stands inside a label, never at its end: `2023年…`, `2.其他…`, `第二十条第（五）项`)
FIGURE_AFTER_A_LABELS_CHARACTER = re.compile(r"^(.*[\u3400-\u9fff）)”’」』】〕，、])([0-9０-９][0-9０-９,，]*)$")


def with_the_figure_glued_to_its_label_cut(row: Row) -> Row | None:
    """The row with the figure written against its last label cell's last character cut off into a cell of its
    own (`with_a_cell_cut`: in aligned text where it stands); None where its label ends otherwise."""
    labels = row.label_cells()
    glued = FIGURE_AFTER_A_LABELS_CHARACTER.match(labels[-1].text.strip()) if labels else None
    return None if glued is None else with_a_cell_cut(row, labels[-1], glued.end(1))


def _left_edges(cell: RawCell) -> tuple[float, float]:
    """Where a cell starts, in display columns and in glyphs (both in glyphs once its row is measured so:
    `pdftotext -layout`'s `人民币2` and `9.` start in one column)."""
    return cell.left, cell.x_glyphs - len(cell.text) / 2


def _aligned_row(raw: str, line_no: int, page: int) -> Row:
    """A row of aligned text, its classes given with its line's cells (`_aligned_line`): every
    reader asks them of every row, and the line recurs from report to report."""
    layout, classes, _, _, _, _ = _aligned_line(raw)
    row = Row(_cells_laid_out(layout, line_no))  # its flags set after it is built (`Row`'s note)
    row.aligned, row.page = True, page
    row._classified_as(classes)
    return row


# an aligned line's cells (text, centre in display columns, in glyphs), its row's classes, the columns (in threes,
# display and glyphs) of its figures (`_aligned_rows`), whether it is an amount's unit wrapped alone, and the facts
# readers work out of its rows (`line_fact`), in display columns and in glyphs
AlignedLine = tuple[tuple[tuple[str, float, float], ...], RowClasses, tuple[int, ...], tuple[int, ...], bool,
                    tuple[dict[str, object], dict[str, object]]]
_UNIT_TAIL_OF = itemgetter(4)


@lru_cache(maxsize=1 << 14)
def _aligned_line(raw: str) -> AlignedLine:
    """An aligned line's cells (`_aligned_layout`), the classes of its row (`_classes`), its figures' columns and
    whether it is a unit wrapped alone (`AlignedLine`), worked out together once a distinct line."""
    layout = _aligned_layout(raw)
    classes = _classes([text for text, _, _ in layout], False)
    labels, start, end = classes[0], classes[1], classes[2]
    # the figures among its values (not is_empty), then one glued to its last label's end, as `_aligned_rows` counts
    figures = [(x, x_glyphs) for text, x, x_glyphs in layout[start:end] if clean_cell_text(text)]
    if labels and (glued := _glued_figure_centres(*layout[labels[-1]])) is not None:
        figures.append(glued)
    unit_tail = len(layout) == 1 and _UNIT_TAIL_RE.fullmatch(layout[0][0].strip()) is not None
    return layout, classes, tuple(round(x / 3) for x, _ in figures), tuple(round(x_glyphs / 3) for _, x_glyphs in figures), \
        unit_tail, ({}, {})


def _aligned_cells(raw: str, line_no: int) -> list[RawCell]:
    """Cells separated by two or more spaces, each with the column of its centre, measured both
    in display columns and in glyphs."""
    return _cells_laid_out(_aligned_layout(raw), line_no)


def _cells_laid_out(layout: tuple[tuple[str, float, float], ...], line_no: int) -> list[RawCell]:
    """The cells of an aligned line's layout (`_aligned_layout`: text, centre in display columns, in glyphs)."""
    cells = []  # (a loop: see `Row._classified_as`)
    for text, x, x_glyphs in layout:
        cells.append(RawCell(text, line_no, x, False, display_width, x_glyphs))
    return cells


def _cells_laid_out_in_glyphs(layout: tuple[tuple[str, float, float], ...], line_no: int) -> list[RawCell]:
    """`_cells_laid_out`, each cell's column counted in glyphs (`pdftotext -layout`'s measure)."""
    cells = []  # (a loop: see `Row._classified_as`)
    for text, _, x_glyphs in layout:
        cells.append(RawCell(text, line_no, x_glyphs, False, len, x_glyphs))
    return cells


@lru_cache(maxsize=1 << 14)  # header lines, wrapped labels and rows of zeros recur from report to report
def _aligned_layout(raw: str) -> tuple[tuple[str, float, float], ...]:
    """(text, centre in display columns, centre in glyphs) of each cell of an aligned line."""
    raw = raw.replace("\u3000", "  ").lstrip("\f")
    cells = []
    column, glyphs, end = 0, 0, 0
    for match in _ALIGNED_CELL_RE.finditer(raw):
        start, stop = match.span()
        text = match.group()
        # where the cell starts: the gap before it is spaces, one column each
        left, left_glyphs = column + start - end, glyphs + start - end
        width = display_width(text)
        if " " in text and (text[-1].isdigit() or text[-1] in _BLANK_MARKS or text.endswith(_UNIT_ENDS)):  # a label, then figures one space apart?
            for offset, part in _label_then_figures(text):
                cells.append((part, left + display_width(text[:offset]) + display_width(part) / 2,
                              left_glyphs + offset + len(part) / 2))
        else:  # most cells: one piece, measured once
            cells.append((text, left + width / 2, left_glyphs + len(text) / 2))
        column, glyphs, end = left + width, left_glyphs + len(text), stop
    return tuple(cells)


# a label, then figures one space apart (`行政许可 517645`, `…申请数量 705 3`): text browsers pad each
# column to its header's width, so the gap after a label or between two figures may be one space; a
# label may end on a closing quote (`3.危及“三安全一稳定” 0`), a mark may stand for a blank cell
# (`…禁止公开 -`, `…事务信息 无`, `…事务信息 /`), an amount may carry its unit (`行政事业性收费 14.5万元`, `… 22.1 万元`), and a
# label's line may end on a comma where it wraps (`…只计这一情形， 1`), a half-width one after a CJK glyph too
# (`…只计这一情形, 2`: never a figure's separator, which stands between digits)
_CELL_AFTER_LABEL = rf"{_AMOUNT}|{_FIGURE}|[{re.escape(_BLANK_MARKS)}]"
_LABEL_THEN_FIGURES_RE = re.compile(rf"(.*(?:[\u3400-\u9fff）)”’」』，、]|[\u3400-\u9fff],))((?: (?:{_CELL_AFTER_LABEL}))+)")
_CELL_AFTER_LABEL_RE = re.compile(rf" ({_CELL_AFTER_LABEL})")
# figures and blank marks one space apart, a mark among them (a run of figures alone is one cell, `2 0`)
_MARKS_AND_FIGURES_RE = re.compile(rf"(?=.*{_DASH}){_FIGURES_AND_MARKS}")
# a figure and `无` one space apart (`12 无`): `无` may be a label's word, so only with a figure among them
_NONE_MARK = rf"(?:{_FIGURE}|[{re.escape(_BLANK_MARKS)}])"
_FIGURES_AND_NONE_RE = re.compile(rf"(?=.*\d)(?=.*无){_NONE_MARK}(?: {_NONE_MARK})+")
_WORD_RE = re.compile(r"\S+")


def _label_then_figures(text: str) -> list[tuple[int, str]]:
    """An aligned cell as (offset, text) pieces: a label and each figure after it one space apart
    are cells of their own; any other cell (a figure with its unit before it, `万元 24.39`) is one piece.
    Figures and blank marks one space apart (`— 14`) are cells of their own too. Asked only of a cell
    holding a space and ending on a figure or a blank mark (`_aligned_layout`): the patterns match no other."""
    match = _LABEL_THEN_FIGURES_RE.fullmatch(text)
    if match is None and (_MARKS_AND_FIGURES_RE.fullmatch(text) or _FIGURES_AND_NONE_RE.fullmatch(text)):
        # `— 14`, `3 —`, `12 无`: a blank mark and a figure
        return [(word.start(), word.group()) for word in _WORD_RE.finditer(text)]
    if match is None or looks_like_value(text):
        return [(0, text)]
    return [(0, match.group(1))] + [(cell.start(1), cell.group(1)) for cell in _CELL_AFTER_LABEL_RE.finditer(text, match.end(1))]


def cell_parts(cell: RawCell) -> list[RawCell]:
    """The words of an aligned cell (`商业企业 科研机构 其他`: one space between header words), each
    with the column of its centre."""
    if cell.x is None or " " not in cell.text.strip():
        return [cell]
    width = cell.columns or display_width
    left = cell.x - width(cell.text) / 2
    return [RawCell(m.group(), cell.line, left + width(cell.text[: m.start()]) + width(m.group()) / 2, columns=width)
            for m in re.finditer(r"\S+", cell.text)]


# a row's problem where a figure stands under no column of the header, or two under one (`place_by_position`)
NOT_UNDER_ONE_COLUMN = "does not stand under one column of the header"


def place_by_position(values: list[RawCell], anchors: list[float]) -> tuple[list[RawCell | None], str | None]:
    """Aligned text: each figure goes to the column whose header it stands under; a column with no
    figure under it is blank (that is how an empty cell looks there). A cell of several figures
    (`2 0`: the gap between two cells shrank to one space) is split where its own spaces are. When
    a figure stands under no header, or two under one, nothing is placed: every cell is unknown."""
    if None in map(_x_of, values):  # one C-level pass (a float is never None)
        return [None] * len(anchors), "cells without positions"
    parts = figure_parts(values)
    placed: list[RawCell | None] = [None] * len(anchors)
    header = tuple(anchors)  # the memo's key, built once for the row
    for part in parts:
        column = _nearest_column(header, part.x)
        if column is None and part is parts[-1]:
            column = _amount_run_past_the_last_header(header, part)
        if column is None or placed[column] is not None:
            return [None] * len(anchors), f"{part.text.strip()!r} {NOT_UNDER_ONE_COLUMN}"
        placed[column] = part
    line = values[0].line if values else 0
    for column, cell in enumerate(placed):  # (a loop: see `Row._classified_as`)
        if cell is None:
            placed[column] = RawCell("", line)
    return placed, None


def _amount_run_past_the_last_header(anchors: tuple[float, ...], part: RawCell) -> int | None:
    """The last column, for a row's last piece that is an amount with its unit (`34.297824 万元`, wider than its
    header) starting where the last header stands (its left edge within the reach `_nearest_column` allows of
    that header) and running on past it to the right, where no header stands: a cell's text set from its left
    edge. None otherwise (a figure alone, or one starting nearer another header or past the last one's reach)."""
    if len(anchors) < 2 or part.x is None or part.x <= anchors[-1] or _figures_only(part.text) \
            or not _AMOUNT_WITH_UNIT_RE.fullmatch(L.normalize_text(part.text).strip()):
        return None
    left = part.left
    return len(anchors) - 1 if abs(left - anchors[-1]) < 0.6 * (anchors[-1] - anchors[-2]) else None


# an amount and its unit after it, one space apart or none (`34.297824 万元`, `0.0076407967亿元`)
_AMOUNT_WITH_UNIT_RE = re.compile(r"\d+(?:\.\d+)? ?(?:万元|亿元|元)")


def figure_parts(values: list[RawCell]) -> list[RawCell]:
    """The figures of aligned cells, a cell of several (`2 0`) split where its own spaces are; a
    cell with anything but figures in it (`万元 33.6`, `434.936 万元`) stays whole."""
    parts = []
    for value in values:
        if _figures_only(value.text):
            parts.extend(cell_parts(value))
        else:
            parts.append(value)
    return parts


@lru_cache(maxsize=1 << 14)  # the same cells recur in every row
def _figures_only(text: str) -> bool:
    return all(_is_figure(token) for token in text.split())


@lru_cache(maxsize=1 << 14)  # the same figures recur in every row
def _is_figure(token: str) -> bool:
    return bool(_FIGURE_TOKEN_RE.fullmatch(L.normalize_text(token)))


_FIGURE_TOKEN_RE = re.compile(r"[+-]?\d+(?:[.,]\d+)*")


@lru_cache(maxsize=1 << 14)  # a layout puts its figures in the same few columns, row after row
def _nearest_column(anchors: tuple[float, ...], x: float) -> int | None:
    """The column whose header stands over x: the nearest, if x is within 0.6 of the gap to the
    next header on its side (a header is centred over its column, a figure often right-aligned in
    it, so a figure may stand past the middle of the gap, but never nearer another header). None
    where x stands as near two headers."""
    gaps = [b - a for a, b in pairwise(anchors)]
    column = min(range(len(anchors)), key=lambda j: abs(anchors[j] - x))
    if not gaps:
        return column
    if any(abs(anchors[j] - x) == abs(anchors[column] - x) for j in (column - 1, column + 1) if 0 <= j < len(anchors)):
        # midway between two headers (a figure set from its cell's left edge under a wide header, `23` between
        # `本年新公开数量` and `对外公开总数量`): nearer neither, so under neither by proof
        return None
    side = (column if column < len(gaps) else column - 1) if x >= anchors[column] else \
        (column - 1 if column > 0 else 0)
    return column if abs(anchors[column] - x) < 0.6 * gaps[side] else None


CLEARLY = 0.5  # a figure stands clearly under a header nearer it by half than any other header


def stands_clearly_under(anchors: tuple[float, ...], x: float) -> bool:
    """Whether x stands clearly nearer one header than every other: between two narrow columns, where
    `pdftotext -layout` may set a line's figures a column or so off the others', a figure near the
    middle of the gap is under neither by proof."""
    nearest, second = sorted(abs(anchor - x) for anchor in anchors)[:2] if len(anchors) > 1 else (0.0, 1.0)
    return nearest <= CLEARLY * second


def stands_sure_under(anchors: tuple[float, ...], column: int, part: RawCell,
                      edges: Sequence[Sequence[float]] | None = None, proven: Sequence[bool] | None = None,
                      drift: Sequence[int] | None = None) -> bool:
    """Whether a figure placed under `column` stands there by proof: under a column whose header's
    position is proven (`proven`, None: all are), clearly nearer its header than any other
    (`stands_clearly_under`), or beginning where a piece of the column's header word begins (`edges`,
    the left edges of each column's words standing clear): a cell's text set from its left edge, a narrow
    figure under a wide word (`6` under `商业企业`) stands nearer the word's start than its centre.
    `drift`: for each column, the glyphs by which a figure line may stand off the header's word there
    (`under_at_every_drift`)."""
    if part.x is None or (proven is not None and not proven[column]):
        return False
    if drift is not None and drift[column] and not under_at_every_drift(anchors, column, part.x, drift[column]):
        return False
    if stands_clearly_under(anchors, part.x):
        return True
    left = part.left
    return edges is not None and any(abs(left - edge) <= EDGE_REACH for edge in edges[column])


EDGE_REACH = 0.5  # display columns between a figure's start and its header word's: the same column


def under_at_every_drift(anchors: tuple[float, ...], column: int, x: float, drift: int) -> bool:
    """Whether a figure at x stands under `column` however its line drifts from the header's lines by up to `drift`
    glyphs either way: `pdftotext -layout` sets each line's blocks by its own column arithmetic (a block at least 3
    past the end of every block wholly left of it, glyphs counted one column however wide they print), so a figure
    set under a narrow column's word on the page may land a few glyphs off it in the text, under the next one."""
    return all(_nearest_column(anchors, x + shift) == column for shift in range(-drift, drift + 1))


def anchors_hold(anchors: list[float], value_rows: list[list[RawCell]], within_a_glyph: bool = False) -> bool:
    """Whether most figures stand under one of the header's columns (70%): else the header's
    positions say nothing about theirs. With `within_a_glyph` (a header naming every column), a figure
    within a glyph of a header word stands on the header's grid even midway between two (narrow columns two
    glyphs apart: `pdftotext -layout` rounds each word to a whole glyph); the rows then place it by their rules."""
    parts = [v for values in value_rows for v in values if v.x is not None and not v.is_empty]
    header = tuple(anchors)
    return not parts or sum(_nearest_column(header, p.x) is not None or
                            (within_a_glyph and min(abs(a - p.x) for a in header) <= 1)
                            for p in parts) >= 0.7 * len(parts)


def aligned_readings(values: list[RawCell], anchors: list[float], row_rule: Callable[[R.Reading], bool],
                     free: bool = False, proven: list[bool] | None = None,
                     edges: Sequence[Sequence[float]] | None = None,
                     greatest: Callable[[RawCell], int | None] | None = None,
                     limit: int = R.MAX_CANDIDATES, drift: Sequence[int] | None = None) -> list[R.Reading] | None:
    """Aligned text where a figure stands under no single header (the gap before it shrank): the
    figures that stand clearly under one column stay there; the others may take any free column
    between their neighbours, in order. With `free`, every figure may (a page laid out with other
    column widths than the header's page); with `proven`, every figure under a column it leaves
    False (a header's word whose position nothing proves) or standing under it by no proof
    (`stands_sure_under`, with the header words' `edges`); with `greatest`, no figure right of the column it
    gives the figure (None: any); with `drift` (glyphs, column by column), a figure stands under its column only
    where every drift of its line by that many glyphs keeps it there (`under_at_every_drift`). Every such placement that keeps the row rule;
    None past `limit` of them."""
    parts = figure_parts(values)
    most = [None if greatest is None else greatest(part) for part in parts]
    if free:
        fixed: list[int | None] = [None] * len(parts)
    else:
        header = tuple(anchors)
        columns = [_nearest_column(header, p.x) for p in parts]
        claimed = [c for c in columns if c is not None]
        fixed = [c if c is not None and claimed.count(c) == 1 and (
                 (proven is None and drift is None) or stands_sure_under(header, c, p, edges, proven, drift)) else None
                 for c, p in zip(columns, parts)]
    readings: list[R.Reading] = []

    def walk(index: int, lowest: int, placement: dict[int, RawCell]) -> None:
        if len(readings) > limit:
            return
        if index == len(parts):
            cells = [read_count(placement[j].text) if j in placement else None for j in range(len(anchors))]
            # a piece rows.py left unread (a digit of a figure stacked over the row's lines, a cut figure) is
            # no figure of any placement: no reading takes it whole (`２` of a stacked １ / ２ is not 2)
            if all(c is None or c.state != UNKNOWN for c in cells) and not any(part.problem for part in placement.values()):
                reading = tuple(None if c is None else c.value for c in cells)
                if row_rule(reading):
                    readings.append(reading)
            return
        later_fixed = [c for c in fixed[index + 1 :] if c is not None]
        highest = min(later_fixed) - 1 if later_fixed else len(anchors) - 1
        options = [fixed[index]] if fixed[index] is not None else range(lowest, highest + 1)
        for column in options:
            if column >= lowest and column not in placement and (most[index] is None or column <= most[index]):
                walk(index + 1, column + 1, {**placement, column: parts[index]})

    walk(0, 0, {})
    return readings if len(readings) <= limit else None


# the end of the problem of a pipe row whose empty cells stand among its figures (merged columns): which columns its
# figures stand in is not known from its cells (application_table.py places it by its page's grid where that proves it)
EMPTIES_AMONG_THE_FIGURES = "empty ones among the figures"


def fit_row(row: Row, values: list[RawCell], width: int, anchors: list[float] | None,
            trailing_first: bool = False, row_rule: Callable[[R.Reading], bool] | None = None,
            signed_at: int | None = None) -> tuple[list, str | None, str]:
    """(cells, problem, warning code): by position under the header in aligned text, else in order.
    `signed_at`: the column whose figure may carry a sign (table 2's 本年增/减)."""
    if row.aligned and anchors is not None and len(anchors) == width:
        fitted, problem = place_by_position(values, anchors)
        if problem and fills_the_row(values, width, signed_at):  # the page's columns moved (a page break): in order
            return [v for v in values if not v.is_empty], None, "unaligned_cells"
        if problem and (words := _one_figure_per_column(values, width, row_rule)):
            return words, None, "unaligned_cells"
        return fitted, problem, "unaligned_cells"
    if row.spaced and len(values) != width:
        problem = f"{len(values)} figures for {width} columns, set apart by single spaces: which columns are blank is not known"
        return [None] * width, problem, "unplaced_cells"
    if row.aligned and 0 < len(values) < width:
        if words := _one_figure_per_column(values, width, row_rule):
            return words, None, "unaligned_cells"
        # a blank cell of aligned text is only spaces: without the header's columns, which
        # figure stands in which column is not known
        return [None] * width, f"{len(values)} figures for {width} columns and no header to place them by", \
            "unaligned_cells"
    if row.piped and (words := _figures_of_merged_cells(values, width, row_rule)) is not None:
        return words, None, "short_row"
    if row.piped and len(values) < width and _empties_unplaced(values):
        # a pipe row narrower than the template whose empty cells cannot all be blank cells in order: a converter's
        # markdown of a PDF merges columns (`| 三、… |  | 26 |  |  | 26 |`, `| 二、上年结转… |  |  | 0 |  |  |`)
        return [None] * width, f"{len(values)} pipe cells for {width} columns, {EMPTIES_AMONG_THE_FIGURES}", \
            "short_row"
    if row.lines_apart and (cells := _cells_of_lines_apart(values)) is not None and len(cells) <= width:
        if len(cells) == width:
            return cells, None, "short_row"  # every line and empty line of the row accounted for, one per column
        if any(not cell.is_empty for cell in cells):  # cells that left no line at all: which ones is not known
            return [None] * width, f"{len(cells)} of {width} cells, each line and empty line counted", "short_row"
    fitted, problem = fit_values(values, width, trailing_first, row_rule, row.gaps_are_cells, row.gaps_close_rows)
    if problem and row.joined and any(v.is_empty for v in values):
        # a crawled page: its spaces were separators, not `&nbsp;` cells
        fitted, problem = fit_values([v for v in values if not v.is_empty], width, trailing_first, row_rule)
    return fitted, problem, "short_row"


def _figures_of_merged_cells(values: list[RawCell], width: int,
                             row_rule: Callable[[R.Reading], bool] | None) -> list[RawCell] | None:
    """A converter's pipe row whose columns merged, several figures one space apart in a cell
    (markitdown: `|  | （一）予以公开 |  |  | 309 | 2 - | - | - - | 311 |`): where its cells from the first
    figure to the last hold no empty cell and their words are exactly the template's figures and
    blank marks, keeping the row rule where it has one, those words are the row's cells in order
    (the empty cells before them a merged label's, after them padding). None otherwise."""
    filled = printing_places(values)
    if not filled or not any(" " in values[index].text.strip() for index in filled):
        return None
    if any(value.is_empty for value in values[filled[0] : filled[-1]]):
        return None
    words = [RawCell(word, value.line) for value in values[filled[0] : filled[-1] + 1] for word in value.text.split()]
    if len(words) != width or not all(_is_figure(word.text) or word.text in _BLANK_MARKS for word in words):
        return None
    reading = reading_of(words)
    return words if reading is not None and (row_rule is None or row_rule(reading)) else None


def _empties_unplaced(values: list[RawCell]) -> bool:
    """An empty cell between two figures (the last may be the total, after merged columns), or empty
    cells both before the first figure (a merged label's, or blank cells?) and after the last: which
    columns the figures stand in is not known. Empty cells after the figures only are blank cells in order."""
    filled = [index for index, value in enumerate(values) if not value.is_empty]
    if not filled:
        return False
    between = any(value.is_empty for value in values[filled[0] : filled[-1]])
    return between or (filled[0] > 0 and filled[-1] < len(values) - 1)


def _one_figure_per_column(values: list[RawCell], width: int,
                           row_rule: Callable[[R.Reading], bool] | None) -> list[RawCell] | None:
    """Aligned cells whose gap shrank to one space (`0 0`, `12 无`): split at every space, exactly one
    figure or blank mark per column of the template, keeping the row rule where it has one. Then no
    column is left without its mark and the cells stand in the only order there is; None otherwise."""
    words = [word for value in values if not value.is_empty for word in cell_parts(value)]
    if len(words) != width or not all(_is_figure(word.text) or word.text in _BLANK_MARKS for word in words):
        return None
    reading = reading_of(words)
    return words if reading is not None and (row_rule is None or row_rule(reading)) else None


def fills_the_row(values: list[RawCell], width: int, signed_at: int | None = None) -> bool:
    """Aligned cells holding one figure each, as many as the template's columns: set apart by
    runs of spaces, they stand in the only order there is, wherever the header's columns are.
    `signed_at`: the column whose figure may carry a sign (`-6` of 本年增/减), read signed there only."""
    filled = printing_cells(values)
    if signed_at is None:
        return len(filled) == width and reading_of(filled) is not None
    return len(filled) == width and all(read_count(v.text, signed=column == signed_at).state != UNKNOWN
                                        for column, v in enumerate(filled))


def fit_values(values: list[RawCell], width: int, trailing_first: bool = False,
               row_rule: Callable[[R.Reading], bool] | None = None,
               gaps_are_cells: bool = False, gaps_close_rows: bool = False) -> tuple[list[RawCell | None], str | None]:
    """Lay a row's value cells onto `width` template columns; None marks an unknown cell.

    More cells than columns: empty lines after the figures are the gap before the next row and go
    first; then leading empties, which come from merged label cells, then trailing empties (table
    2, whose labels are one cell wide, pads at the end instead: there `trailing_first`). When that
    reading breaks the row's rule and exactly one other choice of which empties to drop keeps it,
    that one is taken (an empty line was a blank cell, not a gap). Fewer cells with any figure: the
    row is short; cells are read in order (empty lines after the last figure are gaps, not cells,
    unless `gaps_are_cells`: the table sets no empty line between its rows) and the missing ones
    are unknown — never shifted to fill the gap by guessing; a short row with an empty line among
    its cells (a blank, or only a gap?) is unknown whole. `gaps_close_rows`: the table closes every row
    with an empty line, so a last empty line making up the width is that close, never a blank cell.
    """
    for value in values:
        if not value.is_empty:
            break
    else:  # every cell empty (or none)
        line = values[0].line if values else None
        return [RawCell("", line or 0) for _ in range(width)], None
    if len(values) == width and not values[-1].gap:
        return list(values), None  # a cell a column, the last no empty line (most rows): nothing below trims it
    values = list(values)
    # the one empty line closing a row (`gaps_close_rows`); a blank last cell leaves a second one before it
    closed_by_one = gaps_close_rows and len(values) >= 2 and values[-1].gap and not values[-2].gap
    while len(values) > width and values[-1].gap:
        values.pop()
    ends = (-1, 0) if trailing_first else (0, -1)
    trimmed = list(values)
    for end in ends:
        while len(trimmed) > width and trimmed[end].is_empty:
            trimmed.pop(end)
    if len(trimmed) > width:
        filled = [v for v in trimmed if not v.is_empty]
        if len(filled) == width:  # every column has its figure: the extra empties are spans, not cells
            return filled, None
        return [None] * width, f"{len(trimmed)} cells where the template has {width}"
    if row_rule is not None and len(trimmed) == width and trimmed[-1].gap and not gaps_are_cells:
        reading = reading_of(trimmed)
        if closed_by_one or reading is None or not row_rule(reading):
            trimmed.pop()  # the empty line ends a short row; it is not the row's last cell
    if len(trimmed) < width:
        while trimmed and trimmed[-1].gap and not gaps_are_cells:
            trimmed.pop()
        if not gaps_are_cells and any(v.gap for v in trimmed):
            # an empty line inside a short row may be a blank cell or only a gap: no order holds
            return [None] * width, f"{len(trimmed)} of {width} cells, empty lines among them"
        return trimmed + [None] * (width - len(trimmed)), f"{len(trimmed)} of {width} cells"
    if row_rule is not None and len(values) > width:
        reading = reading_of(trimmed)
        if reading is not None and not row_rule(reading):
            keeping = [c for c in _trims(values, width) if (r := reading_of(c)) is not None and row_rule(r)]
            if len(keeping) == 1:
                return keeping[0], None
    return trimmed, None


def _trims(values: list[RawCell], width: int) -> list[list[RawCell]]:
    """Every way to drop leading and trailing empty cells down to `width`."""
    excess = len(values) - width
    found = []
    for lead in range(excess + 1):
        kept = values[lead : len(values) - (excess - lead)]
        dropped = values[:lead] + values[len(values) - (excess - lead) :]
        if all(v.is_empty for v in dropped):
            found.append(kept)
    return found


def reading_of(cells: list[RawCell | None]) -> R.Reading | None:
    """The figures of cells that all read cleanly (a value or blank), else None."""
    texts = []
    for raw in cells:
        if raw is None:
            return None
        texts.append(raw.text)
    return reading_of_texts(tuple(texts))


@lru_cache(maxsize=1 << 14)  # a row's texts recur from report to report (rows of zeros, blank marks)
def reading_of_texts(texts: tuple[str, ...]) -> R.Reading | None:
    """`reading_of` of cells of these texts: a function of the texts alone, looked up once a row, not a cell."""
    values = []
    for text in texts:
        read = read_count(text)
        if read.state == UNKNOWN:
            return None
        values.append(read.value)
    return tuple(values)
