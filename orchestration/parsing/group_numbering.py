"""Table 3's groups of outcome rows by their bracketed numbering: （一）予以公开 … （七）总计, both templates.

A converter's markdown of a PDF whose label column is narrow (markitdown of LibreOffice's PDF of a DOCX) tears a
group's heading into pieces set beside its own rows: `| 果 （三 | 1.属 | - - | … |` holds （三）不予公开's first piece
beside 1.属于国家秘密's. pdfminer sets a piece on the line of the row it stands beside, and a heading stands only
beside the rows it spans, so a row whose own cells hold a bracketed numbering of another group is not the row a
label alignment took it for."""

from __future__ import annotations

import re
from functools import lru_cache

from ..core import labels as L
from ..core import numbering as N
from . import align as A

# each outcome row's group numeral; the intake rows and 结转下年度 number `一、` … without brackets: none
_GROUPS = {"granted": "一", "partially_granted": "二", "results_total": "七", "other": "六"}
_GROUP_OF_PREFIX = {"denied_": "三", "unavailable_": "四", "rejected_": "五", "other_": "六"}
# the numeral of each bracketed group's heading (`（四）无法提供`), those of the prefixes' groups in their order;
# 三、本年度办理结果 (the first heading) heads every outcome row
HEADING_NUMERALS = dict(zip(L.OUTCOME_GROUP_HEADINGS[1:], _GROUP_OF_PREFIX.values(), strict=True))
# 一 … 七 only, not every numeral: table 3's outcome groups are seven, a numeral past them is no group's
_BRACKETED_NUMERAL_RE = re.compile(rf"{N.OPENING_BRACKET}\s*([{N.CHINESE_NUMERALS[:7]}])")

# a word of a group's merged heading written down the margin column (`其他处`, `理`, `其 他 处`, `（六）`,
# `三、本年度办`): the headings' characters, after a heading's numbering (never a row's `1.`)
MARGIN_HEADING_WORD_RE = re.compile(f"(?:{N.BRACKETED_CHINESE_NUMERAL}|{N.CHINESE_NUMERAL_AND_COMMA})?"
                                    f"[{L.GROUP_HEADING_CHARACTERS}]*")


def margin_heading_words(text: str) -> bool:
    """Whether label text is made of a group heading's words alone (`（六）其`, `他处理`, `三、本年度`): maybe a
    piece of a heading merged down the margin, maybe a label's own words (`公开`)."""
    words = text.split()
    return bool(words) and all(MARGIN_HEADING_WORD_RE.fullmatch(word) for word in words)


def margin_heading_alone(text: str) -> bool:
    """Whether a line's label text is only words of a group's heading down the margin (`三、本年度`, `（四）无`,
    `法提供`), naming no row of either template (`（六）其他处理` is the 2019 template's row `other`)."""
    return margin_heading_words(text) \
        and not any(A.names_a_row(L.squash(text), L.application_rows(template)) for template in ("2019", "2021"))


def group_numeral(key: str) -> str | None:
    """The numeral of the bracketed numbering of a table 3 row's group (`三` for denied_state_secret), None for
    a row numbered without brackets."""
    if key in _GROUPS:
        return _GROUPS[key]
    return next((numeral for prefix, numeral in _GROUP_OF_PREFIX.items() if key.startswith(prefix)), None)


def a_piece_of_its_groups_heading(words: str, key: str) -> bool:
    """Whether `words` (a merged heading's pieces joined, `（四）无` + `法提供`) are a piece of the heading of row
    `key`'s bracketed group, its numbering (where printed) that group's: words of the heading's characters alone."""
    own = group_numeral(key)
    heading = next((text for text, numeral in HEADING_NUMERALS.items() if numeral == own), None)
    if heading is None or not margin_heading_words(words) or numbers_another_group(words, key):
        return False
    text = L.squash(words)
    return bool(text) and text in heading


@lru_cache(maxsize=1 << 12)  # asked of every pipe row of table 3: its label and key recur from report to report
def numbers_another_group(label: str, key: str) -> bool:
    """Whether a row's label text holds a bracketed numbering (`（三`) and none of them is its group's."""
    found = set(_BRACKETED_NUMERAL_RE.findall(label))
    own = group_numeral(key)
    return bool(found) and own is not None and own not in found
