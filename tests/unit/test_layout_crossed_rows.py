"""`pdftotext -layout` of Chromium's PDF of a narrow table 3 (the header packed one space after other words, so it
proves no column), rows read in order as they print a word for every column. pdftotext may set a figure in the
block of the row's label, after the label's glyphs (each counted one column however wide it prints), and the
figure of the column left of it in a block of its own further right: the line then prints `/  ５８` for 自然人 58
and 商业企业 `/`, and read in order puts 58 under 商业企业. The page's other rows print 自然人 where the 58 stands
and 商业企业 where the `/` stands: such a row's crossed cells are `unknown` (warning `page_order`), never read in
order, unless every order of its words keeping the column rules agrees (then recovered). Rows merely set a few glyphs off each other (LibreOffice), or two rows crossing only each other, keep
their reading.

Made-up figures and columns, in the shape of a Chromium rendition (corpus seed 37)."""

from __future__ import annotations

import random
from decimal import Decimal

import pytest

from orchestration.parsing.page_order import columns_crossed
from orchestration.parsing.parse import parse_text
from testkit.corpus import FULL_WIDTH_DIGITS as FULL
from tests.unit.test_layout_page_order import at
from tests.unit.test_reader_classes import applications_of

COLUMNS = ["natural_person", "commercial_enterprise", "research_institution", "social_welfare_org",
           "legal_service_org", "other_org", "total"]
TOP = [
    "某某县卫生健康局", "2022年政府信息公开工作年度报告", "",
    "二、主动公开政府信息情况", "第二十条第（一）项", "信息内容 本年制发件数 本年废止件数 现行有效件数",
    "规章 0 0 0", "",
    "三、收到和处理政府信息公开申请情况",
    at((34, "申请人情况")),
    at((0, "（本列数据的勾稽关系为：第一项加第二项之和，等于第"), (26, "自然"), (33, "法人或其他组织")),
    at((8, "三项加第四项之和）"), (26, "人"), (28, "商业"), (32, "科研"), (35, "社公"), (38, "会益"), (41, "法律")),
    at((41, "服务"), (44, "其"), (46, "总计")),
    at((29, "企业"), (32, "机构"), (35, "组"), (37, "织"), (39, "机构"), (42, "他")),
]
BOTTOM = ["", "四、政府信息公开行政复议、行政诉讼情况", "行政复议 行政诉讼",
          " ".join(["结果维持", "结果纠正", "其他结果", "尚未审结", "总计"] * 3), " ".join(["0"] * 15),
          "五、存在的主要问题及改进情况", "一是公开形式单一。"]

