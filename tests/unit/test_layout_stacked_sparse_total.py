"""`pdftotext -layout` of Chromium's narrow table 3 whose blank cells print nothing (issue 14), made-up figures: a
total too wide for its narrow 总计 column wraps a digit a line round its row (`３` above, `３` below, for 33), and
the row's line prints its few parts, which stand under no header (the packed header names no column), so which
columns they are in is not proven.

* the pieces beside a row all stand in one column, right of every word of its line: that column is the total's (a
  total whenever a part is a figure, and nothing prints right of them); its parts are the line's other words, so
  the total is their sum, and the pieces shared out between the rows round them must read it
  (`stacked_total.sum_before_a_stacked_total`, `application_table._sparse_rows_round_a_stacked_total`): the total
  alone is read, recovered, the parts unknown;
* never a wrong number: pieces reading no sharing that keeps the sums, or a narrow column right beside the pieces'
  (其他 next to 总计: the pieces may be either's), leave the total unknown."""

from __future__ import annotations

from tests.unit.test_layout_stacked_columns import _read
from tests.unit.test_reader_classes import TITLE

SPARSE_STACKED = TITLE + """\
三、收到和处理政府信息公开申请情况
        （本列数                        申请人情况
据的勾稽关系为：第一项加第二项之和，等于第
      三项加第四项之和）
                         自然 商业 科 研法人或其他组织           其 总
                          人 企业 机 构 社益 会组 公织 法务 律机 服
                                                  构 他 计
一、本年                                                 ３
                         ２８     ３   ２
新收政府信息公开申请数量                                         ３
二、上年结转政府信息公开申请数量         ３      １                    ４
                                                     １
      予以公开               １２     ３   ２
                                                     ７
      部分公开（区分处理的，只计这一情
                          ３                          ３
      形，不计其他情形）
             1.属于国家秘密
             2.其他
             法律行政法规禁止公开
             3.危及“三安全一稳定”
      (三)不予公 4.保护第三方合法权益
      开
             5.属于三类内部事务信息
             属于四类过程性信息    ４                          ４
             7.属于行政执法案卷
             8.属于行政查询事项
三、本          1.本机
                          ６                          ６
年            关不掌握相关政府信息
度办理   （四）无法 2.没有现成信息需要另行
结果    提供     制作
             3.补正后申请内容仍不明
             确
             1.信访
             举报投诉类申请
             2.重复申请
             3.
      不予处理   要求提供公开出版物
             4.无正
             当理由大量反复申请
             5.要求行政机关确认或重
             新出具已获取信息
      （六）其他处理             ２                          ２
                                                     ３
      总计                 ２７     ３   ２
                                                     ２
四、结转下年度继续办理              ４      １                    ５


四、政府信息公开行政复议、行政诉讼情况
"""


def _totals(text: str) -> dict[str, tuple[int | None, str]]:
    return {key: cells[6] for key, cells in _read(text).items()}


def test_a_sparse_rows_stacked_total_is_its_parts_sum_read_from_the_pieces():
    totals = _totals(SPARSE_STACKED)
    # ３ / `２８ ３ ２` (a line of its own between its label's) / ３; １ / `１２ ３ ２` / ７; ３ / `２７ ３ ２` / ２
    assert totals["new_received"] == (33, "recovered")
    assert totals["granted"] == (17, "recovered")
    assert totals["results_total"] == (32, "recovered")
    # a total on its row's own line, next to a piece: the piece is not its (４ and １ read 41 or 14, not 3 + 1)
    assert totals["carried_over"] == (4, "recovered")
    assert totals["carried_forward"] == (5, "recovered")


def test_the_parts_of_a_sparse_row_stay_unknown():
    read = _read(SPARSE_STACKED)
    for key in ("new_received", "granted", "results_total", "carried_over"):
        assert all(state == "unknown" for _, state in read[key][:6]), key


def test_pieces_no_sharing_reads_as_the_parts_sum_leave_the_total_unknown():
    # ３ / `２８ ３ ２` / ４ reads 34, not 33: a piece misprinted or lost, never the sum put in its place
    below = "新收政府信息公开申请数量                                         ３"
    assert below in SPARSE_STACKED
    totals = _totals(SPARSE_STACKED.replace(below, below[:-1] + "４"))
    assert totals["new_received"] == (None, "unknown")


def test_a_narrow_column_right_beside_the_pieces_leaves_the_totals_unknown():
    # a piece two glyphs left of the others (其他's, next to 总计): the pieces' column is not proven the total's
    above = "\n                                                     ７\n      部分公开"
    assert above in SPARSE_STACKED
    totals = _totals(SPARSE_STACKED.replace(above, "\n                                                   ７\n      部分公开"))
    assert totals["granted"] == (None, "unknown")
    assert totals["new_received"] == (None, "unknown")
