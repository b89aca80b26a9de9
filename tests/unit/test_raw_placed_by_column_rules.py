"""`pdftotext -raw` of Chromium's tables (issue 14), written by hand with made-up figures: the text follows the content
stream, a row's label and then its cells, each whole and one space apart, and a blank cell prints nothing. A row
printing fewer figures than columns whose own sum no placing keeps (`（七）总计 4 0 0 2 1`: its 其他 and 总计 printed
blank) is placed where APP_OUTCOME_SUM and APP_BALANCE put its figures, the table's other rows read, where one way
only keeps them; the columns it prints nothing in stay unknown (a blank, or a cell lost).

Never a wrong number: two placings keeping the rules (a `0` that may stand in two columns) leave the row unknown."""

from __future__ import annotations

from orchestration.parsing.parse import parse_text
from tests.unit.test_layout_raw_wrapped_pieces import raw_text
from tests.unit.test_reader_classes import applications_of

ROWS_READ = {
    "new_received": ["5 0 0 2 1 0 8"],
    "carried_over": ["0 0 0 0 0 0 0"],
    "granted": ["3 0 0 2 0 0 5"],
    "unavailable_not_held": ["1 0 0 0 1 0 2"],
    "carried_forward": ["1 0 0 0 0 0 1"],
}


def _read(results_total: str) -> list[tuple[int | None, str]]:
    read = applications_of(parse_text(raw_text({**ROWS_READ, "results_total": [results_total]}), "raw.txt"))
    return [(None if c.value is None else int(c.value), c.state) for c in read["results_total"]]


def test_a_row_short_of_figures_is_placed_where_the_column_rules_put_them():
    # the outcome rows add up to 4 0 0 2 1 0 7: the 4 can stand under 自然人 only, the 2 under 社会公益组织, the 1 under
    # 法律服务机构, and the two 0 between them
    assert _read("4 0 0 2 1") == [(4, "recovered"), (0, "recovered"), (0, "recovered"), (2, "recovered"),
                                  (1, "recovered"), (None, "unknown"), (None, "unknown")]


def test_two_placings_keeping_the_column_rules_leave_the_row_unknown():
    # one 0 may stand under 商业企业 or 科研机构
    assert all(state == "unknown" for _, state in _read("4 0 2 1"))


def test_a_row_no_placing_keeps_in_is_unknown():
    # a 3 where the outcome rows add up to 2: the report does not add up, nothing is placed
    assert all(state == "unknown" for _, state in _read("4 0 0 3 1"))


def test_a_rule_needing_a_row_not_read_places_nothing():
    # 结转下年度 prints two figures for seven columns, itself not placed: APP_BALANCE cannot check the row
    read = applications_of(parse_text(raw_text({**ROWS_READ, "carried_forward": ["1 1"], "results_total": ["4 0 0 2 1"]}),
                                      "raw.txt"))
    assert all(c.state == "unknown" for c in read["results_total"])
