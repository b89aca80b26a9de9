"""The parser's fast paths give what their plain definitions give: a label's scores against every
template row at once, the rows sharing a label's end, a row of the alignment's programme, a text's
display width looked up per character, words read down aligned columns measured word by word, and
the regions where a figure cut at a separator is looked for. Each is checked on made-up text against
the definition written out here the slow way; and a crawled page's table 3, aligned once for table 2
and table 3 both, reads as it does alone whatever report came before."""

from __future__ import annotations

import re
import unicodedata
from itertools import accumulate
from pathlib import Path
from random import Random

from orchestration.core import labels as L
from orchestration.parsing import align as A
from orchestration.parsing import rows as R
from orchestration.parsing import title as T
from orchestration.parsing.cells import _CHARACTER_WIDTH, display_width
from orchestration.parsing.parse import parse_file
from orchestration.parsing.rows import build_rows
from orchestration.parsing.template import _down_columns, template_sequence
from orchestration.parsing.tokens import Line

KEYS = template_sequence("2021")

# made-up table-3 label readings of the kinds a layout prints: exact, a misprint, an abbreviation, a label
# under its heading, a label wrapped with the next line's words, a header, a stray margin character, nothing
LABELS = ("本年新收政府信息公开申请数量", "其他法律行政止公开", "大量反复申请", "三本年度办理结果予以公开",
          "申请人无正当理由逾期不补正行政机关不再处理其政府信息公开申请", "行政机关不再处理其政府信息公开",
          "收到和处理政府信息公开申请情况申请人情况商业企业科研机构", "总计", "其他", "办", "")


def test_a_labels_scores_against_every_row_are_its_score_against_each():
    for label in LABELS:
        assert A._scores(label, KEYS) == tuple(A.score(label, row) for row in A.template_rows(KEYS)), label
        assert A.names_a_row(label, KEYS) == any(A.score(label, row) >= A.MIN_SCORE for row in A.template_rows(KEYS))


def test_a_labels_scores_skip_no_row_it_may_name():
    # `_scores` scores only the rows whose characters allow a score: any piece of a template label, alone, with
    # a numbering, under a heading, misread by a character or run into another, scores as `score` scores it
    rng = Random(14)
    variants = [v for row in A.template_rows(KEYS) for v in row.variants]
    for _ in range(3000):
        v, w = rng.choice(variants), rng.choice(variants)
        start = rng.randrange(len(v) + 1)
        piece = v[start : rng.randrange(start, len(v) + 1)]
        label = rng.choice([piece, v[start:], w + piece, str(rng.randrange(9)) + piece, piece + w[: rng.randrange(4)],
                            "".join(rng.choice([ch, ch, ch, "的", "x"]) for ch in v), piece * 2, w[-50:] + v])
        assert A._scores.__wrapped__(label, KEYS) == tuple(A.score(label, row) for row in A.template_rows(KEYS)), label


def _rows_sharing_the_end_slowly(label: str) -> tuple[int, ...]:
    rows = A.template_rows(KEYS)
    for start in range(max(len(label) - A._TAIL, 0), len(label) - A.SHARED_MIN + 1):
        tail = label[start:]
        sharing = tuple(j for j, row in enumerate(rows) if any(tail in v + row.ending for v in row.variants))
        if sharing:
            return sharing if len(sharing) > 1 else ()
    return ()


def test_the_rows_sharing_a_labels_end_are_found_as_row_by_row():
    shared = "行政机关不再处理其政府信息公开"
    assert len(A._rows_sharing_the_end(shared, KEYS)) >= 2  # （六）1 and 2 both end in these words
    for label in (*LABELS, shared, "（六）其他处理" + shared, "申请人情况" + shared[:8]):
        assert A._rows_sharing_the_end(label, KEYS) == _rows_sharing_the_end_slowly(label), label


def _raised_slowly(above: list[float], found: list[tuple[int, float]]) -> list[float]:
    raised = above[1:]  # each cell of the row above, raised where the candidate matches, then the running maximum
    for j, g in found:
        raised[j] = max(raised[j], above[j] + g)
    return [0.0, *accumulate(raised, max)]


def test_a_row_of_the_alignments_programme_is_the_running_maximum_of_its_raised_cells():
    random = Random(14)
    gains = (A.SHARED_GAIN, 0.05, 0.2, 0.25, 0.3, 0.35, 0.4, 0.45)  # what a match adds: a few values, often equal
    for _ in range(1000):
        width = random.randint(1, 30)
        above = [0.0] * (width + 1)
        for _candidate in range(random.randint(1, 12)):
            matched = random.sample(range(width), random.randint(0, min(width, 4)))
            found = sorted((j, random.choice(gains)) for j in matched)
            expected = _raised_slowly(above, found)
            assert A._raised(above, found) == expected, (above, found)
            above = expected


REAL = Path(__file__).resolve().parents[1] / "fixtures" / "real"


def test_a_crawled_pages_table_3_reads_alike_after_any_report():
    # table 3 of a crawl is aligned for table 2 first and read with that alignment: no other report's table 3
    # (the same report, printed and crawled) is read with it, before or after it
    crawled, printed = REAL / "06_shanghai_office_2019_crawl.txt", REAL / "11_shanghai_office_2019_w3m.txt"
    alone = {path: parse_file(path) for path in (printed, crawled)}
    for first, then in ((crawled, printed), (printed, crawled), (crawled, crawled)):
        parse_file(first)
        again = parse_file(then)
        assert again.cells == alone[then].cells and again.warnings == alone[then].warnings, (first, then)


