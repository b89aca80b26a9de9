"""A crawl that drops every line equal to the one before it (one cell a line): a short row's figures
are runs of equal cells, read where the template's arithmetic leaves one reading; and an amount's
unit printed only in its column's header."""

from __future__ import annotations

from decimal import Decimal

from orchestration.parsing.parse import parse_text
from tests.unit.test_reader_classes import ROWS

APPLICANTS = ["自然人", "法人或其他组织", "总计", "商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他"]
# table 3's rows as the reader tests print them, each row's labels in order (a group heading before its first row)
ROWS_2021 = [(key, [heading, label] if heading else [label]) for key, label, heading in ROWS]
ZEROS = [0] * 7


def report_lines(table3: dict[str, list[int]], normative: list[int], reviews: list[int]) -> list[str]:
    """A 2021 report one cell a line, every cell printed (rows not in `table3` all zero)."""
    lines = ["测试市应急管理局2024年度政府信息公开工作年度报告", "一、总体情况", "正文。", "二、主动公开政府信息情况",
             "第二十条第（一）项", "信息内容", "本年制发件数", "本年废止件数", "现行有效件数",
             "规章", "0", "0", "0", "行政规范性文件", *map(str, normative),
             "第二十条第（五）项", "信息内容", "本年处理决定数量", "行政许可", "338",
             "第二十条第（六）项", "信息内容", "本年处理决定数量", "行政处罚", "22", "行政强制", "0",
             "第二十条第（八）项", "信息内容", "本年收费金额（单位：万元）", "行政事业性收费", "79.1575",
             "三、收到和处理政府信息公开申请情况", "申请人情况", *APPLICANTS]
    for key, labels in ROWS_2021:
        lines += [*labels, *map(str, table3.get(key, ZEROS))]
    lines += ["四、政府信息公开行政复议、行政诉讼情况", "行政复议", "行政诉讼",
              *["结果维持", "结果纠正", "其他结果", "尚未审结", "总计"],
              "未经复议直接起诉", "复议后起诉", *["结果维持", "结果纠正", "其他结果", "尚未审结", "总计"] * 2,
              *map(str, reviews), "五、存在的主要问题及改进情况", "无。", "六、其他需要报告的事项", "无。"]
    return lines


def collapsed(lines: list[str]) -> str:
    """The crawler's text: a line equal to the one before it dropped."""
    kept = [line for index, line in enumerate(lines) if index == 0 or line != lines[index - 1]]
    return "\n".join(kept)


def cells(report, table: str) -> dict[tuple[str, str], tuple[str, Decimal | None]]:
    return {(c.row, c.column): (c.state, c.value) for c in report.cells if c.table == table}


FOUR_ONE = [4, 1, 0, 0, 0, 0, 5]  # printed `4 / 1 / 0 / 5`: the total in a middle column if read in order


def test_short_rows_of_a_collapsed_crawl_are_runs_the_sums_settle():
    table3 = {"new_received": FOUR_ONE, "granted": [1, 0, 0, 0, 0, 0, 1], "unavailable_not_held": [3, 1, 0, 0, 0, 0, 4],
              "results_total": FOUR_ONE}
    report = parse_text(collapsed(report_lines(table3, [0, 0, 17], [0] * 15)), "collapsed.txt")
    t3 = cells(report, "applications")
    for key, row in table3.items():
        for applicant, value in zip(["natural_person", "commercial_enterprise", "research_institution",
                                     "social_welfare_org", "legal_service_org", "other_org", "total"], row):
            assert t3[(key, applicant)] == ("recovered", Decimal(value)), (key, applicant)
    assert t3[("carried_over", "total")] == ("recovered", Decimal(0))  # a row of zeros is one `0`
    # each recovered cell written as its own figure, on that figure's line
    text = collapsed(report_lines(table3, [0, 0, 17], [0] * 15)).split("\n")
    new = {c.column: c for c in report.cells if c.table == "applications" and c.row == "new_received"}
    for column, written in [("natural_person", "4"), ("commercial_enterprise", "1"), ("total", "5")]:
        assert new[column].as_written == written and text[new[column].line - 1] == written, column
    t4 = cells(report, "reviews")
    assert len(t4) == 15 and all(cell == ("recovered", Decimal(0)) for cell in t4.values())
    assert any(w.code == "lines_collapsed" for w in report.warnings)


