"""Table 3 written column by column in chunks of rows, as `pdftotext` without -layout reads a PDF
table: every label first, then for the first k rows the k figures of the first column, those of the
second, …, of the total; then the next chunk. The chunk sizes are not in the text: the rows' sums
choose them, and a cell the sums leave open is unknown, never a guess. Written by hand, apart from
the corpus generator."""

from __future__ import annotations

import re
from decimal import Decimal

import pytest

from orchestration.parsing.chunks import figures_past_the_heading, place_in_column_chunks
from orchestration.parsing.parse import parse_text
from orchestration.parsing.recovery import applicant_sum_holds
from tests.unit.test_reader_classes import FIGURES, REVIEWS, ROWS, TABLE2, TITLE, applications_of

KEYS = [key for key, _, _ in ROWS]
WIDTH = 7


def sum_holds(reading) -> bool:  # the last figure is the sum of the others
    return sum(v or 0 for v in reading[:-1]) == (reading[-1] or 0)


def in_chunks(table: list[list[int]], sizes: list[int], lead: int = 0) -> list[Decimal]:
    """The table's figures in the order of column chunks of `sizes` rows; `lead` first columns
    written row by row beside the labels."""
    assert sum(sizes) == len(table)
    order = [table[row][column] for column in range(lead) for row in range(len(table))]
    start = 0
    for size in sizes:
        order += [table[row][column] for column in range(lead, len(table[0])) for row in range(start, start + size)]
        start += size
    return [Decimal(v) for v in order]


def values(placed, figures) -> list[list]:
    return [[None if p is None else figures[p.index] for p in cells] for cells in placed]


TABLE = [[3, 1, 4, 8], [2, 0, 7, 9], [5, 5, 1, 11], [0, 0, 0, 0], [1, 6, 2, 9], [2, 2, 3, 7]]


def test_chunks_of_several_sizes_are_placed_and_proved_by_the_rows_sums():
    for sizes in ([3, 1, 2], [1, 1, 1, 1, 1, 1], [6], [2, 4], [1, 5]):
        figures = in_chunks(TABLE, sizes)
        placed = place_in_column_chunks(figures, len(TABLE), 4, sum_holds)
        assert values(placed, figures) == [[Decimal(v) for v in row] for row in TABLE], sizes
        assert all(p.proved for row, cells in enumerate(placed) if any(TABLE[row]) for p in cells), sizes


def test_the_first_column_beside_the_labels_and_the_others_in_chunks():
    figures = in_chunks(TABLE, [2, 3, 1], lead=1)
    placed = place_in_column_chunks(figures, len(TABLE), 4, sum_holds)
    assert values(placed, figures) == [[Decimal(v) for v in row] for row in TABLE]


def test_each_page_read_on_its_own_when_its_labels_open_it():
    # page 1: rows 0-2 in one chunk; page 2: rows 3-5, the first column beside its labels
    figures = in_chunks(TABLE[:3], [3]) + in_chunks(TABLE[3:], [1, 2], lead=1)
    assert place_in_column_chunks(figures, len(TABLE), 4, sum_holds, pages=()) is None
    placed = place_in_column_chunks(figures, len(TABLE), 4, sum_holds, pages=(3,))
    assert values(placed, figures) == [[Decimal(v) for v in row] for row in TABLE]


def test_chunkings_that_disagree_leave_the_cell_unknown():
    # `0 1 1 2 1 3` keeps both rows' sums as two chunks of one row ([0 1 1] [2 1 3]) and as one chunk
    # of two ([0 1 1] [1 2 3]): the first row reads the same either way, the second's first two cells do not
    figures = [Decimal(v) for v in (0, 1, 1, 2, 1, 3)]
    placed = place_in_column_chunks(figures, 2, 3, sum_holds)
    assert values(placed, figures) == [[0, 1, 1], [None, None, 3]]
    assert not any(p.proved for p in placed[0])  # its `1`s stand in other places in the two: read, never proof


def test_rows_of_zeros_are_read_but_prove_nothing():
    table = [[0, 0, 0]] * 4
    figures = in_chunks(table, [4])
    placed = place_in_column_chunks(figures, 4, 3, sum_holds)
    assert values(placed, figures) == [[0, 0, 0]] * 4
    assert not any(p.proved for cells in placed for p in cells)


