"""Table 2's amount wrapped down its narrow column right after its decimal point: a line holding only
digits and the point (`9.`, `12.`, `９．`), which the row builder reads as an item's number, a label. It is
the amount's piece: the amount is joined where its pieces prove it (an opening no count is, adjacent
lines, the last on its unit), else unknown with a warning; never blank, never one piece read whole."""

from __future__ import annotations

from decimal import Decimal

from orchestration.parsing.parse import parse_text
from tests.unit.test_layout_text_traces import _with_procurement
from tests.unit.test_layout_tool_classes import glyph_line
from tests.unit.test_plain_pdftotext_classes import disclosure_cells, plain_table_2, table_2_text
from tests.unit.test_reader_classes import TITLE

AMOUNT = ("centralized_procurement", "total_amount_wan_yuan")
COUNT = ("centralized_procurement", "project_count")


def procurement(text: str) -> tuple[tuple, tuple, list[str]]:
    """(count's value and state, amount's value and state, the codes of the warnings on the row)."""
    report = parse_text(text, "procurement.txt")
    cells = disclosure_cells(report)
    codes = [w.code for w in report.warnings if "centralized_procurement" in w.message]
    return (cells[COUNT].value, cells[COUNT].state), (cells[AMOUNT].value, cells[AMOUNT].state), codes


def chromium_layout(above: list[str], below: list[str]) -> str:
    """`pdftotext -layout` of Chromium's PDF of a 2019 table 2 (each glyph one column): the procurement
    amount's lines above and below the row's line, in its column (glyph 19), the row's count beside its label."""
    return TITLE.replace("2021", "2019") + "\n".join([
        "二、主动公开政府信息情况", "第二十条第（一）项", "信息内容       本年新制作数量 本年新公开数量 对外公开总数量",
        glyph_line({0: "规章", 13: "0", 21: "0", 32: "39"}), "第二十条第（九）项", "信息内容       采购项目数量 采购总金额",
        *(glyph_line({19: piece}) for piece in above), glyph_line({0: "政府集中采购", 11: "2"}),
        *(glyph_line({19: piece}) for piece in below),
        "", "三、收到和处理政府信息公开申请情况", "四、政府信息公开行政复议、行政诉讼情况"]) + "\n"


def test_a_point_piece_between_an_amounts_pieces_is_joined_into_it_in_layout_text():
    # the reviewer's shape: `人民币 2` / `9.` / the row / `8958` / `59万元` was read blank, with no warning
    count, amount, codes = procurement(_with_procurement(["人民币 2", "9."], ["8958", "59万元"]))
    assert count == (8, "value") and amount == (Decimal("29.895859"), "value")
    assert codes == ["amount_wrapped"]
    # the point piece below the row's line, `人民币` alone (a label to the row builder too)
    for above, below, value in ((["人民币"], ["12.", "5万元"], "12.5"), (["人民币"], ["29.", "895859万元"], "29.895859")):
        count, amount, codes = procurement(_with_procurement(above, below))
        assert amount == (Decimal(value), "value") and codes == ["amount_wrapped"], below
    # Chromium's glyph columns, the point full-width, a longer whole part
    for above, below, value in ((["人民币2", "9."], ["895859万元"], "29.895859"),
                                (["人民币2", "９．"], ["895859万元"], "29.895859"),
                                (["人民币", "12."], ["5万元"], "12.5")):
        count, amount, codes = procurement(chromium_layout(above, below))
        assert count == (2, "value") and amount == (Decimal(value), "value"), above
        assert codes == ["amount_wrapped"], above


def test_a_point_piece_beside_a_row_whose_amount_no_join_proves_leaves_it_unknown_never_blank():
    # a piece alone above or below, pieces that never reach the unit, a page's footer between the pieces
    for above, below in ((["9."], []), ([], ["9."]), (["人民币2", "9."], ["895859"]),
                         (["人民币2", "9."], ["- 3 -", "895859万元"])):
        for text in (_with_procurement(above, below), chromium_layout(above, below)):
            _, amount, codes = procurement(text)
            assert amount == (None, "unknown") and codes, (above, below)


def test_a_point_piece_after_a_raw_row_is_the_amounts_not_the_end_of_its_figures():
    # `pdftotext -raw`: the pieces after the row's line; `人民币2` alone was read as the whole amount (2 万元)
    text = table_2_text(["第二十条第（九）项", "信息内容 采购项目数量 采购总金额", "政府集中采购 2", "人民币2", "9.",
                         "895859万元"], 2019)
    count, amount, codes = procurement(text)
    assert count == (2, "value") and amount == (Decimal("29.895859"), "value") and codes == ["amount_wrapped"]
    # the pieces end off the unit: unknown
    text = table_2_text(["第二十条第（九）项", "信息内容 采购项目数量 采购总金额", "政府集中采购 2", "人民币2", "9.",
                         "895859"], 2019)
    assert procurement(text)[1] == (None, "unknown")


def test_a_point_piece_before_the_label_of_plain_text_leaves_the_amount_unknown_never_its_rest():
    # pdftotext without -layout: `人民币2` / `9.` before the label, the count and the rest after it; the rest
    # alone (`895859万元`) was read as the amount
    for piece in ("9.", "９．"):
        text = table_2_text(["第二十条第（九）项", "信息内容", "采购项目数量 采购总金额", "人民币2", piece, "政府集中采购", "2",
                             "895859万元"], 2019)
        count, amount, codes = procurement(text)
        assert count == (2, "value") and amount == (None, "unknown") and codes, piece


