"""Benchmark: the maintained PDF text-layer readers on the project's PDFs, for speed and for what
they keep of table positions (issue 13).

    .venv/bin/python benchmarks/pdf_readers.py [N] [--seeds 0,3] [--pdf DIR]

Sets of PDFs, each scored on its own:
- `corpus seed S`: N PDFs of the labeled corpus (testkit/corpus.py, written by reportlab: ruled
  tables across pages, repeated headers, the damage real reports show), for each seed;
- `chromium` and `libreoffice`: a real report (tests/fixtures/real, 上海市人民政府办公厅 2019)
  printed by tools we did not write: Chromium's `--print-to-pdf` of the HTML page (tables ruled
  by CSS borders) and LibreOffice's `--convert-to pdf` of the DOCX (tables without borders). Made
  here when the tool is installed (Debian: chromium, libreoffice-writer);
- `--pdf DIR`: any PDFs with a `<name>.truth.json` beside them.

For each reader the text of every PDF is extracted and its CPU time taken (after one warm-up
read); then that text alone is given to gdw's parser as a text report and scored cell by cell
against the truth (orchestration/core/evaluation.py): a reader that keeps each cell apart and in its
place lets the parser read the tables; one that runs cells together or reorders them does not. Readers not installed are reported as such (pdftotext:
Debian's poppler-utils; pdfplumber and pdfminer.six: `pip install pdfplumber`).
"""

from __future__ import annotations

import argparse
import html
import io
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from orchestration.parsing import pdf

REAL = ROOT / "tests" / "fixtures" / "real"


def pypdfium2_plain(data: bytes) -> str:
    import pypdfium2 as pdfium

    document = pdfium.PdfDocument(data)
    try:
        return "\n".join(page.get_textpage().get_text_range() for page in document)
    finally:
        document.close()


def pdfplumber_tables(data: bytes) -> str:
    """gdw's reader before this one: pdfplumber's table finder for the ruled tables, its text
    lines for the rest, put together the way gdw's reader does (pdf.pages_text)."""
    import pdfplumber

    with pdfplumber.open(io.BytesIO(data)) as document:
        return pdf.pages_text([_pdfplumber_items(page) for page in document.pages])


def _pdfplumber_items(page) -> list[pdf.Item]:
    tables = page.find_tables()
    boxes = [t.bbox for t in tables]

    def outside(obj) -> bool:
        x, y = (obj["x0"] + obj["x1"]) / 2, (obj["top"] + obj["bottom"]) / 2
        return not any(x0 <= x <= x1 and top <= y <= bottom for x0, top, x1, bottom in boxes)

    items = [(t.bbox[1], "table", grid, False) for t in tables if (grid := t.extract()) and grid[0]]
    for line in page.filter(outside).extract_text_lines():
        if text := line["text"].strip():
            margin = line["top"] < page.height * pdf.MARGIN or line["bottom"] > page.height * (1 - pdf.MARGIN)
            items.append((line["top"], "text", text, margin))
    items.sort(key=lambda item: item[0])
    return [(kind, content, margin) for _, kind, content, margin in items]


def pdfplumber_layout(data: bytes) -> str:
    import pdfplumber

    with pdfplumber.open(io.BytesIO(data)) as document:
        return "\n".join(page.extract_text(layout=True) or "" for page in document.pages)


def pdftotext_layout(data: bytes) -> str:
    done = subprocess.run(["pdftotext", "-layout", "-enc", "UTF-8", "-", "-"], input=data, capture_output=True,
                          check=True, timeout=60)
    return done.stdout.decode("utf-8", "replace")


