"""Work a text report's table rows skip where a cheap question answers first: the lines after a row are
looked at only where it ends on a bare figure (an amount's head), a table's cells are split into words for
full-width pieces only where they hold a full-width digit. Each keeps what is read; the tests count the calls
skipped (work, not time) and check the rows read."""

from __future__ import annotations

from orchestration.parsing import application_table as AT
from orchestration.parsing import rows as R
from orchestration.parsing import wrapped_blocks as WB
from orchestration.parsing.rows import RawCell, Row, build_rows
from orchestration.parsing.tokens import Line


def _lines(*texts: str) -> list[Line]:
    return [Line(text, number) for number, text in enumerate(texts, 1)]


def _counting(monkeypatch, module, name: str) -> list[int]:
    calls = [0]
    original = getattr(module, name)

    def counted(*args, **kwargs):
        calls[0] += 1
        return original(*args, **kwargs)

    monkeypatch.setattr(module, name, counted)
    return calls


def test_lines_after_a_row_ending_on_a_word_are_not_asked_for_an_amounts_rest(monkeypatch):
    heads = _counting(monkeypatch, R, "_count_or_an_amounts_head")
    torn = _counting(monkeypatch, R, "_amount_torn_past_a_break")
    lines = _lines("规章\t3\t无", "1.48", "2405万元", "行政规范性文件\t0\t0")
    rows = build_rows(lines, 0, len(lines), labels_apart=True)
    assert heads[0] == torn[0] == 0  # `无` opens no amount, whatever the lines after it print
    assert [row.label for row in rows] == ["规章", "", "行政规范性文件"]
    assert [cell.text for cell in rows[1].values()] == ["1.48", "2405万元"]  # cells of their own, as before
    assert not rows[0].amount_may_go_on


def test_a_row_ending_on_a_bare_figure_still_has_its_amount_go_on_past_a_break():
    lines = _lines("行政事业性收费\t3", "1.48", "2405万元", "政府集中采购\t0\t0")
    rows = build_rows(lines, 0, len(lines), labels_apart=True)
    assert rows[0].amount_may_go_on  # 3 / 1.48 / 2405万元: a count, or 31.482405 torn: the item's columns decide
    lines = _lines("行政事业性收费\t+3", "1.48", "2405万", "元", "政府集中采购\t0\t0")
    assert build_rows(lines, 0, len(lines), labels_apart=True)[0].amount_may_go_on  # a signed head too


def test_cells_without_a_full_width_digit_are_not_split_for_pieces(monkeypatch):
    pieces = _counting(monkeypatch, WB, "is_piece")
    plain = [Row([RawCell("1.属于国家秘密", 1), RawCell("1,080", 1), RawCell("3 0", 1)])]
    assert not AT._pieces_cut_in_their_thousands(plain)
    assert pieces[0] == 0
    cut = [Row([RawCell("1.属于国家秘密", 1), RawCell("１,０", 1)]), Row([RawCell("８０", 2)])]
    assert AT._pieces_cut_in_their_thousands(cut)  # `１,０`: a piece cut inside its thousands
    assert not AT._pieces_cut_in_their_thousands([Row([RawCell("１,０８０ ２", 1)])])  # whole counts


def test_label_places_come_from_a_rows_classes_and_match_its_label_cells():
    lines = _lines("（一）予以公开\t3\t0\t1", "1.属于\t国家秘密\t2\t0")  # a tab row's classes give its places
    tab_rows = build_rows(lines, 0, len(lines), labels_apart=True)
    assert [row.label_places() for row in tab_rows] == [(0,), (0, 1)]
    stacked = build_rows(_lines("（二）部分公开", "4", "0"), 0, 3, labels_apart=True)[0]  # one cell a line
    assert stacked.label_places() == (0,)
    assert [stacked.cells[at] for at in stacked.label_places()] == stacked.label_cells()
    changed = tab_rows[1].with_cells([RawCell("2", 2), RawCell("国家秘密", 2), RawCell("5", 2)])
    assert changed.label_places() == (1,)  # worked out again for the new cells, not kept from the old row


def test_a_pipe_rows_figures_are_asked_once_per_text(monkeypatch):
    from orchestration.parsing import table_reading as TR

    TR._a_row_may_own.cache_clear()
    asked = _counting(monkeypatch, TR, "is_page_number")
    numbers = Row([RawCell("项目", 1), RawCell("1", 1), RawCell("2 3", 1), RawCell("4", 1), RawCell("5 6", 1)], piped=True)
    zeros = Row([RawCell("（一）予以公开", 2), RawCell("0", 2), RawCell("3", 2)], piped=True)
    page = Row([RawCell("附件", 3), RawCell("- 3 -", 3)], piped=True)
    assert not TR._figures_a_row_may_own(numbers)  # the header's numbers of its columns
    assert TR._figures_a_row_may_own(zeros)
    assert not TR._figures_a_row_may_own(page)  # a page's number
    again = Row([RawCell("（二）部分公开", 7), RawCell("0", 7), RawCell("3", 7)], piped=True)
    assert TR._figures_a_row_may_own(again)  # the same figures on another row: answered from the first
    assert asked[0] == 3  # three texts, each asked once: the fourth row's figures are the second's


def _aligned(*lines: tuple[int, str]) -> list[Row]:
    return [Row(R._aligned_cells(text, number), aligned=True) for number, text in lines]


