"""The PDF reader (orchestration/parsing/pdf.py): characters grouped into lines, ruling lines into
cells, pages put together. The grouping is tested on characters and rules placed by hand (what
PDFium gives the reader), and on PDFs written by reportlab (a real text layer and real strokes)."""

from __future__ import annotations

import io

import pytest

from orchestration.parsing import pdf
from orchestration.parsing.cells import PERHAPS_CUT, display_width, read_count
from orchestration.parsing.formats import FormatProblem
from orchestration.parsing.pdf import (
    Char,
    Rule,
    Table,
    page_items,
    pages_text,
    pdf_text,
    read_cut_columns,
    ruled_tables,
    text_lines,
)

SIZE = 10.0  # a character is 10 points square, a CJK glyph's full width


def word(text: str, x: float, top: float, size: float = SIZE) -> list[Char]:
    """The characters of `text` set one after another from x, each `size` wide (digits half)."""
    chars = []
    for ch in text:
        width = size / 2 if ch.isascii() else size
        chars.append(Char(ch, x, x + width, top, top + size))
        x += width
    return chars


def grid_rules(xs: list[float], ys: list[float], skip: set[tuple[str, int, int]] = frozenset()) -> list[Rule]:
    """A full grid: a horizontal rule at each y across, a vertical one at each x down, each drawn
    cell edge by cell edge (as typesetters draw them); `skip` leaves edges out: ('v', row, x index)
    or ('h', y index, column)."""
    rules = []
    for i, y in enumerate(ys):
        for c in range(len(xs) - 1):
            if ("h", i, c) not in skip:
                rules.append(Rule(xs[c], y, xs[c + 1], y))
    for j, x in enumerate(xs):
        for r in range(len(ys) - 1):
            if ("v", r, j) not in skip:
                rules.append(Rule(x, ys[r], x, ys[r + 1]))
    return rules


def test_a_ruled_table_with_merged_cells_keeps_each_cell_once_at_its_top_left():
    xs, ys = [50, 150, 200, 250, 300], [100, 120, 140, 160]
    # row 0: a header over columns 1-2 (no rule between them); column 0: a label over rows 1-2
    rules = grid_rules(xs, ys, skip={("v", 0, 2), ("h", 2, 0)})
    chars = (word("申请人", 60, 105) + word("法人", 170, 105) + word("总计", 260, 105)
             + word("（三）不予公开", 55, 135) + word("12", 160, 125) + word("3", 210, 125)
             + word("0", 160, 145) + word("7", 210, 145))
    tables, outside = ruled_tables(rules, chars)
    assert outside == []
    [table] = tables
    assert table.grid == [
        ["申请人", "法人", None, "总计"],
        ["（三）不予公开", "12", "3", ""],
        [None, "0", "7", ""],
    ]
    assert pages_text([page_items(chars, rules, height=800)]).split("\n")[:3] == [
        "申请人\t法人\t总计", "（三）不予公开\t12\t3\t", "0\t7\t"]


def test_a_label_wrapped_in_its_cell_is_one_cell_and_text_beside_the_table_stays_a_line():
    xs, ys = [50, 110, 170], [100, 130]
    chars = word("本年新", 55, 102) + word("制作数量", 55, 115) + word("13", 120, 110)
    chars += word("二、主动公开政府信息情况", 50, 80)  # the heading above the table
    tables, outside = ruled_tables(grid_rules(xs, ys), chars)
    assert tables[0].grid == [["本年新\n制作数量", "13"]]
    assert [text for _, _, text in text_lines(outside)] == ["二、主动公开政府信息情况"]
    items = page_items(chars, grid_rules(xs, ys), height=800)
    assert pages_text([items]).split("\n")[:2] == ["二、主动公开政府信息情况", "本年新制作数量\t13"]


def test_rules_drawn_twice_or_in_pieces_make_one_grid_and_an_open_side_makes_no_cell():
    xs, ys = [50, 110, 170], [100, 130]
    doubled = grid_rules(xs, ys) + [Rule(50, 101.2, 170, 101.2), Rule(109, 100, 109, 130)]  # a double line
    chars = word("规章", 55, 110) + word("13", 120, 110)
    tables, _ = ruled_tables(doubled, chars)
    assert [t.grid for t in tables] == [[["规章", "13"]]]
    # no right border: the second region is open, so only the first is a cell
    tables, outside = ruled_tables(grid_rules(xs, ys, skip={("v", 0, 2)}), chars)
    assert [t.grid for t in tables] == [[["规章"]]] and "".join(c.text for c in outside) == "13"


def test_rules_grouped_pair_by_pair_make_the_same_tables_as_in_arrays(monkeypatch):
    # two tables apart on one page, one of them drawn with a double line: the page's rules grouped in
    # arrays, and one pair at a time (a page with too many rules for the arrays), give the same tables
    rules = grid_rules([50, 110, 170], [100, 130, 160]) + [Rule(50, 101.2, 170, 101.2)] + \
        grid_rules([50, 110], [300, 330])
    chars = word("规章", 55, 110) + word("13", 120, 110) + word("规范", 55, 140) + word("60", 120, 140) + \
        word("采购", 55, 310)
    in_arrays = ruled_tables(rules, chars)
    monkeypatch.setattr(pdf, "MAX_PAIRS_AT_ONCE", 0)
    pair_by_pair = ruled_tables(rules, chars)
    assert [t.grid for t in pair_by_pair[0]] == [t.grid for t in in_arrays[0]] == [[["规章", "13"], ["规范", "60"]],
                                                                                  [["采购"]]]


