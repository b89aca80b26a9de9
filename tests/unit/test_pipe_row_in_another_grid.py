"""markitdown of a Chromium PDF: table 3's header set as pipe tables whose grid merges two applicant columns a cell,
a later row in a pipe table of its own with another number of cells (a column printing no word on its page has no
pipe cell there). Such a row's figures are placed only where its words fill the columns; else its cells are unknown."""
from __future__ import annotations

from orchestration.parsing.parse import parse_text
from tests.unit.test_converted_markdown import report

HEADER_IN_A_MERGED_GRID = [
    "申请人情况",
    "|     | 加第四项之和） |     | 然 商业 | 科研 社会公 | 法 律 服 | 其   |",
    "| --- | ------- | --- | ---- | ------ | ----- | --- |",
    "计",
    "|                  |     |     | 人 企业 | 机构 益组织 | 务 机 构 | 他   |",
    "| ---------------- | --- | --- | ---- | ------ | ----- | --- |",
    "| 一、本年新收政府信息公开申请数量 |     |     | 2    |        |       | 2   |",
    "二、上年结转政府信息公开申请数量",
    "三、本年度办理结果",
    "（一）予以公开",
    "|             | 3 . 其 他 |      |     |     |     |     |     |     |",
    "| ----------- | ----- | ---- | --- | --- | --- | --- | --- | --- |",
    "|             | （七）总计 |      |     |     |     |     |     |     |",
]


def chromium_report(carried_forward: str, header: list[str] = HEADER_IN_A_MERGED_GRID) -> str:
    """A report whose table 3 is markitdown's of a Chromium PDF: the header's grid of 7 pipe cells, the last rows'
    of 9."""
    text = report()
    start, end = text.index("三、收到和处理政府信息公开申请情况"), text.index("四、政府信息公开行政复议")
    table3 = "\n".join(["三、收到和处理政府信息公开申请情况", *header, carried_forward, ""])
    return text[:start] + table3 + text[end:]


def carried_forward(text: str) -> tuple[list[tuple[object, str]], list[str]]:
    parsed = parse_text(text, "t.md")
    cells = [(cell.value, cell.state) for cell in parsed.cells
             if cell.table == "applications" and cell.row == "carried_forward"]
    return cells, [w.message for w in parsed.warnings if "carried_forward" in w.message]


def test_a_sparse_row_in_a_pipe_table_of_another_grid_is_unknown():
    # truth: 自然人 2, 总计 2; read by its pipe cells in order (the leading empty dropped) the 2 would stand under
    # 社会公益组织: the 9-cell grid is not the header's, so no column is proven
    cells, warnings = carried_forward(chromium_report(
        "| 四、结转下年度继续办理 |       |      |     |     | 2   |     |     |   2 |"))
    assert cells == [(None, "unknown")] * 7
    # `| （七）总计 |  | … |` above it prints nothing: table 3's row, no header naming 总计; the row's leading empty cells
    # of no column dropped, its figures are not one a column either
    assert any("not one to each column" in message for message in warnings)


def test_a_row_of_another_grid_whose_words_fill_the_columns_is_read_in_order():
    # every column printing a word (merged columns' words one space apart): their order places them, whatever the grid
    cells, warnings = carried_forward(chromium_report(
        "| 四、结转下年度继续办理 |       |      |     | 2 0 | 0   | 0   | 0   | 0 2 |"))
    assert [value for value, _ in cells] == [2, 0, 0, 0, 0, 0, 2]
    assert all(state == "value" for _, state in cells)
    assert not any("grid is not its header's" in message for message in warnings)


def test_a_sparse_row_wider_than_the_headers_table_is_unknown():
    # the 9-cell rows printed with no `| --- |` rule of their own: wider than the 7-cell table they stand in
    header = [line for line in HEADER_IN_A_MERGED_GRID if "3 . 其 他" not in line
              and not (line.startswith("| ---") and line.count("|") == 10)]
    cells, warnings = carried_forward(chromium_report(
        "| 四、结转下年度继续办理 |       |      |     |     | 2   |     |     |   2 |", header))
    assert cells == [(None, "unknown")] * 7
    # `| （七）总计 |  | … |` above it prints nothing: table 3's row, no header naming 总计; the row's leading empty cells
    # of no column dropped, its figures are not one a column either
    assert any("not one to each column" in message for message in warnings)


def test_a_row_of_the_headers_own_table_is_not_asked():
    # one markdown table, its header naming every column: a row in its grid is read by its columns as before
    text = report({"carried_forward": ["| 四、结转下年度继续办理 | 2 |  |  |  |  |  | 2 |"]})
    cells, warnings = carried_forward(text)
    assert [value for value, _ in cells] == [2, None, None, None, None, None, 2]
    assert [state for _, state in cells] == ["value", "blank", "blank", "blank", "blank", "blank", "value"]
    assert not any("grid is not its header's" in message for message in warnings)
