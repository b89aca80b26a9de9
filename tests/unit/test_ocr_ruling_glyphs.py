"""OCR text (tesseract on a ruled table) where a column's ruling line comes out as a `1` and a second
glyph beside it (`0   01|101010410   0`: the border before the last column read `41` in row after
row). The row's figures come back where its sum and the column rules leave one reading; a figure
standing as a word of its own is never taken for a ruling's glyphs; a misread place in the title is
corrected where the report's own text spells it and the division list knows it."""

from __future__ import annotations

import copy

import pytest

from orchestration.parsing.parse import parse_text
from tests.unit.test_ocr_misread import enforcement_row
from tests.unit.test_parser_edges import BALANCED, report_text
from tests.unit.test_reader_classes import FIGURES, applications_of, pdftotext_layout


@pytest.mark.parametrize("figures", ["1   01|101010410   1", "1 101010190101 1", "1 101010101410 | 1"])
def test_a_ruling_read_as_a_1_and_a_digit_beside_it_is_taken_out_where_the_rules_leave_one_reading(figures):
    cells = enforcement_row(f"7.属于行政执法案卷       {figures}")
    assert [c.value for c in cells] == [1, 0, 0, 0, 0, 0, 1]
    assert {c.state for c in cells} == {"recovered"}


def test_a_figure_standing_as_a_word_is_never_a_rulings_glyphs():
    # `31` read whole or as 3 and a ruling; taking it all for a ruling would leave 0 0 1 0 0 0 1, which
    # its row's sum allows; another outcome row unreadable, the column sums cannot refuse it
    figures = copy.deepcopy(FIGURES)
    figures.update(denied_enforcement_files=[31, 0, 0, 0, 0, 0, 31], results_total=[42, 3, 0, 0, 0, 0, 45],
                   new_received=[43, 3, 0, 0, 0, 0, 46])
    text = pdftotext_layout(figures).replace("（一）予以公开", "〈一) 予以公开")
    enforcement = next(row for row in text.splitlines() if "7.属于行政执法案卷" in row)
    secret = next(row for row in text.splitlines() if "1.属于国家秘密" in row)
    text = text.replace(enforcement, "7.属于行政执法案卷   31 | 0 | 0 1 0 11010131")
    text = text.replace(secret, "1.属于国家秘密   0|0|0101olol10o0")
    cells = applications_of(parse_text(text, "ocr.txt"))["denied_enforcement_files"]
    assert all(c.state == "unknown" or c.value == v for c, v in zip(cells, [31, 0, 0, 0, 0, 0, 31]))


def test_the_glyphs_of_a_ruling_in_a_reports_own_text_are_read_as_printed():
    cells = enforcement_row("7.属于行政执法案卷       1 101010190101 1", ocr_trait=False)
    assert "recovered" not in {c.state for c in cells}


def titled(agency: str, body: str, ocr: bool = True):
    """A report whose title names `agency`, its text opening on `body`; `ocr`: the text shows an OCR
    wrote it (a bracket read as `〈` closed by `)`)."""
    text = report_text(BALANCED).replace("测试市民政局", agency, 1)
    text = text.replace("一、总体情况", f"一、总体情况\n{body}", 1)
    return parse_text(text.replace("（一）予以公开", "〈一) 予以公开") if ocr else text, "t.txt")


def test_a_place_misread_in_the_title_is_corrected_where_the_text_spells_it():
    report = titled("洪译区人民政府", "本报告由淮安市洪泽区人民政府办公室编制。")
    assert report.agency == "洪泽区人民政府"
    assert "agency_name_corrected" in {w.code for w in report.warnings}


@pytest.mark.parametrize("body", ["本报告由淮安市洪译区人民政府办公室编制。", "本报告由本机关编制。",
                                  # as often as the title's spelling, which the text uses too: not singled out
                                  "洪泽区、洪泽区与洪译区共同推进。"])
def test_a_place_the_text_does_not_spell_otherwise_is_kept_as_written(body):
    report = titled("洪译区人民政府", body)
    assert report.agency == "洪译区人民政府"
    assert "agency_name_corrected" not in {w.code for w in report.warnings}


def test_a_title_in_a_text_no_ocr_wrote_is_kept_as_typed():
    report = titled("洪译区人民政府", "本报告由淮安市洪泽区人民政府办公室编制。", ocr=False)
    assert report.agency == "洪译区人民政府"


@pytest.mark.parametrize("body", ["高新区与高港区共同推进公开工作，高港区配合。", "本区与高港区共同推进公开工作，高港区配合。"])
def test_a_zone_is_never_renamed_to_a_district_the_text_names(body):
    # 高新区 is on no division list; 高港区, one glyph apart, is a district of the same city
    report = titled("泰州市高新区管委会", body)
    assert report.agency == "泰州市高新区管委会"
    assert "agency_name_corrected" not in {w.code for w in report.warnings}


def reviews_read(line: str) -> dict:
    text = pdftotext_layout(FIGURES).replace("〈", "（").replace("（一）予以公开", "〈一) 予以公开")
    text = text.replace("\t".join(["1", "0", "0", "0", "1", "0", "0", "0", "1", "1"] + ["0"] * 5), line)
    report = parse_text(text, "ocr.txt")
    return {(c.row, c.column): c for c in report.cells if c.table == "reviews"}


def test_table_4s_rulings_read_as_1s_are_taken_out_where_review_sum_leaves_one_reading():
    cells = reviews_read("1   0   0   0   1   0|1010   1   1   0|101010   0")
    assert [cells[("litigation_direct", o)].value for o in ("upheld", "corrected", "other", "pending", "total")] == \
        [0, 0, 0, 1, 1]
    assert {c.state for c in cells.values()} == {"recovered"}
    assert [c.value for c in cells.values()] == [1, 0, 0, 0, 1, 0, 0, 0, 1, 1, 0, 0, 0, 0, 0]


def test_table_4_as_printed_breaking_review_sum_stays_unknown():
    # the office printed administrative review's total 0 beside 10 upheld: no reading keeps the sums
    cells = reviews_read("10 | 1   0   0 1010101010   0 1510101010")
    assert {c.state for c in cells.values()} == {"unknown"}


def test_a_place_the_text_writes_as_the_title_does_is_kept_beside_a_listed_neighbour():
    # 高新区 is no division; 高港区 is: a report writing 高新区 again in its text names the zone
    text = report_text(BALANCED).replace("测试市民政局", "高新区管委会", 1)
    text = text.replace("一、总体情况", "一、总体情况\n高新区与高港区共同推进公开工作。", 1)
    assert parse_text(text, "t.txt").agency == "高新区管委会"
