"""Plain `pdftotext` of Chromium's PDF whose table 3 prints a blank mark (`/`, `—`, `无`) in its blank cells, and
whose first rows' figures stand after their labels as poppler's blocks (one column of those rows a paragraph), or
whose total columns of some bands stand after all the other blocks. Blank marks and zeros keep every row's sum in
any order, so only the text's shape can prove where a figure stands; where it does not, the cell is unknown.
Made-up reports, written by hand (the shapes of benchmarks/fuzz_column_blocks.py --marks --apart)."""

from __future__ import annotations

from orchestration.parsing.column_blocks import blocks_across_rows
from orchestration.parsing.parse import parse_text
from orchestration.parsing.totals_apart import leads_the_labels_allow
from tests.unit.test_reader_classes import ROWS, TABLE2, TITLE, applications_of

HEADER = "申请人情况\n\n自然人\n商业企业\n科研机构\n社会公益组织\n法律服务机构\n其他\n总计"
REVIEWS = ["行政复议", "行政诉讼", "未经复议直接起诉", "复议后起诉", *["结果维持 结果纠正 其他结果 尚未审结 总计"] * 3,
           *"100010001100000"]


def report_text(table_3: list[str]) -> str:
    """A report whose table 3 is `table_3`'s paragraphs (empty lines between, as pdftotext writes them), table 4
    on a new page (a form feed: a PDF's text)."""
    return "\n\n".join([TITLE + "\n" + TABLE2.rstrip("\n"), "三、收到和处理政府信息公开申请情况", HEADER, *table_3,
                        "\f四、行政复议、行政诉讼情况", *REVIEWS, "五、存在的主要问题及改进情况", "一是公开形式单一。"]) + "\n"


def labels(rows: list[tuple[str, str, str | None]], beside: dict[str, str] | None = None) -> list[str]:
    """Each row's group heading and label, the figures `beside` it on the label's line (a line of its own)."""
    paragraphs = []
    for key, label, heading in rows:
        paragraphs += [heading] if heading else []
        paragraphs.append(label + ("\n" + beside[key] if beside and key in beside else ""))
    return paragraphs


def first_rows_in_column_blocks() -> tuple[str, dict[str, list[str]]]:
    """The first four rows' labels one after another, then their figures as seven blocks of four, a column
    each (poppler's blocks of a band); the other rows print their seven cells beside their labels. All
    blank (`/`) but new_received's total, 0: read row by row, the 28 figures keep every row's sum too, and
    put that 0 in partially_granted's row."""
    columns = [["/"] * 4 for _ in range(7)]
    columns[6][0] = "0"
    truth = {key: ["/"] * 7 for key, _, _ in ROWS}
    truth["new_received"][6] = "0"
    rest = {key: " ".join(truth[key]) for key, _, _ in ROWS[4:]}
    table = [*labels(ROWS[:4]), *("\n".join(column) for column in columns), *labels(ROWS[4:], rest)]
    return report_text(table), truth


def test_a_band_in_column_blocks_is_never_read_row_by_row():
    text, truth = first_rows_in_column_blocks()
    read = applications_of(parse_text(text, "plain.txt"))
    for key, _, _ in ROWS[:4]:
        for cell, printed in zip(read[key], truth[key]):
            if cell.state != "unknown":  # read only as printed: a blank mark blank, the 0 in new_received's total
                assert (cell.value, cell.state) == ((None, "blank") if printed == "/" else (0, cell.state))
    # read row by row, the 0 would stand in partially_granted's row and new_received's total would be blank
    assert read["partially_granted"][3].value is None
    assert read["new_received"][6].state != "blank"


def test_paragraphs_holding_two_rows_figures_are_column_blocks():
    # 2 rows of 3: two blocks of a column each ([0, 3], [1, 4]) cross rows; whole rows, or one row's figures, do not
    words = ["1", "/", "1", "/", "0", "1"]
    assert blocks_across_rows(words, [1, 2, 4, 5, 7, 8], 3)  # blocks of two lines: a column of both rows each
    assert not blocks_across_rows(words, [1, 2, 3, 4, 5, 6], 3)  # one paragraph of both rows, a figure a line
    assert not blocks_across_rows(words, [1, 1, 1, 3, 3, 3], 3)  # a row a line, a paragraph each
    assert not blocks_across_rows(words, [1, 3, 5, 7, 9, 11], 3)  # a figure a paragraph
    assert not blocks_across_rows(["0"] * 6, [1, 2, 4, 5, 7, 8], 3)  # all alike: any order reads the same


