"""Table 3 in plain `pdftotext` text of Chromium's PDFs (no -layout) whose first row is written whole as a
band of its own, a block a column, before the next row's label (a page or block of its own); the rows after
it write their first column beside their labels and their other columns in column chunks, the total column
of one chunk set after all the other chunks (at the table's end, or past table 4's heading). The band is
read as a part of its own, the rows after it as the part the figures apart end (chunks.py's `pages` with
`last_apart`). Made-up text, written by hand apart from the corpus generator."""

from __future__ import annotations

from collections.abc import Container, Sequence

import pytest

from orchestration.parsing.cells import RECOVERED, UNKNOWN, VALUE
from orchestration.parsing.parse import parse_text
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
