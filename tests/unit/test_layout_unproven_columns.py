"""`pdftotext -layout` of narrow tables, where a header's words or a row's figures stand a column off:
a figure goes into a column only where its position proves it, else the rules place it or it is unknown.

* Chromium's narrow table: the header's words packed one space apart (`人 业 机构 社会公益组织 机构 他`),
  each set after the glyphs before it, so that 科研机构's figures stand under 社会公益组织;
* a header cut at the page's edge: a figure between two shown headers, placed by its neighbours' order only;
* a first article heading of table 2 whose characters a PDF's reading order scrambled;
* a label with no figures of its own, wrapped down a narrow column, over the next label's figures.

Made-up figures, in the shapes the renditions write. Never a wrong number, never a lucky blank."""

from __future__ import annotations

from orchestration.parsing.cells import display_width
from orchestration.parsing.parse import parse_text
from tests.unit.test_reader_classes import REVIEW_HEADER, REVIEWS, ROWS, TITLE, applications_of

TABLE_2 = "二、主动公开政府信息情况\n第二十条第（一）项\n信息内容\t本年制发件数\t本年废止件数\t现行有效件数\n规章\t0\t0\t5\n"
TABLE_4 = [REVIEW_HEADER, "行政复议 行政诉讼", "  ".join(["结果维持", "结果纠正", "其他结果", "尚未审结", "总计"] * 3),
           "  ".join(map(str, REVIEWS)), "五、存在的主要问题及改进情况", "一是公开形式单一。"]


def layout_text(header: list[str], figures: dict[str, list[tuple[int, int]]]) -> str:
    """Table 3 as `pdftotext -layout` writes it, glyph by glyph: each row's figures `(start glyph, value)`
    after its label; rows not given print nothing (blank cells)."""
    lines = [*TITLE.rstrip("\n").split("\n"), *TABLE_2.rstrip("\n").split("\n"), "三、收到和处理政府信息公开申请情况",
             *header]
    for key, label, heading in ROWS:
        if heading:
            lines.append(heading)
        line = label
        for start, value in figures.get(key, ()):
            line += " " * max(start - len(line), 2) + str(value)
        lines.append(line)
    return "\n".join([*lines, *TABLE_4]) + "\n"


# Chromium's narrow header (the shape of seed 11's renditions): 自然/人 and 法律服务 stand clear, the others
# are packed one space after the words before them
PACKED_HEADER = [" " * 36 + "申请人情况",
                 " " * 26 + "自然 商业企 科研法人或其他组织",
                 " " * 41 + "法律服务 其 总计",
                 " " * 27 + "人 业 机构 社会公益组织 机构 他"]
# 科研机构's 5 stands where the packed 社会公益组织 is (glyph 36), the natural persons' 12 and the total 17 clear
PACKED = {"new_received": [(26, 12), (36, 5), (48, 17)], "granted": [(26, 12), (36, 5), (48, 17)],
          "results_total": [(26, 12), (36, 5), (48, 17)]}


def test_a_figure_under_a_packed_header_word_is_never_read_as_that_column():
    read = applications_of(parse_text(layout_text(PACKED_HEADER, PACKED), "packed.txt"))
    for key in PACKED:
        natural, commercial, research, social, legal, other, total = read[key]
        # the packed word's column proves nothing: the 5 may stand in any of five columns, which the rules
        # do not tell apart
        assert social.value is None and social.state == "unknown", key
        assert all(cell.state == "unknown" for cell in (commercial, research, legal, other)), key
        assert (natural.value, total.value) == (12, 17), key
        assert natural.state in ("value", "recovered") and total.state in ("value", "recovered"), key


CLEAR_HEADER = [" " * 26 + "自然人  商业企业  科研机构  社会公益组织  法律服务机构  其他  总计"]


def under(line: str, word: str, value: int, off: float = 0) -> tuple[int, int]:
    """(start glyph, value) of a figure centred under `word` of a header line, `off` glyphs to its right."""
    return round(line.index(word) + len(word) / 2 + off - len(str(value)) / 2), value


def test_the_same_figures_under_words_standing_clear_are_read_by_position():
    # each header word its own cell, the 5 under 科研机构
    line = CLEAR_HEADER[0]
    figures = {key: [under(line, "自然人", 12), under(line, "科研机构", 5), under(line, "总计", 17)] for key in PACKED}
    read = applications_of(parse_text(layout_text(CLEAR_HEADER, figures), "clear.txt"))
    for key in PACKED:
        assert [c.value for c in read[key]] == [12, None, 5, None, None, None, 17], key
        assert [c.state for c in read[key]] == ["value", "blank", "value", "blank", "blank", "blank", "value"], key


