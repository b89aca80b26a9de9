"""Text tesseract wrote of a report's pages: its headings with a glyph misread still open their tables,
and a table whose cells it read apart from their labels, as lines of marks (`口 |口|口|…`: a narrow
cell's 0 read as `口`), leaves a row with nothing after its label unknown, never blank."""

from __future__ import annotations

from orchestration.parsing.ocr_text import cells_read_as_marks
from orchestration.parsing.parse import parse_text
from tests.unit.test_reader_classes import FIGURES, ROWS, applications_of, pdftotext_layout

BARE_ROW = "denied_state_secret"  # its label alone on its line, as tesseract leaves it when its cells are elsewhere
FIGURES_WITH_A_BARE_ROW = dict(FIGURES, **{BARE_ROW: [None] * 7})
MARKS = "口 |口| 口 |口|口|口|口"


def with_marks_after(text: str, label: str, marks: str) -> str:
    """The text with a line of marks after the line holding `label`."""
    line = next(line for line in text.splitlines() if label in line)
    return text.replace(line + "\n", f"{line}\n{marks}\n", 1)


def test_a_row_with_nothing_after_its_label_is_unknown_where_the_cells_stand_apart_as_marks():
    text = with_marks_after(pdftotext_layout(FIGURES_WITH_A_BARE_ROW), "8.属于行政查询事项", MARKS)
    cells = applications_of(parse_text(text, "ocr.txt"))[BARE_ROW]
    assert {c.state for c in cells} == {"unknown"}
    assert all(c.value is None for c in cells)


def test_without_such_marks_the_row_stays_blank():
    cells = applications_of(parse_text(pdftotext_layout(FIGURES_WITH_A_BARE_ROW), "t.txt"))[BARE_ROW]
    assert {c.state for c in cells} == {"blank"}


def test_a_rows_figures_are_read_beside_such_marks():
    text = with_marks_after(pdftotext_layout(FIGURES_WITH_A_BARE_ROW), "8.属于行政查询事项", MARKS)
    assert [c.value for c in applications_of(parse_text(text, "ocr.txt"))["granted"]] == FIGURES["granted"]


def test_what_a_line_of_marks_is():
    assert cells_read_as_marks([MARKS])
    assert cells_read_as_marks(["口 |口| 口 |六|户口|口|忆|口|口|人|口|哺|口|口|口| 口"])
    assert cells_read_as_marks(["口", "口", "口", "口 口 口 口"])  # a line cut at its spaces
    # a header's words cut one glyph a cell differ from cell to cell; blank marks are blanks; too few cells
    assert not cells_read_as_marks(["果 |果 |他|未|计|结|结|其 |尚|总|结|结|其 |尚 |总"])
    assert not cells_read_as_marks(["无|无|无|无|无|无|无"])
    assert not cells_read_as_marks(["0|0|0|0|0|0|0"])
    assert not cells_read_as_marks(["Col1|数|数|数"])


def test_headings_with_a_glyph_misread_open_tables_2_and_3():
    text = pdftotext_layout(FIGURES).replace("第二十条第", "第二十休第").replace("收到和处理", "收到和上处理")
    text = text.replace("（本列数据的勾稽关系为：", "（本列数据的关系为：")  # no other sign of table 3 then
    report = parse_text(text, "ocr.txt")
    assert {"disclosures", "applications"} <= set(report.tables_found)
    in_force = next(c for c in report.cells if c.table == "disclosures" and c.row == "regulations"
                    and c.column == "in_force")
    assert in_force.value == 5
    assert [c.value for c in applications_of(report)["granted"]] == FIGURES["granted"]


def test_a_heading_two_glyphs_off_opens_no_table():
    text = pdftotext_layout(FIGURES).replace("收到和处理政府信息公开申请", "收到和处理政府信息公开").replace(
        "（本列数据的勾稽关系为：", "（本列数据的关系为：").replace("本年新收", "本年新来")
    assert "applications" not in parse_text(text, "ocr.txt").tables_found


