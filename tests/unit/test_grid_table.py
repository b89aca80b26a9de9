"""The grid reader (grid_table.py): table 3 in tab-separated rows, each row one line of its label and one figure,
blank or blank mark a column, and table 4's one row of fifteen such cells, read as printed without the full
reader's passes; any misfit refused before a cell is written, the full reader then reading the table as it always did. Made-up reports (test_reader_classes.py's
tabbed writer): the record with the grid reader is the full reader's, cell for cell and warning for warning."""

from __future__ import annotations

import dataclasses

import pytest

from orchestration.core import labels as L
from orchestration.parsing import parse as P
from orchestration.parsing.grid_table import read_grid_applications, read_grid_disclosures, read_grid_reviews
from orchestration.parsing.record import ParsedReport
from orchestration.parsing.rows import build_rows
from orchestration.parsing.template import find_sections
from orchestration.parsing.tokens import reading_lines, split_lines
from tests.unit.test_reader_classes import (
    FIGURES,
    OUTCOMES,
    PROCEEDINGS,
    REVIEWS,
    ROWS,
    TABLE2,
    applications_of,
    table3_tabbed,
)


def _table_rows(text: str, table: str = "applications"):
    reading = reading_lines(split_lines(L.to_simplified(text)))
    sections = find_sections([line.text for line in reading])
    return build_rows(reading, *sections[table], labels_apart=table != "reviews", signed=False)


def _grid_read(text: str) -> ParsedReport:
    report = ParsedReport("grid.txt", "0" * 64, 0)
    report.taken = read_grid_applications(report, _table_rows(text), "2021")
    return report


def _full_record(text: str, monkeypatch, source: str = "grid.txt") -> dict:
    with monkeypatch.context() as patched:
        patched.setattr(P, "read_grid_applications", lambda *args: False)
        patched.setattr(P, "read_grid_reviews", lambda *args: False)
        patched.setattr(P, "read_grid_disclosures", lambda *args: False)
        return dataclasses.asdict(P.parse_text(text, source))


def _with_figures(**rows: list) -> dict[str, list]:
    return {**FIGURES, **rows}


def test_a_clean_grid_is_read_as_printed_as_the_full_reader_reads_it(monkeypatch):
    figures = _with_figures(granted=[8, 2, 0, 0, 0, 0, 10], rejected_duplicate=[1, "-", "无", 0, 0, 0, 1])
    text = table3_tabbed({}, figures)
    grid = _grid_read(text)
    assert grid.taken
    read = applications_of(grid)
    assert [c.value for c in read["granted"]] == [8, 2, 0, 0, 0, 0, 10]
    assert [c.state for c in read["rejected_duplicate"]] == ["value", "blank", "blank", "value", "value", "value",
                                                             "value"]
    assert read["granted"][0].line == text.splitlines().index("三、本年度办理结果\t（一）予以公开\t8\t2\t0\t0\t0\t0\t10") + 1
    assert dataclasses.asdict(P.parse_text(text, "grid.txt")) == _full_record(text, monkeypatch, "grid.txt")


def test_full_width_digits_grouped_thousands_and_empty_cells_are_a_grid_too(monkeypatch):
    figures = _with_figures(new_received=["１２", 3, "", "", "", "", "１５"], results_total=[11, 3, "", "", "", "", 14],
                            granted=["1,040", 2, 0, 0, 0, 0, "1,042"])
    text = table3_tabbed({}, figures)
    grid = _grid_read(text)
    assert grid.taken
    read = applications_of(grid)
    assert [(c.value, c.state) for c in read["new_received"]] == [
        (12, "value"), (3, "value"), (None, "blank"), (None, "blank"), (None, "blank"), (None, "blank"), (15, "value")]
    assert [c.value for c in read["granted"]] == [1040, 2, 0, 0, 0, 0, 1042]
    assert dataclasses.asdict(P.parse_text(text, "grid.txt")) == _full_record(text, monkeypatch, "grid.txt")


def _lines_replaced(text: str, old: str, new: str) -> str:
    assert text.count(old) == 1
    return text.replace(old, new)


