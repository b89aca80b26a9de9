"""Crawled pages (one line, no separators): the evidence that settles a run of digits, and what
stays unknown. Built from the template's rows (test_reader_classes.crawled_page), never from a
fixture."""

from __future__ import annotations

import re
from decimal import Decimal

import pytest

from orchestration.core.rules import evaluate
from orchestration.parsing.cells import read_amount_wan_yuan, read_count
from orchestration.parsing.parse import parse_text
from orchestration.parsing.recovery import row_candidates, settle_table, signed_row_candidates, splits
from orchestration.parsing.tokens import is_run_together, joined_cells
from tests.unit.test_reader_classes import (
    APPLICANT_HEADER,
    FIGURES,
    REVIEW_HEADER,
    REVIEW_LABELS,
    REVIEWS,
    ROWS,
    TABLE2,
    TITLE,
    applications_of,
    assert_read_right,
    crawled_page,
)


def ints(reading) -> list:
    return [None if v is None else int(v) for v in reading]


def values(cells) -> list:
    return [None if c.value is None else int(c.value) for c in cells]


# ---------------------------------------------------------------- a report that does not add up


def test_the_one_split_a_row_allows_stands_when_the_report_breaks_its_column_rules():
    # （七）总计 printed as seven zeros although the outcome rows hold figures: `0000000` cuts one
    # way only, so it is read, and the column rules then fail for the report as printed
    figures = dict(FIGURES, results_total=[0] * 7, carried_forward=[0] * 7)
    report = parse_text(crawled_page(figures, REVIEWS), "crawl.html.txt")
    total = applications_of(report)["results_total"]
    assert values(total) == [0] * 7 and {c.state for c in total} == {"recovered"}
    assert any(w.code == "column_rules_fail" for w in report.warnings)
    failed = {r.rule_id for r in evaluate(report) if r.status == "failed"}
    assert {"APP_OUTCOME_SUM", "APP_BALANCE"} <= failed


def test_a_row_with_two_splits_is_not_chosen_between_when_the_report_breaks_its_column_rules():
    # `111000012` is 1+11 or 11+1 (or 1, 1, 10) by its own sum; a total that contradicts the outcome rows gives
    # no ground to choose, so the cells where the splits differ stay unknown. The outcome rows read already pass
    # that total of zeros (counts are never negative): the report does not add up, the total is no premise, and
    # the cells every split of the row's own sum gives alike are those it prints (0, 0, 0 and 12)
    figures = dict(FIGURES, granted=[1, 11, 0, 0, 0, 0, 12], results_total=[0] * 7, carried_forward=[0] * 7)
    report = parse_text(crawled_page(figures, REVIEWS), "crawl.html.txt")
    granted = applications_of(report)["granted"]
    assert {c.state for c in granted[:3]} == {"unknown"}
    assert values(granted[3:]) == [0, 0, 0, 12] and {c.state for c in granted[3:]} == {"recovered"}


def test_a_row_of_as_many_digits_as_cells_is_read_a_digit_a_cell_though_it_breaks_the_rules():
    # （七）总计 printed `1100000` on a page whose blank cells print: seven digits for seven cells cut one
    # way only, 1, 1, 0, 0, 0, 0, 0, whatever the rules say; its total is not its parts, nor its columns
    # the outcome rows' sums: the report's misprint, which the rules then find, never mended
    figures = dict(FIGURES, results_total=[1, 1, 0, 0, 0, 0, 0])
    report = parse_text(crawled_page(figures, REVIEWS), "crawl.html.txt")
    row = applications_of(report)["results_total"]
    assert values(row) == [1, 1, 0, 0, 0, 0, 0] and {c.state for c in row} == {"recovered"}
    assert any(w.code == "rules_fail_as_printed" and "results_total" in w.message for w in report.warnings)
    failed = {(r.rule_id, r.scope) for r in evaluate(report) if r.status == "failed"}
    assert ("APP_APPLICANT_SUM", "results_total") in failed
    assert values(applications_of(report)["granted"]) == FIGURES["granted"]  # the other rows as before


@pytest.mark.parametrize("printed, other_rows", [
    # eight digits for seven cells (`21000000`: 21, 0 … 0 or 2, 10, 0 … 0): the text fixes no cut
    ([21, 0, 0, 0, 0, 0, 0], {}),
    # seven digits on a page whose blanks leave no trace (予以公开 `8210` for 8, 2, blank … 10): `1100000`
    # may hold a blank, so its one-digit cut is not the only one
    ([1, 1, 0, 0, 0, 0, 0], {"granted": [8, 2, None, None, None, None, 10]}),
])
def test_a_total_row_breaking_the_rules_stays_unknown_where_its_text_allows_other_cuts(printed, other_rows):
    figures = dict(FIGURES, results_total=printed, **other_rows)
    report = parse_text(crawled_page(figures, REVIEWS), "crawl.html.txt")
    assert "unknown" in {c.state for c in applications_of(report)["results_total"]}
    assert not any(w.code == "rules_fail_as_printed" for w in report.warnings)


def tab_page(figures: dict[str, list], cells: dict[str, str] | None = None) -> str:
    """The report as tab-separated rows; `cells` replaces a row's cells as printed."""
    lines = [TITLE.strip(), TABLE2.strip(), "三、收到和处理政府信息公开申请情况", "\t".join(["申请人情况", *APPLICANT_HEADER])]
    for key, label, heading in ROWS:
        if heading:
            lines.append(heading)
        printed = (cells or {}).get(key, "\t".join(str(v) for v in figures[key]))
        lines.append(f"{label}\t{printed}")
    lines += [REVIEW_HEADER, "\t".join(map(str, REVIEWS))]
    return "\n".join(lines) + "\n"


