"""plain `pdftotext` of Chromium's PDF (table 3's first column beside each label, the other six columns as
poppler's blocks of bands of rows after the labels, some bands' total columns past table 4's heading), in a
text that holds no form feed: a report pasted into a `.txt`, or a crawl that dropped its page breaks. Nothing
says it is a PDF's text, so the blocks readers are not asked; a reader of rows must then read no other row's
figure into a row: a label's line set after its own row's figure (the margin heading's word joined to it)
leaves that figure after the row above's, which is no proof it is that row's second column.

Made-up figures of the class, with the variants the layout allows: the blank mark printed (`—`, `/`, `无`) or
zeros, the late figure on rows of each margin heading, one to three total columns apart."""

from __future__ import annotations

import pytest

from orchestration.parsing.parse import parse_text
from tests.unit.test_plain_marks_late_lead import FIGURES, HEADER, blocks
from tests.unit.test_reader_classes import ROWS, TABLE2, TITLE, applications_of

HEADING_OF = {}  # each row's margin heading (the group it opens or belongs to)
_heading = None
for _key, _label, _printed in ROWS:
    _heading = _printed if _printed and _printed.startswith("（") else (None if _printed else _heading)
    HEADING_OF[_key] = _heading if _key not in ("results_total", "carried_forward") else None


def figures_of(late: str, lead: bool) -> dict[str, list[int]]:
    """FIGURES, with `late`'s first column a figure where `lead` (unavailable_not_held's request moved to it)."""
    figures = {key: list(values) for key, values in FIGURES.items()}
    if lead and not figures[late][0]:
        figures[late], figures["unavailable_not_held"] = figures["unavailable_not_held"], figures[late]
    return figures


def table_text(mark: str | None, late: str, apart: tuple[int, ...], figures: dict[str, list[int]] = FIGURES) -> str:
    """The table as plain pdftotext writes it, its form feed dropped: `mark` printed in each empty cell (None:
    zeros printed), `late` the row whose label's line joins its margin heading's first word and stands after
    its own figure, `apart` the bands whose total column stands past table 4's heading."""
    def printed(value: int) -> str:
        return str(value) if value or mark is None else mark

    lines = ["一、本年新收政府信息公开申请数量", "\n\n".join(printed(value) for value in figures["new_received"]), ""]
    joined = HEADING_OF[late]  # printed as a line of its own nowhere: its words joined to the late row's label
    for key, label, heading in ROWS[1:]:
        figure = printed(figures[key][0])
        if key == late:
            lines += [figure, joined[:5] + " " + label, joined[5:]]
            continue
        if heading and heading != joined:
            lines.append(heading)
        lines += [label, figure]
    written, past = blocks(figures, printed, apart)
    reviews = ["行政复议", "行政诉讼", "未经复议直接起诉", "复议后起诉", *["结果维持 结果纠正 其他结果 尚未审结 总计"] * 3,
               *[printed(0)] * 15]
    return "\n\n".join([TITLE + "\n" + TABLE2.rstrip("\n"), "三、收到和处理政府信息公开申请情况", HEADER,
                        "\n".join(lines), *written, "四、政府信息公开行政复议、行政诉讼情况", *past, *reviews,
                        "五、存在的主要问题及改进情况", "一是公开形式单一。"]) + "\n"


def wrong_cells(text: str, zeros: bool, figures: dict[str, list[int]] = FIGURES) -> list:
    """The cells read other than printed (a zero printed reads 0, a mark blank)."""
    read = applications_of(parse_text(text, "plain.txt"))
    return [(key, column, cell.state, cell.value) for key, cells in read.items() for column, cell in enumerate(cells)
            if cell.state != "unknown" and (None if cell.value is None else int(cell.value))
            != (figures[key][column] if zeros else figures[key][column] or None)]


LATE_ROWS = ["denied_state_secret", "denied_security_stability", "denied_third_party_rights",
             "denied_administrative_query", "unavailable_not_held", "unavailable_needs_creation", "rejected_petition",
             "rejected_excessive", "other_no_fee_paid"]


@pytest.mark.parametrize("mark", ["—", "/", "无", None])
@pytest.mark.parametrize("late", LATE_ROWS)
@pytest.mark.parametrize("apart", [(0,), (0, 2), (0, 2, 6), (2, 6, 8)])
@pytest.mark.parametrize("lead", [False, True])
def test_no_row_reads_another_rows_figure_without_form_feeds(mark, late, apart, lead):
    figures = figures_of(late, lead)
    text = table_text(mark, late, apart, figures)
    assert "\f" not in text
    assert not wrong_cells(text, mark is None, figures)


def test_the_row_above_the_late_label_keeps_no_second_figure():
    text = table_text("—", "denied_third_party_rights", (0, 2, 6))
    assert "\f" not in text and "—\n1\n（三）不予 4.保护第三方合法权益" in text
    read = applications_of(parse_text(text, "plain.txt"))
    # `—` / `1` after 3.危及“三安全一稳定”: the `1` is the next row's first column, set before its label's line;
    # the column chunks (every cell printing, the first row a band of its own) read the row above its marks alone
    assert all(cell.state == "unknown" or cell.value is None for cell in read["denied_security_stability"])
    assert all(cell.state == "unknown" or cell.value == 1 for cell in read["denied_third_party_rights"][::6])