_GRANTED = "三、本年度办理结果\t（一）予以公开\t0\t0\t0\t0\t0\t0\t0\n"
_MISFITS = {
    # a label wrapped over two lines: its row is not one line
    "wrapped label": lambda text: _lines_replaced(text, _GRANTED, "三、本年度办理结果\t（一）予以\n公开\t0\t0\t0\t0\t0\t0\t0\n"),
    "short row": lambda text: _lines_replaced(text, _GRANTED, "三、本年度办理结果\t（一）予以公开\t0\t0\t0\t0\t0\t0\n"),
    "long row": lambda text: _lines_replaced(text, _GRANTED, "三、本年度办理结果\t（一）予以公开\t0\t0\t0\t0\t0\t0\t0\t0\n"),
    "stray line among the rows": lambda text: _lines_replaced(text, _GRANTED, _GRANTED + "注：单位为件\t3\n"),
    "a figure in the header": lambda text: _lines_replaced(
        text, "三、收到和处理政府信息公开申请情况\n", "三、收到和处理政府信息公开申请情况\n1\t2\t3\t4\t5\t6\t7\n"),
    "a row breaking its sum": lambda text: _lines_replaced(text, _GRANTED, "三、本年度办理结果\t（一）予以公开\t0\t0\t0\t0\t0\t0\t3\n"),
    "two figures in a cell": lambda text: _lines_replaced(
        text, _GRANTED, "三、本年度办理结果\t（一）予以公开\t1 0\t0\t0\t0\t0\t0\t10\n"),
    "a figure cut in its thousands": lambda text: _lines_replaced(
        text, _GRANTED, "三、本年度办理结果\t（一）予以公开\t1,04\t0\t0\t0\t0\t0\t104\n"),
    "a label not the template's next": lambda text: _lines_replaced(
        text, _GRANTED, "三、本年度办理结果\t（一）予以全部公开\t0\t0\t0\t0\t0\t0\t0\n"),
    "a row left out": lambda text: _lines_replaced(text, _GRANTED, ""),
    "a line after the last row": lambda text: _lines_replaced(
        text, "四、结转下年度继续办理\t" + "\t".join(["0"] * 7) + "\n",
        "四、结转下年度继续办理\t" + "\t".join(["0"] * 7) + "\n合计\t\t1\n"),
}


@pytest.mark.parametrize("misfit", sorted(_MISFITS))
def test_a_misfit_is_refused_and_the_full_reader_reads_the_table_as_before(misfit, monkeypatch):
    clean = table3_tabbed({}, _with_figures(granted=[0] * 7, carried_forward=[0] * 7))
    assert _grid_read(clean).taken  # the misfit alone makes it refused
    text = _MISFITS[misfit](clean)
    grid = _grid_read(text)
    assert not grid.taken and not grid.cells and not grid.warnings
    assert dataclasses.asdict(P.parse_text(text, "grid.txt")) == _full_record(text, monkeypatch, "grid.txt")


def test_an_empty_line_among_tab_rows_parts_nothing(monkeypatch):
    # each row is whole on its line: an empty line between two rows is no cell of either
    text = _lines_replaced(table3_tabbed({}, _with_figures(granted=[0] * 7)), _GRANTED, _GRANTED + "\n")
    assert _grid_read(text).taken
    assert dataclasses.asdict(P.parse_text(text, "grid.txt")) == _full_record(text, monkeypatch, "grid.txt")


_HEADER = "申请人情况\t自然人\t商业企业\t科研机构\t社会公益组织\t法律服务机构\t其他\t总计\n"


def test_the_header_printed_again_among_the_rows_is_no_row(monkeypatch):
    # a page break inside the table, the header's line printed again at the next page's top: no row, no figure
    text = _lines_replaced(table3_tabbed({}, _with_figures(granted=[0] * 7)), _GRANTED, _HEADER + _GRANTED)
    assert text.count(_HEADER) == 2
    assert _grid_read(text).taken
    assert dataclasses.asdict(P.parse_text(text, "grid.txt")) == _full_record(text, monkeypatch)


@pytest.mark.parametrize("line", ["申请人情况\t自然人\t商业企业\n", "申请人情况\t1\t2\t3\t4\t5\t6\t7\n"])
def test_a_line_among_the_rows_not_the_header_again_is_refused(line, monkeypatch):
    # a line of header words not printed so above the first row, or a figure in it: not a header printed again
    text = _lines_replaced(table3_tabbed({}, _with_figures(granted=[0] * 7)), _GRANTED, line + _GRANTED)
    grid = _grid_read(text)
    assert not grid.taken and not grid.cells
    assert dataclasses.asdict(P.parse_text(text, "grid.txt")) == _full_record(text, monkeypatch)


