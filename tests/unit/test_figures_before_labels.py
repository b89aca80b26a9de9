"""pdfplumber's `page.extract_text()` of a real PDF (issue 14): a vertically centred cell's figures are printed
BEFORE its wrapped label, on a line of their own, after the end of the row above's wrapped label
(`计其他情形）` / `0 0 0 0 0 0 0` / `1.属于国家秘密`), after a margin heading's character (`本`), or after the page's
number on the same line (`- 3 -\f1 0 0 0 0 0 1`, pages joined by a form feed alone). Written by hand with
made-up figures. A figure line no row takes means the label-only rows near it are not known to be blank:
unknown, never blank (figures one space apart, where a label alone is otherwise a row of blanks); where the
column sums hold only with each such line read as the next label's figures, they are read so, recovered."""

from __future__ import annotations

from orchestration.parsing.parse import parse_text
from tests.unit.test_layout_raw_classes import RAW_HEADER
from tests.unit.test_reader_classes import ROWS, TITLE, applications_of

ZEROS = " ".join(["0"] * 7)


def figures_first(figures: dict[str, str], first: dict[str, str]) -> str:
    """Table 3 with figures one space apart after each label; a row in `first` has its figures on a line of
    their own before its label, after the row above's line and the text given (`""`: nothing, else a line
    of its own or, ending in a form feed, the page's number glued to the figures)."""
    lines = list(RAW_HEADER)
    for key, label, heading in ROWS:
        if heading:
            lines.append(heading)
        row = figures.get(key, ZEROS)
        if key in first:
            before = first[key]
            if before.endswith("\f"):
                lines += [before + row, label]
            else:
                lines += [*([before] if before else []), row, label]
        else:
            lines.append(f"{label} {row}")
    return TITLE + "\n".join([*lines, "四、政府信息公开行政复议、行政诉讼情况"]) + "\n"


def test_zeros_printed_before_their_labels_are_unknown_never_blank():
    # the sums hold whether those rows are 0 or blank: nothing proves whose the lines are
    figures = {"new_received": "12 3 0 0 0 0 15", "granted": "9 2 0 0 0 0 11", "results_total": "12 3 0 0 0 0 15",
               "unavailable_not_held": "3 1 0 0 0 0 4"}
    first = {"denied_state_secret": "", "denied_security_stability": "本", "unavailable_needs_creation": "- 3 -\f"}
    report = parse_text(figures_first(figures, first), "plumber.txt")
    read = applications_of(report)
    for key in first:
        assert {c.state for c in read[key]} == {"unknown"}, (key, read[key])
    assert any(w.code == "figures_apart" for w in report.warnings)
    for key, printed in figures.items():
        assert [c.value for c in read[key]] == [int(f) for f in printed.split()], (key, read[key])


# rows whose figures (non-zero) the column sums place: 6 + 2 + 1 + 3 = 12 natural persons, 1 + 2 = 3 companies
SUMMED = {"new_received": "12 3 0 0 0 0 15", "granted": "6 1 0 0 0 0 7", "results_total": "12 3 0 0 0 0 15",
          "denied_state_secret": "2 0 0 0 0 0 2", "denied_security_stability": "1 2 0 0 0 0 3",
          "unavailable_needs_creation": "3 0 0 0 0 0 3"}


def test_figures_printed_before_their_labels_are_read_where_the_sums_prove_it():
    first = {"denied_state_secret": "", "denied_security_stability": "本", "unavailable_needs_creation": "- 3 -\f"}
    read = applications_of(parse_text(figures_first(SUMMED, first), "plumber.txt"))
    for key, printed in SUMMED.items():
        assert [c.value for c in read[key]] == [int(f) for f in printed.split()], (key, read[key])
    for key in first:
        assert {c.state for c in read[key]} == {"recovered"}, (key, read[key])


def test_figures_before_labels_that_the_sums_refuse_are_unknown():
    # the lines' figures read as the next rows' would break APP_OUTCOME_SUM: not theirs, so unknown, never guessed
    figures = {**SUMMED, "unavailable_needs_creation": "4 0 0 0 0 0 4"}
    first = {"denied_state_secret": "", "denied_security_stability": "本", "unavailable_needs_creation": ""}
    read = applications_of(parse_text(figures_first(figures, first), "plumber.txt"))
    for key in first:
        assert {c.state for c in read[key]} == {"unknown"}, (key, read[key])


def test_figures_read_into_a_label_across_a_page_break_are_unknown_never_blank():
    # a page's last line (the label's first piece and the row's figures) and the next page's first line (the
    # label's rest) on one line, pages joined by a form feed alone: the figures are no cells of any row
    text = figures_first({}, {}).replace("1.属于国家秘密 " + ZEROS, "1.属于 " + ZEROS + "\f国家\n秘密")
    read = applications_of(parse_text(text, "plumber.txt"))
    assert {c.state for c in read["denied_state_secret"]} == {"unknown"}, read["denied_state_secret"]


