"""Plain `pdftotext` of a table 3 printing its first column beside the labels and the others in chunks after them: a
group's heading, merged down its rows and centred in their height, may share a row label's line
(`(三)不予公开 4.保护第三方合法权益`), and poppler then writes that row's figure before the line, right below the row
above's label. The figure is either row's: where both readings keep the column rules, neither row's first column is
read; a figure above a label on a line of its own stays the row's above it, as before."""

from __future__ import annotations

from orchestration.parsing.parse import parse_text

# the first column beside the labels (`19`, `7`, …), the other columns after the last label, a figure a line
TABLE_3 = [
    '\f三、收到和处理政府信息公开申请情况',  # a page break before it (poppler's form feed)
    '',
    '申请人情况',
    '（本列数据的勾稽关系为：第一项加第二项之和，等于 自然',
    '法人或其他组织',
    '总',
    '第三项加第四项之和）',
    '商业',
    '科研',
    '社会公',
    '法律服',
    '其',
    '人 企业 机构 益组织 务机构 他 计',
    '',
    '一、本年新收政府信息公开申请数量',
    '19',
    '上年结转政府信息公开申请数量',
    '（一）予以公开',
    '7',
    '（二）部',
    '分公开（区分处理的，只计这一情形，不 3',
    '计其他情形）',
    '1.属于国家秘密',
    '2.其他法律行政法规禁止',
    '公开',
    '3.危及“三安全一稳定”',
    '1',
    '(三)不予公开 4.保护第三方合法权益',
    '5.属于三类内部事务信息',
    '6.属于四类过程性信息',
    '1',
    '7.属于行政执法案卷',
    '8.属于行政查询事项',
    '1.本机关不掌握相关政府',
    '4',
    '三、本年度办',
    '信息',
    '理结果',
    '（ 四 ） 无 法 2.没有现成信息需要另行',
    '提供',
    '制作',
    '3.补正后申请内容仍不明',
    '确',
    '1.信访举报投诉类',
    '1',
    '申请',
    '重复申请',
    '3.要求提供公开出',
    '（五）不予处',
    '版物',
    '理',
    '4.无正当理由大量反复申',
    '请',
    '5.要求行政机关确认或重',
    '新出具已获取信息',
    '（六）其他处理',
    '1',
    '（七）总计',
    '18',
    '四、结转下年度继续办理',
    '',
    '1',
    '',
    '28',
    '',
    '3',
    '',
    '12',
    '2',
    '',
    '1',
    '1',
    '',
    '1',
    '',
    '7',
    '',
    '1',
    '',
    '1',
    '1',
    '',
]
JOINED = "(三)不予公开 4.保护第三方合法权益"


def first_column(table_3: list[str]) -> dict[str, tuple[object, str]]:
    text = "\n".join(["2020年青山县交通运输局政府信息公开工作年度报告", "", "一、总体情况", *table_3,
                      "四、政府信息公开行政复议、行政诉讼情况", "", "五、存在的主要问题及改进情况", ""])
    report = parse_text(text, "plain.txt")
    return {cell.row: (cell.value, cell.state) for cell in report.cells
            if cell.table == "applications" and cell.column == "natural_person"}


def test_a_figure_before_a_label_sharing_its_line_with_its_groups_heading_is_neither_rows():
    got = first_column(TABLE_3)
    # 3.危及… or 4.保护…: both outcomes, either keeps APP_OUTCOME_SUM and APP_BALANCE
    assert got["denied_security_stability"] == (None, "unknown")
    assert got["denied_third_party_rights"] == (None, "unknown")
    assert got["new_received"] == (19, "recovered") and got["results_total"] == (18, "recovered")


def test_a_figure_before_a_label_on_a_line_of_its_own_stays_the_rows_above():
    got = first_column([line if line != JOINED else "4.保护第三方合法权益" for line in TABLE_3])
    assert got["denied_security_stability"] == (1, "recovered")
    assert got["denied_third_party_rights"] == (None, "blank")
