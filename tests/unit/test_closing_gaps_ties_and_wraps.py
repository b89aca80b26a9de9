"""Cells that were read but are not proven: a one-cell-per-line row short of a cell whose closing empty
line was taken for a blank total, a crawled row of table 2 with fewer figures than columns read in order,
an aligned figure midway between two headers placed under the first, and a `-layout` amount whose head is
on its row's line and its rest wrapped down its column below. Hand-written text of each class."""

from __future__ import annotations

from orchestration.parsing.parse import parse_text
from orchestration.parsing.rows import _nearest_column
from tests.unit.test_reader_classes import FIGURES, REVIEWS, ROWS, TITLE, applications_of, crawled_page


def tabbed_cells(figures: dict[str, list]) -> str:
    """Table 3 one cell a line behind a tab, each row closed by an empty line (a Word table copied as text)."""
    lines = [TITLE.rstrip("\n"), "三、收到和处理政府信息公开申请情况", "\t申请人情况", ""]
    lines += ["\t自然人", "\t法人或其他组织", "\t总计", "", "\t商业企业", "\t科研机构", "\t社会公益组织",
              "\t法律服务机构", "\t其他", ""]
    for key, label, heading in ROWS:
        lines += [*(["\t" + heading] if heading else []), "\t" + label, *("\t" + v for v in figures[key]), ""]
    lines += ["四、行政复议、行政诉讼情况", "五、存在的主要问题及改进情况", "一是公开形式单一。"]
    return "\n".join(lines) + "\n"


def as_text(figures: dict[str, list]) -> dict[str, list[str]]:
    return {key: ["" if v is None else str(v) for v in row] for key, row in figures.items()}


def test_a_row_short_of_its_total_keeps_the_total_unknown_where_an_empty_line_closes_every_row():
    printed = as_text(FIGURES)
    printed["denied_prohibited_by_law"] = ["0"] * 6  # lost its last cell: the empty line after it closes it
    read = applications_of(parse_text(tabbed_cells(printed), "cells.txt"))
    short = read["denied_prohibited_by_law"]
    assert [c.value for c in short[:6]] == [0] * 6
    assert short[6].state == "unknown", short[6]  # not blank: nothing in the row says it is
    assert [c.value for c in read["granted"]] == FIGURES["granted"]


def test_a_blank_total_printed_as_its_own_empty_line_before_the_closing_one_stays_blank():
    printed = as_text(FIGURES)
    printed["denied_prohibited_by_law"] = ["0"] * 6 + [""]  # the blank total: one more empty line
    text = tabbed_cells(printed).replace("\t\n", "\n")  # a blank cell printed as an empty line, no tab
    short = applications_of(parse_text(text, "cells.txt"))["denied_prohibited_by_law"]
    assert [c.value for c in short] == [0] * 6 + [None]
    assert short[6].state == "blank"


def test_a_crawled_row_of_table_2_with_fewer_figures_than_columns_is_not_read_in_order():
    # `规章５` under 本年制发/本年废止/现行有效: the page writes a blank cell as nothing (table 3's rows are
    # runs of figures short of their columns), so the 5 may stand in any of the three columns
    figures = dict(FIGURES, new_received=[12, 3, None, None, None, None, 15])
    page = crawled_page(figures, REVIEWS).replace("规章005", "规章５")
    report = parse_text(page, "crawl.html.txt")
    regulations = [c for c in report.cells if c.table == "disclosures" and c.row == "regulations"]
    assert len(regulations) == 3 and all(c.state == "unknown" for c in regulations), regulations


def test_a_figure_midway_between_two_headers_stands_under_neither():
    headers = (15.0, 22.0, 34.0)  # `本年新公开数量` centred at 22, the wide `对外公开总数量` at 34
    assert _nearest_column(headers, 28.0) is None
    assert _nearest_column(headers, 27.0) == 1
    assert _nearest_column(headers, 29.5) == 2


LAYOUT_TABLE_2 = """某某县民政局
2019年政府信息公开工作年度报告
二、主动公开情况
第二十条第（九）项
信息内容     采购项目   采购总金额
             数量
政府集中采   24         {head}
购                      {middle}
                        {tail}
三、收到和处理政府信息公开申请情况
"""


def procurement(text: str) -> dict:
    report = parse_text(text, "layout.txt")
    return {c.column: c for c in report.cells if c.table == "disclosures" and c.row == "centralized_procurement"}


def test_an_amount_whose_head_is_on_its_rows_line_is_joined_with_its_rest_wrapped_down_its_column():
    cells = procurement(LAYOUT_TABLE_2.format(head="人民币62", middle=".2290", tail="34万元"))
    assert cells["project_count"].value == 24
    assert str(cells["total_amount_wan_yuan"].value) == "62.229034"


def test_an_amount_whose_pieces_below_join_no_one_amount_is_unknown_not_its_head():
    cells = procurement(LAYOUT_TABLE_2.format(head="人民币62", middle=".2290", tail="34.5万元"))  # two points
    assert cells["total_amount_wan_yuan"].state == "unknown"
    assert cells["project_count"].value == 24


def test_a_crawled_row_of_nbsp_cells_ends_its_label_before_the_next_rows_label():
    # a page crawled with every empty cell an `&nbsp;`: `…缴纳费用、…公开申请` + seven `&nbsp;` + `其他1…1`, the
    # last row of （六） printed without its `3.`; the seven are the row's blank cells, `其他` the next row's label
    nbsp = "\xa0"
    blank = [nbsp] * 7
    one = [1, *[nbsp] * 5, 1]
    figures = {key: list(blank) for key, _, _ in ROWS}
    figures.update(new_received=one, other_misc=one, results_total=one)
    page = crawled_page(figures, REVIEWS).replace("3.其他", "其他")
    read = applications_of(parse_text(page, "crawl.html.txt"))
    assert [c.value for c in read["other_misc"]] == [1, None, None, None, None, None, 1], read["other_misc"]
    assert all(c.value is None and c.state == "blank" for c in read["other_no_fee_paid"]), read["other_no_fee_paid"]
