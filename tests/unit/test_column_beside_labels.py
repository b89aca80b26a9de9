"""Table 3 in plain pdftotext text printing its first column beside the labels and the other columns in blocks:
the last label must not take the blocks after it (past a page break or an empty line) as its own cells."""

from orchestration.parsing.parse import parse_text
from tests.unit.test_reader_classes import REVIEWS, ROWS, TABLE2, TITLE, applications_of

HEADER = "\f三、收到和处理政府信息公开申请情况\n\n申请人情况\n\n自然人\n商业企业\n科研机构\n社会公益组织\n法律服务机构\n其他\n总计\n\n"
TABLE4 = ("四、行政复议、行政诉讼情况\n\n行政复议\n\n行政诉讼\n\n未经复议直接起诉\n\n复议后起诉\n\n"
          + "结果维持 结果纠正 其他结果 尚未审结 总计\n\n" * 3 + "".join(f"{n}\n\n" for n in REVIEWS)
          + "五、存在的主要问题及改进情况\n\n一是公开形式单一。\n")
# (a page break before table 3: the text is a PDF's, whose blank cells may leave no line)
# the first column beside each label (a mark where blank); the last label's `1`, then the next band's blocks
# (other rows' figures), which read as its cells would keep its sum: 1 = 1 + 0 + 0
FIRST_COLUMN = {key: "1" if key == "carried_forward" else "/" for key, _, _ in ROWS}
FOLLOWING_BLOCKS = ["0", "/", "0", "/", "/", "1"]


def _text(between: str) -> str:
    lines = [TITLE, TABLE2, HEADER]
    for key, label, heading in ROWS:
        if heading:
            lines.append(f"{heading}\n\n")
        lines.append(f"{label}\n{FIRST_COLUMN[key]}\n\n")
    lines.append(between)
    lines.append("".join(f"{figure}\n\n" for figure in FOLLOWING_BLOCKS))
    return "".join(lines) + TABLE4


def _carried_forward(text: str) -> list:
    report = parse_text(text, "plain.txt")
    return [(cell.state, cell.value) for cell in applications_of(report)["carried_forward"]]


def test_blocks_past_a_page_break_are_not_the_last_rows_cells():
    read = _carried_forward(_text("\f\n"))
    # the blocks after the break are no cells of it, though read so they would keep its sum
    assert all(state == "unknown" for state, _ in read), read


def test_blocks_past_an_empty_line_are_not_the_last_rows_cells():
    read = _carried_forward(_text("\n"))
    assert all(state == "unknown" for state, _ in read), read


def test_a_row_printing_its_cells_among_full_rows_is_still_read():
    # every row prints its seven cells a line each: the last row's figures are its own
    lines = [TITLE, TABLE2, HEADER]
    for key, label, heading in ROWS:
        if heading:
            lines.append(f"{heading}\n\n")
        figures = [1, 0, 0, 0, 0, 0, 1]
        lines.append(f"{label}\n" + "".join(f"{n}\n" for n in figures) + "\n")
    read = _carried_forward("".join(lines) + TABLE4)
    assert [value for _, value in read] == [1, 0, 0, 0, 0, 0, 1], read