def _piped(text: str) -> str:
    """Table 3 of a tabbed report as a markdown table: each tab row a pipe row, a rule under the header."""
    head, rest = text.split("三、收到和处理政府信息公开申请情况\n")
    table, tail = rest.split("四、行政复议", 1)
    header, *lines = table.splitlines()
    rows = [f"| {' | '.join(line.split(chr(9)))} |" for line in ["\t" + header, *lines]]  # the header as wide
    rule = "|" + "---|" * (header.count("\t") + 2)
    return head + "三、收到和处理政府信息公开申请情况\n\n" + "\n".join([rows[0], rule, *rows[1:]]) + "\n\n四、行政复议" + tail


_PIPE_READ = {
    "clean": ("| 三、本年度办理结果 | （一）予以公开 | 8 |", "| 三、本年度办理结果 | （一）予以公开 | 8 |"),
    # a converter's row broken between two cells (`| 三、… | （一）予以公开 |` / `8 | 2 | … |`): the reading line
    # joins it back (tokens.reading_lines), one row as the full reader reads it
    "broken inside its cells": ("| （一）予以公开 | 8 |", "| （一）予以公开 |\n8 |"),
}
_PIPE_MISFITS = {
    "a label wrapped over two rows": ("| 三、本年度办理结果 | （一）予以公开 |", "| 三、本年度办理结果 | （一）予以 |\n|  | 公开 |"),
    # markitdown sets a header word in the pipe cell beside its column's (`| 其他 总计 |  |`): the full reader
    # places the row's figures by the header's words, so the table is not a grid
    "a header word beside its column": ("| 其他 | 总计 |", "| 其他 总计 |  |"),
}


def _pipe_text(old: str, new: str) -> str:
    return _lines_replaced(_piped(table3_tabbed({}, _with_figures(granted=[8, 2, 0, 0, 0, 0, 10]))), old, new)


@pytest.mark.parametrize("shape", sorted(_PIPE_READ))
def test_a_pipe_grid_is_read_as_printed(shape, monkeypatch):
    text = _pipe_text(*_PIPE_READ[shape])
    assert "| 三、本年度办理结果 | （一）予以公开 |" in text
    grid = _grid_read(text)
    assert grid.taken
    assert [c.value for c in applications_of(grid)["granted"]] == [8, 2, 0, 0, 0, 0, 10]
    assert dataclasses.asdict(P.parse_text(text, "grid.md")) == _full_record(text, monkeypatch, "grid.md")


@pytest.mark.parametrize("misfit", sorted(_PIPE_MISFITS))
def test_a_pipe_misfit_is_refused(misfit, monkeypatch):
    assert _grid_read(_pipe_text(*_PIPE_READ["clean"])).taken  # the misfit alone makes it refused
    text = _pipe_text(*_PIPE_MISFITS[misfit])
    grid = _grid_read(text)
    assert not grid.taken and not grid.cells
    assert dataclasses.asdict(P.parse_text(text, "grid.md")) == _full_record(text, monkeypatch, "grid.md")


def test_every_template_row_is_asked_for_in_order():
    # rows swapped: each label is a template row's, not the next one's
    text = table3_tabbed({}, FIGURES)
    first, second = (f"{heading or ''}\t{label}\t" for _, label, heading in ROWS[5:7])
    swapped = text.replace(first, "@@").replace(second, first).replace("@@", second)
    assert swapped != text
    assert not _grid_read(swapped).taken


# ---------------------------------------------------------------- table 4: its one row of fifteen cells

def _grid_read_reviews(text: str) -> ParsedReport:
    report = ParsedReport("grid.txt", "0" * 64, 0)
    report.taken = read_grid_reviews(report, _table_rows(text, "reviews"))
    return report


def _reviews_of(report) -> list:
    cells = {(c.row, c.column): c for c in report.cells if c.table == "reviews"}
    return [cells[p, o] for p in PROCEEDINGS for o in OUTCOMES]


_REVIEW_ROW = "\t".join(map(str, REVIEWS)) + "\n"  # 1 0 0 0 1 | 0 0 0 1 1 | 0 0 0 0 0


def _with_review_row(row: str) -> str:
    return _lines_replaced(table3_tabbed({}, FIGURES), _REVIEW_ROW, row)


def test_table_4_as_a_clean_grid_is_read_as_printed_as_the_full_reader_reads_it(monkeypatch):
    text = _with_review_row("3\t1\t-\t1\t5\t0\t0\t0\t1\t1\t１２\t\t0\t0\t１２\n")
    grid = _grid_read_reviews(text)
    assert grid.taken
    read = _reviews_of(grid)
    assert [c.value for c in read] == [3, 1, None, 1, 5, 0, 0, 0, 1, 1, 12, None, 0, 0, 12]
    assert [c.state for c in read][:3] == ["value", "value", "blank"] and read[11].state == "blank"
    row = "3\t1\t-\t1\t5\t0\t0\t0\t1\t1\t１２\t\t0\t0\t１２"
    assert {c.line for c in read} == {text.splitlines().index(row) + 1}
    assert dataclasses.asdict(P.parse_text(text, "grid.txt")) == _full_record(text, monkeypatch)


