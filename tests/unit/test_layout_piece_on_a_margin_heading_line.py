"""`pdftotext -layout` of a Chromium table 3 whose narrow total column wraps a wide figure a digit a line round
its row's line (`１` above, `０` below, for 10), the lower piece on the line of the margin heading's last words
(`理结果 … ０`): that digit is a piece of a figure whose row the text does not tell, never the row's total read
alone (a 0 whose parts add up to 10). Made-up reports."""

from __future__ import annotations

from tests.unit.test_layout_stacked_columns import _read
from tests.unit.test_layout_stacked_total import TOTALS_STACKED

# 1.本机关不掌握相关政府信息 as the first row of the margin heading `三、本年度办理结果`, its total stacked round it
NOT_HELD = """\
三、本年度办
理结果          1.本机关不掌握相关政府信
                           ５   无   无   无   无   无 ５
             息
"""
STACKED_ROUND_IT = """\
                                                 １
三、本年度办   1.本机关不掌握相关政府信息 ７   ３   无   无   无   无
理结果                                             ０
"""
WHOLE_ON_ITS_LINE = """\
三、本年度办   1.本机关不掌握相关政府信息 ７   ３   无   无   无   无 １０
理结果
"""


def test_a_stacked_totals_lower_piece_on_a_margin_headings_line_is_not_the_rows_total():
    assert TOTALS_STACKED.count(NOT_HELD) == 1
    read = _read(TOTALS_STACKED.replace(NOT_HELD, STACKED_ROUND_IT))
    assert read["unavailable_not_held"][:2] == [(7, "value"), (3, "value")]
    assert read["unavailable_not_held"][-1] == (None, "unknown")


def test_a_total_printed_whole_on_the_rows_line_beside_the_heading_is_still_read():
    read = _read(TOTALS_STACKED.replace(NOT_HELD, WHOLE_ON_ITS_LINE))
    assert read["unavailable_not_held"][0] == (7, "value")
    assert read["unavailable_not_held"][-1] == (10, "value")
