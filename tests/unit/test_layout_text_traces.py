"""Text that keeps a blank cell's trace as white space, and the wraps around it, in the shapes other
people's tools write:

* a text browser's dump of a table (`lynx -dump`): every cell on a line of its own followed by an
  empty line, an empty cell one more empty line, so `26` / 6 empty lines / `26` is 26, five blanks, 26;
* `pdftotext -layout` of a table laid wider than the page (LibreOffice's PDF): the total column cut at
  the paper's edge (`142 1 0 0 0 0 1` where 143 is printed), or every column past the fourth;
* `pdftotext -layout` of narrow label columns: a label's numbering alone on its figures' line (`7 .` over
  `属 于` / `行 政` …), labels wrapped around their figures, a merged label one character a line in the
  margin (`无` of （四）无法提供), an amount's unit wrapped below it.

Written by hand in the shape of real renditions, apart from the corpus generator; where a shape is
hard to write by hand, the lines are made up in the generator's -layout shape and kept literally.
Each must give the figures back, or say a cell is unknown: never a wrong number, never a lucky blank."""

from __future__ import annotations

from decimal import Decimal

from orchestration.parsing import recovery as R
from orchestration.parsing.cells import display_width
from orchestration.parsing.parse import parse_text
from tests.unit.test_reader_classes import (
    APPLICANT_HEADER,
    FIGURES,
    REVIEW_HEADER,
    REVIEWS,
    ROWS,
    TITLE,
    applications_of,
    assert_read_right,
    unknown_printed,
)

# ---------------------------------------------------------------- a text browser's dump


def browser_dump(figures: dict[str, list], reviews: list, indent: str = "   ") -> str:
    """Every line followed by an empty line; an empty cell adds one more empty line (where it is)."""
    lines = [*TITLE.rstrip("\n").split("\n"), "二、主动公开政府信息情况", "第二十条第（一）项", "信息内容", "本年制发件数",
             "本年废止件数", "现行有效件数", "规章", "0", "0", "5", "三、收到和处理政府信息公开申请情况", "申请人情况",
             *APPLICANT_HEADER]
    text: list[str] = []
    for line in lines:
        text += [indent + line, ""]
    for key, label, heading in ROWS:
        if heading:
            text += [indent + heading, ""]
        text += [indent + label, ""]
        for value in figures[key]:
            text += [""] if value is None else [indent + str(value), ""]
    for line in [REVIEW_HEADER, "行政复议", "行政诉讼", "未经复议直接起诉", "复议后起诉",
                 *["结果维持", "结果纠正", "其他结果", "尚未审结", "总计"] * 3, *map(str, reviews),
                 "五、存在的主要问题及改进情况", "一是公开形式单一。"]:
        text += [indent + line, ""]
    return "\n".join(text) + "\n"


def natural_only(n: int) -> list:
    return [n, None, None, None, None, None, n]


EMPTY_COLUMNS = {key: natural_only(0) for key, _, _ in ROWS}
EMPTY_COLUMNS.update(new_received=[12, 3, None, None, 2, None, 17], granted=natural_only(8),
                     partially_granted=[1, None, None, None, None, None, None],  # its total left blank, as printed
                     unavailable_not_held=[2, 3, None, None, 2, None, 7], results_total=[11, 3, None, None, 2, None, 16],
                     carried_forward=natural_only(1), rejected_duplicate=[None] * 7)


def test_a_browser_dump_reads_each_further_empty_line_as_an_empty_cell():
    report = parse_text(browser_dump(EMPTY_COLUMNS, REVIEWS), "dump.txt")
    assert_read_right(report, EMPTY_COLUMNS, REVIEWS)
    read = applications_of(report)
    assert read["new_received"][2].state == "blank" and read["new_received"][4].value == 2
    # the row printed with its total blank keeps it blank (the rule then fails, as printed)
    assert read["partially_granted"][6].state == "blank" and read["partially_granted"][0].value == 1
    assert not [c for c in unknown_printed(report) if c.table == "applications"]


