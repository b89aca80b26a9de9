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


def _cells_report(*cells):
    from orchestration.parsing.record import ParsedReport

    return ParsedReport(source="a.txt", sha256="0" * 64, size_bytes=0, cells=list(cells))


def test_a_count_too_long_is_unknown_and_a_report_without_one_is_left_as_read():
    from decimal import Decimal

    from orchestration.parsing.cells import UNKNOWN, VALUE
    from orchestration.parsing.ocr_text import unknown_where_too_long
    from orchestration.parsing.record import Cell

    short = [Cell("applications", "granted", "total", Decimal(9_999_999), VALUE, 20),
             Cell("applications", "granted", "other", Decimal(0), VALUE, 20),
             Cell("reviews", "review", "upheld", None, UNKNOWN, 40),
             Cell("disclosures", "fees", "amount_wan_yuan", Decimal(-3), VALUE, 12)]
    report = _cells_report(*short)
    unknown_where_too_long(report)
    assert [cell.value for cell in report.cells] == [Decimal(9_999_999), Decimal(0), None, Decimal(-3)]
    assert not report.warnings
    too_long = Cell("reviews", "review", "corrected", Decimal(10_000_000), VALUE, 41)
    amount = Cell("disclosures", "fees", "amount_wan_yuan", Decimal(12_345_678), VALUE, 12)  # table 2's: kept
    report = _cells_report(*short, too_long, amount)
    unknown_where_too_long(report)
    assert (too_long.state, too_long.value) == (UNKNOWN, None)
    assert (amount.state, amount.value) == (VALUE, Decimal(12_345_678))
    assert [w.code for w in report.warnings] == ["unreadable_cell"]


def test_a_pipe_rows_last_cell_of_words_is_its_labels_end_whichever_side_it_is_asked_from():
    from orchestration.parsing.rows import RawCell, Row
    from orchestration.parsing.table_reading import _last_cell_of_words

    def row(*texts):
        return Row([RawCell(text, 5) for text in texts], piped=True)

    assert _last_cell_of_words(row("（一）予以公开", "3", "— 5", "", "1")) == 0
    assert _last_cell_of_words(row("三、本年度办理结果", "（一）予以公开", "3", "0")) == 1
    assert _last_cell_of_words(row("3", "0", "—")) == -1  # figures and marks only: no words
    assert _last_cell_of_words(row()) == -1
    assert _last_cell_of_words(row("予以", "2", "公开")) == 2  # words after a figure: the last of them


def test_a_reading_is_read_only_where_every_cell_is_there_and_reads_cleanly():
    from decimal import Decimal

    from orchestration.parsing.rows import RawCell, reading_of

    cells = [RawCell("3", 5), RawCell("", 5), RawCell("—", 5), RawCell("0", 5)]
    assert reading_of(cells) == (Decimal(3), None, None, Decimal(0))
    assert reading_of([*cells, None]) is None  # a cell not fitted
    assert reading_of([*cells, RawCell("3a", 5)]) is None  # a cell that reads as no count
    assert reading_of([]) == ()


def test_a_rows_classes_name_its_label_cells_and_where_its_figures_stand():
    from orchestration.parsing.rows import _classes

    assert _classes(["（一）予以公开", "3", "", "0"], False) == ((0,), 1, 4, True, True)
    # a blank mark is a value cell printing something; padded: the trailing empty cells left out
    assert _classes(["3", "本年", "—", ""], True) == ((1,), 2, 3, True, True)
    assert _classes(["3", "本年", "", ""], True) == ((1,), 2, 2, False, True)
    assert _classes(["", ""], False) == ((), 0, 2, False, False)
    assert _classes(["甲", "乙"], False) == ((0, 1), 2, 2, False, False)


