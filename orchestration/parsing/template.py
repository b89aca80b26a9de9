"""Where the statutory tables stand in a report, which template (2019 or 2021) it follows, and
the label sequence of table 3 the reader aligns a report's rows to (the labels themselves live in
core/labels.py)."""

from __future__ import annotations

import re
from functools import lru_cache

from ..core import labels as L
from .cells import display_width
from .tokens import is_prose

# `四、行政复议、行政诉讼情况`: the heading of table 4 (its header cells, `行政复议`, are not numbered)
_TABLE_4_NUMBERING_RE = re.compile(r"^\s*(?:四|4)\s*[、.．]")

# ---------------------------------------------------------------- sections


_BOX_BAR_RE = re.compile(r"[│┃║]")


@lru_cache(maxsize=1 << 14)  # finding the sections and then the template read the same lines
def _squashed_line(line: str) -> str:
    return L.squash(_BOX_BAR_RE.sub("|", line))  # `│ 第二十条第（一）项 │`


def _squashed(lines: list[str]) -> list[str]:
    return list(map(_squashed_line, lines))  # C-level calls of the memoised function, no loop of ours


_DISCLOSURES_HEADING_RE = re.compile("|".join(map(re.escape, L.SECTION_HEADINGS["disclosures"])))
TABLE_2_HEADING_REACH = 8  # lines from table 2's heading to its first article's (a scrambled heading, a header)
_APPLICATIONS_HEADING_RE = re.compile("|".join(map(re.escape, L.SECTION_HEADINGS["applications"])))
# `第二十休第（一）项`: an article's heading, one glyph for 条 (no sentence writes 第二十 X 第 … 项 otherwise)
_ARTICLE_GLYPH_MISREAD_RE = re.compile(r"第二十[\u4e00-\u9fff]第.{0,4}项$")


ONE_GLYPH_OFF_LENGTH = 12  # glyphs of a heading matched one glyph off


def _one_glyph_off(phrase: str) -> str:
    """A regex of the phrase with one of its glyphs misread, lost, or one added: what an OCR does to a heading."""
    return "|".join(re.escape(phrase[:i]) + change + re.escape(phrase[i + 1 :] if change != "." or kept else phrase[i:])
                    for i in range(len(phrase) + 1) for change, kept in ((".", True), (".", False), ("", True))
                    if i < len(phrase) or not kept)


# only a long heading: one glyph off a short one (`申请公开政府信息`) is an ordinary phrase
_APPLICATIONS_HEADING_ONE_GLYPH_OFF_RE = re.compile("|".join(
    _one_glyph_off(heading) for heading in L.SECTION_HEADINGS["applications"] if len(heading) >= ONE_GLYPH_OFF_LENGTH))
_PROBLEMS_HEADING_RE = re.compile("|".join(map(re.escape, L.SECTION_HEADINGS["problems"])))
_PROBLEMS_HEADINGS = L.SECTION_HEADINGS["problems"]


def find_sections(lines: list[str]) -> dict[str, tuple[int, int]]:
    """0-based [start, end) line ranges of tables 2, 3 and 4, where present.

    Each table's start is looked for after the one before it, so the lines after the tables (the
    report's closing sections) are never squashed. Plain loops over the lines, the headings as one
    regex each: every line of the tables is asked."""
    n = len(lines)
    squashed = _squashed_line
    # `第二十条` over `第（一）项` in a grid table; a line without 第 and 条 (or 條) is not squashed to
    # find out (no other character becomes them, by NFKC or OpenCC): the title and paragraphs above
    t2 = None
    for i, line in enumerate(lines):
        if "第" in line and ("条" in line or "條" in line) and squashed(line).startswith("第二十条"):
            t2 = i
            break
    if t2 is None:  # an OCR's article headings, `条` read as another glyph (`第二十休第〈一 ) 项`)
        t2 = next((i for i, line in enumerate(lines) if "第二十" in line and _ARTICLE_GLYPH_MISREAD_RE.match(squashed(line))),
                  None)
    if t2 is not None:
        # the table's own heading a few lines above, no sentence between: a first article's heading whose
        # characters a PDF's reading order scrambled (`第二 条第 一十 （ ）项`) opens no table, and its rows
        # come before the next
        heading = next((i for i in range(t2 - 1, max(t2 - TABLE_2_HEADING_REACH, -1), -1)
                        if len(s := squashed(lines[i])) <= 25 and _DISCLOSURES_HEADING_RE.search(s)), None)
        if heading is not None and not any(is_prose(line) for line in lines[heading + 1 : t2]):
            t2 = heading
    t3 = None
    for i in range(t2 or 0, n):
        s = squashed(lines[i])
        if len(s) <= 25 and _APPLICATIONS_HEADING_RE.search(s):
            t3 = i
            break
    if t3 is None:  # the heading as an OCR read it, one glyph misread, lost or added (`收到和上处理…`)
        t3 = next((i for i in range(t2 or 0, n) if len(s := squashed(lines[i])) <= 25
                   and _APPLICATIONS_HEADING_ONE_GLYPH_OFF_RE.search(s) and not is_prose(lines[i])), None)
    if t3 is None:
        for i in range(t2 or 0, n):
            line = lines[i]
            if "勾稽关系" in line or "本年新收政府信息公开申请数量" in (s := squashed(line)) \
                    or (s.startswith("本年新收") and "申请" in s and not is_prose(line)):
                t3 = i
                break
    t4 = None
    for i in range((t3 or t2 or 0) + 1, n):
        line = lines[i]
        if "\t" in line:  # a row of tab-separated cells is not the heading: it is not squashed to find out
            continue
        s = squashed(line)
        if ("行政复议" in s or "行政诉讼" in s) and (len(s) <= 35 or "尚未审结" in s) \
                and (not s.startswith(("行政复议", "行政诉讼")) or _TABLE_4_NUMBERING_RE.match(line) is not None):
            t4 = i
            break
    if t4 is None and t3 is not None:
        for i in range(t3 + 1, n):
            if "尚未审结" in squashed(lines[i]):
                t4 = i - 1
                break
    end = _problems_heading(lines, (t4 or t3 or t2 or 0) + 1)
    if t4 is not None and end < n and (later := _heading_before_table_4s_header(lines, t4, end)) is not None:
        end = later
    sections: dict[str, tuple[int, int]] = {}
    if t2 is not None:
        sections["disclosures"] = (t2, t3 if t3 is not None else (t4 if t4 is not None else end))
    if t3 is not None:
        sections["applications"] = (t3, t4 if t4 is not None else end)
    if t4 is not None:
        sections["reviews"] = (t4, end)
    return sections


