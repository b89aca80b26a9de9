"""Table 3 in plain `pdftotext` text of Chromium's PDFs (no -layout) whose first row is written whole as a
band of its own, a block a column, before the next row's label (a page or block of its own); the rows after
it write their first column beside their labels and their other columns in column chunks, the total column
of one chunk set after all the other chunks (at the table's end, or past table 4's heading). The band is
read as a part of its own, the rows after it as the part the figures apart end (chunks.py's `pages` with
`last_apart`). Made-up text, written by hand apart from the corpus generator."""

from __future__ import annotations

from collections.abc import Container, Sequence
from decimal import Decimal
from types import SimpleNamespace

import pytest

from orchestration.core import labels as L
from orchestration.parsing.application_columns import _where_the_totals_apart_agree
from orchestration.parsing.cells import BLANK, RECOVERED, UNKNOWN, VALUE
from orchestration.parsing.chunks import Placed
from orchestration.parsing.parse import parse_text
from orchestration.parsing.record import Cell, ParsedReport
from tests.unit.test_plain_pdftotext_classes import plain_text_totals_apart
from tests.unit.test_reader_classes import ROWS, applications_of

KEYS = [key for key, _, _ in ROWS]
# the rows after the first, chunked as Chromium's bands come out (rows each); the chunk of four rows
# at index 2 has its total column set apart
CHUNKS = [13, 1, 4, 1, 1, 1, 2, 1]
APART = 2
assert sum(CHUNKS) == len(ROWS) - 1


def table() -> list[list[int]]:
    """A table keeping every rule: each row's parts sum to its total, the outcome rows to results_total,
    new + carried over = results_total + carried forward."""
    rows = {key: [0] * 6 for key in KEYS}
    rows |= {"new_received": [13, 2, 5, 1, 0, 3], "carried_over": [1, 0, 2, 0, 0, 0],
             "granted": [5, 1, 3, 0, 0, 2], "partially_granted": [2, 0, 1, 0, 0, 0],
             "denied_third_party_rights": [1, 0, 0, 0, 0, 0], "unavailable_not_held": [3, 1, 2, 1, 0, 1],
             "unavailable_unclear": [1, 0, 0, 0, 0, 0], "rejected_duplicate": [0, 0, 1, 0, 0, 0],
             "rejected_publication": [1, 0, 0, 0, 0, 0]}
    outcomes = KEYS[KEYS.index("granted"):KEYS.index("results_total")]
    rows["results_total"] = [sum(rows[key][column] for key in outcomes) for column in range(6)]
    rows["carried_forward"] = [new + carried - done for new, carried, done in
                               zip(rows["new_received"], rows["carried_over"], rows["results_total"])]
    assert min(rows["carried_forward"]) >= 0
    return [[*rows[key], sum(rows[key])] for key in KEYS]


def plain_text(figures: list[list[int]], apart_past_the_heading: bool = False, band_short: bool = False,
               chunks: Sequence[int] = CHUNKS, apart: Container[int] = (APART,)) -> str:
    """Row one's band (a paragraph a column) after its label, each later label with its first column beside
    it, then the chunks of the other columns (`chunks`: their rows; a paragraph a column), the total column of
    those of `apart` (their indexes) after them all or after table 4's heading. `band_short`: the band's total
    written after the second label. Written as `plain_text_totals_apart` writes a table whose first chunk is
    the first row alone, that chunk's blocks then moved up after the first label."""
    text = plain_text_totals_apart(dict(zip(KEYS, figures)), [1, *chunks], {number + 1 for number in range(len(chunks))
                                                                            if number in apart},
                                   apart_past_the_heading).split("\n\n")
    last_label = next(at for at, paragraph in enumerate(text) if paragraph.startswith(ROWS[-1][1]))
    band = text[last_label + 1:last_label + 7]
    del text[last_label + 1:last_label + 7]
    first_label = next(at for at, paragraph in enumerate(text) if paragraph.startswith(ROWS[0][1]))
    if band_short:  # the band's last block after the second label's line
        text[first_label + 1:first_label + 2] = [text[first_label + 1], band.pop()]
    text[first_label + 1:first_label + 1] = band
    return "\n\n".join(text)


@pytest.mark.parametrize("past_the_heading", [False, True])
def test_a_band_written_whole_then_chunks_with_a_total_column_apart_is_read(past_the_heading):
    # the total column apart at the table's end or past table 4's heading
    figures = table()
    read = applications_of(parse_text(plain_text(figures, apart_past_the_heading=past_the_heading), "plain.txt"))
    for key, want in zip(KEYS, figures):
        assert [cell.value for cell in read[key]] == want, key
        assert all(cell.state in (VALUE, RECOVERED) for cell in read[key]), key


def test_a_band_whose_figures_do_not_all_stand_before_the_next_label_is_no_part_of_its_own():
    # the second label stands after six figures, not a row's seven: no page opens there, and no chunking of the
    # whole table reads the figures (the total apart): the chunked columns stay unknown, none is read from a
    # guess (the first column beside the labels is read as it stands, by another reader)
    figures = table()
    read = applications_of(parse_text(plain_text(figures, band_short=True), "plain.txt"))
    for key, want in zip(KEYS, figures):
        assert all(cell.state == UNKNOWN for cell in read[key][1:]), key
        assert read[key][0].state == UNKNOWN or read[key][0].value == want[0], key