def test_table_2_without_arithmetic_keeps_only_what_every_run_reading_shares():
    report = parse_text(collapsed(report_lines({}, [0, 0, 17], [0] * 15)), "collapsed.txt")
    t2 = cells(report, "disclosures")
    # `0` / `17` over three columns: 0, 0, 17 or 0, 17, 17
    assert t2[("normative_documents", "issued")] == ("recovered", Decimal(0))
    assert t2[("normative_documents", "repealed")] == ("unknown", None)
    assert t2[("normative_documents", "in_force")] == ("recovered", Decimal(17))
    assert t2[("regulations", "in_force")] == ("recovered", Decimal(0))


def test_several_run_readings_leave_the_cells_they_differ_on_unknown():
    # `1 / 0 / 1 / 0 / 2`: the second 1 may stand under 科研机构, 社会公益组织 or 法律服务机构, in every row alike
    ambiguous = [1, 0, 0, 1, 0, 0, 2]
    table3 = {"new_received": ambiguous, "granted": ambiguous, "results_total": ambiguous}
    report = parse_text(collapsed(report_lines(table3, [0, 1, 17], [0] * 15)), "collapsed.txt")
    t3 = cells(report, "applications")
    assert t3[("granted", "natural_person")] == ("recovered", Decimal(1))
    assert t3[("granted", "total")] == ("recovered", Decimal(2))
    assert t3[("granted", "social_welfare_org")] == ("unknown", None)
    assert t3[("new_received", "research_institution")] == ("unknown", None)


def test_a_table_printing_its_repeated_lines_is_not_read_as_runs():
    lines = report_lines({}, [0, 0, 17], [0] * 15)
    at = lines.index("一、本年新收政府信息公开申请数量")
    lines[at + 1 : at + 8] = ["4", "1", "0", "5"]  # a row that lost cells, in a table whose zeros repeat
    report = parse_text("\n".join(lines), "plain.txt")
    assert not any(w.code == "lines_collapsed" for w in report.warnings)
    row = {column: cell for (key, column), cell in cells(report, "applications").items() if key == "new_received"}
    # read as the short row it is: no cell recovered, the total not taken from a middle column, the row flagged
    assert all(state != "recovered" for state, _ in row.values())
    assert row["total"] == ("unknown", None)
    assert any(w.code == "short_row" and "new_received" in w.message for w in report.warnings)


def test_a_short_row_no_run_reading_keeps_the_sum_of_is_unknown_never_read_in_order():
    lines = report_lines({}, [0, 0, 17], [0] * 15)
    at = lines.index("一、本年新收政府信息公开申请数量")
    lines[at + 1 : at + 8] = ["3", "5"]  # runs of 3s and 5s never make 5 the sum of the others
    report = parse_text(collapsed(lines), "collapsed.txt")
    t3 = cells(report, "applications")
    assert all(t3[("new_received", a)] == ("unknown", None) for a in ["natural_person", "commercial_enterprise", "total"])
    assert t3[("carried_over", "total")] == ("recovered", Decimal(0))  # the other rows prove the collapse


def test_one_row_misprinted_by_the_report_does_not_switch_the_collapse_off():
    # granted printed 2 / 0 / 1: its total is not its parts, so no run reading keeps it; the other rows still do
    table3 = {"new_received": FOUR_ONE, "granted": [2, 0, 0, 0, 0, 0, 1], "results_total": FOUR_ONE}
    report = parse_text(collapsed(report_lines(table3, [0, 0, 17], [0] * 15)), "collapsed.txt")
    t3 = cells(report, "applications")
    assert t3[("new_received", "social_welfare_org")] == ("recovered", Decimal(0))
    assert t3[("new_received", "total")] == ("recovered", Decimal(5))
    assert all(t3[("granted", a)] == ("unknown", None) for a in ["natural_person", "social_welfare_org", "total"])


