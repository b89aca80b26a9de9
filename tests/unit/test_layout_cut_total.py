"""`pdftotext -layout` of LibreOffice's PDF of a web page whose table 3 is wider than the paper: the
header shows its six applicant columns whole and 总计 cut at the page's edge, either to its first
character (`总`) with each row's total cut to its first characters (`1,` of 1,163, `55` of 553), or
whole (no total printed at all). pdftotext packs the words of a header line one after another, so a
header word may stand columns off its figures; what the page proves is their order.

Made-up figures in the shape of those renditions (glyph columns as pdftotext counts them: one a glyph).
Each test fails on parser 3.16.0, which left the whole table unknown."""

from __future__ import annotations

from decimal import Decimal

import pytest

from orchestration.parsing.parse import parse_text
from tests.unit.test_reader_classes import REVIEW_HEADER, REVIEWS, ROWS, TITLE, applications_of

STARTS = [33, 39, 46, 50, 54, 58]  # where each applicant column's figures start (glyphs)
TOTAL_AT = 63  # where the cut total column starts; the paper's edge leaves `EDGE` glyphs of it
EDGE = 2
# the header as pdftotext packs it: `总` set right after the words before it on its line, left of 其他
CUT_NAME_HEADER = [" " * 32 + "自然人   法人或其他组织   总", " " * 47 + "科研 社会公 法律服务",
                   " " * 39 + "商业企业" + " " * 15 + "其他", " " * 46 + "机构 益组织  机构"]
WHOLLY_CUT_HEADER = [" " * 46 + "申请人情况", "", "（本列数据的勾稽关系为：第一项加第二项之和，等" + " " * 22 + "法人或其他组织",
                     " " * 6 + "于第三项加第四项之和）", " " * 28 + "自然人", " " * 45 + "科研 社会公 法律服务",
                     " " * 34 + "商业企业" + " " * 19 + "其他", " " * 45 + "机构 益组织  机构"]

_FULL_WIDTH = str.maketrans("0123456789,", "０１２３４５６７８９，")
FIGURES = {key: [0, 0, 0, 0, 0, 0, 0] for key, _, _ in ROWS}
FIGURES.update(new_received=[1163, 0, 2, 0, 0, 0, 1165], granted=[553, 0, 0, 0, 0, 0, 553],
               partially_granted=[62, 0, 0, 0, 0, 0, 62], denied_state_secret=[4, 0, 0, 0, 0, 0, 4],
               unavailable_not_held=[230, 2, 0, 0, 0, 0, 232], results_total=[849, 2, 0, 0, 0, 0, 851],
               carried_forward=[316, 0, 2, 0, 0, 0, 318])


def _line(label: str, texts: list[str], starts: list[int]) -> str:
    line = label
    for start, text in zip(starts, texts):
        if text:
            line += " " * max(start - len(line), 1) + text
    return line


def lo_layout_text(figures: dict[str, list], header: list[str], total: bool = True, blank: str = "0",
                   texts: dict[str, list[str]] | None = None, starts: list[int] = STARTS, wide: bool = False) -> str:
    """Table 3 as pdftotext -layout writes LibreOffice's cut page: each row's label whole on its line, its six
    applicant figures, and (with `total`) its total's first `EDGE` glyphs. `texts`: rows printed otherwise."""
    lines = [*TITLE.rstrip("\n").split("\n"), "三、收到和处理政府信息公开申请情况", "", *header, ""]
    for key, label, heading in ROWS:
        if heading:
            lines.append(heading)
        values = ["" if v is None else (f"{v:,}" if v >= 1000 else str(v)) for v in figures[key]]
        if wide:  # full-width digits (`１３`), as a page set in a CJK font prints them
            values = [value.translate(_FULL_WIDTH) for value in values]
        printed = texts.get(key) if texts and key in texts else \
            [text or blank for text in values[:6]] + ([values[6][:EDGE] or blank] if total else [])
        lines += [_line(label[:16], printed, [*starts, TOTAL_AT]), ""]
    lines += ["\f" + REVIEW_HEADER, "行政复议 行政诉讼",
              "  ".join(["结果维持", "结果纠正", "其他结果", "尚未审结", "总计"] * 3), "  ".join(map(str, REVIEWS)),
              "五、存在的主要问题及改进情况", "一是公开形式单一。"]
    return "\n".join(lines) + "\n"


def _read(text: str) -> tuple[dict[str, list], list[str]]:
    report = parse_text(text, "lo-html_pdftotext.txt")
    return applications_of(report), [w.code for w in report.warnings]


