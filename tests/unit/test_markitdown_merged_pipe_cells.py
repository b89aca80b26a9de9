"""markitdown's pipe rows where its grid is narrower than the table: a header cell naming two applicant columns
(`| 科研 社会公 |`, the page's words of two columns in one pipe column) leaves a row fewer pipe cells than the
columns, so its empty cells are not blank cells in order; and a figure pdfminer gave no pipe column stands on a
line of its own above its row, so that row's empty cells may be its place. Neither is read as blank."""

from __future__ import annotations

from tests.unit.test_converted_markdown import HEADER, LABELS_2021, cells, report

RULE_8 = "| --- | --- | --- | --- | --- | --- | --- | --- |"
MERGED_HEADER = ["自然人", "|  |  | 科研 社会公 | 法律服务 |  |", "| --- | --- | --- | --- | --- |",
                 "商业企业 其他", "|  |  | 机构 益组织 | 机构 |  |", "| --- | --- | --- | --- | --- |"]


def with_merged_header(granted: str, other_header: list[str] = MERGED_HEADER) -> str:
    text = report({"granted": [granted]})
    return text.replace(f"{HEADER}\n{RULE_8}", "\n".join(other_header))


def test_a_short_row_with_a_figure_under_a_merged_header_cell_is_unknown():
    text = with_merged_header(f"| {LABELS_2021['granted']} | 12 | 1 |  |  |")
    read = cells(text, "applications", "granted")
    assert (1, "value") not in read[1:]  # the 1 is 科研机构's or 社会公益组织's, never read as 商业企业's
    assert all(state == "unknown" for _, state in read[1:])


def test_the_header_cell_naming_one_column_does_not_make_the_row_unknown():
    # the same header with each pipe cell naming one column: no column merged, the row read as before
    one_each = [line.replace("科研 社会公", "科研机构").replace("机构 益组织", "") for line in MERGED_HEADER]
    merged = cells(with_merged_header(f"| {LABELS_2021['granted']} | 12 | 1 |  |  |"), "applications", "granted")
    plain = cells(with_merged_header(f"| {LABELS_2021['granted']} | 12 | 1 |  |  |", one_each), "applications", "granted")
    assert merged != plain


PRINTED_20_1 = ["| 信息内容 | 本年制发件数 | 本年废止件数 | 现行有效件数 |", "| --- | --- | --- | --- |",
                "| 规章 | 0 | 0 | 0 |", "| 行政规范性文件 | 2 | 0 | 9 |"]


def test_an_empty_cell_after_a_lone_figure_line_is_unknown_not_blank():
    # a page's break (markitdown's empty line) before the figure: a page's number may stand there, so the row's
    # empty cell is not known to be that figure's (right after the header on one page it is: the line band split,
    # test_markitdown_row_split_by_line_bands.py)
    lines = [*PRINTED_20_1[:2], "", "16", "| 规章 | 无 | 无 |  |", "| --- | --- | --- | --- |",
             "| 行政规范性文件 | 6 | 6 | 46 |"]
    text = report().replace("\n".join(PRINTED_20_1), "\n".join(lines))
    assert cells(text, "disclosures", "regulations")[2] == (None, "unknown")
    assert cells(text, "disclosures", "normative_documents") == [(6, "value"), (6, "value"), (46, "value")]
