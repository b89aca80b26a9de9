"""markitdown of Chromium's PDF: a tall row (its label wrapped) whose short cells Chromium centres on a line of their
own and whose wide figures it wraps round that line, so the row prints over three pipe rows. Its own line keeps its
sum with the figures beside it (0 … 5, 2, 7) as the row's whole figures do (250 … 5, 2, 257): none of its cells is
read from its line alone."""

from __future__ import annotations

from tests.unit.test_converted_markdown import LABELS_2021, cells, report

NOT_HELD = LABELS_2021["unavailable_not_held"]


def not_held(lines: list[str]) -> list[tuple[object, str]]:
    return cells(report({"unavailable_not_held": lines}), "applications", "unavailable_not_held")


def test_a_row_whose_empty_cells_hold_figures_on_the_pipe_row_above_is_not_read_from_its_line():
    read = not_held(["| | ２５ | | | | | | ２５ |", "| | | ０ | ０ | ０ | ５ | ２ | |", f"| {NOT_HELD} | ０ | | | | | | ７ |"])
    assert {state for _, state in read} == {"unknown"}
    # …nor where the pieces stand below it (the total row's shape: `１,１` / its line / `９８`)
    read = not_held([f"| {NOT_HELD} | | ０ | ０ | ０ | １３ | ４ | |", "| | ９８ | | | | | | １５ |"])
    assert {state for _, state in read} == {"unknown"}


def test_a_sparse_row_whose_neighbour_lines_are_other_rows_is_read_as_printed():
    # the lines above and below are rows of their own, read by them: the row's empty cells are its blanks
    read = cells(report({"unavailable_not_held": [f"| {NOT_HELD} | ３ | | | | | | ３ |"]}),
                 "applications", "unavailable_not_held")
    assert read == [(3, "value"), *[(None, "blank")] * 5, (3, "value")]
