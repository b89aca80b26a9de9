"""The entry points: one report (bytes, a file or text) into its record."""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from copy import copy
from dataclasses import replace
from itertools import repeat
from operator import attrgetter, contains, ne
from pathlib import Path
from typing import TypeVar

from ..core import labels as L
from .application_table import TOOK_WIDE_PAST, HeaderRules, read_applications
from .blank_totals import CutTotals, settle_cut_totals_of_blank_parts
from .cells import NARRATIVE, PERHAPS_CUT, UNDECODABLE, UNKNOWN
from .chunks import figures_past_the_heading
from .collapse import (
    expand_applications,
    expand_disclosures,
    expand_reviews,
    expand_wrapped_reviews,
    figures_wrapped,
    lines_collapsed,
)
from .column_blocks import figure_lines_past
from .cut_heads import read_cut_heads
from .disclosure_table import read_disclosures
from .formats import DOCX, HTML, PDF, FormatProblem, extract
from .grid_table import read_grid_applications, read_grid_disclosures, read_grid_reviews
from .header_readings import readings_joined
from .narrative import read_narrative
from .ocr_text import read_ocr_text_again, reads_as_ocr, reads_digits_as_letters, reads_rulings_as_glyphs
from .record import NARRATIVE_STATUS, PARSED, PARTIAL, Cell, ParsedReport, quarantine
from .review_table import proceeding_past_the_heading, read_reviews
from .rows import Row, build_rows
from .signs import words_onto_figures
from .table_reading import FoundTable3, page_blanks
from .template import detect_template, find_sections
from .title import FROM_FILE_NAME, normalise_agency, read_title, title_before_tables
from .tokens import reading_lines, split_lines

K = TypeVar("K")
_STATE_OF = attrgetter("state")
_JOINED = attrgetter("joined")
_LINE_OF = attrgetter("line")

# ---------------------------------------------------------------- entry points


