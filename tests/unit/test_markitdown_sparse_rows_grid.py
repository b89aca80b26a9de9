"""markitdown's markdown of Chromium's PDF: table 3's blank cells print nothing, its figures stand at their cells'
left while the header's words stand centred, so a figure may fall in the pipe cell left of its column's name
(`| … | 2 | 5 | 17 |` under `| … | 法律服 |  | 其 总 |`). A sparse row is placed only between the header words
its page's grid sets left and right of each figure, its total its parts' sum, and read where the column rules
leave one placing; cells the placings left disagree on are unknown."""

from __future__ import annotations

from decimal import Decimal

from tests.unit.test_converted_markdown import cells, report
from tests.unit.test_reader_classes import ROWS

CELLS = 11  # the page's pipe cells: the label's, three empty ones of no column, then the columns
HEADER = ("| 申请人情况 | | | | | 法人或其他组织 | | | | | |", "| " + " | ".join(["---"] * CELLS) + " |",
          "| | | | | 自然 | | | | | | 总 |",
          "| | | | | | 商业 | 科研 | 社会公 | 法律服 | | 其 |",
          "| | | | | 人 | | | | | | 计 |",
          "| | | | | | 企业 | 机构 | 益组织 | 务机构 | | 他 |")
LABELS = {key: label for key, label, _ in ROWS}


def row(key: str, figures: dict[int, int], width: int = CELLS) -> str:
    """The row's pipe line of `width` pipe cells, each figure in the pipe cell given (blank cells print nothing)."""
    line = [LABELS[key], *[""] * (width - 1)]
    for at, figure in figures.items():
        line[at] = str(figure)
    return "| " + " | ".join(line) + " |"


def table_3(figures: dict[str, dict[int, int]], header: tuple[str, ...] = HEADER, width: int = CELLS) -> str:
    """A report whose table 3 is `header` and a pipe row of `width` cells a row."""
    text = report()
    start, end = text.index("三、收到和处理政府信息公开申请情况"), text.index("四、政府信息公开行政复议")
    lines = [row(key, figures.get(key, {}), width) for key in LABELS]
    return "\n".join([text[:start] + "三、收到和处理政府信息公开申请情况", *header, *lines, text[end:]])


READ_WHOLE = {"new_received": {4: 10, 8: 2, 9: 5, 10: 17}, "granted": {4: 10, 8: 3, 9: 5, 10: 18},
              "results_total": {4: 10, 8: 3, 9: 5, 10: 18}}


def test_a_sparse_row_the_column_rules_leave_one_placing_is_read():
    # 1 under 法律服, left of 总: 社会公益组织, 法律服务机构 or 其他 by the grid; the balance leaves 法律服务机构
    read = cells(table_3({**READ_WHOLE, "carried_over": {8: 1, 10: 1}}), "applications", "carried_over")
    assert read[4] == (Decimal(1), "recovered")
    assert read[6] == (Decimal(1), "recovered")
    assert [state for _, state in read[:4] + read[5:6]] == ["blank"] * 5


def test_two_sparse_rows_the_column_rules_leave_several_placings_are_unknown_where_they_differ():
    # 1 carried over and 1 carried forward in one column: 社会公益组织, 法律服务机构 or 其他, each keeps every rule
    figures = {"new_received": {4: 10, 8: 1, 9: 1, 10: 12}, "results_total": {4: 10, 8: 1, 9: 1, 10: 12},
               "granted": {4: 10, 8: 1, 9: 1, 10: 12}, "carried_over": {8: 1, 10: 1}, "carried_forward": {8: 1, 10: 1}}
    for key in ("carried_over", "carried_forward"):
        read = cells(table_3(figures), "applications", key)
        assert [state for _, state in read[3:6]] == ["unknown"] * 3  # the same column in both, which not known
        assert read[:3] == [(None, "blank")] * 3
        assert read[6] == (Decimal(1), "recovered")


def test_a_sparse_row_beside_a_line_of_figures_without_a_label_is_not_placed():
    # a line of figures alone beside the row may hold a piece of one of its figures: its figures are not all there
    text = table_3({**READ_WHOLE, "carried_over": {8: 1, 10: 1}})
    lonely = "| " + " | ".join(["", *[""] * 7, "1", "", ""]) + " |"
    text = text.replace(row("carried_over", {8: 1, 10: 1}), row("carried_over", {8: 1, 10: 1}) + "\n" + lonely)
    read = cells(text, "applications", "carried_over")
    assert all(state != "recovered" for _, state in read)
