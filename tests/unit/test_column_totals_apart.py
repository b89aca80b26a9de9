"""Table 3 as plain `pdftotext` writes Chromium's PDF of a wide table, with the total column of some bands of
rows set after all the other blocks: an order no chunking of the rows describes. Rows of zeros keep a sum
in any order, so a chunking of the wrong order may still keep every row's sum, and give one row's figures to
another, even on a chunk that looks proved (`9 0 0 0` read across as one row: 9 + 0 + 0 + 0 = 9).

The column rules are the only check of such a placing. Where they fail in several applicant columns (a
misprint breaks one, and the totals'), the chunking moved figures between rows, and no cell of a failing
column is proven; where the results total is unknown in a column, neither rule checks it, and its cells
placed without proof are unknown. Never a wrong number: unknown where the text cannot say."""

from __future__ import annotations

import random

from benchmarks.fuzz_column_blocks import make_case
from orchestration.parsing.parse import parse_text
from tests.unit.test_column_chunks import CHUNKED, plain_text
from tests.unit.test_reader_classes import REVIEWS, ROWS, TABLE2, TITLE, applications_of

KEYS = [key for key, _, _ in ROWS]
LEAD = 2  # the first two columns written beside each label


def totals_apart(figures: dict[str, list[int]], bands: list[int], apart: set[int], head: int = 0) -> str:
    """The first `head` rows' labels, then their columns as blocks (a figure a line, an empty line after);
    the other labels, each with its first two figures beside it; then each band's columns past those as
    blocks, the total blocks of the bands in `apart` set after all the other blocks."""
    paragraphs = [TITLE.rstrip("\n"), TABLE2.rstrip("\n"), "三、收到和处理政府信息公开申请情况", "申请人情况",
                  "自然人\n商业企业\n科研机构\n社会公益组织\n法律服务机构\n其他\n总计"]
    for index, (key, label, heading) in enumerate(ROWS):
        paragraphs += [heading] if heading else []
        paragraphs.append(label if index < head else label + "\n" + " ".join(str(v) for v in figures[key][:LEAD]))
        if index == head - 1:
            paragraphs += ["\n".join(str(figures[key][column]) for key in KEYS[:head]) for column in range(7)]
    paragraphs.append("\f四、行政复议、行政诉讼情况")
    blocks, later, at = [], [], head
    for number, size in enumerate(bands):
        rows = KEYS[at:at + size]
        columns = ["\n".join(str(figures[key][column]) for key in rows) for column in range(LEAD, 7)]
        blocks += columns[:-1]
        (later if number in apart else blocks).append(columns[-1])
        at += size
    paragraphs += [*blocks, *later, "行政复议", "行政诉讼", "未经复议直接起诉", "复议后起诉"]
    paragraphs += ["结果维持 结果纠正 其他结果 尚未审结 总计"] * 3 + [str(v) for v in REVIEWS]
    paragraphs += ["五、存在的主要问题及改进情况", "一是公开形式单一。"]
    return "\n\n".join(paragraphs) + "\n"


def wrong_cells(report, figures: dict[str, list[int]]) -> list:
    return [(key, column, cell.state, cell.value) for key, cells in applications_of(report).items()
            for column, cell in enumerate(cells)
            if cell.state != "unknown" and (cell.value or 0) != figures[key][column]]


def table_of(rows: dict[str, list[int]]) -> dict[str, list[int]]:
    table = {key: [0] * 7 for key in KEYS}
    table.update(rows)
    return table


# figures only in four middle columns, each 9 in all: four outcome rows whose square of figures reads alike
# as its transpose, so the rows' sums keep a chunking that reads the blocks across
SQUARE = table_of({"new_received": [0, 0, 9, 9, 9, 9, 36], "results_total": [0, 0, 9, 9, 9, 9, 36],
                   "denied_state_secret": [0, 0, 3, 6, 0, 0, 9], "denied_prohibited_by_law": [0, 0, 0, 3, 6, 0, 9],
                   "denied_security_stability": [0, 0, 0, 0, 3, 6, 9],
                   "denied_third_party_rights": [0, 0, 6, 0, 0, 3, 9]})


def test_a_chunking_breaking_the_column_rules_in_several_columns_proves_no_cell_of_them():
    report = parse_text(totals_apart(SQUARE, [4, 5, 5, 2, 2, 5, 2], {0, 5}), "plain.txt")
    assert any(w.code == "column_chunks" for w in report.warnings)
    assert wrong_cells(report, SQUARE) == []
    read = applications_of(report)
    # `9 0 0 0 9` read across as new_received's row keeps its sum; the columns' rules refuse it
    assert all(cell.state == "unknown" for cell in read["new_received"][LEAD:])
    assert any(w.code == "column_rules_fail" for w in report.warnings)
    # the columns written beside the labels are still read
    assert [cell.value for cell in read["results_total"][:LEAD]] == [0, 0]


