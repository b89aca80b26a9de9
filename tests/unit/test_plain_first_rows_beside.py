"""plain `pdftotext` of Chromium's PDF, table 3 printing a blank mark (`无`) in each empty cell, laid out two
ways: the first rows each with its first column beside its label and their other columns' blocks (bands of
rows) right after the last of those labels, before the next; then the other rows' labels with no figure beside
them, and all their figures as blocks after the last label. The blocks reader read neither way before (the
whole table `unknown`). Where the figures after the last label are as many as their rows' cells the table is
read as two parts; where not (a blank printing nothing among them, as a row `3.其他` printing four of its seven
cells), which cell each of those figures is is lost, but not the first rows': they are read, the others
unknown.

Made-up figures of the class (the shape of a Chromium report whose table prints `无` for its empty cells)."""

from __future__ import annotations

from orchestration.parsing.application_columns import _parts_of_blocks
from orchestration.parsing.parse import parse_text
from orchestration.parsing.rows import RawCell
from tests.unit.test_reader_classes import ROWS, TABLE2, TITLE, applications_of

MARK = "无"
KEYS = [key for key, _, _ in ROWS]
FIRST = 4  # the rows with their first column beside the label
FIGURES = {key: [0] * 7 for key in KEYS}
FIGURES.update({
    "new_received": [30, 0, 0, 0, 5, 0, 35],
    "carried_over": [1, 0, 0, 0, 0, 0, 1],
    "granted": [10, 0, 0, 0, 1, 0, 11],
    "partially_granted": [2, 0, 0, 0, 0, 0, 2],
    "denied_internal_affairs": [1, 0, 0, 0, 0, 0, 1],
    "unavailable_not_held": [8, 0, 0, 0, 0, 0, 8],
    "unavailable_needs_creation": [2, 0, 0, 0, 0, 0, 2],
    "rejected_excessive": [0, 0, 0, 0, 1, 0, 1],
    "results_total": [21, 0, 0, 0, 1, 0, 22],
    "carried_forward": [10, 0, 0, 0, 4, 0, 14],
})
FIRST_BANDS = [3, 1]  # the first rows' bands
BANDS = [2, 3, 1, 4, 5, 2, 1, 1, 2]  # the other rows'
HEADER = "申请人情况\n\n自然人\n商业企业\n科研机构\n社会公益组织\n法律服务机构\n其他\n总计"
REVIEWS = ["四、政府信息公开行政复议、行政诉讼情况", "行政复议", "行政诉讼", "未经复议直接起诉", "复议后起诉",
           "\n".join(["结果维持 结果纠正 其他结果 尚未审结 总计"] * 3), "\n".join([MARK] * 15)]


def printed(value: int) -> str:
    return str(value) if value else MARK


def band_blocks(keys: list[str], columns: range) -> list[str]:
    """A band's blocks: one column's figures of its rows each, a one-row band's last two columns on one line."""
    if len(keys) == 1:
        cells = [printed(FIGURES[keys[0]][column]) for column in columns]
        return [*cells[:-2], " ".join(cells[-2:])]
    return ["\n".join(printed(FIGURES[key][column]) for key in keys) for column in columns]


def blocks(bands: list[int], first: int, columns: range) -> list[str]:
    written = []
    for size in bands:
        written += band_blocks(KEYS[first:first + size], columns)
        first += size
    return written


def text(rest: list[str] | None = None, first_blocks: list[str] | None = None) -> str:
    """The table as poppler writes it; `rest` / `first_blocks`, the blocks after the last label / after the
    first rows' labels, where not as drawn."""
    beside = [line for key, label, _ in ROWS[:FIRST] for line in (label, printed(FIGURES[key][0]))]
    later = []
    for key, label, heading in ROWS[FIRST:]:
        later += [heading, label] if heading else [label]
    return "\n\n".join([
        TITLE + "\n" + TABLE2.rstrip("\n"), "三、收到和处理政府信息公开申请情况", HEADER, "\n".join(beside),
        *(first_blocks or blocks(FIRST_BANDS, 0, range(1, 7))), "\f" + "\n".join(later),
        *(rest or blocks(BANDS, FIRST, range(7))), *REVIEWS, "五、存在的主要问题及改进情况", "一是公开形式单一。"]) + "\n"


