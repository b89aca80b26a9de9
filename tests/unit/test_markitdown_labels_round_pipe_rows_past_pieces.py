"""markitdown's markdown of Chromium's PDF printing full-width digits: a row's label wrapped round its one-line cells
(its first line above the pipe row, its rest below it) stands next to the lines of a figure Chromium wrapped round
another row's line. Two shapes: the wrapped figure's last pieces are the pipe row right above the label's first line
(`| ０ | | | ２ |`, a line of figures no label owns), or its first piece is a line of its own right after the label's
last line, which took it for its one cell (`行政查询事项` / `１`). The pipe row inside the label is the row's cells
either way (no other row's cell lies between two lines of one label); where another label might own the line of
figures, or the lines do not spell the row's label, its cells stay unknown."""

from __future__ import annotations

from decimal import Decimal

from tests.unit.test_markitdown_pieces_in_shared_cells import LABELS, table_3

TOTALS = "| {} | | | | ２１ ３ | ０ ０ | ０ | ０ ２４ |"
RULE = "| " + " | ".join(["---"] * 8) + " |"  # markitdown opens a table at each line after a plain one
# 予以公开 10 and 12 wrapped round its line, their pieces in the pipe cells it shares with 商业企业 2 and 其他 0
GRANTED = ["", "| | | | | １ | | | １ |", RULE, f"| {LABELS['granted']} | | | | ２ | ０ ０ | ０ | ０ |", "| | | | | ０ | | | ２ |"]
PARTIAL = ["（二）部分公开（区分处理的，只计这一情形，", "| | | | | １ ０ | ０ ０ | ０ | ０ １ |", RULE, "不计其他情形）"]
# 8.属于行政查询事项 wrapped round its cells; its last line takes the first piece of 本机关不掌握's 10 (`１` / `０`)
QUERY = ["8.属于", "| | | | | １ ０ | ０ ０ | ０ | ０ １ |", RULE, "行政查询事项", "１"]
NOT_HELD = [f"| {LABELS['unavailable_not_held']} | | | | ９ １ | ０ ０ | ０ | ０ |", RULE, "０"]


def applications(lines: dict[str, list[str]], totals: str = TOTALS) -> dict[str, list[tuple[object, str]]]:
    """Table 3's cells by row, its first row and its total printing `totals`, the rest zeros but `lines`."""
    from orchestration.parsing.parse import parse_text
    parsed = parse_text(table_3({"new_received": [totals.format(LABELS["new_received"])],
                                 "results_total": [totals.format(LABELS["results_total"])], **lines}), "t.md")
    read: dict[str, list[tuple[object, str]]] = {}
    for cell in parsed.cells:
        if cell.table == "applications":
            read.setdefault(cell.row, []).append((cell.value, cell.state))
    return read


def values(read: list[tuple[object, str]]) -> list[object]:
    return [value for value, _ in read]


ONE = (1, 0, 0, 0, 0, 0, 1)


def read_whole(read: list[tuple[object, str]], figures: tuple[int, ...]) -> bool:
    """Whether the row's cells are `figures`, every one known."""
    return values(read) == [Decimal(v) for v in figures] and "unknown" not in {state for _, state in read}


def wrapped_rows(**lines: list[str]) -> dict[str, list[tuple[object, str]]]:
    """Table 3 with 予以公开, 部分公开, 8.属于行政查询事项 and 本机关不掌握 printed as above, but `lines`."""
    return applications({"granted": GRANTED, "partially_granted": PARTIAL, "denied_administrative_query": QUERY,
                         "unavailable_not_held": NOT_HELD, **lines})


def test_a_label_wrapped_round_its_pipe_row_under_another_row_s_wrapped_pieces_reads_that_row():
    read = wrapped_rows()
    assert read_whole(read["partially_granted"], ONE)
    # its parts beside pieces no row joined (stack40): read, or unknown, never another figure
    assert all(cell[1] == "unknown" or cell[0] == Decimal(v)
               for cell, v in zip(read["granted"], (10, 2, 0, 0, 0, 0, 12), strict=True))
    assert (read["granted"][0][0], read["granted"][6][0]) == (Decimal(10), Decimal(12))


