"""markitdown's markdown of LibreOffice's PDF of a table 3 whose 总计 is cut at the page's edge and whose blank cells
print nothing (sparse_cut_totals.py): a row's figures are all its parts. Where some figures stand on lines of their
own (a wrapped label round its figure), a row printing nothing is not known blank by itself; it is where every figure
stands on a found row's line and the sums over the columns together (APP_OUTCOME_SUM, APP_BALANCE) leave it nothing.
A row whose parts read are every figure it prints has its other parts blank and its total their sum."""

from __future__ import annotations

from decimal import Decimal

from tests.unit.test_converted_markdown import cells
from tests.unit.test_markitdown_sparse_cut_total_parts import CELLS, table_3
from tests.unit.test_markitdown_sparse_rows_grid import LABELS
from tests.unit.test_markitdown_sparse_rows_grid import row as sparse_row

BLANK_ROW = [(None, "blank")] * 7
UNCLEAR_WRAPPED = "3.补正\n1\n后申请内容仍不明确"  # its label wrapped round its figure: a line of its own


def with_figures_apart(figures: dict[str, dict[int, int]], labels_alone: tuple[str, ...]) -> str:
    """The table with unavailable_unclear's 1 on a line of its own inside its wrapped label, and the rows
    `labels_alone` printed as their label on a plain line (no pipe cells: nothing shows them empty)."""
    text = table_3(figures).replace(sparse_row("unavailable_unclear", {}, CELLS), UNCLEAR_WRAPPED)
    for key in labels_alone:
        text = text.replace(sparse_row(key, {}, CELLS), LABELS[key])
    return text


def test_rows_printing_nothing_are_blank_where_the_sums_leave_them_nothing():
    # 10 granted and unclear's 1 are results_total's 11: no outcome row owes anything else; 10 + 1 received,
    # 11 handled, nothing carried forward: nothing carried over
    figures = {"new_received": {4: 10, 8: 1}, "results_total": {4: 10, 8: 1}, "granted": {4: 10}}
    text = with_figures_apart(figures, ("carried_over", "denied_state_secret"))
    assert cells(text, "applications", "denied_state_secret") == BLANK_ROW
    assert cells(text, "applications", "carried_over") == BLANK_ROW
    assert cells(text, "applications", "unavailable_unclear")[-1] == (Decimal(1), "recovered")


def test_an_outcome_row_printing_nothing_stays_unknown_where_results_total_owes_more():
    # results_total prints 12, the outcome rows found print 11: the 1 left may be denied_state_secret's (its figure
    # lost, or set apart); the balance still leaves carried_over nothing
    figures = {"new_received": {4: 10, 8: 2}, "results_total": {4: 10, 8: 2}, "granted": {4: 10}}
    text = with_figures_apart(figures, ("carried_over", "denied_state_secret"))
    assert all(state == "unknown" for _, state in cells(text, "applications", "denied_state_secret"))
    assert cells(text, "applications", "carried_over") == BLANK_ROW


def test_rows_printing_nothing_stay_unknown_beside_a_figure_no_row_reads():
    # a pipe row of one figure and no label that no row reads: some row's (denied_state_secret's, whose label stands
    # right above it?), so no row's sum is proven, though the sums as read would leave both rows nothing
    figures = {"new_received": {4: 10, 8: 1}, "results_total": {4: 10, 8: 1}, "granted": {4: 10}}
    text = with_figures_apart(figures, ("carried_over", "denied_state_secret")).replace(
        LABELS["denied_state_secret"], LABELS["denied_state_secret"] + "\n|  |  |  |  |  |  |  | 1 |  |  |", 1)
    for key in ("denied_state_secret", "carried_over"):
        assert all(state == "unknown" for _, state in cells(text, "applications", key))


def narrow_row_table(figures: dict[str, dict[int, int]]) -> str:
    """unavailable_needs_creation's 3 in a pipe table of its own, four cells after the label (`4 of 7 cells`)."""
    return table_3(figures).replace(sparse_row("unavailable_needs_creation", {}, CELLS),
                                    "| 2.没有现成信息需要另行制作 | 3 |  |  |  |")


def test_a_row_whose_parts_read_are_all_it_prints_has_its_other_parts_blank():
    figures = {"new_received": {4: 10, 8: 4}, "results_total": {4: 10, 8: 4}, "granted": {4: 7, 8: 4}}
    assert cells(narrow_row_table(figures), "applications", "unavailable_needs_creation") == [
        (Decimal(3), "value"), *[(None, "blank")] * 5, (Decimal(3), "recovered")]


def test_a_row_read_in_part_is_not_completed_in_a_table_printing_a_zero():
    # carried_over prints 0: the table writes its zeros, so an empty cell may be a figure lost
    figures = {"new_received": {4: 10, 8: 4}, "results_total": {4: 10, 8: 4}, "granted": {4: 7, 8: 4},
               "carried_over": {5: 0}}
    read = cells(narrow_row_table(figures), "applications", "unavailable_needs_creation")
    assert [state for _, state in read[4:]] == ["unknown"] * 3


def with_a_line_before_carried_forward(line: str) -> str:
    """3 received (10 and 1, and 2 more), 11 handled: the 2 carried forward on a line of figures alone (`line`)
    right above 四、结转下年度继续办理, which prints nothing, on a plain line; 1.属于国家秘密 a label alone too."""
    figures = {"new_received": {4: 10, 8: 3}, "results_total": {4: 10, 8: 1}, "granted": {4: 10}}
    text = with_figures_apart(figures, ("carried_over", "denied_state_secret"))
    return text.replace(sparse_row("carried_forward", {}, CELLS), f"{line}\n{LABELS['carried_forward']}")


def test_rows_printing_nothing_are_blank_beside_a_line_the_balance_gives_the_row_carried_forward():
    # `2`, read by no row, is carried_forward's by APP_BALANCE (13 received, 11 handled): given to any other row it
    # raises a sum that holds as printed; so the outcome rows printing nothing owe nothing, and are blank
    text = with_a_line_before_carried_forward("2")
    assert cells(text, "applications", "denied_state_secret") == BLANK_ROW
    assert cells(text, "applications", "carried_over") == BLANK_ROW  # the balance, the 2 carried forward, leaves it 0
    # its columns unknown, and its total not read (a report may leave a total blank)
    assert {state for _, state in cells(text, "applications", "carried_forward")} == {"unknown"}


def test_rows_printing_nothing_stay_unknown_beside_a_line_the_balance_does_not_give_a_row():
    # `3`: carried_forward owes 2, so the 3 is no row's as the sums stand; nothing is proven of a row printing nothing
    text = with_a_line_before_carried_forward("3")
    for key in ("denied_state_secret", "carried_forward"):
        assert {state for _, state in cells(text, "applications", key)} == {"unknown"}
