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


def chunks_with_the_last_total_apart(table: dict[str, list[int]], sizes: list[int], blank: tuple[str, int]) -> str:
    """The report's text: labels, then each chunk's columns a paragraph each, the total column of the chunk
    before the last set after all of them; the `blank` cell (a zero) prints nothing."""
    paragraphs = [TITLE.rstrip("\n"), TABLE2.rstrip("\n"), "三、收到和处理政府信息公开申请情况", "申请人情况",
                  "自然人\n商业企业\n科研机构\n社会公益组织\n法律服务机构\n其他\n总计"]
    for _, label, heading in ROWS:
        paragraphs += ([heading] if heading else []) + [label]
    paragraphs.append("\f")
    blocks, at = [], 0
    for size in sizes:
        rows = KEYS[at:at + size]
        blocks += ["\n".join(f"{table[key][column]:,}" for key in rows if (key, column) != blank)
                   for column in range(WIDTH)]
        at += size
    apart = blocks.pop(len(blocks) - 1 - WIDTH)  # the total column of the chunk before the last
    paragraphs += [block for block in blocks if block] + [apart]
    paragraphs += ["四、行政复议、行政诉讼情况", "行政复议", "行政诉讼", "未经复议直接起诉", "复议后起诉"]
    paragraphs += ["结果维持 结果纠正 其他结果 尚未审结 总计"] * 3 + [str(v) for v in REVIEWS]
    paragraphs += ["五、存在的主要问题及改进情况", "一是公开形式单一。"]
    return "\n\n".join(paragraphs) + "\n"


def test_figures_of_a_sparse_column_are_never_recovered_in_another_whose_outcomes_pass_their_total():
    table = sparse_table()
    text = chunks_with_the_last_total_apart(table, [5, 5, 5, 5, 5], ("partially_granted", 3))
    report = parse_text(text, "plain.txt")
    read = applications_of(report)
    assert any(w.code == "column_chunks" and "short of its cells" in w.message for w in report.warnings)
    wrong = [(key, column, cell.value) for key, expected in table.items()
             for column, (cell, value) in enumerate(zip(read[key], expected))
             if cell.state != "unknown" and (cell.value or Decimal(0)) != value]
    assert wrong == []
    # the outcomes placed in a column of zeros pass its total of 0 there: unknown, not the third column's figures
    assert all(cell.state == "unknown" or not cell.value for key in KEYS for cell in read[key][3:6])
