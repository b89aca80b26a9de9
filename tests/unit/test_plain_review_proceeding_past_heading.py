"""Table 4 of plain `pdftotext` (no -layout) of a PDF of a web page, each figure a paragraph of its own and the
header's words among them, whose last proceeding stands past the next section's heading: `五、…` / `复议后起诉` /
`总计` / the second proceeding's total / `结果` … `审结` / the last proceeding's figures, then the section's prose
(a table cell taller than its row set after the heading by poppler). Those lines, a proceeding's name first and
only header words and figures after it, are the table's where they make its count whole, each proceeding's total
its parts' sum; a figure short, or prose among them, leaves the table unknown.
Written by hand, apart from the corpus generator."""

from __future__ import annotations

from orchestration.parsing.parse import parse_text
from tests.unit.test_plain_tail_figures_before_labels import TABLE, paragraphs
from tests.unit.test_reader_classes import OUTCOMES, PROCEEDINGS

FIGURES = [1, 0, 0, 0, 1, 0, 0, 2, 1, 3, 0, 0, 0, 0, 0]
HEADING_5 = "五、政府信息公开工作存在的主要问题及改进情况"
OUTCOME_WORDS = ["结果", "结果", "其他", "尚未", "维持", "纠正", "结果", "审结"]


def report_text(figures: list[int], prose_first: bool = False) -> str:
    """Table 3 read whole, then table 4 on a page of its own (a form feed before it) as the plain text of such
    a page writes it, its last proceeding past the heading of section 五 (after a line of prose where
    `prose_first`)."""
    a, b, c = figures[:5], figures[5:10], figures[10:]
    table_4 = ["\f四、政府信息公开行政复议、行政诉讼情况", "行政复议", "行政诉讼\n未经复议直接起诉",
               "结果 结果 其他 尚未\n维持 纠正 结果 审结", *map(str, a[:4]), "总计", str(a[4]), *OUTCOME_WORDS,
               *map(str, b[:4]), HEADING_5, *(["一是公开形式单一。"] if prose_first else []), "复议后起诉", "总计",
               str(b[4]), *OUTCOME_WORDS, *map(str, c[:4]), "总计", *map(str, c[4:]),
               "我局政府信息公开工作虽然取得了一定成效，但也存在一些问题和不足。"]
    text = paragraphs(TABLE, {})
    return text[: text.index("四、行政复议")] + "\n\n".join(table_4) + "\n"


def reviews_of(report) -> list:
    cells = {(c.row, c.column): c for c in report.cells if c.table == "reviews"}
    return [cells[(p, o)] for p in PROCEEDINGS for o in OUTCOMES]


def test_the_last_proceeding_past_the_heading_is_the_tables():
    read = reviews_of(parse_text(report_text(FIGURES), "plain.txt"))
    assert [c.value for c in read] == FIGURES, read
    assert {c.state for c in read} == {"value"}


def test_a_figure_short_past_the_heading_leaves_the_table_unknown():
    read = reviews_of(parse_text(report_text([*FIGURES[:14]]), "plain.txt"))
    assert all(c.state == "unknown" for c in read), read


def test_prose_after_the_heading_takes_nothing_past_it():
    read = reviews_of(parse_text(report_text(FIGURES, prose_first=True), "plain.txt"))
    assert all(c.state == "unknown" for c in read), read