# a header cut at the page's edge (LibreOffice's PDF of a wide HTML table): 其他 its last shown column
CUT_HEADER = [" " * 50 + "申请人情况", " " * 32 + "自然人", " " * 46 + "科研  社会公  法律服务",
              " " * 39 + "商业企业" + " " * 20 + "其他", " " * 46 + "机构  益组织  机构"]


def test_under_a_cut_header_a_figure_between_two_columns_is_placed_by_its_neighbours_order_only():
    # the shown headers stand at glyphs 33.5 (自然人), 41, 47, 51.5, 56.5 (法律服务机构) and 64 (其他): the 2 under
    # 法律服务机构, the 5 at 60.5 nearer 其他 but not clearly (3.5 glyphs from it, 4 from 法律服务机构): the only
    # column the order of its sure neighbours leaves it is 其他
    figures = {"new_received": [(32, 10), (56, 2), (60, 5)], "granted": [(32, 1)]}
    read = applications_of(parse_text(layout_text(CUT_HEADER, figures), "cut.txt"))
    assert [c.value for c in read["new_received"][:6]] == [10, None, None, None, 2, 5]
    assert [c.state for c in read["new_received"][:6]] == ["value", "blank", "blank", "blank", "value", "value"]
    # the total column alone cut: its row's sum, the one value APP_APPLICANT_SUM leaves
    assert (read["new_received"][6].value, read["new_received"][6].state) == (17, "recovered")
    assert read["granted"][0].value == 1


def test_a_lone_figure_between_two_cut_header_columns_leaves_those_two_unknown():
    # granted's 2 at 37.5: between 自然人 (33.5) and 商业企业 (41), and no sure neighbour to place it by: either
    # column's; the shown columns past them, where nothing stands, are blank, and the cut total unknown
    figures = {"new_received": [(32, 10), (56, 2)], "granted": [(37, 2)], "results_total": [(32, 10), (56, 2)]}
    read = applications_of(parse_text(layout_text(CUT_HEADER, figures), "cut.txt"))
    assert [c.state for c in read["granted"]] == ["unknown", "unknown", *["blank"] * 4, "unknown"]
    assert read["new_received"][0].value == 10


def test_table_2_rows_under_a_scrambled_first_article_heading_are_read():
    text = (TITLE + "二、主动公开政府信息情况\n第二 条第 一十 （ ）项\t\n信息内容\t本年制发件数\t本年废止件数\t现行有效件数\n"
            "规章\t0\t2\t19\n规范性文件\t5\t2\t40\n第二十条第（五）项\t\n信息内容\t本年处理决定数量\n行政许可\t54\n"
            "三、收到和处理政府信息公开申请情况\n" + "\n".join(TABLE_4) + "\n")
    report = parse_text(text, "scrambled.txt")
    read = {(c.row, c.column): c for c in report.cells if c.table == "disclosures"}
    assert [read["regulations", m].value for m in ("issued", "repealed", "in_force")] == [0, 2, 19]
    assert [read["normative_documents", m].value for m in ("issued", "repealed", "in_force")] == [5, 2, 40]
    assert read["administrative_licensing", "decisions"].value == 54


def test_figures_between_two_labels_neither_standing_on_them_are_neither_rows():
    # `8.属于行政查询事项` wrapped down a narrow column, nothing on its lines; the next label opens after
    # the figures' line, which holds only its group's heading and a piece of no label
    lines = [*TITLE.rstrip("\n").split("\n"), *TABLE_2.rstrip("\n").split("\n"), "三、收到和处理政府信息公开申请情况",
             " " * 15 + "自然人  商业企业  科研机构  社会公益组织  法律服务机构  其他  总计"]
    for key, label, heading in ROWS:
        if key == "denied_administrative_query":
            lines += ["         8.属", "         于行", "         政查", "         询事", "         项",
                      "     （四  本机" + " " * 8 + "5" + " " * 7 + "1" + " " * 39 + "6"]
            continue
        if key == "unavailable_not_held":
            lines += ["     ）无  关不掌握相关政府信息"]
            continue
        if heading:
            lines.append(heading)
        lines.append(label)
    lines += TABLE_4
    read = applications_of(parse_text("\n".join(lines) + "\n", "shared.txt"))
    for key in ("denied_administrative_query", "unavailable_not_held"):
        assert all(c.value is None for c in read[key]), key
        assert all(c.state == "unknown" for c in read[key]), key


