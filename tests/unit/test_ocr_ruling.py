"""The ruling lines of a scanned table, found without reading a glyph (fast: no OCR): light-grey
rules belong to the grid, glyph strokes and shading never do."""

from __future__ import annotations

import numpy as np
import pytest

from orchestration.parsing import ocr

COLUMNS, ROWS = [100, 500, 700, 900, 1100, 1300], [100, 200, 300, 400, 500]


def ruled_page(columns: list[int], rows: list[int], grey: int, double: bool, thickness: int = 2,
               gap: int = 4) -> np.ndarray:
    """A white page with a table ruled at `columns` × `rows` (px) in lines of `grey`, `thickness`
    px thick; `double`: each rule drawn twice, `gap` px apart, as a browser draws a table with
    border="1" and no border-collapse (every cell its own box)."""
    page = np.full((1200, 1400), 255, dtype=np.uint8)
    offsets = (0, gap) if double else (0,)
    for x in columns:
        for offset in offsets:
            page[rows[0]:rows[-1] + thickness, x + offset:x + offset + thickness] = grey
    for y in rows:
        for offset in offsets:
            page[y + offset:y + offset + thickness, columns[0]:columns[-1] + thickness + offsets[-1]] = grey
    page[rows[0] + 30:rows[0] + 50, columns[1] + 20:columns[1] + 32] = 0  # a glyph-sized mark in a cell
    return page


def grid(page: np.ndarray) -> tuple[int, int, int]:
    (table,) = ocr.find_tables(page)[0]
    return table.rows, table.columns, len(table.regions)


WHOLE = (len(ROWS) - 1, len(COLUMNS) - 1, (len(ROWS) - 1) * (len(COLUMNS) - 1))


@pytest.mark.parametrize(("grey", "thickness", "double", "gap"), [
    (190, 2, False, 4), (190, 2, True, 4), (215, 1, False, 4), (200, 1, True, 6), (215, 3, True, 5)])
def test_thin_light_grey_rules_make_the_whole_grid(grey, thickness, double, gap):
    """A 0.5 pt rule, or a browser's grey 1 px border, scans light grey (190–215, lighter than the
    ink of glyphs): every column and row is still found, a double border is one line, and no cell
    is merged across a light border."""
    assert grid(ruled_page(COLUMNS, ROWS, grey, double, thickness, gap)) == WHOLE


def test_a_light_border_beside_dark_rules_completes_the_grid():
    """The table's right column and bottom row ruled in light grey, the rest dark (a browser's
    outset border: two sides light): the total column is not lost."""
    page = ruled_page(COLUMNS, ROWS, grey=120, double=False)
    page[ROWS[0]:ROWS[-1] + 2, COLUMNS[-1]:COLUMNS[-1] + 2] = 205
    page[ROWS[-1]:ROWS[-1] + 2, COLUMNS[0]:COLUMNS[-1] + 2] = 205
    assert grid(page) == WHOLE


def test_a_shaded_header_row_is_one_row_of_the_grid():
    """A header row filled light grey is runs of faint ink in every pixel row: only its edges are
    rules, so the fill adds no row or column line of its own."""
    page = ruled_page(COLUMNS, ROWS, grey=120, double=False)
    header = page[ROWS[0]:ROWS[1], COLUMNS[0]:COLUMNS[-1]]
    header[header == 255] = 190  # the shading, under the rules
    assert grid(page) == WHOLE


def glyph_row(page: np.ndarray, top: int, left: int, right: int, height: int = 24) -> None:
    """Glyph-like ink from `left` to `right`: boxes 24 px wide set 4 px apart, each of horizontal
    and vertical strokes down to its foot (a scanned row of CJK text has strokes beside 85–100%
    of its foot's length), the feet joined by a light-grey run (the anti-aliased foot of tightly
    set glyphs is one long faint row)."""
    for x in range(left, right - 24, 28):
        page[top + 8:top + 11, x + 2:x + 22] = 40  # horizontal strokes, the last at the glyph's foot
        page[top + height - 3:top + height, x + 2:x + 22] = 40
        for stroke in (x, x + 10, x + 21):
            page[top:top + height, stroke:stroke + 3] = 40  # vertical strokes
    page[top + height:top + height + 2, left:right] = 200  # the feet, one faint run


def test_the_faint_feet_of_text_filling_a_cell_are_no_rule():
    """Tightly set text filling a cell from border to border: the grey foot of its glyphs is a long
    faint run that meets both borders, yet it has ink all along one side: no row line, no cell cut."""
    page = ruled_page(COLUMNS, ROWS, grey=120, double=False)
    glyph_row(page, ROWS[1] + 40, COLUMNS[1] + 3, COLUMNS[2])
    assert grid(page) == WHOLE


def test_a_faint_border_with_text_close_beside_it_is_a_rule():
    """A light column border with a cell's figures set 3 px from it (a narrow column): still a rule."""
    page = ruled_page(COLUMNS, ROWS, grey=120, double=False)
    page[ROWS[0]:ROWS[-1] + 2, COLUMNS[3]:COLUMNS[3] + 2] = 205
    for y in ROWS[:-1]:
        page[y + 30:y + 60, COLUMNS[3] + 5:COLUMNS[3] + 8] = 30  # a `1` beside the border
    assert grid(page) == WHOLE


def test_light_grey_strokes_of_a_title_are_never_rules():
    """A title above the table set in grey (or scanned light): its long horizontal strokes are
    faint runs that meet no ruling line, so none is taken for a rule (and wiped from the page,
    which turned 宁 into 丁)."""
    page = ruled_page(COLUMNS, ROWS, grey=120, double=False)
    title = page[30:70, 300:1100]
    title[:] = 255
    for x in range(0, 800, 44):
        title[8:10, x:x + 42] = 190  # top strokes, 2 px apart: one faint run across the title
        title[10:36, x + 18:x + 21] = 190
    _, rules = ocr.find_tables(page)
    assert not rules[30:70, 300:1100].any()


def test_dark_rules_alone_come_out_as_before():
    """A table ruled in dark lines: the faint grey edge of its own rules adds no line."""
    page = ruled_page(COLUMNS, ROWS, grey=60, double=False, thickness=2)
    for x in COLUMNS:
        page[ROWS[0]:ROWS[-1] + 2, x - 1] = 210
        page[ROWS[0]:ROWS[-1] + 2, x + 2] = 220
    faint_h, faint_v = ocr._faint_rules(page, *dark_runs(page))
    assert not faint_h.any() and not faint_v.any()
    assert grid(page) == WHOLE


def dark_runs(page: np.ndarray):
    length = max(40, page.shape[1] // 30)
    ink = page < ocr.DARK
    return ocr._long_runs(ink, length), ocr._long_runs(ink.T, length).T, length


def test_a_border_dark_in_part_and_light_in_part_is_one_rule():
    """A column border whose upper half scans light grey and lower half dark (a browser's grey
    border beside a rowspan, a rule that fades): its light half meets one crossing line and
    continues the dark half; the two cells beside it stay apart."""
    page = ruled_page(COLUMNS, ROWS, grey=120, double=False)
    x, top = COLUMNS[2], ROWS[1]
    page[top + 2:top + 50, x:x + 2] = 205
    assert grid(page) == WHOLE
