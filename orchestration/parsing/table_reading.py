"""What the readers of tables 2, 3 and 4 share: a table's header words and applicant columns,
rows found and their labels aligned, figures and blank marks read into cells, and figures run together
told apart. Where separators were lost, the row and column rules decide the cells (recovery.py).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence
from decimal import Decimal
from functools import lru_cache, reduce
from itertools import combinations, pairwise, product
from operator import attrgetter, or_
from typing import NamedTuple, TypeVar

from ..core import labels as L
from ..core import numbering as N
from . import align as A
from . import blank_totals as BT
from . import column_blocks as CB
from . import group_numbering as GN
from . import recovery as R
from .cells import (
    BLANK,
    RECOVERED,
    RUN_TOGETHER_RE,
    UNKNOWN,
    VALUE,
    CellRead,
    clean_cell_text,
    display_width,
    read_count,
)
from .chunks import (
    Placed,
)
from .formats import is_page_number
from .piece_rows import lines_of_pieces_round
from .record import Cell, ParsedReport
from .rows import (
    _DIGIT_RE,
    _NUMBERED_LABEL_RE,
    FIGURE_AFTER_A_LABELS_CHARACTER,
    STACKED,
    RawCell,
    Row,
    _is_figure,
    line_fact,
    position_in,
    printing_places,
    prints_nothing,
)
from .rule_solver import BALANCE_ROWS, balance_holds
from .template import OTHER_SUB_ROWS as _OTHER_SUB_ROWS
from .template import outcome_rows_in_use, template_sequence

# `〈` for `（`: an OCR's look-alike of the bracket (`第二十条第〈一) 项`)
_ARTICLE_RE = re.compile(f"第二十条第[{N.OPENING_BRACKETS}{N.OCR_OPENING_BRACKET}]?({N.CHINESE_NUMERAL}+)"
                         f"[{N.CLOSING_BRACKETS}{N.OCR_CLOSING_BRACKET}]?项")

@lru_cache(maxsize=1 << 14)  # asked of every row of table 2; its labels recur in every report
def _article_of(label: str) -> str | None:
    match = _ARTICLE_RE.search(L.normalize_text(label).replace(" ", ""))
    if not match:
        return None
    word = match.group(1)
    number = N.CHINESE_NUMERALS.index(word) + 1 if len(word) == 1 else 10 + N.CHINESE_NUMERALS.index(word[-1]) + 1
    return f"20({number})"


# the pieces a narrow heading cell wraps into after `第二十条第`: a bracket, a numeral, `项`
_HEADING_PIECE_RE = re.compile(f"[{N.OPENING_BRACKETS}{N.OCR_OPENING_BRACKET}{N.CLOSING_BRACKETS}{N.OCR_CLOSING_BRACKET}"
                               f"{N.CHINESE_NUMERALS}项]{{1,4}}")

def _article_wrapped_at_its_brackets(rows: list[Row], index: int) -> tuple[str, int] | None:
    """The article of a heading wrapped round its brackets, one piece a line (`第二十条第` / `(` / `五` /
    `)` / `项`), and how many lines after the first it took; None for any other line."""
    if rows[index].has_figures() or L.squash(rows[index].label) not in ("第二十条第", "第二十条"):
        return None
    text = rows[index].label
    for taken, row in enumerate(rows[index + 1 : index + 5], start=1):
        piece = "".join(row.label.split())  # brackets kept: squash drops them
        if row.has_figures() or not _HEADING_PIECE_RE.fullmatch(piece):
            return None
        text += piece
        if (article := _article_of(text)) is not None:
            return article, taken
    return None


@lru_cache(maxsize=1 << 14)  # as _article_of
def _item_of(label: str) -> str | None:
    squashed = L.squash(label)
    best = None
    for key, (_, variants, _templates) in L.DISCLOSURE_ITEMS.items():
        for variant in variants:
            if squashed.startswith(variant) and (best is None or len(variant) > best[0]):
                best = (len(variant), key)
    return best[1] if best else None


_Name = TypeVar("_Name")  # a test's name: its description, or the column it tests

def narrowed(readings: list[R.Reading], tests: Iterable[tuple[_Name, Callable[[R.Reading], bool]]],
              cutting: bool = False) -> tuple[list[R.Reading], list[_Name]]:
    """The splits of a crawled row of table 2 narrowed by each test in turn, and the names of the
    tests used: those that kept some (with `cutting`: that kept fewer than before them). A test
    that keeps none contradicts the row's text or the tests before it: it is set aside, never forced."""
    kept, used = list(readings), []
    for name, holds in tests:
        narrowed = [reading for reading in kept if holds(reading)]
        if narrowed and (not cutting or len(narrowed) < len(kept)):
            kept, used = narrowed, [*used, name]
    return kept, used


class PageBlanks(NamedTuple):
    """How a crawled page writes an empty cell, as its table 3 shows (`page_blanks`)."""

    may_vanish: bool = True  # as nothing, hiding a cell in a run of digits
    dash: bool = True  # as `-`, which in 2019's table 2 may also be 本年增/减's sign


ANY_BLANKS = PageBlanks()  # nothing known of the page: a blank may be anywhere, as anything

_DASHES = frozenset({"-", "－", "–"})

def _blank_cells_print_a_mark(aligned: list[Row]) -> bool:
    """Whether a table's aligned rows print a mark (`—`, `/`) for a blank cell: a row printing fewer cells
    than columns then lost some, and page order (which places only figures) says nothing of it."""
    return any(read_count(value.text).state == BLANK for row in aligned for value in row.values()
               if not value.is_empty)


def next_row_has_unlabelled_figures(rows: list[Row], row: Row) -> bool:
    """Whether the row after `row` (an item's row of table 2) holds figures under words that name no
    item and no article (`行政许可` / `2` then `增` / `3` / `7`, its sign printed as a word the reader
    did not know): figures of the item's row, then, that its reading did not account for."""
    at = position_in(rows, row)
    if at is None or at + 1 >= len(rows):
        return False
    after = rows[at + 1]
    label = after.label.strip()
    return after.has_figures() and bool(label) and _item_of(label) is None and _article_of(label) is None \
        and _article_wrapped_at_its_brackets(rows, at + 1) is None


def _to_cell(report: ParsedReport, table: str, row: str, column: str, read: CellRead, raw: RawCell) -> Cell:
    if raw.problem:
        read = CellRead(UNKNOWN, None, raw.problem)
    cell = Cell(table, row, column, read.value, read.state, raw.line, raw.text.strip(), read.unit_assumed)
    if read.problem:
        report.warn("unreadable_cell", f"{table} {row}.{column}: {read.problem}", raw.line)
        report.invalid_cells.append(cell)
    return cell


def _count_cells(report: ParsedReport, table: str, places: Iterable[tuple[str, str]], fitted: list[RawCell | None],
                 line: int) -> None:
    """The cells of a row of counts (table 3's, table 4's) at their places (row, column), appended to the
    report: unknown where no figure was fitted (at the row's `line`). A row's cells in one call: most are
    read and built here, not through a call a cell (a report has some 200)."""
    cells = report.cells
    for (row, column), raw in zip(places, fitted):
        if raw is None:
            cells.append(Cell(table, row, column, None, UNKNOWN, line))
        elif not raw.problem and (count := _count_as_written(raw.text)) is not None:
            cells.append(Cell(table, row, column, count[0], count[1], raw.line, count[2], count[3]))
        else:
            cells.append(_to_cell(report, table, row, column, read_count(raw.text), raw))


@lru_cache(maxsize=1 << 16)  # a table's cells recur from report to report (`0`, blank marks): one lookup a cell
def _count_as_written(text: str) -> tuple[Decimal | None, str, str, bool] | None:
    """A cell's count as `_count_cells` writes it (value, state, its text stripped, unit assumed), or None where
    `read_count` finds a problem in it."""
    cell_read = read_count(text)
    return None if cell_read.problem else (cell_read.value, cell_read.state, text.strip(), cell_read.unit_assumed)


_APPLICANT_HEADER_WORDS = frozenset({*(n for names in L.APPLICANTS.values() for n in names), "申请人情况",
                                     "法人或其他组织", "申请人"})

def _is_applicant_header(label_cells: tuple[str, ...], squashed: str) -> bool:
    """The header naming the applicant columns (repeated after a page break, too), in one row or
    spread over several lines: every label cell an applicant's name."""
    if "自然人" in squashed or "商业企业" in squashed:
        return True
    return len(label_cells) > 1 and all(L.squash(text) in _APPLICANT_HEADER_WORDS for text in label_cells
                                        if text.strip())


def header_positions(parts: list[RawCell], key_of, join_spaced: bool = True) -> dict[str, float]:
    """Where each column's header stands in aligned text (the first of each, as `header_words`)."""
    positions: dict[str, float] = {}
    for x, key in header_words(parts, key_of, join_spaced):
        positions.setdefault(key, x)
    return positions


def header_words(parts: list[RawCell], key_of, join_spaced: bool = True) -> tuple[tuple[float, str], ...]:
    """(where it stands, its key) of every header word in aligned text: a word alone (`自然人`),
    wrapped down its column (`商业` over `企业`; a part already a word alone is no piece of another),
    or spaced out over two cells of a line (`其    他`). With `join_spaced`, single characters one space
    apart are first joined as one spaced-out word (`社 会`)."""
    if not parts:
        return ()
    first = parts[0].line  # a header recurs from report to report of a layout, on other lines
    return _header_words(tuple((p.text, p.line - first, p.x, p.columns) for p in parts), key_of, join_spaced)


@lru_cache(maxsize=1 << 12)
def _header_words(shape: tuple, key_of, join_spaced: bool = True) -> tuple[tuple[float, str], ...]:
    parts = [RawCell(text, line, x, columns=columns) for text, line, x, columns in shape]
    if join_spaced:
        parts, runs = _spaced_out_runs(parts)
        parts = _runs_of_two_words_split(parts, runs, key_of)
    found: list[tuple[float, str]] = []
    used: set[int] = set()
    for part in parts:
        key = key_of(part.text)
        if key is not None:
            found.append((part.x, key))
            used.add(id(part))
    for chain in _stacked_words(parts):
        if any(id(part) in used for part in chain):
            continue
        key = key_of("".join(part.text for part in chain))
        if key is not None:
            found.append((sum(part.x for part in chain) / len(chain), key))
            used.update(id(part) for part in chain)
    for left, right in pairwise(parts):
        if left.line == right.line:
            key = key_of(left.text + right.text)
            if key is not None:
                found.append(((left.x + right.x) / 2, key))
    return tuple(found)


def _words_where_they_stand(cell: RawCell) -> list[tuple[str, float]]:
    """An aligned cell's words (runs of non-space), each with its centre in glyphs."""
    start = cell.x_glyphs - len(cell.text) / 2
    return [(m.group(), start + m.start() + len(m.group()) / 2) for m in re.finditer(r"\S+", cell.text)]


def _spaced_out_runs(parts: list[RawCell]) -> tuple[list[RawCell], dict[int, list[RawCell]]]:
    """Single characters of one line one space apart (`社 会` over `公 益` over `组织`: a PDF spaces out
    the characters of a narrow cell) joined into one word, centred where they stand together; and the single
    characters each joined word was made of (by its id)."""
    joined: list[RawCell] = []
    runs: dict[int, list[RawCell]] = {}
    edges: list[tuple[float, float] | None] = []  # (left, right) of a run of single characters
    for part in parts:
        width = (part.columns or display_width)(part.text)
        left, right = part.x - width / 2, part.x + width / 2
        single = _is_cjk_character(part.text)
        run = edges[-1] if edges else None
        if single and run is not None and joined[-1].line == part.line and left - run[1] <= 1:
            edges[-1] = (run[0], right)
            members = [*runs.pop(id(joined[-1]), [joined[-1]]), part]
            joined[-1] = RawCell(joined[-1].text + part.text, part.line, (run[0] + right) / 2, columns=part.columns)
            runs[id(joined[-1])] = members
            continue
        joined.append(part)
        edges.append((left, right) if single else None)
    return joined, runs


def _runs_of_two_words_split(parts: list[RawCell], runs: dict[int, list[RawCell]], key_of) -> list[RawCell]:
    """A run of spaced-out characters that is two neighbouring columns' words on one line (`科 研 社 会 公`
    over `机构 益组织`: two narrow cells side by side, each spacing out its characters one space apart, so
    the run crosses the rule between them), split where exactly one cut lets each piece name a column,
    alone or wrapped down over the lines below (`_stacked_words`), when the whole run names none."""
    out = list(parts)
    for part in parts:
        members = runs.get(id(part))
        if members is None or len(members) < 2 or key_of(part.text) is not None:
            continue
        index = next(i for i, other in enumerate(out) if other is part)
        if any(key_of("".join(p.text for p in chain)) is not None
               for chain in _stacked_words(out) if chain[0] is part):
            continue
        fits = []
        for cut in range(1, len(members)):
            pieces = [_run_piece(members[:cut]), _run_piece(members[cut:])]
            trial = [*out[:index], *pieces, *out[index + 1:]]
            chains = _stacked_words(trial)
            if all(key_of(piece.text) is not None or any(
                    chain[0] is piece and key_of("".join(p.text for p in chain)) is not None for chain in chains)
                   for piece in pieces):
                fits.append(pieces)
        if len(fits) == 1:
            out[index:index + 1] = fits[0]
    return out


def _run_piece(members: list[RawCell]) -> RawCell:
    """Some neighbouring characters of a spaced-out run as one word, centred where they stand together."""
    first, last = members[0], members[-1]
    left = first.left
    right = last.x + (last.columns or display_width)(last.text) / 2
    return RawCell("".join(p.text for p in members), first.line, (left + right) / 2, columns=first.columns)


HEADER_WRAP = 4  # lines a header word may be wrapped over in a narrow column (`对外` / `公开` / `总数` / `量`)

# …and written one character a line (`社` / `会` / `公` / `益` / `组` / `织`: LibreOffice's PDF of a narrow column)
HEADER_CHARACTERS = 7

# lines from one piece of a wrapped header word to the next: `pdftotext -layout` centres each header cell
# vertically, so a two-line word's second piece stands below a blank line and a line of a three-line neighbour
HEADER_GAP = 3

def _stacked_words(parts: list[RawCell]) -> list[list[RawCell]]:
    """Header words wrapped down one column of aligned text: each chain of two or more parts on
    following lines (at most HEADER_GAP - 1 lines between) that share their centre or their left edge, from its top
    part down, every length up to HEADER_WRAP, or up to HEADER_CHARACTERS for a word one character a line."""
    lefts = {id(part): part.left for part in parts}  # measured once

    def left(part: RawCell) -> float:
        return lefts[id(part)]

    by_line: dict[int, list[RawCell]] = {}
    for part in parts:
        by_line.setdefault(part.line, []).append(part)

    belows: dict[int, Sequence[RawCell]] = {}  # what goes on below a part: the same for every chain it ends

    def continued(chain: list[RawCell]) -> None:
        if not (len(chain) < HEADER_WRAP or (len(chain) < HEADER_CHARACTERS and all(len(p.text) == 1 for p in chain))):
            return
        last = chain[-1]
        below = belows.get(id(last))
        if below is None:
            # a word one character a line spreads them over the header's height: a line more between
            reach = HEADER_GAP + 1 if len(last.text) == 1 else HEADER_GAP
            # on the first line below holding parts in its column, each of them in turn: in a narrow table two
            # neighbours' pieces may both stand in it (`其 总` over `他 计`), and only the words tell which goes on
            below = belows[id(last)] = next((found for line in range(last.line + 1, last.line + 1 + reach)
                                             if (found := [p for p in by_line.get(line, ())
                                                           if abs(p.x - last.x) <= 2 or abs(left(p) - left(last)) <= 1])),
                                            ())
        for part in below:
            chains.append([*chain, part])
            continued(chains[-1])

    chains: list[list[RawCell]] = []
    for top in parts:
        continued([top])
    return chains


