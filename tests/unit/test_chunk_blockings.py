"""Table 3 in plain `pdftotext` text of Chromium's PDFs (column chunks) where one column a block explains
every row, and a chunking with a block of two columns (poppler sets two neighbouring columns as one
block, row by row) explains them too and reads some cells otherwise: where the text's lines show such a
block (two figures on one line), every chunking with blocks of two columns that fits the lines and keeps
the rows' sums is weighed with one column a block, so a cell is read only where they all agree, or where
the column rules leave one reading (recovered); never as the first family of chunkings has them.

The text's lines (chunks.py's `_joined`): two figures on one line are of one row, and a chunk's block
stands on lines one after the other (an empty line between flows of blocks, never inside one).
Made-up tables of mostly zeros, written by hand apart from the corpus generator."""

from __future__ import annotations

from decimal import Decimal

from orchestration.parsing.chunks import column_chunkings
from orchestration.parsing.parse import parse_text
from orchestration.parsing.recovery import applicant_sum_holds
from tests.unit.test_column_chunks import figures_run_on, in_blocks, sum_holds, values
from tests.unit.test_plain_zero_chunks import chunked, plain_text, zeros_but
from tests.unit.test_reader_classes import ROWS, applications_of

KEYS = [key for key, _, _ in ROWS]
WIDTH = 7

# two applications refused as 行政执法案卷 (a 2 by its label's row, nothing else there) in a table of
# mostly zeros; the sixth chunk's last two columns written as one block, its totals and those of another
# chunk set apart past table 4's heading
TABLE = zeros_but(new_received=[4, 0, 11, 0, 1, 1, 17], carried_over=[0, 0, 0, 0, 0, 1, 1],
                  denied_enforcement_files=[2, 0, 0, 0, 0, 0, 2], other_misc=[0, 0, 10, 0, 1, 0, 11],
                  results_total=[2, 0, 10, 0, 1, 0, 13], carried_forward=[2, 0, 1, 0, 0, 2, 5])
CHUNKS = [(1, False, False), (1, False, False), (5, False, False), (1, False, False), (6, True, True),
          (1, False, False), (1, False, False), (5, False, False), (3, True, False), (1, False, False)]
ENFORCEMENT = KEYS.index("denied_enforcement_files")


def figures() -> tuple[list[Decimal], int, list[int]]:
    """The figures in the text's order, how many are set apart, and each one's line (a block's row is one line)."""
    paragraphs, apart = chunked(TABLE, chunks=CHUNKS)
    lines = [line for paragraph in paragraphs for line in paragraph] + apart
    words = [(word, at) for at, line in enumerate(lines) for word in line.split()]
    return [Decimal(word) for word, _ in words], len(apart), [at for _, at in words]


def test_chunkings_with_a_block_of_two_columns_are_weighed_where_one_column_a_block_explains_the_rows():
    values, apart, lines = figures()
    found = column_chunkings(values, len(KEYS), WIDTH, applicant_sum_holds, last_apart=apart, lines=lines)
    assert found is not None
    # the row as written is among the readings; the zeros one column a block alone reads there are not (that
    # chunking sets two rows' figures of a line `x y` of the text apart)
    readings = found.readings()[ENFORCEMENT]
    assert tuple(Decimal(v) for v in TABLE[ENFORCEMENT]) in readings
    assert (Decimal(0),) * WIDTH not in readings and len(readings) > 1
    # the chunkings disagree on its first column: not placed (unknown), never 0; its total they read alike,
    # on chunkings not all proved
    placed = found.placed()[ENFORCEMENT]
    assert placed[0] is None
    assert values[placed[-1].index] == 2 and not placed[-1].proved


def wrong_cells(got: dict[str, list]) -> list:
    return [(key, cell) for key, row in zip(KEYS, TABLE) for cell, value in zip(got[key], row)
            if cell.state != "unknown" and cell.value != value]


def test_the_lines_of_a_block_and_the_empty_lines_between_blocks_leave_one_chunking():
    # each chunk's column a paragraph of its own, the blocks' rows `x y`: one chunking fits the lines, so
    # 行政执法案卷's 2s are read where the text writes them, proved (a chunk not all zeros)
    got = applications_of(parse_text(plain_text(TABLE, chunks=CHUNKS), "plain.txt"))
    assert wrong_cells(got) == []
    assert [cell.value for cell in got["denied_enforcement_files"]] == [Decimal(v) for v in TABLE[ENFORCEMENT]]
    assert {cell.state for cell in got["denied_enforcement_files"]} == {"value"}
    # a block's rows of narrow figures written a figure a line (no two on one line): the empty lines alone,
    # where each block of a chunk ends, leave that chunking
    got = applications_of(parse_text(plain_text(TABLE, chunks=CHUNKS, narrow_split=True), "plain.txt"))
    assert wrong_cells(got) == []
    assert [cell.value for cell in got["denied_enforcement_files"]] == [Decimal(v) for v in TABLE[ENFORCEMENT]]


