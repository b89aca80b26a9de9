"""Reports as HTML pages, Word files and PDFs: real files, written here, read through parse_file.

The DOCX files are written by python-docx, the PDFs by reportlab with its built-in Chinese CID
font (a real text layer, no font file), the HTML by hand: no mocks.
"""

from __future__ import annotations

import io
import random
import zipfile

import pytest

from orchestration.core.cli import main
from orchestration.core.rules import evaluate
from orchestration.parsing.formats import DOCX, HTML, PDF, TEXT, FormatProblem, detect_format, extract
from orchestration.parsing.parse import parse_bytes, parse_file
from testkit.corpus import Plan, make_document, render_docx, render_html, render_pdf

SAME_NOISE = {"units", "separators", "label_drift", "extra_column", "blank_tokens"}


def record_core(record: dict) -> dict:
    """What a user reads from a report: who, when, which template, every figure."""
    return {
        "agency": record["agency"],
        "year": record["year"],
        "template": record["template"],
        "status": record["status"],
        "disclosures": sorted((d["item"], d["metric"], d["value"]) for d in record["disclosures"]),
        "applications": record["applications"],
        "reviews": record["reviews"],
        "unknown_cells": record["unknown_cells"],
    }


@pytest.mark.parametrize("template", ["2019", "2021"])
def test_the_same_report_as_docx_html_and_pdf_parses_to_the_same_record(tmp_path, template):
    records = {}
    for layout in ("docx", "html-utf8", "pdf", "txt-tabs"):
        document = make_document(11, 3, layout=layout, noise=SAME_NOISE, template=template)
        path = tmp_path / document.name
        path.write_bytes(document.data)
        report = parse_file(path)
        records[layout] = record_core(report.to_dict())
        assert report.format == {"docx": DOCX, "html-utf8": HTML, "pdf": PDF, "txt-tabs": TEXT}[layout]
    assert records["docx"] == records["html-utf8"] == records["pdf"] == records["txt-tabs"]
    truth = make_document(11, 3, layout="pdf", noise=SAME_NOISE, template=template).truth
    assert records["pdf"]["applications"] == truth["applications"]
    assert records["pdf"]["reviews"] == truth["reviews"]
    assert records["pdf"]["template"] == template and records["pdf"]["unknown_cells"] == []


def test_format_is_decided_by_content_not_by_the_file_name(tmp_path):
    document = make_document(11, 4, layout="docx", noise=set())
    misnamed = tmp_path / "report.txt"
    misnamed.write_bytes(document.data)
    report = parse_file(misnamed)
    assert report.format == DOCX and report.status == "parsed" and report.agency == document.truth["agency"]
    assert detect_format(b"%PDF-1.4\n...") == PDF
    assert detect_format(b"\xef\xbb\xbf  <!DOCTYPE html><html>") == HTML
    assert detect_format("<table><tr><td>规章</td></tr></table>".encode()) == HTML
    assert detect_format("聊城市民政局2020年政府信息公开工作年度报告".encode()) == TEXT
    text = make_document(11, 4, layout="txt-tabs", noise=set()).data.decode("utf-8")
    report = parse_bytes(text.encode("utf-16"), "notepad-unicode.txt")  # with its BOM
    assert (report.encoding, report.status, report.agency) == ("utf-16", "parsed", document.truth["agency"])


def test_html_rowspan_and_colspan_leave_each_real_cell_once():
    page = """<html><head><meta charset="utf-8"></head><body>
      <p>三、收到和处理政府信息公开申请情况</p>
      <table>
        <tr><td rowspan="2" colspan="2">申请人</td><td colspan="2">法人</td></tr>
        <tr><td>商业<br>企业</td><td>其他</td></tr>
        <tr><td rowspan="2">（三）不予公开</td><td>1.属于国家秘密</td><td>1</td><td>&nbsp;</td></tr>
        <tr><td>2.其他法律行政法规禁止公开</td><td><span>0</span></td><td>２</td></tr>
      </table></body></html>"""
    text = extract(page.encode("utf-8")).text
    assert text.split("\n")[:5] == [
        "三、收到和处理政府信息公开申请情况",
        "申请人\t法人",
        "商业企业\t其他",
        "（三）不予公开\t1.属于国家秘密\t1\t",
        "2.其他法律行政法规禁止公开\t0\t２",
    ]


