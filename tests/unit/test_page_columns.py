"""Table 3 in `pdftotext -layout` text whose later page does not repeat the header, made up by hand
(the class issue 14's real report 沭阳县发改局 2023 showed through Chromium's PDF): pdftotext squeezes
out the room of the columns that are empty on a page, so a later page's figures stand nearer each
other than the header's columns, and the header's positions say nothing there.

Where the template's rules place a row of that page (one split keeps its row's and the columns'
sums), the page shows where those columns stand, and a row of the same page whose figures all stand
under them is read in them, the columns where it prints nothing blank: its cells are recovered
(inferred, never evidence that a rule passes). A figure under no column the page shows stays
unknown: never a guess."""

from __future__ import annotations

from decimal import Decimal

from orchestration.parsing.parse import parse_text
from tests.unit.test_reader_classes import ROWS, TITLE, applications_of

COLUMNS = (34, 40, 46, 52, 58, 64, 70)  # where each applicant column's figure stands on page 1, in glyphs
# the applicants' names wrapped down their columns, each piece centred over its column
HEADER_PIECES = (("自然", "人", ""), ("商业", "企业", ""), ("科研", "机构", ""), ("社会", "公益", "组织"),
                 ("法律", "服务", "机构"), ("其他", "", ""), ("总计", "", ""))