def test_a_row_that_lost_a_cell_is_not_read_by_its_only_cut():
    # granted printed `12 0 0 0 0 0` (its total lost): cut into seven cells one way only, 1, 2, 0 … 0,
    # which breaks its own sum and the columns: a lost cell, not a lost separator, so unknown
    figures = dict(FIGURES, granted=[12, 0, 0, 0, 0, 0, 12], partially_granted=[0] * 7, unavailable_not_held=[0] * 7,
                   results_total=[12, 0, 0, 0, 0, 0, 12], new_received=[13, 0, 0, 0, 0, 0, 13])
    report = parse_text(tab_page(figures, {"granted": "12\t0\t0\t0\t0\t0"}), "tabs.txt")
    granted = applications_of(report)["granted"]
    assert all(c.state == "unknown" or c.value == v for c, v in zip(granted, figures["granted"], strict=True))
    assert granted[-1].state == "unknown"


# ---------------------------------------------------------------- dates in sentences


def test_a_date_in_a_sentence_before_table_4_is_not_its_row_of_figures():
    page = crawled_page(FIGURES, REVIEWS).replace(REVIEW_HEADER, REVIEW_HEADER + "2021年，本机关没有政府信息公开行政复议"
                                                  "及行政诉讼情况，截至12月31日无未审结案件。")
    report = parse_text(page, "crawl.html.txt")
    assert_read_right(report, FIGURES, REVIEWS)


# ---------------------------------------------------------------- table 2: last year's record

AGENCY = "某某县民政局"


def page_of(year: int, normative: str) -> str:
    """A crawled 2021-template page of `year` whose table 2 prints 规范性文件 as `normative`."""
    page = crawled_page(FIGURES, REVIEWS).replace("2021年", f"{year}年")
    return page.replace("规章005", f"规章005行政规范性文件{normative}")


def normative(report) -> list:
    cells = {c.column: c for c in report.cells if c.table == "disclosures" and c.row == "normative_documents"}
    return [cells[m] for m in ("issued", "repealed", "in_force")]


def last_year(in_force_printed: str = " 4 0 16", year: int = 2021, agency: str = AGENCY) -> dict:
    """Last year's record as the parser gave it (its 规范性文件 printed with spaces: 4, 0, 16)."""
    report = parse_text(page_of(year, in_force_printed).replace("某某县民政局", agency), "last.html.txt")
    assert values(normative(report)) == [4, 0, 16], report.warnings
    return report.to_dict()


def test_a_crawled_table_2_run_alone_stays_unknown():
    # `5615` is 5, 6, 15 — or 56, 1, 5, or 5, 61, 5, or 56, blank, 15 …: table 2 has no sum; and the
    # table's own header (`本年制发件数本年废止件数现行有效件数规章005行政规范性文件…`) is no sentence
    report = parse_text(page_of(2022, "5615"), "crawl.html.txt")
    assert {c.state for c in normative(report)} == {"unknown"}


def test_last_years_in_force_chooses_the_one_split_that_carries_it_over():
    # 现行有效 this year = 16 last year + 5 issued − 6 repealed = 15: of the splits of `5615`, one only
    report = parse_text(page_of(2022, "5615"), "crawl.html.txt", previous=last_year())
    assert values(normative(report)) == [5, 6, 15]
    assert {c.state for c in normative(report)} == {"recovered"}
    assert any(w.code == "split_by_evidence" and "previous report" in w.message for w in report.warnings)


def with_in_force(record: dict, in_force: int) -> dict:
    return record | {"disclosures": [{"item": "normative_documents", "metric": "in_force", "value": in_force,
                                      "cell_state": "value"}]}


def test_a_previous_record_that_contradicts_the_text_forces_nothing():
    # last year 现行有效 40: no split of `5615` carries it over, so the cells stay unknown
    report = parse_text(page_of(2022, "5615"), "crawl.html.txt", previous=with_in_force(last_year(), 40))
    assert {c.state for c in normative(report)} == {"unknown"}
    assert not any(w.code == "split_by_evidence" for w in report.warnings)


def test_a_record_of_another_agency_or_year_is_not_last_years():
    for previous in (last_year(agency="某某县财政局"), last_year(year=2020)):
        report = parse_text(page_of(2022, "5615"), "crawl.html.txt", previous=previous)
        assert {c.state for c in normative(report)} == {"unknown"}


def test_last_year_leaving_several_splits_chooses_none():
    # `1111`, last year 11 in force: 1, 1, 11 and 11, 1, 1 … keep it, as do 1, blank, 11 readings
    report = parse_text(page_of(2022, "1111"), "crawl.html.txt", previous=with_in_force(last_year(), 11))
    assert {c.state for c in normative(report)} == {"unknown"}


# ---------------------------------------------------------------- table 2: the report's sentences


def with_sentence(page: str, sentence: str) -> str:
    return page.replace("一、总体情况 本年度我局认真落实条例。", f"一、总体情况 本年度我局认真落实条例。{sentence}")


def test_a_figure_stated_in_a_sentence_chooses_the_split():
    page = with_sentence(page_of(2022, "5615"), "本年度我局制发行政规范性文件5件，废止规范性文件6件。")
    report = parse_text(page, "crawl.html.txt")
    assert values(normative(report)) == [5, 6, 15]
    assert any(w.code == "split_by_evidence" and "sentences state" in w.message for w in report.warnings)


def test_a_sentence_the_run_cannot_hold_is_set_aside_and_last_year_still_counts():
    # 制发 9 件: no split of `5615` begins with 9, so the sentence says nothing about the table;
    # last year's 现行有效 16 still chooses 5, 6, 15
    page = with_sentence(page_of(2022, "5615"), "本年度制发行政规范性文件9件。")
    assert {c.state for c in normative(parse_text(page, "crawl.html.txt"))} == {"unknown"}
    report = parse_text(page, "crawl.html.txt", previous=last_year())
    assert values(normative(report)) == [5, 6, 15]



