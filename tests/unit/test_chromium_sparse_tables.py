"""Chromium's tables whose blank cells print nothing, through `pdftotext -raw` and `-layout` (issue 14), written by
hand with made-up figures. A row's figures are whole words in order, but which columns they stand in the text does
not say: its total is read where every placing keeping its sum gives it, and the others where the column rules
(APP_OUTCOME_SUM, APP_BALANCE) over the whole table leave one value.

* `-raw`: the joint solve of such a table (a few rows of several placings each) is given room enough to finish;
* `-layout`: Chromium's narrow header packs its words, and pdftotext squeezes each line of CJK words on its own, so
  the pieces of the narrow last column's name (`总` … `计`, each its line's last word) stand at different columns.
  That header names its total, so it is not a header cut at the page's edge: the rows are read as `-raw`'s are.

Never a wrong number: a cell two readings of the table give differently stays unknown."""

from __future__ import annotations

import pytest

from orchestration.parsing.parse import parse_text
from tests.unit.test_layout_raw_wrapped_pieces import raw_text
from tests.unit.test_reader_classes import ROWS, TITLE, applications_of

# 31 3 1 (自然人, 社会公益组织, 其他) and so on: the table adds up, blank cells print nothing; a dozen rows of one
# part and its total, each of six placings, take the joint solve past the 2,000 steps a crawl's table is given
RAW_FIGURES = {
    "new_received": "31 3 1 35", "carried_over": "3 1 4", "granted": "14 2 16", "partially_granted": "3 1 4",
    "denied_third_party_rights": "2 2", "denied_internal_affairs": "1 1", "unavailable_not_held": "5 5",
    "unavailable_needs_creation": "1 1", "unavailable_unclear": "4 4", "rejected_petition": "1 1",
    "rejected_duplicate": "2 2", "other_misc": "1 1", "results_total": "34 3 37", "carried_forward": "2 2",
}
_ = None  # a blank cell
RAW_TRUTH = {
    "new_received": [31, _, _, 3, _, 1, 35], "carried_over": [3, _, _, _, _, 1, 4], "granted": [14, _, _, 2, _, _, 16],
    "partially_granted": [3, _, _, 1, _, _, 4], "denied_third_party_rights": [2, _, _, _, _, _, 2],
    "denied_internal_affairs": [1, _, _, _, _, _, 1], "unavailable_not_held": [5, _, _, _, _, _, 5],
    "unavailable_needs_creation": [1, _, _, _, _, _, 1], "unavailable_unclear": [4, _, _, _, _, _, 4],
    "rejected_petition": [1, _, _, _, _, _, 1], "rejected_duplicate": [2, _, _, _, _, _, 2],
    "other_misc": [1, _, _, _, _, _, 1], "results_total": [34, _, _, 3, _, _, 37], "carried_forward": [_, _, _, _, _, 2, 2],
}


def _values(read: dict, key: str) -> list[tuple[int | None, str]]:
    return [(None if c.value is None else int(c.value), c.state) for c in read[key]]


def _raw() -> str:
    blank = {key: [""] for key, _, _ in ROWS if key not in RAW_FIGURES}
    return raw_text(blank | {key: [figures] for key, figures in RAW_FIGURES.items()}) + "\f"


def _no_cell_wrong(read: dict, truth: dict[str, list[int | None]]) -> None:
    for key, values in truth.items():
        for (value, state), expected in zip(_values(read, key), values, strict=True):
            assert state == "unknown" or value == expected, key


