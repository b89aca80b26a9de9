"""A row's classes (its label cells, its values, whether figures follow its label) are worked out
as its cells are cut from their line (build_rows: from a line's cached shape, or cell by cell as one
cell per line comes): they must be what a reader asking the row afresh would work out, in every
layout the readers see. A cell changed after (a repeated merged label emptied) classifies its row
again."""

from __future__ import annotations

from pathlib import Path

import pytest

from orchestration.core import labels as L
from orchestration.parsing.formats import extract
from orchestration.parsing.rows import Row, build_rows
from orchestration.parsing.template import find_sections
from orchestration.parsing.tokens import reading_lines, split_lines

ROOT = Path(__file__).resolve().parents[2]
REAL = ROOT / "tests" / "fixtures" / "real"
TEXT_SUFFIXES = (".txt", ".md", ".html", ".htm")


def _fresh(row: Row) -> tuple:
    """The row's classes as a reader asking it afresh works them out."""
    again = Row(list(row.cells), padded=row.padded)
    return [id(c) for c in again.label_cells()], [id(c) for c in again.values()], again.figures_after_label, \
        again.has_figures()


def _kept(row: Row) -> tuple:
    return [id(c) for c in row.label_cells()], [id(c) for c in row.values()], row.figures_after_label, \
        row.has_figures()


def _rows_of(text: str) -> list[Row]:
    reading = reading_lines(split_lines(L.to_simplified(text)))
    rows = []
    for start, end in find_sections([line.text for line in reading]).values():
        rows += build_rows(reading, start, end, labels_apart=True, signed=False)
        rows += build_rows(reading, start, end)
    return rows


def test_rows_keep_the_classes_a_fresh_reading_gives() -> None:
    files = sorted(p for p in REAL.iterdir() if p.suffix in TEXT_SUFFIXES)
    assert len(files) > 50
    checked = 0
    for path in files:
        for row in _rows_of(extract(path.read_bytes()).text):
            assert _kept(row) == _fresh(row), (path.name, row.line, [c.text for c in row.cells])
            checked += 1
    assert checked > 5000


@pytest.mark.parametrize("text", [
    # tabs, a padded pipe row, figures one space apart, one cell per line with an empty cell, a crawled line
    "三、收到和处理政府信息公开申请情况\n（一）予以公开\t1\t\t0\n1.属于国家秘密 2 0 —\n",
    "三、收到和处理政府信息公开申请情况\n（一）予以公开 | 1 | 0 | | |\n2.其他 |  | 3\n",
    "三、收到和处理政府信息公开申请情况\n\t（一）予以公开\n\t1\n\n\t0\n\t（二）部分公开\n\t-\n\t2\n",
    "三、收到和处理政府信息公开申请情况一、本年新收政府信息公开申请数量123000015二、上年结转政府信息公开申请数量0000000",
])
def test_each_layout_row_keeps_fresh_classes(text: str) -> None:
    rows = _rows_of(text)
    assert rows
    for row in rows:
        assert _kept(row) == _fresh(row), [c.text for c in row.cells]


def test_a_repeated_merged_label_emptied_classifies_its_row_again() -> None:
    text = ("三、收到和处理政府信息公开申请情况\n"
            "|（六）其他处理|1.申请人无正当理由逾期不补正|0|0|\n"
            "|（六）其他处理|2.申请人逾期未按收费通知要求缴纳费用|1|0|\n")
    rows = [row for row in _rows_of(text) if row.piped]
    second = next(row for row in rows if "2.申请人逾期未按收费通知要求缴纳费用" in row.label)
    assert second.cells[0].text == ""  # the repeat said once
    assert _kept(second) == _fresh(second)
    assert second.label == "2.申请人逾期未按收费通知要求缴纳费用"


def _pipe_rows_of(text: str) -> list[Row]:
    reading = reading_lines(split_lines(L.to_simplified(text)))
    return [row for row in build_rows(reading, 0, len(reading), labels_apart=True, signed=False) if row.piped]


def test_a_label_merged_down_three_rows_is_said_once_in_each_row_below_the_first() -> None:
    # the third row repeats the label as the second printed it, though the second's repeat is emptied by then
    rows = _pipe_rows_of("|（六）其他处理|1.申请人无正当理由逾期不补正|0|0|\n"
                         "|（六）其他处理|2.申请人逾期未按收费通知要求缴纳费用|1|0|\n"
                         "|（六）其他处理|3.其他|2|0|\n")
    assert [row.cells[0].text for row in rows] == ["（六）其他处理", "", ""]
    assert [row.label for row in rows[1:]] == ["2.申请人逾期未按收费通知要求缴纳费用", "3.其他"]
    assert all(_kept(row) == _fresh(row) for row in rows)


def test_figures_and_a_last_cell_equal_to_the_row_above_are_no_repeated_label() -> None:
    rows = _pipe_rows_of("|（一）予以公开|0|3|其他|\n|（二）部分公开|0|3|其他|\n")
    assert [[cell.text for cell in row.cells] for row in rows] == [["（一）予以公开", "0", "3", "其他"],
                                                                    ["（二）部分公开", "0", "3", "其他"]]


@pytest.mark.parametrize("line, rule", [
    ("|---|:---:|", True), ("| --- | ---: |", True), ("|:--|", False),  # a rule's cell holds three dashes
    ("| - | - | — |", False), ("| 0 | 0 |", False), ("|  |  |", False), ("| 1.其他 | - |", False),
])
def test_a_markdown_rule_is_told_from_a_row_of_blank_marks(line: str, rule: bool) -> None:
    from orchestration.parsing.rows import _is_markdown_rule

    assert _is_markdown_rule(line) is rule