def test_a_total_cut_with_its_name_is_its_parts_sum_where_its_first_characters_agree():
    read, codes = _read(lo_layout_text(FIGURES, CUT_NAME_HEADER))
    for key, expected in FIGURES.items():
        assert [(c.value, c.state) for c in read[key][:6]] == [(v, "value") for v in expected[:6]], key
        assert read[key][6].value == expected[6], key
    # `1,` / `55` / `23` / `85` / `31` cut: the sum, recovered; `62` as wide as the page lets a text be: recovered
    assert {key for key in FIGURES if read[key][6].state == "recovered"} == {
        "new_received", "granted", "partially_granted", "unavailable_not_held", "results_total", "carried_forward"}
    # `4` and `0` are narrower than the page lets a figure show (`55` shows two glyphs): whole, as printed
    assert (read["denied_state_secret"][6].value, read["denied_state_secret"][6].state) == (4, "value")
    assert (read["carried_over"][6].value, read["carried_over"][6].state) == (0, "value")
    assert "columns_cut" in codes


def test_a_cut_total_whose_first_characters_are_not_its_parts_sum_is_unknown():
    figures = dict(FIGURES, granted=[553, 0, 0, 0, 0, 0, 563])  # the report does not add up: 56 is no head of 553
    read, codes = _read(lo_layout_text(figures, CUT_NAME_HEADER))
    assert [c.value for c in read["granted"][:6]] == [553, 0, 0, 0, 0, 0]
    assert (read["granted"][6].value, read["granted"][6].state) == (None, "unknown")
    assert "total_cut" in codes


def test_a_row_printing_nothing_in_the_cut_total_column_keeps_its_total_unknown():
    # no total cell in the page's row (a short row), where every other row shows its total's first glyphs
    figures = dict(FIGURES, new_received=[130, 15, 0, 0, 0, 0, None])
    texts = {"new_received": ["130", "15", "0", "0", "0", "0"]}
    read, codes = _read(lo_layout_text(figures, CUT_NAME_HEADER, texts=texts))
    assert [c.value for c in read["new_received"][:6]] == [130, 15, 0, 0, 0, 0]
    assert (read["new_received"][6].value, read["new_received"][6].state) == (None, "unknown")
    assert "total_cut" in codes
    assert (read["granted"][6].value, read["granted"][6].state) == (553, "recovered")


def test_a_total_cut_whole_under_a_packed_header_is_read_in_order_where_blanks_print_a_mark():
    figures = {key: [None] * 7 for key, _, _ in ROWS}
    figures.update(new_received=[13, None, None, 1, None, None, 14], granted=[6, None, None, None, None, None, 6],
                   unavailable_not_held=[3, None, None, 1, None, None, 4], results_total=[9, None, None, 1, None, None, 10],
                   carried_forward=[10, None, None, None, None, None, 10])
    # each figure starts left of its header word's centre, some by more than half a column; （七）总计 prints
    # four cells only (a row short of cells), so not every row holds six
    short = ["９", "/", "/", "１"]
    read, _ = _read(lo_layout_text(figures, WHOLLY_CUT_HEADER, total=False, blank="/", texts={"results_total": short},
                                   starts=[28, 34, 41, 47, 51, 56], wide=True))
    assert all(c.state == "unknown" or c.value == v for c, v in zip(read["results_total"], figures["results_total"]))
    for key, expected in figures.items():
        if key == "results_total":
            continue
        assert [c.value for c in read[key][:6]] == expected[:6], key
        assert [c.state for c in read[key][:6]] == ["blank" if v is None else "value" for v in expected[:6]], key
        # a total is its parts' sum, recovered; a row of blanks may print its total blank or 0: unknown
        total = read[key][6]
        assert (total.value, total.state) == ((expected[6], "recovered") if expected[6] else (None, "unknown")), key


def test_a_header_whose_first_word_pdftotext_set_apart_still_names_its_six_columns():
    # `自` / `然` / `人` wrapped down their column and set apart; a row printing fewer figures than the others
    # (no cell for two of its columns) stands under no proven column and stays unknown
    header = [" " * 33 + "自     法人或其他组织", " " * 28 + "然", " " * 27 + "人           科研 社会公 法律服务",
              " " * 32 + "商业企业" + " " * 15 + "其他", " " * 39 + "机构 益组织  机构"]
    figures = dict(FIGURES, new_received=[163, 0, 2, 0, 0, 0, 165], results_total=[849, 2, 0, 0, 0, 0, 851])
    texts = {"results_total": ["849", "2", "0", "0"]}
    read, _ = _read(lo_layout_text(figures, header, total=False, texts=texts, starts=[27, 33, 39, 43, 47, 51]))
    for key, expected in figures.items():
        if key == "results_total":
            assert all(c.state == "unknown" for c in read[key]), read[key]
            continue
        assert [(c.value, c.state) for c in read[key][:6]] == [(v, "value") for v in expected[:6]], key
        assert (read[key][6].value, read[key][6].state) == (Decimal(expected[6]), "recovered"), key


