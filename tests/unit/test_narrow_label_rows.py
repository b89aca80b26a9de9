"""markitdown's markdown of LibreOffice's PDF of a DOCX report whose table 3 LibreOffice fitted to the page: the label
columns wrap two characters a line and pdfminer writes each text line across the table as one plain line (the group
headings' pieces, then the row's own piece, then the figures on that line; a blank cell prints nothing). A row is
read where the lines' last pieces spell the template's labels one way only, its figures on its first line; the
column rules then place figures a merged pipe cell or a plain line leaves unplaced, where only one way keeps them."""

from __future__ import annotations

import random

from orchestration.parsing.narrow_label_rows import (
    _segmentations,
    anywhere_then_the_total,
    figures_after_the_label,
)
from orchestration.parsing.rows import RawCell, Row
from tests.unit.test_converted_markdown import HEADER, cells, report
from tests.unit.test_markitdown_merged_header_cells import NARROW_HEADER, RULE_8
from tests.unit.test_reader_classes import ROWS as TEMPLATE_ROWS

# the sub-rows printed as plain lines, each label two characters a line after its numbering's first one
SUB_ROWS = TEMPLATE_ROWS[[key for key, *_ in TEMPLATE_ROWS].index("denied_state_secret") : -2]


def _two_a_line(text: str, numbered: bool) -> list[str]:
    head = 3 if numbered else 2  # `1.属` / `于国` / …, `（三` / `）不` / …
    return [text[:head], *(text[at : at + 2] for at in range(head, len(text), 2))]


def narrow_lines(figures: dict[str, str], drop: str | None = None, labels: dict[str, str] | None = None) -> list[str]:
    """The plain lines of the sub-rows, each row's figures on its first line; `drop`: a piece left out; `labels`:
    rows' labels as printed instead of the template's (abbreviated, unnumbered, misprinted)."""
    lines = []
    for key, label, heading in SUB_ROWS:
        label = (labels or {}).get(key, label)
        pieces = _two_a_line(label, label[0].isdigit())
        group = _two_a_line(heading, False) if heading else []
        for at, piece in enumerate(pieces):
            words = [*([group[at]] if at < len(group) else []), piece]
            if at == 0 and key in figures:
                words.append(figures[key])
            if piece != drop:
                lines.append(" ".join(words))
    return lines


def narrow_report(rows: dict[str, str], figures: dict[str, str], totals: tuple[str, str], drop: str | None = None,
                  labels: dict[str, str] | None = None) -> str:
    """A report whose table 3 is LibreOffice's narrow DOCX table as markitdown writes it: the pipe rows of `rows`
    (new_received, carried_over, granted, partially_granted) under the merged header, then the plain lines."""
    table = {
        "new_received": [rows["new_received"], "公开申请数量"],
        "carried_over": [rows["carried_over"], "公开申请数量"],
        "granted": [rows["granted"], "本年 开"],
        "partially_granted": [rows["partially_granted"], "理结 开"],
        "denied_state_secret": narrow_lines(figures, drop, labels),
        "results_total": [f"（七）总计 {totals[0]}"],
        "carried_forward": [f"四、结转下年度继续办 {totals[1]}", "理"],
    }
    table |= {key: [] for key, *_ in SUB_ROWS[1:]}
    text = report(table)
    return text.replace(f"{HEADER}\n{RULE_8}", "\n".join(NARROW_HEADER))


ROWS = {
    "new_received": "| 一、本年新收政府信息 | 20 |  |  |  | 20 |",
    "carried_over": "| 二、上年结转政府信息 | 1 |  |  |  | 1 |",
    "granted": "| 三、 （一）予以公 | 10 |  |  |  | 10 |",
    "partially_granted": "| 度办 （二）部分公 | 2 |  |  |  | 2 |",
}
FIGURES = {"unavailable_not_held": "5 5", "rejected_duplicate": "3 3"}


