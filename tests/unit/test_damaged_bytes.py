"""A text report with a few bytes no encoding reads (a flipped bit, a cut character) is read, with
the figures of the damaged lines unknown, never wrong; a file of mostly bad bytes stays unreadable."""

from __future__ import annotations

import random

import pytest

from orchestration.parsing.cells import UNKNOWN
from orchestration.parsing.parse import parse_bytes
from tests.conftest import SEEDS_DIR


def _seed(name: str) -> bytes:
    matches = sorted(SEEDS_DIR.glob(f"{name}_*.txt"))
    if not matches:
        pytest.skip("../shared/seeds is not here")
    return matches[0].read_bytes()


def _break_first_figure_line_after(data: bytes, label: str) -> tuple[bytes, int]:
    """The data with one byte made invalid UTF-8 on the first line at or after the label that holds
    a figure and a non-ASCII character (its lead byte turned into a continuation byte); the line."""
    lines = data.split(b"\n")
    start = next(i for i, line in enumerate(lines) if label.encode() in line)
    number = next(i for i in range(start, len(lines))
                  if any(48 <= b <= 57 for b in lines[i]) and any(b >= 0xC0 for b in lines[i]))
    line = bytearray(lines[number])
    line[next(i for i, b in enumerate(line) if b >= 0xC0)] ^= 0x40  # 0xC?/0xE? become 0x8?/0xA?
    lines[number] = bytes(line)
    return b"\n".join(lines), number + 1


@pytest.mark.parametrize("seed", ["000", "004"])
def test_a_few_undecodable_bytes_make_their_lines_figures_unknown_and_nothing_wrong(seed):
    original = parse_bytes(_seed(seed), "original.txt")
    data, line = _break_first_figure_line_after(_seed(seed), "本年新收")
    report = parse_bytes(data, "damaged.txt")
    assert report.status != "quarantined"
    assert "undecodable_bytes" in {w.code for w in report.warnings}
    on_line = [c for c in report.cells if c.line == line]
    assert on_line and all(c.state == UNKNOWN and c.value is None for c in on_line)
    truth = {(c.table, c.row, c.column): c.value for c in original.cells}
    read = [c for c in report.cells if c.state != UNKNOWN]
    assert read and all(truth[(c.table, c.row, c.column)] == c.value for c in read)


def test_a_file_of_random_bytes_is_still_unreadable():
    noise = bytes(random.Random(7).randrange(128, 256) for _ in range(4000))
    report = parse_bytes(noise, "noise.txt")
    assert report.status == "quarantined" and report.warnings[0].code in ("unreadable", "not_a_report")
