"""One policy for scans, whatever reads them: `gdw parse`, the pipeline's parse and its second read
with last year's report all parse the files with a text layer first, then the scans and images by
OCR within their own, larger limits (batch.parse_scans_last)."""

from __future__ import annotations

import json
import resource

from orchestration.core.batch import NEEDS_OCR, OCR_MEMORY_BYTES, ocr_limits, parse_scans_last, record_of
from orchestration.core.cli import main
from orchestration.core.pool import Limits

TEXT_LIMITS = Limits(seconds=20, memory_bytes=1 << 30)


def address_space(path: str, defer_ocr: bool = False):
    """A stand-in for a parse: a file named *scan* is deferred to the OCR pass; every other answer
    is the address space its parse process may use."""
    if defer_ocr and "scan" in path:
        return NEEDS_OCR
    return resource.getrlimit(resource.RLIMIT_AS)[0]


def test_scans_are_read_last_within_the_ocr_limits_and_each_file_answers_once():
    paths = ["a.txt", "b-scan.pdf", "c.html", "d-scan.png"]
    outcomes = list(parse_scans_last(address_space, record_of, paths, 2, TEXT_LIMITS))
    assert sorted(index for index, _ in outcomes) == [0, 1, 2, 3]
    assert {paths[index] for index, _ in outcomes[2:]} == {"b-scan.pdf", "d-scan.png"}  # after the text files
    space = {paths[index]: outcome.value for index, outcome in outcomes}
    assert space["a.txt"] == space["c.html"] == 1 << 30
    assert space["b-scan.pdf"] == space["d-scan.png"] == OCR_MEMORY_BYTES
    assert ocr_limits(TEXT_LIMITS).seconds > TEXT_LIMITS.seconds


def small_image_only_pdf(path) -> None:
    """One small page image, no text layer: a scanner's PDF."""
    from PIL import Image, ImageDraw, ImageFont

    page = Image.new("L", (800, 300), 255)
    ImageDraw.Draw(page).text((60, 100), "2023 12 345", fill=0, font=ImageFont.load_default(size=48))
    page.save(path, format="PDF", resolution=100)


def test_gdw_parse_reads_a_scan_under_its_default_memory_limit(tmp_path, capsys, monkeypatch):
    """The OCR models do not load within the 1 GiB a text file gets (ONNXRuntimeError, parser_error
    before): the scan is read in the OCR pass, as the pipeline reads it."""
    for name in ("GDW_PARSE_MEMORY_LIMIT", "GDW_PARSE_TIME_LIMIT", "GDW_OCR"):
        monkeypatch.delenv(name, raising=False)
    scan = tmp_path / "scan.pdf"
    small_image_only_pdf(scan)
    assert main(["parse", "--workers", "1", str(scan)]) == 0
    (record,) = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    codes = [warning["code"] for warning in record["warnings"]]
    assert "parser_error" not in codes and "too_costly" not in codes
    assert record["format"] == "ocr_pdf" or codes[-1] == "image_only_pdf"  # read, or no text found by OCR
