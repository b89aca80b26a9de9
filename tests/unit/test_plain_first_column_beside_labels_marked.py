"""Plain pdftotext of Chromium's PDF of a table 3 printing a mark in its blank cells, whose labels' block took the
first applicant column (a word beside each label from the third row on) and whose other columns stand in blocks
after the last label: the first column is read where the words beside the outcome rows add up to results_total's,
the other columns stay unknown (which block is which column the text does not say)."""

from orchestration.parsing.parse import parse_text
from tests.unit.test_reader_classes import REVIEWS, ROWS, TABLE2, TITLE, applications_of

HEADER = "\f三、收到和处理政府信息公开申请情况\n\n申请人情况\n\n自然人\n商业企业\n科研机构\n社会公益组织\n法律服务机构\n其他\n总计\n\n"
TABLE4 = ("四、行政复议、行政诉讼情况\n\n行政复议\n\n行政诉讼\n\n未经复议直接起诉\n\n复议后起诉\n\n"
          + "结果维持 结果纠正 其他结果 尚未审结 总计\n\n" * 3 + "".join(f"{n}\n\n" for n in REVIEWS)
          + "五、存在的主要问题及改进情况\n\n一是公开形式单一。\n")


def labels_then_blocks(figures: dict[str, list[int | None]], mark: str, sizes: list[int]) -> str:
    """A report whose table 3 (`figures`, None blank: printed `mark`) prints as this layout: the first two rows'
    labels together, then their cells as poppler set them in r37's 000018 (the first column a block, the middle
    ones a cell each row by row, the total a block), then each later row's label with its first column's word on
    the next line, then the later rows' other columns in blocks: a column each of every run of `sizes` rows."""
    def word(row: list[int | None], column: int) -> str:
        return mark if row[column] is None else str(row[column])

    def blocks(rows: list[list[int | None]], columns: range) -> str:
        return "".join("\n".join(word(row, column) for row in rows) + "\n\n" for column in columns)

    table = [figures[key] for key, _, _ in ROWS]
    lines = [TITLE, TABLE2, HEADER, ROWS[0][1] + "\n" + ROWS[1][1] + "\n\n", blocks(table[:2], range(1)),
             "".join(f"{word(row, column)}\n\n" for row in table[:2] for column in range(1, 6)), blocks(table[:2], range(6, 7))]
    for key, label, heading in ROWS[2:]:
        if heading:
            lines.append(f"{heading}\n")
        lead = figures[key][0]
        lines.append(f"{label}\n{mark if lead is None else lead}\n")
    lines.append("\n")
    at = 2
    for size in sizes:
        lines.append(blocks(table[at:at + size], range(1, 7)))
        at += size
    return "".join(lines) + TABLE4


# the first column: 2 granted and 1 withheld as internal affairs, 3 in all, 1 carried forward; one research
# institution's application granted; blank elsewhere
FIGURES = {key: [None] * 7 for key, _, _ in ROWS} | {
    "new_received": [4, None, 1, None, None, None, 5], "granted": [2, None, 1, None, None, None, 3],
    "denied_internal_affairs": [1, None, None, None, None, None, 1], "results_total": [3, None, 1, None, None, None, 4],
    "carried_forward": [1, None, None, None, None, None, 1]}
LATER_ROWS = len(ROWS) - 2


def _read(figures: dict[str, list[int | None]]) -> dict[str, list]:
    report = parse_text(labels_then_blocks(figures, "/", [3, 4, 1, LATER_ROWS - 8]), "plain.txt")
    return {key: [(cell.state, cell.value) for cell in cells] for key, cells in applications_of(report).items()}


def test_the_first_column_beside_the_labels_is_read_the_others_unknown():
    read = _read(FIGURES)
    assert read["granted"][0] == ("value", 2), read["granted"]
    assert read["results_total"][0] == ("value", 3), read["results_total"]
    assert read["denied_state_secret"][0][0] == "blank", read["denied_state_secret"]
    # the other columns: blocks the text does not place
    assert all(state == "unknown" for key in ("granted", "results_total") for state, _ in read[key][1:]), read
    # the first two rows print no word beside their labels: unknown
    assert all(state == "unknown" for state, _ in read["new_received"]), read["new_received"]


def test_words_that_do_not_add_up_in_the_first_column_are_not_read():
    # results_total's word beside its label is not the outcome rows' sum (a wrapped figure's piece lost, or a
    # word of another column): nothing proves the words the first column's
    read = _read(FIGURES | {"results_total": [4, None, 1, None, None, None, 5]})
    assert all(state == "unknown" for key in ("granted", "results_total") for state, _ in read[key]), read


def test_without_a_mark_beside_a_label_the_first_column_is_not_read():
    # every word beside a label a figure (zeros for the blanks): the table may print nothing in a blank cell, and
    # the word beside a label may be another column's where the first is blank
    zeros = {key: [0 if value is None else value for value in row] for key, row in FIGURES.items()}
    read = _read(zeros)
    assert all(state == "unknown" for key in ("granted", "results_total") for state, _ in read[key]), read
