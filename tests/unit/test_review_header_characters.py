"""Table 4 in `pdftotext -layout` text whose header is written a character a line (a narrow column of a
PDF: 结 / 果 / 维 / 持), with the lines shifted apart as pdftotext places them, so that no word stands
whole down one column: its outcomes are named by their own characters, once per proceeding. Made up
by hand (the class LibreOffice's PDF of a DOCX showed). Printed with no figure before the next
section, every cell is blank; a figure under it is never read as a blank."""

from __future__ import annotations

from orchestration.parsing.parse import parse_text
from tests.unit.test_reader_classes import TITLE


def _header() -> str:
    """Each outcome a character a line over four lines, the three proceedings side by side; from the
    second proceeding on, its last line stands 4 columns left of the lines above it (pdftotext places
    each line's words on its own)."""
    words = ["结果维持", "结果纠正", "其他结果", "尚未审结", "总计"]
    starts = (1, 24, 48)  # each proceeding's first column
    lines = []
    for depth in range(4):
        line = ""
        for group, start in enumerate(starts):
            shift = 4 if group and depth == 3 else 0
            for i, word in enumerate(words):
                if depth < len(word):
                    line = line.ljust(start + 4 * i - shift) + word[depth]
        lines.append(line)
    return "四、政府信息公开行政复议、行政诉讼情况\n\n 行政复议              行政诉讼\n" \
        "                        未经复议直接起诉        复议后起诉\n" + "\n".join(lines) + "\n"


HEADER = _header()
NEXT = "\n五、存在的主要问题及改进情况\n一是公开形式单一。\n"


def reviews_of(report) -> dict:
    return {(c.row, c.column): c for c in report.cells if c.table == "reviews"}


def test_a_header_a_character_a_line_with_no_figure_is_a_blank_table():
    report = parse_text(TITLE + HEADER + NEXT, "blank.txt")
    cells = reviews_of(report)
    assert len(cells) == 15 and all(c.state == "blank" and c.value is None for c in cells.values()), cells
    assert any(w.code == "table_blank" for w in report.warnings)


def test_a_figure_under_such_a_header_is_not_read_as_blank():
    report = parse_text(TITLE + HEADER + "\n 1                  1\n" + NEXT, "figures.txt")
    cells = reviews_of(report)
    assert not all(c.state == "blank" for c in cells.values()), cells
    assert not any(w.code == "table_blank" for w in report.warnings)
