"""Markdown as pandoc writes it from a Word-exported page: every run of text in a bracketed span
(`[0]{style="…"}`, `[]{…}` when empty), blocks in fenced divs (`::: {…}` … `:::`), and tables as
pipe tables or as grid tables whose narrow cells wrap their text, a figure included, over lines.
The reports are written here in those shapes; each must read as the same report in tabs does."""

from __future__ import annotations

import unicodedata

import pytest

from orchestration.parsing.formats import (
    HTML,
    TEXT,
    detect_format,
    extract,
    grid_table_rows,
    pandoc_markdown_text,
)
from orchestration.parsing.parse import parse_bytes, parse_text
from tests.unit.test_parser_edges import report_text

STYLE = '{style="font-family: 宋体;"}'
# two-digit figures, so that a grid cell wrapped after its first character cuts a figure in two
FIGURES = {
    "new_received": ["26", "1", "", "", "", "", "27"],
    "granted": ["25", "1", "", "", "", "", "26"],
    "unavailable_not_held": ["1", "", "", "", "", "", "1"],
    "results_total": ["26", "1", "", "", "", "", "27"],
}


def span(text: str) -> str:
    """A Word run as pandoc writes it: the text in a styled span, then an empty styled span."""
    return (f"[{text}]{STYLE}" if text else "") + f"[]{STYLE}"


def tables_of(text: str) -> list[tuple[str, list[str] | list[list[str]]]]:
    """The report's lines grouped: ("line", text) for a paragraph, ("table", rows) for a run of
    tab-separated lines, each row padded to the widest."""
    groups: list = []
    for line in text.split("\n"):
        if "\t" in line:
            if not groups or groups[-1][0] != "table":
                groups.append(("table", []))
            groups[-1][1].append(line.split("\t"))
        else:
            groups.append(("line", line))
    for kind, rows in groups:
        if kind == "table":
            width = max(len(r) for r in rows)
            for row in rows:
                row.extend([""] * (width - len(row)))
    return groups


def html_span(text: str) -> str:
    """The same run as gfm/commonmark keep it: raw inline HTML, the tag broken over two lines."""
    return (f'<span\nstyle="font-family: 宋体;">{text}</span>' if text else "") + '<span style="font-family: 宋体;"></span>'


def markdown_of(text: str, table_lines, run=span) -> str:
    """The report as pandoc writes a Word-exported page: each paragraph a run (`run`), each table
    (its lines by `table_lines`) in a fenced div, or a raw `<div>` when the runs are raw HTML."""
    opening, closing = ('::: {style="text-indent: 2em;" align=""}', ":::") if run is span else ('<div class="article">', "</div>")
    out = [opening, ""]
    for kind, content in tables_of(text):
        if kind == "line":
            out += [run(content), ""]
        else:
            out += [opening, "", *table_lines(content, run), "", closing, ""]
    return "\n".join([*out, closing])


def pipe_table(rows: list[list[str]], run=span) -> list[str]:
    lines = ["| " + " | ".join(run(cell).replace("\n", " ") for cell in row) + " |" for row in rows]
    return [lines[0], "|" + "---|" * len(rows[0]), *lines[1:]]


def wrapped(cell: str) -> list[str]:
    """A narrow grid cell: its span text cut after the first character, then every 16."""
    text = span(cell)
    return [p for p in [text[:2]] + [text[i : i + 16] for i in range(2, len(text), 16)] if p]


def grid_table(rows: list[list[str]], run=span, width: int = 18) -> list[str]:
    rule = "+" + ("-" * width + "+") * len(rows[0])
    lines = [rule]
    for row in rows:
        cells = [wrapped(cell) for cell in row]
        for i in range(max(len(c) for c in cells)):
            lines.append("|" + "|".join(f" {(c[i] if i < len(c) else ''):<{width - 1}}" for c in cells) + "|")
        lines.append(rule)
    return lines


def without_lines(value):
    """A record without its `line` lineage: the markdown has more lines than the tab text."""
    if isinstance(value, dict):
        return {k: without_lines(v) for k, v in value.items() if k != "line"}
    if isinstance(value, list):
        return [without_lines(v) for v in value]
    return value


def core(record: dict) -> dict:
    keys = ("agency", "year", "template", "disclosures", "applications", "reviews", "unknown_cells")
    return without_lines({key: record[key] for key in keys})


@pytest.mark.parametrize(("table_lines", "run"), [(pipe_table, span), (grid_table, span), (pipe_table, html_span)])
def test_a_report_in_pandoc_markdown_reads_as_the_same_report_in_tabs(table_lines, run):
    plain = report_text(FIGURES)
    markdown = markdown_of(plain, table_lines, run)
    if table_lines is grid_table:
        assert "| [2 " in markdown  # the grid really cuts a figure: `[2` over `6]{style=…`
    assert detect_format(markdown.encode("utf-8")) == TEXT  # even when it opens with a raw `<div>`
    record = parse_bytes(markdown.encode("utf-8"), "report.md").to_dict()
    expected = parse_text(plain, "report.txt").to_dict()
    assert record["applications"]["new_received"]["natural_person"] == 26
    assert record["applications"]["granted"]["total"] == 26
    assert record["unknown_cells"] == []
    assert core(record) == core(expected)


