"""A row that prints one figure fewer than table 3's columns, in a table that prints every cell (its
zeros too): one figure was lost (an OCR missed it, or its column was cut at the page's edge). The
figures are placed where the row's sum and the column rules leave them one place; the lost figure is
never written, and a figure whose place the rules cannot tell stays unknown. Where a figure may have
been lost anywhere (a short row in text an OCR wrote), nothing is read in order; a count too long for
any office is unknown."""

from __future__ import annotations

from orchestration.parsing.parse import parse_text
from tests.unit.test_reader_classes import FIGURES, applications_of, pdftotext_layout


def row_printed(key: str, figures: str, blanks: bool = False) -> list:
    shown = {k: [v if v or not blanks else None for v in values] for k, values in FIGURES.items()}
    text = pdftotext_layout(shown)
    label = {"results_total": "（七）总计", "denied_state_secret": "1.属于国家秘密"}[key]
    printed = next(line for line in text.splitlines() if label in line)
    at = printed.index(label) + len(label)
    return applications_of(parse_text(text.replace(printed, printed[:at] + "      " + figures), "t.txt"))[key]


def test_a_total_lost_at_the_rows_end_leaves_its_parts_placed():
    # 11 3 0 0 0 0: a total of 0 cannot sum 11 and 3, so the lost figure is the total
    cells = row_printed("results_total", "11      3      0      0      0      0")
    assert [c.value for c in cells[:6]] == [11, 3, 0, 0, 0, 0]
    assert {c.state for c in cells[:6]} == {"recovered"}
    assert cells[6].state == "unknown" and cells[6].value is None


def test_six_zeros_for_seven_columns_stay_unknown_whatever_place_the_lost_figure_had():
    # the lost figure could be any of the seven (each then 0 by the sums): it is never written
    cells = row_printed("denied_state_secret", "0      0      0      0      0      0")
    assert {c.state for c in cells} == {"unknown"}


def test_in_a_table_that_leaves_blank_cells_empty_a_short_row_is_not_placed():
    cells = row_printed("results_total", "11      3", blanks=True)
    assert "recovered" not in {c.state for c in cells}


def test_a_count_of_table_4_too_long_for_any_office_is_unknown():
    from tests.unit.test_parser_edges import BALANCED, report_text

    report = parse_text(report_text(BALANCED, reviews="\t".join(["110101211"] + ["0"] * 14)), "t.txt")
    cell = next(c for c in report.cells if c.table == "reviews" and c.column == "upheld"
                and c.row == "administrative_review")
    assert cell.state == "unknown" and cell.value is None


def test_in_ocr_text_a_short_row_of_table_4_is_not_read_in_order():
    # a ruling read as a lone `1` at the end of a header's line, taken for the row's figures
    text = pdftotext_layout(FIGURES).replace("（一）予以公开", "〈一) 予以公开")
    header = next(line for line in text.splitlines() if line.startswith("结果维持"))
    figures = "\t".join(["1", "0", "0", "0", "1", "0", "0", "0", "1", "1"] + ["0"] * 5)
    text = text.replace(header + "\n" + figures, "结果 |结果  他          |           1")
    report = parse_text(text, "ocr.txt")
    assert {c.state for c in report.cells if c.table == "reviews"} == {"unknown"}


def test_zeros_run_together_as_many_as_the_columns_are_each_a_zero():
    cells = row_printed("denied_state_secret", "0      0      0      oo      oo")
    assert [c.value for c in cells] == [0] * 7
    assert {c.state for c in cells} == {"recovered"}
