"""Table 3 in `pdftotext -layout` text of LibreOffice's PDFs, made up by hand in the shape of two classes that
read wrong cells at parser 3.15 (issue 14):

- LibreOffice's PDF of the page: a figure of wide digits with a thousands separator too wide for its narrow
  column wraps over two lines of its cell, which the row's height centres round the row's line: the first
  piece above the row's line, the rest below it (`１,１２` / row / `０` for １,１２０), both set from the cell's
  left edge. Reading the piece below as the whole figure read 1120 as 0: the pieces are pieces, joined where
  the row's sum holds on the joined figures, or where the total is cut and the first piece lacks exactly the
  digits of the piece below in its last group of thousands (cut_total.pieces_across_their_rows), else unknown.
- LibreOffice's PDF of the DOCX: a later page without the header sets its columns by its own text (a narrower
  label column moves them a column's width left), and a sparse row there (`3 … 2 … 5`, blank cells printing
  nothing) keeps its sum under the header's columns shifted one column as well as where it stands. Placed
  by the page's full row (a mark in every column), never by its own sum under the header's columns."""

from __future__ import annotations

from decimal import Decimal

from orchestration.parsing.parse import parse_text
from testkit.corpus import FULL_WIDTH_DIGITS as WIDE
from tests.unit.test_reader_classes import ROWS, TITLE, applications_of

D = Decimal


def left_at(label: str, cells: dict[int, str], columns: tuple[int, ...]) -> str:
    """A line of aligned text: `label`, then each text starting at its column (LibreOffice sets a cell's text
    from its left edge)."""
    line = label
    for column, text in sorted(cells.items()):
        line = line.ljust(columns[column]) + text
    return line.rstrip()


# ---------------------------------------------------------------- (a) a wide figure wrapped round its row's line

PAGE_COLUMNS = (34, 42, 50, 58, 66, 74, 82)
WRAP = 16  # glyphs of a label on its row's line, the rest wrapped below
PAGE_HEADER = ["三、收到和处理政府信息公开申请情况", "申请人情况".rjust(60),
               left_at("", dict(enumerate(["自然人", "商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他", "总计"])),
                       PAGE_COLUMNS)]
# every row's seven cells; the two 4-digit rows print natural person and total wrapped (above, below)
PAGE_FIGURES = {key: [0] * 7 for key, _, _ in ROWS}
PAGE_FIGURES.update({
    "new_received": [1120, 0, 3, 0, 9, 0, 1132],
    "granted": [500, 0, 3, 0, 9, 0, 512],
    "partially_granted": [300, 0, 0, 0, 0, 0, 300],
    "denied_state_secret": [200, 0, 0, 0, 0, 0, 200],
    "unavailable_not_held": [120, 0, 0, 0, 0, 0, 120],
    "results_total": [1120, 0, 3, 0, 9, 0, 1132],
})


def wrapped(figure: int) -> tuple[str, str]:
    """A 4-digit figure with its separator, wide, wrapped in a narrow cell: `１,１２` / `０`."""
    text = f"{figure:,}".translate(WIDE)
    return text[:4], text[4:]


def page_text(total_cut: bool = False, zeros_blank: bool = False) -> str:
    """LibreOffice's page through `pdftotext -layout`; `total_cut`: the total column past the paper's edge,
    one glyph of each of its lines kept (the header keeps `总`); `zeros_blank`: a 0 prints nothing (a page's
    blank cells)."""
    lines = [*PAGE_HEADER[:2], PAGE_HEADER[2].replace("总计", "总") if total_cut else PAGE_HEADER[2], ""]
    for key, label, heading in ROWS:
        if heading:
            lines.append(heading)
        figures = PAGE_FIGURES[key]
        texts = {c: str(v).translate(WIDE) for c, v in enumerate(figures) if v or not zeros_blank}
        if total_cut and 6 in texts:
            texts[6] = texts[6][0]
        above, below = {}, {}
        for c in (0, 6):
            if figures[c] >= 1000:
                top, rest = wrapped(figures[c])
                above[c], below[c] = (top[0], rest[0]) if c == 6 and total_cut else (top, rest)
                del texts[c]
        if above:
            lines.append(left_at("", above, PAGE_COLUMNS))
        lines.append(left_at(label[:WRAP], texts, PAGE_COLUMNS))
        if below:
            lines.append(left_at("", below, PAGE_COLUMNS))
        if label[WRAP:]:  # the rest of a label wrapped in its cell
            lines.append(label[WRAP:])
        lines.append("")
    return TITLE + "\n".join([*lines, "四、政府信息公开行政复议、行政诉讼情况"]) + "\n"


