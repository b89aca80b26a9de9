"""markitdown's grid of table 3: one grid of pipe cells a page, at its words' left edges, so the page's rows printing
a word in every column put each column's words in the same pipe cell. A short row is placed by them where its words
are as wide as theirs: a cell holding as many words as theirs is those columns, in order; a cell holding fewer is
unknown, one holding none blank (no word of the row on a line round it, its sum kept where its total prints). And where the table is cut at 总计 and prints nothing for a blank, a row whose columns are not known has
its total all the same: the sum of what it prints."""

from __future__ import annotations

from collections.abc import Callable

from tests.unit.test_converted_markdown import HEADER, LABELS_2021, cells, report

RULE_5 = "| --- | --- | --- | --- | --- |"
# the header's names on lines of their own (markitdown's rows of too few words for its grid), the figures' narrow
# columns sharing pipe cells: 自然人 and 商业企业, 科研 and 社会, 其他 and 总计 (LibreOffice's PDF of a page)
TEXT_HEADER = "申请人情况\n自然人 法人或其他组织 总计\n商业企业 科研机构 社会公益组织 法律服务机构 其他"


def grid_report(rows: dict[str, list[str]], full_row: Callable[[str, str], str], header: str) -> str:
    """The table with `rows` as given and every other row `full_row(label, n)`, n 5 in the rows that sum, under
    the header's names on lines of their own."""
    lines = {key: rows.get(key, [full_row(LABELS_2021[key], "5" if key in ("new_received", "granted", "results_total")
                                          else "")]) for key in LABELS_2021}
    lines["new_received"] = [lines["new_received"][0], RULE_5, *lines["new_received"][1:]]
    text = report(lines)
    return text.replace(f"{HEADER}\n| --- | --- | --- | --- | --- | --- | --- | --- |\n", f"{header}\n")


def merged_report(rows: dict[str, list[str]]) -> str:
    # every column printed, two words in each merged cell
    return grid_report(rows, lambda label, n: f"| {label} | {n or 0} 0 | 0 0 | 0 | 0 {n or 0} |", TEXT_HEADER)


def short_row(figures: str, *after: str) -> list[tuple[object, str]]:
    """The cells of 1.属于国家秘密 printed as `| label | {figures} |` (and `after`, lines under it)."""
    key = "denied_state_secret"
    return cells(merged_report({key: [f"| {LABELS_2021[key]} | {figures} |", *after]}), "applications", key)


def test_a_short_row_reads_the_pipe_cells_holding_as_many_words_as_the_pages_full_rows():
    got = short_row("0 0 | 0 0 | 0 | 0")
    assert got[:5] == [(0, "recovered")] * 5
    assert got[5][1] == got[6][1] == "unknown"  # one word for 其他 and 总计: either's


def test_a_figure_wider_than_its_full_rows_words_stands_in_their_cell_or_one_before():
    # a centred figure of two digits may start a pipe cell earlier than the full rows' one-digit words, never later:
    # 10 after 自然人's 0 and before the cell of 科研 and 社会 is 商业企业's, as the cells after it are theirs
    got = short_row("0 10 | 0 0 | 0 | ")
    assert got[:5] == [(0, "recovered"), (10, "recovered"), (0, "recovered"), (0, "recovered"), (0, "recovered")]
    assert got[5][1] == got[6][1] == "unknown"  # empty, blank breaking the total: printed blank or lost


def test_a_wider_figure_alone_in_its_cell_may_be_either_of_its_columns():
    # 10 may be 自然人's in its own cell or 商业企业's in it too (its cell, or one before for a wider word)
    got = short_row("10 | 0 0 | 0 | 0 10")
    assert got[0][1] == got[1][1] == "unknown"
    assert got[2:] == [(0, "recovered")] * 4 + [(10, "recovered")]


def test_a_figure_that_may_be_split_in_two_still_leaves_the_row_unknown():
    # `10 0` may be 100 printed as two words: its row's words are then not known
    got = short_row("10 0 | 0 0 | 0 | 0")
    assert {state for _, state in got} == {"unknown"}


def test_a_row_printed_in_the_pages_grid_with_empty_label_cells_is_placed_by_that_grid():
    # markitdown writes every row of a page as wide; a row with more empty cells before its figures than the others
    # is placed in the same grid (md31 000074: `|  | （七）总计 |  |  | 16 | 0 0 | 2 | 1 |  |`)
    key = "denied_state_secret"
    text = grid_report({key: [f"|  | {LABELS_2021[key]} | 0 12 | 0 0 | 3 |  |"]},
                       lambda label, n: f"| {label} |  | {n or 0} 0 | 0 0 | 0 | 0 {n or 0} |", TEXT_HEADER)
    got = cells(text, "applications", key)
    assert got[:5] == [(0, "recovered"), (12, "recovered"), (0, "recovered"), (0, "recovered"), (3, "recovered")]
    assert got[5][1] == got[6][1] == "unknown"


