"""Table 2 in markitdown of a Chromium PDF whose table prints no rules: pdfminer joins a figure standing a few
points past its label's last character to the label (`| 行 政 规 范 性 文 件7 |  |  | 40 |`), so the figure of the
column right after the label sits in the label's pipe cell and that column's cell is empty. Where the grid's header
row opens that cell on the first column's name, the glued figure is the first column's and the row reads as the
grid's other rows do (`| 规章 |  | 2 | 11 |`).

Made-up figures, in the shape markitdown writes."""

from __future__ import annotations

from orchestration.parsing.parse import parse_text
from tests.unit.test_reader_classes import TITLE


def table_2(header: str, normative: str) -> dict[str, tuple]:
    lines = [*TITLE.rstrip("\n").split("\n"), "二、主动公开政府信息情况", "第二十条第（一）项", header,
             "| --- | --- | --- | --- | --- |", "| 规章 |  | 2 | 11 |  |", normative, "第二十条第（五）项",
             "| 信息内容 | 本年处理决定数量 |", "| --- | --- |", "| 行政许可 | 27 |", "三、收到和处理政府信息公开申请情况"]
    report = parse_text("\n".join(lines) + "\n", "report_chromium_markitdown.md")
    return {c.column: (c.state, None if c.value is None else int(c.value))
            for c in report.cells if c.table == "disclosures" and c.row == "normative_documents"}


HEADER = "| 信息内容 | 本年制发件数 | 本年废止件数现行有效件数 |  |  |"


def test_a_figure_glued_to_its_label_is_the_first_columns_and_the_rest_stand_where_the_grid_sets_them():
    read = table_2(HEADER, "| 行 政 规 范 性 文 件7 |  |  | 40 |  |")
    assert read == {"issued": ("value", 7), "repealed": ("blank", None), "in_force": ("value", 40)}


def test_a_glued_figure_beside_a_figure_in_the_first_columns_cell_is_unknown():
    # two figures for the first column's place: which column each stands in is not known
    read = table_2(HEADER, "| 行 政 规 范 性 文 件7 | 3 |  | 40 |  |")
    assert {state for state, _ in read.values()} == {"unknown"}


def test_a_glued_figure_under_a_header_whose_cell_after_the_labels_names_no_first_column_is_unknown():
    read = table_2("| 信息内容 |  | 本年制发件数本年废止件数现行有效件数 |  |  |", "| 行 政 规 范 性 文 件7 |  |  | 40 |  |")
    assert {state for state, _ in read.values()} == {"unknown"}
