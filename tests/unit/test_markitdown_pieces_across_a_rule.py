"""markitdown writes each band of a PDF's table as a markdown table of its own: a row's first pipe row stands above
its table's `| --- |` rule and the rest of a figure its narrow cell wrapped stands in the same pipe cell of the pipe
row under the rule. The pieces there are the row's figures' digits, never a figure read whole."""

from __future__ import annotations

from tests.unit.test_converted_markdown import FIGURES, LABELS_2021, cells, report

RULE = "| --- | --- | --- | --- | --- | --- | --- | --- |"


def test_a_total_row_whose_figures_go_on_under_the_rule_is_never_read_as_its_first_pieces(monkeypatch):
    monkeypatch.setitem(FIGURES, "new_received", "12")
    monkeypatch.setitem(FIGURES, "granted", "12")
    text = report({"results_total": [f"| {LABELS_2021['results_total']} | １ | ０ | ０ | ０ | ０ | ０ | １ |", RULE,
                                     "|  | ２ |  |  |  |  |  | ２ |"]})
    read = cells(text, "applications", "results_total")
    assert read[0] != (1, "value") and read[6] != (1, "value")
    # the joined reading is the one APP_OUTCOME_SUM and APP_BALANCE keep: 12 and 12, recovered
    assert read[0] == (12, "recovered") and read[6] == (12, "recovered")


def test_figures_cut_at_their_separator_in_two_columns_leave_both_rests_unknown():
    text = report({"new_received": [f"| {LABELS_2021['new_received'][:8]} | １,０ | — | — | — | — | — | １,０ |", RULE,
                                    f"| {LABELS_2021['new_received'][8:]} | ８０ |  |  |  |  |  | ８０ |"]})
    read = cells(text, "applications", "new_received")
    assert (80, "value") not in read
    assert read[0][1] == "unknown" and read[6][1] == "unknown"


def test_a_row_above_a_rule_whose_next_row_is_a_row_of_its_own_is_read_as_printed():
    text = report({"granted": [f"| {LABELS_2021['granted']} | ５ | ０ | ０ | ０ | ０ | ０ | ５ |", RULE]})
    assert cells(text, "applications", "granted") == [(5, "value"), *[(0, "value")] * 5, (5, "value")]


def test_pieces_under_the_rule_below_a_row_of_zeros_are_no_piece_of_it():
    # digits written after a 0 make no figure (`０２`): the pieces are another row's, the zeros read as printed
    other = LABELS_2021["other_misc"]
    text = report({"other_misc": [f"| {other} | ０ | ０ | ０ ０ | ０ | ０ ０ |", "| --- | --- | --- | --- | --- | --- |",
                                  "|  | ２ |  |  |  | ２ |"]})
    assert cells(text, "applications", "other_misc") == [(0, "value")] * 7


def test_pieces_under_the_rule_that_stand_round_the_next_row_are_that_rows_not_the_row_above(monkeypatch):
    # `１` / `（一）予以公开 … |  |` / `０`: granted's total 10 wrapped round its line; carried_over above the rule keeps
    # its own figures as printed
    monkeypatch.setitem(FIGURES, "new_received", "10")
    monkeypatch.setitem(FIGURES, "granted", "10")
    monkeypatch.setitem(FIGURES, "results_total", "10")
    granted = LABELS_2021["granted"]
    text = report({"carried_over": [f"| {LABELS_2021['carried_over']} | １ | ０ | ０ | ０ | ０ | ０ １ |", "| --- " * 6 + "|",
                                    "|  |  |  |  |  |  | １ |"],
                   "granted": [f"| {granted} | １０ | ０ | ０ | ０ | ０ |  |", "|  |  |  |  |  |  | ０ |"],
                   "carried_forward": [f"| {LABELS_2021['carried_forward']} | 1 | 0 | 0 | 0 | 0 | 0 | 1 |"]})
    assert cells(text, "applications", "carried_over") == [(1, "value"), *[(0, "value")] * 5, (1, "value")]