def test_an_unruled_table_keeps_its_columns_as_spaces_and_prose_stays_single_spaced():
    chars = (word("信息内容", 50, 100) + word("本年新", 130, 100) + word("对外公开总数", 230, 100)
             + word("规章", 50, 120) + word("13", 135, 120) + word("524", 240, 120)
             + word("规范性文件", 50, 140) + word("524", 240, 140)  # its middle cell is blank
             + word("本年度 共受理申请859件。", 50, 160))
    lines = [text for _, _, text in text_lines(chars)]
    header, first, second, prose = lines
    assert header.split() == ["信息内容", "本年新", "对外公开总数"]
    assert first.split() == ["规章", "13", "524"] and second.split() == ["规范性文件", "524"]
    def column(line: str, text: str) -> int:  # in display columns: a CJK character takes two
        return display_width(line[: line.index(text)])

    assert column(first, "13") == column(header, "本年新") + 1  # half a character a column: 13 under 本年新
    assert column(first, "524") == column(second, "524") == column(header, "对外公开总数") + 2
    assert prose == "本年度 共受理申请859件。"


def test_characters_of_one_line_group_by_their_centre_not_their_top():
    big, small = word("2020年", 50, 100, size=16), word("报告", 98, 104, size=8)
    below = word("第二行", 50, 125)
    assert [text for _, _, text in text_lines(big + small + below)] == ["2020年报告", "第二行"]


def test_a_table_across_a_page_break_loses_the_repeated_header_and_the_page_furniture():
    header = [["信息内容", "本年新制作数量"]]

    def page(rows: list[list[str]], number: int) -> list:
        items = [("text", "某区2020年政府信息公开工作年度报告", True)]
        items.append(("table", header + rows, False))
        items.append(("text", f"— {number} —", True))
        return items

    text = pages_text([[("text", "二、主动公开政府信息情况", False), *page([["规章", "1"]], 1)],
                       page([["规范性文件", "2"]], 2)])
    assert text.split("\n") == ["二、主动公开政府信息情况", "信息内容\t本年新制作数量", "规章\t1", "规范性文件\t2", ""]


def _split_table_pages(continuation: list[list[str]]) -> list[list]:
    """Two pages of one ruled table (label, figure, a third column): the first ends with the row
    `5.属于三类内部事 | 0 |`, the second starts with the rows `continuation`, then `6.属于四类过程性信息 | 0 |`."""
    xs = [50, 200, 250, 300]

    def page(rows: list[list[str]]) -> list:
        ys = [100 + 20 * r for r in range(len(rows) + 1)]
        chars = [char for r, row in enumerate(rows) for c, text in enumerate(row) for char in word(text, xs[c] + 2, ys[r] + 5)]
        return page_items(chars, grid_rules(xs, ys), height=800)

    return [page([["4.保护第三方合法权益", "0", ""], ["5.属于三类内部事", "0", ""]]),
            page([*continuation, ["6.属于四类过程性信息", "0", ""]])]


def test_a_row_the_page_break_cuts_in_two_is_one_row_again():
    # LibreOffice breaks a row across pages: the rest of its label at the top of the next page, every other cell empty
    assert pages_text(_split_table_pages([["务信息", "", ""]])).split("\n") == [
        "4.保护第三方合法权益\t0\t", "5.属于三类内部事务信息\t0\t", "6.属于四类过程性信息\t0\t", ""]


@pytest.mark.parametrize("first_row", [
    ["6.属于四类过程性信息", "", ""],  # numbered: a row of its own, its figures left blank
    ["其他", "3", ""],  # a figure: a row of its own
    ["务信息", "", "备注"],  # a text where the row above has none
    ["务信息", "另一格", "备注"],  # a text in every cell
])
def test_a_row_of_its_own_at_the_top_of_the_next_page_stays_a_row(first_row):
    lines = pages_text(_split_table_pages([first_row])).split("\n")
    assert lines[1] == "5.属于三类内部事\t0\t"
    assert lines[2] == "\t".join(first_row)


def test_a_merged_label_cut_after_its_numbering_by_the_page_break_is_one_row_again():
    # LibreOffice's PDF of a 2021 table: `（六）` and `1.申请` at the foot of one page, the rest of both
    # labels at the top of the next; `其他处理` begins a row's words, but under a numbering alone it goes on
    xs = [50, 100, 250, 300, 350]

    def page(rows: list[list[str]]) -> list:
        ys = [100 + 20 * r for r in range(len(rows) + 1)]
        chars = [char for r, row in enumerate(rows) for c, text in enumerate(row) for char in word(text, xs[c] + 2, ys[r] + 5)]
        return page_items(chars, grid_rules(xs, ys), height=800)

    pages = [page([["", "5.要求确认信息", "0", ""], ["（六）", "1.申请", "0", ""]]),
             page([["其他处理", "人无正当理由逾期不补正", "", ""], ["", "2.申请人逾期未缴费", "0", ""]])]
    lines = pages_text(pages).split("\n")
    assert lines[1:3] == ["（六）其他处理\t1.申请人无正当理由逾期不补正\t0\t", "\t2.申请人逾期未缴费\t0\t"]
    # under a figure, a row's words start a row of their own
    pages[0] = page([["", "5.要求确认信息", "0", ""], ["", "1.申请", "0", "3"]])
    pages[1] = page([["", "", "", "其他处理"], ["", "2.申请人逾期未缴费", "0", ""]])
    assert pages_text(pages).split("\n")[2] == "\t\t\t其他处理"