_TEXT_OF = attrgetter("text")  # a cell's text: mapped over the label cells of every row of table 3

WRAP = 5  # lines a label may be wrapped over (a narrow column: `5.要求` + four more)
PIECES_REACH = 3.0  # a wide figure's two pieces, each centred on its line of the cell, stand this near (aligned text)

def _shape(rows: list[Row]) -> tuple:
    """What the alignment of table 3's labels sees of its rows: each row's label cells, a few flags and where
    its label cells stand among its cells (`_places`), which recur from report to report of one layout (only
    the figures differ): `_aligned_labels` is computed once per distinct shape."""
    return tuple([line_fact(row, "shape", _row_shape) for row in rows])


def _row_shape(row: Row) -> tuple:
    """A row's part of `_shape` (of its cells' texts, classes and flags: a line's fact, `line_fact`)."""
    return (_label_texts(row) if row.aligned else tuple(map(_TEXT_OF, row.label_cells())), row.figures_after_label,
            row.wrappable, len(row.values()) > 1, _places(row))


def _label_texts(row: Row) -> tuple[str, ...]:
    """The texts of an aligned row's label cells, less a figure glued to the last one's end (`（七）总计13`: the
    label's words name the row, the figure is none of them)."""
    texts = tuple(map(_TEXT_OF, row.label_cells()))
    if texts and (glued := FIGURE_AFTER_A_LABELS_CHARACTER.match(texts[-1].strip())) is not None:
        return (*texts[:-1], glued[1])
    return texts


def without_repeated_header_rows(rows: list[Row]) -> list[Row]:
    """The rows less the header lines a table repeats at the top of a later page (Word's "repeat header
    row"; `pdftotext -layout` prints them again after the form feed, between a row's label and its figures
    where the page broke that row): each is a line without figures, the same words as a line of the table's
    header (the lines before its first figures), and stands at its page's top, before any other line."""
    first_figures = next((index for index, row in enumerate(rows) if row.values()), len(rows))
    header = {tuple(map(_TEXT_OF, row.label_cells())) for row in rows[:first_figures]}
    header.discard(())
    kept = list(rows[:first_figures])
    top_of: int | None = None  # the page whose repeated header lines are still being passed
    page = rows[first_figures - 1].page if first_figures else None
    for row in rows[first_figures:]:
        if row.page != page:
            page, top_of = row.page, row.page
        if top_of == row.page and not row.values() and tuple(map(_TEXT_OF, row.label_cells())) in header:
            if kept and kept[-1].page != row.page and _page_number_alone(kept[-1]):
                kept.pop()  # the page before's number at its foot: the page break is proven by the header
            continue
        top_of = None
        kept.append(row)
    return kept


def _page_number_alone(row: Row) -> bool:
    """A line of one bare number and no words (`5`, `- 5 -`): a page's number at its foot."""
    values = row.values()
    return not row.label_cells() and len(values) == 1 and is_page_number(values[0].text, bare=True)


def find_application_rows(rows: list[Row], template: str) -> dict[str, Row]:
    """Each template row of table 3 → the row its figures are read from, by aligning the rows'
    labels to the template's label sequence. A row whose label is cut over two pipe rows that both hold
    figures or blank marks is left out (`rows_left_out_by_the_labels`), and so is any row found on the
    rest's pipe row."""
    rows = without_repeated_header_rows(rows)
    labelled, assignment, unplaced, rests, _ = _aligned_labels(_shape(rows), template)
    sequence = template_sequence(template)
    taken = set(assignment.values())
    found: dict[str, Row] = {}
    in_order = _label_less_rows_in_order(rows, labelled, assignment, sequence, unplaced)
    # a converter's markdown (pipe rows) may part a label from its figures; one-cell-a-line text
    # (pdftotext) sets a row's figures after its label, so an empty line there is no such parting
    piped = any(row.piped for row in rows)
    for key in sequence:
        if key in in_order:
            found[key] = in_order[key]
        if key not in assignment or key in in_order:
            continue
        position = assignment[key]
        row = labelled_row = rows[labelled[position]]
        # asked once of the labelled row (a pipe row of figures inside its wrapped label, markdown), again
        # only of a row taken in its place
        empty_beside = piped and bool(row.values()) and _empty_beside_figures_apart(row)
        if not row.values():  # no cells at all (an empty cell of a tab or pipe row is a cell: blank)
            row = _figures_earlier_in_label(rows, labelled, position, taken, sequence) or row
        elif empty_beside:
            earlier = _figures_earlier_in_label(rows, labelled, position, taken, sequence)
            row = earlier if earlier is not None and earlier.piped else row
        if not row.values() or (piped and (empty_beside if row is labelled_row else _empty_beside_figures_apart(row))):
            # a label with its figures on a line of their own (no label, or a label placed nowhere)
            end = labelled[min((p for p in taken if p > position), default=len(labelled))] \
                if any(p > position for p in taken) else len(rows)
            row = next((r for r in _up_to_a_numbered_label(rows[labelled[position] + 1 : end])
                        if r.figures_after_label and _more_than_a_mark(r)), row)
            if piped and row is not labelled_row and _figure_line_right_above_a_bare_label(rows, row, end):
                continue  # the next label's figures as much as this one's: neither row reads them (unknown)
        elif row.aligned:
            row = _with_cells_on_its_wrapped_lines(rows, labelled, position, taken, row)
        found[key] = row
    found = _lines_inside_another_label_given_to_it(rows, found, sequence)
    _figures_read_once(rows, labelled, assignment, found)
    found = _label_less_rows_between(rows, found, sequence)
    if piped:
        found = _figure_rows_paired_between_anchors(rows, labelled, assignment, found, sequence, template)
    if rests:  # the rest's figures may be its label's row's, or a row's whose label is lost: neither is read
        on_a_rest = {id(rows[index]) for index in rests}
        found = {key: row for key, row in found.items() if key not in rests.values() and id(row) not in on_a_rest}
    if "other" in assignment and "other" not in found and not any(key in assignment for key in _OTHER_SUB_ROWS):
        # （六）其他处理 printed as one row, its figures left unread (whose they are not known): the table still
        # prints that form, not the three sub-rows; its label alone, no cell, leaves its cells unknown
        found["other"] = Row(list(rows[labelled[assignment["other"]]].label_cells()))
        found = {key: found[key] for key in sequence if key in found}
    if piped and not rests:
        found = _figure_line_above_a_bare_label_by_the_sums(rows, labelled, assignment, found, sequence, template)
    return found


def _lines_inside_another_label_given_to_it(rows: list[Row], found: dict[str, Row], sequence: tuple[str, ...]
                                            ) -> dict[str, Row]:
    """`found`, each line of figures given to a row it does not stand in, that stands inside another row's label
    wrapped round it (the label-only lines right above and below it join into a piece of that row's label, each read
    whole or by its label's column, a margin heading's piece before it: `申请人无正当理由逾期不补正、行政机关` /
    `（六）其他处  0 0 …` / `理   不再处理其政府信息公开申请`), taken from it: a label that lost its numbering
    (`pdftotext -layout`, labels drifted off their lines) reads the next row's name with the lines after it, its
    figures then that row's, and a row printing nothing below (`申请人逾期未按…` / an empty line / `公开申请`) took them.
    The line is the wrapping label's own (`pdftotext -layout` centres a cell's figures in its height): that row takes
    it where it has no figures of its own; the row that took it is left unread (unknown)."""
    index_of: dict[int, int] | None = None  # built at the first row given a line of figures (most tables: every row)
    kept: dict[str, Row] = {}
    given: dict[str, Row] = {}
    for key, row in found.items():
        # (`pdftotext -layout` alone sets a label's figures in the middle of its lines, away from its words)
        if row.aligned and row.has_figures() and not _stands_in_its_row(row, key, sequence):
            if index_of is None:
                index_of = _positions(rows)
                # the heading （六）其他处理 is no row where its sub-rows are (`）其他` / figures / `处理` down the margin)
                rows_in_use = tuple(_in_the_form_used(sequence, found))
            at = index_of.get(id(row))
            owners = _rows_wrapped_round(rows, at, rows_in_use, key) if at is not None else ()
            if owners and key not in owners:
                if len(owners) == 1:
                    given[owners[0]] = row
                continue
        kept[key] = row
    if not given:
        return kept
    for owner, row in given.items():
        if owner not in kept or not kept[owner].has_figures():
            kept[owner] = row
    return {key: kept[key] for key in sequence if key in kept}


def _stands_in_its_row(row: Row, key: str, sequence: tuple[str, ...]) -> bool:
    """Whether a line's own label words name row `key`, or are a piece of its label, whole or by its label column
    (`费用、行政机关不再处理其政府信息  0 0 …`, a margin heading's piece beside it): its figures on its label's lines."""
    own = L.squash(_label_words(row))
    return bool(own) and _words_stand_in_row(own, _label_column_words(row), key, sequence)


@lru_cache(maxsize=1 << 12)
def _words_stand_in_row(own: str, column_words: str, key: str, sequence: tuple[str, ...]) -> bool:
    """`_stands_in_its_row` of a line's label words (squashed) and its label column's: asked of every row found, whose
    lines recur from report to report."""
    return any(A.score(own, template_row) >= A.MIN_SCORE for template_row in A.template_rows(sequence)
               if template_row.key == key) or _pieces_of_its_label(own, "", key) or _pieces_of_its_label(column_words, "", key)


def _rows_wrapped_round(rows: list[Row], at: int, sequence: tuple[str, ...], found_for: str) -> tuple[str, ...]:
    """The rows whose label is wrapped round the line of figures `at` (`_row_label_wrapped_round`, or so by each
    side's label column, `_label_column_words`), as far as the caller needs them: `(found_for,)` where row
    `found_for`'s is (its own line: a label wrapped round its figures, the common case), else up to two others."""
    if not 0 < at < len(rows) - 1 or any(side.has_figures() or not side.label_cells() for side in (rows[at - 1], rows[at + 1])):
        return ()  # asked first: a line of figures between two label-only lines is rare

    pieces = (*_pieces_round(rows, at), *_label_pieces_round(rows, at, _label_column_words))

    def wrapped_round(key: str) -> bool:
        return _joins_round(pieces, key)

    if found_for in sequence and wrapped_round(found_for):
        return (found_for,)
    owners: list[str] = []
    for key in sequence:
        if key != found_for and wrapped_round(key):
            owners.append(key)
            if len(owners) == 2:  # two others: the line is neither's, nor this row's
                break
    return tuple(owners)


def _label_column_words(row: Row) -> str:
    """A line's last label cell: its row label's column, a margin heading's piece in a cell before it
    (`三）不予公开   家秘密`)."""
    return row.label_cells()[-1].text


def _figures_read_once(rows: list[Row], labelled: tuple[int, ...], assignment: dict[str, int],
                       found: dict[str, Row]) -> None:
    """A row found for two template rows (a label with no figures of its own, wrapped down a narrow column,
    took the figures of the next row's label, `8.属/于行/政查/询事/项` over `（四  本机    5    1   6`): its
    figures are the row's whose own label stands on it; the other keeps its own label's row, with no figures.
    Where neither label stands on it, whose figures they are is not known: both rows are left unread."""
    if len({id(row) for row in found.values()}) == len(found):
        return  # each template row found on a row of its own (most tables)
    keys_of: dict[int, list[str]] = {}
    for key, row in found.items():
        keys_of.setdefault(id(row), []).append(key)
    for keys in keys_of.values():
        if len(keys) < 2:
            continue
        own = [key for key in keys if key in assignment and rows[labelled[assignment[key]]] is found[key]]
        for key in keys:
            if not own:
                del found[key]
            elif key != own[0] and key in assignment:
                found[key] = rows[labelled[assignment[key]]]


def _figure_rows_paired_between_anchors(rows: list[Row], labelled: tuple[int, ...], assignment: dict[str, int],
                                        found: dict[str, Row], sequence: tuple[str, ...], template: str
                                        ) -> dict[str, Row]:
    """A converter's markdown of a PDF may print a row's figures as a pipe row of their own above its
    label or below it, in one document both ways (a cell's figures centred in its height, its wrapped
    label not): between two rows whose label holds its own figures (anchors), the template's rows
    between them and the rows of figures alone between them are in the same order, so where they are
    as many, the k-th row takes the k-th row of figures, whichever side of its label it stands. Where
    there are fewer rows of figures, each standing inside one label wrapped round it (its first line right above,
    its rest right below) and no other figure stands there, each is that label's and no figure is left to the
    others, whose cells print on their label's own line: its empty cells are blank. Otherwise nothing says which
    label owns which figures, nor whether a label's empty cells are blanks: the rows there given figures apart
    or empty cells are left unread (unknown), never given a neighbour's figures or blanks that may be figures
    apart. But for one row of figures right below the anchor above and right above a label printing nothing, the
    others each inside a label wrapped round it (markitdown's lines by rounded top: the row's figures a point above
    its label's first line, or the anchor's second line): the label's below where the sums over the columns
    together hold so and not with the figures the anchor's (`_the_reading_keeping_the_sums`)."""
    label_rows = {labelled[position]: key for key, position in assignment.items()}
    bare = [index for index, row in enumerate(rows) if index not in label_rows and _figures_apart(row)]
    if not bare:  # asked first: most tables have no row of figures apart
        return found
    anchors = sorted((index, sequence.index(key)) for index, key in label_rows.items()
                     if rows[index].figures_after_label and _more_than_a_mark(rows[index]) and key in found)
    if any(a[1] >= b[1] for a, b in pairwise(anchors)):  # not in template order: no segments to trust
        return found
    uses_other = "other" in assignment
    uses_sub_rows = any(key in assignment for key in _OTHER_SUB_ROWS)
    # the other rows holding a figure no placed label owns (`| 三、 | （一）予以公 | 3 — | 7 |`, its merged cells of
    # figures taken for its label, its label's rest `| 本年 | 开 | 1 |  |` a row of figures apart): rows of
    # figures too, so a segment holding one has more rows of figures than its rows of figures apart
    unowned = [index for index, row in enumerate(rows) if index not in label_rows and _figure_in_a_cell(row)]
    # a pipe row of blank marks alone (`|  |  | - | - | - | - |`) may be a header's above the table's first anchor;
    # past it, it is a row's figures apart as much as a row with a digit
    marks = [index for index, row in enumerate(rows) if index not in label_rows and row.piped and _marks_apart(row)]
    paired = dict(found)
    pending = None  # (keys, figures, anchor's key, line) of the segment whose row of figures the sums decide
    for (low, low_at), (high, high_at) in pairwise([(-1, -1), *anchors, (len(rows), len(sequence))]):
        figures = sorted(index for index in [*bare, *(marks if low >= 0 else ())] if low < index < high)
        if not any(index in bare for index in figures):
            continue  # nothing apart to place: each row keeps what its label row says
        if not (uses_other or uses_sub_rows) and any(key == "other" or key in _OTHER_SUB_ROWS
                                                     for key in sequence[low_at + 1 : high_at]):
            continue  # one row or three: the count says nothing
        keys = _in_the_form_used(sequence[low_at + 1 : high_at], assignment)
        if any(_prints_in_a_neighbours_empty_cells(rows, index) for index in figures):
            # the anchor's own cells split over two lines as much as another row's figures: whose, not known
            paired = _unread_where_figures_are_apart(rows, paired, keys, figures)
            continue
        if len(keys) == len(figures) and not any(low < index < high for index in unowned if index not in figures):
            paired |= {key: rows[index] for key, index in zip(keys, figures)}
        elif (wrapped := _each_wrapped_in_a_label(rows, figures, keys)) is not None \
                and not any(low < index < high for index in unowned if index not in figures):
            # fewer rows of figures apart than labels, each inside one label wrapped round it (its first line right
            # above, its rest right below): that row's own; no line of figures is left to any other label there,
            # whose cells, printed on its own line, are what its line shows
            paired |= {key: rows[index] for index, key in wrapped.items()}
        elif (wrapped := _each_label_wrapped_round_past_an_anchors_lines(rows, figures, keys, (low, high), label_rows)) \
                is not None and not any(low < index < high for index in unowned if index not in figures):
            paired |= {key: rows[index] for index, key in wrapped.items()}
        elif pending is None and low >= 0 and label_rows.get(low) in paired \
                and (wrapped := _one_row_right_below_an_anchor_else_wrapped(rows, figures, keys, low, label_rows)) \
                is not None and not any(low < index < high for index in unowned if index not in figures):
            pending = (keys, figures, label_rows[low], low + 1)  # the sums over the whole table decide, below
            paired |= {key: rows[index] for index, key in wrapped.items()}
        else:  # neither the figures apart nor a label's empty cells there (blanks, or figures apart) say whose
            paired = _unread_where_figures_are_apart(rows, paired, keys, figures)
    if pending is not None:
        keys, figures, anchor_key, line = pending
        below_key = next(key for key in keys if paired.get(key) is rows[line])
        if _the_reading_keeping_the_sums(rows, paired, template, rows[line], (below_key, anchor_key)) != below_key:
            paired = _unread_where_figures_are_apart(rows, {**paired, below_key: rows[line + 1]}, keys, figures)
    return {key: paired[key] for key in sequence if key in paired}


