"""Markdown that PDF-to-markdown converters (markitdown, pymupdf4llm) make of a report's PDF: labels torn
from their figures, columns merged, merged cells repeated, `<br>` inside cells. What the reader takes from
such a table is either what the report prints or unknown, never a blank it did not see."""

from __future__ import annotations

import pytest

from orchestration.parsing.parse import parse_text
from tests.unit.test_reader_classes import ROWS

# each row's label as a converter's one-row table prints it: a sub-row with its group's heading
LABELS_2021 = {key: f"{heading} {label}" if heading and heading.startswith("（") else label
               for key, label, heading in ROWS}
FIGURES = {"new_received": "5", "granted": "5", "results_total": "5"}  # the rest 0: every balance holds
HEADER = "| （本列数据的勾稽关系） | 自然人 | 商业企业 | 科研机构 | 社会公益组织 | 法律服务机构 | 其他 | 总计 |"


def pipe_row(key: str) -> str:
    n = FIGURES.get(key, "0")
    return f"| {LABELS_2021[key]} | {n} | 0 | 0 | 0 | 0 | 0 | {n} |"


def report(table3: dict[str, list[str]] | None = None, header: str = HEADER, table2: list[str] | None = None,
           title: list[str] | None = None) -> str:
    """A 2021-template report in markdown; `table3` replaces a row's line by the given lines."""
    rows = [line for key in LABELS_2021 for line in (table3 or {}).get(key, [pipe_row(key)])]
    return "\n".join([
        *(title or ["测试县人民政府2023年政府信息公开工作年度报告"]), "一、总体情况", "正文。",
        "二、主动公开政府信息情况", "第二十条第（一）项",
        "| 信息内容 | 本年制发件数 | 本年废止件数 | 现行有效件数 |", "| --- | --- | --- | --- |",
        "| 规章 | 0 | 0 | 0 |", "| 行政规范性文件 | 2 | 0 | 9 |",
        *(table2 or ["第二十条第（五）项", "| 信息内容 | 本年处理决定数量 |", "| --- | --- |", "| 行政许可 | 4 |"]),
        "第二十条第（六）项", "| 信息内容 | 本年处理决定数量 |", "| --- | --- |", "| 行政处罚 | 1 |", "| 行政强制 | 0 |",
        "第二十条第（八）项", "| 信息内容 | 本年收费金额（单位：万元） |", "| --- | --- |", "| 行政事业性收费 | 0 |",
        "三、收到和处理政府信息公开申请情况", header, "| --- | --- | --- | --- | --- | --- | --- | --- |", *rows,
        "四、政府信息公开行政复议、行政诉讼情况",
        "| 行政复议 | | | | | 行政诉讼 | | | | | | | | | |",
        "| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |",
        "| 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 |",
        "五、存在的主要问题及改进情况", "无。",
    ])


def cells(text: str, table: str, row: str) -> list[tuple[object, str]]:
    parsed = parse_text(text, "t.md")
    found = [(c.value, c.state) for c in parsed.cells if c.table == table and c.row == row]
    assert found, f"no cells for {table} {row}"
    return found


def test_a_label_row_of_empty_cells_takes_the_figures_on_the_row_below_it():
    # markitdown: the label in a table row of its own, its figures on a label-less row under it
    text = report({"new_received": [f"| {LABELS_2021['new_received']} |  |  |  |  |  |  |  |",
                                    "|  | 5 | 0 | 0 | 0 | 0 | 0 | 5 |"]})
    assert [v for v, _ in cells(text, "applications", "new_received")] == [5, 0, 0, 0, 0, 0, 5]


def test_merged_columns_leave_the_applicant_cells_unknown_and_keep_the_total_under_its_header():
    header = "| （本列数据的勾稽关系） |  | 法人或其他组织 |  |  | 总计 |"
    text = report({"carried_over": [f"| {LABELS_2021['carried_over']} |  | 3 |  |  | 3 |"]}, header=header)
    got = cells(text, "applications", "carried_over")
    assert [s for _, s in got[:6]] == ["unknown"] * 6  # never blank, never 3 in a column it may not stand in
    assert got[6] == (3, "value")


