"""`pdftotext -layout` of Chromium's narrow table 3 whose blank cells print nothing (issue 14), made-up figures:
自然人 and 总计 are both one glyph wide, so a two-digit figure in either wraps a digit a line round its row (`３`
above, `５` below, for 35), and the row's line prints its few other parts, which stand under no proven column (the
packed header's words prove none but its first).

* pieces beside a sparse row left of every word of its line, standing clearly under 自然人's header (its first
  word, whose place the header proves), are 自然人's figure; the pieces right of every word are the total's
  (`stacked_total.sum_before_a_stacked_total`); the rows' sums share the pieces out (`２` between two rows goes to
  the row whose sum it keeps): 自然人 and 总计 are read, recovered, the other parts stay unknown;
* a row printing nothing but such pieces round its one-line label (`２ … ２` / `（一）予以公开` / `８ … ８`) has those
  two figures and nothing else: its other cells are blank;
* never a wrong number: pieces standing between 自然人's header and 商业企业's prove no column (unknown), and a bare
  glyph line that may be the row above's or the total's below (`３ … ３` between `3.其他` and `（七）总计`) leaves
  both unread."""

from __future__ import annotations

from tests.unit.test_layout_stacked_columns import _read
from tests.unit.test_reader_classes import TITLE

FIRST_AND_TOTAL_STACKED = TITLE + """\
三、收到和处理政府信息公开申请情况
                                    申请人情况
\f                               自     法人或其他组织
                               然 商业 科研 社会公 法律服 其 总
                               人 企业 机构 益组织 务机构 他 计
                              ３                 ３
一、本年新收政府信息公开申请数量                      ２       １
                              ５                 ８
二、上年结转政府信息公开申请数量              １               １ ２
                              ２                 ２
     （一）予以公开
                              ８                 ８
      （二）部分公开（区分处理的，只计这一情形，不
                               １                  １
      计其他情形）
            1.属于国家秘密
            2.其他法律行政法规禁止公开
            3.危及“三安全一稳定”
            4.保护第三方合法权益
      （三）不
      予公开   5.属于三类内部事务信息
            6.属于四类过程性信息
            7.属于行政执法案卷
            8.属于
                               １                  １
            行政查询事项
            1.本机
                               １                  １
      （四）无 关不掌握相关政府信息
三、本年度 法提供   2.没有现成信息需要另行制作     ３                  ３
办理结果        3.补正后申请内容仍不明确
            1.信访
                               １                  １
            举报投诉类申请
            2.重复申请             １                  １
      （五）不 3.要求提供公开出版物
      予处理   4.无正
            当理由大量反复申请
            5.要求行政机关确认或重新出具已获取
            信息
            1.申请人无正当理由逾期不补正、行政
            机关不再处理其政府信息公开申请
      （六）其 2.申请人逾期未按收费通知要求缴纳费
      他处理   用、行政机关不再处理其政府信息公开
            申请
            3.其他
                               ３                ３
      （七）总计
                               ６                ６
四、结转下年度继续办理                           ２       ２ ４


四、政府信息公开行政复议、行政诉讼情况
"""

UNKNOWN = (None, "unknown")
BLANK = (None, "blank")


def test_the_first_column_and_the_total_stacked_round_a_sparse_row_are_read():
    read = _read(FIRST_AND_TOTAL_STACKED)
    # ３ / `新收… ２ … １` / ５ under 自然人, ３ / ８ under 总计: 35 + 2 + 1 = 38; its parts' columns unproven
    assert read["new_received"] == [(35, "recovered"), *[UNKNOWN] * 5, (38, "recovered")]
    # its own line's １ and ２ (the pieces below are the next row's: 12 + 1 is not 22)
    assert read["carried_over"] == [(1, "recovered"), *[UNKNOWN] * 5, (2, "recovered")]


def test_a_row_printing_only_the_two_stacked_figures_has_no_other_part():
    read = _read(FIRST_AND_TOTAL_STACKED)
    assert read["granted"] == [(28, "recovered"), *[BLANK] * 5, (28, "recovered")]


def test_a_glyph_line_between_a_bare_row_and_the_total_leaves_both_unread():
    read = _read(FIRST_AND_TOTAL_STACKED)
    # `３ … ３` after 3.其他 may be its figure or the top of 总计's 36: neither is read
    assert read["other_misc"][0] == UNKNOWN and read["other_misc"][6] == UNKNOWN
    assert read["results_total"][0] == UNKNOWN and read["results_total"][6] == UNKNOWN


def test_pieces_between_the_first_two_headers_prove_no_column():
    # 自然人's pieces set two glyphs along, midway between 自然人's header and 商业企业's: whose they are, not proven
    moved = FIRST_AND_TOTAL_STACKED.replace("数量              １", "数量                １")
    for top, bottom in (("３", "３"), ("５", "８"), ("２", "２"), ("８", "８")):
        line = " " * 30 + top + " " * 17 + bottom + "\n"
        assert line in moved
        moved = moved.replace(line, " " * 32 + top + " " * 15 + bottom + "\n")
    read = _read(moved)
    for key in ("new_received", "carried_over", "granted"):
        assert read[key][0] == UNKNOWN, key
