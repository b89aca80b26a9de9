"""markitdown's pipe tables of a report's PDF: it sets its columns where the page's words stand, so a merged
label's place, a column cut at the page's edge or columns merged leave empty pipe cells beside the figures,
and several figures share a cell (`3 0`). The reader takes such a row's figures where the text proves their
columns, the cut total from its parts (recovered), and leaves the rest unknown: never a blank it did not see,
never a figure shifted a column."""

from __future__ import annotations

from decimal import Decimal

from tests.unit.test_converted_markdown import LABELS_2021, cells, report


def test_a_table_cut_before_its_total_reads_each_rows_words_as_the_shown_columns():
    # LibreOffice's PDF of a wide page cuts 总计; markitdown merges the applicant columns in pairs, and the label's
    # place on the page leaves an empty pipe cell before the figures of every row
    # (as wide as the table's `| --- |` line: two empty cells of the page's width after the figures)
    header = "|  |  | 自然人 商业企业 | 科研机构 社会公益组织 | 法律服务机构 | 其他 |  |  |"
    rows = {key: [f"| {label} |  | {'5' if key in ('new_received', 'granted', 'results_total') else '0'} 0 | 0 0 | 0 | 0 |  |  |"]
            for key, label in LABELS_2021.items()}
    text = report(rows, header=header)
    got = cells(text, "applications", "new_received")
    assert [v for v, _ in got] == [5, 0, 0, 0, 0, 0, 5]
    # the total is not printed: its parts' sum, the one value APP_APPLICANT_SUM leaves, recovered (as gdw's PDF
    # reader does on the same PDF; a report leaving a total blank whatever its parts is not seen)
    assert [s for _, s in got] == ["value"] * 6 + ["recovered"]


def test_empty_cells_before_the_figures_in_no_column_of_figures_are_no_blank_cells():
    # `|  | （七）总计 |  |  |  | 17 | 0 | 0 | 0 | 4 | 5 |`: 总计 cut, the empty cells the label's place on the page:
    # read as blank cells they made 自然人 blank and 17 商业企业's
    text = report({"results_total": [f"|  | {LABELS_2021['results_total']} |  |  |  | 17 | 0 | 0 | 0 | 4 | 5 |"]})
    assert {s for _, s in cells(text, "applications", "results_total")} == {"unknown"}


def test_an_empty_cell_in_a_column_other_rows_print_figures_in_stays_a_blank_cell():
    text = report({"carried_over": [f"| {LABELS_2021['carried_over']} |  | 0 | 0 | 0 | 0 | 0 |  |"],
                   "new_received": [f"| {LABELS_2021['new_received']} | 5 | 0 | 0 | 0 | 0 | 0 | 5 |"]})
    assert cells(text, "applications", "carried_over")[0] == (None, "blank")


def test_merged_cells_of_figures_and_marks_are_no_part_of_the_label():
    # markitdown of LibreOffice's PDF: `— 5` is no single value, and the label was taken to run on to it
    text = report({"new_received": [f"| {LABELS_2021['new_received']} | 4 | — 1 | — — | — | 5 |"],
                   "carried_over": [f"| {LABELS_2021['carried_over']} | 0 | — 1 | — — | 1 |"]})
    assert [v for v, _ in cells(text, "applications", "new_received")] == [4, None, 1, None, None, None, 5]
    # six words for seven columns: which one is missing is not known
    assert {s for _, s in cells(text, "applications", "carried_over")} == {"unknown"}


TABLE_2_HEAD = ["第二十条第（五）项", "| 信息内容 | 本年处理决定数量 |", "| --- | --- |", "| 行政许可 | 4 |"]


def table_2(normative: str, procurement: list[str] | None = None) -> str:
    text = report(table2=[*TABLE_2_HEAD, *(procurement or [])])
    return text.replace("| 行政规范性文件 | 2 | 0 | 9 |", normative)


def test_a_figure_glued_to_its_label_in_a_pipe_row_is_its_first_cell_and_the_empty_cell_after_it_none():
    got = cells(table_2("| 行政规范性文件2 |  | 0 | 9 |  |  |"), "disclosures", "normative_documents")
    assert [(v, s) for v, s in got] == [(2, "value"), (0, "value"), (9, "value")]
    # two figures after it for two columns, one of them blank? which is not known
    got = cells(table_2("| 行政规范性文件2 |  |  | 9 |  |"), "disclosures", "normative_documents")
    assert {s for _, s in got} == {"unknown"}


PROCUREMENT = ["第二十条第（九）项", "| 信息内容 | 采购项目数量 | 采购总金额 |", "| --- | --- | --- |"]


def test_an_amount_wrapped_round_its_pipe_row_is_joined_from_the_lines_before_and_after_it():
    text = table_2("| 行政规范性文件 | 2 | 0 | 9 |",
                   [*PROCUREMENT, "人民币2", "| 政府集中采购 | 2 |  |", "| --- | --- | --- |", "9.895859万元"])
    assert [v for v, _ in cells(text, "disclosures", "centralized_procurement")] == [2, Decimal("29.895859")]