def test_a_browser_dump_row_whose_empty_lines_do_not_make_its_width_is_unknown_never_shifted():
    # one empty line too few in new_received (six cells accounted for) and one too many in granted
    text = browser_dump(EMPTY_COLUMNS, REVIEWS).replace("\n   12\n\n   3\n\n\n\n", "\n   12\n\n   3\n\n\n", 1)
    text = text.replace("（一）予以公开\n\n   8\n\n", "（一）予以公开\n\n   8\n\n\n", 1)
    report = parse_text(text, "dump.txt")
    read = applications_of(report)
    for key in ("new_received", "granted"):
        assert any(c.state == "unknown" for c in read[key]), key
        assert all(c.state == "unknown" or c.value == v for c, v in zip(read[key], EMPTY_COLUMNS[key])), key
    assert [c.value for c in read["unavailable_not_held"]] == EMPTY_COLUMNS["unavailable_not_held"]
    assert report.warnings


def test_one_cell_per_line_apart_without_any_empty_cell_reads_as_before():
    report = parse_text(browser_dump(FIGURES, REVIEWS), "dump.txt")
    assert_read_right(report, FIGURES, REVIEWS)


# ---------------------------------------------------------------- a total cut at the page's edge


def test_a_total_of_the_leading_digits_of_the_parts_sum_is_cut():
    assert R.total_cut_short(tuple(map(Decimal, (142, 1, 0, 0, 0, 0, 1))))
    assert R.total_cut_short(tuple(map(Decimal, (31, 0, 0, 0, 0, 0, 3))))
    assert not R.total_cut_short(tuple(map(Decimal, (142, 1, 0, 0, 0, 0, 143))))  # adds up
    assert R.total_cut_short(tuple(map(Decimal, (142, 1, 0, 0, 0, 0, 14))))  # two of three digits left
    assert not R.total_cut_short((Decimal(5), None, None, None, None, None, Decimal(3)))  # a misprint, not a cut
    assert not R.total_cut_short((Decimal(5), None, None, None, None, None, None))  # no total printed
    assert not R.total_cut_short((Decimal(8), None, None, None, None, None, Decimal(9)))  # larger than its parts


def layout_text(figures: dict[str, list], cut: set[str]) -> str:
    """`pdftotext -layout` lines of table 3, every column filled, the total of the rows in `cut` printed
    with its first digit only (the rest lay past the paper's edge)."""
    lines = [*TITLE.rstrip("\n").split("\n"), "三、收到和处理政府信息公开申请情况",
             " " * 40 + "   ".join(APPLICANT_HEADER)]
    for key, label, heading in ROWS:
        if heading:
            lines.append(heading)
        *parts, total = figures[key]
        printed = [*map(str, parts), str(total)[0] if key in cut else str(total)]
        lines.append(f"{label[:16]:<40}" + "".join(f"{p:>6}" for p in printed))
    lines += [REVIEW_HEADER, "行政复议 行政诉讼", "  ".join(["结果维持", "结果纠正", "其他结果", "尚未审结", "总计"] * 3),
              "  ".join(map(str, REVIEWS)), "五、存在的主要问题及改进情况", "一是公开形式单一。"]
    return "\n".join(lines) + "\n"


