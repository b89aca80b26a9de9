"""markitdown of a PDF's table 3 whose blank cells print nothing while a row prints blank marks (`/`): a row whose
label wraps over two lines has its one-line cells centred between them, so a row printing nothing there shows as
its label's first line, a pipe row of empty cells (an empty cell's non-breaking space is a word to pdfplumber),
then its label's rest. That pipe row is the row's cells: blank. A label alone with no such line is unknown."""

from __future__ import annotations

from tests.unit.test_converted_markdown import LABELS_2021, cells, report

EMPTY = "|  |  |  |  |  |  |  |  |"


def with_prohibited_by_law(lines: list[str]) -> str:
    # new_received prints `/` in its blank cells: the table prints marks somewhere
    return report({"new_received": [f"| {LABELS_2021['new_received']} | 7 | / | / | / | / | / | 7 |"],
                   "results_total": [f"| {LABELS_2021['results_total']} | 7 | / | / | / | / | / | 7 |"],
                   "denied_prohibited_by_law": lines})


def test_a_label_wrapped_round_a_pipe_row_printing_nothing_is_blank():
    text = with_prohibited_by_law(["2.其他法律行政法规禁止", EMPTY, "公开"])
    assert cells(text, "applications", "denied_prohibited_by_law") == [(None, "blank")] * 7


def test_a_wrapped_label_with_no_line_of_cells_between_its_pieces_is_unknown():
    # its figures were not seen: the table prints marks, so nothing at all is no proof of blanks
    text = with_prohibited_by_law(["2.其他法律行政法规禁止", "公开"])
    assert {state for _, state in cells(text, "applications", "denied_prohibited_by_law")} == {"unknown"}


def test_an_empty_pipe_row_after_a_whole_label_is_no_proof():
    # the label is whole on its line: the empty row below may be the next row's line, not its cells
    text = with_prohibited_by_law(["2.其他法律行政法规禁止公开", EMPTY, "说明"])
    assert {state for _, state in cells(text, "applications", "denied_prohibited_by_law")} == {"unknown"}
