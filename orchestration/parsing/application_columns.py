"""Table 3's figures placed by columns where its rows lost their separators.

The template's column blocks (column_blocks.py) and column chunks (chunks.py), pages read column by
column, header pieces standing clear, and the readings of blocks, parts and wrapped leads these
readers share; application_table.py calls them.
"""

from __future__ import annotations

from bisect import bisect_left
from collections import Counter
from collections.abc import Callable, Container, Iterable, Sequence
from dataclasses import dataclass, field, replace
from decimal import Decimal
from functools import lru_cache, partial
from itertools import combinations, pairwise, permutations, product
from math import comb, prod
from operator import is_
from typing import NamedTuple

from ..core import labels as L
from . import column_blocks as CB
from . import cut_total as CT
from . import group_numbering as GN
from . import hyphen_rules as HR
from . import recovery as R
from . import totals_apart as TA
from . import wrapped_blocks as WB
from .cells import (
    BLANK,
    RECOVERED,
    UNKNOWN,
    VALUE,
    CellRead,
    display_width,
    read_count,
)
from .chunks import (
    LEADS,
    LEADS_TWO_BESIDE,
    MAX_UNPRINTED_BLANKS,
    SPARSE_STEPS,
    TOTALS_APART_AT_END,
    Chunkings,
    Placed,
    Placing,
    column_chunkings,
    sparse_chunk_readings,
    totals_first_readings,
    unprinted_blank_readings,
)
from .page_order import (
    page_ways,
)
from .record import Cell, ParsedReport
from .rows import (
    _NUMBERED_LABEL_RE,
    RawCell,
    Row,
    _is_figure,
    _nearest_column,
    aligned_readings,
    cell_parts,
    figure_parts,
    fills_the_row,
    place_by_position,
    reading_of,
)
from .table_reading import (
    _figure_and_mark_words,
    _figure_or_mark,
    _figures_and_marks,
    _figures_or_marks,
    _is_cjk_character,
    _last_cell_of_words,
    _placed_cells,
    _positions,
    header_positions,
)
from .template import OTHER_SUB_ROWS as _OTHER_SUB_ROWS
from .wrapped_digits import Word
from .wrapped_figures import WRAPPED


@lru_cache(maxsize=1 << 14)  # asked of every word of table 3's header: they recur in every report
def _applicant_of(text: str) -> str | None:
    squashed = L.squash(text)
    return next((key for key, names in L.APPLICANTS.items() if squashed in names), None)


def _sharings_keeping_the_column_rules(report: ParsedReport, tried: list[dict[str, tuple | None]],
                                       outcomes: tuple[str, ...], fall_back: bool = True
                                       ) -> list[dict[str, tuple | None]]:
    """The sharings (each touched row's reading; every row some sharing reads is read) that keep
    APP_OUTCOME_SUM and APP_BALANCE with the table's other rows as read (a row with a cell unknown, or a
    touched row no sharing reads, leaves the rules needing it out, and a row breaking its own sum bounds them
    only as an unknown one, `R.as_premises`); with `fall_back`, all of them where none keeps them (a report that
    does not add up: the rows' own sums decide, as before)."""
    table: dict[str, tuple | None] = {}
    for key, cells in report.matrix("applications").items():
        if all(column in cells and cells[column].state != UNKNOWN for column in L.APPLICANT_KEYS):
            table[key] = tuple(cells[column].value for column in L.APPLICANT_KEYS)
        else:
            table[key] = None
    table = R.as_premises(table)
    kept = [found for found in tried if not R.failing_columns({**table, **found}, outcomes)]
    return kept or (tried if fall_back else [])


def _prints_every_cell_on_one_line(row, fitted: list) -> bool:
    """An aligned row whose every cell was measured on its one line (a row whose cells stand on several lines,
    pieces of a line round it joined, proves no column)."""
    return row.aligned and all(raw is not None and raw.x_glyphs is not None for raw in fitted) \
        and len({raw.line for raw in fitted}) == 1


