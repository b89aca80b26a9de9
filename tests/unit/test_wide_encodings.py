"""A text report in UTF-16 or UTF-32 without a byte-order mark reads like its UTF-8 original."""

from __future__ import annotations

import pytest

from orchestration.parsing.parse import parse_bytes
from tests.conftest import seed


@pytest.mark.parametrize("encoding", ["utf-16-le", "utf-16-be", "utf-32-le", "utf-32-be"])
def test_a_report_without_bom_reads_as_its_utf8_original(encoding):
    original = seed("000").read_bytes()
    expected = parse_bytes(original, "r.txt")
    report = parse_bytes(original.decode("utf-8").encode(encoding), "r.txt")
    assert report.encoding == encoding
    assert (report.agency, report.year, report.status) == (expected.agency, expected.year, expected.status)
    assert [(c.table, c.row, c.column, c.value, c.state) for c in report.cells] == \
        [(c.table, c.row, c.column, c.value, c.state) for c in expected.cells]


def test_binary_data_is_still_no_text_report():
    report = parse_bytes(bytes(range(256)) * 64, "r.bin")
    assert report.status == "quarantined" and report.warnings[-1].code == "unreadable"
