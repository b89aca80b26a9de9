"""`pdftotext -layout` of Chromium's narrow table in wide digits (issue 14), made-up figures: the page breaks
between the header and the first row, and the first row's total, wrapped a digit a line in its narrow
column, prints its first digit on the new page's first line (`\\f …１`, then the row's line without it,
then `０` below: 10).

A line opening a page that only one page opens with is no running header. pdftotext ends its text with a
form feed and nothing after it; that empty page top counted as a second page opening with the same
(digit-less, so empty) words, so the piece was dropped as a running header and the total was unknown. It
is now a piece like any other: read only where the row's sum keeps it, else unknown."""

from __future__ import annotations

from orchestration.parsing.parse import parse_text
from tests.unit.test_reader_classes import TITLE, applications_of

# table 3's heading and its header's words, packed as pdftotext -layout sets a narrow table's
HEADER = TITLE + """\
三、收到和处理政府信息公开申请情况
                               申请人情况
                         自然   法人或其他组织        总
                           商业 科研 社会公益 法律服务
                         人 企业 机构 组织 机构 他 计 其
"""
COLUMNS = (27, 31, 35, 39, 44, 48, 52)  # where each column's figures start, in glyphs


def _line(label: str, figures: list[str], columns: tuple[int, ...] = COLUMNS) -> str:
    line = label
    for column, figure in zip(columns, figures):
        line = line.ljust(column) + figure
    return line + "\n"


def _row(label: str, social: str) -> str:
    return _line(label, ["０", "０", "０", social, "０", "０", social])


def _table(first_piece: str, social: str) -> str:
    outcomes = ["（二）部分公开", *(f"{n}.{label}" for n, label in enumerate(
        ["属于国家秘密", "其他法律行政法规禁止公开", "危及三安全一稳定", "保护第三方合法权益", "属于三类内部事务信息",
         "属于四类过程性信息", "属于行政执法案卷", "属于行政查询事项"], 1)), *(f"{n}.{label}" for n, label in enumerate(
        ["本机关不掌握相关政府信息", "没有现成信息需要另行制作", "补正后申请内容仍不明确"], 1)), *(
        f"{n}.{label}" for n, label in enumerate(
            ["信访举报投诉类申请", "重复申请", "要求提供公开出版物", "无正当理由大量反复申请", "要求行政机关确认或重新出具已获取信息"], 1)),
        "（六）其他处理"]
    return HEADER + (
        "\f" + _line("", [first_piece], COLUMNS[6:])
        + _line("一、本年新收政府信息公开申请数量", ["０", "０", "０", social, "０", "０"])
        + _line("", ["０"], COLUMNS[6:])
        + _row("二、上年结转政府信息公开申请数量", "２")
        + _row("（一）予以公开", "９")
        + "".join(_row(label, "０") for label in outcomes)
        + _row("（七）总计", "９")
        + _row("四、结转下年度继续办理", "３")
        + "\n四、政府信息公开行政复议、行政诉讼情况\n\n五、存在的主要问题及改进情况\n无。\n\f")


def _new_received(text: str) -> list[tuple[int | None, str]]:
    cells = applications_of(parse_text(text, "layout.txt"))["new_received"]
    return [(None if c.value is None else int(c.value), c.state) for c in cells]


def test_a_total_s_first_digit_opening_the_page_is_read_with_the_rest_by_the_row_s_sum():
    read = _new_received(_table("１", "１０"))
    assert read[3] == (10, "value")
    assert read[6] == (10, "recovered")


def test_a_piece_that_breaks_the_row_s_sum_leaves_the_total_unknown():
    # ２ over ０ is 20, never 10: the social column's １０ says the total is 10, the pieces say otherwise
    read = _new_received(_table("２", "１０"))
    assert read[6][1] == "unknown"
