"""`pdftotext -layout` text of table 4 whose row prints a figure only where a cell is not empty, under a
header whose words poppler set in blocks of several cells (`结果维持 结果纠正 …` one line across the
columns of two proceedings), so that where those words stand orders nothing. What still holds: the figures
left to right, each proceeding's total its outcomes' sum, and a header word standing apart from every other
cell's text (no neighbour within poppler's gutter on its line or the lines about it) bounding the columns
of the figures about it. Written by hand, in the shape of renditions of PDFs, apart from the corpus generator."""

from __future__ import annotations

import re

from orchestration.parsing.parse import parse_text
from tests.unit.test_layout_columns import at, report
from tests.unit.test_reader_classes import OUTCOMES

TABLE_4 = "四、政府信息公开行政复议、行政诉讼情况"
MERGED = " ".join(["结果维持", "结果纠正", "其他结果", "尚未审结", "总计"] * 2)  # proceedings 2 and 3, one line


def with_table_4(lines: list[str]) -> str:
    text = report()
    head, tail = text.split(TABLE_4)
    return head + "\n".join([TABLE_4, *lines]) + "\n" + tail[tail.index("五、"):]


def header(apart: bool = True) -> list[str]:
    """The proceedings' names apart; the first proceeding's outcome words wrapped (`结果维` over `持`), each
    word apart from the others (`apart`: in columns 0, 6, 12, 18 and 24) or all one block (poppler's line
    across the cells, single spaces); the other two proceedings' words one line across their columns."""
    lines = ["", at((12, "行政复议"), (40, "行政诉讼")), "", at((34, "未经复议直接起诉"), (56, "复议后起诉")), ""]
    if apart:
        lines += [at((0, "结果维"), (6, "结果纠"), (12, "其他结"), (18, "尚未审"), (24, "总计")),
                  at((1, "持"), (7, "正"), (13, "果"), (19, "结"))]
    else:
        lines += ["结果维 结果纠 其他结 尚未审 总计", at((1, "持"), (5, "正"), (9, "果"), (13, "结"))]
    return lines + [at((30, MERGED)), ""]


def reviews_of(parsed) -> dict[tuple[str, str], tuple[str, object]]:
    return {(c.row, c.column): (c.state, c.value) for c in parsed.cells if c.table == "reviews"}


# upheld 3, pending 2, total 5 under 行政复议; corrected 4, total 4 under 复议后起诉
FIGURES_LINE = at((1, "3"), (19, "2"), (24, "5"), (58, "4"), (66, "4"))


def test_a_sparse_row_is_placed_by_the_words_standing_apart_and_its_sums():
    parsed = parse_text(with_table_4([*header(), FIGURES_LINE]), "layout.txt")
    read = reviews_of(parsed)
    first = [read[("administrative_review", o)] for o in OUTCOMES]
    assert first == [("recovered", 3), ("blank", None), ("blank", None), ("recovered", 2), ("recovered", 5)]
    assert all(read[("litigation_direct", o)] == ("blank", None) for o in OUTCOMES)
    # 复议后起诉's 4 keeps the sum in any of its four outcomes: only its total is known
    assert read[("litigation_after_review", "total")] == ("recovered", 4)
    assert all(read[("litigation_after_review", o)][0] == "unknown" for o in OUTCOMES[:-1])
    assert any(w.code == "page_order" for w in parsed.warnings)


def test_words_set_in_one_block_leave_the_outcomes_unknown_never_guessed():
    # the first proceeding's words one line: only the names bound the figures (行政复议 keeps them in
    # its columns), so its total is known, its two outcomes' columns are not
    parsed = parse_text(with_table_4([*header(apart=False), FIGURES_LINE]), "layout.txt")
    read = reviews_of(parsed)
    assert read[("administrative_review", "total")] == ("recovered", 5)
    assert [read[("administrative_review", o)][0] for o in OUTCOMES[:-1]] == ["unknown"] * 4
    assert all(read[("litigation_direct", o)] == ("blank", None) for o in OUTCOMES)


def test_figures_touching_the_headers_words_are_not_placed_by_them():
    # the figures' line right under the merged words, within poppler's gutter of them: poppler may have set
    # them in one block, whose figures' places say nothing: every cell unknown
    lines = header()[:-1] + [FIGURES_LINE.replace("    4", "4   ", 1)]
    parsed = parse_text(with_table_4(lines), "layout.txt")
    assert {state for state, _ in reviews_of(parsed).values()} == {"unknown"}
    assert not any(w.code == "page_order" for w in parsed.warnings)