def test_a_sequence_no_chunking_adds_up_is_not_placed():
    figures = in_chunks(TABLE, [3, 1, 2])
    figures[0], figures[1] = figures[1], figures[0]  # two figures of a column swapped
    assert place_in_column_chunks(figures, len(TABLE), 4, sum_holds) is None
    assert place_in_column_chunks(figures[:-1], len(TABLE), 4, sum_holds) is None  # a figure lost


def test_the_search_is_bounded_on_a_table_of_zeros_as_wide_as_table_3():
    # every chunking of 25 rows of zeros keeps every sum (2^24 of them): the search visits chunks, not chunkings
    figures = [Decimal(0)] * (25 * WIDTH)
    asked = []

    def counted(reading) -> bool:
        asked.append(reading)
        return applicant_sum_holds(reading)

    placed = place_in_column_chunks(figures, 25, WIDTH, counted)
    assert all(p is not None and figures[p.index] == 0 and not p.proved for cells in placed for p in cells)
    chunks = 25 * 26 // 2
    assert len(asked) <= 2 * chunks * 25  # each chunk once, for each choice of the first column


# ---------------------------------------------------------------- through the parser


def plain_text(figures: dict[str, list[int]], pages: list[tuple[list[int], int]], reviews_cut: int = 15) -> str:
    """A report whose table 3 reads as `pdftotext` without -layout writes it: each page's labels,
    then its figures in column chunks of the given sizes (`lead` 1: the first column beside each
    label); lines apart by empty lines, each column's figures of a chunk one paragraph. Table 4's
    figures one a line, the next section's heading set after the first `reviews_cut` of them."""
    paragraphs = [TITLE.rstrip("\n"), TABLE2.rstrip("\n"), "三、收到和处理政府信息公开申请情况", "申请人情况",
                  "自然人\n商业企业\n科研机构\n社会公益组织\n法律服务机构\n其他\n总计"]
    start = 0
    for sizes, lead in pages:
        rows = ROWS[start : start + sum(sizes)]
        for key, label, heading in rows:
            paragraphs += [heading] if heading else []
            paragraphs.append(label + (f"\n{figures[key][0]}" if lead else ""))
        table = [figures[key] for key, _, _ in rows]
        at = 0
        for size in sizes:
            paragraphs += ["\n".join(str(table[row][column]) for row in range(at, at + size))
                           for column in range(lead, WIDTH)]
            at += size
        paragraphs.append("\f")
        start += sum(sizes)
    paragraphs += ["四、行政复议、行政诉讼情况", "行政复议", "行政诉讼", "未经复议直接起诉", "复议后起诉"]
    paragraphs += ["结果维持 结果纠正 其他结果 尚未审结 总计"] * 3 + [str(v) for v in REVIEWS[:reviews_cut]]
    paragraphs += ["五、存在的主要问题及改进情况", *(str(v) for v in REVIEWS[reviews_cut:]), "一是公开形式单一。"]
    return "\n\n".join(paragraphs) + "\n"


_FIGURE_LINE_THEN_EMPTY = re.compile(r"(?m)^([0-9无—/ ]+)\n\n(?=[0-9无—/])")


def figures_run_on(text: str) -> str:
    """`text` with no empty line between two lines of figures of table 3's section (before table 4's
    heading): its chunks' columns one after the other, nothing in its lines saying where a chunk or a
    block ends (chunks.py's `_joined`), so only the rows' and columns' sums place the figures."""
    head, section = text.split("三、收到和处理政府信息公开申请情况", 1)
    section, tail = section.split("四、行政复议、行政诉讼情况", 1)
    section = _FIGURE_LINE_THEN_EMPTY.sub(r"\1\n", section)
    return head + "三、收到和处理政府信息公开申请情况" + section + "四、行政复议、行政诉讼情况" + tail


CHUNKED = dict(FIGURES, denied_third_party_rights=[1, 0, 1, 0, 0, 0, 2], rejected_duplicate=[3, 0, 0, 0, 0, 0, 3])


def read_cells(text: str) -> dict[str, list]:
    return applications_of(parse_text(text, "plain.txt"))


