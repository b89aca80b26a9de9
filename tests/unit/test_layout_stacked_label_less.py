"""`pdftotext -layout` of Chromium's narrow tables in wide digits (issue 14), the shape of the corpus's
renditions with made-up figures: a row's label wrapped over two lines (`一、本年` / `新收…数量`) with its wide
figures stacked a digit a line round them (`１` on the first, `３` on the second, for 13) and its other
figures on a line between them with no label (`０ ０ ０ ０ ０`), a line `-layout` sets apart from the
labelled lines' columns (its figures stand a few glyphs off them):

* the row is placed in order across its columns, each stacked column left or right of every figure of the
  label-less line, the pieces read by the rows' sums as the other stacked rows;
* pieces between two rows (`１` / 总计 / `３` / 结转下年度 with its own `０`) that every row's sum shares out
  two ways (13 and 0, or 1 and 30) are settled by APP_OUTCOME_SUM and APP_BALANCE where one way keeps them.

Never a wrong number: a label-less line with a figure too few or too many leaves the row unknown."""

from __future__ import annotations

from orchestration.parsing.parse import parse_text
from tests.unit.test_reader_classes import TITLE, applications_of

HEAD = TITLE + """\
三、收到和处理政府信息公开申请情况
                                      申请人情况
                               自     法人或其他组织
                               然 商业 科研 社会公 法律服 其 总
                               人 企业 机构 益组织 务机构 他 计
一、本年                           １                       １
{label_less}
新收政府信息公开申请数量                   ３                       ３
二、上年
                               ０   ０   ０   ０   ０   ０ ０
结转申请数量
"""

BODY = """\
    （一）予以公开                   ５    ０    ０       ０       ０       ０   ５
    （二）部分公开                   ０    ０    ０       ０       ０       ０   ０
          1.属于国家秘密            ０    ０    ０       ０       ０       ０   ０
          2.其他法律行政法规禁止公开      ０    ０    ０       ０       ０       ０   ０
          3.危及三安全一稳定          ０    ０    ０       ０       ０       ０   ０
          4.保护
    （三）不 第三方合法权益              ２    ０    ０       ０       ０       ０ ２
    予公开
          5.属于三类内部事务信息        ０    ０    ０       ０       ０       ０   ０
          6.属于四类过程性信息         １    ０    ０       ０       ０       ０   １
          7.属于行政执法案卷          ０    ０    ０       ０       ０       ０   ０
          8.属于行政查询事项          ０    ０    ０       ０       ０       ０   ０
          1.本机
                              ３    ０    ０       ０       ０       ０ ３
    （四）无 关不掌握相关政府信息
三、本
    法提供   2.没有现成信息需要另行制作      ０    ０    ０       ０       ０       ０   ０
年
度办理       3.补正后申请内容仍不明确       ０    ０    ０       ０       ０       ０   ０
结果        1.信访举报投诉类申请         ０    ０    ０       ０       ０       ０   ０
          2.重复申请              ２    ０    ０       ０       ０       ０   ２
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
                              ３                                   ３
四、结转下年度继续办理                   ０    ０    ０       ０       ０       ０ ０


四、政府信息公开行政复议、行政诉讼情况
"""

ZEROS = "                                   ０   ０   ０   ０   ０"


def _read(label_less: str) -> dict[str, list[tuple[int | None, str]]]:
    text = HEAD.format(label_less=label_less) + BODY
    read = applications_of(parse_text(text, "layout.txt"))
    return {key: [(None if c.value is None else int(c.value), c.state) for c in cells] for key, cells in read.items()}


def test_a_row_stacked_round_a_label_less_line_of_its_other_figures_is_read_by_the_sums():
    read = _read(ZEROS)
    assert read["new_received"] == [(13, "recovered"), *[(0, "recovered")] * 5, (13, "recovered")]


def test_pieces_two_rows_sums_share_out_two_ways_are_settled_by_the_column_rules():
    read = _read(ZEROS)
    # 13 and 0, or 1 and 30: both keep the rows' sums; 5 + 2 + 1 + 3 + 2 = 13 and 13 + 0 = 13 + 0 keep one
    assert [read["results_total"][c] for c in (0, 6)] == [(13, "recovered")] * 2
    assert [read["carried_forward"][c] for c in (0, 6)] == [(0, "recovered")] * 2


def test_a_label_less_line_a_figure_short_leaves_the_row_unknown():
    read = _read("                                   ０   ０   ０   ０")
    assert all(state == "unknown" for _, state in read["new_received"])