def _piped_reviews(row: str) -> str:
    """Table 4 as a markdown table: its outcomes' header a pipe row, a rule, then `row`'s cells a pipe row."""
    head = table3_tabbed({}, FIGURES).split("四、行政复议")[0]
    outcomes = " | ".join(["结果维持", "结果纠正", "其他结果", "尚未审结", "总计"] * 3)
    return head + f"四、行政复议、行政诉讼情况\n\n| {outcomes} |\n|{'---|' * 15}\n| {' | '.join(row.split())} |\n"


def test_table_4_as_a_pipe_grid_is_read_as_printed(monkeypatch):
    text = _piped_reviews("2 0 0 1 3 0 0 0 0 0 1 0 - 0 1")
    grid = _grid_read_reviews(text)
    assert grid.taken
    assert [c.value for c in _reviews_of(grid)] == [2, 0, 0, 1, 3, 0, 0, 0, 0, 0, 1, 0, None, 0, 1]
    assert dataclasses.asdict(P.parse_text(text, "grid.md")) == _full_record(text, monkeypatch, "grid.md")


_REVIEW_MISFITS = {
    "short row": lambda: _with_review_row("1\t0\t0\t0\t1\t0\t0\t0\t1\t1\t0\t0\t0\t0\n"),
    "long row": lambda: _with_review_row("1\t0\t0\t0\t1\t0\t0\t0\t1\t1\t0\t0\t0\t0\t0\t0\n"),
    "a row breaking its sums": lambda: _with_review_row("1\t0\t0\t0\t2\t0\t0\t0\t1\t1\t0\t0\t0\t0\t0\n"),
    "two figures in a cell": lambda: _with_review_row("1 0\t0\t0\t0\t1\t0\t0\t1\t1\t0\t0\t0\t0\t0\t0\n"),
    "a figure with a leading zero": lambda: _with_review_row("01\t0\t0\t0\t1\t0\t0\t0\t1\t1\t0\t0\t0\t0\t0\n"),
    "a label before the figures": lambda: _with_review_row("数量\t" + _REVIEW_ROW),
    "the row wrapped over two lines": lambda: _with_review_row(
        "1\t0\t0\t0\t1\t0\t0\n0\t1\t1\t0\t0\t0\t0\t0\n"),
    "a figure in the header": lambda: _lines_replaced(_with_review_row(_REVIEW_ROW), "四、行政复议、行政诉讼情况\n",
                                                      "四、行政复议、行政诉讼情况\n2\n"),
    "a line after the row": lambda: _with_review_row(_REVIEW_ROW + "注\t1\n"),
    "a second row of figures": lambda: _with_review_row(_REVIEW_ROW + _REVIEW_ROW),
    # markitdown may set an empty pipe cell of no column among table 4's words: an empty cell proves no blank
    "an empty pipe cell": lambda: _piped_reviews("2 0 0 1 3 0 0 0 0 0 1 0 @ 0 1").replace("| @ |", "|  |"),
}


@pytest.mark.parametrize("misfit", sorted(_REVIEW_MISFITS))
def test_a_table_4_misfit_is_refused_and_the_full_reader_reads_it_as_before(misfit, monkeypatch):
    assert _grid_read_reviews(table3_tabbed({}, FIGURES)).taken  # the misfit alone makes it refused
    assert _grid_read_reviews(_piped_reviews("2 0 0 1 3 0 0 0 0 0 1 0 - 0 1")).taken
    text = _REVIEW_MISFITS[misfit]()
    grid = _grid_read_reviews(text)
    assert not grid.taken and not grid.cells and not grid.warnings
    assert dataclasses.asdict(P.parse_text(text, "grid.txt")) == _full_record(text, monkeypatch)


# ---------------------------------------------------------------- table 2: its blocks, a grid each