def _prints_in_a_neighbours_empty_cells(rows: list[Row], index: int) -> bool:
    """Whether the pipe row of figures apart `rows[index]` stands right below a labelled pipe row as wide printing
    figures and prints in a value cell that row leaves empty (`|  | 7.属于行政执法案卷 |  |  | 3 |` / `|  |  | 2 | 1 |  |`):
    that row's cells split over the lines of its wrapped label, its total on the first (a wide figure's piece beside
    them too), as much as the next row's figures apart, so pairing by count or order does not say whose."""
    row, other = rows[index], rows[index - 1] if index > 0 else None
    return other is not None and other.piped and row.piped and len(other.cells) == len(row.cells) \
        and other.has_figures() and bool(other.label_cells()) \
        and any(row.cells[column].text.strip() and not other.cells[column].text.strip()
                for column in range(max(other.label_places()) + 1, len(row.cells)))


def _unread_where_figures_are_apart(rows: list[Row], paired: dict[str, Row], keys: list[str], figures: list[int]
                                    ) -> dict[str, Row]:
    """`paired` less the rows of `keys` given a row of figures apart (`figures`) or empty cells."""
    apart = {id(rows[index]) for index in figures}
    return {key: row for key, row in paired.items()
            if key not in keys or not (id(row) in apart or all(cell.is_empty for cell in row.values()))}


def _one_row_right_below_an_anchor_else_wrapped(rows: list[Row], figures: list[int], keys: list[str], anchor: int,
                                                label_rows: dict[int, str]) -> dict[int, str] | None:
    """`_each_wrapped_in_a_label` but for the row of figures right below the anchor (`anchor`) and right above a label
    of `keys` printing nothing, given to that label (the sums then decide whether it keeps it); None for any other
    shape."""
    line = anchor + 1
    if not figures or figures[0] != line or line + 1 >= len(rows) or label_rows.get(line + 1) not in keys \
            or rows[line + 1].has_figures():
        return None
    below_key = label_rows[line + 1]
    rest = figures[1:]
    wrapped = _each_wrapped_in_a_label(rows, rest, [key for key in keys if key != below_key]) if rest else {}
    return None if wrapped is None else {line: below_key, **wrapped}


def _each_wrapped_in_a_label(rows: list[Row], figures: list[int], keys: list[str]) -> dict[int, str] | None:
    """Each row of figures apart (index into `rows`) → the one row of `keys` whose label is wrapped round it
    (`_label_wrapped_round`), every row of figures so placed, no two in one label; None otherwise."""
    owners = {}
    for index in figures:
        pieces = _pieces_round(rows, index)
        round_it = [key for key in keys if _joins_round(pieces, key)]
        if len(round_it) != 1:
            return None
        owners[index] = round_it[0]
    return owners if len(set(owners.values())) == len(owners) else None


def _each_label_wrapped_round_past_an_anchors_lines(rows: list[Row], figures: list[int], keys: list[str],
                                                    anchors: tuple[int, int], key_of_anchor: dict[int, str]
                                                    ) -> dict[int, str] | None:
    """`_each_wrapped_in_a_label` of the rows of figures apart left once an anchor's own lines are set aside, where
    then every label between the anchors is wrapped round a row of figures of its own: each takes the one row
    standing inside its label's lines (no other row's cell lies between two lines of one label), so no label there
    is left to own the lines set aside, whoever's they are. An anchor's own lines (markitdown of Chromium's PDF):
    the lines of a figure wrapped round its line, full-width pieces alone in the same pipe cells right above and
    below it (`| １ |  | １ |` / `| （一）予以公开 | ２ | … | ０ |` / `| ０ |  | ２ |`, `piece_rows.lines_of_pieces_round`),
    or, its label wrapped round its figures from the anchor's line down, the label-less line of figures right after
    it and the line of its label's rest after that (`| 1.本机关不掌握相关政府 | … | １ |` / `| １２ ０ | … |` /
    `| 信息 | … | ５ |`), which lie inside that label. None otherwise (a label without a row of figures inside it
    might own them)."""
    own = set()
    for anchor in anchors:
        if not (0 <= anchor < len(rows) and rows[anchor].piped):
            continue
        if (around := lines_of_pieces_round(rows, anchor)) is not None:
            own.update(around)
        if anchor in key_of_anchor and (last := _label_wrapped_round_from_its_line(rows, anchor, key_of_anchor[anchor])):
            own.update((anchor + 1, last))
    rest = [index for index in figures if index not in own]
    if not keys or len(rest) == len(figures) or len(rest) != len(keys):
        return None
    return _each_wrapped_in_a_label(rows, rest, keys)


def _label_wrapped_round_from_its_line(rows: list[Row], at: int, key: str) -> int | None:
    """The index of the line where row `key`'s label, opening on pipe row `at` (its row label's column,
    `_row_label_words`), ends wrapped round the label-less line right after it: the next line but a margin
    heading's pieces alone (`理结果`, its lines interleaved with the rows'), whose words join the first's into a piece
    of its label (so they are no other row's). None for any other shape."""
    if not (rows[at].label_cells() and at + 2 < len(rows)) or rows[at + 1].label_cells():
        return None
    last = next((index for index in range(at + 2, min(at + 2 + WRAP_PAST_HEADINGS, len(rows)))
                 if not _a_margin_heading_alone(rows[index])), None)
    if last is None or not rows[last].label_cells():
        return None
    rest = _row_label_words(rows[last])
    return last if L.squash(rest) and _pieces_of_its_label(_row_label_words(rows[at]), rest, key) else None


WRAP_PAST_HEADINGS = 3  # lines from a label's first to its rest, a heading's pieces between


def _a_margin_heading_alone(row: Row) -> bool:
    """A plain line of a group's heading merged down the margin alone, no figures (`理结果`, `（四）无`)."""
    return not row.piped and not row.has_figures() and GN.margin_heading_alone(row.label)


def _row_label_wrapped_round(rows: list[Row], at: int, key: str) -> bool:
    """`_label_wrapped_round`, or so with the pipe rows beside the line of figures read by their last cell of words,
    the row label's column (`|  | （四）无法 | 2.没有 |` / figures / `|  | 提供 | 现成信息需要另行制作 |`): the group's
    and the section's headings in the cells before it are wrapped down their own columns, beside any row's lines."""
    return _joins_round(_pieces_round(rows, at), key)


# the pieces of a label that may be wrapped round a line of figures, each (above, below, the line's own piece, and the
# words of a group's heading beside them, which must be a piece of the row's own group's heading, or None): found
# once a line, whatever row is asked of it (the shapes below ask nothing of the row but its label's words)
_Piece = tuple[str, str, str, str | None]


def _pieces_round(rows: list[Row], at: int) -> tuple[_Piece, ...]:
    """Every shape's pieces round line `at` that `_row_label_wrapped_round` asks of a row's label."""
    return (*_label_pieces_round(rows, at), *_label_pieces_round(rows, at, _row_label_words),
            *_pieces_round_past_a_heading(rows, at), *_pieces_round_past_margin_lines(rows, at),
            *_pieces_round_beside_its_heading(rows, at))


def _joins_round(pieces: tuple[_Piece, ...], key: str) -> bool:
    """Whether any of `pieces` joins into a piece of row `key`'s label (`_pieces_of_its_label`), its heading's words
    a piece of its group's heading where it has some."""
    return any((heading is None or GN.a_piece_of_its_groups_heading(heading, key))
               and _pieces_of_its_label(above, below, key, middle) for above, below, middle, heading in pieces)


def _label_wrapped_round_beside_its_heading(rows: list[Row], at: int, key: str) -> bool:
    """Whether row `key`'s label is wrapped round line `at` with its group's merged heading wrapped beside it on the
    same lines (`（四）无 1.本机关不掌握相关政府信` / figures / `法提供 息`: markitdown of LibreOffice's PDF of a
    report's HTML sets the heading's column and the label's on one line, a space apart): each line's last word is
    the label's column, the words before it the heading's. Both columns must prove it: the last words join into a
    piece of the row's label and the words before them into a piece of its own group's heading (numbering and all),
    so the figures stand inside that label's lines, no other row's."""
    return _joins_round(_pieces_round_beside_its_heading(rows, at), key)


def _pieces_round_beside_its_heading(rows: list[Row], at: int) -> tuple[_Piece, ...]:
    """`_label_wrapped_round_beside_its_heading`'s pieces round line `at`."""
    if not 0 < at < len(rows) - 1:
        return ()
    sides = rows[at - 1], rows[at + 1]
    if any(side.has_figures() or not side.label_cells() for side in sides):
        return ()
    words = [_row_label_words(side).split() for side in sides]
    if not all(words) or all(len(line) == 1 for line in words):
        return ()  # no heading's words beside the label's: the other shapes' case
    heading = "".join(word for line in words for word in line[:-1])
    return ((words[0][-1], words[1][-1], "", heading),)


def _label_wrapped_round_past_margin_lines(rows: list[Row], at: int, key: str) -> bool:
    """Whether row `key`'s label, read in its row label's column (`_row_label_words`), is wrapped round line `at` with a
    plain line of the section's heading merged down the margin right above or below it (`| （四）无法 | 2.没有现成信息需要
    另行 |` / `度办理` / figures / `| 提供 | 制作 |`: markitdown of Chromium's PDF prints each line of the margin's
    column apart, between the row's lines). Such a line is no row's (`_a_margin_heading_alone`), so the label's
    pieces on either side of it still join round the figures, with the piece on the line of figures where it prints
    one; skipping a line of the label's own would leave pieces that join into no label."""
    return _joins_round(_pieces_round_past_margin_lines(rows, at), key)


def _pieces_round_past_margin_lines(rows: list[Row], at: int) -> tuple[_Piece, ...]:
    """`_label_wrapped_round_past_margin_lines`'s pieces round line `at`."""
    above = at - 1 - (at > 1 and _a_margin_heading_alone(rows[at - 1]))
    below = at + 1 + (at + 2 < len(rows) and _a_margin_heading_alone(rows[at + 1]))
    if (above, below) == (at - 1, at + 1) or not 0 <= above < below < len(rows):
        return ()  # no margin line between: the other shapes' case
    sides = rows[above], rows[below]
    if any(side.has_figures() or not side.label_cells() or _a_margin_heading_alone(side) for side in sides):
        return ()
    first, rest = _row_label_words(sides[0]), _row_label_words(sides[1])
    # a piece of the label on the line of figures itself (`2.申请人…要求` / `理` / `| 缴纳费用、…处理其 | 1 |` /
    # `政府信息公开申请`: a label wrapped over three lines, its figures on the middle one) joins between them
    own = _row_label_words(rows[at]) if rows[at].label_cells() else ""
    return ((first, rest, "", None), (first, rest, own, None)) if own.strip() else ((first, rest, "", None),)


def _label_wrapped_round_past_a_heading(rows: list[Row], at: int, key: str) -> bool:
    """Whether row `key`'s label is wrapped round line `at` with a group heading's numbered first piece between
    (`4.保护` / `（三）不予` / figures / `第三方合法权益`: the group's merged cell, its text centred in its height,
    wraps down its own column beside the row's lines; the markdown prints each line of every column apart), or
    with a piece of the label on the line of figures itself (`部分公开` / `| （区分处理的…不计其 | 2 | … |` /
    `他情形）`, a label wrapped over three lines, its figures centred on the middle one), or with the rest of a group
    heading between that joins its first piece two lines up (`（六）其` / `2.申请人…缴纳费` / `他处理` / `| 用、…公开 | 1 |`
    / `申请`: the heading's lines and the row's interleaved down the page)."""
    return _joins_round(_pieces_round_past_a_heading(rows, at), key)


def _pieces_round_past_a_heading(rows: list[Row], at: int) -> tuple[_Piece, ...]:
    """`_label_wrapped_round_past_a_heading`'s pieces round line `at`."""
    above, below = at - 1, at + 1
    if above > 0 and (_a_group_headings_first_piece(rows[above]) or _a_group_headings_rest(rows, above)):
        above -= 1
    if below < len(rows) - 1 and _a_group_headings_first_piece(rows[below]):
        below += 1
    if not 0 <= above < below < len(rows):
        return ()
    sides = rows[above], rows[below]
    if any(side.has_figures() or not side.label_cells() or _a_group_headings_first_piece(side) for side in sides):
        return ()
    own = _row_label_words(rows[at]) if rows[at].label_cells() else ""
    if (above, below) == (at - 1, at + 1) and not own.strip():
        return ()  # no heading between, no piece on the line: `_label_wrapped_round`'s case
    # the sides read whole, or by their row label's column where a group's heading wraps down the cells before it
    # (`| 其他处 | 2.申请人…缴 |` / `| 理 | 纳费用、…政府 | 1 |` / `信息公开申请`)
    whole = (_label_words(sides[0]), _label_words(sides[1]), own, None)
    if own.strip() == "":
        return (whole,)
    return whole, (_row_label_words(sides[0]), _row_label_words(sides[1]), own, None)


def _a_group_headings_first_piece(row: Row) -> bool:
    """A line of a group heading's numbering and its words alone, no figures (`（三）不予`, `（四）无法`)."""
    return not row.has_figures() and bool(_GROUP_HEADINGS_FIRST_PIECE_RE.fullmatch(_label_words(row).strip()))


def _a_group_headings_rest(rows: list[Row], at: int) -> bool:
    """Whether line `at` is a group heading's rest alone, no figures, that the heading's first piece two lines up
    completes (`（六）其` … `他处理`: 其他处理), the line between them a row label's."""
    if at < 2 or rows[at].has_figures() or not _a_group_headings_first_piece(first := rows[at - 2]):
        return False
    opening = re.sub(N.BRACKETED_CHINESE_NUMERAL, "", _label_words(first), count=1)
    return L.squash(opening + _label_words(rows[at])) in L.OUTCOME_GROUP_HEADINGS


_GROUP_HEADINGS_FIRST_PIECE_RE = re.compile(rf"{N.BRACKETED_CHINESE_NUMERAL}\s*[{L.GROUP_HEADING_CHARACTERS}]+")


def _row_label_words(row: Row) -> str:
    """A label row's words in its row label's column: a pipe row's last cell of words, a line's whole text."""
    return row.label_cells()[-1].text if row.piped else _label_words(row)


