"""Parse one annual report (as text) into the record of SPEC.md.

The text arrives in many shapes (tab-separated rows with gaps left by merged labels, one cell per
line, pipe rows padded to the table width). All of them are first turned into *rows*: a list of
cells, each with its source line. The tables are then read from rows by meaning: a row's label is
matched to a canonical key, and its values are laid onto the template's columns without guessing.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, field
from decimal import Decimal
from itertools import pairwise
from pathlib import Path

from orchestration.parsing.narrative import read_narrative
from orchestration.parsing.title import FROM_FILE_NAME, normalise_agency, read_title

from . import labels as L
from . import recovery as R
from .cells import (
    BLANK,
    NARRATIVE,
    RECOVERED,
    RUN_TOGETHER_RE,
    UNKNOWN,
    VALUE,
    CellRead,
    clean_cell_text,
    display_width,
    looks_like_value,
    read_amount_wan_yuan,
    read_count,
    to_json_number,
)
from .formats import FormatProblem, extract, is_page_number

PARSER_VERSION = "2.0.0"  # 2.0: HTML/DOCX/PDF, aligned and markdown text, recovered cells

PARSED, PARTIAL, NARRATIVE_STATUS, QUARANTINED = "parsed", "partial", "narrative", "quarantined"


# ---------------------------------------------------------------- the record


@dataclass
class Cell:
    table: str  # 'disclosures' | 'applications' | 'reviews'
    row: str  # item / row / proceeding
    column: str  # metric / applicant / outcome
    value: Decimal | None
    state: str  # value | blank | unknown | narrative | recovered
    line: int | None
    as_written: str | None = None
    unit_assumed: bool = False


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
                }
                for c in self.cells
                if c.table != "disclosures"
            ],
            "narrative_figures": [
                {"table": c.table, "row": c.row, "column": c.column, "value": to_json_number(c.value), "line": c.line}
                for c in self.narrative_figures
            ],
        }


# ---------------------------------------------------------------- text


def split_lines(text: str) -> list[str]:
    # Only \n separates lines, so `line` numbers match `sed -n Np` and editors.
    return text.replace("\r\n", "\n").replace("\r", "\n").split("\n")


# ---------------------------------------------------------------- rows


@dataclass
class RawCell:
    text: str
    line: int
    x: float | None = None  # aligned text: the display column of the cell's centre

    @property
    def is_value(self) -> bool:
        return looks_like_value(self.text)

    @property
    def is_empty(self) -> bool:
        return clean_cell_text(self.text) == ""


@dataclass
class Row:
    cells: list[RawCell]
    padded: bool = False  # pipe rows: trailing empty cells are padding, not blank cells
    aligned: bool = False  # columns aligned by spaces: a cell's column is where it stands
    short_by: int = 0  # markdown: cells fewer than the table's `|---|` line has

    @property
    def line(self) -> int:
        return self.cells[0].line if self.cells else 0

    def label_cells(self) -> list[RawCell]:
        return [c for c in self.cells if not c.is_value]

    @property
    def label(self) -> str:
        return "".join(c.text for c in self.label_cells())

    def values(self) -> list[RawCell]:
        """The cells after the last label cell."""
        last_label = max((i for i, c in enumerate(self.cells) if not c.is_value), default=-1)
        values = self.cells[last_label + 1 :]
        if self.padded:
            while values and values[-1].is_empty:
                values = values[:-1]
        return values

    def has_figures(self) -> bool:
        return any(c.is_value and not c.is_empty for c in self.cells)


def is_page_furniture(line: str) -> bool:
    """A page number (`— 3 —`, `第 3 页`) or a line opening a new page (a form feed, as
    `pdftotext` writes it, followed by the running header)."""
    return is_page_number(line) or (line.startswith("\f") and "\t" not in line and "  " not in line.strip())


_MARKDOWN_RULE_RE = re.compile(r"^\s*:?-{3,}:?\s*$")


def _is_markdown_rule(line: str) -> bool:
    """`|---|:---:|`, the line under a markdown table's header (not a row of `-` blanks)."""
    cells = [c for c in line.strip().strip("|").split("|")]
    return "|" in line and all(_MARKDOWN_RULE_RE.match(c) for c in cells)


def _markdown_cells(line: str) -> int | None:
    line = line.strip()
    return len(line[1:-1].split("|")) if len(line) > 1 and line.startswith("|") and line.endswith("|") else None