_TABLE_2_2021 = "".join(f"{line}\n" for line in [
    "二、主动公开政府信息情况",
    "第二十条第（一）项\t\t\t",
    "信息内容\t本年制发件数\t本年废止件数\t现行有效件数",
    "规章\t0\t—\t5",
    "行政规范性文件\t３\t\t1,033",
    "第二十条第（五）项\t\t\t",
    "信息内容\t本年处理决定数量\t\t",
    "行政许可\t44\t\t",
    "第二十条第（六）项\t\t\t",
    "信息内容\t本年处理决定数量\t\t",
    "行政处罚\t36\t\t",
    "行政强制\t47\t\t",
    "第二十条第（八）项\t\t\t",
    "信息内容\t本年收费金额（单位：万元）\t\t",
    "行政事业性收费\t12.5\t\t",
])
_TABLE_2_2019 = "".join(f"{line}\n" for line in [
    "二、主动公开政府信息情况",
    "第二十条第（一）项\t\t\t",
    "信息内容\t本年新制作数量\t本年新公开数量\t对外公开总数量",
    "规章\t0\t0\t5",
    "规范性文件\t3\t3\t33",
    "第二十条第（五）项\t\t\t",
    "信息内容\t上一年项目数量\t本年增/减\t处理决定数量",
    "行政许可\t44\t-6\t265",
    "其他对外管理服务事项\t2\t+1\t0",
    "第二十条第（八）项\t\t\t",
    "信息内容\t上一年项目数量\t本年增/减\t",
    "行政事业性收费\t0\t+3\t",
    "第二十条第（九）项\t\t\t",
    "信息内容\t采购项目数量\t采购总金额\t",
    "政府集中采购\t9\t12.637616 万元\t",
])


def _with_table_2(table: str, year: str = "2021") -> str:
    text = table3_tabbed({}, FIGURES)
    assert text.count(TABLE2) == 1
    return text.replace(TABLE2, table).replace("2021年", f"{year}年")


def _grid_read_disclosures(text: str, template: str) -> ParsedReport:
    reading = reading_lines(split_lines(L.to_simplified(text)))
    sections = find_sections([line.text for line in reading])
    report = ParsedReport("grid.txt", "0" * 64, 0, year=int(template))
    rows = build_rows(reading, *sections["disclosures"], labels_apart=True, signed=template == "2019")
    report.taken = read_grid_disclosures(report, rows, template)
    return report


def _disclosures_of(report) -> dict[tuple[str, str], object]:
    return {(c.row, c.column): c for c in report.cells if c.table == "disclosures"}


def test_table_2_as_a_grid_of_blocks_is_read_as_printed_as_the_full_reader_reads_it(monkeypatch):
    text = _with_table_2(_TABLE_2_2021)
    grid = _grid_read_disclosures(text, "2021")
    assert grid.taken
    read = _disclosures_of(grid)
    assert [read["regulations", m].value for m in ("issued", "repealed", "in_force")] == [0, None, 5]
    assert [read["normative_documents", m].value for m in ("issued", "repealed", "in_force")] == [3, None, 1033]
    assert read["regulations", "repealed"].state == "blank"
    assert read["administrative_coercion", "decisions"].value == 47
    assert str(read["administrative_fees", "fee_amount_wan_yuan"].value) == "12.5"
    assert dataclasses.asdict(P.parse_text(text, "grid.txt")) == _full_record(text, monkeypatch)


def test_table_2_of_2019_signed_changes_and_amounts_are_a_grid_too(monkeypatch):
    text = _with_table_2(_TABLE_2_2019, "2019")
    grid = _grid_read_disclosures(text, "2019")
    assert grid.taken
    read = _disclosures_of(grid)
    assert [read["administrative_licensing", m].value for m in ("previous_year_count", "change", "decisions")] == [
        44, -6, 265]
    assert read["administrative_fees", "change"].value == 3
    assert str(read["centralized_procurement", "total_amount_wan_yuan"].value) == "12.637616"
    assert dataclasses.asdict(P.parse_text(text, "grid.txt")) == _full_record(text, monkeypatch)


def test_table_2_as_a_pipe_grid_is_read_as_printed(monkeypatch):
    rows = _TABLE_2_2021.splitlines()
    table = "\n".join([rows[0], "", f"| {' | '.join(rows[1].split(chr(9)))} |", "|---|---|---|---|",
                       *(f"| {' | '.join(row.split(chr(9)))} |" for row in rows[2:])]) + "\n\n"
    text = _with_table_2(table)
    grid = _grid_read_disclosures(text, "2021")
    assert grid.taken
    assert _disclosures_of(grid)["administrative_penalty", "decisions"].value == 36
    assert dataclasses.asdict(P.parse_text(text, "grid.md")) == _full_record(text, monkeypatch, "grid.md")


_TABLE_2_READ = {
    "an empty change cell": (_TABLE_2_2019, "其他对外管理服务事项\t2\t+1\t0", "其他对外管理服务事项\t2\t\t0"),
    "a heading a line of no cells": (_TABLE_2_2021, "第二十条第（五）项\t\t\t", "第二十条第（五）项"),
    "an amount's unit before it": (_TABLE_2_2019, "12.637616 万元", "万元 12.637616"),
}


