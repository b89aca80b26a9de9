"""Text whose reading order can part a table's labels from their figures (`pdftotext` without
-layout reads a table block by block: the labels of several rows, then all their figures). A label
followed by another label is then no sign that its cells are empty: they are unknown, never blank.
Where the text keeps each row's figures on its label's line, a label alone is an empty row, as
before. Written by hand, apart from the corpus generator."""

from __future__ import annotations

from decimal import Decimal

from orchestration.parsing.parse import parse_text
from orchestration.parsing.table_reading import _heading_of_next_row
from tests.unit.test_reader_classes import FIGURES, REVIEWS, ROWS, TABLE2, TITLE, applications_of

APART = ("denied_security_stability", "denied_third_party_rights", "denied_internal_affairs")
FIGURES_APART = dict(FIGURES, denied_security_stability=[2, 0, 0, 0, 0, 0, 2],
                     denied_third_party_rights=[1, 0, 0, 0, 0, 0, 1], denied_internal_affairs=[0, 0, 0, 0, 0, 0, 0],
                     granted=[5, 2, 0, 0, 0, 0, 7])


def plain_reading(figures: dict[str, list], apart: tuple[str, ...]) -> str:
    """Every line followed by an empty one, as `pdftotext` writes a table without -layout; the rows
    in `apart` print their labels one after another, then all their figures."""
    lines = [TITLE.rstrip("\n"), TABLE2.rstrip("\n"), "三、收到和处理政府信息公开申请情况", "申请人情况",
             "自然人", "商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他", "总计"]
    held: list[str] = []
    for key, label, heading in ROWS:
        if heading:
            lines.append(heading)
        lines.append(label)
        figures_here = [str(v) for v in figures[key] if v is not None]  # an empty cell leaves no trace
        if key in apart:
            held += figures_here
            if key == apart[-1]:
                lines += held
            continue
        lines += figures_here
    lines += ["四、行政复议、行政诉讼情况", "行政复议", "行政诉讼", "未经复议直接起诉", "复议后起诉"]
    lines += ["结果维持", "结果纠正", "其他结果", "尚未审结", "总计"] * 3 + [str(v) for v in REVIEWS]
    lines += ["五、存在的主要问题及改进情况", "一是公开形式单一。"]
    return "\n\n".join(lines) + "\n"


# the 法人 columns left empty: a row prints two figures, so the block cannot be cut by the rows' width
NO_TRACE = dict(FIGURES_APART, **{key: [FIGURES_APART[key][0], *[None] * 5, FIGURES_APART[key][6]] for key in APART})


def test_rows_whose_labels_stand_apart_from_their_figures_are_unknown_never_blank():
    report = parse_text(plain_reading(NO_TRACE, APART), "plain.txt")
    read = applications_of(report)
    for key in APART:  # labels one after another, then figures no count can share out
        assert all(cell.state == "unknown" for cell in read[key]), (key, read[key])
    assert any(w.code == "figures_apart" for w in report.warnings)
    for key, expected in NO_TRACE.items():  # no cell anywhere is read as a wrong figure or a blank
        for cell, value in zip(read[key], expected):
            assert cell.state == "unknown" or cell.value == value, (key, cell)
    assert [cell.value for cell in read["granted"]] == [Decimal(v) for v in FIGURES_APART["granted"]]


def test_a_block_of_figures_as_many_as_the_labels_before_it_have_cells_is_read_in_order():
    report = parse_text(plain_reading(FIGURES_APART, APART), "plain.txt")
    read = applications_of(report)
    for key, expected in FIGURES_APART.items():
        assert [cell.value for cell in read[key]] == [Decimal(v) for v in expected], (key, read[key])
    assert any(w.code == "figures_apart" for w in report.warnings)


def test_a_block_that_breaks_a_rows_sum_when_cut_by_count_is_not_shared_out():
    # 2 0 0 0 0 0 2 / 1 0 0 … cut one figure off: the first row's sum breaks, so no row takes a share
    shifted = dict(FIGURES_APART, denied_security_stability=[2, 0, 0, 0, 0, 2, 0])
    report = parse_text(plain_reading(shifted, APART), "plain.txt")
    read = applications_of(report)
    for key in APART:
        assert all(cell.state == "unknown" for cell in read[key]), (key, read[key])


