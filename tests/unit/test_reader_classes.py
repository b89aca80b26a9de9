"""The classes of real reports issue 14 names, written here independently of the corpus generator:
one report's figures rendered as a crawled page (one line, no separators), one cell per line with
empty lines for blank cells, `pdftotext -layout` text (wrapped labels, a label down the margin, a
page footer inside the table, a header over several lines), and misprinted labels. Each rendition
must give the figures back, or say a cell is unknown: never a wrong number."""

from __future__ import annotations

import re
from decimal import Decimal

import pytest

from orchestration.core.rules import evaluate
from orchestration.parsing.parse import parse_text

TITLE = "某某县民政局\n2021年政府信息公开工作年度报告\n"
APPLICANT_HEADER = ["自然人", "商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他", "总计"]

# (key, label as the 2021 template prints it, group heading printed before it)
ROWS = [
    ("new_received", "一、本年新收政府信息公开申请数量", None),
    ("carried_over", "二、上年结转政府信息公开申请数量", None),
    ("granted", "（一）予以公开", "三、本年度办理结果"),
    ("partially_granted", "（二）部分公开（区分处理的，只计这一情形，不计其他情形）", None),
    ("denied_state_secret", "1.属于国家秘密", "（三）不予公开"),
    ("denied_prohibited_by_law", "2.其他法律行政法规禁止公开", None),
    ("denied_security_stability", "3.危及“三安全一稳定”", None),
    ("denied_third_party_rights", "4.保护第三方合法权益", None),
    ("denied_internal_affairs", "5.属于三类内部事务信息", None),
    ("denied_process_information", "6.属于四类过程性信息", None),
    ("denied_enforcement_files", "7.属于行政执法案卷", None),
    ("denied_administrative_query", "8.属于行政查询事项", None),
    ("unavailable_not_held", "1.本机关不掌握相关政府信息", "（四）无法提供"),
    ("unavailable_needs_creation", "2.没有现成信息需要另行制作", None),
    ("unavailable_unclear", "3.补正后申请内容仍不明确", None),
    ("rejected_petition", "1.信访举报投诉类申请", "（五）不予处理"),
    ("rejected_duplicate", "2.重复申请", None),
    ("rejected_publication", "3.要求提供公开出版物", None),
    ("rejected_excessive", "4.无正当理由大量反复申请", None),
    ("rejected_confirmation", "5.要求行政机关确认或重新出具已获取信息", None),
    ("other_no_correction", "1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请", "（六）其他处理"),
    ("other_no_fee_paid", "2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请", None),
    ("other_misc", "3.其他", None),
    ("results_total", "（七）总计", None),
    ("carried_forward", "四、结转下年度继续办理", None),
]
ZERO = [0] * 7
FIGURES = {key: list(ZERO) for key, _, _ in ROWS}
FIGURES.update({
    "new_received": [12, 3, 0, 0, 0, 0, 15],
    "granted": [8, 2, 0, 0, 0, 0, 10],
    "partially_granted": [1, 0, 0, 0, 0, 0, 1],
    "unavailable_not_held": [2, 1, 0, 0, 0, 0, 3],
    "results_total": [11, 3, 0, 0, 0, 0, 14],
    "carried_forward": [1, 0, 0, 0, 0, 0, 1],
})
REVIEWS = [1, 0, 0, 0, 1, 0, 0, 0, 1, 1, 0, 0, 0, 0, 0]
PROCEEDINGS = ["administrative_review", "litigation_direct", "litigation_after_review"]
OUTCOMES = ["upheld", "corrected", "other", "pending", "total"]
REVIEW_HEADER = "四、行政复议、行政诉讼情况"
REVIEW_LABELS = "行政复议行政诉讼未经复议直接起诉复议后起诉" + "结果维持结果纠正其他结果尚未审结总计" * 3
TABLE2 = "二、主动公开政府信息情况\n第二十条第（一）项\n信息内容\t本年制发件数\t本年废止件数\t现行有效件数\n规章\t0\t0\t5\n"


def applications_of(report) -> dict[str, list]:
    found: dict[str, dict] = {}
    for cell in report.cells:
        if cell.table == "applications":
            found.setdefault(cell.row, {})[cell.column] = cell
    columns = ["natural_person", "commercial_enterprise", "research_institution", "social_welfare_org",
               "legal_service_org", "other_org", "total"]
    return {row: [cells[c] for c in columns] for row, cells in found.items()}


def assert_read_right(report, figures: dict[str, list], reviews: list, allow_unknown: bool = False) -> None:
    """Every cell right; an unknown cell only where allowed, and then the report says so."""
    read = applications_of(report)
    for key, expected in figures.items():
        for cell, value in zip(read[key], expected):
            if cell.state == "unknown" and allow_unknown:
                assert report.warnings
                continue
            assert cell.value == value, (key, cell, report.warnings)
    cells = {(c.row, c.column): c for c in report.cells if c.table == "reviews"}
    for (proceeding, outcome), value in zip([(p, o) for p in PROCEEDINGS for o in OUTCOMES], reviews):
        assert cells[(proceeding, outcome)].value == value, (proceeding, outcome, report.warnings)


def unknown_printed(report) -> list:
    """Unknown cells of what the page prints: TABLE2 prints 规章 only, and the template's other
    table 2 rows under its article are unknown (no row gave them), as they should be."""
    return [c for c in report.cells if c.state == "unknown" and not (c.table == "disclosures" and c.line is None)]


def _figure(value) -> str:
    return "" if value is None else str(value)


# ---------------------------------------------------------------- a crawled page: one line