def display_line(pieces: list[tuple[int, str]]) -> str:
    """A line as a rendition's `-layout` text sets it by display width (a CJK character two columns):
    each `(start column, text)` after the pieces before it."""
    line = ""
    for start, text in pieces:
        line += " " * max(start - display_width(line), 2) + text
    return line


# an ordinary header: words three spaces or more apart, three words cut over two lines, every word set from
# its cell's left edge, as the figures are (the shape of corpus seed 3's `-layout` renditions)
LEFT_SET_HEADER = [display_line([(70, "申请人情况")]),
                   display_line([(70, "自然人"), (79, "法人或其他组织"), (126, "总计")]),
                   display_line([(79, "商业企业"), (90, "科研"), (97, "社会公"), (106, "法律服务"), (117, "其他")]),
                   display_line([(90, "机构"), (97, "益组织"), (106, "机构")])]


def test_narrow_figures_set_from_the_left_edge_of_wide_header_words_are_read_by_position():
    # the 6 starts where 商业企业 starts (3.5 columns from its centre, 6.5 from 自然人's: nearer, not by half)
    # and the 3 where 法律服务 and 机构 start: each stands under its column by proof
    figures = {"new_received": [(70, "60"), (79, "6"), (106, "3"), (128, "69")],
               "granted": [(70, "19"), (79, "2"), (128, "21")],
               "results_total": [(70, "19"), (79, "2"), (128, "21")]}
    lines = [*TITLE.rstrip("\n").split("\n"), *TABLE_2.rstrip("\n").split("\n"), "三、收到和处理政府信息公开申请情况",
             *LEFT_SET_HEADER]
    for key, label, heading in ROWS:
        if heading:
            lines.append(heading)
        lines.append(display_line([(0, label), *figures.get(key, ())]))
    read = applications_of(parse_text("\n".join([*lines, *TABLE_4]) + "\n", "left_set.txt"))
    assert [c.value for c in read["new_received"]] == [60, 6, None, None, 3, None, 69]
    assert [c.value for c in read["granted"]] == [19, 2, None, None, None, None, 21]
    for key in figures:
        assert all(c.state in ("value", "blank") for c in read[key]), (key, [c.state for c in read[key]])


def _full_rows_and_one_short(columns: tuple[int, ...], short: list[int]) -> str:
    """Every row printing its seven cells at `columns` (zeros, a few figures), but 2.其他法律行政法规禁止公开,
    which prints six zeros at the columns `short` names: one cell printed nothing."""
    figures = {key: [(at, 0) for at in columns] for key, _, _ in ROWS}
    for key in ("new_received", "granted", "results_total"):
        figures[key] = [(at, value) for at, value in zip(columns, [3, 0, 1, 0, 0, 0, 4], strict=True)]
    figures["denied_prohibited_by_law"] = [(columns[c], 0) for c in short]
    return layout_text(PACKED_HEADER, figures)


def test_a_row_printing_nothing_in_a_cell_is_placed_where_the_pages_full_rows_stand():
    # Chromium's narrow columns, uneven (the total's column close to the last applicant's): the six zeros
    # stand under the first six columns of the rows printing all seven, and no other six columns fit their
    # spacing, even shifted: the total printed nothing, blank
    columns = (40, 44, 48, 53, 57, 62, 65)
    read = applications_of(parse_text(_full_rows_and_one_short(columns, [0, 1, 2, 3, 4, 5]), "short.txt"))
    row = read["denied_prohibited_by_law"]
    assert [c.value for c in row] == [0, 0, 0, 0, 0, 0, None], row
    assert [c.state for c in row] == ["recovered"] * 6 + ["blank"], row


def test_a_short_row_whose_spacing_fits_two_sets_of_columns_stays_unknown():
    # evenly spaced columns: six zeros under the first six fit the last six as well, shifted one column along
    # (a long label may push a row's figures): which cell printed nothing is not known
    columns = (40, 44, 48, 52, 56, 60, 64)
    read = applications_of(parse_text(_full_rows_and_one_short(columns, [0, 1, 2, 3, 4, 5]), "even.txt"))
    assert all(c.state == "unknown" for c in read["denied_prohibited_by_law"]), read["denied_prohibited_by_law"]


