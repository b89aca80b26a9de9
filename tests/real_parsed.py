"""The hand-labelled real reports (tests/fixtures/real), each parsed once per process for every test
that reads the whole set (test_real_reports, test_parse_memo). Those modules name one xdist group
(REAL_PARSED_GROUP), so that the set is parsed on one worker only."""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path

from orchestration.parsing.parse import parse_file

REAL = Path(__file__).resolve().parent / "fixtures" / "real"
REAL_PARSED_GROUP = "real_parsed"


@cache
def parsed() -> tuple[tuple[Path, dict, object], ...]:
    """(document, its truth, its record) for each truth, in the truths' name order."""
    found = []
    for truth_path in sorted(REAL.glob("*.truth.json")):
        truth = json.loads(truth_path.read_text(encoding="utf-8"))
        document = REAL / truth["source"]
        found.append((document, truth, parse_file(document)))
    return tuple(found)