def crawled_page(figures: dict[str, list], reviews: list) -> str:
    parts = ["当前位置：首页 > 政务公开 > 年报 ", "一、总体情况 本年度我局认真落实条例。", TABLE2.replace("\t", "").replace("\n", ""),
             "三、收到和处理政府信息公开申请情况", "申请人情况自然人法人或其他组织商业企业科研机构社会公益组织法律服务机构其他总计"]
    for key, label, heading in ROWS:
        parts.append((heading or "") + label + "".join(_figure(v) for v in figures[key]))
    parts += [REVIEW_HEADER, REVIEW_LABELS, "".join(map(str, reviews)), "五、存在的主要问题及改进情况 一是公开形式单一。"]
    return TITLE + "".join(parts) + "\n"


def test_crawled_page_tables_are_found_and_split_by_the_templates_arithmetic():
    report = parse_text(crawled_page(FIGURES, REVIEWS), "crawl.html.txt")
    assert report.status != "quarantined", report.warnings
    assert set(report.tables_found) >= {"applications", "reviews"}
    # `123000015` holds 12, 3, 0, 0, 0, 0, 15: the row rule leaves one split
    assert_read_right(report, FIGURES, REVIEWS)
    recovered = [c for c in report.cells if c.state == "recovered"]
    assert recovered and all(c.line == 3 for c in recovered)  # the page's one line
    assert any(w.code == "cells_recovered" for w in report.warnings)
    # recovered cells are never evidence that a rule passes
    results = {(r.rule_id, r.scope): r.status for r in evaluate(report)}
    assert results.get(("APP_APPLICANT_SUM", "new_received")) != "passed"


def test_crawled_table_2_run_is_read_only_where_unique():
    report = parse_text(crawled_page(FIGURES, REVIEWS), "crawl.html.txt")
    cells = {(c.row, c.column): c for c in report.cells if c.table == "disclosures"}
    # `005`: without leading zeros the only split is 0, 0, 5
    assert [cells[("regulations", m)].value for m in ("issued", "repealed", "in_force")] == [0, 0, 5]


def test_crawled_ambiguous_run_is_unknown_never_guessed():
    figures = dict(FIGURES, granted=[1, 11, 0, 0, 0, 0, 12])  # `111000012`: 1+11 or 11+1
    report = parse_text(crawled_page(figures, REVIEWS), "crawl.html.txt")
    granted = applications_of(report)["granted"]
    assert all(c.state == "unknown" for c in granted)
    assert any(w.code == "cells_ran_together" for w in report.warnings)


# ---------------------------------------------------------------- one cell per line, empty lines


def one_cell_per_line(figures: dict[str, list], reviews: list, blank: str = "") -> str:
    lines = [TITLE.rstrip("\n"), TABLE2, "三、收到和处理政府信息公开申请情况", "申请人情况", *APPLICANT_HEADER]
    for key, label, heading in ROWS:
        if heading:
            lines.append(heading)
        lines.append(label)
        lines += [blank if v is None else str(v) for v in figures[key]]
    lines += [REVIEW_HEADER, "行政复议", "行政诉讼", "未经复议直接起诉", "复议后起诉"]
    lines += ["结果维持", "结果纠正", "其他结果", "尚未审结", "总计"] * 3
    lines += [str(v) for v in reviews]
    lines += ["五、存在的主要问题及改进情况", "一是公开形式单一。"]
    return "\n".join(lines) + "\n"


BLANKS = dict(FIGURES, new_received=[12, 3, None, None, None, None, 15], carried_over=[None] * 7,
              granted=[None, 10, None, None, None, None, 10], results_total=[None, 11, 0, 0, 0, 3, 14])
BLANKS.update(partially_granted=[None, 1, 0, 0, 0, 0, 1], unavailable_not_held=[None, 0, 0, 0, 0, 3, 3],
              carried_forward=[None, 1, None, None, None, None, 1])


@pytest.mark.parametrize("blank", ["", "\u3000\u3000", "  "])
def test_one_cell_per_line_with_empty_lines_for_blank_cells(blank):
    report = parse_text(one_cell_per_line(BLANKS, REVIEWS, blank), "cells.txt")
    assert_read_right(report, BLANKS, REVIEWS)
    assert report.cells_of("applications") and not unknown_printed(report)


@pytest.mark.parametrize("mark", ["\xa0", "\u3000", "  \xa0 "])
def test_one_cell_per_line_of_a_pretty_printed_page_whose_blank_cells_are_marked(mark):
    # a crawler's get_text() of a Word-exported page: the markup's indentation puts whitespace-only
    # lines around every cell, and an empty cell is a line holding only its `&nbsp;`
    lines = []
    for line in one_cell_per_line(BLANKS, REVIEWS, blank=mark).split("\n"):
        lines += ["      ", line, "", "    "]
    report = parse_text("\n".join(lines), "page.txt")
    assert_read_right(report, BLANKS, REVIEWS)
    assert not unknown_printed(report)


def test_one_cell_per_line_blank_total_that_breaks_the_row_sum_stays_blank():
    # A report may leave 总计 blank in its outcome rows (the Shanghai 2019 page does): the row sum
    # then fails whatever is read, and the empty line is still that row's last cell, not a gap,
    # since the table sets no empty line between rows (rows end on a figure, the next label follows).
    figures = dict(BLANKS, granted=[8, 2, None, None, None, None, None],
                   partially_granted=[1, None, None, None, None, None, None])
    report = parse_text(one_cell_per_line(figures, REVIEWS), "cells.txt")
    read = applications_of(report)
    for key in ("granted", "partially_granted"):
        assert [c.value for c in read[key]] == figures[key], (key, report.warnings)
        assert all(c.state != "unknown" for c in read[key]), key
    assert not unknown_printed(report)


