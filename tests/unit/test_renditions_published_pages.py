"""benchmarks/renditions.py on the real pages as published (issue 14, realhtml43): each page source names a
committed page, is rendered through PDFs only, and no tool that may fetch what a page names by URL (Chromium,
LibreOffice) runs outside a network namespace of its own. The tools are not run here: `run` is replaced by a
recorder, so what is checked is the command each rendition would be made with."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from benchmarks import renditions

PAGES = [s for s in renditions.SOURCES if s.pdf_only]


def test_every_published_page_source_is_a_committed_page_with_its_truth():
    assert len(PAGES) >= 13
    for source in PAGES:
        page = renditions.REAL / source.fixture
        truth = json.loads((renditions.REAL / (page.stem + ".truth.json")).read_text(encoding="utf-8"))
        assert page.is_file() and truth["layout"] == "html" and truth["provenance"]["derived_from"] is None
        assert source.stem == page.stem and not source.markdown


@pytest.fixture
def commands(monkeypatch, tmp_path):
    """Every command the script would run, with each tool's output file made empty where it names one."""
    seen: list[list[str]] = []

    def record(command, **kwargs):
        seen.append(list(command))
        for arg in command:
            if arg.startswith("--print-to-pdf="):
                Path(arg.split("=", 1)[1]).write_bytes(b"%PDF")
        if "--convert-to" in command:
            target = command[command.index("--convert-to") + 1].split(":")[0]
            out = Path(command[command.index("--outdir") + 1])
            (out / f"{Path(command[-1]).stem}.{target}").write_bytes(b"converted")
        return b"text"

    monkeypatch.setattr(renditions, "run", record)
    return seen


def test_a_page_is_rendered_through_pdfs_only_and_no_browser_or_office_reaches_the_network(commands, tmp_path):
    page = tmp_path / "page.html"
    page.write_text("<html><body><p>x</p></body></html>", encoding="utf-8")
    made = renditions.render(page, tmp_path, pdf_only=True)
    assert set(made) == set(renditions.PDF_SUFFIXES)
    assert renditions.NO_NETWORK == ("unshare", "--net")  # a namespace with no network but its own loopback
    tools = [c for c in commands if any(name in c for name in ("chromium", "soffice"))]
    assert tools and all(c[:len(renditions.NO_NETWORK)] == list(renditions.NO_NETWORK) for c in tools), tools


def test_sources_are_chosen_by_stem_and_an_unknown_stem_is_refused():
    stem = PAGES[0].stem
    assert [s.stem for s in renditions.chosen([stem])] == [stem]
    assert renditions.chosen([]) == renditions.SOURCES
    with pytest.raises(SystemExit):
        renditions.chosen(["no_such_page"])
