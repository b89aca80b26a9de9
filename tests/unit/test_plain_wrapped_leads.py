"""Table 3 of Chromium's PDF through plain `pdftotext` whose first column stands beside the labels in full-width
digits wrapped a digit a line in its narrow column (`１` / `（七）总计` / `２` for 12: the cell and its label each
centred in the row), and whose other columns follow as poppler's blocks, where the total column of a band or
two may stand after all the other blocks (wrapped_blocks.py's `cells_beside_the_labels`, column_blocks.py's
`totals_put_back`). Made-up text written by hand: what the rules prove reads (recovered), what they do not
stays unknown."""

from __future__ import annotations

from orchestration.parsing.column_blocks import band_readings, totals_put_back
from orchestration.parsing.parse import parse_text
from orchestration.parsing.wrapped_blocks import cells_beside_the_labels
from testkit.corpus import FULL_WIDTH_DIGITS as WIDE
from tests.unit.test_reader_classes import FIGURES, REVIEWS, ROWS, TABLE2, TITLE, applications_of

# a table that keeps every rule, its first column wrapped where it holds two digits (11 and 13), each after a row
# whose first figure is 0 (`０１` is no count: the pieces go one way only), the first row's not (a piece above the
# first label stands before the table's rows: not read so)
TABLE = {key: [0] * 7 for key in FIGURES}
TABLE.update({
    "new_received": [9, 3, 0, 0, 0, 0, 12],
    "carried_over": [5, 0, 0, 0, 0, 0, 5],
    "granted": [0, 2, 0, 0, 0, 0, 2],
    "partially_granted": [11, 0, 0, 0, 0, 0, 11],
    "unavailable_not_held": [2, 1, 0, 0, 0, 0, 3],
    "results_total": [13, 3, 0, 0, 0, 0, 16],
    "carried_forward": [1, 0, 0, 0, 0, 0, 1],
})

BANDS = [1, 2, 1, 4, 3, 1, 1, 2, 3, 2, 1, 1, 3]  # 25 rows


def joined(words: list[str], cells: list[tuple[int, ...]]) -> list[str]:
    return ["".join(words[at] for at in cell) for cell in cells]


def test_a_wrapped_figure_beside_the_labels_ends_in_its_own_rows_gap():
    # 4, 0, 12 and 0 beside four labels, 12 wrapped round its label: `１` stands in the gap before it
    words, lines = ["４", "０", "１", "２", "０"], [2, 4, 5, 7, 9]
    assert [joined(words, way) for way in cells_beside_the_labels(words, lines, [1, 2, 1, 1])] == \
        [["４", "０", "１２", "０"]]
    # a gap with no figure of its own: its row's cell is the last words of the gap before (the label's line set
    # after its cell, a margin heading joined to it), so `１` / `２` is 12 there, and the row before keeps `０`
    assert [joined(words, way) for way in cells_beside_the_labels(words, lines, [1, 3, 0, 1])] == \
        [["４", "０", "１２", "０"]]
    # ... but only where the gap before holds a word to spare: no way, never a guess
    assert cells_beside_the_labels(words, lines, [2, 1, 0, 2]) == []
    assert cells_beside_the_labels(words, lines, [0, 3, 1, 1]) == []
    # pieces on one line are two cells, and `０` opens no figure but 0 itself
    assert cells_beside_the_labels(["１", "２"], [3, 3], [2]) == []
    assert cells_beside_the_labels(["０", "３"], [3, 5], [2]) == []


def test_the_column_beside_the_labels_has_one_width():
    # `１２` / `３` is 123 in a column under three digits wide; `４５６` on one line cannot share it
    words, lines = ["１２", "３", "４５６"], [1, 3, 5]
    assert cells_beside_the_labels(words, lines, [2, 1]) == []
    assert [joined(words[:2], way) for way in cells_beside_the_labels(words[:2], lines[:2], [2])] == [["１２３"]]


def sum_holds(_row: int, cells: list[int]) -> bool:  # the last figure is the sum of the others
    return sum(cells[:-1]) == cells[-1]


def test_a_bands_total_column_set_after_all_the_blocks_is_put_back():
    # rows 1 2 3 / 2 3 5 (a band of two rows) then 4 4 8 (a band of one): the first band's total set last
    blocks = [[1, 2], [2, 3], [4], [4], [8], [3, 5]]
    assert band_readings(blocks, 3, 3, sum_holds) == []
    readings = [reading for order in totals_put_back(blocks, 1) for reading in band_readings(order, 3, 3, sum_holds)]
    assert readings == [[[1, 2, 3], [2, 3, 5], [4, 4, 8]]]
    # only after a block of as many figures, and at most ORDERS_TRIED orders (never a guess past them)
    assert totals_put_back(blocks, 1) == [[[1, 2], [3, 5], [2, 3], [4], [4], [8]], [[1, 2], [2, 3], [3, 5], [4], [4], [8]]]
    assert totals_put_back([[0]] * 40 + [[0]], 1, limit=8) is None


