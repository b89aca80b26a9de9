"""`pdftotext -layout` of Chromium's table 3 with narrow count columns (issue 14, round 30): two rules for such a
header (the lines above a first row built anew taken as the header; a figure within a glyph of a header word counted
as under it) prove cells on some tables and leave cells unknown on others that the reading without them proves.
Table 3 is read both ways where the rules change the reading, and a cell either reading proves is taken where the
two readings never set a cell two ways (header_readings.py). Written by hand with made-up figures."""

from __future__ import annotations

from decimal import Decimal

from orchestration.parsing.header_readings import readings_joined
from orchestration.parsing.record import Cell, ParsedReport
from tests.unit.test_layout_stacked_narrow_header import at, read, stacked_table
from tests.unit.test_reader_classes import ROWS, TITLE

TRUTH = {"new_received": [35, None, None, 1, None, 1, 37], "carried_over": [2, None, None, None, None, None, 2],
         "granted": [31, None, None, None, None, None, 31], "partially_granted": [4, None, None, None, None, None, 4],
         "rejected_duplicate": [2, None, None, None, None, None, 2],
         "results_total": [37, None, None, None, None, None, 37],
         "carried_forward": [None, None, None, 1, None, 1, 2]}


def test_the_narrow_header_above_a_row_built_anew_places_the_one_digit_figures_and_no_stacked_digit_alone():
    cells = read(stacked_table())
    assert cells["partially_granted"][0][0] == 4 and cells["partially_granted"][6][0] == 4, cells["partially_granted"]
    for key, truth in TRUTH.items():  # each cell read is the table's, the others unknown (never a digit of 35 read)
        for (value, state), expected in zip(cells[key], truth):
            assert state == "unknown" or value == expected, (key, cells[key])


ASCII_HEADER = """三、收到和处理政府信息公开申请情况
                                       法人或其他组织
                                自然 商业 科研
                                 人 企业 机构 社会公 法律服 其 总
                                         益组织 务机构 他 计
"""


def test_figures_a_glyph_off_narrow_headers_stand_on_the_headers_grid():
    # one-digit totals midway between `其` and `总` (a glyph left of 总), most of the table's figures: the header's
    # columns still hold, and each row's sum tells its total from 其他 (9 + 2 = 5 + 2 + 1 + 3 + 0 carried forward)
    figures = {"new_received": "9", "carried_over": "2", "granted": "5", "partially_granted": "2",
               "denied_process_information": "1", "unavailable_unclear": "3", "results_total": "11"}
    lines = []
    for key, label, _ in ROWS:
        label = label if label.startswith(("一", "二", "四")) else "      " + label
        lines.append(at({32: figures[key], 50: figures[key]}, label) if key in figures else label)
    cells = read(TITLE + ASCII_HEADER + "\n".join(lines) + "\n\n四、政府信息公开行政复议、行政诉讼情况\n")
    for key, figure in figures.items():
        assert cells[key][0][0] == int(figure) and cells[key][6][0] == int(figure), (key, cells[key])
        assert cells[key][5] == (None, "blank"), (key, cells[key])


def report_of(*cells: tuple[str, str, int | None, str]) -> ParsedReport:
    report = ParsedReport(source="x.txt", sha256="0" * 64, size_bytes=0)
    report.cells = [Cell("disclosures", "regulations", "issued", Decimal(3), "value", 1)]
    report.cells += [Cell("applications", row, column, None if value is None else Decimal(value), state, 9)
                     for row, column, value, state in cells]
    return report


def read_back(report: ParsedReport) -> list[tuple[int | None, str]]:
    return [(None if cell.value is None else int(cell.value), cell.state) for cell in report.cells[1:]]


def test_a_cell_one_reading_leaves_unknown_is_taken_from_the_other_and_none_it_reads_is_lost():
    plain = report_of(("granted", "natural_person", None, "unknown"), ("granted", "total", 5, "value"),
                      ("granted", "other_org", None, "blank"))
    ruled = report_of(("granted", "natural_person", 5, "recovered"), ("granted", "total", None, "unknown"),
                      ("granted", "other_org", None, "blank"))
    assert readings_joined(plain, ruled, 1) == 1
    assert read_back(plain) == [(5, "recovered"), (5, "value"), (None, "blank")]


def test_readings_setting_a_cell_two_ways_keep_the_reading_without_the_rules_whole():
    plain = report_of(("granted", "natural_person", None, "unknown"), ("granted", "total", 5, "value"),
                      ("granted", "other_org", None, "blank"))
    ruled = report_of(("granted", "natural_person", 4, "value"), ("granted", "total", 4, "value"),
                      ("granted", "other_org", None, "blank"))
    assert readings_joined(plain, ruled, 1) == 0
    assert read_back(plain) == [(None, "unknown"), (5, "value"), (None, "blank")]
    # a blank against a figure is a cell set two ways too
    ruled = report_of(("granted", "natural_person", 5, "value"), ("granted", "total", 5, "value"),
                      ("granted", "other_org", 1, "value"))
    assert readings_joined(plain, ruled, 1) == 0
    assert read_back(plain)[0] == (None, "unknown")


def test_readings_of_other_rows_are_not_joined():
    plain = report_of(("granted", "natural_person", None, "unknown"))
    ruled = report_of(("rejected_duplicate", "natural_person", 2, "value"))
    assert readings_joined(plain, ruled, 1) == 0
    assert read_back(plain) == [(None, "unknown")]