# table 4's header as pdfplumber sets the template's words: by the words' heights, several columns' words a line
PLUMBER_REVIEW_HEADER = ["四、政府信息公开行政复议、行政诉讼情况", "行政复议 行政诉讼", "未经复议直接起诉 复议后起诉",
                         "结果 结果 其他 尚未", "总 计", "维持 纠正 结果 审结 结果 结果 其他 尚未 结果 结果 其他 尚未",
                         "总 计 总计", "维持 纠正 结果 审结 维持 纠正 结果 审结"]


def test_table_4_as_fifteen_figures_one_space_apart_is_read_as_printed_where_table_3_prints_every_cell():
    # table 3 prints 0 in every empty cell: no blank of table 4 went unprinted, the spaces part its 15 cells
    reviews = "1 1 0 0 2 1 0 0 0 1 2 0 1 0 3"
    text = figures_first(SUMMED, {}).replace("四、政府信息公开行政复议、行政诉讼情况\n",
                                             "\n".join([*PLUMBER_REVIEW_HEADER, reviews, "五、存在的主要问题及改进情况"]) + "\n")
    cells = [c for c in parse_text(text, "plumber.txt").cells if c.table == "reviews"]
    assert [c.value for c in cells] == [int(f) for f in reviews.split()]
    assert {c.state for c in cells} == {"value"}
    # a row of table 3 printed as its label alone (blank cells print nothing there): the split stays a recovery
    blank = text.replace("3.要求提供公开出版物 " + ZEROS, "3.要求提供公开出版物")
    cells = [c for c in parse_text(blank, "plumber.txt").cells if c.table == "reviews"]
    assert {c.state for c in cells} == {"recovered"}, cells


def test_a_figure_line_after_a_bare_label_is_not_taken_for_its_row_where_the_text_prints_figures_first():
    # two rows in a row printing their figures before their label: the second row's figures stand right after
    # the first row's label (also across a page break), which alone could take them; the text prints figures
    # first (a line no row takes), so that line is no more that label's than the next one's: unknown
    figures = {"new_received": "5 1 0 0 0 0 6", "results_total": "5 1 0 0 0 0 6",
               "denied_third_party_rights": "2 1 0 0 0 0 3", "denied_process_information": "3 0 0 0 0 0 3"}
    truth = {"denied_internal_affairs": [0] * 7, "denied_process_information": [3, 0, 0, 0, 0, 0, 3]}
    for page in ("", "- 3 -\f"):
        read = applications_of(parse_text(figures_first(figures, {"denied_internal_affairs": "",
                                                                  "denied_process_information": page}), "p.txt"))
        for key, values in truth.items():
            assert all(c.state == "unknown" or c.value == v for c, v in zip(read[key], values)), (page, key, read[key])
    # a blank row printing its label alone, then the next row's figures before its label
    figures = {"new_received": "12 4 0 0 0 0 16", "granted": "", "partially_granted": "0 1 0 0 0 0 1",
               "denied_state_secret": "2 0 0 0 0 0 2", "unavailable_not_held": "10 3 0 0 0 0 13",
               "results_total": "12 4 0 0 0 0 16"}
    text = figures_first(figures, {"partially_granted": "", "denied_state_secret": ""})
    read = applications_of(parse_text(text.replace("（一）予以公开 \n", "（一）予以公开\n"), "p.txt"))
    assert all(c.state in ("unknown", "blank") and c.value is None for c in read["granted"]), read["granted"]
    assert all(c.state == "unknown" or c.value == v for c, v in zip(read["partially_granted"], [0, 1, 0, 0, 0, 0, 1]))



def test_figures_centred_between_the_halves_of_their_own_wrapped_label_are_still_read():
    # in the same text printing figures first, a row whose figures stand between its label's two lines
    # (`一、本年` / `5 1 0 0 0 0 6` / `新收政府信息公开申请数量`): the line after the figures is the rest of its
    # own label, no other row's, so they are its own
    figures = {"new_received": "5 1 0 0 0 0 6", "results_total": "5 1 0 0 0 0 6",
               "denied_third_party_rights": "2 1 0 0 0 0 3", "denied_process_information": "3 0 0 0 0 0 3"}
    text = figures_first(figures, {"denied_internal_affairs": "", "denied_process_information": ""})
    line = "一、本年新收政府信息公开申请数量 5 1 0 0 0 0 6"
    assert line in text
    read = applications_of(parse_text(text.replace(line, "一、本年\n5 1 0 0 0 0 6\n新收政府信息公开申请数量"), "p.txt"))
    assert [(c.state, c.value) for c in read["new_received"]] == [("value", v) for v in (5, 1, 0, 0, 0, 0, 6)]
    assert {c.state for c in read["denied_internal_affairs"]} == {"unknown"}
