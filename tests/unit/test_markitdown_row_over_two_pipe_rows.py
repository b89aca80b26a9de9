"""markitdown of a real page's PDF: a table 3 row whose label wraps over two lines prints its cells on two pipe rows
of one grid, the total beside the label's first line and the other figures a line lower, the label's rest in the
second row's label cell or on the line after it. The two rows are one where the label's words are cut between the
lines (the figures then stand inside the row's own height); elsewhere the cells the first row leaves empty stay
unknown."""

from __future__ import annotations

import pytest

from tests.unit.test_converted_markdown import LABELS_2021, cells, report

# the table's sums kept with 2.其他法律行政法规禁止公开 reading 1 0 2 0 0 0 3
SUMS = {"new_received": ["| 一、本年新收政府信息公开申请数量 | 6 | 0 | 2 | 0 | 0 | 0 | 8 |"],
        "results_total": ["| （七）总计 | 6 | 0 | 2 | 0 | 0 | 0 | 8 |"]}
TOTAL_ONLY = "|  | 2.其他法律行政法规禁止公 |  |  |  |  |  |  | 3 |"
FIGURES_BELOW = "|  |  | 1 | 0 | 2 | 0 | 0 | 0 |  |"
READ = [(1, "value"), (0, "value"), (2, "value"), (0, "value"), (0, "value"), (0, "value"), (3, "value")]


def prohibited_by_law(lines: list[str], row: str = "denied_prohibited_by_law",
                      others: dict[str, list[str]] | None = None) -> list[tuple[object, str]]:
    """The cells of `row` in a table whose 2.其他法律行政法规禁止公开 prints as `lines` (the rows of `others` as given)."""
    # a grid one cell wider than the template's (a margin heading's column before the labels)
    header = "|  | （本列数据的勾稽关系） | 自然人 | 商业企业 | 科研机构 | 社会公益组织 | 法律服务机构 | 其他 | 总计 |"
    widened = {key: [f"|  {line}" for line in rows] for key, rows in SUMS.items()}
    table3 = {key: [f"|  | {LABELS_2021[key]} | 0 | 0 | 0 | 0 | 0 | 0 | 0 |"] for key in LABELS_2021}
    table3 |= {"granted": [f"|  | {LABELS_2021['granted']} | 5 | 0 | 0 | 0 | 0 | 0 | 5 |"]}
    table3 |= widened | {"denied_prohibited_by_law": lines} | (others or {})
    text = report(table3, header=header).replace("| --- | --- | --- | --- | --- | --- | --- | --- |\n|  |",
                                                 "| --- | --- | --- | --- | --- | --- | --- | --- | --- |\n|  |")
    return cells(text, "applications", row)


def test_the_label_s_rest_on_the_line_below_makes_the_two_pipe_rows_one_row():
    assert prohibited_by_law([TOTAL_ONLY, FIGURES_BELOW, "开"]) == READ


def test_the_label_s_rest_beside_the_figures_makes_the_two_pipe_rows_one_row():
    rest_beside = "|  | 开 | 1 | 0 | 2 | 0 | 0 | 0 |  |"
    assert prohibited_by_law([TOTAL_ONLY, rest_beside]) == READ


def test_a_group_heading_s_piece_beside_the_figures_is_no_row_s_label():
    heading_beside = "| （三）不予 |  | 1 | 0 | 2 | 0 | 0 | 0 |  |"
    assert prohibited_by_law([TOTAL_ONLY, heading_beside, "开"]) == READ


def test_a_whole_label_leaves_the_figures_below_unknown():
    # nothing cuts the label between the lines: the figures below may be the next row's, its label a line lower
    whole = TOTAL_ONLY.replace("禁止公", "禁止公开")
    assert {state for _, state in prohibited_by_law([whole, FIGURES_BELOW])} == {"unknown"}


def test_a_rest_that_names_a_row_of_its_own_is_no_rest():
    # `3.危及“三安全一稳定”` below: the next row's label, its figures perhaps the pipe row above it
    read = prohibited_by_law([TOTAL_ONLY, FIGURES_BELOW, "3.危及“三安全一稳定”"])
    assert {state for _, state in read[:6]} == {"unknown"}


def test_a_whole_label_with_a_heading_s_piece_beside_the_figures_below_leaves_its_cells_unknown():
    # the piece (`（三）不予`) is no row's label: the figures may be this row's or the next's, its empty cells no blanks
    whole = TOTAL_ONLY.replace("禁止公", "禁止公开")
    read = prohibited_by_law([whole, "| （三）不予 |  | 1 | 0 | 2 | 0 | 0 | 0 |  |"])
    assert {state for _, state in read[:6]} == {"unknown"}


def test_figures_below_a_row_s_total_are_not_the_next_bare_label_s():
    # `| 2.其他…禁止公开 | … | 3 |` / `|  | 1 | 0 | 2 | … |` / `| 3.危及… |  | … |  |`: the figures fill the row above's
    # empty cells as much as they may be the next row's, printed a line above its label: neither reads them
    whole = TOTAL_ONLY.replace("禁止公", "禁止公开")
    security = {"denied_security_stability": [f"|  | {LABELS_2021['denied_security_stability']} |  |  |  |  |  |  |  |"]}
    for row in ("denied_prohibited_by_law", "denied_security_stability"):
        read = prohibited_by_law([whole, FIGURES_BELOW], row, security)
        assert {state for _, state in read[:6]} == {"unknown"}


