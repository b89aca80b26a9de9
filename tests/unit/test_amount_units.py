"""An amount's unit where a report prints it apart from the figure: alone after it (on the next line or
as a cell of its own), or in its column's header, known or not; and 2019 header words printed short."""

from __future__ import annotations

from decimal import Decimal

from orchestration.parsing.parse import parse_text

# table 2 of the 2019 template, its first and last blocks only (the others change nothing here)
REPORT_2019 = [
    "测试县科技局2020年政府信息公开工作年度报告", "一、总体情况", "正文。", "二、主动公开政府信息情况",
    "第二十条第（一）项", "{header_20_1}", "规章\t0\t0\t0", "规范性文件\t2\t3\t9",
    "第二十条第（九）项", "{header_20_9}", "{procurement}", "三、收到和处理政府信息公开申请情况",
]


def _parse(procurement: str = "政府集中采购\t5\t12万元", header_20_9: str = "信息内容\t采购项目数量\t采购总金额",
           header_20_1: str = "信息内容\t本年新制作数量\t本年新公开数量\t对外公开总数量"):
    text = "\n".join(REPORT_2019).format(procurement=procurement, header_20_9=header_20_9, header_20_1=header_20_1)
    report = parse_text(text, "units.txt")
    cells = {(c.row, c.column): c for c in report.cells if c.table == "disclosures"}
    return cells, {w.code for w in report.warnings}


def _procurement(cells):
    count = cells[("centralized_procurement", "project_count")]
    amount = cells[("centralized_procurement", "total_amount_wan_yuan")]
    return (count.state, count.value), (amount.state, amount.value, amount.unit_assumed)


def test_a_unit_printed_alone_after_a_bare_amount_is_its_unit():
    cases = {
        "政府集中采购\n5\n142512\n元": Decimal("14.2512"),  # one cell a line
        "政府集中采购\n5\n142512\n（元）": Decimal("14.2512"),
        "政府集中采购\n5\n3\n亿元": Decimal(30000),
        "政府集中采购\n5\n16\n万": Decimal(16),
        "政府集中采购\t5\t142512\t元": Decimal("14.2512"),  # a cell of its own on the row's line
        "政府集中采购\t5\t142512\n元": Decimal("14.2512"),  # a row whole on its line, the unit below
    }
    for procurement, wan_yuan in cases.items():
        cells, warnings = _parse(procurement)
        # the unit is never a cell of its own: the count keeps its place, nothing is short or assumed
        assert _procurement(cells) == (("value", Decimal(5)), ("value", wan_yuan, False)), procurement
        assert not warnings & {"amount_unit_assumed", "short_row", "unreadable_cell"}, procurement


def test_an_amount_with_its_own_unit_takes_no_second_one():
    cells, _warnings = _parse("政府集中采购\n5\n142512元\n元")
    assert _procurement(cells)[1] == ("value", Decimal("14.2512"), False)


def test_a_header_unit_is_read_from_the_same_unit_table_as_cells():
    for header, wan_yuan in [("信息内容\t采购项目数量\t采购总金额（万）", Decimal(142512)),
                             ("信息内容\t采购项目数量\t采购总金额（亿元）", Decimal(1425120000)),
                             ("信息内容\t采购项目数量\t采购总金额(单位：元)", Decimal("14.2512"))]:
        cells, warnings = _parse("政府集中采购\t5\t142512", header)
        assert _procurement(cells)[1] == ("value", wan_yuan, False), header
        assert "amount_unit_assumed" not in warnings, header


def test_a_header_unit_the_reader_does_not_know_makes_bare_amounts_unknown():
    for header in ["信息内容\t采购项目数量\t采购总金额（千元）", "信息内容\t采购项目数量\t采购总金额（元/万元）",
                   "信息内容\t采购项目数量\t采购总金额（单位：美元）", "信息内容\n采购项目数量\n采购总金额\n（千元）"]:
        cells, warnings = _parse("政府集中采购\t5\t142512", header)
        assert _procurement(cells) == (("value", Decimal(5)), ("unknown", None, False)), header
        assert "amount_unit_unknown" in warnings and "amount_unit_assumed" not in warnings, header
    # a cell printing its own unit says what it holds whatever the header's
    cells, warnings = _parse("政府集中采购\t5\t12万元", "信息内容\t采购项目数量\t采购总金额（千元）")
    assert _procurement(cells)[1] == ("value", Decimal(12), False)
    # words in a bracket that speak of no money are no unit: the bare figure is assumed 万元, flagged
    cells, warnings = _parse("政府集中采购\t5\t142512", "信息内容\t采购项目数量\t采购总金额（含税）")
    assert _procurement(cells)[1] == ("value", Decimal(142512), True) and "amount_unit_assumed" in warnings


def test_2019_header_words_printed_without_their_final_character():
    for header in ["信息内容\t本年新制作数\t本年新公开数\t对外公开总数", "信息内容\n本年新制作数量\n本年新公开数量\n对外公开总数"]:
        cells, warnings = _parse(header_20_1=header)
        got = {metric: (cells[("normative_documents", metric)].state, cells[("normative_documents", metric)].value)
               for metric in ("new_made", "new_published", "total_published")}
        assert got == {"new_made": ("value", 2), "new_published": ("value", 3), "total_published": ("value", 9)}, header
        assert "header_incomplete" not in warnings, header
