"""markitdown's markdown of Chromium's PDF printing full-width digits: a figure too wide for its narrow column
wraps a piece a line round its row's line (`６` / `０` for 60), and markitdown's grid sets two narrow columns in one
pipe cell, so the wrapped figure's pieces share a cell with the other column's word (`| ６ |` / `| ０ |` / `| ０ |`).
Which of the two stands left is not known: each place that keeps the row's sum is tried, and the column rules
settle it, or the cells stay unknown."""

from __future__ import annotations

from decimal import Decimal

from tests.unit.test_converted_markdown import cells, report
from tests.unit.test_reader_classes import ROWS

HEADER = ("| 申请人情况 | | | | 自然 | 法人或其他组织 | | 总 |", "| " + " | ".join(["---"] * 8) + " |",
          "| | | | | 商业 | 科研 社会公 | 法律服 | 其 |",
          "| | | | | 人 企业 | 机构 益组织 | 务机构 | 他 计 |")
LABELS = {key: label for key, label, _ in ROWS}
ZEROS = "| {} | | | | ０ ０ | ０ ０ | ０ | ０ ０ |"
WRAPPED = ("| | | | | ６ | | | ７ |", "| {} | | | | ０ | ６ １０ | ０ | ０ |", "| | | | | ０ | | | {} |")


def table_3(lines: dict[str, list[str]]) -> str:
    text = report()
    start, end = text.index("三、收到和处理政府信息公开申请情况"), text.index("四、政府信息公开行政复议")
    body = [line for key in LABELS for line in lines.get(key, [ZEROS.format(LABELS[key])])]
    return "\n".join([text[:start] + "三、收到和处理政府信息公开申请情况", *HEADER, *body, text[end:]])


def new_received(last_piece: str) -> list[str]:
    return [WRAPPED[0], WRAPPED[1].format(LABELS["new_received"]), WRAPPED[2].format(last_piece)]


OUTCOMES = {key: [f"| {LABELS[key]} | | | | ６０ ０ | ６ １０ | ０ | ０ ７６ |"] for key in ("granted", "results_total")}


def test_a_wrapped_figure_sharing_its_pipe_cell_is_placed_where_the_column_rules_allow():
    read = cells(table_3({"new_received": new_received("６"), **OUTCOMES}), "applications", "new_received")
    assert [value for value, _ in read] == [Decimal(v) for v in (60, 0, 6, 10, 0, 0, 76)]
    assert read[0] == (Decimal(60), "recovered")  # 60 before or after the 0 in its cell: 商业企业 60 breaks the balance


def test_a_wrapped_figure_no_place_of_which_keeps_the_row_s_sum_is_not_read():
    read = cells(table_3({"new_received": new_received("５"), **OUTCOMES}), "applications", "new_received")
    assert {state for _, state in read} == {"unknown"}  # 75 is no sum of 60, 6 and 10 wherever 60 stands


def test_table_4_s_wrapped_totals_sharing_pipe_cells_are_read_where_one_place_keeps_each_sum():
    from tests.unit.test_markitdown_review_grid import HEADER_LINES, reviews, table_4
    lines = ("| | | １ | | | | | | | | １ |", "| ５ １ | １ | ３ | ０ ０ | ０ ０ | ０ | １０ | ０ | ０ | | ２ |",
             "| | | ０ | | | | | | | | ２ |")
    read = reviews(table_4(*HEADER_LINES, *lines))
    # 10 after 3 (5+1+1+3), 12 after 2 (10+0+0+2): before them, no proceeding's total is its outcomes' sum
    assert [value for value, _ in read] == [Decimal(v) for v in (5, 1, 1, 3, 10, 0, 0, 0, 0, 0, 10, 0, 0, 2, 12)]
    assert {state for _, state in read} == {"recovered"}


def test_table_4_s_wrapped_figure_with_two_places_keeping_the_sums_leaves_them_unknown():
    from tests.unit.test_markitdown_review_grid import HEADER_LINES, reviews, table_4
    lines = ("| １ | | | | | | | | | | |", "| ０ | ０ ０ | １０ | ０ ０ | ０ ０ | ０ | ０ | ０ | ０ | ０ | ０ |",
             "| ０ | | | | | | | | | | |")
    read = reviews(table_4(*HEADER_LINES, *lines))
    # 10 before or after the 0 in its cell: 10 0 0 0 | 10 and 0 10 0 0 | 10 both keep the sum
    assert [state for _, state in read[:2]] == ["unknown"] * 2
    assert read[2:] == [(Decimal(v), "recovered") for v in (0, 0, 10, *[0] * 10)]


# a group's heading merged down the margin (`三、本年度` / `办理结果`) wraps over the lines of the rows it spans: its
# pieces share the lines of a wrapped figure's pieces, in the label cells before the row's own
GRANTED_BESIDE_THE_HEADING = ["| 三、本年度 | | | | ６ | | | ７ |", "| | {} | | | ０ | ６ １０ | ０ | ０ |".format(LABELS["granted"]),
                              "| 办理结果 | | | | ０ | | | ６ |"]


def test_a_wrapped_figure_whose_piece_lines_hold_a_margin_heading_s_pieces_is_read_as_without_them():
    lines = {"new_received": [f"| {LABELS['new_received']} | | | | ６０ ０ | ６ １０ | ０ | ０ ７６ |"],
             "granted": GRANTED_BESIDE_THE_HEADING,
             "results_total": [f"| {LABELS['results_total']} | | | | ６０ ０ | ６ １０ | ０ | ０ ７６ |"]}
    read = cells(table_3(lines), "applications", "granted")
    assert [value for value, _ in read] == [Decimal(v) for v in (60, 0, 6, 10, 0, 0, 76)]


def test_piece_lines_whose_label_names_a_row_are_not_pieces():
    # `（六）其他处理` is a row of the 2019 template: a line of its own, with its own figures, never pieces
    lines = {"new_received": [f"| {LABELS['new_received']} | | | | ６０ ０ | ６ １０ | ０ | ０ ７６ |"],
             "granted": [GRANTED_BESIDE_THE_HEADING[0].replace("三、本年度", "（六）其他处理"),
                         *GRANTED_BESIDE_THE_HEADING[1:]],
             "results_total": [f"| {LABELS['results_total']} | | | | ６０ ０ | ６ １０ | ０ | ０ ７６ |"]}
    read = cells(table_3(lines), "applications", "granted")
    assert {state for _, state in read[:4]} == {"unknown"}
