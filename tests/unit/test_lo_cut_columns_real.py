"""沭阳县发改局 2023 (tests/fixtures/real/96_*) through LibreOffice: what its renditions prove and what they do not.
Table 3 prints figures in 自然人 and 总计 only, its five 法人或其他组织 columns empty, over three pages.

- LibreOffice's PDF lays the table wider than the paper: the paper shows 自然人 and four legal-person columns, and
  其他 (4 points of it on the paper, a figure's first digit 20 points in) and 总计 past the edge. LibreOffice writes
  no glyph past the paper there: the HTML printed again with a 0 moved into 其他 gives a PDF with one character
  fewer and none past the edge. So 其他 and 总计 are unknown in every row (and table 4's last three columns).
- `pdftotext -layout` of that PDF: on the page that repeats no header (rows 6.属于四类过程性信息 to 5.要求行政机关确认),
  each row's one 0 prints alike whether it stands in 自然人 or 商业企业 (the HTML printed again with those zeros moved,
  and every applicant cell set to the same vertical alignment, gives byte-for-byte the same text): those rows stay
  unknown, as f4c20ec found for Chromium's PDF of the same page."""

from __future__ import annotations

from pathlib import Path

from orchestration.parsing.parse import parse_file
from tests.unit.test_reader_classes import applications_of

REAL = Path(__file__).resolve().parents[1] / "fixtures" / "real"
PAGE_WITHOUT_HEADER = ["denied_process_information", "denied_enforcement_files", "denied_administrative_query",
                       "unavailable_not_held", "unavailable_needs_creation", "unavailable_unclear", "rejected_petition",
                       "rejected_duplicate", "rejected_publication", "rejected_excessive", "rejected_confirmation"]


def test_libreoffice_pdf_reads_the_columns_on_the_paper_and_leaves_the_ones_past_it_unknown():
    report = parse_file(REAL / "96_shuyang_ndrc_2023_libreoffice_pdf.pdf")
    read = applications_of(report)
    assert len(read) == 25
    for key, cells in read.items():
        assert cells[0].state == "value" and cells[0].value is not None, key
        assert [c.state for c in cells[1:5]] == ["blank"] * 4, key
        assert [(c.value, c.state) for c in cells[5:]] == [(None, "unknown")] * 2, key
    after_review = [c for c in report.cells if c.table == "reviews" and c.row == "litigation_after_review"]
    assert [c.state for c in after_review] == ["value", "value", "unknown", "unknown", "unknown"]


def test_libreoffice_pdftotext_leaves_the_rows_of_the_page_without_header_unknown():
    read = applications_of(parse_file(REAL / "96_shuyang_ndrc_2023_libreoffice_pdftotext.txt"))
    for key in PAGE_WITHOUT_HEADER:
        assert all(c.state == "unknown" and c.value is None for c in read[key]), key
    # the header's page reads 自然人 and the four legal-person columns it shows
    assert [(c.value, c.state) for c in read["new_received"][:5]] == [(26, "value"), *[(None, "blank")] * 4]
