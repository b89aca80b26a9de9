"""Table 3 of laid-out text (`pdftotext -layout` of LibreOffice's and Chromium's prints, each glyph a character
cell) where a row's first figure touches its label's last character, whatever that character (a closing quote,
`、`, a CJK glyph) and however much of the label the line holds (`3.危及“三安全一稳定”1   0 …`, `（七）总计3   0 …`).
The label's text covers the first column's place, so no empty place there says the column is blank: the glued figure
is the first column's where the row's figures are then one a column keeping its sum, and otherwise the row is
unknown, never a blank first column. Written by hand: a header naming each column over its place."""

from __future__ import annotations

from orchestration.parsing.parse import parse_text
from tests.unit.test_reader_classes import ROWS, TITLE, applications_of

AT, STEP = 34, 8  # where the first column starts, in glyphs, and each column's width
NAMES = ["自然人", "商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他", "总计"]
# one application to the first column in each of three outcome rows, every rule kept
FIGURES = {"new_received": [3, 0, 0, 0, 0, 0, 3], "granted": [1, 0, 0, 0, 0, 0, 1],
           "denied_security_stability": [1, 0, 0, 0, 0, 0, 1], "other_no_correction": [1, 0, 0, 0, 0, 0, 1],
           "results_total": [3, 0, 0, 0, 0, 0, 3]}
ROW = "denied_security_stability"


def line(label: str, figures: list) -> str:
    """A row's line: its label, then each figure at its column's place (None: a blank printing nothing)."""
    text = label.ljust(AT)
    for column, figure in enumerate(figures):
        text = text.ljust(AT + column * STEP) + ("" if figure is None else str(figure))
    return text.rstrip()


def table(lines_of: dict[str, str], blanks_printed: bool = True) -> str:
    """Table 3 with each row's label and figures on one line; `lines_of` replaces a row's line."""
    header = "".ljust(AT)
    for column, name in enumerate(NAMES):
        header = header.ljust(AT + column * STEP) + name
    lines = ["三、收到和处理政府信息公开申请情况", "申请人情况".rjust(AT + 2 * STEP), header]
    for key, label, heading in ROWS:
        if heading:
            lines.append("  " + heading)
        figures = FIGURES.get(key, [0] * 7)
        lines.append(lines_of.get(key) or line("    " + label, [f if f or blanks_printed else None for f in figures]))
    return TITLE + "\n".join(lines) + "\n四、政府信息公开行政复议、行政诉讼情况\n"


def read(lines_of: dict[str, str], blanks_printed: bool = True) -> dict[str, list]:
    return applications_of(parse_text(table(lines_of, blanks_printed), "000001_html-utf8_lo-html_pdftotext.txt"))


def glued(label: str, figures: list) -> str:
    """The row's line with its first figure set right after its label (the label ending where the column starts)."""
    rest = line("", [None, *figures[1:]])
    return (label + str(figures[0])).rjust(AT + 1) + rest[AT + 1 :]


def never_wrong(cells: list, truth: list) -> bool:
    return all(cell.state == "unknown" or cell.value == value for cell, value in zip(cells, truth))


def test_a_figure_glued_to_a_closing_quote_is_the_first_columns():
    found = read({ROW: glued("3.危及“三安全一稳定”", FIGURES[ROW])})
    assert [c.value for c in found[ROW]] == FIGURES[ROW], found[ROW]


def test_a_figure_glued_after_a_comma_of_the_label_is_the_first_columns():
    key = "other_no_correction"
    found = read({key: glued("1.申请人无正当理由逾期不补正、", FIGURES[key])})
    assert [c.value for c in found[key]] == FIGURES[key], found[key]


def test_a_glued_figure_short_of_the_columns_leaves_the_first_column_unknown_never_blank():
    # blanks print nothing: the glued figure and the total only; which column the first is in is not proven
    found = read({ROW: glued("3.危及“三安全一稳定”", [1, None, None, None, None, None, 1])}, blanks_printed=False)
    assert never_wrong(found[ROW], [1, None, None, None, None, None, 1]), found[ROW]


def test_a_figure_glued_to_a_short_label_still_names_its_row():
    # `（七）总计3`: the labels are matched on `总计`, not `总计3` (else its figures go to the bare label below it)
    total = [3, None, None, None, None, None, 3]
    found = read({"results_total": glued("（七）总计", total)}, blanks_printed=False)
    assert never_wrong(found["results_total"], total), found["results_total"]
    assert never_wrong(found["carried_forward"], [None] * 7), found["carried_forward"]


def test_a_glued_figure_breaking_the_rows_sum_is_not_taken():
    found = read({ROW: glued("3.危及“三安全一稳定”", [2, 0, 0, 0, 0, 0, 1])})
    assert never_wrong(found[ROW], FIGURES[ROW]), found[ROW]
    assert found[ROW][0].state == "unknown", found[ROW]


def raw_table(glued_line: str) -> str:
    """Table 3 as `pdftotext -raw` sets it: each row's label and figures one space apart, a blank leaving no trace;
    the row of 2.其他法律… replaced by `glued_line`."""
    applicants = " ".join(NAMES[1:6])
    lines = ["三、收到和处理政府信息公开申请情况", "申请人情况", "自然人", "法人或其他组织", applicants, "总计"]
    for key, label, heading in ROWS:
        if heading:
            lines.append(heading)
        figures = {**FIGURES, "denied_prohibited_by_law": [1, 0, 0, 0, 0, 0, 1], "granted": [0] * 7}.get(key, [0] * 7)
        lines.append(glued_line if key == "denied_prohibited_by_law" else " ".join([label, *map(str, figures)]))
    return TITLE + "\n".join(lines) + "\n四、政府信息公开行政复议、行政诉讼情况\n"


def test_a_figure_glued_to_its_label_in_a_row_one_space_apart_is_read_in_order():
    key = "denied_prohibited_by_law"
    text = raw_table("2.其他法律行政法规禁止公开1 0 0 0 0 0 1")
    found = applications_of(parse_text(text, "000001_html-utf8_chromium_pdftotext-raw.txt"))
    assert [c.value for c in found[key]] == [1, 0, 0, 0, 0, 0, 1], found[key]
    # a blank leaving no trace: two figures for seven columns, which columns is not known
    found = applications_of(parse_text(raw_table("2.其他法律行政法规禁止公开1 1"), "x_chromium_pdftotext-raw.txt"))
    assert never_wrong(found[key], [1, None, None, None, None, None, 1]), found[key]
