"""Table 3's total column cut at the page's edge with its name (`总` of 总计), in aligned text.

LibreOffice keeps a web page's table as wide as the page set it, and its PDF cuts the part wider than
the paper: the header shows its six applicant columns whole and 总计 as its first character, `总`, and
each row's total as its first characters (`1,` of 1,163, `55` of 553, `4` of 4). A text read from such a
PDF (`pdftotext -layout`) packs the header's words of a line one after another, so where `总` stands
says nothing; what the page proves is the order: every row's figures past the six shown columns are its
total's text, cut or whole. `tables.read_applications` places the six by the header and keeps the total's
text apart; the total is then its parts' sum (`_total_from_its_parts`), checked here against that text:

* its text the sum's leading characters (`1,` / `55` for 1,163 / 553) as the page prints figures: the sum,
  `recovered` — the cut figure is never read, and nothing on the page but the row's rule says the rest. A
  separator is a character of the text as printed (`２，６` is the head of 2,672, never of 267), and where the
  page groups thousands the sum is compared grouped (`12` is no head of 1,234), where it prints them plain,
  plain; a page that shows neither (no figure of four digits) or both proves no form, and the text must then
  be the head of the sum in each (`1` of 1,234, but not `12`);
* its text the sum itself, and narrower than the page lets a figure show (another row of the table shows
  more digits in the column): the figure ended before the edge, a `value` as printed;
* anything else (a text no leading part of the sum): `unknown`, the report does not add up or was cut
  elsewhere.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from decimal import Decimal

from ..core import labels as L
from .cells import BLANK, RECOVERED, UNKNOWN, VALUE, read_count
from .record import Cell
from .rows import RawCell, Row, cell_parts, figure_parts

TOTAL_NAME = L.APPLICANTS["total"][0]
_SPANNING = ("法人或其他组织", "申请人情况")


def names_a_cut_total(header_rows: Iterable[Row]) -> bool:
    """The header prints the total's name cut short (`总`, a word of its own) and nowhere whole."""
    words = [L.squash(part.text) for row in header_rows for whole in row.cells for part in cell_parts(whole)]
    words = [word for word in words if word and word not in _SPANNING]
    return not any(TOTAL_NAME in word for word in words) and any(
        len(word) < len(TOTAL_NAME) and TOTAL_NAME.startswith(word) for word in words)


def total_apart(values: list[RawCell], visible: list[float]) -> tuple[list[RawCell], RawCell] | None:
    """A row on the header's page: its figures but the last, and the last, when the last alone stands past
    the shown columns (by more than half a column, as `_place_under_visible_columns` asks) and on the row's
    own line; None otherwise."""
    parts = figure_parts([value for value in values if not value.is_empty])
    if not parts or any(part.x is None for part in parts):
        return None
    edge = visible[-1] + (visible[-1] - visible[-2]) / 2
    past = [part for part in parts if part.x > edge]
    if len(past) != 1 or past[0] is not parts[-1] or past[0].x < max(part.x for part in parts):
        return None
    return parts[:-1], parts[-1]


def one_a_column(parts: list[RawCell], columns: int) -> bool:
    """`parts` are a figure or blank mark for each of `columns` columns, all on one line, each read whole:
    in order, they are those columns' cells, wherever the header's words stand (`pdftotext -layout` packs
    a header line's words one after another, so their positions may stand columns off)."""
    return len(parts) == columns and len({part.line for part in parts}) == 1 \
        and not any(part.problem or read_count(part.text).state not in (VALUE, BLANK) for part in parts)


def total_wholly_cut(rows: Iterable[Row], shown: int) -> bool:
    """A table whose header shows its `shown` applicant columns, 总计 cut whole: its blank cells print a mark
    (`/`, `—`: a cell with nothing to count prints something), and no row prints more figures than the shown
    columns on a line (no total's text stands past them). Then a row printing `shown` figures on one line
    (`one_a_column`) prints its shown columns' cells, in order."""
    marked = False
    for row in rows:
        parts = figure_parts([value for value in row.values() if not value.is_empty])
        lines: dict[int, int] = {}
        for part in parts:
            lines[part.line] = lines.get(part.line, 0) + 1
            marked = marked or read_count(part.text).state == BLANK
        if any(count > shown for count in lines.values()):
            return False
    return marked


def later_row_in_order(row: Row, width: int) -> tuple[list[RawCell], RawCell] | None:
    """A row on a later page, which repeats no header: its figures in order when they are `width` on one
    line (`one_a_column`), the last its total's text, maybe cut: a page that prints every cell leaves no
    other reading. None otherwise."""
    parts = figure_parts([value for value in row.values() if not value.is_empty])
    if len(parts) != width or not one_a_column(parts[:-1], width - 1) or parts[-1].line != parts[0].line:
        return None
    return parts[:-1], parts[-1]


