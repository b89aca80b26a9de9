"""Chromium's PDF through `pdftotext -layout` (issue 14), table 3 in narrow columns: which row owns a line of
figures where the text does not say (found by `benchmarks/fuzz_layout_labels.py`). Written by hand with made-up
figures.

- （六）1 and 2 end in the same words (`行政机关不再处理其政府信息公开申请`). （六）1's label wrapped round its figures,
  the group heading `（六）其他处理` beside them and its shared last words on the line after: those words alone
  would place the line on （六）2 (whose own label prints no figure). Right below （六）1's first line they are its
  rest, so the line is inside （六）1's cell: its own (recovered). Without that first line right above, either row
  may own the line: both are unknown, with a warning, never one given the other's figures.
- A label placed by its numbered first line (`（二）部分公开…`) printing no figure: a line of figures above that
  first line is another row's (`（一）予以` / `三、本年度办理结果  2 0 …` / `公开`, its label wrapped round them).
- A row left unknown because its line of figures may be a neighbour's (its label lost) is not read again as a
  row of zeros that lost its separators.
"""

from __future__ import annotations

from orchestration.core import labels as L
from orchestration.parsing import align as A
from orchestration.parsing.parse import parse_text
from orchestration.parsing.template import template_sequence
from tests.unit.test_layout_label_round_figures import figure_line, layout_text
from tests.unit.test_reader_classes import applications_of

SOURCE = "chromium_pdftotext.txt"
# every row printing its zeros but for those given
FIGURES = {"new_received": [0, 0, 3, 0, 2, 0, 5], "granted": [0, 0, 0, 0, 2, 0, 2],
           "other_no_correction": [0, 0, 3, 0, 0, 0, 3], "results_total": [0, 0, 3, 0, 2, 0, 5]}
# （六）1 wrapped round its figures, the heading beside them; （六）2 wrapped round its zeros
OTHER_SUB_ROWS = {"other_no_correction": ["           1.申请人无正当理由逾期不补正、",
                                          figure_line("    （六）其他处理", FIGURES["other_no_correction"]),
                                          "           行政机关不再处理其政府信息公开申请"],
                  "other_no_fee_paid": ["           2.申请人逾期未按", figure_line("", [0] * 7),
                                        "           收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请"]}


def states(cells) -> list[tuple[str, object]]:
    return [(cell.state, cell.value) for cell in cells]


def test_the_sub_rows_printed_whole_are_read():
    read = applications_of(parse_text(layout_text(FIGURES), SOURCE))
    for key in ("other_no_correction", "other_no_fee_paid"):
        assert states(read[key]) == [("value", v) for v in FIGURES.get(key, [0] * 7)], (key, read[key])


def test_a_line_between_a_labels_first_line_and_the_words_two_rows_end_in_is_that_rows():
    # the line stands between （六）1's first line and `行政机关不再处理其政府信息公开申请`: those words alone could end
    # either sub-row's label, but right below （六）1's own words they are its rest (（六）2's label opens `2.申请人`
    # and is printed below), so the line is inside （六）1's cell: its own (3.18 gave it to （六）2, 3.19 neither).
    # （六）2's zeros stand between its first line and its rest: its own
    report = parse_text(layout_text(FIGURES, OTHER_SUB_ROWS), SOURCE)
    read = applications_of(report)
    assert states(read["other_no_correction"]) == [("recovered", v) for v in FIGURES["other_no_correction"]]
    assert states(read["other_no_fee_paid"]) == [("recovered", 0)] * 7
    for key in ("new_received", "granted", "results_total"):  # the rest of the table as printed
        assert states(read[key]) == [("value", v) for v in FIGURES[key]], (key, read[key])


def test_the_shared_words_after_a_sub_rows_own_words_beside_a_figure_less_neighbour_are_its_rest():
    # （六）2 printing nothing (its label alone, the shared words at its end): the line is （六）1's (inside its
    # label's lines), never （六）2's; （六）2 prints nothing in a table printing its zeros: not known to be blank
    lines = {**OTHER_SUB_ROWS, "other_no_fee_paid": ["      2.申请人逾期未按收费通知要求缴纳费",
                                                     "      用、行政机关不再处理其政府信息公开申请"]}
    read = applications_of(parse_text(layout_text(FIGURES, lines), SOURCE))
    assert states(read["other_no_correction"]) == [("recovered", v) for v in FIGURES["other_no_correction"]]
    assert {(cell.state, cell.value) for cell in read["other_no_fee_paid"]} == {("unknown", None)}