def _in_the_form_used(keys: Sequence[str], present: Iterable[str]) -> list[str]:
    """The keys without the form of （六）其他处理 the table does not use, by the rows `present`: one row
    (`other`) or its three sub-rows; with neither present, both forms stay."""
    present = set(present)
    sub_rows = any(key in present for key in _OTHER_SUB_ROWS)
    return [key for key in keys
            if not (key == "other" and sub_rows) and not (key in _OTHER_SUB_ROWS and "other" in present)]


def _marks_apart(row: Row) -> bool:
    """A row of blank marks alone, no label's words, several cells of them (`|  |  | - | - | — - |`)."""
    if not (row.figures_after_label and len(row.values()) > 1) or any(_HAN_RE.search(c.text) for c in row.label_cells()):
        return False
    words = [word for cell in row.values() for word in cell.text.split()]
    return len(words) > 1 and all(word in L.BLANK_TOKENS for word in words)


def _figures_apart(row: Row) -> bool:
    """A row standing for a row's figures apart from its label: figures after its label, several cells
    and a digit among them (a row of blank marks alone, `| - | - |`, may be a header's), not a page's
    number split into cells (`|  | - 3 | - |`)."""
    if not (row.figures_after_label and len(row.values()) > 1):
        return False  # asked of every row of a pipe table: most label rows say no here
    texts = [cell.text.strip() for cell in row.values() if cell.text.strip()]
    return any(_DIGIT_RE.search(text) for text in texts) and not is_page_number(" ".join(texts))


def _positions(rows: list[Row]) -> dict[int, int]:
    """Each row's index in `rows`, by the row's identity (a row is found by identity, never compared)."""
    return {id(row): index for index, row in enumerate(rows)}


def _label_less_rows_between(rows: list[Row], found: dict[str, Row], sequence: tuple[str, ...]) -> dict[str, Row]:
    """Rows the labels left unplaced, whose figures stand between the rows placed before and after
    them: as rows without a label (markdown from a PDF: the label `5.要求行政机关确认…` written as a
    plain line elsewhere, its `| 0 | 0 | … |` in its place) or under a label that names no other row
    (an OCR's `全入轴关确认或重新出具  0  0 …`). Where the rows between two placed rows, each holding
    its own figures, are as many such rows of figures as the template's rows missing between them,
    they are those rows in order."""
    if len(found) == len(sequence):
        return found
    index_of: dict[int, int] | None = None  # built at the first gap between two placed rows (most tables: none)
    used = {id(row) for row in found.values()}
    placed = [position for position, key in enumerate(sequence) if key in found]
    for before, after in pairwise(placed):
        if after == before + 1:
            continue  # no template row between them
        missing = _in_the_form_used(sequence[before + 1 : after], found)
        if not missing:
            continue  # only the form of （六）其他处理 the table does not use (most tables of the 2021 template)
        if index_of is None:
            index_of = _positions(rows)
        low, high = (index_of.get(id(found[sequence[p]])) for p in (before, after))
        if low is None or high is None or low >= high \
                or len(found[sequence[before]].values()) < 2 or len(found[sequence[after]].values()) < 2:
            continue
        between = [row for row in rows[low + 1 : high] if id(row) not in used
                   and not _names_another_row(row.label, missing, sequence)]
        bare = [row for row in between if row.figures_after_label and len(row.values()) > 1]
        # every other row between holding a figure (`| 三、 | （一）予以公 | 3 — | 7 |`, its merged cells of
        # figures taken for its label, then `| 本年 | 开 | 1 |  |`, its label's rest: markitdown) may be a
        # missing row's as well: the rows of figures are then more than the rows missing, and which is
        # whose is not known
        taken_here = {id(row) for row in bare}
        # the row after placed on a line of figures without its label, and more numbered first lines of labels
        # without figures between than rows missing (`1.属于国` / `（三）不予公开` / `家秘密` / `2.其他` /
        # `0 0 … 38,106` / a new page / `法律行政法规禁止公开` / `0 0 … 57`, `pdftotext -layout`): that row's label
        # may open there, wrapped round figures between, which are then its own (`2.其他` counted though it names
        # `3.其他` by its words)
        openings = 0 if found[sequence[after]].label.strip() else \
            sum(id(row) not in used and not row.has_figures()
                and (bool(_LABEL_OPENS_RE.search(row.label)) or _opens_a_sub_rows_label(row))
                for row in rows[low + 1 : high])
        if len(bare) == len(missing) and openings <= len(missing) \
                and not any(_figure_in_a_cell(row) for row in between if id(row) not in taken_here):
            found = found | dict(zip(missing, bare))
    return {key: found[key] for key in sequence if key in found}


def _figure_in_a_cell(row: Row) -> bool:
    """Whether a pipe row holds a figure in some cell, its label cells among them (`| 三、 | （一）予以公 | 3 — | 7 |`,
    `| 本年 | 开 | 1 |  |`): not a page's number alone, nor a header's numbers of its columns (`| 1 | 2 | 3 4 | 5 | 6 计 |`,
    the run 1, 2, … n)."""
    if not row.piped or not row.has_figures():
        return False
    words = L.normalize_text(" ".join(cell.text for cell in row.cells)).split()
    numbers = [word for word in words if word.isdigit()]
    return bool(numbers) and not is_page_number(" ".join(words), bare=True) \
        and not (len(numbers) >= 3 and numbers == [str(n) for n in range(1, len(numbers) + 1)])


def _names_another_row(label: str, missing: list[str], sequence: tuple[str, ...]) -> bool:
    """Whether the label names a template row other than the `missing` ones at least as well as it
    names any of them (`4.大量反复申请`, misread before its words, still names its own row better
    than `2.重复申请`, whose words it shares in part)."""
    squashed = L.squash(label)
    scores = {row.key: A.score(squashed, row) for row in A.template_rows(sequence)}
    other = max((score for key, score in scores.items() if key not in missing), default=0.0)
    return other >= A.MIN_SCORE and other >= max(scores[key] for key in missing)


def _empty_beside_figures_apart(row: Row) -> bool:
    """A row of empty cells only, not aligned nor crawled: a converter's markdown may set a label in a
    table row of its own with empty cells (`| 一、本年新收… |  |  |`) and the row's figures on a line or
    row of their own below it; the caller looks there for a label-less row of figures before the next
    placed label (none: the empty cells are the row's, blank)."""
    return not row.aligned and not row.joined and bool(row.values()) and prints_nothing(row.values())


def _with_cells_on_its_wrapped_lines(rows: list[Row], labelled: tuple[int, ...], position: int, taken: set[int],
                                     row: Row) -> Row:
    """An aligned row with the cells printed on the next lines of its wrapped label: a layout centring
    each cell in the row's height may print some of them on the label's first line and the others on
    its second (`（二）部分公开（区分处   —  —  —  —` / `理的，只计这一情形，不   1   3   4`). The label's
    lines run up to the next placed label or numbered line, WRAP lines at most, and up to a line whose
    cells stand in a column the row already fills (the next row's, its label's numbering lost); the
    cells keep their columns for the row's fit."""
    start = labelled[position]
    later = []  # (a loop, not a comprehension: asked of every aligned row, see `rows.Row._classified_as`)
    for taken_position in taken:
        if taken_position > position:
            later.append(labelled[taken_position])
    end = min([*later, start + WRAP + 1, len(rows)])
    if (round_its_line := _pieces_round_the_rows_line(rows, start, end, row)) is not None:
        return round_its_line
    extra: list[RawCell] = []
    for index in range(start + 1, end):
        line = rows[index]
        if _opens_a_numbered_label(line) or not line.aligned or line.page != row.page:
            break  # the next row's label
        if line.figures_after_label:
            cells = line.values()
            if any(_same_column(cell, other) for cell in cells for other in (*row.values(), *extra)):
                break  # a column holding a cell already: the row is whole, these are the next row's
            if len(row.values()) + len(extra) >= len(L.APPLICANT_KEYS):
                # a cell in every column already, wherever they stand (an OCR's spacing shifts the
                # columns from line to line): the row is whole, these are the next row's
                break
            extra += cells
    if not extra:
        return row
    values = sorted([*row.values(), *extra], key=attrgetter("x"))
    return Row([*row.label_cells(), *values], aligned=True, page=row.page)


def _pieces_round_the_rows_line(rows: list[Row], start: int, end: int, row: Row) -> Row | None:
    """The row at rows[start] whose label wraps round the next line (the row's own line, no label on it) onto the
    one after, where that last line of the label prints a figure under each figure the first prints and nowhere
    else, and the row's line prints none there: a figure too wide for its narrow column wrapped a piece a line
    round the row's line (Chromium, two glyphs a line: `一、本年新收政府信息公开 １６ … １６` / `１２ ３ １２` /
    `申请数量 １９ … ４６` for 1619 and 1646). Which figure the pieces make is not proven (read from the label's
    first line alone, `１６` is a figure of its own, and `１６` `１６` may keep the row's sum): the row is its
    line's figures and, in each such column, one cell not read (STACKED). None for any other shape."""
    if start + 2 > min(end, len(rows) - 1):
        return None  # (the last line may be another row's label to the aligner: a label's rest looks like one)
    middle, last = rows[start + 1], rows[start + 2]
    if not (middle.aligned and last.aligned) or middle.page != row.page or last.page != row.page \
            or middle.label_cells() or not last.label_cells() or _opens_a_numbered_label(last):
        return None
    tops, bottoms, own = row.filled_values(), last.filled_values(), middle.filled_values()
    if not tops or not own or len(tops) != len(bottoms) \
            or not all(_is_figure(cell.text.strip()) for cell in (*tops, *bottoms)):
        return None
    pairs = list(zip(sorted(tops, key=attrgetter("x")), sorted(bottoms, key=attrgetter("x")), strict=True))
    if any(abs(top.x - bottom.x) > PIECES_REACH or L.normalize_text(top.text).lstrip().startswith("0")
           for top, bottom in pairs):
        return None  # not one figure's pieces (no wrapped figure opens on 0)
    if any(_same_column(cell, top) for cell in own for top, _ in pairs):
        return None  # the row's line prints under a first piece: they are no figure of its
    unread = [RawCell(top.text.strip() + bottom.text.strip(), top.line, top.x, columns=top.columns,
                      x_glyphs=top.x_glyphs, problem=STACKED) for top, bottom in pairs]
    return Row([*row.label_cells(), *sorted([*own, *unread], key=attrgetter("x"))], aligned=True, page=row.page)


def _opens_a_numbered_label(row: Row, numbering: re.Pattern = _NUMBERED_LABEL_RE) -> bool:
    """The first line of the next row's label (its last label cell: the first may be a heading down the margin)."""
    label_cells = row.label_cells()
    return bool(label_cells) and bool(numbering.match(label_cells[-1].text.strip()))


# a sub-row's numbering (`1.`, `（一）`, or `（七` alone, its closing bracket wrapped to a later line): `三、`
# may open the merged heading `三、本年度办理结果` down the margin
_SUB_ROW_NUMBERING_RE = re.compile(f"^(?:{N.DIGITS_AND_LIST_MARK}|{N.OPENING_BRACKET}{N.CHINESE_NUMERAL}+(?:{N.CLOSING_BRACKET}|$))")


def _figure_line_right_above_a_bare_label(rows: list[Row], line: Row, label: int) -> bool:
    """A plain line of figures (no pipe row) right above `rows[label]`, the next placed label, which prints no
    figure on its own line: markitdown sets a page's words in lines by their top rounded to 5pt, so a row's figure a
    point or two above its label's line (its label wrapped, `三、本 （一）予以公開` / `年`) is a line of its own above
    that label, as a row's figure a point below its label's line is one below it: the line is either's."""
    return not line.piped and label < len(rows) and label > 0 and rows[label - 1] is line \
        and not rows[label].has_figures()


def _figure_line_above_a_bare_label_by_the_sums(rows: list[Row], labelled: tuple[int, ...], assignment: dict[str, int],
                                                found: dict[str, Row], sequence: tuple[str, ...], template: str
                                                ) -> dict[str, Row]:
    """A plain line of figures no found row reads, right between the row above, printing nothing, and a label
    printing no figure (`_figure_line_right_above_a_bare_label`: markitdown's lines rounded to 5pt, the line is
    either's): the line's owner where the sums over the columns together leave one (`_the_reading_keeping_the_sums`);
    the row above keeps its own line, printing nothing. A row above printing figures of its own may have wrapped one
    onto the line (its rest, or its neighbour's): left as it is."""
    claimed = {id(row) for row in found.values()}
    loose = [index for index, row in enumerate(rows) if id(row) not in claimed and _printed_words(row)]
    if len(loose) != 1 or not 0 < loose[0] < len(rows) - 1:
        return found  # no loose line (most tables), or more than one: each sum then misses some line's figures
    line_index = loose[0]
    owner_of = {labelled[position]: key for key, position in assignment.items()}
    line, below_key = rows[line_index], owner_of.get(line_index + 1)
    above_key = owner_of.get(line_index - 1) or next((key for key, row in found.items() if row is rows[line_index - 1]), None)
    if line.piped or line.label_cells() or below_key is None or above_key is None \
            or rows[line_index + 1].has_figures() or found.get(below_key, rows[line_index + 1]) is not rows[line_index + 1]:
        return found
    above_row = found.get(above_key, rows[labelled[assignment[above_key]]] if above_key in assignment else rows[line_index - 1])
    if above_row.filled_values():
        return found  # the row above prints figures of its own: the line may be a figure wrapped in its cell
    owner = _the_reading_keeping_the_sums(rows, found | {above_key: above_row}, template, line, (below_key, above_key))
    if owner is None:
        return found
    found = found | {above_key: above_row, owner: line}
    return {key: found[key] for key in sequence if key in found}


def _the_reading_keeping_the_sums(rows: list[Row], found: dict[str, Row], template: str, line: Row,
                                  owners: tuple[str, str]) -> str | None:
    """Which of two rows (`owners`) a line of figures is, each row's figures in `found` as well (the line among them
    or not): the one whose reading alone keeps APP_OUTCOME_SUM and APP_BALANCE summed over the columns, which need no
    figure's column. Every figure of the table stands on a found row or the line (else None: a sum would miss it), so
    each row's printed figures (its parts, and its total where printed: the same in every row) add up as its cells
    do. Moving the line between two rows of one kind (two outcome rows, or the two intake rows) changes neither
    sum, so both readings hold: None, as where neither does (a figure lost or misread)."""
    claimed = {id(row) for key, row in found.items() if key not in owners or row is not line} | {id(line)}
    if any(_is_figure(word) for row in rows for cell in (row.cells if id(row) not in claimed else row.label_cells())
           for word in cell.text.split()):
        return None  # a figure on a line no row reads, or in a row's label cells: the sums would miss it
    outcomes = outcome_rows_in_use(template, "other" in found and not any(key in found for key in _OTHER_SUB_ROWS))
    printed = {key: _printed_sum(row) for key, row in found.items() if row is not line}
    printed |= {key: Decimal(0) for key in owners if found.get(key) is line}
    figures = _printed_sum(line)
    if None in printed.values() or figures is None or not all(key in printed for key in (*BALANCE_ROWS, *outcomes)):
        return None  # a word read as no count, or a row the sums need not found

    def sums_hold(owner: str) -> bool:
        sums = printed | {owner: printed[owner] + figures}
        return balance_holds(sums) and sum((sums[key] for key in outcomes), Decimal(0)) == sums["results_total"]

    holding = [owner for owner in owners if sums_hold(owner)]
    return holding[0] if len(holding) == 1 else None


def _printed_words(row: Row) -> list[str]:
    """The words a row prints among its figure cells that hold a digit (a blank mark counts nothing)."""
    return [word for cell in row.filled_values() for word in cell.text.split() if _DIGIT_RE.search(word)]


