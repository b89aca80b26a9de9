"""Table 3 of Chromium's PDF through plain `pdftotext` whose figures follow the labels as poppler's blocks,
a band of rows at a time (column_blocks.py): each column of a band one block (an empty line after it), or
neighbouring columns merged into one block read row by row; the first columns may stand beside each label
(`1,040 0`), and wide figures group their thousands, which the column chunk readers do not read. Made-up
text written by hand: one reading reads (recovered), readings that disagree leave their cells unknown."""

from __future__ import annotations

import pytest

from orchestration.parsing import column_blocks
from orchestration.parsing.column_blocks import band_readings, figure_lines_past
from orchestration.parsing.parse import parse_text
from orchestration.parsing.wrapped_blocks import options_of_blocks
from tests.unit.test_reader_classes import (
    FIGURES,
    REVIEWS,
    ROWS,
    TABLE2,
    TITLE,
    applications_of,
    one_cell_per_line,
)

WIDTH = 7

# a table of wide figures that keeps every rule (row sums, APP_OUTCOME_SUM, APP_BALANCE)
WIDE = {key: [0] * WIDTH for key in FIGURES}
WIDE.update({
    "new_received": [1040, 3, 0, 2, 0, 0, 1045],
    "granted": [700, 2, 0, 1, 0, 0, 703],
    "partially_granted": [1, 0, 0, 0, 0, 0, 1],
    "unavailable_not_held": [330, 1, 0, 1, 0, 0, 332],
    "results_total": [1031, 3, 0, 2, 0, 0, 1036],
    "carried_forward": [9, 0, 0, 0, 0, 0, 9],
})


def sum_holds(_row: int, cells: list[int]) -> bool:  # the last figure is the sum of the others
    return sum(cells[:-1]) == cells[-1]


def test_each_band_is_the_blocks_its_first_block_sizes():
    # rows 1 2 3 / 2 3 5 / 4 4 8: a band of one row (three blocks of one), then one of two rows
    blocks = [[1], [2], [3], [2, 4], [3, 4], [5, 8]]
    assert band_readings(blocks, 3, 3, sum_holds) == [[[1, 2, 3], [2, 3, 5], [4, 4, 8]]]


def test_neighbouring_columns_merged_into_one_block_are_read_row_by_row():
    # the first two columns of a band of two rows in one block, its lines `1 2` / `2 3`
    assert band_readings([[1, 2, 2, 3], [3, 5]], 2, 3, sum_holds) == [[[1, 2, 3], [2, 3, 5]]]


def test_a_column_merged_above_may_have_its_block_set_after_the_bands_others():
    # rows 1 2 3 6 / 4 4 1 9: the first two columns one block in the first band; in the second, the
    # second column's block set last (poppler orders it after the total)
    blocks = [[1, 2], [3], [6], [4], [1], [9], [4]]
    assert band_readings(blocks, 2, 4, sum_holds) == [[[1, 2, 3, 6], [4, 4, 1, 9]]]
    # no column merged above: the blocks are read left to right only, and this order breaks the sum
    assert band_readings([[1], [2], [3], [6], [4], [1], [9], [4]], 2, 4, sum_holds) == []


def test_blocks_that_read_two_ways_give_both_readings():
    # three blocks of three: a band of three rows, a column a block (rows 1 1 2 / 2 4 6 / 3 5 8), or three
    # bands of a row, each block a row's three columns (1 2 3 / 1 4 5 / 2 6 8): both keep every sum
    blocks = [[1, 2, 3], [1, 4, 5], [2, 6, 8]]
    readings = band_readings(blocks, 3, 3, sum_holds)
    assert sorted(readings) == sorted([[[1, 1, 2], [2, 4, 6], [3, 5, 8]], [[1, 2, 3], [1, 4, 5], [2, 6, 8]]])


def test_blocks_that_make_no_bands_are_not_read():
    assert band_readings([[1], [2], [3, 4]], 2, 3, sum_holds) == []  # a band's blocks of unequal sizes
    assert band_readings([[1], [2], [3]], 2, 3, sum_holds) == []  # a row short
    assert band_readings([[1], [2], [4]], 1, 3, sum_holds) == []  # its sum broken


def test_the_search_is_bounded():
    # 40 bands of a row of zeros, every block alone: one reading, found with dead ends remembered
    assert len(band_readings([[0]] * 120, 40, 3, lambda *_: True)) == 1
    # more readings than kept, or more bands tried than allowed: none, never a guess
    assert band_readings([[1, 2, 3], [1, 4, 5], [2, 6, 8]], 3, 3, sum_holds, limit=1) is None
    assert band_readings([[0]] * 120, 40, 3, lambda *_: True, work=50) is None


