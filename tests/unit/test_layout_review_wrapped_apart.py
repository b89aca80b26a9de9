"""`pdftotext -layout` of LibreOffice's PDF of a DOCX report, table 4 in narrow columns: a two-digit figure wraps
in its cell (`１` over `２`, 12), and poppler sets the cell's two lines as a block of their own, its first piece glued
to the figure before it, left of its own column, the rest alone on the next line under that piece
(`８ １ ２１ １ ０ …` / `２`: 8, 1, 2, 1, 12). The digits below join a piece of the word above them (or stand
alone); the figure they make may stand in any column, the other words keep their order; only the cells every reading
that keeps each proceeding's sum agrees on are read. Written by hand in the shape of the renditions (r41 000161)."""

from __future__ import annotations

from orchestration.parsing.parse import parse_text
from tests.unit.test_layout_reviews import GLYPH_A_LINE_HEADER as HEADER
from tests.unit.test_layout_reviews import reviews_of, with_table_4
from tests.unit.test_reader_classes import OUTCOMES

ZEROS = "       ０  ０ ０  ０   ０   ０  ０  ０   ０   ０"


def parsed(lines: list[str]):
    return parse_text(with_table_4([*HEADER, *lines]), "layout.txt")


def test_the_wrapped_total_glued_to_the_figure_before_it_is_put_back_by_the_sums():
    result = parsed(["８    １   ２１  １" + ZEROS, "          ２"])
    read = reviews_of(result)
    assert [read[("administrative_review", o)] for o in OUTCOMES] == [
        ("recovered", 8), ("recovered", 1), ("recovered", 2), ("recovered", 1), ("recovered", 12)]
    assert all(read[(p, o)] == ("recovered", 0) for p in ("litigation_direct", "litigation_after_review")
               for o in OUTCOMES)
    assert any(w.code == "cells_recovered" and "wrapped in its narrow column" in w.message for w in result.warnings)


def test_digits_below_a_lone_figure_join_it_wherever_the_sums_put_it():
    # 6, 0, 3, 3, 12: the 12's first piece glued after the 3 of 其他结果 (r43 000035's shape)
    read = reviews_of(parsed(["６    ０   ３１  ３" + ZEROS, "          ２"]))
    assert [read[("administrative_review", o)] for o in OUTCOMES] == [
        ("recovered", 6), ("recovered", 0), ("recovered", 3), ("recovered", 3), ("recovered", 12)]


def test_two_readings_keeping_the_sums_leave_the_cells_they_differ_in_unknown():
    # 26 wrapped (`２` in its column, `６` below); `７ ６` and `２２`, `４４` may be figures glued together: the readings
    # of those keeping the sums differ in some cells, which stay unknown; every cell read is the truth
    truth = [6, 0, 26, 0, 32, 9, 7, 6, 22, 44, 1, 9, None, None, 10]
    read = reviews_of(parsed(["６    ０   ２   ０   ３２  ９  ７ ６  ２２  ４４  １  ９          １０", " " * 9 + "６"]))
    cells = [read[(p, o)] for p in ("administrative_review", "litigation_direct", "litigation_after_review")
             for o in OUTCOMES]
    assert any(state == "unknown" for state, _ in cells)
    assert all(value == expected for (state, value), expected in zip(cells, truth, strict=True) if state != "unknown")
    assert cells[4] == ("recovered", 32)


def test_a_row_whose_sums_break_as_printed_is_not_read_by_splitting_its_words():
    # 行政复议 printed 3, 6, 28, 38, 76 (its sum off by one), 28 wrapped: 3, 62, 3, 8, 76 keeps the sum only by
    # cutting `３８` and dropping the `８` below; no reading as printed keeps it, so nothing is read
    read = reviews_of(parsed(["３    ６２      ３８  ７６  ０  ０ ７  ２   ９      ２  ２   ７   １１", " " * 6 + "８"]))
    assert all(read[("administrative_review", o)][0] == "unknown" for o in OUTCOMES)


def test_no_reading_keeping_the_sums_reads_nothing():
    # 8, 1, 2, 1 and a 15: no place for the 15 keeps 行政复议's sum (12): the cells stay unknown
    read = reviews_of(parsed(["８    １   ２１  １" + ZEROS, "          ５"]))
    assert all(read[("administrative_review", o)][0] == "unknown" for o in OUTCOMES)


def test_digits_on_a_line_followed_by_another_row_are_not_taken_for_a_wrapped_piece():
    # a further line of the table after the digits: they may be anything of that row; nothing is read by this rule
    result = parsed(["８    １   ２１  １" + ZEROS, "          ２", "０    ０   ０   ０"])
    assert not any("wrapped in its narrow column" in w.message for w in result.warnings)
    read = reviews_of(result)
    assert read[("administrative_review", "total")] != ("recovered", 12)
