"""The table readers: tables 2, 3 and 4 read from rows, cells laid onto the template's columns.

Table 3 is anchored on the template: its rows' labels are aligned to the template's label sequence
(align.py) and the figures after each label are that row's cells; where separators were lost, the
row and column rules decide the cells (recovery.py). Table 2 is read block by block under its
article's header; table 4 is the one row of 15 figures after its header.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field, replace
from decimal import Decimal
from functools import cache, lru_cache, partial
from itertools import combinations, compress, pairwise, permutations, product, repeat
from math import prod
from operator import attrgetter, is_
from typing import NamedTuple, TypeVar

from ..core import labels as L
from . import align as A
from . import blank_totals as BT
from . import column_blocks as CB
from . import cut_total as CT
from . import group_numbering as GN
from . import recovery as R
from . import wrapped_blocks as WB
from .cells import (
    BLANK,
    RECOVERED,
    RUN_TOGETHER_RE,
    UNIT_PATTERN,
    UNKNOWN,
    VALUE,
    CellRead,
    clean_cell_text,
    display_width,
    looks_like_value,
    read_amount_wan_yuan,
    read_count,
    unit_alone,
)
from .chunks import (
    LEADS,
    LEADS_TWO_BESIDE,
    MAX_UNPRINTED_BLANKS,
    Chunkings,
    Placed,
    Placing,
    column_chunkings,
    place_in_column_chunks,
    sparse_chunk_readings,
    totals_first_readings,
    unprinted_blank_readings,
)
from .formats import is_page_number
from .ocr_text import cells_read_as_marks
from .page_order import (
    GUTTER,
    Piece,
    block_starts,
    columns_beside,
    columns_crossed,
    figures_by_line,
    glyphs_of,
    highest_column,
    page_ways,
    pieces_apart,
    placed_by_page_order,
    proven_marks,
    starts_left_of,
)
from .piece_rows import (
    figures_wrapped_round_pipe_rows,
    lone_piece,
    pieces_beside_a_pipe_row,
    readings_with_the_pieces,
)
from .pipe_header_grid import cells_under_their_header
from .record import Cell, ParsedReport
from .rows import (
    _DIGIT_RE,
    _NUMBERED_LABEL_RE,
    CUT,
    MONEY_UNIT,
    STACKED,
    RawCell,
    Row,
    _figures_of_merged_cells,
    _is_figure,
    _label_then_figures,
    _left_edges,
    _nearest_column,
    aligned_readings,
    anchors_hold,
    cell_parts,
    figure_parts,
    fills_the_row,
    fit_row,
    place_by_position,
    reading_of,
    stands_sure_under,
)
from .stacked_total import words_before_a_stacked_total
from .template import OTHER_SUB_ROWS as _OTHER_SUB_ROWS
from .template import template_sequence
from .wrapped_digits import Word, groupings, is_piece, is_wide_digits
from .wrapped_figures import WRAPPED, wrapped_figures_unknown

# ---------------------------------------------------------------- table 2


# `〈` for `（`: an OCR's look-alike of the bracket (`第二十条第〈一) 项`)
_ARTICLE_RE = re.compile(r"第二十条第[（(〈]?([一二三四五六七八九十]+)[）)〉]?项")


@lru_cache(maxsize=1 << 14)  # asked of every row of table 2; its labels recur in every report
def _article_of(label: str) -> str | None:
    match = _ARTICLE_RE.search(L.normalize_text(label).replace(" ", ""))
    if not match:
        return None
    numerals = "一二三四五六七八九十"
    word = match.group(1)
    number = numerals.index(word) + 1 if len(word) == 1 else 10 + numerals.index(word[-1]) + 1
    return f"20({number})"


def _article_wrapped(rows: list[Row], index: int) -> str | None:
    """The article of a heading wrapped over two lines (`第二十条` / `第（一）项`, a narrow cell)."""
    if index + 1 >= len(rows) or rows[index].has_figures() or not L.squash(rows[index].label).endswith("第二十条"):
        return None
    return _article_of(rows[index].label + rows[index + 1].label)


# the pieces a narrow heading cell wraps into after `第二十条第`: a bracket, a numeral, `项`
_HEADING_PIECE_RE = re.compile(r"[（(〈）)〉一二三四五六七八九十项]{1,4}")


def _article_wrapped_at_its_brackets(rows: list[Row], index: int) -> tuple[str, int] | None:
    """The article of a heading wrapped round its brackets, one piece a line (`第二十条第` / `(` / `五` /
    `)` / `项`), and how many lines after the first it took; None for any other line."""
    if rows[index].has_figures() or L.squash(rows[index].label) not in ("第二十条第", "第二十条"):
        return None
    text = rows[index].label
    for taken, row in enumerate(rows[index + 1 : index + 5], start=1):
        piece = "".join(row.label.split())  # brackets kept: squash drops them
        if row.has_figures() or not _HEADING_PIECE_RE.fullmatch(piece):
            return None
        text += piece
        if (article := _article_of(text)) is not None:
            return article, taken
    return None


# (label, metric key), longest labels first so `本年处理决定数量` wins over `处理决定数量`
_METRIC_VARIANTS = tuple(sorted(((v, key) for key, vs in L.DISCLOSURE_METRICS.items() for v in vs),
                                key=lambda p: -len(p[0])))


def _match_metrics(header: str) -> list[str]:
    """Metric keys in header order, longest labels first."""
    return list(_metrics_named(header))


@lru_cache(maxsize=1 << 12)  # the same header words recur in every report (and in every row of one)
def _metrics_named(header: str) -> tuple[str, ...]:
    taken = [False] * len(header)
    found: list[tuple[int, str]] = []
    for variant, key in _METRIC_VARIANTS:
        start = header.find(variant)
        while start >= 0:
            if not any(taken[start : start + len(variant)]):
                taken[start : start + len(variant)] = [True] * len(variant)
                found.append((start, key))
                break
            start = header.find(variant, start + 1)
    # a header naming one metric twice repeats a merged cell (pymupdf4llm), it has one column
    return tuple(dict.fromkeys(key for _, key in sorted(found)))


# `2019年项目数量`: a count column named by its year, not by 本年 / 上一年
_YEAR_COUNT_RE = re.compile(r"((?:19|20)\d\d)年度?(项目数量?)")


def _years_as_words(header: str, year: int | None) -> str:
    """The header with a count column named by its year (`2019年项目数量`) renamed as the template
    names it: the report's year is 本年 (current_year_count), the year before 上一年
    (previous_year_count); any other year is left as printed, naming no column."""
    if "项目数" not in header or year is None:
        return header
    words = {year: "本年", year - 1: "上一年"}
    return _YEAR_COUNT_RE.sub(lambda m: words[int(m.group(1))] + m.group(2) if int(m.group(1)) in words
                              else m.group(0), header)


@lru_cache(maxsize=1 << 14)  # as _article_of
def _item_of(label: str) -> str | None:
    squashed = L.squash(label)
    best = None
    for key, (_, variants, _templates) in L.DISCLOSURE_ITEMS.items():
        for variant in variants:
            if squashed.startswith(variant) and (best is None or len(variant) > best[0]):
                best = (len(variant), key)
    return best[1] if best else None


@lru_cache(maxsize=1 << 12)
def _header_cell_metrics(text: str) -> list[str]:
    """The metrics one header cell's words name."""
    return _match_metrics(L.squash(text))


def _metric_of(text: str) -> str | None:
    """The metric a header word names whole (`本年新制作数量`, once its wrapped pieces are joined)."""
    squashed = L.squash(text)
    return next((key for key, variants in L.DISCLOSURE_METRICS.items() if squashed in variants), None)


def _known_column_lists(article: str, template: str) -> list[list[str]]:
    lists = [list(L.TEMPLATE_DISCLOSURE_COLUMNS.get(template, {}).get(article, ()))]
    if template == "2019" and article in ("20(5)", "20(6)", "20(8)"):
        # some agencies add the 本年项目数量 column after 上一年项目数量
        lists.append([lists[0][0], "current_year_count", *lists[0][1:]])
    return [candidate for candidate in lists if candidate]


def _columns_for(article: str, header: list[str], values: list[RawCell], template: str,
                 crawled: bool = False, whole: bool = False) -> tuple[list[str], bool]:
    """The metric of each value column and whether the template had to complete the header.

    A header that names a known column list is taken as it is; a truncated one (`本年新 | 本年新`)
    is completed from the template list that contains what it names and has as many columns as
    the row has figures. A `crawled` row's figures may have run together, so their count says
    nothing: the one template list that contains what the header names is taken (`本年废纸件数`, a
    misprint, names no column, and `规章000` is three cells, not two). A `whole` header (each of its
    words names a column) is taken as printed, any subset and order of the article's columns: a
    variant that prints `2019年项目数量` and 处理决定数量 only has those two, never the template's four.
    """
    known = _known_column_lists(article, template)
    if header in known:
        return header, False
    if whole and header and set(header) <= {metric for candidate in known for metric in candidate}:
        return header, False
    filled = list(values)
    while filled and filled[-1].is_empty:
        filled.pop()
    fitting = [c for c in known if _is_subsequence(header, c)]
    for candidate in fitting:
        if len(candidate) == len(filled):
            return candidate, True
    if fitting and (not header or crawled and len(fitting) == 1):
        return fitting[0], True
    return header, False


def _names_other_columns(header: str, columns: list[str]) -> bool:
    """Whether a squashed header that names no column prints words (besides `信息内容`, punctuation and
    years) with a character none of `columns`' names holds (`项目总量`): words of other columns, not
    pieces of these that the reader could not join (`上 一` / `年 项 目` wrapped a glyph a line)."""
    words = re.sub(r"[\W_\d年]", "", header.replace("信息内容", ""))
    return bool(words) and not set(words) <= _glyphs_of(tuple(columns))


@lru_cache(maxsize=64)
def _glyphs_of(columns: tuple[str, ...]) -> frozenset[str]:
    return frozenset("".join(variant for variant, metric in _METRIC_VARIANTS if metric in columns))


def _names_every_word(header: str) -> bool:
    """Whether each word of a squashed header names a column (`信息内容` aside): nothing of it unread."""
    for variant, _ in _METRIC_VARIANTS:  # longest first, as they are matched
        header = header.replace(variant, "")
    return not header.replace("信息内容", "")


def _is_subsequence(short: list[str], long: list[str]) -> bool:
    it = iter(long)
    return all(any(x == y for y in it) for x in short)


# ---------------------------------------------------------------- table 2: last year's record


def last_year_disclosures(previous: dict | None, report: ParsedReport, template: str) -> dict[str, dict[str, Decimal]]:
    """Table 2 of the agency's previous report (a record in the parser-output shape): item →
    metric → figure, from the cells it read (a value, a blank as 0, or recovered), or nothing when
    the record is not the same agency's, the year before, on the same template."""
    if not previous or previous.get("template") != template or previous.get("year") != (report.year or 0) - 1 \
            or report.agency is None or previous.get("agency") != report.agency:
        return {}
    figures: dict[str, dict[str, Decimal]] = {}
    for cell in previous.get("disclosures", ()):
        if cell.get("cell_state") in (VALUE, BLANK, RECOVERED):
            value = Decimal(0) if cell.get("value") is None else Decimal(str(cell["value"]))
            figures.setdefault(cell["item"], {})[cell["metric"]] = value
    return figures


PREVIOUS = "the agency's previous report"


def carry_over_rule(columns: tuple[str, ...], last: dict[str, Decimal]) -> tuple[str, Callable] | None:
    """(the identity, its test on a reading) that ties this year's row of table 2 to last year's,
    where the template's columns make one hold: a stock is last year's stock plus this year's flow
    (2021: 现行有效 = last year's 现行有效 + 本年制发 − 本年废止; 2019: 对外公开总数量 = last year's + 本年新公开;
    2019: 上一年项目数量 = last year's 本年项目数量, or its 上一年项目数量 + 本年增/减). None: no identity, or
    last year's record lacks the figures it needs."""
    at = {metric: i for i, metric in enumerate(columns)}

    def n(reading: R.Reading, metric: str) -> Decimal:
        return reading[at[metric]] or Decimal(0)

    if {"issued", "repealed", "in_force"} <= at.keys() and "in_force" in last:
        return (f"{PREVIOUS}: 现行有效 = last year's 现行有效 + 本年制发 − 本年废止",
                lambda r: n(r, "in_force") == last["in_force"] + n(r, "issued") - n(r, "repealed"))
    if {"new_published", "total_published"} <= at.keys() and "total_published" in last:
        return (f"{PREVIOUS}: 对外公开总数量 = last year's 对外公开总数量 + 本年新公开数量",
                lambda r: n(r, "total_published") == last["total_published"] + n(r, "new_published"))
    if "previous_year_count" in at:
        if "current_year_count" in last:
            count = last["current_year_count"]
        elif "previous_year_count" in last and "change" in last:
            count = last["previous_year_count"] + last["change"]
        else:
            return None
        return (f"{PREVIOUS}: 上一年项目数量 = last year's 上一年项目数量 + 本年增/减", lambda r: n(r, "previous_year_count") == count)
    return None


# Sentences of the report that state a figure of table 2's 20(1) rows: the verb names the column
# (`本年度制发行政规范性文件62件`, `废止规范性文件6件`, `现行有效行政规范性文件共253件`), and one verb may
# state a list of items, each item's name opening its clause (`主动公开规章13件，行政规范性文件60件`). No
# digit may stand between the verb and the first item: the table's own header (`本年制发件数…规章000行政
# 规范性文件…`) is no sentence.
_STATED_METRICS = {"issued": ("制发", "制定", "印发", "出台"), "repealed": ("废止",), "in_force": ("现行有效",),
                   # this year's publications (2019's 本年新公开数量), never 累计公开 (the stock)
                   "published": ("主动公开", "新公开")}
_STATED_ITEM_OF = {variant: item for item, (article, variants, _) in L.DISCLOSURE_ITEMS.items() if article == "20(1)"
                   for variant in variants}
_STATED_VARIANTS = "|".join(sorted(_STATED_ITEM_OF, key=len, reverse=True))  # 行政规范性文件 before 规范性文件
_STATED_FILLER = "(?:共计|共|合计|总计|计|为|达)?"
_STATED_FIGURE = rf"(?:{_STATED_VARIANTS}){_STATED_FILLER}\d{{1,7}}件"
_STATED_RE = [(metric, re.compile(rf"(?:{'|'.join(verbs)})[^，,。；;：:\d]{{0,12}}?"
                                  rf"(?P<figures>{_STATED_FIGURE}(?:[、，,]{_STATED_FIGURE})*)"))
              for metric, verbs in _STATED_METRICS.items()]
_STATED_ONE_RE = re.compile(rf"(?P<item>{_STATED_VARIANTS}){_STATED_FILLER}(?P<n>\d{{1,7}})件")
# the template's columns that a sentence's verb states
_STATED_COLUMNS = {"2019": {"issued": "new_made", "published": "new_published"},
                   "2021": {"issued": "issued", "repealed": "repealed", "in_force": "in_force"}}


# `作出行政处罚决定305起`: the decisions of a 20(5)/(6) item (处理决定数量, both templates)
_DECIDED_ITEM_OF = {variant: item for item, (article, variants, _) in L.DISCLOSURE_ITEMS.items()
                    if article in ("20(5)", "20(6)") for variant in variants}
_STATED_DECISIONS_RE = re.compile(rf"作出(?P<item>{'|'.join(_DECIDED_ITEM_OF)})决定(?:书)?(?:共|计)?"
                                  r"(?P<n>\d{1,7})(?:件|起|宗|份)")


def stated_disclosures(text: str, template: str, year: int | None = None) -> dict[str, dict[str, set[Decimal]]]:
    """Table 2 figures the report's sentences state: item → metric → the figures stated for it. A clause
    speaking of another time than the report's year (`2022年度废止…`, `上一年度…`, `累计…`; `year`: the report's)
    states none."""
    stated: dict[str, dict[str, set[Decimal]]] = {}
    for match in _STATED_DECISIONS_RE.finditer(text):
        if _of_another_time(text, match, year):
            continue
        item = _DECIDED_ITEM_OF[match.group("item")]
        stated.setdefault(item, {}).setdefault("decisions", set()).add(Decimal(match.group("n")))
    for metric, pattern in _STATED_RE:
        column = _STATED_COLUMNS.get(template, {}).get(metric)
        if column is None:
            continue
        for match in pattern.finditer(text):
            if _of_another_time(text, match, year):
                continue
            for figure in _STATED_ONE_RE.finditer(match.group("figures")):
                item = _STATED_ITEM_OF[figure.group("item")]
                stated.setdefault(item, {}).setdefault(column, set()).add(Decimal(figure.group("n")))
    return stated


def _of_another_time(text: str, match: re.Match, year: int | None) -> bool:
    """Whether the clause of a stated figure (from the sentence's start to the figure) names a time other than
    the report's year: a year not `year`, or words of years before or of the years together."""
    start = max(text.rfind(mark, 0, match.start()) for mark in "。；;\n") + 1
    clause = text[start : match.end()]
    return _ANOTHER_TIME_RE.search(clause) is not None or \
        any(int(found) != year for found in _A_YEAR_RE.findall(clause))


_ANOTHER_TIME_RE = re.compile("上一?年|去年|前年|往年|历年|累计|以来|近[一二三四五六七八九十两\\d]+年")
_A_YEAR_RE = re.compile(r"((?:19|20)\d\d)\s*年")


def stated_rule(columns: tuple[str, ...], stated: dict[str, set[Decimal]]) -> tuple[str, Callable] | None:
    at = {metric: i for i, metric in enumerate(columns) if metric in stated}
    if not at:
        return None
    named = ", ".join(f"{metric} {'/'.join(str(v) for v in sorted(stated[metric]))}" for metric in at)
    return (f"the figures its sentences state ({named})",
            lambda r: all((r[i] or Decimal(0)) in stated[metric] for metric, i in at.items()))


_Name = TypeVar("_Name")  # a test's name: its description, or the column it tests


def narrowed(readings: list[R.Reading], tests: Iterable[tuple[_Name, Callable[[R.Reading], bool]]],
              cutting: bool = False) -> tuple[list[R.Reading], list[_Name]]:
    """The splits of a crawled row of table 2 narrowed by each test in turn, and the names of the
    tests used: those that kept some (with `cutting`: that kept fewer than before them). A test
    that keeps none contradicts the row's text or the tests before it: it is set aside, never forced."""
    kept, used = list(readings), []
    for name, holds in tests:
        narrowed = [reading for reading in kept if holds(reading)]
        if narrowed and (not cutting or len(narrowed) < len(kept)):
            kept, used = narrowed, [*used, name]
    return kept, used


def _split_by_evidence(report: ParsedReport, item: str, columns: tuple[str, ...], row: Row,
                       candidates: list[R.Reading] | None, rules: list[tuple[str, Callable]]) -> list[R.Reading] | None:
    """The splits of a crawled row of table 2 that its text allows, narrowed by evidence from
    outside the row (the report's sentences, the agency's previous report), each in turn: a piece
    of evidence that keeps none of the splits contradicts the text and is set aside, never forced.
    Returned narrowed only when exactly one split is left."""
    if not rules:
        return candidates
    if candidates is None:  # too many to tell apart by the text alone: count further, still bounded
        candidates = R.row_candidates([v.text for v in row.values()], len(columns), summed=False, blanks=True,
                                      limit=R.MAX_CANDIDATES_WITH_EVIDENCE)
    keeping, used = narrowed(candidates or [], rules)
    if len(keeping) != 1 or not used:
        return candidates if candidates is not None and len(candidates) <= R.MAX_CANDIDATES else None
    report.warn("split_by_evidence", f"table 2 {item}: of the splits its text allows, one only keeps "
                f"{' and '.join(used)}; chosen by it", row.line)
    return keeping


def _stated_cells_alone(report: ParsedReport, item: str, columns: tuple[str, ...], row: Row,
                        candidates: list[R.Reading] | None, stated: dict[str, set[Decimal]],
                        widened: Callable[[], list[R.Reading] | None]) -> bool:
    """Several splits of a crawled row of table 2 keep the figures its sentences state
    (`作出行政处罚决定305起` beside `11910305`: 1191, 0, 305 or 119, 10, 305 …): the cells the sentences
    state, where every such split reads them alike, are written recovered and the others unknown
    (True). False: no sentence states a cell of the row that way."""
    at = {metric: i for i, metric in enumerate(columns) if metric in stated}
    if not at:
        return False
    if candidates is None:  # too many to tell apart by the text alone: count further, still bounded
        candidates = widened()
    # a split holds a stated figure only where it reads the cell (a blank is no figure stated)
    tests = [(i, lambda r, i=i, figures=stated[metric]: r[i] is not None and r[i] in figures) for metric, i in at.items()]
    kept, used = narrowed(candidates or [], tests)
    confirmed = {i: value for i, value in R.common_cells(kept).items() if i in used} if used else {}
    if not confirmed:
        return False
    shown = {columns[i]: int(value) for i, value in confirmed.items()}
    report.warn("split_by_evidence", f"table 2 {item}: {len(kept)} splits its text allows keep the figures its "
                f"sentences state, all with {shown}: those marked recovered, the others unknown", row.line)
    texts = " | ".join(c.text.strip() for c in row.values())
    for i, column in enumerate(columns):
        value = confirmed.get(i)
        report.cells.append(Cell("disclosures", item, column, value, UNKNOWN if i not in confirmed else RECOVERED,
                                 row.line, None if i not in confirmed else texts))
    return True


def template_bounds(columns: tuple[str, ...]) -> list[tuple[str, Callable]]:
    """What the 2019 template's own columns make hold inside one row of table 2, where the row prints
    them: (description, its test on a reading; a blank read as 0)."""
    at = {metric: i for i, metric in enumerate(columns)}

    def n(reading: R.Reading, metric: str) -> Decimal:
        return reading[at[metric]] or Decimal(0)

    bounds = []
    if {"previous_year_count", "current_year_count", "change"} <= at.keys():  # DISCLOSURE_CHANGE
        bounds.append(("本年增/减 = 本年项目数量 − 上一年项目数量", lambda r: n(r, "change") ==
                       n(r, "current_year_count") - n(r, "previous_year_count")))
    if {"previous_year_count", "change"} <= at.keys():
        # this year's count of items, 上一年 + 本年增/减, is never negative; a blank 上一年 says nothing of it
        bounds.append(("上一年项目数量 + 本年增/减 ≥ 0", lambda r: r[at["previous_year_count"]] is None
                       or n(r, "previous_year_count") + n(r, "change") >= 0))
    if {"new_published", "total_published"} <= at.keys():  # the total published holds this year's
        bounds.append(("对外公开总数量 ≥ 本年新公开数量", lambda r: n(r, "total_published") >= n(r, "new_published")))
    return bounds


def _kept_by_the_template(report: ParsedReport, item: str, columns: tuple[str, ...], row: Row,
                          candidates: list[R.Reading] | None,
                          widened: Callable[[], list[R.Reading] | None]) -> list[R.Reading] | None:
    """The splits of a crawled 2019 row cut down to those that keep the template's own arithmetic
    inside the row (`template_bounds`): 本年增/减 = 本年 − 上一年 where 本年项目数量 is printed,
    上一年 + 本年增/减 ≥ 0 where 上一年 is not blank, and 对外公开总数量 ≥ 本年新公开数量. A bound none of
    them keeps is the row's finding, and chooses nothing."""
    bounds = template_bounds(columns)
    if not bounds:
        return candidates
    if candidates is None:  # too many to tell apart by the text alone: count further, still bounded
        candidates = widened()
        if candidates is None:
            return None
    kept, used = narrowed(candidates, bounds, cutting=True)
    if not used:
        return candidates if len(candidates) <= R.MAX_CANDIDATES else None
    report.warn("split_by_template", f"table 2 {item}: of {len(candidates)} splits its text allows, {len(kept)} "
                f"keep {' and '.join(used)}", row.line)
    return kept if len(kept) <= R.MAX_CANDIDATES else None


# `今年共发布采购信息21条共5419886元`, `全年共发布采购信息197批次涉及金额3601627.4元`: a count and an amount
# stated together in one clause about procurement
_STATED_PROCUREMENT_RE = re.compile(r"采购[^。；;，,\d]{0,12}?(?P<count>\d{1,5})\s*(?:条|个|项|批次|批|宗|次)"
                                    rf"[^。；;，,\d]{{0,10}}?(?P<amount>\d+(?:\.\d+)?)\s*(?P<unit>{MONEY_UNIT})")


def _count_and_amount_stated(report: ParsedReport, item: str, columns: tuple[str, ...], row: Row,
                             values: list[RawCell], text: str) -> R.Reading | None:
    """A crawled row whose count ran into its amount and unit (`215419886元`): the one cut of the run
    whose count and amount (in 万元) a sentence of the report states, both of them, in one clause;
    None when no sentence states both of a cut, or when several cuts are stated."""
    printed = [clean_cell_text(v.text) for v in values if not v.is_empty]
    if columns != ("project_count", "total_amount_wan_yuan") or len(printed) != 1 or \
            not (glued := re.fullmatch(rf"(\d+)(\.\d+)?({MONEY_UNIT})", printed[0])):
        return None
    stated = {(Decimal(m.group("count")), read_amount_wan_yuan(m.group("amount") + m.group("unit")).value)
              for m in _STATED_PROCUREMENT_RE.finditer(text)}
    if not stated:
        return None
    digits, decimals, unit = glued.group(1), glued.group(2) or "", glued.group(3)
    cuts = set()
    for at in range(1, len(digits)):
        count, amount = digits[:at], digits[at:] + decimals
        if count.startswith("0") or (amount.startswith("0") and len(digits) - at > 1):
            continue  # no office writes a count or an amount with a leading zero
        reading = (Decimal(count), read_amount_wan_yuan(amount + unit).value)
        if reading in stated:
            cuts.add(reading)
    if len(cuts) != 1:
        return None
    report.warn("split_by_evidence", f"table 2 {item}: of the cuts of {printed[0]!r}, one only is the count and "
                "amount its sentences state; chosen by it", row.line)
    return cuts.pop()


class PageBlanks(NamedTuple):
    """How a crawled page writes an empty cell, as its table 3 shows (`page_blanks`)."""

    may_vanish: bool = True  # as nothing, hiding a cell in a run of digits
    dash: bool = True  # as `-`, which in 2019's table 2 may also be 本年增/减's sign


ANY_BLANKS = PageBlanks()  # nothing known of the page: a blank may be anywhere, as anything
_DASHES = frozenset({"-", "－", "–"})


class _ReadInBlock(NamedTuple):
    """A row of a table 2 block as read."""
    item: str
    row: Row
    columns: tuple[str, ...]
    fitted: list
    problem: str | None
    index: int  # of the row among the table's


class _Unplaced(NamedTuple):
    """An aligned row of table 2 no header places, kept to be placed by page order."""
    item: str
    row: Row
    columns: tuple[str, ...]
    code: str
    problem: str
    index: int
    units: dict[str, str]


def read_disclosures(report: ParsedReport, rows: list[Row], template: str, previous: dict | None = None,
                     text: str = "", blanks: PageBlanks = ANY_BLANKS, poppler_pages: bool = False) -> set[int]:
    """Table 2's cells into the report; returns the lines of the rows whose columns are unproven (the
    template's guess, `COLUMNS_UNPROVEN`), whatever else was found wrong with them: nothing else reads them.
    `previous`: the agency's report of the year before (parser-output shape), when at hand;
    `text`: the report's text, whose sentences may state a figure of table 2; `blanks`: how the page
    writes an empty cell, where a crawled row may hide one (`page_blanks`); `poppler_pages`: the text's
    pages are pdftotext's (`poppler_pages` in parse.py), whose -layout columns poppler set."""
    last_year = last_year_disclosures(previous, report, template)
    stated: dict | None = None  # read from the sentences the first time a crawled row needs them
    article: str | None = None
    header: list[str] = []
    columns: list[str] | None = None  # decided at the block's first item row
    seen: set[str] = set()
    positions: dict[str, float] = {}  # aligned text: where each metric's header stands
    header_text = ""  # the header's words so far: one cell per line puts them on lines of their own
    header_raw = ""  # the same, brackets kept: a unit the header prints for an amount column
    units: dict[str, str] = {}  # the block's amount columns whose header prints their unit
    header_parts: list[RawCell] = []  # aligned text: the header's words, where they stand
    articles: set[str] = set()  # the articles whose block is printed
    block_columns: dict[str, list[str]] = {}  # article → the columns its block's first item row was read under
    pdf_text = _blank_cells_print_nothing("\f" in text, rows)
    headless = False  # an article entered by an item's label, away from its heading and header
    read_in_block: dict[str, list[_ReadInBlock]] = {}  # article → its rows read
    unplaced: list[_Unplaced] = []  # aligned rows no header places: placed after their block's other rows
    units_taken: set[int] = set()  # rows that were only the unit of the amount on the row before
    whole = False  # the block's header names a column with each of its words
    unnamed = ""  # the block's header words where none names a column: its columns are the template's guess
    unproven_lines: set[int] = set()  # rows whose columns are the template's guess
    for index, row in enumerate(rows):
        if index in units_taken or _FIGURES_PIECE_RE.search(row.label) and _an_amounts_piece(row):
            continue  # an amount's piece read as a label (`9.`): read with the item row beside it
        label = row.label
        found_article = _article_of(label) or _article_wrapped(rows, index)
        if not found_article and (at_brackets := _article_wrapped_at_its_brackets(rows, index)) is not None:
            found_article, taken = at_brackets
            units_taken |= set(range(index + 1, index + taken + 1))  # the heading's pieces: no header words
        if found_article:
            article, header, columns, positions, headless = found_article, [], None, {}, False
            whole, unnamed = False, ""
            articles.add(article)
            header_text, header_parts, header_raw, units = "", [], "", {}
            continue
        if article is None and (not row.has_figures() or _item_of(label) is None):
            # before any article's heading: only an item's label with figures enters its article (a heading
            # whose characters a PDF's reading order scrambled, `第二 条第 一十 （ ）项`, names none)
            continue
        if (not row.has_figures() or _slash_of_a_wrapped_header(rows, index)) \
                and _item_of(label) is None and label.strip():
            header_text += "".join(L.squash(c.text) for c in row.label_cells())
            header_raw += "".join(c.text for c in row.label_cells())
            if "元" in header_raw or "万" in header_raw or "亿" in header_raw:  # every unit holds one of them
                units |= _units_in_header(header_raw)
            words = _years_as_words(header_text, report.year)
            named = _match_metrics(words)
            if named:
                header, whole = named, _names_every_word(words)
            for cell in row.label_cells():
                named = _match_metrics(_years_as_words(L.squash(cell.text), report.year))
                if cell.x is not None and len(named) == 1:
                    positions[named[0]] = cell.x
            header_parts += [part for cell in row.label_cells() for part in cell_parts(cell) if part.x is not None]
            continue
        if len(header_parts) > 1 and len(header) < len(header_parts):
            stacked = header_positions(header_parts, _metric_of)
            if len(stacked) > len(header):  # a narrow column: each header word wrapped down it
                header = sorted(stacked, key=stacked.get)
                positions.update(stacked)
        previous = rows[index - 1].label if index and not rows[index - 1].has_figures() else ""
        printed_words = header_text
        header_text, header_parts, header_raw = "", [], ""
        item = _item_of(label) or _wrapped_item(label, previous, rows[index + 1 :])
        if item is None or item in seen:
            continue
        if not row.has_figures() and _named_in_passing(label, item, seen):
            continue  # no row: its cells stay unknown, never blank
        seen.add(item)
        values = row.values()
        if row.piped and index:
            values = _spanned_cells_said_once(rows[:index], row, values)
        if L.DISCLOSURE_ITEMS[item][0] != article:
            # the item's label names its article: a converter printed `第二十条第（一）项` with nothing
            # under it and 规章 / 规范性文件 after another article's rows
            article, columns = L.DISCLOSURE_ITEMS[item][0], None
            header = header if header in _known_column_lists(article, template) else []
            headless, unnamed = True, ""
            articles.add(article)
        if columns is None:
            columns, completed = _columns_for(article, header, values, template,
                                              row.joined and _has_digit_run(values), whole)
            # words printed where the header stands that name no column (`项目总量 | 决定总量`): the template's
            # columns are a guess the words do not bear out, whatever the row's width
            unnamed = printed_words if completed and not header and not headless and \
                _names_other_columns(printed_words, columns) else ""
            if completed and not unnamed:
                report.warn("header_incomplete", f"table 2 {article}: the header names {header or 'nothing'}; "
                            f"columns {columns} taken from the {template} template", row.line)
        if not columns:
            report.warn("unreadable_header", f"table 2 {article}: cannot name the columns of {label.strip()!r}", row.line)
            continue
        block_columns.setdefault(article, list(columns))
        # `人民币 2` / `9.` / the row / `8958` / `59万元`: its amount wrapped round it, one piece a label to the row builder
        label_pieces = _amounts_pieces_beside(rows, index) if set(columns) & L.AMOUNT_METRICS else set()
        taken_here: set[int] = set()  # the rows this row's amount joined
        if columns[-1] in L.AMOUNT_METRICS and (with_unit := _amount_with_its_unit_after(rows, index)) is not None:
            row, taken = with_unit
            values = row.values()
            units_taken |= taken
        head_unproven = False  # the row's last figure may open its amount, whose rest could not be joined
        if row.amount_may_go_on and columns[-1] in L.AMOUNT_METRICS and \
                sum(not cell.is_empty for cell in values) == len(columns):
            # `行政事业性收费 3` / `1.48` / `2405万元`: a figure for every column, so the last one (digits alone)
            # opens the amount (31.482405) and is no count; one short (`政府集中采购 8` / …) is read below
            if (opened := _amount_opened_at_its_rows_end(rows, index)) is not None:
                row, taken, texts = opened
                values = row.values()
                units_taken |= taken
                taken_here = taken
                report.warn("amount_wrapped", f"table 2 {item}: its amount wrapped over the lines after its row, "
                            f"{' + '.join(texts)}: read joined", row.line)
            else:
                head_unproven = True
        if row.spaced and len(values) < len(columns) and not label_pieces and \
                len(values) + len(below := _figures_on_the_lines_below(rows, index)) == len(columns):
            # `行政规范性文件 5` / `0` / `6`: pdftotext without -layout sets the first figure beside the
            # label and the others on lines of their own; together exactly the columns, in order
            row = Row([*row.cells, *below], stacked=True, page=row.page)
            values = row.values()
        elif row.stacked and not row.joined and (spaced := _cells_on_the_line_after_its_label(row)) is not None:
            # `行 政` / `规 范 性 文 件` / `4 0 11` (pdftotext -raw): a wrapped label's cells one space apart on the
            # line after it, each word a cell, a blank leaving no trace (fewer than the columns: unknown, as of any
            # spaced row)
            row = Row([*row.label_cells(), *spaced], spaced=True, page=row.page)
            values = row.values()
        elif row.stacked and not row.joined and (glued := _figure_glued_to_its_label(row, item)) is not None and \
                len(glued.values()) == len(columns):
            # `行政规范性文件3` / `1` / `32`: the first figure set against the label with no space between
            row, values = glued, glued.values()
        elif row.aligned and (glued := _figure_glued_to_its_label(row, item)) is not None and \
                len(glued.values()) <= len(columns):
            # `行政规范性文件6     1   1,326` (pdftotext -layout of LibreOffice's PDF): a figure set against the
            # label's last character is a cell of its own where it stands, not the label's (its column read blank)
            row, values = glued, glued.values()
        glued_unplaced = False
        if row.piped and (glued := _figure_glued_to_its_label(row, item)) is not None:
            row = glued
            values = _pipe_figures_after_a_glued_one(glued.values(), len(columns)) or glued.values()
            glued_unplaced = len(values) != len(columns)
        elif row.piped and (in_place := _cells_where_a_glued_row_sets_them(rows, index, len(columns))) is not None:
            values = in_place or values
            glued_unplaced = not in_place
        anchors = [positions[m] for m in columns] if all(m in positions for m in columns) else None
        fitted, problem, code = fit_row(row, values, len(columns), anchors, trailing_first=True, signed_at=next(
            (at for at, metric in enumerate(columns) if metric in L.SIGNED_METRICS), None))
        if row.piped and glued is None and not in_place and \
                (under_header := cells_under_their_header(rows, index, columns, _header_cell_metrics)) is not None:
            fitted, problem = under_header, None  # each figure under its header's pipe cell, blank cells kept
        if row.piped and not problem and _lone_figure_line_before(rows, index):
            # markitdown sets a figure pdfminer gave no pipe column on a line of its own right above the row it
            # stands in (`16` / `| 规章 | 无 | 无 |  |`): the row's empty cells may be that figure's, not blank
            fitted = [None if cell is not None and cell.is_empty else cell for cell in fitted]
        if glued_unplaced:
            problem, code, fitted = GLUED_IN_A_PIPE_ROW if glued is not None else BESIDE_A_GLUED_ROW, "short_row", \
                [None] * len(columns)
        elif row.piped and (round_it := _pipe_amount_round_its_row(rows, index, values, columns)) is not None:
            fitted, pieces = round_it
            problem = None if pieces else AMOUNT_PIECES_ROUND_A_PIPE_ROW
            code = "amount_wrapped" if pieces else "short_row"
            if pieces:
                units_taken.add(index + 1)
                report.warn("amount_wrapped", f"table 2 {item}: its amount wrapped round its pipe row, "
                            f"{' + '.join(pieces)} on the lines before and after it: read joined", row.line)
        if completed and not row.joined and (unproven := _cells_beside_columns_not_printed(row, values, columns)):
            problem, code, fitted = unproven, COLUMNS_UNPROVEN, [None] * len(columns)
            unproven_lines.add(row.line)
        if head_unproven and not problem:
            problem, code = ("its last figure may open its amount, the rest on the lines after it, which do not "
                             "join it to one amount"), "short_row"
            fitted = [*fitted[:-1], None]
        if row.aligned and not problem and columns[-1] in L.AMOUNT_METRICS and fitted and fitted[-1] is not None \
                and (below := _amount_wrapped_below_its_head(rows, index, fitted[-1])) is not None:
            # `政府集中采   24   人民币62` / `购   .2290` / `34万元`: the amount's head on the row's line, its rest below
            joined, taken, texts = below
            units_taken |= taken
            taken_here = taken
            if joined is None:
                problem, code = (f"its amount's head ({texts[0]!r}) goes on below it, in its column "
                                 f"({' + '.join(texts[1:])}), and the pieces join no one amount"), "short_row"
                fitted = [*fitted[:-1], None]
            else:
                fitted = [*fitted[:-1], joined]
                report.warn("amount_wrapped", f"table 2 {item}: its amount wrapped down its column below the row's "
                            f"line, {' + '.join(texts)}: read joined", row.line)
        if problem and (alone := _amount_alone_wrapped_after_its_label(rows, index, values, columns)) is not None:
            # `行政事业性收费` / `37.3` / `209 万元` (`pdftotext -raw` of Chromium's PDF): the row's only cell wrapped
            fitted, problem = [alone], None
            report.warn("amount_wrapped", f"table 2 {item}: its one column, an amount, wrapped over the lines after "
                        f"its label, {' + '.join(v.text.strip() for v in values if not v.is_empty)}: read joined",
                        row.line)
        if problem and (wrapped := _amount_wrapped_round_its_row(rows, index, values, columns)) is not None:
            # Chromium's narrow amount column (`86.9` / `政府集中采购  8` / `5455万元`): the amount's pieces joined
            fitted, problem = wrapped[0], None
            units_taken |= wrapped[1]
            taken_here = wrapped[1]
            report.warn("amount_wrapped", f"table 2 {item}: its amount wrapped down its narrow column, "
                        f"{' + '.join(wrapped[2])}, round the row's line or after it: read joined", row.line)
        if _a_pdf_line_by_line(row, pdf_text) and \
                0 < (figures := sum(not v.is_empty for v in values)) < len(columns):
            # a PDF's text without -layout sets nothing for an empty cell (an empty line is only the gap
            # between two cells): fewer figures than columns say nothing of which columns they stand in
            # (`规章` / `1` / `33`: blank, 1, 33)
            problem = _unseen_blanks(figures, len(columns))
            code, fitted = "short_row", [None] * len(columns)
        elif problem and row.joined and blanks.may_vanish and not _has_digit_run(values) and \
                0 < sum(not v.is_empty for v in values) < len(columns):
            # a crawled row on a page that writes a blank cell as nothing (`行政规范性文件５` under three columns):
            # its few figures say nothing of which columns they stand in
            problem = f"{sum(not v.is_empty for v in values)} figures for {len(columns)} columns in a crawl " \
                      "whose blank cells leave no trace: which columns are blank is not known"
            fitted = [None] * len(columns)
        if headless and problem:  # away from its header, fewer figures than columns say nothing of their columns
            fitted = [None] * len(columns)
        alone, named = _figures_of_a_one_item_block(rows, index, template) \
            if row.stacked and not row.has_figures() else ([], [])
        if named in _known_column_lists(article, template) and len(alone) == len(named):
            columns = named  # the block's header words, wherever they stand, name its columns
        if alone and len(alone) == len(columns) and _figures_elsewhere(rows, index):
            fitted, problem = alone, None
            report.warn("figures_apart", f"table 2 {item}: its figures stand among its block's header words, away "
                        "from its label; the block holds this item only: read in order", row.line)
        elif not row.has_figures() and _figures_elsewhere(rows, index):
            problem = ("no figures after its label, and its block's header words come after it or hold figures "
                       "(text out of reading order)")
            code = "short_row"
            fitted = [None] * len(columns)
        elif not row.has_figures() and row.stacked and pdf_text and not _block_names_a_metric(rows, index):
            problem = ("no figures after its label, and its block's header words stand elsewhere (a PDF's text out "
                       "of reading order)")
            code = "short_row"
            fitted = [None] * len(columns)
        elif not row.has_figures() and _figures_beside_label(rows, index) and \
                (wrapped := _lone_amount_wrapped_round_its_label(rows, index, columns)) is not None:
            fitted, problem = wrapped[0], None
            units_taken |= wrapped[1]
            taken_here = wrapped[1]
            report.warn("amount_wrapped", f"table 2 {item}: its amount wrapped down its narrow column, "
                        f"{' + '.join(wrapped[2])}, round the label's line, nothing on it: read joined", row.line)
        elif not row.has_figures() and _figures_beside_label(rows, index):
            problem = "no figures after its label, and figures without a label stand on the line beside it"
            code = "short_row"
            fitted = [None] * len(columns)
        elif row.has_figures() and _figures_before_the_label(rows, index):
            # `人民币2` / `政府集中采购` / `2` / `9.895859万元` (pdftotext without -layout): a wrapped amount's
            # first piece is set before the label, its rest after it
            if (joined := _amount_wrapped_round_its_label(rows[index - 1], values, columns)) is not None:
                # the join proves every cell (no piece can be another cell's): it wins over a count's doubt
                fitted, problem = joined, None
                piece = next(cell for cell in rows[index - 1].values() if not cell.is_empty)
                report.warn("amount_wrapped", f"table 2 {item}: its amount wrapped round its label, its first "
                            f"piece before it ({piece.text.strip()!r}), its rest after the row's other figures: "
                            "read joined", row.line)
            else:  # which piece is whose is not known
                problem = ("figures stand before its label too, after its block's header (an amount wrapped round "
                           "its label)")
                code = "short_row"
                amounts = [metric in L.AMOUNT_METRICS for metric in columns]
                fitted = [None if amounts[i] or not any(amounts) else raw for i, raw in enumerate(fitted)]
        elif row.stacked and any(not cell.is_empty for cell in values) and \
                (_FIGURE_IN_TEXT_RE.search(row.label) or "人民币" in row.label):
            # `政府集中采购 2 人民币29.` / `8958` / `59万元` (pdftotext -raw, the amount's first line on the row's):
            # figures on the label's line, which the row builder took into the label, and on the lines after it
            problem = "figures on its label's line and on the lines after it: which column each stands in is not known"
            code, fitted = "short_row", [None] * len(columns)
        elif all(cell.is_empty for cell in values) and _FIGURE_IN_TEXT_RE.search(label):
            # `| 行政许可 517645 |  |  |` (a converter's markdown), `规章     0     0     0` (an OCR's line): the
            # figures are printed inside the label's cell, so its cells are not blank; one figure a column, in
            # order, or unknown
            inside = _figures_inside_label(label, row.line)
            if not inside and (amount := _amount_glued_to_its_label(label, item, columns, row.line)) is not None:
                inside = [amount]
            if len(inside) == len(columns):
                fitted = inside
            else:
                problem, code, fitted = (f"{len(inside)} figures inside its label's cell for {len(columns)} columns",
                                         "short_row", [None] * len(columns))
        elif not any(not cell.is_empty for cell in values) and row.has_figures():
            # `政府集中采购  6  人民币37.` (the amount wrapped down its column), `|政府集中采购|23|人民币8\1.55万元||`
            # (a cell no figure reads from): a figure stands among the label's cells, so the cells after
            # the last word are no row's whole figures
            problem, code, fitted = "figures among its words, none after them", "short_row", [None] * len(columns)
        elif row.joined and sum(not cell.is_empty for cell in values) < len(columns) \
                and any(metric in L.AMOUNT_METRICS for metric in columns) \
                and any(_UNIT_GLUED_RUN_RE.fullmatch(clean_cell_text(cell.text)) for cell in values):
            # `政府集中采购2273680元` in a crawl: the count ran into the amount and its unit; both are
            # printed, so neither is blank, and table 2 has no arithmetic to cut the run
            problem, code, fitted = ("a count ran into the amount and its unit", "cells_ran_together",
                                     [None] * len(columns))
            stated_split = _count_and_amount_stated(report, item, tuple(columns), row, values, text)
            if stated_split is not None:
                _settle_run_together(report, "disclosures", item, tuple(columns), row, fitted, [stated_split])
                continue
        if row.aligned and anchors is not None and not problem and \
                (wrapped := _blanks_with_text_beside(rows, index, fitted, anchors)):
            joined = _amount_wrapped_round_its_row(rows, index, values, columns) \
                if wrapped == {len(columns) - 1} else None
            if joined is not None:
                fitted = joined[0]
                units_taken |= joined[1]
                taken_here = joined[1]
                report.warn("amount_wrapped", f"table 2 {item}: its amount wrapped over its label's line, "
                            f"{' + '.join(joined[2])}, round the row's line: read joined", row.line)
            else:
                problem = ("text stands in a blank column on the line above or below (an amount wrapped round its "
                           "label)")
                code = "short_row"
                fitted = [None if column in wrapped else raw for column, raw in enumerate(fitted)]
        if (stray := label_pieces - taken_here) and (any(_FIGURES_PIECE_RE.search(rows[at].label) for at in stray) or
                                                    any(raw is None or raw.is_empty for raw in fitted)):
            # a piece of its figure, or `人民币` beside a row with a cell not read (the amount, or a count whose figure
            # the amount took: `政府集中采购` / `2` / `人民币` / `8.0万元`, 2 read as the amount): the amount is not
            # known from the row's figures
            problem = problem or (f"an amount's piece ({rows[min(stray)].label.strip()!r}) stands on the lines beside "
                                  "it: its amount wrapped over them, its pieces not proven")
            code = "short_row"  # never placed by page order: the row's figures are not all on its line
            # …nor a cell blank for want of a figure on the row's line: the figures on the lines beside it may be its
            # (`政府集中采购` / `2` / `3.` / `2万元`, pdftotext without -layout: the count, then the amount's pieces)
            fitted = [None if metric in L.AMOUNT_METRICS or raw is None or raw.is_empty else raw
                      for metric, raw in zip(columns, fitted)]
        if unnamed:
            problem = (f"its header's words ({unnamed}) name none of the {len(columns)} columns the {template} "
                       "template has: which column each figure stands in is not known")
            code, fitted = COLUMNS_UNPROVEN, [None] * len(columns)
            unproven_lines.add(row.line)
        elif row.joined and _has_digit_run(values):
            # a crawled row: table 2 has no arithmetic, so only a run that cuts one way is read
            # …and on a page with blank cells, a blank leaves no trace: `317` may be 3, blank, 17
            signed_at = next((i for i, metric in enumerate(columns) if metric in L.SIGNED_METRICS), None)
            split = partial(R.row_candidates, summed=False) if signed_at is None else \
                partial(R.signed_row_candidates, signed_at=signed_at, dash_blanks=blanks.dash)
            # an amount may hold words the reader does not take for its figure (`人民币76.49万元`): a
            # row with one may have lost a cell however its page writes blanks
            vanish = blanks.may_vanish or any(metric in L.AMOUNT_METRICS for metric in columns)
            counted = partial(split, width=len(columns), blanks=vanish, crawled=True)
            candidates = _with_year_split_off(report, f"table 2 {item}", rows, row, [v.text for v in values], counted)
            if candidates is None or len(candidates) > 1:
                # the splits past MAX_CANDIDATES, counted on (still bounded) at most once for the row's evidence; made
                # only for a row its own text leaves several splits (a cache made for every crawled row cost ~2%)
                widened = cache(partial(counted, [v.text for v in row.values()], limit=R.MAX_CANDIDATES_WITH_EVIDENCE))
                candidates = _kept_by_the_template(report, item, tuple(columns), row, candidates, widened)
            if candidates is None or len(candidates) > 1:
                stated = stated_disclosures(text, template, report.year) if stated is None else stated
                rules = [stated_rule(tuple(columns), stated.get(item, {})),
                         carry_over_rule(tuple(columns), last_year[item]) if item in last_year else None]
                every = candidates
                candidates = _split_by_evidence(report, item, tuple(columns), row, candidates, [r for r in rules if r])
                if (candidates is None or len(candidates) > 1) and \
                        _stated_cells_alone(report, item, tuple(columns), row, every, stated.get(item, {}), widened):
                    continue
            if _settle_run_together(report, "disclosures", item, tuple(columns), row, fitted, candidates or []):
                continue
        read_in_block.setdefault(article, []).append(_ReadInBlock(item, row, tuple(columns), fitted, problem, index))
        if problem and code == "unaligned_cells" and row.aligned and row.has_figures() and poppler_pages:
            unplaced.append(_Unplaced(item, row, tuple(columns), code, problem, index, dict(units)))
            continue  # placed after the block's other rows, by where pdftotext set its figures among theirs
        if problem:
            report.warn(code, f"table 2 {item}: {problem}; missing cells are unknown", row.line)
        _disclosure_cells(report, rows, index, item, columns, fitted, units)
    def block_page(one: _Unplaced) -> tuple[str, tuple[str, ...], int]:
        return L.DISCLOSURE_ITEMS[one.item][0], one.columns, one.row.page

    placements = [_placed_among_its_block(rows, read_in_block[block_page(one)[0]], one.row, one.columns)
                  for one in unplaced]
    # a page's proven figures and the rows placed among them must keep poppler's rules together: else the
    # page's placements in the block are undone
    placed_on: dict[tuple, list[tuple[Row, list]]] = {}
    for one, placed in zip(unplaced, placements):
        if placed is not None:
            placed_on.setdefault(block_page(one), []).append((one.row, placed))
    undone = {(article, columns, page) for (article, columns, page), placed in placed_on.items()
              if page not in proven_marks([*_proven_in_block(read_in_block[article], columns, page), *placed])}
    placements = [None if block_page(one) in undone else placed for one, placed in zip(unplaced, placements)]
    for (item, row, columns, code, problem, index, units), placed in zip(unplaced, placements):
        if placed is None:
            report.warn(code, f"table 2 {item}: {problem}; missing cells are unknown", row.line)
        _disclosure_cells(report, rows, index, item, columns, placed or [None] * len(columns), units)
        if placed is not None:
            _mark_placed_by_page_order(report, f"table 2 {item}", row, report.cells[-len(columns):])
    _unread_disclosures(report, template, articles, block_columns)
    return unproven_lines


_SLASHES = frozenset("/／")


def _slash_of_a_wrapped_header(rows: list[Row], index: int) -> bool:
    """`本年增` / `/` / `减` one cell a line: the header word 本年增/减 wrapped at its slash, which the row
    builder took for a blank cell after `本年增`. Only where the words round the slash name a metric
    together that neither names alone: a slash is otherwise a blank cell."""
    row = rows[index]
    if not row.stacked or row.joined or not row.values() or index + 1 >= len(rows) or \
            any(clean_cell_text(cell.text) not in _SLASHES for cell in row.values()):
        return False
    below = rows[index + 1]
    if below.has_figures() or not below.label.strip():
        return False
    before, after = L.squash(row.label), L.squash(below.label)
    return bool(set(_metrics_named(before + after)) - set(_metrics_named(before)) - set(_metrics_named(after)))


def _disclosure_cells(report: ParsedReport, rows: list[Row], index: int, item: str, columns: Sequence[str],
                      fitted: list, units: dict[str, str]) -> None:
    for metric, raw in zip(columns, fitted):
        if metric in L.AMOUNT_METRICS and index + 1 < len(rows):
            raw = _wrapped_amount(raw, rows[index + 1], rows[index + 2] if index + 2 < len(rows) else None)
        report.cells.append(_disclosure_cell(report, item, metric, raw, rows[index].line, units.get(metric)))


def _placed_among_its_block(rows: list[Row], block: list[_ReadInBlock], row: Row,
                            columns: tuple[str, ...]) -> list | None:
    """An aligned row of table 2 with fewer figures than its block's columns and no header to place them
    by, in pdftotext's text (form feeds), placed by where pdftotext set them among the figures of its
    block's rows read in full on its page (page_order.py), where blanks print nothing in the table; None
    where that leaves more than one way."""
    aligned = [other for other in rows if other.aligned]
    if _blank_cells_print_a_mark(aligned):
        return None
    marks = proven_marks(_proven_in_block(block, columns, row.page)).get(row.page)
    if marks is None:
        return None
    # a figure on the line above or below may be a piece of the row's own wide figure wrapped down its narrow
    # column (`９` over `２２`), unless another item's row stands whole on that line: a row is a band of the
    # table of its own, so its label's line holds its figures, never one wrapped from the row beside it
    taken = _lines_of_other_items(aligned, row)
    figures_on = {line: found for line, found in figures_by_line(aligned).items() if line not in taken}
    return placed_by_page_order(row, marks, len(columns), figures_on)


def _lines_of_other_items(rows: list[Row], row: Row) -> set[int]:
    """The lines where another row of table 2 than `row` stands whole: an item's label and its figures, all on
    that one line."""
    return {other.line for other in rows if other is not row and other.has_figures()
            and _item_of(other.label) is not None
            and {cell.line for cell in other.cells if not cell.is_empty} == {other.line}}


def _blank_cells_print_a_mark(aligned: list[Row]) -> bool:
    """Whether a table's aligned rows print a mark (`—`, `/`) for a blank cell: a row printing fewer cells
    than columns then lost some, and page order (which places only figures) says nothing of it."""
    return any(read_count(value.text).state == BLANK for row in aligned for value in row.values()
               if not value.is_empty)


def _proven_in_block(block: list[_ReadInBlock], columns: tuple[str, ...], page: int) -> list[tuple[Row, list]]:
    """The rows of a table 2 block read in full under `columns` on `page`, each with its fitted cells."""
    return [(one.row, one.fitted) for one in block
            if not one.problem and one.row.aligned and one.columns == columns and one.row.page == page]


COLUMNS_UNPROVEN = "columns_unproven"  # a row whose columns its header does not print: read by nothing else


def _cells_beside_columns_not_printed(row: Row, values: list[RawCell], columns: list[str]) -> str | None:
    """Why a row's cells are not known, where the template had to complete its block's header and
    the row prints another number of cells than that: the header's columns are the template's
    guess, which the row does not bear out (a variant that prints `2019年项目数量` and 处理决定数量
    only, its header lost), so no figure is known to stand in any of them. None where the row bears it out.
    One cell a line, an empty line is the gap between two cells, no cell (unless the table sets no gaps)."""
    printed = [cell for cell in values if not (row.stacked and cell.gap and not row.gaps_are_cells)]
    while printed and printed[-1].is_empty:
        printed.pop()
    if not printed or len(printed) == len(columns):
        return None
    return (f"{len(printed)} cell(s) for the {len(columns)} columns the template gave a header that does not "
            "name them: which column each stands in is not known")


def next_row_has_unlabelled_figures(rows: list[Row], row: Row) -> bool:
    """Whether the row after `row` (an item's row of table 2) holds figures under words that name no
    item and no article (`行政许可` / `2` then `增` / `3` / `7`, its sign printed as a word the reader
    did not know): figures of the item's row, then, that its reading did not account for."""
    at = next((i for i, other in enumerate(rows) if other is row), None)
    if at is None or at + 1 >= len(rows):
        return False
    after = rows[at + 1]
    label = after.label.strip()
    return after.has_figures() and bool(label) and _item_of(label) is None and _article_of(label) is None \
        and _article_wrapped_at_its_brackets(rows, at + 1) is None



def _lone_figure_line_before(rows: list[Row], index: int) -> bool:
    """Whether the line right above the pipe row `rows[index]` is one figure alone, outside the pipe rows."""
    if index == 0:
        return False
    above = rows[index - 1]
    return not above.piped and not L.squash(above.label) and len(above.cells) == 1 and _is_figure(above.cells[0].text.strip())


def _figures_on_the_lines_below(rows: list[Row], index: int) -> list[RawCell]:
    """The figures of the row after `index` when it is figures alone, one a line, with no label."""
    if index + 1 >= len(rows):
        return []
    below = rows[index + 1]
    if not below.stacked or L.squash(below.label) or not below.cells or \
            not all(cell.is_value for cell in below.cells):
        return []
    return below.cells


def _cells_on_the_line_after_its_label(row: Row) -> list[RawCell] | None:
    """A row built from lines of one cell each whose only value is a line of two or more whole figures one
    space apart after its label's lines (`pdftotext -raw`: the content stream writes a row's label cell, its
    lines wrapped, then its other cells one space apart): each figure a cell. None for any other row."""
    values = [cell for cell in row.values() if not cell.is_empty]
    labels = row.label_cells()
    if len(values) != 1 or not labels or values[0].line <= max(cell.line for cell in labels) \
            or not _SPACED_FIGURES_RE.fullmatch(values[0].text.strip()):
        return None
    return [RawCell(word, values[0].line) for word in values[0].text.split()]


def _figures_elsewhere(rows: list[Row], index: int) -> bool:
    """Whether the block of table 2 around the figure-less item row `index` is out of reading order
    (a PDF's text extracted cell by cell): a header word after the item, before the next item with
    figures or article (`规章` / `规范性文件` / the header / the figures: both items' labels before it), or
    a header word holding figures. Then the item's figures may stand anywhere, and its cells are not
    known to be blank."""
    start = next((i for i in range(index - 1, -1, -1) if _article_of(rows[i].label)), -1)
    for i in range(start + 1, len(rows)):
        label = rows[i].label
        # past another figure-less item only in text one cell a line (plain pdftotext's blocks: both items'
        # labels, then the header), where a wrapped article heading may stand between them too
        if i > index and (_article_of(label) or (_item_of(label) and (rows[i].has_figures() or not rows[index].stacked))):
            break
        if i == index or _item_of(label) is not None or not label.strip():
            continue
        if rows[i].has_figures() and (_match_metrics(L.squash(label)) or _ends_a_metrics_name(label)) \
                or i > index and _match_metrics(L.squash(label)):
            return True
    return False


def _block_names_a_metric(rows: list[Row], index: int) -> bool:
    """Whether the block of table 2 round the item row `index` (from its article to the next) names a
    metric anywhere: a PDF's text that sets none of its header words there set them, and the figures
    under them, elsewhere (after the next article's block)."""
    start = next((i for i in range(index - 1, -1, -1) if _article_of(rows[i].label)), -1)
    end = next((i for i in range(index + 1, len(rows)) if _article_of(rows[i].label)), len(rows))
    return any(_match_metrics(L.squash(rows[i].label)) for i in range(start + 1, end))


def _ends_a_metrics_name(label: str) -> bool:
    """A header's last words, wrapped off the metric's name (`本年` / `废止件数`): the end of a metric's label."""
    squashed = L.squash(label)
    return len(squashed) >= 3 and any(variant.endswith(squashed) for variant, _ in _METRIC_VARIANTS)


def _figure_glued_to_its_label(row: Row, item: str) -> Row | None:
    """The item row with a figure written against the end of its label (`行政规范性文件3`) split off
    into a cell of its own, before the row's other cells; None when its label ends otherwise."""
    cells = row.label_cells()
    glued = _GLUED_FIGURE_RE.fullmatch(cells[-1].text.strip()) if cells else None
    if glued is None or _item_of(glued.group(1)) != item or \
            L.squash(glued.group(1)) not in L.DISCLOSURE_ITEMS[item][1]:
        return None
    last = cells[-1]
    at = next(i for i, cell in enumerate(row.cells) if cell is last)
    if last.x is None:
        split = [RawCell(glued.group(1), last.line), RawCell(glued.group(2), last.line)]
    else:  # aligned text: each piece where it stands (`行政规范性文件6` under the first column's header)
        width, text = last.columns or display_width, last.text.strip()
        left = last.x - width(text) / 2
        left_glyphs = None if last.x_glyphs is None else last.x_glyphs - len(text) / 2
        split = [RawCell(piece, last.line, left + width(text[:start]) + width(piece) / 2, columns=last.columns,
                         x_glyphs=None if left_glyphs is None else left_glyphs + start + len(piece) / 2)
                 for piece, start in ((glued.group(1), 0), (glued.group(2), glued.start(2)))]
    return row.with_cells([*row.cells[:at], *split, *row.cells[at + 1 :]])



def _cells_where_a_glued_row_sets_them(rows: list[Row], index: int, width: int) -> list[RawCell] | None:
    """A converter's pipe row of table 2 in a table where another item's first figure is glued to its label
    (`| 行政规范性文件1 | 1 | 24 |`, markitdown: it sets one pipe table's columns where the page's words stand, and
    the first figures' column stood within the label's place): every row's first column is then in its label's
    cell, the others where the glued row prints them. The row's cells so (its first blank: its label's cell holds
    no figure), where the two rows are one pipe table (next to each other, as wide) and the row prints nothing
    elsewhere, no cell (its columns not those: unknown) where it prints more; None without such a glued row
    (`| 规章 |  | 25 |` over that glued row is 25 现行有效, not 本年废止)."""
    row, count = rows[index], len(rows[index].cells)
    labels = row.label_cells()
    if not labels or not row.has_figures():
        return None
    label_at = next(at for at, cell in enumerate(row.cells) if cell is labels[-1])
    for near in (index - 1, index + 1):
        other = rows[near] if 0 <= near < len(rows) else None
        if other is None or not other.piped or len(other.cells) != count or (item := _item_of(other.label)) is None \
                or _figure_glued_to_its_label(other, item) is None or not other.label_cells() \
                or other.cells[label_at] is not other.label_cells()[-1]:
            continue
        filled = [at for at in range(label_at + 1, count) if not other.cells[at].is_empty]
        if len(filled) + 1 != width or filled != list(range(label_at + 1, label_at + width)):
            continue  # (an empty cell right after the glued label: the label's place, which a figure may straddle)
        if any(not row.cells[at].is_empty for at in range(label_at + 1, count) if at not in filled):
            return []
        return [RawCell("", row.line), *(row.cells[at] for at in filled)]
    return None


BESIDE_A_GLUED_ROW = ("a converter's pipe row beside another whose first figure is glued to its label, printing a "
                      "figure where that row prints none: which column each stands in is not known")
GLUED_IN_A_PIPE_ROW = ("a figure glued to its label in a converter's pipe row, its other figures not one to each "
                       "column after it: which column each stands in is not known")
AMOUNT_PIECES_ROUND_A_PIPE_ROW = ("its amount's cell empty in a converter's pipe row, digits on the line before or "
                                  "after it that do not join one amount: the amount is not known")


def _pipe_figures_after_a_glued_one(values: list[RawCell], width: int) -> list[RawCell] | None:
    """A converter's pipe row of table 2 whose first figure is glued to its label (`| 行政规范性文件5 |  | 0 | 6 |`,
    markitdown): the label's pipe cell holds it, and the empty cells right after it are the rest of the label's
    place on the page, no cells. Where the figures, the glued one first, are exactly the template's columns and
    no empty cell stands between two of the others, they are the row's cells in order; None otherwise."""
    filled = [at for at, cell in enumerate(values) if not cell.is_empty]
    if len(filled) != width or not filled or filled[0] != 0:
        return None
    rest = filled[1:]
    if rest and rest != list(range(rest[0], rest[0] + len(rest))):
        return None
    return [values[at] for at in filled]


def _pipe_amount_round_its_row(rows: list[Row], index: int, values: list[RawCell], columns: list[str]
                               ) -> tuple[list[RawCell | None], list[str]] | None:
    """A converter's pipe row of table 2 whose last column, an amount, is empty while the lines right before and
    after the row, no pipe rows, hold digits: the amount wrapped in its narrow cell round the row's line
    (`人民币2` / `| 政府集中采购 | 2 |  |` / `9.895859万元`, markitdown of Chromium's PDF). The row's other figures
    whole counts, one short of the columns, in order: with the two pieces joined to one amount
    (`_joined_amount`), (cells, pieces); else (cells with the amount unknown, []). None where no such piece
    stands beside the row, or the row is otherwise."""
    if columns[-1] not in L.AMOUNT_METRICS or any(metric in L.AMOUNT_METRICS for metric in columns[:-1]):
        return None
    figures = [cell for cell in values if not cell.is_empty]
    if any(L.normalize_text(cell.text).strip().endswith(("元", "万")) for cell in figures):
        return None
    if len(figures) == len(columns):  # `| 行政事业性收费 | 37.3 |` / `209 万元`: the amount's rest on the line after
        return _pipe_amount_ending_after_its_row(rows, index, figures)
    if len(figures) > len(columns):
        return None

    def piece(at: int) -> str | None:
        if not 0 <= at < len(rows) or rows[at].piped:
            return None
        text = "".join(cell.text for cell in rows[at].cells).strip()
        return text if re.search(r"[\d０-９]", text) and _item_of(text) is None and not _article_of(text) else None

    first, rest = piece(index - 1), piece(index + 1)
    if first is None and rest is None:
        return None
    unknown: list[RawCell | None] = [*figures, None] if len(figures) == len(columns) - 1 else [None] * len(columns)
    if first is None or rest is None or len(figures) != len(columns) - 1 or \
            any(read_count(cell.text).state != VALUE for cell in figures):
        return unknown, []
    joined = _joined_amount([first, rest], rows[index].line)
    return ([*figures, joined], [first, rest]) if joined is not None else (unknown, [])


def _pipe_amount_ending_after_its_row(rows: list[Row], index: int, figures: list[RawCell]
                                      ) -> tuple[list[RawCell | None], list[str]] | None:
    """A converter's pipe row of table 2 whose cells are all printed, its amount's cell a figure with a decimal
    point and no unit (`37.3`), and the line right after it, no pipe row, digits ending on a money unit and
    nothing else (`209 万元`): the amount wrapped in its narrow cell, its rest set below the table. Joined
    where `_joined_amount` reads the two as one amount, else the amount is unknown; None (as read) otherwise."""
    after = rows[index + 1] if index + 1 < len(rows) else None
    if after is None or after.piped:
        return None
    first = L.normalize_text(figures[-1].text).strip()
    rest = "".join(cell.text for cell in after.cells).strip()
    if "." not in first or not re.fullmatch(r"[\d０-９][\d０-９,，]*\s*(?:万元|元|亿元)", rest):
        return None
    joined = _joined_amount([first, rest], rows[index].line)
    return ([*figures[:-1], joined], [first, rest]) if joined is not None else ([*figures[:-1], None], [])

_GLUED_FIGURE_RE = re.compile(r"(.*[^\d０-９\s])([\d０-９]+)")


def _figures_of_a_one_item_block(rows: list[Row], index: int, template: str) -> tuple[list[RawCell], list[str]]:
    """The figures of the block of table 2 around the figure-less item row `index`, and the metrics
    its header words name in their order, when its article has that one item in the template and the
    block names no other: whatever order the text sets its label, header words and figures in
    (`pdftotext` without -layout: `行政事业性收费` / `本年收费金额` / `4068.208`), every figure of the
    block is that item's. Nothing for a block of several items."""
    article = L.DISCLOSURE_ITEMS[_item_of(rows[index].label)][0]
    if sum(a == article and template in templates for a, _, templates in L.DISCLOSURE_ITEMS.values()) != 1:
        return [], []
    start = next((i for i in range(index - 1, -1, -1) if _article_of(rows[i].label)), -1)
    end = next((i for i in range(index + 1, len(rows)) if _article_of(rows[i].label)), len(rows))
    if any(_item_of(rows[i].label) is not None for i in range(start + 1, end) if i != index):
        return [], []
    words = "".join(L.squash(rows[i].label) for i in range(start + 1, end) if i != index)
    return [cell for i in range(start + 1, end) for cell in rows[i].values() if not cell.is_empty], \
        _match_metrics(words)


def _figures_before_the_label(rows: list[Row], index: int) -> bool:
    """Whether the line before the item row `index`, one cell a line, is no item's nor an article's
    and holds a digit among its values (`采购总金额` / `人民币2`, `本年收费金额` / `37.3`): a piece of a
    figure set before the label whose own figures follow it."""
    if not index or not rows[index].stacked:
        return False
    before = rows[index - 1]
    return before.stacked and _item_of(before.label) is None and not _article_of(before.label) and \
        any(re.search(r"\d", cell.text) for cell in before.values())


def _amount_wrapped_round_its_label(before: Row, values: list[RawCell], columns: list[str]) -> list[RawCell] | None:
    """The row's cells where its last column, an amount, wrapped round its label (Chromium's PDF through
    pdftotext without -layout centres a one-line cell on the label's line, and starts a two-line one
    above it): the line `before` the label holds the amount's first piece alone, digits with no unit
    (`37.3`, `人民币2`, `3888`), and the row's figures after the label are its columns' cells, the last the
    amount's rest (`209 万元`, `9.895859万元`, `64.00元`). The pieces are joined where that is the only
    reading: the other columns' figures whole counts, and the first piece no count either (`人民币` or a
    decimal point), else None (unknown: which piece is whose is not known)."""
    if columns[-1] not in L.AMOUNT_METRICS or any(metric in L.AMOUNT_METRICS for metric in columns[:-1]):
        return None
    pieces = [cell for cell in before.values() if not cell.is_empty]
    values = [cell for cell in values if not cell.is_empty]  # one cell a line: an empty line is a gap
    if len(pieces) != 1 or len(values) != len(columns):
        return None
    first, rest = pieces[0].text.strip(), values[-1].text.strip()
    if not _AMOUNT_OPENING_RE.fullmatch(first) or not re.match(r"[\d０-９]", rest):
        return None
    if len(columns) > 1 and not ("人民币" in first or "." in first):
        return None  # the piece before may be the count's, the amount all after it
    if any(read_count(cell.text).state != VALUE for cell in values[:-1]):
        return None
    joined = RawCell(first + rest, values[-1].line)
    return [*values[:-1], joined] if read_amount_wan_yuan(joined.text).state == VALUE else None


def _amount_wrapped_round_its_row(rows: list[Row], index: int, values: list[RawCell], columns: list[str]
                                  ) -> tuple[list[RawCell], set[int], list[str]] | None:
    """The row's cells where its last column, an amount, wrapped down its narrow column, the row's other
    columns whole on its line: `pdftotext -layout` of Chromium's or LibreOffice's PDF centres the cell's lines
    on the row's line, its first pieces on the lines above, its rest below (`86.9` / `政府集中采购  8` /
    `5455万元`, `人民币 2` / `政府集中采购  2` / `9.895859 万元`); `-raw` writes them after the row's line
    (`政府集中采购 8` / `86.9` / `5455万元`). Joined only where that is the only reading: the other columns'
    figures whole counts, one short of the columns, the last column the row's only amount; the pieces as
    `_amount_pieces_round_its_row` and `_joined_amount` take them. (the cells, the rows taken, the pieces'
    texts) or None (unknown)."""
    if columns[-1] not in L.AMOUNT_METRICS or any(metric in L.AMOUNT_METRICS for metric in columns[:-1]):
        return None
    row = rows[index]
    figures = [cell for cell in values if not cell.is_empty]
    if len(figures) != len(columns) - 1 or any(read_count(cell.text).state != VALUE for cell in figures):
        return None
    if row.aligned:
        found = _amount_pieces_round_its_row(rows, index, figures)
    elif row.spaced:
        found = _amount_pieces_after_its_row(rows, index)
    else:
        return None
    if found is None:
        return None
    pieces, taken = found
    texts = [cell.text.strip() for cell in pieces]
    joined = _joined_amount(texts, row.line)
    return None if joined is None else ([*figures, joined], taken, texts)


def _lone_amount_wrapped_round_its_label(rows: list[Row], index: int, columns: list[str]
                                        ) -> tuple[list[RawCell], set[int], list[str]] | None:
    """A block of one column, an amount, whose row prints nothing on its label's line and the amount's pieces
    on the lines round it (`        3888` / `行政事业性收费` / `        64.00元`): a cell of two lines or more
    centred on a one-line label sets its first pieces above the label's line and its rest below, nothing on it.
    Joined as `_amount_pieces_round_its_row` takes the pieces (the whole runs of lone cells, one left edge,
    directly above and below) where they make one amount, its first piece any digits (no count column for it to
    be); (the cells, the rows taken, the pieces' texts) or None."""
    if len(columns) != 1 or columns[0] not in L.AMOUNT_METRICS:
        return None
    found = _amount_pieces_round_its_row(rows, index, [])
    if found is None:
        return None
    pieces, taken = found
    texts = [cell.text.strip() for cell in pieces]
    joined = _joined_amount(texts, rows[index].line, count_beside=False)
    return None if joined is None else ([joined], taken, texts)


def _amount_pieces_round_its_row(rows: list[Row], index: int, figures: list[RawCell]
                                 ) -> tuple[list[RawCell], set[int]] | None:
    """`pdftotext -layout`: the pieces of an amount wrapped over the lines round an aligned row's line, in
    reading order, and the rows they stand on: the whole run of lines directly above it (no line between)
    that each hold one cell and no label, all with one left edge (a glyph apart) right of the row's
    figures, and the whole run below. None where no piece stands above or below, or where a run ends at a
    line that may be a piece too (a lone cell off that edge): its pieces are not known."""
    edges_seen: list[tuple[float, float]] = []  # the first piece's left edges: every piece's
    right_of_figures = max((cell.x_glyphs + len(cell.text.strip()) / 2 for cell in figures
                            if cell.x_glyphs is not None), default=0.0)
    if any(cell.x_glyphs is None for cell in figures):
        return None

    def run(step: int) -> list[int] | None:
        found, at = [], index + step
        while 0 <= at < len(rows) and rows[at].line == rows[at - step].line + step:
            line = rows[at]
            cells = [cell for cell in line.cells if not cell.is_empty]
            if not line.aligned or (L.squash(line.label) or line.label_cells()) and not _an_amounts_piece(line) \
                    or len(cells) != 1:
                break  # a line that is no piece ends the run (`9.`, `人民币`, labels to the row builder, are)
            if cells[0].x is None or cells[0].x_glyphs is None:
                return None
            edges = _left_edges(cells[0])
            if not edges_seen:
                edges_seen.append(edges)
            if any(abs(a - b) > 1 for a, b in zip(edges, edges_seen[0])) or edges[1] <= right_of_figures:
                return None  # a lone cell elsewhere: another row's piece, or this amount's set apart
            found.append(at)
            at += step
        return found

    above, below = run(-1), run(1)
    if above is None or below is None or not above or not below:
        return None
    taken = [*reversed(above), *below]
    return [next(cell for cell in rows[at].cells if not cell.is_empty) for at in taken], set(taken)


def _amount_wrapped_below_its_head(rows: list[Row], index: int, head: RawCell
                                   ) -> tuple[RawCell | None, set[int], list[str]] | None:
    """`-layout` text: an aligned row's last cell opens its amount, with no unit (`人民币62`, `31.4`), and the
    amount goes on down its column on the lines right below, each piece alone right of the row's figures and
    starting where the head starts (`.2290`, then `34万元`; a wrapped label's tail, `购`, may stand left of
    them). (the joined amount, or None where the pieces join no one amount (`_joined_amount`); the rows taken;
    the pieces' texts), or None where no line below goes on from the head."""
    row = rows[index]
    text = L.normalize_text(head.text).strip()
    if head.x is None or head.x_glyphs is None or not _AMOUNTS_HEAD_RE.fullmatch(text):
        return None
    head_edges = _left_edges(head)
    first_figure = min((_left_edges(cell)[0] for cell in row.values() if not cell.is_empty and cell.x is not None),
                       default=head_edges[0])
    pieces: list[RawCell] = []
    taken: set[int] = set()
    for at in range(index + 1, min(index + 4, len(rows))):
        line = rows[at]
        if not line.aligned or line.line != row.line + (at - index) or any(cell.x is None for cell in line.cells):
            break
        right = [cell for cell in line.cells if not cell.is_empty and cell.x + 0.0 >= first_figure]
        left = [cell for cell in line.cells if not cell.is_empty and cell.x < first_figure]
        if len(right) != 1 or right[0].x_glyphs is None or any(_left_edges(cell)[0] + (cell.columns or display_width)(
                cell.text) > first_figure for cell in left):
            break
        edges = _left_edges(right[0])
        piece = L.normalize_text(right[0].text).strip()
        if not all(abs(a - b) <= 1 for a, b in zip(edges[:1], head_edges[:1])) and \
                not abs(edges[1] - head_edges[1]) <= 1 or not _WRAPPED_AMOUNT_PIECE_RE.fullmatch(piece.replace(" ", "")):
            break
        pieces.append(right[0])
        taken.add(at)
        if "元" in piece:
            break
    if not any(_DIGIT_RE.search(cell.text) for cell in pieces):
        return None  # no piece below, or its unit alone (`45.498686` / `萬元`): `_wrapped_amount`'s
    texts = [head.text.strip(), *(cell.text.strip() for cell in pieces)]
    return _joined_amount(texts, row.line), taken, texts


# an amount's head on its row's line, with no unit: `人民币62`, `31.4`, `62.` (a count alone, `62`, opens none)
_AMOUNTS_HEAD_RE = re.compile(r"人民币\d*\.?\d*|\d+\.\d*")


def _amount_pieces_after_its_row(rows: list[Row], index: int) -> tuple[list[RawCell], set[int]] | None:
    """`pdftotext -raw`: the pieces of an amount wrapped after a row of figures one space apart, the lines
    of lone cells after it up to the first ending on a money unit (at most three), and the rows taken."""
    pieces, taken = [], set()
    for at in range(index + 1, min(index + 4, len(rows))):
        if (L.squash(rows[at].label) or rows[at].label_cells()) and not _an_amounts_piece(rows[at]) \
                or rows[at].aligned or rows[at].spaced:
            break
        cells = [cell for cell in rows[at].cells if not cell.is_empty]  # `9.`, `人民币`: labels to the row builder
        pieces += cells
        taken.add(at)
        if not cells or any("元" in cell.text for cell in cells):
            break
    return (pieces, taken) if pieces else None


def _amount_opened_at_its_rows_end(rows: list[Row], index: int) -> tuple[Row, set[int], list[str]] | None:
    """A row whole on its line whose last cell, digits alone, opens its amount, the rest on the lines after
    it (`行政事业性收费 3` / `1.48` / `2405万元`, `政府集中采购⇥6⇥8` / `86.9` / `5455万元`): the row with the
    pieces joined into that cell, the rows taken and the pieces' texts; None where they join no one
    amount (`_joined_amount`, the head and the first piece one opening). Asked only where the row's
    figures fill its columns: the head is no count then."""
    row = rows[index]
    found = _amount_pieces_after_its_row(rows, index)
    if found is None or not _BARE_DECIMAL_RE.fullmatch(L.normalize_text(row.cells[-1].text).strip()):
        return None
    pieces, taken = found
    head = row.cells[-1]
    texts = [head.text.strip(), *(cell.text.strip() for cell in pieces)]
    # the head opens the amount (the row's figures fill its columns), the pieces its rest up to its unit, which
    # may be torn too (`2405万` / `元`, `3.2` / `万` / `元`); a decimal point among them (digits alone, `1` / `1` /
    # `20万元`, may hold a line no piece of it, a page's number)
    whole = L.normalize_text("".join(texts)).replace(" ", "")
    if not _DECIMAL_AMOUNT_RE.fullmatch(whole) or read_amount_wan_yuan(whole).state != VALUE:
        return None
    return row.with_cells([*row.cells[:-1], RawCell(whole, head.line)]), taken, texts


# digits, perhaps a point and more digits (`3`, `31.4`, `31.`): no sign, no thousands separator
_BARE_DECIMAL_RE = re.compile(r"\d+(?:\.\d*)?")
_DECIMAL_AMOUNT_RE = re.compile(rf"\d*\.\d+{MONEY_UNIT}")


def _amount_alone_wrapped_after_its_label(rows: list[Row], index: int, values: list[RawCell], columns: list[str]
                                          ) -> RawCell | None:
    """The one cell of an item whose only column is an amount (`行政事业性收费`'s 本年收费金额), wrapped over
    the lines after its label: a PDF's text in its content stream's order (`pdftotext -raw` of Chromium's
    PDF) writes a cell whole, line by line, after the row's label cell (`行政事业性收费` / `37.3` / `209 万元`,
    `3888` / `64.00元`). With one column, no piece can be another cell's, so digits with no point open the
    amount too. Joined only where the label stands alone on its line, the line before it holds no digit (no
    piece set before the label, as pdftotext without -raw centres a cell round it) and the pieces end on the
    money unit (`_joined_amount`); else None."""
    if len(columns) != 1 or columns[0] not in L.AMOUNT_METRICS:
        return None
    row = rows[index]
    pieces = [cell for cell in values if not cell.is_empty]
    if not row.stacked or row.joined or len(pieces) < 2 or any(cell.line == row.line for cell in pieces):
        return None
    if index and any(re.search(r"[\d０-９]", cell.text) for cell in rows[index - 1].cells):
        return None
    return _joined_amount([cell.text.strip() for cell in pieces], row.line, count_beside=False)


def _joined_amount(texts: list[str], line: int, count_beside: bool = True) -> RawCell | None:
    """An amount's pieces joined, where no other reading is: the first an amount's opening that no count
    is (`人民币`, or a decimal point: `人民币 2`, `86.9`; digits alone too where no count column stands beside
    it, not `count_beside`), any between digits (perhaps ending on the point, `9.`), the last the amount's
    end (its money unit: the lines round it say nothing of where the amount ends), one decimal point in all,
    and joined one amount. Else None."""
    texts = [re.sub(r"(?<=人民币) +", "", L.normalize_text(text)) for text in texts]  # `９．`: `9.`
    while len(texts) > 1 and texts[0] in ("人", "人民"):  # 人民币 itself broken (`人民` / `币` / `12.` / `5万元`)
        texts = [texts[0] + texts[1], *texts[2:]]
    if len(texts) < 2 or not re.fullmatch(r"(?:人民币)?[\d０-９]*\.?[\d０-９]*", texts[0]) \
            or not ("." in texts[0] or "人民币" in texts[0] or not count_beside) \
            or not all(re.fullmatch(r"[\d０-９]+\.?[\d０-９]*|\.[\d０-９]+", text) for text in texts[1:-1]) \
            or not re.fullmatch(rf"[\d０-９]*\.?[\d０-９]+ ?{MONEY_UNIT}", texts[-1]) \
            or "".join(texts).count(".") > 1:
        return None
    joined = RawCell("".join(texts), line)
    return joined if read_amount_wan_yuan(joined.text).state == VALUE else None


# an amount's first line, wrapped before its unit: digits, perhaps a decimal point, after `人民币`
_AMOUNT_OPENING_RE = re.compile(r"(?:人民币)?[\d０-９]+(?:\.[\d０-９]*)?")


def _figures_beside_label(rows: list[Row], index: int) -> bool:
    """Whether the line just above or below the figure-less item row `index` holds figures and no
    label (or only an amount's piece for one: `人民币` / `3209万元`): an amount wrapped round its label
    (`        3888` / `行政事业性收费` / `        64.00元`), not known to be another row's, so the item's
    cells are not known to be blank."""
    beside = [rows[i] for i in (index - 1, index + 1) if 0 <= i < len(rows)]
    return any(row.has_figures() and (not L.squash(row.label) or _an_amounts_piece(row)) for row in beside)


def _blanks_with_text_beside(rows: list[Row], index: int, fitted: list, anchors: list[float]) -> set[int]:
    """The columns an aligned item row leaves blank where the line just above or below, a line of
    figures alone, holds digits in that column (`人民币 2` / `政府集中采购  2` / `9.895859 万元`: the
    amount wrapped round the label): blank is not known there."""
    columns = set()
    header = tuple(anchors)
    blanks = {column for column, raw in enumerate(fitted) if raw is not None and raw.is_empty}
    for other in (rows[i] for i in (index - 1, index + 1) if 0 <= i < len(rows)):
        if not other.aligned or other.label_cells() and not _an_amounts_piece(other):
            continue  # a line of figures alone (`人民币 2` reads as one; `9.` reads as a label)
        for cell in other.cells:
            if cell.x is None or not _DIGIT_RE.search(cell.text):
                continue
            column = _nearest_column(header, cell.x)
            # standing under no column (past the last header, between two): any blank's piece
            columns |= blanks if column is None else blanks & {column}
    return columns


def _an_amounts_piece(row: Row) -> bool:
    """Whether the row's label is only an amount's characters, `人民币`, digits, a point, a money unit (`9.`,
    `12.`, `９．`, `人民币`, `人民币29.`, `.895859万元`): no label of table 2 (which numbers none of its items), but
    a piece of an amount wrapped down its narrow column, which the row builder reads as a label where it is
    no whole figure (`人民币 2` / `9.` / `8958` / `59万元`)."""
    text = L.normalize_text(row.label).replace(" ", "")
    return bool(text) and _WRAPPED_AMOUNT_PIECE_RE.fullmatch(text) is not None


# a piece of an amount wrapped down its column that the row builder read as a label (spaces taken out): a unit may
# be cut too (`.0054184247亿` / `元`), and 人民币 itself (`人民` / `币12.5万元`: a narrow column breaks
# between any two characters)
_WRAPPED_AMOUNT_PIECE_RE = re.compile(r"(?:人民币|人民?|民币?|币)?\d*\.?\d*[万亿]?元?")
_FIGURES_PIECE_RE = re.compile(r"[\d.．]")  # a piece of the figure itself, not only `人民币` or the unit


def _amounts_pieces_beside(rows: list[Row], index: int) -> set[int]:
    """The amount's pieces read as labels (`_an_amounts_piece`) among the lines of pieces and figures alone
    right above and below the item row `index`, where the pieces of its amount wrapped round it stand."""
    found = set()
    for step in (-1, 1):
        at = index + step
        while 0 <= at < len(rows) and (_an_amounts_piece(rows[at]) or not rows[at].label_cells()):
            if rows[at].label_cells():
                found.add(at)
            at += step
    return found


_ARTICLE_ORDER = tuple(dict.fromkeys(article for article, _, _ in L.DISCLOSURE_ITEMS.values()))
_SENTENCE_MARKS = frozenset("、，,；;。")


_FIGURE_IN_TEXT_RE = re.compile(r"[0-9０-９]")


def _spanned_cells_said_once(above: list[Row], row: Row, values: list[RawCell]) -> list[RawCell]:
    """A converter that repeats a merged cell's text in each cell it spans (pymupdf4llm: the header
    `|信息内容|本年处理决定数量|本年处理决定数量|…|` over `|行政处罚|27|27|…|`): the row's cells under one
    header cell repeated are one cell when they repeat too. The header: the nearest pipe row above
    as wide as the row, without figures. Any other row's cells as they are."""
    header = next((r for r in reversed(above) if r.piped and len(r.cells) == len(row.cells)
                   and not r.has_figures()), None)
    if header is None:
        return values
    heads = [L.squash(cell.text) for cell in header.cells[len(row.cells) - len(values) :]]
    kept = [value for at, value in enumerate(values)
            if not at or _metric_of(heads[at]) is None or heads[at] != heads[at - 1] or value.is_empty
            or clean_cell_text(value.text) != clean_cell_text(values[at - 1].text)]
    return kept if len(kept) < len(values) else values


def _figures_inside_label(label: str, line: int) -> list[RawCell]:
    """The figures a space apart after a label's words, in its own cell (`行政许可 517645`)."""
    pieces = _label_then_figures(" ".join(label.split()))
    return [RawCell(text, line) for _offset, text in pieces[1:]]


def _amount_glued_to_its_label(label: str, item: str, columns: list[str], line: int) -> RawCell | None:
    """The amount of a one-column item written against its label's last character (`行政事业性收费26.4201`,
    `行 政 事 业 性 收 费0.00235993亿元`: markitdown of Chromium's PDF, pdfplumber joining the label and the cell
    after it into one word where the gap between them is a glyph's spacing): the row's one cell, where the
    words before its first digit are the item's label whole and the rest reads as an amount; None otherwise."""
    if len(columns) != 1 or columns[0] not in L.AMOUNT_METRICS:
        return None
    text = " ".join(label.split())
    start = next((at for at, char in enumerate(text) if char.isdigit()), None)
    if not start or _item_of(head := text[:start]) != item or L.squash(head) not in L.DISCLOSURE_ITEMS[item][1]:
        return None
    read = read_amount_wan_yuan(text[start:])
    return RawCell(text[start:], line) if read.state == VALUE and read.problem is None else None


def _named_in_passing(label: str, item: str, seen: set[str]) -> bool:
    """A label with no figure that names an item in running prose, not as a row of the table: it
    runs on into a sentence (`…相关规章、规范性文件；`: no table prints a mark after its label), or
    its article comes before that of a row already read (a sentence after the table's last row).
    Only a row standing in the table's label sequence may be read as blank cells."""
    text = re.sub(r"\s", "", L.normalize_text(label))
    for variant in sorted(L.DISCLOSURE_ITEMS[item][1], key=len, reverse=True):
        at = text.find(variant)
        if at >= 0:
            if text[at + len(variant) : at + len(variant) + 1] in _SENTENCE_MARKS:
                return True
            break
    read_up_to = max((_ARTICLE_ORDER.index(L.DISCLOSURE_ITEMS[other][0]) for other in seen), default=-1)
    return _ARTICLE_ORDER.index(L.DISCLOSURE_ITEMS[item][0]) < read_up_to


_UNIT_ALONE_RE = re.compile(rf"{MONEY_UNIT}[）)]?")
_UNIT_GLUED_RUN_RE = re.compile(rf"\d{{2,}}(?:\.\d+)?{MONEY_UNIT}")  # figures run together, then a unit


def _wrapped_amount(raw: RawCell | None, below: Row, after: Row | None = None) -> RawCell | None:
    """An amount wrapped down its narrow column in aligned text (`人民币26.0` over `31376万元`; `0.0044`
    over `亿元`, the label's own wrap beside it): the line below holds one piece of text standing in
    the amount's column (its left edge), and nothing else but the label's wrap before it; that
    piece goes on with digits (then no label on the line) or is the unit alone. The amount is the
    two joined; `raw` as it is otherwise. Unknown where a piece of digits ends off the unit and the line
    `after` holds a piece in that column too (`人民币2` / `9.8` / `95` / `859万元`): where it ends is not known."""
    if raw is None or raw.x is None or not raw.text.strip() or re.search(r"元\s*$", raw.text) \
            or not re.search(r"\d$", raw.text.strip()):
        return raw
    pieces = [cell for cell in below.cells if not cell.is_empty]
    if any(cell.x is None for cell in pieces):
        return raw

    def lefts(cell: RawCell) -> tuple[float, float]:
        """Its left edge in display columns and in glyphs (pdftotext gives every glyph one column)."""
        text = cell.text.strip()
        glyphs = cell.x_glyphs if cell.x_glyphs is not None else cell.x
        return cell.x - (cell.columns or display_width)(text) / 2, glyphs - len(text) / 2

    edges = lefts(raw)
    in_column = [cell for cell in pieces if any(abs(a - b) <= 1 for a, b in zip(lefts(cell), edges))]
    before = [cell for cell in pieces if cell not in in_column and all(a < b - 1 for a, b in zip(lefts(cell), edges))]
    if len(in_column) != 1 or len(in_column) + len(before) != len(pieces):
        return raw
    piece = in_column[0].text.strip()
    if not (re.match(r"\d", piece) and not before) and not _UNIT_ALONE_RE.fullmatch(piece):
        return raw
    joined = RawCell(raw.text.strip() + piece, raw.line, raw.x, columns=raw.columns)
    more = [cell for cell in after.cells if not cell.is_empty] if after is not None else []
    if not piece.endswith("元") and len(more) == 1 and more[0].x is not None and \
            any(abs(a - b) <= 1 for a, b in zip(lefts(more[0]), edges)):
        joined.problem = f"an amount wrapped over three lines or more ({joined.text!r}, {more[0].text.strip()!r}): not read"
    return joined


def _amount_with_its_unit_after(rows: list[Row], index: int) -> tuple[Row, set[int]] | None:
    """The row at `index` with its last figure, an amount printed bare, joined to the unit printed
    right after it as a cell of its own: on the same line (`政府集中采购⇥5⇥142512⇥元`) or alone on the
    next line (one cell a line, `142512` / `元`; a row whole on its line, then `元`). With the rows
    so taken (the next one, when the unit stood there); None when no unit follows a bare amount.
    Aligned text is left to `_wrapped_amount` (a unit below stands in its column or not) and a
    crawled run to its own split (which cell the run's last digits are is not known there)."""
    row = rows[index]
    if row.aligned or row.joined:
        return None
    cells = [cell for cell in row.cells if not cell.is_empty]
    if len(cells) >= 3 and unit_alone(cells[-1].text) and _BARE_AMOUNT_RE.fullmatch(clean_cell_text(cells[-2].text)):
        amount, unit = cells[-2], cells[-1]
        joined = replace(amount, text=amount.text.strip() + unit.text.strip())
        kept = [cell for cell in row.cells if cell is not unit]
        return row.with_cells([joined if cell is amount else cell for cell in kept]), set()
    below = rows[index + 1] if index + 1 < len(rows) else None
    unit = [cell for cell in below.cells if not cell.is_empty] if below is not None else []  # an empty line: a gap
    if below is None or below.aligned or below.joined or len(unit) != 1 or unit[0] is not below.cells[0] or \
            not unit_alone(unit[0].text):
        return None
    values = row.values()
    if not values or values[-1] is not row.cells[-1] or not _BARE_AMOUNT_RE.fullmatch(clean_cell_text(values[-1].text)):
        return None
    amount = values[-1]
    joined = replace(amount, text=amount.text.strip() + unit[0].text.strip())
    return row.with_cells([*row.cells[:-1], joined]), {index + 1}


_BARE_AMOUNT_RE = re.compile(r"(?:人民币|¥|￥)?\d+(?:\.\d+)?")  # an amount with no unit of its own


def _unread_disclosures(report: ParsedReport, template: str, articles: set[str],
                        block_columns: dict[str, list[str]] | None = None) -> None:
    """Every cell of the template's table 2 under a printed article that no row gave (a row not
    found, a column its header lost) is unknown: printed with its block, so not absent, and nothing
    says its value. A block whose header prints a column the template has not (`本年项目数量`) has
    that column's cells too: the columns are those its rows were read under (`block_columns`)."""
    read = {(c.row, c.column) for c in report.cells if c.table == "disclosures"}
    columns = L.TEMPLATE_DISCLOSURE_COLUMNS.get(template, {})
    block_columns = block_columns or {}
    unread = [(item, metric) for item, (article, _, templates) in L.DISCLOSURE_ITEMS.items()
              if template in templates and article in articles
              for metric in _template_then_printed(columns.get(article, ()), block_columns.get(article, ()))
              if (item, metric) not in read]
    if unread:
        report.warn("missing_cells", f"table 2: {len(unread)} cell(s) of the {template} template not read "
                    f"({', '.join(f'{i}.{m}' for i, m in unread[:6])}{' …' if len(unread) > 6 else ''}); unknown")
    for item, metric in unread:
        report.cells.append(Cell("disclosures", item, metric, None, UNKNOWN, None))


def _template_then_printed(template: Sequence[str], printed: Sequence[str]) -> list[str]:
    """The template's columns of a block, then those its header printed besides them, once each."""
    return [*template, *(metric for metric in printed if metric not in template)]


def _wrapped_item(label: str, previous: str, following: list[Row]) -> str | None:
    """The item of a label wrapped over lines (`其他对外管` over `理服务事项`), its figures on the
    first line, the second, or a middle one (`其他对外` / `管理服务 0 0` / `事项`), that line holding the
    figures alone (`其他对外` / `28  28  0  13` / `管理服务事项`: LibreOffice's wrapped cell round its row's line)."""
    if not label.strip():
        if not previous:
            return None
        text = previous
        for row in following[:4]:  # the label's lines after the figures' line, up to the next figures
            if row.has_figures() or not row.label.strip():
                break
            text += row.label
            if (item := _item_of(text)) is not None:
                return item
        return None
    text = label
    for row in following[:4]:  # a label wrapped over up to five lines, its figures on the first
        if row.has_figures() or not row.label.strip():
            break
        text += row.label
        if (item := _item_of(text)) is not None or (previous and (item := _item_of(previous + text)) is not None):
            return item
    return _item_of(previous + label) if previous else None


# the unit an amount column's header prints after its name: `采购总金额（元）`, `采购总金额(单位：万元)`,
# `采购总金额/元`, the bracket on a line of its own in text one cell a line
_HEADER_UNIT_RE = re.compile(rf"(?:\((?:单位[:：]?)?(?:人民币)?({UNIT_PATTERN})\)|/({UNIT_PATTERN})(?![\w]))")
# …or a bracket there that speaks of money in a unit the reader does not know (`（千元）`, `（元/万元）`,
# `（单位：美元）`): its column's bare figures are in that unit, so none is read as 万元
_HEADER_OTHER_UNIT_RE = re.compile(r"\(([^()]{0,12}[元万亿][^()]{0,12})\)|/([^/()]{0,3}元)(?![\w])")
_UNIT_NOT_KNOWN = "?"  # a header's unit the reader does not know (`_units_in_header`)


def _units_in_header(header: str) -> dict[str, str]:
    """The unit each amount column's header prints right after the column's name, by metric
    (_UNIT_NOT_KNOWN for a unit the reader does not know)."""
    text = re.sub(r"\s+", "", L.normalize_text(header))
    units = {}
    for metric in L.AMOUNT_METRICS:
        for variant in L.DISCLOSURE_METRICS.get(metric, ()):
            at = text.find(variant)
            if at < 0:
                continue
            if match := _HEADER_UNIT_RE.match(text, at + len(variant)):
                unit = match.group(1) or match.group(2)
                units[metric] = L.UNIT_SHORT_NAMES.get(unit, unit)
            elif _HEADER_OTHER_UNIT_RE.match(text, at + len(variant)):
                units[metric] = _UNIT_NOT_KNOWN
    return units


def _disclosure_cell(report: ParsedReport, item: str, metric: str, raw: RawCell | None, row_line: int,
                     header_unit: str | None = None) -> Cell:
    """`header_unit`: the unit the column's header prints (`采购总金额（元）`), else the template's."""
    if raw is None:
        return Cell("disclosures", item, metric, None, UNKNOWN, row_line)
    if metric in L.AMOUNT_METRICS and header_unit == _UNIT_NOT_KNOWN:
        read = read_amount_wan_yuan(raw.text)  # a cell's own unit still says what it holds
        if read.unit_assumed:
            report.warn("amount_unit_unknown", f"{item}.{metric}: {raw.text.strip()!r} has no unit and its column's "
                        "header prints one the reader does not know; unknown", raw.line)
            read = CellRead(UNKNOWN, None)
    elif metric in L.AMOUNT_METRICS:
        read = read_amount_wan_yuan(raw.text, header_unit or L.AMOUNT_UNIT_PRINTED.get(metric))
        if read.unit_assumed:
            report.warn("amount_unit_assumed", f"{item}.{metric}: {raw.text.strip()!r} has no unit; read as 万元", raw.line)
    else:
        read = read_count(raw.text, signed=metric in L.SIGNED_METRICS)
    return _to_cell(report, "disclosures", item, metric, read, raw)


def _to_cell(report: ParsedReport, table: str, row: str, column: str, read: CellRead, raw: RawCell) -> Cell:
    if raw.problem:
        read = CellRead(UNKNOWN, None, raw.problem)
    cell = Cell(table, row, column, read.value, read.state, raw.line, raw.text.strip(), read.unit_assumed)
    if read.problem:
        report.warn("unreadable_cell", f"{table} {row}.{column}: {read.problem}", raw.line)
        report.invalid_cells.append(cell)
    return cell


def _count_cells(report: ParsedReport, table: str, places: Iterable[tuple[str, str]], fitted: list[RawCell | None],
                 line: int) -> None:
    """The cells of a row of counts (table 3's, table 4's) at their places (row, column), appended to the
    report: unknown where no figure was fitted (at the row's `line`). A row's cells in one call: most are
    read and built here, not through a call a cell (a report has some 200)."""
    cells = report.cells
    for (row, column), raw in zip(places, fitted):
        if raw is None:
            cells.append(Cell(table, row, column, None, UNKNOWN, line))
        elif not raw.problem and not (cell_read := read_count(raw.text)).problem:
            cells.append(Cell(table, row, column, cell_read.value, cell_read.state, raw.line, raw.text.strip(),
                              cell_read.unit_assumed))
        else:
            cells.append(_to_cell(report, table, row, column, read_count(raw.text), raw))


# ---------------------------------------------------------------- table 3


@lru_cache(maxsize=1 << 14)  # asked of every word of table 3's header: they recur in every report
def _applicant_of(text: str) -> str | None:
    squashed = L.squash(text)
    return next((key for key, names in L.APPLICANTS.items() if squashed in names), None)


_APPLICANT_HEADER_WORDS = frozenset({*(n for names in L.APPLICANTS.values() for n in names), "申请人情况",
                                     "法人或其他组织", "申请人"})


def _is_applicant_header(label_cells: tuple[str, ...], squashed: str) -> bool:
    """The header naming the applicant columns (repeated after a page break, too), in one row or
    spread over several lines: every label cell an applicant's name."""
    if "自然人" in squashed or "商业企业" in squashed:
        return True
    return len(label_cells) > 1 and all(L.squash(text) in _APPLICANT_HEADER_WORDS for text in label_cells
                                        if text.strip())


def header_positions(parts: list[RawCell], key_of, join_spaced: bool = True) -> dict[str, float]:
    """Where each column's header stands in aligned text (the first of each, as `header_words`)."""
    positions: dict[str, float] = {}
    for x, key in header_words(parts, key_of, join_spaced):
        positions.setdefault(key, x)
    return positions


def header_words(parts: list[RawCell], key_of, join_spaced: bool = True) -> tuple[tuple[float, str], ...]:
    """(where it stands, its key) of every header word in aligned text: a word alone (`自然人`),
    wrapped down its column (`商业` over `企业`; a part already a word alone is no piece of another),
    or spaced out over two cells of a line (`其    他`). With `join_spaced`, single characters one space
    apart are first joined as one spaced-out word (`社 会`)."""
    if not parts:
        return ()
    first = parts[0].line  # a header recurs from report to report of a layout, on other lines
    return _header_words(tuple((p.text, p.line - first, p.x, p.columns) for p in parts), key_of, join_spaced)


@lru_cache(maxsize=1 << 12)
def _header_words(shape: tuple, key_of, join_spaced: bool = True) -> tuple[tuple[float, str], ...]:
    parts = [RawCell(text, line, x, columns=columns) for text, line, x, columns in shape]
    if join_spaced:
        parts, runs = _spaced_out_runs(parts)
        parts = _runs_of_two_words_split(parts, runs, key_of)
    found: list[tuple[float, str]] = []
    used: set[int] = set()
    for part in parts:
        key = key_of(part.text)
        if key is not None:
            found.append((part.x, key))
            used.add(id(part))
    for chain in _stacked_words(parts):
        if any(id(part) in used for part in chain):
            continue
        key = key_of("".join(part.text for part in chain))
        if key is not None:
            found.append((sum(part.x for part in chain) / len(chain), key))
            used.update(id(part) for part in chain)
    for left, right in pairwise(parts):
        if left.line == right.line:
            key = key_of(left.text + right.text)
            if key is not None:
                found.append(((left.x + right.x) / 2, key))
    return tuple(found)


def _words_where_they_stand(cell: RawCell) -> list[tuple[str, float]]:
    """An aligned cell's words (runs of non-space), each with its centre in glyphs."""
    start = cell.x_glyphs - len(cell.text) / 2
    return [(m.group(), start + m.start() + len(m.group()) / 2) for m in re.finditer(r"\S+", cell.text)]


def _spaced_out_runs(parts: list[RawCell]) -> tuple[list[RawCell], dict[int, list[RawCell]]]:
    """Single characters of one line one space apart (`社 会` over `公 益` over `组织`: a PDF spaces out
    the characters of a narrow cell) joined into one word, centred where they stand together; and the single
    characters each joined word was made of (by its id)."""
    joined: list[RawCell] = []
    runs: dict[int, list[RawCell]] = {}
    edges: list[tuple[float, float] | None] = []  # (left, right) of a run of single characters
    for part in parts:
        width = (part.columns or display_width)(part.text)
        left, right = part.x - width / 2, part.x + width / 2
        single = _is_cjk_character(part.text)
        run = edges[-1] if edges else None
        if single and run is not None and joined[-1].line == part.line and left - run[1] <= 1:
            edges[-1] = (run[0], right)
            members = [*runs.pop(id(joined[-1]), [joined[-1]]), part]
            joined[-1] = RawCell(joined[-1].text + part.text, part.line, (run[0] + right) / 2, columns=part.columns)
            runs[id(joined[-1])] = members
            continue
        joined.append(part)
        edges.append((left, right) if single else None)
    return joined, runs


def _runs_of_two_words_split(parts: list[RawCell], runs: dict[int, list[RawCell]], key_of) -> list[RawCell]:
    """A run of spaced-out characters that is two neighbouring columns' words on one line (`科 研 社 会 公`
    over `机构 益组织`: two narrow cells side by side, each spacing out its characters one space apart, so
    the run crosses the rule between them), split where exactly one cut lets each piece name a column,
    alone or wrapped down over the lines below (`_stacked_words`), when the whole run names none."""
    out = list(parts)
    for part in parts:
        members = runs.get(id(part))
        if members is None or len(members) < 2 or key_of(part.text) is not None:
            continue
        index = next(i for i, other in enumerate(out) if other is part)
        if any(key_of("".join(p.text for p in chain)) is not None
               for chain in _stacked_words(out) if chain[0] is part):
            continue
        fits = []
        for cut in range(1, len(members)):
            pieces = [_run_piece(members[:cut]), _run_piece(members[cut:])]
            trial = [*out[:index], *pieces, *out[index + 1:]]
            chains = _stacked_words(trial)
            if all(key_of(piece.text) is not None or any(
                    chain[0] is piece and key_of("".join(p.text for p in chain)) is not None for chain in chains)
                   for piece in pieces):
                fits.append(pieces)
        if len(fits) == 1:
            out[index:index + 1] = fits[0]
    return out


def _run_piece(members: list[RawCell]) -> RawCell:
    """Some neighbouring characters of a spaced-out run as one word, centred where they stand together."""
    first, last = members[0], members[-1]
    left = first.x - (first.columns or display_width)(first.text) / 2
    right = last.x + (last.columns or display_width)(last.text) / 2
    return RawCell("".join(p.text for p in members), first.line, (left + right) / 2, columns=first.columns)


HEADER_WRAP = 4  # lines a header word may be wrapped over in a narrow column (`对外` / `公开` / `总数` / `量`)
# …and written one character a line (`社` / `会` / `公` / `益` / `组` / `织`: LibreOffice's PDF of a narrow column)
HEADER_CHARACTERS = 7
# lines from one piece of a wrapped header word to the next: `pdftotext -layout` centres each header cell
# vertically, so a two-line word's second piece stands below a blank line and a line of a three-line neighbour
HEADER_GAP = 3


def _stacked_words(parts: list[RawCell]) -> list[list[RawCell]]:
    """Header words wrapped down one column of aligned text: each chain of two or more parts on
    following lines (at most HEADER_GAP - 1 lines between) that share their centre or their left edge, from its top
    part down, every length up to HEADER_WRAP, or up to HEADER_CHARACTERS for a word one character a line."""
    lefts = {id(part): part.x - (part.columns or display_width)(part.text) / 2 for part in parts}  # measured once

    def left(part: RawCell) -> float:
        return lefts[id(part)]

    by_line: dict[int, list[RawCell]] = {}
    for part in parts:
        by_line.setdefault(part.line, []).append(part)

    belows: dict[int, Sequence[RawCell]] = {}  # what goes on below a part: the same for every chain it ends

    def continued(chain: list[RawCell]) -> None:
        if not (len(chain) < HEADER_WRAP or (len(chain) < HEADER_CHARACTERS and all(len(p.text) == 1 for p in chain))):
            return
        last = chain[-1]
        below = belows.get(id(last))
        if below is None:
            # a word one character a line spreads them over the header's height: a line more between
            reach = HEADER_GAP + 1 if len(last.text) == 1 else HEADER_GAP
            # on the first line below holding parts in its column, each of them in turn: in a narrow table two
            # neighbours' pieces may both stand in it (`其 总` over `他 计`), and only the words tell which goes on
            below = belows[id(last)] = next((found for line in range(last.line + 1, last.line + 1 + reach)
                                             if (found := [p for p in by_line.get(line, ())
                                                           if abs(p.x - last.x) <= 2 or abs(left(p) - left(last)) <= 1])),
                                            ())
        for part in below:
            chains.append([*chain, part])
            continued(chains[-1])

    chains: list[list[RawCell]] = []
    for top in parts:
        continued([top])
    return chains


_TEXT_OF = attrgetter("text")  # a cell's text: mapped over the label cells of every row of table 3
WRAP = 5  # lines a label may be wrapped over (a narrow column: `5.要求` + four more)


def _shape(rows: list[Row]) -> tuple:
    """What the alignment of table 3's labels sees of its rows: each row's label cells, a few flags and where
    its label cells stand among its cells (`_places`), which recur from report to report of one layout (only
    the figures differ): `_aligned_labels` is computed once per distinct shape."""
    return tuple([(tuple(map(_TEXT_OF, row.label_cells())), row.figures_after_label, row.wrappable,
                   len(row.values()) > 1, _places(row)) for row in rows])


def find_application_rows(rows: list[Row], template: str) -> dict[str, Row]:
    """Each template row of table 3 → the row its figures are read from, by aligning the rows'
    labels to the template's label sequence. A row whose label is cut over two pipe rows that both hold
    figures or blank marks is left out (`rows_left_out_by_the_labels`), and so is any row found on the
    rest's pipe row."""
    labelled, assignment, unplaced, rests, _ = _aligned_labels(_shape(rows), template)
    sequence = template_sequence(template)
    taken = set(assignment.values())
    found: dict[str, Row] = {}
    in_order = _label_less_rows_in_order(rows, labelled, assignment, sequence, unplaced)
    # a converter's markdown (pipe rows) may part a label from its figures; one-cell-a-line text
    # (pdftotext) sets a row's figures after its label, so an empty line there is no such parting
    piped = any(row.piped for row in rows)
    for key in sequence:
        if key in in_order:
            found[key] = in_order[key]
        if key not in assignment or key in in_order:
            continue
        position = assignment[key]
        row = labelled_row = rows[labelled[position]]
        # asked once of the labelled row (a pipe row of figures inside its wrapped label, markdown), again
        # only of a row taken in its place
        empty_beside = piped and bool(row.values()) and _empty_beside_figures_apart(row)
        if not row.values():  # no cells at all (an empty cell of a tab or pipe row is a cell: blank)
            row = _figures_earlier_in_label(rows, labelled, position, taken) or row
        elif empty_beside:
            earlier = _figures_earlier_in_label(rows, labelled, position, taken)
            row = earlier if earlier is not None and earlier.piped else row
        if not row.values() or (piped and (empty_beside if row is labelled_row else _empty_beside_figures_apart(row))):
            # a label with its figures on a line of their own (no label, or a label placed nowhere)
            end = labelled[min((p for p in taken if p > position), default=len(labelled))] \
                if any(p > position for p in taken) else len(rows)
            row = next((r for r in _up_to_a_numbered_label(rows[labelled[position] + 1 : end])
                        if r.figures_after_label and _more_than_a_mark(r)), row)
        elif row.aligned:
            row = _with_cells_on_its_wrapped_lines(rows, labelled, position, taken, row)
        found[key] = row
    _figures_read_once(rows, labelled, assignment, found)
    found = _label_less_rows_between(rows, found, sequence)
    if piped:
        found = _figure_rows_paired_between_anchors(rows, labelled, assignment, found, sequence)
    if rests:  # the rest's figures may be its label's row's, or a row's whose label is lost: neither is read
        on_a_rest = {id(rows[index]) for index in rests}
        found = {key: row for key, row in found.items() if key not in rests.values() and id(row) not in on_a_rest}
    if "other" in assignment and "other" not in found and not any(key in assignment for key in _OTHER_SUB_ROWS):
        # （六）其他处理 printed as one row, its figures left unread (whose they are not known): the table still
        # prints that form, not the three sub-rows; its label alone, no cell, leaves its cells unknown
        found["other"] = Row(list(rows[labelled[assignment["other"]]].label_cells()))
        found = {key: found[key] for key in sequence if key in found}
    return found


def rows_left_out_by_the_labels(rows: list[Row], template: str) -> tuple[dict[str, Row], dict[str, Row]]:
    """The rows of table 3 `find_application_rows` leaves out, to be read unknown, from the one alignment of its
    labels, each → the row that says why:
    - the rows whose label a converter cut over two pipe rows, the other of which (its label's rest, or its
      beginning) holds figures or blank marks too (`| 三、 | （一）予以公 | 3 — | — 3 | 7 |` / `| 本年 | 开 | 1 |  |  |`,
      markitdown of a PDF) → that other row. Whose its figures are is not known: a wide figure wrapped in its
      narrow column leaves a piece on each row (`3` / `1` for 31), or the other row's are a row's whose label
      is lost;
    - the rows tied over a line of figures placed on one of them only by the words several rows end in, while
      another of those rows' label stands beside it without figures (`align._tied_with_a_bare_neighbour`):
      which row owns the line is not known → the row the order gave it (the line of figures, or the label
      beside it)."""
    *_, rests, tied = _aligned_labels(_shape(rows), template)
    return ({key: rows[index] for index, key in rests.items() if key is not None},
            {key: rows[index] for key, index in tied.items()})


ROWS_TIED_BY_SHARED_WORDS = (
    "a line of figures stands beside its label and another row's, the one placed by the words both rows' labels "
    "end in alone, the other without figures and maybe wrapped round that line: which row's it is not known")


def _figures_read_once(rows: list[Row], labelled: tuple[int, ...], assignment: dict[str, int],
                       found: dict[str, Row]) -> None:
    """A row found for two template rows (a label with no figures of its own, wrapped down a narrow column,
    took the figures of the next row's label, `8.属/于行/政查/询事/项` over `（四  本机    5    1   6`): its
    figures are the row's whose own label stands on it; the other keeps its own label's row, with no figures.
    Where neither label stands on it, whose figures they are is not known: both rows are left unread."""
    keys_of: dict[int, list[str]] = {}
    for key, row in found.items():
        keys_of.setdefault(id(row), []).append(key)
    for keys in keys_of.values():
        if len(keys) < 2:
            continue
        own = [key for key in keys if key in assignment and rows[labelled[assignment[key]]] is found[key]]
        for key in keys:
            if not own:
                del found[key]
            elif key != own[0] and key in assignment:
                found[key] = rows[labelled[assignment[key]]]


def _figure_rows_paired_between_anchors(rows: list[Row], labelled: tuple[int, ...], assignment: dict[str, int],
                                        found: dict[str, Row], sequence: tuple[str, ...]) -> dict[str, Row]:
    """A converter's markdown of a PDF may print a row's figures as a pipe row of their own above its
    label or below it, in one document both ways (a cell's figures centred in its height, its wrapped
    label not): between two rows whose label holds its own figures (anchors), the template's rows
    between them and the rows of figures alone between them are in the same order, so where they are
    as many, the k-th row takes the k-th row of figures, whichever side of its label it stands. Where
    there are fewer rows of figures, each standing inside one label wrapped round it (its first line right above,
    its rest right below) and no other figure stands there, each is that label's and no figure is left to the
    others, whose cells print on their label's own line: its empty cells are blank. Otherwise nothing says which
    label owns which figures, nor whether a label's empty cells are blanks: the rows there given figures apart
    or empty cells are left unread (unknown), never given a neighbour's figures or blanks that may be figures
    apart."""
    label_rows = {labelled[position]: key for key, position in assignment.items()}
    bare = [index for index, row in enumerate(rows) if index not in label_rows and _figures_apart(row)]
    if not bare:  # asked first: most tables have no row of figures apart
        return found
    anchors = sorted((index, sequence.index(key)) for index, key in label_rows.items()
                     if rows[index].figures_after_label and _more_than_a_mark(rows[index]) and key in found)
    if any(a[1] >= b[1] for a, b in pairwise(anchors)):  # not in template order: no segments to trust
        return found
    uses_other = "other" in assignment
    uses_sub_rows = any(key in assignment for key in _OTHER_SUB_ROWS)
    # the other rows holding a figure no placed label owns (`| 三、 | （一）予以公 | 3 — | 7 |`, its merged cells of
    # figures taken for its label, its label's rest `| 本年 | 开 | 1 |  |` a row of figures apart): rows of
    # figures too, so a segment holding one has more rows of figures than its rows of figures apart
    unowned = [index for index, row in enumerate(rows) if index not in label_rows and _figure_in_a_cell(row)]
    # a pipe row of blank marks alone (`|  |  | - | - | - | - |`) may be a header's above the table's first anchor;
    # past it, it is a row's figures apart as much as a row with a digit
    marks = [index for index, row in enumerate(rows) if index not in label_rows and row.piped and _marks_apart(row)]
    paired = dict(found)
    for (low, low_at), (high, high_at) in pairwise([(-1, -1), *anchors, (len(rows), len(sequence))]):
        figures = sorted(index for index in [*bare, *(marks if low >= 0 else ())] if low < index < high)
        if not any(index in bare for index in figures):
            continue  # nothing apart to place: each row keeps what its label row says
        if not (uses_other or uses_sub_rows) and any(key == "other" or key in _OTHER_SUB_ROWS
                                                     for key in sequence[low_at + 1 : high_at]):
            continue  # one row or three: the count says nothing
        keys = _in_the_form_used(sequence[low_at + 1 : high_at], assignment)
        if len(keys) == len(figures) and not any(low < index < high for index in unowned if index not in figures):
            paired |= {key: rows[index] for key, index in zip(keys, figures)}
        elif (wrapped := _each_wrapped_in_a_label(rows, figures, keys)) is not None \
                and not any(low < index < high for index in unowned if index not in figures):
            # fewer rows of figures apart than labels, each inside one label wrapped round it (its first line right
            # above, its rest right below): that row's own; no line of figures is left to any other label there,
            # whose cells, printed on its own line, are what its line shows
            paired |= {key: rows[index] for index, key in wrapped.items()}
        else:  # neither the figures apart nor a label's empty cells there (blanks, or figures apart) say whose
            apart = {id(rows[index]) for index in figures}
            paired = {key: row for key, row in paired.items()
                      if key not in keys or not (id(row) in apart or all(cell.is_empty for cell in row.values()))}
    return {key: paired[key] for key in sequence if key in paired}


def _each_wrapped_in_a_label(rows: list[Row], figures: list[int], keys: list[str]) -> dict[int, str] | None:
    """Each row of figures apart (index into `rows`) → the one row of `keys` whose label is wrapped round it
    (`_label_wrapped_round`), every row of figures so placed, no two in one label; None otherwise."""
    owners = {}
    for index in figures:
        round_it = [key for key in keys if _row_label_wrapped_round(rows, index, key)]
        if len(round_it) != 1:
            return None
        owners[index] = round_it[0]
    return owners if len(set(owners.values())) == len(owners) else None


def _row_label_wrapped_round(rows: list[Row], at: int, key: str) -> bool:
    """`_label_wrapped_round`, or so with the pipe rows beside the line of figures read by their last cell of words,
    the row label's column (`|  | （四）无法 | 2.没有 |` / figures / `|  | 提供 | 现成信息需要另行制作 |`): the group's
    and the section's headings in the cells before it are wrapped down their own columns, beside any row's lines."""
    return _label_wrapped_round(rows, at, key) or _label_wrapped_round(rows, at, key, _row_label_words)


def _row_label_words(row: Row) -> str:
    """A label row's words in its row label's column: a pipe row's last cell of words, a line's whole text."""
    return row.label_cells()[-1].text if row.piped else _label_words(row)


def _in_the_form_used(keys: Sequence[str], present: Iterable[str]) -> list[str]:
    """The keys without the form of （六）其他处理 the table does not use, by the rows `present`: one row
    (`other`) or its three sub-rows; with neither present, both forms stay."""
    present = set(present)
    sub_rows = any(key in present for key in _OTHER_SUB_ROWS)
    return [key for key in keys
            if not (key == "other" and sub_rows) and not (key in _OTHER_SUB_ROWS and "other" in present)]


def _marks_apart(row: Row) -> bool:
    """A row of blank marks alone, no label's words, several cells of them (`|  |  | - | - | — - |`)."""
    if not (row.figures_after_label and len(row.values()) > 1) or any(_HAN_RE.search(c.text) for c in row.label_cells()):
        return False
    words = [word for cell in row.values() for word in cell.text.split()]
    return len(words) > 1 and all(word in L.BLANK_TOKENS for word in words)


def _figures_apart(row: Row) -> bool:
    """A row standing for a row's figures apart from its label: figures after its label, several cells
    and a digit among them (a row of blank marks alone, `| - | - |`, may be a header's), not a page's
    number split into cells (`|  | - 3 | - |`)."""
    if not (row.figures_after_label and len(row.values()) > 1):
        return False  # asked of every row of a pipe table: most label rows say no here
    texts = [cell.text.strip() for cell in row.values() if cell.text.strip()]
    return any(_DIGIT_RE.search(text) for text in texts) and not is_page_number(" ".join(texts))


def _positions(rows: list[Row]) -> dict[int, int]:
    """Each row's index in `rows`, by the row's identity (a row is found by identity, never compared)."""
    return {id(row): index for index, row in enumerate(rows)}


def _label_less_rows_between(rows: list[Row], found: dict[str, Row], sequence: tuple[str, ...]) -> dict[str, Row]:
    """Rows the labels left unplaced, whose figures stand between the rows placed before and after
    them: as rows without a label (markdown from a PDF: the label `5.要求行政机关确认…` written as a
    plain line elsewhere, its `| 0 | 0 | … |` in its place) or under a label that names no other row
    (an OCR's `全入轴关确认或重新出具  0  0 …`). Where the rows between two placed rows, each holding
    its own figures, are as many such rows of figures as the template's rows missing between them,
    they are those rows in order."""
    if len(found) == len(sequence):
        return found
    index_of: dict[int, int] | None = None  # built at the first gap between two placed rows (most tables: none)
    used = {id(row) for row in found.values()}
    placed = [position for position, key in enumerate(sequence) if key in found]
    for before, after in pairwise(placed):
        if after == before + 1:
            continue  # no template row between them
        if index_of is None:
            index_of = _positions(rows)
        missing = _in_the_form_used(sequence[before + 1 : after], found)
        low, high = (index_of.get(id(found[sequence[p]])) for p in (before, after))
        if not missing or low is None or high is None or low >= high \
                or len(found[sequence[before]].values()) < 2 or len(found[sequence[after]].values()) < 2:
            continue
        between = [row for row in rows[low + 1 : high] if id(row) not in used
                   and not _names_another_row(row.label, missing, sequence)]
        bare = [row for row in between if row.figures_after_label and len(row.values()) > 1]
        # every other row between holding a figure (`| 三、 | （一）予以公 | 3 — | 7 |`, its merged cells of
        # figures taken for its label, then `| 本年 | 开 | 1 |  |`, its label's rest: markitdown) may be a
        # missing row's as well: the rows of figures are then more than the rows missing, and which is
        # whose is not known
        taken_here = {id(row) for row in bare}
        # the row after placed on a line of figures without its label, and more numbered first lines of labels
        # without figures between than rows missing (`1.属于国` / `（三）不予公开` / `家秘密` / `2.其他` /
        # `0 0 … 38,106` / a new page / `法律行政法规禁止公开` / `0 0 … 57`, `pdftotext -layout`): that row's label
        # may open there, wrapped round figures between, which are then its own (`2.其他` counted though it names
        # `3.其他` by its words)
        openings = 0 if found[sequence[after]].label.strip() else \
            sum(id(row) not in used and not row.has_figures()
                and (bool(_LABEL_OPENS_RE.search(row.label)) or _opens_a_sub_rows_label(row))
                for row in rows[low + 1 : high])
        if len(bare) == len(missing) and openings <= len(missing) \
                and not any(_figure_in_a_cell(row) for row in between if id(row) not in taken_here):
            found = found | dict(zip(missing, bare))
    return {key: found[key] for key in sequence if key in found}


def _figure_in_a_cell(row: Row) -> bool:
    """Whether a pipe row holds a figure in some cell, its label cells among them (`| 三、 | （一）予以公 | 3 — | 7 |`,
    `| 本年 | 开 | 1 |  |`): not a page's number alone, nor a header's numbers of its columns (`| 1 | 2 | 3 4 | 5 | 6 计 |`,
    the run 1, 2, … n)."""
    if not row.piped or not row.has_figures():
        return False
    words = L.normalize_text(" ".join(cell.text for cell in row.cells)).split()
    numbers = [word for word in words if word.isdigit()]
    return bool(numbers) and not is_page_number(" ".join(words), bare=True) \
        and not (len(numbers) >= 3 and numbers == [str(n) for n in range(1, len(numbers) + 1)])


def _names_another_row(label: str, missing: list[str], sequence: tuple[str, ...]) -> bool:
    """Whether the label names a template row other than the `missing` ones at least as well as it
    names any of them (`4.大量反复申请`, misread before its words, still names its own row better
    than `2.重复申请`, whose words it shares in part)."""
    squashed = L.squash(label)
    scores = {row.key: A.score(squashed, row) for row in A.template_rows(sequence)}
    other = max((score for key, score in scores.items() if key not in missing), default=0.0)
    return other >= A.MIN_SCORE and other >= max(scores[key] for key in missing)


def _empty_beside_figures_apart(row: Row) -> bool:
    """A row of empty cells only, not aligned nor crawled: a converter's markdown may set a label in a
    table row of its own with empty cells (`| 一、本年新收… |  |  |`) and the row's figures on a line or
    row of their own below it; the caller looks there for a label-less row of figures before the next
    placed label (none: the empty cells are the row's, blank)."""
    return not row.aligned and not row.joined and bool(row.values()) \
        and all(v.is_empty for v in row.values())


def _with_cells_on_its_wrapped_lines(rows: list[Row], labelled: tuple[int, ...], position: int, taken: set[int],
                                     row: Row) -> Row:
    """An aligned row with the cells printed on the next lines of its wrapped label: a layout centring
    each cell in the row's height may print some of them on the label's first line and the others on
    its second (`（二）部分公开（区分处   —  —  —  —` / `理的，只计这一情形，不   1   3   4`). The label's
    lines run up to the next placed label or numbered line, WRAP lines at most, and up to a line whose
    cells stand in a column the row already fills (the next row's, its label's numbering lost); the
    cells keep their columns for the row's fit."""
    start = labelled[position]
    later = [labelled[p] for p in taken if p > position]
    end = min([*later, start + WRAP + 1, len(rows)])
    extra: list[RawCell] = []
    for index in range(start + 1, end):
        line = rows[index]
        if _opens_a_numbered_label(line) or not line.aligned or line.page != row.page:
            break  # the next row's label
        if line.figures_after_label:
            cells = line.values()
            if any(_same_column(cell, other) for cell in cells for other in (*row.values(), *extra)):
                break  # a column holding a cell already: the row is whole, these are the next row's
            if len(row.values()) + len(extra) >= len(L.APPLICANT_KEYS):
                # a cell in every column already, wherever they stand (an OCR's spacing shifts the
                # columns from line to line): the row is whole, these are the next row's
                break
            extra += cells
    if not extra:
        return row
    values = sorted([*row.values(), *extra], key=attrgetter("x"))
    return Row([*row.label_cells(), *values], aligned=True, page=row.page)


def _opens_a_numbered_label(row: Row, numbering: re.Pattern = _NUMBERED_LABEL_RE) -> bool:
    """The first line of the next row's label (its last label cell: the first may be a heading down the margin)."""
    label_cells = row.label_cells()
    return bool(label_cells) and bool(numbering.match(label_cells[-1].text.strip()))


# a sub-row's numbering (`1.`, `（一）`, or `（七` alone, its closing bracket wrapped to a later line): `三、`
# may open the merged heading `三、本年度办理结果` down the margin
_SUB_ROW_NUMBERING_RE = re.compile(r"^(?:\d+\s*[.．、]|[（(][一二三四五六七八九十]+(?:[）)]|$))")


def _up_to_a_numbered_label(rows: list[Row]) -> Iterable[Row]:
    """The rows before the first that opens a numbered sub-row's label (`（四  1.本  2  2`: the next
    row's, with its figures)."""
    for row in rows:
        if _opens_a_numbered_label(row, _SUB_ROW_NUMBERING_RE):
            return
        yield row


def _same_column(cell: RawCell, other: RawCell) -> bool:
    """Two aligned cells that overlap across the page: one above the other in a column."""
    half, other_half = cell.columns(cell.text) / 2, other.columns(other.text) / 2
    return abs(cell.x - other.x) < half + other_half


def _more_than_a_mark(row: Row) -> bool:
    """A line of figures, not one blank mark alone (`无` down the margin is a character of a merged
    label written one per line, `（四）无法提供`, as much as a blank cell)."""
    values = [cell for cell in row.values() if not cell.is_empty]
    return len(values) > 1 or any(ch.isdigit() for cell in values for ch in cell.text)


def _label_less_rows_in_order(rows: list[Row], labelled: tuple[int, ...], assignment: dict[str, int],
                              sequence: tuple[str, ...], unplaced: frozenset[str]) -> dict[str, Row]:
    """A converter that writes wrapped labels as plain lines and their figures as rows without a
    label, each in template order but apart (markdown from a PDF: `2.其他法律行政法规禁` / `止公开` /
    `| 1.属于国家秘密 | 0 | … |` / `| 0 | 0 | … |`): in template order, the k-th row named by a label
    without figures (placed, or `unplaced`: named out of order) takes the k-th label-less row of
    figures after the first placed label, when there are as many of each. A lone figure on a line
    is no row."""
    placed = [key for key in sequence if key in assignment]
    if not placed or any(row.aligned for row in rows):  # aligned text: a label's lines hold its figures
        return {}
    waiting = [key for key in sequence if key in unplaced
               or (key in assignment and not rows[labelled[assignment[key]]].values())]
    if len(waiting) < 2:  # most tables: every placed label has its figures
        return {}
    label_lines = set(labelled)
    first = min(labelled[assignment[key]] for key in placed)
    bare = [row for index, row in enumerate(rows[first:], first)
            if index not in label_lines and row.figures_after_label and len(row.values()) > 1]
    return dict(zip(waiting, bare)) if len(waiting) >= 2 and len(waiting) == len(bare) else {}


def _figures_earlier_in_label(rows: list[Row], labelled: tuple[int, ...], position: int, taken: set[int]) -> Row | None:
    """The figures of a label wrapped over lines and placed by its last line: on an earlier line of
    the label, or on a line of figures alone inside it (`pdftotext -layout`: `（二）部分公开（区分…` /
    `447  7  0 …` / `形，不计其他情形）`), never past the label placed before it."""
    if _LABEL_OPENS_RE.search(rows[labelled[position]].label) or _opens_a_sub_rows_label(rows[labelled[position]]):
        return None  # placed by its numbered first line (`1.属于…`, `（二）部分公开`): its figures stand on or below it
    before = [labelled[p] for p in taken if p < position]
    # a label down a narrow column (`1.本` / `机关` / … / `息`, LibreOffice's PDF of a DOCX) runs over more lines
    reach = NARROW_WRAP if len(rows[labelled[position]].label.strip()) <= NARROW else WRAP
    stop = max(max(before, default=-1), labelled[position] - reach - 1)
    label_lines = set(labelled)
    bare = None  # a line of figures alone, below the label's first line if one is found above it
    for index in range(labelled[position] - 1, stop, -1):
        if _comma_piece(rows[index]) is not None:
            # `１,１` / `８７` (`pdftotext -raw`): the last figure of the row before, wrapped in its narrow column
            # inside its thousands group, no label's line; the lines above it are that row's too
            return None
        if index in label_lines:
            if bare is not None:  # a label line above the figures: they stand inside the label
                return None if rows[index].figures_after_label else bare
            if rows[index].figures_after_label:
                return rows[index]
            if _LABEL_OPENS_RE.search(rows[index].label) or _opens_a_sub_rows_label(rows[index]):
                # the label's numbered first line (`（ 六 ） 其 2.申请`, `（二）部分公开（区分处理的，只计这一`):
                # figures above it are another row's (`（一）予以` / `三、本年度办理结果  0 0 …` / `公开`, its
                # label wrapped round them)
                return None
        elif bare is None and rows[index].figures_after_label:
            bare = rows[index]
        elif bare is not None and _numbered_opening(rows[index]):
            # `（七）` / `710 3 0 …` / `总计`, `一、本年` / `11 — 3 …` / `新收…数量`: the label's numbered
            # first line (placed nowhere) above its figures
            return bare
    return None


def _opens_a_sub_rows_label(row: Row) -> bool:
    """A line without figures whose last label cell opens with a sub-row's numbering, its words right after it
    (`（二）部分公开（区分…`, `1.属于…`; not `（三）   第三方合法权益`, a margin heading's piece before a label's rest),
    its first word not a group heading's (`（四）无法提供`, `（三）不予 第三方合法权益`, `（五）不 提供公开出版物`;
    `（六` alone: a merged heading may stand in the margin between a label's lines, or before a label's rest)."""
    cells = row.label_cells()
    label = cells[-1].text.strip() if cells else ""  # its last label cell: the first may be a heading down the margin
    match = _SUB_ROW_OPENING_RE.match(label)
    return match is not None and not row.has_figures() and \
        not _GROUP_HEADING_WORD_RE.fullmatch(label[match.start("words"):].split()[0])


# a word of a group heading's characters alone (`不`, `不予`, `无法提供`)
_GROUP_HEADING_WORD_RE = re.compile(r"[本年度办理结果不予公开无法提供处理其他、，]+")
# a sub-row's numbering and its words right after it (`（二）部分公开`, `1.属于`; not `（三） 第三方合法权益`, a margin
# heading's numbering a space before a label's rest, nor `（六` alone)
_SUB_ROW_OPENING_RE = re.compile(r"(?:\d+\s*[.．、]\s*|[（(][一二三四五六七八九十]+[）)])(?P<words>[\u3400-\u9fff])")


# a label's numbering, at the start of a line or after a merged heading's characters (`（ 六 ） 其 2.申请`)
_LABEL_OPENS_RE = re.compile(r"(?:^|\s)\d+\s*[.．、]\s*[\u3400-\u9fff]")


def _numbering_alone(shaped: tuple) -> bool:
    """A row of `_shape` that is a label's numbering alone, without figures (`（二）`, `1.`): no row of its own (its
    label squashes to nothing), the first line of the label whose rest follows its figures."""
    label_cells, has_figures, wrappable, *_ = shaped
    return bool(label_cells) and not has_figures and wrappable and not L.squash("".join(label_cells)) \
        and bool(_NUMBERED_LABEL_RE.fullmatch(label_cells[-1].strip()))


# `(七 ) 总计`, `( 四 )`: a bracketed numbering an OCR read with spaces inside its brackets
_SPACED_BRACKET_NUMBERING_RE = re.compile(r"\s*[（(]\s*[一二三四五六七八九十]+\s*[）)]")


def _numbered_opening(row: Row) -> bool:
    """A line opening a wrapped label with its numbering, without figures (`（七）`, `一、本年`)."""
    return not row.has_figures() and bool(_NUMBERED_LABEL_RE.match(row.label.strip()))


@lru_cache(maxsize=1 << 12)
def _aligned_labels(shape: tuple[tuple[tuple[str, ...], bool, bool, bool, _Places], ...], template: str,
                    ) -> tuple[tuple[int, ...], dict[str, int], frozenset[str], dict[int, str | None], dict[str, int]]:
    """(the indices of the rows with a label, template row key → position among them, the rows named
    by labels without figures that the order left out, the index of each pipe row of figures that is the
    rest of a cut label of a row of figures → the key that label took, None for none, each row left out
    as a tie over a line of figures `A.align_with_ties` found → the index of its row): the rows given by
    their label cells' texts, whether figures follow the label, whether the label may be wrapped over
    lines, and whether the row holds several cells. The dicts are shared between calls: read them, never
    change them."""
    labelled, squashed = [], []
    for i, (label_cells, has_figures, *_) in enumerate(shape):
        if not label_cells:
            continue  # figures alone: no label, nor a numbering
        own = L.squash("".join(label_cells))
        # `7 .` and the row's figures, its words down the narrow column below (`属 于` / `行 政` / …): the
        # numbering alone opens the label, and the figures are its row's
        numbering = not own and has_figures and bool(_NUMBERED_LABEL_RE.match(label_cells[-1].strip()))
        if numbering or (own and not _is_applicant_header(label_cells, own) and not _heading_of_next_row(shape, i, own)):
            labelled.append(i)
            squashed.append(own)
    # a row that cannot be part of a wrapped label counts as having figures: no label joins it
    figures = [shape[i][1] or not shape[i][2] for i in labelled]
    # a numbered line (`2.申请人逾期未`, `（六）其他处理`) starts a label: no earlier line belongs to it
    # (or a line whose numbering follows a merged heading's characters: `） 其 他 2.申请人逾期未按…`), or one
    # below a line of its numbering alone (`（二）` / its figures / `部分公开（区分…`): no earlier line joins it, and
    # it joins none (else `三、本年度办理结果  0 0 …` / `公开` took `部分公开（区分…` past the figures between)
    starts = [shape[i][2] and (bool(_NUMBERED_LABEL_RE.match(shape[i][0][-1].strip()))
                               or bool(_LABEL_OPENS_RE.search(" ".join(shape[i][0])))
                               or bool(_SPACED_BRACKET_NUMBERING_RE.match(shape[i][0][-1]))
                               or any(_numbering_alone(shape[k]) for k in range(labelled[p - 1] + 1 if p else 0, i)))
              for p, i in enumerate(labelled)]
    sequence = template_sequence(template)
    template_rows = A.template_rows(sequence)
    candidates = []
    absorbed: set[int] = set()  # label-only lines that are the first lines of the label of a row below
    held: dict[int, int] = {}  # a cut label's position → its rest's, which holds figures too
    for position, own in enumerate(squashed):
        # the label-only rows just before and after it: the rest of a label wrapped over lines
        # (the loops asked first whether their first line ends them: most labels are whole on their line)
        before = []
        if position and not figures[position - 1] and not starts[position]:
            for p in range(position - 1, max(position - WRAP, -1), -1):
                if figures[p] or starts[p + 1] or labelled[p] < labelled[position] - WRAP:
                    break
                before.insert(0, squashed[p])
        after = []
        if position + 1 < len(labelled) and not figures[position + 1] and not starts[position + 1]:
            for p in range(position + 1, min(position + WRAP, len(labelled))):
                if figures[p] or starts[p] or labelled[p] > labelled[position] + WRAP:
                    break
                after.append(squashed[p])
        if not after and figures[position] and position + 1 < len(labelled) and not figures[position + 1] \
                and labelled[position + 1] <= labelled[position] + WRAP and A.opens_a_row(own, sequence) \
                and not A.names_a_row(squashed[position + 1], sequence):
            # a label cut by its own figure (`保护第三` / `1` / `（三）不予 方合法权益`, plain pdftotext of
            # Chromium's PDF): its rest on the next line, though that opens with a group heading's numbering
            after = [squashed[position + 1]]
        texts = (own,)
        if (cut := _label_cut_over_pipe_rows(shape, labelled, position, sequence)) is not None:
            # a pipe row of figures whose label's last words stand in the same cells of the figure-less pipe
            # row right after (or before) it (`| 三、 | （一）予以公 | 3 |` / `| 本年 | 开 |  |`, markitdown)
            texts, rest = (own, cut[0]), cut[1]
            absorbed.add(rest)
        elif position not in held.values() and \
                (cut := _label_cut_over_pipe_rows(shape, labelled, position, sequence, rest_figures=True)) is not None:
            # the same, the rest's pipe row holding figures or blank marks too (`| 本年 | 开 | 1 |  |`): the label
            # names its row, whose figures are not known (`rows_left_out_by_the_labels`)
            texts, held[position] = (own, cut[0]), cut[1]
            absorbed.add(cut[1])
        elif (round_it := _label_round_a_pipe_row(shape, labelled, position, sequence)) is not None:
            # its label's words on the plain lines right before and after it (`1.本机关不掌握相关政府信` / `息`)
            texts = (own, round_it)
            absorbed.update((position - 1, position + 1))
        elif not A.names_a_row(own, sequence) and \
                (narrow := _down_a_narrow_column(position, squashed, labelled, figures, starts)):
            # the whole label read down its column: a piece of it would name rows sharing its last words
            texts = narrow
        elif before or after:
            texts = tuple(sorted({own, "".join(before[-1:]) + own, "".join(before) + own, own + "".join(after[:1]),
                                  own + "".join(after)}))
            if before and shape[labelled[position]][1] and shape[labelled[position]][3] and \
                    A.shared_piece(own, sequence) and \
                    (first := next((k for k in range(1, len(before) + 1)
                                    if A.names_a_sharing_row("".join(before[-k:]) + own, sequence)
                                    # the lines alone: their words misread by a character (an OCR's
                                    # `斋期` for `逾期`) still name the row, where with the piece after
                                    # them only its own words read exactly would
                                    or A.names_a_sharing_row("".join(before[-k:]), sequence)), None)):
                # figures after a piece of the words several rows end in (`行政机关不再处理其政府信息公开  1 0 …`),
                # the fewest lines above that, read with it, name one of those rows by its own words
                # (`1.申请人无正当理由逾期不补正、`): those lines open this row's label, no row of their own (else
                # the row's figures go to the next row sharing its ending, and that row's label lines to
                # nothing); alone, they name the row for this candidate as they did for their own
                absorbed.update(range(position - first, position))
                texts = (*texts, "".join(before[-first:]))
        candidates.append(A.Candidate(texts, shape[labelled[position]][1], shape[labelled[position]][3]))
    for position in absorbed:
        candidates[position] = A.Candidate(("",), False)  # matches no row
    assignment, tied = A.align_with_ties(candidates, template_rows)
    if "other" not in L.application_rows(template) and any(k in assignment for k in _OTHER_SUB_ROWS) \
            and "other" in assignment and A.names_a_row(squashed[assignment["other"]], _OTHER_SUB_ROWS):
        # `other` placed on a sub-row's own label line, read with the heading `其他处理` printed without its
        # `（六）` among the sub-rows' lines: the heading took that sub-row's place, and the sub-row its
        # neighbour's. The table has the sub-rows: aligned again without `other`
        template_rows = tuple(row for row in template_rows if row.key != "other")
        assignment, tied = A.align_with_ties(candidates, template_rows)
    if "other" not in L.application_rows(template) and any(k in assignment for k in _OTHER_SUB_ROWS):
        assignment.pop("other", None)  # the heading of its sub-rows
    # labels without figures the order left out (`2.其他法律…` printed above `1.属于国家秘密`): the rows
    # they name may still take label-less figures in template order
    taken = set(assignment.values())
    allowed = L.application_rows(template)
    left_out = [candidates[p] for p in range(len(candidates)) if p not in taken and not figures[p]]
    unplaced = frozenset(key for key in A.best_rows(left_out, template_rows)
                         if key in allowed and key not in assignment)
    placed_at = {position: key for key, position in assignment.items()}
    rests = {labelled[rest]: placed_at.get(position) for position, rest in held.items()}
    return tuple(labelled), assignment, unplaced, rests, {key: labelled[at] for key, at in tied.items()}


HEADING_REACH = 3  # lines from a group heading to the row it names (a header line between)


_HAN_RE = re.compile(r"[\u3400-\u9fff]")  # a label's words
# a row's width, the places of its label cells among its cells, whether it holds any figure, whether a pipe row,
# whether its value cells hold a figure or blank mark that may be a row's (`_figures_a_row_may_own`)
_Places = tuple[int, tuple[int, ...], bool, bool, bool]


def _places(row: Row) -> _Places:
    """A row's width, the places of its label cells, whether it holds any figure, whether it is a pipe
    row and whether its value cells hold a row's figures or blank marks: a label cut over two pipe rows
    joins cell by cell (`_label_cut_over_pipe_rows`)."""
    labels = set(map(id, row.label_cells()))  # the places found at C level: asked of every row of table 3
    return (len(row.cells), tuple(compress(range(len(row.cells)), map(labels.__contains__, map(id, row.cells)))),
            row.has_figures(), row.piped, row.piped and _figures_a_row_may_own(row))


def _figures_a_row_may_own(row: Row) -> bool:
    """Whether a row's value cells hold a figure or a blank mark (`| 本年 | 开 | 1 |  |`, `| 本年 | 开 | — — | — |`)
    that may be a row's: not a page's number (`- 3 -`, `第 3 页`), nor a header's numbers of its columns (the run 1,
    2, … n over the applicant columns at least, `| 1 2 | 3 4 | 5 6 | 7 |`; a shorter run, `| 1 | 2 | 3 | 4 |`, numbers
    no table 3's columns and may be figures)."""
    if not row.figures_after_label:
        return False
    texts = [text for cell in row.values() if (text := cell.text.strip())]
    words = L.normalize_text(" ".join(texts)).split()
    return not is_page_number(" ".join(texts)) and \
        not (len(words) >= len(L.APPLICANT_KEYS) - 1 and words == [str(n) for n in range(1, len(words) + 1)])


def _label_cut_over_pipe_rows(shape: tuple, labelled: list[int], position: int, sequence: tuple[str, ...],
                              rest_figures: bool = False) -> tuple[str, int] | None:
    """A converter's pipe row of figures whose label names no row, its words cut in their cells and
    continued in the same cells of a pipe row as wide right after it, or begun in those of one right
    before it (`| 三、 | （一）予以公 | 3 — | 7 |` / `| 本年 | 开 |  |  |`, markitdown of a PDF), or, where the
    label's columns share one pipe cell (`| 度办 （二）部分公 | 2 |`), continued word by word on the plain line
    right after it (`理结 开（区分处理`): that row or line holds no figure and its label alone names no row,
    only rule lines or empty rows stand between them, and the two read cell by cell (word by word) end on
    the whole words of a template row (or hold them), the cut cell's words completed by the other row's in
    the same cell.
    (the label read so, squashed; the position of the other row among the labelled rows), else None. The
    figures stay those of the row's own pipe cells.
    `rest_figures`: the same, of a pipe row as wide whose value cells hold a figure or a blank mark
    (`| 本年 | 开 | 1 |  |`, `_figures_a_row_may_own`), which the caller cannot read as the row's figures."""
    index = labelled[position]
    width, places, _, piped, _ = shape[index][4]
    if not piped or not shape[index][1] or not places:
        return None
    rows = A.template_rows(sequence)
    if _holds_a_rows_words(L.squash("".join(shape[index][0])), rows):
        return None  # its own label holds a row's words whole (a near miss, `部分公` for `部分公开`, does not)
    # the cells of words (merged cells of figures and marks, `3 —`, are no label's words)
    cells = {i: text for i, text in zip(places, shape[index][0]) if _HAN_RE.search(text)}
    if not cells:
        return None
    last = max(cells)  # the cut cell: the row's last cell of words
    for other, after in ((position + 1, True), (position - 1, False)):
        if not 0 <= other < len(labelled):
            continue
        near = labelled[other]
        between = shape[min(index, near) + 1 : max(index, near)]
        if abs(near - index) > 3 or any(s[0] or s[1] for s in between):
            continue  # more than rule lines or empty rows between them
        its_width, its_places, its_figures, its_piped, its_own_figures = shape[near][4]
        # (its figures, `rest_figures`: a pipe row's only, `_figures_a_row_may_own`)
        if (not its_own_figures if rest_figures else its_figures) or not its_places \
                or A.names_a_row(L.squash("".join(shape[near][0])), sequence):
            continue
        if its_piped and its_width == width:
            rest = {i: text for i, text in zip(its_places, shape[near][0]) if _HAN_RE.search(text)}
            if not rest or max(rest) > last or last not in rest:
                continue  # words in a cell past the label's last, or none in the cut cell: no rest of this label
            pieces = sorted(cells.keys() | rest.keys())
            ours, theirs = [cells.get(i, "") for i in pieces], [rest.get(i, "") for i in pieces]
        elif not its_piped and after and len(shape[near][0]) == 1:
            # the words of the label's columns in one cell, a space apart, continued as many words a space apart
            ours, theirs = cells[last].split(), shape[near][0][0].split()
            if len(ours) < 2 or len(ours) != len(theirs):
                continue
        else:
            continue
        pairs = list(zip(ours, theirs)) if after else list(zip(theirs, ours))
        text = L.squash("".join(a + b for a, b in pairs))
        whole = L.squash("".join(pairs[-1]))
        # the words of a row whole across the cut (`（二）部分公` + `开（区分处理`), and in the label read so
        if any(_holds_its_words(whole, row) and _holds_its_words(text, row) for row in rows):
            return text, other
    return None


def _holds_its_words(label: str, row: A.TemplateRow) -> bool:
    """Whether the squashed `label` holds the template row's words whole (a short label, `总计`, at its end)."""
    return any(label.endswith(v) if row.exact else v in label for v in row.variants) if row.key != "other_misc" \
        else label in ("其他", "其他处理其他")


def _holds_a_rows_words(label: str, rows: tuple[A.TemplateRow, ...]) -> bool:
    return any(_holds_its_words(label, row) for row in rows)


def _label_round_a_pipe_row(shape: tuple, labelled: list[int], position: int, sequence: tuple[str, ...]
                            ) -> str | None:
    """A converter's pipe row of figures whose label cells hold no row's words (a group heading's piece,
    `理结果`, or none), between two plain lines without figures that read together hold a row's words whole
    and the first of them alone does not (`1.本机关不掌握相关政府信` / `| 理结果 |  | 1 | 无 | … |` / `息`,
    markitdown of Chromium's PDF: the label wrapped round its figures, set in the middle of its cell), only
    rule lines or empty rows between them: the label read so (squashed), else None. The figures are the pipe
    row's, the one run of figures inside the label."""
    index = labelled[position]
    if not shape[index][4][3] or not shape[index][1] or not 0 < position < len(labelled) - 1:
        return None
    rows = A.template_rows(sequence)
    if _holds_a_rows_words(L.squash("".join(shape[index][0])), rows):
        return None
    above, below = labelled[position - 1], labelled[position + 1]
    for near in (above, below):
        between = shape[min(index, near) + 1 : max(index, near)]
        _, _, figures, piped, _ = shape[near][4]
        if abs(near - index) > 3 or any(s[0] or s[1] for s in between) or piped or figures or shape[near][1] \
                or len(shape[near][0]) != 1:
            return None
    first, rest = L.squash(shape[above][0][0]), L.squash(shape[below][0][0])
    if not rest or A.names_a_row(rest, sequence) or _holds_a_rows_words(first, rows):
        return None
    text = L.squash(shape[above][0][0] + shape[below][0][0])
    return text if _holds_a_rows_words(text, rows) else None


def _heading_of_next_row(shape: tuple, index: int, own: str) -> bool:
    """A line without figures whose words are those of a row with figures just below it (`(一) 予以公开`
    over the header and `予以公开  290  1 …`): the heading of that row's group, not a row of its own."""
    _, has_figures, wrappable, *_ = shape[index]
    if has_figures or not wrappable:
        return False
    for later in shape[index + 1 : index + 1 + HEADING_REACH]:
        if later[1] and later[0] and L.squash("".join(later[0])) == own:
            return True
    return False


NARROW = 3  # characters a line of a label wrapped down a narrow column holds (`人无正`, `当理由`)
NARROW_WRAP = 14  # lines such a label may run over (`1.申请` / `人无正` / … / `申请`: 11 in a real report)


def _down_a_narrow_column(position: int, squashed: list[str], labelled: list[int], figures: list[bool],
                          starts: list[bool]) -> tuple[str, ...]:
    """A label wrapped down a narrow column, its figures on a middle line (`1.申请` / `人无正` / … /
    `行政机 9 0 0 …` / `关不再` / … / `申请`): the narrow lines above it up to its numbered first line and
    below it up to the next numbered line, joined. Nothing unless the row's own text is narrow."""
    if len(squashed[position]) > NARROW:
        return ()
    first = position
    while first > 0 and position - first < NARROW_WRAP and not starts[first] and not figures[first - 1] \
            and labelled[first] - labelled[first - 1] <= 2 and len(squashed[first - 1]) <= NARROW + 2:
        first -= 1
    last = position
    while last + 1 < len(squashed) and last - first < NARROW_WRAP and not starts[last + 1] and not figures[last + 1] \
            and labelled[last + 1] - labelled[last] <= 2 and len(squashed[last + 1]) <= NARROW:
        last += 1
    return ("".join(squashed[first : last + 1]),) if first < position - 1 or last > position + 1 else ()


# what `read_applications` says when it took the lines of `wide_past_the_heading`
TOOK_WIDE_PAST = 2


def read_applications(report: ParsedReport, rows: list[Row], template: str,
                      past_the_heading: Sequence[Row] = (), pdf_text: bool = False, poppler_pages: bool = False,
                      found_for_table_2: FoundTable3 | None = None, cells_known: bool = False,
                      wide_past_the_heading: Sequence[Row] = (), cut_blank_totals: list[Cell] | None = None,
                      table_4_texts: Sequence[str] = ()) -> int:
    """Table 3's cells into the report. `past_the_heading`: the rows of figure lines after the next
    section's heading, which text written in column chunks may give table 3 (chunks.py);
    `wide_past_the_heading`: those of the lines of one figure each there, thousands grouped or not
    (column_blocks.py); `table_4_texts`: the lines of table 4's text. Says whether
    they were table 3's (then they are no other table's): false, true
    (`past_the_heading`'s) or TOOK_WIDE_PAST (`wide_past_the_heading`'s). `pdf_text`: the text holds a PDF's page
    breaks (form feeds), where without -layout a blank cell leaves no line; `poppler_pages`: those pages
    are pdftotext's (`poppler_pages` in parse.py), whose -layout columns poppler set. `found_for_table_2`:
    the rows `page_blanks` found, taken where they are these rows. `cells_known`: the text is of a format
    whose reader sets a tab at each cell's bounds (a PDF's ruled grid, HTML, DOCX): no tab was lost.
    `cut_blank_totals`: where given, the totals cut off the page over parts that all print a blank mark are
    added to it, unknown, for `blank_totals.settle_cut_totals_of_blank_parts` once tables 3 and 4 are read."""
    as_printed = rows  # every cell where pdftotext set it (`_applicant_block_starts`)
    rows = _without_headings_beside_figures(
        [_without_margin_headings(_without_column_numbers(row), template) for row in rows], template)
    pdf_text = _blank_cells_print_nothing(pdf_text, rows)
    pipe_headers = _pipe_headers(rows) if any(row.piped for row in rows) else None
    rows, no_column_dropped = _without_empty_cells_of_no_column(rows, pipe_headers) if pipe_headers is not None \
        else (rows, {})
    # LibreOffice's cells wrapped over two lines round their row's line (`１,１２` / … / `０`), read where proven
    rows, joined = CT.pieces_across_their_rows(rows) if any(row.aligned for row in rows) else (rows, [])
    found = _found_again(rows, template, found_for_table_2)
    if poppler_pages:  # a word processor's figure wrapped in its narrow cell, its rest on a line no row claims
        wrapped_figures_unknown(rows, found.values())
    allowed = L.application_rows(template)
    if "other" in found and "other" not in allowed:
        report.warn("other_as_one_row", "table 3: （六）其他处理 printed as one row without its three sub-rows "
                    "(the 2021 template has them); read as `other`, the sub-rows unknown", found["other"].line)
        allowed = (*allowed[: allowed.index(_OTHER_SUB_ROWS[0])], "other", *allowed[allowed.index(_OTHER_SUB_ROWS[0]):])
    first = found.get("new_received")
    header_rows = rows[: rows.index(first) if first in rows else 0]
    anchors = _applicant_anchors(header_rows)
    # the header shows only its first columns, the others cut at the page's edge (a table laid wider than
    # the page): on the header's page the columns it shows are read by position, the others are unknown
    visible = _visible_applicant_anchors(header_rows) if anchors is None else None
    if visible is not None and not anchors_hold(visible, _figures_under_visible_columns(
            visible, header_rows, [row.values() for row in found.values() if first is not None and row.page == first.page])):
        visible = None
    # the total's name cut with its column (`总`): each row's figure past the shown columns is its total's text,
    # cut or whole (cut_total.py), kept apart here and checked against its parts' sum once they are read
    cut_total = visible is not None and len(visible) == len(L.APPLICANT_KEYS) - 1 and CT.names_a_cut_total(header_rows)
    cut_texts: dict[str, RawCell] = {}
    nothing_past: set[str] = set()  # rows of the header's page printing nothing in the cut total's column
    # 总计 cut whole, the shown columns printing a mark for each blank: a row of a figure or mark a shown column is
    # read in order, on any page (cut_total.py)
    six_in_order = visible is not None and len(visible) == len(L.APPLICANT_KEYS) - 1 and not cut_total \
        and CT.total_wholly_cut(found.values(), len(visible))
    if cut_total:
        report.warn("columns_cut", "table 3: the header shows its six applicant columns and the total's name cut at the "
                    "page's edge: each row's figure past them is its total's text, cut or whole, and a row of a later "
                    "page is read in order where it prints a figure for every column",
                    header_rows[-1].line if header_rows else None)
    elif six_in_order:
        report.warn("columns_cut", "table 3: the header shows its six applicant columns, 总计 cut whole at the page's "
                    "edge, and its blank cells print a mark: a row printing a figure or mark for each of the six on "
                    "one line is read in order, on any page", header_rows[-1].line if header_rows else None)
    elif visible is not None:
        report.warn("columns_cut", f"table 3: the header shows its first {len(visible)} applicant columns only "
                    "(the others cut at the page's edge): the cells of the others are unknown, and so are the rows "
                    "of later pages, whose columns no header shows", header_rows[-1].line if header_rows else None)
    # the same table read where no header position says where a figure stands (cells with separators,
    # or a later page): its rows show exactly the shown columns' cells each, which are those columns
    shown = _columns_shown_in_every_row(header_rows, found, len(L.APPLICANT_KEYS)) if anchors is None else None
    # the same table whose blank cells print nothing (`pdftotext -raw`): a row of single-spaced figures but the
    # template's width stands in some of the shown columns, and no total is printed to place them by
    # (asked only of a table with a spaced or aligned row, the rows it is asked for below)
    cut_at = _first_columns_named(header_rows, len(L.APPLICANT_KEYS)) if anchors is None and shown is None \
        and any(row.spaced or row.aligned for row in found.values()) else None
    if shown is not None and visible is None:
        report.warn("columns_cut", f"table 3: the header shows its first {shown} applicant columns only (the others "
                    "cut at the page's edge), and every row as many cells: the cells of the others are unknown",
                    header_rows[-1].line if header_rows else None)
    # the header shows every applicant column, only the total cut: APP_APPLICANT_SUM leaves each row's total one value
    only_the_total_cut = len(visible or ()) == len(L.APPLICANT_KEYS) - 1 or \
        (visible is None and shown == len(L.APPLICANT_KEYS) - 1)
    # aligned text whose header's shown columns place each figure, its blanks printing nothing (LibreOffice's page
    # wider than the paper): a cell read blank is one printed empty at its place (blank_totals.py)
    placed_blanks = visible is not None and not cells_known
    if placed_blanks and isinstance(cut_blank_totals, BT.CutTotals):
        cut_blank_totals.placed = True
    # asked of the header's page: a later page may squeeze its empty columns' room out (pdftotext -layout),
    # and its rows are placed apart (`elsewhere` below)
    header_unaligned = False  # aligned rows whose figures stand under no header: placed by the rules alone
    if anchors is not None and not anchors_hold(anchors, [row.values() for row in found.values()
                                                          if first is None or row.page == first.page]):
        if not _each_row_fills_its_columns(found.values(), len(L.APPLICANT_KEYS)):  # else positions say nothing
            report.warn("header_unaligned", "table 3: the figures do not stand under the applicant headers (an "
                        "OCR or a reflowed layout); the header's columns are not used")
            header_unaligned = True
        anchors = None
    header_page = first.page if first is not None else 0
    # the header's page: the columns whose header's position is proven; a figure placed under another is placed
    # by the rules alone, between its neighbours, never under the header's column
    pieces = _column_pieces_standing_clear(header_rows, anchors or visible) \
        if anchors is not None or visible is not None else None
    proven = _columns_proven(pieces, anchors or visible, found.values(), header_page) if pieces is not None else None
    # the left edges of each column's header words standing clear, which a figure set from its cell's left
    # edge shares however wide the word
    edges = _header_word_edges(pieces) if pieces is not None else None
    if proven is not None and all(proven):
        proven = None
    anchors_on = _repeated_headers(rows, header_page) if anchors is not None else {}
    if anchors is not None:
        anchors_on |= {page: anchors for page in _pages_in_header_columns(found, header_page, anchors_on, anchors)}
    # later pages whose full rows stand elsewhere than under the header's columns: their own columns
    pages_apart = _pages_whose_full_rows_stand_apart(found, header_page, anchors_on, anchors) \
        if anchors is not None else set()
    width = len(L.APPLICANT_KEYS)
    apart = _figures_on_lines_of_their_own(rows)
    # a piece of a full-width figure its narrow column wrapped, cut inside its thousands (`１,０`): the column
    # chunk readers take such a piece for no figure and read the rest as whole figures (wrongly), so they are
    # not asked; the blocks reader joins the pieces (wrapped_blocks.py) or nothing is read
    if apart and not _pieces_cut_in_their_thousands(rows):
        read, took_past_the_heading = _read_in_column_chunks(report, rows, found, allowed, list(past_the_heading),
                                                             blanks_unprinted=pdf_text)
        if read:
            return took_past_the_heading
        if pdf_text and _totals_of_narrow_column_chunks(report, rows, found, allowed):
            return False
        if pdf_text:
            read, took_past_the_heading = _first_column_beside_the_labels(report, rows, found, allowed,
                                                                          list(past_the_heading))
            if read:
                return took_past_the_heading
    if pdf_text and found and all(cell.is_empty for row in found.values() for cell in row.values()):
        # no row prints a figure, its labels alone, and lines of figures follow table 4's heading: every block
        # of the table may stand there (plain pdftotext), read only as its blocks (`_beside_then_column_blocks`)
        read, took_past_the_heading = _beside_then_column_blocks(report, rows, found, allowed,
                                                                 list(wide_past_the_heading)) \
            if wide_past_the_heading else (False, False)
        if read:
            return TOOK_WIDE_PAST if took_past_the_heading else False
        if _figures_past_beyond_table_4(report, table_4_texts, allowed, found):
            return False
    if apart and pdf_text:  # where the readers above found no reading: poppler's blocks a band of rows at a time
        read, took_past_the_heading = _beside_then_column_blocks(report, rows, found, allowed,
                                                                 list(wide_past_the_heading))
        if read:
            return TOOK_WIDE_PAST if took_past_the_heading else False
    by_count = _labels_then_figures(rows, found, allowed, width) if apart else {}
    if apart:  # rows set as blocks of their own: what the block counts place, where the block above did not
        used = {id(cell) for cells in by_count.values() for cell in cells}
        counted = {key: cells for key, cells in _figures_counted_to_rows(rows, found, allowed, width).items()
                   if key not in by_count and not any(id(cell) in used for cell in cells)}
    else:
        counted = {}
    every_cell_printed: bool | None = None  # asked only of a figure-less aligned row
    # figures no row takes, among the table's rows (a label fragment's, a margin heading's): lost, unless the
    # label-less rows they stand before take them where the column rules prove it (`_figures_before_labels`)
    untaken = _figures_no_row_takes(rows, found, allowed)
    before_labels, inside_labels = _figures_before_labels(rows, found, allowed, untaken, width) if untaken else ({}, {})
    # a whole row's figures on a line no row takes (`0 0 0 0 0 0 0` before `5.属于三类内部事务信息`): the text prints
    # figures before their label (pdfplumber), not only a wrapped figure's pieces (`１` / `０`, `pdftotext -raw`)
    # (a line taken by the label above it, wrapped round it, shows no figures printed first)
    after_their_label = {id(line) for line in untaken for key, figures in before_labels.items()
                         if figures[0].line == line.line and (found[key] if key in found else inside_labels[key]).line < line.line}
    # each line no row took placed by its label round it: a figure-less row's figures are none of them
    every_line_placed = bool(untaken) and len(inside_labels) == len(untaken)
    printed_first = any(len(figures := _figures_of(line)) == width and len({cell.line for cell in figures}) == 1
                        for line in untaken if id(line) not in after_their_label)
    if inside_labels:
        report.warn("figures_apart", "table 3: figures printed on a line of their own between the lines of a wrapped "
                    f"label that has none ({', '.join(inside_labels)}): the line right above is the label's first, "
                    "the line right below holds no figure and is the rest of its words (the two make the row's "
                    "label), so the figures stand within the row's cell; APP_OUTCOME_SUM and APP_BALANCE hold with "
                    "them; marked recovered", untaken[0].line)
    if set(before_labels) - set(inside_labels):
        report.warn("figures_apart", "table 3: figures printed on a line of their own beside a wrapped label "
                    f"that has none ({', '.join(k for k in before_labels if k not in inside_labels)}): each such "
                    "line stands between a row's own figures and that label (before it, or after its first line), and "
                    "only so do APP_OUTCOME_SUM and APP_BALANCE hold; marked recovered", untaken[0].line)
    read: dict[str, tuple[Row, list[RawCell | None], str | None, str]] = {}
    cut_rests: dict[str, Row] | None = None
    tied: dict[str, Row] = {}
    for key in allowed:
        row = found.get(key)
        if row is None and key in counted:  # its label not found, its figures after another row's
            row = Row(list(counted[key]), stacked=True)
        if row is None and key in inside_labels:  # its label's first line named no row alone, with its rest it does
            row = inside_labels[key]
        if row is None:
            if cut_rests is None:  # asked once, of a table missing a row
                cut_rests, tied = rows_left_out_by_the_labels(rows, template)
            if key in cut_rests:
                report.warn("missing_row", f"table 3: row {key}: its label is cut over two pipe rows and the other "
                            f"(line {cut_rests[key].line}) holds figures or blank marks too, which may be pieces of "
                            "the row's own (a wide figure wrapped in its column) or a row's whose label is lost; "
                            "its cells are unknown", cut_rests[key].line)
            elif key in tied:
                report.warn("missing_row", f"table 3: row {key}: {ROWS_TIED_BY_SHARED_WORDS}; its cells are unknown",
                            tied[key].line)
            else:
                report.warn("missing_row", f"table 3: row {key} not found; its cells are unknown")
            for applicant in L.APPLICANT_KEYS:
                report.cells.append(Cell("applications", key, applicant, None, UNKNOWN, None))
            continue
        if key in before_labels:
            read[key] = (row, before_labels[key], None, "figures_before_label")
            continue
        if key in counted:
            read[key] = (row, counted[key], None, "figures_apart")
            report.warn("figures_apart", f"table 3 {key}: its figures stand after lines that are no row's, or follow "
                        "another row's label with that row's, one block of figures per row: read by their count, "
                        "in template order, each row keeping its sum", row.line)
            continue
        if key in by_count:
            read[key] = (row, by_count[key], None, "figures_apart")
            report.warn("figures_apart", f"table 3 {key}: its label and those before it stand apart from one block "
                        "of figures, as many as their rows hold, each keeping its row's sum: read in order", row.line)
            continue
        if apart and not _emptiness_shown(row, width):
            read[key] = (row, [None] * width, FIGURES_APART, "figures_apart")
            continue
        if untaken and not row.values() and not every_line_placed:
            read[key] = (row, [None] * width, FIGURES_UNTAKEN, "figures_apart")
            continue
        if printed_first and _figures_on_the_line_after_its_label(row) and _another_row_follows(rows, row, found):
            read[key] = (row, [None] * width, FIGURES_AFTER_A_BARE_LABEL, "figures_apart")
            continue
        if row.aligned and not row.has_figures():
            if every_cell_printed is None:
                # a header cut at the page's edge: the rows print a figure in every column it shows
                every_cell_printed = _every_cell_printed(found.values(), width) or (
                    visible is not None and _every_cell_printed(found.values(), len(visible)))
            # (a PDF's text layer as poppler set it, never an OCR's, which may lose a row's figures)
            if every_cell_printed and not (poppler_pages and _label_alone_on_its_line(rows, row, key, found)):
                read[key] = (row, [None] * width, NO_BLANKS_ELSEWHERE, "figures_apart")
                continue
        if row.aligned and not row.values() and any(map(_marks_after_the_label, _its_label_lines(rows, row))):
            read[key] = (row, [None] * width, MARKS_AFTER_LABEL, "short_row")
            continue
        # (a blank mark's table as poppler set a PDF's text prints nothing in a row of blanks at times: that label
        # alone is blank; （六）其他处理 printed as one row is the 2021 template's heading of three, and may print no mark)
        if not row.values() and not row.joined and (not row.aligned or (anchors is None and visible is None)) \
                and (_writes_its_zeros(found.values()) or (key != "other" and not poppler_pages
                                                           and _prints_blank_marks(found.values()))) \
                and not any(other.spaced for other in found.values()):
            read[key] = (row, [None] * width, NOTHING_AFTER_LABEL, "short_row")
            continue
        if row.piped and (span := _pipe_header_span(pipe_headers, row)) is not None:
            read[key] = (row, *_under_the_pipe_header(row, span, width, pipe_headers.unnamed_above.get(id(row))))
            continue
        if shown is not None and len(row.values()) == shown:  # whatever the header's positions say
            read[key] = (row, [*row.values(), *[None] * (width - shown)], None, "columns_cut")
        elif cut_at is not None and row.spaced and len(row.values()) != width:
            problem = (f"{len(row.values())} figures set apart by single spaces, under a header showing its first "
                       f"{cut_at} columns only (the others cut at the page's edge): which columns are blank is not known")
            read[key] = (row, [None] * width, problem, "columns_cut")
        elif six_in_order and row.aligned and CT.one_a_column(parts := figure_parts(
                [value for value in row.values() if not value.is_empty]), len(visible)):
            read[key] = (row, [*parts, None], None, "columns_cut")
        elif visible is not None and row.aligned and row.page == header_page:
            values = row.values()
            if cut_total and (apart := CT.total_apart(values, visible)) is not None:
                values, cut_texts[key] = apart
            if cut_total and key in cut_texts and CT.one_a_column(values, len(visible)):
                read[key] = (row, [*values, None], None, "columns_cut")
                continue
            read[key] = (row, *_place_under_visible_columns(values, visible, width))
            if cut_total and key not in cut_texts and read[key][2] is None:
                nothing_past.add(key)
            if read[key][2] is None and (placed := _unsure_ones_in_order(read[key][1], visible, proven, edges)) is not None:
                read[key] = (row, placed, None, "columns_cut") if placed else \
                    (row, [None] * width, UNPROVEN_COLUMN, "columns_cut")
        elif visible is not None and row.aligned:
            if cut_total and (later := CT.later_row_in_order(row, width)) is not None:
                parts, cut_texts[key] = later
                read[key] = (row, [*parts, None], None, "columns_cut")
            else:
                read[key] = (row, *_on_a_later_page_of_a_cut_header(row, len(visible), width))
        elif row.piped and len(row.values()) < width and any(value.is_empty for value in row.values()) \
                and any(_is_figure(row.cells[at].text.strip()) for at in pipe_headers.two_in_a_cell_above.get(id(row), ())):
            read[key] = (row, [None] * width, TWO_COLUMNS_IN_A_HEADER_CELL, "short_row")
        elif anchors is None or row.page == header_page or row.page in anchors_on:
            read[key] = (row, *fit_row(row, row.values(), width, anchors_on.get(row.page, anchors),
                                        row_rule=R.applicant_sum_holds))
            if row.aligned and read[key][2] is None and read[key][3] == "unaligned_cells" \
                    and not fills_the_row(row.values(), width) and (
                        (proven is not None and row.page == header_page and _under_an_unproven_column(read[key][1], proven))
                        or not _placed_clearly(read[key][1], anchors_on.get(row.page, anchors) or (),
                                               edges if anchors_on.get(row.page, anchors) is anchors else None)):
                read[key] = (row, read[key][1], UNPROVEN_COLUMN, "unaligned_cells")
        else:
            read[key] = (row, *_fit_on_a_page_without_header(row, width, anchors, row.page in pages_apart))
    # a row's label not found beside a row whose figures stand on a line apart from its label: the line may be the
    # missing row's, its label lost, the found row printing nothing
    # (not a line placed inside its own label's lines: `_figures_before_labels`)
    for key in _beside_a_missing_row(read, allowed, rows):
        if key not in inside_labels:
            read[key] = (read[key][0], [None] * width, FIGURES_BESIDE_A_MISSING_ROW, "figures_apart")
    # a line of figures alone between two labels without figures, each a row's: either row's (not in a PDF's
    # content stream's order, where a row's cells follow its label: the label's above it)
    between = _figures_between_bare_labels(read, rows, found) if not _cells_follow_their_label(found.values()) else []
    for key in between:
        if key not in inside_labels:
            read[key] = (read[key][0], [None] * width, FIGURES_BETWEEN_BARE_LABELS, "figures_apart")
    # an OCR's reading of the table's cells as a grid of marks apart from the labels: a row with nothing after its
    # label is no proof of a blank row there (its cells may be any line of those marks)
    read_blank = [key for key, (_, fitted, problem, _) in read.items()
                  if problem is None and all(cell is not None and cell.is_empty for cell in fitted)]
    marks_apart = bool(read_blank) and any(not row.has_figures() and cells_read_as_marks([cell.text for cell in row.cells])
                                           for row in rows)
    for key in read_blank:
        row = read[key][0]
        if marks_apart:
            read[key] = (row, [None] * width, CELLS_READ_AS_MARKS, "figures_apart")
        elif _digits_after_the_label(row):
            read[key] = (row, [None] * width, DIGITS_AFTER_THE_LABEL, "short_row")
    # `pdftotext -layout`: a row printing every cell whose first figures pdftotext set in its label's block
    in_label_block = _figures_in_their_labels_block(read, width, rows) if poppler_pages else set()
    for key in in_label_block:
        read[key] = (read[key][0], [None] * width, FIGURES_IN_LABEL_BLOCK, "page_order")
    # `pdftotext -layout`: full rows read in order setting a figure where the page's other full rows set another column's
    crossed = _in_order_rows_crossing(read, width, rows) if poppler_pages else {}
    for key, columns in crossed.items():
        row, fitted, _, _ = read[key]
        read[key] = (row, [None if column in columns else raw for column, raw in enumerate(fitted)],
                     _columns_crossed(columns), "page_order")
    in_label_block |= set(crossed)
    # wide figures wrapped a piece a line (`pdftotext -raw`): read by the groupings that keep the row's sum
    wrapped = _wrapped_pieces_of_rows(rows, found, width) if not any(row.aligned for row in found.values()) else {}
    for key, (row, pieces) in wrapped.items():
        if key in read:
            read[key] = (row, [None] * width, WRAPPED_PIECES, "cells_ran_together")
    for key, (row, fitted, problem, code) in read.items():
        if row.piped and all(raw is None for raw in fitted) and (total := _under_a_total_header(pipe_headers, row)):
            read[key] = (row, [*fitted[:-1], total], problem, code)
    cut_words = _pipe_words_before_a_cut_total(header_rows, read, width, no_column_dropped) \
        if pipe_headers is not None else None
    words_past_empty_cells: list[str] = []  # rows read as their words one a column, empty cells among them none
    glued_to_the_label: list[str] = []  # of those, rows whose first figure shares its cell with the label's last words
    if cut_words:
        report.warn("columns_cut", f"table 3: the header names no 总计 (cut at the page's edge with its column) and "
                    f"{sum(words is not None for words in cut_words.values())} rows show one figure or mark fewer "
                    "than the columns: their words are the shown columns in order; each row's total is its parts' sum, "
                    "recovered as where a PDF's text cuts it (a report leaving a total blank is not seen)",
                    read[next(iter(cut_words))][0].line)
    for key, (row, fitted, problem, code) in read.items():
        if cut_words is not None and key in cut_words:
            read[key] = (row, [*cut_words[key], None], None, "total_cut") if cut_words[key] is not None else \
                (row, [None] * width, WORDS_PAST_A_CUT_TOTAL, "total_cut")
        elif id(row) in no_column_dropped and not _one_figure_a_column(fitted, row, width):
            if (words := _words_filling_the_columns(row, width)) is not None:
                read[key] = (row, words, None, "short_row")
                words_past_empty_cells.append(key)
            else:
                read[key] = (row, [None] * width, NOT_ONE_FIGURE_A_COLUMN, "short_row")
        elif row.piped and (marks := _figure_cells_read_as_label(row)) is not None:
            words = _figures_of_merged_cells(marks, width, R.applicant_sum_holds)
            read[key] = (row, words, None, "short_row") if words is not None else \
                (row, [None] * width, FIGURES_READ_AS_LABEL, "short_row")
        elif pipe_headers is not None and not row.piped and not row.values() \
                and any(raw is not None and raw.is_empty for raw in fitted) and _beside_a_label_less_pipe_row(rows, row):
            # `一、本年` / `|  |  |  | 11 — | 3 — | — | — 14 |` / `新收政府信息公开申请数量`: a label's line among a
            # converter's pipe rows holds no cell at all, its figures on a pipe row without a label
            read[key] = (row, [None] * width, BARE_LABEL_AMONG_PIPE_ROWS, "short_row")
        elif row.piped and _merged_cell_read_as_one(fitted, row.values(), width, as_many=True):
            # `| 1 - | - - | - | - |`: a merged cell of several figures taken for one cell; its words as many as the
            # columns, they are the row's cells in order where its sum holds (`_words_filling_the_columns`)
            if (words := _words_filling_the_columns(row, width)) is not None:
                read[key] = (row, words, None, "short_row")
                words_past_empty_cells.append(key)
            else:
                read[key] = (row, [None] * width, MERGED_CELL_AS_ONE, "short_row")
    if cut_words is not None:  # the total column cut: no row's total is printed, a cell past 其他 no total's
        for key, (row, fitted, problem, code) in read.items():
            if row.piped and fitted[-1] is not None:
                read[key] = (row, [*fitted[:-1], None], problem, code)
    if pipe_headers is not None:
        for key, count in _pipe_rows_short_of_words(read, width).items():
            read[key] = (read[key][0], [None] * width, _short_of_words(count), "short_row")
        for key in _short_lines_among_sparse_pipe_rows(read, width):
            read[key] = (read[key][0], [None] * width, SHORT_LINE_AMONG_SPARSE_PIPE_ROWS, "short_row")
        for key in _short_pipe_rows_beside_merged_cells(read, no_column_dropped):
            read[key] = (read[key][0], [None] * width, SHORT_PIPE_ROW_BESIDE_MERGED_CELLS, "short_row")
        # `| 果 （三 | 1.属 1 | 0 | 0 0 | 0 0 | 1 |`: figures sharing a cell with the label's last words are the row's
        # first; its words then fill the columns (the shown ones where 总计 is cut) and keep its sum, or it is unknown
        for key, (row, fitted, problem, code) in read.items():
            if row.piped and (words := _words_with_figures_glued_to_the_label(row)) is not None:
                if len(words) == width and (reading := reading_of(words)) is not None and R.applicant_sum_holds(reading):
                    read[key] = (row, words, None, "short_row")
                elif cut_words is not None and len(words) == width - 1 and reading_of(words) is not None:
                    read[key] = (row, [*words, None], None, "short_row")  # its total unknown as the others'
                else:
                    read[key] = (row, [None] * width, FIGURES_GLUED_TO_THE_LABEL, "short_row")
                    continue
                glued_to_the_label.append(key)
    # `３` / `| 一、… | ３０ | ２ | 无 | 无 | 无 | ２ |` / `４`: a full-width figure wrapped round its row (piece_rows.py)
    wrapped_round = figures_wrapped_round_pipe_rows(rows, {key: row for key, (row, *_) in read.items()}, width,
                                                    R.applicant_sum_holds, _figure_or_mark) \
        if pipe_headers is not None else {}
    for key, cells in wrapped_round.items():
        read[key] = (read[key][0], cells, None, "short_row")
    # `| 果 （三 | 1.属 | … |` taken for （二）部分公开: its own cells number another group, so it is not that row
    for key, (row, fitted, problem, code) in read.items():
        if row.piped and GN.numbers_another_group(" ".join(cell.text for cell in row.label_cells()), key):
            read[key] = (row, [None] * width, NUMBERS_ANOTHER_GROUP, "label_mismatch")
    clean = {key: reading_of(fitted) for key, (_, fitted, _, _) in read.items()}
    # a page neither repeating the header nor vouched for: its rows are placed as a page of other column
    # widths is (`_misplaced`): in order, in any columns, as the row's and the columns' sums allow
    anchors_of = {key: anchors_on.get(row.page, anchors) for key, (row, _, _, _) in read.items()}
    elsewhere = {key for key, (row, _, _, _) in read.items()
                 if anchors is not None and row.page != header_page and row.page not in anchors_on}
    # a PDF's text without -layout, a row of as many figures as columns, each whole on its line, that
    # breaks its own sum: figures set apart from their labels (another row's among them), nothing ran together
    apart_from_labels = {key for key, (row, fitted, problem, _) in read.items()
                         if _figures_of_other_rows(row, fitted, problem, clean[key], pdf_text, width)}
    # (a row whose figures may be the next row's is no split's: `FIGURES_AFTER_A_BARE_LABEL`)
    # a row holding a piece rows.py left unread, its figures not placed as printed: none of its cells is read
    for key, (row, fitted, problem, code) in read.items():
        if problem and (piece := _unread_piece(row)) is not None:
            problem = f"{piece.problem} ({piece.text.strip()!r}), and its other figures stand under no column as printed"
            read[key] = (row, [None] * width, problem, code)
    for key in _rows_reading_one_line_of_figures(read):
        read[key] = (read[key][0], [None] * width, FIGURES_OF_TWO_ROWS, "figures_apart")
    damaged = [key for key, (row, fitted, problem, code) in read.items() if problem is not FIGURES_AFTER_A_BARE_LABEL
               and key not in in_label_block and _unread_piece(row) is None and key not in glued_to_the_label
               and key not in wrapped_round
               and (key in wrapped or (key not in apart_from_labels and (
               (row.aligned and code == "unaligned_cells" and problem and anchors_of[key])
               or (row.spaced and problem and code != "columns_cut")
               or (not row.aligned and not row.spaced and not _whole_figures_a_line(row, fitted, pdf_text)
                   and _looks_run_together(row, fitted, problem, clean[key], R.applicant_sum_holds, cells_known))
               or _misplaced(row, clean[key], anchors_of[key])
               # `pdftotext -layout` shifting each line's figures by its label's width: in order, in any columns
               or ((header_unaligned or (anchors is None and visible is None and shown is None and cut_at is None))
                   and row.aligned and code == "unaligned_cells" and problem is not None and row.has_figures()))))]
    # a PDF's text without -layout: figures that may have run together on both sides of an empty line, which
    # parts poppler's blocks: nothing joins them into one row, so no split of them is its reading
    parted = {key for key in damaged if key not in wrapped and _figures_parted_by_an_empty_line(read[key][0], pdf_text)}
    damaged = [key for key in damaged if key not in parted]
    # （六）其他处理 printed as one row stands for its sub-rows in APP_OUTCOME_SUM, as rules.py adds it up
    outcomes = tuple(k for k in allowed if L.APPLICATION_ROWS[k][1] == "outcome"
                     and not ("other" in found and k in _OTHER_SUB_ROWS and k not in found))
    # a PDF's text without -layout: a row of fewer figures than columns printed nothing for its blanks
    # (an empty line is only the gap between two cells): its cells are unknown, and no column rule's context
    unseen_blanks = {key for key, (row, _, _, _) in read.items() if _a_pdf_line_by_line(row, pdf_text)
                     and 0 < sum(not cell.is_empty for cell in row.values()) < width}
    context = {key: reading for key, reading in clean.items()
               if key not in damaged and key not in unseen_blanks and key not in apart_from_labels and key not in parted}
    # rows no header places, placed where `pdftotext -layout` set their figures among the page's proven ones
    # a row on a page without the header, placed under the header's columns only because its sum holds
    # (`2 … 2` holds as 自然人 + 总计 and as 商业企业 + 总计): no proof of its figures' columns for others
    sum_placed = {key for key in elsewhere if not fills_the_row(read[key][0].values(), width)}
    # not where each row prints its total's text past the shown columns (a cut 总计, cut_total.py): a page that
    # repeats no header proves no mark of that column, and page order would set the text in the last shown one
    by_page_order = _placed_by_page_order(read, context, set(wrapped) | apart_from_labels | unseen_blanks | in_label_block
                                          | parted,
                                          len(visible) if visible is not None else shown or width, width,
                                          sum_placed, outcomes) if poppler_pages and not cut_total else set()
    for key in by_page_order:
        if key in damaged:
            damaged.remove(key)
        clean[key] = context[key] = reading_of(read[key][1])
    splits = {}
    blanks = _blanks_left_no_trace([read[key][0] for key in damaged], width)
    totals_printed = _spaced_rows_print_their_totals([read[key][0] for key in damaged], width)
    # the total column cut at the page's edge (`142 1 0 0 0 0 1` for 143), as the header shows or as two rows
    # read whole do: a split whose total is its parts' sum cut short keeps the row's rule too, its total that
    # sum (`_cut_totals_summed`)
    totals_cut = only_the_total_cut or sum(R.total_cut_short(reading) for key, reading in clean.items()
                                           if key not in damaged and reading is not None) >= 2
    holds = _sum_holds_or_total_cut if totals_cut else R.applicant_sum_holds
    if totals_cut:  # the column rules check the other rows against each cut total's sum, as it is then recovered
        for key, reading in context.items():
            if reading is not None and R.total_cut_short(reading):
                context[key] = _cut_totals_summed([reading])[0]
    total_unprinted = bool(damaged) and _total_column_unprinted(header_rows, found.values())
    # `pdftotext -layout`: a figure set left of a header block's start stands in that block's column or left of it
    starts = _applicant_block_starts(as_printed, header_page) if poppler_pages and any(
        read[key][0].aligned and read[key][0].page == header_page for key in damaged) else _BlockStarts([], set())
    bounded = _greatest_by_block_starts(starts) if _block_starts_hold(read, damaged, starts, header_page, holds, width) \
        else None
    # the columns a row can print: those the header shows where the others are cut at the page's edge, or as many
    # as every row writing its blanks prints, where they all print one count (a column cut for them all, or set
    # nowhere on the page: no row's lost cell); asked only where a damaged row may need it (most tables: none)
    marked = [len(row.values()) for row in found.values() if any(map(_is_blank_mark, _cell_texts(row)))] \
        if damaged and visible is None and shown is None else []
    printed_columns = len(visible) if visible is not None else shown if shown is not None else \
        marked[0] if len(marked) > 1 and len(set(marked)) == 1 else width
    for key in damaged:
        row = read[key][0]
        greatest = bounded if row.page == header_page else None
        if key in wrapped:
            splits[key] = wrapped[key][1]
        elif total_unprinted and anchors_of[key] is None and (row.aligned or row.spaced and pipe_headers is not None):
            # (a converter's plain line among its pipe rows, `（二）部分公开 1 1`: two parts, their total unprinted)
            splits[key] = []  # no figure is its total, and nothing places its parts: unknown
        elif (row.spaced or row.aligned) and _prints_blank_marks_short(row, printed_columns):
            # it writes its blanks: its cells not printed in the columns the page shows are lost, not blank, and no
            # placement reads them (however few keep its sum, by the header's columns or in any), nor does its sum
            # prove where its printed ones stand
            splits[key] = []
        # blank cells left no trace, or aligned figures no header places: the figures, whole and in order, in any columns
        elif row.spaced or (row.aligned and anchors_of[key] is None):
            if row.spaced and totals_printed:  # `0 0` as `26 26`: parts and their total, never parts alone
                splits[key] = _parts_anywhere_then_the_total(row, width)
            else:
                splits[key] = aligned_readings(row.values(), [0.0] * width, holds, free=True, greatest=greatest,
                                               limit=R.MAX_CANDIDATES_IN_TABLE) or []
                if totals_cut:
                    splits[key] = _cut_totals_summed(splits[key])
        elif row.aligned:
            splits[key] = (None if key in elsewhere else aligned_readings(
                row.values(), anchors_of[key], holds,
                proven=proven if proven is not None and row.page == header_page else [True] * width,
                edges=edges if anchors_of[key] is anchors else None, greatest=greatest)) or \
                aligned_readings(row.values(), anchors_of[key], holds, free=True, greatest=greatest,
                                 limit=R.MAX_CANDIDATES_IN_TABLE) or []
            if totals_cut:
                splits[key] = _cut_totals_summed(splits[key])
        else:
            splits[key] = _with_year_split_off(report, f"table 3 {key}", rows, row, [c.text for c in row.values()], partial(
                R.row_candidates, width=width, blanks=blanks, crawled=blanks or row.joined,
                limit=R.MAX_CANDIDATES_IN_TABLE if blanks else R.MAX_CANDIDATES)) or []
            if _a_pdf_line_by_line(row, pdf_text):  # a PDF's words are whole figures: split between them only
                splits[key] = _words_kept_whole(row, splits[key])
    # only where the report shows it leaves 总计 blank in every outcome row, and APP_OUTCOME_SUM can
    # check them: （七）总计 read one way, with figures
    totals = [context["results_total"]] if "results_total" in context else splits.get("results_total", [])
    if not blanks and all(key in read for key in outcomes) and _totals_left_blank([read[k][0] for k in outcomes]) \
            and len(totals) == 1 and any(v is not None for v in totals[0]):
        for key in damaged:
            if not splits[key] and key in outcomes:
                splits[key] = _with_its_total_left_blank(read[key][0], width)
    # A row its own rules settle is settled in every reading of the table: it then joins the
    # context that the column rules check the other damaged rows against, until nothing changes.
    # (A crawl whose blanks left no trace has rows of many splits each: the joint solve below does
    # this and more, at a bounded cost.)
    candidates: dict[str, list] = {key: splits[key] for key in damaged} if blanks else {}
    # a row of zeros on a page without the header reads as zeros whatever columns they stand in: the
    # column rules count it read (each column 0 or blank, written blank: that only loosens them), so
    # that they can settle the rows that hold figures; where its zeros stand is decided below
    zeros = set() if blanks else {key for key in damaged if key in elsewhere and _zeros_only(read[key][0])}
    for key in zeros:
        context[key], candidates[key] = (None,) * width, []
    R.settle_by_columns({} if blanks else {key: splits[key] for key in damaged}, candidates, context, outcomes)
    # (pdftotext's text only: `-raw`'s blank cells print nothing, `-layout`'s words stand in poppler's order)
    by_column_rules = _placed_by_the_column_rules(read, damaged, candidates, context, outcomes, width) \
        if pdf_text and poppler_pages else {}
    # (not where the rows print their total's text past the shown columns: a later page's figures are then more
    # than the shown columns' cells, and nothing but the position of a column no header names tells which)
    under_a_cut_header = _placed_under_a_cut_header(read, header_page, len(visible), width, outcomes) \
        if visible is not None and not cut_total else {}
    by_page_columns = _placed_by_page_columns(read, damaged, elsewhere, zeros, context, candidates, outcomes, width)
    for key in damaged:
        if key in zeros or key in by_page_columns:
            continue
        if key not in context and not candidates[key] and len(splits[key]) == 1 \
                and R.applicant_sum_holds(splits[key][0]):
            # the row's own rule leaves one split and every split breaks a column rule: the report
            # does not add up whatever the split (the rule then fails), so the columns cannot
            # refuse the one split its row allows (a split that breaks its own row's sum as well
            # has nothing for it: `12 0 0 0 0 0` may have lost a cell, not a separator)
            candidates[key] = splits[key]
            report.warn("column_rules_fail", f"table 3 {key}: the only split its row allows breaks "
                        "APP_OUTCOME_SUM or APP_BALANCE: the report does not add up as printed",
                        read[key][0].line)
        elif key not in context and not candidates[key] and not blanks \
                and (as_printed := _a_digit_a_cell(read[key][0], width)) is not None \
                and all(split == as_printed for split in splits[key]):
            # its digits are as many as its cells on a page whose blanks print: each digit is a cell, the
            # one cut the text allows, whatever the rules say of it; it breaks the row's own sum or the
            # column rules (else it would be read already): the report's misprint, which the rules then find
            candidates[key] = [as_printed]
            report.warn("rules_fail_as_printed", f"table 3 {key}: {width} digits ran together for its {width} cells, "
                        "on a page whose blank cells print: one digit a cell, the only cut its text allows, breaks "
                        "its total = its parts, APP_OUTCOME_SUM or APP_BALANCE: the report does not add up as printed",
                        read[key][0].line)
    # how the table prints its figures (CT.thousands_grouped), and how far its cut column reaches, asked once
    grouped, widest = ..., 0
    for key, (row, fitted, problem, code) in read.items():
        if key not in damaged and not problem and clean[key] is not None and R.total_cut_short(clean[key]):
            if grouped is ...:
                grouped = CT.thousands_grouped(value for other in read for value in read[other][0].values())
            # its text the sum's head as the page prints it, separators and all (`4,642,4` is none of 464,246's)
            if CT.leads_the_sum(fitted[-1], int(sum(v or 0 for v in clean[key][:-1])), grouped):
                read[key] = (row, *_without_a_cut_total(report, key, row, fitted))
    totals_recovered = []
    for key, (row, fitted, problem, code) in read.items():
        if key in by_page_columns:
            _write_placed_by_page_columns(report, key, row, by_page_columns[key])
            continue
        if key in under_a_cut_header:
            start = len(report.cells)
            _write_placed_under_a_cut_header(report, key, row, under_a_cut_header[key], len(visible))
            if only_the_total_cut:
                _total_of_placed_blanks(report.cells[start:], placed_blanks, cut_blank_totals)
            continue
        if key in by_column_rules:
            _write_placed_by_the_column_rules(report, key, row, by_column_rules[key])
            continue
        if key in damaged and _settle_run_together(report, "applications", key, L.APPLICANT_KEYS, row, fitted,
                                                   candidates[key]):
            continue
        if key in apart_from_labels:
            problem = (f"{width} figures on lines of their own after its label that break its sum, in a PDF's text "
                       "where figures stand apart from their labels: not its figures in order")
            code, fitted = "figures_apart", [None] * width
        if key in parted:
            problem = ("figures on both sides of an empty line after its label, some perhaps run together, in a "
                       "PDF's text where an empty line parts poppler's blocks (the lines after it may be another "
                       "block's): nothing proves them one row's; no split of them is read")
            code, fitted = "figures_apart", [None] * width
        elif key in unseen_blanks:
            # `（一）予以公开` / `5`: the figures after a label may even be another row's (a label lost)
            figures = sum(not cell.is_empty for cell in row.values())
            problem = _unseen_blanks(figures, width)
            code, fitted = "unplaced_cells", [None] * width
        if row.short_by and not problem and key not in by_page_order:  # placed by where its figures stand
            problem, code = f"{row.short_by} cell(s) fewer than the table has; read in order", "short_row"
        if problem:
            report.warn(code, f"table 3 {key}: {problem}; missing cells are unknown", row.line)
        start = len(report.cells)
        _count_cells(report, "applications", zip(repeat(key), L.APPLICANT_KEYS), fitted, row.line)
        if not problem and (code == "total_cut" or (only_the_total_cut and code == "columns_cut")):
            if _total_from_its_parts(report.cells[start:]):
                totals_recovered.append(key)
            elif cut_blank_totals is not None \
                    and _total_of_blank_parts(report.cells[start:], cells_known, placed_blanks) \
                    and not any(read[other][0].page == row.page for other in cut_texts):
                # nothing of the cut column on its page (a page showing the other rows' totals and nothing of
                # this one's: a total printed nowhere, `nothing_past`)
                cut_blank_totals.append(report.cells[-1])
        if not problem and key in nothing_past and report.cells[-1].state == RECOVERED \
                and any(read[other][0].page == row.page for other in cut_texts):
            # the cut column shows the page's other rows' totals (their first characters, where each cell's text
            # starts) and nothing of this one's: a total printed blank, or no total cell (a short row), never its
            # parts' sum
            report.cells[-1].value, report.cells[-1].state = None, UNKNOWN
            totals_recovered.remove(key)
            report.warn("total_cut", f"table 3 {key}: nothing printed in the cut total's column, where the other rows "
                        "show their totals' first characters: its total is unknown", row.line)
        if not problem and key in cut_texts:
            *parts, total = report.cells[start:]
            if grouped is ...:
                grouped = CT.thousands_grouped(value for other in read for value in read[other][0].values())
            if not widest:  # every page of the table sets its columns alike, and the paper ends at the same place
                widest = CT.widest_whole_digits(cut_texts.values())
            if (why := CT.total_as_printed(total, parts, cut_texts[key], widest, grouped)) is not None:
                report.warn("total_cut", f"table 3 {key}: {why}; the total is unknown", row.line)
            if total.state != RECOVERED and key in totals_recovered:
                totals_recovered.remove(key)
        if key in by_page_order:
            _mark_placed_by_page_order(report, f"table 3 {key}", row, report.cells[start:])
        if key in before_labels or key in words_past_empty_cells or key in glued_to_the_label or key in wrapped_round:
            for cell in report.cells[start:]:
                if cell.state == VALUE:
                    cell.state = RECOVERED
        if joined and (pieces := [cell for raw, cell in zip(fitted, report.cells[start:])
                                  if cell.state == VALUE and any(raw is piece for piece in joined)]):
            for cell in pieces:
                cell.state = RECOVERED
            report.warn("cells_recovered", f"table 3 {key}: a figure wrapped over two lines round the row's line, "
                        "its first piece cut in its last group of thousands and the piece below it the digits it "
                        "lacks, both from the cell's left edge (LibreOffice): joined, marked recovered", row.line)
    if any(row.aligned for row in found.values()):
        _stacked_figures_by_the_sums(report, rows, read, width, outcomes)
        _short_rows_by_the_pages_full_rows(report, rows, read, width)
    if glued_to_the_label:
        report.warn("cells_recovered", f"table 3 {', '.join(glued_to_the_label)}: a converter's pipe row whose first "
                    "figure shares a cell with its label's last words (`| 1.属 1 | 0 | 0 0 | 0 0 | 1 |`), the row's "
                    "words then one a column, its total their sum: read in order, marked recovered",
                    read[glued_to_the_label[0]][0].line)
    if wrapped_round:
        report.warn("cells_recovered", f"table 3 {', '.join(wrapped_round)}: a converter's pipe row one figure short "
                    "between two lines of one piece of full-width digits each (a figure Chromium wrapped round the "
                    "row's line), its words one a column: the pieces joined where the row's total stays its parts' "
                    "sum, the one place that does; marked recovered", read[next(iter(wrapped_round))][0].line)
    if words_past_empty_cells:
        report.warn("cells_recovered", f"table 3 {', '.join(words_past_empty_cells)}: a converter's pipe row whose "
                    "figures and blank marks are one word a column with empty pipe cells among them (no column: the "
                    "words fill every one), the row's total its parts' sum; the sum alone rules out a figure printed "
                    "as two words: marked recovered", read[words_past_empty_cells[0]][0].line)
    totals_recovered = _cut_totals_of_short_rows_unknown(report, totals_recovered)
    if totals_recovered:
        report.warn("cells_recovered", f"table 3: the total column cut at the page's edge; the total of "
                    f"{len(totals_recovered)} row(s) is the sum of its six applicant cells, the one value "
                    "APP_APPLICANT_SUM leaves: marked recovered (a row whose cells are all blank keeps its total "
                    "unknown: printed blank or 0)", found[totals_recovered[0]].line)
    return False


def _cut_totals_of_short_rows_unknown(report: ParsedReport, totals_recovered: list[str]) -> list[str]:
    """The rows among `totals_recovered` (their total, cut at the page's edge, set to their parts' sum) whose
    last shown cells print nothing, in a table whose other rows print each of their shown cells and show that
    it prints its blanks (a 0 or a blank mark somewhere): such a row lost its trailing cells (a short row:
    its total cell is lost with them, printed nowhere), so its total is no sum of what it shows and is
    unknown (warning `short_row`). A table that prints its blanks as nothing cannot tell, and its totals
    stay as recovered. Returns the rows whose total stays recovered."""
    if not totals_recovered:
        return totals_recovered
    rows: dict[str, list[Cell]] = {}
    for cell in report.cells:
        if cell.table == "applications":
            rows.setdefault(cell.row, []).append(cell)

    def unprinted(cell: Cell) -> bool:
        return cell.state == BLANK and not (cell.as_written or "").strip()

    whole = [cells[:-1] for cells in rows.values() if len(cells) == len(L.APPLICANT_KEYS)]
    printed = [parts for parts in whole if not any(map(unprinted, parts))]
    short = {key for key, cells in rows.items() if key in totals_recovered and len(cells) == len(L.APPLICANT_KEYS)
             and unprinted(cells[-2]) and not all(map(unprinted, cells[:-1]))}
    # every row printing nothing somewhere is one of the short ones, its empty cells trailing; the others print
    # every cell, a blank among them as a 0 or a mark
    trailing = all(_unprinted_only_at_the_end([unprinted(cell) for cell in cells[:-1]]) for key, cells in rows.items()
                   if key in short)
    if not short or not trailing or len(printed) + len(short) != len(whole) or len(printed) < 2 * len(short) or \
            not any(cell.value == 0 or cell.state == BLANK for parts in printed for cell in parts):
        return totals_recovered
    for key in short:
        total = rows[key][-1]
        total.value, total.state = None, UNKNOWN
        report.warn("short_row", f"table 3 {key}: its last shown cells print nothing where every other row prints "
                    "each of its cells, its blanks too (a row that lost its trailing cells): its total, cut at the "
                    "page's edge, is no sum of its parts and is unknown", total.line)
    return [key for key in totals_recovered if key not in short]


def _unprinted_only_at_the_end(unprinted: list[bool]) -> bool:
    """A row's parts printing nothing only in a run at its end (`16 0 0 2 1 ·`)."""
    first = unprinted.index(True) if True in unprinted else len(unprinted)
    return all(unprinted[first:])


MAX_PIECE_READINGS = 4096  # groupings of a row's wrapped pieces tried; past it the row stays unknown


WRAPPED_PIECES = "wide figures wrapped a piece a line in narrow columns: read by the groupings that keep its sum"

# a wide figure's piece cut inside its thousands group (`１,０` / `８０` for 1,080): no figure on its own, so rows.py
# takes it for a label; its digits before the cut, in whole groups but the last
_COMMA_PIECE_RE = re.compile(r"[０-９]{1,3}(?:[,，][０-９]{3})*[,，][０-９]{0,2}")


def _comma_piece(row: Row) -> str | None:
    """The text of a row whose label is only a wide figure's piece cut inside its thousands group (`１,１`),
    where `pdftotext -raw` of a narrow column laid it on a line of its own; None for any other row."""
    labels = row.label_cells()
    if len(labels) != 1:
        return None
    text = labels[0].text.strip()
    return text if _COMMA_PIECE_RE.fullmatch(text) else None


def _wrapped_pieces_of_rows(rows: list[Row], found: dict[str, Row], width: int) -> dict[str, tuple[Row, list]]:
    """`pdftotext -raw` of a page laying wide figures wrapped in narrow columns (Chromium: `１２` / `６９` /
    `２３` / `５` / `４７ - - -` / `１５` / `５１` for 1269, 235, 47, -, -, -, 1551): the text follows the content
    stream, cell by cell, so the words after a row's label and up to the next label are its cells in order,
    each line a figure's piece or, one space apart on one line, whole cells (a piece cut inside a thousands
    group, `１,０` / `８０` for 1,080, is a row's label to rows.py: `_comma_piece`). The pieces of consecutive lines
    are grouped into figures every way that makes exactly the row's `width` cells and keeps its sum (no
    figure opens on a 0 piece); the table prints its blanks (`-`, or its zeros: every row whole on its line
    prints all its cells), so a blank leaves a word. Each key → (a row of all its words, for the messages; its
    readings). Only rows holding such a piece are taken."""
    if not any(row.spaced for row in found.values()):
        return {}  # no row's cells one space apart on a line: not the content stream's order (plain pdftotext)
    whole = [row for row in found.values() if row.spaced and row.label.strip()]
    # blanks that print nothing leave no word (no mark, nor every row whole on its line): no count of a row's
    # cells; its pieces are then read only by `_readings_across_lines`, every count up to `width` tried
    counted = any(_is_blank_mark(cell.text) for row in found.values() for cell in row.values()) or (
        len(whole) >= 2 and all(len(row.values()) == width for row in whole))
    rows_found = {id(row) for row in found.values()}
    index_of = _positions(rows)
    taken: dict[str, tuple[Row, list]] = {}
    for key, row in found.items():
        if row.aligned or row.piped or not (row.stacked or row.spaced) or id(row) not in index_of:
            continue
        at = index_of[id(row)]
        lines = _lines_of_a_row(rows, at, rows_found, False)
        if not counted:
            # a stacked row holds a line a cell, a spaced row its one line's words
            line_words = [words for line in lines for words in (
                [[word for cell in line.values() for word in cell.text.split()]] if line.spaced
                else [cell.text.split() for cell in line.values()])]
            uncounted = _readings_across_lines(line_words, width)
            if uncounted is not None:
                words = [RawCell(word, row.line) for words_of_line in line_words for word in words_of_line]
                taken[key] = (Row([*row.label_cells(), *words], spaced=True, page=row.page), list(uncounted))
            continue
        read = _pieces_read(row, lines, width)
        # with the comma pieces round it (`１,０` / `８０` …), where a grouping completes them; else as without them
        with_commas = _lines_of_a_row(rows, at, rows_found, True)
        if len(with_commas) > len(lines) and (by_commas := _pieces_read(row, with_commas, width)) is not None \
                and by_commas[1]:
            read = by_commas
        if read is not None:
            taken[key] = read
    return taken


def _lines_of_a_row(rows: list[Row], at: int, rows_found: set[int], commas: bool) -> list[Row]:
    """The lines of the row found at `rows[at]` in `pdftotext -raw` text: it, and the lines after it up to the next
    label or found row. With `commas`, a comma piece (`_comma_piece`) is no label: the lines after one go on, and
    one right after a bare label (`（一）予以公开` / `１,１` / `１９` / the row found, `- - ３ - -`) opens the row."""
    row = rows[at]
    lines = [row]
    if commas and at >= 2 and not row.label.strip() and _comma_piece(rows[at - 1]) is not None \
            and id(rows[at - 1]) not in rows_found and not rows[at - 2].has_figures():
        lines.insert(0, rows[at - 1])
    for later in rows[at + 1 :]:
        if id(later) in rows_found or (later.label.strip() and not (commas and _comma_piece(later) is not None)) \
                or not later.figures_after_label or not (later.stacked or later.spaced):
            break
        lines.append(later)
    return lines


def _pieces_read(row: Row, lines: list[Row], width: int) -> tuple[Row, list] | None:
    """The readings of the pieces and whole cells on the lines of `row` (`_wrapped_pieces_of_rows`, a table
    counting its cells), with a row of all its words for the messages; None where no two pieces stand in a row."""
    segments: list[tuple[bool, str]] = []  # (a piece, its text)
    for line in lines:
        if (piece := _comma_piece(line)) is not None:
            segments.append((True, piece))
        texts = [cell.text.strip() for cell in line.values() if cell.text.strip()]
        for text in texts:  # words one space apart are whole cells, on a spaced row or in one line's cell
            words = text.split()
            segments += [(False, word) for word in words] if line.spaced or len(words) > 1 else \
                [(is_wide_digits(text), text)]
    readings = _pieces_grouped(tuple(segments), width)
    if readings is None:
        return None
    cells = [RawCell(text, row.line) for _, text in segments]
    # its classes set, not worked out from the texts: a comma piece (`１,０`) is no label here
    labels = [] if _comma_piece(lines[0]) is not None else row.label_cells()
    return (Row([*labels, *cells], spaced=True, page=row.page, _label_cells=labels, _values=cells,
                _has_figures=True, _figures_after_label=True), list(readings))


def _readings_across_lines(line_words: list[list[str]], width: int,
                           holds: Callable[[R.Reading], bool] = R.applicant_sum_holds) -> tuple[R.Reading, ...] | None:
    """The readings of a row's words in `pdftotext -raw` text whose table may print nothing for a blank (a row
    of 6 zeros for 7 cells): Chromium's content stream writes a table row cell by cell, a wide figure wrapped in
    its narrow column a piece a line (`８` / `０` for 80), and the first line of a wrapped figure may share the
    line of the single-line cells before it (`０ １０ ０ １５ ０ １` / `０` / `５`: ..., 0, 105). So the last word
    of a line and the first word of the next, both digits, are one figure or two; words one space apart on a
    line are two cells. Every joining that makes at most `width` cells (no joined figure opening on a 0), with
    each way to put the unprinted blanks among them, is kept where `holds` (table 3: the last cell is the sum of
    the others, a blank read as 0; table 4: each proceeding's). None where no two lines' digits meet, or where the joinings pass MAX_PIECE_READINGS;
    a row read alike by every kept reading is proven, several readings are left to the column rules."""
    words = [word for words_of_line in line_words for word in words_of_line]
    ends = [sum(map(len, line_words[:i + 1])) for i in range(len(line_words))]  # index after each line's last word
    joinable = [end for end in ends[:-1] if 0 < end < len(words) and _digits_only(words[end - 1])
                and _digits_only(words[end])]
    if not joinable or 2 ** len(joinable) > MAX_PIECE_READINGS:
        return None
    readings: set[R.Reading] = set()
    tried = 0
    for joined in product((False, True), repeat=len(joinable)):
        cells: list[str] = []
        joins = {at for at, join in zip(joinable, joined, strict=True) if join}
        for index, word in enumerate(words):
            if index in joins:
                cells[-1] += word
            else:
                cells.append(word)
        if len(cells) > width or any(R.opens_on_a_zero(cell) for cell in cells):
            continue
        read = [_count_or_blank(cell) for cell in cells]
        if not all(readable for readable, _ in read):
            continue
        values = [value for _, value in read]
        for blanks in combinations(range(width), width - len(values)):
            tried += 1
            if tried > MAX_PIECE_READINGS:
                return None
            taken = iter(values)
            reading = tuple(None if at in blanks else next(taken) for at in range(width))
            if holds(reading):
                readings.add(reading)
    return tuple(sorted(readings, key=lambda reading: [(v is None, v or 0) for v in reading]))


def _digits_only(text: str) -> bool:
    return bool(text) and all(char.isdigit() for char in text)


def _is_blank_mark(text: str) -> bool:
    return read_count(text).state == BLANK and bool(text.strip())


def _count_or_blank(text: str) -> tuple[bool, Decimal | None]:
    read = read_count(text)
    return read.state in (VALUE, BLANK), read.value


@lru_cache(maxsize=1 << 10)
def _pieces_grouped(segments: tuple[tuple[bool, str], ...], width: int) -> tuple[R.Reading, ...] | None:
    """Every reading of the segments (a piece, or a whole cell) grouping each run of consecutive pieces into
    figures, making `width` cells that keep the row's sum; None where no two pieces stand in a row, or where
    the cuttings to try pass MAX_PIECE_READINGS."""
    runs: list[list[str] | str] = []
    for piece, text in segments:
        if piece and runs and isinstance(runs[-1], list):
            runs[-1].append(text)
        else:
            runs.append([text] if piece else text)
    if not any(isinstance(run, list) and len(run) > 1 for run in runs):
        return None  # no two pieces in a row: each line a whole figure, read as before
    if prod(2 ** (len(run) - 1) for run in runs if isinstance(run, list)) > MAX_PIECE_READINGS:
        return None  # bounded before the cuttings are built: a run of n pieces has 2^(n-1) of them
    readings = set(R.grouped_readings(segments, (width,), _count_or_blank, MAX_PIECE_READINGS) or ())
    # a tuple: the cache hands the same readings to every caller, none may change them
    return tuple(sorted(readings, key=lambda reading: [(v is None, v or 0) for v in reading]))


def _stacked_figures_by_the_sums(report: ParsedReport, rows: list[Row], read: dict, width: int,
                                 outcomes: tuple[str, ...]) -> None:
    """`pdftotext -layout` of wide figures wrapped a digit (or a few) a line in narrow columns (Chromium:
    `２` above a row's line empty there, `０` below it, for 20): rows.py leaves the cells such pieces may
    belong to unknown, as which row owns a piece between two rows is not known from the text. Here each
    column's pieces (and the stacked-marked digits on rows' own lines) are shared out between the rows
    round them every way that keeps them in line order: a piece goes to the nearest row above or below
    (none past another row), those between two rows split at one point, each row's figure its pieces
    read top to bottom (never empty, never opening on a 0). Where every sharing that keeps every
    touched row's sum (APP_APPLICANT_SUM) reads a cell alike, it is set, recovered; else it stays
    unknown; a row no sharing reads (a piece of its figure not in the text) stays unknown and is not asked of
    the sharings. Rows with a cell unknown for another reason are left as they are. Where some sharings
    keep APP_OUTCOME_SUM and APP_BALANCE as well (the table's other rows as read, a rule needing a row
    unknown left out), only those are asked (`１` / total row / `２` / next row: 12 and 0, or 1 and 20,
    both keep their rows' sums; the balance keeps one); where none does (the report does not add up), the
    rows' sums alone, as before."""
    touched: dict[str, tuple[int, list[int], list]] = {}  # key → (its own line, stacked columns, its fitted)
    pieces = {(cell.line, cell.x_glyphs): cell.text.strip() for row in rows for cell in row.cells
              if cell.problem == STACKED and cell.x_glyphs is not None}
    if not pieces:
        return
    page_of = {cell.line: row.page for row in rows for cell in row.cells}
    replaced = _placed_by_the_pages_full_rows(read, width, pieces)
    replaced |= _placed_round_a_label_less_line(read, rows, width)
    for key, (row, fitted, problem, _) in read.items():
        if key in replaced:
            fitted = replaced[key]
        elif not row.aligned or problem:
            continue
        columns = [c for c, raw in enumerate(fitted) if raw is not None and raw.problem == STACKED]
        if not columns or any(raw is None or (raw.problem and raw.problem != STACKED) for raw in fitted):
            continue
        own = [raw.line for raw in fitted if raw.problem != STACKED]
        touched[key] = (max(set(own), key=own.count) if own else row.line, columns, fitted)
    if not touched:
        return
    # the lines each row stands on (its label's, its figures'): a piece never goes to a row past another's line
    row_of_line = {line: key for key, (row, fitted, *_) in read.items() for line in
                   {row.line, *(raw.line for raw in fitted if raw is not None and raw.problem != STACKED)}}
    row_of_line |= {line: key for key, (line, _, _) in touched.items()}
    row_lines = sorted(row_of_line)
    # a row next to a piece with a cell left unread for another reason may own it: that piece is no one's here,
    # and the touched rows next to it are left as they are (whose it is decides their figures), and so on
    blocked = {key for key, (row, fitted, problem, _) in read.items() if key not in touched
               and (problem or any(raw is None or raw.problem for raw in fitted))}
    while True:
        bad = {place for place in pieces if blocked & _rows_beside(place[0], row_lines, row_of_line)}
        grown = blocked.union(*(_rows_beside(line, row_lines, row_of_line) for line, _ in bad))
        if grown == blocked:
            break
        blocked = grown
    touched = {key: value for key, value in touched.items() if key not in blocked}
    pieces = {place: text for place, text in pieces.items() if place not in bad}
    if not touched:
        return
    own_lines = sorted((line, key) for key, (line, _, _) in touched.items())
    # each column stacked in a touched row, page by page (a page without the header sets its own columns): where
    # its touched rows' cells stand (a long label may push a row's figures a glyph or more along); a piece joins
    # the one column of its page standing near it
    standing: dict[tuple[int, int], list[float]] = {}
    for line, stacked, fitted in touched.values():
        for c in stacked:
            standing.setdefault((page_of.get(line, 0), c), []).append(fitted[c].x_glyphs)
    columns_at = sorted((page, min(xs), c, xs) for (page, c), xs in standing.items())
    clusters: list[list[tuple[int, str]]] = [[] for _ in columns_at]
    for (line, x), text in sorted(pieces.items()):
        page = page_of.get(line, 0)
        near = [i for i, (at_page, _, _, xs) in enumerate(columns_at)
                if at_page == page and min(abs(other - x) for other in xs) <= 2]
        if len(near) != 1:
            return  # a piece in a column no touched row leaves unknown, or near two: whose it is, not known
        clusters[near[0]].append((line, text))
    # each cluster: the touched rows of its page it may go to, by line; the ways of sharing its pieces out
    sharings: list[list[dict[str, str]]] = []
    for (page, _, column, _), entries in zip(columns_at, clusters):
        owners = [(line, key) for line, key in own_lines if column in touched[key][1] and page_of.get(line, 0) == page]
        ways = _shared_out(entries, owners, row_of_line)
        if not ways:
            return
        sharings.append(ways)
    if prod(len(ways) for ways in sharings) > MAX_PIECE_READINGS:
        return
    tried: list[dict[str, tuple | None]] = []  # each sharing: each touched row's reading, None where it fails
    for combination in product(*sharings):
        values: dict[str, dict[int, Decimal | None]] = {key: {} for key in touched}
        bad = set()
        for (_, _, column, _), way in zip(columns_at, combination):
            for key, figure in way.items():
                cell = read_count(figure)
                if not (figure.isdigit() and cell.state == VALUE and not R.opens_on_a_zero(figure)) \
                        and not (cell.state == BLANK and _is_blank_mark(figure)):
                    bad.add(key)  # a mark with a piece joined, or a figure opening on a 0
                values[key][column] = cell.value
        found: dict[str, tuple | None] = {}
        for key, (_, stacked, fitted) in touched.items():
            reading = None
            if key not in bad and set(values[key]) == set(stacked):
                reading = tuple(values[key][c] if c in values[key] else read_count(fitted[c].text).value
                                for c in range(width))
            found[key] = reading if reading is not None and R.applicant_sum_holds(reading) else None
        tried.append(found)
    # a row no sharing reads (a piece of its figure not found) stays unknown and holds no sharing back: the others
    # are read by the sharings keeping every other row's sum, which only adds sharings to choose from
    readable = {key for key in touched if any(found[key] is not None for found in tried)}
    # …but the pieces beside such a row may be its own (its total cut at the page's edge keeps its sum from ever
    # holding: `１,１２` / row / `０`): a row beside them is read only where no such piece stands beside it, else
    # the sharings that give that row's pieces away read it short (`０` + a cut total's `０`: 0 for 1,120)
    unread = set(touched) - readable
    held = {key for line, _ in pieces for key in _rows_beside(line, row_lines, row_of_line)
            if unread & _rows_beside(line, row_lines, row_of_line)} - unread
    readings: dict[str, set] = {key: set() for key in touched}
    complete = [found for found in tried if all(found[key] is not None for key in readable)]
    for found in _sharings_keeping_the_column_rules(report, complete, outcomes):
        for key in readable - held:
            readings[key].add(found[key])
    cells = {(cell.row, cell.column): cell for cell in report.cells if cell.table == "applications" and cell.row in touched}
    for key, (_, stacked, fitted) in touched.items():
        if not readings[key]:
            continue
        settled = [c for c in (range(width) if key in replaced else stacked)
                   if len({reading[c] for reading in readings[key]}) == 1]
        reading = next(iter(readings[key]))
        for c in settled:
            cell = cells.get((key, L.APPLICANT_KEYS[c]))
            if cell is not None and cell.state == UNKNOWN:
                cell.value, cell.state = reading[c], BLANK if reading[c] is None else RECOVERED
        if settled:
            shown = {L.APPLICANT_KEYS[c]: None if reading[c] is None else int(reading[c]) for c in settled}
            report.warn("cells_recovered", f"table 3 {key}: wide figures wrapped a digit a line round its row, "
                        f"their pieces shared out between the rows round them as every row's sum allows: {shown}, "
                        "marked recovered", touched[key][0])


def _sharings_keeping_the_column_rules(report: ParsedReport, tried: list[dict[str, tuple | None]],
                                       outcomes: tuple[str, ...]) -> list[dict[str, tuple | None]]:
    """The sharings (each touched row's reading; every row some sharing reads is read) that keep
    APP_OUTCOME_SUM and APP_BALANCE with the table's other rows as read (a row with a cell unknown, or a
    touched row no sharing reads, leaves the rules needing it out); all of them where none keeps them (a
    report that does not add up: the rows' own sums decide, as before)."""
    table: dict[str, tuple | None] = {}
    for key, cells in report.matrix("applications").items():
        if all(column in cells and cells[column].state != UNKNOWN for column in L.APPLICANT_KEYS):
            table[key] = tuple(cells[column].value for column in L.APPLICANT_KEYS)
        else:
            table[key] = None
    kept = [found for found in tried if not R.failing_columns({**table, **found}, outcomes)]
    return kept or tried


def _placed_round_a_label_less_line(read: dict, rows: list[Row], width: int) -> dict[str, list]:
    """Rows whose own line holds only stacked pieces of wide figures (`新收…数量 ２ … ２`), their other figures
    on a line of their own just above or below it, no label there (`０ ０ ０ ０ ０`: `pdftotext -layout` sets
    such a line's figures apart from the labelled lines' columns, so where they stand proves no column):
    placed in order across the row, each stacked column where its piece stands left or right of every
    figure of that line (each at least two glyphs from each), the pieces as many as the columns the line
    leaves. Each key → its fitted cells, the stacked ones empty, to be filled from the pieces."""
    lines_taken = {line for row, fitted, _, _ in read.values()
                   for line in {row.line, *(raw.line for raw in fitted if raw is not None)}}
    label_less: dict[int, list[tuple[str, float]]] = {}
    for row in rows:
        if row.aligned and row.cells and len({cell.line for cell in row.cells}) == 1 \
                and all(cell.x_glyphs is not None and cell.problem is None for cell in row.cells):
            words = [word for cell in row.cells for word in _words_where_they_stand(cell)]
            if all(read_count(word).state in (VALUE, BLANK) for word, _ in words):
                label_less[row.cells[0].line] = words
    placed = {}
    for key, (row, fitted, problem, code) in read.items():
        if not (row.aligned and problem and code == "unaligned_cells") or any(raw is not None for raw in fitted):
            continue
        own = [cell for cell in row.values() if cell.line == row.line]
        if not own or any(cell.problem != STACKED or cell.x_glyphs is None for cell in own) \
                or len(own) != len(row.values()):
            continue
        beside = [line for line in (row.line - 1, row.line + 1) if line in label_less and line not in lines_taken]
        if len(beside) != 1 or len(label_less[beside[0]]) + len(own) != width:
            continue
        words = label_less[beside[0]]
        if any(abs(cell.x_glyphs - x) < 2 for cell in own for _, x in words) \
                or any(abs(a.x_glyphs - b.x_glyphs) < 2 for a, b in combinations(own, 2)):
            continue
        across = sorted([(cell.x_glyphs, RawCell("", row.line, None, False, None, cell.x_glyphs, STACKED)) for cell in own]
                        + [(x, RawCell(word, beside[0], None, False, None, x)) for word, x in words],
                        key=lambda item: item[0])
        placed[key] = [cell for _, cell in across]
    return placed


def _placed_by_the_pages_full_rows(read: dict, width: int, pieces: dict[tuple[int, float], str]) -> dict[str, list]:
    """Rows whose figures no header placed (`N figures for 7 columns`: a stacked figure left its column empty on
    the row's line), placed where every row of the page filling all its columns on one line stands the same (its
    columns proven, each within a glyph and a half): each cell of the row's line in the column it stands in, the empty
    ones (a stacked piece on the line above or below there) to be filled from the pieces (a cell stacked,
    empty). Each key → its fitted cells."""
    at = _columns_of_the_pages_full_rows(read, width)
    placed = {}
    for key, (row, fitted, problem, code) in read.items():
        if not (row.aligned and problem and code == "unaligned_cells") or any(raw is not None for raw in fitted):
            continue
        # the row's own line (the pieces pulled from the lines round it are shared out apart), its words one
        # space apart (`９４ ４７`, narrow columns) each a cell where it stands
        words = [RawCell(word, cell.line, None, False, None, centre, cell.problem)
                 for cell in row.values() if cell.line == row.line and cell.x_glyphs is not None
                 for word, centre in _words_where_they_stand(cell)]
        if row.page not in at:
            # no column proven by the page's full rows: only a total stacked right of every word the line prints
            if (cells := words_before_a_stacked_total(row, words, width, pieces)) is not None:
                placed[key] = cells
            continue
        xs, cells = at[row.page], [None] * width
        if not width - 2 <= len(words) < width:
            continue  # a stacked figure or two leaves its column empty on the row's line, no more
        for word in words:
            c = min(range(width), key=lambda c: abs(xs[c] - word.x_glyphs))
            if abs(xs[c] - word.x_glyphs) > 1.5 or cells[c] is not None:
                break
            cells[c] = word
        else:
            if not all(any(abs(line - row.line) == 1 and abs(x - xs[c]) <= 1.5 for line, x in pieces)
                       for c in range(width) if cells[c] is None):
                continue
            placed[key] = [cell if cell is not None else RawCell("", row.line, None, False, None, xs[c], STACKED)
                           for c, cell in enumerate(cells)]
    return placed


def _columns_of_the_pages_full_rows(read: dict, width: int) -> dict[int, list[float]]:
    """Page → where each column stands (in glyphs), on the pages where every row filling all its columns on one
    line stands the same (each column within a glyph and a half)."""
    standing: dict[int, list[list[float]]] = {}
    for row, fitted, _, _ in read.values():
        # a row whose cells stand on several lines (pieces of a line round it joined) proves nothing
        if row.aligned and all(raw is not None and raw.x_glyphs is not None for raw in fitted) \
                and len({raw.line for raw in fitted}) == 1:
            columns = standing.setdefault(row.page, [[] for _ in range(width)])
            for c, raw in enumerate(fitted):
                columns[c].append(raw.x_glyphs)
    return {page: [sorted(xs)[len(xs) // 2] for xs in columns] for page, columns in standing.items()
            if all(max(xs) - min(xs) <= 1.5 for xs in columns)}


def _placed_by_the_column_rules(read: dict, damaged: list[str], candidates: dict[str, list], context: dict,
                                outcomes: tuple[str, ...], width: int) -> dict[str, list[tuple[int, RawCell]]]:
    """A row of fewer figures than columns whose own sum no placing keeps (a total printed blank), placed where
    APP_OUTCOME_SUM and APP_BALANCE put its figures, the table's other rows read, where one way only keeps them
    (`R.placed_by_the_column_rules`): in `pdftotext -raw` (a row's label, then its cells, each whole, one space
    apart; a blank cell prints nothing) a row no split reads; in `-layout`, a row on one line no header places
    (its words, left to right, stand in columns left to right: pdftotext sets no word left of one starting left
    of it). Each key → (column, word) for each of its words."""
    placed = {}
    for key, (row, _, problem, code) in read.items():
        if row.spaced:
            if key not in damaged or key in context or candidates.get(key):
                continue
        elif not (row.aligned and problem and code == "unaligned_cells" and key not in damaged
                  and context.get(key, ...) is None):
            continue
        values = [cell for cell in row.values() if not cell.is_empty]
        if not values or len({cell.line for cell in values}) != 1:
            continue
        words = [RawCell(word, cell.line, problem=cell.problem) for cell in values for word in cell.text.split()]
        reads = [read_count(word.text) for word in words]
        if any(word.problem or found.state not in (VALUE, BLANK) for word, found in zip(words, reads, strict=True)):
            continue
        columns = R.placed_by_the_column_rules([found.value for found in reads], width, key, context, outcomes)
        if columns is not None:
            placed[key] = list(zip(columns, words, strict=True))
    return placed


def _write_placed_by_the_column_rules(report: ParsedReport, key: str, row: Row, placed: list[tuple[int, RawCell]]) -> None:
    """The row's figures in the columns the column rules put them in (recovered, a blank mark blank); the columns it
    prints nothing in unknown (a blank, or a cell lost)."""
    at = dict(placed)
    for column, applicant in enumerate(L.APPLICANT_KEYS):
        raw = at.get(column)
        found = read_count(raw.text) if raw is not None else None
        state = UNKNOWN if found is None else BLANK if found.value is None else RECOVERED
        report.cells.append(Cell("applications", key, applicant, None if found is None else found.value, state,
                                 row.line, None if raw is None else raw.text.strip()))
    shown = {L.APPLICANT_KEYS[c]: None if (v := read_count(raw.text).value) is None else int(v) for c, raw in placed}
    report.warn("cells_recovered", f"table 3 {key}: {len(placed)} figures for {len(L.APPLICANT_KEYS)} columns, which "
                "columns print nothing not shown by the text, and no split keeps its own sum: placed where the column "
                f"rules put them, the one way that keeps them: {shown}, marked recovered; the others unknown", row.line)


def _short_rows_by_the_pages_full_rows(report: ParsedReport, rows: list[Row], read: dict, width: int) -> None:
    """`pdftotext -layout` of a table whose header proves no column (Chromium's narrow packed header) and whose
    rows mostly print all their cells: a row printing fewer words on its line than columns, and nothing on the
    lines round it (no stacked piece), left unknown by its sum (`０ ０ ０ ０ ０ ０`: which cell printed nothing?),
    is placed where the page's full rows stand (`_columns_of_the_pages_full_rows`) only where its words fit one
    set of columns, each word within a glyph and a half of its column and at most half as far from it as from
    any other, and no other set of columns fits their spacing (within a glyph and a half) even shifted along the
    line (a label pushing the row's figures): the columns it prints nothing under are blank where its sum then
    holds, else, where it prints no total (its sum checks nothing then), unknown (a blank that printed nothing or
    a cell lost: which, the text does not say) and only the words it prints are read. Its cells are marked
    recovered."""
    unplaced = [key for key, (row, fitted, problem, code) in read.items() if row.aligned and problem
                and code == "unaligned_cells" and row.line is not None and all(raw is None for raw in fitted)]
    if not unplaced or not (at := _columns_of_the_pages_full_rows(read, width)):
        return
    stacked_lines = {cell.line for row in rows for cell in row.cells if cell.problem == STACKED}
    cells = {(cell.row, cell.column): cell for cell in report.cells if cell.table == "applications"}
    for key in unplaced:
        row = read[key][0]
        if row.page not in at or any(abs(line - row.line) <= 2 for line in stacked_lines):
            continue
        values = [cell for cell in row.values() if not cell.is_empty]
        if not values or any(cell.line != row.line or cell.x_glyphs is None or cell.problem for cell in values):
            continue
        words = [word for cell in values for word in _words_where_they_stand(cell)]
        if not 0 < len(words) < width:
            continue
        xs = at[row.page]
        # every set of columns the words' spacing fits, shifted along the line as a label may push them; pushed
        # right of their columns only where the first word stands just past the label's end (poppler sets a
        # block 3 glyphs past the blocks wholly left of it): words standing clear of their label were not pushed
        pushed = _just_past_its_label(row, words[0][1] - len(words[0][0]) / 2)
        fitting = [columns for columns in combinations(range(width), len(words))
                   if max(x - xs[c] for (_, x), c in zip(words, columns, strict=True))
                   - min(x - xs[c] for (_, x), c in zip(words, columns, strict=True)) <= 1.5
                   and (pushed or words[0][1] - xs[columns[0]] <= 1.5)]
        # each word within a glyph and a half of its column, and clearly nearer it than any other (half as far)
        if len(fitting) != 1 or any(abs(x - xs[c]) > min(1.5, min(abs(x - other) for other in xs[:c] + xs[c + 1:]) / 2)
                                    for (_, x), c in zip(words, fitting[0], strict=True)):
            continue
        read_words = [read_count(text) for text, _ in words]
        if any(cell.state not in (VALUE, BLANK) for cell in read_words):
            continue
        reading: list[Decimal | None] = [None] * width
        for c, cell in zip(fitting[0], read_words, strict=True):
            reading[c] = cell.value
        # the columns it prints nothing under: blank where the row's sum holds so, else not known; a row printing
        # its total that fails its sum may stand in other columns (its sum checked where its total stands)
        unprinted_blank = R.applicant_sum_holds(tuple(reading))
        printed = set(fitting[0])
        if not unprinted_blank and width - 1 in printed:
            continue
        targets = [cells.get((key, applicant)) for applicant in L.APPLICANT_KEYS]
        # unknown, or recovered alike by the splits the rules left (`15 splits …, all with {'total': 5}`)
        if any(cell is None or (cell.state != UNKNOWN and not (cell.state == RECOVERED and cell.value == value))
               for cell, value in zip(targets, reading, strict=True)):
            continue
        for column, (cell, value) in enumerate(zip(targets, reading, strict=True)):
            if column in printed or unprinted_blank:
                cell.value, cell.state = value, BLANK if value is None else RECOVERED
        shown = {L.APPLICANT_KEYS[c]: None if v is None else int(v) for c, v in enumerate(reading)
                 if c in printed or unprinted_blank}
        others = "the others blank" if unprinted_blank else \
            "the others unknown (its sum does not hold with them blank: a cell lost, or a total printed blank)"
        report.warn("cells_recovered", f"table 3 {key}: {len(words)} figures for {width} columns placed where the "
                    f"page's full rows stand (one set of columns fits their spacing), {others}: {shown}, "
                    "marked recovered", row.line)


FIGURES_IN_LABEL_BLOCK = ("its first figures stand left of where the page's other rows start their first column: "
                          "pdftotext set them in its label's block (a label wrapped round its line of figures), the "
                          "others where their own blocks stand, so the line's order is not its columns' order")


def _figures_in_their_labels_block(read: dict, width: int, rows: list[Row]) -> set[str]:
    """`pdftotext -layout` rows printing a word for every column whose first figure starts GUTTER or more left of
    where every other such row of its page starts its first, and its second figure left of it too (a row whose
    short label pushed its first figure less than the others' long labels pushed theirs has one figure there) (`四、结转下年度继续办      ３   - ２      ２  -  -   ７`
    under `（七）总计         ９９    ２   ４ …`, LibreOffice's PDF of a DOCX: the label's block took the row's
    first figures, set after the label's glyphs; another column's figure, a block of its own, stands where
    poppler set that block, among them): read in order, its cells would go to other columns, so they are
    unknown. A column's figures never start left of that column's own block on their page otherwise. Rows are
    compared only with rows of their own table, no header line between them (a report printing each row as a
    table of its own, its header over it, sets each row's columns apart), and a row only where its first figure
    stands apart from its label (two spaces or more) on its line."""
    firsts: dict[str, tuple[int, int, float]] = {}
    seconds: dict[str, float] = {}  # where each such row's second figure starts
    apart: set[str] = set()  # rows whose first figure stands two or more spaces after their label's last word
    for key, (row, _, _, _) in read.items():
        values = row.values()
        # rows measured in glyphs, as pdftotext sets them (a rendering padded by display width is not poppler's)
        if row.aligned and row.line is not None and len(values) == width and values[0].columns is len \
                and glyphs_of(values[0]) is not None:
            start = _left_edges(values[0])[0]
            firsts[key] = (row.page, row.line, start)
            seconds[key] = _left_edges(values[1])[0]
            labels = [cell for cell in row.label_cells() if cell.line == values[0].line and cell.x is not None]
            if labels and start - (labels[-1].x + len(labels[-1].text) / 2) >= 2:
                apart.add(key)
    if len(firsts) < 2:
        return set()
    headers = [row.line for row in rows if row.line is not None and not row.has_figures()
               and _HEADER_WORD_RE.search(L.squash(row.label))]
    found = set()
    for key, (page, line, start) in firsts.items():
        if key not in apart:
            continue  # `予以公开 290  1 …`: a figure one space after its label, set in one run with it, as a
            # report printing each row as a table of its own sets it (its position says nothing of a column)
        others = [other_start for other, (other_page, other_line, other_start) in firsts.items()
                  if other != key and other_page == page
                  and not any(min(line, other_line) < header < max(line, other_line) for header in headers)]
        if others and start <= min(others) - GUTTER and seconds[key] < min(others):
            found.add(key)
    return found


def _in_order_rows_crossing(read: dict, width: int, rows: list[Row]) -> dict[str, set[int]]:
    """`pdftotext -layout` rows read in order, a word for every column on one line, whose figures start at a glyph
    column where another such row of their page sets a figure of another column (page_order.columns_crossed): the
    columns of each doubted row that no undoubted row confirms. Rows are compared only with rows of their own
    table, no header naming the applicants between them (a report printing each row as a table of its own)."""
    headers = [row.line for row in rows if row.line is not None and not row.has_figures()
               and _is_applicant_header(tuple(cell.text for cell in row.label_cells()), L.squash(row.label))]
    by_part: dict[tuple[int, int], dict[str, tuple[float, ...]]] = {}
    for key, (row, fitted, problem, _) in read.items():
        values = row.values()
        if problem or not row.aligned or row.line is None or not values or len(fitted) != width \
                or any(raw is None for raw in fitted) or len({value.line for value in values}) != 1 \
                or values[0].columns is not len:
            continue
        starts = _word_starts(values)
        if starts is None or [text for text, _ in starts] != [raw.text.strip() for raw in fitted]:
            continue
        part = sum(header < row.line for header in headers)
        by_part.setdefault((row.page, part), {})[key] = tuple(start for _, start in starts)
    crossed: dict[str, set[int]] = {}
    for starts_of in by_part.values():
        crossed.update(columns_crossed(starts_of))
    return crossed


def _word_starts(values: list[RawCell]) -> list[tuple[str, float]] | None:
    """Each word of a row's cells (`２ ６０`, one space apart, two words) with the glyph column it starts at, as
    pdftotext set it; None where a word is not one figure or blank mark, or a cell was not measured."""
    found = []
    for value in values:
        text = value.text.strip()
        if value.x_glyphs is None or value.problem or not text:
            return None
        left = value.x_glyphs - len(text) / 2
        for word in re.finditer(r"\S+", text):
            if read_count(word.group(), signed=True).state not in (VALUE, BLANK):
                return None
            found.append((word.group(), left + word.start()))
    return found


def _columns_crossed(columns: set[int]) -> str:
    names = ", ".join(L.APPLICANT_KEYS[column] for column in sorted(columns))
    return (f"its figures start where the page's other rows read whole set another column's ({names}): pdftotext set "
            "some of them in another block (a label's block, counted one glyph a character), so its line's order is not "
            "its columns' order")


def _just_past_its_label(row: Row, left: float) -> bool:
    """Whether a word starting at glyph `left` on the row's line stands at most 3 glyphs past the end of the
    label before it (a label wider than its column pushes the figures after it along the line)."""
    ends = [cell.x_glyphs + len(cell.text) / 2 for cell in row.label_cells()
            if cell.line == row.line and cell.x_glyphs is not None and cell.x_glyphs < left]
    return bool(ends) and left - max(ends) <= 3


def _shared_out(entries: list[tuple[int, str]], owners: list[tuple[int, str]], row_of_line: dict[int, str]
                ) -> list[dict[str, str]]:
    """The ways of sharing a column's pieces (line, text) out between the rows that may own them (their own
    lines, in order): a piece on an owner's own line is its; one between two owners goes to either, those
    between them split at one point; one before the first owner or after the last is that owner's; a piece
    with another row's line between it and an owner cannot be that owner's. Each way:
    key → its figure's text; none where the ways to try pass MAX_PIECE_READINGS."""
    if not owners:
        return []
    lines = [line for line, _ in owners]
    between: dict[int, list[tuple[int, str]]] = {}  # index of the owner above (-1: above the first) → pieces
    fixed: dict[str, list[tuple[int, str]]] = {key: [] for _, key in owners}
    for line, text in entries:
        if line in lines:
            fixed[owners[lines.index(line)][1]].append((line, text))
            continue
        above = bisect_left(lines, line) - 1
        between.setdefault(above, []).append((line, text))
    choices: list[list[dict[str, list]]] = []
    for above, pieces in between.items():
        upper = owners[above] if above >= 0 else None
        lower = owners[above + 1] if above + 1 < len(owners) else None
        options = []
        for cut in range(len(pieces) + 1):  # pieces[:cut] go up, the rest down
            up, down = pieces[:cut], pieces[cut:]
            if (up and (upper is None or _another_row_between(upper, up[-1][0], row_of_line))) or \
                    (down and (lower is None or _another_row_between(lower, down[0][0], row_of_line))):
                continue
            options.append({**({upper[1]: up} if up else {}), **({lower[1]: down} if down else {})})
        if not options:
            return []
        choices.append(options)
    if prod(len(options) for options in choices) > MAX_PIECE_READINGS:
        return []  # bounded before the walk, as the sharings kept are counted only along it
    ways = []
    for combination in product(*choices):
        parts = {key: list(own) for key, own in fixed.items()}
        for option in combination:
            for key, pieces in option.items():
                parts[key] += pieces
        if any(not pieces for pieces in parts.values()):
            continue  # a stacked cell with no digit at all: not a figure
        ways.append({key: "".join(text for _, text in sorted(pieces)) for key, pieces in parts.items()})
    return ways


def _rows_beside(line: int, row_lines: list[int], row_of_line: dict[int, str]) -> set[str]:
    """The rows standing on the lines just above a line and on it or just below it."""
    index = bisect_left(row_lines, line)
    return {row_of_line[row_lines[i]] for i in (index - 1, index) if 0 <= i < len(row_lines)}


def _another_row_between(owner: tuple[int, str], line: int, row_of_line: dict[int, str]) -> bool:
    """Whether a line of another row than the owner (its own line, its key) stands between it and the line."""
    low, high = sorted((owner[0], line))
    return any(low < other < high and key != owner[1] for other, key in row_of_line.items())


def _spaced_rows_print_their_totals(rows: list[Row], width: int) -> bool:
    """Rows of figures one space apart whose blank cells print nothing (`pdftotext -raw`), every one printing
    the same few figures (`26 26`, `0 0`), each row's last the sum of the others: the same columns in every
    row, the total among them; so a row of zeros prints its total too, not two blank parts."""
    spaced = [row for row in rows if row.spaced]
    if len(spaced) < 2 or len(spaced) != len(rows):
        return False
    counts = set()
    for row in spaced:
        reads = [read_count(cell.text) for cell in row.values() if not cell.is_empty]
        if not reads or any(read.state != VALUE for read in reads) or sum(r.value for r in reads[:-1]) != reads[-1].value:
            return False
        counts.add(len(reads))
    return len(counts) == 1 and 2 <= counts.pop() < width


def _parts_anywhere_then_the_total(row: Row, width: int) -> list[R.Reading]:
    """Every reading of a row whose last figure is its total and whose other figures stand, in order, in
    any of the applicant columns, that keeps its sum."""
    values = [cell for cell in row.values() if not cell.is_empty]
    total = read_count(values[-1].text).value
    parts = aligned_readings(values[:-1], [0.0] * (width - 1), lambda reading: True, free=True) or []
    return [reading for part in parts if R.applicant_sum_holds(reading := (*part, total))]


def _words_kept_whole(row: Row, readings: list[R.Reading]) -> list[R.Reading]:
    """The readings that take each word of the row's cells (`1128 235`) for one cell, in order."""
    words = [read_count(word) for cell in row.values() for word in cell.text.split()]
    if any(word.state == UNKNOWN for word in words):
        return []
    figures = [word.value for word in words if word.value is not None]
    return [reading for reading in readings if [v for v in reading if v is not None] == figures]


def _a_pdf_line_by_line(row: Row, pdf_text: bool) -> bool:
    """A row of a PDF's text without -layout (`pdf_text`), one cell a line and no crawled line: a blank
    cell prints nothing there, and a line's words are whole figures."""
    return pdf_text and row.stacked and not row.joined


def _whole_figures_a_line(row: Row, fitted: list, pdf_text: bool) -> bool:
    """A row of a PDF's text without -layout, one figure a line: a line's digits are one cell's (or a piece of
    one a narrow cell wrapped, `１２` / `６９`), never cells run together (`１２` is not 1 and 2)."""
    return _a_pdf_line_by_line(row, pdf_text) and not any(raw is not None and _holds_several(raw.text) for raw in fitted)


def _figures_parted_by_an_empty_line(row: Row, pdf_text: bool) -> bool:
    """A row of a PDF's text without -layout, one cell a line, whose figures stand on both sides of an empty line,
    not every line set apart by one (`Row.lines_apart`): a blank cell prints nothing there (whatever
    `Row.gaps_are_cells` says of rows ending on a figure), poppler parts its blocks by an empty line, and the block
    after it may be another's (Chromium's table of wrapped figures,
    its first column printed beside the labels and the other columns' blocks after the last one:
    `四、结转下年度继续办理` / `０` / `` / `０` / `０ ０` …, the lines after the empty one the first rows' figures)."""
    if not _a_pdf_line_by_line(row, pdf_text) or row.lines_apart:
        return False
    figure_before = parted = False
    for cell in row.values():
        if cell.gap or cell.is_empty:
            parted = figure_before
        elif parted:
            return True
        else:
            figure_before = True
    return False


def _figures_of_other_rows(row: Row, fitted: list, problem: str | None, clean: R.Reading | None, pdf_text: bool,
                           width: int) -> bool:
    """A row of a PDF's text without -layout (one cell a line, form feeds between pages) whose figures, each
    whole on a line of its own, fill its columns and break APP_APPLICANT_SUM: no cells ran together (a
    line holds one figure), so they are not its own in order."""
    if not _a_pdf_line_by_line(row, pdf_text) or problem is not None or clean is None:
        return False
    figures = [raw for raw in fitted if raw is not None and not raw.is_empty]
    return len(figures) == width and not any(_holds_several(raw.text) for raw in figures) \
        and not R.applicant_sum_holds(clean)


def _zeros_only(row: Row) -> bool:
    """An aligned row whose figures are all 0 (`0   0`)."""
    parts = figure_parts(row.values()) if row.aligned else []
    return bool(parts) and all(read_count(part.text).value == 0 and read_count(part.text).state == VALUE
                               for part in parts)


# figures of one column of a page stand at most this far apart (display columns, centre to centre: a
# figure is centred, left- or right-aligned in its cell, `２８` beside `２`), figures of two columns at least
# COLUMN_GAP apart; anything between, and the page's columns are not told apart
SAME_COLUMN, COLUMN_GAP = 1.0, 2.5


def _page_clusters(parts_of: dict[str, list[RawCell]]) -> list[float] | None:
    """The columns a page's figures stand in, left to right (each the first x of its figures), or None
    where two figures stand neither clearly in one column nor clearly in two (a column's figures spread
    wider than 2 × SAME_COLUMN too), or a row holds two figures in one column."""
    xs = sorted({part.x for parts in parts_of.values() for part in parts})
    if not xs:
        return None
    clusters = [xs[0]]
    for left, right in pairwise(xs):
        if right - left <= SAME_COLUMN:
            if right - clusters[-1] > 2 * SAME_COLUMN:
                return None
            continue
        if right - left < COLUMN_GAP:
            return None
        clusters.append(right)
    for parts in parts_of.values():
        columns = [bisect_left(clusters, part.x + SAME_COLUMN) - 1 for part in parts]
        if len(set(columns)) != len(columns):
            return None
    return clusters


def _ways_of_a_page(parts_of: dict[str, list[RawCell]], columns: int) -> list[dict[str, tuple[int, ...]]] | None:
    """The ways to give a page's figures (`parts_of`, each row's) columns among the first `columns`: the
    page's columns as its figures stand together (`_page_clusters`), each one applicant column, in order; where
    they are not told apart, as pdftotext's layout proves them (page_order.py); each way as each row's
    column per figure. None where neither tells."""
    clusters = _page_clusters(parts_of)
    if clusters is None or len(clusters) > columns:
        return page_ways(parts_of, columns)
    return [{key: tuple(chosen[bisect_left(clusters, part.x + SAME_COLUMN) - 1] for part in parts)
             for key, parts in parts_of.items()} for chosen in combinations(range(columns), len(clusters))]


def _placed_by_page_columns(read: dict, damaged: list[str], elsewhere: set[str], zeros: set[str], context: dict,
                            candidates: dict[str, list], outcomes: tuple[str, ...], width: int) -> dict[str, tuple]:
    """Rows on a page that does not repeat the header (`pdftotext -layout` squeezes out the room of the
    columns empty on a page, so the header's positions say nothing there), read by the page's own columns:
    a page's figures keep their columns down the page, so each column the page shows (figures standing
    together) is one applicant column, the same for every row, and a column where a row prints nothing is
    blank there. Each way to give the page's columns applicant columns, in order, is tried against the
    template's rules: every row's sum, the columns' sums and the balance with the table's other rows, and
    a row read cleanly reading as it did. A row that reads alike in every way that keeps them is placed:
    key → (reading, its figures), its cells marked recovered (their columns are inferred). Where the ways
    disagree, or the page's columns are not told apart, nothing is placed."""
    pages: dict[int, list[str]] = {}
    for key in read:
        if key in elsewhere and not any(cell.problem == WRAPPED for cell in read[key][0].values()):
            pages.setdefault(read[key][0].page, []).append(key)  # a figure left unread places nothing
    placed: dict[str, tuple] = {}
    context = dict(context)  # the rows placed here join it, for the next page's rules
    while True:
        before = len(placed)
        kept_of_pages = []  # each page's ways; the same for every page where the round places nothing
        for keys in pages.values():
            found = _ways_a_page_keeps(keys, read, damaged, zeros, context, candidates, outcomes, width, placed)
            if found is not None:
                _place_alike(*found, zeros, context, candidates, placed)
                kept_of_pages.append(found)
        if len(placed) == before:
            _pages_placed_jointly(kept_of_pages, zeros, context, candidates, outcomes, placed)
        if len(placed) == before:
            return placed


def _ways_a_page_keeps(keys: list[str], read: dict, damaged: list[str], zeros: set[str], context: dict,
                       candidates: dict[str, list], outcomes: tuple[str, ...], width: int, placed: dict[str, tuple]
                       ) -> tuple[list[str], dict[str, list[RawCell]], list[dict]] | None:
    """The rows of a page still open, their figures, and the ways of reading the page (each its rows'
    readings, a row whose sum no way keeps left out) that keep the template's rules with `context`; None
    where the page's columns are not told apart, no row is open, or no way keeps them."""
    parts_of = {key: figure_parts(read[key][0].values()) for key in keys}
    if any(part.x is None or read_count(part.text).state != VALUE for parts in parts_of.values() for part in parts):
        return None  # a blank mark or a figure not read cleanly: its column says nothing certain
    ways = _ways_of_a_page({key: parts for key, parts in parts_of.items() if parts}, width)
    if ways is None:
        return None
    open_keys = [key for key in keys if key not in placed and (key in zeros or context.get(key) is None or (
        key in damaged and len(candidates.get(key, ())) != 1))]
    if not open_keys:
        return None
    readings_of = []
    for way in ways:
        readings = {}
        for key in keys:
            values = [None] * width
            for part, column in zip(parts_of[key], way.get(key, ())):
                values[column] = read_count(part.text).value
            readings[key] = tuple(values)
        readings_of.append(readings)
    # a row whose sum no way keeps (it lost a figure) says nothing of the page's columns: left out, unknown
    broken = {key for key in keys if key in open_keys and key not in zeros
              and not any(R.applicant_sum_holds(readings[key]) for readings in readings_of)}
    kept = []
    for readings in readings_of:
        readings = {key: reading for key, reading in readings.items() if key not in broken}
        if any(context.get(key) is not None and key not in zeros and context[key] != readings[key] for key in readings):
            continue  # a row read cleanly, or settled by the rules, reads otherwise
        if not all(R.applicant_sum_holds(reading) for reading in readings.values()):
            continue
        if not R.rows_keep_column_rules(readings, {**context, **readings}, outcomes):
            continue
        kept.append(readings)
    return ([key for key in open_keys if key not in broken], parts_of, kept) if kept else None


def _place_alike(open_keys: list[str], parts_of: dict[str, list[RawCell]], kept: list[dict], zeros: set[str],
                 context: dict, candidates: dict[str, list], placed: dict[str, tuple]) -> None:
    """Each open row that reads alike in every way kept is placed, and joins `context`."""
    for key in open_keys:
        readings = {way[key] for way in kept}
        if len(readings) == 1:
            (reading,) = readings
            if parts_of[key] and (key in zeros or not candidates.get(key) or reading in candidates[key]):
                placed[key] = (reading, parts_of[key])
                context[key] = reading


MAX_JOINT_WAYS = 20_000  # ways of reading the open pages together tried; past it they stay as they are


def _pages_placed_jointly(found: list[tuple], zeros: set[str], context: dict, candidates: dict[str, list],
                          outcomes: tuple[str, ...], placed: dict[str, tuple]) -> None:
    """Pages no rule settles alone (each page's columns sums need the other's rows): every way of reading
    each (`found`: each page's open rows, figures and ways kept, `_ways_a_page_keeps`), taken together,
    kept where the columns' sums and the balance hold over the whole table; a row reading alike in every
    way kept is placed."""
    if len(found) < 2 or prod(len(kept) for _, _, kept in found) > MAX_JOINT_WAYS:
        return
    kept_together = []
    for ways in product(*(kept for _, _, kept in found)):
        readings = {key: reading for way in ways for key, reading in way.items()}
        if R.rows_keep_column_rules(readings, {**context, **readings}, outcomes):
            kept_together.append(readings)
    if kept_together:
        open_keys = [key for keys, _, _ in found for key in keys]
        parts_of = {key: parts for _, parts, _ in found for key, parts in parts.items()}
        _place_alike(open_keys, parts_of, kept_together, zeros, context, candidates, placed)


def _write_placed_by_page_columns(report: ParsedReport, key: str, row: Row, placed: tuple) -> None:
    reading, parts = placed
    texts = " | ".join(part.text.strip() for part in parts)
    report.warn("page_columns", f"table 3 {key}: on a page that does not repeat the header, its figures ({texts}) "
                "read in the page's own columns: every way of giving them applicant columns that keeps the "
                f"template's rules reads the row alike, {[None if v is None else int(v) for v in reading]}, "
                "the others blank; marked recovered", row.line)
    for column, value in zip(L.APPLICANT_KEYS, reading):
        report.cells.append(Cell("applications", key, column, value, BLANK if value is None else RECOVERED,
                                 row.line, texts))


def _placed_by_page_order(read: dict, context: dict, excluded: set[str], columns: int, width: int,
                          unproven: set[str] = frozenset(), outcomes: tuple[str, ...] = ()) -> set[str]:
    """Aligned rows of pdftotext's text (form feeds: not a text browser's or an OCR's columns, which
    poppler did not set) that no header places (a header cut at the page's edge, a later page that does
    not repeat it, a figure pushed off its header by a long label), placed by where pdftotext set their figures
    among the figures of their page whose columns are proven (page_order.py): `read[key]` rewritten to the
    placement, its columns past the first `columns` (cut at the page's edge) unknown; a row whose total
    is shown keeps its sum, a row of a cut table the column rules over the columns shown (with the rows
    read and placed). The keys placed; each placed row proves its figures for the next, a row of
    `unproven` (its columns a guess the arithmetic allowed) none."""
    placed: set[str] = set()
    if not any(key not in excluded and code != "figures_apart" and row.aligned and row.has_figures()
               and (problem or key not in context) for key, (row, _, problem, code) in read.items()):
        return placed
    rows = [row for row, _, _, _ in read.values() if row.aligned]
    if _blank_cells_print_a_mark(rows):
        return placed
    figures_on = figures_by_line(rows)
    before_placing = dict(read)

    def proven() -> list[tuple[Row, list]]:
        return [(row, fitted) for key, (row, fitted, problem, code) in read.items()
                if (key in placed or (key in context and key not in unproven)) and not problem and row.aligned
                and code != "figures_apart"]

    while True:
        marks = proven_marks(proven())
        before = len(placed)
        for key, (row, fitted, problem, code) in read.items():
            if key in placed or key in excluded or code == "figures_apart" or not row.aligned or \
                    (not problem and key in context) or row.page not in marks:
                continue
            cells = placed_by_page_order(row, marks[row.page], columns, figures_on)
            if cells is None:
                continue
            fitted = [*cells, *[None] * (width - columns)]
            reading = reading_of(fitted)
            if columns == width and (reading is None or not R.applicant_sum_holds(reading)):
                continue
            if columns < width and not _shown_columns_keep_the_rules(read, context, placed, key, fitted, columns,
                                                                     outcomes):
                continue
            read[key] = (row, fitted, None, code)
            placed.add(key)
        if len(placed) == before:
            break
    # the page's figures, proven and placed, must keep both rules together: else its placements are undone
    kept = proven_marks(proven())
    for key in list(placed):
        if read[key][0].page not in kept:
            read[key] = before_placing[key]
            placed.remove(key)
    return placed


def _shown_columns_keep_the_rules(read: dict, context: dict, placed: set[str], key: str, fitted: list,
                                  columns: int, outcomes: tuple[str, ...]) -> bool:
    """Whether a cut table's row, `fitted` by page order, keeps APP_OUTCOME_SUM and APP_BALANCE in each
    column shown (the first `columns`) with the rows read cleanly and placed so far (a cell cut at the
    page's edge, or not read, leaves its column's rules out)."""
    table: dict[str, tuple] = {}
    unread: set[tuple[str, int]] = set()
    for other, (_, cells, problem, _) in read.items():
        if other != key and (problem or (other not in context and other not in placed)):
            continue
        cells = fitted if other == key else cells
        values = []
        for column, raw in enumerate(cells):
            value = read_count(raw.text) if raw is not None and column < columns else None
            if value is None or value.state == UNKNOWN:
                unread.add((other, column))
            values.append(value.value if value is not None and value.state != UNKNOWN else None)
        table[other] = tuple(values)
    return not R.failing_columns(table, outcomes, of=key, unread=frozenset(unread))


def _mark_placed_by_page_order(report: ParsedReport, where: str, row: Row, cells: list[Cell]) -> None:
    """Cells placed by where pdftotext set their figures (page_order.py): recovered, with a warning."""
    texts = " | ".join(cell.as_written or "" for cell in cells if cell.state == VALUE)
    report.warn("page_order", f"{where}: no header places its figures ({texts}); the figures of its page "
                "whose columns are proven bound where pdftotext set them (one starting left of another stands in "
                "its column or one to its left, two within 3 characters in one column), and with the row's order "
                "they leave one way only; marked recovered", row.line)
    for cell in cells:
        if cell.state == VALUE:
            cell.state = RECOVERED


def _on_a_later_page_of_a_cut_header(row: Row, shown: int, width: int) -> tuple[list, str | None, str]:
    """A row on a later page of a table whose header shows its first `shown` columns only (the others cut
    at the page's edge, on every page): no figure, and the shown columns are blank, the cut ones unknown;
    figures, and where they stand is left to the page's columns (`_placed_under_a_cut_header`)."""
    if not row.has_figures():
        return [*[RawCell("", row.line) for _ in range(shown)], *[None] * (width - shown)], None, "columns_cut"
    return [None] * width, (f"{len(figure_parts(row.values()))} figures on a page that does not repeat the header, "
                            f"which shows its first {shown} columns only"), "columns_cut"


def _placed_under_a_cut_header(read: dict, header_page: int, shown: int, width: int,
                               outcomes: tuple[str, ...]) -> dict[str, tuple]:
    """The rows of later pages of a table whose header shows its first `shown` columns only, read by the
    page's own columns (`_placed_by_page_columns`): each column the page shows is one of the shown ones, the
    same for every row of the page, and each way to give them shown columns in order is tried against the
    columns' sums and balance with the rows read on the header's page (the cut columns, unknown in every row,
    constrain nothing; the totals are cut, so no row's own sum). A row that reads alike in every way that
    keeps them is placed: key → (reading of the shown columns, its figures). A row printing nothing is blank in
    the shown columns on any page (`_on_a_later_page_of_a_cut_header`) and counts in the sums as such."""
    context = {}
    for key, (row, fitted, problem, _) in read.items():
        if not problem and (reading := reading_of(fitted[:shown])) is not None:
            context[key] = (*reading, *[None] * (width - shown))
    pages: dict[int, list[str]] = {}
    for key, (row, _, problem, _) in read.items():
        if row.page != header_page and row.aligned and problem:
            pages.setdefault(row.page, []).append(key)
    placed: dict[str, tuple] = {}
    while True:
        before = len(placed)
        for keys in pages.values():
            open_keys = [key for key in keys if key not in placed]
            for key, reading in _a_page_in_shown_columns(open_keys, read, context, shown, width, outcomes).items():
                placed[key] = reading
                context[key] = reading[0]
        if len(placed) == before:
            break
    open_keys = [key for keys in pages.values() for key in keys if key not in placed]
    return placed | _rows_in_shown_columns(open_keys, read, context, shown, width, outcomes)


def _rows_in_shown_columns(keys: list[str], read: dict, context: dict, shown: int, width: int,
                           outcomes: tuple[str, ...]) -> dict[str, tuple]:
    """Rows of later pages whose page's columns are not told apart (pdftotext squeezed a figure against a long
    label): each row's figures, in order, in any shown columns, narrowed together by the columns' sums and
    balance with the rest of the table (`R.settle_table`). A row left with one reading that keeps them is placed."""
    free: dict[str, list] = {}
    for key in keys:
        parts = figure_parts(read[key][0].values())
        if not parts or any(read_count(part.text).state != VALUE for part in parts):
            continue
        readings = aligned_readings(parts, [0.0] * shown, lambda reading: True, free=True)
        if readings:
            free[key] = [(*reading, *[None] * (width - shown)) for reading in readings]
    if not free:
        return {}
    settled = R.settle_table({key: [reading] for key, reading in context.items()} | free, outcomes)
    table = dict(context)
    one = {key: settled[key][0] for key in free if len(settled.get(key, ())) == 1}
    table.update(one)
    return {key: (reading, figure_parts(read[key][0].values())) for key, reading in one.items()
            if R.column_rules_hold(key, reading, table, outcomes)}


def _a_page_in_shown_columns(keys: list[str], read: dict, context: dict, shown: int, width: int,
                             outcomes: tuple[str, ...]) -> dict[str, tuple]:
    """_placed_under_a_cut_header for the rows of one page."""
    parts_of = {key: figure_parts(read[key][0].values()) for key in keys}
    if not keys or any(part.x is None or read_count(part.text).state != VALUE
                       for parts in parts_of.values() for part in parts):
        return {}
    ways = _ways_of_a_page(parts_of, shown)
    if ways is None:
        return {}
    kept: dict[str, set] = {key: set() for key in keys}
    for way in ways:
        readings = {}
        for key in keys:
            values: list = [None] * width
            for part, column in zip(parts_of[key], way[key]):
                values[column] = read_count(part.text).value
            readings[key] = tuple(values)
        table = {**context, **readings}
        if all(R.column_rules_hold(key, reading, table, outcomes) for key, reading in readings.items()):
            for key in keys:
                kept[key].add(readings[key])
    return {key: (next(iter(found)), parts_of[key]) for key, found in kept.items() if len(found) == 1}


def _write_placed_under_a_cut_header(report: ParsedReport, key: str, row: Row, placed: tuple, shown: int) -> None:
    reading, parts = placed
    texts = " | ".join(part.text.strip() for part in parts)
    report.warn("page_columns", f"table 3 {key}: on a page that does not repeat the header (which shows its first "
                f"{shown} columns only, the others cut at the page's edge), its figures ({texts}) placed in the shown "
                "columns as the template's rules allow one way only (the page's own columns, else the row's figures in "
                f"order), {[None if v is None else int(v) for v in reading[:shown]]}, the others shown blank and the "
                "cut ones unknown; marked recovered", row.line)
    for index, (column, value) in enumerate(zip(L.APPLICANT_KEYS, reading)):
        state = UNKNOWN if index >= shown else BLANK if value is None else RECOVERED
        report.cells.append(Cell("applications", key, column, value if index < shown else None, state, row.line, texts))


def _total_column_unprinted(header_rows: list[Row], found: Iterable[Row]) -> bool:
    """Aligned text or a converter's pipe rows whose header names applicant columns but not 总计 (cut at the page's
    edge whole, LibreOffice's page wider than the paper), where a row prints one figure alone, not 0, and nothing
    else on its line (its blank cells print nothing): that figure would be printed again as its total were the total column shown.
    Then no figure of a row is its total, and a reading taking its last figure for the total (`1 … 1` read as
    a part and its total) is a guess."""
    words = "".join(cell.text for row in header_rows for cell in row.cells)
    if "总" in words or "自然" not in words:
        return False
    for row in found:
        values = [cell for cell in row.values() if not cell.is_empty]
        # (a converter's pipe row too: `|  | 5.属于三类内部事务信息 | 2 |  |  |  |`, its empty cells blank)
        if (row.aligned or row.piped) and len(values) == 1 and len({cell.line for cell in row.cells}) == 1:
            value = read_count(values[0].text)
            if value.state == VALUE and value.value:
                return True
    return False


def _sum_holds_or_total_cut(reading: R.Reading) -> bool:
    return R.applicant_sum_holds(reading) or R.total_cut_short(reading)


def _cut_totals_summed(readings: list[R.Reading]) -> list[R.Reading]:
    """Readings of a row under a header whose total column the page's edge cuts, each whose total is its
    parts' sum cut short (`recovery.total_cut_short`) with that sum as its total, the one value
    APP_APPLICANT_SUM leaves (the cut figure is never read); one of each."""
    out: list[R.Reading] = []
    for reading in readings:
        if R.total_cut_short(reading):
            reading = (*reading[:-1], sum((v for v in reading[:-1] if v is not None), Decimal(0)))
        if reading not in out:
            out.append(reading)
    return out


def _total_of_blank_parts(cells: list[Cell], cells_known: bool, placed: bool = False) -> bool:
    """A row of cells whose last, its total, was cut off the page (unknown) and whose parts all print a blank
    mark (or, `cells_known`, print empty; `placed`, read blank in aligned text whose shown columns place each
    figure): blank or 0 as the report prints such sums (blank_totals.py)."""
    *parts, total = cells
    return total.state == UNKNOWN and BT.all_marked_blank(parts, empty=cells_known, placed=placed)


def _total_of_placed_blanks(cells: list[Cell], placed: bool, cut_blank_totals: list[Cell] | None) -> None:
    """A row of a later page placed under a header showing every column but the total (cut at the page's edge,
    `_placed_under_a_cut_header`) whose line prints no figure, its parts all read blank: its total, unknown, is
    a total over blank parts (blank_totals.py). (A row printing figures keeps its total unknown: a report may
    leave such a total blank where its parts do not add up, and nothing on the page shows it.)"""
    if cut_blank_totals is not None and _total_of_blank_parts(cells, False, placed):
        cut_blank_totals.append(cells[-1])


def _total_from_its_parts(cells: list[Cell]) -> bool:
    """A row of cells whose last, its total, was cut off the page while its parts were read (each a
    value or blank): the total set, in place, to the parts' sum, the one value the row's rule
    (APP_APPLICANT_SUM, REVIEW_SUM) leaves, and marked recovered: likely, not certain (a report may
    not add up), so never evidence that a rule passes. When every part is blank, or the parts mix
    blanks and zeros (the row itself leaves a 0 blank), the total may be printed blank or 0, and
    stays unknown. Says whether it set the total."""
    *parts, total = cells
    if total.state != UNKNOWN or any(cell.state not in (VALUE, BLANK) for cell in parts) \
            or all(cell.state == BLANK for cell in parts):
        return False
    if not any(cell.value for cell in parts) and any(cell.state == BLANK for cell in parts):
        return False
    total.value, total.state = sum((cell.value or Decimal(0) for cell in parts), Decimal(0)), RECOVERED
    return True


# a word of its own that is a figure or a blank mark (`28`, `无`, `—`), wherever it stands in a row's cells
_FIGURE_OR_MARK_RE = re.compile(rf"{CB.FIGURE_RE.pattern}|{'|'.join(map(re.escape, sorted(L.BLANK_TOKENS - {''})))}")
# a dash glued to the end of a label's line (`4.保护第三方合法权—` / `益`): the cell beside a wrapped label,
# written with no space before it; no label of the templates ends on a dash
_DASH_GLUED_TO_A_LABEL_RE = re.compile(r"[\u3400-\u9fff）)]([—–－-]{1,2})$")


def _figures_and_marks(rows: list[Row]) -> list[RawCell]:
    """The figures and blank marks of rows written in column chunks, in reading order, each word a cell:
    `28 0` and `无 2` are two items of the page side by side (read left to right), a line of them may
    be taken for a label (`无 无`), and a blank mark may end a label's line (`5.属于三类内部事务信息 无`;
    a figure there is a label's, `（五）不 3 . 要 求…`, and stays one)."""
    return [RawCell(word, cell.line) for row in rows for cell in row.cells for word in _figure_and_mark_words(cell.text)]


@lru_cache(maxsize=1 << 14)  # asked of every cell of every row of table 3: its words recur
def _figure_and_mark_words(text: str) -> tuple[str, ...]:
    """A cell's words that are figures or blank marks (`_figures_and_marks`)."""
    words = text.split()
    if not all(_FIGURE_OR_MARK_RE.fullmatch(word) for word in words):  # a label's words first
        label_end = len(words)
        while label_end and words[label_end - 1] in L.BLANK_TOKENS:
            label_end -= 1
        glued = _DASH_GLUED_TO_A_LABEL_RE.search(words[-1]) if label_end == len(words) else None
        words = [glued.group(1)] if glued else words[label_end:]  # only the blank marks that end its line
    return tuple(words)


def _read_in_column_chunks(report: ParsedReport, rows: list[Row], found: dict[str, Row], keys: tuple[str, ...],
                           past_the_heading: list[Row], blanks_unprinted: bool = False) -> tuple[bool, bool]:
    """Table 3 written column by column in chunks of rows (chunks.py: `pdftotext` without -layout):
    its labels found in order, and exactly its cells' count of figures on lines of their own, placed
    where the row sum allows one figure only; the figures may run on past the next section's heading
    (`past_the_heading`: the rows of the figure lines that follow it). Writes the cells and says
    (True, whether it took the figures past the heading); (False, False), nothing written, for any
    other text, or where no chunking keeps every row's sum. `blanks_unprinted`: a PDF's text, where a
    blank cell may print nothing: a table short of its cells by a blank or two is read as
    `_read_with_unprinted_blanks` says."""
    # the labels stand apart from the figures: most rows found hold no more than one figure (the first
    # column may stand beside its label), where a table read row by row gives each row its own
    holding = [row for row in found.values() if sum(len(cell.text.split()) for cell in row.values()) > 1]
    # or the first two columns written beside each label
    two_beside = _two_figures_beside_the_labels(found)
    if len(found) * 2 < len(keys) or (len(holding) * 2 >= len(found) and not two_beside):
        return False, False
    # （六）其他处理 printed as one row: its three sub-rows are not printed, so they hold no figures
    absent = [key for key in keys if "other" in found and key in _OTHER_SUB_ROWS and key not in found]
    keys = tuple(key for key in keys if key not in absent)
    width = len(L.APPLICANT_KEYS)
    # a blank mark before the first found row's label is the header's (`申请人情况` / `-`); a figure there
    # is a row's (the first row's figures may stand before its label, or its label be lost)
    first = _first_found_at(rows, found)
    figures = [cell for cell in _figures_and_marks(rows[:first]) if _is_figure(cell.text)] + \
        _figures_and_marks(rows[first:])
    past = 0  # figures taken from past the heading
    if len(figures) < len(keys) * width and past_the_heading:
        # the last chunks written past the next table's heading (`四、…`): taken only when they make the count
        apart = _figures_and_marks(past_the_heading)
        figures, past = figures + apart, len(apart)
    if blanks_unprinted and len(figures) > len(keys) * width and not absent:
        # more words than cells: wide figures wrapped a piece a line, their block maybe set before the others
        read = _read_with_totals_first(report, rows, found, keys, figures)
        return read, read and past > 0
    if len(figures) != len(keys) * width:
        if blanks_unprinted and 0 < len(keys) * width - len(figures) <= MAX_UNPRINTED_BLANKS:
            read = _read_with_unprinted_blanks(report, found, keys, absent, figures, two_beside)
            return read, read and past > 0
        return False, False
    reads = [read_count(cell.text) for cell in figures]
    if any(read.state == UNKNOWN for read in reads):
        return False, False
    # a row whose label stands after exactly the figures of the rows before it may open a page of its own
    lines = [cell.line for cell in figures]
    pages = [index for index, key in enumerate(keys)
             if key in found and bisect_left(lines, found[key].line) == index * width]
    values = [read.value for read in reads]
    chunk_lines = _past_the_heading_closed_up(lines, past)  # the lines the chunkings must fit
    # a page may write two columns beside its labels where another writes none (each page read on its own)
    chunkings = column_chunkings(values, len(keys), width, R.applicant_sum_holds, pages,
                                 leads=LEADS_TWO_BESIDE if two_beside else LEADS, lines=chunk_lines)
    chosen_by_the_rules = False  # the figures past the heading read as totals set apart, where only so the columns add up
    rival: Chunkings | None = None  # or both orders keep the rules: a cell read only where both read it alike
    if chunkings is not None and past and all(read.state == VALUE for read in reads):
        chunkings, chosen_by_the_rules, rival = _the_order_past_the_heading(values, keys, width, past, chunkings, chunk_lines)
    if chunkings is None and past:  # or they are the total column of some chunks, set apart from the others
        chunkings = column_chunkings(values, len(keys), width, R.applicant_sum_holds, last_apart=past, lines=chunk_lines)
    if chunkings is None and not past:  # or set apart at the end of the table's own figures
        chunkings = _totals_apart_at_the_end(values, lines, len(keys), width)
    apart: list[Chunkings] = []  # the rows above the outcomes read as a part of their own, no label saying so
    if chunkings is None:
        apart = _rows_above_the_outcomes_apart(values, keys, width, LEADS_TWO_BESIDE if two_beside else LEADS, chunk_lines)
        chunkings = apart[0] if apart else None
    elif _first_outcome_unfound(keys, found) and _a_rows_figures_before_the_outcomes(keys, found, lines, width) and (others := [
            other for other in _rows_above_the_outcomes_apart(values, keys, width,
                                                              LEADS_TWO_BESIDE if two_beside else LEADS, chunk_lines)
            if other.placed() != chunkings.placed()]):
        # the first outcome's label lost (`（一）予以公开` cut whole): no label says where the outcome rows open, so
        # the rows above may be written on their own too, and a table of few figures keeps every sum both ways
        # (granted's `2 1 12 5 2 22` read as 1.属于国家秘密's): a cell read only where every reading reads it alike
        apart = [chunkings, *others]
    if chunkings is None:
        return False, False
    placed = chunkings.placed() if not apart else _alike_in_every(apart, values)
    if chosen_by_the_rules:  # the column rules chose the order: every cell rests on them, none proved
        placed = [[None if p is None else Placed(p.index, False) for p in cells] for cells in placed]
        report.warn("column_chunks", f"table 3: the {past} figure(s) past the next section's heading read as the "
                    "total column of some chunks, set apart after the others: in the order written no placing of "
                    "them keeps APP_OUTCOME_SUM and APP_BALANCE, set apart one does; every cell recovered",
                    figures[0].line)
    unproved = sum(1 for cells in placed for p in cells if p is None or not p.proved)
    report.warn("column_chunks", f"table 3: labels first, then the figures column by column in chunks of rows "
                f"(pdftotext without -layout); placed where every row's sum allows one chunking only; "
                f"{unproved} cell(s) recovered or unknown where the chunking rests on zeros or is not unique" +
                ("; the rows above the outcomes written on their own first, where no label found says where the "
                 f"outcome rows open: every place the sums allow ({len(apart)}) tried, a cell read only where all "
                 "read it alike, recovered" if apart else ""), figures[0].line)
    for key in absent:
        report.cells += [Cell("applications", key, applicant, None, UNKNOWN, None) for applicant in L.APPLICANT_KEYS]
    cells = _placed_cells("applications", keys, L.APPLICANT_KEYS, placed, figures, reads)
    if any(where is None for row in placed for where in row) and len(apart) < 2:
        settled = _chunkings_the_columns_settle(chunkings, keys)
        if settled is not None:
            cells = _with_settled_cells(report, cells, placed, settled, keys, width, figures, reads)
    cells = _with_row_orders_the_columns_refuse(report, cells, keys, width)
    if rival is not None:
        cells = _where_the_totals_apart_agree(report, cells, rival, keys, values, past)
    report.cells += _unproven_where_the_columns_refuse(report, cells, keys, placed)
    return True, past > 0


def _past_the_heading_closed_up(lines: list[int], past: int) -> list[int]:
    """The figures' `lines` with the last `past` (set past the next section's heading) on lines one after
    the other from the line after the figures before them, two of one line still on one: poppler sets
    the heading and those figures as flows of their own (empty lines between them, a figure a flow or
    a block's), so their lines say nothing of where a chunk's blocks end, only which figures share one
    (chunks.py's `_joined`)."""
    if not past or past >= len(lines):
        return lines
    closed = lines[: len(lines) - past]
    at = closed[-1] if closed else 0
    for before, line in zip(lines[len(lines) - past - 1 :], lines[len(lines) - past :]):
        at += line != before
        closed.append(at)
    return closed


def _the_order_past_the_heading(values: list[Decimal], keys: tuple[str, ...], width: int, past: int,
                                in_order: Chunkings, lines: list[int]) -> tuple[Chunkings, bool, Chunkings | None]:
    """Table 3 in column chunks whose last figures stand past the next section's heading (`past` of
    them, `_read_in_column_chunks`): in the order written (`in_order`, its chunkings keeping every row's
    sum), or as the total column of some chunks that pdftotext set apart after the others (`last_apart`
    of `column_chunkings`). Rows of zeros let both keep every row's sum; the column rules may tell them
    apart, each row's readings over all its chunkings tried (a refusal then holds for every chunking).
    Says (the chunkings to read, whether the column rules chose them, a rival). The chunkings apart,
    chosen by the rules (the caller marks their cells recovered), where no table of those in order keeps
    APP_OUTCOME_SUM and APP_BALANCE and some table apart does; those in order with the chunkings apart as
    a rival where both may keep them (too many steps: may), a cell then read only where both read it
    alike; those in order alone where no chunking apart keeps the rows' sums or the rules."""
    outcomes = L.outcome_rows_among(keys)
    gave_up: list[bool] = []
    apart = column_chunkings(values, len(keys), width, R.applicant_sum_holds, last_apart=past, gave_up=gave_up,
                             lines=lines)
    if gave_up:  # the chunkings apart unread may read any cell otherwise: a rival that places nothing
        return in_order, False, Chunkings(values, width, (), in_order.leads)
    if apart is None:
        return in_order, False, None
    apart_keeps = R.some_table_keeps_the_rules(dict(zip(keys, apart.readings())), outcomes)
    if apart_keeps is False:
        return in_order, False, None
    if apart_keeps and R.some_table_keeps_the_rules(dict(zip(keys, in_order.readings())), outcomes) is False:
        return apart, True, None
    return in_order, False, apart


def _where_the_totals_apart_agree(report: ParsedReport, cells: list[Cell], rival: Chunkings, keys: tuple[str, ...],
                                  values: list[Decimal], past: int) -> list[Cell]:
    """`cells` as read in the order written, unknown where the chunkings with the figures past the heading
    set apart as totals (`rival`, `_the_order_past_the_heading`) place no figure alike or another. A rival
    of no parts is a search that gave up: it places no cell, so every cell is unknown."""
    gave_up = not rival.parts
    rival_placed = [[None] * len(L.APPLICANT_KEYS) for _ in keys] if gave_up else rival.placed()
    at = {key: row for row, key in enumerate(keys)}
    disputed = 0
    kept = []
    for cell in cells:
        where = rival_placed[at[cell.row]][L.APPLICANT_KEYS.index(cell.column)] if cell.row in at else None
        if cell.state != UNKNOWN and (where is None or values[where.index] != (cell.value or Decimal(0))):
            cell = replace(cell, value=None, state=UNKNOWN, as_written=None)
            disputed += 1
        kept.append(cell)
    if disputed and gave_up:
        report.warn("column_chunks", f"table 3: the {past} figure(s) past the next section's heading end the table in "
                    "the order written, or may be the total column of some chunks set apart after the others: the "
                    f"search for those chunkings gave up (too many), so {disputed} cell(s) are unknown",
                    cells[0].line if cells else None)
    elif disputed:
        report.warn("column_chunks", f"table 3: the {past} figure(s) past the next section's heading end the table in "
                    "the order written, or are the total column of some chunks set apart after the others: both keep "
                    f"every rule it can check, and {disputed} cell(s) the two read differently are unknown",
                    cells[0].line if cells else None)
    return kept


class _BlockPart(NamedTuple):
    """Rows [first, end) of table 3 as `_beside_then_column_blocks` reads them: `lead` columns beside each
    label (`leads`, each row's), the others in poppler's blocks of `figures`."""

    first: int
    end: int
    lead: int
    leads: list[list[RawCell]]
    figures: list[RawCell]


def _beside_then_column_blocks(report: ParsedReport, rows: list[Row], found: dict[str, Row], keys: tuple[str, ...],
                               past_the_heading: list[Row]) -> tuple[bool, bool]:
    """Table 3 as `_column_blocks_as` reads it, each word a figure; where that finds no reading and the
    table prints full-width digits, again with its figures maybe wrapped in pieces (wrapped_blocks.py:
    `２０` / `１５` / `０` may be 200 wrapped round 15)."""
    read = _column_blocks_as(report, rows, found, keys, past_the_heading, False)
    if read[0] or not any(WB.is_piece(word) for row in (*rows, *past_the_heading) for cell in row.cells
                          for word in cell.text.split()):
        return read
    return _column_blocks_as(report, rows, found, keys, past_the_heading, True)


def _column_blocks_as(report: ParsedReport, rows: list[Row], found: dict[str, Row], keys: tuple[str, ...],
                      past_the_heading: list[Row], pieces: bool) -> tuple[bool, bool]:
    """Table 3 in a PDF's text (plain `pdftotext` of Chromium's) whose columns follow the labels as
    poppler's blocks, a band of rows at a time (column_blocks.py): one column's figures of the band a
    block, or neighbouring columns merged into one block read row by row, an empty line after each
    block, maybe past the next section's heading (`past_the_heading`). The first columns may stand
    beside each label instead, the same count of figures after every label (`一、本年` / `1,040 0`; the
    last label's first, then the blocks), the first rows' blocks maybe set after their labels
    (`_parts_of_blocks`); where figures may be wrapped, the one column beside the labels may be wrapped too
    (`_parts_with_wrapped_leads`), and where no way reads in the order written, a band's total column may
    stand after all the blocks (`_readings_with_totals_put_back`). Each reading of the blocks keeping every
    row's sum (bounded search) is kept
    where the table keeps every column rule; a cell all kept readings read alike is recovered (it rests
    on that model of the blocks), the others unknown. Read only where some reading is kept, or where
    the one reading there is breaks a column rule (said so). Says (whether it wrote the cells, whether
    it took the figures past the heading)."""
    absent = [key for key in keys if "other" in found and key in _OTHER_SUB_ROWS and key not in found]
    keys = tuple(key for key in keys if key not in absent)
    if len(keys) < 2 or keys[0] not in found:
        return False, False
    at = [(found[key].line, index) for index, key in enumerate(keys) if key in found]
    if any(later <= earlier for (earlier, _), (later, _) in pairwise(at)):
        return False, False
    width = len(L.APPLICANT_KEYS)
    # `pieces`: full-width figures may be wrapped in pieces in their narrow columns (`１,０` / `８０`): the
    # blocks read as wrapped_blocks.py allows, each cell its pieces
    mine = _block_figures(rows[_first_found_at(rows, found):], pieces)
    past = _block_figures(past_the_heading, pieces)
    if mine is None or past is None or not (mine or past) or (mine and mine[0].line < at[0][0]):
        return False, False
    starts = [line for line, _ in at]
    gaps: list[list[RawCell]] = [[] for _ in at]  # the figures from each label found to the next
    for figure in mine:
        gaps[bisect_left(starts, figure.line + 1) - 1].append(figure)
    spans = [(index, end) for (_, index), (_, end) in zip(at, [*at[1:], (0, len(keys))])]
    parts = _parts_of_blocks(gaps, spans, past, width)
    # the one column beside the labels wrapped in pieces (`１` / `（七）总计` / `２`): each way of its pieces
    alternatives = [parts] if parts is not None else _parts_with_wrapped_leads(gaps, spans, past, width) \
        if pieces else None
    if not alternatives:
        return False, False
    limit = WB.TABLES_KEPT if pieces else CB.READINGS_KEPT
    laid: list[tuple[list[_BlockPart], list[list[Decimal | None]], tuple]] = []  # each table's parts, values, readings
    try:
        # the blocks in the order written, and only where no way reads so, a band's total column put back
        for put_back in (False, True):
            for parts in alternatives:
                read = _part_readings(parts, width, pieces, put_back)
                if read is None:
                    continue
                found_readings, values = read
                if len(laid) + prod(map(len, found_readings)) > limit:
                    return False, False
                laid += [(parts, values, choice) for choice in product(*found_readings)]
            if laid:
                break
    except WB.Spent:
        return False, False
    if not laid:
        return False, False
    outcomes = L.outcome_rows_among(keys)
    tables = [{keys[part.first + row]: _block_row(part, part_values, cells, row)
               for part, part_values, reading in zip(parts, values, choice) for row, cells in enumerate(reading)}
              for parts, values, choice in laid]
    kept = [index for index, table in enumerate(tables)
            if all(R.column_rules_hold(key, reading, table, outcomes) for key, reading in table.items())]
    # one reading the blocks' sizes and the row sums allow, whose table breaks a column rule: the report's
    # columns do not add up as printed (its rows do), read as the one reading there is, said so; not where
    # figures may wrap: that reading rests on the model of pieces, which the column rules alone check
    # (fuzz_wrapped_blocks: two blocks swapped read as the one reading there is, two cells wrong), nor where a
    # band's total column was put back: that reading rests on the model of the order too
    printed_apart = not kept and len(tables) == 1 and not pieces and not put_back
    if printed_apart:
        kept = [0]
    if not kept:
        return False, False
    unknown = 0
    for key in absent:
        report.cells += [Cell("applications", key, applicant, None, UNKNOWN, None) for applicant in L.APPLICANT_KEYS]
    # the figures a kept reading places in each row's cells, for their lines and text as printed
    parts, _, choice = laid[kept[0]]
    printed = {keys[part.first + row]: [*part.leads[row], *(_block_cell(part, index) for index in cells)]
               for part, reading in zip(parts, choice) for row, cells in enumerate(reading)}
    for key in keys:
        options = {tables[index][key] for index in kept}
        for column, applicant in enumerate(L.APPLICANT_KEYS):
            if len({reading[column] for reading in options}) == 1:
                cell = printed[key][column]
                report.cells.append(Cell("applications", key, applicant, tables[kept[0]][key][column], RECOVERED,
                                         cell.line, cell.text.strip()))
            else:
                unknown += 1
                report.cells.append(Cell("applications", key, applicant, None, UNKNOWN, found[key].line
                                         if key in found else None))
    beside = max(part.lead for part in laid[kept[0]][0])
    report.warn("column_blocks", "table 3: its figures after the labels as poppler's blocks, one column or "
                "neighbouring columns of a band of rows each (plain pdftotext of a PDF)" +
                (f", the first {beside} column(s) of some rows beside their labels" if beside else "") +
                (", full-width figures wrapped in pieces joined as poppler orders a row's lines and each column's "
                 "width allows (wrapped_blocks.py)" if pieces else "") +
                ": read as the blocks' sizes allow where every row keeps its sum and the table its column rules "
                f"({len(kept)} reading(s)); recovered; {unknown} cell(s) the readings read apart unknown" +
                ("; the one reading there is breaks APP_OUTCOME_SUM or APP_BALANCE: the report's columns do not "
                 "add up as printed" if printed_apart else ""), found[keys[0]].line)
    return True, bool(past)


def _part_readings(parts: list[_BlockPart], width: int, pieces: bool, put_back: bool = False
                   ) -> tuple[list[list[list[list[int]]]], list[list[Decimal | None]]] | None:
    """Each part's readings of `_column_blocks_as`' blocks keeping every row's sum (column_blocks.py), and
    each part's figures' values; None where a figure is no count, a part's words cannot fill its cells,
    or a part has no reading. With `put_back`, a part whose blocks read nothing in the order written is read
    with a band's total column set after all its other blocks (`_readings_with_totals_put_back`). WB.Spent
    where a search gives up (a reading missed could be the true one)."""
    found_readings: list[list[list[list[int]]]] = []  # each part's readings
    values: list[list[Decimal | None]] = []  # each part's figures' values
    for part in parts:
        reads = [read_count(cell.text) for cell in (*([] if pieces else part.figures),
                                                     *(cell for row in part.leads for cell in row))]
        if any(read.state != VALUE for read in reads):
            return None
        if pieces and not (part.end - part.first) * (width - part.lead) <= len(part.figures) <= \
                (part.end - part.first) * (width - part.lead) * WB.MAX_PIECES:
            return None  # each cell a word at least (a blank that prints nothing is not read so)
        values.append(_PieceValues(part.figures) if pieces else [read.value for read in reads[:len(part.figures)]])
        blocks: list[list[int]] = []  # each block's figures, as their indexes in the part's figures
        for index, cell in enumerate(part.figures):
            if blocks and cell.line <= part.figures[blocks[-1][-1]].line + 1:
                blocks[-1].append(index)
            else:
                blocks.append([index])
        memo: dict = {}  # wrapped_blocks.py's readings of each block, whatever the blocks' order
        readings = _band_readings_of(part, blocks, values[-1], width, pieces, memo)
        if readings == [] and put_back:  # no reading in the order written: a band's total column set apart
            readings = _readings_with_totals_put_back(part, blocks, values[-1], width, pieces, memo)
        if readings is None:
            raise WB.Spent
        if not readings:
            return None
        found_readings.append(readings)
    return found_readings, values


def _band_readings_of(part: _BlockPart, blocks: list[list[int]], values: list[Decimal | None], width: int,
                      pieces: bool, memo: dict | None = None, budget: list[int] | None = None) -> list | None:
    """column_blocks.py's readings of a part's `blocks` keeping every row's sum ([] where none, None where it
    gives up); `memo`, wrapped_blocks.py's readings of each block, and `budget`, the search's work, shared by
    calls over other orders."""
    return CB.band_readings(blocks, part.end - part.first, width - part.lead, partial(_block_row_holds, part, values),
                            limit=WB.TABLES_KEPT if pieces else CB.READINGS_KEPT,
                            work=WB.BANDS_TRIED if pieces else CB.BANDS_TRIED,
                            block_options=WB.options_of_blocks(
                                [cell.text for cell in part.figures], [cell.line for cell in part.figures],
                                blocks, width - part.lead, memo=memo) if pieces else None,
                            alike=partial(_block_values, values) if pieces else None, budget=budget)


def _readings_with_totals_put_back(part: _BlockPart, blocks: list[list[int]], values: list[Decimal | None],
                                   width: int, pieces: bool, memo: dict) -> list | None:
    """A part's readings (`_band_readings_of`) where poppler set the total column of a band, or of two,
    after all the other blocks (column_blocks.py's `totals_put_back`): every order it allows with one block
    put back read, and only where none reads, every order with two (as the blocks are put back only where
    the order written reads nothing); the readings of all gathered (those placing the same values once).
    None where the orders or an order's search pass their bounds (a shared budget of work): a reading missed
    could be the true one."""
    budget = [CB.ORDERS_WORK * (WB.BANDS_TRIED if pieces else CB.BANDS_TRIED)]
    for apart in range(1, CB.TOTALS_APART + 1):
        orders = CB.totals_put_back(blocks, apart)
        if orders is None:
            return None
        kept: dict[tuple, list] = {}
        for order in orders:
            readings = _band_readings_of(part, order, values, width, pieces, memo, budget)
            if readings is None:
                return None
            for reading in readings:
                kept.setdefault(_block_values(values, reading), reading)
            if len(kept) > (WB.TABLES_KEPT if pieces else CB.READINGS_KEPT):
                return None
        if kept:
            return list(kept.values())
    return []


# figures on lines of their own in table 4's text past which some are table 3's: twice its cells (a page's
# number a line of one figure too)
_MORE_THAN_TABLE_4 = 2 * len(L.REVIEW_OUTCOME_KEYS) * len(L.PROCEEDING_KEYS)


def _figures_past_beyond_table_4(report: ParsedReport, table_4_texts: Sequence[str], keys: Sequence[str],
                                 found: dict[str, Row]) -> bool:
    """Table 3 in a PDF's text without -layout whose rows print no figure, its labels alone, where table 4's
    text (`table_4_texts`) holds more figures on lines of figures alone than table 4 can (`_MORE_THAN_TABLE_4`): table 3's
    figures stand there (its blocks past table 4's heading, plain `pdftotext`) where no reader placed them,
    so its cells are unknown, never blank (a row printing nothing reads as blank cells where blank cells
    print nothing). Says whether it wrote them."""
    # counted only here, where table 3 prints no figure: the rare case that needs it
    figures = sum(len(text.split()) for text in table_4_texts if CB.figures_alone(text))
    if figures <= _MORE_THAN_TABLE_4:
        return False
    line = min(row.line for row in found.values())
    report.warn("figures_past_the_heading", f"table 3: no row prints a figure, and table 4's text holds {figures} "
                "figures on lines of their own, more than table 4 can: table 3's figures stand there (plain pdftotext) "
                "where no reader placed them; its cells are unknown", line)
    for key in keys:
        report.cells += [Cell("applications", key, applicant, None, UNKNOWN, found[key].line if key in found else None)
                         for applicant in L.APPLICANT_KEYS]
    return True


def _block_values(values: dict, reading: list[list[tuple[int, ...]]]) -> tuple:
    """A reading of `_beside_then_column_blocks`' blocks as its cells' values: readings that place the same
    values alike are one."""
    return tuple(tuple(values[cell] for cell in row) for row in reading)


def _pieces_cut_in_their_thousands(rows: Sequence[Row]) -> bool:
    """Whether a word of the rows is a piece of a full-width figure cut inside its thousands (`１,０`, `２，`):
    digits and separators, no whole count."""
    return any(WB.is_piece(word) and not CB.FIGURE_RE.fullmatch(word)
               for row in rows for cell in row.cells for word in cell.text.split())


class _PieceValues(dict):
    """Each cell's value where a cell of `_beside_then_column_blocks` is its pieces' positions (a tuple;
    wrapped_blocks.py): the count its pieces make, read once."""

    def __init__(self, figures: list[RawCell]) -> None:
        super().__init__()
        self.figures = figures

    def __missing__(self, cell: tuple[int, ...]) -> Decimal | None:
        self[cell] = read_count("".join(self.figures[index].text for index in cell)).value
        return self[cell]


def _block_cell(part: _BlockPart, index: int | tuple[int, ...]) -> RawCell:
    """The figure of a cell of `_beside_then_column_blocks` as printed: its word, or its pieces joined (on
    the line of the first)."""
    if isinstance(index, int):
        return part.figures[index]
    return RawCell("".join(part.figures[at].text for at in index), part.figures[index[0]].line)


def _block_row(part: _BlockPart, values: list[Decimal | None], cells: Sequence[int], row: int
               ) -> tuple[Decimal | None, ...]:
    """Row `row` of a part of `_beside_then_column_blocks` (counted from the part's first): its figures
    beside its label, then those of the blocks at `cells`."""
    return (*(read_count(cell.text).value for cell in part.leads[row]), *(values[index] for index in cells))


def _block_row_holds(part: _BlockPart, values: list[Decimal | None], row: int, cells: Sequence[int]) -> bool:
    """Whether row `row` of a part of `_beside_then_column_blocks` keeps its sum (APP_APPLICANT_SUM)."""
    return R.applicant_sum_holds(_block_row(part, values, cells, row))


def _parts_of_blocks(gaps: list[list[RawCell]], spans: list[tuple[int, int]], past: list[RawCell], width: int
                     ) -> list[_BlockPart] | None:
    """How table 3's figures stand as `_beside_then_column_blocks` reads them, from the figures between
    each label found and the next (`gaps`; `spans`, the rows from that label to the next found, the last
    to the table's end) and those past the next heading (`past`):
    - the same count of figures, `lead` a row, between every two labels, and at least so many after the
      last: each row's first `lead` columns beside its label; the others' blocks follow the last label's
      own, after an empty line;
    - the first rows' figures, a whole row's each, set in blocks after the last of their labels
      (`一、…` / `二、…` / `（一）…` / `（二）…` then 28 figures), the rows after as above;
    - no figures between the labels but after those of at most two labels (a page's rows each), a
      row's worth at least: every figure is the blocks', every column theirs.
    None for any other text."""
    counts = [len(cells) for cells in gaps]
    rows = spans[-1][1]
    head = next((index for index, count in enumerate(counts) if count), None)
    if head is None:  # every figure past the next heading
        return [_BlockPart(0, rows, 0, [[] for _ in range(rows)], past)] if past else None
    starts = [0]
    # the first rows in blocks of their own: the first gap holding figures holds all their cells
    if head < len(gaps) - 1 and counts[head] == spans[head][1] * width:
        starts.append(head + 1)
    for start in starts:
        lead = _lead_of(counts[start:], spans[start:], width)
        if lead is None:
            continue
        leads: list[list[RawCell]] = [[] for _ in range(spans[start][0])]
        for cells, (first, end) in zip(gaps[start:], spans[start:]):
            leads += [cells[row * lead:(row + 1) * lead] for row in range(end - first)]
        run = [*gaps[-1][(spans[-1][1] - spans[-1][0]) * lead:], *past]
        if not run or run[0].line <= leads[-1][-1].line + 1:
            continue  # the blocks open after an empty line
        tail = _BlockPart(spans[start][0], rows, lead, leads[spans[start][0]:], run)
        return [_BlockPart(0, spans[start][0], 0, leads[:spans[start][0]], gaps[head]), tail] if start else [tail]
    holding = [count for count in counts[:-1] if count]
    if len(holding) <= 2 and all(count >= width for count in holding):
        return [_BlockPart(0, rows, 0, [[] for _ in range(rows)], [cell for cells in gaps for cell in cells] + past)]
    return None


def _lead_of(counts: list[int], spans: list[tuple[int, int]], width: int) -> int | None:
    """The columns beside each label (`_parts_of_blocks`): the count of figures each row of every gap
    but the last holds, at least so many a row in the last (more, where no gap comes before it); between
    1 and `width` - 2."""
    first, end = spans[0]
    lead, uneven = divmod(counts[0], end - first)
    if uneven or not 1 <= lead <= width - 2:
        return None
    if any(count != lead * (end - first) for count, (first, end) in zip(counts[:-1], spans[:-1])):
        return None
    first, end = spans[-1]
    return lead if counts[-1] >= lead * (end - first) else None


# ways of the column beside the labels tried at most (`_parts_with_wrapped_leads`), and its search's work
_WRAPPED_LEADS_KEPT = 64
_WRAPPED_LEADS_WORK = 10_000


def _parts_with_wrapped_leads(gaps: list[list[RawCell]], spans: list[tuple[int, int]], past: list[RawCell],
                              width: int) -> list[list[_BlockPart]] | None:
    """`_parts_of_blocks` where the one column beside the labels holds full-width figures wrapped in pieces
    (`１` / `（七）总计` / `２` for 12: a gap holds a piece of the next row's figure, or two), so the gaps'
    counts differ: each way wrapped_blocks.py's `cells_beside_the_labels` reads that column (a row's figure
    ends in its own gap), the first rows' figures maybe set in blocks after their labels, wrapped too (a
    row's worth to four times that: `_parts_of_blocks`' second case). The blocks of the other columns open
    after an empty line that ends the last row's figure in the last gap; each such line tried. Only where
    every row of the column beside has a label found of its own. None where no way fits or past the bounds."""
    counts = [len(cells) for cells in gaps]
    rows = spans[-1][1]
    head = next((index for index, count in enumerate(counts) if count), None)
    if head is None or head == len(gaps) - 1:
        return None
    start = 0
    if spans[head][1] * width <= counts[head] <= spans[head][1] * width * WB.MAX_PIECES:
        start = head + 1  # the first rows in blocks of their own
    if any(end - first != 1 for first, end in spans[start:]) or not all(counts[start:-1]):
        return None
    last = gaps[-1]
    alternatives: list[list[_BlockPart]] = []
    work = [_WRAPPED_LEADS_WORK]
    for cut in range(1, len(last) + 1):
        run = [*last[cut:], *past]
        if not run or run[0].line <= last[cut - 1].line + 1:
            continue  # the blocks open after an empty line
        words = [cell for cells in gaps[start:-1] for cell in cells] + last[:cut]
        try:
            ways = WB.cells_beside_the_labels([cell.text.strip() for cell in words], [cell.line for cell in words],
                                              [*counts[start:-1], cut], _WRAPPED_LEADS_KEPT, work)
        except WB.Spent:
            return None
        if ways is None or len(alternatives) + len(ways) > _WRAPPED_LEADS_KEPT:
            return None
        for way in ways:
            leads = [[RawCell("".join(words[at].text.strip() for at in cell), words[cell[0]].line)] for cell in way]
            tail = _BlockPart(spans[start][0], rows, 1, leads, run)
            alternatives.append([_BlockPart(0, spans[start][0], 0, [[] for _ in range(spans[start][0])], gaps[head]),
                                 tail] if start else [tail])
    return alternatives or None


def _block_figures(rows: Sequence[Row], pieces: bool = False) -> list[RawCell] | None:
    """The figures of rows of table 3's blocks (`_beside_then_column_blocks`), in reading order, each
    word a cell, thousands grouped or not (`1,040 0` is two); a label's cells are left out. None where a
    cell holds a piece of a figure (`１,０`: a wide figure wrapped in its narrow column), unless `pieces`,
    or a blank mark, which the blocks' model does not read (poppler drops a mark alone on a block's line
    before another: a blank that prints nothing)."""
    figures: list[RawCell] = []
    for row in rows:
        for cell in row.cells:
            words = cell.text.split()
            if words and all(CB.FIGURE_RE.fullmatch(word) or pieces and WB.is_piece(word) for word in words):
                figures += [RawCell(word, cell.line) for word in words]
            elif words and all(CB.DIGITS_RE.fullmatch(word) or word in L.BLANK_TOKENS for word in words):
                return None
    return figures


def _read_with_unprinted_blanks(report: ParsedReport, found: dict[str, Row], keys: tuple[str, ...],
                                absent: list[str], figures: list[RawCell], two_beside: bool) -> bool:
    """Table 3 in column chunks in a PDF's text (`_read_in_column_chunks`) whose figures fall short of
    its cells by one or two (at most chunks.py's `MAX_UNPRINTED_BLANKS`): a full table where a blank
    cell or two printed nothing (Chromium's PDF through plain `pdftotext`). Each row's readings in every
    chunking that keeps each row's sum with the blanks in some place (chunks.py's
    `unprinted_blank_readings`, a blank counting as 0), narrowed to those some table keeping
    APP_OUTCOME_SUM and APP_BALANCE uses (`recovery.settle_table`): a figure all of them read alike in
    a cell is recovered (never evidence that a rule passes), the other cells unknown. A cell that printed
    nothing is unknown too, wherever it stands: it is blank, or a 0 the text lost, and the sums read
    both alike. Nothing is written (False) where a figure is no count, the search gives up, or a row
    has no reading."""
    width = len(L.APPLICANT_KEYS)
    reads = [read_count(cell.text) for cell in figures]
    if any(read.state != VALUE for read in reads):  # a blank mark: blanks print here, the count says nothing
        return False
    lines = [cell.line for cell in figures]
    counts = {index: bisect_left(lines, found[key].line) for index, key in enumerate(keys) if key in found}
    values = [read.value for read in reads]
    readings = unprinted_blank_readings(values, len(keys), width, R.applicant_sum_holds,
                                        len(keys) * width - len(values), counts,
                                        LEADS_TWO_BESIDE if two_beside else LEADS)
    if not readings:
        return False
    cells, placed = _cells_of_chunk_readings(keys, readings, found, figures, lambda index, value: figures[index].text.strip())
    unknown = sum(cell.state == UNKNOWN for cell in cells)
    unread = [key for key, row in zip(keys, readings) if not row]
    report.warn("column_chunks", f"table 3: labels first, then the figures column by column in chunks of rows "
                f"(pdftotext without -layout), {len(keys) * width - len(values)} figure(s) short of its cells: blank "
                "cells that printed nothing. Every place of them where each row keeps its sum tried, and the rows' "
                "readings APP_OUTCOME_SUM and APP_BALANCE leave: a figure read only where all read it alike, "
                f"recovered; {unknown} cell(s) unknown, among them those that printed nothing (blank, or a 0 the "
                "text lost)" + (f"; {len(unread)} rows (from {unread[0]}) stand in a part of the table (a row "
                                "opening it after exactly the figures of the rows before it, less the blanks) that "
                                "keeps no row's sum in any placing: unknown, the other parts read on their own"
                                if unread else ""),
                figures[0].line)
    for key in absent:
        report.cells += [Cell("applications", key, applicant, None, UNKNOWN, None) for applicant in L.APPLICANT_KEYS]
    report.cells += _unproven_where_the_columns_refuse(report, cells, keys, placed)
    return True


def _read_with_totals_first(report: ParsedReport, rows: list[Row], found: dict[str, Row], keys: tuple[str, ...],
                            figures: list[RawCell]) -> bool:
    """Table 3 in column chunks in a PDF's text (`_read_in_column_chunks`) with more words than cells: wide
    figures wrapped a piece a line in narrow columns (Chromium's PDF through plain `pdftotext`), whose
    total column's first rows may be set before all the other figures and the first rows written whole
    (chunks.py's `totals_first_readings`). Each row's readings narrowed to those some table keeping
    APP_OUTCOME_SUM and APP_BALANCE uses (`recovery.settle_table`): a figure all of them read alike is
    recovered (never evidence that a rule passes), the other cells unknown. Nothing is written (False)
    where a figure is no count, the search gives up, or a row has no reading."""
    width = len(L.APPLICANT_KEYS)
    if any(read_count(cell.text).state == UNKNOWN for cell in figures):
        return False
    alone = {cell.line for row in rows for cell in row.cells if len(cell.text.split()) == 1}
    lines = [cell.line for cell in figures]
    on_line = Counter(lines)
    words = [Word(cell.text.strip(), cell.line, cell.line in alone and on_line[cell.line] == 1) for cell in figures]
    counts = {index: bisect_left(lines, found[key].line) for index, key in enumerate(keys) if key in found}
    # the total column of the last chunks may be set apart after the others: a paragraph of its own
    apart_at = [len(words) - index for index in range(max(1, len(words) - len(keys)), len(words))
                if lines[index] > lines[index - 1] + 1]
    readings = totals_first_readings(words, len(keys), width, R.applicant_sum_holds, counts, apart_at)
    if not readings:
        return False

    def text_of(index: int, value: Decimal) -> str:  # a figure's words from its first, its digits joined
        text, at = "", index
        while at < len(words) and L.normalize_text(text) != str(value):
            text, at = text + words[at].text, at + 1
        return text

    cells, placed = _cells_of_chunk_readings(keys, readings, found, figures, text_of)
    at = {(cell.row, cell.column): cell for cell in cells}
    if _rules_past_mending({key: [None if (cell := at[key, column]).state == UNKNOWN else cell.value or Decimal(0)
                                  for column in L.APPLICANT_KEYS] for key in keys}, keys):
        # the order rests on the rows' sums alone, which a row keeps with its parts in any order (a figure set
        # in a neighbour's column): a column rule no figure in the unknown cells could mend may be such an
        # order as well as the report's misprint, and the two read alike: nothing is read
        return False
    unknown = sum(cell.state == UNKNOWN for cell in cells)
    report.warn("column_chunks", f"table 3: labels first, then the figures column by column in chunks of rows "
                f"(pdftotext without -layout), {len(words) - len(keys) * width} word(s) more than its cells: wide "
                "figures wrapped a piece a line, the total column of the first rows maybe set before the others and "
                "the first rows written whole. Every such order and grouping of the pieces where each row keeps its "
                "sum tried, and the rows' readings APP_OUTCOME_SUM and APP_BALANCE leave: a figure read only where "
                f"all read it alike, recovered; {unknown} cell(s) unknown", figures[0].line)
    report.cells += _unproven_where_the_columns_refuse(report, cells, keys, placed)
    return True


def _rules_past_mending(table: dict[str, list[Decimal | None]], keys: Sequence[str]) -> Decimal:
    """How far APP_OUTCOME_SUM and APP_BALANCE fail in table 3's columns whatever figures (never below 0) its
    unknown cells hold (`table`: a row per key, a cell None where unknown, 0 where blank), summed over the
    columns and the rules, with the one the two make without results_total (whose cells may be unknown): the
    outcome rows and carried_forward add up to new_received and carried_over. For each, what the side with no
    unknown cell lacks of the other side's known figures, or how far two known sides differ; 0 where every rule
    could hold. A rule needing a row not among `keys` is left out, and an outcome rule in a column the outcome
    rows leave blank (`R.failing_columns`: some reports print 总计 only in the totals rows)."""
    outcomes = L.outcome_rows_among(keys)
    rules = [(outcomes, ("results_total",)), (R.BALANCE_ROWS[:2], R.BALANCE_ROWS[2:]),
             ((*outcomes, "carried_forward"), R.BALANCE_ROWS[:2])]
    past = Decimal(0)
    for left, right in rules:
        if (not outcomes and left[0] != R.BALANCE_ROWS[0]) or any(key not in table for key in (*left, *right)):
            continue
        for column in range(len(L.APPLICANT_KEYS)):
            if left[0] in outcomes and not any(table[key][column] for key in outcomes):
                continue
            sides = [[table[key][column] for key in side] for side in (left, right)]
            one, other = (sum((value for value in side if value is not None), Decimal(0)) for side in sides)
            one_open, other_open = (None in side for side in sides)
            if not one_open and not other_open:
                past += abs(one - other)
            elif not one_open:
                past += max(other - one, Decimal(0))
            elif not other_open:
                past += max(one - other, Decimal(0))
    return past


def _cells_of_chunk_readings(keys: tuple[str, ...], readings: list[set[Placing]], found: dict[str, Row],
                             figures: list[RawCell], text_of: Callable[[int, Decimal], str]
                             ) -> tuple[list[Cell], list[list[Placed | None]]]:
    """Table 3's cells from each row's readings in column chunks (`_read_with_unprinted_blanks`,
    `_read_with_totals_first`), narrowed to those some table keeping APP_OUTCOME_SUM and APP_BALANCE uses:
    a figure all of them read alike recovered, the other cells unknown (a cell that printed nothing too)."""
    kept = R.settle_table({key: list(dict.fromkeys(tuple(value for value, _ in placing) for placing in row))
                           for key, row in zip(keys, readings)}, L.outcome_rows_among(keys))
    cells: list[Cell] = []
    placed: list[list[Placed | None]] = []
    for key, row in zip(keys, readings):
        placings = [placing for placing in row if tuple(value for value, _ in placing) in kept[key]] or list(row)
        line = found[key].line if key in found else figures[0].line
        placed.append([])
        for column, applicant in enumerate(L.APPLICANT_KEYS):
            seen = {placing[column][0] for placing in placings}
            # where a cell printed nothing it is blank, or a 0 the text lost (the sums cannot tell): unknown
            if len(seen) != 1 or any(placing[column][1] is None for placing in placings):
                placed[-1].append(None)
                cells.append(Cell("applications", key, applicant, None, UNKNOWN, line))
                continue
            placed[-1].append(Placed(0, False))
            value, index = seen.pop(), placings[0][column][1]
            if value is None:  # a blank mark (`无`) every reading puts here
                cells.append(Cell("applications", key, applicant, None, BLANK, figures[index].line,
                                  figures[index].text.strip()))
                continue
            cells.append(Cell("applications", key, applicant, value, RECOVERED, figures[index].line,
                              text_of(index, value)))
    return cells, placed


def _unread_piece(row: Row) -> RawCell | None:
    """The first piece of a row of aligned text that rows.py left unread (`STACKED`: a digit of a wide figure
    wrapped one digit a line over the row's lines; `CUT`), if any: no split or placement of the row's figures
    reads it as a figure (`２` of `１` / `２` is not 2), so the row is never read as cells run together or set
    out of place."""
    if not row.aligned:
        return None
    return next((cell for cell in row.values() if cell.problem in (STACKED, CUT)), None)


def _column_rules_failing(table: list[list[Decimal | None]], keys: Sequence[str]) -> set[int]:
    """`R.failing_columns` of `table` (a row per key, a cell None where unknown, 0 where blank: a blank
    and a zero read alike here, as a row's orders move them)."""
    unread = frozenset((key, c) for key, row in zip(keys, table) for c, value in enumerate(row) if value is None)
    return R.failing_columns(dict(zip(keys, table)), L.outcome_rows_among(keys), unread=unread)


def _with_row_orders_the_columns_refuse(report: ParsedReport, cells: list[Cell], keys: Sequence[str],
                                        width: int) -> list[Cell]:
    """Table 3 placed in column chunks whose column rules fail on the cells as placed. `pdftotext` may
    write a row's cells out of their columns' order (Chromium's PDF: a figure set after, or before,
    its neighbours' zeros), which the row's own sum cannot see: a sum is the same in any order. A row
    whose parts, in some other order, make every failing column rule hold without breaking another is
    one the text may have misordered. The one such row and order: its moved cells recovered; several:
    the cells they move unknown (never the order read, never a guess). None: the report does not add
    up whatever the order, and the cells stand as placed (its rules then fail)."""
    at = {(cell.row, cell.column): cell for cell in cells}
    table = [[None if (cell := at[key, column]).state == UNKNOWN else cell.value or Decimal(0)
              for column in L.APPLICANT_KEYS] for key in keys]
    failing = _column_rules_failing(table, keys)
    if not failing or width - 1 in failing:
        return cells  # every rule holds; or the totals' column fails, which no order of the parts changes
    fixes = []
    for row, (key, reading) in enumerate(zip(keys, table)):
        if None in reading or not any(reading[:-1]):
            continue
        for order in _orders_of(tuple(reading[:-1])):
            if order == tuple(reading[:-1]) or any(order[c] == reading[c] for c in failing):
                continue  # an order that leaves a failing column's cell as it was cannot mend that column
            trial = [*table[:row], [*order, reading[-1]], *table[row + 1:]]
            if not _column_rules_failing(trial, keys):
                fixes.append((row, order))
                if len(fixes) > _MAX_ROW_ORDER_FIXES:
                    return cells  # too many ways: the rules say nothing of which row it was
    if not fixes:
        return cells
    cells = list(cells)
    index = {(cell.row, cell.column): i for i, cell in enumerate(cells)}
    moved = [(row, column) for row, order in fixes for column in range(width - 1) if order[column] != table[row][column]]
    if len(fixes) == 1:
        (row, order), = fixes
        own = [cells[index[keys[row], applicant]] for applicant in L.APPLICANT_KEYS[:-1]]
        # a blank and a zero read alike in the rules: where the row holds both, a moved one is either
        mixed = any(cell.value is None for cell in own) and any(cell.value == 0 for cell in own)
        sources = [column for _, column in moved]  # the moved columns hold the moved figures, as written
        for _, column in moved:
            old = cells[index[keys[row], L.APPLICANT_KEYS[column]]]
            value = order[column] or None
            if value is None and mixed:
                cells[index[keys[row], L.APPLICANT_KEYS[column]]] = replace(old, value=None, state=UNKNOWN,
                                                                            as_written=None)
                continue
            if value is None and not any(cell.value is None for cell in own):
                value = Decimal(0)  # the row prints its zeros: a moved zero is a zero
            # the figure moved here, its own text and line (a column of the same figure, where several are)
            source = own[sources.pop(next(i for i, c in enumerate(sources) if table[row][c] == order[column]))]
            cells[index[keys[row], L.APPLICANT_KEYS[column]]] = replace(
                old, value=value, state=BLANK if value is None else RECOVERED, as_written=source.as_written,
                line=source.line)
        report.warn("cells_recovered", f"table 3 {keys[row]}: its figures in column chunks break APP_OUTCOME_SUM "
                    "or APP_BALANCE in the order written; one other order of one row's figures keeps every "
                    "column rule (pdftotext may write a row's cells out of order): that order, marked "
                    "recovered", own[0].line)
        return cells
    for row, column in moved:
        old = cells[index[keys[row], L.APPLICANT_KEYS[column]]]
        cells[index[keys[row], L.APPLICANT_KEYS[column]]] = replace(old, value=None, state=UNKNOWN, as_written=None)
    report.warn("column_rules_fail", f"table 3: figures in column chunks break APP_OUTCOME_SUM or APP_BALANCE in "
                f"the order written; {len(fixes)} other orders of a row's figures would keep them (pdftotext may "
                "write a row's cells out of order): the cells they move are unknown", cells[0].line)
    return cells


def _unproven_where_the_columns_refuse(report: ParsedReport, cells: list[Cell], keys: Sequence[str],
                                       placed: list[list[Placed | None]]) -> list[Cell]:
    """Table 3 placed in column chunks whose column rules still fail (no order of a row's parts mends
    them). A chunking is proven by its rows' sums alone, and rows of zeros keep a sum in any order: a
    text whose order no chunking describes (Chromium's PDF through `pdftotext`: the first column of the
    later rows written beside their labels after all the chunks) may still be placed by a chunking that
    its zeros let through, its figures given to other rows. Where a failing rule (APP_OUTCOME_SUM or
    APP_BALANCE, in a column) would hold with other figures in its cells no chunking proves (placed on
    zeros alone, or where the chunkings disagree), the placing is as likely wrong as the report: every
    cell of that rule's rows in that column is unknown, and so is every cell placed without proof of the
    rows of the column's other rule where that one cannot be checked (an unknown cell, a row not found):
    the figure the failing rule misses may be any of theirs. A rule that no figure in its unproven cells
    could mend is the report's: its cells stand as placed (the rule then fails)."""
    at = {(cell.row, cell.column): i for i, cell in enumerate(cells)}
    table = [[None if (cell := cells[at[key, column]]).state == UNKNOWN else cell.value or Decimal(0)
              for column in L.APPLICANT_KEYS] for key in keys]
    if not _column_rules_failing(table, keys):
        return cells
    as_read = dict(zip(keys, table))
    outcomes = L.outcome_rows_among(keys)
    unread = frozenset((key, c) for key, row in as_read.items() for c, value in enumerate(row) if value is None)
    unproven = {(key, c) for key, row in zip(keys, placed) for c, where in enumerate(row)
                if where is None or not where.proved or cells[at[key, L.APPLICANT_KEYS[c]]].state == RECOVERED}
    # each rule: its name, a row it stands in (`failing_columns`' `of`), its rows read, whether every row it needs is
    rules = [(rule, scope[0], [key for key in scope if key in as_read], all(key in as_read for key in scope))
             for rule, scope in (("APP_OUTCOME_SUM", (*outcomes, "results_total")), ("APP_BALANCE", R.BALANCE_ROWS))
             if scope[0] != "results_total"]
    failing = {rule: R.failing_columns(as_read, outcomes, of=first, unread=unread) for rule, first, _, _ in rules}
    doubted: set[tuple[str, int]] = set()
    failed = []
    for rule, _, rows, _ in rules:
        for c in sorted(failing[rule]):
            # the rule's two sides: the outcomes and their total; the rows in and the rows out
            left = outcomes if rule == "APP_OUTCOME_SUM" else R.BALANCE_ROWS[:2]
            sides = [[(as_read[key][c], (key, c) in unproven) for key in rows if (key in left) == first_side]
                     for first_side in (True, False)]
            if not _mendable(*sides):
                continue  # no other figure in the cells no chunking proves would make it hold: the report's own
            failed.append(f"{rule} {L.APPLICANT_KEYS[c]}")
            doubted |= {(key, c) for key in rows}
            # a rule of the column that an unknown cell or a missing row leaves unchecked checks nothing of its
            # rows: the figure the failing rule misses may be any of theirs placed without proof
            for _, _, others, whole in rules:
                if not whole or any((key, c) in unread for key in others):
                    doubted |= {(key, c) for key in others if (key, c) in unproven}
    if not doubted:
        return cells
    cells = list(cells)
    for key, c in doubted:
        i = at[key, L.APPLICANT_KEYS[c]]
        if cells[i].state != UNKNOWN:
            cells[i] = replace(cells[i], value=None, state=UNKNOWN, as_written=None)
    report.warn("column_rules_fail", f"table 3: placed in column chunks by its rows' sums, it breaks "
                f"{', '.join(failed)}, which other figures in cells no chunking proves would mend (rows of zeros "
                f"keep a sum in any order): the placing is not proven there, and {len(doubted)} cells of those "
                "columns (those rules' rows, and the unproven cells of a rule there that cannot be checked) are "
                "unknown", cells[0].line)
    return cells


def _mendable(left: list[tuple[Decimal, bool]], right: list[tuple[Decimal, bool]]) -> bool:
    """Whether a rule `sum(left) == sum(right)` that fails could hold with other figures (never below 0) in its
    cells no chunking proves (each (figure, unproven)): one on the smaller side could be larger, or those on
    the larger side, lowered, make up the difference."""
    low, high = sorted((left, right), key=lambda side: sum(value for value, _ in side))
    gap = sum(value for value, _ in high) - sum(value for value, _ in low)
    return any(unproven for _, unproven in low) or sum(value for value, unproven in high if unproven) >= gap


# a row's orders tried where its columns' rules fail (`_with_row_orders_the_columns_refuse`): past this many
# that keep the rules, nothing says which row was misordered and the cells stand as placed (rules failing)
_MAX_ROW_ORDER_FIXES = 16


def _orders_of(parts: tuple) -> set[tuple]:
    """Every distinct order of a row's parts (at most 6! = 720)."""
    return set(permutations(parts))


def _two_figures_beside_the_labels(found: dict[str, Row]) -> bool:
    """Most rows found, two in three, hold exactly two figures or blank marks after their label (a
    wrapped label's may stand on its neighbour's line, and the last row's line run on into the chunks):
    a text that writes the first two columns beside each label and the others in column chunks after
    them (Chromium through pdftotext: `…申请数量 1219 0`), on some pages at least. Only the figures are
    counted here; the caller's placing, row by row, keeps the sums."""
    # a row's count as `_figures_and_marks` gives it, its cells' words counted, not built
    counts = [sum(len(_figure_and_mark_words(cell.text)) for cell in row.values()) for row in found.values()][:-1]
    return bool(counts) and counts.count(2) * 3 >= len(counts) * 2


def _first_found_at(rows: list[Row], found: dict[str, Row]) -> int:
    """The index in `rows` of the first row the labels placed."""
    at = _positions(rows)
    return min(at[id(row)] for row in found.values())


def _unseen_blanks(figures: int, width: int) -> str:
    """Why a row of fewer figures than columns in a PDF's text without -layout is not read."""
    return (f"{figures} figures for {width} columns in a PDF's text (form feeds between its pages), where a "
            "blank cell leaves no line: which columns are blank is not known")


def _totals_of_narrow_column_chunks(report: ParsedReport, rows: list[Row], found: dict[str, Row],
                                    keys: tuple[str, ...]) -> bool:
    """Table 3 in column chunks (chunks.py) in a PDF's text, where a blank cell prints nothing, whose rows
    all print the same few columns (`26` / `26` / `0` / `0`: the first column and the total, the others
    left blank): exactly `k` figures a row for some k below the table's width, placed in chunks of k
    columns where every row keeps its sum. Nothing says which applicant columns the k - 1 parts stand
    in, so they and the blank columns are unknown; the last of each row is its total, recovered (it
    rests on every row printing the same columns, never evidence that a rule passes). Read only when
    the totals so placed keep APP_OUTCOME_SUM and APP_BALANCE; says whether it wrote the cells."""
    holding = [row for row in found.values() if sum(len(cell.text.split()) for cell in row.values()) > 1]
    if len(found) * 2 < len(keys) or len(holding) * 2 >= len(found) or \
            any(key in _OTHER_SUB_ROWS for key in keys if "other" in found):
        return False
    width = len(L.APPLICANT_KEYS)
    first = _first_found_at(rows, found)
    figures = _figures_and_marks(rows[first:])
    shown, uneven = divmod(len(figures), len(keys))
    if uneven or not 2 <= shown < width:
        return False
    reads = [read_count(cell.text) for cell in figures]
    if any(read.state != VALUE for read in reads):
        return False
    lines = [cell.line for cell in figures]
    pages = [index for index, key in enumerate(keys)
             if key in found and bisect_left(lines, found[key].line) == index * shown]
    chunkings = column_chunkings([read.value for read in reads], len(keys), shown, R.applicant_sum_holds, pages,
                                 lines=lines)
    if chunkings is None:
        return False
    # rows of zeros let chunks end anywhere: where chunkings disagree on a total, the column rules on the
    # totals may leave one (each row's totals as some chunking reads them; the true table is among them)
    outcomes = L.outcome_rows_among(keys)
    blank = (None,) * (width - 1)
    kept = R.settle_table({key: list(dict.fromkeys((*blank, reading[-1]) for reading in readings))
                           for key, readings in zip(keys, chunkings.readings())}, outcomes)
    # the rules must hold for some table of these totals (else they chose nothing: the report does not
    # add up as read, or `settle_table` gave up), a product bounded as the chunkings' choices are few
    open_rows = [key for key in keys if len(kept[key]) > 1]
    if prod(len(kept[key]) for key in open_rows) > _NARROW_TABLES_TRIED or not any(
            all(R.column_rules_hold(key, reading, table, outcomes) for key, reading in table.items())
            for choice in product(*(kept[key] for key in open_rows))
            for table in [{key: kept[key][0] for key in keys} | dict(zip(open_rows, choice))]):
        return False
    totals = [row[-1] for row in chunkings.placed()]
    report.warn("column_chunks", f"table 3: labels first, then {shown} figures a row column by column in chunks "
                f"of rows (pdftotext without -layout, a blank cell printing nothing): which applicant columns "
                f"they stand in is not known, so those cells are unknown; each row's last figure is its total, "
                f"recovered", figures[0].line)
    for key, where in zip(keys, totals):
        line = figures[where.index].line if where is not None else found[key].line if key in found else None
        report.cells += [Cell("applications", key, applicant, None, UNKNOWN, line) for applicant in L.APPLICANT_KEYS[:-1]]
        if key in open_rows:  # the rules keep several totals for it
            report.cells.append(Cell("applications", key, L.APPLICANT_KEYS[-1], None, UNKNOWN, line))
        else:
            total = kept[key][0][-1]
            report.cells.append(Cell("applications", key, L.APPLICANT_KEYS[-1], total, RECOVERED, line, str(total)))
    return True


def _first_column_beside_the_labels(report: ParsedReport, rows: list[Row], found: dict[str, Row],
                                    keys: tuple[str, ...], past_the_heading: list[Row]) -> tuple[bool, bool]:
    """Table 3 in a PDF's text whose first column stands beside each label and whose other columns follow
    all the labels in chunks, a blank cell printing nothing (`一、本年新收…` / `10` / `二、上年结转…` /
    `（一）予以公开` / `2` … then `2 1 1 5 3 17 …`). The first column is each row's figure beside its
    label, blank where none stands there; the last label's figure may be its own or open the chunks:
    each is tried, and read only where exactly one keeps APP_OUTCOME_SUM and APP_BALANCE in that column,
    with a figure other than zero among its cells (recovered: they rest on the column rules). The
    chunks' figures fill the rows and columns their sums allow in many ways (a row of blanks prints
    nothing to be counted: chunks.py's `sparse_chunk_readings`); a cell every such chunking that the
    column rules leave reads alike is recovered (a blank, blank), the others unknown. The chunks may run
    on past the next section's heading (`past_the_heading`), taken only when the chunks need them.
    Says (whether it wrote the cells, whether it took the figures past the heading)."""
    if any(key not in found for key in keys) or any(key in _OTHER_SUB_ROWS for key in keys if "other" in found):
        return False, False
    starts = [found[key].line for key in keys]
    if any(later <= earlier for earlier, later in pairwise(starts)):
        return False, False
    first = _first_found_at(rows, found)
    figures = _figures_and_marks(rows[first:])
    if not figures or figures[0].line < starts[0]:
        return False, False
    beside: list[list[RawCell]] = [[] for _ in keys]  # the figures from each label to the next
    for figure in figures:
        beside[bisect_left(starts, figure.line + 1) - 1].append(figure)
    last = beside.pop()
    if any(len(cells) > 1 for cells in beside) or len(last) < 2:
        return False, False
    reads = [read_count(cells[0].text) if cells else CellRead(BLANK, None) for cells in beside]
    if any(read.state not in (VALUE, BLANK) for read in (*reads, read_count(last[0].text))):
        return False, False
    outcomes = L.outcome_rows_among(keys)
    width = len(L.APPLICANT_KEYS)
    kept = []
    # its figure, or the chunks' first; a `-` there (plain pdftotext keeps one of a run where its flow ends)
    # is a blank either way, and the chunks' reading drops it: one reading
    owns = (CellRead(BLANK, None),) if last[0].text.strip() == "-" else (read_count(last[0].text), CellRead(BLANK, None))
    for own in owns:
        column = [read.value for read in (*reads, own)]
        table = {key: (value, *[None] * (width - 1)) for key, value in zip(keys, column)}
        if any(column) and all(R.column_rules_hold(key, reading, table, outcomes) for key, reading in table.items()):
            kept.append((*reads, own))
    if len(kept) != 1:
        return False, False
    leads = kept[0]
    chunked = last[1:] if leads[-1].value is not None else last
    readings, past = _sparse_chunks_the_rules_leave([read.value for read in leads], chunked, past_the_heading,
                                                    keys, outcomes)
    settled = sum(len(options) == 1 for row in readings for options in row[1:]) if readings else 0
    report.warn("column_chunks", "table 3: the first column beside each label, the others after the labels in "
                "chunks whose blank cells print nothing (pdftotext without -layout); the first column, the one "
                f"way it keeps APP_OUTCOME_SUM and APP_BALANCE, recovered; {settled} cell(s) of the chunks every "
                "chunking the rows' and columns' sums allow reads alike, recovered; the others unknown",
                found[keys[0]].line)
    for row, (key, read, cells) in enumerate(zip(keys, leads, [*beside, last])):
        line = cells[0].line if cells else found[key].line
        state, written = (RECOVERED, cells[0].text.strip()) if read.value is not None else (BLANK, None)
        report.cells.append(Cell("applications", key, L.APPLICANT_KEYS[0], read.value, state, line, written))
        for column, applicant in enumerate(L.APPLICANT_KEYS[1:], 1):
            options = readings[row][column] if readings else set()
            if len(options) != 1:
                report.cells.append(Cell("applications", key, applicant, None, UNKNOWN, line))
                continue
            value = next(iter(options))
            report.cells.append(Cell("applications", key, applicant, value, BLANK if value is None else RECOVERED,
                                     line, None if value is None else str(value)))
    return True, past


def _sparse_chunks_the_rules_leave(leads: list[Decimal | None], chunked: list[RawCell], past_the_heading: list[Row],
                                   keys: tuple[str, ...], outcomes: tuple[str, ...]
                                   ) -> tuple[list[list[set[Decimal | None]]] | None, bool]:
    """For each row and column, the values the chunkings of `chunked` (chunks.py's
    `sparse_chunk_readings`) give it, among the rows' readings the column rules leave
    (`recovery.settle_table`: a table keeping them uses each); with the figures past the next heading
    added where the table's own allow no chunking. (None, False) when no chunking, or the search gave
    up. Says too whether it took the figures past the heading."""
    tried = [(chunked, False)]
    apart = _figures_and_marks(past_the_heading)
    if apart:
        tried.append(([*chunked, *apart], True))
    for figures, past in tried:
        # plain pdftotext drops a line-ending ASCII `-` as a hyphen, joining the line to the next of its
        # flow: a run of `-` blanks prints one `-` where its flow ends, none before a figure. What is left
        # of them says only that some cells are blank, which the chunkings here assume anyway
        reads = [read_count(cell.text) for cell in figures if cell.text.strip() != "-"]
        if any(read.state != VALUE for read in reads):
            continue
        found = sparse_chunk_readings(leads, [read.value for read in reads], len(L.APPLICANT_KEYS))
        if found is None:
            return None, False  # gave up: the figures past the heading are not tried either
        if not all(found):
            continue
        kept = R.settle_table({key: sorted(options, key=str) for key, options in zip(keys, found)}, outcomes)
        return [[{reading[column] for reading in kept[key]} for column in range(len(L.APPLICANT_KEYS))]
                for key in keys], past
    return None, False


def _rows_above_the_outcomes_apart(values: list[Decimal | None], keys: Sequence[str], width: int,
                                   leads: tuple[int, ...], lines: list[int] | None = None) -> list[Chunkings]:
    """Table 3 in column chunks (Chromium's PDF through plain `pdftotext`) whose rows above the outcomes
    (`一、本年新收…`, `二、上年结转…`: labels spanning every label column) are written on their own first,
    row by row or in a chunk, before the outcome rows write their first column beside their labels and
    the other columns in chunks: two parts read each on its own (chunks.py's `pages`), where no label
    found says where the second opens (a label may be cut: `予以公开` without its `（一）`). Each row
    above the first outcome may open it (at most the rows above the outcomes: a bounded search): the
    chunkings of every such place that keeps every row's sum (`_alike_in_every` reads them)."""
    outcomes = L.outcome_rows_among(keys)
    first = next((index for index, key in enumerate(keys) if key in outcomes), 0)
    return [chunkings for start in range(1, first + 1)
            if (chunkings := column_chunkings(values, len(keys), width, R.applicant_sum_holds, [start],
                                              leads=leads, lines=lines)) is not None and len(chunkings.parts) > 1]


def _a_rows_figures_before_the_outcomes(keys: Sequence[str], found: dict[str, Row], lines: list[int], width: int) -> bool:
    """Whether a whole row's figures or more stand before the first outcome label found: the rows above the
    outcomes written on their own first (in chunks of rows, every figure follows the labels, or one a label)."""
    outcomes = L.outcome_rows_among(keys)
    first = min((found[key].line for key in keys if key in outcomes and key in found), default=None)
    return first is not None and bisect_left(lines, first) >= width


def _first_outcome_unfound(keys: Sequence[str], found: dict[str, Row]) -> bool:
    """Whether the label of the first outcome row among `keys` (`（一）予以公开`) was not found."""
    outcomes = L.outcome_rows_among(keys)
    return next((key for key in keys if key in outcomes), None) not in found


def _alike_in_every(found: list[Chunkings], values: list[Decimal | None]) -> list[list[Placed | None]]:
    """Each cell as the chunkings of `_rows_above_the_outcomes_apart` place it: its figure where every
    one of them reads it alike (never proved: the sums chose where the outcome rows open), None where
    they disagree."""
    placings = [chunkings.placed() for chunkings in found]
    return [[None if where is None or any(other[row][column] is None or values[other[row][column].index] !=
                                          values[where.index] for other in placings[1:]) else Placed(where.index, False)
             for column, where in enumerate(cells)]
            for row, cells in enumerate(placings[0])]


def _totals_apart_at_the_end(values: list[Decimal | None], lines: list[int], rows: int, width: int
                             ) -> Chunkings | None:
    """Table 3 in column chunks whose total column of some chunks `pdftotext` set after all the others,
    as the table's last paragraphs (not past the next heading): the figures apart open a paragraph (an
    empty line before them) among the last `rows`. Each such count is tried (chunks.py's bounded search
    with figures apart); kept only when one count alone places the table, else None: never a guess."""
    counts = [len(values) - index for index in range(max(1, len(values) - rows), len(values))
              if lines[index] > lines[index - 1] + 1]
    budget = [_ROWS_READ_FOR_TOTALS_APART]  # every count's search together, bounded as one
    found = [chunkings for count in counts if (chunkings := column_chunkings(
        values, rows, width, R.applicant_sum_holds, last_apart=count, budget=budget, lines=lines)) is not None]
    return found[0] if len(found) == 1 and budget[0] >= 0 else None


# tables of the totals the column rules keep for rows of narrow column chunks, tried for one that keeps them
_NARROW_TABLES_TRIED = 64

# the rows the searches for the total columns apart at the table's end may read, all counts together (as
# many as one search past the next heading may; the one table of seeds 19/23/7 they place read ~50,000, one
# they could not place spent it all: ~0.4 s of CPU on this machine, for a table otherwise unknown)
_ROWS_READ_FOR_TOTALS_APART = 60_000


def _chunkings_the_columns_settle(chunkings: Chunkings, keys: tuple[str, ...]) -> list[list[Placed | None]] | None:
    """Where column chunkings disagree (rows of zeros let a chunk end anywhere), the table's column
    rules (APP_OUTCOME_SUM, APP_BALANCE) may leave each row one reading (`recovery.settle_table`,
    bounded). The chunkings whose every row reads so are then kept; their placing is returned only
    when it places every cell and the table it makes keeps every column rule: one table, never a
    guess. Its cells rest on the rules they are then checked by, so they are recovered
    (`_with_settled_cells`)."""
    outcomes = L.outcome_rows_among(keys)
    readings = chunkings.readings()
    masked, unmask = _columns_every_reading_agrees_on_left_out(readings)
    kept = R.settle_table(dict(zip(keys, masked)), outcomes)
    if any(len(kept[key]) != 1 for key in keys):
        return None
    table = {key: kept[key][0] for key in keys}
    if not all(R.column_rules_hold(key, reading, table, outcomes) for key, reading in table.items()):
        return None
    wanted = [unmask[row][table[key]] for row, key in enumerate(keys)]
    narrowed = chunkings.keeping(wanted)
    placed = None if narrowed is None else narrowed.placed_as(wanted)  # rows written out of order as the rules read them
    if placed is None or any(where is None for row in placed for where in row):
        return None
    return placed


def _columns_every_reading_agrees_on_left_out(readings: list[list[R.Reading]]
                                              ) -> tuple[list[list[R.Reading]], list[dict[R.Reading, R.Reading]]]:
    """The rows' readings with the columns every reading of every row agrees on written blank, and for
    each row the way back to its readings as read. A column rule (APP_OUTCOME_SUM, APP_BALANCE) adds
    up one column only: in a column every reading agrees on, it holds for every table or for none, so
    it cannot choose among them; left in, a report that does not add up there (its rules then fail on
    the cells as read) would refuse every table, and the columns the readings disagree on would stay
    unknown though their own rules leave one table. Left out, they still choose the same tables
    wherever they hold (a blank column keeps every rule)."""
    width = max((len(reading) for row in readings for reading in row), default=0)
    agreed = {column for column in range(width) if all(len({reading[column] for reading in row}) == 1
                                                         for row in readings)}
    masked, unmask = [], []
    for row in readings:
        back = {tuple(None if column in agreed else value for column, value in enumerate(reading)): reading
                for reading in row}
        masked.append(list(back))
        unmask.append(back)
    return masked, unmask


def _with_settled_cells(report: ParsedReport, cells: list[Cell], placed: list[list[Placed | None]],
                        settled: list[list[Placed | None]], keys: Sequence[str], width: int,
                        figures: list[RawCell], reads: list[CellRead]) -> list[Cell]:
    """The cells the chunkings left unknown, read from the chunking the column rules settle: a
    figure recovered (never evidence that a rule passes); a blank mark only in a row that then holds
    a recovered figure (whose blanks count as unconfirmed, rules.py), else it stays unknown."""
    cells = list(cells)
    count = 0
    for row, key in enumerate(keys):
        new = [column for column in range(width) if placed[row][column] is None]
        reading = [reads[where.index] for where in settled[row]]
        if not new or all(read.value is None for read in reading):
            continue  # a row of blanks only: nothing could mark its blanks unconfirmed
        at = row * width
        recovered = [c for c in new if reading[c].value is not None]
        if len(recovered) < len(new) and not recovered and \
                not any(cells[at + c].state == RECOVERED and cells[at + c].as_written for c in range(width)):
            recovered = [c for c in range(width) if reading[c].value is not None]  # so its blanks count as unconfirmed
        for column in (*new, *recovered):
            raw, read = figures[settled[row][column].index], reading[column]
            cells[at + column] = Cell("applications", key, L.APPLICANT_KEYS[column], read.value,
                                      BLANK if read.value is None else RECOVERED, raw.line, raw.text.strip())
        count += len(new)
    if count:
        report.warn("cells_recovered", f"table 3: {count} cell(s) the column chunkings disagree on, read from the "
                    "one chunking the column rules (APP_OUTCOME_SUM, APP_BALANCE) leave: marked recovered, never "
                    "evidence that a rule passes", figures[0].line)
    return cells


def _placed_cells(table: str, keys: Sequence[str], columns: Sequence[str], placed: list[list[Placed | None]],
                  figures: list[RawCell], reads: list[CellRead]) -> list[Cell]:
    """The cells of a table placed in column chunks (chunks.py): a figure a chunking rests on zeros or
    shares with others is recovered (never rule evidence), one the chunkings disagree on unknown."""
    cells = []
    for key, row in zip(keys, placed):
        for column, where in zip(columns, row):
            if where is None:
                cells.append(Cell(table, key, column, None, UNKNOWN, figures[0].line))
                continue
            raw, read = figures[where.index], reads[where.index]
            state = read.state if where.proved or read.state == BLANK else RECOVERED
            cells.append(Cell(table, key, column, read.value, state, raw.line, raw.text.strip()))
    return cells


def _without_a_cut_total(report: ParsedReport, key: str, row: Row, fitted: list) -> tuple[list, None, str]:
    """A row whose total is the leading digits of its parts' sum (`recovery.total_cut_short`): the
    total is never the cut figure. Its parts stand as printed when every column holds a figure (only
    the last column was cut), and the total is then their sum, recovered (`_total_from_its_parts`);
    with a blank among them a column may have been lost as well, and the whole row is unknown."""
    whole = all(raw is not None and not raw.is_empty for raw in fitted[:-1])
    report.warn("total_cut", f"table 3 {key}: its total {fitted[-1].text.strip()!r} is the leading digits of its "
                "parts' sum (a figure cut at the page's edge): " +
                ("the total is that sum, marked recovered" if whole else "the row is unknown"), row.line)
    return ([*fitted[:-1], None] if whole else [None] * len(fitted)), None, "total_cut"


# the header's spanning headings: in a narrow table a column's header piece may run into one (`科研法人或其他组织`)
_SPANNING_HEADINGS = ("法人或其他组织", "申请人情况")


def _applicant_header_parts(header_rows: list[Row]) -> list[RawCell]:
    """The words of table 3's aligned header, each with its centre; a spanning heading run together
    with a column's header piece beside it (the gap between two cells of a narrow table lost,
    `科研法人或其他组织` over `机构`) is split off, so the piece stacks with the rest of its word."""
    parts = []
    for row in header_rows:
        for whole in row.cells:
            for part in cell_parts(whole):
                if part.x is not None:
                    parts += _spanning_heading_split_off(part)
    return parts


def _spanning_heading_split_off(part: RawCell) -> list[RawCell]:
    """`part`, or its pieces before, of and after a spanning heading it holds with other words, each
    centred where it stands."""
    heading = next((h for h in _SPANNING_HEADINGS if h in part.text and h != part.text.strip()), None)
    if heading is None:
        return [part]
    text = part.text
    width = part.columns or display_width
    left = part.x - width(text) / 2
    start = text.index(heading)
    pieces = [(0, text[:start]), (start, heading), (start + len(heading), text[start + len(heading):])]
    return [RawCell(piece, part.line, left + width(text[:offset]) + width(piece) / 2, columns=part.columns)
            for offset, piece in pieces if piece.strip()]


def _each_row_fills_its_columns(rows: Iterable[Row], width: int) -> bool:
    """Every row with figures holds one in each column: read in order, they need no header's positions."""
    return all(fills_the_row(row.values(), width) for row in rows if row.has_figures())


def _applicant_anchors(header_rows: list[Row]) -> list[float] | None:
    """Aligned text: where each applicant column's header stands, if every one is found."""
    parts = _applicant_header_parts(header_rows)
    positions = header_positions(parts, _applicant_of)
    if len(positions) == len(L.APPLICANT_KEYS):
        return [positions[a] for a in L.APPLICANT_KEYS]
    # single characters one space apart are the tops of two columns' words, each wrapped down its own
    # narrow column (`其 总` over `他 计`), not one word spaced out: the columns still missing, read so,
    # when every column is then found in the template's order
    positions = header_positions(parts, _applicant_of, join_spaced=False) | positions
    if len(positions) < len(L.APPLICANT_KEYS):
        return None
    anchors = [positions[a] for a in L.APPLICANT_KEYS]
    return anchors if anchors == sorted(anchors) else None


def _is_cjk_character(text: str) -> bool:
    return len(text) == 1 and "\u3400" <= text <= "\u9fff"


_WHOLE_HEADER_WORDS = frozenset({*(n for names in L.APPLICANTS.values() for n in names), *_SPANNING_HEADINGS})


def _header_parts_standing_clear(header_rows: list[Row]) -> list[RawCell]:
    """The header's words whose column `pdftotext -layout` measured from where they print: the first
    word of an aligned cell, or a character of a word spaced out one space a character (`社 会`). A word
    one space after another on its line was pushed along by it: a narrow table's header packed
    `人 业 机构 社会公益组织 机构 他` sets each word after the glyphs before it, which count one column each
    however wide they print. Whole words one space apart (`商业企业 科研机构 社会公益组织`: a wide table's
    columns just wide enough, the last maybe cut at the page's edge) each stand over their column."""
    clear = []
    for row in header_rows:
        for whole in row.cells:
            pieces = cell_parts(whole)
            # the last may be cut at the page's edge (`社会公益组织 法`)
            whole_words = all(part.text in _WHOLE_HEADER_WORDS for part in pieces[:-1]) and bool(pieces) and (
                pieces[-1].text in _WHOLE_HEADER_WORDS or (len(pieces) > 1 and any(
                    word.startswith(pieces[-1].text) for word in _WHOLE_HEADER_WORDS)))
            for index, part in enumerate(pieces):
                spaced_out = index > 0 and _is_cjk_character(part.text) and _is_cjk_character(pieces[index - 1].text) \
                    and clear and clear[-1] is pieces[index - 1]
                if part.x is not None and (index == 0 or spaced_out or whole_words):
                    clear.append(part)
    return clear


def _columns_proven(pieces: list[list[RawCell]], anchors: list[float], found: Iterable[Row], page: int) -> list[bool]:
    """For each of the header's columns, whether its position says where its figures stand on the
    header's page: a row of the page holding a figure in every column, each under its own column's
    header, proves them all; else a column is proven where a piece of its word stands clear
    (`pieces`: `_column_pieces_standing_clear`) where the column's header stands. A column named only by words
    packed one space after others (Chromium's narrow tables through `pdftotext -layout`) may stand a
    column or more off its figures."""
    header = tuple(anchors)
    for row in found:
        if row.aligned and row.page == page and fills_the_row(row.values(), len(anchors)):
            parts = figure_parts([value for value in row.values() if not value.is_empty])
            if len(parts) == len(anchors) and all(
                    part.x is not None and _nearest_column(header, part.x) == index for index, part in enumerate(parts)):
                return [True] * len(anchors)
    return [bool(standing) for standing in pieces]


def _column_pieces_standing_clear(header_rows: list[Row], anchors: list[float]) -> list[list[RawCell]]:
    """For each of the header's columns, the pieces of its word standing clear (`_header_parts_standing_clear`)
    where the column's header stands."""
    clear = _header_parts_standing_clear(header_rows)
    return [[part for part in clear if part.text in name and abs(part.x - anchor) <= HEADER_PIECE_REACH]
            for (name,), anchor in zip(L.APPLICANTS.values(), anchors)]


def _header_word_edges(pieces: list[list[RawCell]]) -> list[tuple[float, ...]]:
    """For each of the header's columns, the left edges of the pieces of its word standing clear
    (`_column_pieces_standing_clear`)."""
    return [tuple(part.x - (part.columns or display_width)(part.text) / 2 for part in standing)
            for standing in pieces]


class _BlockStarts(NamedTuple):
    starts: list[tuple[float, int]]  # (a block's start column, the applicant column its first glyph stands in)
    figures_apart: set[tuple[int, float]]  # (line, start) of the figures whose blocks hold figures only


def _applicant_block_starts(rows: list[Row], page: int) -> _BlockStarts:
    """`pdftotext -layout`: where blocks of table 3's text on the header's page start in a known applicant
    column: a block's first piece that is a word of one column's name alone (`自然` of 自然人; not `人` or `其`,
    which 法人或其他组织 holds too). A narrow table's header packed into one block proves its first word only,
    not the words set after it. And the figures whose set of pieces (page_order.pieces_apart) holds figures
    only, one a line: their blocks stand inside their column (a figure set less than 3 glyphs after its
    label is in the label's block, where the label's glyphs, not its cell, set it). Nothing where a cell of
    the page's rows has no position (its piece could join two sets)."""
    pieces: dict[Piece, str] = {}
    for row in rows:
        if row.page != page:
            continue
        for cell in row.cells:
            text = cell.text.strip()
            if not text:
                continue
            if cell.x_glyphs is None:
                return _BlockStarts([], set())
            left = cell.x_glyphs - len(text) / 2
            for word in re.finditer(r"\S+", text):
                pieces[(cell.line, left + word.start(), len(word.group()))] = word.group()
    # the table's rows go on from an earlier page, its last line just before this page's first here: nothing
    # (a running header left out) stands between them
    before = [cell.line for row in rows if row.page < page for cell in row.cells]
    opens_the_page = bool(before) and bool(pieces) and max(before) + 1 == min(line for line, _, _ in pieces)
    starts = []
    for starting in block_starts(pieces, opens_the_page):
        # each piece there opens a block at that column: one whose column is known bounds the figures left of it
        columns = [column for piece in starting if (column := _only_column_naming(pieces[piece])) is not None]
        if columns:
            starts.append((starting[0][1], min(columns)))
    figures_apart = set()
    if starts:
        for found in pieces_apart(pieces):
            if len({line for line, _, _ in found}) == len(found) and all(
                    read_count(pieces[piece]).state in (VALUE, BLANK) for piece in found):
                figures_apart |= {(line, start) for line, start, _ in found}
    return _BlockStarts(starts, figures_apart)


def _block_starts_hold(read: dict, damaged: list[str], found: _BlockStarts, page: int,
                       holds: Callable[[R.Reading], bool], width: int) -> bool:
    """Whether the page's rows keep the bounds of the blocks starting in a known column: each figure of a row
    placed by position in a column the bounds allow, and each damaged row placed some way within them where it
    can be placed at all. A row laid out on other columns than the header's (a DOCX row of its own cell widths)
    breaks them: the page then says nothing by them."""
    greatest = _greatest_by_block_starts(found)
    if greatest is None:
        return False
    for key, (row, fitted, problem, _) in read.items():
        if row.page != page or not row.aligned:
            continue
        if key in damaged:
            if aligned_readings(row.values(), [0.0] * width, holds, free=True) and \
                    not aligned_readings(row.values(), [0.0] * width, holds, free=True, greatest=greatest):
                return False
        elif not problem and any(raw is not None and not raw.is_empty and (most := greatest(raw)) is not None
                                 and column > most for column, raw in enumerate(fitted)):
            return False
    return True


@lru_cache(maxsize=1 << 10)
def _only_column_naming(text: str) -> int | None:
    """The applicant column whose header alone holds `text` (a piece of it), else None."""
    if any(text in heading for heading in _SPANNING_HEADINGS):
        return None
    columns = [index for index, (name,) in enumerate(L.APPLICANTS.values()) if text in name]
    return columns[0] if len(columns) == 1 else None


def _greatest_by_block_starts(found: _BlockStarts) -> Callable[[RawCell], int | None] | None:
    """For aligned_readings: the greatest applicant column of a figure whose block holds figures only, by the
    blocks starting in a known column (`_applicant_block_starts`); None where there are none."""
    if not found.starts:
        return None

    def greatest(part: RawCell) -> int | None:
        glyphs = glyphs_of(part)
        if glyphs is None or (part.line, glyphs[0]) not in found.figures_apart:
            return None
        return highest_column(glyphs, found.starts)
    return greatest


UNPROVEN_COLUMN = ("a figure stands midway between two columns' headers, or under a header word whose position "
                   "nothing proves (packed one space after other words): its column is not proven, placed by the "
                   "rules alone")


def _unsure_ones_in_order(fitted: list, anchors: list[float], proven: list[bool] | None,
                          edges: list[tuple[float, ...]] | None = None) -> list | None:
    """A row placed under a header that shows its first columns only (no total to check a placement by),
    where a figure stands under an unproven column or under no header by proof (`stands_sure_under`):
    the placement where each such figure is the only one the order leaves for the free columns between
    its sure neighbours' (`10` · `2` under 法律服务机构 · `5` between 法律服务机构 and 其他: 其他), else [] (not
    known). None when every figure stands sure."""
    header = tuple(anchors)
    shown = len(anchors)
    filled = [(c, raw) for c, raw in enumerate(fitted[:shown]) if raw is not None and not raw.is_empty]
    sure = [stands_sure_under(header, c, raw, edges, proven) for c, raw in filled]
    if all(sure) or len(filled) == shown:  # a figure in every shown column: the only order there is
        return None
    placed = list(fitted)
    for (c, raw), ok in zip(filled, sure):
        if not ok:
            placed[c] = RawCell("", raw.line)
    bounds = [-1, *[c for (c, _), ok in zip(filled, sure) if ok], shown]
    run: list[RawCell] = []
    for (c, raw), ok in [*zip(filled, sure), ((shown, None), True)]:
        if not ok:
            run.append(raw)
            continue
        low, high = max(b for b in bounds if b < c), c  # the free columns between the sure neighbours
        if run and len(run) != high - low - 1:  # no figure between them: blank columns, as printed
            return []
        for column, piece in zip(range(low + 1, high), run):
            placed[column] = piece
        run = []
    return placed


def _placed_clearly(fitted: list, anchors: list[float], edges: list[tuple[float, ...]] | None = None) -> bool:
    """Every figure placed by position stands under its column by proof (`stands_sure_under`)."""
    header = tuple(anchors)
    return not header or all(raw is None or raw.is_empty or raw.x is None or stands_sure_under(header, c, raw, edges)
                             for c, raw in enumerate(fitted))


def _under_an_unproven_column(fitted: list, proven: list[bool]) -> bool:
    """A figure placed by position under a column whose header's position nothing proves."""
    return any(raw is not None and not raw.is_empty and not ok for raw, ok in zip(fitted, proven))


HEADER_PIECE_REACH = 2  # columns from a piece of a wrapped header word to the word's centre (`科研` over `机构`)


def _figures_under_visible_columns(visible: list[float], header_rows: list[Row],
                                   value_rows: list[list[RawCell]]) -> list[list[RawCell]]:
    """The figures of the header's page asked to stand under the shown columns (`anchors_hold`): each row's,
    but where the header shows the six applicant columns and the total's name cut (`总`, cut_total.py) a row's
    last figure standing alone past them, which is the total's text under that cut name, not a shown column's."""
    if len(visible) != len(L.APPLICANT_KEYS) - 1 or not CT.names_a_cut_total(header_rows):
        return value_rows
    return [apart[0] if (apart := CT.total_apart(values, visible)) is not None else values for values in value_rows]


def _visible_applicant_anchors(header_rows: list[Row]) -> list[float] | None:
    """Aligned text whose header names only the first applicant columns, two or more, in the
    template's order and none after them (`自然人 商业企业 科研机构 社会公益组织 法`, the rest past the
    page's edge): where each of those stands. None for any other header."""
    parts = _applicant_header_parts(header_rows)
    positions = header_positions(parts, _applicant_of)
    shown = L.APPLICANT_KEYS[: len(positions)]
    if not 2 <= len(positions) < len(L.APPLICANT_KEYS) or set(positions) != set(shown):
        return None
    anchors = [positions[key] for key in shown]
    return anchors if anchors == sorted(anchors) else None


def _columns_shown_in_every_row(header_rows: list[Row], found: dict[str, Row], width: int) -> int | None:
    """A table laid wider than the page and cut at its edge (LibreOffice's PDF of a wide page): k when the
    header names the first k applicant columns only (`_first_columns_named`), no row found holds more than k
    cells and most exactly k, which on each page stand in k columns that do not overlap (the i-th cells of
    all those rows left of all the (i+1)-th); then each row of k cells is those columns in order. None otherwise."""
    rows = [row for row in found.values() if row.values()]  # a row without cells is read as before
    if not rows or any(len(row.values()) >= width for row in rows):
        return None  # a row holding every column (most tables): no k < width holds it, the header not asked
    shown = _first_columns_named(header_rows, width)
    if shown is None or any(len(row.values()) > shown for row in rows):
        return None
    # a row of cells with separators short of k (its trailing empty cells not written, gdw's PDF reader) is read
    # as before, in order, the missing cells unknown; most rows must hold exactly k
    # an aligned row short of k (a row printing fewer cells than its table, `（七）总计 16 0 0 2 1`) is read as
    # before, by position; the others, k each, say where the k columns stand
    if 2 * sum(len(row.values()) == shown for row in rows) < len(rows):
        return None
    by_page: dict[int, list[list[RawCell]]] = {}
    for row in rows:
        if row.aligned and len(row.values()) == shown:
            by_page.setdefault(row.page, []).append(row.values())
    for page_rows in by_page.values():
        for column in range(shown - 1):
            if any(cells[column].x is None or cells[column + 1].x is None for cells in page_rows) or \
                    max(cells[column].x for cells in page_rows) >= min(cells[column + 1].x for cells in page_rows):
                return None
    return shown


def _first_columns_named(header_rows: list[Row], width: int) -> int | None:
    """k when the header names the first k applicant columns only (2 ≤ k < width), the others cut at the
    page's edge; None otherwise."""
    parts = [part for row in header_rows for whole in row.cells for part in cell_parts(whole)]
    unnamed = 0  # columns before the last one named that the header may leave unnamed
    if parts and all(part.x is not None for part in parts):  # words wrapped down their columns joined
        # with the words the header's text spells read line by line (`自` / `然` / `人` wrapped down a column
        # whose pieces pdftotext set apart): which columns it names, not where
        named = set(header_positions(parts, _applicant_of)) | _applicants_named_in(parts)
        # a word wrapped over a page break (`自然` / `\f人`): its pieces stand on two pages, which set their
        # columns apart, so they may not join
        # (a row's numbered first line opening the next page, `\f一、本年`, is no header line)
        unnamed = int(len({row.page for row in header_rows if row.cells and not row.has_figures()
                           and not _NUMBERED_LABEL_RE.match(row.label.strip())}) > 1)
    else:  # cells with separators, or words wrapped over lines of their own (`科研` over `机构`)
        named = {key for part in parts if (key := _applicant_of(part.text)) is not None} | _applicants_named_in(parts)
        # `pdftotext -raw`: a word opening a new page (`\f商业企业`) is taken for the page's running header
        unnamed = 1
    # a table prints its columns in the template's order, wherever a layout sets their header words
    shown = max((L.APPLICANT_KEYS.index(key) + 1 for key in named), default=0)
    # every applicant column named up to 其他 but one between two named ones (`商 业` / `企 业` spaced out and
    # wrapped in a narrow column), 总计 not at all: the header shows the six (a header naming fewer may name
    # its later columns in words not found, Chromium's narrow tables)
    missing = [index for index, key in enumerate(L.APPLICANT_KEYS[:shown]) if key not in named]
    inside = shown == width - 1 and len(missing) == 1 and 0 < missing[0] < shown - 1
    return shown if 2 <= shown < width and (len(named) >= shown - unnamed or inside) else None


def _applicants_named_in(parts: list[RawCell]) -> set[str]:
    """The applicant columns a header's text names, its words joined across cells and lines (`pdftotext
    -raw` wraps `科研` over `机构`, `总` over `计`); the group's heading 法人或其他组织 names no column."""
    text = L.squash("".join(part.text for part in parts)).replace("法人或其他组织", "")
    return {key for key, names in L.APPLICANTS.items() if any(name in text for name in names)}


def _place_under_visible_columns(values: list[RawCell], visible: list[float], width: int,
                                 ) -> tuple[list[RawCell | None], str | None, str]:
    """A row on the page of a header that shows its first columns only: each figure under the column
    it stands under, a shown column with none blank, the columns not shown unknown. A figure past the
    last shown column (by more than half a column) may belong to one not shown: the row is unknown."""
    unknown = [None] * width
    parts = figure_parts([value for value in values if not value.is_empty])
    edge = visible[-1] + (visible[-1] - visible[-2]) / 2
    if any(part.x is None or part.x > edge for part in parts):
        return unknown, "a figure stands past the columns the header shows", "columns_cut"
    placed, problem = place_by_position(values, visible)
    if problem:
        return unknown, problem, "columns_cut"
    return [*placed, *[None] * (width - len(visible))], None, "columns_cut"


def _repeated_headers(rows: list[Row], header_page: int) -> dict[int, list[float]]:
    """Aligned text over pages: the applicant header repeated at the top of a later page (the rows of the
    page before its first figures) → its columns, which hold for that page (a PDF may lay each page's
    part of the table out with other column widths)."""
    tops: dict[int, list[Row]] = {}
    started: set[int] = set()
    for row in rows:
        if row.page <= header_page or row.page in started:
            continue
        if row.has_figures():
            started.add(row.page)
        else:
            tops.setdefault(row.page, []).append(row)
    return {page: anchors for page, top in tops.items() if (anchors := _applicant_anchors(top)) is not None}


def _pages_in_header_columns(found: dict[str, Row], header_page: int, anchors_on: dict[int, list[float]],
                             anchors: list[float]) -> set[int]:
    """Later pages without a header of their own whose figures all stand under the header's columns,
    one of their rows (two figures or more, its total printed) keeping its sum so placed: the arithmetic
    vouches that the page keeps the header's column widths."""
    by_page: dict[int, list[Row]] = {}
    for row in found.values():
        if row.aligned and row.page != header_page and row.page not in anchors_on:
            by_page.setdefault(row.page, []).append(row)
    kept = set()
    for page, rows in by_page.items():
        vouched = False
        for row in rows:
            fitted, problem = place_by_position(row.values(), anchors)
            if problem:
                break
            vouched = vouched or _vouched(fitted)
        else:
            if vouched:
                kept.add(page)
    return kept


def _vouched(fitted: list) -> bool:
    """Figures placed under columns, two or more, the total among them, keeping the row's sum."""
    reading = reading_of(fitted)
    return reading is not None and reading[-1] is not None and sum(v is not None for v in reading) >= 2 \
        and R.applicant_sum_holds(reading)


def _pages_whose_full_rows_stand_apart(found: dict[str, Row], header_page: int, anchors_on: dict[int, list[float]],
                                      anchors: list[float]) -> set[int]:
    """Later pages without a header of their own holding a row that prints a figure or a blank mark in every
    column on one line whose cells do not each stand under their own column of the header (`pdftotext -layout`
    sets each page's columns by that page's text: a narrower label column moves them a column's width): the
    page's columns are not the header's, and a row's own sum cannot vouch for placing its few figures under
    the header's (`3 … 2 … 5` keeps its sum under 自然人 and 商业企业 as under 商业企业 and 科研机构). So too a page
    with a row of figures in several columns, not all, that do not each stand under one column of the header."""
    width = len(anchors)
    apart = set()
    for row in found.values():
        if not row.aligned or row.page == header_page or row.page in anchors_on or row.page in apart:
            continue
        values = [cell for cell in row.values() if not cell.is_empty]
        if len(values) < 2 or len({cell.line for cell in values}) != 1 or any(cell.x is None for cell in values):
            continue
        fitted, problem = place_by_position(values, anchors)
        # a row of figures in several columns that do not each stand under one column of the header (`1 5 12 2
        # 20` between them): the page's columns are not the header's either
        if problem or len(values) == width and any(raw is not cell for raw, cell in zip(fitted, values, strict=True)):
            apart.add(row.page)
    return apart


def _fit_on_a_page_without_header(row: Row, width: int, anchors: list[float], apart: bool = False
                                  ) -> tuple[list, str | None, str]:
    """A row on a later page than the header, a page neither repeating the header nor vouched to keep its
    columns: its columns may stand elsewhere. Figures in every column stand in the only order there is;
    a row with blank cells is placed under the header's columns only where its own sum vouches for
    the placement and the page's full rows do not stand apart from the header's columns (`apart`:
    `_pages_whose_full_rows_stand_apart`); else its cells are unknown (placed later, if at all, by the
    page's own full rows or by where poppler set them)."""
    fitted, problem, code = fit_row(row, row.values(), width, anchors, row_rule=R.applicant_sum_holds)
    if problem or all(cell is not None and not cell.is_empty for cell in fitted):
        return fitted, problem, code
    if apart:
        return [None] * width, ("on a page that does not repeat the header, whose full rows stand in other columns "
                                "than the header's: its figures' columns are not known"), "unaligned_cells"
    if _vouched(fitted):
        return fitted, None, code
    return [None] * width, ("on a page that does not repeat the header, its figures' columns are not known "
                            "(placed under the header's, they do not keep the row's sum with its total printed)"), "unaligned_cells"


TWO_COLUMNS_IN_A_HEADER_CELL = ("fewer pipe cells than columns, a figure under a header cell naming two applicant "
                                "columns (merged by the converter): which column it and the empty cells stand for is not known")


FIGURES_OF_TWO_ROWS = ("its figures read from a line of figures another row reads too (a converter's label-less pipe "
                       "row, taken by two labels): whose they are is not known")


def _rows_reading_one_line_of_figures(read: dict[str, tuple[Row, list[RawCell | None], str | None, str]]) -> list[str]:
    """The rows read (`read`) whose figures, read without a problem, are read from the very row another's are (a
    crawled line, which holds the whole table, aside): a row of figures is one row's, so neither is known to be
    its."""
    readers: dict[int, list[str]] = {}
    for key, (row, fitted, problem, _) in read.items():
        if problem is None and not row.joined and any(raw is not None and not raw.is_empty for raw in fitted):
            readers.setdefault(id(row), []).append(key)
    return [key for keys in readers.values() if len(keys) > 1 for key in keys]


FIGURES_APART = ("no figure after its label, where the table's figures stand on lines of their own (labels and "
                 "figures may be apart in the text's order): not known to be blank")


FIGURES_BESIDE_A_MISSING_ROW = ("its figures on a line apart from its label's, next to a row whose label is not found: "
                                "the line may be that row's, its label lost, this one printing nothing; not known")


def _beside_a_missing_row(read: dict[str, tuple[Row, list[RawCell | None], str | None, str]],
                          allowed: Sequence[str], rows: list[Row]) -> list[str]:
    """The rows read (`read`) next in the template to a row whose label is not found (not in `read`) whose
    figures all stand on lines apart from every line of their label: a line of figures alone or beside a
    heading, which a row printing nothing next to the lost label could be given where it is the lost row's.
    A line its own label is wrapped round (`_label_wrapped_round`) is its own."""
    taken = []
    index_of = {id(row): index for index, row in enumerate(rows)}
    # （六）其他处理 printed as one row (`other`) or as its sub-rows: the form not printed is no lost label
    unprinted = set(_OTHER_SUB_ROWS) if "other" in read else {"other"} if read.keys() & set(_OTHER_SUB_ROWS) else set()
    lost = [key not in read and key not in unprinted for key in allowed]
    for index, key in enumerate(allowed):
        if key not in read or read[key][2] is not None:
            continue
        if not any(0 <= near < len(allowed) and lost[near] for near in (index - 1, index + 1)):
            continue
        row, fitted = read[key][0], read[key][1]
        figure_lines = {cell.line for cell in fitted if cell is not None and not cell.is_empty}
        label_lines = {cell.line for cell in row.label_cells() if not cell.is_empty}
        if figure_lines and not figure_lines & label_lines \
                and not _label_wrapped_round(rows, index_of.get(id(row)), key):  # (figures alone: the label apart)
            taken.append(key)
    return taken


def _label_words(row: Row) -> str:
    """A line of labels' words, every label cell's."""
    return "".join(cell.text for cell in row.label_cells())


def _label_wrapped_round(rows: list[Row], at: int | None, key: str, words: Callable[[Row], str] = _label_words) -> bool:
    """Whether the lines of labels alone right above and below row `at` (a line of figures) join into a piece
    of row `key`'s label (`1.本机关不掌握相关政府` / figures / `信息`, `（七` / figures / `）总计`): its label wrapped
    round its figures, which are then its own. `words`: the words of a line of labels taken."""
    if at is None or not 0 < at < len(rows) - 1:
        return False
    sides = rows[at - 1], rows[at + 1]
    if any(side.has_figures() or not side.label_cells() for side in sides):
        return False
    above, below = (words(side) for side in sides)
    # a numbering alone below (`1.本机关不掌握相关政府信息` / figures / `（四）`, a heading's in the margin) is no end of
    # a label: the label above whole, not wrapped round the line
    if _NUMBERED_LABEL_RE.fullmatch(below.strip()):
        return False
    joined = L.squash(above + below)
    return bool(joined) and any(joined in name for name in L.APPLICATION_ROWS[key][0])


def _cells_follow_their_label(found: Iterable[Row]) -> bool:
    """Whether table 3's text is its PDF's content stream in order (`pdftotext -raw`): its rows print their
    figures one space apart (a blank leaving no trace, or its mark), those on a label's line after the label,
    and no row is aligned (`-layout`, pdfplumber, which set a line where it stands on the page, a vertically
    centred cell's figures round or before its wrapped label). Chromium draws a table row by row, each row's
    label cell first, then its other cells, every cell whole: a line of figures alone is then the cells of the
    label above it (its last line), never of the label below."""
    rows = list(found)
    return any(row.spaced and row.label_cells() and row.has_figures() for row in rows) \
        and not any(row.aligned or row.piped or row.joined for row in rows)


DIGITS_AFTER_THE_LABEL = ("no figure read after its label, though digits stand there in cells taken for its label's "
                          "(`25 盖`: a figure an OCR glued to a mark): something is printed, so it is not known to be blank")


def _digits_after_the_label(row: Row) -> bool:
    """Whether a cell after the one opening the row's label words holds a digit and no word (`一、本年新收…数量 |
    25 盖 | 二上`): no label of table 3 holds one after its words (a numbering opens a label's words: `3.要求…`)."""
    texts = [cell.text for cell in row.label_cells()]
    first = next((i for i, text in enumerate(texts) if _holds_label_words(text)), len(texts))
    return any(_DIGIT_RE.search(text) and not _holds_label_words(text) for text in texts[first + 1 :])


def _holds_label_words(text: str) -> bool:
    """A word of a label (two glyphs), or a label set letter-spaced (`1 . 属 于 国 家 秘 密`: LETTER_SPACED glyphs or
    more; an OCR's glyphs between figures, `2 1 元 关`, are fewer)."""
    return bool(_HAS_A_WORD_RE.search(text)) or len(_GLYPH_RE.findall(text)) >= LETTER_SPACED


LETTER_SPACED = 4
_GLYPH_RE = re.compile(r"[\u4e00-\u9fff]")


CELLS_READ_AS_MARKS = ("nothing after its label, in a table whose cells an OCR read apart from its labels as lines "
                       "of marks (`口 |口|口|…`): its cells may be any of them, so they are not known to be blank")
FIGURES_BETWEEN_BARE_LABELS = ("a line of figures alone taken for it stands between its label and another row's, "
                               "neither printing a figure: either row's (a label wrapped round its figures, a line "
                               "lost); not known")


def _figures_between_bare_labels(read: dict[str, tuple[Row, list[RawCell | None], str | None, str]],
                                 rows: list[Row], found: dict[str, Row]) -> list[str]:
    """The rows read (`read`) from a line of figures alone (no label on it) whose neighbour line on one side is
    another found row's label printing no figure, and on the other a line of labels alone (its own label, or a
    heading): that line may be either row's, so both are returned (the other read blank or unknown)."""
    key_of = {id(row): key for key, row in found.items()}
    index_of = {id(row): index for index, row in enumerate(rows)}
    taken: list[str] = []
    for key, (row, fitted, problem, _) in read.items():
        at = index_of.get(id(row))
        if problem is not None or at is None or row.label_cells() or found.get(key) is not row \
                or not any(cell is not None and not cell.is_empty for cell in fitted):
            continue
        sides = [rows[near] for near in (at - 1, at + 1) if 0 <= near < len(rows)]
        if len(sides) != 2 or any(side.has_figures() or not side.label_cells() for side in sides):
            continue
        others = [key_of[id(side)] for side in sides if id(side) in key_of and key_of[id(side)] != key]
        if others:
            taken += [key, *(other for other in others if other in read)]
    return list(dict.fromkeys(taken))


FIGURES_UNTAKEN = ("no figure after its label, in a table where a line of figures stands with no row's label (after a "
                   "piece of a wrapped label, a margin heading or a page's number): its figures may be that line, "
                   "printed before its label; not known to be blank")


FIGURES_AFTER_A_BARE_LABEL = (
    "its figures on a line of their own after its label's, in a table that prints some rows' figures before "
    "their label (a whole row's figures on a line no row takes): that line may be the next row's, printed before "
    "its label; which row's is not known")


def _figures_on_the_line_after_its_label(row: Row) -> bool:
    """Whether the row's figures, one space apart, all stand on one line after its label's lines (a label
    alone on its line, then `3 0 0 0 0 0 3`: `_figure_lines_spaced_like_their_rows` made them its cells)."""
    values = [cell for cell in row.values() if not cell.is_empty]
    labels = row.label_cells()
    return row.spaced and bool(values) and bool(labels) and len({cell.line for cell in values}) == 1 \
        and values[0].line > max(cell.line for cell in labels)


def _another_row_follows(rows: list[Row], row: Row, found: dict[str, Row]) -> bool:
    """Whether the row after `row` is another template row's (found for one, or opening a numbered label) or a
    line of figures: not the rest of `row`'s own label, round which pdfplumber centres its figures
    (`4.保护第三方` / `2 1 0 0 0 0 3` / `合法权益`: those figures are its own)."""
    at = next((index for index, other in enumerate(rows) if other is row), None)
    if at is None or at + 1 >= len(rows):
        return at is not None
    after = rows[at + 1]
    return any(after is other for other in found.values()) or after.has_figures() or \
        _opens_a_numbered_label(after, _SUB_ROW_NUMBERING_RE) or _NUMBERED_LABEL_RE.match(after.label.strip()) is not None


def _figures_no_row_takes(rows: list[Row], found: dict[str, Row], allowed: Sequence[str]) -> list[Row]:
    """Rows among table 3's found rows whose two or more figures no template row takes: their label (if any)
    names no row (`计其他情形）`, the end of the row above's wrapped label; `本`, a margin heading's character);
    or a row's figures, a whole row of them, read into a label's text (`（ 三 属于 0 0 0 0 0 0 0\f） 不 国家`: the
    last line of a page and the next page's first on one line, pages joined by a form feed alone).
    pdfplumber prints a vertically centred cell's figures before its wrapped label, so such a line may be the
    figures of a label-only row below it: that row is then not known to be blank, in any text."""
    taken = {id(found[key]) for key in allowed if key in found}
    at = list(compress(range(len(rows)), map(taken.__contains__, map(id, rows))))  # at C level: asked of every row
    if not at:
        return []
    width = len(L.APPLICANT_KEYS)
    # a label cell's figures one space apart are figures of its whole label too: its cells are asked only then
    return [row for row in rows[at[0] : at[-1] + 1] if (id(row) not in taken and len(_figures_of(row)) >= 2)
            or (_SPACED_FIGURES_RE.search(row.label) is not None
                and any(len(run.split()) >= width for cell in row.label_cells()
                        for run in _SPACED_FIGURES_RE.findall(cell.text)))]


def _figures_of(row: Row) -> list[RawCell]:
    """A row's figures, a lone cell of figures one space apart (`1 0 0 0 0 0 1` on a line of its own) as its figures."""
    cells = [cell for cell in row.values() if not cell.is_empty]
    if len(cells) == 1 and _SPACED_FIGURES_RE.fullmatch(cells[0].text.strip()):
        return [RawCell(text, cells[0].line) for text in cells[0].text.split()]
    return [cell for cell in cells if looks_like_value(cell.text)]


_SPACED_FIGURES_RE = re.compile(r"[0-9０-９]+(?: [0-9０-９]+)+")


def _figures_before_labels(rows: list[Row], found: dict[str, Row], allowed: Sequence[str], untaken: list[Row],
                           width: int) -> tuple[dict[str, list[RawCell]], dict[str, Row]]:
    """Each untaken line of figures → the template row whose label, with no figures of its own, is the next label
    that names a row (lines between hold no figures), where the row above it has figures of its own; or the row
    whose label without figures is the last line above it that names a row or holds figures, where the next such
    line below is a row with figures of its own (a label wrapped round its figures, the line between holding a
    group heading or nothing else). A line beside a figure-less label on each side is no row's. Each line as
    many figures as columns keeping its row's sum, one line a row. Taken only where APP_OUTCOME_SUM and APP_BALANCE
    check every column, hold with every line so placed, and fail without (the lines' figures are the rows' and
    the text is shown to print figures first; all-zero lines then go with them); else nothing is taken.

    Aligned text (`pdftotext -layout`) needs no sums to place a line whose neighbours are one label's two pieces:
    right above it a figure-less row's label, right below it a line without figures whose words are the rest of
    that label (`2.没有现成信息需要另行` / `（四）无法提供  0 1 0 …` / `制作`). The line stands within that row's cell
    (the text's lines go top to bottom, and no other row's cell lies between two lines of one label), so it is
    that row's, zeros too; it is taken where the sums hold with it (the second item: each such line's row → the
    line of its label's first words, found as the row or not)."""
    key_of = {id(found[key]): key for key in allowed if key in found}
    index_of = {id(row): index for index, row in enumerate(rows)}
    pairs: dict[str, list[RawCell]] = {}
    unfound = [key for key in allowed if key not in found]
    inside: dict[str, list[RawCell]] = {}
    labels: dict[str, Row] = {}
    unplaced = False  # a line no rule places (its row not known): only the lines inside their labels are taken
    for line in untaken:
        start = index_of[id(line)]
        figures = _figures_of(line)
        if (owner := _label_round_the_line(rows, start, key_of, unfound)) is not None and len(figures) != width:
            figures = figure_parts(figures)  # aligned: `０ ０`, two columns' figures a space apart
        if len(figures) != width or (reading := reading_of(figures)) is None or not R.applicant_sum_holds(reading):
            unplaced = True
            continue
        if owner is not None:  # within its label's lines (aligned text): its own
            if owner in inside or owner in pairs:
                return {}, {}
            inside[owner] = figures
            labels[owner] = rows[start - 1]
            continue
        above = next((rows[i] for i in range(start - 1, -1, -1) if id(rows[i]) in key_of), None)
        below = next((i for i in range(start + 1, len(rows)) if id(rows[i]) in key_of or rows[i].values()), None)
        up = next((rows[i] for i in range(start - 1, -1, -1) if id(rows[i]) in key_of or rows[i].values()), None)
        if above is not None and above.values() and below is not None and id(rows[below]) in key_of \
                and not rows[below].values():
            key = key_of[id(rows[below])]  # before the label below, after the row above's own figures
        elif up is not None and id(up) in key_of and not up.values() and below is not None \
                and id(rows[below]) in key_of and rows[below].values():
            # after a label without figures (its first line, wrapped round them, `2.没有现成信息需要另行` /
            # `(四)无法提供 0 0 … 0` / `制作`) and before a row with its own: that label's, or no row's
            key = key_of[id(up)]
        else:  # no figure-less label beside it, or one on each side (either could take it): not known
            unplaced = True
            continue
        if key in pairs or key in inside:
            return {}, {}
        pairs[key] = figures
    if unplaced:  # the sums cannot check a table missing a line's row: the lines inside their labels alone
        return inside, labels
    outcomes = tuple(k for k in allowed if L.APPLICATION_ROWS[k][1] == "outcome"
                     and not ("other" in found and k in _OTHER_SUB_ROWS and k not in found))
    table: dict[str, R.Reading | None] = {}
    for key in allowed:
        if key in found:
            values = found[key].values()
            if found[key].aligned and values and len(values) != width:
                values = figure_parts(values)  # `０ ０`: two columns' figures a space apart
            table[key] = (None,) * width if not values else reading_of(values) if len(values) == width else None
    # the lines within their labels are placed by the text (where the sums, if they held without them, still
    # hold); the others only where the sums need them
    bare = dict(table)
    table.update({key: reading_of(figures) for key, figures in inside.items()})
    placed = {**table, **{key: reading_of(figures) for key, figures in pairs.items()}}
    checked = all(placed.get(key) is not None for key in (*outcomes, "results_total", "new_received", "carried_over", "carried_forward"))
    if inside and all(table.get(key) is not None for key in (*outcomes, "results_total", "new_received", "carried_over",
                                                             "carried_forward")) \
            and R.failing_columns(table, outcomes) and not R.failing_columns(bare, outcomes):
        return {}, {}  # the sums held without them and fail with them: the text's rows are not what they seem
    if pairs and (not checked or R.failing_columns(placed, outcomes) or not R.failing_columns(table, outcomes)):
        return inside, labels  # the sums do not prove the others
    return {**pairs, **inside}, labels


def _label_round_the_line(rows: list[Row], at: int, key_of: dict[int, str], unfound: Sequence[str]) -> str | None:
    """The key of the row whose label is wrapped round the aligned line `rows[at]` (figures, beside them a group
    heading or nothing that opens a numbered label): the line right above is that row's label without figures,
    the line right below holds no figures, names no row and is the rest of that label's words (its first line's
    words and its own make one of the row's labels, with the words two rows share at its end or without; a margin
    heading's characters may stand before them). A first line that named no row alone (`1.申请人`, the start of
    both （六）1 and 2) is the row `unfound` whose label the two lines make."""
    if not 0 < at < len(rows) - 1:
        return None
    up, line, down = rows[at - 1], rows[at], rows[at + 1]
    if id(down) in key_of or not (up.aligned and line.aligned) or up.values() or down.values() \
            or _SUB_ROW_NUMBERING_RE.match(line.label.strip()) and not _GROUP_HEADING_WORD_RE.fullmatch(
                L.squash(line.label) or "、"):
        return None
    first, rest = L.squash(up.label), L.squash(down.label)
    if not first or not rest:
        return None
    keys = [key_of[id(up)]] if id(up) in key_of else [key for key in unfound if _NUMBERED_LABEL_RE.match(up.label.strip())]
    owners = [key for key in keys if _the_rest_of_its_label(key, first, rest)]
    return owners[0] if len(owners) == 1 else None


def _the_rest_of_its_label(key: str, first: str, rest: str) -> bool:
    """Whether `rest` (squashed; a margin heading's characters may stand before it) completes the row's label
    after its first line's squashed words `first`, with or without the words several rows end in."""
    for variant in L.APPLICATION_ROWS[key][0]:
        if variant.startswith(first):
            tail = variant[len(first):]
            # `、行政机关不再处理其…` too (alone where the first line holds the row's own words whole)
            for whole in filter(None, (tail, tail + L.APPLICATION_SHARED_ENDINGS.get(key, ""))):
                if rest == whole or (rest.endswith(whole) and _GROUP_HEADING_WORD_RE.fullmatch(rest[:-len(whole)])):
                    return True
    return False


NO_BLANKS_ELSEWHERE = ("no figure on its label's lines, in aligned text whose other rows print a figure in every "
                      "column (a blank cell is never left empty there): its figures may stand on a line another "
                      "label took; not known to be blank")


def _label_alone_on_its_line(rows: list[Row], row: Row, key: str, found: dict[str, Row]) -> bool:
    """Whether a row printing nothing on its line holds its whole label there, one line, with nothing on the lines
    just above and below it but another row's own line (its label's line, with its figures). A table sets a
    row's cells on its label's line, or, a cell wrapped over several lines, round it (vertically centred, or from
    its top): the pieces of such a cell would stand on its own line or the lines beside it. With none there, its
    cells printed nothing (blank), even where the other rows print every cell: no line another label took can
    hold them (a label wrapped round its figures takes the line between its own pieces)."""
    index = next((i for i, other in enumerate(rows) if other is row), None)
    if index is None or row.values() or L.squash(row.label) not in L.APPLICATION_ROWS[key][0]:
        return False
    own_lines = {id(other) for other_key, other in found.items() if other_key != key and other.has_figures()}
    beside = [rows[at] for at in (index - 1, index + 1) if 0 <= at < len(rows)]
    return all(not near.values() or id(near) in own_lines for near in beside)


def _every_cell_printed(rows: Iterable[Row], width: int) -> bool:
    """Aligned text of table 3 whose rows with figures print one in every column, three rows or more:
    the table writes its zeros, so a row without any figure is not known to be empty (its figures
    may stand on a neighbour's line, a label wrapped around them)."""
    printed = 0
    for row in rows:
        if row.aligned and row.has_figures():
            filled = [cell for cell in row.values() if not cell.is_empty]
            if len(filled) != width and len(figure_parts(filled)) != width:
                return False
            printed += 1
    return printed >= 3


@dataclass(frozen=True)
class _PipeHeaders:
    """For each row of a table, what the nearest pipe row without figures above it and as wide as it
    (a header row, as a converter's markdown keeps them) says: the applicant columns it names, from the
    cell naming 自然人 to the one naming 总计, and where it names 总计. Made in one pass per table."""
    span_above: dict[int, tuple[int, int]]  # id(row) → (first, last) of the nearest header naming both
    total_above: dict[int, int]  # id(row) → the 总计 cell of the nearest header naming it
    # id(row) → the empty cells among the named ones of the nearest header naming the seven columns one a cell
    # (`| 自然人 | 商业企业 |  | 科研机构 | … | 总计 |`: the page's gap, no column), where it has any
    unnamed_above: dict[int, frozenset[int]]
    # id(row) → whether a row under the same header prints several figures or marks in its 总计 cell (`０ ２`):
    # columns merged there (其他 and 总计, markitdown), so a figure alone in that cell may be either's
    total_merged: dict[int, bool] = field(default_factory=dict)
    # id(row) → the places of the cells naming two applicant columns (`| 科研 社会公 |`) in the header rows as wide
    # above it: markitdown merged those columns into one pipe cell, so a figure there is either column's
    two_in_a_cell_above: dict[int, frozenset[int]] = field(default_factory=dict)


def _names_two_applicants(text: str) -> bool:
    """A header cell whose words begin two different applicant columns' names (`科研 社会公`, `商业企业 其他`)."""
    words = text.split()
    if len(words) < 2:  # most cells: one word or none (asked of every cell of every pipe header row)
        return False
    starts = {key for word in words if len(L.squash(word)) >= 2
              for key, names in L.APPLICANTS.items() if any(name.startswith(L.squash(word)) for name in names)}
    return len(starts) > 1


def _pipe_headers(rows: list[Row]) -> _PipeHeaders:
    span_above, total_above, unnamed_above = {}, {}, {}
    spans, totals, unnamed = {}, {}, {}  # width → what the nearest header of that width said so far
    under: dict[int, list[Row]] = {}  # width → the rows under the nearest header of that width naming 总计
    groups: list[list[Row]] = []  # the rows under each header naming 总计
    merged: set[int] = set()  # id(a group) whose 总计 cell holds several words in one of its rows
    two_in_a_cell: dict[int, frozenset[int]] = {}  # width → the places where its header rows so far merged two columns
    two_in_a_cell_above: dict[int, frozenset[int]] = {}
    for row in rows:
        width = len(row.cells)
        if two_in_a_cell.get(width):
            two_in_a_cell_above[id(row)] = two_in_a_cell[width]
        if width in spans:
            span_above[id(row)] = spans[width]
            if unnamed[width]:
                unnamed_above[id(row)] = unnamed[width]
        if width in totals:
            total_above[id(row)] = totals[width]
            under[width].append(row)
            words = row.cells[totals[width]].text.split()
            if row.piped and len(words) > 1 and all(map(_figure_or_mark, words)):
                merged.add(id(under[width]))
        if row.piped and not row.figures_after_label:
            texts = [L.squash(cell.text) for cell in row.cells]
            first = next((i for i, text in enumerate(texts) if "自然人" in text), None)
            last = next((i for i, text in enumerate(texts) if text == "总计"), None)
            if places := frozenset(at for at, cell in enumerate(row.cells) if _names_two_applicants(cell.text)):
                two_in_a_cell[width] = two_in_a_cell.get(width, frozenset()) | places
            if first is not None and last is not None and first < last:
                two_in_a_cell[width] = frozenset()
                spans[width] = (first, last)
                keys = [_applicant_of(text) if text else None for text in texts[first : last + 1]]
                unnamed[width] = frozenset(first + at for at, key in enumerate(keys) if key is None) \
                    if [key for key in keys if key is not None] == list(L.APPLICANT_KEYS) \
                    and all(key is not None or not texts[first + at] for at, key in enumerate(keys)) else frozenset()
            if last is not None:
                totals[width] = last
                under[width] = []
                groups.append(under[width])
    total_merged = {id(row): True for group in groups if id(group) in merged for row in group}
    return _PipeHeaders(span_above, total_above, unnamed_above, total_merged, two_in_a_cell_above)


def _blank_cells_print_nothing(form_feeds: bool, rows: list[Row]) -> bool:
    """Whether a text is a PDF's without -layout (pdftotext's page breaks, form feeds), where a blank
    cell leaves no line and an empty line is only the gap between two cells. A text that writes its
    empty cells as lines of their own (one cell a line, a tab for an empty one) shows that they leave
    a trace, form feeds or not (a page break pasted into such a text)."""
    return form_feeds and not any(cell.is_empty and not cell.gap for row in rows if row.stacked
                                  for cell in row.values())


def _pipe_header_span(headers: _PipeHeaders, row: Row) -> tuple[int, int] | None:
    """(first, past) of the applicant columns a markdown table's header names, from the cell naming
    自然人 to the one naming 总计, in the nearest header row above `row` as wide as it (a converter's
    markdown of a PDF keeps the header's cells where its rows' cells stand). None: no such header."""
    if (span := headers.span_above.get(id(row))) is None:
        return None
    first, last = span
    # the header fits the row only where its label ends before the columns and nothing stands outside them
    label_end = next((at for at in range(len(row.cells) - 1, -1, -1) if _holds_words(row.cells[at].text)), -1)
    outside = row.cells[label_end + 1 : first] + row.cells[last + 1 :]
    return (first, last + 1) if label_end < first and all(cell.is_empty for cell in outside) else None


def _figure_or_mark(word: str) -> bool:
    """A word that is a figure or a blank mark (`3`, `—`, `无`)."""
    return _is_figure(word) or word in L.BLANK_TOKENS


@lru_cache(maxsize=1 << 14)  # asked of every cell of every pipe row: figures and labels recur
def _holds_words(text: str) -> bool:
    """A cell holding something other than figures and blank marks."""
    return clean_cell_text(text) != "" and not all(map(_figure_or_mark, text.split()))


def _under_a_total_header(headers: _PipeHeaders, row: Row) -> RawCell | None:
    """The figure of a pipe row whose applicant cells cannot be placed (columns merged) that stands
    under its header's `总计` cell, in the nearest header row above as wide as the row: the row's total. Not
    where a cell after it holds something (`| 1 | 2 |` under `| 总计 |  |`: 12 printed in two pieces?)."""
    if (at := headers.total_above.get(id(row))) is not None:
        cell = row.cells[at]
        return cell if _is_figure(cell.text.strip()) and all(after.is_empty for after in row.cells[at + 1 :]) \
            and not headers.total_merged.get(id(row)) else None
    return None



def _without_empty_cells_of_no_column(rows: list[Row], headers: _PipeHeaders) -> tuple[list[Row], dict[int, int]]:
    """Pipe rows without the empty cells between their label and their first figure whose place among the
    row's pipe cells holds no figure or blank mark in any row of the table as wide. A converter's markdown
    of a PDF (markitdown) sets its columns where the page's words stand: a merged label's cell, a column cut
    at the page's edge, or columns merged leave empty pipe cells beside the figures that are no cell of the
    template (`|  | （七）总计 |  |  |  | 17 | 0 | 0 | 0 | 4 | 5 |`, 总计 cut): read as blank cells, they
    shift the figures a column right. A place that prints a figure in some row as wide is a column of
    figures, its empty cell a blank. The empty cells between two figures stay (they stand among columns), and
    so do those after the last figure: a column blank in every row (printed nothing) may stand there, which
    only the header names.
    A row under a pipe header as wide naming its applicant columns or 总计 is placed by that header and kept, and so
    is a pipe row with fewer cells than its table's `| --- |` line (broken over lines, `| 一、… |  |  | 12 | — | 13 |` /
    `2 | — | 18 |`): its places are no page's columns (markitdown writes each row as wide as its rule line).
    Beside the rows, the ids of those that lost a cell (`_one_figure_a_column` then decides them), each with its
    count of pipe cells as printed."""
    printing: dict[int, set[int]] = {}  # a pipe width → the places of its cells that print a figure or mark
    for row in rows:
        if row.piped and row.has_figures():
            printing.setdefault(len(row.cells), set()).update(
                at for at, cell in enumerate(row.cells) if _figures_or_marks(cell.text))
    kept, dropped = [], {}
    for row in rows:
        if not row.piped or not row.has_figures() or id(row) in headers.span_above or id(row) in headers.total_above \
                or row.short_by:  # fewer cells than its table's `| --- |` line (broken over lines): no page's columns
            kept.append(row)
            continue
        places = printing[len(row.cells)]
        ends = [at for at, cell in enumerate(row.cells) if _figures_or_marks(cell.text)]
        label_end = _last_cell_of_words(row)
        drop = {at for at, cell in enumerate(row.cells) if label_end < at < ends[0] and cell.is_empty
                and at not in places}
        if drop:
            printed = len(row.cells)
            row = row.with_cells([cell for at, cell in enumerate(row.cells) if at not in drop])
            dropped[id(row)] = printed
        kept.append(row)
    return kept, dropped



def _pipe_words_before_a_cut_total(header_rows: list[Row], read: dict[str, tuple[Row, list, str | None, str]],
                                   width: int, printed_width: dict[int, int]) -> dict[str, list[RawCell] | None] | None:
    """A converter's markdown of a PDF whose table 3 is cut at the page's edge with its 总计 column
    (LibreOffice's PDF of a page wider than the paper, then markitdown: `|  | 3 0 | 0 1 | 0 | 0 |`): where
    the header names 自然人 and nothing of 总计, no pipe row found holds as many figures and marks as the template's
    columns or more, and two thirds of them at least (two or more; a label's line alone is read as it is) hold
    no empty cell from their first figure to their last and, split at their spaces, exactly one figure or blank
    mark fewer than the columns, those words are the shown columns in order (nothing is left out of a row
    that prints a mark in every shown column) and the total is the one cut. Those rows → their words, and a row of
    as many words as the columns or more → None (`| 1 0 | 2 | … | 3 | 2 |`: 10 printed `1 0`, or a total beside
    the cut ones? unknown; it once read the whole table's empty cells past 其他 as blank totals); the others are
    read as they are (a figure glued to a label, a lost cell), but a row holding the page's gap among its words (an
    empty cell where no row as wide prints) → None: read as it stands, the gap would be a column. None for the table
    otherwise."""
    words_of_header = "".join(cell.text for row in header_rows for cell in row.cells)
    # a header word spread a character a line (`自` / `然` / `人`, markitdown's lines between the pipe rows), or
    # its first character on the line of the spanning header (`自 法人或其他组织` / `然` / `| 人 | 科研 社会公 |`):
    # the header's next applicant column, 商业企业, then names the table
    one_a_line = "".join(text for row in header_rows if len(text := L.squash("".join(c.text for c in row.cells))) == 1)
    # (`自 然`: LibreOffice spreads a narrow cell's characters apart, even inside the bracketed note's lines)
    names_applicants = "自然" in "".join(words_of_header.split()) or "自然" in one_a_line or \
        L.APPLICANTS["commercial_enterprise"][0] in L.squash(words_of_header)
    if "总" in words_of_header or not names_applicants or not read:
        return None
    # the places of a pipe width's cells that print something in some row (counted from the row's end: the empty
    # cells before a row's figures may have been dropped, `printed_width`), and how many rows are that wide: a place
    # among a row's words that no row as wide prints in (`| 22 | 2 | 1 0 |  | 0 | 0 |` and its page's others) is
    # the page's gap between two words, no column's (the words already fill the shown columns)
    printing: dict[int, set[int]] = {}
    as_wide: Counter[int] = Counter()
    for row, _, _, _ in read.values():
        if row.piped and row.has_figures():
            as_wide[wide := printed_width.get(id(row), len(row.cells))] += 1
            printing.setdefault(wide, set()).update(
                at - len(row.cells) for at, cell in enumerate(row.cells) if not cell.is_empty)
    words, piped, over = {}, 0, []
    named = _places_named_up_to_other(header_rows)
    placed = 0  # rows under such a header, placed by it or left unknown: never read as they stand
    for key, (row, _, _, _) in read.items():
        if not row.piped:
            continue  # a label's line alone (its figures on a pipe row without a label): as read
        if named is not None and row.has_figures() and printed_width.get(id(row), len(row.cells)) == named[0]:
            placed += 1
            if (under := _words_under_places_named(row, named[1], printing.get(named[0], set()))) is not None:
                words[key] = under
            else:
                over.append(key)  # read as it stands, the header's unnamed cell would be taken for a column
            continue
        # the cells after its last cell of words (a merged cell `13 -` may have been taken for its label's)
        start = max((at for at, cell in enumerate(row.cells) if _holds_words(cell.text)), default=-1) + 1
        values = row.cells[start:]
        piped += 1
        filled = [at for at, cell in enumerate(values) if not cell.is_empty]
        parts = [RawCell(word, cell.line) for cell in values[filled[0] : filled[-1] + 1] for word in cell.text.split()] \
            if filled else []
        if len(parts) >= width:
            over.append(key)  # a figure past the shown columns: a figure split by a space, or its total printed
            continue
        gaps = [start + at - len(row.cells) for at in range(filled[0], filled[-1]) if values[at].is_empty] if filled else []
        wide = printed_width.get(id(row), len(row.cells))
        if gaps and (as_wide[wide] < 2 or any(at in printing[wide] for at in gaps)):
            continue  # an empty cell where a row as wide prints: a blank printing nothing in its place?
        if not filled or len(parts) != width - 1 \
                or not all(_is_figure(part.text) or part.text in L.BLANK_TOKENS for part in parts):
            if gaps:
                over.append(key)  # read as it stands, the page's gap among its cells would be taken for a column
            continue  # read as it is (a figure glued to its label, a cell lost): never placed by the others
        words[key] = parts
    if not placed and (len(words) < 2 or 3 * len(words) < 2 * piped):
        return None
    return {**words, **dict.fromkeys(over)}


def _places_named_up_to_other(header_rows: list[Row]) -> tuple[int, list[int]] | None:
    """The nearest pipe header row above table 3's rows (markitdown's grid of a PDF cut with its 总计 column) naming
    the six applicant columns up to 其他, one a cell, in order, with an empty cell of no column among them (the page's
    gap: `| （本列…） | 自然人 | 商业企业 |  | 科研机构 | … | 其他 |`) and nothing after 其他: its width, and the places
    of its named cells counted from its end (a row may have lost empty cells before its figures). None otherwise."""
    header = next((row for row in reversed(header_rows) if row.piped and not row.has_figures()), None)
    if header is None:
        return None
    keys = [_applicant_of(cell.text) if not cell.is_empty else None for cell in header.cells]
    named = [at for at, key in enumerate(keys) if key is not None]
    if [keys[at] for at in named] != list(L.APPLICANT_KEYS[:-1]) or named[-1] - named[0] + 1 == len(named) \
            or any(not header.cells[at].is_empty for at in range(named[0], len(keys)) if keys[at] is None):
        return None
    width = len(header.cells)
    return width, [at - width for at in named]


def _words_under_places_named(row: Row, named: list[int], printing: set[int]) -> list[RawCell] | None:
    """A pipe row as wide as a header naming the shown applicant columns with an empty cell of no column among them
    (`_places_named_up_to_other`, the places counted from the end): its six words, where they stand one a named cell,
    nothing in the unnamed ones nor after 其他 (a blank printing nothing keeps its place, an empty named cell before
    a word; an empty 其他 may be words packed to the left past a blank, never read); or, words merged in cells packed
    to the left (`| 4 | 0 1 | 0 | 0 |  | 0 |  |`), its words six figures or marks, each empty cell among them at an
    unnamed place or one no row as wide prints in (never a blank in its place beside a figure split in two). None:
    which column each word stands in is not known."""
    cells = row.cells
    label_end = _last_cell_of_words(row) - len(cells)
    if label_end >= named[0]:
        return None
    region = range(label_end + 1, 0)
    under = [cells[at] for at in named]
    if all(cells[at].is_empty for at in region if at not in named) and not under[-1].is_empty \
            and all(cell.is_empty or _figures_or_marks(cell.text) and len(cell.text.split()) == 1 for cell in under):
        return [RawCell(cell.text.strip(), cell.line) for cell in under]
    filled = [at for at in region if not cells[at].is_empty]
    parts = [RawCell(word, cells[at].line) for at in range(filled[0], filled[-1] + 1) for word in cells[at].text.split()] \
        if filled else []
    unnamed = set(range(named[0], named[-1])) - set(named)
    if len(parts) != len(named) or not all(_figure_or_mark(part.text) for part in parts) or \
            any(cells[at].is_empty and at not in unnamed and at in printing for at in range(filled[0], filled[-1])):
        return None
    return parts


WORDS_PAST_A_CUT_TOTAL = ("a converter's pipe row printing as many figures and blank marks as the template's columns or "
                          "more, or not one for each shown column beside an empty cell of no column (the page's gap), "
                          "where the header names no 总计 and the table's other rows print one for each shown column "
                          "(the total cut at the page's edge): a figure split by a space, a total printed or a blank "
                          "printing nothing is not known")


FIGURES_READ_AS_LABEL = ("a converter's pipe row whose merged cells of figures and blank marks (`— 5`) stand where "
                         "its label was taken to go on, their words not one to each column: which column each "
                         "figure stands in is not known")


def _last_cell_of_words(row: Row) -> int:
    """The place of a pipe row's last cell holding words (its label's end; a merged cell of figures and marks,
    `3 —`, holds none), -1 where none does."""
    return max((at for at, cell in enumerate(row.cells) if _holds_words(cell.text)), default=-1)


def _figure_cells_read_as_label(row: Row) -> list[RawCell] | None:
    """A pipe row whose cells after its last cell of words include cells that the row's label was taken to
    hold: a converter's merged cell of figures and blank marks (`| 一、本年新收… | 11 | — 5 | — — | 1 | 17 |`,
    markitdown of LibreOffice's PDF) is no single value, so the label ran on to the last such cell. Its
    cells from the one after its last cell of words on; None where they are the row's values already."""
    label_end = _last_cell_of_words(row)
    cells = row.cells[label_end + 1 :]
    values = row.values()
    return cells if cells and len(cells) != len(values) and any(not cell.is_empty for cell in cells) else None


MERGED_CELL_AS_ONE = ("a converter's pipe cell of several figures and blank marks (columns merged) that would be read "
                      "as one cell, the row's words not one to each column: which column each stands in is not known")


def _merged_cell_read_as_one(fitted: list[RawCell | None], values: list[RawCell], width: int,
                             as_many: bool = False) -> bool:
    """Whether a pipe row's reading takes a cell of several figures and blank marks (`1 -`, columns merged) for
    one cell, where its value cells' words are not as many as the template's columns (as many, the rules
    choose among the ways to cut them, which may only say where an empty cell goes: `| 0 | 0 0 |  | 0 |`);
    with `as_many`, whatever their number (table 3: `| 12 | — — | 11 | … | 36 |  |` read whole moved each later
    word a column on, 36 into 其他 and 总计 blank, which no rule sees)."""
    if not any(raw is not None and len(raw.text.split()) > 1 and _figures_or_marks(raw.text) for raw in fitted):
        return False  # asked of every pipe row: most read no cell of several words
    return as_many or sum(len(cell.text.split()) for cell in values if _figures_or_marks(cell.text)) != width


BARE_LABEL_AMONG_PIPE_ROWS = ("its label on a line of its own among a converter's pipe rows, no cell after it, beside a "
                              "pipe row of figures without a label (its figures, or another row's?): not known to be "
                              "blank")


def _beside_a_label_less_pipe_row(rows: list[Row], row: Row) -> bool:
    """Whether the line right before or after `row` is a pipe row of figures holding no words: a converter's
    markdown prints a row whose blanks print nothing as its label's line alone (a blank row), but also a row
    whose label wrapped round its figures' line (`一、本年` / `|  | 11 — | 3 — | … |` / `新收…申请数量`)."""
    at = next((i for i, other in enumerate(rows) if other is row), None)
    if at is None:
        return False
    return any(0 <= i < len(rows) and rows[i].piped and rows[i].has_figures()
               and not any(_holds_words(cell.text) for cell in rows[i].cells) for i in (at - 1, at + 1))


def _pipe_value_words(row: Row) -> list[str] | None:
    """The words of a pipe row's cells after its last cell of words (a merged cell `3 —` may have been taken
    for its label's), where each is a figure or a blank mark; None where another word stands among them."""
    label_end = _last_cell_of_words(row)
    words = [word for cell in row.cells[label_end + 1 :] for word in cell.text.split()]
    return words if all(map(_figure_or_mark, words)) else None


def _short_of_words(count: int) -> str:
    return (f"a converter's pipe row of {count} figures and blank marks where the table's other rows print one for "
            "each column it shows (a mark for a blank): a cell printed nothing or was lost, and which one is not "
            "known (the words may stand packed to the left of their columns)")


def _pipe_rows_short_of_words(read: dict[str, tuple[Row, list, str | None, str]], width: int) -> dict[str, int]:
    """Table 3's pipe rows (a converter's markdown of a PDF) printing fewer figures and blank marks than the columns
    where two thirds of the table's pipe rows of figures at least (three or more) print one for each column shown
    (the template's, or all but the total where the header cut 总计 and those rows print one fewer): such a table
    writes a mark for each blank, so a row short of words lost a cell or printed nothing for a blank, and where its
    empty cells all follow its words, markitdown may have set them packed to the left (`| 3 | 0 | 0 | 0 | 0 | 3 |  |`
    for 3, nothing, 0, 0, 0, 0, 3): where the blank stands is not known, and no rule sees a total read blank. Under
    a header showing the total, only where its last word may be that total (`_last_word_its_sum`). Those rows and
    their counts of words."""
    counts = {key: len(words) for key, (row, _, _, _) in read.items()
              if row.piped and row.has_figures() and (words := _pipe_value_words(row)) is not None and words}
    # an empty cell before a word read (`|  | 0 | 0 | 0 | 0 | 0 |  |`): markitdown kept the words' places, so its
    # empty cells are blanks in their columns; only a row whose empty cells all follow its words may be packed
    packed = {key for key, (_, fitted, _, _) in read.items() if key in counts
              and not any(raw is not None and raw.is_empty for raw in fitted[: _last_filled(fitted)])}
    if len(counts) < 3:
        return {}
    shown, most = Counter(counts.values()).most_common(1)[0]
    if shown not in (width, width - 1) or 3 * most < 2 * len(counts) or \
            (shown == width - 1 and any(count == width for count in counts.values())):
        return {}
    # a reading leaving some of the shown columns unknown already said what it does not know
    return {key: count for key, count in counts.items() if count < shown and key in packed
            and all(raw is not None for raw in read[key][1][:shown])
            and (shown < width or _last_word_its_sum(_pipe_value_words(read[key][0]) or []))}


SHORT_LINE_AMONG_SPARSE_PIPE_ROWS = (
    "a line of figures outside the converter's pipe rows, fewer than the columns, in a table whose pipe rows leave "
    "empty cells among their figures (its blanks print nothing): the line keeps no cell's place, so which columns its "
    "figures stand in is not known")


def _short_lines_among_sparse_pipe_rows(read: dict[str, tuple[Row, list, str | None, str]], width: int) -> list[str]:
    """Table 3's rows read from a line of figures that is no pipe row (markitdown writes a PDF's line it set in no
    table as plain text: `二、上年` / `2` / `结转政府信息公开申请数量`), fewer figures than the columns, in a table
    whose pipe rows hold an empty cell between two of their figures (`| 6 | 1 |  |  | 5 |`: a blank printed
    nothing, the pipe cells keep the columns' places): such a line keeps none, and read in order its first figure
    would be 自然人's whichever column printed it. Those rows (the reading in order is no proof)."""
    def empty_among_figures(row: Row) -> bool:
        filled = [at for at, cell in enumerate(row.values()) if not cell.is_empty]
        return bool(filled) and any(cell.is_empty for cell in row.values()[filled[0] : filled[-1]])

    short = [key for key, (row, fitted, _, _) in read.items() if not row.piped and row.has_figures()
             and sum(not cell.is_empty for cell in row.values()) < width and any(raw is not None for raw in fitted)]
    if not short or not any(row.piped and empty_among_figures(row) for row, _, _, _ in read.values()):
        return []  # (the lines outside the pipe rows asked first: most tables have none)
    return short


NUMBERS_ANOTHER_GROUP = ("a converter's pipe row whose own cells hold another group's bracketed numbering (`（三`, its "
                         "heading's piece set beside its own rows): not this row's, whatever the labels' alignment")


SHORT_PIPE_ROW_BESIDE_MERGED_CELLS = (
    "a converter's pipe row of fewer cells than the columns, read in order, in a table where a pipe cell holds the "
    "figures of several columns (`| 15 15 |`: the converter set two columns in one): its cells are not one a column, "
    "so which column each figure stands in is not known")


def _short_pipe_rows_beside_merged_cells(read: dict[str, tuple[Row, list, str | None, str]],
                                         printed: dict[int, int]) -> list[str]:
    """Table 3's pipe rows of fewer cells than the columns, read in order (`|  | 8.属于行政查询事项 | 1 |  |  |  |`),
    beside a pipe row as wide whose cell holds several figures (`| 一、本年新收… |  | 15 15 |  |  |  |`, markitdown of
    LibreOffice's PDF): markitdown draws a piece's columns where its words stand, so columns merge and empty ones
    vanish; a lone figure in a pipe column that holds two columns' figures in another row is either's, and reading
    in order takes it for the first. `printed`: rows that lost empty cells of no column, with their width as
    printed. Those rows (their reading in order is no proof)."""
    short = [key for key, (row, fitted, problem, code) in read.items() if row.piped and problem and code == "short_row"
             and fitted[0] is not None and fitted[-1] is None and any(not raw.is_empty for raw in fitted if raw)]
    if not short:
        return []  # (the short rows asked first: most tables read none in order)
    # rows as wide as printed (`_without_empty_cells_of_no_column`): the page's columns merged and dropped alike
    merged = {printed.get(id(row), len(row.cells)) for row, _, _, _ in read.values()
              if row.piped and any(len(cell.text.split()) > 1 and _figures_or_marks(cell.text) for cell in row.values())}
    return [key for key in short if printed.get(id(read[key][0]), len(read[key][0].cells)) in merged]


def _last_word_its_sum(words: list[str]) -> bool:
    """Whether a row's last word is the sum of the words before it (a blank mark 0): the row's total, its words
    packed to the left past a blank that printed nothing. Where it is not, the words stand where the row's cells
    do, the total printed nothing (`| 1 | 0 | 0 | 0 | 0 | 0 |  |`, a report leaving a total blank)."""
    values = [read_count(word).value for word in words]
    return all(value is not None or clean_cell_text(word) in L.BLANK_TOKENS for word, value in zip(words, values)) \
        and sum(value or 0 for value in values[:-1]) == (values[-1] or 0)


def _last_filled(fitted: list[RawCell | None]) -> int:
    """The place of a reading's last cell holding something, 0 where none does."""
    return max((at for at, raw in enumerate(fitted) if raw is not None and not raw.is_empty), default=0)


def _words_filling_the_columns(row: Row, width: int) -> list[RawCell] | None:
    """The words of a pipe row that lost empty cells of no column (`_without_empty_cells_of_no_column`) where
    they are exactly the template's columns, each a figure or blank mark, with empty pipe cells among them
    (`| 1 | 0 | 0 0 | 0 |  | 0 1 |`, markitdown of Chromium's PDF): every column has its word, so an empty cell
    is no column's, and they are the row's cells in order; only where the row's total is its parts' sum, which
    rules out a figure printed as two words (Chromium's spaced digits, `８ ０` for 80). None otherwise."""
    words = [RawCell(word, cell.line) for cell in row.values() for word in cell.text.split()]
    if len(words) != width or not all(_figure_or_mark(word.text) for word in words):
        return None
    reading = reading_of(words)
    return words if reading is not None and R.applicant_sum_holds(reading) else None


FIGURES_GLUED_TO_THE_LABEL = ("a converter's pipe row whose first figures share a cell with its label's last words "
                              "(`| 2.申 3 | 0 | … |`), its words then not one to each column keeping its sum (a blank "
                              "printing nothing, a figure split?): which column each stands in is not known")


# a label's last character (a word's, a numbering's closing bracket, `（五）3`, or a closing quote, `…一稳定”0`)
# and the figure touching it
_FIGURE_AFTER_A_LABELS_CHARACTER = re.compile(r"^(.*[\u4e00-\u9fff）)”」』])([0-9０-９][0-9０-９,，]*)$")


def _words_with_figures_glued_to_the_label(row: Row) -> list[RawCell] | None:
    """A converter's pipe row whose last cell of words ends in figures after the label's words (markitdown of a
    PDF whose wrapped label stands beside the first column: `| 果 （三 | 1.属 1 | 0 | 0 0 | 0 0 | 1 |`, or with no
    space, a figure touching the label's last character, `| 5.要求行政机关确认或重新出具1 | - | - - |`): those
    figures, then the words of the cells after it, each a figure or blank mark, with no empty cell among them (the
    caller asks they be one to each column and keep the row's sum). None where the label's cell ends in no figure;
    `[]` where an empty cell stands among the words or one is no figure nor mark (never read in order)."""
    end = _last_cell_of_words(row)
    if end < 0 or not row.cells[end + 1 :]:
        return None
    words = row.cells[end].text.split()
    glued = 0
    while glued < len(words) - 1 and _figure_or_mark(word := words[-1 - glued]) \
            and not any("\u4e00" <= char <= "\u9fff" for char in word):
        glued += 1  # a figure or a mark (`8.属 —`), never a character a label may end in (`无`)
    if not glued and words and (touching := _FIGURE_AFTER_A_LABELS_CHARACTER.match(words[-1])) is not None \
            and _is_figure(touching[2]):
        words = [*words[:-1], touching[1], touching[2]]  # `5.要求行政机关确认或重新出具1`: no space between
        glued = 1
    if not glued or not _holds_words(" ".join(words[: len(words) - glued])):
        return None
    line = row.cells[end].line
    cells = [RawCell(" ".join(words[len(words) - glued :]), line), *row.cells[end + 1 :]]
    while cells and cells[-1].is_empty:
        cells.pop()
    parts = [RawCell(word, cell.line) for cell in cells for word in cell.text.split()]
    if any(cell.is_empty for cell in cells) or not all(_figure_or_mark(part.text) for part in parts):
        return []
    return parts


NOT_ONE_FIGURE_A_COLUMN = ("a converter's pipe row beside empty cells that are no column's: its figures are not one "
                           "to each column of the template, so which column each stands in is not known")


def _one_figure_a_column(fitted: list[RawCell | None], row: Row, width: int) -> bool:
    """Whether a pipe row that lost empty cells of no column (`_without_empty_cells_of_no_column`) was read as
    its cells stand: its cells as many as the template's columns, each one figure, mark or none, read as they
    stand; or each column one figure or blank mark of its own, the words of its cells in order (a merged cell's
    `0 1` two of them), none split nor joined and no empty cell among them. Fewer
    words than columns leave a blank or a cut column somewhere, more a figure split into words: unknown."""
    values = row.values()
    if len(values) == width and all(cell.is_empty or _figures_or_marks(cell.text) and len(cell.text.split()) == 1
                                    for cell in values):  # as wide as the template, a figure or none a cell
        return all(map(is_, fitted, values))
    words = [word for cell in values for word in cell.text.split()]
    return len(words) == width and all(map(_figure_or_mark, words)) and \
        all(raw is not None for raw in fitted) and [raw.text.strip() for raw in fitted] == words


@lru_cache(maxsize=1 << 14)
def _figures_or_marks(text: str) -> bool:
    """A cell of figures or blank marks only (`0`, `3 0`, `-`)."""
    text = text.strip()
    return bool(text) and all(map(_figure_or_mark, text.split()))

def _under_the_pipe_header(row: Row, span: tuple[int, int], width: int,
                           unnamed: frozenset[int] | None = None) -> tuple[list, str | None, str]:
    """A pipe row's cells under its header's applicant columns: one a column when the header names as
    many as the template; fewer (columns merged, `| 商业企 科研机 |`): only a run of words that are
    exactly the template's figures, else unknown (which merged column a figure stands in is not known).
    `unnamed`: the header's empty cells among its seven named ones (the page's gap): where the row's are empty too,
    they are no column's; where not (words packed to the left of merged cells), its words are the columns in order
    only where they are as many as the template's and keep the row's sum (`_words_filling_the_columns`)."""
    if unnamed:
        if all(row.cells[at].is_empty for at in unnamed):
            cells = [cell for at, cell in enumerate(row.cells[: span[1]]) if at >= span[0] and at not in unnamed]
            return _under_the_pipe_header(row.with_cells(cells), (0, len(cells)), width)
        if (words := _words_filling_the_columns(row, width)) is not None:
            return words, None, "short_row"
        return [None] * width, ("the header's applicant columns hold an empty cell of no column (the page's gap) where "
                                "this row prints: which column each word stands in is not known"), "short_row"
    cells = row.cells[span[0] : span[1]]
    if len(cells) == width:
        return cells, None, "short_row"
    if (words := _figures_of_merged_cells(cells, width, R.applicant_sum_holds)) is not None:
        return words, None, "short_row"
    return [None] * width, (f"the header's applicant columns are {len(cells)} cells for {width} columns (columns "
                            "merged): which column a figure stands in is not known"), "short_row"


MARKS_AFTER_LABEL = ("marks that are no words nor figures stand apart after its label (an OCR's reading of its "
                     "figures' ink, `)` for 2): its figures were not read, so they are not known to be blank")


def _marks_after_the_label(row: Row) -> bool:
    """An aligned row of no figures whose label is followed, set apart by spaces, by marks that are
    neither words, figures nor a blank cell's sign (`(二) 部分公开(区分处理的…   )      )`): ink where
    figures stand that an OCR read as punctuation or stray letters."""
    cells = row.label_cells()
    words = [i for i, cell in enumerate(cells) if _HAS_A_WORD_RE.search(cell.text)]
    return bool(words) and any(_STRAY_MARK_RE.fullmatch(clean_cell_text(cell.text))
                               for cell in cells[words[0] + 1 :])


def _its_label_lines(rows: list[Row], row: Row) -> list[Row]:
    """The lines of the row's wrapped label: the row, the line above it where its label opens with a
    clause's punctuation (`，不计其他情形）`: the rest of a label wrapped from there), and the lines after
    it up to the next numbered label or a line holding figures, WRAP lines at most."""
    index = next((i for i, other in enumerate(rows) if other is row), None)
    if index is None:  # a row put together from several lines: its cells are its own
        return [row]
    lines = [row, rows[index - 1]] if index and row.label.lstrip().startswith(("，", ",", "、", "；")) else [row]
    for line in rows[index + 1 : index + 1 + WRAP]:
        if line.values() or _opens_a_numbered_label(line) or _opens_a_numbered_label(line, _SUB_ROW_NUMBERING_RE):
            break
        lines.append(line)
    return lines


_HAS_A_WORD_RE = re.compile(r"[\u4e00-\u9fff]{2}")
_STRAY_MARK_RE = re.compile(r"[^\u4e00-\u9fff\d\s/\-—–－／]{1,2}")


NOTHING_AFTER_LABEL = ("nothing after its label, where the table prints 0 for a row with nothing to count: its "
                       "figures were not seen (lost ink, or set apart from it), so they are not known to be blank")


def _writes_its_zeros(rows: Iterable[Row]) -> bool:
    """Whether table 3 prints its zeros: a row whose figures are all 0. Such a table prints something
    in a row with nothing to count, so a label with no cell at all after it lost its figures (an OCR
    that read no ink) rather than printed blanks. Not asked of a crawled line (its empty cells run the
    labels together), of aligned text whose header's columns hold (empty space under them on the row's
    line is seen blank) nor of text whose rows set their figures one space apart after the label
    (`pdftotext -raw`: the PDF's own text, where a label alone is a row of blank cells)."""
    for row in rows:
        texts = [clean_cell_text(cell.text) for cell in row.values() if not cell.is_empty]
        if texts and all(text in ("0", "０") for text in texts):
            return True
    return False


def _prints_blank_marks(rows: Iterable[Row]) -> bool:
    """Whether table 3 prints a mark in a blank cell (`22  4  -  -  2`): such a table prints something in a
    row with nothing to count too, as one printing its zeros does (`_writes_its_zeros`)."""
    return any(not L.BLANK_TOKENS.isdisjoint(clean_cell_text(cell.text) for cell in row.values() if not cell.is_empty)
               for row in rows)


def _figures_on_lines_of_their_own(rows: list[Row]) -> bool:
    """Whether figures of the table stand on lines apart from any label (one cell per line, not a
    crawled line): in such text a label may be followed by another label while its figures come
    later (`pdftotext` without -layout reads a table column by column, block by block)."""
    return any(row.stacked and not row.joined and any(not cell.is_empty for cell in row.values()) for row in rows)


# words of table 3's header (a converter's column names `数据1 … 数据6` wrap as `数据` over `1 2 3 …`)
_HEADER_WORD_RE = re.compile("数据|类别|项目|总计|申请人|自然人|法人|" + "|".join(n for names in L.APPLICANTS.values() for n in names))


_HEADING_WORDS_RE = re.compile(r"[本年度办理结果不予公开无法提供处理其他、，]{2,}")


def _without_headings_beside_figures(rows: list[Row], template: str) -> list[Row]:
    """Aligned text where a group's merged heading (`（四）无法提供`), written in the margin column, fell on the
    line of a sub-row's figures in the middle of that sub-row's wrapped label (`2.没有现成信息需要另行` /
    `无法提供   0  0 …` / `制作`): the heading's words name no row and stand left of the label lines on either
    side; they are dropped, so the figures are the label-less middle line of the label around them, not a
    row named by the heading (whose figures would go to the next row and the label's to none)."""
    keys = L.application_rows(template)
    out = list(rows)
    for index in range(1, len(rows) - 1):
        row, above, below = rows[index], rows[index - 1], rows[index + 1]
        if not (row.aligned and above.aligned and below.aligned):
            continue  # the flags first: tables not aligned by spaces say no here
        labels = row.label_cells()
        if not (row.figures_after_label and labels):
            continue
        text = "".join(cell.text for cell in labels)
        if not _HEADING_WORDS_RE.fullmatch(re.sub(r"\s+", "", text)) or A.names_a_row(L.squash(text), keys):
            continue
        # the label lines' own words (after any margin characters of their own) stand right of the heading's
        if any(line.page != row.page or line.has_figures() or not line.label_cells()
               or line.label_cells()[-1].x is None or labels[-1].x is None
               or line.label_cells()[-1].x <= labels[-1].x for line in (above, below)):
            continue
        out[index] = Row(row.values(), aligned=True, page=row.page)
    return out


# a word of a group's merged heading written down the margin column (`其他处`, `理`, `其 他 处`, `（六）`,
# `三、本年度办`): the headings' characters, after a heading's numbering (never a row's `1.`)
_MARGIN_HEADING_WORD_RE = re.compile(r"(?:[（(][一二三四五六七八九十]+[）)]|[一二三四五六七八九十]+、)?"
                                     r"[本年度办理结果不予公开无法提供处理其他]*")
_HEADING_CHARACTER_RE = re.compile(r"[本年度办理结果不予公开无法提供处理其他]")


def _without_margin_headings(row: Row, template: str) -> Row:
    """An aligned row whose line holds, before a sub-row's label, a piece of its group's merged heading
    written down the margin column (`其他处 申请人逾期未按收费通知要求缴`, `理` / `纳费用、行政机关不再处理其政  0 …`,
    `其 他 处 申请人逾期未按…`): the heading's words are dropped, so the label's lines join to the sub-row's
    own words (`申请人逾期未按收费通知要求缴` + `纳费用、…`), not the heading's characters among them, which
    left the sub-row named by no line and its figures taken by the sub-row above it (whose label's last
    words both sub-rows share). Any other row as it is: the heading's words alone (`（六）其他处理`, `理`),
    a label whose words after them are the heading's too, a row's own numbering (`1.`) before its words, and
    a narrow label column's few characters a line (`果  （二）部分公`, `予公  家秘`), read down the column
    with the heading's (`_down_a_narrow_column`), unless they name a row whole (`理   3.其他`)."""
    if not row.aligned:
        return row
    labels = row.label_cells()
    if not labels or not _HEADING_CHARACTER_RE.search(labels[0].text):
        return row  # most rows: asked no further
    if not _MARGIN_HEADING_WORD_RE.fullmatch(re.search(r"\S+", labels[0].text).group()):
        return row  # its first word no heading's (`（一）予以公开`: most rows of table 3), asked before all its words
    words = [(cell, match) for cell in labels for match in re.finditer(r"\S+", cell.text)]
    heading = 0
    while heading < len(words) and _MARGIN_HEADING_WORD_RE.fullmatch(words[heading][1].group()):
        heading += 1
    if heading == 0 or heading == len(words) or \
            not any(_HEADING_CHARACTER_RE.search(match.group()) for _, match in words[:heading]):
        return row
    cell, match = words[heading]  # the label's first own word
    rest = L.squash(" ".join(m.group() for _, m in words[heading:]))
    if len(rest) <= NARROW + 2 and not A.names_a_row(rest, L.application_rows(template)):
        return row  # a narrow label column, heading and label a few characters a line: read down it as it stands
    before = {id(raw) for raw in labels[: next(i for i, raw in enumerate(labels) if raw is cell)]}
    kept = []
    for raw in row.cells:
        if raw is cell:
            rest = raw.text[match.start():]
            if raw.x is None:
                kept.append(RawCell(rest, raw.line))
            else:  # its centre moved right by half the width dropped
                width = raw.columns or display_width
                dropped = raw.text[: match.start()]
                kept.append(RawCell(rest, raw.line, raw.x + width(dropped) / 2, columns=raw.columns,
                                    x_glyphs=None if raw.x_glyphs is None else raw.x_glyphs + len(dropped) / 2))
        elif id(raw) in before:
            continue  # a cell of the heading's words alone
        else:
            kept.append(raw)
    return row.with_cells(kept)


def _without_column_numbers(row: Row) -> Row:
    """A row of the header whose figures are the run 1, 2, … n (n ≥ 3) numbers the columns: those
    numbers are no row's figures, so the row keeps its words only. Any other row as it is. Two
    numbers may share a cell (`| 1 2 | 3 4 | 5 6 |`: a converter's markdown joining a header's
    columns, as it joins those of the figures below)."""
    values = row.values()
    if len(values) < 3:
        return row  # asked of every row: most say no here or at the first figure
    for cell in values:
        if text := cell.text.strip():
            if text.split()[0] != "1":
                return row
            break
    else:
        return row
    figures = [word for cell in values if not cell.is_empty for word in L.normalize_text(cell.text).split()]
    label = L.squash(row.label)
    if len(figures) < 3 or figures != [str(n) for n in range(1, len(figures) + 1)] or \
            (label and (not _HEADER_WORD_RE.search(label) or _NUMBERED_LABEL_RE.match(row.label.strip()))):
        return row
    return row.with_cells(list(row.label_cells()))


def _labels_then_figures(rows: list[Row], found: dict[str, Row], keys: tuple[str, ...], width: int,
                         ) -> dict[str, list[RawCell]]:
    """Rows whose labels stand one after another, the last followed by one block of figures as many
    as the rows have cells (`1.本机关不掌握…` / `2.没有现成信息…` / `3.补正后…` / 21 figures): each row's
    figures, in order, where every row so read keeps its sum. Nothing for any other shape."""
    position: dict[int, int] | None = None  # built at the first block that may be such (most tables: none)
    placed: dict[str, list[RawCell]] = {}
    waiting: list[str] = []
    for key in keys:
        row = found.get(key)
        figures = [cell for cell in row.values() if not cell.is_empty] if row is not None else []
        if row is not None and not figures and not _emptiness_shown(row, width):
            waiting.append(key)
            continue
        if row is not None and waiting and len(figures) == (len(waiting) + 1) * width:
            if position is None:
                position = _positions(rows)
            lines = [position[id(found[k])] for k in waiting] + [position[id(row)]]
            between = rows[lines[0] + 1 : lines[-1]]
            chunks = [figures[i * width : (i + 1) * width] for i in range(len(waiting) + 1)]
            readings = [reading_of(chunk) for chunk in chunks]
            if lines == sorted(set(lines)) and not any(r.has_figures() for r in between) \
                    and all(r is not None and R.applicant_sum_holds(r) for r in readings):
                placed.update(zip([*waiting, key], chunks))
        waiting = []
    return placed


def _figures_counted_to_rows(rows: list[Row], found: dict[str, Row], keys: tuple[str, ...], width: int
                             ) -> dict[str, list[RawCell]]:
    """Table 3 set row by row as blocks of its own (`pdftotext` without -layout): a row's label, lines
    of the header or of the label's wrapped tail (`数据 … 总` / `计`, `计这一`), then its figures, one
    a line. A row's figures are then those after its label up to the next row's label, on lines that
    are no row's; and one label may be followed by the figures of two rows or more, where the other
    rows' labels stand elsewhere (after those figures) or are not found. Such a block of k × width
    figures goes to its row and to the run of figure-less rows beside it, in template order, when
    that run is k - 1 rows long on one side only (the row on the run's other side holding its own
    figures, no more) and every row so read keeps its sum. Each key so read with its figures; rows
    read from their own line alone, and any other shape, are left to the caller."""
    # table 3 is read this way only in text of one cell a line, with no row of aligned text, so every
    # row found is one of `rows` (find_application_rows builds a row only of aligned text's wrapped lines)
    position = _positions(rows)
    if any(id(found[key]) not in position for key in keys if key in found):
        return {}  # a row found elsewhere than `rows` (never so today): no run of rows is known, read nothing
    at = {key: position[id(found[key])] for key in keys if key in found}
    if list(at.values()) != sorted(at.values()):
        return {}  # labels out of the template's order: no run of rows is known
    ends = [*list(at.values())[1:], len(rows)]
    own: dict[str, list[RawCell]] = {}
    borrowed: set[str] = set()  # keys whose figures stand (partly) on lines that are no row's
    for (key, start), end in zip(at.items(), ends):
        after = [cell for row in rows[start + 1 : end] for cell in row.values() if not cell.is_empty]
        own[key] = [cell for cell in rows[start].values() if not cell.is_empty] + after if start < end else []
        if after:
            borrowed.add(key)
    if any(len(figures) % width for figures in own.values()):
        return {}  # a row short of cells (blanks that left no trace): counts place nothing
    held = {key: len(own.get(key, ())) // width for key in keys}
    for key in keys:  # a row with no figure of its own must show nothing, else it is no run's
        if key in found and not held[key] and _emptiness_shown(found[key], width):
            return {}
    placed: dict[str, list[RawCell]] = {}
    for index, key in enumerate(keys):
        extra = held[key] - 1
        sides = []
        for step in (-1, 1):
            run = []
            at_index = index + step
            while 0 <= at_index < len(keys) and not held[keys[at_index]]:
                run.append(keys[at_index])
                at_index += step
            beyond = keys[at_index] if 0 <= at_index < len(keys) else None
            if extra > 0 and len(run) == extra and (beyond is None or held[beyond] == 1):
                sides.append(run[::-1] + [key] if step < 0 else [key] + run)
        if extra < 0 or (extra > 0 and len(sides) != 1):
            continue
        group = sides[0] if extra else [key]
        if not extra and key not in borrowed:
            continue  # its figures on its own line: read as any row is
        chunks = [own[key][i * width : (i + 1) * width] for i in range(len(group))]
        if all((reading := reading_of(chunk)) is not None and R.applicant_sum_holds(reading) for chunk in chunks):
            placed.update(zip(group, chunks))
    return placed


def _emptiness_shown(row: Row, width: int) -> bool:
    """Whether a row's own text shows its cells empty, not merely figure-less: a figure, an empty
    cell that is no gap between rows (a tab's cell, a marked blank), or an empty line for every
    column. A label followed directly by the next label (or by the one empty line that parts
    any two lines) shows nothing."""
    values = row.values()
    return not row.stacked or row.joined or len(values) >= width or \
        any(not cell.is_empty or not cell.gap for cell in values)


def _misplaced(row: Row, clean: R.Reading | None, anchors: list[float] | None) -> bool:
    """Aligned figures placed under the header's columns but breaking their row's sum, where
    another placement in order keeps it: a page laid out with other column widths than the one
    holding the header. (A row that breaks its sum however its figures are placed is read as
    printed.)"""
    if not row.aligned or anchors is None or clean is None or R.applicant_sum_holds(clean):
        return False
    return bool(aligned_readings(row.values(), anchors, R.applicant_sum_holds, free=True))


def _totals_left_blank(rows: list[Row]) -> bool:
    """Crawled outcome rows that all end in a blank cell (a crawled `&nbsp;`): the report leaves
    总计 blank in its outcome rows, filling it in the totals rows only."""
    return all(row.joined and row.values() and clean_cell_text(row.values()[-1].text) == "" for row in rows)


def _with_its_total_left_blank(row: Row, width: int) -> list[R.Reading]:
    """The splits of a crawled outcome row that keeps no sum but prints a blank (a crawled `&nbsp;`)
    where its total stands: some reports fill 总计 only in the totals rows, so the row's digits are
    its six applicant cells alone, in any split, the total blank. A row that cuts one way is read
    that way; the column rules choose among several (`settle_table`), else they stay unknown."""
    texts = [c.text for c in row.values()]
    if not row.joined or len(texts) < 2 or clean_cell_text(texts[-1]) != "":
        return []
    found = R.row_candidates(texts[:-1], width - 1, summed=False, crawled=True, limit=R.MAX_CANDIDATES_IN_TABLE)
    return [(*reading, None) for reading in found or ()]


class FoundTable3(NamedTuple):
    """Table 3's rows as `page_blanks` read them for table 2 (without column numbers) and the template
    rows it found among them, which read_applications takes instead of finding them again."""

    rows: list[Row]
    template: str
    found: dict[str, Row]


def _found_again(rows: list[Row], template: str, before: FoundTable3 | None) -> dict[str, Row]:
    """`find_application_rows`, or what `page_blanks` found of the same rows (a crawled page's table 3:
    its rows are then the same rows, each its own object)."""
    if before is not None and before.template == template and len(before.rows) == len(rows) \
            and all(map(is_, rows, before.rows)):
        return before.found
    return find_application_rows(rows, template)


def page_blanks(rows: list[Row], template: str) -> tuple[PageBlanks, FoundTable3 | None]:
    """How a crawled page writes its empty cells, as its table 3 (`rows`) shows, for table 2. A page
    writes them one way: as `0`, as a mark (`/`, `无`, `-`, a crawled `&nbsp;`), or as nothing, which
    hides a cell in a run of digits. Every real crawl in tests/fixtures/real agrees: none has a blank
    in table 2 unless its table 3 shows one, and then the same way. So a page whose crawled table 3
    holds, in every row, as many digits and marks as columns drops no blank cell, and a `-` in its
    table 2 is a blank only if its table 3 marks blanks with one. A row of table 3 short of that or
    with nothing at all, or no crawled table 3 to tell: a blank may be anywhere, as anything.
    Beside it, the table 3 rows it found (None where it looked for none), for read_applications."""
    if not any(row.joined for row in rows):
        return ANY_BLANKS, None
    table_rows = [_without_column_numbers(row) for row in rows]
    found = find_application_rows(table_rows, template)
    read = FoundTable3(table_rows, template, found)
    crawled = [row for row in found.values() if row.joined]
    if not crawled or len(crawled) < len(found):
        return ANY_BLANKS, read
    dash = any(clean_cell_text(c.text) in _DASHES for row in crawled for c in row.values())
    return PageBlanks(_blanks_left_no_trace(crawled, len(L.APPLICANT_KEYS), empty_rows=True), dash), read


def _prints_blank_marks_short(row: Row, width: int) -> bool:
    """A row of figures (set apart by single spaces, or aligned) that prints a blank mark (`/`, `无`, `—`) yet
    fewer cells than `width`, the columns its table prints: it writes its blanks, so the cells it does not print
    are not blank but lost (set elsewhere, or a wide figure stacked a digit a line off its line), and no
    placement of its few cells may read the rest as blank (`3.危及… /` is not a row of seven blanks)."""
    texts = _cell_texts(row)
    return len(texts) < width and any(map(_is_blank_mark, texts))


def _cell_texts(row: Row) -> list[str]:
    return [clean_cell_text(cell.text) for cell in row.values()]


def _a_digit_a_cell(row: Row, width: int) -> R.Reading | None:
    """A crawled row printing exactly `width` digits and nothing else (`5100000` for seven cells): each
    digit one cell, as no cell of a count is printed without a digit; None for any other row."""
    if not row.joined:
        return None
    texts = [text for text in (clean_cell_text(c.text) for c in row.values()) if text]
    if not texts or not all(text.isdigit() and text.isascii() for text in texts):
        return None
    digits = "".join(texts)
    return tuple(Decimal(digit) for digit in digits) if len(digits) == width else None


def _blanks_left_no_trace(rows: list[Row], width: int, empty_rows: bool = False) -> bool:
    """A crawled table where a row has fewer digits and blank marks (a crawled `&nbsp;` cell, `/`,
    `无`) than the table has columns: its blank cells left no trace, so in any of its rows a cell may
    be a blank that took no digit. `empty_rows`: a row with no figure at all counts too."""
    def traces(row: Row) -> tuple[int, int]:
        texts = [clean_cell_text(c.text) for c in row.values()]
        return sum(len(t) for t in texts if t.isdigit()), sum(t in L.BLANK_TOKENS for t in texts)

    return any((0 < digits or empty_rows) and digits + spaces < width  # a crawled row's traces: only those counted
               for row in rows if row.joined for digits, spaces in [traces(row)])


_LEADING_ZERO_RE = re.compile(r"0\d")


def _looks_run_together(row: Row, fitted: list, problem: str | None, clean: R.Reading | None, row_rule,
                        cells_known: bool = False) -> bool:
    """A row whose cells may have run together: short, holding a cell of several figures, or
    breaking its own sum while one of its figures could be two. `cells_known`: the text's tabs are its
    format's cell bounds, none lost (a tab row of plain text may have lost one: `1⇥1` typed as `11`)."""
    if row.lines_apart and problem is None:
        return False  # every cell a line of its own, every empty line accounted for: nothing ran together
    traits = 0
    for raw in fitted:
        if raw is not None:
            traits |= _cell_traits(raw.text)
    splittable = bool(traits & _SPLITTABLE)
    if traits & (_SEVERAL | _LEADING_ZERO):
        return True  # `2 0`; `018`, which reads as 18 but is more likely 0 and 18
    if cells_known and row.tabbed and not row.joined:
        # cells the format set apart (a PDF's ruled grid, HTML, DOCX): `94` is one cell's figure, never 9 and 4,
        # and a row short of cells lost them (a column cut at the page's edge): read as usual, the rest unknown
        return False
    if row.joined and _has_digit_run(row.values()):
        return True  # a crawled page: a run of digits may be several cells however well it fits
    if problem is not None or row.short_by:  # fewer cells than the template (fit_values: "5 of 7 cells")
        if row.piped and not row.short_by:
            return False  # a markdown row as wide as its table's rule line: its bars set each figure apart (`| 26 |`)
        return (row.short_by > 0 or " of " in problem) and splittable
    return clean is not None and splittable and not row_rule(clean)


_SEVERAL, _SPLITTABLE, _LEADING_ZERO = 1, 2, 4


@lru_cache(maxsize=1 << 16)  # asked of every cell of table 3; the same cells recur in every report
def _cell_traits(text: str) -> int:
    """What of a cell makes its row look run together, as bits: it holds several figures (`2 0`),
    it is a run of digits that could be split, it starts with a zero (`018`)."""
    cleaned = clean_cell_text(text)
    return (_SEVERAL if _holds_several(text) else 0) | \
        (_SPLITTABLE if len(cleaned) > 1 and cleaned.isdigit() else 0) | \
        (_LEADING_ZERO if _LEADING_ZERO_RE.match(cleaned) else 0)


@lru_cache(maxsize=1 << 14)
def _holds_several(text: str) -> bool:
    """A cell holding several figures (`2 0`); memoized: the same cells recur in every report."""
    return RUN_TOGETHER_RE.search(L.normalize_text(text)) is not None


def _year_split_off(report: ParsedReport, rows: list[Row], row: Row, texts: list[str]) -> tuple[list[str], str] | None:
    """A crawled row whose last run of digits ends in the report's year (or the next) with the text
    going on `年…`: a sentence that begins with the year ran into the row's last figure
    (`…结转下年度继续办理20000022025年，我局…`). (The row's cell texts without those four digits, the
    year), or None when the row does not end so. No cell of a table is followed by `年`."""
    values = [clean_cell_text(text) for text in texts]
    if not row.joined or report.year is None or not values or len(values[-1]) <= 4 or not values[-1].isdigit():
        return None
    year = values[-1][-4:]
    if int(year) not in (report.year, report.year + 1):
        return None
    following = next((rows[i + 1] for i in range(len(rows) - 1) if rows[i] is row), None)
    if following is None or not following.cells or not L.normalize_text(following.cells[0].text).lstrip().startswith("年"):
        return None
    return [*values[:-1], values[-1][:-4]], year


def _with_year_split_off(report: ParsedReport, where: str, rows: list[Row], row: Row, texts: list[str],
                         candidates_of: Callable[[list[str]], list[R.Reading] | None]) -> list[R.Reading] | None:
    """The row's splits (`candidates_of` its value cells' `texts`) as printed, together with those
    of its text without a year that ran into its last figure (`_year_split_off`), when the row's
    rules allow any: both hypotheses stay open, so a run that reads either way (`12025年`: 12025, or 1 and the
    year) is as ambiguous as it is. None: too many splits."""
    candidates = candidates_of(texts)
    split_off = _year_split_off(report, rows, row, texts)
    if split_off is None or candidates is None:
        return candidates
    trimmed, year = split_off
    without_year = candidates_of(trimmed)
    if not without_year:
        return candidates if without_year is not None else None
    report.warn("year_run_on", f"{where}: its last run of digits ends in {year} and the text goes on `年`: a "
                f"sentence beginning with the year ran into the figure; read without it where the rules allow",
                row.line)
    return list(dict.fromkeys([*candidates, *without_year]))


def _has_digit_run(cells: list[RawCell]) -> bool:
    runs = (clean_cell_text(c.text).lstrip("+-－") for c in cells)  # `+11`: a sign, then digits
    return any(len(text) > 1 and text.isdigit() for text in runs)


def _settle_run_together(report: ParsedReport, table: str, row_key: str, columns: tuple[str, ...], row: Row,
                         fitted: list, candidates: list) -> bool:
    """Write the row's cells if the run-together reading settles it (True); False: read as usual."""
    texts = " | ".join(c.text.strip() for c in row.values())
    if len(candidates) == 1:
        (reading,) = candidates
        report.warn("cells_recovered", f"{table} {row_key}: cells ran together ({texts}); the template's rules "
                    f"allow one split only, {[None if v is None else int(v) for v in reading]}; "
                    "marked recovered", row.line)
        for column, value in zip(columns, reading):
            # a blank stays blank (NULL); rules.py treats it as recovered, as it is its row's
            report.cells.append(Cell(table, row_key, column, value, BLANK if value is None else RECOVERED, row.line,
                                     texts))
        return True
    common = R.common_cells(candidates) if len(candidates) > 1 else {}
    if common:
        shown = {columns[c]: None if v is None else int(v) for c, v in common.items()}
        report.warn("cells_recovered", f"{table} {row_key}: cells ran together ({texts}); {len(candidates)} splits "
                    f"keep the rules, all with {shown}: those marked recovered, the others unknown", row.line)
        for c, column in enumerate(columns):
            value = common.get(c)
            state = UNKNOWN if c not in common else BLANK if value is None else RECOVERED
            report.cells.append(Cell(table, row_key, column, value, state, row.line, None if state == UNKNOWN else texts))
        return True
    several = row.aligned or any(_holds_several(raw.text) for raw in fitted if raw is not None)
    # a crawled row's run of digits is never read as one figure: it holds several cells
    if len(candidates) > 1 or several or row.joined:
        why = f"{len(candidates)} splits keep the rules" if candidates else "no single split keeps the rules"
        report.warn("cells_ran_together", f"{table} {row_key}: cells ran together ({texts}); {why}: "
                    "its cells are unknown", row.line)
        for column in columns:
            report.cells.append(Cell(table, row_key, column, None, UNKNOWN, row.line))
        return True
    return False


# ---------------------------------------------------------------- table 4


# a proceeding's own name; 行政复议 in the section's title (`行政复议、行政诉讼情况`) names none
_PROCEEDING_RE = re.compile(r"复议后起诉|直接起诉|行政复议(?![、，,和及与]?行政诉讼)")
_PROCEEDING_OF = {"复议后起诉": "litigation_after_review", "直接起诉": "litigation_direct",
                  "行政复议": "administrative_review"}


@lru_cache(maxsize=1 << 12)  # asked of every row of table 4; its labels recur in every report
def _proceeding_named(label: str) -> str | None:
    """The proceeding a heading of its own names (`### 行政复议`, `行政诉讼（未经复议直接起诉）`); the
    last one named, as the section's title may run into the first heading (`…行政诉讼情况行政复议`)."""
    named = _PROCEEDING_RE.findall(re.sub(r"\s+", "", L.normalize_text(label)))
    return _PROCEEDING_OF[named[-1]] if named else None


def _rows_per_proceeding(rows: list[Row]) -> list[list[RawCell]] | None:
    """Table 4 printed as three tables, one per proceeding: under each proceeding's own heading
    (and the outcomes' header) a row of five figures; the heading may share the row (one cell per
    line read as one row, `行政复议 结果维持 … 总计 27 10 9 15 61`). Each proceeding's five figures in
    the template's order, or None."""
    found: dict[str, list[RawCell]] = {}
    proceeding = None
    for row in rows:
        proceeding = _proceeding_named(row.label) or proceeding
        if not row.figures_after_label:
            continue
        figures = _five_figures(row)
        if proceeding is None or proceeding in found or figures is None:
            return None  # figures under no heading of their own, or not five: not this layout
        found[proceeding], proceeding = figures, None
    return [found[key] for key in L.PROCEEDING_KEYS] if len(found) == len(L.PROCEEDING_KEYS) else None


def _five_figures(row: Row) -> list[RawCell] | None:
    """A proceeding's row of five outcomes: its figures, a cell of figures one space apart split there
    (`27 10 9 15 61`), empty lines around them (a crawl's, one cell per line's) not cells of this
    small table; None unless exactly five figures."""
    figures = [part if " " not in part.text.strip() else RawCell(text, part.line)
               for part in row.values() if not part.is_empty for text in part.text.split()]
    return figures if len(figures) == len(L.REVIEW_OUTCOME_KEYS) and all(f.is_value for f in figures) else None


def _merged_pipe_grid(cells: int, width: int) -> str:
    return (f"{cells} pipe cells for {width} columns, empty ones among them: a converter's grid narrower than the "
            "template merged columns, and a cell printing nothing says nothing of which column a figure stands in")


def read_reviews(report: ParsedReport, rows: list[Row], past_the_heading: Sequence[Row] = (),
                 figures_past: bool = False, poppler_pages: bool = False, cells_known: bool = False,
                 cut_blank_totals: list[Cell] | None = None) -> None:
    """Table 4's cells into the report. `past_the_heading`: rows of figures and blank marks on lines of
    their own after the next section's heading, which text written in column chunks may give table 4
    (`无` / `无 2` / `—`); taken only where they make, with the table's own, exactly its cells' count.
    `figures_past`: figures stand on lines of their own after that heading, whatever the table ends on.
    `poppler_pages`: pdftotext's text (form feeds, no OCR's traits), whose -layout columns poppler set
    (page_order.py). `cells_known`, `cut_blank_totals`: as `read_applications`'."""
    if past_the_heading and _read_reviews_in_chunks(report, rows, past_the_heading):
        return
    width = len(L.PROCEEDING_KEYS) * len(L.REVIEW_OUTCOME_KEYS)
    keys = [(p, o) for p in L.PROCEEDING_KEYS for o in L.REVIEW_OUTCOME_KEYS]
    if (stacked := _review_row_with_stacked_figures(rows, width)) is not None:
        line, reading, printed = stacked
        report.warn("cells_recovered", f"table 4: a wide figure wrapped a digit a line over the row's line ({printed}), "
                    f"its digits read top to bottom make the row's {width} cells, each proceeding's total its "
                    "outcomes' sum: read in order, marked recovered", line)
        for (proceeding, outcome), value in zip(keys, reading, strict=True):
            report.cells.append(Cell("reviews", proceeding, outcome, value, BLANK if value is None else RECOVERED,
                                     line, printed))
        return
    # the first row with figures after its labels (one cell per line: the header's labels, an empty
    # line, then the figures, all one row; a crawled page: the header and its figures on one line)
    data = next((r for r in rows if r.figures_after_label), None)
    if data is not None and not data.piped and lone_piece(data) and rows.index(data) + 1 < len(rows):
        data = rows[rows.index(data) + 1]  # a wrapped figure's first piece, on a line of its own before its row
    if data is not None and (pieces := pieces_beside_a_pipe_row(rows, rows.index(data))) != (None, None):
        _read_reviews_with_wrapped_pieces(report, data, *pieces, keys)
        return
    if data is None:  # every figure blank: a row of empty cells as wide as the table
        data = next((r for r in rows if not r.label_cells() and len(r.cells) == width), None)
    # a cell is a word whole (`结 果 纠 正` spaced out), else its words (`结果维持 结果纠正`)
    header = sorted(header_words([part for r in rows if r is not data for c in r.cells if c.x is not None
                                  for part in ([c] if _outcome_of(c.text) else cell_parts(c))], _outcome_of))
    anchors = [x for x, _ in header] if [o for _, o in header] == [o for _, o in keys] else None
    # figures on lines of their own past the next section's heading may be the table's (blanks print nothing)
    if data is None and _printed_empty(rows, [key for _, key in header]) and not figures_past:
        report.warn("table_blank", "table 4: the report prints its full header and no figure before the "
                    "next section: every cell blank")
        for proceeding, outcome in keys:
            report.cells.append(Cell("reviews", proceeding, outcome, None, BLANK, rows[0].line))
        return
    # (a format whose reader knows each cell's bounds prints a row of empty cells: `_empty_row_under_a_cut_header`;
    # only a PDF's pages have an edge to cut at: a crawled page missing header words may have lost figures with them)
    if data is None and not figures_past and not cells_known and poppler_pages \
            and (shown := _printed_empty_under_a_cut_header(rows, width)) is not None:
        report.warn("columns_cut", f"table 4: the header shows its first {shown} columns only (the others cut at the "
                    "page's edge) and no figure before the next section: those cells blank, the others unknown")
        start = len(report.cells)
        for column, (proceeding, outcome) in enumerate(keys):
            report.cells.append(Cell("reviews", proceeding, outcome, None, BLANK if column < shown else UNKNOWN,
                                     rows[0].line))
        if cut_blank_totals is not None:  # a total cut over four outcomes shown blank: as the page prints such sums
            groups = len(L.REVIEW_OUTCOME_KEYS)
            cut_blank_totals += [report.cells[start + (p + 1) * groups - 1] for p in range(len(L.PROCEEDING_KEYS))
                                 if (p + 1) * groups - 1 == shown]
        return
    if data is None and _read_reviews_in_chunks(report, rows, beyond=past_the_heading):
        return
    if data is None and cells_known and (empty := _empty_row_under_a_cut_header(rows, width)) is not None:
        line, shown = empty
        report.warn("columns_cut", f"table 4: the header shows its first {shown} columns only (the others cut at the "
                    f"page's edge), and its row as many cells, each printed empty: those blank, the others unknown",
                    line)
        start = len(report.cells)
        for column, (proceeding, outcome) in enumerate(keys):
            report.cells.append(Cell("reviews", proceeding, outcome, None, BLANK if column < shown else UNKNOWN, line,
                                     "" if column < shown else None))
        if cut_blank_totals is not None:
            groups = len(L.REVIEW_OUTCOME_KEYS)
            cut_blank_totals += [report.cells[start + (p + 1) * groups - 1] for p in range(len(L.PROCEEDING_KEYS))
                                 if _total_of_blank_parts(report.cells[start + p * groups : start + (p + 1) * groups],
                                                          cells_known)]
        return
    if data is None:
        report.warn("missing_row", "table 4: no row of figures found; its cells are unknown")
        for proceeding, outcome in keys:
            report.cells.append(Cell("reviews", proceeding, outcome, None, UNKNOWN, None))
        return
    if data is rows[0] and _another_fifteen_past_the_header(rows, past_the_heading, _figures_and_marks([data]),
                                                           any_count_after=True):
        # figures between the heading and the header's words (table 3's last chunks, which pdftotext without
        # -layout may write past table 4's heading), and another fifteen after the header: either may be its own
        report.warn("figures_apart", "table 4: figures between its heading and its header's words, and as many "
                    "after the header (pdftotext may write table 3's last figures past table 4's heading): which "
                    "are the table's is not known; its cells are unknown", data.line)
        for proceeding, outcome in keys:
            report.cells.append(Cell("reviews", proceeding, outcome, None, UNKNOWN, data.line))
        return
    values = data.values()
    if data.piped and (marks := _figure_cells_read_as_label(data)) is not None:
        values = marks  # `| 2 - | - | 1 | 3 | … |`: a merged cell of figures and marks is no label
    words_among_empty_cells = False
    if data.piped and (words := _figures_of_merged_cells(data.cells, width, R.review_sums_hold)) is not None:
        values = words  # `| 1 | — — | — 1 | … |`: a converter's merged columns, their words exactly the table's
    elif data.piped and (words := _review_words_among_empty_cells(data, width)) is not None:
        values, words_among_empty_cells = words, True
    if by_proceeding := _rows_per_proceeding(rows):  # the three rows of five, in the template's order
        values, anchors = [cell for figures in by_proceeding for cell in figures], None
    fitted, problem, code = fit_row(data, values, width, anchors, row_rule=R.review_sums_hold)
    cut = False
    if problem and anchors is None and not data.joined and \
            (shown := _review_columns_shown(rows, data, values, cells_known and data.tabbed)):
        printed = "cells (a blank one printed empty)" if any(cell.is_empty for cell in shown) else "figures"
        report.warn("columns_cut", f"table 4: the header shows its first {len(shown)} columns only (the others cut "
                    f"at the page's edge), and the row as many {printed}, each group's total its parts' sum: read in "
                    "order, the others unknown", data.line)
        fitted, problem, cut = [*shown, *[None] * (width - len(shown))], None, True
    if data.piped and _merged_cell_read_as_one(fitted, values, width):
        fitted, problem, code = [None] * width, MERGED_CELL_AS_ONE, "short_row"  # `| 2 - | - | 1 | … |`, a word short
    elif data.piped and not problem and (short := _review_words_short_of_the_columns(data, fitted, width)) is not None:
        fitted, problem, code = [None] * width, short, "short_row"
    elif data.piped and problem and code == "short_row" and len(values) < width \
            and any(value.is_empty for value in values) and any(raw is not None for raw in fitted):
        # `| 2 | 1 | 3 |  |  |  |  |` under `| 结 结 | 其 尚 | 总 未经复议直接起诉 | …`: markitdown's grid of a PDF's table,
        # narrower than the template, merged the columns; a cell printing nothing is no proof of which ones
        fitted, problem = [None] * width, _merged_pipe_grid(len(values), width)
    # pdftotext's header words set in blocks of several cells' words: their places prove no figure's column
    # (unless every column has its figure, two cells' one space apart counted two, `0 0`: the only order there is)
    unproven = poppler_pages and data.aligned and not problem and anchors is not None and data.cells[0].columns is len \
        and not _every_column_printed(values, width, R.review_sums_hold) and not _outcome_words_apart(rows)
    if unproven:
        fitted = [None] * width
        problem = (f"{sum(not value.is_empty for value in values)} figures for {width} columns under header words "
                   "pdftotext set in blocks of several cells' words, whose places prove no column")
    if problem and code == "unaligned_cells" and not cut and data.aligned and poppler_pages \
            and (placed := _reviews_placed(rows, data)) is not None:
        agreed, by = placed
        printed = " ".join(value.text.strip() for value in values if not value.is_empty)
        report.warn("page_order", f"table 4: {problem} ({printed}); placed by their order, each proceeding's total "
                    f"its outcomes' sum and {by}: the cells every such placing agrees on marked recovered "
                    f"({sum(cell is not False for cell in agreed)} of {width}), the others unknown", data.line)
        start = len(report.cells)
        for (proceeding, outcome), value in zip(keys, agreed):
            state = UNKNOWN if value is False else BLANK if value is None else RECOVERED
            report.cells.append(Cell("reviews", proceeding, outcome, None if value is False else value, state,
                                     data.line, None if state == UNKNOWN else printed))
        if cut_blank_totals is not None and (shown := _review_columns_in_header(rows, data)) is not None:
            # a total cut at the page's edge over four outcomes every placing leaves printing nothing
            groups = len(L.REVIEW_OUTCOME_KEYS)
            cut_blank_totals += [report.cells[start + (p + 1) * groups - 1] for p in range(len(L.PROCEEDING_KEYS))
                                 if (p + 1) * groups > shown and _total_of_blank_parts(
                                     report.cells[start + p * groups : start + (p + 1) * groups], cells_known,
                                     cut_blank_totals.placed)]
        return
    if problem and not data.aligned and not data.piped and (printed := _each_cell_printed_apart(report, values, width)):
        fitted, problem = printed, None
    clean = reading_of(fitted)
    # plain `pdftotext` of Chromium's PDF, a wide figure wrapped a piece a line in its narrow column (`１` / `０` /
    # `２`: 12, its pieces round the next cell's 0): the groupings of the pieces that keep each proceeding's sum
    wrapped = _wrapped_review_readings(data, width) if data.stacked and not (data.aligned or data.spaced or data.ruled) \
        else []
    if wrapped is None or (not wrapped and clean is not None and data.stacked and not (data.aligned or data.spaced or data.ruled)
                           and not R.review_sums_hold(clean) and _a_wrapped_figure_may_fill(data, width)):
        why = "too many readings with blank cells that printed nothing to try" if wrapped is None else \
            "read a cell each they break REVIEW_SUM, which no reading of one or two blanks mends"
        report.warn("cells_ran_together", "table 4: pieces of figures perhaps wrapped a piece a line (plain pdftotext "
                    f"of a PDF, whose blank cells may print nothing); {why}: its cells are unknown", data.line)
        _count_cells(report, "reviews", keys, [None] * width, data.line)
        return
    if not data.aligned and (wrapped or _looks_run_together(data, fitted, problem, clean, R.review_sums_hold, cells_known)):
        blocks = (len(L.REVIEW_OUTCOME_KEYS),) * len(L.PROCEEDING_KEYS)
        # an OCR's ruled table: a `1` glued to a figure may be a ruling line, every reading keeping the rules counts
        residue = data.ruled and R.ruling_residue([c.text for c in values])
        if residue:
            candidates = R.ruled_row_candidates([c.text for c in values], blocks) or []
        else:
            candidates = _with_year_split_off(report, "table 4", rows, data, [c.text for c in values],
                                              partial(R.row_candidates, width=width, blocks=blocks)) or []
        if not residue and data.stacked and not data.spaced and len(values) > 1 and (
                across := _readings_across_lines([*[value.text.split() for value in values],
                                                  *_review_lines_after(rows, data)], width, R.review_sums_hold)):
            # `pdftotext -raw`, a wide total wrapped a piece a line in its narrow column (`６ ２ １ ３` / `１` / `２` /
            # `０ ０ …`: 6, 2, 1, 3, 12, 0, …): the joinings of one line's last digits with the next's first; they
            # may also read a row the splits read one way (`１` / `０ ０ ０ １` / …: 1, 0, … or 10, blank, …, two
            # blanks printing nothing), so every reading of both stands (several: the cells they differ in unknown)
            candidates = [*candidates, *(reading for reading in across if reading not in candidates)]
        if wrapped:  # they stand beside the splits (several readings: the cells they differ in unknown)
            candidates = [*candidates, *(reading for reading in wrapped if reading not in candidates)]
        if not candidates and not residue and \
                _settle_proceedings_apart(report, data, [c.text for c in values], blocks, keys):
            return
        columns = tuple(f"{p}.{o}" for p, o in keys)
        before = len(report.cells)
        if _settle_run_together(report, "reviews", "table 4", columns, data, fitted, candidates):
            for cell in report.cells[before:]:  # one row holds every proceeding
                cell.row, cell.column = cell.column.split(".")
            return
    if problem and not data.aligned and _read_reviews_in_chunks(report, rows, beyond=past_the_heading):
        return
    if problem:
        report.warn(code, f"table 4: {problem}; missing cells are unknown", data.line)
    start = len(report.cells)
    _count_cells(report, "reviews", keys, fitted, data.line)
    groups = len(L.REVIEW_OUTCOME_KEYS)
    recovered = [L.PROCEEDING_KEYS[p] for p in range(len(L.PROCEEDING_KEYS)) if cut and _total_from_its_parts(
        report.cells[start + p * groups : start + (p + 1) * groups])]
    if cut and cut_blank_totals is not None:
        cut_blank_totals += [report.cells[start + (p + 1) * groups - 1] for p in range(len(L.PROCEEDING_KEYS))
                             if _total_of_blank_parts(report.cells[start + p * groups : start + (p + 1) * groups], cells_known)]
    if recovered:
        report.warn("cells_recovered", f"table 4: the total of {', '.join(recovered)} cut at the page's edge, its "
                    "four outcomes shown: the total is their sum, the one value REVIEW_SUM leaves; marked recovered",
                    data.line)
    if words_among_empty_cells and not problem:
        for cell in report.cells[start:]:
            if cell.state == VALUE:
                cell.state = RECOVERED
        report.warn("cells_recovered", f"table 4: a converter's pipe row whose {width} figures and blank marks are one "
                    "word a column with empty pipe cells among them (no column: the words fill every one), each "
                    "proceeding's total its outcomes' sum; the sums alone rule out a figure printed as two words: "
                    "read in order, marked recovered", data.line)


def _read_reviews_with_wrapped_pieces(report: ParsedReport, data: Row, before: str | None, after: str | None,
                                     keys: list[tuple[str, str]]) -> None:
    """Table 4's pipe row with a wrapped figure's pieces on lines of their own beside it (piece_rows.py): its words,
    each a figure or blank mark, read in order with the pieces put back the one way the review sums allow; where
    they allow none or several, its cells are unknown."""
    words = [word for cell in data.values() for word in cell.text.split()]
    shown = " / ".join(piece for piece in (before, after) if piece is not None)
    printed = " ".join(filter(None, (before, *words, after)))
    readings = readings_with_the_pieces(words, before, after, len(keys), R.review_sums_hold) \
        if all(map(_figure_or_mark, words)) else []
    if len(readings) == 1:
        report.warn("cells_recovered", f"table 4: a figure wrapped round its pipe row a piece a line, pieces on lines "
                    f"of their own ({shown}); the review sums allow the pieces back in one place only: read in order, marked "
                    "recovered", data.line)
        for (proceeding, outcome), value in zip(keys, readings[0], strict=True):
            report.cells.append(Cell("reviews", proceeding, outcome, value, BLANK if value is None else RECOVERED,
                                     data.line, printed))
        return
    report.warn("short_row", f"table 4: a figure wrapped round its pipe row a piece a line, pieces on lines of their "
                f"own ({shown}): {len(readings)} places for the pieces keep the review sums; its cells are unknown", data.line)
    for proceeding, outcome in keys:
        report.cells.append(Cell("reviews", proceeding, outcome, None, UNKNOWN, data.line))


def _review_lines_after(rows: list[Row], data: Row) -> list[list[str]]:
    """`pdftotext -raw`: the words of the lines of figures and blank marks one space apart after table 4's row of
    stacked pieces (`５ １ １ ５` / `１` / `２` / `- - - - - ２ - - １ ３`), rows of their own to rows.py, which go on
    its cells in the content stream's order (table 4 has one row); none where a label or anything else follows."""
    after = rows[next(index for index, row in enumerate(rows) if row is data) + 1 :]
    if not after or not all(row.spaced and not row.label_cells() and row.values() for row in after):
        return []
    words = [[word for cell in row.values() for word in cell.text.split()] for row in after]
    return words if all(read_count(word).state in (VALUE, BLANK) for line in words for word in line) else []


def _review_words_short_of_the_columns(data: Row, fitted: list[RawCell | None], width: int) -> str | None:
    """Table 4's pipe row read cell by cell whose figures and blank marks are fewer than the columns, with empty
    pipe cells among or after them, whose reading (every cell read) breaks REVIEW_SUM or which prints a blank as a 0
    or a mark (so an empty cell is no blank's that printed nothing, or the row lost a word): markitdown may set an empty cell of no column beside the figures and the words packed to the left, so an empty
    cell is not known to be the blank that printed nothing (`| 0 | 3 | 1 | 12 | 16 | 0 | 3 | 3 | 6 | 0 | … |  |`: a
    blank printed nothing, each later word a column left). The problem, None where the row is read as it stands."""
    label_end = _last_cell_of_words(data)
    values = data.cells[label_end + 1 :]
    words = [word for cell in values for word in cell.text.split()]
    if not words or len(words) >= width or not all(map(_figure_or_mark, words)) \
            or not any(cell.is_empty for cell in values):
        return None
    reading = reading_of(fitted)
    if reading is None:
        return None  # a reading leaving cells unknown (a column cut) already said what it does not know
    if R.review_sums_hold(reading) and not any(clean_cell_text(word) in ("0", *L.BLANK_TOKENS) for word in words):
        return None  # blanks printing nothing, none a 0 or a mark: its empty cells are those blanks
    return (f"a converter's pipe row of {len(words)} figures and blank marks for {width} columns, empty pipe cells "
            "beside them: a blank printed nothing, or a cell of no column with the words packed to its left? (read "
            "cell by cell it breaks REVIEW_SUM, or it prints its blanks): which column each word stands in is not "
            "known")


def _review_words_among_empty_cells(data: Row, width: int) -> list[RawCell] | None:
    """Table 4's pipe row (markitdown of a PDF, which sets its columns where the page's words stand) whose cells
    after its label hold exactly the table's `width` words, each a figure or blank mark, with empty pipe cells among
    them (`| 0 | 0 | 0 0 | 0 | 0 0 | 0 | 0 | 0 0 |  | 0 | …`): every column has its word, so an empty cell is no
    column's, and the words are the cells in order where each proceeding's total is its outcomes' sum (which rules
    out a figure printed as two words). None otherwise (no empty cell among them: `_figures_of_merged_cells`)."""
    label_end = _last_cell_of_words(data)
    values = data.cells[label_end + 1 :]
    filled = [at for at, cell in enumerate(values) if not cell.is_empty]
    if not filled or not any(cell.is_empty for cell in values[filled[0] : filled[-1]]):
        return None
    words = [RawCell(word, cell.line) for cell in values for word in cell.text.split()]
    if len(words) != width or not all(_figure_or_mark(word.text) for word in words):
        return None
    reading = reading_of(words)
    return words if reading is not None and R.review_sums_hold(reading) else None


# readings of table 4's wrapped pieces with blanks that printed nothing checked against REVIEW_SUM, at most
# (`_wrapped_review_readings`): ~0.1 s of CPU; past it the row is unknown
_WRAPPED_READINGS_CHECKED = 20_000


def _wrapped_review_readings(data: Row, width: int) -> list[R.Reading] | None:
    """Table 4's one row in plain `pdftotext` of Chromium's PDF (a cell a block of lines, blocks apart by empty
    lines), its words more than its `width` cells: full-width figures wrapped a piece a line in narrow columns
    (wrapped_digits.py). The readings of each grouping of its words into `width` figures, with at least one
    wrapped figure joined, that keep every proceeding's total its outcomes' sum; [] where there are none, or
    more groupings than MAX_PIECE_READINGS (never a guess); None where the groupings with blanks that printed
    nothing are more than MAX_PIECE_READINGS, or their readings more than _WRAPPED_READINGS_CHECKED (the row is
    then unknown: which reading is its own is not known)."""
    words = _review_words(data)
    if len(words) < width or not any(map(is_piece, words)) or not any(cell.is_empty for cell in data.values()):
        return []  # fewer words than cells, no piece, or no empty line parting poppler's blocks (not plain text)
    readings: list[R.Reading] = []
    seen: set[R.Reading] = set()
    checks = 0
    # a blank cell may print nothing too (Chromium: an empty cell leaves no line), so the words may make fewer
    # figures than cells: those cells stand anywhere, each blank or a 0 the text lost (both readings: unknown)
    blocks_apart = _blocks_apart(words)
    for unprinted in range(MAX_UNPRINTED_BLANKS + 1 if blocks_apart else 1):
        if len(words) <= width - unprinted:
            continue  # no figure joined: the splits' reading, or another path's
        found = groupings(words, width - unprinted, MAX_PIECE_READINGS)
        if found is None:
            return [] if unprinted == 0 else None
        for grouping in found:
            reading = reading_of([RawCell("".join(words[at].text for at in figure), data.line) for figure in grouping])
            if reading is None:
                continue
            for slots in combinations(range(width), unprinted):
                for filled in product((None, Decimal(0)), repeat=unprinted):
                    checks += 1
                    if checks > _WRAPPED_READINGS_CHECKED:
                        return None
                    figures, cells = iter(reading), dict(zip(slots, filled))
                    whole = tuple(cells[at] if at in cells else next(figures) for at in range(width))
                    if whole not in seen and R.review_sums_hold(whole):
                        seen.add(whole)
                        readings.append(whole)
    if len(words) == width and readings and (clean := reading_of([RawCell(word.text, data.line) for word in words])):
        # the words one a cell is the plainest reading: it stands beside those (a misprint, or a figure joined and a
        # blank that printed nothing: the cells they differ in unknown)
        readings.insert(0, clean)
    return readings


def _review_words(data: Row) -> list[Word]:
    """Table 4's row word by word, each with its line and whether it stands alone on it."""
    on_line: dict[int, int] = {}
    for cell in data.cells:
        on_line[cell.line] = on_line.get(cell.line, 0) + len(cell.text.split())
    return [Word(word, cell.line, on_line[cell.line] == 1) for cell in data.values() for word in cell.text.split()]


def _blocks_apart(words: list[Word]) -> bool:
    """Whether some words stand apart by an empty line (poppler's blocks, a cell a block): a cell printing nothing
    then leaves no line. Words on lines one after the other throughout are a cell a line (a text of cells), none
    of them missing."""
    return any(later.line > word.line + 1 for word, later in pairwise(words))


def _a_wrapped_figure_may_fill(data: Row, width: int) -> bool:
    """Table 4's row in plain `pdftotext` of Chromium's PDF, as many words as cells in blocks apart, where some
    pieces may be one wrapped figure (`_wrapped_review_readings`): the words one a cell are then no proof, as the
    wrapped figure and blank cells that printed nothing fill the cells too."""
    words = _review_words(data)
    return len(words) == width and any(map(is_piece, words)) and any(cell.is_empty for cell in data.values()) \
        and _blocks_apart(words) and groupings(words, width - 1, MAX_PIECE_READINGS) != []


def _each_cell_printed_apart(report: ParsedReport, values: list[RawCell], width: int) -> list[RawCell] | None:
    """Table 4's row as exactly `width` whole figures one space apart (`1 1 0 0 2 1 0 0 0 1 2 0 1 0 3`, pdfplumber
    or `pdftotext -raw`), each proceeding's total its outcomes' sum, in a document whose table 3 prints every
    cell it read (each a figure, 0 where empty, none blank or unknown): no blank went unprinted, so no two cells
    ran together and the spaces part the cells, read in order as printed; all on one line (a line break is no
    space: Chromium's narrow column wraps a wide figure a digit a line). Else None (the split stays a recovery)."""
    tokens = [RawCell(text, cell.line) for cell in values for text in cell.text.split(" ") if text]
    if len({cell.line for cell in tokens}) > 1:
        return None  # over several lines (`pdftotext -raw`): a line break may part one wide figure's digits
    if len(tokens) != width or not all(_WHOLE_FIGURE_RE.fullmatch(cell.text) for cell in tokens) \
            or (reading := reading_of(tokens)) is None or not R.review_sums_hold(reading):
        return None
    table_3 = [cell for cell in report.cells if cell.table == "applications" and cell.line is not None]
    if not table_3 or any(cell.state not in (VALUE, RECOVERED) for cell in table_3) \
            or not any(cell.state == VALUE and cell.value == 0 for cell in table_3):
        return None
    return tokens


_WHOLE_FIGURE_RE = re.compile(r"[0-9０-９]+")


def _review_row_with_stacked_figures(rows: list[Row], width: int) -> tuple[int, R.Reading, str] | None:
    """`pdftotext -layout` of table 4 in narrow columns (Chromium): a wide figure wrapped a digit a line, its
    digits stacked round the table's one row of figures (`１` above, `２` below, the row's line empty there, for
    12). Where the lines round the row hold nothing but such digits (rows.py marks them stacked), each column of
    them a glyph or less apart and clear of the row's words, the one row's figures are its line's words and each
    column's digits read top to bottom, in the order they stand; read only where they make exactly `width` cells
    and every proceeding's total is its outcomes' sum. (row's line, its reading, the text for the messages)."""
    with_figures = [row for row in rows if any(not cell.is_empty for cell in row.values())]
    pieces = [cell for row in with_figures for cell in row.values() if cell.problem == STACKED]
    if not pieces or any(cell.x_glyphs is None for cell in pieces):
        return None
    own = [row for row in with_figures if any(cell.problem != STACKED and not cell.is_empty for cell in row.values())]
    if len(own) != 1 or not own[0].aligned:
        return None
    data = own[0]
    lines = sorted({cell.line for cell in pieces} | {data.line})
    if lines != list(range(lines[0], lines[-1] + 1)):
        return None  # a piece apart from the row's lines: whose it is, not known
    words: list[tuple[float, str]] = []
    for cell in data.values():
        if cell.problem == STACKED or cell.is_empty:
            continue
        if cell.x_glyphs is None or cell.problem:
            return None
        words += [(centre, word) for word, centre in _words_where_they_stand(cell)]
    columns: list[list] = []  # the pieces of one stacked figure, a glyph or less apart
    for cell in sorted(pieces, key=lambda cell: cell.x_glyphs):
        if columns and cell.x_glyphs - columns[-1][-1].x_glyphs <= 1:
            columns[-1].append(cell)
        else:
            columns.append([cell])
    figures = []
    for column in columns:
        if len({cell.line for cell in column}) != len(column) or \
                any(abs(x - cell.x_glyphs) <= 1.5 for x, _ in words for cell in column):
            return None  # two pieces on one line, or a piece over one of the row's words
        text = "".join(cell.text.strip() for cell in sorted(column, key=lambda cell: cell.line))
        if not text.isdigit() or R.opens_on_a_zero(text):
            return None
        figures.append((sum(cell.x_glyphs for cell in column) / len(column), text))
    cells = [text for _, text in sorted(words + figures)]
    if len(cells) != width:
        return None
    read = [read_count(text) for text in cells]
    if any(cell.state not in (VALUE, BLANK) for cell in read):
        return None
    reading = tuple(cell.value for cell in read)
    return (data.line, reading, " ".join(cells)) if R.review_sums_hold(reading) else None


def _read_reviews_in_chunks(report: ParsedReport, rows: list[Row], past_the_heading: Sequence[Row] = (),
                            beyond: Sequence[Row] = ()) -> bool:
    """Table 4 in the text of `pdftotext` without -layout: its figures on lines of their own, apart
    from the header's words (which may stand among them), exactly its cells' count of figures and blank
    marks, read as its three proceedings written in column chunks (chunks.py; a chunk of one
    proceeding is its five figures left to right), where each proceeding's total is its parts' sum.
    With `past_the_heading`, those rows' figures follow the table's own and are required (read_reviews);
    `beyond`: the rows past the heading when they are not (another reading they may make).
    Writes the cells and says True; False, nothing written, for any other text."""
    if not _figures_on_lines_of_their_own(rows):
        return False
    figures = _figures_and_marks(rows)
    if past_the_heading:  # required: without them, the other readers of table 4 are tried
        more = _figures_and_marks(list(past_the_heading))
        figures = figures + more if figures and more else []
    proceedings, width = len(L.PROCEEDING_KEYS), len(L.REVIEW_OUTCOME_KEYS)
    if len(figures) > proceedings * width and (apart := _figures_either_side_of_the_header(rows, past_the_heading)) \
            and apart.words and len(apart.words) + len(apart.past) == proceedings * width \
            and len(apart.before) + len(apart.words) != proceedings * width:
        # table 3's last chunk, which pdftotext without -layout may write past table 4's heading, stands
        # before the header's words (table 3 unread, nothing took them): the figures after those words and
        # past the next heading make the table's count exactly, and no other run of them does
        figures = apart.words + apart.past
    if len(figures) != proceedings * width:
        return False
    if _another_fifteen_past_the_header(rows, past_the_heading or beyond, figures):
        return False
    reads = [read_count(cell.text) for cell in figures]
    if any(read.state == UNKNOWN for read in reads):
        return False
    values = [read.value for read in reads]
    # a proceeding keeps the rule a row of table 3 keeps: its last figure, the total, is the sum of the others
    if _one_row_of_proceedings(rows) and all(R.applicant_sum_holds(tuple(values[start : start + width]))
                                             for start in range(0, len(values), width)):
        # the header names every outcome once per proceeding: one row of cells, which pdftotext writes left
        # to right (cells side by side on one line, or each on its own), so the order is the template's
        placed = [[Placed(proceeding * width + outcome, True) for outcome in range(width)]
                  for proceeding in range(proceedings)]
        report.warn("figures_apart", "table 4: its figures on lines of their own, apart from the header that lays "
                    "its proceedings side by side in one row, read in order (each proceeding's total its parts' sum)",
                    figures[0].line)
    else:
        placed = place_in_column_chunks(values, proceedings, width, R.applicant_sum_holds)
        if placed is None:
            return False
        unproved = sum(1 for cells in placed for p in cells if p is None or not p.proved)
        report.warn("column_chunks", "table 4: its figures on lines of their own, apart from the header, read in the "
                    "order that keeps each proceeding's total its parts' sum; "
                    f"{unproved} cell(s) recovered or unknown where that order rests on zeros or is not unique",
                    figures[0].line)
    report.cells += _placed_cells("reviews", L.PROCEEDING_KEYS, L.REVIEW_OUTCOME_KEYS, placed, figures, reads)
    return True


class _FiguresApart(NamedTuple):
    before: list[RawCell]  # between table 4's heading and its header's words
    words: list[RawCell]  # after the header's words, up to the next section's heading
    past: list[RawCell]  # past the next section's heading


def _figures_either_side_of_the_header(rows: list[Row], past_the_heading: Sequence[Row]) -> _FiguresApart | None:
    """The figures and blank marks table 4's text holds between its heading and its header's words (on
    the heading's row and on lines of figures alone after it), after the words, and past the next
    section's heading; None where no figure stands on the heading's row or no header's words follow."""
    if not rows[0].has_figures():
        return None
    words = next((index for index in range(1, len(rows)) if rows[index].label.strip()), len(rows))
    # the header's words: from the first row with words up to the first with figures after them
    header = next((rows[words:i + 1] for i in range(words, len(rows)) if rows[i].has_figures()), rows[words:])
    if not any(character in row.label for row in header for character in _OUTCOME_CHARACTERS):
        return None
    return _FiguresApart(_figures_and_marks(rows[:words]), _figures_and_marks(rows[words:]),
                         _figures_and_marks(list(past_the_heading)))


def _another_fifteen_past_the_header(rows: list[Row], past_the_heading: Sequence[Row], figures: list[RawCell],
                                     any_count_after: bool = False) -> bool:
    """Whether figures stand between table 4's heading and its header's words (table 3's last chunk may
    stand there, past table 4's heading) and the figures after the header's words, with those past the
    next section's heading, make table 4's count too, another fifteen: which are the table's is not
    known (unless both read alike). `any_count_after`: the figures before the header are the table's
    whole count, so figures after it in any number (14 where plain text dropped a blank cell, or one
    written `0件`) leave which are the table's unknown too."""
    apart = _figures_either_side_of_the_header(rows, past_the_heading)
    if apart is None:
        return False
    after = apart.words + apart.past
    whole = len(figures) == len(L.PROCEEDING_KEYS) * len(L.REVIEW_OUTCOME_KEYS)
    return (len(after) == len(figures) or any_count_after and whole and bool(after)) and \
        [c.text for c in after] != [c.text for c in figures]


def _review_columns_shown(rows: list[Row], data: Row, values: list[RawCell], cells_known: bool = False
                          ) -> list[RawCell] | None:
    """Table 4 laid wider than the page and cut at its edge (LibreOffice's PDF of a wide page), its
    header words wrapped where their positions say nothing (`结果维` over `持`, or one character a
    line): the header's columns counted by a character each outcome's word alone holds (`维` of
    结果维持 … `计` of 总计). When they are the table's first columns, fewer than all, the row holds
    exactly as many figures or blank marks (`cells_known`: as many cells, an empty one a cell printed
    empty, in a format whose reader knows each cell's bounds: a PDF's ruled grid), and each whole group's
    total is its parts' sum, the figures, in order, are those columns'. None otherwise."""
    shown = _review_columns_in_header(rows, data)
    groups = len(L.REVIEW_OUTCOME_KEYS)
    if shown is None or shown == groups * len(L.PROCEEDING_KEYS):
        return None
    whole = shown // groups  # groups shown with their total
    if cells_known and len(values) == shown:
        if _header_cell_past_its_outcomes(rows, data):
            return None  # a column the header names otherwise (`总数`): the table is not cut, a cell of the row merged
        figures = list(values)
    else:
        figures = figure_parts([value for value in values if not value.is_empty])
        if not data.aligned:  # `pdftotext -raw`: the figures one space apart, on a line of their own
            figures = [RawCell(word, value.line) for value in figures for word in value.text.split()]
    if len(figures) != shown:
        return None
    read = [read_count(figure.text) for figure in figures]
    if any(cell.state not in (VALUE, BLANK) for cell in read):  # a mark (`无`, `-`) holds its blank cell's place
        return None
    for group in range(whole):
        parts = [cell.value or 0 for cell in read[group * groups : (group + 1) * groups]]
        if sum(parts[:-1]) != parts[-1]:
            return None
    return figures


def _header_cell_past_its_outcomes(rows: list[Row], data: Row) -> bool:
    """Table 4's header row of cells naming the most outcomes (`_OUTCOME_CHARACTERS`) goes on past its last such
    cell with a word naming no proceeding (`复议后起诉` may follow the review's outcomes): a column the header
    names without the outcome's character (`总数` for 总计), so the header is not cut where its count of
    outcomes ends. A page cut at its edge prints no cell past the columns shown (the reader leaves the cut
    column out, or its cells are in every row); an HTML or DOCX table is never cut, and a row of as many cells
    as the header counts lost one to a merge."""
    best, most = None, 0
    for row in rows:
        if row is data:
            continue
        naming = [index for index, cell in enumerate(row.cells) if any(ch in cell.text for ch in _OUTCOME_CHARACTERS)]
        if len(naming) > most:
            best, most = (row, naming[-1]), len(naming)
    return best is not None and any((word := L.squash(cell.text)) and not any(word in name for name in _PROCEEDING_WORDS)
                                    for cell in best[0].cells[best[1] + 1:])


_PROCEEDING_WORDS = tuple(name.replace("·", "") for name in L.PROCEEDINGS.values())  # a header row's names after its outcomes


def _reviews_by_page_order(rows: list[Row], data: Row) -> list[Decimal | None | bool] | None:
    """Table 4 in `pdftotext -layout` text whose row prints fewer figures than its columns (a blank cell
    prints nothing) and whose header words set nothing in order (poppler sets a block of several cells'
    words where its own rules put it). What holds: the figures, left to right, stand in columns left to right;
    each proceeding's total is its outcomes' sum; and a header word whose pieces no block of poppler's can
    join to another cell's text (page_order.pieces_apart) holds blocks inside its own cell, which bound the
    figures' columns (page_order.columns_beside): a proceeding's name its five columns (行政诉讼 ten), an
    outcome's word its column where the other words of that outcome and the names leave it one proceeding.
    Every way of placing the figures that keeps both is tried: each cell they all agree on (its value, None
    for a blank), False for one they do not; None where no way or no cell is agreed, the header is not whole
    (a column cut at the page's edge may hold a figure), figures stand on other lines or the page's words
    contradict each other."""
    width, total = len(L.REVIEW_OUTCOME_KEYS), len(L.REVIEW_OUTCOME_KEYS) * len(L.PROCEEDING_KEYS)
    values = [value for value in data.values() if not value.is_empty]
    figures = [glyphs_of(value) for value in values]
    shown = _review_columns_in_header(rows, data)  # the columns past them cut at the page's edge, with their figures
    if not values or None in figures or len({value.line for value in values}) != 1 or shown is None \
            or any(row.has_figures() or row.page != data.page for row in rows if row is not data):
        return None
    texts, sets, inside = _review_pieces_apart(rows)
    anchors: list[tuple[list[Piece], int, int]] = []  # a set of pieces, the columns its blocks stand in
    outcomes: list[tuple[list[Piece], int]] = []  # a set that is one outcome's word, its outcome
    if any(len(found) > 1 for found in sets if any(line == data.line for line, _, _ in found)):
        return None  # a figure poppler may have set in a block with the header's words: not inside its cell
    for found in inside:
        word = L.squash("".join(texts[piece] for piece in found))
        if (columns := _names_columns(word)) is not None:
            anchors.append((found, *columns))
        elif (outcome := _outcome_of(word)) is not None:
            outcomes.append((found, L.REVIEW_OUTCOME_KEYS.index(outcome)))
    for outcome in range(width):
        found = [pieces for pieces, of in outcomes if of == outcome]
        groups = _outcome_groups(found, outcome, anchors)
        if groups is None:
            return None
        anchors += [(pieces, group * width + outcome, group * width + outcome)
                    for pieces, group in zip(found, groups) if group is not None]
    bounds = [_columns_bounded(glyphs, anchors, shown) for glyphs in figures]
    if any(low > high for low, high in bounds):
        return None
    reads = [read_count(value.text).value for value in values]
    ways = []
    for columns in combinations(range(shown), len(values)):
        if all(low <= column <= high for column, (low, high) in zip(columns, bounds)):
            reading = [None] * shown
            for column, value in zip(columns, reads):
                reading[column] = value
            if all(R.applicant_sum_holds(tuple(reading[start : start + width]))  # a group shown whole: its sum
                   for start in range(0, shown - width + 1, width)):
                ways.append(reading)
    agreed = [way[0] if len(set(way)) == 1 else False for way in zip(*ways)] + [False] * (total - shown)
    return agreed if ways and any(cell is not False for cell in agreed) else None


_BY_PAGE_ORDER = "the header words pdftotext set apart from other cells'"
_FROM_THE_EDGE = "its first figure at the line's start, where a header line starts with the first column's word"


def _reviews_placed(rows: list[Row], data: Row) -> tuple[list[Decimal | None | bool], str] | None:
    """Table 4's row of fewer figures than columns in `pdftotext -layout` text, placed by the header words
    poppler set apart (`_reviews_by_page_order`) and by a first figure at the line's start
    (`_reviews_from_the_left_edge`), and what placed it. Each keeps the true placing among its ways, so a cell
    either agrees on is read: the second's only in the columns the header shows (it counts every column as
    printed, a column cut at the page's edge too). Where the two read a cell differently, the first alone."""
    by_order = _reviews_by_page_order(rows, data)
    from_the_edge = _reviews_from_the_left_edge(rows, data)
    if from_the_edge is None:
        return None if by_order is None else (by_order, _BY_PAGE_ORDER)
    if by_order is None:
        return from_the_edge, _FROM_THE_EDGE
    if any(first is not False and second is not False and first != second
           for first, second in zip(by_order, from_the_edge)):
        return by_order, _BY_PAGE_ORDER
    shown = _review_columns_in_header(rows, data)  # known: the first placing counts the columns so
    merged = [first if first is not False else second if column < shown else False
              for column, (first, second) in enumerate(zip(by_order, from_the_edge))]
    return merged, f"{_BY_PAGE_ORDER} and {_FROM_THE_EDGE}"


# the first word of table 4's first header line where it opens the table's first column (结果维持, wrapped or not)
_FIRST_OUTCOME_PIECES = ("结果", "结果维", "结果维持")


def _reviews_from_the_left_edge(rows: list[Row], data: Row) -> list[Decimal | None | bool] | None:
    """Table 4 in `pdftotext -layout` text whose row prints fewer figures than its columns (a blank cell prints
    nothing) and whose header words prove no column (`_reviews_by_page_order` found none), where the row's first
    figure starts at the line's first glyph and a header line of its page starts there with the first column's
    word (`结果维` / `持`). pdftotext sets nothing of a column right of that word's at the line's start (poppler
    puts a block at least a glyph right of any block left of it, or inside a block above it as far right as it
    stands), so that figure is the first column's. The others stand left to right in columns left to right, and
    each proceeding's total is its outcomes' sum: every placing that keeps both is tried (at most 3,432), each
    cell they all agree on is returned (its value, None for a blank), False for the others; None where no way or
    no cell past the first is agreed, or the row is not one line of figures alone."""
    total = len(L.REVIEW_OUTCOME_KEYS) * len(L.PROCEEDING_KEYS)
    values = [value for value in data.values() if not value.is_empty]
    glyphs = [glyphs_of(value) for value in values]
    if not values or len(values) >= total or None in glyphs or glyphs[0][0] != 0 \
            or len({value.line for value in values}) != 1 or any(cell.x_glyphs is None for cell in data.cells) \
            or len(data.cells) != len(values):
        return None
    header = [row for row in rows if row is not data and row.page == data.page and row.line < data.line]
    if any(row.has_figures() for row in header) or not any(
            row.cells and row.cells[0].x_glyphs is not None and not row.cells[0].is_empty
            and (text := row.cells[0].text.strip()) and row.cells[0].x_glyphs - len(text) / 2 == 0
            and text.split()[0] in _FIRST_OUTCOME_PIECES for row in header):
        return None
    reads = [read_count(value.text).value for value in values]
    if any(value is None for value in reads):
        return None
    ways = []
    for columns in combinations(range(1, total), len(values) - 1):
        reading: list[Decimal | None] = [None] * total
        for column, value in zip((0, *columns), reads):
            reading[column] = value
        if R.review_sums_hold(tuple(reading)):
            ways.append(reading)
    agreed = [way[0] if len(set(way)) == 1 else False for way in zip(*ways)]
    return agreed if ways and sum(cell is not False for cell in agreed) > 1 else None


def _review_pieces_apart(rows: list[Row]) -> tuple[dict[Piece, str], list[list[Piece]], list[list[Piece]]]:
    """The pieces of table 4's text in `pdftotext -layout` text (each with its text), the sets of them no
    block of poppler's can cross (page_order.pieces_apart), and those of the sets not on its first or last
    line (the lines past them not seen, such a set may be joined to their text)."""
    texts: dict[Piece, str] = {(cell.line, cell.x_glyphs - len(cell.text.strip()) / 2, len(cell.text.strip())): cell.text
                               for row in rows for cell in row.cells if cell.x_glyphs is not None and not cell.is_empty}
    if not texts:
        return texts, [], []
    top, bottom = min(line for line, _, _ in texts), max(line for line, _, _ in texts)
    sets = pieces_apart(texts)
    return texts, sets, [found for found in sets if not any(line in (top, bottom) for line, _, _ in found)]


def _every_column_printed(values: list[RawCell], width: int, row_rule: Callable[[R.Reading], bool]) -> bool:
    """Aligned cells holding a figure for each column of the table, two set one space apart counted two (`0 0`:
    `pdftotext -layout` shrinks the gap between two narrow columns to a space) so long as the row keeps its rule:
    no column is left printing nothing, so the figures stand in the only order there is, wherever the header is."""
    filled = [value for value in values if not value.is_empty]
    if len(filled) >= width:
        return True
    parts = figure_parts(filled)
    reading = reading_of(parts) if len(parts) == width else None
    return reading is not None and row_rule(reading)


def _outcome_words_apart(rows: list[Row]) -> bool:
    """Whether every outcome word of table 4's header (three groups of five) stands apart from every other
    cell's text in `pdftotext -layout` text: only then do their places prove the columns of the figures under
    them (a word in a block of several cells' words stands where poppler put the block)."""
    texts, _, inside = _review_pieces_apart(rows)
    words = [_outcome_of(L.squash("".join(texts[piece] for piece in found))) for found in inside]
    return sum(word is not None for word in words) == len(L.PROCEEDING_KEYS) * len(L.REVIEW_OUTCOME_KEYS)


def _review_name_columns() -> dict[str, tuple[int, int]]:
    """Each name in table 4's header, the columns of the cell it heads (行政诉讼 heads two proceedings)."""
    found: dict[str, tuple[int, int]] = {}
    width = len(L.REVIEW_OUTCOME_KEYS)
    for index, name in enumerate(L.PROCEEDINGS.values()):
        for part in name.split("·"):
            found[part] = (found.get(part, (index * width,))[0], (index + 1) * width - 1)
    return found


_REVIEW_NAME_COLUMNS = _review_name_columns()


def _names_columns(word: str) -> tuple[int, int] | None:
    """The columns under one or more whole names of table 4's header run together (`行政诉讼` over
    `未经复议直接起诉`: the blocks of both stand inside columns 5..14), from the first name's first to the
    last's; None unless the word is such names and nothing else."""
    low, high = None, None
    while word:
        name = next((name for name in _REVIEW_NAME_COLUMNS if word.startswith(name)), None)
        if name is None:
            return None
        first, last = _REVIEW_NAME_COLUMNS[name]
        low, high, word = min(first, low if low is not None else first), max(last, high or 0), word[len(name):]
    return (low, high) if low is not None else None


def _columns_bounded(glyphs: tuple[float, int], anchors: list[tuple[list[Piece], int, int]], total: int) -> tuple[int, int]:
    """The least and greatest column the header's sets of known columns leave a block (start, glyphs)."""
    low, high = 0, total - 1
    for pieces, first, last in anchors:
        at_least, at_most = columns_beside(glyphs, pieces, first, last)
        low, high = max(low, at_least), min(high, at_most)
    return low, high


def _outcome_groups(found: list[list[Piece]], outcome: int, anchors: list[tuple[list[Piece], int, int]]) -> list[int | None] | None:
    """The proceeding of each set that is one outcome's word, where every way of giving them proceedings
    agrees on it: each in its own proceeding, inside the columns the names leave it, and of two whose cells
    poppler's gutter orders (page_order.starts_left_of) the left one in the left proceeding. None where no
    way is left (the words contradict each other: the page says nothing)."""
    width, proceedings = len(L.REVIEW_OUTCOME_KEYS), len(L.PROCEEDING_KEYS)
    if len(found) > proceedings:
        return None
    allowed = []
    for pieces in found:
        low, high = _columns_bounded((min(p[1] for p in pieces), max(p[1] + p[2] for p in pieces) - min(p[1] for p in pieces)),
                                     anchors, width * proceedings)
        allowed.append([group for group in range(proceedings) if low <= group * width + outcome <= high])
    ways = [groups for groups in product(*allowed) if len(set(groups)) == len(groups)
            and all(groups[i] < groups[j] for i, j in permutations(range(len(found)), 2)
                    if starts_left_of(found[i], found[j]))]
    if not ways:
        return None
    return [groups[0] if len(set(groups)) == 1 else None for groups in zip(*ways)]


def _empty_row_under_a_cut_header(rows: list[Row], width: int) -> tuple[int, int] | None:
    """Table 4 in a format whose reader knows each cell's bounds (a PDF's ruled grid), laid wider than the page
    and cut at its edge: a row of empty cells, no label, exactly as many as the columns its header shows (the
    first ones, fewer than `width`; `_review_columns_in_header`), the table's last row. Each is a cell printed
    empty: (its line, the columns shown). None otherwise."""
    empty = [row for row in rows if row.cells and not row.label_cells() and all(not cell.text.strip() for cell in row.cells)]
    if len(empty) != 1 or empty[0] is not rows[-1]:
        return None
    shown = _review_columns_in_header(rows, empty[0])
    if shown is None or shown >= width or len(empty[0].cells) != shown:
        return None
    return empty[0].line, shown


def _printed_empty_under_a_cut_header(rows: list[Row], width: int) -> int | None:
    """Table 4 laid wider than the page and cut at its edge, printed with no figure: not one figure or digit
    before the next section, under a header showing its first columns only (`_review_columns_in_header`,
    fewer than `width`, one group whole at least). The columns it shows, each a blank cell as `_printed_empty`
    reads a whole header's; None otherwise."""
    if not rows or any(row.has_figures() for row in rows) \
            or _DIGIT_RE.search(L.squash("".join(cell.text for row in rows for cell in row.cells))):
        return None
    shown = _review_columns_in_header(rows, None)
    return shown if shown is not None and len(L.REVIEW_OUTCOME_KEYS) <= shown < width else None


def _review_columns_in_header(rows: list[Row], data: Row | None) -> int | None:
    """How many of table 4's columns, the first ones, its header shows, counted by a character each
    outcome's word alone holds (`维` of 结果维持 … `计` of 总计), its words wrapped anyhow: all of them, or
    fewer where a table laid wider than the page is cut at its edge. None: not the first columns (a count
    for each outcome, none above the one before, one group partly shown), or none."""
    header = "".join(cell.text for row in rows if row is not data for cell in row.cells)
    if data is not None and not data.aligned:  # lines of one cell each: the header's words and the figures after them are one row
        header += "".join(cell.text for cell in data.label_cells())
    shown_per_outcome = [min(header.count(character), len(L.PROCEEDING_KEYS)) for character in _OUTCOME_CHARACTERS]
    shown = sum(shown_per_outcome)
    if not shown or shown_per_outcome != sorted(shown_per_outcome, reverse=True) \
            or shown_per_outcome[0] - shown_per_outcome[-1] > 1:
        return None
    return shown


# a character each outcome's header word alone holds, in the template's order (`尚`: `未` is in 未经复议直接起诉)
_OUTCOME_CHARACTERS = ("维", "纠", "他", "尚", "计")


def _one_row_of_proceedings(rows: list[Row]) -> bool:
    """Whether table 4's header names each outcome once for every proceeding (its words wrapped anyhow:
    `结果维` over `持`): the proceedings side by side, one row of cells, as the template prints them."""
    header = "".join(cell.text for row in rows for cell in row.label_cells())
    return all(header.count(character) >= len(L.PROCEEDING_KEYS) for character in _OUTCOME_CHARACTERS)


_OUTCOME_OF = {name: key for key, name in L.REVIEW_OUTCOMES.items()}


@lru_cache(maxsize=1 << 12)
def _outcome_of(text: str) -> str | None:
    """The outcome of table 4 a header word names (`结果维持`, `结 果 纠 正`)."""
    return _OUTCOME_OF.get(L.squash(text))


def _settle_proceedings_apart(report: ParsedReport, data: Row, texts: list[str], blocks: tuple[int, ...],
                              keys: list[tuple[str, str]]) -> bool:
    """Table 4's run of digits where no split keeps every proceeding's sum: the proceedings whose
    cells every placement with one proceeding not adding up reads alike are recovered, the rest
    unknown (recovery.settle_blocks); True when it wrote the cells, False when nothing is settled."""
    settled = R.settle_blocks(texts, blocks)
    if settled is None or not settled.cells:
        return False
    broken = ", ".join(L.PROCEEDING_KEYS[block] for block in settled.broken)
    shown = " | ".join(t.strip() for t in texts)
    report.warn("cells_recovered", f"table 4: cells ran together ({shown}); no split keeps every proceeding's "
                f"sum, one only ({broken}) adds up in no split: the cells every split keeping the other sums "
                f"agrees on marked recovered ({len(settled.cells)} of {len(keys)}), the others unknown", data.line)
    for column, (proceeding, outcome) in enumerate(keys):
        if column in settled.cells:
            value = settled.cells[column]
            report.cells.append(Cell("reviews", proceeding, outcome, value, BLANK if value is None else RECOVERED,
                                     data.line, shown))
        else:
            report.cells.append(Cell("reviews", proceeding, outcome, None, UNKNOWN, data.line))
    return True


def _printed_empty(rows: list[Row], header: list[str]) -> bool:
    """A table 4 printed with its full header and no figure: every proceeding's outcome headers and
    not one figure before the next section (a crawled page's blank cells leave no trace, aligned
    text's are spaces, one cell per line's are empty lines). `header`: the outcomes aligned text's
    header words name, wrapped ones too."""
    if not rows or any(row.has_figures() for row in rows):
        return False
    squashed = L.squash("".join(cell.text for row in rows for cell in row.cells))
    if _DIGIT_RE.search(squashed):  # figures glued into the words (a PDF's run of text): not printed empty
        return False
    # or each outcome's own character once per proceeding: a header written a character a line, whose
    # lines pdftotext shifts apart (`结` / `果` / `维` over `持` four columns left), names them so only
    return all(squashed.count(name) >= len(L.PROCEEDING_KEYS) or header.count(key) >= len(L.PROCEEDING_KEYS)
               for key, name in L.REVIEW_OUTCOMES.items()) or _one_row_of_proceedings(rows)
