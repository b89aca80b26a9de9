"""Tables as the text browser links draws them (`links -dump`), written here by hand in its shape.

links draws a table in ASCII: `+----+` above and under it, `|----+----|` between its rows, and
`|   |   |----+----|` beside cells that span rows; a spanning cell's text may stand on such a rule
line (`|   | （三）不予公开 |----+----|`). A label wider than its column wraps onto a second line
of the row, whose other cells are empty: `| 8.属于 | 0 | 0 |` over `| 行政查询事项 |   |   |`. That
second line read as a row of its own gave the row's label with seven blank cells, and the figures
went to a label the template does not know: blanks where the report prints 0 or 12, in a report
with no warning (silent). Each row must give its figures back."""

from __future__ import annotations

from decimal import Decimal

import pytest

from orchestration.core.labels import to_simplified
from orchestration.parsing.formats import grid_table_rows
from orchestration.parsing.parse import parse_bytes
from tests.unit.test_reader_classes import (
    FIGURES,
    REVIEW_HEADER,
    REVIEW_LABELS,
    REVIEWS,
    ROWS,
    TABLE2,
    TITLE,
    applications_of,
)

GROUP, LABEL, FIGURE = 12, 30, 5  # column widths (links pads every cell to its column)


def _cell(text: str, width: int) -> str:
    return " " + text + " " * max(width - len(text) * 2, 1)


def _figures(values: list) -> str:
    return "|".join(_cell("" if v is None else str(v), FIGURE) for v in values)


def _rule(spanned: bool) -> str:
    """The rule under a row: under the label and figures only where a group's cell spans on."""
    left = "|" + " " * GROUP + "|" if spanned else "|" + "-" * GROUP + "+"
    return "   " + left + "-" * LABEL + ("+" + "-" * FIGURE) * 7 + "|"


def links_table_3(figures: dict[str, list], wrap: dict[str, int]) -> str:
    """Table 3 drawn as links draws it; `wrap[key]`: the label of that row wrapped after so many
    characters, its second line holding empty cells. A group's heading stands on the rule after
    its first row (a rule line that holds text)."""
    lines = ["三、收到和处理政府信息公开申请情况", "   +" + "-" * (GROUP + LABEL + 8 * (FIGURE + 1)) + "+",
             "   |" + " " * (GROUP + LABEL + 1) + "| 申请人情况 |",
             "   |" + " " * (GROUP + LABEL + 1) + "| 自然人 | 商业企业 | 科研机构 | 社会公益组织 | 法律服务机构 | 其他 | 总计 |",
             _rule(False)]
    groups = [heading for _, _, heading in ROWS]
    for index, (key, label, _) in enumerate(ROWS):
        group = next((g for g in reversed(groups[: index + 1]) if g and g.startswith("（")), None)
        in_group = group is not None and key not in ("results_total", "carried_forward")
        cut = wrap.get(key, len(label))
        lead = "   |" + " " * GROUP + "|"
        lines.append(lead + _cell(label[:cut], LABEL) + "|" + _figures(figures[key]) + "|")
        if cut < len(label):
            lines.append(lead + _cell(label[cut:], LABEL) + "|" + _figures([None] * 7) + "|")
        following = ROWS[index + 1][2] if index + 1 < len(ROWS) else None
        spanned = in_group and not (following and following.startswith("（")) and ROWS[index + 1][0] not in (
            "results_total", "carried_forward") if index + 1 < len(ROWS) else False
        rule = _rule(spanned)
        if spanned and groups[index] == group:  # the group's heading on the rule after its first row
            rule = rule.replace("|" + " " * GROUP + "|", "|" + _cell(group, GROUP) + "|", 1)
        lines.append(rule if index + 1 < len(ROWS) else "   +" + "-" * (GROUP + LABEL + 8 * (FIGURE + 1)) + "+")
    return "\n".join(lines) + "\n"


def report_text(figures: dict[str, list], wrap: dict[str, int]) -> str:
    reviews = [REVIEW_HEADER, REVIEW_LABELS.replace("总计", "总计\t"), "\t".join(map(str, REVIEWS))]
    return TITLE + TABLE2 + links_table_3(figures, wrap) + "\n" + "\n".join(reviews) + "\n五、存在的主要问题及改进情况\n无。\n"


