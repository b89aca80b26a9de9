"""`pdftotext -raw` of Chromium's table 2 (issue 14), made-up figures. The text follows the content stream cell by
cell, so a row's last cell, wrapped down its narrow column, runs on line after line up to what is drawn next:

* an amount printed without its unit (`政府集中采购 20` / `89.3` / `57384`) or with its unit first (`万元 7` /
  `0.163309`): its pieces, up to the next label or the table's end, are the amount, joined; where no label
  follows them, or a piece of digits alone stands by a page's break (it may be the page's number), unknown;
* the count blank, the amount's pieces after a label alone on its line (`政府集中采购` / `22.51` / `0308万元`): one
  amount, joined where they join one, else unknown, never its last piece read alone; the count unknown;
* an item row opening a new page (`\\f政府集中采购 17`): a row, no running header;
* an item's label wrapped over two lines, its figures and blank marks on the line after it (`其他对外` /
  `管理服务事项` / `21 3 无`): its cells;
* a one-column block whose header wraps its metric's name (`本年收费` / `金额（单位：万元）`) and whose row prints
  nothing: blank.

Never a wrong number."""

from __future__ import annotations

from decimal import Decimal

from orchestration.parsing.parse import parse_text
from tests.unit.test_layout_raw_classes import TABLE_2_2019
from tests.unit.test_reader_classes import disclosures_of

COUNT = ("centralized_procurement", "project_count")
AMOUNT = ("centralized_procurement", "total_amount_wan_yuan")


def _procurement(lines: list[str], heading: str = "三、收到和处理政府信息公开申请情况") -> list[tuple]:
    """The procurement row's (value, state) pair of cells, its row printed as `lines` at the end of table 2."""
    text = TABLE_2_2019.replace("政府集中采购 {procurement}", "\n".join(lines))
    text = text.replace("三、收到和处理政府信息公开申请情况", heading)
    cells = disclosures_of(parse_text(text, "raw.txt"))
    return [(cells[key].value, cells[key].state) for key in (COUNT, AMOUNT)]


def test_an_amount_without_its_unit_wrapped_after_the_count_is_joined_up_to_the_tables_end():
    assert _procurement(["政府集中采购 20", "89.3", "57384"]) == [(20, "value"), (Decimal("89.357384"), "value")]
    # three lines of it, the heading right after
    assert _procurement(["政府集中采购 8", "86.9", "5455", "12"]) == [(8, "value"), (Decimal("86.9545512"), "value")]


def test_an_amount_printed_unit_first_is_joined_with_its_unit_after_it():
    assert _procurement(["政府集中采购 4", "万元 7", "0.163309"]) == [(4, "value"), (Decimal("70.163309"), "value")]


def test_pieces_before_no_label_or_by_a_page_break_are_not_joined():
    # a line of figures one space apart after the pieces, no label: where the amount ends is not known
    assert _procurement(["政府集中采购 8", "86.9", "5455", "1 2"])[1] == (None, "unknown")
    # `57384` alone right before the page's break: it may be the page's number
    assert _procurement(["政府集中采购 20", "89.3", "57384"], "\f三、收到和处理政府信息公开申请情况")[1] == \
        (None, "unknown")
    # no decimal point in the first piece: `89` may be the count's rest
    assert _procurement(["政府集中采购 20", "89", "357384"])[1] == (None, "unknown")


def test_an_item_row_opening_a_page_is_read_not_dropped_as_a_running_header():
    assert _procurement(["\f政府集中采购 17", "0.00", "25065497亿元"]) == \
        [(17, "value"), (Decimal("25.065497"), "value")]


