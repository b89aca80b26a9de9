"""Table 3's cut totals of rows whose figures no column proves, in a table whose blank cells print nothing.

LibreOffice lays a wide table past the page's right edge, so its last column, 总计, is cut off with its header
name; and where the report leaves its blank cells empty, a row prints only its figures. Where the text keeps no
proof of which applicant column each figure stands in (markitdown's pipe cells of two columns, `pdftotext -layout`
setting header words and figures apart), the row's cells are unknown; yet its total is its parts' sum, and the
parts are its printed figures, whatever their columns, and blanks: nothing else was printed in the row.

That holds only where nothing of the row was printed elsewhere (no figure on a line round it that no row found
claims: a figure wrapped onto a line of its own), the table prints no 0 and no blank mark anywhere (a row's empty
cell is then a blank, not a cell lost), no header line names 总计 (its column would print a figure in the row), and
the table adds up in its sums: APP_BALANCE over all columns together, which needs no figure's column.
"""
from __future__ import annotations

from ..core import labels as L
from .cells import RECOVERED, UNKNOWN, read_count
from .pipe_full_rows import a_figure_round_the_row
from .record import ParsedReport
from .rows import Row, _is_figure

_TOTAL_NAME = frozenset("总總计計")
_BALANCE = ("new_received", "carried_over", "results_total", "carried_forward")
# the reasons a row is left unknown for its figures' columns alone
_COLUMNS_UNPROVEN = frozenset({"short_row", "unaligned_cells", "columns_cut", "page_order"})


def _words(row: Row) -> list[str]:
    return [word for cell in row.values() for word in cell.text.split()]


def _balance_of_the_sums_holds(read: dict, words: dict[int, list[str]]) -> bool:
    """APP_BALANCE summed over the columns, which needs no column of any figure: what the intake rows print adds
    up to what 总计 and the carried-forward rows print. False where a row it needs is not found."""
    if not all(key in read for key in _BALANCE):
        return False
    sums = {key: sum(read_count(word).value or 0 for word in words[id(read[key][0])]) for key in _BALANCE}
    return sums["new_received"] + sums["carried_over"] == sums["results_total"] + sums["carried_forward"]


def cut_totals_of_sparse_rows(report: ParsedReport, rows: list[Row], header_rows: list[Row], read: dict) -> None:
    """The total of each row of table 3 whose cells are all unknown, as the module says: its figures' sum,
    marked recovered."""
    if any(_TOTAL_NAME & set(cell.text) for row in header_rows for cell in row.cells):
        return  # 总计 named: its column printed
    found = [row for row, *_ in read.values()]
    words = {id(row): _words(row) for row in found}
    if any(not all(map(_is_figure, texts)) or len(texts) >= len(L.APPLICANT_KEYS) for texts in words.values()):
        return  # a blank mark or label word among figures, or a row printing in every column (a total printed)
    if any(read_count(word).value == 0 for texts in words.values() for word in texts):
        return  # a table writing its zeros: an empty cell may be a figure lost
    if not _balance_of_the_sums_holds(read, words):
        return  # the table does not add up as printed (a misprint, or a figure lost): no sum is proof of a total
    cells = {(cell.row, cell.column): cell for cell in report.cells if cell.table == "applications"}
    found_lines = [row.line for row in found if row.line is not None]
    recovered = []
    for key, (row, _, _, code) in read.items():
        if code not in _COLUMNS_UNPROVEN:
            continue  # (not a row whose figures may be another row's)
        targets = [cells.get((key, column)) for column in L.APPLICANT_KEYS]
        if not words[id(row)] or row.line is None \
                or any(target is None or target.state != UNKNOWN for target in targets):
            continue
        if a_figure_round_the_row(rows, row, found_lines):
            continue
        values = [read_count(word).value for word in words[id(row)]]
        if any(value is None for value in values):
            continue
        targets[-1].value, targets[-1].state = sum(values), RECOVERED
        recovered.append(key)
    if recovered:
        report.warn("cells_recovered", f"table 3 {', '.join(recovered)}: the total column cut at the page's edge "
                    "(no header line names 总计) in a table printing no 0 and no blank mark: each row's total is the "
                    "sum of the figures it prints, whatever columns they stand in (unknown); marked recovered",
                    read[recovered[0]][0].line)