def test_a_grid_cell_is_all_its_lines_between_two_rules():
    rows = [
        "+--------+--------+",
        "| [行政许 | [2     |",
        "| 可]{a}  | 6]{st  |",
        "|         | yle=x} |",
        "+========+========+",
        "| 规章   |        |",
        "+--------+--------+",
    ]
    table = "\n".join(rows)
    assert grid_table_rows(table).split("\n") == ["|[行政许可]{a}|[26]{style=x}|", "| 规章   |        |"]
    assert pandoc_markdown_text(table).split("\n") == ["|行政许可|26|", "| 规章   |        |"]


def test_a_grid_block_whose_lines_split_differently_is_left_as_it_is():
    # a row span's partial rule, or a line with a stray bar: the cells cannot be told apart
    rows = ["+----+----+", "| a  | 1  |", "| b  | 2 | 3 |", "+----+----+"]
    table = "\n".join(rows)
    assert grid_table_rows(table).split("\n") == ["| a  | 1  |", "| b  | 2 | 3 |"]


def test_spans_divs_and_attributes_go_their_text_stays():
    lines = [
        "::: {.article-content style=\"margin: 0\"}",
        "# 某某局2023年政府信息公开年度报告 {#title .article-title style=\"padding: 20px\"}",
        "[一、总体情况]{style=\"font-family: 宋体;\"}[]{style=\"font-family: 宋体;\"}",
        "| [[0]{.inner}]{.outer} | [ ]{style=\"x\"} |",
        "-   [首页](/index.shtml){target=\"_self\"}",
        ":::",
    ]
    page = "\n".join(lines)
    assert pandoc_markdown_text(page).split("\n") == [
        "", "# 某某局2023年政府信息公开年度报告", "一、总体情况", "| 0 |   |", "-   [首页](/index.shtml)", ""]


def test_text_without_pandoc_syntax_is_left_as_it_is():
    text = "某某局\n[注] 本表单位为件。\n{1} 见附件\n| 规章 | 1 |\n+ 一项\n"
    assert extract(text.encode("utf-8")).text == text
    assert extract(text.encode("utf-8")).format == TEXT


def test_a_page_with_a_document_element_stays_html_though_it_quotes_a_markdown_table():
    page = "<div>\n<html><body><pre>\n| a | b |\n|---|---|\n</pre></body></html>\n"
    assert detect_format(page.encode("utf-8")) == HTML
    assert detect_format("<div class=\"meta\">标题</div>\n\n<p>正文</p>\n".encode()) == HTML


def display_width(text: str) -> int:
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in text)


def aligned(cells: list[str], widths: list[int]) -> str:
    """One line of a pandoc simple or multiline table: two spaces in, each cell padded to its
    column's display width (a CJK character takes two), one space between columns."""
    return "  " + " ".join(cell + " " * (width - display_width(cell)) for cell, width in zip(cells, widths))


def simple_table(rows: list[list[str]], run=None) -> list[str]:
    widths = [max(3, *(display_width(row[c]) for row in rows)) for c in range(len(rows[0]))]
    return [aligned(rows[0], widths), "  " + " ".join("-" * w for w in widths), *(aligned(r, widths) for r in rows[1:])]


def multiline_table(rows: list[list[str]], run=None, label_width: int = 12) -> list[str]:
    """pandoc's multiline table: a label longer than its column wraps under the row's figures."""
    widths = [label_width] + [max(3, *(display_width(row[c]) for row in rows)) for c in range(1, len(rows[0]))]
    full = "  " + "-" * (sum(widths) + len(widths) - 1)

    def row_lines(row: list[str]) -> list[str]:
        label, rest = row[0], row[1:]
        pieces = [label[i : i + label_width // 2] for i in range(0, len(label), label_width // 2)] or [""]
        return [aligned([pieces[0], *rest], widths)] + [aligned([p] + [""] * len(rest), widths).rstrip() for p in pieces[1:]]

    lines = [full, *row_lines(rows[0]), "  " + " ".join("-" * w for w in widths)]
    for row in rows[1:]:
        lines += [*row_lines(row), ""]
    return [*lines[:-1], full]


@pytest.mark.parametrize("table_lines", [simple_table, multiline_table])
def test_a_report_in_pandoc_simple_or_multiline_tables_reads_as_in_tabs(table_lines):
    plain = report_text(FIGURES)
    markdown = markdown_of(plain, table_lines)
    if table_lines is multiline_table:  # a label really wraps under its figures
        assert "政府信息公开" in [line.strip() for line in markdown.split("\n")]
    record = parse_bytes(markdown.encode("utf-8"), "report.md").to_dict()
    assert record["applications"]["new_received"]["natural_person"] == 26
    assert record["unknown_cells"] == []
    assert core(record) == core(parse_text(plain, "report.txt").to_dict())


def test_a_dashed_line_that_is_no_markdown_table_is_left_as_it_is():
    text = "说明\n  ----- -----\n  文字超出了列  的范围很远很远\n正文\n"
    assert pandoc_markdown_text(text) == text
