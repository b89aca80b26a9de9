"""`pdftotext -raw` of Chromium's narrow tables, and totals cut at the page's edge (issue 14), written by
hand with made-up figures:

* a wide figure too wide for its narrow column wraps a piece a line (`１２` / `６９` for 1269); the text
  follows the content stream cell by cell, so a row's words after its label are its cells in order, each
  line a piece of a figure or, one space apart, whole cells: the pieces are grouped the one way that
  makes the row's width and keeps its sum (`recovered`), or the cells stay `unknown`;
* a wrapped label whose figures' line holds blank marks only (`- - - - - - -`): its cells, blank;
* a total cut at the page's edge over parts that mix zeros and blanks: printed 0 or blank, not known.

Never a wrong number, never a lucky blank."""

from __future__ import annotations

from orchestration.parsing.parse import parse_text
from orchestration.parsing.rows import build_rows
from orchestration.parsing.tokens import Line
from tests.unit.test_layout_raw_classes import RAW_HEADER, cut_table
from tests.unit.test_reader_classes import ROWS, TITLE, applications_of

BLANKS = " ".join(["-"] * 7)


def raw_text(lines_of: dict[str, list[str]]) -> str:
    """Table 3 as `-raw` writes it: each row's label, then the lines `lines_of` gives it (its own line
    first: its label and the words on it), a row not given printing its seven blank marks after its label."""
    lines = list(RAW_HEADER)
    for key, label, heading in ROWS:
        if heading:
            lines.append(heading)
        own, *rest = lines_of.get(key, [BLANKS])
        lines += [f"{label} {own}".strip(), *rest]
    return TITLE + "\n".join([*lines, "四、政府信息公开行政复议、行政诉讼情况"]) + "\n"


def test_wide_figures_wrapped_a_piece_a_line_are_grouped_the_one_way_their_row_allows():
    lines_of = {
        # 1269, 235, 47, -, -, -, 1551: the pieces before the row's one-line cells and after them
        "new_received": ["", "１２", "６９", "２３", "５", "４７ - - -", "１５", "５１"],
        # 20, -, 2, 1, 2, -, 25: one figure over two lines each side of the line of whole cells
        "granted": ["", "２", "０", "- ２ １ ２ -", "２", "５"],
        # the total alone wrapped after the row's other cells: 7, -, 2, 1, -, -, 10
        "carried_over": ["７ - ２ １ - -", "１", "０"],
    }
    read = applications_of(parse_text(raw_text(lines_of), "raw.txt"))
    expected = {"new_received": [1269, 235, 47, None, None, None, 1551],
                "granted": [20, None, 2, 1, 2, None, 25],
                "carried_over": [7, None, 2, 1, None, None, 10]}
    for key, values in expected.items():
        assert [c.value for c in read[key]] == values, (key, read[key])
        # the grouping is the rules', not the text's: recovered, its blanks blank
        assert {c.state for c in read[key]} <= {"recovered", "blank"}, (key, read[key])


def test_pieces_in_a_table_printing_its_zeros_are_grouped_too():
    # no blank mark: the table prints its zeros, every row whole on its line (`９４ ０ ０ ０ ０ ０ ９４`) prints all its
    # cells, and several words on one line of a row's pieces are whole cells (`０ ０ ０`)
    zeros = " ".join(["０"] * 7)
    lines_of = {key: [zeros] for key, _, _ in ROWS}
    lines_of["new_received"] = ["", "９４", "００", "７０", "５", "０ ０ ０", "２８", "２", "１０３", "８７"]
    lines_of["carried_over"] = ["９４ ０ ０ ０ ０ ０ ９４"]
    row = applications_of(parse_text(raw_text(lines_of), "raw.txt"))["new_received"]
    # 9400, 705, 0, 0, 0, 282, 10387: `００` opens no figure, and no other grouping makes seven cells adding up
    assert [c.value for c in row] == [9400, 705, 0, 0, 0, 282, 10387], row
    assert {c.state for c in row} == {"recovered"}, row