def test_a_total_cut_at_the_pages_edge_is_its_parts_sum_recovered_never_the_cut_figure():
    figures = dict(FIGURES, other_misc=[142, 1, 0, 0, 0, 0, 143], results_total=[153, 4, 0, 0, 0, 0, 157],
                   new_received=[154, 4, 0, 0, 0, 0, 158], carried_forward=[1, 0, 0, 0, 0, 0, 1])
    report = parse_text(layout_text(figures, {"other_misc", "results_total"}), "layout.txt")
    read = applications_of(report)
    for key in ("other_misc", "results_total"):
        # its first digit on the paper, the rest past it: the parts' sum, the one value APP_APPLICANT_SUM leaves
        assert (read[key][6].value, read[key][6].state) == (figures[key][6], "recovered"), (key, read[key][6])
        assert [c.value for c in read[key][:6]] == figures[key][:6]
    assert [c.value for c in read["new_received"]] == figures["new_received"]
    assert sum(w.code == "total_cut" for w in report.warnings) == 2
    assert not [c for c in report.cells if c.table == "applications" and c.state != "unknown"
                and c.value != figures[c.row][["natural_person", "commercial_enterprise", "research_institution",
                                               "social_welfare_org", "legal_service_org", "other_org",
                                               "total"].index(c.column)]]


# ---------------------------------------------------------------- columns cut at the page's edge


def cut_header_text(figures: dict[str, list], page_break_before: str | None = None, stray: str | None = None) -> str:
    """`pdftotext -layout` of a table laid wider than the page: the header shows 自然人 to 社会公益组织 and
    the first glyph of 法律服务机构; every row's figures past that are cut. `stray`: a row printing one more
    figure past the last column the header shows."""
    shown = 4
    starts = [42, 51, 60, 71]  # under the centre of each shown header word
    lines = [*TITLE.rstrip("\n").split("\n"), "三、收到和处理政府信息公开申请情况",
             " " * 40 + "申请人情况", " " * 40 + "自然人  商业企业 科研机构 社会公益组织 法"]
    page = 1
    for key, label, heading in ROWS:
        if key == page_break_before:
            page += 1
            lines += ["", f"— {page} —", "\f"]
        if heading:
            lines.append(heading)
        line = label[:14]
        for start, value in zip(starts, figures[key][:shown]):
            if value is not None:
                line += " " * max(start - display_width(line), 2) + str(value)
        if key == stray:
            line += " " * max(84 - display_width(line), 2) + "9"
        lines.append(line)
    lines += [REVIEW_HEADER, "行政复议 行政诉讼", "  ".join(["结果维持", "结果纠正", "其他结果", "尚未审结", "总计"] * 3),
              "  ".join(map(str, REVIEWS)), "五、存在的主要问题及改进情况", "一是公开形式单一。"]
    return "\n".join(lines) + "\n"


CUT = {key: [0, None, None, None, None, None, 0] for key, _, _ in ROWS}
CUT.update(new_received=[12, 3, None, 1, 2, None, 18], granted=[8, None, None, 1, None, None, 9],
           unavailable_not_held=[2, 3, None, None, None, None, 5], results_total=[10, 3, None, 1, None, None, 14],
           carried_forward=[2, None, None, None, None, None, 2], rejected_duplicate=[None] * 7)


def test_columns_the_header_shows_are_read_by_position_and_the_cut_ones_are_unknown():
    report = parse_text(cut_header_text(CUT), "cut.txt")
    read = applications_of(report)
    for key, expected in CUT.items():
        assert [c.value for c in read[key][:4]] == expected[:4], (key, read[key])
        assert [c.state for c in read[key][:4]] == ["blank" if v is None else "value" for v in expected[:4]], key
        assert all(c.state == "unknown" for c in read[key][4:]), key
    assert any(w.code == "columns_cut" for w in report.warnings)


def test_a_figure_past_the_shown_columns_leaves_its_row_unknown_and_a_later_page_is_placed_by_the_rules():
    report = parse_text(cut_header_text(CUT, page_break_before="rejected_petition", stray="granted"), "cut.txt")
    read = applications_of(report)
    assert all(c.state == "unknown" for c in read["granted"])
    # the later page's columns: the one way of giving them shown columns that keeps the balance with page 1
    for key in ("rejected_petition", "results_total", "carried_forward"):
        assert [c.value for c in read[key][:4]] == CUT[key][:4], key
        assert [c.state for c in read[key][:4]] == ["blank" if v is None else "recovered" for v in CUT[key][:4]], key
        assert all(c.state == "unknown" for c in read[key][4:]), key
    assert any(w.code == "page_columns" for w in report.warnings)
    assert [c.value for c in read["new_received"][:4]] == CUT["new_received"][:4]


