"""An agency's place misread by one glyph, checked against the places round it on the division list: one
division there one glyph apart corrects it, several leave it as read with a warning; a department misread
by one glyph, in text an OCR wrote, is the one department name one glyph apart."""

from __future__ import annotations

import pytest

from orchestration.parsing import title as T
from orchestration.parsing.agency_places import department_as_named, place_among_its_neighbours
from orchestration.parsing.parse import parse_text
from tests.unit.test_parser_edges import BALANCED, report_text

OCR_TEXT = "〈一) 予以公开"  # a bracket read as `〈` closed by `)`: a trait of an OCR's text


def test_a_city_one_glyph_from_the_one_city_above_its_county_is_corrected_with_a_warning():
    name, code, message = place_among_its_neighbours("湖北省成宁市咸安区教育和体育局")
    assert name == "湖北省咸宁市咸安区教育和体育局" and code == "agency_name_corrected"
    assert "咸宁市" in message and "湖北省、咸安区" in message


def test_a_district_one_glyph_from_several_districts_of_its_city_is_kept_with_a_warning():
    # 韶关市 has 武江区, 浈江区 and 曲江区: `波江区` may be any of them
    name, code, message = place_among_its_neighbours("韶关市波江区人民政府办公室")
    assert name == "韶关市波江区人民政府办公室" and code == "agency_place_unconfirmed"
    assert all(place in message for place in ("武江区", "浈江区", "曲江区"))


@pytest.mark.parametrize("name", ["韶关市浈江区人民政府办公室", "山东省淄博市沂源县卫生健康局", "淄博市司法局",
                                  "韶关市高新区管理委员会", "湖北省成宁市成安区教育局"])
def test_places_on_the_list_a_zone_or_two_misread_places_are_left_alone(name):
    assert place_among_its_neighbours(name) == (name, None, None)


def test_a_department_one_glyph_from_one_department_is_corrected_in_ocr_text_only():
    assert department_as_named("天水市生驴环境局", OCR_TEXT)[0] == "天水市生态环境局"
    assert department_as_named("天水市生驴环境局", "（一）予以公开") == ("天水市生驴环境局", None)
    assert department_as_named("天水市生态环境局", OCR_TEXT) == ("天水市生态环境局", None)


def test_the_report_carries_the_corrected_name_and_the_name_as_written():
    text = report_text(BALANCED).replace("测试市民政局", "湖北省成宁市咸安区民政局")
    report = parse_text(text, "t.txt")
    assert report.agency == "湖北省咸宁市咸安区民政局" and report.agency_as_written == "湖北省成宁市咸安区民政局"
    assert "agency_name_corrected" in {w.code for w in report.warnings}


def test_a_place_alone_in_an_index_block_yields_to_the_body_it_opens_named_elsewhere():
    lines = ["发布机构: 山东省", "成文日期: 2021-01-22", "2020年政府信息公开工作年度报告", "一、总体情况",
             "2020年，山东省淄博市沂源县卫生健康局认真贯彻落实《条例》。"]
    assert T.read_title(lines).agency == "山东省淄博市沂源县卫生健康局"