def test_a_wide_figure_wrapped_round_its_rows_line_is_joined_where_the_sums_hold():
    report = parse_text(page_text(), "lo-page.txt")
    read = applications_of(report)
    for key in ("new_received", "results_total"):
        assert [cell.value for cell in read[key]] == [D(v) for v in PAGE_FIGURES[key]], (key, read[key])
        # joined from pieces: inferred, never evidence that a rule passes
        assert read[key][0].state == "recovered" and read[key][6].state == "recovered"
    assert [cell.value for cell in read["granted"]] == [D(v) for v in PAGE_FIGURES["granted"]]


def test_a_wide_figure_wrapped_round_its_row_beside_a_cut_total_is_joined_by_its_separator():
    # the total cut at the paper's edge (`１` / `２` of 1,132): no sum checks the natural person's pieces, but
    # `１,１２` lacks one digit of its last group of thousands and `０` below it, from the same left edge, is that
    # digit: 1,120, recovered (3.19 left both unknown); the total is its parts' sum, opening with `１` and going on
    # with `２` as the page prints it, recovered
    report = parse_text(page_text(total_cut=True), "lo-page-cut.txt")
    read = applications_of(report)
    for key in ("new_received", "results_total"):
        assert [cell.value for cell in read[key]] == [D(v) for v in PAGE_FIGURES[key]], (key, read[key])
        assert read[key][0].state == "recovered" and read[key][6].state == "recovered", (key, read[key])
    assert read["granted"][6].value == D(512)  # a total cut short of one line: its parts' sum, recovered


def test_a_cut_total_wrapped_round_its_rows_line_is_its_parts_sum(monkeypatch):
    # six cells whole on the row's line and only the cut total wrapped round it (`１` / `２` of 1,002): the
    # pieces are the total's first glyphs, its parts' sum, recovered (3.19: the row unknown, its pieces unread)
    figures = dict(PAGE_FIGURES, new_received=[990, 0, 3, 0, 9, 0, 1002])
    monkeypatch.setitem(globals(), "PAGE_FIGURES", figures)
    read = applications_of(parse_text(page_text(total_cut=True), "lo-page-cut.txt"))
    assert [cell.value for cell in read["new_received"]] == [D(v) for v in figures["new_received"]], read["new_received"]
    assert read["new_received"][6].state == "recovered"


def test_pieces_that_do_not_complete_a_cut_figure_stay_unknown(monkeypatch):
    # `１,１２` over `０５`: two digits where one is lacking, no figure as printed; and the cut total's pieces
    # `１` / `９` where the parts add up to 1,132 (no `９` after its first glyph): neither is read
    text = page_text(total_cut=True)
    lines = text.split("\n")
    below = next(i for i, line in enumerate(lines) if line.startswith("一、本年新收")) + 1
    lines[below] = lines[below].replace("０ ", "０５", 1)  # as wide as before: the total's pieces stay in line
    results = next(i for i, line in enumerate(lines) if line.startswith("（七）总计")) + 1
    lines[results] = lines[results][:-1] + "９"
    read = applications_of(parse_text("\n".join(lines), "lo-page-cut.txt"))
    for key in ("new_received", "results_total"):
        assert read[key][0].state == "unknown" and read[key][6].state == "unknown", (key, read[key])