def parse_text(text: str, source: str, sha256: str | None = None, size_bytes: int | None = None,
               encoding: str | None = None, previous: dict | None = None, cells_known: bool = False) -> ParsedReport:
    """`previous`: the same agency's report of the year before, in the parser-output shape
    (`ParsedReport.to_dict()`), when the caller has it: last year's table 2 may then choose among
    the splits of a crawled row that this report's own text allows (disclosure_table.carry_over_rule), or among
    the run readings of a row whose equal lines a crawl dropped (collapse.expand_disclosures).
    `cells_known`: the text is of a format whose reader sets a tab at each table cell's bounds (a PDF's
    ruled grid, HTML, DOCX): a tab cell's run of digits is one figure, never cells run together."""
    data = text.encode("utf-8") if not sha256 or size_bytes is None else b""  # the file's, when given
    report = ParsedReport(
        source=source,
        sha256=sha256 or hashlib.sha256(data).hexdigest(),
        size_bytes=size_bytes if size_bytes is not None else len(data),
        encoding=encoding,
    )
    if not text.strip():
        report.text_lines = len(split_lines(text))
        return quarantine(report, "empty", "the file is empty")
    text = L.to_simplified(text)
    lines = split_lines(text)
    report.text_lines = len(lines)
    if not text.strip():
        return quarantine(report, "empty", "the file is empty")

    title = read_title(lines, source)
    year, title_line = title.year, title.line
    reading = reading_lines(lines)
    # nothing unfolded (most reports): the reading lines are the lines, one for one
    reading_texts = lines if len(reading) == len(lines) and not any(map(_JOINED, reading)) \
        else [line.text for line in reading]
    sections = find_sections(reading_texts)
    if not sections and (year is None or title.line is None):
        return quarantine(report, "not_a_report", "no report title (…年…政府信息公开…报告) and no disclosure tables")
    if year is None and sections:  # readable tables are never lost for a title pushed past the head
        first_table = min(reading[start].number - 1 for start, _end in sections.values())
        later = title_before_tables(lines, first_table, source)
        if later.year is not None:
            where = f"the title on line {later.line}" if later.line else "the statistical period"
            report.warn("year_beyond_head", f"no report year in the first lines; {later.year} read from {where}, "
                        "before the tables", later.line)
            title = later if title.agency is None else replace(later, agency=title.agency, agency_from=title.agency_from,
                                                               agency_line=title.agency_line)
            year, title_line = title.year, title.line
    report.year = year  # kept on a quarantined report: its season is still known
    if year is None:
        return quarantine(report, "year_not_found", "disclosure tables, but no report year in the title, an index "
                          "block or the statistical period of the first lines")
    if title.agency:
        report.agency_as_written = title.agency
        report.agency, repairs = normalise_agency(title.agency, text)
        for code, message in repairs:
            report.warn(code, message, title.agency_line or title_line)
        if title.agency_from == FROM_FILE_NAME:
            report.warn("agency_from_file_name", f"the text names no agency; {title.agency!r} taken from the file name")
        if title.agency_disputed:
            where, name, line = title.agency_disputed
            report.warn("agency_disputed", f"the title names {title.agency!r}, the {where.replace('_', ' ')} "
                        f"{name!r}; the title's name is kept", line or title_line)
    else:
        # readable figures are never lost for a missing name: the report keeps an agency of its own
        report.warn("agency_not_found", "no agency name in the title, beside it, in an index block, the text, the "
                    "signature or the file name; the agency is unknown", title_line)
    if title.year_from == "body":
        report.warn("year_from_body", f"no year in the title; {year} read from the report's statistical period")

    # the sentences outside the tables, read by reading line: a crawled page holds its overview, its
    # tables and the sections after them on one line, of which only the tables' pieces are skipped
    narrative = narrative_cells(reading_texts, list(sections.values()))
    crawled_line_unfolded = reading_texts is not lines  # then reading lines and lines no longer match
    if crawled_line_unfolded:
        for cell in narrative:  # cells of its own, built just now
            cell.line = reading[cell.line - 1].number
    if not sections:  # a title was found: the figures may be in its sentences
        if not narrative:
            return quarantine(report, "not_a_report", "no disclosure tables and no disclosure figures in the text", title_line)
        return _as_narrative(report, narrative, lines)

    warnings_before_tables = len(report.warnings)
    template, template_source = detect_template(reading_texts, sections, year)
    report.template, report.template_source = template, template_source
    if template_source == "year":
        report.warn("template_from_year", f"table headers do not name the template; {template} assumed from the year {year}")
    expected = "2019" if year <= 2020 else "2021"
    if template != expected:
        report.warn("template_mismatch", f"a {year} report uses the {template} template (expected {expected})")
    report.narrative_figures = narrative

    # pages where poppler set the figures' columns (page_order.py): pdftotext's form feeds, in text showing
    # none of an OCR's traits (tesseract puts form feeds between pages too)
    ocr = reads_as_ocr(lines)  # one scan of the text, for the pages' maker here and the OCR re-read below
    paged = "\f" in text  # a PDF's text (pdftotext, or an OCR's): form feeds between its pages
    poppler_pages = paged and not ocr
    application_rows = build_rows(reading, *sections["applications"], labels_apart=True, signed=False) \
        if "applications" in sections else []
    unproven_lines: set[int] = set()  # table 2's rows whose columns are the template's guess
    found_for_table_2 = None  # table 3's rows page_blanks found, which read_applications takes
    if "disclosures" in sections:
        # a template with no signed column (2021): a `-` before a figure is a blank cell printed `-`
        signed = any(m in L.SIGNED_METRICS for columns in L.TEMPLATE_DISCLOSURE_COLUMNS.get(template, {}).values()
                     for m in columns)
        # a change's sign and a count's measure word printed as words of their own (signs.py)
        table2_lines, table2_end = words_onto_figures(reading, *sections["disclosures"], signs=signed)
        disclosure_rows = build_rows(table2_lines, sections["disclosures"][0], table2_end, labels_apart=True,
                                     signed=signed)
        blanks, found_for_table_2 = page_blanks(application_rows, template)
        # blocks printed as grids, one delimited cell a column (grid_table.py): read as printed, none unproven (a
        # page's break among them too: each row is whole on its line, which the full reader's page rules leave be)
        if not read_grid_disclosures(report, disclosure_rows, template):
            unproven_lines = read_disclosures(report, disclosure_rows, template, previous, text, blanks, poppler_pages)
        report.tables_found.append("disclosures")
    else:
        report.warn("missing_table", "table disclosures not found")
    reviews_reading = reading  # the lines table 4 is read from
    cut_blank_totals = CutTotals()  # totals cut off the page over blank parts (blank_totals.py)
    if "applications" in sections:
        # table 3 in column chunks may run on past table 4's heading (pdftotext without -layout)
        heading = sections["applications"][1]
        heading_is_table_4s = sections.get("reviews", (None,))[0] == heading
        first, past = figures_past_the_heading(reading_texts, heading).marked if heading_is_table_4s \
            else (heading, heading)
        # the same run with thousands grouped (`1,040`), for table 3's blocks of a band of rows (column_blocks.py)
        wide_first, wide_past = figure_lines_past(reading_texts, heading, sections["applications"][0]) \
            if heading_is_table_4s and paged else (heading, heading)
        table_4_texts = reading_texts[slice(*sections["reviews"])] if "reviews" in sections else ()
        page_starts = [line.number for line in reading[slice(*sections["applications"])] if "\f" in line.text] \
            if paged else []

        def read_table_3(into: ParsedReport, rows: list[Row], found_for_table_2: FoundTable3 | None,
                         cut_totals: CutTotals, header_rules: HeaderRules) -> int:
            # rows are built for each reading: a reading marks the rows it reads
            return read_applications(
                into, rows, template,
                build_rows(reading, first, past, labels_apart=True, signed=False) if past > first else [],
                pdf_text=paged, poppler_pages=poppler_pages, found_for_table_2=found_for_table_2,
                cells_known=cells_known,
                wide_past_the_heading=build_rows(reading, wide_first, wide_past, labels_apart=True, signed=False)
                if wide_past > wide_first else [],
                cut_blank_totals=cut_totals, table_4_texts=table_4_texts, header_rules=header_rules,
                page_starts=page_starts)

        header_rules = HeaderRules()
        cells_before, warnings_before, invalid_before = len(report.cells), len(report.warnings), \
            len(report.invalid_cells)
        # a grid of one delimited cell a column, every row on its line (grid_table.py): read as printed; else in full
        took = False if past <= first and wide_past <= wide_first \
            and read_grid_applications(report, application_rows, template) \
            else read_table_3(report, application_rows, found_for_table_2, cut_blank_totals, header_rules)
        if header_rules.read_otherwise:
            # the narrow header's rules read the table otherwise: read it again with them, on rows built anew,
            # and take the cells they prove where the readings agree (header_readings.py)
            ruled = copy(report)
            # its own lists (a reading appends to them), as they stood before table 3
            ruled.cells, ruled.warnings, ruled.invalid_cells = report.cells[:cells_before], \
                report.warnings[:warnings_before], report.invalid_cells[:invalid_before]
            rows_again = build_rows(reading, *sections["applications"], labels_apart=True, signed=False)
            took_ruled = read_table_3(ruled, rows_again, page_blanks(rows_again, template)[1]
                                      if found_for_table_2 is not None else None, CutTotals(), HeaderRules(taken=True))
            if took_ruled == took and (taken := readings_joined(report, ruled, cells_before)):
                report.warn("cells_recovered", f"table 3: {taken} cells proven by the narrow header's rules (the "
                            "header above a first row built anew, figures a glyph off their header words), which "
                            "the reading without them leaves unknown and never reads otherwise; marked as read")
        if took == TOOK_WIDE_PAST:
            first, past = wide_first, wide_past
        if took:
            reviews_reading = [*reading[:first], *reading[past:]]  # those figures are no longer table 4's
        report.tables_found.append("applications")
    else:
        report.warn("missing_table", "table applications not found")
    if "reviews" in sections:
        start, end = sections["reviews"]
        end -= len(reading) - len(reviews_reading)
        # the table's last figures written past the next section's heading (pdftotext without -layout)
        texts = [line.text for line in reviews_reading] if reviews_reading is not reading else reading_texts
        past_heading = figures_past_the_heading(texts, end) if end < len(reviews_reading) else None
        first, past = past_heading.figures if past_heading else (end, end)
        # lines of blank marks, or of several items (`无 2`), may follow: the table's only where they make its count
        marked_first, marked_past = past_heading.marked if past_heading else (end, end)
        marked_first = past if past > first else marked_first
        past_the_heading = build_rows(reviews_reading, marked_first, marked_past, labels_apart=True, signed=False) \
            if marked_past > marked_first else []
        # figures past the heading after a table that ends on its header's words: it is not known to be blank
        after_header = past_heading is not None and len(set(past_heading.figures_after_any_end)) > 1
        table_and_after = reviews_reading
        if past > first:  # the heading taken out, its figures read as the table's
            table_and_after = [*reviews_reading[:end], *reviews_reading[first:past]]
            end += past - first
        review_rows = build_rows(table_and_after, start, end, signed=False)
        # its one row a grid of one delimited cell a column, no figure past the heading (grid_table.py): as printed
        if past_the_heading or after_header or past > first or not read_grid_reviews(report, review_rows):
            # no figures alone past the heading: the table's last proceeding, its name and header words among its
            # figures, may stand there (plain pdftotext)
            continued = proceeding_past_the_heading(texts, end) if past == first and end < len(reviews_reading) \
                else None
            read_reviews(report, review_rows, past_the_heading, after_header, poppler_pages=poppler_pages,
                         cells_known=cells_known, cut_blank_totals=cut_blank_totals,
                         continued=build_rows(reviews_reading, *continued, signed=False) if continued else ())
        report.tables_found.append("reviews")
    else:
        report.warn("missing_table", "table reviews not found")
    settle_cut_totals_of_blank_parts(report, cut_blank_totals, empty=cells_known, placed=cut_blank_totals.placed)
    if PERHAPS_CUT in text:  # a PDF's figures the page's edge may cut (pdf.py): read where the rules give them
        read_cut_heads(report)

    short_rows = lines_collapsed(report, application_rows) if "applications" in report.tables_found else None
    if short_rows:
        # a crawl that dropped each line equal to the one before it: short rows are runs of equal cells
        expand_applications(report, short_rows, template)
        if "disclosures" in report.tables_found:
            expand_disclosures(report, disclosure_rows, unproven_lines, previous, text)
        if "reviews" in report.tables_found:
            expand_reviews(report, review_rows)
    elif "applications" in report.tables_found and _unknown_in_tables_3_and_4(report) and \
            (long_rows := figures_wrapped(report, application_rows, template)) is not None:
        # one cell a line, every cell printed: a row of more lines than columns holds figures wrapped over lines
        if long_rows:
            expand_applications(report, long_rows, template, wrapped=True)
        if "reviews" in report.tables_found:
            expand_wrapped_reviews(report, review_rows)

    if not any(map(_LINE_OF, report.cells)):  # None: no row; 0: a row of no cells (a heading)
        # headings only (`四、政府信息公开行政复议、行政诉讼情况` over a paragraph): no row of any table was
        # found, so the report is narrative and its sentences, headed sections included, hold the figures
        everywhere = narrative_cells(lines, [])
        if everywhere:
            del report.warnings[warnings_before_tables:]
            report.cells, report.tables_found, report.narrative_figures = [], [], []
            return _as_narrative(report, everywhere, lines)

    unknown_where_bytes_were_lost(report, lines)
    read_ocr_text_again(report, lines, ocr, application_rows,
                        letters=not ocr and (reads_digits_as_letters(lines) or reads_rulings_as_glyphs(lines)))
    incomplete = len(report.tables_found) < 3 or UNKNOWN in map(_STATE_OF, report.cells)
    report.status = PARTIAL if incomplete else PARSED
    return report