def test_a_figure_on_a_line_round_the_short_row_leaves_it_unknown():
    # a figure wrapped in its narrow cell: a piece on the row's line, the rest on a line of its own
    got = short_row("0 0 | 0 0 | 0 | 0", "1")
    assert {state for _, state in got} == {"unknown"}


# the 总计 column cut at the page's edge with its name; a blank prints nothing; 自然人 and 商业企业 share a pipe cell
CUT_HEADER = "| （本列数据的勾稽关系） | 自然人 商业企业 | 科研机构 社会公益组织 | 法律服务机构 | 其他 |"


def sparse_report(rows: dict[str, str]) -> str:
    text = report({key: [f"| {LABELS_2021[key]} | {rows.get(key, ' |  |  | ')} |"] for key in LABELS_2021})
    return text.replace(f"{HEADER}\n| --- | --- | --- | --- | --- | --- | --- | --- |", f"{CUT_HEADER}\n{RULE_5}")


SPARSE = {"new_received": "20 |  | 5 | ", "granted": "19 |  | 3 | ", "results_total": "19 |  | 3 | ",
          "carried_forward": "1 |  | 2 | "}


def test_a_sparse_rows_cut_total_is_the_sum_of_its_figures_whatever_their_columns():
    got = cells(sparse_report(SPARSE), "applications", "new_received")
    assert got[0][1] == got[1][1] == "unknown"  # 20 is 自然人's or 商业企业's
    assert got[6] == (25, "recovered")


def test_a_table_printing_a_zero_keeps_a_sparse_rows_total_unknown():
    # a table writing its zeros: a row's empty cell may be a cell lost, not a blank
    got = cells(sparse_report({**SPARSE, "carried_over": "0 |  |  | "}), "applications", "new_received")
    assert got[6][1] == "unknown"


def test_a_short_row_whose_cell_may_hold_one_figure_split_in_two_stays_unknown():
    # `2 1` may be 21 printed as two words, the row's cell short of a word then a blank printing nothing in place:
    # which of its words are whole figures in their own columns is not known, in any of its cells
    got = short_row("0 0 | 2 1 | 0 | ")
    assert {state for _, state in got} == {"unknown"}


def test_a_cell_opening_with_a_zero_holds_two_figures():
    # a count prints no leading zero: `0 1` is two figures, placed as the full rows place their columns
    got = short_row("0 1 | 0 0 | 0 | ")
    assert got[:5] == [(0, "recovered"), (1, "recovered"), (0, "recovered"), (0, "recovered"), (0, "recovered")]
    assert got[5][1] == got[6][1] == "unknown"


def test_a_sparse_row_whose_last_figure_is_the_sum_of_the_others_keeps_its_total_unknown():
    # LibreOffice writes a cell's line whole where it starts inside the paper: a total whose column starts inside,
    # its centred name past the edge, prints whole; `3 3` may be a figure and its total, `1 2 3` two and theirs
    text = sparse_report({**SPARSE, "granted": "3 |  | 3 | ", "unavailable_not_held": "1 | 2 | 3 | "})
    assert cells(text, "applications", "granted")[6][1] == "unknown"
    assert cells(text, "applications", "unavailable_not_held")[6][1] == "unknown"
    # 20 and 5: its total printed would be 25, a third figure
    assert cells(text, "applications", "new_received")[6] == (25, "recovered")


def test_a_header_not_naming_other_keeps_the_sparse_rows_totals_unknown():
    # 其他 not named: its column may be cut at the page's edge with 总计, its figures lost from every row's sum
    text = sparse_report(SPARSE).replace(CUT_HEADER, CUT_HEADER.replace("| 其他 |", "|  |"))
    got = cells(text, "applications", "new_received")
    assert got[6][1] == "unknown"


def test_an_empty_pipe_cell_of_a_short_row_is_blank_in_each_of_its_columns():
    # the full rows print a word in every cell: a cell printing nothing holds no column's word (其他 and 总计 here)
    got = short_row("0 0 | 0 0 | 0 | ")
    assert got == [(0, "recovered")] * 5 + [(None, "blank")] * 2
    got = short_row("0 0 |  | 0 | 0 0")  # 科研 and 社会 printed nothing, inside the row
    assert got[2:4] == [(None, "blank")] * 2 and got[6] == (0, "recovered")


