"""markitdown's pipe grid of Chromium's PDFs, one column a pipe cell, printing full-width figures: a figure too wide
for its narrow column wraps between any two full-width digits, and where the row is taller than its label's line
its lines may stand one on the row's line and one on the line beside it (`|  | １ | … | １ |` above
`| 一、… | ２ | … | ２ |` for 12). The row's figure there may be half a figure: with no row reading that line, the row
as printed and with the pieces joined (each where it keeps the row's sum) go to the column rules, and a cell is read
only where every reading they keep agrees (2 and 2 keep the row's sum as well as 12 and 12 do); the row is read as
printed where it keeps its sum and no joining of the pieces to its figures does (the pieces are then another row's)."""

from __future__ import annotations

from decimal import Decimal

import pytest

from tests.unit.test_converted_markdown import LABELS_2021, cells, report
from tests.unit.test_markitdown_cut_table_4 import PRINTED_LINES
from tests.unit.test_markitdown_review_grid import reviews

LABEL = LABELS_2021["new_received"]
TWELVE = {key: [f"| {LABELS_2021[key]} | 12 | 0 | 0 | 0 | 0 | 0 | 12 |"] for key in ("granted", "results_total")}


def new_received(lines: list[str]) -> list[tuple[object, str]]:
    return cells(report({"new_received": lines, **TWELVE}), "applications", "new_received")


TWELVE_NEW = [12, 0, 0, 0, 0, 0, 12]
SHAPES = {
    "pieces above the applicant's and the total's figures": (
        ["|  | １ |  |  |  |  |  | １ |", f"| {LABEL} | ２ | ０ | ０ | ０ | ０ | ０ | ２ |"], TWELVE_NEW),
    "pieces below the row": ([f"| {LABEL} | １ | ０ | ０ | ０ | ０ | ０ | １ |", "|  | ２ |  |  |  |  |  | ２ |"], TWELVE_NEW),
    "a piece above the total alone": (
        ["|  |  |  |  |  |  |  | １ |", f"| {LABEL} | ２ | １０ | ０ | ０ | ０ | ０ | ２ |"], [2, 10, 0, 0, 0, 0, 12]),
    "a piece above an applicant's figure alone": (
        ["|  | １ |  |  |  |  |  |  |", f"| {LABEL} | ２ | ０ | ０ | ０ | ０ | ０ | １２ |"], TWELVE_NEW),
    # markitdown wrote the piece outside the table: its column is lost
    "a piece on a plain line above": (["１", f"| {LABEL} | ２ | ０ | ０ | ０ | ０ | ０ | １２ |"], TWELVE_NEW),
    "a piece on a plain line below": ([f"| {LABEL} | １ | ０ | ０ | ０ | ０ | ０ | １２ |", "２"], TWELVE_NEW),
}


@pytest.mark.parametrize("shape", SHAPES)
def test_a_row_with_a_piece_beside_its_figures_is_read_only_as_the_rules_prove(shape):
    lines, truth = SHAPES[shape]
    # the row as printed and with the pieces joined go to the column rules: 12 new applications, where 12 were
    # handled and none carried, never 2 … 2 (which keeps the row's own sum as well as 12 … 12 does)
    # (or unknown, stack40: a piece beside a row's word that no reader joined puts the row's cells in doubt)
    assert all(cell == (Decimal(value), "recovered") or cell == (None, "unknown")
               for cell, value in zip(new_received(lines), truth, strict=True))


@pytest.mark.parametrize("shape", ["pieces above the applicant's and the total's figures", "pieces below the row",
                                   "a piece on a plain line above"])
def test_where_the_column_rules_cannot_tell_the_half_figure_from_the_whole_it_is_unknown(shape):
    lines, truth = SHAPES[shape]
    # no results_total printed: the row as printed (2 … 2) or joined otherwise (`１` before a `０`: 2, 10, …, 12) keeps
    # every rule the table can check as well as 12 … 12 does: the cells they differ in are unknown, none read half
    read = cells(report({"new_received": lines, "granted": TWELVE["granted"], "results_total": []}),
                 "applications", "new_received")
    assert read[0] == (None, "unknown")
    assert all(value == Decimal(expected) for (value, state), expected in zip(read, truth, strict=True)
               if state != "unknown")


def test_a_piece_no_joining_of_which_keeps_the_row_s_sum_is_another_row_s():
    # `５` under the row above's wrapped total, above a row of zeros: 50 anywhere breaks this row's sum, 0s keep it
    read = new_received(["５", f"| {LABEL} | ０ | ０ | ０ | ０ | ０ | ０ | ０ |"])
    assert [value for value, _ in read] == [Decimal(0)] * 7
    read = new_received(["|  | ５ |  |  |  |  |  |  |", f"| {LABEL} | ０ | ０ | ０ | ０ | ０ | ０ | ０ |"])
    assert [value for value, _ in read] == [Decimal(0)] * 7


def test_a_label_less_line_of_full_width_figures_a_row_reads_is_no_piece_of_the_next_row():
    text = report({"new_received": [f"| {LABEL} |  |  |  |  |  |  |  |", "|  | ５ | ０ | ０ | ０ | ０ | ０ | ５ |"],
                   "granted": [f"| {LABELS_2021['granted']} | ５ | ０ | ０ | ０ | ０ | ０ | ５ |"],
                   "results_total": [f"| {LABELS_2021['results_total']} | ５ | ０ | ０ | ０ | ０ | ０ | ５ |"]})
    for key in ("new_received", "granted"):
        assert [value for value, _ in cells(text, "applications", key)] == [Decimal(v) for v in (5, 0, 0, 0, 0, 0, 5)]


def test_pieces_on_both_sides_in_columns_the_row_leaves_empty_are_still_joined():
    read = new_received(["|  | １ |  |  |  |  |  | １ |", f"| {LABEL} |  | ０ | ０ | ０ | ０ | ０ |  |",
                         "|  | ２ |  |  |  |  |  | ２ |"])
    assert [value for value, _ in read] == [Decimal(v) for v in (12, 0, 0, 0, 0, 0, 12)]


def table_4(*lines: str) -> list[tuple[object, str]]:
    return reviews(report().replace("\n".join(PRINTED_LINES), "\n".join([*PRINTED_LINES[:2], *lines])))


ROW = "| " + " | ".join(["２", "０", "０", "０", "２", *["０"] * 10]) + " |"
PIECES = "| " + " | ".join(["１", "", "", "", "１", *[""] * 10]) + " |"


def test_table_4_s_pieces_above_its_row_leave_every_cell_unknown():
    # not the pieces read as the row (1 … 1) nor the row's halves (2 … 2): the figures may be 12 … 12
    assert {state for _, state in table_4(PIECES, ROW)} == {"unknown"}


def test_table_4_s_pieces_below_its_row_leave_every_cell_unknown():
    assert {state for _, state in table_4(ROW, PIECES)} == {"unknown"}


def test_table_4_s_piece_above_a_total_alone_leaves_every_cell_unknown():
    total_piece = "| " + " | ".join(["", "", "", "", "１", *[""] * 10]) + " |"
    row = "| " + " | ".join(["２", "１０", "０", "０", "２", *["０"] * 10]) + " |"
    assert {state for _, state in table_4(total_piece, row)} == {"unknown"}


def test_table_4_s_row_of_full_width_figures_alone_is_read():
    assert [value for value, _ in table_4(ROW)] == [Decimal(v) for v in (2, 0, 0, 0, 2, *[0] * 10)]