def test_two_bands_total_columns_set_after_all_the_blocks_are_put_back_in_order():
    # rows 1 2 3 / 2 3 5 (a band of two), 4 4 8 (one), 1 1 2 / 0 3 3 / 2 0 2 (three): both totals of the bands of
    # two and three rows set last, in their bands' order; one block put back reads nothing, two do
    blocks = [[1, 2], [2, 3], [4], [4], [8], [1, 0, 2], [1, 3, 0], [3, 5], [2, 3, 2]]
    assert not [reading for order in totals_put_back(blocks, 1) for reading in band_readings(order, 6, 3, sum_holds)]
    readings = [reading for order in totals_put_back(blocks, 2) for reading in band_readings(order, 6, 3, sum_holds)]
    assert readings == [[[1, 2, 3], [2, 3, 5], [4, 4, 8], [1, 1, 2], [0, 3, 3], [2, 0, 2]]]


def plain_text(figures: dict[str, list[int]], apart: tuple[int, ...] = (), lost: bool = False,
               bands: list[int] = BANDS) -> str:
    """A report whose table 3 reads as plain `pdftotext` writes Chromium's PDF of it where the first column
    is a digit wide: each label with its first figure beside it, wrapped a digit a line round the label (the
    label's line in the middle, a piece above it), then table 4's heading and the other columns as blocks of
    `bands` rows, the total column of the bands `apart` after all the others (`lost`: a figure lost)."""
    lines = [TITLE.rstrip("\n"), TABLE2.rstrip("\n"), "\f三、收到和处理政府信息公开申请情况", "申请人情况",
             "自然人\n商业企业\n科研机构\n社会公益组织\n法律服务机构\n其他\n总计", ""]
    for key, label, heading in ROWS:
        lines += [heading] if heading else []
        pieces = list(str(figures[key][0]).translate(WIDE))
        above = len(pieces) // 2  # the cell and its one-line label each centred in the row's height
        lines += [*pieces[:above], label, *pieces[above:]] if len(pieces) > 1 else [label, *pieces]
    lines += ["", "\f四、行政复议、行政诉讼情况", ""]
    table = [figures[key] for key, _, _ in ROWS]
    blocks, set_apart, at = [], [], 0
    for band, size in enumerate(bands):
        rows = table[at:at + size]
        columns = ["\n".join(str(row[column]).translate(WIDE) for row in rows) for column in range(1, 7)]
        blocks += columns[:-1] if band in apart else columns
        set_apart += [columns[-1]] if band in apart else []
        at += size
    blocks += set_apart
    if lost:
        blocks[-1] = blocks[-1].rsplit("\n", 1)[0]
    review = ["行政复议", "行政诉讼", "未经复议直接起诉", "复议后起诉", *["结果维持 结果纠正 其他结果 尚未审结 总计"] * 3,
              *map(str, REVIEWS)]
    return "\n".join(lines) + "\n" + "\n\n".join([*blocks, *review, "五、存在的主要问题及改进情况", "一是公开形式单一。"]) + "\n"


def values_of(report) -> dict[str, list[int | None]]:
    return {key: [None if cell.value is None else int(cell.value) for cell in cells]
            for key, cells in applications_of(report).items()}


def test_a_wrapped_column_beside_the_labels_then_blocks_reads():
    report = parse_text(plain_text(TABLE), "plain.txt")
    assert values_of(report) == TABLE, report.warnings
    assert {cell.state for cells in applications_of(report).values() for cell in cells} == {"recovered"}
    assert any(warning.code == "column_blocks" for warning in report.warnings)


def test_a_label_line_set_after_its_figure_reads_the_figure_before_it():
    # poppler joins a margin heading's line to the row's label beside it (`（三）不 4.保护第三方合法权益`) and sets
    # that line after the figure at its height: the label prints nothing after it, its figure is the word before
    figures = {key: list(values) for key, values in TABLE.items()}
    figures["denied_security_stability"] = [2, 0, 0, 0, 0, 0, 2]
    figures["denied_third_party_rights"] = [3, 0, 0, 0, 0, 0, 3]
    figures["partially_granted"] = [6, 0, 0, 0, 0, 0, 6]
    text = plain_text(figures)
    written = "3.危及“三安全一稳定”\n２\n4.保护第三方合法权益\n３\n"
    assert written in text
    report = parse_text(text.replace(written, "3.危及“三安全一稳定”\n２\n３\n（三）不 4.保护第三方合法权益\n"), "plain.txt")
    assert values_of(report) == figures, report.warnings
    assert {cell.state for cells in applications_of(report).values() for cell in cells} == {"recovered"}


