"""markitdown's pipe tables of Chromium's PDFs: a full-width figure too wide for its narrow column wraps a piece a
line round its row's one-line label, and pdfminer writes each height as a pipe row of its own (first pieces, the
row with empty cells where they stand, last pieces). The pieces are read as the row's figures where they stand
exactly in the columns the row leaves empty and the row keeps its sum; else unknown, never shifted."""

from __future__ import annotations

from orchestration.parsing.piece_rows import join_pieces_round_rows, readings_with_the_pieces
from orchestration.parsing.recovery import review_sums_hold
from orchestration.parsing.rows import build_rows
from orchestration.parsing.tokens import Line
from testkit.corpus import FULL_WIDTH_DIGITS as WIDE
from tests.unit.test_converted_markdown import LABELS_2021, cells, report

LABEL = LABELS_2021["new_received"]
TOTAL = LABELS_2021["results_total"]


def table(new_received: list[str], results_total: list[str]) -> str:
    return report({"new_received": new_received, "granted": [f"| {LABELS_2021['granted']} | 201 | 15 | 0 | 0 | 0 | 6 | 222 |"],
                   "results_total": results_total})


def test_pieces_above_and_below_the_row_fill_its_empty_columns():
    text = table(["|  | ２０ |  |  |  |  |  | ２２ |", f"| {LABEL} |  | １５ | ０ | ０ | ０ | ６ |  |",
                  "|  | ０ |  |  |  |  |  | １ |"],
                 ["|  | ２０ |  |  |  |  |  | ２２ |", f"| {TOTAL} |  | １５ | ０ | ０ | ０ | ６ |  |",
                  "|  | １ |  |  |  |  |  | ２ |"])
    assert [v for v, _ in cells(text, "applications", "new_received")] == [200, 15, 0, 0, 0, 6, 221]
    assert [v for v, _ in cells(text, "applications", "results_total")] == [201, 15, 0, 0, 0, 6, 222]


def test_joined_pieces_that_break_the_rows_sum_are_unknown_never_shifted():
    text = table(["|  | ２０ |  |  |  |  |  | ２２ |", f"| {LABEL} |  | １５ | ０ | ０ | ０ | ６ |  |",
                  "|  | ９ |  |  |  |  |  | １ |"],
                 [f"| {TOTAL} | 201 | 15 | 0 | 0 | 0 | 6 | 222 |"])
    got = cells(text, "applications", "new_received")
    assert got[0][1] == "unknown" and got[6][1] == "unknown"  # 209 + 15 + 6 is not 221
    assert [v for v, _ in got[1:6]] == [15, 0, 0, 0, 6]  # the row's own figures stay in their columns


def rows_of(lines: list[str]):
    return build_rows([Line(text, number) for number, text in enumerate(lines, 1)], 0, len(lines))


def test_pieces_in_a_column_the_row_fills_are_not_joined():
    lines = ["| a | b | c |", "| --- | --- | --- |", "|  | １ |  |", "| 标签 | ２ | ３ |", "|  | ４ |  |"]
    assert [[c.text.strip() for c in row.cells] for row in rows_of(lines)][-2:] == [["标签", "２", "３"], ["", "４", ""]]


def test_a_line_of_pieces_two_rows_could_claim_is_left_as_printed():
    lines = ["| a | b | c | d |", "| --- | --- | --- | --- |", "|  | １ |  |  |", "| 甲 |  | ２ | ３ |",
             "|  | １ |  |  |", "| 乙 |  | ２ | ３ |", "|  | １ |  |  |"]
    # the middle line of pieces may end 甲's wrapped figures or open 乙's: neither row is joined
    assert [[c.text.strip() for c in row.cells] for row in rows_of(lines)] == [
        ["a", "b", "c", "d"], ["", "１", "", ""], ["甲", "", "２", "３"], ["", "１", "", ""], ["乙", "", "２", "３"],
        ["", "１", "", ""]]


def test_rows_without_pieces_round_them_come_back_as_they_are():
    rows = rows_of(["| a | b | c |", "| --- | --- | --- |", "| 甲 | １ | １ |", "| 乙 | ２ | ２ |"])
    assert join_pieces_round_rows(rows) is rows


FLAT_REVIEW_ROW = "| 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 |"