def test_an_amount_with_a_piece_on_one_side_of_its_pipe_row_only_is_unknown_not_blank():
    text = table_2("| 行政规范性文件 | 2 | 0 | 9 |", [*PROCUREMENT, "| 政府集中采购 | 2 |  |", "9.895859万元"])
    assert cells(text, "disclosures", "centralized_procurement") == [(2, "value"), (None, "unknown")]


def test_a_merged_cell_of_several_figures_is_never_read_as_one_cell():
    # `| 1 - | - - | - | - |`: six words for seven columns (总计 cut): read as four cells in order, `1 -` made 自然人 blank
    text = report({"denied_state_secret": [f"|  | {LABELS_2021['denied_state_secret']} | 1 - | - - | - | - |"]})
    assert {s for _, s in cells(text, "applications", "denied_state_secret")} == {"unknown"}


def test_table_4s_merged_cell_of_figures_is_never_read_as_one_cell():
    # `| 2 - | - | 1 | 3 | … |`: fourteen words for fifteen columns, the first pipe cell two of them; read as one
    # cell it made 结果维持 blank and 1 结果纠正's
    text = report().replace("| 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 |",
                            "| 2 - | - | 1 | 3 | - - | - - - | - - | - | - |")
    assert {s for _, s in cells(text, "reviews", "administrative_review")} == {"unknown"}


def test_a_bare_label_line_round_a_pipe_row_of_figures_without_a_label_is_unknown_not_blank():
    # `一、本年` / `|  |  |  | 11 — | 3 — | — | — 14 |` / `新收政府信息公开申请数量`: the label wrapped round its figures'
    # line, in a table that prints — for its blanks (its bare label line read as a row of blanks before)
    rows = {key: [f"| {label} |  |  | — — | — — | — | — — |"] for key, label in LABELS_2021.items()}
    figures = "|  |  | 11 — | 3 — | — | — 14 |"
    rows["new_received"] = ["一、本年", f"|  {figures}", "| --- | --- | --- | --- | --- | --- | --- |", "新收政府信息公开申请数量"]
    rows["granted"] = [f"| {LABELS_2021['granted']} {figures}"]
    rows["results_total"] = [f"| {LABELS_2021['results_total']} {figures}"]
    # (md11: `11 —` is a cell of figures, no label's words, so the pipe row is label-less and the label's lines round
    # it name it: its words in order, 11 + 3 = 14; before, it was unknown)
    assert cells(report(rows), "applications", "new_received") == [
        (11, "value"), (None, "blank"), (3, "value"), (None, "blank"), (None, "blank"), (None, "blank"), (14, "value")]


def test_an_amount_ending_on_the_line_after_its_pipe_row_is_joined():
    text = report(table2=[*TABLE_2_HEAD, "第二十条第（八）项", "| 信息内容 | 本年收费金额（单位：万元） |  |  |",
                          "| --- | --- | --- | --- |", "| 行政事业性收费 | 37.3 |  |  |", "", "209 万元"])
    text = text.replace("| 行政事业性收费 | 0 |\n", "", 1)
    assert cells(text, "disclosures", "administrative_fees") == [(Decimal("37.3209"), "value")]


def test_words_one_a_column_with_an_empty_cell_among_them_are_read_where_the_sum_holds():
    # markitdown of Chromium's PDF: `|  |  | 1 | 0 | 0 0 | 0 |  | 0 1 |`, its seven words fill the seven columns (the
    # empty cells before them dropped as no column's, the row is still read: recovered, as the rules read it before)
    figures = "|  |  | 1 | 0 | 0 0 | 0 |  | 0 1 |"
    text = report({"carried_over": [f"| {LABELS_2021['carried_over']} {figures}"]})
    assert cells(text, "applications", "carried_over") == [(1, "recovered"), *[(0, "recovered")] * 5, (1, "recovered")]
    # the same words breaking the row's sum: a figure may be printed as two words (`８ ０`): unknown
    text = report({"carried_over": [f"| {LABELS_2021['carried_over']} |  |  | 1 | 0 | 0 0 | 0 |  | 0 2 |"]})
    assert {s for _, s in cells(text, "applications", "carried_over")} == {"unknown"}


def test_a_merged_cell_of_marks_among_words_as_many_as_the_columns_is_never_one_cell():
    # `| 5 | — — | — | — | — | 5 |  |`: seven words for seven columns in six cells and an empty one; the merged
    # `— —` read as one cell moved 5 into 其他 and left 总计 blank (no rule sees a blank total). The words are the
    # cells in order where the row's sum holds, recovered; where it fails, unknown
    text = report({"new_received": [f"| {LABELS_2021['new_received']} | 5 | — — | — | — | — | 5 |  |"],
                   "granted": [f"| {LABELS_2021['granted']} | 5 | — — | — | — | — | 6 |  |"]})
    assert cells(text, "applications", "new_received") == [(5, "recovered"), *[(None, "blank")] * 5, (5, "recovered")]
    assert {s for _, s in cells(text, "applications", "granted")} == {"unknown"}


