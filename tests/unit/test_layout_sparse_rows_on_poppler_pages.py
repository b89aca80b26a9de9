"""`pdftotext -layout` of Chromium's table 3 on poppler's pages (form feeds), its columns evenly spaced: a row
printing fewer words than columns (a blank cell prints nothing) is placed where the page's full rows stand when
its words stand there; the same words shifted a column left would stand where the full rows set the column
before, which poppler never does (a word starting right of another's end stands at least a glyph past it), so
that shift proves nothing against them. A word standing between two columns stays unknown.

Made-up figures; never a wrong number, never a lucky blank."""

from __future__ import annotations

from orchestration.parsing.parse import parse_text
from tests.unit.test_layout_unproven_columns import PACKED_HEADER, layout_text
from tests.unit.test_reader_classes import ROWS, applications_of

EVEN = (40, 44, 48, 52, 56, 60, 64)  # Chromium's narrow columns, four glyphs apart: any run of them fits another


def _poppler_page(short: list[tuple[int, int]]) -> str:
    """Every row printing its seven cells at EVEN (zeros, a few figures), but 2.其他法律行政法规禁止公开, which
    prints `short` ((glyph, value) each), on one page of pdftotext's (a form feed ends it)."""
    figures = {key: [(at, 0) for at in EVEN] for key, _, _ in ROWS}
    for key in ("new_received", "granted", "results_total"):
        figures[key] = [(at, value) for at, value in zip(EVEN, [3, 0, 1, 0, 0, 0, 4], strict=True)]
    figures["denied_prohibited_by_law"] = short
    return layout_text(PACKED_HEADER, figures) + "\f"


def test_a_short_row_under_the_full_rows_first_columns_is_read_on_poppler_pages():
    # six zeros under the first six columns: shifted a column left they would stand where the full rows set the
    # column before theirs, as poppler never sets them: the total printed nothing, blank
    read = applications_of(parse_text(_poppler_page([(at, 0) for at in EVEN[:6]]), "even.txt"))
    row = read["denied_prohibited_by_law"]
    assert [c.value for c in row] == [0, 0, 0, 0, 0, 0, None], row
    assert [c.state for c in row] == ["recovered"] * 6 + ["blank"], row


def test_a_short_row_with_a_word_between_two_columns_stays_unknown():
    # the third zero two glyphs right of its column, halfway to the next: no column is proven for it
    short = [(40, 0), (44, 0), (50, 0), (56, 0), (60, 0), (64, 0)]
    read = applications_of(parse_text(_poppler_page(short), "between.txt"))
    assert all(c.state == "unknown" for c in read["denied_prohibited_by_law"]), read["denied_prohibited_by_law"]


def test_the_same_row_without_poppler_pages_stays_unknown():
    # no form feed: a text whose rows may pack their figures along the line (another tool's layout), where
    # the shifted placing is not ruled out
    text = _poppler_page([(at, 0) for at in EVEN[:6]]).replace("\f", "")
    read = applications_of(parse_text(text, "even.txt"))
    assert all(c.state == "unknown" for c in read["denied_prohibited_by_law"]), read["denied_prohibited_by_law"]


def test_a_short_row_whose_sum_fails_under_the_first_columns_stays_unknown():
    # `1 0 0 0 0 1` under the first six columns: its sum fails with the total blank there, and holds one column
    # along (a text packing its figures after a blank it skipped): which, the text does not prove
    short = [(at, value) for at, value in zip(EVEN[:6], [1, 0, 0, 0, 0, 1], strict=True)]
    read = applications_of(parse_text(_poppler_page(short), "packed.txt"))
    assert all(c.state == "unknown" for c in read["denied_prohibited_by_law"]), read["denied_prohibited_by_law"]