def test_figure_lines_past_the_heading_take_grouped_thousands():
    texts = ["0", "四、政府信息公开行政复议、行政诉讼情况", "", "0", "", "1,040", "", "0", "行政复议"]
    assert figure_lines_past(texts, 1) == (3, 8)
    assert figure_lines_past(["（七）总计", "四、…", "0"], 1) == (2, 2)  # the table's text ends on words


# ---------------------------------------------------------------- through the parser


def wide(value: int | None) -> str:
    return f"{value:,}" if value is not None else MARK[0]


MARK = ["/"]  # what a blank cell (None) prints: the report's blank mark


def blocks_text(figures: dict[str, list[int | None]], bands: list[int], lead: int = 0, merged: int = 1, head: int = 0,
                lost: bool = False, heading_first: bool = True, apart: int | None = None) -> str:
    """A report whose table 3 reads as plain `pdftotext` writes Chromium's PDF of a wide table: the first
    `head` rows' labels and then their figures in one band, the other rows' labels each with its first
    `lead` figures on a line, then the heading of table 4 (`heading_first`, else after them) and the other
    columns as blocks of `bands` rows, the first `merged` columns of each band one block read row by row
    (`lost`: a figure lost; `apart`: the total column of that band set after all the other blocks)."""
    paragraphs = [TITLE.rstrip("\n"), TABLE2.rstrip("\n"), "三、收到和处理政府信息公开申请情况", "申请人情况",
                  "自然人\n商业企业\n科研机构\n社会公益组织\n法律服务机构\n其他\n总计"]

    def band(rows: list[list[int]], first: int) -> list[str]:
        merged_block = "\n".join(" ".join(wide(value) for value in row[first:first + merged]) for row in rows)
        return [merged_block] + ["\n".join(wide(row[column]) for row in rows)
                                 for column in range(first + merged, WIDTH)]

    table = [figures[key] for key, _, _ in ROWS]
    for key, label, heading in ROWS[:head]:
        paragraphs += [heading] if heading else []
        paragraphs.append(label)
    if head:
        paragraphs += band(table[:head], 0)
    for key, label, heading in ROWS[head:]:
        paragraphs += [heading] if heading else []
        paragraphs.append(label + ("\n" + " ".join(wide(value) for value in figures[key][:lead]) if lead else ""))
    paragraphs += ["\f四、行政复议、行政诉讼情况"] if heading_first else ["\f"]
    at = head
    set_apart = []
    for number, size in enumerate(bands):
        blocks = band(table[at:at + size], lead)
        set_apart += [blocks.pop()] if number == apart else []
        paragraphs += blocks
        at += size
    paragraphs += set_apart
    assert at == len(ROWS)
    if lost:
        paragraphs[-1] = paragraphs[-1].rsplit("\n", 1)[0]
    paragraphs += [] if heading_first else ["四、行政复议、行政诉讼情况"]
    paragraphs += ["行政复议", "行政诉讼", "未经复议直接起诉", "复议后起诉"]
    paragraphs += ["结果维持 结果纠正 其他结果 尚未审结 总计"] * 3 + [str(v) for v in REVIEWS]
    paragraphs += ["五、存在的主要问题及改进情况", "一是公开形式单一。"]
    return "\n\n".join(paragraphs) + "\n"


BANDS = [1, 2, 1, 4, 3, 1, 1, 2, 3, 2, 1, 1, 3]  # 25 rows


def assert_read(text: str) -> None:
    report = parse_text(text, "plain.txt")
    read = applications_of(report)
    for key, expected in WIDE.items():
        assert [cell.value for cell in read[key]] == expected, (key, read[key], report.warnings)
        assert all(cell.state == "recovered" for cell in read[key]), key
    assert any(warning.code == "column_blocks" for warning in report.warnings)


def test_two_columns_beside_each_label_and_the_others_in_blocks_are_read():
    assert_read(blocks_text(WIDE, BANDS, lead=2))


