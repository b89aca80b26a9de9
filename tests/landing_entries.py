"""A landing folder as an operator leaves it on a bad day (issue 10): report files under any name,
and entries that are not report files, for the unit and integration tests of the landing scan."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

from orchestration.core.corpus import make_document
from tests.conftest import SEEDS_DIR

SECRET = "root:x:0:0:a file outside the landing folder\n"
BAD_NAME = b"bad\xff\xfename.txt"
REPORT = "聊城市民政局2020年政府信息公开工作年度报告\n\n一、总体情况\n"

# entry (relative path, stored form) -> reason code, for the entries that are not report files
NOT_REPORT_FILES = {
    "~$report.docx": "office_lock_file",
    "pipe": "not_a_regular_file",
    "link_outside.txt": "outside_landing_folder",
    "sub_again": "symlinked_directory",
}


def fill_hostile_landing(folder: Path, outside: Path) -> None:
    """The seeds (when here); three distinct generated reports: in a subfolder, as a dot-file, under
    a non-UTF-8 name; an Office lock file, a FIFO, a symlink to a file inside, a symlink to `outside` (a
    file standing for /etc/passwd, holding SECRET) and a symlinked folder."""
    (folder / "sub").mkdir(parents=True)
    if SEEDS_DIR.is_dir():
        for path in SEEDS_DIR.iterdir():
            shutil.copy(path, folder / path.name)
    reports = [make_document(11, index, layout="txt-tabs", noise=set()).data for index in range(3)]
    (folder / "sub" / "report.txt").write_bytes(reports[0])
    (folder / ".hidden_report.txt").write_bytes(reports[1])
    (folder / "~$report.docx").write_bytes(b"\x0bJohn Smith" + b"\x00" * 151)
    with open(os.path.join(os.fsencode(folder), BAD_NAME), "wb") as handle:
        handle.write(reports[2])
    os.mkfifo(folder / "pipe")
    (folder / "link_inside.txt").symlink_to(folder / "sub" / "report.txt")
    outside.write_text(SECRET)
    (folder / "link_outside.txt").symlink_to(outside)
    (folder / "sub_again").symlink_to(folder / "sub")
