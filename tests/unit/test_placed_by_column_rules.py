"""`pdftotext -raw` and `-layout` of Chromium's tables (issue 14), written by hand with made-up figures. In `-raw` the
text follows the content stream, a row's label and then its cells, each whole and one space apart, and a blank cell
prints nothing; in `-layout` a row's words stand left to right in its columns left to right, but where no header
places them their columns are not shown. A row printing fewer figures than columns whose own sum no placing keeps
(`（七）总计 4 0 0 2 1`: its 其他 and 总计 printed blank) is placed where APP_OUTCOME_SUM and APP_BALANCE put its
figures, the table's other rows read: each figure in the column every placing keeping them puts it in; the columns it
prints nothing in stay unknown (a blank, or a cell lost).

Never a wrong number: two placings keeping the rules (a `0` that may stand in two columns) leave the columns they
disagree on unknown."""

from __future__ import annotations

from orchestration.parsing.parse import parse_text
from tests.unit.test_layout_raw_wrapped_pieces import raw_text
from tests.unit.test_reader_classes import TITLE, applications_of

ROWS_READ = {
    "new_received": ["5 0 0 2 1 0 8"],
    "carried_over": ["0 0 0 0 0 0 0"],
    "granted": ["3 0 0 2 0 0 5"],
    "unavailable_not_held": ["1 0 0 0 1 0 2"],
    "carried_forward": ["1 0 0 0 0 0 1"],
}


def _raw(lines_of: dict[str, list[str]]) -> str:
    return raw_text(lines_of) + "\f"  # pdftotext ends each page with a form feed: the rule reads its text only


def _read(results_total: str) -> list[tuple[int | None, str]]:
    read = applications_of(parse_text(_raw({**ROWS_READ, "results_total": [results_total]}), "raw.txt"))
    return [(None if c.value is None else int(c.value), c.state) for c in read["results_total"]]


def test_a_row_short_of_figures_is_placed_where_the_column_rules_put_them():
    # the outcome rows add up to 4 0 0 2 1 0 7: the 4 can stand under 自然人 only, the 2 under 社会公益组织, the 1 under
    # 法律服务机构, and the two 0 between them
    assert _read("4 0 0 2 1") == [(4, "recovered"), (0, "recovered"), (0, "recovered"), (2, "recovered"),
                                  (1, "recovered"), (None, "unknown"), (None, "unknown")]


def test_two_placings_keeping_the_column_rules_leave_the_columns_they_disagree_on_unknown():
    # one 0 may stand under 商业企业 or 科研机构: neither is read; the 4, 2 and 1 stand in one column in both placings
    assert _read("4 0 2 1") == [(4, "recovered"), (None, "unknown"), (None, "unknown"), (2, "recovered"),
                                (1, "recovered"), (None, "unknown"), (None, "unknown")]


def test_a_text_not_pdftotexts_is_not_placed():
    # no form feed: not pdftotext's text (a converter's markdown, a pasted table): its blanks may print otherwise
    read = applications_of(parse_text(raw_text({**ROWS_READ, "results_total": ["4 0 0 2 1"]}), "raw.txt"))
    assert all(c.state == "unknown" for c in read["results_total"])


def test_a_row_no_placing_keeps_in_is_unknown():
    # a 3 where the outcome rows add up to 2: the report does not add up, nothing is placed
    assert all(state == "unknown" for _, state in _read("4 0 0 3 1"))


def test_a_rule_needing_a_row_not_read_places_nothing():
    # 结转下年度 prints two figures for seven columns, itself not placed: APP_BALANCE cannot check the row
    read = applications_of(parse_text(_raw({**ROWS_READ, "carried_forward": ["1 1"], "results_total": ["4 0 0 2 1"]}),
                                      "raw.txt"))
    assert all(c.state == "unknown" for c in read["results_total"])


# `-layout`: 新收 prints its two figures and four blank marks on a line of its own between its label's two lines, set
# apart from the rows' columns below (no header places them), and nothing in 总计
LAYOUT = TITLE + """\
三、收到和处理政府信息公开申请情况
                                  申请人情况
（本列数据的勾稽关系为：第一项加第二项之和，等于第三 自然    法人或其他组织      总
         项加第四项之和）             商业 科研 社会公 法律服 其
                            人 企业 机构 益组织 务机构 他 计
一、本年
                               100 14   -   -   -   -
新收政府信息公开申请数量
二、上年结转政府信息公开申请数量               -    -   -   -   -   -   -
三、本年度 （一）予以公开                  50   6   -   -   -   -   56
办理结果 （二）部分公开                   10   -   -   -   -   -   10
               1.属于国家秘密                1        -       -       -       -       -   1
               2.其他法律行政法规禁止公开          -        -       -       -       -       -   -
               3.危及“三安全一稳定”            -        -       -       -       -       -   -
        （三）不   4.保护第三方合法权益             -        -       -       -       -       -   -
        予公开    5.属于三类内部事务信息            -        -       -       -       -       -   -
               6.属于四类过程性信息             -        -       -       -       -       -   -
               7.属于行政执法案卷              -        -       -       -       -       -   -
               8.属于行政查询事项              -        -       -       -       -       -   -
        （四）无   1.本机关不掌握相关政府信息          30       5       -       -       -       -   35
        法提供    2.没有现成信息需要另行制作          -        -       -       -       -       -   -
               3.补正后申请内容仍不明确           -        -       -       -       -       -   -
        （五）不   1.信访举报投诉类申请             6        -       -       -       -       -   6
        予处理    2.重复申请                  -        -       -       -       -       -   -
               3.要求提供公开出版物             -        -       -       -       -       -   -
               4.无正当理由大量反复申请           -        -       -       -       -       -   -
               5.要求行政机关确认或重新出具已获取信息    -        -       -       -       -       -   -
        （六）其   1.申请人无正当理由逾期不补正         -        -       -       -       -       -   -
        他处理    2.申请人逾期未按收费通知要求缴纳费用     -        -       -       -       -       -   -
               3.其他                    -        -       -       -       -       -   -
     （七）总计                             97       11      -       -       -       -   108
四、结转下年度继续办理的                           3        3       -       -       -       -   6

四、政府信息公开行政复议、行政诉讼情况
\f"""


def _layout_row(text: str, key: str) -> list[tuple[int | None, str]]:
    read = applications_of(parse_text(text, "layout.txt"))
    return [(None if c.value is None else int(c.value), c.state) for c in read[key]]


def test_a_layout_row_no_header_places_is_placed_where_the_column_rules_put_its_words():
    # 100 = 97 + 3 and 14 = 11 + 3 (APP_BALANCE): under 自然人 and 商业企业; a blank mark under 总计 breaks it (108 + 6)
    assert _layout_row(LAYOUT, "new_received") == [(100, "recovered"), (14, "recovered"), *[(None, "blank")] * 4,
                                                   (None, "unknown")]


def test_a_layout_row_a_mark_short_leaves_its_marks_columns_unknown():
    line = "100 14   -   -   -   -"
    assert line in LAYOUT
    # three marks for the four columns between 商业企业 and 总计: four placings keep the rules, all with 100 and 14
    # under 自然人 and 商业企业; which column printed no mark the text does not say
    assert _layout_row(LAYOUT.replace(line, "100 14   -   -   -"), "new_received") == \
        [(100, "recovered"), (14, "recovered"), *[(None, "unknown")] * 5]