def _printed_sum(row: Row) -> Decimal | None:
    """What a row's figure cells print, added up whatever their columns; None where a word reads as no count."""
    total = Decimal(0)
    for cell in row.filled_values():
        for word in cell.text.split():
            read = read_count(word)
            if read.state not in (VALUE, BLANK):
                return None
            total += read.value or 0
    return total


def _up_to_a_numbered_label(rows: list[Row]) -> Iterable[Row]:
    """The rows before the first that opens a numbered sub-row's label (`（四  1.本  2  2`: the next
    row's, with its figures)."""
    for row in rows:
        if _opens_a_numbered_label(row, _SUB_ROW_NUMBERING_RE):
            return
        yield row


def _same_column(cell: RawCell, other: RawCell) -> bool:
    """Two aligned cells that overlap across the page: one above the other in a column."""
    half, other_half = cell.columns(cell.text) / 2, other.columns(other.text) / 2
    return abs(cell.x - other.x) < half + other_half


def _more_than_a_mark(row: Row) -> bool:
    """A line of figures, not one blank mark alone (`无` down the margin is a character of a merged
    label written one per line, `（四）无法提供`, as much as a blank cell)."""
    values = row.filled_values()
    return len(values) > 1 or any(ch.isdigit() for cell in values for ch in cell.text)


def _label_less_rows_in_order(rows: list[Row], labelled: tuple[int, ...], assignment: dict[str, int],
                              sequence: tuple[str, ...], unplaced: frozenset[str]) -> dict[str, Row]:
    """A converter that writes wrapped labels as plain lines and their figures as rows without a
    label, each in template order but apart (markdown from a PDF: `2.其他法律行政法规禁` / `止公开` /
    `| 1.属于国家秘密 | 0 | … |` / `| 0 | 0 | … |`): in template order, the k-th row named by a label
    without figures (placed, or `unplaced`: named out of order) takes the k-th label-less row of
    figures after the first placed label, when there are as many of each. A lone figure on a line
    is no row."""
    placed = [key for key in sequence if key in assignment]
    if not placed or any(row.aligned for row in rows):  # aligned text: a label's lines hold its figures
        return {}
    waiting = [key for key in sequence if key in unplaced
               or (key in assignment and not rows[labelled[assignment[key]]].values())]
    if len(waiting) < 2:  # most tables: every placed label has its figures
        return {}
    label_lines = set(labelled)
    first = min(labelled[assignment[key]] for key in placed)
    bare = [index for index, row in enumerate(rows[first:], first)
            if index not in label_lines and row.figures_after_label and len(row.values()) > 1]
    if len(waiting) != len(bare) or any(_prints_in_a_neighbours_empty_cells(rows, index) for index in bare):
        return {}
    # a row of figures inside another waiting row's label wrapped round it (`7.属于` / `| | - - | - |` / `行政执法
    # 案卷`) is that row's: the counts matched by chance (a row's figures above the first placed label, counted
    # nowhere, and another row's figures apart counted instead), and the order pairs no row right
    if any(len(owners := [other for other in waiting if _row_label_wrapped_round(rows, index, other)]) == 1
           and owners[0] != key for key, index in zip(waiting, bare)):
        return {}
    return {key: rows[index] for key, index in zip(waiting, bare)}


def _figures_earlier_in_label(rows: list[Row], labelled: tuple[int, ...], position: int, taken: set[int],
                              sequence: tuple[str, ...]) -> Row | None:
    """The figures of a label wrapped over lines and placed by its last line: on an earlier line of
    the label, or on a line of figures alone inside it (`pdftotext -layout`: `（二）部分公开（区分…` /
    `447  7  0 …` / `形，不计其他情形）`), never past the label placed before it."""
    if _LABEL_OPENS_RE.search(rows[labelled[position]].label) or _opens_a_sub_rows_label(rows[labelled[position]]):
        return None  # placed by its numbered first line (`1.属于…`, `（二）部分公开`): its figures stand on or below it
    if labelled[position] > 0 and not rows[labelled[position] - 1].has_figures() and rows[labelled[position] - 1].label \
            and _a_label_of_its_own(L.squash(rows[labelled[position] - 1].label), L.squash(_label_column_words(rows[labelled[position]])),
                                    sequence):
        # a row's words whole on the line, which the label line above does not run into (`理   申请` / `重复申请`,
        # drifted labels without their numbering): the label opens on its line, no earlier line is its
        return None
    before = [labelled[p] for p in taken if p < position]
    # a label down a narrow column (`1.本` / `机关` / … / `息`, LibreOffice's PDF of a DOCX) runs over more lines
    reach = NARROW_WRAP if len(rows[labelled[position]].label.strip()) <= NARROW else WRAP
    stop = max(max(before, default=-1), labelled[position] - reach - 1)
    label_lines = set(labelled)
    bare = None  # a line of figures alone, below the label's first line if one is found above it
    for index in range(labelled[position] - 1, stop, -1):
        if _comma_piece(rows[index]) is not None:
            # `１,１` / `８７` (`pdftotext -raw`): the last figure of the row before, wrapped in its narrow column
            # inside its thousands group, no label's line; the lines above it are that row's too
            return None
        if index in label_lines:
            if bare is not None:  # a label line above the figures: they stand inside the label
                return None if rows[index].figures_after_label else bare
            if rows[index].figures_after_label:
                return rows[index]
            if _LABEL_OPENS_RE.search(rows[index].label) or _opens_a_sub_rows_label(rows[index]):
                # the label's numbered first line (`（ 六 ） 其 2.申请`, `（二）部分公开（区分处理的，只计这一`):
                # figures above it are another row's (`（一）予以` / `三、本年度办理结果  0 0 …` / `公开`, its
                # label wrapped round them)
                return None
        elif bare is None and rows[index].figures_after_label:
            bare = rows[index]
        elif bare is not None and _numbered_opening(rows[index]):
            # `（七）` / `710 3 0 …` / `总计`, `一、本年` / `11 — 3 …` / `新收…数量`: the label's numbered
            # first line (placed nowhere) above its figures
            return bare
    return None


def _opens_a_sub_rows_label(row: Row) -> bool:
    """A line without figures whose last label cell opens with a sub-row's numbering, its words right after it
    (`（二）部分公开（区分…`, `1.属于…`; not `（三）   第三方合法权益`, a margin heading's piece before a label's rest),
    its first word not a group heading's (`（四）无法提供`, `（三）不予 第三方合法权益`, `（五）不 提供公开出版物`;
    `（六` alone: a merged heading may stand in the margin between a label's lines, or before a label's rest)."""
    cells = row.label_cells()
    label = cells[-1].text.strip() if cells else ""  # its last label cell: the first may be a heading down the margin
    match = _SUB_ROW_OPENING_RE.match(label)
    return match is not None and not row.has_figures() and \
        not _GROUP_HEADING_WORD_RE.fullmatch(label[match.start("words"):].split()[0])


# a word of a group heading's characters alone (`不`, `不予`, `无法提供`)
_GROUP_HEADING_WORD_RE = re.compile(f"[{L.GROUP_HEADING_CHARACTERS}、，]+")

# a sub-row's numbering and its words right after it (`（二）部分公开`, `1.属于`; not `（三） 第三方合法权益`, a margin
# heading's numbering a space before a label's rest, nor `（六` alone)
_SUB_ROW_OPENING_RE = re.compile(rf"(?:{N.DIGITS_AND_LIST_MARK}\s*|{N.BRACKETED_CHINESE_NUMERAL})(?P<words>[\u3400-\u9fff])")

# a label's numbering, at the start of a line or after a merged heading's characters (`（ 六 ） 其 2.申请`)
_LABEL_OPENS_RE = re.compile(rf"(?:^|\s){N.DIGITS_AND_LIST_MARK}\s*[\u3400-\u9fff]")

def _numbering_alone(shaped: tuple) -> bool:
    """A row of `_shape` that is a label's numbering alone, without figures (`（二）`, `1.`): no row of its own (its
    label squashes to nothing), the first line of the label whose rest follows its figures."""
    label_cells, has_figures, wrappable, *_ = shaped
    return bool(label_cells) and not has_figures and wrappable and not L.squash("".join(label_cells)) \
        and bool(_NUMBERED_LABEL_RE.fullmatch(label_cells[-1].strip()))


# `(七 ) 总计`, `( 四 )`: a bracketed numbering an OCR read with spaces inside its brackets
_SPACED_BRACKET_NUMBERING_RE = re.compile(rf"\s*{N.OPENING_BRACKET}\s*{N.CHINESE_NUMERAL}+\s*{N.CLOSING_BRACKET}")

def _numbered_opening(row: Row) -> bool:
    """A line opening a wrapped label with its numbering, without figures (`（七）`, `一、本年`)."""
    return not row.has_figures() and bool(_NUMBERED_LABEL_RE.match(row.label.strip()))


@lru_cache(maxsize=1 << 12)
def _aligned_labels(shape: tuple[tuple[tuple[str, ...], bool, bool, bool, _Places], ...], template: str,
                    ) -> tuple[tuple[int, ...], dict[str, int], frozenset[str], dict[int, str | None], dict[str, int]]:
    """(the indices of the rows with a label, template row key → position among them, the rows named
    by labels without figures that the order left out, the index of each pipe row of figures that is the
    rest of a cut label of a row of figures → the key that label took, None for none, each row left out
    as a tie over a line of figures `A.align_with_ties` found → the index of its row): the rows given by
    their label cells' texts, whether figures follow the label, whether the label may be wrapped over
    lines, and whether the row holds several cells. The dicts are shared between calls: read them, never
    change them."""
    labelled, squashed = [], []
    for i, (label_cells, has_figures, *_) in enumerate(shape):
        if not label_cells:
            continue  # figures alone: no label, nor a numbering
        own = L.squash("".join(label_cells))
        # `7 .` and the row's figures, its words down the narrow column below (`属 于` / `行 政` / …): the
        # numbering alone opens the label, and the figures are its row's
        numbering = not own and has_figures and bool(_NUMBERED_LABEL_RE.match(label_cells[-1].strip()))
        if numbering or (own and not _is_applicant_header(label_cells, own) and not _heading_of_next_row(shape, i, own)):
            labelled.append(i)
            squashed.append(own)
    # a row that cannot be part of a wrapped label counts as having figures: no label joins it
    figures = [shape[i][1] or not shape[i][2] for i in labelled]
    # a numbered line (`2.申请人逾期未`, `（六）其他处理`) starts a label: no earlier line belongs to it
    # (or a line whose numbering follows a merged heading's characters: `） 其 他 2.申请人逾期未按…`), or one
    # below a line of its numbering alone (`（二）` / its figures / `部分公开（区分…`): no earlier line joins it, and
    # it joins none (else `三、本年度办理结果  0 0 …` / `公开` took `部分公开（区分…` past the figures between)
    starts = [shape[i][2] and (bool(_NUMBERED_LABEL_RE.match(shape[i][0][-1].strip()))
                               or bool(_LABEL_OPENS_RE.search(" ".join(shape[i][0])))
                               or bool(_SPACED_BRACKET_NUMBERING_RE.match(shape[i][0][-1]))
                               or any(_numbering_alone(shape[k]) for k in range(labelled[p - 1] + 1 if p else 0, i)))
              for p, i in enumerate(labelled)]
    # a pipe row of figures (a converter's table, never wrappable: not in `starts`) whose label cells open with its
    # numbering (`|  |  | 3.其 | 1 | … |` / `他`, `| （三 1 . 属 | - - | … |` / `）不 于 国`: markitdown of LibreOffice's
    # PDF of a DOCX table, the narrow label column wrapped a few glyphs a line, only the first line in the pipe row)
    # opens its label as well: the plain lines above it are the row before's
    opens_on_its_figures = [shape[i][4][3] and shape[i][1] and _opens_with_its_numbering(shape[i][0]) for i in labelled]
    sequence = template_sequence(template)
    template_rows = A.template_rows(sequence)
    candidates = []
    absorbed: set[int] = set()  # label-only lines that are the first lines of the label of a row below
    held: dict[int, int] = {}  # a cut label's position → its rest's, which holds figures too
    for position, own in enumerate(squashed):
        # the label-only rows just before and after it: the rest of a label wrapped over lines
        # (the loops asked first whether their first line ends them: most labels are whole on their line)
        before = []
        if position and not figures[position - 1] and not starts[position] and not opens_on_its_figures[position] \
                and not _a_label_of_its_own(squashed[position - 1], L.squash(shape[labelled[position]][0][-1]), sequence):
            # (a row's words whole on the line that the line above does not run into open its label there: drifted
            # labels without their numbering, `当理由…公开申请` / `申请人逾期未按收费通知要求缴纳费用、…其政府`)
            for p in range(position - 1, max(position - WRAP, -1), -1):
                if figures[p] or starts[p + 1] or labelled[p] < labelled[position] - WRAP:
                    break
                before.insert(0, squashed[p])
        after = []
        if position + 1 < len(labelled) and not figures[position + 1] and not starts[position + 1]:
            for p in range(position + 1, min(position + WRAP, len(labelled))):
                if figures[p] or starts[p] or labelled[p] > labelled[position] + WRAP:
                    break
                if figures[position] and _label_round_its_figure_line(shape, labelled, squashed, figures, starts, p,
                                                                      sequence):
                    # `本年度  0 0 …` / `办理结果 息` / `没有现成信息需要另行制` / `0 0 0 2 …` / `供 作` (drifted labels,
                    # numbering lost): the pieces round that line are its row's label, no rest of this one's (which,
                    # read with them, took that row's name and left its figures to no row)
                    break
                if _a_label_of_its_own(own + "".join(after), L.squash(shape[labelled[p]][0][-1]), sequence):
                    # `（五）不予处  0 0 …` / `理   申请` / `重复申请` (drifted labels, numbering lost): a row's words
                    # whole that the lines above do not run into are that row's label, no rest of this one's
                    break
                after.append(squashed[p])
        if not after and figures[position] and position + 1 < len(labelled) \
                and labelled[position + 1] <= labelled[position] + WRAP:
            rest = squashed[position + 1]
            if not figures[position + 1] and A.opens_a_row(own, sequence) and not A.names_a_row(rest, sequence):
                # a label cut by its own figure (`保护第三` / `1` / `（三）不予 方合法权益`, plain pdftotext of
                # Chromium's PDF): its rest on the next line, though that opens with a group heading's numbering
                after = [rest]
            elif labelled[position + 1] == labelled[position] + 1 and starts[position] and shape[labelled[position]][2] \
                    and shape[labelled[position + 1]][2] and not starts[position + 1] \
                    and A.names_a_row(rest, sequence) and A.continues_its_label(own, rest, sequence):
                # the same, its numbering opening the label however short its first words, the rest on the next
                # line (`四、结转  1` / `下年度继续办理`, poppler's blocks of figures after it): the row's label opens
                # on the line of its figures, and the rest, naming the row by itself, is no row of its own (else
                # the figures went to the row above, whose label prints none: `（七）总计`)
                after = [rest]
                absorbed.add(position + 1)
        texts = (own,)
        if _end_of_the_label_above(shape, labelled, squashed, position, sequence):
            # not a row: taken for one by its end's score (above the line's own words), it read the row's
            # figures from the digits on it and dropped the line of the row's figures
            absorbed.add(position)
        if (cut := _label_cut_over_pipe_rows(shape, labelled, position, sequence)) is not None:
            # a pipe row of figures whose label's last words stand in the same cells of the figure-less pipe
            # row right after (or before) it (`| 三、 | （一）予以公 | 3 |` / `| 本年 | 开 |  |`, markitdown)
            texts, rest = (own, cut[0]), cut[1]
            absorbed.add(rest)
        elif position not in held.values() and \
                (cut := _label_cut_over_pipe_rows(shape, labelled, position, sequence, rest_figures=True)) is not None:
            # the same, the rest's pipe row holding figures or blank marks too (`| 本年 | 开 | 1 |  |`): the label
            # names its row, whose figures are not known (`rows_left_out_by_the_labels`)
            texts, held[position] = (own, cut[0]), cut[1]
            absorbed.add(cut[1])
        elif (round_it := _label_round_a_pipe_row(shape, labelled, position, sequence)) is not None:
            # its label's words on the plain lines right before and after it (`1.本机关不掌握相关政府信` / `息`)
            texts = (own, round_it)
            absorbed.update((position - 1, position + 1))
        elif not A.names_a_row(own, sequence) and (narrow := _down_a_narrow_column(
                position, squashed, labelled, figures, starts,
                opens_its_label=opens_on_its_figures[position])):
            # the whole label read down its column: a piece of it would name rows sharing its last words
            texts = narrow
        elif before or after:
            texts = tuple(sorted({own, "".join(before[-1:]) + own, "".join(before) + own, own + "".join(after[:1]),
                                  own + "".join(after)}))
            if before and after and figures[position] and _GROUP_HEADING_WORD_RE.fullmatch(own):
                # a margin heading's characters on the line of figures (`1.本机关不掌握相关政` / `三，本年度办  4 0
                # … 4` / `府信息`): the heading's column, not the label's; the label's two pieces round the figures
                texts = (*texts, before[-1] + after[0])
            if before and shape[labelled[position]][1] and shape[labelled[position]][3] and \
                    A.shared_piece(own, sequence) and \
                    (first := next((k for k in range(1, len(before) + 1)
                                    if A.names_a_sharing_row("".join(before[-k:]) + own, sequence)
                                    # the lines alone: their words misread by a character (an OCR's
                                    # `斋期` for `逾期`) still name the row, where with the piece after
                                    # them only its own words read exactly would
                                    or A.names_a_sharing_row("".join(before[-k:]), sequence)), None)):
                # figures after a piece of the words several rows end in (`行政机关不再处理其政府信息公开  1 0 …`),
                # the fewest lines above that, read with it, name one of those rows by its own words
                # (`1.申请人无正当理由逾期不补正、`): those lines open this row's label, no row of their own (else
                # the row's figures go to the next row sharing its ending, and that row's label lines to
                # nothing); alone, they name the row for this candidate as they did for their own
                absorbed.update(range(position - first, position))
                texts = (*texts, "".join(before[-first:]))
        candidates.append(A.Candidate(texts, shape[labelled[position]][1], shape[labelled[position]][3]))
    for position in absorbed:
        candidates[position] = A.Candidate(("",), False)  # matches no row
    assignment, tied = A.align_with_ties(candidates, template_rows)
    if "other" not in L.application_rows(template) and any(k in assignment for k in _OTHER_SUB_ROWS) \
            and "other" in assignment and A.names_a_row(squashed[assignment["other"]], _OTHER_SUB_ROWS):
        # `other` placed on a sub-row's own label line, read with the heading `其他处理` printed without its
        # `（六）` among the sub-rows' lines: the heading took that sub-row's place, and the sub-row its
        # neighbour's. The table has the sub-rows: aligned again without `other`
        template_rows = tuple(row for row in template_rows if row.key != "other")
        assignment, tied = A.align_with_ties(candidates, template_rows)
    if "other" not in L.application_rows(template) and any(k in assignment for k in _OTHER_SUB_ROWS):
        assignment.pop("other", None)  # the heading of its sub-rows
    # labels without figures the order left out (`2.其他法律…` printed above `1.属于国家秘密`): the rows
    # they name may still take label-less figures in template order
    taken = set(assignment.values())
    allowed = L.application_rows(template)
    left_out = [candidates[p] for p in range(len(candidates)) if p not in taken and not figures[p]]
    unplaced = frozenset(key for key in A.best_rows(left_out, template_rows)
                         if key in allowed and key not in assignment)
    placed_at = {position: key for key, position in assignment.items()}
    rests = {labelled[rest]: placed_at.get(position) for position, rest in held.items()}
    return tuple(labelled), assignment, unplaced, rests, {key: labelled[at] for key, at in tied.items()}


