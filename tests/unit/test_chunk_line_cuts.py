"""Column chunks (plain `pdftotext` of Chromium's PDFs): where the text's lines show blocks, most blockings of a
chunk's columns put an empty line inside a block. The search asks each blocking first only whether it cuts
between the columns the lines need cut (`_cuts_the_lines_need`, one bit test), the full check
(`_a_block_broken`) only where blocks of cells apart are weighed: these tests hold the two to the same
blockings over every small pattern of lines, and count that the search of a table whose lines show blocks
makes no full check where no cells apart are weighed."""

from __future__ import annotations

from decimal import Decimal
from itertools import product

from orchestration.parsing import chunks
from orchestration.parsing.chunks import (
    _a_block_broken,
    _blockings_upto,
    _breaks_before,
    _cuts,
    _cuts_the_lines_need,
    column_chunkings,
)
from tests.unit.test_column_chunks import sum_holds


def kept_by_cuts(joined, first: int, size: int, columns: int, cells_apart_past: int) -> list[tuple[int, ...]]:
    """The blockings the bit test keeps, each then checked in full where cells apart are weighed (the search's way)."""
    before = _breaks_before(joined)
    need = _cuts_the_lines_need(before, first, size, columns, cells_apart_past)
    if need is None:
        return []
    return [blocks for blocks in _blockings_upto(columns, 0) if _cuts(blocks) & need == need and not
            (cells_apart_past and _a_block_broken(before, first, size, blocks, cells_apart_past))]


def kept_in_full(joined, first: int, size: int, columns: int, cells_apart_past: int) -> list[tuple[int, ...]]:
    before = _breaks_before(joined)
    return [blocks for blocks in _blockings_upto(columns, 0)
            if not _a_block_broken(before, first, size, blocks, cells_apart_past)]


def test_the_cuts_the_lines_need_keep_exactly_the_unbroken_blockings_on_every_small_pattern():
    compared = kept = 0
    for columns, size in ((1, 2), (2, 2), (3, 2), (2, 3), (4, 2), (3, 3)):
        pairs = columns * size + 1  # a figure before the chunk, then its own
        for pattern in product((False, None), repeat=pairs):
            for cells_apart_past in (0, 1, 2):
                by_cuts = kept_by_cuts(pattern, 1, size, columns, cells_apart_past)
                assert by_cuts == kept_in_full(pattern, 1, size, columns, cells_apart_past), (pattern, columns, size)
                compared += 1
                kept += bool(by_cuts)
    assert compared > 3_000 and kept > 300  # the patterns keep some blockings and refuse others


def test_a_block_of_cells_apart_is_kept_only_beside_a_block_on_lines_one_after_the_other():
    # two rows of three columns: the first column on lines one after the other, the other two each cell apart
    joined = [False, None, None, None, None]  # figures 0-1 run on; 1|2, 2|3, 3|4, 4|5 lines apart
    before = _breaks_before(joined)
    assert _cuts_the_lines_need(before, 0, 2, 3) is None  # no blocking without cells apart
    assert kept_by_cuts(joined, 0, 2, 3, 1) == [(1, 2)]  # the two columns apart as one block, row by row
    assert kept_by_cuts([None] * 5, 0, 2, 3, 1) == []  # every block apart: no chunk of those rows shown


def test_a_search_whose_lines_show_blocks_makes_no_full_check_where_no_cells_apart_are_weighed(monkeypatch):
    # three rows of three columns (two parts and their total) written one column a block, an empty line after each
    table = [(1, 2, 3), (4, 5, 9), (2, 2, 4)]
    figures = [Decimal(row[column]) for column in range(3) for row in table]
    lines = [column * 4 + row for column in range(3) for row in range(3)]
    asked = []
    real = chunks._a_block_broken
    monkeypatch.setattr(chunks, "_a_block_broken", lambda *args: asked.append(args) or real(*args))
    found = column_chunkings(figures, 3, 3, sum_holds, lines=lines)
    assert found is not None
    placed = found.placed()
    assert [[figures[cell.index] for cell in row] for row in placed] == [[Decimal(v) for v in row] for row in table]
    assert asked == []
