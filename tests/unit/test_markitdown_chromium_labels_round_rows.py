"""markitdown of Chromium's PDF (issue 14), table 3 in a page-wide grid of narrow columns: a row's label wraps over
lines round its cells' line (Chromium centres a cell's text in its row), and markitdown writes each line apart, a
line of words alone as a plain line, a line of cells as a pipe row. The total's narrow column wraps its wide figures
a digit a line round their row (`２` / row / `７`), those pieces on lines of their own, so the table's figures stand
on lines apart from their labels too. Written by hand with made-up figures, in the shape of such a rendition.

* a label wrapped round its figures with a line of the section's margin heading between (`2.没有现成信息需要另行` /
  `度办理` / figures / `制作`): the heading's line is no row's, so the figures are inside that row's label (its own);
* a label wrapped round a pipe row printing nothing (`2.其他` / `|  |  | … |` / `法律行政法规禁止公开`): the row's cells
  are that line's, blank, unless a line of figures without a label stands right beside the label's lines, where a
  figure of the row wrapped round its line would stand (then not known: unknown, never blank)."""

from __future__ import annotations

from orchestration.parsing.parse import parse_text
from tests.unit.test_reader_classes import applications_of

WIDTH = 14  # the page's grid: natural person at 6, research 8, social 9, total 13
TOP = "首页 > 政府信息公开 > 年度报告\n某某县住房和城乡建设局\n2019年政府信息公开工作年度报告\n一、总体情况\n正文。\n"
TABLE_2 = """二、主动公开政府信息情况
第二十条第（一）项
| 信息内容  | 本年新制作数量本年新公开数量对外公开总数量 |     |     |
| ----- | --------------------- | --- | --- |
| 规章    |                       |     | ３  |
| 规范性文件 | ２                     | ２   | ４   |
"""


def pipe(cells: dict[int, str]) -> str:
    return "| " + " | ".join(cells.get(at, "") for at in range(WIDTH)) + " |"


# the lines of table 3 in order: a plain line's text, or a pipe row's cells by column
TABLE_3: list[str | dict[int, str]] = [
    "（本列数 申请人情况", "据的勾稽关系为：第一项加第二项之和，等于第", "三项加第四项之和）", "", "法人或其他组织",
    {6: "自然", 13: "总"}, {7: "商业", 8: "科 研", 9: "社 会 公", 11: "法 律 服", 13: "其"}, {6: "人", 13: "计"},
    {7: "企业", 8: "机 构", 9: "益 组 织", 11: "务 机 构", 13: "他"},
    {0: "一、本年", 13: "２"}, {6: "２４", 8: "２", 9: "１"}, {0: "新收政府信息公开申请数量", 13: "７"},
    {0: "二、上年结转政府信息公开申请数量", 6: "２", 8: "１", 13: "３"},
    "１", {1: "予以公开", 6: "８", 8: "２", 9: "１"}, "１",
    "部分公开（区分处理的，只计这一情", {6: "２", 13: "２"}, "形，不计其他情形）",
    {3: "1.属于国家秘密"}, "2.其他", {}, "法律行政法规禁止公开", {3: "3.危及“三安全一稳定”"},
    "(三)不予公", {3: "4.保护第三方合法权益", 6: "１", 13: "１"}, "开", {3: "5.属于三类内部事务信息"},
    {3: "6.属于四类过程性信息", 6: "４", 13: "４"}, {3: "7.属于行政执法案卷"}, {3: "8.属于行政查询事项"},
    "1.本机", {0: "三、本", 6: "４", 13: "４"}, "关不掌握相关政府信息", "年",
    {1: "（四）无法", 3: "2.没有现成信息需要另行"}, "度办理", {6: "３", 13: "３"}, {1: "提供", 3: "制作"}, "结果",
    "3.补正后申请内容仍不明", {6: "２", 13: "２"}, "确",
    "1.信访", {}, "举报投诉类申请", {3: "2.重复申请", 6: "１", 13: "１"},
    "3 .", {}, {1: "不予处理", 3: "要 求 提 供 公 开 出 版 物"},
    "4.无正", {}, "当理由大量反复申请", "5.要求行政机关确认或重", {}, "新出具已获取信息",
    {1: "（六）其他处理", 6: "１", 13: "１"}, "２", {1: "总计", 6: "２６", 8: "２", 9: "１"}, "９",
    {0: "四 、 结 转 下 年 度 继 续 办 理", 8: "１", 13: "１"},
]
TAIL = "四、因政府信息公开工作被申请行政复议、提起行政诉讼的情况\n五、存在的主要问题及改进情况\n无。\n"

