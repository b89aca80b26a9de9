"""markitdown of a word processor's table through LibreOffice's PDF: a figure too wide for its narrow cell wraps, its
rest set below the row's pipe row as a plain line of digits alone (`| （七）总计 | １０ | … | １ |` / `０`). The line
sets no place, so whose rest it is is not known: a row whose cells as printed break its sum is not read (3.26 read
the total `１` for 10, or a cut of the row's words that breaks its sum, the report's misprint as it took it). Written
by hand with made-up figures."""

from __future__ import annotations

from tests.unit.test_converted_markdown import LABELS_2021, cells, report

TEN = {"new_received": [f"| {LABELS_2021['new_received']} | 10 | 0 | 0 | 0 | 0 | 0 | 10 |"],
       "granted": [f"| {LABELS_2021['granted']} | 10 | 0 | 0 | 0 | 0 | 0 | 10 |"]}


def total_row(figures: str, below: str) -> dict[str, list[str]]:
    return {**TEN, "results_total": [f"| {LABELS_2021['results_total']} | {figures} |", "| --- | --- |", below]}


def test_a_row_whose_figure_wrapped_onto_a_plain_line_below_is_not_read_where_its_sum_breaks():
    text = report(total_row("１０ | ０ | ０ | ０ | ０ | ０ | １", "０"))
    assert {state for _, state in cells(text, "applications", "results_total")} == {"unknown"}
    # its figures run together (two in one pipe cell): no cut of them is read either
    text = report(total_row("１０ ０ | ０ ０ | ０ ０ | １", "０"))
    assert {state for _, state in cells(text, "applications", "results_total")} == {"unknown"}


def test_a_row_whose_sum_holds_over_a_digits_line_below_is_still_read():
    # the line below is no rest of a figure of this row (its cells keep its sum): read as printed
    text = report(total_row("１０ | ０ | ０ | ０ | ０ | ０ | １０", "３"))
    assert cells(text, "applications", "results_total") == [(10, "value"), *[(0, "value")] * 5, (10, "value")]