def test_pieces_the_rows_sum_groups_two_ways_are_unknown_unless_the_column_rules_settle_them():
    # `１` / `１` / `０` / `- - - -` / `１` / `１`: 11, 0 or 1, 10 before the marks, 11 after them, both keep the
    # row's sum (110 | 1, 1 does not; a 0 piece opens no figure)
    lines_of = {"new_received": ["", "１", "１", "０", "- - - -", "１", "１"]}
    row = applications_of(parse_text(raw_text(lines_of), "raw.txt"))["new_received"]
    assert row[0].state == "unknown" and row[1].state == "unknown", row
    assert all(c.value in (None, 11) for c in row), row
    # the outcomes say 11 natural persons' applications: APP_BALANCE keeps 11, 0 alone
    lines_of |= {"granted": ["11 - - - - - 11"], "results_total": ["11 - - - - - 11"]}
    row = applications_of(parse_text(raw_text(lines_of), "raw.txt"))["new_received"]
    assert [c.value for c in row] == [11, 0, None, None, None, None, 11], row
    assert {c.state for c in row} <= {"recovered", "blank"}, row



def _zeros_table_with_a_row_of_six(lines_of: dict[str, list[str]]) -> str:
    """A table printing its zeros, one row of which prints six for its seven cells (its total blank, printed
    as nothing): no count of a row's cells, a blank may print no word."""
    zeros = " ".join(["０"] * 7)
    given = {key: [zeros] for key, _, _ in ROWS} | {"denied_state_secret": [" ".join(["０"] * 6)]}
    return raw_text(given | lines_of)


def test_pieces_in_a_table_whose_blanks_may_print_nothing_are_grouped_when_one_reading_holds():
    # Chromium: 80 and 105 wrapped a digit a line, the first line of 105 on the line of the one-line cells
    lines_of = {"new_received": ["", "８", "０", "０ １０ ０ １５ ０ １", "０", "５"],
                "granted": ["", "８", "０", "０ １０ ０ １５ ０ １", "０", "５"],
                "results_total": ["", "８", "０", "０ １０ ０ １５ ０ １", "０", "５"]}
    read = applications_of(parse_text(_zeros_table_with_a_row_of_six(lines_of), "raw.txt"))
    for key in lines_of:
        # 8 | 0 | ... | 1 | 0 | 5 makes ten cells, 8 | 0 | ... | 105 eight: 80 ... 105 alone makes seven, and no
        # fewer cells with blanks placed among them keep the sum
        assert [c.value for c in read[key]] == [80, 0, 10, 0, 15, 0, 105], (key, read[key])
        assert {c.state for c in read[key]} == {"recovered"}, (key, read[key])
    # the row of six zeros: which cell printed nothing is not known
    assert all(c.state == "unknown" for c in read["denied_state_secret"]), read["denied_state_secret"]


def test_pieces_read_two_ways_where_a_blank_may_print_nothing_stay_unknown():
    # `１` / `１ ０ ０ ０ ０ １` / `１`: 11, 0, 0, 0, 0, 11 with a blank unprinted anywhere, or 1, 1, 0, 0, 0, 0, 11
    # ... several readings keep the sum, and no column rule says which: nothing is guessed
    lines_of = {"new_received": ["", "１", "１ ０ ０ ０ ０ １", "１"]}
    row = applications_of(parse_text(_zeros_table_with_a_row_of_six(lines_of), "raw.txt"))["new_received"]
    assert any(c.state == "unknown" for c in row), row
    assert all(c.state in ("unknown", "recovered") for c in row), row

def test_a_wrapped_labels_line_of_blank_marks_is_its_blank_cells():
    # a table whose figures stand on lines of their own in places (a wide figure wrapped: `２` / `０`)
    lines_of = {"new_received": ["", "２", "０", "- - - - -", "２", "０"], "granted": ["", "２", "０", "- - - - -", "２", "０"],
                "results_total": ["", "２", "０", "- - - - -", "２", "０"]}
    text = raw_text(lines_of)
    # 2.其他法律行政法规禁止公开 wrapped over two lines, its blank marks on a third
    text = text.replace("2.其他法律行政法规禁止公开 - - - - - - -", "2.其他\n法律行政法规禁止公开\n- - - - - - -")
    read = applications_of(parse_text(text, "raw.txt"))
    assert all(c.state == "blank" for c in read["denied_prohibited_by_law"]), read["denied_prohibited_by_law"]
    assert [c.value for c in read["granted"]] == [20, None, None, None, None, None, 20]


