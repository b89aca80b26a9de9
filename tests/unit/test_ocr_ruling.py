"""The ruling lines of a scanned table, found without reading a glyph (fast: no OCR)."""

from __future__ import annotations

import numpy as np
import pytest

from orchestration.parsing import ocr


def ruled_page(columns: list[int], rows: list[int], grey: int, double: bool) -> np.ndarray:
    """A white page with a table ruled at `columns` × `rows` (px) in lines of `grey`, 2 px thick;
    `double`: each rule drawn twice, 4 px apart, as a browser draws a table with border="1" and no
    border-collapse (every cell its own box)."""
    page = np.full((1200, 1400), 255, dtype=np.uint8)
    offsets = (0, 4) if double else (0,)
    for x in columns:
        for offset in offsets:
            page[rows[0]:rows[-1] + 2, x + offset:x + offset + 2] = grey
    for y in rows:
        for offset in offsets:
            page[y + offset:y + offset + 2, columns[0]:columns[-1] + 2 + offsets[-1]] = grey
    page[rows[0] + 30:rows[0] + 50, columns[1] + 20:columns[1] + 32] = 0  # a glyph-sized mark in a cell
    return page


@pytest.mark.parametrize("double", [False, True])
def test_thin_light_grey_rules_make_the_whole_grid(double):
    """A 0.5 pt rule, or a browser's 1 px border, renders light grey at 200 dpi (grey 190 here,
    lighter than the ink threshold of glyphs): every column and row is still found."""
    columns, rows = [100, 500, 700, 900, 1100, 1300], [100, 200, 300, 400, 500]
    tables, _ = ocr.find_tables(ruled_page(columns, rows, grey=190, double=double))
    (table,) = tables
    assert (table.rows, table.columns) == (len(rows) - 1, len(columns) - 1)
    assert len(table.regions) == table.rows * table.columns  # no cell merged across a light border


def test_a_shaded_header_row_is_one_row_of_the_grid():
    """A header row filled light grey is runs of faint ink in every pixel row: only its edges are
    rules, so the fill adds no row or column line of its own."""
    columns, rows = [100, 500, 700, 900, 1100, 1300], [100, 200, 300, 400, 500]
    page = ruled_page(columns, rows, grey=120, double=False)
    header = page[rows[0]:rows[1], columns[0]:columns[-1]]
    header[header == 255] = 190  # the shading, under the rules
    tables, _ = ocr.find_tables(page)
    (table,) = tables
    assert (table.rows, table.columns) == (len(rows) - 1, len(columns) - 1)
    assert len(table.regions) == table.rows * table.columns
