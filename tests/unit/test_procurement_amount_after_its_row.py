"""Table 2's procurement row through plain `pdftotext` (Chromium's PDF): the count beside the label, the amount
on the line after it, then the empty line that ends the paragraph before the next heading. Read only where the
amount cannot be the count's rest (it opens on 人民币, which stands before an amount's digits, never among them)."""

from __future__ import annotations

from decimal import Decimal

from tests.unit.test_layout_tool_classes import _procurement_cells


def test_an_amount_opening_on_renminbi_after_the_count_is_read():
    cells = _procurement_cells(["政府集中采购 12", "人民币11.09852万元"], raw=True)
    assert cells == [(12, "value"), (Decimal("11.09852"), "value")]


def test_an_amount_the_count_may_open_is_not_read():
    # `15` / `0.190568万元`: a count of 15 and 0.190568万元, or 150.190568万元 broken inside its cell with the
    # count blank (plain pdftotext leaves a blank cell no trace): the amount is unknown
    assert _procurement_cells(["政府集中采购 15", "0.190568万元"], raw=True)[1] == (None, "unknown")


def test_more_figures_after_the_row_than_its_columns_are_not_read():
    cells = _procurement_cells(["政府集中采购 12", "人民币11.09852万元", "5"], raw=True)
    assert cells == [(None, "unknown"), (None, "unknown")]
