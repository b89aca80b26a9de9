"""`pdftotext -layout` of Chromium's table 3 with narrow count columns (issue 14, round 29): the header's words
wrapped a character or two a line down their columns (`自` / `然` / `人`), and wide figures of two digits wrapped a
digit a line round their row's line (`３` above `一、本年新收…`, `５` below it, for 35). In 3.27 a row printing no
figure was unknown wherever a line of stacked pieces stood in the table, even far from it. Written by hand with
made-up figures."""

from __future__ import annotations

from orchestration.parsing.parse import parse_text
from tests.unit.test_reader_classes import ROWS, TITLE, applications_of

WIDE_HEADER = """三、收到和处理政府信息公开申请情况
                                    申请人情况
                               自     法人或其他组织
                               然 商业 科研 社会公 法律服 其 总
                               人 企业 机构 益组织 务机构 他 计
"""
NATURAL, SOCIAL, OTHER, TOTAL = 30, 38, 46, 48  # the glyph columns Chromium's page sets the figures in


def at(figures: dict[int, str], label: str = "") -> str:
    """A line of the label, then each figure in its glyph column."""
    line = label
    for column, figure in sorted(figures.items()):
        line += " " * max(1, column - len(line)) + figure
    return line


# key → (its line's figures, the tens stacked above it, the units below): 35 + 2 = 31 + 4 + 2 (+ 0 carried forward)
STACKED_TABLE = {
    "new_received": ({SOCIAL: "１", OTHER: "１"}, {NATURAL: "３", TOTAL: "３"}, {NATURAL: "５", TOTAL: "７"}),
    "carried_over": ({NATURAL: "２", TOTAL: "２"}, {}, {}),
    "granted": ({}, {NATURAL: "３", TOTAL: "３"}, {NATURAL: "１", TOTAL: "１"}),
    "rejected_duplicate": ({NATURAL: "２", TOTAL: "２"}, {}, {}),
    "results_total": ({}, {NATURAL: "３", TOTAL: "３"}, {NATURAL: "７", TOTAL: "７"}),
    "carried_forward": ({SOCIAL: "１", OTHER: "１", TOTAL: "２"}, {}, {}),
}


def stacked_table(table: dict | None = None) -> str:
    """The table of `table` (key → its line's figures, stacked above, stacked below; STACKED_TABLE by default)."""
    lines = []
    for key, label, _ in ROWS:
        own, above, below = (STACKED_TABLE if table is None else table).get(key, ({}, {}, {}))
        if key == "partially_granted":  # its label wrapped over two lines, its one-digit figures between them
            lines += ["      （二）部分公开（区分处理的，只计这一情形，不", at({NATURAL + 1: "４", TOTAL + 2: "４"}),
                      "      计其他情形）"]
            continue
        if above:
            lines.append(at(above))
        lines.append(at(own, label if label.startswith(("一", "二", "四")) else "      " + label))
        if below:
            lines.append(at(below))
    return TITLE + WIDE_HEADER + "\n".join(lines) + "\n\n四、政府信息公开行政复议、行政诉讼情况\n"


def read(text: str) -> dict[str, list[tuple[int | None, str]]]:
    found = applications_of(parse_text(text, "layout.txt"))
    return {key: [(None if c.value is None else int(c.value), c.state) for c in cells] for key, cells in found.items()}


def test_rows_printing_no_figure_away_from_the_stacked_pieces_are_blank():
    cells = read(stacked_table())
    for key in ("denied_state_secret", "denied_administrative_query", "unavailable_unclear", "rejected_petition",
                "rejected_confirmation", "other_no_correction"):
        assert cells[key] == [(None, "blank")] * 7, (key, cells[key])


def test_a_row_printing_no_figure_right_above_stacked_pieces_is_not_known_blank():
    # `3.其他` / `３ ３` / `（七）总计` / `７ ７`: the tens may be 3.其他's own figures, centred round its line
    cells = read(stacked_table())
    assert all(state == "unknown" for _, state in cells["other_misc"]), cells["other_misc"]

