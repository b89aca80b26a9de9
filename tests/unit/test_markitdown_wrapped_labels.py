"""markitdown of a Chromium PDF's sparse table 3 (blank cells print nothing): a row whose label wraps over two
lines has its one-line cells centred between them, so pdfplumber writes its figures as a pipe row of their own
between its label's lines; the other rows print their cells on their label's own line, empty where blank."""

from __future__ import annotations

from tests.unit.test_converted_markdown import LABELS_2021, cells, report

DENIED = ["denied_state_secret", "denied_prohibited_by_law", "denied_security_stability", "denied_third_party_rights",
          "denied_internal_affairs", "denied_process_information", "denied_enforcement_files",
          "denied_administrative_query"]


def empty(key: str) -> list[str]:
    return [f"| {LABELS_2021[key]} |  |  |  |  |  |  |  |"]


def sparse(partially_granted: list[str]) -> str:
    return report({"new_received": [f"| {LABELS_2021['new_received']} | 7 |  |  |  |  |  | 7 |"],
                   "partially_granted": partially_granted, **{key: empty(key) for key in DENIED},
                   "results_total": [f"| {LABELS_2021['results_total']} | 7 |  |  |  |  |  | 7 |"]})


def test_figures_inside_a_wrapped_label_are_its_own_and_the_bare_labels_round_them_blank():
    text = sparse(["（二）部分公开（区分处理的，只计这一情形，", "|  | 2 |  |  |  |  |  | 2 |", "不计其他情形）"])
    assert [v for v, _ in cells(text, "applications", "partially_granted")] == [2, None, None, None, None, None, 2]
    for key in DENIED:
        assert cells(text, "applications", key) == [(None, "blank")] * 7, key


def test_a_line_of_figures_no_label_is_wrapped_round_leaves_the_labels_beside_it_unknown():
    # the figures below 部分公开's whole label may be its own or any bare label's round them: none is blank
    text = sparse([*empty("partially_granted"), "|  | 2 |  |  |  |  |  | 2 |"])
    for key in ["partially_granted", *DENIED]:
        assert {state for _, state in cells(text, "applications", key)} == {"unknown"}, key


def test_a_figure_on_a_line_outside_the_pipe_rows_leaves_the_bare_labels_unknown():
    # `３`: a line markitdown wrote as text (one word), a figure of some row of the stretch: no label there is blank
    text = sparse(["（二）部分公开（区分处理的，只计这一情形，", "|  | 2 |  |  |  |  |  | 2 |", "不计其他情形）", "３"])
    for key in DENIED:
        assert {state for _, state in cells(text, "applications", key)} == {"unknown"}, key



def test_a_wrapped_label_beside_a_heading_wrapped_down_its_own_column_owns_the_figures_between_its_lines():
    # the section's heading wraps down its own column, its pieces in the pipe cells before the row's label
    blank = "|  |  |  |  |  |  |  |"
    text = sparse([f"|  | 三、本年度 | （二）部分公开（区分处理的，只计这一情形， {blank}", "|  |  |  | 2 |  |  |  |  |  | 2 |",
                   f"|  | 办理结果 | 不计其他情形） {blank}"])
    assert [v for v, _ in cells(text, "applications", "partially_granted")] == [2, None, None, None, None, None, 2]
    for key in DENIED:
        assert cells(text, "applications", key) == [(None, "blank")] * 7, key


def with_third_party_rights(third_party_rights: list[str]) -> str:
    return report({"new_received": [f"| {LABELS_2021['new_received']} | 7 |  |  |  |  |  | 7 |"],
                   **{key: (third_party_rights if key == "denied_third_party_rights" else empty(key)) for key in DENIED},
                   "results_total": [f"| {LABELS_2021['results_total']} | 7 |  |  |  |  |  | 7 |"]})


def test_a_wrapped_label_with_its_groups_heading_piece_between_its_first_line_and_figures_owns_them():
    # the group's merged cell `（三）不予公开` wraps down its own column: its first line falls between the row label's
    # first line and the row's figures, its rest after the label's rest
    text = with_third_party_rights(["4.保护", "（三）不予", "|  | 1 |  |  |  |  |  | 1 |", "第三方合法权益", "公开"])
    assert [v for v, _ in cells(text, "applications", "denied_third_party_rights")] == [1, None, None, None, None, None, 1]
    for key in DENIED:
        if key != "denied_third_party_rights":
            assert cells(text, "applications", key) == [(None, "blank")] * 7, key


def test_a_groups_heading_piece_beside_figures_no_label_is_wrapped_round_leaves_the_labels_there_unknown():
    # `4.保护第三方合法权益` whole above, the heading's piece and `公开` round the figures: whose they are is not known
    text = with_third_party_rights(["4.保护第三方合法权益", "（三）不予", "|  | 1 |  |  |  |  |  | 1 |", "公开"])
    for key in DENIED:
        assert {state for _, state in cells(text, "applications", key)} == {"unknown"}, key


