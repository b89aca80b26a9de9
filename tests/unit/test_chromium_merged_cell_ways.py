"""markitdown's grid of Chromium's PDF of an HTML table 3: narrow applicant columns share a pipe column (`| 科研 社会公 |`)
and a blank HTML cell prints nothing, so a merged cell printing fewer figures than its columns has them in order
in some of its columns. No label column is laid a character or two a line (Chromium wraps the labels as the HTML's
widths allow), yet the column rules choose among those ways as in LibreOffice's DOCX PDF: where one way keeps the
table's sums, its cells are read; where several do, they stay unknown."""

from __future__ import annotations

from tests.unit.test_converted_markdown import LABELS_2021, cells
from tests.unit.test_markitdown_merged_header_cells import chromium_report


def report_with(new_received: str, research_ngo: str) -> str:
    """The table with `new_received`'s row as given and the outcome rows full, the results total and granted
    printing `research_ngo` in the 科研 / 社会公益 cell (seven words a row, as the grid places them)."""
    text = chromium_report(new_received)
    for key in ("granted", "results_total"):
        full = f"| {LABELS_2021[key]} |  |  |  | 5 0 | 0 0 | 0 | 0 5 |"
        text = text.replace(full, f"| {LABELS_2021[key]} |  |  |  | 5 0 | {research_ngo} | 0 | 0 6 |")
    return text


def test_a_figure_alone_in_a_merged_cell_is_read_in_the_column_the_sums_prove():
    text = report_with(f"| {LABELS_2021['new_received']} |  |  |  | 5 | 1 |  | 6 |", research_ngo="1 0")
    got = cells(text, "applications", "new_received")
    # 自然人's 5 (商业企业 blank), 科研机构's 1 (社会公益组织 blank), as the results total's columns have them
    assert got == [(5, "recovered"), (None, "blank"), (1, "recovered"), (None, "blank"), (None, "blank"),
                   (None, "blank"), (6, "recovered")]


def test_a_row_whose_figures_do_not_add_up_to_its_total_stays_unknown():
    text = report_with(f"| {LABELS_2021['new_received']} |  |  |  | 5 | 1 |  | 1 7 |", research_ngo="1 0")
    got = cells(text, "applications", "new_received")
    assert [state for _, state in got[:4]] == ["unknown"] * 4


def test_a_figure_alone_in_a_merged_cell_where_the_sums_allow_either_column_stays_unknown():
    # the results total's 1 stands in the same merged cell alone: either column for both rows keeps every sum
    text = report_with(f"| {LABELS_2021['new_received']} |  |  |  | 5 | 1 |  | 6 |", research_ngo="1")
    got = cells(text, "applications", "new_received")
    assert got[2][1] == got[3][1] == "unknown"