def test_a_merged_cell_of_figures_printed_alike_on_the_row_above_is_no_repeated_label():
    # `| 3 — |` under `| 3 — |`: a converter's merged cells of figures and blank marks are no label merged down
    # two rows (pymupdf4llm repeats those); emptied as one, the row read 1 under 科研机构 and 3 as blank
    text = report({"denied_security_stability": [f"| {LABELS_2021['denied_security_stability']} | 3 — | — | 1 | — | — | 4 |"],
                   "denied_third_party_rights": [f"| {LABELS_2021['denied_third_party_rights']} | 3 — | — | 1 | — | — | 4 |"]})
    for key in ("denied_security_stability", "denied_third_party_rights"):
        assert cells(text, "applications", key) == [(3, "value"), (None, "blank"), (None, "blank"), (1, "value"),
                                                    (None, "blank"), (None, "blank"), (4, "value")]


def test_a_row_short_of_words_where_the_others_print_a_mark_for_each_blank_is_unknown():
    # the other rows print `—` for a blank; `| 3 | 0 | 0 | 0 | 0 | 3 |  |` printed nothing for one of them, its
    # words packed left: read as it stood, 3 went to 其他 and the total blank, which no rule sees
    rows = {key: [(f"| {label} | {'5' if key in ('new_received', 'granted', 'results_total') else '—'} | — | — | — | — | — | "
                   f"{'5' if key in ('new_received', 'granted', 'results_total') else '—'} |")]
            for key, label in LABELS_2021.items()}
    rows["granted"] = [f"| {LABELS_2021['granted']} | 5 | — | — | — | — | 5 |  |"]
    text = report(rows)
    assert {s for _, s in cells(text, "applications", "granted")} == {"unknown"}
    assert cells(text, "applications", "new_received")[0] == (5, "value")


CUT_HEADER = "| （本列数据的勾稽关系） | 自然人 | 商业企业 | 科研机构 | 社会公益组织 | 法律服务机构 | 其他 |  |"


def cut_table(**lines: str) -> str:
    """总计 cut at the page's edge with its header cell: every row prints six words, then an empty cell."""
    rows = {key: [(f"| {label} | {'5' if key in ('new_received', 'granted', 'results_total') else '—'} | — | — | — | — "
                   "| — |  |")] for key, label in LABELS_2021.items()}
    return report({**rows, **{key: [line] for key, line in lines.items()}}, header=CUT_HEADER)


def test_a_row_of_seven_words_under_a_cut_total_is_unknown_and_the_others_still_read_in_order():
    # `1 0` is 10 printed in two words (or a total beside the cut ones?): it once made the reader drop the cut-total
    # reading for the whole table, and every row's empty cell past 其他 was read as a blank total
    text = cut_table(carried_over=f"| {LABELS_2021['carried_over']} | 1 0 | — | — | — | 2 | — |  |")
    assert {s for _, s in cells(text, "applications", "carried_over")} == {"unknown"}
    assert cells(text, "applications", "new_received") == [(5, "value")] + [(None, "blank")] * 5 + [(5, "recovered")]


def test_a_cut_total_is_unknown_also_in_a_row_read_as_it_stands():
    # a blank printing nothing in its place: five words, not read as the six shown columns in order, but as they
    # stand; the cell past 其他 is no total's
    text = cut_table(granted=f"| {LABELS_2021['granted']} | 5 | — |  | — | — | — |  |")
    assert cells(text, "applications", "granted")[6] == (None, "unknown")


def test_a_figure_under_the_total_header_with_another_after_it_is_no_total():
    # `| 1 | 2 |` under `| 总计 |  |`: 12 printed in two pieces? the total is unknown, never 1
    header = "| （本列数据的勾稽关系） | 自然人 | 商业企业 | 科研机构 | 社会公益组织 | 法律服务机构 | 其他 | 总计 |  |"
    text = report({"carried_forward": [f"| {LABELS_2021['carried_forward']} | 2 | 2 | 5 | 3 | — | — | 1 | 2 |"]},
                  header=header)
    assert cells(text, "applications", "carried_forward")[6][1] == "unknown"


def test_a_cut_total_table_whose_header_spreads_its_applicant_name_a_character_a_line_reads_in_order():
    # markitdown of LibreOffice's PDF: `自` / `然` / `人` on lines of their own between the header's pipe rows, the
    # label's place on the page two empty pipe cells before the figures
    lines = ["| （本列数据的勾稽关系） |  |  |  | 法人或其他组织 |  |  |", "| --- | --- | --- | --- | --- | --- | --- |",
             "自", "等于第三项加第四项之和）", "然", "|  |  |  |  | 科研机 社会公 | 法律服务机 |  |", "人", "商业企业 其他"]
    header = "\n".join(lines)
    rows = {key: [f"| {label} |  |  | {'5' if key in ('new_received', 'granted', 'results_total') else '0'} 0 | 0 0 | 0 | 0 |"]
            for key, label in LABELS_2021.items()}
    got = cells(report(rows, header=header), "applications", "granted")
    assert got == [(5, "value")] + [(0, "value")] * 5 + [(None, "unknown")]