def _problems_heading(lines: list[str], start: int) -> int:
    """The line of section five's heading (`五、存在的主要问题…`) at `start` or after, else len(lines)."""
    for i in range(start, len(lines)):
        s = _squashed_line(lines[i])
        if (len(s) <= 30 and _PROBLEMS_HEADING_RE.search(s)) or s.startswith(_PROBLEMS_HEADINGS):
            return i
    return len(lines)


TABLE_4_HEADER_REACH = 60  # lines of table 4's header words, one a line or a glyph a line, after a misplaced heading


def _heading_before_table_4s_header(lines: list[str], t4: int, end: int) -> int | None:
    """A crawl that set section five's heading right after table 4's own, before its header words
    (`四、…行政复议、行政诉讼情况` / `五、存在的主要问题…` / `行政复议` / `行政诉讼` / `结` / `果` … / `0` / `五、…`):
    the table runs on to the heading's second printing. Only where nothing but the heading stands
    between table 4's heading and it, and the lines after it are table 4's header words (尚未审结
    among them, no sentence) up to its figures and then the heading again; else None."""
    if any(lines[i].strip() for i in range(t4 + 1, end)):
        return None
    again = _problems_heading(lines, end + 1)
    if again >= len(lines) or again - end > TABLE_4_HEADER_REACH:
        return None
    between = lines[end + 1 : again]
    words = [line for line in between if line.strip() and not _FIGURES_ONLY_RE.fullmatch(line.strip())]
    if not words or any(is_prose(line) or _FIGURE_RE.search(line) or _SENTENCE_MARK_RE.search(line)
                        or len(_squashed_line(line)) > TABLE_4_HEADER_WORD for line in words):
        return None
    return again if "尚未审结" in "".join(map(_squashed_line, words)) and \
        _squashed_line(lines[again]) == _squashed_line(lines[end]) else None


_FIGURES_ONLY_RE = re.compile(r"[\d\s]+")
_FIGURE_RE = re.compile(r"\d")
_SENTENCE_MARK_RE = re.compile("[，,。；;：:]")
TABLE_4_HEADER_WORD = 16  # the longest of its words in any printing: `未经复议直接起诉` and the like, a few together


# ---------------------------------------------------------------- template


def detect_template(lines: list[str], sections: dict[str, tuple[int, int]], year: int | None) -> tuple[str | None, str]:
    if not sections:
        return "narrative", "narrative"
    start = min(s for s, _ in sections.values())
    end = max(e for _, e in sections.values())
    block = "".join(_squashed(lines[start:end]))
    for text in (block, None):
        if text is None:  # aligned text whose narrow columns wrap each header word down the column
            text = _down_columns(tuple(lines[start:end]))
        if any(m in text for m in L.TEMPLATE_2021_MARKERS) or "申请人无正当理由逾期不补正" in text:
            return "2021", "headers"
        if any(m in text for m in L.TEMPLATE_2019_MARKERS):
            return "2019", "headers"
    if year is not None:
        return ("2019" if year <= 2020 else "2021"), "year"
    return None, "none"


_WORD_RE = re.compile(r"\S+")


@lru_cache(maxsize=64)
def _down_columns(lines: tuple[str, ...]) -> str:
    """The words of space-aligned lines read down each column (by the display column a word starts
    at), the columns one after another: `本年` / `新制` / `作数` / `量` stacked in one column is
    `本年新制作数量`."""
    columns: dict[int, list[str]] = {}
    for line in lines:
        column = end = 0  # the display column where line[end:] starts (widths add up: no prefix measured again)
        for match in _WORD_RE.finditer(line):
            column += display_width(line[end : match.start()])
            end = match.start()
            columns.setdefault(column, []).append(match.group())
    return "".join(L.squash("".join(words)) for _, words in sorted(columns.items()))


# 2021: a report may print （六）其他处理 as one row without its three sub-rows
OTHER_SUB_ROWS = ("other_no_correction", "other_no_fee_paid", "other_misc")


def outcome_rows_in_use(template: str, other_as_one_row: bool) -> tuple[str, ...]:
    """The rows APP_OUTCOME_SUM adds up in table 3: the template's outcome rows, and for a 2021 table
    printing （六）其他处理 as one row, that row (`other`) in place of its three sub-rows."""
    outcomes = L.outcome_rows(template)
    if not other_as_one_row or "other" in outcomes:
        return outcomes
    return (*(key for key in outcomes if key not in OTHER_SUB_ROWS), "other")


@lru_cache(maxsize=4)
def template_sequence(template: str) -> tuple[str, ...]:
    """The rows of table 3 in template order, as the alignment looks for them: the 2021 template
    with the 2019 row `other` before its sub-rows, so a report printing it as one row still
    places it."""
    keys = L.application_rows(template)
    if "other" in keys:
        return keys
    at = keys.index(OTHER_SUB_ROWS[0])
    return (*keys[:at], "other", *keys[at:])
