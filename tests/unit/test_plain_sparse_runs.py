"""Table 3 of plain `pdftotext` (no -layout) of a Chromium PDF whose blank cells print nothing: every
label first, then the figures as a short run of poppler's blocks (`12|5|1||3||15||1|2||…`), each block a
column's figures of neighbouring rows. What such a run proves, and what it leaves unknown: a part
column with figures and one without, or an outcome row with figures and a blank one, may trade places
and the text reads the same, every rule still kept. The parser must leave such cells unknown, never
choose. Also the measures of `benchmarks/plain_reading_order.py`, which found poppler reading a row's
figures out of their left-to-right order in 5 of the 20 sparse files of the tuning sets, and a column's out
of their top-to-bottom order in 3 (issue 14).
Written by hand, apart from the corpus generator."""

from __future__ import annotations

from decimal import Decimal

from benchmarks.plain_reading_order import (
    Word,
    against_the_order,
    blocks_against_the_rows,
    interchangeable,
    mixed,
    poppler_blocks,
    table_3_run,
)
from orchestration.parsing.parse import parse_text
from tests.unit.test_reader_classes import REVIEWS, ROWS, TABLE2, TITLE, applications_of

KEYS = [key for key, _, _ in ROWS]
BLANK = [None] * 7


def sparse(rows: dict[str, list[int | None]]) -> dict[str, list[int | None]]:
    return {key: rows.get(key, BLANK) for key in KEYS}


def poppler_run(table: dict[str, list[int | None]]) -> list[str]:
    """The table's printed cells as poppler's plain text sets them: each column's figures of
    neighbouring rows one block, the blocks by their first row, then left to right."""
    blocks: list[tuple[int, int, list[int]]] = []
    for column in range(7):
        run: list[int] = []
        for row, key in enumerate([*KEYS, None]):
            value = table[key][column] if key is not None else None
            if value is not None:
                run.append(value)
                continue
            if run:
                blocks.append((row - len(run), column, run))
                run = []
    return ["\n".join(map(str, figures)) for _, _, figures in sorted(blocks, key=lambda b: (b[0], b[1]))]


def sparse_text(table: dict[str, list[int | None]]) -> str:
    paragraphs = [TITLE.rstrip("\n"), TABLE2.rstrip("\n"), "三、收到和处理政府信息公开申请情况", "申请人情况",
                  "\n".join(heading + "\n" + label if heading else label for key, label, heading in ROWS),
                  "自然 商业 科研法人或其他组织\n法律服务 其 总\n人 企业 机构 社会公益\n组织 机构 他 计",
                  *poppler_run(table)]
    paragraphs += ["四、行政复议、行政诉讼情况", "行政复议", "行政诉讼", "未经复议直接起诉", "复议后起诉"]
    paragraphs += ["结果维持 结果纠正 其他结果 尚未审结 总计"] * 3 + [str(v) for v in REVIEWS]
    paragraphs += ["五、存在的主要问题及改进情况", "一是公开形式单一。"]
    return "\n\n".join(paragraphs) + "\n"


# every rule holds: rows add up, the outcomes make results_total, new + carried = results + carried forward
LEGAL = sparse({
    "new_received": [12, None, None, None, 3, None, 15],
    "carried_over": [None, None, None, None, 1, None, 1],
    "granted": [5, None, None, None, 2, None, 7],
    "partially_granted": [1, None, None, None, None, None, 1],
    "unavailable_not_held": [2, None, None, None, None, None, 2],
    "unavailable_needs_creation": [1, None, None, None, 1, None, 2],
    "rejected_petition": [3, None, None, None, None, None, 3],
    "results_total": [12, None, None, None, 3, None, 15],
    "carried_forward": [None, None, None, None, 1, None, 1],
})
# the legal-service figures in the commercial column instead
COMMERCIAL = {key: [row[0], row[4], None, None, None, None, row[6]] for key, row in LEGAL.items()}
# rejected_petition's figures one outcome row down, in rejected_duplicate
MOVED = dict(LEGAL, rejected_petition=BLANK, rejected_duplicate=LEGAL["rejected_petition"])


