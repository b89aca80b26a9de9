"""What `pdftotext -layout`'s readers work out once a distinct line or label, and the steps they skip: the rows of an
aligned table are built in the measure its figures choose before any cell is built (rows._rows_in_their_measure),
exactly as the rows built in display columns and switched after; a table holding an amount's unit wrapped alone is
built the long way, its unit joined; a row's label pieces are looked up by its label's texts line by line
(narrow_label_rows._label_texts_by_line), so two rows of the same texts on other lines get other pieces."""

from __future__ import annotations

from orchestration.parsing import narrow_label_rows as NL
from orchestration.parsing import rows as R
from orchestration.parsing.rows import RawCell, Row
from orchestration.parsing.tokens import Line

# table 3's rows as `pdftotext -layout` prints them (a glyph a character cell), then as a monospaced rendering pads
# them (a CJK glyph two columns wide): the figures stand in fewer columns in glyphs in the first, in display in the other
_LABELS = ["（一）予以公开", "（二）部分公开", "（三）不予公开", "（四）无法提供之"]


def _table(width_of) -> list[Line]:
    lines = [Line(f"{label}{' ' * (24 - width_of(label))}{n}     0     {n}", n, False)
             for n, label in enumerate(_LABELS, 1)]
    return [Line("申请人情况", 0, False), *lines]


def _switched_after(lines: list[Line], glyphs: bool) -> list[tuple]:
    """The rows' cells as `_aligned_row` builds them in display columns, switched to glyphs where `glyphs`."""
    found = []
    for line in lines:
        for cell in R._aligned_row(line.text, line.number, 0).cells:
            found.append((cell.text, cell.line, cell.x_glyphs if glyphs else cell.x, len if glyphs else R.display_width,
                          cell.x_glyphs))
    return found


def _cells_of(rows: list[Row]) -> list[tuple]:
    return [(c.text, c.line, c.x, c.columns, c.x_glyphs) for row in rows for c in row.cells]


def test_rows_built_in_their_measure_are_the_rows_switched_after_in_either_measure():
    by_glyphs = _table(len)
    rows = R._aligned_rows(by_glyphs, by_glyphs)
    assert _cells_of(rows) == _switched_after(by_glyphs, glyphs=True)
    assert all(row.aligned and row.page == 0 for row in rows)
    assert [row.label for row in rows[1:]] == _LABELS and [c.text for c in rows[2].values()] == ["2", "0", "2"]
    by_display = _table(R.display_width)
    rows = R._aligned_rows(by_display, by_display)
    assert _cells_of(rows) == _switched_after(by_display, glyphs=False)


def test_a_line_s_figure_columns_are_its_printing_values_and_a_figure_glued_to_its_label():
    layout, _, display, glyphs, unit_tail, _ = R._aligned_line("（七）总计3    5   —      8")
    assert [text for text, _, _ in layout] == ["（七）总计3", "5", "—", "8"]
    assert len(display) == len(glyphs) == 4 and not unit_tail  # `5`, `—`, `8` and the glued `3`
    assert R._aligned_line("            4元")[4] and not R._aligned_line("  收费   4元")[4]


def test_a_table_holding_a_unit_wrapped_alone_joins_it_to_its_figure():
    lines = [Line("行政事业性收费      1,23", 1, False), Line("                    4元", 2, False)]
    rows = R._aligned_rows(lines, lines)
    assert len(rows) == 1 and [c.text for c in rows[0].values()] == ["1,234元"]


def test_a_line_s_traits_are_its_form_feeds_prose_furniture_and_digits():
    assert R._line_traits("\f\f  （一）予以公开   3") == (2, False, False, True)
    assert R._line_traits("   ") == (0, True, False, False)
    assert R._line_traits("本年新收申请12件，办结10件，结转2件。")[1]
    assert R._line_traits("第 2 页 共 4 页")[2]
    assert not any(R._line_traits("申请人情况")[1:])


def _row(*cells: tuple[str, int]) -> Row:
    return Row([RawCell(text, line) for text, line in cells])


def test_a_row_s_label_pieces_tell_its_lines_apart():
    one_line = _row(("果", 4), ("1.属", 4))
    two_lines = _row(("果", 4), ("1.属", 5))
    assert NL._label_texts_by_line(one_line) == (("果", "1.属"),)
    assert NL._label_texts_by_line(two_lines) == (("果",), ("1.属",))
    assert NL._last_piece(one_line) == "1.属" and NL._last_piece(two_lines) == "果1.属"
    # a line's cells keep their order within it, the lines in the order their first cell comes
    assert NL._label_texts_by_line(_row(("（四", 7), ("3.", 8), ("）无", 7))) == (("（四", "）无"), ("3.",))


def test_a_row_s_spaced_piece_and_counts_among_its_words():
    spaced = _row(("于 国 家", 3))  # a character a word: the run of them is the piece, its last word the other reading
    assert NL._spaced_piece(spaced) == "于国家" and NL._last_piece(spaced) == "家"
    ending_long = _row(("果 （ 三", 3), ("属于", 3))  # a longer last word: that word, by either reading
    assert NL._spaced_piece(ending_long) == NL._last_piece(ending_long) == "属于"
    assert NL._last_piece(_row(("1.属 2", 3))) == "1.属"  # a figure glued to the label in its cell is no piece
    assert NL._last_piece(Row([])) is None and NL._spaced_piece(Row([])) is None


def test_a_piece_opening_on_no_digit_is_numbered_otherwise_never():
    sequence = ("denied_state_secret", "denied_other_laws")
    assert NL._numbered_otherwise("1.国", "denied_other_laws", sequence)
    assert not NL._numbered_otherwise("2.其", "denied_other_laws", sequence)
    assert not NL._numbered_otherwise("国家", "denied_other_laws", sequence)
    assert not NL._numbered_otherwise(None, "denied_other_laws", sequence)


def test_a_line_s_fact_is_shared_by_its_rows_and_worked_out_again_once_a_row_s_cells_change():
    asked = []

    def labels(row: Row) -> tuple[str, ...]:
        asked.append(row)
        return tuple(cell.text for cell in row.label_cells())

    text = "（八）予以公开（测试）   3     0     3"
    lines = [Line(text, 1, False), Line(text, 2, False)]
    first, second = R._aligned_rows(lines, lines)
    assert R.line_fact(first, "labels", labels) == R.line_fact(second, "labels", labels) == ("（八）予以公开（测试）",)
    assert asked == [first]  # the second row of the same line takes the first's
    R._classify_again(second)  # its cells changed: its own again, every time
    second.cells[0].text = "（九）部分公开"
    assert R.line_fact(second, "labels", labels) == ("（九）部分公开",) and asked == [first, second]
    assert R.line_fact(first, "labels", labels) == ("（八）予以公开（测试）",)
    # a row not built straight from a line (a reader's new row) works it out each time
    built = Row(R._aligned_cells(text, 3), aligned=True)
    R.line_fact(built, "labels", labels), R.line_fact(built, "labels", labels)
    assert asked == [first, second, built, built]


def test_a_line_s_facts_in_one_measure_are_not_the_other_s():
    # the same line in a table laid out by glyphs, then in one padded by display width: its rows keep their facts
    # apart, as their cells' columns differ
    for width_of, measure in ((len, 1), (R.display_width, 0)):
        lines = _table(width_of)
        row = R._aligned_rows(lines, lines)[1]
        facts = R._aligned_line(lines[1].text)[5]
        assert facts[0] is not facts[1] and row._line_facts is facts[measure]
        assert row.cells[0].columns is (len if measure else R.display_width)
