"""Fuzzy, monotonic alignment of a table's label texts to the template's label sequence.

Each candidate (a row's label, possibly with the label-only lines just before or after it: a label
wrapped over lines) is scored against each template row on the squashed label: 1 when the
template's words end it, a little less when they stand inside it, else the longest common
subsequence of the template's words and the label's tail over the longer of the two (tolerant of a
misprint such as `其他法律行政止公开`, an abbreviation, a dropped or repeated character). A dynamic
programme over (candidate, template row) then picks the assignment with the highest total that
keeps template order, so a misread label between two well-read ones is still placed, and a heading
(`（三）不予公开`) or a stray margin character places nothing.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from functools import lru_cache

from ..core import labels as L

MIN_SCORE = 0.65  # below this a label is not taken for a template row
# What a match adds to the total is its score above this: two weak matches (a heading that shares
# `政府信息公开申请` with one row, that row's label taken for the next row) never outweigh one exact.
BASELINE = 0.6
FIGURES_BONUS = 0.05  # of two equal labels, the one with figures after it is the row
# A piece of the words several template labels share (`行政机关不再处理其政府信息公` of both （六）1 and 2),
# with figures after it, matches each of them this well, equally: only the template order of its
# neighbours places it, and where nothing does, it is placed nowhere (`align`).
SHARED_SCORE = 0.95  # its end is a piece of the rows' words: above a heading that merely holds a row's words (0.9)
SHARED_MIN = 6  # characters: a shorter piece (`申请人`) is too common to be a torn label
SHARED_GAIN = SHARED_SCORE - BASELINE + FIGURES_BONUS  # what such a piece adds (`_gains`)
# A label that is the end of a row's words, its leading qualifier left off (`4.大量反复申请`)
ABBREVIATION_SCORE = 0.8
OWN_WORDS_SCORE = 0.9  # a label holding a template row's words (`score`)
ABBREVIATION_MIN = 5  # characters: a shorter end (`政府信息`) is a wrapped label's last line more often
OPENING_MIN = 3  # characters: a shorter opening (`属于`) starts too many rows' labels
_TAIL = 40  # characters of a label's end compared (headings run before the row's own label)


@dataclass(frozen=True)
class TemplateRow:
    key: str
    variants: tuple[str, ...]  # squashed labels
    exact: bool  # a short label (`总计`, `其他`): the whole label or its end, never fuzzy
    ending: str = ""  # words the template prints after the row's own, shared with other rows

    def __hash__(self) -> int:  # the key names the row; hashed on every memoized score
        return hash(self.key)


@lru_cache(maxsize=16)
def template_rows(keys: tuple[str, ...]) -> tuple[TemplateRow, ...]:
    rows = []
    for key in keys:
        variants, _, _ = L.APPLICATION_ROWS[key]
        rows.append(TemplateRow(key, variants, all(len(v) <= 2 for v in variants),
                                L.APPLICATION_SHARED_ENDINGS.get(key, "")))
    return tuple(rows)


@lru_cache(maxsize=1 << 15)
def score(label: str, row: TemplateRow) -> float:
    """How well the squashed `label` names the template `row`, from 0 to 1."""
    return _score(label, row, label[-_TAIL:], _characters(label[-_TAIL:]), _after_numbering(label))


def _score(label: str, row: TemplateRow, tail: str, characters: frozenset[str], numbered: str) -> float:
    """`score`, given the label's end, its characters and the words after its numbering (`_after_numbering`):
    the same for every row it is scored against. `_scores` skips the rows whose characters allow none of
    the tests below a score above 0: a new kind of match here needs its character test there too."""
    if not label:
        return 0.0
    if row.exact:
        if row.key == "other_misc":  # `其他` alone, or under its heading: not `其他法律…`, `其他处理`
            return 1.0 if label in ("其他", "其他处理其他") else 0.0
        return 1.0 if any(label.endswith(v) for v in row.variants) else 0.0
    best = 0.0
    for variant in row.variants:
        if label.endswith(variant):
            return 1.0
        if variant in label:
            best = max(best, OWN_WORDS_SCORE)
            continue
        if variant.endswith(label) and _abbreviates(label, variant, row.variants):
            best = max(best, ABBREVIATION_SCORE)
            continue
        if numbered and variant.endswith(numbered) and _abbreviates(numbered, variant, row.variants):
            best = max(best, ABBREVIATION_SCORE)  # `处理4.大量反复申请`: the words after its numbering
            continue
        own, needed = _characters_needed(variant)
        if len(own & characters) >= needed:  # else too few of the template's characters: not worth the table
            best = max(best, _tail_similarity(tail, variant))
    return best


@lru_cache(maxsize=1 << 14)
def names_a_row(label: str, keys: tuple[str, ...]) -> bool:
    """Whether the squashed `label` names any of the template rows `keys` (scores MIN_SCORE or more).
    Asked of every label of a table: memoized by the rows' keys, which hash without a call to
    TemplateRow.__hash__ per row."""
    return any(s >= MIN_SCORE for s in _scores(label, keys))


@lru_cache(maxsize=1 << 12)
def names_a_sharing_row(label: str, keys: tuple[str, ...]) -> bool:
    """Whether the squashed `label` holds the own words of a row whose last words other rows share
    (`申请人无正当理由逾期不补正行政机关不再处理其…`: （六）1, not the piece （六）1 and 2 both end in)."""
    return _names_a_sharing_row([_scores(label, keys)], template_rows(keys))


@lru_cache(maxsize=1 << 12)
def opens_a_row(label: str, keys: tuple[str, ...]) -> bool:
    """Whether the squashed `label` is the first words of a row's label and no whole label
    (`保护第三` of `保护第三方合法权益`): a label cut short, its other words on a later line."""
    return len(label) >= OPENING_MIN and not names_a_row(label, keys) and any(
        variant.startswith(label) and len(variant) > len(label)
        for row in template_rows(keys) for variant in row.variants)


@lru_cache(maxsize=1 << 12)
def continues_its_label(label: str, rest: str, keys: tuple[str, ...]) -> bool:
    """Whether the squashed `rest` carries on the squashed `label`, the first words of a row's label cut short,
    into more of that same row's label (`结转` / `下年度继续办理`): together they open or make a variant of it."""
    whole = label + rest
    return any(variant.startswith(whole) for row in template_rows(keys) for variant in row.variants)


