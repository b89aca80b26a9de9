"""The landing folder as an operator leaves it: every entry is accounted for, nothing outside the
folder and no FIFO is ever opened, each file is hashed once, and the sensor learns a year cheaply."""

from __future__ import annotations

import os

import pytest

from orchestration.core import formats, landing
from orchestration.core.corpus import make_document
from orchestration.core.landing import LandingStore, os_path, scan_landing, stored_name, walk_landing
from orchestration.core.seasons import cheap_year_reader, read_year_from_head
from tests.landing_entries import BAD_NAME, NOT_REPORT_FILES, REPORT, SECRET, fill_hostile_landing


@pytest.fixture
def hostile_landing(tmp_path):
    folder, outside = tmp_path / "landing", tmp_path / "passwd"
    fill_hostile_landing(folder, outside)
    return folder, outside


class OpenSpy:
    """Records every path os.open and open() are asked for."""

    def __init__(self, monkeypatch):
        self.paths: list[str] = []
        real_os_open, real_open = os.open, open

        def spy_os_open(path, *args, **kwargs):
            self.paths.append(os.fsdecode(path))
            return real_os_open(path, *args, **kwargs)

        def spy_open(path, *args, **kwargs):
            if not isinstance(path, int):
                self.paths.append(os.fsdecode(path))
            return real_open(path, *args, **kwargs)

        monkeypatch.setattr(os, "open", spy_os_open)
        monkeypatch.setattr("builtins.open", spy_open)


def test_every_entry_is_classified_and_nothing_outside_is_opened(hostile_landing, tmp_path, monkeypatch):
    folder, outside = hostile_landing
    spy = OpenSpy(monkeypatch)
    with LandingStore(tmp_path / "cache.sqlite") as store:
        scan = scan_landing(folder, store)
    by_name = {e.relative: e for e in scan.entries}
    reasons = {e.relative: e.reason_code for e in scan.rejected}
    assert reasons == NOT_REPORT_FILES
    candidates = {e.relative for e in scan.candidates}
    assert {"sub/report.txt", ".hidden_report.txt", "link_inside.txt", "bad\\xff\\xfename.txt"} <= candidates
    assert len(scan.entries) == len(candidates) + len(reasons)  # every entry, once
    # the link inside is followed: the same content as its target (the run lists it as a duplicate)
    assert by_name["link_inside.txt"].sha256 == by_name["sub/report.txt"].sha256
    # never opened: the target outside, the FIFO (the scan would hang on it), the lock file
    opened = set(spy.paths)
    assert str(outside) not in opened and str(folder / "pipe") not in opened
    assert not any(path.endswith("~$report.docx") for path in opened)
    assert SECRET not in repr(scan.entries)
    assert "outside the landing folder: never opened" in by_name["link_outside.txt"].reason


def test_a_non_utf8_name_is_stored_losslessly_as_valid_utf8(hostile_landing):
    folder, _ = hostile_landing
    entry = next(e for e in walk_landing(folder) if e.file_name.startswith("bad"))
    assert entry.file_name == "bad\\xff\\xfename.txt"
    entry.source_file.encode("utf-8")  # valid UTF-8: DuckDB and SQLite take it
    assert os.fsencode(os_path(entry.source_file)) == os.path.join(os.fsencode(folder), BAD_NAME)
    for name in (b"plain.txt", "年度报告.txt".encode(), b"back\\slash\\x41.txt", b"\xff\\xff", b"\xe5\xb9"):
        assert os.fsencode(os_path(stored_name(name))) == name, name
    assert stored_name(b"back\\slash.txt") == "back\\\\slash.txt"


def test_an_unchanged_file_is_neither_read_nor_hashed_again(tmp_path, monkeypatch):
    folder = tmp_path / "landing"
    folder.mkdir()
    for number in range(5):
        path = folder / f"{number}.txt"
        path.write_text(REPORT.replace("2020", str(2019 + number)), encoding="utf-8")
        os.utime(path, ns=(10**18, 10**18))  # written long before the scan (not "racy")
    reads: list[str] = []
    real = landing.open_regular
    monkeypatch.setattr(landing, "open_regular", lambda path: reads.append(path) or real(path))

    def scan():
        reads.clear()
        with LandingStore(tmp_path / "cache.sqlite") as store:
            return scan_landing(folder, store)

    first = scan()
    assert (first.hashed, first.from_cache, len(reads)) == (5, 0, 5)
    again = scan()  # the sensor and the run share the store: the second scan reads nothing
    assert (again.hashed, again.from_cache, reads) == (0, 5, [])
    assert [e.sha256 for e in again.entries] == [e.sha256 for e in first.entries]
    (folder / "3.txt").write_text(REPORT.replace("2020", "2023"), encoding="utf-8")  # changed
    os.utime(folder / "3.txt", ns=(11 * 10**17, 11 * 10**17))
    changed = scan()
    assert (changed.hashed, changed.from_cache, [os.path.basename(p) for p in reads]) == (1, 4, ["3.txt"])
    (folder / "4.txt").unlink()  # a file gone is forgotten
    assert scan().from_cache == 4
    with LandingStore(tmp_path / "cache.sqlite") as store:
        assert sorted(os.path.basename(p) for p in store.fingerprints()) == ["0.txt", "1.txt", "2.txt", "3.txt"]


def test_a_file_written_during_the_scan_is_hashed_again_next_time(tmp_path):
    """A file modified within the same mtime tick could change without its size changing: a
    fingerprint taken right after a write is not trusted."""
    folder = tmp_path / "landing"
    folder.mkdir()
    (folder / "fresh.txt").write_text(REPORT, encoding="utf-8")
    with LandingStore(tmp_path / "cache.sqlite") as store:
        assert scan_landing(folder, store).hashed == 1
        assert scan_landing(folder, store).hashed == 1


def test_the_sensor_reads_a_pdf_year_from_its_first_page_without_a_full_extract(tmp_path, monkeypatch):
    real_extract = formats.extract

    def no_full_extract(data, *args, **kwargs):
        assert not data.startswith((b"%PDF", b"PK\x03\x04")), "a full PDF or DOCX extract in the sensor"
        return real_extract(data, *args, **kwargs)

    monkeypatch.setattr(formats, "extract", no_full_extract)
    monkeypatch.setattr("orchestration.core.seasons.extract", no_full_extract)
    for index, layout in enumerate(("pdf", "docx", "html-gbk", "txt-tabs")):
        document = make_document(7, index, layout=layout, noise=set())
        path = tmp_path / document.name
        path.write_bytes(document.data)
        assert read_year_from_head(str(path), document.name).year == document.truth["year"], layout


def test_the_sensor_takes_a_known_contents_year_from_the_store_without_reading_it(tmp_path, monkeypatch):
    folder = tmp_path / "landing"
    folder.mkdir()
    (folder / "a.txt").write_text(REPORT, encoding="utf-8")
    with LandingStore(tmp_path / "cache.sqlite") as store:
        entry = scan_landing(folder, store).candidates[0]
        store.put_years([(entry.sha256, 2031, None, None)], source="parse")  # as the parse cache has it
        monkeypatch.setattr("orchestration.core.seasons.read_year_from_head",
                            lambda *a: pytest.fail("read a file whose year the store knows"))
        assert cheap_year_reader(store)([entry])[entry.sha256].year == 2031