def test_table_3_in_column_chunks_is_read_right():
    for pages in ([([3, 1, 2, 5, 1, 4, 6, 3], 0)], [([25], 0)], [([5], 0), ([4, 9, 7], 1)]):
        report = parse_text(plain_text(CHUNKED, pages), "plain.txt")
        read = applications_of(report)
        for key, expected in CHUNKED.items():
            for cell, value in zip(read[key], expected):
                assert cell.state in ("value", "recovered") and cell.value == value, (pages, key, cell)
        assert any(w.code == "column_chunks" for w in report.warnings)
        # a chunk holding figures other than zero, the only one its rows' sums allow, is proof
        assert {c.state for c in read["new_received"]} == {"value"}, pages


def test_a_page_break_inside_the_figures_changes_nothing():
    text = plain_text(CHUNKED, [([3, 1, 2, 5, 1, 4, 6, 3], 0)])
    figures_at = text.index("\n\n15\n")  # within the first chunk's total column
    broken = text[:figures_at] + "\n\n\f— 2 —" + text[figures_at:]
    read = read_cells(broken)
    for key, expected in CHUNKED.items():
        assert [cell.value for cell in read[key]] == [Decimal(v) for v in expected], key


def test_figures_no_chunking_adds_up_are_never_placed():
    swapped = dict(CHUNKED, new_received=[12, 3, 0, 0, 0, 1, 15])  # a misprint: the row's sum fails
    read = read_cells(plain_text(swapped, [([3, 1, 2, 5, 1, 4, 6, 3], 0)]))
    for key, expected in swapped.items():
        for cell, value in zip(read[key], expected):
            assert cell.state == "unknown" or cell.value == value, (key, cell)


def reviews_of(report) -> list:
    cells = {(c.row, c.column): c for c in report.cells if c.table == "reviews"}
    return [cells[(p, o)].value for p in ("administrative_review", "litigation_direct", "litigation_after_review")
            for o in ("upheld", "corrected", "other", "pending", "total")]


def test_table_4_figures_written_past_the_next_heading_are_the_tables():
    for cut in (15, 7, 3):
        report = parse_text(plain_text(CHUNKED, [([25], 0)], reviews_cut=cut), "plain.txt")
        assert reviews_of(report) == [Decimal(v) for v in REVIEWS], cut


def test_a_figure_opening_the_next_sections_sentence_is_not_the_tables():
    heading = "五、存在的主要问题及改进情况"
    year_opens_sentence = ["总计", "3", "", heading, "", "2025", "年，我县公开工作取得成效。"]
    first, end = figures_past_the_heading(year_opens_sentence, 3).figures
    assert first == end  # one figure alone: the sentence's year
    several_on_the_last_line = ["总计", "3   0   0   0   3", "", heading, "", "0", "", "1", "", "一是形式单一。"]
    first, end = figures_past_the_heading(several_on_the_last_line, 3).figures
    assert first == end  # the table ended on a row of its own figures
    figures_apart = ["总计", "3", "", heading, "", "0", "", "1", "", "一是形式单一。"]
    assert figures_past_the_heading(figures_apart, 3).figures == (5, 8)
    # a table ending on its header's words: its figures past the heading only where that is asked
    after_header = figures_past_the_heading(["数据", "总计", "", heading, "", "0", "", "1", "", "一是形式单一。"], 3)
    assert after_header.figures == after_header.marked == (4, 4) and after_header.figures_after_any_end == (5, 8)
    # a blank mark beside a figure (`无 2`) ends the figures alone, not those with marks
    marks = figures_past_the_heading(["3", "", heading, "", "无 2", "", "1", "", "一是形式单一。"], 2)
    assert marks.figures == (4, 4) and marks.marked == (4, 7)


# ---------------------------------------------------------------- blocks, marks, figures past table 4's heading


def in_blocks(table: list[list[int]], chunks: list[tuple[int, list[int]]]) -> list[Decimal]:
    """The table's figures in column chunks whose columns are cut into blocks of neighbours (`(size,
    widths)` a chunk), each block written row by row: `pdftotext` takes columns set close together
    as one block of text."""
    order, start = [], 0
    for size, widths in chunks:
        assert sum(widths) == len(table[0])
        left = 0
        for width in widths:
            order += [table[row][column] for row in range(start, start + size) for column in range(left, left + width)]
            left += width
        start += size
    assert start == len(table)
    return [Decimal(v) for v in order]


