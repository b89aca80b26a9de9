"""Table 3's （六）其他处理 sub-rows in `pdftotext -layout` text, made up by hand (the class LibreOffice's PDF of
an HTML page showed in corpus renditions): each sub-row's label wrapped over three lines of its cell, its
figures on the middle one; the group's merged heading written down the margin column, centred in the
group's height, so that its pieces (`（六）`, `其他处`, `理`, or spaced `其 他 处`) share lines with a
sub-row's label (`其他处 申请人逾期未按收费通知要求缴` / `理   纳费用、行政机关不再处理其政  0 …`). Both
sub-rows end in the same words (`行政机关不再处理其政府信息公开申请`), and a sub-row's numbering may be
lost. Each row's figures are the sub-row's whose label stands round them, whichever sub-row the heading's
pieces fall beside."""

from __future__ import annotations

import re
from decimal import Decimal

import pytest

from orchestration.parsing.parse import parse_text
from tests.unit.test_layout_pdf_classes import HEADER_PIECES, at_columns
from tests.unit.test_reader_classes import ROWS, TITLE, applications_of

FIGURES = {key: [0] * 7 for key, _, _ in ROWS}
FIGURES.update({
    "new_received": [5, 1, 0, 0, 0, 0, 6],
    "granted": [2, 0, 0, 0, 0, 0, 2],
    "other_no_correction": [2, 0, 0, 0, 0, 0, 2],
    "other_no_fee_paid": [0, 1, 0, 0, 0, 0, 1],
    "other_misc": [1, 0, 0, 0, 0, 0, 1],
    "results_total": [5, 1, 0, 0, 0, 0, 6],
})
SUB_ROWS = ("other_no_correction", "other_no_fee_paid", "other_misc")
# each sub-row's label over three lines (first, the figures' line, last); numbering as printed
LABELS = {
    "other_no_correction": ("1.申请人无正当理由逾期不补", "正、行政机关不再处理其政府信", "息公开申请"),
    "other_no_fee_paid": ("申请人逾期未按收费通知要求缴", "纳费用、行政机关不再处理其政", "府信息公开申请"),
}
LABEL_AT = 14  # where the sub-rows' labels start
MARGIN_AT = 7  # where the group heading's pieces start


def subrow_text(heading: dict[str, tuple[str, str, str]], numbered: bool = False, wrapped: dict = LABELS,
                figures: dict = FIGURES) -> str:
    """Table 3 laid out by pdftotext -layout; `heading`: per sub-row, the heading's pieces printed in the
    margin on its label's three lines (`（六）` on a line of its own before the sub-row it stands beside);
    `wrapped`: rows whose label is wrapped round its figures' line (first, figures' line, last)."""
    lines = ["三、收到和处理政府信息公开申请情况", "申请人情况".rjust(50)]
    lines += [at_columns("", {c: pieces[i] for c, pieces in enumerate(HEADER_PIECES) if pieces[i]}, 7)
              for i in range(2)]
    for key, label, group in ROWS:
        cells = {c: str(v) for c, v in enumerate(figures[key])}
        if key in wrapped:
            first, middle, last = wrapped[key]
            if numbered and key == "other_no_fee_paid":
                first = "2." + first
            pieces = heading.get(key, ("", "", ""))
            if pieces != ("", "", ""):
                lines.append(" " * MARGIN_AT + "（六）")
            for piece, words, shown in zip(pieces, (first, middle, last), ({}, cells, {})):
                # a piece as wide as the margin leaves the label one space after it (`其他处 申请人…`)
                margin = (" " * MARGIN_AT + piece + " ").ljust(LABEL_AT) if piece else " " * LABEL_AT
                lines.append(at_columns(margin + words, shown, 7))
        elif key in ("other_misc",):
            lines.append(at_columns(" " * LABEL_AT + label, cells, 7))
        else:
            if group and key not in SUB_ROWS:
                lines.append("      " + group)
            lines.append(at_columns(" " * LABEL_AT + label[:12], cells, 7))
            if label[12:]:
                lines.append(" " * LABEL_AT + label[12:])
        lines.append("")
    return TITLE + "\n".join([*lines, "四、政府信息公开行政复议、行政诉讼情况"]) + "\n"


