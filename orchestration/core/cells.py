"""Reading one table cell: a count, a signed change or an amount, or blank, or unreadable.

A cell is never guessed: text that is not a clean number of the expected kind comes back as
`unknown` with the problem named, and the caller records a warning.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from functools import lru_cache

from .labels import BLANK_TOKENS, UNIT_FACTORS_TO_WAN_YUAN, normalize_text

VALUE = "value"
BLANK = "blank"
UNKNOWN = "unknown"
NARRATIVE = "narrative"

_NUMBER_RE = re.compile(r"([+-]?)(\d+(?:\.\d+)?)")
_AMOUNT_RE = re.compile(r"([+-]?)(\d+(?:\.\d+)?)(亿元|万元|元)?")
_COUNT_SUFFIXES = ("件", "条", "个", "项", "次")


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
    text = re.sub(r"(?<=\d)[,，](?=\d{3})", "", text)
    return re.sub(r"\s+", "", text)


@lru_cache(maxsize=1 << 16)
def looks_like_value(text: str) -> bool:
    """True for cells that hold a figure or are blank, false for label text."""
    cleaned = clean_cell_text(text)
    if cleaned in BLANK_TOKENS:
        return True
    cleaned = cleaned.removesuffix("万元").removesuffix("亿元").removesuffix("元")
    cleaned = cleaned.rstrip("".join(_COUNT_SUFFIXES))
    return bool(_NUMBER_RE.fullmatch(cleaned))


def read_count(text: str, signed: bool = False) -> CellRead:
    cleaned = clean_cell_text(text)
    if cleaned in BLANK_TOKENS:
        return CellRead(BLANK, None)
    for suffix in _COUNT_SUFFIXES:
        cleaned = cleaned.removesuffix(suffix)
    match = _NUMBER_RE.fullmatch(cleaned)
    if not match:
        return CellRead(UNKNOWN, None, f"not a number: {text.strip()!r}")
    number = Decimal(match.group(1) + match.group(2))
    if number != number.to_integral_value():
        return CellRead(UNKNOWN, None, f"a count must be whole: {text.strip()!r}")
    if number < 0 and not signed:
        return CellRead(UNKNOWN, None, f"a count cannot be negative: {text.strip()!r}")
    return CellRead(VALUE, Decimal(int(number)))


def read_amount_wan_yuan(text: str) -> CellRead:
    """An amount converted to 万元; a bare number is taken as 万元 and flagged."""
    cleaned = clean_cell_text(text)
    if cleaned in BLANK_TOKENS:
        return CellRead(BLANK, None)
    match = _AMOUNT_RE.fullmatch(cleaned)
    if not match:
        return CellRead(UNKNOWN, None, f"not an amount: {text.strip()!r}")
    try:
        number = Decimal(match.group(1) + match.group(2))
    except InvalidOperation:  # pragma: no cover - the regex admits only decimals
        return CellRead(UNKNOWN, None, f"not an amount: {text.strip()!r}")
    if number < 0:
        return CellRead(UNKNOWN, None, f"an amount cannot be negative: {text.strip()!r}")
    unit = match.group(3)
    if unit is None:
        return CellRead(VALUE, number, unit_assumed=True)
    return CellRead(VALUE, (number * Decimal(str(UNIT_FACTORS_TO_WAN_YUAN[unit]))).normalize())


def to_json_number(value: Decimal | None) -> int | float | None:
    if value is None:
        return None
    if value == value.to_integral_value():
        return int(value)
    return float(value)
