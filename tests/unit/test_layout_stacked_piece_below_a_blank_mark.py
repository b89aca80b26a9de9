"""`pdftotext -layout` of Chromium's narrow table in wide digits printing `/` for a blank cell (issue 14), made-up
figures: （七）总计's 自然人, 12, wrapped a digit a line (`１` above the row's line, `２` below), the `１` just under
`3.其他`'s own `/`. A blank mark is a cell printed blank, never the head of a figure, so the piece
is no part of `3.其他`'s cell: that cell is read blank, as printed (it was unknown where the row below does not
add up), and the piece goes to the row below by the sums as before."""

from __future__ import annotations

from orchestration.parsing.parse import parse_text
from tests.unit.test_layout_stacked_piece_opening_a_page import HEADER, _line
from tests.unit.test_reader_classes import applications_of

OUTCOMES = ["（二）部分公开", "1.属于国家秘密", "2.其他法律行政法规禁止公开", "3.危及三安全一稳定", "4.保护第三方合法权益",
            "5.属于三类内部事务信息", "6.属于四类过程性信息", "7.属于行政执法案卷", "8.属于行政查询事项",
            "1.本机关不掌握相关政府信息", "2.没有现成信息需要另行制作", "3.补正后申请内容仍不明确", "3.要求提供公开出版物",
            "4.无正当理由大量反复申请", "5.要求行政机关确认或重新出具已获取信息", "1.申请人无正当理由逾期不补正",
            "2.申请人逾期未按收费通知要求缴纳费用"]


def _own(label: str, natural: str, social: str = "/") -> str:
    total = "/" if natural == social == "/" else str(sum(int(f) for f in (natural, social) if f != "/"))
    return _line(label, [figure.translate(WIDE) for figure in (natural, "/", "/", social, "/", "/", total)])


WIDE = str.maketrans("0123456789", "０１２３４５６７８９")


def _table(above_the_piece: str, total: str) -> str:
    return HEADER + (
        _own("一、本年新收政府信息公开申请数量", "8", "1")
        + _own("二、上年结转政府信息公开申请数量", "4")
        + _own("（一）予以公开", "9")
        + "".join(_own(label, "/") for label in OUTCOMES[:12])
        + _own("1.信访举报投诉类申请", "/", "1")
        + _own("2.重复申请", "3")
        + "".join(_own(label, "/") for label in OUTCOMES[12:])
        + _line("3.其他", [above_the_piece, "/", "/", "/", "/", "/", "/"])
        + _line("", ["１"])
        + _line("（七）总计", ["", "/", "/", "１", "/", "/", total])
        + _line("", ["２"])
        + _own("四、结转下年度继续办理", "/")
        + "\n四、政府信息公开行政复议、行政诉讼情况\n\n五、存在的主要问题及改进情况\n无。\n")


def _read(text: str) -> dict[str, list[tuple[int | None, str]]]:
    read = applications_of(parse_text(text, "layout.txt"))
    return {key: [(None if c.value is None else int(c.value), c.state) for c in cells] for key, cells in read.items()}


def test_a_piece_below_a_blank_mark_leaves_the_mark_s_cell_blank():
    read = _read(_table("/", "１３"))
    assert read["other_misc"][0] == (None, "blank")
    assert read["results_total"][0] == (12, "recovered")


def test_the_mark_s_cell_is_blank_even_where_the_row_below_does_not_add_up():
    # 总计 printing its total blank: its sum never holds, so no sharing of the pieces is read; the `/` above
    # them is still its own row's blank cell
    read = _read(_table("/", "/"))
    assert read["other_misc"][0] == (None, "blank")
    assert read["results_total"][0][1] == "unknown"



def test_a_dash_above_the_piece_may_be_a_minus_sign_so_its_cell_stays_unknown():
    # `-` over `１`: a change's `-1` wrapped after its sign prints so in table 2; a dash is never taken for whole
    read = _read(_table("-", "/"))
    assert read["other_misc"][0][1] == "unknown"
