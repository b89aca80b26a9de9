"""Table 2 in markitdown of a Chromium PDF whose header row writes every column's name in one pipe cell
(`| 信息内容 | 本年制发件数本年废止件数现行有效件数 |  |  |`): markitdown sets the page's grid where the page's words
start, so a column printing no figure in any row leaves no pipe cell, and the next column's figures stand in its
place. A row printing every column (one word a cell, a figure glued to its label first) names the columns of its
pipe cells; the other rows read by those, else their cells are unknown, never a figure moved a column.

Made-up figures, in the shape markitdown writes."""

from __future__ import annotations

import pytest

from orchestration.parsing.parse import parse_text
from tests.unit.test_reader_classes import TITLE

MERGED = "| 信息内容 | 本年制发件数本年废止件数现行有效件数 |  |  |  |  |  |"
MERGED_TRADITIONAL = "| 信息內容 | 本年制發件數本年廢止件數現行有效件數 |  |  |  |  |  |"
RULE = "| --- | --- | --- | --- | --- | --- | --- |"
# the header gives the first column a cell of its own and merges the later columns' names (markitdown of Chromium's
# PDF): the first cell is that column's, and a word in or past the merged cell one of the merged columns
LATER = "| 信息内容 | 本年制发件数 | 本年废止件数现行有效件数 |  |  |  |  |"


def table_2(header: str, regulations: str, normative: str) -> tuple[dict[str, dict[str, tuple]], list[str]]:
    lines = [*TITLE.rstrip("\n").split("\n"), "二、主动公开政府信息情况", "第二十条", "第（一）项", header, RULE,
             regulations, normative, "第二十条第（五）项", "| 信息内容 | 本年处理决定数量 |", "| --- | --- |",
             "| 行政许可 | 27 |", "三、收到和处理政府信息公开申请情况"]
    report = parse_text("\n".join(lines) + "\n", "report_chromium_markitdown.md")
    read: dict[str, dict[str, tuple]] = {}
    for c in report.cells:
        if c.table == "disclosures" and c.row in ("regulations", "normative_documents"):
            read.setdefault(c.row, {})[c.column] = (c.state, None if c.value is None else int(c.value))
    return read, [w.message for w in report.warnings if w.code == "short_row"]


@pytest.mark.parametrize("header, regulations, normative", [
    (MERGED_TRADITIONAL, "| 規章 |  | 36 |  |  |  |  |", "| 行政規範性文件5 |  | 35 |  |  |  |  |"),
    # the first column's name in a cell of its own, the later ones merged: 36 and 35 repealed or in force?
    (LATER, "| 规章 |  | 36 |  |  |  |  |", "| 行政规范性文件5 |  | 35 |  |  |  |  |")])
def test_a_column_printing_nothing_in_any_row_leaves_the_figures_unknown_not_a_column_left(header, regulations,
                                                                                          normative):
    # truth: 规章 in force 36; 行政规范性文件 5 issued, 35 in force. No 本年废止 anywhere: its pipe cell is gone,
    # and the in-force figures stand in the pipe cell after the header's (read before as 36 and 35 repealed)
    read, warnings = table_2(header, regulations, normative)
    assert {state for row in read.values() for state, _ in row.values()} == {"unknown"}
    assert len(warnings) == 2 and all("share one pipe cell" in message for message in warnings)


def test_rows_printing_every_column_read_all_their_cells():
    read, warnings = table_2(MERGED, "| 规章 | 0 | 0 | 1 |  |  |  |", "| 行政规范性文件5 |  | 0 | 6 |  |  |  |")
    assert read == {"regulations": {"issued": ("value", 0), "repealed": ("value", 0), "in_force": ("value", 1)},
                    "normative_documents": {"issued": ("value", 5), "repealed": ("value", 0),
                                            "in_force": ("value", 6)}}
    assert warnings == []


def test_a_row_printing_every_column_places_the_figures_of_a_short_row_and_its_blanks():
    # 行政规范性文件4 | 1 | 33: its pipe cells are 本年废止 and 现行有效, so 规章's 2 and 33 stand in them, 制发 blank
    read, _ = table_2(MERGED, "| 规章 |  | 2 | 33 |  |  |  |", "| 行政规范性文件4 |  | 1 | 33 |  |  |  |")
    assert read["regulations"] == {"issued": ("blank", None), "repealed": ("value", 2), "in_force": ("value", 33)}
    assert read["normative_documents"] == {"issued": ("value", 4), "repealed": ("value", 1), "in_force": ("value", 33)}


