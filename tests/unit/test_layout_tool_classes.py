"""More shapes of `pdftotext -layout` text of PDFs made by tools the project did not write (issue 14),
as the tool renditions of the corpus showed them, written by hand with made-up figures:

* Chromium prints a wide (full-width) figure in a column too narrow for two of its digits one digit a
  line: `８` on the row's line and `０` below it, or `３` above a row's line left empty there and `６`
  below it;
* a label whose numbered first line (`一、本年`) stands above the line of its figures, the rest of its
  words below them;
* a blank mark and a figure one space apart (`— 14`), an amount with its unit one space after its
  label (`行政事业性收费 14.5159万元`).

Each must give the figures back, or say a cell is unknown: never a wrong number, never a lucky blank."""

from __future__ import annotations

from decimal import Decimal

import pytest

from orchestration.parsing.parse import parse_text
from orchestration.parsing.rows import _aligned_cells, is_page_furniture
from tests.unit.test_layout_other_tools import FULL_WIDTH, fee_wrapped_round_its_label
from tests.unit.test_layout_text_traces import fee_of
from tests.unit.test_reader_classes import ROWS, TITLE, ZERO, applications_of

COLUMNS = (34, 38, 42, 46, 50, 54, 58)  # where each applicant column's figure stands, in glyphs
HEADER = """\
三、收到和处理政府信息公开申请的情况
                                        申请人情况
                                 自然      法人或其他组织      总
                                  人   商业 科研 社会 法律 其  计
                                       企业 机构 公益 服务 他
"""


def placed(label: str, cells: dict[int, str]) -> str:
    """A line of aligned text: `label`, then each text at its column (an index of COLUMNS)."""
    line = label
    for column, text in sorted(cells.items()):
        line = line.ljust(COLUMNS[column] - 1) + text
    return line.rstrip()


def wide(value: int) -> str:
    return str(value).translate(FULL_WIDTH)


def aligned_table_3(lines_of) -> str:
    """A report with table 3 under HEADER: each row's lines as `lines_of(key, label)` gives them, each
    group heading on a line of its own before its first row."""
    lines = [HEADER.rstrip("\n")]
    for key, label, heading in ROWS:
        if heading:
            lines.append(heading)
        lines += lines_of(key, label)
    return TITLE + "\n".join([*lines, "四、政府信息公开行政复议、行政诉讼情况"]) + "\n"


def stacked_table(figures: dict[str, list[int]], stacked: dict[str, str]) -> str:
    """Table 3 in wide digits, each row's label on one line; a row named in `stacked` prints its
    two-digit figures one digit a line: `below` (first digit on the row's line, second below it) or
    `centred` (first digit above the row's line, second below it, the row's line empty there)."""
    def lines_of(key: str, label: str) -> list[str]:
        values = figures[key]
        two = {i: wide(v) for i, v in enumerate(values) if v >= 10}
        own = {i: wide(v) for i, v in enumerate(values) if v < 10}
        if stacked.get(key) == "centred":
            return [placed("", {i: text[0] for i, text in two.items()}), placed(label, own),
                    placed("", {i: text[1] for i, text in two.items()})]
        if stacked.get(key) == "below":
            return [placed(label, {**own, **{i: text[0] for i, text in two.items()}}),
                    placed("", {i: text[1] for i, text in two.items()})]
        return [placed(label, {i: wide(v) for i, v in enumerate(values)})]
    return aligned_table_3(lines_of)


STACKED_FIGURES = {key: list(ZERO) for key, _, _ in ROWS}
STACKED_FIGURES.update({
    "new_received": [80, 3, 0, 0, 0, 0, 83],
    "carried_over": [1, 0, 0, 0, 0, 0, 1],
    "granted": [36, 0, 0, 0, 0, 0, 36],
    "partially_granted": [4, 0, 0, 0, 0, 0, 4],
    "unavailable_not_held": [41, 1, 0, 0, 0, 0, 42],
    "results_total": [81, 1, 0, 0, 0, 0, 82],
    "carried_forward": [2, 2, 0, 0, 0, 0, 4],
})
STACKED_ROWS = {"new_received": "below", "granted": "centred", "unavailable_not_held": "below",
                "results_total": "centred"}


def test_a_wide_figure_stacked_one_digit_a_line_is_unknown_never_one_of_its_digits():
    read = applications_of(parse_text(stacked_table(STACKED_FIGURES, STACKED_ROWS), "layout.txt"))
    for key, figures in STACKED_FIGURES.items():
        for cell, figure in zip(read[key], figures):
            assert cell.state == "unknown" or cell.value == figure, (key, read[key])
    for key in STACKED_ROWS:  # each stacked figure: not read from one of its digits; whole only where the sums
        # share the pieces out between the rows one way (recovered, its value checked above), else unknown
        assert read[key][0].state in ("unknown", "recovered") and read[key][6].state in ("unknown", "recovered"), \
            (key, read[key])
    # the rows away from a stack are read (the row right under one may own its last digit: unknown there)
    for key in ("denied_state_secret", "denied_prohibited_by_law", "rejected_petition", "other_misc"):
        assert [c.value for c in read[key]] == STACKED_FIGURES[key], (key, read[key])


