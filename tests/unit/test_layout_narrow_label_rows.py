"""`pdftotext -layout` of LibreOffice's PDF of a DOCX report whose table 3 label columns are narrow: each label wraps
two glyphs a line down its column, the group heading's pieces beside it, and a row's figures stand on its label's
first line (LibreOffice sets a cell's text at its top); a blank cell prints nothing. Reports print labels abbreviated,
unnumbered or misprinted (`1.国家秘密`, `属于三类内部事务信息`, `2.重夏申请`): a row is read where the lines' pieces
spell the labels in the template's order one way only, each row's nearest its own label; never where the lines
could be read two ways or the layout does not show its cells' text at their top."""

from __future__ import annotations

from orchestration.parsing.parse import parse_text
from tests.unit.test_reader_classes import REVIEW_HEADER, REVIEWS, applications_of

TITLE = ["某某县民政局", "2020年政府信息公开工作年度报告"]
HEADER = ["（本列数据的勾稽关系     申请人情况",
          "为：第一项加第二项之     自然  法人或其他组织                         总计",
          "和，等于第三项加第四     人   商业  科研  社会            法律   其他",
          "项之和）               企业  机构  公益            服务",
          "                           组织            机构"]
TABLE_2 = ["二、主动公开政府信息情况", "第二十条第（一）项", "信息内容      本年新制作数量         本年新公开数量            对外公开总数量",
           "规章        6               6                  176"]
TABLE_4 = [REVIEW_HEADER, "行政复议 行政诉讼", "  ".join(["结果维持", "结果纠正", "其他结果", "尚未审结", "总计"] * 3),
           "  ".join(map(str, REVIEWS)), "五、存在的主要问题及改进情况", "一是公开形式单一。"]
# the 2019 template's sub-rows of （三） to （五）, each group's heading with its first row
SUB_ROWS = [
    ("denied_state_secret", "1.属于国家秘密", "（三）不予公开"), ("denied_prohibited_by_law", "2.其他法律行政法规禁止公开", ""),
    ("denied_security_stability", "3.危及“三安全一稳定”", ""), ("denied_third_party_rights", "4.保护第三方合法权益", ""),
    ("denied_internal_affairs", "5.属于三类内部事务信息", ""), ("denied_process_information", "6.属于四类过程性信息", ""),
    ("denied_enforcement_files", "7.属于行政执法案卷", ""), ("denied_administrative_query", "8.属于行政查询事项", ""),
    ("unavailable_not_held", "1.本机关不掌握相关政府信息", "（四）无法提供"),
    ("unavailable_needs_creation", "2.没有现成信息需要另行制作", ""), ("unavailable_unclear", "3.补正后申请内容仍不明确", ""),
    ("rejected_petition", "1.信访举报投诉类申请", "（五）不予处理"), ("rejected_duplicate", "2.重复申请", ""),
    ("rejected_publication", "3.要求提供公开出版物", ""), ("rejected_excessive", "4.无正当理由大量反复申请", ""),
    ("rejected_confirmation", "5.要求行政机关确认或重新出具已获取信息", "")]


def _two_a_line(text: str) -> list[str]:
    head = 3 if text[0].isdigit() else 2  # `1.属` / `于国` / …, `（三` / `）不` / …
    return [text[:head], *(text[at : at + 2] for at in range(head, len(text), 2))]


def _wide_row(label: str, value: int) -> str:
    return label if not value else f"{label.ljust(15)}{value:<36}{value}"


def layout_report(figures: dict[str, int], labels: dict[str, str]) -> str:
    """The report whose table 3 is LibreOffice's narrow table as `pdftotext -layout` writes it: each row's figure
    (自然人's, and its total) on its label's first line; `labels`: rows' labels as printed instead of the template's."""
    total = sum(figures.values())  # received this year, and the outcomes' total: nothing carried over or forward
    lines = [*TITLE, "一、总体情况", "本年度无特别情况。", *TABLE_2, "三、收到和处理政府信息公开申请情况", *HEADER,
             _wide_row("一、本年新收政府信息", total), "公开申请数量", "二、上年结转政府信息", "公开申请数量",
             _wide_row("三、  （一）予以公", figures.get("granted", 0)), "本年  开", "度办   （二）部分公", "理结   开"]
    groups: list[list[tuple[str, str]]] = []
    for key, label, heading in SUB_ROWS:
        if heading:
            groups.append([])
        groups[-1].append((key, labels.get(key, label)))
    for group, heading in zip(groups, ("（三）不予公开", "（四）无法提供", "（五）不予处理"), strict=True):
        beside = _two_a_line(heading)
        at = 0
        for key, label in group:
            for n, piece in enumerate(_two_a_line(label)):
                margin = "果" if lines[-1] == "理结   开" else ""  # 三、本年度办理结果's last piece
                line = f"{margin:5}{beside[at] if at < len(beside) else '':4}{piece}"
                if n == 0 and figures.get(key):
                    line = f"{line:15}{figures[key]:<9}{figures[key]}"
                lines.append(line.rstrip())
                at += 1
    lines += ["    （六）其他处", "    理", _wide_row("    （七）总计", total),
              "四、结转下年度继续办", "理", *TABLE_4]
    return "\n".join(lines) + "\n"


