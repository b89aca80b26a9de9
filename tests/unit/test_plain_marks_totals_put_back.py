"""plain `pdftotext` of Chromium's PDF, table 3's first two columns beside the labels and its other five
columns as poppler's blocks, bands of four to six rows (each band's columns 3-4 merged into one block), where
the table prints a blank mark (`/`) in its empty cells and the first band's total column stands after all the
other blocks (column_blocks.py's `totals_put_back`).

Every row sums to 0 whether a cell is 0 or `/`, so the blocks read in the order written (bands of other sizes)
keep every rule as well as with that column put back: the readings swap 0s and marks, and no rule tells which
is right. The cells they read apart must be unknown (application_columns._column_blocks_as reads the orders
put back beside the order written where blocks print marks); before, the order written alone was read, its
0s and marks recovered in the wrong cells (57 cells here). Made-up marks (the class of
benchmarks/fuzz_column_blocks.py --marks --apart)."""

from __future__ import annotations

from orchestration.parsing.parse import parse_text
from tests.unit.test_reader_classes import ROWS, TABLE2, TITLE, applications_of

# each row's seven cells: `/` a blank cell, 0 a zero (every row and column sums to 0)
PRINTED = {key: ["0" if (row + 2 * column) % 4 == 0 else "/" for column in range(7)]
           for row, (key, _, _) in enumerate(ROWS)}
BANDS = [5, 6, 4, 6, 4]  # rows a band
APART = 0  # the band whose total column stands after all the blocks
HEADER = "申请人情况\n\n自然人\n商业企业\n科研机构\n社会公益组织\n法律服务机构\n其他\n总计"


def blocks() -> list[str]:
    """Each band of rows (BANDS): columns 3-4 one block read row by row (poppler merged them), then columns 5, 6
    and 7 a block each; the total column (7) of the band APART after all the other blocks."""
    keys = [key for key, _, _ in ROWS]
    written, apart, first = [], [], 0
    for number, size in enumerate(BANDS):
        band = keys[first:first + size]
        first += size
        written += ["\n".join(" ".join(PRINTED[key][2:4]) for key in band),
                    *("\n".join(PRINTED[key][column] for key in band) for column in range(4, 6))]
        (apart if number == APART else written).append("\n".join(PRINTED[key][6] for key in band))
    return written + apart


def text() -> str:
    labels: list[str] = []
    for key, label, heading in ROWS:
        labels += [heading] if heading else []
        labels.append(label + "\n" + " ".join(PRINTED[key][:2]))  # the first two columns beside it
    reviews = ["行政复议", "行政诉讼", "未经复议直接起诉", "复议后起诉", *["结果维持 结果纠正 其他结果 尚未审结 总计"] * 3,
               *"100010001100000"]
    return "\n\n".join([TITLE + "\n" + TABLE2.rstrip("\n"), "三、收到和处理政府信息公开申请情况", HEADER, *labels,
                        "\f", *blocks(), "四、行政复议、行政诉讼情况", *reviews,
                        "五、存在的主要问题及改进情况", "一是公开形式单一。"]) + "\n"


def test_zeros_and_marks_two_orders_read_apart_are_unknown_never_guessed():
    read = applications_of(parse_text(text(), "plain.txt"))
    truth = {key: [None if mark == "/" else 0 for mark in marks] for key, marks in PRINTED.items()}
    wrong = [(key, column, cell.state, cell.value) for key, cells in read.items() for column, cell in enumerate(cells)
             if cell.state != "unknown" and (None if cell.value is None else int(cell.value)) != truth[key][column]]
    assert not wrong, wrong
    # the columns beside the labels stand in no block: read as printed
    assert all(read[key][column].state != "unknown" for key in truth for column in range(2))
    # the first band's total column (put back) and the columns the order written shifts into it are unknown
    assert any(cell.state == "unknown" for cell in read["new_received"][2:])
