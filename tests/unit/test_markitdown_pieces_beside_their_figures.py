"""markitdown's pipe grid of Chromium's PDFs, one column a pipe cell, printing full-width figures: a figure too wide
for its narrow column wraps between any two full-width digits, and where the row is taller than its label's line
its lines may stand one on the row's line and one on the line beside it (`|  | １ | … | １ |` above
`| 一、… | ２ | … | ２ |` for 12). The row's figure there may be half a figure: with no row reading that line, none of
the row's cells is read (2 and 2 keep the row's sum as well as 12 and 12 do), unless the row keeps its sum as
printed and no joining of the pieces to its figures does (the pieces are then another row's)."""

from __future__ import annotations

from decimal import Decimal

from tests.unit.test_converted_markdown import LABELS_2021, cells, report
from tests.unit.test_markitdown_cut_table_4 import PRINTED_LINES
from tests.unit.test_markitdown_review_grid import reviews

LABEL = LABELS_2021["new_received"]
TWELVE = {key: [f"| {LABELS_2021[key]} | 12 | 0 | 0 | 0 | 0 | 0 | 12 |"] for key in ("granted", "results_total")}


def new_received(lines: list[str]) -> list[tuple[object, str]]:
    return cells(report({"new_received": lines, **TWELVE}), "applications", "new_received")


def test_pieces_above_the_applicant_and_total_figures_leave_the_row_unknown():
    read = new_received(["|  | １ |  |  |  |  |  | １ |", f"| {LABEL} | ２ | ０ | ０ | ０ | ０ | ０ | ２ |"])
    assert {state for _, state in read} == {"unknown"}  # never 2 … 2: the figures may be 12 … 12


def test_pieces_below_the_row_leave_it_unknown():
    read = new_received([f"| {LABEL} | １ | ０ | ０ | ０ | ０ | ０ | １ |", "|  | ２ |  |  |  |  |  | ２ |"])
    assert {state for _, state in read} == {"unknown"}


def test_a_piece_above_the_total_alone_leaves_the_row_unknown():
    read = new_received(["|  |  |  |  |  |  |  | １ |", f"| {LABEL} | ２ | １０ | ０ | ０ | ０ | ０ | ２ |"])
    assert {state for _, state in read} == {"unknown"}


def test_a_piece_above_an_applicant_figure_alone_leaves_the_row_unknown():
    read = new_received(["|  | １ |  |  |  |  |  |  |", f"| {LABEL} | ２ | ０ | ０ | ０ | ０ | ０ | １２ |"])
    assert {state for _, state in read} == {"unknown"}


def test_a_piece_on_a_plain_line_beside_the_row_leaves_it_unknown():
    # markitdown wrote the piece outside the table: its column is lost
    read = new_received(["１", f"| {LABEL} | ２ | ０ | ０ | ０ | ０ | ０ | １２ |"])
    assert {state for _, state in read} == {"unknown"}
    read = new_received([f"| {LABEL} | １ | ０ | ０ | ０ | ０ | ０ | １２ |", "２"])
    assert {state for _, state in read} == {"unknown"}


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
