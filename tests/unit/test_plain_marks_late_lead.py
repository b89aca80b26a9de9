"""plain `pdftotext` of Chromium's PDF, table 3 printing a blank mark (`—`) in each empty cell: its first row
whole after its label, a block a cell; each other row's first column beside its label, and the other six
columns as poppler's blocks of bands of rows after the last label. Two shapes of that text the blocks reader
left unread before (the whole table `unknown`):

- a label's line that takes a word of the margin heading spanning its rows (`（三）不予 4.保护第三方合法权益`):
  poppler orders a flow's lines by their tops, and that line, opening with the heading centred over its rows,
  stands below its own row's figure beside the label, which then ends the row before's gap;
- the total columns of three bands set after all the other blocks, past table 4's heading, among them lines
  of marks alone (`—` / `6` / `—` / `—`).

Made-up figures of the class (the shape of a Chromium report whose table prints `—` for its empty cells)."""

from __future__ import annotations

from collections.abc import Callable

from orchestration.parsing.column_blocks import figure_lines_past, figures_alone
from orchestration.parsing.parse import parse_text
from tests.unit.test_reader_classes import ROWS, TABLE2, TITLE, applications_of

MARK = "—"
KEYS = [key for key, _, _ in ROWS]
FIGURES = {key: [0] * 7 for key in KEYS}
FIGURES.update({
    "new_received": [6, 2, 0, 0, 0, 0, 8],
    "carried_over": [1, 0, 0, 0, 0, 0, 1],
    "granted": [3, 1, 0, 0, 0, 0, 4],
    "denied_prohibited_by_law": [1, 0, 0, 0, 0, 0, 1],
    "denied_third_party_rights": [1, 0, 0, 0, 0, 0, 1],
    "unavailable_not_held": [1, 0, 0, 0, 0, 0, 1],
    "results_total": [6, 1, 0, 0, 0, 0, 7],
    "carried_forward": [1, 1, 0, 0, 0, 0, 2],
})
# the rows after the first, in bands (a label wrapped over two lines makes a band of its own row)
BANDS = [4, 1, 5, 1, 1, 1, 5, 1, 3, 2]
APART = (0, 2, 6)  # the bands whose total column stands past table 4's heading
LATE = "denied_third_party_rights"  # its label's line joined to the margin heading, set after its figure
HEADER = "申请人情况\n\n自然人\n商业企业\n科研机构\n社会公益组织\n法律服务机构\n其他\n总计"
REVIEWS_AFTER = ["行政复议", "行政诉讼", "未经复议直接起诉", "复议后起诉",
                 *["结果维持 结果纠正 其他结果 尚未审结 总计"] * 3, *[MARK] * 15]


def printed(value: int) -> str:
    return str(value) if value else MARK


def labels() -> list[str]:
    """Each label and the row's first column beside it; the first row's seven figures a block each."""
    lines = ["一、本年新收政府信息公开申请数量", "\n\n".join(printed(value) for value in FIGURES["new_received"]), ""]
    for key, label, heading in ROWS[1:]:
        figure = printed(FIGURES[key][0])
        if key == LATE:
            lines += [figure, "（三）不予 " + label, "公开"]
            continue
        if heading and key not in ("denied_third_party_rights", "denied_state_secret"):
            lines.append(heading)
        lines += [label, figure]
    return lines


def blocks(figures: dict[str, list[int]] = FIGURES, shown: Callable[[int], str] = printed,
           bands_apart: tuple[int, ...] = APART) -> tuple[list[str], list[str]]:
    """The blocks of columns 2-7 after the labels, a band at a time (one-row bands' last two columns on one
    line), and those set past table 4's heading (the total columns of `bands_apart`)."""
    written, apart, first = [], [], 1
    for number, size in enumerate(BANDS):
        band = KEYS[first:first + size]
        first += size
        if size == 1:
            cells = [shown(value) for value in figures[band[0]][1:]]
            written += [*cells[:4], " ".join(cells[4:])]
            continue
        written += ["\n".join(shown(figures[key][column]) for key in band) for column in range(1, 6)]
        (apart if number in bands_apart else written).append("\n".join(shown(figures[key][6]) for key in band))
    return written, apart


def text() -> str:
    written, apart = blocks()
    return "\n\n".join([TITLE + "\n" + TABLE2.rstrip("\n"), "三、收到和处理政府信息公开申请情况", HEADER,
                        "\n".join(labels()), "\f", *written, "四、政府信息公开行政复议、行政诉讼情况", *apart,
                        *REVIEWS_AFTER, "五、存在的主要问题及改进情况", "一是公开形式单一。"]) + "\n"


def test_a_first_column_figure_set_before_its_label_and_totals_past_the_heading_are_read():
    read = applications_of(parse_text(text(), "plain.txt"))
    truth = {key: [value or None for value in values] for key, values in FIGURES.items()}
    wrong = [(key, column, cell.state, cell.value) for key, cells in read.items() for column, cell in enumerate(cells)
             if cell.state != "unknown" and (None if cell.value is None else int(cell.value)) != truth[key][column]]
    assert not wrong, wrong
    # the figure before its label's line is that row's, not the row above's
    assert [read[LATE][0].state, int(read[LATE][0].value)] == ["recovered", 1]
    assert read["denied_security_stability"][0].value is None
    # the totals past the heading are the bands' total columns
    assert [int(read[key][6].value) for key in ("carried_over", "granted", "denied_third_party_rights")] == [1, 4, 1]
    assert sum(cell.state == "unknown" for cells in read.values() for cell in cells) == 0


def test_the_figure_before_a_label_not_on_the_line_right_above_it_is_read_only_by_the_figures_order():
    # an empty line between the figure and the label's line: no line order of poppler's sets them so, and by the
    # gaps between labels the row above would hold two figures (the blocks reader reads nothing). Every cell
    # printing a figure or mark, the first row a band of its own, the column chunks read the rows after it one
    # figure beside each label in order (chunks.py, `pages` with the totals apart): the second is the next row's
    moved = text().replace("\n1\n（三）不予 ", "\n1\n\n（三）不予 ")
    read = applications_of(parse_text(moved, "plain.txt"))
    truth = {key: [value or None for value in values] for key, values in FIGURES.items()}
    wrong = [(key, column, cell.state, cell.value) for key, cells in read.items() for column, cell in enumerate(cells)
             if cell.state != "unknown" and (None if cell.value is None else int(cell.value)) != truth[key][column]]
    assert not wrong, wrong
    assert [cell.value for cell in read["denied_security_stability"]] == [None] * 7
    assert [read[LATE][0].state, int(read[LATE][0].value)] == ["recovered", 1]


def test_lines_of_marks_past_the_heading_are_figure_lines():
    assert figures_alone("— 6") and figures_alone("无") and figures_alone("1,040 0")
    assert not figures_alone("行政复议") and not figures_alone("—一是")
    # a hyphen mark poppler may drop at a line's end: its blocks are not read (`_block_figures`), so a line of it
    # ends the run past the heading as before
    assert not figures_alone("- 6")
    texts = ["三、收到和处理政府信息公开申请情况", "— 2", "四、政府信息公开行政复议、行政诉讼情况", "", "—", "6", "", "—",
             "行政复议"]
    assert figure_lines_past(texts, 2) == (4, 8)
