"""PDF renditions of two real reports (tests/fixtures/real): the cells their text leaves undecidable stay unknown,
and the ones every reading keeping the rules agrees on are read. Complements test_lo_cut_columns_real.py (the
LibreOffice PDF's cut columns) and test_page_columns.py (a page of zeros alone under no header).

- 沭阳县发改局 2023 (96_*) prints figures in 自然人 and 总计 only. In `pdftotext -raw` / plain pdftotext of
  Chromium's PDF a row is its figures in order (`26 26`, `0 0`), its blank cells printing nothing: the column rules
  put every row's first figure in one column, but any of the six applicant columns keeps every rule alike (the rules
  treat the six alike: swapping two applicant columns keeps every one, and this text shows no column's place), and
  a row of zeros keeps its sum wherever its zeros stand. Only 总计 is proven. (markitdown's grid of the same PDF
  merges 自然人 with 商业企业 in one pipe cell, `人 商业`: test_markitdown_merged_columns_grid.py.)
- 上海市人民政府办公厅 2019 (34_*): `pdftotext -raw` of a sparse table (`258 12 1 1`): the 15 ways of placing
  `821 35 2 1 859` and `767 35 2 1 805` each keep every rule jointly with the outcome rows (the two applicant
  columns no row fills may stand anywhere among the six): only the totals are agreed.
- 上海市人民政府办公厅 2019 (37_*): `pdftotext -layout` of LibreOffice's PDF of table 4 cut at both edges
  (`议`, `持` of 行政复议 and 结果维持 left at the line's start, the first figure 5 lost): the header's two lines
  are laid apart, so 9 (复议后起诉's 结果维持 by where it stands) is 未经复议直接起诉's 总计 by its sum. Where a
  figure stands says nothing there: table 4 stays unknown."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from orchestration.parsing.parse import parse_file
from tests.unit.test_reader_classes import applications_of

REAL = Path(__file__).resolve().parents[1] / "fixtures" / "real"
FIGURES_96 = {"new_received": 26, "granted": 26, "results_total": 26}  # every other row 0 in 自然人 and 总计


@pytest.mark.parametrize("name", ["96_shuyang_ndrc_2023_pdftotext_raw.txt", "96_shuyang_ndrc_2023_pdftotext_plain.txt"])
def test_a_two_column_table_whose_blanks_print_nothing_reads_its_totals_only(name):
    read = applications_of(parse_file(REAL / name))
    assert len(read) == 25
    for key, cells in read.items():
        assert [(c.value, c.state) for c in cells[:6]] == [(None, "unknown")] * 6, (key, cells)
        assert cells[6].value == FIGURES_96.get(key, 0) and cells[6].state in ("value", "recovered"), (key, cells[6])


def test_raw_text_of_a_sparse_table_reads_only_what_every_joint_placing_agrees_on():
    read = applications_of(parse_file(REAL / "34_shanghai_office_2019_pdftotext_raw.txt"))
    totals = {"new_received": 859, "carried_over": 18, "results_total": 805, "carried_forward": 72}
    for key, total in totals.items():
        assert (read[key][6].value, read[key][6].state) == (Decimal(total), "recovered"), key
    for key in ("new_received", "results_total", "granted", "unavailable_not_held", "rejected_petition"):
        # `821 35 2 1`, `258 12 1 1`, `252 12 1`, `148 1`: which columns hold them is not known
        assert all(c.state == "unknown" and c.value is None for c in read[key][:6]), (key, read[key])
    # a row printing nothing is blank throughout
    assert all(c.state == "blank" for c in read["denied_enforcement_files"])


def test_layout_text_of_a_table_4_cut_at_both_edges_stays_unknown():
    report = parse_file(REAL / "37_shanghai_office_2019_libreoffice_pdftotext.txt")
    reviews = [c for c in report.cells if c.table == "reviews"]
    assert len(reviews) == 15
    assert all(c.state == "unknown" and c.value is None for c in reviews)
    assert any(w.code == "unaligned_cells" and w.message.startswith("table 4") for w in report.warnings)
