"""Table 3 read as a grid, where the format delimits every cell: a row of tab-separated cells (text with tabs,
and the text the DOCX and HTML readers write) or of pipe cells (markdown, `| 一、… | 3 | 0 | … |`) a line.

Where each of the table's rows is one line whose label is the template's next row's, followed by exactly one
cell a column, each a plain figure or a blank mark, and each row keeps its own sum (total = its parts), the full
reader (`application_table.read_applications`) has nothing to decide: no row to find among wrapped lines, no
piece to place, no split to recover. Its record is then the cells as printed, which this reader writes without
the full reader's passes. Any other table (a wrapped label, a short or long row, a stray line, an empty cell, a
row breaking its sum, a figure of another shape) is not this reader's: it says so before writing anything, and
the full reader reads it.

Table 4 is read by the same reader: its one row of figures (no label) under the header, each proceeding's total
its outcomes' sum; as printed where it is one line of exactly one cell a column and nothing else holds a figure.

Table 2 is read so too where each of its blocks is printed as a grid (`read_grid_disclosures`): the article's
heading on a line of its own (a cell of it or not), one header line naming one of the template's lists of the
article's columns a cell, then its items' rows, each one line of an item's label and one cell a column, as wide
as the header. Its cells are written by the full reader's own writers (disclosure_table.py): an amount's unit as
the header or the cell says."""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from functools import lru_cache
from itertools import repeat
from operator import attrgetter
from types import MappingProxyType
from typing import NamedTuple

from ..core import labels as L
from . import align as A
from . import recovery as R
from .application_table import row_not_found, warn_other_as_one_row
from .cells import BLANK, read_count
from .disclosure_table import (
    FIGURES_PIECE_RE,
    disclosure_cells,
    known_column_lists,
    match_metrics,
    units_in_header,
    unread_disclosures,
    years_as_words,
)
from .record import ParsedReport
from .rows import RawCell, Row, reading_of_texts
from .table_reading import _article_of, _count_cells, _item_of
from .template import OTHER_SUB_ROWS, template_sequence

# a figure as a grid cell prints it: digits (ASCII or full-width), thousands grouped by commas or not
_FIGURE = re.compile(r"[0-9]{1,3}(?:,[0-9]{3})+|[0-9０-９]+")


@lru_cache(maxsize=8)
def _labels_in_order(template: str, other_as_one_row: bool = False) -> tuple[tuple[str, str], ...]:
    """Each of the template's table 3 rows, in order, with its label's core words as the template prints them
    (`squash`: no numbering or bracketed note), the words two rows share included; `other_as_one_row`: row `other`
    (（六）其他处理, as the 2019 template prints it) in place of its three sub-rows."""
    keys = L.application_rows(template)
    if other_as_one_row:
        keys = tuple(key for key in template_sequence(template) if key not in OTHER_SUB_ROWS)
    return tuple((key, L.APPLICATION_ROWS[key][0][0] + L.APPLICATION_SHARED_ENDINGS.get(key, "")) for key in keys)


_GROUP_HEADINGS = frozenset(L.OUTCOME_GROUP_HEADINGS)
_TEXT = attrgetter("text")
_PROBLEM = attrgetter("problem")


@lru_cache(maxsize=1 << 12)  # a template's labels recur from report to report: one squash a label's text
def _squashed(text: str) -> str:
    return L.squash(text)


@lru_cache(maxsize=1 << 12)  # a table's label cells recur from report to report: looked up once a row
def _label_words(texts: tuple[str, ...]) -> str | None:
    """The core words of a row's label cells (those before the columns' cells): its last printed cell's, where
    any printed before it is the heading of its group of outcome rows (`三、本年度办理结果`, `（三）不予公开`);
    "" where none prints; else None."""
    printed = [text for text in texts if text.strip()]
    if not printed:
        return ""
    if any(_squashed(text) not in _GROUP_HEADINGS for text in printed[:-1]):
        return None
    return _squashed(printed[-1])


def _grid_cell(text: str) -> bool:
    """A cell the grid reader reads as printed: a figure (digits, ASCII or full-width, or ASCII digits grouped in
    thousands by commas) without a leading zero, a blank mark, or nothing (a blank cell: the delimiters say so)."""
    if _FIGURE.fullmatch(text):
        return len(text) == 1 or text[0] not in "0０"
    return text == text.strip() and (not text or read_count(text).state == BLANK)