def test_the_2019_template_carries_its_stocks_over_too():
    from decimal import Decimal as D

    from orchestration.parsing.disclosure_table import carry_over_rule

    # 上一年项目数量 this year is last year's 上一年项目数量 + 本年增/减 (or its 本年项目数量)
    _, holds = carry_over_rule(("previous_year_count", "change", "decisions"),
                               {"previous_year_count": D(396), "change": D(4), "decisions": D(181)})
    assert holds((D(400), D(0), D(278))) and not holds((D(396), D(0), D(278)))
    _, holds = carry_over_rule(("previous_year_count", "current_year_count", "change", "decisions"),
                               {"current_year_count": D(12)})
    assert holds((D(12), None, None, D(3)))
    # 对外公开总数量 this year is last year's + 本年新公开数量
    _, holds = carry_over_rule(("new_made", "new_published", "total_published"), {"total_published": D(89)})
    assert holds((D(77), D(77), D(166))) and not holds((D(77), D(7), D(166)))
    # a row whose columns tie nothing to last year, or a record without the figure: no rule
    assert carry_over_rule(("decisions",), {"decisions": D(5)}) is None
    assert carry_over_rule(("issued", "repealed", "in_force"), {"issued": D(5)}) is None


def test_a_spaced_out_label_numbering_is_not_a_figure():
    # `2.其他…禁止公开3 . 危 及 “三安全一稳定”`: the 3 numbers the next row, spaced out like its label
    page = crawled_page(FIGURES, REVIEWS).replace("3.危及“三安全一稳定”", "3 . 危 及 “ 三 安 全 一 稳 定 ”") \
        .replace("2.重复申请", "2 . 重 复 申 请")
    report = parse_text(page, "crawl.html.txt")
    assert_read_right(report, FIGURES, REVIEWS)


def test_a_spaced_out_item_of_table_2_starts_its_row():
    # `…处理决定数量行 政 许 可1603`: the item glued to the header, spaced out
    page = page_of(2022, " 4 0 16").replace("第二十条第（一）项", "第二十条第（五）项信息内容本年处理决定数量行 政 许 可12第二十条第（一）项")
    cells = {(c.row, c.column): c for c in parse_text(page, "crawl.html.txt").cells if c.table == "disclosures"}
    assert cells[("administrative_licensing", "decisions")].value == 12


def test_a_dash_before_a_figure_of_table_3_is_a_blank_cell_not_a_minus():
    # `1-1---2`: 1, blank, 1, blank, blank, blank, 2 (table 3 has no signed column)
    figures = dict(FIGURES, new_received=[12, 3, 1, 0, 0, 0, 16], partially_granted=[1, None, 1, None, None, None, 2],
                   results_total=[11, 3, 1, 0, 0, 0, 15], carried_forward=[1, 0, 0, 0, 0, 0, 1])
    printed = dict(figures, partially_granted=["-" if v is None else v for v in figures["partially_granted"]])
    report = parse_text(crawled_page(printed, REVIEWS), "crawl.html.txt")
    assert_read_right(report, figures, REVIEWS)


# ---------------------------------------------------------------- blank cells that left no trace

def blank_crawl(rows: dict[str, list]) -> dict[str, list]:
    """Table 3 whose empty cells are blank (None): a crawled page drops them without a trace."""
    figures = {key: [None] * 7 for key in FIGURES}
    figures.update(rows)
    return figures


def test_the_whole_table_places_blank_cells_that_no_row_can_place_alone():
    # `5 2 7` (予以公开): 5 and 2 in any two of six columns by its own sum. Only natural persons
    # (5) and research bodies (2) can hold them under the totals, and then 部分公开's four 1s
    # fill the other columns: one reading of the whole table
    figures = blank_crawl({
        "new_received": [5, 1, 2, 1, 1, 1, 11], "results_total": [5, 1, 2, 1, 1, 1, 11],
        "granted": [5, None, 2, None, None, None, 7], "partially_granted": [None, 1, None, 1, 1, 1, 4],
    })
    report = parse_text(crawled_page(figures, REVIEWS), "crawl.html.txt")
    read = applications_of(report)
    for key in ("granted", "partially_granted", "results_total", "new_received", "carried_over"):
        assert values(read[key]) == figures[key], (key, report.warnings)
    assert {c.state for c in read["granted"]} == {"recovered", "blank"}
    assert any(w.code == "cells_recovered" for w in report.warnings)


def test_blank_cells_that_may_stand_in_other_columns_stay_unknown_but_shared_cells_are_read():
    # every figure in the natural-person column: shifted into any other column, every row and
    # column rule still holds, so the applicant cells are unknown; each row's total is the same in
    # every reading and is recovered
    figures = blank_crawl({key: [n, None, None, None, None, None, n] for key, n in
                           (("new_received", 10), ("granted", 7), ("unavailable_not_held", 3), ("results_total", 10))})
    report = parse_text(crawled_page(figures, REVIEWS), "crawl.html.txt")
    read = applications_of(report)
    for key in ("new_received", "granted", "unavailable_not_held", "results_total"):
        assert read[key][-1].state == "recovered" and read[key][-1].value == figures[key][-1]
        assert all(c.state == "unknown" for c in read[key][:-1]), key
    assert report.warnings


def test_a_row_sum_bound_keeps_splits_whose_digits_are_one_count_among_blanks():
    # `2121` with blank cells: 21 in any of six columns, and its total 21
    found = splits(["2121"], (7,), summed=True, blanks=True)
    assert {tuple(ints(r)) for r in found} == {(*[None] * c, 21, *[None] * (5 - c), 21) for c in range(6)}


def test_the_joint_solve_is_bounded_and_narrows_nothing_past_its_bound():
    rows = {key: row_candidates([digits], 7, blanks=True, limit=256) for key, digits in
            (("results_total", "1010"), ("granted", "77"), ("unavailable_not_held", "33"),
             ("new_received", "1010"), ("carried_over", ""), ("carried_forward", ""))}
    rows["carried_over"] = rows["carried_forward"] = [(None,) * 7]
    outcomes = ("granted", "unavailable_not_held")
    assert settle_table(rows, outcomes, max_steps=2) == rows
    kept = settle_table(rows, outcomes)
    # granted's 7 and 不掌握's 3 share the column of results_total's 10: six readings, not 36
    assert len(kept["granted"]) == 6 and len(kept["unavailable_not_held"]) == 6
    assert all(sum(v or 0 for v in r[:-1]) == 7 for r in kept["granted"])


