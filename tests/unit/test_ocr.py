"""Scans and images read offline: real scans made here (a corpus report typeset by reportlab,
rendered at 150–200 dpi, turned a fraction of a degree, specks added), read by PP-OCR."""

from __future__ import annotations

import io
from datetime import datetime
from decimal import Decimal

import pytest

from orchestration.core.batch import parse_paths_to_rows
from orchestration.core.rules import FAILED, evaluate, rules_with_cells
from orchestration.core.staging_rows import add_report, empty_tables
from orchestration.core.staging_schema import STAGING_TABLES, create_table_sql
from orchestration.defs.parsing import insert_rows
from orchestration.parsing import ocr
from orchestration.parsing.cells import BLANK, OCR_UNVERIFIED, UNKNOWN, VALUE
from orchestration.parsing.parse import parse_bytes
from orchestration.settings import load_settings
from testkit.corpus import make_document
from testkit.scans import scanned_document
from tests.dbt_sql import create_views, warehouse_connection

NOISE = {"units", "label_drift"}
SEED, INDEX = 11, 3
PLANTED_INDEX = 5  # another report, its figures printed wrong in the scan


def figures(report) -> dict[tuple[str, str, str], object]:
    return {(c.table, c.row, c.column): (c.value, c.state) for c in report.cells}


@pytest.fixture(scope="module")
def text_version():
    return parse_bytes(make_document(SEED, INDEX, layout="txt-tabs", noise=NOISE, template="2021").data, "report.txt")


@pytest.fixture(scope="module")
def scans():
    """A scanned PDF at 200 dpi and a PNG at 150 dpi of the same report, parsed."""
    out = {}
    for layout, dpi in (("scan-pdf", 200), ("scan-png", 150)):
        document = scanned_document(SEED, INDEX, layout, dpi, noise=NOISE, template="2021")
        out[layout] = parse_bytes(document.data, document.name)
    return out


def test_a_scanned_pdf_and_a_png_parse_to_the_record_of_the_text_version_with_ocr_cells_marked(text_version, scans):
    expected = figures(text_version)
    assert text_version.status == "parsed"
    for layout, report in scans.items():
        assert report.format == {"scan-pdf": ocr.OCR_PDF, "scan-png": ocr.OCR_IMAGE}[layout]
        assert (report.agency, report.year, report.template) == (text_version.agency, text_version.year, "2021")
        got = figures(report)
        assert got.keys() == expected.keys(), layout
        confirmed = [key for key, (_, state) in got.items() if state in (VALUE, BLANK)]
        # what the rules confirmed is exactly the text version's figure
        assert all(got[key][0] == expected[key][0] for key in confirmed), layout
        applications = [key for key in confirmed if key[0] == "applications"]
        # most of table 3 is confirmed: 80% at 200 dpi, half at 150 dpi (more low-confidence digits)
        share = {"scan-pdf": 0.8, "scan-png": 0.5}[layout]
        assert len(applications) >= share * sum(1 for key in expected if key[0] == "applications"), layout
        # table 2 has no rule inside one report: its OCR'd figures are never values
        assert {got[key][1] for key in got if key[0] == "disclosures"} <= {OCR_UNVERIFIED, UNKNOWN}
        # every figure read is the text version's, confirmed or not
        read = [key for key, (_, state) in got.items() if state != UNKNOWN]
        assert sum(got[key][0] == expected[key][0] for key in read) >= 0.97 * len(read), layout
        assert any(w.code == "ocr" for w in report.warnings)
        # each OCR'd figure carries the recogniser's confidence
        assert all(0 <= c.ocr_confidence <= 1 for c in report.cells if c.state in (VALUE, OCR_UNVERIFIED))


def test_each_ocr_figure_reaches_the_fact_tables_with_its_confidence(scans, text_version):
    """staging → stg_* → fct_* (the SQL dbt compiles): every OCR'd cell keeps the recogniser's score,
    a cell of a text report has none."""
    con = warehouse_connection()
    con.execute("CREATE SCHEMA staging")
    for table in STAGING_TABLES:
        con.execute(create_table_sql(table, "staging"))
    tables = empty_tables()
    reports = [*scans.values(), text_version]
    for report in reports:
        add_report(tables, report, datetime(2026, 1, 1))
    insert_rows(con, "staging", tables)
    # the one column of dim_report the facts read besides the keys
    con.execute("CREATE TABLE dim_report AS SELECT report_id, agency_id, "
                "source_format IN ('ocr_pdf', 'ocr_image') AS read_by_ocr FROM staging.reports")
    create_views(con, tuple(f"{layer}_{table}" for layer in ("stg", "fct")
                            for table in ("disclosures", "applications", "reviews")))
    keys = {"disclosures": ("item", "metric"), "applications": ('"row"', "applicant"), "reviews": ("proceeding", "outcome")}
    for report in reports:
        for table, (row, column) in keys.items():
            stored = {(r, c): confidence for r, c, confidence in con.execute(
                f"SELECT {row}, {column}, ocr_confidence FROM fct_{table} WHERE report_id = ?", [report.report_id]
            ).fetchall()}
            expected = {(c.row, c.column): None if c.ocr_confidence is None else Decimal(str(c.ocr_confidence))
                        for c in report.cells_of(table)}
            assert stored == expected, (report.source, table)
        if report is text_version:
            assert all(c.ocr_confidence is None for c in report.cells)
        else:
            assert sum(c.ocr_confidence is not None for c in report.cells) > 100, report.source