def test_a_cut_total_over_zeros_and_blanks_is_unknown():
    figures = {key: [0, 0, 0, 0, 0, 0, 0] for key, _, _ in ROWS}
    figures.update({"new_received": [29, 0, 0, 0, 3, 2, 34], "granted": [11, 0, 0, 0, 3, 2, 16],
                    "results_total": [28, 0, 0, 0, 3, 2, 33], "carried_forward": [1, 0, 0, 0, 0, 0, 1],
                    # the row prints two of its cells blank beside its zeros: its total may be 0 or blank
                    "denied_internal_affairs": [0, 0, 0, 0, "-", "-", None]})
    reviews = ["1", "0", "0", "0", "1", "0", "2", "0", "0", "2", "0", "0", "0", "1"]
    read = applications_of(parse_text(cut_table(figures, reviews), "raw.txt"))
    row = read["denied_internal_affairs"]
    assert [c.value for c in row[:4]] == [0, 0, 0, 0] and [c.state for c in row[4:6]] == ["blank", "blank"], row
    assert row[6].state == "unknown" and row[6].value is None, row
    # a row of zeros keeps its total 0 (every part printed 0), recovered
    assert (read["denied_state_secret"][6].value, read["denied_state_secret"][6].state) == (0, "recovered")


# `pdftotext -layout` of the same narrow columns: a wide figure wraps a digit a line round its row's line
# (`２` above a line empty there, `０` below it, for 20), between the rows around it


def test_stacked_digits_shared_out_one_way_by_the_rows_sums_are_recovered():
    from tests.unit.test_layout_tool_classes import aligned_table_3, placed

    marks = {1: "-", 2: "-", 3: "-", 4: "-", 5: "-"}

    def lines_of(key: str, label: str) -> list[str]:
        if key == "new_received":  # 20, -, 2, 1, 2, -, 25
            return [placed("", {0: "２", 6: "２"}), placed(label, {1: "-", 2: "２", 3: "１", 4: "２", 5: "-"}),
                    placed("", {0: "０", 6: "５"})]
        if key == "carried_over":  # -, -, -, 1, -, -, 1: right under the stack, its own figures whole
            return [placed(label, {0: "-", 1: "-", 2: "-", 3: "１", 4: "-", 5: "-", 6: "１"})]
        if key == "granted":  # 7, -, 2, 1, -, -, 10: its total round its line
            return [placed("", {6: "１"}), placed(label, {0: "７", 1: "-", 2: "２", 3: "１", 4: "-", 5: "-"}),
                    placed("", {6: "０"})]
        return [placed(label, {0: "-", **marks, 6: "-"})]
    read = applications_of(parse_text(aligned_table_3(lines_of), "layout.txt"))
    expected = {"new_received": [20, None, 2, 1, 2, None, 25], "carried_over": [None, None, None, 1, None, None, 1],
                "granted": [7, None, 2, 1, None, None, 10]}
    for key, values in expected.items():
        assert [c.value for c in read[key]] == values, (key, read[key])
    assert (read["new_received"][0].state, read["granted"][6].state) == ("recovered", "recovered")


def test_stacked_digits_two_sharings_keep_every_sum_are_unknown():
    from tests.unit.test_layout_tool_classes import aligned_table_3, placed

    marks = {1: "-", 2: "-", 3: "-", 4: "-", 5: "-"}

    def lines_of(key: str, label: str) -> list[str]:
        # `１` / new_received / `２` / carried_over / `３` in the first and the last column: 12 and 3 or 1 and
        # 23, each row's total its only part either way
        if key == "new_received":
            return [placed("", {0: "１", 6: "１"}), placed(label, marks), placed("", {0: "２", 6: "２"})]
        if key == "carried_over":
            return [placed(label, marks), placed("", {0: "３", 6: "３"})]
        return [placed(label, {0: "-", **marks, 6: "-"})]
    read = applications_of(parse_text(aligned_table_3(lines_of), "layout.txt"))
    for key in ("new_received", "carried_over"):
        assert read[key][0].state == "unknown" and read[key][6].state == "unknown", (key, read[key])


def test_a_row_of_too_many_wrapped_pieces_stays_unknown_and_is_read_fast(monkeypatch):
    # 30 one-digit pieces have 2^29 groupings: past the bound before any is built, the row is unknown (the
    # groupings' search is never entered; a run of 3 pieces enters it)
    from orchestration.parsing import application_table, recovery

    searched = []
    grouped_readings = recovery.grouped_readings
    monkeypatch.setattr(recovery, "grouped_readings",
                        lambda *args, **kwargs: searched.append(args[0]) or grouped_readings(*args, **kwargs))
    for pieces in (3, 30):
        searched.clear()
        application_table._pieces_grouped.cache_clear()
        read = applications_of(parse_text(raw_text({"new_received": ["", *(["１"] * pieces), "- - - -"]}), "raw.txt"))
        assert {c.state for c in read["new_received"]} == {"unknown"}, read["new_received"]
        assert bool(searched) == (pieces == 3), pieces


