"""Chromium's PDF through `pdftotext -layout` (issue 14), table 3 in narrow columns: a row's label wrapped over
lines with its figures on a middle line, where that line also holds the group heading beside it (`2.没有现成信息需要
另行` / `（四）无法提供   0 1 0 …` / `制作`). The label's first line is found as the row, without figures; the
figure line names no row of its own. Written by hand with made-up figures.

The line is that row's where the next row below prints its own figures and APP_OUTCOME_SUM and APP_BALANCE hold
only with it so placed (`recovered`); a line between two figure-less labels could be either's: unknown, never
blank and never guessed."""

from __future__ import annotations

import re

import pytest

from orchestration.parsing.parse import parse_text
from tests.unit.test_reader_classes import FIGURES as TWO_APPLICANTS
from tests.unit.test_reader_classes import REVIEWS, ROWS, TITLE, applications_of, one_cell_per_line

HEADER = ["三、收到和处理政府信息公开申请情况",
          "                                  申请人情况",
          "（本列数据的勾稽关系为：第一项加第二项之和，等于 自 然     法人或其他组织      总",
          "       第三项加第四项之和）            商业 科研 社会公  法律服 其",
          "                          人 企业 机构 益组织 务机构 他 计"]
AT = 44  # where the first figure starts; one column each 4 characters


def figure_line(prefix: str, figures: list[int]) -> str:
    line = prefix.ljust(AT) if len(prefix) < AT else prefix + " "
    return line + "".join(str(f).ljust(4) for f in figures).rstrip()


def layout_text(figures: dict[str, list[int]], lines_of: dict[str, list[str]] | None = None) -> str:
    """Table 3 as `-layout` sets it: each row's label (long ones cut over two lines) and its figures on its
    first line; `lines_of` replaces a row's lines (its group heading's too) by the lines given."""
    lines = list(HEADER)
    for key, label, heading in ROWS:
        if lines_of and key in lines_of:
            lines += lines_of[key]
            continue
        if heading:
            lines.append("    " + heading)
        head, rest = label[:18], label[18:]
        lines.append(figure_line("      " + head, figures.get(key, [0] * 7)))
        if rest:
            lines.append("      " + rest)
    return TITLE + "\n".join([*lines, "四、政府信息公开行政复议、行政诉讼情况"]) + "\n"


FIGURES = {"new_received": [3, 0, 0, 0, 2, 0, 5], "carried_over": [0, 1, 0, 0, 0, 0, 1],
           "granted": [2, 0, 0, 0, 1, 0, 3], "unavailable_not_held": [1, 0, 0, 0, 0, 0, 1],
           "unavailable_needs_creation": [0, 1, 0, 0, 1, 0, 2], "results_total": [3, 1, 0, 0, 2, 0, 6]}
# 2.没有现成信息需要另行制作 wrapped round its figures, the line between holding the group heading (四)无法提供
WRAPPED = {"unavailable_not_held": ["      1.本机关不掌握相关政府", figure_line("三、本年度办", [1, 0, 0, 0, 0, 0, 1]),
                                    "理结果           信息"],
           "unavailable_needs_creation": ["           2.没有现成信息需要另行",
                                          figure_line("    (四)无法提供", [0, 1, 0, 0, 1, 0, 2]), "           制作"]}


def test_the_table_as_printed_is_read():
    read = applications_of(parse_text(layout_text(FIGURES), "chromium_pdftotext.txt"))
    for key, values in FIGURES.items():
        assert [(c.state, c.value) for c in read[key]] == [("value", v) for v in values], (key, read[key])


def test_figures_between_the_lines_of_their_wrapped_label_beside_a_heading_are_its_own():
    report = parse_text(layout_text(FIGURES, WRAPPED), "chromium_pdftotext.txt")
    read = applications_of(report)
    assert [(c.state, c.value) for c in read["unavailable_needs_creation"]] == \
        [("recovered", v) for v in FIGURES["unavailable_needs_creation"]], read["unavailable_needs_creation"]
    for key, values in FIGURES.items():
        assert [c.value for c in read[key]] == values, (key, read[key])
    assert any(w.code == "figures_apart" and "unavailable_needs_creation" in w.message for w in report.warnings)


