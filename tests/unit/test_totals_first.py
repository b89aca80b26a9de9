"""Table 3 of Chromium's PDF through plain `pdftotext` where a narrow total column's wrapped cell starts
above its row: poppler writes that column for the first rows as one block before the others, the first
rows whole after it, then the other rows in column chunks, the first column beside the labels
(chunks.py's `totals_first_readings`). Made-up words of small tables (two parts and a total), written
by hand: one order reads, an order the sums cannot settle leaves its rows' readings several (unknown)."""

from __future__ import annotations

from decimal import Decimal

from orchestration.parsing.chunks import totals_first_readings
from orchestration.parsing.wrapped_digits import Word


def sum_holds(row) -> bool:
    return sum(value or 0 for value in row[:-1]) == (row[-1] or 0)


def words(*lines: tuple[int, str]) -> list[Word]:
    """Figures a line each, alone on their lines (line, full-width text)."""
    return [Word(text, line, True) for line, text in lines]


def values(readings) -> list[set[tuple]]:
    return [{tuple(value for value, _ in placing) for placing in row} for row in readings]


def D(*figures: int) -> tuple:
    return tuple(Decimal(figure) for figure in figures)


# rows 12 3 15 / 2 5 7 / 4 1 5 / 6 2 8: the totals of rows 0 and 1 first (15 wrapped `１` / `５` on the
# lines before `７`: one block), row 0 whole, the first column beside the labels of rows 1-3, row 1's other
# part alone (its total stood first), then rows 2 and 3 in a chunk
WRAPPED_TOTALS_FIRST = words((10, "１"), (11, "５"), (12, "７"), (14, "１２"), (16, "３"), (18, "２"), (20, "４"),
                             (22, "６"), (24, "５"), (26, "１"), (28, "２"), (30, "５"), (32, "８"))


def test_the_first_rows_totals_set_before_the_others_are_read():
    readings = totals_first_readings(WRAPPED_TOTALS_FIRST, 4, 3, sum_holds)
    assert values(readings) == [{D(12, 3, 15)}, {D(2, 5, 7)}, {D(4, 1, 5)}, {D(6, 2, 8)}]
    # a figure's place is its first word: 15 opens on `１` (word 0), row 0's total
    assert {placing[2][1] for placing in readings[0]} == {0}


def test_the_labels_say_where_the_rows_in_chunks_open():
    # row 1's label after the five words of the totals and row 0: read; a label elsewhere: no reading
    assert values(totals_first_readings(WRAPPED_TOTALS_FIRST, 4, 3, sum_holds, counts={1: 5}))[0] == {D(12, 3, 15)}
    assert totals_first_readings(WRAPPED_TOTALS_FIRST, 4, 3, sum_holds, counts={1: 7}) == []


def test_rows_the_sums_cannot_settle_keep_several_readings():
    # rows 12 0 12 / 2 1 3 / 1 2 3 / 0 2 2: the text's order keeps every sum with rows 2 and 3 read either
    # way round, so their cells are unknown (the caller reads a cell only where all readings agree); rows
    # 0 and 1 read
    ambiguous = words((10, "１"), (11, "２"), (12, "３"), (14, "１２"), (16, "０"), (18, "２"), (20, "１"),
                      (22, "０"), (24, "１"), (26, "２"), (28, "２"), (30, "３"), (32, "２"))
    readings = values(totals_first_readings(ambiguous, 4, 3, sum_holds))
    assert readings[:2] == [{D(12, 0, 12)}, {D(2, 1, 3)}]
    assert readings[2] == readings[3] == {D(1, 2, 3), D(0, 2, 2)}


def test_too_many_groupings_of_the_pieces_give_up():
    # pieces of one width on lines one after the other: each may go on the next; past the bound, no reading
    many = words(*((line, "１") for line in range(10, 40)))
    assert totals_first_readings(many, 3, 3, sum_holds) is None


def wide(value: int) -> str:
    return "".join("０１２３４５６７８９"[int(digit)] for digit in str(value))