def _rows_of(texts: list[str]) -> list[list[str]]:
    rows = build_rows([Line(text, n) for n, text in enumerate(texts, 1)], 0, len(texts))
    return [[cell.text.strip() for cell in row.cells] for row in rows]


def test_a_line_of_blank_marks_alone_is_a_row_only_as_a_raw_tables_row():
    # `-raw`: a wrapped label's line of its seven blank marks is its row of blank cells
    assert ["-"] * 7 in _rows_of(["（三）不予公开", "1.属于国家秘密", BLANKS])
    # a markdown rule after a markdown table, and a prose line of dashes longer than any table, are no row
    markdown = ["| 行政复议 | 5 | 2 |", "|---|---|---|", "| 行政诉讼 | 1 | 0 |", "", "- - - -", "", "一是公开形式单一。"]
    assert not [row for row in _rows_of(markdown) if set(row) <= {"-", ""}]
    prose = ["一是公开形式单一。", " ".join(["—"] * 20), "二是解读不够。"]
    assert not [row for row in _rows_of(prose) if set(row) <= {"—", ""}]


def test_a_wide_review_total_wrapped_a_piece_a_line_is_grouped_the_one_way_the_sums_allow():
    from tests.unit.test_layout_raw_classes import REVIEW_HEADER

    zeros = " ".join(["０"] * 7)
    table_3 = raw_text({key: [zeros] for key, _, _ in ROWS}).rstrip("\n").split("\n")[:-1]  # without table 4's heading

    def with_reviews(lines: list[str]) -> str:
        return "\n".join([*table_3, *REVIEW_HEADER, *lines, "五、存在的主要问题及改进情况", "无。"]) + "\n"

    # 6, 2, 1, 3, 12 then ten zeros: `３` | `１` as 31 or `２` | `０` as 20 breaks a proceeding's sum
    parsed = parse_text(with_reviews(["６ ２ １ ３", "１", "２", " ".join(["０"] * 10)]), "raw.txt")
    cells = {(c.row, c.column): (c.state, c.value) for c in parsed.cells if c.table == "reviews"}
    assert [cells[("administrative_review", o)] for o in ("upheld", "corrected", "other", "pending", "total")] == \
        [("recovered", 6), ("recovered", 2), ("recovered", 1), ("recovered", 3), ("recovered", 12)], cells
    assert cells[("litigation_after_review", "total")] == ("recovered", 0), cells
    # `１ ０ ０ １` / `１` / `１` / `０ …`: no joining (11 after the zeros, 11 below, 10 at the zeros) keeps every
    # proceeding's sum: nothing is read
    parsed = parse_text(with_reviews(["１ ０ ０ １", "１", "１", " ".join(["０"] * 10)]), "none.txt")
    states = {(c.row, c.column): c.state for c in parsed.cells if c.table == "reviews"}
    assert set(states.values()) == {"unknown"}, states


def test_table_4_fifteen_figures_over_several_raw_lines_are_not_read_as_printed():
    # Chromium's narrow columns through `-raw`: 10 and its total 10 wrapped a digit a line, two blanks printing
    # nothing, in a document whose table 3 prints every cell (0): the 15 words keep every proceeding's sum read
    # in order (1, 0, 0, 0, 1, …) as well as joined (10, 0, 0, -, 10, …). Neither is proven: the cells the
    # readings differ in are unknown, never the in-order reading as values
    from tests.unit.test_layout_raw_classes import REVIEW_HEADER

    wide = str.maketrans("0123456789", "０１２３４５６７８９")
    zeros = " ".join(["０"] * 7)
    table_3 = raw_text({key: [zeros] for key, _, _ in ROWS}).rstrip("\n").split("\n")[:-1]
    truth = [10, 0, 0, None, 10, 0, None, 0, 1, 1, 0, 4, 3, 1, 8]
    for lines in (["1", "0 0 0 1", "0 0 0 1 1 0 4 3 1 8"], ["1", "0", "0 0", "1", "0", "0 0 1 1 0 4 3 1 8"]):
        text = "\n".join([*table_3, *REVIEW_HEADER, *[line.translate(wide) for line in lines],
                          "五、存在的主要问题及改进情况", "无。"]) + "\n"
        reviews = [cell for cell in parse_text(text, "raw.txt").cells if cell.table == "reviews"]
        assert len(reviews) == 15
        assert all(cell.state == "unknown" or cell.value == value for cell, value in zip(reviews, truth)), lines
        assert not any(cell.state == "value" for cell in reviews), lines
        assert sum(cell.state == "unknown" for cell in reviews) >= 4, lines


