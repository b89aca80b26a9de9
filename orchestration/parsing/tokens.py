"""Text → reading lines → cell tokens.

Formats deliver text in reading order, one table row per line where they know rows, with cell
boundaries where they know them (tabs, pipes, runs of spaces). A crawled web page knows neither:
the whole page is one line, its headings, sentences and cells run together
(`…一、本年新收政府信息公开申请数量123000015二、上年结转…`). Such a line is unfolded here into
*reading lines* where the template's own numbering starts a row (`一、`, `（三）`, `2.`,
`第二十条第`, a table 2 item), each keeping the number of the line it came from (`line` lineage
stays the line `gdw parse --text` prints), and marked `joined`: its cells must be cut apart by
what they are (label text, a run of digits), and a run of digits may hold several cells.
"""

from __future__ import annotations

import re
from functools import lru_cache
from itertools import compress, count, pairwise, repeat
from operator import methodcaller
from typing import NamedTuple

from ..core import labels as L
from ..core import numbering as N
from .cells import MEASURE_WORDS


def split_lines(text: str) -> list[str]:
    # Only \n separates lines, so `line` numbers match `sed -n Np` and editors.
    return text.replace("\r\n", "\n").replace("\r", "\n").split("\n")


class Line(NamedTuple):
    text: str
    number: int  # 1-based line of the extracted text
    joined: bool = False  # a piece of a line whose cells ran together with no separator


_LINE = tuple.__new__  # _LINE(Line, (text, number, False)): a Line built without NamedTuple's Python-level __new__


# Words of the template's rows: a line holding several of them is several rows run together.
_ROW_MARKERS = ("本年新收", "上年结转", "予以公开", "部分公开", "第二十条第", "结果维持", "本机关不掌握")
# Words of the tables' headers: a crawled page holds its tables whole, a sentence that names rows
# (`本年新收…申请13件，其中自然人12件；上年结转…`) holds none of them
_HEADER_MARKERS = ("申请人情况", "信息内容", "第二十条第", "结果维持", "商业企业")
_HEADER_MARKERS_RE = re.compile("|".join(_HEADER_MARKERS))
# Where a row of the template starts inside a crawled line: `一、`, `（三）` (not `第（一）项`),
# `2.` / `2、` / `2 . ` / `（2）` / `②` (Word's circled list numbers) before label text (its digit is numbering, not a
# cell: `00000002.其他…`),
# `第二十条第`, and the items of table 2.
# longest first, ties in a fixed order (a set's order varies between processes; two words as long never match at
# one place, so the order among them changes nothing but the pattern's text)
_ITEM_WORDS = sorted({v for _, variants, _ in L.DISCLOSURE_ITEMS.values() for v in variants}, key=lambda w: (-len(w), w))
# Table 3's row labels, where a crawl printed a row without its numbering (`…其他本年新收…`,
# `…———————申请人逾期未按…`): their first words, quotes and spaces allowed between the characters
# (`危及“三安全…`). Not after numbering (`2.重复申请` starts at its `2.`), and not the short labels
# (`其他`, `总计`) that other labels and headers hold, nor a label's end alone (`继续办理` of `结转下年度继续办理`),
# which its whole label holds past its start.
_ROW_WORDS = sorted({variant[:6] for variants, _, _ in L.APPLICATION_ROWS.values() for variant in variants
                     if len(variant) >= 4 and not any(other != variant and other.endswith(variant) for other in variants)},
                    key=lambda w: (-len(w), w))


def _first_characters(words: list[str]) -> str:
    """The words' first characters, for a character class: a lookahead on it lets a position no
    word starts at skip the whole list (the regex engine tries a list's words one by one at every
    position of a crawled line)."""
    return "".join(sorted({re.escape(word[0]) for word in words}))


_CIRCLED = "".join(map(chr, range(ord(N.CIRCLED_NUMBERS[0]), ord(N.CIRCLED_NUMBERS[-1]) + 1)))  # `①` … `⑳`
_DIGIT = r"\d"  # a branch opening on a digit (any the pattern's `\d` takes)
# a row start's numbering's end: spaces, then no further numbering (`2.&nbsp;&nbsp;` is Word's list indent)
_NUMBERING_END = rf"\s*(?=[^\d\s{N.LIST_MARKS}{N.CLOSING_BRACKETS}])"
_BEFORE_ROW_WORDS = (rf"(?<![{N.LIST_MARKS}{N.CLOSING_BRACKETS}\s{N.CIRCLED_NUMBERS}])",  # not after numbering
                     rf"(?<![{N.LIST_MARKS}{N.CLOSING_BRACKETS}{N.CIRCLED_NUMBERS}]\s)")
