"""Table 3 of mostly zeros in plain `pdftotext` text of Chromium's PDFs (no -layout), written in
column chunks whose total column of some chunks is set apart past table 4's heading and whose last
two (narrow) columns are written as one block, row by row (`0 0` / `0 4` / `0 1`). Rows of zeros keep
every row's sum in any chunking, so the search tries tens of thousands of chunks, and a chunking of
the figures in the order written may keep every row's sum where only the totals set apart keep the
column rules, or where both orders keep them, a cell is read only where both read it alike. And a page of table 3 read on its own where another page keeps no row's sum in any
placing of its unprinted blanks. Made-up text, written by hand apart from the corpus generator."""

from __future__ import annotations

from decimal import Decimal

from orchestration.parsing.chunks import column_chunkings, place_in_column_chunks
from orchestration.parsing.parse import parse_text
from orchestration.parsing.recovery import applicant_sum_holds
from tests.unit.test_column_chunks import CHUNKED, figures_run_on
from tests.unit.test_column_chunks import plain_text as plain_text_in_pages
from tests.unit.test_reader_classes import REVIEWS, ROWS, TABLE2, TITLE, applications_of

REVIEW_HEADING = "四、行政复议、行政诉讼情况"
NEXT_HEADING = "五、存在的主要问题及改进情况"
WIDTH = 7

# (rows, total column set apart past the heading, the last two columns written as one block)
CHUNKS = [(3, False, True), (1, False, False), (1, False, False), (1, False, False), (5, True, False),
          (1, False, False), (1, False, False), (1, False, False), (5, True, False), (1, False, False),
          (1, False, False), (1, False, False), (3, False, True)]
assert sum(size for size, _, _ in CHUNKS) == len(ROWS)


def zeros_but(**rows: list[int]) -> list[list[int]]:
    table = {key: [0] * WIDTH for key, _, _ in ROWS} | rows
    return [table[key] for key, _, _ in ROWS]


# one application carried forward: every other cell 0 (r29 000004's shape, 2021 template)
ONE_CARRIED = zeros_but(new_received=[1, 0, 0, 0, 0, 0, 1], carried_forward=[1, 0, 0, 0, 0, 0, 1])


def chunked(table: list[list[int]], lead: int = 0, chunks: list[tuple[int, bool, bool]] = CHUNKS,
            narrow_split: bool = False) -> tuple[list[list[str]], list[str]]:
    """The figures as the chunks write them: paragraphs of lines (a line of two figures for a block),
    and the totals set apart, in the chunks' order. `narrow_split`: a block's row whose left figure is
    one digit wide is two lines, its figures one a line (poppler joins the two only where the gap
    between them is narrow, as Chromium's PDFs print `28 0` but `0` / `8`)."""
    paragraphs: list[list[str]] = []
    apart: list[str] = []
    start = 0
    for size, set_apart, blocked in chunks:
        rows = range(start, start + size)
        last = WIDTH - 2 if blocked and size > 1 else WIDTH - 1
        paragraphs += [[str(table[row][column]) for row in rows] for column in range(lead, last)]
        if last == WIDTH - 2:
            paragraphs.append([line for row in rows for line in
                               ([str(table[row][-2]), str(table[row][-1])] if narrow_split and table[row][-2] < 10
                                else [f"{table[row][-2]} {table[row][-1]}"])])
        else:
            (apart.extend if set_apart else paragraphs.append)([str(table[row][-1]) for row in rows])
        start += size
    return paragraphs, apart


def figures_of(table: list[list[int]], lead: int = 0) -> tuple[list[Decimal], int]:
    paragraphs, apart = chunked(table, lead)
    beside = [str(row[0]) for row in table] if lead else []
    words = beside + [word for lines in paragraphs for line in lines for word in line.split()] + apart
    return [Decimal(word) for word in words], len(apart)


def plain_text(table: list[list[int]], chunks: list[tuple[int, bool, bool]] = CHUNKS, narrow_split: bool = False) -> str:
    """A report whose table 3 reads as pdftotext writes Chromium's PDF: its labels, then its figures in
    `chunks`, the totals set apart after table 4's heading, before its header's words."""
    paragraphs, apart = chunked(table, chunks=chunks, narrow_split=narrow_split)
    text = [TITLE.rstrip("\n"), TABLE2.rstrip("\n"), "三、收到和处理政府信息公开申请情况", "申请人情况",
            "自然人\n商业企业\n科研机构\n社会公益组织\n法律服务机构\n其他\n总计"]
    for _, label, heading in ROWS:
        text += [heading] if heading else []
        text.append(label)
    text += ["\n".join(lines) for lines in paragraphs]
    text += [REVIEW_HEADING, *apart, "行政复议", "行政诉讼", "未经复议直接起诉", "复议后起诉"]
    text += ["结果维持 结果纠正 其他结果 尚未审结 总计"] * 3 + [str(v) for v in REVIEWS]
    text += [NEXT_HEADING, "一是公开形式单一。"]
    return "\n\n".join(text) + "\n"


def test_a_table_of_zeros_with_totals_apart_and_a_block_of_two_columns_is_placed():
    # each blocking of each chunk size from each state holds on rows of zeros: the search reads well over
    # the 60,000 rows a pass had, and is no longer given up; by the rows' sums alone, in either lead, a
    # cell is placed only where every chunking places it alike (the column rules then settle the rest)
    for lead in (0, 1):
        figures, apart = figures_of(ONE_CARRIED, lead)
        placed = place_in_column_chunks(figures, len(ROWS), WIDTH, applicant_sum_holds, last_apart=apart)
        assert placed is not None, lead
        read = [[None if p is None else figures[p.index] for p in row] for row in placed]
        assert all(value is None or value == expected for row, want in zip(read, ONE_CARRIED)
                   for value, expected in zip(row, want)), lead
        assert sum(value is not None for row in read for value in row) > len(ROWS) * WIDTH // 2, lead