def test_a_wrapped_cut_totals_tail_is_checked_where_its_column_breaks_the_line(monkeypatch):
    # three totals of 16,075 wrapped in the cut column at one width (`１６,０` / `７５`, the page keeping `１` / `７`),
    # but 七、总计 printing 16,065 (`１` / `６`), its parts adding up to 16,075: `６` is in `１６,０７５` (after its
    # head), so a tail looked for anywhere read the total 16,075 (recovered, wrong); where the other totals break
    # the line, 16,075 shows `７` there, so the total is unknown (and so are the others, one of them misprinted)
    figures = {key: [0] * 7 for key, _, _ in ROWS}
    figures.update({"granted": [16066, 0, 0, 0, 9, 0, 16075]})
    figures["results_total"] = figures["new_received"] = list(figures["granted"])
    monkeypatch.setitem(globals(), "PAGE_FIGURES", figures)
    lines = page_text(total_cut=True).split("\n")
    results = next(i for i, line in enumerate(lines) if line.startswith("（七）总计")) + 1
    assert lines[results].endswith("７")
    lines[results] = lines[results][:-1] + "６"
    read = applications_of(parse_text("\n".join(lines), "lo-page-cut.txt"))
    assert read["results_total"][6].state == "unknown" or read["results_total"][6].value == D(16065), read["results_total"]
    for key in ("new_received", "granted"):
        assert read[key][6].state == "unknown" or read[key][6].value == D(16075), (key, read[key])
    # printed as they add up, the three are their parts' sum, recovered
    read = applications_of(parse_text(page_text(total_cut=True), "lo-page-cut.txt"))
    for key in ("new_received", "granted", "results_total"):
        assert (read[key][6].value, read[key][6].state) == (D(16075), "recovered"), (key, read[key])


def test_a_wrapped_cut_total_alone_in_its_column_is_unknown(monkeypatch):
    # one total wrapped in the cut column (`１` / `２` of 1,002), every other total on one line: nothing shows where
    # the column breaks a line, so `２` proves nothing of its place (1,020 and 1,200 hold a `２` after `１` too)
    figures = dict(PAGE_FIGURES, new_received=[990, 0, 3, 0, 9, 0, 1002], results_total=[990, 0, 3, 0, 9, 0, 1002],
                   granted=[490, 0, 3, 0, 9, 0, 502])
    monkeypatch.setitem(globals(), "PAGE_FIGURES", figures)
    lines = page_text(total_cut=True).split("\n")
    results = next(i for i, line in enumerate(lines) if line.startswith("（七）总计"))
    lines[results - 1:results + 2] = [lines[results].ljust(PAGE_COLUMNS[6]) + "１"]  # 七、总计's total on its line
    read = applications_of(parse_text("\n".join(lines), "lo-page-cut.txt"))
    assert read["new_received"][6].state == "unknown", read["new_received"]


def test_a_total_whose_name_is_wrapped_not_cut_takes_no_piece_as_its_text():
    # Chromium stacks a narrow column's header a character a line (`总` / `计`) and its figures a digit a line
    # round the row's line: the column is not cut, and `１` is no cut total's first glyph
    text = page_text(total_cut=True)
    lines = text.split("\n")
    header = next(i for i, line in enumerate(lines) if line.rstrip().endswith("总"))
    lines.insert(header + 1, " " * (len(lines[header]) - 1) + "计")
    read = applications_of(parse_text("\n".join(lines), "lo-page-cut.txt"))
    for key in ("new_received", "results_total"):
        assert read[key][6].state == "unknown" or read[key][6].value == D(PAGE_FIGURES[key][6]), read[key]
        assert read[key][0].state == "unknown" or read[key][0].value == D(PAGE_FIGURES[key][0]), read[key]
    assert not any("joined, marked recovered" in warning.message for warning in parse_text(
        "\n".join(lines), "x.txt").warnings)