def test_a_reportlab_table_with_a_row_cut_by_the_page_break_reads_it_whole():
    out = io.BytesIO()
    page = _cjk_canvas(out, (595, 842))
    xs = [60, 260, 330, 400]
    for rows, top in (([["三、本年度办理结果", "数量", "备注"], ["5.要求行政机关确", "2", ""]], 100),
                      ([["认或重新出具已获取信息", "", ""], ["（七）总计", "26", ""]], 800)):
        ys = [top - 20 * r for r in range(len(rows) + 1)]
        for y in ys:
            page.line(xs[0], y, xs[-1], y)
        for x in xs:
            page.line(x, ys[0], x, ys[-1])
        for r, row in enumerate(rows):
            for c, text in enumerate(row):
                page.drawString(xs[c] + 4, ys[r] - 14, text)
        page.showPage()
        page.setFont("STSong-Light", 10)
    page.save()
    assert pdf_text(out.getvalue()).split("\n") == [
        "三、本年度办理结果\t数量\t备注", "5.要求行政机关确认或重新出具已获取信息\t2\t", "（七）总计\t26\t", ""]


# ---------------------------------------------------------------- real PDFs (reportlab)


def _cjk_canvas(out: io.BytesIO, size: tuple[float, float]):
    """A reportlab page writing 10-point CJK text (a CID font every PDF reader knows)."""
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfgen import canvas

    font = "STSong-Light"
    if font not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(UnicodeCIDFont(font))
    page = canvas.Canvas(out, pagesize=size, invariant=1)
    page.setFont(font, 10)
    return page


def _ruled_pdf(rotate: int = 0, crop: tuple[float, float, float, float] | None = None) -> bytes:
    """One page: a heading and a 2x3 ruled table, drawn so that the page reads upright once it is
    turned by `rotate`, and text outside `crop` (in PDF user space) that the page does not show."""
    out = io.BytesIO()
    width, height = 595, 842
    page = _cjk_canvas(out, (width, height) if rotate in (0, 180) else (height, width))
    if rotate == 90:  # displayed turned 90° clockwise: draw the upright page turned 90° counter-clockwise
        page.translate(height, 0)
        page.rotate(90)
    page.drawString(60, 780, "二、主动公开政府信息情况")
    xs, ys = [60, 200, 300, 400], [760, 740, 720]
    for y in ys:
        page.line(xs[0], y, xs[-1], y)
    for x in xs:
        page.line(x, ys[0], x, ys[-1])
    for row, cells in enumerate([["信息内容", "本年新制作数量", "对外公开总数"], ["规章", "13", "524"]]):
        for column, cell in enumerate(cells):
            page.drawString(xs[column] + 4, ys[row] - 14, cell)
    page.drawString(60, 100, "页面之外的文字")
    page._doc.Catalog  # noqa: B018 - the document exists before the page is finished
    if rotate:
        page.setPageRotation(rotate)
    if crop:
        page.setCropBox(crop)
    page.showPage()
    page.save()
    return out.getvalue()


TABLE = ["二、主动公开政府信息情况", "信息内容\t本年新制作数量\t对外公开总数", "规章\t13\t524"]


def test_a_reportlab_pdf_reads_as_heading_and_tab_separated_rows():
    assert pdf_text(_ruled_pdf()).split("\n")[:4] == [*TABLE, "页面之外的文字"]


def test_a_rotated_page_reads_upright_and_a_cropped_page_leaves_out_what_it_does_not_show():
    assert pdf_text(_ruled_pdf(rotate=90)).split("\n")[:3] == TABLE
    assert pdf_text(_ruled_pdf(crop=(0, 300, 595, 842))).split("\n") == [*TABLE, ""]


def test_a_text_layer_of_spaces_alone_is_no_text_layer():
    from reportlab.pdfgen import canvas

    out = io.BytesIO()
    page = canvas.Canvas(out, invariant=1)
    page.rect(50, 50, 400, 600, fill=1)  # the scanned image
    page.drawString(60, 700, "      ")  # an OCR layer that found nothing
    page.showPage()
    page.save()
    with pytest.raises(FormatProblem) as problem:
        pdf_text(out.getvalue())
    assert problem.value.code == "image_only_pdf"


# ---------------------------------------------------------------- tables at the page's edges, backgrounds


def test_a_figure_clear_of_its_label_by_a_cell_padding_is_a_cell_and_prose_keeps_its_spaces():
    padding = 0.8 * SIZE  # narrower than a character: no column gap, but no space is printed there
    row = word("行政许可", 50, 100) + word("517645", 50 + 4 * SIZE + padding, 100)
    prose = word("共受理申请", 50, 120) + [Char(" ", 100, 105, 120, 130)] + word("749件", 105, 120)
    amount = word("收费金额", 50, 140) + word("12.5", 90 + padding, 140)
    spread = word("苏州东路", 50, 160) + word("42号", 90 + padding, 160)  # a figure inside prose, spaced by position
    lines = [text for _, _, text in text_lines(row + prose + amount + spread)]
    assert lines[0].split() == ["行政许可", "517645"]
    assert lines[1] == "共受理申请 749件"
    assert lines[2].split() == ["收费金额", "12.5"]
    assert lines[3] == "苏州东路 42号"


