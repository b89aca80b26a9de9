"""`pdftotext -layout` of Chromium's narrow tables in wide digits (issue 14), made-up figures: a row whose label wraps
over three lines beside its group's margin heading, its figures on the middle line (`理结果 … １２ ０ ３ ０ ０ ０`)
and its total, too wide for the narrow 总计 column, stacked a digit a line round it, each piece on a line of the label
(`1.本机关不掌握相关政府 … １` above, `信息 … ５` below, 15).

* the row's own line (its label's first) holds a piece only, so its figures' line is the one next to it holding all
  the others (`application_table._figures_line`): the page's full rows place its words there and the pieces are
  shared out by the rows' sums, as for a row printing its figures on its label's line; before, the whole row stayed
  unknown;
* never a wrong number: pieces that do not make the row's sum, or a figures' line a word short, leave it unknown."""

from __future__ import annotations

import pytest

from tests.unit.test_layout_stacked_columns import _read
from tests.unit.test_layout_stacked_full_line import PIECES_TWO_GLYPHS_OFF

FIGURES = "理结果                        １２ ０    ３   ０     ０     ０"
PIECE_BELOW = "信息                                     ５"


def test_a_row_whose_figures_stand_between_its_labels_lines_is_read_with_its_stacked_total():
    assert FIGURES in PIECES_TWO_GLYPHS_OFF and PIECE_BELOW in PIECES_TWO_GLYPHS_OFF
    read = _read(PIECES_TWO_GLYPHS_OFF)
    zero = (0, "recovered")
    assert read["unavailable_not_held"] == [(12, "recovered"), zero, (3, "recovered"), zero, zero, zero,
                                            (15, "recovered")]
    # the total row's total, the pieces round its own line, by the outcome sums
    assert read["results_total"][6] == (62, "recovered")


@pytest.mark.parametrize(("line", "instead"), [
    (PIECE_BELOW, PIECE_BELOW.replace("５", "７")),  # 17: not the row's sum, 15
    (FIGURES, FIGURES.removesuffix("     ０")),  # five words: which column printed nothing, not known
])
def test_pieces_not_making_the_rows_sum_or_a_figures_line_a_word_short_leave_it_unknown(line, instead):
    read = _read(PIECES_TWO_GLYPHS_OFF.replace(line, instead))
    assert all(state == "unknown" for _, state in read["unavailable_not_held"])
