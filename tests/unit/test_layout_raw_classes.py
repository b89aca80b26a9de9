"""Shapes of `pdftotext -raw` text (a PDF's content stream in the order its producer wrote it, as many
Python extractors give it too), written by hand with made-up figures (issue 14):

* a row's figures one space apart after its label, each blank cell written `无`;
* a label wrapped over lines, its figures one space apart on a line of their own (`12 3 0 0 0 0 15`),
  or fewer of them where blank cells print nothing (`24 5 1 5 35`);
* a row of figures and `无` marks opening a new page (`\f无 无 2 …`), never taken for its running header;
* a numbered label opening a new page after the last character of its group's heading (`\f果 （二）部分公开…`),
  never taken for the page's running header;
* an amount one space from its unit at the end of its row (`政府集中采购 11 34.7131 万元`, `… 2 万元 36.8247`),
  or printing its currency first (`… １７ 人民币8.173308万元`);
* table 2's one amount column wrapped over the lines after its label (`行政事业性收费` / `37.3` / `209 万元`);
* table 2's label wrapped, its figures one space apart on the line after it (`规 范 性 文 件` / `4 0 11`);
* a line of figures alone between two labels printing none (`…确认或重新` / `出具已获取信息` / `无 无 …` /
  `（六）其他处理` / `（七）总计 …`): the label above's cells, the content stream writing a label before its cells;
* tables 3 and 4 cut at the page's edge (LibreOffice's PDF of a wide page), their header words wrapped
  over lines: the columns the header names are read, the cut ones unknown (never a total made up).

Each must give the figures back, or say a cell is unknown: never a wrong number, never a lucky blank."""

from __future__ import annotations

from decimal import Decimal

from orchestration.parsing.parse import parse_text
from tests.unit.test_reader_classes import ROWS, TITLE, applications_of, disclosures_of

RAW_HEADER = ["三、收到和处理政府信息公开申请的情况", "申请人情况", "自然", "人", "法人或其他组织 总", "计",
              "商业", "企业", "科研", "机构", "社会公益", "组织", "法律服务", "机构", "其", "他"]
REVIEW_HEADER = ["四、政府信息公开行政复议、行政诉讼情况", "行政复议 行政诉讼",
                 *["结果维", "持", "结果纠", "正", "其他结", "果", "尚未审", "结", "总", "计"],
                 "未经复议直接起诉 复议后起诉",
                 *["结果维", "持", "结果纠", "正", "其他结", "果", "尚未审", "结", "总", "计"] * 2]


def raw_table_3(figures: dict[str, str], wrapped: tuple[str, ...] = ()) -> list[str]:
    """Table 3 as `-raw` writes it: each row's label, then its figures one space apart on the same
    line; a row named in `wrapped` has its label over two lines and its figures on a third."""
    lines = list(RAW_HEADER)
    for key, label, heading in ROWS:
        if heading:
            lines.append(heading)
        row = figures.get(key, " ".join(["无"] * 7))
        lines += [label[:5], label[5:], row] if key in wrapped else [f"{label} {row}"]
    return lines


def test_figures_and_the_word_for_none_set_apart_by_single_spaces_are_cells():
    # a blank cell written `无` (as a table's blanks often are), one space from its neighbours
    figures = {"new_received": "26 1 无 无 无 无 27", "carried_over": "1 无 无 无 无 无 1",
               "granted": "24 1 无 无 无 无 25", "results_total": "24 1 无 无 无 无 25",
               "carried_forward": "3 无 无 无 无 无 3"}
    lines = raw_table_3(figures, wrapped=("carried_over", "denied_prohibited_by_law"))
    reviews = ["3", "1", "无", "无", "4", *["无"] * 10]
    text = TITLE + "\n".join([*lines, *REVIEW_HEADER, " ".join(reviews), "五、存在的主要问题及改进情况"]) + "\n"
    report = parse_text(text, "raw.txt")
    read = applications_of(report)
    assert [c.value for c in read["new_received"]] == [26, 1, None, None, None, None, 27], read["new_received"]
    assert [c.value for c in read["carried_over"]] == [1, None, None, None, None, None, 1], read["carried_over"]
    assert [c.value for c in read["results_total"]] == [24, 1, None, None, None, None, 25]
    assert all(c.state == "blank" for c in read["denied_prohibited_by_law"]), read["denied_prohibited_by_law"]
    review_cells = [c for c in report.cells if c.table == "reviews"]
    assert [c.value for c in review_cells[:5]] == [3, 1, None, None, 4], review_cells
    assert not [c for c in report.cells if c.state == "unknown"]


