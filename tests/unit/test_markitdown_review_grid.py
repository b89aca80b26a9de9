"""markitdown's markdown of Chromium's PDF: table 4's fifteen narrow columns share eleven pipe cells, the header's
words wrapped (`结果维` / `持`), and a row printing fewer figures than columns (a blank cell prints nothing). A figure
is read only where the header words its page's grid puts left and right of it, the figures' order and each
proceeding's sum leave one column; a column the placings disagree on is unknown."""

from __future__ import annotations

from decimal import Decimal

from tests.unit.test_converted_markdown import cells, report
from tests.unit.test_markitdown_cut_table_4 import PRINTED_LINES

RULE = "| " + " | ".join(["---"] * 11) + " |"
HEADER_LINES = ("| | 行政复议 | | | | | 行政诉讼 | | | | |", RULE,
                "| | | | 未经复议直接起诉 | | | | 复议后起诉 | | | |",
                "| 结果维 结果纠 | 其他结 尚未审 | 总 | | | | | | | | |",
                "| | | | 结果维 结果纠 | 其他结 | 尚未审 总 | 结果维 | 结果纠 其他结 | 尚未审 | 总 | |",
                "| 持 正 | 果 结 | 计 | | | | | | | | |",
                "| | | | 持 正 | 果 | 结 计 | 持 | 正 果 | 结 | 计 | |")
PROCEEDINGS = ("administrative_review", "litigation_direct", "litigation_after_review")


def table_4(*lines: str) -> str:
    return report().replace("\n".join(PRINTED_LINES), "\n".join(lines))


def reviews(text: str) -> list[tuple[object, str]]:
    return [cell for proceeding in PROCEEDINGS for cell in cells(text, "reviews", proceeding)]


def test_one_proceedings_figures_right_of_the_first_group_s_words_are_read_in_its_columns():
    read = reviews(table_4(*HEADER_LINES, "| | | | 7 1 | 1 | 3 12 | | | | | |"))
    assert [value for value, _ in read[5:10]] == [Decimal(v) for v in (7, 1, 1, 3, 12)]
    assert {state for _, state in read[5:10]} == {"recovered"}
    assert read[:5] + read[10:] == [(None, "blank")] * 10


def test_a_figure_sharing_its_pipe_cell_with_several_outcome_words_is_unknown_among_them():
    read = reviews(table_4(*HEADER_LINES, "| 3 | | 3 | | | | | | | | |"))
    assert [state for _, state in read[:3]] == ["unknown"] * 3  # 结果维持, 结果纠正 or 其他结果: no word tells
    assert read[3] == (None, "blank")
    assert read[4] == (Decimal(3), "recovered")  # the second figure: a total, the first group's
    assert read[5:] == [(None, "blank")] * 10


def test_figures_no_placing_adds_up_are_never_read():
    read = reviews(table_4(*HEADER_LINES, "| 3 | | 2 | | | | | | | | |"))
    assert all(value is None for value, _ in read)
    assert {state for _, state in read} == {"unknown"}


def test_a_header_split_by_a_page_break_bounds_the_figures_by_the_pieces_their_page_shows():
    page_two = ("", "| | 结果维 结果纠 | 其他结 尚未审 | 总 结果维 | 结果纠 其他结 | 尚未审 总 |", "| " + " | ".join(["---"] * 6) + " |",
                "| | 持 正 | 果 结 | 计 持 | 正 果 | 结 计 |", "| 2 | 2 | | | | |")
    first_page = HEADER_LINES[:4] + HEADER_LINES[5:6]  # the first group's words; the others' on the next page
    read = reviews(table_4(*first_page, *page_two))
    assert [state for _, state in read[:4]] == ["unknown"] * 4
    assert read[4] == (Decimal(2), "recovered")
    assert read[5:] == [(None, "blank")] * 10


def test_a_later_word_of_a_pipe_cell_sets_no_figure_right_of_it_in_its_column():
    # `其他结 尚未审` may be one word starting in 其他结果's column (pdfplumber keeps spaces inside a word): a figure
    # past its cell is 其他结果's or 尚未审结's, not 尚未审结's for sure
    read = reviews(table_4(*HEADER_LINES[:5], "| 持 正 | 果 | 结 计 | | | | | | | | |", HEADER_LINES[6],
                           "| | | 1 | 1 | | | | | | | |"))
    assert [state for _, state in read[2:4]] == ["unknown"] * 2
    assert read[4] == (Decimal(1), "recovered")
    assert read[:2] + read[5:] == [(None, "blank")] * 12


# LibreOffice's PDF of a page wider than the paper: the third proceeding's 总计 is cut at the edge with its column,
# the other two 总计 written on lines of their own (too few words for markitdown's grid)
RULE_8 = "| " + " | ".join(["---"] * 8) + " |"
CUT_HEADER_LINES = f"""| | 行政复议 | | | | 行政诉讼 | | |
{RULE_8}
| | | | 未经复议直接起诉 | | | | 复议后起诉 |
| 结果维 结果纠 | 其他结 | 尚未审 | | | | | |
总计
| 持 正 | 果 | 结 | 结果维 结果纠 | 其他结 尚未审 | | 结果维 结果纠 | 其他结 尚未审 |
总计
| | | | 持 正 | 果 结 | | 持 | 正 果 结 |""".splitlines()


def test_a_row_under_a_header_cut_at_its_last_total_is_placed_in_the_columns_before_it():
    read = reviews(table_4(*CUT_HEADER_LINES, "| 3 | | 3 | | | | | |"))
    assert [state for _, state in read[:3]] == ["unknown"] * 3  # 结果维持, 结果纠正 or 其他结果: no word tells
    assert read[3] == (None, "blank")
    assert read[4] == (Decimal(3), "recovered")
    assert read[5:14] == [(None, "blank")] * 9
    assert read[14][1] == "unknown"  # the cut total: nothing printed, a 0 or a blank


def test_a_figure_in_the_proceeding_of_the_cut_total_leaves_its_cells_unknown():
    # a total whose column starts inside the paper is written whole, its centred name not: the 1 stands under
    # 复议后起诉's 结果维 结果纠, an outcome of it under the cut total (its total written whole would leave its outcomes
    # blank, which the sums forbid); which outcome, and the cut total, are not known; every placing, written total
    # or cut, reads 行政复议's 3 and 3 as an outcome and its total, 未经复议直接起诉 blank
    read = reviews(table_4(*CUT_HEADER_LINES, "| 3 | | 3 | | | | 1 | |"))
    assert [state for _, state in read[10:12]] == ["unknown"] * 2 and read[14][1] == "unknown"
    assert read[12:14] == [(None, "blank")] * 2
    assert read[4] == (Decimal(3), "recovered") and read[3] == (None, "blank")
    assert read[5:10] == [(None, "blank")] * 5


def test_figures_no_placing_before_the_cut_total_adds_up_are_never_read():
    read = reviews(table_4(*CUT_HEADER_LINES, "| 3 | | 2 | | | | | |"))
    assert {state for _, state in read} == {"unknown"}
