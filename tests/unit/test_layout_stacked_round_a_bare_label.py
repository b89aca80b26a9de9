"""`pdftotext -layout` of Chromium's narrow table 3 in wide digits whose blank cells print nothing (issue 14): a
figure too wide for its column wrapped a digit a line round its row's line, which prints nothing else (`１` /
`（一）予以公开` / `９` for 19). The lines above and below hold only the pieces, so the row's own line reads empty and
the line below it reads as its figures: 3.26 read `９` (and `２` / `（七）总计` / `７` gave 3.其他 the `２` and 总计 the
`７`). Whose the pieces are the text does not say (one figure centred over the three lines, or the figures of the
rows on either side): never a figure read from one of its digits. Written by hand with made-up figures."""

from __future__ import annotations

from orchestration.parsing.parse import parse_text
from tests.unit.test_reader_classes import TITLE, applications_of

HEADER = """三、收到和处理政府信息公开申请情况
                                      申请人情况
                               自     法人或其他组织
                               然 商业 科研 社会公 法律服 其 总
                               人 企业 机构 益组织 务机构 他 计
"""
AT, TOTAL = 31, 55  # the glyph columns of 自然人 and 总计


def figures(first: str, total: str, label: str = "") -> str:
    line = label + " " * (AT - len(label)) + first
    return line + " " * (TOTAL - len(line)) + total


def table(granted: list[str], after_granted: str = "    （二）部分公开（区分处理的，只计这一情形，不计其他情形）") -> str:
    lines = [figures("１９", "１９", "一、本年新收政府信息公开申请数量"), "二、上年结转政府信息公开申请数量", *granted,
             after_granted, "          1.属于国家秘密", "    （七）总计", figures("１９", "１９"),
             "四、结转下年度继续办理", "", "四、政府信息公开行政复议、行政诉讼情况"]
    return TITLE + HEADER + "\n".join(lines) + "\n"


def read(text: str) -> dict[str, list[tuple[int | None, str]]]:
    found = applications_of(parse_text(text, "layout.txt"))
    return {key: [(None if c.value is None else int(c.value), c.state) for c in cells] for key, cells in found.items()}


def test_a_figure_stacked_round_a_line_printing_only_its_label_is_never_read_from_a_digit():
    cells = read(table([figures("１", "１"), "    （一）予以公开", figures("９", "９")]))
    for column in (0, 6):  # unknown, or 19 where the column rules prove it
        assert cells["granted"][column] in {(None, "unknown"), (19, "recovered")}, cells["granted"]


def test_pieces_round_a_label_that_goes_on_below_them_are_its_rows_own():
    # `（二）部分公开（区分处理的，只计这一情形，不` / `９` / `计其他情形）`: the line below is inside the label's lines
    text = table(["    （一）予以公开", figures("１", "１"), "    （二）部分公开（区分处理的，只计这一情形，不",
                  figures("９", "９"), "    计其他情形）"], after_granted="          1.属于国家秘密")
    cells = read(text.replace("１９", "１０"))
    assert cells["partially_granted"][6][0] == 9, cells["partially_granted"]  # not left unknown as a piece