def test_empty_cells_that_would_break_the_rows_printed_total_stay_unknown():
    # 0 + 1 and nothing in the cell of 其他 and 总计: a blank total breaks the sum (a total printed blank, or a
    # cell lost: not known which), so that cell stays unknown; the other cells are placed as before
    got = short_row("0 1 | 0 0 | 0 | ")
    assert got[5][1] == got[6][1] == "unknown"


def test_a_blank_mark_on_a_line_round_the_short_row_keeps_its_empty_cell_unknown():
    # a `-` on a line of its own may be the empty cell's mark, wrapped or set apart
    got = short_row("0 0 | 0 0 | 0 | ", "-")
    assert got[:5] == [(0, "recovered")] * 5
    assert got[5][1] == got[6][1] == "unknown"


# LibreOffice's PDF of a page wider than the paper: 总计 cut with its name, every blank printing `-`
CUT_TOTAL_HEADER = "申请人情况\n自然人 法人或其他组织\n商业企业 科研机构 社会公益组织 法律服务机构 其他"


def cut_total_report(rows: dict[str, list[str]]) -> str:
    # the six shown columns printed, two words in the first two cells
    return grid_report(rows, lambda label, n: f"| {label} | {n or '-'} - | - - | - | - |", CUT_TOTAL_HEADER)


def test_a_row_that_lost_its_last_cell_under_a_cut_total_reads_that_cell_blank_and_keeps_its_total_unknown():
    key = "denied_state_secret"  # `|  | 1.属于国家秘密 | - - | - - | - |  |` (md47 000130)
    got = cells(cut_total_report({key: [f"| {LABELS_2021[key]} | 2 - | - - | - |  |"]}), "applications", key)
    assert got[:6] == [(2, "recovered")] + [(None, "blank")] * 5
    assert got[6][1] == "unknown"  # a row short at its end: its cut total not known to be printed
    # the full rows keep their cut totals recovered
    new = cells(cut_total_report({key: [f"| {LABELS_2021[key]} | 2 - | - - | - |  |"]}), "applications", "new_received")
    assert new[6] == (5, "recovered")


def test_a_figure_glued_to_the_label_keeps_the_short_rows_empty_cell_unknown():
    # `5.要求行政机关确认或重新出具0 |  | 0 0 | …` (md29 000004): the glued 0 is a word the grid does not place, and
    # may be the one the empty cell lacks: that cell's columns stay unknown, never blank
    key = "denied_state_secret"
    got = cells(merged_report({key: [f"| {LABELS_2021[key]}0 |  | 0 0 | 0 | 0 0 |"]}), "applications", key)
    assert got[0][1] == got[1][1] == "unknown"


def test_a_row_whose_first_figure_is_glued_to_its_label_has_its_cut_total_recovered_as_the_other_rows():
    # `| 5.要求行政机关确认或重新出具2 | - | - - | - | - |` under a header cut at 总计: its six words fill the shown
    # columns as the full rows' do, so its total is cut as theirs is, and is its parts' sum as theirs
    key = "denied_state_secret"
    got = cells(cut_total_report({key: [f"| {LABELS_2021[key]}2 | - | - - | - | - |"]}), "applications", key)
    assert got == [(2, "recovered")] + [(None, "blank")] * 5 + [(2, "recovered")]


def test_the_columns_a_word_may_stand_in_follow_from_its_width_against_the_full_rows_words():
    from orchestration.parsing.pipe_full_rows import _columns_a_word_may_stand_in, _Grid

    # pipe cell 1 holds two columns, whose full rows print `10` and `0`; cell 2 one, whose full rows print `-`
    grid = _Grid({1: 2, 2: 1}, [{(2, False)}, {(1, False)}, {(1, False)}])
    assert _columns_a_word_may_stand_in(grid, 1, "5") == [0, 1]  # narrower than 10: its cell or one after
    assert _columns_a_word_may_stand_in(grid, 2, "5") == [0, 2]  # as wide as 0: only in 0's cell
    assert _columns_a_word_may_stand_in(grid, 2, "123") == [2]  # wider than both: never in a cell after theirs
    assert _columns_a_word_may_stand_in(grid, 1, "-") == [0, 1]  # as wide as the third's words: not in cell 1
    assert _columns_a_word_may_stand_in(grid, 1, "５") == [0, 1, 2]  # full-width digits compare with none


