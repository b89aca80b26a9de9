"""Tables whose crawler dropped every line equal to the one before it (one cell a line), and, at the
end of the module, tables one cell a line whose wide figures wrapped over lines (`1` / `62`).

Some archives (a 莆田 site among them) publish a table one cell a line through a tool that keeps a
line only when it differs from the previous one: a row `4` / `1` / `0` / `5` under a 7-column
header stands for 4, 1, 0, 0, 0, 0, 5; a row of zeros is one `0`; table 4's fifteen zeros are one
`0`. Each printed figure is then a run of one or more equal cells, and neighbouring figures differ.
Read in order, such a row puts its total in a middle column (a wrong cell), so where the document
shows this collapse its short rows are read as runs instead: the runs' lengths are the ways to share
the row's width among its figures, kept only where the template's arithmetic holds (table 3: the
row's total is its parts, then APP_OUTCOME_SUM and APP_BALANCE across rows; table 4: each
proceeding's total is its outcomes). One reading left: `recovered`; several: the cells they all read
alike `recovered`, the others `unknown`; none: `unknown`. Table 2's rows have no total: only the cells
every reading shares are kept (`0` / `17` over three columns: 0, ?, 17), after the 2019 template's
bounds inside a row where it prints them (对外公开总数量 ≥ 本年新公开数量, 本年增/减 = 本年 − 上一年).

The signal, taken from table 3 (the one table whose arithmetic can prove it): every row is one cell
a line with at least one figure and no blank line, no two consecutive lines of the table are equal
(a table of zeros printed a cell a line always has some), and at least one row is short; and at least
one short row has a run reading that keeps its own sum. A short row keeping none (a misprint of the
report's own) is then all `unknown`, never read in order. A table whose blanks print nothing has short
rows too, but its zeros stand on consecutive lines, and its rows seldom keep their sums as runs.
"""
from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from decimal import Decimal
from functools import partial
from itertools import combinations, pairwise

from ..core import labels as L
from . import recovery as R
from .cells import RECOVERED, UNKNOWN, VALUE, clean_cell_text, read_count
from .disclosure_table import (
    carry_over_rule,
    last_year_disclosures,
    stated_disclosures,
    stated_rule,
    template_bounds,
)
from .record import Cell, ParsedReport
from .rows import Row
from .table_reading import narrowed, next_row_has_unlabelled_figures
from .template import OTHER_SUB_ROWS, outcome_rows_in_use

# run lengths tried for one row; past it no reading is kept (unknown). A guard only: the widest row read
# as runs is table 4's 15 cells, at most C(14, 7) = 3,432 ways to cut it
MAX_RUN_READINGS = 4_096
_NAMES = {"disclosures": "table 2", "applications": "table 3"}


def _figures(row: Row, signed: bool = False) -> list[Decimal] | None:
    """The row's printed figures, or None if a cell is blank, empty or no whole count."""
    figures = []
    for cell in row.values():
        text = clean_cell_text(cell.text)
        if not text or not text.lstrip("+-").isdigit():
            return None
        read = read_count(text, signed=signed)
        if read.state != VALUE or read.value is None:
            return None
        figures.append(read.value)
    return figures


def run_readings(figures: Sequence[Decimal], width: int) -> list[R.Reading]:
    """Every reading of `figures` as runs of equal cells filling `width` columns, in order."""
    count = len(figures)
    if not 0 < count <= width or any(a == b for a, b in pairwise(figures)):
        return []
    readings = []
    for cuts in combinations(range(1, width), count - 1):
        if len(readings) >= MAX_RUN_READINGS:
            return []
        bounds = (0, *cuts, width)
        readings.append(tuple(figure for figure, (start, end) in zip(figures, pairwise(bounds))
                              for _ in range(end - start)))
    return readings


def _one_cell_a_line(row: Row) -> bool:
    return row.stacked and not (row.joined or row.aligned or row.piped or row.spaced or row.lines_apart)


def _consecutive_lines_equal(rows: Iterable[Row]) -> bool:
    # each line's last cell's text, cleaned only where a next line's is compared to it (two texts the same
    # as printed are the same cleaned): most cells are never compared
    texts = {cell.line: cell.text for row in rows for cell in row.cells}
    return any((after := texts.get(line + 1)) is not None and (after == text or clean_cell_text(after) == clean_cell_text(text))
               for line, text in texts.items())


