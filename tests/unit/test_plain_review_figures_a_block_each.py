"""Table 4 in plain `pdftotext` of a print that makes each figure a block of its own: every figure on a line
followed by an empty line, the header's lines (`复议后起诉` / `总计`, `结果 结果 其他 尚未` / `维持 纠正 结果 审结`) among
them, as Chromium's print of real 莆田 department pages gives. Plain pdftotext sets nothing for a blank cell, so
those empty lines are poppler's gaps between blocks, never blank cells: the figures are read in order where the
table's rules allow one order, else unknown; never a printed 0 read blank or a figure shifted a column."""

from __future__ import annotations

from decimal import Decimal

import pytest

from orchestration.parsing.parse import parse_text
from tests.unit.test_reader_classes import (
    APPLICANT_HEADER,
    FIGURES,
    OUTCOMES,
    PROCEEDINGS,
    ROWS,
    TABLE2,
    TITLE,
)


def table_3_lines() -> list[str]:
    """The title, table 2 and table 3 as plain pdftotext sets them: a row's label, then its figures a line each."""
    lines = [TITLE.rstrip("\n"), TABLE2, "三、收到和处理政府信息公开申请情况", "", "申请人情况", *APPLICANT_HEADER, ""]
    for key, label, heading in ROWS:
        if heading:
            lines.append(heading)
        lines.append(label)
        lines += [str(v) for v in FIGURES[key]]
        lines.append("")
    return lines


def plain_page(reviews: list[int], first_block: int) -> str:
    """A plain-pdftotext-like text: table 3 a label then its figures a line each; table 4's header, then its
    first `first_block` figures a block each, the second proceeding's header lines, the rest a block each."""
    lines = table_3_lines()
    lines += ["\f四、政府信息公开行政复议、行政诉讼情况", "行政复议", "", "行政诉讼", "", "未经复议直接起诉",
              "结果 结果 其他 尚未", "维持 纠正 结果 审结", "", "总计", "",
              "结果 结果 其他 尚未", "维持 纠正 结果 审结", ""]
    for value in reviews[:first_block]:
        lines += [str(value), ""]
    lines += ["复议后起诉", "", "总计", ""]
    for value in reviews[first_block:]:
        lines += [str(value), ""]
    lines += ["五、存在的主要问题及改进情况", "一是公开形式单一。", ""]
    return "\n".join(lines)


def reviews_of(report) -> dict[tuple[str, str], tuple[str, Decimal | None]]:
    return {(c.row, c.column): (c.state, c.value) for c in report.cells if c.table == "reviews"}


@pytest.mark.parametrize("reviews, first_block, read_whole", [
    ([1, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0], 8, True),   # 复议 upheld 1 of 1, the rest zeros
    ([0, 0, 0, 1, 1, 0, 1, 0, 0, 1, 0, 0, 0, 0, 0], 8, True),   # pending 1 of 1, a direct suit corrected
    ([0] * 15, 8, True),
    # the header's lines after the ninth figure: orders of the blocks the sums cannot tell apart stay unknown
    ([2, 1, 0, 0, 3, 0, 0, 0, 0, 0, 1, 0, 0, 0, 1], 9, False),
])
def test_each_figure_a_block_reads_in_order_never_an_empty_line_as_a_blank_cell(reviews, first_block, read_whole):
    report = parse_text(plain_page(reviews, first_block), "report_pdftotext_plain.txt")
    cells = reviews_of(report)
    assert len(cells) == 15
    for (proceeding, outcome), value in zip([(p, o) for p in PROCEEDINGS for o in OUTCOMES], reviews, strict=True):
        state, read = cells[(proceeding, outcome)]
        assert state != "blank", (proceeding, outcome)  # every cell prints a figure
        assert state == "unknown" or read == Decimal(value), (proceeding, outcome, state, read, value)
    if read_whole:
        assert all(state != "unknown" for state, _ in cells.values()), cells


def test_too_few_figures_a_block_each_are_unknown_never_read_with_blanks():
    # a figure lost (14 blocks for 15 cells): no order is proven, and the empty lines are no blank cells
    reviews = [1, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0]
    text = plain_page(reviews, 8).replace("\n0\n\n五、", "\n五、", 1)
    cells = reviews_of(parse_text(text, "report_pdftotext_plain.txt"))
    assert cells and all(state == "unknown" for state, _ in cells.values()), cells


def chromium_blocks_page(blocks: list[str], header_after: int) -> str:
    """Plain pdftotext of a Chromium print whose table 4 header (`行政复议` over `结果 结 果 其他 尚未 总`, the
    proceedings' names a block each) comes first, then its figures in `blocks` (a block's lines apart by `\n`),
    the litigations' two header lines after the first `header_after` blocks."""
    lines = table_3_lines()
    lines += ["\f四、政府信息公开行政复议、行政诉讼情况", "行政复议", "结果 结 果 其他 尚未 总", "维持 纠 正 结果 审结 计", "",
              "未经复议直接起诉", "", "行政诉讼", "", "复议后起诉", ""]
    for block in blocks[:header_after]:
        lines += [block, ""]
    lines += ["结果 结 果 其他 尚未 总 结果 结 果 其他 尚未 总", "维持 纠 正 结果 审结 计 维持 纠 正 结果 审结 计", ""]
    for block in blocks[header_after:]:
        lines += [block, ""]
    lines += ["五、存在的主要问题及改进情况", "一是公开形式单一。", ""]
    return "\n".join(lines)


@pytest.mark.parametrize("blocks, header_after", [
    (["2", "0\n0", "1 3", *["0"] * 10], 3),                     # two figures a line, two lines a block
    (["2\n0", "0", "1", "3 0", "0 0", *["0"] * 7], 4),
    (["3", "1\n0", "3 4", "\f2", "0", "0", "1", "3 0", "0", "0", "0", "0 0"], 7),  # a stray 4 (a page's number)
])
def test_blocks_of_more_than_one_figure_are_no_blank_cells(blocks, header_after):
    # Chromium's print may set two cells' figures in one poppler block (a line of both, or two lines): the empty
    # lines still part blocks, not cells, so none is read as a blank cell, and no figure lands a cell off
    reviews = [2, 0, 0, 1, 3, *[0] * 10]
    cells = reviews_of(parse_text(chromium_blocks_page(blocks, header_after), "report_pdftotext_plain.txt"))
    assert len(cells) == 15
    for (proceeding, outcome), value in zip([(p, o) for p in PROCEEDINGS for o in OUTCOMES], reviews, strict=True):
        state, read = cells[(proceeding, outcome)]
        assert state != "blank", (proceeding, outcome)
        assert state == "unknown" or read == Decimal(value), (proceeding, outcome, state, read, value)