def test_raw_sparse_table_reads_the_totals_and_what_the_whole_tables_rules_leave_one_way():
    read = applications_of(parse_text(_raw(), "raw.txt"))
    for key, figures in RAW_FIGURES.items():
        assert _values(read, key)[-1] == (int(figures.split()[-1]), "recovered"), key
    # 2 2 in 保护第三方合法权益 stands in any one column; every reading of the table keeping the column rules leaves
    # 法律服务机构 and 其他 blank there (其他 pays 结转下年度's 2 from 新收 and 上年结转 alone)
    assert _values(read, "denied_third_party_rights")[4:] == [(None, "blank"), (None, "blank"), (2, "recovered")]
    # where its parts stand is not known: unknown, never a guess
    assert all(state == "unknown" for _, state in _values(read, "new_received")[:6])
    assert all(state == "unknown" for _, state in _values(read, "denied_third_party_rights")[:4])
    _no_cell_wrong(read, RAW_TRUTH)


# Chromium's packed header as `pdftotext -layout` sets it: 总 the first line's last word, 计 the third's
HEADER = """\
三、收到和处理政府信息公开申请情况
                                  申请人情况
（本列数据的勾稽关系为：第一项加第二项之和，等于第三 自然    法人或其他组织      总
         项加第四项之和）             商业 科研 社会公 法律服 其
                            人 企业 机构 益组织 务机构 他 计
"""
# 23 3 1 (自然人, 社会公益组织, 其他) and so on, as above
LAYOUT_FIGURES = {
    "new_received": "23     3       1   27",
    "carried_over": "3              1   4",
    "granted": "14     2           16",
    "partially_granted": "3      1           4",
    "denied_third_party_rights": "2                  2",
    "unavailable_not_held": "5                  5",
    "rejected_duplicate": "2                  2",
    "results_total": "26     3           29",
    "carried_forward": "               2   2",
}
LAYOUT_TRUTH = {
    "new_received": [23, _, _, 3, _, 1, 27], "carried_over": [3, _, _, _, _, 1, 4], "granted": [14, _, _, 2, _, _, 16],
    "partially_granted": [3, _, _, 1, _, _, 4], "denied_third_party_rights": [2, _, _, _, _, _, 2],
    "unavailable_not_held": [5, _, _, _, _, _, 5], "rejected_duplicate": [2, _, _, _, _, _, 2],
    "results_total": [26, _, _, 3, _, _, 29], "carried_forward": [_, _, _, _, _, 2, 2],
}


def _layout(header: str) -> str:
    lines = [(label.ljust(44) + LAYOUT_FIGURES.get(key, "")).rstrip() for key, label, _ in ROWS]
    return TITLE + header + "\n".join(lines) + "\n\n四、政府信息公开行政复议、行政诉讼情况\n\f"


def test_layout_header_naming_its_total_a_character_a_line_reads_the_rows_totals():
    read = applications_of(parse_text(_layout(HEADER), "layout.txt"))
    for key, figures in LAYOUT_FIGURES.items():
        assert _values(read, key)[-1] == (int(figures.split()[-1]), "recovered"), key
    assert all(state == "unknown" for _, state in _values(read, "new_received")[:6])
    _no_cell_wrong(read, LAYOUT_TRUTH)


def test_layout_header_showing_the_total_cut_short_leaves_the_rows_unknown():
    # `总` with no `计` after it: the total's name cut at the page's edge, its column too; a row's last figure may be
    # a shown column's, not its total
    cut = HEADER.replace(" 他 计\n", " 他\n")
    assert cut != HEADER
    read = applications_of(parse_text(_layout(cut), "layout.txt"))
    for key in LAYOUT_FIGURES:
        assert all(state == "unknown" for _, state in _values(read, key)), key