def centred_table(figures: dict[str, list[int]], centred: tuple[str, ...], smallest: int, cut: int,
                  above: str = "", below: str = "") -> str:
    """Table 3 in wide digits, its blanks printing `-`; a row named in `centred` prints its figures of
    `smallest` or more centred on its line, wrapped: their first `cut` digits on the line above (beside the
    words `above`), the rest on the line below (beside `below`), its line empty in their columns."""
    def marked(values: list[int]) -> dict[int, str]:
        return {i: wide(v) if v else "-" for i, v in enumerate(values)}

    def lines_of(key: str, label: str) -> list[str]:
        values = figures[key]
        if key not in centred:
            return [placed(label, marked(values))]
        wrapped = {i: wide(v) for i, v in enumerate(values) if v >= smallest}
        return [placed(above, {i: t[:cut] for i, t in wrapped.items()}),
                placed(label, {i: t for i, t in marked(values).items() if i not in wrapped}),
                placed(below, {i: t[cut:] for i, t in wrapped.items()})]
    return aligned_table_3(lines_of)


def assert_read_or_unknown(read: dict, figures: dict[str, list[int]]) -> None:
    for key, row in figures.items():
        for cell, figure in zip(read[key], row):
            assert cell.state == "unknown" or (cell.value or 0) == figure, (key, read[key])


def test_a_wide_figure_centred_between_a_merged_headings_words_is_unknown_never_its_last_digit():
    # Chromium, `-layout`: `１３` centred on the row's line in a narrow column, its digits on the lines of
    # the merged heading's words above and below (`三、本年度  １ … １` / `（一）予以公开 - １ - …` /
    # `办理结果  ３ … ４`); blanks print `-`, and the rows around print their own single digits
    figures = dict(STACKED_FIGURES, new_received=[2, 3, 0, 0, 0, 0, 5], carried_over=[0, 0, 1, 0, 0, 0, 1],
                   granted=[13, 0, 1, 0, 0, 0, 14], results_total=[13, 0, 1, 0, 0, 0, 14],
                   carried_forward=[2, 3, 0, 0, 0, 0, 5])
    text = centred_table(figures, ("granted",), 10, 1, "三、本年度", "办理结果").replace("三、本年度办理结果\n", "")
    read = applications_of(parse_text(text, "layout.txt"))
    assert_read_or_unknown(read, figures)
    # never its last digit: unknown, or whole where the rows' sums leave one sharing of the pieces (recovered)
    assert {read["granted"][0].state, read["granted"][6].state} <= {"unknown", "recovered"}, read["granted"]
    assert [c.value or 0 for c in read["carried_over"]] == figures["carried_over"], read["carried_over"]


def test_a_long_wide_figure_centred_a_few_digits_a_line_over_a_row_of_blank_marks_is_unknown_never_its_end():
    # Chromium, `-layout`: `１０６０` in a narrow column wraps as `１０` above the row's line and `６０` below
    # it (`１５` / `９` for 159), the row's line printing only its blank marks (`-`); the row after prints
    # its own figures in those columns
    figures = dict(STACKED_FIGURES, new_received=[1060, 0, 159, 0, 0, 0, 1219], carried_over=[0, 0, 53, 0, 0, 0, 53],
                   granted=[1060, 0, 212, 0, 0, 0, 1272], results_total=[1060, 0, 212, 0, 0, 0, 1272],
                   carried_forward=[0, 0, 0, 0, 0, 0, 0])
    read = applications_of(parse_text(centred_table(figures, ("new_received", "granted"), 100, 2), "layout.txt"))
    assert_read_or_unknown(read, figures)
    for key in ("new_received", "granted"):
        # never its end: unknown, or whole where the rows' sums leave one sharing of the pieces (recovered)
        assert {read[key][i].state for i in (0, 2, 6)} <= {"unknown", "recovered"}, (key, read[key])
    assert [c.value or 0 for c in read["carried_over"]] == figures["carried_over"], read["carried_over"]


def test_a_figure_stacked_one_digit_a_line_with_its_middle_digit_on_the_rows_line_is_unknown():
    # `２３５` one digit a line, its `３` on the row's line, the total `３２９` as `３２` / `９` on the lines
    # between (`２` / `３２` / `３ - - - ９４ -` / `９` / `年 ５`, a margin heading's character beside the last)
    figures = dict(STACKED_FIGURES, unavailable_not_held=[235, 0, 0, 0, 94, 0, 329],
                   results_total=[277, 1, 0, 0, 94, 0, 372])

    def lines_of(key: str, label: str) -> list[str]:
        if key != "unavailable_not_held":
            return [placed(label, {i: wide(v) for i, v in enumerate(figures[key])})]
        own = {0: "３", 1: "-", 2: "-", 3: "-", 4: "９４", 5: "-"}
        return [placed("", {0: "２"}), placed("", {6: "３２"}), placed(label, own), placed("", {6: "９"}),
                placed("年", {0: "５"})]
    read = applications_of(parse_text(aligned_table_3(lines_of), "layout.txt"))
    assert_read_or_unknown(read, figures)
    cells = read["unavailable_not_held"]
    assert cells[0].state == "unknown" and cells[6].state == "unknown", cells


def test_a_figure_cut_in_its_last_group_of_thousands_is_unknown_never_its_rest():
    # LibreOffice's PDF of a DOCX, `-layout`: `１,０８０` in a narrow column wraps as `１,０` on the row's
    # line and `８０` below it, beside the label's next words (`公开申请数量  ８０  ８６`); the row's other
    # figures stand on its first line, one (`３`) a space after the cut piece
    figures = dict(STACKED_FIGURES, new_received=[1080, 3, 0, 3, 0, 0, 1086], results_total=[1081, 1, 0, 0, 0, 0, 1082])

    def lines_of(key: str, label: str) -> list[str]:
        values = figures[key]
        if key != "new_received":
            return [placed(label, {i: wide(v) for i, v in enumerate(values)})]
        first = placed(label[:10], {0: "１,０", 2: "-", 3: "３", 4: "-", 5: "-", 6: "１,０"})
        first = first.replace("１,０" + " " * 3, "１,０ ３ ", 1)  # the next figure one space after the piece
        return [first, placed(label[10:], {0: "８０", 6: "８６"})]
    read = applications_of(parse_text(aligned_table_3(lines_of), "layout.txt"))
    cells = read["new_received"]
    for cell, figure in zip(cells, figures["new_received"]):
        assert cell.state == "unknown" or (cell.value or 0) == figure, cells
    assert cells[0].state == "unknown" and cells[6].state == "unknown", cells
    assert [cells[1].value, cells[3].value] == [3, 3], cells  # the row's own figures beside the pieces