def _label_round_its_figure_line(shape: tuple, labelled: list[int], squashed: list[str], figures: list[bool],
                                 starts: list[bool], p: int, sequence: tuple[str, ...]) -> bool:
    """Whether the label-only line at `p` among the labelled rows and the next labelled row, a label-only line that
    opens no label, stand right round a line of figures alone (no label cell: `没有现成信息需要另行制` / `0 0 0 2 0 0 2` /
    `作`) and together name a template row: one row's label wrapped round its own figures (`pdftotext -layout`
    centres a cell's figures in its height)."""
    at = labelled[p]
    return p + 1 < len(labelled) and labelled[p + 1] == at + 2 and not figures[p + 1] and not starts[p + 1] \
        and not shape[at + 1][0] and shape[at + 1][1] and A.names_a_row(squashed[p] + squashed[p + 1], sequence)


@lru_cache(maxsize=1 << 10)
def _a_label_of_its_own(rest: str, line: str, sequence: tuple[str, ...]) -> bool:
    """Whether a label-only line (`line`: its label column, squashed, a margin heading's piece before it left out) below
    a label's lines (`rest`, squashed, joined) holds a template row's words whole, and those lines and it join into no
    piece of that row's label (`理申请` / `重复申请`; not `结转下年度` / `继续办理`): the line is that row's own label, no
    rest of the label above."""
    return any(_holds_its_words(line, row) and not _pieces_of_its_label(rest, line, row.key)
               for row in A.template_rows(sequence))


def _end_of_the_label_above(shape: tuple, labelled: list[int], squashed: list[str], position: int,
                            sequence: tuple[str, ...]) -> bool:
    """A line of figures whose label is only the words several rows end in (`公开申请数量  ０`), right under a
    line of figures whose label names one of those rows by its own words (`一、本年新收政府信息  ７５ ５ / １０ …
    １０`): one row wrapped over the two lines of its narrow label column, its figures on the first, the
    second holding the rest of a figure wrapped in its cell (`１０` / `０`, LibreOffice's page of a DOCX
    through `pdftotext -layout` or markitdown) or cells a layout centred a line lower, never another row's."""
    above = position - 1
    return position > 0 and labelled[above] == labelled[position] - 1 and shape[labelled[position]][1] \
        and shape[labelled[above]][1] and A.ends_the_label_above(squashed[position], squashed[above], sequence)


HEADING_REACH = 3  # lines from a group heading to the row it names (a header line between)

_HAN_RE = re.compile(r"[\u3400-\u9fff]")  # a label's words

# a row's width, the places of its label cells among its cells, whether it holds any figure, whether a pipe row,
# whether its value cells hold a figure or blank mark that may be a row's (`_figures_a_row_may_own`)
_Places = tuple[int, tuple[int, ...], bool, bool, bool]

def _places(row: Row) -> _Places:
    """A row's width, the places of its label cells, whether it holds any figure, whether it is a pipe
    row and whether its value cells hold a row's figures or blank marks: a label cut over two pipe rows
    joins cell by cell (`_label_cut_over_pipe_rows`)."""
    return (len(row.cells), row.label_places(), row.has_figures(), row.piped,
            row.piped and _figures_a_row_may_own(row))


def _figures_a_row_may_own(row: Row) -> bool:
    """Whether a row's value cells hold a figure or a blank mark (`| 本年 | 开 | 1 |  |`, `| 本年 | 开 | — — | — |`)
    that may be a row's: not a page's number (`- 3 -`, `第 3 页`), nor a header's numbers of its columns (the run 1,
    2, … n over the applicant columns at least, `| 1 2 | 3 4 | 5 6 | 7 |`; a shorter run, `| 1 | 2 | 3 | 4 |`, numbers
    no table 3's columns and may be figures)."""
    if not row.figures_after_label:
        return False
    return _a_row_may_own(" ".join([text for cell in row.values() if (text := cell.text.strip())]))


@lru_cache(maxsize=1 << 12)  # a pipe row's figures recur from report to report (rows of zeros, blank marks)
def _a_row_may_own(texts: str) -> bool:
    """`_figures_a_row_may_own` of a row's value cells' texts, joined by a space."""
    words = L.normalize_text(texts).split()
    return not is_page_number(texts) and \
        not (len(words) >= len(L.APPLICANT_KEYS) - 1 and words == [str(n) for n in range(1, len(words) + 1)])


def _label_cut_over_pipe_rows(shape: tuple, labelled: list[int], position: int, sequence: tuple[str, ...],
                              rest_figures: bool = False) -> tuple[str, int] | None:
    """A converter's pipe row of figures whose label names no row, its words cut in their cells and
    continued in the same cells of a pipe row as wide right after it, or begun in those of one right
    before it (`| 三、 | （一）予以公 | 3 — | 7 |` / `| 本年 | 开 |  |  |`, markitdown of a PDF), or, where the
    label's columns share one pipe cell (`| 度办 （二）部分公 | 2 |`), continued word by word on the plain line
    right after it (`理结 开（区分处理`): that row or line holds no figure and its label alone names no row,
    only rule lines or empty rows stand between them, and the two read cell by cell (word by word) end on
    the whole words of a template row (or hold them), the cut cell's words completed by the other row's in
    the same cell.
    (the label read so, squashed; the position of the other row among the labelled rows), else None. The
    figures stay those of the row's own pipe cells.
    `rest_figures`: the same, of a pipe row as wide whose value cells hold a figure or a blank mark
    (`| 本年 | 开 | 1 |  |`, `_figures_a_row_may_own`), which the caller cannot read as the row's figures."""
    index = labelled[position]
    width, places, _, piped, _ = shape[index][4]
    if not piped or not shape[index][1] or not places:
        return None
    rows = A.template_rows(sequence)
    if _holds_a_rows_words(L.squash("".join(shape[index][0])), rows):
        return None  # its own label holds a row's words whole (a near miss, `部分公` for `部分公开`, does not)
    # the cells of words (merged cells of figures and marks, `3 —`, are no label's words)
    cells = {i: text for i, text in zip(places, shape[index][0]) if _HAN_RE.search(text)}
    if not cells:
        return None
    last = max(cells)  # the cut cell: the row's last cell of words
    for other, after in ((position + 1, True), (position - 1, False)):
        if not 0 <= other < len(labelled):
            continue
        near = labelled[other]
        between = shape[min(index, near) + 1 : max(index, near)]
        if abs(near - index) > 3 or any(s[0] or s[1] for s in between):
            continue  # more than rule lines or empty rows between them
        its_width, its_places, its_figures, its_piped, its_own_figures = shape[near][4]
        # (its figures, `rest_figures`: a pipe row's only, `_figures_a_row_may_own`)
        if (not its_own_figures if rest_figures else its_figures) or not its_places \
                or A.names_a_row(L.squash("".join(shape[near][0])), sequence):
            continue
        if its_piped and its_width == width:
            rest = {i: text for i, text in zip(its_places, shape[near][0]) if _HAN_RE.search(text)}
            if not rest or max(rest) > last or last not in rest:
                continue  # words in a cell past the label's last, or none in the cut cell: no rest of this label
            pieces = sorted(cells.keys() | rest.keys())
            ours, theirs = [cells.get(i, "") for i in pieces], [rest.get(i, "") for i in pieces]
        elif not its_piped and after and len(shape[near][0]) == 1:
            # the words of the label's columns in one cell, a space apart, continued as many words a space apart
            ours, theirs = cells[last].split(), shape[near][0][0].split()
            if len(ours) < 2 or len(ours) != len(theirs):
                continue
        else:
            continue
        pairs = list(zip(ours, theirs)) if after else list(zip(theirs, ours))
        text = L.squash("".join(a + b for a, b in pairs))
        whole = L.squash("".join(pairs[-1]))
        # the words of a row whole across the cut (`（二）部分公` + `开（区分处理`), and in the label read so
        if any(_holds_its_words(whole, row) and _holds_its_words(text, row) for row in rows):
            return text, other
    return None


def _holds_its_words(label: str, row: A.TemplateRow) -> bool:
    """Whether the squashed `label` holds the template row's words whole (a short label, `总计`, at its end)."""
    return any(label.endswith(v) if row.exact else v in label for v in row.variants) if row.key != "other_misc" \
        else label in ("其他", "其他处理其他")


def _holds_a_rows_words(label: str, rows: tuple[A.TemplateRow, ...]) -> bool:
    return any(_holds_its_words(label, row) for row in rows)


def _label_round_a_pipe_row(shape: tuple, labelled: list[int], position: int, sequence: tuple[str, ...]
                            ) -> str | None:
    """A converter's pipe row of figures whose label cells hold no row's words (a group heading's piece,
    `理结果`, or none), between two plain lines without figures that read together hold a row's words whole
    and the first of them alone does not (`1.本机关不掌握相关政府信` / `| 理结果 |  | 1 | 无 | … |` / `息`,
    markitdown of Chromium's PDF: the label wrapped round its figures, set in the middle of its cell), only
    rule lines or empty rows between them: the label read so (squashed), else None. The figures are the pipe
    row's, the one run of figures inside the label."""
    index = labelled[position]
    if not shape[index][4][3] or not shape[index][1] or not 0 < position < len(labelled) - 1:
        return None
    rows = A.template_rows(sequence)
    if _holds_a_rows_words(L.squash("".join(shape[index][0])), rows):
        return None
    above, below = labelled[position - 1], labelled[position + 1]
    for near in (above, below):
        between = shape[min(index, near) + 1 : max(index, near)]
        _, _, figures, piped, _ = shape[near][4]
        if abs(near - index) > 3 or any(s[0] or s[1] for s in between) or piped or figures or shape[near][1] \
                or len(shape[near][0]) != 1:
            return None
    first, rest = L.squash(shape[above][0][0]), L.squash(shape[below][0][0])
    if not rest or A.names_a_row(rest, sequence) or _holds_a_rows_words(first, rows):
        return None
    text = L.squash(shape[above][0][0] + shape[below][0][0])
    return text if _holds_a_rows_words(text, rows) else None


def _heading_of_next_row(shape: tuple, index: int, own: str) -> bool:
    """A line without figures whose words are those of a row with figures just below it (`(一) 予以公开`
    over the header and `予以公开  290  1 …`): the heading of that row's group, not a row of its own."""
    _, has_figures, wrappable, *_ = shape[index]
    if has_figures or not wrappable:
        return False
    for later in shape[index + 1 : index + 1 + HEADING_REACH]:
        if later[1] and later[0] and L.squash("".join(later[0])) == own:
            return True
    return False


NARROW = 3  # characters a line of a label wrapped down a narrow column holds (`人无正`, `当理由`)

NARROW_WRAP = 14  # lines such a label may run over (`1.申请` / `人无正` / … / `申请`: 11 in a real report)


def _opens_with_its_numbering(label_cells: tuple[str, ...]) -> bool:
    """Whether a row's label cells open its label with the row's numbering (`3.其`), or hold it after a piece of the
    group heading merged down the margin beside it (`（三 1 . 属`): as `starts` asks of a plain line."""
    return bool(_NUMBERED_LABEL_RE.match(label_cells[-1].strip())) or bool(_LABEL_OPENS_RE.search(" ".join(label_cells)))


