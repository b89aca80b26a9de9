"""PDFs of a generated corpus made by producers beyond `renditions.py corpus` (issue 14), for gdw's
own PDF reader:

    .venv/bin/python benchmarks/pdf_producers.py CORPUS OUT [--count 20]
    .venv/bin/gdw eval OUT          # cells right per producer (the truth's layout names it)

Each picked HTML (UTF-8) and DOCX report of CORPUS (written by `python -m testkit.corpus`) is made
into PDFs by every producer below that applies to it, into OUT/reports, each beside a copy of its
corpus truth in OUT/truth whose layout names the producer (the truth is what the report prints):

    pandoc-lo          HTML → pandoc DOCX → LibreOffice PDF (pandoc's table styles, not Word's)
    lo-odt             DOCX → LibreOffice ODT → LibreOffice PDF
    lo-html-writer     HTML → LibreOffice PDF straight from its HTML import (writer_web_pdf_Export)
    chromium-landscape HTML with CSS `@page { size: A4 landscape }` → Chromium PDF
    chromium-a5        HTML with CSS `@page { size: A5 }` → Chromium PDF (narrow: tables split over pages)
    chromium-a5-scaled HTML with `@page { size: A5 }` and `body { zoom: 0.7 }` → Chromium PDF (small type)

Nothing it writes is committed (rebuilt in minutes from the generator's content).
"""

from __future__ import annotations

import argparse
import json
import re
import subprocess
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks.renditions import chromium, run, soffice


def with_page_style(page: bytes, css: str) -> bytes:
    """The page with a style sheet added at the end of its head (or at its start when it has none)."""
    style = f"<style>{css}</style>".encode()
    if re.search(rb"</head>", page, re.IGNORECASE):
        return re.sub(rb"</head>", style + b"</head>", page, count=1, flags=re.IGNORECASE)
    return style + page


def chromium_pdf(source: Path, work: Path, css: str) -> bytes:
    page = work / f"styled-{abs(hash(css))}.html"
    page.write_bytes(with_page_style(source.read_bytes(), css))
    out = work / "chromium.pdf"
    chromium("--no-pdf-header-footer", f"--print-to-pdf={out}", page.as_uri())
    return out.read_bytes()


def pandoc_lo(source: Path, work: Path) -> bytes:
    docx = work / "pandoc.docx"
    run(["pandoc", "-f", "html", "-t", "docx", "-o", str(docx), str(source)])
    return soffice(docx, "pdf", work).read_bytes()


def lo_odt(source: Path, work: Path) -> bytes:
    return soffice(soffice(source, "odt", work), "pdf", work).read_bytes()


def lo_html_writer(source: Path, work: Path) -> bytes:
    return soffice(source, "pdf:writer_web_pdf_Export", work).read_bytes()


PRODUCERS: dict[str, tuple[str, Callable[[Path, Path], bytes]]] = {
    "pandoc-lo": ("html", pandoc_lo),
    "lo-odt": ("docx", lo_odt),
    "lo-html-writer": ("html", lo_html_writer),
    "chromium-landscape": ("html", lambda s, w: chromium_pdf(s, w, "@page { size: A4 landscape }")),
    "chromium-a5": ("html", lambda s, w: chromium_pdf(s, w, "@page { size: A5 }")),
    "chromium-a5-scaled": ("html", lambda s, w: chromium_pdf(s, w, "@page { size: A5 } body { zoom: 0.7 }")),
}


def main() -> None:
    from orchestration.core.evaluation import truth_name

    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("corpus", type=Path, help="a folder written by `python -m testkit.corpus`")
    parser.add_argument("out", type=Path)
    parser.add_argument("--count", type=int, default=20, help="source reports, half HTML, half DOCX")
    parser.add_argument("--only", nargs="*", default=None, help="producers to run (default: all)")
    args = parser.parse_args()
    (args.out / "reports").mkdir(parents=True, exist_ok=True)
    (args.out / "truth").mkdir(parents=True, exist_ok=True)
    picked: dict[str, int] = {"html": 0, "docx": 0}
    for truth_path in sorted((args.corpus / "truth").glob("*.truth.json")):
        truth = json.loads(truth_path.read_text(encoding="utf-8"))
        kind = "html" if truth["layout"] == "html-utf8" else "docx" if truth["layout"] == "docx" else None
        if kind is None or picked[kind] >= (args.count + 1) // 2:
            continue
        picked[kind] += 1
        source = args.corpus / "reports" / truth["source"]
        print(source.name, flush=True)
        for producer, (wants, make) in PRODUCERS.items():
            if wants != kind or (args.only and producer not in args.only):
                continue
            with tempfile.TemporaryDirectory(prefix="pdf-producers-") as folder:
                try:
                    data = make(source, Path(folder))
                except (subprocess.SubprocessError, OSError) as error:
                    print(f"  {producer}: {error}", file=sys.stderr)
                    continue
            name = f"{source.stem}_{producer}.pdf"
            (args.out / "reports" / name).write_bytes(data)
            (args.out / "truth" / truth_name(name)).write_text(
                json.dumps({**truth, "source": name, "layout": producer}, ensure_ascii=False, indent=1) + "\n",
                encoding="utf-8")


if __name__ == "__main__":
    main()