def test_a_short_pipe_row_with_empty_cells_on_both_sides_of_its_figure_is_unknown():
    text = report({"carried_over": [f"| {LABELS_2021['carried_over']} |  |  | 0 |  |  |"]})
    assert {s for _, s in cells(text, "applications", "carried_over")} == {"unknown"}


def test_figures_of_merged_columns_are_read_when_their_words_fill_the_row():
    header = "|  |  | 自然人 | 商业企业 科研机构 | 社会公益组织 | 法律服务机构 | 其他 | 总计 |"
    text = report({"granted": [f"|  | {LABELS_2021['granted']} | 4 | 1 — | — | — | — | 5 |"],
                   "partially_granted": [f"|  | {LABELS_2021['partially_granted']} | 2 |  |  |  | 1 | 3 |"]},
                  header=header)
    assert [v for v, _ in cells(text, "applications", "granted")] == [4, 1, None, None, None, None, 5]
    # a figure under merged columns with blanks that print nothing: its column is not known, the total's is
    got = cells(text, "applications", "partially_granted")
    assert {s for _, s in got[:6]} == {"unknown"} and got[6] == (3, "value")


def test_pymupdf4llm_cells_br_col_names_and_repeated_merged_labels():
    text = report({
        "new_received": [f"|Col1|{LABELS_2021['new_received']}|{LABELS_2021['new_received']}|5|0|0|0|0|0|5|"],
        "other_no_correction": ["|（六）其他<br>处理|1.申请人无正当理由逾期不补<br>正、行政机关不再处理其政府信息公开申请|0|0|0|0|0|0|0|"],
        "other_no_fee_paid": ["|（六）其他<br>处理|2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请|0|0|0|0|0|0|0|"],
        "other_misc": ["|（六）其他<br>处理|3.其他|2|0|0|0|0|0|2|"],
        "results_total": ["|（七）总计|（七）总计|7|0|0|0|0|0|7|"],
    })
    assert [v for v, _ in cells(text, "applications", "new_received")] == [5, 0, 0, 0, 0, 0, 5]
    assert [v for v, _ in cells(text, "applications", "other_misc")] == [2, 0, 0, 0, 0, 0, 2]
    assert [v for v, _ in cells(text, "applications", "results_total")] == [7, 0, 0, 0, 0, 0, 7]


def test_a_single_figure_in_a_pipe_cell_is_never_split():
    # pymupdf4llm on a PDF whose total column is cut: the label repeated over its merged cells, 26 then empties
    label = LABELS_2021["new_received"]
    text = report({"new_received": [f"|{label}|{label}|{label}|26||||||"]})
    got = cells(text, "applications", "new_received")
    assert got[0] == (26, "value") and got[6][1] == "unknown"


# pymupdf4llm's grid of LibreOffice's PDF of a table laid wider than the page: the header's words of the first five
# applicant columns, a sixth column the paper's edge closes whose header shows nothing (其他 and 总计 past the edge,
# where LibreOffice writes no glyph), every row's cells there empty
CUT_HEADER = "|（本列数据的勾稽关系）|自<br>然<br>人|商<br>业<br>企<br>业|科<br>研<br>机<br>构|社<br>会<br>公<br>益<br>组<br>织|法律<br>服务<br>机构||"


def cut_row(key: str) -> str:
    label = LABELS_2021[key]
    return f"|{label}|{FIGURES.get(key, '0')}||||||"


def test_a_column_the_page_edge_closes_with_no_header_word_is_unknown_not_blank():
    text = report({key: [cut_row(key)] for key in LABELS_2021}, header=CUT_HEADER)
    for row in ("new_received", "granted", "denied_state_secret", "results_total"):
        got = cells(text, "applications", row)
        assert got[0] == (int(FIGURES.get(row, "0")), "value"), (row, got)
        assert [state for _, state in got[1:5]] == ["blank"] * 4, (row, got)  # the columns the header names
        # 其他: what the PDF held there lies past the paper's edge, not in the file; and 总计 with it
        assert [state for _, state in got[5:]] == ["unknown", "unknown"], (row, got)
    # the same grid whose header names 其他 over that column: its empty cells are blank cells
    named = CUT_HEADER.removesuffix("||") + "|其他|"
    got = cells(report({key: [cut_row(key)] for key in LABELS_2021}, header=named), "applications", "granted")
    assert got[0] == (5, "value") and [state for _, state in got[1:6]] == ["blank"] * 5 and got[6][1] == "unknown"