def test_a_ruled_table_cut_by_the_page_edge_leaves_its_cut_column_out_not_empty():
    xs, ys = [50, 150, 200, 250], [100, 120, 140]
    chars = word("本年新收", 55, 105) + word("26", 160, 105) + word("上年结转", 55, 125) + word("0", 160, 125)
    [whole], _ = ruled_tables(grid_rules(xs, ys), chars)
    assert whole.grid == [["本年新收", "26", ""], ["上年结转", "0", ""]]
    [cut], _ = ruled_tables(grid_rules(xs, ys), chars, width=250.5)  # the last rule is the page's edge
    assert cut.grid == [["本年新收", "26", None], ["上年结转", "0", None]]
    assert pages_text([page_items(chars, grid_rules(xs, ys), height=800, width=250.5)]).split("\n")[:2] == [
        "本年新收\t26", "上年结转\t0"]


def _page_pdf(draw, media: tuple[float, float] = (595, 842), crop: tuple[float, float, float, float] | None = None) -> bytes:
    """One page of `media` size that `draw` writes on, shown through `crop` (PDF user space)."""
    out = io.BytesIO()
    page = _cjk_canvas(out, media)
    draw(page)
    if crop:
        page.setCropBox(crop)
    page.showPage()
    page.save()
    return out.getvalue()


def test_a_white_page_background_is_no_table_and_a_borderless_table_keeps_its_lines():
    def draw(page):
        page.setFillColorRGB(1, 1, 1)
        page.rect(28, 28, 539, 786, stroke=0, fill=1)  # a browser paints the page's background so
        page.setFillColorRGB(0, 0, 0)
        page.drawString(60, 780, "二、主动公开政府信息情况")
        for row, cells in enumerate([["信息内容", "本年处理决定数量"], ["行政许可", "517645"], ["行政处罚", "2154"]]):
            page.drawString(60, 760 - 20 * row, cells[0])
            page.drawString(200, 760 - 20 * row, cells[1])

    lines = pdf_text(_page_pdf(draw)).split("\n")
    assert [line.split() for line in lines[:4]] == [
        ["二、主动公开政府信息情况"], ["信息内容", "本年处理决定数量"], ["行政许可", "517645"], ["行政处罚", "2154"]]


def _wide_row(page) -> None:
    """A row of a table laid wider than the page: its total, 143, starts on the paper and ends off it,
    and the column after it lies wholly off the paper; a slug stands off the paper on no shown line."""
    page.drawString(60, 700, "3. 其他")
    page.drawString(450, 700, "142")
    page.drawString(590, 700, "143")
    page.drawString(630, 700, "9")
    page.drawString(700, 400, "印刷标记")


def test_figures_laid_off_the_paper_on_a_shown_line_are_read_and_what_a_crop_box_hides_is_not():
    assert pdf_text(_page_pdf(_wide_row)).split("\n")[0].split() == ["3.", "其他", "142", "143", "9"]
    # the same content on wider paper, cropped to 595 points: hidden on purpose, left out
    cropped = pdf_text(_page_pdf(_wide_row, media=(800, 842), crop=(0, 0, 595, 842))).split("\n")
    assert cropped[0].split() == ["3.", "其他", "142", "1\ufffd"]  # 143 cut to 1: marked, its line unknown
    assert "印刷标记" not in "".join(cropped)


def test_a_cut_column_is_read_where_nothing_of_it_can_be_lost():
    # LibreOffice's PDF of a wide table: the `其他` column starts on the paper and runs past its edge, its
    # figures printed whole at its left (the 总计 column past the paper is not in the file at all)
    xs, ys = [50, 150, 200, 250], [100, 120, 140, 160]
    labels = word("本年新收", 55, 125) + word("上年结转", 55, 145)
    header = word("自然人", 155, 105) + word("其他", 205, 105)
    whole = labels + header + word("26", 160, 125) + word("0", 160, 145)
    [table], _ = ruled_tables(grid_rules(xs, ys), whole + word("3", 205, 125) + word("0", 205, 145), width=250.5)
    assert table.grid == [["", "自然人", "其他"], ["本年新收", "26", "3"], ["上年结转", "0", "0"]]
    # a figure reaching the edge may have lost digits past it: never read short, it is marked PERHAPS_CUT (read
    # unknown, unless the column rules give its digits: test_cut_heads.py), the column's other cells read
    [table], _ = ruled_tables(grid_rules(xs, ys), whole + word("3", 244, 125) + word("0", 205, 145), width=250.5)
    assert [row[2] for row in table.grid] == ["其他", "3" + PERHAPS_CUT, "0"]
    assert read_count(table.grid[1][2]).state == "unknown"
    # a 0 reaching the edge is whole: no count goes on after a leading zero
    [table], _ = ruled_tables(grid_rules(xs, ys), whole + word("3", 205, 125) + word("0", 244, 145), width=250.5)
    assert [row[2] for row in table.grid] == ["其他", "3", "0"]
    # a page holding text past the paper: the figure's rest may be there, unplaced; the column stays out
    past = word("9", 260, 125)
    [table], _ = ruled_tables(grid_rules(xs, ys), whole + word("3", 244, 125) + word("0", 205, 145), width=250.5,
                              beyond=past)
    assert [row[2] for row in table.grid] == [None, None, None]
    # words reaching the edge, or a figure of two lines, may have lost text past it too: the column stays out
    for cut in (word("3人", 239, 125), word("1", 205, 121) + word("3", 244, 129)):
        [table], _ = ruled_tables(grid_rules(xs, ys), whole + cut + word("0", 205, 145), width=250.5)
        assert [row[2] for row in table.grid] == [None, None, None]
    # a row showing nothing there may have its figure past the edge: not read as empty
    [table], _ = ruled_tables(grid_rules(xs, ys), whole + word("0", 205, 145), width=250.5)
    assert [row[2] for row in table.grid] == [None, None, None]


