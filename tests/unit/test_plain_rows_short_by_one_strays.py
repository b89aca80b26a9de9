"""Table 3 of plain `pdftotext` (no -layout) of a PDF of a web page, each row set as blocks of its own, where a
few rows print one figure fewer than the columns after their labels and as many figures stand after a margin
heading's lines further on (`（六）` / `其他处` / `理` / `0` / `1` after the last row: the tall merged cell's words
set with the figures beside them). Where every other row is whole and the table's count is whole, those figures
are the short rows' missing ones: a short row is read where every way of giving them (any order, any place in
the row) that keeps every short row's sum reads it alike, marked recovered; any other row stays unknown.
Written by hand, apart from the corpus generator."""

from __future__ import annotations

from orchestration.parsing.parse import parse_text
from tests.unit.test_plain_tail_figures_before_labels import TABLE, assert_nothing_wrong, paragraphs
from tests.unit.test_reader_classes import applications_of

NO_CORRECTION, NO_FEE = "other_no_correction", "other_no_fee_paid"


def with_figures_apart(table: dict[str, list[int]], dropped: dict[str, int]) -> str:
    """The report with the figure at `dropped[key]` of each such row taken from after its label and set, in
    template order, after the heading （六）其他处理's lines, which stand after the last row's figures (on a page
    of poppler's: a form feed before table 4)."""
    text = paragraphs(table, {})
    apart = []
    for key, at in dropped.items():
        label = {NO_CORRECTION: "1.申请人无正当理由", NO_FEE: "2.申请人逾期未按"}[key]
        start = text.index("\n\n", text.index(label)) + 2
        figures = table[key]
        old = "".join(f"{figure}\n\n" for figure in figures)
        assert text[start:].startswith(old)
        text = text[:start] + "".join(f"{f}\n\n" for i, f in enumerate(figures) if i != at) + text[start + len(old):]
        apart.append(str(figures[at]))
    text = text.replace("（六）其他处理\n\n", "", 1)
    return text.replace("四、行政复议", "（六）\n\n其他处\n\n理\n\n" + "\n\n".join(apart) + "\n\n\f四、行政复议", 1)


def test_the_figures_apart_complete_the_short_rows_where_one_reading_keeps_their_sums():
    table = dict(TABLE)
    # （六）2's total apart: only as its total does the 1 keep its sum; （六）1's 0 then fits nowhere but its own
    text = with_figures_apart(table, {NO_CORRECTION: 0, NO_FEE: 6})
    read = applications_of(parse_text(text, "plain.txt"))
    for key in (NO_CORRECTION, NO_FEE):
        assert [(c.value, c.state) for c in read[key]] == [(v, "recovered") for v in table[key]], (key, read[key])
    assert_nothing_wrong(read)


def test_a_short_row_that_several_places_fit_stays_unknown():
    # （六）2 printing `0 0 0 0 0 1` and a 1 apart: the 1 keeps its sum as the first column's or as the total,
    # so that row is unknown; （六）1's zeros read alike wherever its 0 goes
    text = with_figures_apart(dict(TABLE), {NO_CORRECTION: 0, NO_FEE: 0})
    read = applications_of(parse_text(text, "plain.txt"))
    assert all(c.state == "unknown" for c in read[NO_FEE]), read[NO_FEE]
    assert [c.value for c in read[NO_CORRECTION]] == TABLE[NO_CORRECTION]
    assert_nothing_wrong(read)


def test_figures_apart_fewer_than_the_short_rows_complete_none():
    # a blank cell that left no line in a third row: the table's count is not whole, nothing is completed
    text = with_figures_apart(dict(TABLE), {NO_CORRECTION: 0, NO_FEE: 6})
    text = text.replace("3.要求提供公开出版物\n\n0\n\n", "3.要求提供公开出版物\n\n", 1)
    read = applications_of(parse_text(text, "plain.txt"))
    for key in (NO_CORRECTION, NO_FEE, "rejected_publication"):
        assert all(c.state == "unknown" for c in read[key]), key
