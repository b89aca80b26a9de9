"""Classes of plain `pdftotext` text (no -layout) that the column-chunk reader missed, each on a
made-up report: table 3's total column of some chunks set apart past the next heading, table 4's
blank marks run past the next section's heading, a page opening on a blank mark, a one-row
table 4 whose blank proceedings let column chunks place its figures several ways, and table 3
whose blank cells print nothing: rows all printing the same few columns, or the first column
beside the labels and the others in chunks.
Written by hand, apart from the corpus generator."""

from __future__ import annotations

import re
from decimal import Decimal

from orchestration.core.rules import FAILED, evaluate
from orchestration.parsing.chunks import (
    _ROWS_READ_WITH_FIGURES_APART,
    column_chunkings,
    place_in_column_chunks,
)
from orchestration.parsing.parse import parse_text
from orchestration.parsing.rows import is_page_furniture
from tests.unit.test_column_chunks import CHUNKED, figures_run_on, plain_text, reviews_of, sum_holds
from tests.unit.test_reader_classes import (
    BLANKS,
    FIGURES,
    REVIEWS,
    ROWS,
    TABLE2,
    TITLE,
    applications_of,
    one_cell_per_line,
)

REVIEW_HEADING = "四、行政复议、行政诉讼情况"
NEXT_HEADING = "五、存在的主要问题及改进情况"


def with_table_4(text: str, before: list[str], after: list[str]) -> str:
    """The report `plain_text` writes, its table 4's figure lines replaced: `before` the next section's
    heading, `after` it (each a line of its own, empty lines between, as pdftotext writes them)."""
    head = text.split(REVIEW_HEADING, 1)[0]
    header = ["行政复议", "行政诉讼", "未经复议直接起诉", "复议后起诉",
              "结果维 结果纠 其他结 尚未审 总 结果维 结果纠", "尚未审 总 结果维 结果纠 其他结 尚未审 总",
              "持 正 果 结 计 持 正 其他结", "果 结 计 持 正 果 结 计"]
    return head + "\n\n".join([REVIEW_HEADING, "\n".join(header), *before, NEXT_HEADING, *after,
                               "一是公开形式单一。"]) + "\n"


def review_cells(report) -> list:
    cells = {(c.row, c.column): c for c in report.cells if c.table == "reviews"}
    return [cells[(p, o)] for p in ("administrative_review", "litigation_direct", "litigation_after_review")
            for o in ("upheld", "corrected", "other", "pending", "total")]


BASE = plain_text(CHUNKED, [([25], 0)])


def test_table_4s_blank_marks_past_the_next_heading_are_the_tables():
    # one row of 15 cells, the first proceeding blank: `无` a line, two cells side by side on one (`无 2`),
    # a new page opening on a blank mark (`\f无`), the last eight past the next section's heading
    before = ["无", "无", "\f无", "无", "无 2", "无"]
    after = ["无", "1", "3", "无", "无", "无", "无", "无"]
    report = parse_text(with_table_4(BASE, before, after), "plain.txt")
    expected = [None] * 5 + [2, None, None, 1, 3] + [None] * 5
    assert reviews_of(report) == [None if v is None else Decimal(v) for v in expected]
    assert [c.state for c in review_cells(report)] == ["value" if v is not None else "blank" for v in expected]


def test_table_4s_dashes_past_the_heading_and_zeros_are_read_whole():
    for mark in ("—", "-", "/", "0"):
        before = [mark] * 4 + [f"{mark} {mark}", mark]
        after = [mark] * 8
        report = parse_text(with_table_4(BASE, before, after), "plain.txt")
        assert all(c.state in ("value", "blank", "recovered") for c in review_cells(report)), mark
        assert reviews_of(report) == [None if mark != "0" else Decimal(0)] * 15, mark


def test_marks_past_the_heading_that_do_not_make_the_count_are_not_taken():
    # one mark too many past the heading: which line ends the table is not known, so nothing is taken
    before = ["无", "无", "无", "无", "无 2", "无"]
    after = ["无", "1", "3", "无", "无", "无", "无", "无", "无"]
    report = parse_text(with_table_4(BASE, before, after), "plain.txt")
    assert {c.state for c in review_cells(report)} == {"unknown"}


def test_figures_between_table_4s_heading_and_header_that_make_another_fifteen_are_not_read():
    # Chromium: table 3's last chunk (`0 1 0 1 2 0`) set past table 4's heading, before its header's words;
    # with the nine figures after the header they make fifteen, as do the nine with the six past the next
    # heading (a line of two first: not the table's figures run on): which fifteen are table 4's is not known
    lead, before = ["0", "1", "0", "1", "2", "0"], ["0", "0", "0", "0 0", "0", "0", "0", "0"]
    text = with_table_4(BASE, before, ["0 0", "0", "0", "0", "0"])
    text = text.replace(REVIEW_HEADING + "\n\n", REVIEW_HEADING + "\n\n" + "\n\n".join(lead) + "\n\n", 1)
    cells = review_cells(parse_text(text, "plain.txt"))
    assert all(c.state == "unknown" or c.value in (0, None) for c in cells), cells
    # with nothing past the next heading, the fifteen are the table's (the sums hold)
    text = with_table_4(BASE, before, [])
    text = text.replace(REVIEW_HEADING + "\n\n", REVIEW_HEADING + "\n\n" + "\n\n".join(lead) + "\n\n", 1)
    assert reviews_of(parse_text(text, "plain.txt")) == [Decimal(v) for v in lead[:5]] + [Decimal(0)] * 10


def with_lead(text: str, lead: list[str]) -> str:
    """`text` with figure lines `lead` between table 4's heading and its header's words."""
    return text.replace(REVIEW_HEADING + "\n\n", REVIEW_HEADING + "\n\n" + "\n\n".join(lead) + "\n\n", 1)


def test_table_4_after_its_header_and_past_the_heading_is_read_where_the_figures_before_it_make_no_count():
    # Chromium: table 3's last chunk (`/` / `/ 25` / `/`, a line of two among them) set past table 4's heading,
    # before its header's words; the seven after the words and the eight past the next heading make fifteen,
    # the four before with the seven do not: the fifteen are table 4's, each proceeding's total its parts' sum
    before, after = ["/", "/", "/", "/", "/", "1", "/"], ["/", "1", "2", "/", "/", "/", "/", "/"]
    report = parse_text(with_lead(with_table_4(BASE, before, after), ["/", "/ 25", "/"]), "plain.txt")
    expected = [None] * 5 + [1, None, None, 1, 2] + [None] * 5
    assert reviews_of(report) == [None if v is None else Decimal(v) for v in expected]
    assert [c.state for c in review_cells(report)] == ["value" if v is not None else "blank" for v in expected]


def test_table_4_after_its_header_that_breaks_a_proceedings_sum_is_not_read():
    # the same text, the second proceeding's total misprinted (3 for 1 + 1): no placing is proven
    before, after = ["/", "/", "/", "/", "/", "1", "/"], ["/", "1", "3", "/", "/", "/", "/", "/"]
    report = parse_text(with_lead(with_table_4(BASE, before, after), ["/", "/ 25", "/"]), "plain.txt")
    assert all(c.state == "unknown" or c.value is None for c in review_cells(report))
    assert not any(c.value == 3 for c in review_cells(report))


def test_a_table_4_header_with_figures_past_the_next_heading_is_not_blank():
    # blanks print nothing: the header's words end the table, its two figures (`2` / `2`) past the next heading
    report = parse_text(with_table_4(BASE, [], ["2", "2"]), "plain.txt")
    assert {c.state for c in review_cells(report)} == {"unknown"}
    # nothing past it: a table printed empty
    report = parse_text(with_table_4(BASE, [], []), "plain.txt")
    assert {c.state for c in review_cells(report)} == {"blank"}


def test_a_one_row_table_4_is_read_in_order_where_column_chunks_would_allow_other_placings():
    # blank proceedings keep every sum in many chunkings (`/ / / / / 1 / 1 / 2 …`): read as the one row
    # the header lays out, left to right, every cell is certain
    before = ["/", "/", "/", "/", "/", "1", "/"]
    after = ["1", "/", "2", "/", "/", "/", "/", "/"]
    report = parse_text(with_table_4(BASE, before, after), "plain.txt")
    expected = [None] * 5 + [1, None, 1, None, 2] + [None] * 5
    assert reviews_of(report) == [None if v is None else Decimal(v) for v in expected]
    assert "unknown" not in {c.state for c in review_cells(report)}


