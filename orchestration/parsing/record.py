"""The record one parse produces: the report, its cells with their states, and its warnings."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from decimal import Decimal
from itertools import compress, repeat
from operator import attrgetter, eq

from .cells import UNKNOWN, to_json_number

PARSER_VERSION = "3.49.0"  # what each version changed: README, the parser accuracy table and its "Since 3.x" notes

_TABLE_OF, _STATE_OF = attrgetter("table"), attrgetter("state")

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

    def tables_of_unknown_cells(self) -> Iterator[str]:
        """The table of each unknown cell, in cell order, lazily and at C level: the passes after the tables are
        read ask every report whether a table holds one (`in`, `any`: they stop at the first), and most reports
        hold none in the tables they ask of, so every cell is passed over."""
        return compress(map(_TABLE_OF, self.cells), map(eq, map(_STATE_OF, self.cells), repeat(UNKNOWN)))

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