def _comma_pieces_table(results_total: list[str]) -> str:
    """A table printing its blanks (`-`) whose 1,120 and 1,123 wrapped in their narrow columns inside their
    thousands groups (`１,１` / `２０`), and the rows after them wrapped over two lines, their figures on a
    third."""
    lines_of = {"new_received": ["", "１,１", "２０", "- - ３ - -", "１,１", "２３"],
                "granted": ["", "１,１", "１９", "- - ３ - -", "１,１", "２２"],
                "results_total": results_total}
    text = raw_text(lines_of).replace("二、上年结转政府信息公开申请数量 - - - - - - -",
                                      "二、上年\n结转政府信息公开申请数量\n２ - - - - - ２")
    return text.replace("四、结转下年度继续办理 - - - - - - -", "四、结转\n下年度继续办理\n３ - - - - - ３")


def test_a_wide_figure_wrapped_inside_its_thousands_group_is_grouped_with_its_pieces():
    # `１,１` is no figure on its own (rows.py takes it for a label): the first piece of 1,120, and the last piece
    # of a row's cells is no figure of the row after it (`二、上年` / `结转…数量` / its own line of figures)
    read = applications_of(parse_text(_comma_pieces_table(["", "１,１", "１９", "- - ３ - -", "１,１", "２２"]),
                                      "raw.txt"))
    expected = {"new_received": [1120, None, None, 3, None, None, 1123],
                "granted": [1119, None, None, 3, None, None, 1122],
                "results_total": [1119, None, None, 3, None, None, 1122],
                "carried_over": [2, None, None, None, None, None, 2],
                "carried_forward": [3, None, None, None, None, None, 3]}
    for key, values in expected.items():
        assert [c.value for c in read[key]] == values, (key, read[key])
    for key in ("new_received", "granted", "results_total"):
        # the grouping is the rules', not the text's: recovered, its blanks blank
        assert {c.state for c in read[key]} == {"recovered", "blank"}, (key, read[key])


def test_a_piece_cut_inside_its_thousands_group_that_no_grouping_completes_stays_unknown():
    # `１,１` then a whole cell: no figure reads `１,１` (nor `１,１-`), so no reading makes the row: unknown, and the
    # row after it keeps its own figures
    read = applications_of(parse_text(_comma_pieces_table(["", "１,１", "- - ３ - - -", "１,１２２"]), "raw.txt"))
    assert {c.state for c in read["results_total"]} == {"unknown"}, read["results_total"]
    assert [c.value for c in read["carried_forward"]] == [3, None, None, None, None, None, 3], read["carried_forward"]


def test_the_last_piece_of_a_row_is_never_the_figures_of_the_wrapped_label_after_it():
    # Chromium's `-raw` page (header words a line each, `无` for a blank, a page break inside 三、本年度办理结果):
    # the row after a wrapped 1,234 or 1,230 (`二、上年…`, `四、结转` / `下年度继续办理`) keeps its own figures; the
    # piece `１,２` / `３４` before its label is the row before it's
    blank = " ".join(["无"] * 7)
    rows = [(label, blank) for key, label, _ in ROWS
            if key not in ("new_received", "carried_over", "granted", "results_total", "carried_forward")]
    lines = ["三、收到和处理政府信息公开申请情况", "申请人情况", "自然", "人", "法人或其他组织", "总计", "商业", "企业",
             "科研", "机构", "社会公", "益组织", "法律服", "务机构", "其", "他",
             "一、本年新收政府信息公开申请数量", "１,２", "３０", "无 无 ４ 无 无", "１,２", "３４",
             "二、上年结转政府信息公开申请数量 ６ 无 无 无 无 无 ６", "\f三、本年", "度办理结", "果",
             "（一）予以公开", "１,２", "２６", "无 无 ４ 无 无", "１,２", "３０",
             *[f"{label} {figures}" for label, figures in rows],
             "（七）总计", "１,２", "２６", "无 无 ４ 无 无", "１,２", "３０",
             "四、结转", "下年度继续办理", "１０ 无 无 无 无 无 １０", "四、政府信息公开行政复议、行政诉讼情况"]
    read = applications_of(parse_text(TITLE + "\n".join(lines) + "\n", "raw.txt"))
    expected = {"new_received": [1230, None, None, 4, None, None, 1234],
                "carried_over": [6, None, None, None, None, None, 6],
                "granted": [1226, None, None, 4, None, None, 1230],
                "results_total": [1226, None, None, 4, None, None, 1230],
                "carried_forward": [10, None, None, None, None, None, 10]}
    for key, values in expected.items():
        assert [c.value for c in read[key]] == values, (key, read[key])
        assert "unknown" not in {c.state for c in read[key]}, (key, read[key])