def test_short_row_with_empty_lines_among_its_cells_is_unknown_not_shifted():
    # pdftotext's reading order puts an empty line after each label and each figure: in a row
    # that lost cells, an empty line may be a blank or only a gap, so no order of its figures holds
    lines = [TITLE.rstrip("\n"), "三、收到和处理政府信息公开申请情况", "申请人情况", *APPLICANT_HEADER, ""]
    for key, label, heading in ROWS:
        printed = [12, 3] if key == "new_received" else FIGURES[key]  # new_received lost five cells
        lines += [*([heading, ""] if heading else []), label, "", *(x for v in printed for x in (str(v), ""))]
    report = parse_text("\n".join(lines) + "\n", "reading-order.txt")
    read = applications_of(report)
    assert all(c.state == "unknown" for c in read["new_received"]), read["new_received"]
    assert [c.value for c in read["granted"]] == FIGURES["granted"]


def markdown_without_outer_bars(figures: dict[str, list]) -> str:
    """A table as html2text writes one: `a| b| c`, no bar at either end, a blank cell `|  |`, a
    `---|---` line under its first row, and markdown's two-space line break after the last cell."""
    lines = [TITLE.rstrip("\n"), "三、收到和处理政府信息公开申请情况", "", "申请人情况| 自然人", "---|---",
             "| ".join(APPLICANT_HEADER) + "  "]
    for key, label, heading in ROWS:
        lines.append("| ".join([*([heading] if heading else []), label,
                                *(" " if v is None else str(v) for v in figures[key])]) + "  ")
    return "\n".join(lines) + "\n"


def test_markdown_rows_without_outer_bars_keep_their_trailing_blank_cells():
    # seed 003's `a | b | ||` pads rows with empty cells; a markdown table's trailing `|  ` is a blank cell
    figures = dict(BLANKS, granted=[8, 2, None, None, None, None, None], carried_over=[1, None, None, None, None, None, None])
    report = parse_text(markdown_without_outer_bars(figures), "page.md")
    read = applications_of(report)
    for key in ("granted", "carried_over", "new_received"):
        assert [c.value for c in read[key]] == figures[key], (key, report.warnings)
        assert all(c.state != "unknown" for c in read[key]), key


# ---------------------------------------------------------------- single spaces (`pdftotext -raw`)


def single_spaced(figures: dict[str, list], reviews: list) -> str:
    """Each row on one line, its figures set apart by one space, a blank cell printing nothing."""
    lines = [TITLE.rstrip("\n"), "二、主动公开政府信息情况", "第二十条第（一）项", "信息内容", "本年制发件数",
             "本年废止件数", "现行有效件数", "规章 0 0 5", "三、收到和处理政府信息公开申请情况", "申请人情况",
             " ".join(APPLICANT_HEADER)]
    for key, label, heading in ROWS:
        lines.append(" ".join([*([heading] if heading else []), label, *(str(v) for v in figures[key] if v is not None)]))
    lines += [REVIEW_HEADER, REVIEW_LABELS, " ".join(map(str, reviews)), "五、存在的主要问题及改进情况"]
    return "\n".join(lines) + "\n"


def test_single_spaced_rows_read_whole_rows_and_never_place_a_short_one_by_guessing():
    figures = dict(FIGURES, granted=[8, 2, None, None, None, None, 10])  # two blanks that leave no trace
    report = parse_text(single_spaced(figures, REVIEWS), "raw.txt")
    read = applications_of(report)
    for key, expected in figures.items():
        cells = read[key]
        if None in expected:  # `8 2 10` for seven columns: placed only where the column sums allow one way
            assert all(c.state == "unknown" for c in cells) or \
                ([c.value for c in cells] == expected and {c.state for c in cells} <= {"recovered", "blank"}), cells
        else:
            assert [c.value for c in cells] == expected, (key, report.warnings)
    assert any(w.code in ("unplaced_cells", "cells_recovered") for w in report.warnings)
    disclosures = {(c.row, c.column): c.value for c in report.cells if c.table == "disclosures"}
    assert [disclosures[("regulations", m)] for m in ("issued", "repealed", "in_force")] == [0, 0, 5]


# ---------------------------------------------------------------- misprinted and abbreviated labels


def test_misprinted_labels_are_placed_between_their_neighbours():
    misprints = {"denied_prohibited_by_law": "2.其他法律行政止公开", "denied_internal_affairs": "5.属于三类内部事务",
                 "unavailable_needs_creation": "2、没有现成信息，需要另行制作", "rejected_excessive": "4.无正当理由 大量 反复申请"}
    figures = dict(FIGURES, denied_prohibited_by_law=[1, 0, 0, 0, 0, 0, 1], results_total=[12, 3, 0, 0, 0, 0, 15],
                   new_received=[13, 3, 0, 0, 0, 0, 16])
    lines = [TITLE.rstrip("\n"), TABLE2, "三、收到和处理政府信息公开申请情况", "\t".join(["申请人情况", *APPLICANT_HEADER])]
    for key, label, heading in ROWS:
        lines.append("\t".join([heading or "", misprints.get(key, label), *map(str, figures[key])]))
    lines += [REVIEW_HEADER, "行政复议\t\t\t\t\t行政诉讼",
              "\t".join(["结果维持", "结果纠正", "其他结果", "尚未审结", "总计"] * 3), "\t".join(map(str, REVIEWS))]
    report = parse_text("\n".join(lines) + "\n", "misprints.txt")
    assert_read_right(report, figures, REVIEWS)
    assert not unknown_printed(report)


