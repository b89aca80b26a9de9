"""Table 3 in plain `pdftotext` of Chromium's PDF split by a page break, each page's blanks printing a hyphen:
poppler writes each page's labels (maybe each with its first column's figure on the next line, a blank's hyphen
joined to the next label's line), then that page's other columns as blocks of bands of rows, before the next
page's first label. Each block's figures stand in the rows its hyphens allow: a cell every reading keeping each
row's sum and the two pages' column rules reads alike is read, every other unknown; where no reading keeps the
rules, a column whose every block on a page prints hyphens alone is blank in that page's rows, every other cell
unknown (application_columns.py's `_hyphen_blocks_on_two_pages`)."""

from __future__ import annotations

from orchestration.parsing.parse import parse_text
from tests.unit.test_column_blocks import REVIEWS, TABLE2, TITLE
from tests.unit.test_plain_hyphen_blocks import SPARSE, dehyphenated
from tests.unit.test_reader_classes import ROWS, applications_of

WIDTH = 7
SPLIT = "split by a page break"


def shown(value: int | None) -> str:
    return "-" if value is None else str(value)


def page_text(rows: list[tuple[str, str, str | None]], figures: dict[str, list[int | None]], lead: int,
              bands: list[int], apart: int | None = None) -> str:
    """One page of table 3: its labels, each followed by its first column's figure where `lead`, then its
    other columns as blocks of `bands` rows, one column a block (`apart`: that band's total column set after
    all the page's other blocks)."""
    lines = []
    for key, label, heading in rows:
        lines += [heading] if heading else []
        lines.append(label)
        lines += [shown(figures[key][0])] if lead else []
    paragraphs, set_apart, at = ["\n".join(lines)], [], 0
    for number, size in enumerate(bands):
        band = [figures[key] for key, _, _ in rows[at:at + size]]
        blocks = ["\n".join(shown(row[column]) for row in band) for column in range(lead, WIDTH)]
        set_apart += [blocks.pop()] if number == apart else []
        paragraphs += blocks
        at += size
    assert at == len(rows)
    return "\n\n".join(paragraphs + set_apart)


def two_pages_text(figures: dict[str, list[int | None]], turn: int, pages: list[tuple[int, list[int], int | None]]
                   ) -> str:
    """A report whose table 3's rows before `turn` stand on one page, the others on the next (`pages`: each
    page's lead, bands and band whose total is set apart), as poppler writes them (a line-ending hyphen
    dropped, the next line joined to it)."""
    written = [page_text(rows, figures, *page) for rows, page in zip((ROWS[:turn], ROWS[turn:]), pages)]
    paragraphs = [TITLE.rstrip("\n"), TABLE2.rstrip("\n"), "三、收到和处理政府信息公开申请情况", "申请人情况",
                  "自然人\n商业企业\n科研机构\n社会公益组织\n法律服务机构\n其他\n总计", written[0], "\f" + written[1],
                  "四、行政复议、行政诉讼情况", "行政复议", "行政诉讼", "未经复议直接起诉", "复议后起诉"]
    paragraphs += ["结果维持 结果纠正 其他结果 尚未审结 总计"] * 3 + [str(value) for value in REVIEWS]
    paragraphs += ["五、存在的主要问题及改进情况", "一是公开形式单一。"]
    return dehyphenated("\n\n".join(paragraphs) + "\n")


TURN = 4  # the second page opens at `1.属于国家秘密`
SECOND = len(ROWS) - TURN
BLANK_COLUMNS = {1, 2, 4, 5}  # SPARSE's columns blank in every row


def read_of(text: str):
    report = parse_text(text, "plain.txt")
    return applications_of(report), report


def table_shown(read) -> dict[str, list[int | None | str]]:
    """Each row's cells as read: a value, None (blank) or `?` (unknown)."""
    return {key: ["?" if cell.state == "unknown" else None if cell.value is None else int(cell.value) for cell in cells]
            for key, cells in read.items()}


def test_each_blocks_figures_placed_in_the_rows_every_rule_leaves_them():
    text = two_pages_text(SPARSE, TURN, [(1, [3, 1], None), (1, [1] * SECOND, None)])
    read, report = read_of(text)
    assert table_shown(read) == SPARSE
    assert any(SPLIT in warning.message for warning in report.warnings)


