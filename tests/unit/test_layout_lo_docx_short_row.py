"""`pdftotext -layout` of LibreOffice's PDF of a DOCX: table 3's label column is narrow (its labels wrapped a
few glyphs a line), each row's figures on its label's first line, a few glyphs past it. On a later page (no
header) a row printing fewer figures than columns is placed only where the page's rows printing every cell
set their columns, one way only: never a word left of its column unless a row printing every cell stood
further along its line, pushed by a longer label.

Made-up figures, in the shape the renditions write. Never a wrong number, never a lucky blank."""

from __future__ import annotations

from orchestration.parsing.cells import display_width
from orchestration.parsing.parse import parse_text
from tests.unit.test_layout_unproven_columns import TABLE_2, TABLE_4
from tests.unit.test_reader_classes import ROWS, TITLE, applications_of

HEADER = ["               申请人情况",
          "               自然  法人或其他组织                     总计",
          "               人   商业  科研  社会       法律   其他",
          "                   企业  机构  公益       服务",
          "                           组织       机构"]
FIRST_PAGE = ("new_received", "carried_over")  # the rows above the page break, under the header


def _wrapped(label: str, width: int = 4) -> list[str]:
    """The label as LibreOffice wraps it in a narrow cell: `width` display columns a line."""
    lines, line = [], ""
    for character in label:
        if display_width(line + character) > width:
            lines.append(line)
            line = ""
        line += character
    return [*lines, line]


def _paged(under_header: dict[str, list], later: dict[str, list[tuple[int, int]]], breaks: set[str],
           first_pieces: dict[str, str] | None = None) -> str:
    """Table 3 over pages: the rows of `under_header` under the header (a value or None for each column, at
    the header's columns), then the others, labels from glyph 4, their figures `(glyph, value)` where poppler
    squeezed each later page's columns; a page break after each row of `breaks`. `first_pieces`: a row's
    label's first line other than the wrap."""
    lines = [*TITLE.rstrip("\n").split("\n"), *TABLE_2.rstrip("\n").split("\n"), "三、收到和处理政府信息公开申请情况",
             *HEADER]
    for key, label, heading in ROWS:
        if heading:
            lines.append(heading)
        start = 0 if key in under_header else 4
        figures = [((15, 19, 23, 27, 36, 41, 47)[c], value) for c, value in enumerate(under_header[key])
                   if value is not None] if key in under_header else later.get(key, [])
        first = (first_pieces or {}).get(key)
        pieces = [first, *_wrapped(label[len(first):])] if first else _wrapped(label)
        line = " " * start + pieces[0]
        for at, value in figures:
            line += " " * max(at - len(line), 1) + str(value)
        lines += [line, *(" " * start + piece for piece in pieces[1:])]
        if key in breaks:
            lines.append("\f")
    return "\n".join([*lines, *TABLE_4]) + "\n"


def lo_docx_text(figures: dict[str, list], first_pieces: dict[str, str] | None = None) -> str:
    """Table 3 as pdftotext sets LibreOffice's PDF of a DOCX: the first rows under the header, then a page
    break and the others, their columns from glyph 10, 4 apart (poppler sets each page's columns anew)."""
    under_header = {key: [*figures.get(key, []), *[None] * 7][:7] for key in FIRST_PAGE}
    later = {key: list(zip(range(10, 38, 4), values, strict=False)) for key, values in figures.items()
             if key not in FIRST_PAGE}
    return _paged(under_header, later, {FIRST_PAGE[-1]}, first_pieces)


def _every_row_full_but_one_printing_five() -> dict[str, list]:
    figures = {key: [0] * 7 for key, _, _ in ROWS}
    for key in ("new_received", "granted", "results_total"):
        figures[key] = [3, 0, 1, 0, 0, 0, 4]
    figures["rejected_duplicate"] = [1, 0, 0, 0, 0]  # nothing under 其他 and 总计
    return figures


