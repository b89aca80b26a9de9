"""Plain `pdftotext` (no -layout) of Chromium's PDF of a page whose tables print full-width figures in narrow
columns: poppler writes the page block by block, so a block may hold the labels of several rows before
their header and figures, and table 3's last chunks may stand past table 4's heading. Figures whose place
the text cannot prove are unknown, never read blank or as another table's. Written by hand, apart from the
corpus generator."""

from __future__ import annotations

from orchestration.parsing.parse import parse_text
from tests.unit.test_labels_apart import plain_reading
from tests.unit.test_reader_classes import FIGURES, OUTCOMES, PROCEEDINGS, REVIEWS, TABLE2, table3_tabbed


def _disclosures(report) -> dict[tuple[str, str], object]:
    return {(c.row, c.column): c for c in report.cells if c.table == "disclosures"}


def test_two_item_labels_before_their_blocks_header_are_unknown_never_blank():
    # 规章 / 规范性文件 / the header / the figures: neither label is followed by its figures, and the
    # header stands after both, so which figures are whose is not known (it is not that 规章 is empty)
    block = ["二、主动公开政府信息情况", "第二十条第（一）项", "信息内容", "规章", "规范性文件",
             "本年制发件数 本年废止件数 现行有效件数", "０", "０", "３６", "２", "２", "１４"]
    text = plain_reading(FIGURES, ()).replace(TABLE2.rstrip("\n"), "\n\n".join(block))
    report = parse_text(text, "plain.txt")
    cells = _disclosures(report)
    regulations = [cell for (row, _), cell in cells.items() if row == "regulations"]
    assert regulations and all(cell.state == "unknown" for cell in regulations), regulations
    assert any(w.code == "short_row" and "regulations" in w.message for w in report.warnings)


def test_table_4_with_figures_before_and_after_its_header_is_unknown():
    # fifteen figures between table 4's heading and its header (table 3's last chunks, which pdftotext may
    # write past the heading), fifteen more after the header: either set may be the table's
    spill = ["０"] * 9 + ["２", "０", "１", "１", "１", "０"]
    text = plain_reading(FIGURES, ()).replace("四、行政复议、行政诉讼情况\n\n",
                                              "四、行政复议、行政诉讼情况\n\n" + "\n\n".join(spill) + "\n\n")
    report = parse_text(text, "plain.txt")
    reviews = {(c.row, c.column): c for c in report.cells if c.table == "reviews"}
    assert len(reviews) == len(REVIEWS)
    for (proceeding, outcome), value in zip([(p, o) for p in PROCEEDINGS for o in OUTCOMES], REVIEWS):
        cell = reviews[proceeding, outcome]
        assert cell.state == "unknown", (cell, value)  # never the spilled figures, nor the table's by chance
    assert any(w.code == "figures_apart" and "table 4" in w.message for w in report.warnings)


def test_table_4_after_its_heading_alone_is_still_read():
    # no figure between the heading and the header: the header's fifteen figures are the table's
    report = parse_text(plain_reading(FIGURES, ()), "plain.txt")
    reviews = [c for c in report.cells if c.table == "reviews"]
    assert [int(c.value) for c in reviews] == REVIEWS
    assert not any(w.code == "figures_apart" for w in report.warnings)


def test_table_4_spill_is_unknown_where_the_header_keeps_fewer_than_fifteen_figures():
    # the same spill, but the table's last cell is blank and plain text keeps no trace of it: fourteen
    # figures after the header, fifteen before it; which are the table's is not known either
    spill = ["1", "0", "0", "0", "1"] * 3
    text = plain_reading(FIGURES, ())
    text = text.replace("\n\n".join(map(str, REVIEWS)), "\n\n".join(map(str, REVIEWS[:-1])))
    text = text.replace("四、行政复议、行政诉讼情况\n\n", "四、行政复议、行政诉讼情况\n\n" + "\n\n".join(spill) + "\n\n")
    report = parse_text(text, "plain.txt")
    reviews = [c for c in report.cells if c.table == "reviews"]
    assert reviews and all(cell.state == "unknown" for cell in reviews), reviews
    assert any(w.code == "figures_apart" and "table 4" in w.message for w in report.warnings)


def test_two_blank_items_before_a_wrapped_article_heading_stay_blank():
    # tab-separated table 2 whose 规章 and 规范性文件 print nothing, the next article's heading wrapped over two
    # lines (`第二十条` / `第（五）项`): the next block's header is no header of theirs, they are blank
    block = ("二、主动公开政府信息情况\n第二十条第（一）项\n信息内容\t本年制发件数\t本年废止件数\t现行有效件数\n"
             "规章\t\t\t\n规范性文件\t\t\t\n第二十条\n第（五）项\n信息内容\t本年处理决定数量\n行政许可\t5\n"
             "第二十条第（六）项\n信息内容\t本年处理决定数量\n行政处罚\t3\n行政强制\t0\n")
    report = parse_text(table3_tabbed({}, FIGURES).replace(TABLE2, block), "tabs.txt")
    regulations = [cell for (row, _), cell in _disclosures(report).items() if row == "regulations"]
    assert len(regulations) == 3 and all(cell.state == "blank" for cell in regulations), regulations