def test_a_cut_total_table_whose_header_sets_the_first_character_of_its_applicant_name_beside_another_word():
    # `自 法人或其他组织` / `然` / `|  |  | 人 | 科研 社会公 | 法律服务 |  |`: 自然人 spread over three lines, its first
    # character on the spanning header's line; 商业企业 whole on a header row of its own names the columns
    lines = ["（本列数据的勾稽关系为：第一项加第二项之和，等 申请人情况", "于第三项加第四项之和）", "自 法人或其他组织", "然",
             "|  |  | 人 | 科研 社会公 | 法律服务 |  |", "| --- | --- | --- | --- | --- | --- |",
             "|  |  | 商业企业 |  |  | 其他 |", "|  |  |  | 机构 益组织 | 机构 |  |"]
    rows = {key: [f"| {label} |  | {'5' if key in ('new_received', 'granted', 'results_total') else '0'} 0 | 0 2 | 3 | 0 |"]
            for key, label in LABELS_2021.items()}
    got = cells(report(rows, header="\n".join(lines)), "applications", "granted")
    assert got == [(5, "value"), (0, "value"), (0, "value"), (2, "value"), (3, "value"), (0, "value"), (None, "unknown")]


def test_table_4s_words_filling_its_columns_with_an_empty_cell_among_them_are_read_in_order_as_recovered():
    # markitdown of Chromium's PDF: a pipe cell of no column among the figures, two of them merged now and then
    row = "| 1 | 0 1 | 0 | 2 |  | 0 0 | 1 | 0 | 1 | 0 | 0 0 | 1 | 1 |  |"
    text = report().replace("| 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 |", row)
    assert cells(text, "reviews", "administrative_review") == [(1, "recovered"), (0, "recovered"), (1, "recovered"),
                                                              (0, "recovered"), (2, "recovered")]
    assert [v for v, _ in cells(text, "reviews", "litigation_after_review")] == [0, 0, 0, 1, 1]


def test_table_4s_row_short_of_a_word_beside_an_empty_pipe_cell_is_unknown():
    # a blank printed nothing and the words packed left (`| 0 | 3 | 1 | 12 | 16 | 0 | 3 | 3 | 6 | …|  |`): read cell by
    # cell 6 went to 尚未审结 and 0 to 总计, each later word a column left, the last total blank
    row = "| 0 | 3 | 1 | 12 | 16 | 0 | 3 | 3 | 6 | 0 | 1 | 3 | 2 | 6 |  |"
    text = report().replace("| 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 |", row)
    for proceeding in ("administrative_review", "litigation_direct", "litigation_after_review"):
        assert {s for _, s in cells(text, "reviews", proceeding)} == {"unknown"}


def test_a_row_short_of_its_total_whose_last_word_is_no_total_reads_as_it_stands():
    # a report leaving a total blank (`| 1 | 0 | 0 | 0 | 0 | 0 |  |`): 0 is no sum of 1, 0, 0, 0, 0, so the words were
    # not packed left past a blank printing nothing; they stand in their columns
    rows = {key: [(f"| {label} | {'5' if key in ('new_received', 'granted', 'results_total') else '0'} | 0 | 0 | 0 | 0 | 0 | "
                   f"{'5' if key in ('new_received', 'granted', 'results_total') else '0'} |")]
            for key, label in LABELS_2021.items()}
    rows["carried_forward"] = [f"| {LABELS_2021['carried_forward']} | 1 | 0 | 0 | 0 | 0 | 0 |  |"]
    got = cells(report(rows), "applications", "carried_forward")
    assert got == [(1, "value")] + [(0, "value")] * 5 + [(None, "blank")]


def test_merged_cells_of_a_figure_and_a_mark_are_figures_not_label_words_that_shift_the_rows_labels():
    # `| 3.其他 | 1 — | — | — | 3 — |`: `1 —` once counted as label words, so 3.其他's label named no row and the
    # rows below took each the next one's figures (2.申请人逾期… read （七）总计's 49 …)
    text = cut_table(other_no_fee_paid=f"| {LABELS_2021['other_no_fee_paid']} | 2 | — |  | — | 1 — |  |",
                     other_misc=f"| {LABELS_2021['other_misc']} | 1 — | — | — | 3 — |  |  |",
                     results_total=f"| {LABELS_2021['results_total']} | 49 | — 12 | — | 13 | — |  |  |")
    assert cells(text, "applications", "results_total")[0] == (49, "value")
    assert cells(text, "applications", "other_misc")[:2] == [(1, "value"), (None, "blank")]
    assert cells(text, "applications", "other_no_fee_paid")[0][0] != 49