def test_a_short_row_whose_words_stand_under_the_first_columns_is_read_there():
    # 1 0 0 0 0 at the page's first five columns, its label ending where every row's does: standing left of
    # their columns (columns two to six, evenly spaced) would need a row pushed further than the others
    read = applications_of(parse_text(lo_docx_text(_every_row_full_but_one_printing_five()), "lo_docx.txt"))
    row = read["rejected_duplicate"]
    assert [c.value for c in row[:5]] == [1, 0, 0, 0, 0], row
    assert [c.state for c in row[:5]] == ["recovered"] * 5, row
    # no total printed, its parts 1: the two cells that printed nothing are not known (blank, or lost)
    assert [(c.value, c.state) for c in row[5:]] == [(None, "unknown")] * 2, row


def test_a_short_row_stays_unknown_where_a_full_rows_longer_label_may_have_pushed_it_further():
    # 1.属于 ends a glyph further along than 2.重: that row's figures may stand a column further right than
    # its columns, so the short row's words may be columns two to six: which cells printed nothing is unknown
    text = lo_docx_text(_every_row_full_but_one_printing_five(), {"denied_state_secret": "1.属于"})
    read = applications_of(parse_text(text, "pushed.txt"))
    assert all(c.state == "unknown" for c in read["rejected_duplicate"]), read["rejected_duplicate"]
    assert [c.value for c in read["denied_state_secret"]] == [0] * 7


def test_a_later_pages_column_is_told_by_an_outcome_column_its_read_rows_already_fill():
    # page 2 prints natural persons, one more column and the total, squeezed (glyphs 10, 15, 19); its
    # 2.重复申请 prints a 1 and no total (the report's own slip: unknown, so the outcome sums check nothing
    # in full). Still, the middle column can only be 法律服务机构: results_total (page 3) prints nothing
    # under any other, and 部分公开's 2 there would already pass it (a count is never negative)
    under_header = {"new_received": [9, None, None, None, 3, None, 12], "carried_over": [None] * 7,
                    "granted": [4, None, None, None, 1, None, 5]}
    later = {"partially_granted": [(10, 2), (15, 2), (19, 4)], "unavailable_not_held": [(10, 2), (19, 2)],
             "rejected_duplicate": [(10, 1)], "results_total": [(10, 9), (14, 3), (18, 12)]}
    read = applications_of(parse_text(_paged(under_header, later, {"granted", "rejected_excessive"}), "paged.txt"))
    assert [c.value for c in read["partially_granted"]] == [2, None, None, None, 2, None, 4]
    assert [c.value for c in read["unavailable_not_held"]] == [2, None, None, None, None, None, 2]
    assert all(c.state in ("recovered", "blank") for key in ("partially_granted", "unavailable_not_held")
               for c in read[key])
    assert all(c.state == "unknown" for c in read["rejected_duplicate"]), read["rejected_duplicate"]


def test_a_short_row_the_column_rules_place_in_part_is_completed_where_the_pages_full_rows_stand():
    # `/ 1 / / /` on a later page: the sums put 1 under 商业企业 (results_total's 2 = granted's 1 + it), so the
    # mark before it is 自然人's; which three of the five columns after it the other marks stand in, the rules do
    # not say, the page's full rows do: those are blank, 其他 and 总计 (printed nowhere) unknown
    figures = {key: ["/"] * 7 for key, _, _ in ROWS}
    figures["new_received"] = figures["results_total"] = ["/", 2, "/", "/", "/", "/", 2]
    figures["granted"] = ["/", 1, "/", "/", "/", "/", 1]
    figures["rejected_duplicate"] = ["/", 1, "/", "/", "/"]
    read = applications_of(parse_text(lo_docx_text(figures), "lo_docx.txt"))["rejected_duplicate"]
    assert [(cell.value, cell.state) for cell in read] == [
        (None, "blank"), (1, "recovered"), *[(None, "blank")] * 3, (None, "unknown"), (None, "unknown")]
