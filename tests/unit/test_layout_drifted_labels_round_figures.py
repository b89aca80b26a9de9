"""Chromium's PDF through `pdftotext -layout` (issue 14), table 3 in narrow columns with drifted labels (their
numbering lost): two rows in a row each wrapped round its own line of figures, the first's figure line sharing
its line with the margin heading (`本机关不掌握相关政府信` / `三、本年度   0 …` / `办理结果   息`), the second's
alone between its pieces (`没有现成信息需要另行制` / `0 0 0 2 0 0 2` / `供   作`, a piece of `（四）无法提供`
beside them). Written by hand with made-up figures.

The figure line of the first row read with the label pieces below it named the second row, which took the first
row's figures (wrong), and the second row's own figure line went to no row. The pieces round a line of figures
alone that name a row together are that row's label (`table_reading._label_round_its_figure_line`): each row
reads its own line. Where the pieces round the line name no row together, nothing changes: the line stays apart,
its row never given another row's figures."""

from __future__ import annotations

from orchestration.parsing.parse import parse_text
from tests.unit.test_layout_label_round_figures import FIGURES, figure_line, layout_text
from tests.unit.test_reader_classes import applications_of

NOT_HELD = [0, 0, 0, 1, 0, 0, 1]
NEEDS_CREATION = [0, 1, 0, 2, 0, 0, 3]
TRUTH = {**FIGURES, "new_received": [2, 0, 0, 3, 1, 0, 6], "unavailable_not_held": NOT_HELD,
         "unavailable_needs_creation": NEEDS_CREATION, "results_total": [2, 1, 0, 3, 1, 0, 7]}  # the rules hold
# both labels drifted (no `1.`, `2.`) and wrapped round their own figure lines, the margin heading beside them
DRIFTED = {"unavailable_not_held": ["              本机关不掌握相关政府信", figure_line("三、本年度", NOT_HELD),
                                    "办理结果          息"],
           "unavailable_needs_creation": ["       （四）无法提 没有现成信息需要另行制",
                                          figure_line("", NEEDS_CREATION), "       供      作"]}


def _cells(text: str) -> dict[str, list[tuple[str, object]]]:
    read = applications_of(parse_text(text, "chromium_pdftotext.txt"))
    return {key: [(cell.state, cell.value) for cell in cells] for key, cells in read.items()}


def test_each_drifted_label_wrapped_round_its_figure_line_reads_that_line():
    read = _cells(layout_text(TRUTH, DRIFTED))
    assert read["unavailable_not_held"] == [("value", v) for v in NOT_HELD]
    assert read["unavailable_needs_creation"] == [("value", v) for v in NEEDS_CREATION]
    for key, values in TRUTH.items():
        assert [value for _, value in read[key]] == values, key


def test_the_second_row_never_takes_the_first_rows_figure_line():
    # the same lines, the second row's figures equal to none of the first's: neither row reads the other's line
    needs_creation = [1, 0, 0, 0, 0, 0, 1]
    truth = {**TRUTH, "unavailable_needs_creation": needs_creation, "results_total": [3, 0, 0, 1, 1, 0, 5],
             "new_received": [3, 0, 0, 1, 1, 0, 5], "carried_over": [0] * 7}
    lines = {**DRIFTED, "unavailable_needs_creation": [DRIFTED["unavailable_needs_creation"][0],
                                                       figure_line("", needs_creation), DRIFTED["unavailable_needs_creation"][2]]}
    read = _cells(layout_text(truth, lines))
    for key in ("unavailable_not_held", "unavailable_needs_creation"):
        assert all(state == "unknown" or value == expected
                   for (state, value), expected in zip(read[key], truth[key], strict=True)), key
    assert [value for _, value in read["unavailable_needs_creation"]] == needs_creation


def test_pieces_round_a_figure_line_that_name_no_row_together_are_no_label_of_their_own():
    # the lines round the bare line name no row together (`甲乙丙丁` / … / `戊己`): the rule does not fire, the figure
    # line above keeps them as its label's rest as before; no cell of the table is read wrong
    lines = {**DRIFTED, "unavailable_needs_creation": ["       （四）无法提 甲乙丙丁",
                                                       figure_line("", NEEDS_CREATION), "       供      戊己"]}
    read = _cells(layout_text(TRUTH, lines))
    for key, cells in read.items():
        expected = TRUTH.get(key, [0] * 7)
        assert all(state == "unknown" or value == figure
                   for (state, value), figure in zip(cells, expected, strict=True)), (key, cells)
