"""The DOCX reader on Word's hard cases, written as Word writes them: merged cells across
(gridSpan) and down (vMerge), empty cells, a row that starts late (gridBefore) or ends early, a table
nested in a cell, line breaks, tabs and hyperlinks in a paragraph, a main part not named
word/document.xml. The text is what the parser reads (see formats.py), so each case is asserted
line by line."""

from __future__ import annotations

import io
import zipfile

import pytest

from orchestration.parsing.formats import FormatProblem, docx_text, extract

W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
MAIN = "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"


def docx(body: str, part: str = "word/document.xml", content_type: str = MAIN) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as package:
        package.writestr("[Content_Types].xml", (
            '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
            '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
            '<Default Extension="xml" ContentType="application/xml"/>'
            f'<Override PartName="/{part}" ContentType="{content_type}"/></Types>'))
        package.writestr("_rels/.rels", (
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
            f'officeDocument" Target="{part}"/></Relationships>'))
        package.writestr(part, f'<w:document {W}><w:body>{body}</w:body></w:document>')
    return buffer.getvalue()


def p(*runs: str) -> str:
    return "<w:p>" + "".join(runs) + "</w:p>"


def r(text: str) -> str:
    return f'<w:r><w:t xml:space="preserve">{text}</w:t></w:r>'


def tc(*content: str, span: int = 1, merge: str | None = None) -> str:
    properties = (f'<w:gridSpan w:val="{span}"/>' if span > 1 else "") + (
        "<w:vMerge/>" if merge == "continue" else f'<w:vMerge w:val="{merge}"/>' if merge else "")
    return f"<w:tc><w:tcPr>{properties}</w:tcPr>{''.join(content) or '<w:p/>'}</w:tc>"


def tr(*cells: str, before: int = 0) -> str:
    properties = f'<w:trPr><w:gridBefore w:val="{before}"/></w:trPr>' if before else ""
    return f"<w:tr>{properties}{''.join(cells)}</w:tr>"


def tbl(*rows: str) -> str:
    return "<w:tbl><w:tblPr/><w:tblGrid/>" + "".join(rows) + "</w:tbl>"


def test_paragraph_runs_hyperlinks_tabs_and_breaks_read_as_word_shows_them():
    body = (p(r("  一、总体情况 ")) + p() + p(r("   "))
            + p(r("本年"), '<w:hyperlink><w:r><w:t>新收</w:t></w:r></w:hyperlink>', r("申请"),
                "<w:r><w:tab/><w:t>12</w:t><w:br/><w:t>件</w:t><w:br w:type=\"page\"/><w:noBreakHyphen/></w:r>")
            + p(r("第二行"), "<w:r><w:cr/><w:t>续</w:t></w:r>"))
    assert docx_text(docx(body)) == "一、总体情况\n本年新收申请\t12\n件-\n第二行\n续\n"


def test_merged_cells_are_written_once_at_their_top_left_and_empty_cells_stay_cells():
    body = tbl(
        tr(tc(p(r("三、本年度办理结果")), span=2, merge="restart"), tc(p(r("自然人"))), tc(p(r("总计")))),
        tr(tc(span=2, merge="continue"), tc(p(r("0"))), tc()),  # the label merged down, an empty cell
        tr(tc(p(r("（一）")), merge="restart"), tc(p(r("予以公开"))), tc(p(r("5"))), tc(p(r("5")))),
        tr(tc(merge="continue"), tc(p(r("部分公开"))), tc(p(r("1"))), tc(p(r("1")))),
    )
    assert extract(docx(body)).text.split("\n")[:-1] == [
        "三、本年度办理结果\t自然人\t总计",
        "0\t",  # the covered positions left out, the empty figure kept as an empty cell
        "（一）\t予以公开\t5\t5",
        "部分公开\t1\t1",
    ]


def test_a_cell_of_several_paragraphs_is_one_cell_and_a_nested_table_is_not_read():
    nested = tbl(tr(tc(p(r("嵌套")))))
    body = tbl(tr(tc(p(r("本年新")), p(r("制作数量"))), tc(p(r("7")), nested)))
    assert docx_text(docx(body)) == "本年新制作数量\t7\n"


def test_a_row_that_starts_late_or_ends_early_keeps_the_grid():
    body = tbl(tr(tc(p(r("a"))), tc(p(r("b"))), tc(p(r("c")))),
               tr(tc(p(r("x"))), before=1),
               tr(tc(p(r("y")))))
    assert docx_text(docx(body)).split("\n")[:-1] == ["a\tb\tc", "\tx", "y\t"]