def test_rows_spelled_from_their_pieces_read_their_figures_and_blanks():
    text = narrow_report(ROWS, FIGURES, ("20 20", "1 1"))
    assert [s for _, s in cells(text, "applications", "denied_state_secret")] == ["blank"] * 7
    assert [s for _, s in cells(text, "applications", "other_no_fee_paid")] == ["blank"] * 7
    # `5 5` on the row's first line: its total, and 自然人 the one column APP_BALANCE leaves it (no other column
    # receives or carries any request)
    assert [v for v, _ in cells(text, "applications", "unavailable_not_held")] == [5, None, None, None, None, None, 5]
    assert [v for v, _ in cells(text, "applications", "rejected_duplicate")] == [3, None, None, None, None, None, 3]
    assert [v for v, _ in cells(text, "applications", "results_total")] == [20, None, None, None, None, None, 20]


def test_a_piece_lost_inside_a_label_reads_as_the_label_abbreviated():
    # `1.属` / `于国` / `密`: a row's figures stand on its first line, so the piece lost held none; the label
    # still names its row, nearest of all
    text = narrow_report(ROWS, FIGURES, ("20 20", "1 1"), drop="家秘")
    for key in ("denied_state_secret", "denied_prohibited_by_law", "rejected_publication"):
        assert [s for _, s in cells(text, "applications", key)] == ["blank"] * 7
    assert [v for v, _ in cells(text, "applications", "unavailable_not_held")] == [5, None, None, None, None, None, 5]


def test_a_label_naming_no_row_leaves_the_run_unread():
    text = narrow_report(ROWS, FIGURES, ("20 20", "1 1"), labels={"denied_security_stability": "3.另有说明"})
    for key in ("denied_state_secret", "denied_prohibited_by_law", "denied_security_stability"):
        assert {s for _, s in cells(text, "applications", key)} == {"unknown"}


# labels as reports print them: a word left off (`1.国家秘密`), the numbering left off, a glyph misprinted
ABBREVIATED = {"denied_state_secret": "1.国家秘密", "denied_internal_affairs": "属于三类内部事务信息",
               "denied_process_information": "6.四类过程性信息", "unavailable_not_held": "1.机关不掌握相关政府信息",
               "rejected_duplicate": "2.重夏申请"}


def test_abbreviated_unnumbered_or_misprinted_labels_down_a_narrow_column_spell_their_rows():
    text = narrow_report(ROWS, FIGURES, ("20 20", "1 1"), labels=ABBREVIATED)
    assert [v for v, _ in cells(text, "applications", "unavailable_not_held")] == [5, None, None, None, None, None, 5]
    assert [v for v, _ in cells(text, "applications", "rejected_duplicate")] == [3, None, None, None, None, None, 3]
    for key in ("denied_state_secret", "denied_internal_affairs", "denied_process_information", "rejected_publication"):
        assert [s for _, s in cells(text, "applications", key)] == ["blank"] * 7


def test_a_label_as_like_two_rows_spells_neither_and_its_run_is_not_read_blank():
    # `属于行政` is as like 属于行政执法案卷 as 属于行政查询事项: the run spells its rows no way
    text = narrow_report(ROWS, FIGURES, ("20 20", "1 1"), labels={**ABBREVIATED, "denied_enforcement_files": "7.属于行政"})
    for key in ("denied_state_secret", "denied_enforcement_files", "denied_administrative_query"):
        assert {s for _, s in cells(text, "applications", key)} == {"unknown"}


def test_figures_on_a_later_line_of_a_row_leave_the_run_unread():
    lines = narrow_lines(FIGURES)
    lines[lines.index("法提 不掌")] += " 1 1"  # figures inside a row's label, not on its first line: not that row's
    text = narrow_report(ROWS, FIGURES, ("21 21", "1 1")).replace("\n".join(narrow_lines(FIGURES)), "\n".join(lines))
    for key in ("denied_state_secret", "unavailable_unclear", "rejected_publication"):
        assert {s for _, s in cells(text, "applications", key)} == {"unknown"}