def test_a_label_wrapped_over_three_lines_owns_the_figures_on_its_middle_line():
    text = sparse(["（二）部分公开", "| （区分处理的，只计这一情形，不计其 | 2 |  |  |  |  |  | 2 |", "他情形）"])
    assert [v for v, _ in cells(text, "applications", "partially_granted")] == [2, None, None, None, None, None, 2]
    for key in DENIED:
        assert cells(text, "applications", key) == [(None, "blank")] * 7, key


OTHER = ["other_no_correction", "other_no_fee_paid", "other_misc"]


def with_other_rows(lines: list[str], figure: str = "1") -> str:
    """Table 3 whose (六) rows are `lines` (their only figures `figure` of one row, in 自然人 and 总计), every other
    outcome row 0 but 予以公开 5."""
    total = f"| {{}} | {5 + int(figure)} | 0 | 0 | 0 | 0 | 0 | {5 + int(figure)} |"
    return report({"new_received": [total.format(LABELS_2021["new_received"])], "other_no_correction": lines,
                   "other_no_fee_paid": [], "other_misc": [], "results_total": [total.format(LABELS_2021["results_total"])]})


def empty_row(label: str) -> str:
    return f"| {label} |  |  |  |  |  |  |  |"


def test_a_label_wrapped_round_its_groups_heading_rest_owns_the_figures_on_its_middle_line():
    # markitdown of Chromium's PDF (md71 000116): the group heading `（六）其他处理` and 2's label wrap down their own
    # columns, their lines interleaved; 2's figures stand on its label's middle line, whose piece runs into the
    # words (六)1 and 2 share (`、行政机关不再处理其政府信息公开申请`)
    text = with_other_rows([empty_row("1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请"), "（六）其",
                            "2.申请人逾期未按收费通知要求缴纳费", "他处理",
                            "| 用、行政机关不再处理其政府信息公开 | 1 |  |  |  |  |  | 1 |", "申请", empty_row("3.其他")])
    assert [v for v, _ in cells(text, "applications", "other_no_fee_paid")] == [1, None, None, None, None, None, 1]
    for key in ("other_no_correction", "other_misc"):
        assert cells(text, "applications", key) == [(None, "blank")] * 7, key


def test_a_line_past_a_heading_piece_that_completes_no_heading_leaves_the_rows_there_unknown():
    # `（五）不` two lines up and `他处理` make no heading: the line above the figures is no heading's rest, and the
    # pieces round the figures join into no row's label
    text = with_other_rows([empty_row("1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请"), "（五）不",
                            "2.申请人逾期未按收费通知要求缴纳费", "他处理",
                            "| 用、行政机关不再处理其政府信息公开 | 1 |  |  |  |  |  | 1 |", "申请", empty_row("3.其他")])
    for key in OTHER:
        assert {state for _, state in cells(text, "applications", key)} == {"unknown"}, key


def test_figures_inside_the_words_two_rows_share_are_neither_rows():
    # `行政机关不再处理其` / figures / `政府信息公开申请`: the ending (六)1 and 2 both print names neither row
    text = with_other_rows([empty_row("1.申请人无正当理由逾期不补正、"), "行政机关不再处理其",
                            "|  | 1 |  |  |  |  |  | 1 |", "政府信息公开申请",
                            empty_row("2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请"),
                            empty_row("3.其他")])
    for key in OTHER:
        assert {state for _, state in cells(text, "applications", key)} == {"unknown"}, key


def test_a_label_running_into_the_shared_ending_owns_the_figures_it_wraps_round():
    # `1.申请人无正当理由逾期不补正、行政机关` / figures / `不再处理其政府信息公开申请`: words of (六)1's own before the ending
    text = with_other_rows(["1.申请人无正当理由逾期不补正、行政机关", "|  | 1 |  |  |  |  |  | 1 |", "不再处理其政府信息公开申请",
                            empty_row("2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请"),
                            empty_row("3.其他")])
    assert [v for v, _ in cells(text, "applications", "other_no_correction")] == [1, None, None, None, None, None, 1]
    for key in ("other_no_fee_paid", "other_misc"):
        assert cells(text, "applications", key) == [(None, "blank")] * 7, key


def with_no_fee_paid(no_fee_paid: list[str]) -> str:
    return report({"new_received": [f"| {LABELS_2021['new_received']} | 6 |  |  |  |  |  | 6 |"],
                   "other_no_correction": empty("other_no_correction"), "other_no_fee_paid": no_fee_paid,
                   "results_total": [f"| {LABELS_2021['results_total']} | 6 |  |  |  |  |  | 6 |"]})


