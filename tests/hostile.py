"""A deterministic generator of hostile inputs: what a season throws at gdw on a bad day.

`hostile_documents(count, seed)` yields (name, bytes, kind) for report-shaped damage of every class:
truncations, bit flips, random bytes, wrong encodings, huge numbers, figures run together, zip
bombs, span bombs, giant PDFs, deep nesting, long lines. `write_landing(directory, ...)` writes
them into a folder together with entries a parser must never open: a non-UTF-8 name, a dot-file,
an Office lock file, a FIFO, and a symlink to a file outside the folder.

The same (count, seed) always gives the same bytes, so a failure can be replayed by its name.
"""

from __future__ import annotations

import io
import os
import random
import zipfile
import zlib
from collections.abc import Iterator
from pathlib import Path

from testkit.corpus import LAYOUTS, make_document

KINDS = (
    "truncated", "bit_flips", "random_bytes", "wrong_encoding", "huge_number", "run_together",
    "zip_bomb", "span_bomb", "giant_pdf", "deep_nesting", "long_line",
)
# The expensive kinds are rare in a set, as in a season; every kind appears once early.
WEIGHTS = {"truncated": 20, "bit_flips": 20, "random_bytes": 10, "wrong_encoding": 15, "huge_number": 8,
           "run_together": 10, "zip_bomb": 1, "span_bomb": 1, "giant_pdf": 1, "deep_nesting": 2, "long_line": 2}
OUTSIDE_SECRET = "gdw-outside-secret: this line must never reach the warehouse"


def _base(rng: random.Random, seed: int, layouts=LAYOUTS) -> bytes:
    return make_document(seed, rng.randrange(10**6), layout=rng.choice(layouts)).data


def _text_report(rng: random.Random, seed: int) -> str:
    data = make_document(seed, rng.randrange(10**6), layout="txt-tabs").data
    for encoding in ("utf-8", "gb18030"):
        try:
            return data.decode(encoding)
        except UnicodeDecodeError:
            continue
    raise AssertionError("the corpus writes text reports in UTF-8 or GB18030")


def _figure_lines(text: str) -> list[int]:
    lines = text.split("\n")
    return [i for i, line in enumerate(lines) if "\t" in line and any(c.isdigit() for c in line)]


def truncated(rng, seed):
    data = _base(rng, seed)
    return data[: rng.randrange(len(data))]


def bit_flips(rng, seed):
    data = bytearray(_base(rng, seed))
    for _ in range(rng.choice((1, 3, 3, 10, 100))):
        data[rng.randrange(len(data))] ^= 1 << rng.randrange(8)
    return bytes(data)


def random_bytes(rng, seed):
    prefix = rng.choice((b"", b"%PDF-1.4\n", b"PK\x03\x04", b"<html><table>", b"\xef\xbb\xbf", b"\xff\xfe"))
    return prefix + rng.randbytes(rng.choice((0, 1, 100, 5000, 200_000)))


def wrong_encoding(rng, seed):
    text = _text_report(rng, seed)
    encoding = rng.choice(("utf-16-le", "utf-16-be", "utf-32-le", "big5", "shift_jis", "cp1252", "euc-kr"))
    return text.encode(encoding, errors="replace")


def _replace_figure(rng, text: str, figure: str) -> str:
    lines = text.split("\n")
    candidates = _figure_lines(text)
    index = rng.choice(candidates)
    cells = lines[index].split("\t")
    numeric = [i for i, cell in enumerate(cells) if cell.strip().isdigit()] or [len(cells) - 1]
    cells[rng.choice(numeric)] = figure
    lines[index] = "\t".join(cells)
    return "\n".join(lines)


def huge_number(rng, seed):
    digits = rng.choice((4301, 5000, 20_000, 200_000))
    return _replace_figure(rng, _text_report(rng, seed), "9" * digits).encode("utf-8")


def run_together(rng, seed):
    """A row whose cells lost their separators: one run of 20 to 60 digits."""
    text = _text_report(rng, seed)
    lines = text.split("\n")
    index = rng.choice(_figure_lines(text))
    label = lines[index].split("\t")[0]
    lines[index] = label + "\t" + "".join(rng.choice("0123456789") for _ in range(rng.choice((20, 24, 32, 40, 60))))
    return "\n".join(lines).encode("utf-8")


