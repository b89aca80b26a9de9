"""A row of table 3 printing blank marks alone, fewer than the columns its header shows (LibreOffice's PDF of a
page wider than the paper, through `pdftotext -layout`: `1.属于国家秘密  /  /  /  /  /` under six shown columns, a
cell left empty printing nothing): each mark is a blank cell whatever column it stands in, and a shown column
printing nothing is blank too, so every shown cell is blank without placing a mark — on the header's page (where
a mark stands under no one column) and on a later page (no header to place them by). Not where a figure stands on
a line beside the row (a cell of it wrapped or centred apart), nor where the row prints a figure among its marks.

Made-up text in the shape of those renditions (test_layout_cut_total.py's writer). Each test that reads cells
fails on parser 3.28.0, which left such rows unknown."""

from __future__ import annotations

from orchestration.parsing.parse import parse_text
from tests.unit.test_blank_cut_totals import FIGURES, STARTS
from tests.unit.test_layout_cut_total import WHOLLY_CUT_HEADER, lo_layout_text
from tests.unit.test_reader_classes import applications_of

STATE_SECRET = "1.属于国家秘密                    /     /      /     /   /\n"  # five marks for six columns


def _text(texts: dict[str, list[str]]) -> str:
    return lo_layout_text(FIGURES, WHOLLY_CUT_HEADER, total=False, blank="/", texts=texts, starts=STARTS)


def _read(text: str) -> dict[str, list]:
    return applications_of(parse_text(text, "lo-html_pdftotext.txt"))


def test_a_row_of_fewer_marks_than_columns_on_the_headers_page_is_blank():
    text = _text({"denied_state_secret": ["/"] * 5})
    assert STATE_SECRET in text
    read = _read(text)
    assert [(c.value, c.state) for c in read["denied_state_secret"][:6]] == [(None, "blank")] * 6
    # its total, cut at the page's edge, read as the page prints its other sums over blank parts (blank)
    assert (read["denied_state_secret"][6].value, read["denied_state_secret"][6].state) == (None, "recovered")
    # the rows of figures as before
    assert [c.value for c in read["new_received"][:6]] == [13, None, None, 1, None, None]


def test_a_row_of_fewer_marks_than_columns_on_a_later_page_is_blank():
    text = _text({"other_misc": ["/"] * 4}).replace("（六）其他处理", "\f（六）其他处理")
    read = _read(text)
    assert [(c.value, c.state) for c in read["other_misc"][:6]] == [(None, "blank")] * 6
    assert [(c.value, c.state) for c in read["other_no_correction"][:6]] == [(None, "blank")] * 6


def test_a_figure_on_the_line_beside_a_row_of_marks_keeps_it_unknown():
    # a line above the row holding a figure (a cell of the row centred or wrapped apart from its label's line):
    # the row's cells are not all its marks, and no column of that figure is proven
    for column in (28, 34, 56):
        stray = " " * column + "2\n"
        text = _text({"denied_state_secret": ["/"] * 5}).replace("（三）不予公开\n" + STATE_SECRET,
                                                                  "（三）不予公开\n" + stray + STATE_SECRET)
        assert stray + STATE_SECRET in text
        read = _read(text)
        assert all(c.state == "unknown" and c.value is None for c in read["denied_state_secret"]), column


def test_a_figure_among_fewer_marks_than_columns_keeps_the_row_unknown():
    # `/ / 3 /`: which column holds the 3 is not proven, so neither is any cell of the row
    read = _read(_text({"rejected_duplicate": ["/", "/", "3", "/"]}).replace("（五）不予处理", "\f（五）不予处理"))
    assert all(c.state == "unknown" and c.value is None for c in read["rejected_duplicate"])