def truth() -> dict[str, list[int | None]]:
    return {key: [value or None for value in values] for key, values in FIGURES.items()}


def wrong_cells(read: dict[str, list]) -> list[tuple]:
    return [(key, column, cell.state, cell.value) for key, cells in read.items() for column, cell in enumerate(cells)
            if cell.state != "unknown" and (None if cell.value is None else int(cell.value)) != truth()[key][column]]


def test_the_first_rows_beside_their_labels_and_the_rest_after_the_last_are_laid_out_as_two_parts():
    # four labels, a figure beside each and the first rows' 24 others after the last; three labels holding none;
    # the other rows' figures after the last label: as many as their cells, or one short
    def gaps(rest: int) -> list[list[RawCell]]:
        return [[RawCell("1", 1)], [RawCell("1", 3)], [RawCell("1", 5)],
                [RawCell("1", 7), *(RawCell("0", 9 + line) for line in range(24))], [], [],
                [RawCell("0", 40 + line) for line in range(rest)]]
    spans = [(0, 1), (1, 2), (2, 3), (3, 4), (4, 5), (5, 6), (6, 8)]
    parts = _parts_of_blocks(gaps(28), spans, [], 7)
    assert [(part.first, part.end, part.lead, len(part.figures)) for part in parts] == [(0, 4, 1, 24), (4, 8, 0, 28)]
    assert [(part.first, part.end) for part in _parts_of_blocks(gaps(27), spans, [], 7)] == [(0, 4)]
    # the first rows' blocks not opening after an empty line, or not their cells' count: no such parts
    assert _parts_of_blocks([*gaps(28)[:3], [RawCell("1", 7), *(RawCell("0", 8 + line) for line in range(24))],
                             *gaps(28)[4:]], spans, [], 7) is None
    assert _parts_of_blocks([*gaps(28)[:3], gaps(28)[3][:-1], *gaps(28)[4:]], spans, [], 7) is None


def test_the_table_with_the_rest_after_the_last_label_whole_is_read_right():
    read = applications_of(parse_text(text(), "plain.txt"))
    assert not wrong_cells(read)
    assert [int(cell.value or 0) for cell in read["new_received"]] == [30, 0, 0, 0, 5, 0, 35]
    assert [int(cell.value or 0) for cell in read["carried_forward"]] == [10, 0, 0, 0, 4, 0, 14]
    assert sum(cell.state == "unknown" for cells in read.values() for cell in cells) == 0


def test_a_blank_printing_nothing_after_the_last_label_leaves_those_rows_unknown_and_reads_the_first():
    rest = blocks(BANDS, FIRST, range(7))
    rest[-1] = MARK  # the last row's `other total` printing one mark: a blank prints nothing
    report = parse_text(text(rest), "plain.txt")
    read = applications_of(report)
    assert not wrong_cells(read)
    for key in KEYS[:FIRST]:
        assert [cell.state for cell in read[key]] == ["recovered" if value else "blank" for value in FIGURES[key]]
    assert [int(cell.value) for cell in read["granted"] if cell.value is not None] == [10, 1, 11]
    assert all(cell.state == "unknown" for key in KEYS[FIRST:] for cell in read[key])
    assert any("those rows unknown" in warning.message for warning in report.warnings)


def test_the_first_rows_blocks_a_figure_short_are_not_read_so():
    first_blocks = blocks(FIRST_BANDS, 0, range(1, 7))
    first_blocks[-1] = MARK  # the first part's last row's `other total` printing one mark
    rest = blocks(BANDS, FIRST, range(7))
    rest[-1] = MARK
    read = applications_of(parse_text(text(rest, first_blocks), "plain.txt"))
    assert not wrong_cells(read)
    assert all(cell.state == "unknown" for key in KEYS for cell in read[key])