def test_figures_between_the_lines_of_one_label_are_its_own_though_the_next_label_has_none():
    # 3.补正后申请内容仍不明确 printed without figures right below: the sums hold whichever row the line is, but the
    # line stands between 2.没有现成信息需要另行 and its rest 制作, inside that row's cell: its own. The row below
    # prints nothing in a table that prints its zeros: not known to be blank, unknown
    lines = {**WRAPPED, "unavailable_unclear": ["           3.补正后申请内容仍不明确"]}
    report = parse_text(layout_text(FIGURES, lines), "chromium_pdftotext.txt")
    read = applications_of(report)
    assert [(c.state, c.value) for c in read["unavailable_needs_creation"]] == \
        [("recovered", v) for v in FIGURES["unavailable_needs_creation"]], read["unavailable_needs_creation"]
    assert {(c.state, c.value) for c in read["unavailable_unclear"]} == {("unknown", None)}, read["unavailable_unclear"]
    assert any(w.code == "figures_apart" and "between the lines of a wrapped label" in w.message
               for w in report.warnings)


@pytest.mark.parametrize("first", ["2.没有现成信息需要另行制作", "2.没有现成信息需要另行"])
def test_figures_between_two_labels_without_a_rest_between_are_unknown(first):
    # the line of figures, then 3.补正后申请内容仍不明确 printed without figures: no rest of the label above stands
    # below the line (the label above whole, or cut with its rest lost), so the line may be either row's (the sums
    # hold either way): neither row is read from it, nor blank
    lines = {**WRAPPED, "unavailable_needs_creation": ["           " + first,
                                                       figure_line("    (四)无法提供", [0, 1, 0, 0, 1, 0, 2])],
             "unavailable_unclear": ["           3.补正后申请内容仍不明确"]}
    read = applications_of(parse_text(layout_text(FIGURES, lines), "chromium_pdftotext.txt"))
    for key in ("unavailable_needs_creation", "unavailable_unclear"):
        assert {(c.state, c.value) for c in read[key]} == {("unknown", None)}, (key, read[key])


def test_zeros_between_the_lines_of_their_label_are_its_own():
    # all zeros: the sums hold with or without them, but the line stands inside the label's cell (its first line
    # above, its rest 制作 below): read, recovered; the label's cell round its figures is the proof, not the sums
    figures = {**FIGURES, "unavailable_needs_creation": [0] * 7, "results_total": [3, 0, 0, 0, 1, 0, 4],
               "new_received": [3, 0, 0, 0, 1, 0, 4], "carried_over": [0] * 7}
    wrapped = {**WRAPPED, "unavailable_needs_creation": [*WRAPPED["unavailable_needs_creation"][:1],
                                                         figure_line("    (四)无法提供", [0] * 7),
                                                         *WRAPPED["unavailable_needs_creation"][2:]]}
    read = applications_of(parse_text(layout_text(figures, wrapped), "chromium_pdftotext.txt"))
    assert [(c.state, c.value) for c in read["unavailable_needs_creation"]] == [("recovered", 0)] * 7, \
        read["unavailable_needs_creation"]
    for key, values in figures.items():
        assert [c.value for c in read[key]] == values, (key, read[key])


def test_figures_after_a_label_the_sums_refuse_are_unknown():
    # the line's figures would break APP_OUTCOME_SUM as that row's (the total counts 1 commercial applicant only):
    # not its row's, so unknown, never read
    figures = {**FIGURES, "results_total": [3, 0, 0, 0, 1, 0, 4]}
    figures["new_received"] = [3, 0, 0, 0, 1, 0, 4]
    figures["carried_over"] = [0, 0, 0, 0, 0, 0, 0]
    read = applications_of(parse_text(layout_text(figures, WRAPPED), "chromium_pdftotext.txt"))
    assert {c.state for c in read["unavailable_needs_creation"]} == {"unknown"}, read["unavailable_needs_creation"]


# table 4 as pdftotext -layout sets Chromium's narrow header: the words packed a space apart, proving no column
REVIEW_HEADER = ["四、政府信息公开行政复议、行政诉讼情况",
                 "      行政复议                     行政诉讼",
                 "                      未经复议直接起诉",
                 "结果维 结果纠 其他结 尚未审 总 结果维 结果纠               复议后起诉",
                 " 持 正 果 结 计 持 正 其他结          尚未审 总 结果维 结果纠 其他结 尚未审 总",
                 "                          果 结 计 持 正 果 结 计"]


def reviews_of(row: str) -> list[tuple[str, object]]:
    text = layout_text(FIGURES).replace("四、政府信息公开行政复议、行政诉讼情况\n", "\n".join(
        [*REVIEW_HEADER, row, "", "五、存在的主要问题及改进情况", "无。"]) + "\n\f")  # pdftotext ends a page so
    return [(c.state, c.value) for c in parse_text(text, "chromium_pdftotext.txt").cells if c.table == "reviews"]


