"""markitdown's grid of Chromium's PDF of table 3: 其他, too narrow for a pipe column of its own, is named in 总计's
cell (`总` / `其` / `计` / `他`), and markitdown cuts a word's cell 20pt before the next cluster of left edges: 其他's
figure may stand in the cell left of it, 法律服务机构's (`| 4 | 64 |`). Where 其他's share prints nothing, the word
in the cell left of it is either column's: unknown, unless the column rules prove which."""

from __future__ import annotations

from tests.unit.test_converted_markdown import LABELS_2021, cells
from tests.unit.test_markitdown_merged_header_cells import chromium_report, new_received


def table(new: str, outcomes: str) -> str:
    """Chromium's grid with 本年新收 printing `new` and 予以公开 and the results total `outcomes` (other rows 0)."""
    text = chromium_report(f"| {LABELS_2021['new_received']} |  |  |  | {new} |")
    for key in ("granted", "results_total"):
        text = text.replace(f"| {LABELS_2021[key]} |  |  |  | 5 0 | 0 0 | 0 | 0 5 |",
                            f"| {LABELS_2021[key]} |  |  |  | {outcomes} |")
    return text


def test_a_figure_beside_the_cell_other_shares_with_the_total_is_either_columns():
    # every row prints 4 beside 总计's cell: 法律服务机构's or 其他's in them all, each way keeps every sum
    got = cells(table("4 0 |  | 4 | 8", "4 0 |  | 4 | 8"), "applications", "new_received")
    assert got[0] == (4, "recovered") and got[6] == (8, "recovered")
    assert got[4][1] == got[5][1] == "unknown"  # 法律服务机构, 其他: neither read


def test_a_figure_beside_the_cell_other_shares_with_the_total_is_read_where_the_sums_prove_its_column():
    # the outcome rows print 其他's 4 in its share of 总计's cell (a word in every column): the balance proves it
    got = cells(table("4 0 |  | 4 | 8", "4 0 | 0 0 | 0 | 4 8"), "applications", "new_received")
    assert got[4] == (None, "blank") and got[5] == (4, "recovered")


def test_a_figure_beside_a_total_cell_where_other_prints_its_own_stays_in_its_cell():
    # 其他 prints its 1 in its share: the 4 beside it is 法律服务机构's, as placed
    got = cells(table("4 0 |  | 4 | 1 9", "4 0 |  | 4 | 1 9"), "applications", "new_received")
    assert got[4] == (4, "value") and got[5] == (1, "value")


def test_a_figure_beside_a_merged_cell_of_two_applicant_columns_stays_in_its_cell():
    # LibreOffice's `| 自然 | 商业 科研 |`: 自然人's 50 is never read as 商业企业's (其他 and 总计 have cells of their own)
    got = new_received("| 一、本年新收政府信息 | 50 | 2 |  |  | 52 |")
    assert got[0] == (50, "recovered")