def test_a_narrow_header_with_one_word_spaced_out_and_wrapped_still_shows_six_columns():
    # `商 业` over `企 业` names no column, between 自然人 (wrapped one glyph a line) and 其他, which are named:
    # the header still shows six columns, and rows printing six figures or marks on a line read in order
    header = [" " * 41 + "申请人情况", "", "（本列数据的勾稽关系为：第一项加第二项之和，等于第" + " " * 14 + "法人或其他组织",
              " " * 8 + "三项加第四项之和）" + " " * 15 + "自", " " * 32 + "然", " " * 32 + "人 商 业 科研 社会公 法律服务 其他",
              " " * 34 + "企 业 机构 益组织  机构"]
    figures = {key: [None] * 7 for key, _, _ in ROWS}
    figures.update(new_received=[13, 2, 3, 1, None, None, 19], granted=[7, 2, None, None, None, None, 9],
                   unavailable_not_held=[6, None, 3, 1, None, None, 10], results_total=[13, 2, 3, 1, None, None, 19],
                   carried_forward=[6, 2, None, None, None, None, 8])
    read, codes = _read(lo_layout_text(figures, header, total=False, blank="/", starts=[28, 33, 37, 41, 45, 49]))
    for key, expected in figures.items():
        assert [c.value for c in read[key][:6]] == expected[:6], key
        total = read[key][6]
        # a row of blanks: its total blank, as （七）总计 prints the sums of its blank 法律服务 and 其他 columns
        # (blank_totals.py), recovered, the page not showing it
        assert (total.value, total.state) == (expected[6], "recovered"), key
    assert "cells_ran_together" not in codes


# A cut total's text is compared with its parts' sum as the page prints figures: its separators are characters
# of the text, and the page's grouping of thousands says which form of the sum it must begin. Each of these
# fails on parser 3.17.0, which dropped the separator of a figure cut at one and compared any text with both
# forms of the sum.

def _cut_at(monkeypatch, glyphs: int) -> None:
    """The paper's edge leaves `glyphs` glyphs of each total's text."""
    monkeypatch.setitem(globals(), "EDGE", glyphs)


@pytest.mark.parametrize("wide", [False, True])
def test_a_separator_in_a_cut_total_is_a_character_of_its_head(monkeypatch, wide):
    # the report printed 2,672 where its parts add up to 267: `2,6` / `２，６` is the head of a grouped figure,
    # never of 267 (read without its separator, `26`, it passed as 267's head)
    _cut_at(monkeypatch, 3)
    figures = dict(FIGURES, granted=[265, 0, 2, 0, 0, 0, 2672])
    read, codes = _read(lo_layout_text(figures, CUT_NAME_HEADER, wide=wide))
    assert [c.value for c in read["granted"][:6]] == [265, 0, 2, 0, 0, 0]
    assert (read["granted"][6].value, read["granted"][6].state) == (None, "unknown")
    assert "total_cut" in codes
    # `1,1` / `１，１` of 1,163's row, grouped as its sum prints: the sum, recovered
    assert (read["new_received"][6].value, read["new_received"][6].state) == (1165, "recovered")


def test_a_cut_total_of_digits_only_is_no_head_of_a_sum_the_page_groups_by_thousands(monkeypatch):
    # the page prints 1,163 and 1,230 grouped; the report printed 123 where the parts add up to 1,234: its `12`
    # is no head of `1,234` (the grouped sum shows `1,` at this edge)
    _cut_at(monkeypatch, 2)
    figures = dict(FIGURES, granted=[1230, 0, 4, 0, 0, 0, 123])
    read, codes = _read(lo_layout_text(figures, CUT_NAME_HEADER))
    assert [c.value for c in read["granted"][:6]] == [1230, 0, 4, 0, 0, 0]
    assert (read["granted"][6].value, read["granted"][6].state) == (None, "unknown")
    assert "total_cut" in codes
    assert (read["new_received"][6].value, read["new_received"][6].state) == (1165, "recovered")


