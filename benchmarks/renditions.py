"""Renditions of real reports by tools the project did not write, as labelled fixtures (issue 14).

    .venv/bin/python benchmarks/renditions.py write   [--out tests/fixtures/real]   # make the files + truths
    .venv/bin/python benchmarks/renditions.py measure [--dir tests/fixtures/real]   # score them, tool x source
    .venv/bin/python benchmarks/renditions.py rows    [--dir tests/fixtures/real]   # their SOURCES.md rows
    .venv/bin/python benchmarks/renditions.py corpus CORPUS OUT [--count 60] [--text-tools] [--noise NAME]
        [--blanks-unprinted | --blanks-marked]  # a corpus by other tools

`corpus` renders a generated corpus's HTML (UTF-8) and DOCX reports with the same installed tools
(Chromium's PDF of the page and pdftotext -layout / plain / -raw of it; LibreOffice's PDF of the
DOCX, and of the page through DOCX, with pdftotext -layout of each; with --text-tools the page's
text by w3m, lynx, links, pandoc and Chromium's innerText too, layouts `html-<tool>`) into
OUT/reports, each beside its corpus truth in OUT/truth whose layout names the tool (blank where the
report prints no cell: `rendition_truth`): `gdw eval OUT` scores them per tool. With --noise, only
the reports whose truth lists that noise (`fullwidth`: full-width figures, which Chromium wraps a piece
a line in narrow columns) are rendered: a set of one class, where 27 reports hold two or so. With
--blanks-unprinted, only the HTML pages whose blank cells print nothing (`blank_tokens` drawn empty: an
empty <td>, no blank mark), through Chromium alone (its PDF and pdftotext's three texts, no LibreOffice):
the class of a sparse table 3 whose plain text sets its figures apart from its labels, about one report in
70 of a corpus, rendered in a second or two each. With --blanks-marked, likewise the pages whose blank cells
all print a mark (`/`, `—`, `-`, `无`; no empty cell): the class of a table 3 whose every cell prints a word, and
whose plain text may still set its figures apart from its labels. Nothing it writes is committed (the generator's content,
rebuilt in minutes).

A rendition is a new document of a layout nobody here wrote, with the hand-checked truth of the
report it comes from: what the report prints, not what the tool kept. Each source below is a
committed fixture; markdown sources are first made into a page with pandoc (as a site would publish
them), then every tool reads that page:

    text browsers     w3m -dump -cols 200 · lynx -dump [-nolist] -width=200 · links -dump -width 200
                      (each told the page is UTF-8)
    pandoc            -f html -t plain / markdown pipe tables / markdown grid tables / docx (--columns=200)
    LibreOffice       soffice --headless --convert-to 'docx:MS Word 2007 XML' / 'txt:Text (encoded):UTF8',
                      then that DOCX --convert-to pdf (the PDF itself, and pdftotext -layout of it)
    Chromium          chromium --headless --no-sandbox --disable-gpu --no-pdf-header-footer --print-to-pdf
                      (the PDF itself, and pdftotext -layout / plain / -raw of it); the page's
                      document.body.innerText (what a browser copies), via --dump-dom of a copy that
                      writes it into the page
    lxml              body.text_content() (a crawler's get_text(): one run of text, as fixture 97) and one
                      cell per line (each <td>/<th> on its own line, an empty cell an empty line)

A rendition whose text is the same as one already written (or already committed) is skipped, as
is one over MAX_BYTES (Chromium's PDFs of these pages: 0.4 and 0.7 MB of embedded CJK fonts). The DOCX
files and PDFs carry creation times, so a rewrite changes their bytes but not their text; every text
rendition is rewritten byte for byte.
"""

from __future__ import annotations

import argparse
import json
import re
import shutil
import subprocess
import sys
import tempfile
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

REAL = ROOT / "tests" / "fixtures" / "real"
MAX_BYTES = 200_000
TOOL_SECONDS = 120
DERIVED = "derived by benchmarks/renditions.py: "  # how each truth's provenance begins


