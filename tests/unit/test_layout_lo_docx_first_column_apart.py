"""`pdftotext -layout` of LibreOffice's PDF of a DOCX whose header's `自然` stands a few glyphs right of
its `人` (the pieces of 自然人 do not stack), every other applicant column's words stacked on one grid of
glyphs, and a later page whose rows poppler squeezed onto columns of its own. The header's page decides the
measure (glyphs), and the first column stands one step of the legal-person columns' grid before them, where
the figures of the header's page stand. No rule where the grid is uneven or nothing of 自然人 stands there.

Made-up figures, in the shape the renditions write. Never a wrong number."""

from __future__ import annotations

from orchestration.parsing.parse import parse_text
from tests.unit.test_layout_unproven_columns import TABLE_2, TABLE_4
from tests.unit.test_reader_classes import ROWS, TITLE, applications_of

# the header as poppler sets it: the label column's note wrapped beside it, `自然` four glyphs right of `人`
HEADER = ["（本列数据的勾稽关系        申请人情况",
          "为：第一项加第二项之        自然  法人或其他组织                总计",
          "和，等于第三项加第四    人    商业   科研   社会   法律   其他",
          "项之和）               企业   机构   公益   服务",
          "                             组织   机构"]
HEADER_PAGE = ("new_received", "carried_over", "granted")
COLUMNS = (14, 19, 24, 29, 34, 39, 44)  # glyphs where the header's page sets each column's figures
LATER_COLUMNS = (12, 20, 24, 28, 32, 36, 49)  # a later page's own columns, squeezed


def _text(figures: dict[str, list], header: list[str] = HEADER) -> str:
    lines = [*TITLE.rstrip("\n").split("\n"), *TABLE_2.rstrip("\n").split("\n"), "三、收到和处理政府信息公开申请的情况",
             "", *header]
    for key, label, heading in ROWS:
        if heading:
            lines.append(heading)
        columns = COLUMNS if key in HEADER_PAGE else LATER_COLUMNS
        pieces = [label[i: i + 10] for i in range(0, len(label), 10)]
        line = pieces[0]
        for at, value in zip(columns, figures.get(key, [])):
            if value is not None:
                line += " " * max(at - len(line), 1) + str(value)
        lines += [line, *pieces[1:]]
        if key == HEADER_PAGE[-1]:
            lines.append("\f")
    return "\n".join([*lines, *TABLE_4]) + "\n"


def _figures() -> dict[str, list]:
    figures: dict[str, list] = {key: [None] * 7 for key, _, _ in ROWS}
    figures["new_received"] = [19, None, 1, None, None, None, 20]
    figures["granted"] = [10, None, 1, None, None, None, 11]
    figures["unavailable_not_held"] = [9, None, None, None, None, None, 9]
    figures["results_total"] = [19, None, 1, None, None, None, 20]
    return figures


def test_the_first_column_stands_a_step_before_the_even_grid_of_the_others():
    read = applications_of(parse_text(_text(_figures()), "lo_docx.txt"))
    assert [cell.value for cell in read["new_received"]] == [19, None, 1, None, None, None, 20]
    assert [cell.state for cell in read["new_received"]][:3] == ["value", "blank", "value"]
    assert [cell.value for cell in read["granted"]] == [10, None, 1, None, None, None, 11]


def test_no_first_column_where_the_others_are_not_evenly_spaced():
    # 法律 and 服务 moved two glyphs right of the grid: the step of the legal-person columns proves nothing
    uneven = [HEADER[0], HEADER[1], HEADER[2].replace("   法律", "     法律"),
              HEADER[3].replace("   服务", "     服务"), HEADER[4].replace("   机构", "     机构")]
    read = applications_of(parse_text(_text(_figures(), uneven), "lo_docx.txt"))
    for key in ("new_received", "granted"):
        assert all(cell.state == "unknown" or cell.value == value
                   for cell, value in zip(read[key], _figures()[key])), key
    assert any(cell.state == "unknown" for cell in read["new_received"])


def test_no_first_column_where_no_piece_of_its_name_stands_there():
    # `人` printed nowhere near the step before 商业企业: the header does not show the first column there
    moved = [HEADER[0], HEADER[1], HEADER[2].replace("    人    商业", "      人  商业"), HEADER[3], HEADER[4]]
    read = applications_of(parse_text(_text(_figures(), moved), "lo_docx.txt"))
    for key in ("new_received", "granted"):
        assert all(cell.state == "unknown" or cell.value == value
                   for cell, value in zip(read[key], _figures()[key])), key
    assert any(cell.state == "unknown" for cell in read["new_received"])
