"""LibreOffice's DOCX whose table 4 columns are narrow: each outcome's word stands a glyph a line down its column
(`结` / `果` / `维` / `持`), and a row printing fewer figures than columns (a blank cell prints nothing). In
`pdftotext -layout` text a figure at the line's start under such a stack at the line's start is the first column's;
in markitdown's pipe grid a column's glyphs and its figure share a pipe cell (they start at one x), so a figure is
in one of the columns whose glyphs its pipe cell holds. The figures' order and each proceeding's sum do the rest;
a cell they leave open is unknown."""

from __future__ import annotations

from decimal import Decimal

from orchestration.parsing.parse import parse_text
from tests.unit.test_layout_reviews import GLYPH_A_LINE_HEADER, reviews_of, with_table_4
from tests.unit.test_markitdown_review_grid import reviews, table_4
from tests.unit.test_reader_classes import OUTCOMES

PROCEEDINGS = ("administrative_review", "litigation_direct", "litigation_after_review")

def layout_cells(*lines: str) -> list[tuple[str, object]]:
    read = reviews_of(parse_text(with_table_4([*GLYPH_A_LINE_HEADER, *lines]), "layout.txt"))
    return [read[(proceeding, outcome)] for proceeding in PROCEEDINGS for outcome in OUTCOMES]


def test_a_figure_at_the_line_s_start_under_the_first_column_s_glyphs_is_that_column_s():
    read = layout_cells("1         1")  # ASCII figures: narrower than the glyphs, their places beyond the first drift
    assert read[0] == ("recovered", Decimal(1))
    assert read[1:4] == [("blank", None)] * 3  # the sums leave the second figure the first group's total only
    assert read[4] == ("recovered", Decimal(1))
    assert read[5:] == [("blank", None)] * 10


def test_figures_off_the_line_s_start_leave_the_outcomes_the_sums_do_not_decide_unknown():
    read = layout_cells("     1   1    2")
    assert [state for state, _ in read[:4]] == ["unknown"] * 4  # two of four outcomes hold the 1s: which, not known
    assert read[4] == ("recovered", Decimal(2))
    assert read[5:] == [("blank", None)] * 10


MARKITDOWN_HEADER = (
    "| 行政复议 |       | 行政诉讼       |     |     |       |     |     |",
    "| ---- | ----- | ---------- | --- | --- | ----- | --- | --- |",
    "| 结    | 结 其 尚 | 总 未经复议直接起诉 |     |     | 复议后起诉 |     |     |",
    "| 果    | 果 他 未 | 计 结        | 结   | 其 尚 | 总 结   | 结 其 | 尚 总 |",
    "| 维    | 纠 结 审 | 果          | 果   | 他 未 | 计 果   | 果 他 | 未 计 |",
    "| 持    | 正 果 结 | 维          | 纠   | 结 审 | 维     | 纠 结 | 审   |",
    "|      |       | 持          | 正   | 果 结 | 持     | 正 果 | 结   |",
)


def test_a_pipe_cell_holding_one_column_s_glyphs_reads_its_figure_in_that_column():
    read = reviews(table_4(*MARKITDOWN_HEADER, "| 3    |       | 3          |     |     |       |     |     |"))
    assert read[0] == (Decimal(3), "recovered")  # the first pipe cell holds 结果维持's glyphs alone
    assert read[1:4] == [(None, "blank")] * 3
    assert read[4] == (Decimal(3), "recovered")  # the third holds 总计's and the next 结果维持's: the sums choose
    assert read[5:] == [(None, "blank")] * 10


def test_a_figure_in_a_pipe_cell_of_three_columns_is_unknown_among_them():
    read = reviews(table_4(*MARKITDOWN_HEADER, "| 1    | 1     | 2          |     |     |       |     |     |"))
    assert read[0] == (Decimal(1), "recovered")
    assert [state for _, state in read[1:4]] == ["unknown"] * 3  # 结果纠正, 其他结果 or 尚未审结: no glyph tells
    assert read[4] == (Decimal(2), "recovered")
    assert read[5:] == [(None, "blank")] * 10