def test_a_short_row_whose_sum_fails_with_its_unprinted_cells_blank_reads_its_figures_only():
    # the row prints figures under the first five columns and nothing under the last two, its parts 1 + 2
    # with no total: the figures are placed where the page's full rows stand, the two cells that printed
    # nothing are unknown (a total printed blank or a cell lost: the text does not say which), never 0;
    # columns as uneven as Chromium sets them, so that no other five fit the figures' spacing
    columns = (40, 49, 57, 61, 69, 77, 81)
    figures = {key: [(at, 0) for at in columns] for key, _, _ in ROWS}
    for key in ("new_received", "granted", "results_total"):
        figures[key] = [(at, value) for at, value in zip(columns, [3, 0, 1, 0, 0, 0, 4], strict=True)]
    figures["denied_prohibited_by_law"] = [(at, value) for at, value in zip(columns[:5], [1, 0, 0, 2, 0], strict=True)]
    read = applications_of(parse_text(layout_text(PACKED_HEADER, figures), "sum_fails.txt"))
    row = read["denied_prohibited_by_law"]
    assert [c.value for c in row[:5]] == [1, 0, 0, 2, 0], row
    assert [c.state for c in row] == ["recovered"] * 5 + ["unknown"] * 2, row
    assert [c.value for c in row[5:]] == [None, None], row


def test_a_short_row_printing_its_total_that_fails_its_sum_stays_unknown():
    # 1 and 2 under two applicant columns and 5 under the total: its sum does not hold, so the words may stand
    # in other columns than their spacing says (only the sum checks where a total stands): unknown, not read
    columns = (40, 49, 57, 61, 69, 77, 81)
    figures = {key: [(at, 0) for at in columns] for key, _, _ in ROWS}
    for key in ("new_received", "granted", "results_total"):
        figures[key] = [(at, value) for at, value in zip(columns, [3, 0, 1, 0, 0, 0, 4], strict=True)]
    figures["denied_prohibited_by_law"] = [(columns[0], 1), (columns[3], 2), (columns[6], 5)]
    read = applications_of(parse_text(layout_text(PACKED_HEADER, figures), "total_fails.txt"))
    assert all(c.state == "unknown" for c in read["denied_prohibited_by_law"]), read["denied_prohibited_by_law"]


def _every_row_printed_but_other_misc(columns: tuple[int, ...], apart: bool, ocr: bool = False) -> str:
    """pdftotext's page: every row printing its seven cells at `columns` (a few figures, `-` for a blank), but
    3.其他, which prints nothing on its line; with `apart`, its cells (1 … 1) stand on a line of their own just
    below its label. `ocr`: the same text, as an OCR wrote it (no page break pdftotext set)."""
    figures = {key: [(at, "-") for at in columns] for key, _, _ in ROWS}
    for key in ("new_received", "granted", "results_total"):
        figures[key] = [(at, value) for at, value in zip(columns, [3, "-", 1, "-", "-", "-", 4], strict=True)]
    del figures["other_misc"]
    text = layout_text(PACKED_HEADER, figures) + "\f"  # pdftotext ends each page with a form feed
    if apart:
        line = ""
        for at, value in zip(columns, [1, "-", "-", "-", "-", "-", 1], strict=True):
            line += " " * max(at - len(line), 2) + str(value)
        text = text.replace("3.其他\n", "3.其他\n" + line + "\n")
    return text.rstrip("\f") if ocr else text


def test_a_row_printing_nothing_between_rows_on_their_own_lines_is_blank_where_every_other_row_prints_its_cells():
    # 3.其他's whole label on its line, the rows above and below each holding its own label and figures on its
    # line: no line beside it could hold its figures, so its cells printed nothing, blank
    columns = (40, 49, 57, 61, 69, 77, 81)
    read = applications_of(parse_text(_every_row_printed_but_other_misc(columns, apart=False), "blank_row.txt"))
    assert [(c.value, c.state) for c in read["other_misc"]] == [(None, "blank")] * 7, read["other_misc"]
    assert [c.value for c in read["results_total"]] == [3, None, 1, None, None, None, 4]
    # text without pdftotext's pages (an OCR may lose a row's figures): not known to be blank
    read = applications_of(parse_text(_every_row_printed_but_other_misc(columns, apart=False, ocr=True), "o.txt"))
    assert all(c.state == "unknown" for c in read["other_misc"]), read["other_misc"]


def test_a_row_printing_nothing_on_its_line_with_figures_on_a_line_beside_it_is_never_blank():
    # the same row with its cells on a label-less line just below it (a figure cell set lower than its label):
    # figures that may be its own, so its 1s are never read blank
    columns = (40, 49, 57, 61, 69, 77, 81)
    read = applications_of(parse_text(_every_row_printed_but_other_misc(columns, apart=True), "apart.txt"))
    natural, *_, total = read["other_misc"]
    assert natural.state != "blank" and total.state != "blank", read["other_misc"]
    assert natural.value in (1, None) and total.value in (1, None), read["other_misc"]