def test_a_header_cut_at_the_pages_edge_leaves_its_lost_columns_unknown():
    # the last 总计 cut away with its figure: 复议后起诉's 4 stands in one of its outcomes, its total not seen
    lines = [line.replace(MERGED, MERGED.rsplit(" ", 1)[0]) for line in header()]
    parsed = parse_text(with_table_4([*lines, FIGURES_LINE.rsplit(" ", 1)[0].rstrip()]), "layout.txt")
    read = reviews_of(parsed)
    assert [read[("administrative_review", o)] for o in OUTCOMES] == \
        [("recovered", 3), ("blank", None), ("blank", None), ("recovered", 2), ("recovered", 5)]
    assert all(read[("litigation_after_review", o)][0] == "unknown" for o in OUTCOMES)


def stacked_header(columns: tuple[int, ...]) -> list[str]:
    """The first proceeding's outcome words one character a line (`结` over `果` over `维` over `持`), each
    at its glyph column; the other two proceedings' words one line across their columns, as in `header`."""
    words = ["结果维持", "结果纠正", "其他结果", "尚未审结", "总计"]
    lines = header()[:5]
    lines += [at(*((column, word[i]) for column, word in zip(columns, words) if i < len(word))) for i in range(4)]
    return lines + [at((30, MERGED)), ""]


def test_a_header_one_character_a_line_places_the_figures_by_glyph_columns():
    # pdftotext gives each CJK glyph one column: measured in display columns (two a glyph) the words
    # would stand at 0, 7, 14, 21, 28 and the 2 under 尚未审结 (18) would read as 其他结果's
    figures = at((0, "3"), (18, "2"), (24, "5"), (58, "4"), (66, "4"))
    read = reviews_of(parse_text(with_table_4([*stacked_header((0, 6, 12, 18, 24)), figures]), "layout.txt"))
    first = [read[("administrative_review", o)] for o in OUTCOMES]
    assert [value for _, value in first] == [3, None, None, 2, 5]
    assert all(state != "value" or value is not None for state, value in first)
    # the merged words of the other proceedings prove no column: the 4s are never placed by where they stand
    after = [read[("litigation_after_review", o)] for o in OUTCOMES]
    assert [state for state, _ in after[:-1]] == ["unknown"] * 4 and after[-1] == ("recovered", 4)


def test_words_wrapped_over_two_lines_place_the_figures_by_glyph_columns():
    # each outcome word in two pieces (`结果` over `纠正`) at glyph columns 0, 6, 12, 18, 24: a 1 under 结果纠正
    # and a 1 under 总计; in display columns 结果纠正 would stand at 8 and the 1 at 6 nearer 结果维持
    words = ["结果维持", "结果纠正", "其他结果", "尚未审结", "总计"]
    columns = (0, 6, 12, 18, 24)
    lines = header()[:5] + [at(*zip(columns, (w[:2] for w in words))), at(*zip(columns, (w[2:] for w in words[:4])))]
    figures = at((6, "1"), (24, "1"))
    read = reviews_of(parse_text(with_table_4([*lines, at((30, MERGED)), "", figures]), "layout.txt"))
    assert [read[("administrative_review", o)][1] for o in OUTCOMES] == [None, 1, None, None, 1]


def test_a_wide_total_stacked_a_digit_a_line_round_the_row_is_read_top_to_bottom():
    # Chromium's narrow columns: the review total 12 wraps `１` above the row's line, `２` below it, the line
    # empty there; the other fourteen figures on the line: fifteen cells, each total its outcomes' sum
    wide = str.maketrans("0123456789", "０１２３４５６７８９")
    figures = [(0, "6"), (4, "2"), (8, "1"), (12, "3"), *((18 + 4 * i, "0") for i in range(10))]
    row = at(*((x, text.translate(wide)) for x, text in figures))
    parsed = parse_text(with_table_4([*header(apart=False), at((16, "１")), row, at((16, "２"))]), "stacked.txt")
    cells = reviews_of(parsed)
    assert [cells[("administrative_review", o)] for o in OUTCOMES] == \
        [("recovered", 6), ("recovered", 2), ("recovered", 1), ("recovered", 3), ("recovered", 12)], cells
    assert all(cells[(p, o)] == ("recovered", 0) for p in ("litigation_direct", "litigation_after_review")
               for o in OUTCOMES), cells
    # the digits' sum broken (13 read where the parts add to 12): nothing is read in order
    parsed = parse_text(with_table_4([*header(apart=False), at((16, "１")), row, at((16, "３"))]), "broken.txt")
    assert all(state == "unknown" for state, _ in reviews_of(parsed).values()), reviews_of(parsed)