# ---------------------------------------------------------------- a label's numbering alone on its figures' line

# `pdftotext -layout` of a table whose narrow label column wraps each label four characters a line and
# spaces out the characters of some (`7 .` with the row's figures, then `属 于` / `行 政` / `执 法` / `案 卷`),
# the group's merged label one character a line in the margin (`（` / `四` / `）` …), and two labels whose
# numbering was dropped (`补正后申…`, `信访举报…`). Made-up figures; the shape the corpus's -layout writes.
NUMBERING_APART = """\
三、收到和处理政府信息公开申请情况
                                   自然人   商业企业   科研机构   社会公益组织   法律服务机构   其他   总计
一、本年新收政府信息公开申请数量   17         0        0          1          0      0        18
二、上年结转政府信息公开申请数量   0          0        0          0          0      0        0
三、本年度办理结果
（一）予以公开                     5          0        0          0          0      0        5
（二）部分公开                     0          0        0          0          0      0        0
（三）不予公开
1.属于国家秘密                     0          0        0          0          0      0        0
2.其他法律行政法规禁止公开         0          0        0          0          0      0        0
3.危及“三安全一稳定”               0          0        0          0          0      0        0
                        4.保护     1          0        0          0          0      0        1
                        第三方合
                        法权益
                        5.属于     0          0        0          0          0      0        0
                        三类内部
                        事务信息
                        6.属于     1          0        0          0          0      0        1
                        四类过程
                        性信息
                        7 .        0          0        0          0          0      0        0
                        属 于
                        行 政
                        执 法
                        案 卷
                        8 .        1          0        0          0          0      0        1
                        属 于
                        行 政
                        查 询
                        事 项
           （           1.本机     3          0        0          0          0      0        3
           四           关不掌握
           ）           相关政府
           无           信息
           法           2.没有     0          0        0          0          0      0        0
           提           现成信息
           供           需要另行
                        制作
                        补正后申   1          0        0          0          0      0        1
                        请内容仍
                        不明确
           （           信访举报   1          0        0          0          0      0        1
           五           投诉类申
           ）           请
           不           2.重复     3          0        0          0          0      0        3
           予           申请
           处           3.要求     0          0        0          0          0      0        0
           理           提供公开
                        出版物
                        4.无正     0          0        0          0          0      0        0
                        当理由大
                        量反复申
                        请
                        5.要求     0          0        0          0          0      0        0
                        行政机关
                        确认或重
                        新出具已
                        获取信息
           (            1.申请     0          0        0          0          0      0        0
           六           人无正当
           )            理由逾期
           其           不补正、
           他           行政机关
           处           不再处理
           理           其政府信
                        息公开申
                        请
                        2.申请     0          0        0          0          0      0        0
                        人逾期未
                        按收费通
                        知要求缴
                        纳费用、
                        行政机关
                        不再处理
                        其政府信
                        息公开申
                        请
                        3.其他     0          0        0          0          0      0        0
           （七）总计              16         0        0          0          0      0        16
结转下年度继续办理                 1          0        0          1          0      0        2
"""
NUMBERING_READ = {"denied_process_information": [1, 0, 0, 0, 0, 0, 1],
                  "denied_enforcement_files": [0, 0, 0, 0, 0, 0, 0],
                  "denied_administrative_query": [1, 0, 0, 0, 0, 0, 1],
                  "unavailable_not_held": [3, 0, 0, 0, 0, 0, 3]}


def test_a_labels_numbering_alone_on_its_figures_line_opens_the_label_read_down_its_column():
    # read by its words alone, row 7's label took the figures of `8 .` below it and row 8's label none:
    # row 8 read blank where 1 is printed, and the column sums still held (a silent wrong cell)
    text = TITLE + NUMBERING_APART + "四、政府信息公开行政复议、行政诉讼情况\n五、存在的主要问题及改进情况\n"
    report = parse_text(text, "layout.txt")
    read = applications_of(report)
    for key, expected in NUMBERING_READ.items():
        assert [c.value for c in read[key]] == expected, (key, read[key], report.warnings)