BLANKS_PAST_THE_FIRST = [("blank", None)] * 10


def test_table_4_blanks_printing_nothing_its_first_figure_at_the_line_start_is_the_first_column():
    # 1 at the line's first glyph, where the header's 结果维 starts: administrative review upheld; 1 + 1 = 2 only
    # as that proceeding's parts and total, so the other proceedings print nothing; the second 1 stands in one of
    # three outcome columns the text does not tell apart: unknown
    assert reviews_of("1   1          2") == [("recovered", 1), *[("unknown", None)] * 3, ("recovered", 2),
                                           *BLANKS_PAST_THE_FIRST]
    # one figure and its total: every cell proven
    assert reviews_of("3              3") == [("recovered", 3), *[("blank", None)] * 3, ("recovered", 3),
                                           *BLANKS_PAST_THE_FIRST]


def test_table_4_blanks_printing_nothing_away_from_the_line_start_stay_unknown():
    # the first figure set right of the line's start: any proceeding's, any outcome's: nothing is proven
    assert reviews_of("                    9   1   2        12") == [("unknown", None)] * 15
    # two proceedings' figures after the first one's: which proceeding the later ones are is not known
    cells = reviews_of("2      1       3                    1            1")
    assert cells[0] == ("recovered", 2) and cells[4] == ("recovered", 3)
    assert all(state == "unknown" for state, _ in cells[5:])


# made-up figures: 3.要求提供公开出版物 counts one natural person's request, the totals with it
WITH_PUBLICATION = {**FIGURES, "rejected_publication": [1, 0, 0, 0, 0, 0, 1], "results_total": [4, 1, 0, 0, 2, 0, 7],
                    "new_received": [4, 0, 0, 0, 2, 0, 6]}


def rows_read(lines: dict[str, list[str]]) -> dict[str, list[tuple[str, object]]]:
    read = applications_of(parse_text(layout_text(WITH_PUBLICATION, lines), "chromium_pdftotext.txt"))
    return {key: [(c.state, c.value) for c in cells] for key, cells in read.items()}


def test_a_line_of_figures_below_a_bare_label_next_to_a_row_whose_label_is_lost_is_not_read():
    # 2.重复申请 prints nothing (blank) and 3.要求提供公开出版物's label line is lost, its figures on a line alone
    # below 2.重复申请: the line is either's, so neither is read from it (nor read blank)
    lines = {"rejected_duplicate": ["      2.重复申请"],
             "rejected_publication": [figure_line("", WITH_PUBLICATION["rejected_publication"])]}
    read = rows_read(lines)
    for key in ("rejected_duplicate", "rejected_publication"):
        assert {state for state, _ in read[key]} == {"unknown"}, (key, read[key])


def test_a_line_of_figures_alone_between_two_bare_labels_each_a_rows_is_not_read():
    # 2.重复申请 prints nothing; 3.要求提供公开出版物's label wrapped round its figures, its first line lost: the
    # line stands between 2.重复申请 and 公开出版物, either's
    lines = {"rejected_duplicate": ["      2.重复申请"],
             "rejected_publication": [figure_line("", WITH_PUBLICATION["rejected_publication"]), "           公开出版物"]}
    read = rows_read(lines)
    for key in ("rejected_duplicate", "rejected_publication"):
        assert all(state == "unknown" or value == expected for (state, value), expected in
                   zip(read[key], [None] * 7 if key == "rejected_duplicate" else WITH_PUBLICATION[key])), (key, read[key])
    assert {state for state, _ in read["rejected_duplicate"]} == {"unknown"}, read["rejected_duplicate"]


def test_a_line_of_figures_below_its_own_label_is_still_read():
    # every label found, the next row printing its own figures: the line below 2.重复申请 is its own
    figures = {**WITH_PUBLICATION, "rejected_duplicate": [0, 0, 0, 0, 1, 0, 1], "results_total": [4, 1, 0, 0, 3, 0, 8],
               "new_received": [4, 0, 0, 0, 3, 0, 7]}
    lines = {"rejected_duplicate": ["      2.重复申请", figure_line("", figures["rejected_duplicate"])]}
    read = applications_of(parse_text(layout_text(figures, lines), "chromium_pdftotext.txt"))
    assert [c.value for c in read["rejected_duplicate"]] == figures["rejected_duplicate"]
    assert all(c.state in ("value", "recovered") for c in read["rejected_duplicate"])