WRAPPED = {"denied_administrative_query": 4, "rejected_publication": 3, "denied_internal_affairs": 4,
           "unavailable_not_held": 5, "carried_forward": 4, "new_received": 6}
FIGURES_HERE = dict(FIGURES, denied_administrative_query=[0, 0, 0, 0, 0, 0, 0],
                    denied_internal_affairs=[1, 0, 0, 0, 0, 0, 1], rejected_publication=[0, 0, 1, 0, 0, 0, 1],
                    results_total=[12, 3, 1, 0, 0, 0, 16], carried_forward=[0, 0, 0, 0, 0, 0, 0],
                    unavailable_not_held=[2, 1, 0, 0, 0, 0, 3])
FIGURES_HERE["new_received"] = [13, 3, 1, 0, 0, 0, 17]
FIGURES_HERE["carried_over"] = [0, 0, 0, 0, 0, 0, 0]
FIGURES_HERE["granted"] = [8, 2, 0, 0, 0, 0, 10]


def test_a_label_wrapped_onto_a_line_of_empty_cells_keeps_its_rows_figures():
    text = report_text(FIGURES_HERE, WRAPPED)
    assert "|----" in text and "| 8.属于" in text and "（三）不予公开 |---" in text  # the shapes this is about
    report = parse_bytes(text.encode("utf-8"), "links.txt")  # through the text reader, as a file is read
    read = applications_of(report)
    for key, expected in FIGURES_HERE.items():
        assert [c.value for c in read[key]] == expected, (key, [c.state for c in read[key]], report.warnings)
        assert all(c.state == "value" for c in read[key]), key


def test_links_rules_close_the_rows_of_a_drawn_table():
    text = to_simplified(links_table_3(FIGURES_HERE, WRAPPED))
    rows = grid_table_rows(text).split("\n")
    # the wrapped rows are one pipe row each, their label whole
    assert any("8.属于行政查询事项" in row and row.count("|") >= 10 for row in rows)
    assert any("结转下年度继续办理" in row for row in rows)  # the last row, closed by the table's `+----+`
    assert not any(row.strip().startswith("|---") for row in rows)  # the rules between rows go
    # a rule holding a spanning cell's text stays, as it was read before
    assert any("（三）不予公开" in row and "|---" in row for row in rows)


def test_a_markdown_tables_delimiter_row_is_no_rule_outside_a_drawn_table():
    text = "| 信息内容 | 本年制发件数 |\n|---|---|\n| 规章 | 3 |\n"
    assert grid_table_rows(text) == text


# ---------------------------------------------------------------- an amount torn by a line break in its cell

TABLE_2_TABS = """\
二、主动公开政府信息情况
第二十条第（九）项
信息内容\t采购项目数量\t采购总金额
政府集中采购\t6\t{amount}
三、收到和处理政府信息公开申请情况
本年度未收到申请。
"""


@pytest.mark.parametrize("amount, value", [
    ("31.4\n82405万元", "31.482405"),  # a browser's innerText of `<td><span>31.4</span><br>82405万元</td>`
    ("人民币8\n1.556279万元", "81.556279"),
    ("万元 4\n5.133809", "45.133809"),
    ("16.8\n85134", "16.885134"),
])
def test_an_amount_whose_cell_a_line_break_tore_is_one_amount_again(amount, value):
    text = "某某市财政局2021年政府信息公开工作年度报告\n" + TABLE_2_TABS.format(amount=amount)
    report = parse_bytes(text.encode("utf-8"), "page.txt")
    cells = {(c.row, c.column): c for c in report.cells if c.table == "disclosures"}
    assert cells[("centralized_procurement", "project_count")].value == 6
    assert cells[("centralized_procurement", "total_amount_wan_yuan")].value == Decimal(value), report.warnings


TABLE_2_FEE = ("某某市财政局2021年政府信息公开工作年度报告\n二、主动公开政府信息情况\n第二十条第（八）项\n"
               "信息内容{sep}本年收费金额（单位：万元）\n行政事业性收费{sep}{amount}\n三、收到和处理政府信息公开申请情况\n"
               "本年度未收到申请。\n")