def table3_tabbed(labels: dict[str, str | None], figures: dict[str, list]) -> str:
    """The report with table 3 in tabs, a row's label replaced by `labels[key]` (None: row not printed)."""
    lines = [TITLE.rstrip("\n"), TABLE2, "三、收到和处理政府信息公开申请情况", "\t".join(["申请人情况", *APPLICANT_HEADER])]
    for key, label, heading in ROWS:
        if labels.get(key, label) is not None:
            lines.append("\t".join([heading or "", labels.get(key, label), *map(str, figures[key])]))
    lines += [REVIEW_HEADER, "\t".join(["结果维持", "结果纠正", "其他结果", "尚未审结", "总计"] * 3), "\t".join(map(str, REVIEWS))]
    return "\n".join(lines) + "\n"


@pytest.mark.parametrize("headings", [("### 行政复议", "### 行政诉讼（未经复议直接起诉）", "### 行政诉讼（复议后起诉）"),
                                      ("行政复议", "行政诉讼：未经复议直接起诉", "行政诉讼：复议后起诉")])
def test_table_4_printed_as_one_table_per_proceeding(headings):
    reviews = [27, 10, 9, 15, 61, 3, 0, 0, 0, 3, 8, 0, 1, 1, 10]
    text = table3_tabbed({}, FIGURES).split(REVIEW_HEADER)[0] + REVIEW_HEADER + "\n"
    for heading, start in zip(headings, range(0, 15, 5)):
        text += (f"\n{heading}\n| 结果维持 | 结果纠正 | 其他结果 | 尚未审结 | 总计 |\n|---|---|---|---|---|\n"
                 f"| {' | '.join(map(str, reviews[start:start + 5]))} |\n")
    report = parse_text(text + "\n五、存在的主要问题及改进情况\n无。\n", "three-tables.md")
    assert_read_right(report, FIGURES, reviews)
    assert not [w for w in report.warnings if "table 4" in w.message], report.warnings
    lines = {c.row: c.line for c in report.cells if c.table == "reviews"}
    assert len(set(lines.values())) == 3  # each proceeding's figures point at their own line


def table_2_moved(first_rows: str) -> str:
    """Table 2 as a converter prints it: `第二十条第（一）项` with nothing under it, the other articles with
    their rows, then item (一)'s header and rows."""
    moved = ("二、主动公开政府信息情况\n第二十条第（一）项\n第二十条第（五）项\n信息内容\t本年处理决定数量\n行政许可\t97\n"
             "第二十条第（六）项\n信息内容\t本年处理决定数量\n行政处罚\t0\n行政强制\t0\n第二十条第（八）项\n"
             "信息内容\t本年收费金额（单位：万元）\n行政事业性收费\t0\n"
             "| 信息内容 | 本年制发件数 | 本年废止件数 | 现行有效件数 |\n|---|---|---|---|\n" + first_rows)
    return table3_tabbed({}, FIGURES).replace(TABLE2, moved)


def disclosures_of(report) -> dict[tuple[str, str], object]:
    return {(c.row, c.column): c for c in report.cells if c.table == "disclosures"}


def test_table_2_rows_printed_after_other_articles_are_anchored_by_their_own_label():
    report = parse_text(table_2_moved("| 规章 | 0 | 0 | 1 |\n| 规范性文件 | 13 | 0 | 55 |\n"), "moved.md")
    cells = disclosures_of(report)
    assert [cells[("regulations", m)].value for m in ("issued", "repealed", "in_force")] == [0, 0, 1]
    assert [cells[("normative_documents", m)].value for m in ("issued", "repealed", "in_force")] == [13, 0, 55]
    assert cells[("administrative_licensing", "decisions")].value == 97  # the rows before stay where they were
    assert not [w for w in report.warnings if w.code == "short_row" and "table 2" in w.message], report.warnings


def test_table_2_moved_rows_with_fewer_figures_than_columns_are_unknown():
    # two figures for three columns, away from the header: which column is empty is not known
    report = parse_text(table_2_moved("| 规章 | 22 | 235 |\n| 行政规范性文件 | 34 | 189 |\n"), "moved.md")
    cells = disclosures_of(report)
    assert all(cells[(item, m)].state == "unknown" for item in ("regulations", "normative_documents")
               for m in ("issued", "repealed", "in_force"))


def markdown_torn(figures: dict[str, list], torn: set[str]) -> str:
    """Table 3 as a PDF-to-markdown converter prints wrapped labels: for each `torn` row, its label's
    two halves as plain lines above the row before it, its figures as a row without a label after it."""
    lines = [TITLE.rstrip("\n"), TABLE2, "三、收到和处理政府信息公开申请情况",
             "| 申请人情况 | " + " | ".join(APPLICANT_HEADER) + " |", "|---" * 8 + "|"]
    for key, label, heading in ROWS:
        cells = " | ".join(map(str, figures[key])) + " |"
        if key in torn:
            half = len(label) // 2
            lines[-1:-1] = [label[:half], label[half:]]
            lines.append("| " + cells)
        else:
            lines.append(f"| {heading or ''}{label} | " + cells)
    lines += ["1", REVIEW_HEADER, "\t".join(["结果维持", "结果纠正", "其他结果", "尚未审结", "总计"] * 3),
              "\t".join(map(str, REVIEWS))]  # `1`: a stray figure on a line of its own is no row
    return "\n".join(lines) + "\n"


TORN = {"denied_prohibited_by_law", "unavailable_not_held", "unavailable_unclear", "rejected_excessive"}
TORN_FIGURES = dict(FIGURES, denied_prohibited_by_law=[1, 0, 0, 0, 0, 0, 1], rejected_excessive=[0, 2, 0, 0, 0, 0, 2],
                    unavailable_unclear=[4, 0, 0, 0, 0, 0, 4], results_total=[18, 5, 0, 0, 0, 0, 23],
                    new_received=[19, 5, 0, 0, 0, 0, 24])