def test_single_wide_digits_on_a_row_line_of_their_own_are_that_rows_figures():
    # a row's figures on the line after its label (not stacked: no digit stands beside them in their
    # columns on the lines around), all single wide digits
    def lines_of(key: str, label: str) -> list[str]:
        figures = STACKED_FIGURES[key]
        values = {i: wide(v if max(figures) < 10 else 0) for i, v in enumerate(figures)}
        return [label[:10], placed("", values), label[10:]] if key == "partially_granted" else [placed(label, values)]
    text = aligned_table_3(lines_of)
    read = applications_of(parse_text(text, "layout.txt"))
    assert [c.value for c in read["partially_granted"]] == [4, 0, 0, 0, 0, 0, 4], read["partially_granted"]


def test_a_labels_numbered_first_line_above_its_figures_opens_its_row():
    # `4.` / `2 0 0 0 0 0 2` / `保护第三方合法权益`: Chromium wraps the label round its figures
    def lines_of(key: str, label: str) -> list[str]:
        if key == "denied_third_party_rights":
            return ["4.", placed("", {i: "2" if i in (0, 6) else "0" for i in range(7)}), "保护第三方合法权益"]
        return [placed(label, {i: "0" for i in range(7)})]
    text = aligned_table_3(lines_of)
    read = applications_of(parse_text(text, "layout.txt"))
    assert [c.value for c in read["denied_third_party_rights"]] == [2, 0, 0, 0, 0, 0, 2], read["denied_third_party_rights"]


def test_a_blank_mark_and_a_figure_one_space_apart_are_cells_of_their_own():
    assert [c.text for c in _aligned_cells("            11   —   3   —   —   — 14", 1)] == \
        ["11", "—", "3", "—", "—", "—", "14"]
    assert [c.text for c in _aligned_cells("  2.重复申请       —    —   —   —   —   — —", 1)] == \
        ["2.重复申请", *["—"] * 7]
    assert [c.text for c in _aligned_cells("  规章    12 -", 1)] == ["规章", "12", "-"]
    # a label's line ending on a comma where it wraps, then its first figure one space after it
    assert [c.text for c in _aligned_cells("  分公开（区分处理的，只计这一情形， 1     0     1", 1)] == \
        ["分公开（区分处理的，只计这一情形，", "1", "0", "1"]
    # figures alone one space apart stay one cell: which is a figure and which a lost separator is not known
    assert [c.text for c in _aligned_cells("  规章    1 2", 1)] == ["规章", "1 2"]


def test_an_amount_with_its_unit_one_space_after_its_label_is_its_cell():
    # the unit in brackets too (`35.7206（万元）`): before, the label's cell held the amount and the fee was read blank
    for amount in ("14.5159万元", "14.5159 万元", "14.5159（万元）", "14.5159(万元)"):
        text = fee_wrapped_round_its_label("", "").replace("行政事业性收费", f"行政事业性收费 {amount}")
        fee = fee_of(parse_text(text, "layout.txt"))
        assert (fee.state, fee.value) == ("value", Decimal("14.5159")), amount


def test_the_rest_of_an_amount_opening_a_new_page_goes_on_with_it():
    # LibreOffice's PDF of a page through `pdftotext -layout`: `行政事业性收费 37.3` / `\f  209 万元`; taken for the
    # next page's running header, the amount read 37.3
    text = fee_wrapped_round_its_label("", "").replace("行政事业性收费", "行政事业性收费 37.3\n\f         209 万元")
    fee = fee_of(parse_text(text, "layout.txt"))
    assert fee.state == "unknown" or fee.value == Decimal("37.3209"), fee


# table 4 laid wider than the page (LibreOffice's PDF of a page, through `pdftotext -layout`): the last 总计
# past the paper's edge, the header's words wrapped where their positions do not line up with the figures'
CUT_TABLE_4 = """\
四、政府信息公开行政复议、行政诉讼情况
        行政复议                                      行政诉讼

                              未经复议直接起诉                            复议后起诉
结果维 结果纠 其他结 尚未审
                总计
 持   正   果   结     结果维 结果纠 其他结 尚未审    结果维 结果纠 其他结 尚未审
                                   总计
                    持   正   果   结      持   正   果   结

{figures}


五、存在的主要问题及改进情况
"""


def reviews_of(figures: list[str]) -> list:
    text = TITLE + CUT_TABLE_4.format(figures="   ".join(figures))
    return [c for c in parse_text(text, "layout.txt").cells if c.table == "reviews"]