PROCUREMENT_2019 = [
    "测试市财政局", "2020年政府信息公开工作年度报告", "一、总体情况", "正文。", "二、主动公开政府信息情况",
    "第二十条第（一）项", "信息内容\t本年新制作数量\t本年新公开数量\t对外公开总数量", "规章\t0\t0\t0", "规范性文件\t1\t1\t1",
    "第二十条第（五）项", "信息内容\t上一年项目数量\t本年增/减\t处理决定数量", "行政许可\t5\t2\t3",
    "第二十条第（六）项", "信息内容\t上一年项目数量\t本年增/减\t处理决定数量", "行政处罚\t1\t0\t0", "行政强制\t0\t0\t0",
    "第二十条第（八）项", "信息内容\t上一年项目数量\t本年增/减", "行政事业性收费\t0\t0",
    "第二十条第（九）项", "{header}", "政府集中采购\t3377\t453754632.81",
    "三、收到和处理政府信息公开申请情况",
]


def _procurement(header: str):
    text = "\n".join(PROCUREMENT_2019).replace("{header}", header)
    report = parse_text(text, "procurement.txt")
    amount = next(c for c in report.cells if c.column == "total_amount_wan_yuan")
    return amount, [w.code for w in report.warnings]


def test_the_unit_in_the_amount_columns_header_applies_to_its_cells():
    for header in ["信息内容\t采购项目数量\t采购总金额（元）", "信息内容\t采购项目数量\t采购总金额(单位：元)",
                   "信息内容\n采购项目数量\n采购总金额\n（元）", "信息内容\t采购项目数量\t采购总金额/元"]:
        amount, warnings = _procurement(header)
        assert amount.value == Decimal("45375.463281"), header
        assert not amount.unit_assumed and "amount_unit_assumed" not in warnings, header
    amount, warnings = _procurement("信息内容\t采购项目数量\t采购总金额（万元）")
    assert amount.value == Decimal("453754632.81") and not amount.unit_assumed
    amount, warnings = _procurement("信息内容\t采购项目数量\t采购总金额")
    assert amount.unit_assumed and "amount_unit_assumed" in warnings  # nothing says: flagged, as before


def test_a_year_cut_over_lines_after_section_five_is_not_table_4s():
    reviews = [0, 1, 0, 0, 1, *[0] * 10]
    lines = report_lines({}, [1, 0, 17], reviews)
    at = lines.index("五、存在的主要问题及改进情况")
    lines[at + 1] = "20\n20\n年政府信息公开工作虽然取得了一定成效，但仍存在一些问题。"
    report = parse_text("\n".join(lines), "year_cut.txt")
    t4 = cells(report, "reviews")
    assert t4[("administrative_review", "corrected")] == ("value", Decimal(1))
    assert t4[("administrative_review", "total")] == ("value", Decimal(1))
    assert t4[("litigation_after_review", "total")] == ("value", Decimal(0))
    # the table's text ends on a figure that is none of table 4's (13 of its 15 printed): the year's pieces
    # past the heading still complete no table
    lines = report_lines({}, [1, 0, 17], reviews[:13])
    at = lines.index("五、存在的主要问题及改进情况")
    lines[at + 1] = "20\n20\n年政府信息公开工作虽然取得了一定成效，但仍存在一些问题。"
    report = parse_text("\n".join(lines), "year_cut_short.txt")
    t4 = cells(report, "reviews")
    assert all(cell[1] != Decimal(20) for cell in t4.values())
    assert t4[("litigation_after_review", "pending")][0] == "unknown"


def lines_2019(normative: list[str], new_made_header: str = "本年新制作数量") -> list[str]:
    """A 2020 report on the 2019 template, one cell a line, its 行政规范性文件 row printed `normative`."""
    lines = report_lines({"new_received": FOUR_ONE, "results_total": FOUR_ONE}, [0, 0, 17], [0] * 15)
    lines = [line.replace("本年制发件数", new_made_header).replace("本年废止件数", "本年新公开数量")
             .replace("现行有效件数", "对外公开总数量").replace("2024年度", "2020年度") for line in lines]
    at = lines.index("行政规范性文件")
    lines[at + 1 : at + 4] = normative
    return lines