def totals_first_text(table: dict[str, list[int]], totals: int, sizes: list[int]) -> str:
    """A report whose table 3 reads as plain `pdftotext` of Chromium's PDF writes it when a total of the first
    rows wraps (full-width digits, a piece a line): row 0's label, the total column of the first `totals`
    rows as one block (its lines one after the other), row 0's parts, then each other row's label with its
    first column, then the other columns in chunks of `sizes` rows (those of the first rows without their
    totals), each figure a paragraph of its own."""
    from tests.unit.test_column_chunks import REVIEWS, ROWS, TABLE2, TITLE

    rows = [table[key] for key, _, _ in ROWS]
    paragraphs = [TITLE.rstrip("\n"), TABLE2.rstrip("\n"), "三、收到和处理政府信息公开申请情况", "申请人情况",
                  "自然人\n商业企业\n科研机构\n社会公益组织\n法律服务机构\n其他\n总计", ROWS[0][1],
                  "\n".join(piece for row in rows[:totals] for piece in wide(row[6])),
                  *(wide(value) for value in rows[0][:6])]
    for key, label, heading in ROWS[1:]:
        paragraphs += [heading] if heading else []
        paragraphs += [label + "\n" + wide(table[key][0])]
    at = 1
    for size in sizes:
        columns = range(1, 6 if at < totals else 7)
        paragraphs += [wide(rows[row][column]) for column in columns for row in range(at, at + size)]
        at += size
    paragraphs += ["\f", "四、行政复议、行政诉讼情况", "行政复议", "行政诉讼", "未经复议直接起诉", "复议后起诉"]
    paragraphs += ["结果维持 结果纠正 其他结果 尚未审结 总计"] * 3 + [str(v) for v in REVIEWS]
    paragraphs += ["五、存在的主要问题及改进情况", "一是公开形式单一。"]
    return "\n\n".join(paragraphs) + "\n"


def adding_up() -> dict[str, list[int]]:
    """test_column_chunks' CHUNKED made to keep the column rules: its outcome rows sum to 15 / 3 / 1 in the
    first three columns where its （七）总计 prints 11 / 3 / 0, new_received raised to keep the balance."""
    from tests.unit.test_column_chunks import CHUNKED

    return dict(CHUNKED, new_received=[16, 3, 1, 0, 0, 0, 20], results_total=[15, 3, 1, 0, 0, 0, 19])


def test_a_report_whose_first_totals_wrap_before_the_other_figures_is_read():
    from tests.unit.test_column_chunks import read_cells

    # new_received's 20 and granted's 10 wrapped `２` / `０`, `１` / `０` in the block of the first three totals
    table = adding_up()
    read = read_cells(totals_first_text(table, 3, [2, 5, 1, 4, 6, 3, 3]))
    for key, expected in table.items():
        for cell, value in zip(read[key], expected):
            assert cell.state in ("recovered", "unknown") and (cell.state == "unknown" or cell.value == value), \
                (key, cell)
    assert [cell.value for cell in read["new_received"]] == [16, 3, 1, 0, 0, 0, 20]
    assert sum(cell.state == "recovered" for cells in read.values() for cell in cells) >= 120


def test_an_order_outside_the_model_that_keeps_the_rows_sums_but_no_column_rule_reads_no_figure_wrong():
    from tests.unit.test_column_chunks import CHUNKED, read_cells

    # row 0 written whole with two of its parts out of the columns' order (`１６` / `３` / `１` as `１６` / `１` /
    # `３`, or `３` / `１６` / `１`): every row keeps its sum, a column rule fails whatever the unknown cells hold,
    # as it would in a report that does not add up (CHUNKED: its outcome rows sum to 15 where its total prints
    # 11); the two read alike, so the table is read by neither, never a figure in another column's cell
    for table in (adding_up(), CHUNKED):
        paragraphs = totals_first_text(table, 3, [2, 5, 1, 4, 6, 3, 3]).split("\n\n")
        at = paragraphs.index(wide(table["new_received"][0]))
        for first in (None, at, at + 1):
            swapped = list(paragraphs)
            if first is not None:
                swapped[first], swapped[first + 1] = swapped[first + 1], swapped[first]
            elif table is not CHUNKED:
                continue
            read = read_cells("\n\n".join(swapped))
            for key, expected in table.items():
                for cell, value in zip(read[key], expected):
                    assert cell.state == "unknown" or cell.value == value, (first, key, cell)
