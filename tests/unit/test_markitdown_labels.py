"""markitdown's pipe tables of a report's PDF (LibreOffice's PDF of a DOCX) cut a row's label in its cell where
the page wrapped it, and write the rest of its words in the same cell of a pipe row of their own
(`| 三、 | （一）予以公 | 3 — | … |` / `| 本年 | 开 |  | … |`). The row is found where the two rows read cell by
cell end on a template row's whole words; its figures are the cells of its own pipe row, and a rest that
completes no row's words joins nothing (the row stays unknown)."""

from __future__ import annotations

from decimal import Decimal

from orchestration.parsing.parse import parse_text
from tests.unit.test_converted_markdown import LABELS_2021, cells, report

# the applicant columns merged in pairs (`3 —`: 自然人 3, 商业企业 blank), the label's column split in two
HEAD = ["| （本列数据的勾稽关系 | 申请人情况 |  |  |  |  |", "| --- | --- | --- | --- | --- | --- |",
        "| 为：第一项加第二项之 | 自然 | 法人或其他组织 |  |  | 总计 |",
        "| 和，等于第三项加第四 | 人 | 商业 科研 | 社会 法律 | 其他 |  |",
        "| 项之和） |  | 企业 机构 | 公益 服务 |  |  |", "|  |  |  | 组织 机构 |  |  |"]
RULE = "| --- | --- | --- | --- | --- | --- |"
GRANTED = [Decimal(3), None, None, Decimal(3), None, Decimal(1), Decimal(7)]


def table3(granted: list[str]) -> str:
    """A report whose table 3 is set as markitdown sets LibreOffice's PDF of a DOCX, `granted` its lines."""
    rows = []
    for key, label in LABELS_2021.items():
        if key == "granted":
            rows += granted
        elif key in ("new_received", "results_total"):
            rows += [f"|  | {label} | 3 — | — 3 | — 1 | 7 |", RULE]
        else:
            rows += [f"|  | {label} | — — | — — | — — | — |", RULE]
    text = report()
    start, end = text.index("三、收到和处理政府信息公开申请情况"), text.index("四、政府信息公开行政复议")
    return text[:start] + "\n".join(["三、收到和处理政府信息公开申请情况", *HEAD, *rows]) + "\n" + text[end:]


def test_the_whole_label_reads_the_row():  # the layout itself is read: the tests below differ in the label only
    got = cells(table3(["|  | （一）予以公开 | 3 — | — 3 | — 1 | 7 |", RULE]), "applications", "granted")
    assert [v for v, _ in got] == GRANTED


def test_a_label_cut_in_its_cell_and_ended_on_the_next_pipe_row_is_read_with_its_figures():
    text = table3(["| 三、 | （一）予以公 | 3 — | — 3 | — 1 | 7 |", RULE, "| 本年 | 开 |  |  |  |  |"])
    assert [v for v, _ in cells(text, "applications", "granted")] == GRANTED


def test_a_label_begun_on_the_pipe_row_before_its_figures_is_read_with_them():
    text = table3(["|  | （一）予 |  |  |  |  |", RULE, "|  | 以公开 | 3 — | — 3 | — 1 | 7 |"])
    assert [v for v, _ in cells(text, "applications", "granted")] == GRANTED


def test_a_rest_completing_no_rows_words_joins_nothing():
    # (md11: `3 —` is a cell of figures, no label's words, so the row's own label `三、（一）予以公` places it as the
    # template's order does any cut label, its figures on its line; the rest joins nothing either way)
    text = table3(["| 三、 | （一）予以公 | 3 — | — 3 | — 1 | 7 |", RULE, "| 本年 | 布 |  |  |  |  |"])
    assert [v for v, _ in cells(text, "applications", "granted")] == GRANTED
    # a rest in a cell other than the cut one (its label's column, `本年`, alone): no rest of the cut words
    text = table3(["| 三、 | （一）予以公 | 3 — | — 3 | — 1 | 7 |", RULE, "| 本年开 |  |  |  |  |  |"])
    assert [v for v, _ in cells(text, "applications", "granted")] == GRANTED


def test_a_label_whose_columns_share_a_pipe_cell_goes_on_word_by_word_on_the_plain_line_after_it():
    # the heading's column and the label's in one pipe cell (`三、 （一）予以公`), their rest a plain line of as many
    # words (`本年 开（全部）`): read word by word, `（一）予以公开（全部）` holds the row's words whole
    lines = ["| 三、 （一）予以公 | 3 — | — 3 | — 1 | 7 |  |", RULE, "本年 开（全部）"]
    assert [v for v, _ in cells(table3(lines), "applications", "granted")] == GRANTED


