"""A scanned cell is blank only where it is clean: ink the recogniser never saw (too light, or
broken into pieces below a text line's height) is read as nothing, which the OCR check turns into
`unknown`, never a blank that every rule would count as 0. Fast: no cell here reaches the OCR."""

from __future__ import annotations

import numpy as np
import pytest

from orchestration.parsing import ocr

COLUMNS, ROWS = [100, 300, 500, 700], [100, 200, 300]


def ruled_page() -> np.ndarray:
    """A white page with a table of 2 × 3 cells ruled in dark 2 px lines."""
    page = np.full((600, 800), 255, dtype=np.uint8)
    for x in COLUMNS:
        page[ROWS[0]:ROWS[-1] + 2, x:x + 2] = 50
    for y in ROWS:
        page[y:y + 2, COLUMNS[0]:COLUMNS[-1] + 2] = 50
    return page


def zero(page: np.ndarray, left: int, top: int, grey: int) -> None:
    """A `0` as a scan at 200 dpi prints it: a ring 12 px wide and 20 px tall, strokes 2 px."""
    ys, xs = np.mgrid[0:20, 0:12]
    ring = np.abs(((xs - 5.5) / 6) ** 2 + ((ys - 9.5) / 10) ** 2 - 0.8) < 0.28
    page[top:top + 20, left:left + 12][ring] = grey


def cell_texts(page: np.ndarray) -> dict[tuple[int, int], tuple[str, float]]:
    """What _cell_texts gives each cell (by row, column) of the page's one table, with the page
    prepared as read_page prepares it."""
    (table,), clean, unfiltered = ocr.tables_and_ink(page)
    texts = ocr._cell_texts(clean, [table], unfiltered)
    return {(region.row, region.column): texts[id(region)] for region in table.regions if id(region) in texts}


@pytest.mark.parametrize("grey", [205, 220])
def test_a_figure_printed_too_light_for_the_recogniser_is_ink_not_read(grey):
    """A `0` printed (or scanned) light grey, lighter than both thresholds the cell reader uses to
    find text: it was a blank, which every rule reads as 0 and confirms. It is ink read as nothing."""
    page = ruled_page()
    zero(page, COLUMNS[1] + 90, ROWS[0] + 40, grey)
    assert cell_texts(page) == {(0, 1): ("", 0.0)}


def test_a_figure_broken_below_a_text_line_height_is_ink_not_read():
    """A `0` whose middle was lost (a rule wiped through it, a faded scan): two arcs, each shorter
    than a text line and than a glyph-tall mark. It is ink read as nothing, not a blank."""
    page = ruled_page()
    zero(page, COLUMNS[2] + 90, ROWS[1] + 40, 40)
    page[ROWS[1] + 45:ROWS[1] + 55, COLUMNS[2] + 80:COLUMNS[2] + 110] = 255
    assert cell_texts(page) == {(1, 2): ("", 0.0)}


def test_specks_and_the_edges_of_rules_leave_a_cell_clean():
    """Scanner specks (one pixel, two touching, smeared by the turn) and the light edge of a rule
    found a pixel off are no figure: those cells stay blank (not read, not in the texts)."""
    page = ruled_page()
    rng = np.random.default_rng(5)
    for x, y in zip(rng.integers(COLUMNS[0] + 8, COLUMNS[-1] - 8, 60), rng.integers(ROWS[0] + 8, ROWS[-1] - 8, 60), strict=True):
        page[y:y + 2, x:x + 3] = rng.choice([0, 90, 200])
    page[ROWS[1] + 5, COLUMNS[0] + 8:COLUMNS[1] - 8] = 215  # a rule's grey edge, inside the cell below it
    page[ROWS[0] + 8:ROWS[1] - 8, COLUMNS[2] - 6] = 220  # and beside a column rule
    assert cell_texts(page) == {}
