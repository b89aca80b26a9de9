"""Figures a report states in sentences rather than tables.

A report without tables (a self-inspection report, a township's short report) still says how many
applications it received and decided, and whether anyone sought a review or sued:
`共受理政府信息公开申请12件`, `收到依申请公开事项2件`, `办结11件`, `结转下年度继续办理1件`,
`其中自然人10件，法人或其他组织2件`, `因政府信息公开被申请行政复议1起`, `行政复议和行政诉讼均未发生`.
Reports with tables state the same figures in their overview; the parser compares them with the
table (NARRATIVE_MATCHES_TABLE).

`read_narrative` reads them sentence by sentence (a sentence a line wrap splits is joined first):
each statement names a row of table 3 or a proceeding of table 4 and a figure; an applicant named
after a row's statement (`其中自然人N件`) splits that row by column. Only what a sentence settles is
read: `行政诉讼N件` names both kinds of suit, which table 4 keeps apart, so it is read only when N is 0
(then both are 0); `法人或其他组织N件` is five columns of table 3, read only when N is 0. A figure that
is not the row's own reads nothing, nor do the applicants splitting it: rows joined by a conjunction
(`予以公开及部分公开258件`), a change (`较上年增加5件`), 受理 counting last year's carried over
(`（含上年结转N件）`, or the paragraph's balance), 同意公开 beside the already published, a negation of
an outcome (`未被纠错`). Pure: text in, figures out.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterator
from dataclasses import dataclass
from decimal import Decimal
from functools import lru_cache
from operator import itemgetter

from orchestration.core import labels as L

APPLICATIONS, REVIEWS = "applications", "reviews"
LITIGATION = ("litigation_direct", "litigation_after_review")
ORGANISATIONS = L.APPLICANT_KEYS[1:-1]  # the five columns of 法人或其他组织 (no subtotal column)


@dataclass(frozen=True)
class Figure:
    table: str  # applications | reviews
    row: str  # row of table 3, or proceeding of table 4
    column: str  # applicant, or outcome ('total')
    value: Decimal
    line: int  # 1-based
    as_written: str


# `1,205`, `12`, `十二`, `一百二十三`
_NUMBER = r"(?P<n>\d{1,3}(?:,\d{3})+|\d+|[零〇一二两三四五六七八九十百千]{1,8})"
_UNIT = r"\s*(?:件|条|个|份|起|宗|次|人次)"
_GAP = r"[^，。；,;：:\d零〇一二两三四五六七八九十百千]"  # words between a verb and its figure, no figure
_REVIEW_UNIT = r"\s*(?:件|起|宗|次)"

# (row of table 3, pattern); the figure is the row's total unless an applicant follows.
APPLICATION_STATEMENTS: tuple[tuple[str, re.Pattern], ...] = tuple((row, re.compile(pattern)) for row, pattern in (
    # 共收到政府信息公开申请2件 · 共受理依申请公开6件 · 收到依申请公开事项2件 · 本年新收申请3件; `申请` must be
    # named, so 收到人大建议19件 is not read as applications
    ("new_received", rf"(?:收到|接收|受理|接到|新收){_GAP}{{0,14}}?(?:申请|依申请公开){_GAP}{{0,8}}?{_NUMBER}{_UNIT}"),
    # the rows below only in a paragraph about applications (办结 alone could be proposals, complaints)
    ("carried_over", rf"上(?:一)?年(?:度)?结转{_GAP}{{0,14}}?{_NUMBER}{_UNIT}"),
    ("carried_forward", rf"结转(?:至|到)?下(?:一)?年度?{_GAP}{{0,8}}?{_NUMBER}{_UNIT}"),
    ("results_total", rf"(?:办结|办理完毕|办理完成){_GAP}{{0,6}}?{_NUMBER}{_UNIT}"),
    ("granted", rf"(?:予以公开|同意公开|全部公开){_GAP}{{0,4}}?{_NUMBER}{_UNIT}"),
    ("partially_granted", rf"部分公开{_GAP}{{0,4}}?{_NUMBER}{_UNIT}"),
))
# None: not received at all (未收到政府信息公开申请, 没有收到依申请公开) -> new_received 0
_NO_APPLICATIONS_RE = re.compile(rf"(?:未|没有|无)(?:收到|接到|受理){_GAP}{{0,14}}?(?:申请|依申请公开)"
                                 # 本年度无政府信息公开申请 · 未有依申请公开事项
                                 # …but not 无政府信息公开申请超期答复的情况: the words end the clause
                                 r"|(?:未有|没有|无)(?:任何)?(?:政府信息公开|信息公开|依申请公开)(?:申请|事项)"
                                 r"(?:的情况|的情形)?(?=[，,；;。]|$)")
_APPLICANTS: tuple[tuple[tuple[str, ...], str], ...] = (
    (("自然人", "公民"), "natural_person"),
    (("商业企业",), "commercial_enterprise"),
    (("科研机构",), "research_institution"),
    (("社会公益组织",), "social_welfare_org"),
    (("法律服务机构",), "legal_service_org"),
)
_APPLICANT_RE = re.compile(rf"(?P<who>自然人|公民|商业企业|科研机构|社会公益组织|法律服务机构|法人(?:或者|或|和|及|与)?其他组织|法人)"
                           rf"{_GAP}{{0,6}}?{_NUMBER}{_UNIT}")

_REVIEW_RE = re.compile(rf"行政复议{_GAP}{{0,10}}?{_NUMBER}{_REVIEW_UNIT}")
_LITIGATION_RE = re.compile(rf"(?:行政诉讼|提起诉讼|起诉){_GAP}{{0,10}}?{_NUMBER}{_REVIEW_UNIT}")
_DIRECT_SUIT_RE = re.compile(rf"(?:未经复议)?直接(?:起诉|提起(?:行政)?诉讼){_GAP}{{0,6}}?{_NUMBER}{_REVIEW_UNIT}")
_SUIT_AFTER_REVIEW_RE = re.compile(rf"复议后(?:起诉|提起(?:行政)?诉讼){_GAP}{{0,6}}?{_NUMBER}{_REVIEW_UNIT}")
# 未发生因政府信息公开引起的行政复议、行政诉讼 · 行政复议和行政诉讼均未发生 · 无行政复议和诉讼案件
_NONE_HAPPENED_RE = re.compile(r"均未|均无|未发生|没有发生|未出现|没有出现|未被|没有被|未收到|没有收到|未有|无(?=[^，。；]{0,12}(?:复议|诉讼))")

_OUTCOME_WORDS_RE = re.compile(r"维持|纠正|结果|审结|其他")
# 该行政复议件未被纠错 · 未发生被行政复议纠错或行政诉讼败诉: what did not happen is an outcome, not a proceeding
_NEGATED_OUTCOME_RE = re.compile(r"纠错|纠正|败诉|撤销|确认违法")
_CLAUSE_RE = re.compile(r"[^，,：:]+")
# 予以公开及部分公开258件 · 已公开或部分公开343件 · 商业企业、科研机构3件: a row (or applicant) joined to the name
# of another, one figure for both (`自然人72件、商业企业3件` lists figures; `涉及自然人` joins nothing)
_CONJUNCTIONS = r"以及|或者|及|和|或|与|、"
_JOINED_TO_WORD_BEFORE_RE = re.compile(rf"(?:公开|处理|提供|答复|办结|受理|结转|自然人|公民|法人|企业|机构|组织)"
                                       rf"(?:{_CONJUNCTIONS})$")
_CONJUNCTION_RE = re.compile(_CONJUNCTIONS)
# 收到申请较上年增加5件 · 同比减少3件: a change from last year, not a count
_CHANGE_RE = re.compile(r"较|比上|同比|环比|增加|减少|增长|下降|上升|增多|回落")
# 共受理申请749件（含上年结转36件） · 共受理（含上年度结转）申请30件: 受理 then counts last year's applications too
_WITH_CARRIED_OVER_RE = re.compile(r"\s*[（(]?\s*(?:其中)?(?:含|包括|包含)(?:上(?:一)?年(?:度)?)?结转")
# 其中属于已主动公开1件，同意公开9件: 同意公开 is then a part of the 予以公开 row (already published + agreed)
_ALREADY_PUBLISHED_RE = re.compile(r"已(?:主动)?公开")
_ANY_FIGURE_RE = re.compile(rf"{_NUMBER}{_UNIT}")  # `行政复议1条，未发生行政诉讼`: a figure in any unit
# a line or sentence without any of these states no figure read here (most lines of a report)
_KEYWORDS_RE = re.compile(r"申请|复议|诉讼|起诉|办结|结转|办理完")
_SENTENCE_KEYWORDS_RE = re.compile(r"申请|复议|诉讼|起诉|办结|结转|办理完|予以公开|部分公开|同意公开|全部公开")
_SENTENCE_RE = re.compile(r"[^。；;！!？?]+")
_CHINESE_NUMBERS = {"零": 0, "〇": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8,
                    "九": 9}


_CHINESE_UNITS = {"十": 10, "百": 100, "千": 1000}


def _number(text: str) -> int | None:
    """`12`, `1,205`, `十二`, `二十`, `一百零五`, `一千二百`; None for what is no number."""
    if text.replace(",", "").isdigit():
        return int(text.replace(",", ""))
    total, current = 0, 0
    for char in text:
        if char in _CHINESE_NUMBERS:
            current = _CHINESE_NUMBERS[char]
        elif char in _CHINESE_UNITS:
            total += (current or 1) * _CHINESE_UNITS[char]
            current = 0
        else:
            return None
    return total + current


@lru_cache(maxsize=1 << 12)  # a report's boilerplate sentences recur from report to report
def _statements(sentence: str, about_applications: bool) -> tuple[tuple[int, str, str, str, int, str], ...]:
    """(position, table, row, column, value, as written) of each figure the sentence states.
    `about_applications`: its paragraph speaks of applications (办结N件 alone could be anything)."""
    found = []
    for row, pattern in APPLICATION_STATEMENTS:
        if row != "new_received" and not about_applications:
            continue
        for match in pattern.finditer(sentence):
            if any(w in match.group(0) for w in ("复议", "诉讼")):
                continue
            # a figure not the row's is kept unread (None), so no applicant after it splits the row before it
            value = None if _not_the_rows_own(sentence, row, match) else _number(match.group("n"))
            found.append((match.start(), APPLICATIONS, row, "total", value, match.group(0)))
    if not found and _NO_APPLICATIONS_RE.search(sentence) and "复议" not in sentence and "诉讼" not in sentence:
        match = _NO_APPLICATIONS_RE.search(sentence)
        found.append((match.start(), APPLICATIONS, "new_received", "total", 0, match.group(0)))
    for pattern, proceedings in ((_REVIEW_RE, ("administrative_review",)), (_DIRECT_SUIT_RE, ("litigation_direct",)),
                                 (_SUIT_AFTER_REVIEW_RE, ("litigation_after_review",))):
        for match in pattern.finditer(sentence):
            value, written = _number(match.group("n")), match.group(0)
            if _OUTCOME_WORDS_RE.search(written) or _CHANGE_RE.search(written) or \
                    (value != 0 and ("诉讼" in written or _CONJUNCTION_RE.search(written))):
                continue  # 行政复议结果维持1件 is an outcome; 行政复议、行政诉讼共3件 (or 和信访案件3件) both together
            for proceeding in proceedings:
                found.append((match.start(), REVIEWS, proceeding, "total", value, written))
    # 行政诉讼0件 is both kinds of suit, but not the 起诉0件 inside 直接起诉0件 or 复议后起诉0件
    one_kind = [m.span() for p in (_DIRECT_SUIT_RE, _SUIT_AFTER_REVIEW_RE) for m in p.finditer(sentence)]
    for match in _LITIGATION_RE.finditer(sentence):
        inside_one_kind = any(start < match.end() and match.start() < end for start, end in one_kind)
        if _number(match.group("n")) == 0 and not inside_one_kind and not re.search(r"直接|复议后", match.group(0)):
            found += [(match.start(), REVIEWS, p, "total", 0, match.group(0)) for p in LITIGATION]
    if ("复议" in sentence or "诉讼" in sentence) and not _figure_that_may_count_proceedings(sentence):
        negation = _negation_of_proceedings(sentence)
        if negation:
            named = (["administrative_review"] if "复议" in sentence else []) + (list(LITIGATION) if "诉讼" in sentence else [])
            found += [(negation.start(), REVIEWS, p, "total", 0, sentence.strip()) for p in named]
    return tuple(sorted(found))


def _figure_that_may_count_proceedings(sentence: str) -> bool:
    """Whether a clause of the sentence holds a figure other than applications': `行政复议1条，未发生行政诉讼`
    does, `共收到申请1件,无复议和诉讼等情形` does not (its figure counts what its clause names, applications)."""
    return any(_ANY_FIGURE_RE.search(clause) and ("申请" not in clause or "复议" in clause or "诉讼" in clause)
               for clause in _CLAUSE_RE.findall(sentence))


def _negation_of_proceedings(sentence: str) -> re.Match | None:
    """The first `未发生`, `均无`… whose clause denies no outcome (`未被纠错` says a review was not lost)."""
    for clause in _CLAUSE_RE.finditer(sentence):
        if not _NEGATED_OUTCOME_RE.search(clause.group(0)):
            negation = _NONE_HAPPENED_RE.search(sentence, clause.start(), clause.end())
            if negation:
                return negation
    return None


def _not_the_rows_own(sentence: str, row: str, match: re.Match) -> bool:
    """Whether the figure of a row's statement counts more (or other) than the row: shared with a row
    joined to it, a change from last year, received counting last year's carried over, or 同意公开 beside
    the already published (which the 予以公开 row holds too)."""
    written = match.group(0)
    if row == "new_received":  # 收到公民、法人和其他组织申请: its words join applicants, not rows
        return bool(_CHANGE_RE.search(written) or _WITH_CARRIED_OVER_RE.search(written)
                    or _WITH_CARRIED_OVER_RE.match(sentence, match.end()))
    if _joined_or_changed(sentence, match, match.start()):
        return True
    return row == "granted" and written.startswith("同意公开") and bool(_ALREADY_PUBLISHED_RE.search(sentence))


def _joined_or_changed(sentence: str, match: re.Match, gap_start: int) -> bool:
    """Whether a name's figure is shared with a name joined to it (before it, or between it and the
    figure from `gap_start`), stands past the bracket the name is in (`（含上年度结转）申请52件`), or is a
    change from last year."""
    gap = sentence[gap_start:match.start("n")]
    return bool(_JOINED_TO_WORD_BEFORE_RE.search(sentence, 0, match.start()) or _CONJUNCTION_RE.search(gap)
                or "）" in gap or ")" in gap or _CHANGE_RE.search(match.group(0)))


def _applicant_splits(sentence: str, statements) -> list[tuple[int, str, str, str, int, str]]:
    """`其中自然人10件，法人或其他组织2件`: the columns of the application row stated before them."""
    found = []
    for match in _APPLICANT_RE.finditer(sentence):
        before = [s for s in statements if s[1] == APPLICATIONS and s[0] < match.start()]
        if not before:
            continue
        row, value = before[-1][2], _number(match.group("n"))
        if before[-1][4] is None or _joined_or_changed(sentence, match, match.end("who")):
            continue  # the split of a figure not read, or of two applicants together, or a change
        who = match.group("who")
        column = next((key for words, key in _APPLICANTS if who in words), None)
        if column is not None:
            found.append((match.start(), APPLICATIONS, row, column, value, match.group(0)))
        elif value == 0:  # 法人或其他组织0件: each of its five columns is 0
            found += [(match.start(), APPLICATIONS, row, key, 0, match.group(0)) for key in ORGANISATIONS]
    return found


def read_narrative(lines: list[str], skip: list[tuple[int, int]]) -> list[Figure]:
    """Figures stated in sentences, outside the tables (`skip`: 0-based [start, end) line ranges):
    the first statement of each (table, row, column) wins."""
    figures: dict[tuple[str, str, str], Figure] = {}
    for text, starts in _paragraphs(lines, skip):  # the tables' lines are never looked at
        # (no NFKC: `\d` and int() read full-width digits, the patterns take either punctuation)
        if not _KEYWORDS_RE.search(text):
            continue
        about_applications = "申请" in text
        stated = []
        for sentence in _SENTENCE_RE.finditer(text):
            if _SENTENCE_KEYWORDS_RE.search(sentence.group(0)):
                statements = _statements(sentence.group(0), about_applications)
                found = [*statements, *_applicant_splits(sentence.group(0), statements)]
                stated += [(sentence.start() + position, *rest) for position, *rest in found]
        received_unproven = _received_not_proven_new(stated)
        for position, table, row, column, value, written in stated:
            if value is not None and not (received_unproven and row == "new_received"):
                line = starts[bisect_right(starts, position, key=_OFFSET) - 1][1] + 1
                figures.setdefault((table, row, column), Figure(table, row, column, Decimal(value), line, written))
    return list(figures.values())


_OFFSET = itemgetter(0)
_ENDS_A_SENTENCE_RE = re.compile(r"[。！!？?]\s*$")  # (a line ending in `；` or `：` runs on: its clause goes on)
_CLAUSE_MARK_RE = re.compile(r"[，,。；;]")
_OPENS_A_HEADING_RE = re.compile(r"\s*(?:[一二三四五六七八九十]{1,3}、|[（(][一二三四五六七八九十\d]{1,3}[）)]|\d{1,2}[.．、]|[#|>]|第)")


def _paragraphs(lines: list[str], skip: list[tuple[int, int]]) -> Iterator[tuple[str, list[tuple[int, int]]]]:
    """The text outside the tables by paragraph: a line that ends mid-sentence (a PDF's or a converter's
    wrap, a page break) runs on into the next unless that opens a heading. Each paragraph's text and,
    for each of its lines, (offset in the text, 0-based line index)."""
    parts, starts, length, previous, heading = [], [], 0, None, False
    for index in _outside(len(lines), skip):
        line = lines[index]
        opens_a_heading = _OPENS_A_HEADING_RE.match(line)
        runs_on = previous == index - 1 and length and line.strip() and not heading \
            and not _ENDS_A_SENTENCE_RE.search(parts[-1]) and not opens_a_heading
        if not runs_on and starts:
            yield "".join(parts), starts
            parts, starts, length = [], [], 0
        starts.append((length, index))
        parts.append(line)
        length, previous = length + len(line), index
        # `三、其他情况`: a heading is a paragraph of its own (a numbered paragraph's first line has a comma)
        heading = bool(opens_a_heading) and not _CLAUSE_MARK_RE.search(line)
    if starts:
        yield "".join(parts), starts


def _received_not_proven_new(stated) -> bool:
    """`受理申请749件…上年结转36件…办结718件，结转下年度31件`: 749 = 718 + 31 is the year's whole work, so with
    applications carried over from last year 受理 counts them too and is not the year's new applications
    (those would make 749 + 36 = 718 + 31). With all four stated, 受理 is read only when that balance
    proves it new; without a carried-over figure (or with 0) the sums cannot tell, and it is read."""
    first: dict[str, int] = {}
    for _position, table, row, column, value, _written in stated:
        if table == APPLICATIONS and column == "total" and value is not None:
            first.setdefault(row, value)
    received, carried_over, concluded, forward = map(first.get, ("new_received", "carried_over", "results_total",
                                                                 "carried_forward"))
    return None not in (received, carried_over, concluded, forward) and carried_over > 0 and \
        received + carried_over != concluded + forward


def _outside(count: int, skip: list[tuple[int, int]]) -> Iterator[int]:
    """The indices of range(count) in none of the [start, end) ranges of `skip`, in order."""
    position = 0
    for start, end in sorted(skip):
        yield from range(position, min(start, count))
        position = max(position, end)
    yield from range(position, count)
