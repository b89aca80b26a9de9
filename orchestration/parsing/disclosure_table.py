"""Table 2, proactive disclosure by article 20 item (`disclosures`).

Table 2 is read block by block under its article's header; figures the report's sentences state
and the agency's record of the year before settle what its rows leave unproven.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import replace
from decimal import Decimal
from functools import lru_cache, partial
from typing import NamedTuple

from ..core import labels as L
from . import recovery as R
from .cells import (
    BLANK,
    RECOVERED,
    UNIT_PATTERN,
    UNKNOWN,
    VALUE,
    CellRead,
    clean_cell_text,
    display_width,
    read_amount_wan_yuan,
    read_count,
    unit_alone,
)
from .page_order import (
    figures_by_line,
    placed_by_page_order,
    proven_marks,
)
from .pipe_header_grid import (
    cells_under_their_header,
    cells_where_the_tables_full_rows_set_them,
    header_row_above,
)
from .record import Cell, ParsedReport
from .rows import (
    _DIGIT_RE,
    MONEY_UNIT,
    RawCell,
    Row,
    _is_figure,
    _label_then_figures,
    _left_edges,
    _nearest_column,
    a_piece_right_above,
    cell_parts,
    fit_row,
    prints_nothing,
    with_a_cell_cut,
    without_unit_brackets,
)
from .table_reading import (
    _ARTICLE_RE,
    _SPACED_FIGURES_RE,
    ANY_BLANKS,
    PageBlanks,
    _a_pdf_line_by_line,
    _article_of,
    _article_wrapped_at_its_brackets,
    _blank_cells_print_a_mark,
    _blank_cells_print_nothing,
    _figure_or_mark,
    _has_digit_run,
    _item_of,
    _mark_placed_by_page_order,
    _settle_run_together,
    _to_cell,
    _unseen_blanks,
    _with_year_split_off,
    computed_once,
    header_positions,
    narrowed,
)


def _article_wrapped(rows: list[Row], index: int) -> str | None:
    """The article of a heading wrapped over two lines (`第二十条` / `第（一）项`, a narrow cell)."""
    if index + 1 >= len(rows) or rows[index].has_figures() or not L.squash(rows[index].label).endswith("第二十条"):
        return None
    return _article_of(rows[index].label + rows[index + 1].label)


def _only_the_headings_rest(row: Row) -> bool:
    """Whether a line after `第二十条` holds the wrapped heading's rest and nothing else (`第（八）项`): none of its
    words is the header's (Chromium sets a table's header cells one line each, beside the heading's cell)."""
    return not row.has_figures() and \
        _ARTICLE_RE.fullmatch("第二十条" + L.normalize_text(row.label).replace(" ", "")) is not None


# (label, metric key), longest labels first so `本年处理决定数量` wins over `处理决定数量`
_METRIC_VARIANTS = tuple(sorted(((v, key) for key, vs in L.DISCLOSURE_METRICS.items() for v in vs),
                                key=lambda p: -len(p[0])))

def match_metrics(header: str) -> list[str]:
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

def years_as_words(header: str, year: int | None) -> str:
    """The header with a count column named by its year (`2019年项目数量`) renamed as the template
    names it: the report's year is 本年 (current_year_count), the year before 上一年
    (previous_year_count); any other year is left as printed, naming no column."""
    if "项目数" not in header or year is None:
        return header
    words = {year: "本年", year - 1: "上一年"}
    return _YEAR_COUNT_RE.sub(lambda m: words[int(m.group(1))] + m.group(2) if int(m.group(1)) in words
                              else m.group(0), header)


@lru_cache(maxsize=1 << 12)
def _header_cell_metrics(text: str) -> list[str]:
    """The metrics one header cell's words name."""
    return match_metrics(L.squash(text))


def _metric_of(text: str) -> str | None:
    """The metric a header word names whole (`本年新制作数量`, once its wrapped pieces are joined)."""
    squashed = L.squash(text)
    return next((key for key, variants in L.DISCLOSURE_METRICS.items() if squashed in variants), None)