def test_a_search_that_gives_up_for_one_lead_places_nothing():
    # the chunkings the search left unread may disagree with those it found: nothing is placed from a part
    figures, apart = figures_of(ONE_CARRIED, 0)
    budget = [10**7]
    alone = column_chunkings(figures, len(ROWS), WIDTH, applicant_sum_holds, last_apart=apart, budget=budget,
                             leads=(0,))
    assert alone is not None
    spent = 10**7 - budget[0]  # what lead 0 alone reads: lead 1's search then runs out
    assert column_chunkings(figures, len(ROWS), WIDTH, applicant_sum_holds, last_apart=apart,
                            budget=[spent + 1], leads=(0, 1)) is None


def test_totals_apart_that_alone_keep_the_column_rules_are_read_recovered():
    # in the order written, the ten zeros past table 4's heading end the table: every row keeps its sum,
    # but carried_forward's 1 lands elsewhere and APP_BALANCE fails in every such chunking. Set apart as
    # two chunks' totals, one table keeps every rule: read, every cell recovered (the rules chose it). The
    # figures one a line, no empty line between chunks' columns: nothing but the sums says where chunks end
    report = parse_text(figures_run_on(plain_text(ONE_CARRIED)), "plain.txt")
    read = applications_of(report)
    for (key, _, _), expected in zip(ROWS, ONE_CARRIED):
        assert [cell.value for cell in read[key]] == [Decimal(v) for v in expected], key
        assert {cell.state for cell in read[key]} == {"recovered"}, key
    assert any(w.code == "column_chunks" and "set apart" in w.message for w in report.warnings)
    assert not [w for w in report.warnings if w.code == "column_rules_fail"]


def test_totals_apart_are_not_chosen_where_no_reading_keeps_the_column_rules():
    # the report does not add up (results_total prints 2 where its outcomes sum to 0): the rules choose
    # neither order, and no cell is read from the totals set apart
    table = zeros_but(new_received=[1, 0, 0, 0, 0, 0, 1], results_total=[2, 0, 0, 0, 0, 0, 2],
                      carried_forward=[1, 0, 0, 0, 0, 0, 1])
    report = parse_text(plain_text(table), "plain.txt")
    assert not any(w.code == "column_chunks" and "set apart" in w.message for w in report.warnings)
    read = applications_of(report)
    for (key, _, _), expected in zip(ROWS, table):
        for cell, value in zip(read[key], expected):
            assert cell.state == "unknown" or cell.value == value, key


def test_cells_the_two_orders_past_the_heading_read_differently_are_unknown():
    # one application carried forward, in the social-welfare column: the eleven zeros past table 4's
    # heading may end the table in the order written, or be two chunks' totals set apart, and both keep
    # every row's sum and every column rule, placing carried_forward's 1 in different columns: a cell is
    # read only where both orders read it alike
    table = zeros_but(new_received=[0, 0, 0, 1, 0, 0, 1], carried_forward=[0, 0, 0, 1, 0, 0, 1])
    chunks = [(1, False, False), (1, False, False), (3, False, True), (1, False, False), (6, True, False),
              (3, False, False), (5, False, False), (5, True, False)]
    report = parse_text(figures_run_on(plain_text(table, chunks)), "plain.txt")  # the lines say nothing of chunks
    read = applications_of(report)
    for (key, _, _), expected in zip(ROWS, table):
        for cell, value in zip(read[key], expected):
            assert cell.state == "unknown" or cell.value == value, key
    assert "unknown" in {cell.state for cell in read["carried_forward"]}
    assert any(w.code == "column_chunks" and "read differently" in w.message for w in report.warnings)


# ---------------------------------------------------------------- a page whose rows keep no sum in any placing

def test_a_page_read_on_its_own_where_another_keeps_no_row_sum_in_any_placing():
    # page 1: four rows in chunks of 3 and 1, every cell printed; page 2: the other rows, results_total's
    # two last cells blank and printing nothing (its parts add up to 14, its total blank: the report's own
    # slip). Page 2 keeps no row's sum however the two blanks are placed, nor does the table read whole:
    # page 1 is read on its own (row 4's label stands after exactly its 28 figures), page 2 stays unknown
    figures = dict(CHUNKED, results_total=[11, 3, 0, 0, 0, None, None])
    blank = 987654  # written where a blank prints nothing, then dropped with its line
    text = plain_text_in_pages({key: [blank if v is None else v for v in row] for key, row in figures.items()},
                      [([3, 1], 0), ([5, 5, 5, 6], 0)])
    text = text.replace(f"\n\n{blank}\n", "\n").replace(f"\n{blank}\n", "\n")
    assert str(blank) not in text
    read = applications_of(parse_text(text, "plain.txt"))
    # (or, results_total a row the HTML wrote short and its chunk split at the gap, its own sum not asked, the
    # table read whole: the columns whose rules its slip breaks are unknown, the others read)
    for key, _, _ in ROWS[:4]:
        for cell, value in zip(read[key], figures[key]):
            assert cell.state == "unknown" or (cell.state == "recovered" and cell.value == value), key
        assert [cell.value for cell in read[key]][-1] == figures[key][-1], key
    for key, _, _ in ROWS[4:]:
        for cell, value in zip(read[key], figures[key]):
            assert cell.state == "unknown" or cell.value == value, key
    assert all(cell.state == "unknown" for cell in read["results_total"][5:])  # they printed nothing
