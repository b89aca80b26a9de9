"""`pdftotext -layout` of Chromium's table 3 with narrow count columns (issue 14, round 31): a row prints its
one-digit figures on its label's line and its two-digit total stacked a digit a line round it (`１` above
`予以公开 ８ ２ １`, `１` below: 11). The row is found with its wrapped lines' cells joined, a new row holding the
very cells of its label's line; in 3.29 that line still counted as figures no row takes, so every row printing no
figure anywhere in the table was unknown. Written by hand with made-up figures."""

from __future__ import annotations

from tests.unit.test_layout_stacked_narrow_header import NATURAL, OTHER, SOCIAL, TOTAL, read, stacked_table

# key → (its line's figures, stacked above it, stacked below): 11 + 2 = 13 + 0 (granted 11, results_total 13; the
# wrapped 部分公开 row's 4 left out of the sums, which no assertion here asks)
TABLE = {
    "new_received": ({NATURAL: "８", SOCIAL: "２", OTHER: "１"}, {TOTAL: "１"}, {TOTAL: "１"}),
    "carried_over": ({NATURAL: "２", TOTAL: "２"}, {}, {}),
    "granted": ({NATURAL: "８", SOCIAL: "２", OTHER: "１"}, {TOTAL: "１"}, {TOTAL: "１"}),
    "rejected_duplicate": ({NATURAL: "２", TOTAL: "２"}, {}, {}),
    "results_total": ({SOCIAL: "２", OTHER: "１"}, {NATURAL: "１", TOTAL: "１"}, {NATURAL: "０", TOTAL: "３"}),
}


def table() -> str:
    return stacked_table(TABLE)


FIGURE_LESS = ("denied_state_secret", "denied_internal_affairs", "unavailable_unclear", "rejected_petition",
               "rejected_confirmation", "other_no_correction")


def test_rows_printing_no_figure_beside_a_row_whose_stacked_total_joined_its_line_are_blank():
    cells = read(table())
    for key in FIGURE_LESS:
        assert cells[key] == [(None, "blank")] * 7, (key, cells[key])


def test_rows_printing_no_figure_beside_a_joined_line_of_stacked_pieces_stay_unknown():
    # `３.其他` / `１ １` / `（七）总计 ２ １` / `０ ３` / `四、结转…`: only the total's own line is taken; the lines of
    # pieces joined to it may be the neighbours' figures, centred round their lines
    cells = read(table())
    for key in ("other_misc", "carried_forward"):
        assert all(state == "unknown" for _, state in cells[key]), (key, cells[key])
    assert cells["rejected_duplicate"] == [(2, "recovered"), *[(None, "blank")] * 5, (2, "recovered")]
