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

from .rows import Row


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
