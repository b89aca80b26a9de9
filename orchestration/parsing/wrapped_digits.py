"""Full-width figures wrapped a piece a line in narrow columns, in plain `pdftotext` of Chromium's PDFs.

Chromium may break a line between any two full-width digits (`１０` is two ideographs to it), so a figure too
wide for its column is printed over several lines of the same cell, `１` / `０` for 10. Plain `pdftotext` then
writes each line as a line of its own, and a table read as a sequence of figures (chunks.py) holds more
words than cells. What the text proves about such a piece:

- it is alone on its line, a run of full-width digits, and the next piece of its figure stands on the very
  next line (poppler ends a block of text with an empty line, and a cell's lines are one block);
- the lines of one block stand in one column, so they share one width: a figure wraps only when it is wider
  than that width, and then every piece but its last fills it. So a piece shorter than the block's widest
  line ends its figure;
- no figure opens on a 0 (a `０` line followed by another digit is two cells).

Or a figure wrapped over two lines has the next cell's word between its pieces (`_sandwiched`).

Nothing else tells a wrapped figure from figures a line each (`１` / `２` is 12 or 1 and 2): the caller tries
the groupings that make exactly its cells' count against its rules. `groupings` counts them first by a
dynamic programme over positions (how many ways the words from here on make so many figures), so the work
is bounded by words × figures, and lists them only when there are at most `limit`.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

WIDE_DIGITS = frozenset("０１２３４５６７８９")
_WIDE_DIGIT_RE = re.compile("[０-９]")

Grouping = tuple[tuple[int, ...], ...]  # each figure's words, their positions in the sequence, in order


@dataclass(frozen=True, slots=True)
class Word:
    text: str  # the word as printed
    line: int  # its line in the text
    alone: bool  # nothing else stands on its line (no label, no other figure)


def holds_wide_digits(text: str) -> bool:
    """Whether `text` holds a full-width digit anywhere: one C-level scan that a text of no wrapped piece and no
    full-width figure (most reports: their figures ASCII) fails at once, before its rows or words are asked."""
    return _WIDE_DIGIT_RE.search(text) is not None


def is_wide_digits(text: str) -> bool:
    """A text of full-width digits only (`１２`, `５`): a figure wrapped in its narrow column a piece a line, or a
    whole figure of its own."""
    return bool(text) and WIDE_DIGITS.issuperset(text)


def is_piece(word: Word) -> bool:
    """A word that may be a wrapped figure's piece: full-width digits alone on their line."""
    return word.alone and is_wide_digits(word.text)


def _joins(words: Sequence[Word]) -> list[bool]:
    """For each word but the last: whether it may be a piece that the next word goes on (see the module)."""
    joins = [False] * max(len(words) - 1, 0)
    start = 0
    while start < len(words):
        end = start + 1  # the block of piece lines from `start`: each on the line after the one before
        if is_piece(words[start]):
            while end < len(words) and is_piece(words[end]) and words[end].line == words[end - 1].line + 1:
                end += 1
        widest = max(len(word.text) for word in words[start:end])
        for at in range(start, end - 1):
            joins[at] = len(words[at].text) == widest
        start = end
    return joins


def _sandwiched(words: Sequence[Word], at: int) -> bool:
    """Whether words[at:at + 3] may be a figure wrapped over two lines round the next cell's word: a block of
    its own of three lines (an empty line before and after it), the first and last full-width pieces, the first
    at least as wide as the last and not opening on a 0. Chromium centres a one-line cell in its row's height,
    so the cell after a wrapped figure stands between its two lines, and poppler may write the three as one
    block (`１` / `０` / `２`: 12, then 0)."""
    if at + 2 >= len(words):
        return False
    first, middle, last = words[at : at + 3]
    return is_piece(first) and is_piece(last) and middle.alone and not first.text.startswith("０") \
        and len(first.text) >= len(last.text) and middle.line == first.line + 1 and last.line == first.line + 2 \
        and (at == 0 or words[at - 1].line < first.line - 1) \
        and (at + 3 == len(words) or words[at + 3].line > last.line + 1)


def groupings(words: Sequence[Word], count: int, limit: int) -> list[Grouping] | None:
    """Every way to group `words` into exactly `count` figures, a figure being one word, the pieces of a
    wrapped one on lines one after the other, or the two pieces of one wrapped round the next cell's word
    (`_sandwiched`: that word is then the figure after it); see the module. None when there are more than
    `limit` ways; [] when there is none (the words cannot make `count` figures)."""
    n = len(words)
    if count > n or count <= 0:
        return []
    joins = _joins(words)
    # the steps from a word: the figures it opens (their words), the words they take; never opening on a 0
    steps: list[list[tuple[tuple[int, ...], ...]]] = []
    for at in range(n):
        options: list[tuple[tuple[int, ...], ...]] = [((at,),)]
        if not words[at].text.startswith("０"):
            end = at + 1
            while end < n and joins[end - 1]:
                end += 1
                options.append((tuple(range(at, end)),))
            if _sandwiched(words, at):
                options.append(((at, at + 2), (at + 1,)))
        steps.append(options)

    def taken(step: tuple[tuple[int, ...], ...]) -> int:
        return sum(map(len, step))

    # ways[at][k]: the groupings of words[at:] into k figures, capped at limit + 1 (more is as good as too many)
    cap = limit + 1
    ways = [[0] * (count + 1) for _ in range(n + 1)]
    ways[n][0] = 1
    for at in range(n - 1, -1, -1):
        for k in range(1, count + 1):
            ways[at][k] = min(cap, sum(ways[at + taken(step)][k - len(step)] for step in steps[at] if len(step) <= k))
    if ways[0][count] > limit:
        return None
    found: list[Grouping] = []

    def walk(at: int, k: int, figures: Grouping) -> None:
        if at == n:
            found.append(figures)
            return
        for step in steps[at]:
            if len(step) <= k and ways[at + taken(step)][k - len(step)]:
                walk(at + taken(step), k - len(step), (*figures, *step))

    walk(0, count, ())
    return found
