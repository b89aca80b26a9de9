"""markitdown's markdown of LibreOffice's PDF of a table 3 whose 总计 is cut at the page's edge and whose blank cells
print nothing (sparse_cut_totals.py): a sub-row's numbering written apart from its words (`3 .`, `3．`, `3 、`,
`（ 3 ）`), left on a line of its own where its wrapped words go on below, is the label's numbering, not a figure
no row reads: the rows round it are read as where the numbering is glued to its words. A lone `3` stays a figure."""

from __future__ import annotations

from decimal import Decimal

import pytest

from tests.unit.test_converted_markdown import cells
from tests.unit.test_markitdown_sparse_cut_total_parts import CELLS, table_3
from tests.unit.test_markitdown_sparse_rows_grid import row as sparse_row

FIGURES = {"new_received": {4: 10, 8: 1}, "results_total": {4: 10, 8: 1}, "granted": {4: 10},
           "rejected_duplicate": {8: 1}}
BLANK_ROW = [(None, "blank")] * 7


def with_numbering_apart(numbering: str) -> str:
    """The table with rejected_publication's label as its numbering on a line of its own, its words spaced out on
    the next (no pipe cells: nothing shows the row empty)."""
    return table_3(FIGURES).replace(sparse_row("rejected_publication", {}, CELLS),
                                    f"{numbering}\n要 求 提 供 公 开 出 版 物")


@pytest.mark.parametrize("numbering", ["3 .", "3．", "3 、", "（ 3 ）"])
def test_numbering_on_a_line_of_its_own_is_no_figure(numbering):
    text = with_numbering_apart(numbering)
    assert cells(text, "applications", "rejected_duplicate")[-1] == (Decimal(1), "recovered")
    assert cells(text, "applications", "rejected_publication") == BLANK_ROW


def test_a_lone_figure_on_a_line_of_its_own_is_still_a_figure_no_row_reads():
    # `3` without a list mark: a figure (some row's, set apart), so rejected_duplicate's total is not proven
    text = with_numbering_apart("3")
    assert cells(text, "applications", "rejected_duplicate")[-1][1] == "unknown"
    assert all(state == "unknown" for _, state in cells(text, "applications", "rejected_publication"))
