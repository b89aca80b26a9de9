"""Table 3 of Chromium's PDF through plain `pdftotext` in poppler's blocks (column_blocks.py) where the report
prints a mark in its blank cells (`/`, `—`, `无`): every cell prints a word, so the blocks' sizes and the row
sums read the table as they read one of figures, a mark a blank. A `-` mark is not read so: poppler's plain
text joins a line ending in a hyphen to the next and drops the hyphen, so a block of `-` marks loses words
(seen in every report of the tuning sets that prints `-`: 9 of 9, where `/`, `—` and `无` were kept in 19 of 19)."""

from __future__ import annotations

import pytest

from orchestration.parsing.parse import parse_text
from tests.unit import test_column_blocks as CB
from tests.unit.test_reader_classes import applications_of

# WIDE with its zero cells blank (a mark printed), the rows' and columns' sums kept
MARKED = {key: [None if value == 0 else value for value in values] for key, values in CB.WIDE.items()}


def marked_text(mark: str, **layout) -> str:
    CB.MARK[0] = mark
    try:
        return CB.blocks_text(MARKED, CB.BANDS, heading_first=False, **layout)
    finally:
        CB.MARK[0] = "/"


@pytest.mark.parametrize("mark", ["/", "—", "无"])
def test_blocks_whose_blank_cells_print_a_mark_are_read_a_mark_a_blank(mark: str):
    # two columns beside each label; each band's next two columns merged into one block, its lines a row's two
    # words (`/ 3`), and the total column of the band of rows 2-3 set after all the other blocks
    # (column_blocks.totals_put_back), which the column chunk readers do not read
    report = parse_text(marked_text(mark, lead=2, merged=2, apart=1), "plain.txt")
    read = applications_of(report)
    for key, expected in MARKED.items():
        assert [cell.value for cell in read[key]] == expected, (key, read[key], report.warnings)
        assert [cell.state for cell in read[key]] == ["blank" if value is None else "recovered" for value in expected]
    assert any(warning.code == "column_blocks" for warning in report.warnings)


def test_blocks_whose_blank_cells_print_a_hyphen_are_not_read_as_blocks():
    # the same text with `-`: a block's hyphens may have been dropped by poppler, so its sizes prove nothing
    report = parse_text(marked_text("-", lead=2, merged=2, apart=1), "plain.txt")
    read = applications_of(report)
    assert not any(warning.code == "column_blocks" for warning in report.warnings)
    assert all(cell.state == "unknown" or cell.value == value
               for key, expected in MARKED.items() for cell, value in zip(read[key], expected))


def test_a_blank_that_prints_nothing_among_marks_leaves_the_table_unknown_not_blank():
    text = marked_text("/", lead=2, merged=2, apart=1, lost=True)  # the last block's last mark missing
    read = applications_of(parse_text(text, "plain.txt"))
    assert all(cell.state == "unknown" or cell.value == value
               for key, expected in MARKED.items() for cell, value in zip(read[key], expected))
    assert any(cell.state == "unknown" for cells in read.values() for cell in cells)