def test_a_run_of_column_numbers_under_the_header_is_no_rows_figures():
    # a converter's column names `数据1 … 数据6` wrapped as `数据` over `1 2 3 4 5 6`, just before labels
    # whose figures come after them as one block
    apart = ("unavailable_not_held", "unavailable_needs_creation", "unavailable_unclear")
    text = plain_reading(FIGURES, apart)
    labels = "\n\n1.本机关不掌握相关政府信息\n\n2.没有现成信息需要另行制作\n\n3.补正后申请内容仍不明确\n"
    # the header's numbers, then the labels wrapped down a narrow column, with no empty line between
    text = text.replace(labels, "\n\n数据 数据 数据 数据 数据 数据 总\n1\n2\n3\n4\n5\n6\n计\n\n类别\n1.本机关不掌握相关政府"
                        "\n信息\n2.没有现成信息需要另行\n制作\n3.补正后申请内容仍不明\n确\n")
    assert "数据" in text
    report = parse_text(text, "plain.txt")
    read = applications_of(report)
    for key in apart:
        assert [cell.value for cell in read[key]] == [Decimal(v) for v in FIGURES[key]], (key, read[key])


def one_line_per_row(figures: dict[str, list | None]) -> str:
    """`pdftotext -raw` of a table read row by row: a row's figures on its label's line, set apart by
    single spaces; a row printed with no figure is its label alone."""
    lines = [TITLE.rstrip("\n"), TABLE2.rstrip("\n"), "三、收到和处理政府信息公开申请情况", "申请人情况",
             "自然人 法人或其他组织 总计", "商业企业 科研机构 社会公益组织 法律服务机构 其他"]
    for key, label, heading in ROWS:
        if heading:
            lines.append(heading)
        row = figures[key]
        lines.append(label if row is None else " ".join([label, *(str(v) for v in row)]))
    lines += ["四、行政复议、行政诉讼情况", "行政复议 行政诉讼", "结果维持 结果纠正 其他结果 尚未审结 总计",
              " ".join(map(str, REVIEWS)), "五、存在的主要问题及改进情况", "一是公开形式单一。"]
    return "\n".join(lines) + "\n"


def test_a_label_alone_is_an_empty_row_where_every_figure_stands_on_its_labels_line():
    figures = dict(FIGURES, denied_security_stability=None, rejected_excessive=None)
    report = parse_text(one_line_per_row(figures), "raw.txt")
    read = applications_of(report)
    for key in ("denied_security_stability", "rejected_excessive"):
        assert all(cell.state == "blank" for cell in read[key]), (key, read[key])
    assert [cell.value for cell in read["new_received"]] == [Decimal(v) for v in FIGURES["new_received"]]


# ---------------------------------------------------------------- `pdftotext -layout`: wrapped labels (R2)

R2_FIGURES = dict(FIGURES, other_no_correction=[9, 0, 0, 0, 0, 0, 9], other_no_fee_paid=[7, 0, 0, 0, 0, 0, 7],
                  other_misc=[1, 0, 0, 0, 0, 0, 1], results_total=[28, 3, 0, 0, 0, 0, 31],
                  new_received=[29, 3, 0, 0, 0, 0, 32], granted=[8, 2, 0, 0, 0, 0, 10])
APPLICANT_COLUMNS = (100, 108, 116, 124, 132, 140, 148)  # past the longest label
GROUP_HEADINGS = {"（三）不予公开", "（四）无法提供", "（五）不予处理", "（六）其他处理"}


def narrow(label: str, width: int = 3) -> list[str]:
    """A label wrapped down a column `width` characters wide."""
    return [label[i : i + width] for i in range(0, len(label), width)]