def _rows_by_line(rows: Iterable[Row]) -> dict[int, Row]:
    """Each row by the line of any of its cells (a cell read from a row carries its figure's line)."""
    return {cell.line: row for row in rows for cell in row.cells}


ShortRows = dict[str, tuple[Row, list[R.Reading]]]  # table 3's short (or long) rows: each its readings keeping its sum
FigureOf = Callable[[R.Reading, int], tuple[int, str]] | None


def lines_collapsed(report: ParsedReport, application_rows: list[Row]) -> ShortRows | None:
    """Table 3's short rows, each with its run readings that keep its own sum, where table 3 as read into
    `report` shows the collapse (the module's docstring); None where it does not."""
    if not any(_one_cell_a_line(row) for row in application_rows):
        return None  # most reports: asked cheaply
    if _consecutive_lines_equal(application_rows):
        return None  # asked before any count is read: one-cell-a-line text whose blanks are empty lines ends here
    width = len(L.APPLICANT_KEYS)
    by_line = _rows_by_line(application_rows)
    short: ShortRows = {}
    for key, cells in report.cells_by_row("applications").items():
        if cells[0].line is None:
            continue
        row = by_line.get(cells[0].line)
        if row is None or not _one_cell_a_line(row):
            return None
        figures = _figures(row)
        if figures is None or not 0 < len(figures) <= width:
            return None
        if len(figures) < width:
            short[key] = row, [r for r in run_readings(figures, width) if R.applicant_sum_holds(r)]
    # the marks above are free of arithmetic; one short row keeping its sum as runs proves the collapse. A row
    # that keeps none (the report's own misprint) does not switch it off: it is then read as all unknown, never
    # in order, since the marks already say its figures are runs
    return short if any(readings for _, readings in short.values()) else None


# the codes a reader gives a row it read short, in order: what the run readings replace
_READ_SHORT = frozenset({"short_row"})


def _drop_short_row_warnings(report: ParsedReport, lines: set[int | None]) -> None:
    report.warnings = [w for w in report.warnings if not (w.code in _READ_SHORT and w.line in lines)]


def _place_readings(report: ParsedReport, table: str, places: Sequence[tuple[str, str]], row: Row,
                    readings: list[R.Reading], rules_kept: str, figure_of: FigureOf = None) -> str:
    """The cells every reading reads alike `recovered`, the others `unknown`, at `places` (row key,
    column) in reading order; says what the readings left, for the warning. `figure_of(reading, column)`:
    the printed figure (its index among the row's values) a cell of a reading is read from, and its
    text; by default the run the cell is of."""
    printed = row.values()
    figure_of = figure_of or partial(_run_figure, printed)
    common = R.common_cells(readings) if readings else {}
    for c, (key, column) in enumerate(places):
        if c not in common:
            report.cells.append(Cell(table, key, column, None, UNKNOWN, row.line, None))
            continue
        # the figure the cell is read from: its own text and line, as other recovered cells have (readings
        # that share the cell's value may take it from different figures: then the row's line)
        figures = {figure_of(reading, c) for reading in readings}
        index, text = min(figures)
        line = printed[index].line if len(figures) == 1 else row.line
        report.cells.append(Cell(table, key, column, common[c], RECOVERED, line, text))
    if len(readings) == 1:
        return f"one reading keeps {rules_kept}: marked recovered"
    if common:
        return f"{len(readings)} readings keep {rules_kept}; the cells they share marked recovered, the others unknown"
    return f"{len(readings) or 'no'} readings keep {rules_kept}: its cells are unknown"


def _run_of(reading: R.Reading, column: int) -> int:
    """Which printed figure the cell at `column` of a run reading is: neighbouring figures differ, so each
    change of value starts the next."""
    return sum(a != b for a, b in pairwise(reading[:column + 1]))


def _run_figure(printed: Sequence, reading: R.Reading, column: int) -> tuple[int, str]:
    index = _run_of(reading, column)
    return index, printed[index].text.strip()


def _what_was_read(row: Row, width: int, how: str) -> str:
    texts = " / ".join(c.text.strip() for c in row.values())
    count = len(row.values())
    return (f"{count} figure{'s' if count > 1 else ''} ({texts}) for {width} cells, a crawl that drops a line "
            f"equal to the one before it: each figure read as a run of equal cells; {how}")