# Where a row of the template starts inside a crawled line, as branches tried in order: (the characters it opens on,
# what must stand before that character as look-behinds, the pattern after it). `ROW_START_RE` joins them; `row_starts`
# scans with them grouped by their opening character.
_ROW_START_BRANCHES: tuple[tuple[str, tuple[str, ...], str], ...] = (
    (N.CHINESE_NUMERALS, (f"(?<!{N.CHINESE_NUMERAL})",), rf"{N.CHINESE_NUMERAL}?\s?、"),  # `三 、`: a heading spaced out
    (N.CHINESE_NUMERALS, (), r"[，,](?=本年|上年|结转)"),  # `一，本年新收…`: a comma for 、 (not `统一，`: a row's words follow)
    # `（ 六 ）` too, and a sub-row's `（2）`
    (N.OPENING_BRACKETS, ("(?<!第)",), rf"\s?(?:{N.CHINESE_NUMERAL}{{1,2}}|\d)\s?{N.CLOSING_BRACKET}"),
    (_DIGIT, (), rf"\s?[{N.LIST_MARKS}]{_NUMBERING_END}"),  # `2.`; Word's other list numbers `②` and `2）`
    (_CIRCLED, (), _NUMBERING_END),
    (_DIGIT, (f"(?<!{N.OPENING_BRACKET})", rf"(?<!{N.OPENING_BRACKET}\s)"), rf"\s?{N.CLOSING_BRACKET}{_NUMBERING_END}"),
    ("第", (), "二十条第"),
    ("信", (), "息内容"),
    *((word[0], _BEFORE_ROW_WORDS, "".join(r"[\s“”\"]?" + re.escape(c) for c in word[1:])) for word in _ROW_WORDS),
    ("总", (r"(?<=[\d—\-－/／])",), "计"),  # the total row unnumbered, after the last row's figures or blank marks
    ("其", ("(?<=申请)",), "他"),  # `3.其他` unnumbered, after the label `…其政府信息公开申请` of the row before it
    *((word[0], (), "".join(r"\s?" + re.escape(c) for c in word[1:])) for word in _ITEM_WORDS),  # `行 政 许 可` too
)


def _opening(characters: str) -> str:
    return _DIGIT if characters == _DIGIT else f"[{re.escape(characters)}]"


ROW_START_RE = re.compile(
    # every row start begins with one of these characters: most positions are ruled out at once; a digit starts
    # one only as numbering (`2.`, `2）`, the branches below), so a digit in a run of figures is ruled out here too
    rf"(?=[{N.CHINESE_NUMERALS}{N.OPENING_BRACKETS}{N.CIRCLED_NUMBERS}第信总其{_first_characters(_ROW_WORDS)}"
    rf"{_first_characters(_ITEM_WORDS)}]|\d\s?[{N.LIST_MARKS}{N.CLOSING_BRACKETS}])(?:"
    + "|".join("".join(before) + _opening(opens) + after for opens, before, after in _ROW_START_BRANCHES) + ")"
)


def _after_its_opening(character: str) -> str:
    """The branches opening on `character`, in order, as they go on once it is taken: what each asserts before it
    then looks one character further back."""
    taken = r"[\s\S]"
    return "|".join("".join(look[:-1] + taken + ")" for look in before) + after
                    for opens, before, after in _ROW_START_BRANCHES if character in opens)


# `ROW_START_RE` as two patterns that open on a character, one on a digit and one per other opening character: the
# regex engine then scans for those characters alone, at C level (a look-ahead opening a pattern is tried at every
# position of a crawled line, thousands of characters)
_ROW_START_ON_A_DIGIT_RE = re.compile(rf"\d(?:{_after_its_opening(_DIGIT)})")
_ROW_START_ON_A_CHARACTER_RE = re.compile("|".join(
    f"{re.escape(character)}(?:{_after_its_opening(character)})"
    for character in sorted({c for opens, _, _ in _ROW_START_BRANCHES if opens != _DIGIT for c in opens})))


