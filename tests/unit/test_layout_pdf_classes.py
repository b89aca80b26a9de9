"""Table 3 of PDFs with a text layer, read through `pdftotext -layout` or by gdw's own PDF reader, made up
by hand (classes issue 14's real reports and corpus renditions showed):

- a group's merged heading (`（四）无法提供`, or two characters of it, `予 公`), written in the margin column and
  centred in the group's height, falls on the line of a sub-row's figures in the middle of that sub-row's
  wrapped label (`2.没有现成信息需要另行` / `无法提供   2  0 …` / `制作`): the heading names no row, the figures
  are the wrapped label's, and the next sub-row keeps its own;
- a label wrapped over a page break (`5.要求行政机关确认或重   1 …` / form feed / `新出具已获取信息`) names its row;
- a header cut at the page's edge (LibreOffice lays a wide page past the paper): a row printing nothing is not
  known to be blank where the rows print a figure in every shown column; the rows of later pages, which do
  not repeat the header, are placed in the shown columns only where the template's column rules allow one
  way (recovered), the cut columns unknown; a page of zeros, which any column keeps, stays unknown;
- gdw's PDF reader (cells apart by tabs) under a header naming every applicant column but 总计: six cells a
  row are the shown columns even where one row writes five."""

from __future__ import annotations

from decimal import Decimal

from orchestration.parsing.parse import parse_text
from tests.unit.test_reader_classes import ROWS, TITLE, applications_of

COLUMNS = (40, 46, 52, 58, 64, 70, 76)  # where each applicant column's figure stands, in glyphs
HEADER_PIECES = (("自然", "人"), ("商业", "企业"), ("科研", "机构"), ("社会", "公益组织"), ("法律", "服务机构"),
                 ("其他", ""), ("总计", ""))
FIGURES = {key: [0] * 7 for key, _, _ in ROWS}
FIGURES.update({
    "new_received": [12, 3, 0, 0, 0, 0, 15],
    "granted": [6, 2, 0, 0, 0, 0, 8],
    "unavailable_not_held": [1, 0, 0, 0, 0, 0, 1],
    "unavailable_needs_creation": [2, 1, 0, 0, 0, 0, 3],
    "unavailable_unclear": [3, 0, 0, 0, 0, 0, 3],
    "rejected_confirmation": [1, 0, 0, 0, 0, 0, 1],
    "results_total": [13, 3, 0, 0, 0, 0, 16],
})
FIGURES["new_received"] = [13, 3, 0, 0, 0, 0, 16]
LABEL_WIDTH = 12  # glyphs of a label on one line
WRAPPED = {  # a label wrapped round its figures, the group heading on the figures' line
    "unavailable_needs_creation": ("2.没有现成信息需要另行", "无法提供", "制作"),
    "unavailable_unclear": ("补正后申", "", "请内容仍不明确"),  # its numbering lost, as LibreOffice's PDF shows it
}


