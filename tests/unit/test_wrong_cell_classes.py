"""Three classes of wrong cells left on the tuning renditions (round 9), each in made-up text of its
shape: a figure that lost a digit, figures given to the wrong rows, a value where the report prints none.

* `pdftotext -layout` of Chromium's narrow table: a wide figure wrapped one digit a line round its row's
  line (`１` above, the row's other figures on its line, `３` below, for 13) left its last digit on the
  label's line. rows.py marks the digits stacked; the row was still read as cells run together, `３ ３` as
  3 and 3. A stacked digit is no figure of any reading: the row is unknown, or its stacked figures read
  whole (13) by the sums.
* plain `pdftotext` of Chromium's PDF: the later rows' first column written beside their labels after
  all the chunks of their other columns, an order no chunking describes. Rows of zeros let a chunking
  through anyway, its figures in other rows, and APP_BALANCE (or APP_OUTCOME_SUM) then fails on cells no
  chunking proves: those columns' unproven cells are unknown. A report that breaks a rule on proven cells
  keeps them as printed (its rule fails).
* a table whose total column the page's edge cuts (LibreOffice), a row that lost its trailing cells (its
  last shown cell prints nothing where every other row prints its zeros): its total is printed nowhere,
  so it is never recovered as its parts' sum. Where blanks print nothing, nothing tells, and the totals
  stay recovered.

Never a wrong number: unknown, with a warning, where the text cannot say."""

from __future__ import annotations

from decimal import Decimal

from orchestration.core.rules import evaluate
from orchestration.parsing.parse import parse_text
from orchestration.parsing.rows import _aligned_cells
from tests.unit.test_column_chunks import CHUNKED, plain_text
from tests.unit.test_layout_tool_classes import aligned_table_3, placed
from tests.unit.test_reader_classes import ROWS, TITLE, ZERO, applications_of


def wrong_cells(report, figures: dict[str, list[int | None]]) -> list:
    """The cells read as a value other than the figure (a blank read for a 0 is right)."""
    read = applications_of(report)
    return [(key, column, cell.value) for key, expected in figures.items()
            for column, (cell, value) in enumerate(zip(read[key], expected))
            if cell.state != "unknown" and (cell.value or 0) != (value or 0)]


# ---------------------------------------------------------------- a figure that lost a digit

STACKED_ROW = TITLE + """\
三、收到和处理政府信息公开申请情况
                                      申请人情况
                               自     法人或其他组织
                               然 商业 科研 社会公 法律服 其 总
                               人 企业 机构 益组织 务机构 他 计
一、本年                           １                       １
                                   ０   ０   ０   ０   ０
新收政府信息公开申请数量                   ３                       ３
二、上年
                               ０   ０   ０   ０   ０   ０ ０
结转申请数量
\f    （一）予以公开                   ４    ０    ０       ０       ０       ０   ４
    （二）部分公开                   ０    ０    ０       ０       ０       ０   ０
          1.属于国家秘密            ０    ０    ０       ０       ０       ０   ０
          2.其他法律行政法规禁止公开      ０    ０    ０       ０       ０       ０   ０
          3.危及三安全一稳定          ０    ０    ０       ０       ０       ０   ０
          4.保护
    （三）不 第三方合法权益              １    ０    ０       ０       ０       ０ １
    予公开
          5.属于三类内部事务信息        ０    ０    ０       ０       ０       ０   ０
          6.属于四类过程性信息         １    ０    ０       ０       ０       ０   １
          7.属于行政执法案卷          ０    ０    ０       ０       ０       ０   ０
          8.属于行政查询事项          ０    ０    ０       ０       ０       ０   ０
          1.本机
                              ２    ０    ０       ０       ０       ０ ２
    （四）无 关不掌握相关政府信息
三、本
    法提供   2.没有现成信息需要另行制作      ０    ０    ０       ０       ０       ０   ０
年
度办理       3.补正后申请内容仍不明确       ０    ０    ０       ０       ０       ０   ０
结果        1.信访举报投诉类申请         １    ０    ０       ０       ０       ０   １
          2.重复申请              ３    ０    ０       ０       ０       ０   ３
    （五）不 3.要求提供公开出版物          ０    ０    ０       ０       ０       ０   ０
    予处理   4.无正当理由大量反复申请       ０    ０    ０       ０       ０       ０   ０
          5.要求
                              ０    ０    ０       ０       ０       ０ ０
          行政机关确认或重新出具已获取信息
          1.申请人无正当理由逾期不补正、行政机
                              ０    ０    ０       ０       ０       ０ ０
          关不再处理其政府信息公开申请
    （六）其 2.申请人逾期未按收费通知要求缴纳费
    他处理   用、行政机关不再处理其政府信息公开申 ０     ０    ０       ０       ０       ０ ０
          请
          3.其他                ０    ０    ０       ０       ０       ０ ０
                              １                                   １
    （七）总计                          ０    ０       ０       ０       ０
                              ２                                   ２
四、结转下年度继续办理                   １    ０    ０       ０       ０       ０ １


四、政府信息公开行政复议、行政诉讼情况
"""