def row_starts(line: str) -> list[int]:
    """Where `ROW_START_RE.finditer` finds a row start in `line`, in order. The two patterns' matches, where none
    overlaps another, are those one scan finds (each finds every match of its own that none of its own covers, and a
    match the other's covered would overlap it); where two overlap, one scan decides."""
    spans = sorted([*map(methodcaller("span"), _ROW_START_ON_A_CHARACTER_RE.finditer(line)),
                    *map(methodcaller("span"), _ROW_START_ON_A_DIGIT_RE.finditer(line))])
    if any(start < end for (_, end), (start, _) in pairwise(spans)):
        return [match.start() for match in ROW_START_RE.finditer(line)]
    return [start for start, _ in spans]


# what follows the digit of a row's numbering (`2.其他`, `3 . 危 及`: a label spaced out; `2）重复申请`, `（2）重复申请`)
_NUMBERING_AFTER_RE = re.compile(rf"\s?[{N.LIST_MARKS}]\s?[^\d\s{N.LIST_MARKS}]"
                                 rf"|\s?{N.CLOSING_BRACKET}\s*[^\d\s{N.LIST_MARKS}{N.CLOSING_BRACKETS}]")
# a figure, with its sign when one is glued to it (`2648-18538`: the change column's -18…)
# (`1,360`: its thousands separators are part of it, never a label between two cells; a group
# holds three digits, so digits after it are the next cell's: `1,0000030` is 1,000 then 0030)
# (`[-+－]?\d+…` written to open on a character class, which the regex engine searches for alone, where an optional
# sign opening it is tried at every position: a sign then takes the digits after it, a digit those after itself)
_FIGURE_RE = re.compile(r"[-+－\d](?:(?<=\d)\d*|\d+)(?:,\d{3})*(?:[.．]\d+)?")
_UNSIGNED_FIGURE_RE = re.compile(r"\d+(?:,\d{3})*(?:[.．]\d+)?")
# a unit or a measure word printed with its figure (`2笔 984361元`: a count of 2 and an amount in 元):
# part of that figure's cell, never a label between two cells
_UNITS = ("亿元", "万元", "元", *MEASURE_WORDS)
_UNIT_AFTER_RE = re.compile(r"\s?(?:" + "|".join(_UNITS) + ")")
_UNIT_FIRST_CHARACTERS = frozenset(unit[0] for unit in _UNITS)


# a figure stated in a sentence: a count with its unit, then the sentence goes on (punctuation or
# words, not a space, a tab or the next figure): `申请12件，其中自然人十件；` (a cell printed `12件`
# stands alone in its cell, and a crawl runs its figures together with no unit)
# (counted by its unit, the figure looked for behind it: a pattern that opens on a character class is
# searched for that character alone, where one opening on a figure is tried at every position,
# and crawled lines are thousands of characters long)
_STATED_FIGURE_RE = re.compile(r"[件起](?:(?<=[\d零〇一二两三四五六七八九十百千][件起])|(?<=[\d零〇一二两三四五六七八九十百千]\s[件起]))"
                               r"(?=[^\s\d/／\-－—|])")
# a figure printed bare (a table's cell): not one with a unit, not a date's year, month or day
# (its first digit first, then the look behind it, for the same reason)
_LONE_COUNT_RE = re.compile(r"\d(?<![\d.,]\d)\d*+(?![\d.,]|\s?[件起年月日号条项%％])")


def is_prose(line: str) -> bool:
    """A sentence stating figures (`本年新收政府信息公开申请12件，其中自然人十件，商业企业2件；上年结转…一件；
    已办结13件`): its clauses may open with the rows' labels, but a table never prints a unit after
    each of its cells and then words, so it is no row of a table, whatever its words. Two such
    figures at least, and more of them than bare figures (a crawled page holding a sentence and a
    whole table is still a table)."""
    if "件" not in line and "起" not in line:
        return False  # no figure stated with its unit (asked of every line of a table: most say no here)
    stated = len(_STATED_FIGURE_RE.findall(line))
    return stated >= 2 and stated > len(_LONE_COUNT_RE.findall(line))


_CRAWLED_LINE_MIN_CHARS = 60  # characters: a shorter line is no crawled page's


