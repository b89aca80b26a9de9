"""`pdftotext -layout` text of a table whose columns are narrow: every header word wraps down its
column (`本年` / `新制` / `作数` / `量`), so no line holds a whole header word. The words read down each
column name the template and the columns; figures stand under them. Written by hand, apart from the
corpus generator."""

from __future__ import annotations

from decimal import Decimal

from orchestration.parsing.cells import display_width
from orchestration.parsing.parse import parse_text
from tests.unit.test_reader_classes import FIGURES, REVIEWS, ROWS, assert_read_right, one_cell_per_line

APPLICANT_COLUMNS = (60, 68, 76, 84, 92, 100, 108)  # where each applicant column starts


def placed(*items: tuple[int, str]) -> str:
    """One line with each text starting at its display column."""
    line = ""
    for column, text in items:
        line += " " * max(column - display_width(line), 1 if line else 0) + text
    return line.rstrip()


def down(column_words: list[tuple[int, list[str]]]) -> list[str]:
    """Header words wrapped down their columns: line i holds each word's i-th piece."""
    depth = max(len(pieces) for _, pieces in column_words)
    return [placed(*((c, pieces[i]) for c, pieces in column_words if i < len(pieces))) for i in range(depth)]


def narrow_report(year: int = 2020) -> str:
    lines = ["某某县民政局", f"{year}年政府信息公开工作年度报告", "二、主动公开政府信息情况", "第二十条第（一）项"]
    lines += down([(0, ["信息内容"]), (17, ["本年", "新制", "作数", "量"]), (24, ["本年新公", "开数量"]),
                   (35, ["对外", "公开", "总数", "量"])])
    lines += [placed((0, "规章"), (17, "0"), (24, "0"), (35, "16")),
              placed((0, "规范性文件"), (17, "5"), (24, "4"), (35, "19"))]
    lines.append("第二十条第（九）项")
    lines += down([(0, ["信息内容"]), (17, ["采购", "项目", "数量"]), (24, ["采购总金额"])])
    lines += [placed((0, "政府集中采购"), (17, "16"), (24, "人民币26.0")), placed((24, "31376万元"))]
    lines += ["", "三、收到和处理政府信息公开申请情况", placed((60, "申请人情况"))]
    lines += down([(60, ["自然", "人"]), (68, ["法人或其他组织"]), (108, ["总计"])])
    lines += down([(68, ["商业企", "业"]), (76, ["科研", "机构"]), (84, ["社会", "公益", "组织"]),
                   (92, ["法律服", "务机构"]), (100, ["其他"])])
    for key, label, heading in ROWS:
        if key.startswith("other_") and key != "other_org":
            continue  # a 2019 report: （六）其他处理 is one row
        if heading:
            lines.append(heading)
        lines.append(placed((0, label), *zip(APPLICANT_COLUMNS, map(str, FIGURES[key]))))
        if key == "rejected_confirmation":
            lines.append(placed((0, "（六）其他处理"), *zip(APPLICANT_COLUMNS, ["0"] * 7)))
    lines += ["四、政府信息公开行政复议、行政诉讼情况", "行政复议 行政诉讼",
              "  ".join(["结果维持", "结果纠正", "其他结果", "尚未审结", "总计"] * 3),
              "  ".join(map(str, REVIEWS)), "五、存在的主要问题及改进情况", "一是公开形式单一。"]
    return "\n".join(lines) + "\n"


def disclosures_of(report) -> dict[tuple[str, str], object]:
    return {(c.row, c.column): c.value for c in report.cells if c.table == "disclosures" and c.state != "unknown"}


def test_header_words_wrapped_down_narrow_columns_name_the_template_and_the_columns():
    report = parse_text(narrow_report(), "narrow.txt")
    assert report.template == "2019" and report.template_source == "headers", report.warnings
    read = disclosures_of(report)
    assert [read.get(("regulations", m)) for m in ("new_made", "new_published", "total_published")] == [0, 0, 16]
    assert [read.get(("normative_documents", m)) for m in ("new_made", "new_published", "total_published")] == [5, 4, 19]
    assert read.get(("centralized_procurement", "project_count")) == 16
    # the amount wrapped down its column too: both pieces are one figure
    assert read.get(("centralized_procurement", "total_amount_wan_yuan")) == Decimal("26.031376")
    # table 3's applicant header wraps over up to three lines (`社会` / `公益` / `组织`)
    figures = {key: value for key, value in FIGURES.items() if not key.startswith("other_")}
    assert_read_right(report, figures, REVIEWS)