def test_a_wide_review_total_wrapped_before_a_line_of_blank_marks_is_grouped_with_that_line():
    # `-raw`: `６ ２ １ ３` / `１` / `２` / `- - - - - １ - - ２ ３`: the line of marks and figures is a row of its own
    # to rows.py, and goes on the table's one row: 6, 2, 1, 3, 12, five blanks, 1, -, -, 2, 3
    from tests.unit.test_layout_raw_classes import REVIEW_HEADER

    zeros = " ".join(["０"] * 7)
    table_3 = raw_text({key: [zeros] for key, _, _ in ROWS}).rstrip("\n").split("\n")[:-1]

    def reviews_of(lines: list[str]) -> list:
        text = "\n".join([*table_3, *REVIEW_HEADER, *lines, "五、存在的主要问题及改进情况", "无。"]) + "\n"
        return [(c.state, c.value) for c in parse_text(text, "raw.txt").cells if c.table == "reviews"]

    read = reviews_of(["６ ２ １ ３", "１", "２", "- - - - - １ - - ２ ３"])
    assert [value for _, value in read] == [6, 2, 1, 3, 12, None, None, None, None, None, 1, None, None, 2, 3], read
    assert {state for state, _ in read} == {"recovered", "blank"}, read
    # `１` | `２` as 12 breaks the first proceeding's sum there (6 + 2 + 1 + 3 is 12, not 13): no reading, unknown
    read = reviews_of(["６ ２ １ ４", "１", "２", "- - - - - １ - - ２ ３"])
    assert {state for state, _ in read} == {"unknown"}, read


def test_table_4_pieces_with_blanks_printing_nothing_are_read_a_proceeding_at_a_time():
    # `１ １ ２ ８ １ ３` / `１` / `２`: seven figures for fifteen cells once `１` / `２` joins (12); the blanks that
    # printed nothing go a proceeding at a time (five cells, its total the sum of the four before it), never every
    # placing of eight blanks in fifteen cells at once, which passes the search's bound and read nothing
    from decimal import Decimal
    from itertools import combinations, product

    from orchestration.parsing import recovery as R
    from orchestration.parsing.table_reading import _readings_across_lines

    lines = [["１", "１", "２", "８", "１", "３"], ["１"], ["２"]]
    readings = _readings_across_lines(lines, (5, 5, 5))
    assert readings  # read, not given up
    # every reading joins 1 and 2 into 12: 3, 1, 2 apart keep no proceeding's sum
    assert all(Decimal(12) in reading and Decimal(312) not in reading for reading in readings)
    # the same readings as every placing of the whole row's blanks checked against every proceeding's sum
    words = [Decimal(w) for w in (1, 1, 2, 8, 1, 3, 1, 2)]
    expected = set()
    for joins in product((False, True), repeat=2):
        figures = words[:5] + ([Decimal(312)] if all(joins) else [Decimal(31), Decimal(2)] if joins[0]
                               else [Decimal(3), Decimal(12)] if joins[1] else words[5:])
        for blanks in combinations(range(15), 15 - len(figures)):
            taken = iter(figures)
            reading = tuple(None if at in blanks else next(taken) for at in range(15))
            if R.review_sums_hold(reading):
                expected.add(reading)
    assert set(readings) == expected
    # which proceeding the parts stand in, no sum says: the readings disagree on every cell
    assert not R.common_cells(list(readings))