@dataclass(frozen=True)
class Source:
    fixture: str  # the committed file the renditions come from
    stem: str  # the renditions' file-name prefix
    markdown: bool  # made into a page with pandoc first
    pdf_only: bool = False  # only the PDFs' renditions (PDF_SUFFIXES): the text tools' are measured on 96 and 90


# the renditions of a page through a PDF: Chromium's print read by pdftotext in its three modes, and
# LibreOffice's PDF of the page's DOCX with its pdftotext -layout (markitdown of both: pdf_markdown.py)
PDF_SUFFIXES = ("_pdftotext.txt", "_pdftotext_plain.txt", "_pdftotext_raw.txt", "_libreoffice_pdf.pdf",
                "_libreoffice_pdftotext.txt")


def published_page(fixture: str) -> Source:
    """A real report page as its site published it (`<stem>_page.html`), rendered through PDFs only."""
    return Source(fixture, fixture.removesuffix(".html"), markdown=False, pdf_only=True)


SOURCES = (
    Source("96_shuyang_ndrc_2023.html", "96_shuyang_ndrc_2023", markdown=False),
    Source("90_shuyang_county_2025_markdown.txt", "90_shuyang_county_2025", markdown=True),
    # 莆田 department pages as published (their article, issue 14 realhtml43): real column widths, merged
    # header cells and header wording, where 96 and 90 are two documents of one county
    *(published_page(name) for name in (
        "163_putian_forestry_2025.html",
        "211_putian_forestry_2024_page.html",
        "212_putian_audit_2024_page.html",
        "213_putian_urban_management_2024_page.html",
        "214_putian_urban_management_2023_page.html",
        "215_putian_forestry_2023_page.html",
        "216_putian_urban_management_2025_page.html",
        "217_putian_science_2025_page.html",
        "218_putian_urban_management_2022_page.html",
        "219_putian_forestry_2021_page.html",
        "220_putian_urban_management_2021_page.html",
        "221_putian_science_2024_page.html",
        "222_putian_science_2023_page.html",
    )),
)
# Not 91 and 92: their markdown is not a table document (rows of uneven width, label-less rows, each
# separated from the next by a delimiter row), so pandoc's markdown reader finds none of their tables
# (0 of 19 and 0 of 17; gfm 2 and 4) and the "page" holds the pipe syntax as paragraph text, a layout
# no site publishes: their renditions would measure that, not the tools.

PAGE_COMMAND = "pandoc -f markdown -t html5 --standalone --metadata pagetitle=report"


def run(command: list[str], **kwargs) -> bytes:
    return subprocess.run(command, check=True, capture_output=True, timeout=TOOL_SECONDS, **kwargs).stdout


# A published page names its site's scripts, styles and images by URL, and Chromium and LibreOffice fetch
# what a page names: both run in a network namespace of their own (loopback only, and that down), so no
# rendition reaches the network and none depends on what a server answers. Needs root (or user namespaces);
# where `unshare` cannot, the tool fails and its renditions are skipped, never made with the network on.
NO_NETWORK = ("unshare", "--net")


def soffice(source: Path, target_filter: str, out: Path) -> Path:
    # a private profile per call: LibreOffice refuses to start while another instance holds the default one
    profile = out / "lo-profile"
    run([*NO_NETWORK, "soffice", f"-env:UserInstallation=file://{profile}", "--headless", "--convert-to",
         target_filter, "--outdir", str(out), str(source)])
    extension = target_filter.split(":")[0]
    return out / f"{source.stem}.{extension}"


def chromium(*args: str) -> bytes:
    return run([*NO_NETWORK, "chromium", "--headless", "--no-sandbox", "--disable-gpu", *args])