_ = None
BLANK = [_] * 7


def markdown(lines: list[str | dict[int, str]]) -> str:
    """The lines as markitdown writes them: a rule under the first row of each run of pipe rows."""
    out, piped = [], False
    for line in lines:
        if isinstance(line, dict):
            out.append(pipe(line))
            if not piped:
                out.append("| " + " | ".join(["---"] * WIDTH) + " |")
        else:
            out.append(line)
        piped = isinstance(line, dict)
    return TOP + TABLE_2 + "三、收到和处理政府信息公开申请情况\n" + "\n".join(out) + "\n" + TAIL


def _cells(read: dict, key: str) -> list[tuple[int | None, str]]:
    return [(None if c.value is None else int(c.value), c.state) for c in read[key]]


def _expected(values: list[int | None]) -> list[tuple[int | None, str]]:
    return [(value, "blank" if value is None else "value") for value in values]


def _replaced(old: str | dict[int, str], *new: str | dict[int, str]) -> list[str | dict[int, str]]:
    at = TABLE_3.index(old)
    return [*TABLE_3[:at], *new, *TABLE_3[at + 1 :]]


def test_figures_inside_a_label_past_a_margin_headings_line_are_its_own():
    read = applications_of(parse_text(markdown(TABLE_3), "t_chromium_markitdown.md"))
    assert _cells(read, "unavailable_needs_creation") == _expected([3, *[_] * 5, 3])
    assert _cells(read, "unavailable_unclear") == _expected([2, *[_] * 5, 2])


def test_figures_after_a_whole_label_past_a_margin_headings_line_are_not_placed():
    # the label whole above the margin heading's line: the figures below it stand inside no label, and may be this
    # row's or the next's printed before its label: neither row is read
    lines = _replaced({1: "（四）无法", 3: "2.没有现成信息需要另行"}, {1: "（四）无法", 3: "2.没有现成信息需要另行制作"})
    lines = [{1: "提供"} if line == {1: "提供", 3: "制作"} else line for line in lines]
    read = applications_of(parse_text(markdown(lines), "t_chromium_markitdown.md"))
    for key in ("unavailable_needs_creation", "unavailable_unclear"):
        assert all(state == "unknown" for _, state in _cells(read, key)), (key, _cells(read, key))


def test_a_label_wrapped_round_an_empty_cells_line_is_blank():
    read = applications_of(parse_text(markdown(TABLE_3), "t_chromium_markitdown.md"))
    for key in ("denied_prohibited_by_law", "rejected_petition", "rejected_excessive", "rejected_confirmation"):
        assert _cells(read, key) == _expected(BLANK), (key, _cells(read, key))


def test_a_line_of_figures_right_beside_the_labels_lines_leaves_the_row_unknown():
    # a piece alone right above the label's first line: a figure of the row wrapped round its line, longer than its
    # label, prints its first piece there
    lines = _replaced("2.其他", "２", "2.其他")
    read = applications_of(parse_text(markdown(lines), "t_chromium_markitdown.md"))
    assert all(state == "unknown" for _, state in _cells(read, "denied_prohibited_by_law")), \
        _cells(read, "denied_prohibited_by_law")