def test_a_crawled_table_4_with_its_header_and_no_figure_is_blank():
    report = parse_text(crawled_page(FIGURES, []), "crawl.html.txt")
    reviews = [c for c in report.cells if c.table == "reviews"]
    assert len(reviews) == 15 and {c.state for c in reviews} == {"blank"}
    assert any(w.code == "table_blank" for w in report.warnings)
    # one proceeding's outcome headers missing: nothing says the table was printed empty
    page = crawled_page(FIGURES, []).replace(REVIEW_LABELS, REVIEW_LABELS.removesuffix("结果维持结果纠正其他结果尚未审结总计"))
    reviews = [c for c in parse_text(page, "crawl.html.txt").cells if c.table == "reviews"]
    assert {c.state for c in reviews} == {"unknown"}


def test_a_comma_after_a_rows_numbering_still_starts_the_row():
    page = crawled_page(FIGURES, REVIEWS).replace("一、本年新收", "一，本年新收").replace("四、结转下年度", "四，结转下年度")
    report = parse_text(page, "crawl.html.txt")
    assert_read_right(report, FIGURES, REVIEWS)


def test_crawled_rows_printed_without_their_numbering_are_still_rows():
    # `一、`, `二、`, `2.` and `（七）` left out: the rows start at their template words, and the total
    # row at `总计` after the last row's figures
    # (the row before `其他` printed blank, so its label runs straight into `其他`)
    figures = dict(FIGURES, other_no_fee_paid=[None] * 7)
    page = crawled_page(figures, REVIEWS)
    for numbered in ("一、本年新收", "二、上年结转", "2.申请人逾期未按", "3.其他", "（七）总计", "3.危及"):
        page = page.replace(numbered, numbered.lstrip("一二、2.（七）3"))
    report = parse_text(page, "crawl.html.txt")
    assert_read_right(report, figures, REVIEWS)


def test_a_measure_word_or_unit_stays_with_its_figure_in_a_crawled_row():
    # `2笔 984361元` is a count of 2 and an amount of 984,361 元: not a count missing and an amount of 2
    for text in ("政府集中采购 2笔 984361元 ", "政府集中采购2笔984361元三、收到"):
        cells = [c for c in joined_cells(text) if c.strip()]
        assert cells[1:3] == ["2笔", "984361元"], cells
        assert read_count(cells[1]).value == 2
        assert read_amount_wan_yuan(cells[2], None).value == Decimal("98.4361")


def test_table_2_cells_no_row_gave_are_unknown_not_absent():
    # the page's table 2 prints article 20(1) with its 规章 row only: 行政规范性文件, the other row of
    # that printed block, is unknown, never absent, and the report says so; an article the page
    # does not print at all (20(8)) is not made up
    report = parse_text(crawled_page(FIGURES, REVIEWS), "crawl.html.txt")
    cells = {(c.row, c.column): c for c in report.cells if c.table == "disclosures"}
    assert [cells[("regulations", m)].value for m in ("issued", "repealed", "in_force")] == [0, 0, 5]
    assert {cells[("normative_documents", m)].state for m in ("issued", "repealed", "in_force")} == {"unknown"}
    assert ("administrative_fees", "fee_amount_wan_yuan") not in cells
    assert any(w.code == "missing_cells" for w in report.warnings)


def test_a_sentence_naming_rows_is_not_a_crawled_table():
    # a narrative report's sentence names 本年新收, 上年结转 and 予以公开 on one long line: no table
    # header is in it, so it is read as a sentence, never cut into rows of figures
    sentence = ("本年新收政府信息公开申请13件，其中自然人12件；上年结转政府信息公开申请2件；已办结15件；"
                "其中予以公开6件，均在法定期限内予以答复。")
    assert not is_run_together(sentence)
    assert is_run_together(crawled_page(FIGURES, REVIEWS).splitlines()[2])


def test_a_dash_before_a_figure_is_a_blank_cell_in_a_table_2_with_no_signed_column():
    # the 2021 template's table 2 has no signed column: `规章1-2` is 1, a blank printed `-`, and 2
    page = crawled_page(FIGURES, REVIEWS).replace("规章005", "规章1-2")
    cells = {(c.row, c.column): c for c in parse_text(page, "crawl.html.txt").cells if c.table == "disclosures"}
    assert [cells[("regulations", m)].value for m in ("issued", "repealed", "in_force")] == [1, None, 2]
    assert cells[("regulations", "repealed")].state == "blank"



# ---------------------------------------------------------------- table 2: what the page's table 3 shows


def without_zeros(figures: dict[str, list]) -> dict[str, list]:
    """Every zero of table 3 printed as an empty cell, which a crawled page drops without a trace."""
    return {key: [None if v == 0 else v for v in row] for key, row in figures.items()}


def test_a_page_whose_table_3_prints_every_cell_cuts_table_2_into_printed_cells_only():
    # table 3 prints each empty count as 0 (`0000000`): the page writes no blank cell, so `3009` is
    # 30, 0, 9 (3|00|9 and 3|0|09 have a leading zero); a vanished blank would allow 300, blank, 9
    report = parse_text(page_of(2022, "3009"), "crawl.html.txt")
    assert values(normative(report)) == [30, 0, 9]
    assert {c.state for c in normative(report)} == {"recovered"}
    # `0213`: 0, 2, 13 or 0, 21, 3: the cell both give is read, the others stay unknown
    report = parse_text(page_of(2022, "0213"), "crawl.html.txt")
    assert [c.state for c in normative(report)] == ["recovered", "unknown", "unknown"]
    assert values(normative(report))[0] == 0


