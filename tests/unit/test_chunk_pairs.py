"""Column chunks (plain `pdftotext` of Chromium's PDFs): a chunk fits the text's lines only where every two
figures on one line that it holds, or holds one of, are of one of its rows. The search asks it of every chunk
tried (tens of thousands in a wide table), so `_pairs_within_its_rows` finds the pairs a chunk touches by
bisection and each figure's row from where it stands, building no map of the chunk's places. These tests
hold it to that map (`row_indices` row by row, a later row's place winning) over every small chunk shape and
random line patterns, and show the answers a user's table depends on: a pair inside one row fits, a pair
across two rows or with a figure outside the chunk does not."""

from __future__ import annotations

import random
from itertools import combinations

from orchestration.parsing.chunks import _blockings, _Chunk, _offsets_around, _pairs_within_its_rows


def fits_by_its_map(chunk: _Chunk, rows: int, width: int, first: int, pairs: list[int]) -> bool:
    """The answer from the map of every place the chunk's rows read (how the search once worked it out)."""
    lead = chunk.lead
    spans = [(chunk.start * lead, (chunk.start + chunk.size) * lead),
             (first, first + chunk.size * (width - lead - (chunk.last_at >= 0)))]
    if chunk.last_at >= 0:
        spans.append((chunk.last_at, chunk.last_at + chunk.size))
    touching = [at for at in pairs if any(low - 1 <= at < high for low, high in spans if low < high)]
    row_of = {index: row for row in range(chunk.start, chunk.start + chunk.size)
              for index in chunk.row_indices(rows, width, row)}
    return all(at in row_of and at + 1 in row_of and row_of[at] == row_of[at + 1] for at in touching)


def random_chunk(rnd: random.Random) -> tuple[_Chunk, int, int]:
    width, rows = rnd.randint(1, 8), rnd.randint(1, 12)
    lead = rnd.randint(0, min(2, width - 1))
    start = rnd.randint(0, rows - 1)
    columns, last_at, total_at, blocks = width - lead, -1, -1, ()
    shape = rnd.random()
    if shape < 0.3 and columns > 1:  # its last column among the figures set apart
        last_at, columns = rnd.randint(0, rows * width + 3), columns - 1
    if shape > 0.85:  # its columns out of order
        total_at = rnd.randint(0, columns - 1)
    elif rnd.random() < 0.6:
        blocks = rnd.choice(_blockings(columns))
    chunk = _Chunk(lead, start, rnd.randint(1, rows - start), blocks, rnd.randint(0, start), last_at, total_at)
    return chunk, rows, width


def test_the_pairs_within_its_rows_answer_as_the_map_of_its_places_on_random_chunks():
    rnd = random.Random(35)
    answers = []
    for _ in range(20_000):
        chunk, rows, width = random_chunk(rnd)
        dense = rnd.random()
        pairs = [at for at in range(rows * width + 4) if rnd.random() < dense]
        first = chunk.first(rows, width)
        answer = _pairs_within_its_rows(chunk, rows, width, first, pairs)
        assert answer == fits_by_its_map(chunk, rows, width, first, pairs), (chunk, rows, width, pairs)
        answers.append(answer)
    assert 2_000 < sum(answers) < 18_000  # both answers are exercised


def test_a_pair_inside_one_row_fits_and_a_pair_across_two_rows_does_not():
    # three rows of three columns written one column a block: column 0 is figures 0-2, column 1 is 3-5, 2 is 6-8
    chunk = _Chunk(0, 0, 3, (1, 1, 1))
    first = chunk.first(3, 3)
    assert _pairs_within_its_rows(chunk, 3, 3, first, []) is True  # no two figures on one line
    assert _pairs_within_its_rows(chunk, 3, 3, first, [0]) is False  # figures 0 and 1: rows 0 and 1
    # written as one block of three columns row by row: figures 0-2 are row 0's, 3-5 row 1's
    row_by_row = _Chunk(0, 0, 3, (3,))
    assert _pairs_within_its_rows(row_by_row, 3, 3, first, [0, 1, 3, 4]) is True
    assert _pairs_within_its_rows(row_by_row, 3, 3, first, [2]) is False  # 2 and 3: the end of row 0, row 1's first


def test_a_pair_with_one_figure_outside_the_chunk_does_not_fit():
    # the chunk of rows 1-2 of a three-row table, written row by row: figures 3-5 are row 1's, 6-8 row 2's
    chunk = _Chunk(0, 1, 2, (3,))
    assert _pairs_within_its_rows(chunk, 3, 3, chunk.first(3, 3), [3, 4, 6]) is True
    assert _pairs_within_its_rows(chunk, 3, 3, chunk.first(3, 3), [2]) is False  # figure 2 is the chunk before's
    # the figures beside the labels (a lead column): row 1's is figure 1, its chunked figures from 3 on
    led = _Chunk(1, 1, 1, (1, 1))
    assert _pairs_within_its_rows(led, 3, 3, led.first(3, 3), [1]) is False  # figure 2 is row 2's lead


def test_a_chunk_around_blank_slots_reads_each_figure_past_the_blanks_before_it():
    # `_offsets_around`: a chunk written column by column, `size` rows each, some slots printing nothing
    for size, columns, blanks in ((1, 3, 1), (3, 2, 2), (4, 3, 3)):
        for local in combinations(range(size * columns), blanks):
            offset_of = _offsets_around(local, size)
            for row in range(size):
                for column in range(columns):
                    slot = column * size + row
                    expected = None if slot in local else slot - len([blank for blank in local if blank < slot])
                    assert offset_of(row, column) == expected
    # two rows, two columns, the first row's second cell blank: the second row's second cell is the third figure
    offset_of = _offsets_around((2,), 2)
    assert [offset_of(0, 0), offset_of(1, 0), offset_of(0, 1), offset_of(1, 1)] == [0, 1, None, 2]