# ---------------------------------------------------------------- table 3: the total column set apart

TABLE = [[3, 1, 4, 8], [2, 0, 7, 9], [5, 5, 1, 11], [0, 0, 0, 0], [1, 6, 2, 9], [2, 2, 3, 7]]


def with_totals_apart(table: list[list[int]], sizes: list[int], apart: set[int], lead: int = 0) -> list[Decimal]:
    """The figures in column chunks of `sizes` rows, the last column of the chunks numbered in `apart`
    written after all the others, in the chunks' order."""
    order = [table[row][0] for row in range(len(table))] if lead else []
    later, start = [], 0
    for number, size in enumerate(sizes):
        rows = range(start, start + size)
        order += [table[row][column] for column in range(lead, len(table[0]) - 1) for row in rows]
        (later if number in apart else order).extend(table[row][-1] for row in rows)
        start += size
    return [Decimal(v) for v in order + later]


def test_the_total_column_of_some_chunks_written_after_the_others_is_placed():
    for sizes, apart, lead in (([3, 1, 2], {0}, 0), ([2, 4], {0, 1}, 0), ([1, 2, 3], {1}, 1), ([4, 2], {0}, 1)):
        figures = with_totals_apart(TABLE, sizes, apart, lead)
        count = sum(size for number, size in enumerate(sizes) if number in apart)
        assert place_in_column_chunks(figures, len(TABLE), 4, sum_holds) is None  # read as one sequence, nothing fits
        placed = place_in_column_chunks(figures, len(TABLE), 4, sum_holds, last_apart=count)
        read = [[None if p is None else figures[p.index] for p in cells] for cells in placed]
        assert read == [[Decimal(v) for v in row] for row in TABLE], (sizes, apart)
        assert all(p.proved for row, cells in enumerate(placed) if any(TABLE[row]) for p in cells), (sizes, apart)


def test_figures_set_apart_that_no_chunk_takes_as_its_total_column_are_not_placed():
    figures = with_totals_apart(TABLE, [3, 1, 2], {0})
    figures[-1], figures[-2] = figures[-2], figures[-1]  # the totals set apart, out of their rows' order
    assert place_in_column_chunks(figures, len(TABLE), 4, sum_holds, last_apart=3) is None


def test_the_search_with_figures_set_apart_is_bounded_where_the_sums_prune_nothing():
    # rows of blanks keep every rule in every chunking; two figures at the end fit none: the search gives
    # up after a bounded count of rows read, whatever the count of chunkings
    figures = [None] * (25 * 7)
    figures[-1] = figures[-2] = Decimal(3)
    asked = []

    def counted(reading) -> bool:
        asked.append(reading)
        return sum_holds(reading)

    assert place_in_column_chunks(figures, 25, 7, counted, last_apart=25) is None
    assert len(asked) <= 4 * (_ROWS_READ_WITH_FIGURES_APART + 25 * 64)  # each lead and blocking pass, one chunk more


def plain_text_totals_apart(figures: dict[str, list[int]], sizes: list[int], apart: set[int],
                            past_the_heading: bool = True) -> str:
    """A report whose table 3 reads as `pdftotext` without -layout writes it: its labels, the first
    column beside each, the other columns in chunks of `sizes` rows, the total column of the chunks
    numbered in `apart` set past table 4's heading (before table 4's header), or before it."""
    paragraphs = [TITLE.rstrip("\n"), TABLE2.rstrip("\n"), "三、收到和处理政府信息公开申请情况", "申请人情况",
                  "自然人\n商业企业\n科研机构\n社会公益组织\n法律服务机构\n其他\n总计"]
    for key, label, heading in ROWS:
        paragraphs += [heading] if heading else []
        paragraphs.append(f"{label}\n{figures[key][0]}")
    table = [figures[key] for key, _, _ in ROWS]
    later, start = [], 0
    for number, size in enumerate(sizes):
        rows = range(start, start + size)
        paragraphs += ["\n".join(str(table[row][column]) for row in rows) for column in range(1, 6)]
        (later if number in apart else paragraphs).append("\n".join(str(table[row][6]) for row in rows))
        start += size
    paragraphs += [REVIEW_HEADING, *later] if past_the_heading else [*later, REVIEW_HEADING]
    paragraphs += ["行政复议", "行政诉讼", "未经复议直接起诉", "复议后起诉"]
    paragraphs += ["结果维持 结果纠正 其他结果 尚未审结 总计"] * 3 + [str(v) for v in REVIEWS]
    paragraphs += [NEXT_HEADING, "一是公开形式单一。"]
    return "\n\n".join(paragraphs) + "\n"


def test_table_3s_total_column_of_some_chunks_past_table_4s_heading_or_at_the_end_of_its_figures_is_read():
    # (a report that adds up: where a placing by the sums alone breaks a column rule, its cells are unknown)
    figures = dict(CHUNKED, denied_prohibited_by_law=[2, 0, 0, 0, 0, 0, 2], new_received=[18, 3, 1, 0, 0, 0, 22],
                   results_total=[17, 3, 1, 0, 0, 0, 21])
    for past_the_heading in (True, False):  # set past table 4's heading, or as the table's last paragraphs
        report = parse_text(plain_text_totals_apart(figures, [5, 2, 4, 3, 11], {0, 2}, past_the_heading),
                            "plain.txt")
        read = applications_of(report)
        for key, expected in figures.items():  # a cell the chunkings disagree on is unknown, never a guess
            for cell, value in zip(read[key], expected):
                assert cell.state == "unknown" or (cell.state in ("value", "recovered") and cell.value == value), key
        for key in ("new_received", "granted", "unavailable_not_held", "rejected_duplicate", "results_total"):
            assert [cell.value for cell in read[key]] == [Decimal(v) for v in figures[key]], key
        assert reviews_of(report) == [Decimal(v) for v in REVIEWS]  # table 4 keeps its own


# ---------------------------------------------------------------- table 3: chunkings the column rules settle

def sparse_table(outcome_figures: dict[str, int], results: int | None = None) -> dict[str, list[int]]:
    """Table 3 with figures in the natural-person column of a few outcome rows only, every other row
    zeros: rows of zeros keep every row's sum however a chunk is cut, so chunkings disagree on where
    the few figures stand. `results`: a results_total (and new_received) other than the outcomes' sum."""
    table = {key: [0] * 7 for key, _, _ in ROWS}
    for key, value in outcome_figures.items():
        table[key] = [value, 0, 0, 0, 0, 0, value]
    total = sum(outcome_figures.values()) if results is None else results
    table["results_total"] = table["new_received"] = [total, 0, 0, 0, 0, 0, total]
    return table


SPARSE = {"granted": 1, "denied_prohibited_by_law": 2, "denied_process_information": 1, "other_no_correction": 1}
SPARSE_CHUNKS = [3, 5, 3, 2, 3, 6, 3]


def test_cells_the_chunkings_disagree_on_are_read_from_the_one_chunking_the_column_rules_leave():
    # the figures one a line, no empty line between chunks' columns: nothing but the sums says where chunks end
    figures = sparse_table(SPARSE)
    report = parse_text(figures_run_on(plain_text(figures, [(SPARSE_CHUNKS, 0)])), "plain.txt")
    read = applications_of(report)
    for key, expected in figures.items():
        assert [cell.value for cell in read[key]] == [Decimal(v) for v in expected], key
    assert "unknown" not in {cell.state for cells in read.values() for cell in cells}
    # the cells the row sums alone left open rest on the column rules: recovered, never evidence
    settled = [w for w in report.warnings if w.code == "cells_recovered" and "column rules" in w.message]
    assert settled
    assert {cell.state for cell in read["other_no_correction"]} == {"recovered"}  # its figure and its blank alike


