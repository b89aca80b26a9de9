"""`pdftotext -layout` of Chromium's narrow tables in wide digits (issue 14), made-up figures: a row whose own line
prints every cell, the narrow 其他 and 总计 one space apart (`０ １`, joined into one cell), a label line under it
and then a piece of the next row's total stacked a digit a line round that row's line (`１` above, `１` below, 11).

* the row's line prints a word for each column, so its words are its cells in order, and the piece two lines
  below is the next row's, shared out by the rows' sums (`stacked_total.words_of_a_full_line`), where before the
  piece was fitted as the first row's total and both rows stayed unknown;
* a row the page's full rows place in all but its last column, its stacked pieces two glyphs right of that
  column (`６` / `５４ ０ ６ ０ ０ ０` / `０` over a column at 53.5, the pieces at 55.5), is placed by its own line
  (`stacked_total.words_before_stacked_figures`), as where no column of the page is proven;
* never a wrong number: a line a word short, or a piece on the line right under the full line (a figure stacked
  over three lines may have its middle digit on it), leaves the rows unknown."""

from __future__ import annotations

from tests.unit.test_layout_stacked_columns import _read
from tests.unit.test_reader_classes import TITLE

_END = "\n\n四、政府信息公开行政复议、行政诉讼情况\n"

FULL_LINE_THEN_STACKED = TITLE + """\
三、收到和处理政府信息公开申请情况
                                  申请人情况
（本列数据的勾稽关系为：第一项加第二项之和，等于第三 自     法人或其他组织
         项加第四项之和）          然 商业 科研 社会公 法律服 其 总
                           人 企业 机构 益组织 务机构 他 计
                               ３                     ３
一、本年新收政府信息公开申请数量                   ３   ０   ０   ０   １
                               ５                     ９
二、上年结转政府信息公开申请数量               １   ２   ０   ０   ０   ０ ３
                                    ２                                     ２
        （一）予以公开                          ２    ０       ０       ０       ０
                                    １                                     ３
        （二）部分公开（区分处理的，只计这一情形，
                                    １    ０    ０       ０       ０       ０ １
        不计其他情形）
             1.属于国家秘密               ０    ０    ０       ０       ０       ０   ０
             2.其他法律行政法规禁止公开         ０    ０    ０       ０       ０       ０   ０
             3.危及“三安全一稳定”           ０    ０    ０       ０       ０       ０   ０
             4.保护第三方合法权益            １    ０    ０       ０       ０       ０   １
        （三）不
             5.属于三类内部事务信息           ０    ０    ０       ０       ０       ０   ０
        予公开
             6.属于四类过程性信息            ０    ０    ０       ０       ０       ０   ０
             7.属于行政执法案卷             ０    ０    ０       ０       ０       ０   ０
             8.属于
                                    １    ０    ０       ０       ０       ０ １
             行政查询事项
                                                                          １
             1.本机关不掌握相关政府信息         ８    ３    ０       ０       ０       ０
      （四）无                                                                １
三、本年度 法提供  2.没有现成信息需要另行制作    １           ０    ０       ０       ０       ０   １
办理结果       3.补正后申请内容仍不明确     ０           ０    ０       ０       ０       ０   ０
           1.信访举报投诉类申请       ０           ０    ０       ０       ０       ０   ０
           2.重复申请            ０           ０    ０       ０       ０       ０   ０
     （五）不 3.要求提供公开出版物        ０           ０    ０       ０       ０       ０   ０
     予处理   4.无正当理由大量反复申请     ０           ０    ０       ０       ０       ０   ０
           5.要求
                             ０           ０    ０       ０       ０       ０ ０
           行政机关确认或重新出具已获取信息
           1.申请人无正当理由逾期不补正、行
                             ０           ０    ０       ０       ０       ０ ０
           政机关不再处理其政府信息公开申请
           2.申请
     （六）其
           人逾期未按收费通知要求缴纳费用、
     他处理                     ０           ０    ０       ０       ０       ０ ０
           行政机关不再处理其政府信息公开申
           请
           3.其他              ０           ０    ０       ０       ０       ０ ０
                             ３                                          ３
     （七）总计                               ５    ０       ０       ０       ０
                             ３                                          ８
四、结转下年度继续办理                  ３           ０    ０       ０       ０       １ ４
""" + _END

