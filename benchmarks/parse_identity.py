"""Check that a change to the parser changes no output: dump every record of some folders to JSON
lines, then compare two dumps.

    .venv/bin/python benchmarks/parse_identity.py dump OUT.jsonl FOLDER [...] [--text]
    .venv/bin/python benchmarks/parse_identity.py compare BEFORE.jsonl AFTER.jsonl

A record is dumped whole (every field of the report, every cell with its state, line and text as
written, every warning), one line per file, keyed by the file's path. With `--text`, what is dumped
is what the format reader gives the parser instead (`extract()`: the format and the text, or the
quarantine code and message of a file it refuses), the check for a change to a reader. `compare` prints the files
whose records differ and the first fields that differ, and exits 1 if any does.
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def record_as_json(report) -> dict:
    return json.loads(json.dumps(dataclasses.asdict(report), default=str, ensure_ascii=False))


def extracted_as_json(data: bytes) -> dict:
    from orchestration.parsing.formats import FormatProblem, extract

    try:
        extracted = extract(data, ocr=False)
    except FormatProblem as problem:
        return {"problem": problem.code, "message": str(problem)}
    return {"format": extracted.format, "encoding": extracted.encoding, "text": extracted.text.splitlines()}


def dump(out: Path, folders: list[str], text: bool = False) -> None:
    from orchestration.parsing.parse import parse_bytes

    with out.open("w", encoding="utf-8") as sink:
        for folder in folders:
            for path in sorted(p for p in Path(folder).rglob("*") if p.is_file() and not p.name.endswith(".truth.json")):
                if "truth" in path.parts:
                    continue
                data = path.read_bytes()
                record = extracted_as_json(data) if text else record_as_json(parse_bytes(data, path.name))
                sink.write(json.dumps({"path": str(path), "record": record}, ensure_ascii=False, sort_keys=True) + "\n")


def differences(before, after, where: str = "") -> list[str]:
    if type(before) is not type(after):
        return [f"{where}: {before!r} -> {after!r}"]
    if isinstance(before, dict):
        found = []
        for key in sorted(set(before) | set(after), key=str):
            found += differences(before.get(key), after.get(key), f"{where}.{key}")
        return found
    if isinstance(before, list):
        found = [f"{where}: {len(before)} -> {len(after)} items"] if len(before) != len(after) else []
        for index, (one, other) in enumerate(zip(before, after)):
            found += differences(one, other, f"{where}[{index}]")
        return found
    return [] if before == after else [f"{where}: {before!r} -> {after!r}"]


def compare(before_file: Path, after_file: Path) -> int:
    def load(file: Path) -> dict:
        return {item["path"]: item["record"] for item in map(json.loads, file.read_text(encoding="utf-8").splitlines())}

    before, after = load(before_file), load(after_file)
    changed = 0
    for path in sorted(set(before) | set(after)):
        found = differences(before.get(path), after.get(path))
        if found:
            changed += 1
            print(path)
            for line in found[:8]:
                print("   ", line[:300])
    print(f"{len(before)} records before, {len(after)} after, {changed} differ")
    return 1 if changed else 0


def main() -> None:
    parser = argparse.ArgumentParser()
    commands = parser.add_subparsers(dest="command", required=True)
    dumping = commands.add_parser("dump")
    dumping.add_argument("out", type=Path)
    dumping.add_argument("folders", nargs="+")
    dumping.add_argument("--text", action="store_true", help="the text the format reader gives, not the record")
    comparing = commands.add_parser("compare")
    comparing.add_argument("before", type=Path)
    comparing.add_argument("after", type=Path)
    args = parser.parse_args()
    if args.command == "dump":
        dump(args.out, args.folders, args.text)
    else:
        sys.exit(compare(args.before, args.after))


if __name__ == "__main__":
    main()
