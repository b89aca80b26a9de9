"""Crawled pages one cell a line (a word processor's table, every cell printed): a figure too wide for
its narrow column wraps inside its cell, a piece a line (`1` / `62` for 162), so the row has more lines
than columns. Its figures are read where the template's arithmetic leaves one grouping of the lines;
and a 2019 header word wrapped at its slash (`本年增` / `/` / `减`) is read as 本年增/减."""

from __future__ import annotations

from decimal import Decimal

from orchestration.parsing.parse import parse_text
from tests.unit.test_lines_collapsed import cells, report_lines

APPLICANT_KEYS = ["natural_person", "commercial_enterprise", "research_institution", "social_welfare_org",
                  "legal_service_org", "other_org", "total"]


def wrapped(lines: list[str], label: str, pieces: list[str]) -> list[str]:
    """`lines` with the seven figure lines after `label` replaced by `pieces`."""
    at = lines.index(label)
    return [*lines[: at + 1], *pieces, *lines[at + 8 :]]


def row_of(report, key: str) -> dict[str, tuple[str, Decimal | None]]:
    t3 = cells(report, "applications")
    return {applicant: t3[(key, applicant)] for applicant in APPLICANT_KEYS}


def test_a_row_of_figures_wrapped_over_lines_is_read_where_its_sum_leaves_one_grouping():
    table3 = {"new_received": [160, 0, 0, 2, 0, 0, 162], "granted": [133, 0, 0, 1, 0, 0, 134],
              "unavailable_not_held": [27, 0, 0, 1, 0, 0, 28], "results_total": [160, 0, 0, 2, 0, 0, 162]}
    lines = report_lines(table3, [1, 0, 7], [0] * 15)
    lines = wrapped(lines, "一、本年新收政府信息公开申请数量", ["160", "0", "0", "2", "0", "0", "1", "62"])
    lines = wrapped(lines, "1.本机关不掌握相关政府信息", ["2", "7", "0", "0", "1", "0", "0", "28"])
    lines = wrapped(lines, "（七）总计", ["1", "60", "0", "0", "2", "0", "0", "1", "62"])
    report = parse_text("\n".join(lines), "wrapped.txt")
    for key, values in [("new_received", table3["new_received"]), ("unavailable_not_held", [27, 0, 0, 1, 0, 0, 28]),
                        ("results_total", table3["results_total"])]:
        assert row_of(report, key) == {a: ("recovered", Decimal(v)) for a, v in zip(APPLICANT_KEYS, values)}, key
    assert row_of(report, "granted")["total"] == ("value", Decimal(134))
    # a wrapped figure is written whole, on the line of its first piece
    total = next(c for c in report.cells if c.table == "applications" and c.row == "results_total" and c.column == "total")
    assert total.as_written == "162" and lines[total.line - 1] == "1" and lines[total.line] == "62"
    assert sum(w.code == "figures_wrapped" for w in report.warnings) == 3
    assert not any(w.code == "short_row" for w in report.warnings)


def test_the_column_rules_choose_among_a_rows_groupings_or_leave_the_cells_they_differ_on_unknown():
    # `1 / 1 / 2 / 1 / 2 / 0 / 2 / 27`: 1, 1, 2, 1, 20, 2, 27 or 1, 1, 21, 2, 0, 2, 27, both keeping the row's sum
    figures = [1, 1, 2, 1, 20, 2, 27]
    pieces = ["1", "1", "2", "1", "2", "0", "2", "27"]
    table3 = {"new_received": figures, "granted": figures, "results_total": figures}
    lines = wrapped(report_lines(table3, [1, 0, 7], [0] * 15), "一、本年新收政府信息公开申请数量", pieces)
    report = parse_text("\n".join(lines), "wrapped.txt")
    # the other rows, printed whole, leave one grouping that keeps APP_BALANCE
    assert row_of(report, "new_received") == {a: ("recovered", Decimal(v)) for a, v in zip(APPLICANT_KEYS, figures)}
    # every row wrapped alike: the rules cannot choose, and the cells the groupings differ on are unknown
    lines = report_lines(table3, [1, 0, 7], [0] * 15)
    for label in ["一、本年新收政府信息公开申请数量", "（一）予以公开", "（七）总计"]:
        lines = wrapped(lines, label, pieces)
    row = row_of(parse_text("\n".join(lines), "wrapped.txt"), "granted")
    assert row["natural_person"] == ("recovered", Decimal(1)) and row["total"] == ("recovered", Decimal(27))
    assert row["research_institution"] == row["social_welfare_org"] == row["legal_service_org"] == ("unknown", None)


