"""Full-width figures wrapped a piece a line in narrow columns, in plain `pdftotext` of Chromium's PDFs (issue
14), written by hand with made-up figures: `１` / `２` for 12 in a narrow total column, its pieces on lines one
after the other or, a one-line cell centred in its row's height, round the next cell's word (`１` / `０` / `２`:
12, then 0). The groupings of the pieces into the table's cells are counted by a bounded dynamic programme;
the one that keeps every proceeding's sum is read, `recovered`; two that keep it leave the cells they differ in
`unknown`. Never a wrong number."""

from __future__ import annotations

from orchestration.parsing import recovery, review_table
from orchestration.parsing.parse import parse_text
from orchestration.parsing.wrapped_digits import Word, groupings
from testkit.corpus import FULL_WIDTH_DIGITS as WIDE
from tests.unit.test_plain_pdftotext_classes import BASE, review_cells, with_table_4


def blocks(*texts: str) -> list[str]:
    """Table 4's lines as blocks, each a poppler block (its lines one after the other), full-width digits."""
    return [text.translate(WIDE) for text in texts]


def words(*lines: str | None) -> list[Word]:
    """One word a line (None: an empty line), numbered from 1."""
    return [Word(text, number, True) for number, text in enumerate(lines, 1) if text is not None]


def texts(found, of: list[Word]) -> list[list[str]]:
    return [["".join(of[at].text for at in figure) for figure in grouping] for grouping in found]


def test_pieces_on_lines_one_after_the_other_group_into_figures():
    of = words("１", "２", None, "３")
    assert texts(groupings(of, 2, 10), of) == [["１２", "３"]]
    assert texts(groupings(of, 3, 10), of) == [["１", "２", "３"]]
    assert groupings(of, 1, 10) == []  # an empty line parts two cells: never one figure


def test_a_zero_opens_no_figure_and_a_piece_narrower_than_its_block_ends_its_figure():
    assert groupings(words("０", "５"), 1, 10) == []  # 05 is no count: two cells
    # a block two digits wide: `３` fills no line of it, so it ends its figure (123), never opens one (345)
    of = words("１２", "３", "４５", "６")
    found = [figure for count in range(1, 5) for grouping in texts(groupings(of, count, 10), of) for figure in grouping]
    assert "１２３" in found and not any("３４" in figure for figure in found), found

def test_a_figure_wrapped_round_the_next_cells_word():
    of = words("６", None, "１", "０", "２", None, "０")
    assert sorted(texts(groupings(of, 4, 10), of)) == [["６", "１０", "２", "０"], ["６", "１２", "０", "０"]]
    # three lines that are not a block of their own are never read round a word
    of = words("６", "１", "０", "２", None, "０")
    assert ["６", "１２", "０", "０"] not in texts(groupings(of, 4, 10), of)


def test_groupings_past_the_limit_are_not_listed():
    # 40 lines of `１`: a block of pieces that groups into 20 figures in C(39, 19) ≈ 6.9e10 ways; listing them would
    # never end, counting them is a table of 40 × 20 sums
    assert groupings(words(*["１"] * 40), 20, 4096) is None
    assert groupings(words(*["１"] * 6), 3, 10) is not None  # within the limit the ways are listed: C(5, 2) = 10


def test_table_4s_total_wrapped_round_the_next_cell_is_read_the_one_way_its_sums_allow():
    # 6, 2, 1, 3, 12 | 0 … | 0 …: the total `１` / `２` with litigation's first 0 centred between its pieces
    lines = blocks("6", "2", "1", "3", "1\n0\n2", "0", "0", "0", "0 0", "0", "0", "0", "0")
    cells = review_cells(parse_text(with_table_4(BASE, lines, []), "plain.txt"))
    assert [c.value for c in cells] == [6, 2, 1, 3, 12] + [0] * 10, cells
    assert {c.state for c in cells} == {"recovered"}, cells  # the sums chose the grouping: never rule evidence


