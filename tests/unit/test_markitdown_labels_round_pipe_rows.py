"""markitdown of a PDF's table 3 whose blank cells print nothing while a row prints blank marks (`/`): a row whose
label wraps over two lines has its one-line cells centred between them, so a row printing nothing there shows as
its label's first line, a pipe row of empty cells (an empty cell's non-breaking space is a word to pdfplumber),
then its label's rest. That pipe row is the row's cells: blank. A label alone with no such line is unknown."""

from __future__ import annotations

from tests.unit.test_converted_markdown import LABELS_2021, cells, report

EMPTY = "|  |  |  |  |  |  |  |  |"


def with_prohibited_by_law(lines: list[str]) -> str:
    # new_received prints `/` in its blank cells: the table prints marks somewhere
    return report({"new_received": [f"| {LABELS_2021['new_received']} | 7 | / | / | / | / | / | 7 |"],
                   "results_total": [f"| {LABELS_2021['results_total']} | 7 | / | / | / | / | / | 7 |"],
                   "denied_prohibited_by_law": lines})


def test_a_label_wrapped_round_a_pipe_row_printing_nothing_is_blank():
    text = with_prohibited_by_law(["2.其他法律行政法规禁止", EMPTY, "公开"])
    assert cells(text, "applications", "denied_prohibited_by_law") == [(None, "blank")] * 7


def test_a_wrapped_label_with_no_line_of_cells_between_its_pieces_is_unknown():
    # its figures were not seen: the table prints marks, so nothing at all is no proof of blanks
    text = with_prohibited_by_law(["2.其他法律行政法规禁止", "公开"])
    assert {state for _, state in cells(text, "applications", "denied_prohibited_by_law")} == {"unknown"}


def test_an_empty_pipe_row_after_a_whole_label_is_no_proof():
    # the label is whole on its line: the empty row below may be the next row's line, not its cells
    text = with_prohibited_by_law(["2.其他法律行政法规禁止公开", EMPTY, "说明"])
    assert {state for _, state in cells(text, "applications", "denied_prohibited_by_law")} == {"unknown"}


def partially_granted(lines: list[str], beside_the_heading: bool = True) -> list[tuple[object, str]]:
    # Chromium's narrow grid: 予以公开's wrapped figures share pipe cells with other columns' words (beside the
    # margin heading's pieces), so a line of figures stands between the row above's own and 部分公开's label
    from tests.unit.test_markitdown_pieces_in_shared_cells import GRANTED_BESIDE_THE_HEADING, LABELS, table_3
    whole = "| {} | | | | ６２ ０ | ６ １０ | ０ | ０ ７８ |"
    granted = GRANTED_BESIDE_THE_HEADING if beside_the_heading else \
        [line.replace("三、本年度", "").replace("办理结果", "") for line in GRANTED_BESIDE_THE_HEADING]
    text = table_3({"new_received": [whole.format(LABELS["new_received"])], "granted": granted,
                    "partially_granted": lines, "results_total": [whole.format(LABELS["results_total"])]})
    return cells(text, "applications", "partially_granted")


def test_figures_between_two_lines_of_a_label_torn_inside_its_bracketed_note_are_the_row_s():
    # the note `（区分处理的，只计这一情形，不计其他情形）` torn between the lines: the two spell the row whole;
    # seven words in the grid's cells (two narrow columns' in one), keeping the row's sum: its cells in order
    read = partially_granted(["（二）部分公开（区分处理的，只计这一情形，不", "| | | | | ２ ０ | ０ ０ | ０ | ０ ２ |", "计其他情形）"])
    assert [v for v, _ in read] == [2, 0, 0, 0, 0, 0, 2]


def test_the_label_s_numbering_lost_the_two_lines_still_spell_the_row():
    read = partially_granted(["部分公开（区分处理的，只计这一情形，不计", "| | | | | ２ ０ | ０ ０ | ０ | ０ ２ |", "其他情形）"],
                             beside_the_heading=False)
    assert [v for v, _ in read] == [2, 0, 0, 0, 0, 0, 2]


