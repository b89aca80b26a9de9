"""markitdown of LibreOffice's PDF of a DOCX report: table 3's label column is narrow, each label wrapped two glyphs
a line down its cell. pdfplumber finds a table only on the row's first line, where its figures stand, so it writes
that line as a pipe row (`|  |  | 3.其 | 1 | 0 | … | 1 |`) and the label's other lines as plain text below it
(`他`). The numbering in the pipe row opens the label: the lines above it are the row before's, never this one's.

Made-up figures, in the shape the rendition writes."""

from __future__ import annotations

from tests.unit.test_converted_markdown import LABELS_2021, cells, report


def narrow(key: str, label: str, figures: list[str], width: int = 2) -> list[str]:
    """The row's first `width` glyphs in a pipe row with its figures (two empty cells before it, the group
    headings' columns), the rest of its label a line of `width` glyphs each below it."""
    first = label.split(".")[0] + "." + label.split(".", 1)[1][:width - 1]
    rest = label[len(first):]
    return [f"|  |  | {first} | {' | '.join(map(str, figures))} |", "|" + " --- |" * 10,
            *[rest[at:at + width] for at in range(0, len(rest), width)]]


OTHER_ROWS = {
    "other_no_correction": ("1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请", ["-"] * 7),
    "other_no_fee_paid": ("2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请", ["-"] * 7),
    "other_misc": ("3.其他", ["1", "-", "-", "-", "-", "-", "1"]),
}


def with_other_rows_down_a_narrow_column() -> str:
    return report({"new_received": [f"| {LABELS_2021['new_received']} | 5 | 0 | 0 | 0 | 0 | 0 | 5 |"],
                   "granted": [f"| {LABELS_2021['granted']} | 4 | 0 | 0 | 0 | 0 | 0 | 4 |"],
                   **{key: narrow(key, label, figures) for key, (label, figures) in OTHER_ROWS.items()},
                   "results_total": [f"| {LABELS_2021['results_total']} | 5 | 0 | 0 | 0 | 0 | 0 | 5 |"]})


def test_a_numbered_pipe_row_opens_its_label_wrapped_down_the_plain_lines_below_it():
    text = with_other_rows_down_a_narrow_column()
    assert cells(text, "applications", "other_misc") == [(1, "value"), *[(None, "blank")] * 5, (1, "value")]
    assert cells(text, "applications", "other_no_fee_paid") == [(None, "blank")] * 7
    assert cells(text, "applications", "other_no_correction") == [(None, "blank")] * 7


def test_the_lines_above_a_numbered_pipe_row_are_not_its_label():
    # `3.其` / `他` names 其他 only with its own line below: read with the lines above it (`开申` / `请`, the
    # row before's) it names no row, and the row would be lost
    text = with_other_rows_down_a_narrow_column()
    assert {state for _, state in cells(text, "applications", "other_misc")} != {"unknown"}


def with_partially_granted_wrapped_above_a_numbered_row() -> str:
    # 部分公开's label cut in its pipe row, its rest on plain lines, the margin heading's last glyph (`果`) among them;
    # then 1.属于国家秘密's pipe row, its numbering after the piece of its group's heading down the margin (`（三`)
    return report({"new_received": [f"| {LABELS_2021['new_received']} | 5 | 0 | 0 | 0 | 0 | 0 | 5 |"],
                   "granted": [f"| {LABELS_2021['granted']} | 4 | 0 | 0 | 0 | 0 | 0 | 4 |"],
                   "partially_granted": ["| 理结 | （二）部分公 | 1 | 0 | 0 | 0 | 0 | 0 | 1 |", "果", "开（区分处理",
                                         "的，只计这一", "情形，不计其", "他情形）"],
                   "denied_state_secret": ["|  | （三 1 . 属 | 0 | 0 | 0 | 0 | 0 | 0 | 0 |", "|" + " --- |" * 9,
                                           "）不 于 国", "予公 家 秘", "开 密"],
                   "results_total": [f"| {LABELS_2021['results_total']} | 5 | 0 | 0 | 0 | 0 | 0 | 5 |"]})


def test_a_row_numbered_after_a_margin_heading_s_piece_leaves_the_lines_above_it_to_the_row_before():
    text = with_partially_granted_wrapped_above_a_numbered_row()
    assert [v for v, _ in cells(text, "applications", "partially_granted")] == [1, 0, 0, 0, 0, 0, 1]
    assert [v for v, _ in cells(text, "applications", "denied_state_secret")] == [0] * 7