def test_an_empty_cut_cell_is_empty_where_the_tables_set_their_figures_at_the_left_and_the_paper_shows_there():
    # LibreOffice's PDF of a wide table cut inside its `其他` column (its last rule is the page's edge): every
    # figure starts 2 points right of its cell's left rule, so a figure in the cut column would show its
    # first digit on the paper
    def table(width: float, figures: list[Char], top: float = 100) -> Table:
        xs, ys = [50, 150, 200, 250, width - 0.5], [top, top + 20, top + 40, top + 60]
        header = word("自然人", 152, top + 5) + word("法人", 202, top + 5) + (word("其他", 252, top + 5) if width > 275 else [])
        [cut], _ = ruled_tables(grid_rules(xs, ys), header + word("本年新收", 55, top + 25) + word("上年结转", 55, top + 45)
                                + figures, width=width)
        return cut

    at_the_left = word("26", 152, 125) + word("3", 202, 125) + word("0", 152, 145) + word("114", 202, 145)
    left = table(280.5, at_the_left)
    assert [row[3] for row in left.grid] == [None, None, None]  # a page alone does not tell
    read_cut_columns([left])
    assert left.grid == [["", "自然人", "法人", "其他"], ["本年新收", "26", "3", ""], ["上年结转", "0", "114", ""]]
    # the next page of the table, its figures all one digit: read alike, so its rows keep the same width
    first, next_page = table(280.5, at_the_left), table(280.5, word("1", 152, 225) + word("2", 202, 245), top=200)
    read_cut_columns([first, next_page])
    assert [row[3] for row in next_page.grid] == ["其他", "", ""]
    # the paper shows too little of the column for a first digit: its cells may be past the edge
    narrow = table(255.5, at_the_left)
    read_cut_columns([narrow])
    assert [row[3] for row in narrow.grid] == [None, None, None]
    # figures centred in their cells (no common inset): the column stays out
    centred = table(280.5, word("26", 170, 125) + word("3", 222, 125) + word("0", 172, 145) + word("114", 217, 145))
    read_cut_columns([centred])
    assert [row[3] for row in centred.grid] == [None, None, None]


def test_the_header_an_unruled_table_repeats_at_the_top_of_its_pages_is_dropped_where_it_cuts_a_label():
    # pandoc's DOCX through LibreOffice: no rules, the header row repeated on every page, here inside
    # labels wrapped down a narrow column (`5.属于三类内部` / `事务信息`)
    def page(*lines: str) -> list:
        return [("text", line, False) for line in lines]

    header = ("（本列数据的勾稽关系）", "第三项加第四项之和）      申请人情况")
    pages = [page("三、收到和处理政府信息公开申请情况", *header, "一、本年新收    3    0    3", "5.属于三类    0    0    0", "内部"),
             page(*header, "事务", "信息", "6.属于四类过程性信息    1    0    1")]
    lines = pages_text(pages).split("\n")
    assert lines[4:8] == ["5.属于三类    0    0    0", "内部", "事务", "信息"]  # a repeat holding a line in columns
    # a single line, repeated: dropped where it opens two pages or more
    pages = [page("申请人情况", "自然人      法人", "一、本年新收    3    0    3", "8.属于    0    0    0", "行政"),
             page("申请人情况", "查询", "（四）无法提供    0    0    0", "2.没有现成"),
             [("text", "— 3 —", True), *page("申请人情况", "信息", "（七）总计    4    0    4")]]  # its number above it
    assert pages_text(pages).split("\n")[4:10] == ["行政", "查询", "（四）无法提供    0    0    0", "2.没有现成", "信息",
                                                     "（七）总计    4    0    4"]
    # a page opening with a header line seen before, then the first row of its table: a new table's header, kept
    part = [page("第二十条第（五）项", "信息内容      上一年项目数量      本年增/减", "行政许可    0    0"),
            page("信息内容      上一年项目数量      本年增/减", "行政处罚    1    0")]
    assert pages_text(part).split("\n")[3] == "信息内容      上一年项目数量      本年增/减"
    # a label's single word opening a page, seen once before: kept
    pieces = [page("2.没有现成", "信息", "需要    0"), page("信息", "公开    0")]
    assert pages_text(pieces).split("\n")[3] == "信息"


def test_a_last_row_the_page_break_left_without_its_bottom_rule_is_read_as_a_row():
    # Chromium cuts a row at the page's foot: its vertical rules drawn down to the page's end, no rule under it
    xs, ys = [50, 100, 200, 250, 300], [100, 120, 140, 160]
    rules = [rule for rule in grid_rules(xs, ys) if not (rule.horizontal and rule.top == 160)]
    chars = (word("（三）", 52, 105) + word("1.属于国家秘密", 102, 105) + word("0", 202, 105) + word("0", 252, 105)
             + word("（四）", 52, 145) + word("1.本机关", 102, 145) + word("２", 202, 145) + word("２", 252, 145))
    [table], outside = ruled_tables(rules, chars)
    assert outside == []
    assert table.grid[-1] == ["（四）", "1.本机关", "２", "２"]
    # vertical rules that end apart close nothing: the row stays outside the table
    ragged = [rule for rule in rules if rule.horizontal or rule.bottom <= 140 or rule.x0 != 200]
    ragged += [Rule(200, 140, 200, 150)]
    [table], outside = ruled_tables(ragged, chars)
    assert "".join(char.text for char in outside) == "（四）1.本机关２２"