def test_empty_cells_stay_unknown_where_any_placing_of_the_figure_breaks_the_rows_total():
    # 5, narrower than 自然人's 10, is 自然人's or 商业企业's; either way a blank total breaks its sum (a total printed
    # blank, or cut for this row alone): the empty cells, the total's among them, stay unknown, never blank
    key = "denied_state_secret"
    text = grid_report({key: [f"| {LABELS_2021[key]} | 5 |  |  |  |"]},
                       lambda label, n: f"| {label} | 10 0 | 0 0 | 0 | 0 10 |", TEXT_HEADER)
    got = cells(text, "applications", key)
    assert {state for _, state in got} == {"unknown"}


def test_empty_cells_before_the_rows_last_figure_are_blank_though_its_tail_is_in_doubt():
    # the last 1 is 其他's or 总计's: as 其他's a blank total breaks the sum (the row's tail may be lost), so 其他 and
    # 总计 stay unknown; the empty cells before the 1s are blanks printing nothing inside the row, whatever the tail
    got = short_row(" | 1 - |  | 1")
    assert got[:5] == [(None, "blank"), (None, "blank"), (1, "recovered"), (None, "blank"), (None, "blank")]
    assert got[5][1] == got[6][1] == "unknown"


# a grid of one word a cell (no columns merged): blanks print `-`, but a row printing nothing for a blank leaves its
# pipe cell empty, and a figure wider than its column's words may stand in the cell before its own
def one_word_a_cell_report(rows: dict[str, str]) -> str:
    """Each row `| label | {rows[key]} |`, the others printing a blank mark in every column."""
    return grid_report({key: [f"| {LABELS_2021[key]} | {text} |"] for key, text in rows.items()},
                       lambda label, n: f"| {label} | - | - | - | - | - | - | - |", TEXT_HEADER)


# 100 carried over printed in 自然人's cell, 商业企业's empty: 自然人 5 + 100 would balance nothing, 商业企业 0 + 100
# balances its 50 done and 50 carried forward (APP_BALANCE), so 100 is 商业企业's, stood a cell early
WIDE_FIGURE_A_CELL_EARLY = {
    "new_received": "5 | - | - | - | - | - | 5", "carried_over": "100 |  | - | - | - | - | 100",
    "granted": "5 | 50 | - | - | - | - | 55", "results_total": "5 | 50 | - | - | - | - | 55",
    "carried_forward": "- | 50 | - | - | - | - | 50"}


def test_a_wide_figure_beside_an_empty_cell_is_placed_by_the_column_rules():
    got = cells(one_word_a_cell_report(WIDE_FIGURE_A_CELL_EARLY), "applications", "carried_over")
    assert got == [(None, "blank"), (100, "recovered")] + [(None, "blank")] * 4 + [(100, "recovered")]


def test_a_wide_figure_beside_an_empty_cell_stays_unknown_where_the_column_rules_cannot_tell():
    # 100 carried over and 100 carried forward, each beside an empty cell: both 自然人's or both 商业企业's keeps
    # APP_BALANCE, so neither row's 100 has a column
    rows = {**WIDE_FIGURE_A_CELL_EARLY, "granted": "5 | - | - | - | - | - | 5", "results_total": "5 | - | - | - | - | - | 5",
            "carried_forward": "100 |  | - | - | - | - | 100"}
    text = one_word_a_cell_report(rows)
    for key in ("carried_over", "carried_forward"):
        got = cells(text, "applications", key)
        assert got[0][1] == got[1][1] == "unknown"
        assert got[2:] == [(None, "blank")] * 4 + [(100, "recovered")]


def test_a_wide_figure_beside_an_empty_cell_is_unknown_where_no_placing_keeps_the_column_rules():
    # 结转下年度 100 and 50: the report does not balance whichever column 100 carried over stands in
    rows = {**WIDE_FIGURE_A_CELL_EARLY, "carried_forward": "100 | 50 | - | - | - | - | 150"}
    assert {state for _, state in cells(one_word_a_cell_report(rows), "applications", "carried_over")} == {"unknown"}


def test_a_figure_as_wide_as_its_columns_words_stands_in_its_own_cell():
    # 商业企业's full rows print 50: a figure of two digits there starts where theirs do, so 12 beside an empty cell is
    # 自然人's as printed whatever the rules (nothing to settle)
    rows = {**WIDE_FIGURE_A_CELL_EARLY, "new_received": "17 | - | - | - | - | - | 17",
            "carried_over": "12 |  | - | - | - | - | 12", "granted": "29 | 50 | - | - | - | - | 79",
            "results_total": "29 | 50 | - | - | - | - | 79", "carried_forward": "- | 50 | - | - | - | - | 50"}
    text = one_word_a_cell_report(rows)
    assert cells(text, "applications", "carried_over") == [(12, "value")] + [(None, "blank")] * 5 + [(12, "value")]