def test_a_wrapped_labels_figures_on_a_line_of_their_own_are_its_cells():
    # every row prints its figures one space apart; a wrapped label's figures stand on the line after it
    figures = {"new_received": "12 3 0 0 0 0 15", "carried_over": "1 0 0 0 0 0 1",
               "granted": "8 2 0 0 0 0 10", "denied_prohibited_by_law": "2 0 0 0 1 0 3",
               "results_total": "10 2 0 0 1 0 13", "carried_forward": "3 1 0 0 0 0 4"}
    zeros = " ".join(["0"] * 7)
    lines = raw_table_3({key: figures.get(key, zeros) for key, _, _ in ROWS},
                        wrapped=("new_received", "denied_prohibited_by_law", "rejected_excessive"))
    read = applications_of(parse_text(TITLE + "\n".join([*lines, "四、政府信息公开行政复议、行政诉讼情况"]) + "\n", "raw.txt"))
    for key, printed in figures.items():
        assert [c.value for c in read[key]] == [int(f) for f in printed.split()], (key, read[key])
    # figures printed as they are, whole and one per column: values, not figures split back
    assert {c.state for key in figures for c in read[key]} == {"value"}


def test_a_wrapped_labels_figures_whose_blanks_left_no_trace_are_never_split_apart():
    # blank cells print nothing: `24 5 1 5 35` is five figures in some of the seven columns, never `2`, `4`, …
    figures = {"new_received": "24 5 1 5 35", "carried_over": "2 2", "granted": "20 5 1 5 31",
               "unavailable_not_held": "4 4", "results_total": "24 5 1 5 35", "carried_forward": "2 2"}
    lines = raw_table_3({key: figures.get(key, "") for key, _, _ in ROWS}, wrapped=("new_received",))
    lines = [line.rstrip() for line in lines]
    read = applications_of(parse_text(TITLE + "\n".join([*lines, "四、政府信息公开行政复议、行政诉讼情况"]) + "\n", "raw.txt"))
    for key, printed in figures.items():
        read_here = [int(c.value) for c in read[key] if c.value is not None]
        assert set(read_here) <= {int(f) for f in printed.split()}, (key, read[key])


def test_rows_printing_the_same_few_figures_their_last_the_sum_give_every_total_zeros_too():
    # blank cells print nothing and every row prints two figures (`26 26`, `0 0`): a part and its total;
    # a row of zeros prints its total 0 too (never two blank parts), the part's column is not known
    figures = {key: "0 0" for key, _, _ in ROWS}
    figures.update(new_received="26 26", granted="26 26", results_total="26 26")
    lines = raw_table_3(figures, wrapped=("denied_prohibited_by_law",))
    read = applications_of(parse_text(TITLE + "\n".join([*lines, "四、政府信息公开行政复议、行政诉讼情况"]) + "\n", "raw.txt"))
    for key, printed in figures.items():
        assert read[key][-1].value == int(printed.split()[-1]) and read[key][-1].state == "recovered", (key, read[key])
        assert {c.state for c in read[key][:-1]} == {"unknown"}, (key, read[key])
    # one row whose last figure is not the sum of the others: the rows may not print the same columns
    figures.update(carried_over="3 1 1")
    lines = raw_table_3(figures, wrapped=("denied_prohibited_by_law",))
    read = applications_of(parse_text(TITLE + "\n".join([*lines, "四、政府信息公开行政复议、行政诉讼情况"]) + "\n", "raw.txt"))
    assert read["denied_state_secret"][-1].state == "unknown", read["denied_state_secret"]


