"""Table 3's cut totals of rows whose figures no column proves, in markitdown's text of LibreOffice's PDF of a
table whose blank cells print nothing.

LibreOffice lays a wide table past the page's right edge: it writes a cell's line of text where the line starts
inside the paper (the whole line, past the edge too) and nothing of a line starting past it, so 总计, the last
column, is cut off with its header name, or shows its figures whole while its centred name, starting further right,
is cut (pdfplumber, markitdown's reader, keeps every character the PDF holds). Where the report leaves its blank
cells empty, a row prints only its figures; where the text keeps no proof of which applicant column each figure
stands in (markitdown's pipe cells of two columns; or no pipe cell at all, a row whose words align with fewer than
two of the page's columns written as a plain line, `（七）总计 1`), the row's cells are unknown; yet its total is its
parts' sum, and the parts are its printed figures, whatever their columns, and blanks: nothing else was printed in
the row.

That holds only where
- the header names 其他, the last applicant column, in a word of its own (or wrapped a character a line, `其` over
  `他`), and not 总计 (a header not naming 其他 may have lost its figures to the edge too);
- the row's last figure is not the sum of the others (a total written whole would be: the row may print its total;
  a row of one figure prints no total, which would be a second figure, its equal); a row whose last figure is
  their sum is read both ways, and its total is known only where the column rules leave one;
- nothing of the row was printed elsewhere (no figure on a line round it that no row found claims: a figure
  wrapped onto a line of its own);
- the table prints no 0 and no blank mark anywhere (a row's empty cell is then a blank, not a cell lost), but in
  rows printing a mark in each part column and nothing else (the author's row of nothing: blank);
- the table adds up in its sums: APP_BALANCE over all columns together, which needs no figure's column; or, for
  results_total and the outcome rows alone, APP_OUTCOME_SUM so (a balance row's figures may stand apart).
"""
from __future__ import annotations

import re
from decimal import Decimal
from itertools import combinations

from ..core import labels as L
from . import recovery as R
from .cells import BLANK, RECOVERED, UNKNOWN, VALUE, read_count
from .pipe_full_rows import a_figure_round_the_row, prints_a_figure
from .pipe_page_grid import parts_placed_under_a_cut_total
from .record import Cell, ParsedReport
from .rows import Row, _is_figure
from .rule_solver import BALANCE_ROWS, balance_holds

_TOTAL_NAME_RE = re.compile("[总總计計]")
_LAST_PART_NAME = "其他"  # 其他's header, a word of its own (法人或其他组织 spans the five organisations' columns)
# the reasons a row is left unknown for its figures' columns alone (`unplaced_cells`: a plain line's figures, set
# apart by single spaces)
_COLUMNS_UNPROVEN = frozenset({"short_row", "unaligned_cells", "columns_cut", "page_order", "unplaced_cells"})


def _words(row: Row) -> list[str]:
    return [word for cell in row.values() for word in cell.text.split()]


def _names_the_last_part(header_words: list[str]) -> bool:
    """Whether the header's words name 其他, the last part column: a word of its own, or wrapped a character a line
    in its narrow cell (`其` over `他`, each a word of its own, 其 first): its first line, printed, starts inside
    the paper."""
    if _LAST_PART_NAME in header_words:
        return True
    first, second = _LAST_PART_NAME
    return first in header_words and second in header_words[header_words.index(first) + 1:]


def _a_mark_in_each_part(words: list[str]) -> bool:
    """Whether a row prints a blank mark and nothing else, one for each part column (`| / | / | / | / | / | / |`:
    the author's row of nothing, its total cut with 总计's column): each part is blank by its own mark, and the
    row counts nothing in the sums. Its marks say nothing of the other rows' empty cells, which print no mark
    beside their figures."""
    return len(words) == len(L.APPLICANT_KEYS) - 1 and all(read_count(word).state == BLANK for word in words)


def _rows_the_sums_vouch_for(read: dict, words: dict[int, list[str]], outcomes: tuple[str, ...]) -> frozenset[str]:
    """The rows whose totals a sum over the columns together, which needs no column of any figure, vouches for by
    finding the table adding up as printed: every row found where what the intake rows print adds up to what 总计
    and the carried-forward rows print (APP_BALANCE: the table as a whole); else results_total and the outcome rows
    where what the outcome rows print adds up to what 总计 prints (APP_OUTCOME_SUM, every outcome row found: a
    balance row's figures may then stand on a line of their own, or be lost). Empty where neither holds: a figure
    lost or misprinted, and no sum is proof of a total."""
    if all(key in read for key in BALANCE_ROWS) \
            and balance_holds({key: _printed_sum(read, words, key) for key in BALANCE_ROWS}):
        return frozenset(read)
    if outcomes and all(key in read for key in ("results_total", *outcomes)) and _printed_sum(
            read, words, "results_total") == sum((_printed_sum(read, words, key) for key in outcomes), Decimal(0)):
        return frozenset(("results_total", *outcomes))
    return frozenset()