def with_totals(text: str, figure: int) -> str:
    """The table with new_received and results_total printing `figure` for 自然人 and as their total."""
    for key in ("new_received", "results_total"):
        text = text.replace(f"| {LABELS_2021[key]} | 5 0 | 0 0 | 0 | 0 5 |",
                            f"| {LABELS_2021[key]} | {figure} 0 | 0 0 | 0 | 0 {figure} |")
    return text


def test_a_figure_read_as_one_or_as_two_is_settled_by_the_rows_own_sum():
    # `1 0` may be 10 printed as two words, but then the row's total, 1, is not its parts' sum: they are 1 and 0
    key = "denied_state_secret"
    text = with_totals(merged_report({key: [f"| {LABELS_2021[key]} | 1 0 |  | 0 | 0 1 |"]}), 6)
    assert cells(text, "applications", key) == [(1, "recovered"), (0, "recovered"), (None, "blank"), (None, "blank"),
                                                (0, "recovered"), (0, "recovered"), (1, "recovered")]


def grants_report(granted: str) -> str:
    # granted printed short, the table's other rows whole; 5 applications by natural persons, all granted
    key = "granted"
    return merged_report({key: [f"| {LABELS_2021[key]} | {granted} |"]})


def test_one_word_in_a_cell_of_two_columns_is_placed_by_the_column_rules():
    # 5 alone in the cell of 自然人 and 商业企业: either's by the grid, 自然人's by results_total (5 0) as every other
    # outcome row prints 0 there
    got = cells(grants_report("5 | 0 0 | 0 | 0 5"), "applications", "granted")
    assert got == [(5, "recovered"), (None, "blank"), (0, "recovered"), (0, "recovered"), (0, "recovered"),
                   (0, "recovered"), (5, "recovered")]


def test_one_word_in_a_cell_of_two_columns_stays_unknown_where_no_reading_of_the_table_keeps_the_rules():
    # results_total printing 6 for 自然人 where the outcome rows read add up to 5 whichever column the 5 stands in: a
    # figure misprinted or lost somewhere, so the rules prove nothing
    got = cells(with_totals(grants_report("5 | 0 0 | 0 | 0 5"), 6), "applications", "granted")
    assert got[0][1] == got[1][1] == "unknown"


# 总计 cut at the page's edge with its name; the header's names on lines of their own; a pipe cell a column
CUT_TEXT_HEADER = "申请人情况\n自然人 法人或其他组织\n商业企业 科研机构 社会公益组织 法律服务机构 其他"


def cut_report(rows: dict[str, str]) -> str:
    """Table 3 of six pipe cells a row, every row not in `rows` printing a blank mark in each (full rows)."""
    lines = {key: [f"| {LABELS_2021[key]} | {rows.get(key, '- | - | - | - | - | -')} |"] for key in LABELS_2021}
    return report(lines, header=CUT_TEXT_HEADER).replace(
        f"{CUT_TEXT_HEADER}\n| --- | --- | --- | --- | --- | --- | --- | --- |", CUT_TEXT_HEADER)


def test_a_wide_figure_in_the_cell_before_its_column_under_a_cut_total_is_placed_by_the_column_rules():
    # 12 and 11 wider than the full rows' marks, centred in 社会公益组织's column: their left edges fall in 科研机构's
    # pipe cell, the empty one after it theirs. Read as printed they would be 科研机构's; the balance (12 = 11 + 1, the
    # 1 carried forward printed in 社会公益组织's cell of a full row) puts them in 社会公益组织
    text = cut_report({"new_received": "6 |  | 12 |  |  | ", "granted": "6 |  | 11 |  |  | ",
                       "results_total": "6 |  | 11 |  |  | ", "carried_forward": "- | - | - | 1 | - | -"})
    got = cells(text, "applications", "new_received")
    assert got[:6] == [(6, "recovered"), (None, "blank"), (None, "blank"), (12, "recovered"), (None, "blank"),
                       (None, "blank")]
    assert got[6][1] == "unknown"  # cut at the page's edge: not printed, not proven its parts' sum
    assert cells(text, "applications", "results_total")[3] == (11, "recovered")