def test_a_sparse_run_reads_the_same_for_tables_that_differ():
    # the premise of the tests below: the text cannot tell these tables apart
    assert LEGAL != COMMERCIAL and LEGAL != MOVED
    assert sparse_text(LEGAL) == sparse_text(COMMERCIAL) == sparse_text(MOVED)
    # and the run is not in the rows' order: `12` `3` `15` of new_received, then legal-service's `1` `2`
    assert poppler_run(LEGAL)[:4] == ["12", "3\n1\n2", "15\n1\n7\n1", "5\n1"]


def test_cells_a_sparse_run_leaves_open_are_unknown_never_chosen():
    read = applications_of(parse_text(sparse_text(LEGAL), "plain.txt"))
    for table in (LEGAL, COMMERCIAL, MOVED):
        for key in KEYS:
            for column, cell in enumerate(read[key]):
                others = {t[key][column] for t in (LEGAL, COMMERCIAL, MOVED)}
                if len(others) > 1:  # the tables differ here: nothing in the text says which
                    assert cell.state == "unknown", (key, column, cell)
                else:
                    value = table[key][column]
                    assert cell.state == "unknown" or cell.value == (None if value is None else Decimal(value)), \
                        (key, column, cell)


def word(block: int, left: float, top: float, text: str) -> Word:
    return Word(1, block, left, top, left + 10, text)


def test_the_reading_order_measure_counts_figures_read_against_their_column_or_row():
    # `22` then `3` on one row, the 3 left of the 22: against the row's order; equal figures never count
    run = [word(1, 300, 500, "19"), word(2, 550, 500, "22"), word(3, 480, 500, "3"), word(3, 480, 517, "3")]
    assert against_the_order(run) == (0, 1)
    # a column's `7` read after the `1` below it
    run = [word(1, 550, 320, "1"), word(2, 550, 160, "7"), word(2, 550, 160, "1")]
    assert against_the_order(run) == (1, 0)
    blocks = poppler_blocks([word(1, 550, 330, "2"), word(1, 480, 367, "1"), word(2, 318, 422, "3")])
    assert mixed(blocks) == (2, 1, 1)


def test_the_measured_run_is_table_3s_lines_of_figures_only():
    lines = [[word(1, 30, 10, "申请人情况")], [word(2, 300, 20, "12")], [word(3, 30, 30, "（一）予以公开"),
                                                                       word(3, 300, 30, "5")],
             [word(4, 550, 20, "15")], [word(5, 30, 90, "行政复议")], [word(6, 300, 100, "3")]]
    assert [w.text for w in table_3_run(lines)] == ["12", "15"]


def as_applications(table: dict[str, list[int | None]]) -> dict[str, dict[str, int | None]]:
    columns = ["natural_person", "commercial_enterprise", "research_institution", "social_welfare_org",
               "legal_service_org", "other_org", "total"]
    return {key: dict(zip(columns, row)) for key, row in table.items()}


def test_the_measure_finds_the_columns_and_rows_that_trade_places():
    assert interchangeable(as_applications(LEGAL)) == (True, True)
    full = {key: [1, 1, 1, 1, 1, 1, 6] for key in KEYS}
    assert interchangeable(as_applications(full)) == (False, False)
    assert interchangeable(as_applications(dict(full, granted=BLANK))) == (False, True)


def test_the_reading_order_measure_counts_blocks_set_after_a_block_of_lower_rows():
    # c1000 000382 (a corpus of seed 1000 through Chromium): the results_total row's `7` (natural persons) read
    # before the rejected_confirmation row's `1` `1` above it, poppler setting a block left of another first
    # whatever their heights: two blocks wholly above one read before them
    blocks = poppler_blocks([word(1, 356, 505, "7"), word(2, 460, 487, "1"), word(3, 556, 487, "1"),
                             word(4, 460, 505, "4")])
    assert blocks_against_the_rows(blocks) == 2
    # a block of two rows, then one of its lower row in another column: not wholly above it
    blocks = poppler_blocks([word(1, 556, 29, "11"), word(1, 556, 54, "3"), word(2, 356, 54, "3")])
    assert blocks_against_the_rows(blocks) == 0