def _markdown_row(lines: list[str], index: int, end: int, width: int | None) -> tuple[str, int]:
    """(the line, the index after it), joining a markdown row that a line break cut in two: when
    the first line is unfinished (`| a | b` + `c |`) or the second is no row on its own (`c | d |`);
    two lines that each look like a row (`| a |` + `| b |`) only when together they are exactly as
    wide as the table's `|---|` line says."""
    raw = lines[index].strip()
    if not raw.startswith("|") or index + 1 >= end:
        return lines[index], index + 1
    following = lines[index + 1].strip()
    if not following.endswith("|") or _is_markdown_rule(following):
        return lines[index], index + 1
    joined = raw + following
    if not following.startswith("|") or not raw.endswith("|"):
        return joined, index + 2  # a row unfinished, or a line that is no row on its own: one row
    if width is not None and _markdown_cells(raw) != width:
        # `| a |` + `| b |`: the break fell inside an empty cell (`||`) or on a separator
        for candidate in (joined, raw + following[1:]):
            if _markdown_cells(candidate) == width:
                return candidate, index + 2
    return lines[index], index + 1


def build_rows(lines: list[str], start: int, end: int) -> list[Row]:
    """Turn lines[start:end] into rows, whatever the layout.

    A line with several tab- or pipe-separated cells is a row. A line with a single cell (one cell
    per line, usually behind a leading tab) adds that cell to the current row; a label arriving
    after values, or a blank line, starts a new row.
    """
    if _is_aligned(lines, start, end):
        return [Row(_aligned_cells(lines[i], i + 1), aligned=True) for i in range(start, end)
                if lines[i].strip() and not is_page_furniture(lines[i])]
    rows: list[Row] = []
    current: list[RawCell] = []

    def flush() -> None:
        nonlocal current
        if current:
            rows.append(Row(current))
        current = []

    skip_to = start
    markdown_width: int | None = None
    for index in range(start, end):
        if index < skip_to:
            continue
        line_no = index + 1
        stripped = lines[index].strip()
        if stripped.startswith("|") and _is_markdown_rule(stripped):
            markdown_width = _markdown_cells(stripped)
        raw, skip_to = _markdown_row(lines, index, end, markdown_width)
        if is_page_furniture(raw):
            continue  # `— 3 —` or a running header where a page broke the table
        stripped = raw.strip()
        if "\t" in raw:
            parts = raw.split("\t")
            padded = False
        elif stripped.startswith("|") and stripped.endswith("|") and len(stripped) > 1:
            parts = stripped[1:-1].split("|")  # a markdown row: as wide as its table
            padded = False
        elif "|" in raw:
            parts = raw.strip().split("|")
            if parts and parts[0].strip() == "" and raw.strip().startswith("|"):
                parts = parts[1:]
            padded = True
        else:
            parts = [raw]
            padded = False
        if len(parts) == 1 or (len(parts) == 2 and parts[0].strip() == ""):
            text = parts[-1]
            if raw.strip() == "" and "\t" not in raw:
                flush()
                continue
            cell = RawCell(text, line_no)
            if current and not cell.is_value and any(c.is_value and not c.is_empty for c in current):
                flush()
            current.append(cell)
            continue
        flush()
        if _is_markdown_rule(raw):  # the line under a markdown header
            continue
        short_by = markdown_width - len(parts) if markdown_width and _markdown_cells(raw) else 0
        rows.append(Row([RawCell(p, line_no) for p in parts], padded=padded, short_by=max(short_by, 0)))
    flush()
    return rows


_ALIGNED_GAP_RE = re.compile(r"\S {2,}\S")
_ALIGNED_CELL_RE = re.compile(r"[^ \t\f]+(?: [^ \t\f]+)*")


def _is_aligned(lines: list[str], start: int, end: int) -> bool:
    """A table laid out with spaces (`pdftotext -layout`): no tabs or pipes, and its rows have
    gaps of two or more spaces between cells."""
    block = [line for line in lines[start:end] if line.strip()]
    if any("\t" in line or "|" in line for line in block):
        return False
    return sum(1 for line in block if _ALIGNED_GAP_RE.search(line)) >= 3


def _aligned_cells(raw: str, line_no: int) -> list[RawCell]:
    """Cells separated by two or more spaces, each with the display column of its centre."""
    raw = raw.replace("\u3000", "  ").lstrip("\f")
    cells = []
    column, end = 0, 0
    for match in _ALIGNED_CELL_RE.finditer(raw):
        column += match.start() - end  # the gap is spaces: one column each
        width = display_width(match.group())
        cells.append(RawCell(match.group(), line_no, column + width / 2))
        column, end = column + width, match.end()
    return cells


