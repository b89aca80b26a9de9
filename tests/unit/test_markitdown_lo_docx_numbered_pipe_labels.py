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
