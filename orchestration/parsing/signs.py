"""Table 2's words that belong to a figure: the sign of a change printed as a word, a measure word.

The 2019 template's 本年增/减 is a signed count; some offices print its sign as a word before the
figure (`增3`, `减少 2`), and a page one cell a line may set that word on a line of its own
(`2` / `增` / `3` / `7`: 上一年 2, 本年增/减 +3, 处理决定 7). A count may carry its measure word
(`3批`, `11` / `批`: procurement projects). Read as label text, such a word ends the row: its figures
after it are lost or taken for a row of their own. Here, before table 2's rows are built, each such
word is set onto its figure (`+3`, `-2`, `11批`), where it stands right before (a sign) or right
after (a measure word) a figure: nothing is guessed, the word only moves onto the figure it names.
A word anywhere else (`本年增/减` in a header, `新增` in a sentence) is left as it is.
"""

from __future__ import annotations

import re
from functools import partial

from .cells import MEASURE_WORDS, display_width
from .tokens import Line

# a sign printed as a word; `-` and `－` alone are blank marks, never signs, so not among them
_SIGN_OF = {"增": "+", "增加": "+", "减": "-", "减少": "-", "+": "+", "＋": "+"}
# a sign word inside a line, right before its figure: after the line's start or a separator, never after
# a word (`新增3条`, `比上年增加3个` are sentences) or a slash (a header's `本年增/减    2019年项目数量`); after
# another figure only on a crawled line, whose cells run together (`35增1`): in aligned text a figure
# and a sign word between are apart
_INLINE_SIGN_RE = re.compile(r"(?<![^\s|])(增加|减少|增|减|＋)[ \u3000\xa0]*(?=\d)")
_JOINED_SIGN_RE = re.compile(r"(?<![^\s\d|])(增加|减少|增|减|＋)[ \u3000\xa0]*(?=\d)")
# a measure word (cells.MEASURE_WORDS) on a line of its own joins the figure above (`3` / `批`)
_FIGURE_LINE_RE = re.compile(r"\s*[+\-]?\d+(?:[.．]\d+)?\s*")
_ALONE = frozenset(_SIGN_OF) | frozenset(MEASURE_WORDS)  # the words that may stand on a line of their own


def _as_sign(match: re.Match, joined: bool) -> str:
    """The sign for a sign word, as wide as the word where the text is aligned (its columns stand where
    they were); a crawled line's spaces may be blank cells, so none is added there."""
    sign = _SIGN_OF[match.group(1)]
    return sign if joined else " " * (display_width(match.group(0)) - 1) + sign


def words_onto_figures(lines: list[Line], start: int, end: int, signs: bool = True) -> tuple[list[Line], int]:
    """`lines` with the sign and measure words of lines[start:end] set onto their figures (the
    module's docstring), and the region's new end; the lines themselves where there are none.
    Not `signs` (a template with no signed column): sign words are left as they are."""
    region = lines[start:end]
    if not any(line.text.strip() in _ALONE or signs and ("增" in line.text or "减" in line.text or "＋" in line.text)
               for line in region):
        return lines, end  # most reports: asked cheaply
    out: list[Line] = []
    sign = ""  # a sign word alone on the line before: the next figure's
    for index, line in enumerate(region):
        text = line.text.strip()
        following = region[index + 1].text if index + 1 < len(region) else ""
        if signs and text in _SIGN_OF and not sign and _FIGURE_LINE_RE.fullmatch(following) and following.strip()[0].isdigit():
            sign = _SIGN_OF[text]
            continue
        if text in MEASURE_WORDS and out and _FIGURE_LINE_RE.fullmatch(out[-1].text) and not line.joined:
            out[-1] = out[-1]._replace(text=out[-1].text.rstrip() + text)
            continue
        if sign:
            line = line._replace(text=sign + line.text.strip())
            sign = ""
        if signs and any(word in line.text for word in ("增", "减", "＋")):
            inline = _JOINED_SIGN_RE if line.joined else _INLINE_SIGN_RE
            line = line._replace(text=inline.sub(partial(_as_sign, joined=line.joined), line.text))
        out.append(line)
    return [*lines[:start], *out, *lines[end:]], start + len(out)
