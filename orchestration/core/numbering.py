"""The forms a table row's numbering takes, written once: regex pieces the parser's patterns are composed of.

The report template numbers its rows `一、` (a group), `（一）` (an outcome group), `1.` (a sub-row); Word's lists
add circled numbers (`②`) and an OCR reads a full-width bracket as an angle bracket (`〈一)`). Pieces named
`…S` are a character class's members (to combine inside one `[…]`); the others are whole regex pieces.
In core, not parsing, because core's label squashing takes the same numbering off."""

from __future__ import annotations

CHINESE_NUMERALS = "一二三四五六七八九十"  # a row's Chinese numeral: the template numbers at most ten of a kind
CHINESE_NUMERAL = f"[{CHINESE_NUMERALS}]"
OPENING_BRACKETS = "（("  # full-width and ASCII: converters keep either
CLOSING_BRACKETS = "）)"
OPENING_BRACKET = f"[{OPENING_BRACKETS}]"
CLOSING_BRACKET = f"[{CLOSING_BRACKETS}]"
OCR_OPENING_BRACKET = "〈"  # an OCR's look-alike of `（`
OCR_CLOSING_BRACKET = "〉"
CIRCLED_NUMBERS = "①-⑳"  # Word's circled list numbers, a range for a character class
LIST_MARKS = ".．、"  # what follows a list's digit: `1.`, `1．`, `1、`

BRACKETED_CHINESE_NUMERAL = f"{OPENING_BRACKET}{CHINESE_NUMERAL}+{CLOSING_BRACKET}"  # `（六）`
CHINESE_NUMERAL_AND_COMMA = f"{CHINESE_NUMERAL}+、"  # `三、`
DIGITS_AND_LIST_MARK = rf"\d+\s*[{LIST_MARKS}]"  # `1.`, `2 、`