def test_a_line_placed_only_by_words_two_rows_end_in_beside_no_first_line_is_neither_rows():
    # no first line of a label right above the line (（六）1's lost): the line may be （六）1's or （六）2's (its
    # label wrapped round it): both unknown, never one given the other's figures
    lines = {**OTHER_SUB_ROWS, "other_no_correction": [figure_line("    （六）其他处理", FIGURES["other_no_correction"]),
                                                       "           行政机关不再处理其政府信息公开申请"]}
    read = applications_of(parse_text(layout_text(FIGURES, lines), SOURCE))
    assert [cell.value for cell in read["other_no_fee_paid"]] != FIGURES["other_no_correction"]
    assert {cell.state for cell in read["other_no_correction"]} == {"unknown"}, read["other_no_correction"]


# （一）予以公开 wrapped round its figures, the heading 三、本年度办理结果 beside them; （二） printing nothing
GRANTED_ROUND_ITS_FIGURES = {"granted": ["           （一）予以", figure_line("    三、本年度办理结果", FIGURES["granted"]),
                                         "           公开"]}


def test_a_figure_less_label_takes_no_figures_above_its_numbered_first_line():
    for partially in (["      （二）部分公开（区分处理的，只计这一", "      情形，不计其他情形）"],  # placed by its last line
                      ["           （二）部分公开", "", "           （区分处理的，只计这一情形，不计其他情形）"]):
        lines = {**GRANTED_ROUND_ITS_FIGURES, "partially_granted": partially}
        read = applications_of(parse_text(layout_text(FIGURES, lines), SOURCE))
        assert {cell.state for cell in read["partially_granted"]} == {"unknown"}, (partially, read["partially_granted"])


def test_a_label_after_a_margin_headings_piece_still_takes_the_figures_inside_it():
    # `4.保护` / figures / `（三）   第三方合法权益`: the heading's numbering beside the label's rest opens no label
    lines = {"denied_third_party_rights": ["      4.保护", figure_line("", [0, 0, 1, 0, 0, 0, 1]),
                                           "    （三）   第三方合法权益"]}
    figures = {**FIGURES, "denied_third_party_rights": [0, 0, 1, 0, 0, 0, 1], "new_received": [0, 0, 4, 0, 2, 0, 6],
               "results_total": [0, 0, 4, 0, 2, 0, 6]}
    read = applications_of(parse_text(layout_text(figures, lines), SOURCE))
    assert [cell.value for cell in read["denied_third_party_rights"]] == figures["denied_third_party_rights"]


def test_a_row_unknown_beside_a_lost_label_is_not_read_again_as_zeros():
    # 二、上年结转 printing nothing, then （一）予以公开's zeros on a line whose label is lost: the line may be either's
    lines = {"carried_over": ["      二、上年结转政府信息公开申请数量", "    三、本年度办理结果", figure_line("", [0] * 7)],
             "granted": []}
    figures = {**FIGURES, "granted": [0] * 7, "new_received": [0, 0, 3, 0, 0, 0, 3], "results_total": [0, 0, 3, 0, 0, 0, 3]}
    report = parse_text(layout_text(figures, lines), SOURCE)
    read = applications_of(report)
    assert {cell.state for cell in read["carried_over"]} == {"unknown"}, read["carried_over"]
    assert not any(w.code == "cells_recovered" and "carried_over" in w.message for w in report.warnings)


def candidate(*texts: str, figures: bool) -> A.Candidate:
    return A.Candidate(tuple(L.squash(text) for text in texts), figures)


def test_the_alignment_leaves_out_both_rows_of_a_tie_over_the_shared_words():
    rows = A.template_rows(template_sequence("2021"))
    bare = candidate("1.申请人无正当理由逾期不补正、", figures=False)
    shared = candidate("（六）其他处理", "（六）其他处理行政机关不再处理其政府信息公开申请", figures=True)
    around = [candidate("5.要求行政机关确认或重新出具已获取信息", figures=True), candidate("3.其他", figures=True)]
    assignment, tied = A.align_with_ties([around[0], bare, shared, around[1]], rows)
    assert tied == {"other_no_correction": 1, "other_no_fee_paid": 2}
    assert assignment == {"rejected_confirmation": 0, "other_misc": 3}
    # the neighbour printing figures of its own: no tie, each label its row
    own = candidate("1.申请人无正当理由逾期不补正、", figures=True)
    assignment, tied = A.align_with_ties([around[0], own, shared, around[1]], rows)
    assert not tied and assignment["other_no_correction"] == 1 and assignment["other_no_fee_paid"] == 2
