"""A crawled page holds its overview, its tables and the sections after them on one line. The
sentences around the tables are compared with them (NARRATIVE_MATCHES_TABLE) as in any report:
only the tables' own pieces of the line are skipped, not the whole line. Built from the
template's rows (test_reader_classes.crawled_page), never from a fixture."""

from __future__ import annotations

from decimal import Decimal

from orchestration.core.rules import evaluate
from orchestration.parsing.narrative import read_narrative
from orchestration.parsing.parse import parse_text
from tests.unit.test_reader_classes import FIGURES, REVIEWS, crawled_page

OVERVIEW = "本年度我局认真落实条例。"


def narrative_results(sentence: str) -> dict:
    page = crawled_page(FIGURES, REVIEWS).replace(OVERVIEW, sentence, 1)
    assert sentence in page
    report = parse_text(page, "crawl.html.txt")
    return {r.scope: r for r in evaluate(report) if r.rule_id == "NARRATIVE_MATCHES_TABLE"}


def test_an_overview_on_the_tables_line_that_agrees_with_them_is_compared():
    # the crawl's cells are recovered (split back by the arithmetic), never evidence that a rule passes
    total = FIGURES["new_received"][-1]
    result = narrative_results(f"本年度我局共收到政府信息公开申请{total}件。")["new_received.total"]
    assert (result.status, result.actual) == ("not_evaluable", Decimal(total))


def test_an_overview_on_the_tables_line_that_disagrees_with_them_fails():
    stated = FIGURES["new_received"][-1] + 4
    result = narrative_results(f"本年度我局共收到政府信息公开申请{stated}件。")["new_received.total"]
    # expected: the table's cell; actual: the figure the sentence states
    assert (result.status, result.actual) == ("failed", Decimal(stated))


def test_the_tables_own_pieces_state_nothing():
    # the rows' labels (一、本年新收政府信息公开申请数量…) are no sentences stating figures
    assert narrative_results(OVERVIEW) == {}


def test_a_review_counted_in_another_unit_is_not_read_as_none():
    # `行政复议1条，未发生行政诉讼`: a figure stands in the sentence, so its `未发生` does not say that
    # no review happened (条 is no unit a review is read in, so the review is not read at all)
    read = {(f.row, f.column) for f in read_narrative(["2025年度，政府信息公开行政复议1条，未发生行政诉讼情况。"], [])}
    assert ("administrative_review", "total") not in read