def test_the_leads_a_table_allows_where_a_band_stands_before_a_label():
    class Row:
        def __init__(self, line: int) -> None:
            self.line = line
            self.label = "a label"  # a row found on its label's line (one on a line of figures alone has none)

    keys = ("a", "b", "c", "d")
    # two figures beside each label (lines 10, 20, 30, 40), the chunks after the last
    beside = [10, 10, 20, 20, 30, 30, 40, 40, 50, 51]
    found = {key: Row(line) for key, line in zip(keys, (10, 20, 30, 40))}
    assert leads_the_labels_allow(keys, found, beside, 7, (0, 1, 2)) == (2,)
    # the first two rows' 14 figures in blocks before the third label: no count beside each label fits (nor none: the later labels stand after figures beside)
    band = [11 + index for index in range(14)] + [30, 30, 40, 40]
    found = {key: Row(line) for key, line in zip(keys, (1, 2, 30, 40))}
    assert leads_the_labels_allow(keys, found, band, 7, (0, 1, 2)) == ()


def one_row_bands_ending_on_a_zero() -> str:
    """Every row's first column beside its label, then each row's other six columns a block of one figure each
    (a band of one row), all blank (`/`) but carried_forward's total, 0, the last block. Poppler may set a
    band's total column after all the others: that 0 may as well be results_total's total, carried_forward's
    six blocks then the six before it, and every row keeps its sum both ways."""
    beside = {key: "/" for key, _, _ in ROWS}
    blocks = ["/"] * (len(ROWS) * 6 - 1) + ["0"]
    return report_text([*labels(ROWS, beside), *blocks])


def test_a_zero_a_total_column_set_apart_may_hold_is_unknown():
    read = applications_of(parse_text(one_row_bands_ending_on_a_zero(), "plain.txt"))
    assert read["carried_forward"][6].state == "unknown"  # 0 in the order written, blank set apart
    assert read["results_total"][6].state == "unknown"  # blank in the order written, 0 set apart
    assert all(cell.state in ("blank", "unknown") for key, _, _ in ROWS for cell in read[key])




def a_band_of_single_cells() -> str:
    """Labels alone, then poppler's blocks: the first four rows a band of seven blocks of four; the next four
    a band whose first column is a block, whose middle four columns are single cells (a flow each, row by row)
    and whose last two are one block (a row a line, or a figure a line where the gap is wide:
    denied_prohibited_by_law's `49 49`); every later row a band of its own, a cell a flow. All blank (`/`) but
    new_received, granted, denied_prohibited_by_law and results_total, which keep every rule."""
    rows = {key: ["/"] * 7 for key, _, _ in ROWS}
    rows["new_received"] = rows["results_total"] = ["5", "/", "/", "/", "/", "49", "54"]
    rows["granted"] = ["5", "/", "/", "/", "/", "/", "5"]
    rows["denied_prohibited_by_law"] = ["/", "/", "/", "/", "/", "49", "49"]
    keys = [key for key, _, _ in ROWS]
    blocks = ["\n".join(rows[key][column] for key in keys[:4]) for column in range(7)]
    blocks.append("\n".join(rows[key][0] for key in keys[4:8]))
    blocks += [rows[key][column] for key in keys[4:8] for column in range(1, 5)]
    blocks.append("\n".join(" ".join(rows[key][5:]) if rows[key][5] != "/" else "/\n/" for key in keys[4:8]))
    blocks += [cell for key in keys[8:] for cell in rows[key]]
    return report_text([*labels(ROWS), *blocks])


def test_a_band_of_single_cells_rivals_chunks_written_out_of_order():
    read = applications_of(parse_text(a_band_of_single_cells(), "plain.txt"))
    # read as one column a block, denied_third_party_rights' row takes the `49 49` with its total out of order
    # and denied_prohibited_by_law's reads blank: the single cells, row by row, read them where they stand
    assert all(cell.value is None for cell in read["denied_third_party_rights"])
    assert all(cell.state == "unknown" or cell.value == 49 for cell in read["denied_prohibited_by_law"][5:])
    assert all(cell.state in ("blank", "unknown") for cell in read["denied_prohibited_by_law"][:5])



def one_row_bands_misprinted() -> str:
    """`one_row_bands_ending_on_a_zero` whose new_received prints 3 in its first column and total, every other
    row blank (APP_BALANCE broken however the figures are read: a misprint), carried_forward a 0 in its third
    column too; every row keeps its own sum."""
    beside = {key: "/" for key, _, _ in ROWS}
    beside["new_received"] = "3"
    blocks = ["/"] * (len(ROWS) * 6 - 1) + ["0"]
    blocks[5] = "3"  # new_received's total, its row's last block
    blocks[-5] = "0"  # carried_forward's third column
    return report_text([*labels(ROWS, beside), *blocks])


def test_rules_the_table_breaks_read_in_any_order_choose_no_order():
    read = applications_of(parse_text(one_row_bands_misprinted(), "plain.txt"))
    # the last 0 set apart as results_total's total, carried_forward's blocks are the six before it: its 0 then
    # stands in its fourth column. Both readings break APP_BALANCE (new_received's 3): that cannot choose one
    assert read["carried_forward"][2].state == "unknown"
    assert read["carried_forward"][3].state == "unknown"
    assert all(cell.state in ("blank", "unknown") for cell in read["carried_forward"])
