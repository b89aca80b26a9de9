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


# the sums over the columns decide the line's row: APP_BALANCE and APP_OUTCOME_SUM hold in one reading only

def test_a_figure_line_above_a_bare_label_is_its_where_only_that_reading_keeps_the_sums():
    # new_received and results_total print 5 each (with their totals): the line is an outcome row's, not carried_over's
    text = report({"carried_over": [f"| {LABELS_2021['carried_over']} {EMPTY}", "5 0 0 0 0 0 5"],
                   "granted": ["三、本 （一）予以公开", "年", "度办理"]})
    assert [value for value, _ in cells(text, "applications", "granted")] == [5, 0, 0, 0, 0, 0, 5]
    assert {state for _, state in cells(text, "applications", "granted")} <= {"value", "recovered"}
    assert [value for value, _ in cells(text, "applications", "carried_over")] in ([None] * 7, [0] * 7)


def test_a_figure_line_above_a_bare_label_is_the_row_aboves_where_only_that_reading_keeps_the_sums():
    # nothing new this year: the 5 answered (partially_granted) were carried over, so the line is carried_over's
    text = report({"new_received": [f"| {LABELS_2021['new_received']} | 0 | 0 | 0 | 0 | 0 | 0 | 0 |"],
                   "carried_over": [f"| {LABELS_2021['carried_over']} {EMPTY}", "5 0 0 0 0 0 5"],
                   "granted": ["三、本 （一）予以公开", "年", "度办理"],
                   "partially_granted": [f"| {LABELS_2021['partially_granted']} | 5 | 0 | 0 | 0 | 0 | 0 | 5 |"]})
    assert [value for value, _ in cells(text, "applications", "carried_over")] == [5, 0, 0, 0, 0, 0, 5]
    assert {state for _, state in cells(text, "applications", "granted")} == {"unknown"}


def test_a_figure_line_between_the_two_intake_rows_stays_neither_rows():
    # moving the line between new_received and carried_over changes no sum: both readings hold, neither reads it
    text = report({"new_received": [f"| {LABELS_2021['new_received']} {EMPTY}", "5 0 0 0 0 0 5"],
                   "carried_over": ["二、上年结转政府信息公开申请数量"]})
    assert {state for _, state in cells(text, "applications", "new_received")} == {"unknown"}
    assert {state for _, state in cells(text, "applications", "carried_over")} == {"unknown"}