def test_a_glued_figure_is_the_first_columns_where_a_full_row_names_that_columns_pipe_cell():
    read, _ = table_2(MERGED, "| 规章 | 2 | 1 | 18 |  |  |  |", "| 行政规范性文件4 |  |  | 39 |  |  |  |")
    assert read["normative_documents"] == {"issued": ("value", 4), "repealed": ("blank", None),
                                           "in_force": ("value", 39)}


def test_a_figure_in_a_pipe_cell_no_full_row_names_between_two_columns_is_unknown():
    # 规章's 7 stands past 本年制发's pipe cell and before 现行有效's: 本年废止 or 现行有效? the one full row
    # names cells 1, 3 and 4, so 7 in cell 2 may be 制发's or 废止's
    read, _ = table_2(MERGED, "| 规章 |  | 7 |  |  |  |  |", "| 行政规范性文件 | 1 |  | 2 | 3 |  |  |")
    assert read["normative_documents"] == {"issued": ("value", 1), "repealed": ("value", 2), "in_force": ("value", 3)}
    assert {state for state, _ in read["regulations"].values()} == {"unknown"}


def test_a_header_naming_each_column_in_a_cell_of_its_own_keeps_the_cells_places():
    # no merged header: the pipe cells are the table's own columns, an empty one a blank cell (rule not asked)
    read, warnings = table_2("| 信息内容 | 本年制发件数 | 本年废止件数 | 现行有效件数 |", "| 规章 |  | 36 |  |",
                             "| 行政规范性文件 | 5 |  | 35 |")
    assert read["regulations"] == {"issued": ("blank", None), "repealed": ("value", 36), "in_force": ("blank", None)}
    assert read["normative_documents"] == {"issued": ("value", 5), "repealed": ("blank", None),
                                           "in_force": ("value", 35)}
    assert warnings == []


def test_a_figure_glued_to_its_label_keeps_its_text_as_printed():
    lines = [*TITLE.rstrip("\n").split("\n"), "二、主动公开政府信息情况", "第二十条第（一）项", MERGED, RULE,
             "| 规章 | ０ | ２ | １１０ |  |  |  |", "| 行政规范性文件４ |  | ２ | ９ |  |  |  |", "三、收到和处理政府信息公开申请情况"]
    report = parse_text("\n".join(lines) + "\n", "report_chromium_markitdown.md")
    issued = next(c for c in report.cells if c.table == "disclosures" and c.row == "normative_documents"
                  and c.column == "issued")
    assert (issued.state, int(issued.value), issued.as_written) == ("value", 4, "４")



def test_later_columns_merged_two_figures_past_the_merged_cells_start_are_its_columns_and_name_their_cells():
    # 规章's 1 and 15 stand in or past the merged cell, two words for its two columns: 废止 1, 现行 15, 制发 blank;
    # 129 in 15's pipe cell is in force (the glued 4 the first column's, whose pipe cell the header names)
    read, warnings = table_2(LATER, "| 规章 |  | 1 | 15 |  |  |  |", "| 行政规范性文件4 |  |  | 129 |  |  |  |")
    assert read == {"regulations": {"issued": ("blank", None), "repealed": ("value", 1), "in_force": ("value", 15)},
                    "normative_documents": {"issued": ("value", 4), "repealed": ("blank", None),
                                            "in_force": ("value", 129)}}
    assert warnings == []


def test_later_columns_merged_a_figure_in_the_first_columns_own_cell_is_that_columns():
    read, _ = table_2(LATER, "| 规章 |  | 36 |  |  |  |  |", "| 行政规范性文件 | 2 |  |  |  |  |  |")
    assert read["normative_documents"] == {"issued": ("value", 2), "repealed": ("blank", None),
                                           "in_force": ("blank", None)}
    assert {state for state, _ in read["regulations"].values()} == {"unknown"}


def test_later_columns_merged_rows_printing_every_column_read_in_order():
    read, warnings = table_2(LATER, "| 规章 | - | 1 | 33 |  |  |  |", "| 行政规范性文件3 |  | 1 | 32 |  |  |  |")
    assert read["regulations"] == {"issued": ("blank", None), "repealed": ("value", 1), "in_force": ("value", 33)}
    assert read["normative_documents"] == {"issued": ("value", 3), "repealed": ("value", 1), "in_force": ("value", 32)}
    assert warnings == []