def test_the_main_part_is_found_by_the_package_relationships_not_by_its_usual_name():
    data = docx(p(r("政府信息公开工作年度报告")), part="word/document2.xml")
    assert docx_text(data) == "政府信息公开工作年度报告\n"


def test_a_package_that_is_no_word_document_is_refused_as_corrupt():
    macro = "application/vnd.ms-word.document.macroEnabled.main+xml"
    with pytest.raises(FormatProblem) as refused:
        docx_text(docx(p(r("x")), content_type=macro))
    assert refused.value.code == "corrupt_file" and "content type" in str(refused.value)
    with pytest.raises(FormatProblem) as refused:
        docx_text(docx("<w:p><w:r>"))  # cut off in the middle of a paragraph
    assert refused.value.code == "corrupt_file"


def test_packages_alike_but_for_their_main_part_are_each_read_by_their_own_and_refused_each_time():
    # the package's parts are read once for files alike: a file after another reads its own main part,
    # and a refused package is refused again, never taken for the one read before it
    assert docx_text(docx(p(r("甲")))) == "甲\n"
    assert docx_text(docx(p(r("乙")), part="word/document2.xml")) == "乙\n"
    macro = "application/vnd.ms-word.document.macroEnabled.main+xml"
    for _ in range(2):
        with pytest.raises(FormatProblem) as refused:
            docx_text(docx(p(r("x")), content_type=macro))
        assert refused.value.code == "corrupt_file" and "content type" in str(refused.value)
    assert docx_text(docx(p(r("甲")))) == "甲\n"


@pytest.mark.parametrize("row", [tr(tc(p(r("x")), span=10**9)), tr(tc(p(r("x"))), before=10**9)])
def test_a_merge_or_a_late_start_wider_than_any_report_is_too_costly_not_a_hang(row):
    with pytest.raises(FormatProblem) as refused:
        docx_text(docx(tbl(row)))
    assert refused.value.code == "too_costly"


def test_a_tables_merges_late_starts_hyperlinks_tabs_and_nested_tables_read_as_word_shows_them():
    """One pass over the body (`_DOCX_BODY_XSLT`): a merge across and down, a late start, a paragraph's
    hyperlink, a tab between runs; a table nested in a cell is not read."""
    body = tbl(
        tr(tc(p(r("三、本年度办理结果")), span=2, merge="restart"), tc(p(r("自然人"))), tc(p(r("总计")))),
        tr(tc(span=2, merge="continue"), tc(p(r("0"))), tc()),
        tr(tc(p(r("本年新")), p(r("制作"), '<w:hyperlink><w:r><w:t>数量</w:t></w:r></w:hyperlink>')),
           tc(p(r("7")), tbl(tr(tc(p(r("嵌套")))))), tc(p("<w:r><w:t>a</w:t><w:tab/><w:t>b</w:t></w:r>"))),
        tr(tc(p(r("y"))), before=1),
    )
    assert docx_text(docx(body)).split("\n")[:-1] == [
        "三、本年度办理结果\t自然人\t总计", "0\t", "本年新制作数量\t7\ta b", "\ty"]


def test_a_table_of_thousands_of_cells_is_read_whole():
    rows = [tr(*(tc(p(r(f"{i}-{j}"))) for j in range(10))) for i in range(200)]  # 8,000 elements and more
    lines = docx_text(docx(tbl(*rows))).split("\n")[:-1]
    assert len(lines) == 200 and lines[-1] == "\t".join(f"199-{j}" for j in range(10))


def test_only_a_cells_first_properties_count_and_a_span_without_a_number_is_refused():
    # Word reads a cell's first tcPr and its first gridSpan; a run outside the paragraph's runs and hyperlinks
    # (a smart tag here) is not read, a text element's comment ends what it gives
    twice = '<w:tc><w:tcPr><w:gridSpan w:val="2"/><w:gridSpan w:val="3"/></w:tcPr><w:tcPr><w:vMerge/></w:tcPr>' \
            '<w:p><w:r><w:t>a<!-- note -->b</w:t></w:r><w:smartTag><w:r><w:t>c</w:t></w:r></w:smartTag></w:p></w:tc>'
    body = tbl(tr(twice, tc(p(r("x")))), tr(tc(p(r("1"))), tc(p(r("2"))), tc(p(r("3")))))
    assert docx_text(docx(body)).split("\n")[:-1] == ["a\tx", "1\t2\t3"]
    with pytest.raises(FormatProblem) as refused:
        docx_text(docx(tbl(tr('<w:tc><w:tcPr><w:gridSpan/></w:tcPr><w:p/></w:tc>'))))
    assert refused.value.code == "corrupt_file" and "without a number" in str(refused.value)


