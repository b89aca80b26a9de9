"""`pdftotext -layout` of Chromium's narrow table 3, whose header poppler packs into one block (its words one
space apart, each set after the glyphs before it) and whose rows never fill every column: the header's
words prove no column, save the first word of a block. poppler sets a block at a column no smaller than that
of every block starting left of it, so a figure set at a smaller column than a block's first word starts left
of that word on the page: in its column or a column left of it. A block opening on `自然` bounds the figures
set left of it to 自然人; nothing bounds the others, which stay `unknown` where the rules leave several columns.

Made-up figures, in the shape of seed 11's renditions (a form feed before the table's page)."""

from __future__ import annotations

from orchestration.parsing.page_order import block_starts, highest_column
from orchestration.parsing.parse import parse_text
from tests.unit.test_layout_unproven_columns import layout_text as layout_text_of
from tests.unit.test_reader_classes import ROWS, applications_of

# the header as poppler packs it: one block opening at glyph 30 (`自然`, over `人`), every other word set one
# space after the glyphs before it, so none stands where its column is
PACKED_HEADER = [" " * 42 + "申请人情况",
                 " " * 30 + "自然 商业 科研法人或其他组织",
                 " " * 43 + "法律服 其 总",
                 " " * 30 + "人 企业 机构 社会公",
                 " " * 39 + "益组织 务机构 他 计"]

# natural persons' figures at glyph 27 (left of the block's start, 30), legal services' at 42, others' at 47,
# the totals at 51: no row fills every column (the table keeps every rule)
FIGURES = {"new_received": [(27, 10), (42, 2), (47, 5), (51, 17)],
           "carried_over": [(42, 1), (51, 1)],
           "granted": [(27, 2), (42, 1), (47, 3), (51, 6)],
           "denied_third_party_rights": [(27, 1), (51, 1)],
           "unavailable_not_held": [(27, 4), (42, 1), (51, 5)],
           "rejected_petition": [(42, 1), (51, 1)],
           "results_total": [(27, 7), (42, 3), (47, 3), (51, 13)],
           "carried_forward": [(27, 3), (47, 2), (51, 5)]}


def layout_text(header: list[str], figures: dict[str, list[tuple[int, int]]], form_feed: bool = True) -> str:
    """Table 3 as `pdftotext -layout` writes it, glyph by glyph (`test_layout_unproven_columns.layout_text`),
    on a page of its own (a form feed before its heading)."""
    text = layout_text_of(header, figures)
    heading = "三、收到和处理政府信息公开申请情况"
    return text.replace(heading, "\f" + heading, 1) if form_feed else text


def truth(figures: list[tuple[int, int]]) -> list[int | None]:
    """A row's cells as printed: glyph 27 is 自然人, 42 法律服务机构, 47 其他, 51 总计."""
    cells: list[int | None] = [None] * 7
    for start, value in figures:
        cells[{27: 0, 42: 4, 47: 5, 51: 6}[start]] = value
    return cells


def test_a_figure_set_left_of_the_packed_headers_first_block_is_the_natural_persons():
    read = applications_of(parse_text(layout_text(PACKED_HEADER, FIGURES), "packed.txt"))
    for key, figures in FIGURES.items():
        expected = truth(figures)
        # never a wrong cell: each is the printed one or unknown
        assert all(c.state == "unknown" or c.value == v for c, v in zip(read[key], expected, strict=True)), key
    for key in ("new_received", "denied_third_party_rights", "unavailable_not_held", "results_total", "carried_forward"):
        assert read[key][0].state != "unknown" and read[key][6].state != "unknown", key
    # granted's 2 stands within 3 glyphs of the label below it (`（二）部分公开…` reaching glyph 27): poppler may have
    # set both in one block, which starts where the label does: its column is not bounded. Its row's twenty
    # placements (three parts in six columns) are all counted, and the column rules, the other rows bounded, leave
    # one: 自然人's, recovered by the rules alone
    assert (read["granted"][0].value, read["granted"][0].state) == (2, "recovered")
    # a row printing only 自然人 and 总计: its other five cells are blank, as no other placement keeps its sum
    assert [c.value for c in read["denied_third_party_rights"]] == [1, None, None, None, None, None, 1]
    assert all(c.state != "unknown" for c in read["denied_third_party_rights"])


def test_the_figures_right_of_the_blocks_start_are_never_placed_by_the_packed_words():
    # 法律服 and 其 stand over the 42s and the 47s, but packed one space after other words: they prove nothing,
    # and the rules cannot tell which of the five middle columns they are
    read = applications_of(parse_text(layout_text(PACKED_HEADER, FIGURES), "packed.txt"))
    for key in ("new_received", "granted", "results_total"):
        assert all(cell.state == "unknown" for cell in read[key][1:6]), key


def test_without_a_page_break_the_text_is_not_known_to_be_poppler_s_and_nothing_is_bounded():
    # no form feed: the text may be any tool's, whose blocks follow no such rule
    read = applications_of(parse_text(layout_text(PACKED_HEADER, FIGURES, form_feed=False), "packed.txt"))
    assert read["new_received"][0].state == "unknown"


def test_a_figure_set_at_the_blocks_start_or_right_of_it_is_not_bounded():
    # the natural persons' figures at glyph 30, where the block starts: the same column as 自然, or any right of
    # it (a block starting left of another is set at its column or right of it; at the same column, either)
    figures = {key: [(30 if start == 27 else start, value) for start, value in placed]
               for key, placed in FIGURES.items()}
    read = applications_of(parse_text(layout_text(PACKED_HEADER, figures), "packed.txt"))
    assert read["denied_third_party_rights"][0].state == "unknown"