# (key, label on the figures' line, the label's glyph column, the lines of the label before and after it)
ROWS = [
    ("granted", "（一）予以公开", 8, [], []),
    ("partially_granted", "（二）部分公开（区分处理的，只计这一情", 8, [], ["形，不计其他情形）"]),
    ("denied_state_secret", "1.属于国家秘密", 14, [], []),
    ("denied_prohibited_by_law", "2.其他法律行政法规禁止公开", 14, [], []),
    ("denied_security_stability", "3.危及“三安全一稳定”", 14, [], []),
    ("denied_third_party_rights", "4.保护第三方合法权益", 14, [], []),
    ("denied_internal_affairs", "5.属于三类内部事务信息", 14, ["（三）不予公开"], []),
    ("denied_process_information", "6.属于四类过程性信息", 14, [], []),
    ("denied_enforcement_files", "7.属于行政执法案卷", 14, [], []),
    ("denied_administrative_query", "8.属于行政查询事项", 14, [], []),
    ("unavailable_not_held", "1.本机关不掌握相关政府信息", 11, ["（四）无法提供"], []),
    ("unavailable_needs_creation", "2.没有现成信息需要另行制作", 11, [], []),
    ("unavailable_unclear", "3.补正后申请内容仍不明确", 11, [], []),
    ("rejected_petition", "1.信访举报投诉类申请", 11, ["（五）不予处理"], []),
    ("rejected_duplicate", "2.重复申请", 11, [], []),
    ("rejected_publication", "3.要求提供公开出版物", 11, [], []),
    ("rejected_excessive", "4.无正当理由大量反复申请", 11, [], []),
    ("rejected_confirmation", "5.要求行政机关确认或重新出具已获取信息", 11, [], []),
    ("other_no_correction", "1.申请人无正当理由逾期不补正", 11, ["（六）其他处理"], ["行政机关不再处理其政府信息公开申请"]),
    ("other_no_fee_paid", "2.申请人逾期未按收费通知要求缴纳费用", 11, [], ["行政机关不再处理其政府信息公开申请"]),
    ("other_misc", "3.其他", 11, [], []),
    ("results_total", "（七）总计", 5, [], []),
    ("carried_forward", "四、结转下年度继续办理", 0, [], []),
]
OUTCOMES = [key for key, *_ in ROWS[:-2]]
FIGURES = {
    "new_received": [70, 4, 1, None, None, 2, 77],
    "carried_over": [3, None, None, None, None, None, 3],
    "granted": [21, 2, 1, None, None, 1, 25],
    "partially_granted": [6, None, None, None, None, None, 6],
    "denied_state_secret": [1, None, None, None, None, None, 1],
    "denied_prohibited_by_law": [2, None, None, None, None, None, 2],
    "denied_security_stability": [None] * 7,
    "denied_third_party_rights": [3, None, None, None, None, None, 3],
    "denied_internal_affairs": [1, None, None, None, None, None, 1],
    "denied_process_information": [2, None, None, None, None, None, 2],
    "denied_enforcement_files": [1, None, None, None, None, None, 1],
    "denied_administrative_query": [1, None, None, None, None, 1, 2],
    "unavailable_not_held": [9, 1, None, None, None, None, 10],
    "unavailable_needs_creation": [7, None, None, None, None, None, 7],
    "unavailable_unclear": [4, None, None, None, None, None, 4],
    "rejected_petition": [3, 1, None, None, None, None, 4],
    "rejected_duplicate": [2, None, None, None, None, None, 2],
    "rejected_publication": [1, None, None, None, None, None, 1],
    "rejected_excessive": [None] * 7,
    "rejected_confirmation": [1, None, None, None, None, None, 1],
    "other_no_correction": [2, None, None, None, None, None, 2],
    "other_no_fee_paid": [None] * 7,
    "other_misc": [1, None, None, None, None, None, 1],
}
FIGURES["results_total"] = [sum(FIGURES[key][c] or 0 for key in OUTCOMES) or None for c in range(7)]
FIGURES["carried_forward"] = [(FIGURES["new_received"][c] or 0) + (FIGURES["carried_over"][c] or 0)
                              - (FIGURES["results_total"][c] or 0) or None for c in range(7)]

UPPER = (36, 45, 53, 57, 61, 69, 71)  # where the page's rows above the crossed ones start each column's figure
LOWER = (28, 32, 53, 57, 61, 69, 71)  # and the rows below them (a block of their own)
CROSSED = ("unavailable_needs_creation", "unavailable_unclear", "rejected_petition")


def word(value: int | None) -> str:
    return "/" if value is None else str(value).translate(FULL)


def figures_at(starts: tuple[int, ...], values: list) -> list[tuple[int, str]]:
    return [(start, word(value)) for start, value in zip(starts, values)]


def page(crossed: tuple[str, ...] = CROSSED, figures: dict | None = None) -> str:
    """Table 3 with its header on the first page and its outcome rows on the next; each row of `crossed` prints
    its 商业企业 figure in its label's block (glyph 32, where the rows below set theirs) and its 自然人 figure
    where the rows above set theirs (36)."""
    figures = figures or FIGURES
    lines = list(TOP)
    lines.append(at((0, "一、本年新收政府信息公开申请数量"), *figures_at((35, 39, 44, 48, 52, 56, 60), figures["new_received"])))
    lines.append(at((0, "二、上年结转政府信息公开申请数量"), *figures_at((35, 39, 44, 48, 52, 56, 60), figures["carried_over"])))
    lines.append("\f三、本年度办理结果")
    below = False
    for key, label, column, before, after in ROWS:
        lines += [at((max(column - 6, 0), text)) for text in before]
        values = figures[key]
        if key in crossed:
            placed = [(32, word(values[1])), (36, word(values[0])), *figures_at(UPPER[2:], values[2:])]
            below = True
        else:
            placed = figures_at(LOWER if below else UPPER, values)
        lines.append(at((column, label), *placed))
        lines += [at((column, text)) for text in after]
    return "\n".join(lines + BOTTOM) + "\n"