def test_a_review_table_cut_at_the_pages_edge_reads_the_columns_its_header_shows():
    figures = ["2", "0", "1", "1", "4", "无", "无", "无", "无", "无", "1", "0", "0", "0"]
    cells = reviews_of(figures)
    assert [c.value for c in cells[:14]] == [2, 0, 1, 1, 4, None, None, None, None, None, 1, 0, 0, 0], cells
    assert [c.state for c in cells[5:10]] == ["blank"] * 5
    # the total past the edge: its four outcomes shown, REVIEW_SUM leaves it one value, recovered
    assert (cells[14].value, cells[14].state) == (1, "recovered")
    # a group whose total is not its parts' sum: the figures are not those columns in that order
    assert all(c.state == "unknown" for c in reviews_of(["2", "0", "1", "1", "5", *figures[5:]]))
    # fewer figures than the columns shown: which are blank is not known
    assert all(c.state == "unknown" for c in reviews_of(figures[:13]))


def glyph_line(texts: dict[int, str]) -> str:
    """A line of `pdftotext -layout` text: each text starting at its glyph column."""
    line = ""
    for column, text in sorted(texts.items()):
        line = line.ljust(column) + text
    return line


def test_a_header_word_written_one_character_a_line_over_six_lines_names_its_column():
    # LibreOffice's PDF of a narrow column through `pdftotext -layout`: `社` / `会` / `公` / `益` / `组` / `织`,
    # each a line or two below the last, as the header's height spreads them
    header = [glyph_line({29: "自然人", 35: "商业", 41: "科研", 48: "社", 53: "法律", 59: "其他", 65: "总计"}),
              glyph_line({48: "会"}),
              glyph_line({35: "企业", 41: "机构", 53: "服务"}),
              glyph_line({48: "公"}),
              "",
              glyph_line({48: "益", 53: "机构"}),
              "",
              glyph_line({48: "组"}),
              glyph_line({48: "织"})]
    columns = (30, 36, 42, 48, 54, 60, 66)
    figures = {key: list(ZERO) for key, _, _ in ROWS}
    figures.update({"new_received": [5, None, None, 2, None, None, 7], "granted": [3, None, None, 2, None, None, 5],
                    "unavailable_not_held": [2, None, None, None, None, None, 2],
                    "results_total": [5, None, None, 2, None, None, 7]})
    lines = ["三、收到和处理政府信息公开申请情况", glyph_line({40: "申请人情况"}), *header]
    for key, label, heading in ROWS:
        if heading:
            lines.append(heading)
        lines.append(glyph_line({0: label[:12], **{c: str(v) for c, v in zip(columns, figures[key]) if v is not None}}))
    text = TITLE + "\n".join([*lines, "四、政府信息公开行政复议、行政诉讼情况"]) + "\n"
    read = applications_of(parse_text(text, "layout.txt"))
    for key in ("new_received", "granted", "unavailable_not_held", "results_total"):
        assert [c.value for c in read[key]] == figures[key], (key, read[key])


# LibreOffice's PDF of a DOCX through `pdftotext -layout`: table 3's sub-rows' labels down a column two
# characters wide, each row's figures on its label's first line, a blank cell only spaces
NARROW_HEADER = """\
三、收到和处理政府信息公开申请情况
              申请人情况
              自然  法人或其他组织                总计
              人   商业  科研  社会   法律   其他
                  企业  机构  公益   服务
                          组织   机构
"""
NARROW_COLUMNS = (14, 18, 22, 26, 31, 36, 41)


def test_a_label_down_a_narrow_column_keeps_its_figures_and_leaves_the_next_rows_alone():
    figures = {key: [None] * 7 for key, _, _ in ROWS}
    figures.update({"new_received": [3, None, None, None, None, None, 3], "granted": [1, None, None, None, None, None, 1],
                    "unavailable_not_held": [2, None, None, None, None, None, 2],
                    "results_total": [3, None, None, None, None, None, 3]})
    lines = [NARROW_HEADER.rstrip("\n")]
    for key, label, heading in ROWS:
        numbered = label[0].isdigit()
        pieces = [label[:3], *(label[i : i + 2] for i in range(3, len(label), 2))] if numbered else \
            [label[:9], label[9:]]
        # a group heading down the margin beside its first row's label, two characters a line
        margin = [heading[i : i + 2] for i in range(0, len(heading), 2)] if heading and numbered else []
        for index, piece in enumerate(filter(None, pieces)):
            cells = {0: margin[index], 5: piece} if index < len(margin) else {0: ("     " if numbered else "") + piece}
            if index == 0:
                cells.update({c: str(v) for c, v in zip(NARROW_COLUMNS, figures[key]) if v is not None})
            lines.append(glyph_line(cells))
    text = TITLE + "\n".join([*lines, "四、政府信息公开行政复议、行政诉讼情况"]) + "\n"
    read = applications_of(parse_text(text, "layout.txt"))
    for key in ("unavailable_not_held", "denied_administrative_query", "unavailable_needs_creation"):
        assert all(c.state == "unknown" or c.value == v for c, v in zip(read[key], figures[key])), (key, read[key])
    # `1.本` / `机关` / … / `息` (seven lines): its figures are on its first line
    assert [c.value for c in read["unavailable_not_held"]] == figures["unavailable_not_held"], read["unavailable_not_held"]


def test_a_row_of_figures_opening_a_new_page_is_no_running_header():
    # `pdftotext -raw` of Chromium's PDF: table 4's header one word piece a line, its row of figures the first
    # line of the next page (after a form feed); taken for the page's running header, every cell read blank
    header = ["行政复议 行政诉讼", *["结果维", "持", "结果纠", "正", "其他结", "果", "尚未审", "结", "总", "计"],
              "未经复议直接起诉 复议后起诉", *["结果维", "持", "结果纠", "正", "其他结", "果", "尚未审", "结", "总", "计"] * 2]
    figures = [2, 0, 0, 1, 3, 0, 0, 0, 0, 0, 1, 0, 0, 0, 1]
    text = TITLE + "\n".join(["四、政府信息公开行政复议、行政诉讼情况", *header, "\f" + " ".join(map(str, figures)),
                              "五、存在的主要问题及改进情况", "无。"]) + "\n"
    cells = [c for c in parse_text(text, "raw.txt").cells if c.table == "reviews"]
    assert [c.value for c in cells] == figures, cells
    assert is_page_furniture("\f某某县人民政府办公室") and not is_page_furniture("\f2 0 0 1 3")