def test_chunkings_no_column_rule_settles_leave_their_cells_unknown():
    # the outcomes sum to 5, results_total prints 6: no chunking keeps APP_OUTCOME_SUM, nothing is chosen
    report = parse_text(plain_text(sparse_table(SPARSE, results=6), [(SPARSE_CHUNKS, 0)]), "plain.txt")
    read = applications_of(report)
    assert "unknown" in {cell.state for cells in read.values() for cell in cells}
    assert not [w for w in report.warnings if w.code == "cells_recovered" and "column rules" in w.message]
    for key, expected in sparse_table(SPARSE, results=6).items():
        for cell, value in zip(read[key], expected):
            assert cell.state == "unknown" or cell.value == value, key


def test_a_column_every_chunking_reads_alike_does_not_stop_the_rules_settling_the_others():
    # new_received prints 2 in the commercial column that no other row balances (APP_BALANCE fails
    # there whatever the chunking): the natural-person column the chunkings disagree on is still
    # settled by its own rules, and the report's rules still fail where it does not add up
    figures = sparse_table(SPARSE)
    figures["new_received"] = [5, 2, 0, 0, 0, 0, 7]
    report = parse_text(figures_run_on(plain_text(figures, [(SPARSE_CHUNKS, 0)])), "plain.txt")
    read = applications_of(report)
    for key, expected in figures.items():
        assert [cell.value for cell in read[key]] == [Decimal(v) for v in expected], key
    assert {cell.state for cell in read["other_no_correction"]} == {"recovered"}
    assert any(r.rule_id == "APP_BALANCE" and r.status == FAILED for r in evaluate(report))


# ---------------------------------------------------------------- labels torn by the heading beside them

def test_a_page_opening_on_a_piece_of_the_group_heading_and_a_label_is_that_row():
    # `三、本年度办理结果` spans rows down the margin; a page break tears it, and the next page's first
    # line holds its piece beside the row's label (`度办理 （二）部分公开…`): a row, not a running header
    text = plain_text(CHUNKED, [([3], 0), ([4, 9, 9], 1)])
    label = ROWS[3][1]
    assert f"\f\n\n{label}" in text
    for piece in ("度办理", "本年度办理", "办理结果"):
        report = parse_text(text.replace(f"\f\n\n{label}", f"\f{piece} {label}"), "plain.txt")
        read = applications_of(report)
        for key, expected in CHUNKED.items():
            assert [cell.value for cell in read[key]] == [Decimal(v) for v in expected], (piece, key)


def test_only_the_group_headings_characters_before_a_label_make_a_page_opening_a_row():
    assert is_page_furniture("\f某某县人民政府 （二）部分公开")  # not the group heading's characters
    assert not is_page_furniture("\f度办理 （二）部分公开")


def test_a_blank_mark_glued_to_a_wrapped_labels_line_is_its_rows_cell():
    # the first column beside the labels: `4.保护第三方合法权—` / `益`, the cell's dash written with no
    # space before it, between the two lines of its wrapped label
    figures = dict(CHUNKED, denied_third_party_rights=[0, 1, 1, 0, 0, 0, 2])
    text = re.sub(r"(?m)^0$", "—", plain_text(figures, [([5], 0), ([4, 9, 7], 1)]))  # blanks printed `—`
    label = "4.保护第三方合法权益"
    assert f"{label}\n—\n" in text
    report = parse_text(text.replace(f"{label}\n—\n", "4.保护第三方合法权—\n益\n"), "plain.txt")
    read = applications_of(report)
    for key, expected in figures.items():
        assert [cell.value for cell in read[key]] == [Decimal(v) if v else None for v in expected], key


# ---------------------------------------------------------------- table 3 set row by row as blocks of their own

def row_blocks_text(figures: dict[str, list[int]], after: dict[str, str] | None = None,
                    unlabelled: frozenset[str] = frozenset()) -> str:
    """Table 3 as `pdftotext` without -layout writes a table whose every row is a small table of its
    own: the label, for the first row of each group `类别` and a header `数据 … 总` whose column
    numbers and last glyph wrap down (`1` … `6`, `计`), then the row's figures one a line. `after`: a row whose figures are written
    with the one before it, its label after them (key -> the row before it); `unlabelled`: of those,
    the rows whose label is lost (set where no reader finds it)."""
    after = after or {}
    # the converter's header prints a mark in its empty cells: no count of the table's cells holds
    paragraphs = [TITLE.rstrip("\n"), TABLE2.rstrip("\n"), "三、收到和处理政府信息公开申请情况",
                  "申请人情况 (自然人)", "-", "-", "申请人情况 (法人或其他组织)", "商业企业 科研机构 社会公益 法律服务机构 其他",
                  *["-"] * 5]
    for key, label, heading in ROWS:
        if key in after:
            continue
        paragraphs += [heading] if heading else []
        paragraphs.append(label)
        if heading or key in ("new_received", "carried_over"):  # the first row of each group
            paragraphs += ["类别", "数据 数据 数据 数据 数据 数据 总\n1\n2\n3\n4\n5\n6\n计"]
        paragraphs += [str(v) for v in figures[key]]
        for later, before in after.items():
            if before == key:
                paragraphs += [str(v) for v in figures[later]]
                paragraphs += [] if later in unlabelled else [{k: l for k, l, _ in ROWS}[later]]
    paragraphs += ["四、行政复议、行政诉讼情况", "行政复议", "行政诉讼", "未经复议直接起诉", "复议后起诉"]
    paragraphs += ["结果维持 结果纠正 其他结果 尚未审结 总计"] * 3 + [str(v) for v in REVIEWS]
    paragraphs += ["五、存在的主要问题及改进情况", "一是公开形式单一。"]
    return "\n\n".join(paragraphs) + "\n"


def test_rows_set_as_blocks_of_their_own_are_read_by_their_figure_counts():
    # every row's figures after its header's wrapped glyphs; carried_forward's figures follow
    # results_total's, its label after them; denied_prohibited_by_law's follow denied_state_secret's,
    # its label lost
    figures = dict(FIGURES, denied_state_secret=[0, 2, 0, 0, 0, 0, 2])
    text = row_blocks_text(figures, {"carried_forward": "results_total", "denied_prohibited_by_law": "denied_state_secret"},
                           frozenset({"denied_prohibited_by_law"}))
    report = parse_text(text, "plain.txt")
    read = applications_of(report)
    for key, _, _ in ROWS:
        assert [c.value for c in read[key]] == figures[key], (key, report.warnings)
        assert {c.state for c in read[key]} == {"value"}, key


def plain_table_3(lines_of, apart: str = "\n\n") -> str:
    """A report whose table 3 is a PDF's text, each line `apart` (plain: an empty line between; `-raw`: none):
    each row's as `lines_of(key, label)` gives them (None: its label, then the FIGURES it prints, blanks
    printing nothing)."""
    paragraphs = [TITLE.rstrip("\n"), TABLE2.rstrip("\n"), "三、收到和处理政府信息公开申请情况", "申请人情况",
                  "自然人", "法人或其他组织", "商业企业 科研机构 社会公益组织 法律服务机构 其他", "总计"]
    for key, label, heading in ROWS:
        paragraphs += [heading] if heading else []
        paragraphs += lines_of(key, label) or [label, *(str(v) for v in FIGURES[key] if v)]
    paragraphs += ["\f四、行政复议、行政诉讼情况", "一是公开形式单一。"]
    return apart.join(paragraphs) + "\n"


def test_a_rows_figures_that_fill_its_columns_and_break_its_sum_are_not_read_in_order():
    # blanks print nothing; new_received's label wrapped (`一、本年` / `新收…数量`) with no figure after it,
    # its four figures (`29 1 1 31`) after carried_over's label, before carried_over's three (`1 1 2`):
    # seven figures for seven columns, each whole on its line, that break the row's sum
    def lines_of(key: str, label: str) -> list[str] | None:
        if key == "new_received":
            return ["一、本年", "新收政府信息公开申请数量"]
        return [label, "29", "1", "1", "31", "1", "1", "2"] if key == "carried_over" else None
    read = applications_of(parse_text(plain_table_3(lines_of), "plain.txt"))
    assert {c.state for c in read["carried_over"]} == {"unknown"}, read["carried_over"]
    assert {c.state for c in read["new_received"]} == {"unknown"}, read["new_received"]