def mostly_zeros(rows: dict[str, list[int]]) -> list[list[int]]:
    """A table of zeros but `rows` (each its seven cells, the total last)."""
    return [rows.get(key, [0] * 7) for key in KEYS]


def no_cell_wrong(read: dict, figures: list[list[int]]) -> None:
    for key, want in zip(KEYS, figures):
        for column, (cell, value) in enumerate(zip(read[key], want)):
            assert cell.state == UNKNOWN or (cell.value or 0) == value, (key, column, cell)


def test_a_band_whose_chunks_the_whole_table_reads_otherwise_leaves_those_cells_unknown():
    # the band written whole before the second label, the figures past table 4's heading a chunk's total column:
    # read as the whole table's chunks (no band), the zeros let a chunking keep every row's sum with
    # 7.属于行政执法案卷's `0 1 0 0 0 0 1` two rows down (1.本机关不掌握相关政府信息's); read with the band as a
    # part of its own the rows are placed otherwise. Both kept: the cells they read apart are unknown
    figures = mostly_zeros({"new_received": [0, 3, 0, 0, 2, 2, 7], "denied_enforcement_files": [0, 1, 0, 0, 0, 0, 1],
                            "results_total": [0, 1, 0, 0, 0, 0, 1], "carried_forward": [0, 2, 0, 0, 2, 2, 6]})
    text = plain_text(figures, apart_past_the_heading=True, chunks=[1, 1, 5, 5, 5, 1, 1, 1, 2, 2], apart=(4,))
    read = applications_of(parse_text(text, "plain.txt"))
    no_cell_wrong(read, figures)
    for key in ("denied_enforcement_files", "unavailable_not_held"):
        assert [read[key][column].state for column in (1, 6)] == [UNKNOWN, UNKNOWN], key
    # the band and the rows both readings place alike stand
    assert [cell.value for cell in read["new_received"]] == figures[0]
    assert all(cell.state == VALUE for cell in read["new_received"])


def test_figures_past_the_heading_read_as_a_band_then_chunks_with_a_total_column_apart():
    # in the order written no placing keeps APP_OUTCOME_SUM and APP_BALANCE, and the whole table's chunks with a
    # total column apart keep no row's sum either: with the band a part of its own they do, and the rules choose
    # that reading (it was left out, and the order written read carried_forward's total 2 as 0)
    figures = mostly_zeros({"new_received": [0, 0, 0, 0, 1, 1, 2], "carried_forward": [0, 0, 0, 0, 1, 1, 2]})
    text = plain_text(figures, apart_past_the_heading=True, chunks=[1, 3, 2, 13, 1, 1, 3], apart=(3,))
    read = applications_of(parse_text(text, "plain.txt"))
    no_cell_wrong(read, figures)
    assert [cell.value for cell in read["carried_forward"]] == figures[-1]
    assert all(cell.state == RECOVERED for key in KEYS[1:] for cell in read[key])


def test_totals_apart_at_the_end_dispute_the_order_written_in_a_text_with_no_form_feeds():
    # a crawler's copy of pdftotext's text (no form feeds) whose two chunks' total columns stand after all the
    # others: the order written reads results_total's total 1 and carried_forward's 0, the column rules left
    # unchecked (cells unknown); the totals apart read them otherwise, so neither is read
    figures = mostly_zeros({"carried_over": [0, 0, 0, 0, 0, 1, 1], "carried_forward": [0, 0, 0, 0, 0, 1, 1]})
    text = plain_text(figures, chunks=[2, 13, 5, 3, 1], apart=(2, 3))
    assert "\f" not in text
    read = applications_of(parse_text(text, "plain.txt"))
    no_cell_wrong(read, figures)
    assert read["results_total"][6].state == UNKNOWN and read["carried_forward"][6].state == UNKNOWN


def test_a_rival_placing_a_blank_mark_where_the_order_written_reads_one_disputes_nothing():
    # the figures `0` and `—` (a blank mark, None): the order written reads the first row's cells blank, blank, 0,
    # the rival reads mark, mark, mark there: the blanks agree (a mark is a mark in both), the 0 is disputed
    values = [None, None, Decimal(0), None]
    rival = SimpleNamespace(parts=((0, 1, 0, ()),), placed=lambda: [[Placed(0, False), Placed(1, False),
                                                                      Placed(3, False)] + [None] * 4])
    columns = L.APPLICANT_KEYS
    cells = [Cell("applications", "new_received", columns[0], None, BLANK, 1, "—"),
             Cell("applications", "new_received", columns[1], None, BLANK, 1, "—"),
             Cell("applications", "new_received", columns[2], Decimal(0), RECOVERED, 1, "0")]
    report = ParsedReport(source="plain.txt", sha256="", size_bytes=0)
    kept = _where_the_totals_apart_agree(report, cells, rival, ("new_received",), values, 1)
    assert [cell.state for cell in kept] == [BLANK, BLANK, UNKNOWN]