def test_a_figure_of_a_row_the_page_break_cut_is_joined_or_left_unknown_never_read_short():
    # Chromium: the row `一、本年新收 | １０` at the foot of a page, no rule under it; `５` of `１０５` follows
    xs, foot = [50, 200, 250], [700, 720, 740]
    cut_row = [rule for rule in grid_rules(xs, foot) if not (rule.horizontal and rule.top == 740)]
    chars = word("上年结转", 52, 705) + word("０", 202, 705) + word("1.本年新收", 52, 725) + word("１０", 202, 725)
    first = page_items(chars, cut_row, height=800)
    # the rest in the first row of the table on the next page, under the figure: joined
    ys = [100, 120, 140]
    rest = page_items(word("５", 202, 105) + word("二、办理结果", 52, 125) + word("３", 202, 125),
                      grid_rules(xs, ys), height=800)
    assert pages_text([first, rest]).split("\n")[:3] == ["上年结转\t０", "1.本年新收\t１０５", "二、办理结果\t３"]
    # the rest a line of its own above the next page's table (no grid joins it back): unknown, not `１０`
    alone = [("text", "５", True), *page_items(word("二、办理结果", 52, 105) + word("３", 202, 105),
                                                 grid_rules(xs, [100, 120]), height=800)]
    assert pages_text([first, alone]).split("\n")[1] == "1.本年新收\t１０\ufffd"  # the label kept whole
    # a row of its own opening the next page: the row at the foot stands as it is
    whole = page_items(word("二、办理结果", 52, 105) + word("３", 202, 105), grid_rules(xs, [100, 120]), height=800)
    assert pages_text([first, whole]).split("\n")[1] == "1.本年新收\t１０"


def test_a_cut_column_is_read_whole_where_the_file_holds_what_it_prints_past_the_papers_edge():
    # LibreOffice's PDF of a page's wide table: the 总计 column starts on the paper (its left rule at 240, the
    # paper's edge at 248.5) and its figures run past the edge, where the file still holds them; a figure
    # too wide for the column wraps inside its cell (`10` over `5`), its second line on no line the page shows
    width = 248.5
    xs, ys = [50, 150, 240, 248], [100, 120, 140, 160, 180]
    labels = word("本年新收", 55, 125) + word("上年结转", 55, 145) + word("予以公开", 55, 165)
    parts = word("47", 152, 125) + word("0", 152, 145) + word("105", 152, 165)

    def split(chars: list[Char]) -> tuple[list[Char], list[Char]]:
        beyond = [char for char in chars if (char.x0 + char.x1) / 2 > width]
        return [char for char in chars if char not in beyond], beyond

    def read(cut_figures: list[Char], shown_lines: bool = True) -> Table:
        shown, beyond = split(cut_figures)
        on_lines = beyond if shown_lines else [char for char in beyond if char.top not in (161, 171)]
        [table], _ = ruled_tables(grid_rules(xs, ys), word("总计", 242, 105) + labels + parts + shown + on_lines,
                                  width=width, beyond=beyond)
        read_cut_columns([table])
        return table

    totals = word("47", 242, 125) + word("10", 242, 161) + word("5", 242, 171)  # 上年结转: blank, nothing printed
    table = read(totals, shown_lines=False)
    assert [row[2] for row in table.grid] == ["总计", "47", "", "10\n5"]
    assert pages_text([[("table", table, False)]]).split("\n")[1:4] == ["本年新收\t47\t47", "上年结转\t0\t",
                                                                        "予以公开\t105\t105"]
    # a figure starting past the edge is a further column's: nothing of the cut column is read
    assert [row[2] for row in read(totals + word("9", 252, 145)).grid] == [None, None, None, None]
    # figures not set at one inset (centred): an empty cell may hold one past the edge, the column stays out
    assert [row[2] for row in read(word("47", 242, 125) + word("105", 244, 165)).grid] == [None, None, None, None]
    # decided for the document: a page whose cut column cannot be read so leaves every page's as before
    shown, beyond = split(totals)
    [first], _ = ruled_tables(grid_rules(xs, ys), labels + parts + shown + beyond, width=width, beyond=beyond)
    shown, beyond = split(totals + word("9", 252, 145))
    [second], _ = ruled_tables(grid_rules(xs, ys), labels + parts + shown + beyond, width=width, beyond=beyond)
    read_cut_columns([first, second])
    assert [row[2] for row in first.grid] == [row[2] for row in second.grid] == [None, None, None, None]