@pytest.mark.parametrize(("first", "state"), [(999, "unknown"), (1000, "recovered")])
def test_a_cut_total_whose_head_differs_grouped_and_plain_needs_a_page_that_shows_its_form(monkeypatch, first, state):
    # `12` of a total of 1,234 the page's parts add up to: the head of `1234`, not of `1,234`. A page with no
    # figure of four digits shows neither form (the total might be 123 on a page grouping thousands): unknown.
    # A part printed `1000` shows the page prints them plain: the sum, recovered
    _cut_at(monkeypatch, 2)
    figures = dict(FIGURES, new_received=[first, 235, 0, 0, 0, 0, first + 235], granted=[553, 0, 0, 0, 0, 0, 553],
                   carried_forward=[316, 0, 2, 0, 0, 0, 318])
    plain = {"new_received": [str(first), "235", "0", "0", "0", "0", str(first + 235)[:2]]}  # however long
    read, _ = _read(lo_layout_text(figures, CUT_NAME_HEADER, texts=plain))
    assert [c.value for c in read["new_received"][:6]] == [first, 235, 0, 0, 0, 0]
    total = read["new_received"][6]
    assert (total.value, total.state) == ((None, "unknown") if state == "unknown" else (first + 235, "recovered"))


def test_a_grouped_whole_total_shows_how_far_the_cut_column_reaches(monkeypatch):
    # the column shows `1,165` and `1,553` whole: past four digits, so `61` (two) ended before the edge: printed
    # 61 where the parts add up to 616, its total is unknown, not 616; `62`, its parts' sum, is a value as printed
    _cut_at(monkeypatch, 9)
    figures = {key: [0, 0, 0, 0, 0, 0, 0] for key, _, _ in ROWS}
    figures.update(new_received=[1163, 0, 2, 0, 0, 0, 1165], granted=[1553, 0, 0, 0, 0, 0, 1553],
                   partially_granted=[62, 0, 0, 0, 0, 0, 62], carried_forward=[614, 0, 2, 0, 0, 0, 61])
    read, codes = _read(lo_layout_text(figures, CUT_NAME_HEADER))
    assert [c.value for c in read["carried_forward"][:6]] == [614, 0, 2, 0, 0, 0]
    assert (read["carried_forward"][6].value, read["carried_forward"][6].state) == (None, "unknown")
    assert (read["partially_granted"][6].value, read["partially_granted"][6].state) == (62, "value")
    assert "total_cut" in codes


def test_rows_whose_blanks_print_nothing_never_read_the_cut_totals_text_as_a_shown_column(monkeypatch):
    # blanks print nothing, the table runs on to a page that repeats no header: a row of five figures and its
    # total's text (`34`) reads as six figures, one a shown column each, wherever the page's other rows set theirs;
    # nothing tells the cut column's text from 其他's figure, so no such row is read (3.17.0 set `34` under 其他)
    _cut_at(monkeypatch, 3)
    figures = {key: [None] * 7 for key, _, _ in ROWS}
    figures.update(new_received=[17, 8, 6, 2, None, 1, 34], carried_over=[None, 2, 1, 8, None, None, 11],
                   granted=[7, 2, 4, 2, None, 1, 16], partially_granted=[1, 8, 2, None, None, None, 11],
                   denied_internal_affairs=[6, None, 1, 8, None, None, 15], unavailable_not_held=[3, None, None, None, None, None, 3],
                   results_total=[17, 10, 7, 10, None, 1, 45])
    text = lo_layout_text(figures, CUT_NAME_HEADER, blank="").replace("5.属于三类内部事务信息", "\f5.属于三类内部事务信息")
    read, _ = _read(text)
    for key, expected in figures.items():
        assert all(c.state == "unknown" or c.value == v for c, v in zip(read[key], expected)), (key, read[key])


def test_a_total_shown_whole_on_a_later_page_shows_how_far_the_cut_column_reaches_on_every_page(monkeypatch):
    # the paper ends at the same place on each page of the table: `102` whole on the second page shows that
    # `24` on the first ended before the edge, so a report printing 24 where the parts add up to 242 is unknown
    _cut_at(monkeypatch, 3)
    figures = {key: [0, 0, 0, 0, 0, 0, 0] for key, _, _ in ROWS}
    figures.update(new_received=[240, 2, 0, 0, 0, 0, 24], granted=[53, 0, 0, 0, 0, 0, 53],
                   unavailable_unclear=[100, 2, 0, 0, 0, 0, 102])
    text = lo_layout_text(figures, CUT_NAME_HEADER).replace("1.本机关不掌握相关", "\f1.本机关不掌握相关")
    read, _ = _read(text)
    assert [c.value for c in read["new_received"][:6]] == [240, 2, 0, 0, 0, 0]
    assert (read["new_received"][6].value, read["new_received"][6].state) == (None, "unknown")
    assert (read["unavailable_unclear"][6].value, read["unavailable_unclear"][6].state) == (102, "recovered")
    assert (read["granted"][6].value, read["granted"][6].state) == (53, "value")