def reviews(*lines: str) -> list[tuple[object, str]]:
    """Table 4's cells when its row prints as `lines` (markitdown of a PDF)."""
    text = report().replace(FLAT_REVIEW_ROW, "\n".join(lines))
    return cells(text, "reviews", "administrative_review") + cells(text, "reviews", "litigation_direct") \
        + cells(text, "reviews", "litigation_after_review")


def test_a_review_total_wrapped_round_the_row_goes_back_where_the_sums_allow():
    # 12 wrapped round the row's line: `１` above, `２` below, its cell empty; 6 + 2 + 1 + 3 is 12, nowhere else fits
    got = reviews("１", "| ６ ２ | １ ３ |  | ０ ０ | ０ ０ | ０ ０ | ０ | ０ | ０ ０ |", "２")
    assert [v for v, _ in got] == [6, 2, 1, 3, 12, *[0] * 10]


def test_a_review_figure_whose_last_piece_wrapped_below_the_row_is_joined_where_the_sums_allow():
    got = reviews("| ０ | ０ ０ | ０ | ０ ０ | ０ | ０ ０ | ０ | ８ １ | ３ | ０ １ |", "２")
    assert [v for v, _ in got] == [*[0] * 10, 8, 1, 3, 0, 12]


def test_a_wrapped_review_piece_that_fits_no_place_leaves_the_row_unknown():
    # `０` after the row: 10 in no place keeps every proceeding's total its outcomes' sum; never read without it
    got = reviews("| １ ０ | ０ ０ | １ | ０ ０ | ０ ０ | ０ ０ | ０ | ０ | ０ |", "０")
    assert {s for _, s in got} == {"unknown"}


def test_a_wrapped_review_figure_that_fits_several_places_leaves_the_row_unknown():
    # 10 wrapped round the row (`１` / `０`): any of the review's four outcomes, or its total beside the printed 10
    words = ["０", "０", "０", "１０", *["０"] * 10]
    readings = readings_with_the_pieces(words, "１", "０", 15, review_sums_hold)
    assert len(readings) == 4  # before or after the equal `１０`, the same reading: counted once
    got = reviews("１", "| ０ ０ | ０ １０ |  | ０ ０ | ０ ０ | ０ ０ | ０ | ０ | ０ ０ |", "０")
    assert {s for _, s in got} == {"unknown"}




def label_alone_then_its_figures(key: str, figures: list) -> list[str]:
    """markitdown: a row's label in a pipe row of empty cells, its full-width figures on a label-less row under it."""
    printed = ["" if v is None else str(v).translate(WIDE) for v in figures]
    return [f"| {LABELS_2021[key]} |  |  |  |  |  |  |  |", "|  | " + " | ".join(printed) + " |"]


def test_a_label_alone_between_two_rows_own_figures_is_not_a_row_with_figures_wrapped_round_it():
    # 不予公开's label row stands between 予以公开's figures and its own, both lines printing the same columns:
    # joined they read 12 (`１` + `２`) with every balance kept; a row printing nothing of its own wraps nothing
    for granted, partial in (([1, 0, 0, 0, 0, 0, 1], [2, 0, 0, 0, 0, 0, 2]),
                             ([1, None, None, None, None, None, 1], [2, None, None, None, None, None, 2])):
        text = report({"new_received": label_alone_then_its_figures("new_received", [3, 0, 0, 0, 0, 0, 3]),
                       "granted": label_alone_then_its_figures("granted", granted),
                       "partially_granted": label_alone_then_its_figures("partially_granted", partial),
                       "results_total": label_alone_then_its_figures("results_total", [3, 0, 0, 0, 0, 0, 3])})
        for key, truth in (("granted", granted), ("partially_granted", partial)):
            read = cells(text, "applications", key)
            assert all(state == "unknown" or value == t for (value, state), t in zip(read, truth)), (key, read)
            assert read[0][0] != 12 and read[6][0] != 12


def wide(*figures) -> str:
    """A pipe row's cells after its label, full-width (`无` for a blank)."""
    return " | ".join("无" if v is None else str(v).translate(WIDE) for v in figures)