def test_a_wrapped_figure_two_groupings_read_leaves_the_cells_they_differ_in_unknown():
    # `１` / `０` / `１`: 11 round the next cell's 0, or 10 then 1; either way the first proceeding adds up to 11
    lines = blocks("1\n0\n1", "0", "0", "1\n1", *["0"] * 10)
    cells = review_cells(parse_text(with_table_4(BASE, lines, []), "plain.txt"))
    assert cells[0].state == "unknown" and cells[1].state == "unknown", cells
    assert all(c.value in (None, 0, 11) for c in cells), cells
    assert [c.value for c in cells[2:]] == [0, 0, 11] + [0] * 10, cells


def _never_wrong(cells, truth: list[int | None]) -> None:
    for cell, value in zip(cells, truth):
        assert cell.state == "unknown" or cell.value == value, (cells, truth)


def test_wrapped_figures_beside_blanks_that_printed_nothing_are_never_read_one_wrong_way():
    # 30, 30 wrapped `３` / `０` and 16 round the next cell's 0, with two blank cells that printed nothing (an empty
    # cell leaves no line): seventeen words for fifteen cells, so joining one figure only (3, 0, … ) fills the
    # cells too and keeps every sum; the blanks may stand anywhere, and the cells the readings differ in are unknown
    truth = [0, 0, 2, 1, 3, 0, None, 0, 30, 30, 16, None, 0, 3, 19]
    lines = blocks("0", "0", "2", "1", "3", "0", "0", "3\n0", "3\n0", "1\n0\n6", "3", "1\n9")
    cells = review_cells(parse_text(with_table_4(BASE, lines, []), "plain.txt"))
    _never_wrong(cells, truth)
    assert [c.value for c in cells[:5]] == [0, 0, 2, 1, 3], cells  # the first proceeding reads alike in all


def test_as_many_words_as_cells_with_a_wrapped_figure_and_a_blank_that_printed_nothing_is_not_read_in_order():
    # 11 wrapped `１` / `１` and a blank that printed nothing: fifteen words, which read one a cell keep the first
    # two proceedings' sums (the second by chance: 2 1 1 4 and 8); the words as cells are no proof, so the cells a
    # reading with the figure joined and the blank anywhere reads otherwise are unknown, none read wrong
    truth = [0, 2, 0, 1, 3, None, 2, 1, 1, 4, 8, 0, 0, 3, 11]
    lines = blocks("0", "2", "0", "1", "3", "2", "1", "1", "4", "8", "0", "0", "3", "1\n1")
    cells = review_cells(parse_text(with_table_4(BASE, lines, []), "plain.txt"))
    _never_wrong(cells, truth)
    assert [c.value for c in cells[:5]] == [0, 2, 0, 1, 3], cells
    assert cells[14].state == "unknown", cells


def test_as_many_words_as_cells_breaking_the_sums_where_pieces_may_join_are_unknown_not_a_misprint():
    # 10, 23 and 26 wrapped a digit a line and three blank cells that printed nothing: fifteen words again, which
    # read one a cell break REVIEW_SUM; no reading of one or two blanks mends it, and the words are no proof of a
    # misprint (pieces on lines one after the other may be one figure): every cell unknown, none read as printed
    truth = [3, 2, None, 2, 7, 0, None, 8, 2, 10, 23, None, 2, 1, 26]
    lines = blocks("3", "2", "2", "7", "0", "8", "2", "1\n0", "2\n3", "2", "1", "2\n6")
    cells = review_cells(parse_text(with_table_4(BASE, lines, []), "plain.txt"))
    _never_wrong(cells, truth)
    assert {c.state for c in cells} == {"unknown"}, cells


def test_pieces_with_too_many_readings_beside_unprinted_blanks_are_unknown_within_the_checks_counted(monkeypatch):
    # six blocks of three `１` lines: eighteen pieces that group into 13 to 15 figures in many ways, each with blanks
    # placed anywhere; past the readings counted the row is unknown, the sums checked no more than the bound
    checked = 0
    review_sums_hold = recovery.review_sums_hold

    def counted(reading):
        nonlocal checked
        checked += 1
        return review_sums_hold(reading)

    monkeypatch.setattr(recovery, "review_sums_hold", counted)
    lines = blocks(*["1\n1\n1"] * 6)
    cells = review_cells(parse_text(with_table_4(BASE, lines, []), "plain.txt"))
    assert {c.state for c in cells} == {"unknown"}, cells
    assert 0 < checked <= 2 * review_table._WRAPPED_READINGS_CHECKED, checked