def _unknown_in_tables_3_and_4(report: ParsedReport) -> bool:
    """Whether the reader left a cell of table 3 or 4 unknown: only such a row may hold figures wrapped
    over lines (most reports are read whole, and are not looked at again)."""
    return any(map(ne, report.tables_of_unknown_cells(), repeat("disclosures")))


def unknown_where_bytes_were_lost(report: ParsedReport, lines: list[str]) -> None:
    """Bytes no encoding could read became U+FFFD (formats.decode_text, HTML pages), as did a figure a
    PDF's crop box cuts (pdf.cut_by_the_box): a figure on such a line may have lost a digit, so every
    figure read from it is unknown, never a value."""
    if not any(map(contains, lines, repeat(UNDECODABLE))):
        return  # most texts: one C-level pass over the lines says so
    damaged = {number for number, line in enumerate(lines, 1) if UNDECODABLE in line}
    touched = [c for c in (*report.cells, *report.narrative_figures) if c.line in damaged and c.state != UNKNOWN]
    for cell in touched:
        cell.value, cell.state = None, UNKNOWN
    report.narrative_figures = [c for c in report.narrative_figures if c.state != UNKNOWN]
    shown = ", ".join(str(n) for n in sorted(damaged)[:10]) + (" …" if len(damaged) > 10 else "")
    report.warn("undecodable_bytes", f"{sum(line.count(UNDECODABLE) for line in lines)} character(s) could not be "
                f"read (U+FFFD: bytes no encoding decoded, or a figure a PDF's crop box cuts) on line(s) {shown}; "
                f"the {len(touched)} figure(s) read there are unknown",
                min(damaged))


