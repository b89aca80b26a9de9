"""`pdftotext -layout` of PDFs made by tools the project did not write (Chromium's print of a report's
page, LibreOffice's PDF of its DOCX), in the shapes `benchmarks/renditions.py corpus` showed:

* Chromium keeps a merged heading's characters on the lines of the labels beside it, so `（六）其他处理`
  swallows the numbering of its second row (`（ 六 ） 其 2.申请`), and （六）1's figures stand on its
  label's second line, whose words (`行政机关不再处理其政府信息公开`) end （六）2 as well;
* an amount wider than its column wraps round its label (`3888` / `行政事业性收费` / `64.00元`).

Written by hand in the shape of those renditions. Each must give the figures back, or say a cell is
unknown: never a wrong number, never a lucky blank."""

from __future__ import annotations

from decimal import Decimal

from orchestration.core.rules import evaluate
from orchestration.parsing.parse import parse_text
from orchestration.parsing.record import Cell
from orchestration.parsing.rows import _aligned_cells
from orchestration.parsing.table_reading import _total_from_its_parts
from testkit.corpus import FULL_WIDTH_DIGITS as FULL_WIDTH
from tests.unit.test_layout_text_traces import fee_of, wrapped_layout_text
from tests.unit.test_reader_classes import FIGURES, ROWS, TITLE, applications_of

# Table 3 as Chromium's print of a corpus page reads through `pdftotext -layout`, its figures changed: labels
# wrapped round their figures, numberings lost, the merged headings' characters among the labels' lines.
CHROMIUM_TABLE_3 = """\
三、收到和处理政府信息公开申请的情况
（本列数据的勾稽关系为：第一项加第二项之和，等于第            申请人情况
        三项加第四项之和）         自然        法人或其他组织   总
                          人                   计
                                    商业 科 研 社会公 法 律 服 其
                                    企业 机 构 益组织 务 机 构 他
本年新收政府信息公开申请数量                 11   0   0   0   0   0    11
二、上年结转政府信息公开申请数量               0    0   0   0   0   0    0
    (一)予以公开                     4   0   0   0   0   0     4
    (二)部分公开(区分处理的,只计这一情形,不计其
                               0    0   0   0   0   0    0
    他情形)
            1.属于国家秘密           0    0   0   0   0   0    0
            2.其他法律行政法规禁止公开     0    0   0   0   0   0    0
            3.危及
                               0    0   0   0   0   0    0
            “三安全一稳定”
            4.
                               0    0   0   0   0   0    0
    （三）不予 保 护 第 三 方 合 法 权 益
    公开      5.属于三类内部事务信息       2    0   0   0   0   0    2
            6.属于
                               0    0   0   0   0   0    0
            四类过程性信息
            7.属于
                               0    0   0   0   0   0    0
            行政执法案卷
            属于行政查询事项           0    0   0   0   0   0    0
            本机关不掌握相关政府信息       1    0   0   0   0   0    1
本年度 （四）无法 2.没有
办理结 提供                         2    0   0   0   0   0    2
            现成信息需要另行制作
果           补正后申请内容仍不明确        0    0   0   0   0   0    0
            1.信访举报投诉类申请        1    0   0   0   0   0    1
            2.重复申请             0    0   0   0   0   0    0
            要求提供公开出版物          0    0   0   0   0   0    0
    （五）不予
    处理      4.无正
                               0    0   0   0   0   0    0
            当理由大量反复申请
            要求行政机关确认或重新出具已获
                               0    0   0   0   0   0    0
            取信息
            1.申请人无正当理由逾期不补正、
            行政机关不再处理其政府信息公开    1    0   0   0   0   0    1
            申请
    （ 六 ） 其 2.申请
    他处理     人逾期未按收费通知要求缴纳费
                               0    0   0   0   0   0    0
            用、行政机关不再处理其政府信息
            公开申请
            3.其他               0    0   0   0   0   0    0
    （七）总计                      11   0   0   0   0   0    11
结转下年度继续办理                      0    0   0   0   0   0    0
"""


