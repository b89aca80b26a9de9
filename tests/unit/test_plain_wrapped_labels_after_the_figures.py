"""Table 3 of plain `pdftotext` (no -layout) of a word processor's PDF whose labels wrapped over lines come after
the figures: poppler sets each one-line cell in reading order (a row's one-line label, then its figures one a
paragraph) and a cell whose text wraps as a block after the page's one-line cells, so the rows of wrapped labels
print their figures where the template puts them, with no label before them, and their labels (and the wrapped
group headings) after the table's last figures: `4.无正当理由大量反复申请` / 7 figures / 28 figures /
`（七）总计` / 7 / `四、结转下年度继续办理` / 7 / `5.要求行政机关确认或重新出` / `具已获取信息` / `1.申请人…`.
The figures' order proves the rows: each block of 7 a row's, in template order, the rows whose labels come late
exactly those with none between; read where the count, each row's sum and the column rules leave that one
reading, else unknown. Written by hand, apart from the corpus generator."""

from __future__ import annotations

from orchestration.core import labels as L
from orchestration.parsing.parse import parse_text
from testkit.corpus import ROW_LABELS
from tests.unit.test_reader_classes import REVIEWS, TITLE, applications_of

HEADER = ["三、收到和处理政府信息公开申请情况", "申请人情况", "自然人", "法人或其他组织", "总计", "商业企业",
          "科研机构", "社会公益组织", "法律服务机构", "其他"]
GROUP_HEADINGS = {"granted": "results_group", "denied_state_secret": "denied", "unavailable_not_held": "unavailable",
                  "rejected_petition": "rejected", "other_no_correction": "other"}
# a word processor's label column: a label longer than this wraps (the rows whose label spans three columns or two
# have the room of 30 or 20 characters)
WRAP = 13
ROOM = {"new_received": 30, "carried_over": 30, "carried_forward": 30, "granted": 20, "partially_granted": 20,
        "results_total": 20}


def table_of(template: str, outcomes: dict[str, list[int]], carried_over: list[int], carried_forward: list[int]
             ) -> dict[str, list[int]]:
    """A table 3 keeping every rule: each row's total its parts' sum, （七）总计 the outcomes' sum (APP_OUTCOME_SUM),
    new + carried over = results + carried forward (APP_BALANCE); rows not in `outcomes` print zeros."""
    keys = L.application_rows(template)
    table = {key: outcomes.get(key, [0] * 6) for key in keys}
    table["results_total"] = [sum(table[key][c] for key in L.outcome_rows(template)) for c in range(6)]
    table["carried_over"], table["carried_forward"] = carried_over, carried_forward
    table["new_received"] = [table["results_total"][c] + carried_forward[c] - carried_over[c] for c in range(6)]
    return {key: [*cells, sum(cells)] for key, cells in table.items()}


TABLE_2021 = table_of("2021", {"granted": [8, 2, 0, 0, 0, 0], "partially_granted": [1, 0, 0, 0, 0, 0],
                               "unavailable_not_held": [2, 1, 0, 0, 1, 0], "rejected_duplicate": [3, 0, 0, 0, 0, 0],
                               "rejected_confirmation": [1, 0, 0, 0, 0, 0], "other_no_correction": [6, 3, 0, 0, 1, 0],
                               "other_misc": [10, 2, 0, 0, 0, 0]},
                      carried_over=[2, 0, 0, 0, 0, 0], carried_forward=[5, 0, 0, 0, 0, 0])
TABLE_2019 = table_of("2019", {"granted": [8, 2, 0, 0, 0, 0], "partially_granted": [1, 0, 0, 0, 0, 0],
                               "rejected_confirmation": [4, 1, 0, 0, 0, 0], "other": [7, 0, 0, 0, 1, 0]},
                      carried_over=[0, 0, 0, 0, 0, 0], carried_forward=[3, 1, 0, 0, 0, 0])


def wrapped(text: str, room: int = WRAP) -> list[str]:
    """A cell's text as its column wraps it, `room` characters a line."""
    return [text[at : at + room] for at in range(0, len(text), room)]


