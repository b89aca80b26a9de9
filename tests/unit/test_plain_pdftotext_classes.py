"""Classes of plain `pdftotext` text (no -layout) that the column-chunk reader missed, each on a
made-up report: table 4's blank marks run past the next section's heading, a page opening on a blank
mark, and a one-row table 4 whose blank proceedings let column chunks place its figures several ways.
Written by hand, apart from the corpus generator."""

from __future__ import annotations

from decimal import Decimal

from orchestration.parsing.parse import parse_text
from tests.unit.test_column_chunks import CHUNKED, plain_text, reviews_of

REVIEW_HEADING = "四、行政复议、行政诉讼情况"
NEXT_HEADING = "五、存在的主要问题及改进情况"


def with_table_4(text: str, before: list[str], after: list[str]) -> str:
    """The report `plain_text` writes, its table 4's figure lines replaced: `before` the next section's
    heading, `after` it (each a line of its own, empty lines between, as pdftotext writes them)."""
    head = text.split(REVIEW_HEADING, 1)[0]
    header = ["行政复议", "行政诉讼", "未经复议直接起诉", "复议后起诉",
              "结果维 结果纠 其他结 尚未审 总 结果维 结果纠", "尚未审 总 结果维 结果纠 其他结 尚未审 总",
              "持 正 果 结 计 持 正 其他结", "果 结 计 持 正 果 结 计"]
    return head + "\n\n".join([REVIEW_HEADING, "\n".join(header), *before, NEXT_HEADING, *after,
                               "一是公开形式单一。"]) + "\n"


def review_cells(report) -> list:
    cells = {(c.row, c.column): c for c in report.cells if c.table == "reviews"}
    return [cells[(p, o)] for p in ("administrative_review", "litigation_direct", "litigation_after_review")
            for o in ("upheld", "corrected", "other", "pending", "total")]


BASE = plain_text(CHUNKED, [([25], 0)])


def test_table_4s_blank_marks_past_the_next_heading_are_the_tables():
    # one row of 15 cells, the first proceeding blank: `无` a line, two cells side by side on one (`无 2`),
    # a new page opening on a blank mark (`\f无`), the last eight past the next section's heading
    before = ["无", "无", "\f无", "无", "无 2", "无"]
    after = ["无", "1", "3", "无", "无", "无", "无", "无"]
    report = parse_text(with_table_4(BASE, before, after), "plain.txt")
    expected = [None] * 5 + [2, None, None, 1, 3] + [None] * 5
    assert reviews_of(report) == [None if v is None else Decimal(v) for v in expected]
    assert [c.state for c in review_cells(report)] == ["value" if v is not None else "blank" for v in expected]


def test_table_4s_dashes_past_the_heading_and_zeros_are_read_whole():
    for mark in ("—", "-", "/", "0"):
        before = [mark] * 4 + [f"{mark} {mark}", mark]
        after = [mark] * 8
        report = parse_text(with_table_4(BASE, before, after), "plain.txt")
        assert all(c.state in ("value", "blank", "recovered") for c in review_cells(report)), mark
        assert reviews_of(report) == [None if mark != "0" else Decimal(0)] * 15, mark


def test_marks_past_the_heading_that_do_not_make_the_count_are_not_taken():
    # one mark too many past the heading: which line ends the table is not known, so nothing is taken
    before = ["无", "无", "无", "无", "无 2", "无"]
    after = ["无", "1", "3", "无", "无", "无", "无", "无", "无"]
    report = parse_text(with_table_4(BASE, before, after), "plain.txt")
    assert {c.state for c in review_cells(report)} == {"unknown"}


def test_a_one_row_table_4_is_read_in_order_where_column_chunks_would_allow_other_placings():
    # blank proceedings keep every sum in many chunkings (`/ / / / / 1 / 1 / 2 …`): read as the one row
    # the header lays out, left to right, every cell is certain
    before = ["/", "/", "/", "/", "/", "1", "/"]
    after = ["1", "/", "2", "/", "/", "/", "/", "/"]
    report = parse_text(with_table_4(BASE, before, after), "plain.txt")
    expected = [None] * 5 + [1, None, 1, None, 2] + [None] * 5
    assert reviews_of(report) == [None if v is None else Decimal(v) for v in expected]
    assert "unknown" not in {c.state for c in review_cells(report)}