def test_a_wide_figure_whose_pieces_a_row_beside_may_own_is_never_its_last_piece_beside_a_cut_total(monkeypatch):
    # three rows in a row printing 1,120 wrapped round their lines, the total cut at the paper's edge: no sum
    # reads the first two, and the sharing that gave the third's `１,１２` to the row above read it `０` with its
    # cut total `０` (0 = 0): 0 and 0 for 1,120 and 1,120, recovered
    figures = {key: [0] * 7 for key, _, _ in ROWS}
    figures.update({"partially_granted": [300, 0, 0, 0, 9, 0, 309], "denied_security_stability": [1120, 0, 3, 0, 9, 0, 1132],
                    "denied_internal_affairs": [1120, 0, 7, 0, 0, 0, 1127],
                    "denied_process_information": [1120, 0, 0, 0, 0, 0, 1120]})
    outcomes = [key for key, _, _ in ROWS][2:-2]
    figures["results_total"] = figures["new_received"] = [sum(figures[k][c] for k in outcomes) for c in range(7)]
    monkeypatch.setitem(globals(), "PAGE_FIGURES", figures)
    read = applications_of(parse_text(page_text(total_cut=True), "lo-page-cut.txt"))
    for key in ("denied_security_stability", "denied_internal_affairs", "denied_process_information"):
        for cell, value in zip(read[key], figures[key], strict=True):
            assert cell.state == "unknown" or cell.value == value, (key, read[key])


def test_a_wide_figure_wrapped_round_a_row_printing_nothing_else_is_never_read_from_its_last_piece(monkeypatch):
    # blank cells printing nothing, the total cut at the paper's edge: 8.属于行政查询事项 prints 3,825 alone,
    # wrapped round its line (`３,８２` above, `５` below, the cut total's `３` / `５` beside them). Its line prints
    # no figure, so no sum proves the pieces the row's; the line below read as the row's figures gave a total of
    # 5 (recovered, `５ | ５` ran together) for 3,825 (in benchmarks/fuzz_lo_wrapped.py's pages, `５` a value too)
    figures = {key: [0] * 7 for key, _, _ in ROWS}
    figures.update({"granted": [500, 0, 3, 0, 9, 0, 512], "denied_administrative_query": [3825, 0, 0, 0, 0, 0, 3825]})
    outcomes = [key for key, _, _ in ROWS][2:-2]
    figures["results_total"] = figures["new_received"] = [sum(figures[k][c] for k in outcomes[:-1]) for c in range(7)]
    monkeypatch.setitem(globals(), "PAGE_FIGURES", figures)
    read = applications_of(parse_text(page_text(total_cut=True, zeros_blank=True), "lo-page-blank.txt"))
    for key in ("denied_administrative_query", "results_total", "new_received"):
        for cell, value in zip(read[key], figures[key], strict=True):
            assert cell.state in ("unknown", "blank") or cell.value == value, (key, read[key])


# ---------------------------------------------------------------- (b) a sparse row on a page of its own columns

DOCX_COLUMNS = (15, 19, 23, 27, 36, 42, 47)  # the header's page
LATER_COLUMNS = (12, 16, 20, 30, 35, 42, 46)  # the last page's (its label column narrower)
DOCX_HEADER = ["三、收到和处理政府信息公开申请情况", "",
               left_at("", {0: "自然", 1: "法人或其他组织", 6: "总计"}, DOCX_COLUMNS),
               left_at("", {0: "人", 1: "商业", 2: "科研", 3: "社会", 4: "法律", 5: "其他"}, DOCX_COLUMNS),
               left_at("", {1: "企业", 2: "机构", 3: "公益", 4: "服务"}, DOCX_COLUMNS),
               left_at("", {3: "组织", 4: "机构"}, DOCX_COLUMNS)]