def test_no_cell_is_read_as_only_one_blocking_has_it():
    # the figures one a line, no empty line between chunks' columns: only the blocks' lines `x y` and the sums
    got = applications_of(parse_text(figures_run_on(plain_text(TABLE, chunks=CHUNKS)), "plain.txt"))
    assert wrong_cells(got) == []
    # the chunkings that keep every row's sum read 行政执法案卷's 2 in several columns; the column rules leave
    # one: recovered, never a value
    assert [cell.value for cell in got["denied_enforcement_files"]] == [Decimal(v) for v in TABLE[ENFORCEMENT]]
    assert {cell.state for cell in got["denied_enforcement_files"]} == {"recovered"}
    # rows every chunking reads alike, on figures other than zero, stay read
    assert [cell.value for cell in got["results_total"]] == [Decimal(v) for v in TABLE[KEYS.index("results_total")]]
    assert all(cell.state == "value" for cell in got["results_total"])


# a chunk of three rows whose first two columns poppler set as one block (`0 1` a row): in the order written,
# one column a block reads the second row `1 0 | 0 | 1`, which keeps its sum as well
BLOCKED = [[0, 1, 0, 1], [0, 1, 0, 1], [0, 0, 0, 0]]


def test_two_figures_on_one_line_are_of_one_row():
    figures = in_blocks(BLOCKED, [(3, [2, 1, 1])])
    # the block's rows on a line each, an empty line between blocks: one column a block would set a line's two
    # figures in two rows, so only the block fits
    found = column_chunkings(figures, 3, 4, sum_holds, lines=[0, 0, 1, 1, 2, 2, 4, 5, 6, 8, 9, 10])
    assert values(found.placed(), figures) == [[Decimal(v) for v in row] for row in BLOCKED]
    assert all(p.proved for row in found.placed() for p in row)


def test_a_blocks_rows_a_figure_a_line_leave_both_readings_where_they_differ():
    # the block's narrow figures a line each (poppler's gap too wide to join them), empty lines between blocks:
    # the lines fit one column a block too, so the second row's first two cells are unplaced, never `1 0`
    figures = in_blocks(BLOCKED, [(3, [2, 1, 1])])
    found = column_chunkings(figures, 3, 4, sum_holds, lines=[0, 1, 2, 3, 4, 5, 7, 8, 9, 11, 12, 13])
    read = values(found.placed(), figures)
    assert read[1] == [None, None, 0, 1] and read[0] == [0, 1, 0, 1] and read[2] == [0] * 4
    assert not any(p.proved for row in found.placed() for p in row if p is not None)


def test_an_empty_line_inside_a_chunks_column_is_no_chunk_of_the_text():
    # a chunk of one row, then one of two, each column a flow of its own (an empty line after it): a chunk of
    # three rows, or of two then one, would hold a flow's end inside a column, so only the chunks written fit
    table = [[0, 1, 1], [1, 0, 1], [0, 1, 1]]
    figures = [Decimal(table[0][column]) for column in range(3)] + \
        [Decimal(table[row][column]) for column in range(3) for row in (1, 2)]
    found = column_chunkings(figures, 3, 3, sum_holds, lines=[0, 2, 4, 6, 7, 9, 10, 12, 13])
    assert values(found.placed(), figures) == [[Decimal(v) for v in row] for row in table]
    # the same figures on lines one after the other: other chunkings keep the rows' sums and read cells otherwise
    run_on = column_chunkings(figures, 3, 3, sum_holds, lines=list(range(9)))
    assert any(None in row for row in values(run_on.placed(), figures))


# two rows of marks and zeros as Chromium's PDF sets them when the middle columns of a band are cells of their
# own: the first two columns one block (`— —` a row on one line, or a figure a line), the middle three each a
# flow of its own row by row (empty lines between), the last two one block
BAND_OF_SINGLE_CELLS = """— —
—
０

—

—

—

０

—

—

—
０
—
—"""
BAND_ROWS = [[None, None, None, None, None, None, 0], [None, 0, 0, None, None, None, None]]


def test_a_block_of_single_cells_row_by_row_is_weighed_and_no_cell_is_read_as_the_rows_a_chunk_alone_have_it():
    words = [(word, at) for at, line in enumerate(BAND_OF_SINGLE_CELLS.splitlines()) for word in line.split()]
    figures = [None if word == "—" else Decimal(int(word.translate(str.maketrans("０", "0")))) for word, _ in words]
    found = column_chunkings(figures, 2, WIDTH, applicant_sum_holds, lines=[at for _, at in words])
    assert found is not None
    # the rows as written are a reading (a chunk of two rows, its middle block of cells apart), so the
    # reading of each row a chunk of its own (`０` under 社会公益组织, a blank total) is not the only one
    expected = [tuple(None if v is None else Decimal(v) for v in row) for row in BAND_ROWS]
    assert [expected[row] in readings for row, readings in enumerate(found.readings())] == [True, True]
    placed = found.placed()
    read = [[None if p is None else ("known", figures[p.index]) for p in row] for row in placed]
    assert all(cell is None or cell[1] == (None if want is None else Decimal(want))
               for row, wants in zip(read, BAND_ROWS) for cell, want in zip(row, wants))
    # the first line's two marks are the first row's first two cells in both readings: read; the rest unknown
    assert read[0][:2] == [("known", None), ("known", None)] and read[0][3] is None and read[1][0] is None