# ---------------------------------------------------------------- an amount's unit wrapped below it


def fee_text(amount: str, unit_below: str) -> str:
    """Table 2's fee in `pdftotext -layout`: the amount cell too narrow for its unit, which wraps onto the
    next line in the amount's column, beside the wrap of the row's own label (`行政事业性` / `收费`)."""
    return TITLE + "\n".join([
        "二、主动公开政府信息情况", "第二十条第（一）项", "信息内容     本年制发件数   本年废止件数   现行有效件数",
        "规章         0              0              5", "第二十条第（八）项",
        "信息内容     本年收费金额（单位：", "             万元）",
        f"行政事业性   {amount}", f"收费      {unit_below}".rstrip(), "",  # pdftotext: one glyph a column
        "三、收到和处理政府信息公开申请情况", "四、政府信息公开行政复议、行政诉讼情况"]) + "\n"


def fee_of(report):
    return next(c for c in report.cells if c.table == "disclosures" and c.row == "administrative_fees"
                and c.column == "fee_amount_wan_yuan")


def test_a_unit_wrapped_below_its_amount_is_the_amounts_unit():
    # 0.00447217亿元 is 44.7217万元: read with the header's 万元 it would be ten thousand times too small
    assert fee_of(parse_text(fee_text("0.00447217", "亿元"), "layout.txt")).value == Decimal("44.7217")
    assert fee_of(parse_text(fee_text("3500", "元"), "layout.txt")).value == Decimal("0.35")
    # no unit below: the header's 万元
    assert fee_of(parse_text(fee_text("1.5", ""), "layout.txt")).value == Decimal("1.5")


# ---------------------------------------------------------------- a figure-less row where every cell is printed


def wrapped_layout_text(rows_text: list[str]) -> str:
    """Table 3 in `pdftotext -layout`, every row on one line and every cell printed, with `rows_text` in
    place of （六）'s rows."""
    header = [" " * 30 + "   ".join(APPLICANT_HEADER)]
    simple = []
    for key, label, heading in ROWS:
        if key.startswith("other_"):
            continue
        if heading:
            simple.append(heading)
        simple.append(label[:12] + " " * max(30 - display_width(label[:12]), 2) +
                      "".join(f"{v:>8}" for v in FIGURES[key]))
    at = next(i for i, line in enumerate(simple) if line.startswith("（七）总计"))
    return TITLE + "\n".join(["三、收到和处理政府信息公开申请情况", *header, *simple[:at], *rows_text, *simple[at:],
                              "四、政府信息公开行政复议、行政诉讼情况", "五、存在的主要问题及改进情况"]) + "\n"


# （五） to 结转 as a -layout rendition prints them: labels wrapped in a narrow column around their figures,
# the groups' merged labels one character a line in the margin, `2.` dropped from （六）'s second label.
# Made-up figures, every cell printed.
REJECTED_TO_END = """\
                 （             信访举报投诉类   0      0      0      0          0        0          0
                 五             申请
                 ）             2.重复申请       1      0      0      0          0        0          1
                 不             3.要求提供公     0      0      0      0          0        0          0
                 予             开出版物
                 处             4.无正当理由     0      0      0      0          0        0          0
                 理             大量反复申请
                                5.要求行政机
                                关确认或重新出   0      0      0      0          0        0          0
                                具已获取信息
                 （             1.申请人无正
                 六             当理由逾期不补
                 ）             正、行政机关不   0      0      0      0          0        0          0
                 其             再处理其政府信
                 他             息公开申请
                 处             申请人逾期未按
                 理             收费通知要求缴
                                纳费用、行政机   0      0      0      0          0        0          0
                                关不再处理其政
                                府信息公开申请
                                3.其他           0      0      0      0          0        0          0
                 （七）总计                      14     0      0      0          0        0          14
结转下年度继续办理                               0      0      0      0          0        3          3
"""


