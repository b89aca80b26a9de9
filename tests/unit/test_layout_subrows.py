"""Table 3's （六）其他处理 sub-rows in `pdftotext -layout` text, made up by hand (the class LibreOffice's PDF of
an HTML page showed in corpus renditions): each sub-row's label wrapped over three lines of its cell, its
figures on the middle one; the group's merged heading written down the margin column, centred in the
group's height, so that its pieces (`（六）`, `其他处`, `理`, or spaced `其 他 处`) share lines with a
sub-row's label (`其他处 申请人逾期未按收费通知要求缴` / `理   纳费用、行政机关不再处理其政  0 …`). Both
sub-rows end in the same words (`行政机关不再处理其政府信息公开申请`), and a sub-row's numbering may be
lost. Each row's figures are the sub-row's whose label stands round them, whichever sub-row the heading's
pieces fall beside."""

from __future__ import annotations

from decimal import Decimal

import pytest

from orchestration.parsing.parse import parse_text
from tests.unit.test_layout_pdf_classes import HEADER_PIECES, at_columns
from tests.unit.test_reader_classes import ROWS, TITLE, applications_of

FIGURES = {key: [0] * 7 for key, _, _ in ROWS}
FIGURES.update({
    "new_received": [5, 1, 0, 0, 0, 0, 6],
    "granted": [2, 0, 0, 0, 0, 0, 2],
    "other_no_correction": [2, 0, 0, 0, 0, 0, 2],
    "other_no_fee_paid": [0, 1, 0, 0, 0, 0, 1],
    "other_misc": [1, 0, 0, 0, 0, 0, 1],
    "results_total": [5, 1, 0, 0, 0, 0, 6],
})
SUB_ROWS = ("other_no_correction", "other_no_fee_paid", "other_misc")
# each sub-row's label over three lines (first, the figures' line, last); numbering as printed
LABELS = {
    "other_no_correction": ("1.申请人无正当理由逾期不补", "正、行政机关不再处理其政府信", "息公开申请"),
    "other_no_fee_paid": ("申请人逾期未按收费通知要求缴", "纳费用、行政机关不再处理其政", "府信息公开申请"),
}
LABEL_AT = 14  # where the sub-rows' labels start
MARGIN_AT = 7  # where the group heading's pieces start


def subrow_text(heading: dict[str, tuple[str, str, str]], numbered: bool = False) -> str:
    """Table 3 laid out by pdftotext -layout; `heading`: per sub-row, the heading's pieces printed in the
    margin on its label's three lines (`（六）` on a line of its own before the sub-row it stands beside)."""
    lines = ["三、收到和处理政府信息公开申请情况", "申请人情况".rjust(50)]
    lines += [at_columns("", {c: pieces[i] for c, pieces in enumerate(HEADER_PIECES) if pieces[i]}, 7)
              for i in range(2)]
    for key, label, group in ROWS:
        figures = {c: str(v) for c, v in enumerate(FIGURES[key])}
        if key in LABELS:
            first, middle, last = LABELS[key]
            if numbered and key == "other_no_fee_paid":
                first = "2." + first
            pieces = heading.get(key, ("", "", ""))
            if pieces != ("", "", ""):
                lines.append(" " * MARGIN_AT + "（六）")
            for piece, words, cells in zip(pieces, (first, middle, last), ({}, figures, {})):
                # a piece as wide as the margin leaves the label one space after it (`其他处 申请人…`)
                margin = (" " * MARGIN_AT + piece + " ").ljust(LABEL_AT) if piece else " " * LABEL_AT
                lines.append(at_columns(margin + words, cells, 7))
        elif key in ("other_misc",):
            lines.append(at_columns(" " * LABEL_AT + label, figures, 7))
        else:
            if group and key not in SUB_ROWS:
                lines.append("      " + group)
            lines.append(at_columns(" " * LABEL_AT + label[:12], figures, 7))
            if label[12:]:
                lines.append(" " * LABEL_AT + label[12:])
        lines.append("")
    return TITLE + "\n".join([*lines, "四、政府信息公开行政复议、行政诉讼情况"]) + "\n"


@pytest.mark.parametrize("heading", [
    {"other_no_fee_paid": ("其他处", "理", "")},  # LibreOffice's: `其他处 申请人…` / `理   纳费用…`
    {"other_no_fee_paid": ("其 他 处", "理", "")},  # the heading's characters spaced out
    {"other_no_fee_paid": ("其他", "处理", "")},
    {"other_no_correction": ("", "其他处", "理")},  # beside the first sub-row: its figures' line, its last
], ids=["three-one", "spaced", "two-two", "first-sub-row"])
@pytest.mark.parametrize("numbered", [False, True], ids=["number-lost", "numbered"])
def test_sub_rows_figures_stay_with_the_label_round_them_whatever_the_margin_heading_beside_it(heading, numbered):
    report = parse_text(subrow_text(heading, numbered), "subrows.txt")
    read = applications_of(report)
    for key in SUB_ROWS:
        assert [c.value for c in read[key]] == [Decimal(v) for v in FIGURES[key]], (key, read[key], report.warnings)
        assert {c.state for c in read[key]} <= {"value", "recovered"}, (key, read[key])


def test_a_label_made_of_the_headings_words_alone_is_kept():
    # the heading's pieces with nothing after them, or the sub-row's own words a narrow column wraps a few
    # characters a line, are not dropped: `（六）其他处理` as one row (2019) is still read where it stands
    from orchestration.parsing.rows import RawCell, Row
    from orchestration.parsing.tables import _without_margin_headings

    def row(*texts):
        return Row([RawCell(t, 1, x=float(10 * i + 5)) for i, t in enumerate(texts)], aligned=True)

    for kept in (row("（六）其他处理", "3"), row("其他处", "理", "3"), row("予公", "家秘"), row("1.属于国家秘密", "0")):
        assert _without_margin_headings(kept) is kept
    dropped = _without_margin_headings(row("理", "纳费用、行政机关不再处理其政", "0"))
    assert dropped.label == "纳费用、行政机关不再处理其政" and [c.text for c in dropped.values()] == ["0"]