@pytest.mark.parametrize(("total", "read_as"), [(4642466, (None, "unknown")), (464246, (464246, "recovered"))])
def test_a_total_cut_at_a_separator_in_a_row_of_every_cell_leads_its_sum_as_grouped(monkeypatch, total, read_as):
    # blanks print nothing and the header proves no column, but the first row prints all seven: a total cut at a
    # separator, `４，６４２，４` of 4,642,466, has the digits 46424 that lead 464,246 (its parts' sum), but not
    # its separators: no head of it (3.17.0 recovered the sum)
    _cut_at(monkeypatch, 7)
    monkeypatch.setitem(globals(), "TOTAL_AT", 105)
    header = [_line("", ["自然人", "法人或其他组织", "总"], [32, 57, 105]), _line("", ["科研", "社会公", "法律服务"], [57, 69, 81]),
              _line("", ["商业企业", "其他"], [45, 93]), _line("", ["机构", "益组织", "机构"], [57, 69, 81])]
    figures = {key: [None] * 6 + [0] for key, _, _ in ROWS}  # a row of blanks prints its total, 0
    figures.update(new_received=[91483, 24195, 38388, 17612, 201469, 91099, total],
                   granted=[71249, 7097, None, None, 275, None, 78621], partially_granted=[None, None, None, 3, None, None, 3],
                   denied_prohibited_by_law=[None, None, None, 314, None, 2900, 3214],
                   denied_security_stability=[186, None, 1191, None, None, 434, 1811],
                   unavailable_not_held=[20, None, 4, None, 1748, None, 1772], carried_forward=[None, 630, 8698, None, 4, 418, 9750])
    read, codes = _read(lo_layout_text(figures, header, starts=[33, 45, 57, 69, 81, 93], wide=True, blank=""))
    # the header names the cut total (`总`) over the column of the row's seventh figure: its six shown columns are
    # the header's (3.19.0 found the seventh under no header, took none and read the row as seven figures in order);
    # printed 464,246 it is as wide as the page lets a total's text be (7 glyphs), so it may be cut: its parts' sum,
    # recovered (3.19.0: a value)
    assert "columns_cut" in codes
    assert [c.value for c in read["new_received"][:6]] == [91483, 24195, 38388, 17612, 201469, 91099]
    assert (read["new_received"][6].value, read["new_received"][6].state) == read_as


# `总` set right of 其他, over the cut column (LibreOffice centres each header word over its cell)
CUT_NAME_PAST_HEADER = [_line("", ["自然人", "法人或其他组织", "总"], [32, 46, TOTAL_AT]),
                        _line("", ["科研", "社会公", "法律服务"], [46, 50, 54]),
                        _line("", ["商业企业", "其他"], [39, 58]), _line("", ["机构", "益组织", "机构"], [46, 50, 54])]


def test_a_cut_totals_text_under_its_cut_name_past_the_shown_columns_is_no_figure_standing_under_none():
    # blanks print nothing and most rows print their natural-person figure and their total's text only: that text
    # stands under `总`, past 其他, where no shown column's header stands. It is the cut total's, asked of no shown
    # column (3.19.0 found most figures under no header, took the header for none and left the table unknown)
    figures = {key: [None] * 7 for key, _, _ in ROWS}
    figures.update(new_received=[1040, None, None, 3, 15, None, 1058], carried_over=[None, None, None, 2, None, None, 2],
                   granted=[464, None, None, 1, 8, None, 473], denied_state_secret=[3, None, None, None, None, None, 3],
                   denied_third_party_rights=[18, None, None, None, None, None, 18],
                   unavailable_not_held=[229, None, None, None, 3, None, 232],
                   rejected_petition=[47, None, None, None, None, None, 47],
                   results_total=[764, None, None, 1, 11, None, 776], carried_forward=[276, None, None, 4, 4, None, 284])
    read, codes = _read(lo_layout_text(figures, CUT_NAME_PAST_HEADER, blank=""))
    assert "columns_cut" in codes
    for key in ("denied_state_secret", "denied_third_party_rights", "rejected_petition"):
        assert [(c.value, c.state) for c in read[key][:6]] == [(figures[key][0], "value")] + [(None, "blank")] * 5, key
        assert read[key][6].value == figures[key][6], key
    for key, expected in figures.items():  # a cell read is never another's figure
        assert all(c.state == "unknown" or c.value == v for c, v in zip(read[key], expected)), (key, read[key])
