"""A PDF's text layer as the text the parser reads: lines of text, and tables as tab-separated rows.

The file is read by PDFium (pypdfium2) in two kinds of objects per page: the characters with their
boxes, and the ruling lines (the straight horizontal and vertical strokes and thin filled rectangles
that draw a table's grid; government reports rule their tables; a white fill, a browser's page
background, draws none). Characters the crop box hides are left out, but those laid off the paper on
a line the page shows (a table wider than the page) are read, and a figure the crop box cuts is
marked unreadable. The rest is plain functions over plain data, so it is tested without a PDF:

- `ruled_tables` snaps the rules onto shared coordinates, joins collinear pieces, and finds the
  cells: the regions of the grid closed on all four sides. A merged cell (rowspan/colspan) is one
  region; its text sits at its top-left grid position and the positions it covers are None, the
  grid shape `formats.grid_lines` writes as tab-separated rows. A last column the page's edge
  closes is cut: left out, never read as empty, unless the document shows it can be read
  (`read_cut_columns`).
- `text_lines` groups characters into lines by their vertical centre and reads each line left to
  right, a space where the PDF has one or where the gap between two characters is wider than a
  space. A line with a gap of a character or more (a table ruled only by white space) is laid out
  by column, the way `pdftotext -layout` writes it, which the parser reads.
- `page_items` puts a page's tables and lines in reading order; `pages_text` drops the running
  header, footer and page number of the page margins, and the header rows a table repeats at the
  top of the next page, and makes a row the page break cut in two one row again.

A PDF of more than MAX_PDF_PAGES pages is refused (too_costly) by PDFium's page count, before a
page is loaded; a PDF whose pages hold no printed character (spaces aside) is `image_only_pdf` (the
OCR path); a file PDFium cannot open is `corrupt_file`.
"""

from __future__ import annotations

import ctypes
import math
import re
from bisect import bisect_right
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache
from itertools import pairwise, repeat
from operator import attrgetter
from typing import NamedTuple

from ..core import numbering as N
from .cells import PERHAPS_CUT, UNDECODABLE, display_width
from .formats import TOO_COSTLY, FormatProblem, Groups, clean_cell, grid_lines, is_page_number
from .tokens import ROW_START_RE

MAX_PDF_PAGES = 500

SNAP = 3.0  # points: rules this close are one rule (a grid drawn twice, a double line, line widths)
MIN_RULE = 3.0  # points: shorter strokes are glyph parts or bullets, not rules
THIN = 2.0  # points: a filled rectangle this thin is a drawn line (how browsers draw cell borders)
MARGIN = 0.05  # of the page height: running headers, footers and page numbers sit within it


class Char(NamedTuple):
    """One character, its box in page coordinates read top-down (points from the top-left corner).
    A tuple, not a frozen dataclass: a page makes a thousand of them, and a tuple is made ten times
    faster."""

    text: str
    x0: float
    x1: float
    top: float
    bottom: float

    @property
    def size(self) -> float:
        return self.bottom - self.top

    @property
    def middle(self) -> float:
        return (self.top + self.bottom) / 2


@dataclass(frozen=True, slots=True)
class Rule:
    """A ruling line: horizontal (top == bottom) or vertical (x0 == x1), top-down coordinates."""

    x0: float
    top: float
    x1: float
    bottom: float

    @property
    def horizontal(self) -> bool:
        return self.x1 - self.x0 >= self.bottom - self.top


@dataclass(frozen=True, slots=True)
class Table:
    top: float
    bbox: tuple[float, float, float, float]  # x0, top, x1, bottom
    grid: list[list[str | None]]  # each cell's text at its top-left position; None where a merge covers
    columns: tuple[float, ...] = ()  # x of the grid's vertical lines, left to right: column c starts at columns[c]
    cut: CutColumn | None = None  # its last column, when the page's right edge cuts it
    open_foot: bool = False  # its last row closed by no rule: the page break cut it (`_closing_rule`)


class Figure(NamedTuple):
    """A figure of a cut table, outside its cut column, placed in its cell (`_figures_in`)."""

    inset: float  # from its cell's left rule to its first digit
    digits: int
    end: float  # from its cell's left rule to its first digit's right side
    column: int
    after: float  # from its last digit to its cell's right rule
    digit: float  # its digits' width, on average


@dataclass(frozen=True, slots=True)
class CutColumn:
    """A table's last column cut by the page's right edge, kept until the whole document says how its
    tables set their figures (`read_cut_columns`)."""

    index: int
    chars_of: dict[int, list[Char]]  # the characters of its cells, by row
    room: float  # points of it the paper shows
    width: float  # the page's
    figures: tuple[Figure, ...]  # the table's other figures
    whole: dict[int, str] | None = None  # each cell's text with what the file holds past the edge (`_past_the_edge`)
    past: bool = False  # some of its text stands past the edge
    nothing_beyond: bool = False  # its page holds no printed character past the paper's right edge


# ---------------------------------------------------------------- lines


