"""Chromium's narrow 自然人 and 总计 columns stack a figure of 2 or 3 full-width digits a glyph a line, centred on
its row's line (stack40). The row's line alone then keeps its sum though it is not the row (`４` / `５ … ５` / `０`
for 450): its cells where a glyph alone stands next to them, on a line no row reads, are unknown unless a reader
joined the glyphs. Made-up figures, shapes as `pdftotext -layout` and markitdown write them."""

from __future__ import annotations

from decimal import Decimal

import pytest

from benchmarks.fuzz_stacked_glyphs import run
from orchestration.parsing.parse import parse_text
from tests.unit.test_converted_markdown import report
from tests.unit.test_layout_label_round_figures import layout_text
from tests.unit.test_reader_classes import applications_of

ZEROS = [0] * 7
# every row 0 but the two shown: the table keeps its rules whatever the stacked rows hold
FIGURES = {"granted": [3, 0, 0, 0, 0, 0, 3], "results_total": [3, 0, 0, 0, 0, 0, 3],
           "new_received": [3, 0, 0, 0, 0, 0, 3]}


def read_layout(lines_of: dict[str, list[str]]) -> dict[str, list[tuple[object, str]]]:
    read = applications_of(parse_text(layout_text(FIGURES, lines_of), "x_chromium_pdftotext.txt"))
    return {key: [(None if c.value is None else int(c.value), c.state) for c in cells] for key, cells in read.items()}


def never_wrong(cells: list[tuple[object, str]], truth: list[int]) -> bool:
    return all(state == "unknown" or value == figure for (value, state), figure in zip(cells, truth, strict=True))


def test_a_row_line_holding_the_middle_glyphs_is_not_read_as_the_row():
    # `４` / `５ ０ ０ ０ ０ ０ ５` / `０`: 450 and 450, the row's line alone keeping its sum as 5 and 5; the rows
    # round it print whole ASCII figures, so nothing but the glyphs decides: never 5
    lines = {"carried_over": ["                                            ４                     ４",
                              "      二、上年结转政府信息公开申请数量                      ５   ０   ０   ０   ０   ０ ５",
                              "                                            ０                     ０"]}
    read = read_layout(lines)
    assert never_wrong(read["carried_over"], [450, 0, 0, 0, 0, 0, 450]), read["carried_over"]
    assert read["carried_over"][0] != (5, "value") and read["carried_over"][6] != (5, "value")


def test_glyphs_straddling_a_row_that_prints_nothing_there_are_never_read_blank():
    # `２` / `4.保护第三方合法权益  ０ ０ ０ ０ ０` / `７`: 27 and 27; never blank in 自然人 or 总计
    lines = {"denied_third_party_rights": [
        "                                            ２                     ２",
        "      4.保护第三方合法权益                            ０   ０   ０   ０   ０",
        "                                            ７                     ７"]}
    read = read_layout(lines)["denied_third_party_rights"]
    assert never_wrong(read, [27, 0, 0, 0, 0, 0, 27]), read
    assert read[0][1] != "blank" and read[6][1] != "blank", read


def test_a_row_printed_whole_beside_no_glyph_is_read():
    read = read_layout({})
    assert read["granted"] == [(3, "value"), *[(0, "value")] * 5, (3, "value")], read["granted"]


def md_read(rows: dict[str, list[str]]) -> dict[str, list[tuple[object, str]]]:
    read = applications_of(parse_text(report(rows), "x_chromium_markitdown.md"))
    return {key: [(c.value, c.state) for c in cells] for key, cells in read.items()}


def test_markitdown_pieces_as_rows_of_their_own_never_leave_the_middle_glyph_read():
    # markitdown 0.1.9: the stacked pieces rows of their own, the row's line `| … | ５ | ０ … | ５ |`
    rows = {"new_received": ["|  | ４ |  |  |  |  |  | ４ |", "| 一、本年新收政府信息公开申请数量 | ５ | ０ | ０ | ０ | ０ | ０ | ５ |",
                             "|  | ０ |  |  |  |  |  | ０ |"],
            "granted": ["| （一）予以公开 | 450 | 0 | 0 | 0 | 0 | 0 | 450 |"],
            "results_total": ["| （七）总计 | 450 | 0 | 0 | 0 | 0 | 0 | 450 |"]}
    read = md_read(rows)["new_received"]
    assert all(state == "unknown" or value == Decimal(v) for (value, state), v in zip(read, [450, 0, 0, 0, 0, 0, 450],
                                                                                      strict=True)), read
    assert read[0] != (Decimal(5), "value")


def test_a_glyph_line_under_a_label_that_a_stacked_row_next_to_it_may_own_is_not_that_rows():
    # `| 3.其他 |` printing nothing, then `|  |  … | １ |` (the top glyph of 总计's 110 on the next row's line):
    # never 3.其他's total
    rows = {"other_misc": ["| 3.其他 |  |  |  |  |  |  |  |", "|  |  |  |  |  |  |  | １ |"],
            "results_total": ["| （七）总计 | ９ | １ |  |  |  | １２ | １ |", "|  | ７ |  |  |  |  |  | ０ |"]}
    read = md_read(rows)["other_misc"]
    assert read[6] != (Decimal(1), "value"), read


@pytest.mark.parametrize(("mode", "seed"), [("layout", 10), ("layout", 27), ("layout", 30), ("markitdown", 27),
                                            ("markitdown", 44), ("markitdown", 106)])
def test_made_up_tables_of_stacked_figures_read_no_cell_wrong(mode, seed):
    # tables fuzz_stacked_glyphs.py draws (3.37 read cells of each wrong: the middle glyph, a blank where a stack
    # straddles, a glyph line as a row's figures): every cell read right, or unknown
    wrong, right, _ = run(seed, mode)
    assert not wrong and right