def shared_piece(label: str, keys: tuple[str, ...]) -> bool:
    """Whether the squashed `label` is a piece of the last words several rows share, long enough not to
    be a common word (`行政机关不再处理其政府信息公开`)."""
    return len(label) >= SHARED_MIN and any(row.ending and label in row.ending for row in template_rows(keys))


def ends_the_label_above(rest: str, above: str, keys: tuple[str, ...]) -> bool:
    """Whether the squashed `rest` is only the last words several rows end in (`公开申请数量`), naming none of them by
    its own, and the squashed `above` names one of those rows by its own words (`一、本年新收政府信息`): the
    end of `above`'s label wrapped to the next line."""
    sharing = _rows_sharing_the_end(rest, keys)
    rows = template_rows(keys)
    if not sharing or max(_scores(rest, keys)) >= OWN_WORDS_SCORE or \
            not any(variant.endswith(rest) for j in sharing for variant in rows[j].variants):
        return False  # a piece of the words inside the labels (`信息公开申请` / `数量`): not their end
    if above.endswith(rest):
        return False  # the label above is whole (`一、本年新收政府信息公开申请数量 0 … 2` / `上年结转` / `政府信息公开申请数量`,
        # `-raw`): the words are the next row's end, its first line (`上年结转`) printing none of them
    scores = _scores(above, keys)
    return any(scores[j] >= OWN_WORDS_SCORE for j in sharing)


@lru_cache(maxsize=1 << 12)
def _after_numbering(label: str) -> str:
    """The words after the label's last numbering (`处理4大量反复申请` → `大量反复申请`: a merged heading's
    characters, or a stray mark an OCR read, before it), or "" when no numbering stands before them."""
    match = _AFTER_NUMBERING_RE.search(label)
    return match.group(1) if match else ""


