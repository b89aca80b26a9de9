"""Figures a PDF's page edge may cut (LibreOffice's PDF of a web page's table wider than the paper, holding no
glyph past the edge): the PDF reader writes a cut column's figure whose next digit would stand past the paper
with PERHAPS_CUT after its digits (pdf.py), and table 3 reads it only where the column rules give exactly
those digits, marked recovered (cut_heads.py). Made-up text in the shape the PDF reader writes such a table:
tab-separated cells, the 其他 column the last shown, 总计 cut whole."""

from __future__ import annotations

from decimal import Decimal

from orchestration.core.rules import FAILED, evaluate
from orchestration.parsing.cells import PERHAPS_CUT, read_count
from orchestration.parsing.parse import parse_text
from tests.unit.test_parser_edges import KEYS, ROWS
from tests.unit.test_reader_classes import applications_of

# six columns each: 自然人 … 其他 (the 总计 column past the paper, not in the file)
FIGURES = {key: ["0"] * 6 for key in KEYS}
FIGURES.update(
    new_received=["45", "0", "0", "5", "0", "15"],
    carried_over=["1", "0", "0", "1", "0", "0"],
    granted=["19", "0", "0", "1", "0", "6"],
    partially_granted=["4", "0", "0", "1", "0", "1"],
    unavailable_not_held=["8", "0", "0", "2", "0", "4"],
    rejected_duplicate=["3", "0", "0", "0", "0", "1"],
    other=["10", "0", "0", "2", "0", "3"],
    results_total=["44", "0", "0", "5", "0", "15"],
    carried_forward=["2", "0", "0", "1", "0", "0"],
)


def cut_table_text(figures: dict[str, list[str]]) -> str:
    table3 = [f"{label}\t" + "\t".join(figures[key]) for label, key in zip(ROWS, KEYS)]
    return "\n".join([
        "测试市民政局", "2020年政府信息公开工作年度报告", "一、总体情况", "正文。",
        "二、主动公开政府信息情况",
        "第二十条第（一）项", "信息内容\t本年新制作数量\t本年新公开数量\t对外公开总数量", "规章\t0\t0\t0", "规范性文件\t1\t1\t1",
        "三、收到和处理政府信息公开申请情况",
        "\t申请人情况", "自然人\t法人或其他组织", "商业企业\t科研机构\t社会公益组织\t法律服务机构\t其他",
        *table3,
        "四、政府信息公开行政复议、行政诉讼情况",
        "行政复议\t\t\t\t\t行政诉讼", "结果维持\t结果纠正\t其他结果\t尚未审结\t总计", "\t".join(["0"] * 15),
        "五、存在的主要问题及改进情况", "无。",
    ])


def cut_at_the_edge(**cells: str) -> dict[str, list[str]]:
    """FIGURES with the 其他 cell of each named row written as the PDF reader writes a figure the edge may cut."""
    figures = {key: list(values) for key, values in FIGURES.items()}
    for key, digits in cells.items():
        figures[key][5] = digits + PERHAPS_CUT
    return figures


def _parse(figures: dict[str, list[str]]):
    return parse_text(cut_table_text(figures), "lo-html.pdf", cells_known=True)


def test_a_figure_the_edge_may_cut_is_never_read_as_a_value_alone():
    assert read_count("１５" + PERHAPS_CUT).state == "unknown"
    assert read_count("15").value == 15


def test_the_cut_column_reads_as_printed_where_no_figure_reaches_the_edge():
    read = applications_of(_parse(FIGURES))
    assert [c.value for c in read["new_received"]] == [45, 0, 0, 5, 0, 15, 65]
    assert read["new_received"][5].state == "value"
    assert (read["results_total"][6].value, read["results_total"][6].state) == (64, "recovered")


