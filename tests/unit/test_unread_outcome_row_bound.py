"""Table 3 whose blank cells print nothing (markitdown of LibreOffice's PDF of a DOCX: a row's figures on its
label's first line, single spaces apart) and where one outcome row keeps no rule of its own (`2.重复申请 3`: a part
printed, its total not, the report's slip). That row stays unknown, but a count is never negative: the other
outcome rows sum to at most （七）总计 in each column, which may still leave each of them one place.

Made-up figures, in the shape markitdown writes. Never a wrong number, never a lucky blank."""

from __future__ import annotations

from decimal import Decimal

from orchestration.parsing.parse import parse_text
from orchestration.parsing.recovery import settle_table
from tests.unit.test_layout_unproven_columns import TABLE_2, TABLE_4
from tests.unit.test_reader_classes import ROWS, TITLE, applications_of

# the header as pdfplumber finds LibreOffice's grid: 科研/社会 and 法律/其他 share a cell each
HEADER = ["| （本列数据的勾稽关系 | 申请人情况 |         |       |       |     |",
          "| ---------- | ----- | ------- | ----- | ----- | --- |",
          "| 为：第一项加第二项之 | 自然    | 法人或其他组织 |       |       | 总计  |",
          "| 和，等于第三项加第四 | 人     |         |       |       |     |",
          "|            |       | 商业      | 科研 社会 | 法律 其他 |     |",
          "| 项之和）       |       | 企业      | 机构 公益 | 服务    |     |",
          "组织 机构"]
RULE = "| --- | --- | --- | --- | --- | --- |"


def lo_docx_markdown(first: tuple[str, str, str], later: dict[str, str]) -> str:
    """The first three rows as pipe rows under the header (figure cells `first`), the others as plain lines:
    the label, then `later[key]`'s figures (nothing for a row not given)."""
    new, carried, granted = first
    lines = [*TITLE.rstrip("\n").split("\n"), *TABLE_2.rstrip("\n").split("\n"), "三、收到和处理政府信息公开申请情况",
             *HEADER, f"| 一、本年新收政府信息 | {new} |", RULE, "公开申请数量",
             f"| 二、上年结转政府信息 | {carried} |", RULE, "公开申请数量",
             f"| 三、 （一）予以公 | {granted} |", RULE, "本年 开", ""]
    for key, label, heading in ROWS[3:]:
        if heading:
            lines.append(heading)
        lines.append(f"{label} {later[key]}" if key in later else label)
    return "\n".join([*lines, *TABLE_4]) + "\n"


FIRST = ("３０ |  |  | ４ | ３４", "１ |  |  |  | １", "１２ |  |  | ３ | １５")
LATER = {"partially_granted": "５ １ ６", "denied_third_party_rights": "２ ２", "unavailable_not_held": "７ ７",
         "rejected_duplicate": "３", "results_total": "２９ ４ ３３", "carried_forward": "２ ２"}


def shown(cells) -> list:
    return ["?" if c.state == "unknown" else None if c.value is None else int(c.value) for c in cells]


def test_rows_beside_an_outcome_row_keeping_no_rule_are_placed_where_the_totals_leave_no_room():
    # 法律/其他 of （七）总计 (4) is paid in full by 予以公开's 3 and 部分公开's 1 (their first figure natural:
    # 自然人 is the only column before it with room), so the one-part rows' 2 and 7 stand under 自然人
    read = applications_of(parse_text(lo_docx_markdown(FIRST, LATER), "report_lo-docx_markitdown.md"))
    assert shown(read["partially_granted"]) == [5, None, None, None, "?", "?", 6]
    assert shown(read["denied_third_party_rights"]) == [2, None, None, None, None, None, 2]
    assert shown(read["unavailable_not_held"]) == [7, None, None, None, None, None, 7]
    # the row that keeps no rule of its own stays unknown: its 3 is a part or its total
    assert shown(read["rejected_duplicate"]) == ["?"] * 7
    assert {c.state for c in read["denied_third_party_rights"]} == {"recovered", "blank"}


def test_a_row_the_totals_leave_room_for_in_two_columns_stays_unknown_there():
    # 总计's 法律/其他 is 5: one more than the two-part rows pay, so 保护第三方's 1 may stand there as well
    first = ("３０ |  |  | ５ | ３５", *FIRST[1:])
    later = LATER | {"denied_third_party_rights": "１ １", "results_total": "２９ ５ ３４"}
    read = applications_of(parse_text(lo_docx_markdown(first, later), "report_lo-docx_markitdown.md"))
    assert shown(read["denied_third_party_rights"]) == ["?", None, None, None, "?", "?", 1]
    assert shown(read["unavailable_not_held"]) == [7, None, None, None, None, None, 7]


def _one(*cells) -> tuple:
    return tuple(None if v is None else Decimal(v) for v in cells)


def test_the_joint_solve_bounds_the_outcome_columns_by_their_total_when_an_outcome_row_has_no_reading():
    outcomes = ("granted", "denied_third_party_rights", "rejected_duplicate")
    anywhere = [_one(*[None] * c, 1, *[None] * (5 - c), 1) for c in range(6)]  # a 1 in any applicant column
    rows = {"results_total": [_one(5, None, None, None, 2, None, 7)], "granted": [_one(3, None, None, None, 2, None, 5)],
            "denied_third_party_rights": anywhere, "rejected_duplicate": []}
    assert settle_table(rows, outcomes)["denied_third_party_rights"] == [anywhere[0]]
    # room left under 法律服务机构: both places keep the bound
    rows["results_total"] = [_one(5, None, None, None, 3, None, 8)]
    assert set(settle_table(rows, outcomes)["denied_third_party_rights"]) == {anywhere[0], anywhere[4]}
    # a row not found at all (no entry) still leaves the outcome rule out: nothing narrowed
    del rows["rejected_duplicate"]
    assert settle_table(rows, outcomes)["denied_third_party_rights"] == anywhere
