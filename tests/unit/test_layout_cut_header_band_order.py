"""`pdftotext -layout` of LibreOffice's print of a web page whose table 3 is cut at the page's edge (总计 cut whole):
each cell's figure set from the cell's left edge under its header word centred. A column's figures starting up to
three glyphs left of the next column's header word may be either column's by their place alone; the page's bands
prove it where, matched in order to the header's words (each band one column, left to right), only one assignment
fits: a band of 法律服务机构 to the right of a band of 社会公益组织's figures leaves the latter no other column.

Made-up figures in the shape of a held-out report's table 3 (glyph columns as pdftotext counts them): the header of
test_layout_cut_total_pages, 社会公益 at 45 to 48, 法律服务机 at 50. The tests reading cells fail on parser 3.48.0,
which left those bands unknown."""

from __future__ import annotations

from tests.unit.test_layout_cut_total_pages import BREAK_BEFORE, _read, _shown, cut_pages_text
from tests.unit.test_reader_classes import ROWS

# 社会公益组织's figures at 47, under 益 of 社会公益 and three glyphs left of 法律服务机 (50); 法律服务机构's at 50
OWN_WORD_STARTS = [28, 34, 41, 47, 50, 56]

HEADER_PAGE = [key for key, _, _ in ROWS[: [key for key, _, _ in ROWS].index(BREAK_BEFORE)]]


def _figures(**rows: list[int | None]) -> dict[str, list[int | None]]:
    figures = {key: [None] * 6 for key, _, _ in ROWS}
    figures.update(rows)
    return figures


def _as_printed(figures: dict[str, list[int | None]], key: str) -> list[tuple]:
    return [(value, "blank" if value is None else "value") for value in figures[key]]


def test_a_band_left_of_a_later_word_is_its_own_columns_where_the_next_band_holds_the_later_column():
    figures = _figures(new_received=[31, 7, 2, 14, None, None], carried_over=[None, 2, 1, 11, None, None],
                       granted=[11, 3, 2, 13, None, None], partially_granted=[None, None, None, None, 5, None],
                       unavailable_unclear=[8, None, None, None, 6, None])
    read = _read(cut_pages_text(figures, {}, first_starts=OWN_WORD_STARTS))
    for key in HEADER_PAGE:
        assert _shown(read[key]) == _as_printed(figures, key), key


def test_a_band_two_glyphs_left_of_a_later_word_at_another_column_is_read_by_the_bands_either_side():
    # 科研机构's figures at 42, under 研 and three glyphs left of 社会公益; 社会公益组织's at 45, under its word
    figures = _figures(new_received=[5, None, 2, 3, None, 1], carried_over=[2, None, 4, None, None, None],
                       granted=[6, None, 8, None, None, 1], partially_granted=[None, None, None, 3, None, None],
                       rejected_duplicate=[1, None, 9, None, None, None])
    starts = [28, 34, 42, 45, 50, 56]
    for nudged in ((), ("carried_over",)):  # a row a glyph further right stays in its column's band
        read = _read(cut_pages_text(figures, {}, first_starts=starts, nudged=nudged))
        for key in HEADER_PAGE:
            assert _shown(read[key]) == _as_printed(figures, key), (key, nudged)


def test_a_band_two_assignments_fit_stays_unknown():
    # 法律服务机构 prints nothing on the page: the band at 47 may be 社会公益组织's or 法律服务机构's (其他's band at 56
    # right of either), so both stay unknown; the rows' other figures keep their columns
    figures = _figures(new_received=[31, 7, 2, 14, None, None], carried_over=[None, 2, 1, 11, None, None],
                       granted=[11, 3, 2, 13, None, None], partially_granted=[None, None, None, None, None, 5],
                       unavailable_unclear=[8, None, None, None, None, 6])
    read = _read(cut_pages_text(figures, {}, first_starts=OWN_WORD_STARTS))
    for key in ("new_received", "carried_over", "granted"):
        assert _shown(read[key]) == [*_as_printed(figures, key)[:3], (None, "unknown"), (None, "unknown"),
                                     (None, "blank")], key
    for key in ("partially_granted", "unavailable_unclear"):
        assert _shown(read[key]) == _as_printed(figures, key), key