def test_figures_on_a_labels_second_line_whose_words_other_rows_share_are_that_labels():
    text = TITLE + CHROMIUM_TABLE_3 + "四、因政府信息公开工作被申请行政复议、提起行政诉讼的情况\n"
    read = applications_of(parse_text(text, "layout.txt"))
    assert [c.value for c in read["other_no_correction"]] == [1, 0, 0, 0, 0, 0, 1], read["other_no_correction"]
    # （六）2's figures are its own zeros, or unknown: never （六）1's row read again
    assert all(c.state == "unknown" or c.value == 0 for c in read["other_no_fee_paid"]), read["other_no_fee_paid"]
    assert [c.value for c in read["granted"]] == [4, 0, 0, 0, 0, 0, 4]


def fee_wrapped_round_its_label(above: str, below: str) -> str:
    return TITLE + "\n".join([
        "二、主动公开政府信息情况", "第二十条第（一）项", "信息内容    本年制发件数 本年废止件数 现行有效件数",
        "规章      0      2      34", "第二十条第（八）项", "信息内容    本年收费金额（单位：万元）",
        f"        {above}".rstrip(), "行政事业性收费", f"        {below}".rstrip(), "", "",
        "三、收到和处理政府信息公开申请情况", "四、政府信息公开行政复议、行政诉讼情况"]) + "\n"


def test_an_amount_wrapped_round_its_label_is_joined_or_unknown_never_blank():
    # 388864.00元 printed as `3888` above the label and `64.00元` below it: the block's one column is the
    # amount, so both pieces are its cell's, centred on the label's line: joined, in 万元
    fee = fee_of(parse_text(fee_wrapped_round_its_label("3888", "64.00元"), "layout.txt"))
    assert (fee.value, fee.state) == (Decimal("38.8864"), "value"), fee
    # 37.3209万元 as `37.3` / `209 万元`
    fee = fee_of(parse_text(fee_wrapped_round_its_label("37.3", "209 万元"), "layout.txt"))
    assert (fee.value, fee.state) == (Decimal("37.3209"), "value"), fee
    # a piece below only (its first piece lost, or a cell of another row's): not known
    assert fee_of(parse_text(fee_wrapped_round_its_label("", "64.00元"), "layout.txt")).state == "unknown"
    # pieces that are no one amount (no money unit at the end): not known
    assert fee_of(parse_text(fee_wrapped_round_its_label("3888", "64"), "layout.txt")).state == "unknown"
    # nothing beside the label: a blank cell, as printed
    assert fee_of(parse_text(fee_wrapped_round_its_label("", ""), "layout.txt")).state == "blank"


# ---------------------------------------------------------------- a table cut at the page's edge


def cut_table_3(cells_of, header: list[str]) -> str:
    """Table 3 as a reader gives a LibreOffice PDF of a table laid wider than the page, its 总计 column past
    the paper: `header`, then each row's label and the figures `cells_of` gives it, tab-separated."""
    lines = ["三、收到和处理政府信息公开申请情况", "申请人情况", *header]
    for key, label, heading in ROWS:
        if heading:
            lines.append(heading)
        lines.append("\t".join([label, *map(str, cells_of(FIGURES[key]))]))
    return TITLE + "\n".join([*lines, "四、政府信息公开行政复议、行政诉讼情况"]) + "\n"


CUT_HEADER = ["自然人\t法人或其他组织", "商业企业\t科研机构\t社会公益组织\t法律服务机构\t其他"]


def test_rows_of_a_table_cut_at_the_pages_edge_are_the_columns_its_header_shows():
    read = applications_of(parse_text(cut_table_3(lambda figures: figures[:6], CUT_HEADER), "cut.txt"))
    for key, figures in FIGURES.items():
        assert [c.value for c in read[key][:6]] == figures[:6], (key, read[key])
        assert [c.state for c in read[key][:6]] == ["value"] * 6


def test_a_total_column_cut_at_the_pages_edge_is_each_rows_parts_sum_recovered():
    # only the 总计 column past the paper: APP_APPLICANT_SUM leaves each row's total one value
    report = parse_text(cut_table_3(lambda figures: figures[:6], CUT_HEADER), "cut.txt")
    read = applications_of(report)
    for key, figures in FIGURES.items():
        assert (read[key][6].value, read[key][6].state) == (figures[6], "recovered"), (key, read[key])
    assert any(w.code == "cells_recovered" for w in report.warnings)
    # never evidence that the row's rule passes: it was chosen because the rule holds
    sums = [r for r in evaluate(report) if r.rule_id == "APP_APPLICANT_SUM"]
    assert sums and all(r.status == "not_evaluable" for r in sums)


