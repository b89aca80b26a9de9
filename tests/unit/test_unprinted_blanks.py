"""Table 3 written in column chunks (`pdftotext` without -layout of Chromium's PDFs) where one or two
blank cells of a full table print nothing: the text holds one or two figures fewer than the table's
cells, and nothing says where the blanks stood. The rows' sums and the column rules place them where
only one place keeps them; a cell the places read differently is unknown, never a guess. Written by
hand, apart from the corpus generator."""

from __future__ import annotations

from decimal import Decimal

from orchestration.parsing.chunks import unprinted_blank_readings
from orchestration.parsing.recovery import applicant_sum_holds
from tests.unit.test_column_chunks import CHUNKED, in_chunks, plain_text, read_cells, sum_holds
from tests.unit.test_reader_classes import ROWS

KEYS = [key for key, _, _ in ROWS]


class _Unprinted:
    """A blank cell that prints nothing: its line is dropped from the text (`without_blanks`)."""

    def __str__(self) -> str:
        return "UNPRINTED"

    def __eq__(self, other) -> bool:
        return other is None or isinstance(other, _Unprinted)

    __hash__ = object.__hash__


BLANK = _Unprinted()


def without_blanks(text: str) -> str:
    return "\n".join(line for line in text.split("\n") if line != "UNPRINTED")


def full_table(**blanks: tuple[int, ...]) -> dict[str, list]:
    """A table 3 of figures other than zero in most cells (its sums and column rules keep), with
    the cells `blanks` names (row: columns) blank: read as 0 by the rules, printing nothing."""
    table = {key: [0] * 7 for key in KEYS}
    outcomes = KEYS[2:23]
    for at, key in enumerate(outcomes):
        table[key] = [(at * 7 + c * 3) % 5 + (c == 0) for c in range(6)]
    for key, columns in blanks.items():
        table[key] = [0 if column in columns else value for column, value in enumerate(table[key])]
    table["results_total"] = [sum(table[key][c] for key in outcomes) for c in range(6)]
    table["carried_over"] = [c % 2 for c in range(6)]
    table["carried_forward"] = [(c + 1) % 3 for c in range(6)]
    table["new_received"] = [table["results_total"][c] + table["carried_forward"][c] - table["carried_over"][c]
                             for c in range(6)]
    for key in KEYS:
        table[key].append(sum(table[key][:6]))
    for key, columns in blanks.items():
        assert 6 not in columns or not table[key][6], key  # a blank 总计 only where its parts are
        for column in columns:
            table[key][column] = BLANK
    return table


def value_of(expected) -> Decimal | None:
    return None if expected == BLANK else Decimal(expected)


def test_a_full_table_with_a_blank_that_printed_nothing_is_read():
    # a cell of zero made blank where its neighbours in the text are figures other than zero
    table = full_table(denied_prohibited_by_law=(0,))
    assert table["denied_prohibited_by_law"][0] == BLANK
    for pages in ([([3, 1, 2, 5, 1, 4, 6, 3], 0)], [([25], 0)], [([5], 0), ([4, 9, 7], 1)]):
        read = read_cells(without_blanks(plain_text(table, pages)))
        for key, expected in table.items():
            for cell, value in zip(read[key], expected):
                assert cell.state != "value", (pages, key, cell)  # the place of the blank is no proof
                assert cell.state == "unknown" or cell.value == value_of(value), (pages, key, cell)
        # it printed nothing: blank, or a 0 the text lost, which the sums read alike
        assert read["denied_prohibited_by_law"][0].state == "unknown", pages
        assert [cell.value for cell in read["denied_prohibited_by_law"][1:]] == [4, 2, 0, 3, 1, 10], pages
        assert sum(cell.state == "unknown" for cells in read.values() for cell in cells) <= 14, pages


def test_two_blanks_of_one_row_that_printed_nothing_are_read():
    table = full_table(rejected_petition=tuple(range(7)))
    table["rejected_petition"] = [0, BLANK, 0, 0, 0, 0, BLANK]  # a row of zeros, two of its cells blank
    for pages in ([([2, 3, 4, 2, 6, 5, 3], 0)], [([25], 0)]):
        report_text = without_blanks(plain_text(table, pages))
        read = read_cells(report_text)
        wrong = [(key, cell) for key, expected in table.items() for cell, value in zip(read[key], expected)
                 if cell.state != "unknown" and cell.value != value_of(value)]
        assert not wrong, pages
        assert sum(cell.state != "unknown" for cells in read.values() for cell in cells) >= 150, pages


def test_a_blank_among_zeros_that_printed_nothing_leaves_its_neighbours_unknown():
    # `rejected_confirmation` 0 0 0 0 0 0 and a blank 总计: among zeros a blank and a 0 trade places unseen
    table = dict(CHUNKED, rejected_confirmation=[0, 0, 0, 0, 0, 0, BLANK])
    read = read_cells(without_blanks(plain_text(table, [([25], 0)])))
    for key, expected in table.items():
        for cell, value in zip(read[key], expected):
            assert cell.state == "unknown" or cell.value == value_of(value), (key, cell)
    assert read["rejected_confirmation"][6].state == "unknown"
    assert read["new_received"][0].value == 12  # far from the blank: every place reads it alike


def test_readings_of_each_place_of_the_blank():
    table = [[3, 1, 4, 8], [2, 0, 7, 9], [5, 5, 1, 11], [1, 6, 2, 9]]
    figures = [figure for figure in in_chunks(table, [4]) if figure != 0]  # the one 0 printed nothing
    found = unprinted_blank_readings(figures, 4, 4, sum_holds, 1)
    assert [{tuple(value for value, _ in placing) for placing in row} for row in found] == \
        [{tuple(Decimal(v) for v in row)} if 0 not in row else {(Decimal(2), None, Decimal(7), Decimal(9))}
         for row in table]
    # a figure short where no place of a blank keeps every row's sum: no reading
    assert unprinted_blank_readings(figures[1:], 4, 4, sum_holds, 2) == []