def test_markdown_labels_apart_from_their_figures_are_paired_in_template_order():
    report = parse_text(markdown_torn(TORN_FIGURES, TORN), "converted.md")
    assert_read_right(report, TORN_FIGURES, REVIEWS)
    assert not [c for c in report.cells if c.table == "applications" and c.state == "unknown"], report.warnings


def test_markdown_labels_and_label_less_rows_that_do_not_pair_up_are_never_shifted():
    text = markdown_torn(TORN_FIGURES, TORN).replace("| 4 | 0 | 0 | 0 | 0 | 0 | 4 |\n", "")  # one row lost
    read = applications_of(parse_text(text, "converted.md"))
    for key in TORN:  # right or unknown, never another row's figures
        assert all(c.state == "unknown" or c.value == v for c, v in zip(read[key], TORN_FIGURES[key])), key


@pytest.mark.parametrize("torn", ["partially_granted", "unavailable_needs_creation", "rejected_confirmation"])
def test_one_markdown_row_torn_from_its_label_is_the_row_missing_between_its_neighbours(torn):
    # its label as plain lines elsewhere, its figures a label-less row between the rows placed
    # before and after it: the one template row missing there
    figures = dict(TORN_FIGURES, **{torn: [2, 1, 0, 0, 0, 0, 3]}, results_total=[20, 6, 0, 0, 0, 0, 26],
                   new_received=[21, 6, 0, 0, 0, 0, 27])
    report = parse_text(markdown_torn(figures, {torn}), "converted.md")
    assert [c.value for c in applications_of(report)[torn]] == figures[torn], report.warnings


def test_label_less_rows_not_as_many_as_the_rows_missing_between_their_neighbours_stay_unknown():
    # 重复申请 torn from its label, 要求提供公开出版物 lost whole: one label-less row, two rows missing
    figures = dict(TORN_FIGURES, rejected_duplicate=[0, 1, 0, 0, 0, 0, 1], rejected_publication=[1, 0, 0, 0, 0, 0, 1])
    text = markdown_torn(figures, {"rejected_duplicate"})
    text = text.replace("| 3.要求提供公开出版物 | 1 | 0 | 0 | 0 | 0 | 0 | 1 |\n", "")
    read = applications_of(parse_text(text, "converted.md"))
    assert {c.state for c in read["rejected_publication"]} == {"unknown"}
    assert all(c.state == "unknown" or c.value == v for c, v in zip(read["rejected_duplicate"], figures["rejected_duplicate"]))


SHARED_TAIL = "行政机关不再处理其政府信息公"  # torn from both （六）1 and 2: `…、行政机关不再处理其政府信息公开申请`
OTHER_FIGURES = dict(FIGURES, other_no_correction=[40, 1, 0, 0, 2, 0, 43], results_total=[51, 4, 0, 0, 2, 0, 57],
                     new_received=[52, 4, 0, 0, 2, 0, 58])


@pytest.mark.parametrize("second", ["2.申请人逾期未按收费通知要求", SHARED_TAIL])
def test_a_label_piece_two_template_rows_share_is_placed_by_its_neighbours(second):
    report = parse_text(table3_tabbed({"other_no_correction": SHARED_TAIL, "other_no_fee_paid": second},
                                      OTHER_FIGURES), "torn.txt")
    assert_read_right(report, OTHER_FIGURES, REVIEWS)


@pytest.mark.parametrize("second", [None, "缴纳费用、行政机关不再处理其政"])  # not printed, or no row's label
def test_a_label_piece_two_template_rows_share_with_no_neighbour_to_place_it_is_unknown(second):
    report = parse_text(table3_tabbed({"other_no_correction": SHARED_TAIL, "other_no_fee_paid": second},
                                      OTHER_FIGURES), "torn.txt")
    read = applications_of(report)
    for key in ("other_no_correction", "other_no_fee_paid"):  # never 40, 1, … under the wrong row
        assert all(c.state == "unknown" for c in read[key]), (key, [c.value for c in read[key]])


def test_2021_table_printing_other_as_one_row_reads_it_as_other_and_warns():
    lines = [TITLE.rstrip("\n"), TABLE2, "三、收到和处理政府信息公开申请情况", "\t".join(["申请人情况", *APPLICANT_HEADER])]
    figures = dict(FIGURES, results_total=[13, 3, 0, 0, 0, 0, 16], new_received=[14, 3, 0, 0, 0, 0, 17])
    for key, label, heading in ROWS:
        if key.startswith("other_"):
            continue
        if key == "results_total":
            lines.append("\t（六）其他处理\t2\t0\t0\t0\t0\t0\t2")
        lines.append("\t".join([heading or "", label, *map(str, figures[key])]))
    lines += [REVIEW_HEADER, "\t".join(["结果维持", "结果纠正", "其他结果", "尚未审结", "总计"] * 3), "\t".join(map(str, REVIEWS))]
    report = parse_text("\n".join(lines) + "\n", "other.txt")
    read = applications_of(report)
    assert [c.value for c in read["other"]] == [2, 0, 0, 0, 0, 0, 2]
    assert any(w.code == "other_as_one_row" for w in report.warnings)
    assert [c.value for c in read["results_total"]] == [13, 3, 0, 0, 0, 0, 16]


# ---------------------------------------------------------------- pdftotext -layout


def _place(items: list[tuple[int, str]]) -> str:
    """A line with each text starting at its column, one column per character (as pdftotext
    places glyphs)."""
    line = ""
    for column, text in items:
        line = line.ljust(max(column, len(line) + 2 if line else column)) + text
    return line