def test_every_column_in_blocks_two_merged_into_one_block_is_read():
    # the first page's rows in a band after their labels, the second page's after theirs (Chromium's page
    # break), no figure beside a label: each block's figures one a line (`1,040` a figure, as `1040` is), so the
    # column chunks read it, a cell proven where every chunking that fits the lines and keeps the sums agrees
    report = parse_text(blocks_text(WIDE, BANDS[3:], merged=2, head=4, heading_first=False), "plain.txt")
    read = applications_of(report)
    for key, expected in WIDE.items():
        assert [cell.value for cell in read[key]] == expected, (key, read[key], report.warnings)
        assert {cell.state for cell in read[key]} <= {"value", "recovered"}, key
    assert any(warning.code == "column_chunks" for warning in report.warnings)


def test_the_first_rows_in_a_band_after_their_labels_then_two_columns_beside_each_label_are_read():
    assert_read(blocks_text(WIDE, BANDS[3:], lead=2, head=4))


def test_a_figure_lost_leaves_the_table_unknown():
    report = parse_text(blocks_text(WIDE, BANDS, lead=2, lost=True), "plain.txt")
    read = applications_of(report)
    assert not any(warning.code == "column_blocks" for warning in report.warnings)
    assert all(cell.state == "unknown" or cell.value == value
               for key, expected in WIDE.items() for cell, value in zip(read[key], expected))


def test_blocks_that_read_two_ways_through_the_parser_leave_those_cells_unknown():
    # rows 4-8 (denied_*) print A = [[1 2 0 0] [0 1 2 0] [0 0 1 2] [2 0 0 1]] and its row and column sums
    # in their last five columns, as five blocks of five: a band of five rows (a column a block) or five
    # bands of a row (a row a block) keep every row's sum, and A's row sums equal its column sums, so the
    # column rules hold both ways too: the cells the two read apart are unknown, the others recovered
    band = [[1, 2, 0, 0, 3], [0, 1, 2, 0, 3], [0, 0, 1, 2, 3], [2, 0, 0, 1, 3], [3, 3, 3, 3, 12]]
    figures = {key: list(values) for key, values in WIDE.items()}
    for (key, _, _), row in zip(ROWS[4:9], band):
        figures[key] = [0, 0, *row]
    for key in ("new_received", "results_total"):
        figures[key] = [*figures[key][:2], *(value + 6 for value in figures[key][2:6]), figures[key][6] + 24]
    report = parse_text(blocks_text(figures, [1, 2, 1, 5, 4, 1, 1, 2, 3, 2, 1, 2], lead=2), "plain.txt")
    read = applications_of(report)
    transposed = [list(column) for column in zip(*band)]
    for (key, _, _), row, other in zip(ROWS[4:9], band, transposed):
        for cell, value, other_value in zip(read[key][2:], row, other):
            assert cell.state == ("recovered" if value == other_value else "unknown"), (key, cell)
            assert cell.state == "unknown" or cell.value == value
    assert sum(cell.state == "unknown" for cells in read.values() for cell in cells) == 8
    assert [cell.value for cell in read["new_received"]] == figures["new_received"]


def test_every_block_past_the_heading_after_labels_printing_no_figure_is_read():
    # no figure beside any label and no band before table 4's heading: every block stands past it (the text
    # before the heading ends on a label, not a figure); read as the blocks, never the rows' cells as blank
    assert_read(blocks_text(WIDE, BANDS))
    assert_read(blocks_text(WIDE, BANDS, merged=2))  # a merged block's lines hold two figures (`1,040 3`)


def test_blocks_past_the_heading_that_read_no_way_leave_the_table_unknown_not_blank():
    report = parse_text(blocks_text(WIDE, BANDS, lost=True), "plain.txt")
    read = applications_of(report)
    assert all(cell.state == "unknown" for cells in read.values() for cell in cells)
    assert any(warning.code == "figures_past_the_heading" for warning in report.warnings)


def test_figure_lines_past_the_heading_after_a_table_of_labels_alone():
    texts = ["（七）总计", "四、…", "", "0", "", "1,040 3", "", "0", "行政复议"]
    assert figure_lines_past(texts, 1) == (2, 2)  # the table's text ends on words
    assert figure_lines_past(texts, 1, 0) == (3, 8)  # its text holds no figure: the run may be its blocks
    assert figure_lines_past(["1 2", *texts], 2, 0) == (3, 3)  # a line of figures in the table: its own


