"""markitdown's markdown of LibreOffice's PDF of a page wider than the paper: table 4's header shows its first 14
columns (复议后起诉's 总计 past the edge), its words wrapped over pipe rows and loose lines. A row printing no figure
(empty cells, `&nbsp;` marks) is blank in the columns the header shows, as in pdftotext's pages; a figure anywhere
leaves that reading out."""

from __future__ import annotations

from tests.unit.test_converted_markdown import cells, report

PRINTED_LINES = ("| 行政复议 | | | | | 行政诉讼 | | | | | | | | | |",
                 "| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |",
                 "| 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 |")
CUT_HEADER_LINES = ("| 行政复议 | | | | 行政诉讼 | | | |", "| --- | --- | --- | --- | --- | --- | --- | --- |",
                    "| | | 未经复议直接起诉 | | | | 复议后起诉 | |", "| 结果维 结果纠 其他结 | 尚未审 | | | | | | |", "总计",
                    "| 持 正 果 | 结 | | | | | | |", "| --- | --- | --- | --- | --- | --- | --- | --- |",
                    "| | | 结果维 结果纠 | 其他结 尚未审 | | 结果维 结果纠 | 其他结 | 尚未审 |", "总计",
                    "| | | 持 正 | 果 结 | | 持 正 | 果 | 结 |", "| --- | --- | --- | --- | --- | --- | --- | --- |")


def cut_table_4(row: str) -> str:
    """Table 4 as markitdown writes LibreOffice's PDF of a page wider than the paper: the header's words wrapped
    over its pipe rows and loose lines (`结果维` / `持`), 复议后起诉's 总计 past the edge, then `row`."""
    return report().replace("\n".join(PRINTED_LINES), "\n".join((*CUT_HEADER_LINES, row)))


def review_states(text: str) -> list[str]:
    return [state for proceeding in ("administrative_review", "litigation_direct", "litigation_after_review")
            for _, state in cells(text, "reviews", proceeding)]


def test_a_cut_table_4_printing_no_figure_is_blank_in_the_columns_its_header_shows():
    states = review_states(cut_table_4("| \u00a0 | | \u00a0 | | | | | |"))
    assert states[:14] == ["blank"] * 14
    assert states[14] in ("unknown", "recovered")  # the cut total: as the page prints its sums of blank parts


def test_a_cut_table_4_with_a_figure_in_its_row_is_not_read_blank():
    assert review_states(cut_table_4("| \u00a0 | | \u00a0 | | | | | 2 |"))[:14] != ["blank"] * 14


def review_cells(text: str) -> list[tuple[object, str]]:
    return [cell for proceeding in ("administrative_review", "litigation_direct", "litigation_after_review")
            for cell in cells(text, "reviews", proceeding)]


def test_a_cut_table_4_reads_a_proceeding_its_header_words_bound_on_both_sides():
    # 3 1 4 4 12 between 行政复议's 尚未审 and 复议后起诉's 结果维: 未经复议直接起诉's four outcomes and total, the
    # only placing whose sums hold; the others blank but the cut total (0 or a blank, not printed)
    read = review_cells(cut_table_4("| | | 3 1 | 4 4 | 12 | | | |"))
    assert [state for _, state in read[:5]] == ["blank"] * 5
    assert [value for value, _ in read[5:10]] == [3, 1, 4, 4, 12]
    assert [state for _, state in read[10:14]] == ["blank"] * 4
    assert read[14][1] == "unknown"


def test_a_cut_table_4_whose_written_total_may_be_an_outcome_leaves_it_unknown():
    # 1 1 in 复议后起诉's cells: an outcome and its total written whole past the edge, or two outcomes under the
    # cut total: its cells unknown, the proceedings left of its words blank
    read = review_cells(cut_table_4("| | | | | | 1 | 1 | |"))
    assert [state for _, state in read[:10]] == ["blank"] * 10
    assert all(state == "unknown" for _, state in read[10:])


# md71's grid: 行政复议's 结果纠 其他结 尚未审 in one pipe cell, 行政诉讼's outcomes two a cell
SHARED_CELLS_HEADER_LINES = (
    "| | 行政复议 | | | 行政诉讼 | | |", "| --- | --- | --- | --- | --- | --- | --- |",
    "| | | 未经复议直接起诉 | | | 复议后起诉 | |", "| 结果维 | 结果纠 其他结 尚未审 | | | | | |", "总计",
    "| 持 | 正 果 结 | 结果维 结果纠 | 其他结 尚未审 | 结果维 结果纠 | 其他结 | 尚未审 |",
    "| --- | --- | --- | --- | --- | --- | --- |", "总计", "| | | 持 正 | 果 结 | 持 正 | 果 | 结 |",
    "| --- | --- | --- | --- | --- | --- | --- |")


def test_a_cut_table_4_reads_the_cells_its_words_in_shared_cells_bound():
    # 3 1 4 4 12 from 未经复议直接起诉's first pipe cell: past 行政复议's 结果纠, which opens a cell before them, so
    # 行政复议 is blank; 12 shares its cell with 复议后起诉's 结果维: 未经复议直接起诉's total, or an outcome of 复议后起诉
    # under its cut total (3 1 _ _ 4 then 未经复议直接起诉's); 行政复议's 其他结, after 结果纠 in its cell, is not known
    # to start left of the other two, yet those two open their cells, in order: 复议后起诉's starts past 12, which
    # stands left of its 其他结果 or in it, so 复议后起诉's 尚未审结 is blank either way
    text = report().replace("\n".join(PRINTED_LINES),
                            "\n".join((*SHARED_CELLS_HEADER_LINES, "| | | 3 1 | 4 4 | 12 | | |")))
    read = review_cells(text)
    assert [state for _, state in read[:5]] == ["blank"] * 5
    assert [state for _, state in read[5:13]] == ["unknown"] * 8
    assert read[13] == (None, "blank")
    assert read[14][1] == "unknown"
