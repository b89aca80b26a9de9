"""Legacy Word and WPS documents, and spreadsheets, into the text the parser reads.

- `.doc` (OLE Word 97–2003) and `.wps` (WPS Writer saves the same Word 97 binary) are converted to
  DOCX by LibreOffice headless and read by the DOCX reader, which keeps table cells as cells and
  writes a merged cell once. Measured on a corpus report: LibreOffice gave exactly the DOCX text
  (200 of 200 cells read right); catdoc lost row structure (184 of 200), antiword drew tables with
  `|` over wrapped lines (22 of 200). LibreOffice costs 1–3 s of start-up a call, so it converts a
  batch of files in one call (`convert_to_docx`) and runs only for the files that need it.
- Spreadsheets (`.xlsx`, `.xls`, `.ods`, and WPS `.et`, which is an xls or xlsx inside) are read
  with python-calamine. Each sheet is one grid; a merged range is written once, at its top-left,
  the positions it covers left out, as the HTML reader does with rowspan/colspan.

The format is decided by content: an OLE compound file names its streams in its directory
(`WordDocument` for Word, `Workbook`/`Book` for Excel), a zip names its parts.
"""

from __future__ import annotations

import io
import os
import shutil
import subprocess
import tempfile
from pathlib import Path

from .formats import FormatProblem, clean_cell, docx_text, grid_lines

DOC, SPREADSHEET = "doc", "spreadsheet"

_OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
# Stream names in the OLE directory are UTF-16LE; a directory entry never holds other text.
_WORD_STREAM = "WordDocument".encode("utf-16-le")
_EXCEL_STREAMS = ("Workbook".encode("utf-16-le"), "Book\x00".encode("utf-16-le"))
SPREADSHEET_ZIP_PARTS = ("xl/workbook.xml",)
ODS_MIMETYPE = b"application/vnd.oasis.opendocument.spreadsheet"
LIBREOFFICE_TIMEOUT_SECONDS = 180


def is_ole(data: bytes) -> bool:
    return data.startswith(_OLE_MAGIC)


def ole_kind(data: bytes) -> str:
    """DOC or SPREADSHEET for an OLE compound file; FormatProblem for any other OLE file."""
    if _WORD_STREAM in data:
        return DOC
    if any(name in data for name in _EXCEL_STREAMS):
        return SPREADSHEET
    raise FormatProblem("unsupported_format", "an OLE file that is neither a Word (.doc/.wps) nor an Excel (.xls/.et) file")


def zip_kind(names: list[str], data: bytes) -> str | None:
    """SPREADSHEET for an xlsx/ods package, None for any other zip."""
    if any(part in names for part in SPREADSHEET_ZIP_PARTS):
        return SPREADSHEET
    if "mimetype" in names and ODS_MIMETYPE in data[:200]:
        return SPREADSHEET
    return None


# ---------------------------------------------------------------- .doc / .wps


def libreoffice() -> str | None:
    return shutil.which("soffice") or shutil.which("libreoffice")


def convert_to_docx(documents: list[bytes]) -> list[bytes | None]:
    """Each legacy Word/WPS document as DOCX, converted by one LibreOffice call for the whole
    batch; None for a document LibreOffice could not convert. Raises FormatProblem when
    LibreOffice is not installed or does not finish."""
    program = libreoffice()
    if program is None:
        raise FormatProblem("unsupported_format", "a legacy Word/WPS file, and LibreOffice (soffice) is not installed to convert it")
    with tempfile.TemporaryDirectory(prefix="gdw-doc-") as work:
        folder = Path(work)
        inputs = []
        for number, data in enumerate(documents):
            path = folder / f"{number:06d}.doc"
            path.write_bytes(data)
            inputs.append(path)
        out = folder / "out"
        # A profile of its own: two LibreOffice processes sharing one refuse to start.
        profile = (folder / "profile").as_uri()
        command = [program, f"-env:UserInstallation={profile}", "--headless", "--norestore",
                   "--convert-to", "docx:MS Word 2007 XML", "--outdir", str(out), *map(str, inputs)]
        try:
            subprocess.run(command, capture_output=True, timeout=LIBREOFFICE_TIMEOUT_SECONDS, check=False,
                           env={**os.environ, "HOME": work})
        except subprocess.TimeoutExpired:
            raise FormatProblem("conversion_failed", f"LibreOffice did not convert the document within "
                                f"{LIBREOFFICE_TIMEOUT_SECONDS} s") from None
        results = []
        for path in inputs:
            converted = out / (path.stem + ".docx")
            results.append(converted.read_bytes() if converted.exists() else None)
        return results


