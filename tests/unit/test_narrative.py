"""Figures stated in sentences: each phrasing gives the row, column and figure it states, and no
more; a report with no tables is loaded from them, marked narrative, with their lines."""

from __future__ import annotations

import pytest

from orchestration.parsing.narrative import read_narrative
from orchestration.parsing.parse import parse_text
from orchestration.parsing.tokens import is_prose


def figures(text: str) -> dict[tuple[str, str, str], int]:
    return {(f.table, f.row, f.column): int(f.value) for f in read_narrative(text.split("\n"), [])}


A, R = "applications", "reviews"


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("2023年，共受理政府信息公开申请12件。", {(A, "new_received", "total"): 12}),
        ("我局共收到依申请公开事项2件，均按要求进行了回复。", {(A, "new_received", "total"): 2}),
        ("全年收到政府信息公开申请共计15件。", {(A, "new_received", "total"): 15}),
        ("本年新收政府信息公开申请三件。", {(A, "new_received", "total"): 3}),
        ("收到申请二十一件，办结20件，结转下年度继续办理1件。",
         {(A, "new_received", "total"): 21, (A, "results_total", "total"): 20, (A, "carried_forward", "total"): 1}),
        ("上年结转政府信息公开申请2件。", {(A, "carried_over", "total"): 2}),
        ("共收到政府信息公开申请10件，其中自然人申请8件，法人或其他组织0件，予以公开7件，部分公开1件。",
         {(A, "new_received", "total"): 10, (A, "new_received", "natural_person"): 8,
          **{(A, "new_received", c): 0 for c in ("commercial_enterprise", "research_institution", "social_welfare_org",
                                                 "legal_service_org", "other_org")},
          (A, "granted", "total"): 7, (A, "partially_granted", "total"): 1}),
        ("共收到申请5件，其中自然人3件，商业企业2件。",
         {(A, "new_received", "total"): 5, (A, "new_received", "natural_person"): 3,
          (A, "new_received", "commercial_enterprise"): 2}),
        # 法人或其他组织N件 with N > 0 is five columns: not split by guessing
        ("共收到申请5件，其中自然人3件，法人或其他组织2件。",
         {(A, "new_received", "total"): 5, (A, "new_received", "natural_person"): 3}),
        ("本年度未收到政府信息公开申请。", {(A, "new_received", "total"): 0}),
        # the 起诉0件 of 直接起诉0件 is the direct suits only
        ("因政府信息公开被申请行政复议0起，未经复议直接起诉0件，复议后起诉3件。",
         {(R, "administrative_review", "total"): 0, (R, "litigation_direct", "total"): 0,
          (R, "litigation_after_review", "total"): 3}),
        ("因政府信息公开被申请行政复议1起。", {(R, "administrative_review", "total"): 1}),
        ("发生行政复议案件2件，行政诉讼0件。",
         {(R, "administrative_review", "total"): 2, (R, "litigation_direct", "total"): 0,
          (R, "litigation_after_review", "total"): 0}),
        ("2023年，本机关政府信息公开行政复议和行政诉讼均未发生。",
         {(R, "administrative_review", "total"): 0, (R, "litigation_direct", "total"): 0,
          (R, "litigation_after_review", "total"): 0}),
        ("未发生因政府信息公开引起的行政复议、行政诉讼情况。",
         {(R, "administrative_review", "total"): 0, (R, "litigation_direct", "total"): 0,
          (R, "litigation_after_review", "total"): 0}),
        ("未经复议直接起诉1件，复议后起诉0件。",
         {(R, "litigation_direct", "total"): 1, (R, "litigation_after_review", "total"): 0}),
        # what the sentences do not settle is not read
        ("被提起行政诉讼3件。", {}),  # direct, or after a review? table 4 keeps them apart
        ("行政复议结果维持1件。", {}),  # an outcome, not the number of reviews
        ("承办人大建议政协提案共计29件，办结29件。", {}),  # no application in sight
        ("收到人大代表建议19件。", {}),
        ("共接收依申请公开6条，答复办理投诉建议11条。", {(A, "new_received", "total"): 6}),  # 答复 is no decision
        ("共接收依申请公开6条，本年度按时办结6条，结转下年度办理0条。其中，属于予以公开的6条。",
         {(A, "new_received", "total"): 6, (A, "results_total", "total"): 6, (A, "carried_forward", "total"): 0,
          (A, "granted", "total"): 6}),
        ("若对答复不服，可依法申请行政复议或提起行政诉讼。", {}),
    ],
)
def test_each_phrasing_states_its_figures(sentence, expected):
    assert figures(sentence) == expected


def test_the_first_statement_of_a_figure_wins_and_keeps_its_line():
    read = read_narrative(["一、总体情况", "共收到申请4件。", "（二）依申请公开", "全年收到申请5件。"], [])
    assert [(f.row, int(f.value), f.line) for f in read] == [("new_received", 4, 2)]