def test_a_figure_or_a_piece_of_one_on_its_line_is_never_split_into_digits():
    # Chromium's narrow cells: `１２６９` wraps as `１２` / `６９`, each a line; two figures side by side on one
    # line (`1128 235`): seven digits for seven columns, but no line holds cells run together (`-raw`, the
    # other rows' figures one space apart, their blanks `-`)
    def marked(key: str) -> str:
        return " ".join(str(v) if v else "-" for v in FIGURES[key])
    # (the pieces are grouped the one way that makes seven cells and keeps the row's sum: 1269, 235, 47, 1551)
    for printed, truth in ((["１２", "６９", "２３", "５", "４７ - - -", "１５", "５１"],
                            [1269, 235, 47, None, None, None, 1551]),
                           (["1128 235", "47 - - -", "1410"], [1128, 235, 47, None, None, None, 1410])):
        def lines_of(key: str, label: str, printed: list[str] = printed) -> list[str]:
            return [label, *printed] if key == "new_received" else [f"{label} {marked(key)}"]
        read = applications_of(parse_text(plain_table_3(lines_of, apart="\n"), "raw.txt"))
        for index, cell in enumerate(read["new_received"]):
            assert cell.state == "unknown" or truth and cell.value == truth[index], (printed, read["new_received"])
        assert truth or {c.state for c in read["new_received"]} == {"unknown"}, read["new_received"]


def test_a_block_of_two_rows_figures_between_two_figure_less_rows_is_not_placed():
    # 14 figures after granted's label, and neither the row before nor the row after holds its own:
    # whose second seven they are is not known
    text = row_blocks_text(FIGURES, {"partially_granted": "granted"})
    text = text.replace("二、上年结转政府信息公开申请数量\n\n类别\n\n数据 数据 数据 数据 数据 数据 总\n1\n2\n3\n4\n5\n6\n计\n\n"
                        + "\n\n".join(["0"] * 7), "二、上年结转政府信息公开申请数量")
    report = parse_text(text, "plain.txt")
    read = applications_of(report)
    for key in ("carried_over", "granted", "partially_granted"):
        assert {c.state for c in read[key]} == {"unknown"}, (key, [c.value for c in read[key]])


# ---------------------------------------------------------------- table 2: one-item blocks, wrapped amounts

def table_2_text(block: list[str], year: int = 2021) -> str:
    title, table = TITLE.replace("2021", str(year)), TABLE2
    if year < 2021:
        table = table.replace("本年制发件数\t本年废止件数\t现行有效件数", "本年新制作数量\t本年新公开数量\t对外公开总数量")
    return "\n\n".join([title.rstrip("\n"), table.rstrip("\n"), *block, "三、收到和处理政府信息公开申请情况"]) + "\n"


def disclosure_cells(report) -> dict[tuple[str, str], object]:
    return {(c.row, c.column): c for c in report.cells if c.table == "disclosures"}


def test_a_one_item_blocks_figures_among_its_header_words_are_its_own():
    # 2021 20(8): the label before the header, the figure after it
    block = ["第二十条第（八）项", "信息内容", "行政事业性收费", "本年收费金额（单位：万元）", "4068.208"]
    cell = disclosure_cells(parse_text(table_2_text(block), "plain.txt"))[("administrative_fees", "fee_amount_wan_yuan")]
    assert (cell.state, cell.value) == ("value", Decimal("4068.208"))
    # 2019 20(9): the figures among the header words, the label after them
    block = ["第二十条第（九）项", "信息内容", "采购项目数量", "采购总金额", "6", "251000元", "政府集中采购"]
    cells = disclosure_cells(parse_text(table_2_text(block, 2019), "plain.txt"))
    assert cells[("centralized_procurement", "project_count")].value == 6
    assert cells[("centralized_procurement", "total_amount_wan_yuan")].value == Decimal("25.1")


def test_an_amount_wrapped_round_its_label_is_read_joined_or_unknown_never_a_piece():
    # Chromium centres a one-line cell on the label's line and starts a two-line one above it: the amount's
    # first piece before the label, its rest after the row's other figures. Joined where no piece can be
    # another cell's: the first piece holds `人民币` or a decimal point where the row has a count too
    # (an empty line between header and piece is a gap, no cell); its warning names the piece, and no
    # warning says the cells it read are unknown
    for piece, rest, amount, gap in (("人民币2", "9.895859万元", "29.895859", []), ("86.9", "5455万元", "86.95455", []),
                                     ("人民币2", "9.895859万元", "29.895859", [""])):
        block = ["第二十条第（九）项", "信息内容", "采购项目数量 采购总金额", *gap, piece, "政府集中采购", "2", rest]
        report = parse_text(table_2_text(block, 2019), "plain.txt")
        cells = disclosure_cells(report)
        assert cells[("centralized_procurement", "project_count")].value == 2, piece
        read = cells[("centralized_procurement", "total_amount_wan_yuan")]
        assert (read.state, read.value) == ("value", Decimal(amount)), piece
        about = [w for w in report.warnings if "centralized_procurement" in w.message]
        assert [w.code for w in about] == ["amount_wrapped"], about
        assert repr(piece) in about[0].message
    for block in (["第二十条第（八）项", "信息内容", "本年收费金额（单位：万元）", "37.3", "行政事业性收费", "209 万元"],
                  ["第二十条第（八）项", "信息内容", "本年收费金额（单位：万元）", "3888", "行政事业性收费", "64.00元"]):
        cell = disclosure_cells(parse_text(table_2_text(block), "plain.txt"))[("administrative_fees", "fee_amount_wan_yuan")]
        assert (cell.state, cell.value) == ("value", Decimal("37.3209" if "37.3" in block else "38.8864")), block
    # the unit before the digits, a piece that may be the count's, more pieces than the row's cells: unknown
    for piece, after in (("万元 7", ["2", "0.163309"]), ("2", ["2", "9.895859万元"]), ("人民币2", ["2", "9.8", "95859万元"])):
        block = ["第二十条第（九）项", "信息内容", "采购项目数量 采购总金额", piece, "政府集中采购", *after]
        amount = disclosure_cells(parse_text(table_2_text(block, 2019), "plain.txt"))[
            ("centralized_procurement", "total_amount_wan_yuan")]
        assert amount.state == "unknown" and amount.value is None, piece


def test_a_short_table_2_row_of_a_pdfs_plain_text_is_unknown_and_a_figure_glued_to_its_label_is_its_first():
    # `规章` / `1` / `33`: the blank 本年制发件数 left no line; `行政规范性文件3`: the 3 is 本年制发件数
    block = ["第二十条第（一）项", "信息内容", "本年制发件数 本年废止件数 现行有效件数", "规章", "1", "33",
             "行政规范性文件3", "1", "32", "第二十条第（五）项"]
    # (the page's break before the table: `32` at a page's foot may be its number, the row unknown)
    text = "\n".join([TITLE.rstrip("\n"), "\f二、主动公开政府信息情况", *block, "三、收到和处理政府信息公开申请情况"]) + "\n"
    cells = disclosure_cells(parse_text(text, "plain.txt"))
    assert [cells[("regulations", m)].state for m in ("issued", "repealed", "in_force")] == ["unknown"] * 3
    assert [cells[("normative_documents", m)].value for m in ("issued", "repealed", "in_force")] == [3, 1, 32]


def plain_table_2(block: list[str]) -> dict[tuple[str, str], object]:
    """Table 2's cells of a PDF's plain text (a page break in it, before the table: a figure alone at a page's foot may
    be its number) whose table 2 is `block`."""
    text = "\n".join([TITLE.rstrip("\n"), "\f二、主动公开政府信息情况", *block, "三、收到和处理政府信息公开申请情况"]) + "\n"
    return disclosure_cells(parse_text(text, "plain.txt"))