def _down_a_narrow_column(position: int, squashed: list[str], labelled: list[int], figures: list[bool],
                          starts: list[bool], opens_its_label: bool = False) -> tuple[str, ...]:
    """A label wrapped down a narrow column, its figures on a middle line (`1.申请` / `人无正` / … /
    `行政机 9 0 0 …` / `关不再` / … / `申请`): the narrow lines above it up to its numbered first line and
    below it up to the next numbered line, joined. Nothing unless the row's own text is narrow.
    `opens_its_label`: the row is a pipe row whose label cells open with its numbering (`| | | 2.申 | 0 | … |` /
    `请人` / …, `_aligned_labels`' `opens_on_its_figures`): its line is the label's first, the lines above another row's."""
    if len(squashed[position]) > NARROW:
        return ()
    first = position
    while not opens_its_label and first > 0 and position - first < NARROW_WRAP and not starts[first] and not figures[first - 1] \
            and labelled[first] - labelled[first - 1] <= 2 and len(squashed[first - 1]) <= NARROW + 2:
        first -= 1
    last = position
    while last + 1 < len(squashed) and last - first < NARROW_WRAP and not starts[last + 1] and not figures[last + 1] \
            and labelled[last + 1] - labelled[last] <= 2 and len(squashed[last + 1]) <= NARROW:
        last += 1
    return ("".join(squashed[first : last + 1]),) if first < position - 1 or last > position + 1 else ()


MAX_PIECE_READINGS = 4096  # groupings of a row's wrapped pieces tried; past it the row stays unknown

# a wide figure's piece cut inside its thousands group (`１,０` / `８０` for 1,080): no figure on its own, so rows.py
# takes it for a label; its digits before the cut, in whole groups but the last
_COMMA_PIECE_RE = re.compile(r"[０-９]{1,3}(?:[,，][０-９]{3})*[,，][０-９]{0,2}")

def _comma_piece(row: Row) -> str | None:
    """The text of a row whose label is only a wide figure's piece cut inside its thousands group (`１,１`),
    where `pdftotext -raw` of a narrow column laid it on a line of its own; None for any other row."""
    labels = row.label_cells()
    if len(labels) != 1:
        return None
    text = labels[0].text.strip()
    return text if _COMMA_PIECE_RE.fullmatch(text) else None


def _readings_across_lines(line_words: list[list[str]], blocks: tuple[int, ...],
                           holds: Callable[[R.Reading], bool] = R.applicant_sum_holds,
                           narrow: frozenset[int] | None = None) -> tuple[R.Reading, ...] | None:
    """The readings of a row's words in `pdftotext -raw` text whose table may print nothing for a blank (a row
    of 6 zeros for 7 cells): Chromium's content stream writes a table row cell by cell, a wide figure wrapped in
    its narrow column a piece a line (`８` / `０` for 80), and the first line of a wrapped figure may share the
    line of the single-line cells before it (`０ １０ ０ １５ ０ １` / `０` / `５`: ..., 0, 105). So the last word
    of a line and the first word of the next, both digits, are one figure or two; words one space apart on a
    line are two cells. The row is `blocks` of cells each ending on its total (table 3: one of 7; table 4: a
    proceeding's 5), `holds` of each block (its total the sum of the others, a blank read as 0). Every joining
    that makes at most their cells (no joined figure opening on a 0) is cut into one run of figures a block, in
    order, and each run's blanks that printed nothing are put every way in its own block: a product over the
    blocks of their readings, never every placement of the row's blanks at once. None where no two lines' digits
    meet, or where the readings tried pass MAX_PIECE_READINGS; a row read alike by every kept reading is proven,
    several readings are left to the column rules. `narrow`: where given, the columns the header proves narrower
    than two glyphs (narrow_columns.py): a figure joined across lines whose first piece is one glyph stands in one
    of them, no other."""
    words = [word for words_of_line in line_words for word in words_of_line]
    ends = [sum(map(len, line_words[:i + 1])) for i in range(len(line_words))]  # index after each line's last word
    joinable = [end for end in ends[:-1] if 0 < end < len(words) and _digits_only(words[end - 1])
                and _digits_only(words[end])]
    if not joinable or 2 ** len(joinable) > MAX_PIECE_READINGS:
        return None
    readings: set[R.Reading] = set()
    tried = [0]
    for joined in product((False, True), repeat=len(joinable)):
        cells: list[str] = []
        stacked: list[bool] = []  # each cell: joined across lines from a first piece of one glyph
        joins = {at for at, join in zip(joinable, joined, strict=True) if join}
        for index, word in enumerate(words):
            if index in joins:
                stacked[-1] = stacked[-1] or len(cells[-1]) == 1
                cells[-1] += word
            else:
                cells.append(word)
                stacked.append(False)
        if len(cells) > sum(blocks) or any(R.opens_on_a_zero(cell) for cell in cells):
            continue
        read = [_count_or_blank(cell) for cell in cells]
        if not all(readable for readable, _ in read):
            continue
        # each value's columns: any, or (stacked, the header proving which columns are narrow) those only
        allowed = None if narrow is None or not any(stacked) else tuple(narrow if is_stacked else None
                                                                        for is_stacked in stacked)
        found = _blocks_with_unprinted_blanks(tuple(value for _, value in read), blocks, holds, tried, allowed)
        if found is None:
            return None
        readings |= found
    return tuple(sorted(readings, key=lambda reading: [(v is None, v or 0) for v in reading]))


def _blocks_with_unprinted_blanks(values: tuple, blocks: tuple[int, ...], holds: Callable[[R.Reading], bool],
                                  tried: list[int], allowed: tuple[frozenset[int] | None, ...] | None = None,
                                  start: int = 0) -> set[R.Reading] | None:
    """The readings of `values` in order over `blocks` of cells, each block's run of them with its blanks (that
    printed nothing) put every way among its cells, kept where `holds` of each block; `tried` counts the
    placements and readings built, None past MAX_PIECE_READINGS. `allowed`: where given, each value's columns
    (counted over the whole row, the first block's first at `start`), None for any."""
    size, readings = blocks[0], set()
    for taken in range(min(size, len(values)) + 1):
        if len(values) - taken > sum(blocks[1:]):
            continue
        own: list[R.Reading] = []
        for blanks in combinations(range(size), size - taken):
            tried[0] += 1
            if tried[0] > MAX_PIECE_READINGS:
                return None
            if allowed is not None and any(
                    columns is not None and start + at not in columns
                    for columns, at in zip(allowed, (at for at in range(size) if at not in blanks))):
                continue
            figures = iter(values[:taken])
            block = tuple(None if at in blanks else next(figures) for at in range(size))
            if holds(block):
                own.append(block)
        if not own or len(blocks) == 1:
            readings.update(own)
            continue
        rest = _blocks_with_unprinted_blanks(values[taken:], blocks[1:], holds, tried,
                                             None if allowed is None else allowed[taken:], start + size)
        if rest is None:
            return None
        for block, later in product(own, rest):
            tried[0] += 1
            if tried[0] > MAX_PIECE_READINGS:
                return None
            readings.add((*block, *later))
    return readings


def _digits_only(text: str) -> bool:
    return bool(text) and all(char.isdigit() for char in text)


def _count_or_blank(text: str) -> tuple[bool, Decimal | None]:
    read = read_count(text)
    return read.state in (VALUE, BLANK), read.value


def _a_pdf_line_by_line(row: Row, pdf_text: bool) -> bool:
    """A row of a PDF's text without -layout (`pdf_text`), one cell a line and no crawled line: a blank
    cell prints nothing there, and a line's words are whole figures."""
    return pdf_text and row.stacked and not row.joined


def _mark_placed_by_page_order(report: ParsedReport, where: str, row: Row, cells: list[Cell]) -> None:
    """Cells placed by where pdftotext set their figures (page_order.py): recovered, with a warning."""
    texts = " | ".join(cell.as_written or "" for cell in cells if cell.state == VALUE)
    report.warn("page_order", f"{where}: no header places its figures ({texts}); the figures of its page "
                "whose columns are proven bound where pdftotext set them (one starting left of another stands in "
                "its column or one to its left, two within 3 characters in one column), and with the row's order "
                "they leave one way only; marked recovered", row.line)
    for cell in cells:
        if cell.state == VALUE:
            cell.state = RECOVERED


def _total_of_blank_parts(cells: list[Cell], cells_known: bool, placed: bool = False) -> bool:
    """A row of cells whose last, its total, was cut off the page (unknown) and whose parts all print a blank
    mark (or, `cells_known`, print empty; `placed`, read blank in aligned text whose shown columns place each
    figure): blank or 0 as the report prints such sums (blank_totals.py)."""
    *parts, total = cells
    return total.state == UNKNOWN and BT.all_marked_blank(parts, empty=cells_known, placed=placed)


def _total_from_its_parts(cells: list[Cell]) -> bool:
    """A row of cells whose last, its total, was cut off the page while its parts were read (each a
    value or blank): the total set, in place, to the parts' sum, the one value the row's rule
    (APP_APPLICANT_SUM, REVIEW_SUM) leaves, and marked recovered: likely, not certain (a report may
    not add up), so never evidence that a rule passes. When every part is blank, or the parts mix
    blanks and zeros (the row itself leaves a 0 blank), the total may be printed blank or 0, and
    stays unknown. Says whether it set the total."""
    *parts, total = cells
    if total.state != UNKNOWN or any(cell.state not in (VALUE, BLANK) for cell in parts) \
            or all(cell.state == BLANK for cell in parts):
        return False
    if not any(cell.value for cell in parts) and any(cell.state == BLANK for cell in parts):
        return False
    total.value, total.state = sum((cell.value or Decimal(0) for cell in parts), Decimal(0)), RECOVERED
    return True


# a word of its own that is a figure or a blank mark (`28`, `无`, `—`), wherever it stands in a row's cells
_FIGURE_OR_MARK_RE = re.compile(rf"{CB.FIGURE_RE.pattern}|{'|'.join(map(re.escape, sorted(L.BLANK_TOKENS - {''})))}")

# a dash glued to the end of a label's line (`4.保护第三方合法权—` / `益`): the cell beside a wrapped label,
# written with no space before it; no label of the templates ends on a dash
_DASH_GLUED_TO_A_LABEL_RE = re.compile(r"[\u3400-\u9fff）)]([—–－-]{1,2})$")

def _figures_and_marks(rows: list[Row], glued_to: Sequence[Row] = ()) -> list[RawCell]:
    """The figures and blank marks of rows written in column chunks, in reading order, each word a cell:
    `28 0` and `无 2` are two items of the page side by side (read left to right), a line of them may
    be taken for a label (`无 无`), and a blank mark may end a label's line (`5.属于三类内部事务信息 无`;
    a figure there is a label's, `（五）不 3 . 要 求…`, and stays one). With `glued_to`, the rows (table 3's
    rows found by their labels) whose label's line may end in a figure glued to its last character, taken
    as the cell after the label (`FIGURE_AFTER_A_LABELS_CHARACTER`)."""
    glued = {id(row) for row in glued_to}
    return [RawCell(word, cell.line) for row in rows for cell in row.cells
            for word in _figure_and_mark_words(cell.text)
            or (_figure_glued_to_a_label(cell.text) if id(row) in glued else ())]


def _figure_glued_to_a_label(text: str) -> tuple[str, ...]:
    """The ASCII figure glued to the end of a label's line (`8.属于行政查询事项1` -> `1`), or none: plain pdftotext
    set the cell beside the label too close for a space. Full-width digits are not taken: a narrow cell wraps them a
    piece a line, so one glued there may be a piece of a figure."""
    glued = FIGURE_AFTER_A_LABELS_CHARACTER.match(text.strip())
    return (glued[2],) if glued is not None and glued[2].isascii() and glued[2].isdigit() else ()


@lru_cache(maxsize=1 << 14)  # asked of every cell of every row of table 3: its words recur
def _figure_and_mark_words(text: str) -> tuple[str, ...]:
    """A cell's words that are figures or blank marks (`_figures_and_marks`)."""
    words = text.split()
    if not all(_FIGURE_OR_MARK_RE.fullmatch(word) for word in words):  # a label's words first
        label_end = len(words)
        while label_end and words[label_end - 1] in L.BLANK_TOKENS:
            label_end -= 1
        glued = _DASH_GLUED_TO_A_LABEL_RE.search(words[-1]) if label_end == len(words) else None
        words = [glued.group(1)] if glued else words[label_end:]  # only the blank marks that end its line
    return tuple(words)


def _unseen_blanks(figures: int, width: int) -> str:
    """Why a row of fewer figures than columns in a PDF's text without -layout is not read."""
    return (f"{figures} figures for {width} columns in a PDF's text (form feeds between its pages), where a "
            "blank cell leaves no line: which columns are blank is not known")


def _placed_cells(table: str, keys: Sequence[str], columns: Sequence[str], placed: list[list[Placed | None]],
                  figures: list[RawCell], reads: list[CellRead]) -> list[Cell]:
    """The cells of a table placed in column chunks (chunks.py): a figure a chunking rests on zeros or
    shares with others is recovered (never rule evidence), one the chunkings disagree on unknown."""
    cells = []
    for key, row in zip(keys, placed):
        for column, where in zip(columns, row):
            if where is None:
                cells.append(Cell(table, key, column, None, UNKNOWN, figures[0].line))
                continue
            raw, read = figures[where.index], reads[where.index]
            state = read.state if where.proved or read.state == BLANK else RECOVERED
            cells.append(Cell(table, key, column, read.value, state, raw.line, raw.text.strip()))
    return cells


def _is_cjk_character(text: str) -> bool:
    return len(text) == 1 and "\u3400" <= text <= "\u9fff"


def _label_words(row: Row) -> str:
    """A line of labels' words, every label cell's."""
    return "".join(cell.text for cell in row.label_cells())


def _label_wrapped_round(rows: list[Row], at: int | None, key: str, words: Callable[[Row], str] = _label_words) -> bool:
    """Whether the lines of labels alone right above and below row `at` (a line of figures) join into a piece
    of row `key`'s label (`1.本机关不掌握相关政府` / figures / `信息`, `（七` / figures / `）总计`): its label wrapped
    round its figures, which are then its own. `words`: the words of a line of labels taken."""
    return at is not None and _joins_round(_label_pieces_round(rows, at, words), key)


def _label_pieces_round(rows: list[Row], at: int, words: Callable[[Row], str] = _label_words) -> tuple[_Piece, ...]:
    """`_label_wrapped_round`'s pieces round line `at`."""
    if not 0 < at < len(rows) - 1:
        return ()
    sides = rows[at - 1], rows[at + 1]
    if any(side.has_figures() or not side.label_cells() for side in sides):
        return ()
    return ((words(sides[0]), words(sides[1]), "", None),)


def _pieces_of_its_label(above: str, below: str, key: str, middle: str = "") -> bool:
    """Whether the words of a line above, the line of figures' own (`middle`) and a line below join into a piece
    of row `key`'s label. A numbering alone below (`1.本机关不掌握相关政府信息` / figures / `（四）`, a heading's in the
    margin) is no end of a label: the label above whole, not wrapped round the line."""
    if _NUMBERED_LABEL_RE.fullmatch(below.strip()):
        return False
    joined = L.squash(above + middle + below)
    if not joined:
        return False
    names = L.APPLICATION_ROWS[key][0]
    if any(joined in name for name in names):
        return True
    # (六)1 and 2 print the shared `、行政机关不再处理…申请` after their own words: a piece running into it is still the
    # row's where it holds words of its own (a piece of the shared words alone names neither)
    ending = _SHARED_ENDINGS.get(key)
    return ending is not None and joined not in ending and any(joined in name + ending for name in names)


_SHARED_ENDINGS = {key: L.squash(ending) for key, ending in L.APPLICATION_SHARED_ENDINGS.items()}


_SPACED_FIGURES_RE = re.compile(r"[0-9０-９]+(?: [0-9０-９]+)+")

def _blank_cells_print_nothing(form_feeds: bool, rows: list[Row]) -> bool:
    """Whether a text is a PDF's without -layout (pdftotext's page breaks, form feeds), where a blank
    cell leaves no line and an empty line is only the gap between two cells. A text that writes its
    empty cells as lines of their own (one cell a line, a tab for an empty one) shows that they leave
    a trace, form feeds or not (a page break pasted into such a text)."""
    return form_feeds and not any(cell.is_empty and not cell.gap for row in rows if row.stacked
                                  for cell in row.values())