def test_table_2_figures_inside_the_label_cell_and_a_merged_cell_repeated():
    text = report(table2=["第二十条第（五）项", "| 信息内容 本年处理决定数量 |  |  |", "| --- | --- | --- |",
                          "| 行政许可 517645 |  |  |"])
    assert cells(text, "disclosures", "administrative_licensing") == [(517645, "value")]
    text = report(table2=["第二十条第（五）项", "|信息内容|本年处理决定数量|本年处理决定数量|",
                          "|---|---|---|", "|行政许可|27|27|"])
    assert cells(text, "disclosures", "administrative_licensing") == [(27, "value")]


def test_a_label_with_nothing_after_it_in_a_table_that_prints_zeros_is_unknown_not_blank():
    # an OCR's text: the row's zeros lost (no cell at all after its label), its neighbours print theirs
    lines = [f"{LABELS_2021[k]}  {FIGURES.get(k, '0')}" for k in LABELS_2021]
    lines[LIST_INDEX] = LABELS_2021["rejected_petition"]
    text = report({k: [line] for k, line in zip(LABELS_2021, lines)}, header="申请人情况 自然人")
    assert {s for _, s in cells(text, "applications", "rejected_petition")} == {"unknown"}


LIST_INDEX = list(LABELS_2021).index("rejected_petition")


def test_a_title_whose_year_a_converter_set_on_a_line_of_its_own():
    text = report(title=["沭阳县人民政府 年 政府信息公开", "2025", "工作年度报告"])
    parsed = parse_text(text, "t.md")
    assert (parsed.agency, parsed.year) == ("沭阳县人民政府", 2025)


# figures that tell a row from its neighbours (the balances hold: 21 received, 21 handled)
APART = {"new_received": 21, "granted": 3, "partially_granted": 4, "denied_state_secret": 1,
         "denied_prohibited_by_law": 2, "denied_security_stability": 6, "unavailable_not_held": 5, "results_total": 21}


def apart_row(key: str, label: str = "") -> str:
    n = APART.get(key, 0)
    return f"| {label} | {n} | 0 | 0 | 0 | 0 | 0 | {n} |"


def apart_report(table3: dict[str, list[str]]) -> str:
    return report({key: [apart_row(key, LABELS_2021[key])] for key in APART} | table3)


def natural_persons(text: str, keys: list[str]) -> dict[str, tuple[object, str]]:
    return {key: cells(text, "applications", key)[0] for key in keys}


def test_rows_of_figures_printed_above_their_labels_are_their_own_rows():
    # markitdown of a PDF whose cells centre their figures: each row's figures a pipe row above its label,
    # the first row's right under the header
    keys = ["new_received", "granted", "partially_granted", "denied_state_secret", "denied_prohibited_by_law"]
    text = apart_report({key: [apart_row(key), LABELS_2021[key]] for key in keys})
    assert natural_persons(text, keys) == {key: (APART[key], "value") for key in keys}


def test_figures_above_or_below_their_labels_in_one_table_and_a_page_number_between():
    text = apart_report({
        "granted": [LABELS_2021["granted"], apart_row("granted")],  # below its label
        "partially_granted": [apart_row("partially_granted"), "|  |  |  | - 7 | - |",  # above it, a footer between
                              f"| {LABELS_2021['partially_granted']} |  |  |  |  |  |  |  |"],
        "denied_state_secret": [apart_row("denied_state_secret"), LABELS_2021["denied_state_secret"]],
    })
    keys = ["granted", "partially_granted", "denied_state_secret"]
    assert natural_persons(text, keys) == {key: (APART[key], "value") for key in keys}


