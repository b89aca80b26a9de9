"""Figures stated in sentences, outside the tables."""

from __future__ import annotations

import re
from decimal import Decimal

from ..core import labels as L
from .cells import NARRATIVE
from .record import Cell

_NARRATIVE_APPLICATION_RE = [(key, re.compile(p)) for key, p in L.NARRATIVE_APPLICATION_PATTERNS]
_NARRATIVE_REVIEW_RE = [(key, re.compile(p)) for key, p in L.NARRATIVE_REVIEW_PATTERNS]


def read_narrative(lines: list[str], skip: list[tuple[int, int]]) -> list[Cell]:
    """Figures stated in sentences, outside the tables: the first statement of each wins."""
    figures: dict[tuple[str, str, str], Cell] = {}
    for index, raw in enumerate(lines):
        if any(start <= index < end for start, end in skip):
            continue
        text = L.normalize_text(raw)
        for table, patterns, column in (
            ("applications", _NARRATIVE_APPLICATION_RE, "total"),
            ("reviews", _NARRATIVE_REVIEW_RE, "total"),
        ):
            for key, pattern in patterns:
                match = pattern.search(text)
                if match and (table == "reviews" or not any(w in match.group(0) for w in ("复议", "诉讼"))):
                    figures.setdefault(
                        (table, key, column),
                        Cell(table, key, column, Decimal(int(match.group("n"))), NARRATIVE, index + 1, match.group(0)),
                    )
    return list(figures.values())