def known_column_lists(article: str, template: str) -> list[list[str]]:
    lists = [list(L.TEMPLATE_DISCLOSURE_COLUMNS.get(template, {}).get(article, ()))]
    if template == "2019" and article in ("20(5)", "20(6)", "20(8)"):
        # some agencies add the 本年项目数量 column after 上一年项目数量
        lists.append([lists[0][0], "current_year_count", *lists[0][1:]])
    return list(filter(None, lists))  # (the lists that name a column)


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
    A header with words that name no column and the columns out of the template's order names none (`[]`).
    """
    known = known_column_lists(article, template)
    if header in known:
        return header, False
    named = {metric for candidate in known for metric in candidate}
    if whole and header and set(header) <= named:
        return header, False
    if header and set(header) <= named and not any(_is_subsequence(header, candidate) for candidate in known):
        # the article's columns named out of the template's order by a header with words that name none: those may
        # be a wrapped name's pieces read apart (`本年` … `处理决定数量` … `增/减`: 本年增/减 wrapped round its
        # neighbour's line), so the printed order is not the columns' order, and no column is named
        return [], False
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


@lru_cache(maxsize=1 << 10)  # a header's words recur in every report of a layout
def _names_every_word(header: str) -> bool:
    """Whether each word of a squashed header names a column (`信息内容` aside): nothing of it unread."""
    for variant, _ in _METRIC_VARIANTS:  # longest first, as they are matched
        header = header.replace(variant, "")
    return not header.replace("信息内容", "")


def _is_subsequence(short: list[str], long: list[str]) -> bool:
    it = iter(long)
    return all(any(x == y for y in it) for x in short)


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


def _splits_with_change_unfilled(split: Callable[..., list[R.Reading] | None], width: int, signed_at: int,
                                 texts: list[str], limit: int = R.MAX_CANDIDATES) -> list[R.Reading] | None:
    """The splits of a crawled 2019 row (`split`: its candidates builder) where every cell printed a figure
    but 本年增/减量 (`signed_at`), which may have been left empty and then left no trace. A page whose table 3
    writes its empty counts as `0` says nothing of a difference it did not fill in: a real crawl prints
    `行政许可215` for 2, an empty 本年增/减, 15 (tests/fixtures/real/190_pingtan_tourism_2019_crawl.txt)."""
    every = split(texts, width=width, blanks=True, crawled=True, limit=limit)
    if every is None:
        return None
    return [reading for reading in every
            if all(value is not None or column == signed_at for column, value in enumerate(reading))]


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
    rows = list(rows)  # an item row split over two lines is joined in place (`_item_row_below_its_figures`)
    for index, row in enumerate(rows):
        if index in units_taken or FIGURES_PIECE_RE.search(row.label) and _an_amounts_piece(row):
            continue  # an amount's piece read as a label (`9.`): read with the item row beside it
        if (joined_row := _item_row_below_its_figures(rows, index, columns or header, text)) is not None:
            rows[index + 1] = joined_row  # read as the item's row on the next turn, the header's words kept
            report.warn("figures_apart", f"table 2 {_item_of(joined_row.label)}: its figures printed on the line "
                        "right above its label (the row split over two lines): read as its", row.line)
            continue
        label = row.label
        found_article = _article_of(label)
        if not found_article and (found_article := _article_wrapped(rows, index)) and \
                _only_the_headings_rest(rows[index + 1]):
            units_taken.add(index + 1)  # `第（八）项`: its `第` and `项` are no header words
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
                units |= units_in_header(header_raw)
            words = years_as_words(header_text, report.year)
            named = match_metrics(words)
            if named:
                header, whole = named, _names_every_word(words)
            for cell in row.label_cells():
                named = match_metrics(years_as_words(L.squash(cell.text), report.year))
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
        item = _item_of(label) or _wrapped_item(label, previous, rows[index + 1 :])
        if item is None and columns is None and header_text:
            # figures of no item amid the block's header lines (`上一年项目数量` / `增/减 -1 +1` / `处理决定数量`: a
            # PDF's text out of reading order): the header goes on past them, its words before them kept, so the
            # words after them alone never pass for a narrower header
            header_text += "".join(L.squash(c.text) for c in row.label_cells())
            header_raw += "".join(c.text for c in row.label_cells())
            continue
        printed_words = header_text
        header_text, header_parts, header_raw = "", [], ""
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
            header = header if header in known_column_lists(article, template) else []
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
            if (opened := _amount_opened_at_its_rows_end(rows, index, text)) is not None:
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
        elif row.spaced and (glued := _figure_glued_to_its_label(row, item)) is not None and \
                len(glued.values()) == len(columns):
            # `行政规范性文件５ ２ ４２` (markitdown of Chromium's PDF): the first figure set against the label, the others
            # one space apart; together exactly the columns, in order (fewer: which is blank is not known)
            row, values = glued, glued.values()
        glued_unplaced, in_its_cell, in_place = False, None, None
        if row.piped and (glued := _figure_glued_to_its_label(row, item)) is not None:
            values = _pipe_figures_after_a_glued_one(glued.values(), len(columns))
            in_its_cell = None if values else _glued_figure_in_the_first_columns_cell(rows, index, glued, columns[0])
            row = in_its_cell or glued
            values = values or row.values()
            glued_unplaced = len(values) != len(columns) and in_its_cell is None
        elif row.piped and (in_place := _cells_where_a_glued_row_sets_them(rows, index, len(columns))) is not None:
            values = in_place or values
            glued_unplaced = not in_place
        anchors = [positions[m] for m in columns] if positions.keys() >= set(columns) else None  # (every one placed)
        fitted, problem, code = fit_row(row, values, len(columns), anchors, trailing_first=True, signed_at=next(
            (at for at, metric in enumerate(columns) if metric in L.SIGNED_METRICS), None))
        if problem and row.spaced and (by_sign := _placed_by_its_sign(values, columns)) is not None:
            fitted, problem = by_sign, None
            report.warn("placed_by_sign", f"table 2 {item}: {len(values)} figures for {len(columns)} columns set "
                        "apart by single spaces, one printed with its sign: that one is the change's, the others in "
                        "the columns either side of it, a side printing none blank", row.line)
        if row.piped and (glued is None or in_its_cell is not None) and not in_place and (under_header := \
                cells_under_their_header([*rows[:index], row, *rows[index + 1 :]], index, columns,
                                         _header_cell_metrics)) is not None:
            fitted, problem = under_header, None  # each figure under its header's pipe cell, blank cells kept
        elif row.piped and (by_full_rows := cells_where_the_tables_full_rows_set_them(
                rows, index, columns, _header_cell_metrics, _word_glued_to_its_label,
                partial(_an_item_row_of, article))) is not None:
            # the header's column names share a pipe cell: the grid's cells name columns only where a row printing
            # every column sets them (what the glued-figure readings above took from the cells' places is undone)
            (fitted, problem), code, glued_unplaced = by_full_rows, "short_row", False
        if row.piped and not problem and _lone_figure_line_before(rows, index):
            # markitdown sets a figure pdfminer gave no pipe column on a line of its own right above the row it
            # stands in (`16` / `| 规章 | 无 | 无 |  |`): the row's empty cells may be that figure's, not blank;
            # the one empty cell is, where no other row can own the line (`_no_other_row_owns_the_line_before`)
            empty = [at for at, cell in enumerate(fitted) if cell is not None and cell.is_empty]
            if len(empty) == 1 and None not in fitted and \
                    _no_other_row_owns_the_line_before(rows, index, columns, text):
                fitted[empty[0]] = rows[index - 1].cells[0]
            else:
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
        elif row.piped and not problem and _short_in_a_headless_wider_grid(rows, values, index, len(columns)):
            # no header cell starts the grid's columns: its empty cells may be a label's or a figure's place, not
            # blanks (a row whose amount wrapped round it is read above: the digits off the grid prove its place)
            problem, code, fitted = SHORT_IN_A_WIDER_GRID, "short_row", [None] * len(columns)
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
            if _figures_beside_the_pieces(rows, taken, texts[1:]):
                # `政府集中采购      18.45` / `11   6495万` / `元`: a cell of the row set lower beside the amount's
                # pieces (centred in the row's height), its place on the row's line empty: not a blank cell
                fitted = [None if cell is not None and cell.is_empty else cell for cell in fitted]
                report.warn("short_row", f"table 2 {item}: a figure on the lines its amount wraps onto, beside its "
                            "pieces: a cell set below the row's line; its empty cells are unknown", row.line)
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
        elif (after_label := _amount_after_a_bare_label(rows, index, values, columns)) is not None:
            # `政府集中采购` / `22.51` / `0308万元` (`pdftotext -raw`, the count blank): one amount's pieces, no cells apart
            fitted, problem, code = after_label, AMOUNT_AFTER_A_BARE_LABEL, "short_row"
        elif (counted := _count_then_amount_after_a_bare_label(rows, index, values, columns)) is not None:
            # `政府集中采购` / `18` / `69.08` / `7905万元` (pdftotext without -raw or -layout): the count, then the amount
            fitted, problem = counted, None
            report.warn("amount_wrapped", f"table 2 {item}: its count on the line after its label, then its amount "
                        f"wrapped over the lines after it, {' + '.join(v.text.strip() for v in values[1:] if not v.is_empty)}"
                        ": read joined", row.line)
        if problem and (wrapped := _amount_wrapped_round_its_row(rows, index, values, columns, text)) is not None:
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
        if named in known_column_lists(article, template) and len(alone) == len(named):
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
        elif prints_nothing(values) and _FIGURE_IN_TEXT_RE.search(label):
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
        elif prints_nothing(values) and row.has_figures():
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
        if (stray := label_pieces - taken_here) and (any(FIGURES_PIECE_RE.search(rows[at].label) for at in stray) or
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
            # …nor a count on a line of its own after the label, which may open the amount whose pieces follow it,
            # the count blank (`政府集中采购` / `0` / `.5万元`: 0.5), unless it can open none
            after = [cell.text for at in sorted(stray) if at > index for cell in rows[at].cells if not cell.is_empty]
            fitted = [None if raw is not None and raw.line != row.line and after and
                      _may_open_the_amount(raw.text, after) else raw for raw in fitted]
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
            if not vanish and signed_at is not None:
                counted = partial(_splits_with_change_unfilled, split, len(columns), signed_at)
            candidates = _with_year_split_off(report, f"table 2 {item}", rows, row, [v.text for v in values], counted)
            if candidates is None or len(candidates) > 1:
                # the splits past MAX_CANDIDATES, counted on (still bounded) at most once for the row's evidence; made
                # only for a row its own text leaves several splits (a cache made for every crawled row cost ~2%)
                widened = computed_once(partial(counted, [v.text for v in row.values()],
                                                   limit=R.MAX_CANDIDATES_WITH_EVIDENCE))
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
        if any(raw is not None for raw in fitted) and (number := _a_page_number_read_as_a_cell(
                row, values, [rows[at] for at in taken_here], text)) is not None:
            problem = (f"a figure alone on a page's last or first line ({number!r}), which may be the page's number, "
                       "read as one of its cells: its cells are not proven")
            code, fitted = "short_row", [None] * len(columns)
        read_in_block.setdefault(article, []).append(_ReadInBlock(item, row, tuple(columns), fitted, problem, index))
        if problem and code == "unaligned_cells" and row.aligned and row.has_figures() and poppler_pages:
            unplaced.append(_Unplaced(item, row, tuple(columns), code, problem, index, dict(units)))
            continue  # placed after the block's other rows, by where pdftotext set its figures among theirs
        if problem:
            report.warn(code, f"table 2 {item}: {problem}; missing cells are unknown", row.line)
        disclosure_cells(report, rows, index, item, columns, fitted, units)
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
        disclosure_cells(report, rows, index, item, columns, placed or [None] * len(columns), units)
        if placed is not None:
            _mark_placed_by_page_order(report, f"table 2 {item}", row, report.cells[-len(columns):])
    unread_disclosures(report, template, articles, block_columns)
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


def disclosure_cells(report: ParsedReport, rows: list[Row], index: int, item: str, columns: Sequence[str],
                      fitted: list, units: dict[str, str]) -> None:
    for metric, raw in zip(columns, fitted):
        if metric in L.AMOUNT_METRICS and index + 1 < len(rows):
            raw = _wrapped_amount(raw, rows[index], rows[index + 1], rows[index + 2] if index + 2 < len(rows) else None,
                                  rows[index - 1] if index else None)
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


def _proven_in_block(block: list[_ReadInBlock], columns: tuple[str, ...], page: int) -> list[tuple[Row, list]]:
    """The rows of a table 2 block read in full under `columns` on `page`, each with its fitted cells."""
    return [(one.row, one.fitted) for one in block
            if not one.problem and one.row.aligned and one.columns == columns and one.row.page == page]


COLUMNS_UNPROVEN = "columns_unproven"  # a row whose columns its header does not print: read by nothing else

_SIGNS = ("+", "-", "＋", "－", "−")


def _placed_by_its_sign(values: list[RawCell], columns: Sequence[str]) -> list[RawCell] | None:
    """A row of fewer figures than columns, set apart by single spaces (`行政强制 36 +2`: `pdftotext -raw` writes
    a row's label, then each cell it prints, so a blank cell leaves no trace), one figure printed with its sign:
    only the change (本年增/减) holds a signed figure, so that one is its. The figures before it are the columns
    before the change and those after it the columns after, in order, where they are as many as those columns or
    none (a side printing none: its cells blank). None otherwise (a side short of its columns: which of them is
    blank is not known)."""
    signed_at = next((at for at, metric in enumerate(columns) if metric in L.SIGNED_METRICS), None)
    if signed_at is None or not values or len(values) >= len(columns) \
            or any(read_count(value.text, signed=True).state != VALUE for value in values):
        return None
    signs = [index for index, value in enumerate(values) if value.text.strip().startswith(_SIGNS)]
    if len(signs) != 1:
        return None
    before, after = values[: signs[0]], values[signs[0] + 1 :]
    wanted_before, wanted_after = signed_at, len(columns) - signed_at - 1
    if len(before) not in (0, wanted_before) or len(after) not in (0, wanted_after):
        return None
    line = values[0].line
    return [*(before or [RawCell("", line) for _ in range(wanted_before)]), values[signs[0]],
            *(after or [RawCell("", line) for _ in range(wanted_after)])]


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


def _lone_figure_line_before(rows: list[Row], index: int) -> bool:
    """Whether the line right above the pipe row `rows[index]` is one figure alone, outside the pipe rows."""
    if index == 0:
        return False
    above = rows[index - 1]
    return not above.piped and not L.squash(above.label) and len(above.cells) == 1 and _is_figure(above.cells[0].text.strip())


def _item_row_below_its_figures(rows: list[Row], index: int, metrics: list[str], text: str) -> Row | None:
    """The item row whose figures stand on the line `rows[index]`, right above its label's line, joined
    (label, then the figures' cells); None for any other line. `metrics`: the block's columns as far as
    known (its header's, before its first item row); `text`: the report's text.

    markitdown groups a PDF page's words into lines by their top rounded to a 5-point band. Where a row's
    label tops a fraction of a point below its figures (one font for Chinese, another for digits) and the
    band's edge falls between them, the row prints as two lines, its figures first: `| | 3 | 0 | 54 |` /
    `行政许可`, or `0` / `行政处罚` (a one-figure line is no table row of the page's grid). No other row can
    own the figures where the line above them is the block's header row or an item's pipe row printing a
    figure for each column, the label's line prints none and names its item by itself, and the line after
    it is no line of figures alone (an amount's pieces wrapped round its label: amount columns are left
    out too). A one-figure line belongs to a one-column block only: it keeps no column of its own."""
    if not 0 < index < len(rows) - 1 or not (rows[index].piped or rows[index - 1].piped) or rows[index + 1].piped \
            or not metrics or any(m in L.AMOUNT_METRICS for m in metrics):
        return None  # asked of every row: a pipe row's neighbours first (markdown alone has them)
    figures, label = rows[index], rows[index + 1]
    if L.squash(figures.label) or not figures.has_figures() or label.piped or label.has_figures() or \
            _item_of(label.label) is None or not _no_other_row_owns_the_line_before(rows, index + 1, metrics, text):
        return None
    name = RawCell(label.label, label.line)
    if figures.piped:
        if len(figures.cells) != len(rows[index - 1].cells):
            return None
        return Row([name, *figures.cells[1:]], piped=True, padded=figures.padded, short_by=figures.short_by,
                   page=figures.page)
    if len(metrics) != 1 or len(figures.cells) != 1 or not _is_figure(figures.cells[0].text.strip()):
        return None
    return Row([name, figures.cells[0]], page=figures.page)


def _no_other_row_owns_the_line_before(rows: list[Row], index: int, metrics: list[str], text: str) -> bool:
    """Whether the line of figures alone right before the item row `index` (markitdown's line bands: the
    row's figures topping a fraction of a point above its label) can be no other row's: the line before it is
    the block's header row, or an item's pipe row printing a word for each of `metrics` (none of its cells
    left for the line's figures), no empty line stands between the three (markitdown's break between two
    pages' text: a page's number or running line may end a page), and the line after the item row is no line
    of figures alone (pieces of a figure wrapped round the row). `text`: the report's text."""
    if index < 2 or not metrics:
        return False
    above, lines = rows[index - 2], text.splitlines()  # asked rarely: the lines split here
    last_above = max(cell.line for cell in above.cells) if above.cells else 0
    if not above.piped or not 0 < last_above < rows[index].line <= len(lines) or \
            any(not lines[number - 1].strip() for number in range(last_above + 1, rows[index].line)):
        return False
    if above.has_figures():
        printed = sum(len(cell.text.split()) for cell in above.values() if not cell.is_empty)
        if _item_of(above.label) is None or printed != len(metrics):
            return False
    elif _item_of(above.label) is not None or not match_metrics(L.squash(above.label)):
        return False  # no header row (a wrapped label's first line, a heading)
    after = rows[index + 1] if index + 1 < len(rows) else None
    return after is None or not (after.has_figures() and not L.squash(after.label))


def _figures_on_the_lines_below(rows: list[Row], index: int) -> list[RawCell]:
    """The figures of the row after `index` when it is figures alone, one a line, with no label; the empty
    line ending their paragraph (`政府集中采购 12` / `人民币11.09852万元` / ``, then the next heading) is none."""
    if index + 1 >= len(rows):
        return []
    below = rows[index + 1]
    if not below.stacked or L.squash(below.label) or not below.cells or \
            not all(cell.is_value for cell in below.cells):
        return []
    cells = list(below.cells)
    while len(cells) > 1 and cells[-1].is_empty:
        cells.pop()
    return cells


def _cells_on_the_line_after_its_label(row: Row) -> list[RawCell] | None:
    """A row built from lines of one cell each whose only value is a line of two or more whole figures one
    space apart after its label's lines (`pdftotext -raw`: the content stream writes a row's label cell, its
    lines wrapped, then its other cells one space apart): each figure a cell. None for any other row."""
    values = row.filled_values()
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
        if i > index and _article_of(label):
            return rows[index].stacked and _figures_past_the_next_heading(rows, i)
        if i > index and _item_of(label) and (rows[i].has_figures() or not rows[index].stacked):
            break
        if i == index or _item_of(label) is not None or not label.strip():
            continue
        if rows[i].has_figures() and (match_metrics(L.squash(label)) or _ends_a_metrics_name(label)) \
                or i > index and match_metrics(L.squash(label)):
            return True
    return False


def _figures_past_the_next_heading(rows: list[Row], heading: int) -> bool:
    """Whether plain pdftotext's cell-by-cell text set figures past the next article's heading, before its first item
    (`规章` / `规范性文件` / `第二十条第（五）项` / `3` / `4` / … / `新公开数量` / `3` / `615`): on that heading's line or
    among its header's lines. Text out of reading order: they may be the block's before it, whose item rows then
    print nothing of their own."""
    for row in rows[heading:]:
        if row is not rows[heading] and (_article_of(row.label) or _item_of(row.label)):
            return False
        if row.has_figures():
            return True
    return False


def _block_names_a_metric(rows: list[Row], index: int) -> bool:
    """Whether the block of table 2 round the item row `index` (from its article to the next) names a
    metric anywhere: a PDF's text that sets none of its header words there set them, and the figures
    under them, elsewhere (after the next article's block). A name wrapped over the lines of its header
    (`本年收费` / `金额（单位：万元）`, `pdftotext -raw`) names it too, the header's lines before the item read
    joined, where the item's row is the table's last line or another article's or item's label follows it:
    no line after it can hold a piece of its cell (`万元 6274.` / `4616`, an amount wrapped down its column)."""
    start = next((i for i in range(index - 1, -1, -1) if _article_of(rows[i].label)), -1)
    end = next((i for i in range(index + 1, len(rows)) if _article_of(rows[i].label)), len(rows))
    if any(match_metrics(L.squash(rows[i].label)) for i in range(start + 1, end)):
        return True
    ended = index + 1 == len(rows) or _article_of(rows[index + 1].label) or _item_of(rows[index + 1].label)
    header = "".join(L.squash(rows[i].label) for i in range(start + 1, index) if not rows[i].has_figures())
    return bool(ended) and bool(match_metrics(header))


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
    # aligned text: each piece where it stands (`行政规范性文件6` under the first column's header)
    return with_a_cell_cut(row, cells[-1], glued.start(2))


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


def _an_item_row_of(article: str, row: Row) -> bool:
    """Whether the row's label names an item of the article."""
    return (item := _item_of(row.label)) is not None and L.DISCLOSURE_ITEMS[item][0] == article


def _word_glued_to_its_label(row: Row) -> RawCell | None:
    """A figure or blank mark written against the end of an item's label, no space between (`行政规范性文件5`,
    `行政规范性文件—`): the label's text past the item's longest name, as printed, where that is one figure or mark."""
    printed = row.cells[0].text.strip() if row.cells else ""
    item = _item_of(printed)
    if item is None:
        return None
    name = max((variant for variant in L.DISCLOSURE_ITEMS[item][1] if L.squash(printed).startswith(variant)), key=len)
    tail = next((printed[at:].strip() for at in range(len(printed), 0, -1) if L.squash(printed[:at]) == name), "")
    return RawCell(tail, row.line) if tail and _figure_or_mark(tail) else None


BESIDE_A_GLUED_ROW = ("a converter's pipe row beside another whose first figure is glued to its label, printing a "
                      "figure where that row prints none: which column each stands in is not known")

GLUED_IN_A_PIPE_ROW = ("a figure glued to its label in a converter's pipe row, its other figures not one to each "
                       "column after it: which column each stands in is not known")

SHORT_IN_A_WIDER_GRID = ("fewer figures than columns in a converter's pipe grid wider than the table, with no pipe "
                         "header row: which column each figure stands in is not known")

AMOUNT_PIECES_ROUND_A_PIPE_ROW = ("its amount's cell empty in a converter's pipe row, digits on the line before or "
                                  "after it that do not join one amount: the amount is not known")


def _short_in_a_headless_wider_grid(rows: list[Row], values: list[RawCell], index: int, width: int) -> bool:
    """Whether the pipe row `rows[index]` of table 2 has more cells than the table's `width` columns, fewer figures
    than them, and no pipe header row in its grid (the header a plain line above the pipe table:
    `信息内容 本年制发件数本年废止件数现行有效件数` / `| 规章 | 1 | 29 |  |  |  |  |`): markitdown sets a page's pipe
    grid where the words stand, so with no header cell to start the columns its cells are not the table's columns
    and its empty ones not the table's blanks (that 规章 printed nothing as issued: 1 repealed, 29 in force).
    Under a pipe header row, the grid's cells start where the header's words do
    (`| 信息内容 | 本年制发件数本年废止件数现行有效件数 |  |  |`): read as before."""
    if not (len(values) > width and 0 < sum(not cell.is_empty for cell in values) < width):
        return False
    # a row of the table markitdown wrote as a plain line (`行政处罚 +2`) parts no grid: the header above it is
    # the grid's still (a plain line without figures, the header's own or a heading, does part it)
    grid = [row for at, row in enumerate(rows) if at >= index or row.piped or not row.has_figures()]
    return header_row_above(grid, grid.index(rows[index])) is None


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


def _glued_figure_in_the_first_columns_cell(rows: list[Row], index: int, glued: Row, first: str) -> Row | None:
    """A converter's pipe row of table 2 whose first figure is glued to its label (`| 行政规范性文件4 |  |  | 129 |`),
    under a pipe header row whose cell right after the label's opens on the first column's name (`本年制发件数`): the
    glued figure is that column's (pdfminer joined it to the label it stands a few points from, the first column's
    start), and the row's empty cell there its place. The row with the glued figure in that cell, a row of the grid
    to read as its other rows are (`| 规章 |  | 1 | 15 |`); None where the header or the row is otherwise."""
    header = header_row_above(rows, index)
    label, figure, place = glued.cells[0], glued.cells[1], 2  # the label alone in its cell, then the figure's own
    if header is None or len(header.cells) < 2 or _header_cell_metrics(header.cells[1].text)[:1] != [first] or \
            len(glued.cells) != len(rows[index].cells) + 1 or glued.label_cells() != [label] or \
            not glued.values() or glued.values()[0] is not figure or not glued.cells[place].is_empty:
        return None
    return glued.with_cells([label, figure, *glued.cells[place + 1 :]])


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
        match_metrics(words)


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
    pieces = before.filled_values()
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


def _amount_wrapped_round_its_row(rows: list[Row], index: int, values: list[RawCell], columns: list[str],
                                  text: str = "") -> tuple[list[RawCell], set[int], list[str]] | None:
    """The row's cells where its last column, an amount, wrapped down its narrow column, the row's other
    columns whole on its line: `pdftotext -layout` of Chromium's or LibreOffice's PDF centres the cell's lines
    on the row's line, its first pieces on the lines above, its rest below (`86.9` / `政府集中采购  8` /
    `5455万元`, `人民币 2` / `政府集中采购  2` / `9.895859 万元`); `-raw` writes them after the row's line
    (`政府集中采购 8` / `86.9` / `5455万元`). Joined only where that is the only reading: the other columns'
    figures whole counts, one short of the columns, the last column the row's only amount; the pieces as
    `_amount_pieces_round_its_row` and `_joined_amount` take them; with no unit to end them, where their runs
    are bound (`_pieces_bound_round_its_row`, `_pieces_end_before_a_label`: `text`, the report's). (the cells,
    the rows taken, the pieces' texts) or None (unknown)."""
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
    if joined is None and (_pieces_bound_round_its_row(rows, index, taken) if row.aligned
                           else _pieces_end_before_a_label(rows, index, taken, text)):
        joined = _joined_amount(texts, row.line, bare_end=True)
    return None if joined is None else ([*figures, joined], taken, texts)


def _pieces_bound_round_its_row(rows: list[Row], index: int, taken: set[int]) -> bool:
    """Whether the runs of pieces round an aligned row's line (`_amount_pieces_round_its_row`) hold its amount
    whole where no unit ends it (`89.3` / `政府集中采购  20` / `57384`): as many lines above the row's as below
    (a cell centred on the row's line), the run above right under the block's header (a line of no figures
    naming its columns) or after an empty line, the run below followed by an empty line or the text's end, and
    a label, no amount's piece, past each empty line: no other row's piece can stand in either run (a row's
    pieces touch its own line), nor can the amount go on past them."""
    above = [at for at in taken if at < index]
    if 2 * len(above) != len(taken):
        return False
    first, last = min(taken), max(taken)
    if last + 1 < len(rows) and (rows[last + 1].line == rows[last].line + 1 or not _a_label_line(rows[last + 1])):
        return False
    if first == 0:
        return True
    before = rows[first - 1]
    if before.line == rows[first].line - 1:
        return not before.has_figures() and bool(_metrics_named(L.squash(before.label)))
    return _a_label_line(before)


def _pieces_end_before_a_label(rows: list[Row], index: int, taken: set[int], text: str) -> bool:
    """Whether the lines of pieces after the row `index` of figures one space apart
    (`_amount_pieces_after_its_row`) hold its amount whole where no unit ends it (`政府集中采购 20` / `89.3` /
    `57384`, `pdftotext -raw` of Chromium's narrow amount column): that text writes a row's cells in the order
    they are drawn, so the last cell's lines run on, line after line, up to what is drawn next; a label, no
    amount's piece, or the table's end right after them, the amount can go on nowhere. No piece of digits
    alone right before or after a page's break (`text`, the report's: a form feed opening its line or the
    next), where it may be the page's number; no line of two figures one space apart (`1 2`: two cells)."""
    pieces = {cell.line: cell.text for at in taken for cell in rows[at].cells if not cell.is_empty}
    lines = sorted(pieces)
    if not text or lines != list(range(rows[index].line + 1, rows[index].line + 1 + len(lines))) or any(
            sum(map(bool, map(_BARE_DECIMAL_RE.fullmatch, L.normalize_text(piece).split()))) > 1
            for piece in pieces.values()):
        return False
    after = max(taken) + 1
    if after < len(rows) and not _a_label_line(rows[after]):
        return False
    return not any(_may_be_a_page_number(RawCell(piece, line), text) for line, piece in pieces.items())


@lru_cache(maxsize=2)  # asked of a report's rows in turn (its text's hash is kept once computed)
def _lines_by_a_page_break(text: str) -> frozenset[int]:
    """The text's lines (numbered from 1) that end a page or open one (pdftotext opens a page's first line with
    a form feed): where a page's number, on a line of its own, stands."""
    lines = text.split("\n")
    return frozenset(number for number in range(1, len(lines) + 1) if lines[number - 1].startswith("\f") or
                     number < len(lines) and lines[number].startswith("\f"))


def _may_be_a_page_number(cell: RawCell, text: str) -> bool:
    """Whether the cell, digits alone, stands on a page's last or first line (`text`, the report's), where the
    page's number does: no figure of a row unless its line proves it one."""
    return L.normalize_text(cell.text).strip().isdigit() and "\f" in text and cell.line in _lines_by_a_page_break(text)


def _a_page_number_read_as_a_cell(row: Row, values: list[RawCell], pieces: list[Row], text: str) -> str | None:
    """The text of a figure the row's reading took from a line of its own, off the label's (`规章 360 54` / `3`
    / `\f…`, `行政处罚` / `2` / `\f…`: `pdftotext -raw` of a PDF printing its page's number at the foot, a
    figure alone) that may be the page's number (`_may_be_a_page_number`): the row's cells are not proven
    then, whichever it is. `pieces`: rows whose cells the reading joined into its amount. None where no such."""
    cells = [*values, *(cell for piece in pieces for cell in piece.cells)]
    return next((cell.text.strip() for cell in cells if cell.line != row.line and not cell.is_empty
                 and _may_be_a_page_number(cell, text)), None)


def _a_label_line(row: Row) -> bool:
    """Whether the row prints words that are no piece of a wrapped amount (`三、收到和处理…`, `行政许可`)."""
    return bool(L.squash(row.label)) and not _an_amounts_piece(row)


def _lone_amount_wrapped_round_its_label(rows: list[Row], index: int, columns: list[str]
                                        ) -> tuple[list[RawCell], set[int], list[str]] | None:
    """A block of one column, an amount, whose row prints nothing on its label's line and the amount's pieces
    on the lines round it (`        3888` / `行政事业性收费` / `        64.00元`): a cell of two lines or more
    centred on a one-line label sets its first pieces above the label's line and its rest below, nothing on it.
    Joined as `_amount_pieces_round_its_row` takes the pieces (the whole runs of lone cells, one left edge,
    directly above and below) where they make one amount, its first piece any digits (no count column for it to
    be); (the cells, the rows taken, the pieces' texts) or None."""
    if len(columns) != 1 or columns[0] not in L.AMOUNT_METRICS or FIGURES_PIECE_RE.search(rows[index].label):
        return None  # a piece on the label's line too (`行政事业性收费  298.`, the row builder's label): its middle
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
        piece = without_unit_brackets(L.normalize_text(right[0].text).strip())
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
    if index and a_piece_right_above(rows[index - 1], row, head):
        return None, taken, texts  # `178` / `行政事业性收费  4.1` / `305万元`: the head is no head, the amount's start not known
    return _joined_amount(texts, row.line), taken, texts


def _figures_beside_the_pieces(rows: list[Row], taken: set[int], pieces: list[str]) -> bool:
    """Whether the lines an amount wraps onto (`taken`) hold a figure besides its pieces (a wrapped label's tail,
    `购`, holds none)."""
    return any(_DIGIT_RE.search(cell.text) for at in taken for cell in rows[at].cells
               if not cell.is_empty and cell.text.strip() not in pieces)


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


def _amount_opened_at_its_rows_end(rows: list[Row], index: int, text: str = ""
                                   ) -> tuple[Row, set[int], list[str]] | None:
    """A row whole on its line whose last cell, digits alone, opens its amount, the rest on the lines after
    it (`行政事业性收费 3` / `1.48` / `2405万元`, `政府集中采购⇥6⇥8` / `86.9` / `5455万元`): the row with the
    pieces joined into that cell, the rows taken and the pieces' texts; None where they join no one
    amount (`_joined_amount`, the head and the first piece one opening; a bare decimal where the pieces end
    before a label, `_pieces_end_before_a_label`, `text` the report's). Asked only where the row's figures
    fill its columns: the head is no count then."""
    row = rows[index]
    found = _amount_pieces_after_its_row(rows, index)
    if found is None or not _BARE_DECIMAL_RE.fullmatch(L.normalize_text(row.cells[-1].text).strip()):
        return None
    pieces, taken = found
    head = row.cells[-1]
    texts = [head.text.strip(), *(cell.text.strip() for cell in pieces)]
    # the head opens the amount (the row's figures fill its columns), the pieces its rest up to its unit, which
    # may be torn too (`2405万` / `元`, `3.2` / `万` / `元`), or up to the next row's label where no unit ends it
    # (`_pieces_end_before_a_label`); a decimal point among them (digits alone, `1` / `1` / `20万元`, may hold a
    # line no piece of it, a page's number)
    whole = without_unit_brackets(L.normalize_text("".join(texts)).replace(" ", ""))
    bare = "." in whole and _BARE_DECIMAL_RE.fullmatch(whole) is not None and row.spaced and \
        _pieces_end_before_a_label(rows, index, taken, text)
    if not (bare or _DECIMAL_AMOUNT_RE.fullmatch(whole)) or read_amount_wan_yuan(whole).state != VALUE:
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


AMOUNT_AFTER_A_BARE_LABEL = ("its label alone on its line, its figures on the lines after it opening an amount (or "
                             "digits alone, the count's or the amount's first piece): one amount's pieces, the "
                             "columns before it printing nothing the text shows")


def _amount_after_a_bare_label(rows: list[Row], index: int, values: list[RawCell], columns: list[str]
                               ) -> list[RawCell | None] | None:
    """A block of counts then an amount (`政府集中采购`'s 采购项目数量, 采购总金额) whose item prints nothing on
    its label's line and, on the lines after it, pieces the first of which opens an amount (a point, 人民币, a
    money unit: no count's): `政府集中采购` / `22.51` / `0308万元` (`pdftotext -raw` of Chromium's PDF, the count
    blank, the amount wrapped down its narrow column). They are one amount's pieces, never cells apart (`0308万元`
    no amount of its own): the row's cells, the counts unknown (whatever a blank left, it left no trace) and the
    amount joined where `_joined_amount` joins them, else unknown. A first piece of digits alone may be the count
    or the amount's first piece (`965827` / `6.5`, the count blank): every cell unknown, unless it can open no
    amount with the lines after it (`_may_open_the_amount`): None then, as where the row is not so."""
    if len(columns) < 2 or columns[-1] not in L.AMOUNT_METRICS or \
            any(metric in L.AMOUNT_METRICS for metric in columns[:-1]):
        return None
    if (pieces := _pieces_after_a_bare_label(rows[index], values, 2)) is None:
        return None
    texts = [cell.text.strip() for cell in pieces]
    if not re.search(rf"[.．]|人民币|{MONEY_UNIT}", texts[0]):
        # digits alone may be a count, or the amount's first piece, the count blank (`政府集中采购` / `965827` /
        # `6.5`: 9658276.5): a count only where it can open no amount with the lines after it
        return [None] * len(columns) if _may_open_the_amount(texts[0], texts[1:]) else None
    return [*[None] * (len(columns) - 1), _joined_amount(texts, rows[index].line)]


def _count_then_amount_after_a_bare_label(rows: list[Row], index: int, values: list[RawCell], columns: list[str]
                                          ) -> list[RawCell] | None:
    """A block of one count then an amount (`政府集中采购`'s 采购项目数量, 采购总金额) whose item prints nothing on its
    label's line and, on the lines after it, a whole count, then the amount's pieces (`政府集中采购` / `18` / `69.08` /
    `7905万元`: pdftotext without -raw or -layout sets each cell's lines after the label, a blank leaving no trace):
    the row's cells where the first line can open no amount with the lines after it (`_may_open_the_amount`: then it
    is the count, the only other column) and those lines join one amount (`_joined_amount`: an opening no count is,
    the unit ending the last); else None."""
    if len(columns) != 2 or columns[0] in L.AMOUNT_METRICS or columns[1] not in L.AMOUNT_METRICS:
        return None
    if (pieces := _pieces_after_a_bare_label(rows[index], values, 3)) is None:
        return None
    texts = [cell.text.strip() for cell in pieces]
    if read_count(texts[0]).state != VALUE or not L.normalize_text(texts[0]).isdigit() or \
            _may_open_the_amount(texts[0], texts[1:]):
        return None
    joined = _joined_amount(texts[1:], pieces[1].line)
    return None if joined is None else [pieces[0], joined]


def _pieces_after_a_bare_label(row: Row, values: list[RawCell], least: int) -> list[RawCell] | None:
    """The row's pieces of text, `least` at least, where its item prints nothing on its label's line and they stand
    on the lines after it (a stacked row, no crawled line); else None."""
    pieces = [cell for cell in values if not cell.is_empty]
    if not row.stacked or row.joined or len(pieces) < least or any(cell.line == row.line for cell in pieces):
        return None
    return pieces


def _may_open_the_amount(first: str, rest: list[str]) -> bool:
    """Whether the line `first` may open an amount wrapped down its narrow column with the lines `rest` after it,
    rather than be a count: digits alone (a blank's mark, `—`, opens none), unless the two joined open on a zero
    no amount prints (`0` / `0`: not 00) or a later line is too wide for that column. A column's line breaks where
    the next character would not fit: the first line is narrower than its digits and one character more, and no
    later line is wider. A digit is as wide as any other, a point narrower, a Chinese character wider; a unit
    kept whole on its figure's line may overhang the column by its last character (`元`). So a later line holding
    as many digits and Chinese characters as `first` holds and one more (`2` / `9.895859万元`, `5` / `16` / `万`)
    is too wide."""
    first = L.normalize_text(first).strip()
    lines = [without_unit_brackets(re.sub(r"\s", "", L.normalize_text(text))) for text in rest]  # `5（万元）`: `5万元`
    if not first.isdigit() or re.match(r"0\d", first + "".join(lines)):
        return False
    widths = [len(line.replace(".", "")) for line in [*lines[:-1], lines[-1].removesuffix("元")]] if lines else []
    return not any(width > len(first) for width in widths)


def _joined_amount(texts: list[str], line: int, count_beside: bool = True, bare_end: bool = False
                   ) -> RawCell | None:
    """An amount's pieces joined, where no other reading is: the first an amount's opening that no count
    is (`人民币`, or a decimal point: `人民币 2`, `86.9`; digits alone too where no count column stands beside
    it, not `count_beside`), any between digits (perhaps ending on the point, `9.`), the last the amount's
    end (its money unit: the lines round it say nothing of where the amount ends; digits alone where the caller
    proved the last piece ends it, `bare_end`), one decimal point in all, and joined one amount. Else None."""
    # `９．`: `9.`; `7905（万元）`: `7905万元`
    texts = [without_unit_brackets(re.sub(r"(?<=人民币) +", "", L.normalize_text(text).strip())) for text in texts]
    while len(texts) > 1 and texts[0] in ("人", "人民"):  # 人民币 itself broken (`人民` / `币` / `12.` / `5万元`)
        texts = [texts[0] + texts[1], *texts[2:]]
    unit_first = re.match(rf"({MONEY_UNIT}) ?(?=[\d０-９])", texts[0]) if bare_end and len(texts) > 1 else None
    if unit_first and re.fullmatch(r"[\d０-９.]+", texts[-1]):
        # `万元 7` / `0.163309`: the unit printed before the amount (no count has one), read after it
        texts = [texts[0][unit_first.end():], *texts[1:-1], texts[-1] + unit_first.group(1)]
    else:
        unit_first = None
    if len(texts) < 2 or not re.fullmatch(r"(?:人民币)?[\d０-９]*\.?[\d０-９]*", texts[0]) \
            or not ("." in texts[0] or "人民币" in texts[0] or unit_first or not count_beside) \
            or not all(re.fullmatch(r"[\d０-９]+\.?[\d０-９]*|\.[\d０-９]+", text) for text in texts[1:-1]) \
            or not re.fullmatch(rf"[\d０-９]*\.?[\d０-９]+(?: ?{MONEY_UNIT}){'?' if bare_end else ''}", texts[-1]) \
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
    no whole figure (`人民币 2` / `9.` / `8958` / `59万元`, `万元 714.` / `9366`)."""
    text = without_unit_brackets(L.normalize_text(row.label).replace(" ", ""))
    return bool(text) and _WRAPPED_AMOUNT_PIECE_RE.fullmatch(text) is not None


# a piece of an amount wrapped down its column that the row builder read as a label (spaces taken out): a unit may
# be cut too (`.0054184247亿` / `元`), and 人民币 itself (`人民` / `币12.5万元`: a narrow column breaks
# between any two characters); the unit may be printed before the amount's first piece (`万元 714.` / `9366`)
_WRAPPED_AMOUNT_PIECE_RE = re.compile(r"(?:[万亿]?元(?=\d))?(?:人民币|人民?|民币?|币)?\d*\.?\d*[万亿]?元?")

# a piece of the figure itself, not only `人民币` or the unit (in a label: a figure glued to it or an amount's piece
# read as one, which the reader splits off or joins)
FIGURES_PIECE_RE = re.compile(r"[\d.．]")

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

def _wrapped_amount(raw: RawCell | None, row: Row, below: Row, after: Row | None = None,
                    above: Row | None = None) -> RawCell | None:
    """An amount wrapped down its narrow column in aligned text (`人民币26.0` over `31376万元`; `0.0044`
    over `亿元`, the label's own wrap beside it): the line below holds one piece of text standing in
    the amount's column (its left edge), and nothing else but the label's wrap before it; that
    piece goes on with digits (then no label on the line) or is the unit alone. The amount is the
    two joined; `raw` as it is otherwise. Unknown where a piece of digits ends off the unit and the line
    `after` holds a piece in that column too (`人民币2` / `9.8` / `95` / `859万元`): where it ends is not known;
    and where the line right `above` the `row`'s holds a piece in that column too (`a_piece_right_above`): where
    it starts is not known."""
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
    if above is not None and a_piece_right_above(above, row, raw):
        joined.problem = f"an amount wrapped over three lines or more (a piece above its row's {joined.text!r}): not read"
        return joined
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

def unread_disclosures(report: ParsedReport, template: str, articles: set[str],
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

_UNIT_NOT_KNOWN = "?"  # a header's unit the reader does not know (`units_in_header`)

def units_in_header(header: str) -> dict[str, str]:
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
