"""The report's title, year and agency, wherever the report states them.

A report names its agency and year in its title (`某某局2023年政府信息公开工作年度报告`, or year first:
`2023年某某县人民政府…`, `关于某某局2023年度…的报告`), but real files wrap the title in decorations
(a markdown `# `, a web page's breadcrumb and `来源：… 时间：… 打印` line, an index block with
`索引号 / 发布机构 / 成文日期 / 标题`), put the name on a line of its own above or below it, or leave it
out of the title and name the agency elsewhere: `由某某局编制`, the signature and date at the end, the
file name. `read_title` looks in all of these, in order of how directly they name the report's
author, and says where it found each.

The year is the year the report covers: the title's, else an index block's `标题`, else the body's
statistical period (`本年度报告中所列数据统计期限从2020年1月1日起`); never a publication date. It is
read from the first `TITLE_LINES` lines with text only (`head_lines`: a pretty-printed page's blank and
indentation-only lines do not count), so the landing sensor (core/seasons.py), which reads no further,
finds the same year as the parser. A crawled page's title may carry its site after it
(`某某局2023年…年度报告-某某局`, the `<title> - <site>` form).

`normalise_agency` repairs what a typist or an OCR engine did to a name: a doubled first character
(`濮濮阳市`) when the report elsewhere writes it once, and one character misread for a similar glyph
(`沐阳县` for `沭阳县`) when China's division list (ssdlab-region-parser, core/regions.py) knows the
corrected place and not the written one; a place misread by any one glyph (`洪译区` for `洪泽区`) where the
report's own text writes it with that glyph otherwise and the list knows only that spelling. The list
is loaded only for a name holding such a glyph, or a place the text spells otherwise.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, replace
from functools import lru_cache
from itertools import chain, compress, count, islice
from operator import itemgetter

from orchestration.core import labels as L

TITLE_LINES = 40  # the title, an index block and the first paragraph are within these lines with text
SIGNATURE_LINES = 12  # the signature and its date are within the last of these

# Where the agency's name was found, most direct first: read_title prefers them in this order.
FROM_TITLE = "title"
FROM_OWN_LINE = "own_line"  # on its own line just above or below the title
FROM_INDEX_BLOCK = "index_block"  # 发布机构 / 发文机关 / 发布单位 of a page's index block
FROM_COMPILED_BY = "compiled_by"  # 本报告由某某局编制
FROM_SIGNATURE = "signature"  # the name above (or before) the date at the end
FROM_OPENING = "opening_sentence"  # 2023年，某某局认真贯彻落实…: the body's first sentence names its author
FROM_PAGE_SOURCE = "page_source"  # a web page's 来源：某某局
FROM_FILE_NAME = "file_name"  # the last resort
# The introduction naming the report by its title (`发布《某某局2024年度政府信息公开工作年度报告》`): only confirms
# the title's name (TitleRead.agency_disputed), as do the places after the title in AGENCY_SOURCES.
FROM_QUOTED_TITLE = "quoted_title"
AGENCY_SOURCES = (FROM_TITLE, FROM_OWN_LINE, FROM_INDEX_BLOCK, FROM_COMPILED_BY, FROM_SIGNATURE, FROM_OPENING,
                  FROM_PAGE_SOURCE, FROM_FILE_NAME)


@dataclass(frozen=True)
class TitleRead:
    agency: str | None  # as written (not normalised)
    year: int | None
    line: int | None  # 1-based line of the title (None: no title line found)
    agency_from: str | None = None  # one of AGENCY_SOURCES
    agency_line: int | None = None
    year_from: str | None = None  # title | index_block | body
    # (where, name, line) of the first other place naming the author, when it names another body than the title
    agency_disputed: tuple[str, str, int | None] | None = None


# ---------------------------------------------------------------- words

_CHINESE_DIGITS = {"〇": "0", "○": "0", "零": "0", "Ｏ": "0", "一": "1", "二": "2", "三": "3", "四": "4", "五": "5",
                   "六": "6", "七": "7", "八": "8", "九": "9"}
_YEAR_RE = re.compile(r"(20\d\d|二[〇○零Ｏ][一二三四五六七八九〇○零Ｏ]{2})\s*年度?")
# Where the words of the report's subject start: 政府信息公开, 政府信息和政务公开, 政务公开, 信息公开.
_DISCLOSURE_RE = re.compile(r"(?=政府信息|政务信息|政务公开|信息公开)")  # every start, overlapping too
# A title: the subject words, then within a few characters the report words.
_TITLE_RE = re.compile(r"(?:政府信息|政务信息|政务公开|信息公开).{0,20}?(?:年度报告|年报|报告)")
_TITLE_END_RE = re.compile(r"(?:报告|年报)(?:[（(][^（）()]*[）)])?$")
# A page's `<title> - <site>`: the title, a dash or bar, then the site's or agency's short name.
_SITE_AFTER_TITLE_RE = re.compile(r"(?<=报告|年报)\s*[-－—–_|｜]+\s*[^-－—–_|｜，。；,;]{1,30}$")
_SENTENCE_PUNCTUATION = "，。；,;！？!?"
# (as sets of characters: whether a text holds one is one C-level pass over it, not a search a mark)
_PUNCTUATION_MARKS = frozenset(_SENTENCE_PUNCTUATION)
_NOT_IN_A_NAME = frozenset(_SENTENCE_PUNCTUATION + ":：、")  # a name is no sentence, nor a field or a list
# Characters a title never spans: where a title glued into a page's text starts or ends (a title a sentence
# quotes starts after its `《`).
_TITLE_BOUNDARY_RE = re.compile(r"[\s，。；,;！？!?：:>＞»›|/《]")
_QUOTED_RE = re.compile(r"《([^《》]{6,80})》")
# Breadcrumb and column words a crawled page glues before its title (`首页>政务公开>年报某某局…`).
_CHROME_WORDS = (
    "您当前的位置", "您现在的位置", "您所在的位置", "当前位置", "首页", "网站首页", "政府信息公开年报",
    "政府信息公开年度报告", "信息公开年报", "政务公开年报", "年度报告", "工作年报", "年报", "政府信息公开", "政务公开",
    "信息公开", "法定主动公开内容", "主动公开", "专栏", "正文",
)
_CHROME_LINE_RE = re.compile(r"^(?:您?当前(?:的)?位置|您(?:现在|所在)的位置|首页\s*[>＞»›])|(?:微信|微博|QQ空间|打印|关闭|字号)")
_MARKDOWN_DECORATION_RE = re.compile(r"^[\s#>*\-=_]+|[\s#*=_]+$")
_QUOTES = "《》“”\"'‘’「」【】[]"
# Words of a sentence announcing the report, before the name it gives (`现将某某局2023年…年度报告向社会公布`,
# `根据某某局…`): a PDF or a crawled page may hold that sentence where a title is looked for.
_ANNOUNCING_RE = re.compile(r"^(?:(?:现|特此|兹|今)(?:将|就|把)|特此|根据|依据|按照)")

_AGENCY_SUFFIXES = (*L.DEPARTMENT_SUFFIXES, "委员会", "管委会", "政府", "人民政府", "办事处", "法院", "检察院", "部",
                    "处", "队", "会", "室", "公司")
_PLACE_SUFFIXES = (*L.DIVISION_SUFFIXES, *L.TOWNSHIP_SUFFIXES, "省", "自治区", "实验区", "开发区", "园区")

# Index-block and page keys (longest first, so 发布时间 is not read as 时间). The value runs to the next
# key, a cell boundary or the end of the line.
_META_KEYS = ("索引号", "发布机构", "发文机关", "发布单位", "信息来源", "来源", "成文日期", "发文日期", "发布日期", "发布时间",
              "生成日期", "标题", "名称", "文号", "发文字号", "主题分类", "组配分类", "主题词", "公开方式", "公开范围", "公开时限",
              "时间", "字号", "浏览次数", "访问量", "点击数", "有效性", "生效日期", "分类", "作者", "编辑")
_META_KEY_ALTERNATION = "|".join(sorted(_META_KEYS, key=len, reverse=True))
_META_RE = re.compile(rf"(?P<key>{_META_KEY_ALTERNATION})\s*[:：]\s*(?P<value>.*?)"
                      rf"(?=\s*(?:{_META_KEY_ALTERNATION})\s*[:：]|\t|\||\s{{2,}}|$)")
_META_KEY_RE = re.compile(_META_KEY_ALTERNATION)
_CELL_SPLIT_RE = re.compile(r"\t|\||\s{2,}")
_META_KEY_ONLY_RE = re.compile(rf"^(?:{_META_KEY_ALTERNATION})\s*[:：]?$")
_AGENCY_META_KEYS = ("发布机构", "发文机关", "发布单位")
_SOURCE_META_KEYS = ("信息来源", "来源")
_TITLE_META_KEYS = ("标题", "名称")

_COMPILED_BY_RE = re.compile(r"由(?P<name>[^，。；,;：:\s由]{2,30}?)(?:负责|牵头|组织|综合|汇总)?(?:编制|编写|起草|制作)")
# The year, then the agency as the subject of the overview's first sentence (`2020年，某某局认真贯彻…`).
_OPENING_RE = re.compile(r"(?:20\d\d|二[〇○零Ｏ][一二三四五六七八九〇○零Ｏ]{2})\s*年度?\s*[，,]\s*(?P<name>[^，。；,;：:\s“”《》]{2,30}?)"
                         r"(?:认真|坚持|深入|全面|严格|紧紧|始终|进一步|持续|按照|围绕|高度|积极|不断|扎实|切实|紧扣|聚焦)")
_DATE_TEXT = r"(?:20\d\d|二[〇○零Ｏ][一二三四五六七八九〇○零Ｏ]{2})\s*年\s*[\d一二三四五六七八九十]{1,3}\s*月\s*[\d一二三四五六七八九十]{1,3}\s*日|20\d\d\s*[-/.]\s*\d{1,2}\s*[-/.]\s*\d{1,2}"
_ENDS_WITH_DATE_RE = re.compile(r"(?:日|\d)\s*$")
_DATE_LINE_RE = re.compile(rf"^\s*(?:{_DATE_TEXT})\s*$")
_NAME_THEN_DATE_RE = re.compile(rf"(?P<name>[^\s，。；,;：:！？!?]{{2,40}}?)\s*(?:{_DATE_TEXT})\s*$")
_STATISTICS_YEAR_RE = re.compile(r"统计[^。；;]{0,30}?(20\d\d)\s*年\s*0?1\s*月\s*0?1\s*日")
_FILE_NAME_NOISE_RE = re.compile(r"^[\d_\-. ]+|[_\-. ]+\d*$")


# Head lines are read with half-width digits and plain spaces; the patterns accept full- and
# half-width punctuation alike. (NFKC of every head line would cost more than all the rest.)
_HALF_WIDTH = str.maketrans({**{chr(0xFF10 + d): str(d) for d in range(10)}, "\u3000": " ", "\xa0": " ", "\ufeff": ""})
_NEEDS_HALF_WIDTH_RE = re.compile("[\uff10-\uff19\u3000\u00a0\ufeff]")


def _normal(line: str) -> str:
    return line.translate(_HALF_WIDTH) if _NEEDS_HALF_WIDTH_RE.search(line) else line


def _year_of(text: str) -> int:
    return int("".join(_CHINESE_DIGITS.get(c, c) for c in text))


_SPACES_RE = re.compile(r"[\s\u3000]+")
# `…局年政府`, `…局年度政府`: the title's words after a name whose year was left out; `发布《某某局`: a sentence's words
_NOT_A_NAME_RE = re.compile(r"\d|报告|公开|年度?政府$|[《》〈〉]")
_NOT_A_PLACE_RE = re.compile(r"\d|报告|公开|年度")


@lru_cache(maxsize=1 << 10)  # asked of every head line several times (title, fields, name); a crawl's line is long
def _clean(text: str) -> str:
    text = _MARKDOWN_DECORATION_RE.sub("", L.normalize_text(text))
    return _SPACES_RE.sub("", text).strip(_QUOTES)


def _strip_chrome_words(name: str) -> str:
    """`年报某某局` -> `某某局`: breadcrumb words glued before a name on a crawled page."""
    changed = True
    while changed:
        changed = False
        for word in _CHROME_WORDS:
            if name.startswith(word) and len(name) > len(word) + 1:
                name, changed = name[len(word):], True
    return name


def looks_like_agency(name: str | None) -> bool:
    """A body's name: short, no sentence, ending in a body's word (局, 委员会, 政府, 办公室…)."""
    if not name or not 2 <= len(name) <= 40 or not _NOT_IN_A_NAME.isdisjoint(name):
        return False
    if _NOT_A_NAME_RE.search(name) or name.startswith(("本", "我", "该", "各")):
        return False
    return name.endswith(_AGENCY_SUFFIXES) and name not in L.GOVERNMENT_WORDS


def _looks_like_name(name: str | None) -> bool:
    """A body or a place (平潭综合实验区, 某某县: the report of that place's government)."""
    return looks_like_agency(name) or (
        bool(name) and 2 <= len(name) <= 30 and not _NOT_A_PLACE_RE.search(name)
        and _NOT_IN_A_NAME.isdisjoint(name) and name.endswith(_PLACE_SUFFIXES))


# ---------------------------------------------------------------- the title itself


# compiled once: `re.sub(pattern, …)` looks its pattern up in re's cache at every call (every title candidate)
_ABOUT_OPENING_RE = re.compile(r"^关于")
_ABOUT_OR_OF_CLOSING_RE = re.compile(r"(?:关于|的)$")


def split_title(title: str) -> tuple[str, int | None]:
    """(agency as the title writes it, or "", year) of one title.

    The name is before the year (`某某局2023年…`, `关于某某局2023年度…`) or, when the year comes first,
    between it and the subject words (`2023年某某县人民政府政府信息公开…`). Where the subject words could
    start in two places (`人民政府信息公开`: 政府 belongs to the name), the first that leaves a name wins.
    """
    title = _clean(title)
    year_match = _YEAR_RE.search(title)
    year = _year_of(year_match.group(1)) if year_match else None
    title = _ABOUT_OPENING_RE.sub("", title)
    year_match = _YEAR_RE.search(title)
    candidates = []
    for subject in _DISCLOSURE_RE.finditer(title):
        if year_match and year_match.start() < subject.start():
            before, between = title[: year_match.start()], title[year_match.end() : subject.start()]
            name = before if before else between
        else:
            name = title[: subject.start()]
        # 关于 may follow the chrome words (`…年报关于某某局2024年度…`): no agency name starts with it
        name = _ABOUT_OPENING_RE.sub("", _strip_chrome_words(_ABOUT_OR_OF_CLOSING_RE.sub("", name.strip("-*：:、"))))
        name = _ANNOUNCING_RE.sub("", name)
        candidates.append(name)
        if not name or _looks_like_name(name):  # nothing before the first start: the title names no one
            return name, year
    return (candidates[0] if candidates else ""), year


def _title_in(line: str) -> str | None:
    """The title in a head line: the line itself when it is one, or the title glued into a long
    line (a crawled page's text runs chrome, title and body together)."""
    clean = _SITE_AFTER_TITLE_RE.sub("", _clean(line))
    if len(clean) <= 80 and _PUNCTUATION_MARKS.isdisjoint(clean) and _TITLE_RE.search(clean):
        # a title ends with its report words (and perhaps a bracket: `（2023年度）`), not `…报告的通知`
        return clean if _TITLE_END_RE.search(clean) else None
    for match in _TITLE_RE.finditer(line[:3000]):
        if not _PUNCTUATION_MARKS.isdisjoint(match.group(0)):
            continue
        title = line[_title_start(line, match.start()) : match.end()]
        if not _YEAR_RE.search(title):  # a PDF's run keeps the title's spaces: `某某局 2023 年 政府信息…`
            title = line[_title_start(line, match.start(), across_spaces=True) : match.end()]
        if _YEAR_RE.search(title):
            return _clean(title)
    return None


def _title_start(line: str, subject: int, across_spaces: bool = False) -> int:
    """Where a title glued into a long line starts: back from its subject words to a boundary, at
    most 45 characters; `across_spaces`: one space is no boundary, two are."""
    start = subject
    while start > 0 and subject - start < 45 and not (
            _TITLE_BOUNDARY_RE.match(line[start - 1])
            and not (across_spaces and line[start - 1] == " " and start > 1 and not line[start - 2].isspace())):
        start -= 1
    return start


# ---------------------------------------------------------------- the other places


def _metadata(head: list[tuple[int, str]]) -> dict[str, tuple[str, int]]:
    """Index-block and page fields (key -> (value, line)): `key：value` anywhere in a line, or a key
    alone in a cell with its value in the next cell or on the next line (tables flattened)."""
    found: dict[str, tuple[str, int]] = {}
    if not _META_KEY_RE.search("\n".join(line for _i, line in head)):
        return found  # most reports: no field key anywhere in the head, one search instead of one a line
    cells: list[tuple[int, str]] = []
    for position, (i, line) in enumerate(head):
        # only lines naming a key, and the line after one (its value); a crawled page's fields
        # are at the start of its one long line
        if _META_KEY_RE.search(line[:600]) or (position and _META_KEY_RE.search(head[position - 1][1][-20:])):
            cells += [(i, c.strip()) for c in _CELL_SPLIT_RE.split(line[:600]) if c.strip()]
    for position, (i, cell) in enumerate(cells):
        for match in _META_RE.finditer(cell):
            value = match.group("value").strip()
            if value:
                found.setdefault(match.group("key"), (value, i + 1))
        if _META_KEY_ONLY_RE.match(cell) and position + 1 < len(cells):
            value_line, value = cells[position + 1]
            if not _META_KEY_ONLY_RE.match(value) and not _META_RE.match(value):
                found.setdefault(cell.rstrip(":："), (value, value_line + 1))
    return found


def _metadata_name(value: str) -> str | None:
    name = _clean(re.split(r"\s|时间|日期|微信|微博|打印|字号|浏览", value)[0])
    return name if _looks_like_name(name) else None


def _compiled_by(head: list[tuple[int, str]]) -> tuple[str, int] | None:
    for i, line in head:
        for match in _COMPILED_BY_RE.finditer(line):
            name = match.group("name")
            if looks_like_agency(name):
                return name, i + 1
    return None


def _opening_sentence(head: list[tuple[int, str]]) -> tuple[str, int] | None:
    for i, line in head:
        for match in _OPENING_RE.finditer(line[:5000]):
            name = match.group("name")
            if looks_like_agency(name):
                return name, i + 1
    return None


def _signature(lines: list[str]) -> tuple[str, int] | None:
    """The name above the date at the end (`某某局` / `2024年1月20日`), or before it on one line."""
    start = max(0, len(lines) - SIGNATURE_LINES * 4)
    tail = [(i, _normal(lines[i][-300:]).strip()) for i in range(start, len(lines))]
    tail = [(i, line) for i, line in tail if line][-SIGNATURE_LINES:]
    for position in range(len(tail) - 1, -1, -1):
        i, line = tail[position]
        if _DATE_LINE_RE.match(line) and position > 0:
            above_line, above = tail[position - 1]
            name = _clean(above)
            if looks_like_agency(name):
                return name, above_line + 1
        match = _NAME_THEN_DATE_RE.search(line[-200:]) if _ENDS_WITH_DATE_RE.search(line) else None
        if match:
            name = _clean(_strip_chrome_words(match.group("name")))
            if looks_like_agency(name):
                return name, i + 1
    return None


def _file_name_agency(source: str | None) -> str | None:
    if not source:
        return None
    stem = _FILE_NAME_NOISE_RE.sub("", _file_stem(source))
    name, _year = split_title(stem) if _DISCLOSURE_RE.search(stem) else (_clean(stem), None)
    return name if looks_like_agency(name) else None


def _file_stem(path: str) -> str:
    """`Path(path).stem` without building a Path (it costs more than the rest of the title):
    the last part that is not empty or `.`, less its last suffix."""
    name = next((part for part in reversed(path.split("/")) if part not in ("", ".")), "")
    dot = name.rfind(".")
    return name[:dot] if 0 < dot < len(name) - 1 else name


def _body_year(head: list[tuple[int, str]]) -> int | None:
    for _i, line in head:
        match = _STATISTICS_YEAR_RE.search(line)
        if match:
            return int(match.group(1))
    return None


# ---------------------------------------------------------------- reading it all


def head_lines(lines: list[str]) -> list[str]:
    """The lines up to the `TITLE_LINES`-th line with text: where the title, year and fields are read."""
    # the 1-based indexes of the lines with text, picked by C-level passes: the head ends at the TITLE_LINES-th
    end = next(islice(compress(count(1), map(str.strip, lines)), TITLE_LINES - 1, None), None)
    return lines if end is None else lines[:end]


def _lines_with_text(lines: list[str]) -> list[tuple[int, str]]:
    """(index, normalised line) of the lines with text: a crawled page's one long line cut to its start."""
    # (C-level passes over the head's lines: cut, normalised and stripped, then those with text picked with their index)
    normalised = list(map(str.strip, map(_normal, map(_LINE_START, lines))))
    return list(compress(enumerate(normalised), normalised))


_LINE_START = itemgetter(slice(4000))  # a line's first 4000 characters (a crawled page's one long line: its head)


def title_before_tables(lines: list[str], tables_start: int, source: str | None = None) -> TitleRead:
    """`read_title` over all the lines before the first table, for a report whose head names no year:
    the first title with a year there, else their statistical period; the agency from that title or
    the other places. A report with readable tables is not lost for a title pushed down by a page's
    chrome."""
    before = _lines_with_text(lines[:tables_start])
    title_line, found, year, year_from = None, [], _body_year(before), "body"
    for i, line in before:  # a title line of its own: past the head, a title inside a sentence names no author
        title = _title_in(line) if len(line) <= 80 and _PUNCTUATION_MARKS.isdisjoint(line) else None
        agency, title_year = split_title(title) if title else ("", None)
        if title_year:
            title_line, year, year_from = i + 1, title_year, "title"
            if _looks_like_name(agency):
                found.append((FROM_TITLE, agency, title_line))
            break
    if year is None:
        return TitleRead(None, None, None)
    return _choose(chain(found, _other_places(lines, before, _metadata(before), source)), year, title_line, year_from)


def read_title(lines: list[str], source: str | None = None) -> TitleRead:
    """The title's line, the year and the agency (as written), from the places a report states them.

    `lines` is the report's text split into lines (simplified characters); `source` its file name,
    used for the agency only when nothing in the text names it.
    """
    # a crawled page is one long line: its title, fields and first paragraph are at its start
    content = _lines_with_text(head_lines(lines))
    meta = _metadata(content)

    title_line, title_agency, year, year_from, position = None, "", None, None, None
    title_key = next((key for key in _TITLE_META_KEYS if key in meta and _title_in(meta[key][0])), None)
    if title_key:  # an index block's 标题: the title as the publisher filed it
        title_text, title_line = _title_in(meta[title_key][0]), meta[title_key][1]
        title_agency, year = split_title(title_text)
        year_from = "index_block" if year else None
        position = next((index for index, (_i, line) in enumerate(content) if _clean(line) == title_text), None)
    else:
        position, title_line, title_agency, year = _title_line(content)
        year_from = "title" if year else None
    if title_line is None:
        return _without_title(lines, content, meta, source)
    if year is None:
        year = _body_year(content)
        year_from = "body" if year else None

    found = [(FROM_TITLE, title_agency, title_line)] if _looks_like_name(title_agency) else []
    chosen = _choose(chain(found, _own_line(content, position), _other_places(lines, content, meta, source)),
                     year, title_line, year_from)
    if chosen.agency_from == FROM_TITLE:
        return replace(chosen, agency_disputed=_disputing(chosen.agency, lines, content, meta, title_line))
    return chosen


# the places where the author names itself; an index block's 发布机构 and a page's 来源 name the publisher (the
# government whose site it is, or its office: `市府办`)
_AUTHOR_OWN_WORDS = (FROM_QUOTED_TITLE, FROM_COMPILED_BY, FROM_SIGNATURE, FROM_OPENING)


def _disputing(agency: str, lines, content, meta, title_line: int | None) -> tuple[str, str, int | None] | None:
    """The first place where the author names itself again (the introduction quoting the title, `由某某局编制`,
    the signature, the opening sentence), when it names another body than `agency` (`same_body`)."""
    confirming = chain(_quoted_title(content, title_line), _other_places(lines, content, meta, None))
    where, name, line = next(((w, n, i) for w, n, i in confirming if w in _AUTHOR_OWN_WORDS), (None, None, None))
    if name is None or same_body(agency, name):
        return None
    return where, name, line


def same_body(name: str, other: str) -> bool:
    """Whether two names may name one body: one holds the other (`市林业局`, `莆田市林业局办公室`), the shorter
    is the longer cut short (`莆田市科技局` for `莆田市科学技术局`, `区办公室`), or one glyph differs (a typo: `财政全融局`)."""
    short, long = sorted((name, other), key=len)
    if short in long or (len(short) == len(long) and one_han_glyph_apart(short, long)):
        return True
    rest = iter(long)
    return long[-1] == short[-1] and all(c in rest for c in short)


def _quoted_title(content: list[tuple[int, str]], title_line: int | None) -> Iterator[tuple[str, str, int | None]]:
    """The name of the report's title as a sentence of the head quotes it (`发布《某某局2024年度…年度报告》`)."""
    for i, line in content:
        if i + 1 == title_line or "《" not in line:
            continue
        for match in _QUOTED_RE.finditer(line[:4000]):
            quoted = _clean(match.group(1))
            if _TITLE_RE.search(quoted) and _TITLE_END_RE.search(quoted):
                name, year = split_title(quoted)
                if year and _looks_like_name(name):
                    yield FROM_QUOTED_TITLE, name, i + 1
                    return


def _own_line(content: list[tuple[int, str]], position: int | None) -> Iterator[tuple[str, str, int | None]]:
    """The name on its own line just above or below the title's."""
    if position is None:
        return
    for index in (position - 1, position + 1, position + 2):
        if 0 <= index < len(content) and index != position:
            i, near = content[index]
            name = _clean(near)
            if looks_like_agency(name) and not _TITLE_RE.search(near):
                yield FROM_OWN_LINE, name, i + 1
                return


def _title_line(content: list[tuple[int, str]]) -> tuple[int | None, int | None, str, int | None]:
    """(position in content, 1-based line, agency as the title writes it, year) of the title."""
    first_without_year = None
    for index, (i, line) in enumerate(content[:16]):
        if len(line) < 80 and (_META_RE.match(_MARKDOWN_DECORATION_RE.sub("", line)) or _CHROME_LINE_RE.search(line)):
            continue  # a page's field (发布时间：2020-08-14 is not the report year) or its chrome
        title = _title_in(line)
        if len(line) < 60 and "年" in line and _DISCLOSURE_RE.search(line) and (whole := _year_put_back(content, index)):
            title = whole  # before the line alone: `某某局 年政府信息公开工作年度报告` reads as a title with no year
        elif title is None and index + 1 < len(content) and len(line) < 60 and _DISCLOSURE_RE.search(line):
            title = _title_in(line + content[index + 1][1])  # a title broken over two lines
        if title is None:
            continue
        agency, year = split_title(title)
        if year is None:  # the year on a line of its own next to the title: `（2023年度）`
            for _j, near in content[max(index - 1, 0) : index + 3]:
                if near != line and len(near) <= 12 and (match := _YEAR_RE.search(near)):
                    year = _year_of(match.group(1))
                    break
        if year is not None:
            return index, i + 1, agency, year
        first_without_year = first_without_year or (index, i + 1, agency, None)
    return first_without_year or (None, None, "", None)


_BARE_YEAR_RE = re.compile(r"\s*(20\d\d|二[〇○零Ｏ][一二三四五六七八九〇○零Ｏ]{2})\s*")
# where a converter took the year out: a `年` opening the line or after a space (`某某局 年政府信息…`, `年度政府…`)
_YEAR_LEFT_OUT_RE = re.compile(r"(?:^|(?<=\s))年")


def _year_put_back(content: list[tuple[int, str]], index: int) -> str | None:
    """The title of a line whose year a converter set on a line of its own, just before or after it
    (markitdown of a title printing its year in another font: `某某局 年政府信息公开工作年度报告` / `2024`,
    `某某局 年度政府信息公开工作年` / `2024` / `度报告`, `2024` / `某某局 年政府信息公开…`, `某某局` / `2024` /
    `年政府信息公开…`), with the year back where the line left its one `年` bare, the name before the year joined
    when the line opens with that `年`, and, when the line stops short of the report words, the piece after it.
    None unless one bare year stands beside the line and the line leaves one such gap."""
    line = content[index][1]
    if len(_YEAR_LEFT_OUT_RE.findall(line)) != 1:
        return None
    beside = [(position, match.group(1)) for position in (index - 1, index + 1) if 0 <= position < len(content)
              and (match := _BARE_YEAR_RE.fullmatch(content[position][1]))]
    if len({year for _position, year in beside}) != 1:
        return None
    position, year = beside[0]
    whole = _YEAR_LEFT_OUT_RE.sub(f"{year}年", line)
    if position < index and whole.startswith(year) and position > 0 and len(before := content[position - 1][1]) <= 40 \
            and not _TITLE_RE.search(before) and _PUNCTUATION_MARKS.isdisjoint(before):
        whole = before + whole  # `某某局` / `2024` / `年政府信息公开…`: the name, the year, then the rest
    rest = index + 2 if position > index else index + 1
    title = _title_in(whole)
    if title is None and rest < len(content) and not _TITLE_RE.search(_clean(content[rest][1])):
        title = _title_in(whole + content[rest][1])  # the title broken before its last words (`度报告`)
    return title if title and _YEAR_RE.search(title) else None


def _other_places(lines: list[str], content, meta, source) -> Iterator[tuple[str, str, int | None]]:
    """The agency as the other places name it, each read only when asked for, in the order of
    AGENCY_SOURCES: a name found early spares reading the rest."""
    if name_line := _meta_name(meta, _AGENCY_META_KEYS):
        yield (FROM_INDEX_BLOCK, *name_line)
    if compiled := _compiled_by(content):
        yield (FROM_COMPILED_BY, *compiled)
    if signature := _signature(lines):
        yield (FROM_SIGNATURE, *signature)
    if opening := _opening_sentence(content):
        yield (FROM_OPENING, *opening)
    if name_line := _meta_name(meta, _SOURCE_META_KEYS):
        yield (FROM_PAGE_SOURCE, *name_line)
    if name := _file_name_agency(source):
        yield (FROM_FILE_NAME, name, None)


def _meta_name(meta, keys) -> tuple[str, int] | None:
    """The name the first of `keys` in the index block or page fields gives, with its line."""
    for key in keys:
        if key in meta and (name := _metadata_name(meta[key][0])):
            return name, meta[key][1]
    return None


_UNNAMED_PLACE = ("市", "县", "区")


def _choose(found: Iterable[tuple[str, str, int | None]], year, title_line, year_from) -> TitleRead:
    """The agency of the first source in AGENCY_SOURCES order (`found` comes in that order, and is
    read no further than needed)."""
    found = iter(found)
    first = next(found, None)
    if first is None:
        return TitleRead(None, year, title_line, year_from=year_from)
    where, name, line = first
    if name.startswith(_UNNAMED_PLACE):  # `市民政局`: another place may spell out which city
        fuller = next((f for f in found if f[1].endswith(name) and len(f[1]) > len(name)), None)
        if fuller:
            where, name, line = fuller
    elif "".join(part for part in split_region(name) if part) == name and name in _division_words():
        # a division alone (`山东省`; a zone, `平潭综合实验区`, is a body): a field's name cut where it wrapped (an
        # OCR reads the wrapped line apart); another place may name the body that division opens
        fuller = next((f for f in found if f[1].startswith(name) and len(f[1]) > len(name)), None)
        if fuller:
            where, name, line = fuller
    return TitleRead(name, year, title_line, where, line, year_from)


def _without_title(lines, content, meta, source) -> TitleRead:
    """No title line: the year from the body's statistical period, the agency from elsewhere."""
    year = _body_year(content)
    if year is None:
        return TitleRead(None, None, None)
    chosen = _choose(_other_places(lines, content, meta, source), year, None, "body")
    return chosen


def find_title(lines: list[str]) -> tuple[str | None, int | None, int | None]:
    """(agency as written, year, line of the title): read_title without a file name."""
    read = read_title(lines)
    return read.agency, read.year, read.line


# ---------------------------------------------------------------- normalising the name


# Glyphs an OCR engine confuses in place names (written -> meant); tried only against the division list.
# Both directions only where both glyphs name places (沭阳县, 沐川县); else the glyph no place uses.
OCR_CONFUSABLE: dict[str, str] = {"沐": "沭", "沭": "沐", "毫": "亳", "汩": "汨", "祟": "崇", "雎": "睢", "候": "侯"}


def _division_words() -> frozenset[str]:
    from orchestration.core.regions import division_words

    return division_words()


def correct_ocr_place(name: str) -> tuple[str, str | None]:
    """(name, note): one glyph of a place name misread by OCR (`沐阳县` for `沭阳县`), corrected when
    the division list knows the corrected place and not the written one. Only names holding a
    confusable glyph load the list."""
    positions = [i for i, c in enumerate(name) if c in OCR_CONFUSABLE]
    if not positions:
        return name, None
    words = _division_words()
    for i in positions:
        spans = [(a, b) for a in range(max(0, i - 5), i + 1) for b in range(i + 1, min(len(name), i + 6) + 1) if b - a >= 2]
        if any(name[a:b] in words for a, b in spans):
            continue  # the written place is on the list (沐川县 is a county)
        corrected = name[:i] + OCR_CONFUSABLE[name[i]] + name[i + 1 :]
        known = [corrected[a:b] for a, b in spans if corrected[a:b] in words]
        if known:
            place = max(known, key=len)
            return corrected, (f"{name!r}: the division list has no place written so, but has {place!r}; one glyph "
                               f"misread ({name[i]} for {OCR_CONFUSABLE[name[i]]}), read as {corrected!r}")
    return name, None


def normalise_agency(name: str, text: str) -> tuple[str, list[tuple[str, str]]]:
    """(normalised name, repairs as (warning code, message)).

    A doubled first character (`濮濮阳市`) is dropped when the name without it appears elsewhere in
    the report, which is the evidence that it is a typo (`agency_name_repaired`); one glyph misread
    by OCR is corrected against the division list (`agency_name_corrected`), or, where several places
    may be meant, kept and warned of (`agency_place_unconfirmed`, agency_places.py).
    """
    name = _SPACES_RE.sub("", L.normalize_text(name))
    repairs: list[tuple[str, str]] = []
    if len(name) > 3 and name[0] == name[1]:
        repaired = name[1:]
        stem = re.split(r"[市县区省州盟旗]", repaired, maxsplit=1)[0]
        if text.count(stem) > text.count(name[0] + stem):
            repairs.append(("agency_name_repaired",
                            f"title writes {name!r}; the report elsewhere writes {repaired[:len(stem) + 1]!r}"))
            name = repaired
    corrected, note = correct_ocr_place(name)
    if note is None:
        corrected, note = place_as_the_text_spells_it(name, text)
    if note:
        repairs.append(("agency_name_corrected", note))
    else:  # a place the text spells no other way: checked against its neighbours on the list
        from .agency_places import department_as_named, place_among_its_neighbours

        corrected, code, note = place_among_its_neighbours(name)
        if code:
            repairs.append((code, note))
        corrected, note = department_as_named(corrected, text)
        if note:
            repairs.append(("agency_name_corrected", note))
    return corrected, repairs


def one_han_glyph_apart(written: str, place: str) -> bool:
    """Whether `written` differs from `place` in one Han glyph alone, position by position."""
    differ = [a for a, b in zip(written, place) if a != b]
    return len(differ) == 1 and "\u4e00" <= differ[0] <= "\u9fff"


def place_as_the_text_spells_it(name: str, text: str) -> tuple[str, str | None]:
    """(name, note): each place in the name with one glyph misread (`洪译区` for `洪泽区`, a pair no table
    of confusable glyphs lists), corrected where the text shows an OCR wrote it (`reads_as_ocr`: a
    document's own title is typed, not misread), the report's own text writes the place with that one
    glyph otherwise (`淮安市洪泽区人民政府办公室`) more often than the name's spelling (or the name's
    spelling stands in the title only), the division list knows that place and not the written one,
    and no other such spelling stands in the text. A zone (`高新区`, `开发区`: no division, so never on
    the list) is not a neighbouring district the text names (`高港区`). The list is loaded only when
    the text holds such a spelling."""
    from .ocr_text import reads_as_ocr

    corrected, fixed, ocr = name, [], None
    for part in split_region(name):
        if part is None or len(part) < 3 or part not in corrected or part.endswith(ZONE_WORDS):
            continue
        spelled = set()
        end = text.find(part[-1])  # the suffix (区, 县, 市) as written, one glyph before it otherwise
        while end >= 0:
            window = text[end - len(part) + 1 : end + 1]
            if len(window) == len(part) and window != part and one_han_glyph_apart(window, part):
                spelled.add(window)
            end = text.find(part[-1], end + 1)
        if not spelled:
            continue
        if ocr is None:
            ocr = reads_as_ocr([text])
        if not ocr:
            break
        words = _division_words()
        if part in words:
            continue
        known = [place for place in spelled if place in words]
        if len(known) == 1 and (text.count(known[0]) > text.count(part) or text.count(part) == 1):
            corrected = corrected.replace(part, known[0], 1)
            fixed.append(f"{part!r} to {known[0]!r}")
    if not fixed:
        return name, None
    return corrected, (f"{name!r}: the division list has no place written as the name does, but has "
                       f"{' and '.join(fixed)}, which the report's text writes; one glyph misread, read as "
                       f"{corrected!r}")


# a development zone, park or the like: an agency's place that is no administrative division
ZONE_WORDS = ("新区", "开发区", "经开区", "园区", "保税区", "试验区", "实验区", "示范区", "合作区", "度假区", "景区",
              "工业区", "管理区", "综合区")


# ---------------------------------------------------------------- the agency's place, as its name spells it

_REGION_RE = re.compile(r"^(?P<province>.+?(?:省|自治区))?(?P<city>.+?(?:市|自治州|地区|盟))?(?P<county>.+?(?:区|县|旗|市))?")
_AGENCY_SUFFIX_RE = re.compile(r"(局|委员会|委|办公室|办|厅|政府|院|中心|署|会|部|所|站|队|处|馆|室)$")


# asked of one name several times a report (normalise_agency's passes, agency_places.py), and of the same names from
# report to report of one agency; the pattern's lazy optional groups try many splits of a name without a province
@lru_cache(maxsize=1 << 12)
def split_region(agency: str) -> tuple[str | None, str | None, str | None]:
    """Province, city and county as far as the agency name itself spells them out."""
    match = _REGION_RE.match(agency)
    if not match:
        return None, None, None
    parts = [match.group("province"), match.group("city"), match.group("county")]
    if parts[1] and parts[2] is None and parts[1].endswith("县"):
        parts = [parts[0], None, parts[1]]
    if parts[2] and _AGENCY_SUFFIX_RE.search(parts[2]) and not parts[2].endswith(("区", "县", "旗", "市")):
        parts[2] = None
    return parts[0], parts[1], parts[2]
