"""Noise of a printed report's OCR text (tesseract on a page image) that would otherwise become wrong
cells: a table's ruling lines read as `|` or as a `1` glued to a figure, a look-alike bracket in a
heading, a misread figure with a leading zero, paragraphs set one empty line apart. Each reading
gives the figures back or says a cell is unknown: never a wrong number."""

from __future__ import annotations

from decimal import Decimal

import pytest

from orchestration.parsing.parse import parse_text
from tests.unit.test_reader_classes import (
    FIGURES,
    OUTCOMES,
    PROCEEDINGS,
    REVIEWS,
    TABLE2,
    disclosures_of,
    pdftotext_layout,
)

REVIEW_DATA = "\t".join(map(str, REVIEWS))


def reviews_of(text: str) -> list:
    cells = {(c.row, c.column): c for c in parse_text(text, "ocr.txt").cells if c.table == "reviews"}
    return [cells[(p, o)] for p in PROCEEDINGS for o in OUTCOMES]


def with_review_row(row: str) -> str:
    return pdftotext_layout(FIGURES).replace(REVIEW_DATA, row)


def test_a_ruling_read_as_a_1_glued_to_figures_is_taken_out_where_only_that_keeps_the_sums():
    # printed 72 |64 |78 |37 |251 ‖ 13 |4 |8 |1 |26 ‖ 12 |1 |1 |6 |20; the OCR read some rulings as `|`,
    # others as a `1` before the figure: 137, 1251, 113, 14 break the sums, the rulings taken out keep them
    truth = [72, 64, 78, 37, 251, 13, 4, 8, 1, 26, 12, 1, 1, 6, 20]
    cells = reviews_of(with_review_row("72 |64 |78 137 1251 113 14 8 1 26 |12 |1 1 6  20"))
    assert [c.value for c in cells] == truth
    assert {c.state for c in cells} == {"recovered"}  # a reading of noise: never evidence a rule passes


def test_a_ruling_glued_to_a_figure_is_unknown_where_both_readings_keep_the_sums():
    # 178 |37 or 78 |137: both sum to 215 with 72 and 64; the cells the readings agree on are kept
    truth = [72, 64, 178, 37, 351, 13, 4, 8, 1, 26, 12, 1, 1, 6, 20]
    cells = reviews_of(with_review_row("72 |64 |178 137 1351 113 14 8 1 26 |12 |1 1 6  20"))
    assert [c.state for c in cells[2:4]] == ["unknown", "unknown"]
    assert all(c.value == v for c, v in zip(cells, truth) if c.state != "unknown")
    assert [c.value for c in cells[5:]] == truth[5:]


def test_a_row_of_bars_that_keeps_its_sums_as_printed_is_read_as_printed():
    truth = [2, 0, 1, 0, 3, 0, 0, 0, 0, 0, 1, 0, 0, 0, 1]
    cells = reviews_of(with_review_row("2 |0 1 0 3 |0 0 0 0 0 |1 0 0 0 1"))
    assert [c.value for c in cells] == truth


@pytest.mark.parametrize("heading", ["第二十条第〈一) 项", "第二十条 第〈一〉项"])
def test_a_look_alike_bracket_in_the_article_heading_still_names_it(heading):
    text = pdftotext_layout(FIGURES).replace(TABLE2, TABLE2.replace("第二十条第（一）项", heading))
    assert disclosures_of(parse_text(text, "ocr.txt"))[("regulations", "in_force")].value == Decimal(5)


def test_a_figure_with_a_leading_zero_is_unknown_not_read_as_another_count():
    # `00` for 66: no office prints a count so
    text = pdftotext_layout(FIGURES).replace("规章\t0\t0\t5", "规章\t0\t0\t00")
    cells = {(c.row, c.column): c for c in parse_text(text, "ocr.txt").cells if c.table == "disclosures"}
    assert cells[("regulations", "in_force")].state == "unknown"


def ocr_paragraphs(regulations: list[str]) -> str:
    """Table 2 as tesseract writes a table it reads cell by cell: every line a paragraph, one empty
    line after it; a blank cell leaves no line at all."""
    lines = ["某某县民政局", "2021年政府信息公开工作年度报告", "二、主动公开政府信息情况", "第二十条第（一）项", "信息内容",
             "本年制发件数", "本年废止件数", "现行有效件数", "规章", *regulations, "行政规范性文件", "3", "1", "12",
             "第二十条第（五）项", "信息内容", "本年处理决定数量", "行政许可", "25", "三、收到和处理政府信息公开申请情况"]
    return "\n\n".join(lines) + "\n"


