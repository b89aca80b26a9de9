"""A rendition's truth says what the rendition shows (issue 14, the short row's lost cells).

A corpus report whose table-3 row lost its last cells holds no <td> (or <w:tc>) for them: the report
does not print those figures. Its own truth keeps the figure, and gdw reading the file sees the row is
short and says unknown. A tool that draws the page (Chromium, LibreOffice) shows no figure there, an
empty cell at most, so the truth `benchmarks/renditions.py corpus` derives for its rendition says
blank there, and keeps every other cell."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from orchestration.parsing.parse import parse_bytes
from testkit.corpus import make_document

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "benchmarks"))
from renditions import rendition_truth


def cells(truth: dict) -> dict[tuple[str, str, str], object]:
    return {(table, row, column): value for table in ("applications", "reviews")
            for row, columns in truth[table].items() for column, value in columns.items()}


@pytest.mark.parametrize("layout", ["html-utf8", "docx"])
@pytest.mark.parametrize("index", range(6))
def test_the_truth_names_the_cells_a_short_row_does_not_print(layout, index):
    document = make_document(41, index, layout=layout, noise={"short_row"})
    unprinted = {tuple(cell) for cell in document.truth["unprinted"]}
    assert 1 <= len(unprinted) <= 3
    assert len({row for _, row, _ in unprinted}) == 1
    report = parse_bytes(document.data, document.name)
    # the reader of the file itself sees exactly those cells missing
    unknown = {(c.table, c.row, c.column) for c in report.cells if c.state == "unknown"}
    assert unknown == unprinted
    assert any(w.code == "short_row" for w in report.warnings)


def test_a_report_with_whole_rows_names_no_unprinted_cell():
    document = make_document(41, 0, layout="html-utf8", noise=set())
    assert "unprinted" not in document.truth


def test_a_renditions_truth_is_blank_where_the_report_prints_nothing():
    # a report whose lost cells held figures (not blanks already)
    document = next(d for d in (make_document(41, i, layout="html-utf8", noise={"short_row"}) for i in range(20))
                    if any(cells(d.truth)[tuple(c)] is not None for c in d.truth["unprinted"]))
    truth = document.truth
    shown = rendition_truth(truth)
    unprinted = {tuple(cell) for cell in truth["unprinted"]}
    for cell, value in cells(shown).items():
        assert value == (None if cell in unprinted else cells(truth)[cell]), cell
    assert shown["disclosures"] == truth["disclosures"]
    # the source's truth is left as it was
    assert any(cells(truth)[cell] is not None for cell in unprinted)
    assert truth == make_document(41, document_index(document), layout="html-utf8", noise={"short_row"}).truth


def document_index(document) -> int:
    return int(document.name.split("_")[0])


def test_a_truth_with_nothing_unprinted_is_the_renditions_truth():
    truth = make_document(41, 0, layout="html-utf8", noise=set()).truth
    assert rendition_truth(truth) == truth