def _words_of_a_sparse_cut_table(header_rows: list[Row], read: dict) -> dict[int, list[str]] | None:
    """Each found row's printed words (by the row's id) where the table is one the module describes (its header,
    no 0 and no blank mark, no row printing in every column); else None."""
    header = "\n".join([cell.text for row in header_rows for cell in row.cells])
    if _TOTAL_NAME_RE.search(header) or not _names_the_last_part(header.split()):
        return None  # 总计 named (its column printed), or 其他 not named (its figures may be cut too)
    words = {id(row): _words(row) for row, *_ in read.values()}
    if any(not (all(map(_is_figure, texts)) or _a_mark_in_each_part(texts)) or len(texts) >= len(L.APPLICANT_KEYS)
           for texts in words.values()):
        return None  # a blank mark or label word among figures, or a row printing in every column (a total printed)
    if any(read_count(word).value == 0 for texts in words.values() for word in texts):
        return None  # a table writing its zeros: an empty cell may be a figure lost
    return words


def _figures_of_a_sparse_row(rows: list[Row], row: Row, code: str, words: list[str], found_lines: list[int]
                             ) -> list[Decimal] | None:
    """The figures a row whose columns nothing proves prints, in order: its parts, and its total where that was
    written whole (`_may_print_its_total`). None where the row is read otherwise, prints nothing, a figure of it
    may stand on a line round it, or a word is not read."""
    if code not in _COLUMNS_UNPROVEN or not words or row.line is None:
        return None  # (not a row whose figures may be another row's)
    if a_figure_round_the_row(rows, row, found_lines):
        return None
    values = [read_count(word).value for word in words]
    return None if any(value is None for value in values) else values


def _may_print_its_total(values: list[Decimal]) -> bool:
    """Whether a sparse row's last figure may be its total, written whole past the paper's edge: only where it is
    the others' sum. A total written prints beside every nonzero part (no part column is cut, and blank parts print
    nothing), so it is the sum of the figures before it; a row of one figure prints no total (it would be a second
    figure, its equal)."""
    return len(values) > 1 and values[-1] == sum(values[:-1])


def _placings_of_parts(header_rows: list[Row], row: Row, values: list[Decimal], parts: int
                       ) -> list[tuple[Decimal | None, ...]]:
    """The ways the row's figures stand in the part columns, in order: those its page's grid of header words allows
    (a pipe row as markitdown printed it, pipe_page_grid.py), else any."""
    if row.piped and (placed := parts_placed_under_a_cut_total(header_rows, row)) is not None \
            and all([value for value in placing if value is not None] == values for placing in placed):
        return placed
    return [tuple(values[columns.index(at)] if at in columns else None for at in range(parts))
            for columns in combinations(range(parts), len(values))]


def sparse_rows_under_a_cut_total(report: ParsedReport, rows: list[Row], header_rows: list[Row], read: dict,
                                  outcomes: tuple[str, ...], printed_pipe_rows: dict[int, Row]) -> None:
    """Table 3 as the module describes it (else nothing): each sparse row's total its figures' sum, then the parts
    the column rules settle. The table's premises, its cells and its rows' lines are asked once for both."""
    if (words := _words_of_a_sparse_cut_table(header_rows, read)) is None \
            or not (vouched := _rows_the_sums_vouch_for(read, words, outcomes)):
        return  # (the table does not add up as printed: a misprint, or a figure lost)
    cells = {(cell.row, cell.column): cell for cell in report.cells if cell.table == "applications"}
    _rows_of_marks_blank(report, read, words, cells)
    found_lines = [row.line for row, *_ in read.values() if row.line is not None]
    _blank_rows_by_the_sums(report, rows, read, outcomes, vouched, words, cells, found_lines)
    read_vouched = {key: found for key, found in read.items() if key in vouched}
    if completed := _rest_of_rows_read_in_part(rows, read_vouched, words, cells, found_lines):
        report.warn("cells_recovered", f"table 3 {', '.join(completed)}: a row whose parts read are every figure it "
                    "prints, in a table printing no 0 and no blank mark under a cut 总计: its other parts are blank, "
                    "its total their sum, marked recovered", read[completed[0]][0].line)
    _cut_totals_of_sparse_rows(report, rows, read_vouched, words, cells, found_lines)
    _parts_of_sparse_rows_by_the_columns(report, rows, header_rows, read, outcomes, vouched, printed_pipe_rows, words,
                                         cells, found_lines)


