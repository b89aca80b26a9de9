"""LibreOffice `pdftotext -layout` of table 3 (made-up figures, benchmarks/fuzz_lo_wrapped.py's pages): wide figures
wrapped round their rows' lines, the 总计 column cut at the paper's edge, one glyph of each of its lines kept
(41,711 as `４` above the row's line and `１` below it), rows set close (few blank lines between them).

A row whose total was read as cut from a stacked digit (`１` leads its parts' sum) shares in the pieces; where its
total's pieces (`４` + `１`) only lead its sum and two of its parts are stacked too (11,132 and 16,605), no sharing
reads it: its parts read so would have its total summed from them, and a report whose 总计 is misprinted (41,701
for 41,711) and cut prints the same glyphs, so the page cannot tell. Its cells stay unknown, as before."""

from __future__ import annotations

import random

from benchmarks.fuzz_lo_wrapped import page
from orchestration.parsing.parse import parse_text
from tests.unit.test_reader_classes import applications_of

ZEROS = [0] * 7
FIGURES = {key: list(ZEROS) for key in (
    "new_received", "carried_over", "granted", "partially_granted", "denied_state_secret", "denied_prohibited_by_law",
    "denied_security_stability", "denied_third_party_rights", "denied_internal_affairs", "denied_process_information",
    "denied_enforcement_files", "denied_administrative_query", "unavailable_not_held", "unavailable_needs_creation",
    "unavailable_unclear", "rejected_petition", "rejected_duplicate", "rejected_publication", "rejected_excessive",
    "rejected_confirmation", "other_no_correction", "other_no_fee_paid", "other_misc", "results_total",
    "carried_forward")} | {
    "new_received": [7792, 135, 11132, 16605, 5722, 325, 41711],
    "granted": [31, 0, 0, 31, 0, 0, 62],
    "partially_granted": [7697, 69, 0, 8856, 60, 0, 16682],
    "denied_security_stability": [0, 0, 0, 7718, 77, 65, 7860],
    "denied_third_party_rights": [64, 63, 0, 0, 0, 89, 216],
    "unavailable_needs_creation": [0, 0, 7022, 0, 5523, 95, 12640],
    "other_no_correction": [0, 3, 4110, 0, 62, 76, 4251],
    "results_total": [7792, 135, 11132, 16605, 5722, 325, 41711],
}


def _results_total(off_by: int) -> list[tuple[int | None, str]]:
    text = page(random.Random(0), FIGURES, 5, tight=True, page_break=None, off_by=off_by)
    cells = applications_of(parse_text(text, "layout.txt"))["results_total"]
    return [(None if c.value is None else int(c.value), c.state) for c in cells]


def test_a_misprinted_cut_total_whose_pieces_lead_its_sum_with_parts_stacked_stays_unknown():
    read = _results_total(-10)  # printed 41,701: `４` / `１` all the same
    assert [read[c][1] for c in (2, 3, 6)] == ["unknown"] * 3
    assert read[0] == (7792, "value")
