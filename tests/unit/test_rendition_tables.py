"""Tables as other tools render them (issue 14, renditions R1, R8, R10): table 4 printed as one
small table per proceeding in every text layout, columns one space apart, and a title found in a
run of text that also holds the sentence announcing the report."""

from __future__ import annotations

import pytest

from orchestration.parsing import title as T
from orchestration.parsing.parse import parse_text
from orchestration.parsing.tokens import split_lines
from tests.unit.test_reader_classes import FIGURES, REVIEW_HEADER, TABLE2, assert_read_right, table3_tabbed

REVIEWS = [27, 10, 9, 15, 61, 3, 0, 0, 0, 3, 8, 0, 1, 1, 10]
HEADINGS = ("行政复议", "行政诉讼（未经复议直接起诉）", "行政诉讼（复议后起诉）")
OUTCOMES = ["结果维持", "结果纠正", "其他结果", "尚未审结", "总计"]
PROCEEDINGS = ["administrative_review", "litigation_direct", "litigation_after_review"]
OUTCOME_KEYS = ["upheld", "corrected", "other", "pending", "total"]
AFTER = "\n五、存在的主要问题及改进情况\n无。\n"


def with_table_4(table_4: str) -> str:
    """The report of test_reader_classes with table 4 replaced; its section title is REVIEW_HEADER."""
    return table3_tabbed({}, FIGURES).split(REVIEW_HEADER)[0] + REVIEW_HEADER + "\n" + table_4 + AFTER


def proceeding_tables(render_header, render_figures, heading_prefix=("", "", "")) -> str:
    return "".join(f"{prefix}{heading}\n{render_header(OUTCOMES)}{render_figures(REVIEWS[start:start + 5])}"
                   for prefix, heading, start in zip(heading_prefix, HEADINGS, range(0, 15, 5)))


def one_per_line(words) -> str:
    return "".join(f"{word}\n" for word in words)


@pytest.mark.parametrize("table_4", [
    # a browser's text: tabs between cells, each heading on a line of its own
    proceeding_tables(lambda h: "\t".join(h) + "\n", lambda f: "\t".join(map(str, f)) + "\n"),
    # one cell per line: heading, header words and figures of a proceeding run together as one row
    proceeding_tables(one_per_line, lambda f: one_per_line(map(str, f)) + "\n"),
    # pdftotext without -layout: each figure followed by an empty line
    proceeding_tables(lambda h: " ".join(h) + "\n", lambda f: "".join(f"{v}\n\n" for v in f)),
    # pdftotext -raw: figures one space apart, a heading opening a new page (a form feed before it)
    proceeding_tables(lambda h: " ".join(h) + "\n", lambda f: " ".join(map(str, f)) + "\n", ("", "", "\f")),
    # pdftotext -layout: columns aligned by runs of spaces, a heading opening a new page
    proceeding_tables(lambda h: "  ".join(h) + "\n", lambda f: "    ".join(f"{v:<4}" for v in f) + "\n", ("", "\f", "")),
], ids=["tabs", "one-cell-per-line", "pdftotext-plain", "pdftotext-raw", "pdftotext-layout"])
def test_table_4_printed_one_table_per_proceeding_is_read_in_every_text_layout(table_4):
    report = parse_text(with_table_4(table_4), "three-tables.txt")
    assert_read_right(report, FIGURES, REVIEWS)
    assert not [w for w in report.warnings if "table 4" in w.message], report.warnings


def test_the_first_proceeding_heading_may_run_into_the_sections_title():
    """`四、…行政复议、行政诉讼情况` names both proceedings and is no heading; `行政复议` after it is."""
    table_4 = proceeding_tables(lambda h: "\t".join(h) + "\n", lambda f: "\t".join(map(str, f)) + "\n")
    text = with_table_4(table_4).replace(REVIEW_HEADER + "\n" + HEADINGS[0], "四、政府信息公开行政复议、行政诉讼情况行政复议")
    assert_read_right(parse_text(text, "three-tables.txt"), FIGURES, REVIEWS)


def test_a_proceeding_table_without_five_figures_is_unknown_not_shifted():
    short = REVIEWS[:5] + [3, 0, 3] + REVIEWS[10:]  # the second proceeding lost two cells
    table_4 = "".join(f"{heading}\n" + "\t".join(OUTCOMES) + "\n" + "\t".join(map(str, short[a:b])) + "\n"
                      for heading, (a, b) in zip(HEADINGS, [(0, 5), (5, 8), (8, 13)]))
    report = parse_text(with_table_4(table_4), "three-tables.txt")
    printed = dict(zip([(p, o) for p in PROCEEDINGS for o in OUTCOME_KEYS], REVIEWS))
    wrong = [c for c in report.cells if c.table == "reviews" and c.state != "unknown" and c.value != printed[c.row, c.column]]
    assert not wrong and report.warnings, wrong


# ---------------------------------------------------------------- R8: one space between columns

LINKS_TABLE_2 = """二、主动公开政府信息情况
  第二十条第（一）项
   信息内容    本年制发件数 本年废止件数 现行有效件数
   规章      0      0      0
   行政规范性文件 6      1      32
  第二十条第（五）项
   信息内容 本年处理决定数量
   行政许可 517645
  第二十条第（六）项
   信息内容 本年处理决定数量
   行政处罚 693957
   行政强制 2154
  第二十条第（八）项
   信息内容    本年收费金额（单位：万元）
   行政事业性收费 4068.208
"""