def test_a_cut_total_whose_parts_are_all_blank_or_not_all_read_stays_unknown():
    def cells_of(figures: list) -> list:  # zeros printed as blank marks
        return [f or "-" for f in figures[:6]]

    report = parse_text(cut_table_3(cells_of, CUT_HEADER), "cut.txt")
    read = applications_of(report)
    # every part blank: the total printed blank or 0, blank as the page prints its sums of blank parts (（七）总计
    # under its columns of blank outcomes, blank_totals.py), recovered
    assert (read["carried_over"][6].value, read["carried_over"][6].state) == (None, "recovered")
    # the blanks of a row whose total was recovered were printed so: still evidence for their columns' rules
    balance = {r.scope: r.status for r in evaluate(report) if r.rule_id == "APP_BALANCE"}
    assert balance["commercial_enterprise"] == "passed" and balance["total"] == "not_evaluable", balance
    assert (read["new_received"][6].value, read["new_received"][6].state) == (15, "recovered")
    # a part unknown: the row's rule leaves no one value
    parts = [Cell("applications", "granted", "natural_person", Decimal(8), "value", 1),
             Cell("applications", "granted", "other_org", None, "unknown", 1)]
    total = Cell("applications", "granted", "total", None, "unknown", 1)
    assert not _total_from_its_parts([*parts, total]) and total.state == "unknown"
    # a column cut besides the total: two cells unknown in each row, no one value
    header = ["自然人\t法人或其他组织", "商业企业\t科研机构\t社会公益组织\t法律服务机构"]
    read = applications_of(parse_text(cut_table_3(lambda figures: figures[:5], header), "cut.txt"))
    assert all(cells[6].state == "unknown" for cells in read.values())



# a header broken over a page (LibreOffice's PDF through `pdftotext -layout`): its middle line opens the
# page after a form feed, the 总计 column past the paper's edge; pdftotext gives every glyph one column
HEADER_OVER_A_PAGE = """\
                                      申请人情况

                               自然人    法人或其他组织
\f                                     科研 社会公 法律服务
                              商业企业               其他
                                     机构 益组织  机构
"""
FIGURE_COLUMNS = (26, 30, 37, 41, 45, 49)  # where each shown column's figure stands, in glyphs


def layout_row(label: str, figures: list[int]) -> str:
    line = label[:24].ljust(FIGURE_COLUMNS[0] - 1)
    for column, figure in zip(FIGURE_COLUMNS, figures):
        line = line.ljust(column - 1) + str(figure)
    return line


def test_a_header_line_opening_a_page_is_the_header_going_on_not_a_running_header():
    rows = []
    for key, label, heading in ROWS:
        if heading:
            rows.append(heading)
        rows += [layout_row(label, FIGURES[key][:6]), ""]
    text = TITLE + "三、收到和处理政府信息公开申请情况\n" + HEADER_OVER_A_PAGE + "\n".join(rows) + \
        "\n四、政府信息公开行政复议、行政诉讼情况\n"
    read = applications_of(parse_text(text, "layout.txt"))
    for key, figures in FIGURES.items():
        assert [c.value for c in read[key][:6]] == figures[:6], (key, read[key])
        assert (read[key][6].value, read[key][6].state) == (figures[6], "recovered")  # the cut total: the sum


def test_a_figure_one_space_after_a_label_ending_on_a_quote_is_a_cell_of_its_own():
    # `3.危及“三安全一稳定” 0    0 …` (Chromium's PDF of a page in traditional characters): joined to the label,
    # the first figure is lost, and read under the header's columns its cell would be blank
    cells = [cell.text for cell in _aligned_cells("      3.危及“三安全一穩定” 0    0   0", 1)]
    assert cells == ["3.危及“三安全一穩定”", "0", "0", "0"]
    assert [cell.text for cell in _aligned_cells("「其他」 12   3", 1)] == ["「其他」", "12", "3"]


