"""Which of table 3's applicant columns the header proves narrower than two glyphs.

Chromium wraps a cell's text at its column's width, glyph by glyph for CJK text and wide digits alike. A column
whose header name stands one glyph a line (`自` / `然` / `人`, `总` / `计`) is narrower than two glyphs; one
whose name prints two glyphs or more on a line (`商业` / `企业`) is two glyphs wide or more. So a figure whose
first line holds one glyph and goes on below (`２` / `６` for 26: its digits stacked) stands in a narrow column,
never in a wide one. Where the header proves the width of every column either way, a reading that sets such a
figure in a wide column is no reading of the text.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from ..core import labels as L
from .rows import Row

# the heading over the organisations' columns (`法人或其他组织`): its `其他` names no column
_GROUP_HEADING_RE = re.compile(r"法人\S{0,2}其他组织")


def narrow_applicant_columns(header_rows: Iterable[Row]) -> frozenset[int] | None:
    """The applicant columns (indexes into `L.APPLICANT_KEYS`) whose name the header prints one glyph a line,
    on consecutive lines, each glyph a word of its own; None unless every other column's name prints its first
    two glyphs together on a line (a column the header does not show, or shows otherwise, proves nothing)."""
    words: dict[int, set[str]] = {}
    for row in header_rows:
        for cell in row.cells:
            words.setdefault(cell.line, set()).update(_GROUP_HEADING_RE.sub(" ", cell.text).split())
    narrow = set()
    for column, names in enumerate(L.APPLICANTS.values()):
        if any(_one_glyph_a_line(name, words) for name in names):
            narrow.add(column)
        elif not any(name[:2] in word for name in names for line in words.values() for word in line):
            return None
    return frozenset(narrow)


def _one_glyph_a_line(name: str, words: dict[int, set[str]]) -> bool:
    return any(all(glyph in words.get(line + at, ()) for at, glyph in enumerate(name))
               for line, found in words.items() if name[0] in found)