def _digits(text: str) -> str:
    return "".join(L.normalize_text(text).split())


def _as_printed(raw: RawCell) -> str:
    """A cut total's text as the page printed it, its separators kept (`1,23`, `２，６` as `2,6`)."""
    return _digits(raw.printed or raw.text)


_GROUPED_RE = re.compile(r"\d,")  # a digit and a separator: figures grouped by thousands (`1,234`, cut `1,`)
_PLAIN_RE = re.compile(r"\d{4}")  # four digits in a run: a figure of thousands printed plain (`1234`)


def thousands_grouped(printed: Iterable[RawCell]) -> bool | None:
    """Whether the page prints figures grouped by thousands (`1,234`: True), plain (`1234`: False), or
    either (None: no figure of four digits, or both kinds): from the texts of its table's cells, the cut
    totals' ones among them (`1,` of 1,163 shows grouping, `1234` of 12,345 shows none)."""
    grouped = plain = False
    for raw in printed:
        text = _as_printed(raw)
        grouped = grouped or bool(_GROUPED_RE.search(text))
        plain = plain or bool(_PLAIN_RE.search(text))
    return grouped if grouped != plain else None


def _as_the_page_prints(value: int, grouped: bool | None) -> list[str]:
    """Every way the page may print `value` (module doc)."""
    forms = {False: str(value), True: f"{value:,}"}
    return [forms[grouped]] if grouped is not None else list(forms.values())


def leads_the_sum(printed: RawCell, summed: int, grouped: bool | None) -> bool:
    """Whether a total's text cut at the page's edge is the leading characters of `summed` as the page prints
    it (module doc), `grouped` the table's `thousands_grouped`."""
    return all(form.startswith(_as_printed(printed)) for form in _as_the_page_prints(summed, _grouped(printed, grouped)))


def _grouped(printed: RawCell, grouped: bool | None) -> bool | None:
    """The text's own separator, or four digits in a run, says how its total printed, whatever the table."""
    return here if (here := thousands_grouped([printed])) is not None else grouped


def widest_whole_digits(printed: Iterable[RawCell]) -> int:
    """The most digits a total's text of the table shows in the cut column (texts of digits and separators;
    LibreOffice sets a table's columns alike on every page, and the paper ends at the same place): the edge
    lies past where its last digit starts, so a text of digits only, and fewer, ended before it (a separator
    only widens the text it stands in)."""
    return max((sum(map(str.isdigit, text)) for raw in printed if _FIGURE_TEXT_RE.fullmatch(text := _as_printed(raw))),
               default=0)


_FIGURE_TEXT_RE = re.compile(r"\d[\d,]*")


def total_as_printed(total: Cell, parts: list[Cell], printed: RawCell, widest: int,
                     grouped: bool | None = None) -> str | None:
    """`total` (set to its parts' sum and recovered, or left unknown) checked against its printed text in
    the cut column (module doc); `widest`: `widest_whole_digits` of its table; `grouped`: `thousands_grouped`
    of its table. Changes the cell in place and says why, when it turns unknown; else None."""
    text = _digits(printed.text)
    read = read_count(printed.text) if not printed.problem else None
    if read is not None and read.state == BLANK:
        if total.state == RECOVERED and total.value:
            total.value, total.state = None, UNKNOWN
            return f"its total printed blank ({printed.text.strip()!r}), its parts adding up to more"
        if all(cell.state in (VALUE, BLANK) for cell in parts) and not any(cell.value for cell in parts):
            total.value, total.state = None, BLANK
        return None
    whole = read is not None and read.state == VALUE and text.isdigit() and len(text) < widest
    if total.state == RECOVERED:
        summed = int(total.value)
        if whole and read.value == summed:
            total.state = VALUE
            return None
        if not whole and leads_the_sum(printed, summed, grouped):
            return None
        total.value, total.state = None, UNKNOWN
        return f"its total's text {(printed.printed or printed.text).strip()!r} is no leading part of its parts' " \
            f"sum as the page prints it ({' and '.join(_as_the_page_prints(summed, _grouped(printed, grouped)))})"
    if total.state == UNKNOWN and whole and all(cell.state in (VALUE, BLANK) for cell in parts) \
            and sum((cell.value or Decimal(0) for cell in parts), Decimal(0)) == read.value:
        total.value, total.state = read.value, VALUE
    return None