def test_markdown_with_a_raw_html_table_reads_the_table_as_rows():
    # pandoc writes a table with merged cells into markdown as raw HTML, between markdown paragraphs
    page = """# 某某局2021年政府信息公开工作年度报告

二、主动公开政府信息情况

<table data-border="1">
<tbody>
<tr class="odd"><td colspan="4"><p>第二十条第（一）项</p></td></tr>
<tr class="even"><td><p>信息内容</p></td><td><p>本年制发件数</p></td><td><p>本年废止件数</p></td><td><p>现行有效件数</p></td></tr>
<tr class="odd"><td><p>规章</p></td><td><p>3</p></td><td><p>&nbsp;</p></td><td><p>1,024</p></td></tr>
</tbody>
</table>

三、收到和处理政府信息公开申请情况
"""
    extracted = extract(page.encode("utf-8"))
    assert extracted.format == TEXT
    lines = extracted.text.split("\n")
    assert "规章\t3\t\t1,024" in lines and "第二十条第（一）项\t" in lines
    assert not [line for line in lines if "<" in line]
    assert lines[0] == "# 某某局2021年政府信息公开工作年度报告" and "三、收到和处理政府信息公开申请情况" in lines


def test_text_copied_from_a_browser_gets_its_table_rows_back():
    # innerText of a table whose cells hold <p>: each cell between empty lines, its tab alone
    # between them; cells without <p> keep their tabs inline; rows set apart by more empty lines
    def copied_row(cells: list[str]) -> str:
        return "\n\n\t\n\n".join(cells)

    rows = [["信息内容", "本年制发件数", "本年废止件数", "现行有效件数"], ["规章", "3", "\u00a0", "1,024"],
            ["规范性文件", "12", "0", "40"], ["行政许可", "7", "\u00a0", "\u00a0"]]
    text = "某某局2021年政府信息公开工作年度报告\n\n二、主动公开政府信息情况\n\n\n" + \
        "\n\n\n\n\n".join(copied_row(r) for r in rows) + "\n\n\n四、行政复议\n\n5\n\n\t\u00a0\t\u00a0\t\n\n2\t7\n"
    lines = extract(text.encode("utf-8")).text.split("\n")
    assert "规章\t3\t\u00a0\t1,024" in lines and "行政许可\t7\t\u00a0\t\u00a0" in lines
    assert "5\t\u00a0\t\u00a0\t2\t7" in lines
    assert lines.index("规范性文件\t12\t0\t40") > lines.index("规章\t3\t\u00a0\t1,024")


def test_a_few_lone_tabs_in_text_are_left_as_they_are():
    text = "某某局\n\n\t\n\n正文\n\t\n"
    assert extract(text.encode("utf-8")).text == text


@pytest.mark.parametrize("layout", ["html-gbk", "html-gbk-undeclared"])
def test_gbk_pages_declared_in_meta_or_not_declared_at_all(layout):
    document = make_document(11, 5, layout=layout, noise=set())
    with pytest.raises(UnicodeDecodeError):
        document.data.decode("utf-8")
    assert (b"charset=gbk" in document.data) == (layout == "html-gbk")
    report = parse_bytes(document.data, document.name)
    assert report.encoding in ("gb18030", "gbk") and report.status == "parsed"
    assert report.agency == document.truth["agency"]
    assert report.to_dict()["applications"] == document.truth["applications"]


def test_docx_merged_cells_are_read_once_in_document_order():
    document = make_document(11, 6, layout="docx", noise=set(), template="2021")
    with zipfile.ZipFile(io.BytesIO(document.data)) as package:
        xml = package.read("word/document.xml").decode("utf-8")
    assert 'w:vMerge' in xml and "w:gridSpan" in xml  # Word's own merges, not a flattened table
    lines = extract(document.data).text.split("\n")
    assert lines.index("一、总体情况") < lines.index("二、主动公开政府信息情况") < lines.index("五、存在的主要问题及改进情况")
    header = next(line for line in lines if line.startswith("（本列数据的勾稽关系"))
    assert header.split("\t") == [header.split("\t")[0], "申请人情况"]  # the 3x3 and 1x7 merges, once each
    other = [line for line in lines if "其他处理" in line]
    assert len(other) == 1 and other[0].startswith("（六）其他处理\t1.申请人无正当理由逾期不补正")