# table 4's header as poppler's plain text sets Chromium's print of it (generated c1002 000089)
PRINTED_HEADER = [("行政复议\n行政诉讼\n未经复议直接起诉\n复议后起诉\n结果维 结果纠 其他结 尚未审 总 结果维 结果纠\n"
                   "尚未审 总 结果维 结果纠 其他结 尚未审 总\n持 正 果 结 计 持 正 其他结\n果 结 计 持 正 果 结 计")]


def paged_text(table_3_figures: list[str], above_table_4_header: list[str], table_4_figures: list[str],
               header: list[str] | None = None) -> str:
    """A report as plain pdftotext writes Chromium's print of it (a form feed opening table 4's page): table 3's
    labels, then `table_3_figures` as poppler's blocks, table 4's heading, `above_table_4_header` (blocks set
    between the heading and the header), its `header`, then `table_4_figures` as blocks."""
    paragraphs = [TITLE.rstrip("\n"), TABLE2.rstrip("\n"), "三、收到和处理政府信息公开申请情况", "申请人情况",
                  "\n".join(heading + "\n" + label if heading else label for key, label, heading in ROWS),
                  "自然 商业 科研法人或其他组织\n法律服务 其 总\n人 企业 机构 社会公益\n组织 机构 他 计",
                  *table_3_figures, "\f四、政府信息公开行政复议、行政诉讼情况", *above_table_4_header,
                  *(header or ["行政复议", "行政诉讼", "未经复议直接起诉", "复议后起诉",
                               *["结果维持 结果纠正 其他结果 尚未审结 总计"] * 3]), *table_4_figures,
                  "五、存在的主要问题及改进情况", "一是公开形式单一。"]
    return "\n\n".join(paragraphs) + "\n"


def test_table_3_whose_blocks_stand_above_table_4s_header_is_unknown_not_blank():
    # generated c1002 000789 through Chromium: table 3's labels print no figure, its blocks (`3` `3` `2` `2` …, the
    # social-welfare column and the totals) stand between table 4's heading and its header, where no figure of
    # table 4 stands: its cells are unknown, never blank (8 cells holding figures were read blank)
    blocks = ["3", "3", "2", "2", "2\n1", "2\n1"]
    read = applications_of(parse_text(paged_text([], blocks, ["2", "2"]), "plain.txt"))
    assert {cell.state for row in read.values() for cell in row} == {"unknown"}
    # no figure above the header: a table 3 printing nothing is blank, as before
    read = applications_of(parse_text(paged_text([], [], ["2", "2"]), "plain.txt"))
    assert {cell.state for row in read.values() for cell in row} == {"blank"}


def reviews_of(report) -> dict[tuple[str, str], object]:
    return {(cell.row, cell.column): cell for cell in report.cells if cell.table == "reviews"}


def test_a_sparse_table_4s_few_figures_in_plain_blocks_are_placed_nowhere():
    # generated c1002 000089: table 4 prints its litigation_direct's `2` (upheld) and `2` (total) alone, its blank
    # cells nothing; the first was read as administrative_review's upheld, the first column
    text = paged_text(poppler_run(LEGAL), [], [], [PRINTED_HEADER[0] + "\n2"])  # the 2 right under the header
    cells = reviews_of(parse_text(text, "plain.txt"))
    assert len(cells) == 15 and {cell.state for cell in cells.values()} == {"unknown"}
    # every cell printed, zeros too: read in order, as before
    cells = reviews_of(parse_text(paged_text(poppler_run(LEGAL), [], [str(v) for v in REVIEWS], PRINTED_HEADER),
                                  "plain.txt"))
    assert [cells[key].value for key in cells] == REVIEWS