def read(text: str):
    report = parse_text(text, "chromium_pdftotext.txt")
    return report, applications_of(report)


def test_the_made_up_page_reads_right_where_no_row_is_crossed():
    report, cells = read(page(crossed=()))
    for key, values in FIGURES.items():
        assert [cell.value for cell in cells[key]] == [None if v is None else Decimal(v) for v in values], \
            (key, cells[key], report.warnings)
    assert not any(w.code == "page_order" for w in report.warnings)


@pytest.mark.parametrize("crossed", [CROSSED, CROSSED[:1], ("unavailable_needs_creation", "rejected_petition")])
def test_a_row_crossing_the_pages_columns_leaves_its_crossed_cells_unknown_never_read_in_order(crossed):
    report, cells = read(page(crossed=crossed))
    for key in crossed:
        row = cells[key]
        # one outcome row crossed: APP_OUTCOME_SUM, the others read, gives each of its words its column (every
        # order of them keeping the rules agrees); two or more: the sums check none of them, unknown
        expected = [(Decimal(FIGURES[key][c]) if FIGURES[key][c] is not None else None,
                     "recovered" if FIGURES[key][c] is not None else "blank") for c in range(2)]
        assert [(cell.value, cell.state) for cell in row[:2]] == expected if len(crossed) == 1 else \
            [cell.state for cell in row[:2]] == ["unknown", "unknown"], (key, row)
        # its other figures stand where the page's other rows set theirs: read
        assert [cell.value for cell in row[2:]] == [None if v is None else Decimal(v) for v in FIGURES[key][2:]]
        assert any(w.code == "page_order" and key in w.message for w in report.warnings)
    for key, values in FIGURES.items():  # never a wrong number anywhere
        for cell, value in zip(cells[key], values):
            assert cell.state == "unknown" or cell.value == (None if value is None else Decimal(value)), (key, cell)


def test_crossed_rows_of_other_figures_and_columns():
    # other figures: 商业企业 2 printed before 自然人 5, a row with a figure under 其他, other totals
    figures = {key: list(values) for key, values in FIGURES.items()}
    figures["unavailable_unclear"] = [5, 2, None, None, None, None, 7]
    figures["unavailable_needs_creation"] = [12, None, None, None, None, 3, 15]
    figures["new_received"] = [80, 6, 1, None, None, 5, 92]
    figures["results_total"] = [sum(figures[key][c] or 0 for key in OUTCOMES) or None for c in range(7)]
    figures["carried_forward"] = [(figures["new_received"][c] or 0) + (figures["carried_over"][c] or 0)
                                  - (figures["results_total"][c] or 0) or None for c in range(7)]
    assert all(value is None or value > 0 for value in figures["carried_forward"])
    _, cells = read(page(crossed=("unavailable_needs_creation", "unavailable_unclear"), figures=figures))
    for key, values in figures.items():
        for cell, value in zip(cells[key], values):
            assert cell.state == "unknown" or cell.value == (None if value is None else Decimal(value)), (key, cell)
    assert cells["unavailable_unclear"][0].state == cells["unavailable_unclear"][1].state == "unknown"
    assert cells["unavailable_needs_creation"][0].state == "unknown"
    assert cells["unavailable_needs_creation"][6].value == Decimal(15)


# ---------------------------------------------------------------- the page's rule, row by row