def test_a_row_without_figures_where_every_other_row_prints_every_cell_is_unknown_not_blank():
    # （六）1's label lines hold no figure and the figures below it are taken by the next label: read
    # blank, that row would be a wrong cell the sums cannot see (zeros and blanks add alike)
    lines = wrapped_layout_text([]).split("\n")
    start = next(i for i, line in enumerate(lines) if line.startswith("（五）"))
    end = next(i for i, line in enumerate(lines) if line.startswith("四、政府信息公开行政复议"))
    report = parse_text("\n".join(lines[:start] + REJECTED_TO_END.split("\n") + lines[end:]), "layout.txt")
    read = applications_of(report)
    for key in ("other_no_correction", "other_no_fee_paid", "other_misc"):
        assert all(c.state == "unknown" or c.value == 0 for c in read[key]), (key, read[key])
    assert not any(c.state == "blank" for key in ("other_no_correction", "other_no_fee_paid") for c in read[key])


def test_a_blank_mark_down_the_margin_is_a_character_of_the_merged_label_not_a_rows_figures():
    # `（四）无法提供` written one character a line down the margin: its `无` on a line of its own, below a
    # label whose figures stand two lines further down
    figures = "".join(f"{v:>8}" for v in [1, 0, 0, 0, 0, 0, 1])
    unavailable = ["             （         1.本机关不掌" + " " * 4 + "".join(f"{v:>8}" for v in FIGURES["unavailable_not_held"]),
                   "                        握相关政府信息",
                   "             四         2.没有现成信" + " " * 4 + "".join(f"{0:>8}" for _ in range(7)),
                   "                        息需要另行制作",
                   "             ）         3.补正后申请",
                   "                        内容仍不明确",
                   "             无",
                   "",
                   "             法" + " " * 20 + figures,
                   "",
                   "             提",
                   "",
                   "             供"]
    text = wrapped_layout_text([])
    lines = text.split("\n")
    start = next(i for i, line in enumerate(lines) if line.startswith("（四）无法提供"))
    end = next(i for i, line in enumerate(lines) if line.startswith("（五）"))
    report = parse_text("\n".join(lines[:start] + unavailable + lines[end:]), "layout.txt")
    read = applications_of(report)
    assert [c.value for c in read["unavailable_unclear"]] == [1, 0, 0, 0, 0, 0, 1], read["unavailable_unclear"]


def test_a_browser_dump_that_dropped_a_tables_last_empty_cells_leaves_them_unknown_never_shifted():
    # a browser may leave no line at all for the empty cells that end a table: table 4 then counts
    # ten cells for fifteen, and which ones are missing no line says
    reviews = [1, None, 1, None, 2, None, None, 1, None, 1, None, None, None, None, None]
    text = browser_dump(EMPTY_COLUMNS, reviews, indent="      ")
    head, tail = text.split("      五、存在的主要问题及改进情况", 1)
    report = parse_text(head.rstrip("\n") + "\n\n      五、存在的主要问题及改进情况" + tail, "dump.txt")
    cells = [c for c in report.cells if c.table == "reviews"]
    assert len(cells) == 15 and all(c.state == "unknown" for c in cells), cells
    assert any(w.code == "short_row" for w in report.warnings)


