"""Table 4, administrative review and litigation (`reviews`): the one row of 15 figures after its
header.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from decimal import Decimal
from functools import lru_cache, partial
from itertools import combinations, pairwise, permutations, product
from math import prod
from typing import NamedTuple

from ..core import labels as L
from . import recovery as R
from .cells import (
    BLANK,
    RECOVERED,
    UNKNOWN,
    VALUE,
    clean_cell_text,
    read_count,
)
from .chunks import (
    Placed,
    place_in_column_chunks,
)
from .page_order import (
    Piece,
    columns_beside,
    glyphs_of,
    pieces_apart,
    starts_left_of,
)
from .piece_rows import (
    _readings_kept,
    lone_piece,
    pieces_beside_a_pipe_row,
    pieces_beside_its_figures,
    readings_with_pieces_below_in_shared_cells,
    readings_with_pieces_in_shared_cells,
    readings_with_the_pieces,
)
from .pipe_page_grid import reviews_placed_by_the_page_grid
from .record import Cell, ParsedReport
from .rows import (
    _DIGIT_RE,
    STACKED,
    RawCell,
    Row,
    _figures_of_merged_cells,
    cell_parts,
    each_prints,
    figure_parts,
    fit_row,
    printing_cells,
    printing_places,
    prints_nothing,
    reading_of,
)
from .rule_solver import sides_can_balance
from .table_reading import (
    MAX_PIECE_READINGS,
    MERGED_CELL_AS_ONE,
    _count_cells,
    _figure_cells_read_as_label,
    _figure_or_mark,
    _figures_and_marks,
    _figures_on_lines_of_their_own,
    _last_cell_of_words,
    _looks_run_together,
    _merged_cell_read_as_one,
    _placed_cells,
    _readings_across_lines,
    _settle_run_together,
    _total_from_its_parts,
    _total_of_blank_parts,
    _with_year_split_off,
    _words_where_they_stand,
    header_words,
)
from .wrapped_digits import WIDE_DIGITS, Word, groupings, is_piece

# a proceeding's own name; 行政复议 in the section's title (`行政复议、行政诉讼情况`) names none
_PROCEEDING_RE = re.compile(r"复议后起诉|直接起诉|行政复议(?![、，,和及与]?行政诉讼)")

_PROCEEDING_OF = {"复议后起诉": "litigation_after_review", "直接起诉": "litigation_direct",
                  "行政复议": "administrative_review"}

# a line of table 4's header words alone, a few a line as plain pdftotext writes a narrow header (`结果 结果 其他 尚未`)
_REVIEW_HEADER_LINE_RE = re.compile(r"(?:行政复议|行政诉讼|未经复议直接起诉|复议后起诉|结果|维持|纠正|其他|尚未|审结|总计|\s)+")


def proceeding_past_the_heading(texts: Sequence[str], heading: int) -> tuple[int, int] | None:
    """The lines right after the next section's heading (at `heading`) that are table 4's last proceeding,
    which plain `pdftotext` may set past that heading (`五、…` / `复议后起诉` / `总计` / `0` / `结果` … / `0`):
    its name first, then only header words and figures on lines of their own, up to the first line of other
    words (the section's prose). (first, past) of those lines, or None where they open on no proceeding's name
    or hold no figure."""
    first = heading + 1
    while first < len(texts) and not texts[first].strip():
        first += 1
    if first == len(texts) or not _REVIEW_HEADER_LINE_RE.fullmatch(texts[first]) or \
            not _PROCEEDING_RE.search(texts[first]):
        return None
    past, figures = first, 0
    for index in range(first, len(texts)):
        text = texts[index].strip()
        if text.isdigit():
            figures += 1
        elif text and not _REVIEW_HEADER_LINE_RE.fullmatch(text):
            break
        if text:
            past = index + 1
    return (first, past) if figures else None


@lru_cache(maxsize=1 << 12)  # asked of every row of table 4; its labels recur in every report
def _proceeding_named(label: str) -> str | None:
    """The proceeding a heading of its own names (`### 行政复议`, `行政诉讼（未经复议直接起诉）`); the
    last one named, as the section's title may run into the first heading (`…行政诉讼情况行政复议`)."""
    named = _PROCEEDING_RE.findall(re.sub(r"\s+", "", L.normalize_text(label)))
    return _PROCEEDING_OF[named[-1]] if named else None


def _rows_per_proceeding(rows: list[Row]) -> list[list[RawCell]] | None:
    """Table 4 printed as three tables, one per proceeding: under each proceeding's own heading
    (and the outcomes' header) a row of five figures; the heading may share the row (one cell per
    line read as one row, `行政复议 结果维持 … 总计 27 10 9 15 61`). Each proceeding's five figures in
    the template's order, or None."""
    found: dict[str, list[RawCell]] = {}
    proceeding = None
    for row in rows:
        proceeding = _proceeding_named(row.label) or proceeding
        if not row.figures_after_label:
            continue
        figures = _five_figures(row)
        if proceeding is None or proceeding in found or figures is None:
            return None  # figures under no heading of their own, or not five: not this layout
        found[proceeding], proceeding = figures, None
    return [found[key] for key in L.PROCEEDING_KEYS] if len(found) == len(L.PROCEEDING_KEYS) else None


def _proceedings_a_stacked_figure_unbalances(fitted: list[RawCell | None]) -> list[int]:
    """The proceedings (indexes) holding a piece of a wide figure stacked a digit a line (`STACKED`, unread)
    whose cells as placed cannot keep REVIEW_SUM for any value of the unread ones (never negative): a stacked
    total of `-layout` may stand left of its proceeding's last outcome (`６ ０ １ １ ５` over `２`: 6, 0, 1, 5 and
    12), so that the figure after it is no total; a sum they can keep proves nothing either way."""
    groups = len(L.REVIEW_OUTCOME_KEYS)
    broken = []
    for proceeding in range(len(fitted) // groups):
        cells = fitted[proceeding * groups : (proceeding + 1) * groups]
        if not any(raw is not None and raw.problem == STACKED for raw in cells):
            continue
        sums, open_sides = [Decimal(0), Decimal(0)], [False, False]
        for column, raw in enumerate(cells):
            side = int(column == groups - 1)
            read = read_count(raw.text) if raw is not None and not raw.problem else None
            if read is None or read.state == UNKNOWN:
                open_sides[side] = True
            elif read.value is not None:
                sums[side] += read.value
        if not sides_can_balance(sums[0], open_sides[0], sums[1], open_sides[1]):
            broken.append(proceeding)
    return broken


def _five_figures(row: Row) -> list[RawCell] | None:
    """A proceeding's row of five outcomes: its figures, a cell of figures one space apart split there
    (`27 10 9 15 61`), empty lines around them (a crawl's, one cell per line's) not cells of this
    small table; None unless exactly five figures."""
    figures = [part if " " not in part.text.strip() else RawCell(text, part.line)
               for part in printing_cells(row.values()) for text in part.text.split()]
    return figures if len(figures) == len(L.REVIEW_OUTCOME_KEYS) and all(f.is_value for f in figures) else None


def _merged_pipe_grid(cells: int, width: int) -> str:
    return (f"{cells} pipe cells for {width} columns, empty ones among them: a converter's grid narrower than the "
            "template merged columns, and a cell printing nothing says nothing of which column a figure stands in")


def read_reviews(report: ParsedReport, rows: list[Row], past_the_heading: Sequence[Row] = (),
                 figures_past: bool = False, poppler_pages: bool = False, cells_known: bool = False,
                 cut_blank_totals: list[Cell] | None = None, continued: Sequence[Row] = ()) -> None:
    """Table 4's cells into the report. `past_the_heading`: rows of figures and blank marks on lines of
    their own after the next section's heading, which text written in column chunks may give table 4
    (`无` / `无 2` / `—`); taken only where they make, with the table's own, exactly its cells' count.
    `continued`: the rows of a proceeding's name, header words and figures after that heading
    (`proceeding_past_the_heading`), taken alike where the table's figures are each a block of their own.
    `figures_past`: figures stand on lines of their own after that heading, whatever the table ends on.
    `poppler_pages`: pdftotext's text (form feeds, no OCR's traits), whose -layout columns poppler set
    (page_order.py). `cells_known`, `cut_blank_totals`: as `read_applications`'."""
    if past_the_heading and _read_reviews_in_chunks(report, rows, past_the_heading):
        return
    width = len(L.PROCEEDING_KEYS) * len(L.REVIEW_OUTCOME_KEYS)
    keys = [(p, o) for p in L.PROCEEDING_KEYS for o in L.REVIEW_OUTCOME_KEYS]
    if (stacked := _review_row_with_stacked_figures(rows, width)) is not None:
        line, reading, printed = stacked
        report.warn("cells_recovered", f"table 4: a wide figure wrapped a digit a line over the row's line ({printed}), "
                    f"its digits read top to bottom make the row's {width} cells, each proceeding's total its "
                    "outcomes' sum: read in order, marked recovered", line)
        for (proceeding, outcome), value in zip(keys, reading, strict=True):
            report.cells.append(Cell("reviews", proceeding, outcome, value, BLANK if value is None else RECOVERED,
                                     line, printed))
        return
    # the first row with figures after its labels (one cell per line: the header's labels, an empty
    # line, then the figures, all one row; a crawled page: the header and its figures on one line)
    data = next((r for r in rows if r.figures_after_label), None)
    if data is not None and not data.piped and lone_piece(data) and rows.index(data) + 1 < len(rows):
        data = rows[rows.index(data) + 1]  # a wrapped figure's first piece, on a line of its own before its row
    if data is not None and (wide := _figures_wrapped_in_shared_cells(rows, data, keys)) is not None:
        agreed, line, printed = wide
        report.warn("cells_recovered", f"table 4: full-width figures wrapped round their pipe row a piece a line, in "
                    f"pipe cells they share with other columns' words ({printed}): joined and put in each place in "
                    "their cells that keeps each proceeding's total its outcomes' sum; the cells every such reading "
                    f"agrees on marked recovered ({sum(cell is not False for cell in agreed)} of {len(keys)})", line)
        _write_agreed(report, keys, agreed, line, printed)
        return
    if data is not None and (shared := _pieces_below_in_shared_cells(rows, data, keys)) is not None:
        agreed = R.agreed_cells(shared) if shared else [False] * len(keys)
        report.warn("cells_recovered" if any(cell is not False for cell in agreed) else "short_row",
                    "table 4: full-width digits alone on the line below its pipe row, in pipe cells two columns share "
                    "(LibreOffice's narrow columns): a full-width figure's rest, wrapped in its column, joined to the "
                    f"end of a full-width figure of its cell; the readings as printed and so joined that keep each "
                    f"proceeding's total its outcomes' sum agree on {sum(cell is not False for cell in agreed)} of "
                    f"{len(keys)} cells: marked recovered, the others unknown", data.line)
        _write_agreed(report, keys, agreed, data.line, _words_printed(rows[rows.index(data):][:2]))
        return
    if data is not None and _piece_beside_its_figure(rows, data, keys):
        _all_unknown(report, keys, "short_row", "table 4: full-width digits alone on the line beside its pipe row of "
                     "figures, in a column it prints a full-width figure in: a figure wrapped a piece a line, one on "
                     "the row's line, which figure is whole is not known; its cells are unknown", data.line)
        return
    if data is not None and (pieces := pieces_beside_a_pipe_row(rows, rows.index(data))) != (None, None):
        _read_reviews_with_wrapped_pieces(report, rows, data, *pieces, keys)
        return
    if data is None:  # every figure blank: a row of empty cells as wide as the table
        data = next((r for r in rows if not r.label_cells() and len(r.cells) == width), None)
    # a cell is a word whole (`结 果 纠 正` spaced out), else its words (`结果维持 结果纠正`)
    header = sorted(header_words([part for r in rows if r is not data for c in r.cells if c.x is not None
                                  for part in ([c] if _outcome_of(c.text) else cell_parts(c))], _outcome_of))
    anchors = [x for x, _ in header] if [o for _, o in header] == [o for _, o in keys] else None
    # figures on lines of their own past the next section's heading may be the table's (blanks print nothing)
    if data is None and _printed_empty(rows, [key for _, key in header]) and not figures_past:
        report.warn("table_blank", "table 4: the report prints its full header and no figure before the "
                    "next section: every cell blank")
        for proceeding, outcome in keys:
            report.cells.append(Cell("reviews", proceeding, outcome, None, BLANK, rows[0].line))
        return
    # (a format whose reader knows each cell's bounds prints a row of empty cells: `_empty_row_under_a_cut_header`;
    # only a PDF's pages have an edge to cut at: a crawled page missing header words may have lost figures with them;
    # a converter's pipe grid of a PDF keeps every row's words in its rows, as pdftotext's pages do)
    if data is None and not figures_past and not cells_known and (poppler_pages or any(r.piped for r in rows)) \
            and (shown := _printed_empty_under_a_cut_header(rows, width)) is not None:
        report.warn("columns_cut", f"table 4: the header shows its first {shown} columns only (the others cut at the "
                    "page's edge) and no figure before the next section: those cells blank, the others unknown")
        start = len(report.cells)
        for column, (proceeding, outcome) in enumerate(keys):
            report.cells.append(Cell("reviews", proceeding, outcome, None, BLANK if column < shown else UNKNOWN,
                                     rows[0].line))
        if cut_blank_totals is not None:  # a total cut over four outcomes shown blank: as the page prints such sums
            groups = len(L.REVIEW_OUTCOME_KEYS)
            cut_blank_totals += [report.cells[start + (p + 1) * groups - 1] for p in range(len(L.PROCEEDING_KEYS))
                                 if (p + 1) * groups - 1 == shown]
        return
    if data is None and _read_reviews_in_chunks(report, rows, beyond=past_the_heading):
        return
    if data is None and cells_known and (empty := _empty_row_under_a_cut_header(rows, width)) is not None:
        line, shown = empty
        report.warn("columns_cut", f"table 4: the header shows its first {shown} columns only (the others cut at the "
                    f"page's edge), and its row as many cells, each printed empty: those blank, the others unknown",
                    line)
        start = len(report.cells)
        for column, (proceeding, outcome) in enumerate(keys):
            report.cells.append(Cell("reviews", proceeding, outcome, None, BLANK if column < shown else UNKNOWN, line,
                                     "" if column < shown else None))
        if cut_blank_totals is not None:
            groups = len(L.REVIEW_OUTCOME_KEYS)
            cut_blank_totals += [report.cells[start + (p + 1) * groups - 1] for p in range(len(L.PROCEEDING_KEYS))
                                 if _total_of_blank_parts(report.cells[start + p * groups : start + (p + 1) * groups],
                                                          cells_known)]
        return
    if data is None:
        _all_unknown(report, keys, "missing_row", "table 4: no row of figures found; its cells are unknown", None)
        return
    if data is rows[0] and _another_fifteen_past_the_header(rows, past_the_heading, _figures_and_marks([data]),
                                                           any_count_after=True):
        # figures between the heading and the header's words (table 3's last chunks, which pdftotext without
        # -layout may write past table 4's heading), and another fifteen after the header: either may be its own
        _all_unknown(report, keys, "figures_apart", "table 4: figures between its heading and its header's words, "
                     "and as many after the header (pdftotext may write table 3's last figures past table 4's "
                     "heading): which are the table's is not known; its cells are unknown", data.line)
        return
    values = data.values()
    # plain pdftotext's row: poppler's blocks, an empty line between two, no cell set by where it stands
    plain_blocks = poppler_pages and not (data.aligned or data.piped or data.spaced)
    if plain_blocks and _each_figure_a_block(values):
        # plain pdftotext of a print that makes each figure a block of its own, an empty line after each (the
        # header's lines among them): the empty lines are poppler's, no blank cells; only the figures' order is known
        if _read_reviews_in_chunks(report, rows, beyond=past_the_heading):
            return
        if continued and _read_reviews_in_chunks(report, [*rows, *continued]):
            report.warn("figures_apart", "table 4: its last proceeding's name, header words and figures stand past "
                        "the next section's heading (plain pdftotext), no words of that section among them: read "
                        "as the table's, which they make whole", continued[0].line)
            return
        _figures_in_no_proven_order(report, keys, data.line)
        return
    if data.piped and (marks := _figure_cells_read_as_label(data)) is not None:
        values = marks  # `| 2 - | - | 1 | 3 | … |`: a merged cell of figures and marks is no label
    words_among_empty_cells = False
    if data.piped and (words := _figures_of_merged_cells(data.cells, width, R.review_sums_hold)) is not None:
        values = words  # `| 1 | — — | — 1 | … |`: a converter's merged columns, their words exactly the table's
    elif data.piped and (words := _review_words_among_empty_cells(data, width)) is not None:
        values, words_among_empty_cells = words, True
    if by_proceeding := _rows_per_proceeding(rows):  # the three rows of five, in the template's order
        values, anchors = [cell for figures in by_proceeding for cell in figures], None
    fitted, problem, code = fit_row(data, values, width, anchors, row_rule=R.review_sums_hold)
    cut = False
    if problem and anchors is None and not data.joined and \
            (shown := _review_columns_shown(rows, data, values, cells_known and data.tabbed)):
        printed = "cells (a blank one printed empty)" if any(cell.is_empty for cell in shown) else "figures"
        report.warn("columns_cut", f"table 4: the header shows its first {len(shown)} columns only (the others cut "
                    f"at the page's edge), and the row as many {printed}, each group's total its parts' sum: read in "
                    "order, the others unknown", data.line)
        fitted, problem, cut = [*shown, *[None] * (width - len(shown))], None, True
    if data.piped and _merged_cell_read_as_one(fitted, values, width):
        fitted, problem, code = [None] * width, MERGED_CELL_AS_ONE, "short_row"  # `| 2 - | - | 1 | … |`, a word short
    elif data.piped and not problem and (short := _review_words_short_of_the_columns(data, fitted, width)) is not None:
        fitted, problem, code = [None] * width, short, "short_row"
    elif data.piped and problem and code == "short_row" and len(values) < width and any(raw is not None for raw in fitted) \
            and any(value.is_empty for value in values):
        # `| 2 | 1 | 3 |  |  |  |  |` under `| 结 结 | 其 尚 | 总 未经复议直接起诉 | …`: markitdown's grid of a PDF's table,
        # narrower than the template, merged the columns; a cell printing nothing is no proof of which ones
        fitted, problem = [None] * width, _merged_pipe_grid(len(values), width)
    elif data.piped and problem and code == "short_row" and len(values) < width and any(raw is not None for raw in fitted) \
            and _pipe_cells_of_several_columns(rows, data):
        # `| 8 — 0 | — 11 | …`: nor is a pipe cell the header's glyphs a line show covering several columns one column
        fitted, problem = [None] * width, (f"{len(values)} pipe cells for {width} columns, the header's glyphs a line "
                                           "showing some covering several columns: which column a figure stands in is "
                                           "not known")
    if data.piped and problem and code == "short_row" and not cut \
            and (in_header := _review_columns_in_header(rows, data)) in (width, width - 1) \
            and (placed := _merged_placings(
                (reviews_placed_by_the_page_grid(rows, data, last_total_cut=in_header < width), _BY_PIPE_GRID),
                (_reviews_by_pipe_cells_of_stacks(rows, data), _BY_PIPE_CELLS_OF_STACKS))) is not None:
        agreed, by = placed
        printed = " ".join(value.text.strip() for value in values if not value.is_empty)
        report.warn("page_order", f"table 4: {problem} ({printed}); placed by their order, each proceeding's total "
                    f"its outcomes' sum and {by}: the cells every such placing agrees on marked recovered "
                    f"({sum(cell is not False for cell in agreed)} of {width}), the others unknown", data.line)
        _write_agreed(report, keys, agreed, data.line, printed)
        return
    # pdftotext's header words set in blocks of several cells' words: their places prove no figure's column
    # (unless every column has its figure, two cells' one space apart counted two, `0 0`: the only order there is)
    unproven = poppler_pages and data.aligned and not problem and anchors is not None and data.cells[0].columns is len \
        and not _every_column_printed(values, width, R.review_sums_hold) and not _outcome_words_apart(rows)
    if unproven:
        fitted = [None] * width
        problem = (f"{sum(not value.is_empty for value in values)} figures for {width} columns under header words "
                   "pdftotext set in blocks of several cells' words, whose places prove no column")
    if problem and code == "unaligned_cells" and not cut and data.aligned and poppler_pages \
            and (placed := _reviews_placed(rows, data)) is not None:
        agreed, by = placed
        printed = " ".join(value.text.strip() for value in values if not value.is_empty)
        report.warn("page_order", f"table 4: {problem} ({printed}); placed by their order, each proceeding's total "
                    f"its outcomes' sum and {by}: the cells every such placing agrees on marked recovered "
                    f"({sum(cell is not False for cell in agreed)} of {width}), the others unknown", data.line)
        start = len(report.cells)
        _write_agreed(report, keys, agreed, data.line, printed)
        if cut_blank_totals is not None and (shown := _review_columns_in_header(rows, data)) is not None:
            # a total cut at the page's edge over four outcomes every placing leaves printing nothing
            groups = len(L.REVIEW_OUTCOME_KEYS)
            cut_blank_totals += [report.cells[start + (p + 1) * groups - 1] for p in range(len(L.PROCEEDING_KEYS))
                                 if (p + 1) * groups > shown and _total_of_blank_parts(
                                     report.cells[start + p * groups : start + (p + 1) * groups], cells_known,
                                     cut_blank_totals.placed)]
        return
    if problem and not cut and data.aligned and poppler_pages \
            and (set_apart := _wrapped_figure_set_apart(rows, data, width)) is not None:
        readings, printed = set_apart
        agreed = R.agreed_cells(readings)
        report.warn("cells_recovered", f"table 4: {problem} ({printed}); digits alone on the line below, under a "
                    "figure's glyphs: a figure wrapped in its narrow column, whose lines pdftotext sets apart from "
                    "its column; joined to any piece of the figure above them (or a figure of their own), put in "
                    "any column, the others in order and each proceeding's total its outcomes' sum: the cells "
                    f"every such reading agrees on marked recovered ({sum(cell is not False for cell in agreed)} "
                    f"of {width}), the others unknown", data.line)
        _write_agreed(report, keys, agreed, data.line, printed)
        return
    if problem and not data.aligned and not data.piped and (printed := _each_cell_printed_apart(report, values, width)):
        fitted, problem = printed, None
    clean = reading_of(fitted)
    # plain `pdftotext` of Chromium's PDF, a wide figure wrapped a piece a line in its narrow column (`１` / `０` /
    # `２`: 12, its pieces round the next cell's 0): the groupings of the pieces that keep each proceeding's sum
    wrapped = _wrapped_review_readings(data, width) if data.stacked and not (data.aligned or data.spaced or data.ruled) \
        else []
    if not wrapped and plain_blocks and _figures_in_blocks(values):
        # plain pdftotext whose blocks hold one figure or two (a line of both, or a line each) and no wrapped
        # figure's pieces keep the sums: the empty lines part blocks, never cells
        if not _read_reviews_in_chunks(report, rows, beyond=past_the_heading):
            _figures_in_no_proven_order(report, keys, data.line)
        return
    if wrapped is None or (not wrapped and clean is not None and data.stacked and not (data.aligned or data.spaced or data.ruled)
                           and not R.review_sums_hold(clean) and _a_wrapped_figure_may_fill(data, width)):
        why = "too many readings with blank cells that printed nothing to try" if wrapped is None else \
            "read a cell each they break REVIEW_SUM, which no reading of one or two blanks mends"
        report.warn("cells_ran_together", "table 4: pieces of figures perhaps wrapped a piece a line (plain pdftotext "
                    f"of a PDF, whose blank cells may print nothing); {why}: its cells are unknown", data.line)
        _count_cells(report, "reviews", keys, [None] * width, data.line)
        return
    if not data.aligned and (wrapped or _looks_run_together(data, fitted, problem, clean, R.review_sums_hold, cells_known)):
        blocks = (len(L.REVIEW_OUTCOME_KEYS),) * len(L.PROCEEDING_KEYS)
        # an OCR's ruled table: a `1` glued to a figure may be a ruling line, every reading keeping the rules counts
        residue = data.ruled and R.ruling_residue([c.text for c in values])
        if residue:
            candidates = R.ruled_row_candidates([c.text for c in values], blocks) or []
        else:
            candidates = _with_year_split_off(report, "table 4", rows, data, [c.text for c in values],
                                              partial(R.row_candidates, width=width, blocks=blocks)) or []
        if not residue and data.stacked and not data.spaced and len(values) > 1 and (
                across := _readings_across_lines([*[value.text.split() for value in values],
                                                  *_review_lines_after(rows, data)], blocks)):
            # `pdftotext -raw`, a wide total wrapped a piece a line in its narrow column (`６ ２ １ ３` / `１` / `２` /
            # `０ ０ …`: 6, 2, 1, 3, 12, 0, …): the joinings of one line's last digits with the next's first; they
            # may also read a row the splits read one way (`１` / `０ ０ ０ １` / …: 1, 0, … or 10, blank, …, two
            # blanks printing nothing), so every reading of both stands (several: the cells they differ in unknown)
            candidates = [*candidates, *(reading for reading in across if reading not in candidates)]
        if wrapped:  # they stand beside the splits (several readings: the cells they differ in unknown)
            candidates = [*candidates, *(reading for reading in wrapped if reading not in candidates)]
        if not candidates and not residue and \
                _settle_proceedings_apart(report, data, [c.text for c in values], blocks, keys):
            return
        columns = tuple(f"{p}.{o}" for p, o in keys)
        before = len(report.cells)
        if _settle_run_together(report, "reviews", "table 4", columns, data, fitted, candidates):
            for cell in report.cells[before:]:  # one row holds every proceeding
                cell.row, cell.column = cell.column.split(".")
            return
    if problem and not data.aligned and _read_reviews_in_chunks(report, rows, beyond=past_the_heading):
        return
    if plain_blocks and problem and code == "short_row" and _few_figures_no_zero(values, width):
        # plain pdftotext of a table whose blank cells print nothing (no 0 printed): its few figures stand in
        # any of the columns, their order no proof of which (generated c1002 000089: litigation_direct's 2 2 read
        # as administrative_review's upheld)
        _figures_in_no_proven_order(report, keys, data.line)
        return
    if problem:
        report.warn(code, f"table 4: {problem}; missing cells are unknown", data.line)
    if data.aligned and (misplaced := _proceedings_a_stacked_figure_unbalances(fitted)):
        names = ", ".join(L.PROCEEDING_KEYS[p] for p in misplaced)
        report.warn("unaligned_cells", f"table 4: {names}: a wide figure's digits stacked over the row's lines stand "
                    "among its figures, and its figures as placed break its total whatever that figure is (its "
                    "outcomes read add to more than its total, or differ from it): the figures are not in the columns "
                    "they seem to stand in; its cells are unknown", data.line)
        groups = len(L.REVIEW_OUTCOME_KEYS)
        fitted = [None if column // groups in misplaced else raw for column, raw in enumerate(fitted)]
    start = len(report.cells)
    _count_cells(report, "reviews", keys, fitted, data.line)
    groups = len(L.REVIEW_OUTCOME_KEYS)
    recovered = [L.PROCEEDING_KEYS[p] for p in range(len(L.PROCEEDING_KEYS)) if cut and _total_from_its_parts(
        report.cells[start + p * groups : start + (p + 1) * groups])]
    if cut and cut_blank_totals is not None:
        cut_blank_totals += [report.cells[start + (p + 1) * groups - 1] for p in range(len(L.PROCEEDING_KEYS))
                             if _total_of_blank_parts(report.cells[start + p * groups : start + (p + 1) * groups], cells_known)]
    if recovered:
        report.warn("cells_recovered", f"table 4: the total of {', '.join(recovered)} cut at the page's edge, its "
                    "four outcomes shown: the total is their sum, the one value REVIEW_SUM leaves; marked recovered",
                    data.line)
    if words_among_empty_cells and not problem:
        for cell in report.cells[start:]:
            if cell.state == VALUE:
                cell.state = RECOVERED
        report.warn("cells_recovered", f"table 4: a converter's pipe row whose {width} figures and blank marks are one "
                    "word a column with empty pipe cells among them (no column: the words fill every one), each "
                    "proceeding's total its outcomes' sum; the sums alone rule out a figure printed as two words: "
                    "read in order, marked recovered", data.line)


def _read_reviews_with_wrapped_pieces(report: ParsedReport, rows: list[Row], data: Row, before: str | None,
                                     after: str | None, keys: list[tuple[str, str]]) -> None:
    """Table 4's pipe row with a wrapped figure's pieces on lines of their own beside it (piece_rows.py): its words,
    each a figure or blank mark, read in order with the pieces put back the one way the review sums allow; where
    they allow none or several, placed in the columns its pipe cells cover under a header a glyph a line
    (`_reviews_by_pipe_cells_of_stacks`), else its cells are unknown."""
    words = [word for cell in data.values() for word in cell.text.split()]
    shown = " / ".join(piece for piece in (before, after) if piece is not None)
    printed = " ".join(filter(None, (before, *words, after)))
    readings = readings_with_the_pieces(words, before, after, len(keys), R.review_sums_hold) \
        if all(map(_figure_or_mark, words)) else []
    if len(readings) == 1:
        report.warn("cells_recovered", f"table 4: a figure wrapped round its pipe row a piece a line, pieces on lines "
                    f"of their own ({shown}); the review sums allow the pieces back in one place only: read in order, marked "
                    "recovered", data.line)
        for (proceeding, outcome), value in zip(keys, readings[0], strict=True):
            report.cells.append(Cell("reviews", proceeding, outcome, value, BLANK if value is None else RECOVERED,
                                     data.line, printed))
        return
    if (agreed := _reviews_by_pipe_cells_of_stacks(rows, data, before, after)) is not None:
        report.warn("cells_recovered", f"table 4: a full-width figure wrapped in its narrow column, a piece on a line of "
                    f"its own beside its pipe row ({shown}): put on each full-width figure of the row in turn, the "
                    f"figures placed by {_BY_PIPE_CELLS_OF_STACKS}, their order and each proceeding's total its "
                    "outcomes' sum: the cells every such placing agrees on marked recovered "
                    f"({sum(cell is not False for cell in agreed)} of {len(keys)}), the others unknown", data.line)
        _write_agreed(report, keys, agreed, data.line, printed)
        return
    _all_unknown(report, keys, "short_row", f"table 4: a figure wrapped round its pipe row a piece a line, pieces on "
                 f"lines of their own ({shown}): {len(readings)} places for the pieces keep the review sums; its cells "
                 "are unknown", data.line)


def _wrapped_figure_set_apart(rows: list[Row], data: Row, width: int) -> tuple[list[R.Reading], str] | None:
    """`pdftotext -layout` of LibreOffice's table 4, a figure wrapped in its narrow column (`１` over `２`, 12): poppler
    sets the wrapped cell's two lines as a block of their own, the first piece glued to the figure before it and
    left of its column (`８ １ ２１ １ ０ …` / `２`: 8, 1, 2, 1, 12). The digits alone on the line below, under a
    glyph of the row, go on the piece holding that glyph of the word above them or stand as a figure of their own;
    any word may be figures glued together (as the piece was); the figure the digits make in any column, the row's
    other figures in their order, a blank cell perhaps printing nothing; or the digits none of the table's. The
    readings that keep each proceeding's sum, with the words printed; None where the table is not so (the digits' line not its last, figures before the row, a label on it, more
    than two blanks printing nothing) or no reading of the row as printed (its words whole but the one above the
    digits, cut round their piece) keeps the sums."""
    at = rows.index(data)
    if at + 2 != len(rows) or data.label_cells() or any(row.has_figures() for row in rows[:at]) \
            or any(cell.x_glyphs is None for cell in data.cells):
        return None
    below = rows[at + 1].cells
    rest = below[0].text.strip() if len(below) == 1 and below[0].x_glyphs is not None else ""
    if not rest.isdigit():
        return None
    rest_start = below[0].x_glyphs - len(below[0].text) / 2
    words = [(word, centre - len(word) / 2) for cell in data.cells for word, centre in _words_where_they_stand(cell)]
    above = [i for i, (word, start) in enumerate(words) if start <= rest_start < start + len(word)]
    if len(above) != 1:
        return None
    i, glyph = above[0], int(rest_start - words[above[0]][1])
    # any word may be figures glued together, as poppler glued the piece to the figure before it
    splits = [_figures_glued(word) for word, _ in words]
    if prod(map(len, splits)) > _MOST_GLUED_SPLITS:
        return None  # too many readings to try: no proof
    # (the row's other figures in order, the figure the digits make, whether the row reads as printed: only the
    # word above cut, round its piece)
    ways: list[tuple[list[str], str | None, bool]] = []
    for split in product(*splits):
        figures = [figure for parts in split for figure in parts]
        ways.append((figures, rest, False))  # the digits a figure of their own
        ways.append((figures, None, False))  # or none of the table's (a page's number, a note)
        start = sum(map(len, split[:i]))
        as_printed = len(figures) - len(split[i]) == len(words) - 1
        for part, (left, right) in enumerate(pairwise(_cut_points(split[i]))):
            if left <= glyph < right:  # the piece holding the glyph above the digits
                ways.append(([*figures[: start + part], *figures[start + part + 1 :]], split[i][part] + rest,
                             as_printed and len(split[i]) - 1 <= (part > 0) + (part < len(split[i]) - 1)))
    tries, printed_tries = [], []
    for others, made, as_printed in ways:
        missing = width - len(others) - (made is not None)
        if missing > 2:
            return None  # too many places for blanks printing nothing: no proof tried
        for made_at in (range(width) if made is not None else (None,)) if missing >= 0 else ():
            for blanks in combinations([c for c in range(width) if c != made_at], missing):
                order = iter(others)
                (printed_tries if as_printed else tries).append(
                    [made if c == made_at else "" if c in blanks else next(order) for c in range(width)])
    # a report whose sums are off keeps them in no reading as printed; a reading that splits or drops words to keep
    # them is then no proof: the rule reads only where the row as printed keeps the sums
    if not (kept_as_printed := _readings_kept(printed_tries, width, R.review_sums_hold)):
        return None
    readings = list(dict.fromkeys([*kept_as_printed, *_readings_kept(tries, width, R.review_sums_hold)]))
    return readings, _words_printed(rows[at:])

# a row's words split into figures glued together: 2 ** (glyphs - 1) ways a word; more tried readings are no proof
_MOST_GLUED_SPLITS = 64


def _figures_glued(word: str) -> list[tuple[str, ...]]:
    """The ways to read a word as figures glued together, each cut between two glyphs or not (`２１`: 21; 2, 1)."""
    return [tuple(word[a:b] for a, b in pairwise((0, *cuts, len(word))))
            for n in range(len(word)) for cuts in combinations(range(1, len(word)), n)]


def _cut_points(parts: tuple[str, ...]) -> list[int]:
    """The glyph offsets where a word's parts start, and its end."""
    return [sum(map(len, parts[:n])) for n in range(len(parts) + 1)]


def _review_lines_after(rows: list[Row], data: Row) -> list[list[str]]:
    """`pdftotext -raw`: the words of the lines of figures and blank marks one space apart after table 4's row of
    stacked pieces (`５ １ １ ５` / `１` / `２` / `- - - - - ２ - - １ ３`), rows of their own to rows.py, which go on
    its cells in the content stream's order (table 4 has one row); none where a label or anything else follows."""
    after = rows[next(index for index, row in enumerate(rows) if row is data) + 1 :]
    if not after or not all(row.spaced and not row.label_cells() and row.values() for row in after):
        return []
    words = [[word for cell in row.values() for word in cell.text.split()] for row in after]
    return words if all(read_count(word).state in (VALUE, BLANK) for line in words for word in line) else []


def _review_words_short_of_the_columns(data: Row, fitted: list[RawCell | None], width: int) -> str | None:
    """Table 4's pipe row read cell by cell whose figures and blank marks are fewer than the columns, with empty
    pipe cells among or after them, whose reading (every cell read) breaks REVIEW_SUM or which prints a blank as a 0
    or a mark (so an empty cell is no blank's that printed nothing, or the row lost a word): markitdown may set an empty cell of no column beside the figures and the words packed to the left, so an empty
    cell is not known to be the blank that printed nothing (`| 0 | 3 | 1 | 12 | 16 | 0 | 3 | 3 | 6 | 0 | … |  |`: a
    blank printed nothing, each later word a column left). The problem, None where the row is read as it stands."""
    label_end = _last_cell_of_words(data)
    values = data.cells[label_end + 1 :]
    words = [word for cell in values for word in cell.text.split()]
    if not words or len(words) >= width or not all(map(_figure_or_mark, words)) \
            or not any(cell.is_empty for cell in values):
        return None
    reading = reading_of(fitted)
    if reading is None:
        return None  # a reading leaving cells unknown (a column cut) already said what it does not know
    if R.review_sums_hold(reading) and not any(clean_cell_text(word) in ("0", *L.BLANK_TOKENS) for word in words):
        return None  # blanks printing nothing, none a 0 or a mark: its empty cells are those blanks
    return (f"a converter's pipe row of {len(words)} figures and blank marks for {width} columns, empty pipe cells "
            "beside them: a blank printed nothing, or a cell of no column with the words packed to its left? (read "
            "cell by cell it breaks REVIEW_SUM, or it prints its blanks): which column each word stands in is not "
            "known")


def _review_words_among_empty_cells(data: Row, width: int) -> list[RawCell] | None:
    """Table 4's pipe row (markitdown of a PDF, which sets its columns where the page's words stand) whose cells
    after its label hold exactly the table's `width` words, each a figure or blank mark, with empty pipe cells among
    them (`| 0 | 0 | 0 0 | 0 | 0 0 | 0 | 0 | 0 0 |  | 0 | …`): every column has its word, so an empty cell is no
    column's, and the words are the cells in order where each proceeding's total is its outcomes' sum (which rules
    out a figure printed as two words). None otherwise (no empty cell among them: `_figures_of_merged_cells`)."""
    label_end = _last_cell_of_words(data)
    values = data.cells[label_end + 1 :]
    filled = printing_places(values)
    if not filled or each_prints(values[filled[0] : filled[-1]]):
        return None
    words = [RawCell(word, cell.line) for cell in values for word in cell.text.split()]
    if len(words) != width or not all(_figure_or_mark(word.text) for word in words):
        return None
    reading = reading_of(words)
    return words if reading is not None and R.review_sums_hold(reading) else None


# readings of table 4's wrapped pieces with blanks that printed nothing checked against REVIEW_SUM, at most
# (`_wrapped_review_readings`): ~0.1 s of CPU; past it the row is unknown
_WRAPPED_READINGS_CHECKED = 20_000

def _wrapped_review_readings(data: Row, width: int) -> list[R.Reading] | None:
    """Table 4's one row in plain `pdftotext` of Chromium's PDF (a cell a block of lines, blocks apart by empty
    lines), its words more than its `width` cells: full-width figures wrapped a piece a line in narrow columns
    (wrapped_digits.py). The readings of each grouping of its words into `width` figures, with at least one
    wrapped figure joined, that keep every proceeding's total its outcomes' sum; [] where there are none, or
    more groupings than MAX_PIECE_READINGS (never a guess); None where the groupings with blanks that printed
    nothing are more than MAX_PIECE_READINGS, or their readings more than _WRAPPED_READINGS_CHECKED (the row is
    then unknown: which reading is its own is not known)."""
    if not any(cell.is_empty for cell in data.values()):
        return []  # no empty line parting poppler's blocks (not plain text)
    return _wrapped_readings_of(_review_words(data), width, data.line)


def _wrapped_readings_of(words: list[Word], width: int, line: int | None) -> list[R.Reading] | None:
    """`_wrapped_review_readings` of table 4's words in order (`line`: the cells' line)."""
    if len(words) < width or not any(map(is_piece, words)):
        return []  # fewer words than cells, or no piece
    readings: list[R.Reading] = []
    seen: set[R.Reading] = set()
    checks = 0
    # a blank cell may print nothing too (Chromium: an empty cell leaves no line), so the words may make fewer
    # figures than cells: those cells stand anywhere, each blank or a 0 the text lost (both readings: unknown);
    # any number of them (a sparse table's), only the pieces' joins bound them: a search capped below that may
    # miss the table's own reading and agree on another
    blocks_apart = _blocks_apart(words)
    for unprinted in range(width if blocks_apart else 1):
        if len(words) <= width - unprinted:
            continue  # no figure joined: the splits' reading, or another path's
        found = groupings(words, width - unprinted, MAX_PIECE_READINGS)
        if found is None:
            return [] if unprinted == 0 else None
        for grouping in found:
            reading = reading_of([RawCell("".join(words[at].text for at in figure), line) for figure in grouping])
            if reading is None:
                continue
            for slots in combinations(range(width), unprinted):
                for filled in product((None, Decimal(0)), repeat=unprinted):
                    checks += 1
                    if checks > _WRAPPED_READINGS_CHECKED:
                        return None
                    figures, cells = iter(reading), dict(zip(slots, filled))
                    whole = tuple(cells[at] if at in cells else next(figures) for at in range(width))
                    if whole not in seen and R.review_sums_hold(whole):
                        seen.add(whole)
                        readings.append(whole)
    if len(words) == width and readings and (clean := reading_of([RawCell(word.text, line) for word in words])):
        # the words one a cell is the plainest reading: it stands beside those (a misprint, or a figure joined and a
        # blank that printed nothing: the cells they differ in unknown)
        readings.insert(0, clean)
    return readings


def _inner_cells(values: list[RawCell]) -> list[RawCell]:
    """A row's cells past its leading and trailing empty lines."""
    inner = list(values)
    while inner and inner[0].gap:
        inner.pop(0)
    while inner and inner[-1].gap:
        inner.pop()
    return inner


def _each_figure_a_block(values: list[RawCell]) -> bool:
    """Whether a row's cells, past its leading and trailing empty lines, are two or more figures each followed by
    one empty line: one line a figure, a gap after each, as plain pdftotext writes blocks of one figure."""
    inner = _inner_cells(values)
    return len(inner) >= 3 and all(value.gap == (index % 2 == 1) for index, value in enumerate(inner))


def _figures_in_blocks(values: list[RawCell]) -> bool:
    """Whether a row's cells, past its leading and trailing empty lines, are figures in blocks an empty line
    apart, as plain pdftotext writes poppler's blocks (some two figures: a line of both, or a line each): a blank
    cell prints nothing there, so those empty lines part blocks, never cells."""
    inner = _inner_cells(values)
    return len(inner) >= 3 and any(value.gap for value in inner)


def _few_figures_no_zero(values: list[RawCell], width: int) -> bool:
    """Whether a row's cells are fewer figures than its `width` columns, none of them 0 and no blank mark: a
    table that prints no zero, its blank cells printing nothing (a sparse one, or a short row of one)."""
    figures = [read_count(value.text) for value in values if not value.is_empty]
    return 0 < len(figures) < width and all(read.state == VALUE and read.value != 0 for read in figures)


def _figures_in_no_proven_order(report: ParsedReport, keys: list[tuple[str, str]], line: int | None) -> None:
    """Every cell of table 4 unknown: plain pdftotext's blocks of figures in no order the rules prove."""
    _all_unknown(report, keys, "figures_apart", "table 4: its figures in blocks an empty line apart (plain "
                 "pdftotext), the empty lines no cells, and its figures in no order the table's rules prove: its "
                 "cells are unknown", line)


def _review_words(data: Row) -> list[Word]:
    """Table 4's row word by word, each with its line and whether it stands alone on it."""
    on_line: dict[int, int] = {}
    for cell in data.cells:
        on_line[cell.line] = on_line.get(cell.line, 0) + len(cell.text.split())
    return [Word(word, cell.line, on_line[cell.line] == 1) for cell in data.values() for word in cell.text.split()]


def _blocks_apart(words: list[Word]) -> bool:
    """Whether some words stand apart by an empty line (poppler's blocks, a cell a block): a cell printing nothing
    then leaves no line. Words on lines one after the other throughout are a cell a line (a text of cells), none
    of them missing."""
    return any(later.line > word.line + 1 for word, later in pairwise(words))


def _a_wrapped_figure_may_fill(data: Row, width: int) -> bool:
    """Table 4's row in plain `pdftotext` of Chromium's PDF, as many words as cells in blocks apart, where some
    pieces may be one wrapped figure (`_wrapped_review_readings`): the words one a cell are then no proof, as the
    wrapped figure and blank cells that printed nothing fill the cells too."""
    words = _review_words(data)
    return len(words) == width and any(map(is_piece, words)) and any(cell.is_empty for cell in data.values()) \
        and _blocks_apart(words) and groupings(words, width - 1, MAX_PIECE_READINGS) != []


def _each_cell_printed_apart(report: ParsedReport, values: list[RawCell], width: int) -> list[RawCell] | None:
    """Table 4's row as exactly `width` whole figures one space apart (`1 1 0 0 2 1 0 0 0 1 2 0 1 0 3`, pdfplumber
    or `pdftotext -raw`), each proceeding's total its outcomes' sum, in a document whose table 3 prints every
    cell it read (each a figure, 0 where empty, none blank or unknown): no blank went unprinted, so no two cells
    ran together and the spaces part the cells, read in order as printed; all on one line (a line break is no
    space: Chromium's narrow column wraps a wide figure a digit a line). Else None (the split stays a recovery)."""
    tokens = [RawCell(text, cell.line) for cell in values for text in cell.text.split(" ") if text]
    if len({cell.line for cell in tokens}) > 1:
        return None  # over several lines (`pdftotext -raw`): a line break may part one wide figure's digits
    if len(tokens) != width or not all(_WHOLE_FIGURE_RE.fullmatch(cell.text) for cell in tokens) \
            or (reading := reading_of(tokens)) is None or not R.review_sums_hold(reading):
        return None
    table_3 = [cell for cell in report.cells if cell.table == "applications" and cell.line is not None]
    if not table_3 or any(cell.state not in (VALUE, RECOVERED) for cell in table_3) \
            or not any(cell.state == VALUE and cell.value == 0 for cell in table_3):
        return None
    return tokens


_WHOLE_FIGURE_RE = re.compile(r"[0-9０-９]+")

def _review_row_with_stacked_figures(rows: list[Row], width: int) -> tuple[int, R.Reading, str] | None:
    """`pdftotext -layout` of table 4 in narrow columns (Chromium): a wide figure wrapped a digit a line, its
    digits stacked round the table's one row of figures (`１` above, `２` below, the row's line empty there, for
    12). Where the lines round the row hold nothing but such digits (rows.py marks them stacked), each column of
    them a glyph or less apart and clear of the row's words, the one row's figures are its line's words and each
    column's digits read top to bottom, in the order they stand; read only where they make exactly `width` cells
    and every proceeding's total is its outcomes' sum. (row's line, its reading, the text for the messages)."""
    with_figures = [row for row in rows if not prints_nothing(row.values())]
    pieces = [cell for row in with_figures for cell in row.values() if cell.problem == STACKED]
    if not pieces or any(cell.x_glyphs is None for cell in pieces):
        return None
    own = [row for row in with_figures if any(cell.problem != STACKED and not cell.is_empty for cell in row.values())]
    if len(own) != 1 or not own[0].aligned:
        return None
    data = own[0]
    lines = sorted({cell.line for cell in pieces} | {data.line})
    if lines != list(range(lines[0], lines[-1] + 1)):
        return None  # a piece apart from the row's lines: whose it is, not known
    words: list[tuple[float, str]] = []
    for cell in data.values():
        if cell.problem == STACKED or cell.is_empty:
            continue
        if cell.x_glyphs is None or cell.problem:
            return None
        words += [(centre, word) for word, centre in _words_where_they_stand(cell)]
    columns: list[list] = []  # the pieces of one stacked figure, a glyph or less apart
    for cell in sorted(pieces, key=lambda cell: cell.x_glyphs):
        if columns and cell.x_glyphs - columns[-1][-1].x_glyphs <= 1:
            columns[-1].append(cell)
        else:
            columns.append([cell])
    figures = []
    for column in columns:
        if len({cell.line for cell in column}) != len(column) or \
                any(abs(x - cell.x_glyphs) <= 1.5 for x, _ in words for cell in column):
            return None  # two pieces on one line, or a piece over one of the row's words
        text = "".join(cell.text.strip() for cell in sorted(column, key=lambda cell: cell.line))
        if not text.isdigit() or R.opens_on_a_zero(text):
            return None
        figures.append((sum(cell.x_glyphs for cell in column) / len(column), text))
    cells = [text for _, text in sorted(words + figures)]
    if len(cells) != width:
        return None
    read = [read_count(text) for text in cells]
    if any(cell.state not in (VALUE, BLANK) for cell in read):
        return None
    reading = tuple(cell.value for cell in read)
    return (data.line, reading, " ".join(cells)) if R.review_sums_hold(reading) else None


def _read_reviews_in_chunks(report: ParsedReport, rows: list[Row], past_the_heading: Sequence[Row] = (),
                            beyond: Sequence[Row] = ()) -> bool:
    """Table 4 in the text of `pdftotext` without -layout: its figures on lines of their own, apart
    from the header's words (which may stand among them), exactly its cells' count of figures and blank
    marks, read as its three proceedings written in column chunks (chunks.py; a chunk of one
    proceeding is its five figures left to right), where each proceeding's total is its parts' sum.
    With `past_the_heading`, those rows' figures follow the table's own and are required (read_reviews);
    `beyond`: the rows past the heading when they are not (another reading they may make).
    Writes the cells and says True; False, nothing written, for any other text."""
    if not _figures_on_lines_of_their_own(rows):
        return False
    figures = _figures_and_marks(rows)
    if past_the_heading:  # required: without them, the other readers of table 4 are tried
        more = _figures_and_marks(list(past_the_heading))
        figures = figures + more if figures and more else []
    proceedings, width = len(L.PROCEEDING_KEYS), len(L.REVIEW_OUTCOME_KEYS)
    if len(figures) > proceedings * width and (apart := _figures_either_side_of_the_header(rows, past_the_heading)) \
            and apart.words and len(apart.words) + len(apart.past) == proceedings * width \
            and len(apart.before) + len(apart.words) != proceedings * width:
        # table 3's last chunk, which pdftotext without -layout may write past table 4's heading, stands
        # before the header's words (table 3 unread, nothing took them): the figures after those words and
        # past the next heading make the table's count exactly, and no other run of them does
        figures = apart.words + apart.past
    if len(figures) > proceedings * width and _one_row_of_proceedings(rows):
        return _read_wrapped_figures_apart(report, [*rows, *past_the_heading], figures)
    if len(figures) != proceedings * width:
        return False
    if _another_fifteen_past_the_header(rows, past_the_heading or beyond, figures):
        return False
    reads = [read_count(cell.text) for cell in figures]
    if any(read.state == UNKNOWN for read in reads):
        return False
    values = [read.value for read in reads]
    # a proceeding keeps the rule a row of table 3 keeps: its last figure, the total, is the sum of the others
    if _one_row_of_proceedings(rows) and all(R.applicant_sum_holds(tuple(values[start : start + width]))
                                             for start in range(0, len(values), width)):
        # the header names every outcome once per proceeding: one row of cells, which pdftotext writes left
        # to right (cells side by side on one line, or each on its own), so the order is the template's
        placed = [[Placed(proceeding * width + outcome, True) for outcome in range(width)]
                  for proceeding in range(proceedings)]
        report.warn("figures_apart", "table 4: its figures on lines of their own, apart from the header that lays "
                    "its proceedings side by side in one row, read in order (each proceeding's total its parts' sum)",
                    figures[0].line)
    else:
        placed = place_in_column_chunks(values, proceedings, width, R.applicant_sum_holds)
        if placed is None:
            return False
        unproved = sum(1 for cells in placed for p in cells if p is None or not p.proved)
        report.warn("column_chunks", "table 4: its figures on lines of their own, apart from the header, read in the "
                    "order that keeps each proceeding's total its parts' sum; "
                    f"{unproved} cell(s) recovered or unknown where that order rests on zeros or is not unique",
                    figures[0].line)
    report.cells += _placed_cells("reviews", L.PROCEEDING_KEYS, L.REVIEW_OUTCOME_KEYS, placed, figures, reads)
    return True


def _read_wrapped_figures_apart(report: ParsedReport, rows: list[Row], figures: list[RawCell]) -> bool:
    """Table 4's one row of proceedings in plain `pdftotext` of Chromium's PDF, its figures on lines of their own
    after the header's words (`_read_reviews_in_chunks`), more words than cells: full-width figures wrapped a piece a
    line in narrow columns (wrapped_digits.py), poppler's blocks left to right. The readings of every grouping of the
    words, any number of blank cells that printed nothing among them, that keep each proceeding's total its outcomes' sum
    (`_wrapped_readings_of`): a cell all of them read alike recovered, the others unknown. False, nothing written, where
    a figure stands before the header's words (table 3's last chunk may), none keeps the sums, or the search is past
    its bounds."""
    header = next((index for index, row in enumerate(rows)
                   if any(character in row.label for character in _OUTCOME_CHARACTERS)), None)
    if header is None or _figures_and_marks(rows[:header]) or not _labels_before_figures(rows[header]):
        return False
    on_line: dict[int, int] = {}  # every word of each line, a label's too: a piece stands alone on its line
    for row in rows:
        for cell in row.cells:
            on_line[cell.line] = on_line.get(cell.line, 0) + len(cell.text.split())
    words = [Word(cell.text, cell.line, on_line.get(cell.line) == 1) for cell in figures]
    width = len(L.PROCEEDING_KEYS) * len(L.REVIEW_OUTCOME_KEYS)
    readings = _wrapped_readings_of(words, width, figures[0].line)
    if not readings:
        return False
    agreed = R.agreed_cells(readings)
    report.warn("cells_recovered", f"table 4: its figures on lines of their own after the header, {len(words)} words "
                "for its cells: full-width figures wrapped a piece a line in narrow columns (plain pdftotext). Every "
                "grouping of the pieces, with blank cells that printed nothing, that keeps each proceeding's total its "
                f"outcomes' sum read in order: the cells all {len(readings)} agree on marked recovered "
                f"({sum(cell is not False for cell in agreed)} of {len(agreed)}), the others unknown", figures[0].line)
    keys = [(p, o) for p in L.PROCEEDING_KEYS for o in L.REVIEW_OUTCOME_KEYS]
    _write_agreed(report, keys, agreed, figures[0].line, " ".join(word.text for word in words))
    return True


def _labels_before_figures(row: Row) -> bool:
    """Whether a row's figures all stand after its labels' cells (a header row the figures may end, never open)."""
    label_ids = {id(cell) for cell in row.label_cells()}
    labels = [at for at, cell in enumerate(row.cells) if id(cell) in label_ids]
    figures = [at for at, cell in enumerate(row.cells) if id(cell) not in label_ids and not cell.is_empty]
    return not figures or not labels or max(labels) < min(figures)


class _FiguresApart(NamedTuple):
    before: list[RawCell]  # between table 4's heading and its header's words
    words: list[RawCell]  # after the header's words, up to the next section's heading
    past: list[RawCell]  # past the next section's heading


def _figures_either_side_of_the_header(rows: list[Row], past_the_heading: Sequence[Row]) -> _FiguresApart | None:
    """The figures and blank marks table 4's text holds between its heading and its header's words (on
    the heading's row and on lines of figures alone after it), after the words, and past the next
    section's heading; None where no figure stands on the heading's row or no header's words follow."""
    if not rows[0].has_figures():
        return None
    words = next((index for index in range(1, len(rows)) if rows[index].label.strip()), len(rows))
    # the header's words: from the first row with words up to the first with figures after them
    header = next((rows[words:i + 1] for i in range(words, len(rows)) if rows[i].has_figures()), rows[words:])
    if not any(character in row.label for row in header for character in _OUTCOME_CHARACTERS):
        return None
    return _FiguresApart(_figures_and_marks(rows[:words]), _figures_and_marks(rows[words:]),
                         _figures_and_marks(list(past_the_heading)))


def _another_fifteen_past_the_header(rows: list[Row], past_the_heading: Sequence[Row], figures: list[RawCell],
                                     any_count_after: bool = False) -> bool:
    """Whether figures stand between table 4's heading and its header's words (table 3's last chunk may
    stand there, past table 4's heading) and the figures after the header's words, with those past the
    next section's heading, make table 4's count too, another fifteen: which are the table's is not
    known (unless both read alike). `any_count_after`: the figures before the header are the table's
    whole count, so figures after it in any number (14 where plain text dropped a blank cell, or one
    written `0件`) leave which are the table's unknown too."""
    apart = _figures_either_side_of_the_header(rows, past_the_heading)
    if apart is None:
        return False
    after = apart.words + apart.past
    whole = len(figures) == len(L.PROCEEDING_KEYS) * len(L.REVIEW_OUTCOME_KEYS)
    return (len(after) == len(figures) or any_count_after and whole and bool(after)) and \
        [c.text for c in after] != [c.text for c in figures]


def _review_columns_shown(rows: list[Row], data: Row, values: list[RawCell], cells_known: bool = False
                          ) -> list[RawCell] | None:
    """Table 4 laid wider than the page and cut at its edge (LibreOffice's PDF of a wide page), its
    header words wrapped where their positions say nothing (`结果维` over `持`, or one character a
    line): the header's columns counted by a character each outcome's word alone holds (`维` of
    结果维持 … `计` of 总计). When they are the table's first columns, fewer than all, the row holds
    exactly as many figures or blank marks (`cells_known`: as many cells, an empty one a cell printed
    empty, in a format whose reader knows each cell's bounds: a PDF's ruled grid), and each whole group's
    total is its parts' sum, the figures, in order, are those columns'. None otherwise."""
    shown = _review_columns_in_header(rows, data)
    groups = len(L.REVIEW_OUTCOME_KEYS)
    if shown is None or shown == groups * len(L.PROCEEDING_KEYS):
        return None
    whole = shown // groups  # groups shown with their total
    if cells_known and len(values) == shown:
        if _header_cell_past_its_outcomes(rows, data):
            return None  # a column the header names otherwise (`总数`): the table is not cut, a cell of the row merged
        figures = list(values)
    else:
        figures = figure_parts([value for value in values if not value.is_empty])
        if not data.aligned:  # `pdftotext -raw`: the figures one space apart, on a line of their own
            figures = [RawCell(word, value.line) for value in figures for word in value.text.split()]
    if len(figures) != shown:
        return None
    read = [read_count(figure.text) for figure in figures]
    if any(cell.state not in (VALUE, BLANK) for cell in read):  # a mark (`无`, `-`) holds its blank cell's place
        return None
    for group in range(whole):
        parts = [cell.value or 0 for cell in read[group * groups : (group + 1) * groups]]
        if sum(parts[:-1]) != parts[-1]:
            return None
    return figures


def _header_cell_past_its_outcomes(rows: list[Row], data: Row) -> bool:
    """Table 4's header row of cells naming the most outcomes (`_OUTCOME_CHARACTERS`) goes on past its last such
    cell with a word naming no proceeding (`复议后起诉` may follow the review's outcomes): a column the header
    names without the outcome's character (`总数` for 总计), so the header is not cut where its count of
    outcomes ends. A page cut at its edge prints no cell past the columns shown (the reader leaves the cut
    column out, or its cells are in every row); an HTML or DOCX table is never cut, and a row of as many cells
    as the header counts lost one to a merge."""
    best, most = None, 0
    for row in rows:
        if row is data:
            continue
        naming = [index for index, cell in enumerate(row.cells) if any(ch in cell.text for ch in _OUTCOME_CHARACTERS)]
        if len(naming) > most:
            best, most = (row, naming[-1]), len(naming)
    return best is not None and any((word := L.squash(cell.text)) and not any(word in name for name in _PROCEEDING_WORDS)
                                    for cell in best[0].cells[best[1] + 1:])


_PROCEEDING_WORDS = tuple(name.replace("·", "") for name in L.PROCEEDINGS.values())  # a header row's names after its outcomes

def _figures_wrapped_in_shared_cells(rows: list[Row], data: Row, keys: list[tuple[str, str]]
                                     ) -> tuple[list[Decimal | None | bool], int, str] | None:
    """Table 4's pipe row between two lines of full-width pieces alone (`data`, the first line of figures, being
    the line above it), the pieces in pipe cells the row prints a word in too (piece_rows.py): the cells its
    readings agree on (False where they differ), its line and its words; None where the three lines do not follow
    each other, another row of the table holds figures, or no reading keeps the sums."""
    at = rows.index(data)
    if at + 2 >= len(rows) or [row.line for row in rows[at : at + 3]] != [data.line + step for step in range(3)] \
            or any(row.has_figures() for row in rows[:at] + rows[at + 3 :]):
        return None
    readings = readings_with_pieces_in_shared_cells(rows[at : at + 3], 1, len(keys), R.review_sums_hold,
                                                    _figure_or_mark, label_less=True)
    if not readings:
        return None
    agreed = R.agreed_cells(readings)
    return agreed, rows[at + 1].line, _words_printed(rows[at : at + 3])


def _words_printed(rows: Sequence[Row]) -> str:
    """The rows' cells that print something, in order, as a cell's `as_written` shows a reading's words."""
    return " | ".join(cell.text.strip() for row in rows for cell in row.cells if cell.text.strip())


def _all_unknown(report: ParsedReport, keys: list[tuple[str, str]], code: str, message: str, line: int | None
                 ) -> None:
    """Every cell of table 4 unknown, for the reason `message` gives."""
    report.warn(code, message, line)
    for proceeding, outcome in keys:
        report.cells.append(Cell("reviews", proceeding, outcome, None, UNKNOWN, line))


def _pieces_below_in_shared_cells(rows: list[Row], data: Row, keys: list[tuple[str, str]]) -> list | None:
    """Table 4's first row of figures (`data`) with a pipe row of full-width pieces right below it in pipe cells two
    columns share (piece_rows.readings_with_pieces_below_in_shared_cells): its readings keeping the sums; None where
    there is no such row."""
    at = rows.index(data)
    below = rows[at + 1] if at + 1 < len(rows) else None
    return readings_with_pieces_below_in_shared_cells(data, below, len(keys), R.review_sums_hold, label_less=True)


def _piece_beside_its_figure(rows: list[Row], data: Row, keys: list[tuple[str, str]]) -> bool:
    """Whether table 4's first row of figures (`data`) and the pipe row on the line right before or after it are a
    row of figures and full-width pieces alone in a column of one of its full-width figures (piece_rows.py), in
    either order: the row's figure there may be half of one wrapped a piece a line."""
    at = rows.index(data)
    pairs = [(rows[at - 1], data)] if at else []
    pairs += [(data, rows[at + 1])] if at + 1 < len(rows) else []
    return any(first.piped and second.piped and second.line == first.line + 1 and (
        pieces_beside_its_figures(second, (first, None), set(), len(keys), R.review_sums_hold, label_less=True)
        or pieces_beside_its_figures(first, (None, second), set(), len(keys), R.review_sums_hold, label_less=True))
        for first, second in pairs)


def _write_agreed(report: ParsedReport, keys: list[tuple[str, str]], agreed: list[Decimal | None | bool], line: int,
                  printed: str) -> None:
    """Table 4's cells from the placings' agreement: a value recovered, None blank, False unknown."""
    for (proceeding, outcome), value in zip(keys, agreed, strict=True):
        state = UNKNOWN if value is False else BLANK if value is None else RECOVERED
        report.cells.append(Cell("reviews", proceeding, outcome, None if value is False else value, state,
                                 line, None if state == UNKNOWN else printed))


# markitdown's grid of a PDF page (pipe_page_grid.py)
_BY_PIPE_GRID = "the header words the page's pipe cells put left or right of each figure"

# LibreOffice's narrow columns, a glyph a line down each (`结` / `果` / `维` / `持`), in markitdown's pipe grid
_BY_PIPE_CELLS_OF_STACKS = "the columns whose header glyphs each pipe cell holds"

# a glyph only one word of table 4's header holds, an outcome's, with that outcome (结 and 果 stand in several
# outcomes' words, 未 in 未经复议直接起诉 too)
_OUTCOME_OF_GLYPH = {glyph: key for key, name in L.REVIEW_OUTCOMES.items() for glyph in name
                     if sum(glyph in word for word in (*L.REVIEW_OUTCOMES.values(), *L.PROCEEDINGS.values())) == 1}
_OUTCOME_GLYPHS = frozenset("".join(L.REVIEW_OUTCOMES.values()))

def _pipe_cells_columns(header: list[Row], cells: int) -> list[range] | None:
    """The table 4 columns each of `cells` pipe cells covers, where the header prints each outcome's word a glyph
    a line down its narrow column (LibreOffice) and markitdown's grid of the page is narrower than the table.
    A column's glyphs and its figure start at one x (one paragraph's left edge in the cell), and markitdown puts a
    word in a pipe cell by its left edge alone, so a column's glyphs and figure share one pipe cell; the pipe
    cells cover the columns left to right. A cell's columns are counted by the glyphs only one outcome's word
    holds, each once a column (`维` and `持` of 结果维持); they must make the template's columns in order, each
    cell's count of each outcome as its columns hold. None otherwise (a header word of several glyphs: not
    this layout)."""
    counts: list[dict[str, int]] = []
    for cell in range(cells):
        glyphs: dict[str, int] = {}
        for row in header:
            for word in row.cells[cell].text.split():
                glyph = L.squash(word)
                if len(glyph) > 1 and set(glyph) <= _OUTCOME_GLYPHS:
                    return None  # outcome glyphs run together: a wider column, not a glyph a line
                if glyph in _OUTCOME_OF_GLYPH:
                    glyphs[glyph] = glyphs.get(glyph, 0) + 1
        per_outcome: dict[str, int] = {}
        for glyph, count in glyphs.items():
            outcome = _OUTCOME_OF_GLYPH[glyph]
            per_outcome[outcome] = max(per_outcome.get(outcome, 0), count)
        counts.append(per_outcome)
    width, columns, start = len(L.REVIEW_OUTCOME_KEYS), [], 0
    for per_outcome in counts:
        covered = range(start, start + sum(per_outcome.values()))
        held: dict[str, int] = {}
        for column in covered:
            outcome = L.REVIEW_OUTCOME_KEYS[column % width]
            held[outcome] = held.get(outcome, 0) + 1
        if held != per_outcome:
            return None
        columns.append(covered)
        start = covered.stop
    return columns if start == width * len(L.PROCEEDING_KEYS) else None


def _stacks_header(rows: list[Row], data: Row) -> list[Row]:
    """The pipe rows above table 4's pipe row `data` in its page's grid (as wide as it): its header there."""
    return [row for row in rows if row is not data and row.piped and row.line < data.line
            and row.markdown_page == data.markdown_page and len(row.cells) == len(data.cells)]


def _pipe_cells_of_several_columns(rows: list[Row], data: Row) -> bool:
    """Whether the header's glyphs a line show a pipe cell of table 4's pipe row `data` covering several columns
    (`_pipe_cells_columns`)."""
    header = _stacks_header(rows, data)
    columns = _pipe_cells_columns(header, len(data.cells)) if header else None
    return columns is not None and any(len(covered) > 1 for covered in columns)


def _reviews_by_pipe_cells_of_stacks(rows: list[Row], data: Row, before: str | None = None, after: str | None = None
                                     ) -> list[Decimal | None | bool] | None:
    """Table 4's pipe row printing fewer figures and blank marks than its columns (a blank cell prints nothing), or
    as many, under a header a glyph a line (`_pipe_cells_columns`): each figure in one of the columns its pipe cell
    covers, the figures left to right in columns left to right, each proceeding's total its outcomes' sum. A
    full-width figure wrapped in its narrow column may leave its first piece on a line of its own right before the
    row (`before`) or its last right after it (`after`, piece_rows.pieces_beside_a_pipe_row): the piece goes on
    one of the row's full-width figures, each tried. The cells every such placing agrees on (a value, None
    blank), False for the others; None where the header's pipe cells are not such, a word of the row is no
    figure or blank mark, a figure stands in a pipe cell of no column, another row of the table holds figures,
    pieces stand on both sides, or no placing keeps the sums."""
    total = len(L.REVIEW_OUTCOME_KEYS) * len(L.PROCEEDING_KEYS)
    header = _stacks_header(rows, data)
    at = rows.index(data)
    pieces = [rows[at + step] for step, piece in ((-1, before), (1, after)) if piece is not None]
    if not data.piped or not header or len(pieces) > 1 \
            or any(row.has_figures() for row in rows if row is not data and row not in pieces) \
            or (columns := _pipe_cells_columns(header, len(data.cells))) is None:
        return None
    words, bounds = [], []
    for cell, covered in zip(data.cells, columns, strict=True):
        for word in cell.text.split():
            if read_count(word).state not in (VALUE, BLANK) or not covered:
                return None
            words.append(word)
            bounds.append((covered.start, covered.stop - 1))
    piece = before or after
    readings = [words] if piece is None else \
        [[(piece + word if before else word + piece) if index == wrapped else word for index, word in enumerate(words)]
         for wrapped, word in enumerate(words) if set(word) <= WIDE_DIGITS]
    if not words or len(words) > total or not readings:
        return None
    agreed = _agreed_in_shown_columns([([read_count(word).value for word in reading], bounds) for reading in readings],
                                      total)
    return agreed if agreed is not None and any(cell is not False for cell in agreed) else None


def _reviews_by_page_order(rows: list[Row], data: Row) -> list[Decimal | None | bool] | None:
    """Table 4 in `pdftotext -layout` text whose row prints fewer figures than its columns (a blank cell
    prints nothing) and whose header words set nothing in order (poppler sets a block of several cells'
    words where its own rules put it). What holds: the figures, left to right, stand in columns left to right;
    each proceeding's total is its outcomes' sum; and a header word whose pieces no block of poppler's can
    join to another cell's text (page_order.pieces_apart) holds blocks inside its own cell, which bound the
    figures' columns (page_order.columns_beside): a proceeding's name its five columns (行政诉讼 ten), an
    outcome's word its column where the other words of that outcome and the names leave it one proceeding.
    Every way of placing the figures that keeps both is tried: each cell they all agree on (its value, None
    for a blank), False for one they do not; None where no way or no cell is agreed, the header is not whole
    (a column cut at the page's edge may hold a figure), figures stand on other lines or the page's words
    contradict each other."""
    width = len(L.REVIEW_OUTCOME_KEYS)
    values = [value for value in data.values() if not value.is_empty]
    readings = _figure_readings(values)
    shown = _review_columns_in_header(rows, data)  # the columns past them cut at the page's edge, with their figures
    if not values or readings is None or len({value.line for value in values}) != 1 or shown is None \
            or any(row.has_figures() or row.page != data.page for row in rows if row is not data):
        return None
    texts, sets, inside = _review_pieces_apart(rows)
    anchors: list[tuple[list[Piece], int, int]] = []  # a set of pieces, the columns its blocks stand in
    outcomes: list[tuple[list[Piece], int]] = []  # a set that is one outcome's word, its outcome
    if any(len(found) > 1 for found in sets if any(line == data.line for line, _, _ in found)):
        return None  # a figure poppler may have set in a block with the header's words: not inside its cell
    for found in inside:
        word = L.squash("".join(texts[piece] for piece in found))
        if (columns := _names_columns(word)) is not None:
            anchors.append((found, *columns))
        elif (outcome := _outcome_of(word)) is not None:
            outcomes.append((found, L.REVIEW_OUTCOME_KEYS.index(outcome)))
    for outcome in range(width):
        found = [pieces for pieces, of in outcomes if of == outcome]
        groups = _outcome_groups(found, outcome, anchors)
        if groups is None:
            return None
        anchors += [(pieces, group * width + outcome, group * width + outcome)
                    for pieces, group in zip(found, groups) if group is not None]
    placed = [([read for _, read in figures], [_columns_bounded(glyphs, anchors, shown) for glyphs, _ in figures])
              for figures in readings]
    agreed = _agreed_in_shown_columns(placed, shown)
    return agreed if agreed is not None and any(cell is not False for cell in agreed) else None


_MOST_FIGURE_READINGS = 16

def _figure_readings(values: list[RawCell]) -> list[list[tuple[tuple[float, int], Decimal | None]]] | None:
    """The readings of a `pdftotext -layout` row's cells as figures, each figure (first glyph column, glyphs) with
    its value (None for a blank mark): a cell of figures one space apart (`1 2`: poppler narrows the gap between
    two narrow columns' figures to a space) read both as its figures and, digits alone, as one figure the space
    parts; every combination of those (at most _MOST_FIGURE_READINGS). None where a cell is neither a figure or
    blank mark nor such figures, or the combinations are more."""
    options: list[list[list[tuple[tuple[float, int], Decimal | None]]]] = []
    for value in values:
        if (glyphs := glyphs_of(value)) is not None:
            options.append([[(glyphs, read_count(value.text).value)]])
            continue
        text = value.text.strip()
        words = list(re.finditer(r"\S+", text))
        reads = [read_count(word.group()) for word in words]
        if value.x_glyphs is None or value.problem or len(words) < 2 or "  " in text \
                or any(read.state not in (VALUE, BLANK) for read in reads):
            return None
        left = value.x_glyphs - len(text) / 2
        cell = [[((left + word.start(), len(word.group())), read.value) for word, read in zip(words, reads)]]
        joined = read_count("".join(word.group() for word in words))
        if all(read.state == VALUE for read in reads) and joined.state == VALUE:
            cell.append([((left, len(text)), joined.value)])
        options.append(cell)
    if prod(len(option) for option in options) > _MOST_FIGURE_READINGS:
        return None
    return [[figure for figures in combination for figure in figures] for combination in product(*options)]


def _agreed_in_shown_columns(readings: list[tuple[list[Decimal | None], list[tuple[int, int]]]], shown: int
                             ) -> list[Decimal | None | bool] | None:
    """Table 4's figures of each reading (their values, left to right, and each one's (low, high) bounds) placed
    in columns left to right among the first `shown` (the others cut at the page's edge, which prints nothing of
    them), each within its bounds, every proceeding shown whole keeping its total its outcomes' sum (a
    proceeding the edge cuts has no total to keep: its shown outcomes are bound by nothing). The cells every
    such placing of every reading agrees on (its value, None for a blank), False for the others and for the cut
    columns; None where no placing keeps them."""
    width, total = len(L.REVIEW_OUTCOME_KEYS), len(L.REVIEW_OUTCOME_KEYS) * len(L.PROCEEDING_KEYS)
    ways = []
    for reads, bounds in readings:
        ways += _placings_in_shown_columns(reads, bounds, shown, width)
    return R.agreed_cells(ways) + [False] * (total - shown) if ways else None


def _placings_in_shown_columns(reads: list[Decimal | None], bounds: list[tuple[int, int]], shown: int, width: int
                               ) -> list[list[Decimal | None]]:
    ways = []
    for columns in combinations(range(shown), len(reads)):
        if all(low <= column <= high for column, (low, high) in zip(columns, bounds)):
            reading: list[Decimal | None] = [None] * shown
            for column, value in zip(columns, reads):
                reading[column] = value
            if all(R.applicant_sum_holds(tuple(reading[start : start + width]))  # a group shown whole: its sum
                   for start in range(0, shown - width + 1, width)):
                ways.append(reading)
    return ways


_BY_PAGE_ORDER = "the header words pdftotext set apart from other cells'"

_FROM_THE_EDGE = "its first figure at the line's start, where a header line starts with the first column's word"

def _reviews_placed(rows: list[Row], data: Row) -> tuple[list[Decimal | None | bool], str] | None:
    """Table 4's row of fewer figures than columns in `pdftotext -layout` text, placed by the header words
    poppler set apart (`_reviews_by_page_order`) and by a first figure at the line's start
    (`_reviews_from_the_left_edge`), and what placed it (`_merged_placings`)."""
    return _merged_placings((_reviews_by_page_order(rows, data), _BY_PAGE_ORDER),
                            (_reviews_from_the_left_edge(rows, data), _FROM_THE_EDGE))


Placing = tuple[list[Decimal | None | bool] | None, str]  # the cells a way of placing agrees on, and what placed them

def _merged_placings(first: Placing, second: Placing) -> tuple[list[Decimal | None | bool], str] | None:
    """Two placings of table 4's row (each the cells its ways agree on: a value, None blank, False unknown, or
    None where it placed nothing) merged, with what placed them. Each keeps the true placing among its ways
    (the columns a header cut at the page's edge hides are unknown in both), so a cell either reads is read;
    where the two read a cell differently, or the second reads no cell more, the first alone stands."""
    (one, one_by), (other, other_by) = first, second
    if one is None or other is None:
        return (one, one_by) if one is not None else (other, other_by) if other is not None else None
    if not any(a is False and b is not False for a, b in zip(one, other, strict=True)) \
            or any(a is not False and b is not False and a != b for a, b in zip(one, other, strict=True)):
        return one, one_by
    return [a if a is not False else b for a, b in zip(one, other, strict=True)], f"{one_by} and {other_by}"


# the first word of table 4's first header line where it opens the table's first column (结果维持, wrapped or not)
_FIRST_OUTCOME_PIECES = ("结果", "结果维", "结果维持")

def _reviews_from_the_left_edge(rows: list[Row], data: Row) -> list[Decimal | None | bool] | None:
    """Table 4 in `pdftotext -layout` text whose row prints fewer figures than its columns (a blank cell prints
    nothing) and whose header words prove no column (`_reviews_by_page_order` found none), where the row's first
    figure starts at the line's first glyph and a header line of its page starts there with the first column's
    word (`结果维` / `持`). pdftotext sets nothing of a column right of that word's at the line's start (poppler
    puts a block at least a glyph right of any block left of it, or inside a block above it as far right as it
    stands), so that figure is the first column's. The others stand left to right in columns left to right, and
    each proceeding's total is its outcomes' sum: every placing that keeps both is tried (at most 6,435), each
    cell they all agree on is returned (its value, None for a blank), False for the others. None where no way or
    no cell past the first is agreed, or the row is not one line of figures alone (cells of figures one space apart read both as
    figures and as one: `_figure_readings`), or another line of the table holds figures. A header showing its first
    columns only (`_review_columns_in_header`, the others cut at the page's edge) places the figures in those,
    the proceeding the edge cuts keeping no sum (`_agreed_in_shown_columns`); the cut columns are not agreed."""
    total = len(L.REVIEW_OUTCOME_KEYS) * len(L.PROCEEDING_KEYS)
    values = [value for value in data.values() if not value.is_empty]
    readings = _figure_readings(values)
    if not values or len(values) >= total or readings is None or readings[0][0][0][0] != 0 \
            or len({value.line for value in values}) != 1 or any(cell.x_glyphs is None for cell in data.cells) \
            or len(data.cells) != len(values) or any(read is None for figures in readings for _, read in figures):
        return None
    header = [row for row in rows if row is not data and row.page == data.page and row.line < data.line]
    if any(row.has_figures() for row in rows if row is not data) or not _first_outcome_at_the_edge(header):
        return None  # (digits on another line: a figure wrapped in its narrow column, `１` over `２`)
    # a header cut at the page's edge (its first columns only): the cut ones print nothing, and the proceeding
    # they cut keeps no sum (its total is not printed)
    shown = _review_columns_in_header(rows, data) or total
    agreed = _agreed_in_shown_columns([([read for _, read in figures], [(0, 0), *[(1, shown - 1)] * (len(figures) - 1)])
                                       for figures in readings], shown)
    return agreed if agreed is not None and sum(cell is not False for cell in agreed) > 1 else None


def _first_outcome_at_the_edge(header: list[Row]) -> bool:
    """Whether a header line starts at the line's first glyph with the first column's word (`结果维` / `持`), or
    header lines one after another each start there with one glyph that read down make it (`结` / `果` / `维` /
    `持`: LibreOffice's narrow column, a glyph a line)."""
    stack, last_line = "", None
    for row in header:
        first = row.cells[0] if row.cells else None
        text = first.text.strip() if first is not None and first.x_glyphs is not None else ""
        if not text or first.x_glyphs - len(text) / 2 != 0:
            continue
        if text.split()[0] in _FIRST_OUTCOME_PIECES:
            return True
        stack = (stack if last_line == row.line - 1 else "") + text if len(text) == 1 else ""
        last_line = row.line
        if L.squash(stack) in _FIRST_OUTCOME_PIECES:
            return True
    return False


def _review_pieces_apart(rows: list[Row]) -> tuple[dict[Piece, str], list[list[Piece]], list[list[Piece]]]:
    """The pieces of table 4's text in `pdftotext -layout` text (each with its text), the sets of them no
    block of poppler's can cross (page_order.pieces_apart), and those of the sets not on its first or last
    line (the lines past them not seen, such a set may be joined to their text)."""
    texts: dict[Piece, str] = {(cell.line, cell.x_glyphs - len(cell.text.strip()) / 2, len(cell.text.strip())): cell.text
                               for row in rows for cell in row.cells if cell.x_glyphs is not None and not cell.is_empty}
    if not texts:
        return texts, [], []
    top, bottom = min(line for line, _, _ in texts), max(line for line, _, _ in texts)
    sets = pieces_apart(texts)
    return texts, sets, [found for found in sets if not any(line in (top, bottom) for line, _, _ in found)]


def _every_column_printed(values: list[RawCell], width: int, row_rule: Callable[[R.Reading], bool]) -> bool:
    """Aligned cells holding a figure for each column of the table, two set one space apart counted two (`0 0`:
    `pdftotext -layout` shrinks the gap between two narrow columns to a space) so long as the row keeps its rule:
    no column is left printing nothing, so the figures stand in the only order there is, wherever the header is."""
    filled = [value for value in values if not value.is_empty]
    if len(filled) >= width:
        return True
    parts = figure_parts(filled)
    reading = reading_of(parts) if len(parts) == width else None
    return reading is not None and row_rule(reading)


def _outcome_words_apart(rows: list[Row]) -> bool:
    """Whether every outcome word of table 4's header (three groups of five) stands apart from every other
    cell's text in `pdftotext -layout` text: only then do their places prove the columns of the figures under
    them (a word in a block of several cells' words stands where poppler put the block)."""
    texts, _, inside = _review_pieces_apart(rows)
    words = [_outcome_of(L.squash("".join(texts[piece] for piece in found))) for found in inside]
    return sum(word is not None for word in words) == len(L.PROCEEDING_KEYS) * len(L.REVIEW_OUTCOME_KEYS)


def _review_name_columns() -> dict[str, tuple[int, int]]:
    """Each name in table 4's header, the columns of the cell it heads (行政诉讼 heads two proceedings)."""
    found: dict[str, tuple[int, int]] = {}
    width = len(L.REVIEW_OUTCOME_KEYS)
    for index, name in enumerate(L.PROCEEDINGS.values()):
        for part in name.split("·"):
            found[part] = (found.get(part, (index * width,))[0], (index + 1) * width - 1)
    return found


_REVIEW_NAME_COLUMNS = _review_name_columns()

def _names_columns(word: str) -> tuple[int, int] | None:
    """The columns under one or more whole names of table 4's header run together (`行政诉讼` over
    `未经复议直接起诉`: the blocks of both stand inside columns 5..14), from the first name's first to the
    last's; None unless the word is such names and nothing else."""
    low, high = None, None
    while word:
        name = next((name for name in _REVIEW_NAME_COLUMNS if word.startswith(name)), None)
        if name is None:
            return None
        first, last = _REVIEW_NAME_COLUMNS[name]
        low, high, word = min(first, low if low is not None else first), max(last, high or 0), word[len(name):]
    return (low, high) if low is not None else None


def _columns_bounded(glyphs: tuple[float, int], anchors: list[tuple[list[Piece], int, int]], total: int) -> tuple[int, int]:
    """The least and greatest column the header's sets of known columns leave a block (start, glyphs)."""
    low, high = 0, total - 1
    for pieces, first, last in anchors:
        at_least, at_most = columns_beside(glyphs, pieces, first, last)
        low, high = max(low, at_least), min(high, at_most)
    return low, high


def _outcome_groups(found: list[list[Piece]], outcome: int, anchors: list[tuple[list[Piece], int, int]]) -> list[int | None] | None:
    """The proceeding of each set that is one outcome's word, where every way of giving them proceedings
    agrees on it: each in its own proceeding, inside the columns the names leave it, and of two whose cells
    poppler's gutter orders (page_order.starts_left_of) the left one in the left proceeding. None where no
    way is left (the words contradict each other: the page says nothing)."""
    width, proceedings = len(L.REVIEW_OUTCOME_KEYS), len(L.PROCEEDING_KEYS)
    if len(found) > proceedings:
        return None
    allowed = []
    for pieces in found:
        low, high = _columns_bounded((min(p[1] for p in pieces), max(p[1] + p[2] for p in pieces) - min(p[1] for p in pieces)),
                                     anchors, width * proceedings)
        allowed.append([group for group in range(proceedings) if low <= group * width + outcome <= high])
    ways = [groups for groups in product(*allowed) if len(set(groups)) == len(groups)
            and all(groups[i] < groups[j] for i, j in permutations(range(len(found)), 2)
                    if starts_left_of(found[i], found[j]))]
    if not ways:
        return None
    return [groups[0] if len(set(groups)) == 1 else None for groups in zip(*ways)]


def _empty_row_under_a_cut_header(rows: list[Row], width: int) -> tuple[int, int] | None:
    """Table 4 in a format whose reader knows each cell's bounds (a PDF's ruled grid), laid wider than the page
    and cut at its edge: a row of empty cells, no label, exactly as many as the columns its header shows (the
    first ones, fewer than `width`; `_review_columns_in_header`), the table's last row. Each is a cell printed
    empty: (its line, the columns shown). None otherwise."""
    empty = [row for row in rows if row.cells and not row.label_cells() and all(not cell.text.strip() for cell in row.cells)]
    if len(empty) != 1 or empty[0] is not rows[-1]:
        return None
    shown = _review_columns_in_header(rows, empty[0])
    if shown is None or shown >= width or len(empty[0].cells) != shown:
        return None
    return empty[0].line, shown


def _printed_empty_under_a_cut_header(rows: list[Row], width: int) -> int | None:
    """Table 4 laid wider than the page and cut at its edge, printed with no figure: not one figure or digit
    before the next section, under a header showing its first columns only (`_review_columns_in_header`,
    fewer than `width`, one group whole at least). The columns it shows, each a blank cell as `_printed_empty`
    reads a whole header's; None otherwise."""
    if not rows or any(row.has_figures() for row in rows) \
            or _DIGIT_RE.search(L.squash("".join(cell.text for row in rows for cell in row.cells))):
        return None
    shown = _review_columns_in_header(rows, None)
    return shown if shown is not None and len(L.REVIEW_OUTCOME_KEYS) <= shown < width else None


def _review_columns_in_header(rows: list[Row], data: Row | None) -> int | None:
    """How many of table 4's columns, the first ones, its header shows, counted by a character each
    outcome's word alone holds (`维` of 结果维持 … `计` of 总计), its words wrapped anyhow: all of them, or
    fewer where a table laid wider than the page is cut at its edge. None: not the first columns (a count
    for each outcome, none above the one before, one group partly shown), or none."""
    header = "".join(cell.text for row in rows if row is not data for cell in row.cells)
    if data is not None and not data.aligned:  # lines of one cell each: the header's words and the figures after them are one row
        header += "".join(cell.text for cell in data.label_cells())
    shown_per_outcome = [min(header.count(character), len(L.PROCEEDING_KEYS)) for character in _OUTCOME_CHARACTERS]
    shown = sum(shown_per_outcome)
    if not shown or shown_per_outcome != sorted(shown_per_outcome, reverse=True) \
            or shown_per_outcome[0] - shown_per_outcome[-1] > 1:
        return None
    return shown


# a character each outcome's header word alone holds, in the template's order (`尚`: `未` is in 未经复议直接起诉)
_OUTCOME_CHARACTERS = ("维", "纠", "他", "尚", "计")

def _one_row_of_proceedings(rows: list[Row]) -> bool:
    """Whether table 4's header names each outcome once for every proceeding (its words wrapped anyhow:
    `结果维` over `持`): the proceedings side by side, one row of cells, as the template prints them."""
    header = "".join(cell.text for row in rows for cell in row.label_cells())
    return all(header.count(character) >= len(L.PROCEEDING_KEYS) for character in _OUTCOME_CHARACTERS)


_OUTCOME_OF = {name: key for key, name in L.REVIEW_OUTCOMES.items()}

@lru_cache(maxsize=1 << 12)
def _outcome_of(text: str) -> str | None:
    """The outcome of table 4 a header word names (`结果维持`, `结 果 纠 正`)."""
    return _OUTCOME_OF.get(L.squash(text))


def _settle_proceedings_apart(report: ParsedReport, data: Row, texts: list[str], blocks: tuple[int, ...],
                              keys: list[tuple[str, str]]) -> bool:
    """Table 4's run of digits where no split keeps every proceeding's sum: the proceedings whose
    cells every placement with one proceeding not adding up reads alike are recovered, the rest
    unknown (recovery.settle_blocks); True when it wrote the cells, False when nothing is settled."""
    settled = R.settle_blocks(texts, blocks)
    if settled is None or not settled.cells:
        return False
    broken = ", ".join(L.PROCEEDING_KEYS[block] for block in settled.broken)
    shown = " | ".join(t.strip() for t in texts)
    report.warn("cells_recovered", f"table 4: cells ran together ({shown}); no split keeps every proceeding's "
                f"sum, one only ({broken}) adds up in no split: the cells every split keeping the other sums "
                f"agrees on marked recovered ({len(settled.cells)} of {len(keys)}), the others unknown", data.line)
    for column, (proceeding, outcome) in enumerate(keys):
        if column in settled.cells:
            value = settled.cells[column]
            report.cells.append(Cell("reviews", proceeding, outcome, value, BLANK if value is None else RECOVERED,
                                     data.line, shown))
        else:
            report.cells.append(Cell("reviews", proceeding, outcome, None, UNKNOWN, data.line))
    return True


def _printed_empty(rows: list[Row], header: list[str]) -> bool:
    """A table 4 printed with its full header and no figure: every proceeding's outcome headers and
    not one figure before the next section (a crawled page's blank cells leave no trace, aligned
    text's are spaces, one cell per line's are empty lines). `header`: the outcomes aligned text's
    header words name, wrapped ones too."""
    if not rows or any(row.has_figures() for row in rows):
        return False
    squashed = L.squash("".join(cell.text for row in rows for cell in row.cells))
    if _DIGIT_RE.search(squashed):  # figures glued into the words (a PDF's run of text): not printed empty
        return False
    # or each outcome's own character once per proceeding: a header written a character a line, whose
    # lines pdftotext shifts apart (`结` / `果` / `维` over `持` four columns left), names them so only
    return all(squashed.count(name) >= len(L.PROCEEDING_KEYS) or header.count(key) >= len(L.PROCEEDING_KEYS)
               for key, name in L.REVIEW_OUTCOMES.items()) or _one_row_of_proceedings(rows)
