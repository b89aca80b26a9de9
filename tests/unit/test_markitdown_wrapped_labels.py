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