def test_a_short_line_of_figures_outside_the_pipe_rows_of_a_table_printing_blanks_as_nothing_is_unknown():
    # markitdown of a PDF whose blanks print nothing: `二、上年` / `2` / `结转政府信息公开申请数量`, the line of figures
    # set in no pipe row; the pipe rows keep their cells' places (`| 6 | 1 |  |  |  | 5 | 12 |`), the line none: its
    # 2 may be 商业企业's as well as 自然人's
    rows = {key: [f"| {label} | 1 |  |  |  |  |  | 1 |"] for key, label in LABELS_2021.items()}
    rows["new_received"] = [f"| {LABELS_2021['new_received']} | 6 | 1 |  |  |  | 5 | 12 |"]
    rows["carried_over"] = ["二、上年", "2", "结转政府信息公开申请数量"]
    got = cells(report(rows), "applications", "carried_over")
    assert {state for _, state in got} == {"unknown"}
    assert cells(report(rows), "applications", "new_received")[:2] == [(6, "value"), (1, "value")]


def test_table_4s_row_in_a_grid_narrower_than_the_template_with_empty_cells_is_unknown_not_read_in_order():
    # markitdown of LibreOffice's PDF of a DOCX: the header's pipe cells hold two columns' words each (`结 结` over
    # `维 纠` / `持 正`), the row `| 2 | 1 | 3 |  |  |  |  |` (维持 2, 其他 1, 总计 3, blanks printing nothing): read in
    # order it made 1 结果纠正's and 3 其他's, the total blank
    text = report().replace("| 行政复议 | | | | | 行政诉讼 | | | | | | | | | |\n"
                            "| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |\n"
                            "| 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 |",
                            "| 行政复议 |  | 行政诉讼 |  |  |  |  |\n| --- | --- | --- | --- | --- | --- | --- |\n"
                            "| 结 结 | 其 尚 | 总 未经复议直接起诉 |  | 复议后起诉 |  |  |\n"
                            "| 维 纠 | 他 未 | 计 |  |  |  |  |\n| 2 | 1 | 3 |  |  |  |  |")
    assert {s for _, s in cells(text, "reviews", "administrative_review")} == {"unknown"}


def test_a_figure_sharing_a_cell_with_the_wrapped_labels_last_words_is_the_rows_first_figure():
    # markitdown of LibreOffice's PDF of a DOCX: `| 果 （三 | 1.属 1 | 0 | 0 0 | 0 0 | 1 |`, the label wrapped a few
    # characters a line beside the first column, whose 1 shares the label's pipe cell
    five = ("new_received", "granted", "results_total")
    rows = {key: [f"| {label} | {'5' if key in five else '0'} | 0 | 0 0 | 0 0 | {'5' if key in five else '0'} |"]
            for key, label in LABELS_2021.items()}
    rows["granted"] = [f"| {LABELS_2021['granted']} | 4 | 0 | 0 0 | 0 0 | 4 |"]
    rows["denied_state_secret"] = ["| 果 （三 | 1.属 1 | 0 | 0 0 | 0 0 | 1 |", "）不 于国", "予公 家秘", "开 密"]
    got = cells(report(rows), "applications", "denied_state_secret")
    assert got == [(1, "recovered")] + [(0, "recovered")] * 5 + [(1, "recovered")]


def test_a_figure_sharing_a_cell_with_the_label_is_unknown_where_the_rows_sum_breaks_with_it():
    rows = {key: [f"| {label} | 0 | 0 | 0 0 | 0 0 | 0 |"] for key, label in LABELS_2021.items()}
    rows["denied_state_secret"] = ["| 果 （三 | 1.属 1 | 0 | 0 0 | 0 0 | 2 |", "）不 于国", "予公 家秘", "开 密"]
    assert {s for _, s in cells(report(rows), "applications", "denied_state_secret")} == {"unknown"}


def test_a_row_whose_first_figure_shares_the_labels_cell_is_never_read_from_its_second_figure_on():
    # `| 2.申 3 | 0 | 0 | 0 | 0 | 0 | 3 |`: read from the cells after the label it made 0 自然人's and 3 其他's
    rows = {key: [f"| {label} | 0 | 0 | 0 | 0 | 0 | 0 | 0 |"] for key, label in LABELS_2021.items()}
    rows["other_no_fee_paid"] = ["| 2.申 3 | 0 | 0 | 0 | 0 | 0 | 3 |", LABELS_2021["other_no_fee_paid"][3:]]
    got = cells(report(rows), "applications", "other_no_fee_paid")
    assert got == [(3, "recovered")] + [(0, "recovered")] * 5 + [(3, "recovered")]
    # a blank mark shares the label's cell alike (`8.属 —`)
    rows["other_no_fee_paid"] = ["| 2.申 — | 1 | — | — | — | — | 1 |", LABELS_2021["other_no_fee_paid"][3:]]
    got = cells(report(rows), "applications", "other_no_fee_paid")
    assert [v for v, _ in got] == [None, 1, None, None, None, None, 1]