def test_other_printed_as_one_row_is_no_lost_label_beside_rows_whose_figures_stand_apart():
    # one cell a line: every row's figures stand on lines apart from its label. A 2021 table printing
    # （六）其他处理 as one row has no sub-rows; they are not lost labels whose figures （六） or （七）总计 took
    figures = dict(TWO_APPLICANTS, other_no_correction=[1, 0, 0, 0, 0, 0, 1], results_total=[12, 3, 0, 0, 0, 0, 15])
    page = one_cell_per_line(figures, REVIEWS)
    page = re.sub(r"（六）其他处理\n1\.申请人无正当理由.*?(?=（七）总计)", "（六）其他处理\n" + "1\n0\n0\n0\n0\n0\n1\n",
                  page, flags=re.DOTALL)
    report = parse_text(page, "cells.txt")
    assert any(w.code == "other_as_one_row" for w in report.warnings)
    rows = applications_of(report)
    assert [c.value for c in rows["other"]] == [1, 0, 0, 0, 0, 0, 1]
    assert [c.value for c in rows["results_total"]] == [12, 3, 0, 0, 0, 0, 15]


def test_a_label_wrapped_round_its_figures_with_the_ending_two_rows_share_is_read():
    # 1.申请人 / (六)其他处理 beside the figures / 无正当理由逾期不补正、行政机关不再处理其政府信息公开申请: the rest
    # carries the words (六)1 and (六)2 both end in; with them the two lines make the row's whole label
    figures = {**FIGURES, "other_no_correction": [1, 0, 0, 0, 0, 0, 1], "results_total": [4, 1, 0, 0, 2, 0, 7],
               "new_received": [4, 0, 0, 0, 2, 0, 6]}
    lines = {**WRAPPED, "other_no_correction": ["           1.申请人",
                                                figure_line("    （六）其他处理", figures["other_no_correction"]),
                                                "           无正当理由逾期不补正、行政机关不再处理其政府信息公开申请"]}
    read = applications_of(parse_text(layout_text(figures, lines), "chromium_pdftotext.txt"))
    assert [(c.state, c.value) for c in read["other_no_correction"]] == \
        [("recovered", v) for v in figures["other_no_correction"]], read["other_no_correction"]
    for key, values in figures.items():
        assert [c.value for c in read[key]] == values, (key, read[key])


def test_a_line_inside_its_label_is_read_beside_a_line_no_rule_places():
    # 2.重复申请 prints nothing and 3.要求提供公开出版物's label line is lost (its figures alone below 2.重复申请:
    # either's, unknown); the line inside 2.没有现成信息需要另行 / 制作 is still that row's, whatever the other line is
    lines = {**WRAPPED, "rejected_duplicate": ["      2.重复申请"],
             "rejected_publication": [figure_line("", WITH_PUBLICATION["rejected_publication"])]}
    read = rows_read(lines)
    assert read["unavailable_needs_creation"] == \
        [("recovered", v) for v in WITH_PUBLICATION["unavailable_needs_creation"]], read["unavailable_needs_creation"]
    for key in ("rejected_duplicate", "rejected_publication"):
        assert {state for state, _ in read[key]} == {"unknown"}, (key, read[key])


# （二）部分公开 wrapped round its figures right after its numbering, below （一）予以公开 wrapped round its own
# beside the group heading (`（一）予以` / `三、本年度办理结果  2 0 …` / `公开`)
CUT_AFTER_NUMBERING = {
    "granted": ["           （一）予以", figure_line("    三、本年度办理结果", [2, 0, 0, 0, 1, 0, 3]), "           公开"],
    "partially_granted": ["           （二）", figure_line("", [0, 0, 7, 0, 0, 0, 7]),
                          "           部分公开（区分处理的，只计这一情形，不计其他情形）"]}


def test_a_label_cut_right_after_its_numbering_takes_no_figures_of_the_row_above():
    # `（二）` alone opens its label: the row above never joins `部分公开（区分…）` past it and the figures between
    # (partially_granted was read from （一）'s line)
    figures = {**FIGURES, "partially_granted": [0, 0, 7, 0, 0, 0, 7], "new_received": [3, 0, 7, 0, 2, 0, 12],
               "results_total": [3, 1, 7, 0, 2, 0, 13]}
    read = applications_of(parse_text(layout_text(figures, CUT_AFTER_NUMBERING), "chromium_pdftotext.txt"))
    for key, values in figures.items():
        assert all(c.state == "unknown" or c.value == v for c, v in zip(read[key], values, strict=True)), (key, read[key])
    assert [c.value for c in read["partially_granted"]] == figures["partially_granted"], read["partially_granted"]


