"""`pdftotext -layout` of Chromium's narrow tables in wide digits (issue 14), the shape of the corpus's
renditions with made-up figures (`STACKED_ROW`): a row's label wrapped over two lines (`一、本年` /
`新收…数量`) with its wide figures stacked a digit a line round them (`１` on the first, `３` on the second,
for 13) and its other figures on a line between them with no label (`０ ０ ０ ０ ０`), a line `-layout` sets
apart from the labelled lines' columns (its figures stand a few glyphs off them):

* the row is placed in order across its columns, each stacked column left or right of every figure of the
  label-less line, the pieces read by the rows' sums as the other stacked rows;
* pieces between two rows (`１` / 总计 / `２` / 结转下年度 with its own `１`) that every row's sum shares out
  two ways (12 and 1, or 1 and 21) are settled by APP_OUTCOME_SUM and APP_BALANCE where one way keeps them.

Never a wrong number: a label-less line with a figure too few leaves the row unknown; a table no sharing
keeps the column rules in leaves the pieces the rows' sums share out two ways unknown."""

from __future__ import annotations

from orchestration.parsing.parse import parse_text
from tests.unit.test_reader_classes import applications_of
from tests.unit.test_wrong_cell_classes import STACKED_ROW

ZEROS = "                                   ０   ０   ０   ０   ０\n"


def _read(text: str) -> dict[str, list[tuple[int | None, str]]]:
    read = applications_of(parse_text(text, "layout.txt"))
    return {key: [(None if c.value is None else int(c.value), c.state) for c in cells] for key, cells in read.items()}


def test_a_row_stacked_round_a_label_less_line_of_its_other_figures_is_read_by_the_sums():
    assert ZEROS in STACKED_ROW
    read = _read(STACKED_ROW)
    assert read["new_received"] == [(13, "recovered"), *[(0, "recovered")] * 5, (13, "recovered")]


def test_pieces_two_rows_sums_share_out_two_ways_are_settled_by_the_column_rules():
    read = _read(STACKED_ROW)
    # 12 and 1, or 1 and 21: both keep the rows' sums; 4 + 1 + 1 + 2 + 1 + 3 = 12 and 13 + 0 = 12 + 1 keep one
    assert [read["results_total"][c] for c in (0, 6)] == [(12, "recovered")] * 2
    assert [read["carried_forward"][c] for c in (0, 6)] == [(1, "recovered")] * 2


def test_a_label_less_line_a_figure_short_leaves_the_row_unknown():
    read = _read(STACKED_ROW.replace(ZEROS, "                                   ０   ０   ０   ０\n"))
    assert all(state == "unknown" for _, state in read["new_received"])


GRANTED = "（一）予以公开                   ４    ０    ０       ０       ０       ０   ４"


def test_pieces_no_sharing_shares_out_keeping_the_column_rules_stay_unknown():
    # 予以公开 5 for 4 (its total 5 too): the outcomes' 自然人 add up to 13, neither 12 nor 1: no sharing keeps every rule
    assert GRANTED in STACKED_ROW
    read = _read(STACKED_ROW.replace(GRANTED, GRANTED.replace("４", "５")))
    assert [read["results_total"][c][1] for c in (0, 6)] == ["unknown"] * 2
    assert [read["carried_forward"][c][1] for c in (0, 6)] == ["unknown"] * 2


def test_a_row_breaking_its_own_sum_bounds_the_sharings_only_as_an_unknown_row():
    # 予以公开 prints 5 for 自然人 and 4 for its total: as a premise its 5 left no sharing keeping the rules; as an
    # unknown row the other outcomes' 自然人 (1 + 1 + 2 + 1 + 3 = 8) leave 1 too few for the results total, 12 alone
    read = _read(STACKED_ROW.replace(GRANTED, GRANTED.replace("４", "５", 1)))
    assert [read["results_total"][c] for c in (0, 6)] == [(12, "recovered")] * 2
    assert [read["carried_forward"][c] for c in (0, 6)] == [(1, "recovered")] * 2
    assert read["granted"][0] == (5, "value")  # as printed: the rule's warning, not the parser, reports it