def layout_text(narrow_keys: set[str], heading_over_granted: bool = False, numbering_alone: bool = False) -> str:
    """`pdftotext -layout` of table 3: the labels of `narrow_keys` wrapped down a narrow column, their
    figures on the middle line; with `heading_over_granted`, `（一）予以公开` over a header line, then the
    row `予以公开 …`; with `numbering_alone`, `（七）` over the figures and `总计` under them."""
    from tests.unit.test_narrow_columns import placed

    lines = [TITLE.rstrip("\n"), TABLE2.rstrip("\n"), "三、收到和处理政府信息公开申请情况",
             placed((100, "申请人情况")), placed(*zip(APPLICANT_COLUMNS, ["自然人", "商业企业", "科研机构", "社会公益组织",
                                                                         "法律服务机构", "其他", "总计"]))]
    for key, label, heading in ROWS:
        figures = list(zip(APPLICANT_COLUMNS, map(str, R2_FIGURES[key])))
        if heading and heading not in GROUP_HEADINGS and not (key == "granted" and heading_over_granted):
            lines.append(heading)
        elif heading:
            lines.append(placed((4, heading)))
        header = " 类别 数据1 数据2 数据3 数据4 数据5 数据6 总计"  # a converter's column names, single-spaced
        if key == "granted" and heading_over_granted:
            lines += ["(一) 予以公开", "", header, placed((0, "予以公开"), *figures)]
        elif key == "partially_granted" and heading_over_granted:  # its words again, wrapped down the column
            pieces = narrow(label.removeprefix("（二）"))
            lines += ["二 部分公开 (区分处理的, 只计这一情形, 不计其他情形)", "( )", "", header]
            lines += [placed((0, piece)) for piece in pieces[:4]] + [placed(*figures)]  # figures on a line alone
            lines += [placed((0, piece)) for piece in pieces[4:]]
        elif key in narrow_keys:
            pieces = narrow(label)
            middle = len(pieces) // 2
            lines += [placed((4, piece), *(figures if i == middle else ())) for i, piece in enumerate(pieces)]
        elif key == "results_total" and numbering_alone:
            lines += [placed((4, "（七）")), placed(*figures), placed((4, "总计"))]
        else:
            lines.append(placed((4, label), *figures))
    lines += ["四、行政复议、行政诉讼情况", "行政复议 行政诉讼",
              "  ".join(["结果维持", "结果纠正", "其他结果", "尚未审结", "总计"] * 3), "  ".join(map(str, REVIEWS)),
              "五、存在的主要问题及改进情况", "一是公开形式单一。"]
    return "\n".join(lines) + "\n"


def assert_rows_read(report, keys) -> None:
    read = applications_of(report)
    for key in keys:
        assert [cell.value for cell in read[key]] == [Decimal(v) for v in R2_FIGURES[key]], (key, read[key], report.warnings)


def test_a_label_wrapped_down_a_narrow_column_keeps_the_figures_on_its_middle_line():
    # (六)1 and 2 share their last words (`行政机关不再处理其政府信息公开申请`): read down the column whole,
    # each label names its own row, and neither row's figures go to the next
    keys = {"other_no_correction", "other_no_fee_paid"}
    report = parse_text(layout_text(keys), "layout.txt")
    assert_rows_read(report, [*keys, "other_misc", "results_total", "carried_forward"])


def test_a_numbering_on_its_own_line_above_the_figures_starts_their_label():
    report = parse_text(layout_text(set(), numbering_alone=True), "layout.txt")
    assert_rows_read(report, ["other_misc", "results_total", "carried_forward"])


def test_a_heading_with_the_words_of_the_row_below_it_is_no_row():
    # the row `予以公开 8 2 …` followed by `二 部分公开 (…)` reads as well for 部分公开 as for 予以公开, and the
    # heading `(一) 予以公开` as well for 予以公开: unless the heading is set aside, the order alone decides
    report = parse_text(layout_text(set(), heading_over_granted=True), "layout.txt")
    assert_rows_read(report, ["new_received", "carried_over", "granted", "partially_granted", "denied_state_secret"])
    # as the table reader sees the lines: (label cells, figures after them, may wrap, holds several cells)
    heading, header = (("(一) 予以公开",), False, True, False), (("类别", "数据1", "总计"), False, True, True)
    row = (("予以公开",), True, True, True)
    assert _heading_of_next_row((heading, header, row), 0, "予以公开")
    assert not _heading_of_next_row((heading, header, (("（二）部分公开",), True, True, True)), 0, "予以公开")
    assert not _heading_of_next_row((heading, header, header, header, row), 0, "予以公开")  # too far to name it
