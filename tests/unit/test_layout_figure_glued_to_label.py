"""Table 3 of `pdftotext -layout` of a Chromium PDF where a row's first figure touches its label's last
character (`8.属于行政查询事项1     0   0 …`: the cell beside the label set too close for poppler to write a space;
r73 000060, r53 000130). The glued figure is the first column's only where the words before it are the template's
whole label of the row, the row's figures then fill the columns and keep its sum: read in order, recovered. Else
the row is unknown, never read wrong. Written by hand in the shape of those renditions."""

from __future__ import annotations

from orchestration.parsing.parse import parse_text
from tests.unit.test_layout_other_tools import CHROMIUM_TABLE_3
from tests.unit.test_reader_classes import TITLE, applications_of

ROW = "denied_administrative_query"
PRINTED = "            属于行政查询事项           0    0   0   0   0   0    0"
# the table with one application in the glued row, new_received and the total one more (every rule kept)
ONE_MORE = CHROMIUM_TABLE_3.replace("量                 11   0   0   0   0   0    11",
                                    "量                 12   0   0   0   0   0    12") \
    .replace("（七）总计                      11   0   0   0   0   0    11",
             "（七）总计                      12   0   0   0   0   0    12")


def report_with(row_line: str):
    assert PRINTED in ONE_MORE and ONE_MORE.count(" 12 ") == 2
    text = TITLE + ONE_MORE.replace(PRINTED, row_line) + "四、因政府信息公开工作被申请行政复议、提起行政诉讼的情况\n"
    return parse_text(text, "000001_html-utf8_chromium_pdftotext.txt")


def test_a_figure_glued_to_the_whole_label_is_the_first_columns():
    report = report_with("            8.属于行政查询事项1        0    0   0   0   0    1")
    read = applications_of(report)
    assert [c.value for c in read[ROW]] == [1, 0, 0, 0, 0, 0, 1], read[ROW]
    assert {c.state for c in read[ROW]} == {"recovered"}, read[ROW]
    assert [c.value for c in read["new_received"]] == [12, 0, 0, 0, 0, 0, 12]
    assert any(w.code == "cells_recovered" and ROW in w.message for w in report.warnings)


def test_a_figure_glued_to_a_label_cut_short_is_not_taken():
    # `8.属于行政查询1`: the words before the figure are not the row's whole label (cut, or a figure of its own)
    read = applications_of(report_with("            8.属于行政查询事项 属于行政查询1        0    0   0   0   0    1"))
    assert all(c.state == "unknown" or c.value == v for c, v in zip(read[ROW], [1, 0, 0, 0, 0, 0, 1])), read[ROW]
    read = applications_of(report_with("            8.属于行政查询1        0    0   0   0   0    1"))
    assert all(c.state == "unknown" or c.value == v for c, v in zip(read[ROW], [1, 0, 0, 0, 0, 0, 1])), read[ROW]


def test_a_glued_figure_whose_row_breaks_its_sum_or_overfills_the_columns_is_not_taken():
    # `…事项2` with the row's total 1: the glued figure is no first cell keeping the sum (a footnote's mark); the
    # first column is not known (the other passes may prove the rest), never read 2
    read = applications_of(report_with("            8.属于行政查询事项2        0    0   0   0   0    1"))
    assert read[ROW][0].state == "unknown", read[ROW]
    assert all(c.state == "unknown" or c.value == v for c, v in zip(read[ROW], [1, 0, 0, 0, 0, 0, 1])), read[ROW]
    # a figure under every column besides: eight words for seven cells, the glued one never a cell (the seven
    # after it may be proven by the other passes)
    read = applications_of(report_with("            8.属于行政查询事项2   1     0    0   0   0   0    1"))
    assert all(c.state == "unknown" or c.value == v for c, v in zip(read[ROW], [1, 0, 0, 0, 0, 0, 1])), read[ROW]


def test_a_full_width_digit_glued_to_the_label_is_not_taken():
    # a narrow cell wraps full-width digits a piece a line: the glued one may be a piece of a wider figure
    read = applications_of(report_with("            8.属于行政查询事项１        0    0   0   0   0    1"))
    assert all(c.state == "unknown" or c.value == v for c, v in zip(read[ROW], [1, 0, 0, 0, 0, 0, 1])), read[ROW]
    assert read[ROW][0].state == "unknown"
