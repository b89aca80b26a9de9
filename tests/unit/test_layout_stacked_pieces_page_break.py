"""`pdftotext -layout` of Chromium's narrow table 3 in full-width digits (issue 14), generated figures: a figure too
wide for its narrow column stacked a glyph a line round its row's line.

* a page break among the pieces (`\\f` then `１` above 予以公开's line, `２` below it, for 12): the page's first line
  is the piece above, kept (`rows._stacked_pieces_opening_a_page`); dropped as a running header, the piece below
  read as the whole total (2 for 12);
* a row's line printing one figure between two lines of pieces in the same columns (`三、本年度 １ … １` /
  `（一）予以公开 … １` / `办理结果 ２ … ３` for 12, 1, 13): the lines round it, a merged heading's pieces beside
  them, are stacked figures' (`rows._one_figure_between_mirrored_pieces`), never read as a row's own (3 for 13);
  beside a label's first and next words (`2.其他法律行 … １` / `… １３` / `政法规禁止公开 … ３`) the pieces are that
  row's, and the row below reads its own line as before."""

from __future__ import annotations

from tests.unit.test_layout_stacked_columns import _read
from tests.unit.test_reader_classes import TITLE

END = "\n四、政府信息公开行政复议、行政诉讼情况\n"

PAGE_BREAK_AMONG_PIECES = TITLE + """\
三、依申请公开政府信息办理情况
           （本列数                    申请人情况
                                  法人或其他组织
据的勾稽关系为：第一项加第二项之和，等于第三项加第四 自然 商业 科研
           项之和）                     社 会 公 法律服 其 总
                            人 企业 机构 益 组 织 务机构 他 计
                                  １                     ２
一、本年新收政府信息公开申请数量                      ３   ５   １   ０   ０
                                  ４                     ３
二、上年结转政府信息公开申请数量                  ０   ０   ０   ０   ０   ０ ０
\f                                                                      １
        （一）予以公开                     ７   ２     ２   １       ０       ０
                                                                      ２
      (二)部分公开(区分处理的,只计这一情形,不计其
                               １        １     １   ０       ０       ０ ３
      他情形)
             1.属于国家秘密          ０        ０     ０   ０       ０       ０   ０
             2.其他法律行政法规禁止公开    ０        ０     ０   ０       ０       ０   ０
             3.危及“三安全一稳定”      ０        ０     ０   ０       ０       ０   ０
      (三)不予公 保护第三方合法权益         ０        ０     ０   ０       ０       ０   ０
      开      5.属于三类内部事务信息      １        ０     ０   ０       ０       ０   １
             6.属于四类过程性信息       １        ０     ０   ０       ０       ０   １
             7.属于行政执法案卷        ０        ０     ０   ０       ０       ０   ０
             8.属于行政查询事项        １        ０     ０   ０       ０       ０   １
             1.本机
                               ０        ０     １   ０       ０       ０ １
      （四）无 关不掌握相关政府信息
      法提供    2.没有现成信息需要另行制作    ０        ０     ０   ０       ０       ０   ０
三、本年度        3.补正后申请内容仍不明确     ０        ０     １   ０       ０       ０   １
办理结果
             1.信访举报投诉类申请       １        ０     ０   ０       ０       ０   １
             2.重复申请            ０        ０     ０   ０       ０       ０   ０
             3.要求提供公开出版物       ２        ０     ０   ０       ０       ０   ２
      不予处理
             4.无正当理由大量反复申请     ０        ０     ０   ０       ０       ０   ０
             5.要求行政机关确认或重新出具已
                               ０        ０     ０   ０       ０       ０ ０
             获取信息
             1.申请人无正当理由逾期不补正、
             行政机关不再处理其政府信息公开 ０          ０     ０   ０       ０       ０ ０
             申请
      （六）其 申请人逾
      他处理    期未按收费通知要求缴纳费用、行
                               ０        ０     ０   ０       ０       ０ ０
             政机关不再处理其政府信息公开申
             请
             3.其他              ０        ０     ０   ０       ０       ０ ０
                               １                                    ２
      (七)总计                             ３     ５   １       ０       ０
                               ４                                    ３
四、结转下年度继续办理                    ０        ０     ０   ０       ０       ０ ０
""" + END

