"""The reader on the hand-labelled real reports (tests/fixtures/real): what a user checks on
documents nobody wrote for the project. No wrong number may be silent, every report keeps its
agency, year and template and is loaded, and no layout class falls below what the reader reached
when its floor was set. A floor is a ratchet: raise it when the reader improves; lowering it needs
a reason written beside it."""

from __future__ import annotations

import json
from collections import defaultdict
from functools import cache
from pathlib import Path

import pytest

from orchestration.core.evaluation import LayoutScore, score_document
from orchestration.parsing.parse import parse_file
from orchestration.parsing.record import QUARANTINED

REAL = Path(__file__).resolve().parents[1] / "fixtures" / "real"

# Share of cells right per class (the truth's `layout`), a little under what benchmarks/real_reports.py
# measures at parser 3.1 (crawl: 97.5% of 11,363 cells in 57 crawls; most of the rest unknown, not wrong),
# so that a change that loses cells on a layout it was never tuned to shows here.
# ocr: the rendition's OCR text loses most of table 3; those cells come out unknown, not wrong.
ACCURACY_FLOOR = {
    "html": 1.0, "markdown": 1.0, "html2text": 1.0, "libreoffice": 1.0,
    "ocr": 0.39,
    # other projects' markdown conversions of real PDFs (Jiangsu, Shanghai): wrapped labels torn from their
    # figures, table 2 split over tables; 97.8% of 600 cells (84.8% at parser 3.1), the rest unknown, none wrong
    # (none silent)
    "markdown-converted": 0.97,
    # Lowered at parser 3.2 when benchmarks/renditions.py added 62 renditions of 96, 90, 91 and 92 by the
    # tools of 33-45, on reports the reader was not tuned to: the measure then, floored (before: crawl 0.97,
    # pdftotext 0.92, lynx 0.40, pdftotext-plain 0.42, pdftotext-raw 0.39, libreoffice-pdftotext 0.39, the
    # rest 1.0). 96 and 90 read whole or nearly in the tools that keep cells apart; 91 and 92 (wrapped labels
    # torn from their figures) lose most of tables 2 and 3 in every layout but their own markdown. Mostly
    # unknown or read blank, none silent; SOURCES.md names the classes of failure.
    "crawl": 0.95, "pdftotext": 0.39, "lynx": 0.27, "pdftotext-plain": 0.32, "pdftotext-raw": 0.33,
    "libreoffice-pdftotext": 0.27, "w3m": 0.61, "links": 0.60, "cells": 0.98, "browser": 0.61, "docx": 0.61,
    "libreoffice-docx": 0.98, "pandoc-plain": 0.65, "pandoc-pipe": 0.57, "pandoc-grid": 0.59,
    "pandoc-html": 0.36,
    # Chromium's PDFs of 91 and 92 (those of 96 and 90 are over 200 KB, not committed): 1 cell of 400
    "pdf": 0.0025,
}


@cache
def parsed() -> tuple[tuple[Path, dict, object], ...]:
    found = []
    for truth_path in sorted(REAL.glob("*.truth.json")):
        truth = json.loads(truth_path.read_text(encoding="utf-8"))
        document = REAL / truth["source"]
        found.append((document, truth, parse_file(document)))
    return tuple(found)


@cache
def scores_by_class() -> dict[str, LayoutScore]:
    scores: dict[str, LayoutScore] = defaultdict(LayoutScore)
    for document, truth, report in parsed():
        scores[truth["layout"]].add(score_document(document, truth, report))
    return dict(scores)


def test_no_wrong_cell_is_silent():
    silent = {layout: s.examples for layout, s in scores_by_class().items() if s.silent_wrong}
    assert not silent, silent


# Renditions made by benchmarks/renditions.py whose agency, year or template is misread, or which are
# quarantined, at parser 3.2: 91's agency (上海市科委, named only in that short form) is left unknown in 14 of
# its 15 renditions, and its w3m text and 92's four PDF texts are quarantined year_not_found although their
# tables are readable. A ceiling, to fall to 0 (issue 14: no readable report quarantined).
RENDITIONS_MISREAD_CEILING = 19


def misread(documents) -> list[str]:
    return [
        f"{document.name}: {report.status} {report.agency}/{report.year}/{report.template}"
        for document, truth, report in documents
        if report.status == QUARANTINED
        or (report.agency, report.year, report.template) != (truth["agency"], truth["year"], truth["template"])
    ]


def made_by_renditions_script(truth: dict) -> bool:
    return truth["provenance"]["how"].startswith("derived by benchmarks/renditions.py")


def test_agency_year_and_template_are_read_and_no_readable_report_is_quarantined():
    wrong = misread(d for d in parsed() if not made_by_renditions_script(d[1]))
    assert not wrong, wrong


def test_renditions_misread_stay_under_their_ceiling():
    wrong = misread(d for d in parsed() if made_by_renditions_script(d[1]))
    assert len(wrong) <= RENDITIONS_MISREAD_CEILING, wrong


def test_every_class_has_a_floor():
    assert set(scores_by_class()) <= set(ACCURACY_FLOOR), set(scores_by_class()) - set(ACCURACY_FLOOR)


@pytest.mark.parametrize("layout", sorted(ACCURACY_FLOOR))
def test_class_accuracy_holds_its_floor(layout):
    score = scores_by_class().get(layout)
    assert score is not None, f"the real set has lost its reports of class {layout}"
    assert score.accuracy >= ACCURACY_FLOOR[layout], (
        f"{layout}: {score.right}/{score.cells} right ({score.accuracy:.3%}), floor {ACCURACY_FLOOR[layout]:.1%}; "
        + "; ".join(score.examples[:5]))
