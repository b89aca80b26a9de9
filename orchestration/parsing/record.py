"""The record one parse produces: the report, its cells with their states, and its warnings."""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal

from .cells import UNKNOWN, to_json_number

PARSER_VERSION = "3.13.1"  # 3.13.1 (review of 3.13): a unit alone right after a bare amount is its unit, a header unit not known leaves the column unknown, 2019 header words without their 量; a collapsed short row keeping no sum unknown, never read in order; a year cut over lines after section five never table 4's; recovered cells carry their own figure's text and line; searches bounded before they enumerate; 3.13: a crawl that drops each line equal to the one before it read as runs of equal cells where table 3 shows it, settled by the template's arithmetic; an amount column's unit printed in its header; a year cut over lines after section five not taken as table 4's; plain pdftotext of Chromium PDFs: chunks written out of order (totals recovered), two columns beside each label, rows out of order found by the column rules, short rows of blank marks unknown; -raw wide figures wrapped a piece a line and lines of blank marks; -layout stacked wide digits shared out by the sums; a cut total over zeros and blanks unknown; faster line passes; 3.12: -layout figures placed by position only under a column whose header position is proven (a narrow table's header packed one space after other words proves none) and where they stand clearly nearer one header or start where its word starts, else by the rules alone or unknown; a row found for two template rows read for the one whose label stands on it; table 2 opening at a heading its PDF scrambled; row classes kept as rows are built; 3.11: table 2 of crawls settled by the report's sentences (lists of items, fillers, decisions), the 2019 template's change and total-published bounds and a clause stating both a procurement count and amount; PDF text: figures wrapped, centred or cut in narrow columns unknown (never their last digits), a line's digits never split as cells run together, -raw rows printing the same few figures give every total; faster text paths and DOCX and PDF readers; 3.10: PDF-to-markdown converters (markitdown, pymupdf4llm: labels parted from figures, merged columns, `<br>` labels, repeated merged labels), blanks never seen are unknown, OCR noise (rulings read as 1, look-alike digits, 〈 for （, leading-zero counts unknown), crawls with blank 总计 outcome rows, labels lost between placed rows, -layout headings on a figure line and later pages under a cut header, plain pdftotext rows printed as blocks, a first column beside the labels, narrow column chunks; 3.9: -layout pages without table 3's header read by their own columns (page_columns), a table 4 header one character per line, plain pdftotext chunkings settled by the column rules and a total column after the table, links and pandoc markdown tables, light-grey rules and unread ink in scans; 3.8: plain pdftotext (table 4 past the next heading and in one row, table 3 total column written apart), totals cut at the page edge recovered as their parts' sum, amounts with bracketed units, faster -layout label matching; 3.7: pdftotext plain (figures and marks word by word, column blocks, table 4 among its header lines), -raw (spaced rows with 无, wrapped labels' figure lines, cut tables), -layout (narrow headers, （六）1 wrapped round its figures, torn sub-row numbers), PDFs from more producers (rows cut by page breaks, repeated header lines, cut columns read where nothing can be lost), crawls (a count run into an amount, narrative compared with the tables); 3.6: tables written column by column in chunks (pdftotext without -layout), tool-made PDF text (stacked wide digits unknown, one-space marks and units, page-opening figure lines, table 4 cut at the edge, one-character header words); 3.5: PDFs made by other tools (LibreOffice tables cut at the page edge, page-opening header lines, blank marks after a label, wrapped article headings), faster line and table paths; 3.4: text browser dumps, cut totals and cut header columns, page-cut PDF rows, crawled blanks settled by the page's table 3, faster text and PDF paths; 3.3: other tools' renditions (labels apart from figures, pandoc markdown, table 4 per proceeding, one-space columns), narrow-column headers, faster DOCX/HTML/PDF readers; 3.2: tables solved jointly in crawls, converters' layouts (wrapped labels, split tables, marked blanks), memoised per layout; 3.1: crawl evidence (sentences, last year), more layouts, pypdfium2 PDFs; 3.0: template-anchored reader

PARSED, PARTIAL, NARRATIVE_STATUS, QUARANTINED = "parsed", "partial", "narrative", "quarantined"


