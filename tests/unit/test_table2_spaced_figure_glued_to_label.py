"""Table 2 as markitdown writes it from Chromium's PDF (issue 14) outside a pipe table: each row's label and its
figures one space apart, full-width digits, the first figure set against the label with no space
(`行政规范性文件５ ２ ４２`: its narrow cell stands right after the label's). Split off, the glued figure is the first
of the row's cells; where the row then holds exactly the columns they are read in order, and where it holds fewer
(a blank printing nothing) which column is blank is not known: unknown, never shifted. Written by hand with made-up
figures."""

from __future__ import annotations

from orchestration.parsing.parse import parse_text

TOP = ["首页 > 政府信息公开 > 年度报告", "某某县交通运输局", "2021年政府信息公开工作年度报告", "一、总体情况", "正文。",
       "二、主动公开政府信息情况", "第二十条第（一）项", "信息内容 本年制发件数本年废止件数现行有效件数"]
REST = ["第二十条第（五）项", "信息内容 本年处理决定数量", "行政许可 ３", "第二十条", "第（六）项",
        "信息内容 本年处理决定数量", "行政处罚 ７１", "行政强制 ６２", "三、收到和处理政府信息公开申请情况", "五、存在的主要问题及改进情况",
        "无。"]


def _table_2(*rows: str) -> dict[str, list[tuple[int | None, str]]]:
    report = parse_text("\n".join([*TOP, *rows, *REST]) + "\n", "t_chromium_markitdown.md")
    read: dict[str, list[tuple[int | None, str]]] = {}
    for cell in report.cells:
        if cell.table == "disclosures" and cell.row in ("regulations", "normative_documents"):
            read.setdefault(cell.row, []).append((None if cell.value is None else int(cell.value), cell.state))
    return read


def test_a_figure_glued_to_its_label_is_the_first_of_exactly_the_columns():
    read = _table_2("规章 １ ０ ２５", "行政规范性文件５ ２ ４２")
    assert read["normative_documents"] == [(5, "value"), (2, "value"), (42, "value")]
    assert read["regulations"] == [(1, "value"), (0, "value"), (25, "value")]


def test_a_glued_row_short_of_the_columns_is_unknown():
    # `行政规范性文件５ ４２`: two figures for three columns, a blank printing nothing: which is not known
    read = _table_2("规章 １ ０ ２５", "行政规范性文件５ ４２")
    assert all(state == "unknown" for _, state in read["normative_documents"]), read["normative_documents"]
