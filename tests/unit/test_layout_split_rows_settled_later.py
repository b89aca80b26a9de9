"""`pdftotext -layout` of Chromium's narrow tables (issue 14), made-up figures: the first rows' figures stand a few
glyphs off the columns of the page's rows below (`一、本年新收… 17 4 2 3 26` at 27, 32, 38, 42, 46; the rows below
at 26, 35, 40, 44, 48, 52, 56, proven by a row of hyphens filling every column), so no header and no page's columns
place them, and their blank cells print nothing: each keeps several splits (its figures in order, in any columns).

When the table's rules were first asked, the rows below were unread too, so they settled nothing. The page's full
rows then place the rows below (`_short_rows_by_the_pages_full_rows`), and the rules are asked again with them
(`application_table._split_rows_settled_by_the_rows_read_since`): APP_OUTCOME_SUM leaves 予以公开 one split, and
APP_BALANCE, with （七）总计 and 结转下年度 read, the first two rows one. Never a wrong number:
* a cell the kept splits disagree on stays unknown (two ways to share 2 between 商业企业 and 法律服务机构);
* a report whose rules no reading keeps (a misprinted total) is left as it was."""

from __future__ import annotations

from tests.unit.test_layout_stacked_columns import _read
from tests.unit.test_reader_classes import TITLE

_END = "\n\n四、政府信息公开行政复议、行政诉讼情况\n"

FIRST_ROWS_OFF_THE_PAGES_COLUMNS = TITLE + """\
三、收到和处理政府信息公开申请情况
                                申请人情况
（本列数据的勾稽关系为：第一项加第二项之和， 自然      法人或其他组织
     等于第三项加第四项之和）       人 商业 科 研 社会公益 法律服务 其 总
                          企业 机 构 组织 机构 他 计
一、本年新收政府信息公开申请数量           17   4     2   3   26
上年结转政府信息公开申请数量             1                  1
三、本 （一）予以公开                4    2     1   1   8
年   部分公开
度办理         1.属于国家秘密
结果          2.其他法律行政法规禁止公
            开
            3.危及“三安全一稳定”
            4.保护第三方合法权益   1                         1   2
    （三）不
            5.属于
    予公开
            三类内部事务信息
            6.属于四类过程性信息   1        1                    2
            7.属于
            行政执法案卷
            属于行政查询事项      3                             3
            1.本机
                          5                         1   6
            关不掌握相关政府信息
    (四)无法提供 2.没有现成信息需要另行制
            作
            3.补正后申请内容仍不明确
            1.信访举报投诉类申请   1                             1
            2.重复申请        1        1                    2
            3.要求提供公开出版物
    (五)不予处理
            4.无正当理由大量反复申请
            5.要求行政机关确认或重新
            出具已获取信息
    （六）其他处理               -        -    -   -   -   -   -
    （七）总计                 16       4            1   3   24
四、结转下年度继续办理               2                     1       3
""" + _END

# the figures of the first rows and the total row, other than A's: 2 shared by 商业企业 and 法律服务机构 two ways
TWO_WAYS = FIRST_ROWS_OFF_THE_PAGES_COLUMNS \
    .replace("数量           17   4     2   3   26", "数量           17   2         3   22") \
    .replace("数量             1                  1", "数量             1          2       3") \
    .replace("予以公开                4    2     1   1   8", "予以公开                4    1         1   6") \
    .replace("总计                 16       4            1   3   24", "总计                 16       2            1   3   22")

UNKNOWN = (None, "unknown")
BLANK = (None, "blank")


def test_the_first_rows_are_read_where_the_rows_read_since_leave_one_split():
    read = _read(FIRST_ROWS_OFF_THE_PAGES_COLUMNS)
    assert read["new_received"] == [(17, "recovered"), (4, "recovered"), BLANK, BLANK, (2, "recovered"),
                                    (3, "recovered"), (26, "recovered")]
    assert read["carried_over"] == [(1, "recovered"), *[BLANK] * 5, (1, "recovered")]
    assert read["granted"] == [(4, "recovered"), (2, "recovered"), BLANK, BLANK, (1, "recovered"), (1, "recovered"),
                               (8, "recovered")]