def test_a_total_wrapped_round_a_row_one_figure_short_goes_back_where_the_sum_allows():
    # 34 wrapped in the narrow 总计 column (`３` above the row's line, `４` below), markitdown writing each piece as a
    # line outside the table: the row's six words and 34 are its seven cells, 30 + 2 + 2 = 34 at the end only
    text = report({"new_received": ["３", f"| {LABEL} | {wide(30, 2, None, None, None, 2)} |", "４"]})
    got = cells(text, "applications", "new_received")
    assert [v for v, _ in got] == [30, 2, None, None, None, 2, 34]
    assert {s for v, s in got if v is not None} == {"recovered"}


def test_a_wrapped_figure_whose_pieces_fit_no_place_is_never_read_joined():
    # `３` / `５`: 35 is no cell of a row of 30 + 2 + 2; nothing proves where the row's six words stand
    got = cells(report({"new_received": ["３", f"| {LABEL} | {wide(30, 2, None, None, None, 2)} |", "５"]}),
                "applications", "new_received")
    assert 35 not in [v for v, _ in got]
    assert [s for _, s in got].count("unknown") >= 1


def test_a_piece_between_two_rows_one_figure_short_is_neither_rows():
    # `０` may end 本年新收's wrapped total (`１` / `０`: 5 + 2 + 3 = 10) or open 上年结转's: neither row takes it
    text = report({"new_received": ["１", f"| {LABEL} | {wide(5, 2, None, None, None, 3)} |", "０"],
                   "carried_over": [f"| {LABELS_2021['carried_over']} | {wide(4, None, None, None, None, 1)} |", "５"]})
    assert 10 not in [v for v, _ in cells(text, "applications", "new_received")]
    assert cells(report({"new_received": ["１", f"| {LABEL} | {wide(5, 2, None, None, None, 3)} |", "０"]}),
                 "applications", "new_received")[-1] == (10, "recovered")  # alone, the pieces are its total


def test_a_region_printing_no_full_width_digit_asks_no_row_for_pieces(monkeypatch):
    # a row of wrapped pieces prints full-width digits; a region holding none (most reports: ASCII figures) is
    # never asked row by row (work counted: rows_of builds the rows, the pieces test is not called once)
    import orchestration.parsing.rows as rows_module

    asked = []
    monkeypatch.setattr(rows_module, "join_pieces_round_rows", lambda rows: asked.append(len(rows)) or rows)
    ascii_lines = ["| a | b | c |", "| --- | --- | --- |", "|  | 1 |  |", "| 标签 |  | 3 |", "|  | 4 |  |"]
    rows_of(ascii_lines)
    assert asked == []
    rows_of(["| a | b | c |", "| --- | --- | --- |", "|  | １ |  |", "| 标签 |  | ３ |", "|  | ４ |  |"])
    assert asked == [4]


PARTIAL = LABELS_2021["partially_granted"]
SECRET = LABELS_2021["denied_state_secret"]


def two_labels_alone(first: str, second: str) -> str:
    """（二） and 1.属于国家秘密 each a label alone, each followed by a label-less line of figures or pieces."""
    return report({"partially_granted": [f"| {PARTIAL} |  |  |  |  |  |  |  |", first],
                   "denied_state_secret": [f"| {SECRET} |  |  |  |  |  |  |  |", second]})


def test_lines_round_a_label_printing_nothing_that_read_two_ways_are_unknown():
    # each label's figures on the line below it (2, 3, 5 and 3, 1, 4), or （二） printing nothing and every figure
    # of 国家秘密 wrapped round its label (23, 31, 54): both keep the rows' sums, so neither is read
    text = two_labels_alone("|  | ２ |  | ３ |  |  |  | ５ |", "|  | ３ |  | １ |  |  |  | ４ |")
    for key in ("partially_granted", "denied_state_secret"):
        got = cells(text, "applications", key)
        assert [got[column][1] for column in (0, 2, 6)] == ["unknown"] * 3
        assert [got[column] for column in (1, 3, 4, 5)] == [(None, "blank")] * 4  # blank read either way


def test_lines_round_a_label_whose_join_breaks_the_sum_are_the_labels_figures():
    # joined, 55 + 55 is no 1010: the lines are each label's figures, below it
    text = two_labels_alone("|  | ５ |  | ５ |  |  |  | １０ |", "|  | ５ |  | ５ |  |  |  | １０ |")
    for key in ("partially_granted", "denied_state_secret"):
        assert [value for value, _ in cells(text, "applications", key)] == [5, None, 5, None, None, None, 10]