_PAGE_RE = re.compile(r'<page width="([\d.]+)" height="([\d.]+)">(.*?)</page>', re.DOTALL)
_WORD_RE = re.compile(r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">(.*?)</word>')


def pdftotext_bbox(data: bytes) -> str:
    """poppler's word boxes (`pdftotext -bbox`) laid out into lines by gdw's own line reader
    (pdf.text_lines), each word as one box: what the boxes keep without the ruling lines."""
    done = subprocess.run(["pdftotext", "-bbox", "-enc", "UTF-8", "-", "-"], input=data, capture_output=True,
                          check=True, timeout=60)
    pages = []
    for _width, height, body in _PAGE_RE.findall(done.stdout.decode("utf-8", "replace")):
        words = [pdf.Char(html.unescape(text), float(x0), float(x1), float(y0), float(y1))
                 for x0, y0, x1, y1, text in _WORD_RE.findall(body)]
        pages.append(pdf.page_items(words, [], float(height)))
    return pdf.pages_text(pages)


def pdfminer_text(data: bytes) -> str:
    from pdfminer.high_level import extract_text

    return extract_text(io.BytesIO(data))


# name: (reader, what it needs: a Python module or a program)
READERS = {
    "gdw: pypdfium2 chars + ruling lines": (pdf.pdf_text, "pypdfium2"),
    "pdfplumber table finder (gdw before)": (pdfplumber_tables, "pdfplumber"),
    "pypdfium2 plain text": (pypdfium2_plain, "pypdfium2"),
    "pdftotext -layout": (pdftotext_layout, "pdftotext"),
    "pdftotext -bbox words, gdw lines": (pdftotext_bbox, "pdftotext"),
    "pdfplumber layout=True": (pdfplumber_layout, "pdfplumber"),
    "pdfminer.six": (pdfminer_text, "pdfminer"),
}


def available(needs: str) -> bool:
    import importlib.util

    return shutil.which(needs) is not None or importlib.util.find_spec(needs) is not None


def corpus_set(seed: int, count: int) -> list[tuple[str, bytes, dict]]:
    from testkit.corpus import make_document

    documents = [make_document(seed, index, layout="pdf") for index in range(count)]
    return [(d.name, d.data, d.truth) for d in documents]


def printed_sets(folder: Path) -> dict[str, list[tuple[str, bytes, dict]]]:
    """The real report printed to PDF by Chromium (from its HTML) and LibreOffice (from its DOCX)."""
    sets = {}
    page, word = REAL / "05_shanghai_office_2019.html", REAL / "09_shanghai_office_2019.docx"
    chromium = shutil.which("chromium") or shutil.which("chromium-browser")
    if chromium:
        out = folder / "chromium.pdf"
        subprocess.run([chromium, "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
                        f"--print-to-pdf={out}", page.as_uri()], check=False, capture_output=True, timeout=180)
        if out.exists():
            sets["chromium (real HTML)"] = [(out.name, out.read_bytes(), _truth(page))]
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if soffice:
        subprocess.run([soffice, "--headless", "--convert-to", "pdf", "--outdir", str(folder), str(word)],
                       check=False, capture_output=True, timeout=300)
        out = folder / f"{word.stem}.pdf"
        if out.exists():
            sets["libreoffice (real DOCX)"] = [(out.name, out.read_bytes(), _truth(word))]
    return sets


def _truth(path: Path) -> dict:
    return json.loads(path.with_suffix(".truth.json").read_text(encoding="utf-8"))


def folder_set(folder: Path) -> list[tuple[str, bytes, dict]]:
    return [(p.name, p.read_bytes(), _truth(p)) for p in sorted(folder.glob("*.pdf"))
            if p.with_suffix(".truth.json").exists()]


def cpu_seconds() -> float:
    """CPU time of this process and of the child processes it has waited for (pdftotext)."""
    times = os.times()
    return times.user + times.system + times.children_user + times.children_system


def _read(read, data: bytes) -> str:
    try:
        return read(data)
    except Exception as error:  # noqa: BLE001 - a reader failing on a file is a result
        return f"({type(error).__name__})"


def main() -> None:
    from orchestration.core.evaluation import LayoutScore, score_document

    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("count", nargs="?", type=int, default=20, help="corpus PDFs per seed")
    parser.add_argument("--seeds", default="0,3")
    parser.add_argument("--pdf", type=Path, help="a folder of PDFs with <name>.truth.json beside them")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        sets = {f"corpus seed {seed}": corpus_set(int(seed), args.count) for seed in args.seeds.split(",")}
        sets.update(printed_sets(folder))
        if args.pdf:
            sets[str(args.pdf)] = folder_set(args.pdf)
        for set_name, documents in sets.items():
            print(f"\n{set_name}: {len(documents)} PDFs, {sum(len(d) for _, d, _ in documents) / 2**20:.1f} MiB")
            print(f"{'reader':<38} {'CPU ms':>8} {'cells right':>12} {'unknown':>8} {'wrong':>6} {'fully right':>12}")
            for number, (name, (read, needs)) in enumerate(READERS.items()):
                if not available(needs):
                    print(f"{name:<38} not installed")
                    continue
                score, seconds = LayoutScore(), 0.0
                _read(read, documents[0][1])  # imports and first-call set-up are not a PDF's cost
                for file_name, data, truth in documents:
                    started = cpu_seconds()
                    text = _read(read, data)
                    seconds += cpu_seconds() - started
                    path = folder / f"{Path(file_name).stem}.{number}.txt"
                    path.write_text(text, encoding="utf-8")
                    score.add(score_document(path, truth))
                print(f"{name:<38} {1000 * seconds / len(documents):8.1f} {score.accuracy:12.2%} {score.unknown:8d} "
                      f"{score.wrong:6d} {score.fully_right:>6d}/{score.documents}")
    print("\n(CPU ms per PDF: the reader alone, warm, pdftotext's process included; the parser then reads each "
          "reader's text the same way)")


if __name__ == "__main__":
    main()