def test_words_in_shared_grid_cells_that_break_the_row_s_sum_are_not_taken():
    # eight words for seven columns (`２ ０` may be one wrapped figure, 20): not the row's cells in order
    read = partially_granted(["（二）部分公开（区分处理的，只计这一情形，不", "| | | | | ２ ０ | ０ ０ | ０ ０ | ０ ２ |", "计其他情形）"])
    assert {state for _, state in read} == {"unknown"}


def test_lines_spelling_another_row_do_not_take_the_figures():
    read = partially_granted(["（二）部分公开（区分处理的，只计这一情形，不", "| | | | | ２ ０ | ０ ０ | ０ | ０ ２ |", "其他法律行政法规禁止公开"])
    assert {state for _, state in read} == {"unknown"}


SIXTH_GROUP = {"other_no_correction": ["1.申请人无正当理由逾期不补正、行", "|  | 1 | 无 | 无 | 无 | 无 | 无 | 1 |",
                                       "政机关不再处理其政府信息公开申请"],
               "other_no_fee_paid": ["2.申请", "（六）其", "人逾期未按收费通知要求缴纳费用、",
                                     "| 他处理 | 无 | 无 | 无 | 无 | 无 | 无 | 无 |", "行政机关不再处理其政府信息公开申", "请"]}


def sixth_group(lines: dict[str, list[str]]) -> str:
    # every other row prints its cells on its label's line; （六）'s sub-rows wrap round theirs, the margin
    # heading `（六）其他处理` wrapped beside them (a line of its own, then the pipe row's first cell)
    return report({"new_received": [f"| {LABELS_2021['new_received']} | 6 | 0 | 0 | 0 | 0 | 0 | 6 |"],
                   "results_total": [f"| {LABELS_2021['results_total']} | 6 | 0 | 0 | 0 | 0 | 0 | 6 |"], **lines})


def test_sub_rows_whose_labels_share_their_last_words_own_the_pipe_rows_inside_their_lines():
    text = sixth_group(SIXTH_GROUP)
    assert [v for v, _ in cells(text, "applications", "other_no_correction")] == [1, None, None, None, None, None, 1]
    assert cells(text, "applications", "other_no_fee_paid") == [(None, "blank")] * 7


def test_a_pipe_row_after_a_whole_label_before_another_row_s_is_neither_s():
    # `1.申请人…公开申请` whole above it, `申请人逾期…` (its numbering lost) whole below: either row's line
    lines = {"other_no_correction": ["1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请",
                                     "|  | 1 | 无 | 无 | 无 | 无 | 无 | 1 |"],
             "other_no_fee_paid": ["申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请"]}
    text = sixth_group(lines)
    for key in lines:
        assert {state for _, state in cells(text, "applications", key)} == {"unknown"}, key


def with_new_received(lines: list[str]) -> list[tuple[object, str]]:
    # Chromium breaks a line between full-width digits: 12 in a narrow column wraps as `１` / `２`, beside the
    # label's two lines, the one-line cells centred between them on a pipe row without a label; markitdown's grid
    # sets two narrow columns in one pipe cell
    from tests.unit.test_markitdown_pieces_in_shared_cells import LABELS, table_3
    twelve = "| {} | | | | １２ ０ | ０ ０ | ０ | ０ １２ |"
    text = table_3({"new_received": lines, "granted": [twelve.format(LABELS["granted"])],
                    "results_total": [twelve.format(LABELS["results_total"])]})
    return cells(text, "applications", "new_received")


def test_a_label_and_a_figure_wrapped_together_round_the_row_s_cells_are_read_joined():
    read = with_new_received(["| 一、本年 | | | | １ | | | １ |", "| | | | | ０ | ０ ０ | ０ | ０ |",
                              "| 新收政府信息公开申请数量 | | | | ２ | | | ２ |"])
    # 12 before or after the 0 sharing its pipe cell: 商业企业 12 breaks the balance of the rows below
    assert [v for v, _ in read] == [12, 0, 0, 0, 0, 0, 12]


def test_pieces_beside_lines_spelling_no_row_whole_are_not_joined():
    read = with_new_received(["| 一、本年 | | | | １ | | | １ |", "| | | | | ０ | ０ ０ | ０ | ０ |",
                              "| 新收政府 | | | | ２ | | | ２ |"])
    assert {state for _, state in read} == {"unknown"}