# (natural person, commercial enterprise, research institution, other organisation): blank where 0
DOCX_FIGURES = {key: (0, 0, 0, 0) for key, _, _ in ROWS}
DOCX_FIGURES.update({
    "new_received": (21, 2, 2, 2),
    "carried_over": (0, 2, 0, 0),
    "granted": (8, 1, 0, 2),
    "partially_granted": (1, 0, 0, 0),
    "unavailable_not_held": (12, 0, 0, 0),
    "results_total": (21, 1, 0, 2),
    "carried_forward": (0, 3, 2, 0),
})
LATER_PAGE_FROM = "rejected_petition"
CARRIED_FORWARD_LABEL = "四、结转下年度继续办"


def docx_text(marks_row: bool = True) -> str:
    """LibreOffice's PDF of the DOCX through `pdftotext -layout`, blank cells printing nothing; the last page
    holds （六）其他处理's sub-rows, one of them printing a mark in every column (`marks_row`)."""
    lines = list(DOCX_HEADER)
    later = False
    for key, label, heading in ROWS:
        later = later or key == LATER_PAGE_FROM
        columns = LATER_COLUMNS if later else DOCX_COLUMNS
        np, ce, ri, oo = DOCX_FIGURES[key]
        cells = {c: str(v) for c, v in ((0, np), (1, ce), (2, ri), (5, oo), (6, np + ce + ri + oo)) if v}
        if marks_row and key == "other_misc":
            cells = dict.fromkeys(range(7), "/")
        text = CARRIED_FORWARD_LABEL if key == "carried_forward" else label
        cut = len(text) if key == "carried_forward" else 4 if later else 9
        indent = "    " if later and key != "carried_forward" else ""
        line = left_at(indent + text[:cut], cells, columns)
        lines.append(("\f" + line) if key == LATER_PAGE_FROM else line)
        if text[cut:]:  # the rest of the label wrapped down its narrow column
            lines.append(indent + text[cut:])
    return TITLE + "\n".join([*lines, "四、政府信息公开行政复议、行政诉讼情况"]) + "\n"


def test_a_sparse_row_on_a_page_of_its_own_columns_is_placed_by_the_pages_full_row():
    report = parse_text(docx_text(), "lo-docx.txt")
    read = applications_of(report)
    # `3 2 … 5` at the later page's columns of 商业企业, 科研机构 and 总计: under the header's columns it would
    # stand under 自然人 and 商业企业, its sum holding all the same
    assert [cell.value for cell in read["carried_forward"]] == [None, D(3), D(2), None, None, None, D(5)], \
        (read["carried_forward"], report.warnings)
    assert read["carried_forward"][1].state == "recovered"


def test_a_sparse_row_with_nothing_to_place_it_is_never_shifted():
    report = parse_text(docx_text(), "lo-docx.txt")
    read = applications_of(report)
    assert read["carried_forward"][0].value is None  # never 3 under 自然人
    # the header's page: its own rows are placed under the header's columns
    assert [cell.value for cell in read["new_received"]] == [D(21), D(2), D(2), None, None, D(2), D(27)]



def test_a_sparse_row_on_a_page_with_no_full_row_whose_rows_stand_under_no_column_is_never_shifted():
    # no row printing a mark in every column: （七）总计's `21 1 2 24` stands between the header's columns, so the
    # page's columns are not the header's, and `3 2 … 5` keeping its sum under 自然人 and 商业企业 vouches for
    # nothing (was read there, values with no warning)
    report = parse_text(docx_text(marks_row=False), "lo-docx-no-marks.txt")
    read = applications_of(report)
    assert read["carried_forward"][0].value is None and read["carried_forward"][0].state != "value"
    for cell, truth in zip(read["carried_forward"], [None, D(3), D(2), None, None, None, D(5)], strict=True):
        assert cell.state == "unknown" or (cell.value == truth and cell.state != "value"), read["carried_forward"]


# ---------------------------------------------------------------- the total column cut whole, blanks printing nothing

