"""markitdown of LibreOffice's PDF of a DOCX report whose columns markitdown merged two to a pipe cell: a row's label
wraps onto a second line of its narrow label column, and a figure too wide for its narrow cell wraps too, its rest
set in the same pipe cell of the next row, beside the label's end (`| 一、本年新收政府信息 | ７５ ５ | / １０ | / １０ |
１０ |` / `| 公开申请数量 |  |  |  | ０ |`). Where the row's words as printed break its sum, the rest completes the one
figure of its cell that makes the total its parts' sum again (recovered); nowhere else, and never another cell's
figure. Written by hand with made-up figures."""

from __future__ import annotations

from tests.unit.test_converted_markdown import LABELS_2021, cells, report

HEADER_LINES = ["|  | 自然 法人或其他组织 |  |  | 总计 |", "| --- | --- | --- | --- | --- |",
                "|  | 人 商业 | 科研 社会 | 法律 其他 |  |", "|  | 企业 | 机构 公益 | 服务 |  |", "组织 机构"]
HEADER = "\n".join(HEADER_LINES)
FIRST = {"new_received": ("一、本年新收政府信息", "公开申请数量"), "carried_over": ("二、上年结转政府信息", "公开申请数量")}
BLANKS = "| / / | / / | / / | / |"


def table(new_received: list[str]) -> dict[str, list[str]]:
    rows = {key: [f"| {LABELS_2021[key]} {BLANKS}"] for key in LABELS_2021}
    rows["carried_over"] = [f"| {FIRST['carried_over'][0]} | / / | / / | / / | / |", "| --- | --- | --- | --- | --- |",
                            f"| {FIRST['carried_over'][1]} |  |  |  |  |"]
    for key in ("granted", "results_total"):
        rows[key] = [f"| {LABELS_2021[key]} | ７５ ５ | / １０ | / １０ | １００ |"]
    rows["new_received"] = new_received
    return rows


def new_received(figures: str, rest_cells: str) -> list[str]:
    return [f"| {FIRST['new_received'][0]} | {figures} |", "| --- | --- | --- | --- | --- |",
            f"| {FIRST['new_received'][1]} | {rest_cells} |"]


def test_the_rest_beside_the_labels_end_completes_its_cells_figure_to_keep_the_sum():
    text = report(table(new_received("７５ ５ | / １０ | / １０ | １０", " |  |  | ０")), header=HEADER)
    assert cells(text, "applications", "new_received") == [
        (75, "recovered"), (5, "recovered"), (None, "blank"), (10, "recovered"), (None, "blank"), (10, "recovered"),
        (100, "recovered")]


def test_a_rest_under_another_cell_completes_no_figure_of_the_total_s_cell():
    # the piece stands under the 自然人/商业企业 cell: 75 or 5 completed breaks the sum, and the total's 10 is not its
    # cell's figure, so nothing is read (never 100 from a piece that is not its rest)
    text = report(table(new_received("７５ ５ | / １０ | / １０ | １０", "０ |  |  | ")), header=HEADER)
    assert {state for _, state in cells(text, "applications", "new_received")} == {"unknown"}


def test_a_rest_that_completes_no_figure_to_keep_the_sum_leaves_the_row_unknown():
    text = report(table(new_received("７５ ５ | / １０ | / １０ | １０", " |  |  | ７")), header=HEADER)
    assert {state for _, state in cells(text, "applications", "new_received")} == {"unknown"}


def test_a_row_whose_sum_holds_is_read_as_printed_whatever_stands_below():
    text = report(table(new_received("７５ ５ | / １０ | / １０ | １００", " |  |  | ０")), header=HEADER)
    assert [value for value, _ in cells(text, "applications", "new_received")] == [75, 5, None, 10, None, 10, 100]


def test_a_grid_of_one_figure_a_cell_reads_the_total_completed_never_its_first_piece():
    # the same rest in a grid as wide as the template (3.28 read the total `１０` for 100)
    rule = "| --- | --- | --- | --- | --- | --- | --- | --- |"
    rows = {**table([]), "new_received": ["| 一、本年新收政府信息 | ７５ | ５ | / | １０ | / | １０ | １０ |", rule,
                                          "| 公开申请数量 |  |  |  |  |  |  | ０ |"]}
    for key in ("granted", "results_total"):
        rows[key] = [f"| {LABELS_2021[key]} | ７５ | ５ | / | １０ | / | １０ | １００ |"]
    rows["carried_over"] = [f"| {LABELS_2021['carried_over']} | / | / | / | / | / | / | / |"]
    text = report({key: rows[key] for key in ("new_received", "carried_over", "granted", "results_total")})
    assert cells(text, "applications", "new_received") == [
        (75, "recovered"), (5, "recovered"), (None, "blank"), (10, "recovered"), (None, "blank"), (10, "recovered"),
        (100, "recovered")]
