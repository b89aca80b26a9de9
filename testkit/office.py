"""A corpus report as a legacy Word/WPS document or a spreadsheet (corpus.make_document layouts
`doc`, `wps`, `xlsx`, `xls`, `et`).

- `doc`: the DOCX rendition converted by LibreOffice to Word 97 (its "MS Word 97" filter).
- `wps`: LibreOffice has no WPS writer; WPS Writer saves the Word 97 binary, so a `.wps` is that
  same file under the WPS name (LibreOffice's `--convert-to wps` does exactly this).
- `xlsx` (openpyxl) and `xls` (xlwt): paragraphs in column A, each table below them with its merged
  cells merged; `et` is what WPS Spreadsheets saves by default, an xls inside.
"""

from __future__ import annotations

import io
import random

from .corpus import Plan, placed_cells, render_docx


def render_office(rng: random.Random, plan: Plan, blocks: list) -> bytes:
    if plan.layout in ("doc", "wps"):
        return legacy_word(render_docx(rng, plan, blocks))
    if plan.layout == "xlsx":
        return render_xlsx(blocks)
    return render_xls(blocks)  # xls, et


def legacy_word(docx: bytes) -> bytes:
    import subprocess
    import tempfile
    from pathlib import Path

    from orchestration.parsing.office import libreoffice

    with tempfile.TemporaryDirectory(prefix="gdw-testkit-") as work:
        source = Path(work) / "report.docx"
        source.write_bytes(docx)
        subprocess.run([libreoffice() or "soffice", f"-env:UserInstallation={Path(work, 'profile').as_uri()}",
                        "--headless", "--convert-to", "doc:MS Word 97", "--outdir", work, str(source)],
                       capture_output=True, timeout=180, check=True)
        return (Path(work) / "report.doc").read_bytes()


def _sheet_cells(blocks: list):
    """(row, column, text, rowspan, colspan) of every cell of the sheet: a paragraph is a cell of
    column A, a table starts on the row after the previous block."""
    top = 0
    for block in blocks:
        if isinstance(block, str):
            yield top, 0, block, 1, 1
            top += 1
            continue
        height = 0
        for r, c, text, rowspan, colspan in placed_cells(block.rows):
            yield top + r, c, text, rowspan, colspan
            height = max(height, r + rowspan)
        top += height


def _number(text: str):
    """A figure typed as a number, the way a clerk enters it; anything else stays text."""
    try:
        return int(text) if text.isdigit() else text
    except ValueError:
        return text


def render_xlsx(blocks: list) -> bytes:
    import openpyxl

    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "年报"
    for r, c, text, rowspan, colspan in _sheet_cells(blocks):
        sheet.cell(row=r + 1, column=c + 1, value=_number(text) if text else None)
        if rowspan > 1 or colspan > 1:
            sheet.merge_cells(start_row=r + 1, start_column=c + 1, end_row=r + rowspan, end_column=c + colspan)
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def render_xls(blocks: list) -> bytes:
    import xlwt

    book = xlwt.Workbook(encoding="utf-8")
    sheet = book.add_sheet("年报")
    for r, c, text, rowspan, colspan in _sheet_cells(blocks):
        value = _number(text) if text else ""
        if rowspan > 1 or colspan > 1:
            sheet.write_merge(r, r + rowspan - 1, c, c + colspan - 1, value)
        else:
            sheet.write(r, c, value)
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()
