"""markitdown puts each word in the last pipe cell whose bound is left of the word's left edge, so a total wider than
its column's other figures, centred or right-aligned, may stand in 其他's cell, its own cell empty
(`| （七）总计 | 8 | 12 |  |  | 2 | 22 |  |`). Read as printed, 其他 would be 22 and 总计 blank; the row's own sum
says 22 is the total, yet a report may print a total blank too. Neither placing is proven by the row: its cells are
`unknown` as printed, and the column rules may still recover them from the rows that sum into it."""

from __future__ import annotations

from tests.unit.test_converted_markdown import LABELS_2021, cells, report


def _row(key: str, figures: list[str]) -> list[str]:
    return [f"| {LABELS_2021[key]} | {' | '.join(figures)} |"]


def _results_total(printed: list[str]) -> list[tuple[object, str]]:
    # 8 + 12 + 2 = 22 received, granted and decided; the other rows print zeros
    whole = ["8", "12", "", "", "2", "", "22"]
    text = report({"new_received": _row("new_received", whole), "granted": _row("granted", whole),
                   "results_total": _row("results_total", printed)})
    return cells(text, "applications", "results_total")


def test_a_total_standing_in_the_cell_before_its_own_is_not_read_as_other_orgs():
    got = _results_total(["8", "12", "", "", "2", "22", ""])
    other, total = got[5], got[6]
    assert other != (22, "value") and total[1] != "blank"
    # what is read is the truth: 其他 printed nothing, 总计 22 (recovered from the rows that sum into it)
    assert other in ((None, "unknown"), (None, "blank")) or other[1] == "recovered" and not other[0]
    assert total in ((None, "unknown"), (22, "recovered"))


def test_a_figure_before_an_empty_total_that_is_not_the_others_sum_stays_as_printed():
    # 5 is no sum of 8, 12 and 2: nothing places it elsewhere than 其他's cell
    got = _results_total(["8", "12", "", "", "2", "5", ""])
    assert got[5] == (5, "value")


def test_a_total_cell_printing_a_blank_mark_is_read_as_printed():
    # `/` in the total's cell: the total printed blank, 其他 the figure before it
    got = _results_total(["8", "12", "", "", "2", "22", "/"])
    assert got[5] == (22, "value") and got[6] == (None, "blank")