_AFTER_NUMBERING_RE = re.compile(r"\d([\u3400-\u9fff]+)$")


def _abbreviates(label: str, variant: str, own: tuple[str, ...]) -> bool:
    """The label is the end of the template's words with their qualifier left off (`大量反复申请` for
    `无正当理由大量反复申请`): long enough, half the words or more, and the end of no other row's words."""
    if len(label) < ABBREVIATION_MIN or 2 * len(label) < len(variant) or not variant.endswith(label):
        return False
    return _ends_one_row(label, own)


@lru_cache(maxsize=1 << 10)
def _ends_one_row(label: str, own: tuple[str, ...]) -> bool:
    return not any(v.endswith(label) for variants, _, _ in L.APPLICATION_ROWS.values() if variants != own
                   for v in variants)


def _tail_similarity(label: str, variant: str) -> float:
    """max over the label's tails t of LCS(t, variant) / max(len(t), len(variant))."""
    positions = _positions(variant)  # its keys: the variant's characters
    if len(positions.keys() & _characters(label)) < MIN_SCORE * len(positions):
        return 0.0  # too few of the template's characters: not worth the table below
    m = len(variant)
    best = 0.0
    for i, common in _tails_in_common(label, variant):
        best = max(best, common / max(i, m))
        if i >= m and m / (i + 1) <= best:
            break  # a longer tail t scores at most m / len(t): no more than what is found
    return best


def likeness(label: str, variant: str) -> float:
    """2 LCS(label, variant) / (len(label) + len(variant)): how nearly the whole label is the variant (a glyph
    misprinted, a word left off: `国家秘密` for 属于国家秘密 is 8/10), a character too many as much as one too few."""
    common = 0
    for _, common in _tails_in_common(label, variant):
        pass
    return 2 * common / max(len(label) + len(variant), 1)


def _tails_in_common(label: str, variant: str) -> Iterator[tuple[int, int]]:
    """For each tail of the label, growing a character at a time: its length and its LCS with the variant."""
    positions = _positions(variant)
    # one row of the LCS table per character, all of its cells at once as the bits of V (Hyyrö's bit-parallel
    # LCS): the LCS is V's zero bits
    m = len(variant)
    full = (1 << m) - 1
    v = full
    for i, ch in enumerate(reversed(label), start=1):
        u = v & positions.get(ch, 0)
        v = ((v + u) | (v - u)) & full
        yield i, m - v.bit_count()


@lru_cache(maxsize=256)  # a label is compared with every template row in turn
def _characters(label: str) -> frozenset[str]:
    return frozenset(label)


@lru_cache(maxsize=1 << 10)
def _characters_needed(variant: str) -> tuple[frozenset[str], float]:
    """The variant's characters, and how many of them a label's end must hold for `_tail_similarity`
    to reach MIN_SCORE (its own first test)."""
    own = frozenset(variant)
    return own, MIN_SCORE * len(own)


@lru_cache(maxsize=1 << 10)
def _positions(variant: str) -> dict[str, int]:
    """Per character, the bit mask of where it stands in the reversed variant."""
    masks: dict[str, int] = {}
    for j, ch in enumerate(reversed(variant)):
        masks[ch] = masks.get(ch, 0) | 1 << j
    return masks


@dataclass(frozen=True)
class Candidate:
    texts: tuple[str, ...]  # squashed readings of the label: alone, with the lines before/after
    has_figures: bool
    several: bool = True  # more than one cell after the label (one figure alone may be a stray mark)


def align(candidates: list[Candidate], rows: tuple[TemplateRow, ...]) -> dict[str, int]:
    """template row key → index of the candidate it is read from, in template order."""
    return align_with_ties(candidates, rows)[0]