def _table_2_changed(table: str, old: str, new: str) -> tuple[str, str]:
    """The report whose table 2 is `table` with `old` replaced by `new`, and its template."""
    template = "2019" if table is _TABLE_2_2019 else "2021"
    return _with_table_2(_lines_replaced(table, old, new), template), template


@pytest.mark.parametrize("shape", sorted(_TABLE_2_READ))
def test_table_2_shapes_read_as_printed(shape, monkeypatch):
    text, template = _table_2_changed(*_TABLE_2_READ[shape])
    assert _grid_read_disclosures(text, template).taken
    assert dataclasses.asdict(P.parse_text(text, "grid.txt")) == _full_record(text, monkeypatch)


def test_an_empty_line_among_table_2s_rows_parts_nothing(monkeypatch):
    # each row is whole on its line: an empty line between two rows of a block is no row of it
    text = _with_table_2(_lines_replaced(_TABLE_2_2021, "行政处罚\t36\t\t", "行政处罚\t36\t\t\n"))
    assert _grid_read_disclosures(text, "2021").taken
    assert dataclasses.asdict(P.parse_text(text, "grid.txt")) == _full_record(text, monkeypatch)


_TABLE_2_MISFITS = {
    # (the table, the line taken out, the lines put in its place)
    "a header naming fewer columns than the template's": (
        _TABLE_2_2021, "信息内容\t本年制发件数\t本年废止件数\t现行有效件数", "信息内容\t本年制发件数\t本年废止件数\t"),
    "a header naming a column of no list": (
        _TABLE_2_2021, "（五）项\t\t\t\n信息内容\t本年处理决定数量\t\t", "（五）项\t\t\t\n信息内容\t项目总量\t\t"),
    "a header over two lines": (
        _TABLE_2_2021, "信息内容\t本年制发件数\t本年废止件数\t现行有效件数",
        "信息内容\t本年制发\t本年废止\t现行有效\n\t件数\t件数\t件数"),
    "two columns named in one header cell": (
        _TABLE_2_2019, "信息内容\t上一年项目数量\t本年增/减\t处理决定数量",
        "信息内容\t上一年项目数量 本年增/减\t处理决定数量\t"),
    "a short row": (_TABLE_2_2021, "规章\t0\t—\t5", "规章\t0\t5"),
    "a long row": (_TABLE_2_2021, "行政许可\t44\t\t", "行政许可\t44\t3\t"),
    "a figure glued to its label": (_TABLE_2_2021, "规章\t0\t—\t5", "规章0\t—\t5\t"),
    "two figures in a cell": (_TABLE_2_2021, "规章\t0\t—\t5", "规章\t0\t1 2\t5"),
    "a count with a leading zero": (_TABLE_2_2021, "规章\t0\t—\t5", "规章\t0\t—\t05"),
    "an item of another article in the block": (_TABLE_2_2021, "行政强制\t47\t\t", "行政许可\t47\t\t"),
    "an item printed twice": (_TABLE_2_2021, "行政强制\t47\t\t", "行政强制\t47\t\t\n行政强制\t48\t\t"),
    "an item's row printing no figure": (_TABLE_2_2021, "行政许可\t44\t\t", "行政许可\t\t\t"),
    "a line among the blocks": (_TABLE_2_2021, "行政许可\t44\t\t", "行政许可\t44\t\t\n注：单位为件\t\t\t"),
    "a figure after the last block": (_TABLE_2_2021, "行政事业性收费\t12.5\t\t", "行政事业性收费\t12.5\t\t\n合计\t3\t\t"),
    "an amount wrapped onto the next line": (
        _TABLE_2_2019, "政府集中采购\t9\t12.637616 万元\t", "政府集中采购\t9\t12.\t\n637616万元\t\t\t"),
    "an amount's unit in a cell of its own": (
        _TABLE_2_2019, "政府集中采购\t9\t12.637616 万元\t", "政府集中采购\t9\t142512\t元"),
    "an amount's words the reader does not take": (
        _TABLE_2_2019, "政府集中采购\t9\t12.637616 万元\t", "政府集中采购\t9\t约12万元\t"),
    "a heading printing a figure beside it": (_TABLE_2_2021, "第二十条第（五）项\t\t\t", "第二十条第（五）项\t\t\t1"),
    "a block without its header": (_TABLE_2_2021, "（五）项\t\t\t\n信息内容\t本年处理决定数量\t\t\n", "（五）项\t\t\t\n"),
}