# The same sparse table with Chromium's seven count columns narrower than a two-digit full-width figure: each such
# figure wraps a digit a line in its cell, and `-raw` writes the cells in turn (26 as `２` / `６`, then the one-line
# cells 1 and 1 on a line of their own, then 28 as `２` / `８`). 26 1 1 (自然人, 社会公益组织, 其他) and so on.
STACKED_LINES = {
    "new_received": ["", "２", "６", "１ １", "２", "８"], "carried_over": ["１ １ ２"],
    "granted": ["", "１", "９", "１", "９"], "partially_granted": ["１ １"], "unavailable_needs_creation": ["３ ３"],
    "rejected_duplicate": ["１ １"], "results_total": ["", "２", "４", "２", "４"], "carried_forward": ["３ １ ２ ６"],
}
STACKED_TRUTH = {
    "new_received": [26, _, _, 1, _, 1, 28], "carried_over": [1, _, _, _, _, 1, 2], "granted": [19, _, _, _, _, _, 19],
    "partially_granted": [1, _, _, _, _, _, 1], "unavailable_needs_creation": [3, _, _, _, _, _, 3],
    "rejected_duplicate": [1, _, _, _, _, _, 1], "results_total": [24, _, _, _, _, _, 24],
    "carried_forward": [3, _, _, 1, _, 2, 6],
}


def _stacked_raw() -> str:
    blank = {key: [""] for key, _, _ in ROWS if key not in STACKED_LINES}
    return raw_text(blank | STACKED_LINES) + "\f"


def test_raw_digits_stacked_in_narrow_columns_read_the_totals_and_the_rows_printing_nothing_blank():
    read = applications_of(parse_text(_stacked_raw(), "raw.txt"))
    # the digits joined the one way each row's sum allows (２ / ８ is 28, never 2 and 8): recovered, not read
    for key, values in STACKED_TRUTH.items():
        assert _values(read, key)[-1] == (values[-1], "recovered"), key
    # a label followed by the next label: in the content stream's order its row printed nothing, so every cell is
    # blank (the stacked digits of the rows round it are those rows' cells, not figures apart from their labels)
    for key, _label, _heading in ROWS:
        if key not in STACKED_LINES and key in read:
            assert _values(read, key) == [(None, "blank")] * 7, key
    # which columns the parts stand in, no sum says (any columns keep every rule alike): unknown, never a guess
    assert all(state == "unknown" for _, state in _values(read, "new_received")[:3])
    _no_cell_wrong(read, STACKED_TRUTH)


@pytest.mark.parametrize("printed, shown", [
    # figures after a group's heading (`三、本年度办理结果`), which names no row: no row's lines reach them, so the
    # text is not known to follow the content stream's order (figures may stand apart from their labels)
    ("三、本年度办理结果\n", "三、本年度办理结果\n５ ５\n"),
    # plain `pdftotext` parts its blocks by empty lines (a block of labels, then blocks of figures apart from
    # them): a row one space apart on its label's line there is no proof of the content stream's order
    ("\n（一）予以公开", "\n\n（一）予以公开"),
])
def test_raw_like_text_not_known_in_stream_order_leaves_the_labels_printing_nothing_unknown(printed, shown):
    text = _stacked_raw().replace(printed, shown)
    assert text != _stacked_raw()
    read = applications_of(parse_text(text, "raw.txt"))
    # a label alone proves nothing blank there
    assert all(state == "unknown" for _, state in _values(read, "denied_state_secret")), read["denied_state_secret"]
    _no_cell_wrong(read, STACKED_TRUTH)


def test_raw_table_4_header_broken_over_a_page_and_no_figure_is_blank():
    # `-raw` of a table 4 printing nothing in any cell, a page breaking its header (`\f结果维`): the page's first
    # line, opening no other page, is the header going on, not a running header; with it the header is whole and
    # no figure follows: every cell blank
    from tests.unit.test_layout_raw_classes import REVIEW_HEADER

    header = list(REVIEW_HEADER)
    header[2] = "\f" + header[2]
    table_3 = _stacked_raw().rstrip("\n\f").split("\n")[:-1]
    text = "\n".join([*table_3, *header, "五、存在的主要问题及改进情况", "无。"]) + "\n"
    reviews = [cell for cell in parse_text(text, "raw.txt").cells if cell.table == "reviews"]
    assert len(reviews) == 15 and {cell.state for cell in reviews} == {"blank"}, reviews
    # the same line opening two pages (a running header's): left out, the header not whole, nothing read blank
    text = text.replace("\n五、存在的主要问题", "\n\f结果维\n五、存在的主要问题")
    reviews = [cell for cell in parse_text(text, "raw.txt").cells if cell.table == "reviews"]
    assert "blank" not in {cell.state for cell in reviews}, reviews