def test_a_table_whose_own_figures_stand_at_the_left_reads_its_cut_column_whatever_another_table_sets():
    # table 3 sets its figures 2 points from its cells' left rule; table 4, below on the same document, centres
    # its: the document's figures together show no one inset, table 3's alone do, and its pages are read alike
    def table(xs: list[float], figures: list[Char], top: float = 100) -> Table:
        ys = [top, top + 20, top + 40, top + 60]
        [cut], _ = ruled_tables(grid_rules(xs, ys), word("本年新收", 55, top + 25) + word("上年结转", 55, top + 45)
                                + figures, width=xs[-1] + 0.5)
        return cut

    wide = [50, 150, 200, 250, 280]
    at_the_left = table(wide, word("26", 152, 125) + word("3", 202, 125) + word("0", 152, 145) + word("114", 202, 145))
    next_page = table(wide, word("1", 152, 225) + word("2", 202, 245), top=200)
    centred = table([50, 150, 190, 230, 262], word("7", 167, 325) + word("12", 205, 325) + word("3", 168, 345)
                    + word("1", 208, 345), top=300)
    read_cut_columns([at_the_left, next_page, centred])
    assert [row[3] for row in at_the_left.grid] == [row[3] for row in next_page.grid] == ["", "", ""]
    assert [row[3] for row in centred.grid] == [None, None, None]


def test_a_page_whose_column_rules_stand_a_point_apart_reads_its_cut_column_by_each_columns_figures():
    # LibreOffice's later page of a cut table: its rules stand about a point off the header page's, so its
    # figures start 0.5 points from one column's left rule and 1.6 from the next's (no one inset for the page,
    # 3.19 left the column out), but within each column figures of two lengths start alike: set at the left
    def table(insets: tuple[float, float, float, float]) -> Table:
        xs, ys = [50, 150, 200, 250, 280], [100, 120, 140, 160]
        figures = (word("26", 150 + insets[0], 125) + word("3", 200 + insets[1], 125) + word("0", 150 + insets[2], 145)
                   + word("114", 200 + insets[3], 145))
        [cut], _ = ruled_tables(grid_rules(xs, ys), word("本年新收", 55, 125) + word("上年结转", 55, 145) + figures,
                                width=280.5)
        return cut

    apart = table((0.5, 1.6, 0.5, 1.6))
    read_cut_columns([apart])
    assert [row[3] for row in apart.grid] == ["", "", ""]
    # a column whose figures of two lengths start apart (centred, or rules a point off within it): left out
    centred = table((0.5, 1.6, 3.5, 1.6))
    read_cut_columns([centred])
    assert [row[3] for row in centred.grid] == [None, None, None]


def test_a_sparse_table_of_one_digit_figures_at_their_cells_left_reads_its_empty_cut_cells_as_empty():
    # LibreOffice's PDF of a wide, mostly empty table 3: its figures are all one digit (3, 1, 2), each 2 points
    # from its cell's left rule in cells 50 points wide (centred it would stand 22 points in), and the cut
    # `其他` column shows nothing: a figure there would show its first digit on the paper, so its cells are empty
    def table(figures: list[Char], cut_figures: list[Char] = ()) -> Table:
        xs, ys = [50, 150, 200, 250, 280.0], [100, 120, 140, 160]
        labels = word("本年新收", 55, 125) + word("予以公开", 55, 145) + word("总计", 55, 165)
        [cut], _ = ruled_tables(grid_rules(xs, ys + [180]), labels + figures + list(cut_figures), width=280.5)
        return cut

    sparse = table(word("3", 152, 125) + word("1", 152, 145) + word("2", 202, 165))
    read_cut_columns([sparse])
    assert [row[3] for row in sparse.grid] == ["", "", "", ""]
    # the same figures centred in their cells: an empty cut cell may hold a figure past the edge, left out
    centred = table(word("3", 172, 125) + word("1", 172, 145) + word("2", 222, 165))
    read_cut_columns([centred])
    assert [row[3] for row in centred.grid] == [None, None, None, None]
    # two figures at the left are too few to tell
    few = table(word("3", 152, 125) + word("1", 152, 145))
    read_cut_columns([few])
    assert [row[3] for row in few.grid] == [None, None, None, None]
    # the cut column shows its own figure far from its left rule (set otherwise): left out
    deeper = table(word("3", 152, 125) + word("1", 152, 145) + word("2", 202, 165), word("5", 262, 125))
    read_cut_columns([deeper])
    assert [row[3] for row in deeper.grid] == [None, None, None, None]
    # one column's figures starting 3 points apart (no one place in it): left out
    apart = table(word("3", 152, 125) + word("1", 155, 145) + word("2", 202, 165))
    read_cut_columns([apart])
    assert [row[3] for row in apart.grid] == [None, None, None, None]


def _cut_table(rows: list[list[Char]], ys: list[float], width: float = 248.5) -> tuple[Table, list[Char]]:
    """A table laid wider than the page (LibreOffice's PDF of a wide web page): its last column's left rule
    at 240, the paper's edge at `width`; the characters whose centre is past the edge are in the file on
    the lines the page shows (`beyond`). The table and the characters outside every cell."""
    chars = [char for row in rows for char in row]
    beyond = [char for char in chars if (char.x0 + char.x1) / 2 > width]
    [table], outside = ruled_tables(grid_rules([50, 150, 240, 248], ys), chars, width=width, beyond=beyond)
    return table, outside