def test_a_figure_in_a_merged_pipe_cell_is_placed_only_as_far_as_the_column_rules_prove():
    rows = {**ROWS, "new_received": "| 一、本年新收政府信息 | 20 | 2 |  |  | 22 |",
            "granted": "| 三、 （一）予以公 | 10 | 2 |  |  | 12 |"}
    text = narrow_report(rows, FIGURES, ("20 2 22", "1 1"))
    new = cells(text, "applications", "new_received")
    assert new[0] == (20, "recovered") and new[6] == (22, "recovered")
    assert new[1][1] == new[2][1] == "unknown"  # 商业企业 or 科研机构: the rules cannot tell
    # the 2 of the merged column is paid by 予以公开's, so every other outcome's figure is 自然人's
    assert [v for v, _ in cells(text, "applications", "unavailable_not_held")] == [5, None, None, None, None, None, 5]
    total = cells(text, "applications", "results_total")
    assert total[0] == (20, "recovered") and total[1][1] == total[2][1] == "unknown"


def _pipe_row(line: str) -> Row:
    return Row([RawCell(text, 1) for text in line.strip("|").split("|")], piped=True)


def test_a_figure_glued_to_its_label_in_a_pipe_row_is_its_first_figure_in_any_column_the_last_its_total():
    figures = figures_after_the_label(_pipe_row("| 理结 （三 | 1.属 2 |  |  |  | 2 |"))
    assert figures == [2, 2]
    readings = anywhere_then_the_total(figures, 7)
    assert len(readings) == 6 and all(reading[-1] == 2 and sum(v or 0 for v in reading[:-1]) == 2 for reading in readings)
    # a row whose figures do not add up to its last one (a total printed blank, or a cell lost) gives no reading
    assert anywhere_then_the_total([3, 1, 5], 7) == []
    # a blank mark among the figures: the table prints its blanks, so a missing cell is lost, not blank
    assert figures_after_the_label(_pipe_row("| 2.其 | 2 | - |  | 2 |")) is None


# LibreOffice's narrow table whose every row markitdown writes as a plain line, its first rows too: only the
# header stands in pipe rows, and the run of label pieces opens with the header's own lines
PLAIN_ROWS = {
    "new_received": "一，本年新收政府信息 20 20",
    "carried_over": "二、上年结转政府信息 1 1",
    "granted": "三， （一）予以公 10 10",
    "partially_granted": "度办 （二）部分公 2 2",
}


def test_a_table_of_plain_lines_from_its_first_row_reads_its_rows_from_their_pieces():
    text = narrow_report(PLAIN_ROWS, FIGURES, ("20 20", "1 1"))
    assert [s for _, s in cells(text, "applications", "denied_state_secret")] == ["blank"] * 7
    assert [s for _, s in cells(text, "applications", "rejected_publication")] == ["blank"] * 7
    # `5 5` on the row's first line: its total; which applicant column holds the 5 no line proves (a plain line
    # keeps no position, and every row's figure could stand in any one column alike)
    not_held = cells(text, "applications", "unavailable_not_held")
    assert not_held[6] == (5, "recovered") and {s for _, s in not_held[:6]} == {"unknown"}
    assert cells(text, "applications", "granted")[6] == (10, "recovered")


def test_a_table_of_plain_lines_spelling_no_label_leaves_its_rows_unknown():
    text = narrow_report(PLAIN_ROWS, FIGURES, ("20 20", "1 1"), labels={"denied_security_stability": "3.另有说明"})
    for key in ("denied_state_secret", "rejected_publication"):
        assert {s for _, s in cells(text, "applications", key)} == {"unknown"}


