"""Which cells of a row print something, asked of a row's cells in one pass (rows.py: `prints_nothing`,
`each_prints`, `printing_cells`, `printing_places`): the same answers as each cell's `is_empty`, whatever the
cell holds (a figure, a blank mark, spaces of either width, nothing); and the readers built on them read a
converter's pipe table as before (a merged label repeated down three rows said once, rows of blank marks)."""

from __future__ import annotations

from decimal import Decimal

import pytest

from orchestration.parsing.rows import RawCell, each_prints, printing_cells, printing_places, prints_nothing
from tests.unit.test_converted_markdown import LABELS_2021, cells, report
from tests.unit.test_row_classes import _rows_of

TEXTS = ["0", " 12 ", "—", "无", "", "   ", "\u3000", "\u3000\u3000", "1,234", "－", " / ", "（一）予以公开"]


@pytest.mark.parametrize("texts", [TEXTS, TEXTS[:3], TEXTS[4:8], [], ["", "0"], ["0", ""]])
def test_the_printing_cells_are_those_that_are_not_empty(texts: list[str]) -> None:
    row = [RawCell(text, 1) for text in texts]
    printing = [cell for cell in row if not cell.is_empty]
    assert printing_cells(row) == printing
    assert all(found is cell for found, cell in zip(printing_cells(row), printing, strict=True))
    assert printing_places(row) == [at for at, cell in enumerate(row) if not cell.is_empty]
    assert prints_nothing(row) == all(cell.is_empty for cell in row)
    assert each_prints(row) == (not any(cell.is_empty for cell in row))


def test_spaces_of_either_width_print_nothing_and_a_blank_mark_prints() -> None:
    assert prints_nothing([RawCell("\u3000", 1), RawCell("  ", 1), RawCell("", 1)])
    assert not prints_nothing([RawCell("\u3000", 1), RawCell("—", 1)])
    assert not each_prints([RawCell("0", 1), RawCell("\u3000", 1)])


def test_a_merged_label_repeated_down_three_pipe_rows_is_said_once_and_each_row_read_as_its_own() -> None:
    # pymupdf4llm repeats （六）其他处理 in each row it spans: each repeat is emptied against the row above as
    # printed, so the third row's repeat goes too though the second's was emptied before it
    group = "（六）其他处理"
    rows = {key: [f"| {group} | {LABELS_2021[key].removeprefix(group).strip()} | {n} | 0 | 0 | 0 | 0 | 0 | {n} |"]
            for key, n in (("other_no_correction", "1"), ("other_no_fee_paid", "0"), ("other_misc", "2"))}
    rows["granted"] = [f"| {LABELS_2021['granted']} | 2 | 0 | 0 | 0 | 0 | 0 | 2 |"]  # 2 + 1 + 2: the total's 5
    text = report(rows)
    own = [LABELS_2021[key].removeprefix(group).strip() for key in ("other_no_correction", "other_no_fee_paid", "other_misc")]
    built = [row for row in _rows_of(text) if row.piped and len(row.cells) > 1 and row.cells[1].text.strip() in own][:3]
    assert [row.cells[0].text.strip() for row in built] == [group, "", ""]
    assert [row.label.strip() for row in built][1:] == own[1:]
    assert [v for v, _ in cells(text, "applications", "other_no_correction")] == [1, 0, 0, 0, 0, 0, 1]
    assert [v for v, _ in cells(text, "applications", "other_no_fee_paid")] == [0] * 7
    assert [v for v, _ in cells(text, "applications", "other_misc")] == [2, 0, 0, 0, 0, 0, 2]


def test_a_pipe_row_of_blank_marks_reads_blank_and_its_neighbours_as_printed() -> None:
    marks = "| — | — | — | — | — | — | — |"
    text = report({"denied_state_secret": [f"| {LABELS_2021['denied_state_secret']} {marks}"]})
    assert cells(text, "applications", "denied_state_secret") == [(None, "blank")] * 7
    assert cells(text, "applications", "new_received")[0] == (Decimal(5), "value")
