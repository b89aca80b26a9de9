"""Table 3 placed in column chunks (plain `pdftotext` of a Chromium PDF, no -layout) on its rows' sums: a cell
placed without proof (on zeros, which keep a sum in any order) is recovered only where a column rule
(APP_OUTCOME_SUM, APP_BALANCE) with every cell known checks it; where an unknown cell leaves every rule of its
row unchecked in its column, nothing printed confirms it, and it is unknown. Made-up reports."""

from __future__ import annotations

from orchestration.parsing.parse import parse_text
from tests.unit.test_reader_classes import REVIEWS, ROWS, TABLE2, TITLE, applications_of

KEYS = [key for key, _, _ in ROWS]
WIDTH = 7

# a table keeping every rule, its first three rows' figures wide and in the last columns
FIRST_ROWS_WIDE = {
    **{key: [0] * WIDTH for key in KEYS},
    "new_received": [0, 0, 0, 296, 6, 94794, 95096],
    "carried_over": [0, 0, 0, 0, 1, 0, 1],
    "partially_granted": [0, 0, 0, 0, 7, 0, 7],
    "denied_third_party_rights": [0, 0, 0, 62, 0, 0, 62],
    "denied_enforcement_files": [0, 0, 0, 0, 0, 94768, 94768],
    "rejected_duplicate": [0, 0, 0, 234, 0, 15, 249],
    "rejected_publication": [0, 0, 0, 0, 0, 6, 6],
    "rejected_confirmation": [0, 0, 0, 0, 0, 5, 5],
    "results_total": [0, 0, 0, 296, 7, 94794, 95097],
}


def figure(value: int) -> str:
    return f"{value:,}"


def first_rows_beside(table: dict[str, list[int]], lead: int, first_bands: list[int], bands: list[int],
                      unprinted: tuple[str, int] | None = None) -> str:
    """Chromium's PDF through plain `pdftotext`: the first rows (`first_bands`' rows) each with `lead` columns
    beside its label and their other columns as poppler's blocks (a column of a band of rows a block) right
    after the last of those labels; the other rows' labels printing no figure, all their columns' blocks after
    the last label, a band (`bands`) at a time; `unprinted`: a cell (row, column) printing nothing."""
    def blocks(rows: list[str], first: int) -> list[str]:
        return ["\n".join(figure(table[key][column]) for key in rows if (key, column) != unprinted)
                for column in range(first, WIDTH)]

    first = sum(first_bands)
    paragraphs = [TITLE.rstrip("\n"), TABLE2.rstrip("\n"), "三、收到和处理政府信息公开申请情况", "申请人情况",
                  "自然人\n商业企业\n科研机构\n社会公益组织\n法律服务机构\n其他\n总计"]
    for index, (key, label, heading) in enumerate(ROWS):
        paragraphs += [heading] if heading else []
        paragraphs.append(label + ("\n" + " ".join(map(figure, table[key][:lead])) if index < first else ""))
        if index == first - 1:
            at = 0
            for size in first_bands:
                paragraphs += blocks(KEYS[at:at + size], lead)
                at += size
    paragraphs.append("\f")
    at = first
    for size in bands:
        paragraphs += blocks(KEYS[at:at + size], 0)
        at += size
    paragraphs += ["四、行政复议、行政诉讼情况", "行政复议", "行政诉讼", "未经复议直接起诉", "复议后起诉"]
    paragraphs += ["结果维持 结果纠正 其他结果 尚未审结 总计"] * 3 + [str(v) for v in REVIEWS]
    paragraphs += ["五、存在的主要问题及改进情况", "一是公开形式单一。"]
    return "\n\n".join(paragraphs) + "\n"


def test_first_rows_with_more_columns_beside_their_labels_than_the_search_reads_are_not_read_on_zeros():
    # three columns beside the first three labels (the search reads one at most): the only chunking the rows'
    # sums leave reads new_received as zeros and 上年结转's cells unknown, so APP_BALANCE checks no column of
    # new_received: its cells are unknown, never the 0s read for 296, 6 and 94,794
    text = first_rows_beside(FIRST_ROWS_WIDE, 3, [1, 2], [4, 4, 5, 1, 2, 2, 2, 2])
    report = parse_text(text, "plain.txt")
    read = applications_of(report)
    for key, expected in FIRST_ROWS_WIDE.items():
        for cell, value in zip(read[key], expected):
            assert cell.state == "unknown" or cell.value == value, key
    assert [cell.state for cell in read["new_received"]] == ["unknown"] * WIDTH
    assert any(w.code == "column_rules_fail" and "unchecked" in w.message for w in report.warnings)


def test_a_cell_a_rule_checks_is_still_read():
    # the same shape, one column beside each label (what the search reads): every cell is read, and right
    text = first_rows_beside(FIRST_ROWS_WIDE, 1, [1, 2], [4, 4, 5, 1, 2, 2, 2, 2])
    read = applications_of(parse_text(text, "plain.txt"))
    for key, expected in FIRST_ROWS_WIDE.items():
        assert [cell.value for cell in read[key]] == expected, key
    assert read["new_received"][3].state in ("value", "recovered")


# two columns beside the first five labels, a zero cell far below printing nothing (a blank): the table one figure
# short of its cells, read by the unprinted blanks' search, which reads one column beside a label at most
FIRST_ROWS_TWO_BESIDE = {
    **{key: [0] * WIDTH for key in KEYS},
    "new_received": [13, 0, 0, 7610, 0, 0, 7623],
    "partially_granted": [0, 0, 0, 541, 0, 0, 541],
    "denied_administrative_query": [0, 0, 0, 144, 0, 0, 144],
    "other_no_correction": [8, 0, 0, 35, 0, 0, 43],
    "other_no_fee_paid": [0, 0, 0, 6890, 0, 0, 6890],
    "results_total": [8, 0, 0, 7610, 0, 0, 7618],
    "carried_forward": [5, 0, 0, 0, 0, 0, 5],
}


def test_rows_with_more_columns_beside_their_labels_than_the_blanks_search_reads_are_not_read_on_zeros():
    # unavailable_not_held's 其他 (a 0) prints nothing
    text = first_rows_beside(FIRST_ROWS_TWO_BESIDE, 2, [2, 1, 2], [1, 1, 5, 1, 2, 2, 4, 1, 1, 1, 1],
                             unprinted=("unavailable_not_held", 5))
    report = parse_text(text, "plain.txt")
    read = applications_of(report)
    for key, expected in FIRST_ROWS_TWO_BESIDE.items():
        for cell, value in zip(read[key], expected):
            assert cell.state == "unknown" or cell.value == value, key
    assert read["new_received"][3].state == "unknown"