@pytest.mark.parametrize("misfit", sorted(_TABLE_2_MISFITS))
def test_a_table_2_misfit_is_refused_and_the_full_reader_reads_it_as_before(misfit, monkeypatch):
    table = _TABLE_2_MISFITS[misfit][0]
    text, template = _table_2_changed(*_TABLE_2_MISFITS[misfit])
    assert _grid_read_disclosures(_with_table_2(table, template), template).taken  # the misfit alone: refused
    grid = _grid_read_disclosures(text, template)
    assert not grid.taken and not grid.cells and not grid.warnings
    assert dataclasses.asdict(P.parse_text(text, "grid.txt")) == _full_record(text, monkeypatch)


_OTHER_WORDS = {
    # a label's qualifier left off (`国家秘密` for 属于国家秘密), its last word dropped, a word misprinted away, a
    # character too many: each names its row better than any other row, as the full reader's alignment reads it
    "qualifier left off": ("1.属于国家秘密\t", "1.国家秘密\t"),
    "last word dropped": ("二、上年结转政府信息公开申请数量\t", "二、上年结转政府信息公开申请\t"),
    "words misprinted away": ("2.其他法律行政法规禁止公开\t", "2.其他法律行政止公开\t"),
    "a character too many": ("5.要求行政机关确认或重新出具已获取信息\t", "5.要求行政机关确认或重新出具已获取信息的\t"),
}


@pytest.mark.parametrize("case", sorted(_OTHER_WORDS))
def test_a_label_naming_its_row_in_other_words_is_a_grid_read_as_the_full_reader_reads_it(case, monkeypatch):
    text = _lines_replaced(table3_tabbed({}, FIGURES), *_OTHER_WORDS[case])
    grid = _grid_read(text)
    assert grid.taken
    assert [c.value for c in applications_of(grid)["new_received"]] == [12, 3, 0, 0, 0, 0, 15]
    assert dataclasses.asdict(P.parse_text(text, "grid.txt")) == _full_record(text, monkeypatch)


_NAMING_ANOTHER = {
    # `（六）其他处理` printed as one row where the template's first sub-row stands: it names row `other`, not it
    "a heading naming another row": (
        "（六）其他处理\t1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请\t", "（六）其他处理\t\t"),
    # the words （六）1 and 2 both end in: either row's as much as the other's
    "words two rows share": ("\t2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请\t",
                             "\t行政机关不再处理其政府信息公开申请\t"),
}


@pytest.mark.parametrize("case", sorted(_NAMING_ANOTHER))
def test_a_label_naming_another_row_or_two_is_refused(case, monkeypatch):
    text = _lines_replaced(table3_tabbed({}, FIGURES), *_NAMING_ANOTHER[case])
    grid = _grid_read(text)
    assert not grid.taken and not grid.cells
    assert dataclasses.asdict(P.parse_text(text, "grid.txt")) == _full_record(text, monkeypatch)


def test_a_label_names_its_row_only_where_no_other_row_is_named_as_well():
    from orchestration.parsing.grid_table import _names_its_row
    from orchestration.parsing.template import template_sequence

    sequence = template_sequence("2021")
    assert _names_its_row("国家秘密", "denied_state_secret", sequence)
    assert not _names_its_row("国家秘密", "denied_prohibited_by_law", sequence)
    assert not _names_its_row("其他处理", "other_no_correction", sequence)  # row `other`'s words
    assert not _names_its_row("行政机关不再处理其政府信息公开申请", "other_no_fee_paid", sequence)  # two rows' end


_PIPE_HEADER = "|  | 申请人情况 | 自然人 | 商业企业 | 科研机构 | 社会公益组织 | 法律服务机构 | 其他 | 总计 |\n"
_PIPE_RULE = "|" + "---|" * 9 + "\n"
_UNAVAILABLE = "| （四）无法提供 | 1.本机关不掌握相关政府信息 |"


def _pipe_table_broken_before_unavailable(header: str) -> str:
    """The pipe table broken over a page before row （四）1: the page's foot, then a markdown table of its own
    opened by `header` (its lines above the rule)."""
    return _lines_replaced(_piped(table3_tabbed({}, FIGURES)), _UNAVAILABLE,
                           f"\n— 9 —\n\n{header}{_PIPE_RULE}{_UNAVAILABLE}")


