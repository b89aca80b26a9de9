"""markitdown's pipe tables of Chromium's PDFs whose page grid sets a narrow column's figure in its neighbour's pipe
cell: a full-width figure wrapped round its row (`１` above, `２` below) may then stand in a cell the row prints a word
in too, beside cells the row leaves empty. Read as printed, such a row breaks its sum (its empty cells taken for
blanks): it is read with the pieces joined where exactly one placing keeps its sum, else unknown, never as printed.
A figure's first piece a plain line took for the cell of the label before it is that row's no more than the pipe
row's: the label's row is unknown, the pipe row read with the piece."""

from __future__ import annotations

from tests.unit.test_converted_markdown import LABELS_2021, cells, report
from tests.unit.test_markitdown_wrapped_pieces import wide

GRANTED = LABELS_2021["granted"]
RULE = "| --- | --- | --- | --- | --- | --- | --- | --- |"


def balanced(granted: list[str], figures: tuple) -> str:
    """A report whose 本年新收 and 总计 rows print `figures`, 予以公开 printed as the lines `granted`."""
    return report({"new_received": [f"| {LABELS_2021['new_received']} | {' | '.join(map(str, figures))} |"],
                   "granted": granted,
                   "results_total": [f"| {LABELS_2021['results_total']} | {' | '.join(map(str, figures))} |"]})


def test_a_figure_wrapped_round_a_row_in_a_cell_another_column_shares_is_placed_by_the_rows_sum():
    # 10 wrapped round the row in its empty first cell; 12 (`１` / `２`) in the last pipe cell beside 其他's ０, the
    # cell before it empty (the grid's): read as printed the row is blank, 2, 0, 0, 0, blank, 0 (its sum broken);
    # 12 before ０ breaks it too, after ０ keeps it: 10 + 2 = 12
    for above in (["|  | １ |  |  |  |  |  | １ |"],  # right above, or opening a table of its own over its rule
                  ["", "|  | １ |  |  |  |  |  | １ |", RULE]):
        text = balanced([*above, f"| {GRANTED} |  | ２ | ０ | ０ | ０ |  | ０ |", "|  | ０ |  |  |  |  |  | ２ |"],
                        (10, 2, 0, 0, 0, 0, 12))
        got = cells(text, "applications", "granted")
        assert [v for v, _ in got] == [10, 2, 0, 0, 0, 0, 12]
        assert {s for _, s in got} == {"recovered"}


def test_a_row_breaking_its_sum_whose_joined_pieces_keep_it_nowhere_is_unknown_never_blank():
    # `３` / `５`: 35 keeps 10 + 2 nowhere, and the row's empty cells are no proven blanks
    text = balanced(["|  | ３ |  |  |  |  |  | ３ |", f"| {GRANTED} |  | ２ | ０ | ０ | ０ |  | ０ |",
                     "|  | ５ |  |  |  |  |  | ５ |"], (10, 2, 0, 0, 0, 0, 12))
    got = cells(text, "applications", "granted")
    assert 35 not in [v for v, _ in got]
    assert got[0][1] == "unknown" and got[5][1] != "blank"


def test_a_row_keeping_its_sum_as_printed_beside_pieces_in_its_columns_is_unknown_there():
    # the same pieces round a row whose figures keep its sum as printed: joined above (12 … 14) it keeps it too, so
    # the cells the pieces stand beside are unknown (stack40), the others read as printed
    text = balanced(["|  | １ |  |  |  |  |  | １ |", f"| {GRANTED} | ２ | ２ | ０ | ０ | ０ |  | ４ |",
                     "|  | ０ |  |  |  |  |  | ２ |"], (2, 2, 0, 0, 0, 0, 4))
    assert cells(text, "applications", "granted") == [(None, "unknown"), (2, "value"), (0, "value"), (0, "value"),
                                                      (0, "value"), (None, "blank"), (None, "unknown")]


CARRIED = LABELS_2021["carried_over"]


def test_a_piece_a_label_took_above_its_pipe_row_is_neither_the_labels_nor_read_as_printed():
    # `结转…数量` / `２` / `| （一）予以公开 | １９ … |` / `２`: 22 is 予以公开's total wrapped round its line, the first
    # piece written after 上年结转's label (its figures on a label-less pipe row between its label's lines)
    text = balanced(["二、上年", f"|  | {wide(0, 0, 2, 0, 0, 0, 2)} |", "结转政府信息公开申请数量", "２",
                     f"| {GRANTED} | {wide(19, 0, 3, 0, 0, 0)} |", "２"], (19, 0, 3, 0, 0, 0, 22))
    text = text.replace(f"| {CARRIED} | 0 | 0 | 0 | 0 | 0 | 0 | 0 |\n", "")
    assert 2 not in [v for v, _ in cells(text, "applications", "carried_over")[:1]]  # never 自然人 2
    assert [v for v, _ in cells(text, "applications", "granted")] == [19, 0, 3, 0, 0, 0, 22]


def test_a_lone_figure_after_a_label_with_no_piece_below_the_next_row_stays_the_labels():
    # no piece right after the pipe row: the line is no wrapped figure's first piece, and the rule does not fire
    text = report({"carried_over": ["二、上年结转政府信息公开申请数量", "０"]})
    assert cells(text, "applications", "carried_over")[0] == (0, "value")