def full_row(*pairs_at: int) -> str:
    """A figure under each of the fifteen columns (upheld 0 0 0 0 0, litigation 8 0 3 1 12, after review 0 0 0 0 0),
    the gap before each figure of `pairs_at` (indices) shrunk to one space, as poppler sets two narrow columns."""
    figures = ["0", "0", "0", "0", "0", "8", "0", "3", "1", "12", "0", "0", "0", "0", "0"]
    return "".join(("" if i == 0 else " " if i in pairs_at else "   ") + figure for i, figure in enumerate(figures))


def test_a_figure_under_every_column_is_read_in_order_though_two_stand_one_space_apart():
    # `0 0`: two cells one space apart count two; fifteen figures for fifteen columns leave no column blank
    read = reviews_of(parse_text(with_table_4([*header(apart=False), full_row(2, 4)]), "layout.txt"))
    assert [read[("litigation_direct", o)] for o in OUTCOMES] == [("value", v) for v in (8, 0, 3, 1, 12)]
    assert {read[("administrative_review", o)] for o in OUTCOMES} == {("value", 0)}
    assert {read[("litigation_after_review", o)] for o in OUTCOMES} == {("value", 0)}


def test_fifteen_pieces_that_break_a_proceedings_sum_stay_unknown():
    # 8 0 3 1 under a total of 11: with `0 0` one cell or two, which figure is whose is not proven
    row = full_row(2, 4).replace("12", "11")
    read = reviews_of(parse_text(with_table_4([*header(apart=False), row]), "layout.txt"))
    assert {state for state, _ in read.values()} == {"unknown"}


# the header as LibreOffice's narrow columns print it (its DOCX through `pdftotext -layout`): a glyph a line, the
# litigation's columns past 21
GLYPH_A_LINE_HEADER = [
    "行政复议                 行政诉讼",
    "结  结     其   尚   总   未经复议直接起诉        复议后起诉",
    "果  果     他   未   计   结  结 其  尚   总   结  结  其   尚   总",
    "维  纠     结   审       果  果 他  未   计   果  果  他   未   计",
    "持  正     果   结       维  纠 结  审       维  纠  结   审",
    "                     持  正 果  结       持  正  果   结",
]


# table 4 under a header one glyph a line (LibreOffice's DOCX through `pdftotext -layout`), the total's
# digits stacked in its narrow column: `１` on the row's line left of the last outcome's figure, `３` below


def stacked_piece_row(first: str, below: str) -> list[str]:
    """The first proceeding's figures (`first`, wide digits spaced as printed) and ten zeros, then the line
    below the row's holding a stacked digit under the fourth figure."""
    fourth = [m.start() for m in re.finditer(r"\S+", first)][3]
    return [first + "   ０" * 10, " " * fourth + below]


def test_a_stacked_total_left_of_the_last_outcome_is_never_read_as_the_figure_after_it():
    # 3, 0, 6, 4 and their total 13 (`１` over `３`), the 4 printed right of the stacked piece: in order the
    # 4 would be the total, which the 3 and 6 read already exceed: the proceeding's cells are unknown
    parsed = parse_text(with_table_4([*GLYPH_A_LINE_HEADER, *stacked_piece_row("３   ０   ６ １ ４", "３")]),
                        "stacked.txt")
    cells = reviews_of(parsed)
    assert [cells[("administrative_review", o)][0] for o in OUTCOMES] == ["unknown"] * 5, cells
    assert all(cells[(p, o)] == ("value", 0) for p in ("litigation_direct", "litigation_after_review")
               for o in OUTCOMES), cells
    assert any("break its total whatever" in w.message for w in parsed.warnings)


def test_figures_round_a_stacked_piece_that_can_keep_their_sum_stay_as_placed():
    # 3, 0, 2, the stacked `１` over `３` and 9: read in order (13 before 9, or 9 before 13) no sum holds, so the
    # row is fitted as placed; 3 + 0 + 2 with the stacked cell unread can still make 9: the rule does not fire
    parsed = parse_text(with_table_4([*GLYPH_A_LINE_HEADER, *stacked_piece_row("３   ０   ２ １ ９", "３")]),
                        "stacked.txt")
    cells = reviews_of(parsed)
    assert [cells[("administrative_review", o)] for o in OUTCOMES] == \
        [("value", 3), ("value", 0), ("value", 2), ("unknown", None), ("value", 9)], cells
    assert not any("break its total whatever" in w.message for w in parsed.warnings)
