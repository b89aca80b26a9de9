"""Reading one table cell: a count, a signed change or an amount, or blank, or unreadable.

A cell is never guessed: text that is not a clean number of the expected kind comes back as
`unknown` with the problem named, and the caller records a warning.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from decimal import Decimal
from functools import lru_cache

from ..core.labels import BLANK_TOKENS, UNIT_FACTORS_TO_WAN_YUAN, UNIT_SHORT_NAMES, UNIT_WORDS, normalize_text

VALUE = "value"
BLANK = "blank"
UNKNOWN = "unknown"
NARRATIVE = "narrative"
# A cell whose figure ran together with its neighbours in the source (`200 000121`) and was split
# back only because the template's rules left exactly one way to do it: a value, but never
# evidence that a rule passes (rules.py).
RECOVERED = "recovered"
# A figure read by OCR that the rules could not confirm: a rule it sits in fails or cannot be
# evaluated, it sits in no rule, or the recogniser was unsure of it (ocr.py). Shown as read,
# never a value and never evidence that a rule passes.
OCR_UNVERIFIED = "ocr_unverified"
# Every cell_state, in the order the dbt var `gdw_cell_states` and the GX structure suites list them.
CELL_STATES = (VALUE, BLANK, UNKNOWN, NARRATIVE, RECOVERED, OCR_UNVERIFIED)

_NUMBER_RE = re.compile(r"([+-]?)(\d+(?:\.\d+)?)")
UNIT_PATTERN = "(?:" + "|".join(UNIT_WORDS) + ")"
_UNIT_RE = re.compile(rf"[（(\[【]?({UNIT_PATTERN})[）)\]】]?")
# `2 0`: a lost separator, or a space inside a number
RUN_TOGETHER_RE = re.compile(r"\d\s+[+-]?\d")
_LEADING_ZERO_RE = re.compile(r"0\d")
# a measure word a count may carry (`3批`, `2笔`), longest first: one a count, never two (`3次批`)
MEASURE_WORDS = ("批次", "件", "条", "个", "项", "次", "笔", "宗", "批")
# Longer than any count or amount a report prints (a row's cells run together, or garbage); read
# as unknown before any conversion (int() refuses strings past 4,300 digits).
MAX_FIGURE_DIGITS = 15


@dataclass(frozen=True)
class CellRead:
    state: str  # VALUE | BLANK | UNKNOWN
    value: Decimal | None
    problem: str | None = None  # why a non-blank cell is unknown
    unit_assumed: bool = False  # an amount with no unit, read as 万元


# Cells repeat across reports (`0`, blank, the template's labels): memoized, these are most of
# the parser's time on a national season.
@lru_cache(maxsize=1 << 16)
def clean_cell_text(text: str) -> str:
    """NFKC (full-width digits, full-width spaces), no inner spaces or thousands separators."""
    text = normalize_text(text).strip()
    text = _THOUSANDS_SEPARATOR_RE.sub("", text)
    return _SPACES_RE.sub("", text)


_THOUSANDS_SEPARATOR_RE = re.compile(r"(?<=\d)[,，](?=\d{3})")
_SPACES_RE = re.compile(r"\s+")


UNDECODABLE = "\ufffd"  # U+FFFD: a byte no encoding read (formats.decode_text)
# After a figure's digits: its next digit would stand past the paper's right edge, where the PDF holds no
# glyph (pdf.py: a table laid wider than the page), so the figure may go on there. Such a cell is unknown,
# unless the table's rules give a value opening with its digits (cut_heads.py). A private-use code point: no
# glyph's text.
PERHAPS_CUT = "\U000f0000"


@lru_cache(maxsize=1 << 16)
def looks_like_value(text: str) -> bool:
    """True for cells that hold a figure or are blank, false for label text."""
    cleaned = clean_cell_text(text)
    if cleaned in BLANK_TOKENS:
        return True
    if UNDECODABLE in cleaned:  # a figure or blank that lost a byte still holds its place in the row
        return looks_like_value(cleaned.replace(UNDECODABLE, ""))  # nothing left is a blank
    if cleaned.endswith(PERHAPS_CUT):  # a figure perhaps cut at the page's edge holds its place too
        return cleaned[:-1].isdigit()
    cleaned = _UNIT_RE.sub("", cleaned).removeprefix("人民币")
    return bool(_NUMBER_RE.fullmatch(without_measure_word(cleaned)))


def without_measure_word(text: str) -> str:
    """The text without the one measure word closing it, if any."""
    return next((text[: -len(word)] for word in MEASURE_WORDS if text.endswith(word)), text)


@lru_cache(maxsize=1 << 16)
def read_count(text: str, signed: bool = False) -> CellRead:
    cleaned = clean_cell_text(text)
    if cleaned in BLANK_TOKENS:
        return CellRead(BLANK, None)
    if UNDECODABLE in cleaned:
        return CellRead(UNKNOWN, None, f"bytes that could not be decoded: {text.strip()[:40]!r}")
    if cleaned.endswith(PERHAPS_CUT):
        return CellRead(UNKNOWN, None, f"a figure the page's right edge may cut: {cleaned[:-1]!r} and perhaps "
                        "digits past the paper, which the PDF does not hold")
    if RUN_TOGETHER_RE.search(normalize_text(text)):
        # `2 0`: two figures whose separator was lost, or a space inside a number; never joined
        return CellRead(UNKNOWN, None, f"several numbers in one cell: {text.strip()!r}")
    match = _NUMBER_RE.fullmatch(without_measure_word(cleaned))
    if not match:
        return CellRead(UNKNOWN, None, f"not a number: {text.strip()[:40]!r}")
    if len(match.group(2)) > MAX_FIGURE_DIGITS:
        return CellRead(UNKNOWN, None, f"{len(match.group(2))} digits: too long for a count, figures ran together")
    if _LEADING_ZERO_RE.match(match.group(2)):
        # no office prints a count so: two figures run together (`0 0`) or a digit misread (an OCR's `00` for 66)
        return CellRead(UNKNOWN, None, f"a count with a leading zero: {text.strip()!r}")
    number = Decimal(match.group(1) + match.group(2))
    if number != number.to_integral_value():
        return CellRead(UNKNOWN, None, f"a count must be whole: {text.strip()!r}")
    if number < 0 and not signed:
        return CellRead(UNKNOWN, None, f"a count cannot be negative: {text.strip()!r}")
    return CellRead(VALUE, Decimal(int(number)))


def unit_alone(text: str) -> str | None:
    """The unit a cell holds with nothing else (`元`, `（万元）`, `万`, full-width or not), by its full
    name; None for any other text."""
    match = _UNIT_ALONE_RE.fullmatch(clean_cell_text(text))
    if not match:
        return None
    unit = next(group for group in match.groups() if group)
    return UNIT_SHORT_NAMES.get(unit, unit)


_UNIT_ALONE_RE = re.compile(rf"\(({UNIT_PATTERN})\)|\[({UNIT_PATTERN})\]|【({UNIT_PATTERN})】|({UNIT_PATTERN})")


@lru_cache(maxsize=1 << 16)  # as read_count
def read_amount_wan_yuan(text: str, unit_printed: str | None = None) -> CellRead:
    """An amount converted to 万元. The unit may stand anywhere in the cell (`12.5万元`,
    `人民币12.5万元`, `12.5（万元）`, `万元 12.5`); with none, the unit the template prints in the
    header (`unit_printed`) applies, else the number is taken as 万元 and flagged."""
    cleaned = clean_cell_text(text)
    if cleaned in BLANK_TOKENS:
        return CellRead(BLANK, None)
    units = _UNIT_RE.findall(cleaned)
    if len(units) > 1:
        return CellRead(UNKNOWN, None, f"more than one unit: {text.strip()!r}")
    number_text = _UNIT_RE.sub("", cleaned).removeprefix("人民币").removeprefix("¥").removeprefix("￥")
    match = _NUMBER_RE.fullmatch(number_text)
    if not match or RUN_TOGETHER_RE.search(normalize_text(text)) or len(match.group(2)) > MAX_FIGURE_DIGITS:
        return CellRead(UNKNOWN, None, f"not an amount: {text.strip()[:40]!r}")
    number = Decimal(match.group(1) + match.group(2))
    if number < 0:
        return CellRead(UNKNOWN, None, f"an amount cannot be negative: {text.strip()!r}")
    unit = UNIT_SHORT_NAMES.get(units[0], units[0]) if units else unit_printed
    if unit is None:
        return CellRead(VALUE, number, unit_assumed=True)
    return CellRead(VALUE, _plain(number * Decimal(str(UNIT_FACTORS_TO_WAN_YUAN[unit]))))


def _plain(number: Decimal) -> Decimal:
    """Without trailing zeros and never in exponent form: 1080万元 is 1080, not 1.08E+3 (which the
    warehouse's DECIMAL cast would misread)."""
    number = number.normalize()
    return number.quantize(Decimal(1)) if number.as_tuple().exponent > 0 else number


@lru_cache(maxsize=1 << 16)
def display_width(text: str) -> int:
    """Columns the text takes in a monospaced rendition (`pdftotext -layout`): CJK characters and
    full-width forms take two."""
    if text.isascii():
        return len(text)
    return sum(map(_CHARACTER_WIDTH.__getitem__, text))


class _CharacterWidths(dict):
    """Character → the columns it takes, each looked up in the Unicode tables once per process
    (a `-layout` report's lines hold thousands of characters, of a few hundred kinds)."""

    def __missing__(self, ch: str) -> int:
        if len(self) >= 1 << 16:  # a file of every code point must not grow a worker's memory unbounded
            self.clear()
        self[ch] = width = 2 if unicodedata.east_asian_width(ch) in "WF" else 1
        return width


_CHARACTER_WIDTH = _CharacterWidths()


def to_json_number(value: Decimal | None) -> int | float | None:
    if value is None:
        return None
    if value == value.to_integral_value():
        return int(value)
    return float(value)