def _rows_of_marks_blank(report: ParsedReport, read: dict, words: dict[int, list[str]],
                         cells: dict[tuple[str, str], Cell]) -> None:
    """Found rows of table 3 printing a blank mark in each part column and nothing else, their cells unknown (a
    pipe row whose marks no column proves): blank, each part by its mark, the total (cut) the sum of nothing."""
    blank = []
    for key, (row, *_) in read.items():
        targets = [cells.get((key, column)) for column in L.APPLICANT_KEYS]
        if _a_mark_in_each_part(words[id(row)]) \
                and all(target is not None and target.state == UNKNOWN for target in targets):
            for target in targets:
                target.value, target.state = None, BLANK
            blank.append(key)
    if blank:
        report.warn("cells_recovered", f"table 3 {', '.join(blank)}: a row printing a blank mark for each part "
                    "column and nothing else, under a cut 总计: blank", read[blank[0]][0].line)


def _printed_sum(read: dict, words: dict[int, list[str]], key: str) -> Decimal:
    return sum((read_count(word).value or Decimal(0) for word in words[id(read[key][0])]), Decimal(0))


def _blank_rows_by_the_sums(report: ParsedReport, rows: list[Row], read: dict, outcomes: tuple[str, ...],
                            vouched: frozenset[str], words: dict[int, list[str]], cells: dict[tuple[str, str], Cell],
                            found_lines: list[int]) -> None:
    """Found rows of table 3 printing nothing, their cells unknown (`（二）部分公开` on a line of its own, where
    the table's figures may stand apart from their labels): blank, where the sums over the columns together leave
    them nothing. Every figure of the table is on a found row's line, or on lines the balance proves one row's
    printing nothing (`_balance_row_the_lines_are`), and the rows' figures are their parts (the module's premises):
    so an outcome row's parts sum to what results_total prints
    less what the other outcome rows print (APP_OUTCOME_SUM over the columns), a balance row's to what APP_BALANCE
    over the columns leaves it; a count is never negative, so a row left 0 counts nothing in every column, printed
    blank (the table prints no 0)."""
    empty = [key for key, (row, *_) in read.items() if not words[id(row)] and row.line is not None
             and all((target := cells.get((key, column))) is not None and target.state == UNKNOWN
                     for column in L.APPLICANT_KEYS)]
    if not empty:
        return
    owner = None  # the balance row printing nothing whose figures the lines no row reads are, if any
    if (stray := [other for other in rows if other.line not in found_lines and prints_a_figure(other)]) \
            and (owner := _balance_row_the_lines_are(read, words, stray, empty)) is None:
        return  # a figure on a line no row reads: some row's figure, so no row's sum is proven
    owed: dict[str, Decimal | None] = {}
    if "results_total" in vouched and "results_total" not in empty:
        owed |= dict.fromkeys(outcomes, _printed_sum(read, words, "results_total") - sum(
            (_printed_sum(read, words, key) for key in outcomes if key in read), Decimal(0)))
    if "new_received" in vouched:  # APP_BALANCE over the columns holds as printed, 0 for the row printing nothing
        owed |= dict.fromkeys(BALANCE_ROWS, Decimal(0))
    elif owner is not None:  # it holds with the lines no row reads the owner's: the other rows printing nothing owe 0
        owed |= {key: Decimal(0) for key in BALANCE_ROWS if key != owner}
    blank = [key for key in empty if owed.get(key) == 0]
    for key in blank:
        for column in L.APPLICANT_KEYS:
            cells[(key, column)].value, cells[(key, column)].state = None, BLANK
    if blank:
        report.warn("cells_recovered", f"table 3 {', '.join(blank)}: a row printing nothing in a table printing no 0 "
                    "and no blank mark, every figure on a row's line, where APP_OUTCOME_SUM and APP_BALANCE over the "
                    "columns together leave it nothing: blank", read[blank[0]][0].line)