def align_with_ties(candidates: list[Candidate], rows: tuple[TemplateRow, ...]) -> tuple[dict[str, int], dict[str, int]]:
    """`align`, and the rows left out as a tie beside a label without figures (`_tied_with_a_bare_neighbour`:
    which of two rows owns a line of figures the text does not say), each → the index of the candidate the
    order gave it."""
    # what matching candidate i to row j adds (None: not a match); a label's scores are the same
    # in every report that prints it, so they are computed once per process. Labels that match
    # no row (headings, notes, stray margin characters) take no part in the programme.
    keys = tuple(row.key for row in rows)
    all_gains = [_gains(c.texts, keys, FIGURES_BONUS if c.has_figures else 0.0, c.several) for c in candidates]
    kept = [i for i, g in enumerate(all_gains) if g is not None]
    gains = [all_gains[i] for i in kept]
    matches = [_matches(gain) for gain in gains]
    n, m = len(kept), len(rows)
    # best[i][j]: the highest total aligning candidates[:i] with rows[:j]. A row of the table is
    # the running maximum of the row above, raised where candidate i matches: a label matches few
    # template rows, so only those cells are computed one by one.
    best = [[0.0] * (m + 1)]
    for found in matches:
        best.append(_raised(best[-1], found))
    placed: dict[int, int] = {}  # kept candidate → row index
    i, j = n, m
    while i > 0 and j > 0:
        # the move that gave best[i][j]: a match, else skipping the row, else the candidate (on a
        # tie the same order of preference)
        above, here, g = best[i - 1], best[i], gains[i - 1][j - 1]
        if g is not None and above[j - 1] + g >= max(above[j], here[j - 1]):
            placed[i - 1] = j - 1
            i, j = i - 1, j - 1
        elif here[j - 1] >= above[j]:
            j -= 1
        else:
            i -= 1
    tied = _tied_with_a_bare_neighbour(placed, gains, rows, candidates, kept)
    return {rows[j].key: kept[i] for i, j in placed.items() if i not in tied
            and not _placed_by_a_tie(i, j, gains, placed, rows)}, {rows[placed[i]].key: kept[i] for i in sorted(tied)}


def _raised(above: list[float], found: Sequence[tuple[int, float]]) -> list[float]:
    """The programme's next row: the running maximum of the row `above` (itself a running maximum, from
    0.0) raised where a candidate matches (`found`: (row index, gain), in template order), each cell
    the higher of the cell above and the highest match so far. Where the row above tops that, the cell
    is the row above's, so only the cells from a match up to there are written (found by bisection)."""
    here = above[:]
    peak, start = 0.0, 1
    for j, g in found:
        stop = bisect_left(above, peak, start, j + 1)
        here[start:stop] = [peak] * (stop - start)
        if (value := above[j] + g) > peak:
            peak = value
        start = j + 1
    stop = bisect_left(above, peak, start, len(above))
    here[start:stop] = [peak] * (stop - start)
    return here


def best_rows(candidates: list[Candidate], rows: tuple[TemplateRow, ...]) -> list[str | None]:
    """Per candidate, the one template row its label matches best, order aside (None: no row, or a tie)."""
    keys = tuple(row.key for row in rows)
    found: list[str | None] = []
    for candidate in candidates:
        gains = _gains(candidate.texts, keys, FIGURES_BONUS if candidate.has_figures else 0.0) or ()
        top = max((g for g in gains if g is not None), default=None)
        best = [key for key, g in zip(keys, gains) if g is not None and g == top]
        found.append(best[0] if len(best) == 1 else None)
    return found


def _placed_by_a_tie(i: int, j: int, gains: list, placed: dict[int, int], rows: tuple[TemplateRow, ...]) -> bool:
    """Whether candidate i, a piece of the words row j shares with others, matches as well another
    of those rows that is free between the rows of its placed neighbours: then neither its label nor
    the order says which row it is."""
    if not rows[j].ending or gains[i][j] != SHARED_GAIN:
        return False
    below = max((r for c, r in placed.items() if c < i), default=-1)
    above = min((r for c, r in placed.items() if c > i), default=len(rows))
    taken = set(placed.values())
    return any(g == gains[i][j] and rows[other].ending == rows[j].ending and other != j and other not in taken
               and below < other < above for other, g in enumerate(gains[i]))