@lru_cache(maxsize=1 << 14)  # asked of every long line (most -layout rows): a table's lines recur from report to report
def is_run_together(line: str) -> bool:
    """A line holding several rows of the template with no cell separators: a crawled page."""
    if len(line) < _CRAWLED_LINE_MIN_CHARS or line.count("\t") + line.count("|") >= 5:
        return False  # a row of a table whose cells are separated
    squashed = "".join(line.split())  # str.split's whitespace is re's \s
    # the headers first: most long lines (a sentence, an aligned row) hold none of them
    return _HEADER_MARKERS_RE.search(squashed) is not None \
        and sum(min(squashed.count(marker), 3) for marker in _ROW_MARKERS) >= 3 \
        and not is_prose(line)  # a sentence naming rows is no crawled table


def reading_lines(lines: list[str]) -> list[Line]:
    """The lines as the readers take them: a crawled line unfolded into its rows."""
    # only the lines as long as a crawled one, picked by C-level calls, are asked (most texts but
    # -layout's have none)
    long_lines = compress(count(), map(_CRAWLED_LINE_MIN_CHARS.__le__, map(len, lines)))
    crawled = {index for index in long_lines if is_run_together(lines[index])}
    if not crawled:  # most reports: every line as it is (built by C-level calls)
        return list(map(_LINE, repeat(Line), zip(lines, count(1), repeat(False))))
    result: list[Line] = []
    for index, line in enumerate(lines):
        if index not in crawled:
            result.append(_LINE(Line, (line, index + 1, False)))
            continue
        # a crawl that kept the markup's text (`2.&nbsp;&nbsp;重复申请`, `0&nbsp;3`): each entity is the no-break space
        # the page shows, a list indent or an empty cell, as get_text would have given it
        line = line.replace("&nbsp;", "\xa0")
        starts = sorted({0, *row_starts(line)})
        for start, end in zip(starts, [*starts[1:], len(line)]):
            piece = line[start:end]  # its trailing spaces may be blank cells (a crawled `&nbsp;`)
            if piece.strip():
                piece = piece.lstrip()
                if (indent := _NUMBERING_INDENT_RE.match(piece)) is not None:
                    piece = indent.group(1) + piece[indent.end():]
                result.append(_LINE(Line, (piece, index + 1, True)))
    return result


# A sub-row's numbering, then spaces, at a piece's start: the spaces are the label cell's list indent (Word's HTML
# writes `2.&nbsp;&nbsp;重复申请`, a crawl keeps them as U+00A0 or spaces), never blank cells, which stand after a
# cell's text: dropped, so the label reads `2.重复申请`.
_NUMBERING_INDENT_RE = re.compile(rf"^({N.OPENING_BRACKET}?\s?\d\s?{N.CLOSING_BRACKET}|\d\s?[{N.LIST_MARKS}]|[{N.CIRCLED_NUMBERS}])\s+(?=\S)")


def joined_cells(text: str, signed: bool = True) -> list[str]:
    """The cells of a joined line: label text and runs of figures, in order. A run of digits may
    still hold several cells, and each space next to a figure may be a blank cell (a crawled
    `&nbsp;`) or only a separator: the table readers decide with the template's width and
    arithmetic (an empty cell here stands for one such space). Not `signed` (a table with no signed
    column): a `-` before a figure is a blank cell printed `-` (`1-1---2`), not a minus."""
    cells: list[str] = []
    # the text cut at its figures in one C-level call: the text before each figure, the figure, …, the text after
    # the last (a crawled line's pieces are short, and a match object a figure cost more than the rest)
    pieces = (_FIGURE_SPLIT_RE if signed else _UNSIGNED_FIGURE_SPLIT_RE).split(text)
    position = end = 0  # where the text not yet taken starts; where the figure looked at ends
    for at in range(1, len(pieces), 2):
        figure = pieces[at]
        start = end + len(pieces[at - 1])
        end = start + len(figure)
        following = text[end:end + 1]
        # numbering (`2.其他`) belongs to its label; a figure glued before it was split off above
        # (a figure of one character is a digit: a sign opens a figure of two at least)
        if end - start == 1 and _NUMBERING_AFTER_RE.match(text, end):
            continue
        # (a date's digits are the figure's, so its 年, 月 or 日 follows the figure: asked only then)
        if following in _DATE_ENDS and _DATE_RE.match(text, start):
            continue  # `2024年，没有…`: a date in a sentence before the table, not a cell
        if start > position:  # (most figures of a run follow the one before with nothing between)
            before = text[position:start]
            label = before.rstrip()
            if label:
                _add_labels_and_blanks(cells, label)
            if len(label) < len(before):
                cells.extend([""] * _spaces(before[len(label):]))
        unit = _UNIT_AFTER_RE.match(text, end) if _may_open_a_unit(text, end) else None
        if unit is None:
            cells.append(figure)
            position = end
        else:
            cells.append(figure + unit.group().strip())
            position = unit.end()
    rest = text[position:]
    label = rest.rstrip()
    if label:
        _add_labels_and_blanks(cells, label)
    if len(label) < len(rest):  # after a label with no figure, or after the last figure: its blank cells
        cells.extend([""] * _spaces(rest[len(label):]))
    return cells


