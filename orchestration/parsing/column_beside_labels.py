"""Table 3 in plain `pdftotext` text whose first column stands beside the labels and the rest in blocks.

Without -layout, poppler writes a table's text block by block: where the labels' block takes the first
applicant column with it, each row prints one figure (or mark) on the line after its label, and the other
columns follow as blocks of one figure a line, after an empty line (poppler's block break) or a page break
(dropped with the page's furniture, which leaves empty lines). The last label, or one a block stands
after, then gathers those block lines as its own one-cell lines: a row that looks printed whole, its
"cells" in fact one column's figures of other rows (`四、结转下年度继续办理` / `0` / `` / `/ /` / `2` / …).

What proves a row's figures its own here is only its line beside the label: where every other row of the
table prints at most one figure, and two or more print one on the line after their label, a row whose first
figure is followed by an empty line and more figures has those further figures unproven, and the row's
cells are unknown (its one figure beside the label places no column either, as for the other rows).
"""

from __future__ import annotations

from collections.abc import Mapping

from .rows import Row

BLOCKS_PAST_ITS_FIGURE = (
    "one figure beside its label, then past an empty line more figures, where every other row prints one figure "
    "beside its label and the table's other columns stand in blocks apart (plain pdftotext): the further figures "
    "may be those blocks', not this row's; not read")


def _figures(row: Row) -> list[int]:
    """The indexes of the row's values that hold a figure or mark (not an empty line)."""
    return [at for at, value in enumerate(row.values()) if not value.is_empty]


def _one_figure_beside_its_label(row: Row) -> bool:
    values = row.values()
    return bool(values) and not values[0].is_empty and len(_figures(row)) == 1


def _figures_past_an_empty_line(row: Row) -> bool:
    """Its first value a figure, an empty line after it, then a further figure."""
    figures = _figures(row)
    return len(figures) >= 2 and figures[0] == 0 and figures[1] > 1


def rows_gathering_blocks(found: Mapping[str, Row]) -> list[str]:
    """The keys of the rows of one cell a line whose figures past their first are unproven (module doc)."""
    stacked = {key: row for key, row in found.items() if row.stacked and not row.aligned and not row.piped}
    if len(stacked) != len(found):
        return []
    suspects = [key for key, row in stacked.items() if _figures_past_an_empty_line(row)]
    if not suspects:
        return []
    others = [row for key, row in stacked.items() if key not in suspects]
    if any(len(_figures(row)) > 1 for row in others):
        return []
    if sum(1 for row in others if _one_figure_beside_its_label(row)) < 2:
        return []
    return suspects