def test_table_lines_are_skipped():
    assert read_narrative(["共收到申请4件。", "共收到申请5件。"], [(0, 1)])[0].line == 2


def test_only_the_lines_outside_every_table_are_read():
    # four tables, given out of order, two of them overlapping: the sentences before, between and after them
    # are read, each figure from its first line outside them (line 2's 4 and line 6's 3 are inside)
    lines = ["上年结转政府信息公开申请2件。", "共收到申请4件。", "全年收到政府信息公开申请共计15件。",
             "收到申请二十一件，办结20件，结转下年度继续办理1件。", "2023年，共受理政府信息公开申请12件。",
             "本年新收政府信息公开申请三件。", "上年结转政府信息公开申请5件。", "全年发生政府信息公开行政复议案件2件。"]
    read = read_narrative(lines, [(5, 7), (1, 3), (2, 3), (4, 5)])
    assert [(f.row, int(f.value), f.line) for f in read] == [
        ("carried_over", 2, 1), ("new_received", 21, 4), ("results_total", 20, 4), ("carried_forward", 1, 4),
        ("administrative_review", 2, 8)]


def test_a_report_with_no_tables_is_loaded_from_its_sentences():
    lines = [
        "高青县常家镇人民政府2023年政府信息公开工作年度报告",
        "一、总体情况",
        "2023年，我镇共收到政府信息公开申请3件，其中自然人3件，均已办结，办结3件。",
        "全年未发生因政府信息公开工作引起的行政复议、行政诉讼案件，各项工作平稳有序开展。",
        "二、存在的主要问题及改进情况",
        "无。",
    ]
    text = "\n".join(lines)
    report = parse_text(text, "t.txt")
    assert (report.status, report.template, report.agency, report.year) == ("narrative", "narrative", "高青县常家镇人民政府", 2023)
    record = report.to_dict()
    assert record["applications"] == {"new_received": {"total": 3, "natural_person": 3}, "results_total": {"total": 3}}
    assert record["reviews"] == {p: {"total": 0} for p in ("administrative_review", "litigation_direct",
                                                            "litigation_after_review")}
    assert {c["state"] for c in record["cells"]} == {"narrative"}
    assert {c["line"] for c in record["cells"] if c["table"] == "reviews"} == {4}


def test_section_headings_over_paragraphs_make_no_table():
    # `三、…行政复议、行政诉讼情况` heads a paragraph, not table 4: the report is narrative, and the
    # sentence under that heading gives the reviews
    lines = [
        "某某县市场监督管理局2024年政府信息公开工作年度报告",
        "一、总体情况",
        "2024年，本局认真贯彻落实《中华人民共和国政府信息公开条例》。",
        "二、依申请公开情况",
        "2024年，共受理政府信息公开申请125件；已办结125件；结转下年度继续办理4件。",
        "三、政府信息公开行政复议、行政诉讼情况",
        "2024年，未发生因政府信息公开工作引起的行政复议、行政诉讼案件。",
        "四、存在的主要问题及改进情况",
        "一是政策解读形式还比较单一。",
    ]
    report = parse_text("\n".join(lines), "t.txt")
    assert (report.status, report.template, report.template_source) == ("narrative", "narrative", "narrative")
    record = report.to_dict()
    assert record["applications"] == {"new_received": {"total": 125}, "results_total": {"total": 125},
                                      "carried_forward": {"total": 4}}
    assert record["reviews"] == {p: {"total": 0} for p in ("administrative_review", "litigation_direct",
                                                            "litigation_after_review")}
    assert {c["state"] for c in record["cells"]} == {"narrative"}
    assert record["unknown_cells"] == []
    codes = {w["code"] for w in record["warnings"]}
    assert "narrative_only" in codes and not codes & {"missing_table", "missing_row", "template_from_year"}


def test_a_sentence_opening_with_a_row_label_is_no_table_row():
    # `本年新收政府信息公开申请22件` opens like table 3's first row, but its figure is in the sentence
    lines = [
        "2023年济南市自然资源局政府信息公开工作年度报告",
        "一、总体情况",
        "2023年，本局认真贯彻落实《中华人民共和国政府信息公开条例》。",
        "二、依申请公开情况",
        "本年新收政府信息公开申请22件；上年结转政府信息公开申请3件，均在法定期限内予以答复。",
        "三、其他情况",
        "本年度，本机关政府信息公开工作中行政复议和行政诉讼均未发生。",
    ]
    report = parse_text("\n".join(lines), "t.txt")
    assert (report.status, report.template) == ("narrative", "narrative")
    assert report.to_dict()["applications"] == {"new_received": {"total": 22}, "carried_over": {"total": 3}}


def test_a_report_with_a_table_row_stays_tabled():
    lines = [
        "某某县市场监督管理局2024年政府信息公开工作年度报告",
        "2024年，共受理政府信息公开申请2件。",
        "四、政府信息公开行政复议、行政诉讼情况",
        "行政复议\t\t\t\t\t行政诉讼",
        "0\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0",
        "五、存在的主要问题及改进情况",
    ]
    report = parse_text("\n".join(lines), "t.txt")
    assert report.status == "partial" and report.template == "2021"
    assert "reviews" in report.tables_found


