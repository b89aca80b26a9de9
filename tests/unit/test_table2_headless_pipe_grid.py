"""Table 2 in markitdown of a Chromium PDF whose header it writes as a plain line above a page-wide pipe grid
(`信息内容 本年制发件数本年废止件数现行有效件数` / `| 规章 | 1 | 29 |  |  |  |  |`): the grid's cells are set where
the page's words stand, not the table's columns, so a row with fewer figures than columns says nothing of which
columns are blank (that 规章 printed nothing as issued: 1 repealed, 29 in force). Its cells are unknown; a row
with a figure for every column, a grid as wide as the table, or one under a pipe header row is read.

Made-up figures, in the shape markitdown writes."""

from __future__ import annotations

from orchestration.parsing.parse import parse_text
from tests.unit.test_reader_classes import TITLE

PLAIN_HEADER = "信息内容 本年制发件数本年废止件数现行有效件数"


def table_2(header: str, *grid: str) -> dict[str, dict[str, tuple]]:
    lines = [*TITLE.rstrip("\n").split("\n"), "二、主动公开政府信息情况", "第二十条", "第（一）项", header, *grid,
             "第二十条第（五）项", "| 信息内容 | 本年处理决定数量 |", "| --- | --- |", "| 行政许可 | 27 |",
             "三、收到和处理政府信息公开申请情况"]
    report = parse_text("\n".join(lines) + "\n", "report_chromium_markitdown.md")
    read: dict[str, dict[str, tuple]] = {}
    for c in report.cells:
        if c.table == "disclosures" and c.row in ("regulations", "normative_documents"):
            read.setdefault(c.row, {})[c.column] = (c.state, None if c.value is None else int(c.value))
    return read


def states(cells: dict[str, tuple]) -> set[str]:
    return {state for state, _ in cells.values()}


def test_a_short_row_in_a_grid_wider_than_the_table_under_a_plain_header_is_unknown():
    read = table_2(PLAIN_HEADER, "| 规章       | 1   | 29  |     |     |     |     |",
                   "| -------- | --- | --- | --- | --- | --- | --- |",
                   "| 行政规范性文件4 |     | 11  |     |     |     |     |")
    # never issued=1, repealed=29, in_force blank: the grid's empty cells are no blanks of the table
    assert states(read["regulations"]) == {"unknown"}
    # the row with its first figure glued to its label is unknown too (its figures' columns not proven)
    assert states(read["normative_documents"]) == {"unknown"}


def test_a_full_row_in_a_grid_wider_than_the_table_is_still_read():
    read = table_2(PLAIN_HEADER, "| 规章 | 3 | 1 | 29 |  |  |  |", "| --- | --- | --- | --- | --- | --- | --- |",
                   "| 行政规范性文件 | 4 | 2 | 11 |  |  |  |")
    assert read["regulations"] == {"issued": ("value", 3), "repealed": ("value", 1), "in_force": ("value", 29)}
    assert read["normative_documents"] == {"issued": ("value", 4), "repealed": ("value", 2),
                                           "in_force": ("value", 11)}


def test_a_short_row_in_a_grid_as_wide_as_the_table_is_still_read():
    read = table_2(PLAIN_HEADER, "| 规章 |  | 1 | 29 |", "| --- | --- | --- | --- |", "| 行政规范性文件 | 4 |  | 11 |")
    assert read["regulations"] == {"issued": ("blank", None), "repealed": ("value", 1), "in_force": ("value", 29)}
    assert read["normative_documents"] == {"issued": ("value", 4), "repealed": ("blank", None),
                                           "in_force": ("value", 11)}


def test_a_short_row_in_a_wider_grid_under_a_pipe_header_row_is_still_read():
    # the header's first cell after the label's opens the columns where markitdown starts the grid's cells
    read = table_2("| 信息内容 | 本年制发件数本年废止件数现行有效件数 |  |  |  |  |  |",
                   "| --- | --- | --- | --- | --- | --- | --- |", "| 规章 | 6 | 1 | 16 |  |  |  |",
                   "| 行政规范性文件 |  | 2 | 34 |  |  |  |")
    assert read["regulations"] == {"issued": ("value", 6), "repealed": ("value", 1), "in_force": ("value", 16)}
    assert read["normative_documents"] == {"issued": ("blank", None), "repealed": ("value", 2),
                                           "in_force": ("value", 34)}


def test_a_row_written_as_a_plain_line_parts_no_grid_from_its_pipe_header():
    # markitdown wrote one row of the grid as a plain line: the pipe header above it still starts the columns
    read = table_2("| 信息内容 | 本年制发件数 | 本年废止件数 | 现行有效件数 |  |  |", "| --- | --- | --- | --- | --- | --- |",
                   "规章 6 1 16", "| 行政规范性文件 | 2 |  | 34 |  |  |")
    assert read["normative_documents"] == {"issued": ("value", 2), "repealed": ("blank", None),
                                           "in_force": ("value", 34)}


def test_a_plain_row_of_figures_under_a_plain_header_gives_the_grid_no_header():
    read = table_2(PLAIN_HEADER, "规章 6 1 16", "| 行政规范性文件 | 2 | 34 |  |  |  |  |",
                   "| --- | --- | --- | --- | --- | --- | --- |")
    assert states(read["normative_documents"]) == {"unknown"}