@pytest.mark.parametrize("heading", [
    {"other_no_fee_paid": ("其他处", "理", "")},  # LibreOffice's: `其他处 申请人…` / `理   纳费用…`
    {"other_no_fee_paid": ("其 他 处", "理", "")},  # the heading's characters spaced out
    {"other_no_fee_paid": ("其他", "处理", "")},
    {"other_no_correction": ("", "其他处", "理")},  # beside the first sub-row: its figures' line, its last
    {"other_misc": ("其他处", "理", "")},  # beside the third: `理   3.其他   1 0 …`
    {"other_no_fee_paid": ("", "", "其他处"), "other_misc": ("理", "", "")},  # across the second and third
], ids=["three-one", "spaced", "two-two", "first-sub-row", "third-sub-row", "second-and-third"])
@pytest.mark.parametrize("numbered", [False, True], ids=["number-lost", "numbered"])
def test_sub_rows_figures_stay_with_the_label_round_them_whatever_the_margin_heading_beside_it(heading, numbered):
    report = parse_text(subrow_text(heading, numbered, wrapped={**LABELS, "other_misc": ("", "3.其他", "")}), "subrows.txt")
    read = applications_of(report)
    for key in SUB_ROWS:
        assert [c.value for c in read[key]] == [Decimal(v) for v in FIGURES[key]], (key, read[key], report.warnings)
        assert {c.state for c in read[key]} <= {"value", "recovered"}, (key, read[key])


def test_a_label_made_of_the_headings_words_alone_is_kept():
    # the heading's pieces with nothing after them, or the sub-row's own words a narrow column wraps a few
    # characters a line, are not dropped: `（六）其他处理` as one row (2019) is still read where it stands
    from orchestration.parsing.application_table import _without_margin_headings
    from orchestration.parsing.rows import RawCell, Row

    def row(*texts):
        return Row([RawCell(t, 1, x=float(10 * i + 5)) for i, t in enumerate(texts)], aligned=True)

    for kept in (row("（六）其他处理", "3"), row("其他处", "理", "3"), row("予公", "家秘"), row("1.属于国家秘密", "0")):
        assert _without_margin_headings(kept, "2021") is kept
    dropped = _without_margin_headings(row("理", "纳费用、行政机关不再处理其政", "0"), "2021")
    assert dropped.label == "纳费用、行政机关不再处理其政" and [c.text for c in dropped.values()] == ["0"]
    assert _without_margin_headings(row("理", "3.其他", "0"), "2021").label == "3.其他"  # a row's whole label


# ---------------------------------------------------------------- a figure against its label; a label round its figures


def test_a_figure_one_space_after_a_label_line_ending_on_an_ascii_comma_is_a_cell():
    # `分公开(区分处理的,只计这一情形, 2     0 …`: the wrapped label's middle line, its first figure one
    # space after the comma; read as a word of the label, its column was read blank
    wrapped = {**LABELS, "partially_granted": ("(二)部", "分公开(区分处理的,只计这一情形,", "不计其他情形)")}
    figures = {**FIGURES, "partially_granted": [2, 0, 0, 0, 0, 0, 2], "granted": [0] * 7}
    text = subrow_text({}, wrapped=wrapped, figures=figures)
    text = re.sub(r"(情形,) +2 ", r"\1 2 ", text)
    assert "只计这一情形, 2 " in text
    read = applications_of(parse_text(text, "comma.txt"))
    assert [c.value for c in read["partially_granted"]] == [Decimal(v) for v in figures["partially_granted"]]


TABLE_2_TITLE = ["某某市人力资源和社会保障局", "2019年政府信息公开工作年度报告", "二、主动公开政府信息情况"]
TABLE_3_4_2019 = ["三、收到和处理政府信息公开申请情况", "自然人\t商业企业\t科研机构\t社会公益组织\t法律服务机构\t其他\t总计",
                  "一、本年新收政府信息公开申请数量\t0\t0\t0\t0\t0\t0\t0",
                  "四、政府信息公开行政复议、行政诉讼情况", "行政复议\t行政诉讼",
                  "\t".join(["结果维持", "结果纠正", "其他结果", "尚未审结", "总计"] * 3), "\t".join(["0"] * 15),
                  "五、存在的主要问题及改进情况", "一是公开形式单一。"]


def table_2_text(*block: str) -> str:
    return "\n".join([*TABLE_2_TITLE, *block, *TABLE_3_4_2019]) + "\n"