_FIGURE_SPLIT_RE = re.compile(f"({_FIGURE_RE.pattern})")
_UNSIGNED_FIGURE_SPLIT_RE = re.compile(f"({_UNSIGNED_FIGURE_RE.pattern})")


def _add_labels_and_blanks(cells: list[str], label: str) -> None:
    """`_labels_and_blanks(label)` added to `cells`, a label holding no run of `&nbsp;` (most) read here: its text,
    then a cell per blank mark run together after it (`_label_and_marks`)."""
    if "\xa0\xa0" in label:
        cells.extend(_labels_and_blanks(label))
        return
    text = label.strip()
    unmarked = text.rstrip(_BLANK_MARKS)  # the marks `_BLANK_MARKS_RE` finds at the end, taken off
    if len(unmarked) == len(text):
        cells.append(text)
        return
    if bare := unmarked.strip():
        cells.append(bare)
    cells.extend(text[len(unmarked):])


# a year, month or day of a date (`2024年`, `1月27日`): no cell of a table is followed by these
_DATE_RE = re.compile(r"(?:(?:19|20)\d\d年|(?:1[0-2]|[1-9])月|(?:3[01]|[12]\d|[1-9])日)")
_DATE_ENDS = "年月日"


def _may_open_a_unit(text: str, at: int) -> bool:
    """Whether a unit (`_UNIT_AFTER_RE`) may start at `at`: its first character there, or after one space (most
    figures of a crawled row are followed by the next figure or label: the pattern is not tried)."""
    following = text[at:at + 1]
    return following in _UNIT_FIRST_CHARACTERS or \
        (following.isspace() and text[at + 1:at + 2] in _UNIT_FIRST_CHARACTERS)


_BLANK_MARKS = "/／-－—–无"  # no label of the template ends in 无
_BLANK_MARKS_RE = re.compile(f"[{re.escape(_BLANK_MARKS)}]+$")


def _labels_and_blanks(text: str) -> list[str]:
    """Label text that may hold a run of `&nbsp;` between two labels (`…禁止公开\xa0×7 3.危及…`, `…公开申请\xa0×7
    其他`): a crawled row whose cells are all empty, each an `&nbsp;`, then the next row's label. The run's
    spaces are that row's blank cells (one each, as `_spaces` counts them) and the label after it another's."""
    if "\xa0\xa0" not in text:
        return _label_and_marks(text)
    cells: list[str] = []
    for at, part in enumerate(_BLANK_CELLS_RUN_RE.split(text)):
        if at % 2:
            cells.extend([""] * len(part))
        else:
            cells.extend(_label_and_marks(part))
    return cells


_BLANK_CELLS_RUN_RE = re.compile(r"(\xa0{2,})")  # two or more `&nbsp;` cells side by side


def _label_and_marks(text: str) -> list[str]:
    """Label text, then one cell per blank mark run together after it (`2.重复申请////`: four
    blank cells printed `/`)."""
    text = text.strip()
    marks = _BLANK_MARKS_RE.search(text)
    if not marks:
        return [text] if text else []
    label = text[: marks.start()].strip()
    return ([label] if label else []) + list(marks.group())


def _spaces(gap: str) -> int:
    """How many blank cells a gap next to a figure may hold: one per space (a full-width one too)."""
    return gap.count(" ") + gap.count("\u3000") + gap.count("\xa0")  # three C-level counts, no generator
