"""tesseract's text of a ruled table whose rulings come out as glyphs glued to the words they part
(`本年制发件数|本年废止件数`, `数量[本年新公开数量`, `自然“|`): the text is then known to be an OCR's, and
what an OCR does to a figure is never kept as a number — a row breaking its own sum (a ruling read as
a `1` glued to a figure), a table 2 cell with nothing written, figures placed under a header whose
words the OCR lost, a （六）其他处理 read neither as one row nor as its sub-rows."""

from __future__ import annotations

import copy
import re
from decimal import Decimal

import pytest

from orchestration.parsing.ocr_text import reads_rulings_as_glyphs
from orchestration.parsing.parse import parse_text
from tests.unit.test_reader_classes import FIGURES, TABLE2, applications_of, disclosures_of, pdftotext_layout

# table 2's header as tesseract reads the ruled cells between its words
GLUED_HEADER = "信息内容          本年制发件数|本年废止件数|现行有效件数"


@pytest.mark.parametrize("line", [GLUED_HEADER, "信息内容      本年新制作数量[本年新公开数量[对外公开总数量",
                                  "其他对外管理服务事项|59|13", "(本列数据的勾稽关系 “| 申请人情况", "自然“| 法人或其他组织"])
def test_rulings_read_as_glyphs_glued_to_words_mark_an_ocrs_text(line):
    assert reads_rulings_as_glyphs(["2021年政府信息公开工作年度报告", line])


@pytest.mark.parametrize("line", [
    "我局发布《我为群众办实事|食用农产品快速检测结果天天报》系列文章",  # a title's one bar
    "| 信息内容 | 本年制发件数|本年废止件数 | 现行有效件数 |",  # a markdown row opens on its bar
    "3.危及“三安全一稳定”|  |  |  |",  # a closing quote ends a cell
    "详见[附件一](http://a.gov.cn/1)及[附件二](http://a.gov.cn/2)",  # links
    "信息内容 | 本年制发件数 | 本年废止件数",  # bars set apart
])
def test_a_documents_own_bars_and_brackets_do_not(line):
    assert not reads_rulings_as_glyphs(["2021年政府信息公开工作年度报告", line])


def ocr_text(figures: dict[str, list]) -> str:
    """The test report with table 2's header read as tesseract reads a ruled one."""
    text = pdftotext_layout(figures)
    header = next(line for line in TABLE2.splitlines() if "本年制发件数" in line)
    return text.replace(header, GLUED_HEADER, 1)


def row_printed(text: str, label: str) -> str:
    return next(line for line in text.splitlines() if label in line)


def new_received_misread(text: str) -> str:
    """The text with new_received's total (12 3 0 0 0 0 15) read as `115`: the ruling before it read as a
    `1` glued to it."""
    printed = next(line for line in text.splitlines() if line.rstrip().endswith("     15"))
    return text.replace(printed, printed.rstrip()[:-2] + "115")


def test_a_total_with_a_rulings_1_glued_to_it_is_unknown_never_as_printed():
    report = parse_text(new_received_misread(ocr_text(copy.deepcopy(FIGURES))), "ocr.txt")
    cells = applications_of(report)["new_received"]
    assert [c.value for c in cells[:6]] == [12, 3, 0, 0, 0, 0]
    assert cells[6].state == "unknown"  # the one figure every rule it sits in breaks: misread, never 115


def test_the_same_row_in_a_reports_own_text_is_read_as_printed():
    report = parse_text(new_received_misread(pdftotext_layout(copy.deepcopy(FIGURES))), "own.txt")
    assert applications_of(report)["new_received"][6].value == 115


def test_a_lost_zero_and_a_rulings_1_in_its_place_leave_the_row_unknown():
    # 0 |0 |0 |0 |0 |0 |0 read `1 0 0 0 0 0 0`: the border after the label read as 1, one zero lost
    text = ocr_text(copy.deepcopy(FIGURES))
    printed = row_printed(text, "4.保护第三方合法权益")
    text = text.replace(printed, "4.保护第三方合法权益          1      0      0      0      0      0      0")
    cells = applications_of(parse_text(text, "ocr.txt"))["denied_third_party_rights"]
    assert {c.state for c in cells} == {"unknown"}