def test_a_word_document_is_unzipped_once_and_reads_as_the_reader_alone_reads_it(monkeypatch):
    data = docx(p(r("一、总体情况")) + tbl(tr(tc(p(r("收到申请"))), tc(p(r("12"))))))
    alone = docx_text(data)
    opened = []
    real_zip = zipfile.ZipFile

    def counting_zip(*args, **kwargs):
        opened.append(args)
        return real_zip(*args, **kwargs)

    monkeypatch.setattr(zipfile, "ZipFile", counting_zip)
    extracted = extract(data)
    assert len(opened) == 1
    assert extracted.text == alone == "一、总体情况\n收到申请\t12\n"
    assert extracted.format == "docx"


def test_a_damaged_zip_is_still_refused_as_corrupt_before_any_reader():
    data = docx(p(r("一、总体情况")))
    with pytest.raises(FormatProblem) as refused:
        extract(data[: len(data) // 2])
    assert refused.value.code == "corrupt_file"


def test_cells_without_span_or_merge_beside_and_under_merged_ones_keep_the_grid():
    """A cell with neither span nor merge (most) is one grid position of its own, laid out without the merge
    steps: beside a cell spanning two columns, under a merge continued down, and after one row starting late."""
    body = tbl(
        tr(tc(p(r("标题")), span=2, merge="restart"), tc(p(r("自然人"))), tc(p(r("总计")))),
        tr(tc(span=2, merge="continue"), tc(p(r("3"))), tc(p(r("3")))),  # the merge goes on: no cell of its own
        tr(tc(p(r("a"))), tc(p(r("b"))), tc(p(r("4"))), tc(p(r("4")))),  # plain cells where the merge stood
        tr(tc(p(r("x"))), tc(p(r("y"))), before=2),
    )
    assert docx_text(docx(body)).split("\n")[:-1] == ["标题\t自然人\t总计", "3\t3", "a\tb\t4\t4", "\t\tx\ty"]


def test_cells_without_span_or_merge_count_against_the_limit_of_positions(monkeypatch):
    from orchestration.parsing import formats

    monkeypatch.setattr(formats, "MAX_TABLE_CELLS", 3)
    assert docx_text(docx(tbl(tr(tc(p(r("a"))), tc(p(r("b"))), tc(p(r("c"))))))) == "a\tb\tc\n"
    with pytest.raises(FormatProblem) as refused:  # one plain cell past the limit
        docx_text(docx(tbl(tr(tc(p(r("a"))), tc(p(r("b"))), tc(p(r("c"))), tc(p(r("d")))))))
    assert refused.value.code == "too_costly"


def test_plain_cells_after_a_merge_in_their_row_keep_their_columns_and_the_merges_below_them():
    """Cells of neither span nor merge after a spanned or merged one in the same row are laid one position each,
    in order; a merge continued under one of them is that cell's, one under the spanned cell the spanned cell's."""
    body = tbl(
        tr(tc(p(r("三、本年度办理结果")), merge="restart"), tc(p(r("（一）予以公开")), span=2), tc(p(r("5"))),
           tc(p(r("总计")), merge="restart")),
        tr(tc(merge="continue"), tc(p(r("（二）部分公开")), span=2), tc(p(r("2"))), tc(merge="continue")),
        tr(tc(p(r("a"))), tc(p(r("b"))), tc(p(r("c"))), tc(p(r("d"))), tc(p(r("e")))),
    )
    assert docx_text(docx(body)).split("\n")[:-1] == ["三、本年度办理结果\t（一）予以公开\t5\t总计",
                                                      "（二）部分公开\t2", "a\tb\tc\td\te"]


def test_plain_cells_after_a_merge_count_against_the_limit_of_positions(monkeypatch):
    from orchestration.parsing import formats

    monkeypatch.setattr(formats, "MAX_TABLE_CELLS", 4)
    merged_then_plain = tbl(tr(tc(p(r("a")), span=2), tc(p(r("b"))), tc(p(r("c")))))
    assert docx_text(docx(merged_then_plain)) == "a\tb\tc\n"
    with pytest.raises(FormatProblem) as refused:  # one plain cell past the limit, after the span
        docx_text(docx(tbl(tr(tc(p(r("a")), span=2), tc(p(r("b"))), tc(p(r("c"))), tc(p(r("d")))))))
    assert refused.value.code == "too_costly"