def place_by_position(values: list[RawCell], anchors: list[float]) -> tuple[list[RawCell | None], str | None]:
    """Aligned text: each figure goes to the column whose header it stands under; a column with no
    figure under it is blank (that is how an empty cell looks there). A cell of several figures
    (`2 0`: the gap between two cells shrank to one space) is split where its own spaces are. When
    a figure stands under no header, or two under one, nothing is placed: every cell is unknown."""
    if any(value.x is None for value in values):
        return [None] * len(anchors), "cells without positions"
    parts = _figure_parts(values)
    placed: list[RawCell | None] = [None] * len(anchors)
    for part in parts:
        column = _nearest(anchors, part.x)
        if column is None or placed[column] is not None:
            return [None] * len(anchors), f"{part.text.strip()!r} does not stand under one column of the header"
        placed[column] = part
    line = values[0].line if values else 0
    return [cell if cell is not None else RawCell("", line) for cell in placed], None


def _figure_parts(values: list[RawCell]) -> list[RawCell]:
    """The figures of aligned cells, a cell of several (`2 0`) split where its own spaces are; a
    cell with anything but figures in it (`万元 33.6`, `434.936 万元`) stays whole."""
    parts = []
    for value in values:
        if not all(_is_figure(token) for token in value.text.split()):
            parts.append(value)
            continue
        left = (value.x or 0) - display_width(value.text) / 2
        for match in re.finditer(r"\S+", value.text):
            start = left + display_width(value.text[: match.start()])
            parts.append(RawCell(match.group(), value.line, start + display_width(match.group()) / 2))
    return parts


def _is_figure(token: str) -> bool:
    return bool(re.fullmatch(r"[+-]?\d+(?:[.,]\d+)*", L.normalize_text(token)))


def _nearest(anchors: list[float], x: float) -> int | None:
    """The column whose header stands over x, if x is within half the narrowest column gap of it."""
    gaps = [b - a for a, b in pairwise(anchors)]
    tolerance = min(gaps) / 2 if gaps else float("inf")
    column = min(range(len(anchors)), key=lambda j: abs(anchors[j] - x))
    return column if abs(anchors[column] - x) < tolerance else None


def aligned_readings(values: list[RawCell], anchors: list[float]) -> list[R.Reading] | None:
    """Aligned text where a figure stands under no single header (the gap before it shrank): the
    figures that stand clearly under one column stay there; the others may take any free column
    between their neighbours, in order. Every such placement, as a reading of the row."""
    parts = _figure_parts(values)
    columns = [_nearest(anchors, p.x) for p in parts]
    claimed = [c for c in columns if c is not None]
    fixed = [c if c is not None and claimed.count(c) == 1 else None for c in columns]
    readings: list[R.Reading] = []

    def walk(index: int, lowest: int, placement: dict[int, RawCell]) -> None:
        if len(readings) > R.MAX_CANDIDATES:
            return
        if index == len(parts):
            cells = [read_count(placement[j].text) if j in placement else None for j in range(len(anchors))]
            if all(c is None or c.state != UNKNOWN for c in cells):
                readings.append(tuple(None if c is None else c.value for c in cells))
            return
        later_fixed = [c for c in fixed[index + 1 :] if c is not None]
        highest = min(later_fixed) - 1 if later_fixed else len(anchors) - 1
        options = [fixed[index]] if fixed[index] is not None else range(lowest, highest + 1)
        for column in options:
            if column >= lowest and column not in placement:
                walk(index + 1, column + 1, {**placement, column: parts[index]})

    walk(0, 0, {})
    return readings if len(readings) <= R.MAX_CANDIDATES else None


def fit_row(row: Row, values: list[RawCell], width: int, anchors: list[float] | None,
            trailing_first: bool = False) -> tuple[list, str | None, str]:
    """(cells, problem, warning code): by position under the header in aligned text, else in order."""
    if row.aligned and anchors is not None and len(anchors) == width:
        fitted, problem = place_by_position(values, anchors)
        return fitted, problem, "unaligned_cells"
    fitted, problem = fit_values(values, width, trailing_first)
    return fitted, problem, "short_row"


def fit_values(values: list[RawCell], width: int, trailing_first: bool = False) -> tuple[list[RawCell | None], str | None]:
    """Lay a row's value cells onto `width` template columns; None marks an unknown cell.

    More cells than columns: leading empties come from merged label cells and are dropped, then
    trailing empties (table 2, whose labels are one cell wide, pads at the end instead: there
    `trailing_first`). Fewer cells with any figure: the row is short; cells are read in order and
    the missing ones are unknown — never shifted to fill the gap by guessing.
    """
    if all(v.is_empty for v in values):
        line = values[0].line if values else None
        return [RawCell("", line or 0) for _ in range(width)], None
    values = list(values)
    ends = (-1, 0) if trailing_first else (0, -1)
    for end in ends:
        while len(values) > width and values[end].is_empty:
            values.pop(end)
    if len(values) > width:
        return [None] * width, f"{len(values)} cells where the template has {width}"
    if len(values) < width:
        return values + [None] * (width - len(values)), f"{len(values)} of {width} cells"
    return values, None