def test_a_table_2_row_whose_amount_wraps_after_a_word_is_unknown_never_blank():
    # `人民币37.` over `033661` over `万元`: the row's figure 6 stands among its words, none after them
    lines = ["二、主动公开政府信息情况", "第二十条第（一）项", "信息内容     本年制发件数   本年废止件数   现行有效件数",
             "规章         0              0              5", "第二十条第（九）项",
             "信息内容         采购项目   采购总金额", "                 数量",
             "政府集中采购     6          人民币37.", "                            033661", "                            万元", "",
             "三、收到和处理政府信息公开申请情况", "四、政府信息公开行政复议、行政诉讼情况"]
    text = TITLE + "\n".join(lines) + "\n"
    report = parse_text(text, "layout.txt")
    cells = [c for c in report.cells if c.table == "disclosures" and c.row == "centralized_procurement"]
    assert cells and all(c.state != "blank" for c in cells), cells
    assert all(c.state == "unknown" or c.value in (6, Decimal("37.033661")) for c in cells), cells


def spaced_header_text(figures: dict[str, list]) -> str:
    """`pdftotext -layout` of LibreOffice's PDF of a page whose table 3 is wider than the paper, its 总计
    column cut: the narrow 科研机构 and 社会公益组织 cells space out their first line's characters one space
    apart, so on one line they run together (`科 研 社 会 公`) over `机构 益组织`; each row prints six
    figures."""
    starts = [44, 52, 60, 67, 77, 84]
    lines = [*TITLE.rstrip("\n").split("\n"), "三、收到和处理政府信息公开申请情况",
             " " * 60 + "申请人情况", "", "（本列数据的勾稽关系为：第一项加第二项之和，" + " " * 20 + "法人或其他组织",
             " " * 42 + "自然人",
             " " * 58 + "科 研 社 会 公 法律服务机 其",
             " " * 49 + "商业企业",
             " " * 58 + "机构  益组织       构     他", ""]
    for key, label, heading in ROWS:
        if heading:
            lines.append(heading)
        line = label[:16]
        for start, value in zip(starts, figures[key][:6], strict=True):
            line += " " * max(start - display_width(line), 2) + str(value)
        lines += [line, ""]
    lines += [REVIEW_HEADER, "行政复议 行政诉讼", "  ".join(["结果维持", "结果纠正", "其他结果", "尚未审结", "总计"] * 3),
              "  ".join(map(str, REVIEWS)), "五、存在的主要问题及改进情况", "一是公开形式单一。"]
    return "\n".join(lines) + "\n"


def test_two_narrow_header_cells_spaced_out_on_one_line_name_their_own_columns():
    figures = {key: list(values) for key, values in FIGURES.items()}
    figures["new_received"] = [12, 3, 1, 2, 0, 0, 18]
    figures["results_total"] = [10, 3, 1, 2, 0, 0, 16]
    report = parse_text(spaced_header_text(figures), "spaced.txt")
    read = applications_of(report)
    for key, expected in figures.items():
        # the six applicant columns as printed, each total (cut) its parts' sum, recovered
        assert [c.value for c in read[key][:6]] == expected[:6], (key, read[key])
        assert (read[key][6].value, read[key][6].state) == (expected[6], "recovered"), key
    assert any(w.code == "columns_cut" for w in report.warnings)
    assert not any(w.code == "cells_ran_together" for w in report.warnings)


def test_a_table_2_row_opening_a_page_at_the_margin_is_the_tables_not_a_running_header():
    # `pdftotext -layout` of LibreOffice's PDF: the fees row is the first line of a new page, its label and its
    # amount one space apart (a narrow column); its words open no other page, so no running header
    table_2 = ["二、主动公开政府信息情况", "第二十条第（一）项", "", "信息内容       本年新制作数量 本年新公开数量 对外公开总数量", "",
               "规章           1              0              5", "", "第二十条第（八）项", "",
               "信息内容       本年收费金额（单位：万元）", "\f行政事业性收费 12.5", "", ""]
    text = spaced_header_text(FIGURES).replace("三、收到和处理政府信息公开申请情况", "\n".join(table_2)
                                               + "\n三、收到和处理政府信息公开申请情况")
    report = parse_text(text, "fees.txt")
    [fees] = [c for c in report.cells if c.table == "disclosures" and c.row == "administrative_fees"]
    assert (fees.value, fees.state) == (Decimal("12.5"), "value")