@pytest.mark.parametrize("sep", [" ", "\t"])
def test_an_amount_torn_over_three_lines_after_a_row_that_fills_its_columns_is_joined(sep):
    # the fee item has one column, the amount: its row's one figure `3` opens the amount, whose rest is the two
    # lines after it (`1.48` / `2405万元`), never a whole figure 3
    report = parse_bytes(TABLE_2_FEE.format(sep=sep, amount="3\n1.48\n2405万元").encode("utf-8"), "page.txt")
    fee = next(c for c in report.cells if c.row == "administrative_fees")
    assert (fee.state, fee.value) == ("value", Decimal("31.482405")), report.warnings
    # procurement's count and the amount's first digit on the row's line, tabbed or one space apart
    for row in ("政府集中采购\t6\t3", "政府集中采购 6 3"):
        text = "某某市财政局2021年政府信息公开工作年度报告\n" + TABLE_2_TABS.replace("政府集中采购\t6\t", "").format(
            amount=f"{row}\n1.48\n2405万元")
        cells = {c.column: c for c in parse_bytes(text.encode("utf-8"), "page.txt").cells
                 if c.row == "centralized_procurement"}
        assert (cells["project_count"].value, cells["total_amount_wan_yuan"].value) == (6, Decimal("31.482405")), row
    # the tab puts 8 in the amount's column: 886.95455, not 8
    text = "某某市财政局2021年政府信息公开工作年度报告\n" + TABLE_2_TABS.format(amount="8\n86.9\n5455万元")
    amount = next(c for c in parse_bytes(text.encode("utf-8"), "page.txt").cells if c.column == "total_amount_wan_yuan")
    assert amount.value == Decimal("886.95455")


def test_an_amount_torn_before_its_point_is_never_read_as_its_first_digits():
    # `31` / `.48` / `2405万元`: 31.482405, or unknown; never 31 (the head alone, its rest dropped)
    for sep in (" ", "\t"):
        report = parse_bytes(TABLE_2_FEE.format(sep=sep, amount="31\n.48\n2405万元").encode("utf-8"), "page.txt")
        fee = next(c for c in report.cells if c.row == "administrative_fees")
        assert fee.value in (None, Decimal("31.482405")), (sep, fee)
        assert fee.value is not None or any(w.code == "short_row" for w in report.warnings)


def test_a_count_alone_after_a_row_is_not_taken_into_the_rows_last_cell():
    text = ("某某市财政局2021年政府信息公开工作年度报告\n二、主动公开政府信息情况\n第二十条第（六）项\n"
            "信息内容\t上一年项目数量\t本年增/减\t处理决定数量\n行政处罚\t45\t-6\t3\n0\n三、收到和处理政府信息公开申请情况\n")
    report = parse_bytes(text.encode("utf-8"), "page.txt")
    cells = {(c.row, c.column): c for c in report.cells if c.table == "disclosures"}
    assert cells[("administrative_penalty", "decisions")].value != 30


@pytest.mark.parametrize("sep", [" ", "\t"])
@pytest.mark.parametrize("amount", ["３\n１．４８\n２４０５万元", "3\n1．48\n2405万元"])
def test_an_amount_torn_over_three_lines_in_full_width_digits_is_joined_as_in_ascii(sep, amount):
    # `３` / `１．４８` / `２４０５万元` (full-width digits or point) was read 3 with no warning: the pieces' shapes were
    # asked of the ASCII point only
    report = parse_bytes(TABLE_2_FEE.format(sep=sep, amount=amount).encode("utf-8"), "page.txt")
    fee = next(c for c in report.cells if c.row == "administrative_fees")
    assert (fee.state, fee.value) == ("value", Decimal("31.482405")), report.warnings


@pytest.mark.parametrize("amount", ["３１．４\n８２４０５万元", "31．4\n82405万元", "31\n．482405万元"])
def test_an_amount_whose_cell_a_line_break_tore_in_full_width_digits_is_one_amount_again(amount):
    # was 31.4 (its unit assumed) or 31: the rest on the next line dropped
    text = "某某市财政局2021年政府信息公开工作年度报告\n" + TABLE_2_TABS.format(amount=amount)
    cells = {c.column: c for c in parse_bytes(text.encode("utf-8"), "page.txt").cells if c.row == "centralized_procurement"}
    assert (cells["project_count"].value, cells["total_amount_wan_yuan"].value) == (6, Decimal("31.482405"))