def test_a_label_printing_nothing_after_a_single_figure_leaves_the_table_unknown():
    # the word before is the row above's own cell, none to spare: the table is not read, never a guess
    figures = {key: list(values) for key, values in TABLE.items()}
    text = plain_text(figures).replace("4.保护第三方合法权益\n０\n", "4.保护第三方合法权益\n")
    read = applications_of(parse_text(text, "plain.txt"))
    assert all(cell.state != "recovered" for cells in read.values() for cell in cells)


# the total of the band of four rows (4-7: denied_state_secret …) set last, the band holding a row of figures
# other than 0
APART = {key: list(values) for key, values in TABLE.items()}
APART["denied_third_party_rights"] = [0, 1, 0, 0, 0, 0, 1]
APART["granted"] = [0, 1, 0, 0, 0, 0, 1]
APART_BANDS = [1, 2, 1, 4, 5, 6, 2, 1, 1, 2]


def test_a_bands_total_column_set_after_all_the_blocks_reads():
    report = parse_text(plain_text(APART, apart=(3,), bands=APART_BANDS), "plain.txt")
    assert values_of(report) == APART, report.warnings
    assert {cell.state for cells in applications_of(report).values() for cell in cells} == {"recovered"}


def test_a_figure_lost_leaves_the_cells_unknown_never_wrong():
    report = parse_text(plain_text(APART, apart=(3, 4), lost=True, bands=APART_BANDS), "plain.txt")
    for key, cells in applications_of(report).items():
        assert all(cell.state == "unknown" or cell.value == value for cell, value in zip(cells, APART[key]))
    assert not any(warning.code == "column_blocks" for warning in report.warnings)


def test_pieces_that_two_rows_may_share_and_a_search_past_its_bound_leave_cells_unknown_never_wrong():
    # granted's 11 wrapped after carried_over's 5: `５` / `１` / `（一）予以公开` / `１` reads 5 and 11, or 51 and 1;
    # with a band's total set apart, the second way's search of every order passes its bound: nothing is read
    figures = {key: list(values) for key, values in APART.items()}
    figures["granted"], figures["partially_granted"] = [11, 1, 0, 0, 0, 0, 12], [0, 0, 0, 0, 0, 0, 0]
    report = parse_text(plain_text(figures, apart=(3,), bands=APART_BANDS), "plain.txt")
    for key, cells in applications_of(report).items():
        assert all(cell.state == "unknown" or cell.value == value for cell, value in zip(cells, figures[key])), key


# one digit a figure in every column (nothing wraps): each word a figure, the column beside the labels even
SINGLE = {key: [0] * 7 for key in FIGURES}
SINGLE.update({
    "new_received": [9, 3, 0, 0, 0, 0, 12],
    "granted": [5, 1, 0, 0, 0, 0, 6],
    "partially_granted": [1, 0, 0, 0, 0, 0, 1],
    "denied_third_party_rights": [0, 1, 0, 0, 0, 0, 1],
    "unavailable_not_held": [2, 1, 0, 0, 0, 0, 3],
    "results_total": [8, 3, 0, 0, 0, 0, 11],
    "carried_forward": [1, 0, 0, 0, 0, 0, 1],
})


def test_a_put_back_total_reads_where_the_column_rules_hold_and_a_misprint_leaves_the_table_unknown():
    # each word a figure (no piece): the blocks' reader without wrapped_blocks.py, a band's total put back
    report = parse_text(plain_text(SINGLE, apart=(3,), bands=APART_BANDS), "plain.txt")
    assert values_of(report) == SINGLE, report.warnings
    assert {cell.state for cells in applications_of(report).values() for cell in cells} == {"recovered"}
    # a total misprinted (its row adds up, APP_OUTCOME_SUM and APP_BALANCE do not): no reading is kept, and none
    # is taken as printed apart (a put-back order's reading rests on that model, as a wrapped one does)
    misprinted = {key: list(values) for key, values in SINGLE.items()}
    misprinted["results_total"] = [8, 4, 0, 0, 0, 0, 12]
    read = applications_of(parse_text(plain_text(misprinted, apart=(3,), bands=APART_BANDS), "plain.txt"))
    assert all(cell.state != "value" for cells in read.values() for cell in cells)
    assert all(cell.state == "unknown" for cell in read["results_total"])



# fuzz_wrapped_blocks.py's made-up page (seed 1, case 78): the first column beside the labels (37,041 wrapped round
# its label as `３７，` / label / `０４１`), the other columns' blocks before table 4's heading, each line of a block
# a figure, or two at one height (`０ ０`), or a wrapped figure's piece (`６，` / `５３` / `７`)
LEADS = {"new_received": ("３７，", "０４１"), "unavailable_needs_creation": ("３６，", "９８９"),
         "unavailable_unclear": ("", "２８"), "rejected_publication": ("", "２４"), "results_total": ("３７，", "０４１")}