def test_later_columns_merged_a_full_row_against_the_headers_own_cell_leaves_the_block_unknown():
    # 7 glued where the first column starts and 3 in that column's own cell: the words are not one grid
    read, _ = table_2(LATER, "| 规章 | 1 | 2 | 11 |  |  |  |", "| 行政规范性文件7 | 3 |  | 40 |  |  |  |")
    assert {state for state, _ in read["normative_documents"].values()} == {"unknown"}


# the label's cell holds the columns' names too, the grid's other header cells empty (markitdown of Chromium's PDF):
# no pipe cell starts at a column's name, so only a row printing every column says which pipe cell is whose
IN_LABEL = "| 信息内容 本年制发件数本年废止件数现行有效件数 |  |  |  |  |  |"


def test_names_in_the_labels_cell_leave_a_short_rows_figures_unknown_not_read_in_order():
    # truth: 规章 issued blank, 3 repealed, 52 in force (read before as 3 issued, 52 repealed, in force blank)
    read, warnings = table_2(IN_LABEL, "| 规章 | ３ | ５２ |  |  |  |", "| 行政规范性文件２ |  | ４１ |  |  |  |")
    assert {state for row in read.values() for state, _ in row.values()} == {"unknown"}
    assert len(warnings) == 2


def test_names_in_the_labels_cell_a_row_printing_every_column_places_the_short_ones():
    read, warnings = table_2(IN_LABEL, "| 规章 |  | ３ | ５２ |  |  |", "| 行政规范性文件 | 1 | 2 | ４１ |  |  |")
    assert read == {"regulations": {"issued": ("blank", None), "repealed": ("value", 3), "in_force": ("value", 52)},
                    "normative_documents": {"issued": ("value", 1), "repealed": ("value", 2),
                                            "in_force": ("value", 41)}}
    assert warnings == []


@pytest.mark.parametrize("year, heading, header, row, read_alone", [
    # 2019's 20(8): 上一年项目数量 and 本年增/减; 56 may be either
    (2019, "第二十条第（八）项", "| 信息内容 上一年项目数量本年增/减 |  |  |", "| 行政事业性收费 | 56 |  |", False),
    # 2021's 20(5), one column: its one figure is that column's wherever its pipe cell
    (2021, "第二十条第（五）项", "| 信息内容 本年处理决定数量 |  |  |", "| 行政许可 |  | 27 |", True)])
def test_names_in_the_labels_cell_of_narrower_blocks(year, heading, header, row, read_alone):
    lines = ["某某县民政局", f"{year}年政府信息公开工作年度报告", "二、主动公开政府信息情况", heading, header,
             "| --- | --- | --- |", row, "三、收到和处理政府信息公开申请情况"]
    report = parse_text("\n".join(lines) + "\n", "report_chromium_markitdown.md")
    cells = [c for c in report.cells if c.table == "disclosures" and c.row == _ITEM_OF[row.split("|")[1].strip()]]
    if read_alone:
        assert [(c.state, int(c.value)) for c in cells] == [("value", 27)]
    else:
        assert cells and {c.state for c in cells} == {"unknown"}


_ITEM_OF = {"行政事业性收费": "administrative_fees", "行政许可": "administrative_licensing"}


def test_a_row_printing_nothing_between_the_header_and_a_short_row_is_no_header():
    # `| 行政许可 |  |  |  |` prints nothing: the header above it still merges the names, so 5 and 61 are unknown
    # (read before in order, as if the empty row were a header: 5 last year, 61 the change; truth: 5 change, 61
    # decisions)
    lines = ["某某县民政局", "2019年政府信息公开工作年度报告", "二、主动公开政府信息情况", "第二十条第（五）项",
             "| 信息内容 上一年项目数量本年增/减处理决定数量 |  |  |  |", "| --- | --- | --- | --- |", "| 行政许可 |  |  |  |",
             "| 其他对外管理服务事项 | 5 | 61 |  |", "三、收到和处理政府信息公开申请情况"]
    report = parse_text("\n".join(lines) + "\n", "report_chromium_markitdown.md")
    cells = [c for c in report.cells if c.table == "disclosures" and c.row == "other_management_services"]
    assert cells and {c.state for c in cells} == {"unknown"}
