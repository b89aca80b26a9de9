"""markitdown's markdown of Chromium's PDF of a table whose legal-person columns are empty throughout: its page grid
merges columns (`|  |  | 人 商业 | 科研 社 | 会 法 律 | 其他 |`, 其他 in the cell that names 总计 on the row above), so a
row's pipe cells are fewer than the template's columns, empty ones among its figures (`| 一、… |  | 26 |  |  | 26 |`).
The header words its page's grid sets left and right of each figure bound its column (pipe_page_grid.py): the first
26 is 自然人's, 商业企业's or 科研机构's, the second 社会公益组织's or any column right of it, and the row's sum makes
it the total; nothing is printed in 社会公益组织, 法律服务机构 or 其他 in any placing, so they are blank. A row of
zeros keeps its sum with its second 0 in 社会公益组织 and 总计 blank as well: its placings do not agree on its total,
and it is left as it was read."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from orchestration.parsing.parse import parse_file
from tests.unit import test_markitdown_sparse_rows_grid as sparse_rows_grid
from tests.unit.test_converted_markdown import cells
from tests.unit.test_reader_classes import applications_of

CELLS = 6  # the page's pipe cells: the label's, one empty one of no column, then four of merged columns
HEADER = ("|  |  | 法人或其他组织 |  |  | 总计 |", "| " + " | ".join(["---"] * CELLS) + " |",
          "|  |  | 人 商业 | 科研 社 | 会 法 律 | 其他 |",
          "|  |  |  | 公 | 益 服 务 |  |")
TWO_FIGURES = {"new_received": 26, "granted": 26, "results_total": 26}  # in 自然人 and 总计; every other row blank
REAL = Path(__file__).resolve().parents[1] / "fixtures" / "real"


def table_3(figures: dict[str, dict[int, int]]) -> str:
    return sparse_rows_grid.table_3(figures, HEADER, CELLS)


def test_a_row_whose_placings_agree_on_its_total_reads_the_columns_no_placing_fills_blank():
    text = table_3({key: {2: figure, 5: figure} for key, figure in TWO_FIGURES.items()})
    for key in TWO_FIGURES:
        read = cells(text, "applications", key)
        assert read[6] == (Decimal(26), "recovered"), (key, read)
        assert read[3:6] == [(None, "blank")] * 3, (key, read)
        # 自然人, 商业企业 or 科研机构: the rules treat them alike, so which one is not known
        assert [state for _, state in read[:3]] == ["unknown"] * 3, (key, read)


def test_a_row_of_zeros_whose_placings_disagree_on_its_total_is_left_as_read():
    figures = {key: {2: figure, 5: figure} for key, figure in TWO_FIGURES.items()}
    text = table_3({**figures, "partially_granted": {2: 0, 5: 0}})
    read = cells(text, "applications", "partially_granted")
    # its second 0 may be 社会公益组织's, 法律服务机构's or 其他's with 总计 blank: none of those is read blank
    assert [state for _, state in read[:6]] == ["unknown"] * 6, read
    assert all(state != "blank" for _, state in read[3:6])


def test_the_real_report_reads_blank_the_columns_no_placing_fills_on_the_header_page():
    # 沭阳县发改局 2023 through Chromium's PDF and markitdown: 一、本年新收 and （一）予以公开 stand on the header's page
    read = applications_of(parse_file(REAL / "96_shuyang_ndrc_2023_chromium_markitdown.md"))
    for key in ("new_received", "granted"):
        assert [(c.value, c.state) for c in read[key][3:]] == [(None, "blank")] * 3 + [(26, "recovered")], key
        assert [c.state for c in read[key][:3]] == ["unknown"] * 3, key
    # （七）总计 on a page whose grid shows no header word: its 26 may stand in any applicant column
    assert [c.state for c in read["results_total"][:6]] == ["unknown"] * 6
    assert read["results_total"][6].value == 26
    # its lone 0 under the header's cell naming both 总计 and 其他 may be 其他's with the total blank: unknown
    assert read["carried_over"][6].state == "unknown"
    assert [c.state for c in read["carried_over"][:6]] == ["unknown"] * 6
