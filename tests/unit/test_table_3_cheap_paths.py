"""Table 3's reader skips a pass by a cheap precondition only where the pass could find nothing: each skipped
check still answers as before where its precondition lets it run (a lost row, a row read twice, a label-less
line of figures, aligned rows, positioned header words), and says nothing where it does not."""

from orchestration.parsing import application_table as AT
from orchestration.parsing import table_reading as TR
from orchestration.parsing.rows import RawCell, Row

KEYS = ("new_received", "carried_over")


def _row(label: str, figures: list[str], line: int, figures_line: int | None = None) -> Row:
    at = line if figures_line is None else figures_line
    return Row([RawCell(label, line), *(RawCell(text, at) for text in figures)])


def test_no_row_beside_a_missing_row_where_every_label_is_found():
    first, second = _row("一、本年新收政府信息公开申请数量", ["1"], 10, 11), _row("二、上年结转", ["2"], 12)
    read = {"new_received": (first, first.values(), None, "value"),
            "carried_over": (second, second.values(), None, "value")}
    assert AT._beside_a_missing_row(read, KEYS, [first, second]) == []


def test_a_row_whose_figures_stand_apart_beside_a_lost_row_is_still_found():
    # its figures on line 11, its label on line 10, the next row's label lost: the line may be that row's
    first = _row("一、本年新收政府信息公开申请数量", ["1"], 10, 11)
    read = {"new_received": (first, first.values(), None, "value")}
    assert AT._beside_a_missing_row(read, KEYS, [first]) == ["new_received"]
    # on its label's own line: its own, whatever is lost
    beside = _row("一、本年新收政府信息公开申请数量", ["1"], 10)
    assert AT._beside_a_missing_row({"new_received": (beside, beside.values(), None, "value")}, KEYS, [beside]) == []


def test_rows_each_read_from_their_own_row_share_no_figures():
    first, second = _row("予以公开", ["3"], 5), _row("部分公开", ["4"], 6)
    read = {"granted": (first, first.values(), None, "value"), "partially_granted": (second, second.values(), None, "value")}
    assert AT._rows_reading_one_line_of_figures(read) == []


def test_a_label_less_line_between_bare_labels_is_still_either_rows():
    above, figures, below = Row([RawCell("予以公开", 5)]), Row([RawCell("3", 6), RawCell("0", 6)]), Row([RawCell("部分公开", 7)])
    found = {"granted": above, "partially_granted": figures}
    read = {"granted": (above, [], None, "value"), "partially_granted": (figures, figures.values(), None, "value")}
    assert AT._figures_between_bare_labels(read, [above, figures, below], found) == ["partially_granted", "granted"]
    # every row read from its own label's line: nothing between bare labels
    own = _row("部分公开", ["3", "0"], 6)
    read = {"granted": (above, [], None, "value"), "partially_granted": (own, own.values(), None, "value")}
    assert AT._figures_between_bare_labels(read, [above, own, below], {"granted": above, "partially_granted": own}) == []


def test_rows_found_once_each_are_kept_and_a_row_found_twice_goes_to_its_own_label():
    own, other = _row("予以公开", ["3"], 5), Row([RawCell("部分公开", 4)])
    rows = [other, own]
    found = {"granted": own, "partially_granted": other}
    TR._figures_read_once(rows, (0, 1), {"partially_granted": 0, "granted": 1}, found)
    assert found == {"granted": own, "partially_granted": other}
    found = {"granted": own, "partially_granted": own}  # the label without figures took the next row's
    TR._figures_read_once(rows, (0, 1), {"partially_granted": 0, "granted": 1}, found)
    assert found == {"granted": own, "partially_granted": other}


def test_cells_run_together_are_seen_whatever_cells_were_not_fitted():
    row = _row("予以公开", ["2 0", "1"], 5)
    assert TR._looks_run_together(row, [None, *row.values(), None], None, None, lambda reading: True)
    zero_led = _row("予以公开", ["018", "1"], 5)
    assert TR._looks_run_together(zero_led, [*zero_led.values(), None], None, None, lambda reading: True)
    clean = _row("予以公开", ["18", "1"], 5)
    assert not TR._looks_run_together(clean, [None, *clean.values()], None, None, lambda reading: True)


def test_header_words_without_positions_give_no_anchor_and_aligned_ones_do():
    tabbed = Row([RawCell("自然人", 3), RawCell("商业企业", 3)])
    assert AT._applicant_header_parts([tabbed]) == []
    aligned = Row([RawCell("自然人", 3, x=20.0), RawCell("商业企业 科研机构", 3, x=40.0)], aligned=True)
    assert [part.text for part in AT._applicant_header_parts([aligned])] == ["自然人", "商业企业", "科研机构"]


def test_rows_without_aligned_lines_are_kept_as_they_are():
    rows = [Row([RawCell("（四）无法提供", 5), RawCell("0", 5)]), _row("2.没有现成信息需要另行制作", ["1"], 6)]
    kept = AT._without_headings_beside_figures(rows, "2021")
    assert kept == rows and kept is not rows


def test_a_label_less_row_of_figures_between_two_placed_rows_is_the_missing_row_between():
    above, figures, below = _row("一、本年新收政府信息公开申请数量", ["1", "1"], 10), _row("", ["3", "3"], 11), \
        _row("（一）予以公开", ["2", "2"], 12)
    found = {"new_received": above, "granted": below}
    kept = TR._label_less_rows_between([above, figures, below], found, ("new_received", "carried_over", "granted"))
    assert kept == {"new_received": above, "carried_over": figures, "granted": below}


def test_the_form_of_other_a_table_does_not_use_leaves_no_row_missing_between_its_neighbours():
    # （六）其他处理 printed as its three sub-rows: `other` is no row missing, so the line of figures between is not it
    above, figures, below = _row("5.要求行政机关确认或重新出具已获取信息", ["1", "1"], 10), _row("", ["3", "3"], 11), \
        _row("1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请", ["2", "2"], 12)
    found = {"rejected_confirmation": above, "other_no_correction": below}
    kept = TR._label_less_rows_between([above, figures, below], found,
                                       ("rejected_confirmation", "other", "other_no_correction"))
    assert kept == found


def test_a_pipe_header_row_names_its_applicant_columns_by_place():
    names = AT._pipe_header_names(("申请人情况", "自然人", "商业企业", "", "科研机构", "社会公益组织", "法律服务机构",
                                   "其他", "总计"))
    assert (names.first, names.last, names.unnamed, names.others) == (1, 8, frozenset({3}), frozenset({7}))
    assert not names.two_in_a_cell
    merged = AT._pipe_header_names(("", "自然人", "商业企业 科研机构", "其他 总计"))
    assert merged.two_in_a_cell == frozenset({2, 3}) and merged.last is None and merged.unnamed == frozenset()