def test_a_figure_cut_after_its_thousands_separator_is_unknown_never_its_rest():
    # Chromium: `193,168.00元` wrapped in its narrow cell round the label (`193,` / `行政事业性收费` / `168.00元`)
    for before, after in (("193,", "168.00元"), ("1,193，", "168万元")):
        block = ["第二十条第（八）项", "信息内容", "本年收费金额（单位：万元）", before, "行政事业性收费", after]
        cell = plain_table_2(block)[("administrative_fees", "fee_amount_wan_yuan")]
        assert cell.state == "unknown" and cell.value is None, (before, cell)
    # a whole figure with separators is read
    block = ["第二十条第（八）项", "信息内容", "本年收费金额（单位：万元）", "行政事业性收费", "193,168.00元"]
    assert plain_table_2(block)[("administrative_fees", "fee_amount_wan_yuan")].value == Decimal("19.3168")


def test_a_figureless_item_whose_blocks_header_words_stand_elsewhere_is_unknown_never_blank():
    # the last words of a wrapped header hold the figures (`本年` / `废止件数` / `15` / `22` / `规章` /
    # `行政规范性文件 1`): 规章's cells may be any of them
    block = ["第二十条第（一）项", "信息内容", "本年制发件数", "本年", "现行有效件数", "废止件数", "15", "22", "规章",
             "行政规范性文件 1", "第二十条第（五）项", "信息内容", "本年处理决定数量", "行政许可", "38"]
    cells = plain_table_2(block)
    assert [cells[("regulations", m)].state for m in ("issued", "repealed", "in_force")] == ["unknown"] * 3
    assert cells[("administrative_licensing", "decisions")].value == 38
    # a block printing no header words at all (they and its figures come after the next article's block)
    block = ["第二十条第（八）项", "信息内容", "行政事业性收费", "第二十条第（五）项", "信息内容", "本年处理决定数量",
             "行政许可", "38", "本年收费金额（单位：万元）", "12"]
    cell = plain_table_2(block)[("administrative_fees", "fee_amount_wan_yuan")]
    assert cell.state == "unknown" and cell.value is None, cell


def test_a_short_table_3_row_of_a_pdfs_plain_text_is_unknown_never_read_in_order():
    # rows set as blocks whose blank cells printed nothing: `（一）予以公开` / `8` / `10` may be 8 in any
    # applicant column; the page break (a form feed) says the text is a PDF's
    figures = {key: [v for v in row if v] for key, row in FIGURES.items()}
    text = row_blocks_text(figures).replace("三、收到和处理政府信息公开申请情况", "\f三、收到和处理政府信息公开申请情况")
    read = applications_of(parse_text(text, "plain.txt"))
    for key, row in figures.items():
        if 0 < len(row) < 7:
            assert {c.state for c in read[key]} == {"unknown"}, (key, [c.value for c in read[key]])


def test_a_page_break_in_text_that_writes_its_blank_cells_leaves_them_blank():
    # one cell a line, an empty cell a line holding a tab: a page break pasted into it (a form feed)
    # does not make it a PDF's text where blanks leave no line; the rows read as printed
    text = one_cell_per_line(BLANKS, REVIEWS, blank="\t").replace("（一）予以公开", "\f（一）予以公开", 1)
    read = applications_of(parse_text(text, "cells.txt"))
    for key, row in BLANKS.items():
        assert [c.value for c in read[key]] == [None if v is None else Decimal(v) for v in row], key
        assert "unknown" not in {c.state for c in read[key]}, key


def test_blank_marks_of_table_3s_header_are_no_figures_of_its_column_chunks():
    # the converter's header prints a mark in each of its empty cells (`总计` / `-` / `-` …), before
    # the first row's label: the chunks are read from the figures after the labels alone
    def with_header_marks(text: str, marks: int) -> str:
        return text.replace("其他\n总计", "其他\n总计" + "\n\n-" * marks, 1)

    read = applications_of(parse_text(with_header_marks(plain_text(CHUNKED, [([25], 0)]), 9), "plain.txt"))
    assert all([c.value for c in read[key]] == CHUNKED[key] for key in CHUNKED), read
    # the table's last row lost and 7 marks: the count of cells holds, but the marks are no row's
    read = applications_of(parse_text(with_header_marks(plain_text(CHUNKED, [([24], 0)]), 7), "plain.txt"))
    for key, cells in read.items():
        if key in CHUNKED and any(c.state in ("value", "recovered") for c in cells):
            assert [c.value for c in cells] == CHUNKED[key], key


def narrow_chunks(figures: dict[str, list[int]], columns: list[int], sizes: list[int]) -> str:
    """`plain_text`'s report, its table 3 printing only `columns` of each row (a blank cell prints
    nothing in a PDF's text): its labels, then those columns' figures in column chunks of `sizes` rows."""
    text = plain_text(CHUNKED, [([len(ROWS)], 0)])
    head, rest = text.split("三、收到和处理政府信息公开申请情况", 1)
    tail = "四、行政复议、行政诉讼情况" + rest.split("四、行政复议、行政诉讼情况", 1)[1]
    paragraphs = ["三、收到和处理政府信息公开申请情况", "申请人情况", "自然人\n商业企业\n科研机构\n社会公益组织\n法律服务机构\n其他\n总计"]
    for key, label, heading in ROWS:
        paragraphs += [heading, label] if heading else [label]
    table = [[figures[key][column] for column in columns] for key, _, _ in ROWS]
    at = 0
    for size in sizes:
        paragraphs += ["\n".join(str(table[row][column]) for row in range(at, at + size)) for column in range(len(columns))]
        at += size
    return head + "\n\n".join([*paragraphs, "\f", tail])


def test_rows_printing_the_same_few_columns_give_their_totals_only():
    # every row prints its first two columns and its total (`12` `3` `15`), the others blank and left out:
    # the totals are certain, which columns the other two figures stand in is not
    # (the figures one a line: no empty line between chunks' columns says where chunks end)
    report = parse_text(figures_run_on(narrow_chunks(FIGURES, [0, 1, 6], [3, 1, 2, 5, 1, 4, 6, 3])), "plain.txt")
    read = applications_of(report)
    for key, expected in FIGURES.items():
        assert {cell.state for cell in read[key][:-1]} == {"unknown"}, key
        if key in ("unavailable_not_held", "unavailable_unclear"):
            # `2 0 0 0 1 0 0 0 3 0 0 0`: rows of zeros let either outcome row take the 3, and both keep the rules
            assert read[key][-1].state == "unknown", key
        else:
            assert read[key][-1].state == "recovered" and read[key][-1].value == expected[-1], key
    assert any(w.code == "column_chunks" for w in report.warnings)


def test_narrow_rows_whose_totals_break_the_column_rules_are_not_read():
    # a row's two figures added up, but the totals no longer balance (APP_BALANCE): nothing is placed
    broken = dict(FIGURES, carried_forward=[2, 0, 0, 0, 0, 0, 2])
    read = applications_of(parse_text(narrow_chunks(broken, [0, 1, 6], [25]), "plain.txt"))
    assert {cell.state for cells in read.values() for cell in cells} == {"unknown"}
    # nor where a row's figures do not add up in any chunking
    misprint = dict(FIGURES, granted=[8, 2, 0, 0, 0, 0, 11])
    read = applications_of(parse_text(narrow_chunks(misprint, [0, 1, 6], [25]), "plain.txt"))
    assert {cell.state for cells in read.values() for cell in cells} == {"unknown"}


def beside_the_labels(figures: dict[str, list[int | None]], sizes: list[int], mark: str | None = None) -> str:
    """`narrow_chunks`'s report, its table 3 as a PDF's text whose blank cells (None) print nothing (or
    `mark`): each row's first column beside its label, the other columns' printed cells after the labels
    in column chunks of `sizes` rows."""
    head, tail = narrow_chunks(FIGURES, [6], [len(ROWS)]).split("三、收到和处理政府信息公开申请情况", 1)
    tail = "四、行政复议、行政诉讼情况" + tail.split("四、行政复议、行政诉讼情况", 1)[1]
    paragraphs = ["三、收到和处理政府信息公开申请情况", "申请人情况", "自然人\n商业企业\n科研机构\n社会公益组织\n法律服务机构\n其他\n总计"]
    for key, label, heading in ROWS:
        lead = figures[key][0]
        shown = mark if lead is None else lead
        paragraphs += ([heading] if heading else []) + [label + ("" if shown is None else f"\n{shown}")]
    table = [figures[key] for key, _, _ in ROWS]
    at = 0
    for size in sizes:
        for column in range(1, 7):
            cells = [table[row][column] for row in range(at, at + size)]
            printed = [str(mark if v is None else v) for v in cells if v is not None or mark is not None]
            paragraphs += ["\n".join(printed)] if printed else []
        at += size
    return head + "\n\n".join([*paragraphs, "\f", tail])