def test_pdf_table_across_pages_loses_its_repeated_header_and_page_furniture():
    document = make_document(11, 7, layout="pdf", noise={"separators"})
    text = extract(document.data).text
    import pypdfium2

    pages = [page.get_textpage().get_text_range() for page in pypdfium2.PdfDocument(document.data)]
    assert len(pages) >= 2 and sum("（本列数据的勾稽关系为" in page for page in pages) >= 2  # header repeated
    assert text.count("（本列数据的勾稽关系为") == 1  # repeated at the top of the next page, dropped
    assert "— 1 —" not in text and "— 2 —" not in text
    running = f"{document.truth['agency']}{document.truth['year']}年政府信息公开工作年度报告"
    assert text.count(running) <= 1  # the running header is gone; the title may read the same
    report = parse_bytes(document.data, document.name)
    assert report.to_dict()["applications"] == document.truth["applications"]
    assert not [w for w in report.warnings if w.code != "amount_unit_assumed"]


def test_files_that_are_not_reports_are_quarantined_with_the_reason(tmp_path):
    rng_plan = Plan(0, "某某区人民政府办公室", 2021, "2021", "pdf")
    rng = random.Random(1)
    notice = ["关于召开全区政务公开工作推进会议的通知", "定于3月5日召开会议。"]
    from reportlab.pdfgen import canvas

    scanned = io.BytesIO()
    page = canvas.Canvas(scanned, invariant=1)
    page.rect(50, 50, 400, 600, fill=1)
    page.showPage()
    page.save()
    cases = {
        "scan.pdf": (scanned.getvalue(), "image_only_pdf"),
        "notice.pdf": (render_pdf(rng, rng_plan, notice), "not_a_report"),
        "notice.docx": (render_docx(rng, rng_plan, notice), "not_a_report"),
        "notice.html": (render_html(rng, Plan(0, "某", 2021, "2021", "html-utf8"), notice), "not_a_report"),
        "empty.pdf": (b"", "empty"),
        "broken.pdf": (b"%PDF-1.4\n" + bytes(range(256)) * 4, "corrupt_file"),
        "archive.docx": (_zip({"a.txt": b"x"}), "unsupported_format"),
        "old.doc": (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 600, "unsupported_format"),
        "photo.png": (b"\x89PNG\r\n\x1a\n" + b"\x00" * 64, "corrupt_file"),
        "junk.bin": (bytes(range(256)) * 8, "unreadable"),
    }
    for name, (data, code) in cases.items():
        path = tmp_path / name
        path.write_bytes(data)
        report = parse_file(path)
        assert report.status == "quarantined", name
        assert report.warnings[-1].code == code, (name, report.warnings)
        assert name in report.warnings[-1].message
        assert evaluate(report) == []


def _zip(files: dict[str, bytes]) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as archive:
        for name, data in files.items():
            archive.writestr(name, data)
    return out.getvalue()


def test_gdw_parse_text_prints_what_the_parser_read_and_line_points_into_it(tmp_path, capsys):
    document = make_document(11, 8, layout="docx", noise=set(), template="2019")
    path = tmp_path / document.name
    path.write_bytes(document.data)
    assert main(["parse", "--text", str(path)]) == 0
    printed = capsys.readouterr().out.split("\n")
    numbered = {int(line[:6]): line[8:] for line in printed if line[:6].strip().isdigit()}
    record = parse_file(path).to_dict()
    cell = next(d for d in record["disclosures"] if d["item"] == "administrative_licensing")
    assert "行政许可" in numbered[cell["line"]]
    with pytest.raises(FormatProblem):
        extract(b"%PDF-1.4\n" + bytes(range(256)) * 4)


