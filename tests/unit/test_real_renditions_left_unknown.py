"""Renditions of real reports (tests/fixtures/real) whose text leaves cells undecidable: they stay unknown, and what
the text does prove is read. Complements test_pdf_renditions_undecidable_real.py, test_lo_cut_columns_real.py and
test_page_columns.py (沭阳县发改局 2023's raw, plain and -layout pdftotext, its LibreOffice PDF).

- 上海市人民政府办公厅 2019 through Chromium's PDF and `pdftotext -layout` (07_*): table 4 prints `5 2 7 8 1 9` under
  outcome words poppler set in blocks with other cells' words (`结果 其他 尚未` on one line, `纠正 结果 审结` on the
  next), so their places prove no column; the proceedings' names bound 5 to 行政复议 and 8 to 未经复议直接起诉. Each
  proceeding's sum then fixes the totals (7 and 9) and leaves 复议后起诉 printing nothing, but 5 and 2 (8 and 1)
  keep 5 + 2 = 7 in any two of the four outcome columns.
- The same page through `lynx -dump` (41_*): one cell a line, yet lynx set the two empty cells between 5 and 2 as
  one empty line and the five after 9 as none: an empty cell may leave no line. The figures' order is known, not
  which proceeding printed nothing: (行政复议, 直接起诉), (行政复议, 复议后起诉) and (直接起诉, 复议后起诉) each take
  `5 2 7` and `8 1 9` with every sum kept, so no cell of table 4 is proven.
- 上海市人民政府办公厅 2025, another project's markdown of its PDF (92_*): table 2's rows `| 规章 | 22 | 235 |` and
  `| 行政规范性文件 | 34 | 189 |` print two figures under three columns, their 本年废止件数 printed apart above the
  table (`22（其中修订 16 件）`, `55（含自然失效 29 件）`). Table 2 of the 2021 template has no sum: nothing ties
  a figure printed apart to a row or a column, so the two rows stay unknown.
- 沭阳县发改局 2023, markitdown of LibreOffice's PDF (96_*_libreoffice_markitdown): LibreOffice cut the table at
  the paper's edge past 法律服务机构 (test_lo_cut_columns_real.py): 其他 and 总计 print nothing in any row, and
  table 4's last three columns nothing either. And 13 of its rows print their one figure on a plain line outside
  the page's grid, whose pipe rows leave blank cells empty (`|  |  | 1.属于国家秘密 | 0 |  |  |`): such a line
  keeps no column's place, and the figure in 商业企业 prints alike with every rule kept (the rules treat the
  applicant columns alike), so those rows are unknown, no longer their short row's first cell, 自然人.
"""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from orchestration.parsing.parse import parse_file, parse_text
from tests.unit.test_reader_classes import FIGURES, applications_of, one_cell_per_line

REAL = Path(__file__).resolve().parents[1] / "fixtures" / "real"
PROCEEDINGS = ["administrative_review", "litigation_direct", "litigation_after_review"]
OUTCOMES = ["upheld", "corrected", "other", "pending", "total"]


def reviews_of(report) -> dict[tuple[str, str], object]:
    return {(cell.row, cell.column): cell for cell in report.cells if cell.table == "reviews"}


def test_layout_table_4_under_outcome_words_poppler_set_in_blocks_reads_its_totals_only():
    reviews = reviews_of(parse_file(REAL / "07_shanghai_office_2019_pdftotext.txt"))
    assert len(reviews) == 15
    for proceeding, total in (("administrative_review", 7), ("litigation_direct", 9)):
        assert (reviews[proceeding, "total"].value, reviews[proceeding, "total"].state) == (Decimal(total), "recovered")
        assert all(reviews[proceeding, outcome].state == "unknown" for outcome in OUTCOMES[:-1]), proceeding
    assert all(reviews["litigation_after_review", outcome].state == "blank" for outcome in OUTCOMES)


def test_lynx_table_4_whose_empty_cells_left_fewer_lines_stays_unknown():
    report = parse_file(REAL / "41_shanghai_office_2019_lynx.txt")
    reviews = reviews_of(report)
    assert len(reviews) == 15 and all(cell.state == "unknown" and cell.value is None for cell in reviews.values())
    assert any(w.code == "short_row" and w.message.startswith("table 4") for w in report.warnings)


def lynx_dump(reviews: list[int | None], collapsed: bool) -> str:
    """A made-up 2021 report one cell a line, each line followed by an empty one (`lynx -dump`), table 3 printed
    whole; table 4's empty cells each an empty line of their own, or (`collapsed`) a run of them one empty line and
    the run after the row's last figure none, as lynx set 41's page."""
    lines = one_cell_per_line(FIGURES, [0] * 15).rstrip("\n").split("\n")
    figures_at = len(lines) - 2 - 15  # the fifteen review cells, before the next section's heading and its text
    cells: list[str] = []
    previous: int | None = 0
    for value in reviews:
        if value is not None:
            cells += [str(value), ""]
        elif not (collapsed and previous is None):
            cells.append("")  # an empty cell's own line (collapsed: one for a run of them)
        previous = value
    if collapsed and reviews[-1] is None:
        cells.pop()  # the run after the row's last figure left no line
    out: list[str] = []
    for line in lines[:figures_at]:
        out += [line, ""]
    out += cells
    for line in lines[-2:]:
        out += [line, ""]
    return "\n".join(out)


