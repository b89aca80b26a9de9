"""plain `pdftotext` of Chromium's PDF, table 3 printing a blank mark (`无`) in each empty cell, each row's first
column beside its label and the other six columns as poppler's blocks of bands of rows after the last label;
one row, （六）其他处理 printed as one row (the 2021 template's three left out), prints nothing at all: no
figure after its label, none in the blocks. The blocks reader found no reading (the gaps between the labels
hold one figure each but that row's) and left the whole table unknown; it now reads it with that row blank,
where every reading keeps every rule with it blank.

Made-up figures of the class (the shape of a Chromium report whose table prints `无` for its empty cells)."""

from __future__ import annotations

from orchestration.parsing.parse import parse_text
from tests.unit.test_plain_marks_late_lead import HEADER
from tests.unit.test_reader_classes import ROWS, TABLE2, TITLE, applications_of

MARK = "无"
EMPTY = "other"
# the 2021 template's rows with （六）其他处理 printed as one row
LAID = [*[row for row in ROWS if not row[0].startswith("other_")][:20], (EMPTY, "（六）其他处理", None),
        *[row for row in ROWS if row[0] in ("results_total", "carried_forward")]]
KEYS = [key for key, _, _ in LAID]
FIGURES = {key: [0] * 7 for key in KEYS}
FIGURES.update({
    "new_received": [20, 0, 3, 0, 0, 0, 23],
    "carried_over": [0, 0, 2, 0, 0, 0, 2],
    "granted": [10, 0, 1, 0, 0, 0, 11],
    "partially_granted": [1, 0, 1, 0, 0, 0, 2],
    "denied_internal_affairs": [0, 0, 1, 0, 0, 0, 1],
    "unavailable_not_held": [4, 0, 0, 0, 0, 0, 4],
    "unavailable_needs_creation": [1, 0, 1, 0, 0, 0, 2],
    "unavailable_unclear": [1, 0, 0, 0, 0, 0, 1],
    "results_total": [17, 0, 4, 0, 0, 0, 21],
    "carried_forward": [3, 0, 1, 0, 0, 0, 4],
})
BANDS = [4, 8, 3, 5, 2]  # the rows printing anything, in bands
REVIEWS_AFTER = ["行政复议", "行政诉讼", "未经复议直接起诉", "复议后起诉",
                 *["结果维持 结果纠正 其他结果 尚未审结 总计"] * 3, *[MARK] * 15]


def printed(value: int) -> str:
    return str(value) if value else MARK


def text(figures: dict[str, list[int]] = FIGURES, empty: tuple[str, ...] = (EMPTY,),
         lead_lost: tuple[str, ...] = ()) -> str:
    """Each label and its row's first column beside it (none for the rows of `empty`, nor for those of
    `lead_lost`, whose first column then opens the blocks' first band), an empty line, then the other
    columns' blocks, a band of the rows of `empty` left out at a time."""
    lines = []
    for key, label, heading in LAID:
        if heading and key != "denied_state_secret":
            lines.append(heading)
        lines += [label] if key in empty or key in lead_lost else [label, printed(figures[key][0])]
    rows = [key for key in KEYS if key not in empty]
    written, first = [], 0
    for size in BANDS:
        band = rows[first:first + size]
        first += size
        columns = range(0 if first == size and lead_lost else 1, 7)
        written += ["\n".join(printed(figures[key][column]) for key in band
                              if column or key in lead_lost) for column in columns]
    return "\n\n".join([TITLE + "\n" + TABLE2.rstrip("\n"), "三、收到和处理政府信息公开申请情况", HEADER,
                        "\n".join(lines), "\f", *written, "四、政府信息公开行政复议、行政诉讼情况",
                        *REVIEWS_AFTER, "五、存在的主要问题及改进情况", "一是公开形式单一。"]) + "\n"


def wrong_cells(read: dict[str, list], figures: dict[str, list[int]]) -> list:
    truth = {key: [value or None for value in values] for key, values in figures.items()}
    return [(key, column, cell.state, cell.value) for key, cells in read.items() if key in truth
            for column, cell in enumerate(cells)
            if cell.state != "unknown" and (None if cell.value is None else int(cell.value)) != truth[key][column]]


def test_a_row_printing_nothing_amid_rows_with_a_figure_beside_their_labels_is_read_blank():
    read = applications_of(parse_text(text(), "plain.txt"))
    assert not wrong_cells(read, FIGURES), wrong_cells(read, FIGURES)
    assert [(cell.state, cell.value) for cell in read[EMPTY]] == [("blank", None)] * 7
    assert [int(read["results_total"][column].value) for column in (0, 2, 6)] == [17, 4, 21]
    assert sum(cell.state == "unknown" for key in KEYS for cell in read[key]) == 0


def test_a_row_printing_nothing_whose_total_counts_something_is_not_read_blank():
    # (七)总计 counts 2 more than the rows printed: the row printing nothing held them (its figures lost), so
    # no reading keeps APP_OUTCOME_SUM with it blank: nothing is read, no cell of it blank
    figures = {**FIGURES, "results_total": [19, 0, 4, 0, 0, 0, 23], "carried_forward": [1, 0, 1, 0, 0, 0, 2]}
    read = applications_of(parse_text(text(figures), "plain.txt"))
    assert not wrong_cells(read, {**figures, EMPTY: [2, 0, 0, 0, 0, 0, 2]})
    assert all(cell.state != "blank" for cell in read.get(EMPTY, []))


def test_two_rows_printing_nothing_after_their_labels_are_not_read():
    # two labels with nothing after them: blanks that print nothing (a sparse table) leave gaps so, which a row's
    # figures in the blocks may fill: neither row is read blank
    empty = (EMPTY, "rejected_publication")
    read = applications_of(parse_text(text(empty=empty), "plain.txt"))
    assert not wrong_cells(read, FIGURES)
    assert all(cell.state != "blank" for key in empty for cell in read.get(key, []))


def test_a_row_whose_first_column_opens_the_blocks_is_not_read_blank():
    # the row's label has nothing after it, but its first column's figure opens the first band's blocks (every
    # cell of it printed): the blocks' sizes fit no reading with it blank, so it is not read blank
    lost = ("carried_over",)
    read = applications_of(parse_text(text(empty=(), lead_lost=lost), "plain.txt"))
    assert not wrong_cells(read, FIGURES)
    assert all(cell.state != "blank" for cell in read["carried_over"][:1])
