"""`pdftotext -layout` of Chromium's narrow table 3 whose column names wrap in their cells (`自然` / `人`, `商业` /
`企业`) and which poppler packs into one block, its words set one space after the glyphs before them: the figure
lines, blocks of their own, stand a few glyphs off those header lines (poppler sets each block by its own column
arithmetic), so a figure set under `自然` on the page may land under `企业` in the text. A column known only by a
later piece of its name opening a line of that block (`企业`, its `商业` packed after `人`) is then no proof for a
figure standing under it unless every drift of up to three glyphs keeps it there: where the rules leave several
columns the cells are `unknown`, never read under the word the figure drifted to.

Made-up figures, in the shape of narrow_head_a (a form feed before the table's page)."""

from __future__ import annotations

from pathlib import Path

from orchestration.parsing.parse import parse_file, parse_text
from tests.unit.test_layout_block_starts import layout_text
from tests.unit.test_reader_classes import applications_of

# the names wrapped and packed: `自然` opens the block at glyph 28, right after the first column's note, and
# `人 商业 科研 …` are set one space apart below it
PACKED_WRAPPED = [" " * 36 + "申请人情况",
                  "（本列数据的勾稽关系为：第一项加第二项之和，等于第三项 自然     法人或其他组织",
                  " " * 10 + "加第四项之和）            人 商业 科研 社会公 法律服 其 总",
                  " " * 31 + "企业 机构 益组织 务机构 他 计"]

# each row's natural persons' figure drifted three or four glyphs right of `自然`, onto `商业` (glyph 31 or 32), a
# social welfare organisation's under `社会公` or two glyphs right of it, the totals under `总`; no row fills every
# column (the table keeps every rule)
DRIFTED = {"new_received": [(31, 42), (37, 2), (46, 44)],
           "granted": [(32, 22), (47, 22)],
           "denied_third_party_rights": [(32, 2), (47, 2)],
           "unavailable_not_held": [(32, 6), (47, 6)],
           "rejected_petition": [(32, 4), (47, 4)],
           "results_total": [(32, 34), (47, 34)],
           "carried_forward": [(31, 8), (39, 2), (47, 10)]}
COLUMN_AT = {31: 0, 32: 0, 37: 3, 39: 3, 46: 6, 47: 6}


def printed(figures: list[tuple[int, int]]) -> list[int | None]:
    cells: list[int | None] = [None] * 7
    for start, value in figures:
        cells[COLUMN_AT[start]] = value
    return cells


def test_a_figure_drifted_onto_the_next_narrow_columns_word_is_never_read_there():
    read = applications_of(parse_text(layout_text(PACKED_WRAPPED, DRIFTED), "narrow_head.txt"))
    for key, figures in DRIFTED.items():
        expected = printed(figures)
        # each cell the printed one or unknown: none of the 自然人 figures read as 商业企业's
        for cell, value in zip(read[key], expected, strict=True):
            assert cell.state == "unknown" or (None if cell.state == "blank" else cell.value) == value, (key, cell)
        assert read[key][1].state == "unknown" or read[key][1].value is None, key
    # the new rows' 42 may be 自然人's or 商业企业's: the text does not tell, and neither is read
    assert read["new_received"][0].state == read["new_received"][1].state == "unknown"
    assert (read["new_received"][6].value, read["new_received"][6].state) == (44, "recovered")


# the same page with two rows printing every column (carried over and forward, read in order): where they set
# each column's figures, and the column rules, tell the drifted rows' columns
FULL_ROWS = {"new_received": [(31, 42), (37, 2), (48, 44)],
             "carried_over": [(31, 1), (34, 1), (37, 1), (41, 1), (44, 1), (46, 1), (48, 6)],
             "granted": [(31, 22), (48, 22)],
             "denied_third_party_rights": [(31, 2), (48, 2)],
             "unavailable_not_held": [(31, 6), (48, 6)],
             "rejected_petition": [(31, 4), (48, 4)],
             "results_total": [(31, 34), (48, 34)],
             "carried_forward": [(31, 9), (34, 1), (37, 3), (41, 1), (44, 1), (46, 1), (48, 16)]}
FULL_COLUMN_AT = {31: 0, 34: 1, 37: 2, 41: 3, 44: 4, 46: 5, 48: 6}


def test_full_rows_and_the_column_rules_still_place_the_drifted_figures():
    read = applications_of(parse_text(layout_text(PACKED_WRAPPED, FULL_ROWS), "narrow_head_full.txt"))
    for key, figures in FULL_ROWS.items():
        expected: list[int | None] = [None] * 7
        for start, value in figures:
            expected[FULL_COLUMN_AT[start]] = value
        assert [None if c.state == "blank" else c.value for c in read[key]] == expected, key
        assert all(c.state != "unknown" for c in read[key]), key
    assert [c.state for c in read["new_received"]][:3] == ["recovered", "blank", "recovered"]


REAL = Path(__file__).resolve().parents[1] / "fixtures" / "real"


def test_wrapped_names_standing_apart_or_whole_names_packed_still_place_their_figures():
    # 沭阳县发改局 2023: `人    商业   科研   社 会` (each piece its own block, three glyphs apart or more), the figures
    # under `自然`; 上海 2019: `商业企业 科研机构 社会公益组织 …` packed, but whole: each word over its column
    apart = applications_of(parse_file(REAL / "96_shuyang_ndrc_2023_pdftotext.txt"))["new_received"]
    assert [(c.value, c.state) for c in apart] == [(26, "value"), *[(None, "blank")] * 5, (26, "value")]
    packed = applications_of(parse_file(REAL / "07_shanghai_office_2019_pdftotext.txt"))["new_received"]
    assert [c.value for c in packed] == [821, 35, None, None, 2, 1, 859]
    assert all(c.state in ("value", "blank") for c in packed)