def legacy_word_text(data: bytes, converted: bytes | None = None) -> str:
    """The text of a .doc/.wps file: its DOCX conversion (made now unless given) through the
    DOCX reader."""
    if converted is None:
        converted = convert_to_docx([data])[0]
    if converted is None:
        raise FormatProblem("corrupt_file", "a legacy Word/WPS file LibreOffice could not open")
    return docx_text(converted)


# ---------------------------------------------------------------- spreadsheets


def _cell_text(value) -> str:
    if value is None:
        return ""
    if isinstance(value, float):
        # Excel keeps every number as a double: 12.0 is the count 12
        return str(int(value)) if value.is_integer() else repr(value)
    if isinstance(value, bool):
        return str(value)
    return clean_cell(str(value))


def spreadsheet_text(data: bytes) -> str:
    import python_calamine

    try:
        workbook = python_calamine.CalamineWorkbook.from_filelike(io.BytesIO(data))
        sheets = [workbook.get_sheet_by_index(index) for index in range(len(workbook.sheet_names))]
        lines: list[str] = []
        for sheet in sheets:
            lines.extend(sheet_lines(sheet.to_python(skip_empty_area=False), sheet.merged_cell_ranges or []))
    except FormatProblem:
        raise
    except Exception as error:  # noqa: BLE001 - untrusted input: calamine raises its own kinds on a damaged file
        raise FormatProblem("corrupt_file", f"unreadable spreadsheet: {type(error).__name__}: {error}") from None
    return "\n".join(lines) + "\n"


def sheet_lines(rows: list[list], merged: list[tuple[tuple[int, int], tuple[int, int]]]) -> list[str]:
    """A sheet as lines: a row with one filled cell that no merge widens is a line of text (a
    title, a heading, a sentence typed into column A); the other rows are tab-separated table
    rows, each merged range written once at its top-left, the positions it covers left out. An
    empty row right below a table row is kept as a row of blank cells (table 4's figures row of a
    report with no reviews); further empty rows are spacing."""
    grid: list[list[str | None]] = [[_cell_text(value) for value in row] for row in rows]
    merged_rows: set[int] = set()
    for (top, left), (bottom, right) in merged:
        for r in range(top, min(bottom, len(grid) - 1) + 1):
            merged_rows.add(r)
            for c in range(left, min(right, len(grid[r]) - 1) + 1):
                if (r, c) != (top, left):
                    grid[r][c] = None
    lines: list[str] = []
    table: list[list[str | None]] = []
    for number, row in enumerate(grid):
        filled = [text for text in row if text]
        if len(filled) == 1 and row[0] and number not in merged_rows:
            lines.extend(_table_lines(table))
            table = []
            lines.append(filled[0])
        elif filled or number in merged_rows or (table and any(table[-1])):
            table.append(row)
    lines.extend(_table_lines(table))
    return lines


def _table_lines(table: list[list[str | None]]) -> list[str]:
    """The rows of one table, cut to its own width: a sheet is as wide as its widest table, and
    the empty columns beyond a narrower table are no cells of it."""
    width = max((max((c + 1 for c, text in enumerate(row) if text != ""), default=0) for row in table), default=0)
    return grid_lines([row[:width] for row in table])
