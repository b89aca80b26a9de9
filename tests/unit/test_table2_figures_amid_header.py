"""Table 2 in plain `pdftotext` of a PDF whose reading order sets a column's figures amid the block's header lines
(`上一年项目数量` / `本年` / `增/减` with that column's figures `-1` / `+1` beside it / `处理决定数量`, then the rows
with the other columns' figures): the header goes on past those figures, so the words after them alone
(`处理决定数量`) never pass for a narrower block of one column. Figures of a row short of the block's columns are
then unknown, never read into the one column the last header words name."""

from __future__ import annotations

from orchestration.parsing.parse import parse_text
from tests.unit.test_reader_classes import disclosures_of

TEXT = """\
某某县交通运输局2019年政府信息公开工作年度报告
二、主动公开政府信息情况
第二十条第（一）项
信息内容
规章
规范性文件
本年新制作数量 本年新公开数量 对外公开总数量
3
3
18
5
5
43

第二十条第（五）项
信息内容

上一年项目数量

本年
增/减
{changes}

处理决定数量

行政许可
{licensing}
其他对外管理服务事项 {services}
第二十条第（六）项
信息内容
上一年项目数量 本年增/减 处理决定数量
行政处罚
34
2
78
\f三、收到和处理政府信息公开申请情况
"""

BLOCK = [(item, metric) for item in ("administrative_licensing", "other_management_services")
         for metric in ("previous_year_count", "change", "decisions")]


def _block(changes: str, licensing: str, services: str) -> dict:
    cells = disclosures_of(parse_text(TEXT.format(changes=changes, licensing=licensing, services=services),
                                      "report_pdftotext_plain.txt"))
    return {key: (cells[key].state, cells[key].value) for key in BLOCK}


def test_figures_amid_the_header_leave_the_block_its_three_columns():
    # truth: 行政许可 58 / -1 / 41, 其他对外管理服务事项 11 / +1 / 81; the changes printed amid the header
    read = _block("-1\n+1", "58\n41", "11\n81")
    for key, (state, value) in read.items():
        assert state == "unknown" or (key, value) in {
            (("administrative_licensing", "previous_year_count"), 58), (("administrative_licensing", "change"), -1),
            (("administrative_licensing", "decisions"), 41), (("other_management_services", "previous_year_count"), 11),
            (("other_management_services", "change"), 1), (("other_management_services", "decisions"), 81)}, (key, state, value)
    assert read[("other_management_services", "decisions")][1] != 11


def test_a_header_with_no_figures_amid_it_reads_its_rows():
    # the same block with each row's three figures on its own lines: read as printed
    read = _block("", "58\n-1\n41", "11\n+1\n81")
    assert [value for _, value in read.values()] == [58, -1, 41, 11, 1, 81], read
