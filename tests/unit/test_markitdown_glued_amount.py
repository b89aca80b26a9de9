"""markitdown of Chromium's PDF: table 2's one-column fee row printed as one line, its amount written against its
label's last character (pdfplumber joins the label and the cell after it into one word where the gap between
them is a glyph's spacing). The amount is the row's one cell where the words before it are the item's label whole."""

from __future__ import annotations

from decimal import Decimal

from orchestration.parsing.parse import parse_text
from tests.unit.test_converted_markdown import report

FEE_ROW = "| 行政事业性收费 | 0 |"


def fee(line: str) -> tuple[object, str]:
    text = report()
    assert FEE_ROW in text
    parsed = parse_text(text.replace(FEE_ROW, line), "t.md")
    (cell,) = [c for c in parsed.cells if c.table == "disclosures" and c.row == "administrative_fees"]
    return cell.value, cell.state


def test_an_amount_glued_to_its_label_is_the_rows_one_cell():
    assert fee("行政事业性收费26.4201") == (Decimal("26.4201"), "value")
    assert fee("行政事业性收费47.9849（万元）") == (Decimal("47.9849"), "value")


def test_an_amount_glued_to_a_spaced_out_label_is_read_in_its_unit():
    assert fee("行 政 事 业 性 收 费0.00235993亿元") == (Decimal("23.5993"), "value")


def test_figures_glued_to_words_that_are_not_the_items_label_are_not_its_amount():
    value, state = fee("行政事业性收费减少2")  # the label runs on into other words: no cell of the row
    assert value != 2 and state != "value"
