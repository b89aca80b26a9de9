"""Table 3 reads each pipe row read as printed once (the shared-cell pass checks its sum, `clean` keeps that
reading): the reading is reused only while the row holds the very cells it was taken from, so a row whose cells a
later pass replaces is read from its new cells."""

from __future__ import annotations

from decimal import Decimal

from tests.unit.test_converted_markdown import LABELS_2021, cells, report


def test_pipe_rows_read_as_printed_keep_their_figures():
    text = report()
    assert cells(text, "applications", "new_received") == [(Decimal(v), "value") for v in (5, 0, 0, 0, 0, 0, 5)]
    assert cells(text, "applications", "carried_over") == [(Decimal(0), "value")] * 7


def test_a_pipe_row_breaking_its_sum_as_printed_is_read_as_printed():
    text = report({"granted": [f"| {LABELS_2021['granted']} | 5 | 0 | 0 | 0 | 0 | 0 | 6 |"]})
    assert [value for value, _ in cells(text, "applications", "granted")] == [Decimal(v) for v in (5, 0, 0, 0, 0, 0, 6)]


def test_a_pipe_row_whose_cells_a_later_pass_replaces_is_not_read_from_its_first_reading():
    # read as printed (its sum holds: 2 = 2), then a full-width piece above its figures makes them perhaps halves of
    # figures (`１` / `２`: 12?): none of its cells is proven, whatever its first reading said
    lines = ["|  | １ |  |  |  |  |  | １ |", f"| {LABELS_2021['new_received']} | ２ | ０ | ０ | ０ | ０ | ０ | ２ |"]
    assert {state for _, state in cells(report({"new_received": lines}), "applications", "new_received")} == {"unknown"}