def test_a_row_whose_first_figure_shares_the_labels_cell_and_whose_words_do_not_fill_the_columns_is_unknown():
    # a blank printing nothing further on (`| 2.申 3 | 0 | 0 | 0 | 0 | 3 |`, six words): where it stands is not known
    rows = {key: [f"| {label} | 0 | 0 | 0 | 0 | 0 | 0 | 0 |"] for key, label in LABELS_2021.items()}
    rows["other_no_fee_paid"] = ["| 2.申 3 | 0 | 0 | 0 | 0 | 3 |", LABELS_2021["other_no_fee_paid"][3:]]
    assert {s for _, s in cells(report(rows), "applications", "other_no_fee_paid")} == {"unknown"}


def test_under_a_cut_total_an_empty_cell_no_row_as_wide_prints_in_is_the_pages_gap_not_a_column():
    # a page of markitdown's grid (`|  |  |  |  | 22 | 2 | 1 0 |  | 0 | 0 |`): six words for the six shown columns, and
    # an empty cell at a place no row of that grid prints in
    header = "|  |  | 自然人 商业企业 | 科研机构 社会公益组织 |  | 法律服务机构 | 其他 |"
    rows = {key: [f"| {label} |  | {'5' if key in ('new_received', 'granted', 'results_total') else '0'} 0 | 0 0 |  | 0 | 0 |"]
            for key, label in LABELS_2021.items()}
    got = cells(report(rows, header=header), "applications", "granted")
    assert got == [(5, "value")] + [(0, "value")] * 5 + [(None, "unknown")]


def test_under_a_cut_total_an_empty_cell_where_another_row_as_wide_prints_stays_unknown():
    # the row's empty cell stands where the others print their 法律服务机构 figure: a blank printing nothing in place
    # beside a figure split in two (`1 0` for 10)? which is not known
    header = "|  |  | 自然人 商业企业 | 科研机构 社会公益组织 | 法律服务机构 | 其他 |"
    rows = {key: [f"| {label} |  | 0 0 | 0 0 | 0 | 0 |"] for key, label in LABELS_2021.items()}
    rows["granted"] = [f"| {LABELS_2021['granted']} |  | 1 0 | 0 0 |  | 0 |"]
    rows["new_received"] = [f"| {LABELS_2021['new_received']} |  | 1 0 | 0 0 | 0 | 0 |"]
    assert {s for _, s in cells(report(rows, header=header), "applications", "granted")} == {"unknown"}


def test_a_row_of_blank_marks_apart_from_its_label_counts_among_the_rows_of_figures_apart_between_two_anchors():
    # markitdown of Chromium's PDF: `4.无正` / `予处理` / `| … | - | - | … |` / `当理由大量反复申请` /
    # `5.要求行政机关确认或重新出具已` / `| … | 1 | - | … | - 1 |` / `获取信息`: two labels, two rows of figures apart
    # (one of marks alone), in order; counting only the row with a digit left 5.要求…'s figures unread
    def apart(*words):
        return "|     |     |     |     |     |     | " + " | ".join(words) + " |"
    rule = "| " + " | ".join(["---"] * 12) + " |"
    rows = {key: [f"|     |     | {label} |     |     |     | 1 | - | - | - | - | - 1 |"] for key, label in LABELS_2021.items()}
    rows["rejected_excessive"] = ["（五）不", "4.无正", "予处理", apart("-", "-", "-", "-", "-", "- -"), rule, "当理由大量反复申请"]
    rows["rejected_confirmation"] = ["5.要求行政机关确认或重新出具已", apart("2", "-", "-", "-", "-", "- 2"), rule, "获取信息"]
    text = report(rows, header="|  |  | 自然人 |  |  |  | 1 | 2 | 3 | 4 | 5 | 6 7 |")
    assert [v for v, _ in cells(text, "applications", "rejected_confirmation")] == [2, None, None, None, None, None, 2]
    assert [v for v, _ in cells(text, "applications", "rejected_excessive")] == [None] * 7


def test_a_figure_touching_the_labels_last_character_is_the_rows_first_word_under_a_cut_total():
    # `| 5.要求行政机关确认或重新出具1 | - | - - | - | - |` / `已获取信息`, 总计 cut: six words for the six shown columns
    header = "|  |  | 自然人 商业企业 | 科研机构 社会公益组织 | 法律服务机构 | 其他 |"
    rows = {key: [f"| {label} |  | - - | - - | - | - |"] for key, label in LABELS_2021.items()}
    rows["rejected_confirmation"] = ["|  | 5.要求行政机关确认或重新出具1 | - | - - | - | - |", "已获取信息"]
    got = cells(report(rows, header=header), "applications", "rejected_confirmation")
    assert got == [(1, "recovered")] + [(None, "blank")] * 5 + [(None, "unknown")]


def test_under_a_cut_total_a_row_short_of_words_beside_the_pages_gap_is_unknown():
    # the page's gap (an empty cell no row prints in) after 商业企业, and a row of five words for six shown columns (a
    # blank printed nothing): read as it stood, the gap took 科研机构's place and every later word moved one on
    header = "| （本列数据的勾稽关系） | 自然人 | 商业企业 |  | 科研机构 | 社会公益组织 | 法律服务机构 | 其他 |"
    rows = {key: [f"| {label} | 1 | — |  | — | — | — | — |"] for key, label in LABELS_2021.items()}
    rows["carried_forward"] = [f"| {LABELS_2021['carried_forward']} | — | 2 |  | 1 | 1 | — |  |"]
    assert {s for _, s in cells(report(rows, header=header), "applications", "carried_forward")} == {"unknown"}