def test_cheap_tests_of_pipe_and_aligned_rows_answer_as_the_cells_do():
    from orchestration.parsing.rows import RawCell, place_by_position
    from orchestration.parsing.table_reading import _merged_cell_read_as_one

    one_each = [RawCell("1", 5), None, RawCell("0", 5)]
    assert not _merged_cell_read_as_one(one_each, [c for c in one_each if c], 3)
    merged = [RawCell("1 —", 5), None, RawCell("0", 5)]  # figures and a mark in one cell
    assert _merged_cell_read_as_one(merged, [c for c in merged if c], 3, as_many=True)
    words = [RawCell("本年 新收", 5), RawCell("0", 5)]  # several words, not figures: no merged cell
    assert not _merged_cell_read_as_one(words, words, 2, as_many=True)
    placed, problem = place_by_position([RawCell("3", 5, x=10.0), RawCell("4", 5)], [10.0, 20.0])
    assert (placed, problem) == ([None, None], "cells without positions")
    placed, problem = place_by_position([RawCell("3", 5, x=10.0), RawCell("4", 5, x=20.0)], [10.0, 20.0])
    assert problem is None and [cell.text for cell in placed] == ["3", "4"]


def test_rulings_read_as_glyphs_are_found_past_the_whole_texts_cheap_test():
    from orchestration.parsing.ocr_text import reads_rulings_as_glyphs

    assert not reads_rulings_as_glyphs(["（一）予以公开  3  0", "规章  0  0"])  # no bar nor bracket anywhere
    assert reads_rulings_as_glyphs(["标题", "本年制发件数|本年废止件数|现行有效件数"])
    assert not reads_rulings_as_glyphs(["| 本年制发件数|本年废止件数|现行有效件数 |"])  # a markdown row's bars


def test_the_heads_lines_are_read_half_width_and_a_long_line_cut_to_its_start():
    from orchestration.parsing.title import _lines_with_text

    plain = ["某某市人民政府办公室", "", "  2020年政府信息公开工作年度报告  ", "\t"]
    assert _lines_with_text(plain) == [(0, "某某市人民政府办公室"), (2, "2020年政府信息公开工作年度报告")]
    wide = ["\ufeff某某局", "", "２０２０年度\u3000政府信息公开工作年度报告", "发布日期\xa02021-01-20"]
    assert _lines_with_text(wide) == [(0, "某某局"), (2, "2020年度 政府信息公开工作年度报告"), (3, "发布日期 2021-01-20")]
    crawled = ["２" * 3000 + "x" * 2000]  # a crawled page's one long line: its start only, translated
    assert _lines_with_text(crawled) == [(0, "2" * 3000 + "x" * 1000)]


def test_the_tables_of_unknown_cells_are_named_in_cell_order_and_none_when_every_cell_is_read():
    from decimal import Decimal

    from orchestration.parsing.cells import BLANK, UNKNOWN, VALUE
    from orchestration.parsing.parse import _unknown_in_tables_3_and_4
    from orchestration.parsing.record import Cell

    read = [Cell("disclosures", "regulations", "new", Decimal(2), VALUE, 8),
            Cell("applications", "granted", "natural_person", None, BLANK, 20),
            Cell("reviews", "review", "upheld", Decimal(0), VALUE, 40)]
    report = _cells_report(*read)
    assert list(report.tables_of_unknown_cells()) == []
    assert not _unknown_in_tables_3_and_4(report)
    # table 2's unknown cell alone: no row of table 3 or 4 is asked again (the rule does not fire)
    report = _cells_report(*read, Cell("disclosures", "fees", "amount_wan_yuan", None, UNKNOWN, 12))
    assert list(report.tables_of_unknown_cells()) == ["disclosures"]
    assert not _unknown_in_tables_3_and_4(report)
    report = _cells_report(Cell("reviews", "review", "corrected", None, UNKNOWN, 41), *read,
                           Cell("disclosures", "fees", "amount_wan_yuan", None, UNKNOWN, 12),
                           Cell("applications", "granted", "total", None, UNKNOWN, 20))
    assert list(report.tables_of_unknown_cells()) == ["reviews", "disclosures", "applications"]
    assert _unknown_in_tables_3_and_4(report)