def text_lines(chars: list[Char], columns: bool = True) -> list[tuple[float, float, str]]:
    """(top, bottom, text) of each line, top to bottom. Characters are one line when their vertical
    centres are within half a character of the line's first; spaces in the PDF are kept as word
    breaks, not as characters. With `columns`, a line whose words stand two characters apart or
    more (a table ruled only by white space) is laid out as `pdftotext -layout` lays it: each
    word at the column its x position gives, half a character a column from the leftmost
    character of `chars`, so the cells of its rows stand under one another."""
    lines = _line_groups(chars)
    if columns:
        printed = [char for char in chars if char.text.strip()]
        left = min((char.x0 for char in printed), default=0.0)
        sizes = sorted(char.bottom - char.top for char in printed)
        column = max(sizes[len(sizes) // 2] / 2, 1.0) if sizes else 1.0
    out = []
    for line in lines:
        words = line_words(line)
        if len(words) > 1 and columns:
            text = ""
            for x0, word in words:
                gap = round((x0 - left) / column) - display_width(text)
                text += " " * max(gap, 2 if text else 0) + word
        elif len(words) == 1:
            text = words[0][1]
        else:
            text = " ".join(word for _, word in words)
        if text.strip():
            out.append((min(c.top for c in line), max(c.bottom for c in line), text.rstrip()))
    return out


def _line_groups(chars: list[Char]) -> list[list[Char]]:
    """The characters of each line, top to bottom: one line while their vertical centres are
    within half a character of the line's first."""
    lines: list[list[Char]] = []
    centre = first_size = 0.0
    for char in sorted(chars, key=_middle) if len(chars) > 1 else chars:
        middle, size = (char.top + char.bottom) / 2, char.bottom - char.top
        # max(1, min(size, first) / 2) written out: a call per character is a tenth of a page's layout
        half = 0.5 * (first_size if first_size < size else size)  # noqa: FURB136
        if lines and middle - centre <= (half if half > 1.0 else 1.0):  # noqa: FURB136
            lines[-1].append(char)
            continue
        lines.append([char])
        centre, first_size = middle, size
    return lines


def cell_text(chars: list[Char]) -> str:
    """The text of a table cell: its lines (`text_lines` without columns) one under the other."""
    if len(chars) == 1:
        text = chars[0].text
        return text if text.strip() else ""
    texts = (" ".join(word for _, word in line_words(line)).rstrip() for line in _line_groups(chars))
    return "\n".join(text for text in texts if text)


def _middle(char: Char) -> float:
    return (char.top + char.bottom) / 2


def _left(char: Char) -> float:
    return char.x0


def line_words(line: list[Char]) -> list[tuple[float, str]]:
    """(x0, text) of the runs of a line, left to right, that stand a character apart or more.
    Within a run, a gap wider than a third of a character (or a space in the PDF) is one space. A
    figure that ends its run, half a character clear of the text before it with no space printed
    between, is a run of its own: a narrow table's cell padding (`行政许可 517645`), where prose
    prints a space or goes on after the figure (`苏州东路 42 号`)."""
    words: list[tuple[float, str]] = []
    parts: list[str] = []
    start, spaced = 0.0, False
    previous_x1 = previous_size = None
    figure = None  # (index in parts, x0) of the last figure that stands clear of the text before it
    for char in sorted(line, key=_left) if len(line) > 1 else line:
        text = char.text
        if not text.strip():
            spaced = previous_x1 is not None
            continue
        size = char.bottom - char.top
        if previous_x1 is not None:
            # max(size, previous, 1) written out, as in _line_groups
            widest = previous_size if previous_size > size else size  # noqa: FURB136
            widest = 1.0 if 1.0 > widest else widest  # noqa: FURB136
            gap = char.x0 - previous_x1
            if gap >= widest:
                words += _figure_apart(start, parts, figure)
                parts, figure = [], None
            elif spaced or gap > widest / 3:
                if not spaced and gap > widest / 2 and text.isdigit() and not _in_figure(parts[-1]):
                    figure = (len(parts) + 1, char.x0)
                parts.append(" ")
        if not parts:
            start = char.x0
        parts.append(text)
        previous_x1, previous_size, spaced = char.x1, size, False
    if parts:
        words += _figure_apart(start, parts, figure)
    return words


def _in_figure(text: str) -> bool:
    return text.isdigit() or text in ".,-"


def _figure_apart(start: float, parts: list[str], figure: tuple[int, float] | None) -> list[tuple[float, str]]:
    """A run as one word, or two when it ends in a figure that stands clear of the text before it."""
    if figure is not None and all(_in_figure(part) for part in parts[figure[0]:]):
        return [(start, "".join(parts[: figure[0] - 1])), (figure[1], "".join(parts[figure[0]:]))]
    return [(start, "".join(parts))]


# ---------------------------------------------------------------- ruled tables


def _clusters(values: list[float]) -> dict[float, float]:
    """Each value to the mean of its cluster: values within SNAP of their neighbour are one."""
    mapping: dict[float, float] = {}
    group: list[float] = []
    for value in sorted(set(values)) + [math.inf]:
        if group and value - group[-1] > SNAP:
            mean = sum(group) / len(group)
            mapping.update((member, mean) for member in group)
            group = []
        group.append(value)
    return mapping


def _joined(segments: dict[float, list[tuple[float, float]]]) -> list[tuple[float, float, float]]:
    """(position, start, end) of each rule once collinear pieces that touch or overlap are joined."""
    out = []
    for position, pieces in segments.items():
        pieces.sort()
        start, end = pieces[0]
        for piece_start, piece_end in pieces[1:]:
            if piece_start <= end + SNAP:
                end = max(end, piece_end)
                continue
            out.append((position, start, end))
            start, end = piece_start, piece_end
        out.append((position, start, end))
    return [rule for rule in out if rule[2] - rule[1] >= MIN_RULE]


def ruled_tables(rules: list[Rule], chars: list[Char], width: float | None = None,
                 beyond: list[Char] = ()) -> tuple[list[Table], list[Char]]:
    """The tables the rules draw, with the text of each cell, and the characters outside every cell.
    `width`: the page's, where a table may be cut (`_table`); `beyond`: the characters past the
    paper's right edge, where a cut table's last column may go on (`_past_the_edge`)."""
    horizontal = [r for r in rules if r.horizontal]
    vertical = [r for r in rules if not r.horizontal]
    y_of = _clusters([(r.top + r.bottom) / 2 for r in horizontal])
    x_of = _clusters([(r.x0 + r.x1) / 2 for r in vertical])
    rows_by_y: dict[float, list[tuple[float, float]]] = {}
    for r in horizontal:
        rows_by_y.setdefault(y_of[(r.top + r.bottom) / 2], []).append((r.x0, r.x1))
    cols_by_x: dict[float, list[tuple[float, float]]] = {}
    for r in vertical:
        cols_by_x.setdefault(x_of[(r.x0 + r.x1) / 2], []).append((r.top, r.bottom))
    hs, vs = _joined(rows_by_y), _joined(cols_by_x)
    # a table: rules connected through their crossings
    h_group, v_group = _connected(hs, vs)
    groups: dict[int, tuple[list, list]] = {}
    for group, rule in zip(h_group, hs, strict=True):
        groups.setdefault(group, ([], []))[0].append(rule)
    for group, rule in zip(v_group, vs, strict=True):
        groups.setdefault(group, ([], []))[1].append(rule)
    tables = []
    inside: set[int] = set()
    centres = None
    for group_h, group_v in groups.values():
        if len(group_h) >= 2 and len(group_v) >= 2:
            centres = centres if centres is not None else _centres(chars)
            table, taken = _table(group_h, group_v, chars, centres, width, beyond)
            if table is not None:
                tables.append(table)
                inside |= taken
    return tables, [char for index, char in enumerate(chars) if index not in inside] if inside else list(chars)


def _centres(chars: list[Char]):
    """The characters' centres, x and y, as two arrays: each table finds its characters among them
    at once (`_table`)."""
    import numpy as np

    boxes = np.array(chars and [char[1:] for char in chars], dtype=np.float64).reshape(-1, 4)  # x0, x1, top, bottom
    return (boxes[:, 0] + boxes[:, 1]) / 2, (boxes[:, 2] + boxes[:, 3]) / 2


def _connected(hs: list[tuple[float, float, float]], vs: list[tuple[float, float, float]]) -> tuple[list[int], list[int]]:
    """Which group each horizontal and each vertical rule belongs to (a number shared by the
    group's rules): rules are one group when they cross (within SNAP), directly or through other
    rules. Every pair's crossing is tested at once in arrays; only the crossings found are joined."""
    import numpy as np

    if not hs or not vs:
        return list(range(len(hs))), list(range(len(hs), len(hs) + len(vs)))
    if len(hs) * len(vs) > MAX_PAIRS_AT_ONCE:  # no page of a report: its arrays would not be small
        return _connected_pair_by_pair(hs, vs)
    h = np.array(hs, dtype=np.float64)  # y, x0, x1
    v = np.array(vs, dtype=np.float64)  # x, y0, y1
    crossing = ((h[:, 1:2] - SNAP <= v[:, 0]) & (v[:, 0] <= h[:, 2:3] + SNAP)
                & (v[:, 1] - SNAP <= h[:, 0:1]) & (h[:, 0:1] <= v[:, 2] + SNAP))
    return _grouped(len(hs), len(vs), zip(*(found.tolist() for found in np.nonzero(crossing)), strict=True))


MAX_PAIRS_AT_ONCE = 250_000  # `_connected`: horizontal × vertical rules tested in arrays (a report's page: hundreds)


def _connected_pair_by_pair(hs: list[tuple[float, float, float]], vs: list[tuple[float, float, float]]) -> tuple[list[int], list[int]]:
    """`_connected` one pair of rules at a time, in memory that does not grow with the pairs."""
    return _grouped(len(hs), len(vs), ((i, j) for i, (y, hx0, hx1) in enumerate(hs) for j, (x, vy0, vy1) in enumerate(vs)
                                       if hx0 - SNAP <= x <= hx1 + SNAP and vy0 - SNAP <= y <= vy1 + SNAP))


def _grouped(h_count: int, v_count: int, crossings: Iterable[tuple[int, int]]) -> tuple[list[int], list[int]]:
    """The group of each horizontal and each vertical rule once every crossing (i-th horizontal,
    j-th vertical) is joined."""
    groups = Groups(h_count + v_count)
    for i, j in crossings:
        groups.join(i, h_count + j)
    return [groups.find(i) for i in range(h_count)], [groups.find(h_count + j) for j in range(v_count)]


def _covered(rules: list[tuple[float, float, float]], start: float, end: float) -> bool:
    return any(rule_start - SNAP <= start and rule_end + SNAP >= end for _, rule_start, rule_end in rules)


def _covered_spans(rules: list[tuple[float, float, float]], cuts: list[float]) -> list[bool]:
    """For each span between consecutive cuts, whether a rule of this line covers it (`_covered`
    for all of a line's spans at once: most lines of a grid are one rule)."""
    if len(rules) == 1:
        _, start, end = rules[0]
        start, end = start - SNAP, end + SNAP
        return [start <= a and end >= b for a, b in pairwise(cuts)]
    return [_covered(rules, a, b) for a, b in pairwise(cuts)]


def _closing_rule(hs: list, vs: list) -> list[tuple[float, float, float]]:
    """The rule a page break left out under a table's last row: when the table's outer vertical rules
    and at least one between them run on past its last horizontal rule and end together (within SNAP),
    the row they enclose is closed there (Chromium cuts a row at the page's foot so: its cells drawn,
    its bottom rule not). A rule along their ends, or none."""
    last = max(y for y, _, _ in hs)
    left, right = min(x for x, _, _ in vs), max(x for x, _, _ in vs)
    ends = [(x, bottom) for x, top, bottom in vs if bottom > last + SNAP and top <= last + SNAP]
    if len(ends) < 3 or max(b for _, b in ends) - min(b for _, b in ends) > SNAP:
        return []
    xs = [x for x, _ in ends]
    if min(xs) > left + SNAP or max(xs) < right - SNAP:
        return []
    return [(sum(b for _, b in ends) / len(ends), left, right)]


def _table(hs: list, vs: list, chars: list[Char], centres, width: float | None = None,
           beyond: list[Char] = ()) -> tuple[Table | None, set[int]]:
    """The cells of one connected grid: the regions between its rules closed on every side.
    `centres` are the characters' centres (`_centres`). A last column closed by the page's right edge
    (`width`) is a table laid wider than the page and cut there: what it held past the edge may not
    be in the file, so its cells are left out (the rows come out short, their missing cells unknown),
    never read as empty, unless nothing of it can be lost (`_read_the_cut_column`)."""
    closing = _closing_rule(hs, vs)
    hs = hs + closing
    ys = sorted({y for y, _, _ in hs})
    xs = sorted({x for x, _, _ in vs})
    h_at: dict[float, list] = {}
    for rule in hs:
        h_at.setdefault(rule[0], []).append(rule)
    v_at: dict[float, list] = {}
    for rule in vs:
        v_at.setdefault(rule[0], []).append(rule)
    n_rows, n_cols = len(ys) - 1, len(xs) - 1
    # regions of elementary cells with no rule between them; a region touching an open side is no cell
    region = Groups(n_rows * n_cols)
    find = region.find
    v_closed = [_covered_spans(v_at[x], ys) for x in xs]  # [column line][row]: a rule runs there
    h_closed = [_covered_spans(h_at[y], xs) for y in ys]  # [row line][column]
    for r in range(n_rows):
        for c in range(n_cols):
            here = r * n_cols + c
            if c + 1 < n_cols and not v_closed[c + 1][r]:
                region.join(here, here + 1)
            if r + 1 < n_rows and not h_closed[r + 1][c]:
                region.join(here, here + n_cols)
    roots = [find(here) for here in range(n_rows * n_cols)]
    members: dict[int, list[tuple[int, int]]] = {}
    for r in range(n_rows):
        for c in range(n_cols):
            members.setdefault(roots[r * n_cols + c], []).append((r, c))
    cells: dict[int, tuple[int, int, int, int]] = {}  # region → first row, first column, last row, last column
    for key, positions in members.items():
        if len(positions) == 1:  # most cells: one grid position, its four sides looked up
            (r0, c0), = positions
            if h_closed[r0][c0] and h_closed[r0 + 1][c0] and v_closed[c0][r0] and v_closed[c0 + 1][r0]:
                cells[key] = (r0, c0, r0, c0)
            continue
        r0, r1 = min(r for r, _ in positions), max(r for r, _ in positions)
        c0, c1 = min(c for _, c in positions), max(c for _, c in positions)
        closed = (len(positions) == (r1 - r0 + 1) * (c1 - c0 + 1)
                  and _covered(h_at[ys[r0]], xs[c0], xs[c1 + 1]) and _covered(h_at[ys[r1 + 1]], xs[c0], xs[c1 + 1])
                  and _covered(v_at[xs[c0]], ys[r0], ys[r1 + 1]) and _covered(v_at[xs[c1 + 1]], ys[r0], ys[r1 + 1]))
        if closed:
            cells[key] = (r0, c0, r1, c1)
    if not cells:
        return None, set()
    texts: dict[int, list[Char]] = {key: [] for key in cells}
    taken: set[int] = set()
    import numpy as np

    across, down = centres
    # the characters whose centre lies strictly within the grid, each in its grid position (bisect_right's)
    within = np.flatnonzero((across > xs[0]) & (across < xs[-1]) & (down > ys[0]) & (down < ys[-1]))
    positions = ((np.searchsorted(ys, down[within], side="right") - 1) * n_cols
                 + np.searchsorted(xs, across[within], side="right") - 1)
    for index, position in zip(within.tolist(), positions.tolist(), strict=True):
        key = roots[position]
        if key in texts:
            texts[key].append(chars[index])
            taken.add(index)
    grid: list[list[str | None]] = [[None] * n_cols for _ in range(n_rows)]
    cut = n_cols - 1 if width is not None and n_cols > 1 and abs(xs[-1] - width) <= SNAP else None
    for key, (r0, c0, _r1, _c1) in cells.items():
        if c0 != cut:
            grid[r0][c0] = cell_text(texts[key])
    cut_column = None
    if cut is not None and width is not None:
        chars_of = {r0: texts[key] for key, (r0, c0, _, _) in cells.items() if c0 == cut}
        spans = {r0: (ys[r0], ys[r1 + 1]) for key, (r0, c0, r1, _) in cells.items() if c0 == cut}
        # a table of header rows only (the header's first page, its rows of figures on the next): its cut
        # column can hold no figure, so its words alone may be read past the edge (`总` on the paper, `计` past it)
        words_only = not any(any(ch.isdigit() for ch in text or "") for row in grid for text in row)
        past = _past_the_edge(spans, chars_of, xs[cut], width, beyond,
                              [(i, chars[i]) for i in np.flatnonzero(across >= xs[-1]).tolist()], words_only)
        whole = None
        if past is not None:
            past, readable = past
            for _, index in past.values():
                taken |= index
            if readable:
                whole = {row: cell_text(chars + past.get(row, ([], set()))[0]) for row, chars in chars_of.items()}
        _read_the_cut_column(grid, cut, chars_of, width, nothing_beyond=not beyond)
        cut_column = CutColumn(cut, chars_of, width - xs[cut], width,
                               _figures_in([(c0, xs[c0], xs[c1 + 1], texts[key])
                                            for key, (_, c0, _, c1) in cells.items() if c0 != cut]),
                               whole, bool(past), not beyond)
    return Table(*_table_box(cells, xs, ys), grid, tuple(xs), cut_column, bool(closing)), taken


def _table_box(cells: dict[int, tuple[int, int, int, int]], xs: list[float], ys: list[float]):
    """A table's top and its box (x0, top, x1, bottom) from its cells' grid positions."""
    top = min(ys[r0] for r0, _, _, _ in cells.values())
    return top, (min(xs[c0] for _, c0, _, _ in cells.values()), top,
                 max(xs[c1 + 1] for _, _, _, c1 in cells.values()), max(ys[r1 + 1] for _, _, r1, _ in cells.values()))


def _past_the_edge(spans: dict[int, tuple[float, float]], chars_of: dict[int, list[Char]], left: float, width: float,
                   beyond: list[Char], loose: list[tuple[int, Char]],
                   words_only: bool = False) -> tuple[dict[int, tuple[list[Char], set[int]]], bool] | None:
    """The cut column's cells read whole where the file holds what it prints past the paper's right
    edge (LibreOffice writes a table wider than the page with its last column's text off the paper:
    `０` on it, `４７` of the 总计 column past it, `１０` / `５` wrapped in a cell). `spans`: the cut
    column's cells by row, each its top and bottom; `left`: the column's left rule; `beyond`: every
    character past the edge (`read_page`); `loose`: the page's characters right of the grid (index
    in the page's list, character), those on a shown line among them. Read only where some cell's
    text in the document goes on past the edge (so the file holds it: `read_cut_columns`; here
    nothing may be found past it) and every line of text in the cut column's
    cells is one word starting on the paper, inside the column, each line of figures at one inset:
    one column of figures set at its cells' left, whose every figure shows its first character on
    the paper, so an empty cell is empty and no text of a further column is in it (a header word
    may be centred). `words_only`: the table holds no figure outside the column (a header's rows
    alone, the rows of figures on the next page): the column's words are read where it holds no figure
    either and each line of it is one word starting on the paper inside it. Each row → (its characters
    past the grid, the indices of those in the page's list), and whether the cells are whole: False where
    a wrapped figure lost glyphs the file does not hold (`_glyphs_lost_in_a_wrap`; its characters are
    still the column's, no loose text). None: not shown so."""
    index_of = {char: i for i, char in loose}
    found: dict[int, tuple[list[Char], set[int]]] = {}
    for char in [*beyond, *(char for _, char in loose if char not in beyond)]:
        if not char.text.strip():
            continue
        rows = [row for row, (top, bottom) in spans.items() if top < char.middle < bottom]
        if not rows:
            if any(top - char.size < char.middle < bottom + char.size for top, bottom in spans.values()):
                return None  # past the edge beside the column but in no cell of it: not one column's text
            continue
        chars, indices = found.setdefault(rows[0], ([], set()))
        chars.append(char)
        if char in index_of:
            indices.add(index_of[char])
    starts = []  # of the lines of figures
    figure_lines: list[list[list[Char]]] = []  # each cell's lines, where every line of it is (a piece of) a figure
    for row, shown in chars_of.items():
        lines = _line_groups([char for char in shown + found.get(row, ([], set()))[0] if char.text.strip()])
        for line in lines:
            words = line_words(line)
            start = min(char.x0 for char in line)
            if len(words) != 1 or not left <= start < width:
                return None
            if words_only and any(char.text.isdigit() for char in line):
                return None
            if all(char.text.isdigit() for char in line):
                starts.append(start)
        if lines and all(_FIGURE_RE.fullmatch("".join(char.text for char in line)) for line in lines):
            figure_lines.append(lines)
    if words_only:
        return found, True
    if not starts or max(starts) - min(starts) > 1.0:
        return None
    return found, not _glyphs_lost_in_a_wrap(figure_lines)


def _glyphs_lost_in_a_wrap(cells: list[list[list[Char]]]) -> bool:
    """Whether a figure wrapped in a cell of the column lost glyphs the file does not hold: a cell's line
    wraps only where its next glyph would not fit, so every line but a cell's last, with the first glyph
    of the line after it, is wider than any line of figures the column holds. LibreOffice writes
    `１,１３２` wrapped as `１,１` / `３２` past the paper's edge keeping only `１` / `３２` (the glyphs past
    the edge on the first line dropped): `１` and `３` would fit where `４９６` does, so the cell is not whole
    (`１３２` is no reading of it). `cells`: each cell's lines of figures, top to bottom."""
    def extent(line: list[Char]) -> float:
        return max(char.x1 for char in line) - min(char.x0 for char in line)

    widest = max((extent(line) for lines in cells for line in lines), default=0.0)
    for lines in cells:
        for line, after in pairwise(lines):
            first = min(after, key=attrgetter("x0"))
            if extent(line) + (first.x1 - first.x0) <= widest + 0.5:
                return True
    return False


def _figures_in(cells: list[tuple[int, float, float, list[Char]]]) -> tuple[Figure, ...]:
    """Each figure placed in its cell (`Figure`). `cells`: each cell's column, left and right edges and
    characters."""
    figures = []
    for column, left, right, chars in cells:
        shown = sorted((char for char in chars if char.text.strip()), key=_left)
        if shown and all(char.text.isdigit() for char in shown):
            last = max(char.x1 for char in shown)
            figures.append(Figure(shown[0].x0 - left, len(shown), shown[0].x1 - left, column, right - last,
                                  (last - shown[0].x0) / len(shown)))
    return tuple(figures)


def read_cut_columns(tables: list[Table]) -> None:
    """Read, in place, the cut columns of a document's tables as far as the document shows they can be:
    when its tables set their figures at their cells' left (each starts the same inset from its cell's
    left edge, figures of different lengths among them: centred or right-aligned figures show no such
    inset), an empty cell of a cut column whose paper shows where a figure's first digit would stand
    is empty (`_read_the_cut_column`). Where the file holds what every cut table prints past the
    page's edge (`_past_the_edge`), each cut column is read whole from it instead (decided once for
    the document). The insets are decided for the document's figures together, else for each table,
    all its pages together (the pages of one table share its cut column's left rule): every page of a
    table is read alike, so its rows keep one width, and another table setting its figures otherwise
    (centred) does not stop it. Figures all of one length (a sparse table of 1s and 2s) show the same
    by where they stand in cells wider than they are (`_reach_of_figures_left_of_centre`), asked last."""
    cut = [table for table in tables if table.cut is not None]
    if any(table.cut.past for table in cut) and all(table.cut.whole is not None for table in cut):
        for table in cut:
            for row, text in table.cut.whole.items():
                table.grid[row][table.cut.index] = text
        return
    by_table: dict[tuple[int, int], list[Table]] = {}
    for table in cut:
        by_table.setdefault((round(table.columns[table.cut.index]), round(table.cut.width)), []).append(table)
    everywhere = _reach_of_figures_at_the_left(cut)
    for pages in by_table.values():
        reach = next((reach for reach in _reaches(everywhere, cut, pages) if reach is not None), None)
        if reach is None:
            continue
        for table in pages:
            if table.cut.room >= reach:
                _read_the_cut_column(table.grid, table.cut.index, table.cut.chars_of, table.cut.width,
                                     first_digit_shown=True, nothing_beyond=table.cut.nothing_beyond)
    for table in cut:  # a page whose column rules stand a point apart from another's: its own columns say
        if all(table.grid[row][table.cut.index] is None for row in table.cut.chars_of) \
                and (reach := _reach_in_each_column(table)) is not None \
                and table.cut.room >= reach:
            _read_the_cut_column(table.grid, table.cut.index, table.cut.chars_of, table.cut.width, first_digit_shown=True,
                                 nothing_beyond=table.cut.nothing_beyond)


def _reach_of_figures_at_the_left(tables: list[Table]) -> float | None:
    """How far from its cell's left edge a figure's first digit reaches, where the tables' figures show
    they are set at their cells' left (three or more, of two lengths or more, each the same inset from
    its cell's left edge, within a point); None where they do not show it."""
    figures = [figure for table in tables for figure in table.cut.figures]
    insets = [figure.inset for figure in figures]
    if len(figures) < 3 or len({figure.digits for figure in figures}) < 2 or max(insets) - min(insets) > 1.0:
        return None
    return max(figure.end for figure in figures)


def _reaches(everywhere: float | None, cut: list[Table], pages: list[Table]) -> Iterable[float | None]:
    """The reaches of figures at the left (`read_cut_columns`), the surest first, each worked out when asked."""
    yield everywhere
    yield _reach_of_figures_at_the_left(pages)
    yield _reach_of_figures_left_of_centre(cut)
    yield _reach_of_figures_left_of_centre(pages)


def _reach_of_figures_left_of_centre(tables: list[Table]) -> float | None:
    """How far from its cell's left edge a figure's first digit reaches, where the tables' figures show they
    are set at their cells' left though they may all be of one length, which `_reach_of_figures_at_the_left`
    cannot tell from centred ones: three figures or more each stand a digit's width or more nearer their
    cell's left rule than its right one (LibreOffice sets a centred figure as near either rule, a right-set one
    nearer the right), each column of a page starts its figures alike, within a point, and no figure of the
    tables, the cut column's shown ones among them, stands further from its left rule than those do by more
    than a point (LibreOffice draws a page's rules up to a point or so off the next page's, its figures where
    they were). None where they do not show it."""
    figures = [figure for table in tables for figure in table.cut.figures]
    at_the_left = [figure for figure in figures if figure.after - figure.inset >= figure.digit]
    if len(at_the_left) < 3:
        return None
    for table in tables:
        by_column: dict[int, list[float]] = {}
        for figure in table.cut.figures:
            by_column.setdefault(figure.column, []).append(figure.inset)
        if any(max(insets) - min(insets) > 1.0 for insets in by_column.values()):
            return None
    deepest = max(figure.inset for figure in at_the_left) + 1.0
    if any(figure.inset > deepest for figure in figures) \
            or any(inset > deepest for table in tables for inset in _cut_figure_insets(table)):
        return None
    return max(figure.end for figure in figures)


def _cut_figure_insets(table: Table) -> list[float]:
    """How far from the cut column's left rule each figure the paper shows in it starts."""
    left = table.columns[table.cut.index]
    insets = []
    for chars in table.cut.chars_of.values():
        shown = [char for char in chars if char.text.strip()]
        if shown and all(char.text.isdigit() for char in shown):
            insets.append(min(char.x0 for char in shown) - left)
    return insets


def _reach_in_each_column(table: Table) -> float | None:
    """`_reach_of_figures_at_the_left` of one page's table whose columns' rules stand up to a point or so apart
    from where each column's figures start (LibreOffice draws a page's rules a little off the next page's,
    their figures where they were): each column's figures start the same inset from its left rule, within a
    point, and a column shows figures of two lengths so (centred or right-aligned ones, a digit's half or
    more apart, show no such inset); three figures or more, of two lengths or more. How far from its cell's
    left edge a figure's first digit reaches, the most of any column; None where they do not show it."""
    figures = table.cut.figures
    if len(figures) < 3 or len({figure.digits for figure in figures}) < 2:
        return None
    by_column: dict[int, list[tuple[float, int]]] = {}
    for figure in figures:
        by_column.setdefault(figure.column, []).append((figure.inset, figure.digits))
    spans = [max(inset for inset, _ in found) - min(inset for inset, _ in found) for found in by_column.values()]
    if max(spans) > 1.0 or not any(len({digits for _, digits in found}) > 1 for found in by_column.values()):
        return None
    return max(figure.end for figure in figures)


def _read_the_cut_column(grid: list[list[str | None]], cut: int, chars_of: dict[int, list[Char]], width: float,
                         first_digit_shown: bool = False, nothing_beyond: bool = False) -> None:
    """Fill the column the page's right edge cuts (LibreOffice's PDF of a wide table: `其他` and its
    figures on the paper, the 总计 column past it) where nothing of it can be lost: every cell holding a
    figure ends with room for one more of its characters before the edge (else its next digits may be
    past it, not in the file; but a 0, which no count's further digits follow. Where the page holds nothing
    past the paper (`nothing_beyond`: LibreOffice wrote no glyph there, so none of the figure's is unplaced), a
    cell of digits alone on one line is then written with PERHAPS_CUT after them, unknown unless the table's
    rules give a value opening with them, cut_heads.py; any other cell keeps the column out), and no row with
    figures elsewhere shows an empty cell there (its figure may stand past the edge), unless the table sets
    its figures at their cells' left and the paper shows where a figure's first digit would stand
    (`first_digit_shown`): the cell is empty. Else the column stays out, its cells unknown."""
    texts = {}
    for row, chars in chars_of.items():
        shown = [char for char in chars if char.text.strip()]
        figures_elsewhere = any(any(ch.isdigit() for ch in cell or "") for cell in grid[row])
        if not shown:
            if figures_elsewhere and not first_digit_shown:
                return
            if first_digit_shown:
                texts[row] = ""  # a figure there would show its first digit on the paper
            continue
        last = max(shown, key=attrgetter("x1"))
        text = cell_text(chars)
        if any(ch.isdigit() for ch in text) and last.x1 + (last.x1 - last.x0) > width and text not in _ZERO:
            if not (nothing_beyond and text.isdigit()):
                return
            text += PERHAPS_CUT  # its digits on one line, the next one's place past the paper: perhaps cut
        texts[row] = text
    for row, text in texts.items():
        grid[row][cut] = text


# ---------------------------------------------------------------- pages into text

Item = tuple[str, object, bool]  # ('text', line, in the margin) or ('table', Table or its grid, False)


def page_items(chars: list[Char], rules: list[Rule], height: float, width: float | None = None,
               beyond: list[Char] = ()) -> list[Item]:
    """The tables and text lines of one page in reading order (top to bottom). `beyond`: the printed
    characters past the paper's right edge (`read_page`)."""
    tables, loose = ruled_tables(rules, chars, width, beyond)
    items: list[tuple[float, str, object, bool]] = [(t.top, "table", t, False) for t in tables]
    for top, bottom, text in text_lines(loose):
        items.append((top, "text", text, top < height * MARGIN or bottom > height * (1 - MARGIN)))
    items.sort(key=lambda item: item[0])
    return [(kind, content, margin) for _, kind, content, margin in items]


def pages_text(pages: list[list[Item]]) -> str:
    """The text of a document's pages: page furniture dropped, a table that goes on over a page
    break without the header rows repeated at the top of the next page, and a row the page break
    cut in two made one again (`_rest_of_cut_row`), and the header lines an unruled table repeats at
    the top of its pages dropped (`_repeated_header_lines`)."""
    repeated = _repeated_margin_lines(pages)
    header_repeats = _repeated_header_lines(pages)
    lines: list[str] = []
    header: list[tuple[str, ...]] | None = None  # the first rows of the table still open at a page break
    held: tuple[list[list], tuple[float, ...], bool] | None = None  # the open table's rows, columns, open foot; not yet written
    for number, items in enumerate(pages):
        page_break = held is not None
        if held is not None and held[2] and _figure_line_opens(items):
            held[0][-1] = [_unsure(text) for text in held[0][-1]]
        for index, (kind, content, margin) in enumerate(items):
            if kind == "text":
                if margin and (is_page_number(content, bare=True) or content in repeated):
                    continue  # page header, footer or number: not part of the report
                if (number, index) in header_repeats:
                    continue
                header = None
                if held is not None:
                    lines.extend(grid_lines(held[0]))
                    held = None
                lines.append(content)
                continue
            grid, columns, open_foot = ((content.grid, content.columns, content.open_foot) if isinstance(content, Table)
                                        else (content, (), False))
            rows = [list(r) for r in grid]
            if header is not None:  # the table goes on from the previous page
                rows = _without_repeated_header(header, rows)
                rest = (_rest_of_cut_row(held[0][-1], held[1], rows[0], columns, figures_go_on=held[2])
                        if page_break and held and rows else [])
                for c, text in rest:  # each text a line of its own in the cell it continues
                    held[0][-1][c] = f"{held[0][-1][c]}\n{text}"
                rows = rows[1:] if rest else rows
            else:
                header = [_signature(r) for r in rows[:6]]
            if held is not None:
                lines.extend(grid_lines(held[0]))
            held, page_break = (rows, columns, open_foot), False
    if held is not None:
        lines.extend(grid_lines(held[0]))
    return "\n".join(lines) + "\n"


def _figure_line_opens(items: list[Item]) -> bool:
    """Whether a line of figures alone stands before the page's first table (in its margin or not):
    the rest of a row the page break cut (`５` of `１０５`), which no grid joins back, or a page number
    nobody can tell from it."""
    for kind, content, _ in items:
        if kind != "text":
            return False
        if _FIGURE_RE.fullmatch(content.strip()):
            return True
    return False


def _unsure(text: str | None) -> str | None:
    """A figure's cell marked as perhaps cut short (UNDECODABLE: the parser leaves it unknown); a
    label's stays as it is (`2.没有现成信息` keeps its row)."""
    return f"{text}{UNDECODABLE}" if text and _FIGURE_RE.fullmatch("".join(text.split())) else text


MAX_HEADER_LINES = 6


def _repeated_header_lines(pages: list[list[Item]]) -> set[tuple[int, int]]:
    """(page, item) of the lines an unruled table's header repeats at the top of a later page (a
    typesetter repeating a table's header rows, which no rule marks as a table's: pandoc's DOCX through
    LibreOffice). They break a label wrapped over the page break, so they are dropped there. Such a run
    is the lines that open a page, before any figure: the same lines, in order, stand on an earlier
    page; either the run opens two pages or more, or it holds a line of words set apart in columns (a
    header row; a label's wrapped pieces are single words, and they may well repeat: `信息`); and the
    line after it starts no row (a table's header lines before its first row are kept: `信息内容 …`
    of a new part of table 2 opening a page)."""
    openings: list[list[tuple[int, str]]] = [[] for _ in pages]  # each page's opening lines (item, text), to a figure
    for number, items in enumerate(pages[1:], start=1):
        for index, (kind, content, margin) in enumerate(items):
            if kind == "text" and margin:
                continue  # a running header or page number above the page's text
            if kind != "text" or any(ch.isdigit() for ch in content) or len(openings[number]) == MAX_HEADER_LINES:
                break
            openings[number].append((index, content))
    opening_counts = Counter(tuple(text for _, text in run[:size]) for run in openings for size in range(1, len(run) + 1))
    seen: set[tuple[str, ...]] = set()  # every run of up to MAX_HEADER_LINES lines of the pages before
    dropped: set[tuple[int, int]] = set()
    for number, items in enumerate(pages):
        run = openings[number]
        for size in range(len(run), 0, -1):
            texts = tuple(text for _, text in run[:size])
            after = next((content for kind, content, margin in items[run[size - 1][0] + 1:] if not margin), "")
            if texts in seen and (opening_counts[texts] >= 2 or any("  " in text.strip() for text in texts)) \
                    and not (isinstance(after, str) and ROW_START_RE.match(after.strip())):
                dropped |= {(number, index) for index, _ in run[:size]}
                break
        lines = [content for kind, content, margin in items if kind == "text" and not margin]
        seen.update(tuple(lines[i : i + size]) for size in range(1, MAX_HEADER_LINES + 1)
                    for i in range(len(lines) - size + 1))
    return dropped


def _rest_of_cut_row(last: list, last_columns: tuple[float, ...], first: list,
                     columns: tuple[float, ...], figures_go_on: bool = False) -> list[tuple[int, str]]:
    """When the first row of a table's continuation is the rest of the last row of the page before,
    a row the page break cut in two (LibreOffice does so: `5.属于三类内部事` at the foot of one
    page, `务信息` at the top of the next, every other cell empty), its texts, each with the column
    of the last row's cell it continues; else none. So it is when its only text continues labels:
    some of its cells are empty, and each of its texts stands under a text of the last row (the
    same left edge), holds no figure and starts no row of its own (no numbering, no label's first
    words) unless the text above it is a numbering alone (`（六）` at the foot of one page, `其他处理`,
    the words of its merged label, at the top of the next): a numbering is no whole label. With
    `figures_go_on` (the last row has no rule under it: the page break cut it, Chromium's way), a figure
    under a figure goes on too (`１０` at the foot of one page, `５` of `１０５` at the top of the next). So does,
    whatever rule stands under it, the rest of a figure wrapped in its cell that the page break cut in its last
    group of thousands (`１,１` at the foot of one page, `２２` at the top of the next, LibreOffice's way): `１,１`
    is no whole figure, `１,１２２` is (`_goes_on_from_a_cut_group`)."""
    texts = [(c, text) for c, text in enumerate(first) if text and text.strip()]
    if not texts or len(texts) == sum(text is not None for text in first) or not last_columns or not columns:
        return []  # no text, or a text in every cell: a row of its own
    above = {}  # the left edge of each cell of the last row holding text → its column
    for c, text in enumerate(last):
        if text and text.strip() and c < len(last_columns):
            above[last_columns[c]] = c
    rest = []
    for c, text in texts:
        edge = next((x for x in above if abs(x - columns[c]) <= SNAP), None) if c < len(columns) else None
        if edge is None or (any(ch.isdigit() for ch in text)
                             and not (figures_go_on and _FIGURE_RE.fullmatch(last[above[edge]].strip()))
                             and not _goes_on_from_a_cut_group(last[above[edge]], text)):
            return []
        if ROW_START_RE.match(text.strip()) and not _BARE_NUMBERING_RE.fullmatch(last[above[edge]].strip()):
            return []
        rest.append((above[edge], text))
    return rest


_FIGURE_RE = re.compile(r"[\d０-９][\d０-９.,．，]*")  # a figure alone, in half- or full-width digits
_ZERO = ("0", "０")  # a figure whole whatever follows its place: no count is printed with a leading zero
# a figure cut in its last group of thousands (`１,１`, `12,`): the digits of that group still to come
_GROUP_CUT_RE = re.compile(r"\d{1,3}(?:[,，]\d{3})*[,，]\d{0,2}")
_GROUPED_FIGURE_RE = re.compile(r"\d{1,3}(?:[,，]\d{3})+")  # a whole figure with thousands separators


def _goes_on_from_a_cut_group(above: str, text: str) -> bool:
    """Whether `text`, under `above` in the first row after a page break, is the rest of `above`: a figure
    the break cut in its last group of thousands (`１,１` over `２２`), which together make one whole figure."""
    above, text = "".join(above.split()), "".join(text.split())
    return bool(_GROUP_CUT_RE.fullmatch(above) and text.isdigit() and _GROUPED_FIGURE_RE.fullmatch(above + text))
# a row's numbering with nothing after it: `（六）`, `三、`, `1.` (never a bare figure)
_BARE_NUMBERING_RE = re.compile(rf"{N.OPENING_BRACKET}\s?[{N.CHINESE_NUMERALS}\d]{{1,2}}\s?{N.CLOSING_BRACKET}"
                                rf"|{N.CHINESE_NUMERAL}{{1,2}}\s?、|\d{{1,2}}\s?[{N.LIST_MARKS}]")


def _signature(row: list) -> tuple[str, ...]:
    return tuple(clean_cell(text) for text in row if text)


def _repeated_margin_lines(pages: list[list[Item]]) -> set[str]:
    """Text in the top or bottom margin of at least two pages: a running header or footer."""
    seen: dict[str, int] = {}
    for items in pages:
        for text in {content for kind, content, margin in items if kind == "text" and margin}:
            seen[text] = seen.get(text, 0) + 1
    return {text for text, count in seen.items() if count >= 2}


def _without_repeated_header(header: list[tuple[str, ...]], rows: list[list]) -> list[list]:
    """The rows of a table's continuation on the next page, without the header rows the
    typesetter repeated at its top (compared by their texts: the columns a page finds can differ)."""
    repeated = 0
    while repeated < min(len(rows), len(header)) and _signature(rows[repeated]) == header[repeated]:
        repeated += 1
    return rows[repeated:]


# ---------------------------------------------------------------- PDFium


def pdf_text(data: bytes) -> str:
    import pypdfium2 as pdfium

    _font_files()
    try:
        document = pdfium.PdfDocument(data)
    except pdfium.PdfiumError as error:
        raise FormatProblem("corrupt_file", f"unreadable PDF: {error}") from None
    try:
        count = len(document)
        if count > MAX_PDF_PAGES:
            raise FormatProblem(TOO_COSTLY, f"a PDF of {count:,} pages, over the limit of {MAX_PDF_PAGES} pages")
        pages, printed = [], False
        for index in range(count):
            chars, rules, width, height, beyond = read_page(document, index)
            printed = printed or any(not char.text.isspace() for char in chars)
            pages.append(page_items(chars, rules, height, width, beyond))
    except FormatProblem:
        raise
    except Exception as error:  # noqa: BLE001 - untrusted input: PDFium reports damage in several ways
        raise FormatProblem("corrupt_file", f"unreadable PDF: {type(error).__name__}: {error}") from None
    finally:
        document.close()
    if not printed:
        raise FormatProblem("image_only_pdf", "a PDF with no text layer (scanned pages); it needs OCR")
    read_cut_columns([content for items in pages for kind, content, _ in items if kind == "table"])
    return pages_text(pages)


def read_page(document, index: int) -> tuple[list[Char], list[Rule], float, float, list[Char]]:
    """The characters and ruling lines of one page, in the page's displayed coordinates (its
    rotation and crop box applied: what lies outside the crop box is not shown, and is left out,
    but for `on_shown_lines`), the displayed page's width and height, and every printed character
    beyond the paper's right edge (a table laid wider than the page: `_past_the_edge`)."""
    page = document[index]
    textpage = page.get_textpage()
    try:
        left, bottom, right, top = page.get_cropbox()
        rotation = page.get_rotation()
        width, height = (top - bottom, right - left) if rotation in (90, 270) else (right - left, top - bottom)
        place = _displayed(left, bottom, right, top, rotation)
        media = page.get_mediabox()
        paper_x = [place(x, y)[0] for x in (media[0], media[2]) for y in (media[1], media[3])]
        beyond: list[Char] = []
        chars = _placed_chars(*_page_chars(textpage.raw), (left, bottom, right, top), rotation, width, height,
                              (min(paper_x), max(paper_x)), beyond)
        rules = [_placed(rule, place) for rule in page_rules(page)]
        return chars, rules, width, height, beyond
    finally:
        textpage.close()
        page.close()


class _DirectCalls:
    """The PDFium calls made per character, per page object and per path segment, declared to take
    and return plain addresses: pypdfium2's typed declarations make a pointer object for each
    argument and result, which costs more than the call itself in loops of thousands."""

    def __init__(self):
        from pypdfium2 import raw

        def direct(function, result, *arguments):
            return ctypes.CFUNCTYPE(result, *arguments)(ctypes.cast(function, ctypes.c_void_p).value)

        address, integer, unsigned = ctypes.c_void_p, ctypes.c_int, ctypes.c_uint
        self.get_unicode = direct(raw.FPDFText_GetUnicode, unsigned, address, integer)
        self.is_generated = direct(raw.FPDFText_IsGenerated, integer, address, integer)
        self.loose_char_box = direct(raw.FPDFText_GetLooseCharBox, integer, address, integer, address)
        self.count_objects = direct(raw.FPDFPage_CountObjects, integer, address)
        self.get_object = direct(raw.FPDFPage_GetObject, address, address, integer)
        self.count_form_objects = direct(raw.FPDFFormObj_CountObjects, integer, address)
        self.get_form_object = direct(raw.FPDFFormObj_GetObject, address, address, ctypes.c_ulong)
        self.object_type = direct(raw.FPDFPageObj_GetType, integer, address)
        self.object_matrix = direct(raw.FPDFPageObj_GetMatrix, integer, address, address)
        self.draw_mode = direct(raw.FPDFPath_GetDrawMode, integer, address, address, address)
        self.fill_colour = direct(raw.FPDFPageObj_GetFillColor, integer, address, address, address, address, address)
        self.count_segments = direct(raw.FPDFPath_CountSegments, integer, address)
        self.get_segment = direct(raw.FPDFPath_GetPathSegment, address, address, integer)
        self.segment_point = direct(raw.FPDFPathSegment_GetPoint, integer, address, address, address)
        self.segment_type = direct(raw.FPDFPathSegment_GetType, integer, address)
        self.segment_closes = direct(raw.FPDFPathSegment_GetClose, integer, address)


@cache
def _direct_calls() -> _DirectCalls:
    return _DirectCalls()


class _FontFiles:
    """PDFium's own system fonts, each file read from disk once per process instead of once per
    document. A PDF that names a font without embedding it (ReportLab's CJK fonts: every PDF of
    the corpus and of a season) makes PDFium read the system font standing in for it, whole, for
    each document: 5 MB for a CJK font collection (.ttc), a tenth of the PDF's reading. Its face
    cache never keeps one: a collection's cache key is a checksum of bytes it does not read.

    PDFium's default font lookup is installed as the system font info with only its font-data
    call wrapped, to copy a file's bytes from memory after the first read. Which font stands in
    for which is PDFium's own choice, unchanged, and so are the bytes: the characters' boxes are
    the same. An installed font info differs from the built-in one in two calls, put back as the
    built-in ones behave: the face name comes without its terminating NUL, and the charset call is
    absent (the built-in one answers none)."""

    def __init__(self):
        from pypdfium2 import raw

        info = raw.FPDF_GetDefaultSystemFontInfo()
        if not info:
            return  # no default lookup on this platform: PDFium's built-in one stays
        struct = info.contents
        data_call, name_call = type(struct.GetFontData), type(struct.GetFaceName)
        self.read = data_call(ctypes.cast(struct.GetFontData, ctypes.c_void_p).value)
        self.name = name_call(ctypes.cast(struct.GetFaceName, ctypes.c_void_p).value)
        self.files: dict[tuple[int, int], ctypes.Array] = {}  # (font, table) → its bytes
        self.info = info  # kept alive with the calls PDFium holds
        self.calls = (data_call(self.font_data), name_call(self.face_name))
        struct.GetFontData, struct.GetFaceName = self.calls
        struct.GetFontCharset = type(struct.GetFontCharset)()
        raw.FPDF_SetSystemFontInfo(info)

    def font_data(self, this, font, table: int, buffer, size: int) -> int:
        """PDFium's GetFontData: the size of the font's `table`, and its bytes into `buffer` when
        `size` holds them."""
        key = (font or 0, table)
        found = self.files.get(key)
        if found is None:
            length = self.read(this, font, table, None, 0)
            if not length or size < length:
                return length
            found = (ctypes.c_ubyte * length)()
            if self.read(this, font, table, found, length) != length:
                return 0
            self.files[key] = found
        length = len(found)
        if buffer and size >= length:
            ctypes.memmove(buffer, found, length)
        return length

    def face_name(self, this, font, buffer, size: int) -> int:
        """PDFium's GetFaceName, its length without the NUL the built-in call counts, as the
        built-in font lookup gives the name to PDFium."""
        length = self.name(this, font, None, 0) - 1
        if length <= 0:
            return 0
        if buffer and size >= length:
            whole = ctypes.create_string_buffer(length + 1)
            self.name(this, font, whole, length + 1)
            ctypes.memmove(buffer, whole, length)
        return length


@cache
def _font_files() -> _FontFiles:
    return _FontFiles()


# PDFium's code points that are no character (none, the noncharacters U+FFFE/U+FFFF; lone surrogate
# halves are told by their range), and its generated line ends (lines come from positions here)
_NO_CHARACTER = frozenset((0, 0xFFFE, 0xFFFF, 10, 13))


def _page_chars(handle):
    """The text and loose box (the font's full height, the glyph's advance: what lines and gaps
    are measured by) of each character of a text page, in PDF user space: (texts, boxes as an
    n × 4 array of left, top, right, bottom). PDFium's guesses of word breaks (generated spaces)
    are left out: gaps are measured here instead. One call per character for its code and one
    for its box, written straight into one array."""
    import numpy as np
    from pypdfium2 import raw

    count = raw.FPDFText_CountChars(handle)
    rects = (raw.FS_RECTF * max(count, 1))()
    calls = _direct_calls()
    get_unicode, is_generated, loose_box = calls.get_unicode, calls.is_generated, calls.loose_char_box
    address, rect, rect_size = ctypes.cast(handle, ctypes.c_void_p).value, ctypes.addressof(rects), ctypes.sizeof(raw.FS_RECTF)
    texts: list[str] = []
    indices: list[int] = []
    for i in range(count):
        code = get_unicode(address, i)
        if code in _NO_CHARACTER or 0xD800 <= code <= 0xDFFF:
            continue
        if code == 32 and is_generated(address, i) == 1:
            continue
        if loose_box(address, i, rect):
            texts.append(chr(code))
            indices.append(i)
            rect += rect_size
    boxes = np.frombuffer(rects, dtype=np.float32).reshape(-1, 4)[: len(texts)].astype(np.float64)
    _plausible(handle, texts, indices, boxes)
    return texts, boxes


def _plausible(handle, texts: list[str], indices: list[int], boxes) -> None:
    """The loose boxes, except where a font's metrics are broken: a loose box many times the page's
    usual size (a vertical label set in a font whose box is 200 points for a 10-point glyph) is
    replaced, in place, by the glyph's tight box."""
    import numpy as np
    from pypdfium2 import raw

    heights = boxes[:, 1] - boxes[:, 3]
    printed = heights[~np.fromiter(map(str.isspace, texts), dtype=bool, count=len(texts))]
    middle = len(printed) // 2
    if np.isnan(printed).any():  # Python's sort, where NaN leaves the order to the input: the same median as before
        usual = sorted(printed.tolist())[middle]
    else:  # the same middle value as a sort's, found without sorting
        usual = float(np.partition(printed, middle)[middle]) if len(printed) else 0.0
    if not usual:
        return
    left, bottom, right, top = (ctypes.c_double() for _ in range(4))
    for k in np.flatnonzero(heights > 4 * usual).tolist():
        if raw.FPDFText_GetCharBox(handle, indices[k], left, right, bottom, top):
            boxes[k] = (left.value, top.value, right.value, bottom.value)


def _placed_chars(texts: list[str], boxes, crop: tuple[float, float, float, float], rotation: int,
                  width: float, height: float, paper: tuple[float, float] | None = None,
                  beyond: list[Char] | None = None) -> list[Char]:
    """The characters in the displayed page's coordinates (`_displayed`, over every box at once),
    those whose centre the crop box does not show left out, except those beyond the paper's left or
    right edge (`paper`: its displayed x range; the crop box's by default) on a line the page shows
    (`on_shown_lines`). What the crop box hides on the paper was cropped on purpose. `beyond`, when
    given, is extended with every printed character beyond the paper's right edge on the page's
    height, on a shown line or not (a figure wrapped in a cell past the edge: `_past_the_edge`)."""
    import numpy as np

    x0, y1, x1, y0 = boxes[:, 0], boxes[:, 1], boxes[:, 2], boxes[:, 3]
    place = _displayed(*crop, rotation)
    paper = (min(paper[0], 0.0), max(paper[1], width)) if paper else (0.0, width)
    (ax, ay), (bx, by) = place(x0, y1), place(x1, y0)
    # min and max as Python's own: the first unless the second is smaller (larger)
    left, right = np.where(bx < ax, bx, ax), np.where(bx > ax, bx, ax)
    upper, lower = np.where(by < ay, by, ay), np.where(by > ay, by, ay)
    across, down = (left + right) / 2, (upper + lower) / 2
    level = (down >= 0) & (down <= height)
    shown = np.flatnonzero((across >= 0) & (across <= width) & level).tolist()
    off_paper = (across < paper[0]) | (across > paper[1])
    beside = np.flatnonzero(off_paper & level).tolist()
    cropped = np.flatnonzero(((across < 0) | (across > width)) & ~off_paper & level).tolist()
    left, right, upper, lower = (column.tolist() for column in (left, right, upper, lower))

    def made(indices: list[int]) -> list[Char]:
        # tuple.__new__ over the columns, the way Char(...) makes each: without a Python call per character
        if len(indices) == len(texts):
            return list(map(tuple.__new__, repeat(Char), zip(texts, left, right, upper, lower, strict=True)))
        return [Char(texts[k], left[k], right[k], upper[k], lower[k]) for k in indices]

    chars = made(shown)
    if beside or cropped:
        past = made(beside)
        if beyond is not None:
            beyond.extend(char for char in past if char.text.strip() and _middle_x(char) > paper[1])
        chars = chars + on_shown_lines(chars, past) + cut_by_the_box(chars, made(cropped), width)
    return chars


def _middle_x(char: Char) -> float:
    return (char.x0 + char.x1) / 2


def cut_by_the_box(shown: list[Char], hidden: list[Char], width: float) -> list[Char]:
    """A mark (U+FFFD, what the parser reads as a lost character: the figures of its line are
    unknown) at the crop box's edge where a run the box shows goes on, without a word gap, beyond
    it: a figure cut to its first digits (`1` of `143`) is never read as a value."""
    marks: dict[Char, Char] = {}  # one mark beside each shown character a run goes on from
    # only characters near the box's edges can meet (a crop box may hide half a page: no pair of every two)
    shown = [c for c in shown if c.text.strip() and (c.x1 >= width - 2 * c.size or c.x0 <= 2 * c.size)]
    for char in hidden:
        if not char.text.strip() or not (char.x0 <= width + char.size and char.x1 >= -char.size):
            continue
        for other in shown:
            if abs(char.middle - other.middle) > min(char.size, other.size) / 2:
                continue
            gap = char.x0 - other.x1 if char.x0 >= other.x0 else other.x0 - char.x1
            if -char.size / 2 <= gap < char.size and other not in marks:
                at = min(max(other.x1 if char.x0 >= other.x0 else other.x0 - 1.0, 0.0), width - 1.0)
                marks[other] = Char(UNDECODABLE, at, at + 1.0, other.top, other.bottom)
                break
    return list(marks.values())


def on_shown_lines(shown: list[Char], beside: list[Char]) -> list[Char]:
    """The characters beyond the paper's left or right edge that stand on a line the page shows: a
    table laid out wider than the page (LibreOffice does so) prints its last columns off the paper,
    `14` of `143` on it and `3` beyond, or a whole 总计 column beyond. The text is in the file, so it
    is read, rather than a row cut short or a figure cut to its first digits. What stands beyond the
    edge on no shown line (marks, slugs) stays out."""
    middles = sorted(((char.top + char.bottom) / 2, char.size) for char in shown if char.text.strip())
    centres = [middle for middle, _ in middles]
    kept = []
    for char in beside:
        if not char.text.strip():
            continue
        middle, at = char.middle, bisect_right(centres, char.middle)
        near = middles[max(at - 1, 0):at + 1]
        if any(abs(middle - other) <= min(size, char.size) / 2 for other, size in near):
            kept.append(char)
    return kept


def _displayed(left: float, bottom: float, right: float, top: float, rotation: int):
    """PDF user space (y up) to the displayed page (y down from the top-left corner of the crop box,
    the page turned by its /Rotate)."""
    if rotation == 90:
        return lambda x, y: (y - bottom, x - left)
    if rotation == 180:
        return lambda x, y: (right - x, y - bottom)
    if rotation == 270:
        return lambda x, y: (top - y, right - x)
    return lambda x, y: (x - left, top - y)


def _placed(rule: tuple[float, float, float, float], place) -> Rule:
    (ax, ay), (bx, by) = place(rule[0], rule[1]), place(rule[2], rule[3])
    return Rule(min(ax, bx), min(ay, by), max(ax, bx), max(ay, by))


def page_rules(page) -> list[tuple[float, float, float, float]]:
    """The horizontal and vertical strokes of the page's drawn paths (form XObjects included), as
    (x0, y0, x1, y1) in PDF user space: straight segments, and a filled rectangle THIN points or less
    across as the line along its middle. A path that is neither filled nor stroked draws nothing."""
    from pypdfium2 import raw

    calls = _direct_calls()
    out: list[tuple[float, float, float, float]] = []
    get_type, get_matrix, get_draw_mode = calls.object_type, calls.object_matrix, calls.draw_mode
    path, form = raw.FPDF_PAGEOBJ_PATH, raw.FPDF_PAGEOBJ_FORM
    m, fill, stroke = raw.FS_MATRIX(), ctypes.c_int(), ctypes.c_int()  # filled in by PDFium, object by object
    at_m, at_fill, at_stroke = ctypes.addressof(m), ctypes.addressof(fill), ctypes.addressof(stroke)
    colour = _Colour(calls)
    segment_reader = _SegmentReader(calls)

    def walk(count, get, parent, matrix: tuple[float, ...], depth: int) -> None:
        for i in range(count):
            obj = get(parent, i)
            kind = get_type(obj)
            if kind != path and kind != form:
                continue
            if not get_matrix(obj, at_m):
                continue
            here = _compose((m.a, m.b, m.c, m.d, m.e, m.f), matrix)
            if kind == form:
                if depth < 8:
                    walk(calls.count_form_objects(obj), calls.get_form_object, obj, here, depth + 1)
                continue
            if not get_draw_mode(obj, at_fill, at_stroke) or (fill.value == 0 and not stroke.value):
                continue
            if not stroke.value and colour.paper(obj):
                continue  # a white background (a page's, a frame's): its edges are drawn nowhere
            out.extend(_path_rules(segment_reader.subpaths(obj, here), filled=fill.value != 0))

    handle = ctypes.cast(page.raw, ctypes.c_void_p).value
    walk(calls.count_objects(handle), calls.get_object, handle, (1, 0, 0, 1, 0, 0), 0)
    return out


class _Colour:
    """A path's fill colour, read into four integers made once."""

    def __init__(self, calls: _DirectCalls):
        self.fill_colour = calls.fill_colour
        self.values = tuple(ctypes.c_uint() for _ in range(4))
        self.addresses = tuple(ctypes.addressof(value) for value in self.values)

    def paper(self, obj: int) -> bool:
        """Whether the fill is white or fully transparent: filled on white paper it leaves no
        visible edge, so its sides are no rules (a browser paints the page's background as such a
        rectangle, which would frame the whole page as a one-cell table)."""
        if not self.fill_colour(obj, *self.addresses):
            return False
        red, green, blue, alpha = self.values
        return alpha.value == 0 or min(red.value, green.value, blue.value) >= 250


def _compose(inner: tuple[float, ...], outer: tuple[float, ...]) -> tuple[float, ...]:
    a, b, c, d, e, f = inner
    A, B, C, D, E, F = outer
    return (a * A + b * C, a * B + b * D, c * A + d * C, c * B + d * D, e * A + f * C + E, e * B + f * D + F)


class _SegmentReader:
    """A path object's points, split into subpaths, through PDFium's segment calls (with the two
    floats PDFium writes each point into made once)."""

    def __init__(self, calls: _DirectCalls):
        from pypdfium2 import raw

        self.x, self.y = ctypes.c_float(), ctypes.c_float()
        self.calls = (calls.count_segments, calls.get_segment, calls.segment_point, calls.segment_type,
                      calls.segment_closes, ctypes.addressof(self.x), ctypes.addressof(self.y))
        self.move, self.line = raw.FPDF_SEGMENT_MOVETO, raw.FPDF_SEGMENT_LINETO

    def subpaths(self, obj: int, matrix: tuple[float, ...]) -> list[list[tuple[float, float]]]:
        count_segments, get_segment, get_point, get_kind, get_close, at_x, at_y = self.calls
        x, y = self.x, self.y
        x.value = y.value = 0.0  # what a point PDFium cannot give reads as, in each path
        a, b, c, d, e, f = matrix
        subpaths: list[list[tuple[float, float]]] = []
        for i in range(count_segments(obj)):
            segment = get_segment(obj, i)
            get_point(segment, at_x, at_y)
            point = (a * x.value + c * y.value + e, b * x.value + d * y.value + f)
            kind = get_kind(segment)
            if kind == self.move or not subpaths:
                subpaths.append([point])
            elif kind == self.line:
                subpaths[-1].append(point)
            else:  # a curve: not a rule; what follows starts afresh from its end
                subpaths.append([point])
            if get_close(segment) and len(subpaths[-1]) > 1:
                subpaths[-1].append(subpaths[-1][0])
        return subpaths


def _path_rules(subpaths: list[list[tuple[float, float]]], filled: bool) -> list[tuple[float, float, float, float]]:
    out = []
    for points in subpaths:
        if filled and len(points) >= 4:
            xs, ys = [p[0] for p in points], [p[1] for p in points]
            left, right, low, high = min(xs), max(xs), min(ys), max(ys)  # each once: a page has thousands
            if min(right - left, high - low) <= THIN:
                if right - left >= high - low:  # a thin bar: the line along its middle
                    middle = (low + high) / 2
                    out.append((left, middle, right, middle))
                else:
                    middle = (left + right) / 2
                    out.append((middle, low, middle, high))
                continue
        for (x0, y0), (x1, y1) in pairwise(points):
            if abs(y1 - y0) <= 0.5 or abs(x1 - x0) <= 0.5:
                out.append((x0, y0, x1, y1))
    return out