def at_columns(label: str, cells: dict[int, str], columns: tuple[int, ...]) -> str:
    """A line of aligned text: `label`, then each text centred on its column (an index of `columns`)."""
    line = label
    for column, text in sorted(cells.items()):
        line = line.ljust(columns[column] - len(text) // 2) + text
    return line.rstrip()


HEADER = "\n".join(["三、收到和处理政府信息公开申请情况", "申请人情况".rjust(50)]
                   + [at_columns("", {c: pieces[i] for c, pieces in enumerate(HEADER_PIECES) if pieces[i]}, COLUMNS)
                      for i in range(3)])

# (natural person, commercial enterprise, total) of each row; the other applicant columns blank
FIGURES = {key: (0, 0, 0) for key, _, _ in ROWS}
FIGURES.update({
    "new_received": (7, 2, 9),
    "carried_over": (1, 0, 1),
    "granted": (4, 1, 5),
    "unavailable_not_held": (2, 1, 3),
    "results_total": (6, 2, 8),
    "carried_forward": (2, 0, 2),
})
FIRST_ON_PAGE_2 = "denied_internal_affairs"
SQUEEZED = (20, 24, 28)  # where page 2 prints its three columns (glyphs): nearer each other than the header's
WRAP = 12  # glyphs of a label on page 2's row line, the rest wrapped below it (its label column is narrower)


def squeezed(label: str, cells: dict[int, str]) -> list[str]:
    return [at_columns(label[:WRAP], cells, SQUEEZED), *([label[WRAP:]] if label[WRAP:] else [])]


def layout_text(astray: dict[str, int] | None = None) -> str:
    """Table 3 over two pages; `astray`: rows of page 2 printing their one figure, a 0, at that glyph
    column instead (a row that shows a column no other row of the page shows; counted as `at_columns`
    counts, from 0)."""
    lines = [HEADER]
    page_2 = False
    for key, label, heading in ROWS:
        page_2 = page_2 or key == FIRST_ON_PAGE_2
        row_lines = [heading] if heading else []
        np, ce, total = FIGURES[key]
        if astray and key in astray:
            row_lines.append(label[:WRAP].ljust(astray[key]) + "0")
        elif page_2:
            row_lines += squeezed(label, {0: str(np), 1: str(ce), 2: str(total)})
        else:
            row_lines.append(at_columns(label, {0: str(np), 1: str(ce), 6: str(total)}, COLUMNS))
        if key == FIRST_ON_PAGE_2:
            row_lines[0] = "\f" + row_lines[0]
        lines += [*row_lines, ""]
    return TITLE + "\n".join([*lines, "四、政府信息公开行政复议、行政诉讼情况"]) + "\n"


def test_a_page_without_the_header_is_read_in_the_columns_its_placed_rows_show():
    report = parse_text(layout_text(), "squeezed.txt")
    read = applications_of(report)
    for key, (np, ce, total) in FIGURES.items():
        expected = [np, ce, None, None, None, None, total]
        got = [cell.value for cell in read[key]]
        assert got == [None if v is None else Decimal(v) for v in expected], (key, got, report.warnings)
    page_2 = [key for key, _, _ in ROWS][[key for key, _, _ in ROWS].index(FIRST_ON_PAGE_2):]
    for key in page_2:
        assert {cell.state for cell in read[key]} <= {"recovered", "blank"}, (key, read[key])
    assert any(w.code == "page_columns" for w in report.warnings)


def test_a_figure_under_no_column_the_page_shows_stays_unknown():
    # 22 stands 2 glyphs from the natural person's column (20) and the enterprise's (24): under neither
    report = parse_text(layout_text(astray={"rejected_duplicate": 22}), "astray.txt")
    assert all(cell.state == "unknown" for cell in applications_of(report)["rejected_duplicate"])
    # 21 stands 1 glyph from the natural person's column: a figure right-aligned in it, read there
    report = parse_text(layout_text(astray={"rejected_duplicate": 21}), "near.txt")
    assert [cell.value for cell in applications_of(report)["rejected_duplicate"]] == [0, *[None] * 6]
    assert [cell.value for cell in applications_of(report)["unavailable_not_held"]] == [2, 1, *[None] * 4, 3]


# Table 3 over three pages, the shape of a report whose legal-person columns are empty throughout: each row prints
# its natural person's figure and its total. Page 2 holds rows of zeros only (no header, no row the rules place);
# page 3 holds （七）总计, which the columns' sums place, and zeros beside it.
FIRST_OF_ZEROS_ONLY, FIRST_OF_PAGE_3 = "denied_internal_affairs", "rejected_publication"
TWO_COLUMNS = {key: (0, 0) for key, _, _ in ROWS} | {"new_received": (26, 26), "granted": (26, 26),
                                                      "results_total": (26, 26)}
ZEROS_SQUEEZED = (20, 24)  # page 2's two columns (glyphs): pdftotext keeps no room for the columns it prints nothing in
PAGE_3_SQUEEZED = (22, 27)


def three_pages(page_2_columns: tuple[int, int]) -> str:
    lines, page = [HEADER], 1
    for key, label, heading in ROWS:
        page = 2 if key == FIRST_OF_ZEROS_ONLY else 3 if key == FIRST_OF_PAGE_3 else page
        np, total = TWO_COLUMNS[key]
        row_lines = [heading] if heading else []
        if page == 1:
            row_lines.append(at_columns(label, {0: str(np), 6: str(total)}, COLUMNS))
        else:
            columns = page_2_columns if page == 2 else PAGE_3_SQUEEZED
            row_lines += [at_columns(label[:WRAP], {0: str(np), 1: str(total)}, columns),
                          *([label[WRAP:]] if label[WRAP:] else [])]
        if key in (FIRST_OF_ZEROS_ONLY, FIRST_OF_PAGE_3):
            row_lines[0] = "\f" + row_lines[0]
        lines += [*row_lines, ""]
    return TITLE + "\n".join([*lines, "四、政府信息公开行政复议、行政诉讼情况"]) + "\n"


def test_a_page_of_zeros_alone_without_the_header_stays_unknown():
    # Chromium's PDF of such a table through `pdftotext -layout` prints that page byte for byte alike whether its
    # zeros stand in the natural person's column or in any legal person's: which column holds each is not known
    for columns in (ZEROS_SQUEEZED, (16, 21)):
        report = parse_text(three_pages(columns), "zeros_alone.txt")
        read = applications_of(report)
        keys = [key for key, _, _ in ROWS]
        page_2 = keys[keys.index(FIRST_OF_ZEROS_ONLY):keys.index(FIRST_OF_PAGE_3)]
        for key in page_2:
            assert all(cell.state == "unknown" and cell.value is None for cell in read[key]), (key, read[key])
        # the rows the rules place read in full, and page 3's zeros in the columns its 总计 row shows
        for key in ("new_received", "granted", "results_total", "rejected_publication", "carried_forward"):
            np, total = TWO_COLUMNS[key]
            assert [cell.value for cell in read[key]] == [np, *[None] * 5, total], (key, read[key])


# Table 3 over two pages and a third holding its （七）总计 line alone, the shape of a LibreOffice print of a DOCX
# whose legal-person columns are empty but 科研机构: each row prints its natural person's figure, its research
# institution's and its total, a blank printing nothing. Page 1 stands under the header; page 2 is squeezed (its
# columns nearer each other than the header's); the lone 总计 line is set wider, its research figure anywhere.
RESEARCH = {"new_received": (31, 5, 36), "carried_over": (None, 1, 1), "granted": (8, 1, 9),
            "partially_granted": (1, 1, 2), "denied_security_stability": (1, None, 1),
            "denied_third_party_rights": (3, None, 3), "denied_internal_affairs": (1, None, 1),
            "denied_process_information": (1, None, 1), "unavailable_not_held": (7, None, 7),
            "unavailable_needs_creation": (5, None, 5), "unavailable_unclear": (None, 1, 1),
            "rejected_petition": (2, 1, 3), "rejected_duplicate": (2, 1, 3), "rejected_confirmation": (None, 1, 1),
            "results_total": (31, 6, 37)}
FIRST_OF_PAGE_2_RESEARCH = "unavailable_not_held"
RESEARCH_SQUEEZED = (20, 24, 28)  # page 2's natural person, research institution and total (glyphs)


def research_pages(total_line: tuple[int, int, int] | None, page_2: tuple[int, int, int] = RESEARCH_SQUEEZED,
                   page_2_header: bool = False) -> str:
    """The table: page 1 at the header's columns, page 2 its rows at `page_2` (repeating the header first where
    `page_2_header`), and the 总计 line alone on page 3 at `total_line` (on page 2 with the others where None)."""
    lines = [HEADER]
    page = 1
    for key, label, heading in ROWS:
        page = 2 if key == FIRST_OF_PAGE_2_RESEARCH else page
        figures = RESEARCH.get(key, (None, None, None))
        cells = {at: str(value) for at, value in enumerate(figures) if value is not None}
        row_lines = [heading] if heading else []
        if key == "results_total" and total_line is not None:
            row_lines = ["\f" + at_columns(label, cells, total_line)]
        elif page == 1:
            row_lines.append(at_columns(label, {(0, 2, 6)[at]: text for at, text in cells.items()}, COLUMNS))
        else:
            row_lines += [at_columns(label[:WRAP], cells, page_2), *([label[WRAP:]] if label[WRAP:] else [])]
        if key == FIRST_OF_PAGE_2_RESEARCH:
            row_lines[0] = "\f" + (HEADER.split("\n", 2)[2] + "\n" if page_2_header else "") + row_lines[0]
        lines += [*row_lines, ""]
    return TITLE + "\n".join([*lines, "四、政府信息公开行政复议、行政诉讼情况"]) + "\n"


def assert_never_wrong(report, may_be_unknown: set[str]) -> dict[str, list]:
    """Every cell its truth, or unknown in a row of `may_be_unknown`."""
    read = applications_of(report)
    for key, _, _ in ROWS:
        if key not in read:
            continue
        np, research, total = RESEARCH.get(key, (None, None, None))
        truth = [np, None, research, None, None, None, total]
        for cell, value in zip(read[key], truth, strict=True):
            if cell.state == "unknown" and key in may_be_unknown:
                continue
            assert cell.state != "unknown" and cell.value == value, (key, cell, value)
    return read


def test_a_lone_total_line_under_another_columns_header_is_not_read_there():
    # the 总计 line alone on its page, its 6 set under 商业企业's header word, 社会公益组织's or 其他's: the line's own sum
    # holds wherever its two parts stand, and no other row of its page shows where that page's columns stand; the
    # column rules put the 6 in 科研机构 (APP_BALANCE: the other legal persons received nothing, carried nothing over)
    later = {key for key, _, _ in ROWS[[key for key, _, _ in ROWS].index(FIRST_OF_PAGE_2_RESEARCH):]}
    for research_at in (40, 52, 64):
        report = parse_text(research_pages((33, research_at, 70)), "lone_total.txt")
        read = assert_never_wrong(report, later)
        assert [cell.value for cell in read["results_total"]] == [31, None, 6, None, None, None, 37]
        assert {cell.state for cell in read["results_total"]} == {"recovered", "blank"}


def test_a_page_whose_own_columns_stand_under_the_header_is_read_by_it():
    # page 2's rows at the header's own columns (no header repeated), several rows showing them: read as printed
    report = parse_text(research_pages(None, (34, 46, 70)), "agrees.txt")
    read = assert_never_wrong(report, set())
    assert {cell.state for cell in read["rejected_petition"]} == {"value", "blank"}


def test_a_page_repeating_the_header_is_read_by_it():
    report = parse_text(research_pages((34, 46, 70), (34, 46, 70), page_2_header=True), "repeated.txt")
    read = assert_never_wrong(report, set())
    assert {cell.state for cell in read["rejected_petition"]} == {"value", "blank"}


def test_the_last_lines_set_wider_alike_are_not_read_by_the_header_the_rules_refuse():
    # page 3 holds the 总计 line and 四、结转下年度继续办理, both set wider alike, their research figures under 商业企业's,
    # 社会公益组织's or 其他's header word: the two rows show the same columns, one under each header column, but so
    # placed they break APP_BALANCE (no legal person of those received anything): read by the rules, in 科研机构
    figures = dict(RESEARCH, new_received=(33, 5, 38), carried_forward=(2, None, 2))
    for research_at in (40, 52, 64):
        lines = research_pages((33, research_at, 70)).split("\n")
        at = next(at for at, line in enumerate(lines) if line.startswith("四、结转下年度"))
        lines[at] = at_columns("四、结转下年度继续办理", {0: "2", 2: "2"}, (33, research_at, 70))
        lines[next(at for at, line in enumerate(lines) if line.startswith("一、本年新收"))] = at_columns(
            "一、本年新收政府信息公开申请数量", {0: "33", 2: "5", 6: "38"}, COLUMNS)
        read = applications_of(parse_text("\n".join(lines), "wider_alike.txt"))
        for key in ("results_total", "carried_forward"):
            np, research, total = figures[key]
            assert [cell.value for cell in read[key]] == [np, None, research, None, None, None, total], (key, read[key])
        assert all(cell.state != "value" for cell in read["results_total"])
