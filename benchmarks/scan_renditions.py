"""Image-only PDFs ("scans") of labelled PDFs, to measure gdw's own OCR path on layouts it was not
tuned on (issue 14): real reports' PDFs, or another tool's renditions of corpus reports.

    .venv/bin/python benchmarks/scan_renditions.py OUT PDF... [--dpi 200] [--noise 0.002]

Each PDF's pages are rendered at `--dpi` (pypdfium2), turned by a fraction of a degree and
sprinkled with specks as a scanner does (testkit/scans.py), and saved as a PDF of page images only
(no text layer). The truth beside each PDF (`<stem>.truth.json` beside it, as tests/fixtures/real
keeps it, or `../truth/<stem>.truth.json`, as a corpus does) is copied to OUT/truth with its
layout prefixed `scan-of-`, so `gdw eval OUT` and benchmarks/real_reports.py score the OCR per
source layout. Nothing it writes is committed (it is derived in seconds from what is).
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

TRUTH_SUFFIX = ".truth.json"


def truth_beside(pdf: Path) -> Path:
    beside = pdf.with_name(pdf.stem + TRUTH_SUFFIX)
    return beside if beside.exists() else pdf.parent.parent / "truth" / (pdf.stem + TRUTH_SUFFIX)


def write_scan(pdf: Path, out: Path, dpi: int, noise: float) -> str:
    from testkit.scans import image_pdf, rendered_pages, scanned

    rng = random.Random(f"{pdf.name}:{dpi}")
    pages = [scanned(page, rng, noise=noise) for page in rendered_pages(pdf.read_bytes(), dpi)]
    name = f"{pdf.stem}_scan{dpi}"
    (out / "reports" / f"{name}.pdf").write_bytes(image_pdf(pages, dpi))
    truth = json.loads(truth_beside(pdf).read_text(encoding="utf-8"))
    truth.update(source=f"{name}.pdf", layout=f"scan-of-{truth.get('layout', 'pdf')}", pages=len(pages))
    (out / "truth" / f"{name}{TRUTH_SUFFIX}").write_text(json.dumps(truth, ensure_ascii=False, indent=1), encoding="utf-8")
    return f"{name}.pdf: {len(pages)} pages"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("out")
    parser.add_argument("pdfs", nargs="+")
    parser.add_argument("--dpi", type=int, default=200)
    parser.add_argument("--noise", type=float, default=0.002, help="share of pixels turned to specks")
    args = parser.parse_args()
    out = Path(args.out)
    for folder in ("reports", "truth"):
        (out / folder).mkdir(parents=True, exist_ok=True)
    for pdf in args.pdfs:
        print(write_scan(Path(pdf), out, args.dpi, args.noise), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