def _balance_row_the_lines_are(read: dict, words: dict[int, list[str]], stray: list[Row], empty: list[str]
                               ) -> str | None:
    """The balance row printing nothing whose figures the lines of figures no row reads are (`3 1` under （七）总计,
    over 四、结转下年度继续办理 printing nothing), by APP_BALANCE over the columns together: the balance holds with that
    row printing the lines' figures (the others as printed), and with no other such row doing so. A count is never
    negative and the table prints no 0, so those figures given to any other row (a row of its own, or a piece of a
    figure wrapped) raise what that row prints: a sum holding as printed then breaks. The lines are that row's,
    whatever columns they stand in (unknown). None where no one such row keeps the balance."""
    if not all(key in read for key in BALANCE_ROWS):
        return None
    counts = [read_count(word) for line in stray for cell in line.cells for word in cell.text.split()]
    if not all(count.state == VALUE and count.value for count in counts):
        return None  # (a word that is no figure: not a line of figures alone)
    printed = {key: _printed_sum(read, words, key) for key in BALANCE_ROWS}
    lines_sum = sum((count.value for count in counts), Decimal(0))
    owners = [key for key in BALANCE_ROWS if key in empty and balance_holds(printed | {key: lines_sum})]
    return owners[0] if len(owners) == 1 else None


def _rest_of_rows_read_in_part(rows: list[Row], read: dict, words: dict[int, list[str]],
                               cells: dict[tuple[str, str], Cell], found_lines: list[int]) -> list[str]:
    """A row of table 3 whose parts read (`| 二、… | 19 |  |  |  |`: four pipe cells for seven columns, the
    first four read, the others unknown) are every figure it prints: its other parts are blank, its total their
    sum (its figures are all its parts, the module says, so nothing is left for the parts not read); marked
    recovered. Not where a part read is no figure the row prints (read from elsewhere). The rows so completed."""
    settled = []
    for key, (row, _, _, code) in read.items():
        targets = [cells.get((key, column)) for column in L.APPLICANT_KEYS]
        if any(target is None for target in targets):
            continue
        known = [target.value for target in targets[:-1] if target.state in (VALUE, RECOVERED, BLANK)]
        unknown = [target for target in targets[:-1] if target.state == UNKNOWN]
        if not known or not unknown or targets[-1].state not in (UNKNOWN, VALUE, RECOVERED) \
                or len(known) + len(unknown) < len(targets) - 1:
            continue
        if (values := _figures_of_a_sparse_row(rows, row, code, words[id(row)], found_lines)) is None \
                or _may_print_its_total(values) or sorted(value for value in known if value is not None) != sorted(values):
            continue
        if targets[-1].state != UNKNOWN and targets[-1].value != sum(values):
            continue  # (a total read that is not its parts' sum: the row is not as the module says)
        for target in unknown:
            target.value, target.state = None, BLANK
        if targets[-1].state == UNKNOWN:
            targets[-1].value, targets[-1].state = sum(values), RECOVERED
        settled.append(key)
    return settled


def _cut_totals_of_sparse_rows(report: ParsedReport, rows: list[Row], read: dict, words: dict[int, list[str]],
                               cells: dict[tuple[str, str], Cell], found_lines: list[int]) -> None:
    """The total of each row of table 3 whose cells are all unknown, as the module says: its figures' sum,
    marked recovered."""
    recovered = []
    for key, (row, _, _, code) in read.items():
        targets = [cells.get((key, column)) for column in L.APPLICANT_KEYS]
        if any(target is None or target.state != UNKNOWN for target in targets):
            continue
        values = _figures_of_a_sparse_row(rows, row, code, words[id(row)], found_lines)
        if values is None or _may_print_its_total(values):
            continue  # (a row that may print its total is left to the column rules)
        targets[-1].value, targets[-1].state = sum(values), RECOVERED
        recovered.append(key)
    if recovered:
        report.warn("cells_recovered", f"table 3 {', '.join(recovered)}: the total column cut at the page's edge "
                    "(the header names the columns up to 其他, not 总计) in a table printing no 0 and no blank mark: "
                    "each row's total is the sum of the figures it prints, whatever columns they stand in (unknown), "
                    "its last figure not their total; marked recovered",
                    read[recovered[0]][0].line)


