"""Table 2 in markitdown of a Chromium PDF: the article heading wraps in its narrow cell (`第二十条` / `第（八）项`), and
the header's cells are set one line each, the label column's `信息内容` between the two lines of a wrapped column name
(`本年收费` / `信息内容` / `金额（单位：万元）`). The heading's second line is the heading's, no header word: the header's
own words are pieces of the template's one column, so the row's one figure is that column's.

Made-up figures, in the shape markitdown writes."""

from __future__ import annotations

from orchestration.parsing.parse import parse_text
from tests.unit.test_reader_classes import TITLE

REGULATIONS = ["第二十条", "第（一）项", "| 信息内容 | 本年制发件数 | 本年废止件数 | 现行有效件数 |", "| --- | --- | --- | --- |",
               "| 规章 | 0 | 0 | 4 |"]


def fees(header: list[str], row: str) -> dict[str, tuple]:
    lines = [*TITLE.rstrip("\n").split("\n"), "二、主动公开政府信息情况", *REGULATIONS, "第二十条", "第（八）项", *header, row,
             "三、收到和处理政府信息公开申请情况"]
    report = parse_text("\n".join(lines) + "\n", "report_chromium_markitdown.md")
    return {c.row: (c.state, c.value) for c in report.cells if c.table == "disclosures" and c.column == "fee_amount_wan_yuan"}


def test_a_fee_under_a_header_wrapped_round_its_label_column_beside_a_wrapped_heading_is_read():
    read = fees(["本年收费", "信息内容", "金额（单位：万元）"], "行政事业性收费12.5")
    assert read["administrative_fees"][0] == "value" and str(read["administrative_fees"][1]) == "12.5"


def test_a_header_naming_another_templates_columns_beside_a_wrapped_heading_stays_unproven():
    # `项目总量` names no column of the 2021 template's (八): which column the figure stands in is not known
    read = fees(["项目总量", "信息内容"], "行政事业性收费12.5")
    assert read["administrative_fees"] == ("unknown", None)
