"""Cells as pandoc's markdown writers print them (a report's page through `pandoc -f html -t markdown`),
written here by hand in their shapes:

* a dash that marks a blank cell is escaped (`\\-`), or, as pandoc's `smart` extension writes an em
  or en dash in ASCII, `---` / `--`;
* a cell's line break inside a multiline table is a trailing backslash (`人民币8\\` over `1.556279万元`).

Read as label text, a mark pushed the row's figures to the wrong columns (`规章 \\- \\- 25` gave 25 to
本年制发件数) and a torn amount made the row's figures vanish into blanks, in a report with no warning.
Table 2 has no arithmetic to catch either. Each must give the figures back, or say a cell is unknown."""

from __future__ import annotations

from decimal import Decimal

import pytest

from orchestration.parsing.cells import display_width
from orchestration.parsing.parse import parse_bytes

TITLE = "某某市财政局2021年政府信息公开工作年度报告\n\n## 二、主动公开政府信息情况\n\n"
TAIL = "\n## 三、收到和处理政府信息公开申请情况\n\n本年度未收到申请。\n"


def disclosures(text: str) -> dict[tuple[str, str], object]:
    report = parse_bytes((TITLE + text + TAIL).encode("utf-8"), "page.md")
    return {(c.row, c.column): c for c in report.cells if c.table == "disclosures"}, report


PIPE = """\
| 第二十条第（一）项 |              |              |              |
|--------------------|--------------|--------------|--------------|
| 信息内容           | 本年制发件数 | 本年废止件数 | 现行有效件数 |
| 规章               | {mark}       | {mark}       | 25           |
| 行政规范性文件     | 5            | {mark}       | 27           |
"""


@pytest.mark.parametrize("mark", ["\\-", "---", "--", "\\---"])
def test_a_blank_cell_marked_with_an_escaped_or_ascii_dash_is_blank_in_its_column(mark):
    cells, report = disclosures(PIPE.format(mark=mark))
    got = [(cells[("regulations", m)].state, cells[("regulations", m)].value) for m in ("issued", "repealed", "in_force")]
    assert got == [("blank", None), ("blank", None), ("value", Decimal(25))], report.warnings
    got = [cells[("normative_documents", m)].value for m in ("issued", "repealed", "in_force")]
    assert got == [Decimal(5), None, Decimal(27)]


def multiline_table(rows: list[list[list[str]]], width: int = 30) -> str:
    """A headerless pandoc multiline table: a column rule above and under it, rows set apart by blank
    lines, each row's lines laid out in the columns the rule draws (a CJK character two columns wide)."""
    rule = "  " + " ".join(["-" * width] * 3)
    out = [rule]
    for row in rows:
        for line in row:
            out.append("  " + " ".join(cell + " " * (width - display_width(cell) + 0) for cell in line).rstrip())
        out.append("")
    out[-1] = rule
    return "\n".join(out) + "\n"


def test_a_cell_broken_over_lines_by_a_backslash_is_one_figure_again():
    table = multiline_table([
        [["第二十条\\", "", ""], ["第（九）项", "", ""]],
        [["信息内容", "采购项目数量", "采购总金额"]],
        [["政府集中采购", "23", "人民币8\\"], ["", "", "1.556279万元"]],
    ])
    assert "人民币8\\\n" in table
    cells, report = disclosures(table)
    assert cells[("centralized_procurement", "project_count")].value == 23, report.warnings
    assert cells[("centralized_procurement", "total_amount_wan_yuan")].value == Decimal("81.556279"), report.warnings


def test_a_figure_before_a_cell_that_reads_as_no_figure_is_unknown_never_blank():
    text = """\
| 第二十条第（九）项 |              |            |
|--------------------|--------------|------------|
| 信息内容           | 采购项目数量 | 采购总金额 |
| 政府集中采购       | 23           | 约八十万元 |
"""
    cells, report = disclosures(text)
    row = [cells[("centralized_procurement", m)] for m in ("project_count", "total_amount_wan_yuan")]
    assert all(c.state == "unknown" for c in row), [(c.state, c.value) for c in row]
    assert report.warnings