def ocr_lines(figures: dict[str, list], mark: str) -> str:
    """Table 3 as tesseract lays a ruled table out: each row's label and its cells after it on its line, a
    blank cell printed `mark` (a header it could not read, no columns to place them by)."""
    from tests.unit.test_reader_classes import REVIEW_HEADER, REVIEWS, TABLE2, TITLE

    lines = [TITLE.rstrip("\n"), TABLE2, "三、收到和处理政府信息公开申请情况", "申请人情况", "自然人| 法人或其他组织"]
    for key, label, heading in ROWS:
        cells = "    ".join(mark if value is None else str(value) for value in figures[key])
        lines += [*([heading] if heading else []), f"{label}    {cells}".rstrip(), ""]
    return "\n".join([*lines, REVIEW_HEADER, "\t".join(["结果维持", "结果纠正", "其他结果", "尚未审结", "总计"] * 3),
                      "\t".join(map(str, REVIEWS)), "五、存在的主要问题及改进情况", "一是公开形式单一。"]) + "\n"


SOME_BLANK = {key: [None if value == 0 else value for value in values] for key, values in FIGURES.items()}


def test_labels_alone_in_a_table_printing_a_mark_for_each_blank_cell_are_unknown():
    # tesseract read the cells of two rows only, one printing `-` for its blank cells: the table prints a mark
    # in a cell with nothing to count, so the other labels' cells, marks or figures, were not seen
    text = ocr_lines(SOME_BLANK, "-")
    for key, label, _ in ROWS:
        if key not in ("new_received", "results_total"):
            text = "\n".join(label if line.startswith(label) else line for line in text.split("\n"))
    read = applications_of(parse_text(text, "ocr.txt"))
    assert {c.state for c in read[BARE_ROW]} == {"unknown"}
    assert [c.value for c in read["results_total"]] == SOME_BLANK["results_total"]


def test_labels_alone_where_no_row_prints_a_mark_or_zeros_stay_blank():
    # a table leaving its blank cells empty: a label alone is a row of blank cells
    text = ocr_lines(SOME_BLANK, "")
    for key, label, _ in ROWS:
        if key not in ("new_received", "results_total"):
            text = "\n".join(label if line.startswith(label) else line for line in text.split("\n"))
    assert {c.state for c in applications_of(parse_text(text, "ocr.txt"))[BARE_ROW]} == {"blank"}


def test_a_label_followed_by_a_figure_glued_to_a_mark_is_unknown_not_blank():
    # `12 盖`: a figure and a mark (a `—` misread) run into one cell, taken for the label's; nothing is read
    # after the label, yet something is printed there
    text = ocr_lines(SOME_BLANK, "")
    for key, label, _ in ROWS:
        if key not in ("new_received", "results_total"):
            text = "\n".join(label if line.startswith(label) else line for line in text.split("\n"))
    label = "一、本年新收政府信息公开申请数量"
    text = "\n".join(f"{label}    12 盖    二上    二" if line.startswith(label) else line for line in text.split("\n"))
    read = applications_of(parse_text(text, "ocr.txt"))
    assert {c.state for c in read["new_received"]} == {"unknown"}
    assert {c.state for c in read[BARE_ROW]} == {"blank"}  # a label alone stays blank in a table printing nothing


def test_in_text_reading_zeros_as_letters_a_ruling_read_as_a_1_is_taken_out():
    # `0 0 lo 0 oo on` elsewhere shows an OCR wrote the text: a row's `1`s between its figures may be rulings
    from tests.unit.test_ocr_misread import enforcement_row

    cells = enforcement_row("7.属于行政执法案卷       110 1010101011", ocr_trait=False)
    assert "recovered" not in {c.state for c in cells}  # a document's own text: read as printed
    figures = dict(FIGURES, denied_enforcement_files=[1, 0, 0, 0, 0, 0, 1], results_total=[12, 3, 0, 0, 0, 0, 15],
                   new_received=[13, 3, 0, 0, 0, 0, 16])
    text = pdftotext_layout(figures)
    enforcement = next(line for line in text.splitlines() if "7.属于行政执法案卷" in line)
    duplicate = next(line for line in text.splitlines() if "2.重复申请" in line)
    text = text.replace(enforcement, "7.属于行政执法案卷       110 1010101011")
    text = text.replace(duplicate, duplicate.replace("0      0      0", "0      oo     0", 1))
    cells = applications_of(parse_text(text, "ocr.txt"))["denied_enforcement_files"]
    assert [c.value for c in cells] == [1, 0, 0, 0, 0, 0, 1]