def test_a_first_row_printing_nothing_found_by_its_label_s_last_line_opens_the_run():
    # 一、本年新收… prints no figure: the row is found by its label's last line (`公开申请数量`), which the lines
    # above it begin
    rows = {**PLAIN_ROWS, "new_received": "一，本年新收政府信息", "carried_over": "二、上年结转政府信息 20 20"}
    text = narrow_report(rows, FIGURES, ("20 20", ""))
    assert [s for _, s in cells(text, "applications", "new_received")] == ["blank"] * 7
    assert [s for _, s in cells(text, "applications", "denied_state_secret")] == ["blank"] * 7
    assert cells(text, "applications", "carried_over")[6] == (20, "recovered")
    assert cells(text, "applications", "rejected_duplicate")[6] == (3, "recovered")



# a report whose outcome rows print figures in each group, so no reader but the pieces' finds the rows of group (五)
PRINTED = {"denied_internal_affairs": "3 3", "unavailable_not_held": "2 2", "rejected_petition": "2 2",
           "rejected_confirmation": "1 1"}
UNAVAILABLE_HEADING = ["（四", "）无", "法提", "供"]


def _heading_on_lines_of_its_own(before: str, figures: dict[str, str] = PRINTED) -> str:
    """The narrow report with （四）无法提供's pieces taken off its rows' lines (`（四 1.本 2 2` → `1.本 2 2`) and set
    on lines of their own before the line `before` (a merged heading's cell taller than the labels beside it)."""
    lines = narrow_lines(figures)
    bare = [line.split(" ", 1)[1] if line.split(" ", 1)[0] in UNAVAILABLE_HEADING else line for line in lines]
    at = bare.index(before)
    text = narrow_report(ROWS, figures, ("20 20", "1 1"))
    return text.replace("\n".join(lines), "\n".join([*bare[:at], *UNAVAILABLE_HEADING, *bare[at:]]))


def test_a_group_heading_on_lines_of_its_own_before_its_first_row_is_passed_over():
    # `8.属` … `项` / `（四` / `）无` / `法提` / `供` / `1.本 2 2` / `机关` / …: the heading's pieces stand alone
    # between group (三)'s last row and its own first row; the rows round them are still spelled one way
    text = _heading_on_lines_of_its_own("1.本 2 2")
    assert "\n供\n1.本 2 2\n" in text
    assert [s for _, s in cells(text, "applications", "denied_administrative_query")] == ["blank"] * 7
    assert [v for v, _ in cells(text, "applications", "unavailable_not_held")] == [2, None, None, None, None, None, 2]
    assert [v for v, _ in cells(text, "applications", "rejected_petition")] == [2, None, None, None, None, None, 2]
    assert [s for _, s in cells(text, "applications", "rejected_publication")] == ["blank"] * 7
    assert [v for v, _ in cells(text, "applications", "rejected_confirmation")] == [1, None, None, None, None, None, 1]


def test_a_group_heading_between_two_rows_of_another_group_spells_no_rows():
    # （四）无法提供 between 4. and 5. of group (三): no heading of theirs, so the lines spell no rows
    text = _heading_on_lines_of_its_own("5.属 3 3")
    for key in ("denied_administrative_query", "rejected_petition", "rejected_publication"):
        assert {s for _, s in cells(text, "applications", key)} == {"unknown"}


def test_rows_the_pieces_and_another_reader_place_apart_are_unknown():
    # the heading below its group's last row (`3.补` … `明确` / `（四` … `供` / `（五 1.信 2 2`): the pieces spell
    # `2 2` as 1.信访举报投诉类申请's, another reader takes it for the label above's (3.补正后…, figures on the line
    # after its label): neither is proven, and neither row is read
    text = _heading_on_lines_of_its_own("（五 1.信 2 2")
    for key in ("unavailable_unclear", "rejected_petition"):
        assert {s for _, s in cells(text, "applications", key)} == {"unknown"}
    assert [v for v, _ in cells(text, "applications", "unavailable_not_held")] == [2, None, None, None, None, None, 2]


