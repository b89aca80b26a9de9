"""`pdftotext -layout` of Chromium's print of table 3 whose narrow header came out garbled: its two lines of
applicant names overlap (`自然 商业 科研法人或其他组织法律服务 其 总` / `人 企业 机构 社会公益` / `组织 机构 他 计`),
so that it seems to name its first five columns only, as a table cut at the page's edge does. But its rows print a
figure for every column, in order, each total its parts' sum: no column was cut, and the table is read (rows in
order where full, short rows by the columns the page's full rows set, or unknown). A table really cut at the edge
(its rows printing five figures each) stays cut: the cells past them unknown. Made-up figures, written by hand."""

from __future__ import annotations

from orchestration.parsing.parse import parse_text
from tests.unit.test_reader_classes import ROWS, TITLE, applications_of

HEADER = """\
三、收到和处理政府信息公开申请情况
          （本列数                    申请人情况
据的勾稽关系为：第一项加第二项之和，等于第三项加 自然 商业 科研法人或其他组织法律服务 其 总
         第四项之和）           人 企业 机构 社会公益
                                    组织 机构 他 计
"""
COLUMNS = [27, 31, 35, 39, 43, 47, 51]  # where each column's figures start
FIGURES = {key: [0] * 7 for key, _, _ in ROWS}
FIGURES.update({
    "new_received": [8, 0, 0, 0, 1, 0, 9], "carried_over": [0, 2, 0, 0, 0, 1, 3], "granted": [4, 0, 0, 0, 0, 0, 4],
    "partially_granted": [1, 0, 1, 0, 0, 0, 2], "unavailable_not_held": [2, 1, 0, 0, 1, 0, 4],
    "rejected_petition": [1, 0, 0, 0, 0, 1, 2], "results_total": [8, 1, 1, 0, 1, 1, 12],
    "carried_forward": [0, 1, 0, 0, 0, 0, 1],
})
TAIL = "\n四、政府信息公开行政复议、行政诉讼情况\n\n五、存在的主要问题及改进情况\n无。\n\f"


def layout(figures: dict[str, list[int | None]], page_break_before: str | None = None, shift: int = 0,
           printed: int = 7) -> str:
    """The table as pdftotext sets it: each row's label (its first 18 characters; the rest on the line below), its
    first `printed` figures at COLUMNS (None: nothing printed); from `page_break_before` on, a new page repeating no
    header, its lines `shift` glyphs further left."""
    lines = []
    shifted = 0
    for key, label, heading in ROWS:
        if key == page_break_before:
            lines.append("\f")
            shifted = shift
        if heading:
            lines.append(heading)
        line = label[:18]
        for place, figure in list(zip(COLUMNS, figures[key], strict=True))[:printed]:
            if figure is not None:
                line = line.ljust(place - shifted) + str(figure)
        lines.append(line)
        if label[18:]:
            lines.append(label[18:])
    return TITLE + HEADER + "\n".join(lines).replace("\n\f\n", "\n\f") + "\n" + TAIL


def _read(text: str) -> tuple[dict[str, list[tuple[int | None, str]]], list]:
    report = parse_text(text, "x_chromium_pdftotext.txt")
    read = {key: [(None if c.value is None else int(c.value), c.state) for c in cells]
            for key, cells in applications_of(report).items()}
    return read, report.warnings


def test_a_garbled_header_over_full_rows_reads_every_row_in_order_on_every_page():
    read, warnings = _read(layout(FIGURES, page_break_before="denied_internal_affairs", shift=3))
    for key, figures in FIGURES.items():
        assert [value for value, _ in read[key]] == figures, key
        assert all(state == "value" for _, state in read[key]), key
    assert not any(w.code == "columns_cut" for w in warnings)


def test_short_rows_under_a_garbled_header_are_placed_by_their_pages_full_rows():
    # 新收 on the header's page and 信访举报投诉类申请 on the next (set 3 glyphs further left) print nothing in their
    # blank columns: `8 … 1 … 9`, `1 … 1 2`
    figures = FIGURES | {"new_received": [8, None, None, None, 1, None, 9],
                         "rejected_petition": [1, None, None, None, None, 1, 2]}
    read, _ = _read(layout(figures, page_break_before="denied_internal_affairs", shift=3))
    for key, values in figures.items():
        for (value, state), expected in zip(read[key], values, strict=True):
            assert state == "unknown" or value == expected, key
    assert read["new_received"] == [(8, "recovered"), (None, "blank"), (None, "blank"), (None, "blank"),
                                    (1, "recovered"), (None, "blank"), (9, "recovered")]
    assert read["rejected_petition"] == [(1, "recovered"), *[(None, "blank")] * 4, (1, "recovered"), (2, "recovered")]
    assert read["carried_over"] == [(0, "value"), (2, "value"), (0, "value"), (0, "value"), (0, "value"),
                                    (1, "value"), (3, "value")]


def test_a_table_cut_at_the_edge_under_that_header_leaves_the_cut_columns_unknown():
    read, warnings = _read(layout(FIGURES, printed=5))
    assert any(w.code == "columns_cut" for w in warnings)
    for key in FIGURES:
        assert read[key][5:] == [(None, "unknown"), (None, "unknown")], key


def test_seven_figures_whose_total_is_not_their_sum_prove_no_column():
    # every row's last figure off its parts' sum: the seven words are not shown to be the seven columns
    figures = {key: [*values[:6], sum(values[:6]) + 1] for key, values in FIGURES.items()}
    read, warnings = _read(layout(figures))
    assert any(w.code == "columns_cut" for w in warnings)
    assert all(state == "unknown" for key in figures for _, state in read[key][5:])