# ---------------------------------------------------------------- sections


def _squashed(lines: list[str]) -> list[str]:
    return [L.squash(line) for line in lines]


def find_sections(lines: list[str]) -> dict[str, tuple[int, int]]:
    """0-based [start, end) line ranges of tables 2, 3 and 4, where present."""
    sq = _squashed(lines)
    n = len(lines)

    def first(pred, after: int = 0) -> int | None:
        return next((i for i in range(after, n) if pred(i)), None)

    t2 = first(lambda i: sq[i].startswith("第二十条第"))
    t3 = first(
        lambda i: any(w in sq[i] for w in L.SECTION_HEADINGS["applications"]) and len(sq[i]) <= 25, after=t2 or 0
    )
    if t3 is None:
        t3 = first(lambda i: "勾稽关系" in lines[i] or "本年新收政府信息公开申请数量" in sq[i], after=t2 or 0)
    t4 = first(
        lambda i: ("行政复议" in sq[i] or "行政诉讼" in sq[i]) and len(sq[i]) <= 35 and "\t" not in lines[i]
        and not sq[i].startswith(("行政复议", "行政诉讼")),
        after=(t3 or t2 or 0) + 1,
    )
    if t4 is None and t3 is not None:
        t4 = first(lambda i: "尚未审结" in sq[i], after=t3 + 1)
        t4 = t4 - 1 if t4 is not None else None
    end = first(
        lambda i: any(w in sq[i] for w in L.SECTION_HEADINGS["problems"]) and len(sq[i]) <= 30,
        after=(t4 or t3 or t2 or 0) + 1,
    )
    end = n if end is None else end
    sections: dict[str, tuple[int, int]] = {}
    if t2 is not None:
        sections["disclosures"] = (t2, t3 if t3 is not None else (t4 if t4 is not None else end))
    if t3 is not None:
        sections["applications"] = (t3, t4 if t4 is not None else end)
    if t4 is not None:
        sections["reviews"] = (t4, end)
    return sections


# ---------------------------------------------------------------- agency and year

# The title, year and agency are read in orchestration/parsing/title.py.
_AGENCY_SUFFIX_RE = re.compile(r"(局|委员会|委|办公室|办|厅|政府|院|中心|署|会|部|所|站|队|处|馆|室)$")


_REGION_RE = re.compile(r"^(?P<province>.+?(?:省|自治区))?(?P<city>.+?(?:市|自治州|地区|盟))?(?P<county>.+?(?:区|县|旗|市))?")


def split_region(agency: str) -> tuple[str | None, str | None, str | None]:
    """Province, city and county as far as the agency name itself spells them out."""
    match = _REGION_RE.match(agency)
    if not match:
        return None, None, None
    parts = [match.group("province"), match.group("city"), match.group("county")]
    if parts[1] and parts[2] is None and parts[1].endswith("县"):
        parts = [parts[0], None, parts[1]]
    if parts[2] and _AGENCY_SUFFIX_RE.search(parts[2]) and not parts[2].endswith(("区", "县", "旗", "市")):
        parts[2] = None
    return parts[0], parts[1], parts[2]


# ---------------------------------------------------------------- template


def detect_template(lines: list[str], sections: dict[str, tuple[int, int]], year: int | None) -> tuple[str | None, str]:
    if not sections:
        return "narrative", "narrative"
    start = min(s for s, _ in sections.values())
    end = max(e for _, e in sections.values())
    block = "".join(_squashed(lines[start:end]))
    if any(m in block for m in L.TEMPLATE_2021_MARKERS) or "申请人无正当理由逾期不补正" in block:
        return "2021", "headers"
    if any(m in block for m in L.TEMPLATE_2019_MARKERS):
        return "2019", "headers"
    if year is not None:
        return ("2019" if year <= 2020 else "2021"), "year"
    return None, "none"


# ---------------------------------------------------------------- table 2


def _article_of(label: str) -> str | None:
    match = re.search(r"第二十条第[（(]?([一二三四五六七八九十]+)[）)]?项", L.normalize_text(label).replace(" ", ""))
    if not match:
        return None
    numerals = "一二三四五六七八九十"
    word = match.group(1)
    number = numerals.index(word) + 1 if len(word) == 1 else 10 + numerals.index(word[-1]) + 1
    return f"20({number})"


