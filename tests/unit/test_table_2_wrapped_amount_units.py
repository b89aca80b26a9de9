"""Table 2's amount wrapped down its narrow column (Chromium's PDF through pdftotext), whatever unit ends its last
piece (`万元`, `（万元）`, `(万元)`, `元`, traditional `萬元`) and whatever digits print it: its pieces joined where the text
proves them one figure (-raw: the count on the label's line, the pieces after it; -layout: the pieces round the row's
line in one column; plain: the count, then the pieces), the count beside it read; never a figure built from a piece
alone, as `7905` of `69.08` / `7905（万元）` was."""

from __future__ import annotations

from decimal import Decimal

import pytest

from orchestration.parsing.parse import parse_text
from tests.unit.test_layout_other_tools import fee_wrapped_round_its_label
from tests.unit.test_layout_text_traces import fee_of
from tests.unit.test_layout_tool_classes import _procurement_cells

UNITS = [("万元", Decimal("69.087905")), ("（万元）", Decimal("69.087905")), ("(万元)", Decimal("69.087905")),
         ("萬元", Decimal("69.087905")), ("（元）", Decimal("0.0069087905")), ("元", Decimal("0.0069087905"))]


@pytest.mark.parametrize(("unit", "amount"), UNITS)
@pytest.mark.parametrize("count", ["18", "１８"])
def test_raw_count_then_the_amounts_pieces_after_the_row(unit, amount, count):
    # `pdftotext -raw`: the count on the label's line, the amount's pieces on the lines after it
    cells = _procurement_cells([f"政府集中采购 {count}", "69.08", f"7905{unit}"], raw=True)
    assert cells == [(18, "value"), (amount, "value")]


@pytest.mark.parametrize(("unit", "amount"), UNITS)
def test_layout_pieces_round_the_rows_line(unit, amount):
    # `pdftotext -layout`: the count on the row's line, the amount's pieces above and below it, in one column
    cells = _procurement_cells(["                   69.08", "政府集中采购     １８", f"                   7905{unit}"])
    assert cells == [(18, "value"), (amount, "value")]


@pytest.mark.parametrize(("unit", "amount"), UNITS)
def test_plain_count_then_the_amounts_pieces(unit, amount):
    # pdftotext without -raw or -layout: the label, then each cell's lines; 18 cannot open the amount (a narrow
    # column's first line is as wide as any after it), so it is the count
    cells = _procurement_cells(["政府集中采购", "18", "69.08", f"7905{unit}"], raw=True)
    assert cells == [(18, "value"), (amount, "value")]


def test_plain_first_line_that_may_open_the_amount_is_not_read():
    # `86` / `9.5` / `5（万元）`: a count of 86 and 9.55万元, or 869.55万元 with the count blank
    cells = _procurement_cells(["政府集中采购", "86", "9.5", "5（万元）"], raw=True)
    assert cells[1] == (None, "unknown")
    assert cells[0] != (86, "value")


def test_layout_amount_of_three_lines_is_never_read_from_two_of_them():
    # 2716134.7万元 as `271` above the row's line, `613` on it and `4.7万元` below: never 6134.7 (a piece left out)
    cells = _procurement_cells(["                   271", "政府集中采购     8      613", "                   4.7万元"])
    assert cells == [(8, "value"), (None, "unknown")]


@pytest.mark.parametrize("middle", ["209.", "2.09"])
def test_layout_fee_of_three_lines_is_never_read_from_two_of_them(middle):
    # the fee's one column: `3088` above its label's line, a piece on it, `3万元` below; never 30883 or 2.093
    text = fee_wrapped_round_its_label("3088", "3万元").replace("行政事业性收费\n", f"行政事业性收费  {middle}\n")
    assert fee_of(parse_text(text, "layout.txt")).state == "unknown"


def test_layout_fee_of_two_lines_round_its_label_is_still_joined():
    # `3088` / `行政事业性收费` / `209.3（万元）`: the label's line holds no piece; both pieces are the one cell's
    fee = fee_of(parse_text(fee_wrapped_round_its_label("3088", "209.3（万元）"), "layout.txt"))
    assert (fee.value, fee.state) == (Decimal("3088209.3"), "value")


@pytest.mark.parametrize("last", ["7905万", "7905（万", "7905", "7905 ／"])
def test_raw_last_piece_with_no_unit_the_reader_knows_is_never_the_amount(last):
    # `18` / `69.08` / `7905万`: the amount may be 69.087905 (the count 18) or 1869.087905 (the count blank) and
    # the pieces end on no unit that proves where the amount ends: never 7905 read from the last piece alone
    cells = _procurement_cells(["政府集中采购 18", "69.08", last, "元）"] if last.endswith("（万")
                               else ["政府集中采购 18", "69.08", last], raw=True)
    assert cells[1][0] != Decimal(7905) and cells[1][0] != Decimal("0.7905")
    assert cells[1] in ((None, "unknown"), (Decimal("69.087905"), "value"))


def test_raw_unit_in_square_brackets_ends_the_amount():
    assert _procurement_cells(["政府集中采购 18", "69.08", "7905【万元】"], raw=True) == \
        [(18, "value"), (Decimal("69.087905"), "value")]


@pytest.mark.parametrize("plain", [False, True])
def test_page_break_among_the_pieces(plain):
    # a page breaks between the amount's pieces: still one amount; with the page's number at the foot of the page
    # (`3`, a figure alone), which piece is whose is not known
    row = ["政府集中采购", "18"] if plain else ["政府集中采购 18"]
    assert _procurement_cells([*row, "69.08", "\f7905（万元）"], raw=True) == \
        [(18, "value"), (Decimal("69.087905"), "value")]
    assert _procurement_cells([*row, "69.08", "3", "\f7905（万元）"], raw=True) == [(None, "unknown")] * 2