def _replace_row(report: ParsedReport, table: str, key: str, columns: Sequence[str], row: Row,
                 readings: list[R.Reading], rules_kept: str, wrapped: bool = False) -> None:
    """Replace the row's cells by what its readings leave (run readings, or `wrapped` pieces grouped), and
    its warnings by one saying so."""
    report.cells = [c for c in report.cells if not (c.table == table and c.row == key and c.column in columns)]
    # the reader's warnings about this row (a short row read in order, or a long one) no longer hold
    _drop_short_row_warnings(report, {row.line})
    if wrapped:
        how = _place_readings(report, table, [(key, column) for column in columns], row, readings, rules_kept,
                              partial(_pieces_of, row.values()))
        report.warn("figures_wrapped", f"{_NAMES[table]} {key}: {_what_was_wrapped(row, len(columns), how)}", row.line)
        return
    how = _place_readings(report, table, [(key, column) for column in columns], row, readings, rules_kept)
    report.warn("lines_collapsed", f"{_NAMES[table]} {key}: {_what_was_read(row, len(columns), how)}", row.line)


def expand_applications(report: ParsedReport, short: ShortRows, template: str, wrapped: bool = False) -> None:
    """Table 3's short rows (`lines_collapsed`'s) read as runs, or its long rows (`figures_wrapped`'s,
    `wrapped`) as pieces grouped, narrowed by the row's sum and then the column rules."""
    width = len(L.APPLICANT_KEYS)
    by_row = {key: readings for key, (_, readings) in short.items()}
    cells_of = report.cells_by_row("applications")
    for key, cells in cells_of.items():
        if key in short:
            continue
        if all(c.state != UNKNOWN for c in cells) and len(cells) == width:
            by_row[key] = [tuple(c.value for c in cells)]
    # every outcome row the table should have, as read_applications counts them: a row not in `by_row` (missing,
    # or read with an unknown cell) turns APP_OUTCOME_SUM off instead of leaving the sum short of it
    present = {key for key, cells in cells_of.items() if cells[0].line is not None}
    outcomes = outcome_rows_in_use(template, "other" in present and not present & set(OTHER_SUB_ROWS))
    settled = R.settle_table(by_row, outcomes) if any(len(found) > 1 for found in by_row.values()) else by_row
    for key, (row, _) in short.items():
        _replace_row(report, "applications", key, L.APPLICANT_KEYS, row, settled.get(key, by_row[key]),
                     "its total equal to its parts, and APP_OUTCOME_SUM and APP_BALANCE", wrapped)


def expand_disclosures(report: ParsedReport, disclosure_rows: list[Row],
                       unproven: set[int] | frozenset[int] = frozenset(), previous: dict | None = None,
                       text: str = "") -> None:
    """Table 2's short rows read as runs: no total, so only what every reading shares, after the 2019
    template's bounds inside the row, then the evidence a crawled row's splits are narrowed by
    (`disclosure_table._split_by_evidence`): the figures the report's sentences state (`text`) and the agency's
    report of the year before (`previous`, `disclosure_table.carry_over_rule`), each set aside where it keeps no
    reading. `unproven`: the lines of rows whose columns are the template's guess (`read_disclosures`):
    their cells stay unknown."""
    by_line = _rows_by_line(disclosure_rows)
    last_year = last_year_disclosures(previous, report, report.template or "")
    stated: dict | None = None  # read from the sentences the first time a row is left several readings
    for item, cells in report.cells_by_row("disclosures").items():
        # the row's own columns: a cell the template has and no row gave (line None) is no column of it
        own = [c for c in cells if c.line is not None]
        columns = [c.column for c in own]
        row = by_line.get(own[0].line) if own else None
        if row is None or not _one_cell_a_line(row):
            continue
        figures = _figures(row, signed=any(m in L.SIGNED_METRICS for m in columns))
        if figures is None or not 0 < len(figures) < len(columns):
            continue
        if any(m in L.AMOUNT_METRICS for m in columns) and any(figures):
            continue  # a bare figure run into an amount column has no unit to read it by; only 0 is 0 in any
        if row.line in unproven:
            continue  # its columns are the template's guess: its cells stay unknown, as read
        if next_row_has_unlabelled_figures(disclosure_rows, row):
            # a word among its cells the reader did not know (`2` / `增` / `3` / `7`): not known to be short
            _replace_row(report, "disclosures", item, columns, row, [], "the figures on the lines after it too")
            continue
        readings = run_readings(figures, len(columns))
        # a run over a signed column and a count would give the count a sign
        readings = [r for r in readings if all(v >= 0 for v, m in zip(r, columns) if m not in L.SIGNED_METRICS)]
        # the 2019 template's own arithmetic inside the row (对外公开总数量 ≥ 本年新公开数量, DISCLOSURE_CHANGE),
        # as a crawled row's splits are narrowed by it: a bound no reading keeps is the row's finding, and
        # chooses nothing
        readings, used = narrowed(readings, template_bounds(tuple(columns)), cutting=True)
        if len(readings) > 1:
            stated = stated_disclosures(text, report.template or "", report.year) if stated is None else stated
            evidence = [stated_rule(tuple(columns), stated.get(item, {})),
                        carry_over_rule(tuple(columns), last_year[item]) if item in last_year else None]
            readings, from_evidence = narrowed(readings, [rule for rule in evidence if rule], cutting=True)
            used = [*used, *from_evidence]
        _replace_row(report, "disclosures", item, columns, row, readings,
                     " and ".join(["the row's width", *used]))