def _as_narrative(report: ParsedReport, narrative: list[Cell], lines: list[str]) -> ParsedReport:
    report.template, report.template_source, report.status = "narrative", "narrative", NARRATIVE_STATUS
    report.cells.extend(narrative)
    report.warn("narrative_only", "no tables: figures taken from sentences", None)
    unknown_where_bytes_were_lost(report, lines)
    return report


def narrative_cells(lines: list[str], skip: list[tuple[int, int]]) -> list[Cell]:
    """The figures stated in sentences (narrative.py), as cells in the `narrative` state."""
    return [Cell(f.table, f.row, f.column, f.value, NARRATIVE, f.line, f.as_written) for f in read_narrative(lines, skip)]


# formats whose reader sets a tab at each table cell's bounds (a PDF's ruled grid, HTML, DOCX): no tab lost
CELLS_KNOWN = (PDF, HTML, DOCX)


def parse_bytes(data: bytes, source: str, ocr: bool = True, previous: dict | None = None) -> ParsedReport:
    """`ocr` off: scans and images are quarantined (image_only/image_only_pdf) instead of read."""
    sha256 = hashlib.sha256(data).hexdigest()
    try:
        extracted = extract(data, ocr=ocr)
    except FormatProblem as problem:
        return quarantine(ParsedReport(source, sha256, len(data)), problem.code, str(problem))
    # a PDF's ruled grid (not an OCR's), HTML and DOCX set a tab at each cell's bounds: none was lost
    cells_known = extracted.format in CELLS_KNOWN and extracted.confidence is None
    report = parse_text(extracted.text, source, sha256=sha256, size_bytes=len(data), encoding=extracted.encoding,
                        previous=previous, cells_known=cells_known)
    report.format = extracted.format
    if extracted.confidence is not None:
        from .ocr import verify_ocr_cells

        verify_ocr_cells(report, extracted.confidence)
    return report