def _match_metrics(header: str) -> list[str]:
    """Metric keys in header order, longest labels first so `本年处理决定数量` wins over `处理决定数量`."""
    variants = sorted(
        ((v, key) for key, vs in L.DISCLOSURE_METRICS.items() for v in vs), key=lambda p: -len(p[0])
    )
    taken = [False] * len(header)
    found: list[tuple[int, str]] = []
    for variant, key in variants:
        start = header.find(variant)
        while start >= 0:
            if not any(taken[start : start + len(variant)]):
                taken[start : start + len(variant)] = [True] * len(variant)
                found.append((start, key))
                break
            start = header.find(variant, start + 1)
    return [key for _, key in sorted(found)]


def _item_of(label: str) -> str | None:
    squashed = L.squash(label)
    best = None
    for key, (_, variants, _templates) in L.DISCLOSURE_ITEMS.items():
        for variant in variants:
            if squashed.startswith(variant) and (best is None or len(variant) > best[0]):
                best = (len(variant), key)
    return best[1] if best else None


def _known_column_lists(article: str, template: str) -> list[list[str]]:
    lists = [list(L.TEMPLATE_DISCLOSURE_COLUMNS.get(template, {}).get(article, ()))]
    if template == "2019" and article in ("20(5)", "20(6)", "20(8)"):
        # some agencies add the 本年项目数量 column after 上一年项目数量
        lists.append([lists[0][0], "current_year_count", *lists[0][1:]])
    return [candidate for candidate in lists if candidate]


def _columns_for(article: str, header: list[str], values: list[RawCell], template: str) -> tuple[list[str], bool]:
    """The metric of each value column and whether the template had to complete the header.

    A header that names a known column list is taken as it is; a truncated one (`本年新 | 本年新`)
    is completed from the template list that contains what it names and has as many columns as
    the row has figures.
    """
    known = _known_column_lists(article, template)
    if header in known:
        return header, False
    filled = list(values)
    while filled and filled[-1].is_empty:
        filled.pop()
    fitting = [c for c in known if _is_subsequence(header, c)]
    for candidate in fitting:
        if len(candidate) == len(filled):
            return candidate, True
    if fitting and not header:
        return fitting[0], True
    return header, False


def _is_subsequence(short: list[str], long: list[str]) -> bool:
    it = iter(long)
    return all(any(x == y for y in it) for x in short)


def read_disclosures(report: ParsedReport, rows: list[Row], template: str) -> None:
    article: str | None = None
    header: list[str] = []
    columns: list[str] | None = None  # decided at the block's first item row
    seen: set[str] = set()
    positions: dict[str, float] = {}  # aligned text: where each metric's header stands
    for row in rows:
        label = row.label
        found_article = _article_of(label)
        if found_article:
            article, header, columns, positions = found_article, [], None, {}
            continue
        if article is None:
            continue
        if not row.has_figures() and _match_metrics(L.squash(label)):
            header = _match_metrics("".join(L.squash(c.text) for c in row.label_cells()))
            for cell in row.label_cells():
                named = _match_metrics(L.squash(cell.text))
                if cell.x is not None and len(named) == 1:
                    positions[named[0]] = cell.x
            continue
        item = _item_of(label)
        if item is None or item in seen:
            continue
        seen.add(item)
        values = row.values()
        if columns is None:
            columns, completed = _columns_for(article, header, values, template)
            if completed:
                report.warn("header_incomplete", f"table 2 {article}: the header names {header or 'nothing'}; "
                            f"columns {columns} taken from the {template} template", row.line)
        if not columns:
            report.warn("unreadable_header", f"table 2 {article}: cannot name the columns of {label.strip()!r}", row.line)
            continue
        anchors = [positions[m] for m in columns] if all(m in positions for m in columns) else None
        fitted, problem, code = fit_row(row, values, len(columns), anchors, trailing_first=True)
        if problem:
            report.warn(code, f"table 2 {item}: {problem}; missing cells are unknown", row.line)
        for metric, raw in zip(columns, fitted):
            report.cells.append(_disclosure_cell(report, item, metric, raw, row.line))


def _disclosure_cell(report: ParsedReport, item: str, metric: str, raw: RawCell | None, row_line: int) -> Cell:
    if raw is None:
        return Cell("disclosures", item, metric, None, UNKNOWN, row_line)
    if metric in L.AMOUNT_METRICS:
        read = read_amount_wan_yuan(raw.text, L.AMOUNT_UNIT_PRINTED.get(metric))
        if read.unit_assumed:
            report.warn("amount_unit_assumed", f"{item}.{metric}: {raw.text.strip()!r} has no unit; read as 万元", raw.line)
    else:
        read = read_count(raw.text, signed=metric in L.SIGNED_METRICS)
    return _to_cell(report, "disclosures", item, metric, read, raw)


