"""markitdown's markdown of LibreOffice's PDF splits table 3 into several markdown tables: a row whose label wraps onto
plain lines may open a table of its own, its pipe cells fewer than the page's header grid (which merges applicant
columns or cuts 总计 at the page's edge). Such a row's cells, read in order, would put its figures under columns only
their index says: unless its filled cells' words are one a column, its cells are unknown (never blank), left to the
sparse-row readers and the column rules."""

from __future__ import annotations

from decimal import Decimal

from tests.unit.test_converted_markdown import LABELS_2021, cells, report
from tests.unit.test_markitdown_sparse_cut_total_parts import CELLS as CUT_CELLS
from tests.unit.test_markitdown_sparse_cut_total_parts import table_3 as cut_total_table_3
from tests.unit.test_markitdown_sparse_rows_grid import LABELS, row, table_3

MERGED_CELLS = 8  # four of the label's area, then 自然人 and 商业企业 in one cell, 科研 and 社会 in one, 总计 cut
MERGED_HEADER = ("| 申请人情况 | | | | 自然 | 法人或其他组织 | | |", "| " + " | ".join(["---"] * MERGED_CELLS) + " |",
                 "| | | | | 人 | 科研机 社会公 | 法律服务机 | |",
                 "| | | | | 商业企业 | | | 其他 |")


def test_a_narrower_pipe_row_under_merged_header_cells_is_not_read_in_order():
    # `| | | | | | 1 | |` (7 cells under 8), its label on plain lines round it: read in order its 1 stood under 其他,
    # 总计 blank; under this grid nothing proves its column (法律服务机构: results_total's)
    text = table_3({"new_received": {6: 1}, "results_total": {6: 1}}, MERGED_HEADER, MERGED_CELLS)
    label = LABELS["rejected_excessive"]
    text = text.replace(row("rejected_excessive", {}, MERGED_CELLS), f"{label[:5]}\n| | | | | | 1 | |\n{label[5:]}")
    read = cells(text, "applications", "rejected_excessive")
    assert read[:2] == [(None, "blank")] * 2  # the column rules: results_total's 自然人 and 商业企业 are blank
    assert [state for _, state in read[2:6]] == ["unknown"] * 4
    assert read[6] == (Decimal(1), "recovered")


def test_a_narrower_pipe_row_under_a_cut_total_is_not_read_in_order():
    # results_total printed a cell narrower than the page's grid: `10` and `4` in its 3rd and 5th cells would read
    # 商业企业 10, 社会公益组织 4 and 总计 blank; they stand under 自然人 and 法律服务机构 (the rows above)
    text = cut_total_table_3({"new_received": {4: 10, 8: 2}, "granted": {4: 10}, "carried_over": {8: 2},
                              "rejected_excessive": {8: 4}})
    text = text.replace(row("results_total", {}, CUT_CELLS), row("results_total", {3: 10, 5: 4}, CUT_CELLS - 1))
    read = cells(text, "applications", "results_total")
    assert all(state in ("unknown", "blank") for _, state in read[:6])
    assert read[0] != (None, "blank") and read[4] != (None, "blank")
    assert read[6] == (Decimal(14), "recovered")


def test_a_narrower_pipe_row_whose_words_fill_the_columns_is_read():
    # `| 1 0 | 0 0 | 0 0 | 1 |`: merged columns' figures one space apart, as many as the template's columns
    text = table_3({}, MERGED_HEADER, MERGED_CELLS)
    text = text.replace(row("new_received", {}, MERGED_CELLS), f"| {LABELS['new_received']} | 1 0 | 0 0 | 0 0 | 1 |")
    text = text.replace(row("results_total", {}, MERGED_CELLS), f"| {LABELS['results_total']} | 1 0 | 0 0 | 0 0 | 1 |")
    assert [value for value, _ in cells(text, "applications", "new_received")] == [1, 0, 0, 0, 0, 0, 1]


WIDER_HEADER = "| （本列数据的勾稽关系） |  | 自然人 | 商业企业 | 科研机构 | 社会公益组织 | 法律服务机构 | 其他 | 总计 |"


def _under_a_wider_grid(new_received: list[str]) -> str:
    """The 2021 report whose table 3's grid is a cell wider than its rows (a label's cell more)."""
    text = report({"new_received": new_received}, header=WIDER_HEADER)
    return text.replace(f"{WIDER_HEADER}\n{'| --- ' * 8}|", f"{WIDER_HEADER}\n{'| --- ' * 9}|")


def test_a_narrower_pipe_row_printing_its_label_then_one_cell_a_column_is_read_in_order():
    # pymupdf4llm's `|Col1|5.属于…|0|Col4|…|Col8|0|`: its own label's cell, then seven cells, one a column
    text = _under_a_wider_grid([f"| {LABELS_2021['new_received']} | 5 |  |  |  |  |  | 5 |"])
    assert cells(text, "applications", "new_received") == [(5, "value"), *[(None, "blank")] * 5, (5, "value")]


def test_a_narrower_pipe_row_printing_no_label_of_its_own_is_not_read_by_its_count():
    # the same seven cells, its label on a plain line above: the row's first cells may be the grid's label cells
    text = _under_a_wider_grid([LABELS_2021["new_received"], "| 5 |  |  |  |  |  | 5 |"])
    assert all(state != "blank" for _, state in cells(text, "applications", "new_received")[:6])
