"""Table 3 in plain `pdftotext` of Chromium's PDF whose every column stands in poppler's blocks and whose blanks
print a hyphen (`-`), which poppler drops where it ends a block's line before another (it takes the line for a
word broken there and joins the next line to it): which rows hold a block's figures is lost, but a column whose
every block prints hyphens alone is blank in every row (application_columns.py's
`_blank_columns_of_hyphen_blocks`)."""

from __future__ import annotations

import re

import pytest

from orchestration.parsing.parse import parse_text
from tests.unit import test_column_blocks
from tests.unit.test_column_blocks import BANDS, blocks_text
from tests.unit.test_reader_classes import ROWS, applications_of

# a sparse table keeping every rule (row sums, APP_OUTCOME_SUM, APP_BALANCE): its commercial, research, legal
# and other columns blank in every row, the others blank where no figure is given
SPARSE: dict[str, list[int | None]] = {key: [None] * 7 for key, _, _ in ROWS}
SPARSE.update({
    "new_received": [20, None, None, 2, None, None, 22],
    "granted": [12, None, None, 1, None, None, 13],
    "unavailable_not_held": [6, None, None, 1, None, None, 7],
    "results_total": [18, None, None, 2, None, None, 20],
    "carried_forward": [2, None, None, None, None, None, 2],
})
BLANK_COLUMNS = {1, 2, 4, 5}


def dehyphenated(text: str) -> str:
    """`text` as poppler writes it: a line ending in a hyphen before another loses it, the next joined to it."""
    while (joined := re.sub(r"-\n(?=\S)", "", text)) != text:
        text = joined
    return text


def hyphen_text(figures: dict[str, list[int | None]], monkeypatch, lost: bool = False) -> str:
    monkeypatch.setattr(test_column_blocks, "MARK", ["-"])
    return dehyphenated(blocks_text(figures, BANDS, lost=lost, heading_first=False))


def test_the_hyphens_a_block_loses_are_dropped_as_poppler_drops_them(monkeypatch):
    text = hyphen_text(SPARSE, monkeypatch)
    assert "\n-\n-" not in text and "\n20\n-\n\n" not in text  # the first band is one row: `20` alone
    assert "\n-\n\n" in text  # a block of blanks prints one hyphen


def test_columns_of_hyphens_alone_are_blank_and_the_rules_prove_the_totals_rows(monkeypatch):
    report = parse_text(hyphen_text(SPARSE, monkeypatch), "plain.txt")
    read = applications_of(report)
    assert set(read) == {key for key, _, _ in ROWS}
    for key, expected in SPARSE.items():
        for column, (cell, value) in enumerate(zip(read[key], expected)):
            if column in BLANK_COLUMNS:
                assert (cell.state, cell.value) == ("blank", None), (key, column, cell)
            elif key in ("results_total", "carried_forward"):
                # the last bands' blocks, each row keeping its sum and the table every column rule, hold their
                # figures in one way alone
                assert cell.value == value and cell.state in ("recovered", "blank"), (key, column, cell)
            elif key in ("granted", "unavailable_not_held"):
                # an outcome row with figures and a blank one trade places: which holds the figures is lost
                assert cell.state == "unknown", (key, column, cell)
            else:
                assert cell.state == "unknown" or cell.value == value, (key, column, cell)
    assert any("hyphens" in warning.message for warning in report.warnings if warning.code == "column_blocks")


@pytest.mark.parametrize("printing", [1, 4])
def test_a_column_printing_one_figure_is_never_read_blank(monkeypatch, printing):
    figures = {key: list(values) for key, values in SPARSE.items()}
    for key in ("new_received", "unavailable_not_held", "results_total"):
        figures[key][printing] = 1
        figures[key][6] += 1
    report = parse_text(hyphen_text(figures, monkeypatch), "plain.txt")
    read = applications_of(report)
    # a cell of the column is unknown, or read as written where the rules prove it: never blank where a 1 stands
    assert all(cells[printing].state == "unknown" or cells[printing].value == figures[key][printing]
               for key, cells in read.items())
    assert any(cells[printing].state == "unknown" for cells in read.values())
    assert all(read[key][column].state == "blank" for key in SPARSE for column in BLANK_COLUMNS - {printing})


def test_a_figure_lost_writes_no_blank_column(monkeypatch):
    report = parse_text(hyphen_text(SPARSE, monkeypatch, lost=True), "plain.txt")
    read = applications_of(report)
    assert not any("hyphens" in warning.message for warning in report.warnings)
    assert all(cell.state == "unknown" or cell.value == value
               for key, expected in SPARSE.items() for cell, value in zip(read.get(key, []), expected))


def test_a_hyphen_before_another_line_of_its_block_is_not_read(monkeypatch):
    # poppler never leaves a hyphen ending a block's line before another: this text is no such block
    written = hyphen_text(SPARSE, monkeypatch)
    text = written.replace("\n20\n\n", "\n-\n20\n\n", 1)
    assert text != written
    report = parse_text(text, "plain.txt")
    assert not any("hyphens" in warning.message for warning in report.warnings)


def heading_first_text(monkeypatch) -> str:
    """SPARSE's hyphen blocks written after table 4's heading, table 3's labels printing nothing before it."""
    monkeypatch.setattr(test_column_blocks, "MARK", ["-"])
    return dehyphenated(blocks_text(SPARSE, BANDS))


def test_hyphen_blocks_past_table_4s_heading_leave_table_3_unknown_never_blank(monkeypatch):
    # the blocks print 14 figures and many hyphens: more figures and marks than table 4's 15 cells can hold, so
    # table 3's cells stand there, which rows' not read (its labels alone are no rows printing nothing)
    report = parse_text(heading_first_text(monkeypatch), "plain.txt")
    read = applications_of(report)
    assert set(read) == set(SPARSE)
    assert all(cell.state == "unknown" for cells in read.values() for cell in cells)
    assert any(warning.code == "figures_past_the_heading" for warning in report.warnings)


def test_labels_alone_before_table_4s_own_figures_are_blank(monkeypatch):
    # the same labels, table 4's heading followed by its own 15 figures only: a table 3 printing nothing is blank
    text = heading_first_text(monkeypatch)
    heading = "四、行政复议、行政诉讼情况"
    text = text[: text.index(heading) + len(heading)] + text[text.index("\n\n行政复议\n"):]
    report = parse_text(text, "plain.txt")
    read = applications_of(report)
    assert set(read) == set(SPARSE)
    assert all((cell.state, cell.value) == ("blank", None) for cells in read.values() for cell in cells)
    assert not any(warning.code == "figures_past_the_heading" for warning in report.warnings)
