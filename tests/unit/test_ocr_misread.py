"""OCR text (tesseract on a ruled table) where a row's figures would otherwise be lost or misread:
figures and rulings run together with look-alikes (`0|0|0101olol10o0`), a `]` for a 1 closing the
row, a figure misread as another (`24` for `34`). Each gives the figures back or says a cell is
unknown: a row whose figures are there is never read as blank, a misread figure never kept."""

from __future__ import annotations

import copy

import pytest

from orchestration.parsing.parse import parse_text
from tests.unit.test_reader_classes import FIGURES, applications_of, pdftotext_layout

THIRD_PARTY = "4.保护第三方合法权益                             0      0      0      0      0      0      0"
ENFORCEMENT = "7.属于行政执法案卷                              0      0      0      0      0      0      0"


def read_row(line: str, printed: str, row: str) -> list:
    text = pdftotext_layout(FIGURES)
    assert printed in text
    return applications_of(parse_text(text.replace(printed, line), "ocr.txt"))[row]


@pytest.mark.parametrize("figures", ["0|0|0101olol10o0", "0   01|101010410   0", "0|0|0|0|o|0|0"])
def test_figures_and_rulings_run_together_are_split_or_unknown_never_blank(figures):
    # the group heading of a merged cell centred below the row, its blank marks (`一一 -`) beside it
    line = f"1保护第三方合法权益        {figures}\n办 | (三) 不子公必     一一    -"
    cells = read_row(line, THIRD_PARTY, "denied_third_party_rights")
    assert "blank" not in {c.state for c in cells}
    assert all(c.value == 0 for c in cells if c.state != "unknown")


def test_a_bracket_for_a_1_closing_a_row_is_read_as_1():
    figures = copy.deepcopy(FIGURES)
    # the figures where the other rows print theirs (a row set left of them reads as poppler's page order)
    text = pdftotext_layout(figures).replace(
        ENFORCEMENT, "7.属于行政执法案卷                              1      0      0      0      0      0      ]")
    cells = applications_of(parse_text(text, "ocr.txt"))["denied_enforcement_files"]
    assert [c.value for c in cells] == [1, 0, 0, 0, 0, 0, 1]


def test_a_bracket_for_a_1_after_ruled_figures_leaves_the_row_unknown_not_blank():
    cells = read_row("7.属于行政执法案卷       1   0|10101010  ]", ENFORCEMENT, "denied_enforcement_files")
    assert {c.state for c in cells} == {"unknown"}


def carried_over_misread(ocr_trait: bool) -> list:
    """Two applications carried over, their total printed 2 but read 7; `ocr_trait`: the text says an
    OCR wrote it (`〈一)`: a bracket read as an angle bracket)."""
    figures = copy.deepcopy(FIGURES)
    figures.update(carried_over=[2, 0, 0, 0, 0, 0, 2], granted=[10, 2, 0, 0, 0, 0, 12],
                   results_total=[13, 3, 0, 0, 0, 0, 16])
    text = pdftotext_layout(figures)
    row = next(line for line in text.splitlines() if line.rstrip().endswith("2") and "信息公开申请" in line
               and " 2      0" in line)
    text = text.replace(row, row[:-1] + "7")
    if ocr_trait:
        text = text.replace("（一）予以公开", "〈一) 予以公开")
    return applications_of(parse_text(text, "ocr.txt"))["carried_over"]


def test_a_figure_every_rule_it_sits_in_breaks_is_unknown_in_ocr_text():
    cells = carried_over_misread(ocr_trait=True)
    assert [c.value for c in cells[:6]] == [2, 0, 0, 0, 0, 0]
    assert cells[6].state == "unknown"


def test_a_broken_sum_in_a_reports_own_text_is_read_as_printed():
    assert [c.value for c in carried_over_misread(ocr_trait=False)] == [2, 0, 0, 0, 0, 0, 7]


def enforcement_row(line: str, ocr_trait: bool = True) -> list:
    """One application denied as an enforcement file (1 0 0 0 0 0 1), its row printed as `line`;
    `ocr_trait`: the text says an OCR wrote it (`〈一)`)."""
    figures = copy.deepcopy(FIGURES)
    figures.update(denied_enforcement_files=[1, 0, 0, 0, 0, 0, 1], results_total=[12, 3, 0, 0, 0, 0, 15],
                   new_received=[13, 3, 0, 0, 0, 0, 16])
    text = pdftotext_layout(figures)
    printed = next(row for row in text.splitlines() if "7.属于行政执法案卷" in row)
    if ocr_trait:
        text = text.replace("（一）予以公开", "〈一) 予以公开")
    return applications_of(parse_text(text.replace(printed, line), "ocr.txt"))["denied_enforcement_files"]


@pytest.mark.parametrize("figures", ["1   0|10101010   1", "110 1010101011", "1|0|0|0|0|0|1",
                                     "| 1   0|10101010   1", "1   0|10101010   1 |",  # bars opening or closing the row
                                     "110|1010101011"])
def test_rulings_read_as_1s_among_a_rows_figures_are_taken_out_where_the_rules_leave_one_reading(figures):
    cells = enforcement_row(f"7.属于行政执法案卷       {figures}")
    assert [c.value for c in cells] == [1, 0, 0, 0, 0, 0, 1]


def test_a_cell_the_ocr_lost_is_never_filled_by_a_rulings_1():
    # `1 |0 |0 |…` read `0 |0 101010   1`: six figures and rulings; a `1` of the run kept as a figure
    # would make up the seventh
    cells = enforcement_row("7.属于行政执法案卷   0 |0 101010   1")
    assert {c.state for c in cells} == {"unknown"}


def test_runs_of_1s_and_0s_in_a_reports_own_text_are_not_read_as_rulings():
    cells = enforcement_row("7.属于行政执法案卷       110 1010101011", ocr_trait=False)
    assert {c.state for c in cells} == {"unknown"}


def test_marks_where_a_rows_figures_stand_are_unknown_not_blank():
    # `(二) 部分公开(区分处理的…  )   )`: the OCR read the row's two figures as brackets; the table
    # prints nothing in a blank cell, so the row would otherwise read as printed blank
    figures = {key: [v if v else None for v in values] for key, values in FIGURES.items()}
    text = pdftotext_layout(figures)
    printed = next(row for row in text.splitlines() if "区分处理的" in row)
    marked = printed.replace("1", ")")
    assert marked != printed
    cells = applications_of(parse_text(text.replace(printed, marked), "ocr.txt"))["partially_granted"]
    assert "blank" not in {c.state for c in cells}