# LibreOffice's page wider than the paper through `pdftotext -layout` (the shape of a corpus rendition): the 总计
# column wholly past the paper's edge (the header does not name it), blank cells printing nothing, the figures
# standing under no header word (the header's words and the rows' figures measured apart)
TOTAL_CUT_LINES = (
    '\x0c三、收到和处理政府信息公开申请情况',
    '                                        申请人情况',
    '',
    '                                       法人或其他组织',
    '                          自然人',
    '                                       科研 社会公 法律服务',
    '                                商业企业               其他',
    '                                       机构 益组织  机构',
    '',
    '一、本年新收政府信息公开申请数量          2     1                 1',
    '',
    '二、上年结转政府信息公开申请数量                2',
    '',
    '三、本 （一）予以公开             1       1',
    '年',
    '度办理 （二）部分公开（区分处理的，只计这一情',
    '结果 形，不计其他情形）',
    '',
    '         1.属于国家秘密',
    '',
    '         2.其他法律行政法规禁止公开',
    '',
    '         3.危及“三安全一稳定”',
    '',
    '         4.保护第三方合法权益',
    '   （三）',
    '   不予公   5.属于三类内部事务信息',
    '   开',
    '         6.属于四类过程性信息            1',
    '',
    '         7.属于',
    '         行政执法案卷',
    '',
    '         8.属于',
    '         行政查询事项',
    '',
    '         1.本机关不掌握相关政府信息',
    '',
    '   （四）',
    '         2.没有现成信息需要另行制作   1',
    '   无法提',
    '   供',
    '         3.补正',
    '         后申请内容仍不明确',
    '',
    '   （五）   1.信访举报投诉类申请',
    '   不予处',
    '   理     2.重复申请',
    '',
    '         3.要求提供公开出版物',
    '',
    '         4.无正当理由大量反复申请',
    '\x0c               5.要求行政机关确认或重新出具已',
    '               获取信息',
    '',
    '               1.申请人无正当理由逾期不补正、',
    '               行政机关不再处理其政府信息公开',
    '               申请',
    '     （六）',
    '     其他处       2.申请人逾期未按收费通知要求缴',
    '     理         纳费用、行政机关不再处理其政府',
    '               信息公开申请',
    '',
    '               3.其他',
    '',
    '     （七）总计                        2   2',
    '',
    '四、结转下年度继续办理                           1                  1',
)


def test_a_rows_last_figure_is_never_its_total_where_the_total_column_is_not_printed():
    # `1 … 1` (予以公开: 1 and 1, its total 2 past the paper's edge) was read as a part and its total 1. A row
    # printing one figure alone (`2`, 上年结转) shows that no row prints its total
    report = parse_text(TITLE + "\n".join([*TOTAL_CUT_LINES, "四、政府信息公开行政复议、行政诉讼情况"]) + "\n", "lo-cut.txt")
    read = applications_of(report)
    for key, total in (("granted", 2), ("results_total", 4), ("carried_forward", 2), ("new_received", 4)):
        assert read[key][6].value in (None, D(total)), (key, read[key])


def test_a_wide_figure_wrapped_onto_its_labels_next_line_is_never_that_piece():
    # LibreOffice's DOCX: 234 in wide digits wraps in its narrow cell, `２３` on the row's first line (blanks
    # printing `无`), `４` on its next line beside the label's words (the heading down the margin, the label
    # wrapped a few glyphs a line): the row is read from the line of `４`, never as 4
    lines = [left_at("（四   1.本", {0: "２３", **dict.fromkeys(range(1, 6), "无"), 6: "２３"}, DOCX_COLUMNS),
             left_at("）无   机关", {0: "４", 6: "４"}, DOCX_COLUMNS),
             "法提   不掌", "供    握相", "     关政", "     府信", "     息"]
    text = docx_text().replace("1.本机关不掌握相      12                              12\n关政府信息", "\n".join(lines))
    assert lines[0] in text
    read = applications_of(parse_text(text, "lo-docx-wrapped.txt"))
    for cell in read["unavailable_not_held"]:
        assert cell.value not in (D(4), D(23)), read["unavailable_not_held"]