def test_a_group_heading_holding_the_figures_of_the_sub_row_below_it():
    text = apart_report({"unavailable_not_held": ["| （四）无法提供 | 5 | 0 | 0 | 0 | 0 | 0 | 5 |",
                                                  "1.本机关不掌握相关政府信息"]})
    assert cells(text, "applications", "unavailable_not_held")[0] == (5, "value")


@pytest.mark.parametrize("second", [LABELS_2021["partially_granted"],
                                    f"| {LABELS_2021['partially_granted']} |  |  |  |  |  |  |  |"],
                         ids=["a plain line", "a row of empty cells"])
def test_one_row_of_figures_between_two_labels_without_figures_is_neither_label_s(second):
    # nothing says whether the 3s are （一）'s, printed below it, or （二）'s, printed above it, nor whether
    # （二）'s empty cells are blanks or its figures printed apart
    text = apart_report({"granted": [LABELS_2021["granted"], apart_row("granted")], "partially_granted": [second]})
    for key in ("granted", "partially_granted"):
        assert {state for _, state in cells(text, "applications", key)} == {"unknown"}


def test_other_printed_as_one_row_whose_figures_are_unread_stays_that_row_unknown():
    # （六）其他处理 as one pipe row of empty cells, and a line of figures below it that （七）总计's label is wrapped
    # round: the table prints `other`, not its three sub-rows; the line inside 总计's wrapped label is its own
    text = report({"other_no_correction": ["|  | （六）其他处理 |  |  |  |  |  |  |  |"], "other_no_fee_paid": [],
                   "other_misc": [], "results_total": ["（ 七", "|  |  | 5 | 0 | 0 | 0 | 0 | 0 | 5 |", "） 总 计"]})
    assert {s for _, s in cells(text, "applications", "other")} == {"unknown"}
    assert [v for v, _ in cells(text, "applications", "results_total")] == [5, 0, 0, 0, 0, 0, 5]


def disclosures(text: str, item: str) -> list[tuple[object, str]]:
    parsed = parse_text(text, "t.md")
    return [(c.value, c.state) for c in parsed.cells if c.table == "disclosures" and c.row == item]


def test_a_row_under_a_figure_glued_to_its_neighbours_label_reads_its_cells_where_that_row_sets_them():
    # markitdown set the first column within the label's pipe cell (`行政规范性文件1`, its 本年制发件数 glued on):
    # 规章's 25 stands where 24 does, under 现行有效件数, and its label's cell holds no 本年制发件数
    text = report().replace("| 规章 | 0 | 0 | 0 |\n| 行政规范性文件 | 2 | 0 | 9 |",
                            "| 规章 |  | 25 |  |\n| --- | --- | --- | --- |\n| 行政规范性文件1 | 1 | 24 |  |")
    assert disclosures(text, "regulations") == [(None, "blank"), (None, "blank"), (25, "value")]
    assert [v for v, _ in disclosures(text, "normative_documents")] == [1, 1, 24]


def test_a_row_with_a_figure_where_the_glued_row_prints_none_is_unknown():
    text = report().replace("| 规章 | 0 | 0 | 0 |\n| 行政规范性文件 | 2 | 0 | 9 |",
                            "| 规章 |  | 25 | 3 |\n| --- | --- | --- | --- |\n| 行政规范性文件1 | 1 | 24 |  |")
    assert {s for _, s in disclosures(text, "regulations")} == {"unknown"}  # never 25 本年废止 and 3 现行有效


def test_a_row_of_figures_two_rows_read_is_neither_rows():
    # a label-less pipe row of figures that two labels wrapped round their own figures both took: whose it is is not
    # known, so both rows are left unread; a row whose figures no other row reads is kept
    from orchestration.parsing.application_table import _rows_reading_one_line_of_figures
    from orchestration.parsing.rows import RawCell, Row

    shared = Row([RawCell("3", 50), RawCell("1", 50), RawCell("4", 50)], piped=True)
    own = Row([RawCell("标签", 60), RawCell("2", 60)], piped=True)
    read = {"partially_granted": (shared, shared.cells, None, "figures_apart"),
            "rejected_publication": (shared, shared.cells, None, "figures_apart"),
            "granted": (own, own.cells[1:], None, "value")}
    assert _rows_reading_one_line_of_figures(read) == ["partially_granted", "rejected_publication"]


