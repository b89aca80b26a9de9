"""A row that prints one figure fewer than table 3's columns, in a table that prints every cell (its
zeros too): one figure was lost (an OCR missed it, or its column was cut at the page's edge). The
figures are placed where the row's sum and the column rules leave them one place; the lost figure is
never written, and a figure whose place the rules cannot tell stays unknown. Where a figure may have
been lost anywhere (a short row in text an OCR wrote), nothing is read in order; a count too long for
any office is unknown."""

from __future__ import annotations

from orchestration.parsing.parse import parse_text
from tests.unit.test_reader_classes import FIGURES, applications_of, pdftotext_layout


def row_printed(key: str, figures: str, blanks: bool = False) -> list:
    shown = {k: [v if v or not blanks else None for v in values] for k, values in FIGURES.items()}
    text = pdftotext_layout(shown)
    label = {"results_total": "（七）总计", "denied_state_secret": "1.属于国家秘密"}[key]
    printed = next(line for line in text.splitlines() if label in line)
    at = printed.index(label) + len(label)
    return applications_of(parse_text(text.replace(printed, printed[:at] + "      " + figures), "t.txt"))[key]


def test_a_total_lost_at_the_rows_end_leaves_its_parts_placed():
    # 11 3 0 0 0 0: a total of 0 cannot sum 11 and 3, so the lost figure is the total
    cells = row_printed("results_total", "11      3      0      0      0      0")
    assert [c.value for c in cells[:6]] == [11, 3, 0, 0, 0, 0]
    assert {c.state for c in cells[:6]} == {"recovered"}
    assert cells[6].state == "unknown" and cells[6].value is None


def test_six_zeros_for_seven_columns_stay_unknown_whatever_place_the_lost_figure_had():
    # the lost figure could be any of the seven (each then 0 by the sums): it is never written
    cells = row_printed("denied_state_secret", "0      0      0      0      0      0")
    assert {c.state for c in cells} == {"unknown"}


def test_in_a_table_that_leaves_blank_cells_empty_a_short_row_is_not_placed():
    # six figures for seven columns, as a row that lost one prints them: where blank cells print nothing,
    # a blank as likely left no figure
    cells = row_printed("results_total", "11      3      0      0      0      0", blanks=True)
    assert "recovered" not in {c.state for c in cells}


def test_a_count_of_table_4_too_long_for_any_office_is_unknown():
    from tests.unit.test_parser_edges import BALANCED, report_text

    report = parse_text(report_text(BALANCED, reviews="\t".join(["110101211"] + ["0"] * 14)), "t.txt")
    cell = next(c for c in report.cells if c.table == "reviews" and c.column == "upheld"
                and c.row == "administrative_review")
    assert cell.state == "unknown" and cell.value is None


def test_in_ocr_text_a_short_row_of_table_4_is_not_read_in_order():
    # a ruling read as a lone `1` at the end of a header's line, taken for the row's figures
    text = pdftotext_layout(FIGURES).replace("（一）予以公开", "〈一) 予以公开")
    header = next(line for line in text.splitlines() if line.startswith("结果维持"))
    figures = "\t".join(["1", "0", "0", "0", "1", "0", "0", "0", "1", "1"] + ["0"] * 5)
    text = text.replace(header + "\n" + figures, "结果 |结果  他          |           1")
    report = parse_text(text, "ocr.txt")
    assert {c.state for c in report.cells if c.table == "reviews"} == {"unknown"}


def test_zeros_run_together_as_many_as_the_columns_are_each_a_zero():
    cells = row_printed("denied_state_secret", "0      0      0      oo      oo")
    assert [c.value for c in cells] == [0] * 7
    assert {c.state for c in cells} == {"recovered"}


