"""An aligned row's classes come with its line's cells (rows._aligned_row), worked out once a distinct
line: they are the classes its cells give, and a cell changed after the row was built (an amount's
unit wrapped onto the line below, joined to it) has its row's classes worked out again."""

from orchestration.parsing import rows as R
from orchestration.parsing.rows import Row
from orchestration.parsing.tokens import Line

_LINES = [
    "  （一）予以公开      12    0    3",
    "  2.重复申请       —    —   —   —   —   — —",
    "  规章    1 2",
    "  分公开（区分处理的，只计这一情形， 1     0     1",
    "            11   —   3   —   —   — 14",
    "  商业企业 科研机构 其他",
    "",
]


def _classes(row: Row) -> tuple:
    return ([c.text for c in row.label_cells()], row.label_places(), row.label, [c.text for c in row.values()],
            row.has_figures(), row.figures_after_label)


def test_an_aligned_rows_classes_are_those_its_cells_give():
    for number, text in enumerate(_LINES, 1):
        given = R._aligned_row(text, number, 2)
        worked_out = Row(R._aligned_cells(text, number), aligned=True)
        assert [(c.text, c.x, c.x_glyphs, c.line) for c in given.cells] == \
            [(c.text, c.x, c.x_glyphs, c.line) for c in worked_out.cells]
        assert given.aligned and given.page == 2
        assert _classes(given) == _classes(worked_out), text


def test_a_unit_joined_to_the_figure_above_makes_it_a_value_of_its_row():
    # `1,23` alone is no figure (a group of thousands holds three digits): the line's classes read it as
    # label text; joined with `4元` wrapped below it, it is the amount 1,234元, a value of the row
    rows = R._join_wrapped_units([R._aligned_row("收费      1,23", 1, 0), R._aligned_row("        4元", 2, 0)])
    assert len(rows) == 1
    assert [c.text for c in rows[0].cells] == ["收费", "1,234元"]
    assert rows[0].label == "收费" and [c.text for c in rows[0].values()] == ["1,234元"] and rows[0].has_figures()


def test_a_line_no_unit_goes_on_keeps_its_own_row_and_classes():
    # the unit stands far from the figure's left edge: no join, each line its own row with its line's classes
    rows = R._join_wrapped_units([R._aligned_row("收费      1,23", 1, 0), R._aligned_row("  4元", 2, 0)])
    assert len(rows) == 2
    assert rows[0].label == "收费1,23" and rows[0].values() == [] and not rows[0].has_figures()
    assert [c.text for c in rows[1].values()] == ["4元"]


def test_the_measure_of_a_document_counts_only_figures_after_cjk_text():
    # a line of figures alone, and a sentence, tell the measures nothing: the table rows' figures decide
    glyphs = [Line(f"{label}{' ' * (20 - len(label))}{n}  {n + 1}", n, False)
              for n, label in enumerate(["予以公开", "部分公开", "无法提供之申请"], 1)]
    noise = [Line("      3     4      5", 9, False), Line("本机关2024年共收到申请12件。", 10, False)]
    assert R._figures_fewer_by_glyphs(glyphs + noise)
    assert not R._figures_fewer_by_glyphs(noise)
    display = [Line(f"{label}{' ' * (20 - 2 * len(label))}{n}  {n + 1}", n, False)
               for n, label in enumerate(["予以公开", "部分公开", "无法提供之申请"], 1)]
    assert not R._figures_fewer_by_glyphs(display + noise)


def test_a_region_is_read_as_a_drawn_table_where_it_holds_a_rule_and_only_there(monkeypatch):
    # the rule's pattern is asked only of a region holding a box glyph or a `+` before `-`, `=` or `:`; a
    # change's sign (`+5`) or a sum (`3 + 4`) holds none, and the rows are read as they are
    drawn = []
    original = R.drawn_table_lines
    monkeypatch.setattr(R, "drawn_table_lines", lambda lines, opened: drawn.append(len(lines)) or original(lines, opened))
    for rule in ("+----------+----+", "+==========+====+", "  +:---------+---:+", "───────────"):
        texts = [rule, "| 予以公开 | 3  |", rule, "| 部分公开 | 5  |", rule]
        drawn.clear()
        rows = R.build_rows([Line(text, number) for number, text in enumerate(texts, 1)], 0, len(texts))
        assert drawn, rule
        assert [[c.text.strip() for c in row.cells] for row in rows] == [["予以公开", "3"], ["部分公开", "5"]], rule
    texts = ["本年增/减\t+5\t-3", "予以公开\t+2\t3 + 4", "部分公开\t+\t-"]
    drawn.clear()
    rows = R.build_rows([Line(text, number) for number, text in enumerate(texts, 1)], 0, len(texts))
    assert not drawn
    assert [[c.text for c in row.cells] for row in rows] == [["本年增/减", "+5", "-3"], ["予以公开", "+2", "3 + 4"],
                                                             ["部分公开", "+", "-"]]


def test_a_crawled_gap_holds_one_blank_cell_a_space_of_any_width_and_none_for_other_characters():
    from orchestration.parsing.tokens import _spaces, joined_cells

    assert _spaces("") == 0 and _spaces(" \u3000\xa0 ") == 4 and _spaces("\t\n") == 0
    assert joined_cells("2.重复申请1\xa0\xa03") == ["2.重复申请", "1", "", "", "3"]
