"""Full-width figures too wide for their narrow columns, wrapped in pieces, in plain `pdftotext` of Chromium's
PDFs (wrapped_blocks.py; column_blocks.py reads the bands): a block's lines top to bottom, each cell centred
in its row, left to right at one height; each column one width that every line fits and every piece but a
figure's last fills. Made-up text written by hand: what the page proves reads (recovered), what only one
model of it could is left unknown."""

from __future__ import annotations

from itertools import product

from orchestration.parsing.column_blocks import band_readings
from orchestration.parsing.parse import parse_text
from orchestration.parsing.wrapped_blocks import MAX_PIECES, _row_shapes, block_readings, options_of_blocks
from testkit.corpus import FULL_WIDTH_DIGITS as WIDE
from tests.unit.test_reader_classes import FIGURES, REVIEWS, ROWS, TABLE2, TITLE, applications_of


def texts(words: list[str], reading: list[list[tuple[int, ...]]]) -> list[list[str]]:
    return [["".join(words[at] for at in cell) for cell in row] for row in reading]


def test_a_wrapped_figure_takes_the_one_line_cell_beside_it_between_its_pieces():
    # rows 1,080 | 7 and 2 | 0: the first cell wrapped over two lines, the cell beside it centred between them
    words, lines = ["１,０", "７", "８０", "２", "０"], [1, 2, 3, 4, 5]
    found = [texts(words, reading) for reading in block_readings(words, lines, 2, 2)]
    # which of the two columns wrapped the page does not say: the caller's sums do
    assert sorted(found) == sorted([[["１,０８０", "７"], ["２", "０"]], [["７", "１,０８０"], ["２", "０"]]])


def test_pieces_never_open_on_a_separator_nor_a_figure_on_a_zero():
    assert block_readings(["１", ",０８０"], [1, 2], 1, 1) == []  # no break falls before a separator
    assert block_readings(["０", "３"], [1, 2], 1, 1) == []  # `03` is no count: two cells, not one
    assert block_readings(["１,０", "８"], [1, 2], 1, 1) == []  # `1,08`: thousands grouped wrong


def test_every_piece_but_the_last_fills_the_column():
    # `１` / `２３`: a column as wide as `１` would wrap `２３` too, so no width prints 123 so
    assert block_readings(["１", "２３"], [1, 2], 1, 1) == []
    assert [texts(["１２", "３"], reading) for reading in block_readings(["１２", "３"], [1, 2], 1, 1)] == [[["１２３"]]]
    # one width for the whole column: `１２` / `３` (under three digits wide) and `４５６` on one line cannot share it
    assert block_readings(["１２", "３", "４５６"], [1, 2, 3], 2, 1) == []


def test_words_on_one_line_stand_at_one_height():
    # `７３ ０` on one line: two one-line cells; read as a piece and a cell they would stand at two heights
    words, lines = ["１,０", "０", "８０", "７３", "０"], [1, 2, 3, 4, 4]
    found = [texts(words, reading) for reading in block_readings(words, lines, 2, 2)]
    assert all(reading[1] == ["７３", "０"] for reading in found) and found


def test_the_first_rows_one_line_cell_left_of_a_wrapped_one_may_stand_at_the_blocks_end():
    # the other applicants' 3 beside a total of 1,095 wrapped: poppler sets the 3 after the block's last line
    words, lines = ["１,０", "９５", "０", "２", "３"], [1, 2, 3, 3, 4]
    found = [texts(words, reading) for reading in block_readings(words, lines, 2, 2)]
    assert [["３", "１,０９５"], ["０", "２"]] in found


def test_a_group_of_columns_may_be_bands_of_fewer_rows_of_their_own():
    # rows 200 | 0 | 200 and 5 | 1 | 6: the first column one block of both rows, the middle column single
    # cells (its own bands of one row), the total a block; the first row's figures wrapped
    words = ["２０", "０", "５", "０", "１", "２０", "０", "６"]
    lines = [1, 2, 3, 5, 7, 9, 10, 11]
    blocks = [[0, 1, 2], [3], [4], [5, 6, 7]]

    def holds(_row, cells):
        values = [int("".join(words[at] for at in cell).translate(str.maketrans("０１２３４５６７８９", "0123456789")))
                  for cell in cells]
        return sum(values[:-1]) == values[-1]

    found = band_readings(blocks, 2, 3, holds, limit=64, block_options=options_of_blocks(words, lines, blocks, 3))
    assert [texts(words, reading) for reading in found] == [[["２００", "０", "２００"], ["５", "１", "６"]]]


# a table of full-width figures, natural persons' column two digits wide: 1,080, 522 and 1,079 wrap
TABLE = {key: [0] * 7 for key in FIGURES}
TABLE.update({
    "new_received": [1080, 0, 0, 15, 0, 0, 1095],
    "carried_over": [0, 0, 0, 2, 0, 0, 2],
    "granted": [522, 0, 0, 5, 0, 0, 527],
    "partially_granted": [73, 0, 0, 2, 0, 0, 75],
    "denied_state_secret": [3, 0, 0, 0, 0, 0, 3],
    "unavailable_not_held": [481, 0, 0, 10, 0, 0, 491],
    "results_total": [1079, 0, 0, 17, 0, 0, 1096],
    "carried_forward": [1, 0, 0, 0, 0, 0, 1],
})


