"""`pdftotext -layout` text of table 3 whose 法人 columns are empty cells: a row prints two figures for
seven columns, and only where each figure stands says which columns they are. pdftotext gives every
glyph one character cell, and wraps the header over several lines, centring each header cell
vertically (`商业` over a blank line and a neighbour's `公 益` over `企业`) and spacing out the characters
of a narrow cell (`社 会`). A PDF may lay each page's part of the table out with other column widths.
Written by hand, in the shape of real renditions, apart from the corpus generator."""

from __future__ import annotations

from orchestration.parsing.parse import parse_text
from tests.unit.test_reader_classes import REVIEWS, ROWS, applications_of, assert_read_right

NATURAL, TOTAL = 32, 63  # glyph columns where the 自然人 and 总计 figures start

# the header as pdftotext lays it out: (glyph column, text) per line
HEADER = [
    [(37, "法人或其他组织"), (TOTAL, "总计")],
    [],
    [(NATURAL, "自然")],
    [],
    [(NATURAL, "人"), (37, "商业"), (42, "科研"), (47, "社 会"), (53, "法律"), (58, "其他")],
    [],
    [(47, "公 益"), (53, "服务")],
    [(37, "企业"), (42, "机构")],
    [(47, "组织"), (53, "机构")],
]


def at(*items: tuple[int, str]) -> str:
    """One line with each text starting at its glyph column (as pdftotext places glyphs)."""
    line = ""
    for column, text in items:
        line += " " * max(column - len(line), 2 if line else 0) + text
    return line.rstrip()


def natural_only(natural: int) -> list:
    """A row whose applicants are all natural persons: the 法人 cells are empty, not zero."""
    return [natural, None, None, None, None, None, natural]


FIGURES = {key: natural_only(0) for key, _, _ in ROWS}
FIGURES.update({"new_received": natural_only(12), "granted": natural_only(8), "partially_granted": natural_only(1),
                "unavailable_not_held": natural_only(2), "results_total": natural_only(11),
                "carried_forward": natural_only(1)})
PAGE_BREAK_BEFORE = "rejected_petition"


def report(later_page: str = "same", shift: int = 0, figures_at: tuple[int, int] = (NATURAL, TOTAL)) -> str:
    """A 2021 report; table 3 runs onto a second page from PAGE_BREAK_BEFORE on. `later_page`: `same`
    (the same columns, no header), `header` (the header repeated, every column moved by `shift`),
    `moved` (no header, the two figures of each row starting at the glyph columns `figures_at`)."""
    lines = ["某某县民政局", "2021年政府信息公开工作年度报告", "二、主动公开政府信息情况", "第二十条第（一）项",
             "信息内容    本年制发件数    本年废止件数    现行有效件数", "规章    0    0    5", "",
             "三、收到和处理政府信息公开申请情况", at((NATURAL, "申请人情况"))]
    lines += [at(*line) for line in HEADER]
    columns = (NATURAL, TOTAL)
    for key, label, heading in ROWS:
        if key == PAGE_BREAK_BEFORE:
            lines += ["", "— 2 —", "\f"]
            if later_page == "header":
                lines += [at(*((column + shift, text) for column, text in line)) for line in HEADER]
            columns = (NATURAL + shift, TOTAL + shift) if later_page == "header" else \
                figures_at if later_page == "moved" else columns
        if heading:
            lines.append(heading)
        natural, *_, total = FIGURES[key]
        head, rest = (label[:14], label[14:]) if len(label) > 28 else (label, "")  # a long label wraps
        lines += [at((0, head), (columns[0], str(natural)), (columns[1], str(total))), rest, ""]
    lines += ["四、政府信息公开行政复议、行政诉讼情况", "行政复议 行政诉讼",
              "  ".join(["结果维持", "结果纠正", "其他结果", "尚未审结", "总计"] * 3),
              "  ".join(map(str, REVIEWS)), "五、存在的主要问题及改进情况", "一是公开形式单一。"]
    return "\n".join(lines) + "\n"


def test_empty_applicant_columns_are_placed_by_the_wrapped_header_and_read_blank():
    parsed = parse_text(report(), "layout.txt")
    assert_read_right(parsed, FIGURES, REVIEWS)
    read = applications_of(parsed)
    assert read["new_received"][1].state == "blank" and read["new_received"][0].value == 12


def test_a_header_repeated_on_a_new_page_gives_that_pages_columns():
    parsed = parse_text(report(later_page="header", shift=-6), "layout.txt")
    assert_read_right(parsed, FIGURES, REVIEWS)


def test_a_later_page_with_other_column_widths_and_no_header_is_read_by_its_own_columns_never_wrong():
    # a page laid out narrower: `0   0` at 31 and 36 stands under 自然人 and 商业企业, where a row of
    # zeros would keep its sum with 总计 read blank; further left, under no column; further right,
    # under 商业企业 and past 总计
    later = [key for key, _, _ in ROWS][[key for key, _, _ in ROWS].index(PAGE_BREAK_BEFORE):]
    for figures_at in ((31, 36), (26, 30), (37, 68)):
        parsed = parse_text(report(later_page="moved", figures_at=figures_at), "layout.txt")
        read = applications_of(parsed)
        for key, expected in FIGURES.items():
            for cell, value in zip(read[key], expected):
                if key in later and cell.state == "unknown":
                    continue
                assert cell.state != "unknown" and cell.value == value, (figures_at, key, cell)
        # a row of zeros alone cannot tell 商业企业 from 自然人; the page's own columns do: results_total's
        # 11 is 自然人's by the column sums, so the zeros under it are too (recovered, and the report says
        # so; a page whose columns the rules do not settle stays unknown: test_page_columns.py)
        assert [(cell.state, cell.value) for cell in read["rejected_duplicate"]] == \
            [("recovered", 0), *[("blank", None)] * 5, ("recovered", 0)], figures_at
        assert any(w.code == "page_columns" for w in parsed.warnings)


def test_a_later_page_in_the_header_columns_is_vouched_for_by_its_rows_sums():
    parsed = parse_text(report(later_page="same"), "layout.txt")
    assert_read_right(parsed, FIGURES, REVIEWS)
    assert not [w for w in parsed.warnings if w.code == "unaligned_cells"]
