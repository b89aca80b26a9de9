"""The helpers that make a crawled page's reading cheaper read exactly as the slower code did: the joint
solve's outcome states (recovery._outcome_sums, worked out with each reading's printed columns once), where a
crawled line's rows start (tokens.ROW_START_RE) and its cells (joined_cells), the lines of an aligned table
(rows._lines_with_gaps)."""

from __future__ import annotations

from decimal import Decimal

from orchestration.parsing.recovery import _printed_columns, settle_table
from orchestration.parsing.rows import _lines_with_gaps
from orchestration.parsing.table_reading import computed_once
from orchestration.parsing.tokens import ROW_START_RE, _may_open_a_unit, joined_cells, row_starts


def reading(*values):
    return tuple(None if v is None else Decimal(v) for v in values)


def test_the_printed_columns_of_a_reading_are_its_figures_bits():
    assert _printed_columns(reading(1, None, 0, None, None, None, 1)) == 0b1000101
    assert _printed_columns(reading(None, None, None, None, None, None, None)) == 0
    assert _printed_columns(reading(*range(7))) == 0b1111111


def test_a_total_column_no_outcome_row_prints_says_nothing_of_the_outcomes():
    # results_total prints its total, 3, which no outcome row prints in any reading (a report printing 总计 only in
    # the totals rows): the column owes 3 that no row left can pay, allowed because none printed it; the columns
    # granted prints decide: its 3 stands where the total's does, not beside it
    total = reading(3, None, None, None, None, None, 3)
    granted = [reading(3, None, None, None, None, None, None), reading(None, None, 3, None, None, None, None)]
    held = [reading(None, None, None, None, None, None, None)]
    rows = {"results_total": [total], "granted": granted, "unavailable_not_held": held}
    assert settle_table(rows, ("granted", "unavailable_not_held"))["granted"] == [granted[0]]


def test_a_column_an_outcome_row_prints_must_be_paid():
    # granted printing 1 of the total's 3 leaves 2 owed that no row left can pay, in a column it prints: that
    # reading goes; the one paying the 3 stays
    total = reading(3, None, None, None, None, None, 3)
    granted = [reading(1, None, None, None, None, None, 1), reading(3, None, None, None, None, None, 3)]
    held = [reading(None, None, None, None, None, None, None)]
    rows = {"results_total": [total], "granted": granted, "unavailable_not_held": held}
    assert settle_table(rows, ("granted", "unavailable_not_held"))["granted"] == [granted[1]]


def test_a_crawled_lines_rows_start_at_numbering_never_inside_a_run_of_figures():
    # a row word after figures (`…19上年结转…`) starts a row, after numbering it is the numbered row's; a digit
    # starts one only as numbering (`2.其他`, `3）`), never a figure's (`3.5`) or a run's (`0000000（`)
    line = "一、本年新收政府信息公开申请数量14 5   19上年结转政府信息公开申请数量0000000（一）予以公开2.其他3）重复申请收费3.5万元"
    starts = [line[m.start():m.end()] for m in ROW_START_RE.finditer(line)]
    assert starts == ["一、", "上年结转政府", "（一）", "2.", "3）"]


def test_joined_cells_cut_labels_figures_and_blank_spaces_apart():
    assert joined_cells("2.其他14 5   19") == ["2.其他", "14", "", "5", "", "", "", "19"]
    assert joined_cells("行政许可79件 收费3.5万元") == ["行政许可", "79件", "收费", "3.5万元"]  # a unit takes its space
    assert joined_cells("自然人2024年1月，0") == ["自然人2024年1月，", "0"]


def test_a_gap_counts_between_two_words_on_one_line_only():
    assert _lines_with_gaps("a  b\nc d\ne   f\n  g\nh  \n", enough=9) == 2  # not a line's leading or trailing spaces
    assert _lines_with_gaps("a  b  c\nd  e", enough=9) == 2  # a line counted once, however many gaps
    assert _lines_with_gaps("a  b\nc  d\ne  f\ng  h", enough=3) == 3
    assert _lines_with_gaps("a\xa0\xa0b\u3000\u3000c", enough=9) == 0  # spaces only, as `pdftotext -layout` sets them


def test_a_unit_may_open_where_its_first_character_stands_or_one_space_after():
    assert _may_open_a_unit("12件", 2) and _may_open_a_unit("12 万元", 2) and _may_open_a_unit("12\u3000笔", 2)
    assert not _may_open_a_unit("12 3", 2) and not _may_open_a_unit("12", 2) and not _may_open_a_unit("12  件", 2)
    # a signed figure keeps its sign, a sign alone is no figure, and a unit one space after stays the figure's
    assert joined_cells("增减-5 个其他+3") == ["增减", "-5个", "其他", "+3"]
    assert joined_cells("其他- 3", signed=True) == ["其他", "-", "", "3"]  # a mark cell, a space, a figure


def test_joined_cells_cut_blank_marks_and_nbsp_runs_off_labels_as_before():
    # blank marks run together after a label are a cell each, the label's spaces before them dropped
    assert joined_cells("2.重复申请 ////") == ["2.重复申请", "/", "/", "/", "/"]
    assert joined_cells("（六）其他处理无无无无无无无") == ["（六）其他处理", *"无无无无无无无"]
    assert joined_cells("—1") == ["—", "1"]  # marks alone, then a figure: no label cell
    # a run of `&nbsp;` between two labels: the first row's blank cells, then the next label
    assert joined_cells("禁止公开\xa0\xa0\xa03.危及安全1") == ["禁止公开", "", "", "", "3.危及安全", "1"]
    # one-digit numbering stays its label's, a date stays in its sentence, trailing spaces are blank cells
    assert joined_cells("3.要求提供公开出版物0 \xa0") == ["3.要求提供公开出版物", "0", "", ""]
    assert joined_cells("2023年本机关1") == ["2023年本机关", "1"]


def test_row_starts_are_where_the_one_pattern_finds_them():
    # the two scans opening on a character find what ROW_START_RE's one scan finds: numbering, a heading spaced
    # out, a row word not after numbering, 总计 after figures, an item's words spaced out, never a figure's digit
    lines = ["一、本年新收政府信息公开申请数量14 5   19上年结转政府信息公开申请数量0000000（一）予以公开2.其他3）重复申请",
             "三 、本年度办理结果（ 六 ）其他处理1/2总计3第二十条第（一）项信息内容行 政 许 可79（2）2. \xa0重复申请",
             "①属于国家秘密②其他法律3.5万元（3）…其政府信息公开申请其他二十一、统一，本年新收1.1.危及“三安全"]
    for line in lines:
        assert row_starts(line) == [match.start() for match in ROW_START_RE.finditer(line)]
    assert [lines[0][at:at + 2] for at in row_starts(lines[0])] == ["一、", "上年", "（一", "2.", "3）"]


def test_a_search_computed_once_is_run_at_its_first_ask_only():
    runs = []
    widened = computed_once(lambda: runs.append(1) or [("split",)])
    assert runs == []  # nothing run before it is asked
    assert widened() == [("split",)] and widened() == [("split",)]
    assert runs == [1]
