"""Table 3 in plain pdftotext text whose first column stands beside each label, the other columns in chunks after
the labels, a blank cell printing nothing (Chromium's PDF). Poppler may set a row's figure between the pieces of
its wrapped label, the label's first words at the end of the line before, after other rows' labels:
`2.没有现成信息需要另行制作 3.补正后申请内容仍不明确 1.信访` / `1` / `举报投诉类申请`. The figure may then be
that row's, never read as another's with the row left blank. And where no reading of the first column leaves
the other columns' chunks a reading that keeps the rows' sums, the report's arithmetic fails somewhere: the
rules then choose nothing. Written by hand."""

from __future__ import annotations

from decimal import Decimal

from orchestration.parsing.parse import parse_text
from tests.unit.test_reader_classes import REVIEWS, ROWS, TABLE2, TITLE, applications_of

# only the first column and the total print figures (the others blank, printing nothing)
FIRST = {"new_received": 12, "carried_over": 2, "granted": 8, "partially_granted": 1,
         "denied_process_information": 1, "unavailable_not_held": 2, "rejected_petition": 1,
         "results_total": 13, "carried_forward": 1}
HEADER = "三、收到和处理政府信息公开申请情况\n\n申请人情况\n自然 商业 科研法人或其他组织\n人 企业 机构 组织 机构 他 计\n\n"
TABLE4 = ("四、政府信息公开行政复议、行政诉讼情况\n\n行政复议\n\n行政诉讼\n\n未经复议直接起诉\n\n复议后起诉\n\n"
          + "结果维持 结果纠正 其他结果 尚未审结 总计\n\n" * 3 + "".join(f"{n}\n\n" for n in REVIEWS)
          + "五、存在的主要问题及改进情况\n\n一是公开形式单一。\n")


def plain_text(first: dict[str, int], after: list[int], joined: tuple[str, ...] = ()) -> str:
    """Each label on a line of its own with its first column's figure on the next (none where blank), the
    labels of `joined` (none with a figure but the last) on one line, the last cut after its first words, its
    figure then its rest on the lines after; then the figures `after` the labels (the other columns' chunks),
    one a line."""
    lines = [TITLE.rstrip("\n"), TABLE2.rstrip("\n"), HEADER.rstrip("\n")]
    for key, label, _ in ROWS:
        if key in joined:
            head, rest = label[:4], label[4:]
            if key == joined[-1]:
                lines[-1] += f" {head}"
                lines += [str(first[key])] if key in first else []
                lines.append(rest)
                continue
            if key == joined[0]:
                lines.append(label)
            else:
                lines[-1] += f" {label}"
        else:
            lines.append(label)
        lines += [str(first[key])] if key in first else []
    lines += ["", *(str(n) for n in after), ""]
    return "\f".join(["\n".join(lines[:3]) + "\n", "\n".join(lines[3:]) + "\n"]) + TABLE4


TOTALS = [12, 2, 8, 1, 1, 2, 1, 13, 1]  # the total column's figures: each row's total, its first cell


def _natural(read: dict, key: str):
    cell = read[key]["natural_person"] if isinstance(read[key], dict) else read[key][0]
    return cell.state, cell.value


def test_the_table_is_read_when_each_figure_stands_beside_its_label():
    read = applications_of(parse_text(plain_text(FIRST, TOTALS), "plain.txt"))
    for key, _, _ in ROWS:
        assert _natural(read, key) == (("recovered", Decimal(FIRST[key])) if key in FIRST else ("blank", None)), key


def test_a_figure_inside_a_label_cut_at_the_end_of_the_line_before_may_be_that_rows():
    text = plain_text(FIRST, TOTALS, joined=("unavailable_needs_creation", "unavailable_unclear", "rejected_petition"))
    assert "补正后申请内容仍不明确 1.信访\n1\n举报投诉类申请" in text
    read = applications_of(parse_text(text, "plain.txt"))
    for key, _, _ in ROWS:
        state, value = _natural(read, key)
        truth = FIRST.get(key)
        assert state == "unknown" or value == (None if truth is None else Decimal(truth)), (key, state, value)
    # the `1` is the petition's or the unclear request's: the rules keep both
    assert _natural(read, "rejected_petition")[0] == "unknown"


def test_where_the_reports_arithmetic_fails_the_rules_choose_no_first_column():
    # a misprinted report: its first column's balance fails by 1 (12 + 2 is not 13 + 0, 四、结转 printing
    # nothing), and the chunks open with a 1 (新收's 商业企业). Taken as 四、结转's own figure, that 1 keeps the
    # first column's rules, but then no chunking of the rest keeps the rows' sums: the 1 is not proved its own
    first = dict(FIRST)
    del first["carried_forward"]
    commercial = [1, 1, 1]  # 新收, 予以公开, 总计
    totals = [13, 2, 9, 1, 1, 2, 1, 14]
    read = applications_of(parse_text(plain_text(first, commercial + totals), "plain.txt"))
    assert _natural(read, "carried_forward") in (("unknown", None), ("blank", None))
    for key, _, _ in ROWS:
        state, value = _natural(read, key)
        assert state == "unknown" or value == (Decimal(first[key]) if key in first else None), (key, state, value)