# Chromium's print of a page through `pdftotext -layout`: labels wrapped round their figures, one label's
# numbering lost and its second line among the merged heading's characters (`（三）不予 方合法权益`)
LOST_NUMBERING = """\
三、收到和处理政府信息公开申请情况
                                     申请人情况
                           自然 商业 科 研法人或其他组织
                                      社会公  法 律 服 其 总
                           人 企业 机 构 益组织 务 机 构 他 计
一、本年新收政府信息公开申请数量          9    -   -   -   -    -   9
二、上年结转政府信息公开申请数量          -    -   -   -   -    -   -
三、本年度 （一）予以公开              3    -   -   -   -    -   3
办理结果  (二)部分公开(区分处理的,只计这一情
                          -    -   -   -   -    -   -
      形,不计其他情形)
            1.属于国家秘密     -          -       -       -       -           -   -
            3.危及“三安全一稳定” -          -       -       -       -           -   -
            保护第三
                         1          -       -       -       -           -   1
      （三）不予 方合法权益
      公开    5.属于三类内部事务信息 2          -       -       -       -           -   2
            6.属于四类过程性
                         3          -       -       -       1           -   4
            信息
            7.属于行政执法案
                         -          5       -       -       -           -   5
            卷
            8.属于行政查询事项   -          -       -       -       -           -   -
            1.本机关不掌握相关政府
                         6          1       -       -       -           -   7
            信息
            1.信访
                         8          -       -       -       1           -   9
            举报投诉类申请
            2.重复申请       -          -       -       -       -           -   -
            3.要求
      （五）不予              4          -       -       -       -           -   4
            提供公开出版物
      （六）其他处理
四、政府信息公开行政复议、行政诉讼情况
"""


def test_a_label_that_lost_its_numbering_leaves_the_next_rows_their_own_figures():
    read = applications_of(parse_text(TITLE + LOST_NUMBERING, "layout.txt"))
    truth = {"denied_internal_affairs": [2, None, None, None, None, None, 2],
             "denied_process_information": [3, None, None, None, 1, None, 4],
             "denied_enforcement_files": [None, 5, None, None, None, None, 5],
             "unavailable_not_held": [6, 1, None, None, None, None, 7],
             "rejected_petition": [8, None, None, None, 1, None, 9]}
    for key, figures in truth.items():
        assert [c.value for c in read[key]] == figures, (key, read[key])


def test_figures_and_blank_marks_set_apart_by_single_spaces_are_cells():
    # `pdftotext -raw` of Chromium's PDF: a label, then its figures one space apart, each blank cell a `—`;
    # the label wrapped, its figures on a line of their own
    lines = ["三、收到和处理政府信息公开申请的情况", "申请人情况", "自然", "人", "法人或其他组织 总", "计",
             "商业", "企业", "科研", "机构", "社会公益组织", "法律服务机构", "其他"]
    for key, label, heading in ROWS:
        if heading:
            lines.append(heading)
        figures = {"new_received": "11 — 3 — — — 14", "carried_over": "2 — — — — — 2",
                   "granted": "8 — 3 — — — 11"}.get(key, "— — — — — — —")
        lines += [label[:4], label[4:], figures] if key == "new_received" else [f"{label} {figures}"]
    text = TITLE + "\n".join([*lines, "四、政府信息公开行政复议、行政诉讼情况"]) + "\n"
    read = applications_of(parse_text(text, "raw.txt"))
    assert [c.value for c in read["new_received"]] == [11, None, 3, None, None, None, 14], read["new_received"]
    assert [c.value for c in read["carried_over"]] == [2, None, None, None, None, None, 2], read["carried_over"]
    assert [c.value for c in read["granted"]] == [8, None, 3, None, None, None, 11], read["granted"]


# the same cut, the header's words one character a line (LibreOffice's PDF of a DOCX), only the first two
# outcomes of the third group shown
CUT_TABLE_4_CHARACTERS = """\
四、政府信息公开行政复议、行政诉讼情况
行政复议                         行政诉讼
结   结        其    尚     总    未经复议直接起诉   复议后起诉
                            结   结   其   尚        结   结
果      果        他   未
                            果   果   他   未   总    果   果
维      纠        结   审   计
                            维   纠   结   审   计    维   纠
持      正        果   结
                            持   正   果   结        持   正

{figures}

五、存在的主要问题及改进情况
"""


def test_a_review_table_cut_after_its_headers_shown_characters_reads_that_many_columns():
    figures = ["1", "0", "0", "2", "3", "0", "0", "0", "0", "0", "4", "0"]
    text = TITLE + CUT_TABLE_4_CHARACTERS.format(figures="   ".join(figures))
    cells = [c for c in parse_text(text, "layout.txt").cells if c.table == "reviews"]
    assert [c.value for c in cells[:12]] == [int(f) for f in figures], cells
    assert all(c.state == "unknown" for c in cells[12:])