def wrapped(value: int) -> list[str]:
    """`value` in full-width digits in a column two digits wide (`１,０` / `８０`)."""
    text = f"{value:,}".translate(WIDE)
    if len(text.replace(",", "")) <= 2:
        return [text]
    return [text[:3], text[3:]] if "," in text else [text[:2], text[2:]]


def row_lines(values: list[int]) -> list[str]:
    """A row of one block of all seven columns, in poppler's order: each cell centred in the row."""
    cells = [wrapped(value) for value in values]
    tallest = max(map(len, cells))
    items = sorted(((tallest - len(cell) + 2 * piece, column, text) for column, cell in enumerate(cells)
                    for piece, text in enumerate(cell)), key=lambda item: item[:2])
    return [text for _, _, text in items]


def plain_text(table: dict[str, list[int]]) -> str:
    labels = [line for _, text, heading in ROWS for line in ([heading] if heading else []) + [text]]
    # each row its own band of one block of its seven columns, an empty line after it
    blocks = ["\n".join(row_lines(table[key])) for key, _, _ in ROWS]
    review = ["四、行政复议、行政诉讼情况", "行政复议", "行政诉讼", "未经复议直接起诉", "复议后起诉",
              *["结果维持 结果纠正 其他结果 尚未审结 总计"] * 3, *map(str, REVIEWS)]
    return "\n\n".join([TITLE.rstrip("\n"), TABLE2.rstrip("\n"), "\f三、收到和处理政府信息公开申请情况", "申请人情况",
                        "自然人\n商业企业\n科研机构\n社会公益组织\n法律服务机构\n其他\n总计", *labels, *blocks, *review,
                        "五、存在的主要问题及改进情况", "一是公开形式单一。"]) + "\n"


def test_a_table_of_wrapped_figures_reads_where_its_rules_prove_the_pieces():
    report = parse_text(plain_text(TABLE), "plain.txt")
    read = applications_of(report)
    assert {key: [None if cell.value is None else int(cell.value) for cell in cells] for key, cells in read.items()} \
        == TABLE
    assert {cell.state for cells in read.values() for cell in cells} == {"recovered"}
    assert any("wrapped in pieces" in warning.message for warning in report.warnings if warning.code == "column_blocks")


def test_wrapped_figures_that_two_columns_could_hold_are_unknown():
    # 1,080 wrapped beside a 0 in the row of new applications and the same beside it in the row the outcomes
    # add up to: natural persons 1,080 and companies 0, or the other way; every rule holds both ways
    table = {key: [0] * 7 for key in FIGURES}
    table.update({"new_received": [1080, 0, 0, 0, 0, 0, 1080], "granted": [1080, 0, 0, 0, 0, 0, 1080],
                  "results_total": [1080, 0, 0, 0, 0, 0, 1080]})
    read = applications_of(parse_text(plain_text(table), "plain.txt"))
    for key in ("new_received", "granted", "results_total"):
        assert [cell.state for cell in read[key][:2]] == ["unknown", "unknown"]
        assert all(cell.state == "unknown" or int(cell.value) == value for cell, value in zip(read[key], table[key]))


def test_where_blocks_may_wrap_a_bands_first_block_may_come_after_its_others():
    # rows 4 | 1 | 5 and 201 | 14 | 215: the middle and last columns' blocks first, then the first column's
    # (poppler set it last where its wrapped 201 made its first line stand lower)
    words = ["１", "１４", "５", "２１", "５", "４", "２０", "１"]
    lines = [1, 2, 4, 5, 6, 8, 9, 10]
    blocks = [[0, 1], [2, 3, 4], [5, 6, 7]]

    def holds(_row, cells):
        values = [int("".join(words[at] for at in cell).translate(str.maketrans("０１２３４５６７８９", "0123456789")))
                  for cell in cells]
        return sum(values[:-1]) == values[-1]

    found = band_readings(blocks, 2, 3, holds, limit=64, block_options=options_of_blocks(words, lines, blocks, 3))
    assert [["４", "１", "５"], ["２０１", "１４", "２１５"]] in [texts(words, reading) for reading in found]
    # each word a figure (no block may wrap), the blocks are read left to right only: no reading
    assert band_readings([[0, 1], [2, 3, 4], [5, 6, 7]], 2, 3, holds) == []


def test_the_row_shapes_tried_are_every_count_of_lines_in_order_with_the_first_rows_movable_cells():
    shapes = _row_shapes(2)
    assert [counts for counts, _, _ in shapes] == list(product(range(1, MAX_PIECES + 1), repeat=2))
    assert all(taken == sum(counts) for counts, taken, _ in shapes)
    movable = {counts: cells for counts, _, cells in shapes}
    assert movable[(1, 2)] == (0,)  # a one-line cell left of a wrapped one may stand at the block's end
    assert movable[(2, 1)] == () and movable[(1, 1)] == () and movable[(2, 2)] == ()


def test_a_row_taking_more_lines_than_the_rows_below_leave_costs_no_work():
    # one row of one cell on one line: only the shape of one line is tried (one unit of work), and it reads
    work = [10]
    assert [texts(["１"], reading) for reading in block_readings(["１"], [1], 1, 1, work=work)] == [[["１"]]]
    assert work == [9]
    # `１２` / `３` / `４` as two rows: the first row may take two lines (123), never three (the second row needs one)
    work = [100]
    found = [texts(["１２", "３", "４"], reading) for reading in block_readings(["１２", "３", "４"], [1, 2, 3], 2, 1,
                                                                               work=work)]
    assert found == [[["１２３"], ["４"]]]
    assert work == [95]