def disclosures_of(report) -> dict[tuple[str, str], object]:
    return {(c.row, c.column): c for c in report.cells if c.table == "disclosures"}


@pytest.mark.parametrize("figure", ["6", "0", "12"])
def test_a_figure_set_against_an_item_label_in_layout_text_is_its_first_column(figure):
    # `行政规范性文件6             1   1,326` (pdftotext -layout of LibreOffice's PDF): no space after the label
    text = table_2_text("第二十条第（一）项", "", "信息内容      本年新制作数量 本年新公开数量 对外公开总数量", "",
                        "规章          0          0       960", "",
                        f"规范性文件{figure}".ljust(20) + "1        1,326", "")
    read = disclosures_of(parse_text(text, "glued.txt"))
    assert [(read["normative_documents", m].state, read["normative_documents", m].value)
            for m in ("new_made", "new_published", "total_published")] == \
        [("value", int(figure)), ("value", 1), ("value", 1326)]


def test_an_items_label_wrapped_round_a_line_of_figures_alone_is_that_items():
    # LibreOffice centres a wrapped cell's lines round its row's line: `其他对外` / `28  28  0  13` / `管理服务事项`
    text = table_2_text("第二十条第（五）项", "", "信息内容     上一年项目数量 本年项目数量   本年增/减 处理决定数量", "",
                        "行政许可     43      44       1     67", "",
                        "其他对外", "         28      29       1     13", "管理服务事项", "")
    read = disclosures_of(parse_text(text, "wrapped.txt"))
    assert [(read["other_management_services", m].state, read["other_management_services", m].value)
            for m in ("previous_year_count", "current_year_count", "change", "decisions")] == \
        [("value", 28), ("value", 29), ("value", 1), ("value", 13)]


def test_a_column_only_the_header_prints_is_unknown_where_its_row_is_not_read():
    # the header prints 本年项目数量 (not a 2019 template column): a row not found leaves that cell unknown
    # too, never absent from the record
    text = table_2_text("第二十条第（五）项", "", "信息内容     上一年项目数量 本年项目数量   本年增/减 处理决定数量", "",
                        "行政许可     43      44       1     67", "", "第二十条第（六）项", "")
    read = disclosures_of(parse_text(text, "unread.txt"))
    assert {read["other_management_services", m].state
            for m in ("previous_year_count", "current_year_count", "change", "decisions")} == {"unknown"}


# ---------------------------------------------------------------- a header cut at the page's edge, broken by a page


CUT_COLUMNS = (30, 38, 45, 49, 54, 59)  # where the six shown columns' figures start, in glyphs
CUT_FIGURES = {key: ["/"] * 6 for key, _, _ in ROWS}
CUT_FIGURES.update({  # 总计 cut at the page's edge: its column is not printed
    "new_received": ["6", "/", "1", "1", "2", "2"],
    "carried_over": ["2", "/", "/", "/", "/", "2"],
    "granted": ["5", "/", "/", "/", "/", "1"],
    "denied_security_stability": ["1", "/", "/", "/", "/", "/"],
    "unavailable_not_held": ["1", "/", "/", "/", "/", "/"],
    "rejected_duplicate": ["/", "/", "/", "1", "1", "/"],
    "other_misc": ["/", "/", "/", "/", "1", "/"],
    "results_total": ["7", "/", "/", "1", "2", "1"],
    "carried_forward": ["1", "/", "1", "/", "/", "3"],
})


def test_a_header_cut_at_the_pages_edge_whose_first_word_a_page_break_cuts_still_shows_six_columns():
    # `自然` at the foot of a page, `人` opening the next: the header names five of the six columns the rows
    # show; the sixth figure of each row is 其他's, never the cut 总计's
    from tests.unit.test_layout_page_order import at

    lines = ["三、收到和处理政府信息公开申请情况", at((30, "自然"), (42, "法人或其他组织")), "\f" + at((33, "人")),
             at((44, "科研机"), (49, "社会公益"), (53, "法 律 服")), at((37, "商业企业"), (59, "其他")),
             at((45, "构"), (49, "组织"), (53, "务机构")), ""]
    for key, label, group in ROWS:
        if group:
            lines.append(group)
        lines += [at((0, label[:14]), *zip(CUT_COLUMNS, CUT_FIGURES[key])), ""]
    text = TITLE + "\n".join([*lines, "四、政府信息公开行政复议、行政诉讼情况"]) + "\n"
    report = parse_text(text, "cut.txt")
    read = applications_of(report)
    for key in ("new_received", "carried_over", "results_total", "carried_forward"):
        shown = [None if v == "/" else Decimal(v) for v in CUT_FIGURES[key]]
        assert [c.value for c in read[key][:6]] == shown, (key, read[key], report.warnings)
        assert read[key][6].state != "value" and read[key][6].value in (None, sum(v or 0 for v in shown)), key
    assert any(w.code == "columns_cut" for w in report.warnings)