def test_an_amount_wrapped_round_a_row_with_other_figures_is_unknown_never_blank():
    # LibreOffice's PDF of a page through `pdftotext -layout`: `人民币 2` above the row, `9.895859 万元` below it,
    # the row's line holding the project count only
    def procurement(above: str, below: str) -> list:
        text = TITLE + "\n".join([
            "二、主动公开政府信息情况", "第二十条第（一）项", "信息内容    本年制发件数 本年废止件数 现行有效件数",
            "规章      0      2      34", "第二十条第（九）项", "信息内容            采购项目数量       采购总金额",
            f"                             {above}".rstrip(), "政府集中采购          2", f"                             {below}".rstrip(),
            "", "三、收到和处理政府信息公开申请情况", "四、政府信息公开行政复议、行政诉讼情况"]) + "\n"
        return [c for c in parse_text(text, "layout.txt").cells if c.row == "centralized_procurement"]
    count, amount = procurement("人民币 2", "9.895859 万元")
    assert count.value == 2 and (amount.state == "unknown" or amount.value == Decimal("29.895859")), amount
    # nothing round it: the amount's cell is blank, as printed
    count, amount = procurement("", "")
    assert count.value == 2 and amount.state == "blank"


# Chromium's PDF of a narrow table 3 through `pdftotext -layout`: the header's words wrapped down
# columns two or three characters wide. Two shapes of its top lines: a column's first piece run into
# the spanning heading beside it (`科研法人或其他组织`, the gap between the cells lost), and the last two
# columns' single characters one space apart (`其 总` over `他 计`), each under its own
NARROW_CHROMIUM_HEADERS = {
    "the last columns' characters a column apart": [
        glyph_line({41: "申请人情况"}),
        glyph_line({31: "自然", 34: "商业", 37: "科研法人或其他组织"}),
        glyph_line({44: "法律服务", 49: "其", 51: "总"}),
        glyph_line({31: "人", 33: "企业", 36: "机构", 39: "社会公益"}),
        glyph_line({41: "组织", 44: "机构", 47: "他", 49: "计"})],
    "the last columns' characters over each other": [
        glyph_line({43: "申请人情况"}),
        glyph_line({30: "自然", 33: "商业", 36: "科研法人或其他组织"}),
        glyph_line({43: "法律服", 47: "其", 49: "总"}),
        glyph_line({30: "人", 33: "企业", 36: "机构", 39: "社会公"}),
        glyph_line({39: "益组织", 43: "务机构", 47: "他", 49: "计"})],
}
NARROW_CHROMIUM_COLUMNS = {"the last columns' characters a column apart": (30, 33, 37, 41, 45, 48, 50),
                           "the last columns' characters over each other": (30, 33, 36, 40, 44, 47, 49)}


def glyph_table_3(header: list[str], columns: tuple[int, ...], figures: dict[str, list]) -> str:
    """A report with table 3 in `pdftotext -layout` text: `header`'s lines, then each row's label (its
    first twelve characters) and its figures starting at the glyph `columns`, a blank cell only spaces."""
    lines = ["三、收到和处理政府信息公开申请情况", *header]
    for key, label, heading in ROWS:
        if heading:
            lines.append(heading)
        lines.append(glyph_line({0: label[:12], **{c: str(v) for c, v in zip(columns, figures[key]) if v is not None}}))
    return TITLE + "\n".join([*lines, "四、政府信息公开行政复议、行政诉讼情况"]) + "\n"


@pytest.mark.parametrize("shape", NARROW_CHROMIUM_HEADERS)
def test_a_narrow_header_whose_words_ran_together_names_every_column(shape):
    columns = NARROW_CHROMIUM_COLUMNS[shape]
    figures = {key: [None] * 7 for key, _, _ in ROWS}
    figures.update({"new_received": [9, None, None, None, 4, None, 13], "carried_over": [None] * 4 + [2, None, 2],
                    "granted": [6, None, None, None, 3, 1, 10], "unavailable_not_held": [3, None, None, None, 1, None, 4],
                    "results_total": [9, None, None, None, 4, 1, 14], "carried_forward": [None] * 4 + [2, None, 2]})
    read = applications_of(parse_text(glyph_table_3(NARROW_CHROMIUM_HEADERS[shape], columns, figures), "layout.txt"))
    for key in ("new_received", "carried_over", "granted", "unavailable_not_held", "results_total", "carried_forward"):
        assert [c.value for c in read[key]] == figures[key], (key, read[key])


def test_the_first_lines_of_a_label_ending_in_words_rows_share_open_the_row_of_the_figures_below():
    # Chromium's PDF through `pdftotext -layout`: （六）1's label wrapped over three lines, its figures on the
    # second (`行政机关不再处理其政府信息公开`, the words （六）1 and （六）2 both end in); （六）2's numbering lost and
    # its group heading's words printed amid its label, its figures on a line of their own
    figures = {key: [0] * 7 for key, _, _ in ROWS}
    figures.update({"new_received": [6, 0, 0, 0, 2, 0, 8], "granted": [3, 0, 0, 0, 1, 0, 4],
                    "other_no_correction": [2, 0, 0, 0, 1, 0, 3], "other_no_fee_paid": [1, 0, 0, 0, 0, 0, 1],
                    "results_total": [6, 0, 0, 0, 2, 0, 8]})
    six = {"other_no_correction": ["              1.申请人无正当理由逾期不补正、",
                                   ("              行政机关不再处理其政府信息公开", "other_no_correction"),
                                   "              申请"],
           "other_no_fee_paid": ["              申请人逾", "      其他处理", "              期未按收费通知要求缴纳费用、行",
                                 ("", "other_no_fee_paid"), "              政机关不再处理其政府信息公开申", "              请"]}

    def lines_of(key: str, label: str) -> list[str]:
        if key not in six:
            return [placed(label, {i: str(v) for i, v in enumerate(figures[key])})]
        return [placed(line[0], {i: str(v) for i, v in enumerate(figures[line[1]])}) if isinstance(line, tuple)
                else line for line in six[key]]

    text = aligned_table_3(lines_of).replace("（六）其他处理\n", "")
    read = applications_of(parse_text(text, "layout.txt"))
    for key in ("other_no_correction", "other_no_fee_paid", "other_misc", "results_total"):
        assert [c.value for c in read[key]] == figures[key], (key, read[key])