def test_an_article_heading_wrapped_over_two_lines_opens_its_block():
    # `pdftotext -raw` of Chromium's PDF: the heading's cell too narrow for `第二十条第（一）项`
    lines = ["二、主动公开政府信息情况", "第二十条", "第（一）项", "信息内容 本年制发件数 本 年 废 止 件 数 现行有效件数",
             "规章 0 1 29", "行政规范性文件 5 0 16", "第二十条第（五）项", "信息内容 本年处理决定数量", "行 政 许 可 38",
             "三、收到和处理政府信息公开申请情况", "四、政府信息公开行政复议、行政诉讼情况"]
    text = TITLE + "\n".join(lines) + "\n"
    cells = {(c.row, c.column): c.value for c in parse_text(text, "raw.txt").cells if c.table == "disclosures"}
    assert [cells[("regulations", m)] for m in ("issued", "repealed", "in_force")] == [0, 1, 29]
    assert [cells[("normative_documents", m)] for m in ("issued", "repealed", "in_force")] == [5, 0, 16]
    assert cells[("administrative_licensing", "decisions")] == 38


def test_a_blank_mark_one_space_after_a_label_is_a_cell_of_its_own():
    for mark in ("-", "无", "/"):
        cells = [cell.text for cell in _aligned_cells(f"   5.属于三类内部事务信息 {mark}      {mark}      1", 1)]
        assert cells == ["5.属于三类内部事务信息", mark, mark, "1"], mark
    # a label's own words are no marks
    assert [cell.text for cell in _aligned_cells("（四）无法提供   2", 1)] == ["（四）无法提供", "2"]




def test_a_cut_table_marking_blanks_with_dashes_in_full_width_figures_reads_its_shown_columns():
    # LibreOffice's PDF through `pdftotext -layout`: full-width figures, `-` for a blank cell, the header's
    # words set where their positions do not line up with the figures'
    header = HEADER_OVER_A_PAGE.replace("\f", "")
    rows = []
    for key, label, heading in ROWS:
        if heading:
            rows.append(heading)
        marks = [str(v).translate(FULL_WIDTH) if v else "-" for v in FIGURES[key][:6]]
        rows += [layout_row(label, marks), ""]
    text = TITLE + "三、收到和处理政府信息公开申请情况\n" + header + "\n".join(rows) + \
        "\n四、政府信息公开行政复议、行政诉讼情况\n"
    read = applications_of(parse_text(text, "layout.txt"))
    for key, figures in FIGURES.items():
        assert [c.value or 0 for c in read[key][:6]] == figures[:6], (key, read[key])
        # the cut total: its parts' sum; every part a blank mark: blank, as the page prints its sums of blank parts
        # (blank_totals.py); recovered either way
        total = read[key][6]
        assert (total.value, total.state) == ((figures[6], "recovered") if any(figures[:6]) else (None, "recovered"))


def test_a_label_numbered_after_a_merged_headings_characters_opens_its_row():
    # LibreOffice's PDF through `pdftotext -layout`: （六）1's figures on its label's second line, whose words
    # end （六）2 as well; （六）2's numbering after the heading's characters (`） 其 他 2.申请人…`), its figures
    # on its second line
    def figures(values: list[int]) -> str:
        return "".join(f"{v:>8}" for v in values)
    other_rows = [
        "             1.申请人无正当理由逾期不补正、",
        "             行政机关不再处理其政府信息公开" + figures([1, 0, 0, 0, 0, 0, 1]),
        "             申请",
        "        （六",
        "        ） 其 他 2.申请人逾期未按收费通知要求缴",
        "        处理    纳费用、行政机关不再处理其政府" + figures([0] * 7),
        "              信息公开申请",
        "",
        "             3.其他" + " " * 17 + figures([0] * 7),
    ]
    read = applications_of(parse_text(wrapped_layout_text(other_rows), "layout.txt"))
    assert [c.value for c in read["other_no_correction"]] == [1, 0, 0, 0, 0, 0, 1], read["other_no_correction"]
    assert [c.value for c in read["other_no_fee_paid"]] == [0] * 7, read["other_no_fee_paid"]