def test_a_wrapped_label_owns_the_line_of_figures_and_marks_after_it():
    text = TABLE_2_2019.format(procurement="3 12.5 万元").replace(
        "其他对外管理服务事项 45 0 190", "其他对外\n管理服务事项\n21 3 无")
    cells = disclosures_of(parse_text(text, "raw.txt"))
    read = [(cells[("other_management_services", m)].value, cells[("other_management_services", m)].state)
            for m in ("previous_year_count", "change", "decisions")]
    assert read == [(21, "value"), (3, "value"), (None, "blank")]
    # the rows round it read as before
    assert cells[("administrative_licensing", "decisions")].value == 370
    assert cells[("administrative_penalty", "previous_year_count")].value == 59


def _fees_2021(header: list[str], row: list[str]) -> tuple:
    text = "\n".join([
        "某某县交通运输局2021年政府信息公开工作年度报告", "二、主动公开政府信息情况", "第二十条第（一）项",
        "信息内容 本年制发件数 本年废止件数 现行有效件数", "规章 1 0 5", "行政规范性文件 2 1 9", "第二十条第（五）项",
        "信息内容 本年处理决定数量", "行政许可 5", "第二十条第（六）项", "信息内容 本年处理决定数量", "行政处罚 62",
        "行政强制 18", "第二十条第（八）项", *header, *row, "三、依申请公开政府信息办理情况"]) + "\n"
    cell = disclosures_of(parse_text(text, "raw.txt"))[("administrative_fees", "fee_amount_wan_yuan")]
    return cell.value, cell.state


def test_a_fee_row_printing_nothing_under_a_header_wrapped_over_lines_is_blank():
    assert _fees_2021(["信息内容", "本年收费", "金额（单位：万元）"], ["行政事业性收费"]) == (None, "blank")
    # its figure after it, as ever
    assert _fees_2021(["信息内容", "本年收费", "金额（单位：万元）"], ["行政事业性收费 3.5"]) == \
        (Decimal("3.5"), "value")


def test_a_fee_opened_at_its_rows_end_without_its_unit_is_joined_up_to_the_tables_end():
    # 2021's one fee column: `3` opens the amount (no count beside it), its rest on the lines after the row
    header = ["信息内容 本年收费金额（单位：万元）"]
    assert _fees_2021(header, ["行政事业性收费 3", "1.48", "2405"]) == (Decimal("31.482405"), "value")
    # a line of figures one space apart after them, no label: where it ends is not known
    assert _fees_2021(header, ["行政事业性收费 3", "1.48", "2405", "1 2"])[1] == "unknown"


def test_an_amount_wrapped_after_a_label_printing_no_count_is_never_read_piece_by_piece():
    # the count blank, the amount's pieces after the label: one amount, its last piece never the amount alone
    assert _procurement(["政府集中采购", "22.51", "0308万元"]) == [(None, "unknown"), (Decimal("22.510308"), "value")]
    # pieces that join no amount (its unit printed first): unknown, never `035` read as 35
    assert _procurement(["政府集中采购", "万元 946.66", "035"]) == [(None, "unknown"), (None, "unknown")]
    # digits alone first may be the count (plain pdftotext sets each cell on a line of its own): read as before
    assert _procurement(["政府集中采购", "2", "9.895859万元"]) == [(2, "value"), (Decimal("9.895859"), "value")]


def _regulations_and_penalty(regulations: list[str], penalty: list[str]) -> dict:
    """Table 2's regulations and penalty cells, those rows printed as `regulations` and `penalty`."""
    text = TABLE_2_2019.format(procurement="3 12.5万元").replace("规章 ６ ６ １７６", "\n".join(regulations)) \
        .replace("行政处罚 59 +1 225", "\n".join(penalty))
    return disclosures_of(parse_text(text, "raw.txt"))