MIRRORED_PIECES = TITLE + """\
三、收到和处理政府信息公开申请情况
                                   申请人情况
（本列数据的勾稽关系为：第一项加第二项之和，等于第三项 自     法人或其他组织
          加第四项之和）           然 商业 科研 社会公 法律服 其 总
                            人 企业 机构 益组织 务机构 他 计
                                ２              ２
一、本年新收政府信息公开申请数量                    ２      １
                                ５              ８
二、上年结转政府信息公开申请数量                １              １
三、本年度                           １              １
      （一）予以公开                       １
办理结果                            ２              ３
     （二）部
     分公开（区分处理的，只计这一情形，不计其他情
     形）
           1.属于国家秘密
           2.其他法律行政法规禁止公开
           3.危及“三安全一稳定”       １                  １
           4.保护第三方合法权益
     （三）不
           5.属于三类内部事务信息
     予公开
           6.属于四类过程性信息        ２                  ２
           7.属于
           行政执法案卷
           8.属于行政查询事项         １                  １
           1.本机关不掌握相关政府信息     ６     １            ７
     （四）无 2.没有现成信息需要另行制作
     法提供   3.补正
                              ２                  ２
           后申请内容仍不明确
           1.信访
           举报投诉类申请
           2.重复申请             １                  １
     （五）不
           3.要求提供公开出版物
     予处理
           4.无正当理由大量反复申请
           5.要求行政机关确认或重新出具已获取
                              １                  １
           信息
           1.申请
           人无正当理由逾期不补正、行政机关不
           再处理其政府信息公开申请
     （六）其
           2.申请人逾期未按收费通知要求缴纳费
     他处理
           用、行政机关不再处理其政府信息公开
           申请
           3.其他
                              ２                  ２
     （七）总计                          ２
                              ６                  ８
四、结转下年度继续办理                                    １ １
""" + END


def test_a_piece_opening_a_page_is_kept_and_the_total_joined_of_both_pieces():
    read = _read(PAGE_BREAK_AMONG_PIECES)
    assert read["granted"][6] == (12, "recovered")
    assert [v for v, _ in read["granted"][:6]] == [7, 2, 2, 1, 0, 0]
    assert read["new_received"][6] == (23, "recovered")


def test_the_same_table_without_the_page_break_reads_alike():
    # the break changes nothing: the pieces round the row's line are its total's
    read = _read(PAGE_BREAK_AMONG_PIECES.replace("\f", ""))
    assert read["granted"][6] == (12, "recovered")


def test_one_figure_between_mirrored_pieces_leaves_the_row_unknown():
    read = _read(MIRRORED_PIECES)
    assert read["granted"][6] != (3, "recovered")
    assert all(state == "unknown" for _, state in read["granted"])


# generated (benchmarks/fuzz_stacked_glyphs.py layout --shapes, seed 19): 2.其他法律行政法规禁止公开 wraps round its line
LABEL_ROUND_ONE_FIGURE = TITLE + """\
三、收到和处理政府信息公开申请情况
                                  申请人情况
（本列数据的勾稽关系为：第一项加第二项之和，等于 自 然     法人或其他组织      总
       第三项加第四项之和）            商业 科研 社会公  法律服 其
                          人 企业 机构 益组织 务机构 他 计
                                            １
      一、本年新收政府信息公开申请数量                      ２   ２   １２  １   ３   ３  １４３
                                            ２
                                            １
      二、上年结转政府信息公开申请数量                                  １１      １  ２３
                                            １
    三、本年度办理结果
      （一）                                   １
                                                        １          １２
      予以公开                                  １
      （二）部分公开（区分处理
                                            ６       １   １          ８
      的，只计这一情形，不计其他情形）
    （三）不予公开
                                            １
      1.属于国家秘密                                      １   ３          １８
                                            ４
      2.其他法律行                               １
                                                                   １３
      政法规禁止公开                               ３
      3.危及“三安全一稳定”                          ５       １   １   １      ８
      4.保护第
                                            ９       １   １          １１
      三方合法权益
      5.属于三类内部事务信息                          ２                      ２
      6.属于四类过程性信息                           ２       １              ３
      7.属于行政执法案卷                            ６       １              ７
      8.属
                                            ８                      ８
      于行政查询事项
    （四）无法提供
      1.本机关不                                １
                                                        １          １４
      掌握相关政府信息                              ３
      2.没有现成信息需要另行制作                        ５                      ５
      3.补正后申请内容
                                            ６           １   １      ８
      仍不明确
    （五）不予处理
      1.信访举报投诉类申请                           ４       １              ５
      2.重复申请                                ５       ２              ７
      3.要求提供公开出版物                           ４       １              ５
      4.无
                                            ４       ２   １          ７
      正当理由大量反复申请
      5.要求行政机关确认或重新出具已获取                    ５                      ５
      信息
    （六）其他处理
      1.申请人无正当理由逾期不补正、行政                    ２                      ２
      机关不再处理其政府信息公开申请
      2.申请人逾期未按收费通知
                                            ４                      ４
      要求缴纳费用、行政机关不再处理其政府信息公开申请
      3.其他                                  ５           １          ６
                                            １
      （七）总计                                 ３       １２  １１  ２      １５８
                                            ３
      四、结转下年度继续办理                               ２       １   １   ４  ８

""" + END


def test_pieces_beside_a_labels_words_round_one_figure_leave_the_row_below_read():
    read = _read(LABEL_ROUND_ONE_FIGURE)
    assert [v for v, _ in read["denied_security_stability"]] == [5, None, 1, 1, 1, None, 8]
    assert all(state != "unknown" for _, state in read["denied_security_stability"])