def test_every_piece_of_an_amount_read_as_a_label_keeps_its_amount_from_blank():
    # `人民币29.` and `.895859万元` are no whole figure either: the row builder reads them as labels, and the
    # amount was read blank where all its pieces stand on one side of the row's line
    for above, below in (([], ["人民币29.", "895859万元"]), (["人民币29", ".895859万元"], []), ([], ["人民币", "29.895859万元"])):
        _, amount, codes = procurement(_with_procurement(above, below))
        assert amount[1] == "unknown" and codes or amount == (Decimal("29.895859"), "value"), (above, below)
    # a fee row with no figure on its line, `人民币` alone after it (pdftotext -raw)
    text = table_2_text(["第二十条第（八）项", "信息内容 本年收费金额", "行政事业性收费", "人民币", "3209万元"])
    fee = disclosure_cells(parse_text(text, "raw.txt"))[("administrative_fees", "fee_amount_wan_yuan")]
    assert fee.state == "unknown" or fee.value == Decimal(3209), fee


def test_figures_on_a_raw_rows_label_line_and_after_it_are_not_placed_in_order():
    # pdftotext -raw, the amount's first line on the row's: `政府集中采购 2 人民币29.` reads as a label, and
    # `8958` / `59万元` after it were read as the count and the amount
    text = table_2_text(["第二十条第（九）项", "信息内容 采购项目数量 采购总金额", "政府集中采购 2 人民币29.", "8958",
                         "59万元"], 2019)
    count, amount, codes = procurement(text)
    assert count == (None, "unknown") and amount == (None, "unknown") and codes


def test_an_amount_wrapped_past_the_line_below_its_row_is_joined_whole_never_its_first_two_pieces():
    # `-layout`: the amount's first piece on the row's line, three more below it in its column; joining the
    # next line alone read 29.8 (its unit assumed) for 29.895859; the whole run down its column, up to the
    # unit, joins one amount only
    text = chromium_layout([], []).replace("政府集中采购     2\n", "政府集中采购     2      人民币2\n" +
                                           "".join(glyph_line({19: piece}) + "\n" for piece in ("9.8", "95", "859万元")))
    count, amount, codes = procurement(text)
    assert count == (2, "value") and amount == (Decimal("29.895859"), "value") and "amount_wrapped" in codes


def test_an_amounts_unit_on_the_line_after_it_joins_it_with_an_empty_line_after():
    # pdftotext without -layout: `0.0054184247` / `亿元`, then the empty line before the next section; the
    # empty line (a gap) kept the unit from the amount, read as 0.0054184247 万元, its unit assumed
    block = ["第二十条第（九）项", "信息内容", "采购项目数量 采购总金额", "政府集中采购", "2", "0.0054184247", "亿元", ""]
    cells = plain_table_2(block)
    assert (cells[COUNT].value, cells[AMOUNT].value, cells[AMOUNT].state) == (2, Decimal("54.184247"), "value")


def test_an_amount_whose_renminbi_the_narrow_column_broke_is_never_blank():
    # `人民` / `币12.5万元`, `人` / `民币8.` / `0 万元`: pieces of 人民币 were read as words of no amount, and the
    # amount blank, with no warning
    for above, below, value in ((["人民"], ["币12.5万元"], "12.5"), ([], ["人", "民币8.", "0 万元"], "8.0"),
                                (["人民", "币45.133809万元"], [], "45.133809"), ([], ["人", "民币８．０", "万元"], "8.0"),
                                (["人"], ["民币0.16330", "9 万元"], "0.163309")):
        _, amount, codes = procurement(_with_procurement(above, below))
        assert amount in ((None, "unknown"), (Decimal(value), "value")) and codes, (above, below)
    # where the pieces round the row's line join one amount, 人民币's pieces first, it is read joined
    _, amount, codes = procurement(chromium_layout(["人民", "币", "12."], ["5万元"]))
    assert amount == (Decimal("12.5"), "value") and codes == ["amount_wrapped"]


def test_a_count_beside_an_amounts_pieces_in_plain_text_is_never_blank_nor_the_amount():
    # pdftotext without -layout: the label, the count, then the amount's pieces; the count was read blank (and
    # `2` the amount, where `人民币` stood alone): the lines after the label may hold either, which is not known
    for pieces in (["3.", "2万", "元"], ["29.", "895859 万元"], ["人民币", "8.0万元"]):
        count, amount, codes = procurement(table_2_text(["第二十条第（九）项", "信息内容", "采购项目数量 采购总金额",
                                                          "政府集中采购", "2", *pieces], 2019))
        assert count in ((2, "value"), (None, "unknown")) and amount[1] == "unknown" and codes, pieces


def test_a_raw_rows_amount_torn_past_empty_lines_with_its_unit_or_in_bare_digits_is_never_its_first_piece():
    # pdftotext -raw, an empty line between lines: `政府集中采购 2 1` / `12` / `0万元` was read 1 (1120), `… 186.9` /
    # `545` / `5 万` / `元` 186.9545, `… 0.16330` / `9万` / `元` 0.1633, values: joined where a point shows the pieces
    # one amount's, else unknown
    for lines, value in ((["政府集中采购 2 1", "", "12", "", "0万元"], None),
                         (["政府集中采购 2 186.9", "", "545", "", "5 万", "", "元"], "186.95455"),
                         (["政府集中采购 2 0.16330", "", "9万", "", "元"], "0.163309"),
                         (["政府集中采购 2 12", "", ".5", "", "万元"], "12.5")):
        _, amount, codes = procurement(table_2_text(["第二十条第（九）项", "信息内容 采购项目数量 采购总金额", *lines], 2019))
        assert amount == ((None, "unknown") if value is None else (Decimal(value), "value")) and codes, lines
