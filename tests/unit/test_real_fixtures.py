"""The hand-labelled real reports (tests/fixtures/real) are well-formed: every truth uses the
canonical keys only, holds the full matrices of its template, names a document that exists, and
says where it came from. This guards the fixtures; the parser's accuracy on them is measured by
benchmarks/real_reports.py and held to floors by test_real_reports.py."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from orchestration.core import labels as L

REAL = Path(__file__).resolve().parents[1] / "fixtures" / "real"
TRUTHS = sorted(REAL.glob("*.truth.json"))
LAYOUTS = {"html", "crawl", "pdftotext", "markdown", "ocr", "narrative", "docx", "w3m", "cells", "tabs", "pipes",
           # renditions of a real report by tools the project did not write, one class per tool
           "pdftotext-plain", "pdftotext-raw", "libreoffice", "libreoffice-docx", "libreoffice-pdftotext",
           "pandoc-plain", "pandoc-pipe", "pandoc-grid", "pandoc-markdown", "pandoc-gfm", "lynx", "links", "html2text", "browser",
           # other projects' markdown conversions of real PDFs
           "markdown-converted",
           # PDF-to-markdown converters run on real reports' PDFs (benchmarks/pdf_markdown.py), one class per tool
           "markitdown", "pymupdf4llm",
           # benchmarks/renditions.py: a markdown conversion made into a page by pandoc; a page printed by Chromium
           "pandoc-html", "pdf", "libreoffice-pdf"}
PROVENANCE_KEYS = {"repository", "path", "commit", "url", "derived_from", "how"}


def test_the_set_exists():
    assert TRUTHS, "no truth files under tests/fixtures/real"


@pytest.mark.parametrize("path", TRUTHS, ids=lambda p: p.name)
def test_truth_is_well_formed(path):
    truth = json.loads(path.read_text(encoding="utf-8"))
    document = REAL / truth["source"]
    assert document.is_file() and path.name == document.stem + ".truth.json"
    assert truth["template"] in ("2019", "2021", "narrative")
    assert truth["status"] in ("parsed", "partial", "narrative")
    assert truth["layout"] in LAYOUTS
    assert isinstance(truth["year"], int) and 2019 <= truth["year"] <= 2030
    assert truth["agency"] and isinstance(truth["notes"], list)

    provenance = truth["provenance"]
    assert set(provenance) == PROVENANCE_KEYS
    assert provenance["repository"] and provenance["path"] and provenance["how"]
    if provenance["derived_from"]:
        assert (REAL / provenance["derived_from"]).is_file(), "a derived rendition names the real file it comes from"

    # A narrative-only report holds the rows of the template its year calls for (SPEC.md).
    template = truth["template"] if truth["template"] != "narrative" else ("2021" if truth["year"] >= 2021 else "2019")
    rows = list(L.application_rows(template))
    # a 2021 report printing （六）其他处理 as one row, without its sub-rows (issue 14): labelled as `other`
    one_other = [r for r in rows if not r.startswith("other_")][:-2] + ["other", *rows[-2:]]
    assert list(truth["applications"]) in (rows, one_other)
    for row, columns in truth["applications"].items():
        assert list(columns) == list(L.APPLICANT_KEYS), row
        assert all(v is None or (isinstance(v, int) and v >= 0) for v in columns.values()), row
    assert list(truth["reviews"]) == list(L.PROCEEDING_KEYS)
    for proceeding, outcomes in truth["reviews"].items():
        assert list(outcomes) == list(L.REVIEW_OUTCOME_KEYS), proceeding

    seen = set()
    for entry in truth["disclosures"]:
        assert set(entry) == {"item", "metric", "value"}
        assert entry["item"] in L.DISCLOSURE_ITEMS and entry["metric"] in L.DISCLOSURE_METRICS
        assert (entry["item"], entry["metric"]) not in seen
        seen.add((entry["item"], entry["metric"]))


def test_sources_lists_every_document():
    listed = (REAL / "SOURCES.md").read_text(encoding="utf-8")
    for path in TRUTHS:
        source = json.loads(path.read_text(encoding="utf-8"))["source"]
        assert f"`{source}`" in listed, source
