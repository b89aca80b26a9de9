"""markitdown sets a page's words in lines by their top rounded to 5pt: a row's figure a point above its wrapped
label's first line is a plain line of its own above that label, right below the row before, whose pipe row prints
nothing (`| 二、上年结转… |  |  |` / `16` / `三、本 （一）予以公开` / `年` / `度办理`). The line is either row's:
neither reads it; where the next label prints its own figures, the line is the row's above, as before."""

from __future__ import annotations

from tests.unit.test_converted_markdown import LABELS_2021, cells, report

EMPTY = "|  |  |  |  |  |  |  |"


def table(granted: list[str]) -> str:
    return report({"carried_over": [f"| {LABELS_2021['carried_over']} {EMPTY}", "5"], "granted": granted})


def test_a_figure_line_right_above_a_label_printing_no_figure_is_neither_rows():
    text = table(["三、本 （一）予以公开", "年", "度办理"])
    assert {state for _, state in cells(text, "applications", "carried_over")} == {"unknown"}
    assert {state for _, state in cells(text, "applications", "granted")} == {"unknown"}


def test_a_figure_line_above_a_label_printing_its_own_figures_is_the_row_above_its():
    text = table([f"| {LABELS_2021['granted']} | 5 | 0 | 0 | 0 | 0 | 0 | 5 |"])
    assert cells(text, "applications", "carried_over")[0] == (5, "value")
