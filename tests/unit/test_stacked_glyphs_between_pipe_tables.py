"""Chromium's narrow columns stack a figure a glyph a line round its row's line (stack41): markitdown may write a
line of glyphs alone as bare text between two pipe tables (it cuts the table there, its column lost), a wrapped
label may hold the stacked figures' first and last glyphs on its first and last lines, and a row printing nothing
may stand next to a stacked one. No cell is read wrong: right, or unknown. Made-up figures, shapes as markitdown
0.1.9 and `pdftotext -layout` write them."""

from __future__ import annotations

import pytest

from benchmarks.fuzz_stacked_glyphs import run
from orchestration.parsing.parse import parse_text
from tests.unit.test_converted_markdown import LABELS_2021, report
from tests.unit.test_reader_classes import applications_of

RULE = "| --- | --- | --- | --- | --- | --- | --- | --- |"


def md_read(rows: dict[str, list[str]]) -> dict[str, list[tuple[object, str]]]:
    read = applications_of(parse_text(report(rows), "x_chromium_markitdown.md"))
    return {key: [(None if c.value is None else int(c.value), c.state) for c in cells] for key, cells in read.items()}


def whole(key: str, figures: list[str]) -> str:
    return f"| {LABELS_2021[key]} | " + " | ".join(figures) + " |"


def never_wrong(cells: list[tuple[object, str]], truth: list[int | None]) -> bool:
    return all(state == "unknown" or (None if state == "blank" else value) == figure
               for (value, state), figure in zip(cells, truth, strict=True))


def test_a_bare_glyph_after_a_row_printing_nothing_is_not_its_figure():
    # `| 3.其他 | … |` printing nothing, then `１` as bare text, `| （七）总计 | １５ | … | ４ | … |`, `９`: 19 stacked
    # round 总计's line, its first glyph above it; 3.其他 all blank. Never 3.其他's 1
    rows = {"new_received": [whole("new_received", ["15", "0", "0", "0", "4", "0", "19"])],
            "granted": [whole("granted", ["15", "0", "0", "0", "4", "0", "19"])],
            "other_misc": ["| 3.其他 |  |  |  |  |  |  |  |", RULE, "１"],
            "results_total": ["| （七）总计 | １５ | 无 | 无 | 无 | ４ | 无 |  |", RULE, "９"],
            "carried_forward": ["| 四、结转下年度继续办理 | 无 | 无 | 无 | 无 | 无 | 无 | 无 |"]}
    read = md_read(rows)
    assert never_wrong(read["other_misc"], [None] * 7), read["other_misc"]
    assert never_wrong(read["results_total"], [15, None, None, None, 4, None, 19]), read["results_total"]
    assert read["other_misc"][0] != (1, "value")


def test_a_row_whose_parts_stand_inside_its_wrapped_label_is_not_read_from_its_first_line():
    # `| 一、本年新收政府信息公开 | １ | … | ４ |` / `|  |  | ３ | １２ | １２ |  | ３ |  |` / `| 申请数量 | １ | … | １ |`:
    # 11 and 41 stacked on the label's first and last lines, the parts on the line between; never 1 and 4
    rows = {"new_received": ["| 一、本年新收政府信息公开 | １ |  |  |  |  |  | ４ |",
                             "|  |  | ３ | １２ | １２ |  | ３ |  |",
                             "| 申请数量 | １ |  |  |  |  |  | １ |"],
            "carried_over": ["| 二、上年结转政府信息公开申请数量 |  |  |  |  |  |  |  |"]}
    read = md_read(rows)
    assert never_wrong(read["new_received"], [11, 3, 12, 12, None, 3, 41]), read["new_received"]
    assert never_wrong(read["carried_over"], [None] * 7), read["carried_over"]


def test_a_line_inside_another_rows_wrapped_label_is_not_the_next_rows():
    # `| 二、上 |` / `|  |  | １ | … | ７ |` / `| 年结转政府信息公开申请数量 |` then `| （一） |` / `| | ２ | … | ２ |` /
    # `| 予以公开 |`: the line between `二、上` and `年结转…` is 二's, never （一）'s
    rows = {"carried_over": ["| 二、上 |  |  |  |  |  |  |  |", "|  |  | １ | １ | １ | ２ | ２ | ７ |",
                             "| 年结转政府信息公开申请数量 |  |  |  |  |  |  |  |"],
            "granted": ["| （一） |  |  |  |  |  |  |  |", "|  | ２ |  |  |  |  |  | ２ |", "| 予以公开 |  |  |  |  |  |  |  |"]}
    read = md_read(rows)
    assert never_wrong(read["granted"], [2, None, None, None, None, None, 2]), read["granted"]
    assert read["granted"][1] != (1, "value")


