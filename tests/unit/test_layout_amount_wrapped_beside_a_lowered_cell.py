"""`pdftotext -layout` of a table 2 whose procurement amount wraps down its narrow column (`18.45` / `6495万` / `元`)
while the row's count, centred in the row's height, stands a line lower, beside the amount's second piece: the
count's place on the row's line is empty, yet the count is no blank cell (3.26 read it blank). Written by hand with
made-up figures."""

from __future__ import annotations

from tests.unit.test_closing_gaps_ties_and_wraps import procurement

TABLE_2 = """某某县民政局
2019年政府信息公开工作年度报告
二、主动公开情况
第二十条第（九）项
信息内容     采购项目   采购总金额
             数量
政府集中采购            {head}
             {count}          {middle}
                        元
三、收到和处理政府信息公开申请情况
"""


def test_a_count_set_below_the_rows_line_beside_the_amounts_pieces_is_unknown_not_blank():
    cells = procurement(TABLE_2.format(head="18.45", count="11", middle="6495万"))
    assert cells["project_count"].state == "unknown"
    assert cells["total_amount_wan_yuan"].state == "unknown" or str(cells["total_amount_wan_yuan"].value) == "18.456495"


def test_a_wrapped_labels_tail_beside_the_pieces_leaves_the_rows_cells_as_printed():
    # `购` (the label's rest) beside the amount's second piece: no figure, the count printed on the row's line
    text = TABLE_2.replace("政府集中采购            {head}", "政府集中采   24         {head}").replace("{count}", "购 ")
    cells = procurement(text.format(head="人民币62", middle=".2290"))
    assert cells["project_count"].value == 24