FIGURES = {"granted": 6, "denied_third_party_rights": 1, "unavailable_not_held": 5, "rejected_duplicate": 3}
ABBREVIATED = {"denied_state_secret": "1.国家秘密", "denied_internal_affairs": "属于三类内部事务信息",
               "denied_process_information": "6.四类过程性信息", "unavailable_not_held": "机关不掌握相关政府信息",
               "rejected_duplicate": "2.重夏申请", "denied_enforcement_files": "属于行政执法案卷"}


def test_abbreviated_unnumbered_or_misprinted_labels_down_a_narrow_column_spell_their_rows():
    read = applications_of(parse_text(layout_report(FIGURES, ABBREVIATED), "narrow.txt"))
    for key in ("denied_third_party_rights", "unavailable_not_held", "rejected_duplicate"):
        assert [c.value for c in read[key]] == [FIGURES[key], None, None, None, None, None, FIGURES[key]], key
    for key in ("denied_state_secret", "denied_internal_affairs", "denied_process_information",
                "denied_enforcement_files", "unavailable_unclear", "rejected_publication"):
        assert [c.state for c in read[key]] == ["blank"] * 7, key


def test_a_label_as_like_two_rows_leaves_the_rows_round_it_unread():
    # `属于行政` is as like 属于行政执法案卷 as 属于行政查询事项
    read = applications_of(parse_text(layout_report(FIGURES, {**ABBREVIATED, "denied_enforcement_files": "属于行政"}),
                                      "narrow.txt"))
    for key in ("denied_enforcement_files", "denied_administrative_query"):
        assert {c.state for c in read[key]} == {"unknown"}, key


def test_figures_on_a_line_numbered_for_another_row_are_not_read_into_the_row_after():
    # `1.国  20  20` / `家丁` / `密`: named by no row (nor nearly), so the run is not spelled; its figures' line opens
    # the group's first row by its numbering, never 2.其他法律行政法规禁止公开, whose label follows it
    figures = {"denied_state_secret": 20, "denied_internal_affairs": 12, "rejected_publication": 26}
    read = applications_of(parse_text(layout_report(figures, {"denied_state_secret": "1.国家丁密"}), "narrow.txt"))
    assert all(c.value is None for c in read["denied_prohibited_by_law"])
    assert all(c.value in (None, 20) for c in read["denied_state_secret"])


# labels that spell no run (`行政执法案卷`, 属于 and 7. left off; `补正后…` unnumbered): another reader places the
# lines of figures, which only the pieces opening on them prove
UNSPELLED = {"denied_enforcement_files": "行政执法案卷", "unavailable_unclear": "补正后申请内容仍不明确"}


def test_figures_opening_a_label_of_no_row_placed_are_unknown_never_recovered_onto_another_row():
    for figures, labels in (({"denied_administrative_query": 26, "unavailable_not_held": 19},
                             {**UNSPELLED, "denied_administrative_query": "行政丁询事项"}),
                            ({"denied_enforcement_files": 26, "unavailable_not_held": 19},
                             {**UNSPELLED, "denied_administrative_query": "行政丁询事项"})):
        read = applications_of(parse_text(layout_report(figures, labels), "narrow.txt"))
        # `行政  26  26` / `丁询` / `事项` (or `执法` / `案卷`) names a row the other reader did not place there
        for key in ("denied_process_information", "denied_enforcement_files", "denied_administrative_query"):
            assert {c.state for c in read[key]} == {"unknown"}, (key, read[key])
        assert [c.value for c in read["unavailable_not_held"]] == [19, None, None, None, None, None, 19]


def test_figures_opening_the_label_of_the_row_placed_there_alone_are_its():
    figures = {"denied_administrative_query": 26, "unavailable_not_held": 19}
    read = applications_of(parse_text(layout_report(figures, {**UNSPELLED, "denied_administrative_query": "8.行政查询事项"}),
                                      "narrow.txt"))
    assert [c.value for c in read["denied_administrative_query"]] == [26, None, None, None, None, None, 26]
    for key in ("denied_process_information", "denied_enforcement_files"):
        assert [c.state for c in read[key]] == ["blank"] * 7, key


def test_figures_opening_a_label_with_its_own_numbering_are_its_own_whatever_words_it_left_off():
    # `4.大  2  2` / `量反` / `复申` / `请`: 无正当理由 left off, the line of figures opens with the row's own numbering
    read = applications_of(parse_text(layout_report({"rejected_excessive": 2, "unavailable_not_held": 19},
                                                    {**UNSPELLED, "rejected_excessive": "4.大量反复申请"}), "narrow.txt"))
    assert [c.value for c in read["rejected_excessive"]] == [2, None, None, None, None, None, 2]




def test_figures_on_a_line_of_the_numbering_alone_are_the_row_s_its_next_lines_spell():
    # `果    开   3 .  4  4` / `危 及` / `“ 三` / …: the numbering and the label's glyphs spaced, the numbering alone on
    # the line of figures after the margin's glyphs (read with them, a piece `果开.`); the label from the next line
    text = layout_report({"denied_security_stability": 4, "unavailable_not_held": 19}, UNSPELLED)
    opening = f"{'':9}3.危   4        4\n" + "".join(f"{'':9}{piece}\n" for piece in ("及“", "三安", "全一", "稳定", "”"))
    assert opening in text
    text = text.replace(opening, f"{'果':5}{'开':4}3 .   4        4\n"
                        + "".join(f"{'':9}{piece}\n" for piece in ("危 及", "“ 三", "安 全", "一 稳", "定 ”")), 1)
    read = applications_of(parse_text(text, "narrow.txt"))
    assert [c.value for c in read["denied_security_stability"]] == [4, None, None, None, None, None, 4]