def _figure_or_mark(word: str) -> bool:
    """A word that is a figure or a blank mark (`3`, `—`, `无`)."""
    return _is_figure(word) or word in L.BLANK_TOKENS


@lru_cache(maxsize=1 << 14)  # asked of every cell of every pipe row: figures and labels recur
def _holds_words(text: str) -> bool:
    """A cell holding something other than figures and blank marks."""
    return clean_cell_text(text) != "" and not all(map(_figure_or_mark, text.split()))


def _last_cell_of_words(row: Row) -> int:
    """The place of a pipe row's last cell holding words (its label's end; a merged cell of figures and marks,
    `3 —`, holds none), -1 where none does."""
    # asked of every pipe row several times: one lookup of its cells' texts (a table's rows recur from report to report)
    return _last_of_words(tuple(map(_TEXT_OF, row.cells)))


@lru_cache(maxsize=1 << 14)
def _last_of_words(texts: tuple[str, ...]) -> int:
    """`_last_cell_of_words` of a row's cells' texts: their answers in one C-level pass, the last true one."""
    words = list(map(_holds_words, texts))
    return len(words) - 1 - words[::-1].index(True) if True in words else -1


def _figure_cells_read_as_label(row: Row) -> list[RawCell] | None:
    """A pipe row whose cells after its last cell of words include cells that the row's label was taken to
    hold: a converter's merged cell of figures and blank marks (`| 一、本年新收… | 11 | — 5 | — — | 1 | 17 |`,
    markitdown of LibreOffice's PDF) is no single value, so the label ran on to the last such cell. Its
    cells from the one after its last cell of words on; None where they are the row's values already."""
    label_end = _last_cell_of_words(row)
    cells = row.cells[label_end + 1 :]
    values = row.values()
    return cells if cells and len(cells) != len(values) and any(not cell.is_empty for cell in cells) else None


MERGED_CELL_AS_ONE = ("a converter's pipe cell of several figures and blank marks (columns merged) that would be read "
                      "as one cell, the row's words not one to each column: which column each stands in is not known")

def _merged_cell_read_as_one(fitted: list[RawCell | None], values: list[RawCell], width: int,
                             as_many: bool = False) -> bool:
    """Whether a pipe row's reading takes a cell of several figures and blank marks (`1 -`, columns merged) for
    one cell, where its value cells' words are not as many as the template's columns (as many, the rules
    choose among the ways to cut them, which may only say where an empty cell goes: `| 0 | 0 0 |  | 0 |`);
    with `as_many`, whatever their number (table 3: `| 12 | — — | 11 | … | 36 |  |` read whole moved each later
    word a column on, 36 into 其他 and 总计 blank, which no rule sees)."""
    if not any(map(_several_figures_or_marks, map(_TEXT_OF, filter(None, fitted)))):
        return False  # asked of every pipe row (one C-level pass, memoized): most read no cell of several words
    return as_many or sum(len(cell.text.split()) for cell in values if _figures_or_marks(cell.text)) != width


@lru_cache(maxsize=1 << 14)
def _several_figures_or_marks(text: str) -> bool:
    """A cell of several words (`1 -`), figures or blank marks only."""
    return len(text.split()) > 1 and _figures_or_marks(text)


@lru_cache(maxsize=1 << 14)
def _figures_or_marks(text: str) -> bool:
    """A cell of figures or blank marks only (`0`, `3 0`, `-`)."""
    text = text.strip()
    return bool(text) and all(map(_figure_or_mark, text.split()))


def _figures_on_lines_of_their_own(rows: list[Row]) -> bool:
    """Whether figures of the table stand on lines apart from any label (one cell per line, not a
    crawled line): in such text a label may be followed by another label while its figures come
    later (`pdftotext` without -layout reads a table column by column, block by block)."""
    return any(row.stacked and not row.joined and row.filled_values() for row in rows)


# words of table 3's header (a converter's column names `数据1 … 数据6` wrap as `数据` over `1 2 3 …`)
_HEADER_WORD_RE = re.compile("数据|类别|项目|总计|申请人|自然人|法人|" + "|".join(n for names in L.APPLICANTS.values() for n in names))

def _without_column_numbers(row: Row) -> Row:
    """A row of the header whose figures are the run 1, 2, … n (n ≥ 3) numbers the columns: those
    numbers are no row's figures, so the row keeps its words only. Any other row as it is. Two
    numbers may share a cell (`| 1 2 | 3 4 | 5 6 |`: a converter's markdown joining a header's
    columns, as it joins those of the figures below)."""
    values = row.values()
    if len(values) < 3:
        return row  # asked of every row: most say no here or at the first figure
    for cell in values:
        if text := cell.text.strip():
            if text.split()[0] != "1":
                return row
            break
    else:
        return row
    figures = [word for cell in values if not cell.is_empty for word in L.normalize_text(cell.text).split()]
    label = L.squash(row.label)
    if len(figures) < 3 or figures != [str(n) for n in range(1, len(figures) + 1)] or _empty_among(row) or \
            (label and (not _HEADER_WORD_RE.search(label) or _NUMBERED_LABEL_RE.match(row.label.strip()))):
        return row
    return row.with_cells(list(row.label_cells()))


def _empty_among(row: Row) -> bool:
    """Whether a pipe row leaves a cell empty between two that print (`|  | 1 |  |  | 2 |  | 3 |`): a header numbers its
    columns cell after cell, so such a run is a row's figures (one a column, the others blank)."""
    printing = printing_places(row.values())
    return row.piped and bool(printing) and len(printing) != printing[-1] - printing[0] + 1


class FoundTable3(NamedTuple):
    """Table 3's rows as `page_blanks` read them for table 2 (without column numbers) and the template
    rows it found among them, which read_applications takes instead of finding them again."""

    rows: list[Row]
    template: str
    found: dict[str, Row]


def page_blanks(rows: list[Row], template: str) -> tuple[PageBlanks, FoundTable3 | None]:
    """How a crawled page writes its empty cells, as its table 3 (`rows`) shows, for table 2. A page
    writes them one way: as `0`, as a mark (`/`, `无`, `-`, a crawled `&nbsp;`), or as nothing, which
    hides a cell in a run of digits. Every real crawl in tests/fixtures/real agrees: none has a blank
    in table 2 unless its table 3 shows one, and then the same way. So a page whose crawled table 3
    holds, in every row, as many digits and marks as columns drops no blank cell, and a `-` in its
    table 2 is a blank only if its table 3 marks blanks with one. A row of table 3 short of that or
    with nothing at all, or no crawled table 3 to tell: a blank may be anywhere, as anything.
    Beside it, the table 3 rows it found (None where it looked for none), for read_applications."""
    if not any(row.joined for row in rows):
        return ANY_BLANKS, None
    table_rows = [_without_column_numbers(row) for row in rows]
    found = find_application_rows(table_rows, template)
    read = FoundTable3(table_rows, template, found)
    crawled = [row for row in found.values() if row.joined]
    if not crawled or len(crawled) < len(found):
        return ANY_BLANKS, read
    dash = any(clean_cell_text(c.text) in _DASHES for row in crawled for c in row.values())
    return PageBlanks(_blanks_left_no_trace(crawled, len(L.APPLICANT_KEYS), empty_rows=True), dash), read


def _blanks_left_no_trace(rows: list[Row], width: int, empty_rows: bool = False) -> bool:
    """A crawled table where a row has fewer digits and blank marks (a crawled `&nbsp;` cell, `/`,
    `无`) than the table has columns: its blank cells left no trace, so in any of its rows a cell may
    be a blank that took no digit. `empty_rows`: a row with no figure at all counts too."""
    def traces(row: Row) -> tuple[int, int]:
        texts = list(map(clean_cell_text, map(_TEXT_OF, row.values())))  # (C-level passes: asked of every crawled row)
        return sum(map(len, filter(str.isdigit, texts))), sum(map(L.BLANK_TOKENS.__contains__, texts))

    return any((0 < digits or empty_rows) and digits + spaces < width  # a crawled row's traces: only those counted
               for row in rows if row.joined for digits, spaces in [traces(row)])


_LEADING_ZERO_RE = re.compile(r"0\d")

def _looks_run_together(row: Row, fitted: list, problem: str | None, clean: R.Reading | None, row_rule,
                        cells_known: bool = False) -> bool:
    """A row whose cells may have run together: short, holding a cell of several figures, or
    breaking its own sum while one of its figures could be two. `cells_known`: the text's tabs are its
    format's cell bounds, none lost (a tab row of plain text may have lost one: `1⇥1` typed as `11`)."""
    if row.lines_apart and problem is None:
        return False  # every cell a line of its own, every empty line accounted for: nothing ran together
    # every fitted cell's traits together (a RawCell is never false: `filter` drops the unfitted Nones)
    traits = reduce(or_, map(_cell_traits, map(_TEXT_OF, filter(None, fitted))), 0)
    splittable = bool(traits & _SPLITTABLE)
    if traits & (_SEVERAL | _LEADING_ZERO):
        return True  # `2 0`; `018`, which reads as 18 but is more likely 0 and 18
    if cells_known and row.tabbed and not row.joined:
        # cells the format set apart (a PDF's ruled grid, HTML, DOCX): `94` is one cell's figure, never 9 and 4,
        # and a row short of cells lost them (a column cut at the page's edge): read as usual, the rest unknown
        return False
    if row.joined and _has_digit_run(row.values()):
        return True  # a crawled page: a run of digits may be several cells however well it fits
    if problem is not None or row.short_by:  # fewer cells than the template (fit_values: "5 of 7 cells")
        if row.piped and not row.short_by:
            return False  # a markdown row as wide as its table's rule line: its bars set each figure apart (`| 26 |`)
        return (row.short_by > 0 or " of " in problem) and splittable
    return clean is not None and splittable and not row_rule(clean)


_SEVERAL, _SPLITTABLE, _LEADING_ZERO = 1, 2, 4

@lru_cache(maxsize=1 << 16)  # asked of every cell of table 3; the same cells recur in every report
def _cell_traits(text: str) -> int:
    """What of a cell makes its row look run together, as bits: it holds several figures (`2 0`),
    it is a run of digits that could be split, it starts with a zero (`018`)."""
    cleaned = clean_cell_text(text)
    return (_SEVERAL if _holds_several(text) else 0) | \
        (_SPLITTABLE if len(cleaned) > 1 and cleaned.isdigit() else 0) | \
        (_LEADING_ZERO if _LEADING_ZERO_RE.match(cleaned) else 0)


@lru_cache(maxsize=1 << 14)
def _holds_several(text: str) -> bool:
    """A cell holding several figures (`2 0`); memoized: the same cells recur in every report."""
    return RUN_TOGETHER_RE.search(L.normalize_text(text)) is not None


T = TypeVar("T")


def computed_once(compute: Callable[[], T]) -> Callable[[], T]:
    """`compute`, run at the first call only and its answer kept: `functools.cache` builds a wrapper (its name,
    its docs copied) that costs more than most searches it would spare, at every table read."""
    answers: list[T] = []

    def once() -> T:
        if not answers:
            answers.append(compute())
        return answers[0]
    return once


def _year_split_off(report: ParsedReport, rows: list[Row], row: Row, texts: list[str]) -> tuple[list[str], str] | None:
    """A crawled row whose last run of digits ends in the report's year (or the next) with the text
    going on `年…`: a sentence that begins with the year ran into the row's last figure
    (`…结转下年度继续办理20000022025年，我局…`). (The row's cell texts without those four digits, the
    year), or None when the row does not end so. No cell of a table is followed by `年`."""
    last = clean_cell_text(texts[-1]) if row.joined and report.year is not None and texts else ""
    if len(last) <= 4 or not last.isdigit():
        return None
    values = [clean_cell_text(text) for text in texts]
    year = values[-1][-4:]
    if int(year) not in (report.year, report.year + 1):
        return None
    following = next((rows[i + 1] for i in range(len(rows) - 1) if rows[i] is row), None)
    if following is None or not following.cells or not L.normalize_text(following.cells[0].text).lstrip().startswith("年"):
        return None
    return [*values[:-1], values[-1][:-4]], year


def _with_year_split_off(report: ParsedReport, where: str, rows: list[Row], row: Row, texts: list[str],
                         candidates_of: Callable[[list[str]], list[R.Reading] | None]) -> list[R.Reading] | None:
    """The row's splits (`candidates_of` its value cells' `texts`) as printed, together with those
    of its text without a year that ran into its last figure (`_year_split_off`), when the row's
    rules allow any: both hypotheses stay open, so a run that reads either way (`12025年`: 12025, or 1 and the
    year) is as ambiguous as it is. None: too many splits."""
    candidates = candidates_of(texts)
    split_off = _year_split_off(report, rows, row, texts)
    if split_off is None or candidates is None:
        return candidates
    trimmed, year = split_off
    without_year = candidates_of(trimmed)
    if not without_year:
        return candidates if without_year is not None else None
    report.warn("year_run_on", f"{where}: its last run of digits ends in {year} and the text goes on `年`: a "
                f"sentence beginning with the year ran into the figure; read without it where the rules allow",
                row.line)
    return list(dict.fromkeys([*candidates, *without_year]))


def _has_digit_run(cells: list[RawCell]) -> bool:
    runs = map(_without_signs, map(clean_cell_text, map(_TEXT_OF, cells)))  # `+11`: a sign, then digits
    return any(len(text) > 1 and text.isdigit() for text in runs)


def _without_signs(text: str) -> str:
    return text.lstrip("+-－")


def _settle_run_together(report: ParsedReport, table: str, row_key: str, columns: tuple[str, ...], row: Row,
                         fitted: list, candidates: list) -> bool:
    """Write the row's cells if the run-together reading settles it (True); False: read as usual."""
    texts = " | ".join([c.text.strip() for c in row.values()])
    line = row.line  # (a property: asked once, not once a cell)
    if len(candidates) == 1:
        (reading,) = candidates
        report.warn("cells_recovered", f"{table} {row_key}: cells ran together ({texts}); the template's rules "
                    f"allow one split only, {[None if v is None else int(v) for v in reading]}; "
                    "marked recovered", line)
        for column, value in zip(columns, reading):
            # a blank stays blank (NULL); rules.py treats it as recovered, as it is its row's
            report.cells.append(Cell(table, row_key, column, value, BLANK if value is None else RECOVERED, line,
                                     texts))
        return True
    common = R.common_cells(candidates) if len(candidates) > 1 else {}
    if common:
        shown = {columns[c]: None if v is None else int(v) for c, v in common.items()}
        report.warn("cells_recovered", f"{table} {row_key}: cells ran together ({texts}); {len(candidates)} splits "
                    f"keep the rules, all with {shown}: those marked recovered, the others unknown", line)
        for c, column in enumerate(columns):
            value = common.get(c)
            state = UNKNOWN if c not in common else BLANK if value is None else RECOVERED
            report.cells.append(Cell(table, row_key, column, value, state, line, None if state == UNKNOWN else texts))
        return True
    several = row.aligned or any(_holds_several(raw.text) for raw in fitted if raw is not None)
    # a crawled row's run of digits is never read as one figure: it holds several cells
    if len(candidates) > 1 or several or row.joined:
        why = f"{len(candidates)} splits keep the rules" if candidates else "no single split keeps the rules"
        report.warn("cells_ran_together", f"{table} {row_key}: cells ran together ({texts}); {why}: "
                    "its cells are unknown", line)
        for column in columns:
            report.cells.append(Cell(table, row_key, column, None, UNKNOWN, line))
        return True
    return False
