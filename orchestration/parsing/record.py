"""The record one parse produces: the report, its cells with their states, and its warnings."""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal

from .cells import UNKNOWN, to_json_number

PARSER_VERSION = "3.22.0"  # 3.22: markitdown full-width totals wrapped round their pipe row, fee amounts glued to their label, figure lines inside a wrapped label (past a group heading's piece too), short pipe rows beside merged cells unknown, 自 然 headers before a cut total; -layout stacked totals beside a full row, rows short of a printed total placed by the column rules; word processors' figures wrapped a piece a line unknown; table 4 with two columns one space apart; tesseract text (mark lines, misread headings, blank-mark tables, letters for digits); crawled numbering with indents never a figure; a header repeated atop a later page no row's label; tables.py split by table; 3.21: markitdown figures wrapped round their row joined where they fill its empty columns and keep its sum, table 2 read under the header row's pipe cells, rows two labels claim unknown; -raw rows in content-stream order (amounts with their currency first, one-column amounts wrapped after the label, a label's cells on the line after it, figures between bare labels the label above's); -layout short rows printing no total read from their printed figures, a figure-less row alone on its line among other rows' own lines blank; LibreOffice PDF empty cut cells of figures set left of centre, table 4 placed by header words and line start together; plain table 4 after table 3's last chunk; one-cell-a-line rows closed by one empty line, a figure midway between two headers unplaced; 3.20: LibreOffice -layout cells wrapped round their row's line (a figure cut in its thousands, a cut total's glyphs) and unproven wraps unknown, a cut column read page by page in the PDF reader, table 4 cut after its 14th grid column, markitdown cut totals recovered as their parts' sum, figures glued to the label, the page's gap as no column, plain pdftotext's wrapped first column beside the labels and totals set after the blocks, figures parted by an empty line unknown, -layout figure lines inside a wrapped label, stacked figures round a label-less line, numbering alone on a line; 3.19: plain pdftotext column chunks fitted to the text's lines (blocks of two columns weighed), full-width figures wrapped in pieces in column blocks, -layout label tails two rows share and labels above their first line unknown, -raw figures wrapped inside their thousands, LibreOffice -layout cut total under its cut name; 3.18: LibreOffice cut totals over blank parts recovered in the page's form (recovered blank), cut totals checked as the page prints figures, plain pdftotext column blocks of wide tables and zero chunks, markitdown merged figure cells and short rows, -layout table 4 from the left edge, speed; 3.17: LibreOffice -layout cut totals read by their order, markitdown pipe columns proven by other rows, crossed -layout rows unknown, plain pdftotext chunks with unprinted blanks and totals set first, rows printing blank marks short of their columns unknown; 3.16: amounts wrapped in pieces read as labels, LibreOffice PDF wide figures and cut columns, margin headings of sub-rows, stacked digits and unproven chunk cells unknown, block-start bounds in -layout; 3.15: Chromium -raw/-layout wrapped figures and short rows, LibreOffice's cut column past the page edge, wrapped table 2 amounts, figures before their label (pdfplumber), speed of aligned text; 3.14: crawled figures wrapped over lines, table 2 sign/measure words and printed headers, pdftotext -layout page order (poppler's rules), table 4 in -layout, OCR rulings and lost figures; 3.13.1 (review of 3.13): a unit alone right after a bare amount is its unit, a header unit not known leaves the column unknown, 2019 header words without their 量; a collapsed short row keeping no sum unknown, never read

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

    def cells_by_row(self, table: str) -> dict[str, list[Cell]]:
        """The table's cells grouped by row, rows and cells in the order the reader wrote them."""
        result: dict[str, list[Cell]] = {}
        for cell in self.cells:
            if cell.table == table:
                result.setdefault(cell.row, []).append(cell)
        return result

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