def test_a_line_of_figures_no_found_row_reads_is_untaken_and_a_table_of_found_rows_has_none():
    from orchestration.parsing.application_table import _figures_no_row_takes
    from orchestration.parsing.rows import RawCell, Row

    def row(label, figures, line):
        return Row([RawCell(label, line), *(RawCell(figure, line) for figure in figures)], tabbed=True)

    granted = row("（一）予以公开", ["1", "0", "0", "0", "0", "0", "1"], 10)
    partly = row("（二）部分公开", ["2", "0", "0", "0", "0", "0", "2"], 12)
    allowed = ("granted", "partially_granted")
    found = {"granted": granted, "partially_granted": partly}
    assert _figures_no_row_takes([granted, partly], found, allowed) == []
    untaken = row("计其他情形）", ["3", "4"], 11)
    assert _figures_no_row_takes([granted, untaken, partly], found, allowed) == [untaken]
    # the same figures read by a found row on their line (a row found with its wrapped lines' cells): taken
    shared = [RawCell("3", 11), RawCell("4", 11)]
    untaken = Row([RawCell("计其他情形）", 11), *shared], tabbed=True)
    joined = Row([RawCell("（二）部分公开", 11), *shared], tabbed=True)
    assert _figures_no_row_takes([granted, untaken, joined], {"granted": granted, "partially_granted": joined},
                                 allowed) == []


def test_a_names_places_are_split_alike_however_often_it_is_asked():
    from orchestration.parsing.title import split_region

    for _ in range(3):
        assert split_region("江苏省淮安市洪泽区人民政府办公室") == ("江苏省", "淮安市", "洪泽区")
        assert split_region("濮阳县发展和改革委员会") == (None, None, "濮阳县")
        assert split_region("国家统计局") == (None, None, None)


def test_a_row_a_cell_a_column_is_read_in_order_and_a_row_ending_on_an_empty_line_is_still_trimmed():
    from orchestration.parsing.rows import RawCell, fit_values

    cells = [RawCell("2", 7), RawCell("1", 7), RawCell("3", 7)]
    fitted, problem = fit_values(cells, 3)
    assert (fitted, problem) == (cells, None) and fitted is not cells  # in order, a list of its own
    # as many cells as columns, the last an empty line: not the fast path; the row's rule decides whether the
    # empty line is its last (blank) cell or the gap closing a short row
    ending_on_a_gap = [RawCell("2", 7), RawCell("2", 7), RawCell("", 8, gap=True)]
    assert fit_values(ending_on_a_gap, 3, row_rule=lambda reading: True) == (ending_on_a_gap, None)
    fitted, problem = fit_values(ending_on_a_gap, 3, row_rule=lambda reading: False)
    assert fitted == [*ending_on_a_gap[:2], None] and problem == "2 of 3 cells"
    # every cell empty (or none at all): blank cells at the row's line, as before
    assert fit_values([RawCell("", 4), RawCell(" ", 4)], 2) == ([RawCell("", 4), RawCell("", 4)], None)
    assert fit_values([], 2) == ([RawCell("", 0), RawCell("", 0)], None)


def test_rows_of_the_same_texts_read_alike_and_a_row_of_other_texts_reads_its_own():
    from decimal import Decimal

    from orchestration.parsing.rows import RawCell, reading_of

    first = [RawCell("1", 3), RawCell("-", 3), RawCell("１", 3)]
    again = [RawCell("1", 9), RawCell("-", 9), RawCell("１", 9)]  # the same texts on other lines
    assert reading_of(first) == reading_of(again) == (Decimal(1), None, Decimal(1))
    assert reading_of([RawCell("1", 3), RawCell("-", 3), RawCell("2", 3)]) == (Decimal(1), None, Decimal(2))
    assert reading_of([RawCell("1", 3), None, RawCell("１", 3)]) is None