def _to_cell(report: ParsedReport, table: str, row: str, column: str, read: CellRead, raw: RawCell) -> Cell:
    cell = Cell(table, row, column, read.value, read.state, raw.line, raw.text.strip(), read.unit_assumed)
    if read.problem:
        report.warn("unreadable_cell", f"{table} {row}.{column}: {read.problem}", raw.line)
        report.invalid_cells.append(cell)
    return cell


# ---------------------------------------------------------------- table 3


def _application_row_of(label: str, allowed: tuple[str, ...]) -> str | None:
    squashed = L.squash(label)
    best: tuple[int, str] | None = None
    for key in allowed:
        variants, _, _ = L.APPLICATION_ROWS[key]
        for variant in variants:
            if len(variant) <= 2:  # `总计`, `其他`: the whole leaf label, not a fragment of it
                hit = squashed.endswith(variant) and (key != "other_misc" or squashed in ("其他", "其他处理其他"))
            else:
                hit = variant in squashed
            if hit and (best is None or len(variant) > best[0]):
                best = (len(variant), key)
    return best[1] if best else None


def _applicant_of(text: str) -> str | None:
    squashed = L.squash(text)
    return next((key for key, names in L.APPLICANTS.items() if squashed in names), None)


def _is_applicant_header(label: str) -> bool:
    squashed = L.squash(label)
    return any(L.APPLICANTS[key][0] in squashed for key in ("natural_person", "commercial_enterprise"))


def read_applications(report: ParsedReport, rows: list[Row], template: str) -> None:
    allowed = L.application_rows(template)
    found: dict[str, Row] = {}
    started = False
    positions: dict[str, float] = {}  # aligned text: where each applicant's header stands
    for row in rows:
        label = row.label
        if not started:
            for cell in row.cells:
                key = _applicant_of(cell.text)
                if cell.x is not None and key is not None:
                    positions.setdefault(key, cell.x)
        if not label.strip() or (not row.values() and not row.aligned) or _is_applicant_header(label):
            continue  # a header row (repeated after a page break, too): no figures after its labels
        key = _application_row_of(label, allowed)
        if key == "new_received":
            started = True
        if not started or key is None or key in found:
            continue
        found[key] = row
    anchors = [positions[a] for a in L.APPLICANT_KEYS] if len(positions) == len(L.APPLICANT_KEYS) else None
    width = len(L.APPLICANT_KEYS)
    read: dict[str, tuple[Row, list[RawCell | None], str | None, str]] = {}
    for key in allowed:
        row = found.get(key)
        if row is None:
            report.warn("missing_row", f"table 3: row {key} not found; its cells are unknown")
            for applicant in L.APPLICANT_KEYS:
                report.cells.append(Cell("applications", key, applicant, None, UNKNOWN, None))
            continue
        read[key] = (row, *fit_row(row, row.values(), width, anchors))
    clean = {key: _clean_reading(fitted) for key, (_, fitted, _, _) in read.items()}
    damaged = [key for key, (row, fitted, problem, code) in read.items()
               if (row.aligned and code == "unaligned_cells" and problem and anchors)
               or (not row.aligned and _looks_run_together(row, fitted, problem, clean[key], R.applicant_sum_holds))]
    outcomes = L.outcome_rows(template)
    context = {key: reading for key, reading in clean.items() if key not in damaged}
    for key, (row, fitted, problem, code) in read.items():
        if key in damaged:
            if row.aligned:
                candidates = aligned_readings(row.values(), anchors)
            else:
                candidates = R.row_candidates([c.text for c in row.values()], width)
            candidates = [c for c in candidates or [] if R.applicant_sum_holds(c)
                          and R.column_rules_hold(key, c, context, outcomes)]
            if _settle_run_together(report, "applications", key, L.APPLICANT_KEYS, row, fitted, candidates):
                continue
        if row.short_by and not problem:
            problem, code = f"{row.short_by} cell(s) fewer than the table has; read in order", "short_row"
        if problem:
            report.warn(code, f"table 3 {key}: {problem}; missing cells are unknown", row.line)
        for applicant, raw in zip(L.APPLICANT_KEYS, fitted):
            if raw is None:
                report.cells.append(Cell("applications", key, applicant, None, UNKNOWN, row.line))
            else:
                report.cells.append(_to_cell(report, "applications", key, applicant, read_count(raw.text), raw))


