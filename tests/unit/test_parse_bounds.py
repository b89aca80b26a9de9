"""One file can never fail a batch: parser exceptions and overruns quarantine that file only."""

from __future__ import annotations

import json
import random
from datetime import datetime

from orchestration.core import batch
from orchestration.core.batch import parse_files_to_records, parse_to_rows
from orchestration.core.cli import main
from orchestration.core.pool import Limits
from tests.conftest import seed
from tests.hostile import giant_pdf, huge_number, write_documents


def test_a_parser_exception_quarantines_the_file_with_its_type_and_message(monkeypatch, tmp_path):
    report = tmp_path / "r.txt"
    report.write_bytes(seed("000").read_bytes())

    def broken(data, source):
        raise ValueError("Exceeds the limit (4300 digits) for integer string conversion")

    monkeypatch.setattr(batch, "parse_bytes", broken)
    status, rows = parse_to_rows(str(report), datetime(2026, 1, 1))
    assert status == "quarantined" and set(rows) == {"quarantine"}
    (row,) = rows["quarantine"]
    assert "parser_error" in row
    assert any("ValueError: Exceeds the limit (4300 digits)" in str(v) for v in row)
    assert str(report) in row  # the file, with its hash, so the next run does not parse it again
    assert row[0] == batch.hashlib.sha256(report.read_bytes()).hexdigest()


def test_gdw_parse_gives_one_record_per_file_in_order_even_when_files_overrun(tmp_path, capsys):
    files = tmp_path / "in"
    files.mkdir()
    (files / "1_huge.txt").write_bytes(huge_number(random.Random(1), 0))
    (files / "2_giant.pdf").write_bytes(giant_pdf(random.Random(3), 0))  # 20,000 pages
    (files / "3_seed.txt").write_bytes(seed("001").read_bytes())
    names = sorted(str(p) for p in files.iterdir())
    assert main(["parse", "--time-limit", "3", "--workers", "2", *names]) == 0
    out, err = capsys.readouterr()
    records = [json.loads(line) for line in out.splitlines()]
    assert [r["source"] for r in records] == names
    huge, giant, good = records
    # never a 5,000-digit value: the cell is unknown (or the file quarantined), and the record prints
    assert huge["status"] == "quarantined" or "figure_too_large" in {w["code"] for w in huge["warnings"]}
    assert giant["status"] == "quarantined" and giant["warnings"][-1]["code"] == "too_costly"
    assert "time limit of 3 s" in giant["warnings"][-1]["message"]
    assert good["status"] in ("parsed", "partial") and good["agency"] == "高青县民政局"
    assert "Traceback" not in err


def test_a_hostile_batch_gives_every_file_one_record(tmp_path):
    kinds = write_documents(tmp_path, 30, seed=5)  # every kind once, then the common kinds
    paths = sorted(str(tmp_path / name) for name in kinds)
    records = list(parse_files_to_records(paths, workers=2, limits=Limits(seconds=2, memory_bytes=2**30)))
    assert [r["source"] for r in records] == paths
    for record in records:
        assert record["status"] in ("parsed", "partial", "narrative", "quarantined")
        if record["status"] == "quarantined":
            assert record["warnings"][-1]["code"]