def _tied_with_a_bare_neighbour(placed: dict[int, int], gains: list, rows: tuple[TemplateRow, ...],
                                candidates: list[Candidate], kept: list[int]) -> set[int]:
    """The kept candidates to leave out as ties: a line of figures placed on row j by a piece of the words
    row j shares with others alone (`（六）其他处理` + `行政机关不再处理其政府信息公开申请`, the line after it),
    which matches as well another of those rows placed on a label without figures next to it (only labels
    matching no row, without figures, between them: `1.申请人无正当理由逾期不补正、`): that label may be
    wrapped round the figures, the shared words its end, as much as the figures may be row j's. The shared
    words name neither, so both rows are left out (their cells unknown), never one given the other's figures."""
    tied: set[int] = set()
    placed_at = {kept[k] for k in placed}
    for i, j in placed.items():
        if not rows[j].ending or gains[i][j] != SHARED_GAIN or not candidates[kept[i]].several:
            continue  # most placed labels: their own words (a lone figure after a label is no row's whole line)
        for c, o in placed.items():
            if c == i or o == j or rows[o].ending != rows[j].ending or gains[i][o] != gains[i][j] \
                    or candidates[kept[c]].has_figures:
                continue
            low, high = sorted((kept[c], kept[i]))
            if not any(candidates[k].has_figures or k in placed_at for k in range(low + 1, high)):
                tied.update((i, c))
    return tied


@lru_cache(maxsize=1 << 14)  # a label's gains recur as they do (`_gains`)
def _matches(gains: tuple[float | None, ...]) -> tuple[tuple[int, float], ...]:
    """(row index, gain) of the template rows a label matches, in template order."""
    return tuple([(j, g) for j, g in enumerate(gains) if g is not None])


@lru_cache(maxsize=1 << 14)
def _gains(texts: tuple[str, ...], keys: tuple[str, ...], bonus: float, several: bool = True,
           ) -> tuple[float | None, ...] | None:
    """Per template row, what a match adds (None: no match); None when the label matches no row."""
    rows = template_rows(keys)
    plain = [_scores(text, keys) for text in texts]
    # a shared piece with no figures is a wrapped label's continuation (`行政机关` / `不再处理`): not a row;
    # nor is one with a row of figures whose lines above name one of the rows sharing it by its own
    # words (`1.申请人无正当理由逾期不补正、` / `行政机关不再处理其政府信息公开  1 0 …`): it is that row's end
    shared = bonus and not (several and _names_a_sharing_row(plain, rows))
    by_text = [_shared(text, keys, scores) if shared else scores for text, scores in zip(texts, plain)]
    scores = list(map(max, *by_text)) if len(by_text) > 1 else by_text[0]
    gains = tuple([s - BASELINE + bonus if s >= MIN_SCORE else None for s in scores])  # a list: no generator
    return gains if gains.count(None) < len(gains) else None  # one C-level count, not a generator a row


@lru_cache(maxsize=1 << 14)
def _scores(label: str, keys: tuple[str, ...]) -> tuple[float, ...]:
    """`score` of the squashed `label` for each template row: a wrapped label's readings recur from
    report to report where the combinations `_gains` is asked of do not, so they are memoized alone.
    A label names few rows: a fuzzy row none of whose variants can score by `_score`'s tests, told
    from the characters each holds, is 0.0 without them. A variant that ends the label or stands
    inside it has only characters of the label; a variant the label ends (an abbreviation) holds every
    character of the label, or of its words after the numbering; the fuzzy tail's test counts the
    characters the variant shares with the label's end. (A new label, scored against every row, took
    218,000 instructions, 156,000 now: callgrind, the 640 new labels of corpus seed 5's `-layout` text.)"""
    tail = label[-_TAIL:]
    characters, numbered = _characters(tail), _after_numbering(label)
    alphabet, fuzzy = _variant_masks(keys)
    whole, whole_elsewhere = _mask(label, alphabet)  # elsewhere: a character no variant holds
    ends = whole if tail is label else _mask(tail, alphabet)[0]
    after, after_elsewhere = _mask(numbered, alphabet) if numbered else (0, True)
    missing = ~whole  # the characters the label lacks
    may_score = {j for j, own, not_own, needed in fuzzy
                 if not own & missing or (not whole_elsewhere and not whole & not_own)
                 or (not after_elsewhere and not after & not_own) or (own & ends).bit_count() >= needed}
    return tuple([_score(label, row, tail, characters, numbered) if row.exact or j in may_score else 0.0
                  for j, row in enumerate(template_rows(keys))])


