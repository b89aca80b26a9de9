"""Table 3 of plain `pdftotext` (no -layout) of a LibreOffice or Chromium PDF of a web page, each row set as
blocks of its own (its label, then its figures one a paragraph), where the last rows' labels stand after the
figures: `2.申请人逾期未按收费通知要…` then 28 figures, then `3.其他` / `（七）总计` / `四、结转下年度继续办理`
with none (a three-line label of （六）其他处理 standing taller than its figures), or 14 figures, the three
labels, and 14 more. The figures then follow the rows in template order: the extra blocks after a label are
the figure-less rows' beside it, each row keeping its sum. A row elsewhere whose count is no whole row (a
figure set after a heading's lines) reads nothing round it, the rest of the table still is; where the table
as a whole lacks figures (blanks that left no trace), or the runs fit no one order, the rows stay unknown.
Written by hand, apart from the corpus generator."""

from __future__ import annotations

from orchestration.parsing.parse import parse_text
from tests.unit.test_reader_classes import FIGURES, REVIEWS, ROWS, TITLE, applications_of

TAIL = ("other_no_fee_paid", "other_misc", "results_total", "carried_forward")
# figures in the tail rows that tell one row from the next, the table's rules kept (row sums, APP_OUTCOME_SUM,
# APP_BALANCE)
TABLE = dict(FIGURES, other_no_fee_paid=[1, 0, 0, 0, 0, 0, 1], other_misc=[2, 0, 0, 0, 0, 0, 2],
             results_total=[14, 3, 0, 0, 0, 0, 17], new_received=[15, 3, 0, 0, 0, 0, 18])
HEADER = ["三、收到和处理政府信息公开申请情况", "申请人情况", "自然", "人", "法人或其他组织", "总计", "商业", "企业",
          "科研", "机构", "社会", "公益", "组织", "法律", "服务", "机构", "其他"]


def paragraphs(table: dict[str, list[int]], figures_after: dict[str, list[str]]) -> str:
    """The report as plain pdftotext writes such a page: every line a paragraph; each row's label (its heading
    before it) then its figures, unless `figures_after` names the rows whose figures stand after a row's
    label instead (those rows' labels then stand where the template puts them, with none)."""
    moved = {key for owner, keys in figures_after.items() for key in keys if key != owner}
    items = [*TITLE.split(), *HEADER]
    for key, label, heading in ROWS:
        items += [heading] if heading else []
        items.append(label)
        if key in moved:
            continue
        for owner in figures_after.get(key, [key]):
            items += map(str, table[owner])
    items += ["四、行政复议、行政诉讼情况", "行政复议", "行政诉讼", "未经复议直接起诉", "复议后起诉",
              "结果维持 结果纠正 其他结果 尚未审结 总计", *map(str, REVIEWS), "五、存在的主要问题及改进情况",
              "一是公开形式单一。"]
    return "\n\n".join(items) + "\n"


def assert_tail(read: dict[str, list], expected: dict[str, list[int]], keys=TAIL) -> None:
    for key in keys:
        assert [c.value for c in read[key]] == expected[key], (key, read[key])
        assert {c.state for c in read[key]} <= {"value"}, key


def test_the_last_rows_figures_after_the_first_label_are_those_rows_in_order():
    # `2.申请人逾期…` / 28 figures / `3.其他` / `（七）总计` / `四、结转…`: the labels after the figures
    text = paragraphs(TABLE, {"other_no_fee_paid": list(TAIL)})
    assert "\n\n0\n\n1\n\n3.其他\n\n（七）总计\n\n四、结转下年度继续办理\n\n四、行政复议" in text
    read = applications_of(parse_text(text, "plain.txt"))
    assert_tail(read, TABLE)


def test_figures_both_sides_of_the_labels_split_in_template_order():
    # 14 figures after `2.申请人逾期…`, the three labels, 14 figures: 3.其他's are the first row's neighbours,
    # （七）总计's stand before 四、结转's
    text = paragraphs(TABLE, {"other_no_fee_paid": ["other_no_fee_paid", "other_misc"],
                              "carried_forward": ["results_total", "carried_forward"]})
    read = applications_of(parse_text(text, "plain.txt"))
    assert_tail(read, TABLE)


def assert_nothing_wrong(read: dict[str, list], keys=TABLE) -> None:
    for key in keys:
        assert all(c.state == "unknown" or c.value == v for c, v in zip(read[key], TABLE[key])), key


