"""A markitdown table printing every figure in full-width digits (Chromium's narrow columns): the stacked-glyph check
(pieces_beside_rows.py) looks for the glyphs' places and the labels only where a line holds a full-width digit that no
row's own labelled line accounts for. Every figure on its row's line is read; a glyph on a line of its own still puts
the cells beside it in doubt. Made-up figures."""

from __future__ import annotations

from decimal import Decimal

from orchestration.parsing.parse import parse_text
from tests.unit.test_converted_markdown import LABELS_2021, report

WIDE = str.maketrans("0123456789", "０１２３４５６７８９")
FIGURES = {"new_received": 5, "granted": 5, "results_total": 5}  # the rest 0: every balance holds


def wide_row(key: str, label: str | None = None) -> str:
    n = FIGURES.get(key, 0)
    return f"| {LABELS_2021[key] if label is None else label} | {n} | 0 | 0 | 0 | 0 | 0 | {n} |".translate(WIDE)


def applications(table3: dict[str, list[str]]) -> dict[str, list[tuple[object, str]]]:
    parsed = parse_text(report({key: table3.get(key, [wide_row(key)]) for key in LABELS_2021}), "x_chromium_markitdown.md")
    read: dict[str, list[tuple[object, str]]] = {}
    for cell in parsed.cells:
        if cell.table == "applications":
            read.setdefault(cell.row, []).append((cell.value, cell.state))
    return read


def test_a_full_width_table_whose_figures_stand_on_their_rows_lines_is_read_whole():
    read = applications({})
    for key, cells in read.items():
        n = FIGURES.get(key, 0)
        assert cells == [(Decimal(n), "value"), *[(Decimal(0), "value")] * 5, (Decimal(n), "value")], (key, cells)


def never_wrong(cells: list[tuple[object, str]], truth: list[int]) -> bool:
    return all(state == "unknown" or value == figure for (value, state), figure in zip(cells, truth, strict=True))


def test_a_glyph_on_a_pipe_line_of_its_own_still_puts_the_row_beside_it_in_doubt():
    # `|  | ４ | … | ４ |` over new_received's `| … | ５ | ０ | … | ５ |`: 45 stacked round its line (the row's line alone
    # keeps its sum as 5 and 5): unknown, or 45, never 5
    read = applications({"new_received": ["|  | ４ |  |  |  |  |  | ４ |", wide_row("new_received")]})
    assert never_wrong(read["new_received"], [45, 0, 0, 0, 0, 0, 45]), read["new_received"]


def test_a_glyph_line_under_a_bare_label_is_not_that_rows_total():
    # `| 3.其他 |` printing nothing, then `|  | … | １ |` (a glyph alone, maybe a neighbour's stacked figure's): never
    # 3.其他's total read as 1
    read = applications({"other_misc": ["| 3.其他 |  |  |  |  |  |  |  |", "|  |  |  |  |  |  |  | １ |"]})
    assert read["other_misc"][6] != (Decimal(1), "value"), read["other_misc"]