SPARSE_BESIDE = {key: [None] * 7 for key, _, _ in ROWS} | {
    "new_received": [10, None, None, None, 2, 5, 17], "carried_over": [None, None, None, None, 1, None, 1],
    "granted": [2, None, None, None, 1, 3, 6], "partially_granted": [1, None, None, None, None, 1, 2],
    "unavailable_not_held": [7, None, None, None, 1, None, 8], "rejected_petition": [None, None, None, None, 1, None, 1],
    "results_total": [10, None, None, None, 3, 4, 17], "carried_forward": [None, None, None, None, None, 1, 1]}


def test_the_first_column_beside_the_labels_is_read_where_its_rules_hold():
    report = parse_text(beside_the_labels(SPARSE_BESIDE, [3, 1, 9, 7, 3, 2]), "plain.txt")
    read = applications_of(report)
    for key, expected in SPARSE_BESIDE.items():
        first = read[key][0]
        assert first.value == expected[0] and first.state == ("blank" if expected[0] is None else "recovered"), key
        for cell, value in zip(read[key][1:], expected[1:]):  # the chunks' cells: right, or unknown
            assert cell.state == "unknown" or (cell.value == value and cell.state == ("blank" if value is None
                                                                                    else "recovered")), (key, cell)
    # what every chunking the sums allow reads alike: the totals of the rows with a first-column figure and
    # of the first and last rows, the rows of blanks no chunk can reach; which columns the parts fill, and
    # which of the outcome rows below the last first-column figure holds `1 1`, is not known
    for key in ("new_received", "carried_over", "granted", "partially_granted", "unavailable_not_held",
                "results_total", "carried_forward"):
        assert read[key][-1].state == "recovered" and read[key][-1].value == SPARSE_BESIDE[key][-1], key
    assert {cell.state for cell in read["denied_state_secret"]} == {"blank"}
    assert {cell.state for cell in read["rejected_petition"][1:]} == {"unknown"}
    assert any(w.code == "column_chunks" for w in report.warnings)


def test_a_first_column_beside_the_labels_that_does_not_add_up_is_not_read():
    # results_total's first column printed 9: APP_OUTCOME_SUM fails in it whichever way the last label reads
    broken = dict(SPARSE_BESIDE, results_total=[9, None, None, None, 3, 4, 16])
    read = applications_of(parse_text(beside_the_labels(broken, [25]), "plain.txt"))
    assert {cell.state for cells in read.values() for cell in cells} == {"unknown"}


def test_the_first_column_beside_the_labels_is_read_where_two_labels_share_a_line():
    # poppler joins `2.其他法律…` and `3.危及…` on one line, found as one label: the rows round it are one run,
    # no figure in it, so both are blank in the first column, and every other cell reads as where all are found
    text = beside_the_labels(SPARSE_BESIDE, [3, 1, 9, 7, 3, 2])
    joined = text.replace("2.其他法律行政法规禁止公开\n\n3.危及", "2.其他法律行政法规禁止公开 3.危及")
    assert joined != text
    read, whole = applications_of(parse_text(joined, "plain.txt")), applications_of(parse_text(text, "plain.txt"))
    for key, expected in SPARSE_BESIDE.items():
        assert [(cell.state, cell.value) for cell in read[key]] == [(cell.state, cell.value) for cell in whole[key]]
        first = read[key][0]
        assert first.value == expected[0] and first.state == ("blank" if expected[0] is None else "recovered"), key
    assert read["new_received"][-1].state == "recovered" and read["new_received"][-1].value == 17


# SPARSE_BESIDE with a figure in 4.保护第三方合法权益's first column (and the sums it feeds)
THIRD_PARTY_BESIDE = dict(SPARSE_BESIDE, denied_third_party_rights=[1, None, None, None, None, None, 1],
                          new_received=[11, None, None, None, 2, 5, 18], results_total=[11, None, None, None, 3, 4, 18])


def test_a_figure_before_a_label_line_opening_with_the_margin_heading_is_unknown():
    # poppler sets `（三）不予 4.保护第三方合法权益` (the margin heading centred over its rows) below its own
    # row's `1`, which then follows 3.危及…'s label: either row may hold it, and the column rules cannot tell
    # (both are outcome rows), so both first-column cells are unknown, never the 1 given to 3.危及…
    text = beside_the_labels(THIRD_PARTY_BESIDE, [3, 1, 9, 7, 3, 2])
    moved = text.replace("3.危及“三安全一稳定”\n\n4.保护第三方合法权益\n1", "3.危及“三安全一稳定”\n1\n（三）不予 4.保护第三方合法权益")
    assert moved != text
    read = applications_of(parse_text(moved, "plain.txt"))
    for key in ("denied_security_stability", "denied_third_party_rights"):
        assert read[key][0].state == "unknown" and read[key][-1].state == "unknown", key
    for key, expected in THIRD_PARTY_BESIDE.items():
        assert all(cell.state == "unknown" or cell.value == value for cell, value in zip(read[key], expected)), key
    assert read["new_received"][0].value == 11 and read["new_received"][0].state == "recovered"


def test_a_first_column_figure_under_a_label_not_found_is_unknown_where_the_rules_cannot_place_it():
    # 3.危及…'s `1` after the line `2.其他法律… 3.危及…`: it may be either row's, or 1.属于国家秘密's (the run
    # opens there); all are outcome rows, which the column rules do not tell apart
    figures = dict(THIRD_PARTY_BESIDE, denied_third_party_rights=[None] * 7,
                   denied_security_stability=[1, None, None, None, None, None, 1])
    text = beside_the_labels(figures, [3, 1, 9, 7, 3, 2])
    joined = text.replace("2.其他法律行政法规禁止公开\n\n3.危及“三安全一稳定”", "2.其他法律行政法规禁止公开 3.危及“三安全一稳定”")
    assert joined != text
    read = applications_of(parse_text(joined, "plain.txt"))
    for key in ("denied_state_secret", "denied_prohibited_by_law", "denied_security_stability"):
        assert read[key][0].state == "unknown", key
    for key, expected in figures.items():
        assert all(cell.state == "unknown" or cell.value == value for cell, value in zip(read[key], expected)), key
    assert read["granted"][0].value == 2 and read["granted"][0].state == "recovered"


# ---------------------------------------------------------------- table 3: a row's cells written out of order

# the commercial column's 3 stands in the intake and carry rows only: an order that moves it in one of them
# keeps every row's sum, and APP_BALANCE alone can see it
CARRIED = dict(FIGURES, new_received=[11, 3, 0, 0, 0, 0, 14], granted=[10, 0, 0, 0, 0, 0, 10],
               partially_granted=[1, 0, 0, 0, 0, 0, 1], unavailable_not_held=[0] * 7,
               results_total=[11, 0, 0, 0, 0, 0, 11], carried_forward=[0, 3, 0, 0, 0, 0, 3])


def test_a_rows_figure_written_out_of_order_that_one_order_mends_is_recovered():
    # Chromium's PDF through pdftotext: carried_forward's `1` written after its neighbours' zeros
    # (`0 0 0 0 0 1 1`); the row's sum holds in any order, APP_BALANCE fails in two columns, and only
    # carried_forward's figures in the order `1 0 0 0 0 0` mend both
    printed = dict(FIGURES, carried_forward=[0, 0, 0, 0, 0, 1, 1])
    report = parse_text(plain_text(printed, [([1] * 25, 0)]), "plain.txt")
    read = applications_of(report)
    assert [c.value for c in read["carried_forward"]] == FIGURES["carried_forward"]
    assert {c.state for c in read["carried_forward"][:-1] if c.value} == {"recovered"}
    # a moved cell carries the figure moved to it as written, never the text of the figure it replaced
    assert all(c.as_written is None or Decimal(c.as_written) == (c.value or 0) for c in read["carried_forward"])
    for key, expected in FIGURES.items():
        assert all(c.state == "unknown" or c.value == v for c, v in zip(read[key], expected)), key
    assert not [r for r in evaluate(report) if r.status == FAILED and r.rule_id.startswith("APP_")]