def parse_file(path: str | Path, ocr: bool = True, previous: dict | None = None) -> ParsedReport:
    path = Path(path)
    try:
        data = path.read_bytes()
    except OSError as error:
        return quarantine(ParsedReport(str(path), "", 0), "unreadable", f"cannot read the file: {error}")
    return parse_bytes(data, str(path), ocr=ocr, previous=previous)


def needs_last_year(report: ParsedReport) -> bool:
    """A report whose table 2 has cells the text left unknown: its agency's previous report may
    settle them (disclosure_table.carry_over_rule)."""
    return report.agency is not None and report.year is not None and \
        any(c.table == "disclosures" and c.state == UNKNOWN for c in report.cells)


def reread_with_last_year(reports: dict[K, ParsedReport], reread: Callable[[K, dict], ParsedReport]) -> None:
    """Read again, in year order, each report that `needs_last_year` and whose agency's report of the
    year before is among `reports`, giving `reread(key, previous record)` that record (itself read
    again first, when it needed to be). One pass over a dict by (agency, year): no pair is compared."""
    by_agency_year = {(r.agency, r.year): key for key, r in reports.items() if r.agency and r.year}
    for key in sorted(reports, key=lambda k: reports[k].year or 0):
        report = reports[key]
        previous = by_agency_year.get((report.agency, (report.year or 0) - 1))
        if previous is not None and needs_last_year(report):
            reports[key] = reread(key, reports[previous].to_dict())


def extracted_text(path: str | Path) -> str:
    """The text the parser works from (what `gdw parse --text` prints). Raises FormatProblem."""
    return extract(Path(path).read_bytes()).text