def test_a_page_whose_table_3_lost_blank_cells_may_have_lost_them_in_table_2():
    # table 3's zeros left no digit (`123` for 12, blank …, 3 …): a blank of table 2 may have vanished
    # as well, so `3009` may be 300, blank, 9 and `0213` 0, blank, 213: nothing is read
    for figures in (without_zeros(FIGURES), dict(FIGURES, rejected_duplicate=[None] * 7)):
        for run in ("3009", "0213"):
            page = crawled_page(figures, REVIEWS).replace("2021年", "2022年")
            report = parse_text(page.replace("规章005", f"规章005行政规范性文件{run}"), "crawl.html.txt")
            assert {c.state for c in normative(report)} == {"unknown"}, (run, figures["rejected_duplicate"])


# ---------------------------------------------------------------- table 2 of 2019: a sign starts its cell

TABLE2_2019 = ("二、主动公开政府信息情况第二十条第（一）项信息内容本年新制作数量本年新公开数量对外公开总数量规章000"
               "第二十条第（五）项信息内容上一年项目数量本年增/减处理决定数量行政许可{licensing}"
               "第二十条第（八）项信息内容上一年项目数量本年增/减行政事业性收费{fees}")


def page_2019(licensing: str, fees: str, figures: dict[str, list] = FIGURES) -> str:
    """A crawled 2020 report in the 2019 template: （六）其他处理 one row, table 2's 本年增/减 signed."""
    page = crawled_page(figures, REVIEWS).replace("2021年", "2020年")
    page = re.sub(r"（六）其他处理.*?(?=（七）总计)", "（六）其他处理" + "0" * 7, page)
    return page.replace(TABLE2.replace("\t", "").replace("\n", ""), TABLE2_2019.format(licensing=licensing, fees=fees))


def signed_rows(report) -> dict[str, list]:
    found: dict[str, list] = {}
    for c in report.cells:
        if c.table == "disclosures" and c.row in ("administrative_licensing", "administrative_fees"):
            found.setdefault(c.row, []).append((c.state, None if c.value is None else int(c.value)))
    return found


def test_a_sign_in_a_crawled_2019_row_is_where_its_signed_cell_starts():
    # `13-16`: 13 before the sign is 上一年项目数量 whole; -16 is 本年增/减 and 处理决定数量, -1 and 6 (a
    # signed cell is never blank, and the page writes no blank cell); `35+1`: 35 and +1
    report = parse_text(page_2019("13-16", "35+1"), "crawl.html.txt")
    assert report.template == "2019"
    rows = signed_rows(report)
    assert rows["administrative_licensing"] == [("recovered", 13), ("recovered", -1), ("recovered", 6)]
    assert rows["administrative_fees"] == [("recovered", 35), ("recovered", 1)]
    # without a sign the run has no separator: `1316` is 1, 3, 16 or 13, 1, 6 or …
    rows = signed_rows(parse_text(page_2019("1316", "35+1"), "crawl.html.txt"))
    assert {state for state, _ in rows["administrative_licensing"]} == {"unknown"}


def test_an_unsigned_2019_run_may_hide_an_empty_change_even_where_table_3_prints_its_zeros():
    # a real crawl printed `行政许可215` for 2, an empty 本年增/减, 15 on a page whose table 3 writes every
    # zero: a difference left unfilled says nothing of how the page writes its counts, so `215` is also 2,
    # blank, 15 or 21, blank, 5: nothing is read, never 2, 1, 5
    rows = signed_rows(parse_text(page_2019("215", "35+1"), "crawl.html.txt"))
    assert {state for state, _ in rows["administrative_licensing"]} == {"unknown"}
    # `000` holds no reading with an empty 本年增/减 (`0`, `00`: a leading zero): 0, 0, 0 as before
    rows = signed_rows(parse_text(page_2019("000", "35+1"), "crawl.html.txt"))
    assert rows["administrative_licensing"] == [("recovered", 0), ("recovered", 0), ("recovered", 0)]


def marked(figures: dict[str, list], mark: str) -> dict[str, list]:
    """Every zero of table 3 printed as the blank mark `mark`."""
    return {key: [mark if v == 0 else v for v in row] for key, row in figures.items()}


def test_a_sign_on_a_page_marking_its_blanks_with_a_dash_may_be_a_blank():
    # table 3 prints its blank cells `-`: `13-16` may also be 13, a blank printed `-`, 16: only 13 is
    # every reading's; `35-1` (two columns) is 35, -1 only
    rows = signed_rows(parse_text(page_2019("13-16", "35-1", marked(FIGURES, "-")), "crawl.html.txt"))
    assert rows["administrative_licensing"] == [("recovered", 13), ("unknown", None), ("unknown", None)]
    assert rows["administrative_fees"] == [("recovered", 35), ("recovered", -1)]
    # a page whose blanks left no trace and no dash: the dash is a sign, but 6 may be a blank vanished (23, −16,
    # blank; with 13 before the sign, −16 would leave this year's count of items below none)
    rows = signed_rows(parse_text(page_2019("23-16", "35-1", without_zeros(FIGURES)), "crawl.html.txt"))
    assert rows["administrative_licensing"] == [("recovered", 23), ("unknown", None), ("unknown", None)]
    rows = signed_rows(parse_text(page_2019("13-16", "35-1", without_zeros(FIGURES)), "crawl.html.txt"))
    assert rows["administrative_licensing"] == [("recovered", 13), ("recovered", -1), ("recovered", 6)]
    # a page marking its blanks `无`: none vanished, and a dash is a sign
    rows = signed_rows(parse_text(page_2019("13-16", "35-1", marked(FIGURES, "无")), "crawl.html.txt"))
    assert rows["administrative_licensing"] == [("recovered", 13), ("recovered", -1), ("recovered", 6)]


def test_a_page_marking_every_blank_of_table_3_drops_none_in_table_2():
    # `规章无11`: the page prints 无 for each blank cell, so none vanished: 11 is 1 and 1
    page = crawled_page(marked(FIGURES, "无"), REVIEWS).replace("规章005", "规章无11")
    cells = {c.column: c for c in parse_text(page, "crawl.html.txt").cells
             if c.table == "disclosures" and c.row == "regulations"}
    assert [cells[m].value for m in ("issued", "repealed", "in_force")] == [None, 1, 1]
    # the same row on a page whose blanks left nothing: 1, 1 or 11 with a blank either side
    page = crawled_page(without_zeros(FIGURES), REVIEWS).replace("规章005", "规章无11")
    cells = {c.column: c for c in parse_text(page, "crawl.html.txt").cells
             if c.table == "disclosures" and c.row == "regulations"}
    assert cells["repealed"].state == "unknown" and cells["in_force"].state == "unknown"


