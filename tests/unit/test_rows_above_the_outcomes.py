"""Table 3 as plain `pdftotext` (no -layout) writes a Chromium PDF of the 2021 template: the two rows
above the outcomes (`一、本年新收…`, `二、上年结转…`, whose labels span every label column) first,
their figures row by row; then each outcome row's label with its first column beside it; then the
other six columns in column chunks. Where a cut label (`予以公开` without its `（一）`) leaves no
found label to say where the outcome rows open, each row above the first outcome is tried as that
place, and the table is read only when one alone keeps every row's sum (its cells recovered, never
proved). Made-up reports, written by hand."""

from __future__ import annotations

from decimal import Decimal

from orchestration.parsing.application_columns import _alike_in_every, _rows_above_the_outcomes_apart
from orchestration.parsing.chunks import LEADS
from orchestration.parsing.parse import parse_text
from orchestration.parsing.recovery import applicant_sum_holds
from tests.unit.test_column_chunks import KEYS
from tests.unit.test_reader_classes import FIGURES, REVIEWS, ROWS, TABLE2, TITLE, applications_of

WIDTH = 7
ABOVE = 2  # 一、本年新收 and 二、上年结转

FILLED = dict(FIGURES, carried_over=[2, 0, 1, 0, 0, 0, 3], denied_third_party_rights=[1, 0, 1, 0, 0, 0, 2],
              rejected_duplicate=[3, 0, 0, 0, 0, 0, 3], results_total=[15, 3, 2, 0, 0, 0, 20],
              carried_forward=[0, 0, 1, 0, 0, 0, 1])


def sequence(figures: dict[str, list[int]], sizes: list[int]) -> list[Decimal]:
    """The figures in the order the text writes them: the rows above row by row, the outcome rows'
    first column, then their other columns in column chunks of `sizes` rows."""
    table = [figures[key] for key in KEYS]
    order = [v for row in table[:ABOVE] for v in row] + [row[0] for row in table[ABOVE:]]
    start = ABOVE
    for size in sizes:
        order += [table[row][column] for column in range(1, WIDTH) for row in range(start, start + size)]
        start += size
    return [Decimal(v) for v in order]


def plain_text(figures: dict[str, list[int]], sizes: list[int], cut: str = "（一）", page_at: int | None = None) -> str:
    """A report in that order, each figure a line of its own, paragraphs apart, the outcomes' heading
    among their rows (where its tall cell's middle stands); `cut`: the text lost from the granted
    row's label; `page_at`: a new page opening before that chunk."""
    paragraphs = [TITLE.rstrip("\n"), TABLE2.rstrip("\n"), "三、收到和处理政府信息公开申请情况", "申请人情况",
                  "自然人\n商业企业\n科研机构\n社会公益组织\n法律服务机构\n其他\n总计"]
    # their labels wrapped in the narrow label column (`一、本年` / `新收政府信息公开申请数量`)
    paragraphs.append("\n".join(part for _, label, _ in ROWS[:ABOVE] for part in (label[:4], label[4:])))
    paragraphs += [str(v) for key, _, _ in ROWS[:ABOVE] for v in figures[key]]
    for key, label, heading in ROWS[ABOVE:]:
        # the outcomes' spanning heading printed where its cell's middle stands, among the rows
        heading = {"三、本年度办理结果": None, "（四）无法提供": "三、本年度办理结果\n（四）无法提供"}.get(heading, heading)
        paragraphs += [heading] if heading else []
        paragraphs.append(label.replace(cut, "", 1) + f"\n{figures[key][0]}")
    table = [figures[key] for key in KEYS]
    start = ABOVE
    for chunk, size in enumerate(sizes):
        paragraphs += ["\f"] if chunk == page_at else []
        paragraphs += ["\n".join(str(table[row][column]) for row in range(start, start + size))
                       for column in range(1, WIDTH)]
        start += size
    paragraphs += ["四、行政复议、行政诉讼情况", "行政复议", "行政诉讼", "未经复议直接起诉", "复议后起诉"]
    paragraphs += ["结果维持 结果纠正 其他结果 尚未审结 总计"] * 3 + [str(v) for v in REVIEWS]
    paragraphs += ["五、存在的主要问题及改进情况", "一是公开形式单一。"]
    return "\n\n".join(paragraphs) + "\n"


def values_of(placed, figures) -> list[list]:
    return [[None if p is None else figures[p.index] for p in cells] for cells in placed]


def placed_by_every_place(figures: list[Decimal]) -> list[list] | None:
    found = _rows_above_the_outcomes_apart(figures, KEYS, WIDTH, LEADS)
    return values_of(_alike_in_every(found, figures), figures) if found else None


def test_the_places_the_outcome_rows_may_open_read_alike_are_read():
    for sizes in ([23], [5, 9, 9], [1] * 23):
        placed = placed_by_every_place(sequence(FILLED, sizes))
        assert placed is not None, sizes
        for key, row in zip(KEYS, placed):
            assert all(v is None or v == Decimal(e) for v, e in zip(row, FILLED[key])), (sizes, key)
        assert placed[0] == [Decimal(v) for v in FILLED["new_received"]], sizes
        assert placed[KEYS.index("results_total")] == [Decimal(v) for v in FILLED["results_total"]], sizes


