"""Renditions of real reports by PDF-to-markdown converters, as labelled fixtures (issue 14).

    .venv/bin/python benchmarks/pdf_markdown.py write [--out tests/fixtures/real] [--python PY] [STEM ...]

"Markdown converted from PDFs" is a class of input the reader meets (other projects' conversions, 91
and 92), but the set held no conversion made by a tool anyone can rerun. This writes one per converter
and PDF of a committed real report:

    PDFs        LibreOffice's PDF of 96 and of 90 (the committed `*_libreoffice_pdf.pdf`), and Chromium's
                print of the same pages (as benchmarks/renditions.py makes them, not committed for size)
    converters  markitdown (pdfminer's text; `markitdown FILE`), layout `markitdown`
                pymupdf4llm (`pymupdf4llm.to_markdown(FILE)`), layout `pymupdf4llm`

Neither converter is a dependency of the project: install them apart (e.g. `python3 -m venv /tmp/md &&
/tmp/md/bin/pip install 'markitdown[pdf]' 'pymupdf4llm<1'`) and pass that interpreter as --python; a
converter that is missing or fails, or whose markdown lost the tables, is reported and skipped. The truth
of each rendition is the truth of the report it comes from (renditions.truth_for): what the report prints,
not what the tool kept.
"""

from __future__ import annotations

import argparse
import json
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from renditions import DERIVED, PAGE_COMMAND, REAL, Rendition, chosen, chromium, run, text_of, truth_for

THIS = "derived by benchmarks/pdf_markdown.py: "  # how each truth's provenance begins

# converter (the truth's layout) -> (the Python that runs it on the file named by sys.argv[1], its version)
CONVERTERS = {
    "markitdown": (("from markitdown import MarkItDown; import sys; "
                    "print(MarkItDown().convert(sys.argv[1]).text_content)"), "markitdown 0.1.9"),
    # its import prints an advert for another package on stdout: kept out of the document
    "pymupdf4llm": (("import contextlib, io, sys\nwith contextlib.redirect_stdout(io.StringIO()):\n"
                     "    import pymupdf4llm\nprint(pymupdf4llm.to_markdown(sys.argv[1]))"), "pymupdf4llm 0.3.4"),
}
# table 3's first row label in both templates: a conversion without it dropped the tables (pymupdf4llm
# keeps only the prose of Chromium's print of 90), which measures the converter, not the reader
TABLE_3_HEAD = "本年新收"
PDFS = {  # the PDF's name in the rendition's stem -> how it is made from the source's page
    "libreoffice": "LibreOffice's PDF (the committed {stem}_libreoffice_pdf.pdf)",
    "chromium": "chromium --headless --no-sandbox --disable-gpu --no-pdf-header-footer --print-to-pdf (Chromium 156)",
}


def pdfs_of(source, work: Path) -> dict[str, Path]:
    """The PDFs of one source: the committed LibreOffice one and Chromium's print of its page."""
    found = {}
    committed = REAL / f"{source.stem}_libreoffice_pdf.pdf"
    if committed.exists():
        found["libreoffice"] = committed
    page = work / f"{source.stem}.html"
    if source.markdown:
        page.write_bytes(run([*PAGE_COMMAND.split(), str(REAL / source.fixture)]))
    else:
        shutil.copyfile(REAL / source.fixture, page)
    try:
        printed = work / "chromium.pdf"
        chromium("--no-pdf-header-footer", f"--print-to-pdf={printed}", page.as_uri())
        found["chromium"] = printed
    except (subprocess.SubprocessError, OSError) as error:
        print(f"  Chromium: {error}", file=sys.stderr)
    return found


def write(out: Path, python: str, stems: list[str] = ()) -> None:
    seen = {text_of(p.read_bytes()): p.name for p in sorted(REAL.iterdir())
            if p.is_file() and not p.name.endswith(".truth.json") and p.name != "SOURCES.md"}
    for source in chosen(stems):
        print(source.fixture)
        with tempfile.TemporaryDirectory(prefix="pdf-markdown-") as folder:
            for pdf_name, pdf in pdfs_of(source, Path(folder)).items():
                for tool, (script, version) in CONVERTERS.items():
                    name = f"{source.stem}_{pdf_name}_{tool}.md"
                    try:
                        data = run([python, "-c", script, str(pdf)])
                    except (subprocess.SubprocessError, OSError) as error:
                        print(f"  skip {name}: {error}", file=sys.stderr)
                        continue
                    text = text_of(data)
                    if TABLE_3_HEAD not in text:
                        print(f"  skip {name}: the conversion lost the report's tables (no {TABLE_3_HEAD})")
                        continue
                    if text in seen and seen[text] != name:
                        print(f"  skip {name}: same text as {seen[text]}")
                        continue
                    seen[text] = name
                    how = f"{PDFS[pdf_name].format(stem=source.stem)}, then {version}"
                    (out / name).write_bytes(data)
                    truth = truth_for(source, Rendition(name[len(source.stem):], tool, how), name)
                    truth["provenance"]["how"] = THIS + truth["provenance"]["how"].removeprefix(DERIVED)
                    (out / (Path(name).stem + ".truth.json")).write_text(
                        json.dumps(truth, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
                    print(f"  {name} ({len(data):,} bytes)")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    sub = parser.add_subparsers(dest="command", required=True)
    writer = sub.add_parser("write")
    writer.add_argument("--out", type=Path, default=REAL)
    writer.add_argument("--python", default=sys.executable, help="a Python with markitdown and pymupdf4llm")
    writer.add_argument("stems", nargs="*", help="only these sources (stem or fixture name); default every one")
    args = parser.parse_args()
    write(args.out, args.python, args.stems)


if __name__ == "__main__":
    main()