def test_a_crawled_one_line_page_gives_its_sentences_too():
    page = ("当前位置：首页>政务公开>年报高青县常家镇人民政府2023年政府信息公开工作年度报告来源：高青县常家镇人民政府"
            "一、总体情况2023年，共受理政府信息公开申请2件，结转下年度0件。本年度行政复议、行政诉讼均未发生。")
    report = parse_text(page, "t.html")
    assert report.status == "narrative" and report.agency == "高青县常家镇人民政府"
    assert report.to_dict()["applications"] == {"new_received": {"total": 2}, "carried_forward": {"total": 0}}


@pytest.mark.parametrize("heading", ["二、依申请公开情况", "二、收到和处理政府信息公开申请情况"])
def test_clauses_opening_with_row_labels_are_prose_not_table_rows(heading):
    # each clause opens with a row's label (本年新收, 上年结转, 予以公开) and names an applicant column
    # (商业企业), as a crawled table would; but each figure carries its unit and the sentence goes on:
    # no row of table 3 is read, and the sentences give the figures (十件 as 10, 一件 as 1)
    lines = [
        "某某市民政局2022年政府信息公开工作年度报告",
        "一、总体情况",
        "2022年，本局认真贯彻落实《中华人民共和国政府信息公开条例》。",
        heading,
        ("本年新收政府信息公开申请15件，其中自然人十件，商业企业5件；上年结转政府信息公开申请一件；已办结16件；"
        "其中予以公开9件，部分公开2件，均在法定期限内予以答复。"),
        "三、其他情况",
        "2022年，因政府信息公开被申请行政复议3起，行政诉讼0件，均已依法妥善应对。",
        "四、存在的主要问题及改进情况",
        "一是政策解读形式还比较单一。",
    ]
    report = parse_text("\n".join(lines), "t.txt")
    assert (report.status, report.template) == ("narrative", "narrative")
    record = report.to_dict()
    assert record["applications"] == {
        "new_received": {"total": 15, "natural_person": 10, "commercial_enterprise": 5},
        "carried_over": {"total": 1}, "results_total": {"total": 16}, "granted": {"total": 9},
        "partially_granted": {"total": 2}}
    assert record["reviews"] == {"administrative_review": {"total": 3}, "litigation_direct": {"total": 0},
                                 "litigation_after_review": {"total": 0}}


@pytest.mark.parametrize(("line", "prose"), [
    ("本年新收政府信息公开申请12件，其中自然人十件，商业企业2件；上年结转政府信息公开申请一件；已办结13件。", True),
    ("因政府信息公开被申请行政复议2起，行政诉讼1件。", True),
    ("本年新收政府信息公开申请12件。", False),  # one figure: a single statement, left to the readers
    ("（一）予以公开\t5件\t3件\t0件", False),  # cells printed with a unit, each alone in its cell
    ("（一）予以公开 5件 3件 0件", False),
    ("单位：件", False),
    ("受理申请12 件，其中自然人十件。", True),  # a space between a figure and its unit
    ("2024年1月至12月共受理12件，办结10件。", True),  # a date's figures are neither stated nor bare
    ("本年新收申请0012件，上年结转0003件，办结15件", True),  # the last figure ends the line: not stated
    ("共受理申请3件，办结2件，1 2 3 4", False),  # more bare figures than stated ones
    ("全年收到申请二十件，结转下年度两件；行政复议1起，行政诉讼0件。", True),
    # a crawled page: a sentence, then the whole table with its figures run together, no unit
    (("共收到申请12件，其中自然人10件，商业企业2件。三、收到和处理政府信息公开申请情况申请人情况自然人商业企业"
     "一、本年新收政府信息公开申请数量10200012二、上年结转政府信息公开申请数量0000000三、本年度办理结果"
     "（一）予以公开7100008（二）部分公开1000001"), False),
])
def test_a_line_is_prose_when_its_figures_carry_units_inside_sentences(line, prose):
    assert is_prose(line) is prose


def test_a_sentence_between_table_rows_is_no_row():
    # a note under a tab-separated row of table 3: the row keeps its figures, the note makes no row
    from orchestration.parsing.rows import build_rows
    from orchestration.parsing.tokens import Line

    texts = ["一、本年新收政府信息公开申请数量\t10\t2\t0\t0\t0\t0\t12",
             "注：本年新收申请12件，其中自然人10件，商业企业2件，予以公开7件。",
             "二、上年结转政府信息公开申请数量\t0\t0\t0\t0\t0\t0\t0"]
    rows = build_rows([Line(text, n) for n, text in enumerate(texts, 1)], 0, 3, labels_apart=True, signed=False)
    assert [row.line for row in rows] == [1, 3]
