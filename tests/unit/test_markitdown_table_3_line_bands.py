"""markitdown's markdown of a PDF: a table 3 row whose figures or blank marks top a fraction of a point above its
label crosses one of markitdown's 5-point line bands and prints as two lines, its words' pipe row first, then its
label alone (`| | 0 | 0 | … |` / `2.其他法律行政法规禁止公开`). The pipe row is the label's where no other row can
own it: the row above prints a word in each cell and the row after its label prints its own; elsewhere the
line is not joined (other readers, or none, place it)."""

from __future__ import annotations

from orchestration.core import labels as L
from orchestration.parsing.line_bands import rows_joined_across_a_line_band
from orchestration.parsing.rows import build_rows
from orchestration.parsing.tokens import Line

LABEL = "2.其他法律行政法规禁止公开"


def joined_label(lines: list[str]) -> str | None:
    """The label of the row markitdown's line band split, where the lines join; None where they do not."""
    rows = build_rows([Line(text, number) for number, text in enumerate(lines, 1)], 0, len(lines))
    # each label's own line found for its row (as in a whole table of mark rows, where no anchor pairs the line
    # apart with a label: `_figure_rows_paired_between_anchors`)
    keys = iter(["denied_state_secret", "denied_prohibited_by_law", "denied_security_stability"])
    found = {next(keys): row for row in rows if row.label.strip() and L.squash(row.label) != "其他"}
    joined, found_after = rows_joined_across_a_line_band(rows, found)
    if joined is rows:
        return None
    row = found_after["denied_prohibited_by_law"]
    return " ".join(cell.text.strip() for cell in row.cells if cell.text.strip())


# rows printing blank marks only (`-`): no anchor for the pairing of rows apart between anchors (table_reading.py)
ABOVE = "|  | 1.属于国家秘密 | - - | - - | - | - |"
AFTER = "|  | 3.危及“三安全一稳定” | - - | - - | - | - |"


def test_the_line_joins_its_label_between_two_full_rows():
    assert joined_label([ABOVE, "|  |  | 1 - | - - | - | - |", LABEL, AFTER]) == f"{LABEL} 1 - - - - -"


def test_a_row_above_leaving_a_cell_empty_keeps_the_line_apart():
    # the line may hold the word the row above printed nothing for, split down by the band
    assert joined_label(["|  | 1.属于国家秘密 | - - |  | - | - |", "|  |  | 1 - | - - | - | - |", LABEL, AFTER]) is None


def test_a_line_printing_other_cells_than_the_row_above_keeps_apart():
    assert joined_label([ABOVE, "|  |  | 1 | - - | - | - |", LABEL, AFTER]) is None


def test_a_label_followed_by_no_row_of_its_own_keeps_apart():
    # `安全一稳定”`-like rest after the label: the label may go on, the line may be centred in its cell
    assert joined_label([ABOVE, "|  |  | 1 - | - - | - | - |", LABEL, "其他"]) is None


def test_a_pages_break_between_the_row_above_and_the_line_keeps_apart():
    assert joined_label([ABOVE, "", "|  |  | 1 - | - - | - | - |", LABEL, AFTER]) is None