def test_a_figure_on_a_heading_s_line_leaves_the_run_unread():
    # `法提 1 1`: a figure on a heading's line alone opens no row (its piece spells no label): whose it is, unproven,
    # and the rows of the run are not read from the pieces
    figures = {**PRINTED, "denied_internal_affairs": "2 2"}
    text = _heading_on_lines_of_its_own("1.本 2 2", figures).replace("\n法提\n", "\n法提 1 1\n")
    for key in ("rejected_petition", "rejected_publication"):
        assert {s for _, s in cells(text, "applications", key)} == {"unknown"}


def test_pieces_spelling_their_rows_two_ways_are_not_read():
    # （六）其他处理 twice on lines of their own, no figures: the row `other` then its heading, or its heading then
    # the row; the two ways part the lines differently, so the pieces prove neither
    assert len(_segmentations(["（六", "）其", "他处", "理"] * 2, [False] * 8, ["other"],
                              neighbours=("rejected_confirmation", "results_total"))) == 2
    lines = narrow_lines(FIGURES)
    lines = [*lines[: lines.index("（六 1.申")], *(["（六", "）其", "他处", "理"] * 2)]
    text = narrow_report(ROWS, FIGURES, ("20 20", "1 1")).replace("\n".join(narrow_lines(FIGURES)), "\n".join(lines))
    for key in ("other", "other_misc", "rejected_confirmation"):
        assert {s for _, s in cells(text, "applications", key)} == {"unknown"}


def _spaced(line: str) -> str:
    """A plain line as pdfminer writes a DOCX's spaced text: each character of its words a word."""
    return " ".join(char for char in line if char != " ")


def _with_spaced_labels(keys: tuple[str, ...], totals_line: str) -> str:
    """The narrow report with the lines of rows `keys` (their labels alone, no figures) spaced a character a word,
    and （七）总计's line so (`（ 七 ） 总 计 20 20`)."""
    lines = narrow_lines(FIGURES)
    spaced = list(lines)
    for key, label, heading in SUB_ROWS:
        if key in keys:
            first = lines.index(_two_a_line(label, True)[0])
            for at in range(first, first + len(_two_a_line(label, True))):
                spaced[at] = _spaced(lines[at])
    text = narrow_report(ROWS, FIGURES, ("20 20", "1 1")).replace("\n".join(lines), "\n".join(spaced))
    return text.replace("（七）总计 20 20", totals_line)


def test_labels_spaced_a_character_a_word_spell_their_rows():
    # `3 . 危` / `及 “` / … / `”` / `4 . 保` / `护 第` / …: each label read by its lines' runs of one-character words,
    # while `开 密` (a heading's piece beside a row's) still reads by its last word; the lone `”` closes the row above
    text = _with_spaced_labels(("denied_security_stability", "denied_third_party_rights"), "（ 七 ） 总 计 20 20")
    assert "\n3 . 危\n及 “\n" in text and "\n开 密\n" in text and "\n” \n" not in text
    for key in ("denied_state_secret", "denied_security_stability", "denied_third_party_rights", "rejected_publication"):
        assert [s for _, s in cells(text, "applications", key)] == ["blank"] * 7
    assert [v for v, _ in cells(text, "applications", "unavailable_not_held")] == [5, None, None, None, None, None, 5]
    assert [v for v, _ in cells(text, "applications", "results_total")] == [20, None, None, None, None, None, 20]


def test_spaced_pieces_spelling_no_label_leave_the_run_unread():
    # a character of a spaced label lost (`三 安` gone): no reading spells 3.危及“三安全一稳定”, nothing is read blank
    text = _with_spaced_labels(("denied_security_stability",), "（ 七 ） 总 计 20 20").replace("\n三 安\n", "\n")
    for key in ("denied_state_secret", "denied_security_stability", "rejected_publication"):
        assert {s for _, s in cells(text, "applications", key)} == {"unknown"}


