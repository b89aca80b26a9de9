"""One file can never fail a batch: parser exceptions and overruns quarantine that file only."""

from __future__ import annotations

import json
import random
import time
from datetime import datetime

from orchestration.core import batch
from orchestration.core.batch import parse_files_to_records, parse_in_pool, parse_to_record, parse_to_rows
from orchestration.core.cli import main
from orchestration.core.pool import Limits
from tests.conftest import seed
from tests.hostile import giant_pdf, huge_number, write_documents, zip_bomb

TOO_LARGE_WARNINGS = {"unreadable_cell", "figure_too_large"}  # the reader's refusal, or the batch's backstop


def test_a_parser_exception_quarantines_the_file_with_its_type_and_message(monkeypatch, tmp_path):
    report = tmp_path / "r.txt"
    report.write_bytes(seed("000").read_bytes())

    def broken(data, source, **options):
        raise ValueError("Exceeds the limit (4300 digits) for integer string conversion")

    monkeypatch.setattr(batch, "parse_bytes", broken)
    status, rows = parse_to_rows(str(report), datetime(2026, 1, 1))
    assert status == "quarantined" and set(rows) == {"quarantine"}
    (row,) = rows["quarantine"]
    assert "parser_error" in row
    assert any("ValueError: Exceeds the limit (4300 digits)" in str(v) for v in row)
    assert str(report) in row  # the file, with its hash, so the next run does not parse it again
    assert row[0] == batch.hashlib.sha256(report.read_bytes()).hexdigest()


def test_gdw_parse_gives_one_record_per_file_in_order(tmp_path, capsys):
    files = tmp_path / "in"
    files.mkdir()
    (files / "1_huge.txt").write_bytes(huge_number(random.Random(1), 0))
    (files / "2_bomb.docx").write_bytes(zip_bomb(random.Random(0), 0))
    (files / "3_seed.txt").write_bytes(seed("001").read_bytes())
    names = sorted(str(p) for p in files.iterdir())
    assert main(["parse", "--workers", "2", *names]) == 0
    out, err = capsys.readouterr()
    records = [json.loads(line) for line in out.splitlines()]
    assert [r["source"] for r in records] == names
    huge, bomb, good = records
    # never a 5,000-digit value: the cell is unknown (or the file quarantined), and the record prints
    # (the reader refuses a run of digits no count has, `unreadable_cell`; the batch's backstop catches any
    # figure that slips through, `figure_too_large`)
    assert huge["status"] == "quarantined" or TOO_LARGE_WARNINGS & {w["code"] for w in huge["warnings"]}
    assert bomb["status"] == "quarantined" and bomb["warnings"][-1]["code"] == "too_costly"
    assert good["status"] in ("parsed", "partial") and good["agency"] == "高青县民政局"
    assert "Traceback" not in err


def slow_on_purpose(path: str) -> dict:
    """parse_to_record, except that a file named *slow* never finishes."""
    if "slow" in path:
        time.sleep(60)
    return parse_to_record(path)


def test_a_file_over_the_time_limit_is_quarantined_as_too_costly_and_the_rest_go_on(tmp_path):
    paths = []
    for name in ("a.txt", "slow.txt", "b.txt"):
        (tmp_path / name).write_bytes(seed("001").read_bytes() if name != "slow.txt" else b"never read")
        paths.append(str(tmp_path / name))
    outcomes = dict(parse_in_pool(slow_on_purpose, batch.record_of, paths, 2, Limits(seconds=8)))
    slow = outcomes[1]
    assert slow.overrun == "time" and slow.value["status"] == "quarantined"
    assert slow.value["warnings"][-1]["code"] == "too_costly"
    assert "time limit of 8 s" in slow.value["warnings"][-1]["message"]
    assert slow.value["sha256"] == batch.hashlib.sha256(b"never read").hexdigest()
    assert outcomes[0].value["agency"] == outcomes[2].value["agency"] == "高青县民政局"


def test_a_hostile_batch_gives_every_file_one_record(tmp_path):
    kinds = write_documents(tmp_path, 30, seed=5)  # every kind once, then the common kinds
    paths = sorted(str(tmp_path / name) for name in kinds)
    records = list(parse_files_to_records(paths, workers=2, limits=Limits(seconds=2, memory_bytes=2**30)))
    assert [r["source"] for r in records] == paths
    for record in records:
        assert record["status"] in ("parsed", "partial", "narrative", "quarantined")
        if record["status"] == "quarantined":
            assert record["warnings"][-1]["code"]


def test_bombs_are_quarantined_as_too_costly_before_the_work_starts():
    """A zip bomb, a PDF of thousands of pages and a span bomb each name the limit they are over, at once."""
    from orchestration.parsing.parse import parse_bytes
    from tests.hostile import span_bomb

    bombs = {
        "zip.docx": (zip_bomb(random.Random(0), 0), "unzips to"),
        "pages.pdf": (giant_pdf(random.Random(3), 0), "pages, over the limit of 500 pages"),
        "spans.html": (span_bomb(random.Random(0), 0), "more than 100,000 positions"),
    }
    for name, (data, limit) in bombs.items():
        report = parse_bytes(data, name)
        assert report.status == "quarantined", name
        assert report.warnings[-1].code == "too_costly" and limit in report.warnings[-1].message, name


def test_a_figure_too_large_to_be_a_count_is_unknown_and_fails_non_negative_as_the_sql_rule_does(tmp_path):
    path = tmp_path / "huge.txt"
    path.write_bytes(huge_number(random.Random(1), 0))
    status, rows = parse_to_rows(str(path), datetime(2026, 1, 1))
    assert status != "quarantined"
    unknown_as_written = [r for table in ("applications", "reviews", "disclosures") for r in rows.get(table, [])
                          if "unknown" in r and any(isinstance(v, str) and len(v) >= 4301 for v in r)]
    assert len(unknown_as_written) == 1  # kept as written, never as a value
    (non_negative,) = [r for r in rows["rule_results"] if r[2] == "NON_NEGATIVE"]
    assert non_negative[4] == "failed" and non_negative[6] == 1  # expected 0, actual 1 such cell
    assert TOO_LARGE_WARNINGS & {r[2] for r in rows["warnings"]}
