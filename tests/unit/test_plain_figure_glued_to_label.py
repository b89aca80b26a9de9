"""Table 3 of plain `pdftotext` (no -layout) of a Chromium PDF, its first column beside each label and the
others in column chunks, where one label's line ends in its row's first figure with no space before it
(`8.属于行政查询事项1`: the cell beside the label set too close for poppler to write a space; r53 000130).
The glued figure is the cell after the label, taken only where the glued figures make the table's count;
a full-width digit (a narrow cell wraps those a piece a line) and a label ending in a figure where the
count is already whole (a footnote's mark) are never taken.
Written by hand, apart from the corpus generator."""

from __future__ import annotations

from orchestration.parsing.parse import parse_text
from tests.unit.test_reader_classes import FIGURES, REVIEWS, ROWS, TITLE, applications_of

GLUED_ROW = "denied_administrative_query"
# the table of test_reader_classes with one figure in the glued row, its rules kept (row sums, APP_OUTCOME_SUM,
# APP_BALANCE)
TABLE = dict(FIGURES, denied_administrative_query=[1, 0, 0, 0, 0, 0, 1], new_received=[13, 3, 0, 0, 0, 0, 16],
             results_total=[12, 3, 0, 0, 0, 0, 15])
CHUNK_SIZES = (3, 1, 6, 10, 5)


def beside_then_chunks(table: dict[str, list[int]], glued: str | None = None, first_of_glued: str | None = None
                       ) -> str:
    """The report as plain pdftotext writes it: each label with its first figure one space after it (the
    `glued` row's with none, written `first_of_glued` where given), then per chunk of rows the other six
    columns one after the other."""
    lines = [TITLE.rstrip("\n"), "三、收到和处理政府信息公开申请情况", "申请人情况", "自然人",
             "商业 科研 社会公益 法律服 其", "企业 机构 组织 务机构 他", "总计", ""]
    for key, label, heading in ROWS:
        first = str(table[key][0])
        if key == glued:
            shown = label + (first_of_glued if first_of_glued is not None else first)
        else:
            shown = f"{label} {first}"
        lines.append(" ".join([*([heading] if heading else []), shown]))
    rows = [table[key] for key, _, _ in ROWS]
    start = 0
    for size in CHUNK_SIZES:
        for column in range(1, 7):
            lines += ["", *(str(rows[row][column]) for row in range(start, start + size))]
        start += size
    lines += ["", "四、行政复议、行政诉讼情况", "行政复议", "行政诉讼", "结果维持 结果纠正 其他结果 尚未审结 总计",
              *map(str, REVIEWS), "五、存在的主要问题及改进情况", "一是公开形式单一。"]
    return "\n".join(lines) + "\n"


def test_a_figure_glued_to_its_label_is_the_cell_after_it():
    read = applications_of(parse_text(beside_then_chunks(TABLE, glued=GLUED_ROW), "plain.txt"))
    for key, expected in TABLE.items():
        assert [c.value for c in read[key]] == expected, (key, read[key])
        assert {c.state for c in read[key]} <= {"value", "recovered"}, key
    # the same text with a space before the figure reads alike
    spaced = applications_of(parse_text(beside_then_chunks(TABLE), "plain.txt"))
    assert {key: [(c.value, c.state) for c in cells] for key, cells in read.items()} == \
        {key: [(c.value, c.state) for c in cells] for key, cells in spaced.items()}


def test_a_full_width_digit_glued_to_a_label_is_not_taken():
    # `8.属于行政查询事项１`: a narrow cell wraps full-width digits a piece a line, so the glued one may be a piece
    # of a figure; the table stays a figure short and no cell is read wrong
    report = parse_text(beside_then_chunks(TABLE, glued=GLUED_ROW, first_of_glued="１"), "plain.txt")
    read = applications_of(report)
    assert read[GLUED_ROW][0].state == "unknown"
    for key, expected in TABLE.items():
        assert all(c.state == "unknown" or c.value == v for c, v in zip(read[key], expected)), key


def test_a_label_ending_in_a_figure_is_not_a_cell_where_the_count_is_whole():
    # `8.属于行政查询事项2 1`: the row's figure stands after a space, so the text already holds every cell; the
    # `2` glued to the label (a footnote's mark) is never taken for one
    text = beside_then_chunks(TABLE).replace("8.属于行政查询事项 1", "8.属于行政查询事项2 1")
    assert "8.属于行政查询事项2 1" in text
    read = applications_of(parse_text(text, "plain.txt"))
    for key, expected in TABLE.items():
        assert [c.value for c in read[key]] == expected, (key, read[key])