def test_ocr_cells_the_rules_cannot_confirm_are_never_values(scans):
    for report in scans.values():
        for result, cells in rules_with_cells(report):
            if result.status == FAILED:
                assert not [c for c in cells if c.state in (VALUE, BLANK)], result
        for cell in report.cells:
            if cell.state == VALUE:
                assert cell.ocr_confidence >= ocr.LOW_CONFIDENCE


def test_wrong_figures_printed_in_the_scan_are_never_silent_values():
    """A report whose scan prints two wrong figures in table 3 (a natural person's granted count and
    the granted total, each 6 more than the report says, so that the row still adds up): the columns they sit in
    no longer add up, and neither figure, nor any other cell of a failing rule, comes out a value."""
    granted = make_document(SEED, PLANTED_INDEX, layout="txt-tabs", noise=set(), template="2021").truth["applications"]["granted"]
    wrong = {"natural_person": granted["natural_person"] + 6, "total": granted["total"] + 6}
    document = scanned_document(SEED, PLANTED_INDEX, "scan-png", 150, noise=set(), template="2021",
                                planted={("granted", applicant): str(figure) for applicant, figure in wrong.items()})
    report = parse_bytes(document.data, document.name)
    read = report.matrix("applications")["granted"]
    for applicant, figure in wrong.items():
        assert read[applicant].value == figure, "the OCR reads the figure the scan prints"
        assert read[applicant].state == OCR_UNVERIFIED, (applicant, read[applicant])
    statuses = {(r.rule_id, r.scope): r.status for r in evaluate(report)}
    assert statuses[("APP_OUTCOME_SUM", "natural_person")] == FAILED
    assert statuses[("APP_OUTCOME_SUM", "total")] == FAILED
    for result, cells in rules_with_cells(report):
        if result.status == FAILED:
            assert not [c for c in cells if c.state in (VALUE, BLANK)], result


def test_thin_ones_scanned_at_a_low_resolution_are_read_never_confirmed_as_blanks():
    """A `1` printed in a thin face and scanned at 100 dpi is a grey stroke that despeckling breaks
    into a few pixels. Table 5 has no column sums: when a proceeding's pending and total figures
    both print 1 and both are lost, its row reads 0 = 0 and confirms two blanks where the scan
    prints 1. Each such 1 is read (or at least not confirmed as something else)."""
    index = next(i for i in range(50) if any(
        figures["total"] == 0 for figures in make_document(SEED, i, layout="txt-tabs", noise=set(), template="2021").truth["reviews"].values()))
    reviews = make_document(SEED, index, layout="txt-tabs", noise=set(), template="2021").truth["reviews"]
    planted = {(proceeding, outcome): "1" for proceeding, figures in reviews.items() if figures["total"] == 0
               for outcome in ("pending", "total")}
    document = scanned_document(SEED, index, "scan-pdf", 100, noise=set(), template="2021", planted=planted)
    report = parse_bytes(document.data, document.name)
    read = report.matrix("reviews")
    for proceeding, outcome in planted:
        cell = read[proceeding][outcome]
        assert cell.value == 1, (proceeding, outcome, cell)
        assert cell.state in (VALUE, OCR_UNVERIFIED), (proceeding, outcome, cell)


@pytest.mark.parametrize(("read", "figure"), [("。.", "0"), ("。", "0"), ("·0", "0"), ("66.", "66"), ("Q", "0"),
                                             (".", ""), ("，", "")])
def test_a_small_zero_read_as_a_full_stop_is_a_zero_never_a_blank(read, figure):
    """A blank reads as 0 in every rule, so a 0 taken for a blank would be confirmed as blank although
    the cell prints a figure (seen at 100–150 dpi: `0` read as `。.`); a lone speck stays nothing."""
    assert ocr.cell_reading(read) == figure