def test_a_spaced_label_opening_on_none_keeps_its_figures():
    # `4 . 无 21 21`: the spaced label opens on 无, which is also a blank cell's mark; after the numbering it is the
    # label's word, so the line is the label's first piece with its figures, never a label whole whose row (found on
    # its last, empty piece) would read blank what it prints
    figures = {**FIGURES, "rejected_excessive": "21 21"}
    lines = narrow_lines(figures)
    at = lines.index("4.无 21 21")
    spaced = [*lines[:at], "4 . 无 21 21", *map(_spaced, lines[at + 1 : at + 6]), *lines[at + 6 :]]
    text = narrow_report(ROWS, figures, ("41 41", "1 1")).replace("\n".join(lines), "\n".join(spaced))
    assert "\n4 . 无 21 21\n正 当\n" in text
    read = cells(text, "applications", "rejected_excessive")
    assert read[-1] == (21, "recovered") and {state for _, state in read[:-1]} == {"unknown"}


def test_spaced_numbering_lines_of_a_wide_table_prove_no_narrow_column():
    # a table under a cut 总计 whose empty sub-rows print their numbering spaced on a line of its own (`2 .`) above
    # their words spaced a character a word: each line's last word is one character, yet the labels are wide; the
    # rows so spelled prove no narrow layout, so no row's last figure is read as its total (the total is cut):
    # 上年结转's `5 … 5` is 社会公益's 5 and 其他's 5, its total 10 (never 5)
    from benchmarks.fuzz_markitdown_sparse_cut_total import document, table
    rng = random.Random(81)
    values = table(rng)
    text = document(rng, values, False, apart=True)
    assert "\n2 .\n其 他 法 律 行 政 法 规 禁 止 公 开\n" in text and values["carried_over"] == [0, 0, 0, 5, 0, 5]
    assert cells(text, "applications", "carried_over")[-1] in ((None, "unknown"), (10, "recovered"))


# the run spells no rows (`（三 1 . 国`: its numbering spaced, a figure among its label), so another reader places the
# lines of figures; `三类内部事务信息` (属于 and 5. left off) then `属于四类过程性信息` unnumbered
UNSPELLED_RUN = {"denied_state_secret": "1.国家秘密", "denied_internal_affairs": "三类内部事务信息",
                 "denied_process_information": "属于四类过程性信息"}


def _unspelled_run(labels: dict[str, str], figures: dict[str, str]) -> str:
    return narrow_report(ROWS, figures, ("20 20", "1 1"), labels=labels).replace("（三 1.国", "（三 1 . 国")


def test_figures_opening_a_label_that_names_the_next_row_too_are_neither_row_s():
    # `三 类 5 5` / `内部` / … / `属于` / `四类` / …: the lines opening on the figures are most like 三类内部事务信息,
    # and all of them (no numbering ends the first) most like 属于四类过程性信息: whose figures is not proven, so
    # neither row is read, and the column's sum fills neither (the row after read blank, the figures recovered
    # onto it, would be two wrong cells)
    text = _unspelled_run(UNSPELLED_RUN, {"denied_internal_affairs": "5 5", "rejected_duplicate": "3 3"})
    for key in ("denied_internal_affairs", "denied_process_information"):
        assert {s for _, s in cells(text, "applications", key)} == {"unknown"}, key
    assert [v for v, _ in cells(text, "applications", "rejected_duplicate")] == [3, None, None, None, None, None, 3]


def test_figures_opening_a_label_the_next_row_s_numbering_ends_are_that_row_s():
    # `6.属` opens the next row: the lines before it, from the figures, name 属于三类内部事务信息 alone
    text = _unspelled_run({**UNSPELLED_RUN, "denied_process_information": "6.属于四类过程性信息"},
                          {"denied_internal_affairs": "5 5", "rejected_duplicate": "3 3"})
    assert [v for v, _ in cells(text, "applications", "denied_internal_affairs")] == [5, None, None, None, None, None, 5]
    assert [s for _, s in cells(text, "applications", "denied_process_information")] == ["blank"] * 7