def test_a_cut_column_whose_header_page_holds_no_figure_is_read_whole_with_its_pages_of_figures():
    # wide figures (`1,160`) widen the table: the 总计 column starts on the paper, `总` on it and `计` past
    # it, on the header's page, whose table holds the header rows only; the rows of figures on the next page,
    # each total's first digit on the paper and the rest past it. Before, the header's page (no figure to
    # show an inset) kept the document from reading any cut column: the rows came out a cell short under a
    # header naming 总计, and `94 0` was read as cells run together (9 and 4)
    header, _ = _cut_table([word("申请人情况", 55, 105) + word("自然人", 155, 105) + word("总计", 245, 105)], [100, 120])
    figures, outside = _cut_table([word("本年新收", 55, 225) + word("1,160", 152, 225) + word("1,160", 242, 225),
                                   word("部分公开", 55, 245) + word("94", 152, 245) + word("94", 242, 245)],
                                  [220, 240, 260])
    read_cut_columns([header, figures])
    assert header.grid == [["申请人情况", "自然人", "总计"]]
    assert figures.grid == [["本年新收", "1,160", "1,160"], ["部分公开", "94", "94"]]
    assert outside == []
    # a header's page whose cut column holds a figure is no page of words alone: nothing is read whole
    header, _ = _cut_table([word("申请人情况", 55, 105) + word("自然人", 155, 105) + word("总计7", 245, 105)], [100, 120])
    figures, _ = _cut_table([word("本年新收", 55, 225) + word("1,160", 152, 225) + word("1,160", 242, 225)], [220, 240])
    read_cut_columns([header, figures])
    assert [row[2] for row in figures.grid] == [None]


def test_a_cut_column_whose_wrapped_figure_lost_glyphs_past_the_edge_is_not_read_whole():
    # `1,132` wrapped in its cell as `1,1` / `32`, the file holding only `1` / `32` (LibreOffice dropped the
    # first line's glyphs past the edge): `1` and the `3` after it would fit on one line where `496` does, so
    # the cell lost glyphs, and `132` is never read for it; its characters are still the column's, no loose text
    rows = [word("本年新收", 55, 125) + word("1,120", 152, 125) + word("1", 242, 121) + word("32", 242, 131),
            word("予以公开", 55, 145) + word("491", 152, 145) + word("496", 242, 145)]
    table, outside = _cut_table(rows, [120, 140, 160])
    read_cut_columns([table])
    assert [row[2] for row in table.grid] == [None, None]
    assert outside == []
    # a figure too wide for the column, wrapped whole (`10` / `5` where no line of the column is wider than `10`)
    rows[1] = word("予以公开", 55, 145) + word("47", 152, 145) + word("47", 242, 145)
    rows[0] = word("本年新收", 55, 125) + word("105", 152, 125) + word("10", 242, 121) + word("5", 242, 131)
    table, _ = _cut_table(rows, [120, 140, 160])
    read_cut_columns([table])
    assert [row[2] for row in table.grid] == ["10\n5", "47"]


def test_a_figure_the_page_break_cut_in_its_last_group_of_thousands_is_joined_with_its_rest():
    # LibreOffice's PDF of a DOCX: `1,122` wrapped in its narrow cell as `１,１` / `２２`, the row split by the page
    # break (a rule drawn under its first part), the rest in the first row of the table on the next page
    xs = [50, 200, 250, 300]
    foot = page_items(word("上年结转", 52, 705) + word("０", 202, 705) + word("０", 252, 705)
                      + word("（七）总计", 52, 725) + word("１,１", 202, 725) + word("１,１", 252, 725),
                      grid_rules(xs, [700, 720, 740]), height=800)

    def next_page(rest: str) -> list:
        return page_items(word(rest, 202, 105) + word("３１", 252, 105) + word("四、结转", 52, 125) + word("３", 202, 125)
                          + word("３", 252, 125), grid_rules(xs, [100, 120, 140]), height=800)

    assert pages_text([foot, next_page("２２")]).split("\n")[:3] == ["上年结转\t０\t０", "（七）总计\t１,１２２\t１,１３１",
                                                                     "四、结转\t３\t３"]
    # a figure that is whole (`１,１`'s rest too long to make one: `１,１２２２`) stays apart, a row of its own
    assert pages_text([foot, next_page("２２２")]).split("\n")[1:3] == ["（七）总计\t１,１\t１,１", "\t２２２\t３１"]


def test_a_wide_table_whose_header_page_holds_words_only_reads_its_cut_total_column_from_past_the_paper():
    # LibreOffice's PDF of a web page whose 4-digit figures widen table 3: the 总计 column starts 10 points
    # before the paper's edge; its header alone on the first page (`总计` running past the edge), its rows
    # on the next, each total's first digits on the paper and the rest past it, still in the file
    out = io.BytesIO()
    page = _cjk_canvas(out, (595, 842))
    xs = [60, 300, 585, 595]

    def grid(ys: list[float]) -> None:
        for y in ys:
            page.line(xs[0], y, xs[-1], y)
        for x in xs:
            page.line(x, ys[0], x, ys[-1])

    page.drawString(60, 800, "三、收到和处理政府信息公开申请情况")
    grid([780, 760])
    for x, text in [(62, "申请人情况"), (302, "自然人"), (587, "总计")]:
        page.drawString(x, 766, text)
    page.showPage()
    page.setFont("STSong-Light", 10)
    grid([800, 780, 760, 740])
    for y, label, figure in [(786, "一、本年新收", "1,160"), (766, "（二）部分公开", "94"), (746, "（七）总计", "1,254")]:
        for x, text in [(62, label), (302, figure), (587, figure)]:
            page.drawString(x, y, text)
    page.showPage()
    page.save()
    assert pdf_text(out.getvalue()).split("\n")[1:5] == [
        "申请人情况\t自然人\t总计", "一、本年新收\t1,160\t1,160", "（二）部分公开\t94\t94", "（七）总计\t1,254\t1,254"]