class _Grid(NamedTuple):
    """What a table's grid row is: `width` cells (one a column) after its label, keeping `sums_hold`; its columns'
    header words (`names`, a set a column), which a pipe table's header prints over them; `pipe_blanks`: a pipe
    cell printing nothing is a blank (table 4's converters may set an empty pipe cell of no column among its
    words, review_table._review_words_short_of_the_columns: no grid there)."""
    width: int
    sums_hold: Callable[[R.Reading], bool]
    names: tuple[frozenset[str], ...]
    pipe_blanks: bool


_APPLICATIONS = _Grid(len(L.APPLICANT_KEYS), R.applicant_sum_holds,
                      tuple(frozenset(names) for names in L.APPLICANTS.values()), True)
_REVIEW_KEYS = tuple((proceeding, outcome) for proceeding in L.PROCEEDING_KEYS for outcome in L.REVIEW_OUTCOME_KEYS)
_REVIEWS = _Grid(len(_REVIEW_KEYS), R.review_sums_hold,
                 tuple(frozenset({L.REVIEW_OUTCOMES[outcome]}) for _, outcome in _REVIEW_KEYS), False)


@lru_cache(maxsize=1 << 14)  # a table's rows recur from report to report (zeros, blank marks): looked up once a row
def _read_as_printed(texts: tuple[str, ...], piped: bool, grid: _Grid) -> bool:
    """Whether cells of these texts (a pipe cell's inside its padding spaces) are each a grid cell and keep the
    row's sums."""
    texts = tuple(text.strip() for text in texts) if piped else texts
    if not all(map(_grid_cell, texts)) or piped and not grid.pipe_blanks and not all(texts):
        return False
    reading = reading_of_texts(texts)
    return reading is not None and grid.sums_hold(reading)


def _one_line_of_cells(row: Row) -> bool:
    """Whether the row is one line (a reading line, tokens.py) of tab or pipe cells, each where the format set it:
    no cell found by where it stands, cut from a run, joined from lines or a space apart, and none missing or
    padding (a pipe row short of its rule's cells, `short_by`, or whose trailing empty cells are padding, `padded`)."""
    return (row.tabbed or row.piped) and not (row.aligned or row.joined or row.stacked or row.spaced or row.short_by
                                              or row.padded)


@lru_cache(maxsize=1 << 12)  # a table's misprinted labels recur from report to report of a layout
def _names_its_row(label: str, key: str, sequence: tuple[str, ...]) -> bool:
    """Whether the squashed `label` (its label cells' words, headings before them included, as the full reader's
    alignment reads them) names row `key` of the template's rows `sequence` better than any other row (an
    abbreviation, `国家秘密` for 属于国家秘密, or a misprint, `其他法律行政止公开`): the alignment takes it for that
    row wherever its neighbours stand in order."""
    return A.best_rows([A.Candidate((label,), True)], A.template_rows(sequence)) == [key]


def _grid_cells(row: Row, key: str, words: str, grid: _Grid, sequence: tuple[str, ...] = ()) -> list[RawCell] | None:
    """The row's cells, one a column, where the row is one line of cells (`_one_line_of_cells`), its label row
    `key`'s: its `words` (none printed where "", and then no label cell) or, among the template's rows `sequence`
    (table 3), words naming that row alone (`_names_its_row`); and one figure or blank mark a column, keeping its
    sums; else None."""
    cells = row.cells
    labels = len(cells) - grid.width
    if labels < 0 or (labels == 0) != (not words) or not _one_line_of_cells(row):
        return None
    texts = tuple(map(_TEXT, cells))
    values = cells[labels:]
    label = _label_words(texts[:labels])
    if label is None or any(map(_PROBLEM, values)) or not _read_as_printed(texts[labels:], row.piped, grid):
        return None
    if label != words and (not sequence or not _names_its_row(_squashed("".join(texts[:labels])), key, sequence)):
        return None
    return values


def _pipe_header_over_the_columns(header: list[Row], first: Row, grid: _Grid) -> bool:
    """A markdown table's header over its first row's grid: pipe rows of one markdown table, as many cells each as
    the row, each of the row's last pipe cells (its columns') under a header cell naming that column.
    A converter (markitdown) may set a header word in the cell beside its column's (`| 法律服 |  | 其 总 |`), where
    the full reader places the row's figures by the header's words: not a grid."""
    piped = [row for row in header if row.piped]
    if not piped or not all(_in_one_grid(row, first) for row in piped):
        return False
    return _names_over_the_columns(tuple(tuple(map(_TEXT, row.cells)) for row in piped), len(first.cells) - grid.width,
                                   grid)


