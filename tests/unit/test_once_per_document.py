"""Work a report's tables all ask of the same document is done once per document, and what each
document is told is its own answer (rows._laid_out_by_glyphs)."""

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