# ---------------------------------------------------------------- a row's first figures in its label's block


LABEL_BLOCK_FIGURES = {**FIGURES, "carried_forward": [2, 1, 0, 0, 0, 0, 3], "new_received": [7, 2, 0, 0, 0, 0, 9]}


def label_block_text(*words: str) -> tuple[str, str]:
    """The table read in order (`control`) and with `四、结转下年度继续办`'s words set as LibreOffice's PDF of a DOCX
    does in pdftotext: the label's block holding the row's first figures just after its glyphs, left of where
    the page's other rows start their first column, the others where their own blocks stand."""
    from tests.unit.test_layout_page_order import at

    text = "\f" + subrow_text({}, figures=LABEL_BLOCK_FIGURES)
    line = next(line for line in text.splitlines() if "四、结转下年度继续办理" in line)
    assert line.split()[1:] == ["2", "1", "0", "0", "0", "0", "3"]
    moved = at((14, "四、结转下年度继续办"), *zip((28, 32, 40, 52, 58, 64, 76), words, strict=True))
    return text, text.replace(line, moved + "\n" + " " * 14 + "理")


def test_figures_set_in_their_labels_block_are_placed_by_the_balance_not_read_in_order():
    # its 商业企业 and 科研机构 figures in the label's block, its 自然人 figure, a block of its own (with the figures
    # above it in its column), after them: read in order, 1 would be 自然人's. Every order of its seven words
    # keeping its sum and APP_BALANCE (the other three rows read) puts 2 in 自然人, 1 in 商业企业, 3 in 总计
    control, text = label_block_text("1", "0", "2", "0", "0", "0", "3")
    read = applications_of(parse_text(control, "control.txt"))
    assert [c.value for c in read["carried_forward"]] == [Decimal(v) for v in LABEL_BLOCK_FIGURES["carried_forward"]]
    report = parse_text(text, "block.txt")
    read = applications_of(report)
    assert [c.value for c in read["carried_forward"]] == [Decimal(v) for v in LABEL_BLOCK_FIGURES["carried_forward"]]
    assert {c.state for c in read["carried_forward"]} == {"recovered"}, read["carried_forward"]
    assert any(w.code == "page_order" and "carried_forward" in w.message for w in report.warnings)
    assert any(w.code == "cells_recovered" and "carried_forward" in w.message for w in report.warnings)
    assert [c.value for c in read["results_total"]] == [Decimal(v) for v in LABEL_BLOCK_FIGURES["results_total"]]


def test_a_blank_mark_and_zeros_the_balance_cannot_tell_apart_stay_unknown_in_a_row_out_of_order():
    # `1 / 2 0 0 0 3`: the balance puts 0 or blank in each of the five zero columns, the mark in any of them
    _, text = label_block_text("1", "/", "2", "0", "0", "0", "3")
    read = applications_of(parse_text(text, "mark.txt"))
    cells = read["carried_forward"]
    assert [(c.value, c.state) for c in (cells[0], cells[1], cells[6])] == \
        [(Decimal(2), "recovered"), (Decimal(1), "recovered"), (Decimal(3), "recovered")]
    assert {c.state for c in cells[2:6]} == {"unknown"}, cells


def test_a_row_out_of_order_that_no_order_of_its_words_balances_stays_unknown():
    # the report does not add up whatever the order (`4` for the balance's 3): nothing is placed
    _, text = label_block_text("1", "0", "2", "0", "0", "0", "4")
    read = applications_of(parse_text(text, "unbalanced.txt"))
    assert {c.state for c in read["carried_forward"]} == {"unknown"}, read["carried_forward"]