@dataclass(slots=True)  # a report holds hundreds: slots make them cheaper to build
class Cell:
    table: str  # 'disclosures' | 'applications' | 'reviews'
    row: str  # item / row / proceeding
    column: str  # metric / applicant / outcome
    value: Decimal | None
    state: str  # value | blank | unknown | narrative | recovered
    line: int | None
    as_written: str | None = None
    unit_assumed: bool = False
    ocr_confidence: float | None = None  # a cell read by OCR: the recogniser's score (0–1) of its text


@dataclass
class Warning_:
    code: str
    message: str
    line: int | None = None

    def to_dict(self) -> dict:
        return {"code": self.code, "message": self.message, "line": self.line}


@dataclass
class ParsedReport:
    source: str
    sha256: str
    size_bytes: int
    encoding: str | None = None
    format: str = "text"  # text | html | docx | pdf (formats.py)
    agency: str | None = None
    agency_as_written: str | None = None
    year: int | None = None
    template: str | None = None
    template_source: str | None = None
    status: str = PARSED
    cells: list[Cell] = field(default_factory=list)
    narrative_figures: list[Cell] = field(default_factory=list)
    invalid_cells: list[Cell] = field(default_factory=list)  # not-a-clean-count cells, for NON_NEGATIVE
    tables_found: list[str] = field(default_factory=list)
    warnings: list[Warning_] = field(default_factory=list)
    text_lines: int = 0

    @property
    def report_id(self) -> str:
        return self.sha256[:16]

    def warn(self, code: str, message: str, line: int | None = None) -> None:
        self.warnings.append(Warning_(code, message, line))

    def cells_of(self, table: str) -> list[Cell]:
        return [c for c in self.cells if c.table == table]

    def matrix(self, table: str) -> dict[str, dict[str, Cell]]:
        result: dict[str, dict[str, Cell]] = {}
        for cell in self.cells_of(table):
            result.setdefault(cell.row, {})[cell.column] = cell
        return result

    def to_dict(self) -> dict:
        """The parser output of SPEC.md, plus `cells` (every cell with its state) and extras."""
        disclosures = [
            {
                "item": c.row,
                "metric": c.column,
                "value": to_json_number(c.value),
                "line": c.line,
                "cell_state": c.state,
                **({"as_written": c.as_written} if c.as_written is not None else {}),
                **({"unit_assumed": True} if c.unit_assumed else {}),
                **({"ocr_confidence": c.ocr_confidence} if c.ocr_confidence is not None else {}),
            }
            for c in self.cells_of("disclosures")
        ]
        tables = {
            table: {
                row: {column: to_json_number(cell.value) for column, cell in columns.items()}
                for row, columns in self.matrix(table).items()
            }
            for table in ("applications", "reviews")
        }
        unknown = [[c.row, c.column] for c in self.cells if c.state == UNKNOWN and c.table != "disclosures"]
        return {
            "source": self.source,
            "sha256": self.sha256,
            "agency": self.agency,
            "year": self.year,
            "template": self.template,
            "status": self.status,
            "disclosures": disclosures,
            "applications": tables["applications"],
            "reviews": tables["reviews"],
            "unknown_cells": unknown,
            "warnings": [w.to_dict() for w in self.warnings],
            "report_id": self.report_id,
            "agency_as_written": self.agency_as_written,
            "encoding": self.encoding,
            "format": self.format,
            "template_source": self.template_source,
            "parser_version": PARSER_VERSION,
            "cells": [
                {
                    "table": c.table,
                    "row": c.row,
                    "column": c.column,
                    "value": to_json_number(c.value),
                    "state": c.state,
                    "line": c.line,
                    **({"ocr_confidence": c.ocr_confidence} if c.ocr_confidence is not None else {}),
                }
                for c in self.cells
                if c.table != "disclosures"
            ],
            "narrative_figures": [
                {"table": c.table, "row": c.row, "column": c.column, "value": to_json_number(c.value), "line": c.line}
                for c in self.narrative_figures
            ],
        }


def quarantine(report: ParsedReport, code: str, message: str, line: int | None = None) -> ParsedReport:
    report.status = QUARANTINED
    report.cells = []
    report.warn(code, f"{report.source}: {message}", line)
    return report