def test_columns_written_in_blocks_of_neighbours_are_placed():
    figures = in_blocks(TABLE, [(3, [2, 1, 1]), (1, [4]), (2, [1, 3])])
    placed = place_in_column_chunks(figures, len(TABLE), 4, sum_holds)
    assert values(placed, figures) == [[Decimal(v) for v in row] for row in TABLE]


def test_blocks_are_tried_only_where_one_column_a_block_explains_nothing():
    # one column a block fits: the blocked readings (more chunkings to agree on) are not asked
    figures = in_chunks(TABLE, [3, 1, 2])
    placed = place_in_column_chunks(figures, len(TABLE), 4, sum_holds)
    assert all(p is not None and p.proved for row, cells in enumerate(placed) if any(TABLE[row]) for p in cells)


def with_figures_past_table_4s_heading(text: str, moved: int) -> str:
    """The last `moved` figure lines of table 3 set after table 4's heading, as `pdftotext` without
    -layout may write them."""
    lines = text.split("\n")
    heading = lines.index("四、行政复议、行政诉讼情况")
    figure_lines = [i for i in range(heading) if lines[i].strip() and lines[i].strip()[0] in "0123456789无"]
    taken = figure_lines[-moved:]
    moved_lines = [lines[i] for i in taken]
    kept = [line for i, line in enumerate(lines) if i not in set(taken)]
    at = kept.index("四、行政复议、行政诉讼情况") + 1
    return "\n".join([*kept[:at], "", *"\n\n".join(moved_lines).split("\n"), *kept[at:]])


def test_table_3s_last_chunks_written_past_table_4s_heading_are_table_3s():
    for moved in (7, 30):
        report = parse_text(with_figures_past_table_4s_heading(plain_text(FIGURES, [([3, 1, 2, 5, 1, 4, 6, 3], 0)]),
                                                               moved), "plain.txt")
        read = applications_of(report)
        for key, expected in FIGURES.items():
            assert [cell.value for cell in read[key]] == [Decimal(v) for v in expected], (moved, key)
        assert reviews_of(report) == [Decimal(v) for v in REVIEWS], moved  # and table 4 keeps its own
        # a table that does not add up (CHUNKED: the outcomes' natural persons sum to 15, results_total prints
        # 11): the chunkings with blocks of two columns past the heading, where the lines say nothing of
        # blocks, leave cells unproven there, and a failing rule's unproven cells are unknown, never wrong
        report = parse_text(with_figures_past_table_4s_heading(plain_text(CHUNKED, [([3, 1, 2, 5, 1, 4, 6, 3], 0)]),
                                                               moved), "plain.txt")
        read = applications_of(report)
        for key, expected in CHUNKED.items():
            assert all(cell.state == "unknown" or cell.value == v for cell, v in zip(read[key], expected)), (moved, key)
        assert reviews_of(report) == [Decimal(v) for v in REVIEWS], moved


def test_blank_marks_beside_figures_and_after_labels_are_cells():
    marked = {key: [v or "无" for v in row] for key, row in CHUNKED.items()}
    text = plain_text(marked, [([5], 0), ([4, 3, 1, 5, 7], 1)])
    # two items side by side on one line (`无 无`, `无 3`: neighbours of a row, here 无法提供's chunk of one row,
    # whose `1 无 无 无 无 3` poppler may set two a block), and the first column's mark on its label's line
    alone = "\n\n1\n\n无\n\n无\n\n无\n\n无\n\n3\n\n"
    assert text.count(alone) == 1
    text = text.replace(alone, "\n\n1\n\n无 无\n\n无\n\n无 3\n\n").replace("5.属于三类内部事务信息\n无", "5.属于三类内部事务信息 无")
    assert "5.属于三类内部事务信息 无" in text and "\n无 无\n" in text and "\n无 3\n" in text
    read = read_cells(text)
    for key, expected in CHUNKED.items():
        assert [cell.value or 0 for cell in read[key]] == [Decimal(v) for v in expected], key
        assert all(cell.state != "unknown" for cell in read[key]), key