def test_with_ocr_off_scans_and_images_are_quarantined_with_the_reason():
    assert load_settings({"GDW_OCR": "off"}).ocr_on is False and load_settings({}).ocr_on is True
    for layout, code in (("scan-pdf", "image_only_pdf"), ("scan-png", "image_only")):
        document = scanned_document(SEED, INDEX, layout, 150, noise=NOISE, template="2021")
        report = parse_bytes(document.data, document.name, ocr=False)
        assert report.status == "quarantined" and report.warnings[-1].code == code
        assert "GDW_OCR=off" in report.warnings[-1].message


def test_text_files_are_parsed_before_the_scans(tmp_path):
    from PIL import Image

    blank_page = io.BytesIO()
    Image.new("L", (600, 800), 255).save(blank_page, format="PNG")
    paths = []
    for name, data in (("a-scan.png", blank_page.getvalue()), ("b.txt", make_document(SEED, 4, layout="txt-tabs", noise=set()).data)):
        (tmp_path / name).write_bytes(data)
        paths.append(str(tmp_path / name))

    def outcomes(ocr_on: bool) -> list[str]:
        results = parse_paths_to_rows(paths, datetime(2025, 1, 1), workers=1, ocr=ocr_on)
        return [rows["quarantine"][0][5] if "quarantine" in rows else status for status, rows in results]

    # OCR on: the scan waits until the text files are done (and a page with no text is quarantined)
    assert outcomes(True) == ["parsed", "image_only"]
    assert outcomes(False) == ["image_only", "parsed"]


def copied(report):
    """A copy of a parsed report whose cells can be changed, as if the OCR had read them so."""
    from dataclasses import replace

    return replace(report, cells=[replace(c) for c in report.cells], warnings=[])


def read_surely(report) -> dict[int, list[tuple[str, float]]]:
    """The recogniser's readings of each line, as if it had read every figure with high confidence."""
    confidence: dict[int, list[tuple[str, float]]] = {}
    for cell in report.cells:
        if cell.state == VALUE:
            confidence.setdefault(cell.line, []).append((cell.as_written, 0.99))
    return confidence


def test_figures_lost_from_a_row_whose_column_rules_cannot_be_read_are_never_confirmed(text_version):
    """OCR lost the first outcome row (its cells unknown) and every figure of a later outcome row
    (read blank): the later row adds up (0 = 0), but its column sums cannot be read, so its blanks
    are not confirmed, although each column rule stops reading at the lost row above them. The
    rows the OCR read whole, in rules that pass, stay values."""
    from orchestration.core import labels

    report = copied(text_version)
    matrix = report.matrix("applications")
    first, *later = labels.outcome_rows(report.template)
    lost = next(row for row in later if matrix[row]["total"].value > 0)
    for cell in matrix[first].values():
        cell.state, cell.value = UNKNOWN, None
    for cell in matrix[lost].values():
        cell.state, cell.value = BLANK, None
    confidence = read_surely(report)
    ocr.verify_ocr_cells(report, confidence)
    assert {cell.state for cell in matrix[lost].values()} == {UNKNOWN}
    assert {cell.state for cell in matrix["new_received"].values()} == {VALUE}


def test_a_blank_beside_ink_the_recogniser_read_as_nothing_is_unknown_and_confirms_nothing(text_version):
    """A row printing a 0 that the OCR lost (the cell has ink, read as nothing, and comes out
    blank): every rule reads the blank as 0, so the row still adds up; the blank is unknown
    instead, and the rules it sits in confirm none of the row's other figures."""

    report = copied(text_version)
    row = next(cells for cells in report.matrix("applications").values()
               if any(c.value == 0 for c in cells.values()) and any(c.value for c in cells.values()))
    zero = next(c for c in row.values() if c.value == 0)
    zero.state, zero.value = BLANK, None
    confidence = read_surely(report)
    confidence[zero.line].append((ocr.INK_NOT_READ, 0.3))
    assert all(r.status != FAILED for r in evaluate(report)), "the lost 0 reads as a blank that keeps every rule"
    ocr.verify_ocr_cells(report, confidence)
    assert zero.state == UNKNOWN
    assert not [c for c in row.values() if c.state in (VALUE, BLANK)]
    assert any(c.state == VALUE for c in report.cells), "the other rows are still confirmed"


def test_blanks_read_from_no_line_of_the_scan_are_unknown(text_version):
    """A row whose figures the OCR never found (its cells blank, read from no line) adds up as
    0 = 0 in every rule: that is no reading, so its cells are unknown, never confirmed blanks."""
    report = copied(text_version)
    row = next(cells for cells in report.matrix("applications").values() if all(c.value == 0 for c in cells.values()))
    for cell in row.values():
        cell.state, cell.value, cell.line = BLANK, None, None
    ocr.verify_ocr_cells(report, read_surely(report))
    assert {cell.state for cell in row.values()} == {UNKNOWN}