@lru_cache(maxsize=1 << 10)  # a table's header recurs from report to report: its words looked up once a header
def _names_over_the_columns(header: tuple[tuple[str, ...], ...], start: int, grid: _Grid) -> bool:
    """Whether each of the grid's columns, from cell `start` on, stands under a cell of the header's lines (`header`:
    their cells' texts) naming it."""
    return all(any(_squashed(texts[start + column]) in names for texts in header)
               for column, names in enumerate(grid.names))


def _in_one_grid(row: Row, first: Row) -> bool:
    """A tab row, or a pipe row of the first pipe row's markdown table and as many cells (its grid's columns)."""
    return row.piped == first.piped and (not row.piped or (len(row.cells) == len(first.cells)
                                                           and row.markdown_table == first.markdown_table))


def _under_the_header_again(row: Row, last: Row, between: list[Row], pipe_header: tuple[tuple[str, ...], ...]
                            ) -> bool:
    """Whether pipe row `row` goes on the grid of the pipe row `last` in a later markdown table of as many cells, whose
    lines before it (`between`: those since `last`) print the header's pipe lines (`pipe_header`) again, every one,
    cell for cell and in order: the table broken over a page, its header repeated over the same columns."""
    return bool(pipe_header) and row.piped and last.piped and len(row.cells) == len(last.cells) \
        and row.markdown_table > last.markdown_table \
        and tuple(tuple(map(_TEXT, line.cells)) for line in between
                  if line.markdown_table == row.markdown_table) == pipe_header


def _group_heading_alone(row: Row) -> bool:
    """A line printing the heading of a group of outcome rows and nothing else."""
    printed = [cell.text for cell in row.cells if cell.text.strip()]
    return len(printed) == 1 and _squashed(printed[0]) in _GROUP_HEADINGS


def _header_again(row: Row, header: set[tuple[str, ...]]) -> bool:
    """Whether the row prints a line of the header again (`header`: its lines' cells' texts), cell for cell, no
    figure in it."""
    return not row.has_figures() and tuple(map(_TEXT, row.cells)) in header


def _prints_nothing(row: Row, start: int = 0) -> bool:
    """Whether the row's cells from `start` on print nothing."""
    for cell in row.cells[start:]:
        if cell.text.strip():
            return False
    return True


def _grid_rows(rows: list[Row], labels: tuple[tuple[str, str], ...], grid: _Grid, sequence: tuple[str, ...] = ()
               ) -> list[tuple[str, Row, list[RawCell]]] | None:
    """Each of `labels`' rows (key, label words in order) with its row and cells, where `rows` (the section's,
    heading and header first) are a clean grid of them (module docstring; `sequence`: the template's rows, where a
    label may name its row in other words, `_grid_cells`); else None. Lines before the first row hold no figure (the
    heading, the header), lines among the rows are a group's heading or the header's lines again, lines after the
    last print nothing; any other line, and None."""
    first_key, first_words = labels[0]
    at, count = 0, len(rows)
    while at < count and _grid_cells(rows[at], first_key, first_words, grid, sequence) is None:
        if rows[at].has_figures() or first_words and _label_words(tuple(map(_TEXT, rows[at].cells))) == first_words:
            return None  # a figure above the first row, or its label on a line of its own: not a clean grid
        at += 1
    if at < count and rows[at].piped and not _pipe_header_over_the_columns(rows[:at], rows[at], grid):
        return None
    # the header's lines (after the section's heading), which a table may print again among its rows (a page break)
    header = {texts for row in rows[1:at] if any(texts := tuple(map(_TEXT, row.cells)))}
    pipe_header = tuple(tuple(map(_TEXT, row.cells)) for row in rows[1:at] if row.piped)
    read: list[tuple[str, Row, list[RawCell]]] = []
    for key, words in labels:
        # a group's heading on a line of its own before its first row (`（六）其他处理` over its three sub-rows), or
        # a line of the header again, no figure in it
        after = at
        while at < count and (values := _grid_cells(rows[at], key, words, grid, sequence)) is None and (
                _group_heading_alone(rows[at]) or header and _header_again(rows[at], header)):
            at += 1
        if at == count or values is None or (read and not _in_one_grid(rows[at], read[-1][1])
                                             and not _under_the_header_again(rows[at], read[-1][1], rows[after:at],
                                                                             pipe_header)):
            return None
        read.append((key, rows[at], values))
        at += 1
    for row in rows[at:]:
        if not _prints_nothing(row):
            return None
    return read