def pdftotext_layout(figures: dict[str, list], marks_above: bool = False) -> str:
    """`marks_above`: a wrapped label's blank cells printed `—` on its first line, its figures on the
    middle line (a layout centring each cell in the row's height)."""
    columns = [48, 55, 62, 69, 76, 83, 90]  # where each applicant column's figures end
    header = ["三、收到和处理政府信息公开申请情况", "", _place([(60, "申请人情况")]),
              _place([(2, "（本列数据的勾稽关系为：第一项加第二项之和，"), (60, "法人或其他组织")]),
              _place([(2, "等于第三项加第四项之和）")]),
              _place([(46, "自然人"), (53, "商业"), (60, "科研"), (67, "社会公"), (74, "法律服"), (81, "其他"), (88, "总计")]),
              _place([(53, "企业"), (60, "机构"), (67, "益组织"), (74, "务机构")]), ""]

    def figures_at(values: list) -> list[tuple[int, str]]:
        return [(column - len(str(v)) + 1, str(v)) for v, column in zip(values, columns) if v is not None]

    margin = iter("三、本年度办理结果")
    lines = list(header)
    for key, label, heading in ROWS:
        mark = [(0, next(margin, ""))] if key not in ("new_received", "carried_over", "carried_forward") else []
        if heading and heading.startswith("（"):
            lines.append(_place([*mark, (4, heading)]))
            mark = [(0, next(margin, ""))]
        if len(label) > 14:  # wrapped over lines: the figures on the middle line
            marks = [(column, "—") for v, column in zip(figures[key], columns) if v is None] if marks_above else []
            lines.append(_place([*mark, (8, label[:8]), *marks]))
            lines.append(_place([(8, label[8:14]), *figures_at(figures[key])]))
            lines.append(_place([(8, label[14:])]))
        else:
            lines.append(_place([*mark, (8, label), *figures_at(figures[key])]))
        if key == "denied_internal_affairs":
            lines += ["", _place([(40, "— 3 —")]), "\f" + _place([(40, "某某县民政局2021年政府信息公开工作年度报告")]), ""]
        if key == "rejected_duplicate":
            lines += ["", _place([(38, "第 4 页 共 9 页")]), ""]
    return "\n".join([TITLE.rstrip("\n"), TABLE2, *lines, REVIEW_HEADER,
                      "\t".join(["结果维持", "结果纠正", "其他结果", "尚未审结", "总计"] * 3), "\t".join(map(str, REVIEWS)),
                      "五、存在的主要问题及改进情况", "一是公开形式单一。"]) + "\n"


LAYOUT_FIGURES = dict(BLANKS, unavailable_needs_creation=[2, None, None, None, None, None, 2],
                      results_total=[2, 11, 0, 0, 0, 3, 16], new_received=[14, 3, None, None, None, None, 17])


@pytest.mark.parametrize("first", ["1.申请人无正当理由逾期不补正、", "1.申请人无正当理由斋期不补正、"])  # as printed, or OCR'd
def test_a_shared_label_piece_with_figures_takes_its_first_line_even_misread_by_a_character(first):
    # `1.申请人…斋期不补正、` / `行政机关不再处理其政府信息公   1 …` / `开申请`: the figures stand after the
    # piece （六）1 and 2 both end in; the line above names （六）1 though an OCR misread one character
    figures = dict(LAYOUT_FIGURES, other_no_correction=[1, None, None, None, None, None, 1],
                   results_total=[3, 11, 0, 0, 0, 3, 17], new_received=[15, 3, None, None, None, None, 18])
    lines = pdftotext_layout(figures).split("\n")
    at = next(k for k, line in enumerate(lines) if "1.申请人无" in line)
    columns = [48, 55, 62, 69, 76, 83, 90]
    placed = [(c - len(str(v)) + 1, str(v)) for v, c in zip(figures["other_no_correction"], columns) if v is not None]
    lines[at : at + 3] = [_place([(8, first)]), _place([(8, "行政机关不再处理其政府信息公"), *placed]), _place([(8, "开申请")])]
    read = applications_of(parse_text("\n".join(lines), "ocr.txt"))
    assert [c.value for c in read["other_no_correction"]] == figures["other_no_correction"]
    assert [c.value for c in read["other_no_fee_paid"]] == figures["other_no_fee_paid"]


OCR_FIGURES = dict(LAYOUT_FIGURES, rejected_excessive=[2, 0, 0, 0, 0, 0, 2], rejected_confirmation=[1, 0, 0, 0, 0, 0, 1],
                   results_total=[5, 11, 0, 0, 0, 3, 19], new_received=[17, 3, None, None, None, None, 20])


def ocr_misread_row(lost_before: bool = False) -> str:
    """The layout text with 5.要求行政机关确认… as an OCR reads it: its label misread (`全入轴关确认或
    重新出具`), its figures a few columns off the header's (the OCR's spacing); `lost_before`: the row
    above it lost as well."""
    lines = pdftotext_layout(OCR_FIGURES).split("\n")
    at = next(k for k, line in enumerate(lines) if "5.要求行政" in line)
    columns = [48, 55, 62, 69, 76, 83, 90]
    shifted = [(c + 3 - len(str(v)) + 1, str(v)) for v, c in zip(OCR_FIGURES["rejected_confirmation"], columns)]
    lines[at : at + 3] = [_place([(8, "全入轴关确认或重新出具"), *shifted])]
    if lost_before:
        del lines[at - 1]
    return "\n".join(lines)


def test_a_misread_label_with_its_figures_is_the_one_row_missing_between_its_neighbours():
    # the row above holds a figure in every column: the misread row's figures are no wrap of its label
    read = applications_of(parse_text(ocr_misread_row(), "ocr.txt"))
    for key in ("rejected_excessive", "rejected_confirmation"):
        assert [c.value for c in read[key]] == OCR_FIGURES[key], key