@pytest.mark.parametrize(("ocr", "state"), [(True, "unknown"), (False, "blank")])
def test_a_table_2_cell_with_nothing_written_is_unknown_in_ocr_text_only(ocr, state):
    # `规章  1  十1  5` read with only 5 placed: in an OCR's text the others are not known to be blank
    text = ocr_text(copy.deepcopy(FIGURES)) if ocr else pdftotext_layout(copy.deepcopy(FIGURES))
    cells = disclosures_of(parse_text(text.replace("规章\t0\t0\t5", "规章\t\t\t5"), "ocr.txt"))
    assert [cells[("regulations", m)].state for m in ("issued", "repealed")] == [state, state]
    assert cells[("regulations", "in_force")].value == 5


def test_other_read_neither_way_is_unknown_as_one_row_too():
    # the 2021 table's （六）其他处理 and its sub-rows all lost to the OCR
    lines = ocr_text(copy.deepcopy(FIGURES)).splitlines()
    first = next(i for i, line in enumerate(lines) if "（六）其他处理" in line)
    past = next(i for i, line in enumerate(lines) if "（七）总计" in line)
    report = parse_text("\n".join(lines[:first] + lines[past:]), "ocr.txt")
    other = [c for c in report.cells if c.table == "applications" and c.row == "other"]
    assert len(other) == 7 and {c.state for c in other} == {"unknown"}


def procurement_amount(text: str, above: str) -> object:
    """Table 2's procurement row, 29.895859 万元 wrapped in its narrow cell: the OCR read the cell's first line
    (`2`) apart, as the line `above` the row."""
    block = (f"规章\t0\t0\t5\n第二十条第（九）项\n信息内容          采购项目数量          采购总金额\n{above}\n"
             "政府集中采购            2                 9.895859 万元\n")
    cells = disclosures_of(parse_text(text.replace("规章\t0\t0\t5\n", block), "ocr.txt"))
    return cells[("centralized_procurement", "total_amount_wan_yuan")]


def test_an_amount_beside_a_piece_of_figures_no_cell_was_read_from_is_unknown_in_ocr_text():
    assert procurement_amount(ocr_text(copy.deepcopy(FIGURES)), "二                         大民币2").state == "unknown"


@pytest.mark.parametrize("ocr", [True, False])
def test_an_amount_beside_words_alone_or_in_a_reports_own_text_is_read(ocr):
    text = ocr_text(copy.deepcopy(FIGURES)) if ocr else pdftotext_layout(copy.deepcopy(FIGURES))
    above = "（单位：万元）" if ocr else "二                         大民币2"
    assert procurement_amount(text, above).value == Decimal("9.895859")


@pytest.mark.parametrize(("ocr", "states"), [(True, {"unknown"}), (False, {"value"})])
def test_a_row_whose_line_names_none_of_its_words_is_unknown_in_ocr_text(ocr, states):
    # `1.属于国家秘密` garbled to `六及二，`: placed between its neighbours by order alone, which an OCR's lost
    # and garbled lines make no proof of
    text = ocr_text(copy.deepcopy(FIGURES)) if ocr else pdftotext_layout(copy.deepcopy(FIGURES))
    cells = applications_of(parse_text(text.replace("1.属于国家秘密", "六及二，"), "ocr.txt"))["denied_state_secret"]
    assert {c.state for c in cells} == states


@pytest.mark.parametrize(("printed", "state"), [("“10", "unknown"), ("10", "value")])
def test_a_figure_opening_on_1_after_a_rulings_quote_is_unknown_in_ocr_text(printed, state):
    # `行政许可 “10`: the quote a speck beside a ruling, the `1` after it the ruling or a digit (0 or 10)
    text = ocr_text(copy.deepcopy(FIGURES)).replace("规章\t0\t0\t5", f"规章\t0\t0\t{printed}")
    assert disclosures_of(parse_text(text, "ocr.txt"))[("regulations", "in_force")].state == state