def _table_4_row(report: ParsedReport, review_rows: list[Row]) -> Row | None:
    """Table 4's one row of figures, one cell a line, where the reader left a cell of it unknown; None
    where table 4 is not that."""
    cells = [c for c in report.cells if c.table == "reviews"]
    if len(cells) != _REVIEW_WIDTH or all(c.state != UNKNOWN for c in cells):
        return None
    data = [row for row in review_rows if row.values() and _one_cell_a_line(row)]
    if len(data) != 1 or any(row.values() for row in review_rows if row is not data[0]):
        return None
    return data[0]


_REVIEW_WIDTH = len(L.PROCEEDING_KEYS) * len(L.REVIEW_OUTCOME_KEYS)
_REVIEW_PLACES = [(proceeding, outcome) for proceeding in L.PROCEEDING_KEYS for outcome in L.REVIEW_OUTCOME_KEYS]


def _replace_table_4(report: ParsedReport, review_rows: list[Row], row: Row, readings: list[R.Reading],
                     wrapped: bool = False) -> None:
    """Table 4's cells replaced by what its readings leave (runs, or `wrapped` pieces grouped), and the
    reader's warnings about it (its row read short or long) by one saying so."""
    report.cells = [c for c in report.cells if c.table != "reviews"]
    _drop_short_row_warnings(report, {r.line for r in review_rows})
    figure_of = partial(_pieces_of, row.values()) if wrapped else None
    how = _place_readings(report, "reviews", _REVIEW_PLACES, row, readings, "each proceeding's REVIEW_SUM", figure_of)
    if wrapped:
        report.warn("figures_wrapped", f"table 4: {_what_was_wrapped(row, _REVIEW_WIDTH, how)}", row.line)
    else:
        report.warn("lines_collapsed", f"table 4: {_what_was_read(row, _REVIEW_WIDTH, how)}", row.line)


def expand_reviews(report: ParsedReport, review_rows: list[Row]) -> None:
    """Table 4's fifteen cells, fewer figures printed: runs keeping each proceeding's REVIEW_SUM."""
    row = _table_4_row(report, review_rows)
    figures = _figures(row) if row is not None else None
    if figures is None or not 0 < len(figures) < _REVIEW_WIDTH:
        return
    block = len(L.REVIEW_OUTCOME_KEYS)

    def sums_hold(reading: R.Reading) -> bool:
        return all(sum(reading[i:i + block - 1]) == reading[i + block - 1] for i in range(0, _REVIEW_WIDTH, block))

    _replace_table_4(report, review_rows, row, [r for r in run_readings(figures, _REVIEW_WIDTH) if sums_hold(r)])


# ------------------------------------------------------------------ figures wrapped over lines
#
# A page made from a word processor's table, one cell a line, every cell printed: a figure too wide
# for its narrow column wraps inside its cell, and the text gives each piece a line of its own (`1` /
# `62` for 162, `1` / `60` for 160). A row then has more lines than columns. Its figures are the
# groupings of consecutive lines into the row's width that keep its total equal to its parts (no
# figure opening on a 0 piece); the column rules then choose among the rows' groupings, as for runs.

MAX_WRAPPED_READINGS = 64  # groupings of one row kept for the column rules; past it the row stays unknown


