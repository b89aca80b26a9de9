"""`pdftotext -layout` of Chromium's sparse table 3 (issue 14, layout41), made-up figures: blank cells print nothing,
the legal-person columns are mostly empty, and a figure too wide for the narrow 自然人 or 总计 column is stacked a
glyph a line round its row's line (`１` above, `３` below, for 13). Under Chromium's packed header only `自` (自然人,
one glyph wide) proves a column's place; a figure a glyph or so off the other header words proves none.

* a row printing one figure and its total (`２ … ２`) is read in 自然人 where the figure stands under `自`;
* elsewhere its applicant cells stay unknown (its total is read): the column rules may place it only from rows
  read as proven, never from a stacked row's digits taken for its cells before the row was found stacked (13 read
  as its `１`, which would put the figure in 自然人 by APP_BALANCE)."""

from __future__ import annotations

from orchestration.parsing.parse import parse_text
from tests.unit.test_reader_classes import ROWS, TITLE, applications_of

HEADER = ["三、收到和处理政府信息公开申请情况",
          "                                    申请人情况",
          "                               自     法人或其他组织",
          "                               然 商业 科研 社会公 法律服 其 总",
          "                               人 企业 机构 益组织 务机构 他 计"]
# where each column's one-glyph figures stand (自然人 under `自`; the others a glyph or so off their header words),
# and where a stacked figure's glyphs stand in the two narrow columns
PLACES = [31, 35, 38, 41, 43, 46, 50]
STACKED_AT = {0: 31, 6: 49}
WIDE = str.maketrans("0123456789", "０１２３４５６７８９")
_ = None  # a blank cell: printed as nothing

# the table adds up: 13 + 0 = 13 + 0 (自然人), 0 + 2 = 1 + 1 (社会公益组织); the outcome rows sum to （七）总计
UNPROVEN = {"new_received": [13, _, _, _, _, _, 13], "carried_over": [_, _, _, 2, _, _, 2],
            "granted": [1, _, _, _, _, _, 1], "denied_enforcement_files": [2, _, _, _, _, _, 2],
            "other_no_fee_paid": [1, _, _, 1, _, _, 2], "other_misc": [9, _, _, _, _, _, 9],
            "results_total": [13, _, _, 1, _, _, 14], "carried_forward": [_, _, _, 1, _, _, 1]}
# a table whose carried-over figure stands under `自` (no stacked glyph on the lines round it): 9 + 2 = 10 + 1
PROVEN = {"new_received": [9, _, _, _, _, _, 9], "carried_over": [2, _, _, _, _, _, 2],
          "granted": [1, _, _, _, _, _, 1], "denied_enforcement_files": [2, _, _, _, _, _, 2],
          "other_no_fee_paid": [2, _, _, _, _, _, 2], "other_misc": [5, _, _, _, _, _, 5],
          "results_total": [10, _, _, _, _, _, 10], "carried_forward": [1, _, _, _, _, _, 1]}


def _layout_text(figures: dict[str, list[int | None]]) -> str:
    """Each row as `-layout` sets it: a narrow column's figure of two glyphs stacked, one glyph on the line above the
    row's and one below (nothing of it on the row's line); the other figures whole on the row's line."""
    lines = list(HEADER)
    for key, label, heading in ROWS:
        if heading:
            lines.append("    " + heading)
        above, own, below = "", ("      " + label[:18]), ""
        for column, value in enumerate(figures.get(key, [_] * 7)):
            if value is None:
                continue
            text = str(value).translate(WIDE)
            if len(text) == 2 and column in STACKED_AT:
                above, below = above.ljust(STACKED_AT[column]) + text[0], below.ljust(STACKED_AT[column]) + text[1]
            else:
                own = own.ljust(PLACES[column]) + text if len(own) < PLACES[column] else own + " " + text
        lines += [line for line in (above, own, below) if line]
        if label[18:]:
            lines.append("      " + label[18:])
    return TITLE + "\n".join([*lines, "", "四、政府信息公开行政复议、行政诉讼情况", "", "五、存在的主要问题及改进情况",
                              "无。"]) + "\n\f"


def _read(figures: dict[str, list[int | None]]) -> dict[str, list[tuple[int | None, str]]]:
    read = applications_of(parse_text(_layout_text(figures), "x_chromium_pdftotext.txt"))
    return {key: [(None if c.value is None else int(c.value), c.state) for c in cells] for key, cells in read.items()}


def _never_wrong(read: dict, truth: dict) -> None:
    for key, cells in read.items():
        expected = truth.get(key, [_] * 7)
        for (value, state), want in zip(cells, expected, strict=True):
            assert state == "unknown" or value == want, (key, value, state, want)


def test_a_figure_under_no_header_word_stays_unknown_beside_stacked_rows():
    read = _read(UNPROVEN)
    _never_wrong(read, UNPROVEN)
    # `２ … ２`, its figure at 社会公's last glyph: any empty column's; the stacked 13s (new_received, results_total)
    # are not read, so they prove no column of it by APP_BALANCE
    assert all(state == "unknown" for _, state in read["carried_over"][:6])
    assert read["new_received"][0] == (None, "unknown")


def test_a_figure_under_the_natural_person_header_word_is_read():
    read = _read(PROVEN)
    _never_wrong(read, PROVEN)
    # `２ … ２` with its figure under `自`: 自然人 2, its total 2, so every other applicant cell blank
    assert read["carried_over"][0][0] == 2 and read["carried_over"][0][1] in ("value", "recovered")
    assert read["carried_over"][6][0] == 2
    assert all(cell == (None, "blank") for cell in read["carried_over"][1:6])
    assert read["granted"][0][0] == 1