def test_a_row_with_two_figures_one_space_apart_and_its_total_cut_is_split_where_one_split_keeps_the_cut_sum():
    # two rows read whole show the total column cut at the paper's edge (each total the leading digit of its
    # parts' sum); a third also sets two of its figures one space apart in narrow columns (`153 4`): the split
    # whose total is its parts' sum cut short is its reading, its total that sum, recovered
    figures = dict(FIGURES, other_misc=[142, 1, 0, 0, 0, 0, 143], results_total=[153, 4, 0, 0, 0, 0, 157],
                   new_received=[154, 4, 0, 0, 0, 0, 158], carried_forward=[1, 0, 0, 0, 0, 0, 1])
    text = layout_text(figures, {"other_misc", "new_received", "results_total"})
    [line] = [line for line in text.split("\n") if line.startswith("（七）总计")]
    text = text.replace(line, line.replace("   153     4", "    153 4"))
    report = parse_text(text, "layout.txt")
    read = applications_of(report)
    assert [(c.value, c.state) for c in read["results_total"]] == [
        *((v, "recovered") for v in figures["results_total"][:6]), (157, "recovered")]
    assert [c.value for c in read["new_received"]] == figures["new_received"]


def _with_procurement(amount_above: str | list[str], amount_below: str | list[str]) -> str:
    """Table 3's text after a table 2 whose procurement amount LibreOffice centred on its row in a narrow
    column: its first piece above the label's line, its rest below, under the amount's header (lines in the
    shape of pdftotext -layout of LibreOffice's PDF of a generated report, seed 11)."""
    table_2 = ["二、主动公开政府信息情况", "第二十条第（一）项", "", "信息内容           本年新制作数量 本年新公开数量 对外公开总数量",
               "", "规章             无          无    8", "", "规范性文件          5          5    25", "",
               "第二十条第（九）项", "", "信息内容          采购项目数量     采购总金额", "",
               *(" " * 36 + piece for piece in ([amount_above] if isinstance(amount_above, str) else amount_above)),
               "政府集中采购        8",
               *(" " * 36 + piece for piece in ([amount_below] if isinstance(amount_below, str) else amount_below)),
               "", ""]
    return spaced_header_text(FIGURES).replace("三、收到和处理政府信息公开申请情况", "\n".join(table_2)
                                               + "\n三、收到和处理政府信息公开申请情况")


def test_an_amount_wrapped_over_its_labels_line_is_joined_where_no_piece_can_be_a_count():
    def procurement(text: str) -> list[tuple]:
        report = parse_text(text, "procurement.txt")
        return [(c.value, c.state) for c in report.cells if c.row == "centralized_procurement"]

    assert procurement(_with_procurement("人民币 2", "9.895859 万元")) == [(8, "value"), (Decimal("29.895859"), "value")]
    # a first piece a count could be: which piece is whose is not known
    assert procurement(_with_procurement("3", "9.8 万元"))[1][1] == "unknown"
    # a unit before the figure opens no count; the runs bound (one piece each side, an empty line round them): joined
    assert procurement(_with_procurement("万元 7", "0.163309"))[1] == (Decimal("70.163309"), "value")
    # more pieces below than above, no unit ending the last: where the amount ends is not known
    assert procurement(_with_procurement("万元 7", ["0.163309", "12"]))[1][1] == "unknown"
    # every piece of the runs above and below is the amount's, the last ending on its unit, else unknown
    assert procurement(_with_procurement(["人民币 2", "9.8"], ["95859", "万元"]))[1] == (Decimal("29.895859"), "value")
    assert procurement(_with_procurement("人民币 2", ["9.8958", "59 万元"]))[1] == (Decimal("29.895859"), "value")
    assert procurement(_with_procurement(["人民币 1", "2.5"], "9 万元"))[1] == (Decimal("12.59"), "value")
    assert procurement(_with_procurement("人民币 2", ["9.8958", "59"]))[1] == (None, "unknown")