@pytest.mark.parametrize("heading_first", [True, False])
def test_a_row_line_printing_its_first_columns_beside_blocks_is_never_read_blank_past_them(heading_first):
    # Chromium's blank cells printing `/`: a row's line beside its label holds only its first two columns
    # (`0 /`), the others stand in poppler's blocks, past table 4's heading (`heading_first`) or in table 3's
    # own text after its last label: apart from their labels either way. Where the blocks read no way (a
    # figure lost), no split of that short line may read the cells it does not print as blank
    figures = {key: list(values) for key, values in WIDE.items()}
    figures["denied_state_secret"] = [0, 0, 4, 0, 0, 0, 4]  # its line `0 /`: its total 4 stands in a block
    for key in ("new_received", "results_total"):
        figures[key] = [*figures[key][:2], figures[key][2] + 4, *figures[key][3:6], figures[key][6] + 4]
    figures = {key: [None if value == 0 and (key, column) != ("denied_state_secret", 0) else value
                     for column, value in enumerate(values)] for key, values in figures.items()}
    report = parse_text(blocks_text(figures, BANDS, lead=2, lost=True, heading_first=heading_first), "plain.txt")
    read = applications_of(report)
    wrong = [(key, cell.column, cell.value) for key, expected in figures.items()
             for cell, value in zip(read[key], expected) if cell.state != "unknown" and cell.value != value]
    assert wrong == []
    assert [cell.state for cell in read["denied_state_secret"][2:]] == ["unknown"] * 5  # not on its line


def test_a_row_of_one_cell_a_line_with_two_cells_run_together_on_one_line_is_still_read():
    # a PDF's text of one cell a line (form feeds between pages): `24` / `3 0` / `0` / … holds every cell of
    # the row, two on one line; it is no row printing its first columns beside blocks, so its split is read
    row = [24, 3, 0, 0, 3, 1, 31]
    figures = dict(FIGURES, new_received=row, granted=row, results_total=row)
    text = one_cell_per_line(figures, REVIEWS).replace("\n3\n0\n0\n3\n1\n31\n", "\n3 0\n0\n3\n1\n31\n", 1)
    text = text.replace("三、收到和处理政府信息公开申请情况", "\f三、收到和处理政府信息公开申请情况", 1)
    report = parse_text(text, "cells.txt")
    read = applications_of(report)
    assert [cell.value for cell in read["new_received"]] == row
    assert [cell.state for cell in read["new_received"]] != ["unknown"] * 7


def zeros_one_a_block(count: int) -> tuple[list[list[int]], object]:
    """`count` blocks of one full-width 0 each (a line apart): blocks of zeros group into bands and sub-bands
    every way, so the search asks for the same runs of one-column blocks again and again."""
    words, lines = ["０"] * count, list(range(1, 2 * count, 2))
    blocks = [[at] for at in range(count)]
    return blocks, options_of_blocks(words, lines, blocks, 3)


def test_runs_of_blocks_tiled_again_cost_the_same_work_as_found_afresh(monkeypatch):
    blocks, options = zeros_one_a_block(9)
    budget = [10**6]
    found = band_readings(blocks, 3, 3, lambda _row, _cells: True, limit=4096, block_options=options, budget=budget)
    used = 10**6 - budget[0]
    # the same search finding every run of blocks afresh: the same readings, the same work spent
    monkeypatch.setattr(column_blocks, "_replayed", lambda _known, _key, _spent, produce: produce())
    afresh = [10**6]
    assert band_readings(blocks, 3, 3, lambda _row, _cells: True, limit=4096, block_options=options,
                         budget=afresh) == found
    assert 10**6 - afresh[0] == used
    monkeypatch.undo()
    # so the search gives up on a budget one short of that work, as before, and reads on exactly that budget
    assert band_readings(blocks, 3, 3, lambda _row, _cells: True, limit=4096, block_options=options,
                         budget=[used - 1]) is None
    assert band_readings(blocks, 3, 3, lambda _row, _cells: True, limit=4096, block_options=options,
                         budget=[used]) == found
    assert len(found) == 40


def test_items_found_again_spend_their_work_before_each_as_when_found():
    def produce():  # 2 units before the first item, 3 before the second, 1 after
        for units, item in ((2, "a"), (3, "b")):
            spent[0] -= units
            yield item
        spent[0] -= 1

    known: dict = {}
    spent = [100]
    for _ in column_blocks._replayed(known, "key", spent, produce):
        spent[0] -= 10  # the consumer's own work is not the items'
    assert spent == [100 - 6 - 20]
    spent = [4]  # enough for the first item, not the second
    replay = column_blocks._replayed(known, "key", spent, produce)
    assert next(replay) == "a"
    with pytest.raises(column_blocks._Spent):
        next(replay)
    assert spent == [-1]
