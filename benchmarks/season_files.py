"""A landing folder shaped like a real season, written fast enough for 150,000 reports.

- Agencies: distinct names of China's divisions with the departments that publish (the region
  library's list, as benchmarks/regions.py builds them): ~140,000 for 150,000 reports, most with
  one report, some with 2, 3 or 4 consecutive years (the same agency, CARRY_CONTINUITY between
  them), and a few exact duplicates (the same file saved twice under another name).
- Formats in the mix sites publish: of 150, 110 HTML pages, 20 PDFs, 10 DOCX, 10 text files.
- Adversarial mode: half the reports under three agencies (one agency, many reports a year), the
  shape that makes a per-agency join grow with the square of its reports.

Each file is a labeled corpus document (testkit/corpus.py: every layout, both
templates, with the damage real reports show) with its agency and year replaced: a small pool of
documents per layout and template is rendered once, and each file is a copy with another agency
and year written into it (in the text's own encoding; in DOCX's document.xml; in a PDF's content
streams, through the CID font's own encoding, with the xref table rebuilt). So the parser works
as hard on each file as on a real one, and the files cost milliseconds to write, not the 0.3 s a
PDF or 0.8 s a DOCX costs to render.
"""

from __future__ import annotations

import base64
import io
import random
import re
import zipfile
import zlib
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

from testkit.corpus import make_document

# of 150 reports: what sites publish
FORMAT_MIX = {"html": 110, "pdf": 20, "docx": 10, "text": 10}
LAYOUTS = {"html": ("html-utf8", "html-gbk", "html-gbk-undeclared"), "pdf": ("pdf",), "docx": ("docx",),
           "text": ("txt-tabs", "txt-cells", "txt-aligned", "txt-pipes")}
EXTENSIONS = {"html": "html", "pdf": "pdf", "docx": "docx", "text": "txt"}
YEARS = (2019, 2020, 2021, 2022, 2023, 2024)
# reports per agency: 1 mostly; 2-4 consecutive years now and then (mean 1.07: ~140,000 agencies
# for 150,000 reports)
YEARS_PER_AGENCY = ((1, 0.95), (2, 0.03), (3, 0.015), (4, 0.005))
DUPLICATES = 0.002  # exact copies under another name
POOL = 6  # documents per layout and template


def template_of(year: int) -> str:
    return "2019" if year <= 2020 else "2021"


@dataclass(frozen=True)
class PlannedReport:
    agency: str
    year: int
    kind: str  # html | pdf | docx | text


@dataclass
class Season:
    reports: list[PlannedReport]
    duplicates: list[int]  # indexes of reports written a second time under another name

    def describe(self) -> str:
        agencies = Counter(r.agency for r in self.reports)
        spread = Counter(agencies.values())
        kinds = Counter(r.kind for r in self.reports)
        largest = max(agencies.values()) if agencies else 0
        return (f"{len(self.reports)} reports + {len(self.duplicates)} duplicate files; "
                f"{len(agencies)} agencies (reports per agency: "
                f"{', '.join(f'{n}: {c}' for n, c in sorted(spread.items())[:6])}"
                f"{' …' if len(spread) > 6 else ''}; largest {largest}); "
                f"formats {dict(sorted(kinds.items()))}")


def agency_names(count: int) -> list[str]:
    from benchmarks.regions import names

    return names(count)