def test_the_2019_templates_bound_inside_a_row_narrows_its_runs():
    # `9` / `4` under 本年新制作 / 本年新公开 / 对外公开总数量: 9, 9, 4 would publish more this year than in all
    lines = lines_2019(["9", "4", "4"])
    report = parse_text(collapsed(lines), "collapsed_2019.txt")
    t2 = cells(report, "disclosures")
    assert t2[("normative_documents", "new_made")] == ("recovered", Decimal(9))
    assert t2[("normative_documents", "new_published")] == ("recovered", Decimal(4))
    assert t2[("normative_documents", "total_published")] == ("recovered", Decimal(4))
    said = [w.message for w in report.warnings if w.code == "lines_collapsed" and "normative_documents" in w.message]
    assert said and "对外公开总数量 ≥ 本年新公开数量" in said[0]  # the bound that chose it, named


def _previous_record(report, in_force: int, year: int = 2023) -> dict:
    """The agency's record of the year before, as the parser gives it: 行政规范性文件 `in_force` in force."""
    return {"agency": report.agency, "year": year, "template": "2021",
            "disclosures": [{"item": "normative_documents", "metric": "in_force", "value": in_force,
                             "cell_state": "value"}]}


def test_last_years_in_force_chooses_among_a_collapsed_rows_run_readings():
    # `0` / `23` over three columns: 0, 0, 23 or 0, 23, 23; the row alone cannot tell
    text = collapsed(report_lines({}, [0, 0, 23], [0] * 15))
    alone = parse_text(text, "collapsed.txt")
    assert cells(alone, "disclosures")[("normative_documents", "repealed")] == ("unknown", None)
    # last year 23 in force: 23 + 0 − 0 = 23 keeps the first reading only
    report = parse_text(text, "collapsed.txt", previous=_previous_record(alone, 23))
    t2 = cells(report, "disclosures")
    assert t2[("normative_documents", "repealed")] == ("recovered", Decimal(0))
    assert t2[("normative_documents", "in_force")] == ("recovered", Decimal(23))
    said = [w.message for w in report.warnings if w.code == "lines_collapsed" and "normative_documents" in w.message]
    assert said and "previous report" in said[0]
    # last year 46 in force: 46 + 0 − 23 = 23 keeps the other reading (the evidence read the other way)
    report = parse_text(text, "collapsed.txt", previous=_previous_record(alone, 46))
    assert cells(report, "disclosures")[("normative_documents", "repealed")] == ("recovered", Decimal(23))


def test_last_year_that_keeps_no_reading_or_is_not_last_years_chooses_nothing():
    text = collapsed(report_lines({}, [0, 0, 23], [0] * 15))
    alone = parse_text(text, "collapsed.txt")
    for previous in (_previous_record(alone, 30),  # 30 carried over makes neither 23
                     _previous_record(alone, 23, year=2022),  # two years before
                     _previous_record(alone, 23) | {"agency": "另一市应急管理局"}):
        report = parse_text(text, "collapsed.txt", previous=previous)
        assert cells(report, "disclosures")[("normative_documents", "repealed")] == ("unknown", None)


def test_a_sentence_stating_a_figure_chooses_among_a_collapsed_rows_run_readings():
    lines = report_lines({}, [0, 0, 23], [0] * 15)
    for sentence, repealed in (("本年度废止行政规范性文件0件。", Decimal(0)), ("本年度废止行政规范性文件23件。", Decimal(23))):
        said = [*lines[:3], sentence, *lines[3:]]
        report = parse_text(collapsed(said), "collapsed.txt")
        assert cells(report, "disclosures")[("normative_documents", "repealed")] == ("recovered", repealed)
    # a sentence no reading holds (废止 5 件) is set aside
    said = [*lines[:3], "本年度废止行政规范性文件5件。", *lines[3:]]
    report = parse_text(collapsed(said), "collapsed.txt")
    assert cells(report, "disclosures")[("normative_documents", "repealed")] == ("unknown", None)