def test_ocr_paragraphs_a_row_short_of_figures_is_unknown_not_read_with_blank_cells():
    cells = {(c.row, c.column): c for c in parse_text(ocr_paragraphs(["5"]), "ocr.txt").cells
             if c.table == "disclosures"}
    assert {cells[("regulations", m)].state for m in ("issued", "repealed", "in_force")} == {"unknown"}
    assert [cells[("normative_documents", m)].value for m in ("issued", "repealed", "in_force")] == [3, 1, 12]


def test_ocr_paragraphs_a_full_row_is_read():
    cells = {(c.row, c.column): c for c in parse_text(ocr_paragraphs(["0", "0", "5"]), "ocr.txt").cells
             if c.table == "disclosures"}
    assert [cells[("regulations", m)].value for m in ("issued", "repealed", "in_force")] == [0, 0, 5]


def ocr_spread(rows: list[str]) -> str:
    """Table 2 as tesseract writes a page it laid out itself: a label, then figures at page positions
    no other line shares (runs of spaces of any width), in a region with no aligned columns."""
    lines = ["某某县民政局", "2021年政府信息公开工作年度报告", "二、主动公开政府信息情况", "第二十条第(一) 项", "",
             "信息内容。。 本年制发件数 本年废止件数 现行有效件数", "", *rows, "第二十条第 (五 ) 项", "",
             "信息内容 本年处理决定数量", "行政许可 25", "三、收到和处理政府信息公开申请情况"]
    return "\n".join(lines) + "\n"


def test_figures_spread_at_page_positions_after_a_label_are_its_cells():
    text = ocr_spread(["规章             0              0              5", "行政规范性文件 6          1          32"])
    cells = disclosures_of(parse_text(text, "ocr.txt"))
    assert [cells[("regulations", m)].value for m in ("issued", "repealed", "in_force")] == [0, 0, 5]
    assert [cells[("normative_documents", m)].value for m in ("issued", "repealed", "in_force")] == [6, 1, 32]


def test_figures_spread_at_page_positions_fewer_than_the_columns_are_unknown():
    text = ocr_spread(["规章             0                             5", "行政规范性文件 6          1          32"])
    cells = disclosures_of(parse_text(text, "ocr.txt"))
    assert {cells[("regulations", m)].state for m in ("issued", "repealed", "in_force")} == {"unknown"}


@pytest.mark.parametrize("look_alike", ["工", "l", "I"])
def test_a_look_alike_of_1_standing_as_a_cell_among_figures_is_read_as_1(look_alike):
    text = ocr_spread([f"规章             0              0              {look_alike}",
                       "行政规范性文件 6          1          32"])
    cells = disclosures_of(parse_text(text, "ocr.txt"))
    assert [cells[("regulations", m)].value for m in ("issued", "repealed", "in_force")] == [0, 0, 1]



def test_a_row_of_bars_with_no_figure_edged_by_a_1_is_read_as_printed_though_a_sum_breaks():
    # the report's own arithmetic wrong (2 + 0 + 0 + 0 ≠ 3): no ruling to take out, the row as printed
    truth = [2, 0, 0, 0, 3, 0, 0, 0, 0, 0, 2, 0, 0, 0, 2]
    cells = reviews_of(with_review_row("2 |0 0 0 3 |0 0 0 0 0 |2 0 0 0 2"))
    assert [c.value for c in cells] == truth


@pytest.mark.parametrize("quote", ["”", "“", "'"])
def test_a_quote_glued_before_a_figure_among_a_rows_figures_is_taken_off(quote):
    # `36 ”0     0`: a speck or a ruling the OCR read as a quote
    text = ocr_spread(["规章             0              0              5", f"行政规范性文件 6          {quote}1          32"])
    cells = disclosures_of(parse_text(text, "ocr.txt"))
    assert [cells[("normative_documents", m)].value for m in ("issued", "repealed", "in_force")] == [6, 1, 32]
