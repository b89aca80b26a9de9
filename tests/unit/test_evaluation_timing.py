"""`gdw eval` and benchmarks/real_reports.py time each file's parse: a one-off cost of the process (the
PDF reader's libraries, numpy and pypdfium2, some 0.3 s of CPU to import) is paid before the clock
starts, not charged to the first PDF of the set (a layout of two PDFs read at 2.6 files/s where each
parses in 0.03–0.06 s)."""

from __future__ import annotations

from pathlib import Path

from orchestration.core import evaluation

PDF = Path(__file__).resolve().parents[1] / "fixtures" / "real" / "90_shuyang_county_2025_libreoffice_pdf.pdf"


def _record(monkeypatch) -> list[str]:
    calls: list[str] = []
    monkeypatch.setattr(evaluation, "load_pdf_libraries", lambda: calls.append("load"))
    monkeypatch.setattr(evaluation, "parse_file", lambda path, previous=None: calls.append(f"parse {path.suffix}"))
    return calls


def test_the_pdf_libraries_are_loaded_before_the_first_file_is_timed(monkeypatch):
    calls = _record(monkeypatch)
    evaluation.parse_set([Path("a.txt"), PDF], last_year=False)
    assert calls == ["load", "parse .txt", "parse .pdf"]


def test_a_set_without_a_pdf_loads_no_pdf_library(monkeypatch):
    calls = _record(monkeypatch)
    evaluation.parse_set([Path("a.txt"), Path("b.md")], last_year=False)
    assert calls == ["parse .txt", "parse .md"]