# LibreOffice's PDF of a page whose tables are wider than the paper: the total column is cut off, and
# `-raw` writes each header word wrapped over lines (`科研` / `机构`), a word opening a new page set
# apart as its running header would be (`\f商业企业`)
CUT_HEADER = ["三、收到和处理政府信息公开申请情况", "申请人情况", "自然人", "法人或其他组织", "\f商业企业", "科研", "机构",
              "社会公", "益组织", "法律服务", "机构", "其他"]
CUT_REVIEW_HEADER = ["四、政府信息公开行政复议、行政诉讼情况", "行政复议 行政诉讼",
                     *["结果维", "持", "结果纠", "正", "其他结", "果", "尚未审", "结", "总计"],
                     "未经复议直接起诉 复议后起诉",
                     *["结果维", "持", "结果纠", "正", "其他结", "果", "尚未审", "结", "总计"],
                     *["结果维", "持", "结果纠", "正", "其他结", "果", "尚未审", "结"]]


def cut_table(figures: dict[str, list[int | None]], reviews: list[str]) -> str:
    lines = list(CUT_HEADER)
    for key, label, heading in ROWS:
        if heading:
            lines.append(heading)
        shown = " ".join("" if f is None else str(f) for f in figures[key][:6]).split()
        lines += [label[:5], label[5:], " ".join(shown)] if key == "new_received" else [" ".join([label, *shown])]
    return TITLE + "\n".join([*lines, *CUT_REVIEW_HEADER, " ".join(reviews), "五、存在的主要问题及改进情况"]) + "\n"


def test_a_table_cut_at_the_pages_edge_reads_the_columns_its_wrapped_header_words_name():
    figures = {key: [0, 0, 0, 0, 0, 0, 0] for key, _, _ in ROWS}
    figures.update({"new_received": [29, 0, 0, 0, 3, 2, 34], "granted": [11, 0, 0, 0, 3, 2, 16],
                    "results_total": [28, 0, 0, 0, 3, 2, 33], "carried_forward": [1, 0, 0, 0, 0, 0, 1]})
    reviews = ["1", "0", "0", "0", "1", "0", "2", "0", "0", "2", "0", "0", "0", "1"]  # the last total cut
    report = parse_text(cut_table(figures, reviews), "raw.txt")
    read = applications_of(report)
    for key, printed in figures.items():
        assert [c.value for c in read[key][:6]] == printed[:6], (key, read[key])
        # the cut total is never a value read: its parts' sum, the one value APP_APPLICANT_SUM leaves, recovered
        assert (read[key][6].value, read[key][6].state) == (printed[6], "recovered"), (key, read[key][6])
    review_cells = [c for c in report.cells if c.table == "reviews"]
    assert [c.value for c in review_cells[:14]] == [int(f) for f in reviews]
    assert (review_cells[14].value, review_cells[14].state) == (1, "recovered")  # REVIEW_SUM's one value


def test_a_cut_table_whose_blanks_left_no_trace_places_no_figure_in_the_missing_total():
    # blank cells print nothing, and the total column is cut: `2 1 3` is three of the six shown columns,
    # its last figure no total
    figures = {key: [None] * 7 for key, _, _ in ROWS}
    figures.update({"new_received": [10, None, 2, None, None, 5, 17], "granted": [2, None, 1, None, None, 3, 6],
                    "unavailable_not_held": [8, None, 1, None, None, 2, 11],
                    "results_total": [10, None, 2, None, None, 5, 17]})
    report = parse_text(cut_table(figures, ["3", "1", "4"]), "raw.txt")
    read = applications_of(report)
    for key, printed in figures.items():
        assert all(c.state == "unknown" or c.value == printed[i] for i, c in enumerate(read[key])), (key, read[key])
        if any(printed):
            assert read[key][6].state == "unknown", (key, read[key][6])


