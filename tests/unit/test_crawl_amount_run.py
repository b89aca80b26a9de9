"""A crawled 2019-template row where the procurement count and amount ran together with the amount's
unit (`政府集中采购2273680元`: 2 projects and 273680 元, or 22 and 73680 元, or …). The page
prints both figures, so neither cell is blank; table 2 has no arithmetic to cut the run, so both
are unknown. Built from the template's rows (test_crawl_recovery.page_2019), never from a fixture."""

from __future__ import annotations

from decimal import Decimal

import pytest

from orchestration.parsing.parse import parse_text
from tests.unit.test_crawl_recovery import page_2019

PROCUREMENT = "第二十条第（九）项信息内容采购项目数量采购总金额政府集中采购"


def procurement(run: str, after: str = " ") -> dict:
    page = page_2019("13-16", "35+1").replace("三、收到和处理", PROCUREMENT + run + after + "三、收到和处理", 1)
    report = parse_text(page, "crawl.html.txt")
    return {c.column: c for c in report.cells if c.table == "disclosures" and c.row == "centralized_procurement"}


@pytest.mark.parametrize("after", [" ", ""])
def test_a_count_and_an_amount_run_together_with_its_unit_are_both_unknown(after):
    cells = procurement("2273680元", after)
    assert {c.state for c in cells.values()} == {"unknown"}, cells


def test_a_count_and_an_amount_apart_are_read():
    cells = procurement("2 273680元")
    assert (cells["project_count"].value, cells["total_amount_wan_yuan"].value) == (2, Decimal("27.368"))
