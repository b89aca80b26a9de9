"""Which of table 3's readers a plain `pdftotext` text (Chromium's PDF, no -layout) asks, and where each stops:
a triage tool for the tables the plain readers leave unread. Not a reader, no truth.

    .venv/bin/python benchmarks/plain_full_gates.py [--group] TEXT.txt [...]

It parses each text as `gdw parse` does, watching (in this process only) the readers table 3's plain path
calls, and prints per file the labels found of the rows asked, the figure words the table's own lines hold and
those past the next section's heading offered to it, the template's cells, then each reader asked in order with
the line of its own source it returned from and what it returned (`name@line=answer`): the line tells the gates
apart (no reading, several readings, a budget spent). `--group` ends with the files grouped by the last gate of
the column-chunk reader and of the blocks reader.
"""

from __future__ import annotations

import linecache
import sys
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import orchestration.parsing.application_columns as AC
import orchestration.parsing.application_table as AT
import orchestration.parsing.chunks as CH
from orchestration.parsing.parse import parse_file

# the readers watched: their code objects, by the name printed
_READERS = {
    "chunks": AC._read_in_column_chunks, "chunkings": CH.column_chunkings, "totals_first": AC._read_with_totals_first,
    "unprinted": AC._read_with_unprinted_blanks, "narrow": AC._totals_of_narrow_column_chunks,
    "first_beside": AC._first_column_beside_the_labels, "blocks": AC._column_blocks_as,
    "block_parts": AC._parts_of_blocks, "part_readings": AC._part_readings,
    "labels_then": AT._labels_then_figures, "counted": AT._figures_counted_to_rows,
    "past_table_4": AT._figures_past_beyond_table_4,
}
_NAME_OF = {function.__code__: name for name, function in _READERS.items()}
_calls: list[tuple[str, int, str]] = []
_seen: dict[str, object] = {}


def _short(answer: object) -> str:
    if answer is None or isinstance(answer, bool | int):
        return repr(answer)
    if isinstance(answer, tuple) and all(isinstance(item, bool | int | None) for item in answer):
        return repr(answer)
    if isinstance(answer, dict | list | tuple):
        return f"{type(answer).__name__}[{len(answer)}]"
    return type(answer).__name__


def _profile(frame, event, answer):
    if event == "return" and (name := _NAME_OF.get(frame.f_code)) is not None:
        _calls.append((name, frame.f_lineno, _short(answer)))


def _watch_chunks(read):
    def column_chunks(report, rows, found, keys, past_the_heading, *args, **kwargs):
        figures = AC._figures_and_marks(rows[AC._first_found_at(rows, found):])
        _seen.update(found=len(found), keys=len(keys), words=len(figures),
                     past=len(AC._figures_and_marks(past_the_heading)))
        return read(report, rows, found, keys, past_the_heading, *args, **kwargs)
    return column_chunks


def _gate(calls: list[tuple[str, int, str]], name: str) -> str:
    """The last return of reader `name`, as its source line."""
    last = [(line, answer) for called, line, answer in calls if called == name]
    if not last:
        return f"{name} not asked"
    line, answer = last[-1]
    return f"{name}@{line} {_condition_of(_READERS[name].__code__.co_filename, line)[:90]} -> {answer}"


def _condition_of(filename: str, line: int) -> str:
    """The test a `return` at `line` answers (the nearest `if`/`elif`/`except` above it), else the line itself:
    `return False, False` alone tells no gate from another."""
    raw = linecache.getline(filename, line)
    source, indent = raw.strip(), len(raw) - len(raw.lstrip())
    if source.startswith("return"):
        for above in range(line - 1, max(0, line - 8), -1):
            text = linecache.getline(filename, above)
            if len(text) - len(text.lstrip()) < indent and text.strip().startswith(("if ", "elif ", "except")):
                return f"{text.strip()} {source}"
    return source


def main(arguments: list[str]) -> None:
    group = "--group" in arguments
    paths = [argument for argument in arguments if argument != "--group"]
    AT._read_in_column_chunks = _watch_chunks(AC._read_in_column_chunks)
    groups: dict[tuple[str, str], list[str]] = defaultdict(list)
    for path in paths:
        _seen.clear()
        _calls.clear()
        sys.setprofile(_profile)
        try:
            parse_file(path)
        finally:
            sys.setprofile(None)
        if "found" not in _seen:
            print(f"{path}: the column-chunk reader was not asked; " + " ".join(
                f"{name}@{line}={answer}" for name, line, answer in _calls))
            groups[("chunks not asked", _gate(_calls, "blocks"))].append(path)
            continue
        print(f"{path}: labels {_seen['found']}/{_seen['keys']}, words {_seen['words']} + {_seen['past']} past the "
              f"heading, cells {_seen['keys'] * 7}; " + " ".join(f"{name}@{line}={answer}" for name, line, answer in _calls))
        groups[(_gate(_calls, "chunks"), _gate(_calls, "blocks"))].append(path)
    if group:
        for (chunks, blocks), members in sorted(groups.items(), key=lambda item: -len(item[1])):
            print(f"\n{len(members)} file(s): {chunks}\n    {blocks}")
            for member in members:
                print(f"    {member}")


if __name__ == "__main__":
    main(sys.argv[1:])