TABLE_2_2019 = """\
某某县交通运输局2020年政府信息公开工作年度报告
二、主动公开政府信息情况
第二十条第（一）项
信息内容 本年新制作数量 本年新公开数量 对外公开总数量
规章 ６ ６ １７６
规范性文件 ６ ６ ２０１
第二十条第（五）项
信息内容 上一年项目数量 本年增/减 处理决定数量
行政许可 １９ +３ ３７０
其他对外管理服务事项 45 0 190
第二十条第（六）项
信息内容 上一年项目数量 本年增/减 处理决定数量
行政处罚 59 +1 225
行政强制 8 3 315
第二十条第（八）项
信息内容 上一年项目数量 本年增/减
行政事业性收费 50 -6
第二十条第（九）项
信息内容 采购项目数量 采购总金额
政府集中采购 {procurement}
三、收到和处理政府信息公开申请情况
"""


def test_an_amount_one_space_from_its_unit_ends_its_spaced_row():
    for printed in ("１１ 34.713142 万元", "１１ 万元 34.713142"):
        cells = disclosures_of(parse_text(TABLE_2_2019.format(procurement=printed), "raw.txt"))
        assert cells[("centralized_procurement", "project_count")].value == 11, printed
        assert cells[("centralized_procurement", "total_amount_wan_yuan")].value == Decimal("34.713142"), printed
        assert cells[("administrative_licensing", "change")].value == 3


def test_an_amount_printing_its_currency_first_ends_its_spaced_row():
    # Chromium's amount cell whole on the row's line, `人民币` before its figure and the unit closing it
    cells = disclosures_of(parse_text(TABLE_2_2019.format(procurement="１７ 人民币8.173308万元"), "raw.txt"))
    assert cells[("centralized_procurement", "project_count")].value == 17
    assert cells[("centralized_procurement", "total_amount_wan_yuan")].value == Decimal("8.173308")
    # its first line only, the rest wrapped below (`人民币29.` / `8958` / `59万元`): no whole amount on the line
    cells = disclosures_of(parse_text(TABLE_2_2019.format(procurement="2 人民币29.\n8958\n59万元"), "raw.txt"))
    assert cells[("centralized_procurement", "total_amount_wan_yuan")].value in (None, Decimal("29.895859"))
    assert cells[("centralized_procurement", "project_count")].value in (None, 2)


TABLE_2_2021_FEES = """\
某某县交通运输局2022年政府信息公开工作年度报告
二、主动公开政府信息情况
第二十条第（一）项
信息内容 本年制发件数 本年废止件数 现行有效件数
规章 0 0 3
规范性文件 1 0 12
第二十条第（八）项
信息内容 本年收费金额（单位：万元）
{fees}
三、收到和处理政府信息公开申请情况
"""


def test_a_one_column_amount_wrapped_after_its_label_is_joined():
    # `-raw` writes the label cell, then the amount cell line by line: with one column, every piece is its
    for pieces, amount in ((["42.1", "907 万元"], "42.1907"), (["5120", "31.00元"], "51.2031")):
        cells = disclosures_of(parse_text(TABLE_2_2021_FEES.format(fees="\n".join(["行政事业性收费", *pieces])), "raw.txt"))
        assert cells[("administrative_fees", "fee_amount_wan_yuan")].value == Decimal(amount), pieces
        assert cells[("regulations", "in_force")].value == 3


def test_a_one_column_amount_with_a_piece_before_its_label_is_not_joined_after_it():
    # pdftotext without -raw centres a wrapped cell round its label: a piece before it makes the pieces after
    # it the amount's rest, never the whole amount
    text = TABLE_2_2021_FEES.format(fees="16.\n行政事业性收费\n20\n4 万元")
    cell = disclosures_of(parse_text(text, "plain.txt"))[("administrative_fees", "fee_amount_wan_yuan")]
    assert cell.value in (None, Decimal("16.204")), cell  # never 204, the pieces after the label alone