def plain_page(table: dict[str, list[int]], template: str, page_break_before: str | None = None,
               unprinted: frozenset[str] = frozenset(), late_too: frozenset[str] = frozenset()) -> str:
    """The report as plain pdftotext writes it: one-line cells a paragraph each in reading order, each wrapped
    label or heading a block after its page's one-line cells (before the page's number and form feed, or after
    the table's last figures). `unprinted`: rows whose zeros print nothing (a blank cell leaves no line);
    `late_too`: rows whose one-line label poppler sets in the late block too (a cell as tall as its group's)."""
    title = TITLE if template == "2021" else TITLE.replace("2021年", "2020年")
    items = [*title.split(), *HEADER]
    late: list[str] = []
    for key in L.application_rows(template):
        if key == page_break_before:
            items += [*late, "- 4 -", "\f"]
            late = []
        cells = [label] if (label := ROW_LABELS.get(GROUP_HEADINGS.get(key, ""))) else []
        for text, room in [*((cell, WRAP) for cell in cells), (ROW_LABELS[key], ROOM.get(key, WRAP))]:
            if len(text) > room or (key in late_too and text == ROW_LABELS[key]):
                late.append("\n".join(wrapped(text, room)))
            else:
                items.append(text)
        items += [str(value) for value in table[key] if value or key not in unprinted]
    items += late
    items += ["四、行政复议、行政诉讼情况", "行政复议", "行政诉讼", "未经复议直接起诉", "复议后起诉",
              "结果维持 结果纠正 其他结果 尚未审结 总计", *map(str, REVIEWS), "五、存在的主要问题及改进情况",
              "一是公开形式单一。"]
    return "\n\n".join(items).replace("\f\n\n", "\f") + "\n"


def read_of(text: str) -> dict[str, list]:
    return applications_of(parse_text(text, "report_pdftotext_plain.txt"))


def test_rows_whose_wrapped_labels_follow_the_figures_are_read_in_template_order():
    for late_too in (frozenset(), frozenset({"other_misc"})):
        text = plain_page(TABLE_2021, "2021", late_too=late_too)
        # the shape: the one-line labels 总计 and 结转 with their figures, then the wrapped labels, none after them
        assert "\n\n4.无正当理由大量反复申请\n\n0\n\n0\n\n0\n\n0\n\n0\n\n0\n\n0\n\n1\n\n" in text
        assert "四、结转下年度继续办理\n\n5\n\n0\n\n0\n\n0\n\n0\n\n0\n\n5\n\n2.其他法律行政法规禁止公\n开\n\n" in text
        read = read_of(text)
        for key, figures in TABLE_2021.items():
            assert [cell.value for cell in read[key]] == figures, (late_too, key)
            assert {cell.state for cell in read[key]} == {"value"}, (late_too, key)


def test_the_2019_template_and_a_page_break_read_alike():
    for template, table in (("2019", TABLE_2019), ("2021", TABLE_2021)):
        for page_break_before in (None, "rejected_petition", "rejected_confirmation", "results_total"):
            read = read_of(plain_page(table, template, page_break_before))
            for key in ("rejected_confirmation", "other", "other_no_correction", "other_no_fee_paid", "other_misc",
                        "results_total", "carried_forward"):
                if key in table:
                    assert [cell.value for cell in read[key]] == table[key], (template, page_break_before, key)


def assert_nothing_wrong(read: dict[str, list], table: dict[str, list[int]]) -> None:
    for key, figures in table.items():
        assert all(cell.state == "unknown" or cell.value == value for cell, value in zip(read[key], figures)), key


def test_a_row_printing_nothing_leaves_the_late_rows_unknown():
    # other_no_fee_paid's zeros print nothing: the count is no longer whole, so no block is known to be a row's
    read = read_of(plain_page(TABLE_2021, "2021", unprinted=frozenset({"other_no_fee_paid"})))
    assert_nothing_wrong(read, TABLE_2021)
    assert all(cell.state == "unknown" for cell in read["other_no_correction"])


def test_a_table_breaking_the_column_rules_leaves_the_late_rows_unknown():
    # a misprinted （七）总计 (its row sum kept): APP_OUTCOME_SUM fails, the blocks' owners are not proven
    table = dict(TABLE_2021, results_total=[c + (1 if at in (0, 6) else 0) for at, c in
                                            enumerate(TABLE_2021["results_total"])])
    read = read_of(plain_page(table, "2021", late_too=frozenset({"other_misc"})))
    assert_nothing_wrong(read, table)
    assert all(cell.state == "unknown" for cell in read["other_misc"])


def test_a_short_row_one_empty_line_a_figure_is_never_read_with_the_empty_lines_as_blank_cells():
    """Every zero printing nothing, each cell a paragraph (an empty line after it), the wrapped labels late (lines
    one after another in a paragraph): new_received's `3` / `3` / `5` / `11` is four figures of seven cells, the
    empty lines between them paragraphs' breaks, never blank cells (was read 自然人 3, 科研机构 3, 法律服务机构 5)."""
    table = table_of("2021", {"granted": [0, 0, 3, 3, 5, 0]}, carried_over=[0] * 6, carried_forward=[0] * 6)
    text = plain_page(table, "2021", unprinted=frozenset(L.application_rows("2021")))
    assert "\n\n3\n\n3\n\n5\n\n11\n\n" in text and "\f" not in text
    read = applications_of(parse_text(text, "report_pdftotext_plain.txt"))
    for key in ("new_received", "granted", "results_total"):
        for cell, figure in zip(read[key], table[key], strict=True):
            assert cell.state == "unknown" or (cell.value or 0) == figure, (key, read[key])