# one proceeding printing nothing, in each place: the figures in order fit the other two proceedings either way
ONE_PROCEEDING_BLANK = [
    [3, None, None, 1, 4, 6, None, None, 2, 8, None, None, None, None, None],
    [None, None, None, None, None, 2, 1, None, None, 3, 7, None, None, 1, 8],
    [4, None, 1, None, 5, None, None, None, None, None, None, 2, None, 2, 4],
]


@pytest.mark.parametrize("reviews", ONE_PROCEEDING_BLANK)
def test_lynx_table_4_reads_every_cell_where_each_empty_cell_left_its_line(reviews):
    read = reviews_of(parse_text(lynx_dump(reviews, collapsed=False), "lynx.txt"))
    expected = dict(zip([(p, o) for p in PROCEEDINGS for o in OUTCOMES], reviews, strict=True))
    assert {key: cell.value for key, cell in read.items()} == expected
    assert all(cell.state != "unknown" for cell in read.values())


@pytest.mark.parametrize("reviews", ONE_PROCEEDING_BLANK)
def test_lynx_table_4_whose_empty_cells_left_no_line_leaves_the_blank_proceeding_unproven(reviews):
    report = parse_text(lynx_dump(reviews, collapsed=True), "lynx.txt")
    read = reviews_of(report)
    assert len(read) == 15 and all(cell.state == "unknown" for cell in read.values()), read
    assert [c.value for c in applications_of(report)["new_received"]] == FIGURES["new_received"]


def test_markdown_table_2_rows_short_of_a_figure_printed_apart_stay_unknown():
    report = parse_file(REAL / "92_shanghai_office_2025_markdown.md")
    disclosures = {(c.row, c.column): c for c in report.cells if c.table == "disclosures"}
    for item in ("regulations", "normative_documents"):
        for metric in ("issued", "repealed", "in_force"):
            assert disclosures[item, metric].state == "unknown", (item, metric)
    for item in ("administrative_licensing", "administrative_penalty", "administrative_coercion"):
        assert (disclosures[item, "decisions"].value, disclosures[item, "decisions"].state) == (0, "value"), item


def test_markitdown_of_a_table_cut_past_its_fifth_column_leaves_other_and_total_unknown():
    report = parse_file(REAL / "96_shuyang_ndrc_2023_libreoffice_markitdown.md")
    read = applications_of(report)
    assert len(read) == 25
    for key, cells in read.items():
        assert [(c.value, c.state) for c in cells[5:]] == [(None, "unknown")] * 2, (key, cells[5:])
    reviews = reviews_of(report)
    assert [reviews["litigation_after_review", o].state for o in OUTCOMES[2:]] == ["unknown"] * 3


# ---------------------------------------------------------------- figures set outside markitdown's grid
LO_MARKITDOWN = REAL / "96_shuyang_ndrc_2023_libreoffice_markitdown.md"
# the rows whose one figure markitdown set on a plain line of its own, outside its page's pipe grid
FIGURE_OUTSIDE_THE_GRID = ["new_received", "granted", "denied_security_stability", "denied_third_party_rights",
                           "rejected_petition", "results_total"]


def lo_markitdown_with(figures: dict[str, str]) -> str:
    """The real markitdown text with the figure each named row prints on its own line replaced (`figures`: the
    row's label's start → the new figure), a made-up instance of the same page."""
    lines = LO_MARKITDOWN.read_text(encoding="utf-8").split("\n")
    for start, figure in figures.items():
        at = next(i for i, line in enumerate(lines) if start in line)
        at = next(i for i in range(at, len(lines)) if lines[i].strip().isdigit())
        lines[at] = figure
    return "\n".join(lines)


@pytest.mark.parametrize("figures", [
    {},  # as LibreOffice and markitdown printed it: the row's figures all in 自然人
    # 5 in 三安全一稳定 and the sums kept (`31` new and total): 自然人 or 商业企业 alike, every rule kept either way
    {"一、本年新收": "31", "3.危及": "5", "（七）总计": "31"},
    {"4.保护第三方": "2", "1.信访举报": "1", "一、本年新收": "29", "（七）总计": "29"},
])
def test_a_figure_markitdown_set_outside_a_grid_leaving_blanks_empty_is_in_no_column_it_proves(figures):
    # a pipe row printing `|  |  | 1.属于国家秘密 | 0 |  |  |` shows the grid leaves blank cells empty: a figure on a
    # plain line of its own beside such a row may stand in any applicant column (the rules treat them alike)
    read = applications_of(parse_text(lo_markitdown_with(figures), "lo_markitdown.md"))
    for key in FIGURE_OUTSIDE_THE_GRID:
        assert all(c.state == "unknown" and c.value is None for c in read[key]), (key, read[key])
    # nothing the lines print is lost: a row of the grid whose pipe cells print its figure is still read from them
    assert any(c.state != "unknown" for c in read["denied_state_secret"])
