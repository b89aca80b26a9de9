"""markitdown's markdown of LibreOffice's PDF of a table 3 whose 总计 is cut at the page's edge and whose blank cells
print nothing (sparse_cut_totals.py), with two things the reader once took for a table outside the module: a row
printing a blank mark in each part column and nothing else (`| （六）其他处理 | / | / | / | / | / | / |`, the
author's row of nothing: blank, each part by its mark), and 其他's header wrapped a character a line in its narrow
cell (`其` over `他`: its first line, printed, starts inside the paper)."""

from __future__ import annotations

from decimal import Decimal

from tests.unit.test_converted_markdown import cells
from tests.unit.test_markitdown_sparse_cut_total_parts import CELLS, HEADER, WHOLE
from tests.unit.test_markitdown_sparse_rows_grid import table_3 as sparse_table_3

BLANK_ROW = [(None, "blank")] * 7
MARKS = dict.fromkeys(range(4, 10), "/")  # a mark under each of the six part columns
# granted's 10 can stand only under 自然人, its 5 only under 其他 (test_markitdown_sparse_cut_total_parts.py)
PLACED = [(Decimal(10), "recovered"), *[(None, "blank")] * 4, (Decimal(5), "recovered"), (Decimal(15), "recovered")]
# 其他 wrapped a character a line, in the last pipe cell of two header lines
HEADER_OTHER_WRAPPED = (*HEADER[:3], HEADER[3].replace("其他", "其"), HEADER[4][:-2] + " 他 |", HEADER[5])


def figures(**more: dict) -> dict:
    return {"new_received": WHOLE, "results_total": WHOLE, "granted": {4: 10, 9: 5},
            "partially_granted": {5: 1, 6: 2, 7: 3, 8: 4}, **more}


def test_a_row_of_marks_in_each_part_column_is_blank_and_the_table_is_read():
    text = sparse_table_3(figures(rejected_excessive=MARKS), HEADER, CELLS)
    assert cells(text, "applications", "rejected_excessive") == BLANK_ROW
    assert cells(text, "applications", "granted") == PLACED


def test_a_row_of_marks_short_of_the_part_columns_keeps_the_table_unread():
    # five marks for six part columns: an empty cell among marks may be a figure lost
    marks = {at: "/" for at in range(4, 9)}
    text = sparse_table_3(figures(rejected_excessive=marks), HEADER, CELLS)
    assert all(state == "unknown" for _, state in cells(text, "applications", "granted")[:6])
    assert all(state == "unknown" for _, state in cells(text, "applications", "rejected_excessive"))


def test_a_row_of_figures_and_marks_keeps_the_table_unread():
    # a mark beside a figure: the table marks its blanks, so an empty cell elsewhere may be a figure lost
    text = sparse_table_3(figures(partially_granted={4: "/", 5: 1, 6: 2, 7: 3, 8: 4, 9: "/"}), HEADER, CELLS)
    assert all(state == "unknown" for _, state in cells(text, "applications", "granted")[:6])


def test_other_wrapped_a_character_a_line_names_the_last_part_column():
    text = sparse_table_3(figures(), HEADER_OTHER_WRAPPED, CELLS)
    assert cells(text, "applications", "granted") == PLACED


def test_half_of_other_does_not_name_the_last_part_column():
    # 其 without 他 under it: not 其他's header (其他's figures may be cut with 总计)
    header = (*HEADER[:3], HEADER[3].replace("其他", "其"), *HEADER[4:])
    text = sparse_table_3(figures(), header, CELLS)
    assert all(state == "unknown" for _, state in cells(text, "applications", "granted")[:6])