def test_an_aligned_tables_label_comma_sends_no_row_to_the_cut_figure_check(monkeypatch):
    asked = _counting(monkeypatch, R, "_cut_figures_hold_their_places")
    rows = _aligned((1, "1.申请人无正当理由逾期不补正，行政机关不再处理    3    0"), (2, "2.其他     1    4"))
    R._cut_figures_in_their_columns(rows)
    assert asked[0] == 0  # a label's comma follows no digit: no group of thousands is cut at it
    assert [[(cell.text, cell.problem) for cell in row.cells] for row in rows] == [
        [("1.申请人无正当理由逾期不补正，行政机关不再处理", None), ("3", None), ("0", None)],
        [("2.其他", None), ("1", None), ("4", None)]]
    grouped = _aligned((1, "1.申请人无正当理由逾期不补正，行政机关不再处理    3    0"), (2, "2.其他     1,080    4"))
    R._cut_figures_in_their_columns(grouped)
    assert asked[0] == 2  # a separator after a digit: each row looked at, a whole figure left as it is
    assert [(cell.text, cell.problem) for cell in grouped[1].cells] == [("2.其他", None), ("1,080", None), ("4", None)]


def test_a_figure_cut_in_its_thousands_over_two_aligned_lines_is_still_found_and_not_read():
    rows = _aligned((1, "1.属于国家秘密，不予公开    １,０    ３"), (2, "                 ８０"),
                    (3, "2.其他                      0      0"))
    R._cut_figures_in_their_columns(rows)
    assert [row.line for row in rows] == [1, 3]  # the line that held only the rest of the cut figure is gone
    cut = rows[0].cells[1]
    assert (cut.text, cut.problem) == ("１０８０", R.CUT)  # both pieces, as printed, never read
    assert [(cell.text, cell.problem) for cell in rows[1].cells] == [("2.其他", None), ("0", None), ("0", None)]


def test_a_rows_filled_values_are_its_value_cells_printing_something_worked_out_again_with_new_cells():
    row = Row([RawCell("1.属于国家秘密", 1), RawCell("3", 2), RawCell("", 3, gap=True), RawCell("—", 4), RawCell(" ", 5)],
              stacked=True)
    assert [cell.text for cell in row.filled_values()] == ["3", "—"]  # a blank mark prints something, a gap nothing
    assert row.filled_values() is row.filled_values()  # worked out once
    again = row.with_cells([RawCell("1.属于国家秘密", 1), RawCell("", 2, gap=True)])
    assert again.filled_values() == []  # another row's cells: its own, not the first row's
    cut = Row([RawCell("其他", 1), RawCell("12", 1)])
    assert [cell.text for cell in cut.filled_values()] == ["12"]
    cut.cells[1:2] = [RawCell("", 1)]
    R._classify_again(cut)  # cells changed where they stand (rows.py does so): asked again
    assert cut.filled_values() == []


def test_a_tables_counts_are_written_as_read_count_reads_them_and_a_problem_still_warns():
    from orchestration.parsing.record import ParsedReport
    from orchestration.parsing.table_reading import _count_cells

    report = ParsedReport(source="t.txt", sha256="0", size_bytes=0)
    places = [("new_received", "natural"), ("new_received", "commercial"), ("new_received", "research"),
              ("new_received", "total")]
    _count_cells(report, "applications", places, [RawCell(" 12 ", 3), RawCell("—", 3), None, RawCell("1O", 3)], 3)
    written = [(c.column, c.value, c.state, c.line, c.as_written) for c in report.cells]
    assert written[:3] == [("natural", 12, "value", 3, "12"), ("commercial", None, "blank", 3, "—"),
                           ("research", None, "unknown", 3, None)]
    assert written[3][2] == "unknown" and [w.code for w in report.warnings] == ["unreadable_cell"]
    report.cells.clear()
    _count_cells(report, "applications", places[:1], [RawCell("7", 4, problem="cut")], 4)
    assert (report.cells[0].state, report.cells[0].as_written) == ("unknown", "7")  # the cell's own problem first


def test_a_pipe_rows_last_cell_of_words_is_looked_up_once_by_its_texts_and_still_skips_merged_figures():
    from orchestration.parsing import table_reading as TR

    TR._last_of_words.cache_clear()
    merged = Row([RawCell("一、本年新收", 1), RawCell("11", 1), RawCell("— 5", 1), RawCell("— —", 1), RawCell("17", 1)],
                 piped=True)
    assert TR._last_cell_of_words(merged) == 0  # `— 5`, `— —`: figures and marks merged, no words
    again = Row([RawCell(cell.text, 7) for cell in merged.cells], piped=True)  # the next report's same row
    assert TR._last_cell_of_words(again) == 0
    assert TR._last_of_words.cache_info().hits == 1
    assert TR._last_cell_of_words(Row([RawCell("3", 1), RawCell("计", 1), RawCell("0", 1)], piped=True)) == 1
    assert TR._last_cell_of_words(Row([RawCell("3", 1), RawCell("0", 1)], piped=True)) == -1  # none holds words


def test_a_row_with_other_cells_keeps_every_flag_and_works_its_classes_out_again():
    import dataclasses

    flags = {f.name for f in dataclasses.fields(Row) if not f.name.startswith("_") and f.name != "cells"}
    # every flag set to a value other than its default, so that a flag dropped shows
    values = {name: (not getattr(Row([]), name)) if isinstance(getattr(Row([]), name), bool) else 7 for name in flags}
    row = Row([RawCell("规章", 1), RawCell("3", 1)], **values)
    assert row.label == "规章" and [cell.text for cell in row.values()] == ["3"]
    again = row.with_cells([RawCell("3", 1), RawCell("行政规范性文件", 1), RawCell("0", 1)])
    assert {name: getattr(again, name) for name in flags} == values
    assert again.label == "行政规范性文件" and [cell.text for cell in again.values()] == ["0"]  # worked out anew