def test_a_figure_alone_at_a_pages_foot_is_never_read_as_a_rows_cell():
    # `3` alone before the page's break: the page's number (the row 360, 54 and a blank) or its last cell
    cells = _regulations_and_penalty(["规章 360 54", "3", "\f规范性文件 ６ ６ ２０１"], ["行政处罚 59 +1 225"])
    assert [cells[("regulations", m)].state for m in ("new_made", "new_published", "total_published")] == \
        ["unknown"] * 3
    # a label alone, then the figure: never read as the row's cell, nor the row blank
    lines = ["某某县交通运输局2022年政府信息公开工作年度报告", "二、主动公开政府信息情况", "第二十条第（一）项",
             "信息内容 本年制发件数 本年废止件数 现行有效件数", "规章 1 0 5", "行政规范性文件 2 1 9", "第二十条第（五）项",
             "信息内容 本年处理决定数量", "行政许可 5", "第二十条第（六）项", "信息内容 本年处理决定数量", "行政处罚", "2",
             "\f行政强制 18", "第二十条第（八）项", "信息内容 本年收费金额（单位：万元）", "行政事业性收费", "4",
             "\f三、依申请公开政府信息办理情况"]
    cells = disclosures_of(parse_text("\n".join(lines) + "\n", "raw.txt"))
    assert cells[("administrative_penalty", "decisions")].state == "unknown"
    assert cells[("administrative_fees", "fee_amount_wan_yuan")].state == "unknown"
    assert cells[("administrative_coercion", "decisions")].value == 18  # the next page's row read as ever
    # the row's own line holds its figures: the line after it changes nothing
    cells = _regulations_and_penalty(["规章 360 54 7", "3", "\f规范性文件 ６ ６ ２０１"], ["行政处罚 59 +1 225"])
    assert [cells[("regulations", m)].value for m in ("new_made", "new_published", "total_published")] == [360, 54, 7]
    # the same figure away from a page's break is the row's last cell, as before
    cells = _regulations_and_penalty(["规章 360 54", "3"], ["行政处罚 -20 144", "3"])
    assert [cells[("regulations", m)].value for m in ("new_made", "new_published", "total_published")] == [360, 54, 3]


def test_an_amount_printed_unit_first_after_a_label_alone_is_never_read_blank():
    # `万元 714.` opens the amount (its point ends the line: no whole figure, a label to the row builder)
    assert _procurement(["政府集中采购", "万元 714.", "9366", "4"])[1] in [(None, "unknown"), (Decimal("714.93664"), "value")]
    assert _procurement(["政府集中采购", "元 623676.", "06"])[1] in [(None, "unknown"), (Decimal("62.367606"), "value")]
    # 2021's one fee column alike
    assert _fees_2021(["信息内容 本年收费金额（单位：万元）"], ["行政事业性收费", "万元 70470.", "29"]) in \
        [(None, "unknown"), (Decimal("70470.29"), "value")]


def test_digits_alone_after_a_label_alone_are_a_count_only_where_no_amount_can_open_with_them():
    # `965827` may open 9658276.5 wrapped down its column (the count blank), or be the count: unknown
    assert _procurement(["政府集中采购", "965827", "6.5"]) == [(None, "unknown"), (None, "unknown")]
    assert _procurement(["政府集中采购", "29692", "4.36元"]) == [(None, "unknown"), (None, "unknown")]
    assert _procurement(["政府集中采购", "12", "5万元"]) == [(None, "unknown"), (None, "unknown")]
    # a line too long for a column whose first line is `2`: 2 is the count, the amount whole on its line
    assert _procurement(["政府集中采购", "2", "9.895859万元"]) == [(2, "value"), (Decimal("9.895859"), "value")]
    # no amount opens on a zero before a digit (`00`): the count 0, the amount 0
    assert _procurement(["政府集中采购", "0", "0"]) == [(0, "value"), (0, "value")]
    # `0` may open 0.5 (`.5` no wider than the column `0` fills): unknown; `.5万元` is too wide for it
    assert _procurement(["政府集中采购", "0", ".5", "万元"]) == [(None, "unknown"), (None, "unknown")]
    assert _procurement(["政府集中采购", "0", ".5万元"])[0] == (0, "value")
    # blank marks open no amount: blank, as ever
    assert _procurement(["政府集中采购", "—", "—"]) == [(None, "blank"), (None, "blank")]