def _parts_of_sparse_rows_by_the_columns(report: ParsedReport, rows: list[Row], header_rows: list[Row], read: dict,
                                         outcomes: tuple[str, ...], vouched: frozenset[str],
                                         printed_pipe_rows: dict[int, Row], words: dict[int, list[str]],
                                         cells: dict[tuple[str, str], Cell], found_lines: list[int]) -> None:
    """The parts of the rows whose cells the module's premises leave unknown, settled by the column rules: each
    such row's figures are its parts, in order, one a shown column (blank cells print nothing, and no 0 or mark is
    printed), so its readings are every choice of columns for them, its total their sum (and, where its last figure
    is the others' sum, every choice for the others, its total that last figure); the rows read (every cell known)
    are fixed, and a rule needing a row neither read nor such is left out (`R.settle_table`). A part
    every reading the rules keep gives alike is marked recovered (a blank one blank); the others stay unknown.
    Nothing where no reading of the whole table keeps the rules (a figure lost or misprinted)."""
    parts = len(L.APPLICANT_KEYS) - 1
    table: dict[str, list[R.Reading]] = {}
    sparse: dict[str, list[Cell]] = {}
    for key, (row, _, _, code) in read.items():
        targets = [cells.get((key, column)) for column in L.APPLICANT_KEYS]
        if any(target is None for target in targets):
            continue
        if all(target.state in (VALUE, BLANK, RECOVERED) for target in targets):
            # a row read whole that breaks its own sum (a part printed, its total blank) was read by a placing
            # nothing proves: no premise for the others (a reading left out only widens what the rules keep)
            if R.applicant_sum_holds(reading := tuple(target.value for target in targets)):
                table[key] = [reading]
        elif key in vouched and all(target.state == UNKNOWN for target in targets[:-1]) \
                and targets[-1].state in (UNKNOWN, RECOVERED) \
                and (values := _figures_of_a_sparse_row(rows, row, code, words[id(row)], found_lines)) is not None:
            printed = printed_pipe_rows.get(row.line, row)  # (its empty cells, which the page's grid counts)
            table[key] = [(*placing, sum(values)) for placing in _placings_of_parts(header_rows, printed, values, parts)]
            if _may_print_its_total(values):  # or its last figure is its total, the others its parts
                table[key] += [(*placing, values[-1]) for placing in _placings_of_parts(header_rows, printed,
                                                                                        values[:-1], parts)]
            sparse[key] = targets  # (a total recovered: a split of its figures read it, one of these readings')
    if not sparse:
        return
    # an outcome row neither read nor such (not found, or unknown for another reason) still counts nothing negative:
    # the others then pay at most results_total's, column by column (a bound, `R.settle_table`); where that is too
    # much work, the rule is left out
    bounded = table | {key: [] for key in outcomes if key not in table}
    # whole figures, a row's readings only which columns they stand in: the budget of such text (`R`) for the rules
    # as equations; a bound prunes little, so it gets the default budget before the rule is left out
    bounds = bounded.keys() != table.keys()
    steps = R.MAX_TABLE_STEPS if bounds else R.MAX_WHOLE_FIGURE_TABLE_STEPS
    if (keeps := R.some_table_keeps_the_rules(bounded, outcomes, steps)) is None and bounds:
        bounded, steps = table, R.MAX_WHOLE_FIGURE_TABLE_STEPS
        keeps = R.some_table_keeps_the_rules(table, outcomes, steps)
    if keeps is not True:
        return  # (no reading of the whole table keeps the rules, or too many to tell: nothing is proven)
    settled, withdrawn = [], []
    for key, kept in R.settle_table(bounded, outcomes, steps).items():
        if key not in sparse:
            continue
        total_asked = sparse[key][-1].state == UNKNOWN
        for target, agreed in zip(sparse[key], R.agreed_cells(kept)):
            if agreed is not False:
                target.value, target.state = agreed, RECOVERED if agreed is not None else BLANK
            elif target.state == RECOVERED:  # a total a split read, which the readings the rules keep do not all give
                target.value, target.state = None, UNKNOWN
                withdrawn.append(key)
        if any(target.state != UNKNOWN for target in sparse[key][:-1]) or total_asked and sparse[key][-1].state != UNKNOWN:
            settled.append(key)
    if withdrawn:
        report.warn("total_cut", f"table 3 {', '.join(withdrawn)}: a row whose last figure is the others' sum, read as "
                    "its total by its own sum, where the total column is cut at the page's edge: the column rules keep "
                    "its figures as parts too (their total not printed), so its total is unknown",
                    read[withdrawn[0]][0].line)
    if settled:
        report.warn("cells_recovered", f"table 3 {', '.join(settled)}: the total column cut at the page's edge, in a "
                    "table printing no 0 and no blank mark: each row's figures are its parts, one a column in order, "
                    "whatever columns they stand in (a last figure the others' sum perhaps its total); the cells every "
                    "placing keeping APP_OUTCOME_SUM and APP_BALANCE gives alike are marked recovered, the others "
                    "unknown", read[settled[0]][0].line)