def test_display_width_counts_each_character_as_the_unicode_tables_do():
    for text in ("本年新收  12  3", "ａｂｃ１２３", "（一）予以公开\u3000—", "plain ascii 123", "한국어 テキスト", ""):
        assert display_width(text) == sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in text)


def test_the_table_of_character_widths_stays_bounded():
    display_width("".join(map(chr, range(0x4E00, 0x4E00 + 70_000))))  # a file of every code point
    assert len(_CHARACTER_WIDTH) <= 1 << 16
    assert display_width("本年 12") == 7


def _down_columns_slowly(lines: tuple[str, ...]) -> str:
    columns: dict[int, list[str]] = {}
    for line in lines:
        for word in re.finditer(r"\S+", line):  # each word measured from the line's start
            columns.setdefault(display_width(line[: word.start()]), []).append(word.group())
    return "".join(L.squash("".join(words)) for _, words in sorted(columns.items()))


def test_words_down_aligned_columns_stand_where_their_line_puts_them():
    # a header wrapped down narrow columns, after a label of wide characters
    lines = ("申请人情况      本年      其他      总计",
             "                新制      事项",
             "                作数",
             "                量")
    assert _down_columns(lines) == _down_columns_slowly(lines) == "申请人情况本年新制作数量其他事项总计"


def test_a_region_said_to_hold_no_cut_figure_builds_no_cell_holding_one():
    # build_rows looks for figures cut at a separator (`193,`) only where the region holds a digit before a
    # separator (a label's comma, `区分处理的，只计…`, is none), or a markdown line break that may join one
    # (`１<br>，`): every cell a cut figure by the definition stands in a region said to hold one
    regions = ((["| （二）部分公开（区分处理的，只计这一情形） | 3 | 1,234 |"], False),
               (["| （一）予以公开 | 193, | 168 |"], True), (["| （一）予以公开 | １<br>，| 2 |"], True),
               (["| （一）予以公开 | 19", "3, | 2 |"], True), (["规章\t1,0\t80"], True), (["行政许可 ，2 3"], False))
    for texts, cut in regions:
        rows = build_rows([Line(text, number) for number, text in enumerate(texts, 1)], 0, len(texts))
        assert any(R._digits_it_lacks(cell.text) for row in rows for cell in row.cells) == cut, texts
        assert R._may_hold_a_cut_figure("\n".join(texts)) or not cut, texts


def test_a_figure_after_cjk_text_is_found_as_the_plain_pattern_finds_it():
    # `_laid_out_by_glyphs` asks it of every line of a document: the line's first CJK glyph, then anywhere
    # after it two spaces or more before a figure (a run of spaces ends in two), on the same line of text
    plain = re.compile(r"[^\u3400-\u9fff]*[\u3400-\u9fff].*? {2,}[-+]?\d")
    lines = ["（一）予以公开" + " " * 30 + "290  1  0", "  本年新收政府信息公开申请数量  12", "申请人情况 3 4",
             "总计 " + " " * 20 + "-5", "  12   34   总计", "总计" + " " * 40 + "+", "12  总计", "总计\n  12", "总\n计  12",
             "ab  12", "", "　予以公开　　12", "予以公开" + " " * 200 + "x" + " " * 2 + "7", "予以公开\f  0"]
    rng = Random(14)
    for _ in range(2000):  # made-up lines of the characters that matter, in any order
        lines.append("".join(rng.choice(["公", "开", " ", "  ", " " * 9, "1", "-", "+", "\n", "a", "\f"])
                             for _ in range(rng.randrange(12))))
    for line in lines:
        assert bool(R._CJK_THEN_FIGURE_RE.match(line)) == bool(plain.match(line)), repr(line)


def _head_the_plain_way(lines: list[str]) -> list[str]:
    with_text = 0
    for end, line in enumerate(lines, 1):
        with_text += bool(line.strip())
        if with_text == T.TITLE_LINES:
            return lines[:end]
    return lines


def test_the_heads_lines_with_text_are_found_and_normalised_as_line_by_line():
    """`head_lines` finds the head's end in C-level passes: the lines up to the `TITLE_LINES`-th with text, all
    of them where fewer have text; the head's lines with text (`_lines_with_text`) read from it as before."""
    random = Random(37)
    pieces = ["", " ", "\u3000", "\xa0", "\ufeff", "２０２３年", "政府信息公开", "\t", "x" * 2500, "\n"]
    for _ in range(3000):
        lines = ["".join(random.choice(pieces) for _ in range(random.randint(0, 3))) for _ in range(random.randint(0, 70))]
        assert T.head_lines(lines) == _head_the_plain_way(lines)
        plain = [(i, T._normal(line[:4000]).strip()) for i, line in enumerate(lines)]
        assert T._lines_with_text(lines) == [(i, line) for i, line in plain if line]
    assert T._lines_with_text(["２０２３年\u3000报告", "", "a\nb"]) == [(0, "2023年 报告"), (2, "a\nb")]


def test_a_figure_cells_glyph_centres_are_its_words_centres():
    """`_figure_glyphs` (memoized by a cell's text and place): each word of a value cell (a figure, a blank mark) at its centre in glyphs, a label's none."""
    row = R.Row([R.RawCell("行政许可", 1, 4.0, x_glyphs=4.0), R.RawCell("１ ２", 1, 20.5, x_glyphs=20.5),
                 R.RawCell("12", 1, 30.0, x_glyphs=30.0), R.RawCell("—", 1, 40.0, x_glyphs=40.0)], aligned=True)
    assert R._figure_glyphs(row) == [(19.5, "１"), (21.5, "２"), (30.0, "12"), (40.0, "—")]
    assert R._figure_glyphs(row) == [(19.5, "１"), (21.5, "２"), (30.0, "12"), (40.0, "—")]  # again, from the memo
