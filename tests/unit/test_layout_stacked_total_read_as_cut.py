"""`pdftotext -layout` of Chromium's narrow tables in wide digits (issue 14), made-up figures: totals too wide for
the narrow 总计 column wrap a digit a line round their rows' lines (`２` above 新收's line, `４` below it, for 24),
the rows between printing their totals on their own lines (`-`, `３`), blanks printed `-`.

予以公开's total (`１` above, `１` below, for 11) is also read, as printed, as a total cut at the page's edge (its
first digit `１` leads its parts' sum, 11): that row then printed no total of its own, and its pieces were no one's,
holding back every row beside them, and the rows beside theirs (新收's 24 with them).

* a row whose total was read as cut from a stacked digit off its line shares in the pieces, its total's column
  stacked: its sum takes its own pieces (11), and the rows round it read theirs by their sums (新收's 24, 上年结转's
  `-`, 部分公开's 3);
* its pieces need only lead its parts' sum, as the cut did: its `１` above lost (a page's first line taken for its
  running header), its `１` below still leads 11, so 部分公开's own `３` is its total (`１３` breaks its sum of 3);
* never a wrong number: where the piece may be either row's (部分公开's parts add up to 13: `１` + `３` keeps its
  sum, and `１` alone leads 予以公开's 11), no one sharing reads both rows, and 部分公开's total stays unknown."""

from __future__ import annotations

from tests.unit.test_layout_stacked_columns import _read
from tests.unit.test_reader_classes import TITLE

TOTAL_READ_AS_CUT = TITLE + """\
三、收到和处理政府信息公开申请的情况
          （本列数                   申请人情况
据的勾稽关系为：第一项加第二项之和，等于第三项 自然 商业 科研法人或其他组织
                                  社会公益 法律服务 其 总
        加第四项之和）          人 企业 机构 组织 机构 他 计
                                                                                  ２
一、本年新收政府信息公开申请数量                      １７ -            -       ２       ５       -
                                                                                  ４
二、上年结转政府信息公开申请数量                      -       -       -       -       -       -   -
                                                                                  １
          （一）予以公开                     ８       -       -       -       ３       -
                                                                                  １
          （二）部分公开                ３            -       -       -       -       -   ３
                  1.属于国家秘密       -            -       -       -       -       -   -
                  2.其他
                                 -            -       -       -       -       -   -
                  法律行政法规禁止公开
                  危及“三安全一稳定”     -            -       -       -       -       -   -
                  4.保护
          （三）不予 第三方合法权益          -            -       -       -       -       -   -
          公开
                  5.属于三类内部事务信息   -            -       -       -       -       -   -
                  6.属于
                                 -            -       -       -       -       -   -
                  四类过程性信息
三、本
年                 7.属于行政执法案卷     １            -       -       -       -       -   １
度办理               8.属于行政查询事项     １            -       -       -       -       -   １
结果        （四      1.本机关不掌握相关政府信息 １            -       -       -       １       -   ２
          ） 无 法 提 2.没有现成信息需要另行制作 １            -       -       -       -       -   １
          供       3.补正后申请内容仍不明确 -             -       -       -       -       -   -
                  1.信访举报投诉类申请    １            -       -       １       １       -   ３
                  2.重复申请         -            -       -       １       -       -   １
                  3.要求提供公开出版物    -            -       -       -       -       -   -
          不予处理
                  4.无正当理由大量反复申请 -             -       -       -       -       -   -
                  5.要求行政机关确认或重新出
                                 -            -       -       -       -       -   -
                  具已获取信息
          （六）其他处理                -            -       -       -       -       -   -
                                                                                  ２
          （七）总计                       １６ -            -       ２       ５       -
                                                                                  ３
四、结转下年度继续办理                           １       -       -       -       -       -   １

四、政府信息公开行政复议、行政诉讼情况
"""

BLANK = (None, "blank")


def test_a_row_whose_stacked_total_was_read_as_cut_shares_in_the_pieces_and_frees_its_neighbours():
    read = _read(TOTAL_READ_AS_CUT)
    assert read["new_received"] == [(17, "value"), BLANK, BLANK, (2, "value"), (5, "value"), BLANK, (24, "recovered")]
    assert read["carried_over"] == [BLANK] * 7
    assert read["granted"] == [(8, "value"), BLANK, BLANK, BLANK, (3, "value"), BLANK, (11, "recovered")]
    assert read["partially_granted"] == [(3, "value"), *[BLANK] * 5, (3, "recovered")]
    assert read["results_total"] == [(16, "value"), BLANK, BLANK, (2, "value"), (5, "value"), BLANK, (23, "recovered")]


ABOVE_GRANTED = "\n" + " " * 82 + "１\n          （一）予以公开"


def test_a_row_read_as_cut_whose_piece_above_is_lost_leaves_the_row_below_its_own_total():
    assert ABOVE_GRANTED in TOTAL_READ_AS_CUT
    # 予以公开's `１` above it lost: its `１` below is still read as its cut total (its total its parts' sum, 11), and
    # leads 11 as its only piece; given to 部分公开 it would make `１３` against its parts' 3
    read = _read(TOTAL_READ_AS_CUT.replace(ABOVE_GRANTED, "\n          （一）予以公开"))
    assert read["granted"][6] == (11, "recovered")
    assert read["partially_granted"] == [(3, "value"), *[BLANK] * 5, (3, "recovered")]
    # 新收's `４` below it is its own all the same (上年结转 prints its own `-`): 24, its parts' sum
    assert read["new_received"][6] == (24, "recovered")


def test_a_piece_either_row_sum_takes_leaves_the_row_beside_a_cut_total_unknown():
    partially = "（二）部分公开                ３"
    assert partially in TOTAL_READ_AS_CUT
    # 部分公开's parts add up to 13: its `３` with 予以公开's `１` keeps its sum, and `１` leads 予以公开's 11 as well
    text = TOTAL_READ_AS_CUT.replace(ABOVE_GRANTED, "\n          （一）予以公开").replace(
        partially, "（二）部分公开               １３")
    read = _read(text)
    assert read["granted"][6] == (11, "recovered")
    assert read["partially_granted"][0] == (13, "value")
    assert read["partially_granted"][6] == (None, "unknown")
