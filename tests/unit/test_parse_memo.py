"""The parser remembers what recurs from report to report (a layout's table-3 label shapes, what a
line of a table holds, an aligned line's cells, the column a figure stands under). A report's
record must never depend on which reports were read before it in the same process."""

from __future__ import annotations

import pytest

from orchestration.parsing.parse import parse_bytes
from testkit.corpus import make_document
from tests.conftest import SEEDS_DIR
from tests.real_parsed import REAL, REAL_PARSED_GROUP, parsed

# on the worker that parses the real set for test_real_reports: its reading is this test's first
pytestmark = pytest.mark.xdist_group(REAL_PARSED_GROUP)


# reports of one layout share its label shapes and line shapes, with other figures and blanks
LAYOUTS = ("txt-tabs", "txt-cells", "txt-cells-blank", "txt-aligned", "txt-layout", "txt-pipes", "txt-crawl",
           "html-utf8")


def _documents() -> list[tuple[str, bytes]]:
    """(name, data) of each report: the real ones named by their paths, as parse_file names them."""
    real = [(str(p), p.read_bytes()) for p in sorted(REAL.iterdir())
            if p.is_file() and not p.name.endswith(".truth.json") and p.name != "SOURCES.md"]
    seeds = [(p.name, p.read_bytes()) for p in sorted(SEEDS_DIR.glob("*.txt"))]
    generated = [(d.name, d.data) for d in (make_document(5, i, layout) for layout in LAYOUTS for i in range(4))]
    return real + seeds + generated


def test_a_record_does_not_depend_on_the_reports_read_before_it():
    # read forwards, then backwards: each report meets caches that the others filled. The real reports'
    # forward reading is the one made once in this process (tests/real_parsed.py: in name order, before
    # the seeds and the made-up reports), whatever this worker read before it
    documents = _documents()
    assert len(documents) > 80
    read = {str(document): report.to_dict() for document, _, report in parsed()}
    forwards = {name: read[name] if name in read else parse_bytes(data, name).to_dict() for name, data in documents}
    backwards = {name: parse_bytes(data, name).to_dict() for name, data in reversed(documents)}
    changed = [name for name in forwards if forwards[name] != backwards[name]]
    assert not changed, changed