def test_cells_the_places_read_apart_are_unknown():
    # the second row above the outcomes keeps its sum read as the outcome rows' first column too
    # (2 0 1 0 0 0 3 beside the labels): each place reads some cells its own way, and those are None
    figures = sequence(FILLED, [23])
    found = _rows_above_the_outcomes_apart(figures, KEYS, WIDTH, LEADS)
    assert len(found) == 2
    readings = [values_of(chunkings.placed(), figures) for chunkings in found]
    merged = values_of(_alike_in_every(found, figures), figures)
    for row, cells in enumerate(merged):
        for column, value in enumerate(cells):
            alike = len({reading[row][column] for reading in readings}) == 1
            assert value == (readings[0][row][column] if alike else None), (KEYS[row], column)


def test_a_sequence_no_place_adds_up_is_not_placed():
    misprint = dict(FILLED, carried_over=[2, 0, 1, 0, 0, 0, 4])  # the row's sum fails in every order
    assert _rows_above_the_outcomes_apart(sequence(misprint, [23]), KEYS, WIDTH, LEADS) == []


def test_a_table_of_zeros_is_placed_but_never_proved():
    zeros = {key: [0] * WIDTH for key in KEYS}  # any place keeps every sum
    found = _rows_above_the_outcomes_apart(sequence(zeros, [23]), KEYS, WIDTH, LEADS)
    assert not any(where.proved for row in _alike_in_every(found, sequence(zeros, [23])) for where in row if where)


def test_table_3_read_through_the_parser_recovered_never_proved():
    # the granted row's label lost whole: its figure beside where it stood; the outcome rows' columns in
    # several chunks (in one, the order is that of one chunk of every row from the third: read as before)
    # (FILLED's columns made to add up: a placing by the sums alone that breaks a column rule is unknown there)
    filled = dict(FILLED, new_received=[13, 3, 1, 0, 0, 0, 17], results_total=[15, 3, 1, 0, 0, 0, 19])
    for sizes, page_at in (([5, 9, 9], None), ([5, 9, 9], 1), ([12, 11], 1), ([1, 4, 18], 2)):
        report = parse_text(plain_text(filled, sizes, cut="（一）予以公开", page_at=page_at), "plain.txt")
        read = applications_of(report)
        for key, expected in filled.items():
            for cell, value in zip(read[key], expected):
                assert cell.state == "unknown" or cell.value == value, (sizes, key, cell)
                assert cell.state != "value", (sizes, key, cell)  # the place was chosen by the sums
        assert [c.value for c in read["new_received"]] == [Decimal(v) for v in filled["new_received"]], sizes
        assert [c.value for c in read["results_total"]] == [Decimal(v) for v in filled["results_total"]], sizes
        assert any(w.code == "column_chunks" and "rows above the outcomes" in w.message for w in report.warnings), sizes


def test_with_its_label_whole_the_page_rule_reads_it_as_before():
    report = parse_text(plain_text(FILLED, [5, 9, 9], cut="\0"), "plain.txt")
    read = applications_of(report)
    for key, expected in FILLED.items():
        assert [c.value for c in read[key]] == [Decimal(v) for v in expected], key


def test_applicant_sum_is_the_rule_asked():  # the rows above are read by their own sums, nothing else
    assert applicant_sum_holds(tuple(Decimal(v) for v in FILLED["carried_over"]))


# few figures: only granted and the rows above print any, so the page rule's one chunking (the rows above in
# chunks of one row, then granted's row of seven zeros beside the labels) keeps every sum too
SPARSE = dict({key: [0] * WIDTH for key in KEYS}, new_received=[0, 4, 1, 12, 6, 1, 24],
              carried_over=[0, 0, 1, 0, 0, 2, 3], granted=[0, 2, 1, 12, 5, 2, 22],
              results_total=[0, 2, 1, 12, 5, 2, 22], carried_forward=[0, 2, 1, 0, 1, 1, 5])


def test_a_lost_first_outcome_label_leaves_cells_the_places_read_apart_unknown_in_a_table_of_few_figures():
    # granted's `2 1 12 5 2 22` was read as 1.属于国家秘密's and granted as zeros, values, every rule passing
    for sizes in ([21, 2], [23], [3, 20]):
        report = parse_text(plain_text(SPARSE, sizes, cut="（一）予以公开"), "plain.txt")
        read = applications_of(report)
        for key, expected in SPARSE.items():
            for cell, value in zip(read[key], expected):
                assert cell.state == "unknown" or cell.value == value, (sizes, key, cell)
        said = [w.message for w in report.warnings if w.code == "column_chunks"]
        # [23] too: the outcome rows' first column, beside their labels (a label's line between two of its
        # figures), is no column of a chunk of the text's lines, so the places the outcome rows may open read it
        assert said and "rows above the outcomes" in said[0], sizes


def test_a_cell_the_first_reading_leaves_unplaced_is_unplaced_whatever_the_others_read():
    from orchestration.parsing.chunks import Placed

    class Reading:  # a chunking's placings, as `_alike_in_every` asks them
        def __init__(self, placed):
            self._placed = placed

        def placed(self):
            return self._placed

    figures = [Decimal(4), Decimal(4)]
    first, second = Reading([[None, Placed(0, True)]]), Reading([[Placed(1, True), Placed(1, True)]])
    assert _alike_in_every([first, second], figures) == [[None, Placed(0, False)]]  # was an AttributeError