def _clean_reading(fitted: list[RawCell | None]) -> R.Reading | None:
    """The row's figures when every cell reads cleanly (a value or blank), else None."""
    values = []
    for raw in fitted:
        if raw is None:
            return None
        read = read_count(raw.text)
        if read.state == UNKNOWN:
            return None
        values.append(read.value)
    return tuple(values)


_LEADING_ZERO_RE = re.compile(r"0\d")


def _looks_run_together(row: Row, fitted: list, problem: str | None, clean: R.Reading | None, row_rule) -> bool:
    """A row whose cells may have run together: short, holding a cell of several figures, or
    breaking its own sum while one of its figures could be two."""
    texts = [raw.text for raw in fitted if raw is not None]
    several = any(RUN_TOGETHER_RE.search(L.normalize_text(t)) for t in texts)
    splittable = any(len(clean_cell_text(t)) > 1 and clean_cell_text(t).isdigit() for t in texts)
    if several or any(_LEADING_ZERO_RE.match(clean_cell_text(t)) for t in texts):
        return True  # `2 0`; `018`, which reads as 18 but is more likely 0 and 18
    if problem is not None or row.short_by:  # fewer cells than the template (fit_values: "5 of 7 cells")
        return (row.short_by > 0 or " of " in problem) and splittable
    return clean is not None and splittable and not row_rule(clean)


def _settle_run_together(report: ParsedReport, table: str, row_key: str, columns: tuple[str, ...], row: Row,
                         fitted: list, candidates: list) -> bool:
    """Write the row's cells if the run-together reading settles it (True); False: read as usual."""
    texts = " | ".join(c.text.strip() for c in row.values())
    if len(candidates) == 1:
        (reading,) = candidates
        report.warn("cells_recovered", f"{table} {row_key}: cells ran together ({texts}); the template's rules "
                    f"allow one split only, {[None if v is None else int(v) for v in reading]}; "
                    "marked recovered", row.line)
        for column, value in zip(columns, reading):
            # a blank stays blank (NULL); rules.py treats it as recovered, as it is its row's
            report.cells.append(Cell(table, row_key, column, value, BLANK if value is None else RECOVERED, row.line,
                                     texts))
        return True
    several = row.aligned or any(RUN_TOGETHER_RE.search(L.normalize_text(raw.text)) for raw in fitted if raw is not None)
    if len(candidates) > 1 or several:
        why = f"{len(candidates)} splits keep the rules" if candidates else "no split keeps the rules"
        report.warn("cells_ran_together", f"{table} {row_key}: cells ran together ({texts}); {why}: "
                    "its cells are unknown", row.line)
        for column in columns:
            report.cells.append(Cell(table, row_key, column, None, UNKNOWN, row.line))
        return True
    return False


# ---------------------------------------------------------------- table 4


def read_reviews(report: ParsedReport, rows: list[Row]) -> None:
    width = len(L.PROCEEDING_KEYS) * len(L.REVIEW_OUTCOME_KEYS)
    data = next((r for r in rows if not r.label_cells() and r.has_figures()), None)
    if data is None:  # every figure blank: a row of empty cells as wide as the table
        data = next((r for r in rows if not r.label_cells() and len(r.cells) == width), None)
    keys = [(p, o) for p in L.PROCEEDING_KEYS for o in L.REVIEW_OUTCOME_KEYS]
    outcomes = {name: key for key, name in L.REVIEW_OUTCOMES.items()}
    header = sorted((c.x, outcomes[L.squash(c.text)]) for r in rows if r is not data for c in r.cells
                    if c.x is not None and L.squash(c.text) in outcomes)
    anchors = [x for x, _ in header] if [o for _, o in header] == [o for _, o in keys] else None
    if data is None:
        report.warn("missing_row", "table 4: no row of figures found; its cells are unknown")
        for proceeding, outcome in keys:
            report.cells.append(Cell("reviews", proceeding, outcome, None, UNKNOWN, None))
        return
    fitted, problem, code = fit_row(data, data.cells, width, anchors)
    clean = _clean_reading(fitted)
    if not data.aligned and _looks_run_together(data, fitted, problem, clean, R.review_sums_hold):
        candidates = [c for c in R.row_candidates([c.text for c in data.cells], width) or []
                      if R.review_sums_hold(c)]
        columns = tuple(f"{p}.{o}" for p, o in keys)
        before = len(report.cells)
        if _settle_run_together(report, "reviews", "table 4", columns, data, fitted, candidates):
            for cell in report.cells[before:]:  # one row holds every proceeding
                cell.row, cell.column = cell.column.split(".")
            return
    if problem:
        report.warn(code, f"table 4: {problem}; missing cells are unknown", data.line)
    for (proceeding, outcome), raw in zip(keys, fitted):
        if raw is None:
            report.cells.append(Cell("reviews", proceeding, outcome, None, UNKNOWN, data.line))
        else:
            report.cells.append(_to_cell(report, "reviews", proceeding, outcome, read_count(raw.text), raw))