def test_a_table_2_row_whose_first_figure_stands_beside_its_label_and_the_others_below():
    # `行政规范性文件 5` / `0` / `6`: pdftotext without -layout sets the first cell on the label's line
    table2 = ("二、主动公开政府信息情况\n\n第二十条第（一）项\n信息内容\n本年制发件数 本年废止件数 现行有效件数\n"
              "规章\n0\n0\n1\n行政规范性文件 5\n0\n6\n第二十条第（五）项\n信息内容\n本年处理决定数量\n行政许可\n7\n")
    text = plain_text(CHUNKED, [([25], 0)]).replace(TABLE2.rstrip("\n"), table2.rstrip("\n"))
    report = parse_text(text, "plain.txt")
    cells = {(c.row, c.column): c for c in report.cells if c.table == "disclosures"}
    assert [cells[("normative_documents", m)].value for m in ("issued", "repealed", "in_force")] == [5, 0, 6]
    assert all(cells[("normative_documents", m)].state == "value" for m in ("issued", "repealed", "in_force"))
    # figures below that do not make up the columns leave the row as it was: which is blank is not known
    short = text.replace("行政规范性文件 5\n0\n6\n", "行政规范性文件 5\n6\n")
    cells = {(c.row, c.column): c for c in parse_text(short, "plain.txt").cells if c.table == "disclosures"}
    assert cells[("normative_documents", "repealed")].state == "unknown"


def test_table_4s_figures_among_its_header_lines_and_opening_a_page_are_read_in_order():
    # pdftotext without -layout: the first proceeding's header, its five figures, the other two's
    # header, their ten figures, a new page opening on a figure (`\f1`, no page number: it is not indented)
    reviews = [2, 0, 1, 0, 3, 0, 0, 0, 0, 0, 1, 0, 0, 1, 2]
    text = plain_text(CHUNKED, [([25], 0)])
    head = text.split("四、行政复议、行政诉讼情况", 1)[0]
    figures = [str(v) for v in reviews]
    figures[5] = "\f" + figures[5]
    table4 = ["四、行政复议、行政诉讼情况", "行政复议", "结果维持 结果纠正 其他结果 尚未审结 总计", *figures[:5],
              "未经复议直接起诉 复议后起诉", "结果维持 结果纠正 其他结果 尚未审结 总计 结果维持 结果纠正 其他结果 尚未审结 总计",
              *figures[5:], "五、存在的主要问题及改进情况", "一是公开形式单一。"]
    report = parse_text(head + "\n\n".join(table4) + "\n", "plain.txt")
    assert reviews_of(report) == [Decimal(v) for v in reviews]
    assert all(c.state == "value" for c in report.cells if c.table == "reviews" and c.row == "administrative_review")


def _plus_a_thousand(row: list[int]) -> list[int]:
    return [row[0] + 1000, *row[1:-1], row[-1] + 1000]


# a thousand more natural persons asking and granted: every row's and column's sum still holds
THOUSANDS = dict(CHUNKED, **{key: _plus_a_thousand(CHUNKED[key]) for key in ("new_received", "granted", "results_total")})


@pytest.mark.parametrize("digits", ["ascii", "full-width"])
def test_figures_written_with_thousands_separators_are_figures_of_the_chunks(digits):
    # `1,012` (or `１,０１２`) on a line of its own, as Chromium's PDF prints a wide figure: one cell, not a
    # label's words
    wide = str.maketrans("0123456789", "０１２３４５６７８９") if digits == "full-width" else {}
    written = {key: [f"{v:,}".translate(wide) for v in row] for key, row in THOUSANDS.items()}
    for pages in ([([3, 1, 2, 5, 1, 4, 6, 3], 0)], [([5], 0), ([4, 9, 7], 1)]):
        text = plain_text(written, pages)
        assert f"\n{'1,012'.translate(wide)}\n" in text and f"\n{'1,015'.translate(wide)}\n" in text
        report = parse_text(text, "plain.txt")
        read = applications_of(report)
        for key, expected in THOUSANDS.items():
            assert [cell.value for cell in read[key]] == [Decimal(v) for v in expected], (pages, key)
            assert all(cell.state in ("value", "recovered") for cell in read[key]), (pages, key)
        assert any(w.code == "column_chunks" for w in report.warnings)
        # the chunks holding the wide figures, the only ones their rows' sums allow, prove them
        assert {c.state for c in read["new_received"]} == {"value"}, pages