@pytest.mark.parametrize("sep", [" ", "\t"])
@pytest.mark.parametrize("amount, value", [("1\n1\n20万元", None), ("11\n20\n万元", None),
                                           ("3\n1.48\n2405万\n元", "31.482405"), ("31.4\n82405万\n元", "31.482405")])
def test_an_amount_torn_with_its_unit_or_in_bare_digits_is_never_its_first_digits(sep, amount, value):
    # 1120万元 torn `1` / `1` / `20万元` was read 1, `11` / `20` / `万元` 11; its unit torn too (`2405万` / `元`): 31.48
    # or 31.4; values, every rule passing. The row's one figure opens the amount: joined up to its unit where a
    # decimal point shows the pieces one amount's, else unknown with a warning (a lone `1` may be a page's number)
    report = parse_bytes(TABLE_2_FEE.format(sep=sep, amount=amount).encode("utf-8"), "page.txt")
    fee = next(c for c in report.cells if c.row == "administrative_fees")
    if value is None:
        assert fee.state == "unknown" and any(w.code == "short_row" for w in report.warnings), fee
    else:
        assert (fee.state, fee.value) == ("value", Decimal(value)), fee
        assert any(w.code == "amount_wrapped" for w in report.warnings)


@pytest.mark.parametrize("sep", [" ", "\t"])
@pytest.mark.parametrize("head", ["+3", "-3", "1,1", "3,"])
def test_an_amount_torn_past_a_break_after_a_signed_or_grouped_head_is_unknown_never_its_first_pieces(sep, head):
    # the head of `_amount_torn_past_a_break` is any bare figure, a sign or thousands separators too: asked as bare
    # decimal digits only, `+3` / `1.48` / `2405万` / `元` was glued line by line into 31.48, the rest dropped
    amount = f"{head}\n1.48\n2405万\n元" if "," not in head else f"{head}\n20\n万元"
    report = parse_bytes(TABLE_2_FEE.format(sep=sep, amount=amount).encode("utf-8"), "page.txt")
    fee = next(c for c in report.cells if c.row == "administrative_fees")
    assert fee.state == "unknown" and any(w.code == "short_row" for w in report.warnings), fee


@pytest.mark.parametrize("sep", [" ", "\t"])
@pytest.mark.parametrize("amount", ["31.\n482405万\n元", "31．\n４８２４０５万\n元", "1,120\n.5万\n元"])
def test_an_amount_torn_after_its_point_or_in_groups_is_never_read_as_its_head(sep, amount):
    # `31.` ends on its point (bare decimal digits, not a bare figure): the amount is 31.482405 or unknown, never 31
    report = parse_bytes(TABLE_2_FEE.format(sep=sep, amount=amount).encode("utf-8"), "page.txt")
    fee = next(c for c in report.cells if c.row == "administrative_fees")
    assert fee.value in (None, Decimal("31.482405")), fee
    assert fee.value is not None or any(w.code == "short_row" for w in report.warnings)


def test_bare_figures_and_bare_decimals_are_told_apart():
    from orchestration.parsing.disclosure_table import _BARE_DECIMAL_RE, _WRAPPED_AMOUNT_PIECE_RE
    from orchestration.parsing.rows import _BARE_FIGURE_RE, _TORN_AMOUNT_PIECE_RE

    assert [bool(_BARE_FIGURE_RE.fullmatch(t)) for t in ("+3", "1,120", "31.4", "31.")] == [True, True, True, False]
    assert [bool(_BARE_DECIMAL_RE.fullmatch(t)) for t in ("+3", "1,120", "31.4", "31.")] == [False, False, True, True]
    # an amount's rest past its head never holds 人民币; a piece read as a label may (`人民` / `币12.5万元`)
    assert not _TORN_AMOUNT_PIECE_RE.fullmatch("币12.5万元") and _WRAPPED_AMOUNT_PIECE_RE.fullmatch("币12.5万元")
    assert _TORN_AMOUNT_PIECE_RE.fullmatch(".5 万元") and not _WRAPPED_AMOUNT_PIECE_RE.fullmatch(".5 万元")