def test_a_digit_stacked_on_the_labels_line_is_never_read_as_the_figure():
    report = parse_text(STACKED_ROW, "layout.txt")
    read = applications_of(report)
    new = read["new_received"]
    # 13 and its total: never 3, never the other cells blank (they print 0 on the line between)
    assert all(cell.state == "unknown" or cell.value == value for cell, value in zip(new, [13, 0, 0, 0, 0, 0, 13]))
    # its other figures on the label-less line between the label's two lines, its pieces round them: read
    # in order across the row, the pieces by the sums, recovered
    assert new[0].state == "recovered" and new[6].state == "recovered"
    assert any(w.code == "unaligned_cells" and "stacked" in w.message for w in report.warnings)
    # the rows printed whole on their line are read as before
    assert [c.value for c in read["granted"]] == [Decimal(4), 0, 0, 0, 0, 0, Decimal(4)]


# ---------------------------------------------------------------- figures given to the wrong rows

def chromium_plain(figures: dict[str, list[int]]) -> str:
    """Table 3 as plain `pdftotext` writes Chromium's PDF of it: row 1 by itself after its label; on the next
    page three labels, row 2's figures, rows 3-5 as one chunk; then the other rows' columns but the first
    in chunks (of 1, 3, 1, …, 3 rows), and only then their labels, each with its first column beside it."""
    keys = [key for key, _, _ in ROWS]
    labels = {key: label for key, label, _ in ROWS}

    def column(values) -> list[str]:  # a chunk's column: a figure a line, an empty line after
        return [*map(str, values), ""]

    lines = ["三、收到和处理政府信息公开申请情况", "", "申请人情况", "（本列数据的勾稽关系为：第一项加第二项之和，等于 自 然",
             "法人或其他组织", "总", "第三项加第四项之和）", "商业", "科研", "社会公", "法律服", "其",
             "人 企业 机构 益组织 务机构 他 计", "", labels[keys[0]], ""]
    for value in figures[keys[0]]:
        lines += column([value])
    lines += ["\f" + labels[keys[1]], labels[keys[2]], labels[keys[3]], ""]
    for value in figures[keys[1]]:
        lines += column([value])
    for c in range(7):
        lines += column([figures[key][c] for key in keys[2:5]])
    rest = keys[5:]
    at = 0
    for size in [1, 3, *[1] * (len(rest) - 7), 3]:
        for c in range(1, 7):
            lines += column([figures[key][c] for key in rest[at : at + size]])
        at += size
    lines += [labels[keys[4]], *(f"{labels[key]} {figures[key][0]}" for key in rest)]
    return TITLE + "\n".join(lines) + "\n\n四、政府信息公开行政复议、行政诉讼情况\n\n"


MOSTLY_ZEROS = {key: [0] * 7 for key, _, _ in ROWS}
MOSTLY_ZEROS.update({"new_received": [0, 0, 0, 0, 0, 2, 2], "carried_over": [0, 0, 0, 0, 0, 2, 2],
                     "unavailable_not_held": [0, 0, 0, 0, 0, 1, 1], "rejected_petition": [0, 0, 0, 0, 0, 1, 1],
                     "results_total": [0, 0, 0, 0, 0, 2, 2], "carried_forward": [0, 0, 0, 0, 0, 2, 2]})


def test_a_chunking_the_column_rules_refuse_on_unproven_cells_gives_no_figure_to_another_row():
    report = parse_text(chromium_plain(MOSTLY_ZEROS), "plain.txt")
    assert any(w.code == "column_chunks" for w in report.warnings)
    assert wrong_cells(report, MOSTLY_ZEROS) == []
    read = applications_of(report)
    # the columns the rules refuse: unknown where no chunking proves them; the others read
    assert read["rejected_petition"][5].state == "unknown" and read["results_total"][6].state == "unknown"
    assert any(w.code == "column_rules_fail" for w in report.warnings)
    assert sum(cell.state != "unknown" for cells in read.values() for cell in cells) > 100