def wrapped_readings(pieces: Sequence[str], blocks: tuple[int, ...],
                     limit: int = MAX_WRAPPED_READINGS) -> list[R.Reading] | None:
    """Every grouping of `pieces` (digits, one line each, in order) into `sum(blocks)` figures of
    consecutive pieces, the last figure of each block the sum of the block's others
    (R.grouped_readings, which counts them before any is listed): None where they pass `limit`, or
    where the row has more than two lines a cell (no wrap makes that many: the search is bounded
    before it starts)."""
    if len(pieces) > 2 * sum(blocks):
        return None
    return R.grouped_readings([(True, piece) for piece in pieces], blocks, _whole_count, limit)


def _whole_count(text: str) -> tuple[bool, Decimal | None]:
    """A run of digits read as a count: at most MAX_COUNT_DIGITS of them."""
    return (True, Decimal(int(text))) if len(text) <= R.MAX_COUNT_DIGITS else (False, None)


def _digit_pieces(row: Row) -> list[str] | None:
    """The row's lines as digit pieces, or None where one is not digits alone (a blank mark, a sign)."""
    pieces = [clean_cell_text(cell.text) for cell in row.values()]
    return pieces if all(piece.isdigit() and piece.isascii() for piece in pieces) else None


def _pieces_of(printed: Sequence, reading: R.Reading, column: int) -> tuple[int, str]:
    """The first piece (its index among the row's values) of the figure at `column` of a grouping, and the
    figure as printed: each figure takes as many digits as it has (no figure opens on a 0)."""
    taken = sum(len(str(value)) for value in reading[:column])
    index, digits = 0, 0
    while digits < taken:
        digits += len(clean_cell_text(printed[index].text))
        index += 1
    return index, str(reading[column])


def _what_was_wrapped(row: Row, width: int, how: str) -> str:
    texts = " / ".join(c.text.strip() for c in row.values())
    return (f"{len(row.values())} lines ({texts}) for {width} cells, one cell a line with every cell printed: "
            f"figures wrapped over lines in a narrow column, grouped every way that fills the row; {how}")


def figures_wrapped(report: ParsedReport, application_rows: list[Row], template: str) -> ShortRows | None:
    """Table 3's long rows, each with its groupings that keep its own sum, where table 3 as read into
    `report` is one cell a line with every cell printed: every row of the template found (no row's lines
    are another's whose label was lost), one cell a line, none shorter than the table; a long row's lines
    digits alone. None where the table is not that ({} where it is and no row is long)."""
    if not any(_one_cell_a_line(row) for row in application_rows):
        return None  # most reports: asked cheaply
    width = len(L.APPLICANT_KEYS)
    by_line = _rows_by_line(application_rows)
    cells_of = report.cells_by_row("applications")
    present = {key for key, cells in cells_of.items() if cells[0].line is not None}
    outcomes = outcome_rows_in_use(template, "other" in present and not present & set(OTHER_SUB_ROWS))
    if not present.issuperset((*outcomes, "new_received", "carried_over", "results_total", "carried_forward")):
        return None
    long: ShortRows = {}
    for key in filter(present.__contains__, cells_of):  # in the table's order, as its warnings are written
        row = by_line.get(cells_of[key][0].line)
        if row is None or not _one_cell_a_line(row) or len(row.values()) < width:
            return None  # a row short of cells: its blanks printed nothing, or lines were dropped
        # a long row the reader read some other way (no cell unknown) is left as it read it
        if len(row.values()) > width and any(c.state == UNKNOWN for c in cells_of[key]) \
                and (pieces := _digit_pieces(row)) is not None:
            long[key] = row, wrapped_readings(pieces, (width,)) or []
    return long


def expand_wrapped_reviews(report: ParsedReport, review_rows: list[Row]) -> None:
    """Table 4's row of more lines than its fifteen cells, on a page printing every cell one a line
    (`figures_wrapped`): its lines grouped into figures keeping each proceeding's REVIEW_SUM."""
    row = _table_4_row(report, review_rows)
    pieces = _digit_pieces(row) if row is not None and len(row.values()) > _REVIEW_WIDTH else None
    if pieces is not None:
        blocks = (len(L.REVIEW_OUTCOME_KEYS),) * len(L.PROCEEDING_KEYS)
        _replace_table_4(report, review_rows, row, wrapped_readings(pieces, blocks) or [], wrapped=True)
