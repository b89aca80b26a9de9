"""`pdftotext -layout` of Chromium's narrow tables in wide digits (issue 14), made-up figures: a total too wide for
its narrow 总计 column wraps a digit a line round its row's line (`４` above, `５` below, for 45), the line itself
printing every other cell (`４０ ３ 无 无 无 ２`), and the page's full rows set their totals at two glyph columns
(a row whose label wraps round its figures sets them two glyphs along), so no column is proven by them.

* the row's line prints one word for every column but one and the pieces beside it all start right of its last
  word: its words are its first six cells in order and the stacked pieces its total, shared out between the rows
  round them by the rows' sums (`stacked_total.words_before_stacked_figures`); so too two narrow last columns
  side by side, 其他 and 总计, their pieces one space apart (`１ ５` above, `２ ２` below);
* never a wrong number: a line a word short, or a piece standing under one of its words, leaves the row unknown."""

from __future__ import annotations

import re

from tests.unit.test_layout_stacked_columns import _read
from tests.unit.test_reader_classes import TITLE

TOTALS_STACKED = TITLE + """\
三、收到和处理政府信息公开申请情况
（本列数据的勾稽关系为：第一项加第二项之和，等于                申请人情况
       第三项加第四项之和）
                             自然 商业 科研法人或其他组织
                                          法律服务 其 总
                             人 企业 机构 社会公益
                                      组织 机构 他 计
                                                   ４
一、本年新收政府信息公开申请数量           ４０ ３    无   无   无   ２
                                                   ５
二、上年结转政府信息公开申请数量           ２   无   无   无   无   无   ２
                                                   ２
       （一）予以公开             ２４  无   无   无   无   １
                                                   ５
       （二）部分公开             １   无   无   无   无   无   １
             1.属于国家秘密      无   无   无   无   无   无   无
             2.其他法律行政法规禁止公
                           无   无   无   无   无   无 无
             开
             3.危及“三安全一稳定”  无   无   无   无   无   无 无
             4.保护
       （三）不予 第三方合法权益       无   无   无   无   无   无 无
       公开
             5.属于三类内部事务信息  无   无   无   无   无   无 无
             6.属于四类过程性信息   无   无   无   无   无   无 无
             7.属于行政执法案卷    无   无   无   无   无   无 无
             8.属于行政查询事项    无   无   无   无   无   无 无
三、本年度办
理结果          1.本机关不掌握相关政府信
                           ５   无   无   无   无   无 ５
             息
       （四）无法 2.没有现成信息需要另行制
                           ３   无   无   无   无   １ ４
       提供    作
             3.补正后申请内容仍不明确 无   无   无   无   无   无 无
             1.信访举报投诉类申请   ２   ３   无   无   无   无   ５
             2.重复申请        无   无   无   无   无   无   无
       （五）不予 3.要求提供公开出版物   无   无   无   无   无   无   无
       处理    4.无正当理由大量反复申请 无   无   无   无   无   无   无
             5.要求行政机关确认或重新
                           无   无   无   无   无   无 无
             出具已获取信息
       （六）其他处理             ４   无   无   无   无   无 ４
                                                 ４
       （七）总计               ３９ ３    无   无   无   ２
                                                 ４
四、结转
                           ３   无   无   无   无   无 ３
下年度继续办理

四、政府信息公开行政复议、行政诉讼情况
"""


def test_a_row_printing_all_but_its_stacked_total_on_its_line_is_read_in_order():
    read = _read(TOTALS_STACKED)
    assert read["new_received"] == [(40, "recovered"), (3, "recovered"), *[(None, "blank")] * 3, (2, "recovered"),
                                    (45, "recovered")]
    assert read["results_total"] == [(39, "recovered"), (3, "recovered"), *[(None, "blank")] * 3, (2, "recovered"),
                                     (44, "recovered")]


def test_the_pieces_round_the_placed_rows_are_shared_out_by_the_sums():
    read = _read(TOTALS_STACKED)
    # `２` / 予以公开 / `５` is 25 (24 + 1), so 部分公开 keeps its own `１`, and （六）其他处理 its `４` (the `４` below
    # it opens 总计's 44)
    assert read["granted"][6] == (25, "recovered")
    assert read["partially_granted"][6] == (1, "recovered")
    assert read["other"][6] == (4, "recovered")
    assert read["carried_over"][6] == (2, "recovered")


def test_a_line_a_word_short_leaves_the_row_unknown():
    line = "４０ ３    无   无   无   ２"
    assert line in TOTALS_STACKED
    read = _read(TOTALS_STACKED.replace(line, "４０ ３    无   无       ２"))
    assert all(state == "unknown" for _, state in read["new_received"])


def test_a_piece_under_one_of_the_rows_words_leaves_the_row_unknown():
    # the `５` below 新收 set under its 其他 `２`: which column prints nothing on the row's line is then not known
    below = "\n                                                   ５\n二、"
    assert below in TOTALS_STACKED
    read = _read(TOTALS_STACKED.replace(below, "\n                                               ５\n二、"))
    assert all(state == "unknown" for _, state in read["new_received"][:6])


# 其他 and 总计 both too wide for their narrow columns, side by side: their pieces one space apart round the row's
# line (`１ ５` above, `２ ２` below: 12 and 52), the line printing the row's first five cells
_ABOVE, _BELOW = " " * 47 + "１ ５", " " * 47 + "２ ２"
_TWO_STACKED = {
    "一、本年新收": "一、本年新收政府信息公开申请数量           ４０ 无   无   无   无",
    "       （一）予以公开": "       （一）予以公开             ４０ 无   无   无   无",
    "       （七）总计": "       （七）总计               ４０ 无   无   无   无",
}


def _two_columns_stacked(rows: dict[str, str]) -> str:
    """TOTALS_STACKED's table with every other figure a blank mark and its pieces gone, and `rows` (each line's
    start → the row's line) printing their last two cells a digit a line round their line."""
    header, _, body = TOTALS_STACKED.partition("一、本年新收")
    lines = [re.sub(r"[０-９]+", "无", line) for line in ("一、本年新收" + body).split("\n")
             if not re.fullmatch(r"\s*[０-９]\s*", line)]
    header = "\n".join(line for line in header.split("\n") if not re.fullmatch(r"\s*[０-９]\s*", line))
    out = []
    for line in lines:
        start = next((start for start in rows if line.startswith(start)), None)
        out += [_ABOVE, rows[start], _BELOW] if start else [line]
    return header + "\n".join(out)


def test_two_narrow_last_columns_stacked_side_by_side_are_read_in_order():
    read = _read(_two_columns_stacked(_TWO_STACKED))
    for key in ("new_received", "granted", "results_total"):
        assert read[key] == [(40, "recovered"), *[(None, "blank")] * 4, (12, "recovered"), (52, "recovered")], key


def test_two_columns_stacked_beside_a_line_a_word_short_leave_the_row_unknown():
    # four words and two stacked columns for seven: which column printed nothing is not known
    short = {start: line.rsplit("无", 1)[0].rstrip() if start.startswith("一") else line
             for start, line in _TWO_STACKED.items()}
    read = _read(_two_columns_stacked(short))
    assert all(state == "unknown" for _, state in read["new_received"])
