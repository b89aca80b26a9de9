"""markitdown of LibreOffice's PDF of a report's HTML: table 3's group heading (`（四）无法提供`) is a merged cell
beside its rows' labels, and pdfminer sets its pieces on the lines of the labels beside it, a space apart
(`（四）无 1.本机关不掌握相关政府` / `法提供 信息`). A row's label wrapped round its figures' pipe row then has the
heading's pieces before its own on the lines above and below. Where the last words join into a piece of the row's
label and the words before them into a piece of its own group's heading, the pipe row between is that row's; the
rows round it, printing nothing on their own lines, are blank. Anything else proves no row."""

from __future__ import annotations

from tests.unit.test_converted_markdown import LABELS_2021, cells, report

GRID = "| --- | --- | --- | --- | --- | --- | --- | --- |"
NOT_HELD = ["（四）无 1.本机关不掌握相关政府", "|  | 2 |  |  |  |  |  | 2 |", GRID, "法提供 信息", ""]
NEEDS_CREATION = ["2.没有现成信息需要另行制", "|  |  | 1 |  |  |  |  | 1 |", "作"]


def sparse_table(held: list[str], creation: list[str] = NEEDS_CREATION) -> str:
    # a sparse table whose blank cells print nothing: every row prints its own line but the two wrapped rows
    rows = {key: [f"| {label} |  |  |  |  |  |  |  |"] for key, label in LABELS_2021.items()}
    for key in ("new_received", "results_total"):
        rows[key] = [f"| {LABELS_2021[key]} | 2 | 1 |  |  |  |  | 3 |"]
    return report({**rows, "unavailable_not_held": held, "unavailable_needs_creation": creation})


def states(text: str, key: str) -> set[str]:
    return {state for _, state in cells(text, "applications", key)}


def test_a_label_wrapped_round_its_figures_beside_its_group_heading_s_pieces_owns_them():
    text = sparse_table(NOT_HELD)
    assert [v for v, _ in cells(text, "applications", "unavailable_not_held")] == [2, None, None, None, None, None, 2]
    assert [v for v, _ in cells(text, "applications", "unavailable_needs_creation")] == \
        [None, 1, None, None, None, None, 1]
    # the rows round them print nothing on their own lines: blank, not unknown
    for key in ("denied_administrative_query", "unavailable_unclear", "rejected_petition"):
        assert cells(text, "applications", key) == [(None, "blank")] * 7, key


def test_the_pieces_of_another_group_s_heading_prove_no_row():
    # `（五）不` / `予处理` heads the rows after: the figures between may be any row's
    held = ["（五）不 1.本机关不掌握相关政府", "|  | 2 |  |  |  |  |  | 2 |", GRID, "予处理 信息", ""]
    text = sparse_table(held)
    assert states(text, "unavailable_not_held") == {"unknown"}
    assert states(text, "unavailable_needs_creation") == {"unknown"}


def test_words_beside_the_label_that_are_no_heading_s_prove_no_row():
    held = ["（四）无 1.本机关不掌握相关政府", "|  | 2 |  |  |  |  |  | 2 |", GRID, "说明 信息", ""]
    assert states(sparse_table(held), "unavailable_not_held") == {"unknown"}


def test_last_words_spelling_no_piece_of_the_row_s_label_prove_no_row():
    # the heading's pieces join, but the label's do not (`相关政府` + `作`): nothing says whose the figures are
    held = ["（四）无 1.本机关不掌握相关政府", "|  | 2 |  |  |  |  |  | 2 |", GRID, "法提供 作", ""]
    assert states(sparse_table(held), "unavailable_not_held") == {"unknown"}