def test_glyphs_alone_under_a_label_printing_nothing_are_not_its_figures_where_the_row_below_stacks():
    # `| 3.其他 |` printing nothing, `|  | ９ | … | １ |`, `| （七）总计 | ７ | １ | … | １２ | １ |`, `|  |  | … | ０ |`:
    # 97 and 110 stacked round 总计's line; 3.其他 blank, never 9 and 1
    rows = {"other_misc": ["| 3.其他 |  |  |  |  |  |  |  |", "|  | ９ |  |  |  |  |  | １ |"],
            "results_total": ["| （七）总计 | ７ | １ |  |  |  | １２ | １ |", "|  |  |  |  |  |  |  | ０ |"]}
    read = md_read(rows)
    assert never_wrong(read["other_misc"], [None] * 7), read["other_misc"]
    assert never_wrong(read["results_total"], [97, 1, None, None, None, 12, 110]), read["results_total"]


def test_two_pieces_on_one_bare_line_are_two_columns_pieces_not_one_figure():
    # `１ ２` above a row and `３ ４` below: 自然人 13 and 总计 24 (or the other way round), each its own column;
    # the reader that joins a bare line's piece never reads `1 2` as a figure (it raised on it)
    rows = {"granted": ["１ ２", "| （一）予以公开 |  |  |  |  |  | ８ | ８ |", "３ ４"]}
    read = md_read(rows)
    assert never_wrong(read["granted"], [16, None, None, None, None, 8, 24]), read["granted"]


@pytest.mark.parametrize(("mode", "seed"), [("markitdown", 4), ("markitdown", 12), ("markitdown", 25),
                                            ("markitdown", 136), ("markitdown", 289), ("markitdown", 1010),
                                            ("markitdown", 1716), ("layout", 220)])
def test_made_up_tables_of_the_new_shapes_read_no_cell_wrong(mode, seed):
    # tables fuzz_stacked_glyphs.py --shapes draws (3.38 read cells of each wrong, or raised)
    wrong, right, _ = run(seed, mode, more_shapes=True)
    assert not wrong and right


@pytest.mark.parametrize(("mode", "seed"), [("layout", 1538), ("markitdown", 1194), ("markitdown", 1312)])
def test_made_up_tables_3_38_read_wrong_read_no_cell_wrong(mode, seed):
    # the first fuzzer's tables 3.38 read wrong: a total the stacked sharing joined past a row not found (1511 for
    # 11); a wrapped label's first line read as its row beside a label's next words another row was read from
    wrong, right, _ = run(seed, mode)
    assert not wrong and right


def test_a_row_far_from_the_bare_glyph_lines_is_still_read():
    # the bare glyphs round 总计 put in doubt only the rows next to them: 予以公开, printed whole, is read
    rows = {"new_received": [whole("new_received", ["15", "0", "0", "0", "4", "0", "19"])],
            "granted": [whole("granted", ["15", "0", "0", "0", "4", "0", "19"])],
            "results_total": ["１", "| （七）总计 | １５ | ０ | ０ | ０ | ４ | ０ |  |", RULE, "９"]}
    read = md_read(rows)
    assert read["granted"] == [(15, "value"), *[(0, "value")] * 3, (4, "value"), (0, "value"), (19, "value")], \
        read["granted"]
    assert never_wrong(read["results_total"], [15, 0, 0, 0, 4, 0, 19]), read["results_total"]


def test_a_total_stacked_round_a_wrapped_labels_middle_line_of_parts_is_not_its_first_glyph():
    # `| 1.本机关不掌握相关政府信 | … | ２ |` / `| 三、本年度办 | | ２２ | / | ４ | / | / | / | |` / `| 息 | … | ６ |`:
    # the label wraps round its row's parts (a group heading's piece beside them, no row read from that line), the
    # total 26 stacked a glyph above and below; never 2
    rows = {"new_received": [whole("new_received", ["２２", "/", "４", "/", "/", "/", "２６"])],
            "granted": [whole("granted", ["２２", "/", "４", "/", "/", "/", "２６"])],
            "unavailable_not_held": ["|  | 1.本机关不掌握相关政府信 |  |  |  |  |  |  | ２ |",
                                     "| 三、本年度办 |  | ２２ | / | ４ | / | / | / |  |",
                                     "|  | 息 |  |  |  |  |  |  | ６ |"],
            "results_total": [whole("results_total", ["２２", "/", "４", "/", "/", "/", "２６"])]}
    read = md_read(rows)
    assert never_wrong(read["unavailable_not_held"], [22, None, 4, None, None, None, 26]), read["unavailable_not_held"]