def test_a_template_marker_read_down_a_column_wins_over_the_year():
    # a 2023 report on the 2019 template: the year alone would say 2021
    report = parse_text(narrow_report(2023), "narrow.txt")
    assert report.template == "2019"
    assert any(w.code == "template_mismatch" for w in report.warnings)


def reviews_of(report) -> list:
    return [c for c in report.cells if c.table == "reviews"]


def test_table_4_printed_with_its_header_and_no_figure_is_blank_in_aligned_text():
    text = narrow_report().replace("  ".join(map(str, REVIEWS)) + "\n", "")
    cells = reviews_of(parse_text(text, "narrow.txt"))
    assert len(cells) == 15 and all(c.state == "blank" and c.value is None for c in cells)


def test_table_4_with_its_blank_cells_marked_one_per_line_is_blank():
    text = one_cell_per_line(FIGURES, ["\u3000"] * 15)
    report = parse_text(text, "cells.txt")
    cells = reviews_of(report)
    assert len(cells) == 15 and all(c.state == "blank" for c in cells), report.warnings
    assert any(w.code == "table_blank" for w in report.warnings)


def test_table_4_header_with_a_figure_missing_is_not_blank():
    # a figure printed somewhere under the header: the table is not empty, whatever else is lost
    text = narrow_report().replace("  ".join(map(str, REVIEWS)), "1")
    assert not any(c.state == "blank" for c in reviews_of(parse_text(text, "narrow.txt")))


# ---------------------------------------------------------------- a label with its qualifier left off


def test_a_label_abbreviated_to_the_end_of_its_words_is_its_row():
    figures = dict(FIGURES, rejected_excessive=[2, 0, 0, 0, 0, 0, 2], results_total=[13, 3, 0, 0, 0, 0, 16])
    text = one_cell_per_line(figures, REVIEWS).replace("4.无正当理由大量反复申请", "4.大量反复申请")
    report = parse_text(text, "cells.txt")
    read = {c.column: c for c in report.cells if c.table == "applications" and c.row == "rejected_excessive"}
    assert [read[c].value for c in ("natural_person", "total")] == [2, 2] and read["total"].state == "value"


def test_an_end_shared_by_several_rows_or_too_short_names_no_row():
    from orchestration.parsing.align import MIN_SCORE, score, template_rows
    rows = {row.key: row for row in template_rows(("rejected_excessive", "rejected_duplicate",
                                                   "other_no_correction", "unavailable_not_held"))}
    assert score("大量反复申请", rows["rejected_excessive"]) >= MIN_SCORE
    assert score("申请", rows["rejected_excessive"]) < MIN_SCORE
    assert score("政府信息", rows["unavailable_not_held"]) < MIN_SCORE  # a wrapped label's last line


# ---------------------------------------------------------------- a crawled figure with thousands separators


def test_a_crawled_figure_keeps_its_thousands_separator():
    from orchestration.parsing.recovery import row_candidates
    from orchestration.parsing.tokens import joined_cells

    assert joined_cells("行政强制1,360第二十条") == ["行政强制", "1,360", "第二十条"]
    assert row_candidates(["1,360"], 1, summed=False, blanks=True) == [(Decimal(1360),)]
    # `11,360` in three columns: 1 and 1,360, or 11,360 with a blank either side; never 11 and 360
    found = row_candidates(["—", "11,360"], 3, summed=False, blanks=True)
    assert (None, Decimal(1), Decimal(1360)) in found and (None, Decimal(11), Decimal(360)) not in found


def test_a_crawled_row_whose_grouped_figure_may_hold_another_cell_is_unknown_not_cut():
    from tests.unit.test_reader_classes import crawled_page

    # on a page whose table 3 drops its blank cells, `—11,360` is —, 1, 1,360 or —, blank, 11,360
    figures = {key: [None if v == 0 else v for v in row] for key, row in FIGURES.items()}
    report = parse_text(crawled_page(figures, REVIEWS).replace("规章005", "规章—11,360"), "crawl.html.txt")
    cells = {c.column: c for c in report.cells if c.table == "disclosures" and c.row == "regulations"}
    assert cells["issued"].value is None and cells["issued"].state == "blank"
    assert cells["repealed"].state == "unknown" and cells["in_force"].state == "unknown"
    # a page whose table 3 prints every cell drops none: the groups are the last cell's, 1 the one before
    report = parse_text(crawled_page(FIGURES, REVIEWS).replace("规章005", "规章—11,360"), "crawl.html.txt")
    cells = {c.column: c for c in report.cells if c.table == "disclosures" and c.row == "regulations"}
    assert [cells[m].value for m in ("issued", "repealed", "in_force")] == [None, 1, 1360]


# ---------------------------------------------------------------- table 4 in narrow columns