def test_a_review_row_whose_gaps_shrank_to_one_space_beside_a_blank_mark_reads_in_order():
    # Chromium's PDF of a narrow table 4 through `pdftotext -layout`: its header words torn apart, the row's
    # fifteen cells all printed (`无` for a blank), some only one space apart (`8 无`, `无 无`)
    text = TITLE + """四、政府信息公开行政复议、行政诉讼情况
      行政复议                     行政诉讼
                      未经复议直接起诉
结果维 结果纠 其他结 尚未审 总 结果维 结果纠               复议后起诉
 持 正 果 结 计 持 正 其他结          尚未审 总 结果维 结果纠 其他结 尚未审 总
                          果 结 计 持 正 果 结 计
5   2   0   1   8 无   无   无   无       无 无   无   无   无       无
五、存在的主要问题及改进情况
"""
    cells = [c for c in parse_text(text, "layout.txt").cells if c.table == "reviews"]
    assert [c.value for c in cells] == [5, 2, 0, 1, 8, *[None] * 10], cells
    assert [c.state for c in cells[5:]] == ["blank"] * 10


def test_a_figureless_row_leaves_the_figures_of_a_label_wrapped_round_them_after_its_torn_numbering():
    # Chromium's PDF through `pdftotext -layout`: every cell printed (`-` for a blank), （六）其他处理 printed as
    # one row without figures, and （七）总计's label torn round its figures (`（七` / figures / `）总计`)
    figures = {key: [None] * 7 for key, _, _ in ROWS}
    figures.update({"new_received": [9, 3, None, None, 1, None, 13], "granted": [5, 2, None, None, 1, None, 8],
                    "unavailable_not_held": [4, 1, None, None, None, None, 5],
                    "results_total": [9, 3, None, None, 1, None, 13]})

    def printed(key: str) -> dict[int, str]:
        return {i: "-" if v is None else str(v) for i, v in enumerate(figures[key])}

    def lines_of(key: str, label: str) -> list[str]:
        if key in ("other_no_correction", "other_no_fee_paid", "other_misc"):
            return []  # the heading `（六）其他处理` alone
        if key == "results_total":
            return ["      （七", placed("", printed(key)), "      ）总计"]
        return [placed(label, printed(key))]

    read = applications_of(parse_text(aligned_table_3(lines_of), "layout.txt"))
    assert [c.value for c in read["results_total"]] == figures["results_total"], read["results_total"]
    # its own figures are not known (a blank is printed `-` here), and never the total's
    assert all(c.state == "unknown" for c in read["other"]), read["other"]


def test_rows_printing_every_column_need_no_warning_that_the_header_stands_elsewhere():
    # the narrow header above now names every column, but this page's rows stand in other columns than
    # its header's: each row prints a figure in every column, so they read in order, and a warning that
    # the header's positions are not used would only be noise (a guard for the header above, which the
    # old reader never completed)
    figures = {key: list(ZERO) for key, _, _ in ROWS}
    figures.update({"new_received": [7, 1, 0, 0, 2, 0, 10], "granted": [4, 1, 0, 0, 1, 0, 6],
                    "results_total": [7, 1, 0, 0, 2, 0, 10]})
    header = NARROW_CHROMIUM_HEADERS["the last columns' characters a column apart"]
    report = parse_text(glyph_table_3(header, tuple(range(38, 80, 6)), figures), "layout.txt")
    read = applications_of(report)
    for key in ("new_received", "granted", "results_total"):
        assert [c.value for c in read[key]] == figures[key], (key, read[key])
    assert "header_unaligned" not in [w.code for w in report.warnings]


def test_a_wide_figures_last_digit_beside_its_labels_next_words_is_unknown_never_that_digit():
    # LibreOffice's PDF of a DOCX, `-layout`: narrow columns wrap `６８０` as `６８` / `０` and the label
    # goes on beside the wrapped digits (`一、本年新收政府信息 ６８ …` / `公开申请数量 ０ … ８`)
    figures = dict(STACKED_FIGURES, new_received=[680, 3, 0, 0, 15, 0, 698], granted=[322, 0, 0, 0, 9, 0, 331],
                   results_total=[322, 0, 0, 0, 9, 0, 331], carried_forward=[358, 3, 0, 0, 6, 0, 367])

    def lines_of(key: str, label: str) -> list[str]:
        values = figures[key]
        if key in ("new_received", "granted"):
            first = {i: wide(v)[:2] for i, v in enumerate(values)}
            rest = {i: wide(v)[2:] for i, v in enumerate(values) if v >= 100}
            return [placed(label[:10], first), placed(label[10:] or "本年", rest)]
        return [placed(label, {i: wide(v) for i, v in enumerate(values)})]
    read = applications_of(parse_text(aligned_table_3(lines_of), "layout.txt"))
    for key in ("new_received", "granted"):
        # never the last digit alone: unknown, or whole where the rows' sums share the pieces out one way
        assert {read[key][0].state, read[key][6].state} <= {"unknown", "recovered"}, (key, read[key])
        for cell, figure in zip(read[key], figures[key]):
            assert cell.state == "unknown" or cell.value == figure, (key, read[key])
    # the row under a wrapped one keeps its own figures: the digits beside a label's words are the row above's
    assert [c.value for c in read["carried_over"]] == figures["carried_over"], read["carried_over"]


