"""Benchmark: the maintained PDF text-layer readers on the project's PDFs, for speed and for what
they keep of table positions (issue 13: a PDF costs ~150 ms of one core with pdfplumber).

    .venv/bin/python benchmarks/pdf_readers.py [N]        (N corpus PDFs, default 40)

The PDFs are the labeled corpus's (orchestration/core/corpus.py: both templates, tables across
pages, repeated headers, the damage real reports show). For each reader, the text of every page is
extracted and timed; then that text alone is given to gdw's parser as a text report and scored cell
by cell against the truth (orchestration/core/evaluation.py): a reader that keeps each cell at its
place on its line (columns apart, rows in order) lets the parser read the tables; one that runs
cells together or reorders them does not. `gdw today` is the parser's own PDF path (pdfplumber
with its table finder), for reference. Readers not installed are reported as such (pdftotext:
Debian's poppler-utils).
"""

from __future__ import annotations

import io
import shutil
import subprocess
import sys
import tempfile
import time
import unicodedata
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def pypdfium2_text(data: bytes) -> str:
    import pypdfium2 as pdfium

    pdf = pdfium.PdfDocument(data)
    try:
        pages = []
        for page in pdf:
            textpage = page.get_textpage()
            pages.append(textpage.get_text_range())
            textpage.close()
            page.close()
        return "\n".join(pages)
    finally:
        pdf.close()


def pypdfium2_layout(data: bytes) -> str:
    """pypdfium2's text runs with their boxes (`get_rect`), laid out again as pdftotext -layout
    does: runs on one line (vertical centres within half a character) left to right, each at the
    column its x position gives (half a character a column, a CJK character two). What the boxes
    keep of the table is what this text keeps."""
    import pypdfium2 as pdfium

    pdf = pdfium.PdfDocument(data)
    lines_out: list[str] = []
    try:
        for page in pdf:
            textpage = page.get_textpage()
            runs = []
            for index in range(textpage.count_rects()):
                left, bottom, right, top = textpage.get_rect(index)
                text = textpage.get_text_bounded(left, bottom, right, top).strip()
                if text:
                    runs.append(((top + bottom) / 2, left, right, top - bottom, text))
            lines: list[list] = []  # runs whose vertical centres are within half a character: one line
            for run in sorted(runs, key=lambda r: (-r[0], r[1])):
                if lines and abs(lines[-1][0][0] - run[0]) <= run[3] * 0.5:
                    lines[-1].append(run)
                else:
                    lines.append([run])
            for line in lines:
                out = ""
                for _, left, _right, height, text in sorted(line, key=lambda r: r[1]):
                    column = round(left / (height / 2))  # half a character: one column, as in a monospaced page
                    gap = column - _width(out)
                    out += (" " * gap if gap > 0 else ("  " if out else "")) + text
                lines_out.append(out)
            textpage.close()
            page.close()
        return "\n".join(lines_out)
    finally:
        pdf.close()


def _width(text: str) -> int:
    return sum(2 if unicodedata.east_asian_width(char) in "WF" else 1 for char in text)


def pdftotext_text(data: bytes) -> str:
    done = subprocess.run(["pdftotext", "-layout", "-enc", "UTF-8", "-", "-"], input=data, capture_output=True,
                          check=True, timeout=60)
    return done.stdout.decode("utf-8", "replace")


def pdfminer_text(data: bytes) -> str:
    from pdfminer.high_level import extract_text

    return extract_text(io.BytesIO(data))


def pdfplumber_text(data: bytes, layout: bool) -> str:
    import pdfplumber

    with pdfplumber.open(io.BytesIO(data)) as pdf:
        return "\n".join(page.extract_text(layout=layout) or "" for page in pdf.pages)


READERS = {
    "pypdfium2": pypdfium2_text,
    "pypdfium2 + boxes": pypdfium2_layout,
    "pdftotext -layout": pdftotext_text,
    "pdfminer.six": pdfminer_text,
    "pdfplumber": lambda data: pdfplumber_text(data, layout=False),
    "pdfplumber layout": lambda data: pdfplumber_text(data, layout=True),
}


def available(name: str) -> bool:
    return shutil.which("pdftotext") is not None if name.startswith("pdftotext") else True


def main() -> None:
    from orchestration.core.corpus import make_document
    from orchestration.core.evaluation import LayoutScore, score_document

    count = int(sys.argv[1]) if len(sys.argv) > 1 else 40
    documents = [make_document(13, index, layout="pdf") for index in range(count)]
    print(f"{count} corpus PDFs ({sum(len(d.data) for d in documents) / 2**20:.1f} MiB)")
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        today = LayoutScore()
        started = time.perf_counter()
        for document in documents:
            path = folder / document.name
            path.write_bytes(document.data)
            today.add(score_document(path, document.truth))
        rows = [("gdw today (pdfplumber + tables)", (time.perf_counter() - started) / count, today, None)]
        for name, read in READERS.items():
            if not available(name):
                rows.append((name, None, None, "not installed"))
                continue
            score, seconds = LayoutScore(), 0.0
            for document in documents:
                started = time.perf_counter()
                text = read(document.data)
                seconds += time.perf_counter() - started
                path = folder / f"{Path(document.name).stem}.{name.split()[0]}.txt"
                path.write_text(text, encoding="utf-8")
                score.add(score_document(path, document.truth))
            rows.append((name, seconds / count, score, None))
    print(f"{'reader':<34} {'ms/PDF':>8} {'cells right':>12} {'unknown':>8} {'wrong':>6} {'fully right':>12}")
    for name, seconds, score, note in rows:
        if note:
            print(f"{name:<34} {note}")
            continue
        print(f"{name:<34} {1000 * seconds:8.1f} {score.accuracy:12.2%} {score.unknown:8d} {score.wrong:6d} "
              f"{score.fully_right:>6d}/{score.documents}")
    print("(gdw today: the whole parse, extraction included; the others: extraction only, then the same parser "
          "on the text)")


if __name__ == "__main__":
    main()