def read_grid_applications(report: ParsedReport, rows: list[Row], template: str) -> bool:
    """Table 3's cells into the report where its rows (`rows`: the section's, heading and header first) are a
    clean grid (`_grid_rows`); says whether they were."""
    sequence = template_sequence(template)
    read = _grid_rows(rows, _labels_in_order(template), _APPLICATIONS, sequence)
    # （六）其他处理 printed as one row where the template has its sub-rows (2021): the full reader says so, reads
    # `other` and leaves the sub-rows unknown, as written here
    other_as_one_row = read is None and "other" not in L.application_rows(template)
    if other_as_one_row:
        read = _grid_rows(rows, _labels_in_order(template, other_as_one_row=True), _APPLICATIONS, sequence)
    if read is None:
        return False
    if other_as_one_row:
        warn_other_as_one_row(report, next(row.line for key, row, _ in read if key == "other"))
        for key in OTHER_SUB_ROWS:
            row_not_found(report, key)
    for key, row, values in read:
        _count_cells(report, "applications", zip(repeat(key), L.APPLICANT_KEYS), values, row.line)
    return True


_REVIEW_ROW = (("reviews", ""),)  # table 4's one row, its label printing nothing


def read_grid_reviews(report: ParsedReport, rows: list[Row]) -> bool:
    """Table 4's cells into the report where its rows (the section's, heading and header first) are a clean grid
    of its one row (`_grid_rows`); says whether they were."""
    read = _grid_rows(rows, _REVIEW_ROW, _REVIEWS)
    if read is None:
        return False
    (_, row, values), = read
    _count_cells(report, "reviews", _REVIEW_KEYS, values, row.line)
    return True


# ---------------------------------------------------------------- table 2: its blocks, one an article

_SIGNED_FIGURE = re.compile(r"[+-]?(?:[0-9]+|[０-９]+)")
# an amount as a grid cell prints it: a figure, decimals or not, its unit after it (in brackets or not) or before it
_AMOUNT_FIGURE = r"(?:[0-9]+(?:\.[0-9]+)?|[０-９]+(?:[.．][０-９]+)?)"
_AMOUNT = re.compile(rf"(?:人民币)?{_AMOUNT_FIGURE} ?(?:[（(]?[万亿]?元[）)]?)?|[万亿]?元 ?{_AMOUNT_FIGURE}")


def _disclosure_grid_cell(text: str, metric: str) -> bool:
    """A cell of the metric's column the grid reader reads as printed: a count's figure or blank mark (`_grid_cell`),
    a change's figure with its sign, an amount's figure with its unit (a figure with a leading zero never a count)."""
    if metric in L.AMOUNT_METRICS and _AMOUNT.fullmatch(text):
        return not (text[0] in "0０" and text[1:2].isdigit())
    if metric in L.SIGNED_METRICS and text and text[0] in "+-":
        return _SIGNED_FIGURE.fullmatch(text) is not None and _grid_cell(text[1:])
    return _grid_cell(text)


def _header_columns(header: Row, article: str, template: str, year: int | None
                    ) -> tuple[tuple[str, ...], Mapping[str, str]] | None:
    """The block's columns and the units its header prints for its amount columns, where `header` is one line of
    cells (`_one_line_of_cells`) naming one of the template's lists of the article's columns (`_columns_named`);
    else None."""
    if not _one_line_of_cells(header) or header.has_figures():
        return None
    labels = header.label_places()  # its label cells: each printed cell, none a figure
    if not labels or labels[-1] != len(labels) - 1:
        return None
    return _columns_named(tuple(map(_TEXT, header.cells)), len(labels), article, template, year)


@lru_cache(maxsize=1 << 12)  # a block's header recurs from report to report: looked up once a header
def _columns_named(texts: tuple[str, ...], labels: int, article: str, template: str, year: int | None
                   ) -> tuple[tuple[str, ...], Mapping[str, str]] | None:
    """A header line's columns, of cells `texts` of which the first `labels` are its label cells: a first cell
    naming none (`信息内容`), one cell a column naming it, in order, and cells printing nothing after them, naming
    one of the template's lists of the article's columns as the full reader reads them (its words joined, a year
    read as 本年 or 上一年); with the units its words print for amount columns (`本年收费金额（单位：万元）`)."""
    label = "".join(texts[:labels])
    if not label.strip() or FIGURES_PIECE_RE.search(label) or _item_of(label) is not None:
        return None
    columns = match_metrics(years_as_words("".join(map(_squashed, texts[:labels])), year))
    if columns not in known_column_lists(article, template) or len(texts) <= len(columns) \
            or any(text.strip() for text in texts[len(columns) + 1 :]):
        return None
    named = [match_metrics(years_as_words(_squashed(text), year)) for text in texts[: len(columns) + 1]]
    if named != [[], *([metric] for metric in columns)]:
        return None
    units = units_in_header(label) if "元" in label or "万" in label or "亿" in label else {}
    return tuple(columns), MappingProxyType(units)


