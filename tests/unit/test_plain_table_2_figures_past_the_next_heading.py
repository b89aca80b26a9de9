"""Plain `pdftotext` (no -layout) of Chromium's print, table 2 of the 2019 template: the text comes cell by cell out
of reading order, 规章 and 规范性文件 with nothing after their labels, their figures printed past the next article's
heading (`第二十条第（五）项` / `3` / `4`, then `新公开数量` / `3` / `615` / `4` / `207`). The item rows print no figure
of their own, yet the text does not show them blank: their cells are unknown, never blank. Written by hand with
made-up figures."""

from __future__ import annotations

import pytest

from orchestration.parsing.parse import parse_text

TITLE = "某某县民政局\n2020年政府信息公开工作年度报告\n一、总体情况\n本机关依法公开政府信息。\n"
OPENING = ["二、主动公开政府信息的情况", "第二十条第（一）项", "信息内容", "", "本年新制作数量", "", "规章", "规范性文件"]
NEW_MADE_ON_THE_HEADING = ["第二十条第（五）项", "", "3", "4", "", "信息内容", ""]
NEW_MADE_UNDER_ITS_HEADER = ["第二十条第（五）项", "", "信息内容", "3", "4", ""]
NEW_MADE_NOWHERE = ["第二十条第（五）项", "", "信息内容", ""]
REST = ["上一年项目数量", "", "本年", "对外公开总数量", "新公开数量", "3", "615", "4", "207", "本年", "增/减", "+3", "-6",
        "", "处理决定数量", "", "行政许可", "33", "—", "其他对外管理服务事项 99", "—",
        "三、收到和处理政府信息公开申请情况", "\f"]
PRINTED_IN_ORDER = ["二、主动公开政府信息的情况", "第二十条第（一）项", "信息内容", "本年新制作数量", "本年新公开数量",
                    "对外公开总数量", "规章", "规范性文件", "第二十条第（五）项", "信息内容", "上一年项目数量",
                    "本年增/减", "处理决定数量", "行政许可", "33", "+3", "36", "三、收到和处理政府信息公开申请情况", "\f"]


def disclosures_of(lines: list[str]) -> dict[tuple[str, str], tuple[str, object]]:
    report = parse_text(TITLE + "\n".join(lines) + "\n", "x_chromium_pdftotext-plain.txt")
    return {(c.row, c.column): (c.state, c.value) for c in report.cells if c.table == "disclosures"}


@pytest.mark.parametrize("block", [NEW_MADE_ON_THE_HEADING, NEW_MADE_UNDER_ITS_HEADER, NEW_MADE_NOWHERE],
                         ids=["on_the_heading", "under_its_header", "only_the_other_columns"])
def test_items_printing_nothing_before_figures_past_the_next_heading_are_unknown(block):
    read = disclosures_of([*OPENING, *block, *REST])
    for item in ("regulations", "normative_documents"):
        for metric in ("new_made", "new_published", "total_published"):
            assert read.get((item, metric), ("unknown", None)) == ("unknown", None), (item, metric, read)


def test_items_printing_nothing_in_a_table_read_in_order_stay_blank():
    # the same labels with no figure anywhere past them before the next item: the text shows them blank
    read = disclosures_of(PRINTED_IN_ORDER)
    assert read[("regulations", "new_made")] == ("blank", None)
    assert read[("administrative_licensing", "previous_year_count")][1] == 33
