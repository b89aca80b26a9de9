"""`pdftotext -layout` text of a word processor's PDF whose narrow cells wrap a figure a piece a line (`12` as
`1` over `2`): the first piece on the row's line, the rest on the next line beside the label's wrapped words.
Read from its first piece the row would say 1 and keep every rule (its total wraps alike): such a figure is
unknown, never its first piece. Written by hand, in the shape of LibreOffice's PDFs of narrow tables."""

from __future__ import annotations

from orchestration.parsing.parse import parse_text
from tests.unit import test_layout_columns as layout_columns
from tests.unit.test_layout_columns import FIGURES, NATURAL, TOTAL, at, natural_only, report
from tests.unit.test_reader_classes import applications_of

LABEL = "一、本年新收政府信息公开申请数量"  # new_received, 12 natural persons, total 12


def wrapped(text: str, rest_label: str = "数量", first_label: str = "一、本年新收政府信息公开申请") -> str:
    """The new_received row with its 12s wrapped: `1` beside the label's first words, `2` on the next line."""
    lines = text.split("\n")
    at_row = next(i for i, line in enumerate(lines) if line.startswith(LABEL))
    lines[at_row : at_row + 1] = [at((0, first_label), (NATURAL, "1"), (TOTAL, "1")),
                                  at((0, rest_label), (NATURAL, "2"), (TOTAL, "2"))]
    return "\n".join(lines)


def states(parsed, key: str) -> list[tuple[str, object]]:
    return [(cell.state, cell.value) for cell in applications_of(parsed)[key]]


def test_a_figure_wrapped_in_its_narrow_cell_is_unknown_never_its_first_piece():
    parsed = parse_text(wrapped(report()), "layout.txt")
    row = states(parsed, "new_received")
    assert row[0][0] == "unknown" and row[-1][0] == "unknown"
    assert all(value != 1 for _, value in row)
    assert states(parsed, "granted")[0] in (("value", 8), ("recovered", 8))  # the other rows read as before
    assert any("wrapped a piece a line" in w.message for w in parsed.warnings)


def test_the_rest_on_the_line_the_row_is_found_by_is_unknown_too():
    # the label's most words on the second line: the row found there, beside the figure's rest `2`
    parsed = parse_text(wrapped(report(), rest_label="本年新收政府信息公开申请数量", first_label="一、"), "layout.txt")
    assert all(value != 2 for _, value in states(parsed, "new_received"))


def test_figures_whole_read_as_before():
    # the same report, its figures whole: nothing taken for a piece (a row's `0` over the next row's figure)
    parsed = parse_text(report(), "layout.txt")
    assert states(parsed, "new_received")[0] == ("value", 12)
    assert not any("wrapped a piece a line" in w.message for w in parsed.warnings)


def test_a_line_under_a_zero_is_no_rest_of_it():
    # no figure opens with 0: a line of digits under a row's 0s is not that row's wrapped figures
    text = report()
    lines = text.split("\n")
    at_row = next(i for i, line in enumerate(lines) if line.startswith("二、上年结转"))
    lines.insert(at_row + 1, at((0, "数量"), (NATURAL, "5"), (TOTAL, "5")))
    parsed = parse_text("\n".join(lines), "layout.txt")
    assert states(parsed, "carried_over")[0] == ("value", 0)


def test_a_wrapped_figure_on_a_later_page_places_nothing_by_the_pages_columns(monkeypatch):
    # 26 applications, all granted: new_received, granted and results_total (on the page that does not repeat the
    # header) each `2` over `6`. Read from their first pieces every rule would hold with 2: never placed as 2
    figures = {key: natural_only(0) for key in FIGURES}
    figures.update({key: natural_only(26) for key in ("new_received", "granted", "results_total")})
    monkeypatch.setattr(layout_columns, "FIGURES", figures)
    natural, total = NATURAL - 6, TOTAL - 9  # the later page's own columns
    lines = report(later_page="moved", figures_at=(natural, total)).split("\n")
    for label, columns in ((LABEL, (NATURAL, TOTAL)), ("（一）予以公开", (NATURAL, TOTAL)), ("（七）总计", (natural, total))):
        at_row = next(i for i, line in enumerate(lines) if line.startswith(label))
        lines[at_row : at_row + 1] = [at((0, label), (columns[0], "2"), (columns[1], "2")),
                                      at((columns[0], "6"), (columns[1], "6"))]
    parsed = parse_text("\n".join(lines), "layout.txt")
    for key in ("new_received", "granted", "results_total"):
        assert all(value != 2 for _, value in states(parsed, key)), key