def tail_after_one_label_with_a_total(moved: str) -> dict[str, list]:
    """The cells read of the text whose tail's figures follow `2.申请人逾期…`, （四）1's total (3) taken from
    after its label and written `moved` after （四）2's label ("" where it is lost)."""
    text = paragraphs(TABLE, {"other_no_fee_paid": list(TAIL)})
    text = text.replace("3\n\n2.没有现成信息需要另行制作\n\n", f"2.没有现成信息需要另行制作\n\n{moved}", 1)
    assert f"0\n\n2.没有现成信息需要另行制作\n\n{moved}0\n\n" in text
    return applications_of(parse_text(text, "plain.txt"))


def test_a_row_of_no_whole_count_elsewhere_leaves_the_tail_read():
    # a row's total set after the next row's label (6 figures, then 8 after that label): the rows there are not
    # read by counts, the tail still is, the table keeping its whole count
    assert_tail(tail_after_one_label_with_a_total("3\n\n"), TABLE)


def test_a_table_short_of_figures_reads_no_tail():
    # a figure lost elsewhere (a blank that left no line, or a figure no row holds): counts prove nothing
    read = tail_after_one_label_with_a_total("")
    assert_nothing_wrong(read, TAIL)
    assert all(c.state == "unknown" for c in read["other_misc"])


def test_runs_that_fit_no_order_stay_unknown():
    # 14 figures after `2.申请人逾期…`, two labels with none, 7 after 四、结转 (（七）总计's figures lost): one
    # figure-less row is no block's, so neither is read by count
    text = paragraphs(TABLE, {"other_no_fee_paid": ["other_no_fee_paid", "other_misc"], "results_total": []})
    assert "3.其他\n\n（七）总计\n\n四、结转下年度继续办理\n\n1\n\n" in text
    read = applications_of(parse_text(text, "plain.txt"))
    for key in ("other_misc", "results_total"):
        assert all(c.state == "unknown" for c in read[key]), (key, read[key])
    assert_nothing_wrong(read, TAIL)


def test_a_figure_less_row_beside_a_row_of_no_whole_count_stays_unknown():
    # 14 figures after `2.申请人逾期…`, `3.其他` with none, then （七）总计's total set after 四、结转's label
    # (6 figures, then 8): the 7 extra figures may be 3.其他's or partly （七）总计's, so 3.其他 is not read
    text = paragraphs(TABLE, {"other_no_fee_paid": ["other_no_fee_paid", "other_misc"]})
    text = text.replace("17\n\n四、结转下年度继续办理\n\n", "四、结转下年度继续办理\n\n17\n\n", 1)
    assert "四、结转下年度继续办理\n\n17\n\n1\n\n" in text
    read = applications_of(parse_text(text, "plain.txt"))
    assert all(c.state == "unknown" for c in read["other_misc"]), read["other_misc"]
    assert_nothing_wrong(read, TAIL)


def test_a_label_out_of_order_ends_the_figures_of_the_row_above():
    # （一）予以公开's figures after 二、上年结转's, its label after （四）2's figures among the margin heading's
    # lines with 1.属于国家秘密 and that row's first figure (its other six after （二）部分公开's): the figure
    # after 1.属于国家秘密 is that row's, so （四）2 holds its seven; the rows round the moved figures stay unknown
    text = paragraphs(TABLE, {"carried_over": ["carried_over", "granted"]})
    text = text.replace("三、本年度办理结果\n\n（一）予以公开\n\n", "", 1)
    text = text.replace("（三）不予公开\n\n1.属于国家秘密\n\n0\n\n", "", 1)
    text = text.replace("3.补正后申请内容仍不明确", "三、本年度办理结果\n\n（一）予以公开\n\n1.属于国家秘密\n\n0\n\n"
                        "（三）不予公开\n\n3.补正后申请内容仍不明确", 1)
    # （四）无法提供's margin cell wrapped round （四）2's label, its first figure beside it (as poppler sets them)
    text = text.replace("（四）无法提供\n\n", "（四）无\n\n", 1)
    text = text.replace("2.没有现成信息需要另行制作\n\n0\n\n", "2.没有现成信息需要另行制作 0\n\n法提供\n\n", 1)
    assert "2.没有现成信息需要另行制作 0\n\n法提供\n\n" + "0\n\n" * 6 + "三、本年度办理结果" in text
    read = applications_of(parse_text(text, "plain.txt"))
    assert [(c.value, c.state) for c in read["unavailable_needs_creation"]] == [(0, "value")] * 7
    for key in ("granted", "partially_granted", "denied_state_secret"):
        assert all(c.state == "unknown" for c in read[key]), key
    assert_nothing_wrong(read)
