"""markitdown's pipe table 3 of a PDF over two pages: each page's grid is built apart (the pages joined by an
empty line, a `| --- |` rule after a run's first row), so a later page's grid may be as wide as the header's
yet shifted a cell. A later-page row with blank cells is placed by the header only where its page proves the
header's columns; otherwise unknown, never read in the other grid's columns."""

from __future__ import annotations

from orchestration.parsing.parse import parse_text
from tests.unit.test_converted_markdown import LABELS_2021

NAMES = ["自然人", "商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他", "总计"]
ZEROS = ["0"] * 7
TWO = ["0", "2", "0", "0", "0", "0", "2"]
FIGURES = {"new_received": TWO, "granted": TWO, "results_total": TWO}
RULE = "| " + " | ".join(["---"] * 9) + " |"


def pipe_row(label: str, cells: list[str], gap_at: int) -> str:
    """`label`, then the seven columns with the page's empty gap cell at `gap_at` among them."""
    return "| " + " | ".join([label, *cells[:gap_at], "", *cells[gap_at:]]) + " |"


def report(page_2: dict[str, list[str]], gap_on_page_2: int, page_1: dict[str, list[str]] = FIGURES) -> str:
    """The header and its rows on page 1 (their gap before 自然人; `page_1`'s figures, the others zeros); the
    rows of `page_2` after an empty line, their gap at `gap_on_page_2`."""
    lines = [pipe_row("（本列数据的勾稽关系）", NAMES, 0), RULE]
    for key, label in LABELS_2021.items():
        if key not in page_2:
            lines.append(pipe_row(label, page_1.get(key, ZEROS), 0))
    for at, (key, cells) in enumerate(page_2.items()):
        lines += ["", pipe_row(LABELS_2021[key], cells, gap_on_page_2), RULE] if at == 0 else \
            [pipe_row(LABELS_2021[key], cells, gap_on_page_2)]
    return "\n".join(["测试县人民政府2023年政府信息公开工作年度报告", "一、总体情况", "正文。",
                      "三、收到和处理政府信息公开申请情况", *lines,
                      "四、政府信息公开行政复议、行政诉讼情况", "五、存在的主要问题及改进情况", "无。"])


def carried_forward(text: str) -> list[tuple[object, str]]:
    parsed = parse_text(text, "t.md")
    return [(None if c.value is None else int(c.value), c.state)
            for c in parsed.cells if c.table == "applications" and c.row == "carried_forward"]


THREE_BY_COMPANIES = ["", "3", "", "", "", "", "3"]  # 商业企业 3, total 3, the others printing nothing


def test_a_row_alone_on_a_page_whose_grid_is_shifted_is_unknown_not_read_in_the_headers_columns():
    # page 2's gap after 总计: `|  | 3 | … | 3 |  |` under page 1's `|  | 自然人 | … | 总计 |` would read 自然人 3
    text = report({"carried_forward": THREE_BY_COMPANIES}, gap_on_page_2=7)
    assert carried_forward(text) == [(None, "unknown")] * 7


def test_a_shifted_page_whose_full_rows_are_not_the_headers_columns_leaves_its_blanks_unknown():
    text = report({"other_misc": ZEROS, "results_total": TWO, "carried_forward": THREE_BY_COMPANIES},
                  gap_on_page_2=7)
    assert carried_forward(text) == [(None, "unknown")] * 7


def test_a_later_page_whose_full_row_stands_in_the_headers_columns_is_read_by_them():
    text = report({"other_misc": ZEROS, "results_total": TWO, "carried_forward": THREE_BY_COMPANIES},
                  gap_on_page_2=0)
    assert carried_forward(text) == [(None, "blank"), (3, "value"), *[(None, "blank")] * 4, (3, "value")]


def test_a_later_row_printing_in_the_places_a_row_of_the_headers_page_does_is_read_like_it():
    # page 1's 一、本年新收 prints 商业企业 and 总计 alone too: the same places, the same grid
    page_1 = {**FIGURES, "new_received": THREE_BY_COMPANIES}
    text = report({"carried_forward": THREE_BY_COMPANIES}, gap_on_page_2=0, page_1=page_1)
    assert carried_forward(text) == [(None, "blank"), (3, "value"), *[(None, "blank")] * 4, (3, "value")]


def test_seven_words_on_a_shifted_page_are_the_columns_in_order():
    # every column its word (`| 0 3 |` two of them): the grid does not matter
    text = report({"carried_forward": ["0 3", "", "0 0", "0 0", "3", "", ""]}, gap_on_page_2=7)
    assert carried_forward(text) == [(0, "value"), (3, "value"), *[(0, "value")] * 4, (3, "value")]


def test_a_tables_rows_after_a_page_footer_under_no_new_rule_go_on_in_its_grid():
    # a converter that writes one table over the pages (its footer and running title between rows, no new
    # `| --- |` rule after them) keeps one grid: the header's columns place the later rows
    text = report({"carried_forward": THREE_BY_COMPANIES}, gap_on_page_2=0)
    footer = ["", "— 9 —", "测试县人民政府2023年政府信息公开工作年度报告", ""]
    text = text.replace("\n\n" + pipe_row(LABELS_2021["carried_forward"], THREE_BY_COMPANIES, 0) + "\n" + RULE,
                        "\n".join(["", *footer, pipe_row(LABELS_2021["carried_forward"], THREE_BY_COMPANIES, 0)]))
    assert "— 9 —" in text
    assert carried_forward(text) == [(None, "blank"), (3, "value"), *[(None, "blank")] * 4, (3, "value")]
