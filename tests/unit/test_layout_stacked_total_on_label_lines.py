"""`pdftotext -layout` of Chromium's narrow tables in wide digits (issue 14), made-up figures: a row whose label wraps
over three lines beside its group's margin heading, its figures on the middle line (`理结果 … １０ ０ ３ ０ ０ ０`)
and its total, too wide for the narrow 总计 column, stacked a digit a line round it, each piece on a line of the label
(`1.本机关不掌握相关政府 … １` above, `信息 … ３` below, 13).

* the row's own line (its label's first) holds a piece only, so its figures' line is the one next to it holding all
  the others (`application_table._figures_line`): the page's full rows place its words there and the pieces are
  shared out by the rows' sums, as for a row printing its figures on its label's line; before, the whole row stayed
  unknown;
* never a wrong number: pieces that do not make the row's sum, or a figures' line a word short, leave it unknown."""

from __future__ import annotations

from tests.unit.test_layout_stacked_columns import _read
from tests.unit.test_reader_classes import TITLE

_END = "\n\n四、政府信息公开行政复议、行政诉讼情况\n"

FIGURES_BETWEEN_LABEL_LINES = TITLE + """\
三、收到和处理政府信息公开申请情况
（本列数据的勾稽关系为：第一项加第二项之和，等于             申请人情况
       第三项加第四项之和）        自然         法人或其他组织   总
                          人                   计
\f                               商业 科研 社会公 法律服 其
                               企业 机构 益组织 务机构 他
                                                       ３
一、本年新收政府信息公开申请数量           ３２ ０    ５   ０     ０     ０
                                                       ７
二、上年
                           ０   ０   １   ０     ０     ０ １
结转政府信息公开申请数量
                                                       １
       （一）予以公开             １１ ０    ２   ０     ０     ０
                                                       ３
       （二）部分公开（区分处理的，只计这一
                           １ ０     ０   ０     ０     ０ １
       情形，不计其他情形）
              1.属于国家秘密     ０ ０     ０   ０     ０     ０ ０
              2.其他法律行政法规禁止
                           ０ ０     ０   ０     ０     ０ ０
              公开
              3.危及“三安全一稳定” ０ ０     ０   ０     ０     ０ ０
              4.保护
       （三）不予公 第三方合法权益      ２ ０     ０   ０     ０     ０ ２
       开
              5.属于三类内部事务信息 ０ ０     ０   ０     ０     ０ ０
              6.属于
                           ３ ０     ０   ０     ０     ０ ３
              四类过程性信息
              7.属于行政执法案卷   ０ ０     ０   ０     ０     ０ ０
              8.属于行政查询事项   １ ０     ０   ０     ０     ０ １
三、本年度办        1.本机关不掌握相关政府                           １
理结果                        １０ ０    ３   ０     ０     ０
              信息                                     ３
       （四）无法提 2.没有现成信息需要另行
                           ２ ０     ０   ０     ０     ０ ２
       供      制作
              3.补正后申请内容仍不明
                           ０ ０     １   ０     ０     ０ １
              确
              1.信访举报投诉类申请  １ ０     ０   ０     ０     ０ １
              2.重复申请       ０ ０     ０   ０     ０     ０ ０
              3.要求提供公开出版物  ０ ０     ０   ０     ０     ０ ０
       （五）不予处 4.无正当理由大量反复申
       理                   ０ ０     ０   ０     ０     ０ ０
              请
              5.要求
              行政机关确认或重新出具 ０ ０      ０   ０     ０     ０ ０
              已获取信息
       （六）其他处理             １ ０     ０   ０     ０     ０ １
                                                     ３
       （七）总计               ３２ ０    ６   ０     ０     ０
                                                     ８
四、结转下年度继续办理                ０   ０   ０   ０     ０     ０ ０
""" + _END

ZEROS = [(0, "recovered")]


def test_a_row_whose_figures_stand_between_its_labels_lines_is_read_with_its_stacked_total():
    read = _read(FIGURES_BETWEEN_LABEL_LINES)
    assert read["unavailable_not_held"] == [(10, "recovered"), *ZEROS, (3, "recovered"), *ZEROS * 3, (13, "recovered")]
    # the rows round it and the total row, by the outcome sums
    assert read["results_total"] == [(32, "recovered"), *ZEROS, (6, "recovered"), *ZEROS * 3, (38, "recovered")]
    assert read["granted"] == [(11, "recovered"), *ZEROS, (2, "recovered"), *ZEROS * 3, (13, "recovered")]


def test_pieces_not_making_the_rows_sum_leave_it_unknown():
    line = "信息                                     ３"
    assert line in FIGURES_BETWEEN_LABEL_LINES
    read = _read(FIGURES_BETWEEN_LABEL_LINES.replace(line, "信息                                     ５"))
    assert all(state == "unknown" for _, state in read["unavailable_not_held"])


def test_a_figures_line_a_word_short_leaves_the_row_unknown():
    line = "理结果                        １０ ０    ３   ０     ０     ０"
    assert line in FIGURES_BETWEEN_LABEL_LINES
    read = _read(FIGURES_BETWEEN_LABEL_LINES.replace(line, "理结果                        １０ ０    ３   ０     ０"))
    assert all(state == "unknown" for _, state in read["unavailable_not_held"])