def test_signed_row_candidates_cut_on_each_side_of_the_sign():
    # a page whose blanks neither vanish nor are dashes: the sign starts 本年增/减, two cells in `16`
    assert [ints(r) for r in signed_row_candidates(["13", "-16"], 3, 1, dash_blanks=False)] == [[13, -1, 6]]
    assert signed_row_candidates(["13", "-2"], 3, 1, dash_blanks=False) == []  # one digit is not two cells
    # a page marking blanks `-`: 13, blank, 16 too; with blanks that vanish, -16 and a blank as well
    assert {tuple(ints(r)) for r in signed_row_candidates(["13", "-16"], 3, 1)} == {(13, -1, 6), (13, None, 16)}
    assert {tuple(ints(r)) for r in signed_row_candidates(["13", "-16"], 3, 1, blanks=True)} == \
        {(13, -1, 6), (13, -16, None), (13, None, 16)}
    # a row with no signed run, or two, is cut as any other
    assert signed_row_candidates(["1316"], 3, 1) == row_candidates(["1316"], 3, summed=False)


def test_a_row_with_an_amount_may_have_lost_a_cell_whatever_table_3_shows():
    # `政府集中采购18人民币76.49万元`: the amount's words keep it from being read as a figure, so `18`
    # is all the row shows; a page that writes no blank does not make it 1 and 8
    procurement = "第二十条第（九）项信息内容采购项目数量采购总金额政府集中采购18人民币76.49万元"
    page = page_2019("13-16", "35+1").replace("三、收到和处理", procurement + "三、收到和处理", 1)
    cells = [c for c in parse_text(page, "crawl.html.txt").cells if c.row == "centralized_procurement"]
    assert cells and all(c.state == "unknown" or c.value in (18, Decimal("76.49")) for c in cells)
    assert not any(c.value in (1, 8) for c in cells)


def test_a_thousands_group_ends_its_cell_in_a_crawled_row():
    # `1,000000301,003`: a group holds three digits, so 1,000 is a cell and 0, 0, 0, 3, 0 and 1,003
    # follow; it was read 1 with the rest unknown
    figures = dict(FIGURES, new_received=[1000, 0, 0, 0, 3, 0, 1003])
    page = crawled_page(figures, REVIEWS).replace("数量1000000301003", "数量1,000000301,003")
    assert "1,000000301,003" in page
    new = applications_of(parse_text(page, "crawl.html.txt"))["new_received"]
    assert values(new) == [1000, 0, 0, 0, 3, 0, 1003] and {c.state for c in new} == {"recovered"}


def test_a_label_broken_off_at_a_comma_goes_on_in_the_next_cell():
    # a crawler's text of a page one cell per line: （六）1's label is cut after its comma, so its
    # second half, `行政机关不再处理其政府信息公开申请`, stands alone, the very words （六）2 ends in; （六）2's
    # numbering stands alone too. Row 1's figures were given to row 2, and row 2's lost.
    from tests.unit.test_reader_classes import one_cell_per_line

    figures = dict(FIGURES, other_no_correction=[9, 0, 0, 0, 0, 0, 9], other_no_fee_paid=[7, 0, 0, 0, 0, 0, 7])
    page = one_cell_per_line(figures, REVIEWS)
    first = "1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请\n"
    second = "2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请\n"
    assert first in page and second in page
    page = page.replace(first, "1. 申请人无正当理由逾期不补正,\n行政机关不再处理其政府信息公开申请\n")
    page = page.replace(second, "2.\n" + second[2:])
    rows = applications_of(parse_text(page, "crawl.txt"))
    assert values(rows["other_no_correction"]) == [9, 0, 0, 0, 0, 0, 9]
    assert values(rows["other_no_fee_paid"]) == [7, 0, 0, 0, 0, 0, 7]


def test_other_printed_as_one_row_stands_for_its_sub_rows_in_the_column_sums():
    # `111000012` is 1 + 11 or 11 + 1 by its own sum; the columns of 予以公开 … 总计 choose 1 + 11.
    # A 2021 table that prints （六）其他处理 as one row has no sub-rows: the one row stands for them
    # in the column sums (as APP_OUTCOME_SUM adds it up), and the sums still choose.
    figures = dict(FIGURES, granted=[1, 11, 0, 0, 0, 0, 12], results_total=[4, 12, 0, 0, 0, 0, 16],
                   new_received=[5, 12, 0, 0, 0, 0, 17])
    page = re.sub(r"（六）其他处理.*?(?=（七）总计)", "（六）其他处理" + "0" * 7, crawled_page(figures, REVIEWS))
    report = parse_text(page, "crawl.html.txt")
    assert any(w.code == "other_as_one_row" for w in report.warnings)
    assert values(applications_of(report)["granted"]) == [1, 11, 0, 0, 0, 0, 12]


def test_a_crawled_row_under_a_misprinted_header_takes_the_templates_columns():
    # `本年废纸件数` (废止 misprinted) names no column, so the header names two of three; a crawled
    # row's figures may have run together, so `000` is not one figure for too few columns but the
    # template's three: 0, 0, 0 and `002` 0, 0, 2
    page = crawled_page(FIGURES, REVIEWS).replace("本年废止件数", "本年废纸件数")
    page = page.replace("规章005", "规章000行政规范性文件002")
    report = parse_text(page, "crawl.html.txt")
    cells = {(c.row, c.column): c for c in report.cells if c.table == "disclosures"}
    assert [cells[("regulations", m)].value for m in ("issued", "repealed", "in_force")] == [0, 0, 0]
    assert values(normative(report)) == [0, 0, 2]
    assert any(w.code == "header_incomplete" for w in report.warnings)