def test_a_last_chunk_whose_total_column_stands_before_another_column_is_not_read():
    # one chunk of three rows, two blanks printing nothing: in column order (`2 3` / `5 4` / `7 3 4`) the
    # sums place them; where pdftotext sets the total column before the second one (poppler orders a
    # chunk's blocks by its own reading order, as where table 4's heading cuts the last chunk), no place of
    # the blanks keeps every row's sum, and nothing is read rather than the totals taken for parts
    in_order = [Decimal(figure) for figure in (2, 3, 5, 4, 7, 3, 4)]
    found = unprinted_blank_readings(in_order, 3, 3, sum_holds, 2)
    assert [{tuple(value for value, _ in placing) for placing in row} for row in found] == \
        [{(2, 5, 7)}, {(3, None, 3)}, {(None, 4, 4)}]
    total_column_first = [Decimal(figure) for figure in (2, 3, 7, 3, 4, 5, 4)]
    assert unprinted_blank_readings(total_column_first, 3, 3, sum_holds, 2) == []


def test_the_search_for_blanks_gives_up_on_a_table_of_zeros():
    zeros = [Decimal(0)] * (25 * 7 - 2)
    assert unprinted_blank_readings(zeros, 25, 7, applicant_sum_holds, 2, budget=20_000) is None


def test_two_blanks_in_a_chunk_of_one_row():
    # the last row `… 2 2` alone in its chunk, its first two cells blank: the blanks may stand in any two of
    # its parts' slots, and its total is 2 in each place
    table = [[3, 1, 4, 8], [5, 5, 1, 11], [0, 0, 2, 2]]
    figures = in_chunks(table, [2, 1])[:-4] + [Decimal(2), Decimal(2)]
    found = unprinted_blank_readings(figures, 3, 4, sum_holds, 2)
    assert {tuple(value for value, _ in placing) for placing in found[0]} == {(3, 1, 4, 8)}
    assert {placing[-1][0] for placing in found[2]} == {2}
    assert (None, None, 2, 2) in {tuple(value for value, _ in placing) for placing in found[2]}


def test_a_blank_beside_its_label_that_printed_nothing():
    # the first column written beside each label on the second page: one label with no figure after it
    table = full_table(unavailable_unclear=(0,))
    text = without_blanks(plain_text(table, [([5], 0), ([4, 9, 7], 1)]))
    assert "3.补正后申请内容仍不明确\n1.信访举报投诉类申请" in text.replace("\n\n", "\n").replace("（五）不予处理\n", "")
    read = read_cells(text)
    for key, expected in table.items():
        for cell, value in zip(read[key], expected):
            assert cell.state == "unknown" or cell.value == value_of(value), (key, cell)
    assert read["unavailable_unclear"][0].state == "unknown"
    assert [cell.value for cell in read["unavailable_unclear"][1:]] == table["unavailable_unclear"][1:]
    assert sum(cell.state == "unknown" for cells in read.values() for cell in cells) <= 8


def readings_of(found) -> list[set[tuple]]:
    return [{tuple(value for value, _ in placing) for placing in row} for row in found]


def test_a_chunks_total_column_set_after_the_others_enters_the_readings():
    # two chunks of two rows, `2 + 0 = 2`'s 0 printing nothing; poppler set the first chunk's total column
    # (`0 3`) after all the other blocks. Read in the order written, one chunking keeps every row's sum and
    # reads row 0 as 0 3 3 (its truth 0 0 0): read with the last block set apart too, the true table is among
    # the readings, and the cells the two orders read apart are no longer one reading
    table = [[0, 0, 0], [3, 0, 3], [3, None, 3], [3, 2, 5]]
    figures = [Decimal(v) for v in (0, 3, 0, 0, 3, 3, 2, 3, 5, 0, 3)]
    in_order = readings_of(unprinted_blank_readings(figures, 4, 3, sum_holds, 1))
    assert in_order[0] == {(0, 3, 3)}  # what the order written alone reads: wrong
    found = readings_of(unprinted_blank_readings(figures, 4, 3, sum_holds, 1, last_blocks=[1, 2, 2]))
    assert all(tuple(row) in readings for row, readings in zip(table, found))
    assert {reading[1] for reading in found[0]} == {0, 3, None}
    assert {reading[0] for reading in found[0]} == {0}  # read alike in every order: still read


def test_a_last_block_that_cannot_be_a_chunks_total_column_changes_nothing():
    # the same table written in order: its last block (`3 5`) is the last chunk's total column either way, and
    # set after the first chunk it adds up to none of its rows; a block longer than the table's rows is no
    # chunk's column: the readings are those of the order written
    table = [[0, 0, 0], [3, 0, 3], [3, None, 3], [3, 2, 5]]
    figures = [Decimal(v) for v in (0, 3, 0, 0, 0, 3, 3, 3, 2, 3, 5)]
    in_order = unprinted_blank_readings(figures, 4, 3, sum_holds, 1)
    assert all(tuple(row) in readings for row, readings in zip(table, readings_of(in_order)))
    assert unprinted_blank_readings(figures, 4, 3, sum_holds, 1, last_blocks=[2]) == in_order
    assert unprinted_blank_readings(figures, 4, 3, sum_holds, 1, last_blocks=[5]) == in_order
