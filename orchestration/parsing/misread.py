"""A figure an OCR misread, in text an OCR wrote (a tesseract transcription handed in as text).

An OCR may read a digit as another (`34` as `24`): the row then breaks its sum, and nothing in the
row says which of its figures is wrong. A report's own text breaks a sum too (a typo the office
printed), and that is read as printed: so only in text showing what an OCR does and a document's
own text never does (`OCR_TRAITS`) is a figure taken for misread, and only where the rules single
it out: it sits in two rules or more, every one of them failing, and every other figure of those
rules is confirmed by a rule that passes. That figure is unknown (the rules would fix its value,
but no reading of the page gave it); the others stay as read.
"""

from __future__ import annotations

import re

from .record import ParsedReport

# `〈一)`, `〈区分处理的，只计这一情形，不计其他情形)`: a full-width bracket read as an angle bracket,
# closed by a round one (a document's own `〈…〉` is closed by its pair)
_ANGLE_FOR_BRACKET_RE = re.compile(r"〈[^〈〉()（）\n]{0,40}[)）]")
# `0|0|0101olol10o0`, `0  01|101010410  0`: rulings read as bars between digits, glued to them
# (a markdown row sets its bars apart or opens and closes the line with one)
_RULING_IN_FIGURES_RE = re.compile(r"\d[|｜]\d")


def reads_as_ocr(lines: list[str]) -> bool:
    """Whether the text shows what an OCR does to a report and its own text never does: a bracket
    read as `〈` closed by `)`, or ruling lines read as bars glued between digits off a pipe row."""
    return any(_ANGLE_FOR_BRACKET_RE.search(line) or (
        _RULING_IN_FIGURES_RE.search(line) and not line.strip().startswith(("|", "｜"))) for line in lines)


def unknown_where_misread(report: ParsedReport, lines: list[str]) -> None:
    """In text an OCR wrote, each figure the rules single out as misread (module docstring) becomes
    unknown, with a warning."""
    if not reads_as_ocr(lines):
        return
    from ..core.rules import FAILED, PASSED, rules_with_cells
    from .cells import UNKNOWN, VALUE

    results = rules_with_cells(report)
    confirmed = {id(cell) for result, cells in results if result.status == PASSED for cell in cells}
    failing: dict[int, list] = {}
    rules_of: dict[int, int] = {}
    for result, cells in results:
        for cell in cells:
            rules_of[id(cell)] = rules_of.get(id(cell), 0) + 1
            if result.status == FAILED:
                failing.setdefault(id(cell), []).append(cells)
    misread = []
    for cell in report.cells:
        rules = failing.get(id(cell), [])
        if cell.state != VALUE or id(cell) in confirmed or len(rules) < 2 or len(rules) != rules_of[id(cell)]:
            continue
        if all(id(other) in confirmed for cells in rules for other in cells if other is not cell):
            misread.append(cell)
    for cell in misread:
        report.warn("ocr_misread", f"{cell.table} {cell.row}.{cell.column}: {cell.as_written or cell.value} breaks "
                    "every rule it sits in, whose other figures other rules confirm, in text an OCR wrote: "
                    "misread, unknown", cell.line)
        cell.value, cell.state = None, UNKNOWN
