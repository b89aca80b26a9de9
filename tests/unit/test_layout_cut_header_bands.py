"""`pdftotext -layout` of LibreOffice's print of a web page whose table 3 is cut at the page's edge (总计 cut whole):
each cell's figure set from the cell's left edge under its header word centred, so a column's figures start up to
two glyphs left of its word, under the last glyph of the word before it (`2` under 益 of 社会公益, two glyphs left
of 法律服务机). Such a figure is nearer the word before it by their centres; nothing but its band proves it.

Made-up figures in the shape of fuzz_layout_cut_header_midway's cases (glyph columns as pdftotext counts them).
The tests fail on parser 3.47.0, which read the figures of 法律服务机构 under 社会公益."""

from __future__ import annotations

from tests.unit.test_layout_cut_total_pages import _read, _shown, cut_pages_text
from tests.unit.test_reader_classes import ROWS

# each column's figures a glyph left of where test_layout_cut_total_pages sets them: 法律服务机构's at 48, under
# 益 (社会公益 at 45 to 48), two glyphs left of 法律服务机 (50)
LEFT_SET_STARTS = [27, 33, 40, 44, 48, 55]

FIGURES = {key: [None] * 6 for key, _, _ in ROWS}
FIGURES.update(new_received=[17, None, None, 26, 13, None], carried_over=[None, None, None, None, 1, None],
               granted=[3, None, None, None, None, None], partially_granted=[None, None, None, 4, None, None],
               unavailable_unclear=[8, None, None, None, 5, None], rejected_duplicate=[None, None, None, None, 9, None],
               results_total=[17, None, None, 26, 14, None])


def test_a_narrow_figure_left_of_a_later_word_in_a_band_of_wider_ones_is_not_read_under_the_word_before():
    read = _read(cut_pages_text(FIGURES, {}, first_starts=LEFT_SET_STARTS))
    # `1`, `5` and `9` at 48 share their band with `13` (48-49), midway between 社会公益 and 法律服务机: either
    # column's, both unknown; the row's other figures keep their columns
    for key in ("carried_over", "unavailable_unclear", "rejected_duplicate"):
        natural = FIGURES[key][0]
        assert _shown(read[key]) == [(natural, "blank" if natural is None else "value"), (None, "blank"),
                                     (None, "blank"), (None, "unknown"), (None, "unknown"), (None, "blank")], key
    assert _shown(read["granted"])[0] == (3, "value")


def test_a_band_of_narrow_figures_two_glyphs_left_of_a_later_word_is_not_proven_the_word_befores():
    # 法律服务机构's figures all one glyph wide at 48, 社会公益 printing none: nearer 社会公益's centre, two glyphs left
    # of 法律服务机's start: either column's, both unknown; 自然人's and 科研机构's kept
    figures = {key: [None] * 6 for key, _, _ in ROWS}
    figures.update(new_received=[17, None, 1, None, 2, None], carried_over=[3, None, None, None, 3, None],
                   granted=[None, None, None, None, 5, None], results_total=[19, None, 1, None, 5, None])
    read = _read(cut_pages_text(figures, {}, first_starts=LEFT_SET_STARTS))
    for key in ("new_received", "carried_over", "granted"):
        natural, _, research, _, _, _ = figures[key]
        assert _shown(read[key]) == [(natural, "blank" if natural is None else "value"), (None, "blank"),
                                     (research, "blank" if research is None else "value"), (None, "unknown"),
                                     (None, "unknown"), (None, "blank")], key