def test_a_misread_label_between_neighbours_missing_two_rows_stays_unplaced():
    read = applications_of(parse_text(ocr_misread_row(lost_before=True), "ocr.txt"))
    for key in ("rejected_excessive", "rejected_confirmation"):
        assert {c.state for c in read[key]} == {"unknown"}, key


def test_an_abbreviated_label_after_a_stray_mark_and_its_numbering_names_its_row():
    # `悍   4.大量反复申请`: an OCR's stray character before the numbering, the qualifier left off
    text = pdftotext_layout(OCR_FIGURES).replace("4.无正当理由大量反复申请", "悍   4.大量反复申请")
    read = applications_of(parse_text(text, "ocr.txt"))
    assert [c.value for c in read["rejected_excessive"]] == OCR_FIGURES["rejected_excessive"]


def test_pdftotext_layout_wrapped_labels_margin_heading_and_page_footers():
    text = pdftotext_layout(LAYOUT_FIGURES)
    report = parse_text(text, "layout.txt")
    assert_read_right(report, LAYOUT_FIGURES, REVIEWS)
    assert not [c for c in report.cells if c.table == "applications" and c.state == "unknown"], report.warnings
    # lineage: a wrapped row's figures point at the line that holds them
    lines = text.split("\n")
    cell = next(c for c in report.cells if c.row == "unavailable_needs_creation" and c.column == "natural_person")
    assert "2" in lines[cell.line - 1].split()


@pytest.mark.parametrize("line, cells", [
    ("1.属于国家秘密 14 0 3", ["1.属于国家秘密", "14", "0", "3"]),
    ("政府集中采购 6 251000元", ["政府集中采购", "6", "251000元"]),
    ("万元 5.2084", None),  # a unit before its figure: the figure's cell, not a row labelled 万元
    ("（单位：万元） 3", None),
    ("2019 年 1 月", None),
    ("行政复议 5 2", ["行政复议", "5", "2"]),
    ("4 . 无 17 17", ["4 . 无", "17", "17"]),  # a label spaced a character a word opening on 无 (4.无正当理由…)
    ("4 . 无 无 无", ["4 . 无", "无", "无"]),
    ("5 无 3", ["5", "无", "3"]),  # figures and a mark alone, no label: 无 a blank cell
])
def test_a_line_is_a_single_spaced_row_only_when_a_label_leads_its_figures(line, cells):
    from orchestration.parsing.rows import spaced_cells

    assert spaced_cells(line) == cells


def test_pdftotext_layout_blank_marks_on_a_wrapped_labels_first_line_and_figures_below():
    # `（二）部分公开（区分处   —  —  —  —` / `理的，只计这一情形，不  1  3        4`: the row is read from both
    # lines, never left blank for the marks of its first line
    figures = dict(LAYOUT_FIGURES, partially_granted=[1, 3, None, None, None, None, 4])
    text = pdftotext_layout(figures, marks_above=True)
    assert re.search(r"部分公开.*—.*—", text)
    report = parse_text(text, "layout.txt")
    assert_read_right(report, figures, REVIEWS)
    assert not [c for c in report.cells if c.table == "applications" and c.state == "unknown"], report.warnings


def test_pdftotext_layout_figures_on_a_line_of_their_own_inside_a_wrapped_label():
    # `（二）部分公开（区分处理的，只计这一情` / `447  7  0 …` / `形，不计其他情形）`: the figures' line holds no
    # label text; the label's first line is above it, the rest below
    lines = pdftotext_layout(LAYOUT_FIGURES).split("\n")
    moved = 0
    for index in range(1, len(lines) - 1):
        middle = re.match(r"^( {8})(\S{6})( +\d.*)$", lines[index])
        if middle and re.match(r"^ {8}\S+$", lines[index + 1]):  # a wrapped label's middle line
            lines[index] = " " * 14 + middle.group(3)
            lines[index + 1] = lines[index + 1][:8] + middle.group(2) + lines[index + 1][8:]
            moved += 1
    assert moved >= 3
    report = parse_text("\n".join(lines), "layout.txt")
    assert_read_right(report, LAYOUT_FIGURES, REVIEWS)
    assert not [c for c in report.cells if c.table == "applications" and c.state == "unknown"], report.warnings


def test_pdftotext_layout_rows_after_a_page_break_with_other_column_widths():
    # the page after `— 3 —` is laid out wider: its figures stand under none of the header's columns
    lines, moved = [], False
    for line in pdftotext_layout(LAYOUT_FIGURES).split("\n"):
        moved = moved or "— 3 —" in line
        row = re.match(r"^(.*?\S)( {2,}\d[\d ]*)$", line) if moved and "\t" not in line else None
        if row:
            line = row.group(1).ljust(40) + "".join(f.rjust(6) for f in row.group(2).split())
        lines.append(line)
    report = parse_text("\n".join(lines), "layout.txt")
    read = applications_of(report)
    full = [key for key, _, _ in ROWS if None not in LAYOUT_FIGURES[key]]
    # a row with a figure in every column, set apart by spaces, is read as printed: not `recovered`
    assert all(c.state == "value" for key in full for c in read[key]), report.warnings
    for key, _, _ in ROWS:  # a row with blank cells there may be unknown, never wrong
        assert all(c.state == "unknown" or c.value == v for c, v in zip(read[key], LAYOUT_FIGURES[key])), key


