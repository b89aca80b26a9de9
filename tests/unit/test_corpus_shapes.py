"""The corpus writes the shapes of issue 14 as they look in real files, with an honest truth: each
shape is checked in the document's own text, and every truth keeps the template's arithmetic."""

from __future__ import annotations

import re

import pytest

from orchestration.core.labels import APPLICATION_ROWS, to_simplified
from orchestration.parsing.narrative import read_narrative
from orchestration.parsing.parse import parse_bytes
from orchestration.parsing.tokens import split_lines
from testkit.corpus import ISSUE_LAYOUTS, LAYOUTS, SIX, TITLE_STYLES, make_document


def text_of(document) -> str:
    return document.data.decode("utf-8")


def balance_holds(truth: dict) -> bool:
    """APP_BALANCE on the truth itself (blank reads as 0), for every applicant column."""
    apps = truth["applications"]

    def v(row: str, column: str) -> int:
        return apps.get(row, {}).get(column) or 0

    return all(v("new_received", c) + v("carried_over", c) == v("results_total", c) + v("carried_forward", c)
               for c in (*SIX, "total"))


def test_the_new_layouts_are_in_the_rotation():
    assert set(ISSUE_LAYOUTS) <= set(LAYOUTS)
    layouts = {make_document(1, i).layout for i in range(len(LAYOUTS))}
    assert set(ISSUE_LAYOUTS) <= layouts


@pytest.mark.parametrize("style", TITLE_STYLES)
def test_every_title_style_names_the_agency_and_year_the_truth_has(style):
    document = make_document(2, 3, layout="txt-tabs", noise=set(), title_style=style)
    text = text_of(document)
    report = parse_bytes(document.data, document.name)
    assert (report.agency, report.year) == (document.truth["agency"], document.truth["year"]), text[:300]
    assert document.truth["title_style"] == style
    head = text.split("一、总体情况")[0]
    expected_in_head = {
        "year_first": rf"^{document.truth['year']}年{document.truth['agency']}",
        "guanyu": rf"^关于{document.truth['agency']}",
        "markdown": r"^# ",
        "web_chrome": r"^当前位置：首页 > ",
        "index_block": r"^索引号：.*\n发布机构：",
        "own_line_below": rf"^{document.truth['year']}年政府信息公开工作年度报告\n+{document.truth['agency']}\n",
    }
    if style in expected_in_head:
        assert re.search(expected_in_head[style], head), head
    if style == "signature":
        assert re.search(rf"{document.truth['agency']}\n+\d{{4}}年\d+月\d+日\n*$", text), text[-200:]
        assert f"由{document.truth['agency']}编制" not in text


def test_an_ocr_misread_place_is_in_the_title_and_the_truth_has_the_real_one():
    document = next(d for d in (make_document(3, i, layout="txt-tabs") for i in range(400))
                    if "ocr_glyph" in d.truth["noise"])
    assert document.truth["agency"].startswith("宿迁市沭阳县")
    assert "沐阳县" in text_of(document).split("\n", 3)[0] + text_of(document).split("\n", 3)[1]
    report = parse_bytes(document.data, document.name)
    assert report.agency == document.truth["agency"]
    assert "agency_name_corrected" in [w.code for w in report.warnings]


def test_a_crawled_page_is_one_line_with_no_separator():
    document = make_document(4, 0, layout="txt-crawl", noise=set())
    text = text_of(document)
    assert text.count("\n") == 1 and "\t" not in text and "|" not in text
    assert text.startswith("当前位置：首页>") and "二、主动公开" in text and "行政复议" in text
    # a row's figures run together: the intake row's seven cells follow its label directly
    row = document.truth["applications"]["new_received"]
    printed = "".join("" if row[c] is None else str(row[c]) for c in (*SIX, "total"))
    assert f"一、本年新收政府信息公开申请数量{printed}" in text
    assert balance_holds(document.truth)


