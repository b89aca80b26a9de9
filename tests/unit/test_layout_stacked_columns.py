"""`pdftotext -layout` of Chromium's narrow tables in wide digits (issue 14), the shape of the corpus's
renditions with made-up figures: a figure too wide for its column wraps a few digits a line round its row's
line (`３` above, `８` below, for 38), the pieces shared out between the rows round them by the rows' sums.

* a long label pushes its row's figures a few glyphs along (`二、上年结转…` sets its `１` five glyphs right of
  the `２` under it): a piece joins the one stacked column standing near it, whichever row's figure set it;
* a row whose cells stand on several lines (pieces of the lines round it joined, one set a space after
  another's figure) proves no column position: only rows printing all their cells on one line do, and a
  row printing blank marks on its line with its wide figures round it is placed by them;
* a row whose stacked figure lost a piece (`１` / `０` of 105, the `５` not in the text) is read by no sharing:
  it stays unknown and holds the other rows' sharings back no more.

Never a wrong number: a figure whose pieces the sums share out more than one way stays unknown."""

from __future__ import annotations

from orchestration.parsing.parse import parse_text
from tests.unit.test_reader_classes import TITLE, applications_of

PUSHED_ALONG = TITLE + """\
三、收到和处理政府信息公开申请情况
                                   申请人情况
（本列数据的勾稽关系为：第一项加第二项之和，等于第三项 自     法人或其他组织
          加第四项之和）           然 商业 科研 社会公 法律服 其 总
                            人 企业 机构 益组织 务机构 他 计
                                    ３                       ４
一、本年新收政府信息公开申请数量                        ５   １   -   -   -
                                    ８                       ４
二、上年结转政府信息公开申请数量                    １   -       ２       -       -       -   ３
                                    １                                       １
        （一）予以公开                         １       -       -       -       -
                                    ２                                       ３
      （二）部分公开（区分处理的，只计这一情形，不
                               -        -       -       -       -       -   -
      计其他情形）
            1.属于国家秘密           １        -       -       -       -       -   １
            2.其他法律行政法规禁止公开     -        -       -       -       -       -   -
            3.危及“三安全一稳定”       -        -       -       -       -       -   -
            4.保护第三方合法权益        -        -       -       -       -       -   -
      （三）不
            5.属于三类内部事务信息       １        -       -       -       -       -   １
      予公开
            6.属于四类过程性信息        -        -       -       -       -       -   -
            7.属于行政执法案卷         -        -       -       -       -       -   -
            8.属于
                               １        -       -       -       -       -   １
            行政查询事项
            1.本机
                               ７        ２       -       -       -       -   ９
            关不掌握相关政府信息
三、本年度 （四）无 2.没有
办理结果 法提供    现成信息需要另行制作
                               １        １       -       -       -       -   ２
            3.补正后申请内容仍不明确      ２        -       -       -       -       -   ２
            1.信访举报投诉类申请        ２        １       -       -       -       -   ３
            2.重复申请             １        -       -       -       -       -   １
      （五）不 3.要求提供公开出版物         -        -       -       -       -       -   -
      予处理   4.无正当理由大量反复申请      -        -       -       -       -       -   -
            5.要求行政机关确认或重新出具已获取
                               -        -       -       -       -       -   -
            信息
            1.申请人无正当理由逾期不补正、行政
                               -        -       -       -       -       -   -
            机关不再处理其政府信息公开申请
      （六）其 2.申请人逾期未按收费通知要求缴纳费
      他处理   用、行政机关不再处理其政府信息公开 -         -       -       -       -       -   -
            申请
            3.其他               -        -       -       -       -       -   -
                               ２                                            ２
      （七）总计                             ５       -       -       -       -
                               ４                                            ９
四、结转
                               ２        -       ３       -       -       -   ５
下年度继续办理

四、政府信息公开行政复议、行政诉讼情况
"""