def test_labels_wrapped_over_five_lines_of_a_narrow_column_figures_on_the_first():
    # a label column four characters wide: `5.要求` / `行政机关` / `确认或重` / `新出具已` / `获取信息`
    columns = [28, 35, 42, 49, 56, 63, 70]
    lines = ["三、收到和处理政府信息公开申请情况", "",
             _place([(20, "自然人"), (32, "商业企业"), (39, "科研机构"), (46, "社会公益"), (53, "法律服务"), (60, "其他"), (68, "总计")]), ""]
    for key, label, heading in ROWS:
        chunks = [label[i : i + 4] for i in range(0, len(label), 4)]
        if heading:
            lines.append(_place([(2, heading)]))
        figures = [(column - len(str(v)) + 1, str(v)) for v, column in zip(FIGURES[key], columns) if v is not None]
        lines.append(_place([(10, chunks[0]), *figures]))
        lines += [_place([(10, chunk)]) for chunk in chunks[1:]]
    text = "\n".join([TITLE.rstrip("\n"), *lines, REVIEW_HEADER,
                      "\t".join(["结果维持", "结果纠正", "其他结果", "尚未审结", "总计"] * 3), "\t".join(map(str, REVIEWS)),
                      "五、存在的主要问题及改进情况"]) + "\n"
    report = parse_text(text, "narrow.txt")
    assert_read_right(report, FIGURES, REVIEWS)


def test_table_2_label_wrapped_over_three_lines_with_its_figures_on_the_middle_one():
    lines = [TITLE.rstrip("\n"), "二、主动公开政府信息情况", "第二十条第（一）项",
             _place([(0, "信息内容"), (12, "本年制发件数"), (28, "本年废止件数"), (44, "现行有效件数")]),
             _place([(0, "规章"), (17, "1"), (33, "0"), (49, "5")]),
             "第二十条第（五）项", _place([(0, "信息内容"), (12, "本年处理决定数量")]),
             _place([(0, "行政许可"), (18, "7")]),
             _place([(0, "其他对外")]), _place([(0, "管理服务"), (17, "35")]), _place([(0, "事项")]),
             "三、收到和处理政府信息公开申请情况"]
    report = parse_text("\n".join(lines) + "\n", "layout.txt")
    cells = {(c.row, c.column): c.value for c in report.cells if c.table == "disclosures"}
    assert cells[("administrative_licensing", "decisions")] == 7
    assert cells[("other_management_services", "decisions")] == 35, report.warnings


def test_an_amount_wrapped_in_a_narrow_cell_is_joined_with_its_unit():
    lines = [TITLE.rstrip("\n"), "二、主动公开政府信息情况", "第二十条第（一）项",
             _place([(0, "信息内容"), (18, "本年制发件数"), (34, "本年废止件数"), (50, "现行有效件数")]),
             _place([(0, "规章"), (23, "1"), (39, "0"), (55, "5")]),
             "第二十条第（八）项", _place([(0, "信息内容"), (18, "本年收费金额（单位：万元）")]),
             _place([(0, "行政事业性收费"), (18, "0.006586055")]), _place([(18, "8亿元")]),
             "三、收到和处理政府信息公开申请情况"]
    report = parse_text("\n".join(lines) + "\n", "layout.txt")
    cells = {(c.row, c.column): c.value for c in report.cells if c.table == "disclosures"}
    assert cells[("administrative_fees", "fee_amount_wan_yuan")] == Decimal("65.860558"), report.warnings


def _labels_then_blocks(blocks: list[str], own: dict[str, list[str]] | None = None) -> str:
    """Table 3's labels, each bare (or followed by its `own` lines), then `blocks` after the last one, as plain
    `pdftotext` writes Chromium's column blocks (fuzz_wrapped_blocks --marks)."""
    lines = [TITLE.rstrip("\n"), TABLE2, "三、收到和处理政府信息公开申请情况", "申请人情况", *APPLICANT_HEADER]
    for key, label, heading in ROWS:
        lines += [*([heading] if heading else []), label, *(own or {}).get(key, []), ""]
    lines += [*blocks, REVIEW_HEADER, "行政复议", "行政诉讼", "未经复议直接起诉", "复议后起诉"]
    lines += ["结果维持 结果纠正 其他结果 尚未审结 总计"] * 3 + [str(v) for v in REVIEWS]
    return "\n".join([*lines, "五、存在的主要问题及改进情况", "一是公开形式单一。"]) + "\n"


# the first blocks after the last label: a block of four merged columns, then one-figure blocks; then a full-width
# figure wrapped in pieces (`０,` / `５０` / `５`) that no reader joins
FIRST_BLOCKS = ["０", "无", "无", "０", "", "３", "", "０", "", "３", "０,", "５０", "５", "", "无", "", "无", "", "０", ""]


def test_figures_in_several_paragraphs_after_the_only_label_followed_by_figures_are_no_row_of_its_own():
    # every other label stands bare: the figures after the last one are the table's first blocks, and their first
    # seven words (`０ 无 无 ０ ３ ０ ３`, its sum kept by chance) were read as its row, five cells wrong
    read = applications_of(parse_text(_labels_then_blocks(FIRST_BLOCKS), "plain.txt"))
    assert [c.state for c in read["carried_forward"]] == ["unknown"] * 7


def test_figures_in_several_paragraphs_after_a_label_are_its_row_where_another_label_is_followed_by_its_own():
    # the same lines after the last label where new_received's label is followed by its figures too: each row's
    # figures follow its label (empty lines its blanks), and the last row's are its own
    own = {"new_received": ["12", "3", "", "", "", "", "15"]}
    read = applications_of(parse_text(_labels_then_blocks(["", "1", "", "", "", "", "1"], own), "plain.txt"))
    assert [(c.state, c.value) for c in read["carried_forward"]][1::5] == [("value", 1), ("value", 1)]
    assert [c.value for c in read["new_received"]] == [12, 3, None, None, None, None, 15]