# the page's gap under a cut 总计: the header names the six shown columns one a cell, an empty cell of no column among
# them, and every row keeps its words under the header's cells with an empty cell at the gap
GAP_HEADER = "| （本列数据的勾稽关系） | 自然人 | 商业企业 | 科研机构 | 社会公益组织 |  | 法律服务机构 | 其他 |"


def _rows_under_the_gap_header() -> dict[str, list[str]]:
    five = ("new_received", "granted", "results_total")
    rows = {key: [f"| {label} | {'5' if key in five else '0'} | 0 | 0 | 0 |  | 0 | 0 |"] for key, label in LABELS_2021.items()}
    # merged cells packed to the left: the gap no longer under the header's empty cell, a figure there instead
    rows["denied_state_secret"] = [f"| {LABELS_2021['denied_state_secret']} | 0 | 0 0 | 0 0 |  | 0 |  |  |"]
    return rows


def test_under_a_cut_total_rows_are_placed_by_the_headers_named_cells_skipping_its_unnamed_one():
    # read as it stood, the gap was 法律服务机构's blank cell, 法律服务机构's 0 其他's and 其他's 0 the total
    got = cells(report(_rows_under_the_gap_header(), header=GAP_HEADER), "applications", "new_received")
    assert got == [(5, "value")] + [(0, "value")] * 5 + [(5, "recovered")]


def test_under_a_cut_total_an_empty_named_cell_before_a_word_is_a_blank_in_its_place():
    rows = _rows_under_the_gap_header()
    rows["carried_forward"] = [f"| {LABELS_2021['carried_forward']} | 1 | 0 | 0 | 0 |  |  | 1 |"]
    got = cells(report(rows, header=GAP_HEADER), "applications", "carried_forward")
    assert got == [(1, "value")] + [(0, "value")] * 3 + [(None, "blank"), (1, "value"), (2, "recovered")]


def test_under_a_cut_total_a_row_whose_other_cell_is_empty_beside_the_gap_is_unknown():
    # five words packed to the left past a blank that printed nothing, or 其他 blank in its place? not known
    rows = _rows_under_the_gap_header()
    rows["carried_forward"] = [f"| {LABELS_2021['carried_forward']} | 1 | 0 | 0 | 0 |  | 1 |  |"]
    assert {s for _, s in cells(report(rows, header=GAP_HEADER), "applications", "carried_forward")} == {"unknown"}


def test_under_a_header_naming_the_seven_columns_its_unnamed_cell_is_no_column():
    # the page's gap after 商业企业 in the header and in every row: read as a column, 科研机构 took the gap's blank,
    # every later figure moved one on and the total's cell was lost
    header = "| （本列数据的勾稽关系） | 自然人 | 商业企业 |  | 科研机构 | 社会公益组织 | 法律服务机构 | 其他 | 总计 |"
    five = ("new_received", "granted", "results_total")
    rows = {key: [f"| {label} | {'5' if key in five else '0'} | 0 |  | 0 | 0 | 0 | 0 | {'5' if key in five else '0'} |"]
            for key, label in LABELS_2021.items()}
    # merged cells packed to the left, a word where the gap stands: its seven words keep its sum, read in order
    rows["granted"] = [f"| {LABELS_2021['granted']} | 5 | 0 0 | 0 | 0 | 0 | 5 |  |  |"]
    # a blank printing nothing (six words): which column it was is not known
    rows["carried_forward"] = [f"| {LABELS_2021['carried_forward']} | 0 0 | 0 | 0 | 0 | 0 |  |  |  |"]
    text = report(rows, header=header)
    assert cells(text, "applications", "new_received") == [(5, "value")] + [(0, "value")] * 5 + [(5, "value")]
    assert cells(text, "applications", "granted") == [(5, "value")] + [(0, "value")] * 5 + [(5, "value")]
    assert {s for _, s in cells(text, "applications", "carried_forward")} == {"unknown"}


def test_a_figure_alone_under_a_total_header_that_other_rows_print_two_figures_under_is_no_total():
    # markitdown merged 其他 and 总计 into the header's `总计` cell: the other rows print `０ ２` there, so this row's
    # `６` may be its 其他 (its total wrapped off the row, `２２` / `１` on lines of their own): unknown, never 6
    header = "| （本列数据的勾稽关系） |  | 自然人 |  |  | 总计 |"
    rows = {key: [f"| {label} |  | 5 1 | 0 0 | 0 | 0 6 |"] if key in ("granted", "results_total")
            else [f"| {label} |  | 0 0 | 0 0 | 0 | 0 0 |"] for key, label in LABELS_2021.items()}
    rows["new_received"] = ["２２", f"| {LABELS_2021['new_received']} |  | ２００ １５ | ０ ０ | ０ | ６ |", "９"]
    assert cells(report(rows, header=header), "applications", "new_received")[6] == (None, "unknown")  # 229: no sum
    # pieces that keep the row's sum (221) are its total, wrapped round it (piece_rows.py): the `６` is its 其他
    rows["new_received"][-1] = "１"
    assert cells(report(rows, header=header), "applications", "new_received")[5:] == [(6, "recovered"), (221, "recovered")]