def test_figures_in_a_pipe_cell_of_as_many_columns_are_read_in_order():
    header = (
        "| 行政复议 |     | 行政诉讼       |     |     |       |     |     |",
        "| ---- | ----- | ---------- | --- | --- | ----- | --- | --- |",
        "| 结 结 | 其 尚 | 总 未经复议直接起诉 |     |     | 复议后起诉 |     |     |",
        "| 果 果 | 他 未 | 计 结        | 结 其 | 尚 总 | 结 结   | 其 尚 | 总   |",
        "| 维 纠 | 结 审 | 果          | 果 他 | 未 计 | 果 果   | 他 未 | 计   |",
        "| 持 正 | 果 结 | 维          | 纠 结 | 审   | 维 纠   | 结 审 |     |",
        "|     |     | 持          | 正 果 | 结   | 持 正   | 果 结 |     |",
    )
    read = reviews(table_4(*header, "|     | 1 1 | 2          |     |     |       |     |     |"))
    assert read[:5] == [(None, "blank"), (None, "blank"), (Decimal(1), "recovered"), (Decimal(1), "recovered"),
                        (Decimal(2), "recovered")]
    assert read[5:] == [(None, "blank")] * 10


def test_a_header_whose_outcome_glyphs_run_together_counts_no_pipe_cell_s_columns():
    header = tuple(line.replace("| 结    |", "| 结果   |").replace("| 果    |", "|      |") for line in MARKITDOWN_HEADER)
    read = reviews(table_4(*header, "| 3    |       | 3          |     |     |       |     |     |"))
    assert read[0] != (Decimal(3), "recovered")  # `结果` in one pipe cell: not a glyph a line, the rule says nothing


def test_full_width_figures_one_space_apart_are_read_as_figures_where_only_that_keeps_the_sums():
    # `１ １`: two narrow columns' figures a space apart (or one figure, 11, which keeps no sum)
    read = layout_cells("２              ２   ４  １ １      ６   ２     ２   １   ５")
    assert read[:5] == [("recovered", Decimal(2)), *[("blank", None)] * 3, ("recovered", Decimal(2))]
    assert [state for state, _ in read[5:9]] == ["unknown"] * 4  # 4, 1, 1 in three of four outcomes: which, not known
    assert read[9] == ("recovered", Decimal(6))
    assert [state for state, _ in read[10:14]] == ["unknown"] * 4
    assert read[14] == ("recovered", Decimal(5))


def test_a_wrapped_figure_s_digit_below_the_row_leaves_the_row_unread_by_its_order():
    read = layout_cells("２              ２   ４  １ １      ６   ９     ２   １   １",
                        "                                                 ２")
    assert ("recovered", Decimal(1)) not in read[10:]  # 12 wrapped (`１` over `２`): never a total of 1


def test_a_wrapped_full_width_figure_s_last_piece_after_the_table_goes_on_the_figure_the_sums_leave_it():
    read = reviews(table_4(*MARKITDOWN_HEADER, "| ２    |       | ２ ４      | １   | １   | ６ ９    | ２   | １ １ |", "２"))
    assert read[:5] == [(Decimal(2), "recovered"), *[(None, "blank")] * 3, (Decimal(2), "recovered")]
    assert read[5:7] == [(Decimal(4), "recovered"), (Decimal(1), "recovered")]
    assert [state for _, state in read[7:9]] == ["unknown"] * 2  # the second 1: 其他结果 or 尚未审结, one pipe cell
    assert read[9:11] == [(Decimal(6), "recovered"), (Decimal(9), "recovered")]
    assert read[13:] == [(Decimal(1), "recovered"), (Decimal(12), "recovered")]  # `１` over `２`: 12, the sums say


def test_a_row_no_placing_adds_up_in_pipe_cells_of_several_columns_is_never_read_a_cell_a_column():
    header = (
        "| 行政复议 |  |  行政诉讼 |  |  |  |",
        "| --- | --- | --- | --- | --- | --- |",
        "| 结 结 其 | 尚 总 |  |  |  |  |",
        "| 果 果 他 | 未 计 | 结 结 其 | 尚 总 结 | 结 其 尚 | 总 |",
        "| 维 纠 结 | 审 | 果 果 他 | 未 计 果 | 果 他 未 | 计 |",
        "| 持 正 果 | 结 | 维 纠 结 | 审 维 | 纠 结 审 |  |",
        "|  |  | 持 正 果 | 结 持 | 正 果 结 |  |",
    )
    read = reviews(table_4(*header, "| 8 — 0 | — 11 | — 8 — | — 8 — | 7 — 0 | 7 |"))  # 8 + 0 is no 11: a total off
    assert {state for _, state in read} == {"unknown"}