def nbsp_crawl(figures: dict[str, list]) -> str:
    """A crawled page whose empty cells (`&nbsp;`) each left a no-break space, its outcome rows leaving
    总计 blank as some reports do (the total filled in the totals rows only)."""
    parts = [TABLE2.replace("\t", "").replace("\n", ""), "三、收到和处理政府信息公开申请情况",
             "申请人情况自然人法人或其他组织商业企业科研机构社会公益组织法律服务机构其他总计"]
    for key, label, heading in ROWS:
        parts.append((heading or "") + label + "".join("\xa0" if v is None else str(v) for v in figures[key]))
    parts += [REVIEW_HEADER, REVIEW_LABELS, "".join(map(str, REVIEWS)), "五、存在的主要问题及改进情况 一是公开形式单一。"]
    return TITLE + "".join(parts) + "\n"


def test_outcome_rows_with_a_blank_total_are_split_by_the_column_sums():
    # `122  1  ` (予以公开) keeps no row sum, its total a blank: its six applicant cells are cut
    # from the digits and chosen by the columns' sums against （七）总计 (12|2, not 1|22)
    figures = blank_crawl({
        "new_received": [21, 3, None, None, 1, None, 25],
        "granted": [12, 2, None, None, 1, None, None],
        "unavailable_not_held": [6, 1, None, None, None, None, None],
        "rejected_petition": [3, None, None, None, None, None, None],
        "results_total": [21, 3, None, None, 1, None, 25],
    })
    report = parse_text(nbsp_crawl(figures), "crawl.html.txt")
    read = applications_of(report)
    for key in ("granted", "unavailable_not_held", "rejected_petition", "results_total"):
        assert values(read[key]) == figures[key], (key, report.warnings)
    assert {c.state for c in read["granted"]} == {"recovered", "blank"}


def test_outcome_rows_with_a_blank_total_stay_unknown_when_no_column_sum_decides():
    # （七）总计 prints its total only: the outcome rows' columns owe nothing that could choose a split
    figures = blank_crawl({
        "new_received": [None] * 6 + [25],
        "granted": [12, 2, None, None, 1, None, None],
        "unavailable_not_held": [6, 1, None, None, None, None, None],
        "results_total": [None] * 6 + [25],
    })
    report = parse_text(nbsp_crawl(figures), "crawl.html.txt")
    read = applications_of(report)
    # `122  1  `: 1|22, 12|2 or 1|2|2 ahead of its 1; only the blanks every split shares are read
    assert {c.state for c in read["granted"][:3]} == {"unknown"}
    assert all(c.value is None for c in read["granted"])


@pytest.mark.parametrize("totals_row", ["113000014", ""])  # read, or printed without its figures
def test_a_row_breaking_its_sum_is_never_read_with_a_blank_total_on_a_page_printing_totals(totals_row):
    # 部分公开 prints 8 and 1 with a total of 8 (a misprint), a space after it before the next row;
    # the other outcome rows print their totals, so the row's digits are never six cells and a blank
    figures = dict(FIGURES, partially_granted=[8, 1, 0, 0, 0, 0, 8])
    text = crawled_page(figures, REVIEWS).replace("8100008", "8100008 ").replace("（七）总计113000014", "（七）总计" + totals_row)
    row = applications_of(parse_text(text, "crawl.html.txt"))["partially_granted"]
    assert all(c.state == "unknown" or c.value == v for c, v in zip(row, figures["partially_granted"], strict=True))


# ---------------------------------------------------------------- table 2: the 2019 template's own sum


def with_current_year(licensing: str) -> str:
    """`page_2019` whose 行政许可 row also prints 本年项目数量 (a column some agencies add): `licensing`."""
    return page_2019(licensing, "35+1").replace("上一年项目数量本年增/减处理决定数量行政许可",
                                                "上一年项目数量本年项目数量本年增/减处理决定数量行政许可")


def licensing(report) -> list:
    cells = {c.column: c for c in report.cells if c.table == "disclosures" and c.row == "administrative_licensing"}
    return [cells[m] for m in ("previous_year_count", "current_year_count", "change", "decisions")]


def test_the_2019_change_column_chooses_the_split_that_keeps_it():
    # `4341-238`: 43, 41, −2, 38 — or 4, 341, −2, 38, or 434, 1, −2, 38, or 43, 41, −23, 8 …; only the
    # first keeps 本年增/减 = 本年项目数量 − 上一年项目数量
    report = parse_text(with_current_year("4341-238"), "crawl.html.txt")
    assert report.template == "2019"
    assert values(licensing(report)) == [43, 41, -2, 38]
    assert {c.state for c in licensing(report)} == {"recovered"}
    assert any(w.code == "split_by_template" for w in report.warnings)
    # unsigned: `11066` is 1, 1, 0, 66 (11, 0, 6, 6 and 1, 10, 6, 6 break the sum)
    assert values(licensing(parse_text(with_current_year("11066"), "crawl.html.txt"))) == [1, 1, 0, 66]


def test_a_2019_row_that_breaks_its_change_sum_in_every_split_stays_unknown():
    # `4341-538`: no split makes −5 (or −53) the difference of the two counts: the rule chooses nothing
    report = parse_text(with_current_year("4341-538"), "crawl.html.txt")
    assert {c.state for c in licensing(report)} == {"unknown"}
    # two splits keep it (51, 51, 0, 3 and 5, 15, 10, 3): only the cell both agree on is read
    cells = licensing(parse_text(with_current_year("515103"), "crawl.html.txt"))
    assert [c.state for c in cells] == ["unknown", "unknown", "unknown", "recovered"] and cells[3].value == 3


def with_procurement(run: str, sentence: str = "") -> str:
    """`page_2019` with a 政府集中采购 row printed `run` (its count run into its amount), and `sentence`."""
    page = page_2019("13-16", "35+1").replace(
        "行政事业性收费35+1", f"行政事业性收费35+1第二十条第（九）项信息内容采购项目数量采购总金额政府集中采购{run}")
    return with_sentence(page, sentence)


