"""Text tesseract wrote of a report's pages: its headings with a glyph misread still open their tables,
and a table whose cells it read apart from their labels, as lines of marks (`口 |口|口|…`: a narrow
cell's 0 read as `口`), leaves a row with nothing after its label unknown, never blank."""

from __future__ import annotations

from orchestration.parsing.ocr_text import cells_read_as_marks
from orchestration.parsing.parse import parse_text
from tests.unit.test_reader_classes import FIGURES, applications_of, pdftotext_layout

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