def test_a_figure_written_out_of_order_that_several_rows_orders_would_mend_is_unknown():
    # the 3 moved to 其他 in carried_forward; moved back there, or new_received's 3 moved to 其他 as well,
    # keeps every rule: which row was misordered is not known, so the cells either order moves are unknown
    printed = dict(CARRIED, carried_forward=[0, 0, 0, 0, 0, 3, 3])
    report = parse_text(plain_text(printed, [([1] * 25, 0)]), "plain.txt")
    read = applications_of(report)
    for key in ("new_received", "carried_forward"):
        assert [c.state for c in read[key][1:6:4]] == ["unknown", "unknown"], (key, read[key])  # 商业企业, 其他
    for key, expected in CARRIED.items():  # never the order written where it breaks the rules
        assert all(c.state == "unknown" or c.value == v for c, v in zip(read[key], expected)), key


def test_a_row_of_blank_marks_shorter_than_the_table_is_unknown_never_blank():
    # Chromium through pdftotext: the first two columns by each label (the second on a line of its own),
    # the other five set elsewhere; `3.危及… /` prints its blanks, so the six it does not print are lost,
    # never blank (whichever column its one mark fills, the rest would read blank)
    figures = dict(FIGURES, denied_security_stability=[None, None, None, None, None, 4, 4])
    lines = [TITLE.rstrip("\n"), "三、收到和处理政府信息公开申请情况", "申请人情况", "自然人",
             "商业 科研 社会公益 法律服 其", "企业 机构 组织 务机构 他", "总计"]
    for key, label, heading in ROWS:
        shown = ["/" if v is None else str(v) for v in figures[key][:2]]
        lines += [*([heading] if heading else []), f"{label} {shown[0]}", shown[1]]
    lines += ["\f四、行政复议、行政诉讼情况", "五、存在的主要问题及改进情况", "一是公开形式单一。"]
    read = applications_of(parse_text("\n".join(lines) + "\n", "plain.txt"))
    assert {c.state for c in read["denied_security_stability"]} == {"unknown"}
    for key, expected in figures.items():
        assert all(c.state == "unknown" or c.value == v for c, v in zip(read[key], expected)), key


# ---------------------------------------------------------------- column chunks out of order, two columns by the labels

def chunked(table: list[list[int]], sizes: list[int], lead: int = 0, orders: dict[int, list[int]] | None = None
            ) -> list[Decimal]:
    """The figures of `table` as pdftotext writes Chromium's PDF: the first `lead` columns beside each
    label, row by row; then per chunk of `sizes` rows its other columns one after the other, in the order
    `orders` gives for that chunk's number (a column written after the totals)."""
    figures = [table[row][column] for row in range(len(table)) for column in range(lead)]
    start = 0
    for number, size in enumerate(sizes):
        columns = (orders or {}).get(number, list(range(lead, len(table[0]))))
        figures += [table[row][column] for column in columns for row in range(start, start + size)]
        start += size
    return [Decimal(v) for v in figures]


OUT_OF_ORDER = [[5, 0, 2, 7], [1, 0, 0, 1], [3, 3, 0, 6], [4, 0, 1, 5], [2, 1, 1, 4]]


def test_a_chunk_whose_column_is_written_after_the_totals_gives_its_totals_only():
    # the second chunk (rows 1-2) writes its second column after the totals: `1 3 | 0 0 | 1 6 | 0 3`; the
    # rows' sums hold only with the third column as the totals, and which columns the others fill is not known
    figures = chunked(OUT_OF_ORDER, [1, 2, 2], orders={1: [0, 2, 3, 1]})
    placed = place_in_column_chunks(figures, 5, 4, sum_holds)
    read = [[None if p is None else figures[p.index] for p in row] for row in placed]
    assert read[0] == [5, 0, 2, 7] and read[3:] == [[4, 0, 1, 5], [2, 1, 1, 4]]
    assert read[1] == [None, None, None, 1] and read[2] == [None, None, None, 6]
    assert not any(p.proved for p in placed[1] + placed[2] if p is not None)  # the totals: recovered
    # in the order written every chunking keeps the rows' sums: nothing is read loose
    figures = chunked(OUT_OF_ORDER, [1, 2, 2])
    assert [[figures[p.index] for p in row] for row in place_in_column_chunks(figures, 5, 4, sum_holds)] == \
        [[Decimal(v) for v in row] for row in OUT_OF_ORDER]


def test_two_columns_beside_each_label_then_the_others_in_chunks():
    figures = chunked(OUT_OF_ORDER, [2, 1, 2], lead=2)
    placed = column_chunkings(figures, 5, 4, sum_holds, leads=(0, 1, 2)).placed()
    assert [[figures[p.index] for p in row] for row in placed] == [[Decimal(v) for v in row] for row in OUT_OF_ORDER]
    assert column_chunkings(figures, 5, 4, sum_holds) is None  # without two beside the labels nothing fits


def test_a_report_writing_two_columns_beside_each_label_is_read():
    # Chromium through pdftotext: `（一）予以公开 8 2`, every label so, then the other five columns in chunks
    lines = [TITLE.rstrip("\n"), "三、收到和处理政府信息公开申请情况", "申请人情况", "自然人",
             "商业 科研 社会公益 法律服 其", "企业 机构 组织 务机构 他", "总计", ""]
    for key, label, heading in ROWS:
        lines.append(" ".join([*([heading] if heading else []), label, *map(str, FIGURES[key][:2])]))
    table = [FIGURES[key] for key, _, _ in ROWS]
    start = 0
    for size in (3, 1, 6, 10, 5):
        for column in range(2, 7):
            lines += ["", *(str(table[row][column]) for row in range(start, start + size))]
        start += size
    lines += ["", "四、行政复议、行政诉讼情况", "行政复议", "行政诉讼", "结果维持 结果纠正 其他结果 尚未审结 总计",
              *map(str, REVIEWS), "五、存在的主要问题及改进情况", "一是公开形式单一。"]
    read = applications_of(parse_text("\n".join(lines) + "\n", "plain.txt"))
    for key, expected in FIGURES.items():
        assert [c.value for c in read[key]] == expected, (key, read[key])
        assert {c.state for c in read[key]} <= {"value", "recovered"}, key


def test_a_row_written_out_of_order_is_read_in_the_order_the_column_rules_leave():
    # a one-row chunk whose total is not last (`1 0 0 0 0 1 0`, `8 0 0 0 0 10 2`): the row's figures are
    # known, their columns not; APP_BALANCE / APP_OUTCOME_SUM leave one order: recovered, never value
    for key, printed in (("carried_forward", [1, 0, 0, 0, 0, 1, 0]), ("granted", [8, 0, 0, 0, 0, 10, 2]),
                         ("new_received", [12, 0, 0, 0, 15, 0, 3])):
        read = applications_of(parse_text(plain_text(dict(FIGURES, **{key: printed}), [([1] * 25, 0)]), "plain.txt"))
        assert [c.value for c in read[key]] == FIGURES[key], key
        assert {c.state for c in read[key]} == {"recovered"}, key
    # where no order keeps the rules (the report does not add up), its parts are unknown; its total too, as
    # APP_BALANCE, which it breaks, would hold with another figure in a cell only zeros place (carried_over's)
    printed = dict(FIGURES, carried_forward=[5, 0, 0, 0, 0, 5, 0])
    report = parse_text(plain_text(printed, [([1] * 25, 0)]), "plain.txt")
    read = applications_of(report)
    assert [c.state for c in read["carried_forward"]] == ["unknown"] * 7
    assert any(w.code == "column_rules_fail" and "APP_BALANCE total" in w.message for w in report.warnings)


# ---------------------------------------------------------------- ASCII `-` blank cells joined away by pdftotext