def _section_five_before_table_4s_header(lines: list[str]) -> list[str]:
    """The page as a crawl that set section five's heading right after table 4's own heading."""
    at = lines.index("四、政府信息公开行政复议、行政诉讼情况")
    return [*lines[: at + 1], "五、存在的主要问题及改进情况", *lines[at + 1 :]]


def test_section_fives_heading_set_before_table_4s_header_does_not_end_the_table():
    reviews = [0, 1, 0, 0, 1, 0, 0, 0, 0, 0, 2, 0, 0, 0, 2]
    report = parse_text("\n".join(_section_five_before_table_4s_header(report_lines({}, [1, 0, 17], reviews))),
                        "heading_early.txt")
    t4 = cells(report, "reviews")
    assert t4[("administrative_review", "corrected")] == ("value", Decimal(1))
    assert t4[("litigation_after_review", "total")] == ("value", Decimal(2))
    assert not any(w.code == "missing_row" for w in report.warnings)
    # collapsed too: a lone `0` after the header is fifteen zeros, as where the heading stands right
    report = parse_text(collapsed(_section_five_before_table_4s_header(report_lines({}, [1, 0, 17], [0] * 15))),
                        "heading_early_collapsed.txt")
    assert set(cells(report, "reviews").values()) == {("recovered", Decimal(0))}


def test_a_section_five_with_its_own_text_after_table_4s_heading_still_ends_it():
    from orchestration.parsing.template import find_sections

    lines = _section_five_before_table_4s_header(report_lines({}, [1, 0, 17], [0, 1, 0, 0, 1, *[0] * 10]))
    first = lines.index("五、存在的主要问题及改进情况")
    second = lines.index("五、存在的主要问题及改进情况", first + 1)
    assert find_sections(lines)["reviews"][1] == second  # header words only after it: the table runs on
    # the heading followed by a sentence of its own, or with a figure before it: it ends table 4 there
    with_text = [*lines[: first + 1], "本年度未发生行政复议，尚未审结案件为零。", *lines[first + 1 :]]
    assert find_sections(with_text)["reviews"][1] == first
    with_figure = [*lines[:first], "3", *lines[first:]]
    assert find_sections(with_figure)["reviews"][1] == first + 1


def test_the_2019_header_word_printed_without_its_zhi_names_its_column():
    # `本年新作数量` (本年新制作数量 without 制) names 本年新制作数量 and no other column
    lines = lines_2019(["9", "4", "13"], new_made_header="本年新作数量")
    t2 = cells(parse_text("\n".join(lines), "header_2019.txt"), "disclosures")
    assert t2[("normative_documents", "new_made")] == ("value", Decimal(9))
    assert t2[("normative_documents", "total_published")] == ("value", Decimal(13))


def test_a_sentence_of_another_year_chooses_nothing_among_a_collapsed_rows_run_readings():
    # `0` / `23` over three columns (0, 0, 23 or 0, 23, 23): a sentence stating 23 repealed in 2022, the year
    # before or in all years chose the second reading (repealed 23, recovered) where the truth is 0
    lines = report_lines({}, [0, 0, 23], [0] * 15)
    for sentence in ("2022年度废止行政规范性文件23件。", "上一年度废止行政规范性文件23件。", "累计废止行政规范性文件23件。"):
        report = parse_text(collapsed([*lines[:3], sentence, *lines[3:]]), "collapsed.txt")
        assert cells(report, "disclosures")[("normative_documents", "repealed")] == ("unknown", None), sentence
    # the report's own year stated: chosen as before
    report = parse_text(collapsed([*lines[:3], "2024年废止行政规范性文件0件。", *lines[3:]]), "collapsed.txt")
    assert report.year == 2024
    assert cells(report, "disclosures")[("normative_documents", "repealed")] == ("recovered", Decimal(0))
