"""markitdown of LibreOffice's PDF: pdfminer sets a piece's pipe columns where its words stand, so two of the
page's columns may share one pipe cell (`| 15 15 |`) and empty columns vanish. A row of fewer pipe cells than the
columns, read in order, then takes a lone figure in such a pipe column for the first column's, whichever it
stands in; and where the header names no 总计 and a row prints one figure alone, the total column is printed
nowhere, so a plain line `（二）部分公开 1 1` holds two parts, never a part and its total. A header naming 自然人
with its characters spread apart (`自 然`) still names the applicant columns of a table cut with its 总计."""

from __future__ import annotations

from tests.unit.test_converted_markdown import LABELS_2021, cells, report

NO_TOTAL_HEADER = ["自然人 法人或其他组织", "|  |  |  | 科研 社会公 | 法律服务 |  |", "| --- | --- | --- | --- | --- | --- |",
                   "商业企业 其他", "|  |  |  | 机构 益组织 | 机构 |  |"]
HEADER_RULE = "| --- | --- | --- | --- | --- | --- | --- | --- |"


def lo_report(table3: dict[str, list[str]]) -> str:
    text = report(table3)
    header = next(line for line in text.splitlines() if line.startswith("| （本列数据的勾稽关系）"))
    return text.replace(f"{header}\n{HEADER_RULE}", "\n".join(NO_TOTAL_HEADER))


def sub_row(key: str, figures: str) -> list[str]:
    return [f"|  | {LABELS_2021[key].split()[-1]} | {figures} |  |  |  |", "| --- | --- | --- | --- | --- | --- |"]


MERGED = {"new_received": [f"| {LABELS_2021['new_received']} |  | 15 15 |  |  |  |", "| --- | --- | --- | --- | --- | --- |"]}


def test_a_lone_figure_beside_a_pipe_cell_of_two_columns_figures_is_unknown():
    # `15 15`: 自然人's and 商业企业's figures in one pipe column; the 1 below it is either's
    text = lo_report({**MERGED, "denied_administrative_query": sub_row("denied_administrative_query", "1")})
    read = cells(text, "applications", "denied_administrative_query")
    assert (1, "value") not in read
    assert all(state == "unknown" for _, state in read)


def test_a_short_row_in_a_table_without_merged_cells_is_still_read_in_order():
    text = lo_report({"denied_administrative_query": sub_row("denied_administrative_query", "1")})
    assert cells(text, "applications", "denied_administrative_query")[0] == (1, "value")


def test_two_figures_on_a_plain_line_where_no_total_is_printed_are_never_a_part_and_its_total():
    # the header names no 总计 and `| 2 |` alone on a row: its total would print 2 again were the column shown
    text = lo_report({**MERGED, "partially_granted": [f"{LABELS_2021['partially_granted']} 1 1"],
                      "denied_internal_affairs": sub_row("denied_internal_affairs", "2")})
    read = cells(text, "applications", "partially_granted")
    assert read[-1] != (1, "value") and read[-1] != (1, "recovered")
    assert read[-1][1] == "unknown"


SPREAD_HEADER = ["（本列数", "法人或其他组织", "据的勾稽关系为：第一项加第二项之和，等于第三项加", "自 然", "第四项之和）",
                 "|  |  | 人 商 业 | 科研机 | 社会公益 | 法律服务 其 |", "| --- | --- | --- | --- | --- | --- |",
                 "|  |  | 企 业 | 构 | 组织 | 机构 他 |"]


def test_six_words_a_row_under_a_header_spreading_its_words_read_its_total_cut():
    # LibreOffice spreads `自然` as `自 然` (on a line of the bracketed note); 总计 cut at the page's edge: every
    # row prints six words, the shown columns in order, its total their sum
    figures = {"new_received": "20 0 | 0 | 0 | 0 1", "granted": "20 0 | 0 | 0 | 0 1", "results_total": "20 0 | 0 | 0 | 0 1"}
    rows = {key: [f"| {label} |  | {figures.get(key, '0 0 | 0 | 0 | 0 0')} |"] for key, label in LABELS_2021.items()}
    text = report(rows)
    header = next(line for line in text.splitlines() if line.startswith("| （本列数据的勾稽关系）"))
    text = text.replace(f"{header}\n{HEADER_RULE}", "\n".join(SPREAD_HEADER))
    read = cells(text, "applications", "new_received")
    assert [value for value, _ in read] == [20, 0, 0, 0, 0, 1, 21]
    assert read[-1][1] == "recovered"


def test_a_figure_touching_the_closing_quote_ending_a_label_is_the_rows_first_word_under_a_cut_total():
    # `| 3.危及“三安全一稳定”1 | 0 | 0 0 | 0 | 0 |`: the label ends in a quote, the figure after it no word of it
    header = "|  |  | 自然人 商业企业 | 科研机构 社会公益组织 | 法律服务机构 | 其他 |"
    rows = {key: [f"| {label} |  | 0 0 | 0 0 | 0 | 0 |"] for key, label in LABELS_2021.items()}
    for key in ("new_received", "results_total"):
        rows[key] = [f"| {LABELS_2021[key]} |  | 1 0 | 0 0 | 0 | 0 |"]
    rows["denied_security_stability"] = ["|  | 3.危及“三安全一稳定”1 | 0 | 0 0 | 0 | 0 |"]
    got = cells(report(rows, header=header), "applications", "denied_security_stability")
    assert [value for value, _ in got[:6]] == [1, 0, 0, 0, 0, 0]
    assert got[6] in ((1, "recovered"), (None, "unknown"))  # 总计 cut: its sum, or not known
