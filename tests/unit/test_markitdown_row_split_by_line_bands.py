"""markitdown's markdown of a PDF: the page's words are grouped into lines by their top rounded to a 5-point
band, so a table 2 row whose figures top a fraction of a point above its label prints as two lines, the figures
first (`| | 3 | 0 | 54 |` / `行政许可`, `0` / `行政处罚`). Its figures are read as its own where no other row can
own them; elsewhere its cells stay unknown."""

from __future__ import annotations

from tests.unit.test_converted_markdown import cells, report

ONE_COLUMN_HEADER = ["第二十条第（六）项", "| 信息内容 | 本年处理决定数量 |  |  |", "| --- | --- | --- | --- |"]
THREE_COLUMN_HEADER = ["第二十条第（五）项", "| 信息内容 | 上一年项目数量 | 本年增/减 | 处理决定数量 |",
                       "| --- | --- | --- | --- |"]
THREE_COLUMN_HEADER_20_6 = ["第二十条第（六）项", *THREE_COLUMN_HEADER[1:]]


def with_table2(block: list[str]) -> str:
    """A report whose table 2 blocks of article 20 (5) and (6) are replaced by `block`."""
    printed_20_6 = "第二十条第（六）项\n| 信息内容 | 本年处理决定数量 |\n| --- | --- |\n| 行政处罚 | 1 |\n| 行政强制 | 0 |"
    return report(table2=block).replace(printed_20_6, "")


def values(text: str, item: str) -> list[tuple[object, str]]:
    return cells(text, "disclosures", item)


def test_a_lone_figure_above_its_label_after_the_header_is_the_rows():
    text = with_table2([*ONE_COLUMN_HEADER, "360", "行政处罚", "| 行政强制 | 1,680 |  |  |"])
    assert values(text, "administrative_penalty") == [(360, "value")]
    assert values(text, "administrative_coercion") == [(1680, "value")]


def test_a_label_less_pipe_row_above_its_label_is_the_rows_cells_under_the_header():
    text = with_table2([*THREE_COLUMN_HEADER, "|  | 3 | 0 | 54 |", "行政许可", *THREE_COLUMN_HEADER_20_6,
                        "| 行政处罚 | 36 | -1 | 29 |"])
    assert values(text, "administrative_licensing") == [(3, "value"), (0, "value"), (54, "value")]


def test_figures_after_a_row_printing_every_column_are_the_next_labels():
    text = with_table2([*THREE_COLUMN_HEADER_20_6, "| 行政处罚 | 2 | 3 | 72 |", "|  | 2 | -6 | 58 |", "行政强制"])
    assert values(text, "administrative_penalty") == [(2, "value"), (3, "value"), (72, "value")]
    assert values(text, "administrative_coercion") == [(2, "value"), (-6, "value"), (58, "value")]


def test_figures_after_a_row_leaving_a_cell_empty_may_be_its_and_stay_unknown():
    text = with_table2([*THREE_COLUMN_HEADER_20_6, "| 行政处罚 | 2 |  |  |", "|  |  | -6 | 58 |", "行政强制"])
    assert {state for _, state in values(text, "administrative_coercion")} == {"unknown"}


def test_a_figure_with_another_figure_line_after_the_label_stays_unknown():
    # `360` / label / `12`: pieces round the label (a wrapped figure), not known to be the row's whole figure
    text = with_table2([*ONE_COLUMN_HEADER, "360", "行政处罚", "12", "| 行政强制 | 5 |  |  |"])
    assert values(text, "administrative_penalty") == [(None, "unknown")]


def test_a_lone_figure_above_a_label_of_a_three_column_block_stays_unknown():
    # one figure on a line of its own keeps no column of the three
    text = with_table2([*THREE_COLUMN_HEADER_20_6, "54", "行政处罚", "| 行政强制 | 36 | -1 | 29 |"])
    assert {state for _, state in values(text, "administrative_penalty")} == {"unknown"}


def test_a_pipe_row_leaving_its_only_cell_empty_lets_no_figure_line_below_it_join_the_next_label():
    text = with_table2([*ONE_COLUMN_HEADER, "| 行政处罚 |  |  |  |", "9", "行政强制"])
    assert values(text, "administrative_coercion") == [(None, "unknown")]



PRINTED_20_1 = ("| 信息内容 | 本年制发件数 | 本年废止件数 | 现行有效件数 |", "| --- | --- | --- | --- |",
                "| 规章 | 0 | 0 | 0 |", "| 行政规范性文件 | 2 | 0 | 9 |")


def with_20_1(lines: list[str]) -> str:
    return report().replace("\n".join(PRINTED_20_1), "\n".join((*PRINTED_20_1[:2], *lines)))


def test_a_lone_figure_above_a_row_with_one_empty_cell_after_the_header_fills_it():
    # `16` / `| 规章 | 无 | 无 |  |`: the figure's top a band above the row's marks (`无`, set in the label's font)
    text = with_20_1(["16", "| 规章 | 无 | 无 |  |", "| 行政规范性文件 | 6 | 6 | 46 |"])
    assert values(text, "regulations") == [(None, "blank"), (None, "blank"), (16, "value")]


def test_a_lone_figure_above_a_row_with_two_empty_cells_leaves_both_unknown():
    text = with_20_1(["16", "| 规章 | 无 |  |  |", "| 行政规范性文件 | 6 | 6 | 46 |"])
    assert values(text, "regulations") == [(None, "blank"), (None, "unknown"), (None, "unknown")]


def test_a_lone_figure_after_a_row_leaving_a_cell_empty_leaves_the_next_rows_empty_cell_unknown():
    text = with_20_1(["| 规章 | 1 |  | 5 |", "16", "| 行政规范性文件 | 6 | 6 |  |"])
    assert values(text, "normative_documents")[2] == (None, "unknown")


def test_a_lone_figure_after_a_pages_break_leaves_the_label_unknown():
    # markitdown parts two pages' text by an empty line: a page's number may end the page before
    text = with_table2([*ONE_COLUMN_HEADER, "", "360", "行政处罚", "| 行政强制 | 1,680 |  |  |"])
    assert values(text, "administrative_penalty") == [(None, "unknown")]