def aligned(text: str) -> str:
    """The tabbed report as aligned text: runs of spaces between cells."""
    return text.replace("\t", "   ")


def test_a_label_and_its_figures_one_space_apart_are_read_in_order():
    """A text browser pads each column to its header's width: `行政许可 517645` is a label and its
    figure, `…申请数量 705 3   0` a label and three cells."""
    figures = {key: list(row) for key, row in FIGURES.items()}
    for key in ("new_received", "granted", "results_total"):
        figures[key] = [705, 3, 0, 0, 5, 0, 713]
    text = aligned(table3_tabbed({}, figures)).replace("705   3   0", "705 3   0")
    text = text.replace(next(line for line in text.split("\n") if "本年新收" in line),
                        next(line for line in text.split("\n") if "本年新收" in line).replace("   705", " 705"))
    text = text.replace(aligned(TABLE2), LINKS_TABLE_2)
    report = parse_text(text, "links.txt")
    disclosures = {(c.row, c.column): c.value for c in report.cells if c.table == "disclosures"}
    assert disclosures[("normative_documents", "issued")] == 6
    assert disclosures[("normative_documents", "in_force")] == 32
    assert disclosures[("administrative_licensing", "decisions")] == 517645
    assert disclosures[("administrative_penalty", "decisions")] == 693957
    assert disclosures[("administrative_coercion", "decisions")] == 2154
    assert str(disclosures[("administrative_fees", "fee_amount_wan_yuan")]) == "4068.208"
    applications = {(c.row, c.column): c.value for c in report.cells if c.table == "applications"}
    for key in ("new_received", "granted", "results_total"):
        assert [applications[(key, column)] for column in ("natural_person", "commercial_enterprise", "total")] \
            == [705, 3, 713], (key, report.warnings)


def test_a_figure_with_its_unit_before_it_stays_one_cell():
    """`万元 24.39` is one cell (a figure and its unit), not a label `万元` and a figure."""
    fees = "第二十条第（八）项\n信息内容       本年收费金额（单位：万元）\n行政事业性收费   万元 24.39\n"
    text = aligned(table3_tabbed({}, FIGURES)).replace(aligned(TABLE2), aligned(TABLE2) + fees)
    report = parse_text(text, "fees.txt")
    read = [c for c in report.cells if c.table == "disclosures" and c.row == "administrative_fees"]
    assert [str(c.value) for c in read] == ["24.39"]


# ---------------------------------------------------------------- R10: a sentence announcing the report

RUN = ("示例县交通运输局 2023 年 政府信息公开工作年度报告 本报告根据《中华人民共和国政府信息公开条例》要求编制。"
       "为做好政务公开工作，现将示例县交通运输局2023年政府信息公开年度报告向社会公布。一、总体情况 2023 年，我局认真贯彻《条例》。")


@pytest.mark.parametrize("text", [
    RUN,  # a PDF's page as one run: the title keeps its spaces, the announcing sentence follows
    "现将示例县交通运输局2023年政府信息公开工作年度报告公布如下。一、总体情况",
    "特此将示例县交通运输局2023年政府信息公开工作年度报告公布如下。一、总体情况",
    "根据示例县交通运输局2023年政府信息公开工作年度报告，一、总体情况",
], ids=["pdf-run", "xianjiang", "teci", "genju"])
def test_the_agency_is_never_read_with_the_words_announcing_the_report(text):
    found = T.read_title(split_lines(text))
    assert (found.agency, found.year) == ("示例县交通运输局", 2023)


def test_a_run_whose_title_names_no_one_does_not_take_the_announcing_words_as_a_name():
    found = T.read_title(split_lines(RUN.replace("示例县交通运输局 2023 年 政府", "2023 年 政府")))
    assert found.year == 2023 and (found.agency is None or not found.agency.startswith(("现将", "特此", "根据")))


def test_table_4_whose_figures_are_glued_into_its_words_is_unknown_not_blank():
    """A PDF reader may run a borderless table into one line per page, ended by a tab: the figures sit
    inside the words (`总计27 10 9 15 61行政诉讼…`, `总计8 0 1 1 10五、…`). Such a table is not printed
    empty: its cells are unknown (or right), never blank."""
    tables = [f"{heading}{' '.join(OUTCOMES)}{' '.join(map(str, REVIEWS[start:start + 5]))}"
              for heading, start in zip(HEADINGS, range(0, 15, 5))]
    head = table3_tabbed({}, FIGURES).split(REVIEW_HEADER)[0]
    text = head + REVIEW_HEADER + "\n" + tables[0] + tables[1] + "\t\n" + tables[2] + AFTER.strip().replace("\n", "") + "\t\n"
    report = parse_text(text, "pdf-run.txt")
    reviews = [c for c in report.cells if c.table == "reviews"]
    assert len(reviews) == 15
    assert all(c.state == "unknown" or c.value == REVIEWS[i] for i, c in enumerate(reviews)), reviews
