"""Table 4 in plain `pdftotext` of Chromium's PDF whose full-width figures wrap a piece a line in their narrow
columns (`１` over `２` for 12), its figures on lines of their own after the header and past the next section's
heading: more words than cells, grouped the ways the review sums allow."""

from __future__ import annotations

from decimal import Decimal

from orchestration.parsing.parse import parse_text
from tests.unit.test_plain_pdftotext_classes import BASE, REVIEW_HEADING, review_cells, with_table_4

# review 5 2 1 4 12 (12 wrapped round the next cell's 0), direct all 0, after review 9 0 0 2 11 (11 wrapped)
BEFORE = ["５", "２", "１", "４", "１\n０\n２", "０", "０"]
AFTER = ["０", "０", "９", "０", "０", "２", "１\n１"]
EXPECTED = [5, 2, 1, 4, 12, 0, 0, 0, 0, 0, 9, 0, 0, 2, 11]


def test_wrapped_review_figures_apart_from_the_header_are_grouped_the_one_way_the_sums_allow():
    cells = review_cells(parse_text(with_table_4(BASE, BEFORE, AFTER), "plain.txt"))
    assert [c.value for c in cells] == [Decimal(v) for v in EXPECTED]
    assert {c.state for c in cells} == {"recovered"}


def test_wrapped_review_figures_no_grouping_keeps_the_sums_of_stay_unknown():
    # the first total printed 13 where its outcomes make 12: no grouping of the pieces keeps every sum
    before = [*BEFORE[:4], "１\n０\n３", *BEFORE[5:]]
    cells = review_cells(parse_text(with_table_4(BASE, before, AFTER), "plain.txt"))
    assert {c.state for c in cells} == {"unknown"}


def test_wrapped_review_figures_the_groupings_disagree_on_are_unknown():
    # review 2 2 (blank, printed nothing) 1 5; direct 10 1 1 10 22; after review 1 1 11 10 23, every figure of two
    # digits wrapped: `２ ２ １ ５` is also 2, 2, 1 and a blank, 5 … or 22 with blanks, so the review's outcomes are
    # not known, while the other proceedings' figures are read the one way every grouping reads them
    printed = ["２", "２", "１", "５", "１\n０", "１", "１", "１\n０", "２\n２", "１", "１", "１\n１", "１\n０", "２\n３"]
    cells = review_cells(parse_text(with_table_4(BASE, printed[:7], printed[7:]), "plain.txt"))
    assert [c.state for c in cells[:4]] == ["unknown"] * 4
    assert [c.value for c in cells[4:]] == [Decimal(v) for v in (5, 10, 1, 1, 10, 22, 1, 1, 11, 10, 23)]
    assert {c.state for c in cells[4:]} == {"recovered"}


def test_figures_before_the_header_leave_the_wrapped_reading_alone():
    # Chromium: table 3's last chunk set past table 4's heading, before its header's words: which words are
    # table 4's is not known, so the pieces are not grouped
    text = with_table_4(BASE, BEFORE, AFTER)
    text = text.replace(REVIEW_HEADING + "\n\n", REVIEW_HEADING + "\n\n３\n\n１\n\n", 1)
    cells = review_cells(parse_text(text, "plain.txt"))
    assert all(c.state == "unknown" for c in cells), cells


def test_wrapped_review_figures_with_three_blanks_that_printed_nothing_read_no_other_tables_figures():
    # review 0 10 2 11 23; direct _ 0 10 _ 10; after review 2 _ 11 3 16: three blank cells printed nothing, so
    # the words make 12 figures; a search allowing two such blanks at most finds only other tables' readings
    # (`１` / `０` as 1 and 0 …) and agrees on figures the report does not hold; every number of them is tried
    printed = ["０", "１\n０", "２", "１\n１", "２\n３", "０", "１\n０", "１\n０", "２", "１\n１", "３", "１\n６"]
    cells = review_cells(parse_text(with_table_4(BASE, printed[:6], printed[6:]), "plain.txt"))
    table = [0, 10, 2, 11, 23, None, 0, 10, None, 10, 2, None, 11, 3, 16]
    assert all(c.state == "unknown" or c.value == table[at] for at, c in enumerate(cells)), cells
    assert [c.value for c in cells[:5]] == [Decimal(v) for v in table[:5]]
