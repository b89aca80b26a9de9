"""Table 3 as plain `pdftotext` writes Chromium's PDF when the table's figures run on past the next section's
heading (`四、政府信息公开行政复议…`): the first rows' band written column by column before the next label, each
later row's first figure beside its label, and the other columns in chunks past the heading, the total column
of some middle chunks set after all the others (r73 000046's shape). The figures apart open a paragraph among
the last rows' count: each such count is tried, and the table is read only where one count alone places it
(application_columns' `_totals_apart_at_the_end`, as for totals apart at the table's own end)."""

from __future__ import annotations

from orchestration.parsing.parse import parse_text
from orchestration.parsing.rows import RawCell, Row
from orchestration.parsing.totals_apart import leads_the_labels_allow
from tests.unit.test_reader_classes import REVIEWS, ROWS, TABLE2, TITLE, applications_of

KEYS = [key for key, _, _ in ROWS]
MARK = "—"
BAND = 2  # the first rows, written whole before the next label


def _text(value: int | None) -> str:
    return MARK if value is None else str(value)


def past_the_heading(figures: dict[str, list[int | None]], chunks: list[int], apart: set[int]) -> str:
    """The text: labels of the band's rows, the band column by column (its last two columns one block, row by
    row); each later label with its first figure on the next line; the heading of section 四; the later rows'
    other columns in `chunks` (sizes), each column a block but the last two (one block, row by row), the total
    column of the chunks numbered in `apart` set after all the others; then table 4 and section 五."""
    lines = [TITLE.rstrip("\n"), TABLE2.rstrip("\n"), "三、收到和处理政府信息公开申请情况", "", "申请人情况",
             "自然 法人或其他组织", "人 商业 科研 社会公 法律服 其 总", "企业 机构 益组织 务机构 他 计", ""]
    band = KEYS[:BAND]
    lines += [label for _, label, _ in ROWS[:BAND]] + [""]
    for column in range(5):
        lines += [_text(figures[key][column]) for key in band] + [""]
    lines += [f"{_text(figures[key][5])} {_text(figures[key][6])}" for key in band] + [""]
    for key, label, heading in ROWS[BAND:]:
        if key == "denied_state_secret":  # the group heading printed later, wrapped beside a row's label
            heading = None
        if key == "denied_third_party_rights":  # its figure before its label, which the group heading wraps round
            lines += [_text(figures[key][0]), f"（三）不 {label}", "予公开"]
            continue
        lines += ([heading] if heading else []) + [label, _text(figures[key][0])]
    lines += ["", "\f四、政府信息公开行政复议、行政诉讼情况", ""]
    later, at = [], BAND
    for number, size in enumerate(chunks):
        rows = KEYS[at:at + size]
        at += size
        if number in apart:  # its parts' columns each a block, its total column after all the other chunks
            lines += [line for column in range(1, 6) for line in (*(_text(figures[key][column]) for key in rows), "")]
            later.append([_text(figures[key][6]) for key in rows])
            continue
        # poppler writes a chunk's parts each a block (a figure a flow where the chunk has one row), its last
        # two columns one block, row by row
        lines += [line for column in range(1, 5) for line in (*(_text(figures[key][column]) for key in rows), "")]
        lines += [f"{_text(figures[key][5])} {_text(figures[key][6])}" for key in rows] + [""]
    for block in later:
        lines += [*block, ""]
    lines += ["行政复议", "行政诉讼", "结果维持 结果纠正 其他结果 尚未审结 总计", ""]
    lines += [line for value in REVIEWS for line in (str(value), "")]
    lines += ["五、存在的主要问题及改进情况", "一是公开形式单一。"]
    return "\n".join(lines) + "\n"


def table_of(rows: dict[str, list[int | None]]) -> dict[str, list[int | None]]:
    table: dict[str, list[int | None]] = {key: [None] * 7 for key in KEYS}
    table.update(rows)
    return table


# blank cells printing a mark; a few figures, some in the chunks whose totals are set apart
MARKED = table_of({"new_received": [14, 1, 3, None, None, None, 18], "granted": [6, None, None, None, None, None, 6],
                   "denied_third_party_rights": [1, None, None, None, None, None, 1],
                   "unavailable_not_held": [3, None, None, None, None, None, 3],
                   "rejected_petition": [2, None, None, None, None, None, 2],
                   "results_total": [12, None, None, None, None, None, 12],
                   "carried_forward": [2, 1, 3, None, None, None, 6]})
# one-row chunks, a chunk of four, one of one, one of eight, three of one, and one of three; the totals of the
# chunks of four and eight set after all the others
CHUNKS = [1, 1, 1, 1, 4, 1, 8, 1, 1, 1, 3]
APART = {4, 6}


def cells_read(report) -> dict[str, list[tuple[str, int | None]]]:
    return {key: [(cell.state, None if cell.value is None else int(cell.value)) for cell in cells]
            for key, cells in applications_of(report).items()}


def test_totals_apart_past_the_heading_read_where_one_count_alone_places_the_table():
    report = parse_text(past_the_heading(MARKED, CHUNKS, APART), "plain.txt")
    read = cells_read(report)
    for key, expected in MARKED.items():
        for column, ((state, value), want) in enumerate(zip(read[key], expected)):
            assert state != "unknown" and value == want, (key, column, state, value, want)
    assert any(w.code == "column_chunks" for w in report.warnings)
    # the figures past the heading are table 3's: table 4 reads its own
    assert [cell.value for cell in report.cells if cell.table == "reviews"] == REVIEWS


def test_totals_apart_past_the_heading_that_two_counts_place_are_not_read():
    # every cell a mark but a few rows' first column and total: the last 8 figures apart (the chunk of eight's
    # totals) and the last 12 (the chunks of four and eight's) both place the table, so no count alone does and
    # nothing is read from that search: the totals stay unknown, never one count's reading
    blank = table_of({"new_received": [2, None, None, None, None, None, 2],
                      "results_total": [2, None, None, None, None, None, 2],
                      "granted": [2, None, None, None, None, None, 2]})
    report = parse_text(past_the_heading(blank, CHUNKS, APART), "plain.txt")
    read = cells_read(report)
    wrong = [(key, column) for key, cells in read.items() for column, (state, value) in enumerate(cells)
             if state != "unknown" and value != blank[key][column]]
    assert wrong == []
    assert read["granted"][6][0] == "unknown" and read["results_total"][6][0] == "unknown"


def _row(line: int, label: str = "", figures: tuple[str, ...] = ()) -> Row:
    return Row([*([RawCell(label, line)] if label else []), *(RawCell(text, line) for text in figures)])


def test_a_row_found_on_a_line_of_figures_alone_does_not_refuse_a_lead():
    # each label after the figures the rows before it write beside theirs (one a row); the first row was found
    # on a line of figures alone (its label placed nowhere): its line is no label's place
    lines = [10, 11, 12, 20, 21, 22]
    found = {"a": _row(19, figures=("— 19",)), "b": _row(11, "二、b"), "c": _row(12, "（一）c")}
    assert leads_the_labels_allow(["a", "b", "c"], found, lines, 7, (0, 1)) == (1,)
    # a label's own place still refuses the lead it contradicts
    found["c"] = _row(21, "（一）c")
    assert leads_the_labels_allow(["a", "b", "c"], found, lines, 7, (0, 1)) == ()