MARKS = "|  | - | - | - | - | - | - | - |"  # a row printing a blank mark in every cell, no label


def test_a_row_of_marks_inside_its_wrapped_label_is_its_own_though_the_counts_match_shifted():
    # markitdown: `7.属于` / a label-less pipe row of marks / `行政执法案卷`. new_received's figures stand above its
    # label (counted nowhere) and unavailable_not_held's apart inside its label of empty cells (counted): as many
    # rows of figures apart as labels without figures, but paired in order each takes the next one's
    text = apart_report({
        "new_received": [apart_row("new_received"), LABELS_2021["new_received"]],
        "denied_prohibited_by_law": ["2.其他法律行政法规禁止", MARKS, "公开"],
        "denied_enforcement_files": ["7.属于", MARKS, "行政执法案卷"],
        "unavailable_not_held": ["| 1.本机关不掌握相关政府 |  |  |  |  |  |  |  |", apart_row("unavailable_not_held"),
                                 "| 信息 |  |  |  |  |  |  |  |"]})
    for key in ("denied_prohibited_by_law", "denied_enforcement_files"):
        assert cells(text, "applications", key) == [(None, "blank")] * 7
    assert natural_persons(text, ["new_received", "unavailable_not_held"]) == {
        "new_received": (21, "value"), "unavailable_not_held": (5, "value")}


def test_rows_of_figures_inside_their_wrapped_labels_keep_the_order_that_pairs_each_with_its_label():
    # the same rows, new_received's figures below its label: the order pairs each row of figures with the label
    # wrapped round it, and nothing changes
    text = apart_report({
        "new_received": [LABELS_2021["new_received"], apart_row("new_received")],
        "denied_prohibited_by_law": ["2.其他法律行政法规禁止", apart_row("denied_prohibited_by_law"), "公开"],
        "denied_enforcement_files": ["7.属于", apart_row("denied_enforcement_files"), "行政执法案卷"]})
    keys = ["new_received", "denied_prohibited_by_law", "denied_enforcement_files"]
    assert natural_persons(text, keys) == {"new_received": (21, "value"), "denied_prohibited_by_law": (2, "value"),
                                           "denied_enforcement_files": (0, "value")}


# ---------------------------------------------------------------- a plain line of blank marks, one short


def test_a_plain_line_of_blank_marks_one_short_is_blank_where_the_sums_prove_it():
    # LibreOffice's DOCX through markitdown: `3.要 / / / / / /`, six marks for seven columns, which one lost not
    # shown; the row's total makes the lost cell 0 or blank wherever it stands, and APP_OUTCOME_SUM holds in
    # every column with the row blank
    text = report({"rejected_publication": ["3.要求提供公开出版物 / / / / / /"]})
    assert cells(text, "applications", "rejected_publication") == [(None, "blank")] * 7
    assert cells(text, "applications", "granted")[0] == (5, "value")


@pytest.mark.parametrize("line", [
    "3.要求提供公开出版物 / / / / /",  # two cells lost: a figure and its total could be among them
    "3.要求提供公开出版物 / / / / / 0",  # a 0 in a column not shown: which one, the text does not say
], ids=["two-lost", "a-zero-among-them"])
def test_a_plain_line_of_blank_marks_the_sums_do_not_settle_stays_unknown(line):
    text = report({"rejected_publication": [line]})
    assert {state for _, state in cells(text, "applications", "rejected_publication")} == {"unknown"}


def test_a_plain_line_of_blank_marks_one_short_stays_unknown_where_the_column_sums_fail_with_it_blank():
    # （七）总计 prints 6 where the other outcome rows sum to 5: the lost cell may be 1 (the row's total then
    # wrong) as well as blank; the rules do not settle it
    old = dict(FIGURES)
    try:
        FIGURES.update({"new_received": "6", "results_total": "6"})
        text = report({"rejected_publication": ["3.要求提供公开出版物 / / / / / /"]})
    finally:
        FIGURES.clear()
        FIGURES.update(old)
    assert {state for _, state in cells(text, "applications", "rejected_publication")} == {"unknown"}