def _item_row(row: Row, article: str, columns: tuple[str, ...], width: int) -> str | None:
    """The item whose row `row` is: one line of `width` cells (`_one_line_of_cells`), its first its one label
    cell, no cell with a problem, at least one figure and no amount going on past its line
    (`_item_of_cells`); else None."""
    cells = row.cells
    if len(cells) != width or not _one_line_of_cells(row) or row.amount_may_go_on or not row.has_figures() \
            or row.label_places() != (0,) or any(map(_PROBLEM, cells)):
        return None
    return _item_of_cells(tuple(map(_TEXT, cells)), row.piped, article, columns)


@lru_cache(maxsize=1 << 14)  # table 2's rows recur from report to report (labels, zeros, blank marks)
def _item_of_cells(texts: tuple[str, ...], piped: bool, article: str, columns: tuple[str, ...]) -> str | None:
    """The item of a row of cells `texts` (a pipe cell's inside its padding spaces): a label naming an item of the
    article (no figure in it), one cell a column each printed as a grid cell of its metric, nothing printed after
    them; else None."""
    label = texts[0]
    item = _item_of(label)
    if item is None or L.DISCLOSURE_ITEMS[item][0] != article or FIGURES_PIECE_RE.search(label):
        return None
    values = [text.strip() for text in texts[1:]] if piped else texts[1:]
    count = len(columns)
    if any(values[count:]) or not all(map(_disclosure_grid_cell, values[:count], columns)):
        return None
    return item


class _Block(NamedTuple):
    article: str
    columns: tuple[str, ...]
    units: Mapping[str, str]  # the amount columns' units the header prints
    items: list[tuple[int, str]]  # (the row's index, its item)


def _disclosure_blocks(rows: list[Row], template: str, year: int | None) -> list[_Block] | None:
    """Table 2's blocks where `rows` (the section's: its heading, if printed, first) are a grid of them (module
    docstring): lines printing nothing after the heading and after the last block; else None."""
    count = len(rows)
    if not count or rows[0].has_figures():
        return None
    at = 0 if _article_of(rows[0].label) is not None else 1  # the section's heading, where it printed one
    while at < count and _prints_nothing(rows[at]):
        at += 1
    blocks: list[_Block] = []
    seen: set[str] = set()  # the items and articles read
    while at + 1 < count and (article := _article_of(rows[at].label)) is not None:
        heading, header = rows[at], rows[at + 1]
        named = _header_columns(header, article, template, year)
        if named is None or article in seen or heading.has_figures() or not _prints_nothing(heading, 1) \
                or FIGURES_PIECE_RE.search(heading.label):
            return None
        seen.add(article)
        columns, units = named
        width = len(header.cells)
        items = []
        at += 2
        while at < count and (item := _item_row(rows[at], article, columns, width)) is not None:
            if item in seen:
                return None  # an item printed twice: the full reader reads its first row only
            seen.add(item)
            items.append((at, item))
            at += 1
        blocks.append(_Block(article, columns, units, items))
    if not blocks:
        return None
    for row in rows[at:]:
        if not _prints_nothing(row):
            return None
    return blocks


def read_grid_disclosures(report: ParsedReport, rows: list[Row], template: str) -> bool:
    """Table 2's cells into the report where its rows (the section's, heading first) are a grid of its blocks
    (`_disclosure_blocks`); says whether they were. Every item row is read under its block's header, its columns
    proven: none is left unproven (disclosure_table.COLUMNS_UNPROVEN)."""
    blocks = _disclosure_blocks(rows, template, report.year)
    if blocks is None:
        return False
    for block in blocks:
        for index, item in block.items:
            disclosure_cells(report, rows, index, item, block.columns, rows[index].cells[1:], block.units)
    unread_disclosures(report, template, {block.article for block in blocks},
                        {block.article: list(block.columns) for block in blocks if block.items})
    return True
