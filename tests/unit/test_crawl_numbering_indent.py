"""Crawled pages (one line, every cell run together) whose sub-row labels print their numbering as a crawler
leaves it: `2.` then the list indent Word's HTML writes (`2.&nbsp;&nbsp;重复申请`, U+00A0 once unescaped, or
plain spaces), a full-width digit or stop, `2、`, the numbering in parentheses (`（2）`), or Word's other list numbers
(`2）`, `②`). The numbering is
part of the label cell, never a figure: built from the template's rows (test_reader_classes.crawled_page)."""

from __future__ import annotations

import re

import pytest

from orchestration.parsing.parse import parse_text
from orchestration.parsing.tokens import joined_cells, reading_lines
from tests.unit.test_reader_classes import (
    FIGURES,
    REVIEWS,
    ROWS,
    applications_of,
    assert_read_right,
    crawled_page,
)

# sub-rows with figures where a stray `2` or `3` would break a sum: 2.没有现成信息 and 3.其他 print figures
SUB_ROW_FIGURES = dict(FIGURES, unavailable_needs_creation=[4, 0, 0, 0, 0, 0, 4], other_misc=[3, 0, 0, 0, 0, 0, 3],
                       unavailable_not_held=[2, 1, 0, 0, 0, 0, 3], results_total=[18, 3, 0, 0, 0, 0, 21],
                       new_received=[19, 3, 0, 0, 0, 0, 22])


def renumbered(page: str, numbering) -> str:
    """The page with each sub-row's `N.` before its label written `numbering(N)`."""
    return re.sub(r"(?<=[\d）/\u4e00-\u9fff”])(\d)\.(?=[^\d])", lambda m: numbering(m.group(1)), page)


@pytest.mark.parametrize("numbering", [
    lambda n: f"{n}.\xa0\xa0",  # Word's `&nbsp;&nbsp;` after a list number, unescaped
    lambda n: f"{n}." + "\xa0" * 5,
    lambda n: f"{n}.   ",  # the indent as plain spaces
    lambda n: f"{n}.\u3000\u3000",
    lambda n: f"{n} .\xa0\xa0",
    lambda n: f"{n}．\xa0\xa0",
    lambda n: f"{n}、\xa0\xa0",
    lambda n: f"{chr(ord('０') + int(n))}．\xa0\xa0",  # a full-width digit
    lambda n: f"（{n}）",
    lambda n: f"({n})\xa0",
    lambda n: f"{n}）",  # Word's list numbers `2)` and `②`
    lambda n: chr(ord("①") + int(n) - 1),
], ids=["nbsp2", "nbsp5", "spaces", "ideographic", "space-before-stop", "full-width-stop", "comma", "wide-digit",
        "parentheses", "ascii-parentheses", "close-parenthesis", "circled"])
def test_a_sub_rows_numbering_with_its_indent_is_no_figure(numbering):
    page = renumbered(crawled_page(SUB_ROW_FIGURES, REVIEWS), numbering)
    assert page != crawled_page(SUB_ROW_FIGURES, REVIEWS)
    report = parse_text(page, "crawl.html.txt")
    assert_read_right(report, SUB_ROW_FIGURES, REVIEWS, allow_unknown=True)
    read = applications_of(report)
    assert [c.value for c in read["unavailable_needs_creation"]] == [4, 0, 0, 0, 0, 0, 4]
    assert [c.value for c in read["other_misc"]] == [3, 0, 0, 0, 0, 0, 3]


@pytest.mark.parametrize("mark", ["", "/"])
@pytest.mark.parametrize("numbering", [lambda n: f"（{n}）", lambda n: f"({n})\xa0", lambda n: f"{n}.\xa0\xa0",
                                       lambda n: f"{n}）", lambda n: chr(ord("①") + int(n) - 1)],
                         ids=["parentheses", "ascii-parentheses", "nbsp2", "close-parenthesis", "circled"])
def test_a_blank_sub_rows_numbering_is_no_figure(numbering, mark):
    # 不予公开's rows print no figure: each empty cell is nothing (a CMS's `<td></td>`) or a mark `/`, and the
    # next row's numbering follows the row's label or its marks
    figures = dict(SUB_ROW_FIGURES, **{key: [None] * 7 for key in SUB_ROW_FIGURES if key.startswith("denied_")})
    page = crawled_page(figures, REVIEWS)
    for key, label, _ in ROWS:
        if key.startswith("denied_"):
            page = page.replace(label, label + mark * 7)
    report = parse_text(renumbered(page, numbering), "crawl.html.txt")
    assert_read_right(report, figures, REVIEWS, allow_unknown=True)
    assert all(c.value is None for key, cells in applications_of(report).items() if key.startswith("denied_")
               for c in cells)


def test_a_group_headings_indent_is_no_blank_cell():
    # `（一）\xa0\xa0予以公开8200…`: the spaces after the numbering are the label's, not two blank cells before it
    page = crawled_page(SUB_ROW_FIGURES, REVIEWS)
    page = re.sub(r"(（[一二三四五六七]）|[一二三四]、)(?=[\u4e00-\u9fff])", "\\1\xa0\xa0", page)
    report = parse_text(page, "crawl.html.txt")
    assert_read_right(report, SUB_ROW_FIGURES, REVIEWS)


def test_the_indent_is_dropped_from_the_label_and_its_figures_kept():
    page = renumbered(crawled_page(SUB_ROW_FIGURES, REVIEWS), lambda n: f"{n}.\xa0\xa0")
    pieces = [line.text for line in reading_lines(page.splitlines())]
    assert "2.没有现成信息需要另行制作4000004" in pieces
    assert joined_cells("2.没有现成信息需要另行制作4000004") == ["2.没有现成信息需要另行制作", "4000004"]
    assert joined_cells("（2）重复申请2000002") == ["（2）重复申请", "2000002"]
    assert joined_cells("2）重复申请2000002") == ["2）重复申请", "2000002"]


def test_a_figure_in_parentheses_before_a_figure_stays_a_figure():
    # `（2）` is numbering only where label text follows it
    assert joined_cells("合计（2）3") == ["合计（", "2", "）", "3"]


def test_a_crawl_that_kept_the_nbsp_entity_reads_it_as_the_space_it_shows():
    # the crawler kept the markup's text: `2.&nbsp;&nbsp;没有…` (the list indent) and blank rows' cells `&nbsp;`
    figures = dict(SUB_ROW_FIGURES, **{key: [None] * 7 for key in SUB_ROW_FIGURES if key.startswith("denied_")})
    page = crawled_page(figures, REVIEWS)
    for key, label, _ in ROWS:
        if key.startswith("denied_"):
            page = page.replace(label, label + "&nbsp;" * 7)
    report = parse_text(renumbered(page, lambda n: f"{n}.&nbsp;&nbsp;"), "crawl.html.txt")
    assert_read_right(report, figures, REVIEWS)  # every cell read, none unknown
    read = applications_of(report)
    assert [c.value for c in read["unavailable_needs_creation"]] == [4, 0, 0, 0, 0, 0, 4]
    assert all(c.value is None for key, cells in read.items() if key.startswith("denied_") for c in cells)
