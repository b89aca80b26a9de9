"""Table 3 in column chunks (`pdftotext` without -layout of Chromium's PDFs) of a sparse table (few
columns other than zero), where a blank cell printed nothing and the total column of the last chunk
stands after all the other blocks: an order the search for the blank's place does not try. Its rows of
zeros keep a sum in any order, so a reading may give one column's figures to another whose outcome rows
then sum past their results total, unknown cells or not (a count is never below 0): those cells are
unknown, never the figures of another column. Written by hand."""

from __future__ import annotations

from decimal import Decimal

from orchestration.parsing.parse import parse_text
from tests.unit.test_reader_classes import REVIEWS, ROWS, TABLE2, TITLE, applications_of

KEYS = [key for key, _, _ in ROWS]
WIDTH = 7


def sparse_table() -> dict[str, list[int]]:
    """Every figure in the third column (科研机构) and the totals: its outcomes 360, 35 and 42431."""
    table = {key: [0] * WIDTH for key in KEYS}
    for key, value in (("denied_enforcement_files", 360), ("other_no_correction", 35), ("other_misc", 42431)):
        table[key][2] = value
    table["results_total"][2] = 42826
    table["carried_over"][2] = 37898
    table["new_received"][2] = 42826 - 37898
    for key in KEYS:
        table[key][-1] = sum(table[key][:-1])
    return table


def chunks_with_totals_apart(table: dict[str, list[int]], sizes: list[int], apart: list[int],
                             blank: tuple[str, int] | None = None, lead: int = 0) -> str:
    """The report's text: labels (the first `lead` columns on a line after each), then each chunk's columns a
    paragraph each, the total columns of the chunks numbered in `apart` set after all of them; the `blank`
    cell (a zero) prints nothing."""
    paragraphs = [TITLE.rstrip("\n"), TABLE2.rstrip("\n"), "三、收到和处理政府信息公开申请情况", "申请人情况",
                  "自然人\n商业企业\n科研机构\n社会公益组织\n法律服务机构\n其他\n总计"]
    for key, label, heading in ROWS:
        beside = " ".join(f"{value:,}" for value in table[key][:lead])
        paragraphs += ([heading] if heading else []) + [label + ("\n" + beside if beside else "")]
    paragraphs.append("\f")
    blocks, set_apart, at = [], [], 0
    for number, size in enumerate(sizes):
        rows = KEYS[at:at + size]
        chunk = ["\n".join(f"{table[key][column]:,}" for key in rows if (key, column) != blank)
                 for column in range(lead, WIDTH)]
        if number in apart:
            set_apart.append(chunk.pop())
        blocks += chunk
        at += size
    paragraphs += [block for block in blocks if block] + set_apart
    paragraphs += ["四、行政复议、行政诉讼情况", "行政复议", "行政诉讼", "未经复议直接起诉", "复议后起诉"]
    paragraphs += ["结果维持 结果纠正 其他结果 尚未审结 总计"] * 3 + [str(v) for v in REVIEWS]
    paragraphs += ["五、存在的主要问题及改进情况", "一是公开形式单一。"]
    return "\n\n".join(paragraphs) + "\n"


def wrong_cells(table: dict[str, list[int]], text: str) -> list[tuple]:
    """The cells of table 3 read with a figure other than the table's (an unknown cell is never wrong)."""
    read = applications_of(parse_text(text, "plain.txt"))
    return [(key, column, cell.value) for key, expected in table.items()
            for column, (cell, value) in enumerate(zip(read[key], expected))
            if cell.state != "unknown" and (cell.value or Decimal(0)) != value]


def test_figures_of_a_sparse_column_are_never_recovered_in_another_whose_outcomes_pass_their_total():
    table = sparse_table()
    text = chunks_with_totals_apart(table, [5, 5, 5, 5, 5], [3], ("partially_granted", 3))
    report = parse_text(text, "plain.txt")
    read = applications_of(report)
    assert any(w.code == "column_chunks" and "short of its cells" in w.message for w in report.warnings)
    wrong = [(key, column, cell.value) for key, expected in table.items()
             for column, (cell, value) in enumerate(zip(read[key], expected))
             if cell.state != "unknown" and (cell.value or Decimal(0)) != value]
    assert wrong == []
    # the outcomes placed in a column of zeros pass its total of 0 there: unknown, not the third column's figures
    assert all(cell.state == "unknown" or not cell.value for key in KEYS for cell in read[key][3:6])


def one_figure_table(column: int, row: str, value: int) -> dict[str, list[int]]:
    """A table of zeros but `value` received and resolved as `row` in `column` (and the totals)."""
    table = {key: [0] * WIDTH for key in KEYS}
    for key in ("new_received", row, "results_total"):
        table[key][column] = table[key][-1] = value
    return table


def test_an_order_written_that_breaks_the_column_rules_yields_to_totals_set_apart():
    # rows of zeros keep their sums in any order: read in the order written, the figure's rows slide onto
    # others and APP_BALANCE fails; the total columns set apart read the cells otherwise, so those are unknown
    sizes = [2, 1, 2, 1, 2, 1, 1, 2, 3, 1, 2, 4, 1, 2]
    for column, row, apart in ((4, "rejected_confirmation", [2, 8]), (4, "rejected_confirmation", [7, 8]),
                               (2, "granted", [7, 8]), (3, "unavailable_not_held", [4, 8])):
        table = one_figure_table(column, row, 94)
        assert wrong_cells(table, chunks_with_totals_apart(table, sizes, apart, lead=2)) == [], (row, apart)


def test_the_rival_with_totals_apart_disputes_only_the_columns_whose_rules_the_order_written_breaks():
    # fuzz_column_blocks --apart seed 6 case 174: read in order, 94 slides onto rejected_excessive and other_misc in
    # the 法律服务机构 column and the totals'; the columns whose rules hold (all zeros) stay read
    table = one_figure_table(4, "rejected_confirmation", 94)
    report = parse_text(chunks_with_totals_apart(table, [2, 1, 2, 1, 2, 1, 1, 2, 3, 1, 2, 4, 1, 2], [2, 8], lead=2),
                        "plain.txt")
    read = applications_of(report)
    assert any(w.code == "column_chunks" and "breaks a column rule" in w.message for w in report.warnings)
    for key in KEYS:
        assert all(cell.state != "unknown" and cell.value == value
                   for column, (cell, value) in enumerate(zip(read[key], table[key])) if column not in (4, 6)), key
    assert read["rejected_confirmation"][4].state == "unknown"
    assert read["rejected_excessive"][4].state == "unknown" and read["other_misc"][4].state == "unknown"


def test_an_order_written_that_keeps_the_column_rules_has_no_rival_with_totals_apart():
    # the same table in chunks in the order written: every rule holds, so no reading apart is asked and no cell
    # is made unknown
    table = one_figure_table(4, "rejected_confirmation", 94)
    report = parse_text(chunks_with_totals_apart(table, [2, 1, 2, 1, 2, 1, 1, 2, 3, 1, 2, 4, 1, 2], [], lead=2),
                        "plain.txt")
    read = applications_of(report)
    assert not any("set after all the others" in w.message for w in report.warnings)
    assert all(cell.state != "unknown" and cell.value == value
               for key in KEYS for cell, value in zip(read[key], table[key]))
