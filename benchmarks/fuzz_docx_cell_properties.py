"""Fuzzer: the DOCX reader's text, this worktree's against another's (`--root`, a detached checkout of an
older commit), on Word documents whose cells' properties are mutated the ways Word and other writers set
them: a cell's span (`gridSpan`) or merge (`vMerge`, with or without a value) added, repeated, put in a
second properties element or after other properties, a row's late start (`gridBefore`), a span without a
number. A speed change to the reader must read every such document as before, text or refusal alike.

    .venv/bin/python benchmarks/fuzz_docx_cell_properties.py FOLDER [...] --root WORKTREE [--count N] [--seed S]

Each DOCX below the folders (a `testkit.corpus` folder's `*_docx.docx`, the real ones) is mutated N times;
printed: how many documents were read, how many read differently (with the first few shown).
"""

from __future__ import annotations

import argparse
import importlib.util
import io
import random
import re
import sys
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"

_CELL_PROPERTIES_RE = re.compile(r"<w:tcPr>(.*?)</w:tcPr>|<w:tcPr/>", re.DOTALL)
_ROW_RE = re.compile(r"<w:tr>|<w:tr ")


def _formats_of(root: Path):
    """The `formats` module of a worktree, imported under a name of its own (two versions side by side); its
    relative imports (`.cells`: UNDECODABLE, display_width) are this worktree's package."""
    sys.path.insert(0, str(ROOT))
    spec = importlib.util.spec_from_file_location(f"formats_of_{len(str(root))}_{abs(hash(str(root)))}",
                                                  root / "orchestration/parsing/formats.py")
    module = importlib.util.module_from_spec(spec)
    module.__package__ = "orchestration.parsing"
    sys.modules[spec.name] = module  # its dataclasses look their module up
    spec.loader.exec_module(module)
    return module


def _property(rng: random.Random) -> str:
    kind = rng.randrange(6)
    if kind == 0:
        return f'<w:gridSpan w:val="{rng.choice([1, 2, 3, 4])}"/>'
    if kind == 1:
        return "<w:vMerge/>"
    if kind == 2:
        return f'<w:vMerge w:val="{rng.choice(["restart", "continue"])}"/>'
    if kind == 3:
        return '<w:tcW w:w="1200" w:type="dxa"/>'
    if kind == 4:
        return '<w:shd w:val="clear" w:fill="auto"/>'
    return '<w:gridSpan w:val="x"/>' if rng.random() < 0.1 else '<w:vAlign w:val="center"/>'


def mutated(xml: str, rng: random.Random) -> str:
    """The document with a few cells' properties rewritten (added, repeated, a second element) and a few rows
    starting late."""
    def cell_properties(match: re.Match) -> str:
        inner = match.group(1) or ""
        if rng.random() > 0.3:
            return match.group(0)
        pieces = [inner] + [_property(rng) for _ in range(rng.randrange(1, 4))]
        rng.shuffle(pieces)
        second = f"<w:tcPr>{_property(rng)}</w:tcPr>" if rng.random() < 0.2 else ""
        return f"<w:tcPr>{''.join(pieces)}</w:tcPr>{second}"

    def row(match: re.Match) -> str:
        if rng.random() > 0.1:
            return match.group(0)
        return match.group(0).rstrip(" ").rstrip(">") + f'><w:trPr><w:gridBefore w:val="{rng.randrange(3)}"/></w:trPr>' \
            if match.group(0) == "<w:tr>" else match.group(0)

    return _ROW_RE.sub(row, _CELL_PROPERTIES_RE.sub(cell_properties, xml))


def repackaged(data: bytes, xml: str) -> bytes:
    """The package with its main document part replaced."""
    source = zipfile.ZipFile(io.BytesIO(data))
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as target:
        for info in source.infolist():
            target.writestr(info.filename, xml.encode("utf-8") if info.filename == "word/document.xml"
                            else source.read(info.filename))
    return buffer.getvalue()


def text_or_refusal(formats, data: bytes) -> str:
    try:
        return formats.docx_text(data)
    except formats.FormatProblem as problem:
        return f"refused: {problem.code}: {problem}"


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("folders", nargs="+", type=Path)
    parser.add_argument("--root", type=Path, required=True, help="the worktree whose reader is the reference")
    parser.add_argument("--count", type=int, default=5, help="mutations of each document")
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    mine, theirs = _formats_of(ROOT), _formats_of(args.root.resolve())
    rng = random.Random(args.seed)
    files = sorted(p for folder in args.folders for p in folder.rglob("*.docx"))
    read = differ = 0
    for path in files:
        data = path.read_bytes()
        try:
            xml = zipfile.ZipFile(io.BytesIO(data)).read("word/document.xml").decode("utf-8")
        except (KeyError, zipfile.BadZipFile, UnicodeDecodeError):
            continue
        for _ in range(args.count):
            document = repackaged(data, mutated(xml, rng))
            read += 1
            if text_or_refusal(mine, document) != text_or_refusal(theirs, document):
                differ += 1
                if differ <= 3:
                    print(f"  differs: {path.name}")
    print(f"{read} documents read, {differ} read differently from {args.root}")


if __name__ == "__main__":
    main()
