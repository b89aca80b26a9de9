"""Table 3 written in column chunks (`pdftotext` without -layout of Chromium's PDFs) where one row of the
HTML holds fewer cells than the header: its last cells are never drawn and print nothing, so the text
is short of the table's cells by more than the few blanks searched anywhere. Such blanks are searched
in one shape only, one row's last cells, each row in turn; poppler closes a chunk's blocks up over the
gap or ends them at it (the rows above the short row write those columns, then the rows below). A cell
is read only where every reading keeping the sums reads it alike; the short row's missing cells are
unknown (blank, or a 0 the text lost). Written by hand, apart from the corpus generator."""

from __future__ import annotations

from decimal import Decimal

from orchestration.parsing.chunks import unprinted_blank_readings
from tests.unit.test_column_chunks import plain_text, read_cells, sum_holds
from tests.unit.test_unprinted_blanks import BLANK, full_table, value_of, without_blanks


def split_at_the_gap(text: str) -> str:
    """`text` (`plain_text`, the blanks written `UNPRINTED`) with each run of a chunk's blocks holding a
    blank between figures ended at it: the rows above write those columns, then the rows below."""
    paragraphs = text.split("\n\n")
    out: list[str] = []
    at = 0
    while at < len(paragraphs):
        run = []
        while at < len(paragraphs) and "UNPRINTED" in paragraphs[at].split("\n")[1:-1]:
            run.append(paragraphs[at].split("\n"))
            at += 1
        if not run:
            out.append(paragraphs[at])
            at += 1
            continue
        gap = run[0].index("UNPRINTED")
        out += ["\n".join(lines[:gap]) for lines in run] + ["\n".join(lines[gap + 1 :]) for lines in run]
    return "\n\n".join(out)


def short_table() -> dict[str, list]:
    """A full table whose `partially_granted` (a row of zeros) lacks its last three cells."""
    table = full_table(partially_granted=tuple(range(7)))
    table["partially_granted"] = [0, 0, 0, 0, BLANK, BLANK, BLANK]
    return table


def wrong_cells(table: dict[str, list], read: dict[str, list]) -> list:
    return [(key, cell) for key, expected in table.items() for cell, value in zip(read[key], expected)
            if cell.state != "unknown" and cell.value != value_of(value)]


def test_a_short_row_whose_chunk_ends_its_blocks_at_the_gap_is_read():
    table = short_table()
    text = plain_text(table, [([6, 5, 4, 6, 4], 0)])  # the short row the fourth of the first chunk
    split = split_at_the_gap(text)
    assert split != text and "UNPRINTED" not in split  # the blocks of the last columns end at the gap
    read = read_cells(without_blanks(split))
    assert not wrong_cells(table, read)
    assert all(cell.state == "unknown" for cell in read["partially_granted"][4:])  # they printed nothing
    assert sum(cell.state != "unknown" for cells in read.values() for cell in cells) >= 150


def test_a_short_row_whose_chunk_closes_its_blocks_up_over_the_gap_is_read():
    table = short_table()
    for pages in ([([6, 5, 4, 6, 4], 0)], [([3, 1, 5, 4, 6, 6], 0)], [([25], 0)]):
        read = read_cells(without_blanks(plain_text(table, pages)))
        assert not wrong_cells(table, read), pages
        assert all(cell.state == "unknown" for cell in read["partially_granted"][4:]), pages
        assert sum(cell.state != "unknown" for cells in read.values() for cell in cells) >= 150, pages


def test_a_short_row_beside_a_row_of_zeros_leaves_the_cells_either_may_lack_unknown():
    # two rows of zeros one after the other in a chunk whose blocks close up over the gap: the text
    # cannot tell which of them lacks its last cells, so those cells of both are unknown, never 0
    table = short_table()
    cleared = full_table()["denied_state_secret"]
    table["denied_state_secret"] = [0] * 7
    for key in ("results_total", "new_received"):
        table[key] = [value - cleared[column] for column, value in enumerate(table[key])]
    read = read_cells(without_blanks(plain_text(table, [([6, 5, 4, 6, 4], 0)])))
    assert not wrong_cells(table, read)
    assert all(cell.state == "unknown" for key in ("partially_granted", "denied_state_secret")
               for cell in read[key][4:])
    assert [cell.value for cell in read["denied_state_secret"][:4]] == [0, 0, 0, 0]


def test_readings_of_a_short_row_in_each_shape():
    # three rows, the middle one `0 0` short of its last two cells (`sum_holds`: blanks add nothing)
    table = [[3, 1, 4, 8], [0, 0, None, None], [5, 5, 1, 11]]
    closed_up = [3, 0, 5, 1, 0, 5, 4, 1, 8, 11]
    ended_at_the_gap = [3, 0, 5, 1, 0, 5, 4, 8, 1, 11]
    for figures in (closed_up, ended_at_the_gap):
        found = unprinted_blank_readings([Decimal(v) for v in figures], 3, 4, sum_holds, 2, short_row=True)
        assert found, figures
        for row, expected in zip(found, table):
            assert tuple(value for value, _ in next(iter(row))) == tuple(expected) or len(row) > 1, figures
        assert (0, 0, None, None) in {tuple(value for value, _ in placing) for placing in found[1]}
    # a short row of figures other than zero: split at the gap, the blocks place it and its sum (no total)
    # is not asked; closed up over the gap, nothing marks it, its blanks count as zeros and its sum breaks
    split = [3, 2, 5, 1, 6, 5, 4, 8, 1, 11]
    found = unprinted_blank_readings([Decimal(v) for v in split], 3, 4, sum_holds, 2, short_row=True)
    assert [{tuple(value for value, _ in placing) for placing in row} for row in found] == \
        [{(3, 1, 4, 8)}, {(2, 6, None, None)}, {(5, 5, 1, 11)}]
    closed = [3, 2, 5, 1, 6, 5, 4, 1, 8, 11]
    assert unprinted_blank_readings([Decimal(v) for v in closed], 3, 4, sum_holds, 2, short_row=True) == []
    # a row's sum broken wherever the short row stands: no reading
    assert unprinted_blank_readings([Decimal(v) for v in (3, 2, 5, 1, 6, 5, 4, 8, 1, 12)], 3, 4, sum_holds, 2,
                                    short_row=True) == []


def test_a_short_row_of_figures_two_cells_short_split_at_its_gap_is_read():
    # （七）总计 between two rows of its chunk without its last two cells (其他, 总计): its parts sum to no
    # total printed, so its own sum is not asked; the rows above and below keep theirs in the split blocks
    table = full_table()
    table["results_total"] = [*table["results_total"][:5], BLANK, BLANK]
    text = split_at_the_gap(plain_text(table, [([3, 1, 2, 5, 1, 4, 6, 3], 0)]))
    read = read_cells(without_blanks(text))
    assert not wrong_cells(table, read)
    assert [cell.value for cell in read["results_total"][:5]] == table["results_total"][:5]
    assert all(cell.state == "unknown" for cell in read["results_total"][5:])
    assert sum(cell.state != "unknown" for cells in read.values() for cell in cells) >= 150