def plan_season(count: int, adversarial: bool = False, seed: int = 0) -> Season:
    """Which agency publishes which year in which format: `count` reports."""
    rng = random.Random(seed)
    kinds = [kind for kind, share in FORMAT_MIX.items() for _ in range(share)]
    names = agency_names(count)
    reports: list[PlannedReport] = []
    crowd = names[:3] if adversarial else []
    if adversarial:  # half the season under three agencies, every year
        reports += [PlannedReport(crowd[i % 3], YEARS[i % len(YEARS)], rng.choice(kinds)) for i in range(count // 2)]
    for name in names[len(crowd):]:
        if len(reports) >= count:
            break
        span = rng.choices([n for n, _ in YEARS_PER_AGENCY], [w for _, w in YEARS_PER_AGENCY])[0]
        start = rng.randrange(YEARS[0], YEARS[-1] - span + 2)
        reports += [PlannedReport(name, year, rng.choice(kinds)) for year in range(start, start + span)]
    reports = reports[:count]
    duplicates = sorted(rng.sample(range(len(reports)), int(len(reports) * DUPLICATES)))
    return Season(reports, duplicates)


# ---------------------------------------------------------------- writing an agency and a year into a document


def _pdf_encoder():
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont

    from testkit.corpus import _PDF_FONT

    if _PDF_FONT not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(UnicodeCIDFont(_PDF_FONT))
    font = pdfmetrics.getFont(_PDF_FONT)

    def encode(text: str) -> bytes:
        encoded = font.formatForPdf(text)
        return encoded if isinstance(encoded, bytes) else encoded.encode("latin-1")

    return encode


_OBJECT = re.compile(rb"(\d+) 0 obj\n(.*?)\nendobj\n", re.DOTALL)
_STREAM = re.compile(rb"\A(<<.*?>>)\s*stream\r?\n(.*)endstream\s*\Z", re.DOTALL)


def rewrite_pdf(data: bytes, replacements: list[tuple[bytes, bytes]]) -> bytes:
    """A ReportLab PDF with byte strings replaced in its objects and content streams (decoded,
    replaced, compressed again), and the xref table rebuilt for the new offsets."""
    start, xref = data.index(b"1 0 obj\n"), data.rindex(b"\nxref\n") + 1
    out, offsets = bytearray(data[:start]), []
    for match in _OBJECT.finditer(data, start, xref):
        number, body = match.group(1), match.group(2)
        stream = _STREAM.match(body)
        if stream:
            head, raw = stream.group(1), _decoded(stream)
            for old, new in replacements:
                raw = raw.replace(old, new)
            packed = zlib.compress(raw)
            head = re.sub(rb"/Filter\s*\[[^\]]*\]|/Filter\s*/\w+", b"/Filter /FlateDecode", head)
            head = re.sub(rb"/Length\s+\d+", b"/Length %d" % len(packed), head)
            body = head + b"\nstream\n" + packed + b"\nendstream"
        else:
            for old, new in replacements:
                body = body.replace(old, new)
        offsets.append(len(out))
        out += number + b" 0 obj\n" + body + b"\nendobj\n"
    trailer = data[data.index(b"trailer", xref) : data.index(b"startxref", xref)]
    at = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(offsets) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    out += trailer + b"startxref\n%d\n%%%%EOF\n" % at
    return bytes(out)


def _docx_replace(data: bytes, replacements: list[tuple[str, str]]) -> bytes:
    source, out = zipfile.ZipFile(io.BytesIO(data)), io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            content = source.read(info.filename)
            if info.filename == "word/document.xml":
                text = content.decode("utf-8")
                for old, new in replacements:
                    text = text.replace(old, new)
                content = text.encode("utf-8")
            target.writestr(info, content)
    return out.getvalue()


def _decode(data: bytes) -> tuple[str, str]:
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        return data.decode("gb18030"), "gb18030"


@dataclass(frozen=True)
class PoolDocument:
    kind: str
    layout: str
    data: bytes
    agency: str
    year: int


class Writer:
    """Renders the pool once, then writes any (agency, year, format) as a copy of a pool document."""

    def __init__(self, seed: int = 0):
        self.encode_pdf = _pdf_encoder()
        self.pool: dict[tuple[str, str], list[PoolDocument]] = {}
        index = 0
        for kind, layouts in LAYOUTS.items():
            for layout in layouts:
                for template in ("2019", "2021"):
                    found: list[PoolDocument] = []
                    while len(found) < POOL:
                        index += 1
                        document = make_document(seed, index, layout=layout)
                        truth = document.truth
                        noise = set(truth.get("noise", ()))
                        if truth["status"] != "parsed" or template_of(truth["year"]) != template \
                                or noise & {"traditional", "wrong_template"} \
                                or not self._holds(kind, document.data, truth["agency"]):
                            continue
                        found.append(PoolDocument(kind, layout, document.data, truth["agency"], truth["year"]))
                    self.pool.setdefault((kind, template), []).extend(found)

    def _holds(self, kind: str, data: bytes, agency: str) -> bool:
        """The agency's name is written whole in the document, where a copy can replace it."""
        if kind == "pdf":
            return self.encode_pdf(agency) in _pdf_text(data)
        if kind == "docx":
            return agency in zipfile.ZipFile(io.BytesIO(data)).read("word/document.xml").decode("utf-8")
        return agency in _decode(data)[0]

    def render(self, report: PlannedReport, number: int) -> bytes:
        rng = random.Random(number)
        source = rng.choice(self.pool[(report.kind, template_of(report.year))])
        text_pairs = [(source.agency, report.agency), (f"{source.year}年", f"{report.year}年")]
        if report.kind == "pdf":
            return rewrite_pdf(source.data, [(self.encode_pdf(a), self.encode_pdf(b)) for a, b in text_pairs])
        if report.kind == "docx":
            return _docx_replace(source.data, text_pairs)
        text, encoding = _decode(source.data)
        for old, new in text_pairs:
            text = text.replace(old, new)
        return text.encode(encoding)


def _decoded(stream: re.Match) -> bytes:
    """A ReportLab content stream's bytes, its filters (ASCII85, Flate) undone."""
    head, raw = stream.group(1), stream.group(2).rstrip(b"\r\n")
    if b"ASCII85Decode" in head:
        raw = base64.a85decode(raw, adobe=True)
    return zlib.decompress(raw) if b"FlateDecode" in head else raw


def _pdf_text(data: bytes) -> bytes:
    """Every content stream of a ReportLab PDF, decoded."""
    return b"".join(_decoded(stream) for match in _OBJECT.finditer(data) if (stream := _STREAM.match(match.group(2))))


def file_name(number: int, report: PlannedReport) -> str:
    return f"{number:06d}_{report.agency}{report.year}年政府信息公开工作年度报告.{EXTENSIONS[report.kind]}"


def _write_whole(path: Path, data: bytes) -> None:
    """Written under another name, then renamed: a file of the folder is never half-written, so a
    later run may keep it (`reuse`)."""
    partial = path.with_name(path.name + ".partial")
    partial.write_bytes(data)
    partial.rename(path)


def write_season(landing: Path, season: Season, writer: Writer, reuse: bool = False) -> dict[str, int]:
    """The season's files in folders of 1,000; returns bytes by format. `reuse`: a file already
    there is kept, not written again (the season is the same for the same count and seed: a run
    interrupted while writing, or a second benchmark on the same folder, goes on from there)."""
    written: Counter[str] = Counter()
    duplicates = set(season.duplicates)
    for number, report in enumerate(season.reports):
        folder = landing / f"batch_{number // 1000:03d}"
        path = folder / file_name(number, report)
        copy = landing / "copies" / f"copy_{file_name(number, report)}" if number in duplicates else None
        if reuse and path.exists() and (copy is None or copy.exists()):
            written[report.kind] += path.stat().st_size
            continue
        folder.mkdir(parents=True, exist_ok=True)
        data = writer.render(report, number)
        _write_whole(path, data)
        written[report.kind] += len(data)
        if copy is not None:  # the same file saved again, elsewhere
            copy.parent.mkdir(exist_ok=True)
            _write_whole(copy, data)
    return dict(written)