# markitdown merged 其他 and 总计: a header row as wide names 其他 in the pipe cell the row above names 总计 in
HEADER_OTHER_IN_THE_TOTAL_CELL = ("| （本列数据的勾稽关系） |  | 法人或其他组织 |  |  | 总计 |\n| --- | --- | --- | --- | --- | --- |\n"
                                  "|  |  | 自然人 商业企业 | 科研机构 | 社会公益组织 法律服务机构 | 其他 |")


def _carried_over_under(header: str, lines: list[str]) -> list[tuple[object, str]]:
    return cells(report({"carried_over": lines}, header=header), "applications", "carried_over")


def test_a_zero_alone_under_a_total_cell_that_names_other_too_is_unknown_not_the_total():
    # 0 in 其他 with 总计 blank keeps every rule as well as a total of 0: neither is proven
    label = LABELS_2021["carried_over"]
    assert _carried_over_under(HEADER_OTHER_IN_THE_TOTAL_CELL, [f"| {label} |  | 0 |  |  | 0 |"]) == [(None, "unknown")] * 7


def test_a_figure_above_zero_alone_under_a_total_cell_that_names_other_too_is_the_total():
    # were 3 其他's, the total (3 or more, a blank breaks the row's sum) would print beside it in the cell
    label = LABELS_2021["carried_over"]
    read = _carried_over_under(HEADER_OTHER_IN_THE_TOTAL_CELL, [f"| {label} |  | 3 |  |  | 3 |"])
    assert read[6] == (3, "value") and [state for _, state in read[:6]] == ["unknown"] * 6


def test_a_figure_above_zero_under_a_total_cell_naming_other_with_a_figure_apart_round_its_row_is_unknown():
    # the row's total may be wrapped off its line (Chromium), on a line or a label-less pipe row of its own
    label = LABELS_2021["carried_over"]
    for lines in (["２", f"| {label} |  | 3 |  |  | 3 |"], [f"| {label} |  | 3 |  |  | 3 |", "|  |  |  |  |  | 1 |"]):
        assert _carried_over_under(HEADER_OTHER_IN_THE_TOTAL_CELL, lines)[6] == (None, "unknown"), lines


def test_a_zero_alone_under_a_total_cell_naming_no_other_is_still_the_total():
    # 其他 named in another cell of the header (and 法人或其他组织 spanning the columns) leaves 总计's cell its own
    header = HEADER_OTHER_IN_THE_TOTAL_CELL.replace("| 科研机构 | 社会公益组织 法律服务机构 | 其他 |",
                                                    "| 科研机构 其他 | 社会公益组织 法律服务机构 |  |")
    label = LABELS_2021["carried_over"]
    assert _carried_over_under(header, [f"| {label} |  | 0 |  |  | 0 |"])[6] == (0, "value")


def _new_received_under_a_total_cell(other_rows_total_cell: str) -> list[tuple[object, str]]:
    # every other row prints `other_rows_total_cell` under the header's `总计` cell (granted and results_total 6
    # there, after 其他's 0 where the two share the cell); new_received one figure, nothing apart round its row
    header = "| （本列数据的勾稽关系） |  | 自然人 |  |  | 总计 |"
    rows = {key: [f"| {label} |  | 0 0 | 0 0 | 0 | {other_rows_total_cell} |"] for key, label in LABELS_2021.items()}
    for key in ("granted", "results_total"):
        rows[key] = [f"| {LABELS_2021[key]} |  | 5 1 | 0 0 | 0 | {other_rows_total_cell[:-1]}6 |"]
    rows["new_received"] = [f"| {LABELS_2021['new_received']} |  | 0 0 | 0 0 | 0 | 6 |"]
    return cells(report(rows, header=header), "applications", "new_received")


def test_a_figure_alone_in_a_total_cell_other_rows_print_two_figures_in_is_unknown_with_nothing_apart_round_it():
    # soundfuzz34: the 总计 cell merged with 其他 (other rows print `0 6` there, `total_merged`): a `6` alone may be
    # 其他's with the total wrapped off the row, or the total with 其他 blank; nothing standing apart round the row
    # (`_nothing_apart_round`) settles neither, so neither cell is read, never 6 as the total
    assert _new_received_under_a_total_cell("0 0")[5:] == [(None, "unknown"), (None, "unknown")]


def test_a_figure_alone_in_a_total_cell_every_row_prints_one_figure_in_is_the_total():
    # the same row where no row prints two figures in the 总计 cell and the header names no 其他 there: its total
    assert _new_received_under_a_total_cell("0")[6] == (6, "value")