def _columns_of_the_pages_full_rows(read: dict, width: int) -> dict[int, list[float]]:
    """Page → where each column stands (in glyphs), on the pages where every row filling all its columns on one
    line stands the same (each column within a glyph and a half)."""
    standing: dict[int, list[list[float]]] = {}
    for row, fitted, _, _ in read.values():
        if _prints_every_cell_on_one_line(row, fitted):
            columns = standing.setdefault(row.page, [[] for _ in range(width)])
            for c, raw in enumerate(fitted):
                columns[c].append(raw.x_glyphs)
    return {page: [sorted(xs)[len(xs) // 2] for xs in columns] for page, columns in standing.items()
            if all(max(xs) - min(xs) <= 1.5 for xs in columns)}


def _placed_by_the_column_rules(read: dict, damaged: list[str], candidates: dict[str, list], context: dict,
                                outcomes: tuple[str, ...], width: int) -> dict[str, list[tuple[int, RawCell]]]:
    """A row of fewer figures than columns whose own sum no placing keeps (a total printed blank), placed where
    APP_OUTCOME_SUM and APP_BALANCE put its figures, the table's other rows read: the figures every way keeping
    them puts in one column (`R.placed_by_the_column_rules`): in `pdftotext -raw` (a row's label, then its cells,
    each whole, one space apart; a blank cell prints nothing) a row no split reads; in `-layout`, a row on one line
    no header places (its words, left to right, stand in columns left to right: pdftotext sets no word left of one
    starting left of it). Each key → (column, word) for each of its words so placed (the others: no column)."""
    placed = {}
    for key, (row, _, problem, code) in read.items():
        if row.spaced:
            if key not in damaged or key in context or candidates.get(key):
                continue
        # (a row the rules read in any columns, no split keeping its sum, too where it prints a figure: a figure's
        # column the rules check; a row of blank marks alone, its figures stacked off its line, they only would
        # place by the columns its lost cells must fill)
        elif not (row.aligned and problem and code == "unaligned_cells" and (
                context.get(key, ...) is None if key not in damaged else
                key not in context and not candidates.get(key)
                and any(read_count(word).state == VALUE for cell in row.values() for word in cell.text.split()))):
            continue
        values = row.filled_values()
        if not values or len({cell.line for cell in values}) != 1:
            continue
        words = [RawCell(word, cell.line, problem=cell.problem) for cell in values for word in cell.text.split()]
        reads = [read_count(word.text) for word in words]
        if any(word.problem or found.state not in (VALUE, BLANK) for word, found in zip(words, reads, strict=True)):
            continue
        agreed = R.placed_by_the_column_rules([found.value for found in reads], width, key, context, outcomes)
        if agreed is not None:
            placed[key] = [(column, words[index]) for column, index in agreed.items()]
    return placed


def _write_placed_by_the_column_rules(report: ParsedReport, key: str, row: Row, placed: list[tuple[int, RawCell]]) -> None:
    """The row's figures in the columns the column rules put them in (recovered, a blank mark blank); the other
    columns unknown (a blank, a cell lost, or a column the rules let more than one of its figures stand in)."""
    at = dict(placed)
    for column, applicant in enumerate(L.APPLICANT_KEYS):
        raw = at.get(column)
        found = read_count(raw.text) if raw is not None else None
        state = UNKNOWN if found is None else BLANK if found.value is None else RECOVERED
        report.cells.append(Cell("applications", key, applicant, None if found is None else found.value, state,
                                 row.line, None if raw is None else raw.text.strip()))
    shown = {L.APPLICANT_KEYS[c]: None if (v := read_count(raw.text).value) is None else int(v) for c, raw in placed}
    report.warn("cells_recovered", f"table 3 {key}: fewer figures than its {len(L.APPLICANT_KEYS)} columns, which "
                "columns print nothing not shown by the text, and no split keeps its own sum: placed where every way "
                f"that keeps the column rules puts them: {shown}, marked recovered; the others unknown", row.line)


def _columns_crossed(columns: set[int]) -> str:
    names = ", ".join(L.APPLICANT_KEYS[column] for column in sorted(columns))
    return (f"its figures start where the page's other rows read whole set another column's ({names}): pdftotext set "
            "some of them in another block (a label's block, counted one glyph a character), so its line's order is not "
            "its columns' order")


# figures of one column of a page stand at most this far apart (display columns, centre to centre: a
# figure is centred, left- or right-aligned in its cell, `２８` beside `２`), figures of two columns at least
# COLUMN_GAP apart; anything between, and the page's columns are not told apart
SAME_COLUMN, COLUMN_GAP = 1.0, 2.5

def _page_clusters(parts_of: dict[str, list[RawCell]]) -> list[float] | None:
    """The columns a page's figures stand in, left to right (each the first x of its figures), or None
    where two figures stand neither clearly in one column nor clearly in two (a column's figures spread
    wider than 2 × SAME_COLUMN too), or a row holds two figures in one column."""
    xs = sorted({part.x for parts in parts_of.values() for part in parts})
    if not xs:
        return None
    clusters = [xs[0]]
    for left, right in pairwise(xs):
        if right - left <= SAME_COLUMN:
            if right - clusters[-1] > 2 * SAME_COLUMN:
                return None
            continue
        if right - left < COLUMN_GAP:
            return None
        clusters.append(right)
    for parts in parts_of.values():
        columns = [bisect_left(clusters, part.x + SAME_COLUMN) - 1 for part in parts]
        if len(set(columns)) != len(columns):
            return None
    return clusters


def _ways_of_a_page(parts_of: dict[str, list[RawCell]], columns: int) -> list[dict[str, tuple[int, ...]]] | None:
    """The ways to give a page's figures (`parts_of`, each row's) columns among the first `columns`: the
    page's columns as its figures stand together (`_page_clusters`), each one applicant column, in order; where
    they are not told apart, as pdftotext's layout proves them (page_order.py); each way as each row's
    column per figure. None where neither tells."""
    clusters = _page_clusters(parts_of)
    if clusters is None or len(clusters) > columns:
        return page_ways(parts_of, columns)
    return [{key: tuple(chosen[bisect_left(clusters, part.x + SAME_COLUMN) - 1] for part in parts)
             for key, parts in parts_of.items()} for chosen in combinations(range(columns), len(clusters))]


def _placed_by_page_columns(read: dict, damaged: list[str], elsewhere: set[str], zeros: set[str], context: dict,
                            candidates: dict[str, list], outcomes: tuple[str, ...], width: int) -> dict[str, tuple]:
    """Rows on a page that does not repeat the header (`pdftotext -layout` squeezes out the room of the
    columns empty on a page, so the header's positions say nothing there), read by the page's own columns:
    a page's figures keep their columns down the page, so each column the page shows (figures standing
    together) is one applicant column, the same for every row, and a column where a row prints nothing is
    blank there. Each way to give the page's columns applicant columns, in order, is tried against the
    template's rules: every row's sum, the columns' sums and the balance with the table's other rows, and
    a row read cleanly reading as it did. A row that reads alike in every way that keeps them is placed:
    key → (reading, its figures), its cells marked recovered (their columns are inferred). Where the ways
    disagree, or the page's columns are not told apart, nothing is placed."""
    pages: dict[int, list[str]] = {}
    for key in read:
        if key in elsewhere and not any(cell.problem == WRAPPED for cell in read[key][0].values()):
            pages.setdefault(read[key][0].page, []).append(key)  # a figure left unread places nothing
    placed: dict[str, tuple] = {}
    context = dict(context)  # the rows placed here join it, for the next page's rules
    while True:
        before = len(placed)
        kept_of_pages = []  # each page's ways; the same for every page where the round places nothing
        for keys in pages.values():
            found = _ways_a_page_keeps(keys, read, damaged, zeros, context, candidates, outcomes, width, placed)
            if found is not None:
                _place_alike(*found, zeros, context, candidates, placed)
                kept_of_pages.append(found)
        if len(placed) == before:
            _pages_placed_jointly(kept_of_pages, zeros, context, candidates, outcomes, placed)
        if len(placed) == before:
            return placed


def _ways_a_page_keeps(keys: list[str], read: dict, damaged: list[str], zeros: set[str], context: dict,
                       candidates: dict[str, list], outcomes: tuple[str, ...], width: int, placed: dict[str, tuple]
                       ) -> tuple[list[str], dict[str, list[RawCell]], list[dict]] | None:
    """The rows of a page still open, their figures, and the ways of reading the page (each its rows'
    readings, a row whose sum no way keeps left out) that keep the template's rules with `context`; None
    where the page's columns are not told apart, no row is open, or no way keeps them."""
    parts_of = {key: figure_parts(read[key][0].values()) for key in keys}
    if any(part.x is None or read_count(part.text).state != VALUE for parts in parts_of.values() for part in parts):
        return None  # a blank mark or a figure not read cleanly: its column says nothing certain
    ways = _ways_of_a_page({key: parts for key, parts in parts_of.items() if parts}, width)
    if ways is None:
        return None
    open_keys = [key for key in keys if key not in placed and (key in zeros or context.get(key) is None or (
        key in damaged and len(candidates.get(key, ())) != 1))]
    if not open_keys:
        return None
    readings_of = []
    for way in ways:
        readings = {}
        for key in keys:
            values = [None] * width
            for part, column in zip(parts_of[key], way.get(key, ())):
                values[column] = read_count(part.text).value
            readings[key] = tuple(values)
        readings_of.append(readings)
    # a row whose sum no way keeps (it lost a figure) says nothing of the page's columns: left out, unknown
    broken = {key for key in keys if key in open_keys and key not in zeros
              and not any(R.applicant_sum_holds(readings[key]) for readings in readings_of)}
    kept = []
    for readings in readings_of:
        readings = {key: reading for key, reading in readings.items() if key not in broken}
        if any(context.get(key) is not None and key not in zeros and context[key] != readings[key] for key in readings):
            continue  # a row read cleanly, or settled by the rules, reads otherwise
        if not all(R.applicant_sum_holds(reading) for reading in readings.values()):
            continue
        if not R.rows_keep_column_rules(readings, {**context, **readings}, outcomes):
            continue
        kept.append(readings)
    return ([key for key in open_keys if key not in broken], parts_of, kept) if kept else None


def _place_alike(open_keys: list[str], parts_of: dict[str, list[RawCell]], kept: list[dict], zeros: set[str],
                 context: dict, candidates: dict[str, list], placed: dict[str, tuple]) -> None:
    """Each open row that reads alike in every way kept is placed, and joins `context`."""
    for key in open_keys:
        readings = {way[key] for way in kept}
        if len(readings) == 1:
            (reading,) = readings
            if parts_of[key] and (key in zeros or not candidates.get(key) or reading in candidates[key]):
                placed[key] = (reading, parts_of[key])
                context[key] = reading


MAX_JOINT_WAYS = 20_000  # ways of reading the open pages together tried; past it they stay as they are

def _pages_placed_jointly(found: list[tuple], zeros: set[str], context: dict, candidates: dict[str, list],
                          outcomes: tuple[str, ...], placed: dict[str, tuple]) -> None:
    """Pages no rule settles alone (each page's columns sums need the other's rows): every way of reading
    each (`found`: each page's open rows, figures and ways kept, `_ways_a_page_keeps`), taken together,
    kept where the columns' sums and the balance hold over the whole table; a row reading alike in every
    way kept is placed."""
    if len(found) < 2 or prod(len(kept) for _, _, kept in found) > MAX_JOINT_WAYS:
        return
    kept_together = []
    for ways in product(*(kept for _, _, kept in found)):
        readings = {key: reading for way in ways for key, reading in way.items()}
        if R.rows_keep_column_rules(readings, {**context, **readings}, outcomes):
            kept_together.append(readings)
    if kept_together:
        open_keys = [key for keys, _, _ in found for key in keys]
        parts_of = {key: parts for _, parts, _ in found for key, parts in parts.items()}
        _place_alike(open_keys, parts_of, kept_together, zeros, context, candidates, placed)


def _write_placed_by_page_columns(report: ParsedReport, key: str, row: Row, placed: tuple) -> None:
    reading, parts = placed
    texts = " | ".join(part.text.strip() for part in parts)
    report.warn("page_columns", f"table 3 {key}: on a page that does not repeat the header, its figures ({texts}) "
                "read in the page's own columns: every way of giving them applicant columns that keeps the "
                f"template's rules reads the row alike, {[None if v is None else int(v) for v in reading]}, "
                "the others blank; marked recovered", row.line)
    for column, value in zip(L.APPLICANT_KEYS, reading):
        report.cells.append(Cell("applications", key, column, value, BLANK if value is None else RECOVERED,
                                 row.line, texts))


def _shown_columns_keep_the_rules(read: dict, context: dict, placed: set[str], key: str, fitted: list,
                                  columns: int, outcomes: tuple[str, ...]) -> bool:
    """Whether a cut table's row, `fitted` by page order, keeps APP_OUTCOME_SUM and APP_BALANCE in each
    column shown (the first `columns`) with the rows read cleanly and placed so far (a cell cut at the
    page's edge, or not read, leaves its column's rules out)."""
    table: dict[str, tuple] = {}
    unread: set[tuple[str, int]] = set()
    for other, (_, cells, problem, _) in read.items():
        if other != key and (problem or (other not in context and other not in placed)):
            continue
        cells = fitted if other == key else cells
        values = []
        for column, raw in enumerate(cells):
            value = read_count(raw.text) if raw is not None and column < columns else None
            if value is None or value.state == UNKNOWN:
                unread.add((other, column))
            values.append(value.value if value is not None and value.state != UNKNOWN else None)
        table[other] = tuple(values)
    return not R.failing_columns(table, outcomes, of=key, unread=frozenset(unread))


def _rows_in_shown_columns(keys: list[str], read: dict, context: dict, shown: int, width: int,
                           outcomes: tuple[str, ...]) -> dict[str, tuple]:
    """Rows of later pages whose page's columns are not told apart (pdftotext squeezed a figure against a long
    label): each row's figures, in order, in any shown columns, narrowed together by the columns' sums and
    balance with the rest of the table (`R.settle_table`). A row left with one reading that keeps them is placed."""
    free: dict[str, list] = {}
    for key in keys:
        parts = figure_parts(read[key][0].values())
        if not parts or any(read_count(part.text).state != VALUE for part in parts):
            continue
        readings = aligned_readings(parts, [0.0] * shown, lambda reading: True, free=True)
        if readings:
            free[key] = [(*reading, *[None] * (width - shown)) for reading in readings]
    if not free:
        return {}
    settled = R.settle_table({key: [reading] for key, reading in context.items()} | free, outcomes)
    table = dict(context)
    one = {key: settled[key][0] for key in free if len(settled.get(key, ())) == 1}
    table.update(one)
    return {key: (reading, figure_parts(read[key][0].values())) for key, reading in one.items()
            if R.column_rules_hold(key, reading, table, outcomes)}


def _a_page_in_shown_columns(keys: list[str], read: dict, context: dict, shown: int, width: int,
                             outcomes: tuple[str, ...], every_column_rows: Sequence[list[RawCell]] = ()
                             ) -> dict[str, tuple]:
    """_placed_under_a_cut_header for the rows of one page. `every_column_rows`: the page's rows printing a
    figure or mark for each shown column on their line, read in order: they fix the page's columns, so that the
    page's figures then stand each in one of theirs (or the page is not read this way)."""
    parts_of = {key: figure_parts(read[key][0].values()) for key in keys}
    if not keys or any(part.x is None or read_count(part.text).state != VALUE
                       for parts in parts_of.values() for part in parts):
        return {}
    if every_column_rows:
        # one page, one layout: each of the page's columns is one of these rows' columns, in order
        clusters = _page_clusters(parts_of | {f"every column {at}": cells for at, cells in enumerate(every_column_rows)})
        if clusters is None or len(clusters) != shown:
            return {}
        ways = [{key: tuple(bisect_left(clusters, part.x + SAME_COLUMN) - 1 for part in parts)
                 for key, parts in parts_of.items()}]
    else:
        ways = _ways_of_a_page(parts_of, shown)
    if ways is None:
        return {}
    kept: dict[str, set] = {key: set() for key in keys}
    for way in ways:
        readings = {}
        for key in keys:
            values: list = [None] * width
            for part, column in zip(parts_of[key], way[key]):
                values[column] = read_count(part.text).value
            readings[key] = tuple(values)
        table = {**context, **readings}
        if all(R.column_rules_hold(key, reading, table, outcomes) for key, reading in readings.items()):
            for key in keys:
                kept[key].add(readings[key])
    return {key: (next(iter(found)), parts_of[key]) for key, found in kept.items() if len(found) == 1}


def header_names_no_total(header_rows: list[Row]) -> bool:
    """Whether table 3's header names applicant columns but not 总计: its column cut at the page's edge whole, or its
    centred name cut while its figures, starting further left, may be written (LibreOffice's page wider than the
    paper)."""
    words = "".join(cell.text for row in header_rows for cell in row.cells)
    return "总" not in words and "自然" in words


def _total_column_unprinted(header_rows: list[Row], found: Iterable[Row], converter: bool = False) -> bool:
    """Aligned text or a converter's pipe rows whose header names applicant columns but not 总计 (cut at the page's
    edge whole, LibreOffice's page wider than the paper), where a row prints one figure alone, not 0, and nothing
    else on its line (its blank cells print nothing): that figure would be printed again as its total were the total column shown.
    Then no figure of a row is its total, and a reading taking its last figure for the total (`1 … 1` read as
    a part and its total) is a guess. `converter`: the table is a converter's pipe rows, whose plain lines among
    them are rows too (markitdown writes a row whose words align with fewer than two of the page's columns as text,
    `二、上年结转政府信息公开申请数量 1`: one line of the page, the row's words all on it)."""
    if not header_names_no_total(header_rows):
        return False
    for row in found:
        values = row.filled_values()
        # (a converter's pipe row too: `|  | 5.属于三类内部事务信息 | 2 |  |  |  |`, its empty cells blank)
        if (row.aligned or row.piped or converter and row.spaced) and len(values) == 1 \
                and len({cell.line for cell in row.cells}) == 1:
            value = read_count(values[0].text)
            if value.state == VALUE and value.value:
                return True
    return False


def _read_in_column_chunks(report: ParsedReport, rows: list[Row], found: dict[str, Row], keys: tuple[str, ...],
                           past_the_heading: list[Row], blanks_unprinted: bool = False) -> tuple[bool, bool]:
    """Table 3 written column by column in chunks of rows (chunks.py: `pdftotext` without -layout):
    its labels found in order, and exactly its cells' count of figures on lines of their own, placed
    where the row sum allows one figure only; the figures may run on past the next section's heading
    (`past_the_heading`: the rows of the figure lines that follow it). Writes the cells and says
    (True, whether it took the figures past the heading); (False, False), nothing written, for any
    other text, or where no chunking keeps every row's sum. `blanks_unprinted`: a PDF's text, where a
    blank cell may print nothing: a table short of its cells by a blank or two is read as
    `_read_with_unprinted_blanks` says."""
    # the labels stand apart from the figures: most rows found hold no more than one figure (the first
    # column may stand beside its label), where a table read row by row gives each row its own
    holding = [row for row in found.values() if sum(len(cell.text.split()) for cell in row.values()) > 1]
    # or the first two columns written beside each label
    two_beside = _two_figures_beside_the_labels(found)
    if len(found) * 2 < len(keys) or (len(holding) * 2 >= len(found) and not two_beside):
        return False, False
    # （六）其他处理 printed as one row: its three sub-rows are not printed, so they hold no figures
    absent = [key for key in keys if "other" in found and key in _OTHER_SUB_ROWS and key not in found]
    keys = tuple(key for key in keys if key not in absent)
    width = len(L.APPLICANT_KEYS)
    # a blank mark before the first found row's label is the header's (`申请人情况` / `-`); a figure there
    # is a row's (the first row's figures may stand before its label, or its label be lost)
    first = _first_found_at(rows, found)
    before_first = [cell for cell in _figures_and_marks(rows[:first]) if _is_figure(cell.text)]
    figures = before_first + _figures_and_marks(rows[first:])
    if len(figures) < len(keys) * width:
        # a figure glued to its row's label (`8.属于行政查询事项1`, the cell beside the label with no space before
        # it): taken only where the glued figures make the count, each at its label's place in the order written
        glued = before_first + _figures_and_marks(rows[first:], glued_to=list(found.values()))
        if len(glued) == len(keys) * width:
            figures = glued
    past = 0  # figures taken from past the heading
    if len(figures) < len(keys) * width and past_the_heading:
        # the last chunks written past the next table's heading (`四、…`): taken only when they make the count
        apart = _figures_and_marks(past_the_heading)
        figures, past = figures + apart, len(apart)
    if blanks_unprinted and len(figures) > len(keys) * width and not absent:
        # more words than cells: wide figures wrapped a piece a line, their block maybe set before the others
        read = _read_with_totals_first(report, rows, found, keys, figures)
        return read, read and past > 0
    if len(figures) != len(keys) * width:
        short = len(keys) * width - len(figures)
        if blanks_unprinted and 0 < short < width:
            # more blanks than a few: only a row the HTML wrote short, its last cells printing nothing
            read = _read_with_unprinted_blanks(report, found, keys, absent, figures, two_beside,
                                               short_row=short > MAX_UNPRINTED_BLANKS)
            return read, read and past > 0
        return False, False
    reads = [read_count(cell.text) for cell in figures]
    if any(read.state == UNKNOWN for read in reads):
        return False, False
    # a row whose label stands after exactly the figures of the rows before it may open a page of its own
    lines = [cell.line for cell in figures]
    pages = [index for index, key in enumerate(keys)
             if key in found and bisect_left(lines, found[key].line) == index * width]
    values = [read.value for read in reads]
    chunk_lines = _past_the_heading_closed_up(lines, past)  # the lines the chunkings must fit
    # a page may write two columns beside its labels where another writes none (each page read on its own)
    chunkings = column_chunkings(values, len(keys), width, R.applicant_sum_holds, pages,
                                 leads=LEADS_TWO_BESIDE if two_beside else LEADS, lines=chunk_lines)
    chosen_by_the_rules = False  # the figures past the heading read as totals set apart, where only so the columns add up
    rivals: list[Chunkings] = []  # or other orders keep the rules too: a cell read only where all read it alike
    if chunkings is not None and past and all(read.state == VALUE for read in reads):
        chunkings, chosen_by_the_rules, rivals = _the_order_past_the_heading(values, keys, width, past, chunkings,
                                                                             pages, chunk_lines)
    if chunkings is None and past:  # or they are the total column of some chunks, set apart from the others
        searched, gave_up = _chunkings_with_totals_apart(values, keys, width, past, pages, chunk_lines)
        chunkings = searched[0] if searched else None
        rivals = searched[1:] + ([Chunkings(values, width, (), chunkings.leads)] if chunkings and gave_up else [])
    if chunkings is None:  # or set apart at the end of the table's figures, its own or those past the heading
        chunkings = _totals_apart_at_the_end(values, lines, keys, found, width, pages, chunk_lines)
    apart: list[Chunkings] = []  # the rows above the outcomes read as a part of their own, no label saying so
    if chunkings is None:
        apart = _rows_above_the_outcomes_apart(values, keys, width, LEADS_TWO_BESIDE if two_beside else LEADS, chunk_lines)
        chunkings = apart[0] if apart else None
    elif _first_outcome_unfound(keys, found) and _a_rows_figures_before_the_outcomes(keys, found, lines, width) and (others := [
            other for other in _rows_above_the_outcomes_apart(values, keys, width,
                                                              LEADS_TWO_BESIDE if two_beside else LEADS, chunk_lines)
            if other.placed() != chunkings.placed()]):
        # the first outcome's label lost (`（一）予以公开` cut whole): no label says where the outcome rows open, so
        # the rows above may be written on their own too, and a table of few figures keeps every sum both ways
        # (granted's `2 1 12 5 2 22` read as 1.属于国家秘密's): a cell read only where every reading reads it alike
        apart = [chunkings, *others]
    if chunkings is None:
        return False, False
    placed = chunkings.placed() if not apart else _alike_in_every(apart, values)
    if chosen_by_the_rules:  # the column rules chose the order: every cell rests on them, none proved
        placed = [[None if p is None else Placed(p.index, False) for p in cells] for cells in placed]
        report.warn("column_chunks", f"table 3: the {past} figure(s) past the next section's heading read as the "
                    "total column of some chunks, set apart after the others: in the order written no placing of "
                    "them keeps APP_OUTCOME_SUM and APP_BALANCE, set apart one does; every cell recovered",
                    figures[0].line)
    unproved = sum(1 for cells in placed for p in cells if p is None or not p.proved)
    report.warn("column_chunks", f"table 3: labels first, then the figures column by column in chunks of rows "
                f"(pdftotext without -layout); placed where every row's sum allows one chunking only; "
                f"{unproved} cell(s) recovered or unknown where the chunking rests on zeros or is not unique" +
                ("; the rows above the outcomes written on their own first, where no label found says where the "
                 f"outcome rows open: every place the sums allow ({len(apart)}) tried, a cell read only where all "
                 "read it alike, recovered" if apart else ""), figures[0].line)
    for key in absent:
        report.cells += [Cell("applications", key, applicant, None, UNKNOWN, None) for applicant in L.APPLICANT_KEYS]
    cells = _placed_cells("applications", keys, L.APPLICANT_KEYS, placed, figures, reads)
    if any(where is None for row in placed for where in row) and len(apart) < 2:
        settled = _chunkings_the_columns_settle(chunkings, keys)
        if settled is not None:
            cells = _with_settled_cells(report, cells, placed, settled, keys, width, figures, reads)
    cells = _with_row_orders_the_columns_refuse(report, cells, keys, width)
    for rival in rivals:
        cells = _where_the_totals_apart_agree(report, cells, rival, keys, values, past)
    if blanks_unprinted and not chosen_by_the_rules and None in values:  # blank marks: a total column apart may read too
        cells = _where_no_totals_apart_read_otherwise(report, cells, keys, apart or [chunkings], lines, chunk_lines)
    cells = _unchecked_columns_unknown(report, cells, keys, placed, every_rule=bool(apart))
    # zeros keep every row's sum in any order too: where the order written breaks a column rule that no row's
    # order mends, or leaves it unchecked (a cell unknown), a total column apart may read that column's cells
    # otherwise (the rules vouch for no placing there). Asked of any text in column chunks, not a PDF's alone: a
    # crawler's copy of pdftotext's keeps its order but may drop its form feeds
    refused = _columns_the_rules_leave(cells, keys) if not chosen_by_the_rules and None not in values else set()
    cells = _unproven_where_the_columns_refuse(report, cells, keys, placed, chunked_proofs=True)
    if refused:
        cells = _where_no_totals_apart_read_otherwise(report, cells, keys, apart or [chunkings], lines, chunk_lines,
                                                      refused)
    report.cells += cells
    return True, past > 0


def _past_the_heading_closed_up(lines: list[int], past: int) -> list[int]:
    """The figures' `lines` with the last `past` (set past the next section's heading) on lines one after
    the other from the line after the figures before them, two of one line still on one: poppler sets
    the heading and those figures as flows of their own (empty lines between them, a figure a flow or
    a block's), so their lines say nothing of where a chunk's blocks end, only which figures share one
    (chunks.py's `_joined`)."""
    if not past or past >= len(lines):
        return lines
    closed = lines[: len(lines) - past]
    at = closed[-1] if closed else 0
    for before, line in zip(lines[len(lines) - past - 1 :], lines[len(lines) - past :]):
        at += line != before
        closed.append(at)
    return closed


def _the_order_past_the_heading(values: list[Decimal], keys: tuple[str, ...], width: int, past: int,
                                in_order: Chunkings, pages: list[int], lines: list[int]
                                ) -> tuple[Chunkings, bool, list[Chunkings]]:
    """Table 3 in column chunks whose last figures stand past the next section's heading (`past` of
    them, `_read_in_column_chunks`): in the order written (`in_order`, its chunkings keeping every row's
    sum), or as the total column of some chunks that pdftotext set apart after the others (`last_apart`
    of `column_chunkings`). Rows of zeros let both keep every row's sum; the column rules may tell them
    apart, each row's readings over all its chunkings tried (a refusal then holds for every chunking).
    Says (the chunkings to read, whether the column rules chose them, their rivals). The chunkings apart
    (each of `_chunkings_with_totals_apart`'s), chosen by the rules (the caller marks their cells recovered),
    where no table of those in order keeps APP_OUTCOME_SUM and APP_BALANCE and some table apart does; those
    in order with the chunkings apart as rivals where both may keep them (too many steps: may), a cell then
    read only where all read it alike; those in order alone where no chunking apart keeps the rows' sums or
    the rules."""
    outcomes = L.outcome_rows_among(keys)
    found, gave_up = _chunkings_with_totals_apart(values, keys, width, past, pages, lines)
    if gave_up:  # the chunkings apart unread may read any cell otherwise: a rival that places nothing
        return in_order, False, [Chunkings(values, width, (), in_order.leads)]
    # (each that may keep the rules, whether some table of it surely does): None says the search could not tell
    kept = [(apart, keeps) for apart in found
            if (keeps := R.some_table_keeps_the_rules(dict(zip(keys, apart.readings())), outcomes)) is not False]
    if not kept:
        return in_order, False, []
    found = [apart for apart, _ in kept]
    if any(keeps for _, keeps in kept) and \
            R.some_table_keeps_the_rules(dict(zip(keys, in_order.readings())), outcomes) is False:
        return found[0], True, found[1:]
    return in_order, False, found


def _chunkings_with_totals_apart(values: list[Decimal], keys: tuple[str, ...], width: int, past: int,
                                 pages: list[int], lines: list[int]) -> tuple[list[Chunkings], bool]:
    """Table 3 in column chunks whose `past` figures past the next section's heading are read as the total
    column of some chunks set apart after the others (`last_apart` of `column_chunkings`): the chunkings of
    the whole table so, and, where a row's label stands after exactly the figures of the rows before it
    (`pages`), those with the first rows' band a part of its own, read in order before it (written whole on a
    page or in a block of its own). The labels' places prove neither, and rows of zeros let both keep every
    row's sum while placing a figure rows apart (a band's `0 1 0 0 0 0 1` read two rows down): says (each that
    keeps every row's sum, whether a search gave up); the caller reads a cell only where all read it alike."""
    gave_up: list[bool] = []
    found = [column_chunkings(values, len(keys), width, R.applicant_sum_holds, last_apart=past, lines=lines,
                              gave_up=gave_up)]
    if any(0 < page < len(keys) for page in pages):
        found.append(column_chunkings(values, len(keys), width, R.applicant_sum_holds, pages, last_apart=past,
                                      lines=lines, gave_up=gave_up))
    return [chunkings for chunkings in found if chunkings is not None], bool(gave_up)


def _where_the_totals_apart_agree(report: ParsedReport, cells: list[Cell], rival: Chunkings, keys: tuple[str, ...],
                                  values: list[Decimal], past: int) -> list[Cell]:
    """`cells` as read in the order written, unknown where the chunkings with the figures past the heading
    set apart as totals (`rival`, `_the_order_past_the_heading`) place no figure alike or another. A rival
    of no parts is a search that gave up: it places no cell, so every cell is unknown."""
    gave_up = not rival.parts
    rival_placed = [[None] * len(L.APPLICANT_KEYS) for _ in keys] if gave_up else rival.placed()
    at = {key: row for row, key in enumerate(keys)}
    disputed = 0
    kept = []
    for cell in cells:
        where = rival_placed[at[cell.row]][L.APPLICANT_KEYS.index(cell.column)] if cell.row in at else None
        # a blank mark is None in both readings (a 0 and a mark told apart, as the text prints them)
        if cell.state != UNKNOWN and (where is None or values[where.index] != (
                None if cell.state == BLANK else cell.value or Decimal(0))):
            cell = replace(cell, value=None, state=UNKNOWN, as_written=None)
            disputed += 1
        kept.append(cell)
    if disputed and gave_up:
        report.warn("column_chunks", f"table 3: the {past} figure(s) past the next section's heading end the table in "
                    "the order written, or may be the total column of some chunks set apart after the others: the "
                    f"search for those chunkings gave up (too many), so {disputed} cell(s) are unknown",
                    cells[0].line if cells else None)
    elif disputed:
        report.warn("column_chunks", f"table 3: the {past} figure(s) past the next section's heading end the table in "
                    "the order written, or are the total column of some chunks set apart after the others: both keep "
                    f"every rule it can check, and {disputed} cell(s) the two read differently are unknown",
                    cells[0].line if cells else None)
    return kept


def _where_no_totals_apart_read_otherwise(report: ParsedReport, cells: list[Cell], keys: tuple[str, ...],
                                          in_order: list[Chunkings], lines: list[int], chunk_lines: list[int],
                                          refused: set[int] | None = None) -> list[Cell]:
    """`cells` read in the order written (each of `in_order`'s chunkings) in a PDF's text printing blank marks,
    unknown where the total column of some chunks set after all the others reads them otherwise
    (totals_apart.py): the text proves neither order. `refused`: the applicant columns whose rules the order
    written breaks or leaves unchecked, the only cells disputed (elsewhere the rules hold as read)."""
    rivals: list | None = []
    for chunkings in in_order:
        found = TA.rivals_with_totals_apart(chunkings, keys, chunk_lines, lines)
        rivals = None if found is None or rivals is None else rivals + found
    cells, disputed = TA.disputed_by_totals_apart(cells, rivals, keys, refused)
    if disputed:
        report.warn("column_chunks", "table 3: read in the order written" +
                    (", which breaks a column rule or leaves it unchecked," if refused else "") +
                    " or with the total column of some chunks set after all the others (a paragraph of its own at "
                    "the end): " + ("the search for those chunkings gave up (too many)" if rivals is None else
                                    f"{len(rivals)} such reading(s) keep every row's sum and may keep the column rules") +
                    f", so {disputed} cell(s) the order written alone reads so are unknown",
                    cells[0].line if cells else None)
    return cells


class _BlockPart(NamedTuple):
    """Rows [first, end) of table 3 as `_beside_then_column_blocks` reads them: `lead` columns beside each
    label (`leads`, each row's), the others in poppler's blocks of `figures`."""

    first: int
    end: int
    lead: int
    leads: list[list[RawCell]]
    figures: list[RawCell]


def _beside_then_column_blocks(report: ParsedReport, rows: list[Row], found: dict[str, Row], keys: tuple[str, ...],
                               past_the_heading: list[Row]) -> tuple[bool, bool]:
    """Table 3 as `_column_blocks_as` reads it, each word a figure; where that finds no reading and the
    table prints full-width digits, again with its figures maybe wrapped in pieces (wrapped_blocks.py:
    `２０` / `１５` / `０` may be 200 wrapped round 15)."""
    read = _column_blocks_as(report, rows, found, keys, past_the_heading, False)
    words = [word for row in (*rows, *past_the_heading) for cell in row.cells for word in cell.text.split()]
    if not read[0] and any(WB.is_piece(word) for word in words):
        read = _column_blocks_as(report, rows, found, keys, past_the_heading, True)
    if not read[0] and CB.HYPHEN in words:
        read = _blank_columns_of_hyphen_blocks(report, rows, found, keys, past_the_heading)
    if not read[0] and CB.HYPHEN in words:
        read = _hyphen_blocks_on_two_pages(report, rows, found, keys), False
    return read


def _blank_columns_of_hyphen_blocks(report: ParsedReport, rows: list[Row], found: dict[str, Row],
                                    keys: tuple[str, ...], past_the_heading: list[Row]) -> tuple[bool, bool]:
    """Table 3 as `_column_blocks_as` lays it out (every column in blocks after the labels), whose blanks
    print a hyphen: poppler drops a hyphen that ends a block's line before another and joins the next line
    to it, so a one-column block of k rows prints its figures in order and a `-` only where its last row is
    blank (`17` `2` `9` `-`; a block of blanks, one `-`), and which rows hold its figures is lost. A block of
    one word a line is one column (a row of several columns prints two words or more on one line); a line
    of two words alone, one row of two columns (two rows print three words at least). The blocks' columns
    then follow each other band by band, left to right (column_blocks.py's `band_readings`, each band read
    as one row of each block's figures added up: a band's figures keep its rows' sums added up), and also
    with one band's total column put back after all the others (`totals_put_back`, after any block). Where
    the blocks' figures then stand in their bands' rows in some reading keeping every row's sum and the table
    every column rule (`_hyphen_parts_read`), a cell all such readings read alike is recovered, every other
    unknown. Otherwise, a column every such reading fills with hyphens' blocks alone is blank in every row:
    recovered; every other cell is unknown, which rows hold a figure being lost. Says (whether it wrote the
    cells, whether it took the figures past the heading); nothing where no cell is read so, a block stands
    otherwise, a part has columns beside its labels, or a search passes its bounds."""
    laid_out = _block_parts_of(rows, found, keys, past_the_heading, False, hyphens=True)
    if laid_out is None or len(laid_out[4]) != 1 or any(part.lead for part in laid_out[4][0]):
        return False, False
    keys, absent, _, past, (parts,), _ = laid_out
    width = len(L.APPLICANT_KEYS)
    blank_columns: list[set[int]] = []  # each part's columns blank in every reading
    for part in parts:
        blank, _ = _columns_hyphen_blocks_leave_blank(part.figures, part.end - part.first, width)
        if blank is None:
            return False, False
        blank_columns.append(blank)
    proved = _hyphen_parts_read(parts, keys) if not absent else None
    if proved is not None:
        _write_cells_read(report, found, keys, proved)
        report.warn("column_blocks", "table 3: its figures after the labels as poppler's blocks (plain pdftotext of "
                    "a PDF), its blanks printing hyphens, which poppler drops where one ends a block's line before "
                    "another: each block's figures read in every run of its rows its hyphens allow, every row keeping "
                    "its sum, and the table every column rule; a cell all such readings read alike is recovered, "
                    "every other unknown", found[keys[0]].line)
        return True, bool(past)
    if not any(blank_columns):
        return False, False
    _write_blank_columns(report, found, absent, [(keys[part.first:part.end], blank)
                                                 for part, blank in zip(parts, blank_columns)])
    report.warn("column_blocks", "table 3: its figures after the labels as poppler's blocks (plain pdftotext of a "
                "PDF), its blanks printing hyphens, which poppler drops where one ends a block's line before "
                "another: which rows hold a block's figures is lost; the columns every reading of the blocks fills "
                "with hyphens alone are blank, recovered; every other cell unknown", found[keys[0]].line)
    return True, bool(past)


# the placings tried, fillings found and placings weighed at most by `_hyphen_parts_read`'s search, over every
# part; more, and nothing is read so
_HYPHEN_RULE_WORK = 8_000_000


def _hyphen_parts_read(parts: list[_BlockPart], keys: tuple[str, ...]
                       ) -> list[list[tuple[set[Decimal | None], RawCell | None]]] | None:
    """Table 3's rows `keys` read by `parts`' hyphen blocks (`_blank_columns_of_hyphen_blocks`'), each part's
    blocks a column each in bands over its rows as `_page_tables_of_hyphen_blocks` reads a page's, every row
    keeping its sum and the table every column rule: each cell's values in such readings and the figure of
    one (hyphen_rules.py's `cells_read`). None where a part's blocks stand otherwise, no reading keeps the
    rules, or a search passes its bounds (a reading missed could be the true one)."""
    width = len(L.APPLICANT_KEYS)
    work = [_HYPHEN_RULE_WORK]  # over every part
    searches = []
    for part in parts:
        laid_out = _hyphen_page_laid_out(part.figures, width)
        if laid_out is None:
            return None
        columns, across, orders, values, hyphens = laid_out
        searches.append(HR.Part(_HyphenBands(columns, across, part.end - part.first, [], values, hyphens, work),
                                orders, part.first))
    try:
        read = HR.cells_read(searches, keys)
    except WB.Spent:
        return None
    if read is None:
        return None
    return [[(values, None if where is None or where[1] is None else parts[where[0]].figures[where[1]])
             for values, where in row] for row in read]


def _hyphen_blocks_on_two_pages(report: ParsedReport, rows: list[Row], found: dict[str, Row],
                                keys: tuple[str, ...]) -> bool:
    """`_blank_columns_of_hyphen_blocks`' table split by a page break (a form feed opening a line between
    two labels): poppler writes each page's rows on their own, their hyphen blocks after the page's last
    label, before the next page's first. Each page is read so on its own: a first column may stand beside
    each label (one figure at most between a label and the next; a blank there prints nothing, its hyphen
    joined to the next line), the last label's own maybe the first figure after it, or none (both read);
    the other columns in the blocks. Where no figure stands beside a label but the last, the page may also
    have no such column. Each page's tables are every way its bands cover its rows and each block's figures
    stand in its band's rows as its hyphens allow, each row keeping its sum (`_page_tables_of_hyphen_blocks`);
    the two pages' tables read together keeping APP_OUTCOME_SUM and APP_BALANCE in every column are kept,
    and a cell all kept read alike is recovered, every other unknown. Where no pair is kept (or a search
    passes its bounds, or a row is left out), a column every reading of a page fills with hyphens' blocks
    alone is blank in each of its rows: recovered; every other cell unknown (the column beside the labels
    too). Nothing where every label is not found in order, a page's blocks read no way, a search passes its
    bounds, or nothing is read so; the figures past the next heading are never taken."""
    absent = [key for key in keys if "other" in found and key in _OTHER_SUB_ROWS and key not in found]
    keys = tuple(key for key in keys if key not in absent)
    at = [index for index, key in enumerate(keys) if key in found]
    starts = [found[keys[index]].line for index in at]
    if len(keys) < 2 or at[0] != 0 or at[-1] != len(keys) - 1 or \
            any(later <= earlier for earlier, later in pairwise(starts)):
        return False
    first = _first_found_at(rows, found)
    breaks = [index for index in range(first, len(rows)) if starts[0] < rows[index].line <= starts[-1]
              and any("\f" in cell.text for cell in rows[index].cells)]
    if len(breaks) != 1 or not rows[breaks[0]].cells[0].text.startswith("\f"):
        return False
    opening = bisect_left(starts, rows[breaks[0]].line)  # the second page's first label, among those found
    turn = at[opening]  # the second page's first key
    if at[opening - 1] != turn - 1:
        return False  # a label not found at the page break: which page its row stands on is lost
    width = len(L.APPLICANT_KEYS)
    blank_of_pages: list[set[int]] = []
    # each page's tables (`_page_tables_of_hyphen_blocks`), None once a search passes its bounds
    tables_of_pages: list[dict | None] = []
    for page_at, page_rows in ((at[:opening], rows[first:breaks[0]]), (at[opening:], rows[breaks[0]:])):
        page_keys = keys[page_at[0]:page_at[-1] + 1]
        page_at = [index - page_at[0] for index in page_at]
        page_starts = [found[page_keys[index]].line for index in page_at]
        figures = _block_figures(page_rows, hyphens=True)
        if figures is None or not figures or figures[0].line < page_starts[0]:
            return False
        gaps = _figures_from_each_label(figures, page_starts)
        last = gaps.pop()
        placings = _first_column_placings(gaps, [*page_at, len(page_keys) - 1],
                                          _labels_opening_below(gaps, page_at, page_starts, found, page_keys, rows))
        if placings is None or not last:
            return False
        blank: set[int] | None = None
        tables: dict | None = {}
        # the last label's figure beside it, the first after it or none; or no column beside the labels
        ways = [(1, last[1:], [*beside, last[:1]]) for beside in placings] + \
            [(1, last, [*beside, []]) for beside in placings] + \
            ([(0, last, [])] if not any(cells for beside in placings for cells in beside) else [])
        for lead, blocks in {(lead, len(blocks)): blocks for lead, blocks, _ in ways}.items():
            besides = [[cells[0] if cells else None for cells in beside]
                       for way_lead, way_blocks, beside in ways if (way_lead, len(way_blocks)) == lead]
            leads = [[read_count(cell.text) if cell else CellRead(BLANK, None) for cell in way] for way in besides]
            besides = [way for way, reads in zip(besides, leads) if all(read.state in (VALUE, BLANK) for read in reads)]
            leads = [way for way in leads if all(read.state in (VALUE, BLANK) for read in way)]
            if lead[0] and not leads:
                continue
            read, spent = _columns_hyphen_blocks_leave_blank(
                blocks, len(page_keys), width - lead[0],
                [[read.value for read in way] for way in leads] if lead[0] else None)
            if spent:
                return False
            if read is not None:
                shifted = {column + lead[0] for column in read}
                blank = shifted if blank is None else blank & shifted
                if tables is not None:
                    more = _page_tables_of_hyphen_blocks(blocks, len(page_keys), width, besides if lead[0] else None)
                    tables = None if more is None else {**more, **tables}
        if blank is None:
            return False
        blank_of_pages.append(blank)
        tables_of_pages.append(tables if tables is None or len(tables) <= _PAGE_TABLES_KEPT else None)
    kept = _hyphen_pages_kept(tables_of_pages, keys) if not absent else None
    if kept:
        _write_cells_kept(report, found, keys, kept)
        report.warn("column_blocks", "table 3: split by a page break, each page's figures after its labels as "
                    "poppler's blocks (plain pdftotext of a PDF), a first column maybe beside the labels, its blanks "
                    "printing hyphens, which poppler drops where one ends a block's line before another: each "
                    "block's figures read in every run of its rows its hyphens allow, every row keeping its sum, and "
                    f"the two pages together every column rule ({len(kept)} reading(s)); a cell all read alike is "
                    "recovered, every other unknown", found[keys[0]].line)
        return True
    if not any(blank_of_pages):
        return False
    _write_blank_columns(report, found, absent, list(zip((keys[:turn], keys[turn:]), blank_of_pages)))
    report.warn("column_blocks", "table 3: split by a page break, each page's figures after its labels as poppler's "
                "blocks (plain pdftotext of a PDF), a first column maybe beside the labels, its blanks printing "
                "hyphens, which poppler drops where one ends a block's line before another: which rows hold a "
                "block's figures is lost; the columns every reading of a page's blocks fills with hyphens alone "
                "are blank in its rows, recovered; every other cell unknown", found[keys[0]].line)
    return True


def _hyphen_pages_kept(tables_of_pages: list[dict | None], keys: Sequence[str]
                       ) -> list[tuple[dict[str, tuple], list[list[RawCell | None]]]] | None:
    """The two pages' tables (`_page_tables_of_hyphen_blocks`', of rows `keys` in all) read together that keep
    APP_OUTCOME_SUM and APP_BALANCE in every column: each the table (a row's values by key) and the figures
    placed in its cells. None where a page's tables are unknown, the table does not hold every row those
    rules add up (a rule short of a row proves nothing), or the pairs pass `_JOINT_TABLES_TRIED`."""
    if any(tables is None for tables in tables_of_pages) or \
            not {*R.BALANCE_ROWS, "results_total"} <= set(keys) or \
            prod(len(tables) for tables in tables_of_pages) > _JOINT_TABLES_TRIED:  # type: ignore[arg-type]
        return None
    outcomes = L.outcome_rows_among([key for key in L.APPLICATION_ROWS if key in keys])
    kept = []
    for pages in product(*(tables.items() for tables in tables_of_pages)):  # type: ignore[union-attr]
        table = dict(zip(keys, (row for values, _ in pages for row in values)))
        if not R.failing_columns(table, outcomes):
            kept.append((table, [row for _, cells in pages for row in cells]))
    return kept


def _write_cells_kept(report: ParsedReport, found: dict[str, Row], keys: Sequence[str],
                      kept: list[tuple[dict[str, tuple], list[list[RawCell | None]]]]) -> None:
    """Table 3's cells of rows `keys` as the readings `kept` (each its table and the figures it places) leave
    them (`_write_cells_read`), the figure of the first reading a cell's."""
    _write_cells_read(report, found, keys, [[({table[key][column] for table, _ in kept}, kept[0][1][index][column])
                                             for column in range(len(L.APPLICANT_KEYS))]
                                            for index, key in enumerate(keys)])


def _write_cells_read(report: ParsedReport, found: dict[str, Row], keys: Sequence[str],
                      read: list[list[tuple[set[Decimal | None], RawCell | None]]]) -> None:
    """Table 3's cells of rows `keys` as readings leave them (`read`: by row and column, the values they read
    there and the figure of one of them): a cell every reading reads alike is recovered (blank where None),
    that figure its line and text; every other cell unknown."""
    for key, cells in zip(keys, read):
        line = found[key].line if key in found else None
        for applicant, (values, cell) in zip(L.APPLICANT_KEYS, cells):
            if len(values) > 1:
                report.cells.append(Cell("applications", key, applicant, None, UNKNOWN, line))
                continue
            value = next(iter(values))
            report.cells.append(Cell("applications", key, applicant, value, BLANK if value is None else RECOVERED,
                                     line if cell is None else cell.line,
                                     None if cell is None else cell.text.strip()))


def _write_blank_columns(report: ParsedReport, found: dict[str, Row], absent: list[str],
                         parts: list[tuple[Sequence[str], set[int]]]) -> None:
    """Table 3's cells as the hyphen blocks' readers leave them: each part's rows blank in its `blank` columns,
    unknown in the others; the rows `absent` unknown."""
    for key in absent:
        report.cells += [Cell("applications", key, applicant, None, UNKNOWN, None) for applicant in L.APPLICANT_KEYS]
    for part_keys, blank in parts:
        for key in part_keys:
            line = found[key].line if key in found else None
            report.cells += [Cell("applications", key, applicant, None, BLANK if column in blank else UNKNOWN, line)
                             for column, applicant in enumerate(L.APPLICANT_KEYS)]


def _columns_hyphen_blocks_leave_blank(figures: list[RawCell], rows: int, width: int,
                                       leads: list[list[Decimal | None]] | None = None
                                       ) -> tuple[set[int] | None, bool]:
    """The columns (of `width`, counted from the blocks' first) that every reading of `figures`, the hyphen
    blocks of `rows` rows (`_blank_columns_of_hyphen_blocks`), fills with hyphens' blocks alone: each block
    one column (a word a line, a `-` only last) or, a line of two words alone, one row of two columns; the
    columns following each other band by band, left to right, also with one band's total column put back
    after all the others. Each band, read as one row of its blocks' figures added up, keeps its rows' sums;
    where a column stands beside the labels (`leads`, each way its figures may stand, each row's figure
    there), a band's total less its other columns is what its rows' figures beside the labels add up to: at
    least 0 in each band, and the bands, which cover the rows in order, a row at least each, take the leads'
    runs one after another (`_bands_take_the_leads`) in some way. Says (the columns, None where the blocks read no way; whether a search passed
    its bounds: then nothing may be read)."""
    laid = _hyphen_block_columns(figures)
    if laid is None:
        return None, False
    columns, shapes = laid
    values = [read_count(figure.text).value for figure in figures]
    # each column's figures added up (None: hyphens and marks only)
    sums = [sum(filter(None, (values[index] for index in column)), Decimal(0))
            if any(values[index] is not None for index in column) else None for column in columns]
    bands, uneven = divmod(len(sums), width)
    if uneven or not 1 <= bands <= rows:
        return None, False
    orders = CB.totals_put_back(shapes, 1, limit=len(shapes))
    if orders is None:
        return None, True
    blank = set(range(width))
    some_order_read = False  # the blocks read in the order written or some order put back
    holds = partial(_band_sums_hold, sums) if leads is None else partial(_band_leaves_its_leads, sums)
    for order in [shapes, *orders]:
        readings = CB.band_readings(order, bands, width, holds)
        if readings is None:
            return None, True
        if leads is not None:
            readings = [reading for reading in readings
                        if any(_bands_take_the_leads(sums, reading, way) for way in leads)]
        some_order_read = some_order_read or bool(readings)
        for reading in readings:
            blank -= {column for band in reading for column, at in enumerate(band) if sums[at] is not None}
    return (blank, False) if some_order_read else (None, False)


def _hyphen_block_columns(figures: list[RawCell]) -> tuple[list[list[int]], list[list[int]]] | None:
    """Poppler's hyphen blocks of `figures` (`_blank_columns_of_hyphen_blocks`) as columns: (each column's
    figures, as their indexes, in order; each block's columns, as their places among those). A block of one
    word a line, a `-` only last, is one column; a line of two words alone, one row of two columns. None where
    a figure is no count or a block stands otherwise."""
    columns: list[list[int]] = []
    shapes: list[list[int]] = []
    for block in _blocks_of(figures):
        texts, lines = [figures[index].text for index in block], {figures[index].line for index in block}
        if any(read_count(text).state not in (VALUE, BLANK) for text in texts):
            return None
        if len(lines) == len(block) and CB.HYPHEN not in texts[:-1]:
            block_columns = [block]
        elif len(block) == 2 and len(lines) == 1:
            block_columns = [[index] for index in block]
        else:
            return None
        shapes.append(list(range(len(columns), len(columns) + len(block_columns))))
        columns += block_columns
    return columns, shapes


# distinct tables of one page's hyphen blocks kept at most (`_page_tables_of_hyphen_blocks`); more, and the
# page's cells are read only as the columns blank in every reading
_PAGE_TABLES_KEPT = 256
# the two pages' tables tried together at most; more, and the same
_JOINT_TABLES_TRIED = 8192


def _placings_of_a_hyphen_block(column: list[int], ends_blank: bool, count: int) -> Iterable[list[int | None]]:
    """Each way a one-column hyphen block (`column`, its figures' indexes; `ends_blank`, whether the last prints
    `-`) stands in `count` rows: poppler drops the `-` of a blank row before another line and keeps only a last
    one, so the block prints its figures in order and a `-` only where its last row is blank; a block ending in
    `-` holds its other figures in any of its first rows, one a row, in order; one ending in a figure holds that
    in its last row and the others in any rows before. Each way's rows, a figure's index or None (blank)."""
    free = column[:-1]
    if len(free) > count - 1:
        return
    for rows in combinations(range(count - 1), len(free)):
        placed: list[int | None] = [None] * count
        for row, index in zip(rows, free):
            placed[row] = index
        if not ends_blank:
            placed[-1] = column[-1]
        yield placed


def _page_tables_of_hyphen_blocks(figures: list[RawCell], rows: int, width: int,
                                  leads: list[list[RawCell | None]] | None
                                  ) -> dict[tuple[tuple[Decimal | None, ...], ...], list[list[RawCell | None]]] | None:
    """Every table a page's hyphen blocks (`_columns_hyphen_blocks_leave_blank`'s: one column a block, the
    columns following each other band by band, left to right, in the order written or with a band's total
    column put back after all the others) may read as, each of its `rows` rows keeping its sum: each band some
    run of rows, each block's figures in every run of its rows its hyphens allow (`_placings_of_a_hyphen_block`).
    `leads`: where a column stands beside the labels, each way its rows' figures stand (None: blank). Each table
    (each row's values, blanks None) with the figures a reading of it places in each row's cells. None where a
    block is a row of two columns (poppler may then set a band's block after its others), a search passes its
    bounds or the tables `_PAGE_TABLES_KEPT`: a reading missed could be the true one."""
    laid_out = _hyphen_page_laid_out(figures, width - (leads is not None))
    if laid_out is None:
        return None
    columns, across, orders, values, hyphens = laid_out
    tables: dict[tuple[tuple[Decimal | None, ...], ...], list[list[RawCell | None]]] = {}
    work = [_HYPHEN_PLACINGS_TRIED]  # the placings tried, over every reading of the page
    try:
        for beside in leads if leads is not None else [[]]:
            firsts = [None if cell is None else read_count(cell.text).value for cell in beside]
            search = _HyphenBands(columns, across, rows, firsts, values, hyphens, work)
            for order in orders:
                for read, reading in search.rest(order, 0):
                    tables.setdefault(tuple((*firsts[row:row + 1], *cells) for row, cells in enumerate(read)),
                                      [[*beside[row:row + 1], *(None if index is None else figures[index]
                                                                for index in placed)]
                                       for row, placed in enumerate(reading)])
                    if len(tables) > _PAGE_TABLES_KEPT:
                        return None
    except WB.Spent:
        return None
    return tables


def _hyphen_page_laid_out(figures: list[RawCell], across: int
                          ) -> tuple[list[list[int]], int, list[tuple[int, ...]], list[Decimal | None], frozenset[int]] | None:
    """A page's hyphen blocks (`_page_tables_of_hyphen_blocks`) as `_HyphenBands` reads them in bands of `across`
    columns: (the columns, each its figures' indexes; `across`; each order of the columns to read, as their
    places: the order written, and each with a band's total column put back after all the others, standing
    last in its band; the figures' values; the hyphens' indexes). None where a block is a row of two columns,
    the columns fill no whole bands, or a figure is negative or not whole (the search leaves out a band whose
    parts pass its total, which a negative figure may undo)."""
    laid = _hyphen_block_columns(figures)
    if laid is None or any(len(shape) > 1 for shape in laid[1]):
        return None
    columns, shapes = laid
    orders = CB.totals_put_back(shapes, 1, limit=len(shapes))
    if orders is None or len(columns) % across:
        return None
    # a total put back stands last in its band
    orders = [shapes, *(order for order in orders if order.index(shapes[-1]) % across == across - 1)]
    values = [read_count(figure.text).value for figure in figures]
    if any(value is not None and (value < 0 or value != int(value)) for value in values):
        return None
    hyphens = frozenset(index for index, figure in enumerate(figures) if figure.text == CB.HYPHEN)
    return columns, across, [tuple(shape[0] for shape in order) for order in orders], values, hyphens


# placings of hyphen blocks tried at most over one page's readings (`_page_tables_of_hyphen_blocks`)
_HYPHEN_PLACINGS_TRIED = 200_000

# a reading of hyphen blocks over some rows: (each row's values, blanks None; each row's figures' indexes)
_HyphenReading = tuple[tuple[tuple[Decimal | None, ...], ...], list[tuple[int | None, ...]]]


@dataclass
class _HyphenBands:
    """The readings of a page's hyphen blocks (`_page_tables_of_hyphen_blocks`): `columns` (each its figures'
    indexes) in bands of `across` columns, each band's total last, over `rows` rows, each band a run of one
    row or more and each row keeping its sum with its figure beside the label (`firsts`, where there is that
    column). Each point's readings, each band's fillings and each block's placings are kept once found, for
    every order of the columns read; WB.Spent past `_PAGE_TABLES_KEPT` readings at a point or `work`'s placings,
    fillings found and placings weighed while filling."""

    columns: list[list[int]]
    across: int
    rows: int
    firsts: list[Decimal | None]
    values: list[Decimal | None]
    hyphens: frozenset[int]
    work: list[int]
    known: dict = field(default_factory=dict)
    fillings: dict = field(default_factory=dict)
    placed: dict = field(default_factory=dict)

    def rest(self, order: tuple[int, ...], row: int) -> list[_HyphenReading]:
        """The readings, distinct in the values read, of the columns `order` (their places in `columns`) over
        the rows from `row` on."""
        if not order:
            return [((), [])] if row == self.rows else []
        if (order, row) not in self.known:
            kept: dict[tuple, list[tuple[int | None, ...]]] = {}
            for count, after, fillings in self.steps(order, row):
                for read, cells in fillings:
                    for later_read, later in self.rest(after, row + count):
                        kept.setdefault(read + later_read, cells + later)
                        if len(kept) > _PAGE_TABLES_KEPT:
                            raise WB.Spent
            self.known[order, row] = list(kept.items())
        return self.known[order, row]

    def steps(self, order: tuple[int, ...], row: int) -> Iterable[tuple[int, tuple[int, ...], list[_HyphenReading]]]:
        """The first band of the columns `order` read from `row` on: each count of rows it may cover (each later
        band a row at least), the columns after it, and its fillings of those rows (`band_fillings`)."""
        band, after = order[:self.across], order[self.across:]
        for count in range(1, self.rows - row - len(after) // self.across + 1):
            if (band, row, count) not in self.fillings:
                self.fillings[band, row, count] = self.band_fillings(band, row, count)
            yield count, after, self.fillings[band, row, count]

    def band_fillings(self, band: tuple[int, ...], row: int, count: int) -> list[_HyphenReading]:
        """Each way the columns `band` (the total last) fill `count` rows from `row`, each row keeping its sum:
        the total column's placings first, then the others' left to right (those of one placing at once), no
        row's parts past its total."""
        found: list[_HyphenReading] = []
        ways = [self.placings(column, count) for column in band]
        if not all(ways):
            return found
        free = [at for at in range(len(band) - 1) if len(ways[at]) > 1]
        placed: list[tuple[int | None, ...]] = [cells for cells, _ in (way[0] for way in ways)]
        # whether the free columns from the `at`th on can pay what the rows still owe, kept once found: many
        # placings before leave the same debts, and a placing none can complete is never followed
        payable: dict[tuple[int, tuple[int, ...]], bool] = {}

        def debts_left(at: int, owed: tuple[int, ...]) -> Iterable[tuple[tuple[int | None, ...], tuple[int, ...]]]:
            """Each placing of the `at`th free column owing no row a negative count, with the rows' debts left."""
            self.spend(len(ways[free[at]]))
            for cells, amounts in ways[free[at]]:
                left = list(owed)
                for place, amount in amounts:
                    left[place] -= amount
                    if left[place] < 0:
                        break
                else:
                    yield cells, tuple(left)

        def can_pay(at: int, owed: tuple[int, ...]) -> bool:
            if at == len(free):
                return not any(owed)
            if (at, owed) not in payable:
                payable[at, owed] = any(can_pay(at + 1, left) for _, left in debts_left(at, owed))
            return payable[at, owed]

        def fill(at: int, owed: tuple[int, ...]) -> None:
            if at == len(free):
                rows = list(zip(*placed))
                found.append((tuple(tuple(None if index is None else self.values[index] for index in cells)
                                    for cells in rows), rows))
                self.spend(count * len(band))  # the cells it reads
                return
            for cells, left in debts_left(at, owed):
                if can_pay(at + 1, left):
                    placed[free[at]] = cells
                    fill(at + 1, left)

        fixed = [amount for at in range(len(band) - 1) if len(ways[at]) == 1 for amount in ways[at][0][1]]
        for cells, amounts in ways[-1]:
            owed = [-int(first or 0) for first in self.firsts[row:row + count]] or [0] * count
            for place, amount in amounts:
                owed[place] += amount
            for place, amount in fixed:
                owed[place] -= amount
            if all(debt >= 0 for debt in owed) and can_pay(0, tuple(owed)):
                placed[-1] = cells
                fill(0, tuple(owed))
        return found

    def placings(self, column: int, count: int) -> list[tuple[tuple[int | None, ...], list[tuple[int, int]]]]:
        """`_placings_of_a_hyphen_block` of the block `columns[column]` over `count` rows, each counted against
        the work: each its rows' figures' indexes, and its (row, count) where it places a figure."""
        figures = self.columns[column]
        if (column, count) not in self.placed:
            self.spend(comb(count - 1, len(figures) - 1))  # the placings about to be made, before making them
            self.placed[column, count] = [
                (tuple(placing), [(place, int(self.values[index] or 0)) for place, index in enumerate(placing)
                                  if index is not None and self.values[index]])
                for placing in _placings_of_a_hyphen_block(figures, figures[-1] in self.hyphens, count)]
        else:
            self.spend(len(self.placed[column, count]))
        return self.placed[column, count]

    def spend(self, amount: int = 1) -> None:
        """Count `amount` against the work: WB.Spent past it."""
        self.work[0] -= amount
        if self.work[0] < 0:
            raise WB.Spent


def _band_leaves_its_leads(sums: list[Decimal | None], _: int, cells: list[int]) -> bool:
    """Whether a band of hyphen blocks beside a column read by the labels (`_columns_hyphen_blocks_leave_blank`)
    leaves its total at least its other columns' figures added up: the rest is its rows' leads."""
    return _lead_share(sums, cells) >= 0


def _lead_share(sums: list[Decimal | None], cells: list[int]) -> Decimal:
    """A band's total less its other columns' figures (blanks adding nothing): its rows' leads added up."""
    return (sums[cells[-1]] or Decimal(0)) - sum(filter(None, (sums[at] for at in cells[:-1])), Decimal(0))


def _bands_take_the_leads(sums: list[Decimal | None], reading: list[list[int]], leads: list[Decimal | None]
                          ) -> bool:
    """Whether bands one after another, a row at least each and every row in one, can cover rows whose leads
    (`leads`, blanks adding nothing) add up to each band's share (`_lead_share`): each band's shares added up
    so far are the leads' of some row on, later than the band before's (the first such row taken: any
    later one leaves fewer rows for the bands after), the last band's every row's."""
    running = [Decimal(0)]
    for lead in leads:
        running.append(running[-1] + (lead or Decimal(0)))
    taken, end = Decimal(0), 0
    for band in reading[:-1]:
        taken += _lead_share(sums, band)
        end = next((row for row in range(end + 1, len(leads)) if running[row] == taken), None)
        if end is None:
            return False
    return end < len(leads) and running[-1] == taken + _lead_share(sums, reading[-1])


def _band_sums_hold(sums: list[Decimal | None], _: int, cells: list[int]) -> bool:
    """Whether a band read as one row of its blocks' figures added up (`_blank_columns_of_hyphen_blocks`)
    keeps its rows' sums added up."""
    return R.applicant_sum_holds(tuple(sums[at] for at in cells))


def _column_blocks_as(report: ParsedReport, rows: list[Row], found: dict[str, Row], keys: tuple[str, ...],
                      past_the_heading: list[Row], pieces: bool, printing_nothing: tuple[str, ...] = ()
                      ) -> tuple[bool, bool]:
    """Table 3 in a PDF's text (plain `pdftotext` of Chromium's) whose columns follow the labels as
    poppler's blocks, a band of rows at a time (column_blocks.py): one column's figures of the band a
    block, or neighbouring columns merged into one block read row by row, an empty line after each
    block, maybe past the next section's heading (`past_the_heading`). The first columns may stand
    beside each label instead, the same count of figures after every label (`一、本年` / `1,040 0`; the
    last label's first, then the blocks), the first rows' blocks maybe set after their labels
    (`_parts_of_blocks`); where figures may be wrapped, the one column beside the labels may be wrapped too
    (`_parts_with_wrapped_leads`), and where no way reads in the order written, a band's total column may
    stand after all the blocks (`_readings_with_totals_put_back`). Each reading of the blocks keeping every
    row's sum (bounded search) is kept
    where the table keeps every column rule; a cell all kept readings read alike is recovered (it rests
    on that model of the blocks), the others unknown. Read only where some reading is kept, or where
    the one reading there is breaks a column rule (said so). Where no way reads the figures so and one
    row's label, amid rows each with their figures beside the label, has none after it, that row may print
    nothing at all (`_row_printing_nothing`): read again without it (`printing_nothing`), its cells blank
    in every reading and in the column rules. Says (whether it wrote the cells, whether it took the figures
    past the heading)."""
    laid_out = _block_parts_of(rows, found, keys, past_the_heading, pieces,
                               may_print_nothing=not (pieces or printing_nothing))
    if laid_out is None:
        return False, False
    read_keys, absent, mine, past, alternatives, nothing = laid_out
    if nothing is not None:
        return _column_blocks_as(report, rows, found, tuple(key for key in keys if key != read_keys[nothing]),
                                 past_the_heading, pieces, (read_keys[nothing],))
    keys = read_keys
    width = len(L.APPLICANT_KEYS)
    limit = WB.TABLES_KEPT if pieces else CB.READINGS_KEPT
    laid: list[tuple[list[_BlockPart], list[list[Decimal | None]], tuple]] = []  # each table's parts, values, readings
    # blank marks (`/`) among the blocks as well as zeros: no row's sum tells a 0 from a mark, so a band's total
    # column put back after the others may read as well as the order written, 0s and marks swapped
    marks = any(read_count(cell.text).state == BLANK for cell in (*mine, *past))
    put_back_read = False  # whether a kept reading puts a band's total column back
    try:
        # the blocks in the order written, and only where no way reads so, a band's total column put back;
        # where blocks print marks, the orders put back are read beside the order written, its rivals
        for put_back in (False, True):
            rivals = put_back and marks
            written, laid = (laid, []) if rivals else ([], laid)
            for parts in alternatives:
                read = _part_readings(parts, width, pieces, put_back, rivals)
                if read is None:
                    continue
                found_readings, values = read
                if len(laid) + prod(map(len, found_readings)) > limit:
                    return False, False
                laid += [(parts, values, choice) for choice in product(*found_readings)]
            put_back_read = put_back and not written  # rivals hold every reading of the order written
            if laid and not (marks and not put_back):
                break
    except WB.Spent:
        return False, False
    if not laid:
        return False, False
    outcomes = L.outcome_rows_among([key for key in L.APPLICATION_ROWS if key in keys or key in printing_nothing])
    blank_rows = {key: (None,) * width for key in printing_nothing}
    tables = [{**blank_rows, **{keys[part.first + row]: _block_row(part, part_values, cells, row)
                                for part, part_values, reading in zip(parts, values, choice)
                                for row, cells in enumerate(reading)}}
              for parts, values, choice in laid]
    kept = [index for index, table in enumerate(tables)
            if all(R.column_rules_hold(key, reading, table, outcomes) for key, reading in table.items())]
    # one reading the blocks' sizes and the row sums allow, whose table breaks a column rule: the report's
    # columns do not add up as printed (its rows do), read as the one reading there is, said so; not where
    # figures may wrap: that reading rests on the model of pieces, which the column rules alone check
    # (fuzz_wrapped_blocks: two blocks swapped read as the one reading there is, two cells wrong), nor where a
    # band's total column was put back: that reading rests on the model of the order too
    printed_apart = not kept and len(tables) == 1 and not pieces and not put_back_read and not printing_nothing
    if printed_apart:
        kept = [0]
    if not kept:
        return False, False
    unknown = 0
    for key in absent:
        report.cells += [Cell("applications", key, applicant, None, UNKNOWN, None) for applicant in L.APPLICANT_KEYS]
    # the figures a kept reading places in each row's cells, for their lines and text as printed
    parts, _, choice = laid[kept[0]]
    printed = {keys[part.first + row]: [*part.leads[row], *(_block_cell(part, index) for index in cells)]
               for part, reading in zip(parts, choice) for row, cells in enumerate(reading)}
    for key in keys:
        options = {tables[index][key] for index in kept}
        for column, applicant in enumerate(L.APPLICANT_KEYS):
            if len({reading[column] for reading in options}) == 1:
                cell, value = printed[key][column], tables[kept[0]][key][column]
                report.cells.append(Cell("applications", key, applicant, value, BLANK if value is None else RECOVERED,
                                         cell.line, cell.text.strip()))
            else:
                unknown += 1
                report.cells.append(Cell("applications", key, applicant, None, UNKNOWN, found[key].line
                                         if key in found else None))
    for key in printing_nothing:
        report.cells += [Cell("applications", key, applicant, None, BLANK, found[key].line, None)
                         for applicant in L.APPLICANT_KEYS]
    beside = max(part.lead for part in laid[kept[0]][0])
    unread = [key for key in absent if key in found]  # rows `_first_rows_beside_then_the_rest_after_the_labels` leaves
    report.warn("column_blocks", "table 3: its figures after the labels as poppler's blocks, one column or "
                "neighbouring columns of a band of rows each (plain pdftotext of a PDF)" +
                (f", the first {beside} column(s) of some rows beside their labels" if beside else "") +
                (", full-width figures wrapped in pieces joined as poppler orders a row's lines and each column's "
                 "width allows (wrapped_blocks.py)" if pieces else "") +
                ": read as the blocks' sizes allow where every row keeps its sum and the table its column rules "
                f"({len(kept)} reading(s)); recovered; {unknown} cell(s) the readings read apart unknown" +
                ("; the one reading there is breaks APP_OUTCOME_SUM or APP_BALANCE: the report's columns do not "
                 "add up as printed" if printed_apart else "") +
                (f"; row {printing_nothing[0]} prints nothing after its label, amid rows printing their figures "
                 "beside theirs, and no reading fits its figures in: read blank" if printing_nothing else "") +
                (f"; the rows from {unread[0]} on print no figure beside their labels, and the figures after the "
                 "last label are not as many as their cells: those rows unknown" if unread else ""),
                found[keys[0]].line)
    return True, bool(past)


def _block_parts_of(rows: list[Row], found: dict[str, Row], keys: tuple[str, ...], past_the_heading: list[Row],
                    pieces: bool, hyphens: bool = False, may_print_nothing: bool = False
                    ) -> tuple[tuple[str, ...], list[str], list[RawCell], list[RawCell], list[list[_BlockPart]],
                               int | None] | None:
    """How table 3's figures stand as `_column_blocks_as` reads them: (the keys read, those of the other
    rows' sub-rows the table leaves out, the figures of the table's own lines, those past the next heading,
    each way of the parts, `_parts_of_blocks`', and where no way is and `may_print_nothing`, the row among
    the keys read that may print nothing at all, `_row_printing_nothing`'s). `pieces`, `hyphens`: as
    `_block_figures`. None where the labels or figures do not stand so."""
    absent = [key for key in keys if "other" in found and key in _OTHER_SUB_ROWS and key not in found]
    keys = tuple(key for key in keys if key not in absent)
    if len(keys) < 2 or keys[0] not in found:
        return None
    at = [(found[key].line, index) for index, key in enumerate(keys) if key in found]
    if any(later <= earlier for (earlier, _), (later, _) in pairwise(at)):
        return None
    width = len(L.APPLICANT_KEYS)
    # `pieces`: full-width figures may be wrapped in pieces in their narrow columns (`１,０` / `８０`): the
    # blocks read as wrapped_blocks.py allows, each cell its pieces
    mine = _block_figures(rows[_first_found_at(rows, found):], pieces, hyphens)
    past = _block_figures(past_the_heading, pieces, hyphens)
    if mine is None or past is None or not (mine or past) or (mine and mine[0].line < at[0][0]):
        return None
    starts = [line for line, _ in at]
    gaps: list[list[RawCell]] = [[] for _ in at]  # the figures from each label found to the next
    for figure in mine:
        gaps[bisect_left(starts, figure.line + 1) - 1].append(figure)
    spans = [(index, end) for (_, index), (_, end) in zip(at, [*at[1:], (0, len(keys))])]
    parts = _parts_of_blocks(gaps, spans, past, width)
    if parts is None and (moved := _leads_set_before_their_labels(gaps, starts, mine)) is not None:
        parts = _parts_of_blocks(moved, spans, past, width)
    # the one column beside the labels wrapped in pieces (`１` / `（七）总计` / `２`): each way of its pieces
    alternatives = [parts] if parts is not None else _parts_with_wrapped_leads(gaps, spans, past, width) \
        if pieces else None
    if alternatives and (end := alternatives[0][-1].end) < len(keys):  # the rows after it unread
        keys, absent, past = keys[:end], [*absent, *keys[end:]], []
    if not alternatives:
        nothing = _row_printing_nothing(gaps, spans) if may_print_nothing else None
        return None if nothing is None else (keys, absent, mine, past, [], nothing)
    return keys, absent, mine, past, alternatives, None


def _part_readings(parts: list[_BlockPart], width: int, pieces: bool, put_back: bool = False, rivals: bool = False
                   ) -> tuple[list[list[list[list[int]]]], list[list[Decimal | None]]] | None:
    """Each part's readings of `_column_blocks_as`' blocks keeping every row's sum (column_blocks.py), and
    each part's figures' values; None where a figure is no count, a part's words cannot fill its cells,
    or a part has no reading. With `put_back`, a part whose blocks read nothing in the order written is read
    with a band's total column set after all its other blocks (`_readings_with_totals_put_back`); with `rivals`
    too, every part is read so beside the order written (the readings placing the same values once). WB.Spent
    where a search gives up (a reading missed could be the true one)."""
    found_readings: list[list[list[list[int]]]] = []  # each part's readings
    values: list[list[Decimal | None]] = []  # each part's figures' values
    for part in parts:
        reads = [read_count(cell.text) for cell in (*([] if pieces else part.figures),
                                                     *(cell for row in part.leads for cell in row))]
        if any(read.state not in (VALUE, BLANK) for read in reads):
            return None
        if pieces and not (part.end - part.first) * (width - part.lead) <= len(part.figures) <= \
                (part.end - part.first) * (width - part.lead) * WB.MAX_PIECES:
            return None  # each cell a word at least (a blank that prints nothing is not read so)
        values.append(_PieceValues(part.figures) if pieces else [read.value for read in reads[:len(part.figures)]])
        blocks = _blocks_of(part.figures)
        memo: dict = {}  # wrapped_blocks.py's readings of each block, whatever the blocks' order
        readings = _band_readings_of(part, blocks, values[-1], width, pieces, memo)
        if readings == [] and put_back:  # no reading in the order written: a band's total column set apart
            readings = _readings_with_totals_put_back(part, blocks, values[-1], width, pieces, memo, rivals)
        elif readings and rivals:
            apart = _readings_with_totals_put_back(part, blocks, values[-1], width, pieces, memo, rivals)
            if apart is None:
                raise WB.Spent
            distinct: dict[tuple, list] = {}  # readings placing the same values are one (blocks of zeros or marks)
            for reading in (*readings, *apart):
                distinct.setdefault(_block_values(values[-1], reading), reading)
            readings = list(distinct.values())
        if readings is None:
            raise WB.Spent
        if not readings:
            return None
        found_readings.append(readings)
    return found_readings, values


def _blocks_of(figures: list[RawCell]) -> list[list[int]]:
    """Poppler's blocks of `figures` (`_column_blocks_as`): each run of figures on lines one after another,
    an empty line after it, as the figures' indexes."""
    blocks: list[list[int]] = []
    for index, cell in enumerate(figures):
        if blocks and cell.line <= figures[blocks[-1][-1]].line + 1:
            blocks[-1].append(index)
        else:
            blocks.append([index])
    return blocks


def _band_readings_of(part: _BlockPart, blocks: list[list[int]], values: list[Decimal | None], width: int,
                      pieces: bool, memo: dict | None = None, budget: list[int] | None = None) -> list | None:
    """column_blocks.py's readings of a part's `blocks` keeping every row's sum ([] where none, None where it
    gives up); `memo`, wrapped_blocks.py's readings of each block, and `budget`, the search's work, shared by
    calls over other orders."""
    readings = CB.band_readings(blocks, part.end - part.first, width - part.lead, partial(_block_row_holds, part, values),
                                limit=WB.TABLES_KEPT if pieces else CB.READINGS_KEPT,
                                work=WB.BANDS_TRIED if pieces else CB.BANDS_TRIED,
                                block_options=WB.options_of_blocks(
                                    [cell.text for cell in part.figures], [cell.line for cell in part.figures],
                                    blocks, width - part.lead, memo=memo) if pieces else None,
                                alike=partial(_block_values, values) if pieces else None, budget=budget)
    if pieces or not readings or None not in values or not any(WB.is_piece(cell.text) for cell in part.figures):
        return readings
    # full-width figures and blank marks (`/`): poppler may set a band's middle columns as bands of fewer rows
    # (column_blocks.py's sub-bands, where such figures may wrap), and no row's sum tells a 0 from a mark, so
    # those readings may place 0s and marks otherwise: rivals of the ones found (sought only where some reading
    # was found, readings placing the same values once; None, the table not read, past the bounds)
    return CB.band_readings(blocks, part.end - part.first, width - part.lead, partial(_block_row_holds, part, values),
                            limit=CB.READINGS_KEPT, work=CB.BANDS_TRIED, block_options=CB.sliced(blocks),
                            alike=partial(_block_values, values), budget=budget)


def _readings_with_totals_put_back(part: _BlockPart, blocks: list[list[int]], values: list[Decimal | None],
                                   width: int, pieces: bool, memo: dict, every: bool = False) -> list | None:
    """A part's readings (`_band_readings_of`) where poppler set the total column of a band, or of two or
    three, after all the other blocks (column_blocks.py's `totals_put_back`): every order it allows with one
    block put back read, and only where none reads, every order with two (as the blocks are put back only where
    the order written reads nothing), or with `every` the orders with two too (where no rule tells a 0 from a
    blank mark, a reading with one put back does not rule out two), and only where none of those reads, every
    order with three; the readings of all gathered (those placing the same values once).
    None where the orders or an order's search pass their bounds (a shared budget of work): a reading missed
    could be the true one."""
    budget = [CB.ORDERS_WORK * (WB.BANDS_TRIED if pieces else CB.BANDS_TRIED)]
    kept: dict[tuple, list] = {}
    for apart in range(1, CB.TOTALS_APART + 1):
        orders = CB.totals_put_back(blocks, apart)
        if orders is None:
            return None
        for order in orders:
            readings = _band_readings_of(part, order, values, width, pieces, memo, budget)
            if readings is None:
                return None
            for reading in readings:
                kept.setdefault(_block_values(values, reading), reading)
            if len(kept) > (WB.TABLES_KEPT if pieces else CB.READINGS_KEPT):
                return None
        if kept and (not every or apart >= CB.TOTALS_APART_RIVALS):
            break
    return list(kept.values())


def _block_values(values: dict, reading: list[list[tuple[int, ...]]]) -> tuple:
    """A reading of `_beside_then_column_blocks`' blocks as its cells' values: readings that place the same
    values alike are one."""
    return tuple(tuple(values[cell] for cell in row) for row in reading)


class _PieceValues(dict):
    """Each cell's value where a cell of `_beside_then_column_blocks` is its pieces' positions (a tuple;
    wrapped_blocks.py): the count its pieces make, read once."""

    def __init__(self, figures: list[RawCell]) -> None:
        super().__init__()
        self.figures = figures

    def __missing__(self, cell: tuple[int, ...]) -> Decimal | None:
        self[cell] = read_count("".join(self.figures[index].text for index in cell)).value
        return self[cell]


def _block_cell(part: _BlockPart, index: int | tuple[int, ...]) -> RawCell:
    """The figure of a cell of `_beside_then_column_blocks` as printed: its word, or its pieces joined (on
    the line of the first)."""
    if isinstance(index, int):
        return part.figures[index]
    return RawCell("".join(part.figures[at].text for at in index), part.figures[index[0]].line)


def _block_row(part: _BlockPart, values: list[Decimal | None], cells: Sequence[int], row: int
               ) -> tuple[Decimal | None, ...]:
    """Row `row` of a part of `_beside_then_column_blocks` (counted from the part's first): its figures
    beside its label, then those of the blocks at `cells`."""
    return (*(read_count(cell.text).value for cell in part.leads[row]), *(values[index] for index in cells))


def _block_row_holds(part: _BlockPart, values: list[Decimal | None], row: int, cells: Sequence[int]) -> bool:
    """Whether row `row` of a part of `_beside_then_column_blocks` keeps its sum (APP_APPLICANT_SUM)."""
    return R.applicant_sum_holds(_block_row(part, values, cells, row))


def _parts_of_blocks(gaps: list[list[RawCell]], spans: list[tuple[int, int]], past: list[RawCell], width: int
                     ) -> list[_BlockPart] | None:
    """How table 3's figures stand as `_beside_then_column_blocks` reads them, from the figures between
    each label found and the next (`gaps`; `spans`, the rows from that label to the next found, the last
    to the table's end) and those past the next heading (`past`):
    - the same count of figures, `lead` a row, between every two labels, and at least so many after the
      last: each row's first `lead` columns beside its label; the others' blocks follow the last label's
      own, after an empty line;
    - the first rows' figures, a whole row's each, set in blocks after the last of their labels
      (`一、…` / `二、…` / `（一）…` / `（二）…` then 28 figures), the rows after as above;
    - no figures between the labels but after those of at most two labels (a page's rows each), a
      row's worth at least: every figure is the blocks', every column theirs.
    None for any other text."""
    counts = [len(cells) for cells in gaps]
    rows = spans[-1][1]
    head = next((index for index, count in enumerate(counts) if count), None)
    if head is None:  # every figure past the next heading
        return [_BlockPart(0, rows, 0, [[] for _ in range(rows)], past)] if past else None
    starts = [0]
    # the first rows in blocks of their own: the first gap holding figures holds all their cells
    if head < len(gaps) - 1 and counts[head] == spans[head][1] * width:
        starts.append(head + 1)
    for start in starts:
        lead = _lead_of(counts[start:], spans[start:], width)
        if lead is None:
            continue
        beside, run = _beside_then_blocks(gaps[start:], spans[start:], lead)
        leads: list[list[RawCell]] = [*([] for _ in range(spans[start][0])), *beside]
        run += past
        if not run or run[0].line <= leads[-1][-1].line + 1:
            continue  # the blocks open after an empty line
        tail = _BlockPart(spans[start][0], rows, lead, leads[spans[start][0]:], run)
        return [_BlockPart(0, spans[start][0], 0, leads[:spans[start][0]], gaps[head]), tail] if start else [tail]
    holding = [count for count in counts[:-1] if count]
    if len(holding) <= 2 and all(count >= width for count in holding):
        return [_BlockPart(0, rows, 0, [[] for _ in range(rows)], [cell for cells in gaps for cell in cells] + past)]
    return _first_rows_beside_then_the_rest_after_the_labels(gaps, spans, past, width)


def _beside_then_blocks(gaps: list[list[RawCell]], spans: list[tuple[int, int]], lead: int
                        ) -> tuple[list[list[RawCell]], list[RawCell]]:
    """Each row's `lead` figures beside its label from `gaps` (`spans`, each gap's rows), and the figures of
    the last gap after its own rows': where the blocks open (`_parts_of_blocks`)."""
    leads = [cells[row * lead:(row + 1) * lead] for cells, (first, end) in zip(gaps, spans) for row in range(end - first)]
    return leads, gaps[-1][(spans[-1][1] - spans[-1][0]) * lead:]


def _first_rows_beside_then_the_rest_after_the_labels(gaps: list[list[RawCell]], spans: list[tuple[int, int]],
                                                      past: list[RawCell], width: int) -> list[_BlockPart] | None:
    """`_parts_of_blocks`' last case: the first rows each with `lead` figures beside its label and their other
    columns' blocks after the last of them, exactly their cells (`一、… 30` / `二、… 无` / `（一）… 10` /
    `（二）… 2` then 24 figures), then labels with no figure beside them, the other rows' figures all after the
    last label (and past the next heading): a page of the table laid out one way, the next rows another. Two
    parts, where those last figures are as many as their rows' cells; else the first part alone, the rows
    after it unread (`_block_parts_of`): a blank printing nothing among them loses which cell each figure
    is, yet not the first rows', whose figures stand before the next label. None for any other text."""
    counts = [len(cells) for cells in gaps]
    holding = [index for index, count in enumerate(counts[:-1]) if count]
    if not holding or holding != list(range(len(holding))) or len(holding) >= len(gaps) - 1:
        return None  # from the first label on, then some label holding none before the last
    last = holding[-1]
    rows, first_rows = spans[-1][1], spans[last][1]
    lead = _lead_of(counts[:last + 1], spans[:last + 1], width)
    if lead is None or counts[last] != lead * (first_rows - spans[last][0]) + first_rows * (width - lead):
        return None
    leads, run = _beside_then_blocks(gaps[:last + 1], spans[:last + 1], lead)
    if not run or run[0].line <= leads[-1][-1].line + 1:
        return None  # the blocks open after an empty line
    first = _BlockPart(0, first_rows, lead, leads, run)
    rest = [*gaps[-1], *past]
    if len(rest) != (rows - first_rows) * width:
        return [first]
    return [first, _BlockPart(first_rows, rows, 0, [[] for _ in range(first_rows, rows)], rest)]


def _leads_set_before_their_labels(gaps: list[list[RawCell]], starts: list[int], figures: list[RawCell]
                                   ) -> list[list[RawCell]] | None:
    """`_column_blocks_as`' gaps with a label's that holds no figure given the last figure of the gap before,
    where that gap holds two or more and the figure stands alone on the line right before the label's:
    poppler orders a flow's lines by their tops, and a label's line that takes a word of the margin heading
    spanning its rows (`（三）不予 4.保护第三方合法权益`, the heading centred over them) opens below its
    row's figure beside the label (wrapped_blocks.py's `cells_beside_the_labels` reads full-width figures
    so). None where no figure so stands."""
    on_line = Counter(figure.line for figure in figures)
    moved = [list(cells) for cells in gaps]
    changed = False
    for index in range(len(moved) - 1):
        cells = moved[index]
        if not moved[index + 1] and len(cells) >= 2 and cells[-1].line + 1 == starts[index + 1] \
                and on_line[cells[-1].line] == 1:
            moved[index + 1].append(cells.pop())
            changed = True
    return moved if changed else None


def _row_printing_nothing(gaps: list[list[RawCell]], spans: list[tuple[int, int]]) -> int | None:
    """The row (its index among `_column_blocks_as`' keys) of the one label, past the first holding
    figures and before the last, with no figure between it and the next label where the gaps round it
    hold figures (`（六）其他处理` then `（七）总计 17`): a row printing nothing at all, every cell blank (a
    table printing a mark in each blank cell leaves such a row empty at times). None where no gap or
    several are so, or the gap spans several rows: blanks that print nothing elsewhere (a sparse table)
    leave several gaps empty."""
    head = next((index for index, cells in enumerate(gaps) if cells), None)
    if head is None:
        return None
    empty = [index for index in range(head + 1, len(gaps) - 1) if not gaps[index]]
    if len(empty) != 1 or spans[empty[0]][1] - spans[empty[0]][0] != 1:
        return None
    return spans[empty[0]][0]


def _lead_of(counts: list[int], spans: list[tuple[int, int]], width: int) -> int | None:
    """The columns beside each label (`_parts_of_blocks`): the count of figures each row of every gap
    but the last holds, at least so many a row in the last (more, where no gap comes before it); between
    1 and `width` - 2."""
    first, end = spans[0]
    lead, uneven = divmod(counts[0], end - first)
    if uneven or not 1 <= lead <= width - 2:
        return None
    if any(count != lead * (end - first) for count, (first, end) in zip(counts[:-1], spans[:-1])):
        return None
    first, end = spans[-1]
    return lead if counts[-1] >= lead * (end - first) else None


# ways of the column beside the labels tried at most (`_parts_with_wrapped_leads`), and its search's work
_WRAPPED_LEADS_KEPT = 64

_WRAPPED_LEADS_WORK = 10_000

def _parts_with_wrapped_leads(gaps: list[list[RawCell]], spans: list[tuple[int, int]], past: list[RawCell],
                              width: int) -> list[list[_BlockPart]] | None:
    """`_parts_of_blocks` where the one column beside the labels holds full-width figures wrapped in pieces
    (`１` / `（七）总计` / `２` for 12: a gap holds a piece of the next row's figure, or two), so the gaps'
    counts differ: each way wrapped_blocks.py's `cells_beside_the_labels` reads that column (a row's figure
    ends in its own gap), the first rows' figures maybe set in blocks after their labels, wrapped too (a
    row's worth to four times that: `_parts_of_blocks`' second case). The blocks of the other columns open
    after an empty line that ends the last row's figure in the last gap; each such line tried. Only where
    every row of the column beside has a label found of its own (a gap may hold none, its label set after its
    figure: `cells_beside_the_labels`). None where no way fits or past the bounds."""
    counts = [len(cells) for cells in gaps]
    rows = spans[-1][1]
    head = next((index for index, count in enumerate(counts) if count), None)
    if head is None or head == len(gaps) - 1:
        return None
    start = 0
    if spans[head][1] * width <= counts[head] <= spans[head][1] * width * WB.MAX_PIECES:
        start = head + 1  # the first rows in blocks of their own
    if any(end - first != 1 for first, end in spans[start:]) or not counts[start]:
        return None
    last = gaps[-1]
    alternatives: list[list[_BlockPart]] = []
    work = [_WRAPPED_LEADS_WORK]
    for cut in range(1, len(last) + 1):
        run = [*last[cut:], *past]
        if not run or run[0].line <= last[cut - 1].line + 1:
            continue  # the blocks open after an empty line
        words = [cell for cells in gaps[start:-1] for cell in cells] + last[:cut]
        try:
            ways = WB.cells_beside_the_labels([cell.text.strip() for cell in words], [cell.line for cell in words],
                                              [*counts[start:-1], cut], _WRAPPED_LEADS_KEPT, work)
        except WB.Spent:
            return None
        if ways is None or len(alternatives) + len(ways) > _WRAPPED_LEADS_KEPT:
            return None
        for way in ways:
            leads = [[RawCell("".join(words[at].text.strip() for at in cell), words[cell[0]].line)] for cell in way]
            tail = _BlockPart(spans[start][0], rows, 1, leads, run)
            alternatives.append([_BlockPart(0, spans[start][0], 0, [[] for _ in range(spans[start][0])], gaps[head]),
                                 tail] if start else [tail])
    return alternatives or None


def _block_figures(rows: Sequence[Row], pieces: bool = False, hyphens: bool = False) -> list[RawCell] | None:
    """The figures of rows of table 3's blocks (`_beside_then_column_blocks`), in reading order, each
    word a cell, thousands grouped or not (`1,040 0` is two); a label's cells are left out. None where a
    cell holds a piece of a figure (`１,０`: a wide figure wrapped in its narrow column), unless `pieces`,
    or a hyphen mark (`-`), unless `hyphens`: poppler drops a hyphen ending a block's line before another (a
    blank that prints nothing), which only `_blank_columns_of_hyphen_blocks` reads. A blank mark poppler keeps (`/`, `—`, `无`:
    column_blocks.py's `MARKS_KEPT_IN_BLOCKS`) is a cell of its block, read blank, where no figure is read in pieces."""
    figures: list[RawCell] = []
    for row in rows:
        for cell in row.cells:
            words = cell.text.split()
            # a mark is no piece: where figures may wrap, the pieces' model (wrapped_blocks.py) does not read marks
            if words and all(CB.FIGURE_RE.fullmatch(word) or (WB.is_piece(word) if pieces else
                                                              word in CB.MARKS_KEPT_IN_BLOCKS or
                                                              hyphens and word == CB.HYPHEN) for word in words):
                figures += [RawCell(word, cell.line) for word in words]
            elif words and all(CB.DIGITS_RE.fullmatch(word) or word in L.BLANK_TOKENS for word in words):
                return None
    return figures


def _read_with_unprinted_blanks(report: ParsedReport, found: dict[str, Row], keys: tuple[str, ...],
                                absent: list[str], figures: list[RawCell], two_beside: bool,
                                short_row: bool = False) -> bool:
    """Table 3 in column chunks in a PDF's text (`_read_in_column_chunks`) whose figures fall short of
    its cells by one or two (at most chunks.py's `MAX_UNPRINTED_BLANKS`): a full table where a blank
    cell or two printed nothing (Chromium's PDF through plain `pdftotext`). Each row's readings in every
    chunking that keeps each row's sum with the blanks in some place (chunks.py's
    `unprinted_blank_readings`, a blank counting as 0), narrowed to those some table keeping
    APP_OUTCOME_SUM and APP_BALANCE uses (`recovery.settle_table`): a figure all of them read alike in
    a cell is recovered (never evidence that a rule passes), the other cells unknown. A cell that printed
    nothing is unknown too, wherever it stands: it is blank, or a 0 the text lost, and the sums read
    both alike. Nothing is written (False) where a figure is no count, the search gives up, or a row
    has no reading. `short_row`: more blanks than that, all one row's last cells (chunks.py's
    `MAX_UNPRINTED_BLANKS`)."""
    width = len(L.APPLICANT_KEYS)
    reads = [read_count(cell.text) for cell in figures]
    if any(read.state != VALUE for read in reads):  # a blank mark: blanks print here, the count says nothing
        return False
    lines = [cell.line for cell in figures]
    counts = {index: bisect_left(lines, found[key].line) for index, key in enumerate(keys) if key in found}
    values = [read.value for read in reads]
    # the text's last blocks (figures on lines one after the other): chunks' total columns maybe set apart
    starts = [index for index in range(len(lines)) if index == 0 or lines[index] > lines[index - 1] + 1]
    last_blocks = [end - start for start, end in pairwise([*starts[-TOTALS_APART_AT_END:], len(lines)])]
    readings = unprinted_blank_readings(values, len(keys), width, R.applicant_sum_holds,
                                        len(keys) * width - len(values), counts,
                                        LEADS_TWO_BESIDE if two_beside else LEADS, short_row=short_row,
                                        last_blocks=last_blocks)
    if not readings:
        return False
    cells, placed = _cells_of_chunk_readings(keys, readings, found, figures, lambda index, value: figures[index].text.strip())
    # a row writing more columns beside its label than the search reads (`13 0` where it reads one at most): the
    # readings rest on a search the text's order lies outside, and a figure they all read alike is kept only where a
    # column rule checks it
    most = max(LEADS_TWO_BESIDE if two_beside else LEADS)
    if any(len(beside[0].text.split()) > most for row in found.values() if (beside := row.values())):
        cells = _unchecked_columns_unknown(report, cells, keys, placed, every_rule=True)
    unknown = sum(cell.state == UNKNOWN for cell in cells)
    unread = [key for key, row in zip(keys, readings) if not row]
    report.warn("column_chunks", f"table 3: labels first, then the figures column by column in chunks of rows "
                f"(pdftotext without -layout), {len(keys) * width - len(values)} figure(s) short of its cells: blank "
                "cells that printed nothing. Every place of them where each row keeps its sum tried, and the rows' "
                "readings APP_OUTCOME_SUM and APP_BALANCE leave: a figure read only where all read it alike, "
                f"recovered; {unknown} cell(s) unknown, among them those that printed nothing (blank, or a 0 the "
                "text lost)" + (f"; {len(unread)} rows (from {unread[0]}) stand in a part of the table (a row "
                                "opening it after exactly the figures of the rows before it, less the blanks) that "
                                "keeps no row's sum in any placing: unknown, the other parts read on their own"
                                if unread else ""),
                figures[0].line)
    for key in absent:
        report.cells += [Cell("applications", key, applicant, None, UNKNOWN, None) for applicant in L.APPLICANT_KEYS]
    report.cells += _unproven_where_the_columns_refuse(report, cells, keys, placed)
    return True


def _read_with_totals_first(report: ParsedReport, rows: list[Row], found: dict[str, Row], keys: tuple[str, ...],
                            figures: list[RawCell]) -> bool:
    """Table 3 in column chunks in a PDF's text (`_read_in_column_chunks`) with more words than cells: wide
    figures wrapped a piece a line in narrow columns (Chromium's PDF through plain `pdftotext`), whose
    total column's first rows may be set before all the other figures and the first rows written whole
    (chunks.py's `totals_first_readings`). Each row's readings narrowed to those some table keeping
    APP_OUTCOME_SUM and APP_BALANCE uses (`recovery.settle_table`): a figure all of them read alike is
    recovered (never evidence that a rule passes), the other cells unknown. Nothing is written (False)
    where a figure is no count, the search gives up, or a row has no reading."""
    width = len(L.APPLICANT_KEYS)
    if any(read_count(cell.text).state == UNKNOWN for cell in figures):
        return False
    alone = {cell.line for row in rows for cell in row.cells if len(cell.text.split()) == 1}
    lines = [cell.line for cell in figures]
    on_line = Counter(lines)
    words = [Word(cell.text.strip(), cell.line, cell.line in alone and on_line[cell.line] == 1) for cell in figures]
    counts = {index: bisect_left(lines, found[key].line) for index, key in enumerate(keys) if key in found}
    # the total column of the last chunks may be set apart after the others: a paragraph of its own
    apart_at = [len(words) - index for index in range(max(1, len(words) - len(keys)), len(words))
                if lines[index] > lines[index - 1] + 1]
    readings = totals_first_readings(words, len(keys), width, R.applicant_sum_holds, counts, apart_at)
    if not readings:
        return False

    def text_of(index: int, value: Decimal) -> str:  # a figure's words from its first, its digits joined
        text, at = "", index
        while at < len(words) and L.normalize_text(text) != str(value):
            text, at = text + words[at].text, at + 1
        return text

    cells, placed = _cells_of_chunk_readings(keys, readings, found, figures, text_of)
    if _rules_past_mending(dict(zip(keys, _table_of_cells(cells, keys))), keys):
        # the order rests on the rows' sums alone, which a row keeps with its parts in any order (a figure set
        # in a neighbour's column): a column rule no figure in the unknown cells could mend may be such an
        # order as well as the report's misprint, and the two read alike: nothing is read
        return False
    unknown = sum(cell.state == UNKNOWN for cell in cells)
    report.warn("column_chunks", f"table 3: labels first, then the figures column by column in chunks of rows "
                f"(pdftotext without -layout), {len(words) - len(keys) * width} word(s) more than its cells: wide "
                "figures wrapped a piece a line, the total column of the first rows maybe set before the others and "
                "the first rows written whole. Every such order and grouping of the pieces where each row keeps its "
                "sum tried, and the rows' readings APP_OUTCOME_SUM and APP_BALANCE leave: a figure read only where "
                f"all read it alike, recovered; {unknown} cell(s) unknown", figures[0].line)
    report.cells += _unproven_where_the_columns_refuse(report, cells, keys, placed)
    return True


def _rules_past_mending(table: dict[str, list[Decimal | None]], keys: Sequence[str]) -> Decimal:
    """How far APP_OUTCOME_SUM and APP_BALANCE fail in table 3's columns whatever figures (never below 0) its
    unknown cells hold (`table`: a row per key, a cell None where unknown, 0 where blank), summed over the
    columns and the rules, with the one the two make without results_total (whose cells may be unknown): the
    outcome rows and carried_forward add up to new_received and carried_over. For each, what the side with no
    unknown cell lacks of the other side's known figures, or how far two known sides differ; 0 where every rule
    could hold. A rule needing a row not among `keys` is left out, and an outcome rule in a column the outcome
    rows leave blank (`R.failing_columns`: some reports print 总计 only in the totals rows)."""
    outcomes = L.outcome_rows_among(keys)
    rules = [(outcomes, ("results_total",)), (R.BALANCE_ROWS[:2], R.BALANCE_ROWS[2:]),
             ((*outcomes, "carried_forward"), R.BALANCE_ROWS[:2])]
    past = Decimal(0)
    for left, right in rules:
        if (not outcomes and left[0] != R.BALANCE_ROWS[0]) or any(key not in table for key in (*left, *right)):
            continue
        for column in range(len(L.APPLICANT_KEYS)):
            if left[0] in outcomes and not any(table[key][column] for key in outcomes):
                continue
            sides = [[table[key][column] for key in side] for side in (left, right)]
            one, other = (sum((value for value in side if value is not None), Decimal(0)) for side in sides)
            one_open, other_open = (None in side for side in sides)
            if not one_open and not other_open:
                past += abs(one - other)
            elif not one_open:
                past += max(other - one, Decimal(0))
            elif not other_open:
                past += max(one - other, Decimal(0))
    return past


def _cells_of_chunk_readings(keys: tuple[str, ...], readings: list[set[Placing]], found: dict[str, Row],
                             figures: list[RawCell], text_of: Callable[[int, Decimal], str]
                             ) -> tuple[list[Cell], list[list[Placed | None]]]:
    """Table 3's cells from each row's readings in column chunks (`_read_with_unprinted_blanks`,
    `_read_with_totals_first`), narrowed to those some table keeping APP_OUTCOME_SUM and APP_BALANCE uses:
    a figure all of them read alike recovered, the other cells unknown (a cell that printed nothing too)."""
    kept = R.settle_table({key: list(dict.fromkeys(tuple(value for value, _ in placing) for placing in row))
                           for key, row in zip(keys, readings)}, L.outcome_rows_among(keys))
    cells: list[Cell] = []
    placed: list[list[Placed | None]] = []
    for key, row in zip(keys, readings):
        placings = [placing for placing in row if tuple(value for value, _ in placing) in kept[key]] or list(row)
        line = found[key].line if key in found else figures[0].line
        placed.append([])
        for column, applicant in enumerate(L.APPLICANT_KEYS):
            seen = {placing[column][0] for placing in placings}
            # where a cell printed nothing it is blank, or a 0 the text lost (the sums cannot tell): unknown
            if len(seen) != 1 or any(placing[column][1] is None for placing in placings):
                placed[-1].append(None)
                cells.append(Cell("applications", key, applicant, None, UNKNOWN, line))
                continue
            placed[-1].append(Placed(0, False))
            # readings alike in value may take it from different figures (zeros): the first in the text, not the
            # first of a set, whose order over tuples holding None changes from run to run (None's hash is its id)
            value, index = seen.pop(), min(placing[column][1] for placing in placings)
            if value is None:  # a blank mark (`无`) every reading puts here
                cells.append(Cell("applications", key, applicant, None, BLANK, figures[index].line,
                                  figures[index].text.strip()))
                continue
            cells.append(Cell("applications", key, applicant, value, RECOVERED, figures[index].line,
                              text_of(index, value)))
    return cells, placed


def _column_rules_failing(table: list[list[Decimal | None]], keys: Sequence[str]) -> set[int]:
    """`R.failing_columns` of `table` (a row per key, a cell None where unknown, 0 where blank: a blank
    and a zero read alike here, as a row's orders move them)."""
    unread = frozenset((key, c) for key, row in zip(keys, table) for c, value in enumerate(row) if value is None)
    return R.failing_columns(dict(zip(keys, table)), L.outcome_rows_among(keys), unread=unread)


def _table_of_cells(cells: list[Cell], keys: Sequence[str]) -> list[list[Decimal | None]]:
    """Table 3's `cells` as `_column_rules_failing` reads them: a row per key, None where unknown, 0 where blank."""
    at = {(cell.row, cell.column): cell for cell in cells}
    return [[None if (cell := at[key, column]).state == UNKNOWN else cell.value or Decimal(0)
             for column in L.APPLICANT_KEYS] for key in keys]


def _columns_the_rules_leave(cells: list[Cell], keys: Sequence[str]) -> set[int]:
    """The applicant columns of table 3's `cells` where APP_OUTCOME_SUM or APP_BALANCE fails, or where a cell
    is unknown (every row of table 3 stands in one of them, which then checks nothing there); and with any, the
    totals' column: a row's total stands where its row was placed, and rows swapped whole keep its rules."""
    table = _table_of_cells(cells, keys)
    left = _column_rules_failing(table, keys) | {c for row in table for c, value in enumerate(row) if value is None}
    return left | {len(L.APPLICANT_KEYS) - 1} if left else left


def _with_row_orders_the_columns_refuse(report: ParsedReport, cells: list[Cell], keys: Sequence[str],
                                        width: int) -> list[Cell]:
    """Table 3 placed in column chunks whose column rules fail on the cells as placed. `pdftotext` may
    write a row's cells out of their columns' order (Chromium's PDF: a figure set after, or before,
    its neighbours' zeros), which the row's own sum cannot see: a sum is the same in any order. A row
    whose parts, in some other order, make every failing column rule hold without breaking another is
    one the text may have misordered. The one such row and order: its moved cells recovered; several:
    the cells they move unknown (never the order read, never a guess). None: the report does not add
    up whatever the order, and the cells stand as placed (its rules then fail)."""
    table = _table_of_cells(cells, keys)
    failing = _column_rules_failing(table, keys)
    if not failing or width - 1 in failing:
        return cells  # every rule holds; or the totals' column fails, which no order of the parts changes
    fixes = []
    for row, (key, reading) in enumerate(zip(keys, table)):
        if None in reading or not any(reading[:-1]):
            continue
        for order in _orders_of(tuple(reading[:-1])):
            if order == tuple(reading[:-1]) or any(order[c] == reading[c] for c in failing):
                continue  # an order that leaves a failing column's cell as it was cannot mend that column
            trial = [*table[:row], [*order, reading[-1]], *table[row + 1:]]
            if not _column_rules_failing(trial, keys):
                fixes.append((row, order))
                if len(fixes) > _MAX_ROW_ORDER_FIXES:
                    return cells  # too many ways: the rules say nothing of which row it was
    if not fixes:
        return cells
    cells = list(cells)
    index = {(cell.row, cell.column): i for i, cell in enumerate(cells)}
    moved = [(row, column) for row, order in fixes for column in range(width - 1) if order[column] != table[row][column]]
    if len(fixes) == 1:
        (row, order), = fixes
        own = [cells[index[keys[row], applicant]] for applicant in L.APPLICANT_KEYS[:-1]]
        # a blank and a zero read alike in the rules: where the row holds both, a moved one is either
        mixed = any(cell.value is None for cell in own) and any(cell.value == 0 for cell in own)
        sources = [column for _, column in moved]  # the moved columns hold the moved figures, as written
        for _, column in moved:
            old = cells[index[keys[row], L.APPLICANT_KEYS[column]]]
            value = order[column] or None
            if value is None and mixed:
                cells[index[keys[row], L.APPLICANT_KEYS[column]]] = replace(old, value=None, state=UNKNOWN,
                                                                            as_written=None)
                continue
            if value is None and not any(cell.value is None for cell in own):
                value = Decimal(0)  # the row prints its zeros: a moved zero is a zero
            # the figure moved here, its own text and line (a column of the same figure, where several are)
            source = own[sources.pop(next(i for i, c in enumerate(sources) if table[row][c] == order[column]))]
            cells[index[keys[row], L.APPLICANT_KEYS[column]]] = replace(
                old, value=value, state=BLANK if value is None else RECOVERED, as_written=source.as_written,
                line=source.line)
        report.warn("cells_recovered", f"table 3 {keys[row]}: its figures in column chunks break APP_OUTCOME_SUM "
                    "or APP_BALANCE in the order written; one other order of one row's figures keeps every "
                    "column rule (pdftotext may write a row's cells out of order): that order, marked "
                    "recovered", own[0].line)
        return cells
    for row, column in moved:
        old = cells[index[keys[row], L.APPLICANT_KEYS[column]]]
        cells[index[keys[row], L.APPLICANT_KEYS[column]]] = replace(old, value=None, state=UNKNOWN, as_written=None)
    report.warn("column_rules_fail", f"table 3: figures in column chunks break APP_OUTCOME_SUM or APP_BALANCE in "
                f"the order written; {len(fixes)} other orders of a row's figures would keep them (pdftotext may "
                "write a row's cells out of order): the cells they move are unknown", cells[0].line)
    return cells


def _unproven_where_the_columns_refuse(report: ParsedReport, cells: list[Cell], keys: Sequence[str],
                                       placed: list[list[Placed | None]], chunked_proofs: bool = False) -> list[Cell]:
    """Table 3 placed in column chunks whose column rules still fail (no order of a row's parts mends
    them). A chunking is proven by its rows' sums alone, and rows of zeros keep a sum in any order: a
    text whose order no chunking describes (Chromium's PDF through `pdftotext`: the first column of the
    later rows written beside their labels after all the chunks) may still be placed by a chunking that
    its zeros let through, its figures given to other rows. Where a failing rule (APP_OUTCOME_SUM or
    APP_BALANCE, in a column) would hold with other figures in its cells no chunking proves (placed on
    zeros alone, or where the chunkings disagree), the placing is as likely wrong as the report: every
    cell of that rule's rows in that column is unknown, and so is every cell placed without proof of the
    rows of the column's other rule where that one cannot be checked (an unknown cell, a row not found):
    the figure the failing rule misses may be any of theirs. A rule that no figure in its unproven cells
    could mend is the report's: its cells stand as placed (the rule then fails). `chunked_proofs`: a cell
    is proved where every chunking of the text's order places it alike, and such rules failing in several
    applicant columns say the order is none of them (a band's total column set after all the others):
    no cell of those columns is then proven."""
    at = {(cell.row, cell.column): i for i, cell in enumerate(cells)}
    table = _table_of_cells(cells, keys)
    as_read = dict(zip(keys, table))
    outcomes = L.outcome_rows_among(keys)
    if not _column_rules_failing(table, keys):
        return cells
    unread = frozenset((key, c) for key, row in as_read.items() for c, value in enumerate(row) if value is None)
    unproven = _unproven(cells, keys, placed)
    # each rule: its name, a row it stands in (`failing_columns`' `of`), its rows read, whether every row it needs is
    rules = [(rule, scope[0], [key for key in scope if key in as_read], all(key in as_read for key in scope))
             for rule, scope in (("APP_OUTCOME_SUM", (*outcomes, "results_total")), ("APP_BALANCE", R.BALANCE_ROWS))
             if scope[0] != "results_total"]
    failing = {rule: R.failing_columns(as_read, outcomes, of=first, unread=unread) for rule, first, _, _ in rules}
    doubted: set[tuple[str, int]] = set()
    failed = []
    misplaced = chunked_proofs and \
        len({c for columns in failing.values() for c in columns if c < len(L.APPLICANT_KEYS) - 1}) > 1
    for rule, _, rows, _ in rules:
        for c in sorted(failing[rule]):
            # the rule's two sides: the outcomes and their total; the rows in and the rows out
            left = outcomes if rule == "APP_OUTCOME_SUM" else R.BALANCE_ROWS[:2]
            # (an unknown cell, in a rule its known figures already break: 0 or more, a figure no chunking proves)
            sides = [[(as_read[key][c] or Decimal(0), (key, c) in unproven or (key, c) in unread)
                      for key in rows if (key in left) == first_side] for first_side in (True, False)]
            if not _mendable(*sides):
                continue  # no other figure in the cells no chunking proves would make it hold: the report's own
            failed.append(f"{rule} {L.APPLICANT_KEYS[c]}")
            doubted |= {(key, c) for key in rows}
            # a rule of the column that an unknown cell or a missing row leaves unchecked checks nothing of its
            # rows: the figure the failing rule misses may be any of theirs placed without proof
            for _, _, others, whole in rules:
                if not whole or any((key, c) in unread for key in others):
                    doubted |= {(key, c) for key in others if (key, c) in unproven}
            # …and where the rules fail in several applicant columns (a misprint breaks one, and the totals'), the
            # chunking itself gave figures to other rows: a row proved by its own sum alone may hold them too
            # (zeros keep a sum in any order), and the results total both rules share, now unknown, leaves the
            # column's other rule checking nothing: no cell of the column is proven
            if misplaced:
                doubted |= {(key, c) for key in as_read}
    if not doubted:
        return cells
    cells = list(cells)
    for key, c in doubted:
        i = at[key, L.APPLICANT_KEYS[c]]
        if cells[i].state != UNKNOWN:
            cells[i] = replace(cells[i], value=None, state=UNKNOWN, as_written=None)
    report.warn("column_rules_fail", f"table 3: placed in column chunks by its rows' sums, it breaks "
                f"{', '.join(failed)}, which other figures in cells no chunking proves would mend (rows of zeros "
                f"keep a sum in any order): the placing is not proven there, and {len(doubted)} cells of those "
                "columns (those rules' rows, and the unproven cells of a rule there that cannot be checked) are "
                "unknown", cells[0].line)
    return cells


def _unproven(cells: list[Cell], keys: Sequence[str], placed: list[list[Placed | None]]) -> set[tuple[str, int]]:
    """(row, column) of the cells of table 3 no chunking proves: placed on zeros alone, where the chunkings
    disagree, or recovered by the column rules."""
    state = {(cell.row, cell.column): cell.state for cell in cells}
    return {(key, c) for key, row in zip(keys, placed) for c, where in enumerate(row)
            if where is None or not where.proved or state[key, L.APPLICANT_KEYS[c]] == RECOVERED}


def _unchecked_columns_unknown(report: ParsedReport, cells: list[Cell], keys: Sequence[str],
                               placed: list[list[Placed | None]], every_rule: bool = False) -> list[Cell]:
    """Table 3 placed in one chunking the rows' sums leave. A column whose results total is unknown checks
    neither column rule (both need it): its cells placed without proof rest on rows of zeros that keep a
    sum in any order, and nothing the table prints confirms the chunking there (the total column of some
    chunks set apart after the others is an order no chunking describes): unknown. `every_rule`: the placing
    rests on a search the text's order may lie outside (the rows above the outcomes read apart, or a row writing
    more columns beside its label than the search reads): any rule (APP_OUTCOME_SUM, APP_BALANCE) with an
    unknown cell among its rows checks nothing there, and a cell placed without proof that no rule of its row
    checks in its column is unknown too."""
    unchecked = {L.APPLICANT_KEYS.index(cell.column) for cell in cells
                 if cell.row == "results_total" and cell.state == UNKNOWN}
    if not unchecked and not every_rule:
        return cells
    table = dict(zip(keys, _table_of_cells(cells, keys))) if every_rule else {}
    scopes = [(*L.outcome_rows_among(keys), "results_total"), R.BALANCE_ROWS]

    def doubted_at(key: str, column: int) -> bool:
        return column in unchecked or every_rule and not any(
            key in scope and all(row in table and table[row][column] is not None for row in scope) for scope in scopes)

    unproven = _unproven(cells, keys, placed)
    doubted = [i for i, cell in enumerate(cells) if cell.state != UNKNOWN and
               (cell.row, column := L.APPLICANT_KEYS.index(cell.column)) in unproven and doubted_at(cell.row, column)]
    if not doubted:
        return cells
    cells = list(cells)
    for i in doubted:
        cells[i] = replace(cells[i], value=None, state=UNKNOWN, as_written=None)
    if not every_rule:
        report.warn("column_rules_fail", f"table 3: placed in column chunks, its results total unknown in "
                    f"{len(unchecked)} column(s), so neither APP_OUTCOME_SUM nor APP_BALANCE checks them: their "
                    f"{len(doubted)} cell(s) no chunking proves are unknown", cells[0].line)
        return cells
    columns = len({cells[i].column for i in doubted})
    report.warn("column_rules_fail", f"table 3: placed in column chunks by a search the text's order may lie outside "
                f"(the first rows' columns beside their labels), an unknown cell leaves APP_OUTCOME_SUM or APP_BALANCE "
                f"unchecked in {columns} column(s): their {len(doubted)} cell(s) no chunking proves and no rule checks "
                "are unknown", cells[0].line)
    return cells


def _mendable(left: list[tuple[Decimal, bool]], right: list[tuple[Decimal, bool]]) -> bool:
    """Whether a rule `sum(left) == sum(right)` that fails could hold with other figures (never below 0) in its
    cells no chunking proves (each (figure, unproven)): one on the smaller side could be larger, or those on
    the larger side, lowered, make up the difference."""
    low, high = sorted((left, right), key=lambda side: sum(value for value, _ in side))
    gap = sum(value for value, _ in high) - sum(value for value, _ in low)
    return any(unproven for _, unproven in low) or sum(value for value, unproven in high if unproven) >= gap


# a row's orders tried where its columns' rules fail (`_with_row_orders_the_columns_refuse`): past this many
# that keep the rules, nothing says which row was misordered and the cells stand as placed (rules failing)
_MAX_ROW_ORDER_FIXES = 16

def _orders_of(parts: tuple) -> set[tuple]:
    """Every distinct order of a row's parts (at most 6! = 720)."""
    return set(permutations(parts))


def _two_figures_beside_the_labels(found: dict[str, Row]) -> bool:
    """Most rows found, two in three, hold exactly two figures or blank marks after their label (a
    wrapped label's may stand on its neighbour's line, and the last row's line run on into the chunks):
    a text that writes the first two columns beside each label and the others in column chunks after
    them (Chromium through pdftotext: `…申请数量 1219 0`), on some pages at least. Only the figures are
    counted here; the caller's placing, row by row, keeps the sums."""
    # a row's count as `_figures_and_marks` gives it, its cells' words counted, not built
    counts = [sum(len(_figure_and_mark_words(cell.text)) for cell in row.values()) for row in found.values()][:-1]
    return bool(counts) and counts.count(2) * 3 >= len(counts) * 2


def _first_found_at(rows: list[Row], found: dict[str, Row]) -> int:
    """The index in `rows` of the first row the labels placed."""
    at = _positions(rows)
    return min(at[id(row)] for row in found.values())


def _totals_of_narrow_column_chunks(report: ParsedReport, rows: list[Row], found: dict[str, Row],
                                    keys: tuple[str, ...]) -> bool:
    """Table 3 in column chunks (chunks.py) in a PDF's text, where a blank cell prints nothing, whose rows
    all print the same few columns (`26` / `26` / `0` / `0`: the first column and the total, the others
    left blank): exactly `k` figures a row for some k below the table's width, placed in chunks of k
    columns where every row keeps its sum. Nothing says which applicant columns the k - 1 parts stand
    in, so they and the blank columns are unknown; the last of each row is its total, recovered (it
    rests on every row printing the same columns, never evidence that a rule passes). Read only when
    the totals so placed keep APP_OUTCOME_SUM and APP_BALANCE; says whether it wrote the cells."""
    holding = [row for row in found.values() if sum(len(cell.text.split()) for cell in row.values()) > 1]
    if len(found) * 2 < len(keys) or len(holding) * 2 >= len(found) or \
            any(key in _OTHER_SUB_ROWS for key in keys if "other" in found):
        return False
    width = len(L.APPLICANT_KEYS)
    first = _first_found_at(rows, found)
    figures = _figures_and_marks(rows[first:])
    shown, uneven = divmod(len(figures), len(keys))
    if uneven or not 2 <= shown < width:
        return False
    reads = [read_count(cell.text) for cell in figures]
    if any(read.state != VALUE for read in reads):
        return False
    lines = [cell.line for cell in figures]
    pages = [index for index, key in enumerate(keys)
             if key in found and bisect_left(lines, found[key].line) == index * shown]
    chunkings = column_chunkings([read.value for read in reads], len(keys), shown, R.applicant_sum_holds, pages,
                                 lines=lines)
    if chunkings is None:
        return False
    # rows of zeros let chunks end anywhere: where chunkings disagree on a total, the column rules on the
    # totals may leave one (each row's totals as some chunking reads them; the true table is among them)
    outcomes = L.outcome_rows_among(keys)
    blank = (None,) * (width - 1)
    kept = R.settle_table({key: list(dict.fromkeys((*blank, reading[-1]) for reading in readings))
                           for key, readings in zip(keys, chunkings.readings())}, outcomes)
    # the rules must hold for some table of these totals (else they chose nothing: the report does not
    # add up as read, or `settle_table` gave up), a product bounded as the chunkings' choices are few
    open_rows = [key for key in keys if len(kept[key]) > 1]
    if prod(len(kept[key]) for key in open_rows) > _NARROW_TABLES_TRIED or not any(
            all(R.column_rules_hold(key, reading, table, outcomes) for key, reading in table.items())
            for choice in product(*(kept[key] for key in open_rows))
            for table in [{key: kept[key][0] for key in keys} | dict(zip(open_rows, choice))]):
        return False
    totals = [row[-1] for row in chunkings.placed()]
    report.warn("column_chunks", f"table 3: labels first, then {shown} figures a row column by column in chunks "
                f"of rows (pdftotext without -layout, a blank cell printing nothing): which applicant columns "
                f"they stand in is not known, so those cells are unknown; each row's last figure is its total, "
                f"recovered", figures[0].line)
    for key, where in zip(keys, totals):
        line = figures[where.index].line if where is not None else found[key].line if key in found else None
        report.cells += [Cell("applications", key, applicant, None, UNKNOWN, line) for applicant in L.APPLICANT_KEYS[:-1]]
        if key in open_rows:  # the rules keep several totals for it
            report.cells.append(Cell("applications", key, L.APPLICANT_KEYS[-1], None, UNKNOWN, line))
        else:
            total = kept[key][0][-1]
            report.cells.append(Cell("applications", key, L.APPLICANT_KEYS[-1], total, RECOVERED, line, str(total)))
    return True


def _first_column_beside_the_labels(report: ParsedReport, rows: list[Row], found: dict[str, Row],
                                    keys: tuple[str, ...], past_the_heading: list[Row]) -> tuple[bool, bool]:
    """Table 3 in a PDF's text whose first column stands beside each label and whose other columns follow
    all the labels in chunks, a blank cell printing nothing (`一、本年新收…` / `10` / `二、上年结转…` /
    `（一）予以公开` / `2` … then `2 1 1 5 3 17 …`). The first column is each row's figure beside its
    label, blank where none stands there; the last label's figure may be its own or open the chunks:
    each is tried, and read only where exactly one keeps APP_OUTCOME_SUM and APP_BALANCE in that column,
    with a figure other than zero among its cells (recovered: they rest on the column rules). The
    chunks' figures fill the rows and columns their sums allow in many ways (a row of blanks prints
    nothing to be counted: chunks.py's `sparse_chunk_readings`); a cell every such chunking that the
    column rules leave reads alike is recovered (a blank, blank), the others unknown. The chunks may run
    on past the next section's heading (`past_the_heading`), taken only when the chunks need them.
    Says (whether it wrote the cells, whether it took the figures past the heading)."""
    if any(key not in found for key in (keys[0], *keys[-2:])) or \
            any(key in _OTHER_SUB_ROWS for key in keys if "other" in found):
        return False, False
    at = [index for index, key in enumerate(keys) if key in found]
    starts = [found[keys[index]].line for index in at]
    if any(later <= earlier for earlier, later in pairwise(starts)):
        return False, False
    first = _first_found_at(rows, found)
    figures = _figures_and_marks(rows[first:])
    if not figures or figures[0].line < starts[0]:
        return False, False
    gaps = _figures_from_each_label(figures, starts)
    last = gaps.pop()
    placings = _first_column_placings(gaps, [*at, len(keys) - 1], _labels_opening_below(gaps, at, starts, found, keys, rows))
    if placings is None or len(last) < 2:
        return False, False
    if any(read_count(cell.text).state not in (VALUE, BLANK) for cell in (*figures[:-len(last)], last[0])):
        return False, False
    outcomes = L.outcome_rows_among(keys)
    width = len(L.APPLICANT_KEYS)
    # its figure, or the chunks' first; a `-` there (plain pdftotext keeps one of a run where its flow ends)
    # is a blank either way, and the chunks' reading drops it: one reading
    owns = (CellRead(BLANK, None),) if last[0].text.strip() == "-" else (read_count(last[0].text), CellRead(BLANK, None))
    every = [((*reads, own), beside) for beside in placings
             for reads in [[read_count(cells[0].text) if cells else CellRead(BLANK, None) for cells in beside]]
             for own in owns]
    kept = [(leads, beside) for leads, beside in every if _first_column_keeps_the_rules(leads, keys, outcomes)]
    if not kept:
        return False, False
    # each placing the rules keep read on: a cell is read where every one reads it alike (a label not found
    # leaves its run's figures to rows the column rules may not tell apart: those cells are unknown). The
    # placings' searches share one budget, so a table costs one search's bound however many ways it is
    # placed, and one memo of the chunks they share (placings alike below a row chunk alike below it)
    budget, memo = [_SPARSE_STEPS_OF_A_TABLE], {}
    read_of = [_sparse_chunks_the_rules_leave([read.value for read in leads],
                                              last[1:] if leads[-1].value is not None else last,
                                              past_the_heading, keys, outcomes, budget, memo) for leads, _ in kept]
    # a first column whose chunks no chunking reads is not the table's. Where none is left, the table's
    # arithmetic fails somewhere, so the rules choose no first column: every placing is one, the last figure
    # its row's or not, and only what they all read alike is read (the chunks unknown)
    chunked = [readings != [] for readings, _ in read_of]
    rules_fail = not any(chunked)
    kept, read_of = ((every, [(None, False)] * len(every)) if rules_fail else
                     ([placing for placing, keep in zip(kept, chunked) if keep],
                      [read for read, keep in zip(read_of, chunked) if keep]))
    if len({past for _, past in read_of}) > 1:
        return False, False
    past = read_of[0][1]
    chunk_options = [[set().union(*(readings[row][column] for readings, _ in read_of))
                      if all(readings for readings, _ in read_of) else set()
                      for column in range(width)] for row in range(len(keys))]
    leads, beside = kept[0]
    settled = sum(len(options) == 1 for row in chunk_options for options in row[1:])
    first_column = (f"as every way of placing its figures ({len(kept)}) reads it, recovered: no way keeps the "
                    "sums of the other columns' chunks, so the rules choose none" if rules_fail else
                    f"as every way it keeps APP_OUTCOME_SUM and APP_BALANCE ({len(kept)}) reads it, recovered")
    report.warn("column_chunks", "table 3: the first column beside each label, the others after the labels in "
                f"chunks whose blank cells print nothing (pdftotext without -layout); the first column, {first_column}; "
                f"{settled} cell(s) of the chunks every chunking the rows' and columns' sums allow reads alike, "
                "recovered; the others unknown", found[keys[0]].line)
    for row, (key, read, cells) in enumerate(zip(keys, leads, [*beside, last])):
        line = cells[0].line if cells else found[key].line if key in found else None
        if len({lead[row].value for lead, _ in kept}) > 1:
            report.cells.append(Cell("applications", key, L.APPLICANT_KEYS[0], None, UNKNOWN, line))
        else:
            state, written = (RECOVERED, cells[0].text.strip()) if read.value is not None else (BLANK, None)
            report.cells.append(Cell("applications", key, L.APPLICANT_KEYS[0], read.value, state, line, written))
        for column, applicant in enumerate(L.APPLICANT_KEYS[1:], 1):
            options = chunk_options[row][column]
            if len(options) != 1:
                report.cells.append(Cell("applications", key, applicant, None, UNKNOWN, line))
                continue
            value = next(iter(options))
            report.cells.append(Cell("applications", key, applicant, value, BLANK if value is None else RECOVERED,
                                     line, None if value is None else str(value)))
    return True, past


def _first_column_keeps_the_rules(leads: Sequence[CellRead], keys: tuple[str, ...], outcomes: tuple[str, ...]) -> bool:
    """Whether a reading of table 3's first column alone (`_first_column_beside_the_labels`) keeps
    APP_OUTCOME_SUM and APP_BALANCE in it, with a figure other than zero among its cells."""
    column = [read.value for read in leads]
    width = len(L.APPLICANT_KEYS)
    table = {key: (value, *[None] * (width - 1)) for key, value in zip(keys, column)}
    return any(column) and all(R.column_rules_hold(key, reading, table, outcomes) for key, reading in table.items())


# ways of placing the first column's figures among rows whose labels were not found, tried at most
_FIRST_COLUMN_PLACINGS = 64


def _first_column_placings(gaps: list[list[RawCell]], bounds: list[int], opens_below: list[bool]
                           ) -> list[list[list[RawCell]]] | None:
    """Each way the first column's figures beside the labels (`_first_column_beside_the_labels`) stand in
    the rows above the last: `gaps[i]`, the figures from the label of row `bounds[i]` to the next found,
    row `bounds[i + 1]`'s. A label not found (two labels on one line, `2.其他法律… 3.危及…`, found as one)
    leaves its row's figure, if any, beside either neighbour's label, so the gaps round it are one run of
    rows: its figures, in order, one a row in any of them. So too round a label whose line opens with a margin
    heading's word (`opens_below`): poppler sets that line below its own row's figure, which then ends the gap
    before (`（三）不予 4.保护第三方合法权益`, the heading centred over its rows). A row's cells, each way. None
    where a gap of one row holds two figures or more, a run more figures than rows, or the ways pass
    `_FIRST_COLUMN_PLACINGS`."""
    runs: list[tuple[int, int, list[RawCell]]] = []  # (first row, end, figures)
    for index, cells in enumerate(gaps):
        first, end = bounds[index], bounds[index + 1]
        if runs and (bounds[index] - bounds[index - 1] > 1 or opens_below[index]):
            first, cells = runs[-1][0], [*runs.pop()[2], *cells]
        runs.append((first, end, cells))
    ways_of_runs = [list(combinations(range(first, end), len(cells))) for first, end, cells in runs]
    if any(not ways for ways in ways_of_runs) or prod(map(len, ways_of_runs)) > _FIRST_COLUMN_PLACINGS:
        return None
    placings = []
    for choice in product(*ways_of_runs):
        beside: list[list[RawCell]] = [[] for _ in range(bounds[-1])]
        for (_, _, cells), places in zip(runs, choice):
            for cell, row in zip(cells, places):
                beside[row] = [cell]
        placings.append(beside)
    return placings


def _figures_from_each_label(figures: list[RawCell], starts: list[int]) -> list[list[RawCell]]:
    """The figures from each label found (`starts`, its line, in order; the first at or before the first figure)
    to the next."""
    gaps: list[list[RawCell]] = [[] for _ in starts]
    for figure in figures:
        gaps[bisect_left(starts, figure.line + 1) - 1].append(figure)
    return gaps


def _labels_opening_below(gaps: list[list[RawCell]], at: list[int], starts: list[int], found: dict[str, Row],
                          keys: Sequence[str], rows: list[Row]) -> list[bool]:
    """`_first_column_placings`' `opens_below`: for each label found but the last (`at`, its row; `starts`,
    its line), whether its row's figure may stand in the gap before: its line opens with a margin heading's
    word right after the gap before's last figure, or the label was found on the line of its end only and the
    gap's last figure stands below its first words (`_found_by_its_end`)."""
    return [bool(index) and bool(gaps[index - 1])
            and (gaps[index - 1][-1].line + 1 == starts[index] and _opens_with_a_margin_heading(found[keys[row]])
                 or _found_by_its_end(found[keys[row]], keys[row], rows, starts[index - 1], gaps[index - 1][-1].line))
            for index, row in enumerate(at[:-1])]


def _found_by_its_end(row: Row, key: str, rows: list[Row], after: int, figure: int) -> bool:
    """Whether a label was found on the line of its end only, its first words on a line before, maybe at the
    end of another row's label (`没有现成信息需要另行制作 3.补正后申请内容仍不明确 1.信访` / `1` / `举报投诉类申请`),
    with the line of `figure` below them: poppler may set the row's figure between. Its first words are on the
    last line, after line `after` (the label found before), that ends with the label's first glyphs; none
    found, they may be anywhere."""
    text = L.squash(row.label)
    variants = L.APPLICATION_ROWS[key][0]
    if any(variant[:2] in text for variant in variants):
        return False
    for earlier in reversed(rows):
        if earlier.line >= row.line:
            continue
        if earlier.line <= after:
            break
        words = L.squash(earlier.label)
        if words and any(variant.startswith(words[-k:]) for variant in variants for k in range(1, len(words) + 1)):
            return figure > earlier.line
    return True


def _opens_with_a_margin_heading(row: Row) -> bool:
    """Whether a label's line opens with a word of a group's heading down the margin, the label's own words
    after it (`（三）不予 4.保护第三方合法权益`)."""
    words = " ".join(cell.text for cell in row.cells).split()
    return len(words) > 1 and bool(words[0]) and GN.MARGIN_HEADING_WORD_RE.fullmatch(words[0]) is not None


# steps of the sparse chunk searches of one table's first column placed every way (`sparse_chunk_readings`),
# shared: what one placing could spend alone before (a search of its own figures, then one with the figures
# past the heading, chunks.py's `SPARSE_STEPS` each). Past them the chunks' cells are left unknown (the first
# column is still read). Tuning file r43 000032, 18 placings, spends 346,834 (492,258 without the memo)
_SPARSE_STEPS_OF_A_TABLE = 2 * SPARSE_STEPS


def _sparse_chunks_the_rules_leave(leads: list[Decimal | None], chunked: list[RawCell], past_the_heading: list[Row],
                                   keys: tuple[str, ...], outcomes: tuple[str, ...], budget: list[int], memo: dict
                                   ) -> tuple[list[list[set[Decimal | None]]] | None, bool]:
    """For each row and column, the values the chunkings of `chunked` (chunks.py's
    `sparse_chunk_readings`) give it, among the rows' readings the column rules leave
    (`recovery.settle_table`: a table keeping them uses each); with the figures past the next heading
    added where the table's own allow no chunking. (None, False) when no chunking, or the search gave
    up (`budget`, the steps left to the table's searches, spent: chunks.py's `sparse_chunk_readings`, with
    `memo`). An empty list where every search ended and none found a chunking: the leads given are not the
    table's. Says too whether it took the figures past the heading."""
    tried = [(chunked, False)]
    apart = _figures_and_marks(past_the_heading)
    if apart:
        tried.append(([*chunked, *apart], True))
    searched = True  # every figure read and every search ended
    for figures, past in tried:
        # plain pdftotext drops a line-ending ASCII `-` as a hyphen, joining the line to the next of its
        # flow: a run of `-` blanks prints one `-` where its flow ends, none before a figure. What is left
        # of them says only that some cells are blank, which the chunkings here assume anyway
        reads = [read_count(cell.text) for cell in figures if cell.text.strip() != "-"]
        if any(read.state != VALUE for read in reads):
            searched = False
            continue
        found = sparse_chunk_readings(leads, [read.value for read in reads], len(L.APPLICANT_KEYS), budget, memo)
        if found is None:
            return None, False  # gave up: the figures past the heading are not tried either
        if not all(found):
            continue
        kept = R.settle_table({key: sorted(options, key=str) for key, options in zip(keys, found)}, outcomes)
        return [[{reading[column] for reading in kept[key]} for column in range(len(L.APPLICANT_KEYS))]
                for key in keys], past
    return ([] if searched else None), False


def _rows_above_the_outcomes_apart(values: list[Decimal | None], keys: Sequence[str], width: int,
                                   leads: tuple[int, ...], lines: list[int] | None = None) -> list[Chunkings]:
    """Table 3 in column chunks (Chromium's PDF through plain `pdftotext`) whose rows above the outcomes
    (`一、本年新收…`, `二、上年结转…`: labels spanning every label column) are written on their own first,
    row by row or in a chunk, before the outcome rows write their first column beside their labels and
    the other columns in chunks: two parts read each on its own (chunks.py's `pages`), where no label
    found says where the second opens (a label may be cut: `予以公开` without its `（一）`). Each row
    above the first outcome may open it (at most the rows above the outcomes: a bounded search): the
    chunkings of every such place that keeps every row's sum (`_alike_in_every` reads them)."""
    outcomes = L.outcome_rows_among(keys)
    first = next((index for index, key in enumerate(keys) if key in outcomes), 0)
    return [chunkings for start in range(1, first + 1)
            if (chunkings := column_chunkings(values, len(keys), width, R.applicant_sum_holds, [start],
                                              leads=leads, lines=lines)) is not None and len(chunkings.parts) > 1]


def _a_rows_figures_before_the_outcomes(keys: Sequence[str], found: dict[str, Row], lines: list[int], width: int) -> bool:
    """Whether a whole row's figures or more stand before the first outcome label found: the rows above the
    outcomes written on their own first (in chunks of rows, every figure follows the labels, or one a label)."""
    outcomes = L.outcome_rows_among(keys)
    first = min((found[key].line for key in keys if key in outcomes and key in found), default=None)
    return first is not None and bisect_left(lines, first) >= width


def _first_outcome_unfound(keys: Sequence[str], found: dict[str, Row]) -> bool:
    """Whether the label of the first outcome row among `keys` (`（一）予以公开`) was not found."""
    outcomes = L.outcome_rows_among(keys)
    return next((key for key in keys if key in outcomes), None) not in found


def _alike_in_every(found: list[Chunkings], values: list[Decimal | None]) -> list[list[Placed | None]]:
    """Each cell as the chunkings of `_rows_above_the_outcomes_apart` place it: its figure where every
    one of them reads it alike (never proved: the sums chose where the outcome rows open), None where
    they disagree."""
    placings = [chunkings.placed() for chunkings in found]
    return [[None if where is None or any(other[row][column] is None or values[other[row][column].index] !=
                                          values[where.index] for other in placings[1:]) else Placed(where.index, False)
             for column, where in enumerate(cells)]
            for row, cells in enumerate(placings[0])]


def _totals_apart_at_the_end(values: list[Decimal | None], lines: list[int], keys: tuple[str, ...],
                             found: dict[str, Row], width: int, pages: Sequence[int],
                             chunk_lines: list[int]) -> Chunkings | None:
    """Table 3 in column chunks whose total column of some chunks `pdftotext` set after all the others,
    as the table's last paragraphs, maybe past the next heading (its last chunks written there too, the
    total column of some middle chunks after them): the figures apart open a paragraph (an
    empty line before them, `lines`) among the last rows. Each such count is tried (chunks.py's bounded search
    with figures apart, on `chunk_lines`: `_past_the_heading_closed_up`); kept only when one count alone
    places the table, else None: never a guess. The
    columns each row may write beside its label are those the labels' places allow the whole table
    (`TA.leads_the_labels_allow`; none: not read). Where they allow none but a row's label stands after
    exactly the figures of the rows before it (`pages`: the first rows' band written whole, on a page or
    in a block of its own), the rows from the last such row are read as the part the figures apart end,
    the columns beside their labels those its labels allow, the rows before in order as a part of their own
    (`_read_in_column_chunks` reads such parts so where no figures stand apart)."""
    rows, start = len(keys), 0
    leads = TA.leads_the_labels_allow(keys, found, lines, width, LEADS)
    if not leads and (start := max((row for row in pages if 0 < row < rows), default=0)):
        leads = tuple(lead for lead in TA.leads_the_labels_allow(keys[start:], found, lines[start * width:], width, LEADS)
                      if lead in TA.leads_the_labels_allow(keys[:start], found, lines[:start * width], width, LEADS))
    if not leads:
        return None
    counts = [len(values) - index for index in range(max(start * width + 1, len(values) - rows + start), len(values))
              if lines[index] > lines[index - 1] + 1]
    budget = [_ROWS_READ_FOR_TOTALS_APART]  # every count's search together, bounded as one
    found_chunkings = [chunkings for count in counts if (chunkings := column_chunkings(
        values, rows, width, R.applicant_sum_holds, pages=(start,), last_apart=count, budget=budget, leads=leads,
        lines=chunk_lines)) is not None]
    return found_chunkings[0] if len(found_chunkings) == 1 and budget[0] >= 0 else None


# tables of the totals the column rules keep for rows of narrow column chunks, tried for one that keeps them
_NARROW_TABLES_TRIED = 64

# the rows the searches for the total columns apart at the table's end may read, all counts together (as
# many as one search past the next heading may; the one table of seeds 19/23/7 they place read ~50,000, one
# they could not place spent it all: ~0.4 s of CPU on this machine, for a table otherwise unknown)
_ROWS_READ_FOR_TOTALS_APART = 60_000

def _chunkings_the_columns_settle(chunkings: Chunkings, keys: tuple[str, ...]) -> list[list[Placed | None]] | None:
    """Where column chunkings disagree (rows of zeros let a chunk end anywhere), the table's column
    rules (APP_OUTCOME_SUM, APP_BALANCE) may leave each row one reading (`recovery.settle_table`,
    bounded). The chunkings whose every row reads so are then kept; their placing is returned only
    when it places every cell and the table it makes keeps every column rule: one table, never a
    guess. Its cells rest on the rules they are then checked by, so they are recovered
    (`_with_settled_cells`)."""
    outcomes = L.outcome_rows_among(keys)
    readings = chunkings.readings()
    masked, unmask = _columns_every_reading_agrees_on_left_out(readings)
    kept = R.settle_table(dict(zip(keys, masked)), outcomes)
    if any(len(kept[key]) != 1 for key in keys):
        return None
    table = {key: kept[key][0] for key in keys}
    if not all(R.column_rules_hold(key, reading, table, outcomes) for key, reading in table.items()):
        return None
    wanted = [unmask[row][table[key]] for row, key in enumerate(keys)]
    narrowed = chunkings.keeping(wanted)
    placed = None if narrowed is None else narrowed.placed_as(wanted)  # rows written out of order as the rules read them
    if placed is None or any(where is None for row in placed for where in row):
        return None
    return placed


def _columns_every_reading_agrees_on_left_out(readings: list[list[R.Reading]]
                                              ) -> tuple[list[list[R.Reading]], list[dict[R.Reading, R.Reading]]]:
    """The rows' readings with the columns every reading of every row agrees on written blank, and for
    each row the way back to its readings as read. A column rule (APP_OUTCOME_SUM, APP_BALANCE) adds
    up one column only: in a column every reading agrees on, it holds for every table or for none, so
    it cannot choose among them; left in, a report that does not add up there (its rules then fail on
    the cells as read) would refuse every table, and the columns the readings disagree on would stay
    unknown though their own rules leave one table. Left out, they still choose the same tables
    wherever they hold (a blank column keeps every rule)."""
    width = max((len(reading) for row in readings for reading in row), default=0)
    agreed = {column for column in range(width) if all(len({reading[column] for reading in row}) == 1
                                                         for row in readings)}
    masked, unmask = [], []
    for row in readings:
        back = {tuple(None if column in agreed else value for column, value in enumerate(reading)): reading
                for reading in row}
        masked.append(list(back))
        unmask.append(back)
    return masked, unmask


def _with_settled_cells(report: ParsedReport, cells: list[Cell], placed: list[list[Placed | None]],
                        settled: list[list[Placed | None]], keys: Sequence[str], width: int,
                        figures: list[RawCell], reads: list[CellRead]) -> list[Cell]:
    """The cells the chunkings left unknown, read from the chunking the column rules settle: a
    figure recovered (never evidence that a rule passes); a blank mark only in a row that then holds
    a recovered figure (whose blanks count as unconfirmed, rules.py), else it stays unknown."""
    cells = list(cells)
    count = 0
    for row, key in enumerate(keys):
        new = [column for column in range(width) if placed[row][column] is None]
        reading = [reads[where.index] for where in settled[row]]
        if not new or all(read.value is None for read in reading):
            continue  # a row of blanks only: nothing could mark its blanks unconfirmed
        at = row * width
        recovered = [c for c in new if reading[c].value is not None]
        if len(recovered) < len(new) and not recovered and \
                not any(cells[at + c].state == RECOVERED and cells[at + c].as_written for c in range(width)):
            recovered = [c for c in range(width) if reading[c].value is not None]  # so its blanks count as unconfirmed
        for column in (*new, *recovered):
            raw, read = figures[settled[row][column].index], reading[column]
            cells[at + column] = Cell("applications", key, L.APPLICANT_KEYS[column], read.value,
                                      BLANK if read.value is None else RECOVERED, raw.line, raw.text.strip())
        count += len(new)
    if count:
        report.warn("cells_recovered", f"table 3: {count} cell(s) the column chunkings disagree on, read from the "
                    "one chunking the column rules (APP_OUTCOME_SUM, APP_BALANCE) leave: marked recovered, never "
                    "evidence that a rule passes", figures[0].line)
    return cells


# the header's spanning headings: in a narrow table a column's header piece may run into one (`科研法人或其他组织`)
_SPANNING_HEADINGS = ("法人或其他组织", "申请人情况")

def _each_row_fills_its_columns(rows: Iterable[Row], width: int) -> bool:
    """Every row with figures holds one in each column: read in order, they need no header's positions."""
    return all(fills_the_row(row.values(), width) for row in rows if row.has_figures())


_WHOLE_HEADER_WORDS = frozenset({*(n for names in L.APPLICANTS.values() for n in names), *_SPANNING_HEADINGS})

def _header_parts_standing_clear(header_rows: list[Row]) -> list[RawCell]:
    """The header's words whose column `pdftotext -layout` measured from where they print: the first
    word of an aligned cell, or a character of a word spaced out one space a character (`社 会`). A word
    one space after another on its line was pushed along by it: a narrow table's header packed
    `人 业 机构 社会公益组织 机构 他` sets each word after the glyphs before it, which count one column each
    however wide they print. Whole words one space apart (`商业企业 科研机构 社会公益组织`: a wide table's
    columns just wide enough, the last maybe cut at the page's edge) each stand over their column."""
    clear = []
    for row in header_rows:
        for whole in row.cells:
            pieces = cell_parts(whole)
            # the last may be cut at the page's edge (`社会公益组织 法`)
            whole_words = all(part.text in _WHOLE_HEADER_WORDS for part in pieces[:-1]) and bool(pieces) and (
                pieces[-1].text in _WHOLE_HEADER_WORDS or (len(pieces) > 1 and any(
                    word.startswith(pieces[-1].text) for word in _WHOLE_HEADER_WORDS)))
            for index, part in enumerate(pieces):
                spaced_out = index > 0 and _is_cjk_character(part.text) and _is_cjk_character(pieces[index - 1].text) \
                    and clear and clear[-1] is pieces[index - 1]
                if part.x is not None and (index == 0 or spaced_out or whole_words):
                    clear.append(part)
    return clear


def _columns_proven(pieces: list[list[RawCell]], full_row_under_the_header: bool) -> list[bool]:
    """For each of the header's columns, whether its position says where its figures stand on the
    header's page: a row of the page holding a figure in every column, each under its own column's
    header (`full_row_under_the_header`: `a_full_row_under_the_header`), proves them all; else a column is
    proven where a piece of its word stands clear (`pieces`: `_column_pieces_standing_clear`) where the
    column's header stands. A column named only by words packed one space after others (Chromium's narrow
    tables through `pdftotext -layout`) may stand a column or more off its figures."""
    return [True] * len(pieces) if full_row_under_the_header else [bool(standing) for standing in pieces]


def a_full_row_under_the_header(anchors: list[float], found: Iterable[Row], page: int) -> bool:
    """Whether a row of the header's page holds a figure in every column, each under its own column's header: the
    page's figure lines then stand where its header lines do."""
    header = tuple(anchors)
    for row in found:
        if row.aligned and row.page == page and fills_the_row(row.values(), len(anchors)):
            parts = figure_parts([value for value in row.values() if not value.is_empty])
            if len(parts) == len(anchors) and all(
                    part.x is not None and _nearest_column(header, part.x) == index for index, part in enumerate(parts)):
                return True
    return False


def names_wrapped_and_packed(header_rows: list[Row]) -> bool:
    """Whether a header cell holds pieces of two columns' names, neither whole, one space apart (`人 商业 科研`): a
    narrow table's names wrapped in their cells, which `pdftotext -layout` packed into one block, each word's column
    counted from the glyphs before it on its line, not from where it prints; the figure lines, blocks of their own,
    may then stand a few glyphs off them."""
    whole = {name for (name,) in L.APPLICANTS.values()}
    return any(len({column for part in cell_parts(cell) if part.text not in whole
                    and (column := _only_column_naming(part.text)) is not None}) > 1
               for row in header_rows for cell in row.cells)


LAYOUT_DRIFT = 3  # glyphs by which `pdftotext -layout` may set a figure line off its header's packed lines


def columns_known_by_later_pieces(pieces: list[list[RawCell]]) -> tuple[int, ...]:
    """For each of the header's columns, LAYOUT_DRIFT where the pieces of its name standing clear
    (`_column_pieces_standing_clear`) are all later pieces of it (`企业` of 商业企业, its `商业` packed after another
    column's word): a line of the packed header's block that opens on it was set by the block's arithmetic, not
    where the word prints, and a figure line may stand that far off it; 0 where a piece opening the name (or the
    whole name) stands clear, or none does (the column is then not proven at all)."""
    return tuple(LAYOUT_DRIFT if standing and not any(name.startswith(part.text) for part in standing) else 0
                 for standing, (name,) in zip(pieces, L.APPLICANTS.values()))


def _column_pieces_standing_clear(header_rows: list[Row], anchors: list[float]) -> list[list[RawCell]]:
    """For each of the header's columns, the pieces of its word standing clear (`_header_parts_standing_clear`)
    where the column's header stands."""
    clear = _header_parts_standing_clear(header_rows)
    return [[part for part in clear if part.text in name and abs(part.x - anchor) <= HEADER_PIECE_REACH]
            for (name,), anchor in zip(L.APPLICANTS.values(), anchors)]


@lru_cache(maxsize=1 << 10)
def _only_column_naming(text: str) -> int | None:
    """The applicant column whose header alone holds `text` (a piece of it), else None."""
    if any(text in heading for heading in _SPANNING_HEADINGS):
        return None
    columns = [index for index, (name,) in enumerate(L.APPLICANTS.values()) if text in name]
    return columns[0] if len(columns) == 1 else None


def _under_an_unproven_column(fitted: list, proven: list[bool]) -> bool:
    """A figure placed by position under a column whose header's position nothing proves."""
    return any(raw is not None and not raw.is_empty and not ok for raw, ok in zip(fitted, proven))


HEADER_PIECE_REACH = 2  # columns from a piece of a wrapped header word to the word's centre (`科研` over `机构`)

def _figures_under_visible_columns(visible: list[float], header_rows: list[Row],
                                   value_rows: list[list[RawCell]]) -> list[list[RawCell]]:
    """The figures of the header's page asked to stand under the shown columns (`anchors_hold`): each row's,
    but where the header shows the six applicant columns and the total's name cut (`总`, cut_total.py) a row's
    last figure standing alone past them, which is the total's text under that cut name, not a shown column's."""
    if len(visible) != len(L.APPLICANT_KEYS) - 1 or not CT.names_a_cut_total(header_rows):
        return value_rows
    return [apart[0] if (apart := CT.total_apart(values, visible)) is not None else values for values in value_rows]


def _a_full_row_keeps_its_sum(found: Iterable[Row], width: int) -> bool:
    """A row of aligned text printing a figure for every column on one line, in order, its total its parts' sum:
    the table's columns were all printed, whatever a garbled header seems to show (`pdftotext -layout` of a narrow
    header whose two lines of names overlap, `自然 商业 科研法人或其他组织法律服务 其 总`, names the first columns
    only). A table cut at the page's edge prints no more figures a row than the columns it shows."""
    for row in found:
        if not row.aligned or not row.has_figures():
            continue
        parts = figure_parts(row.filled_values())
        if len(parts) == width and len({part.line for part in parts}) == 1 \
                and (reading := reading_of(parts)) is not None and R.applicant_sum_holds(reading):
            return True
    return False


def _columns_shown_in_every_row(header_rows: list[Row], found: dict[str, Row], width: int) -> int | None:
    """A table laid wider than the page and cut at its edge (LibreOffice's PDF of a wide page): k when the
    header names the first k applicant columns only (`_first_columns_named`), no row found holds more than k
    cells and most exactly k, which on each page stand in k columns that do not overlap (the i-th cells of
    all those rows left of all the (i+1)-th); then each row of k cells is those columns in order. None otherwise."""
    rows = [row for row in found.values() if row.values()]  # a row without cells is read as before
    if not rows or any(len(row.values()) >= width for row in rows):
        return None  # a row holding every column (most tables): no k < width holds it, the header not asked
    shown = _first_columns_named(header_rows, width, stacked=True)
    if shown is None or any(len(_cells_in_shown_columns(row, shown)) > shown for row in rows):
        return None
    # a row of cells with separators short of k (its trailing empty cells not written, gdw's PDF reader) is read
    # as before, in order, the missing cells unknown; most rows must hold exactly k
    # an aligned row short of k (a row printing fewer cells than its table, `（七）总计 16 0 0 2 1`) is read as
    # before, by position; the others, k each, say where the k columns stand
    if 2 * sum(len(_cells_in_shown_columns(row, shown)) == shown for row in rows) < len(rows):
        return None
    by_page: dict[int, list[list[RawCell]]] = {}
    for row in rows:
        if row.aligned and len(row.values()) == shown:
            by_page.setdefault(row.page, []).append(row.values())
    for page_rows in by_page.values():
        for column in range(shown - 1):
            if any(cells[column].x is None or cells[column + 1].x is None for cells in page_rows) or \
                    max(cells[column].x for cells in page_rows) >= min(cells[column + 1].x for cells in page_rows):
                return None
    return shown


def _cells_in_shown_columns(row: Row, shown: int) -> list[RawCell]:
    """A row's cells in the first `shown` columns, the only ones its header names (`_columns_shown_in_every_row`):
    a pipe row's empty cells past them are dropped. pymupdf4llm's grid of a PDF table laid wider than the page
    closes its cut column at the paper's edge, a column no header word names whose cells print nothing: what
    the table prints there lies past the edge, where LibreOffice writes no glyph, so an empty cell there is
    no proof of a blank one. Any other row's cells as they are."""
    cells = row.values()
    if row.piped and len(cells) > shown and all(cell.is_empty for cell in cells[shown:]):
        return cells[:shown]
    return cells


def _first_columns_named(header_rows: list[Row], width: int, stacked: bool = False) -> int | None:
    """k when the header names the first k applicant columns only (2 ≤ k < width), the others cut at the
    page's edge; None otherwise. `stacked`: an aligned header's words wrapped in halves over two of its lines
    name their columns too (`_applicants_stacked_in`), where rows of k cells each are to be read by it."""
    parts = [part for row in header_rows for whole in row.cells for part in cell_parts(whole)]
    unnamed = 0  # columns before the last one named that the header may leave unnamed
    if parts and all(part.x is not None for part in parts):  # words wrapped down their columns joined
        # with the words the header's text spells read line by line (`自` / `然` / `人` wrapped down a column
        # whose pieces pdftotext set apart): which columns it names, not where
        named = set(header_positions(parts, _applicant_of)) | _applicants_named_in(parts)
        if stacked:
            named |= _applicants_stacked_in(parts)
        if _total_named_a_character_a_line(header_rows):
            named.add("total")
        # a word wrapped over a page break (`自然` / `\f人`): its pieces stand on two pages, which set their
        # columns apart, so they may not join
        # (a row's numbered first line opening the next page, `\f一、本年`, is no header line)
        unnamed = int(len({row.page for row in header_rows if row.cells and not row.has_figures()
                           and not _NUMBERED_LABEL_RE.match(row.label.strip())}) > 1)
    else:  # cells with separators, or words wrapped over lines of their own (`科研` over `机构`)
        named = {key for part in parts if (key := _applicant_of(part.text)) is not None} | _applicants_named_in(parts)
        # `pdftotext -raw`: a word opening a new page (`\f商业企业`) is taken for the page's running header
        unnamed = 1
    # a table prints its columns in the template's order, wherever a layout sets their header words
    shown = max((L.APPLICANT_KEYS.index(key) + 1 for key in named), default=0)
    # every applicant column named up to 其他 but one between two named ones (`商 业` / `企 业` spaced out and
    # wrapped in a narrow column), 总计 not at all: the header shows the six (a header naming fewer may name
    # its later columns in words not found, Chromium's narrow tables)
    missing = [index for index, key in enumerate(L.APPLICANT_KEYS[:shown]) if key not in named]
    inside = shown == width - 1 and len(missing) == 1 and 0 < missing[0] < shown - 1
    return shown if 2 <= shown < width and (len(named) >= shown - unnamed or inside) else None


def _total_named_a_character_a_line(header_rows: list[Row]) -> bool:
    """Whether the total's name stands a character a line, each its line's last word (`总` … `计`): the
    narrow last column of Chromium's table wraps 总计 down its cell, and `pdftotext -layout` squeezes each line
    of CJK header words on its own, so the pieces stand at different columns and do not join by position.
    A column cut at the page's edge shows none of its pieces; a name cut short (`总`) has no `计` after it."""
    last_words = [words[-1] for row in header_rows if row.cells and not row.has_figures()
                  and (words := row.cells[-1].text.split())]
    name = CT.TOTAL_NAME
    found = 0
    for word in last_words:
        if found < len(name) and L.squash(word) == name[found]:
            found += 1
    return found == len(name)


def _applicants_named_in(parts: list[RawCell]) -> set[str]:
    """The applicant columns a header's text names, its words joined across cells and lines (`pdftotext
    -raw` wraps `科研` over `机构`, `总` over `计`); the group's heading 法人或其他组织 names no column."""
    text = L.squash("".join(part.text for part in parts)).replace("法人或其他组织", "")
    return {key for key, names in L.APPLICANTS.items() if any(name in text for name in names)}


_GROUP_HEADING = "法人或其他组织"

Glyph = tuple[str, float, float]  # a header glyph, simplified, and where it stands: (glyph, left, right)


def _applicants_stacked_in(parts: list[RawCell]) -> set[str]:
    """The columns an aligned header names in words wrapped over two of its lines, each half a run of its
    line's glyphs (spaced out, or packed a space after other words: `法 律 服` over `务 机 构`, `其` over `他`) where
    the two halves overlap across: pdftotext sets each line's words apart, so the text line by line does not
    spell them. The group's heading 法人或其他组织, whole or wrapped so, names no column."""
    lines: dict[int, list[Glyph]] = {}
    for part in parts:
        if part.x is None:
            continue
        width = part.columns or display_width
        left = part.x - width(part.text) / 2
        for glyph in part.text:
            if not glyph.isspace():
                lines.setdefault(part.line, []).append((L.to_simplified(L.normalize_text(glyph)), left, left + width(glyph)))
            left += width(glyph)
    if len(lines) < 2:
        return set()
    runs = [sorted(glyphs, key=lambda glyph: glyph[1]) for _, glyphs in sorted(lines.items())]
    heading = {glyph for run in runs for glyph in _glyphs_spelling(run, _GROUP_HEADING)}
    for top, bottom in _line_pairs(runs):
        heading.update(glyph for first, rest in _stacked(top, bottom, _GROUP_HEADING) for glyph in (*first, *rest))
    runs = [[glyph for glyph in run if glyph not in heading] for run in runs]
    return {key for key, names in L.APPLICANTS.items()
            if any(next(_stacked(top, bottom, name), None) for name in names for top, bottom in _line_pairs(runs))}


def _line_pairs(runs: list[list[Glyph]]):
    return ((top, bottom) for at, top in enumerate(runs) for bottom in runs[at + 1:])


def _glyphs_spelling(glyphs: list[Glyph], word: str) -> list[Glyph]:
    text = "".join(glyph for glyph, _, _ in glyphs)
    at = text.find(word)
    return glyphs[at:at + len(word)] if at >= 0 else []


def _runs_of(glyphs: list[Glyph], word: str) -> list[list[Glyph]]:
    """Where `word` stands among a line's glyphs as a run: its glyphs in a row, none farther from the one
    before than that one's width (one space)."""
    text = "".join(glyph for glyph, _, _ in glyphs)
    runs = []
    at = text.find(word)
    while at >= 0:
        run = glyphs[at:at + len(word)]
        if all(right[1] - left[2] <= left[2] - left[1] for left, right in pairwise(run)):
            runs.append(run)
        at = text.find(word, at + 1)
    return runs


def _stacked(top: list[Glyph], bottom: list[Glyph], word: str):
    """`word` cut in two, its first half a run of `top`'s glyphs and its rest one of `bottom`'s below it,
    the two overlapping across: each such pair of runs."""
    for cut in range(1, len(word)):
        for first in _runs_of(top, word[:cut]):
            for rest in _runs_of(bottom, word[cut:]):
                if max(first[0][1], rest[0][1]) < min(first[-1][2], rest[-1][2]):
                    yield first, rest


def _place_under_visible_columns(values: list[RawCell], visible: list[float], width: int,
                                 ) -> tuple[list[RawCell | None], str | None, str]:
    """A row on the page of a header that shows its first columns only: each figure under the column
    it stands under, a shown column with none blank, the columns not shown unknown. A figure past the
    last shown column (by more than half a column) may belong to one not shown: the row is unknown."""
    unknown = [None] * width
    parts = figure_parts([value for value in values if not value.is_empty])
    edge = visible[-1] + (visible[-1] - visible[-2]) / 2
    if any(part.x is None or part.x > edge for part in parts):
        return unknown, "a figure stands past the columns the header shows", "columns_cut"
    placed, problem = place_by_position(values, visible)
    if problem:
        return unknown, problem, "columns_cut"
    return [*placed, *[None] * (width - len(visible))], None, "columns_cut"


def _pages_in_header_columns(found: dict[str, Row], header_page: int, anchors_on: dict[int, list[float]],
                             anchors: list[float]) -> set[int]:
    """Later pages without a header of their own whose own columns stand where the header's do
    (`_own_columns_under_the_header`), every figure under the header's columns and one of their rows (two
    figures or more, its total printed) keeping its sum so placed. A row's sum alone proves no column (`2 … 2`
    holds as 自然人 + 总计 and as 商业企业 + 总计): `pdftotext -layout` lays each page out by its own text, squeezing
    out the room of the columns empty there, so a figure may stand under another column's header word."""
    by_page: dict[int, list[Row]] = {}
    for row in found.values():
        if row.aligned and row.page != header_page and row.page not in anchors_on:
            by_page.setdefault(row.page, []).append(row)
    kept = set()
    for page, rows in by_page.items():
        if not _own_columns_under_the_header(rows, anchors):
            continue
        vouched = False
        for row in rows:
            fitted, problem = place_by_position(row.values(), anchors)
            if problem:
                break
            vouched = vouched or _vouched(fitted)
        else:
            if vouched:
                kept.add(page)
    return kept


def _own_columns_under_the_header(rows: list[Row], anchors: list[float]) -> bool:
    """Whether a page's own columns, as its rows' figures stand together (`_page_clusters`), are the header's:
    each under one column of the header, no two under the same. Its columns are shown by the figures of two
    rows or more: a line alone on its page (pdftotext may set a lone line, the 总计 line, wider than the page's
    columns) shows none."""
    parts_of = {at: parts for at, row in enumerate(rows)
                if (parts := figure_parts([value for value in row.values() if not value.is_empty]))}
    if len(parts_of) < 2:
        return False
    clusters = _page_clusters(parts_of)
    if clusters is None:
        return False
    header = tuple(anchors)
    columns = [_nearest_column(header, x) for x in clusters]
    return None not in columns and len(set(columns)) == len(columns)


def _pages_the_column_rules_refuse(read: dict, clean: dict[str, R.Reading | None], pages: set[int],
                                   outcomes: tuple[str, ...]) -> set[int]:
    """Of the `pages` placed by the header's positions because their own columns stand under it
    (`_pages_in_header_columns`), those whose rows, so placed, break APP_OUTCOME_SUM or APP_BALANCE (the table's
    rows as read, a row unknown bounding them only) in an applicant column where one of them prints a figure:
    pdftotext may set a page's lines elsewhere than its columns (its last lines, the 总计 line among them, set
    wider alike), and the rules show those figures are not that column's."""
    if not pages:
        return set()
    failing = R.failing_columns(R.as_premises(clean), outcomes)
    failing.discard(len(L.APPLICANT_KEYS) - 1)  # a total's failing is no figure's column
    if not failing:
        return set()
    return {row.page for key, (row, _, _, _) in read.items() if row.page in pages and (reading := clean[key])
            and any(reading[column] for column in failing)}


def _vouched(fitted: list) -> bool:
    """Figures placed under columns, two or more, the total among them, keeping the row's sum."""
    reading = reading_of(fitted)
    return reading is not None and reading[-1] is not None and sum(v is not None for v in reading) >= 2 \
        and R.applicant_sum_holds(reading)


@dataclass(frozen=True)
class _PipeHeaders:
    """For each row of a table, what the nearest pipe row without figures above it and as wide as it
    (a header row, as a converter's markdown keeps them) says: the applicant columns it names, from the
    cell naming 自然人 to the one naming 总计, and where it names 总计. Made in one pass per table."""
    span_above: dict[int, tuple[int, int]]  # id(row) → (first, last) of the nearest header naming both
    total_above: dict[int, int]  # id(row) → the 总计 cell of the nearest header naming it
    # id(row) → the empty cells among the named ones of the nearest header naming the seven columns one a cell
    # (`| 自然人 | 商业企业 |  | 科研机构 | … | 总计 |`: the page's gap, no column), where it has any
    unnamed_above: dict[int, frozenset[int]]
    # id(row) → whether a row under the same header prints several figures or marks in its 总计 cell (`０ ２`):
    # columns merged there (其他 and 总计, markitdown), so a figure alone in that cell may be either's
    total_merged: dict[int, bool] = field(default_factory=dict)
    # id(row) → the places of the cells naming two applicant columns (`| 科研 社会公 |`) in the header rows as wide
    # above it: markitdown merged those columns into one pipe cell, so a figure there is either column's
    two_in_a_cell_above: dict[int, frozenset[int]] = field(default_factory=dict)
    # id(row) of the rows on a later page than their header's that their page does not prove placed by it
    # (markitdown builds each page's grid apart: `pipe_pages.py`)
    off_their_headers_page: frozenset[int] = frozenset()
    # id(row) of the rows whose header names 其他 in its 总计 cell too, in a header row as wide (markitdown merged
    # the two columns there): a figure alone in that cell may be either's
    total_beside_other: frozenset[int] = frozenset()


def _without_empty_cells_of_no_column(rows: list[Row], headers: _PipeHeaders,
                                      placed: Container[int] = ()) -> tuple[list[Row], dict[int, int]]:
    """Pipe rows without the empty cells between their label and their first figure whose place among the
    row's pipe cells holds no figure or blank mark in any row of the table as wide. A converter's markdown
    of a PDF (markitdown) sets its columns where the page's words stand: a merged label's cell, a column cut
    at the page's edge, or columns merged leave empty pipe cells beside the figures that are no cell of the
    template (`|  | （七）总计 |  |  |  | 17 | 0 | 0 | 0 | 4 | 5 |`, 总计 cut): read as blank cells, they
    shift the figures a column right. A place that prints a figure in some row as wide is a column of
    figures, its empty cell a blank. The empty cells between two figures stay (they stand among columns), and
    so do those after the last figure: a column blank in every row (printed nothing) may stand there, which
    only the header names.
    A row under a pipe header as wide naming its applicant columns or 总计 is placed by that header and kept, and so
    is a pipe row with fewer cells than its table's `| --- |` line (broken over lines, `| 一、… |  |  | 12 | — | 13 |` /
    `2 | — | 18 |`): its places are no page's columns (markitdown writes each row as wide as its rule line).
    Rows whose ids are in `placed` (already placed by their header cells) are kept whole too.
    Beside the rows, the ids of those that lost a cell (`_one_figure_a_column` then decides them), each with its
    count of pipe cells as printed."""
    printing: dict[int, set[int]] = {}  # a pipe width → the places of its cells that print a figure or mark
    for row in rows:
        if row.piped and row.has_figures():
            printing.setdefault(len(row.cells), set()).update(
                at for at, cell in enumerate(row.cells) if _figures_or_marks(cell.text))
    kept, dropped = [], {}
    for row in rows:
        if not row.piped or not row.has_figures() or id(row) in headers.span_above or id(row) in headers.total_above \
                or id(row) in placed \
                or row.short_by:  # fewer cells than its table's `| --- |` line (broken over lines): no page's columns
            kept.append(row)
            continue
        places = printing[len(row.cells)]
        ends = [at for at, cell in enumerate(row.cells) if _figures_or_marks(cell.text)]
        label_end = _last_cell_of_words(row)
        drop = {at for at, cell in enumerate(row.cells) if label_end < at < ends[0] and cell.is_empty
                and at not in places}
        if drop:
            printed = len(row.cells)
            row = row.with_cells([cell for at, cell in enumerate(row.cells) if at not in drop])
            dropped[id(row)] = printed
        kept.append(row)
    return kept, dropped


def _words_filling_the_columns(row: Row, width: int) -> list[RawCell] | None:
    """The words of a pipe row that lost empty cells of no column (`_without_empty_cells_of_no_column`) where
    they are exactly the template's columns, each a figure or blank mark, with empty pipe cells among them
    (`| 1 | 0 | 0 0 | 0 |  | 0 1 |`, markitdown of Chromium's PDF): every column has its word, so an empty cell
    is no column's, and they are the row's cells in order; only where the row's total is its parts' sum, which
    rules out a figure printed as two words (Chromium's spaced digits, `８ ０` for 80). None otherwise."""
    words = [RawCell(word, cell.line) for cell in row.values() for word in cell.text.split()]
    if len(words) != width or not all(_figure_or_mark(word.text) for word in words):
        return None
    reading = reading_of(words)
    return words if reading is not None and R.applicant_sum_holds(reading) else None


def _one_figure_a_column(fitted: list[RawCell | None], row: Row, width: int) -> bool:
    """Whether a pipe row that lost empty cells of no column (`_without_empty_cells_of_no_column`) was read as
    its cells stand: its cells as many as the template's columns, each one figure, mark or none, read as they
    stand; or each column one figure or blank mark of its own, the words of its cells in order (a merged cell's
    `0 1` two of them), none split nor joined and no empty cell among them. Fewer
    words than columns leave a blank or a cut column somewhere, more a figure split into words: unknown."""
    values = row.values()
    if len(values) == width and all(cell.is_empty or _figures_or_marks(cell.text) and len(cell.text.split()) == 1
                                    for cell in values):  # as wide as the template, a figure or none a cell
        return all(map(is_, fitted, values))
    words = [word for cell in values for word in cell.text.split()]
    return len(words) == width and all(map(_figure_or_mark, words)) and \
        all(raw is not None for raw in fitted) and [raw.text.strip() for raw in fitted] == words