def spaced_crawl(figures: dict[str, list], printed: dict[str, str]) -> str:
    """A crawled page whose table 3 is one line, its figures set apart by spaces (`printed`: a row's
    figures as the page prints them, where they are not `figures`)."""
    from tests.unit.test_reader_classes import REVIEW_HEADER, REVIEW_LABELS, REVIEWS, ROWS, TABLE2, TITLE

    parts = ["一、总体情况 本年度我局认真落实条例。", TABLE2.replace("\t", "").replace("\n", ""),
             "三、收到和处理政府信息公开申请情况", "申请人情况自然人法人或其他组织商业企业科研机构社会公益组织法律服务机构其他总计"]
    for key, label, heading in ROWS:
        parts.append(f"{heading or ''}{label} {printed.get(key) or ' '.join(map(str, figures[key]))} ")
    parts += ["\n", REVIEW_HEADER, REVIEW_LABELS, " ".join(map(str, REVIEWS)), "五、存在的主要问题及改进情况 一是公开形式单一。"]
    return TITLE + "".join(parts) + "\n"


def test_a_crawled_row_sharing_its_line_with_others_is_never_placed_from_the_lines_last_figures():
    # every row of table 3 on one line: the figures closing that line are carried_forward's zeros,
    # not the figures of 1.属于国家秘密, printed with two cells too many (truth 1 0 0 0 0 0 1)
    figures = dict(FIGURES, denied_state_secret=[1, 0, 0, 0, 0, 0, 1], unavailable_not_held=[2, 0, 0, 0, 0, 0, 2],
                   granted=[7, 3, 0, 0, 0, 0, 10], new_received=[11, 3, 0, 0, 0, 0, 14], carried_forward=[0] * 7)
    text = spaced_crawl(figures, {"denied_state_secret": "1 0 0 0 0 0 0 0 1"})
    cells = applications_of(parse_text(text, "crawl.html.txt"))["denied_state_secret"]
    assert all(c.state == "unknown" or c.value == v for c, v in zip(cells, [1, 0, 0, 0, 0, 0, 1]))
    assert "recovered" not in {c.state for c in cells}


def rows_printed(printed: dict[str, str]) -> dict[str, list]:
    """Table 3 as pdftotext -layout prints it, the rows labelled as `printed`'s keys printing its figures."""
    text = pdftotext_layout(FIGURES)
    for label, figures in printed.items():
        line = next(line for line in text.splitlines() if label in line)
        text = text.replace(line, line[: line.index(label) + len(label)] + "      " + figures)
    return applications_of(parse_text(text, "t.txt"))


def test_a_lost_cell_is_not_placed_where_another_row_of_its_rule_is_unknown():
    # truth 0 x7, a figure lost and a `1` misread: placing the lost figure keeps the row's sum whatever
    # it is, and APP_OUTCOME_SUM, the one rule that could check it, needs the unreadable row below
    cells = rows_printed({"1.属于国家秘密": "0      0      0      0      1      0",
                          "2.其他法律行政法规禁止公开": "0   0   0   0   0   0   0   0"})["denied_state_secret"]
    assert "recovered" not in {c.state for c in cells}
    assert all(c.state == "unknown" or c.value == 0 for c in cells)


def test_zeros_run_together_are_not_read_where_no_rule_of_their_row_is_checked():
    cells = rows_printed({"1.属于国家秘密": "0      0      0      oo      oo",
                          "2.其他法律行政法规禁止公开": "0   0   0   0   0   0   0   0"})["denied_state_secret"]
    assert {c.state for c in cells} == {"unknown"}


def test_two_rows_of_one_rule_each_losing_a_figure_are_placed_together():
    # each row's rule is checked with the other row's placements: both are read, so both are placed
    read = rows_printed({"（一）予以公开": "8      2      0      0      0      0",
                         "（七）总计": "11      3      0      0      0      0"})
    assert [c.value for c in read["granted"][:6]] == [8, 2, 0, 0, 0, 0]
    assert [c.value for c in read["results_total"][:6]] == [11, 3, 0, 0, 0, 0]
    assert {c.state for c in read["granted"][:6] + read["results_total"][:6]} == {"recovered"}