# The header as Chromium wraps it in the same narrow columns: 自然人, 其他 and 总计 a glyph a line (each narrower than
# two glyphs, so a two-digit figure there stacks), the other names two glyphs or more a line (wide enough for one)
NARROW_HEADER = ["三、收到和处理政府信息公开申请的情况", "申请人情况", "自", "然", "人", "法人或其他组织 总", "计",
                 "商业", "企业", "科研", "机构", "社会公", "益组织", "法律服", "务机构", "其", "他"]


def _stacked_raw_under(header: list[str]) -> str:
    from tests.unit.test_layout_raw_classes import RAW_HEADER

    text = _stacked_raw()
    assert "\n".join(RAW_HEADER) in text
    return text.replace("\n".join(RAW_HEADER), "\n".join(header))


def test_raw_figure_stacked_a_glyph_a_line_stands_in_a_column_the_header_shows_narrow():
    read = applications_of(parse_text(_stacked_raw_under(NARROW_HEADER), "raw.txt"))
    # ２ / ６ is one figure only in a column a glyph wide: 自然人 or 其他, and 其他 leaves no column for the two 1s
    # before 总计; ２ / ４ of （七）总计 the same, and so 19 of 予以公开 (their other cells blank: the row's sum)
    assert _values(read, "new_received")[0] == (26, "recovered")
    assert _values(read, "granted") == [(19, "recovered"), *[(None, "blank")] * 5, (19, "recovered")]
    assert _values(read, "results_total")[0] == (24, "recovered")
    # the one-line 1s of 新收 stand in any of the wide columns or 其他: unknown, never a guess
    assert all(state == "unknown" for _, state in _values(read, "new_received")[1:6])
    _no_cell_wrong(read, STACKED_TRUTH)


def test_raw_header_refuted_by_a_row_leaves_the_widths_unused():
    # 总计 two glyphs a line: a wide column, yet ２ / ８ can only be 新收's total (its sum): the header's type is not
    # the figures' (set smaller), so it proves no width, and 26 stands in any column as before
    header = [line for line in NARROW_HEADER if line != "计"]
    header[header.index("法人或其他组织 总")] = "法人或其他组织 总计"
    read = applications_of(parse_text(_stacked_raw_under(header), "raw.txt"))
    assert _values(read, "new_received")[-1] == (28, "recovered")
    assert all(state == "unknown" for _, state in _values(read, "new_received")[:6])
    # read as under a header proving nothing of the widths (`自然` / `人`: 自然人 shown wide too)
    as_before = applications_of(parse_text(_stacked_raw(), "raw.txt"))
    assert {key: _values(read, key) for key in read} == {key: _values(as_before, key) for key in as_before}
    _no_cell_wrong(read, STACKED_TRUTH)


@pytest.mark.parametrize("header, narrow", [
    (NARROW_HEADER, {0, 5, 6}),
    # 商业企业 not shown (a header cut, or set otherwise): no column's width is proven
    ([line for line in NARROW_HEADER if line not in ("商业", "企业")], None),
    # `其他` inside the organisations' heading names no column: 其/他 apart a line each still does
    (["法人或其他组织", *NARROW_HEADER[2:]], {0, 5, 6}),
])
def test_narrow_columns_are_those_the_header_names_a_glyph_a_line(header, narrow):
    from orchestration.parsing.narrow_columns import narrow_applicant_columns
    from orchestration.parsing.rows import RawCell, Row

    rows = [Row([RawCell(text, line)]) for line, text in enumerate(header)]
    assert narrow_applicant_columns(rows) == (None if narrow is None else frozenset(narrow))