def zip_bomb(rng, seed):
    """A DOCX whose document.xml inflates to hundreds of MB (compressed ~1000:1)."""
    inflated_mib = rng.choice((200, 500, 1100))
    paragraph = b"<w:p><w:r><w:t>" + b"1" * 4000 + b"</w:t></w:r></w:p>"
    compressor = zlib.compressobj(9, zlib.DEFLATED, -15)
    head = (b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w='
            b'"http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>')
    tail = b"</w:body></w:document>"
    chunk = paragraph * (2**20 // len(paragraph))
    # a full flush makes each block independent of what came before, so one compressed chunk can
    # be repeated (seconds to build instead of compressing a gigabyte)
    head_part = compressor.compress(head) + compressor.flush(zlib.Z_FULL_FLUSH)
    chunk_part = compressor.compress(chunk) + compressor.flush(zlib.Z_FULL_FLUSH)
    raw = [head_part, chunk_part * inflated_mib, compressor.compress(tail) + compressor.flush()]
    size, crc = len(head), zlib.crc32(head)
    for _ in range(inflated_mib):
        size, crc = size + len(chunk), zlib.crc32(chunk, crc)
    size, crc = size + len(tail), zlib.crc32(tail, crc)
    return _docx_with(b"".join(raw), size, crc)


def _docx_with(deflated_document: bytes, size: int, crc: int) -> bytes:
    """A DOCX package around an already deflated word/document.xml."""
    content_types = (b'<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/'
                     b'2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-'
                     b'package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override '
                     b'PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.'
                     b'wordprocessingml.document.main+xml"/></Types>')
    rels = (b'<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/'
            b'2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/'
            b'2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>')
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as package:
        package.writestr("[Content_Types].xml", content_types)
        package.writestr("_rels/.rels", rels)
    # append word/document.xml by hand: zipfile cannot take pre-deflated data
    entries = out.getvalue()
    central_start = entries.find(b"PK\x01\x02")
    local, central = entries[:central_start], entries[central_start: entries.rfind(b"PK\x05\x06")]
    name = b"word/document.xml"
    offset = len(local)
    header = (b"PK\x03\x04" + (20).to_bytes(2, "little") + b"\x00\x00" + (8).to_bytes(2, "little") + b"\x00\x00\x21\x00"
              + crc.to_bytes(4, "little") + len(deflated_document).to_bytes(4, "little")
              + size.to_bytes(4, "little") + len(name).to_bytes(2, "little") + b"\x00\x00" + name)
    record = (b"PK\x01\x02" + (20).to_bytes(2, "little") + (20).to_bytes(2, "little") + b"\x00\x00"
              + (8).to_bytes(2, "little") + b"\x00\x00\x21\x00" + crc.to_bytes(4, "little")
              + len(deflated_document).to_bytes(4, "little") + size.to_bytes(4, "little")
              + len(name).to_bytes(2, "little") + b"\x00\x00" * 4 + b"\x00\x00\x00\x00"
              + offset.to_bytes(4, "little") + name)
    local += header + deflated_document
    central += record
    end = (b"PK\x05\x06" + b"\x00\x00\x00\x00" + (3).to_bytes(2, "little") * 2 + len(central).to_bytes(4, "little")
           + len(local).to_bytes(4, "little") + b"\x00\x00")
    return local + central + end


def span_bomb(rng, seed):
    rows = rng.choice((500, 2000))
    span = rng.choice((50, 200, 10_000))
    cells = f'<td rowspan="{span}" colspan="{span}">1</td>' * 3
    body = f"<tr><td>一、本年新收政府信息公开申请数量</td>{cells}</tr>" * rows
    return f"<html><body><h1>某市民政局2020年政府信息公开工作年度报告</h1><table>{body}</table></body></html>".encode()


def giant_pdf(rng, seed):
    """A PDF of thousands of pages that share one content stream (a few KB on disk)."""
    pages = rng.choice((2000, 20_000))
    stream = b"BT /F1 12 Tf 72 720 Td (2020 report page) Tj ET"
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [" + b" ".join(f"{5 + i} 0 R".encode() for i in range(pages))
        + f"] /Count {pages} >>".encode(),
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
        f"<< /Length {len(stream)} >>\nstream\n".encode() + stream + b"\nendstream",
    ]
    page = (b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 3 0 R >> >> "
            b"/Contents 4 0 R >>")
    objects += [page] * pages
    out = io.BytesIO()
    out.write(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, 1):
        offsets.append(out.tell())
        out.write(f"{number} 0 obj\n".encode() + body + b"\nendobj\n")
    xref = out.tell()
    out.write(f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode())
    out.write(b"".join(f"{offset:010d} 00000 n \n".encode() for offset in offsets))
    out.write(f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode())
    return out.getvalue()


def deep_nesting(rng, seed):
    depth = rng.choice((5_000, 100_000))
    return ("<html><body>" + "<div>" * depth + "某市2020年政府信息公开工作年度报告" + "</div>" * depth
            + "</body></html>").encode()


def long_line(rng, seed):
    text = _text_report(rng, seed)
    return (text.replace("\n", " ", rng.choice((10, 10**6))) + "一" * rng.choice((10**5, 10**7))).encode("utf-8")


GENERATORS = {kind: globals()[kind] for kind in KINDS}


def hostile_documents(count: int, seed: int = 0) -> Iterator[tuple[str, bytes, str]]:
    """(file name, bytes, kind): every kind once, then kinds drawn by WEIGHTS."""
    rng = random.Random(f"hostile:{seed}")
    kinds = list(KINDS) + rng.choices(list(WEIGHTS), weights=list(WEIGHTS.values()), k=max(0, count - len(KINDS)))
    for index, kind in enumerate(kinds[:count]):
        item_rng = random.Random(f"hostile:{seed}:{index}")
        data = GENERATORS[kind](item_rng, seed)
        yield f"{index:05d}_{kind}.{_extension(data)}", data, kind


def _extension(data: bytes) -> str:
    if data.startswith(b"%PDF"):
        return "pdf"
    if data.startswith(b"PK"):
        return "docx"
    if data.lstrip()[:5].lower() == b"<html":
        return "html"
    return "txt"


def write_documents(directory: Path, count: int, seed: int = 0) -> dict[str, str]:
    """Write `count` hostile documents into `directory`; returns file name -> kind."""
    directory.mkdir(parents=True, exist_ok=True)
    kinds = {}
    for name, data, kind in hostile_documents(count, seed):
        (directory / name).write_bytes(data)
        kinds[name] = kind
    return kinds


def add_landing_oddities(directory: Path, outside: Path) -> dict[str, str]:
    """Entries a scan must account for without opening what it must not: returns name -> kind.
    `outside` is a folder outside `directory`; the symlinked file there holds OUTSIDE_SECRET."""
    report = make_document(7, 1, layout="txt-tabs").data
    outside.mkdir(parents=True, exist_ok=True)
    secret = outside / "passwd"
    secret.write_text(OUTSIDE_SECRET + "\n", encoding="utf-8")
    entries = {}
    raw_name = os.fsencode(directory) + b"/bad\xff\xfename.txt"
    with open(raw_name, "wb") as handle:
        handle.write(make_document(7, 2, layout="txt-tabs").data)
    entries[os.fsdecode(b"bad\xff\xfename.txt")] = "non_utf8_name"
    (directory / ".hidden_report.txt").write_bytes(make_document(7, 3, layout="txt-tabs").data)
    entries[".hidden_report.txt"] = "dot_file"
    (directory / "~$report.docx").write_bytes(b"\x0bowner" + b"\x00" * 150)
    entries["~$report.docx"] = "office_lock_file"
    os.mkfifo(directory / "pipe.txt")
    entries["pipe.txt"] = "fifo"
    os.symlink(secret, directory / "outside_link.txt")
    entries["outside_link.txt"] = "symlink_outside"
    (directory / "inside.txt").write_bytes(report)
    os.symlink(directory / "inside.txt", directory / "inside_link.txt")
    entries["inside.txt"] = "report"
    entries["inside_link.txt"] = "symlink_inside"
    return entries
