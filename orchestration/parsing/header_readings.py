"""Table 3 read with and without the narrow header's rules (`application_table.HeaderRules`), the readings joined.

Each rule proves cells on some tables (Chromium's narrow columns through `pdftotext -layout`: the header found
above a first row built anew, figures a glyph off their header words placed on its grid) and leaves cells unknown
on others that the reading without it proves. Each reading sets a cell only where its rules prove it, so where the
two readings never set one cell two ways, a cell either proves is proven: it is taken from the reading that sets
it. Where they set any cell two ways, one of the two headers is not the table's, and which, the text does not say:
the reading without the rules is kept whole (as it was before them)."""

from __future__ import annotations

from dataclasses import fields

from .cells import UNKNOWN
from .record import Cell, ParsedReport

_CELL_FIELDS = tuple(field.name for field in fields(Cell))


def readings_joined(report: ParsedReport, ruled: ParsedReport, start: int) -> int:
    """Table 3's cells of `report` (written from `start` on, read without the rules) that it leaves unknown and
    `ruled` (the same table read with them) sets, taken from `ruled`, where no cell is set two ways. Each cell is
    changed where it stands (a list of cut totals may hold it). How many cells were taken."""
    theirs = {(cell.row, cell.column): cell for cell in ruled.cells[start:] if cell.table == "applications"}
    ours = [cell for cell in report.cells[start:] if cell.table == "applications"]
    if len(theirs) != len(ours) or any((cell.row, cell.column) not in theirs for cell in ours):
        return 0  # the readings found other rows: not one table read two ways
    if any(cell.state != UNKNOWN and theirs[cell.row, cell.column].state != UNKNOWN
           and cell.value != theirs[cell.row, cell.column].value for cell in ours):
        return 0  # a cell set two ways: one header is not the table's
    taken = 0
    for cell in ours:
        other = theirs[cell.row, cell.column]
        if cell.state == UNKNOWN and other.state != UNKNOWN:
            for name in _CELL_FIELDS:
                setattr(cell, name, getattr(other, name))
            taken += 1
    return taken