def procurement(report) -> list:
    cells = {c.column: c for c in report.cells if c.table == "disclosures" and c.row == "centralized_procurement"}
    return [cells["project_count"], cells["total_amount_wan_yuan"]]


def test_a_count_run_into_its_amount_is_cut_where_a_sentence_states_both():
    # `215419886元` is 2 and 15419886 元, or 21 and 5419886 元, or 215 and …: the sentence states 21 and 5419886 元
    report = parse_text(with_procurement("215419886元", "今年共发布采购信息21条共5419886元。"), "crawl.html.txt")
    cells = procurement(report)
    assert [c.value for c in cells] == [21, Decimal("541.9886")] and {c.state for c in cells} == {"recovered"}
    # an amount in 万元 with a decimal point, stated in 元: the same sum of money
    cells = procurement(parse_text(with_procurement("1973.60162万元", "全年共发布采购信息197批次涉及金额36016.2元。"),
                                   "crawl.html.txt"))
    assert [c.value for c in cells] == [197, Decimal("3.60162")]


def test_a_count_run_into_its_amount_stays_unknown_without_a_sentence_stating_both():
    for sentence in ("", "今年共发布采购信息21条。", "采购金额共5419886元。", "今年共发布采购信息22条共5419886元。"):
        cells = procurement(parse_text(with_procurement("215419886元", sentence), "crawl.html.txt"))
        assert {c.state for c in cells} == {"unknown"}, sentence


def with_penalty(run: str, sentence: str) -> str:
    """`page_2019` with a 行政处罚 row printed `run` under its own 20(6) header, and `sentence`."""
    page = page_2019("13-16", "35+1").replace(
        "第二十条第（八）项", f"第二十条第（六）项信息内容上一年项目数量本年增/减处理决定数量行政处罚{run}第二十条第（八）项")
    return with_sentence(page, sentence)


def penalty(report) -> list:
    cells = {c.column: c for c in report.cells if c.table == "disclosures" and c.row == "administrative_penalty"}
    return [cells[m] for m in ("previous_year_count", "change", "decisions")]


def test_decisions_a_sentence_states_are_read_where_every_split_keeping_them_agrees():
    # `11910305` is 1191, 0, 305 or 119, 10, 305 or 11, 910, 305 …: the sentence settles 处理决定数量 only
    cells = penalty(parse_text(with_penalty("11910305", "立案查处各类违法行为并作出行政处罚决定305起。"), "crawl.html.txt"))
    assert [c.state for c in cells] == ["unknown", "unknown", "recovered"] and cells[2].value == 305
    # a figure no split ends on says nothing of the row; and no sentence, no choice
    for sentence in ("作出行政处罚决定306起。", "本年度我局依法行政。"):
        cells = penalty(parse_text(with_penalty("11910305", sentence), "crawl.html.txt"))
        assert {c.state for c in cells} == {"unknown"}, sentence


def test_a_stated_figure_alone_is_read_and_one_the_run_cannot_hold_is_set_aside():
    # 制发 5: 5, 6, 15 and 5, 61, 5 … keep it, so only 本年制发件数 is read; 现行有效 99 fits no split
    page = with_sentence(page_of(2022, "5615"), "本年度制发行政规范性文件5件，清理后现行有效规范性文件99件。")
    cells = normative(parse_text(page, "crawl.html.txt"))
    assert [c.state for c in cells] == ["recovered", "unknown", "unknown"] and cells[0].value == 5


def test_a_2019_items_count_this_year_is_never_negative():
    # `50-673`: 50, −6, 73 or 50, −67, 3; 上一年项目数量 + 本年增/减 is this year's count of items, never below 0
    report = parse_text(with_penalty("50-673", "本年度我局依法行政。"), "crawl.html.txt")
    cells = penalty(report)
    assert values(cells) == [50, -6, 73] and {c.state for c in cells} == {"recovered"}
    assert any(w.code == "split_by_template" and "≥ 0" in w.message for w in report.warnings)
    # `80-673`: both splits keep it, so only 上一年项目数量 is read
    cells = penalty(parse_text(with_penalty("80-673", "本年度我局依法行政。"), "crawl.html.txt"))
    assert [c.state for c in cells] == ["recovered", "unknown", "unknown"] and cells[0].value == 80


def test_the_2019_total_published_holds_this_years_publications():
    # `9921`: 9, 9, 21 — or 9, 92, 1, or 99, 2, 1: only the first publishes no more this year than in all
    page = page_2019("13-16", "35+1").replace("规章000", "规章000规范性文件9921")
    cells = {c.column: c for c in parse_text(page, "crawl.html.txt").cells if c.row == "normative_documents"}
    assert [cells[m].value for m in ("new_made", "new_published", "total_published")] == [9, 9, 21]
    assert {c.state for c in cells.values()} == {"recovered"}
    # `3336`: 3, 3, 36 or 3, 33, 6 (33 > 6 is no total) or 33, 3, 6: 本年新公开数量 3 in both that keep it
    page = page_2019("13-16", "35+1").replace("规章000", "规章000规范性文件3336")
    cells = {c.column: c for c in parse_text(page, "crawl.html.txt").cells if c.row == "normative_documents"}
    assert [cells[m].state for m in ("new_made", "new_published", "total_published")] == \
        ["unknown", "recovered", "unknown"] and cells["new_published"].value == 3


def test_a_blank_previous_year_count_bounds_nothing():
    # a split leaving 上一年项目数量 blank says nothing of this year's count: kept, whatever 本年增/减
    from orchestration.parsing.disclosure_table import template_bounds

    bound = dict(template_bounds(("previous_year_count", "change", "decisions")))["上一年项目数量 + 本年增/减 ≥ 0"]
    assert bound((None, Decimal(-6), Decimal(73)))
    assert not bound((Decimal(5), Decimal(-6), Decimal(73))) and bound((Decimal(6), Decimal(-6), Decimal(73)))
