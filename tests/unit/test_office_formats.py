"""Legacy Word (.doc), WPS (.wps) and spreadsheets (.xlsx/.xls/.et): real files written here
(LibreOffice writes the Word 97 binary, openpyxl and xlwt the workbooks), read through parse_file."""

from __future__ import annotations

import io

import pytest

from orchestration.parsing.formats import detect_format, extract
from orchestration.parsing.office import DOC, SPREADSHEET, libreoffice, sheet_lines
from orchestration.parsing.parse import parse_file
from testkit.corpus import make_document
from tests.unit.test_formats import SAME_NOISE, record_core

needs_libreoffice = pytest.mark.skipif(libreoffice() is None, reason="LibreOffice is installed by system-packages.txt")


def _parsed(tmp_path, layout: str, template: str, index: int = 3):
    document = make_document(11, index, layout=layout, noise=SAME_NOISE, template=template)
    path = tmp_path / document.name
    path.write_bytes(document.data)
    return parse_file(path), document


@pytest.mark.parametrize("template", ["2019", "2021"])
def test_xlsx_xls_and_et_parse_to_the_same_record_as_the_text_version(tmp_path, template):
    text, document = _parsed(tmp_path, "txt-tabs", template)
    expected = record_core(text.to_dict())
    assert expected["applications"] == document.truth["applications"]
    for layout in ("xlsx", "xls", "et"):
        report, _ = _parsed(tmp_path, layout, template)
        assert report.format == SPREADSHEET
        assert record_core(report.to_dict()) == expected, layout


@needs_libreoffice
def test_doc_and_wps_parse_to_the_same_record_as_the_text_version(tmp_path):
    text, _ = _parsed(tmp_path, "txt-tabs", "2021", index=5)
    for layout in ("doc", "wps"):
        report, document = _parsed(tmp_path, layout, "2021", index=5)
        assert document.data.startswith(b"\xd0\xcf\x11\xe0")  # a real OLE Word 97 file
        assert report.format == DOC and report.status == "parsed"
        assert record_core(report.to_dict()) == record_core(text.to_dict()), layout


def test_a_merged_range_in_a_sheet_is_written_once_like_an_html_rowspan():
    rows = [
        ["某某局2023年政府信息公开工作年度报告", "", "", ""],
        ["（三）不予公开", "1.属于国家秘密", 1, ""],
        ["", "2.其他法律行政法规禁止公开", 0.0, 2.0],
        ["", "", "", ""],
        ["", "", "", ""],
    ]
    merged = [((1, 0), (2, 0))]
    assert sheet_lines(rows, merged) == [
        "某某局2023年政府信息公开工作年度报告",
        "（三）不予公开\t1.属于国家秘密\t1\t",
        "2.其他法律行政法规禁止公开\t0\t2",
        "\t\t\t",  # one empty row under a table is its row of blank figures; the next is spacing
    ]


def test_an_ole_file_is_read_by_the_streams_it_names_not_by_its_extension():
    import xlwt

    book = xlwt.Workbook(encoding="utf-8")
    book.add_sheet("s").write(0, 0, "规章")
    out = io.BytesIO()
    book.save(out)
    assert detect_format(out.getvalue()) == SPREADSHEET
    assert extract(out.getvalue()).text == "规章\n"
    assert detect_format(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + "WordDocument".encode("utf-16-le") + b"\x00" * 64) == DOC