def test_a_row_read_off_two_lines_of_an_ocrs_text_is_unknown():
    # `（七）总计  197  0  0  205` and below it the next row's `西、绩转下年  5 |10 0  4` (its label garbled), read as
    # one row: the second line's figures are another row's
    from orchestration.parsing.ocr_text import unknown_where_read_off_several_lines
    from orchestration.parsing.record import Cell, ParsedReport

    report = ParsedReport("ocr.txt", "", 0)
    columns = ["natural_person", "commercial_enterprise", "research_institution", "social_welfare_org",
               "legal_service_org", "other_org", "total"]
    for column, value, line in zip(columns, [197, 5, 0, 0, 0, 4, 205], [82, 83, 82, 82, 82, 83, 82]):
        report.cells.append(Cell("applications", "results_total", column, Decimal(value), "value", line, str(value)))
    for column in columns:
        report.cells.append(Cell("applications", "granted", column, Decimal(0), "value", 60, "0"))
    unknown_where_read_off_several_lines(report)
    states = {(c.row, c.state) for c in report.cells}
    assert states == {("results_total", "unknown"), ("granted", "value")}


def figures_lost(text: str) -> str:
    """Table 3 with every figure after its labels lost (tesseract dropping the table's grid of cells)."""
    lines = text.splitlines()
    first = next(i for i, line in enumerate(lines) if line.startswith("三、收到和处理"))
    past = next(i for i, line in enumerate(lines) if line.startswith("四、"))
    lines[first:past] = [re.sub(r"(\s+\d+)+\s*$", "", line) for line in lines[first:past]]
    return "\n".join(lines) + "\n"


@pytest.mark.parametrize(("ocr", "state"), [(True, "unknown"), (False, "blank")])
def test_rows_printing_nothing_where_no_figure_of_the_table_was_read_are_unknown_in_ocr_text(ocr, state):
    text = ocr_text(copy.deepcopy(FIGURES)) if ocr else pdftotext_layout(copy.deepcopy(FIGURES))
    rows = applications_of(parse_text(figures_lost(text), "ocr.txt"))
    assert {c.state for c in rows["denied_state_secret"]} == {state}


def test_a_first_figure_with_a_rulings_1_glued_to_it_is_never_read_as_printed():
    # 8 2 0 0 0 0 10 read `18 2 0 0 0 0 10`: the border after the label read as a `1` glued to the first figure;
    # the row breaks its sum and the rules single that figure out
    text = ocr_text(copy.deepcopy(FIGURES))
    printed = row_printed(text, "（一）予以公开")
    text = text.replace(printed, printed.replace("           8      2", "          18      2"))
    cells = applications_of(parse_text(text, "ocr.txt"))["granted"]
    assert all(c.value == v for c, v in zip(cells, [8, 2, 0, 0, 0, 0, 10]) if c.state != "unknown")
    assert cells[0].value != 18


def test_table_2_cells_under_an_article_heading_garbled_past_reading_are_unknown_not_left_out():
    block = "规章\t0\t0\t5\n第二十条第〈《五) 项\n信息内容          本年处理决定数量\n行政许收绰              40\n"
    text = ocr_text(copy.deepcopy(FIGURES)).replace("规章\t0\t0\t5\n", block)
    cells = disclosures_of(parse_text(text, "ocr.txt"))
    assert cells[("administrative_licensing", "decisions")].state == "unknown"


@pytest.mark.parametrize(("ocr", "states"), [(True, {"unknown"}), (False, {"value", "unknown"})])
def test_figures_under_a_header_showing_its_first_columns_only_are_unknown_in_ocr_text(ocr, states):
    # table 3 showing 自然人 and 商业企业 only: a page cut at its edge, or an OCR that lost the header's other words
    # and whose rows' figures then stand anywhere
    text = ocr_text(copy.deepcopy(FIGURES)) if ocr else pdftotext_layout(copy.deepcopy(FIGURES))
    lines = text.splitlines()
    first = next(i for i, line in enumerate(lines) if line.startswith("三、收到和处理"))
    past = next(i for i, line in enumerate(lines) if line.startswith("四、"))
    lines[first:past] = [line[:56] for line in lines[first:past]]
    cells = applications_of(parse_text("\n".join(lines) + "\n", "ocr.txt"))["new_received"]
    assert {c.state for c in cells} == states