def _procurement_cells(lines: list[str], raw: bool = False) -> list:
    """Table 2's procurement row as `lines` give it, after a block written as `-layout` (or `-raw`) writes it."""
    gap = " " if raw else "      "
    text = TITLE + "\n".join([
        "二、主动公开政府信息情况", "第二十条第（一）项", f"信息内容{gap}本年制发件数 本年废止件数 现行有效件数",
        gap.join(["规章", "0", "2", "34"]), "第二十条第（九）项", f"信息内容{gap}采购项目数量 采购总金额", *lines,
        "", "三、收到和处理政府信息公开申请情况", "四、政府信息公开行政复议、行政诉讼情况"]) + "\n"
    return [(c.value, c.state) for c in parse_text(text, "amount.txt").cells if c.row == "centralized_procurement"]


def test_an_amount_wrapped_down_a_narrow_column_round_the_count_is_joined():
    # Chromium's narrow amount column through `pdftotext -layout`: 86.95455万元 as `86.9` above the row's line
    # and `5455万元` below it, standing together right of the count; through `-raw`, both after the row's line
    layout = ["                   86.9", "政府集中采购     8", "                   5455万元"]
    assert _procurement_cells(layout) == [(8, "value"), (Decimal("86.95455"), "value")]
    raw = ["政府集中采购 8", "86.9", "5455万元"]
    assert _procurement_cells(raw, raw=True) == [(8, "value"), (Decimal("86.95455"), "value")]
    # the unit in 亿元: 0.0054184247亿元 is 54.184247万元
    assert _procurement_cells(["                   0.00", "政府集中采购     ８", "                   54184247亿元"]) == \
        [(8, "value"), (Decimal("54.184247"), "value")]


def test_pieces_that_may_be_a_count_or_stand_apart_are_not_joined():
    # the first piece no decimal point (`3888`: a count's digits as well), the pieces not standing together, or
    # (`-raw`) no unit ending the last and no label after it, a line of figures apart: which piece is whose is
    # not known
    for lines in (["                   3888", "政府集中采购     8", "                   64.00元"],
                  ["                   86.9", "政府集中采购     8", "                          5455万元"],
                  ["政府集中采购 8", "86.9", "5455", "1 2"]):
        cells = _procurement_cells(lines, raw=len(lines[0]) < 10)
        assert cells[1] == (None, "unknown"), (lines, cells)


def test_an_amount_with_no_unit_to_end_it_wrapped_round_the_count_is_joined_where_its_runs_are_bound():
    # Chromium's narrow amount column, 89.357384 printed bare: `89.3` right under the block's header, `57384`
    # below the row's line and an empty line after it; as many pieces above the row's line as below
    layout = ["                   89.3", "政府集中采购     20", "                   57384"]
    assert _procurement_cells(layout) == [(20, "value"), (Decimal("89.357384"), "value")]
    pieces = ["                   人民币 8", "                   6.9", "政府集中采购     8", "                   54",
              "                   55"]
    assert _procurement_cells(pieces) == [(8, "value"), (Decimal("86.9545500"), "value")]
    # its unit printed before it (`万元 70.163309`): no count has one, and the unit is read after the amount
    layout = ["                   万元 7", "政府集中采购     4", "                   0.163309"]
    assert _procurement_cells(layout) == [(4, "value"), (Decimal("70.163309"), "value")]


def test_an_amount_with_no_unit_to_end_it_is_unknown_where_a_run_may_hold_another_piece():
    for lines in (
            # more pieces below the row's line than above it: the cell is not centred on it, or a piece is another's
            ["                   86.9", "政府集中采购     8", "                   5455", "                   12"],
            # a line of words right above the first piece, no header: another row's piece may stand in the run
            ["注：", "                   86.9", "政府集中采购     8", "                   5455"],
            # its unit both first and last: no one amount
            ["                   万元 7", "政府集中采购     4", "                   0.16万元"]):
        cells = _procurement_cells(lines)
        assert cells[1] == (None, "unknown"), (lines, cells)


def test_an_amount_wrapped_over_three_lines_is_read_whole_or_unknown():
    # `-layout`: the whole run of pieces above and below the row is the amount, never the two lines nearest it
    pieces = ["                   人民币 8", "                   6.9", "政府集中采购     8", "                   5455万元"]
    assert _procurement_cells(pieces) == [(8, "value"), (Decimal("86.95455"), "value")]
    # a first piece a count could be (`1`, 186.95455万元): not read as 86.95455
    pieces = ["                   1", "                   86.9", "政府集中采购     8", "                   5455万元"]
    assert _procurement_cells(pieces)[1] == (None, "unknown")
    # a piece a line apart from the row (an empty line between) is not one of its run
    pieces = ["                   86.9", "", "政府集中采购     8", "                   5455万元"]
    assert _procurement_cells(pieces)[1] == (None, "unknown")


def test_a_count_glued_to_the_rest_of_its_amount_after_the_row_is_one_amount():
    # `-raw`: 12.5万元 wrapped after its first digit, which stands after the count: `1` + `2.5万元`
    assert _procurement_cells(["政府集中采购 8 1", "2.5万元"], raw=True) == [(8, "value"), (Decimal("12.5"), "value")]