def test_figures_between_a_lost_label_and_a_label_wrapped_over_a_page_break_are_not_paired_by_order():
    # 1.属于国家秘密 prints nothing; 2.其他法律行政法规禁止公开 wrapped round its figures and a new page (`2.其他` /
    # its figures / page number, header / `法律行政法规禁止公开`); 3.危及“三安全一稳定”'s label lost, its figures
    # alone below. The line after `2.其他` is not 1.属于国家秘密's for standing alone between placed rows
    page = ["", "1", "\f" + HEADER[2], *HEADER[3:]]
    figures = {**FIGURES, "denied_prohibited_by_law": [0, 0, 0, 0, 4, 0, 4],
               "denied_security_stability": [0, 0, 0, 0, 5, 0, 5], "new_received": [3, 0, 0, 0, 11, 0, 14],
               "results_total": [3, 1, 0, 0, 11, 0, 15]}
    lines = {"denied_state_secret": ["           1.属于国", "    （三）不予公开", "           家秘密"],
             "denied_prohibited_by_law": ["           2.其他", figure_line("", figures["denied_prohibited_by_law"]),
                                          *page, "           法律行政法规禁止公开"],
             "denied_security_stability": [figure_line("", figures["denied_security_stability"])]}
    read = applications_of(parse_text(layout_text(figures, lines), "chromium_pdftotext.txt"))
    assert {c.state for c in read["denied_state_secret"]} == {"unknown"}, read["denied_state_secret"]
    for key, values in figures.items():
        assert all(c.state == "unknown" or c.value == v for c, v in zip(read[key], values, strict=True)), (key, read[key])


def test_figures_between_a_whole_label_and_a_headings_numbering_alone_beside_a_lost_label_are_unknown():
    # 1.本机关不掌握相关政府信息 prints nothing (a blank row), 2.没有现成信息需要另行制作's label is lost and its figures
    # stand alone below; then the margin heading （四）无法提供 with its numbering alone on a line (`（四）` / `无法提供`).
    # `（四）` squashes to nothing: the whole label above and it did not make a label wrapped round the line (a label
    # ends in words, never in a numbering), so the line may be the lost row's, as without the heading: unknown
    figures = {**FIGURES, "unavailable_not_held": [0] * 7}
    lines = {"unavailable_not_held": ["      1.本机关不掌握相关政府信息"],
             "unavailable_needs_creation": [figure_line("", FIGURES["unavailable_needs_creation"]), "  （四）", "  无法提供"]}
    report = parse_text(layout_text(figures, lines), "chromium_pdftotext.txt")
    read = applications_of(report)
    assert {c.state for c in read["unavailable_not_held"]} == {"unknown"}, read["unavailable_not_held"]
    assert any(w.code == "figures_apart" and "unavailable_not_held" in w.message for w in report.warnings)


def test_a_margin_headings_characters_on_the_figure_line_do_not_give_it_to_the_next_row():
    # 1.本机关不掌握相关政府信息 wrapped round its figures, the line between holding the section heading's first
    # characters (`三，本年度办`) in the margin column; the next label lost its `2.` (`(四)无法提 没有现成信息需要另行`)
    # and is wrapped round its own line of figures. Each line is the row's whose label stands round it, never the next
    not_held, needs_creation = [2, 0, 0, 0, 0, 0, 2], [0, 0, 0, 0, 0, 0, 0]
    figures = {**FIGURES, "unavailable_not_held": not_held, "unavailable_needs_creation": needs_creation,
               "results_total": [4, 0, 0, 0, 1, 0, 5], "new_received": [4, 0, 0, 0, 1, 0, 5],
               "carried_over": [0] * 7}
    lines = {"unavailable_not_held": ["      1.本机关不掌握相关政", figure_line("三，本年度办", not_held), "      府信息"],
             "unavailable_needs_creation": ["理结果    (四)无法提 没有现成信息需要另行", figure_line("", needs_creation),
                                            "    供       制作"]}
    read = applications_of(parse_text(layout_text(figures, lines), "chromium_pdftotext.txt"))
    assert [c.value for c in read["unavailable_not_held"]] == not_held, read["unavailable_not_held"]
    assert [c.value for c in read["unavailable_needs_creation"]] in (needs_creation, [None] * 7), \
        read["unavailable_needs_creation"]
