"""`pdftotext -raw` of table 2 (issue 14), made-up figures: a row printing fewer figures than its three columns
(上一年项目数量 / 本年增/减 / 处理决定数量), set apart by single spaces, a blank cell leaving no trace. Where one
figure prints its sign (`行政强制 36 +2`), it is the change's: no other column holds a signed figure. The figures
before it are the columns before the change and those after it the columns after, where they are as many as
those columns or none (a side printing none is blank). Where a side is short of its columns, or no figure or
two print a sign, which column is blank is not known: unknown, never a lucky blank."""

from __future__ import annotations

from orchestration.parsing.parse import parse_text
from tests.unit.test_layout_raw_classes import TABLE_2_2019
from tests.unit.test_reader_classes import disclosures_of

METRICS = ("previous_year_count", "change", "decisions")


def _coercion(printed: str) -> list[tuple[int | None, str]]:
    text = TABLE_2_2019.format(procurement="3 12.5 万元").replace("行政强制 8 3 315", f"行政强制 {printed}")
    cells = disclosures_of(parse_text(text, "raw.txt"))
    return [(None if (c := cells[("administrative_coercion", m)]).value is None else int(c.value), c.state)
            for m in METRICS]


def test_a_signed_figure_is_the_change_and_the_side_printing_nothing_is_blank():
    assert _coercion("36 +2") == [(36, "value"), (2, "value"), (None, "blank")]
    assert _coercion("-6 41") == [(None, "blank"), (-6, "value"), (41, "value")]
    assert _coercion("+1") == [(None, "blank"), (1, "value"), (None, "blank")]


def test_figures_with_no_sign_or_two_signs_stay_unknown():
    for printed in ("36 2", "36 41", "+2 -1"):
        assert {state for _, state in _coercion(printed)} == {"unknown"}, printed
