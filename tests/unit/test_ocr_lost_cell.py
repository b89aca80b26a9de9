"""A row that prints one figure fewer than table 3's columns, in a table that prints every cell (its
zeros too): one figure was lost (an OCR missed it, or its column was cut at the page's edge). The
figures are placed where the row's sum and the column rules leave them one place; the lost figure is
never written, and a figure whose place the rules cannot tell stays unknown."""

from __future__ import annotations

from orchestration.parsing.parse import parse_text
from tests.unit.test_reader_classes import FIGURES, applications_of, pdftotext_layout


def row_printed(key: str, figures: str, blanks: bool = False) -> list:
    shown = {k: [v if v or not blanks else None for v in values] for k, values in FIGURES.items()}
    text = pdftotext_layout(shown)
    label = {"results_total": "（七）总计", "denied_state_secret": "1.属于国家秘密"}[key]
    printed = next(line for line in text.splitlines() if label in line)
    at = printed.index(label) + len(label)
    return applications_of(parse_text(text.replace(printed, printed[:at] + "      " + figures), "t.txt"))[key]


def test_a_total_lost_at_the_rows_end_leaves_its_parts_placed():
    # 11 3 0 0 0 0: a total of 0 cannot sum 11 and 3, so the lost figure is the total
    cells = row_printed("results_total", "11      3      0      0      0      0")
    assert [c.value for c in cells[:6]] == [11, 3, 0, 0, 0, 0]
    assert {c.state for c in cells[:6]} == {"recovered"}
    assert cells[6].state == "unknown" and cells[6].value is None


def test_six_zeros_for_seven_columns_stay_unknown_whatever_place_the_lost_figure_had():
    # the lost figure could be any of the seven (each then 0 by the sums): it is never written
    cells = row_printed("denied_state_secret", "0      0      0      0      0      0")
    assert {c.state for c in cells} == {"unknown"}


def test_in_a_table_that_leaves_blank_cells_empty_a_short_row_is_not_placed():
    cells = row_printed("results_total", "11      3", blanks=True)
    assert "recovered" not in {c.state for c in cells}
