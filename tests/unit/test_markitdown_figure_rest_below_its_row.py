"""markitdown of a word processor's table through LibreOffice's PDF: a figure too wide for its narrow cell wraps, its
rest set below the row's pipe row as a plain line of digits alone (`| （七）总计 | １０ | … | １ |` / `０`). The line
sets no place, so whose rest it is is not known from it: where the row's cells as printed break its sum, the rest
completes the one figure that makes the total its parts' sum again (recovered), and where no figure or several do,
the row is not read (3.26 read the total `１` for 10, or a cut of the row's words that breaks its sum). Written by
hand with made-up figures."""

from __future__ import annotations

from tests.unit.test_converted_markdown import LABELS_2021, cells, report

TEN = {"new_received": [f"| {LABELS_2021['new_received']} | 10 | 0 | 0 | 0 | 0 | 0 | 10 |"],
       "granted": [f"| {LABELS_2021['granted']} | 10 | 0 | 0 | 0 | 0 | 0 | 10 |"]}


def total_row(figures: str, below: str) -> dict[str, list[str]]:
    return {**TEN, "results_total": [f"| {LABELS_2021['results_total']} | {figures} |", "| --- | --- |", below]}


def test_the_one_figure_its_rest_below_completes_to_keep_the_rows_sum_is_read_recovered():
    expected = [(10, "recovered"), *[(0, "recovered")] * 5, (10, "recovered")]
    text = report(total_row("１０ | ０ | ０ | ０ | ０ | ０ | １", "０"))
    assert cells(text, "applications", "results_total") == expected
    # the label in the row's second pipe cell, an empty one of no column before it (the row read by its words' cut)
    text = report({**TEN, "results_total": [f"|  | {LABELS_2021['results_total']} | １０ | ０ | ０ | ０ | ０ | ０ | １ |",
                                            "| --- | --- |", "０"]})
    assert cells(text, "applications", "results_total") == expected


def test_a_rest_that_completes_no_figure_to_keep_the_sum_leaves_the_row_unknown():
    text = report(total_row("１０ | ０ | ０ | ０ | ０ | ０ | １", "７"))
    assert {state for _, state in cells(text, "applications", "results_total")} == {"unknown"}


def test_a_row_whose_sum_holds_over_a_digits_line_below_is_still_read():
    # the line below is no rest of a figure of this row (its cells keep its sum): read as printed
    text = report(total_row("１０ | ０ | ０ | ０ | ０ | ０ | １０", "３"))
    assert cells(text, "applications", "results_total") == [(10, "value"), *[(0, "value")] * 5, (10, "value")]