def test_a_report_breaking_a_rule_on_proven_cells_keeps_them_as_printed():
    broken = dict(CHUNKED, carried_forward=[2, 0, 0, 0, 0, 0, 2])  # APP_BALANCE off by one, as printed
    report = parse_text(plain_text(broken, [([3, 1, 2, 5, 1, 4, 6, 3], 0)]), "plain.txt")
    assert wrong_cells(report, broken) == []
    read = applications_of(report)
    assert [cell.value for cell in read["carried_forward"]] == [Decimal(2), 0, 0, 0, 0, 0, Decimal(2)]
    assert not any(w.code == "column_rules_fail" for w in report.warnings)
    failed = {(r.rule_id, r.scope) for r in evaluate(report) if r.status == "failed"}
    assert ("APP_BALANCE", "total") in failed


# ---------------------------------------------------------------- a value where the report prints none

CUT_FIGURES = {key: [0] * 7 for key, _, _ in ROWS}
CUT_FIGURES.update({"new_received": [21, 0, 0, 3, 2, 0, 26], "granted": [9, 0, 0, 3, 0, 0, 12],
                    "unavailable_not_held": [7, 0, 0, 0, 1, 0, 8], "other_misc": [2, 0, 0, 0, 0, 0, 2],
                    "results_total": [18, 0, 0, 3, 1, 0, 22], "carried_forward": [3, 0, 0, 0, 1, 0, 4]})


def total_cut(short: str | None, blank: str = "0") -> str:
    """Table 3 with cell boundaries (a PDF's table as the reader gives it) whose header the page's edge
    cut after 其他: six figures a row, the totals nowhere. The row `short` lost its last cells (其他 prints
    nothing); a 0 prints as `blank`."""
    lines = ["三、收到和处理政府信息公开申请情况", "（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）\t申请人情况",
             "自然人\t法人或其他组织", "商业企业\t科研机构\t社会公益组织\t法律服务机构\t其他"]
    for key, label, heading in ROWS:
        shown = [str(v) if v else blank for v in CUT_FIGURES[key][:6]]
        if key == short:
            shown[-1] = ""
        lines.append("\t".join([*([heading] if heading else []), label, *shown]))
    return TITLE + "\n".join(lines) + "\n四、政府信息公开行政复议、行政诉讼情况\n行政复议\t行政诉讼\n"


def test_a_row_that_lost_its_trailing_cells_gets_no_total_from_its_parts():
    report = parse_text(total_cut("results_total"), "cut.txt")
    read = applications_of(report)
    assert read["results_total"][6].state == "unknown"  # printed nowhere: never 22
    assert [c.value for c in read["results_total"][:5]] == [Decimal(18), 0, 0, Decimal(3), Decimal(1)]
    assert any(w.code == "short_row" and "results_total" in w.message for w in report.warnings)
    # the rows printing every shown cell keep their total, the sum the row's rule leaves
    assert (read["granted"][6].value, read["granted"][6].state) == (Decimal(12), "recovered")
    assert (read["carried_forward"][6].value, read["carried_forward"][6].state) == (Decimal(4), "recovered")


def test_where_blanks_print_nothing_an_empty_last_cell_says_nothing_and_the_total_is_recovered():
    report = parse_text(total_cut("results_total", blank=""), "cut.txt")
    read = applications_of(report)
    assert (read["results_total"][6].value, read["results_total"][6].state) == (Decimal(22), "recovered")
    assert not any(w.code == "short_row" for w in report.warnings)


# ---------------------------------------------------------------- a figure taken into its label

def test_a_figure_one_space_after_a_labels_half_width_comma_is_a_cell():
    # LibreOffice's PDF of a page with half-width punctuation through `pdftotext -layout`: the wrapped label
    # `分公开(区分处理的,只计这一情形,` and the row's first figure one space after it; before, the figure stayed
    # in the label and its column read blank
    assert [c.text for c in _aligned_cells("  分公开(区分处理的,只计这一情形, 2         0      0    0      0   0", 1)] == \
        ["分公开(区分处理的,只计这一情形,", "2", "0", "0", "0", "0", "0"]

    def lines_of(key: str, label: str) -> list[str]:
        figures = {i: str(v) for i, v in enumerate([3, 1, 0, 0, 0, 0, 4] if key == "partially_granted" else ZERO)}
        if key != "partially_granted":
            return [placed(label, figures)]
        # its label wrapped over three lines, the first figure one space after the middle line's comma
        return ["      (二)部", placed(" " * 15 + "分公开(区分处理的,只计这一情形,", figures), "      不计其他情形)"]

    read = applications_of(parse_text(aligned_table_3(lines_of), "layout.txt"))
    assert [c.value for c in read["partially_granted"]] == [3, 1, 0, 0, 0, 0, 4]
    # a figure's own separator is no label's comma
    assert [c.text for c in _aligned_cells("  规章    1, 234", 1)] == ["规章", "1, 234"]
