"""The parser's cheaper paths give the answers of the work they skip: a document's measure worked out
once a report is still each document's own (rows._laid_out_by_glyphs), and a row's sums read blanks
and cut totals as before (recovery.applicant_sum_holds, total_cut_short)."""

from orchestration.parsing import rows as R
from orchestration.parsing.tokens import Line


def _document(by_glyphs: bool) -> list[Line]:
    """Table rows whose figures stand in one column when counted in glyphs (`pdftotext -layout`) or in
    display columns (a browser's dump: a CJK glyph two columns wide)."""
    labels = ["予以公开", "部分公开", "不予公开之国家秘密", "无法提供", "其他处理之申请人"]
    lines = []
    for number, label in enumerate(labels, 1):
        width = len(label) if by_glyphs else 2 * len(label)
        lines.append(Line(f"{label}{' ' * (30 - width)}{number}  {number + 1}", number, False))
    return lines


def test_each_document_is_told_its_own_measure_whichever_was_asked_before():
    glyphs, display = _document(True), _document(False)
    assert R._figures_fewer_by_glyphs(glyphs) and not R._figures_fewer_by_glyphs(display)
    for document, answer in [(glyphs, True), (glyphs, True), (display, False), (glyphs, True), (display, False),
                             (_document(True), True), (_document(False), False)]:
        assert R._laid_out_by_glyphs(document) is answer


def test_a_rows_sum_counts_blanks_as_nothing_and_a_cut_total_only_when_whole_and_short():
    from decimal import Decimal

    from orchestration.parsing import recovery

    d = Decimal
    assert recovery.applicant_sum_holds((d(5), None, d(0), None, None, None, d(5)))
    assert recovery.applicant_sum_holds((None,) * 7)  # a row of blanks: 0 = 0
    assert not recovery.applicant_sum_holds((d(5), None, None, None, None, None, None))
    assert recovery.total_cut_short((d(140), None, d(3), d(0), None, None, d(14)))  # 143 cut to 14
    assert not recovery.total_cut_short((d(140), None, d(3), d(0), None, None, d("14.3")))  # no whole total
    assert not recovery.total_cut_short((d(140), None, d(3), d(0), None, None, d(-14)))
    assert not recovery.total_cut_short((d(140), None, d(3), d(0), None, None, d(43)))  # not its sum's first digits