def test_a_wrapped_table_2_labels_figures_one_space_apart_on_the_line_after_it_are_its_cells():
    # `行 政` / `规 范 性 文 件` / `4 0 11`: the label's cell wrapped (its characters spaced out), then its cells
    for printed, read in (("7 2 15", [7, 2, 15]), ("7 15", [None, None, None])):
        text = TABLE_2_2021_FEES.format(fees="行政事业性收费 0").replace("规范性文件 1 0 12", f"行 政\n规 范 性 文 件\n{printed}")
        cells = disclosures_of(parse_text(text, "raw.txt"))
        found = [cells[("normative_documents", m)] for m in ("issued", "repealed", "in_force")]
        assert [c.value for c in found] == read, (printed, found)
        # fewer figures than columns: a blank printed nothing, and which one is not known (never read blank)
        assert {c.state for c in found} == ({"value"} if None not in read else {"unknown"}), found
        assert cells[("regulations", "in_force")].value == 3


def test_a_line_of_figures_between_two_bare_labels_is_the_label_above_its():
    # the content stream writes a row's label, then its cells: `5.要求…` wrapped, its marks on the line after
    # it, then （六）其他处理 printed as one row with nothing in it, then the total's row whole on its line
    figures = {"new_received": "9 无 3 无 无 无 12", "granted": "9 无 3 无 无 无 12", "results_total": "9 无 3 无 无 无 12"}
    lines = raw_table_3(figures, wrapped=("rejected_confirmation",))
    first = next(i for i, line in enumerate(lines) if line == "（六）其他处理")
    last = next(i for i, line in enumerate(lines) if line.startswith("（七）总计"))
    lines[first:last] = ["（六）其他处理"]
    report = parse_text(TITLE + "\n".join([*lines, "四、政府信息公开行政复议、行政诉讼情况"]) + "\n", "raw.txt")
    read = applications_of(report)
    assert [c.state for c in read["rejected_confirmation"]] == ["blank"] * 7, read["rejected_confirmation"]
    assert [c.state for c in read["other"]] == ["blank"] * 7, read["other"]
    assert [c.value for c in read["results_total"]] == [9, None, 3, None, None, None, 12]


def test_a_row_of_figures_and_blank_words_opening_a_new_page_is_no_running_header():
    figures = {"new_received": "3 无 无 无 无 无 3", "results_total": "3 无 无 无 无 无 3", "granted": "3 无 无 无 无 无 3"}
    reviews = ["无", "无", "无", "无", "无", "2", "无", "无", "1", "3", "无", "无", "无", "无", "无"]
    text = TITLE + "\n".join([*raw_table_3(figures), *REVIEW_HEADER, "\f" + " ".join(reviews),
                              "五、存在的主要问题及改进情况"]) + "\n"
    cells = [c for c in parse_text(text, "raw.txt").cells if c.table == "reviews"]
    assert [c.value for c in cells] == [None if f == "无" else int(f) for f in reviews], cells
    assert {c.state for c in cells} == {"blank", "value"}


def test_a_label_opening_a_new_page_after_its_headings_last_character_is_no_running_header():
    # the heading 三、本年度办理结果 wrapped down its narrow column, its last character `果` written on the
    # line of the next row's label, which opens a page
    figures = {"new_received": "5 无 无 无 无 无 5", "granted": "1 无 无 无 无 无 1",
               "partially_granted": "4 无 无 无 无 无 4", "results_total": "5 无 无 无 无 无 5"}
    lines = raw_table_3(figures)
    heading = lines.index("三、本年度办理结果")
    lines[heading : heading + 1] = ["三、本年", "度办理结"]
    partial = next(i for i, line in enumerate(lines) if line.startswith("（二）部分公开"))
    label = lines[partial].rsplit(" ", 7)[0]
    lines[partial : partial + 1] = ["\f果 " + label[:14], label[14:] + " " + figures["partially_granted"]]
    text = TITLE + "\n".join([*lines, "四、政府信息公开行政复议、行政诉讼情况"]) + "\n"
    read = applications_of(parse_text(text, "raw.txt"))
    assert [c.value for c in read["partially_granted"]] == [4, None, None, None, None, None, 4], read["partially_granted"]