REVIEW_WORDS = [["结果", "维持"], ["结果纠", "正"], ["其他结", "果"], ["尚未审结"], ["总计"]]


def narrow_reviews(figures: list) -> str:
    """Table 4 with its outcome words wrapped down narrow columns, a figure under each column's
    left edge, blank cells as spaces."""
    starts = [0, 7, 16, 25, 36, 43, 50, 59, 68, 79, 86, 93, 102, 111, 122]
    lines = ["四、政府信息公开行政复议、行政诉讼情况", placed((0, "行政复议"), (43, "行政诉讼")),
             placed((43, "未经复议直接起诉"), (86, "复议后起诉"))]
    lines += down([(start, REVIEW_WORDS[i % 5]) for i, start in enumerate(starts)])
    lines.append(placed(*((start, str(v)) for start, v in zip(starts, figures) if v is not None)))
    return "\n".join(lines) + "\n"


def test_table_4_header_words_wrapped_down_narrow_columns_place_its_figures():
    figures = [2, None, 1, None, 3, None, None, None, 1, 1, None, None, None, None, None]
    text = narrow_report().split("四、政府信息公开行政复议")[0] + narrow_reviews(figures) + "五、存在的主要问题及改进情况\n"
    report = parse_text(text, "narrow.txt")
    cells = {(c.row, c.column): c for c in report.cells if c.table == "reviews"}
    read = [cells[(p, o)].value for p in ("administrative_review", "litigation_direct", "litigation_after_review")
            for o in ("upheld", "corrected", "other", "pending", "total")]
    assert read == figures, report.warnings
    blank = narrow_report().split("四、政府信息公开行政复议")[0] + narrow_reviews([None] * 15) + "五、存在的主要问题及改进情况\n"
    assert all(c.state == "blank" for c in parse_text(blank, "narrow.txt").cells if c.table == "reviews")


# ---------------------------------------------------------------- a gap shrunk to one space


def squeezed(total: str) -> str:
    row = placed((0, "4.保护第三方合法权益"), *zip(APPLICANT_COLUMNS, map(str, FIGURES["denied_third_party_rights"])))
    changed = placed((0, "4.保护第三方合法权益"), (60, "1 0"), *zip(APPLICANT_COLUMNS[2:], ["0", "0", "0", "0", total]))
    return narrow_report().replace(row, changed)


def test_figures_whose_gap_shrank_to_one_space_fill_the_row_in_order():
    report = parse_text(squeezed("1"), "narrow.txt")
    read = [c for c in report.cells if c.table == "applications" and c.row == "denied_third_party_rights"]
    assert [c.value for c in read] == [1, 0, 0, 0, 0, 0, 1] and {c.state for c in read} == {"value"}


def test_a_shrunk_gap_whose_row_breaks_its_sum_is_not_read_in_order():
    report = parse_text(squeezed("5"), "narrow.txt")
    read = {c.column: c for c in report.cells if c.table == "applications" and c.row == "denied_third_party_rights"}
    assert read["natural_person"].value != 1 or read["natural_person"].state == "unknown"


def test_a_crawled_row_of_blank_marks_before_a_spaced_out_heading_is_blank():
    from tests.unit.test_reader_classes import applications_of, crawled_page

    text = crawled_page(FIGURES, REVIEWS)
    printed = "二、上年结转政府信息公开申请数量0000000三、本年度办理结果（一）予以公开"
    assert printed in text
    text = text.replace(printed, "二、上年结转政府信息公开申请数量-------三 、 本 年 度 办 理 结 果（ 一 ） 予 以 公 开")
    read = applications_of(parse_text(text, "crawl.html.txt"))
    assert [(c.value, c.state) for c in read["carried_over"]] == [(None, "blank")] * 7
    assert [c.value for c in read["granted"]] == FIGURES["granted"]


def test_table_2_item_before_its_header_words_is_unknown_not_blank():
    # text extracted cell by cell out of reading order: the item's label, then its header words, then
    # its figures; the label has no figure after it, and that says nothing of blank cells
    from tests.unit.test_reader_classes import TABLE2

    scrambled = ("二、主动公开政府信息情况\n第二十条第（一）项\n信息内容\n规章\n\n本年制发件数\n\n本年废止件数\n\n"
                 "现行有效件数\n0\n\n0\n\n5\n")
    report = parse_text(one_cell_per_line(FIGURES, REVIEWS).replace(TABLE2, scrambled), "plain.txt")
    cells = [c for c in report.cells if c.table == "disclosures" and c.row == "regulations"]
    assert cells and all(c.state == "unknown" for c in cells), [(c.value, c.state) for c in cells]