def test_a_line_of_figures_no_wrapped_figure_explains_leaves_the_label_wrapped_beside_it_unknown():
    # the line right above the label's first line is no wrapped figure's last pieces (none above the row before):
    # it may be this label's figures as much as the line inside it
    granted = [f"| {LABELS['granted']} | | | | １０ ２ | ０ ０ | ０ | ０ １２ |", "| | | | | ０ | | | ２ |"]
    read = wrapped_rows(granted=granted)
    assert {state for _, state in read["partially_granted"]} == {"unknown"}


def test_a_label_wrapped_round_its_pipe_row_whose_last_line_took_the_next_row_s_piece_reads_that_row():
    assert read_whole(wrapped_rows()["denied_administrative_query"], ONE)
    assert values(wrapped_rows()["unavailable_not_held"]) == [Decimal(v) for v in (9, 1, 0, 0, 0, 0, 10)]


def test_a_label_whole_after_a_pipe_row_with_no_line_of_it_above_is_not_given_that_row():
    # `8.属于行政查询事项` whole below the pipe row: nothing says the pipe row is inside its label (it may be another
    # row's figures apart), so the row whose line took the piece stays unknown
    query = ["| | | | | １ ０ | ０ ０ | ０ | ０ １ |", RULE, "8.属于行政查询事项", "１"]
    read = wrapped_rows(denied_administrative_query=query)
    assert {state for _, state in read["denied_administrative_query"]} == {"unknown"}


# 1.本机关不掌握相关政府信息 wrapped round its figures from its own line down, its total 15 a piece on each line of its
# label (`１` / `５`), a margin heading's rest (`理结果`) between; the two rows after it each wrapped round their own
NOT_HELD_WRAPPED = ["| 三、本年度办 | | 1.本机关不掌握相关政府 | | | | | １ |", "| | | | | １２ ０ | ３ ０ | ０ | ０ |", "理结果",
                    "| | | 信息 | | | | | ５ |", RULE]
NEEDS_CREATION = ["| | （四）无法提 | 2.没有现成信息需要另行 | | | | | |", "| | | | | ４ ０ | ０ ０ | ０ | ０ ４ |",
                  "| | 供 | 制作 | | | | | |"]
UNCLEAR = ["3.补正后申请内容仍不明", "| | | | | ０ ０ | １ ０ | ０ | ０ １ |", RULE, "确"]
SUMS = "| {} | | | | １６ ０ | ４ ０ | ０ | ０ ２０ |"


def wrapped_from_the_anchor(not_held: list[str]) -> dict[str, list[tuple[object, str]]]:
    return applications({"unavailable_not_held": not_held, "unavailable_needs_creation": NEEDS_CREATION,
                         "unavailable_unclear": UNCLEAR}, SUMS)


def test_rows_wrapped_round_their_figures_after_an_anchor_wrapped_round_its_own_read_their_rows():
    read = wrapped_from_the_anchor(NOT_HELD_WRAPPED)
    assert read_whole(read["unavailable_needs_creation"], (4, 0, 0, 0, 0, 0, 4))
    assert read_whole(read["unavailable_unclear"], (0, 0, 1, 0, 0, 0, 1))
    truth = [Decimal(v) for v in (12, 0, 3, 0, 0, 0, 15)]
    assert all(value in (None, right) for value, right in zip(values(read["unavailable_not_held"]), truth))


def test_a_line_of_figures_after_the_anchor_that_no_line_of_its_label_closes_leaves_the_rows_after_it_unknown():
    # the line of `５` holds no rest of the anchor's label: nothing says it lies inside that label, so it may be
    # the figures of a label below as much as the lines inside those labels
    not_held = [*NOT_HELD_WRAPPED[:3], "| | | | | | | | ５ |", RULE]
    read = wrapped_from_the_anchor(not_held)
    assert {state for _, state in read["unavailable_needs_creation"]} == {"unknown"}