# ---------------------------------------------------------------- narrative


def narrative_cells(lines: list[str], skip: list[tuple[int, int]]) -> list[Cell]:
    """The figures stated in sentences (parsing/narrative.py), as cells in the `narrative` state."""
    return [Cell(f.table, f.row, f.column, f.value, NARRATIVE, f.line, f.as_written) for f in read_narrative(lines, skip)]


# ---------------------------------------------------------------- entry points


def parse_text(text: str, source: str, sha256: str | None = None, size_bytes: int | None = None, encoding: str | None = None) -> ParsedReport:
    data = text.encode("utf-8")
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
    sections = find_sections(lines)
    if not sections and (year is None or title.line is None):
        return quarantine(report, "not_a_report", "no report title (…年…政府信息公开…报告) and no disclosure tables")
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
    else:
        # readable figures are never lost for a missing name: the report keeps an agency of its own
        report.warn("agency_not_found", "no agency name in the title, beside it, in an index block, the text, the "
                    "signature or the file name; the agency is unknown", title_line)
    if title.year_from == "body":
        report.warn("year_from_body", f"no year in the title; {year} read from the report's statistical period")

    narrative = narrative_cells(lines, list(sections.values()))
    if not sections:  # a title was found: the figures may be in its sentences
        if not narrative:
            return quarantine(report, "not_a_report", "no disclosure tables and no disclosure figures in the text", title_line)
        report.template, report.template_source, report.status = "narrative", "narrative", NARRATIVE_STATUS
        report.cells.extend(narrative)
        report.warn("narrative_only", "no tables: figures taken from sentences", None)
        return report

    template, template_source = detect_template(lines, sections, year)
    report.template, report.template_source = template, template_source
    if template_source == "year":
        report.warn("template_from_year", f"table headers do not name the template; {template} assumed from the year {year}")
    expected = "2019" if year <= 2020 else "2021"
    if template != expected:
        report.warn("template_mismatch", f"a {year} report uses the {template} template (expected {expected})")
    report.narrative_figures = narrative

    for table, reader in (("disclosures", read_disclosures), ("applications", read_applications)):
        if table in sections:
            start, end = sections[table]
            reader(report, build_rows(lines, start, end), template)
            report.tables_found.append(table)
        else:
            report.warn("missing_table", f"table {table} not found")
    if "reviews" in sections:
        start, end = sections["reviews"]
        read_reviews(report, build_rows(lines, start, end))
        report.tables_found.append("reviews")
    else:
        report.warn("missing_table", "table reviews not found")

    incomplete = len(report.tables_found) < 3 or any(c.state == UNKNOWN for c in report.cells)
    report.status = PARTIAL if incomplete else PARSED
    return report


def quarantine(report: ParsedReport, code: str, message: str, line: int | None = None) -> ParsedReport:
    report.status = QUARANTINED
    report.cells = []
    report.warn(code, f"{report.source}: {message}", line)
    return report


def parse_bytes(data: bytes, source: str) -> ParsedReport:
    sha256 = hashlib.sha256(data).hexdigest()
    try:
        extracted = extract(data)
    except FormatProblem as problem:
        return quarantine(ParsedReport(source, sha256, len(data)), problem.code, str(problem))
    report = parse_text(extracted.text, source, sha256=sha256, size_bytes=len(data), encoding=extracted.encoding)
    report.format = extracted.format
    return report


def parse_file(path: str | Path) -> ParsedReport:
    path = Path(path)
    try:
        data = path.read_bytes()
    except OSError as error:
        return quarantine(ParsedReport(str(path), "", 0), "unreadable", f"cannot read the file: {error}")
    return parse_bytes(data, str(path))


def extracted_text(path: str | Path) -> str:
    """The text the parser works from (what `gdw parse --text` prints). Raises FormatProblem."""
    return extract(Path(path).read_bytes()).text


__all__ = [
    "BLANK",
    "NARRATIVE",
    "PARSER_VERSION",
    "UNKNOWN",
    "VALUE",
    "Cell",
    "ParsedReport",
    "parse_bytes",
    "parse_file",
    "parse_text",
]