R8 = "| --- | --- | --- | --- | --- | --- | --- | --- |"


def test_a_label_wrapped_round_its_pipe_row_of_figures_is_read_with_them():
    # markitdown of Chromium's PDF: the figures in the middle of a cell whose label wraps over three lines
    # (`4.无正当理由大量反复申` / `| 处理 | 1 | … |` / `请`); at integ the next row took 4's figures (1 for 2)
    text = report({"rejected_excessive": ["（五）不予", "4.无正当理由大量反复申", "| 处理 | 1 | 0 | 0 | 0 | 0 | 0 | 1 |", R8, "请"],
                   "rejected_confirmation": ["要求行政机关确认或重新", "|  | 2 | 0 | 0 | 0 | 0 | 0 | 2 |", R8, "出具已获取信息"]})
    assert [v for v, _ in cells(text, "applications", "rejected_excessive")] == [1, 0, 0, 0, 0, 0, 1]
    assert [v for v, _ in cells(text, "applications", "rejected_confirmation")] == [2, 0, 0, 0, 0, 0, 2]


def test_a_continuation_pipe_row_holding_a_figure_leaves_the_row_unknown():
    # the label's rest on a pipe row of its own that holds a figure (`| 本年 | 开 | 1 |  |`): its figures may be
    # pieces of the row's own (a wide figure wrapped in its narrow column: `3` / `1` for 31) or a row's whose
    # label is lost, so which figures are granted's is not known. At integ the rest's row was read as granted
    # (1 in 自然人 where the report prints 3, blanks for its empty cells), with no warning on them (or blank
    # marks: `— —` read as granted's blanks, seven silent wrong cells); at md11 the label row's own figures, the
    # rest's lost with no warning. The label's beginning on the row before, holding figures, likewise
    rests = ("| 本年 | 开 | 1 |  |  |  |", "| 本年 | 开 | 1 | 2 | 3 | 4 |", "| 本年 | 开 |  |  |  | 1 |",
             "| 本年 | 开 | — — | — — | — — | — |", "| 本年 | 开 | — | — | — | — |")
    cases = [["| 三、 | （一）予以公 | 3 — | — 3 | — 1 | 7 |", RULE, rest] for rest in rests] + \
        [[rest.replace("本年 | 开", " | （一）予"), RULE, "|  | 以公开 | 3 — | — 3 | — 1 | 7 |"] for rest in rests]
    for lines in cases:
        text = table3(lines)
        assert {s for _, s in cells(text, "applications", "granted")} == {"unknown"}, lines
        warned = [w for w in parse_text(text, "t.md").warnings if w.code == "missing_row" and "granted" in w.message]
        assert warned and "holds figures" in warned[0].message, lines
        # the rows beside it keep their own (the rest's figures are no neighbour's either)
        assert [v for v, _ in cells(text, "applications", "partially_granted")] == [None] * 7, lines
        assert [v for v, _ in cells(text, "applications", "new_received")] == GRANTED, lines
    # its figures on the rest's row, none on the label's: read as before
    text = table3(["| 三、 | （一）予以公 |  |  |  |  |", RULE, "| 本年 | 开 | 3 — | — 3 | — 1 | 7 |"])
    assert [v for v, _ in cells(text, "applications", "granted")] == GRANTED


def test_a_page_number_or_the_columns_numbers_on_a_labels_rest_are_no_figures_of_a_row():
    # a page's number (`- 3 -`) or the header's numbers of the table's columns (`1 2 | 3 4 | 5 6 | 7`) on the rest's
    # pipe row: no row's figures, so the label row is read with its own
    for rest in ("| 本年 | 开 | - 3 - |  |  |  |", "| 本年 | 开 | 1 2 | 3 4 | 5 6 | 7 |"):
        text = table3(["| 三、 | （一）予以公 | 3 — | — 3 | — 1 | 7 |", RULE, rest])
        assert [v for v, _ in cells(text, "applications", "granted")] == GRANTED, rest


def test_figures_apart_are_paired_past_a_row_numbering_the_columns():
    # a page's header repeated inside the table numbers its columns (`数据1 … 数据6` wrapped: `| 1 |  | 2 | 3 4 |
    # 5 | 6 计 |`): no row's figures, so the figures apart between two placed rows are still those rows'
    numbers = "|  | 1 |  | 2 | 3 4 | 5 | 6 计 |  |"
    text = report({"granted": ["（三）本年度办理结果（一）予以公开", numbers, R8, "| 5 | 0 | 0 | 0 | 0 | 0 | 5 |  |", R8]})
    assert [v for v, _ in cells(text, "applications", "granted")] == [5, 0, 0, 0, 0, 0, 5]
