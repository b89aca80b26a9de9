"""Table 3's rows markitdown split over two lines by its line bands (a converter's markdown of a PDF).

markitdown groups a PDF page's words into lines by their top rounded to a 5-point band. A row whose label (one
font for Chinese) tops a fraction of a point below its figures or blank marks (another font for digits and
`-`, `/`) prints as two lines where the band's edge falls between them: the row's words in a label-less pipe
row, then its label alone on a line (`| | | - - | - - | - | - |` / `2.其他法律行政法规禁止公开`). Such a pipe row
is read as the row's where no other row can own it: the row above prints a word in every one of its pipe cells
(nothing of it is left for the line), the line is as wide and prints in the same cells, the label names its row
whole and the next row is another template row with words of its own (no wrapped label's rest round it)."""
from __future__ import annotations

from .rows import RawCell, Row


def rows_joined_across_a_line_band(rows: list[Row], found: dict[str, Row]
                                   ) -> tuple[list[Row], dict[str, Row]]:
    """`rows` and `found` with each such label-less pipe row and the label line after it made one pipe row, its
    label cells as the row above's (the label in the last); `rows` and `found` themselves where there is none."""
    key_of = {id(row): key for key, row in found.items()}
    joined: dict[int, Row] = {}  # the label line's place → the row made of it and the line above
    for at in range(2, len(rows) - 1):
        above, words, label, after = rows[at - 2], rows[at - 1], rows[at], rows[at + 1]
        if id(label) not in key_of or label.piped or label.has_figures() or id(above) not in key_of \
                or id(after) not in key_of or not after.has_figures():
            continue
        # one page's lines, one after another (markitdown parts two pages' text by an empty line, and a line
        # between the row above and the words' row may be one as much as its table's `| --- |` line)
        if not (words.line == above.line + 1 and label.line == words.line + 1):
            continue
        if not (above.piped and words.piped) or words.label.strip() or \
                (shape := _words_a_cell(above)) is None or shape != _words_a_cell(words):
            continue
        # the label's cells where the row above has its own, before as many cells of words
        printed = words.cells[len(words.cells) - len(shape):]
        cells = [*(RawCell("", label.line) for _ in range(len(above.cells) - len(shape) - 1)),
                 RawCell(label.label, label.line), *printed]
        joined[at] = Row(cells, piped=True, padded=words.padded, short_by=words.short_by, page=words.page)
    if not joined:
        return rows, found
    found = {**found, **{key_of[id(rows[at])]: row for at, row in joined.items()}}
    return [joined.get(at + 1, row) for at, row in enumerate(rows) if at not in joined], found


def _words_a_cell(row: Row) -> tuple[int, ...] | None:
    """How many words each of the row's cells after its label prints, from its first printing cell on; None where
    one of them between its first printing cell and its last is empty (a cell printing nothing: the line
    below may hold its word) or none prints."""
    counts = [len(cell.text.split()) for cell in row.values()]
    printing = [at for at, count in enumerate(counts) if count]
    if not printing or 0 in counts[printing[0] : printing[-1] + 1]:
        return None
    return tuple(counts[printing[0]:])