def test_long_rows_are_not_grouped_where_a_row_is_short_or_a_rows_label_is_lost():
    table3 = {"new_received": [160, 0, 0, 2, 0, 0, 162], "results_total": [160, 0, 0, 2, 0, 0, 162]}
    base = wrapped(report_lines(table3, [1, 0, 7], [0] * 15), "一、本年新收政府信息公开申请数量",
                   ["160", "0", "0", "2", "0", "0", "1", "62"])
    # a row printing fewer lines than columns: blanks that print nothing, so lines do not count cells
    short = wrapped(base, "（一）予以公开", ["0", "0"])
    # a label lost: two rows' lines after one label
    at = base.index("2.重复申请")
    merged = [*base[:at], *base[at + 1 :]]
    for lines in (short, merged):
        report = parse_text("\n".join(lines), "wrapped.txt")
        assert not any(w.code == "figures_wrapped" for w in report.warnings)
        assert all(state != "recovered" for state, _ in row_of(report, "new_received").values())


def test_table_4s_row_of_figures_wrapped_over_lines_is_read_by_each_proceedings_sum():
    reviews = [1, 2, 0, 0, 3, 0, 0, 0, 0, 0, 12, 0, 0, 0, 12]
    lines = report_lines({}, [1, 0, 7], reviews)
    at = lines.index("五、存在的主要问题及改进情况") - 15
    pieces = [*map(str, reviews[:10]), "1", "2", "0", "0", "0", "1", "2"]  # 12 and its total wrapped
    lines[at : at + 15] = pieces
    report = parse_text("\n".join(lines), "wrapped.txt")
    t4 = cells(report, "reviews")
    assert t4[("litigation_after_review", "upheld")] == ("recovered", Decimal(12))
    assert t4[("litigation_after_review", "total")] == ("recovered", Decimal(12))
    assert t4[("administrative_review", "total")] == ("recovered", Decimal(3))
    assert any(w.code == "figures_wrapped" and w.message.startswith("table 4") for w in report.warnings)
    # lines no grouping of which keeps the sums (a 1 glued where none belongs): unknown, never read in order
    lines[at : at + 17] = [*map(str, reviews[:10]), "1", "2", "0", "0", "0", "1", "3"]
    t4 = cells(parse_text("\n".join(lines), "wrapped.txt"), "reviews")
    assert t4[("litigation_after_review", "total")] == ("unknown", None)
    assert t4[("administrative_review", "upheld")] == ("unknown", None)


PENALTY_2019 = [
    "测试市科学技术局", "2020年政府信息公开工作年度报告", "一、总体情况", "正文。", "二、主动公开政府信息情况",
    "第二十条第（一）项", "信息内容", "本年新制作数量", "本年新公开数量", "对外公开总数量",
    "规章", "0", "0", "0", "规范性文件", "3", "3", "6",
    "第二十条第（五）项", "信息内容", "上一年项目数量", "本年增", "/", "减", "处理决定数量",
    "行政许可", "60", "-3", "57", "其他对外管理服务事项", "7", "-7", "0",
    "第二十条第（六）项", "信息内容", "上一年项目数量", "本年增", "/", "减", "处理决定数量",
    "行政处罚", "12", "2", "14", "行政强制", "5", "0", "1",
    "第二十条第（八）项", "信息内容", "上一年项目数量", "本年增", "/", "减", "行政事业性收费", "4", "0",
    "三、收到和处理政府信息公开申请情况",
]


def test_a_2019_header_word_wrapped_at_its_slash_names_its_column():
    report = parse_text("\n".join(PENALTY_2019), "slash.txt")
    t2 = cells(report, "disclosures")
    assert t2[("administrative_penalty", "previous_year_count")] == ("value", Decimal(12))
    assert t2[("administrative_penalty", "change")] == ("value", Decimal(2))
    assert t2[("administrative_penalty", "decisions")] == ("value", Decimal(14))
    assert t2[("administrative_coercion", "decisions")] == ("value", Decimal(1))
    assert t2[("administrative_fees", "previous_year_count")] == ("value", Decimal(4))
    assert t2[("administrative_fees", "change")] == ("value", Decimal(0))
    assert t2[("administrative_licensing", "change")] == ("value", Decimal(-3))
    # the header names all three columns: none taken from the template
    assert not any(w.code in ("header_incomplete", "missing_cells", "unreadable_header") for w in report.warnings)