def test_figures_the_edge_may_cut_are_their_digits_where_the_column_rules_give_exactly_them():
    report = _parse(cut_at_the_edge(new_received="15", results_total="15"))
    read = applications_of(report)
    # （七）总计 by its outcome rows, then 本年新收 by APP_BALANCE with it
    for key in ("results_total", "new_received"):
        assert (read[key][5].value, read[key][5].state, read[key][5].as_written) == (Decimal(15), "recovered", "15"), key
    # their rows' totals, cut whole, are their parts' sum as every other row's
    assert (read["new_received"][6].value, read["new_received"][6].state) == (65, "recovered")
    assert (read["results_total"][6].value, read["results_total"][6].state) == (64, "recovered")
    assert any(w.code == "cells_recovered" and "page's right edge" in w.message for w in report.warnings)
    assert not any(r.rule_id == "NON_NEGATIVE" and r.status == FAILED for r in evaluate(report))


def test_a_figure_the_edge_may_cut_stays_unknown_where_the_rules_give_more_digits_than_shown():
    # its outcome rows add up to 153, 本年新收 prints 153 whole: `15` is the head of a longer figure, whose
    # other digits are printed nowhere (the rules alone would give them)
    figures = cut_at_the_edge(results_total="15")
    figures["granted"][5], figures["new_received"][5] = "144", "153"
    read = applications_of(_parse(figures))
    assert (read["results_total"][5].value, read["results_total"][5].state) == (None, "unknown")


def test_a_figure_the_edge_may_cut_stays_unknown_where_the_rules_give_a_value_its_digits_do_not_open():
    # its outcome rows add up to 160: no figure printed `15…`
    figures = cut_at_the_edge(results_total="15")
    figures["granted"][5], figures["new_received"][5] = "151", "160"
    report = _parse(figures)
    read = applications_of(report)
    assert (read["results_total"][5].value, read["results_total"][5].state) == (None, "unknown")
    assert read["results_total"][5].as_written == "15"  # the digits shown, without the reader's mark
    assert read["results_total"][6].state == "unknown"
    assert not any(r.rule_id == "NON_NEGATIVE" and r.status == FAILED for r in evaluate(report))


def test_a_cut_total_column_reads_its_figure_the_edge_may_cut_as_its_rows_sum():
    # the 总计 column the one the edge cuts, printed on the paper: 本年新收's total `6` of 65 at the edge, read
    # as its parts' sum as a total cut whole is (its first digit shown besides)
    figures = {key: [*values, str(sum(map(int, values)))] for key, values in FIGURES.items()}
    figures["new_received"][6] = "6" + PERHAPS_CUT
    text = cut_table_text(figures).replace("法律服务机构\t其他", "法律服务机构\t其他\t总计")
    read = applications_of(parse_text(text, "lo-html.pdf", cells_known=True))
    assert (read["new_received"][6].value, read["new_received"][6].state) == (65, "recovered")
    assert (read["granted"][6].value, read["granted"][6].state) == (26, "value")  # printed whole


def test_a_figure_the_edge_may_cut_stays_unknown_where_no_rule_through_it_can_be_worked_out():
    # two outcome rows perhaps cut leave APP_OUTCOME_SUM two unknowns; （七）总计 and 本年新收 perhaps cut too leave
    # APP_BALANCE two
    read = applications_of(_parse(cut_at_the_edge(granted="6", other="3", results_total="15", new_received="15")))
    for key in ("granted", "other", "results_total", "new_received"):
        assert read[key][5].state == "unknown", key
    # 本年新收 printed whole: APP_BALANCE gives （七）总计 15, its digits, though the outcome rows stay unknown
    read = applications_of(_parse(cut_at_the_edge(granted="6", other="3", results_total="15")))
    assert (read["results_total"][5].value, read["results_total"][5].state) == (15, "recovered")
    assert [read[key][5].state for key in ("granted", "other")] == ["unknown", "unknown"]


def test_a_figure_the_edge_may_cut_stays_unknown_where_its_rules_disagree():
    # the outcome rows give 15, APP_BALANCE with a carried-over 1 gives 16 (which `15` does not open either): the
    # report does not add up with it
    figures = cut_at_the_edge(results_total="15")
    figures["carried_over"][5] = "1"
    read = applications_of(_parse(figures))
    assert read["results_total"][5].state == "unknown"