@lru_cache(maxsize=16)
def _variant_masks(keys: tuple[str, ...]) -> tuple[dict[str, int], tuple[tuple[int, int, int, float], ...]]:
    """The template rows' characters, a bit each; and each variant of a fuzzy row (not `exact`) as
    (its row's index, its characters as those bits, their complement, how many of them the fuzzy
    tail's test needs)."""
    alphabet: dict[str, int] = {}
    for row in template_rows(keys):
        for variant in row.variants:
            for ch in variant:
                alphabet.setdefault(ch, 1 << len(alphabet))
    masks = [(j, _mask(variant, alphabet)[0], _characters_needed(variant)[1])
             for j, row in enumerate(template_rows(keys)) if not row.exact for variant in row.variants]
    return alphabet, tuple((j, own, ~own, needed) for j, own, needed in masks)


def _mask(text: str, alphabet: dict[str, int]) -> tuple[int, bool]:
    """The text's characters as bits of `alphabet`, and whether it holds one the alphabet has not."""
    mask, elsewhere = 0, False
    for ch in set(text):
        bit = alphabet.get(ch)
        if bit is None:
            elsewhere = True
        else:
            mask |= bit
    return mask, elsewhere


def _names_a_sharing_row(scores: list[tuple[float, ...]], rows: tuple[TemplateRow, ...]) -> bool:
    """Whether a reading holds the own words of a row whose ending other rows share (scores 0.9 or more)."""
    return any(s >= OWN_WORDS_SCORE and row.ending for by_row in scores for s, row in zip(by_row, rows))


def _shared(label: str, keys: tuple[str, ...], scores: tuple[float, ...]) -> Sequence[float]:
    """`scores`, raised to SHARED_SCORE for the rows whose words hold the label's end, when several
    do (`（六）其他处理行政机关不再处理其政府信息公`: its longest end found in any row's words)."""
    sharing = _rows_sharing_the_end(label, keys)
    return [max(s, SHARED_SCORE) if j in sharing else s for j, s in enumerate(scores)] if sharing else scores


@lru_cache(maxsize=1 << 12)
def _rows_sharing_the_end(label: str, keys: tuple[str, ...]) -> tuple[int, ...]:
    """The template rows (their indices) whose words, with the words they share, hold the label's
    longest end that any row holds, when several rows do; () when one row or none does."""
    worded = _words_with_endings(keys)
    every_row = _all_words_with_endings(keys)  # a tail that no row holds fails in one search
    for start in range(max(len(label) - _TAIL, 0), len(label) - SHARED_MIN + 1):
        tail = label[start:]
        if tail not in every_row:
            continue
        sharing = tuple(j for j, words in enumerate(worded) if any(tail in w for w in words))
        if sharing:  # the longest end that any row holds: shared by several, or one row's own words
            return sharing if len(sharing) > 1 else ()
    return ()


@lru_cache(maxsize=16)
def _words_with_endings(keys: tuple[str, ...]) -> tuple[tuple[str, ...], ...]:
    """Per template row, each of its variants followed by the words it shares with other rows."""
    return tuple(tuple(v + row.ending for v in row.variants) for row in template_rows(keys))


@lru_cache(maxsize=16)
def _all_words_with_endings(keys: tuple[str, ...]) -> str:
    """`_words_with_endings` of every row, one a line."""
    return "\n".join(w for words in _words_with_endings(keys) for w in words)