# a column of figures in two outcome rows (16, 24) and the intake rows, the other columns zeros
SPARSE = table_of({"new_received": [0, 0, 0, 98, 0, 0, 98], "carried_over": [0, 0, 0, 110, 0, 0, 110],
                   "unavailable_needs_creation": [0, 0, 0, 16, 0, 0, 16],
                   "rejected_publication": [0, 0, 0, 24, 0, 0, 24],
                   "results_total": [0, 0, 0, 40, 0, 0, 40], "carried_forward": [0, 0, 0, 168, 0, 0, 168]})


def test_a_column_whose_results_total_is_unknown_keeps_no_cell_placed_on_zeros():
    report = parse_text(totals_apart(SPARSE, [4, 1, 5, 5, 2, 4], {0}, head=4), "plain.txt")
    assert wrong_cells(report, SPARSE) == []
    read = applications_of(report)
    # the chunkings all read rejected_publication as zeros (its 24 given to no row), but no column rule
    # checks that column: its results total is unknown
    assert read["results_total"][3].state == "unknown" and read["rejected_publication"][3].state == "unknown"
    # the columns written beside the labels are still read
    assert all(cell.value == 0 for key in KEYS[4:] for cell in read[key][:LEAD])


def test_a_table_in_column_chunks_whose_rules_hold_is_read_as_before():
    report = parse_text(plain_text(CHUNKED, [([3, 1, 2, 5, 1, 4, 6, 3], 0)]), "plain.txt")
    read = applications_of(report)
    assert all(cell.state != "unknown" and cell.value == value
               for key, expected in CHUNKED.items() for cell, value in zip(read[key], expected))
    assert not any(w.code == "column_rules_fail" for w in report.warnings)


def test_a_chunking_whose_column_rules_check_nothing_yields_to_totals_set_apart():
    # the square's figures read in the order written onto other rows (other_no_fee_paid's `9 9 9 9`, a blank
    # row's zeros), every row keeping its sum and no column rule failing: an unknown cell leaves them
    # unchecked in those columns, where the total columns set apart read the cells otherwise (fuzz_column_blocks
    # --apart seed 6 case 36): unknown there, never the order written's figures
    for bands, apart in (([3, 5, 5, 5, 4, 1, 2], {0, 6}), ([3, 5, 2, 5, 1, 4, 5], {2})):
        report = parse_text(totals_apart(SQUARE, bands, apart), "plain.txt")
        assert wrong_cells(report, SQUARE) == [], (bands, apart)
        assert any(w.code == "column_chunks" and "leaves it unchecked" in w.message for w in report.warnings)


def fuzzed_case(seed: int, case: int) -> tuple[str, dict[str, list[int | None]]]:
    """fuzz_column_blocks --apart's case `case` of `seed` (its text and truth)."""
    rng = random.Random(seed)
    for _ in range(case):
        make_case(rng, apart=True)
    text, truth, _ = make_case(rng, apart=True)
    return text, truth


def test_rows_placed_whole_on_other_rows_are_unknown_in_the_totals_column_too():
    # seed 8 case 129: the square's rows read in the order written one row down, every applicant column then
    # unknown; each row's total stands where its row was placed, and the totals' column keeps its rules with the
    # rows swapped whole: disputed by the totals set apart too. Seed 5 case 99: two rows' totals swapped so.
    for seed, case in ((8, 129), (5, 99)):
        text, truth = fuzzed_case(seed, case)
        read = applications_of(parse_text(text, "plain.txt"))
        assert [(key, column) for key, cells in read.items() for column, cell in enumerate(cells)
                if cell.state != "unknown" and (cell.value if cell.value is None else int(cell.value))
                != truth[key][column]] == [], (seed, case)


def test_a_blank_printing_nothing_where_a_bands_total_column_is_set_apart():
    # a zero cell that printed nothing makes the blocks a figure short: read as column chunks with an unprinted
    # blank, where the order written alone placed the band's figures wrong (seed 5 case 163: a row's total taken
    # for the next row's parts; seed 7 case 30: the blank's neighbour 0 read in its place). The last blocks read
    # as a chunk's total column set apart too: no cell wrong, the cells the orders read apart unknown, the
    # blank's cell unknown (a blank, or a 0 the text lost)
    for seed, case, blank in ((5, 163, ("granted", 2)), (7, 30, ("other_no_fee_paid", 0))):
        text, truth = fuzzed_case(seed, case)
        assert truth[blank[0]][blank[1]] is None
        read = applications_of(parse_text(text, "plain.txt"))
        assert [(key, column) for key, cells in read.items() for column, cell in enumerate(cells)
                if cell.state != "unknown" and (cell.value if cell.value is None else int(cell.value))
                != truth[key][column]] == [], (seed, case)
        assert read[blank[0]][blank[1]].state == "unknown"
        assert sum(cell.state != "unknown" for cells in read.values() for cell in cells) >= 60, (seed, case)
