"""Plain pdftotext of Chromium's PDF of a table 3 printing a mark in its blank cells, whose labels' block took the
first applicant column (a word beside each label from the third row on) and whose other columns stand in blocks
after the last label: the first column is read where the words beside the outcome rows add up to results_total's,
the other columns stay unknown (which block is which column the text does not say)."""

from orchestration.parsing.parse import parse_text
from tests.unit.test_reader_classes import REVIEWS, ROWS, TABLE2, TITLE, applications_of

HEADER = "\f三、收到和处理政府信息公开申请情况\n\n申请人情况\n\n自然人\n商业企业\n科研机构\n社会公益组织\n法律服务机构\n其他\n总计\n\n"
TABLE4 = ("四、行政复议、行政诉讼情况\n\n行政复议\n\n行政诉讼\n\n未经复议直接起诉\n\n复议后起诉\n\n"
          + "结果维持 结果纠正 其他结果 尚未审结 总计\n\n" * 3 + "".join(f"{n}\n\n" for n in REVIEWS)
          + "五、存在的主要问题及改进情况\n\n一是公开形式单一。\n")
# the first column beside the labels of the rows after the first two (a mark where blank)
BESIDE = {"granted": "2", "denied_internal_affairs": "1", "results_total": "3", "carried_forward": "1"}
# the first two rows' cells, and the other columns' of the later rows, in blocks after the last label
BLOCKS = ["4", "/", "/", "/", "/", "/", "/", "/", "/", "/", "/", "/", "4", "/"] + ["/", "/", "/", "/", "/", "2"] \
    + ["/"] * 20 + ["/", "/", "/", "/", "/", "3"]


def _text(beside: dict[str, str], mark: str = "/") -> str:
    lines = [TITLE, TABLE2, HEADER, ROWS[0][1] + "\n" + ROWS[1][1] + "\n\n"]
    for key, label, heading in ROWS[2:]:
        if heading:
            lines.append(f"{heading}\n")
        lines.append(f"{label}\n{beside.get(key, mark)}\n")
    lines.append("\n" + "".join(f"{figure}\n\n" for figure in BLOCKS))
    return "".join(lines) + TABLE4


def _read(text: str) -> dict[str, list]:
    report = parse_text(text, "plain.txt")
    return {key: [(cell.state, cell.value) for cell in cells] for key, cells in applications_of(report).items()}


def test_the_first_column_beside_the_labels_is_read_the_others_unknown():
    read = _read(_text(BESIDE))
    assert read["granted"][0] == ("value", 2), read["granted"]
    assert read["results_total"][0] == ("value", 3), read["results_total"]
    assert read["denied_state_secret"][0][0] == "blank", read["denied_state_secret"]
    # the other columns: blocks the text does not place
    assert all(state == "unknown" for key in BESIDE for state, _ in read[key][1:]), read
    # the first two rows print no word beside their labels: unknown
    assert all(state == "unknown" for state, _ in read["new_received"]), read["new_received"]


def test_words_that_do_not_add_up_in_the_first_column_are_not_read():
    # results_total's word beside its label is not the outcome rows' sum (a wrapped figure's piece lost, or a
    # word of another column): nothing proves the words the first column's
    read = _read(_text({**BESIDE, "results_total": "4"}))
    assert all(state == "unknown" for key in BESIDE for state, _ in read[key]), read


def test_without_a_mark_beside_a_label_the_first_column_is_not_read():
    # every word a figure: the table may print nothing in a blank cell, and the word beside a label may be
    # another column's where the first is blank
    beside = {key: BESIDE.get(key, "0") for key, _, _ in ROWS[2:]}
    read = _read(_text(beside))
    assert all(state == "unknown" for key in BESIDE for state, _ in read[key]), read