BLOCKS = ("|０|０|０|０|０ ０||６，|５３|７||０||０||０||０||０||４３，|５７８|０|０|０ ０|０||０|０||０||０||０|０||０|０|０|０|０|０|"
          "０ ０|０|０||０|０|０|０|０||０|０|０|０|０||０ ０|０|０|０|０|０|０|０ ０||０|０|０ ０|０ ０|０|０||６，|２７|４||０||５||０||"
          "０||０||０||０||６，２|７４|０|５|０ ０|０ ０|０||０ ０|０ ０|０ ０|０|０|０|０||０|０|０|０|０||０|０|０|０|０||３６，|９８９|０|"
          "２８|０ ０|０ ０|０ ２４|０||０|０|０ ０|０ ０|０|０||０||０||０||０||０||０||０||０||０|０|０ ０|０|０|０ ０||０|０|０|０|０|０||"
          "０||０||６，|２７|９||０||２５|８||０||０|０|４３，|０|３２０|０|２５８|")
CASE_78 = {key: [0] * 7 for key in FIGURES}
CASE_78.update({
    "new_received": [37041, 0, 0, 6537, 0, 0, 43578], "denied_process_information": [0, 0, 0, 6274, 0, 0, 6274],
    "denied_enforcement_files": [0, 0, 0, 5, 0, 0, 5], "unavailable_needs_creation": [36989, 0, 0, 0, 0, 0, 36989],
    "unavailable_unclear": [28, 0, 0, 0, 0, 0, 28], "rejected_publication": [24, 0, 0, 0, 0, 0, 24],
    "results_total": [37041, 0, 0, 6279, 0, 0, 43320], "carried_forward": [0, 0, 0, 258, 0, 0, 258],
})


def test_the_last_labels_figure_and_the_block_after_an_empty_line_are_no_row_run_together():
    # 结转下年度继续办理's `０` beside its label, then an empty line and the first band's block (`０` … `０ ０`): seven
    # figures that keep its sum as 0s (was: read so, recovered), but nothing in the text joins the block to the row
    # (an empty line parts poppler's blocks) and its own 258s come last: its cells are unknown
    lines = [TITLE.rstrip("\n"), TABLE2.rstrip("\n"), "\f三、收到和处理政府信息公开申请情况", "申请人情况",
             "自然人\n商业企业\n科研机构\n社会公益组织\n法律服务机构\n其他\n总计", ""]
    for key, label, heading in ROWS:
        above, below = LEADS.get(key, ("", "０"))
        lines += [line for line in (heading, above, label, below) if line]
    review = ["行政复议", "行政诉讼", "未经复议直接起诉", "复议后起诉", *["结果维持 结果纠正 其他结果 尚未审结 总计"] * 3,
              *map(str, REVIEWS)]
    text = "\n".join([*lines, *BLOCKS.split("|")]) + "\n\n" + \
        "\n\n".join(["四、行政复议、行政诉讼情况", *review, "五、存在的主要问题及改进情况", "一是公开形式单一。"]) + "\n"
    report = parse_text(text, "plain.txt")
    read = applications_of(report)
    for key, cells in read.items():
        assert all(cell.state == "unknown" or cell.value == value for cell, value in zip(cells, CASE_78[key])), \
            (key, [(cell.value, cell.state) for cell in cells])
    assert {cell.state for cell in read["carried_forward"]} == {"unknown"}
    assert any(warning.code == "figures_apart" and "carried_forward" in warning.message for warning in report.warnings)


def test_figures_parted_by_an_empty_line_only_in_a_pdfs_text_line_by_line():
    from orchestration.parsing.application_table import _figures_parted_by_an_empty_line
    from orchestration.parsing.rows import RawCell, Row

    def row(*texts: str, **flags) -> Row:
        cells = [RawCell("四、结转下年度继续办理", 1)] + [RawCell(text, line, gap=not text) for line, text in enumerate(texts, 2)]
        return Row(cells, stacked=True, **flags)

    assert _figures_parted_by_an_empty_line(row("０", "", "０", "０ ０"), pdf_text=True)
    assert not _figures_parted_by_an_empty_line(row("０", "０", "０ ０", ""), pdf_text=True)  # the empty line ends them
    assert not _figures_parted_by_an_empty_line(row("", "０", "０ ０"), pdf_text=True)  # after the label's own block
    # every line apart (an empty line after each: a further one a blank), a text whose blank cells print, a crawl
    assert not _figures_parted_by_an_empty_line(row("０", "", "０", "", "０ ０", "", lines_apart=True), pdf_text=True)
    assert not _figures_parted_by_an_empty_line(row("０", "", "０", "０ ０"), pdf_text=False)
    assert not _figures_parted_by_an_empty_line(row("０", "", "０", "０ ０", joined=True), pdf_text=True)