def test_a_row_no_placement_within_the_bounds_reads_leaves_the_page_unbounded():
    # three figures of carried_over set left of the block's start: each would stand in 自然人, which no row
    # can. The row is laid out on other columns than the header's (a DOCX row of its own cell widths), and
    # the page's bounds say nothing: no row is placed by them
    figures = {**FIGURES, "carried_over": [(19, 1), (23, 1), (27, 2)]}
    read = applications_of(parse_text(layout_text(PACKED_HEADER, figures), "packed.txt"))
    assert read["new_received"][0].state == "unknown"
    assert read["denied_third_party_rights"][0].state == "unknown"


def test_block_starts_are_the_least_pieces_of_the_sets_no_block_crosses():
    pieces = [(10, 30.0, 2), (10, 33.0, 2), (11, 30.0, 1), (11, 32.0, 2),  # 自然 商业 / 人 企业: one block
              (11, 0.0, 6),  # a label far to the left: a set of its own
              (12, 40.0, 2)]  # the last line seen: left out
    starts = block_starts([(9, 0.0, 4), *pieces])  # the first line seen is left out too
    assert sorted(sorted(found) for found in starts) == [[(10, 30.0, 2), (11, 30.0, 1)], [(11, 0.0, 6)]]
    # the first line seen opens the page: nothing above it can join its sets
    assert [(10, 30.0, 2), (11, 30.0, 1)] in [sorted(found) for found in block_starts(pieces, opens_the_page=True)]
    # a figure set left of a block starting in column 0 stands in column 0; one at the start or right of it, anywhere
    assert highest_column((27.0, 2), [(30.0, 0)]) == 0
    assert highest_column((30.0, 1), [(30.0, 0)]) is None
    assert highest_column((27.0, 2), [(30.0, 0), (28.0, 3)]) == 0


def test_a_row_of_three_parts_no_block_bounds_keeps_its_total_and_leaves_its_parts_unknown():
    # three parts and their total, all right of the block's start (glyph 30): twenty placements of the parts in
    # the six columns keep the row's sum, every one with 8 in 总计; the column rules hold in each alike (every row
    # the same), so the total is recovered and the parts stay unknown, never put in a column
    figures = {key: [(36, 2), (42, 1), (47, 5), (51, 8)] for key in ("new_received", "granted", "results_total")}
    read = applications_of(parse_text(layout_text(PACKED_HEADER, figures), "packed.txt"))
    for key in figures:
        assert (read[key][6].value, read[key][6].state) == (8, "recovered"), key
        assert all(cell.state == "unknown" for cell in read[key][:6]), key


def test_a_row_printing_blank_marks_short_of_its_columns_is_never_read_blank():
    # `无 无 无 无 无` under seven columns (a wide figure wrapped a digit a line round it, the digits on other lines):
    # the row writes its blanks, so the two cells it does not print are lost, not blank; however many placements
    # keep its sum (twenty-one, all blank), none is its reading
    figures = {**FIGURES, "unavailable_unclear": [(33, "无"), (36, "无"), (39, "无"), (42, "无"), (45, "无")]}
    read = applications_of(parse_text(layout_text(PACKED_HEADER, figures), "marks.txt"))
    assert all(cell.state == "unknown" for cell in read["unavailable_unclear"])


# a table every row of which prints all seven cells, its blanks as marks, one glyph column a cell
MARKED_GLYPHS = (27, 31, 35, 39, 43, 47, 51)


def marked_rows(table: dict[str, list[int]]) -> dict[str, list[tuple[int, int | str]]]:
    return {key: [(glyph, "/" if value == 0 else value) for glyph, value in zip(MARKED_GLYPHS, row)]
            for key, row in table.items()}


def test_a_row_printing_blank_marks_short_of_the_columns_its_table_prints_is_never_read_by_its_sum():
    # the table writes its blanks (`/`), every row all seven cells; one row prints five marks only (its 2 and its
    # total 2 stacked off its line): few placements keep its sum (every one reads it blank), yet its unprinted cells
    # are lost, not blank, and its sum proves nothing of them: unknown, never blank
    two = [2, 0, 0, 0, 0, 0, 2]
    table = {key: [0] * 7 for key, _, _ in ROWS}
    table.update(new_received=two, granted=two, results_total=two, denied_prohibited_by_law=two)
    table["results_total"] = [4, 0, 0, 0, 0, 0, 4]
    table["new_received"] = [4, 0, 0, 0, 0, 0, 4]
    figures = marked_rows(table)
    figures["denied_prohibited_by_law"] = [(31, "/"), (33, "/"), (35, "/"), (37, "/"), (39, "/")]
    read = applications_of(parse_text(layout_text(PACKED_HEADER, figures), "marks.txt"))
    assert all(cell.state == "unknown" for cell in read["denied_prohibited_by_law"]), read["denied_prohibited_by_law"]
    assert [cell.value for cell in read["granted"]] == [2, *[None] * 5, 2]  # the rows printing every cell, as printed


def test_rows_that_all_print_one_cell_fewer_than_the_columns_are_not_lost_cells():
    # every row prints six cells, its blanks as marks (the 总计 column set nowhere on the page, as a cut one): a
    # column no row prints is no row's lost cell, and the rows are read as before
    table = {key: [0] * 6 for key, _, _ in ROWS}
    figures = {key: [(glyph, "/") for glyph in MARKED_GLYPHS[:6]] for key in table}
    read = applications_of(parse_text(layout_text(PACKED_HEADER, figures), "cut.txt"))
    blanks = [cell for cells in read.values() for cell in cells[:6] if cell.state == "blank"]
    assert len(blanks) > 100, read
