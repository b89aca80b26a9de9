"""Table 3, applications: a matrix of rows × applicant columns (`applications`).

Table 3 is anchored on the template: its rows' labels are aligned to the template's label sequence
(align.py) and the figures after each label are that row's cells; where separators were lost, the
row and column rules decide the cells (recovery.py).
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections import Counter
from collections.abc import Callable, Collection, Iterable, Sequence
from decimal import Decimal
from functools import lru_cache, partial
from itertools import combinations, compress, pairwise, permutations, product, repeat
from math import prod
from operator import attrgetter, is_
from typing import NamedTuple

from ..core import labels as L
from . import align as A
from . import blank_totals as BT
from . import column_blocks as CB
from . import cut_total as CT
from . import group_numbering as GN
from . import pieces_beside_rows as PB
from . import recovery as R
from . import stacked_apart as SA
from . import wrapped_blocks as WB
from .application_columns import (
    _SPANNING_HEADINGS,
    HEADER_PIECE_REACH,
    _a_full_row_keeps_its_sum,
    _a_page_in_shown_columns,
    _applicant_of,
    _beside_then_column_blocks,
    _cells_in_shown_columns,
    _column_pieces_standing_clear,
    _columns_crossed,
    _columns_of_the_pages_full_rows,
    _columns_proven,
    _columns_shown_in_every_row,
    _each_row_fills_its_columns,
    _figures_under_visible_columns,
    _first_column_beside_the_labels,
    _first_columns_named,
    _one_figure_a_column,
    _only_column_naming,
    _pages_in_header_columns,
    _pages_the_column_rules_refuse,
    _PipeHeaders,
    _place_under_visible_columns,
    _placed_by_page_columns,
    _placed_by_the_column_rules,
    _prints_every_cell_on_one_line,
    _read_in_column_chunks,
    _rows_in_shown_columns,
    _sharings_keeping_the_column_rules,
    _shown_columns_keep_the_rules,
    _total_column_unprinted,
    _totals_of_narrow_column_chunks,
    _under_an_unproven_column,
    _without_empty_cells_of_no_column,
    _words_filling_the_columns,
    _write_placed_by_page_columns,
    _write_placed_by_the_column_rules,
    a_full_row_under_the_header,
    columns_known_by_later_pieces,
    header_names_no_total,
    names_wrapped_and_packed,
)
from .cells import (
    _SPACES_RE,
    BLANK,
    RECOVERED,
    UNKNOWN,
    VALUE,
    clean_cell_text,
    display_width,
    looks_like_value,
    read_count,
)
from .column_beside_labels import first_column_beside_the_labels, one_figure_beside_each_label
from .labels_round_pipe_rows import (
    label_round_a_pipe_row,
    label_round_an_empty_cells_line,
    label_round_an_empty_cells_line_clear_of_pieces,
    labels_round_a_pipe_row_past_a_piece,
    readings_with_the_label_and_a_figure_wrapped,
    spells_the_row,
)
from .leads_beside_blocks import LEAD_IN_DOUBT, columns_as_blocks_after_labels, figures_past_its_lead
from .line_bands import rows_joined_across_a_line_band
from .merged_header_cells import UNPLACED_IN_A_MERGED_CELL, placed_under_merged_header_cells
from .narrow_columns import narrow_applicant_columns
from .narrow_label_rows import anywhere_then_the_total, figures_after_the_label, rows_of_label_pieces
from .ocr_text import cells_read_as_marks
from .page_order import (
    GUTTER,
    Piece,
    block_starts,
    columns_crossed,
    figures_by_line,
    glyphs_of,
    highest_column,
    pieces_apart,
    placed_by_page_order,
    proven_marks,
)
from .piece_rows import (
    FIGURES_BESIDE_ITS_EMPTY_CELLS,
    PIECE_BESIDE_ITS_FIGURE,
    figures_wrapped_round_pipe_rows,
    lone_piece,
    pieces_in_shared_cells,
    pieces_of_a_row_beyond,
    pieces_taken_by_a_label,
    prints_wide_digits,
    readings_beside_its_figures,
    readings_with_figures_beside_it,
    readings_with_pieces_in_shared_cells,
)
from .pieces_round_sparse_rows import (
    pieces_contested,
    placings_with_pieces_round_them,
    placings_with_the_label_and_figures_wrapped,
)
from .pipe_full_rows import (
    FIGURE_AFTER_A_LABELS_CHARACTER,
    placings_of_rows_read_as_printed,
    short_pipe_rows_by_their_pages_full_rows,
)
from .pipe_page_grid import applicant_readings_in_the_page_grid
from .pipe_pages import (
    BLANKS_OFF_THEIR_HEADERS_PAGE,
    empty_cell_among_its_figures,
    rows_past_their_headers_page,
)
from .record import Cell, ParsedReport
from .rows import (
    _DIGIT_RE,
    _NUMBERED_LABEL_RE,
    _WORD_RE,
    CUT,
    EDGE_REACH,
    EMPTIES_AMONG_THE_FIGURES,
    NOT_UNDER_ONE_COLUMN,
    STACKED,
    RawCell,
    Row,
    _figures_of_merged_cells,
    _is_figure,
    _left_edges,
    _nearest_column,
    aligned_readings,
    anchors_hold,
    cell_parts,
    each_prints,
    figure_parts,
    fills_the_row,
    fit_row,
    place_by_position,
    position_in,
    printing_cells,
    prints_nothing,
    reading_of,
    stands_clearly_under,
    stands_sure_under,
    with_the_figure_glued_to_its_label_cut,
)
from .rows_over_two_pipe_rows import rows_joined_over_two_pipe_rows
from .sparse_cut_totals import sparse_rows_under_a_cut_total
from .stacked_total import (
    NEXT_COLUMN,
    SAME_COLUMN,
    sum_before_a_stacked_total,
    words_before_stacked_figures,
    words_of_a_full_line,
)
from .table_reading import (
    _GROUP_HEADING_WORD_RE,
    _HEADER_WORD_RE,
    _SPACED_FIGURES_RE,
    _SUB_ROW_NUMBERING_RE,
    _TEXT_OF,
    MAX_PIECE_READINGS,
    MERGED_CELL_AS_ONE,
    NARROW,
    WRAP,
    FoundTable3,
    _a_pdf_line_by_line,
    _aligned_labels,
    _blank_cells_print_a_mark,
    _blank_cells_print_nothing,
    _blanks_left_no_trace,
    _comma_piece,
    _count_cells,
    _count_or_blank,
    _figure_cells_read_as_label,
    _figure_or_mark,
    _figures_on_lines_of_their_own,
    _figures_or_marks,
    _holds_several,
    _holds_words,
    _is_applicant_header,
    _label_wrapped_round,
    _last_cell_of_words,
    _last_of_words,
    _looks_run_together,
    _mark_placed_by_page_order,
    _merged_cell_read_as_one,
    _opens_a_numbered_label,
    _positions,
    _readings_across_lines,
    _settle_run_together,
    _shape,
    _total_from_its_parts,
    _total_of_blank_parts,
    _unseen_blanks,
    _with_year_split_off,
    _without_column_numbers,
    _words_where_they_stand,
    computed_once,
    find_application_rows,
    header_positions,
    without_repeated_header_rows,
)
from .template import OTHER_SUB_ROWS as _OTHER_SUB_ROWS
from .template import template_sequence
from .wrapped_digits import holds_wide_digits, is_wide_digits
from .wrapped_figures import (
    completed_by_pieces_round_it,
    completed_by_the_rest,
    first_piece_on_a_plain_line_above,
    line_below,
    rest_in_the_label_rows_cell,
    rest_on_a_plain_line_below,
    wrapped_figures_unknown,
)


def rows_left_out_by_the_labels(rows: list[Row], template: str) -> tuple[dict[str, Row], dict[str, Row]]:
    """The rows of table 3 `find_application_rows` leaves out, to be read unknown, from the one alignment of its
    labels, each → the row that says why:
    - the rows whose label a converter cut over two pipe rows, the other of which (its label's rest, or its
      beginning) holds figures or blank marks too (`| 三、 | （一）予以公 | 3 — | — 3 | 7 |` / `| 本年 | 开 | 1 |  |  |`,
      markitdown of a PDF) → that other row. Whose its figures are is not known: a wide figure wrapped in its
      narrow column leaves a piece on each row (`3` / `1` for 31), or the other row's are a row's whose label
      is lost;
    - the rows tied over a line of figures placed on one of them only by the words several rows end in, while
      another of those rows' label stands beside it without figures (`align._tied_with_a_bare_neighbour`):
      which row owns the line is not known → the row the order gave it (the line of figures, or the label
      beside it)."""
    rows = without_repeated_header_rows(rows)
    *_, rests, tied = _aligned_labels(_shape(rows), template)
    return ({key: rows[index] for index, key in rests.items() if key is not None},
            {key: rows[index] for key, index in tied.items()})


ROWS_TIED_BY_SHARED_WORDS = (
    "a line of figures stands beside its label and another row's, the one placed by the words both rows' labels "
    "end in alone, the other without figures and maybe wrapped round that line: which row's it is not known")

# what `read_applications` says when it took the lines of `wide_past_the_heading`
TOOK_WIDE_PAST = 2


class HeaderRules:
    """Two rules for a header of narrow applicant columns (Chromium's table through `pdftotext -layout`, wide
    figures stacked a digit a line round their rows) that prove cells on some tables and leave cells unknown on
    others: the lines above a first row built anew (its wrapped lines' cells joined) taken as the header, and a
    figure within a glyph of a header word counted as under the header. Neither is sure alone, so the table is
    read without them and, where they would read it otherwise, with them, and the readings are joined
    (`header_readings.py`). `taken`: read with them; `read_otherwise`: set where they change the reading."""

    def __init__(self, taken: bool = False) -> None:
        self.taken = taken
        self.read_otherwise = False


def warn_other_as_one_row(report: ParsedReport, line: int) -> None:
    """The warning of a 2021 table printing （六）其他处理 as one row (`other`, on `line`), its sub-rows then unknown."""
    report.warn("other_as_one_row", "table 3: （六）其他处理 printed as one row without its three sub-rows "
                "(the 2021 template has them); read as `other`, the sub-rows unknown", line)


def row_not_found(report: ParsedReport, key: str) -> None:
    """Row `key` not found in the table: said, and its cells unknown."""
    report.warn("missing_row", f"table 3: row {key} not found; its cells are unknown")
    _row_unknown(report, key)


def _row_unknown(report: ParsedReport, key: str) -> None:
    """Row `key`'s cells, unknown (no line): its row not found, or its figures not known to be its own."""
    for applicant in L.APPLICANT_KEYS:
        report.cells.append(Cell("applications", key, applicant, None, UNKNOWN, None))


def read_applications(report: ParsedReport, rows: list[Row], template: str,
                      past_the_heading: Sequence[Row] = (), pdf_text: bool = False, poppler_pages: bool = False,
                      found_for_table_2: FoundTable3 | None = None, cells_known: bool = False,
                      wide_past_the_heading: Sequence[Row] = (), cut_blank_totals: list[Cell] | None = None,
                      table_4_texts: Sequence[str] = (), header_rules: HeaderRules | None = None,
                      page_starts: Sequence[int] = ()) -> int:
    """Table 3's cells into the report. `past_the_heading`: the rows of figure lines after the next
    section's heading, which text written in column chunks may give table 3 (chunks.py);
    `wide_past_the_heading`: those of the lines of one figure each there, thousands grouped or not
    (column_blocks.py); `table_4_texts`: the lines of table 4's text. Says whether
    they were table 3's (then they are no other table's): false, true
    (`past_the_heading`'s) or TOOK_WIDE_PAST (`wide_past_the_heading`'s). `pdf_text`: the text holds a PDF's page
    breaks (form feeds), where without -layout a blank cell leaves no line; `poppler_pages`: those pages
    are pdftotext's (`poppler_pages` in parse.py), whose -layout columns poppler set. `found_for_table_2`:
    the rows `page_blanks` found, taken where they are these rows. `cells_known`: the text is of a format
    whose reader sets a tab at each cell's bounds (a PDF's ruled grid, HTML, DOCX): no tab was lost.
    `cut_blank_totals`: where given, the totals cut off the page over parts that all print a blank mark are
    added to it, unknown, for `blank_totals.settle_cut_totals_of_blank_parts` once tables 3 and 4 are read.
    `header_rules`: where given, told whether the narrow header's rules (`HeaderRules`) would read the table
    otherwise, and read by them where it says they are taken. `page_starts`: the lines opening the table's later
    pages (a PDF's form feeds)."""
    as_printed = rows  # every cell where pdftotext set it (`_applicant_block_starts`)
    rows = _without_headings_beside_figures(
        [_without_margin_headings(_without_column_numbers(row), template) for row in rows], template)
    pdf_text = _blank_cells_print_nothing(pdf_text, rows)
    if any(row.piped for row in rows):  # a row's cells on two pipe rows, its wrapped label round them: one row
        rows = rows_joined_over_two_pipe_rows(rows, template_sequence(template))
    pipe_headers = _pipe_headers(rows) if any(row.piped for row in rows) else None
    # rows under header cells naming two applicant columns (`| 商业 科研 |`), placed by them with every pipe cell
    merged_cells = placed_under_merged_header_cells(rows) if pipe_headers is not None else {}
    printed_pipe_rows = {row.line: row for row in rows if row.piped}  # each as markitdown set it in its page's grid
    table_lines = rows  # every line of the table as printed, bare lines among its pipe rows too
    rows, no_column_dropped = _without_empty_cells_of_no_column(rows, pipe_headers, merged_cells) \
        if pipe_headers is not None else (rows, {})
    # LibreOffice's cells wrapped over two lines round their row's line (`１,１２` / … / `０`), read where proven
    rows, joined = CT.pieces_across_their_rows(rows) if any(row.aligned for row in rows) else (rows, [])
    found = _found_again(rows, template, found_for_table_2)
    # plain pdftotext: labels wrapped over lines set after their page's figures (read by the figures' count and order)
    if _figures_on_lines_of_their_own(rows) and not any(row.aligned or row.piped for row in rows) and \
            (late := _without_labels_after_the_figures(rows, found, template, page_starts)) is not None:
        rows, found, named, line = late
        report.warn("figures_apart", LABELS_AFTER_THE_FIGURES.format(keys=", ".join(named)), line)
    if pipe_headers is not None:  # a row markitdown's line bands split: its words' pipe row above its label
        rows, found = rows_joined_across_a_line_band(rows, found)
        # `8.属于` / `| … | １ | ０ | … |` / `行政查询事项` + `１`: a label wrapped round its pipe row, its last line
        # taking the next row's wrapped piece for its cell
        found = labels_round_a_pipe_row_past_a_piece(rows, found)
    # rows set as lines of their labels' pieces (LibreOffice's narrow label columns, in markitdown's plain lines or
    # `pdftotext -layout`'s): spelled out
    found, narrow_labels = rows_of_label_pieces(rows, found, template_sequence(template)) \
        if pipe_headers is not None or any(row.aligned for row in rows) else (found, False)
    if poppler_pages:  # a word processor's figure wrapped in its narrow cell, its rest on a line no row claims
        wrapped_figures_unknown(rows, found.values())
    allowed = L.application_rows(template)
    if "other" in found and "other" not in allowed:
        warn_other_as_one_row(report, found["other"].line)
        allowed = (*allowed[: allowed.index(_OTHER_SUB_ROWS[0])], "other", *allowed[allowed.index(_OTHER_SUB_ROWS[0]):])
    first = found.get("new_received")
    header_rows = rows[: rows.index(first) if first in rows else 0]
    anchors = _applicant_anchors(header_rows)
    if header_rules is not None and first is not None and first not in rows and anchors is None:
        # a row found with the cells of its wrapped lines joined is a new row: the lines above its own line are
        # the header where they name every applicant column (narrow columns, wide digits stacked round the row)
        above = rows[: next((at for at, row in enumerate(rows) if row.line == first.line), 0)]
        if (anchors_above := _applicant_anchors(above)) is not None:
            header_rules.read_otherwise = True
            if header_rules.taken:
                header_rows, anchors = above, anchors_above
    # the header shows only its first columns, the others cut at the page's edge (a table laid wider than
    # the page): on the header's page the columns it shows are read by position, the others are unknown
    visible = _visible_applicant_anchors(header_rows) if anchors is None else None
    if visible is not None and not anchors_hold(visible, _figures_under_visible_columns(
            visible, header_rows, [row.values() for row in found.values() if first is not None and row.page == first.page])):
        visible = None
    # the total's name cut with its column (`总`): each row's figure past the shown columns is its total's text,
    # cut or whole (cut_total.py), kept apart here and checked against its parts' sum once they are read
    cut_total = visible is not None and len(visible) == len(L.APPLICANT_KEYS) - 1 and CT.names_a_cut_total(header_rows)
    # a row printing every column's figure, its sum holding, shows no column was cut (but the total's, whose cut
    # text stands past the six shown: `cut_total`): the header's words are garbled (two lines of names overlapping),
    # its positions proving no column, and the rows are read as any table's whose header proves none (in order
    # where full, by the page's full rows where short); asked of pdftotext's pages only (an OCR's text may have
    # lost the header's words and set a short row's figures anywhere: ocr_text.unknown_where_placed_under_a_cut_header)
    if visible is not None and poppler_pages and not cut_total \
            and _a_full_row_keeps_its_sum(found.values(), len(L.APPLICANT_KEYS)):
        visible = None
    cut_texts: dict[str, RawCell] = {}
    # the rows of the header's page placed under the header's shown columns, as first placed (each figure under the
    # nearest header word): those `_unsure_ones_in_order` leaves unknown are read as far as the page proves them
    # (`_read_as_far_as_their_bands_prove`), where no other pass reads them whole
    under_visible: dict[str, list[RawCell | None]] = {}
    unplaced_under_visible: dict[str, list[RawCell]] = {}  # the figures of the others, by row
    nothing_past: set[str] = set()  # rows of the header's page printing nothing in the cut total's column
    # 总计 cut whole, the shown columns printing a mark for each blank: a row of a figure or mark a shown column is
    # read in order, on any page (cut_total.py)
    six_in_order = visible is not None and len(visible) == len(L.APPLICANT_KEYS) - 1 and not cut_total \
        and CT.total_wholly_cut(found.values(), len(visible))
    if cut_total:
        report.warn("columns_cut", "table 3: the header shows its six applicant columns and the total's name cut at the "
                    "page's edge: each row's figure past them is its total's text, cut or whole, and a row of a later "
                    "page is read in order where it prints a figure for every column",
                    header_rows[-1].line if header_rows else None)
    elif six_in_order:
        report.warn("columns_cut", "table 3: the header shows its six applicant columns, 总计 cut whole at the page's "
                    "edge, and its blank cells print a mark: a row printing a figure or mark for each of the six on "
                    "one line is read in order, on any page", header_rows[-1].line if header_rows else None)
    elif visible is not None:
        report.warn("columns_cut", f"table 3: the header shows its first {len(visible)} applicant columns only "
                    "(the others cut at the page's edge): the cells of the others are unknown, and so are the rows "
                    "of later pages, whose columns no header shows", header_rows[-1].line if header_rows else None)
    # the same table read where no header position says where a figure stands (cells with separators,
    # or a later page): its rows show exactly the shown columns' cells each, which are those columns
    shown = _columns_shown_in_every_row(header_rows, found, len(L.APPLICANT_KEYS)) if anchors is None else None
    # the same table whose blank cells print nothing (`pdftotext -raw`): a row of single-spaced figures but the
    # template's width stands in some of the shown columns, and no total is printed to place them by
    # (asked only of a table with a spaced or aligned row, the rows it is asked for below)
    cut_at = _first_columns_named(header_rows, len(L.APPLICANT_KEYS)) if anchors is None and shown is None \
        and any(row.spaced or row.aligned for row in found.values()) else None
    if shown is not None and visible is None:
        report.warn("columns_cut", f"table 3: the header shows its first {shown} applicant columns only (the others "
                    "cut at the page's edge), and every row as many cells: the cells of the others are unknown",
                    header_rows[-1].line if header_rows else None)
    # the header shows every applicant column, only the total cut: APP_APPLICANT_SUM leaves each row's total one value
    only_the_total_cut = len(visible or ()) == len(L.APPLICANT_KEYS) - 1 or \
        (visible is None and shown == len(L.APPLICANT_KEYS) - 1)
    # aligned text whose header's shown columns place each figure, its blanks printing nothing (LibreOffice's page
    # wider than the paper): a cell read blank is one printed empty at its place (blank_totals.py)
    placed_blanks = visible is not None and not cells_known
    if placed_blanks and isinstance(cut_blank_totals, BT.CutTotals):
        cut_blank_totals.placed = True
    # asked of the header's page: a later page may squeeze its empty columns' room out (pdftotext -layout),
    # and its rows are placed apart (`elsewhere` below)
    header_unaligned = False  # aligned rows whose figures stand under no header: placed by the rules alone
    held = True
    if anchors is not None:
        first_page_values = [row.values() for row in found.values() if first is None or row.page == first.page]
        held = anchors_hold(anchors, first_page_values)
        if not held and header_rules is not None and anchors_hold(anchors, first_page_values, within_a_glyph=True):
            header_rules.read_otherwise = True  # figures a glyph off narrow header words hold on its grid
            held = header_rules.taken
    if not held:
        if not _each_row_fills_its_columns(found.values(), len(L.APPLICANT_KEYS)):  # else positions say nothing
            report.warn("header_unaligned", "table 3: the figures do not stand under the applicant headers (an "
                        "OCR or a reflowed layout); the header's columns are not used")
            header_unaligned = True
        anchors = None
    header_page = first.page if first is not None else 0
    # the header's page: the columns whose header's position is proven; a figure placed under another is placed
    # by the rules alone, between its neighbours, never under the header's column
    pieces = _column_pieces_standing_clear(header_rows, anchors or visible) \
        if anchors is not None or visible is not None else None
    # (asked once: it proves every column, and it shows the figure lines stand where the header lines do: no drift)
    full_row_under_the_header = pieces is not None and \
        a_full_row_under_the_header(anchors or visible, found.values(), header_page)
    proven = _columns_proven(pieces, full_row_under_the_header) if pieces is not None else None
    # the left edges of each column's header words standing clear, which a figure set from its cell's left
    # edge shares however wide the word
    edges = _header_word_edges(pieces) if pieces is not None else None
    if proven is not None and all(proven):
        proven = None
    # `pdftotext -layout` sets figure lines by its own column arithmetic, which may stand them a few glyphs off the
    # header lines' (`under_at_every_drift`) where it packed the header's wrapped names: there, unless a full
    # row of the header's page shows its figure lines under the header's words, a figure stands under a column known
    # by a later piece of its name only (`企业` under a packed `商业`) where every such drift keeps it there
    drift = columns_known_by_later_pieces(pieces) if poppler_pages and anchors is not None and pieces is not None \
        and names_wrapped_and_packed(header_rows) and not full_row_under_the_header else None
    # a header cut at the page's edge (`pdftotext -layout`): where each shown column's header words start, which a
    # figure set from its cell's left edge may stand left of (`_stands_sure_under_a_cut_header`), unless the page
    # sets its figures right
    word_starts = _shown_word_starts(header_rows, visible) if visible is not None and poppler_pages else None
    if word_starts is not None and _figures_set_right_of_their_words(
            [row for row in found.values() if row.aligned and row.page == header_page], word_starts, visible, edges,
            proven):
        word_starts = None
    anchors_on = _repeated_headers(rows, header_page) if anchors is not None else {}
    shown_in_header_columns = _pages_in_header_columns(found, header_page, anchors_on, anchors) \
        if anchors is not None else set()
    anchors_on |= dict.fromkeys(shown_in_header_columns, anchors)
    # later pages whose full rows stand elsewhere than under the header's columns: their own columns
    pages_apart = _pages_whose_full_rows_stand_apart(found, header_page, anchors_on, anchors) \
        if anchors is not None else set()
    width = len(L.APPLICANT_KEYS)
    apart = _figures_on_lines_of_their_own(rows)
    # a piece of a full-width figure its narrow column wrapped, cut inside its thousands (`１,０`): the column
    # chunk readers take such a piece for no figure and read the rest as whole figures (wrongly), so they are
    # not asked; the blocks reader joins the pieces (wrapped_blocks.py) or nothing is read
    if apart and not _pieces_cut_in_their_thousands(rows):
        read, took_past_the_heading = _read_in_column_chunks(report, rows, found, allowed, list(past_the_heading),
                                                             blanks_unprinted=pdf_text)
        if read:
            return took_past_the_heading
        if pdf_text and _totals_of_narrow_column_chunks(report, rows, found, allowed):
            return False
        if pdf_text:
            read, took_past_the_heading = _first_column_beside_the_labels(report, rows, found, allowed,
                                                                          list(past_the_heading))
            if read:
                return took_past_the_heading
    if pdf_text and found and all(cell.is_empty for row in found.values() for cell in row.values()):
        # no row prints a figure, its labels alone, and lines of figures follow table 4's heading: every block
        # of the table may stand there (plain pdftotext), read only as its blocks (`_beside_then_column_blocks`)
        read, took_past_the_heading = _beside_then_column_blocks(report, rows, found, allowed,
                                                                 list(wide_past_the_heading)) \
            if wide_past_the_heading else (False, False)
        if read:
            return TOOK_WIDE_PAST if took_past_the_heading else False
        if _figures_past_beyond_table_4(report, table_4_texts, allowed, found):
            return False
    if apart and pdf_text:  # where the readers above found no reading: poppler's blocks a band of rows at a time
        read, took_past_the_heading = _beside_then_column_blocks(report, rows, found, allowed,
                                                                 list(wide_past_the_heading))
        if read:
            return TOOK_WIDE_PAST if took_past_the_heading else False
    by_count = _labels_then_figures(rows, found, allowed, width, pdf_text) if apart else {}
    # each row's lines, its label's first (rows set as blocks of their own), for the two readers below
    stretches = _stretches_of_rows(rows, found, allowed) if apart else None
    if apart:  # rows set as blocks of their own: what the block counts place, where the block above did not
        used = {id(cell) for cells in by_count.values() for cell in cells}
        counted = {key: cells for key, cells in _figures_counted_to_rows(stretches, found, allowed, width,
                                                                         pdf_text).items()
                   if key not in by_count and not any(id(cell) in used for cell in cells)}
    else:
        counted = {}
    # rows a figure short each, their missing figures after a margin heading's lines (a PDF's text)
    completed = _rows_short_by_one_completed(stretches, allowed, width) if apart and pdf_text else {}
    every_cell_printed: bool | None = None  # asked only of a figure-less aligned row
    # figures no row takes, among the table's rows (a label fragment's, a margin heading's): lost, unless the
    # label-less rows they stand before take them where the column rules prove it (`_figures_before_labels`)
    untaken = _figures_no_row_takes(rows, found, allowed)
    # `pdftotext -raw` of a Chromium PDF: a row's cells follow its label, a wide figure wrapped a piece a line in its
    # narrow cell among them (`予以公开 ８ ２ １` / `１` / `１`); lines of figures alone are then pieces of the row
    # above, and a label followed by the next shows its row printed nothing
    wrapped_pieces = computed_once(partial(_wrapped_pieces_of_rows, rows, found, width, header_rows))  # done once if asked
    in_stream_order = apart and pdf_text and _cells_follow_their_label(found.values()) \
        and _no_empty_line_among(rows, found) and _lines_after_the_rows_only(rows, found, untaken, wrapped_pieces)
    if in_stream_order:
        untaken = []
    before_labels, inside_labels = _figures_before_labels(rows, found, allowed, untaken, width) if untaken else ({}, {})
    # a whole row's figures on a line no row takes (`0 0 0 0 0 0 0` before `5.属于三类内部事务信息`): the text prints
    # figures before their label (pdfplumber), not only a wrapped figure's pieces (`１` / `０`, `pdftotext -raw`)
    # (a line taken by the label above it, wrapped round it, shows no figures printed first)
    after_their_label = {id(line) for line in untaken for key, figures in before_labels.items()
                         if figures[0].line == line.line and (found[key] if key in found else inside_labels[key]).line < line.line}
    # each line no row took placed by its label round it: a figure-less row's figures are none of them
    every_line_placed = bool(untaken) and len(inside_labels) == len(untaken)
    printed_first = any(len(figures := _figures_of(line)) == width and len({cell.line for cell in figures}) == 1
                        for line in untaken if id(line) not in after_their_label)
    if inside_labels:
        report.warn("figures_apart", "table 3: figures printed on a line of their own between the lines of a wrapped "
                    f"label that has none ({', '.join(inside_labels)}): the line right above is the label's first, "
                    "the line right below holds no figure and is the rest of its words (the two make the row's "
                    "label), so the figures stand within the row's cell; APP_OUTCOME_SUM and APP_BALANCE hold with "
                    "them; marked recovered", untaken[0].line)
    if set(before_labels) - set(inside_labels):
        report.warn("figures_apart", "table 3: figures printed on a line of their own beside a wrapped label "
                    f"that has none ({', '.join(k for k in before_labels if k not in inside_labels)}): each such "
                    "line stands between a row's own figures and that label (before it, or after its first line), and "
                    "only so do APP_OUTCOME_SUM and APP_BALANCE hold; marked recovered", untaken[0].line)
    read: dict[str, tuple[Row, list[RawCell | None], str | None, str]] = {}
    glued_in_aligned: list[str] = []  # aligned rows whose first figure touches their whole label: read in order
    found_lines = {row.line for row in found.values()}
    # the first column beside each label, the others as blocks after the labels (leads_beside_blocks.py)
    leads_beside_blocks = apart and not in_stream_order and columns_as_blocks_after_labels(found.values(), width)
    cut_rests: dict[str, Row] | None = None
    tied: dict[str, Row] = {}
    for key in allowed:
        row = found.get(key)
        if row is None and key in counted:  # its label not found, its figures after another row's
            row = Row(list(counted[key]), stacked=True)
        if row is None and key in inside_labels:  # its label's first line named no row alone, with its rest it does
            row = inside_labels[key]
        if row is None:
            if cut_rests is None:  # asked once, of a table missing a row
                cut_rests, tied = rows_left_out_by_the_labels(rows, template)
            if key in cut_rests:
                report.warn("missing_row", f"table 3: row {key}: its label is cut over two pipe rows and the other "
                            f"(line {cut_rests[key].line}) holds figures or blank marks too, which may be pieces of "
                            "the row's own (a wide figure wrapped in its column) or a row's whose label is lost; "
                            "its cells are unknown", cut_rests[key].line)
                _row_unknown(report, key)
            elif key in tied:
                report.warn("missing_row", f"table 3: row {key}: {ROWS_TIED_BY_SHARED_WORDS}; its cells are unknown",
                            tied[key].line)
                _row_unknown(report, key)
            else:
                row_not_found(report, key)
            continue
        if key in before_labels:
            read[key] = (row, before_labels[key], None, "figures_before_label")
            continue
        if key in counted:
            read[key] = (row, counted[key], None, "figures_apart")
            report.warn("figures_apart", f"table 3 {key}: its figures stand after lines that are no row's, or follow "
                        "another row's label with that row's, one block of figures per row: read by their count, "
                        "in template order, each row keeping its sum", row.line)
            continue
        if key in completed:
            read[key] = (row, completed[key], None, "figures_apart")
            report.warn("figures_apart", f"table 3 {key}: a figure fewer than the columns after its label, where "
                        "as many rows are short by one as figures stand apart after a margin heading's lines and the "
                        "table's count is whole: completed by them, the one reading that keeps every such row's sum "
                        "whatever their order and place; marked recovered", row.line)
            continue
        if key in by_count:
            read[key] = (row, by_count[key], None, "figures_apart")
            report.warn("figures_apart", f"table 3 {key}: its label and those before it stand apart from one block "
                        "of figures, as many as their rows hold, each keeping its row's sum: read in order", row.line)
            continue
        if apart and not _emptiness_shown(row, width) and not in_stream_order and not (
                pipe_headers is not None and label_round_an_empty_cells_line_clear_of_pieces(rows, row, key)):
            read[key] = (row, [None] * width, FIGURES_APART, "figures_apart")
            continue
        if apart and not in_stream_order and _blocks_after_the_only_label_with_figures(row, found):
            read[key] = (row, [None] * width, BLOCKS_AFTER_THE_LAST_LABEL, "figures_apart")
            continue
        if leads_beside_blocks and figures_past_its_lead(row, width):
            read[key] = (row, [None] * width, LEAD_IN_DOUBT, "figures_apart")
            continue
        if untaken and not row.values() and not every_line_placed and \
                not SA.pieces_stand_clear_of(rows, row, untaken, found_lines):
            read[key] = (row, [None] * width, FIGURES_UNTAKEN, "figures_apart")
            continue
        if printed_first and _figures_on_the_line_after_its_label(row) and _another_row_follows(rows, row, found):
            read[key] = (row, [None] * width, FIGURES_AFTER_A_BARE_LABEL, "figures_apart")
            continue
        if row.aligned and not row.has_figures():
            if every_cell_printed is None:
                # a header cut at the page's edge: the rows print a figure in every column it shows
                every_cell_printed = _every_cell_printed(found.values(), width) or (
                    visible is not None and _every_cell_printed(found.values(), len(visible)))
            # (a PDF's text layer as poppler set it, never an OCR's, which may lose a row's figures)
            if every_cell_printed and not (poppler_pages and _label_alone_on_its_line(rows, row, key, found)):
                read[key] = (row, [None] * width, NO_BLANKS_ELSEWHERE, "figures_apart")
                continue
        if row.aligned and not row.values() and any(map(_marks_after_the_label, _its_label_lines(rows, row))):
            read[key] = (row, [None] * width, MARKS_AFTER_LABEL, "short_row")
            continue
        # (a blank mark's table as poppler set a PDF's text prints nothing in a row of blanks at times: that label
        # alone is blank; （六）其他处理 printed as one row is the 2021 template's heading of three, and may print no mark)
        if not row.values() and not row.joined and (not row.aligned or (anchors is None and visible is None)) \
                and (_writes_its_zeros(found.values()) or (key != "other" and not poppler_pages
                                                           and _prints_blank_marks(found.values()))) \
                and not any(other.spaced for other in found.values()) \
                and not (pipe_headers is not None and label_round_an_empty_cells_line(rows, row, key)):
            read[key] = (row, [None] * width, NOTHING_AFTER_LABEL, "short_row")
            continue
        if row.piped and id(row) in pipe_headers.off_their_headers_page and empty_cell_among_its_figures(row):
            words = _words_filling_the_columns(row, width)  # every column its word: in order, whatever the grid
            read[key] = (row, words, None, "short_row") if words is not None else \
                (row, [None] * width, BLANKS_OFF_THEIR_HEADERS_PAGE, "short_row")
            continue
        if row.piped and (span := _pipe_header_span(pipe_headers, row)) is not None:
            read[key] = (row, *_under_the_pipe_header(row, span, width, pipe_headers.unnamed_above.get(id(row))))
            continue
        if (row.aligned or row.spaced) and (glued := with_the_figure_glued_to_its_label_cut(row)) is not None:
            # `3.危及“三安全一稳定”0   0   1 …` (pdftotext -layout, the label filling its column): the first figure set
            # against the label's last character, where the label's text covers the first columns' places; the same
            # in a row of figures one space apart (`-raw`: `…禁止公开6 0 0 0 0 0 6`), where a blank leaves no trace
            read[key] = (row, *_glued_to_its_label_in_order(glued, width, shown, visible if visible is None or
                                                                row.page == header_page else []))
            if read[key][2] is None:
                glued_in_aligned.append(key)
        elif shown is not None and len(in_shown := _cells_in_shown_columns(row, shown)) == shown:  # whatever the header's positions say
            read[key] = (row, [*in_shown, *[None] * (width - shown)], None, "columns_cut")
        elif cut_at is not None and row.spaced and len(row.values()) != width:
            problem = (f"{len(row.values())} figures set apart by single spaces, under a header showing its first "
                       f"{cut_at} columns only (the others cut at the page's edge): which columns are blank is not known")
            read[key] = (row, [None] * width, problem, "columns_cut")
        elif six_in_order and row.aligned and CT.one_a_column(parts := figure_parts(
                [value for value in row.values() if not value.is_empty]), len(visible)):
            read[key] = (row, [*parts, None], None, "columns_cut")
        elif visible is not None and row.aligned and row.page == header_page:
            values = row.values()
            if cut_total and (apart := CT.total_apart(values, visible)) is not None:
                values, cut_texts[key] = apart
            if cut_total and key in cut_texts and CT.one_a_column(values, len(visible)):
                read[key] = (row, [*values, None], None, "columns_cut")
                continue
            read[key] = (row, *_place_under_visible_columns(values, visible, width))
            if cut_total and key not in cut_texts and read[key][2] is None:
                nothing_past.add(key)
            if read[key][2] is None:
                under_visible[key] = read[key][1]
            else:  # its figures stand under no column by proof: none of their bands is proven
                unplaced_under_visible[key] = figure_parts([value for value in values if not value.is_empty])
            if read[key][2] is None and (placed := _unsure_ones_in_order(read[key][1], visible, proven, edges, word_starts)) is not None:
                read[key] = (row, placed, None, "columns_cut") if placed else \
                    (row, [None] * width, UNPROVEN_COLUMN, "columns_cut")
            if read[key][2] is not None and _blank_marks_alone(rows, row, key, found):
                read[key] = (row, _shown_blank(row, len(visible), width), None, "columns_cut")
        elif visible is not None and row.aligned:
            if cut_total and (later := CT.later_row_in_order(row, width)) is not None:
                parts, cut_texts[key] = later
                read[key] = (row, [*parts, None], None, "columns_cut")
            elif _blank_marks_alone(rows, row, key, found):
                read[key] = (row, _shown_blank(row, len(visible), width), None, "columns_cut")
            else:
                read[key] = (row, *_on_a_later_page_of_a_cut_header(row, len(visible), width))
        elif (merged := merged_cells.get(id(row))) is not None:
            read[key] = (row, merged.cells, merged.problem, "short_row")  # `| 50 | 2 |  |  | 52 |` under `| 自然 | 商业 科研 | …`
        elif row.piped and len(row.values()) < width and any(value.is_empty for value in row.values()) \
                and any(_is_figure(row.cells[at].text.strip()) for at in pipe_headers.two_in_a_cell_above.get(id(row), ())):
            read[key] = (row, [None] * width, TWO_COLUMNS_IN_A_HEADER_CELL, "short_row")
        elif anchors is None or row.page == header_page or row.page in anchors_on:
            read[key] = (row, *fit_row(row, row.values(), width, anchors_on.get(row.page, anchors),
                                        row_rule=R.applicant_sum_holds))
            if read[key][2] is None and read[key][3] == "short_row" and _narrower_pipe_row_unplaced(row, width):
                read[key] = (row, [None] * width, NARROWER_PIPE_ROW, "short_row")
            elif read[key][2] is None and read[key][3] == "short_row" and row.piped and \
                    _pipe_row_in_another_grid(row, width, rows, header_rows, printed_pipe_rows):
                read[key] = (row, [None] * width, PIPE_ROW_IN_ANOTHER_GRID, "short_row")
            if row.aligned and read[key][2] is None and read[key][3] == "unaligned_cells" \
                    and not fills_the_row(row.values(), width) and (
                        (proven is not None and row.page == header_page and _under_an_unproven_column(read[key][1], proven))
                        or not _placed_clearly(read[key][1], anchors_on.get(row.page, anchors) or (),
                                               edges if anchors_on.get(row.page, anchors) is anchors else None,
                                               drift if row.page == header_page else None)):
                read[key] = (row, read[key][1], UNPROVEN_COLUMN, "unaligned_cells")
        else:
            read[key] = (row, *_fit_on_a_page_without_header(row, width, anchors, row.page in pages_apart))
    # a row placed under a cut header whose figure shares its band with a figure of the page standing unsure or under
    # another column: its column is not proven (the band's figures are one column's; `pdftotext -layout` sets the
    # page's figures at glyph columns, which the bands are counted in), unless the page's bands, matched in order to
    # the header's words, leave its band one column only (`_columns_proven_by_bands`): a row whose every figure's
    # band is so proven is read by them
    if under_visible and poppler_pages:
        by_bands = _columns_proven_by_bands(under_visible, unplaced_under_visible, visible, edges, word_starts)
        page, sure_column = _sure_columns(under_visible, unplaced_under_visible, visible, proven, edges, word_starts,
                                          by_bands)
        for key in _placed_against_their_bands(read, under_visible, len(visible), page, sure_column):
            read[key] = (read[key][0], [None] * width, UNPROVEN_COLUMN, "columns_cut")
        if by_bands:
            for key, placed in _rows_placed_by_their_bands(read, under_visible, unplaced_under_visible, len(visible),
                                                           width, by_bands, page, sure_column).items():
                read[key] = (read[key][0], placed, None, "columns_cut")
    # a row's label not found beside a row whose figures stand on a line apart from its label: the line may be the
    # missing row's, its label lost, the found row printing nothing
    # (not a line placed inside its own label's lines: `_figures_before_labels`)
    for key in _beside_a_missing_row(read, allowed, rows):
        if key not in inside_labels:
            read[key] = (read[key][0], [None] * width, FIGURES_BESIDE_A_MISSING_ROW, "figures_apart")
    # a line of figures alone between two labels without figures, each a row's: either row's (not in a PDF's
    # content stream's order, where a row's cells follow its label: the label's above it)
    between = _figures_between_bare_labels(read, rows, found) if not _cells_follow_their_label(found.values()) else []
    for key in between:
        if key not in inside_labels:
            read[key] = (read[key][0], [None] * width, FIGURES_BETWEEN_BARE_LABELS, "figures_apart")
    # an OCR's reading of the table's cells as a grid of marks apart from the labels: a row with nothing after its
    # label is no proof of a blank row there (its cells may be any line of those marks)
    read_blank = []  # (a loop: a generator a row costs more than the row's few cells)
    for key, (_, fitted, problem, _) in read.items():
        if problem is None:
            for cell in fitted:
                if cell is None or not cell.is_empty:
                    break
            else:
                read_blank.append(key)
    marks_apart = bool(read_blank) and any(not row.has_figures() and cells_read_as_marks([cell.text for cell in row.cells])
                                           for row in rows)
    for key in read_blank:
        row = read[key][0]
        if marks_apart:
            read[key] = (row, [None] * width, CELLS_READ_AS_MARKS, "figures_apart")
        elif _digits_after_the_label(row):
            read[key] = (row, [None] * width, DIGITS_AFTER_THE_LABEL, "short_row")
    # `pdftotext -layout`: a row printing every cell whose first figures pdftotext set in its label's block
    in_label_block = _figures_in_their_labels_block(read, width, rows) if poppler_pages else set()
    for key in in_label_block:
        read[key] = (read[key][0], [None] * width, FIGURES_IN_LABEL_BLOCK, "page_order")
    # `pdftotext -layout`: full rows read in order setting a figure where the page's other full rows set another column's
    crossed = _in_order_rows_crossing(read, width, rows) if poppler_pages else {}
    for key, columns in crossed.items():
        row, fitted, _, _ = read[key]
        read[key] = (row, [None if column in columns else raw for column, raw in enumerate(fitted)],
                     _columns_crossed(columns), "page_order")
    in_label_block |= set(crossed)
    # wide figures wrapped a piece a line (`pdftotext -raw`): read by the groupings that keep the row's sum
    wrapped = dict(wrapped_pieces()) if not any(row.aligned for row in found.values()) else {}
    for key, (row, pieces) in wrapped.items():
        if key in read:
            read[key] = (row, [None] * width, WRAPPED_PIECES, "cells_ran_together")
    # the passes below for a converter's pipe rows ask each row `row.piped`, or of state only pipe rows set: a table
    # without them (`pipe_headers` None: no row of it is piped) skips them whole
    pipe_rows_read = read.items() if pipe_headers is not None else {}.items()
    for key, (row, fitted, problem, code) in pipe_rows_read:
        # (no cell fitted: a RawCell is never false, so `any` finds one fitted at C level)
        if row.piped and not any(fitted) and (total := _under_a_total_header(pipe_headers, row, rows)):
            read[key] = (row, [*fitted[:-1], total], problem, code)
    cut_words = _pipe_words_before_a_cut_total(header_rows, read, width, no_column_dropped) \
        if pipe_headers is not None else None
    words_past_empty_cells: list[str] = []  # rows read as their words one a column, empty cells among them none
    glued_to_the_label: list[str] = []  # of those, rows whose first figure shares its cell with the label's last words
    if cut_words:
        report.warn("columns_cut", f"table 3: the header names no 总计 (cut at the page's edge with its column) and "
                    f"{sum(words is not None for words in cut_words.values())} rows show one figure or mark fewer "
                    "than the columns: their words are the shown columns in order; each row's total is its parts' sum, "
                    "recovered as where a PDF's text cuts it (a report leaving a total blank is not seen)",
                    read[next(iter(cut_words))][0].line)
    for key, (row, fitted, problem, code) in pipe_rows_read:
        if cut_words is not None and key in cut_words:
            read[key] = (row, [*cut_words[key], None], None, "total_cut") if cut_words[key] is not None else \
                (row, [None] * width, WORDS_PAST_A_CUT_TOTAL, "total_cut")
        elif id(row) in no_column_dropped and not _one_figure_a_column(fitted, row, width):
            if (words := _words_filling_the_columns(row, width)) is not None:
                read[key] = (row, words, None, "short_row")
                words_past_empty_cells.append(key)
            else:
                read[key] = (row, [None] * width, NOT_ONE_FIGURE_A_COLUMN, "short_row")
        elif row.piped and (marks := _figure_cells_read_as_label(row)) is not None:
            words = _figures_of_merged_cells(marks, width, R.applicant_sum_holds)
            read[key] = (row, words, None, "short_row") if words is not None else \
                (row, [None] * width, FIGURES_READ_AS_LABEL, "short_row")
        elif pipe_headers is not None and not row.piped and not row.values() \
                and any(raw is not None and raw.is_empty for raw in fitted) and _beside_a_label_less_pipe_row(rows, row):
            # `一、本年` / `|  |  |  | 11 — | 3 — | — | — 14 |` / `新收政府信息公开申请数量`: a label's line among a
            # converter's pipe rows holds no cell at all, its figures on a pipe row without a label
            read[key] = (row, [None] * width, BARE_LABEL_AMONG_PIPE_ROWS, "short_row")
        elif row.piped and _merged_cell_read_as_one(fitted, row.values(), width, as_many=True):
            # `| 1 - | - - | - | - |`: a merged cell of several figures taken for one cell; its words as many as the
            # columns, they are the row's cells in order where its sum holds (`_words_filling_the_columns`)
            if (words := _words_filling_the_columns(row, width)) is not None:
                read[key] = (row, words, None, "short_row")
                words_past_empty_cells.append(key)
            else:
                read[key] = (row, [None] * width, MERGED_CELL_AS_ONE, "short_row")
    if cut_words is not None:  # the total column cut: no row's total is printed, a cell past 其他 no total's
        for key, (row, fitted, problem, code) in read.items():
            if row.piped and fitted[-1] is not None:
                read[key] = (row, [*fitted[:-1], None], problem, code)
    if pipe_headers is not None:
        for key, count in _pipe_rows_short_of_words(read, width).items():
            read[key] = (read[key][0], [None] * width, _short_of_words(count), "short_row")
        for key in _short_lines_among_sparse_pipe_rows(read, width):
            read[key] = (read[key][0], [None] * width, SHORT_LINE_AMONG_SPARSE_PIPE_ROWS, "short_row")
        for key in _short_pipe_rows_beside_merged_cells(read, no_column_dropped):
            read[key] = (read[key][0], [None] * width, SHORT_PIPE_ROW_BESIDE_MERGED_CELLS, "short_row")
        # `| 果 （三 | 1.属 1 | 0 | 0 0 | 0 0 | 1 |`: figures sharing a cell with the label's last words are the row's
        # first; its words then fill the columns (the shown ones where 总计 is cut) and keep its sum, or it is unknown
        for key, (row, fitted, problem, code) in read.items():
            if row.piped and (words := _words_with_figures_glued_to_the_label(row)) is not None:
                if len(words) == width and (reading := reading_of(words)) is not None and R.applicant_sum_holds(reading):
                    read[key] = (row, words, None, "short_row")
                elif cut_words is not None and len(words) == width - 1 and reading_of(words) is not None:
                    read[key] = (row, [*words, None], None, "total_cut")  # its total cut as the others'
                else:
                    read[key] = (row, [None] * width, FIGURES_GLUED_TO_THE_LABEL, "short_row")
                    continue
                glued_to_the_label.append(key)
    # `３` / `| 一、… | ３０ | ２ | 无 | 无 | 无 | ２ |` / `４`: a full-width figure wrapped round its row (piece_rows.py)
    # `结转…数量` / `２` / `| （一）予以公开 | … |` / `２`: such a figure's first piece taken by the label before it
    # (piece_rows.py): the label's row reads none of its cells, the pipe row is read with the piece as its own
    taken = pieces_taken_by_a_label(rows) if pipe_headers is not None else {}
    if taken:
        for key, (row, fitted, problem, code) in read.items():
            if any(row is rows[at] for at in taken):
                read[key] = (row, [None] * width, PIECE_TAKEN_BY_A_LABEL, "short_row")
    pieces_apart = [part for at, row in enumerate(rows) for part in (
        (row.with_cells(row.cells[:-1]), Row([row.cells[-1]])) if at in taken else (row,))] if taken else rows
    wrapped_round = figures_wrapped_round_pipe_rows(pieces_apart, {key: row for key, (row, *_) in read.items()}, width,
                                                    R.applicant_sum_holds, _figure_or_mark) \
        if pipe_headers is not None else {}
    for key, cells in wrapped_round.items():
        read[key] = (read[key][0], cells, None, "short_row")
    # `| 二、… |  |  | 1 |  | 1 |` under `| 自然 | … | 法律服 |  | 其 总 |`: a sparse row in markitdown's grid of its
    # page, placed by the header words left and right of each figure; the column rules settle them (pipe_page_grid.py).
    # `| 一、… |  | 26 |  |  | 26 |` under `|  |  | 人 商业 | 科研 社 | 会 法 律 | 其他 |`: a row as printed (no cell dropped),
    # its empty cells among columns markitdown merged, placed the same way where every placing agrees on its total
    # (elsewhere a lone figure in a cell naming 其他 and 总计 stays as its 总计 header cell reads it)
    for key, (row, fitted, problem, code) in pipe_rows_read:
        if problem is NOT_ONE_FIGURE_A_COLUMN:
            cells_printed, total_agreed = no_column_dropped.get(id(row)), False
        elif problem is not None and problem.endswith(EMPTIES_AMONG_THE_FIGURES) and id(row) not in no_column_dropped:
            cells_printed, total_agreed = len(row.cells), True
        else:
            continue
        if cut_words is None and (printed := printed_pipe_rows.get(row.line)) is not None \
                and len(printed.cells) == cells_printed and (beside := _pipe_rows_around(rows, row)) \
                and (readings := applicant_readings_in_the_page_grid(header_rows, printed, beside)) is not None \
                and (not total_agreed or len({reading[-1] for reading in readings}) == 1 and readings[0][-1] is not None):
            wrapped[key] = (row, readings)
    # `１` / `| 予以公开 |  | ８ |  | ２ | １ |  |` / `１`: a full-width figure wrapped round a sparse row, its pieces on plain
    # lines (pieces_round_sparse_rows.py): its placings with the figure put back, for the column rules
    if cut_words is None and pipe_headers is not None and any(map(lone_piece, rows)):
        for key, placings in placings_with_pieces_round_them(header_rows, rows, {
                key: (row, printed) for key, (row, _, problem, _) in read.items()
                if problem is NOT_ONE_FIGURE_A_COLUMN and key not in wrapped
                and (printed := printed_pipe_rows.get(row.line)) is not None}).items():
            wrapped[key] = (read[key][0], placings)
    # `| ６ |` / `| 一、… | ０ | ６ １０ | …` / `| ０ |`: a full-width figure wrapped round its row in a pipe cell it shares
    # with another column's word (piece_rows.py): its places in that cell that keep the row's sum, for the column rules;
    # asked too of a row read as printed that breaks its sum (its empty cells read blank: a wrapped figure's place)
    row_lines = None  # set at the first row asked (most tables: none)
    shared = {}
    pipe_readings = {}  # key → (its cells, their reading), for `clean` below where its cells stay these
    for key, (row, fitted, problem, _) in pipe_rows_read:
        if not row.piped or key in wrapped or key in wrapped_round:
            continue
        if problem is None:
            pipe_readings[key] = fitted, (clean := reading_of(fitted))
            if clean is None or R.applicant_sum_holds(clean):
                continue
            if _total_may_stand_a_cell_early(fitted, clean):
                read[key] = (row, [None] * width, TOTAL_MAY_STAND_A_CELL_EARLY, "short_row")
                continue
        if row_lines is None:
            row_lines = {line.line for line in rows}
        if (lines := _pipe_rows_round(printed_pipe_rows, row_lines, row.line)) is not None \
                and pieces_in_shared_cells(lines, 1) is not None:
            shared[key] = lines
    claimed = [line for lines in shared.values() for line in (lines[0].line, lines[2].line)]
    if shared:
        claimed += [row.line for row, *_ in read.values()]  # a line of pieces another row reads as its figures
    pieces_read = set()  # the lines of pieces a row round them reads as its wrapped figures'
    for key, lines in shared.items():
        if claimed.count(lines[0].line) == claimed.count(lines[2].line) == 1 and (readings := \
                readings_with_pieces_in_shared_cells(lines, 1, width, R.applicant_sum_holds, _figure_or_mark)):
            wrapped[key] = (read[key][0], readings)
            pieces_read |= {lines[0].line, lines[2].line}
        elif read[key][2] is None:  # the pieces round it may be its figure's: its cells as printed are not proven
            read[key] = (read[key][0], [None] * width, PIECES_ROUND_A_ROW_BREAKING_ITS_SUM, "short_row")
    # `| 二、… | 2 | 11 |  | 13 |` (a blank printing nothing): a row read as printed whose figure, wider than its
    # column's full-row words, may stand in the pipe cell before its own (markitdown's grid of a PDF page): its placings
    # keeping its sum, for the column rules (pipe_full_rows.py). Not under a header naming each column in a pipe cell
    # of its own (a converter of HTML or a word processor's file writes each table cell as one)
    placed_as_printed = [key for key, (row, _, problem, _) in pipe_rows_read
                         if problem is None and row.piped and key not in wrapped and key not in wrapped_round
                         and ((span := _pipe_header_span(pipe_headers, row)) is None or span[1] - span[0] != width)]
    # the same for the parts of a row under a header naming no 总计 (cut at the page's edge with its figures): the rows
    # read whole then have no reading for the column rules here (their totals not printed), so its placings are
    # settled by them once the rows are written (`_short_pipe_rows_settled_by_the_rules`)
    past_a_cut_total = shown == width - 1 and visible is None
    placed_off = placings_of_rows_read_as_printed(read, width, printed_pipe_rows, placed_as_printed, past_a_cut_total)
    for key, readings in placed_off.items():
        if past_a_cut_total:
            read[key] = (read[key][0], [None] * width, A_FIGURE_MAY_STAND_A_CELL_OFF_UNDER_A_CUT_TOTAL, "short_row")
        else:
            read[key] = (read[key][0], [None] * width, A_FIGURE_MAY_STAND_A_CELL_OFF, "short_row")
            wrapped[key] = (read[key][0], readings)
    # `| 一、本年 | … | １ |` / `|  | ０ | ０ ０ | … |` / `| 新收…数量 | … | ２ |`: the label and a full-width figure both
    # wrapped round the row's cells (labels_round_pipe_rows.py): its readings, for the column rules
    printed, label_and_figure_wrapped = None, set()
    for key, (row, _, problem, _) in pipe_rows_read:
        if problem is not None and row.piped and key not in wrapped and key not in wrapped_round:
            printed = printed or [printed_pipe_rows.get(line.line, line) if line.piped else line for line in rows]
            if (readings := readings_with_the_label_and_a_figure_wrapped(
                    printed, printed_pipe_rows.get(row.line, row), key, width, R.applicant_sum_holds, _figure_or_mark)
                    # a sparse row (its blanks print nothing): placed by its page's header words
                    or placings_with_the_label_and_figures_wrapped(header_rows, printed,
                                                                   printed_pipe_rows.get(row.line, row), key)):
                wrapped[key] = (row, readings)
                label_and_figure_wrapped.add(key)  # its pieces joined: no way of its line alone under merged cells
    # `|  | １ | … | １ |` / `| 一、… | ２ | … | ２ |`: a full-width figure's piece beside its row's line that no row reads
    # (piece_rows.py): the row's figure there may be half a figure, so none of its cells is read
    read_lines = by_line = None  # set at the first row printing a full-width digit (most tables: none)
    for key, (row, fitted, problem, code) in pipe_rows_read:
        if key in wrapped or key in wrapped_round or not row.piped \
                or not prints_wide_digits(printed_row := printed_pipe_rows.get(row.line, row)):
            continue
        if read_lines is None:
            read_lines, by_line = _lines_read_and_rows_by_line(read, rows)
        if (readings := readings_beside_its_figures(printed_row, _lines_beside(row, by_line, printed_pipe_rows),
                                                    read_lines, width, R.applicant_sum_holds)) is not None:
            read[key] = (row, [None] * width, PIECE_BESIDE_ITS_FIGURE, "short_row")
            if readings:  # as printed and with the pieces joined: the column rules choose
                wrapped[key] = (row, readings)
    # `| 1.本机 | ２５ | … | ２５ |` / `|  | … | ０ | ０ | ５ | ２ |  |` / `| 关不掌握… | ０ | … | ７ |`: a tall row's short
    # cells centred on a line of their own, its wide figures wrapped round it (piece_rows.py): none of its cells is read
    for key, (row, fitted, problem, code) in pipe_rows_read:
        # (a row printing every column and keeping its sum as printed is read so: pieces beside it are its only where
        # its line breaks its sum)
        if problem is None and row.piped and key not in wrapped and key not in wrapped_round and not (
                all(fitted) and each_prints(fitted) and (clean := reading_of(fitted)) is not None
                and R.applicant_sum_holds(clean)):
            if read_lines is None:
                read_lines, by_line = _lines_read_and_rows_by_line(read, rows)
            if (readings := readings_with_figures_beside_it(printed_pipe_rows.get(row.line, row), [
                    printed_pipe_rows.get(row.line + step, by_line.get(row.line + step)) for step in (-1, 1)],
                    read_lines | pieces_read, width, R.applicant_sum_holds)) is not None:
                read[key] = (row, [None] * width, FIGURES_BESIDE_ITS_EMPTY_CELLS, "short_row")
                if readings:  # as printed and with a figure's pieces joined: the column rules choose
                    wrapped[key] = (row, readings)
    # `| 果 （三 | 1.属 | … |` taken for （二）部分公开: its own cells number another group, so it is not that row
    for key, (row, fitted, problem, code) in pipe_rows_read:
        if row.piped and GN.numbers_another_group(" ".join([cell.text for cell in row.label_cells()]), key):
            read[key] = (row, [None] * width, NUMBERS_ANOTHER_GROUP, "label_mismatch")
    # a row holding a piece rows.py left unread, its figures not placed as printed: none of its cells is read,
    # nor is it a premise of the column rules (`clean` below: its cells as first fitted would be its stacked digits)
    for key, (row, fitted, problem, code) in read.items():
        if problem and (piece := _unread_piece(row)) is not None:
            problem = f"{piece.problem} ({piece.text.strip()!r}), and its other figures stand under no column as printed"
            read[key] = (row, [None] * width, problem, code)
    for key in _rows_reading_one_line_of_figures(read):
        read[key] = (read[key][0], [None] * width, FIGURES_OF_TWO_ROWS, "figures_apart")
    clean = {key: known[1] if (known := pipe_readings.get(key)) is not None and known[0] is fitted else reading_of(fitted)
             for key, (_, fitted, _, _) in read.items()}
    # （六）其他处理 printed as one row stands for its sub-rows in APP_OUTCOME_SUM, as rules.py adds it up
    outcomes = tuple(k for k in allowed if L.APPLICATION_ROWS[k][1] == "outcome"
                     and not ("other" in found and k in _OTHER_SUB_ROWS and k not in found))
    # a page its own columns showed under the header's whose rows, so placed, the column rules refuse: pdftotext set
    # them elsewhere than its columns (its last lines set wider alike); its rows are read as a page of its own columns
    if refused := _pages_the_column_rules_refuse(read, clean, shown_in_header_columns, outcomes):
        anchors_on = {page: at for page, at in anchors_on.items() if page not in refused}
        for key, (row, _, problem, _) in read.items():
            if row.page in refused and problem is None:  # (a row whose reading a pass above refused stays so)
                read[key] = (row, *_fit_on_a_page_without_header(row, width, anchors))
                clean[key] = reading_of(read[key][1])
    # a page neither repeating the header nor vouched for: its rows are placed as a page of other column
    # widths is (`_misplaced`): in order, in any columns, as the row's and the columns' sums allow
    anchors_of = {key: anchors_on.get(row.page, anchors) for key, (row, _, _, _) in read.items()} if anchors_on \
        else dict.fromkeys(read, anchors)  # (no page of its own header: every row's are the header's, if any)
    elsewhere = {key for key, (row, _, _, _) in read.items()
                 if row.page != header_page and row.page not in anchors_on} if anchors is not None else set()
    # a PDF's text without -layout, a row of as many figures as columns, each whole on its line, that
    # breaks its own sum: figures set apart from their labels (another row's among them), nothing ran together
    apart_from_labels = {key for key, (row, fitted, problem, _) in read.items()
                         if _figures_of_other_rows(row, fitted, problem, clean[key], pdf_text, width)} \
        if pdf_text else set()  # (asked of a PDF's text alone: its rows' only)
    # (a row whose figures may be the next row's is no split's: `FIGURES_AFTER_A_BARE_LABEL`)
    # (of the table, not of a row: asked once)
    placed_by_the_rules_alone = header_unaligned or (anchors is None and visible is None and shown is None
                                                     and cut_at is None)
    damaged = [key for key, (row, fitted, problem, code) in read.items() if problem is not FIGURES_AFTER_A_BARE_LABEL
               and key not in in_label_block and _unread_piece(row) is None and key not in glued_to_the_label
               and key not in wrapped_round
               and (key in wrapped or (key not in apart_from_labels and (
               (row.aligned and code == "unaligned_cells" and problem and anchors_of[key])
               or (row.spaced and problem and code != "columns_cut")
               or (not row.aligned and not row.spaced and not _whole_figures_a_line(row, fitted, pdf_text)
                   and _looks_run_together(row, fitted, problem, clean[key], R.applicant_sum_holds, cells_known))
               or _misplaced(row, clean[key], anchors_of[key])
               # `pdftotext -layout` shifting each line's figures by its label's width: in order, in any columns
               or (placed_by_the_rules_alone
                   and row.aligned and code == "unaligned_cells" and problem is not None and row.has_figures()))))]
    # a PDF's text without -layout: figures that may have run together on both sides of an empty line, which
    # parts poppler's blocks: nothing joins them into one row, so no split of them is its reading
    # the same for a row read whole only by taking the empty lines for merged cells' spans, where the table prints its
    # first column beside the labels and the others in blocks the row may have gathered (column_beside_labels.py)
    parted = {key for key, (row, _, problem, _) in read.items() if key not in wrapped
              and _figures_parted_by_an_empty_line(row, pdf_text) and (key in damaged or (
                  not problem and one_figure_beside_each_label(other for other in found.values() if other is not row)))} \
        if pdf_text else set()  # (asked of a PDF's text alone, as `_figures_parted_by_an_empty_line` is)
    damaged = [key for key in damaged if key not in parted]
    # figures fewer than the columns their pipe cell stands for (`| 50 | 2 |` under `| 自然 | 商业 科研 |`): each way
    # they stand there in order, for the column rules to choose among (merged_header_cells.py): a grid whose header
    # cell names its columns (LibreOffice's DOCX PDF, Chromium's PDF of HTML) prints a blank cell as nothing; no
    # narrow label column is needed (Chromium wraps labels as wide as the HTML's cells, and a table of the header's
    # page whose grid is not its header's is refused there). The sums alone choose: a way they leave open is unknown
    in_merged_cells = {key: merged.ways for key, (row, _, problem, _) in read.items()
                       if problem is UNPLACED_IN_A_MERGED_CELL and (merged := merged_cells.get(id(row))) is not None
                       and key not in label_and_figure_wrapped} if merged_cells else {}
    damaged += [key for key in in_merged_cells if key not in damaged]
    # a table of rows spelled from their labels' pieces down a narrow column (LibreOffice fitted the table to the
    # page, so no column is cut) whose blank cells print nothing (no zero, no mark): a pipe row left unread is its
    # figures in order, in any columns, its last the total (narrow_label_rows.py)
    in_any_columns = {key: readings for key, (row, fitted, problem, _) in read.items()
                      if row.piped and problem and key not in damaged and all(raw is None for raw in fitted)
                      and (figures := figures_after_the_label(row)) is not None
                      and (readings := anywhere_then_the_total(figures, width))} \
        if narrow_labels and not _writes_its_zeros(found.values()) and not _prints_blank_marks(found.values()) else {}
    damaged += list(in_any_columns)
    # a PDF's text without -layout: a row of fewer figures than columns printed nothing for its blanks
    # (an empty line is only the gap between two cells): its cells are unknown, and no column rule's context
    # (in the content stream's order, a row's lines after its label are its cells, a wrapped figure's pieces among
    # them: read by the groupings that keep its sum, `wrapped`)
    unseen_blanks = {key for key, (row, _, _, _) in read.items() if _a_pdf_line_by_line(row, pdf_text)
                     and 0 < len(row.filled_values()) < width and key not in completed
                     and not (in_stream_order and key in wrapped)} if pdf_text else set()
    if pdf_text and (wide_past_the_heading or (apart and not in_stream_order) or _blocks_past_table_4(table_4_texts)):
        # plain pdftotext of a wide table: lines of figures past table 4's heading are poppler's blocks of the
        # columns its rows' lines do not print (a row's line `0 /` holds its first columns only): a row's line
        # of fewer cells than the table has leaves its other cells to the blocks, never blank, so no split of it;
        # the same where the blocks stand in table 3's own text after its last label (`apart`: figures on lines
        # of their own, away from their labels), before table 4's heading
        beside_the_blocks = {key for key in damaged if _fewer_cells_than(read[key][0], width)}
        unseen_blanks |= beside_the_blocks
        damaged = [key for key in damaged if key not in beside_the_blocks]
    # the labels' block took the first column, a word a row (blanks print a mark), the others in blocks apart
    first_column = first_column_beside_the_labels({key: row for key, (row, *_) in read.items()}, unseen_blanks) \
        if pdf_text else {}
    context = {key: reading for key, reading in clean.items()
               if key not in damaged and key not in unseen_blanks and key not in apart_from_labels and key not in parted}
    # rows no header places, placed where `pdftotext -layout` set their figures among the page's proven ones
    # a row on a page without the header, placed under the header's columns only because its sum holds
    # (`2 … 2` holds as 自然人 + 总计 and as 商业企业 + 总计): no proof of its figures' columns for others
    sum_placed = {key for key in elsewhere if not fills_the_row(read[key][0].values(), width)}
    # not where each row prints its total's text past the shown columns (a cut 总计, cut_total.py): a page that
    # repeats no header proves no mark of that column, and page order would set the text in the last shown one
    by_page_order = _placed_by_page_order(read, context, set(wrapped) | apart_from_labels | unseen_blanks | in_label_block
                                          | parted,
                                          len(visible) if visible is not None else shown or width, width,
                                          sum_placed, outcomes) if poppler_pages and not cut_total else set()
    for key in by_page_order:
        if key in damaged:
            damaged.remove(key)
        clean[key] = context[key] = reading_of(read[key][1])
    splits = {}
    blanks = _blanks_left_no_trace([read[key][0] for key in damaged], width)
    totals_printed = _spaced_rows_print_their_totals([read[key][0] for key in damaged], width)
    # the total column cut at the page's edge (`142 1 0 0 0 0 1` for 143), as the header shows or as two rows
    # read whole do: a split whose total is its parts' sum cut short keeps the row's rule too, its total that
    # sum (`_cut_totals_summed`)
    # the rows read whole whose total is short of their parts' sum (`R.total_cut_short`), asked once (most: none)
    cut_short = [key for key, reading in clean.items()
                 if key not in damaged and reading is not None and R.total_cut_short(reading)]
    totals_cut = only_the_total_cut or len(cut_short) >= 2
    holds = _sum_holds_or_total_cut if totals_cut else R.applicant_sum_holds
    if totals_cut:  # the column rules check the other rows against each cut total's sum, as it is then recovered
        for key, reading in context.items():
            if reading is not None and R.total_cut_short(reading):
                context[key] = _cut_totals_summed([reading])[0]
    total_unprinted = bool(damaged) and _total_column_unprinted(header_rows, found.values(), pipe_headers is not None)
    # a converter's plain line among its pipe rows under a header naming no 总计: its last figure the others' sum may
    # be its total written whole (a line starting inside the paper) or a part, the total cut with its column
    total_may_be_cut = bool(damaged) and pipe_headers is not None and header_names_no_total(header_rows)
    # `pdftotext -layout`: a figure set left of a header block's start stands in that block's column or left of it
    starts = _applicant_block_starts(as_printed, header_page) if poppler_pages and any(
        read[key][0].aligned and read[key][0].page == header_page for key in damaged) else _BlockStarts([], set())
    bounded = _greatest_by_block_starts(starts) if _block_starts_hold(read, damaged, starts, header_page, holds, width) \
        else None
    # a damaged row set apart by spaces or aligned: the only rows asked below whether they print their blanks short
    # of the table's columns (a crawl's damaged rows, every one of its rows, are neither)
    spaced_or_aligned = any(read[key][0].spaced or read[key][0].aligned for key in damaged)
    # the columns a row can print: those the header shows where the others are cut at the page's edge, or as many
    # as every row writing its blanks prints, where they all print one count (a column cut for them all, or set
    # nowhere on the page: no row's lost cell); asked only where a damaged row may need it (most tables: none)
    marked = [len(row.values()) for row in found.values() if any(map(_is_blank_mark, _cell_texts(row)))] \
        if spaced_or_aligned and visible is None and shown is None else []
    printed_columns = len(visible) if visible is not None else shown if shown is not None else \
        marked[0] if len(marked) > 1 and len(set(marked)) == 1 else width
    # a row printing every column, a zero among them: the table writes its zeros where it counts nothing (a sparse
    # table printing a 0 in a part and its total alone, `0 0`, blank cells nothing, prints no such row)
    zeros_in_full_rows = spaced_or_aligned and any(len(words := _figure_words(row)) >= width and not _ZERO_WORDS.isdisjoint(words)
                                               for row in found.values() if row.spaced or row.aligned)
    for key in damaged:
        row = read[key][0]
        greatest = bounded if row.page == header_page else None
        if key in in_merged_cells:
            splits[key] = list(in_merged_cells[key])
        elif key in in_any_columns:
            splits[key] = in_any_columns[key]
        elif key in wrapped:
            splits[key] = wrapped[key][1]
        elif total_unprinted and anchors_of[key] is None and (row.aligned or row.spaced and pipe_headers is not None):
            # (a converter's plain line among its pipe rows, `（二）部分公开 1 1`: two parts, their total unprinted)
            splits[key] = []  # no figure is its total, and nothing places its parts: unknown
        elif (row.spaced or row.aligned) and _prints_blank_marks_short(row, printed_columns, zeros_in_full_rows):
            # it writes its blanks (or its zeros): its cells not printed in the columns the page shows are lost, not
            # blank, and no placement reads them (however few keep its sum, by the header's columns or in any), nor
            # does its sum prove where its printed ones stand
            splits[key] = []
        # blank cells left no trace, or aligned figures no header places: the figures, whole and in order, in any columns
        elif row.spaced or (row.aligned and anchors_of[key] is None):
            if row.spaced and totals_printed:  # `0 0` as `26 26`: parts and their total, never parts alone
                splits[key] = _parts_anywhere_then_the_total(row, width)
            else:
                splits[key] = aligned_readings(row.values(), [0.0] * width, holds, free=True, greatest=greatest,
                                               limit=R.MAX_CANDIDATES_IN_TABLE) or []
                if totals_cut:
                    splits[key] = _cut_totals_summed(splits[key])
            if row.spaced and total_may_be_cut:  # (`3 3`: a part and its total, or two parts under a cut 总计)
                splits[key] = list(dict.fromkeys([*splits[key], *_parts_only(row, width)]))
        elif row.aligned:
            splits[key] = (None if key in elsewhere else aligned_readings(
                row.values(), anchors_of[key], holds,
                proven=proven if proven is not None and row.page == header_page else [True] * width,
                edges=edges if anchors_of[key] is anchors else None, greatest=greatest,
                drift=drift if row.page == header_page else None)) or \
                aligned_readings(row.values(), anchors_of[key], holds, free=True, greatest=greatest,
                                 limit=R.MAX_CANDIDATES_IN_TABLE) or []
            if totals_cut:
                splits[key] = _cut_totals_summed(splits[key])
        else:
            splits[key] = _with_year_split_off(report, f"table 3 {key}", rows, row, [c.text for c in row.values()], partial(
                R.row_candidates, width=width, blanks=blanks, crawled=blanks or row.joined,
                limit=R.MAX_CANDIDATES_IN_TABLE if blanks else R.MAX_CANDIDATES)) or []
            if _a_pdf_line_by_line(row, pdf_text):  # a PDF's words are whole figures: split between them only
                splits[key] = _words_kept_whole(row, splits[key])
    # only where the report shows it leaves 总计 blank in every outcome row, and APP_OUTCOME_SUM can
    # check them: （七）总计 read one way, with figures
    totals = [context["results_total"]] if "results_total" in context else splits.get("results_total", [])
    if damaged and not blanks and all(key in read for key in outcomes) and _totals_left_blank([read[k][0] for k in outcomes]) \
            and len(totals) == 1 and any(v is not None for v in totals[0]):
        for key in damaged:
            if not splits[key] and key in outcomes:
                splits[key] = _with_its_total_left_blank(read[key][0], width)
    # A row its own rules settle is settled in every reading of the table: it then joins the
    # context that the column rules check the other damaged rows against, until nothing changes.
    # (A crawl whose blanks left no trace has rows of many splits each: the joint solve below does
    # this and more, at a bounded cost.)
    candidates: dict[str, list] = {key: splits[key] for key in damaged} if blanks else {}
    # a row of zeros on a page without the header reads as zeros whatever columns they stand in: the
    # column rules count it read (each column 0 or blank, written blank: that only loosens them), so
    # that they can settle the rows that hold figures; where its zeros stand is decided below
    zeros = set() if blanks else {key for key in damaged if key in elsewhere and _zeros_only(read[key][0])}
    for key in zeros:
        context[key], candidates[key] = (None,) * width, []
    R.settle_by_columns({} if blanks else {key: splits[key] for key in damaged}, candidates, context, outcomes,
                        R.MAX_WHOLE_FIGURE_TABLE_STEPS if pdf_text else R.MAX_TABLE_STEPS)
    for key in _totals_in_doubt(read, candidates, context, outcomes, width,
                                R.MAX_WHOLE_FIGURE_TABLE_STEPS if pdf_text else R.MAX_TABLE_STEPS):
        candidates[key] = [*candidates[key], *_parts_only(read[key][0], width)]
    # (pdftotext's text only: `-raw`'s blank cells print nothing, `-layout`'s words stand in poppler's order)
    by_column_rules = _placed_by_the_column_rules(read, damaged, candidates, context, outcomes, width) \
        if pdf_text and poppler_pages else {}
    # (not where the rows print their total's text past the shown columns: a later page's figures are then more
    # than the shown columns' cells, and nothing but the position of a column no header names tells which)
    under_a_cut_header = _placed_under_a_cut_header(read, header_page, visible, width, outcomes) \
        if visible is not None and not cut_total else {}
    by_page_columns = _placed_by_page_columns(read, damaged, elsewhere, zeros, context, candidates, outcomes, width)
    for key in damaged:
        if key in zeros or key in by_page_columns:
            continue
        if key not in context and not candidates[key] and len(splits[key]) == 1 \
                and R.applicant_sum_holds(splits[key][0]):
            # the row's own rule leaves one split and every split breaks a column rule: the report
            # does not add up whatever the split (the rule then fails), so the columns cannot
            # refuse the one split its row allows (a split that breaks its own row's sum as well
            # has nothing for it: `12 0 0 0 0 0` may have lost a cell, not a separator)
            candidates[key] = splits[key]
            report.warn("column_rules_fail", f"table 3 {key}: the only split its row allows breaks "
                        "APP_OUTCOME_SUM or APP_BALANCE: the report does not add up as printed",
                        read[key][0].line)
        elif key not in context and not candidates[key] and not blanks \
                and (as_printed := _a_digit_a_cell(read[key][0], width)) is not None \
                and all(split == as_printed for split in splits[key]):
            # its digits are as many as its cells on a page whose blanks print: each digit is a cell, the
            # one cut the text allows, whatever the rules say of it; it breaks the row's own sum or the
            # column rules (else it would be read already): the report's misprint, which the rules then find
            candidates[key] = [as_printed]
            report.warn("rules_fail_as_printed", f"table 3 {key}: {width} digits ran together for its {width} cells, "
                        "on a page whose blank cells print: one digit a cell, the only cut its text allows, breaks "
                        "its total = its parts, APP_OUTCOME_SUM or APP_BALANCE: the report does not add up as printed",
                        read[key][0].line)
    # how the table prints its figures (CT.thousands_grouped), and how far its cut column reaches, asked once
    grouped, widest = ..., 0
    stacked_totals_cut: dict[str, RawCell] = {}  # a row's total cut, as read, from a stacked digit off its line
    for key in cut_short:
        row, fitted, problem, code = read[key]
        if not problem:
            if grouped is ...:
                grouped = CT.thousands_grouped(value for other in read for value in read[other][0].values())
            # its text the sum's head as the page prints it, separators and all (`4,642,4` is none of 464,246's)
            if CT.leads_the_sum(fitted[-1], int(sum(v or 0 for v in clean[key][:-1])), grouped):
                if fitted[-1].problem == STACKED and fitted[-1].line != row.line:
                    stacked_totals_cut[key] = fitted[-1]
                read[key] = (row, *_without_a_cut_total(report, key, row, fitted))
    totals_recovered = []
    # markitdown: a pipe row whose figure's rest stands on a plain line below, its cells as cut breaking its sum →
    # the readings completed by the rest that keep it
    cut_by_a_wrap: dict[str, list[R.Reading]] = {}
    piece_lines: dict[str, tuple[int, ...]] = {}  # the lines of the pieces each row takes
    for key, (row, *_) in read.items():
        if (rest := rest_on_a_plain_line_below(rows, row)) is not None:
            readings = [r for r in (splits.get(key) or [] if key in damaged else [clean.get(key)]) if r is not None]
            if not any(map(R.applicant_sum_holds, readings)):
                if (first := first_piece_on_a_plain_line_above(rows, row)) is None:
                    cut_by_a_wrap[key] = completed_by_the_rest(readings, rest)
                    piece_lines[key] = (line_below(rows, row),)
                else:  # `１` / the row / `１`: Chromium's centred pieces (its cells as placed, no split keeping its sum)
                    as_placed = [reading for reading in [clean.get(key)] if reading is not None]
                    contested = pieces_contested(rows, position_in(rows, row))
                    cut_by_a_wrap[key] = [] if contested else completed_by_pieces_round_it(readings or as_placed, first,
                                                                                          rest)
                    piece_lines[key] = (row.line - 1, line_below(rows, row))
    # LibreOffice's DOCX: the rest in the cell below of the pipe row holding the label's end (`１０` / `０`)
    rest_beside_the_label: set[str] = set()
    for key, (row, fitted, problem, _) in read.items():
        if key in cut_by_a_wrap or not row.piped or not (problem is None or problem is MERGED_CELL_AS_ONE) \
                or (reading := clean.get(key)) is not None and R.applicant_sum_holds(reading):
            continue  # (asked of every row read: most keep their sum as read)
        if (found_rest := rest_in_the_label_rows_cell(rows, row, printed_pipe_rows, template_sequence(template))) is None:
            continue
        rest, words, places = found_rest
        reading = reading_of([RawCell(word, row.line) for word in words]) \
            if len(words) == width and all(map(_figure_or_mark, words)) else None
        if reading is not None and not R.applicant_sum_holds(reading):
            cut_by_a_wrap[key] = completed_by_the_rest([reading], rest, places)
            piece_lines[key] = (line_below(rows, row),)
            rest_beside_the_label.add(key)
    # a piece two rows may own (each completed by it keeping its sum) is neither's
    if piece_lines:  # (most tables: no row takes a piece, and nothing is counted)
        taken = Counter(line for key, lines in piece_lines.items() if cut_by_a_wrap[key] for line in lines)
        for key, lines in piece_lines.items():
            if len(lines) == 2 and any(taken[line] > 1 for line in lines):
                cut_by_a_wrap[key] = []
    sure_and_bounded = _read_as_far_as_their_bands_prove(
        under_visible, [key for key, (_, _, problem, code) in read.items() if problem is UNPROVEN_COLUMN
                        and code == "columns_cut" and key in under_visible],
        _unplaced_figures(unplaced_under_visible), visible, proven, edges) \
        if visible is not None and under_visible else {}
    left_split: list[str] = []  # rows several splits keep, their cells the splits share written, the others unknown
    for key, (row, fitted, problem, code) in read.items():
        if key in by_page_columns:
            _write_placed_by_page_columns(report, key, row, by_page_columns[key])
            continue
        if key in under_a_cut_header:
            start = len(report.cells)
            _write_placed_under_a_cut_header(report, key, row, under_a_cut_header[key], len(visible), header_page)
            if only_the_total_cut:
                _total_of_placed_blanks(report.cells[start:], placed_blanks, cut_blank_totals)
            continue
        if key in by_column_rules:
            _write_placed_by_the_column_rules(report, key, row, by_column_rules[key])
            continue
        if key in cut_by_a_wrap and len(cut_by_a_wrap[key]) == 1:
            _write_completed_by_its_rest(report, key, row, cut_by_a_wrap[key][0], "the same cell of the pipe row "
                                         "below, beside its label's end" if key in rest_beside_the_label else None)
            continue
        if key in cut_by_a_wrap:
            problem = ("a figure wrapped in its cell, its rest on a plain line below the row (no place says whose), "
                       "the row's cells as printed breaking its sum, and no one figure completed by it keeping it: "
                       "not read")
            code, fitted = "wrapped_figure", [None] * width
        elif key in damaged and _settle_run_together(report, "applications", key, L.APPLICANT_KEYS, row, fitted,
                                                     candidates[key]):
            if len(candidates[key]) > 1:
                left_split.append(key)
            continue
        if key in apart_from_labels:
            problem = (f"{width} figures on lines of their own after its label that break its sum, in a PDF's text "
                       "where figures stand apart from their labels: not its figures in order")
            code, fitted = "figures_apart", [None] * width
        if key in parted:
            problem = ("figures on both sides of an empty line after its label, some perhaps run together, in a "
                       "PDF's text where an empty line parts poppler's blocks (the lines after it may be another "
                       "block's): nothing proves them one row's; no split of them is read")
            code, fitted = "figures_apart", [None] * width
        elif key in first_column:
            problem = FIRST_COLUMN_BESIDE_THE_LABELS
            code, fitted = "figures_apart", [first_column[key], *[None] * (width - 1)]
        elif key in unseen_blanks:
            # `（一）予以公开` / `5`: the figures after a label may even be another row's (a label lost)
            figures = len(row.filled_values())
            problem = _unseen_blanks(figures, width)
            code, fitted = "unplaced_cells", [None] * width
        if problem is UNPROVEN_COLUMN and code == "columns_cut" and key in sure_and_bounded:
            problem, fitted = UNPROVEN_COLUMN_BOUNDED, sure_and_bounded[key]
        if row.short_by and not problem and key not in by_page_order:  # placed by where its figures stand
            problem, code = f"{row.short_by} cell(s) fewer than the table has; read in order", "short_row"
        if problem:
            report.warn(code, f"table 3 {key}: {problem}; missing cells are unknown", row.line)
        start = len(report.cells)
        _count_cells(report, "applications", zip(repeat(key), L.APPLICANT_KEYS), fitted, row.line)
        if not problem and (code == "total_cut" or (only_the_total_cut and code == "columns_cut")):
            if _total_from_its_parts(report.cells[start:]):
                totals_recovered.append(key)
            elif cut_blank_totals is not None \
                    and _total_of_blank_parts(report.cells[start:], cells_known, placed_blanks) \
                    and not any(read[other][0].page == row.page for other in cut_texts):
                # nothing of the cut column on its page (a page showing the other rows' totals and nothing of
                # this one's: a total printed nowhere, `nothing_past`)
                cut_blank_totals.append(report.cells[-1])
        if not problem and key in nothing_past and report.cells[-1].state == RECOVERED \
                and any(read[other][0].page == row.page for other in cut_texts):
            # the cut column shows the page's other rows' totals (their first characters, where each cell's text
            # starts) and nothing of this one's: a total printed blank, or no total cell (a short row), never its
            # parts' sum
            report.cells[-1].value, report.cells[-1].state = None, UNKNOWN
            totals_recovered.remove(key)
            report.warn("total_cut", f"table 3 {key}: nothing printed in the cut total's column, where the other rows "
                        "show their totals' first characters: its total is unknown", row.line)
        if not problem and key in cut_texts:
            *parts, total = report.cells[start:]
            if grouped is ...:
                grouped = CT.thousands_grouped(value for other in read for value in read[other][0].values())
            if not widest:  # every page of the table sets its columns alike, and the paper ends at the same place
                widest = CT.widest_whole_digits(cut_texts.values())
            if (why := CT.total_as_printed(total, parts, cut_texts[key], widest, grouped)) is not None:
                report.warn("total_cut", f"table 3 {key}: {why}; the total is unknown", row.line)
            if total.state != RECOVERED and key in totals_recovered:
                totals_recovered.remove(key)
        if key in by_page_order:
            _mark_placed_by_page_order(report, f"table 3 {key}", row, report.cells[start:])
        if key in before_labels or key in words_past_empty_cells or key in glued_to_the_label or key in wrapped_round \
                or key in completed \
                or key in glued_in_aligned:
            for cell in report.cells[start:]:
                if cell.state == VALUE:
                    cell.state = RECOVERED
        if joined and (pieces := [cell for raw, cell in zip(fitted, report.cells[start:])
                                  if cell.state == VALUE and any(raw is piece for piece in joined)]):
            for cell in pieces:
                cell.state = RECOVERED
            report.warn("cells_recovered", f"table 3 {key}: a figure wrapped over two lines round the row's line, "
                        "its first piece cut in its last group of thousands and the piece below it the digits it "
                        "lacks, both from the cell's left edge (LibreOffice): joined, marked recovered", row.line)
    if any(row.aligned for row in found.values()):
        _stacked_figures_by_the_sums(report, rows, read, width, outcomes, stacked_totals_cut,
                                     None if grouped is ... else grouped,
                                     FirstColumn(tuple(anchors), header_page)
                                     if anchors is not None and (proven is None or proven[0]) else None)
        _short_rows_by_the_pages_full_rows(report, rows, read, width, poppler_pages)
        if left_split:
            _split_rows_settled_by_the_rows_read_since(report, {key: candidates[key] for key in left_split}, outcomes,
                                                       R.MAX_WHOLE_FIGURE_TABLE_STEPS if pdf_text else R.MAX_TABLE_STEPS)
    if pipe_headers is not None:  # markitdown: short pipe rows by their page's full rows; LibreOffice's cut 总计
        open_rows = short_pipe_rows_by_their_pages_full_rows(report, rows, read, width, printed_pipe_rows)
        if past_a_cut_total:  # rows a figure of which may stand a cell off under a cut total: settled the same way
            open_rows |= {key: (readings, width - 1) for key, readings in placed_off.items()}
        if open_rows:
            _short_pipe_rows_settled_by_the_rules(report, read, open_rows, outcomes)
        sparse_rows_under_a_cut_total(report, rows, header_rows, read, outcomes, printed_pipe_rows)
    if glued_in_aligned := [key for key in glued_in_aligned if read[key][2] is None]:
        report.warn("cells_recovered", f"table 3 {', '.join(glued_in_aligned)}: aligned text whose first figure "
                    "touches the row's label (`8.属于行政查询事项0   0   1`, `…一稳定”0`), the row's figures then one a "
                    "column, its total their sum: read in order, marked recovered", read[glued_in_aligned[0]][0].line)
    if glued_to_the_label:
        report.warn("cells_recovered", f"table 3 {', '.join(glued_to_the_label)}: a converter's pipe row whose first "
                    "figure shares a cell with its label's last words (`| 1.属 1 | 0 | 0 0 | 0 0 | 1 |`), the row's "
                    "words then one a column, its total their sum: read in order, marked recovered",
                    read[glued_to_the_label[0]][0].line)
    if wrapped_round:
        report.warn("cells_recovered", f"table 3 {', '.join(wrapped_round)}: a converter's pipe row one figure short "
                    "between two lines of one piece of full-width digits each (a figure Chromium wrapped round the "
                    "row's line), its words one a column: the pieces joined where the row's total stays its parts' "
                    "sum, the one place that does; marked recovered", read[next(iter(wrapped_round))][0].line)
    if words_past_empty_cells:
        report.warn("cells_recovered", f"table 3 {', '.join(words_past_empty_cells)}: a converter's pipe row whose "
                    "figures and blank marks are one word a column with empty pipe cells among them (no column: the "
                    "words fill every one), the row's total its parts' sum; the sum alone rules out a figure printed "
                    "as two words: marked recovered", read[words_past_empty_cells[0]][0].line)
    totals_recovered = _cut_totals_of_short_rows_unknown(report, totals_recovered)
    if totals_recovered:
        report.warn("cells_recovered", f"table 3: the total column cut at the page's edge; the total of "
                    f"{len(totals_recovered)} row(s) is the sum of its six applicant cells, the one value "
                    "APP_APPLICANT_SUM leaves: marked recovered (a row whose cells are all blank keeps its total "
                    "unknown: printed blank or 0)", found[totals_recovered[0]].line)
    if in_label_block:
        _words_out_of_order_by_the_rules(report, read, in_label_block, outcomes)
    if pipe_headers is not None and damaged:
        _blank_marks_one_short_by_the_rules(report, read, damaged, outcomes)
    # only a table printing a full-width digit may have a glyph stacked round a row's line: one scan of its text
    # (the glyphs' places and the labels are worked out only where a line holds a digit no row's line accounts for:
    # most full-width tables print every digit on their rows' labelled lines, and no cell is then in doubt)
    if pipe_headers is not None:
        if holds_wide_digits(_texts_of_rows(table_lines)):
            bare = PB.bare_glyph_lines(table_lines)
            taken = _cells_taken(report, read)
            if bare or PB.glyphs_may_stand_off_the_rows(printed_pipe_rows.values(), PB.lines_taken(taken),
                                                        labels_printed=True):
                labels = PB.label_words(table_lines)  # once: whether each pipe row prints a label is asked of them
                _cells_beside_stacked_glyphs_unknown(
                    report, taken, PB.pipe_figures(printed_pipe_rows, bare), PB.pipe_places(printed_pipe_rows), 0,
                    {**PB.pipe_labelled(printed_pipe_rows, labels), **dict.fromkeys(bare, False)},
                    PB.pipe_label_rests(printed_pipe_rows), bare, PB.rule_lines(table_lines), labels)
    elif any(row.aligned for row in found.values()) \
            and holds_wide_digits(_texts_of_rows(row for row in rows if row.aligned)):
        taken = _cells_taken(report, read)
        if PB.glyphs_may_stand_off_the_rows([row for row in rows if row.aligned], PB.lines_taken(taken),
                                            labels_printed=False):
            labels = PB.label_words(row for row in rows if row.aligned)  # once: the label rests are found from them too
            _cells_beside_stacked_glyphs_unknown(report, taken, PB.aligned_figures(rows), PB.aligned_places,
                                                 PB.SAME_GLYPH_COLUMN, label_rests=PB.aligned_label_rests(rows, labels),
                                                 labels=labels)
    return False


def _texts_of_rows(rows: Iterable[Row]) -> str:
    return "\n".join([cell.text for row in rows for cell in row.cells])


def _cells_taken(report: ParsedReport, read: dict) -> dict[str, tuple[Row, list[RawCell | None], list[Cell]]]:
    """Each row read whole (a raw cell, or None, for each applicant column): its row, its fitted raw cells and the
    cells written from them, as `PB.cells_beside_stacked_glyphs` takes them."""
    latest: dict[tuple[str, str], Cell] = {}
    for cell in report.cells:
        if cell.table == "applications":
            latest[(cell.row, cell.column)] = cell
    return {key: (row, fitted, [latest[(key, column)] for column in L.APPLICANT_KEYS])
            for key, (row, fitted, _, _) in read.items()
            if len(fitted) == len(L.APPLICANT_KEYS) and all((key, column) in latest for column in L.APPLICANT_KEYS)}


def _cells_beside_stacked_glyphs_unknown(report: ParsedReport,
                                        taken: dict[str, tuple[Row, list[RawCell | None], list[Cell]]],
                                        figures: PB.Places,
                                        places_of: Callable[[list[RawCell | None]], list[list[tuple[str, float]] | None]],
                                        same_column: float, labelled: dict[int, bool] | None = None,
                                        label_rests: frozenset[int] = frozenset(),
                                        bare: dict[int, list[str]] | None = None,
                                        passed: frozenset[int] = frozenset(), labels: dict[int, str] | None = None
                                        ) -> None:
    """Cells read from their row's line alone where a full-width digit alone on a line next to it, read by no row,
    stands in their column (pieces_beside_rows.py): the figure may go on there, so the cell is unknown. `taken`:
    the rows read whole (`_cells_taken`)."""
    doubt = PB.cells_beside_stacked_glyphs(figures, places_of, same_column, taken, labelled, label_rests, bare, passed,
                                           labels)
    for key, indexes in doubt.items():
        cells = taken[key][2]
        for index in indexes:
            cells[index].value, cells[index].state = None, UNKNOWN
        report.warn("unreadable_cell", f"table 3 {key}: a full-width digit alone on a line next to the row's, read by "
                    "no row, stands in the column of a cell read from the row's line alone (Chromium stacks a wide "
                    "figure a glyph a line round its row's line): the figure may go on there, so the cell is unknown",
                    cells[0].line)


def _split_rows_settled_by_the_rows_read_since(report: ParsedReport, splits: dict[str, list[R.Reading]],
                                               outcomes: tuple[str, ...], max_steps: int) -> None:
    """Rows several splits kept when the table's rules were first asked (`_settle_run_together`: the cells they share
    written, the others unknown; `１９ ３ １ ５ ２８` no header places, 15 ways), asked again once the passes after it
    (stacked pieces shared out by the sums, short rows placed by the page's full rows) have read the rows the rules
    needed: each keeps the splits that some reading of the whole table keeping APP_OUTCOME_SUM and APP_BALANCE uses
    (`R.settle_table`; the rows read whole as written, a row breaking its own sum or not read whole left out, with the
    rules needing it), and those agreeing with its cells as written. A cell every kept split reads alike is set,
    marked recovered (blank where the splits leave it empty); the others stay unknown."""
    cells_of, table = _applications_as_written(report)
    open_rows = {key: [reading for reading in found
                       if all(cell.state == UNKNOWN or cell.value == value for cell, value in zip(cells_of[key], reading))]
                 for key, found in splits.items() if key not in table and len(cells_of.get(key, ())) == len(L.APPLICANT_KEYS)}
    if not open_rows or any(not found for found in open_rows.values()):
        return  # every row read since, or a row's cells as written kept by none of its splits: nothing to settle by
    if any(len({sum(value is not None for value in reading) for reading in found}) > 1 for found in open_rows.values()):
        # splits filling more cells than others supply a total the row never printed (`1 1`: a part and its total, or
        # two parts and their sum): the column rules would then absorb a report's own misprint into that total
        return
    readings = {key: [reading] for key, reading in R.as_premises(table).items() if reading is not None} | open_rows
    for key, kept in R.settle_table(readings, outcomes, max_steps).items():
        if key not in open_rows or len(kept) == len(open_rows[key]) or not (common := R.common_cells(kept)):
            continue
        settled = {}
        for c, cell in enumerate(cells_of[key]):
            if cell.state == UNKNOWN and c in common:
                cell.value, cell.state = common[c], BLANK if common[c] is None else RECOVERED
                settled[L.APPLICANT_KEYS[c]] = None if common[c] is None else int(common[c])
        if settled:
            report.warn("cells_recovered", f"table 3 {key}: of the {len(open_rows[key])} splits its own rules kept, "
                        f"{len(kept)} keep the column rules with the rows read since: all with {settled}, marked "
                        "recovered", cells_of[key][0].line)


def _short_pipe_rows_settled_by_the_rules(report: ParsedReport, read: dict,
                                          open_rows: dict[str, tuple[list[R.Reading], int]],
                                          outcomes: tuple[str, ...]) -> None:
    """Short pipe rows whose printed columns the page's grid leaves open in part (pipe_full_rows.py: a cell's words
    read as one figure or two, a cell of two columns holding one word; a figure a cell off its column's under a cut
    total), each with its placings as readings and the count of columns its page prints: a cell every reading some
    table keeping APP_OUTCOME_SUM and APP_BALANCE uses gives alike (`R.settle_table`, the rows read whole as written
    its premises; the readings agreeing with the row's cells read) is set, marked recovered (blank where the readings
    leave it empty), the others stay unknown; so is a cell every reading gives alike where no rule narrows them.
    Where the total is cut off the page, no row's total takes part (each None, its column then no rule's: the rows'
    totals recovered as their parts' sums prove nothing), and it is never set. Nothing where no reading of the whole
    table keeps the rules."""
    cells_of = report.cells_by_row("applications")
    printed = min(columns for _, columns in open_rows.values())
    known = (VALUE, BLANK, RECOVERED)
    table = {key: (*(cell.value for cell in cells[:printed]), *[None] * (len(cells) - printed))
             for key, cells in cells_of.items()
             if key not in open_rows and len(cells) == len(L.APPLICANT_KEYS)
             and all(cell.state in known for cell in cells[:printed])}
    # (a row's own sum checks a premise where its total prints: a cut one, its parts' sum, proves nothing of them)
    premises = R.as_premises(table) if printed == len(L.APPLICANT_KEYS) else table
    readings = {key: [reading] for key, reading in premises.items() if reading is not None}
    for key, (found, _) in open_rows.items():
        cells = cells_of[key][:printed]
        readings[key] = list(dict.fromkeys((*reading[:printed], *[None] * (len(reading) - printed)) for reading in found
                                           if all(cell.state == UNKNOWN or cell.value == value
                                                  for cell, value in zip(cells, reading))))
    if any(not readings[key] for key in open_rows) or R.some_table_keeps_the_rules(readings, outcomes) is not True:
        return
    for key, kept in R.settle_table(readings, outcomes).items():
        if key not in open_rows:
            continue
        settled = {}
        for column, value in R.common_cells(kept).items():
            cell = cells_of[key][column]
            if cell.state == UNKNOWN and column < printed:
                cell.value, cell.state = value, BLANK if value is None else RECOVERED
                settled[L.APPLICANT_KEYS[column]] = None if value is None else int(value)
        if settled:
            report.warn("cells_recovered", f"table 3 {key}: a converter's pipe row of fewer words than columns, its "
                        "page's grid leaving some open (a cell's words one figure or two, one word in a cell of two "
                        f"columns, a figure a cell off its column's): of its {len(readings[key])} placings, "
                        f"{len(kept)} keep the column rules, all with {settled}, marked recovered", read[key][0].line)


def _words_out_of_order_by_the_rules(report: ParsedReport, read: dict, out_of_order: set[str],
                                     outcomes: tuple[str, ...]) -> None:
    """`pdftotext -layout` rows printing a word for every column whose line's order is not their columns' order
    (`_figures_in_their_labels_block`, `_in_order_rows_crossing`: some of their cells unknown): the columns every
    order of the row's words keeping its sum, APP_OUTCOME_SUM and APP_BALANCE gives one value
    (`R.placed_in_any_order_by_the_rules`), the table's other rows as written (`四、结转下年度继续办  １  ２  /  /
    /  ３  ６` under rows read whole: the balance gives each figure its column). Those cells are marked
    recovered (a blank mark blank); the others stay unknown. Rows are taken only where every cell of the rules'
    other rows is read (value, blank or recovered)."""
    cells_of, table = _applications_as_written(report)
    for key in sorted(out_of_order):
        cells = cells_of.get(key, [])
        if len(cells) != len(L.APPLICANT_KEYS) or not any(cell.state == UNKNOWN for cell in cells):
            continue
        row = read[key][0]
        words = [word for cell in row.values() if not cell.is_empty and not cell.problem for word in cell.text.split()]
        found = [read_count(word) for word in words]
        if any(value.problem for value in row.values()) or any(f.state not in (VALUE, BLANK) for f in found):
            continue
        placed = R.placed_in_any_order_by_the_rules([f.value for f in found], key, table, outcomes)
        # (a cell the line's order proved, `_in_order_rows_crossing`, that the rules place elsewhere: no reading)
        if not placed or any(cell.state != UNKNOWN and column in placed and cell.value != placed[column]
                             for column, cell in enumerate(cells)):
            continue
        for column, cell in enumerate(cells):
            if column in placed and cell.state == UNKNOWN:
                cell.value, cell.state = placed[column], BLANK if placed[column] is None else RECOVERED
        shown = {L.APPLICANT_KEYS[c]: None if v is None else int(v) for c, v in sorted(placed.items())}
        report.warn("cells_recovered", f"table 3 {key}: a word for each column in an order that is not its columns' "
                    "(pdftotext set some in another block): placed where every order of its words keeping its sum, "
                    f"APP_OUTCOME_SUM and APP_BALANCE puts them: {shown}, marked recovered", row.line)


def _applications_as_written(report: ParsedReport) -> tuple[dict[str, list[Cell]], dict[str, R.Reading]]:
    """Table 3's cells as written, by row, and the rows whose every cell is read (value, blank or recovered)."""
    cells_of = report.cells_by_row("applications")
    table = {key: tuple(cell.value for cell in cells) for key, cells in cells_of.items()
             if len(cells) == len(L.APPLICANT_KEYS) and all(cell.state in (VALUE, BLANK, RECOVERED) for cell in cells)}
    return cells_of, table


def _blank_marks_one_short_by_the_rules(report: ParsedReport, read: dict, damaged: list[str],
                                        outcomes: tuple[str, ...]) -> None:
    """A converter's plain line among its pipe rows printing blank marks alone, one fewer than the columns
    (`3.要 / / / / / /`: which column lost its cell is not known), left unknown: every cell is blank where both
    the row's sum and the column rules prove it: whatever column the lost cell stands in, the row's total (a mark,
    or the lost cell with every part blank) makes it 0 or blank, and APP_OUTCOME_SUM / APP_BALANCE, each other row
    they need read, hold in every column with the row blank. Written blank, as the marks are, with a warning.
    (A figure among the words, or two cells lost, leaves it unknown: the lost cells could then hold
    figures that keep the row's sum.)"""
    width = len(L.APPLICANT_KEYS)
    marks_only = [key for key in damaged if read[key][0].spaced and _blank_marks_alone_one_short(read[key][0], width)]
    if not marks_only:  # (most tables: none; the table's cells are gathered only for one)
        return
    cells_of, table = _applications_as_written(report)
    for key in marks_only:
        row, cells = read[key][0], cells_of.get(key, [])
        if len(cells) != width or any(cell.state != UNKNOWN for cell in cells) \
                or not R.rules_checked(key, table, outcomes) \
                or R.failing_columns({**table, key: (None,) * width}, outcomes, of=key):
            continue
        for cell in cells:
            cell.value, cell.state = None, BLANK
        report.warn("cells_recovered", f"table 3 {key}: {width - 1} blank marks for {width} columns on a plain "
                    "line: a blank in every column (the lost cell 0 or blank by the row's total, and the column "
                    "rules hold with the row blank)", row.line)


def _blank_marks_alone_one_short(row: Row, width: int) -> bool:
    """Whether the row's words are blank marks alone (`/`, `—`, `无`), one fewer than `width`."""
    words = [word for cell in row.values() if not cell.is_empty for word in cell.text.split()]
    return len(words) == width - 1 and all(read_count(word).state == BLANK for word in words)


def _write_completed_by_its_rest(report: ParsedReport, key: str, row: Row, reading: R.Reading,
                                 where: str | None = None) -> None:
    """The row's cells, one figure completed by its rest on the plain line below (`wrapped_figures.py`), or
    `where` it stands."""
    report.warn("cells_recovered", f"table 3 {key}: a figure wrapped in its cell, its rest on "
                f"{where or 'a plain line below the row'}: completed by it where the row's total stays its parts' "
                f"sum, the one figure that does, {[None if v is None else int(v) for v in reading]}; marked recovered",
                row.line)
    texts = " | ".join(cell.text.strip() for cell in row.values())
    for column, value in zip(L.APPLICANT_KEYS, reading):
        report.cells.append(Cell("applications", key, column, value, BLANK if value is None else RECOVERED, row.line, texts))


def _cut_totals_of_short_rows_unknown(report: ParsedReport, totals_recovered: list[str]) -> list[str]:
    """The rows among `totals_recovered` (their total, cut at the page's edge, set to their parts' sum) whose
    last shown cells print nothing, in a table whose other rows print each of their shown cells and show that
    it prints its blanks (a 0 or a blank mark somewhere): such a row lost its trailing cells (a short row:
    its total cell is lost with them, printed nowhere), so its total is no sum of what it shows and is
    unknown (warning `short_row`). A table that prints its blanks as nothing cannot tell, and its totals
    stay as recovered. Returns the rows whose total stays recovered."""
    if not totals_recovered:
        return totals_recovered
    rows = report.cells_by_row("applications")

    def unprinted(cell: Cell) -> bool:
        return cell.state == BLANK and not (cell.as_written or "").strip()

    whole = [cells[:-1] for cells in rows.values() if len(cells) == len(L.APPLICANT_KEYS)]
    printed = [parts for parts in whole if not any(map(unprinted, parts))]
    short = {key for key, cells in rows.items() if key in totals_recovered and len(cells) == len(L.APPLICANT_KEYS)
             and unprinted(cells[-2]) and not all(map(unprinted, cells[:-1]))}
    # every row printing nothing somewhere is one of the short ones, its empty cells trailing; the others print
    # every cell, a blank among them as a 0 or a mark
    trailing = all(_unprinted_only_at_the_end([unprinted(cell) for cell in cells[:-1]]) for key, cells in rows.items()
                   if key in short)
    if not short or not trailing or len(printed) + len(short) != len(whole) or len(printed) < 2 * len(short) or \
            not any(cell.value == 0 or cell.state == BLANK for parts in printed for cell in parts):
        return totals_recovered
    for key in short:
        total = rows[key][-1]
        total.value, total.state = None, UNKNOWN
        report.warn("short_row", f"table 3 {key}: its last shown cells print nothing where every other row prints "
                    "each of its cells, its blanks too (a row that lost its trailing cells): its total, cut at the "
                    "page's edge, is no sum of its parts and is unknown", total.line)
    return [key for key in totals_recovered if key not in short]


def _unprinted_only_at_the_end(unprinted: list[bool]) -> bool:
    """A row's parts printing nothing only in a run at its end (`16 0 0 2 1 ·`)."""
    first = unprinted.index(True) if True in unprinted else len(unprinted)
    return all(unprinted[first:])


WRAPPED_PIECES = "wide figures wrapped a piece a line in narrow columns: read by the groupings that keep its sum"

def _wrapped_pieces_of_rows(rows: list[Row], found: dict[str, Row], width: int,
                            header_rows: Sequence[Row] = ()) -> dict[str, tuple[Row, list]]:
    """`pdftotext -raw` of a page laying wide figures wrapped in narrow columns (Chromium: `１２` / `６９` /
    `２３` / `５` / `４７ - - -` / `１５` / `５１` for 1269, 235, 47, -, -, -, 1551): the text follows the content
    stream, cell by cell, so the words after a row's label and up to the next label are its cells in order,
    each line a figure's piece or, one space apart on one line, whole cells (a piece cut inside a thousands
    group, `１,０` / `８０` for 1,080, is a row's label to rows.py: `_comma_piece`). The pieces of consecutive lines
    are grouped into figures every way that makes exactly the row's `width` cells and keeps its sum (no
    figure opens on a 0 piece); the table prints its blanks (`-`, or its zeros: every row whole on its line
    prints all its cells), so a blank leaves a word. Each key → (a row of all its words, for the messages; its
    readings). Only rows holding such a piece are taken. Where it prints nothing for a blank, a figure stacked a
    glyph a line stands only in a column the header proves narrow (`header_rows`, narrow_columns.py)."""
    if not any(row.spaced for row in found.values()):
        return {}  # no row's cells one space apart on a line: not the content stream's order (plain pdftotext)
    whole = [row for row in found.values() if row.spaced and row.label.strip()]
    # blanks that print nothing leave no word (no mark, nor every row whole on its line): no count of a row's
    # cells; its pieces are then read only by `_readings_across_lines`, every count up to `width` tried
    counted = any(_is_blank_mark(cell.text) for row in found.values() for cell in row.values()) or (
        len(whole) >= 2 and all(len(row.values()) == width for row in whole))
    rows_found = {id(row) for row in found.values()}
    index_of = _positions(rows)
    narrow = None if counted else narrow_applicant_columns(header_rows)
    taken: dict[str, tuple[Row, list]] = {}
    # each row's readings with the header's widths (a stacked figure in a narrow column) and without them
    across: dict[str, tuple[Row, tuple | None, tuple | None]] = {}
    for key, row in found.items():
        if row.aligned or row.piped or not (row.stacked or row.spaced) or id(row) not in index_of:
            continue
        at = index_of[id(row)]
        lines = _lines_of_a_row(rows, at, rows_found, False)
        if not counted:
            # a stacked row holds a line a cell, a spaced row its one line's words
            line_words = [words for line in lines for words in (
                [[word for cell in line.values() for word in cell.text.split()]] if line.spaced
                else [cell.text.split() for cell in line.values()])]
            words = [RawCell(word, row.line) for words_of_line in line_words for word in words_of_line]
            across[key] = (Row([*row.label_cells(), *words], spaced=True, page=row.page),
                           _readings_across_lines(line_words, (width,)),
                           _readings_across_lines(line_words, (width,), narrow=narrow) if narrow is not None else None)
            continue
        read = _pieces_read(row, lines, width)
        # with the comma pieces round it (`１,０` / `８０` …), where a grouping completes them; else as without them
        with_commas = _lines_of_a_row(rows, at, rows_found, True)
        if len(with_commas) > len(lines) and (by_commas := _pieces_read(row, with_commas, width)) is not None \
                and by_commas[1]:
            read = by_commas
        if read is not None:
            taken[key] = read
    # the header's widths hold only where every row some reading keeps keeps one with them too: a row they leave
    # none (its stacked figure in a column the header shows wide: a header set in a smaller type) refutes them,
    # for the whole table
    by_widths = narrow is not None and all(bool(within) or not anyhow for _, anyhow, within in across.values())
    for key, (row, anyhow, within) in across.items():
        if (readings := within if by_widths else anyhow) is not None:
            taken[key] = (row, list(readings))
    return taken


def _no_empty_line_among(rows: list[Row], found: dict[str, Row]) -> bool:
    """Whether the lines from the table's first found row to its last are each some row's, no empty line among
    them: `pdftotext -raw` writes none inside a table; plain `pdftotext` parts its blocks by empty lines (a block
    of labels, then blocks of figures apart from them)."""
    if any(cell.gap for row in rows for cell in row.cells):
        return False
    ends = [cell.line for row in found.values() for cell in row.cells]
    if not ends:
        return False
    first, last = min(ends), max(ends)
    lines = {cell.line for row in rows for cell in row.cells if first <= cell.line <= last}
    return len(lines) == last - first + 1


def _lines_after_the_rows_only(rows: list[Row], found: dict[str, Row], untaken: list[Row],
                               wrapped_pieces: Callable[[], dict[str, tuple[Row, list]]]) -> bool:
    """Whether each line of figures no row takes stands among the lines of a found row that its wrapped pieces
    read (`_wrapped_pieces_of_rows`: the row's cells and those lines grouped the ways that keep its sum), a wide
    figure's pieces after the row's other cells. A line after a bare label, or one its row's sum cannot take, may
    be the figures of the row below printed first (pdfplumber): no proof of the content stream's order."""
    if not untaken:
        return True
    read = {key for key, (_, readings) in wrapped_pieces().items() if readings}
    rows_found = {id(row) for row in found.values()}
    index_of = _positions(rows)
    after_rows = {id(line) for key, row in found.items() if key in read and id(row) in index_of
                  for line in _lines_of_a_row(rows, index_of[id(row)], rows_found, False)}
    return all(id(line) in after_rows for line in untaken)


def _lines_of_a_row(rows: list[Row], at: int, rows_found: set[int], commas: bool) -> list[Row]:
    """The lines of the row found at `rows[at]` in `pdftotext -raw` text: it, and the lines after it up to the next
    label or found row. With `commas`, a comma piece (`_comma_piece`) is no label: the lines after one go on, and
    one right after a bare label (`（一）予以公开` / `１,１` / `１９` / the row found, `- - ３ - -`) opens the row."""
    row = rows[at]
    lines = [row]
    if commas and at >= 2 and not row.label.strip() and _comma_piece(rows[at - 1]) is not None \
            and id(rows[at - 1]) not in rows_found and not rows[at - 2].has_figures():
        lines.insert(0, rows[at - 1])
    for later in rows[at + 1 :]:
        if id(later) in rows_found or (later.label.strip() and not (commas and _comma_piece(later) is not None)) \
                or not later.figures_after_label or not (later.stacked or later.spaced):
            break
        lines.append(later)
    return lines


def _pieces_read(row: Row, lines: list[Row], width: int) -> tuple[Row, list] | None:
    """The readings of the pieces and whole cells on the lines of `row` (`_wrapped_pieces_of_rows`, a table
    counting its cells), with a row of all its words for the messages; None where no two pieces stand in a row."""
    segments: list[tuple[bool, str]] = []  # (a piece, its text)
    for line in lines:
        if (piece := _comma_piece(line)) is not None:
            segments.append((True, piece))
        texts = [cell.text.strip() for cell in line.values() if cell.text.strip()]
        for text in texts:  # words one space apart are whole cells, on a spaced row or in one line's cell
            words = text.split()
            segments += [(False, word) for word in words] if line.spaced or len(words) > 1 else \
                [(is_wide_digits(text), text)]
    readings = _pieces_grouped(tuple(segments), width)
    if readings is None:
        return None
    cells = [RawCell(text, row.line) for _, text in segments]
    # its classes set, not worked out from the texts: a comma piece (`１,０`) is no label here
    labels = [] if _comma_piece(lines[0]) is not None else row.label_cells()
    return (Row([*labels, *cells], spaced=True, page=row.page, _label_cells=labels, _values=cells,
                _has_figures=True, _figures_after_label=True), list(readings))


def _is_blank_mark(text: str) -> bool:
    return read_count(text).state == BLANK and bool(text.strip())


@lru_cache(maxsize=1 << 10)
def _pieces_grouped(segments: tuple[tuple[bool, str], ...], width: int) -> tuple[R.Reading, ...] | None:
    """Every reading of the segments (a piece, or a whole cell) grouping each run of consecutive pieces into
    figures, making `width` cells that keep the row's sum; None where no two pieces stand in a row, or where
    the cuttings to try pass MAX_PIECE_READINGS."""
    runs: list[list[str] | str] = []
    for piece, text in segments:
        if piece and runs and isinstance(runs[-1], list):
            runs[-1].append(text)
        else:
            runs.append([text] if piece else text)
    if not any(isinstance(run, list) and len(run) > 1 for run in runs):
        return None  # no two pieces in a row: each line a whole figure, read as before
    if prod(2 ** (len(run) - 1) for run in runs if isinstance(run, list)) > MAX_PIECE_READINGS:
        return None  # bounded before the cuttings are built: a run of n pieces has 2^(n-1) of them
    readings = set(R.grouped_readings(segments, (width,), _count_or_blank, MAX_PIECE_READINGS) or ())
    # a tuple: the cache hands the same readings to every caller, none may change them
    return tuple(sorted(readings, key=lambda reading: [(v is None, v or 0) for v in reading]))


def _stacked_figures_by_the_sums(report: ParsedReport, rows: list[Row], read: dict, width: int,
                                 outcomes: tuple[str, ...], stacked_totals_cut: dict[str, RawCell],
                                 grouped: bool | None = None, first_column: FirstColumn | None = None) -> None:
    """`pdftotext -layout` of wide figures wrapped a digit (or a few) a line in narrow columns (Chromium:
    `２` above a row's line empty there, `０` below it, for 20): rows.py leaves the cells such pieces may
    belong to unknown, as which row owns a piece between two rows is not known from the text. Here each
    column's pieces (and the stacked-marked digits on rows' own lines) are shared out between the rows
    round them every way that keeps them in line order: a piece goes to the nearest row above or below
    (none past another row), those between two rows split at one point, each row's figure its pieces
    read top to bottom (never empty, never opening on a 0). Where every sharing that keeps every
    touched row's sum (APP_APPLICANT_SUM) reads a cell alike, it is set, recovered; else it stays
    unknown; a row no sharing reads (a piece of its figure not in the text) stays unknown and is not asked of
    the sharings. Rows with a cell unknown for another reason are left as they are. Where some sharings
    keep APP_OUTCOME_SUM and APP_BALANCE as well (the table's other rows as read, a rule needing a row
    unknown left out), only those are asked (`１` / total row / `２` / next row: 12 and 0, or 1 and 20,
    both keep their rows' sums; the balance keeps one); where none does (the report does not add up), the
    rows' sums alone, as before. A row whose total was read as cut at the page's edge from a stacked digit off
    its line (`stacked_totals_cut`: its total is its parts' sum all the same) shares in the pieces with that
    digit in its total's column: its sum then takes the pieces that are its own, where before they were no
    one's and held its neighbours back (`３` / row `２５ … ５` / `２` / `-` row / `１` / row `８ … ３` / `１`).
    Where its total is its one stacked cell (its parts all read on its line), its pieces need only lead its sum as
    the cut did: a piece of its figure lost with the page's edge, or over a page break, leaves it a sharing still
    (`１` / row `１１ … ` / `１` / row `２ … ２`: 1 leads 11, and the row below keeps its own `２`), where before it
    read in none and held back the rows beside its pieces. Such a reading sets none of its cells (a total
    misprinted and cut leads its parts' sum as well: the page cannot tell); with a part stacked too, its
    pieces must make its sum, as before (reading its parts would let its total be summed from them)."""
    touched: dict[str, tuple[int, list[int], list]] = {}  # key → (its own line, stacked columns, its fitted)
    # (each word where it stands: two narrow columns side by side may set their pieces one space apart, `１ ６`)
    pieces = {(cell.line, x): word for row in rows for cell in row.cells
              if cell.problem == STACKED and cell.x_glyphs is not None for word, x in _words_where_they_stand(cell)}
    if not pieces:
        return
    page_of = {cell.line: row.page for row in rows for cell in row.cells}
    replaced = _placed_by_the_pages_full_rows(read, width, pieces)
    replaced |= _placed_round_a_label_less_line(read, rows, width)
    # rows whose own line prints every cell, a piece off it fitted as one of them: their words are their cells
    full_lines = {key: cells for key, (row, fitted, problem, _) in read.items()
                  if key not in replaced and key not in stacked_totals_cut and row.aligned and not problem
                  and (cells := words_of_a_full_line(row, fitted, width, pieces)) is not None
                  and R.applicant_sum_holds(tuple(read_count(cell.text).value for cell in cells))}
    replaced |= full_lines
    # sparse rows (no column proven for their parts) whose total is stacked: the total alone, by the parts' sum
    sparse = _sparse_rows_round_a_stacked_total(read, rows, width, pieces, page_of, {*replaced, *stacked_totals_cut},
                                                first_column)
    for key, (row, fitted, problem, _) in read.items():
        if key in sparse:
            found = sparse[key]
            pieces |= {(word.line, word.x_glyphs): word.text for word in found.at_total}  # its total's digit on its line
            total = RawCell("", found.line, None, False, None, found.total_at, STACKED)
            touched[key] = (found.line, [width - 1], [*repeat(None, width - 1), total]) if found.first_at is None \
                else (found.line, [0, width - 1], [RawCell("", found.line, None, False, None, found.first_at, STACKED),
                                                   *repeat(None, width - 2), total])
            continue
        if key in replaced:
            fitted = replaced[key]
        elif not row.aligned or problem:
            continue
        elif key in stacked_totals_cut:
            fitted = [*fitted[:-1], stacked_totals_cut[key]]
        columns = [c for c, raw in enumerate(fitted) if raw is not None and raw.problem == STACKED]
        if (not columns and key not in full_lines) \
                or any(raw is None or (raw.problem and raw.problem != STACKED) for raw in fitted):
            continue
        own = [raw.line for raw in fitted if raw.problem != STACKED]
        touched[key] = (max(set(own), key=own.count) if own else row.line, columns, fitted)
    if not touched:
        return
    # the lines each row stands on (its label's, its figures'): a piece never goes to a row past another's line
    row_of_line = {line: key for key, (row, fitted, *_) in read.items() for line in
                   {row.line, *(raw.line for raw in fitted if raw is not None and raw.problem != STACKED)}}
    row_of_line |= {line: key for key, (line, _, _) in touched.items()}
    # a row's label opening on a line no row was read from (its row not found), no read row's label wrapped from
    # it onto that row's line (which opens no label): the pieces next to it may be its
    # (among the rows: the section's heading above them opens with its numbering too)
    starts = PB.aligned_sub_row_labels(rows)
    labels_at = [row.line for row, *_ in read.values()]
    unread = {line: f"line {line}" for line in starts if min(labels_at) < line < max(labels_at)
              and line not in row_of_line
              and not any(below in row_of_line and below not in starts for below in (line + 1, line + 2))}
    row_of_line |= unread
    row_lines = sorted(row_of_line)
    # a row next to a piece with a cell left unread for another reason may own it: that piece is no one's here,
    # and the touched rows next to it are left as they are (whose it is decides their figures), and so on
    blocked = {key for key, (row, fitted, problem, _) in read.items() if key not in touched
               and (problem or any(raw is None or raw.problem for raw in fitted))} | set(unread.values())
    # (and the rows next to such a line: a piece on it may be its row's middle glyph, or theirs)
    blocked |= {row_of_line[row_lines[i]] for line in unread for at in [row_lines.index(line)]
                for i in (at - 1, at + 1) if 0 <= i < len(row_lines)}
    # a row whose 自然人 and 总计 are both stacked keeps its sum without a line of pieces holding a digit of each
    # (`１ … １` / row `２ … １ ３ … ６`: 12 + 1 + 3 = 16, and 2 + 1 + 3 = 6): one a piece beside it may have been
    # taken from (no one's here) is left as it is too
    two_stacked = {key for key in touched if key in sparse and sparse[key].first_at is not None}
    pieces_only = {key for key in two_stacked if sparse[key].pieces_only}
    while True:
        bad = {place for place in pieces if blocked & _rows_beside(place[0], row_lines, row_of_line)}
        grown = blocked.union(*(_rows_beside(line, row_lines, row_of_line) for line, _ in bad))
        grown |= {key for key in two_stacked for line, _ in bad
                  if abs(line - touched[key][0]) <= 1 or key in _rows_beside(line, row_lines, row_of_line)}
        if grown == blocked:
            break
        blocked = grown
    touched = {key: value for key, value in touched.items() if key not in blocked}
    pieces = {place: text for place, text in pieces.items() if place not in bad}
    if not touched:
        return
    own_lines = sorted((line, key) for key, (line, _, _) in touched.items())
    # each column stacked in a touched row, page by page (a page without the header sets its own columns): where
    # its touched rows' cells stand (a long label may push a row's figures a glyph or more along); a piece joins
    # the one column of its page standing near it
    standing: dict[tuple[int, int], list[float]] = {}
    for line, stacked, fitted in touched.values():
        for c in stacked:
            standing.setdefault((page_of.get(line, 0), c), []).append(fitted[c].x_glyphs)
    columns_at = sorted((page, min(xs), c, xs) for (page, c), xs in standing.items())
    clusters: list[list[tuple[int, str]]] = [[] for _ in columns_at]
    for (line, x), text in sorted(pieces.items()):
        page = page_of.get(line, 0)
        near = [i for i, (at_page, _, _, xs) in enumerate(columns_at)
                if at_page == page and min(abs(other - x) for other in xs) <= 2]
        if len(near) > 1:  # two narrow columns side by side: the one its piece stands in (where their cells stand)
            near = [i for i in near if min(abs(other - x) for other in columns_at[i][3]) < 0.5]
        if len(near) != 1:
            return  # a piece in a column no touched row leaves unknown, or near two: whose it is, not known
        clusters[near[0]].append((line, text))
    # each cluster: the touched rows of its page it may go to, by line; the ways of sharing its pieces out
    sharings: list[list[dict[str, str]]] = []
    for (page, _, column, _), entries in zip(columns_at, clusters):
        owners = [(line, key) for line, key in own_lines if column in touched[key][1] and page_of.get(line, 0) == page]
        ways = _shared_out(entries, owners, row_of_line, pieces_only)
        if not ways:
            return
        sharings.append(ways)
    if prod(len(ways) for ways in sharings) > MAX_PIECE_READINGS:
        return
    tried: list[dict[str, tuple | None]] = []  # each sharing: each touched row's reading, None where it fails
    # cut rows some sharing reads by its pieces leading their sum: their total is not the sharing's to prove (a
    # misprinted total, cut, leads its parts' sum all the same)
    cut_short: set[str] = set()
    for combination in product(*sharings):
        values: dict[str, dict[int, Decimal | None]] = {key: {} for key in touched}
        bad = set()
        cut_figures: dict[str, str] = {}  # a cut row's total as its pieces read in this sharing
        for (_, _, column, _), way in zip(columns_at, combination):
            for key, figure in way.items():
                cell = read_count(figure)
                if not (figure.isdigit() and cell.state == VALUE and not R.opens_on_a_zero(figure)) \
                        and not (cell.state == BLANK and _is_blank_mark(figure)):
                    bad.add(key)  # a mark with a piece joined, or a figure opening on a 0
                values[key][column] = cell.value
                if key in stacked_totals_cut and column == width - 1:
                    cut_figures[key] = figure
        found: dict[str, tuple | None] = {}
        for key, (_, stacked, fitted) in touched.items():
            reading = None
            if key in sparse and sparse[key].pieces_only and not values[key]:
                reading = (None,) * width  # no piece its own: a row printing nothing, every cell blank
            elif key not in bad and set(values[key]) == set(stacked) and key in sparse and sparse[key].first_at is not None:
                # 自然人's figure where it stands, its other parts' sum where the next part would stand: its sum
                # checks the total, and only the two stacked cells are set (its other parts' columns unproven;
                # a row printing nothing but the pieces has none, every other cell blank)
                reading = (values[key][0], sparse[key].parts or None, *repeat(None, width - 3), values[key][width - 1])
            elif key not in bad and set(values[key]) == set(stacked) and key in sparse:
                # its parts' sum where its first part would stand: its sum checks the total, and only the total
                # is set (its parts' columns unproven)
                reading = (sparse[key].parts, *repeat(None, width - 2), values[key][width - 1])
            elif key not in bad and set(values[key]) == set(stacked):
                reading = tuple(values[key][c] if c in values[key] else read_count(fitted[c].text).value
                                for c in range(width))
            if reading is not None and key in cut_figures and stacked == [width - 1] \
                    and not R.applicant_sum_holds(reading):
                summed = sum(filter(None, reading[:-1]), Decimal(0))
                cut = RawCell(cut_figures[key], stacked_totals_cut[key].line)
                reading = (*reading[:-1], summed) if CT.leads_the_sum(cut, int(summed), grouped) else None
                if reading is not None:
                    cut_short.add(key)
            found[key] = reading if reading is not None and R.applicant_sum_holds(reading) else None
        tried.append(found)
    # a row no sharing reads (a piece of its figure not found) stays unknown and holds no sharing back: the others
    # are read by the sharings keeping every other row's sum, which only adds sharings to choose from
    readable = {key for key in touched if any(found[key] is not None for found in tried)}
    # …but the pieces beside such a row may be its own (its total cut at the page's edge keeps its sum from ever
    # holding: `１,１２` / row / `０`): a row beside them is read only where no such piece stands beside it, else
    # the sharings that give that row's pieces away read it short (`０` + a cut total's `０`: 0 for 1,120)
    unread = set(touched) - readable
    held = {key for line, _ in pieces for key in _rows_beside(line, row_lines, row_of_line)
            if unread & _rows_beside(line, row_lines, row_of_line)} - unread
    readings: dict[str, set] = {key: set() for key in touched}
    complete = [found for found in tried if all(found[key] is not None for key in readable)]
    # a sparse row's parts are unknown to the column rules (its reading holds their sum, not their columns)
    masked = [{key: None if key in sparse and not sparse[key].pieces_only else reading
               for key, reading in found.items()} for found in complete]
    keeping = _sharings_keeping_the_column_rules(report, masked, outcomes, fall_back=False)
    kept = {id(found) for found in keeping or masked}
    # …nor its sum alone reads it: where no sharing keeps the column rules, it is not read
    unproven = pieces_only if not keeping else set()
    for found in (found for found, hidden in zip(complete, masked, strict=True) if id(hidden) in kept):
        for key in readable - held - unproven:
            readings[key].add(found[key])
    cells = {(cell.row, cell.column): cell for cell in report.cells if cell.table == "applications" and cell.row in touched}
    for key, (_, stacked, fitted) in touched.items():
        if not readings[key]:
            continue
        settled = [c for c in (range(width) if key in replaced or (key in sparse and sparse[key].pieces_only)
                               else stacked)
                   if len({reading[c] for reading in readings[key]}) == 1 and not (key in cut_short and c == width - 1)]
        reading = next(iter(readings[key]))
        for c in settled:
            cell = cells.get((key, L.APPLICANT_KEYS[c]))
            if cell is not None and cell.state == UNKNOWN:
                cell.value, cell.state = reading[c], BLANK if reading[c] is None else RECOVERED
        if settled:
            shown = {L.APPLICANT_KEYS[c]: None if reading[c] is None else int(reading[c]) for c in settled}
            report.warn("cells_recovered", f"table 3 {key}: wide figures wrapped a digit a line round its row, "
                        f"their pieces shared out between the rows round them as every row's sum allows: {shown}, "
                        "marked recovered", touched[key][0])


class FirstColumn(NamedTuple):
    """Where the header of its page proves 自然人's column stands: the header's anchors, its page."""
    anchors: tuple[float, ...]
    page: int


class _SparseStacked(NamedTuple):
    """A sparse row whose total is stacked round its line (`_sparse_rows_round_a_stacked_total`)."""
    line: int  # the line of its parts (a row printing nothing but pieces: its label's, between them)
    parts: Decimal  # the sum of its parts on that line (自然人's stacked figure not among them)
    total_at: float  # where its total's column stands
    at_total: list[RawCell]  # its line's word in that column: a digit of its total
    first_at: float | None = None  # where 自然人's column stands, its figure stacked too
    pieces_only: bool = False  # it prints nothing but the pieces of those two figures


def _sparse_rows_round_a_stacked_total(read: dict, rows: list[Row], width: int, pieces: dict[tuple[int, float], str],
                                       page_of: dict[int, int], skipped: set[str],
                                       first_column: FirstColumn | None = None) -> dict[str, _SparseStacked]:
    """Rows no header placed (`N figures for 7 columns`), their blank cells printing nothing, with stacked pieces
    beside them (`２` / `２３ ２ １` / `６`), where `stacked_total.sum_before_a_stacked_total` proves the pieces'
    column its total's. Its parts: its words on its one line, or, its own line holding pieces only, the words of
    the one line of figures beside it that no row takes, no row's line past it either (a row's figures centred
    between its label's lines). Which pieces are its total's is left to the rows' sums.

    With `first_column` (a header whose 自然人 column's place is proven), pieces beside the row left of every word
    of its line, all standing under 自然人 on the header's page, are 自然人's figure stacked too (`２ … ２` /
    `新收… １ … １` / `６ … ８`); so too a row printing nothing but pieces in those two columns on its own line, its
    one-line label just above it and pieces above that (`１ … １` / `（一）予以公开` / `９ … ９`), no line of figures
    beside it: its parts' line is its label's, and the pieces round it may all be its neighbours'."""
    row_of_line = {line: key for key, (row, fitted, *_) in read.items()
                   for line in {row.line, *(raw.line for raw in fitted if raw is not None)}}
    row_lines = sorted(row_of_line)
    label_less: tuple | None = None
    found = {}
    for key, (row, fitted, problem, code) in read.items():
        if key in skipped or not (row.aligned and problem and code == "unaligned_cells") \
                or any(raw is not None for raw in fitted):
            continue
        own = [cell for cell in row.values() if not cell.is_empty and cell.problem != STACKED]
        pieces_only = False
        if own:
            if len({cell.line for cell in own}) != 1 or any(cell.x_glyphs is None for cell in own):
                continue
            line = own[0].line
            words = [RawCell(word, line, None, False, None, x, cell.problem)
                     for cell in own for word, x in _words_where_they_stand(cell)]
        else:
            if label_less is None:
                label_less = _label_less_lines(read, rows)
            taken, bare = label_less
            lines = [line for line in (row.line - 1, row.line + 1) if line in bare and line not in taken]
            if not lines and first_column is not None and _prints_pieces_round_its_label(row, pieces, bare, taken):
                line, words, pieces_only = row.line - 1, [], True
            elif len(lines) != 1 or 2 * lines[0] - row.line in taken:
                continue
            else:
                line = lines[0]
                words = [RawCell(word, line, None, False, None, x) for word, x in bare[line]]
        beside = [(at, x, text) for (at, x), text in pieces.items()
                  if abs(at - line) <= 1 or key in _rows_beside(at, row_lines, row_of_line)]
        page_pieces = [x for at, x in pieces if page_of.get(at, 0) == page_of.get(line, 0)]
        first_at = None
        if first_column is not None and words:
            left = min(word.x_glyphs - len(word.text) / 2 for word in words)
            first = [x for _, x, text in beside if x + len(text) / 2 <= left - 1]
            first_at = _under_the_first_column(first, page_of.get(line, 0), first_column)
        elif pieces_only:
            first_at = _under_the_first_column([min(x for _, x, _ in beside)], page_of.get(line, 0), first_column)
            if first_at is None:
                continue
        if first_at is not None:  # 自然人's pieces apart: the others are the total's, its column one of its own
            if _under_the_first_column([x for _, x, _ in beside if abs(x - first_at) < NEXT_COLUMN],
                                       page_of.get(line, 0), first_column) is None:
                continue  # a piece near them under no proven 自然人: whose column it is, not known
            beside = [(at, x, text) for at, x, text in beside if abs(x - first_at) >= NEXT_COLUMN]
            page_pieces = [x for x in page_pieces if abs(x - first_at) >= NEXT_COLUMN]
        if (proven := sum_before_a_stacked_total(words, beside, page_pieces, width, first_at is not None)) is not None:
            found[key] = _SparseStacked(line, *proven, first_at, pieces_only)
    return found


def _under_the_first_column(centres: list[float], page: int, first_column: FirstColumn) -> float | None:
    """Where pieces stand (their centres, in glyphs), all in one column on the header's page clearly under
    自然人's header; None unless so."""
    if not centres or page != first_column.page or max(centres) - min(centres) >= SAME_COLUMN:
        return None
    return min(centres) if all(_nearest_column(first_column.anchors, x) == 0
                               and stands_clearly_under(first_column.anchors, x) for x in centres) else None


def _prints_pieces_round_its_label(row: Row, pieces: dict[tuple[int, float], str], bare: dict, taken: set[int]
                                   ) -> bool:
    """A row whose own line holds nothing but pieces, in two columns, the line above it (its label's) no row's
    and no piece's, and pieces in the same two columns on the line above that: two-glyph figures stacked round a
    one-line label."""
    cells = [cell for cell in row.values() if not cell.is_empty]
    if not cells or any(cell.problem != STACKED or cell.line != row.line or cell.x_glyphs is None for cell in cells):
        return False
    at = sorted(cell.x_glyphs for cell in cells)
    above = sorted(x for (line, x) in pieces if line == row.line - 2)
    return len(at) == 2 and len(above) == 2 and all(abs(a - b) < SAME_COLUMN for a, b in zip(at, above)) \
        and row.line - 1 not in taken and row.line - 1 not in bare and not any(line == row.line - 1 for line, _ in pieces)


def _label_less_lines(read: dict, rows: list[Row]) -> tuple[set[int], dict[int, list[tuple[str, float]]]]:
    """The lines the read rows stand on, and the lines of figures (or blank marks) only, on one line, no label
    there: line → its words, each with its centre in glyphs."""
    lines_taken = {line for row, fitted, _, _ in read.values()
                   for line in {row.line, *(raw.line for raw in fitted if raw is not None)}}
    label_less: dict[int, list[tuple[str, float]]] = {}
    for row in rows:
        if row.aligned and row.cells and len({cell.line for cell in row.cells}) == 1 \
                and all(cell.x_glyphs is not None and cell.problem is None for cell in row.cells):
            words = [word for cell in row.cells for word in _words_where_they_stand(cell)]
            if all(read_count(word).state in (VALUE, BLANK) for word, _ in words):
                label_less[row.cells[0].line] = words
    return lines_taken, label_less


def _placed_round_a_label_less_line(read: dict, rows: list[Row], width: int) -> dict[str, list]:
    """Rows whose own line holds only stacked pieces of wide figures (`新收…数量 ２ … ２`), their other figures
    on a line of their own just above or below it, no label there (`０ ０ ０ ０ ０`: `pdftotext -layout` sets
    such a line's figures apart from the labelled lines' columns, so where they stand proves no column):
    placed in order across the row, each stacked column where its piece stands left or right of every
    figure of that line (each at least two glyphs from each), the pieces as many as the columns the line
    leaves. Each key → its fitted cells, the stacked ones empty, to be filled from the pieces."""
    lines_taken, label_less = _label_less_lines(read, rows)
    placed = {}
    for key, (row, fitted, problem, code) in read.items():
        if not (row.aligned and problem and code == "unaligned_cells") or any(raw is not None for raw in fitted):
            continue
        own = [cell for cell in row.values() if cell.line == row.line]
        if not own or any(cell.problem != STACKED or cell.x_glyphs is None for cell in own) \
                or len(own) != len(row.values()):
            continue
        beside = [line for line in (row.line - 1, row.line + 1) if line in label_less and line not in lines_taken]
        if len(beside) != 1 or len(label_less[beside[0]]) + len(own) != width:
            continue
        words = label_less[beside[0]]
        if any(abs(cell.x_glyphs - x) < 2 for cell in own for _, x in words) \
                or any(abs(a.x_glyphs - b.x_glyphs) < 2 for a, b in combinations(own, 2)):
            continue
        across = sorted([(cell.x_glyphs, RawCell("", row.line, None, False, None, cell.x_glyphs, STACKED)) for cell in own]
                        + [(x, RawCell(word, beside[0], None, False, None, x)) for word, x in words],
                        key=lambda item: item[0])
        placed[key] = [cell for _, cell in across]
    return placed


def _placed_by_the_pages_full_rows(read: dict, width: int, pieces: dict[tuple[int, float], str]) -> dict[str, list]:
    """Rows whose figures no header placed (`N figures for 7 columns`: a stacked figure left its column empty on
    the row's line), placed where every row of the page filling all its columns on one line stands the same (its
    columns proven, each within a glyph and a half): each cell of the row's line in the column it stands in, the empty
    ones (a stacked piece on the line above or below there) to be filled from the pieces (a cell stacked,
    empty). Each key → its fitted cells."""
    at = _columns_of_the_pages_full_rows(read, width)
    placed = {}
    for key, (row, fitted, problem, code) in read.items():
        if not (row.aligned and problem and code == "unaligned_cells") or any(raw is not None for raw in fitted):
            continue
        # the line of the row's figures (the pieces pulled from the lines round it are shared out apart), its words
        # one space apart (`９４ ４７`, narrow columns) each a cell where it stands
        line = _figures_line(row)
        words = [RawCell(word, cell.line, None, False, None, centre, cell.problem)
                 for cell in row.values() if cell.line == line and cell.x_glyphs is not None
                 for word, centre in _words_where_they_stand(cell)]
        if row.page not in at:
            # no column proven by the page's full rows: only a total stacked right of every word the line prints
            if line == row.line and (cells := words_before_stacked_figures(row, words, width, pieces)) is not None:
                placed[key] = cells
            continue
        xs, cells = at[row.page], [None] * width
        if not width - 2 <= len(words) < width:
            continue  # a stacked figure or two leaves its column empty on the row's line, no more
        for word in words:
            c = min(range(width), key=lambda c: abs(xs[c] - word.x_glyphs))
            if abs(xs[c] - word.x_glyphs) > 1.5 or cells[c] is not None:
                break
            cells[c] = word
        else:
            if all(any(abs(at_line - line) == 1 and abs(x - xs[c]) <= 1.5 for at_line, x in pieces)
                   for c in range(width) if cells[c] is None):
                placed[key] = [cell if cell is not None else RawCell("", line, None, False, None, xs[c], STACKED)
                               for c, cell in enumerate(cells)]
            elif line == row.line and [c for c in range(width) if cells[c] is None] == list(range(len(words), width)) \
                    and (own := words_before_stacked_figures(row, words, width, pieces)) is not None:
                # a wide total's pieces set two glyphs or more right of its column (`６` / `５５ … ０` / `０` over a
                # column at 53.5, its pieces at 55.5): the page's columns leave the last ones empty, and the row's
                # own line proves its pieces stand there (all right of its last word)
                placed[key] = own
    return placed


def _figures_line(row: Row) -> int:
    """The line of a row's figures: its own, or, where its own holds its label and stacked pieces only, the one line
    next to it holding all its other figures (a label wrapped over three lines, its figures on the middle one and a
    stacked total's pieces on the label's lines round it: `1.本机关不掌握相关政府 … １` / `１２ ０ ３ … ０` / `信息 … ５`)."""
    lines = {cell.line for cell in row.values() if not cell.is_empty and cell.problem != STACKED}
    if len(lines) == 1 and abs(next(iter(lines)) - row.line) == 1 \
            and all(cell.problem == STACKED for cell in row.values() if cell.line == row.line):
        return lines.pop()
    return row.line


def _short_rows_by_the_pages_full_rows(report: ParsedReport, rows: list[Row], read: dict, width: int,
                                       poppler_pages: bool) -> None:
    """`pdftotext -layout` of a table whose header proves no column (Chromium's narrow packed header) and whose
    rows mostly print all their cells: a row printing fewer words on its line than columns, and nothing on the
    lines round it (no stacked piece), left unknown by its sum (`０ ０ ０ ０ ０ ０`: which cell printed nothing?),
    is placed where the page's full rows stand (`_columns_of_the_pages_full_rows`) only where its words fit one
    set of columns, each word within a glyph and a half of its column and at most half as far from it as from
    any other, and no other set of columns fits their spacing (within a glyph and a half) even shifted along the
    line (a label pushing the row's figures; left of their columns, in poppler's pages, only where a full row's
    longer label may have pushed it further, `_full_rows_pushed_further`; nor, for a row set clear of its label,
    where a word would stand where the full rows set the column before its own, `_stands_where_the_column_before_does`):
    the columns it prints nothing under are blank where its sum then
    holds, else, where it prints no total (its sum checks nothing then), unknown (a blank that printed nothing or
    a cell lost: which, the text does not say) and only the words it prints are read. Its cells are marked
    recovered."""
    unplaced = [key for key, (row, fitted, problem, code) in read.items() if row.aligned and problem
                and code == "unaligned_cells" and row.line is not None and all(raw is None for raw in fitted)]
    if not unplaced or not (at := _columns_of_the_pages_full_rows(read, width)):
        return
    stacked_lines = {cell.line for row in rows for cell in row.cells if cell.problem == STACKED}
    cells = {(cell.row, cell.column): cell for cell in report.cells if cell.table == "applications"}
    for key in unplaced:
        row = read[key][0]
        if row.page not in at or any(abs(line - row.line) <= 2 for line in stacked_lines):
            continue
        values = row.filled_values()
        if not values or any(cell.line != row.line or cell.x_glyphs is None or cell.problem for cell in values):
            continue
        words = [word for cell in values for word in _words_where_they_stand(cell)]
        if not 0 < len(words) < width:
            continue
        xs = at[row.page]
        # every set of columns the words' spacing fits, shifted along the line as a label may push them; pushed
        # right of their columns only where the first word stands just past the label's end (poppler sets a
        # block 3 glyphs past the blocks wholly left of it): words standing clear of their label were not pushed;
        # left of them too, unless the page is pdftotext's (`poppler_pages`) and the row's words were set just
        # past its label (LibreOffice's narrow label column): then only where a full row was pushed further by a
        # label ending further along its line
        pushed = _just_past_its_label(row, words[0][1] - len(words[0][0]) / 2)
        left_of_them = not (poppler_pages and pushed) or _full_rows_pushed_further(read, row, width)
        # poppler's order of the words of a page (`_stands_where_the_column_before_does`) is trusted only for a row
        # set clear of its label and starting no further left than the full rows' first column: a row starting left
        # of it, or just past its label, may have been set in its label's block (`_figures_in_their_labels_block`)
        in_the_full_rows_block = poppler_pages and not pushed and words[0][1] >= xs[0] - 1.5
        fitting = [columns for columns in combinations(range(width), len(words))
                   if max(offsets := [x - xs[c] for (_, x), c in zip(words, columns, strict=True)]) - min(offsets)
                   <= 1.5 and (left_of_them or min(offsets) >= -1.5) and (pushed or offsets[0] <= 1.5)]
        if in_the_full_rows_block and len(fitting) > 1:
            fitting = _kept_by_poppler_order(words, fitting, xs, width)
        # each word within a glyph and a half of its column, and clearly nearer it than any other (half as far)
        if len(fitting) != 1 or any(abs(x - xs[c]) > min(1.5, min(abs(x - other) for other in xs[:c] + xs[c + 1:]) / 2)
                                    for (_, x), c in zip(words, fitting[0], strict=True)):
            continue
        read_words = [read_count(text) for text, _ in words]
        if any(cell.state not in (VALUE, BLANK) for cell in read_words):
            continue
        reading: list[Decimal | None] = [None] * width
        for c, cell in zip(fitting[0], read_words, strict=True):
            reading[c] = cell.value
        # the columns it prints nothing under: blank where the row's sum holds so, else not known; a row printing
        # its total that fails its sum may stand in other columns (its sum checked where its total stands)
        unprinted_blank = R.applicant_sum_holds(tuple(reading))
        printed = set(fitting[0])
        if not unprinted_blank and width - 1 in printed:
            continue
        targets = [cells.get((key, applicant)) for applicant in L.APPLICANT_KEYS]
        # unknown, or read alike already: recovered by the splits the rules left (`15 splits …, all with {'total': 5}`),
        # or what every placing keeping the column rules agrees on (blank or recovered; the rest left unknown)
        if any(cell is None or (cell.state != UNKNOWN and not (cell.state in (RECOVERED, BLANK) and cell.value == value))
               for cell, value in zip(targets, reading, strict=True)):
            continue
        for column, (cell, value) in enumerate(zip(targets, reading, strict=True)):
            if column in printed or unprinted_blank:
                cell.value, cell.state = value, BLANK if value is None else RECOVERED
        shown = {L.APPLICANT_KEYS[c]: None if v is None else int(v) for c, v in enumerate(reading)
                 if c in printed or unprinted_blank}
        others = "the others blank" if unprinted_blank else \
            "the others unknown (its sum does not hold with them blank: a cell lost, or a total printed blank)"
        report.warn("cells_recovered", f"table 3 {key}: {len(words)} figures for {width} columns placed where the "
                    f"page's full rows stand (one set of columns fits their spacing), {others}: {shown}, "
                    "marked recovered", row.line)


FIGURES_IN_LABEL_BLOCK = ("its first figures stand left of where the page's other rows start their first column: "
                          "pdftotext set them in its label's block (a label wrapped round its line of figures), the "
                          "others where their own blocks stand, so the line's order is not its columns' order")

def _figures_in_their_labels_block(read: dict, width: int, rows: list[Row]) -> set[str]:
    """`pdftotext -layout` rows printing a word for every column whose first figure starts GUTTER or more left of
    where every other such row of its page starts its first, and its second figure left of it too (a row whose
    short label pushed its first figure less than the others' long labels pushed theirs has one figure there) (`四、结转下年度继续办      ３   - ２      ２  -  -   ７`
    under `（七）总计         ９９    ２   ４ …`, LibreOffice's PDF of a DOCX: the label's block took the row's
    first figures, set after the label's glyphs; another column's figure, a block of its own, stands where
    poppler set that block, among them): read in order, its cells would go to other columns, so they are
    unknown. A column's figures never start left of that column's own block on their page otherwise. Rows are
    compared only with rows of their own table, no header line between them (a report printing each row as a
    table of its own, its header over it, sets each row's columns apart), and a row only where its first figure
    stands apart from its label (two spaces or more) on its line."""
    firsts: dict[str, tuple[int, int, float]] = {}
    seconds: dict[str, float] = {}  # where each such row's second figure starts
    apart: set[str] = set()  # rows whose first figure stands two or more spaces after their label's last word
    for key, (row, _, _, _) in read.items():
        values = row.values()
        # rows measured in glyphs, as pdftotext sets them (a rendering padded by display width is not poppler's)
        if row.aligned and row.line is not None and len(values) == width and values[0].columns is len \
                and glyphs_of(values[0]) is not None:
            start = _left_edges(values[0])[0]
            firsts[key] = (row.page, row.line, start)
            seconds[key] = _left_edges(values[1])[0]
            labels = [cell for cell in row.label_cells() if cell.line == values[0].line and cell.x is not None]
            if labels and start - (labels[-1].x + len(labels[-1].text) / 2) >= 2:
                apart.add(key)
    if len(firsts) < 2:
        return set()
    headers = [row.line for row in rows if row.line is not None and not row.has_figures()
               and _HEADER_WORD_RE.search(L.squash(row.label))]
    found = set()
    for key, (page, line, start) in firsts.items():
        if key not in apart:
            continue  # `予以公开 290  1 …`: a figure one space after its label, set in one run with it, as a
            # report printing each row as a table of its own sets it (its position says nothing of a column)
        others = [other_start for other, (other_page, other_line, other_start) in firsts.items()
                  if other != key and other_page == page
                  and not any(min(line, other_line) < header < max(line, other_line) for header in headers)]
        if others and start <= min(others) - GUTTER and seconds[key] < min(others):
            found.add(key)
    return found


def _in_order_rows_crossing(read: dict, width: int, rows: list[Row]) -> dict[str, set[int]]:
    """`pdftotext -layout` rows read in order, a word for every column on one line, whose figures start at a glyph
    column where another such row of their page sets a figure of another column (page_order.columns_crossed): the
    columns of each doubted row that no undoubted row confirms. Rows are compared only with rows of their own
    table, no header naming the applicants between them (a report printing each row as a table of its own)."""
    headers = [row.line for row in rows if row.line is not None and not row.has_figures()
               and _names_the_applicants(_texts_of(row.label_cells()))]
    by_part: dict[tuple[int, int], dict[str, tuple[float, ...]]] = {}
    for key, (row, fitted, problem, _) in read.items():
        values = row.values()
        if problem or not row.aligned or row.line is None or not values or len(fitted) != width \
                or any(raw is None for raw in fitted) or len({value.line for value in values}) != 1 \
                or values[0].columns is not len:
            continue
        starts = _word_starts(values)
        if starts is None or [text for text, _ in starts] != [raw.text.strip() for raw in fitted]:
            continue
        part = sum(header < row.line for header in headers)
        by_part.setdefault((row.page, part), {})[key] = tuple(start for _, start in starts)
    crossed: dict[str, set[int]] = {}
    for starts_of in by_part.values():
        crossed.update(columns_crossed(starts_of))
    return crossed


@lru_cache(maxsize=1 << 12)  # asked of every line without figures of a table `pdftotext -layout` set: they recur
def _names_the_applicants(label_texts: tuple[str, ...]) -> bool:
    """Whether a line's label cells (their texts) are the header naming the applicant columns."""
    return _is_applicant_header(label_texts, L.squash("".join(label_texts)))


def _word_starts(values: list[RawCell]) -> list[tuple[str, float]] | None:
    """Each word of a row's cells (`２ ６０`, one space apart, two words) with the glyph column it starts at, as
    pdftotext set it; None where a word is not one figure or blank mark, or a cell was not measured."""
    found = []
    for value in values:
        text = value.text.strip()
        if value.x_glyphs is None or value.problem or not text:
            return None
        left = value.x_glyphs - len(text) / 2
        for word in re.finditer(r"\S+", text):
            if read_count(word.group(), signed=True).state not in (VALUE, BLANK):
                return None
            found.append((word.group(), left + word.start()))
    return found


def _full_rows_pushed_further(read: dict, row: Row, width: int) -> bool:
    """Whether a row of the page printing all its cells on one line (whose columns place `row`'s words) may
    stand further along its line than `row` would: its first figure just past its label's end, the label
    ending past `row`'s. Otherwise poppler sets a word no further left than any word of its page starting
    where it does or left of it, so `row`'s words never stand left of the columns those rows set."""
    own_end = _label_end(row)
    for other, fitted, _, _ in read.values():
        if other.page != row.page or other is row or len(fitted) != width \
                or not _prints_every_cell_on_one_line(other, fitted):
            continue
        first = fitted[0]
        if _just_past_its_label(other, first.x_glyphs - len(first.text.strip()) / 2) and \
                (own_end is None or (_label_end(other) or 0) > own_end):
            return True
    return False


def _label_end(row: Row) -> float | None:
    """The glyph where the label's words on the row's own line end (None: no label word there)."""
    ends = [cell.x_glyphs + len(cell.text) / 2 for cell in row.label_cells()
            if cell.line == row.line and cell.x_glyphs is not None]
    return max(ends, default=None)


def _stands_where_the_column_before_does(words: list[tuple[str, float]], columns: tuple[int, ...],
                                         xs: list[float]) -> bool:
    """Whether a word given column c stands less than half a glyph right of where the page's full rows set column
    c - 1 (`xs`, each within a glyph and a half of every full row's word there). Poppler sets a word starting right
    of another's end at least one glyph past that end, so a word of column c stands at least two glyphs (half of
    each word's width and the glyph between) right of each full row's word of column c - 1, and so at least half a
    glyph right of `xs[c - 1]`: a placing putting it nearer is not how poppler set the page (a row shifted a column
    along its line, `- - - - -` where the full rows' first five columns stand)."""
    return any(c > 0 and x < xs[c - 1] + 0.5 for (_, x), c in zip(words, columns, strict=True))


def _kept_by_poppler_order(words: list[tuple[str, float]], fitting: list[tuple[int, ...]], xs: list[float],
                           width: int) -> list[tuple[int, ...]]:
    """The one set of columns among `fitting` (each fitting the words' spacing) putting none of the words where the
    page's full rows set the column before its own (`_stands_where_the_column_before_does`), where the row's sum
    holds with its other cells blank; else `fitting` as it was. A text packing a row's figures along its line (not
    poppler's) sets them a column left of their own, under the full rows' earlier columns: its sum, the blank cell
    it skipped put last, then fails as placed there (`1 0 0 0 0 1` for `- 1 0 0 0 0 1`), and the row stays unknown."""
    kept = [columns for columns in fitting if not _stands_where_the_column_before_does(words, columns, xs)]
    if len(kept) != 1:
        return fitting
    reading: list[Decimal | None] = [None] * width
    for c, (text, _) in zip(kept[0], words, strict=True):
        reading[c] = read_count(text).value
    return kept if R.applicant_sum_holds(tuple(reading)) else fitting


def _just_past_its_label(row: Row, left: float) -> bool:
    """Whether a word starting at glyph `left` on the row's line stands at most 3 glyphs past the end of the
    label before it (a label wider than its column pushes the figures after it along the line)."""
    ends = [cell.x_glyphs + len(cell.text) / 2 for cell in row.label_cells()
            if cell.line == row.line and cell.x_glyphs is not None and cell.x_glyphs < left]
    return bool(ends) and left - max(ends) <= 3


def _shared_out(entries: list[tuple[int, str]], owners: list[tuple[int, str]], row_of_line: dict[int, str],
                optional: Collection[str] = ()) -> list[dict[str, str]]:
    """The ways of sharing a column's pieces (line, text) out between the rows that may own them (their own
    lines, in order): a piece on an owner's own line is its; one between two owners goes to either, those
    between them split at one point; one before the first owner or after the last is that owner's; a piece
    with another row's line between it and an owner cannot be that owner's. Each way:
    key → its figure's text; none where the ways to try pass MAX_PIECE_READINGS. An owner in `optional` (a row
    printing nothing but pieces, which may all be its neighbours') may own none: it is then left out of the way."""
    if not owners:
        return []
    lines = [line for line, _ in owners]
    between: dict[int, list[tuple[int, str]]] = {}  # index of the owner above (-1: above the first) → pieces
    fixed: dict[str, list[tuple[int, str]]] = {key: [] for _, key in owners}
    for line, text in entries:
        if line in lines:
            fixed[owners[lines.index(line)][1]].append((line, text))
            continue
        above = bisect_left(lines, line) - 1
        between.setdefault(above, []).append((line, text))
    choices: list[list[dict[str, list]]] = []
    for above, pieces in between.items():
        upper = owners[above] if above >= 0 else None
        lower = owners[above + 1] if above + 1 < len(owners) else None
        options = []
        for cut in range(len(pieces) + 1):  # pieces[:cut] go up, the rest down
            up, down = pieces[:cut], pieces[cut:]
            if (up and (upper is None or _another_row_between(upper, up[-1][0], row_of_line))) or \
                    (down and (lower is None or _another_row_between(lower, down[0][0], row_of_line))):
                continue
            options.append({**({upper[1]: up} if up else {}), **({lower[1]: down} if down else {})})
        if not options:
            return []
        choices.append(options)
    if prod(len(options) for options in choices) > MAX_PIECE_READINGS:
        return []  # bounded before the walk, as the sharings kept are counted only along it
    ways = []
    for combination in product(*choices):
        parts = {key: list(own) for key, own in fixed.items()}
        for option in combination:
            for key, pieces in option.items():
                parts[key] += pieces
        if any(not pieces for key, pieces in parts.items() if key not in optional):
            continue  # a stacked cell with no digit at all: not a figure
        ways.append({key: "".join(text for _, text in sorted(pieces)) for key, pieces in parts.items() if pieces})
    return ways


def _rows_beside(line: int, row_lines: list[int], row_of_line: dict[int, str]) -> set[str]:
    """The rows standing on the lines just above a line and on it or just below it."""
    index = bisect_left(row_lines, line)
    return {row_of_line[row_lines[i]] for i in (index - 1, index) if 0 <= i < len(row_lines)}


def _another_row_between(owner: tuple[int, str], line: int, row_of_line: dict[int, str]) -> bool:
    """Whether a line of another row than the owner (its own line, its key) stands between it and the line."""
    low, high = sorted((owner[0], line))
    return any(low < other < high and key != owner[1] for other, key in row_of_line.items())


def _spaced_rows_print_their_totals(rows: list[Row], width: int) -> bool:
    """Rows of figures one space apart whose blank cells print nothing (`pdftotext -raw`), every one printing
    the same few figures (`26 26`, `0 0`), each row's last the sum of the others: the same columns in every
    row, the total among them; so a row of zeros prints its total too, not two blank parts."""
    spaced = [row for row in rows if row.spaced]
    if len(spaced) < 2 or len(spaced) != len(rows):
        return False
    counts = set()
    for row in spaced:
        reads = [read_count(cell.text) for cell in row.values() if not cell.is_empty]
        if not reads or any(read.state != VALUE for read in reads) or sum(r.value for r in reads[:-1]) != reads[-1].value:
            return False
        counts.add(len(reads))
    return len(counts) == 1 and 2 <= counts.pop() < width


def _parts_anywhere_then_the_total(row: Row, width: int) -> list[R.Reading]:
    """Every reading of a row whose last figure is its total and whose other figures stand, in order, in
    any of the applicant columns, that keeps its sum."""
    values = row.filled_values()
    total = read_count(values[-1].text).value
    return [reading for part in _in_any_part_columns(values[:-1], width)
            if R.applicant_sum_holds(reading := (*part, total))]


def _in_any_part_columns(values: list[RawCell], width: int, limit: int = R.MAX_CANDIDATES) -> list[R.Reading]:
    """Every placing of `values`, in order, in the part columns (自然人 to 其他), whatever their places; none past
    `limit` of them."""
    return aligned_readings(values, [0.0] * (width - 1), lambda reading: True, free=True, limit=limit) or []


def _parts_only(row: Row, width: int) -> list[R.Reading]:
    """Every reading of a row whose figures are all parts, in order in any of the applicant columns, its total not
    printed: the total their sum (the row's cells as a report leaving its 总计 blank, or a lost total, prints them)."""
    values = row.filled_values()
    if not 1 < len(values) < width:
        return []
    return [(*part, sum(v or 0 for v in part)) for part in _in_any_part_columns(values, width, R.MAX_CANDIDATES_IN_TABLE)]


def _totals_in_doubt(read: dict, candidates: dict[str, list[R.Reading]], context: dict[str, R.Reading | None],
                     outcomes: tuple[str, ...], width: int, max_steps: int) -> list[str]:
    """The rows whose splits all take their last figure for the total (`2 2`: one part of 2, total 2) where the 总计
    column keeps APP_OUTCOME_SUM and APP_BALANCE with no reading of the table, but does with the row's figures all
    parts, its total not printed (a 总计 left blank or lost, blanks printing nothing): the total the splits agree on
    is then refuted by the column rules in one reading of the report and proven in none, so the row takes both.
    (The 总计 column alone: a table keeping the rules keeps them there, and its rows' totals are few.)"""
    if not any(len(found) > 1 for key, found in candidates.items() if key not in context):
        return []

    def totals(readings: list[R.Reading]) -> list[R.Reading]:
        return list(dict.fromkeys((reading[-1],) for reading in readings))

    table = {key: [(reading[-1],)] for key, reading in context.items() if reading is not None} | \
        {key: totals(found) for key, found in candidates.items() if key not in context}
    if R.some_table_keeps_the_rules(table, outcomes, max_steps) is not False:
        return []  # the rules hold in the 总计 column as read (or were not settled in time): nothing refutes a split
    doubted = []
    for key, found in candidates.items():
        if key in context or len(found) < 2 or R.common_cells(found).get(width - 1) is None:
            continue
        parts_only = _parts_only(read[key][0], width)
        if parts_only and R.some_table_keeps_the_rules(table | {key: totals(parts_only)}, outcomes, max_steps):
            doubted.append(key)
    return doubted


def _words_kept_whole(row: Row, readings: list[R.Reading]) -> list[R.Reading]:
    """The readings that take each word of the row's cells (`1128 235`) for one cell, in order."""
    words = [read_count(word) for cell in row.values() for word in cell.text.split()]
    if any(word.state == UNKNOWN for word in words):
        return []
    figures = [word.value for word in words if word.value is not None]
    return [reading for reading in readings if [v for v in reading if v is not None] == figures]


def _fewer_cells_than(row: Row, width: int) -> bool:
    """A row printing some cells on one line, fewer words there than the table's `width` columns (a blank mark
    counts as one): its first columns beside its label. A row whose cells stand a line each (`24` / `3 0` / …, a
    text of one cell a line) or print as many words as columns, two cells run together on a line, prints them all."""
    values = row.filled_values()
    return bool(values) and len({cell.line for cell in values}) == 1 \
        and sum(len(cell.text.split()) for cell in values) < width


def _whole_figures_a_line(row: Row, fitted: list, pdf_text: bool) -> bool:
    """A row of a PDF's text without -layout, one figure a line: a line's digits are one cell's (or a piece of
    one a narrow cell wrapped, `１２` / `６９`), never cells run together (`１２` is not 1 and 2)."""
    return _a_pdf_line_by_line(row, pdf_text) and not any(raw is not None and _holds_several(raw.text) for raw in fitted)


def _figures_parted_by_an_empty_line(row: Row, pdf_text: bool) -> bool:
    """A row of a PDF's text without -layout, one cell a line, whose figures stand on both sides of an empty line,
    not every line set apart by one (`Row.lines_apart`): a blank cell prints nothing there (whatever
    `Row.gaps_are_cells` says of rows ending on a figure), poppler parts its blocks by an empty line, and the block
    after it may be another's (Chromium's table of wrapped figures,
    its first column printed beside the labels and the other columns' blocks after the last one:
    `四、结转下年度继续办理` / `０` / `` / `０` / `０ ０` …, the lines after the empty one the first rows' figures)."""
    if not _a_pdf_line_by_line(row, pdf_text) or row.lines_apart:
        return False
    figure_before = parted = False
    for cell in row.values():
        if cell.gap or cell.is_empty:
            parted = figure_before
        elif parted:
            return True
        else:
            figure_before = True
    return False


def _figures_of_other_rows(row: Row, fitted: list, problem: str | None, clean: R.Reading | None, pdf_text: bool,
                           width: int) -> bool:
    """A row of a PDF's text without -layout (one cell a line, form feeds between pages) whose figures, each
    whole on a line of its own, fill its columns and break APP_APPLICANT_SUM: no cells ran together (a
    line holds one figure), so they are not its own in order."""
    if not _a_pdf_line_by_line(row, pdf_text) or problem is not None or clean is None:
        return False
    figures = [raw for raw in fitted if raw is not None and not raw.is_empty]
    return len(figures) == width and not any(_holds_several(raw.text) for raw in figures) \
        and not R.applicant_sum_holds(clean)


def _zeros_only(row: Row) -> bool:
    """An aligned row whose figures are all 0 (`0   0`)."""
    parts = figure_parts(row.values()) if row.aligned else []
    return bool(parts) and all(read_count(part.text).value == 0 and read_count(part.text).state == VALUE
                               for part in parts)


def _placed_by_page_order(read: dict, context: dict, excluded: set[str], columns: int, width: int,
                          unproven: set[str] = frozenset(), outcomes: tuple[str, ...] = ()) -> set[str]:
    """Aligned rows of pdftotext's text (form feeds: not a text browser's or an OCR's columns, which
    poppler did not set) that no header places (a header cut at the page's edge, a later page that does
    not repeat it, a figure pushed off its header by a long label), placed by where pdftotext set their figures
    among the figures of their page whose columns are proven (page_order.py): `read[key]` rewritten to the
    placement, its columns past the first `columns` (cut at the page's edge) unknown; a row whose total
    is shown keeps its sum, a row of a cut table the column rules over the columns shown (with the rows
    read and placed). The keys placed; each placed row proves its figures for the next, a row of
    `unproven` (its columns a guess the arithmetic allowed) none."""
    placed: set[str] = set()
    if not any(key not in excluded and code != "figures_apart" and row.aligned and row.has_figures()
               and (problem or key not in context) for key, (row, _, problem, code) in read.items()):
        return placed
    rows = [row for row, _, _, _ in read.values() if row.aligned]
    if _blank_cells_print_a_mark(rows):
        return placed
    figures_on = figures_by_line(rows)
    before_placing = dict(read)

    def proven() -> list[tuple[Row, list]]:
        return [(row, fitted) for key, (row, fitted, problem, code) in read.items()
                if (key in placed or (key in context and key not in unproven)) and not problem and row.aligned
                and code != "figures_apart"]

    while True:
        marks = proven_marks(proven())
        before = len(placed)
        for key, (row, fitted, problem, code) in read.items():
            if key in placed or key in excluded or code == "figures_apart" or not row.aligned or \
                    (not problem and key in context) or row.page not in marks:
                continue
            cells = placed_by_page_order(row, marks[row.page], columns, figures_on)
            if cells is None:
                continue
            fitted = [*cells, *[None] * (width - columns)]
            reading = reading_of(fitted)
            if columns == width and (reading is None or not R.applicant_sum_holds(reading)):
                continue
            if columns < width and not _shown_columns_keep_the_rules(read, context, placed, key, fitted, columns,
                                                                     outcomes):
                continue
            read[key] = (row, fitted, None, code)
            placed.add(key)
        if len(placed) == before:
            break
    # the page's figures, proven and placed, must keep both rules together: else its placements are undone
    kept = proven_marks(proven())
    for key in list(placed):
        if read[key][0].page not in kept:
            read[key] = before_placing[key]
            placed.remove(key)
    return placed


def _on_a_later_page_of_a_cut_header(row: Row, shown: int, width: int) -> tuple[list, str | None, str]:
    """A row on a later page of a table whose header shows its first `shown` columns only (the others cut
    at the page's edge, on every page): no figure, and the shown columns are blank, the cut ones unknown;
    figures, and where they stand is left to the page's columns (`_placed_under_a_cut_header`)."""
    if not row.has_figures():
        return _shown_blank(row, shown, width), None, "columns_cut"
    return [None] * width, (f"{len(figure_parts(row.values()))} figures on a page that does not repeat the header, "
                            f"which shows its first {shown} columns only"), "columns_cut"


def _placed_under_a_cut_header(read: dict, header_page: int, visible: list[float], width: int,
                               outcomes: tuple[str, ...]) -> dict[str, tuple]:
    """The rows of later pages of a table whose header shows its first `shown` columns only, read by the
    page's own columns (`_placed_by_page_columns`): each column the page shows is one of the shown ones, the
    same for every row of the page, and each way to give them shown columns in order is tried against the
    columns' sums and balance with the rows read on the header's page (the cut columns, unknown in every row,
    constrain nothing; the totals are cut, so no row's own sum). A row that reads alike in every way that
    keeps them is placed: key → (reading of the shown columns, its figures). A row printing nothing is blank in
    the shown columns on any page (`_on_a_later_page_of_a_cut_header`) and counts in the sums as such."""
    shown = len(visible)
    context = {}
    for key, (row, fitted, problem, _) in read.items():
        if not problem and (reading := reading_of(fitted[:shown])) is not None:
            context[key] = (*reading, *[None] * (width - shown))
    pages: dict[int, list[str]] = {}
    for key, (row, _, problem, _) in read.items():
        if row.page != header_page and row.aligned and problem:
            pages.setdefault(row.page, []).append(key)
    columns_of_pages = _rows_printing_every_shown_column(read, header_page, shown)
    placed: dict[str, tuple] = {}
    while True:
        before = len(placed)
        for page, keys in pages.items():
            open_keys = [key for key in keys if key not in placed]
            for key, reading in _a_page_in_shown_columns(open_keys, read, context, shown, width, outcomes,
                                                         columns_of_pages.get(page, [])).items():
                placed[key] = reading
                context[key] = reading[0]
        if len(placed) == before:
            break
    open_keys = [key for keys in pages.values() for key in keys if key not in placed]
    # the header's page's rows whose header leaves a figure's column unproven: their figures in order, as the rules
    # with the rest of the table allow one way only (the header's words can only narrow that one way further)
    unproven = [key for key, (row, _, problem, _) in read.items()
                if row.page == header_page and row.aligned and _column_unproven(problem)]
    by_rules = _rows_in_shown_columns(open_keys + unproven, read, context, shown, width, outcomes)
    # (a column the report leaves blank in every outcome row escapes APP_OUTCOME_SUM, so a reading may keep the
    # rules by emptying one: each figure must stand in a column its place between the header's words allows)
    return placed | {key: found for key, found in by_rules.items()
                     if key not in unproven or _between_its_header_words(*found, visible)}


def _between_its_header_words(reading: R.Reading, parts: list[RawCell], visible: list[float]) -> bool:
    """Whether each figure of a row (`parts`, read in order into the columns `reading` fills) stands in the column
    of the header word nearest left of it, or of the one nearest right."""
    columns = [column for column, value in enumerate(reading) if value is not None]
    return len(columns) == len(parts) and all(
        column in _columns_between_header_words(part.x, visible, -1, len(reading)) for part, column in zip(parts, columns))


def _column_unproven(problem: str | None) -> bool:
    """A row's problem that its figures, read whole, stand where the header proves no column for one of them."""
    return problem is not None and (problem is UNPROVEN_COLUMN or problem.endswith(NOT_UNDER_ONE_COLUMN))


def _rows_printing_every_shown_column(read: dict, header_page: int, shown: int) -> dict[int, list[list[RawCell]]]:
    """The rows of later pages read cleanly with a figure or blank mark of their own on their line for each of
    the `shown` columns (`（六）其他处理  /  /  /  /  /  /`): by page, each such row's parts, the page's columns as
    pdftotext set them, left to right."""
    found: dict[int, list[list[RawCell]]] = {}
    for row, fitted, problem, _ in read.values():
        cells = fitted[:shown]
        if row.page != header_page and row.aligned and not problem and len(cells) == shown \
                and all(cell is not None and cell.line == row.line and cell.x is not None for cell in cells):
            found.setdefault(row.page, []).append(cells)
    return found


def _write_placed_under_a_cut_header(report: ParsedReport, key: str, row: Row, placed: tuple, shown: int,
                                     header_page: int) -> None:
    reading, parts = placed
    texts = " | ".join(part.text.strip() for part in parts)
    where = "on the header's page, where the header proves no column for one of its figures (the header" \
        if row.page == header_page else "on a page that does not repeat the header (which"
    report.warn("page_columns", f"table 3 {key}: {where} shows its first "
                f"{shown} columns only, the others cut at the page's edge), its figures ({texts}) placed in the shown "
                "columns as the template's rules allow one way only (the page's own columns, else the row's figures in "
                f"order), {[None if v is None else int(v) for v in reading[:shown]]}, the others shown blank and the "
                "cut ones unknown; marked recovered", row.line)
    for index, (column, value) in enumerate(zip(L.APPLICANT_KEYS, reading)):
        state = UNKNOWN if index >= shown else BLANK if value is None else RECOVERED
        report.cells.append(Cell("applications", key, column, value if index < shown else None, state, row.line, texts))


def _sum_holds_or_total_cut(reading: R.Reading) -> bool:
    return R.applicant_sum_holds(reading) or R.total_cut_short(reading)


def _cut_totals_summed(readings: list[R.Reading]) -> list[R.Reading]:
    """Readings of a row under a header whose total column the page's edge cuts, each whose total is its
    parts' sum cut short (`recovery.total_cut_short`) with that sum as its total, the one value
    APP_APPLICANT_SUM leaves (the cut figure is never read); one of each."""
    out: list[R.Reading] = []
    for reading in readings:
        if R.total_cut_short(reading):
            reading = (*reading[:-1], sum((v for v in reading[:-1] if v is not None), Decimal(0)))
        if reading not in out:
            out.append(reading)
    return out


def _total_of_placed_blanks(cells: list[Cell], placed: bool, cut_blank_totals: list[Cell] | None) -> None:
    """A row of a later page placed under a header showing every column but the total (cut at the page's edge,
    `_placed_under_a_cut_header`) whose line prints no figure, its parts all read blank: its total, unknown, is
    a total over blank parts (blank_totals.py). (A row printing figures keeps its total unknown: a report may
    leave such a total blank where its parts do not add up, and nothing on the page shows it.)"""
    if cut_blank_totals is not None and _total_of_blank_parts(cells, False, placed):
        cut_blank_totals.append(cells[-1])


# figures on lines of their own in table 4's text past which some are table 3's: twice its cells (a page's
# number a line of one figure too)
_MORE_THAN_TABLE_4 = 2 * len(L.REVIEW_OUTCOME_KEYS) * len(L.PROCEEDING_KEYS)

def _words_on_lines_of(texts: Sequence[str], word_test: Callable[[str], object]) -> int:
    """The words of the lines whose every word passes `word_test` (figures, or figures and marks, on lines of
    their own)."""
    return sum(len(words) for words in map(str.split, texts) if words and all(map(word_test, words)))


def _blocks_past_table_4(table_4_texts: Sequence[str]) -> bool:
    """Table 4's text holds more figures and blank marks on lines of their own (`1,040 /`) than table 4 can
    (`_MORE_THAN_TABLE_4`): table 3's blocks stand there (plain pdftotext of a wide table)."""
    return _words_on_lines_of(table_4_texts, _figure_or_mark) > _MORE_THAN_TABLE_4


# table 4's header, its first cell (`行政复议` over its first proceeding's columns), not the heading before it
_TABLE_4_HEADER = re.compile("^行政[复複][议議]$")


def _figures_before_table_4_header(table_4_texts: Sequence[str]) -> int:
    """The figures on lines of their own between table 4's heading (its text's first line) and its header's first
    cell (`行政复议` on a line of its own), none where no such line follows: no figure of table 4 stands above
    its header, so poppler's plain text sets such figures there only as another table's blocks (table 3's, its
    labels apart from them)."""
    before = []
    for text in table_4_texts[1:]:
        if _TABLE_4_HEADER.match(text.strip().lstrip("\f")):
            return _words_on_lines_of(before, CB.FIGURE_RE.fullmatch)
        before.append(text)
    return 0


def _figures_past_beyond_table_4(report: ParsedReport, table_4_texts: Sequence[str], keys: Sequence[str],
                                 found: dict[str, Row]) -> bool:
    """Table 3 in a PDF's text without -layout whose rows print no figure, its labels alone, where table 4's
    text (`table_4_texts`) holds more figures and blank marks on lines of their own than table 4 can
    (`_MORE_THAN_TABLE_4`, `_blocks_past_table_4`), or two figures or more on lines of their own above table 4's
    header (`_figures_before_table_4_header`; a sparse table whose blanks print nothing sets few): table 3's
    figures stand there (its blocks past table 4's heading, plain `pdftotext`; a sparse table's blocks print
    mostly marks, `-`, or nothing) where no reader placed them, so its cells are unknown, never blank (a row
    printing nothing reads as blank cells where blank cells print nothing). Says whether it wrote them."""
    # counted only here, where table 3 prints no figure: the rare case that needs it
    words = _words_on_lines_of(table_4_texts, _figure_or_mark)
    # two at least: a page's number may stand alone between the heading and the header, a page break there
    above_the_header = _figures_before_table_4_header(table_4_texts) if words <= _MORE_THAN_TABLE_4 else 0
    if words <= _MORE_THAN_TABLE_4 and above_the_header < 2:
        return False
    line = min(row.line for row in found.values())
    report.warn("figures_past_the_heading", "table 3: no row prints a figure, and table 4's text holds " + (
                f"{words} figures and blank marks on lines of their own, more than table 4 can"
                if words > _MORE_THAN_TABLE_4 else
                f"{above_the_header} figures on lines of their own above its header, where none of its own stands") +
                ": table 3's figures stand there (plain pdftotext) where no reader placed them; its cells are unknown",
                line)
    for key in keys:
        report.cells += [Cell("applications", key, applicant, None, UNKNOWN, found[key].line if key in found else None)
                         for applicant in L.APPLICANT_KEYS]
    return True


def _pieces_cut_in_their_thousands(rows: Sequence[Row]) -> bool:
    """Whether a word of the rows is a piece of a full-width figure cut inside its thousands (`１,０`, `２，`):
    digits and separators, no whole count. (A piece opens on a full-width digit: only a cell holding one is
    split into its words, most tables' none.)"""
    texts = [cell.text for row in rows for cell in row.cells]
    if not holds_wide_digits("\n".join(texts)):
        return False  # one scan of the rows' text: most tables print no full-width digit at all
    return any(WB.is_piece(word) and not CB.FIGURE_RE.fullmatch(word)
               for text in texts if holds_wide_digits(text) for word in text.split())


def _unread_piece(row: Row) -> RawCell | None:
    """The first piece of a row of aligned text that rows.py left unread (`STACKED`: a digit of a wide figure
    wrapped one digit a line over the row's lines; `CUT`), if any: no split or placement of the row's figures
    reads it as a figure (`２` of `１` / `２` is not 2), so the row is never read as cells run together or set
    out of place."""
    if not row.aligned:
        return None
    for cell in row.values():  # (a loop, not a generator: asked of every row read, see `Row._classified_as`)
        if cell.problem in (STACKED, CUT):
            return cell
    return None


def _without_a_cut_total(report: ParsedReport, key: str, row: Row, fitted: list) -> tuple[list, None, str]:
    """A row whose total is the leading digits of its parts' sum (`recovery.total_cut_short`): the
    total is never the cut figure. Its parts stand as printed when every column holds a figure (only
    the last column was cut), and the total is then their sum, recovered (`_total_from_its_parts`);
    with a blank among them a column may have been lost as well, and the whole row is unknown."""
    whole = all(raw is not None and not raw.is_empty for raw in fitted[:-1])
    report.warn("total_cut", f"table 3 {key}: its total {fitted[-1].text.strip()!r} is the leading digits of its "
                "parts' sum (a figure cut at the page's edge): " +
                ("the total is that sum, marked recovered" if whole else "the row is unknown"), row.line)
    return ([*fitted[:-1], None] if whole else [None] * len(fitted)), None, "total_cut"


def _applicant_header_parts(header_rows: list[Row]) -> list[RawCell]:
    """The words of table 3's aligned header, each with its centre; a spanning heading run together
    with a column's header piece beside it (the gap between two cells of a narrow table lost,
    `科研法人或其他组织` over `机构`) is split off, so the piece stacks with the rest of its word."""
    parts = []
    for row in header_rows:
        for whole in row.cells:
            if whole.x is None:
                continue  # no position (a tab or pipe cell), nor any of its words: no anchor
            for part in cell_parts(whole):
                if part.x is not None:
                    parts += _spanning_heading_split_off(part)
    return parts


def _spanning_heading_split_off(part: RawCell) -> list[RawCell]:
    """`part`, or its pieces before, of and after a spanning heading it holds with other words, each
    centred where it stands."""
    heading = next((h for h in _SPANNING_HEADINGS if h in part.text and h != part.text.strip()), None)
    if heading is None:
        return [part]
    text = part.text
    width = part.columns or display_width
    left = part.x - width(text) / 2
    start = text.index(heading)
    pieces = [(0, text[:start]), (start, heading), (start + len(heading), text[start + len(heading):])]
    return [RawCell(piece, part.line, left + width(text[:offset]) + width(piece) / 2, columns=part.columns)
            for offset, piece in pieces if piece.strip()]


def _applicant_anchors(header_rows: list[Row]) -> list[float] | None:
    """Aligned text: where each applicant column's header stands, if every one is found."""
    parts = _applicant_header_parts(header_rows)
    positions = header_positions(parts, _applicant_of)
    if len(positions) == len(L.APPLICANT_KEYS):
        return [positions[a] for a in L.APPLICANT_KEYS]
    # single characters one space apart are the tops of two columns' words, each wrapped down its own
    # narrow column (`其 总` over `他 计`), not one word spaced out: the columns still missing, read so,
    # when every column is then found in the template's order
    positions = header_positions(parts, _applicant_of, join_spaced=False) | positions
    if set(L.APPLICANT_KEYS) - set(positions) == {L.APPLICANT_KEYS[0]}:
        positions |= _first_column_a_pitch_before(parts, positions)
    if len(positions) < len(L.APPLICANT_KEYS):
        return None
    anchors = [positions[a] for a in L.APPLICANT_KEYS]
    return anchors if anchors == sorted(anchors) else None


def _first_column_a_pitch_before(parts: list[RawCell], positions: dict[str, float]) -> dict[str, float]:
    """自然人 wrapped over two lines whose pieces `pdftotext -layout` set apart (`自然` a few glyphs right of
    `人`), every other applicant column found: the five legal-person columns are one evenly spaced grid, and
    the first column stands one of its steps before it, a piece of its name there to say it is printed.
    Only a guess of the header's: `anchors_hold` then asks the figures to stand under it, as of any anchor."""
    grid = [positions[key] for key in L.APPLICANT_KEYS[1:-1]]
    step = grid[1] - grid[0]
    if step <= 0 or any(abs(right - left - step) > 0.5 for left, right in pairwise(grid)):
        return {}
    first = grid[0] - step
    if not any(part.text.strip() in ("自然", "人") and abs(part.x - first) <= 1 for part in parts):
        return {}
    return {L.APPLICANT_KEYS[0]: first}


def _header_word_edges(pieces: list[list[RawCell]]) -> list[tuple[float, ...]]:
    """For each of the header's columns, the left edges of the pieces of its word standing clear
    (`_column_pieces_standing_clear`)."""
    return [tuple(part.left for part in standing)
            for standing in pieces]


class _BlockStarts(NamedTuple):
    starts: list[tuple[float, int]]  # (a block's start column, the applicant column its first glyph stands in)
    figures_apart: set[tuple[int, float]]  # (line, start) of the figures whose blocks hold figures only


def _applicant_block_starts(rows: list[Row], page: int) -> _BlockStarts:
    """`pdftotext -layout`: where blocks of table 3's text on the header's page start in a known applicant
    column: a block's first piece that is a word of one column's name alone (`自然` of 自然人; not `人` or `其`,
    which 法人或其他组织 holds too). A narrow table's header packed into one block proves its first word only,
    not the words set after it. And the figures whose set of pieces (page_order.pieces_apart) holds figures
    only, one a line: their blocks stand inside their column (a figure set less than 3 glyphs after its
    label is in the label's block, where the label's glyphs, not its cell, set it). Nothing where a cell of
    the page's rows has no position (its piece could join two sets)."""
    pieces: dict[Piece, str] = {}
    for row in rows:
        if row.page != page:
            continue
        for cell in row.cells:
            text = cell.text.strip()
            if not text:
                continue
            if cell.x_glyphs is None:
                return _BlockStarts([], set())
            left = cell.x_glyphs - len(text) / 2
            for word in re.finditer(r"\S+", text):
                pieces[(cell.line, left + word.start(), len(word.group()))] = word.group()
    # the table's rows go on from an earlier page, its last line just before this page's first here: nothing
    # (a running header left out) stands between them
    before = [cell.line for row in rows if row.page < page for cell in row.cells]
    opens_the_page = bool(before) and bool(pieces) and max(before) + 1 == min(line for line, _, _ in pieces)
    starts = []
    for starting in block_starts(pieces, opens_the_page):
        # each piece there opens a block at that column: one whose column is known bounds the figures left of it
        columns = [column for piece in starting if (column := _only_column_naming(pieces[piece])) is not None]
        if columns:
            starts.append((starting[0][1], min(columns)))
    figures_apart = set()
    if starts:
        for found in pieces_apart(pieces):
            if len({line for line, _, _ in found}) == len(found) and all(
                    read_count(pieces[piece]).state in (VALUE, BLANK) for piece in found):
                figures_apart |= {(line, start) for line, start, _ in found}
    return _BlockStarts(starts, figures_apart)


def _block_starts_hold(read: dict, damaged: list[str], found: _BlockStarts, page: int,
                       holds: Callable[[R.Reading], bool], width: int) -> bool:
    """Whether the page's rows keep the bounds of the blocks starting in a known column: each figure of a row
    placed by position in a column the bounds allow, and each damaged row placed some way within them where it
    can be placed at all. A row laid out on other columns than the header's (a DOCX row of its own cell widths)
    breaks them: the page then says nothing by them."""
    greatest = _greatest_by_block_starts(found)
    if greatest is None:
        return False
    for key, (row, fitted, problem, _) in read.items():
        if row.page != page or not row.aligned:
            continue
        if key in damaged:
            if aligned_readings(row.values(), [0.0] * width, holds, free=True) and \
                    not aligned_readings(row.values(), [0.0] * width, holds, free=True, greatest=greatest):
                return False
        elif not problem and any(raw is not None and not raw.is_empty and (most := greatest(raw)) is not None
                                 and column > most for column, raw in enumerate(fitted)):
            return False
    return True


def _greatest_by_block_starts(found: _BlockStarts) -> Callable[[RawCell], int | None] | None:
    """For aligned_readings: the greatest applicant column of a figure whose block holds figures only, by the
    blocks starting in a known column (`_applicant_block_starts`); None where there are none."""
    if not found.starts:
        return None

    def greatest(part: RawCell) -> int | None:
        glyphs = glyphs_of(part)
        if glyphs is None or (part.line, glyphs[0]) not in found.figures_apart:
            return None
        return highest_column(glyphs, found.starts)
    return greatest


UNPROVEN_COLUMN = ("a figure stands midway between two columns' headers, or under a header word whose position "
                   "nothing proves (packed one space after other words): its column is not proven, placed by the "
                   "rules alone")

UNPROVEN_COLUMN_BOUNDED = ("a figure stands midway between two columns' headers, or under a header word whose "
                           "position nothing proves: the columns of the header words nearest left and right of it "
                           "(between its sure neighbours') unknown, its sure neighbours placed, the other columns "
                           "blank (its blanks print nothing)")


def _read_as_far_as_their_bands_prove(fitted_of: dict[str, list[RawCell | None]], unplaced: list[str],
                                      unsure_figures: list[RawCell], anchors: list[float], proven: list[bool] | None,
                                      edges: list[tuple[float, ...]] | None) -> dict[str, list[RawCell | None]]:
    """The rows `unplaced` of the header's page read as `_unsure_ones_between_their_header_words` does (`fitted_of`:
    every row of the page placed under the header's shown columns, each figure under the nearest header word;
    `unsure_figures`: those of its rows placed under none). A figure is sure only where it stands sure under its
    column (`stands_sure_under`), the first header word starting from its start is its column's
    (`_first_header_word_from_its_start`), and so for every figure of the page in its band (those whose glyphs
    overlap its own: a column's figures share their start, end or centre, whatever their width): one figure of a
    band unsure leaves the band's column unproven on every row (`1` sure under 社会公益 by a glyph, `13` at the same
    start midway between 社会公益 and 法律服务机)."""
    header = tuple(anchors)
    figures = [(column, raw, column is not None and stands_sure_under(header, column, raw, edges, proven)
                and _first_header_word_from_its_start(raw, edges) == column)
               for column, raw in _page_figures_by_column(fitted_of, unsure_figures, anchors)]
    sure = {id(raw): ok and raw.x_glyphs is not None and all(
        other_ok and other_column == column for other_column, other, other_ok in figures
        if other is not raw and _glyphs_overlap(raw, other)) for column, raw, ok in figures}
    read = {}
    for key in unplaced:
        bounded = _unsure_ones_between_their_header_words(fitted_of[key], anchors, sure)
        if bounded is not None:
            read[key] = bounded
    return read


def _shown_word_starts(header_rows: list[Row], anchors: list[float]) -> list[tuple[float, int]]:
    """Where each piece of a shown column's name in the header starts (packed words too: `社会公益 法律服务机`, and
    `其` over `他`), with that column: the pieces of its name standing where the column's header does."""
    names = [name for (name,) in L.APPLICANTS.values()]
    return [(part.left, column)
            for part in _applicant_header_parts(header_rows)
            for column, anchor in enumerate(anchors)
            if part.text.strip() in names[column] and abs(part.x - anchor) <= HEADER_PIECE_REACH]


def _figures_set_right_of_their_words(rows: list[Row], word_starts: list[tuple[float, int]], anchors: list[float],
                                      edges: list[tuple[float, ...]] | None, proven: list[bool] | None) -> bool:
    """Whether a figure of the header's page whose column is not in doubt (standing sure under it, starting clear of
    the next column's words) starts `SET_RIGHT` glyphs or more right of its column's first word: that page sets its
    figures centred or right-aligned under their words (`821` two glyphs right of 自然人), not from its cells' left
    edges under centred words, so a figure near a later word's start is not that word's by LibreOffice's setting."""
    firsts = {column: min(start for start, of in word_starts if of == column) for _, column in word_starts}
    header = tuple(anchors)
    for row in rows:
        for part in figure_parts([value for value in row.values() if not value.is_empty]):
            if part.x is None:
                continue
            left = part.left
            column = _nearest_header_word(anchors, part.x)
            if column in firsts and left >= firsts[column] + SET_RIGHT and \
                    all(start > left + CUT_HEADER_REACH for start, later in word_starts if later > column) and \
                    stands_sure_under(header, column, part, edges, proven):
                return True
    return False


SET_RIGHT = 2  # glyphs right of its word's start: more than a line's drift (a row a glyph further than the others)
CUT_HEADER_REACH = 3  # glyphs a figure may start left of its own header word's start (LibreOffice, pdftotext -layout)


def _stands_sure_under_a_cut_header(anchors: tuple[float, ...], column: int, part: RawCell,
                                    edges: list[tuple[float, ...]] | None, proven: list[bool] | None,
                                    word_starts: list[tuple[float, int]] | None) -> bool:
    """`stands_sure_under`, and (`word_starts` given) the figure starts clear of every later column's header word: a
    cell's text set from its left edge under its word centred (LibreOffice's print of a web page) starts up to
    `CUT_HEADER_REACH` glyphs left of its word, so a figure starting there may be that word's column (`2` under the
    last glyph of 社会公益, two glyphs left of 法律服务机)."""
    if not stands_sure_under(anchors, column, part, edges, proven):
        return False
    if word_starts is None:
        return True
    left = part.left
    return all(start > left + CUT_HEADER_REACH for start, later in word_starts if later > column)


def _placed_against_their_bands(read: dict, fitted_of: dict[str, list[RawCell | None]], shown: int,
                                page: list[RawCell], sure_column: dict[int, int | None]) -> list[str]:
    """The rows of the header's page placed under its shown columns (`fitted_of`: each figure under the nearest header
    word) where a figure shares its band (its glyphs overlap) with a figure of the page (`page`) not sure of the
    column it is placed in (`sure_column`, `_sure_columns`): one column's figures share their start, end or centre,
    so a band is one column's (`1` sure under 社会公益 by a glyph, `13` at the same start midway between 社会公益 and
    法律服务机: the `1` may be 法律服务机构's)."""
    return [key for key in fitted_of if read[key][2] is None and read[key][3] == "columns_cut" and any(
        raw is not None and not raw.is_empty and _band_holds_another_column(raw, column, page, sure_column)
        for column, raw in enumerate(read[key][1][:shown]))]


def _sure_columns(fitted_of: dict[str, list[RawCell | None]], unplaced: dict[str, list[RawCell]],
                  anchors: list[float], proven: list[bool] | None, edges: list[tuple[float, ...]] | None,
                  word_starts: list[tuple[float, int]] | None, by_bands: dict[int, int]
                  ) -> tuple[list[RawCell], dict[int, int | None]]:
    """The figures of the header's page (`fitted_of`: its rows placed under the shown columns; `unplaced`: the figures
    of those placed under none), and the column each is sure of (by id; None: none): the one the page's bands prove
    (`by_bands`), else the one it stands sure under (`_stands_sure_under_a_cut_header`)."""
    header = tuple(anchors)
    figures = _page_figures_by_column(fitted_of, _unplaced_figures(unplaced), anchors)
    sure_column = {id(raw): by_bands[id(raw)] if id(raw) in by_bands else column if column is not None and
                   _stands_sure_under_a_cut_header(header, column, raw, edges, proven, word_starts) else None
                   for column, raw in figures}
    return [raw for _, raw in figures], sure_column


def _page_figures_by_column(fitted_of: dict[str, list[RawCell | None]], unsure_figures: list[RawCell],
                            anchors: list[float]) -> list[tuple[int | None, RawCell]]:
    """The figures of the header's page with the shown column each is placed under (`fitted_of`, by row); those of
    rows placed under none (`unsure_figures`) under the nearest header word, which the caller asks they stand sure
    under (None where a figure has no place)."""
    shown = len(anchors)
    placed = [(column, raw) for fitted in fitted_of.values() for column, raw in enumerate(fitted[:shown])
              if raw is not None and not raw.is_empty]
    return placed + [(None if raw.x is None else _nearest_header_word(anchors, raw.x), raw)
                     for raw in unsure_figures]


def _nearest_header_word(anchors: list[float], x: float) -> int:
    """The shown column whose header word stands nearest x, however far (`rows._nearest_column` asks it be near)."""
    return min(range(len(anchors)), key=lambda c: abs(anchors[c] - x))


def _band_holds_another_column(figure: RawCell, column: int, page: list[RawCell], sure_column: dict[int, int | None]
                               ) -> bool:
    """Whether a figure of the page overlapping `figure`'s glyphs stands sure under no column or under another."""
    return any(other is not figure and _glyphs_overlap(figure, other) and sure_column.get(id(other)) != column
               for other in page)


def _unplaced_figures(unplaced: dict[str, list[RawCell]]) -> list[RawCell]:
    """The figures of the header page's rows placed under no column, all rows'."""
    return [part for parts in unplaced.values() for part in parts]


BAND_DRIFT = 1  # glyphs a row's figures may stand right of its column's others (`pdftotext -layout`: a row a glyph further)


def _columns_proven_by_bands(fitted_of: dict[str, list[RawCell | None]], unplaced: dict[str, list[RawCell]],
                             anchors: list[float], edges: list[tuple[float, ...]] | None,
                             word_starts: list[tuple[float, int]] | None) -> dict[int, int]:
    """The shown column of each figure of the header's page (by id) that the page's bands prove, on a page setting its
    figures from their cells' left edges (`word_starts` given): each column's figures start at one glyph column (a
    row a glyph further), so each band (`_left_set_bands`) is one column's and no two bands are one column's; matched
    in order to the header's words, each band in a column its figures may stand in (`_band_columns`), a band is proven
    where every assignment that fits gives it the same column (`13` at 47, under 益 of 社会公益 and three glyphs left of
    法律服务机: 社会公益组织's where the band right of it, at 50, may be 法律服务机构's only or 社会公益组织's)."""
    if word_starts is None:
        return {}
    shown = len(anchors)
    bands = _left_set_bands([[raw for raw in fitted[:shown] if raw is not None and not raw.is_empty]
                             for fitted in fitted_of.values()] + list(unplaced.values()), anchors)
    if not bands or len(bands) > shown:
        return {}
    allowed = [_band_columns(band, anchors, edges, word_starts) for band in bands]
    fits = [columns for columns in combinations(range(shown), len(bands))
            if all(column in may for column, may in zip(columns, allowed))]
    by_bands = {}
    for at, band in enumerate(bands):
        taken = {columns[at] for columns in fits}
        # a lone figure shows no edge its column's figures share: placed by the order alone, as `page_order` places
        # it (recovered, no habit of the page's)
        if len(taken) == 1 and len(band) > 1:
            by_bands.update(dict.fromkeys(map(id, band), taken.pop()))
    return by_bands


def _left_set_bands(rows: list[list[RawCell]], anchors: list[float]) -> list[list[RawCell]] | None:
    """The figures of the header's page (`rows`: each row's) in bands, left to right: those starting within
    `BAND_DRIFT` glyphs of each other. None where the bands may not be one column each: a band spanning more, two
    figures of a row in one band, a figure whose glyphs overlap another band's (a page setting its figures centred or
    right-aligned: one column's figures then start apart), a figure without its place or past the shown columns."""
    edge = anchors[-1] + (anchors[-1] - anchors[-2]) / 2 if len(anchors) > 1 else None
    starts: list[tuple[float, int, RawCell]] = []
    for at, row in enumerate(rows):
        for raw in row:
            if raw.x is None or raw.x_glyphs is None or edge is None or raw.x > edge:
                return None
            starts.append((raw.x_glyphs - len(raw.text.strip()) / 2, at, raw))
    starts.sort(key=lambda start: start[0])
    bands: list[list[tuple[float, int, RawCell]]] = []
    for start in starts:
        if bands and start[0] - bands[-1][-1][0] <= BAND_DRIFT:
            bands[-1].append(start)
        else:
            bands.append([start])
    for band in bands:
        if band[-1][0] - band[0][0] > BAND_DRIFT or len({at for _, at, _ in band}) < len(band):
            return None
    for one, other in combinations(range(len(bands)), 2):
        if any(_glyphs_overlap(a, b) for _, _, a in bands[one] for _, _, b in bands[other]):
            return None
    return [[raw for _, _, raw in band] for band in bands]


def _band_columns(band: list[RawCell], anchors: list[float], edges: list[tuple[float, ...]] | None,
                  word_starts: list[tuple[float, int]]) -> set[int]:
    """The shown columns a band's figures may stand in, by where any of them stands: the column of the header word
    nearest it, of the word nearest left of it or right, of the first word starting where it starts or right of it,
    or of a later word starting up to `CUT_HEADER_REACH` glyphs right of its start (a cell's text set from its left
    edge under its word centred). A figure standing sure under its word narrows it no further: a column's figures
    set further left of their word than the reach (under the word before) would prove the bands beside it wrong."""
    may: set[int] = set()
    for raw in band:
        nearest = _nearest_header_word(anchors, raw.x)
        left = raw.left
        may |= {nearest, *_columns_between_header_words(raw.x, anchors, -1, len(anchors)),
                *(later for start, later in word_starts if later > nearest and start <= left + CUT_HEADER_REACH)}
        if (first := _first_header_word_from_its_start(raw, edges)) is not None:
            may.add(first)
    return may


def _rows_placed_by_their_bands(read: dict, fitted_of: dict[str, list[RawCell | None]],
                                unplaced: dict[str, list[RawCell]], shown: int, width: int, by_bands: dict[int, int],
                                page: list[RawCell], sure_column: dict[int, int | None]
                                ) -> dict[str, list[RawCell | None]]:
    """The rows of the header's page left unknown for want of their figures' columns (`UNPROVEN_COLUMN`, or placed
    under none) whose figures the page's bands prove (`by_bands`), but those sure of their column with every figure of
    their band (`sure_column`; `自然人`'s, a row of them a glyph further): each figure in its column, the shown
    columns holding none blank (a blank cell prints nothing), the cut ones unknown."""
    placed_by_bands = {}
    for key in [*fitted_of, *unplaced]:
        _, _, problem, code = read[key]
        if not (problem is UNPROVEN_COLUMN or key in unplaced and problem is not None) or code != "columns_cut":
            continue
        figures = unplaced[key] if key in unplaced else \
            [raw for raw in fitted_of[key][:shown] if raw is not None and not raw.is_empty]
        columns = [by_bands.get(id(raw), _column_its_band_is_sure_of(raw, page, sure_column)) for raw in figures]
        if not any(id(raw) in by_bands for raw in figures) or None in columns or columns != sorted(set(columns)):
            continue
        placed: list[RawCell | None] = [RawCell("", figures[0].line) for _ in range(shown)]
        for raw, column in zip(figures, columns):
            placed[column] = raw
        placed_by_bands[key] = [*placed, *[None] * (width - shown)]
    return placed_by_bands


def _column_its_band_is_sure_of(figure: RawCell, page: list[RawCell], sure_column: dict[int, int | None]
                                ) -> int | None:
    """The column a figure is sure of (`sure_column`) where every figure of its band is sure of it too; else None."""
    column = sure_column.get(id(figure))
    return None if column is None or _band_holds_another_column(figure, column, page, sure_column) else column


def _first_header_word_from_its_start(part: RawCell, edges: list[tuple[float, ...]] | None) -> int | None:
    """The column of the first header word starting where a figure starts or right of it: the figure's column where
    a cell's text is set from its left edge and the header's words centred (LibreOffice's print of a web page),
    which a figure nearest another word's centre (a narrow figure under a wide word) must agree with to be sure."""
    if edges is None or part.x is None or not all(edges):
        return None
    left = part.left
    return next((column for column, starts in enumerate(edges) if min(starts) >= left - EDGE_REACH), None)


def _glyphs_overlap(one: RawCell, other: RawCell) -> bool:
    """Whether two figures' glyphs, as pdftotext set them, share a glyph column (either's place unknown: they may)."""
    if one.x_glyphs is None or other.x_glyphs is None:
        return True
    reach = (len(one.text.strip()) + len(other.text.strip())) / 2
    return abs(one.x_glyphs - other.x_glyphs) < reach


def _unsure_ones_between_their_header_words(fitted: list, anchors: list[float], sure: dict[int, bool]
                                            ) -> list | None:
    """A row `_unsure_ones_in_order` leaves unknown (a run of unsure figures fewer than the free columns between
    their sure neighbours'), read as far as the page proves it: each sure figure (`sure`, by id) in its column;
    each unsure one in the column of the header word nearest left of it or nearest right (as
    `_between_its_header_words`), among the free ones; the free columns none of them may stand in blank (a figure
    there would stand there), those some may stand in unknown (None); the cut columns unknown. None where an unsure
    figure has no such column."""
    shown = len(anchors)
    filled = [(c, raw) for c, raw in enumerate(fitted[:shown]) if raw is not None and not raw.is_empty]
    placed = list(fitted)
    for c, raw in filled:
        if not sure[id(raw)]:
            placed[c] = RawCell("", raw.line)
    low = -1
    run: list[RawCell] = []
    for (c, raw), ok in [*[(figure, sure[id(figure[1])]) for figure in filled], ((shown, None), True)]:
        if not ok:
            run.append(raw)
            continue
        allowed = [_columns_between_header_words(raw_of_run.x, anchors, low, c) for raw_of_run in run]
        if any(not columns for columns in allowed):
            return None
        for column in set().union(*allowed):
            placed[column] = None
        low, run = c, []
    return placed


def _columns_between_header_words(x: float | None, anchors: list[float], low: int, high: int) -> set[int]:
    """The columns a figure at x may stand in: that of the header word nearest left of it or nearest right, strictly
    between the columns `low` and `high` (its sure neighbours')."""
    if x is None:
        return set()
    right = bisect_right(anchors, x)
    return {column for column in (right - 1, right) if low < column < high}


def _unsure_ones_in_order(fitted: list, anchors: list[float], proven: list[bool] | None,
                          edges: list[tuple[float, ...]] | None = None,
                          word_starts: list[tuple[float, int]] | None = None) -> list | None:
    """A row placed under a header that shows its first columns only (no total to check a placement by),
    where a figure stands under an unproven column or under no header by proof (`stands_sure_under`):
    the placement where each such figure is the only one the order leaves for the free columns between
    its sure neighbours' (`10` · `2` under 法律服务机构 · `5` between 法律服务机构 and 其他: 其他), else [] (not
    known). None when every figure stands sure."""
    header = tuple(anchors)
    shown = len(anchors)
    filled = [(c, raw) for c, raw in enumerate(fitted[:shown]) if raw is not None and not raw.is_empty]
    sure = [_stands_sure_under_a_cut_header(header, c, raw, edges, proven, word_starts) for c, raw in filled]
    if all(sure) or len(filled) == shown:  # a figure in every shown column: the only order there is
        return None
    placed = list(fitted)
    for (c, raw), ok in zip(filled, sure):
        if not ok:
            placed[c] = RawCell("", raw.line)
    bounds = [-1, *[c for (c, _), ok in zip(filled, sure) if ok], shown]
    run: list[RawCell] = []
    for (c, raw), ok in [*zip(filled, sure), ((shown, None), True)]:
        if not ok:
            run.append(raw)
            continue
        low, high = max(b for b in bounds if b < c), c  # the free columns between the sure neighbours
        if run and len(run) != high - low - 1:  # no figure between them: blank columns, as printed
            return []
        for column, piece in zip(range(low + 1, high), run):
            placed[column] = piece
        run = []
    return placed


def _placed_clearly(fitted: list, anchors: list[float], edges: list[tuple[float, ...]] | None = None,
                    drift: Sequence[int] | None = None) -> bool:
    """Every figure placed by position stands under its column by proof (`stands_sure_under`, its line drifting
    from the header's word there by up to `drift` glyphs, column by column)."""
    header = tuple(anchors)
    return not header or all(raw is None or raw.is_empty or raw.x is None
                             or stands_sure_under(header, c, raw, edges, drift=drift) for c, raw in enumerate(fitted))


def _visible_applicant_anchors(header_rows: list[Row]) -> list[float] | None:
    """Aligned text whose header names only the first applicant columns, two or more, in the
    template's order and none after them (`自然人 商业企业 科研机构 社会公益组织 法`, the rest past the
    page's edge): where each of those stands. None for any other header."""
    parts = _applicant_header_parts(header_rows)
    positions = header_positions(parts, _applicant_of)
    shown = L.APPLICANT_KEYS[: len(positions)]
    if not 2 <= len(positions) < len(L.APPLICANT_KEYS) or set(positions) != set(shown):
        return None
    anchors = [positions[key] for key in shown]
    return anchors if anchors == sorted(anchors) else None


def _repeated_headers(rows: list[Row], header_page: int) -> dict[int, list[float]]:
    """Aligned text over pages: the applicant header repeated at the top of a later page (the rows of the
    page before its first figures) → its columns, which hold for that page (a PDF may lay each page's
    part of the table out with other column widths)."""
    tops: dict[int, list[Row]] = {}
    started: set[int] = set()
    for row in rows:
        if row.page <= header_page or row.page in started:
            continue
        if row.has_figures():
            started.add(row.page)
        else:
            tops.setdefault(row.page, []).append(row)
    return {page: anchors for page, top in tops.items() if (anchors := _applicant_anchors(top)) is not None}


def _pages_whose_full_rows_stand_apart(found: dict[str, Row], header_page: int, anchors_on: dict[int, list[float]],
                                      anchors: list[float]) -> set[int]:
    """Later pages without a header of their own holding a row that prints a figure or a blank mark in every
    column on one line whose cells do not each stand under their own column of the header (`pdftotext -layout`
    sets each page's columns by that page's text: a narrower label column moves them a column's width): the
    page's columns are not the header's, and a row's own sum cannot vouch for placing its few figures under
    the header's (`3 … 2 … 5` keeps its sum under 自然人 and 商业企业 as under 商业企业 and 科研机构). So too a page
    with a row of figures in several columns, not all, that do not each stand under one column of the header."""
    width = len(anchors)
    apart = set()
    for row in found.values():
        if not row.aligned or row.page == header_page or row.page in anchors_on or row.page in apart:
            continue
        values = row.filled_values()
        if len(values) < 2 or len({cell.line for cell in values}) != 1 or any(cell.x is None for cell in values):
            continue
        fitted, problem = place_by_position(values, anchors)
        # a row of figures in several columns that do not each stand under one column of the header (`1 5 12 2
        # 20` between them): the page's columns are not the header's either
        if problem or len(values) == width and any(raw is not cell for raw, cell in zip(fitted, values, strict=True)):
            apart.add(row.page)
    return apart


def _fit_on_a_page_without_header(row: Row, width: int, anchors: list[float], apart: bool = False
                                  ) -> tuple[list, str | None, str]:
    """A row on a later page than the header, a page neither repeating the header nor shown to keep its
    columns (`_pages_in_header_columns`): its columns may stand elsewhere. Figures in every column stand in
    the only order there is; a row with blank cells is unknown (placed later, if at all, by the page's own
    columns, its full rows, where poppler set them, or the column rules): its own sum holding under the
    header's columns proves none of them (`2 … 2` holds as 自然人 + 总计 and as 商业企业 + 总计)."""
    fitted, problem, code = fit_row(row, row.values(), width, anchors, row_rule=R.applicant_sum_holds)
    if problem or all(cell is not None and not cell.is_empty for cell in fitted):
        return fitted, problem, code
    if apart:
        return [None] * width, ("on a page that does not repeat the header, whose full rows stand in other columns "
                                "than the header's: its figures' columns are not known"), "unaligned_cells"
    return [None] * width, ("on a page that does not repeat the header, whose own columns are not shown to be the "
                            "header's: its figures' columns are not known"), "unaligned_cells"


def _narrower_pipe_row_unplaced(row: Row, width: int) -> bool:
    """A pipe row with figures, fewer cells than its table's `| --- |` line (a converter opened a table for it, its
    page's grid merging or cutting columns), whose cells after the label are not one a column: read in order, its
    figures would stand under columns only their index says, which that grid does not prove. One a column: its own
    label's cells then as many cells as columns (pymupdf4llm: `|Col1|5.属于…|0|Col4|…|Col8|0|`), or as many words in
    its filled cells (merged columns' figures one space apart, `| 0 0 | 0 |`). A row printing no label of its own
    (its label on plain lines round it) may begin with the grid's empty label cells: its count proves nothing."""
    if not row.piped or not row.short_by:
        return False
    if len(values := row.values()) == width and row.label_cells():
        return False
    words = sum(len(value.text.split()) for value in values if not value.is_empty)
    return 0 < words != width


def _lines_read_and_rows_by_line(read: dict, rows: list[Row]) -> tuple[set[int], dict[int, Row]]:
    """The lines the found rows' cells stand on, and the table's rows by line: what the passes asking whether a line
    beside a row is any found row's need (built at the first row asked; most tables ask none)."""
    return {cell.line for found_row, *_ in read.values() for cell in found_row.cells}, {row.line: row for row in rows}


def _lines_beside(row: Row, by_line: dict[int, Row], printed_pipe_rows: dict[int, Row]) -> list[Row | None]:
    """The lines right above and right below a row (None where there is none), a markdown table's `| --- |` rule
    passed over: markitdown writes each band of a PDF's table as a table of its own, its first pipe row above the
    rule, so the pipe row beside a row's across the rule is the line after next (`| （七）总计 | ７６ | … | ７７ |` /
    `| --- | … |` / `|  | １ | … | ９ |`: 761 and 779, wrapped in their cells). A row across the rule is given as
    printed (`printed_pipe_rows`): its pipe cells stand under the row's only so."""
    beside = []
    for step in (-1, 1):
        line = by_line.get(row.line + step)
        if line is None and row.piped and row.markdown_table:
            across = by_line.get(row.line + 2 * step)
            if across is not None and across.piped and across.markdown_table == row.markdown_table \
                    and not pieces_of_a_row_beyond(*[printed_pipe_rows.get(at) for at in (
                        across.line, across.line + step, across.line + 2 * step)]):
                line = printed_pipe_rows.get(across.line, across)
        beside.append(line)
    return beside


def _pipe_row_in_another_grid(row: Row, width: int, rows: list[Row], header_rows: list[Row],
                              printed_pipe_rows: dict[int, Row]) -> bool:
    """A pipe row with figures, not one a column, in a markdown table of its own (opened by a `| --- |` rule after
    the header's, or wider than the header's table, a rule lost; not a box drawing, whose rowspans vary its rows'
    cells) printing a number of pipe cells (as printed, `printed_pipe_rows`) that neither the header's pipe rows nor
    any other row with figures print (markitdown of a PDF: its page's grid set
    by the words on it, a column printing no word there given no pipe cell): its cells read in order, its empty ones
    dropped to fit, stand under columns only their index says, in a grid no other row shares (`|  | 2 |  |  | 2 |`
    of 9 cells under a header and a first row of 7). Its words one a column prove their order whatever the grid; a
    grid other rows share is read as they are."""
    printed = printed_pipe_rows.get(row.line)
    if printed is None or not printed.markdown_table:
        return False
    words = sum(len(value.text.split()) for value in row.values() if not value.is_empty)
    if not 0 < words != width:
        return False
    header = [printed_pipe_rows[above.line] for above in header_rows if above.piped and above.line in printed_pipe_rows]
    if not header or len(printed.cells) <= max((len(above.cells) for above in header
                                                if above.markdown_table == printed.markdown_table), default=0):
        return False  # a row of the header's own table, as wide as it or narrower: read by the readers of that grid
    others = [printed_pipe_rows[other.line] for other in rows if other.piped and other.line != row.line
              and other.line in printed_pipe_rows and other.has_figures()]
    return len(printed.cells) not in {len(other.cells) for other in [*header, *others]}


PIPE_ROW_IN_ANOTHER_GRID = ("a pipe row of a table of its own whose grid is not its header's (another number of pipe "
                            "cells), its words not one a column: which columns its figures stand in is not known")

NARROWER_PIPE_ROW = ("a pipe row narrower than its table's grid, its cells after the label not one a column: which "
                     "columns its figures stand in is not known")

TWO_COLUMNS_IN_A_HEADER_CELL = ("fewer pipe cells than columns, a figure under a header cell naming two applicant "
                                "columns (merged by the converter): which column it and the empty cells stand for is not known")

FIGURES_OF_TWO_ROWS = ("its figures read from a line of figures another row reads too (a converter's label-less pipe "
                       "row, taken by two labels): whose they are is not known")

def _rows_reading_one_line_of_figures(read: dict[str, tuple[Row, list[RawCell | None], str | None, str]]) -> list[str]:
    """The rows read (`read`) whose figures, read without a problem, are read from the very row another's are (a
    crawled line, which holds the whole table, aside): a row of figures is one row's, so neither is known to be
    its."""
    if len({id(row) for row, *_ in read.values()}) == len(read):
        return []  # each row read from a row of its own (most tables): no row shares its figures
    readers: dict[int, list[str]] = {}
    for key, (row, fitted, problem, _) in read.items():
        if problem is None and not row.joined and any(raw is not None and not raw.is_empty for raw in fitted):
            readers.setdefault(id(row), []).append(key)
    return [key for keys in readers.values() if len(keys) > 1 for key in keys]


FIRST_COLUMN_BESIDE_THE_LABELS = ("one figure or mark beside its label, the first column's (the labels' block took that "
                                  "column, the others stand in blocks apart, which columns not known): its other cells")

FIGURES_APART = ("no figure after its label, where the table's figures stand on lines of their own (labels and "
                 "figures may be apart in the text's order): not known to be blank")

BLOCKS_AFTER_THE_LAST_LABEL = ("figures on lines of their own after its label, in paragraphs (empty lines among them), "
                               "where no other row's label is followed by a figure: the table's figures stand apart "
                               "from their labels, and these are its first blocks, not proven its row; not known")

FIGURES_BESIDE_A_MISSING_ROW = ("its figures on a line apart from its label's, next to a row whose label is not found: "
                                "the line may be that row's, its label lost, this one printing nothing; not known")

def _beside_a_missing_row(read: dict[str, tuple[Row, list[RawCell | None], str | None, str]],
                          allowed: Sequence[str], rows: list[Row]) -> list[str]:
    """The rows read (`read`) next in the template to a row whose label is not found (not in `read`) whose
    figures all stand on lines apart from every line of their label: a line of figures alone or beside a
    heading, which a row printing nothing next to the lost label could be given where it is the lost row's.
    A line its own label is wrapped round (`_label_wrapped_round`) is its own."""
    taken = []
    # （六）其他处理 printed as one row (`other`) or as its sub-rows: the form not printed is no lost label
    unprinted = set(_OTHER_SUB_ROWS) if "other" in read else {"other"} if read.keys() & set(_OTHER_SUB_ROWS) else set()
    lost = [key not in read and key not in unprinted for key in allowed]
    if not any(lost):  # every row's label found (most tables): no row stands beside a lost one
        return taken
    index_of = {id(row): index for index, row in enumerate(rows)}
    for index, key in enumerate(allowed):
        if key not in read or read[key][2] is not None:
            continue
        if not any(0 <= near < len(allowed) and lost[near] for near in (index - 1, index + 1)):
            continue
        row, fitted = read[key][0], read[key][1]
        figure_lines = {cell.line for cell in fitted if cell is not None and not cell.is_empty}
        label_lines = {cell.line for cell in row.label_cells() if not cell.is_empty}
        if figure_lines and not figure_lines & label_lines \
                and not _label_wrapped_round(rows, index_of.get(id(row)), key):  # (figures alone: the label apart)
            taken.append(key)
    return taken


def _cells_follow_their_label(found: Iterable[Row]) -> bool:
    """Whether table 3's text is its PDF's content stream in order (`pdftotext -raw`): its rows print their
    figures one space apart (a blank leaving no trace, or its mark), those on a label's line after the label,
    and no row is aligned (`-layout`, pdfplumber, which set a line where it stands on the page, a vertically
    centred cell's figures round or before its wrapped label). Chromium draws a table row by row, each row's
    label cell first, then its other cells, every cell whole: a line of figures alone is then the cells of the
    label above it (its last line), never of the label below."""
    rows = list(found)
    return any(row.spaced and row.label_cells() and row.has_figures() for row in rows) \
        and not any(row.aligned or row.piped or row.joined for row in rows)


DIGITS_AFTER_THE_LABEL = ("no figure read after its label, though digits stand there in cells taken for its label's "
                          "(`25 盖`: a figure an OCR glued to a mark): something is printed, so it is not known to be blank")

def _digits_after_the_label(row: Row) -> bool:
    """Whether a cell after the one opening the row's label words holds a digit and no word (`一、本年新收…数量 |
    25 盖 | 二上`): no label of table 3 holds one after its words (a numbering opens a label's words: `3.要求…`)."""
    texts = [cell.text for cell in row.label_cells()]
    first = next((i for i, text in enumerate(texts) if _holds_label_words(text)), len(texts))
    return any(_DIGIT_RE.search(text) and not _holds_label_words(text) for text in texts[first + 1 :])


def _holds_label_words(text: str) -> bool:
    """A word of a label (two glyphs), or a label set letter-spaced (`1 . 属 于 国 家 秘 密`: LETTER_SPACED glyphs or
    more; an OCR's glyphs between figures, `2 1 元 关`, are fewer)."""
    return bool(_HAS_A_WORD_RE.search(text)) or len(_GLYPH_RE.findall(text)) >= LETTER_SPACED


LETTER_SPACED = 4

_GLYPH_RE = re.compile(r"[\u4e00-\u9fff]")

CELLS_READ_AS_MARKS = ("nothing after its label, in a table whose cells an OCR read apart from its labels as lines "
                       "of marks (`口 |口|口|…`): its cells may be any of them, so they are not known to be blank")

FIGURES_BETWEEN_BARE_LABELS = ("a line of figures alone taken for it stands between its label and another row's, "
                               "neither printing a figure: either row's (a label wrapped round its figures, a line "
                               "lost); not known")

def _figures_between_bare_labels(read: dict[str, tuple[Row, list[RawCell | None], str | None, str]],
                                 rows: list[Row], found: dict[str, Row]) -> list[str]:
    """The rows read (`read`) from a line of figures alone (no label on it) whose neighbour line on one side is
    another found row's label printing no figure, and on the other a line of labels alone (its own label, or a
    heading): that line may be either row's, so both are returned (the other read blank or unknown)."""
    key_of: dict[int, str] = {}
    index_of: dict[int, int] | None = None  # built at the first row read from a line without a label (most tables: none)
    taken: list[str] = []
    for key, (row, fitted, problem, _) in read.items():
        if problem is not None or row.label_cells() or found.get(key) is not row \
                or not any(cell is not None and not cell.is_empty for cell in fitted):
            continue
        if index_of is None:
            key_of = {id(found_row): found_key for found_key, found_row in found.items()}
            index_of = {id(line): index for index, line in enumerate(rows)}
        if (at := index_of.get(id(row))) is None:
            continue
        sides = [rows[near] for near in (at - 1, at + 1) if 0 <= near < len(rows)]
        if len(sides) != 2 or any(side.has_figures() or not side.label_cells() for side in sides):
            continue
        others = [key_of[id(side)] for side in sides if id(side) in key_of and key_of[id(side)] != key]
        if others:
            taken += [key, *(other for other in others if other in read)]
    return list(dict.fromkeys(taken))


FIGURES_UNTAKEN = ("no figure after its label, in a table where a line of figures stands with no row's label (after a "
                   "piece of a wrapped label, a margin heading or a page's number): its figures may be that line, "
                   "printed before its label; not known to be blank")

FIGURES_AFTER_A_BARE_LABEL = (
    "its figures on a line of their own after its label's, in a table that prints some rows' figures before "
    "their label (a whole row's figures on a line no row takes): that line may be the next row's, printed before "
    "its label; which row's is not known")

def _figures_on_the_line_after_its_label(row: Row) -> bool:
    """Whether the row's figures, one space apart, all stand on one line after its label's lines (a label
    alone on its line, then `3 0 0 0 0 0 3`: `_figure_lines_spaced_like_their_rows` made them its cells)."""
    values = row.filled_values()
    labels = row.label_cells()
    return row.spaced and bool(values) and bool(labels) and len({cell.line for cell in values}) == 1 \
        and values[0].line > max(cell.line for cell in labels)


def _another_row_follows(rows: list[Row], row: Row, found: dict[str, Row]) -> bool:
    """Whether the row after `row` is another template row's (found for one, or opening a numbered label) or a
    line of figures: not the rest of `row`'s own label, round which pdfplumber centres its figures
    (`4.保护第三方` / `2 1 0 0 0 0 3` / `合法权益`: those figures are its own)."""
    at = position_in(rows, row)
    if at is None or at + 1 >= len(rows):
        return at is not None
    after = rows[at + 1]
    return any(after is other for other in found.values()) or after.has_figures() or \
        _opens_a_numbered_label(after, _SUB_ROW_NUMBERING_RE) or _NUMBERED_LABEL_RE.match(after.label.strip()) is not None


def _figures_no_row_takes(rows: list[Row], found: dict[str, Row], allowed: Sequence[str]) -> list[Row]:
    """Rows among table 3's found rows whose two or more figures no template row takes: their label (if any)
    names no row (`计其他情形）`, the end of the row above's wrapped label; `本`, a margin heading's character);
    or a row's figures, a whole row of them, read into a label's text (`（ 三 属于 0 0 0 0 0 0 0\f） 不 国家`: the
    last line of a page and the next page's first on one line, pages joined by a form feed alone).
    pdfplumber prints a vertically centred cell's figures before its wrapped label, so such a line may be the
    figures of a label-only row below it: that row is then not known to be blank, in any text."""
    taken = {id(found[key]) for key in allowed if key in found}
    at = list(compress(range(len(rows)), map(taken.__contains__, map(id, rows))))  # at C level: asked of every row
    if not at:
        return []
    width = len(L.APPLICANT_KEYS)
    # a row found with the cells of its wrapped lines joined is a new row holding the very cells of its label's
    # line (`_with_cells_on_its_wrapped_lines`): that line's figures are taken (not the wrapped lines', whose
    # figures may be the next label's, printed before it); built at the first untaken row of figures (most
    # tables: every row between the first found and the last is found, and none is asked)
    read: set[tuple[int, int]] | None = None

    def all_read(row: Row, figures: list[RawCell]) -> bool:
        nonlocal read
        if read is None:
            read = {(found_row.line, id(cell)) for key in allowed if (found_row := found.get(key)) is not None
                    for cell in found_row.values()}
        return all((row.line, id(cell)) in read for cell in figures)

    # a label cell's figures one space apart are figures of its whole label too: its cells are asked only then
    return [row for row in rows[at[0] : at[-1] + 1] if (id(row) not in taken and len(figures := _figures_of(row)) >= 2
                                                        and not all_read(row, figures))
            or (_SPACED_FIGURES_RE.search(row.label) is not None
                and any(len(run.split()) >= width for cell in row.label_cells()
                        for run in _SPACED_FIGURES_RE.findall(cell.text)))]


def _figures_of(row: Row) -> list[RawCell]:
    """A row's figures, a lone cell of figures one space apart (`1 0 0 0 0 0 1` on a line of its own) as its figures."""
    cells = row.filled_values()
    if len(cells) == 1 and _SPACED_FIGURES_RE.fullmatch(cells[0].text.strip()):
        return [RawCell(text, cells[0].line) for text in cells[0].text.split()]
    figures = []  # (a loop: see `Row._classified_as`)
    for cell in cells:
        if looks_like_value(cell.text):
            figures.append(cell)
    return figures


def _texts_of(cells: list[RawCell]) -> tuple[str, ...]:
    """The cells' texts, in order (a loop, not a comprehension: asked of every row's few label cells, and Python
    3.11 builds a function for each comprehension, see `Row._classified_as`)."""
    texts = []
    for cell in cells:
        texts.append(cell.text)
    return tuple(texts)


def _figures_before_labels(rows: list[Row], found: dict[str, Row], allowed: Sequence[str], untaken: list[Row],
                           width: int) -> tuple[dict[str, list[RawCell]], dict[str, Row]]:
    """Each untaken line of figures → the template row whose label, with no figures of its own, is the next label
    that names a row (lines between hold no figures), where the row above it has figures of its own; or the row
    whose label without figures is the last line above it that names a row or holds figures, where the next such
    line below is a row with figures of its own (a label wrapped round its figures, the line between holding a
    group heading or nothing else). A line beside a figure-less label on each side is no row's. Each line as
    many figures as columns keeping its row's sum, one line a row. Taken only where APP_OUTCOME_SUM and APP_BALANCE
    check every column, hold with every line so placed, and fail without (the lines' figures are the rows' and
    the text is shown to print figures first; all-zero lines then go with them); else nothing is taken.

    Aligned text (`pdftotext -layout`) needs no sums to place a line whose neighbours are one label's two pieces:
    right above it a figure-less row's label, right below it a line without figures whose words are the rest of
    that label (`2.没有现成信息需要另行` / `（四）无法提供  0 1 0 …` / `制作`). The line stands within that row's cell
    (the text's lines go top to bottom, and no other row's cell lies between two lines of one label), so it is
    that row's, zeros too; it is taken where the sums hold with it (the second item: each such line's row → the
    line of its label's first words, found as the row or not)."""
    key_of = {id(found[key]): key for key in allowed if key in found}
    index_of = {id(row): index for index, row in enumerate(rows)}
    pairs: dict[str, list[RawCell]] = {}
    unfound = [key for key in allowed if key not in found]
    inside: dict[str, list[RawCell]] = {}
    labels: dict[str, Row] = {}
    unplaced = False  # a line no rule places (its row not known): only the lines inside their labels are taken
    for line in untaken:
        start = index_of[id(line)]
        figures = _figures_of(line)
        if (owner := _label_round_the_line(rows, start, key_of, unfound)) is not None and len(figures) != width:
            # aligned: `０ ０`, two columns' figures a space apart; a pipe row: two columns' words in one grid cell
            figures = (_words_filling_the_columns(line, width) or figures) if line.piped else figure_parts(figures)
        if len(figures) != width or (reading := reading_of(figures)) is None or not R.applicant_sum_holds(reading):
            unplaced = True
            continue
        if owner is not None:  # within its label's lines (aligned text): its own
            if owner in inside or owner in pairs:
                return {}, {}
            inside[owner] = figures
            labels[owner] = rows[start - 1]
            continue
        above = next((rows[i] for i in range(start - 1, -1, -1) if id(rows[i]) in key_of), None)
        below = next((i for i in range(start + 1, len(rows)) if id(rows[i]) in key_of or rows[i].values()), None)
        up = next((rows[i] for i in range(start - 1, -1, -1) if id(rows[i]) in key_of or rows[i].values()), None)
        if above is not None and above.values() and below is not None and id(rows[below]) in key_of \
                and not rows[below].values():
            key = key_of[id(rows[below])]  # before the label below, after the row above's own figures
        elif up is not None and id(up) in key_of and not up.values() and below is not None \
                and id(rows[below]) in key_of and rows[below].values():
            # after a label without figures (its first line, wrapped round them, `2.没有现成信息需要另行` /
            # `(四)无法提供 0 0 … 0` / `制作`) and before a row with its own: that label's, or no row's
            key = key_of[id(up)]
        else:  # no figure-less label beside it, or one on each side (either could take it): not known
            unplaced = True
            continue
        if key in pairs or key in inside:
            return {}, {}
        pairs[key] = figures
    if unplaced:  # the sums cannot check a table missing a line's row: the lines inside their labels alone
        return inside, labels
    outcomes = tuple(k for k in allowed if L.APPLICATION_ROWS[k][1] == "outcome"
                     and not ("other" in found and k in _OTHER_SUB_ROWS and k not in found))
    table: dict[str, R.Reading | None] = {}
    for key in allowed:
        if key in found:
            values = found[key].values()
            if found[key].aligned and values and len(values) != width:
                values = figure_parts(values)  # `０ ０`: two columns' figures a space apart
            table[key] = (None,) * width if not values else reading_of(values) if len(values) == width else None
    # the lines within their labels are placed by the text (where the sums, if they held without them, still
    # hold); the others only where the sums need them
    bare = dict(table)
    table.update({key: reading_of(figures) for key, figures in inside.items()})
    placed = {**table, **{key: reading_of(figures) for key, figures in pairs.items()}}
    checked = all(placed.get(key) is not None for key in (*outcomes, "results_total", "new_received", "carried_over", "carried_forward"))
    if inside and all(table.get(key) is not None for key in (*outcomes, "results_total", "new_received", "carried_over",
                                                             "carried_forward")) \
            and R.failing_columns(table, outcomes) and not R.failing_columns(bare, outcomes):
        return {}, {}  # the sums held without them and fail with them: the text's rows are not what they seem
    if pairs and (not checked or R.failing_columns(placed, outcomes) or not R.failing_columns(table, outcomes)):
        return inside, labels  # the sums do not prove the others
    return {**pairs, **inside}, labels


def _label_round_the_line(rows: list[Row], at: int, key_of: dict[int, str], unfound: Sequence[str]) -> str | None:
    """The key of the row whose label is wrapped round the aligned line `rows[at]` (figures, beside them a group
    heading or nothing that opens a numbered label): the line right above is that row's label without figures,
    the line right below holds no figures, names no row and is the rest of that label's words (its first line's
    words and its own make one of the row's labels, with the words two rows share at its end or without; a margin
    heading's characters may stand before them). A first line that named no row alone (`1.申请人`, the start of
    both （六）1 and 2) is the row `unfound` whose label the two lines make. A markitdown pipe row between plain
    lines of label words: `_label_round_the_pipe_row`."""
    if not 0 < at < len(rows) - 1:
        return None
    if (pieces := label_round_a_pipe_row(rows, at)) is not None:  # markitdown: the label's lines as plain lines
        return _label_round_the_pipe_row(*pieces, key_of, unfound)
    up, line, down = rows[at - 1], rows[at], rows[at + 1]
    if id(down) in key_of or not (up.aligned and line.aligned) or up.values() or down.values() \
            or _SUB_ROW_NUMBERING_RE.match(line.label.strip()) and not _GROUP_HEADING_WORD_RE.fullmatch(
                L.squash(line.label) or "、"):
        return None
    first, rest = L.squash(up.label), L.squash(down.label)
    if not first or not rest:
        return None
    keys = [key_of[id(up)]] if id(up) in key_of else [key for key in unfound if _NUMBERED_LABEL_RE.match(up.label.strip())]
    owners = [key for key in keys if _the_rest_of_its_label(key, first, rest)]
    return owners[0] if len(owners) == 1 else None


def _label_round_the_pipe_row(above: list[Row], below: list[Row], key_of: dict[int, str], unfound: Sequence[str]
                              ) -> str | None:
    """`_label_round_the_line` of a markitdown pipe row between the plain lines of a label: the row they spell
    whole, one of the lines that row's found label or none any row's (labels_round_pipe_rows.py)."""
    found = {key_of[id(line)] for line in (*above, *below) if id(line) in key_of}
    keys = list(found) if len(found) == 1 else unfound if not found else []
    owners = [key for key in keys if spells_the_row(key, above, below)]
    return owners[0] if len(owners) == 1 else None


def _the_rest_of_its_label(key: str, first: str, rest: str) -> bool:
    """Whether `rest` (squashed; a margin heading's characters may stand before it) completes the row's label
    after its first line's squashed words `first`, with or without the words several rows end in."""
    for variant in L.APPLICATION_ROWS[key][0]:
        if variant.startswith(first):
            tail = variant[len(first):]
            # `、行政机关不再处理其…` too (alone where the first line holds the row's own words whole)
            for whole in filter(None, (tail, tail + L.APPLICATION_SHARED_ENDINGS.get(key, ""))):
                if rest == whole or (rest.endswith(whole) and _GROUP_HEADING_WORD_RE.fullmatch(rest[:-len(whole)])):
                    return True
    return False


NO_BLANKS_ELSEWHERE = ("no figure on its label's lines, in aligned text whose other rows print a figure in every "
                      "column (a blank cell is never left empty there): its figures may stand on a line another "
                      "label took; not known to be blank")

def _label_alone_on_its_line(rows: list[Row], row: Row, key: str, found: dict[str, Row]) -> bool:
    """Whether a row printing nothing on its line holds its whole label there, one line, with nothing on the lines
    just above and below it but another row's own line (its label's line, with its figures). A table sets a
    row's cells on its label's line, or, a cell wrapped over several lines, round it (vertically centred, or from
    its top): the pieces of such a cell would stand on its own line or the lines beside it. With none there, its
    cells printed nothing (blank), even where the other rows print every cell: no line another label took can
    hold them (a label wrapped round its figures takes the line between its own pieces)."""
    return not row.values() and _whole_label_with_nothing_beside(rows, row, key, found)


def _whole_label_with_nothing_beside(rows: list[Row], row: Row, key: str, found: dict[str, Row]) -> bool:
    """Whether the row holds its whole label on its line, with nothing on the lines just above and below it but
    another row's own line (`_label_alone_on_its_line`): no cell of it stands on a line apart."""
    index = position_in(rows, row)
    if index is None or L.squash(row.label) not in L.APPLICATION_ROWS[key][0]:
        return False
    own_lines = {id(other) for other_key, other in found.items() if other_key != key and other.has_figures()}
    beside = [rows[at] for at in (index - 1, index + 1) if 0 <= at < len(rows)]
    return all(not near.values() or id(near) in own_lines for near in beside)


def _blank_marks_alone(rows: list[Row], row: Row, key: str, found: dict[str, Row]) -> bool:
    """Whether a row of a table whose header shows its first columns only prints blank marks alone (`无 无 无 无`,
    `- - - - -`), fewer or more placed than its columns, on its label's line with nothing on the lines beside it
    (`_whole_label_with_nothing_beside`): each mark is a blank cell whatever column it stands in, and a shown
    column printing nothing is blank too (a figure there would print), so every shown cell is blank without
    placing one mark. (A cell of the row wrapped or centred on another line would stand beside it.)"""
    parts = figure_parts([value for value in row.values() if not value.is_empty])
    return bool(parts) and len({part.line for part in parts}) == 1 and all(
        not part.problem and read_count(part.text).state == BLANK for part in parts) \
        and _whole_label_with_nothing_beside(rows, row, key, found)


def _shown_blank(row: Row, shown: int, width: int) -> list[RawCell | None]:
    """A row's cells blank in the `shown` columns, the cut ones unknown."""
    return [*[RawCell("", row.line) for _ in range(shown)], *[None] * (width - shown)]


def _every_cell_printed(rows: Iterable[Row], width: int) -> bool:
    """Aligned text of table 3 whose rows with figures print one in every column, three rows or more:
    the table writes its zeros, so a row without any figure is not known to be empty (its figures
    may stand on a neighbour's line, a label wrapped around them)."""
    printed = 0
    for row in rows:
        if row.aligned and row.has_figures():
            filled = row.filled_values()
            if len(filled) != width and len(figure_parts(filled)) != width:
                return False
            printed += 1
    return printed >= 3


def _names_two_applicants(text: str) -> bool:
    """A header cell whose words begin two different applicant columns' names (`科研 社会公`, `商业企业 其他`)."""
    words = text.split()
    if len(words) < 2:  # most cells: one word or none (asked of every cell of every pipe header row)
        return False
    starts = {key for word in words if len(L.squash(word)) >= 2
              for key, names in L.APPLICANTS.items() if any(name.startswith(L.squash(word)) for name in names)}
    return len(starts) > 1


def _names_the_total_column(text: str) -> bool:
    """Whether a cell whose core words are 总计 is the header's name of the total column, not table 3's row
    `（七）总计` (a pipe row printing nothing, its label's numbering or a piece of it, `）总计`, beside its name):
    the header names the column in the words 总计 alone."""
    return L.to_simplified(L.normalize_text("".join(text.split()))) == "总计"


class _PipeHeaderNames(NamedTuple):
    """What a pipe row without figures names, by its cells' places (`_pipe_header_names`)."""

    others: frozenset[int]  # the cells naming `其他` alone, not inside the header's `法人或其他组织`
    first: int | None  # the first cell naming 自然人
    last: int | None  # the first cell naming 总计 and nothing else
    two_in_a_cell: frozenset[int]  # the cells naming two applicant columns (`商业 科研`)
    unnamed: frozenset[int]  # from `first` to `last`, where these name every applicant column: the empty cells


@lru_cache(maxsize=1 << 12)  # asked of every pipe row without figures: a layout's header rows recur
def _pipe_header_names(cell_texts: tuple[str, ...]) -> _PipeHeaderNames:
    """What a pipe row without figures (its cells' texts) names where, for `_pipe_headers`."""
    texts = [L.squash(text) for text in cell_texts]
    first = next((i for i, text in enumerate(texts) if "自然人" in text), None)
    last = next((i for i, text in enumerate(texts) if text == "总计" and _names_the_total_column(cell_texts[i])), None)
    unnamed: frozenset[int] = frozenset()
    if first is not None and last is not None and first < last:
        keys = [_applicant_of(text) if text else None for text in texts[first : last + 1]]
        if [key for key in keys if key is not None] == list(L.APPLICANT_KEYS) \
                and all(key is not None or not texts[first + at] for at, key in enumerate(keys)):
            unnamed = frozenset(first + at for at, key in enumerate(keys) if key is None)
    return _PipeHeaderNames(frozenset(at for at, text in enumerate(texts) if "其他" in text.replace("法人或其他组织", "")),
                            first, last, frozenset(at for at, text in enumerate(cell_texts) if _names_two_applicants(text)),
                            unnamed)


def _pipe_headers(rows: list[Row]) -> _PipeHeaders:
    span_above, total_above, unnamed_above = {}, {}, {}
    spans, totals, unnamed = {}, {}, {}  # width → what the nearest header of that width said so far
    under: dict[int, list[Row]] = {}  # width → the rows under the nearest header of that width naming 总计
    groups: list[list[Row]] = []  # the rows under each header naming 总计
    merged: set[int] = set()  # id(a group) whose 总计 cell holds several words in one of its rows
    beside_other: set[int] = set()  # id(a group) whose 总计 cell a header row as wide names 其他 in too
    others: dict[int, frozenset[int]] = {}  # width → the places naming 其他 in its header rows since its last figure row
    two_in_a_cell: dict[int, frozenset[int]] = {}  # width → the places where its header rows so far merged two columns
    two_in_a_cell_above: dict[int, frozenset[int]] = {}
    pages: dict[int, int] = {}  # width → its nearest header's `markdown_page`
    header_page: dict[int, int] = {}  # id(row) → those of the header placing it
    for row in rows:
        width = len(row.cells)
        if width in pages and (width in spans or width in totals):
            header_page[id(row)] = pages[width]
        if two_in_a_cell.get(width):
            two_in_a_cell_above[id(row)] = two_in_a_cell[width]
        if width in spans:
            span_above[id(row)] = spans[width]
            if unnamed[width]:
                unnamed_above[id(row)] = unnamed[width]
        if width in totals:
            total_above[id(row)] = totals[width]
            under[width].append(row)
            words = row.cells[totals[width]].text.split()
            if row.piped and len(words) > 1 and all(map(_figure_or_mark, words)):
                merged.add(id(under[width]))
        if row.piped and row.figures_after_label:
            others.pop(width, None)
        if row.piped and not row.figures_after_label:
            named = _pipe_header_names(_texts_of(row.cells))
            other_places = others.get(width, frozenset()) | named.others
            others[width] = other_places
            if width in totals and totals[width] in other_places:
                beside_other.add(id(under[width]))
            first, last = named.first, named.last
            if named.two_in_a_cell:
                two_in_a_cell[width] = two_in_a_cell.get(width, frozenset()) | named.two_in_a_cell
            if first is not None and last is not None and first < last:
                two_in_a_cell[width] = frozenset()
                spans[width] = (first, last)
                unnamed[width] = named.unnamed
            if last is not None:
                totals[width] = last
                under[width] = []
                groups.append(under[width])
                pages[width] = row.markdown_page
                if last in other_places:
                    beside_other.add(id(under[width]))
    off_page = rows_past_their_headers_page(rows, span_above, total_above, unnamed_above, header_page)
    total_merged = {id(row): True for group in groups if id(group) in merged for row in group}
    total_beside_other = frozenset(id(row) for group in groups if id(group) in beside_other for row in group)
    return _PipeHeaders(span_above, total_above, unnamed_above, total_merged, two_in_a_cell_above, frozenset(off_page),
                        total_beside_other)


def _pipe_header_span(headers: _PipeHeaders, row: Row) -> tuple[int, int] | None:
    """(first, past) of the applicant columns a markdown table's header names, from the cell naming
    自然人 to the one naming 总计, in the nearest header row above `row` as wide as it (a converter's
    markdown of a PDF keeps the header's cells where its rows' cells stand). None: no such header."""
    if (span := headers.span_above.get(id(row))) is None:
        return None
    first, last = span
    # the header fits the row only where its label ends before the columns and nothing stands outside them
    label_end = _last_cell_of_words(row)
    outside = row.cells[label_end + 1 : first] + row.cells[last + 1 :]
    return (first, last + 1) if label_end < first and prints_nothing(outside) else None


def _under_a_total_header(headers: _PipeHeaders, row: Row, rows: list[Row]) -> RawCell | None:
    """The figure of a pipe row whose applicant cells cannot be placed (columns merged) that stands
    under its header's `总计` cell, in the nearest header row above as wide as the row: the row's total. Not
    where a cell after it holds something (`| 1 | 2 |` under `| 总计 |  |`: 12 printed in two pieces?).
    Where a header row as wide names 其他 in that cell too (markitdown merged the two columns), the figure alone
    there is the total only when above 0 and nothing stands apart round the row (`_nothing_apart_round`): were it
    其他's, the total, no smaller and not blank (a blank adds nothing: APP_APPLICANT_SUM), would print a second
    word in the cell, a cell after it, or a line round the row. A 0 may be 其他's with the total blank (every rule
    holds either way): unknown."""
    if (at := headers.total_above.get(id(row))) is not None and id(row) not in headers.off_their_headers_page:
        cell = row.cells[at]
        if not _is_figure(cell.text.strip()) or any(not after.is_empty for after in row.cells[at + 1 :]) \
                or headers.total_merged.get(id(row)):
            return None
        if id(row) in headers.total_beside_other and not ((read_count(cell.text).value or 0) > 0
                                                          and _nothing_apart_round(rows, row)):
            return None
        return cell
    return None


def _nothing_apart_round(rows: list[Row], row: Row) -> bool:
    """Whether no figure stands on the lines between `row` and the pipe rows nearest above and below it, and
    neither of those is a pipe row of figures without words: no figure of the row wrapped off its line (Chromium's
    `２２` / `| … | ６ |` / `１`, markitdown setting such pieces on lines of their own or pipe rows of their own)."""
    at = position_in(rows, row)
    if at is None:
        return False
    for step in (-1, 1):
        near = at + step
        while 0 <= near < len(rows) and not rows[near].piped:
            if rows[near].has_figures():
                return False
            near += step
        if 0 <= near < len(rows) and rows[near].has_figures() \
                and not any(_holds_words(cell.text) for cell in rows[near].cells):
            return False
    return True


def _pipe_words_before_a_cut_total(header_rows: list[Row], read: dict[str, tuple[Row, list, str | None, str]],
                                   width: int, printed_width: dict[int, int]) -> dict[str, list[RawCell] | None] | None:
    """A converter's markdown of a PDF whose table 3 is cut at the page's edge with its 总计 column
    (LibreOffice's PDF of a page wider than the paper, then markitdown: `|  | 3 0 | 0 1 | 0 | 0 |`): where
    the header names 自然人 and nothing of 总计, no pipe row found holds as many figures and marks as the template's
    columns or more, and two thirds of them at least (two or more; a label's line alone is read as it is) hold
    no empty cell from their first figure to their last and, split at their spaces, exactly one figure or blank
    mark fewer than the columns, those words are the shown columns in order (nothing is left out of a row
    that prints a mark in every shown column) and the total is the one cut. Those rows → their words, and a row of
    as many words as the columns or more → None (`| 1 0 | 2 | … | 3 | 2 |`: 10 printed `1 0`, or a total beside
    the cut ones? unknown; it once read the whole table's empty cells past 其他 as blank totals), and so are the plain
    lines of single-spaced words as many as the shown columns after a label's piece (LibreOffice's DOCX print, its
    narrow label column wrapped); the others are read as they are (a figure glued to a label, a lost cell), but a
    row holding the page's gap among its words (an empty cell where no row as wide prints) → None: read as it stands,
    the gap would be a column. None for the table otherwise."""
    words_of_header = "".join(cell.text for row in header_rows for cell in row.cells)
    # a header word spread a character a line (`自` / `然` / `人`, markitdown's lines between the pipe rows), or
    # its first character on the line of the spanning header (`自 法人或其他组织` / `然` / `| 人 | 科研 社会公 |`):
    # the header's next applicant column, 商业企业, then names the table
    one_a_line = "".join(text for row in header_rows if len(text := L.squash("".join(c.text for c in row.cells))) == 1)
    # (`自 然`: LibreOffice spreads a narrow cell's characters apart, even inside the bracketed note's lines)
    names_applicants = "自然" in "".join(words_of_header.split()) or "自然" in one_a_line or \
        L.APPLICANTS["commercial_enterprise"][0] in L.squash(words_of_header) or \
        _spells_the_shown_applicants(L.to_simplified(L.normalize_text(words_of_header)))
    if "总" in words_of_header or not names_applicants or not read:
        return None
    # the places of a pipe width's cells that print something in some row (counted from the row's end: the empty
    # cells before a row's figures may have been dropped, `printed_width`), and how many rows are that wide: a place
    # among a row's words that no row as wide prints in (`| 22 | 2 | 1 0 |  | 0 | 0 |` and its page's others) is
    # the page's gap between two words, no column's (the words already fill the shown columns)
    printing: dict[int, set[int]] = {}
    as_wide: Counter[int] = Counter()
    for row, _, _, _ in read.values():
        if row.piped and row.has_figures():
            as_wide[wide := printed_width.get(id(row), len(row.cells))] += 1
            printing.setdefault(wide, set()).update(
                at - len(row.cells) for at, cell in enumerate(row.cells) if not cell.is_empty)
    words, piped, over, spaced = {}, 0, [], {}
    named = _places_named_up_to_other(header_rows)
    placed = 0  # rows under such a header, placed by it or left unknown: never read as they stand
    for key, (row, _, _, _) in read.items():
        if not row.piped:
            # a plain line of single-spaced words after its label's first piece (`2.其 0 0 1 0 0 0`, LibreOffice's
            # narrow label column wrapped): one a shown column where they are as many, as the pipe rows' words
            # (a line of fewer, a blank printing nothing, is read as it is); a label's line alone: as read
            if row.spaced and len(parts := row.cells[_last_cell_of_words(row) + 1 :]) == width - 1 \
                    and all(_figure_or_mark(part.text) for part in parts):
                spaced[key] = list(parts)
            continue
        if named is not None and row.has_figures() and printed_width.get(id(row), len(row.cells)) == named[0]:
            placed += 1
            if (under := _words_under_places_named(row, named[1], printing.get(named[0], set()))) is not None:
                words[key] = under
            else:
                over.append(key)  # read as it stands, the header's unnamed cell would be taken for a column
            continue
        # the cells after its last cell of words (a merged cell `13 -` may have been taken for its label's)
        start = _last_cell_of_words(row) + 1
        values = row.cells[start:]
        piped += 1
        filled = [at for at, cell in enumerate(values) if not cell.is_empty]
        parts = [RawCell(word, cell.line) for cell in values[filled[0] : filled[-1] + 1] for word in cell.text.split()] \
            if filled else []
        if len(parts) >= width:
            over.append(key)  # a figure past the shown columns: a figure split by a space, or its total printed
            continue
        gaps = [start + at - len(row.cells) for at in range(filled[0], filled[-1]) if values[at].is_empty] if filled else []
        wide = printed_width.get(id(row), len(row.cells))
        if gaps and (as_wide[wide] < 2 or any(at in printing[wide] for at in gaps)):
            continue  # an empty cell where a row as wide prints: a blank printing nothing in its place?
        if not filled or len(parts) != width - 1 \
                or not all(_is_figure(part.text) or part.text in L.BLANK_TOKENS for part in parts):
            if gaps:
                over.append(key)  # read as it stands, the page's gap among its cells would be taken for a column
            continue  # read as it is (a figure glued to its label, a cell lost): never placed by the others
        words[key] = parts
    if not placed and (len(words) < 2 or 3 * len(words) < 2 * piped):
        return None
    # (the spaced lines only where the rows' count proved every cell prints: under a header placing the rows by its
    # named cells a blank may print nothing)
    return {**(spaced if not placed else {}), **words, **dict.fromkeys(over)}


def _spells_the_shown_applicants(header: str) -> bool:
    """Whether a header's words (its lines and pipe cells in the order printed) spell the six applicant columns'
    names, each name's glyphs in order, however LibreOffice stacked a narrow column's name and markitdown split it
    over pipe cells and plain lines (`自` / `然` / `| 人 商 业 |` / `| 企 业 |`: 自然人 and 商业企业 in one cell)."""
    return all(any(_glyphs_in_order(header, name) for name in L.APPLICANTS[key]) for key in L.APPLICANT_KEYS[:-1])


def _glyphs_in_order(text: str, word: str) -> bool:
    """Whether `word`'s characters stand in `text` in order, other characters among them."""
    rest = iter(text)
    return all(glyph in rest for glyph in word)


def _places_named_up_to_other(header_rows: list[Row]) -> tuple[int, list[int]] | None:
    """The nearest pipe header row above table 3's rows (markitdown's grid of a PDF cut with its 总计 column) naming
    the six applicant columns up to 其他, one a cell, in order, with an empty cell of no column among them (the page's
    gap: `| （本列…） | 自然人 | 商业企业 |  | 科研机构 | … | 其他 |`) and nothing after 其他: its width, and the places
    of its named cells counted from its end (a row may have lost empty cells before its figures). None otherwise."""
    header = next((row for row in reversed(header_rows) if row.piped and not row.has_figures()), None)
    if header is None:
        return None
    keys = [_applicant_of(cell.text) if not cell.is_empty else None for cell in header.cells]
    named = [at for at, key in enumerate(keys) if key is not None]
    if [keys[at] for at in named] != list(L.APPLICANT_KEYS[:-1]) or named[-1] - named[0] + 1 == len(named) \
            or any(not header.cells[at].is_empty for at in range(named[0], len(keys)) if keys[at] is None):
        return None
    width = len(header.cells)
    return width, [at - width for at in named]


def _words_under_places_named(row: Row, named: list[int], printing: set[int]) -> list[RawCell] | None:
    """A pipe row as wide as a header naming the shown applicant columns with an empty cell of no column among them
    (`_places_named_up_to_other`, the places counted from the end): its six words, where they stand one a named cell,
    nothing in the unnamed ones nor after 其他 (a blank printing nothing keeps its place, an empty named cell before
    a word; an empty 其他 may be words packed to the left past a blank, never read); or, words merged in cells packed
    to the left (`| 4 | 0 1 | 0 | 0 |  | 0 |  |`), its words six figures or marks, each empty cell among them at an
    unnamed place or one no row as wide prints in (never a blank in its place beside a figure split in two). None:
    which column each word stands in is not known."""
    cells = row.cells
    label_end = _last_cell_of_words(row) - len(cells)
    if label_end >= named[0]:
        return None
    region = range(label_end + 1, 0)
    under = [cells[at] for at in named]
    if all(cells[at].is_empty for at in region if at not in named) and not under[-1].is_empty \
            and all(cell.is_empty or _figures_or_marks(cell.text) and len(cell.text.split()) == 1 for cell in under):
        return [RawCell(cell.text.strip(), cell.line) for cell in under]
    filled = [at for at in region if not cells[at].is_empty]
    parts = [RawCell(word, cells[at].line) for at in range(filled[0], filled[-1] + 1) for word in cells[at].text.split()] \
        if filled else []
    unnamed = set(range(named[0], named[-1])) - set(named)
    if len(parts) != len(named) or not all(_figure_or_mark(part.text) for part in parts) or \
            any(cells[at].is_empty and at not in unnamed and at in printing for at in range(filled[0], filled[-1])):
        return None
    return parts


WORDS_PAST_A_CUT_TOTAL = ("a converter's pipe row printing as many figures and blank marks as the template's columns or "
                          "more, or not one for each shown column beside an empty cell of no column (the page's gap), "
                          "where the header names no 总计 and the table's other rows print one for each shown column "
                          "(the total cut at the page's edge): a figure split by a space, a total printed or a blank "
                          "printing nothing is not known")

FIGURES_READ_AS_LABEL = ("a converter's pipe row whose merged cells of figures and blank marks (`— 5`) stand where "
                         "its label was taken to go on, their words not one to each column: which column each "
                         "figure stands in is not known")

BARE_LABEL_AMONG_PIPE_ROWS = ("its label on a line of its own among a converter's pipe rows, no cell after it, beside a "
                              "pipe row of figures without a label (its figures, or another row's?): not known to be "
                              "blank")

def _beside_a_label_less_pipe_row(rows: list[Row], row: Row) -> bool:
    """Whether the line right before or after `row` is a pipe row of figures holding no words: a converter's
    markdown prints a row whose blanks print nothing as its label's line alone (a blank row), but also a row
    whose label wrapped round its figures' line (`一、本年` / `|  | 11 — | 3 — | … |` / `新收…申请数量`)."""
    at = position_in(rows, row)
    if at is None:
        return False
    return any(0 <= i < len(rows) and rows[i].piped and rows[i].has_figures()
               and not any(_holds_words(cell.text) for cell in rows[i].cells) for i in (at - 1, at + 1))


def _pipe_value_words(row: Row) -> tuple[str, ...] | None:
    """The words of a pipe row's cells after its last cell of words (a merged cell `3 —` may have been taken
    for its label's), where each is a figure or a blank mark; None where another word stands among them."""
    return _value_words_of(tuple(map(_TEXT_OF, row.cells)))


@lru_cache(maxsize=1 << 12)  # asked of every pipe row of table 3: its cells' texts recur from report to report
def _value_words_of(texts: tuple[str, ...]) -> tuple[str, ...] | None:
    """`_pipe_value_words` of a pipe row's cells' texts."""
    words = tuple([word for text in texts[_last_of_words(texts) + 1 :] for word in text.split()])
    return words if all(map(_figure_or_mark, words)) else None


def _short_of_words(count: int) -> str:
    return (f"a converter's pipe row of {count} figures and blank marks where the table's other rows print one for "
            "each column it shows (a mark for a blank): a cell printed nothing or was lost, and which one is not "
            "known (the words may stand packed to the left of their columns)")


def _pipe_rows_short_of_words(read: dict[str, tuple[Row, list, str | None, str]], width: int) -> dict[str, int]:
    """Table 3's pipe rows (a converter's markdown of a PDF) printing fewer figures and blank marks than the columns
    where two thirds of the table's pipe rows of figures at least (three or more) print one for each column shown
    (the template's, or all but the total where the header cut 总计 and those rows print one fewer): such a table
    writes a mark for each blank, so a row short of words lost a cell or printed nothing for a blank, and where its
    empty cells all follow its words, markitdown may have set them packed to the left (`| 3 | 0 | 0 | 0 | 0 | 3 |  |`
    for 3, nothing, 0, 0, 0, 0, 3): where the blank stands is not known, and no rule sees a total read blank. Under
    a header showing the total, only where its last word may be that total (`_last_word_its_sum`). Those rows and
    their counts of words."""
    value_words = {key: words for key, (row, _, _, _) in read.items()
                   if row.piped and row.has_figures() and (words := _pipe_value_words(row)) is not None and words}
    if len(value_words) < 3:
        return {}
    counts = {key: len(words) for key, words in value_words.items()}
    shown, most = Counter(counts.values()).most_common(1)[0]
    if shown not in (width, width - 1) or 3 * most < 2 * len(counts) or \
            (shown == width - 1 and any(count == width for count in counts.values())):
        return {}
    # an empty cell before a word read (`|  | 0 | 0 | 0 | 0 | 0 |  |`): markitdown kept the words' places, so its
    # empty cells are blanks in their columns; only a row whose empty cells all follow its words may be packed
    # (asked of a short row only); a reading leaving some of the shown columns unknown already said what it does
    # not know
    return {key: count for key, count in counts.items() if count < shown
            and not any(raw is not None and raw.is_empty for raw in read[key][1][: _last_filled(read[key][1])])
            and all(raw is not None for raw in read[key][1][:shown])
            and (shown < width or _last_word_its_sum(value_words[key]))}


SHORT_LINE_AMONG_SPARSE_PIPE_ROWS = (
    "a line of figures outside the converter's pipe rows, fewer than the columns, in a table whose pipe rows leave "
    "empty cells among their figures (its blanks print nothing): the line keeps no cell's place, so which columns its "
    "figures stand in is not known")

def _short_lines_among_sparse_pipe_rows(read: dict[str, tuple[Row, list, str | None, str]], width: int) -> list[str]:
    """Table 3's rows read from a line of figures that is no pipe row (markitdown writes a PDF's line it set in no
    table as plain text: `二、上年` / `2` / `结转政府信息公开申请数量`), fewer figures than the columns, in a table
    whose pipe rows leave a blank empty: an empty cell between two of their figures (`| 6 | 1 |  |  | 5 |`), or after
    them in a row printing fewer words than the applicant columns (`|  |  | 1.属于国家秘密 | 0 |  |  |`, a table cut
    at the paper's edge past 法律服务机构): such a line keeps no column's place, and read in order its first figure
    would be 自然人's whichever column printed it. Those rows (the reading in order is no proof)."""
    def leaves_a_blank_empty(row: Row) -> bool:
        values = row.values()
        filled = [at for at, cell in enumerate(values) if not cell.is_empty]
        if not filled:
            return False
        if any(cell.is_empty for cell in values[filled[0] : filled[-1]]):
            return True
        words = sum(len(values[at].text.split()) for at in filled)
        return filled[-1] < len(values) - 1 and words < width - 1

    short = [key for key, (row, fitted, _, _) in read.items() if not row.piped and row.has_figures()
             and len(row.filled_values()) < width and any(raw is not None for raw in fitted)]
    if not short or not any(row.piped and row.has_figures() and leaves_a_blank_empty(row) for row, _, _, _ in read.values()):
        return []  # (the lines outside the pipe rows asked first: most tables have none)
    return short


NUMBERS_ANOTHER_GROUP = ("a converter's pipe row whose own cells hold another group's bracketed numbering (`（三`, its "
                         "heading's piece set beside its own rows): not this row's, whatever the labels' alignment")

SHORT_PIPE_ROW_BESIDE_MERGED_CELLS = (
    "a converter's pipe row of fewer cells than the columns, read in order, in a table where a pipe cell holds the "
    "figures of several columns (`| 15 15 |`: the converter set two columns in one): its cells are not one a column, "
    "so which column each figure stands in is not known")

def _short_pipe_rows_beside_merged_cells(read: dict[str, tuple[Row, list, str | None, str]],
                                         printed: dict[int, int]) -> list[str]:
    """Table 3's pipe rows of fewer cells than the columns, read in order (`|  | 8.属于行政查询事项 | 1 |  |  |  |`),
    beside a pipe row as wide whose cell holds several figures (`| 一、本年新收… |  | 15 15 |  |  |  |`, markitdown of
    LibreOffice's PDF): markitdown draws a piece's columns where its words stand, so columns merge and empty ones
    vanish; a lone figure in a pipe column that holds two columns' figures in another row is either's, and reading
    in order takes it for the first. `printed`: rows that lost empty cells of no column, with their width as
    printed. Those rows (their reading in order is no proof)."""
    short = [key for key, (row, fitted, problem, code) in read.items() if row.piped and problem and code == "short_row"
             and fitted[0] is not None and fitted[-1] is None and any(not raw.is_empty for raw in fitted if raw)]
    if not short:
        return []  # (the short rows asked first: most tables read none in order)
    # rows as wide as printed (`_without_empty_cells_of_no_column`): the page's columns merged and dropped alike
    merged = {printed.get(id(row), len(row.cells)) for row, _, _, _ in read.values()
              if row.piped and any(len(cell.text.split()) > 1 and _figures_or_marks(cell.text) for cell in row.values())}
    return [key for key in short if printed.get(id(read[key][0]), len(read[key][0].cells)) in merged]


def _last_word_its_sum(words: list[str]) -> bool:
    """Whether a row's last word is the sum of the words before it (a blank mark 0): the row's total, its words
    packed to the left past a blank that printed nothing. Where it is not, the words stand where the row's cells
    do, the total printed nothing (`| 1 | 0 | 0 | 0 | 0 | 0 |  |`, a report leaving a total blank)."""
    values = [read_count(word).value for word in words]
    return all(value is not None or clean_cell_text(word) in L.BLANK_TOKENS for word, value in zip(words, values)) \
        and sum(value or 0 for value in values[:-1]) == (values[-1] or 0)


def _last_filled(fitted: list[RawCell | None]) -> int:
    """The place of a reading's last cell holding something, 0 where none does."""
    return max((at for at, raw in enumerate(fitted) if raw is not None and not raw.is_empty), default=0)


GLUED_SHORT_OF_THE_COLUMNS = ("aligned text whose first figure touches the row's label (`8.属于行政查询事项0`, "
                              "`…一稳定”0`), its figures then not one to each column the table prints (keeping the "
                              "row's sum): which column each stands in is not known, the label covering the first "
                              "columns' places")


def _glued_to_its_label_in_order(glued: Row, width: int, shown: int | None, visible: list[float] | None,
                                 ) -> tuple[list, str | None, str]:
    """An aligned row whose first figure touches its label's last character, cut off (`glued`): the label's text
    covers the places of the columns it reaches, so neither the figure's place nor an empty place there says a
    column. Its figures are the printed columns' in order where they are exactly one a column: every column, keeping
    the row's sum; the `shown` first ones (every row showing as many); or the columns a header cut at the page's edge
    shows (`visible`, on its page: none past them). Otherwise every cell is unknown (`visible` empty: a later page
    of that header, whose columns no header shows), and so where a full-width figure is glued among ASCII ones."""
    values = glued.values()
    if is_wide_digits(values[0].text) and not all(map(is_wide_digits, map(_TEXT_OF, printing_cells(values)))):
        # a full-width glyph at the label's end in a row of ASCII figures: a piece of a figure LibreOffice wrapped in
        # its narrow cell (`１` / `２`), not a figure of the row's font
        return [None] * width, GLUED_SHORT_OF_THE_COLUMNS, "unaligned_cells"
    if visible is not None:
        last = printing_cells(values)[-1:]
        printed = len(visible) if visible and last and last[0].x is not None and \
            last[0].x <= visible[-1] + (visible[-1] - visible[-2]) / 2 else None
    else:
        printed = shown or width
    if printed is not None and fills_the_row(values, printed) and (
            printed < width or R.applicant_sum_holds(reading_of(values))):
        return [*printing_cells(values), *[None] * (width - printed)], None, "unaligned_cells"
    return [None] * width, GLUED_SHORT_OF_THE_COLUMNS, "unaligned_cells"


FIGURES_GLUED_TO_THE_LABEL = ("a converter's pipe row whose first figures share a cell with its label's last words "
                              "(`| 2.申 3 | 0 | … |`), its words then not one to each column keeping its sum (a blank "
                              "printing nothing, a figure split?): which column each stands in is not known")

# a label's last character (a word's, a numbering's closing bracket, `（五）3`, or a closing quote, `…一稳定”0`)
# and the figure touching it
def _words_with_figures_glued_to_the_label(row: Row) -> list[RawCell] | None:
    """A converter's pipe row whose last cell of words ends in figures after the label's words (markitdown of a
    PDF whose wrapped label stands beside the first column: `| 果 （三 | 1.属 1 | 0 | 0 0 | 0 0 | 1 |`, or with no
    space, a figure touching the label's last character, `| 5.要求行政机关确认或重新出具1 | - | - - |`): those
    figures, then the words of the cells after it, each a figure or blank mark, with no empty cell among them (the
    caller asks they be one to each column and keep the row's sum). None where the label's cell ends in no figure;
    `[]` where an empty cell stands among the words or one is no figure nor mark (never read in order)."""
    end = _last_cell_of_words(row)
    if end < 0 or not row.cells[end + 1 :]:
        return None
    words = row.cells[end].text.split()
    glued = 0
    while glued < len(words) - 1 and _figure_or_mark(word := words[-1 - glued]) \
            and not any("\u4e00" <= char <= "\u9fff" for char in word):
        glued += 1  # a figure or a mark (`8.属 —`), never a character a label may end in (`无`)
    if not glued and words and (touching := FIGURE_AFTER_A_LABELS_CHARACTER.match(words[-1])) is not None \
            and _is_figure(touching[2]):
        words = [*words[:-1], touching[1], touching[2]]  # `5.要求行政机关确认或重新出具1`: no space between
        glued = 1
    if not glued or not _holds_words(" ".join(words[: len(words) - glued])):
        return None
    line = row.cells[end].line
    cells = [RawCell(" ".join(words[len(words) - glued :]), line), *row.cells[end + 1 :]]
    while cells and cells[-1].is_empty:
        cells.pop()
    parts = [RawCell(word, cell.line) for cell in cells for word in cell.text.split()]
    if any(cell.is_empty for cell in cells) or not all(_figure_or_mark(part.text) for part in parts):
        return []
    return parts


def _pipe_rows_around(rows: list[Row], row: Row) -> tuple[Row | None, Row | None] | None:
    """The rows right before and right after `row` (None at an end); None where `row` is not among them."""
    at = position_in(rows, row)
    if at is None:
        return None
    return rows[at - 1] if at else None, rows[at + 1] if at + 1 < len(rows) else None


def _pipe_rows_round(printed_pipe_rows: dict[int, Row], row_lines: set[int], line: int) -> list[Row] | None:
    """The pipe rows right above, on and right below line `line` as markitdown set them in its page's grid, None where
    any is missing. Above may stand two lines up where the line between is no row: markitdown writes a table's first
    row (its header) over a line of `---` cells, so a row of pieces opening a table stands two lines above."""
    above = printed_pipe_rows.get(line - 1)
    if above is None and line - 1 not in row_lines:
        above = printed_pipe_rows.get(line - 2)
    lines = [above, printed_pipe_rows.get(line), printed_pipe_rows.get(line + 1)]
    return None if None in lines else lines


TOTAL_MAY_STAND_A_CELL_EARLY = ("a converter's pipe row breaking its sum as printed, its 总计 cell empty and the figure "
                                "before it its other figures' sum: a wide total set from the pipe cell before its own "
                                "(its left edge past that cell's bound) reads so too; which is not proven")


def _total_may_stand_a_cell_early(fitted: list[RawCell | None], reading: R.Reading) -> bool:
    """Whether a pipe row read as printed, breaking its sum, prints nothing in its total's cell (no blank mark)
    while the figure right before it is the sum of the figures before that: markitdown puts a word in the last pipe
    cell whose bound is left of the word's left edge, so a total wider than its column's other figures, centred or
    right-aligned, may stand in 其他's cell (`| 8 | 12 |  |  | 2 | 22 |  |`: 22 the total, 其他 blank). Both
    placings are printed alike; the row's own sum prefers one, but a total printed blank is as common in reports."""
    last, before = fitted[-1], reading[-2]
    # the row without its total keeps its sum with the figure before it as its total
    return last is not None and not last.text.strip() and before is not None and before > 0 \
        and R.applicant_sum_holds(reading[:-1])


A_FIGURE_MAY_STAND_A_CELL_OFF = ("a converter's pipe row printing nothing in a cell, a figure beside it wider or "
                                 "narrower than its column's words in the page's full rows: markitdown sets a word "
                                 "by its left edge, so the figure may be the empty cell's column's; the row's sum "
                                 "holds either way, and the column rules did not settle which")


A_FIGURE_MAY_STAND_A_CELL_OFF_UNDER_A_CUT_TOTAL = (
    "a converter's pipe row printing nothing in a cell under a header whose 总计 is cut at the page's edge, a figure "
    "beside it wider or narrower than its column's words in the page's full rows: markitdown sets a word by its left "
    "edge, so the figure may be the empty cell's column's, and no total tells; left to the column rules")


PIECES_ROUND_A_ROW_BREAKING_ITS_SUM = ("a converter's pipe row breaking its sum as printed between two rows of "
                                       "full-width pieces alone in the same pipe cells (a figure Chromium wrapped "
                                       "round the row's line): no placing of the joined pieces keeps the sum, and its "
                                       "cells as printed are not proven")


PIECE_TAKEN_BY_A_LABEL = ("a full-width digit on a line of its own after the label, right above a pipe row of figures "
                          "with a lone piece right below it: a figure Chromium wrapped round that row (markitdown), "
                          "taken for this row's cell; which row's it is is not proven")


NOT_ONE_FIGURE_A_COLUMN = ("a converter's pipe row beside empty cells that are no column's: its figures are not one "
                           "to each column of the template, so which column each stands in is not known")

def _under_the_pipe_header(row: Row, span: tuple[int, int], width: int,
                           unnamed: frozenset[int] | None = None) -> tuple[list, str | None, str]:
    """A pipe row's cells under its header's applicant columns: one a column when the header names as
    many as the template; fewer (columns merged, `| 商业企 科研机 |`): only a run of words that are
    exactly the template's figures, else unknown (which merged column a figure stands in is not known).
    `unnamed`: the header's empty cells among its seven named ones (the page's gap): where the row's are empty too,
    they are no column's; where not (words packed to the left of merged cells), its words are the columns in order
    only where they are as many as the template's and keep the row's sum (`_words_filling_the_columns`)."""
    if unnamed:
        if all(row.cells[at].is_empty for at in unnamed):
            cells = [cell for at, cell in enumerate(row.cells[: span[1]]) if at >= span[0] and at not in unnamed]
            return _under_the_pipe_header(row.with_cells(cells), (0, len(cells)), width)
        if (words := _words_filling_the_columns(row, width)) is not None:
            return words, None, "short_row"
        return [None] * width, ("the header's applicant columns hold an empty cell of no column (the page's gap) where "
                                "this row prints: which column each word stands in is not known"), "short_row"
    cells = row.cells[span[0] : span[1]]
    if len(cells) == width:
        return cells, None, "short_row"
    if (words := _figures_of_merged_cells(cells, width, R.applicant_sum_holds)) is not None:
        return words, None, "short_row"
    return [None] * width, (f"the header's applicant columns are {len(cells)} cells for {width} columns (columns "
                            "merged): which column a figure stands in is not known"), "short_row"


MARKS_AFTER_LABEL = ("marks that are no words nor figures stand apart after its label (an OCR's reading of its "
                     "figures' ink, `)` for 2): its figures were not read, so they are not known to be blank")

def _marks_after_the_label(row: Row) -> bool:
    """An aligned row of no figures whose label is followed, set apart by spaces, by marks that are
    neither words, figures nor a blank cell's sign (`(二) 部分公开(区分处理的…   )      )`): ink where
    figures stand that an OCR read as punctuation or stray letters."""
    cells = row.label_cells()
    words = [i for i, cell in enumerate(cells) if _HAS_A_WORD_RE.search(cell.text)]
    return bool(words) and any(_STRAY_MARK_RE.fullmatch(clean_cell_text(cell.text))
                               for cell in cells[words[0] + 1 :])


def _its_label_lines(rows: list[Row], row: Row) -> list[Row]:
    """The lines of the row's wrapped label: the row, the line above it where its label opens with a
    clause's punctuation (`，不计其他情形）`: the rest of a label wrapped from there), and the lines after
    it up to the next numbered label or a line holding figures, WRAP lines at most."""
    index = position_in(rows, row)
    if index is None:  # a row put together from several lines: its cells are its own
        return [row]
    lines = [row, rows[index - 1]] if index and row.label.lstrip().startswith(("，", ",", "、", "；")) else [row]
    for line in rows[index + 1 : index + 1 + WRAP]:
        if line.values() or _opens_a_numbered_label(line) or _opens_a_numbered_label(line, _SUB_ROW_NUMBERING_RE):
            break
        lines.append(line)
    return lines


_HAS_A_WORD_RE = re.compile(r"[\u4e00-\u9fff]{2}")

_STRAY_MARK_RE = re.compile(r"[^\u4e00-\u9fff\d\s/\-—–－／]{1,2}")

NOTHING_AFTER_LABEL = ("nothing after its label, where the table prints 0 for a row with nothing to count: its "
                       "figures were not seen (lost ink, or set apart from it), so they are not known to be blank")

def _writes_its_zeros(rows: Iterable[Row]) -> bool:
    """Whether table 3 prints its zeros: a row whose figures are all 0. Such a table prints something
    in a row with nothing to count, so a label with no cell at all after it lost its figures (an OCR
    that read no ink) rather than printed blanks. Not asked of a crawled line (its empty cells run the
    labels together), of aligned text whose header's columns hold (empty space under them on the row's
    line is seen blank) nor of text whose rows set their figures one space apart after the label
    (`pdftotext -raw`: the PDF's own text, where a label alone is a row of blank cells)."""
    for row in rows:
        texts = [clean_cell_text(cell.text) for cell in row.filled_values()]
        if texts and all(text in ("0", "０") for text in texts):
            return True
    return False


def _prints_blank_marks(rows: Iterable[Row]) -> bool:
    """Whether table 3 prints a mark in a blank cell (`22  4  -  -  2`): such a table prints something in a
    row with nothing to count too, as one printing its zeros does (`_writes_its_zeros`)."""
    return any(not L.BLANK_TOKENS.isdisjoint(clean_cell_text(cell.text) for cell in row.filled_values())
               for row in rows)


_HEADING_WORDS_RE = re.compile(f"[{L.GROUP_HEADING_CHARACTERS}、，]{{2,}}")

def _without_headings_beside_figures(rows: list[Row], template: str) -> list[Row]:
    """Aligned text where a group's merged heading (`（四）无法提供`), written in the margin column, fell on the
    line of a sub-row's figures in the middle of that sub-row's wrapped label (`2.没有现成信息需要另行` /
    `无法提供   0  0 …` / `制作`): the heading's words name no row and stand left of the label lines on either
    side; they are dropped, so the figures are the label-less middle line of the label around them, not a
    row named by the heading (whose figures would go to the next row and the label's to none)."""
    out = list(rows)
    if not any(map(_ALIGNED, rows)):
        return out  # the heading falls among aligned lines only: other text has nothing to drop
    for index in range(1, len(rows) - 1):
        row, above, below = rows[index], rows[index - 1], rows[index + 1]
        if not (row.aligned and above.aligned and below.aligned):
            continue  # the flags first: tables not aligned by spaces say no here
        labels = row.label_cells()
        if not (row.figures_after_label and labels):
            continue
        label = ""  # (a loop, not a comprehension a row: see `Row._classified_as`)
        for cell in labels:
            label += cell.text
        if not _heading_naming_no_row(label, template):
            continue
        # the label lines' own words (after any margin characters of their own) stand right of the heading's
        if any(line.page != row.page or line.has_figures() or not line.label_cells()
               or line.label_cells()[-1].x is None or labels[-1].x is None
               or line.label_cells()[-1].x <= labels[-1].x for line in (above, below)):
            continue
        out[index] = Row(row.values(), aligned=True, page=row.page)
    return out


@lru_cache(maxsize=1 << 12)  # asked of every aligned row between two aligned lines: its label's words recur
def _heading_naming_no_row(label: str, template: str) -> bool:
    """Whether a label is a group's heading words alone (`（四）无法提供`) that name no row of table 3."""
    return _HEADING_WORDS_RE.fullmatch(_SPACES_RE.sub("", label)) is not None and \
        not A.names_a_row(L.squash(label), L.application_rows(template))


_ALIGNED = attrgetter("aligned")  # mapped over a table's rows at C level: most tables have no aligned row

_HEADING_CHARACTER_RE = re.compile(f"[{L.GROUP_HEADING_CHARACTERS}]")

def _without_margin_headings(row: Row, template: str) -> Row:
    """An aligned row whose line holds, before a sub-row's label, a piece of its group's merged heading
    written down the margin column (`其他处 申请人逾期未按收费通知要求缴`, `理` / `纳费用、行政机关不再处理其政  0 …`,
    `其 他 处 申请人逾期未按…`): the heading's words are dropped, so the label's lines join to the sub-row's
    own words (`申请人逾期未按收费通知要求缴` + `纳费用、…`), not the heading's characters among them, which
    left the sub-row named by no line and its figures taken by the sub-row above it (whose label's last
    words both sub-rows share). Any other row as it is: the heading's words alone (`（六）其他处理`, `理`),
    a label whose words after them are the heading's too, a row's own numbering (`1.`) before its words, and
    a narrow label column's few characters a line (`果  （二）部分公`, `予公  家秘`), read down the column
    with the heading's (`_down_a_narrow_column`), unless they name a row whole (`理   3.其他`)."""
    if not row.aligned:
        return row
    labels = row.label_cells()
    if not labels or not _HEADING_CHARACTER_RE.search(labels[0].text):
        return row  # most rows: asked no further
    own = _first_own_word(_texts_of(labels), template)
    if own is None:
        return row
    at, start = own
    cell = labels[at]  # the cell of the label's first own word, which starts at `start`
    before = {id(raw) for raw in labels[: next(i for i, raw in enumerate(labels) if raw is cell)]}
    kept = []
    for raw in row.cells:
        if raw is cell:
            rest = raw.text[start:]
            if raw.x is None:
                kept.append(RawCell(rest, raw.line))
            else:  # its centre moved right by half the width dropped
                width = raw.columns or display_width
                dropped = raw.text[:start]
                kept.append(RawCell(rest, raw.line, raw.x + width(dropped) / 2, columns=raw.columns,
                                    x_glyphs=None if raw.x_glyphs is None else raw.x_glyphs + len(dropped) / 2))
        elif id(raw) in before:
            continue  # a cell of the heading's words alone
        else:
            kept.append(raw)
    return row.with_cells(kept)


@lru_cache(maxsize=1 << 12)  # asked of every aligned row opening on a heading's character: its words recur
def _first_own_word(label_texts: tuple[str, ...], template: str) -> tuple[int, int] | None:
    """Where in an aligned row's label cells (their texts) its own words start after a margin heading's words
    (`_without_margin_headings`): (the label cell, the offset in its text), or None where the row is kept as
    it stands."""
    if not GN.MARGIN_HEADING_WORD_RE.fullmatch(_WORD_RE.search(label_texts[0]).group()):
        return None  # its first word no heading's (`（一）予以公开`: most rows of table 3), asked before all its words
    words = [(at, match) for at, text in enumerate(label_texts) for match in _WORD_RE.finditer(text)]
    heading = 0
    while heading < len(words) and GN.MARGIN_HEADING_WORD_RE.fullmatch(words[heading][1].group()):
        heading += 1
    if heading == 0 or heading == len(words) or \
            not any(_HEADING_CHARACTER_RE.search(match.group()) for _, match in words[:heading]):
        return None
    rest = L.squash(" ".join(m.group() for _, m in words[heading:]))
    if len(rest) <= NARROW + 2 and not A.names_a_row(rest, L.application_rows(template)):
        return None  # a narrow label column, heading and label a few characters a line: read down it as it stands
    at, match = words[heading]  # the label's first own word
    return at, match.start()


def _labels_then_figures(rows: list[Row], found: dict[str, Row], keys: tuple[str, ...], width: int,
                         pdf_text: bool = False) -> dict[str, list[RawCell]]:
    """Rows whose labels stand one after another, the last followed by one block of figures as many
    as the rows have cells (`1.本机关不掌握…` / `2.没有现成信息…` / `3.补正后…` / 21 figures): each row's
    figures, in order, where every row so read keeps its sum. Nothing for any other shape, nor in a PDF's
    text (`pdf_text`) where the figures' paragraphs are poppler's column blocks (`CB.blocks_across_rows`)."""
    position: dict[int, int] | None = None  # built at the first block that may be such (most tables: none)
    placed: dict[str, list[RawCell]] = {}
    waiting: list[str] = []
    for key in keys:
        row = found.get(key)
        figures = row.filled_values() if row is not None else []
        if row is not None and not figures and not _emptiness_shown(row, width):
            waiting.append(key)
            continue
        if row is not None and waiting and len(figures) == (len(waiting) + 1) * width:
            if position is None:
                position = _positions(rows)
            lines = [position[id(found[k])] for k in waiting] + [position[id(row)]]
            between = rows[lines[0] + 1 : lines[-1]]
            chunks = [figures[i * width : (i + 1) * width] for i in range(len(waiting) + 1)]
            readings = [reading_of(chunk) for chunk in chunks]
            if lines == sorted(set(lines)) and not any(r.has_figures() for r in between) \
                    and all(r is not None and R.applicant_sum_holds(r) for r in readings) \
                    and not (pdf_text and CB.blocks_across_rows([cell.text for cell in figures],
                                                                [cell.line for cell in figures], width)):
                placed.update(zip([*waiting, key], chunks))
        waiting = []
    return placed


def _figures_counted_to_rows(stretches: tuple[dict[str, list[Row]], int] | None, found: dict[str, Row],
                             keys: tuple[str, ...], width: int, pdf_text: bool = False) -> dict[str, list[RawCell]]:
    """Table 3 set row by row as blocks of its own (`pdftotext` without -layout): a row's label, lines
    of the header or of the label's wrapped tail (`数据 … 总` / `计`, `计这一`), then its figures, one
    a line. A row's figures are then those after its label up to the next row's label, on lines that
    are no row's; and one label may be followed by the figures of two rows or more, where the other
    rows' labels stand elsewhere (after those figures) or are not found. Such a block of k × width
    figures goes to its row and to the run of figure-less rows before or after it, whole, in template
    order, where the runs leave one choice (`_runs_claimed_in_order`: `2.申请人逾期…` / 14 figures / `3.其他`
    / `（七）总计` / `四、结转…` / 14 figures) and every row so read keeps its sum, and, in a PDF's text
    (`pdf_text`), where the figures' paragraphs are no poppler's column blocks (`CB.blocks_across_rows`).
    A row whose count is no whole row (a figure set after the next label) reads no run beside it, and
    only where the table's count is whole (no blank left out, no figure lost). Each key so read with its
    figures; rows read from their own line alone, and any other shape, are left to the caller. `stretches`:
    `_stretches_of_rows` of the table's rows."""
    if stretches is None:
        return {}
    of_key, elsewhere = stretches
    own: dict[str, list[RawCell]] = {}
    borrowed: set[str] = set()  # keys whose figures stand (partly) on lines that are no row's
    for key, stretch in of_key.items():
        after = [cell for row in stretch[1:] for cell in row.filled_values()]
        own[key] = stretch[0].filled_values() + after  # (a new list: `+`)
        if after:
            borrowed.add(key)
    counts = {key: len(own.get(key, ())) for key in keys}
    if (elsewhere or any(count % width for count in counts.values())) and \
            sum(counts.values()) + elsewhere != len(keys) * width:
        return {}  # a row short of cells, and the table too (blanks that left no trace): counts place nothing
    # a row whose count is no multiple of the width (`None`) lost figures to a neighbour or took some of its
    # (a figure set between a wrapped label's lines): no run beside it is read, the rest of the table may be
    held = {key: count // width if count % width == 0 else None for key, count in counts.items()}
    for key in keys:  # a row with no figure of its own must show nothing, else it is no run's
        if key in found and held[key] == 0 and _emptiness_shown(found[key], width):
            return {}
    placed: dict[str, list[RawCell]] = {}
    for segment in _segments_between_single_rows(keys, held):
        groups = _runs_claimed_in_order(segment, held)
        if groups is None:
            continue
        chunks_of = {}
        for key, group in groups:
            if pdf_text and len(group) > 1 and CB.blocks_across_rows(
                    [cell.text for cell in own[key]], [cell.line for cell in own[key]], width):
                break  # poppler's column blocks of those rows, not their rows one after the other
            chunks = [own[key][i * width : (i + 1) * width] for i in range(len(group))]
            if not all((reading := reading_of(chunk)) is not None and R.applicant_sum_holds(reading)
                       for chunk in chunks):
                break
            chunks_of.update(zip(group, chunks))
        else:
            placed.update(chunks_of)
    for key in keys:  # a row of one block whose figures stand (partly) on lines that are no row's
        if held[key] == 1 and key in borrowed and key not in placed and \
                (reading := reading_of(own[key])) is not None and R.applicant_sum_holds(reading):
            placed[key] = own[key]
    return placed


LABELS_AFTER_THE_FIGURES = (
    "table 3: the labels of rows {keys} stand after their page's last figures, none after them (plain pdftotext "
    "sets a label wrapped over lines as a block after its page's one-line cells): the rows are found without them, "
    "their figures read where they stand in template order, a block of as many as the columns a row, each row "
    "keeping its sum and the table APP_OUTCOME_SUM and APP_BALANCE")


def _without_labels_after_the_figures(rows: list[Row], found: dict[str, Row], template: str,
                                      page_starts: Sequence[int]
                                      ) -> tuple[list[Row], dict[str, Row], list[str], int] | None:
    """Table 3 in plain `pdftotext` whose rows with a label wrapped over lines print that label after their page's
    last figures (a block of their own, after the page's one-line cells: `4.无正当理由…` / 7 figures / 28 figures /
    `（七）总计` / 7 / `四、结转…` / 7 / `5.要求行政机关确认或重新出` / `具已获取信息` / `1、申请人…`): the
    alignment of the labels may take those late labels for rows and leave the one-line labels before them unfound.
    Then the rows less those late labels (`_late_labels`), found anew, where they prove the table
    whole: every late label's row read by `_figures_counted_to_rows` (its figures a block after another row's, in
    template order, the count of blocks that of the figure-less rows between), no late label's row found again
    among the others, every row of the table a block of as many figures as the columns keeping its sum, and the
    table APP_OUTCOME_SUM and APP_BALANCE. With the keys the late labels named and the first one's line; None where
    any of that fails (the reading as found stands). `page_starts`: the lines opening the table's later pages."""
    late = _late_labels(rows, page_starts)
    if not any(id(row) in late for row in found.values()):
        return None  # the alignment took no late label for a row
    kept = _without_late_labels(rows, late, page_starts)
    # the rows the late labels name, aligned among themselves (the whole table's alignment may misname them)
    late_rows = [row for row in rows if id(row) in late]
    named = list(find_application_rows(late_rows, template))
    found_again = find_application_rows(kept, template)
    if "other" in found_again and any(key in named for key in _OTHER_SUB_ROWS):
        del found_again["other"]  # （六）其他处理 the heading of sub-rows whose labels stand late, no row of its own
    keys = _rows_printed(template, found_again)
    if not named or any(key in found_again or key not in keys for key in named):
        return None  # a late label's row found among the others too: not this shape
    width = len(L.APPLICANT_KEYS)
    counted = _figures_counted_to_rows(_stretches_of_rows(kept, found_again, keys), found_again, keys, width,
                                       pdf_text=True)
    if not all(key in counted for key in named):
        return None
    table: dict[str, R.Reading | None] = {}
    for key in keys:
        cells = counted[key] if key in counted else found_again[key].filled_values() if key in found_again else []
        reading = reading_of(cells) if len(cells) == width else None
        if reading is None or not R.applicant_sum_holds(reading):
            return None
        table[key] = reading
    if not R.rows_keep_column_rules(keys, table, L.outcome_rows_among(keys)):
        return None
    return kept, found_again, named, late_rows[0].line


def _rows_printed(template: str, found: dict[str, Row]) -> tuple[str, ...]:
    """The template's rows of table 3 as the table prints them: （六）其他处理 as one row in place of its three
    sub-rows where `found` holds it so (a 2019 table in a later year's report)."""
    keys = L.application_rows(template)
    if "other" not in found or "other" in keys:
        return keys
    return (*keys[: keys.index(_OTHER_SUB_ROWS[0])], "other", *keys[keys.index(_OTHER_SUB_ROWS[-1]) + 1 :])


def _late_labels(rows: list[Row], page_starts: Sequence[int]) -> set[int]:
    """The rows (ids) whose labels stand after the last cell printing on their page (`page_starts`: the lines
    opening the later pages), on a page where a row's cell prints before them."""
    late: set[int] = set()
    page = None
    closing: list[int] = []  # the rows below the page's last printing cell, of the page asked
    printing_after = False  # a row below the one asked, on its page, prints a cell there
    for row in reversed(rows):
        if (on := bisect_right(page_starts, row.line)) != page:
            page, printing_after, closing = on, False, []
        if any(bisect_right(page_starts, cell.line) == on for cell in row.filled_values()):
            late.update(closing)
            closing, printing_after = [], True
        elif not printing_after:
            closing.append(id(row))
    return late


def _without_late_labels(rows: list[Row], late: set[int], page_starts: Sequence[int]) -> list[Row]:
    """The rows less the `late` ones' labels: such a row keeps the cells it took from the next page (the figures a
    page opens with, the first rows' whose labels stand late there too, follow the last label of the page before),
    else is left out."""
    kept = []
    for row in rows:
        if id(row) not in late:
            kept.append(row)
        elif later := [cell for cell in row.values() if bisect_right(page_starts, cell.line) >
                       bisect_right(page_starts, row.line)]:
            kept.append(row.with_cells(later))
    return kept


def _stretches_of_rows(rows: list[Row], found: dict[str, Row], keys: tuple[str, ...]
                       ) -> tuple[dict[str, list[Row]], int] | None:
    """Table 3 set row by row as blocks of its own (`_figures_counted_to_rows`): each found key's rows, its
    label's first, up to the next found label or the whole label of a row not found, and how many figures
    stand after such labels (`elsewhere`); None where the labels stand out of the template's order."""
    # table 3 is read this way only in text of one cell a line, with no row of aligned text, so every
    # row found is one of `rows` (find_application_rows builds a row only of aligned text's wrapped lines)
    position = _positions(rows)
    if any(id(found[key]) not in position for key in keys if key in found):
        return None  # a row found elsewhere than `rows` (never so today): no run of rows is known, read nothing
    at = {key: position[id(found[key])] for key in keys if key in found}
    if list(at.values()) != sorted(at.values()):
        return None  # labels out of the template's order: no run of rows is known
    ends = [*list(at.values())[1:], len(rows)]
    of_key: dict[str, list[Row]] = {}
    elsewhere = 0  # figures after the whole label of a row not found (out of the template's order)
    for (key, start), end in zip(at.items(), ends):
        # such a label (`1.属于国家秘密` among a margin heading's lines, after later rows) ends the row above's
        # figures: those after it are its row's, not that row's
        cut = next((i for i in range(start + 1, end) if _whole_label_of_a_row_not_found(rows[i], found, keys)), end)
        elsewhere += sum(len(row.filled_values()) for row in rows[cut:end])
        if start < cut:
            of_key[key] = rows[start:cut]
    return of_key, elsewhere


# rows a figure short each, and as many figures set apart: the completions weighed (permutations × positions)
MAX_ROWS_SHORT_BY_ONE = 4


def _rows_short_by_one_completed(stretches: tuple[dict[str, list[Row]], int] | None, keys: tuple[str, ...],
                                 width: int) -> dict[str, list[RawCell]]:
    """Table 3 set row by row as blocks of its own in a PDF's text, where a few rows print one figure fewer
    than the columns after their labels and as many figures stand apart after a margin heading's lines (a tall
    merged cell's words, `（六）` / `其他处` / `理`, set with the figures beside them after the rows below:
    `_stretches_of_rows`' figures after words that follow a row's own figures). Where every other row holds
    whole rows and the table's count is whole, those figures are the short rows' missing ones: each short row
    read whole where every way of giving each one of them (in any order) at any place among its figures that
    keeps every short row's sum reads it alike. Each key so read with its cells in column order. `stretches`:
    `_stretches_of_rows` of the table's rows."""
    if stretches is None or stretches[1]:
        return {}
    own: dict[str, list[RawCell]] = {}
    apart: list[RawCell] = []
    for key, stretch in stretches[0].items():
        own[key] = list(stretch[0].filled_values())
        past_words = False
        for row in stretch[1:]:
            past_words = past_words or (bool(own[key]) and bool(row.label.strip()))
            (apart if past_words else own[key]).extend(row.filled_values())
    short = [key for key in keys if len(own.get(key, ())) == width - 1]
    if not short or len(short) != len(apart) or len(short) > MAX_ROWS_SHORT_BY_ONE or \
            any(len(own.get(key, ())) % width for key in keys if key not in short) or \
            sum(map(len, own.values())) + len(apart) != len(keys) * width:
        return {}
    readings: dict[str, dict[tuple, list[RawCell]]] = {key: {} for key in short}
    for order in permutations(apart):
        kept = []
        for key, missing in zip(short, order):
            completions = {}
            for at in range(width):
                cells = [*own[key][:at], missing, *own[key][at:]]
                if (reading := reading_of(cells)) is not None and R.applicant_sum_holds(reading):
                    completions.setdefault(reading, cells)
            kept.append(completions)
        if all(kept):  # every short row completed so: a way the figures apart may be theirs
            for key, completions in zip(short, kept):
                for reading, cells in completions.items():
                    readings[key].setdefault(reading, cells)
    return {key: next(iter(found_readings.values())) for key, found_readings in readings.items()
            if len(found_readings) == 1}


def _whole_label_of_a_row_not_found(row: Row, found: dict[str, Row], keys: tuple[str, ...]) -> bool:
    """Whether `row`'s label is the whole label of a template row that `found` holds not (its label out of the
    template's order, among a margin heading's lines): a label no wrapped piece or heading line makes."""
    label = L.squash(row.label)
    return bool(label) and any(template_row.key not in found and A.score(label, template_row) == 1.0
                               for template_row in A.template_rows(keys))


def _segments_between_single_rows(keys: tuple[str, ...], held: dict[str, int | None]) -> list[list[str]]:
    """The stretches of `keys` (template order) between rows holding one block of figures each (theirs) and
    rows whose count is no multiple of the width (`held` None), each stretch holding a row of several blocks:
    its extra blocks are the figure-less rows' of the stretch, or the stretch is read not at all. A stretch
    whose figure-less row stands beside a row of no whole count is none: that row may hold some of its figures."""
    segments: list[list[str]] = []
    current: list[str] = []
    broken_before = False  # the row before `current` of no whole count
    for key in [*keys, None]:
        count = held[key] if key is not None else 1
        if count is not None and count != 1:
            current.append(key)
            continue
        bare_beside_broken = bool(current) and ((broken_before and held[current[0]] == 0) or
                                                (count is None and held[current[-1]] == 0))
        if any(held[k] for k in current) and not bare_beside_broken:
            segments.append(current)
        broken_before = count is None
        current = []
    return segments


def _runs_claimed_in_order(segment: list[str], held: dict[str, int | None]) -> list[tuple[str, list[str]]] | None:
    """The figure-less rows of a stretch (`_segments_between_single_rows`) each given to the row of several
    blocks beside it whose label its figures follow: each such row's extra blocks are the run of figure-less
    rows right before it or right after it, whole, in template order (`1.` label, 14 figures, `2.` `3.` labels
    and 14 figures: the first 7 are 1.'s, the next 2.'s, then 3.'s). The runs fix the choice: the run before the
    first such row is its, the rest of its blocks go forward, and so on; None where no choice, or more than one,
    explains every run (the figures then stand in no order the counts prove)."""
    owners = [at for at, key in enumerate(segment) if held[key]]
    groups: list[tuple[str, list[str]]] = []
    start = 0  # the first figure-less row not yet claimed
    for number, at in enumerate(owners):
        extra = held[segment[at]] - 1
        before = segment[start:at]
        if before and len(before) != extra:
            return None  # the run before it is its whole, or some other row's: only it may claim it
        if before:
            groups.append((segment[at], [*before, segment[at]]))
            start = at + 1
            continue
        end = owners[number + 1] if number + 1 < len(owners) else len(segment)
        after = segment[at + 1 : at + 1 + extra]
        if len(after) != extra or at + 1 + extra > end:
            return None
        groups.append((segment[at], [segment[at], *after]))
        start = at + 1 + extra
    return groups if start == len(segment) else None


def _blocks_after_the_only_label_with_figures(row: Row, found: dict[str, Row]) -> bool:
    """Whether `row` is a label followed by figures on lines of their own in several paragraphs (an empty line among
    them) where no other row found holds a figure: the table's figures then stand apart from their labels (poppler's
    column blocks after the last label), and those after this one are the first blocks', not proven its own row
    (fuzz_wrapped_blocks --marks: `０ 无 无 ０` / `３` / `０` / `３` after 四、结转下年度继续办理 read as its row)."""
    values = row.values()
    figures_at = [at for at, cell in enumerate(values) if not cell.is_empty]
    return row.stacked and not row.joined and len(figures_at) > 1 and \
        any(values[at].gap for at in range(figures_at[0], figures_at[-1])) and \
        not any(other.has_figures() for other in found.values() if other is not row)


def _emptiness_shown(row: Row, width: int) -> bool:
    """Whether a row's own text shows its cells empty, not merely figure-less: a figure, an empty
    cell that is no gap between rows (a tab's cell, a marked blank), or an empty line for every
    column. A label followed directly by the next label (or by the one empty line that parts
    any two lines) shows nothing."""
    values = row.values()
    return not row.stacked or row.joined or len(values) >= width or \
        any(not cell.is_empty or not cell.gap for cell in values)


def _misplaced(row: Row, clean: R.Reading | None, anchors: list[float] | None) -> bool:
    """Aligned figures placed under the header's columns but breaking their row's sum, where
    another placement in order keeps it: a page laid out with other column widths than the one
    holding the header. (A row that breaks its sum however its figures are placed is read as
    printed.)"""
    if not row.aligned or anchors is None or clean is None or R.applicant_sum_holds(clean):
        return False
    return bool(aligned_readings(row.values(), anchors, R.applicant_sum_holds, free=True))


def _totals_left_blank(rows: list[Row]) -> bool:
    """Crawled outcome rows that all end in a blank cell (a crawled `&nbsp;`): the report leaves
    总计 blank in its outcome rows, filling it in the totals rows only."""
    return all(row.joined and row.values() and clean_cell_text(row.values()[-1].text) == "" for row in rows)


def _with_its_total_left_blank(row: Row, width: int) -> list[R.Reading]:
    """The splits of a crawled outcome row that keeps no sum but prints a blank (a crawled `&nbsp;`)
    where its total stands: some reports fill 总计 only in the totals rows, so the row's digits are
    its six applicant cells alone, in any split, the total blank. A row that cuts one way is read
    that way; the column rules choose among several (`settle_table`), else they stay unknown."""
    texts = [c.text for c in row.values()]
    if not row.joined or len(texts) < 2 or clean_cell_text(texts[-1]) != "":
        return []
    found = R.row_candidates(texts[:-1], width - 1, summed=False, crawled=True, limit=R.MAX_CANDIDATES_IN_TABLE)
    return [(*reading, None) for reading in found or ()]


def _found_again(rows: list[Row], template: str, before: FoundTable3 | None) -> dict[str, Row]:
    """`find_application_rows`, or what `page_blanks` found of the same rows (a crawled page's table 3:
    its rows are then the same rows, each its own object)."""
    if before is not None and before.template == template and len(before.rows) == len(rows) \
            and all(map(is_, rows, before.rows)):
        return before.found
    return find_application_rows(rows, template)


_ZERO_WORDS = frozenset(("0", "０"))


def _prints_blank_marks_short(row: Row, width: int, zeros_written: bool = False) -> bool:
    """A row of figures (set apart by single spaces, or aligned) that prints a blank mark (`/`, `无`, `—`), or a
    zero in a table whose full rows write their zeros (`zeros_written`), yet fewer cells than `width`, the columns
    its table prints: it writes its blanks, so the cells it does not print are not blank but lost (set elsewhere,
    or a wide figure stacked a digit a line off its line), and no placement of its few cells may read the rest as
    blank (`3.危及… /` is not a row of seven blanks; `９ ０ ０ ０ １ １`, its total 11 stacked off its line, is not
    9 0 0 0 1 and a blank, its last 1 a total cut at the page's edge)."""
    texts = _cell_texts(row)
    if len(texts) < width and any(map(_is_blank_mark, texts)):
        return True
    # zeros counted a word each: a cell of several (`０ ８`, two columns one space apart) is no cell lost
    return zeros_written and len(words := _figure_words(row)) < width and not _ZERO_WORDS.isdisjoint(words)


def _figure_words(row: Row) -> list[str]:
    """The row's value cells' words, each cleaned (`０ ８` two words)."""
    return [clean_cell_text(word) for cell in row.values() for word in cell.text.split()]


def _cell_texts(row: Row) -> list[str]:
    return [clean_cell_text(cell.text) for cell in row.values()]


def _a_digit_a_cell(row: Row, width: int) -> R.Reading | None:
    """A crawled row printing exactly `width` digits and nothing else (`5100000` for seven cells): each
    digit one cell, as no cell of a count is printed without a digit; None for any other row."""
    if not row.joined:
        return None
    texts = [text for text in (clean_cell_text(c.text) for c in row.values()) if text]
    if not texts or not all(text.isdigit() and text.isascii() for text in texts):
        return None
    digits = "".join(texts)
    return tuple(Decimal(digit) for digit in digits) if len(digits) == width else None
