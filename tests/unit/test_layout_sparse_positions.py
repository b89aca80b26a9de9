"""`pdftotext -layout` of Chromium's and LibreOffice's PDFs (issue 14) where a blank cell prints nothing: which
column a figure of a short row stands in is not proven by the character column it is printed at. Written by hand
with made-up figures, set where the reports of this class set theirs.

* Table 3: Chromium packs its narrow header, and pdftotext prints a line of its words one glyph a character, one
  space between words (however wide the gap on the page), while it sets each figure as a block of its own at a
  column at least 3 past every block wholly left of it. So the header's words stand left of their columns' figures by a few characters, more the further
  right, and a figure may be printed right at another column's word (`机构` over the 商业企业 column's figures).
* Table 2: its header's three words one space apart are one line of one poppler block (`本年制发件数 本年废止件数
  现行有效件数`): they bound no figure's column. A figure is printed at its word's first character or up to 5 to
  its right (LibreOffice's 本年废止件数), or 2 to the left of it (LibreOffice's 现行有效件数), so one character
  column may hold either of two columns' figures.

A short row's cells stay unknown where no full row of its page places them; its total is read by its row sum."""

from __future__ import annotations

from orchestration.parsing.parse import parse_text
from tests.unit.test_reader_classes import ROWS, TITLE, applications_of

# Chromium's packed header: `人`, `企业`, `机构`, `益组织`, `务机构`, `他`, `计` at characters 26, 28, 31, 34, 38, 42, 44
HEADER = ["三、收到和处理政府信息公开申请情况",
          "                                  申请人情况",
          "（本列数据的勾稽关系为：第一项加第二项之和，等于 自 然     法人或其他组织      总",
          "       第三项加第四项之和）            商业 科研 社会公  法律服 其",
          "                          人 企业 机构 益组织 务机构 他 计"]
_ = None  # a blank cell: printed as nothing
# (自然人, 社会公益组织, 总计) as the report has them; printed at 31, 38, 45: the packed header's `机构` (科研机构),
# `务机构` (法律服务机构) and one past `计`
SPARSE = {"new_received": [5, _, _, 2, _, _, 7], "granted": [4, _, _, 2, _, _, 6], "unavailable_not_held": [1, _, _, _, _, _, 1],
          "results_total": [5, _, _, 2, _, _, 7]}
PLACES = [31, 33, 35, 38, 40, 42, 45]


def _layout_text(figures: dict[str, list[int | None]]) -> str:
    lines = list(HEADER)
    for key, label, heading in ROWS:
        if heading:
            lines.append("    " + heading)
        line = "      " + label[:18]
        for value, at in zip(figures.get(key, [_] * 7), PLACES):
            if value is not None:
                line = line.ljust(at) + str(value)
        lines.append(line)
        if label[18:]:
            lines.append("      " + label[18:])
    return TITLE + "\n".join([*lines, "", "四、政府信息公开行政复议、行政诉讼情况"]) + "\n\f"


def test_a_sparse_row_s_figures_printed_at_other_columns_header_words_stay_unknown():
    read = applications_of(parse_text(_layout_text(SPARSE), "chromium_pdftotext.txt"))
    for key, figures in SPARSE.items():
        total = read[key][-1]
        assert (int(total.value), total.state) == (figures[-1], "recovered"), key
        # 5 at `机构` and 2 at `务机构` are read as no column's (科研机构's, 法律服务机构's or any other's): no cell
        # of the row's applicants holds a figure, the ones its figures may stand in unknown
        assert all(cell.value is None for cell in read[key][:6]), key
        assert all(read[key][at].state == "unknown" for at in (0, 1, 2, 3)), key
    assert all(cell.state == "unknown" for cell in read["new_received"][:6])


TABLE_2 = """某某县民政局
2021年政府信息公开工作年度报告
二、主动公开政府信息情况
第二十条第（一）项
信息内容    本年制发件数 本年废止件数 现行有效件数
规章                    {regulation}
行政规范性文件 {issued}             {in_force}
第二十条第（五）项
信息内容    本年处理决定数量
行政许可    12
"""


def _disclosures(text: str) -> dict[tuple[str, str], object]:
    report = parse_text(text, "chromium_pdftotext.txt")
    return {(cell.row, cell.column): cell for cell in report.cells if cell.table == "disclosures"}


def test_a_table_2_row_short_of_its_columns_under_a_one_line_header_stays_unknown():
    # 9 printed at 现行有效件数's first character, 3 at 本年制发件数's: the header's words, one poppler line, prove
    # neither column (a LibreOffice 本年废止件数 figure stands 5 right of its word, next to 现行有效件数)
    cells = _disclosures(TABLE_2.format(regulation=9, issued=3, in_force=14) + "\f")
    for item in ("regulations", "normative_documents"):
        for metric in ("issued", "repealed", "in_force"):
            assert cells[(item, metric)].state == "unknown", (item, metric)
    assert int(cells[("administrative_licensing", "decisions")].value) == 12