def test_a_page_with_no_column_beside_its_labels_and_a_total_set_apart():
    text = two_pages_text(SPARSE, TURN, [(0, [2, 2], 0), (1, [4, 6, 5, 6], 1)])
    read, _ = read_of(text)
    assert table_shown(read) == SPARSE


def test_a_zero_that_may_stand_in_several_rows_is_unknown_there():
    # a column printing 0 in two rows of the second page: the 0 of results_total ends the last band, so it
    # stands there; the other may stand in any row of its band, each keeping every sum and rule
    figures = {key: list(values) for key, values in SPARSE.items()}
    for key in ("unavailable_not_held", "results_total"):
        figures[key][4] = 0
    read, _ = read_of(two_pages_text(figures, TURN, [(1, [3, 1], None), (1, [2] * (SECOND // 2) + [1], None)]))
    shown = table_shown(read)
    assert shown["results_total"] == figures["results_total"]
    assert shown["unavailable_not_held"][4] == "?"
    assert all(value in ("?", figures[key][column]) for key, row in shown.items() for column, value in enumerate(row))
    assert all(shown[key][column] is None for key in SPARSE for column in BLANK_COLUMNS - {4})


def test_two_figures_that_may_swap_rows_keeping_every_rule_are_unknown():
    # columns 2 and 3 each print one 5 in the first two rows of a band of three: either in either row keeps
    # each row's sum and every column rule, so those four cells are unknown; the rest is read
    figures: dict[str, list[int | None]] = {key: [None] * WIDTH for key, _, _ in ROWS}
    figures.update({"new_received": [10, None, 5, 5, None, None, 20],
                    "granted": [10, None, 5, None, None, None, 15],
                    "partially_granted": [None, None, None, 5, None, None, 5],
                    "results_total": [10, None, 5, 5, None, None, 20]})
    read, _ = read_of(two_pages_text(figures, 2, [(0, [2], None), (1, [3] + [1] * (len(ROWS) - 5), None)]))
    shown = table_shown(read)
    swapped = {("granted", 2), ("granted", 3), ("partially_granted", 2), ("partially_granted", 3)}
    for key, row in shown.items():
        for column, value in enumerate(row):
            assert value == ("?" if (key, column) in swapped else figures[key][column]), (key, column, value)


def test_where_no_reading_keeps_the_column_rules_only_the_columns_of_hyphens_alone_are_read():
    # results_total printed one short in the first column: no placing of the figures keeps APP_OUTCOME_SUM
    figures = {key: list(values) for key, values in SPARSE.items()}
    figures["results_total"] = [17, None, None, 2, None, None, 19]
    figures["carried_forward"] = [3, None, None, None, None, None, 3]
    read, report = read_of(two_pages_text(figures, TURN, [(1, [3, 1], None), (1, [1] * SECOND, None)]))
    for key in figures:
        for column, cell in enumerate(read[key]):
            if column in BLANK_COLUMNS:
                assert (cell.state, cell.value) == ("blank", None), (key, column, cell)
            else:  # the column beside the labels, and the columns whose blocks print a figure
                assert cell.state == "unknown", (key, column, cell)
    assert any(SPLIT in warning.message for warning in report.warnings)


def test_a_page_whose_blocks_fill_no_band_is_not_read():
    # a block of the first page lost: its blocks no longer fill whole bands, so no column of it is known blank
    text = two_pages_text(SPARSE, TURN, [(1, [3, 1], None), (1, [1] * SECOND, None)])
    page = text.index("\f")
    cut = text.rindex("\n\n-\n", 0, page)
    read, report = read_of(text[:cut] + text[cut + 3:])
    assert not any(SPLIT in warning.message for warning in report.warnings)
    assert all(cell.state == "unknown" or cell.value == value
               for key, expected in SPARSE.items() for cell, value in zip(read.get(key, []), expected))


def test_a_second_page_break_among_the_labels_is_not_read_so():
    text = two_pages_text(SPARSE, TURN, [(1, [3, 1], None), (1, [1] * SECOND, None)])
    text = text.replace("\n（四）无法提供", "\n\f（四）无法提供", 1)
    _, report = read_of(text)
    assert not any(SPLIT in warning.message for warning in report.warnings)