BLANK_MARKS_ROUND = TITLE + """\
三、收到和处理政府信息公开申请情况
                                  申请人情况
（本列数据的勾稽关系为：第一项加第二项之和，等于第三 自然    法人或其他组织
         项加第四项之和）          人 商业  科研 社会公 法律服 其 总计
                              企业 机构 益组织 务机构 他
                               １０     １５             １２
一、本年新收政府信息公开申请数量                  -      -   -   -
                               ６０     ９              １９
二、上年结转政府信息公开申请数量               -  -   ５３ -   -   -   ５３
三、本年度                          ６８                    ７４
      （一）予以公开                     -   ５３ -   -   -
办理结果                           ９                     ２
        (二)部分公开(区分处理的,只计这一情形,不计其
                                 ５３ -                -       -       -       -   ５３
        他情形)
                1.属于国家秘密         -  -                -       -       -       -   -
                2.其他法律行政法规禁止公开   -  -                -       -       -       -   -
                3.危及“三安全一稳定”     -  -                -       -       -       -   -
                4.保护
        （ 三 ） 不 第三方合法权益          -  -                -       -       -       -   -
        予公开
                5.属于三类内部事务信息     -  -                -       -       -       -   -
                6.属于四类过程性信息      -  -                -       -       -       -   -
                7.属于行政执法案卷       -  -                -       -       -       -   -
                属于行政查询事项         -  -                -       -       -       -   -
                                 １４                                              １４
                1.本机关不掌握相关政府信息      -                -       -       -       -
        （四）无                     ７                                               ７
        法提供     2.没有现成信息需要另行制作   -  -                -       -       -       -   -
                3.补正后申请内容仍不明确    ５３ -                -       -       -       -   ５３
                信访举报
                                 ５３ -                -       -       -       -   ５３
                投诉类申请
                2.重复申请           -  -                -       -       -       -   -
        （五）不予
                3.要求提供公开出版物      ５３ -                -       -       -       -   ５３
        处理
                4.无正当理由大量反复申请    -  -                -       -       -       -   -
                5.要求行政机关确认或重新出具已
                                 -  -                -       -       -       -   -
                获取信息
                1.申请人无正当理由逾期不补正、
                行政机关不再处理其政府信息公开 -   -                -       -       -       -   -
                申请
        （六）其他 申请人逾
        处理      期未按收费通知要求缴纳费用、行
                                 -  -                -       -       -       -   -
                政机关不再处理其政府信息公开申
                请
                3.其他             -  -                -       -       -       -   -
                                 １０                                              １１
        （七）总计                       -                ５３ -            -       -
                                 ６０                                              １３
四、结转                                                 １５                          １５
                                     -       -          -            -       -
下年度继续办理                                              ９                           ９


四、政府信息公开行政复议、行政诉讼情况
"""


def _read(text: str) -> dict[str, list[tuple[int | None, str]]]:
    read = applications_of(parse_text(text, "layout.txt"))
    return {key: [(None if c.value is None else int(c.value), c.state) for c in cells] for key, cells in read.items()}


def test_pieces_join_the_column_their_own_rows_stand_in_though_a_label_pushed_one_along():
    read = _read(PUSHED_ALONG)
    blank = (None, "blank")
    # 38 = ３ / ８ round the row's line, 44 = ４ / ４; 12 and 13 under the next row; 24 and 29 far below
    assert read["new_received"] == [(38, "recovered"), (5, "value"), (1, "value"), blank, blank, blank,
                                    (44, "recovered")]
    assert read["granted"] == [(12, "recovered"), (1, "value"), blank, blank, blank, blank, (13, "recovered")]
    assert read["results_total"] == [(24, "recovered"), (5, "value"), blank, blank, blank, blank, (29, "recovered")]
    # the row right under a stack prints its own figures whole, set five glyphs along by its label
    assert [v for v, _ in read["carried_over"]] == [1, None, 2, None, None, None, 3]


def test_a_row_of_blank_marks_between_its_wide_figures_pieces_is_placed_by_the_rows_on_one_line():
    read = _read(BLANK_MARKS_ROUND)
    # its blank marks stand where the pieces of figures no row joined may go on (stack40): blank, or unknown
    row = read["unavailable_not_held"]
    assert (row[0], row[6]) == ((147, "recovered"), (147, "recovered")) and set(row[1:6]) <= {(None, "blank"),
                                                                                               (None, "unknown")}
    # 1060 and 1113 wrap two digits a line round a line whose `５３ -` was set a space apart: the rows' sums
    # share their pieces out several ways, APP_BALANCE (1060 + 0 = 1060 + 0, 159 + 53 = 53 + 159) keeps one
    assert read["results_total"][0] == (1060, "recovered") and read["results_total"][6] == (1113, "recovered")
    assert all(state != "unknown" or value is None for row in read.values() for value, state in row)


def test_a_row_whose_stacked_figure_lost_a_piece_holds_no_other_row_back():
    from tests.unit.test_layout_tool_classes import aligned_table_3, placed

    marks = {1: "-", 2: "-", 3: "-", 4: "-", 5: "-"}

    def lines_of(key: str, label: str) -> list[str]:
        if key == "new_received":  # 80 and a total whose last digit is not in the text (`１` / `０` of 105)
            return [placed(label, {0: "８", **marks, 6: "１"}), placed("", {0: "０", 6: "０"})]
        if key == "granted":  # 12, its total 12, each a digit above its line and one below
            return [placed("", {0: "１", 6: "１"}), placed(label, marks), placed("", {0: "２", 6: "２"})]
        return [placed(label, {0: "-", **marks, 6: "-"})]
    read = _read(aligned_table_3(lines_of))
    assert read["granted"] == [(12, "recovered"), *[(None, "blank")] * 5, (12, "recovered")]
    # no sharing reads the row that lost a piece: unknown, never 80 with a total of 10
    assert read["new_received"][0] == (None, "unknown") and read["new_received"][6] == (None, "unknown")
