"""`pdftotext -layout` of Chromium's print, table 3 in full-width digits: a narrow column two glyphs wide wraps a
figure of three digits two glyphs a line round its row's line (341: `３４` / nothing on the row's line / `１`), and the
row's label wraps round that line too, so the pieces share the label's lines (`1.本机关不掌握相关政府 ３４` / the row's
line of the other columns / `信息 １`), pdftotext setting the top piece a few characters left of its column. Read from
the label's line alone (34, 34) the row's sum fails: its cells are never read so, unknown where the text does not
prove the figure. Written by hand with made-up figures."""

from __future__ import annotations

import pytest

from orchestration.parsing.parse import parse_text
from tests.unit.test_layout_label_round_figures import AT, HEADER
from tests.unit.test_reader_classes import ROWS, TITLE, applications_of

PLACES = [AT + 4 * column for column in range(6)] + [AT + 4 * 5 + 3]  # each column's character place on a line
WIDE = str.maketrans("0123456789", "０１２３４５６７８９")


def table(row: str, figures: list[int]) -> dict[str, list[int]]:
    """A table 3 keeping every rule, `row` printing `figures`, granted 2 0 0 0 1 0 3."""
    t = {key: [0] * 7 for key, _, _ in ROWS}
    t["granted"], t[row] = [2, 0, 0, 0, 1, 0, 3], figures
    t["results_total"] = [t["granted"][c] + t[row][c] for c in range(7)]
    t["new_received"] = list(t["results_total"])
    return t


def placed(line: str, words: dict[int, str]) -> str:
    for column, word in sorted(words.items()):
        line = line.ljust(max(len(line) + 1, PLACES[column])) + word.translate(WIDE)
    return line


def row_lines(label: str, words: list[str], cut: int | None) -> list[str]:
    """The row's lines: 自然人's and 总计's figures of three digits two glyphs a line round its line, the other
    columns on it; its label cut at `cut` round it (its first words beside the top pieces, its rest beside the
    bottom ones), else whole on its line."""
    stacked = [c for c in (0, 6) if len(words[c]) > 2]
    if not stacked:
        return [placed("      " + label[:18], dict(enumerate(words)))]
    top = {c: words[c][:2] for c in stacked}
    bottom = {c: words[c][2:] for c in stacked}
    middle = {c: word for c, word in enumerate(words) if c not in stacked}
    first, own, rest = ("", label[:18], "") if cut is None else (label[:cut], "", label[cut:])
    if first and 0 in top:  # pdftotext sets 自然人's piece a space past the label's first words, left of its column
        first = f"{first} {top.pop(0).translate(WIDE)}"
    return [placed("      " + first if first else "", top),
            placed("      " + own if own else "", middle), placed("      " + rest if rest else "", bottom)]


def layout_text(t: dict[str, list[int]], row: str) -> str:
    lines = list(HEADER)
    for key, label, heading in ROWS:
        if heading:
            lines.append("    " + heading)
        lines += row_lines(label, [str(v) for v in t[key]], len(label) - 2 if key == row else None)
    return TITLE + "\n".join([*lines, "", "四、政府信息公开行政复议、行政诉讼情况"]) + "\n"


@pytest.mark.parametrize("row, figures", [
    ("unavailable_not_held", [341, 0, 0, 2, 0, 4, 347]),
    ("unavailable_not_held", [95, 0, 0, 2, 0, 4, 101]),
    ("denied_security_stability", [103, 0, 0, 1, 0, 0, 104]),
    ("denied_security_stability", [120, 1, 0, 0, 0, 0, 121]),
])
def test_pieces_on_the_label_lines_never_leave_the_top_piece_read_as_the_figure(row, figures):
    t = table(row, figures)
    read = applications_of(parse_text(layout_text(t, row), "x_chromium_pdftotext.txt"))
    stacked = [c for c in (0, 6) if figures[c] > 99]
    for cell, figure in zip(read[row], figures, strict=True):
        assert cell.state == "unknown" or cell.value == figure, (row, read[row])
    for c in stacked:
        assert read[row][c].state in ("unknown", "recovered"), (row, read[row])




def pieces_at_their_places(t: dict[str, list[int]], row: str, cut: int) -> str:
    """`layout_text`, `row`'s label cut after `cut` characters round its line and its pieces at their columns'
    places, not beside the label's words (as pdftotext sets a short first line)."""
    lines = list(HEADER)
    for key, label, heading in ROWS:
        if heading:
            lines.append("    " + heading)
        words = [str(v) for v in t[key]]
        if key != row:
            lines += row_lines(label, words, None)
            continue
        top, bottom = {c: words[c][:2] for c in (0, 6)}, {c: words[c][2:] for c in (0, 6)}
        lines += [placed("      " + label[:cut], top), placed("", {c: w for c, w in enumerate(words) if c not in top}),
                  placed("      " + label[cut:], bottom)]
    return TITLE + "\n".join([*lines, "", "四、政府信息公开行政复议、行政诉讼情况"]) + "\n"


@pytest.mark.parametrize("row, figures, cut", [
    ("other_no_correction", [109, 0, 0, 0, 0, 0, 109], 10),  # `１０` … `１０` on the label's first line keeps the sum
    ("new_received", [1617, 12, 3, 12, 0, 0, 1644], 12),  # four digits: two pieces of two glyphs each
    ("unavailable_not_held", [1203, 0, 0, 0, 5, 0, 1208], 6),
])
def test_pieces_on_both_label_lines_are_never_read_as_figures(row, figures, cut):
    """Both pieces of each wide figure on the label's first and last lines, the row's line (no label on it) holding
    its other figures: no cell is read other than printed, the narrow columns' never from a piece."""
    t = table("granted" if row == "new_received" else row, figures)  # new_received: granted's and the row's sum
    read = applications_of(parse_text(pieces_at_their_places(t, row, cut), "x_chromium_pdftotext.txt"))
    for cell, figure in zip(read[row], t[row], strict=True):
        assert cell.state == "unknown" or (cell.value or 0) == figure, (row, read[row])
