"""Crawled pages where the text after a table runs into it: a sentence beginning with the year
glued to a table's last figure, a sentence naming a table 2 item after the table, and a table 4
whose digits no split cuts with every proceeding adding up. Built from the template's rows
(test_reader_classes.crawled_page), never from a fixture."""

from __future__ import annotations

import pytest

from orchestration.core.rules import evaluate
from orchestration.parsing.parse import parse_text
from orchestration.parsing.recovery import settle_blocks
from tests.unit.test_reader_classes import FIGURES, REVIEW_HEADER, REVIEWS, applications_of, crawled_page


def values(cells) -> list:
    return [None if c.value is None else int(c.value) for c in cells]


def disclosures(report, item: str) -> dict:
    return {c.column: c for c in report.cells if c.table == "disclosures" and c.row == item}


def reviews(report) -> list:
    order = [(p, o) for p in ("administrative_review", "litigation_direct", "litigation_after_review")
             for o in ("upheld", "corrected", "other", "pending", "total")]
    cells = {(c.row, c.column): c for c in report.cells if c.table == "reviews"}
    return [cells[key] for key in order]


# ---------------------------------------------------------------- R1: a year run into the last figure


def with_sentence_after_table_3(sentence: str) -> str:
    """The crawled page (a 2021 report) with `sentence` right after 四、结转下年度继续办理's figures."""
    return crawled_page(FIGURES, REVIEWS).replace(REVIEW_HEADER, sentence + REVIEW_HEADER)


def test_a_sentence_beginning_with_the_report_year_is_split_off_the_last_row_of_table_3():
    # `…继续办理1000001` + `2021年，本机关…`: `10000012021` cuts into no row keeping its sum; without
    # the year, `1000001` cuts one way, and the balance then holds
    report = parse_text(with_sentence_after_table_3("2021年，本机关共收到申请15件。"), "crawl.html.txt")
    carried = applications_of(report)["carried_forward"]
    assert values(carried) == FIGURES["carried_forward"]
    assert {c.state for c in carried} == {"recovered"}
    assert any(w.code == "year_run_on" for w in report.warnings)


@pytest.mark.parametrize("year", ["2019", "2024"])
def test_a_year_that_is_not_the_reports_or_the_next_is_not_split_off(year):
    report = parse_text(with_sentence_after_table_3(f"{year}年，本机关共收到申请15件。"), "crawl.html.txt")
    assert {c.state for c in applications_of(report)["carried_forward"]} == {"unknown"}
    assert not any(w.code == "year_run_on" for w in report.warnings)


def test_a_sentence_beginning_with_the_report_year_is_split_off_table_4():
    page = crawled_page(FIGURES, REVIEWS).replace("五、存在的主要问题", "2021年，本机关未发生行政诉讼。五、存在的主要问题")
    report = parse_text(page, "crawl.html.txt")
    assert values(reviews(report)) == REVIEWS and {c.state for c in reviews(report)} == {"recovered"}
    assert any(w.code == "year_run_on" for w in report.warnings)


def with_fee(run: str) -> str:
    """The crawled page with a fee block (20(8)) after 规章, printed `run`, then a sentence."""
    return crawled_page(FIGURES, REVIEWS).replace(
        "规章005", "规章005第二十条第（八）项信息内容本年收费金额（单位：万元）行政事业性收费" + run + "年，本机关主动公开政府信息120条。")


def test_a_fee_that_reads_only_without_the_year_is_read_so():
    # `02021年`: `02021` is no figure (a leading zero); `0` and the year is the only reading
    fee = disclosures(parse_text(with_fee("02021"), "crawl.html.txt"), "administrative_fees")["fee_amount_wan_yuan"]
    assert (fee.value, fee.state) == (0, "recovered")


def test_a_fee_that_reads_either_way_stays_unknown():
    # `12021年`: 12021 万元, or 1 and the year: table 2 has no arithmetic to choose
    report = parse_text(with_fee("12021"), "crawl.html.txt")
    assert disclosures(report, "administrative_fees")["fee_amount_wan_yuan"].state == "unknown"


# ---------------------------------------------------------------- R2: an item named in prose


def with_prose_after_table_2(sentence: str) -> str:
    """Table 2 without its 规章 row: 规范性文件 and a fee, then `sentence`."""
    return crawled_page(FIGURES, REVIEWS).replace(
        "规章005", "规范性文件 4 0 16第二十条第（八）项信息内容本年收费金额（单位：万元）行政事业性收费 0 " + sentence)


@pytest.mark.parametrize("sentence", [
    "本年度重点公开了相关规章、规范性文件；主动公开政府信息120条。",  # a mark right after the label
    "本年度重点公开相关规章等文件",  # after the table's last row, out of its label sequence
])
def test_an_item_named_in_a_sentence_after_table_2_is_no_blank_row(sentence):
    report = parse_text(with_prose_after_table_2(sentence), "crawl.html.txt")
    regulations = disclosures(report, "regulations")
    assert regulations and {c.state for c in regulations.values()} == {"unknown"}
    assert values(disclosures(report, "normative_documents").values()) == [4, 0, 16]


def test_an_item_printed_without_figures_in_the_tables_sequence_is_blank():
    page = crawled_page(FIGURES, REVIEWS).replace("规章005", "规章规范性文件 4 0 16")
    regulations = disclosures(parse_text(page, "crawl.html.txt"), "regulations")
    assert {(c.value, c.state) for c in regulations.values()} == {(None, "blank")}


# ---------------------------------------------------------------- R3: one proceeding not adding up


def test_table_4_keeps_the_proceedings_that_add_up_when_one_does_not():
    # 复议后起诉 printed 12, 3, 0, 1 and total 17: no split of `20002000001230117` keeps every sum;
    # the first ten digits cut one way keeping their two sums, the last seven many ways
    printed = [2, 0, 0, 0, 2, 0, 0, 0, 0, 0, 12, 3, 0, 1, 17]
    report = parse_text(crawled_page(FIGURES, printed), "crawl.html.txt")
    cells = reviews(report)
    assert values(cells[:10]) == printed[:10] and {c.state for c in cells[:10]} == {"recovered"}
    assert {c.state for c in cells[10:]} == {"unknown"}
    assert any(w.code == "cells_recovered" and "litigation_after_review" in w.message for w in report.warnings)
    # recovered cells are never evidence that a rule passes
    assert not any(r.rule_id == "REVIEW_SUM" and r.status == "passed" for r in evaluate(report))


def test_table_4_with_two_proceedings_not_adding_up_settles_nothing():
    # 1+2+3+0 ≠ 0 in the first and the last proceeding: no reading has one proceeding alone wrong
    assert settle_blocks(["123000000012300"], (5, 5, 5)) is None


def test_where_either_of_two_proceedings_may_be_the_one_not_adding_up_both_stay_unknown():
    # `00011` keeps the first sum one way; the other twelve digits cut into the last two proceedings
    # with the second or the third not adding up: neither is settled
    settled = settle_blocks(["00011020021212003"], (5, 5, 5))
    assert settled is not None and settled.broken == (1, 2)
    assert {c: int(v) for c, v in settled.cells.items()} == {0: 0, 1: 0, 2: 0, 3: 1, 4: 1}