def test_rows_crossing_the_pages_other_rows_are_doubted_in_their_crossed_columns():
    above = {f"a{i}": (36, 45, 53, 57, 61, 69, 71) for i in range(4)}
    below = {f"b{i}": (28, 32, 53, 57, 61, 69, 71) for i in range(3)}
    crossed = {f"x{i}": (32, 36, 53, 57, 61, 69, 71) for i in range(2)}
    assert columns_crossed({**above, **below, **crossed}) == {"x0": {0, 1}, "x1": {0, 1}}
    assert columns_crossed({**above, **below}) == {}


def test_two_rows_crossing_only_each_other_say_nothing_of_which_is_wrong():
    assert columns_crossed({"a": (26, 30, 34, 38, 46, 51, 56), "b": (26, 34, 38, 42, 46, 51, 56)}) == {}


def test_a_row_set_a_few_glyphs_off_the_others_in_order_is_not_doubted():
    # LibreOffice's PDF of a DOCX: `19  0  2  0      0  0  21` over rows `0      0  0  0  0  0  0`
    rows = {"new": (26, 30, 34, 38, 46, 51, 56), "old": (26, 34, 38, 42, 46, 51, 56), "granted": (26, 34, 38, 42, 46, 51, 56)}
    assert columns_crossed(rows) == {}
    # a row whose figures the other rows would set in one column each, in the row's own order, is not either
    above = {f"a{i}": (36, 45, 53, 57, 61, 69, 71) for i in range(4)}
    below = {f"b{i}": (28, 32, 53, 57, 61, 69, 71) for i in range(3)}
    assert columns_crossed({**above, **below, "x": (28, 36, 53, 57, 61, 69, 71)}) == {}


# ---------------------------------------------------------------- made-up pages of the class


def made_up_figures(rng: random.Random) -> dict[str, list]:
    """A table 3 keeping every rule: random outcome rows (自然人 mostly printed, other columns mostly blank)."""
    figures: dict[str, list] = {}
    for key in OUTCOMES:
        parts = [rng.choice([None, None, None, rng.randint(1, 40)]) for _ in range(6)]
        parts[0] = rng.randint(1, 60) if rng.random() < 0.8 else parts[0]
        figures[key] = [*parts, sum(v or 0 for v in parts) or None]
    carried = [rng.choice([None, rng.randint(1, 9)]) for _ in range(6)]
    figures["carried_over"] = [*carried, sum(v or 0 for v in carried) or None]
    totals = [sum(figures[key][c] or 0 for key in OUTCOMES) for c in range(7)]
    figures["results_total"] = [v or None for v in totals]
    forward = [rng.choice([0, 0, rng.randint(1, 5)]) for _ in range(6)]
    forward.append(sum(forward))
    figures["carried_forward"] = [v or None for v in forward]
    figures["new_received"] = [totals[c] + forward[c] - (figures["carried_over"][c] or 0) or None for c in range(7)]
    return figures


@pytest.mark.parametrize("seed", range(12))
def test_made_up_pages_with_crossed_rows_never_read_a_wrong_number(seed):
    rng = random.Random(seed)
    figures = made_up_figures(rng)
    if any(v is not None and v < 0 for v in figures["new_received"]):
        figures["carried_over"] = [None] * 7  # keeps the balance with nothing carried over
        figures["new_received"] = [(figures["results_total"][c] or 0) + (figures["carried_forward"][c] or 0) or None
                                   for c in range(7)]
    crossed = tuple(key for key in ("unavailable_needs_creation", "unavailable_unclear", "rejected_petition",
                                    "rejected_duplicate", "rejected_publication") if rng.random() < 0.5) or CROSSED[:1]
    _, cells = read(page(crossed=crossed, figures=figures))
    for key, values in figures.items():
        for column, (cell, value) in enumerate(zip(cells[key], values)):
            assert cell.state == "unknown" or cell.value == (None if value is None else Decimal(value)), \
                (key, column, cell, crossed)
    for key in crossed:  # never read in order (a value); unknown, or placed by the column rules (recovered, right)
        assert cells[key][0].state != "value" or figures[key][0] == figures[key][1], (key, cells[key])