def test_a_pipe_table_going_on_under_its_header_again_past_a_page_break_is_a_grid(monkeypatch):
    text = _pipe_table_broken_before_unavailable(_PIPE_HEADER)
    assert text.count(_PIPE_HEADER) == 2
    grid = _grid_read(text)
    assert grid.taken
    assert [c.value for c in applications_of(grid)["unavailable_not_held"]] == [2, 1, 0, 0, 0, 0, 3]
    assert dataclasses.asdict(P.parse_text(text, "grid.md")) == _full_record(text, monkeypatch, "grid.md")


_HEADERS_NOT_AGAIN = {
    # the new table's columns in another order: its cells are not the first table's columns
    "columns in another order": _PIPE_HEADER.replace("商业企业 | 科研机构", "科研机构 | 商业企业"),
    # no header over the new table (its first row above its rule): what its columns are, no line says
    "no header": "",
}


@pytest.mark.parametrize("case", sorted(_HEADERS_NOT_AGAIN))
def test_a_later_pipe_table_not_under_the_header_again_is_refused(case, monkeypatch):
    text = _pipe_table_broken_before_unavailable(_HEADERS_NOT_AGAIN[case])
    grid = _grid_read(text)
    assert not grid.taken and not grid.cells
    assert dataclasses.asdict(P.parse_text(text, "grid.md")) == _full_record(text, monkeypatch, "grid.md")


def test_table_2_as_a_grid_broken_over_a_page_is_read_as_printed_without_the_full_reader(monkeypatch):
    # a page's break among its blocks (a form feed, the page's number at its foot): each row still whole on its line
    table = _TABLE_2_2021.replace("第二十条第（六）项", "— 2 —\n\f第二十条第（六）项")
    text = _with_table_2(table)
    assert "\f" in text
    expected = _full_record(text, monkeypatch)
    with monkeypatch.context() as patched:
        patched.setattr(P, "read_disclosures", lambda *args: pytest.fail("table 2 is a grid: no full reading"))
        record = dataclasses.asdict(P.parse_text(text, "grid.txt"))
    assert record == expected
    read = {(c["row"], c["column"]): c["value"] for c in record["cells"] if c["table"] == "disclosures"}
    assert read["administrative_coercion", "decisions"] == 47


def test_table_2_broken_over_a_page_inside_a_row_is_read_in_full(monkeypatch):
    # the page broke a row (its label on one page, its figures on the next): no grid, the full reader reads it
    text = _with_table_2(_TABLE_2_2021.replace("行政强制\t47\t\t", "行政强制\n\f47\t\t"))
    grid = _grid_read_disclosures(text, "2021")
    assert not grid.taken and not grid.cells
    assert dataclasses.asdict(P.parse_text(text, "grid.txt")) == _full_record(text, monkeypatch)


_SUB_ROWS = "".join(f"{heading or ''}\t{label}\t" + "\t".join(["0"] * 7) + "\n" for _, label, heading in ROWS
                    if label.startswith(("1.申请人无正当理由", "2.申请人逾期未按", "3.其他")))


@pytest.mark.parametrize("figures", [["2", "0", "0", "0", "0", "0", "2"], [""] * 7])
def test_other_printed_as_one_row_is_a_grid_its_sub_rows_unknown_as_the_full_reader_says(figures, monkeypatch):
    # （六）其他处理 as one row (the 2019 form) in a 2021 table: read as `other`, its three sub-rows unknown, warned
    text = _lines_replaced(table3_tabbed({}, FIGURES), _SUB_ROWS, "（六）其他处理\t\t" + "\t".join(figures) + "\n")
    grid = _grid_read(text)
    assert grid.taken
    read = applications_of(grid)
    assert [c.state for c in read["other_misc"]] == ["unknown"] * 7
    assert [c.value for c in read["other"]] == [2, 0, 0, 0, 0, 0, 2] if figures[0] else [None] * 7
    assert [w.code for w in grid.warnings] == ["other_as_one_row", "missing_row", "missing_row", "missing_row"]
    assert dataclasses.asdict(P.parse_text(text, "grid.txt")) == _full_record(text, monkeypatch)


def test_other_as_one_row_beside_a_sub_row_is_refused(monkeypatch):
    # the one-row form and a sub-row both printed: neither form of the template's, the full reader reads it
    one_row = "（六）其他处理\t\t" + "\t".join(["0"] * 7) + "\n"
    text = _lines_replaced(table3_tabbed({}, FIGURES), _SUB_ROWS, one_row + _SUB_ROWS.splitlines(keepends=True)[-1])
    grid = _grid_read(text)
    assert not grid.taken and not grid.cells and not grid.warnings
    assert dataclasses.asdict(P.parse_text(text, "grid.txt")) == _full_record(text, monkeypatch)