def at_columns(label: str, cells: dict[int, str], shown: int) -> str:
    line = label
    for column, text in sorted(cells.items()):
        if column < shown:
            line = line.ljust(COLUMNS[column] - len(text) // 2) + text
    return line.rstrip()


def layout_text(shown: int = 7, silent: str | None = None, broken: str | None = None,
                wrapped: dict = WRAPPED) -> str:
    """Table 3 laid out by pdftotext -layout; `shown`: the columns the page shows (the others cut at its
    edge); `silent`: a row printing no figure at all; `broken`: a row whose wrapped label the page breaks;
    `wrapped`: rows whose label is wrapped round its figures' line (first, figures' line, last)."""
    lines = ["三、收到和处理政府信息公开申请情况", "申请人情况".rjust(50)]
    lines += [at_columns("", {c: pieces[i] for c, pieces in enumerate(HEADER_PIECES) if pieces[i]}, shown)
              for i in range(2)]
    for key, label, heading in ROWS:
        if key == "unavailable_not_held":
            heading = "（四）"
        if heading:
            lines.append("      " + heading)
        figures = {} if key == silent else {c: str(v) for c, v in enumerate(FIGURES[key])}
        if key in wrapped:
            first, middle, last = wrapped[key]
            lines += ["              " + first, at_columns("       " + middle, figures, shown), "              " + last]
        else:  # a long label wrapped in its column, its figures on its first line
            lines.append(at_columns("              " + label[:LABEL_WIDTH], figures, shown))
            rest = ["              " + label[LABEL_WIDTH:]] if label[LABEL_WIDTH:] else []
            lines += ["", "— 3 —", "\f" + rest[0]] if key == broken else rest
        lines.append("")
    return TITLE + "\n".join([*lines, "四、政府信息公开行政复议、行政诉讼情况"]) + "\n"


def test_a_heading_on_a_wrapped_labels_figure_line_leaves_the_figures_to_that_label():
    report = parse_text(layout_text(), "heading.txt")
    read = applications_of(report)
    for key in ("unavailable_not_held", "unavailable_needs_creation", "unavailable_unclear"):
        assert [c.value for c in read[key]] == [Decimal(v) for v in FIGURES[key]], (key, read[key], report.warnings)
        assert {c.state for c in read[key]} == {"value"}


def test_a_row_printing_nothing_under_a_cut_header_is_unknown_not_blank():
    report = parse_text(layout_text(shown=6, silent="denied_internal_affairs"), "cut.txt")
    read = applications_of(report)
    assert {c.state for c in read["denied_internal_affairs"]} == {"unknown"}
    assert any(w.code == "figures_apart" and "denied_internal_affairs" in w.message for w in report.warnings)
    assert [c.value for c in read["granted"][:6]] == [Decimal(v) for v in FIGURES["granted"][:6]]


# ---------------------------------------------------------------- later pages of a header cut at the page's edge


def test_a_later_page_of_zeros_under_a_cut_header_stays_unknown_where_the_rules_allow_any_column():
    from tests.unit.test_layout_text_traces import CUT, cut_header_text

    text = cut_header_text(CUT, page_break_before="rejected_petition").replace("（七）总计", "\f（七）总计")
    report = parse_text(text, "cut.txt")
    read = applications_of(report)
    for key in ("rejected_petition", "other_misc"):  # page 2: every figure 0, in whichever shown column
        assert all(c.state == "unknown" for c in read[key]), (key, read[key])
    for key in ("results_total", "carried_forward"):  # page 3: the balance with page 1 allows one way
        assert [c.value for c in read[key][:4]] == CUT[key][:4], key
        assert all(c.state == "unknown" for c in read[key][4:]), key
    assert [c.state for c in read["rejected_duplicate"]] == ["blank"] * 4 + ["unknown"] * 3


def test_a_label_wrapped_over_the_page_break_names_its_row():
    # `5.要求行政机关确认或重` and its figures at the foot of a page, `新出具已获取信息` opening the next
    report = parse_text(layout_text(broken="rejected_confirmation"), "broken.txt")
    read = applications_of(report)
    assert [c.value for c in read["rejected_confirmation"]] == [Decimal(v) for v in FIGURES["rejected_confirmation"]]
    assert not any(w.code == "missing_row" and "table 3" in w.message for w in report.warnings)


def test_two_characters_of_a_heading_down_the_margin_on_a_figure_line_name_no_row():
    # `（三）不予公开` one or two characters a line down the margin, `予 公` on 2.'s figures' line
    wrapped = {**WRAPPED, "denied_prohibited_by_law": ("2.其他法律行政法", "予 公", "规禁止公开")}
    report = parse_text(layout_text(wrapped=wrapped), "margin.txt")
    read = applications_of(report)
    for key in ("denied_state_secret", "denied_prohibited_by_law", "denied_security_stability"):
        assert [(c.state, c.value) for c in read[key]] == [("value", Decimal(0))] * 7, (key, report.warnings)


def test_a_later_page_whose_columns_are_not_told_apart_is_placed_row_by_row_where_the_rules_allow_one_way():
    from tests.unit.test_layout_text_traces import CUT, cut_header_text

    # pdftotext squeezed the last row's figure against its label: the page's figures stand in no clean columns
    text = cut_header_text(CUT, page_break_before="rejected_petition").replace(
        "四、结转下年度继续办理                    2", "四、结转下年度继续办理   2")
    report = parse_text(text, "squeezed.txt")
    read = applications_of(report)
    for key in ("results_total", "carried_forward"):  # the balance with page 1 allows one reading of each
        assert [c.value for c in read[key][:4]] == CUT[key][:4], (key, read[key])
        assert [c.state for c in read[key][:4]] == ["blank" if v is None else "recovered" for v in CUT[key][:4]]
        assert all(c.state == "unknown" for c in read[key][4:]), key
    assert all(c.state == "unknown" for c in read["rejected_petition"])  # a 0, in whichever column


# ---------------------------------------------------------------- gdw's PDF reader: the total column cut


def test_cells_with_separators_under_a_header_without_its_total_are_the_shown_columns_even_with_a_short_row():
    """LibreOffice's PDF of a wide page, read by gdw (cells apart by tabs): the header names every applicant
    column but 总计, each row holds six cells, one row only five (its last empty cell not written). The six
    are the shown columns, each total the sum of its parts (recovered); `24` is never cut into 2 and 4."""
    figures = {key: [0, None, None, None, None, None] for key, _, _ in ROWS}
    figures.update(new_received=[24, 5, 1, None, None, 5], granted=[20, 5, 1, None, None, 5],
                   unavailable_not_held=[4, None, None, None, None, None], results_total=[24, 5, 1, None, None, 5])
    lines = ["三、收到和处理政府信息公开申请情况", "\t申请人情况", "自然人\t法人或其他组织",
             "商业企业\t科研机构\t社会公益组织\t法律服务机构\t其他"]
    for key, label, heading in ROWS:
        cells = ["" if v is None else str(v) for v in figures[key]]
        if key == "carried_forward":
            cells = cells[:5]
        lines.append("\t".join([*([heading] if heading else []), label, *cells]))
    report = parse_text(TITLE + "\n".join([*lines, "四、政府信息公开行政复议、行政诉讼情况"]) + "\n", "cut.pdf.txt")
    read = applications_of(report)
    for key in ("new_received", "granted", "results_total"):
        assert [c.value for c in read[key][:6]] == [None if v is None else Decimal(v) for v in figures[key]], key
        assert (read[key][6].state, read[key][6].value) == ("recovered", Decimal(sum(v or 0 for v in figures[key])))
    assert [c.state for c in read["carried_forward"][5:]] == ["unknown", "unknown"]


# ---------------------------------------------------------------- -layout figures no header places


def test_aligned_rows_no_header_places_keep_the_total_their_sum_leaves_and_nothing_else():
    """`pdftotext -layout` of a Chromium PDF whose header words ran together (no column read from it), the
    blank cells printing nothing: each row's figures may stand in any columns in order, and every way that
    keeps the rules puts the last one, the parts' sum, in the total column (recovered); the parts, which
    many ways place differently, stay unknown."""
    lines = ["三、收到和处理政府信息公开申请情况", "                 申请人情况自然人商业企业科研机构社会公益组织法律服务机构其他总计"]
    for key, label, heading in ROWS:
        if heading:
            lines.append(heading)
        np, ce, *_, total = FIGURES[key]
        lines.append(label[:LABEL_WIDTH].ljust(30) + f"{np}    {ce}" + " " * 20 + str(total))
    report = parse_text(TITLE + "\n".join([*lines, "四、政府信息公开行政复议、行政诉讼情况"]) + "\n", "nohead.txt")
    read = applications_of(report)
    for key in ("new_received", "granted", "unavailable_needs_creation"):
        total = read[key][6]
        assert (total.state, total.value) == ("recovered", Decimal(FIGURES[key][6])), (key, read[key])
        for cell, value in zip(read[key][:6], FIGURES[key][:6]):
            assert cell.state == "unknown" or cell.value == (Decimal(value) if value else cell.value), (key, cell)