BLOCKS = {"p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "div", "pre", "blockquote", "dt", "dd", "caption"}


def one_cell_per_line(page: bytes) -> str:
    """Each table cell on its own line (an empty cell an empty line), each innermost block outside
    the tables on its own line: the cells in reading order, with nothing marking a row's end."""
    import lxml.html

    body = lxml.html.document_fromstring(page).body
    lines = []
    for element in body.iter():
        if not isinstance(element.tag, str):
            continue
        if element.tag in ("td", "th"):
            lines.append(" ".join(element.text_content().split()))
        elif element.tag in BLOCKS and not any(a.tag == "table" for a in element.iterancestors()) \
                and not any(isinstance(d.tag, str) and d.tag in BLOCKS | {"table"} for d in element.iterdescendants()):
            text = " ".join(element.text_content().split())
            if text:
                lines.append(text)
    return "\n".join(lines) + "\n"


def crawl_text(page: bytes) -> str:
    import lxml.html

    return lxml.html.document_fromstring(page).body.text_content()


INNER_TEXT = (b"<script>window.addEventListener('load',function(){var t=document.body.innerText;"
              b"document.body.innerHTML='';var p=document.createElement('pre');p.id='inner-text';"
              b"p.textContent=t;document.body.appendChild(p);});</script>")


def browser_text(page: Path, work: Path) -> str:
    """document.body.innerText as Chromium lays the page out (tabs between cells, blank lines of <p>)."""
    import lxml.html

    copy = work / "inner.html"
    data = page.read_bytes()
    end = data.lower().rfind(b"</body>")
    copy.write_bytes(data[:end] + INNER_TEXT + data[end:] if end >= 0 else data + INNER_TEXT)
    dom = chromium("--virtual-time-budget=5000", "--dump-dom", copy.as_uri())
    return lxml.html.document_fromstring(dom).get_element_by_id("inner-text").text_content()


@dataclass(frozen=True)
class Rendition:
    suffix: str  # file name after the source's stem
    layout: str  # the truth's class: one per tool
    how: str  # the command, for the truth and SOURCES.md


# pandoc's text writers of a page, by suffix: (the truth's class, the arguments after `-f html`)
PANDOC_TEXT = {
    "_pandoc_plain.txt": ("pandoc-plain", ["-t", "plain", "--columns=200"]),
    "_pandoc_pipe.md": ("pandoc-pipe", ["-t", "markdown-simple_tables-multiline_tables-grid_tables", "--columns=200"]),
    "_pandoc_grid.md": ("pandoc-grid", ["-t", "markdown-simple_tables-multiline_tables-pipe_tables", "--columns=200"]),
    # its default tables: simple where no cell wraps, multiline where one does
    "_pandoc_markdown.md": ("pandoc-markdown", ["-t", "markdown", "--columns=200"]),
    "_pandoc_simple.md": ("pandoc-markdown", ["-t", "markdown-multiline_tables-grid_tables-pipe_tables", "--columns=200"]),
    "_pandoc_grid_narrow.md": ("pandoc-grid", ["-t", "markdown-simple_tables-multiline_tables-pipe_tables", "--columns=80"]),
    # gfm keeps Word's runs as raw <span> tags
    "_pandoc_gfm.md": ("pandoc-gfm", ["-t", "gfm", "--columns=200"]),
}

RENDITIONS = (
    Rendition("_pandoc_page.html", "pandoc-html", PAGE_COMMAND + " (the page the other tools read)"),
    Rendition("_w3m.txt", "w3m", "w3m -dump -cols 200 -T text/html -I UTF-8 -O UTF-8 (w3m 0.5.3+git20230121)"),
    Rendition("_lynx.txt", "lynx", "lynx -dump -width=200 -display_charset=utf-8 -assume_charset=utf-8 (Lynx 2.9.0dev.12)"),
    Rendition("_lynx_nolist.txt", "lynx", "lynx -dump -nolist -width=200 -display_charset=utf-8 -assume_charset=utf-8 (Lynx 2.9.0dev.12)"),
    Rendition("_links.txt", "links", "links -dump -width 200 -codepage utf-8 (Links 2.28)"),
    *(Rendition(suffix, layout, f"pandoc -f html {' '.join(args)} (pandoc 2.17.1.1)")
      for suffix, (layout, args) in PANDOC_TEXT.items()),
    Rendition("_pandoc.docx", "docx", "pandoc -f html -t json with a Lua filter dropping images, then pandoc -f json -t docx (pandoc 2.17.1.1)"),
    Rendition("_libreoffice.docx", "libreoffice-docx",
              "soffice --headless --convert-to 'docx:MS Word 2007 XML' (LibreOffice 7.4.7)"),
    Rendition("_libreoffice_text.txt", "libreoffice",
              "soffice --headless --convert-to 'txt:Text (encoded):UTF8' (LibreOffice 7.4.7)"),
    Rendition("_libreoffice_pdftotext.txt", "libreoffice-pdftotext",
              "soffice --headless --convert-to 'docx:MS Word 2007 XML', that DOCX --convert-to pdf, "
              "then pdftotext -layout (poppler 22.12)"),
    Rendition("_libreoffice_pdf.pdf", "libreoffice-pdf",
              "soffice --headless --convert-to 'docx:MS Word 2007 XML', that DOCX --convert-to pdf (LibreOffice 7.4.7)"),
    Rendition("_chromium.pdf", "pdf",
              "chromium --headless --no-sandbox --disable-gpu --no-pdf-header-footer --print-to-pdf (Chromium 156)"),
    Rendition("_pdftotext.txt", "pdftotext", "Chromium's PDF (as _chromium.pdf), then pdftotext -layout (poppler 22.12)"),
    Rendition("_pdftotext_plain.txt", "pdftotext-plain", "Chromium's PDF, then pdftotext with no option (poppler 22.12)"),
    Rendition("_pdftotext_raw.txt", "pdftotext-raw", "Chromium's PDF, then pdftotext -raw (poppler 22.12)"),
    Rendition("_browser.txt", "browser",
              "Chromium 156 headless: document.body.innerText, written into a copy of the page and read by --dump-dom"),
    Rendition("_crawl.txt", "crawl", "lxml.html.document_fromstring(page).body.text_content() (lxml 6.1)"),
    Rendition("_cells.txt", "cells", "one cell per line: lxml, each <td>/<th> text on its own line (an empty cell "
              "an empty line), each innermost block outside the tables on its own line"),
)


def no_images(work: Path) -> Path:
    """A pandoc filter that drops images: a saved page's images are not beside it, and pandoc's DOCX
    writer stops on a missing one."""
    script = work / "no-images.lua"
    script.write_text("function Image(el) return {} end\n", encoding="utf-8")
    return script


# a truth is named after its document's stem (`<stem>.truth.json`): no two renditions may share one
assert len({Path(r.suffix).stem for r in RENDITIONS}) == len(RENDITIONS), "two renditions share a file stem"


def text_steps(page: Path, work: Path) -> dict:
    """The renditions of one page by the text browsers, pandoc, lxml and Chromium's innerText:
    {file suffix: a call that returns its bytes}."""
    return {
        "_w3m.txt": lambda: run(["w3m", "-dump", "-cols", "200", "-T", "text/html", "-I", "UTF-8", "-O", "UTF-8",
                                 str(page)]),
        "_lynx.txt": lambda: run(["lynx", "-dump", "-width=200", "-display_charset=utf-8", "-assume_charset=utf-8",
                                  str(page)]),
        "_lynx_nolist.txt": lambda: run(["lynx", "-dump", "-nolist", "-width=200", "-display_charset=utf-8",
                                         "-assume_charset=utf-8", str(page)]),
        "_links.txt": lambda: run(["links", "-dump", "-width", "200", "-codepage", "utf-8", str(page)]),
        **{suffix: (lambda args=args: run(["pandoc", "-f", "html", *args, str(page)]))
           for suffix, (_, args) in PANDOC_TEXT.items()},
        "_pandoc.docx": lambda: run(["pandoc", "-f", "json", "-t", "docx", "-o", "-"], input=run(
            ["pandoc", "-f", "html", "-t", "json", f"--lua-filter={no_images(work)}", str(page)])),
        "_crawl.txt": lambda: crawl_text(page.read_bytes()).encode(),
        "_cells.txt": lambda: one_cell_per_line(page.read_bytes()).encode(),
        "_browser.txt": lambda: browser_text(page, work).encode(),
    }


def render(page: Path, work: Path, pdf_only: bool = False) -> dict[str, bytes]:
    """Every rendition of one page (with pdf_only, those through a PDF), by file suffix. A tool that
    fails is reported and skipped."""
    out: dict[str, bytes] = {}
    for suffix, step in ({} if pdf_only else text_steps(page, work)).items():
        try:
            out[suffix] = step()
        except (subprocess.SubprocessError, OSError, ValueError, KeyError) as error:
            print(f"  {suffix}: {error}", file=sys.stderr)
    try:
        docx = soffice(page, "docx:MS Word 2007 XML", work)
        out["_libreoffice.docx"] = docx.read_bytes()
        if not pdf_only:
            out["_libreoffice_text.txt"] = soffice(page, "txt:Text (encoded):UTF8", work).read_bytes()
        pdf_path = soffice(docx, "pdf", work)
        out["_libreoffice_pdf.pdf"] = pdf_path.read_bytes()
        out["_libreoffice_pdftotext.txt"] = run(["pdftotext", "-layout", str(pdf_path), "-"])
    except (subprocess.SubprocessError, OSError) as error:
        print(f"  LibreOffice: {error}", file=sys.stderr)
    try:
        pdf_path = work / "chromium.pdf"
        chromium("--no-pdf-header-footer", f"--print-to-pdf={pdf_path}", page.as_uri())
        out["_chromium.pdf"] = pdf_path.read_bytes()
        for suffix, flags in (("_pdftotext.txt", ["-layout"]), ("_pdftotext_plain.txt", []),
                              ("_pdftotext_raw.txt", ["-raw"])):
            out[suffix] = run(["pdftotext", *flags, str(pdf_path), "-"])
    except (subprocess.SubprocessError, OSError) as error:
        print(f"  Chromium: {error}", file=sys.stderr)
    return {suffix: data for suffix, data in out.items() if not pdf_only or suffix in PDF_SUFFIXES}


def text_of(data: bytes) -> str:
    """What makes two renditions the same document for the reader: the text it reads from them, line by
    line (spaces at a line's end aside: the layout is in the rest)."""
    from orchestration.parsing.formats import FormatProblem, extract

    try:
        return re.sub(r"[ \t]+\n", "\n", extract(data).text).strip()
    except FormatProblem:  # a file the reader cannot open is compared by its bytes
        return data.hex()


def truth_for(source: Source, rendition: Rendition, name: str) -> dict:
    truth = json.loads((REAL / (Path(source.fixture).stem + ".truth.json")).read_text(encoding="utf-8"))
    how = rendition.how
    if source.markdown and rendition.suffix != "_pandoc_page.html":
        how = f"{PAGE_COMMAND} of {source.fixture}, then " + how
    truth["source"] = name
    truth["layout"] = rendition.layout
    truth["provenance"] = {**truth["provenance"], "derived_from": source.fixture,
                           "how": DERIVED + how}
    note = f"a rendition of {source.fixture} (the truth of that file: what the report prints, not what the tool kept)"
    truth["notes"] = [note, *truth["notes"]]
    return truth


def chosen(stems: list[str]) -> tuple[Source, ...]:
    """The sources named (by stem or fixture), or every one where none is named."""
    picked = tuple(s for s in SOURCES if not stems or s.stem in stems or s.fixture in stems)
    if stems and len(picked) < len(stems):
        raise SystemExit(f"no such source among {[s.stem for s in SOURCES]}")
    return picked


def write(out: Path, stems: list[str] = ()) -> None:
    seen = {text_of(p.read_bytes()): p.name for folder in {REAL, out} for p in sorted(folder.iterdir())
            if p.is_file() and not p.name.endswith(".truth.json") and p.name != "SOURCES.md"}
    by_suffix = {r.suffix: r for r in RENDITIONS}
    for source in chosen(stems):
        print(source.fixture)
        with tempfile.TemporaryDirectory(prefix="renditions-") as folder:
            work = Path(folder)
            page = work / f"{source.stem}.html"
            if source.markdown:
                page.write_bytes(run([*PAGE_COMMAND.split(), str(REAL / source.fixture)]))
            else:
                shutil.copyfile(REAL / source.fixture, page)
            made = render(page, work, source.pdf_only)
            if source.markdown:
                made = {"_pandoc_page.html": page.read_bytes(), **made}
        for suffix, data in made.items():
            name = source.stem + suffix
            text = text_of(data)
            if text in seen and seen[text] != name:
                print(f"  skip {name}: same text as {seen[text]}")
                continue
            if len(data) > MAX_BYTES:
                print(f"  skip {name}: {len(data):,} bytes")
                continue
            seen[text] = name
            (out / name).write_bytes(data)
            truth = truth_for(source, by_suffix[suffix], name)
            (out / (Path(name).stem + ".truth.json")).write_text(
                json.dumps(truth, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
            print(f"  {name} ({len(data):,} bytes)")


def measure(folder: Path) -> None:
    """Cells right / wrong / unknown per file, with its first wrong cells, then right per tool and source."""
    from orchestration.core.evaluation import LayoutScore, score_document
    from orchestration.parsing.parse import parse_file

    stems = {s.stem: s for s in SOURCES}
    grid: dict[tuple[str, str], LayoutScore] = defaultdict(LayoutScore)
    by_tool: dict[str, LayoutScore] = defaultdict(LayoutScore)
    for truth_path in sorted(folder.glob("*.truth.json")):
        truth = json.loads(truth_path.read_text(encoding="utf-8"))
        stem = next((s for s in stems if truth["source"].startswith(s + "_")), None)
        if stem is None or truth["provenance"].get("derived_from") != stems[stem].fixture:
            continue
        document = folder / truth["source"]
        report = parse_file(document)
        score = score_document(document, truth, report)
        tool = truth["source"][len(stem) + 1:]
        grid[(tool, stem)].add(score)
        by_tool[tool].add(score)
        flags = f"{report.status}" + ("" if (report.agency, report.year) == (truth["agency"], truth["year"])
                                      else f" agency/year {report.agency}/{report.year}")
        print(f"{truth['source']:<50} {truth['layout']:<22} {score.right:>4}/{score.cells:<4} wrong {score.wrong:>3} "
              f"silent {score.silent_wrong} unknown {score.unknown:>3} recovered {score.recovered:>3}  {flags}")
        for example in score.examples:
            print("    " + example)
    print(f"\n{'tool':<28}" + "".join(f"{s[:14]:>16}" for s in stems) + f"{'all':>16}")
    for tool, total in sorted(by_tool.items()):
        row = [grid.get((tool, s)) for s in stems]
        print(f"{tool:<28}" + "".join(f"{'—' if c is None else f'{c.right}/{c.cells} w{c.wrong}':>16}" for c in row)
              + f"{total.accuracy:>15.1%}")


def rows(folder: Path) -> None:
    """The SOURCES.md row of every rendition this script made (its truth says how)."""
    for truth_path in sorted(folder.glob("*.truth.json")):
        truth = json.loads(truth_path.read_text(encoding="utf-8"))
        how, source = truth["provenance"]["how"], truth["provenance"]["derived_from"]
        if how.startswith(DERIVED):
            number = source.split("_")[0]
            print(f"| `{truth['source']}` | {truth['layout']} | {truth['template']} | as {number} "
                  f"({truth['agency']}, {truth['year']}) | derived from {source}: {how[len(DERIVED):]} | "
                  f"the truth of {number} |")


# the corpus mode's renditions: file suffix -> the truth's layout (`<source layout>` is put in front)
CORPUS_PDF_TEXT = {"-layout": "pdftotext", "": "pdftotext-plain", "-raw": "pdftotext-raw"}


# with --text-tools, a page's renditions by the text browsers, pandoc and a browser's innerText too
# (`text_steps`; not lxml's two, which are the corpus's own txt-crawl and txt-cells layouts)
CORPUS_TEXT_TOOLS = ("_w3m.txt", "_lynx.txt", "_links.txt", "_pandoc_plain.txt", "_pandoc_pipe.md",
                     "_pandoc_grid.md", "_pandoc_markdown.md", "_pandoc_gfm.md", "_pandoc.docx", "_browser.txt")


def corpus_renditions(source: Path, layout: str, work: Path, text_tools: bool = False, chromium_only: bool = False
                      ) -> dict[str, tuple[str, bytes]]:
    """Every rendition of one corpus report by the installed tools: {file suffix: (layout, bytes)}; with
    `chromium_only`, Chromium's of an HTML page alone. A tool that fails is reported and skipped."""
    out: dict[str, tuple[str, bytes]] = {}
    if text_tools and layout.startswith("html"):
        layouts = {r.suffix: r.layout for r in RENDITIONS}
        steps = text_steps(source, work)
        for suffix in CORPUS_TEXT_TOOLS:
            try:
                out[suffix] = (f"html-{layouts[suffix]}" if layouts[suffix] != "docx" else "html-pandoc-docx",
                               steps[suffix]())
            except (subprocess.SubprocessError, OSError, ValueError, KeyError) as error:
                print(f"  {source.name} {suffix}: {error}", file=sys.stderr)

    def pdf_and_text(pdf_path: Path, tool: str, texts: dict[str, str]) -> None:
        out[f"_{tool}.pdf"] = (f"{tool}-pdf", pdf_path.read_bytes())
        for flag, name in texts.items():
            out[f"_{tool}_{name}.txt"] = (f"{tool}-{name}", run(["pdftotext", *([flag] if flag else []),
                                                                   str(pdf_path), "-"]))

    try:
        if layout.startswith("html"):
            pdf_path = work / "chromium.pdf"
            chromium("--no-pdf-header-footer", f"--print-to-pdf={pdf_path}", source.as_uri())
            pdf_and_text(pdf_path, "chromium", CORPUS_PDF_TEXT)
            if chromium_only:
                return out
            docx = soffice(source, "docx:MS Word 2007 XML", work)
            pdf_and_text(soffice(docx, "pdf", work), "lo-html", {"-layout": "pdftotext"})
        else:
            pdf_and_text(soffice(source, "pdf", work), "lo-docx", {"-layout": "pdftotext"})
    except (subprocess.SubprocessError, OSError) as error:
        print(f"  {source.name}: {error}", file=sys.stderr)
    return out


def rendition_truth(truth: dict) -> dict:
    """The truth of a rendition of a corpus report: the report's, except the cells the report does not
    print (`unprinted`: the cells a short row lost, no <td> or <w:tc> in the file), which are blank.

    The source's truth keeps the report's figure there, and a reader of the source file sees the
    row is short (a cell fewer than the table has) and says unknown. No rendition shows a figure:
    Chromium closes the place with its neighbours' borders and the table's, an empty cell to any
    reader (with the page's collapsed borders as with separate ones); pandoc gives every row the
    table's width, so its writers print an empty cell; w3m and lynx print nothing there, as for any
    blank; LibreOffice ends the row early. So its truth says blank, what it shows: a reader that reads
    an empty cell is right, one that sees the cell is missing says unknown (not wrong), and one that
    puts a figure there is wrong (a total recovered as its parts' sum where LibreOffice cut the total
    column too: flagged `recovered`, but the page never printed it)."""
    shown = json.loads(json.dumps(truth))
    for table, row, column in shown.get("unprinted", []):
        shown[table][row][column] = None
    return shown


# a table cell holding nothing, and one holding a blank mark (testkit.corpus's blank styles but the empty one)
_EMPTY_CELL = re.compile(r"<td[^>]*>\s*</td>")
_MARKED_CELL = re.compile(r"<td[^>]*>\s*(?:/|—|-|无)\s*</td>")


def page_text(page: bytes) -> str:
    """A corpus page's text, UTF-8 or GBK (the generator writes both)."""
    try:
        return page.decode("utf-8")
    except UnicodeDecodeError:
        return page.decode("gb18030", errors="replace")


def blanks_print_nothing(page: bytes) -> bool:
    """Whether a corpus page (UTF-8 or GBK) prints its blank cells as nothing: empty cells, none holding a
    blank mark (the generator draws one blank style a report)."""
    text = page_text(page)
    return bool(_EMPTY_CELL.search(text)) and not _MARKED_CELL.search(text)


def blanks_print_a_mark(page: bytes) -> bool:
    """Whether a corpus page prints each of its blank cells as a mark: marked cells, none empty."""
    text = page_text(page)
    return bool(_MARKED_CELL.search(text)) and not _EMPTY_CELL.search(text)


# the pages --blanks-unprinted and --blanks-marked pick (HTML pages with blank marks, Chromium alone)
BLANK_CLASSES = {"unprinted": blanks_print_nothing, "marked": blanks_print_a_mark}


def corpus(source_dir: Path, out: Path, count: int, text_tools: bool = False, noise: str | None = None,
           blanks: str | None = None) -> None:
    """Render up to `count` of a corpus's HTML (UTF-8) and DOCX reports, half each, into OUT/reports with
    their truth in OUT/truth (layout: the tool chain); with `noise`, only reports whose truth lists it; with
    `blanks` (a BLANK_CLASSES key), up to `count` of its HTML pages (any encoding) whose blank cells print
    nothing, or each a mark, by Chromium alone."""
    from orchestration.core.evaluation import truth_name

    (out / "reports").mkdir(parents=True, exist_ok=True)
    (out / "truth").mkdir(parents=True, exist_ok=True)
    chosen: list[tuple[Path, dict]] = []
    for wanted in ("html",) if blanks else ("html-utf8", "docx"):
        picked = 0
        for truth_path in sorted((source_dir / "truth").glob("*.truth.json")):
            truth = json.loads(truth_path.read_text(encoding="utf-8"))
            source = source_dir / "reports" / truth["source"]
            if (truth["layout"].startswith(wanted) if blanks else truth["layout"] == wanted) and \
                    picked < (count if blanks else (count + 1) // 2) and \
                    (noise is None or noise in truth.get("noise", ())) and \
                    (not blanks or "blank_tokens" in truth.get("noise", ()) and
                     BLANK_CLASSES[blanks](source.read_bytes())):
                chosen.append((source, truth))
                picked += 1
    for source, truth in chosen:
        print(source.name)
        with tempfile.TemporaryDirectory(prefix="renditions-") as folder:
            made = corpus_renditions(source, truth["layout"], Path(folder), text_tools,
                                     chromium_only=bool(blanks))
        shown = rendition_truth(truth)
        for suffix, (layout, data) in made.items():
            name = source.stem + suffix
            (out / "reports" / name).write_bytes(data)
            (out / "truth" / truth_name(name)).write_text(
                json.dumps({**shown, "source": name, "layout": layout}, ensure_ascii=False, indent=1) + "\n",
                encoding="utf-8")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    sub = parser.add_subparsers(dest="command", required=True)
    writer = sub.add_parser("write")
    writer.add_argument("--out", type=Path, default=REAL)
    writer.add_argument("stems", nargs="*", help="only these sources (stem or fixture name); default every one")
    sub.add_parser("measure").add_argument("--dir", type=Path, default=REAL)
    sub.add_parser("rows").add_argument("--dir", type=Path, default=REAL)
    corpus_parser = sub.add_parser("corpus")
    corpus_parser.add_argument("source", type=Path, help="a folder written by `python -m testkit.corpus`")
    corpus_parser.add_argument("out", type=Path)
    corpus_parser.add_argument("--count", type=int, default=60, help="source reports, half HTML, half DOCX")
    corpus_parser.add_argument("--text-tools", action="store_true",
                               help="the pages' text by w3m, lynx, links, pandoc and Chromium's innerText too")
    corpus_parser.add_argument("--noise", help="only reports whose truth lists this noise (e.g. fullwidth)")
    blank_class = corpus_parser.add_mutually_exclusive_group()
    blank_class.add_argument("--blanks-unprinted", action="store_const", dest="blanks", const="unprinted",
                             help="only HTML pages whose blank cells print nothing, by Chromium alone")
    blank_class.add_argument("--blanks-marked", action="store_const", dest="blanks", const="marked",
                             help="only HTML pages whose blank cells each print a mark, by Chromium alone")
    args = parser.parse_args()
    {"write": lambda: write(args.out, args.stems), "measure": lambda: measure(args.dir), "rows": lambda: rows(args.dir),
     "corpus": lambda: corpus(args.source, args.out, args.count, args.text_tools, args.noise,
                              args.blanks)}[args.command]()


if __name__ == "__main__":
    main()