PIECES_TWO_GLYPHS_OFF = TITLE + """\
三、收到和处理政府信息公开申请情况
（本列数据的勾稽关系为：第一项加第二项之和，等于             申请人情况
       第三项加第四项之和）        自然         法人或其他组织   总
                          人                   计
                               商业 科研 社会公 法律服 其
                               企业 机构 益组织 务机构 他
                                                       ６
一、本年新收政府信息公开申请数量           ５４ ０    ６   ０     ０     ０
                                                       ０
二、上年
                           ０   ０   ２   ０     ０     ０ ２
结转政府信息公开申请数量
                                                       ２
       （一）予以公开             １８ ０    ４   ０     ０     ０
                                                       ２
       （二）部分公开（区分处理的，只计这一
                           ２ ０     ０   ０     ０     ０ ２
       情形，不计其他情形）
              1.属于国家秘密     ０ ０     ０   ０     ０     ０ ０
              2.其他法律行政法规禁止
                           ２ ０     ０   ０     ０     ０ ２
              公开
              3.危及“三安全一稳定” ０ ０     ０   ０     ０     ０ ０
              4.保护
       （三）不予公 第三方合法权益      １ ０     ０   ０     ０     ０ １
       开
              5.属于三类内部事务信息 １ ０     ０   ０     ０     ０ １
              6.属于
                           ４ ０     ０   ０     ０     ０ ４
              四类过程性信息
              7.属于行政执法案卷   １ ０     ０   ０     ０     ０ １
              8.属于行政查询事项   ３ ０     ０   ０     ０     ０ ３
三、本年度办        1.本机关不掌握相关政府                           １
理结果                        １２ ０    ３   ０     ０     ０
              信息                                     ５
       （四）无法提 2.没有现成信息需要另行
                           ４ ０     ０   ０     ０     ０ ４
       供      制作
              3.补正后申请内容仍不明
                           ０ ０     １   ０     ０     ０ １
              确
              1.信访举报投诉类申请  ２ ０     ０   ０     ０     ０ ２
              2.重复申请       １ ０     ０   ０     ０     ０ １
              3.要求提供公开出版物  ０ ０     ０   ０     ０     ０ ０
       （五）不予处 4.无正当理由大量反复申
       理                   １ ０     ０   ０     ０     ０ １
              请
              5.要求
              行政机关确认或重新出具 ０ ０      ０   ０     ０     ０ ０
              已获取信息
       （六）其他处理             ２ ０     ０   ０     ０     ０ ２
                                                     ６
       （七）总计               ５４ ０    ８   ０     ０     ０
                                                     ２
四、结转下年度继续办理                ０   ０   ０   ０     ０     ０ ０
""" + _END

ZEROS = [(0, "value")] * 4


def test_a_row_printing_every_cell_on_its_line_is_read_from_its_words():
    read = _read(FULL_LINE_THEN_STACKED)
    assert read["denied_administrative_query"] == [(1, "value"), *ZEROS, (0, "recovered"), (1, "recovered")]


def test_the_piece_below_it_goes_to_the_next_rows_stacked_total():
    read = _read(FULL_LINE_THEN_STACKED)
    # `１` / `８ ３ ０ ０ ０ ０` / `１`: 11 = 8 + 3
    assert read["unavailable_not_held"] == [(8, "recovered"), (3, "recovered"), *[(0, "recovered")] * 4,
                                            (11, "recovered")]
    assert read["results_total"][6] == (38, "recovered")


def test_a_full_line_a_word_short_leaves_the_rows_unknown():
    line = "１    ０    ０       ０       ０       ０ １\n             行政查询事项"
    assert line in FULL_LINE_THEN_STACKED
    read = _read(FULL_LINE_THEN_STACKED.replace(line, "１    ０    ０       ０               ０ １\n"
                                                      "             行政查询事项"))
    assert all(state == "unknown" for _, state in read["denied_administrative_query"])
    assert all(state == "unknown" for _, state in read["unavailable_not_held"])


def test_a_piece_right_under_the_full_line_leaves_the_rows_unknown():
    # `２` under the line's `１`: the `１` may be the middle digit of a figure stacked over three lines
    line = "０ １\n             行政查询事项"
    assert line in FULL_LINE_THEN_STACKED
    read = _read(FULL_LINE_THEN_STACKED.replace(line, "０ １\n" + " " * 74 + "２\n             行政查询事项"))
    assert all(state == "unknown" for _, state in read["denied_administrative_query"])
    assert all(state == "unknown" for _, state in read["unavailable_not_held"])


def test_rows_whose_stacked_totals_stand_two_glyphs_off_the_pages_column_are_read_by_their_own_line():
    read = _read(PIECES_TWO_GLYPHS_OFF)
    recovered = [(0, "recovered")]
    assert read["new_received"] == [(54, "recovered"), *recovered, (6, "recovered"), *recovered * 3, (60, "recovered")]
    assert read["granted"] == [(18, "recovered"), *recovered, (4, "recovered"), *recovered * 3, (22, "recovered")]
    # its `０ ２` one space apart, the `２` two lines below it 予以公开's
    assert read["carried_over"] == [(0, "value"), (0, "value"), (2, "value"), (0, "value"), (0, "value"),
                                    (0, "recovered"), (2, "recovered")]


def test_a_row_a_word_short_of_the_pages_columns_stays_unknown():
    # its words then leave a middle column empty: no reading by its own line, whose last column alone may be stacked
    line = "（一）予以公开             １８ ０    ４"
    assert line in PIECES_TWO_GLYPHS_OFF
    read = _read(PIECES_TWO_GLYPHS_OFF.replace(line, "（一）予以公开             １８      ４"))
    assert all(state == "unknown" for _, state in read["granted"])
