"""Chromium's PDF through `pdftotext -layout` (issue 14), table 3 in narrow columns with drifted labels (their
numbering lost): a row's label wrapped round its own figure line, the group heading beside it split over that line
and the next (`申请人无正当理由逾期不补正、行政机关` / `（六）其他处   0 1 0 …` / `理   不再处理其政府信息公开申请`), and the
row after it printing nothing, its label wrapped round an empty line (`申请人逾期未按…其政府信息` / `` / `公开申请`).
Written by hand with made-up figures.

The figure line read with every label line after it named the next row, which took the figures (wrong: it prints
nothing). A line of figures standing inside a row's label wrapped round it is that row's, never a neighbour's
(`table_reading._lines_inside_another_label_given_to_it`); a row's words whole on a line the lines above do not run
into open that row's label, no rest of the label above (`_a_label_of_its_own`)."""

from __future__ import annotations

from orchestration.parsing.parse import parse_text
from tests.unit.test_layout_label_round_figures import FIGURES, figure_line, layout_text
from tests.unit.test_reader_classes import applications_of

NO_CORRECTION = [0, 1, 0, 0, 0, 0, 1]
TRUTH = {**FIGURES, "other_no_correction": NO_CORRECTION, "new_received": [3, 1, 0, 0, 2, 0, 6],
         "results_total": [3, 2, 0, 0, 2, 0, 7]}  # the rules hold
WRAPPED_ROUND_ITS_LINE = ["              申请人无正当理由逾期不补正、行政机关", figure_line("（六）其他处", NO_CORRECTION),
                          "理             不再处理其政府信息公开申请"]


def _cells(text: str) -> dict[str, list[tuple[str, object]]]:
    read = applications_of(parse_text(text, "chromium_pdftotext.txt"))
    return {key: [(cell.state, cell.value) for cell in cells] for key, cells in read.items()}


def _never_wrong(read: dict[str, list[tuple[str, object]]], truth: dict[str, list[int | None]]) -> None:
    for key, cells in read.items():
        expected = truth.get(key, [0] * 7)
        assert all(state == "unknown" or value == figure for (state, value), figure in zip(cells, expected, strict=True)), \
            (key, cells)


def _printing_nothing_read_unknown(lines: dict[str, list[str]], key: str, truth: dict[str, list[int]] = TRUTH) -> None:
    """Row `key` prints nothing in the table `lines` set: its cells unknown (never a neighbour's figures), and no
    cell of the table read wrong."""
    read = _cells(layout_text(truth, lines))
    assert all(state == "unknown" for state, _ in read[key]), read[key]
    _never_wrong(read, {**truth, key: [None] * 7})


def test_a_row_printing_nothing_below_never_takes_the_line_inside_the_label_above():
    lines = {"other_no_correction": WRAPPED_ROUND_ITS_LINE,
             "other_no_fee_paid": ["              申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息", "",
                                   "              公开申请"]}
    _printing_nothing_read_unknown(lines, "other_no_fee_paid")


def test_a_line_inside_a_label_wrapped_round_it_is_that_rows_own():
    # the row below prints figures of its own on its first line: the line inside the label above is that label's
    no_fee_paid = [0, 0, 0, 0, 0, 0, 0]
    lines = {"other_no_correction": WRAPPED_ROUND_ITS_LINE,
             "other_no_fee_paid": [figure_line("              申请人逾期未按收费通知要求缴纳费用、", no_fee_paid),
                                   "              行政机关不再处理其政府信息公开申请"]}
    read = _cells(layout_text({**TRUTH, "other_no_fee_paid": no_fee_paid}, lines))
    assert read["other_no_correction"] == [("value", v) for v in NO_CORRECTION]
    assert read["other_no_fee_paid"] == [("value", v) for v in no_fee_paid]
    _never_wrong(read, TRUTH)


def test_a_whole_label_below_a_wrapped_rest_is_its_own_row_printing_nothing():
    # `（五）不予处  0 …` / `理   申请` / `重复申请`: the petition row's first line lost, its rest and the figure line
    # its own; 重复申请 whole on its line below, printing nothing, never reads the line above it
    petition = [0, 0, 0, 0, 2, 0, 2]
    truth = {**TRUTH, "rejected_petition": petition, "new_received": [3, 1, 0, 0, 4, 0, 8],
             "results_total": [3, 2, 0, 0, 4, 0, 9]}
    lines = {"rejected_petition": [figure_line("（五）不予处", petition), "理             申请"],
             "rejected_duplicate": ["      重复申请"]}
    _printing_nothing_read_unknown(lines, "rejected_duplicate", truth)


def test_a_label_above_printing_nothing_never_takes_the_next_labels_line():
    # `5.要求…已获取` / `信息` (nothing printed) then `申请人无正` / `（   0 1 0 …` / `六）其他处理   当理由逾期不补正、…`:
    # the line stands inside the next row's label, never the row above's
    lines = {"rejected_confirmation": ["      5.要求行政机关确认或重新出具已获取", "      信息"],
             "other_no_correction": ["              申请人无正", figure_line("（", NO_CORRECTION),
                                     "六）其他处理        当理由逾期不补正、行政机关不再处理其政府信息公开申请"]}
    _printing_nothing_read_unknown(lines, "rejected_confirmation")


def test_a_margin_headings_pieces_round_a_rows_middle_line_leave_it_that_rows():
    # `（六` / `2.申请人逾期未按收费通知要求缴纳` / `）其他` / `费用、…政府信息  0 1 0 …` / `处理` / `公开申请`: the heading
    # 其他处理 split round the line down the margin names no row where its sub-rows are; the line holds a piece of the
    # row's own label, so it stays that row's
    no_fee_paid = [0, 1, 0, 0, 0, 0, 1]
    truth = {**TRUTH, "other_no_fee_paid": no_fee_paid, "other_no_correction": [0] * 7}
    lines = {"other_no_correction": ["      1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请"],
             "other_no_fee_paid": ["  （六", "           2.申请人逾期未按收费通知要求缴纳", "  ）其他",
                                   figure_line("           费用、行政机关不再处理其政府信息", no_fee_paid), "  处理",
                                   "           公开申请"]}
    report = parse_text(layout_text(truth, lines), "chromium_pdftotext.txt")
    read = {key: [(cell.state, cell.value) for cell in cells] for key, cells in applications_of(report).items()}
    assert read["other_no_fee_paid"] == [("value", v) for v in no_fee_paid]
    assert "other" not in read or all(state == "unknown" for state, _ in read["other"])
    _never_wrong(read, truth)