def test_pdftotext_layout_wraps_labels_writes_merged_labels_down_the_margin_and_breaks_pages():
    document = make_document(4, 1, layout="txt-layout", noise=set(), template="2019")
    text = text_of(document)
    lines = split_lines(text)
    assert "\t" not in text and "|" not in text
    assert any(re.search(r"\S {2,}\S", line) for line in lines)  # columns are runs of spaces
    # 三、本年度办理结果 merged down the rows it spans: one character per line in the left margin
    furniture = re.compile(r"\s*(?:— \d+ —|第 \d+ 页 共 \d+ 页|- \d+ -)\s*")
    margin = [line.strip()[0] for line in lines if line.strip() and not line.startswith("\f")
              and not furniture.fullmatch(line)]
    assert "".join(margin).find("三、本年度办理结果") >= 0
    # a label wrapped: its first part ends a line, its rest starts a later one
    label = "没有现成信息需要另行制作"
    assert not any(label in line for line in lines) and any("2.没有" in line for line in lines)
    assert any(furniture.fullmatch(line) for line in lines)
    assert balance_holds(document.truth)


def test_one_cell_per_line_writes_empty_cells_as_empty_or_space_lines():
    documents = [make_document(5, i, layout="txt-cells-blank", noise={"blank_tokens"}) for i in range(6)]
    for document in documents:
        text = text_of(document)
        assert "\t" not in text and "|" not in text
    lines = [line for d in documents for line in split_lines(text_of(d))]
    assert any(line.strip("\u3000 ") == "" and line for line in lines) or lines.count("") > 20


def test_misprints_and_the_2021_one_row_other_are_in_the_text_and_the_truth():
    document = make_document(6, 2, layout="txt-tabs", noise={"misprint", "other_one_row"}, template="2021")
    text = text_of(document)
    assert "（六）其他处理" in text and "申请人无正当理由逾期不补正" not in text
    apps = document.truth["applications"]
    assert "other" in apps and not {"other_no_correction", "other_no_fee_paid", "other_misc"} & set(apps)
    assert any(d.startswith("misprint:") for d in document.truth["noise_detail"])
    assert balance_holds(document.truth)
    outcome_rows = [k for k, (_, group, _) in APPLICATION_ROWS.items() if group == "outcome" and k in apps]
    total = sum(apps[row]["total"] or 0 for row in outcome_rows)
    assert total == (apps["results_total"]["total"] or 0)


@pytest.mark.parametrize("index", range(8))
def test_a_narrative_report_states_exactly_its_truth(index):
    document = make_document(7, index, layout="narrative")
    truth = document.truth
    assert (truth["template"], truth["status"], truth["disclosures"]) == ("narrative", "narrative", [])
    text = text_of(document)
    assert "\t" not in text and "第二十条" not in text
    read = read_narrative(split_lines(to_simplified(text)), [])  # as the parser reads it
    got: dict = {}
    for figure in read:
        got.setdefault(figure.table, {}).setdefault(figure.row, {})[figure.column] = int(figure.value)
    assert got.get("applications", {}) == truth["applications"]
    assert got.get("reviews", {}) == truth["reviews"]


def test_the_2021_one_row_other_has_its_own_applicant_sum_checked():
    """A row printed beyond the template is read, so its row sum is checked as the rule's SQL checks it."""
    from orchestration.core.rules import evaluate

    document = make_document(6, 2, layout="txt-tabs", noise={"other_one_row"}, template="2021")
    report = parse_bytes(document.data, document.name)
    sums = {r.scope: r.status for r in evaluate(report) if r.rule_id == "APP_APPLICANT_SUM"}
    assert sums.get("other") == "passed", sums


def test_a_crawled_page_keeps_a_no_break_space_per_empty_cell_when_exported_from_word():
    # a page from Word writes `&nbsp;` in each empty cell and its crawl keeps them (real crawls 06, 97);
    # a CMS page's empty `<td>` leaves nothing. Both kinds are drawn, each document one kind only.
    kinds = set()
    for index in range(60):
        document = make_document(4, index, layout="txt-crawl", noise={"blank_tokens"})
        text, row = text_of(document), document.truth["applications"]["new_received"]
        if None not in row.values():
            continue
        for empty in ("", "\u00a0", "/", "—", "-", "无"):  # a blank printed as nothing, or as a mark
            printed = "".join(empty if row[c] is None else str(row[c]) for c in (*SIX, "total"))
            if f"一、本年新收政府信息公开申请数量{printed}二、" in text:
                kinds.add(empty)
                break
        else:
            raise AssertionError(f"document {index}: the intake row is not printed with one kind of blank")
    assert {"", "\u00a0"} <= kinds