def test_a_label_wrapped_round_its_pipe_row_past_a_margin_heading_line_joins_the_piece_on_that_row():
    # markitdown of LibreOffice's PDF: the label's three lines, its middle one on the pipe row of its figures, the
    # merged heading （六）其他处理's last line `理` between: the figures are that label's, the bare label above blank
    text = with_no_fee_paid(["2.申请人逾期未按收费通知要求", "理", "| 缴纳费用、行政机关不再处理其 | 1 |  |  |  |  |  | 1 |",
                             "政府信息公开申请"])
    assert [v for v, _ in cells(text, "applications", "other_no_fee_paid")] == [1, None, None, None, None, None, 1]
    assert cells(text, "applications", "other_no_correction") == [(None, "blank")] * 7


def test_a_pipe_row_whose_piece_joins_no_label_round_it_is_not_taken_past_a_margin_heading_line():
    # the piece on the pipe row is no part of the label round it: whose figures they are is not known
    text = with_no_fee_paid(["2.申请人逾期未按收费通知要求", "理", "| 提供公开出版物 | 1 |  |  |  |  |  | 1 |",
                             "政府信息公开申请"])
    assert {state for _, state in cells(text, "applications", "other_no_fee_paid")} == {"unknown"}
    assert {state for _, state in cells(text, "applications", "other_no_correction")} == {"unknown"}


def with_a_row_of_figures_below_carried_over(results_total: str) -> str:
    # carried_over prints its own figures; a pipe row of figures right below it, right above granted's bare label
    # (markitdown's lines by rounded top: granted's figures a point above its label's first line, or carried_over's)
    return report({"new_received": [f"| {LABELS_2021['new_received']} | 7 |  |  |  |  |  | 7 |"],
                   "carried_over": [f"| {LABELS_2021['carried_over']} | 1 |  |  |  |  |  | 1 |",
                                    "|  | 6 |  |  |  |  |  | 6 |"],
                   "granted": ["三、本 （一）予以公开", "年", "度办理"],
                   "partially_granted": ["（二）部分公开（区分处理的，只计这一情形，", "|  | 2 |  |  |  |  |  | 2 |", "不计其他情形）"],
                   **{key: empty(key) for key in DENIED},
                   "results_total": [f"| {LABELS_2021['results_total']} | {results_total} |  |  |  |  |  | {results_total} |"]})


def test_a_row_of_figures_between_an_anchor_and_a_bare_label_is_the_labels_where_only_that_keeps_the_sums():
    # 7 new and 1 carried over answered 8: the 6 are granted's (carried_over's would carry 7 over, none carried forward)
    text = with_a_row_of_figures_below_carried_over("8")
    assert [v for v, _ in cells(text, "applications", "granted")] == [6, None, None, None, None, None, 6]
    assert [v for v, _ in cells(text, "applications", "partially_granted")] == [2, None, None, None, None, None, 2]
    assert [v for v, _ in cells(text, "applications", "carried_over")] == [1, None, None, None, None, None, 1]
    for key in DENIED:
        assert cells(text, "applications", key) == [(None, "blank")] * 7, key


def test_a_row_of_figures_between_an_anchor_and_a_bare_label_stays_unread_where_no_reading_keeps_the_sums():
    # results_total 9: neither reading adds up (a figure lost or misprinted), so whose the 6 are is not known
    text = with_a_row_of_figures_below_carried_over("9")
    assert {state for _, state in cells(text, "applications", "granted")} == {"unknown"}
    for key in DENIED:
        assert {state for _, state in cells(text, "applications", key)} == {"unknown"}, key


def test_a_label_wrapped_round_its_pipe_row_beside_its_groups_heading_joins_by_its_row_labels_column():
    # （六）其他处理 wraps down the cells before the label's (`| 其他处 | 2.申请人…缴 |` / `| 理 | 纳费用、…政府 | 1 |`):
    # read by the row label's column, the pieces join round the figures, so the bare label above prints blank
    text = with_no_fee_paid(["| 其他处 | 2.申请人逾期未按收费通知要求缴 |  |  |  |  |  |  |  |",
                             "| 理 | 纳费用、行政机关不再处理其政府 | 1 |  |  |  |  |  | 1 |", "信息公开申请"])
    assert cells(text, "applications", "other_no_correction") == [(None, "blank")] * 7
    assert [v for v, s in cells(text, "applications", "other_no_fee_paid") if s != "unknown"] in ([], [1, *[None] * 5, 1])


def test_a_pipe_row_beside_a_heading_whose_piece_joins_no_label_round_it_is_not_taken():
    text = with_no_fee_paid(["| 其他处 | 2.申请人逾期未按收费通知要求缴 |  |  |  |  |  |  |  |",
                             "| 理 | 提供公开出版物 | 1 |  |  |  |  |  | 1 |", "信息公开申请"])
    assert {state for _, state in cells(text, "applications", "other_no_correction")} == {"unknown"}
