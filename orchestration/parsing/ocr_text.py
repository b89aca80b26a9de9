"""Text an OCR wrote (a tesseract transcription of a ruled table, handed in as text): its ruling lines
read as `1`s among a row's figures, and a figure it misread.

A ruled table's lines may come out as a `1` between figures (`1   0|10101010   1` for 1 |0 |0 |0 |0 |0
|1): a row of table 3 left unknown because its figures ran together is read again with every `1` of
a run of digits either a digit or a ruling, each run left between rulings one figure
(`ruled_readings`); the readings that keep its sum and the column rules with the rows read cleanly
settle the cells they agree on (recovered), the others stay unknown. A ruling may come out as a `1`
and a second glyph beside it (`41`, `19`): that digit goes with the `1` or stays (a ruling lost between
two zeros, `00`, is not read: a lost separator beside a ruling read as `1` would then be read too).
Table 4's one line of 15 figures is read again so too, under REVIEW_SUM.

A row printing one figure fewer than table 3's columns, in a table that prints every cell, lost one
(an OCR missed it, a column was cut at the page's edge): its figures are placed where the sums leave
them one place, the lost figure never written (`lost_cells_placed`). That holds of any text but one
whose rulings run into its figures, where a figure is not known to be whole.

An OCR may read a digit as another (`34` as `24`): the row then breaks its sum, and nothing in the
row says which of its figures is wrong. A report's own text breaks a sum too (a typo the office
printed), and that is read as printed: so only in text showing what an OCR does and a document's
own text never does (`reads_as_ocr`) is a figure taken for misread, and only where the rules single
it out: it sits in two rules or more, every one of them failing, and every other figure of those
rules is confirmed by a rule that passes. That figure is unknown (the rules would fix its value,
but no reading of the page gave it); the others stay as read.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Sequence
from decimal import Decimal
from itertools import compress, product
from operator import attrgetter
from typing import TYPE_CHECKING

from ..core import labels as L
from ..core import numbering as N
from . import recovery as R
from .cells import BLANK, RECOVERED, UNKNOWN, VALUE
from .record import Cell, ParsedReport
from .rows import _DIGIT_RE, ONE_LOOK_ALIKES, digit_look_alikes

if TYPE_CHECKING:
    from .rows import Row

# `〈一)`, `〈区分处理的，只计这一情形，不计其他情形)`: a full-width bracket read as an angle bracket,
# closed by a round one (a document's own `〈…〉` is closed by its pair)
_ANGLE_FOR_BRACKET_RE = re.compile(f"{N.OCR_OPENING_BRACKET}"
                                   f"[^{N.OCR_OPENING_BRACKET}{N.OCR_CLOSING_BRACKET}{N.OPENING_BRACKETS}{N.CLOSING_BRACKETS}\n]"
                                   f"{{0,40}}{N.CLOSING_BRACKET}")
# `0|0|0101olol10o0`, `0  01|101010410  0`: rulings read as bars between digits, glued to them
# (a markdown row sets its bars apart or opens and closes the line with one); one pattern per bar,
# each opening on its bar: the engine then skips to the bars, where one opening on a digit is tried
# at every position
_RULINGS_IN_FIGURES = (("|", re.compile(r"\|(?<=\d\|)(?=\d)")), ("｜", re.compile(r"｜(?<=\d｜)(?=\d)")))


def cells_read_as_marks(cells: Sequence[str]) -> bool:
    """Whether a line's cells (its text cut at its rulings or spaces) are a ruled table's cells an OCR read
    apart from their labels, each cell's ink one glyph (`口 |口| 口 |六|户口|口|忆|口|…`: a narrow cell's 0
    read as `口`). tesseract may read a table's label column as one block and its grid of cells as another,
    so a row's label then stands alone while its cells are such a line elsewhere: at least MIN_MARK_CELLS
    cells, more than half of them one glyph that is no digit and no blank cell's sign (a header's cells,
    a glyph of its words each, differ: `持 |正|果|结`)."""
    if len(cells) + sum(cell.count(" ") + cell.count("|") for cell in cells) <= MIN_MARK_CELLS:
        return False  # too few gaps for so many cells (most lines: a label's words)
    words = [word for cell in cells for word in _MARK_GAP_RE.split(cell) if word]  # however the line was cut
    if len(words) < MIN_MARK_CELLS:
        return False
    glyph, count = Counter(words).most_common(1)[0]
    return len(glyph) == 1 and 2 * count > len(words) and not glyph.isdigit() and glyph not in L.BLANK_TOKENS


# a line of a table 3 row's cells shows most of its seven
MIN_MARK_CELLS = 6
_MARK_GAP_RE = re.compile(r"[\s|｜\[\]]+")  # the spaces and rulings (bars, `[`) between marks


# `0 0 lo 0 oo on`, `80 lo 10|o`: zeros and ones read as the letters they look like, a word of their own or
# glued to digits, on a line of figures (a document's own words are not `oo`, `lo`, `10o`)
_LETTERS_FOR_DIGITS_RE = re.compile(r"[oO]{2,}|\d*[lI][oO][\doO]*|\d*[oO][lI][\dlI]*|\d+[oO]+|[oO]+\d+")
_FIGURE_WORD_RE = re.compile(r"(?<![^\s|])\d+(?![^\s|])")


def reads_as_ocr(lines: list[str]) -> bool:
    """Whether the text shows what an OCR does to a report and its own text never does: a bracket
    read as `〈` closed by `)`, or ruling lines read as bars glued between digits off a pipe row."""
    text = "\n".join(lines)  # one scan of the whole text: most texts hold neither trait
    if "〈" in text and _ANGLE_FOR_BRACKET_RE.search(text):
        return True
    for bar, ruling in _RULINGS_IN_FIGURES:
        if bar not in text:
            continue
        for match in ruling.finditer(text):
            start, end = text.rfind("\n", 0, match.start()) + 1, text.find("\n", match.end())
            if not text[start : end if end >= 0 else len(text)].strip().startswith(("|", "｜")):
                return True
    return False


def reads_digits_as_letters(lines: list[str]) -> bool:
    """Whether the text shows an OCR's other trait: zeros and ones read as letters on a line of figures
    (`0 0 lo 0 oo on`). Its rulings are not known to run into its figures (`reads_as_ocr`)."""
    text = "\n".join(lines)
    for letter in "oO":  # in every such word: found by str.find, far faster than a regex over the text
        at = text.find(letter)
        while at >= 0:
            start, end = at, at + 1
            while start and not _ends_a_word(text[start - 1]):
                start -= 1
            while end < len(text) and not _ends_a_word(text[end]):
                end += 1
            if _LETTERS_FOR_DIGITS_RE.fullmatch(text, start, end):
                first, last = text.rfind("\n", 0, start) + 1, text.find("\n", end)
                if _FIGURE_WORD_RE.search(text, first, last if last >= 0 else len(text)):
                    return True
            at = text.find(letter, end)
    return False


# `本年制发件数|本年废止件数|现行有效件数`, `数量[本年新公开数量[对外`: a ruled table's lines read as bars or
# brackets glued to the words or figures of the cells they part (a document's own text glues a bar between
# words once on a line at most, in a title: `办实事|食用农产品`; a markdown row opens on its bar)
_RULING_BETWEEN_WORDS_RE = re.compile(r"(?<=[\u4e00-\u9fff\d])[|｜\[](?=[\u4e00-\u9fff\d])")
MIN_RULINGS_BETWEEN_WORDS = 2
# `自然“| 法人或其他组织`: a ruling read as a bar with a speck beside it read as an opening quote (a document's
# own `“` opens words, never a cell's bar; its closing `”` may end a cell: `稳定”|`)
_QUOTE_BY_A_RULING_RE = re.compile(r"“[|｜]|[|｜]”")


def reads_rulings_as_glyphs(lines: list[str]) -> bool:
    """Whether the text shows an OCR's third trait, on a line that is no pipe row: MIN_RULINGS_BETWEEN_WORDS
    ruling lines or more read as `|`, `｜` or `[` glued on both sides (a `[` of a line closing one with `]` is a
    link's or a note's), or a ruling read with an opening quote beside it. Its rulings are not known to run
    into its figures (`reads_as_ocr`)."""
    text = "\n".join(lines)  # one scan of the whole text: most texts hold no bar or bracket at all
    if "|" not in text and "｜" not in text and "[" not in text:
        return False
    for line in lines:
        if ("|" in line or "｜" in line or "[" in line) and not line.lstrip().startswith(("|", "｜", "+")):
            if _QUOTE_BY_A_RULING_RE.search(line):
                return True
            found = _RULING_BETWEEN_WORDS_RE.findall(line)
            if "]" in line:
                found = [glyph for glyph in found if glyph != "["]
            if len(found) >= MIN_RULINGS_BETWEEN_WORDS:
                return True
    return False


def _ends_a_word(character: str) -> bool:
    return character.isspace() or character in "|｜"


def read_ocr_text_again(report: ParsedReport, lines: list[str], ocr: bool, application_rows: Sequence[Row] = (),
                        letters: bool = False) -> None:
    """A count too long for any office unknown; a row that lost one figure placed (not where rulings run
    into figures); then, in text an OCR wrote, what an OCR does to a figure never kept as a number (an empty
    table 2 cell, an amount wrapped apart, a `1` after a ruling's quote, a row placed by order alone or read
    off several lines, a figure the rules single out as misread, a row breaking its own sum, figures under a
    header whose words the OCR lost), table 3's and 4's figures its rulings ran together read again, and
    blank rows of a table whose figures the OCR lost made unknown (module docstring). `ocr`:
    `reads_as_ocr(lines)`; `letters`: `reads_digits_as_letters(lines)` or `reads_rulings_as_glyphs(lines)`, an
    OCR's text whose rulings are not known to run into its figures; `application_rows`: table 3's rows as
    read from the text."""
    unknown_where_too_long(report)  # first: such a count is no row read cleanly for the rules to check with
    if not ocr:  # where rulings run into figures, a row's figures are not known to be whole: not placed
        lost_cells_placed(report, lines, application_rows)
        if not letters:
            return
    unknown_where_read_in_order(report)
    unknown_where_blank_unwritten(report)
    unknown_where_an_amount_may_wrap(report, lines)
    unknown_where_a_ruling_may_lead(report, lines)
    unknown_where_a_sign_may_be_lost(report, lines)
    unknown_where_a_figure_read_as_a_glyph(report, lines)
    unknown_where_placed_by_order(report, lines)
    unknown_where_read_off_several_lines(report)
    unknown_where_misread(report)  # a figure the rules single out first: the rest of its row stays as read
    unknown_where_a_sum_breaks(report)
    unknown_where_placed_under_a_cut_header(report)
    unknown_where_other_unread(report)
    unknown_where_an_article_unread(report)
    rulings_read_again(report, lines, application_rows)
    review_rulings_read_again(report, lines)
    unknown_where_no_figure_was_read(report)
    unknown_where_misread(report)


def _unknown_with_warning(report: ParsedReport, cells: Iterable[Cell], code: str, message: str,
                          line: int | None) -> None:
    """The cells made unknown, and the one warning that says why (each pass below: a cell, or a row, at a time)."""
    for cell in cells:
        cell.value, cell.state = None, UNKNOWN
    report.warn(code, message, line)


_VALUE_OF = attrgetter("value")


def unknown_where_too_long(report: ParsedReport) -> None:
    """A count of table 3 or 4 read as a value of more than MAX_COUNT_DIGITS digits (`110101211`, an
    OCR's rulings and zeros of a short row read in order) is no office's figure: unknown, with a warning."""
    limit = Decimal(10) ** R.MAX_COUNT_DIGITS
    if max(filter(None, map(_VALUE_OF, report.cells)), default=0) < limit:
        return  # no cell of any table holds a value that long (most reports): passed over at C level
    for cell in report.cells:
        if cell.state == VALUE and cell.value is not None and cell.value >= limit and cell.table != "disclosures":
            _unknown_with_warning(report, (cell,), "unreadable_cell", f"{cell.table} {cell.row}.{cell.column}: "
                                  f"{cell.value} has more than {R.MAX_COUNT_DIGITS} digits, no count of applications "
                                  "or cases: figures ran together, unknown", cell.line)


def unknown_where_read_in_order(report: ParsedReport) -> None:
    """A row of table 3 or 4 printing fewer figures than its cells is read in order elsewhere, its last
    cells unknown; in text an OCR wrote, a figure may have been lost anywhere in the row (or a ruling
    read as a lone `1` on a header's line taken for the row), so the figures after it would stand one
    cell early: every cell of such a row is unknown."""
    # (line, row key or `4`) of each such row, as its warning names it: `table 3 granted: …`, `table 4: …`
    short = {(w.line, w.message.split(":")[0].split()[-1]) for w in report.warnings if w.code == "short_row"
             and w.message.startswith(("table 3 ", "table 4:"))}
    taken: dict[tuple, list[Cell]] = {}
    for cell in report.cells:
        row = "4" if cell.table == "reviews" else cell.row
        if cell.state == VALUE and cell.table != "disclosures" and (cell.line, row) in short:
            taken.setdefault((cell.line, row), []).append(cell)
    for (line, row), cells in taken.items():
        _unknown_with_warning(report, cells, "ocr_short_row", f"table {'4' if row == '4' else '3 ' + row}: fewer "
                              "figures than cells in text an OCR wrote, which may have lost any of them: the "
                              f"{len(cells)} figure(s) read in order are unknown too", line)


def unknown_where_blank_unwritten(report: ParsedReport) -> None:
    """A cell of table 2 read blank for nothing written in it (no `无`, `-` or `/`) may hold a figure the OCR
    dropped or misread past reading (`1 十1 69`: a lone narrow `1`, a sign read as a glyph), and no rule of
    table 2 proves a count blank: unknown, with a warning a row."""
    rows: dict[tuple, list[Cell]] = {}
    for cell in report.cells:
        if cell.table == "disclosures" and cell.state == BLANK and not (cell.as_written or "").strip():
            rows.setdefault((cell.row, cell.line), []).append(cell)
    for (row, line), cells in rows.items():
        _unknown_with_warning(report, cells, "ocr_blank_unwritten", f"table 2 {row}: nothing written in "
                              f"{', '.join(cell.column for cell in cells)}, in text an OCR wrote, which drops a lone "
                              "narrow figure: not known to be blank, unknown", line or None)


def unknown_where_an_amount_may_wrap(report: ParsedReport, lines: list[str]) -> None:
    """An amount of table 2 (万元, to six decimals) wraps over lines in its narrow cell, and tesseract reads each
    line of a cell apart, so the piece on the row's line is not the whole figure (`37.3` over `209 万元` for
    37.3209, `大民币2` over `9.895859` for 29.895859): an amount whose row has, on the next line before or after
    it (past empty ones), a figure no cell was read from is unknown, with a warning."""
    read_from = {cell.line for cell in report.cells}
    pieces = None  # lines holding a piece of a figure alone, found once, for the first amount beside none
    for cell in report.cells:
        if cell.table != "disclosures" or cell.state != VALUE or not cell.column.endswith("_wan_yuan") or not cell.line:
            continue
        beside = [_next_filled(lines, cell.line - 1, step) for step in (-1, 1)]
        if any(at is not None and at + 1 not in read_from and _DIGIT_RE.search(lines[at]) for at in beside):
            _unknown_with_warning(report, (cell,), "ocr_amount_wrapped", f"table 2 {cell.row}.{cell.column}: "
                                  f"{cell.as_written or cell.value} beside a line of figures no cell was read from, in "
                                  "text an OCR wrote, which reads a wrapped cell's lines apart: not known to be the "
                                  "whole amount, unknown", cell.line)
            continue
        if pieces is None:
            pieces = [(at, match) for at, line in enumerate(lines) if at + 1 not in read_from
                      and (match := _FIGURE_PIECE_RE.fullmatch(line.strip()))]
        written = _AMOUNT_WRITTEN_RE.search(cell.as_written or "")
        if written is None or _UNIT_AFTER_RE.match(cell.as_written or "", written.end()):
            continue  # a unit closes the figure as written
        joined = [at for at, piece in pieces if _continues_an_amount(written.group(), piece)]
        if joined:
            _unknown_with_warning(report, (cell,), "ocr_amount_wrapped", f"table 2 {cell.row}.{cell.column}: "
                                  f"{cell.as_written or cell.value}, in text an OCR wrote, which may set a wrapped "
                                  f"cell's next line elsewhere on the page: line {joined[0] + 1} holds a piece of a "
                                  "figure alone that would continue it: not known to be the whole amount, unknown",
                                  cell.line)


# a line of a figure's piece alone (`0.163309`, `5455 万元`): a wrapped cell's next line, which tesseract may set
# apart from its row (a block of its own on the page)
_FIGURE_PIECE_RE = re.compile(r"(?P<figure>\d+(?:\.\d+)?)\s*(?P<unit>万元|元)?")
_AMOUNT_WRITTEN_RE = re.compile(r"\d+(?:\.\d*)?")
_UNIT_AFTER_RE = re.compile(r"\s*万?元")


def _continues_an_amount(written: str, piece: re.Match) -> bool:
    """Whether the amount as written and the piece after it make one decimal figure, the piece's decimal point
    or unit showing it an amount's piece (a figure alone, `22`, is a page's number or another table's cell)."""
    figure = piece.group("figure")
    return ("." in figure or piece.group("unit") is not None) and (written + figure).count(".") == 1


def unknown_where_a_ruling_may_lead(report: ParsedReport, lines: list[str]) -> None:
    """A figure of table 2 opening on `1` right after a quote (`行政处罚 “10`): the quote is a speck beside a
    ruling the OCR read, and the `1` after it may be that ruling as well as a digit (0 or 10): no rule of
    table 2 tells which, so it is unknown, with a warning."""
    for cell in report.cells:
        if cell.table != "disclosures" or cell.state != VALUE or not cell.line or \
                not (written := cell.as_written or "").startswith("1") or len(written) < 2:
            continue
        if re.search(rf"[“”\"]{re.escape(written)}(?![\d.])", lines[cell.line - 1]):
            _unknown_with_warning(report, (cell,), "ocr_ruling_or_digit", f"table 2 {cell.row}.{cell.column}: {written} "
                                  "after a quote, in text an OCR wrote: its `1` may be a ruling read beside the quote, "
                                  "unknown", cell.line)


def unknown_where_a_sign_may_be_lost(report: ParsedReport, lines: list[str]) -> None:
    """A change of table 2 (`本年增/减`, signed) with no sign written, where tesseract may have read its sign as
    part of a glyph: a `+` as a `1` before the figure (`+3` as `13`), or a `-1` as one glyph `工` (the dash
    taken for its top bar) that the reader takes for a 1. Such a change is unknown, with a warning, unless
    the row's own 本年项目数量 proves it (DISCLOSURE_CHANGE: current less previous)."""
    for cell in report.cells:
        if cell.table != "disclosures" or cell.column not in L.SIGNED_METRICS or cell.state != VALUE \
                or not cell.line or not (written := (cell.as_written or "").strip()).isdigit():
            continue
        words = re.split(r"[\s|｜]+", lines[cell.line - 1])
        if len(written) >= 2 and written.startswith("1"):
            why = f"{written}: its `1` may be a `+` an OCR read as a digit"
        elif written == "1" and written not in words and any(word in _ONE_LOOK_ALIKES for word in words):
            why = f"{written} read from a glyph like a 1 (`工`): an OCR reads `-1` so"
        else:
            continue
        if _change_proven(report, cell):
            continue
        _unknown_with_warning(report, (cell,), "ocr_sign_lost", f"table 2 {cell.row}.{cell.column}: {why}, in text "
                              "an OCR wrote, and no 本年项目数量 proves it: unknown", cell.line)




# the glyphs the reader takes for a 1, each a word of its own (rows.digit_look_alikes)
_ONE_LOOK_ALIKES = frozenset(ONE_LOOK_ALIKES)


def unknown_where_a_figure_read_as_a_glyph(report: ParsedReport, lines: list[str]) -> None:
    """A row of table 2 whose line holds, between its figures, a Han glyph that is no blank mark, no sign (`十1`)
    no unit and no digit's look-alike (`行政处罚  26  本  50`, for 26 | +1 | 90): tesseract read a figure of the row as a
    glyph, so it misread that line's figures, and which column each figure read stands in hangs on the one it
    lost: the row's figures are unknown, with a warning."""
    for key, cells in report.cells_by_row("disclosures").items():
        line = next((cell.line for cell in cells if cell.state == VALUE and cell.line), None)
        if line is None:
            continue
        words = [word for word in re.split(r"[\s|｜]+", lines[line - 1]) if word]
        figures = [i for i, word in enumerate(words) if _DIGIT_WORD_RE.search(word)]
        glyphs = [word for word in words[figures[0] + 1 : figures[-1]] if _HAN_RE.search(word)
                  and not _DIGIT_WORD_RE.search(word) and word not in L.BLANK_TOKENS and word not in _ONE_LOOK_ALIKES
                  and not _UNIT_AFTER_RE.fullmatch(word)] if figures else []
        if glyphs:
            _unknown_with_warning(report, [cell for cell in cells if cell.state == VALUE], "ocr_figure_as_glyph",
                                  f"table 2 {key}: {glyphs[0]!r} between its figures, in text an OCR wrote: a figure "
                                  "read as a glyph, so the line's figures are misread or misplaced, unknown", line)


_DIGIT_WORD_RE = re.compile(r"\d")
_HAN_RE = re.compile(r"[\u4e00-\u9fff]")


def _change_proven(report: ParsedReport, change: Cell) -> bool:
    """Whether the row's 本年项目数量 less its 上一年项目数量, both read, is the change as read."""
    row = {cell.column: cell for cell in report.cells if cell.table == "disclosures" and cell.row == change.row}
    current, previous = row.get("current_year_count"), row.get("previous_year_count")
    return current is not None and previous is not None and current.state == previous.state == VALUE \
        and current.value - previous.value == change.value


def _next_filled(lines: list[str], at: int, step: int) -> int | None:
    """The index of the first line past `at` (by `step`) holding any text, or None."""
    at += step
    while 0 <= at < len(lines):
        if lines[at].strip():
            return at
        at += step
    return None


def unknown_where_placed_by_order(report: ParsedReport, lines: list[str]) -> None:
    """A row of table 3 whose line, and the lines round it (a label wrapped round its figures), hold no two glyphs in a row of
    its own label's words (`六及二，  0 |0 0 …` read as 1.属于国家秘密, `(七) 总计` as 四、结转下年度继续办理)
    was placed by its order among the rows alone; tesseract loses and garbles a table's lines, so that order
    proves nothing of it: its cells are unknown, with a warning."""
    for key, cells in report.cells_by_row("applications").items():
        line = next((cell.line for cell in cells if cell.state != UNKNOWN and cell.line), None)
        if line is None or key not in L.APPLICATION_ROWS:
            continue
        window = L.squash(" ".join(lines[max(line - 2, 0) : line + 1]))
        pairs = {word[i : i + 2] for word in L.APPLICATION_ROWS[key][0] for i in range(len(word) - 1)}
        if any(pair in window for pair in pairs):
            continue
        _unknown_with_warning(report, cells, "ocr_row_unnamed", f"table 3 {key}: its line names none of its label's "
                              "words, in text an OCR wrote, which loses and garbles a table's lines: not known to be "
                              "its row, unknown", line)


def unknown_where_read_off_several_lines(report: ParsedReport) -> None:
    """A row of table 3 whose cells were read off two lines or more (`总计  197  0  0  205` and, below it, the next
    row's `西、绩转下年  5 |10 0  4`, its label garbled): tesseract writes each row of a ruled table on a line of
    its own, so the later line's figures are another row's, lost or garbled: its cells are unknown, with a warning."""
    for key, cells in report.cells_by_row("applications").items():
        if len({cell.line for cell in cells if cell.state != UNKNOWN and cell.line}) < 2:
            continue
        _unknown_with_warning(report, cells, "ocr_row_over_lines", f"table 3 {key}: its cells read off several lines, "
                              "in text an OCR wrote, which writes a row on a line of its own: some may be another "
                              "row's, unknown", cells[0].line)


def unknown_where_a_sum_breaks(report: ParsedReport) -> None:
    """A row of table 3 whose figures break its total = its parts (APP_APPLICANT_SUM), or a proceeding of
    table 4 breaking REVIEW_SUM, holds a figure the OCR misread (a ruling's `1` glued to one, `128` for 28;
    a figure lost and a ruling read as `1` in its place), and nothing says which: every cell of it unknown,
    with a warning (table 3's rows are then read again with their `1`s possibly rulings)."""
    from ..core.rules import FAILED, rules_with_cells

    for result, cells in rules_with_cells(report):
        if result.status != FAILED or result.rule_id not in ("APP_APPLICANT_SUM", "REVIEW_SUM"):
            continue
        _unknown_with_warning(report, cells, "ocr_sum_breaks", f"{cells[0].table} {result.scope}: its figures break "
                              f"{result.rule_id} ({result.message}) in text an OCR wrote, which misreads a figure or a "
                              "ruling for one: unknown", cells[0].line or None)


def unknown_where_placed_under_a_cut_header(report: ParsedReport) -> None:
    """Table 3 read as a page cut at its edge, its header showing the first applicant columns only and every
    row as many figures (`columns_cut`): in text an OCR wrote, the header's other words may be lost to the
    OCR and the figures stand in any columns (a table leaving its blanks empty prints a row's few figures
    where they fall), so each row holding a figure is unknown (a row printing nothing is read as before)."""
    if not any(w.code == "columns_cut" and w.message.startswith("table 3: the header shows its first")
               for w in report.warnings):
        return
    rows = report.cells_by_row("applications")
    for key, cells in rows.items():
        if any(cell.state == VALUE for cell in cells):
            _unknown_with_warning(report, cells, "ocr_columns_unproven", f"table 3 {key}: its figures placed in the "
                                  "first columns of a header taken for cut at the page's edge, in text an OCR wrote, "
                                  "which may have lost the header's other words: not known to stand there, unknown",
                                  cells[0].line or None)


def unknown_where_other_unread(report: ParsedReport) -> None:
    """A 2021 table 3 prints （六）其他处理 as one row or as its three sub-rows. Where not one cell of either was
    read (an OCR's text losing the row's label and figures), nothing says which the report printed: the one
    row is unknown too, beside its sub-rows, rather than left out as if the report printed the sub-rows."""
    from .template import OTHER_SUB_ROWS

    if report.template != "2021" or "applications" not in report.tables_found:
        return
    rows = {cell.row: cell for cell in report.cells if cell.table == "applications"
            and (cell.row == "other" or cell.row in OTHER_SUB_ROWS)}
    if "other" in rows or not rows or any(cell.state != UNKNOWN for cell in rows.values()):
        return
    report.cells.extend(Cell("applications", "other", column, None, UNKNOWN, None) for column in L.APPLICANT_KEYS)
    report.warn("missing_row", "table 3: （六）其他处理 read neither as one row nor as its three sub-rows in text an "
                "OCR wrote: whichever the report printed, its cells are unknown")


def unknown_where_no_figure_was_read(report: ParsedReport) -> None:
    """Table 3's rows read blank for nothing written after their labels, where not one row of the table was read
    with a figure: tesseract then lost the table's grid of figures (written apart as marks, dropped as lines,
    `1`s taken for rulings), so nothing after a label says nothing of its row: those rows are unknown, with a
    warning (a table whose figures were read elsewhere keeps its blank rows: the OCR is seen reading its cells)."""
    cells = [cell for cell in report.cells if cell.table == "applications"]
    if any(cell.state in (VALUE, RECOVERED) for cell in cells):
        return
    blank = [cell for cell in cells if cell.state == BLANK and not (cell.as_written or "").strip()]
    rows = list(dict.fromkeys(cell.row for cell in blank))  # in the order read, each once
    if rows:
        _unknown_with_warning(report, blank, "ocr_blank_unproven", f"table 3: {len(rows)} row(s) with nothing written "
                              f"after their labels ({', '.join(rows[:5])}{' …' if len(rows) > 5 else ''}), where no "
                              "row of the table was read with a figure, in text an OCR wrote: the OCR lost the table's "
                              "figures, so these are not known to be blank, unknown", None)


def unknown_where_an_article_unread(report: ParsedReport) -> None:
    """Table 2's cells under an article whose heading the OCR garbled past reading (`第二十条第〈《八) 项`): the
    table prints every article of its template, so its cells are unknown rather than left out, with a warning."""
    columns = L.TEMPLATE_DISCLOSURE_COLUMNS.get(report.template or "", {})
    if "disclosures" not in report.tables_found or not columns:
        return
    read = {(cell.row, cell.column) for cell in report.cells if cell.table == "disclosures"}
    unread = [(item, metric) for item, (article, _, templates) in L.DISCLOSURE_ITEMS.items()
              if report.template in templates for metric in columns.get(article, ()) if (item, metric) not in read]
    if not unread:
        return
    report.cells.extend(Cell("disclosures", item, metric, None, UNKNOWN, None) for item, metric in unread)
    report.warn("missing_cells", f"table 2: {len(unread)} cell(s) of the {report.template} template under an article "
                "heading not read in text an OCR wrote "
                f"({', '.join(f'{i}.{m}' for i, m in unread[:6])}{' …' if len(unread) > 6 else ''}); unknown")


def unknown_where_misread(report: ParsedReport) -> None:
    """Each figure the rules single out as misread (module docstring) becomes unknown, with a warning."""
    from ..core.rules import FAILED, PASSED, rules_with_cells
    results = rules_with_cells(report)
    confirmed = {id(cell) for result, cells in results if result.status == PASSED for cell in cells}
    failing: dict[int, list] = {}
    rules_of: dict[int, int] = {}
    for result, cells in results:
        for cell in cells:
            rules_of[id(cell)] = rules_of.get(id(cell), 0) + 1
            if result.status == FAILED:
                failing.setdefault(id(cell), []).append(cells)
    misread = []
    for cell in report.cells:
        rules = failing.get(id(cell), [])
        if cell.state != VALUE or id(cell) in confirmed or len(rules) < 2 or len(rules) != rules_of[id(cell)]:
            continue
        if all(id(other) in confirmed for cells in rules for other in cells if other is not cell):
            misread.append(cell)
    for cell in misread:
        _unknown_with_warning(report, (cell,), "ocr_misread", f"{cell.table} {cell.row}.{cell.column}: "
                              f"{cell.as_written or cell.value} breaks every rule it sits in, whose other figures "
                              "other rules confirm, in text an OCR wrote: misread, unknown", cell.line)


# the figures closing a line, rulings read as bars among them (look-alikes already read as digits)
_FIGURE_TAIL_RE = re.compile(r"(?<![\d.])[\d|｜][\d\s|｜]*$")


def ruled_readings(texts: list[str], width: int, holds=R.applicant_sum_holds) -> list[R.Reading] | None:
    """Every reading of the row's figure runs as `width` whole figures keeping its sum, where each `1`
    in a run of several digits is a digit or a ruling line (a cut). The rulings are the only cuts: a
    run left between two of them is one figure (`010` is no figures 0, 1, 0: that would take a lost
    separator beside a ruling read, and a cell the OCR lost is then filled by a ruling's `1`).
    A ruling may also come out as a `1` and a second glyph beside it (`41`, `19`, `13`: the same
    column's border read so in row after row): a digit beside a `1` read as a ruling may be part of
    that ruling (`ruling_specks`). Each run's readings are found apart (at most MAX_RULING_VARIANTS
    ways a run), then joined run by run while they leave no more than `width` figures. None: too
    many ways. `holds`: the row's own rule (table 4: REVIEW_SUM)."""
    runs = []
    for text in filter(None, texts):  # re.split leaves an empty text at a leading or trailing bar
        found = _run_readings(text)
        if found is None:
            return None
        runs.append(found)
    readings: set[R.Reading] = set()
    steps = 0

    def join(run: int, figures: tuple[str, ...]) -> bool:  # False: past the bound
        nonlocal steps
        steps += 1
        if steps > MAX_JOIN_STEPS:
            return False
        if run == len(runs):
            if len(figures) == width:
                reading = tuple(Decimal(figure) for figure in figures)
                if holds(reading):
                    readings.add(reading)
            return True
        return all(join(run + 1, figures + more) for more in runs[run] if len(figures) + len(more) <= width)

    if not join(0, ()):
        return None
    return sorted(readings, key=R._order) if len(readings) <= R.MAX_CANDIDATES else None


# runs' readings joined (one step a partial row tried): a bound on the work for a row of many ruled runs
MAX_JOIN_STEPS = 1 << 14


def _run_readings(text: str) -> set[tuple[str, ...]] | None:
    """The figures one run may stand for: each `1` of a run of several digits a digit or a ruling, a
    speck beside a `1` cut with it or kept; only whole counts. None: more ways than the bound."""
    if len(text) < 2:
        return {(text,)} if _WHOLE_COUNT_RE.fullmatch(text) else set()
    ones = [i for i, ch in enumerate(text) if ch == "1"]
    specks = ruling_specks(text)
    if 1 << (len(ones) + len(specks)) > R.MAX_RULING_VARIANTS:
        return None
    found: set[tuple[str, ...]] = set()
    for choice in product((False, True), repeat=len(ones)):
        cut = _cut_at(text, compress(ones, choice))  # the `1`s chosen as rulings
        # a speck goes with a ruling beside it: tried both ways only where one of its `1`s is cut
        beside = [i for i in specks if any(0 <= j < len(cut) and cut[j] == " " for j in (i - 1, i + 1))]
        for removed in product((False, True), repeat=len(beside)):  # each speck taken with its ruling or not
            chars = _cut_at(cut, compress(beside, removed))
            figures = tuple("".join(chars).split())
            # a ruling's glyphs glued to figures, never a word of their own (`31` is a figure, or a 3 and a ruling)
            if any(removed) and not figures:
                continue
            if all(_WHOLE_COUNT_RE.fullmatch(figure) for figure in figures):
                found.add(figures)
    return found


def _cut_at(glyphs: Sequence[str], places: Iterable[int]) -> list[str]:
    """The glyphs, those at `places` cut out (a space: a ruling read as a glyph parts the figures round it)."""
    cut = list(glyphs)
    for i in places:
        cut[i] = " "
    return cut


def ruling_specks(text: str) -> list[int]:
    """The position of each digit 2–9 of a run that stands beside a `1`: where that `1` is a ruling
    line, the digit may be a second glyph of the same ruling."""
    return [i for i, ch in enumerate(text) if ch in "23456789" and "1" in (text[i - 1 : i] + text[i + 1 : i + 2])]


_WHOLE_COUNT_RE = re.compile(rf"0|[1-9]\d{{0,{R.MAX_COUNT_DIGITS - 1}}}")


def rulings_read_again(report: ParsedReport, lines: list[str], built: Sequence[Row] = ()) -> None:
    """Table 3's rows left wholly unknown on a line whose figures close it: read again with the
    `1`s of their runs possibly rulings (module docstring). A row the column rules leave one
    reading joins the rows read cleanly as the others are tried again (the rows that settle the
    balance first, then the outcome rows that sum to the total it gives); rows still open are
    narrowed together (`recovery.settle_table`)."""
    width = len(L.APPLICANT_KEYS)
    rows, context = _table_3(report)
    outcomes = L.outcome_rows(report.template if report.template in ("2019", "2021") else "2019")
    found: dict[str, tuple[list, str, list[R.Reading]]] = {}
    for key, cells, printed in _unknown_rows_closing_on_figures(report, rows, lines, built):
        readings = ruled_readings(re.split(r"[\s|｜]+", printed), width)
        if readings:
            found[key] = (cells, printed, readings)
    candidates: dict[str, list[R.Reading]] = {}
    R.settle_by_columns({key: readings for key, (_, _, readings) in found.items()}, candidates, context, outcomes)
    for key, (cells, printed, _) in found.items():
        readings = candidates[key]
        common = R.common_cells(readings) if readings else {}
        if not common:
            continue
        shown = {L.APPLICANT_KEYS[c]: None if v is None else int(v) for c, v in common.items()}
        _mark_recovered(report, cells, common, printed, (f"applications {key}:", f"table 3 {key}:"),
                        f"applications {key}: a ruled table's lines read as `1`s among its figures ({printed}): "
                        f"{len(readings)} reading(s) with each `1` a digit or a ruling keep the rules, all with "
                        f"{shown}: those marked recovered, the others unknown")


def _mark_recovered(report: ParsedReport, cells: list, common: dict[int, Decimal | None], printed: str,
                    rows: tuple[str, ...], message: str) -> None:
    """The cells every reading reads alike (`common`, by their place in `cells`, all on one line) marked
    recovered, as written `printed`; the `cells_ran_together` warnings of these rows (`rows`: how their
    warnings open) dropped, not those of other rows sharing the line (a crawl's rows on one line); and
    `message` warned as `cells_recovered`."""
    line = cells[0].line
    report.warnings = [w for w in report.warnings
                       if not (w.code == "cells_ran_together" and w.line == line and w.message.startswith(rows))]
    report.warn("cells_recovered", message, line)
    for c, cell in enumerate(cells):
        if c in common:
            cell.value, cell.state, cell.as_written = common[c], RECOVERED, printed


def _table_3(report: ParsedReport) -> tuple[dict[str, list], dict[str, R.Reading | None]]:
    """Table 3's cells by row, and the rows read cleanly (every cell a value or blank) as readings."""
    rows = report.cells_by_row("applications")
    width = len(L.APPLICANT_KEYS)
    return rows, {key: tuple(c.value for c in cells) for key, cells in rows.items()
                  if len(cells) == width and all(c.state in ("value", "blank") for c in cells)}


def _unknown_rows_closing_on_figures(report: ParsedReport, rows: dict[str, list], lines: list[str],
                                     built: Sequence[Row]):
    """(key, cells, the figures closing its row) of each row of table 3 left wholly unknown on one line.
    Only a line holding that one row (`built`: table 3's rows as read from the text): where several rows
    share a line (a crawl's spaced figures), the figures closing the line are another row's. Not a row the
    reader left unknown because the line may be another row's (a `figures_apart` warning: its label apart
    from the line, a missing row's label beside it; or an OCR's line naming none of its label's words, placed by
    order alone): no figure there is proven its own, lost or not."""
    apart = tuple(warning.message for warning in report.warnings if warning.code in ("figures_apart", "ocr_row_unnamed"))
    keys_on: dict[int, set[str]] = {}
    for key, cells in rows.items():
        for cell in cells:
            keys_on.setdefault(cell.line, set()).add(key)
    rows_on: dict[int, list[Row]] = {}
    for row in built:
        rows_on.setdefault(row.line, []).append(row)
    for key, cells in rows.items():
        line = cells[0].line
        if len(cells) != len(L.APPLICANT_KEYS) or not line or any(c.state != UNKNOWN or c.line != line for c in cells):
            continue
        if len(keys_on[line]) > 1 or len(rows_on.get(line, ())) != 1 \
                or any(message.startswith(f"table 3 {key}:") for message in apart):
            continue
        # the line up to the row's own last cell: text after it (a next section run onto the line) is not the row's
        text, last = digit_look_alikes(lines[line - 1]), rows_on[line][0].cells[-1].text.split()
        # the row's last cell as the line prints it (a bar read as a ruling may stand for a space in it)
        found = [*re.finditer(r"[\s|｜]+".join(map(re.escape, last)), text)] if last else []
        if not found:
            continue
        tail = _FIGURE_TAIL_RE.search(text[: found[-1].end()].rstrip())
        if tail is not None:
            yield key, cells, tail.group().strip()


def review_rulings_read_again(report: ParsedReport, lines: list[str]) -> None:
    """Table 4 left wholly unknown on the one line its 15 figures close: read again with the `1`s of
    its runs possibly rulings, as table 3's rows are; the cells every reading keeping REVIEW_SUM reads
    alike are recovered, the others stay unknown (a table as printed breaking REVIEW_SUM has no such
    reading: it stays unknown)."""
    cells = [cell for cell in report.cells if cell.table == "reviews"]
    width = len(L.PROCEEDING_KEYS) * len(L.REVIEW_OUTCOME_KEYS)
    line = cells[0].line if cells else None
    if len(cells) != width or not line or any(c.state != UNKNOWN or c.line != line for c in cells):
        return
    tail = _FIGURE_TAIL_RE.search(digit_look_alikes(lines[line - 1]).rstrip())
    if tail is None:
        return
    printed = tail.group().strip()
    readings = ruled_readings(re.split(r"[\s|｜]+", printed), width, R.review_sums_hold)
    common = R.common_cells(readings) if readings else {}
    if not common:
        return
    order = {(p, o): i for i, (p, o) in enumerate((p, o) for p in L.PROCEEDING_KEYS for o in L.REVIEW_OUTCOME_KEYS)}
    _mark_recovered(report, sorted(cells, key=lambda cell: order[(cell.row, cell.column)]), common, printed,
                    ("reviews ", "table 4:"),
                    f"reviews table 4: a ruled table's lines read as `1`s among its figures ({printed}): "
                    f"{len(readings)} reading(s) with each `1` a digit or a ruling keep REVIEW_SUM; the {len(common)} "
                    "cells they read alike marked recovered, the others unknown")


def lost_cells_placed(report: ParsedReport, lines: list[str], built: Sequence[Row] = ()) -> None:
    """Table 3's rows left wholly unknown whose line closes on one whole figure fewer than the table's
    columns, in a table that prints every cell (each row read cleanly holds a figure in every column,
    its zeros printed): one figure was lost (an OCR that missed it, a column cut at the page's edge).
    Each place it may have stood is tried, the row's other figures in order round it, where
    APP_APPLICANT_SUM can still hold (a lost part is the total less the others, never below 0); the
    placements the column rules keep, with the rows read cleanly, settle the cells they all read
    alike (recovered). The lost figure itself is never written: it stays unknown, as do the cells
    the placements disagree on (`142 1 0 0 0 0`: a total lost, since 0 cannot total 142 and 1). A row
    that a lost separator explains as well (its figures split into the table's width keeping its sum)
    is left as it is. A row of zeros only, as many as the columns, lost separators only: every cell 0.
    Only where every column rule the row stands in was checked (each other row of it read): a placement
    always keeps the row's own sum, so a rule left out checks nothing and the row stays unknown."""
    if "applications" not in report.tables_of_unknown_cells():
        return  # most reports: every cell read
    width = len(L.APPLICANT_KEYS)
    rows, context = _table_3(report)
    # a table that prints its zeros: no blank among the rows read cleanly, and enough of them to say so
    if len(context) < MIN_ROWS_PRINTING_ZEROS or any(None in reading for reading in context.values()):
        return
    found: dict[str, tuple[list, str, str, dict[R.Reading, set[int]]]] = {}  # cells, printed, why, lost places
    for key, cells, printed in _unknown_rows_closing_on_figures(report, rows, lines, built):
        figures = re.split(r"[\s|｜]+", printed)
        if set("".join(figures)) == {"0"} and len("".join(figures)) == width:
            # `0 0 0 oo oo`: zeros whose separators were lost, as many as the columns (no count has a
            # leading zero): every cell 0, wherever the gaps were
            found[key] = (cells, printed, "zeros run together, as many as the columns", {(Decimal(0),) * width: set()})
            continue
        if len(figures) != width - 1 or not all(_WHOLE_COUNT_RE.fullmatch(f) for f in figures):
            continue
        # a row whose figures some lost separator splits into the table's width keeping its sum may
        # have run two cells together rather than lost one (`0 140 1 0 1 16`): not placed
        split = R.row_candidates(figures, width)
        if split is None or any(map(R.applicant_sum_holds, split)):
            continue
        placements = _placements_of_a_lost_cell([Decimal(f) for f in figures])
        if placements:
            why = f"{width - 1} figures for {width} columns in a table that prints every cell: one figure lost"
            found[key] = (cells, printed, why, placements)
    if not found:
        return
    outcomes = L.outcome_rows(report.template if report.template in ("2019", "2021") else "2019")
    candidates: dict[str, list[R.Reading]] = {}
    R.settle_by_columns({key: list(placements) for key, (_, _, _, placements) in found.items()}, candidates, context,
                        outcomes)
    tried = [key for key, kept in candidates.items() if kept]  # rows settled together, each with a reading
    for key, (cells, printed, why, placements) in found.items():
        # placing the lost figure always keeps APP_APPLICANT_SUM: only the column rules check a placement
        kept = (candidates.get(key) or []) if R.rules_checked(key, context, outcomes, tried) else []
        lost = set().union(*(placements[reading] for reading in kept)) if kept else set()
        common = {c: v for c, v in (R.common_cells(kept) if kept else {}).items() if c not in lost}
        if not common:
            continue
        shown = {L.APPLICANT_KEYS[c]: int(v) for c, v in common.items()}
        _mark_recovered(report, cells, common, printed, (f"applications {key}:", f"table 3 {key}:"),
                        f"applications {key}: {why} ({printed}); {len(kept)} reading(s) keep the rules, all with "
                        f"{shown}: those marked recovered, a lost figure and the others unknown")


# rows read cleanly, none blank, that show a table prints every cell (a table 3 has 23–26 rows)
MIN_ROWS_PRINTING_ZEROS = 6


def _placements_of_a_lost_cell(figures: list[Decimal]) -> dict[R.Reading, set[int]]:
    """Each full row the figures make with one cell lost at some place (the figures in order round it),
    the lost cell the one value APP_APPLICANT_SUM gives it (never below 0), and the places that give it."""
    found: dict[R.Reading, set[int]] = {}
    for at in range(len(figures) + 1):
        row = [*figures[:at], None, *figures[at:]]
        parts, total = row[:-1], row[-1]
        if at == len(figures):
            row[at] = sum(figures, Decimal(0))
        else:
            row[at] = total - sum((v for v in parts if v is not None), Decimal(0))
            if row[at] < 0:
                continue
        found.setdefault(tuple(row), set()).add(at)
    return found
