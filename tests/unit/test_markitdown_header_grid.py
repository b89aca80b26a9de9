"""markitdown's pipe grid of a LibreOffice PDF's table 2: a header word and the figures under it share a pipe
column, the grid holds columns no header word names, and an empty cell is an empty pipe cell. A figure is read
in its header cell's column, never moved across a blank cell; where the grid does not prove it, unknown."""

from __future__ import annotations

from orchestration.parsing.disclosure_table import _header_cell_metrics
from orchestration.parsing.pipe_header_grid import cells_under_their_header
from orchestration.parsing.rows import build_rows
from orchestration.parsing.tokens import Line
from tests.unit.test_converted_markdown import cells, report

PRINTED_20_1 = ["| 信息内容 | 本年制发件数 | 本年废止件数 | 现行有效件数 |", "| --- | --- | --- | --- |",
                "| 规章 | 0 | 0 | 0 |", "| 行政规范性文件 | 2 | 0 | 9 |"]


def with_20_1(lines: list[str]) -> str:
    return report().replace("\n".join(PRINTED_20_1), "\n".join(lines))


def values(text: str, row: str) -> list[tuple[object, str]]:
    return cells(text, "disclosures", row)


GRID_HEADER = ["| 信息内容 | 本年制发件数 | 本年废止件数 |  | 现行有效件数 |  |", "| --- | --- | --- | --- | --- | --- |"]


def test_a_figure_after_a_blank_cell_is_read_under_its_header_cell():
    text = with_20_1([*GRID_HEADER, "| 规章 |  | 2 |  | 44 |  |", "| 行政规范性文件 | 4 | 1 |  | 74 |  |"])
    assert values(text, "regulations") == [(None, "blank"), (2, "value"), (44, "value")]
    assert values(text, "normative_documents") == [(4, "value"), (1, "value"), (74, "value")]


def test_a_row_blank_but_its_last_column_keeps_the_blanks_before_it():
    text = with_20_1([*GRID_HEADER, "| 规章 |  | 1 |  | 680 |  |", "| 行政规范性文件 |  |  |  | 440 |  |"])
    assert values(text, "regulations") == [(None, "blank"), (1, "value"), (680, "value")]
    assert values(text, "normative_documents") == [(None, "blank"), (None, "blank"), (440, "value")]


def grid_rows(lines: list[str]) -> list:
    return build_rows([Line(text, number) for number, text in enumerate(lines, 1)], 0, len(lines))


def columns_proven(lines: list[str], item_row: int) -> list[str | None] | None:
    rows = grid_rows(lines)
    index = next(i for i, row in enumerate(rows) if row.label.strip() == ITEMS[item_row])
    got = cells_under_their_header(rows, index, COLUMNS, _header_cell_metrics)
    return None if got is None else [cell.text.strip() or None for cell in got]


ITEMS = ["规章", "行政规范性文件"]
COLUMNS = ["issued", "repealed", "in_force"]


def test_the_grid_places_each_cell_under_its_header_cell():
    assert columns_proven([*GRID_HEADER, "| 规章 |  | 2 |  | 44 |  |"], 0) == [None, "2", "44"]


def test_a_figure_in_a_column_no_header_cell_names_leaves_the_grid_unproven():
    # `3` under no header word, in the block's other row: the grid is not the header's
    lines = [*GRID_HEADER, "| 规章 |  | 2 |  | 44 |  |", "| 行政规范性文件 | 4 | 1 | 3 | 74 |  |"]
    assert columns_proven(lines, 0) is None


def test_a_header_cell_naming_two_columns_leaves_the_grid_unproven():
    lines = ["| 信息内容 | 本年制发件数 本年废止件数 |  | 现行有效件数 |  |", GRID_HEADER[1], "| 规章 |  | 2 | 44 |  |"]
    assert columns_proven(lines, 0) is None


def test_a_row_of_another_grid_width_is_not_placed_by_the_header():
    assert columns_proven([*GRID_HEADER, "| 规章 |  | 2 |  | 44 |"], 0) is None
