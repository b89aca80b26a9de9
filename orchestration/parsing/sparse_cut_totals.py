"""Table 3's cut totals of rows whose figures no column proves, in markitdown's text of LibreOffice's PDF of a
table whose blank cells print nothing.

LibreOffice lays a wide table past the page's right edge: it writes a cell's line of text where the line starts
inside the paper (the whole line, past the edge too) and nothing of a line starting past it, so 总计, the last
column, is cut off with its header name, or shows its figures whole while its centred name, starting further right,
is cut (pdfplumber, markitdown's reader, keeps every character the PDF holds). Where the report leaves its blank
cells empty, a row prints only its figures; where the text keeps no proof of which applicant column each figure
stands in (markitdown's pipe cells of two columns), the row's cells are unknown; yet its total is its parts' sum,
and the parts are its printed figures, whatever their columns, and blanks: nothing else was printed in the row.

That holds only where
- the header names 其他, the last applicant column, in a word of its own, and not 总计 (a header not naming 其他
  may have lost its figures to the edge too);
- the row's last figure is not the sum of the others (a total written whole would be: the row may print its total;
  a row of one figure prints no total, which would be a second figure, its equal);
- nothing of the row was printed elsewhere (no figure on a line round it that no row found claims: a figure
  wrapped onto a line of its own);
- the table prints no 0 and no blank mark anywhere (a row's empty cell is then a blank, not a cell lost);
- the table adds up in its sums: APP_BALANCE over all columns together, which needs no figure's column.
"""
from __future__ import annotations

import re

from ..core import labels as L
from .cells import RECOVERED, UNKNOWN, read_count
from .pipe_full_rows import a_figure_round_the_row
from .record import ParsedReport
from .rows import Row, _is_figure
from .rule_solver import BALANCE_ROWS

_TOTAL_NAME_RE = re.compile("[总總计計]")
_LAST_PART_NAME = "其他"  # 其他's header, a word of its own (法人或其他组织 spans the five organisations' columns)
# the reasons a row is left unknown for its figures' columns alone
_COLUMNS_UNPROVEN = frozenset({"short_row", "unaligned_cells", "columns_cut", "page_order"})


def _words(row: Row) -> list[str]:
    return [word for cell in row.values() for word in cell.text.split()]


def _balance_of_the_sums_holds(read: dict, words: dict[int, list[str]]) -> bool:
    """APP_BALANCE summed over the columns, which needs no column of any figure: what the intake rows print adds
    up to what 总计 and the carried-forward rows print. False where a row it needs is not found."""
    if not all(key in read for key in BALANCE_ROWS):
        return False
    sums = {key: sum(read_count(word).value or 0 for word in words[id(read[key][0])]) for key in BALANCE_ROWS}
    return sums["new_received"] + sums["carried_over"] == sums["results_total"] + sums["carried_forward"]


def cut_totals_of_sparse_rows(report: ParsedReport, rows: list[Row], header_rows: list[Row], read: dict) -> None:
    """The total of each row of table 3 whose cells are all unknown, as the module says: its figures' sum,
    marked recovered."""
    header = "\n".join([cell.text for row in header_rows for cell in row.cells])
    if _TOTAL_NAME_RE.search(header) or _LAST_PART_NAME not in header.split():
        return  # 总计 named (its column printed), or 其他 not named (its figures may be cut too)
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
        if any(value is None for value in values) or values[-1] == sum(values[:-1]):
            continue  # (a figure not read, or a last figure that may be the row's total written whole)
        targets[-1].value, targets[-1].state = sum(values), RECOVERED
        recovered.append(key)
    if recovered:
        report.warn("cells_recovered", f"table 3 {', '.join(recovered)}: the total column cut at the page's edge "
                    "(the header names the columns up to 其他, not 总计) in a table printing no 0 and no blank mark: "
                    "each row's total is the sum of the figures it prints, whatever columns they stand in (unknown), "
                    "its last figure not their total; marked recovered",
                    read[recovered[0]][0].line)
