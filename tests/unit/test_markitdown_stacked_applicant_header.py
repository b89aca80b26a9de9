"""markitdown of LibreOffice's print of table 3 cut at the page's edge with its 总计 column, whose header prints a
narrow applicant column's name stacked a glyph or two a line (`自` / `然` / `| 人 商 业 |` / `| 企 业 |`), the name
sharing a pipe cell with the next one's and its glyphs on plain lines: the header's glyphs still name the six
shown applicant columns, so a row printing one figure or mark a shown column, whatever pipe cells merge them, is
read in order and its total recovered; a row printing fewer (a blank printing nothing) never places a figure it
cannot prove, and a header printing 总计 is no cut table."""

from __future__ import annotations

from tests.unit.test_converted_markdown import LABELS_2021, cells, report

HEADER_RULE = "| --- | --- | --- | --- | --- | --- | --- | --- |"
RULE = "| --- | --- | --- | --- | --- | --- |"
STACKED_HEADER = ["（本列数 申请人情况", "据的勾稽关系为：第一项加第二项之和，等于第三项加第", "自 法人或其他组织", "", "然",
                  "|  |  | 人 商 业 | 科研 社会公 | 法律服务 |  |", RULE, "四项之和） 其他",
                  "|  |  | 企 业 | 机构 益组织 | 机构 |  |", RULE]
# the same names over three pipe rows, no cell naming a column whole
THREE_ROWS_HEADER = ["（本列数 申请人情况", "据的勾稽关系为：第一项加第二项之和，等于第三项加第", "自 法人或其他组织",
                     "|  |  | 然 商 | 科研 社会 | 法律服务 |  |", RULE, "|  |  | 人 业 | 机构 公益 | 机构 |  |", RULE,
                     "四项之和） 其他", "|  |  | 企 业 | 组织 |  |  |", RULE]
FIGURES = {"new_received": "0 2 | 0 1 | 0 | 0", "granted": "0 2 | 0 1 | 0 | 0", "results_total": "0 2 | 0 1 | 0 | 0"}


def lo_report(header: list[str], rows: dict[str, list[str]] | None = None) -> str:
    table3 = {key: [f"| {label} |  | {FIGURES.get(key, '0 0 | 0 0 | 0 | 0')} |"] for key, label in LABELS_2021.items()}
    text = report({**table3, **(rows or {})})
    header_line = next(line for line in text.splitlines() if line.startswith("| （本列数据的勾稽关系）"))
    return text.replace(f"{header_line}\n{HEADER_RULE}", "\n".join(header))


def test_rows_under_a_stacked_header_are_read_in_order_their_total_recovered():
    for header in (STACKED_HEADER, THREE_ROWS_HEADER):
        read = cells(lo_report(header), "applications", "new_received")
        assert [value for value, _ in read] == [0, 2, 0, 1, 0, 0, 3]
        assert read[-1][1] == "recovered"


def test_a_row_printing_a_blank_as_nothing_under_a_stacked_header_places_no_figure_it_cannot_prove():
    # `| 2 | 0 1 | 0 | 0 |`: five words for six columns, 2 is 自然人's or 商业企业's (their pipe cell's)
    text = lo_report(STACKED_HEADER, {"carried_over": [f"| {LABELS_2021['carried_over']} |  | 2 | 0 1 | 0 | 0 |"]})
    read = cells(text, "applications", "carried_over")
    assert read[0] == (None, "unknown") and read[1] == (None, "unknown")
    assert read[-1] == (None, "unknown")


def test_a_stacked_header_printing_its_total_is_no_cut_table():
    # 总计 printed (`其他 总计`), its figures merged with 其他's: six words are never the six applicant columns
    header = [line.replace("四项之和） 其他", "四项之和） 其他 总计") for line in STACKED_HEADER]
    text = lo_report(header, {"carried_over": [f"| {LABELS_2021['carried_over']} |  | 0 0 | 0 1 | 0 | 1 |"]})
    read = cells(text, "applications", "carried_over")
    assert all(state == "unknown" or (value, column) in {(0, 0), (0, 1), (0, 2), (0, 4)}
               for column, (value, state) in enumerate(read))


def test_lines_of_spaced_figures_after_a_narrow_labels_piece_are_read_as_the_pipe_rows():
    # LibreOffice's DOCX print: a narrow label column wrapped a glyph or two a line, its row's figures after its
    # first piece on a plain line (`2.其 0 0 1 0 0 0`); six words for the six shown columns, read in order
    text = lo_report(STACKED_HEADER, {"denied_prohibited_by_law": ["2.其 0 0 1 0 0 0", "他法", "律行", "政法", "规禁", "止公", "开"],
                                      "denied_security_stability": ["3.危 0 0 1 0 0", "及“三", "安全", "一稳", "定”"]})
    read = cells(text, "applications", "denied_prohibited_by_law")
    assert [value for value, _ in read] == [0, 0, 1, 0, 0, 0, 1]
    assert read[-1][1] == "recovered"
    # five words: which column printed nothing is not known
    assert all(state == "unknown" for _, state in cells(text, "applications", "denied_security_stability"))
