"""A row of `pdftotext -raw` text printing fewer figures than table 3's columns (a cell lost, or a blank printing
nothing), the table's other rows read: its figures stand where APP_OUTCOME_SUM and APP_BALANCE put them. Where
several placings keep the rules, a figure is read only in a column every such placing puts it in; the row's other
cells are unknown (never a zero set in a column another placing leaves empty)."""

from __future__ import annotations

from decimal import Decimal

from orchestration.parsing.parse import parse_text
from tests.unit.test_reader_classes import FIGURES, REVIEWS, applications_of, single_spaced

# every row prints its seven cells, zeros too; 法律服务机构 holds figures, so a 2 can stand in that column only
TABLE = dict(FIGURES, new_received=[12, 3, 0, 0, 2, 0, 17], unavailable_not_held=[2, 1, 0, 0, 2, 0, 5],
             results_total=[11, 3, 0, 0, 2, 0, 16])


def raw_text(figures: dict[str, list]) -> str:
    """The table as `pdftotext -raw` writes it, its page ended by a form feed (pdftotext's pages)."""
    return single_spaced(figures, REVIEWS) + "\f"


def results_total_printed(printed: list) -> list:
    """（七）总计's cells as the line prints them: `printed`, then its last cells lost."""
    return [*printed, *[None] * (7 - len(printed))]


def test_a_short_rows_figures_are_read_in_the_columns_every_placing_keeping_the_rules_agrees_on():
    # `（七）总计 11 3 0 2 0`: a zero and its 总计 lost; the sums put 11, 3 and 2 in one column each, the last zero
    # after the 2 (其他), the first in 科研机构 or 社会公益组织: those two and 总计 unknown, the others read
    figures = dict(TABLE, results_total=results_total_printed([11, 3, 0, 2, 0]))
    report = parse_text(raw_text(figures), "raw.txt")
    cells = applications_of(report)["results_total"]
    assert [cells[c].value for c in (0, 1, 4, 5)] == [Decimal(v) for v in (11, 3, 2, 0)], report.warnings
    assert {cells[c].state for c in (0, 1, 4, 5)} == {"recovered"}
    assert [cells[c].state for c in (2, 3, 6)] == ["unknown"] * 3  # never a zero guessed, never its sum made up
    assert [c.value for c in applications_of(report)["granted"]] == [8, 2, 0, 0, 0, 0, 10]


def test_a_short_row_the_rules_place_one_way_is_read_whole():
    # `（七）总计 11 3 0 0 2`: its 其他 and 总计 lost; the two zeros between 3 and 2 stand in 科研机构 and
    # 社会公益组织 in the one placing that keeps the rules
    figures = dict(TABLE, results_total=results_total_printed([11, 3, 0, 0, 2]))
    report = parse_text(raw_text(figures), "raw.txt")
    cells = applications_of(report)["results_total"]
    assert [c.value for c in cells[:5]] == [Decimal(v) for v in (11, 3, 0, 0, 2)], report.warnings
    assert [c.state for c in cells[5:]] == ["unknown", "unknown"]


def test_zeros_the_rules_let_stand_in_several_columns_stay_unknown():
    # `（七）总计 11 3 0 0 0`: three zeros for four columns (科研机构 … 其他) the rules leave at 0: which one the
    # line lost the text does not say, so none of those columns is read; 11 and 3 stand in one column each
    figures = dict(FIGURES, results_total=results_total_printed([11, 3, 0, 0, 0]))
    report = parse_text(raw_text(figures), "raw.txt")
    cells = applications_of(report)["results_total"]
    assert [c.value for c in cells[:2]] == [11, 3], report.warnings
    assert {c.state for c in cells[:2]} == {"recovered"}
    assert all(c.state == "unknown" and c.value is None for c in cells[2:]), cells


def test_a_short_row_is_not_placed_where_a_rule_needs_a_row_not_read():
    # 四、结转下年度继续办理 short as well: APP_BALANCE cannot check 总计's placings, so none is read
    figures = dict(TABLE, results_total=results_total_printed([11, 3, 0, 0, 2]),
                   carried_forward=results_total_printed([1, 0, 0]))
    report = parse_text(raw_text(figures), "raw.txt")
    read = applications_of(report)
    assert all(c.state == "unknown" for c in read["results_total"]), read["results_total"]
    assert all(c.state == "unknown" or c.value == v for c, v in zip(read["carried_forward"], [1, 0, 0], strict=False))