def test_an_undeclared_big5_page_is_still_read_as_big5():
    # every Big5 byte pair is also valid GBK: only detection tells them apart, so a page Big5 can
    # read is never taken for GB18030 without it
    body = "<html><body><p>臺北市政府民政局2021年政府信息公開工作年度報告</p><p>本年度共收到申請十二件，均已依法辦結。</p></body></html>"
    page = body.encode("big5")
    with pytest.raises(UnicodeDecodeError):
        page.decode("utf-8")
    extracted = extract(page)
    assert extracted.encoding == "big5"
    assert "臺北市政府民政局" in extracted.text


def test_merged_cells_past_the_last_row_and_over_each_other_keep_every_real_cell_in_its_column():
    from orchestration.parsing.formats import ABSENT, expand_spans

    grid = expand_spans([
        [("项目", 3, 1), ("申请", 1, 2)],  # `项目` reaches past the last row
        [("自然人", 1, 1), ("法人", 2, 1), ("多余", 1, 1)],  # `法人` reaches past the last row too
    ])
    assert grid == [["项目", "申请", None, ABSENT], [None, "自然人", "法人", "多余"]]
    assert expand_spans([[("a", 1, 1)], [], [("b", 1, 3)]]) == [
        ["a", ABSENT, ABSENT], [ABSENT, ABSENT, ABSENT], ["b", None, None]]


def test_plain_cells_after_a_merge_from_the_row_above_take_the_next_free_positions():
    from orchestration.parsing.formats import ABSENT, expand_spans, grid_lines

    grid = expand_spans([
        [("（三）不予公开", 2, 1), ("1.属于国家秘密", 1, 1), ("1", 1, 1)],
        [("2.其他法律行政法规禁止公开", 1, 1), ("0", 1, 1)],  # its first position is the merge's
        [("总计", 1, 1)],  # a row shorter than the table
    ])
    assert grid == [["（三）不予公开", "1.属于国家秘密", "1"], [None, "2.其他法律行政法规禁止公开", "0"],
                    ["总计", ABSENT, ABSENT]]
    assert grid_lines(grid) == ["（三）不予公开\t1.属于国家秘密\t1", "2.其他法律行政法规禁止公开\t0", "总计\t"]
    assert grid_lines(grid, keep_covered=True)[1] == "\t2.其他法律行政法规禁止公开\t0"


def test_plain_cells_after_a_merge_starting_in_their_row_take_the_free_positions_in_order():
    from orchestration.parsing.formats import ABSENT, expand_spans

    grid = expand_spans([
        [("三、本年度办理结果", 3, 1), ("（一）予以公开", 1, 2), ("5", 1, 1), ("5", 1, 1)],
        [("（二）部分公开", 1, 1), ("（三）", 2, 1), ("1", 1, 1), ("1", 1, 1)],  # the first position the merge's
        [("1.国家秘密", 1, 1), ("0", 1, 1)],  # under two merges: the free positions between and after them
    ])
    assert grid == [["三、本年度办理结果", "（一）予以公开", None, "5", "5"],
                    [None, "（二）部分公开", "（三）", "1", "1"],
                    [None, "1.国家秘密", None, "0", ABSENT]]


def test_plain_cells_after_a_merge_count_against_the_limit_of_positions(monkeypatch):
    from orchestration.parsing import formats

    monkeypatch.setattr(formats, "MAX_TABLE_CELLS", 4)
    assert formats.expand_spans([[("a", 1, 2), ("b", 1, 1), ("c", 1, 1)]]) == [["a", None, "b", "c"]]
    with pytest.raises(FormatProblem) as refused:
        formats.expand_spans([[("a", 1, 2), ("b", 1, 1), ("c", 1, 1), ("d", 1, 1)]])
    assert refused.value.code == "too_costly"


def test_grid_cells_are_stripped_and_a_cell_s_breaks_tabs_and_runs_of_spaces_cleaned():
    from orchestration.parsing.formats import grid_lines

    assert grid_lines([[" 自然人 ", "3 ", "\u00a0总计"]]) == ["自然人\t3\t总计"]
    assert grid_lines([["本年新\n制作数量", "a  b", "x\ty", " 7 "]]) == ["本年新制作数量\ta b\tx y\t7"]
    assert grid_lines([["（三）", None, "1"]], keep_covered=True) == ["（三）\t\t1"]