def test_cells_the_kept_splits_disagree_on_stay_unknown():
    assert TWO_WAYS.count("17   2         3   22") == 1 and "16       2            1   3   22" in TWO_WAYS
    read = _read(TWO_WAYS)
    # 17 + 1 = 18 and 3 alone fit one column each; the 2 of either row may be 商业企业's or 法律服务机构's
    assert read["new_received"] == [(17, "recovered"), UNKNOWN, BLANK, BLANK, UNKNOWN, (3, "recovered"),
                                    (22, "recovered")]
    assert read["carried_over"] == [(1, "recovered"), UNKNOWN, BLANK, BLANK, UNKNOWN, BLANK, (3, "recovered")]
    assert read["granted"] == [(4, "recovered"), BLANK, BLANK, BLANK, (1, "recovered"), (1, "recovered"),
                               (6, "recovered")]


def test_a_report_no_reading_of_which_keeps_the_rules_leaves_the_first_rows_as_they_were():
    line = "总计                 16       4            1   3   24"
    assert line in FIRST_ROWS_OFF_THE_PAGES_COLUMNS
    read = _read(FIRST_ROWS_OFF_THE_PAGES_COLUMNS.replace(line, "总计                 16       4            2   3   25"))
    for key in ("new_received", "carried_over", "granted"):
        assert all(state == "unknown" for _, state in read[key][:5]), key


# a report misprinting its balance (新收 56, 上年结转 none, 总计 52, 结转 `2 2`: 56 ≠ 52 + 2): the last row's `2 2` is a
# part and its total, or two parts whose total it never printed (4, what the misprinted balance asks). Splits that fill
# more cells than others supply such a total, so the rows read since settle nothing there
MISPRINTED_BALANCE = TITLE + """\
三、收到和处理政府信息公开申请情况
                                 申请人情况
（本列数据的勾稽关系为：第一项加第二项之和，等于 自然     法人或其他组织      总
       第三项加第四项之和）           商业 科研 社会公  法律服 其
                          人 企业 机构 益组织 务机构 他 计
一、本年新收政府信息公开申请数量              44          2   10  56
上年结转政府信息公开申请数量
       （一）予以公开                18              6   24
       （二）部
       分公开（区分处理的，只计这一情形，不 4                       4
       计其他情形）
                 1.属于国家秘密
                 2.其他法律行政法规禁止
                 公开
                 3.危及“三安全一稳定”
       (三)不予公开 4.保护第三方合法权益    2                   2
                 5.属于三类内部事务信息
                 6.属于四类过程性信息  2                   2
                 7.属于行政执法案卷
                 8.属于行政查询事项
                 1.本机关不掌握相关政府
三、本年度办                        12              2   14
                 信息
理结果    （ 四 ） 无 法 2.没有现成信息需要另行
       提供        制作
                 3.补正后申请内容仍不明
                 确
                 1.信访举报投诉类
                              2                   2
                 申请
                 重复申请
                 3.要求提供公开出
       （五）不予处
                 版物
       理
                 4.无正当理由大量反复申
                 请
                 5.要求行政机关确认或重
                 新出具已获取信息
       （六）其他处理                2           2       4
       （七）总计                  42          2   8   52
四、结转下年度继续办理                                   2   2
""" + _END


def test_splits_supplying_a_total_the_row_never_printed_settle_nothing_where_the_balance_is_misprinted():
    assert "四、结转下年度继续办理                                   2   2" in MISPRINTED_BALANCE
    read = _read(MISPRINTED_BALANCE)
    assert read["carried_forward"][-1] != (4, "recovered")
    assert all(state == "unknown" for _, state in read["carried_forward"])