def joined_at_hyphens(text: str) -> str:
    """`text` as plain pdftotext writes a line ending in an ASCII `-` (poppler's TextPage::dump, checked
    on a Chromium PDF with -bbox-layout): a hyphenated word, so the `-` is dropped and the line runs on
    into the next line of its block (paragraph). A blank cell's lone `-` followed by a figure leaves only
    the figure; a run of them leaves one `-` where the block ends, none before a figure."""
    blocks = []
    for block in text.split("\n\n"):
        lines, carry = [], None
        for line in block.split("\n"):
            line, carry = (carry or "") + line, None
            if line.endswith("-"):
                carry = line[:-1]
            else:
                lines.append(line)
        blocks.append("\n".join(lines + ([carry + "-"] if carry is not None else [])))
    return "\n\n".join(blocks)


def test_column_chunks_whose_dash_blanks_pdftotext_joined_away_are_unknown_never_shifted():
    # the count of figures falls short of rows × columns and nothing says which cells the joined `-`
    # stood for: no complete chunking fits, so the cells are unknown and the report says so
    for pages in ([([3, 1, 2, 5, 1, 4, 6, 3], 0)], [([25], 0)], [([5], 0), ([4, 9, 7], 1)]):
        text = re.sub(r"(?m)^None$", "-", plain_text(BLANKS, pages))
        report = parse_text(joined_at_hyphens(text), "plain.txt")
        read = applications_of(report)
        assert text.split("\n").count("-") > 20  # the blanks the PDF printed
        for key, expected in BLANKS.items():
            assert all(c.state == "unknown" or c.value == v for c, v in zip(read[key], expected)), (pages, key)
        assert report.warnings and any(c.state == "unknown" for row in read.values() for c in row), pages


def test_chunks_whose_dash_blanks_pdftotext_joined_away_read_as_blanks_printing_nothing():
    # Chromium through plain pdftotext, `-` for a blank: beside a label a lone `-` stays (`（二）… ` / `-`);
    # in a chunk's column a run of them leaves one `-` at its end, none before a figure (`2` / `-` / `-`
    # prints `2` / `-`; `-` / `1` prints `1`). Those marks say only that some cells are blank: read as the
    # same chunks whose blanks print nothing, every cell alike, never shifted by a mark taken as one cell
    for sizes in ([3, 1, 9, 7, 3, 2], [3, 22], [5, 5, 5, 5, 5]):
        text = joined_at_hyphens(beside_the_labels(SPARSE_BESIDE, sizes, mark="-"))
        assert text.split("\n").count("-") > 20
        read = applications_of(parse_text(text, "plain.txt"))
        silent = applications_of(parse_text(beside_the_labels(SPARSE_BESIDE, sizes), "plain.txt"))
        for key, expected in SPARSE_BESIDE.items():
            assert [(c.value, c.state) for c in read[key]] == [(c.value, c.state) for c in silent[key]], (sizes, key)
            assert all(c.state == "unknown" or c.value == v for c, v in zip(read[key], expected)), (sizes, key)
        for key in ("new_received", "granted", "results_total"):  # the first column, and the chunks' totals
            assert [(c.value, c.state) for c in read[key][::6]] == [(SPARSE_BESIDE[key][0], "recovered"),
                                                                  (SPARSE_BESIDE[key][-1], "recovered")], (sizes, key)



def test_the_other_heading_without_its_number_among_the_sub_rows_lines_takes_no_sub_rows_place():
    # Chromium through pdftotext: `（六）其他处理` printed `其他处理`, between the lines of the second sub-row's
    # wrapped label; read with that line it names the 2019 row `other`, which must not take the line the
    # sub-row's own label opens on (pushing （六）1 off its own: a row not found, the table unread)
    printed = ("（六）其他处理\n\n1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请\n\n"
               "2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请\n\n3.其他\n\n")
    text = beside_the_labels(SPARSE_BESIDE, [3, 1, 9, 7, 3, 2])
    assert printed in text
    wrapped = ("1.申请人无正当理由逾期不补正，行\n政机关不再处理其政府信息公开申请\n2.申请人逾期未按收费通知要求缴纳\n"
               "其他处理\n费用，行政机关不再处理其政府信息 公开申请\n其他\n\n")
    report = parse_text(text.replace(printed, wrapped), "plain.txt")
    read = applications_of(report)
    assert not any(w.code == "missing_row" for w in report.warnings)
    for key in ("new_received", "granted", "unavailable_not_held", "results_total"):  # read as in the test above
        assert read[key][0].value == SPARSE_BESIDE[key][0] and read[key][0].state == "recovered", key
        assert read[key][-1].value == SPARSE_BESIDE[key][-1] and read[key][-1].state == "recovered", key
    for key in ("other_no_correction", "other_no_fee_paid", "other_misc"):  # no figure beside them: blank
        assert read[key][0].state == "blank", key


def test_a_label_torn_before_its_note_with_the_group_headings_piece_between_is_its_row():
    # `（二）部` / `结果` (the merged group heading's last piece) / `分公开（区分处理的，只计这一情形，不计其他情 1` /
    # `形）`: the note, squashed away only when whole, names the row by its own first words
    printed = "三、本年度办理结果\n\n（一）予以公开\n2\n\n（二）部分公开（区分处理的，只计这一情形，不计其他情形）\n1\n\n"
    text = beside_the_labels(SPARSE_BESIDE, [3, 1, 9, 7, 3, 2])
    assert printed in text
    torn = "三、本年度办理\n（一）予以公开\n2\n度办理 （二）部\n结果\n分公开（区分处理的，只计这一情形，不计其他情 1\n形）\n\n"
    report = parse_text(text.replace(printed, torn), "plain.txt")
    read = applications_of(report)
    assert not any(w.code == "missing_row" for w in report.warnings)
    for key in ("granted", "partially_granted", "results_total"):  # as where the label is whole
        assert read[key][0].value == SPARSE_BESIDE[key][0] and read[key][0].state == "recovered", key
        assert read[key][-1].value == SPARSE_BESIDE[key][-1] and read[key][-1].state == "recovered", key


def test_a_label_cut_by_its_own_figure_with_a_group_headings_piece_before_its_rest_is_its_row():
    # `本机关不掌` / `7` / `（四）无法 握相关政府信息`: the row's figure set between the two parts of its label, the
    # group heading's first piece opening the line of the rest, its numbering lost with the cut
    printed = "（四）无法提供\n\n1.本机关不掌握相关政府信息\n7\n\n"
    text = beside_the_labels(SPARSE_BESIDE, [3, 1, 9, 7, 3, 2])
    assert printed in text
    report = parse_text(text.replace(printed, "本机关不掌\n7\n（四）无法 握相关政府信息\n提供\n\n"), "plain.txt")
    read = applications_of(report)
    assert not any(w.code == "missing_row" for w in report.warnings)
    for key in ("unavailable_not_held", "results_total"):  # as where the label is whole
        assert read[key][0].value == SPARSE_BESIDE[key][0] and read[key][0].state == "recovered", key
        assert read[key][-1].value == SPARSE_BESIDE[key][-1] and read[key][-1].state == "recovered", key


def test_the_last_rows_label_opened_on_its_figures_line_gives_them_to_it_not_to_the_total_above():
    # `（七）总计` printing nothing, then `四、结转` / its figure / `下年度继续办理`: the numbered line opens the
    # last row's label and the rest below names that row by itself; the figure is the last row's, never the
    # total's above (whose outcome rows print nothing), whatever the column blocks after it
    figures = {key: [None] * 7 for key, _, _ in ROWS} | {
        "new_received": [4, None, None, None, None, 2, 6], "carried_forward": [4, None, None, None, None, 2, 6]}
    for mark in (None, "-"):
        text = beside_the_labels(figures, [25], mark=mark)
        printed = "四、结转下年度继续办理\n4"
        assert printed in text
        text = text.replace(printed, "四、结转\n4\n下年度继续办理")
        read = applications_of(parse_text(joined_at_hyphens(text) if mark else text, "plain.txt"))
        for key, expected in figures.items():
            assert all(c.state == "unknown" or c.value == v for c, v in zip(read[key], expected)), (mark, key)
        assert (read["carried_forward"][0].value, read["carried_forward"][0].state) == (4, "recovered"), mark
        assert read["results_total"][0].state in ("blank", "unknown"), mark
