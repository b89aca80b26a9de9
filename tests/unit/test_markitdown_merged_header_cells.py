"""markitdown's grid of a narrow table 3 (LibreOffice's PDF of a DOCX, blank cells printing nothing): two applicant
columns whose words start close together share one pipe column, the header cell printing both names' first pieces
(`| 商业 科研 |`). A row under it is placed by its header cells on the header's page: an empty merged cell is blank
in both columns, a figure alone in one is either column's (unknown), the single columns and 总计 are read."""

from __future__ import annotations

from tests.unit.test_converted_markdown import HEADER, LABELS_2021, cells, report

RULE_8 = "| --- | --- | --- | --- | --- | --- | --- | --- |"
NARROW_HEADER = ["| （本列数据的勾稽关系 | 申请人情况 |  |  |  |  |", "| --- | --- | --- | --- | --- | --- |",
                 "| 为：第一项加第二项之 | 自然 | 法人或其他组织 |  |  | 总计 |",
                 "| 和，等于第三项加第四 | 人 | 商业 科研 | 社会 法律 | 其他 |  |",
                 "| 项之和） |  | 企业 机构 | 公益 服务 |  |  |"]


def new_received(row: str, after_header: list[str] = (), later: list[str] = ()) -> list[tuple[object, str]]:
    text = report({"new_received": [row, "公开申请数量"], "carried_forward": [*later]})
    text = text.replace(f"{HEADER}\n{RULE_8}", "\n".join([*NARROW_HEADER, *after_header]))
    return cells(text, "applications", "new_received")


def test_a_row_under_merged_header_cells_reads_its_single_columns_and_blanks_its_empty_merged_cells():
    got = new_received("| 一、本年新收政府信息 | 50 | 2 |  |  | 52 |")
    # read as the row's ways in its merged cells, which the column rules narrow down (recovered)
    assert got[0] == (50, "recovered") and got[6] == (52, "recovered")
    assert got[1][1] == got[2][1] == "unknown"  # the 2 is 商业企业's or 科研机构's: neither read
    assert got[3:6] == [(None, "blank")] * 3  # 社会 法律 printed nothing, nor did 其他


def test_a_merged_cell_printing_as_many_words_as_its_columns_is_read_in_order():
    got = new_received("| 一、本年新收政府信息 | 50 | — 2 |  |  | 52 |")
    assert got == [(50, "value"), (None, "blank"), (2, "value"), (None, "blank"), (None, "blank"), (None, "blank"),
                   (52, "value")]


def test_a_row_not_keeping_its_sum_stays_unknown():
    got = new_received("| 一、本年新收政府信息 | 50 | 2 |  |  | 53 |")
    assert {state for _, state in got[:6]} == {"unknown"}


def test_a_row_on_the_next_page_is_not_placed_by_the_header():
    # markitdown joins pages with an empty line and sets each page's pipe columns apart
    got = new_received("| 一、本年新收政府信息 | 50 | 2 |  |  | 52 |", after_header=["", "| 续表 |  |  |  |  |  |",
                                                                              "| --- | --- | --- | --- | --- | --- |"])
    assert {state for _, state in got[:6]} == {"unknown"}


def test_a_full_row_off_the_grid_on_the_page_leaves_the_row_unknown():
    # seven words, one a column whatever the grid, standing a pipe cell right of the header's: the grid is not proof
    got = new_received("| 一、本年新收政府信息 | 50 | 2 |  |  | 52 |",
                       later=["| 四、结转下年度继续办 |  | ０ ３ | ０ ０ | ０ ０ | ３ |"])
    assert {state for _, state in got[:6]} == {"unknown"}


# Chromium's PDF: the header's narrow columns wrap a character a line (`总` over `计`, `其` over `他`), 其他 and 总计
# share a pipe column, and every row's label stands in the first of several empty pipe cells
CHROMIUM_HEADER = ["| （本列数据的勾稽关系为：第一项加第二项之和 |  |  |  |  | 法人或其他组织 |  |  |",
                   "| --- | --- | --- | --- | --- | --- | --- | --- |",
                   "|  |  |  |  | 自然 |  |  | 总 |",
                   "|  | 等于第三项加第四项之和） |  |  | 商业 | 科研 社会公 | 法律服 | 其 |",
                   "|  |  |  |  | 人 |  |  | 计 |",
                   "|  |  |  |  | 企业 | 机构 益组织 | 务机构 | 他 |"]


def chromium_report(new_received: str) -> str:
    def full_row(key: str) -> str:  # every cell printed: seven words, as the grid places them
        n = "5" if key in ("granted", "results_total") else "0"
        return f"| {LABELS_2021[key]} |  |  |  | {n} 0 | 0 0 | 0 | 0 {n} |"
    text = report({key: [new_received if key == "new_received" else full_row(key)] for key in LABELS_2021})
    return text.replace(f"{HEADER}\n{RULE_8}", "\n".join(CHROMIUM_HEADER))


def test_a_total_sharing_its_pipe_cell_with_other_is_the_cells_word_that_the_row_adds_up_to():
    got = cells(chromium_report(f"| {LABELS_2021['new_received']} |  |  |  | 3 2 |  |  | 5 |"), "applications",
                "new_received")
    assert got == [(3, "value"), (2, "value"), (None, "blank"), (None, "blank"), (None, "blank"), (None, "blank"),
                   (5, "value")]


def test_a_word_in_the_shared_cell_the_row_does_not_add_up_to_leaves_the_row_unknown():
    # 5 is not 3 + 2 + 1: the word may be 其他's with 总计 printed nowhere
    got = cells(chromium_report(f"| {LABELS_2021['new_received']} |  |  |  | 3 2 | 1 |  | 5 |"), "applications",
                "new_received")
    assert {state for _, state in got} == {"unknown"}


def test_a_figure_in_a_pipe_cell_no_header_cell_names_leaves_the_page_unknown():
    # a row on the page printing a figure beside its label (a pipe cell of no column): the grid is not the header's
    got = new_received("| 一、本年新收政府信息 | 50 | 2 |  |  | 52 |", later=["| 四、结转下年度继续办 2 |  |  |  |  | 2 |"])
    assert {state for _, state in got[:6]} == {"unknown"}