def test_a_label_less_row_of_figures_one_two_three_is_a_row_s_not_a_header_s_numbers():
    # `| 7.属于行政执法案卷 |  | … |` / `|  |  |  | 1 |  | 2 |  |  | 3 |`: a header numbers its columns cell after cell
    empty = "|  | 2.其他法律行政法规禁止公开 |  |  |  |  |  |  |  |"
    read = prohibited_by_law([empty, "|  |  | 1 |  | 2 |  |  |  | 3 |"])
    assert read == [(1, "value"), (None, "blank"), (2, "value"), (None, "blank"), (None, "blank"), (None, "blank"),
                    (3, "value")]


def test_the_rest_of_the_words_several_rows_end_in_makes_the_two_pipe_rows_one_row():
    # （六）1's own words whole on its first line, the words （六）1 and 2 end in cut: the figures stand inside its label
    lines = ["|  | 1.申请人无正当理由逾期不补正、行政机关 |  |  |  |  |  |  | 3 |",
             "| 理 |  | 1 | 0 | 2 | 0 | 0 | 0 |  |", "不再处理其政府信息公开申请"]
    zero = "|  | 2.其他法律行政法规禁止公开 | 0 | 0 | 0 | 0 | 0 | 0 | 0 |"
    assert prohibited_by_law([zero], "other_no_correction", {"other_no_correction": lines}) == READ


def test_a_label_s_first_line_printing_nothing_and_its_rest_beside_every_figure_is_one_row():
    # `| （三）不予公开 1.属于国家秘 |  | … |` / `|  | 密 | 1 | … | 3 |`: the figures stand beside the label's rest, and the
    # row above (（二）部分公开, printing nothing) does not take them
    lines = ["|  | （三）不予公开 1.属于国家秘 |  |  |  |  |  |  |  |", "|  | 密 | 1 | 0 | 2 | 0 | 0 | 0 | 3 |"]
    partially = {"partially_granted": [f"|  | {LABELS_2021['partially_granted']} |  |  |  |  |  |  |  |"],
                 "denied_state_secret": lines}
    zero = "|  | 2.其他法律行政法规禁止公开 | 0 | 0 | 0 | 0 | 0 | 0 | 0 |"
    assert prohibited_by_law([zero], "denied_state_secret", partially) == READ
    assert (1, "value") not in prohibited_by_law([zero], "partially_granted", partially)


# the table's sums kept with 2.其他法律行政法规禁止公开 reading 11 0 2 0 0 0 13
SUMS_ELEVEN = {"new_received": ["|  | 一、本年新收政府信息公开申请数量 | 16 | 0 | 2 | 0 | 0 | 0 | 18 |"],
               "results_total": ["|  | （七）总计 | 16 | 0 | 2 | 0 | 0 | 0 | 18 |"]}


@pytest.mark.parametrize("lines", [
    # `| 1 |` above, `| 1 |` below in 自然人's own cell: 11 (read before as 1)
    ["|  | 2.其他法律行政法规禁止公 | 1 |  | 2 |  |  |  | 13 |", "|  |  | 1 |  |  |  |  |  |  |", "开"],
    # the total's `1` above its `3`, the row's other figures below: 13 (read before as 1, 自然人 blank)
    ["|  | 2.其他法律行政法规禁止公 |  |  | 2 |  |  |  | 1 |", "|  |  | 11 |  |  |  |  |  | 3 |", "开"]])
def test_a_figure_broken_over_the_two_pipe_rows_in_its_own_cell_is_never_one_of_its_pieces(lines):
    # its pieces joined where the row's and the table's sums prove them, else unknown
    read = prohibited_by_law(lines, others=SUMS_ELEVEN)
    assert all(state == "unknown" or value == truth for (value, state), truth
               in zip(read, [11, None, 2, None, None, None, 13], strict=True))
    assert read[0] == (11, "recovered") and read[6] == (13, "recovered")


def test_a_cell_both_lines_print_keeps_the_two_pipe_rows_apart():
    # the total beside the label's first line and a figure under it a line lower: the same cell printed twice (a
    # wide figure wrapped, or another row's), so the lines are not one row's cells, whatever the label's rest says
    total_twice = "|  |  | 1 | 0 | 2 | 0 | 0 | 0 | 3 |"
    assert {state for _, state in prohibited_by_law([TOTAL_ONLY, total_twice, "开"])} == {"unknown"}


def test_two_pipe_rows_are_joined_only_where_no_cell_prints_on_both_lines():
    from orchestration.parsing.rows import build_rows
    from orchestration.parsing.rows_over_two_pipe_rows import rows_joined_over_two_pipe_rows
    from orchestration.parsing.template import template_sequence
    from orchestration.parsing.tokens import reading_lines

    def joined(second: str) -> list[list[str]]:
        lines = reading_lines(["|  | 项目 | 自然人 | 商业企业 | 科研机构 | 社会公益组织 | 法律服务机构 | 其他 | 总计 |",
                               "|" + " --- |" * 9, TOTAL_ONLY, second, "开"])
        rows = build_rows(lines, 0, len(lines), labels_apart=True, signed=False)
        return [[cell.text.strip() for cell in row.cells] for row in
                rows_joined_over_two_pipe_rows(rows, template_sequence("2021"))]

    assert ["", "2.其他法律行政法规禁止公", "1", "0", "2", "0", "0", "0", "3"] in joined(FIGURES_BELOW)
    for both_print in ("|  |  | 1 | 0 | 2 | 0 | 0 | 0 | 3 |", "|  |  | 1 | 0 | 2 | 0 | 0 | 0 | 开 |"):
        # the total's cell printed on both lines (a figure twice, or words under it): two rows, as printed
        assert ["", "2.其他法律行政法规禁止公", "", "", "", "", "", "", "3"] in joined(both_print)
