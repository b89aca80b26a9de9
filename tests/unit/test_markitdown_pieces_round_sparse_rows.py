"""markitdown's markdown of Chromium's PDF, table 3 whose blank cells print nothing and whose narrow columns wrap a
full-width figure a digit a line: Chromium centres the cell's lines on the row's, so a figure of two digits stands a
piece above the row's line and a piece below it, and pdfminer writes each piece alone as a plain line (its column
lost), or, where the label wraps too, in the pipe rows of the label's lines. The row is placed by its page's grid with
the figure put back in each place among its words; its sums and the column rules choose, and a cell is read only
where they prove it."""

from __future__ import annotations

from decimal import Decimal

from tests.unit.test_converted_markdown import cells
from tests.unit.test_markitdown_sparse_rows_grid import CELLS, LABELS, READ_WHOLE, row, table_3

WIDE = str.maketrans("0123456789", "０１２３４５６７８９")

BASE = {**READ_WHOLE, "carried_over": {8: 1, 10: 1}}  # the base table: every row placed by the column rules


def wide_row(key: str, figures: dict[int, int], label: str | None = None) -> str:
    """The row's pipe line, its figures in full-width digits."""
    line = [LABELS[key] if label is None else label, *[""] * (CELLS - 1)]
    for at, figure in figures.items():
        line[at] = str(figure).translate(WIDE)
    return "| " + " | ".join(line) + " |"


def with_lines(key: str, lines: list[str]) -> str:
    """The base table, row `key`'s pipe line replaced by `lines`."""
    return table_3(BASE).replace(row(key, BASE[key]), "\n".join(lines))


def test_a_total_wrapped_round_a_sparse_row_on_plain_lines_reads_as_the_row_printed_whole():
    # `１` / `| 予以公开 | … | １０ | … | ３ | ５ |  |` / `８`: the total 18 wrapped round the row's line
    whole = cells(table_3(BASE), "applications", "granted")
    lines = ["１", wide_row("granted", {4: 10, 8: 3, 9: 5}), "８"]
    read = cells(with_lines("granted", lines), "applications", "granted")
    assert read[-1] == (Decimal(18), "recovered")
    assert [value for value, _ in read] == [value for value, _ in whole]


def test_pieces_round_a_sparse_row_that_break_its_sum_every_way_leave_it_unknown():
    # joined (`１９`) or round one of its figures, no place keeps 10 + 3 + 5 as its total: not read
    lines = ["１", wide_row("granted", {4: 10, 8: 3, 9: 5}), "９"]
    read = cells(with_lines("granted", lines), "applications", "granted")
    assert all(state == "unknown" for _, state in read)


def test_a_piece_between_two_rows_both_completed_by_it_is_neither_rows():
    # `１` / 予以公开 10 3 5 / `８` / 部分公开 50 31 / `１`: 18 keeps the first row's sum, 81 the second's
    text = table_3({**BASE, "partially_granted": {}}).replace(
        row("granted", BASE["granted"]), "\n".join(["１", wide_row("granted", {4: 10, 8: 3, 9: 5}), "８"]))
    text = text.replace(row("partially_granted", {}), "\n".join([wide_row("partially_granted", {4: 50, 8: 31}), "１"]))
    for key in ("granted", "partially_granted"):
        assert all(state == "unknown" for _, state in cells(text, "applications", key))


def test_pieces_beside_a_row_whose_figures_do_not_add_up_are_not_read():
    # `| 二、… | 1 |  |` (no total printed) / `１` / 予以公开 10 3 5 / `８`: the `１` may complete the row above
    text = table_3({**BASE, "carried_over": {8: 1}}).replace(
        row("granted", BASE["granted"]), "\n".join(["１", wide_row("granted", {4: 10, 8: 3, 9: 5}), "８"]))
    assert all(state == "unknown" for _, state in cells(text, "applications", "granted"))


def test_a_total_wrapped_with_its_label_round_a_sparse_row_reads_as_the_row_printed_whole():
    # `| 一、本年 | … | １ |` / `|  | … | １０ | … | ２ | ５ |  |` / `| 新收…数量 | … | ７ |`
    whole = cells(table_3(BASE), "applications", "new_received")
    label = LABELS["new_received"]
    lines = [wide_row("new_received", {10: 1}, label[:4]), wide_row("new_received", {4: 10, 8: 2, 9: 5}, ""),
             wide_row("new_received", {10: 7}, label[4:])]
    read = cells(with_lines("new_received", lines), "applications", "new_received")
    assert read[-1] == (Decimal(17), "recovered")
    assert [value for value, _ in read] == [value for value, _ in whole]
