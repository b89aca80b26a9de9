"""Table 3 in plain `pdftotext` text whose first column stands beside the labels and the rest in blocks.

Without -layout, poppler writes a table's text block by block: where the labels' block takes the first
applicant column with it, each row prints one figure (or mark) on the line after its label, and the other
columns follow as blocks of one figure a line, after an empty line (poppler's block break) or a page break
(dropped with the page's furniture, which leaves empty lines). The last label, or one a block stands
after, then gathers those block lines as its own one-cell lines: a row that looks printed whole, its
"cells" in fact one column's figures of other rows (`四、结转下年度继续办理` / `0` / `` / `/ /` / `2` / …),
which `rows.fit_values` reads in order, the empty lines taken for merged cells' spans.

What shows the table printed so: every other row prints at most one figure, and two or more print one on the
line after their label. Only there is a row whose figures stand on both sides of an empty line left unread
for it (application_table's `parted`): elsewhere such rows are mostly right (a plain pdftotext row whose
cells poppler set in two blocks of its own), so the empty line alone proves nothing.
"""

from __future__ import annotations

from collections.abc import Iterable

from ..core import labels as L
from .cells import BLANK, VALUE, read_count
from .rows import RawCell, Row


def _figures(row: Row) -> int:
    """How many of the row's values hold a figure or mark (not an empty line)."""
    return sum(1 for value in row.values() if not value.is_empty)


def _one_figure_beside_its_label(row: Row) -> bool:
    values = row.values()
    return bool(values) and not values[0].is_empty and _figures(row) == 1


def one_figure_beside_each_label(others: Iterable[Row]) -> bool:
    """The table's other rows (one cell a line) print one figure beside their label at most, two or more
    of them one: the table's first column stands beside its labels, the others in blocks apart (module doc)."""
    beside = 0
    for row in others:
        if not row.stacked or row.aligned or row.piped or _figures(row) > 1:
            return False
        beside += _one_figure_beside_its_label(row)
    return beside >= 2


def first_column_beside_the_labels(rows: dict[str, Row], unread: set[str]) -> dict[str, RawCell]:
    """The first column's cells of the outcome rows and results_total among `unread` (rows of fewer figures than
    columns) whose one figure or mark stands on the line after their label (module doc), where that proves them
    the first column's: the table prints a mark in a blank cell (a mark beside a label), so its first column has a
    word in every row, the nearest to the label, which poppler's block of the labels takes; and the words beside the outcome rows' labels
    add up to the one beside results_total's (APP_OUTCOME_SUM in that column: a piece of a wrapped figure, or a
    word of another column, breaks it). An outcome row with no word after its label (its word glued to a label
    line) is let be only where the others add up without it (it holds a zero or a blank, not placed here). No
    other row (carried_forward…): no rule of that column checks its word there (a blank printing nothing after
    all would leave the next column's word beside its label). {} where any of that fails."""
    outcomes = L.outcome_rows_among(list(rows))
    beside = {key: rows[key].values()[0] for key in (*outcomes, "results_total")
              if key in unread and _one_figure_beside_its_label(rows[key])}
    if "results_total" not in beside or not outcomes or \
            any(key not in beside and _figures(rows[key]) for key in outcomes):
        return {}
    reads = {key: read_count(cell.text) for key, cell in beside.items()}
    if any(read.state not in (VALUE, BLANK) for read in reads.values()) or \
            not any(read.state == BLANK for read in reads.values()):
        return {}
    added = sum(reads[key].value or 0 for key in outcomes if key in reads)
    return beside if added == (reads["results_total"].value or 0) else {}
