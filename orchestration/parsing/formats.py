"""Turn a report file of any format into the text the parser reads.

Reports arrive as text renditions, HTML pages, Word (DOCX) files and PDFs, and as legacy Word/WPS
files and spreadsheets (office.py) and scans and images (ocr.py, OCR). Each format is reduced
to one plain text in which a table is a run of tab-separated rows, the shape the parser's row
builder already reads (seed 000): a cell that a merge covers (rowspan/colspan) is written as an
empty cell, so a row keeps the template's width and its values stay in their columns. What
`extract()` returns is exactly what `gdw parse --text FILE` prints, so `line` in the parser output
points into it.

The format is decided by content (magic bytes), not by the file name: `%PDF`, a zip holding
`word/document.xml` (or a workbook), an OLE file (by the streams it names), an image's magic,
markup starting with `<html`/`<table`/…; everything else is text. A file that
is not a readable document raises `FormatProblem` with a code and a message naming the problem; the
parser turns it into a quarantined report. The libraries (lxml, pypdfium2 in pdf.py,
charset-normalizer) are imported only when a file of their format arrives: the text path stays as
fast as before.
"""

from __future__ import annotations

import io
import posixpath
import re
import zipfile
from dataclasses import dataclass
from functools import lru_cache

from .cells import UNDECODABLE, display_width

TEXT, HTML, DOCX, PDF = "text", "html", "docx", "pdf"
# Formats read by office.py (legacy Word/WPS, spreadsheets) and ocr.py (scans and images).
DOC, SPREADSHEET, IMAGE = "doc", "spreadsheet", "image"


class FormatProblem(ValueError):
    """A file that cannot be read as a document: `code` is the quarantine reason code."""

    def __init__(self, code: str, message: str):
        super().__init__(message)
        self.code = code


# Bounds on what one file may make the reader build, far above any real report (a report has a few
# dozen pages and tables of a few hundred cells); beyond them the file is quarantined as too_costly
# before the work starts, instead of running into the parse pool's time or memory limit.
MAX_DOCX_INFLATED_BYTES = 256 * 2**20  # the parts of a DOCX, unzipped (a zip bomb inflates ~1000:1)
MAX_DOCX_XML_BYTES = 64 * 2**20  # of which XML, what is parsed (a report's document.xml: ~1 MB)
MAX_TABLE_CELLS = 100_000  # grid positions of one table once rowspan/colspan are laid out
TOO_COSTLY = "too_costly"


@dataclass(frozen=True)
class Extracted:
    text: str
    format: str  # text | html | docx | pdf | doc | spreadsheet | ocr_pdf | ocr_image
    encoding: str | None  # of a text or HTML file
    # OCR only: for each line of `text` (1-based), the (cell text, confidence 0–1) it was read from
    confidence: dict[int, list[tuple[str, float]]] | None = None


# ---------------------------------------------------------------- detection

_HTML_START_RE = re.compile(
    rb"^(?:\s|<!--.*?-->|<\?xml[^>]*>)*<(?:!doctype\s+html|html|head|body|meta|table|div|p|title|style|h[1-6])\b",
    re.IGNORECASE | re.DOTALL,
)
# markdown that opens with raw HTML (pandoc's gfm/commonmark of a page: `<div class="meta">`):
# no document element, and a markdown table's delimiter row or a grid table's rule on a line
_DOCUMENT_ELEMENT_RE = re.compile(rb"<(?:html|body|head)\b", re.IGNORECASE)
_MARKDOWN_TABLE_RULE_RE = re.compile(rb"^[ \t]*(?:\|[ \t]*:?-{3,}:?[ \t]*\||\+(?:[-=:]{3,}\+)+[ \t]*$)", re.MULTILINE)
_IMAGE_MAGIC = (b"\x89PNG", b"\xff\xd8\xff", b"GIF8", b"II*\x00", b"MM\x00*", b"BM")


def detect_format(data: bytes) -> str:
    """The format by content. Raises FormatProblem for files that are no document at all."""
    return _detected(data)[0]


def _detected(data: bytes) -> tuple[str, zipfile.ZipFile | None]:
    """`detect_format`'s format, and for a DOCX the archive it opened, so that `extract` reads the
    file once (its reader takes the archive rather than opening the bytes again)."""
    head = data[:4096].lstrip(b"\xef\xbb\xbf")
    if head.lstrip().startswith(b"%PDF") or b"%PDF-" in data[:1024]:
        return PDF, None
    if data.startswith(b"PK\x03\x04"):
        try:
            archive = zipfile.ZipFile(io.BytesIO(data))
        except zipfile.BadZipFile as error:
            raise FormatProblem("corrupt_file", f"a damaged zip archive: {error}") from None
        names = archive.namelist()
        if "word/document.xml" in names:
            return DOCX, archive
        from .office import zip_kind

        if zip_kind(names, data[:4096]) == SPREADSHEET:
            return SPREADSHEET, None
        raise FormatProblem("unsupported_format", "a zip archive that is neither a Word (DOCX) document nor a spreadsheet")
    if data.startswith(b"\xd0\xcf\x11\xe0"):
        from .office import ole_kind

        return ole_kind(data), None
    if data.startswith(_IMAGE_MAGIC):
        return IMAGE, None
    if _HTML_START_RE.match(head[:2048]):
        if not _DOCUMENT_ELEMENT_RE.search(data) and _MARKDOWN_TABLE_RULE_RE.search(data):
            return TEXT, None
        return HTML, None
    return TEXT, None


# ---------------------------------------------------------------- text


def _wide_encoding(data: bytes) -> str | None:
    """UTF-32 or UTF-16 without a BOM, told by where the NUL bytes fall: a report's digits, tabs and
    line ends are ASCII, so UTF-16 puts a NUL beside each of them on one side only (CJK characters
    rarely have one), and UTF-32 leaves the top byte of every character NUL."""
    sample = data[:4096]
    sample = sample[: len(sample) - len(sample) % 4]
    if len(sample) < 16:
        return None
    if not any(sample[3::4]) and any(sample[0::4]):
        return "utf-32-le"
    if not any(sample[0::4]) and any(sample[3::4]):
        return "utf-32-be"
    even, odd = sample[0::2].count(0), sample[1::2].count(0)
    enough = len(sample) // 64  # one ASCII character in 32 at least
    if odd >= enough and odd > 3 * even:
        return "utf-16-le"
    if even >= enough and even > 3 * odd:
        return "utf-16-be"
    return None


def _reads_as_text(text: str) -> bool:
    """Binary data can put its NUL bytes where UTF-16 would; decoded, it is full of control
    characters, which a report has almost none of (tabs, line ends and form feeds aside)."""
    sample = text[:2048]
    controls = sum(1 for ch in sample if ch < " " and ch not in "\t\n\r\f\v")
    return controls <= len(sample) // 100


# Single-byte-unit encodings a Chinese text report comes in, tried in this order, with the name the
# parser records (a UTF-8 BOM is dropped).
_TEXT_ENCODINGS = (("utf-8-sig", "utf-8"), ("gb18030", "gb18030"))


def decode_text(data: bytes) -> tuple[str, str]:
    """UTF-16 with its BOM (Notepad's "Unicode"), UTF-16/32 without one, UTF-8 (with or without
    BOM), else GB18030. Raises FormatProblem for binary data."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16"), "utf-16"
        except UnicodeDecodeError:
            pass
    wide = _wide_encoding(data)
    if wide:
        try:
            text = data[: len(data) - len(data) % (4 if "32" in wide else 2)].decode(wide)
        except UnicodeDecodeError:
            text = None
        if text is not None and _reads_as_text(text):
            return text, wide
    if b"\x00" in data[:4096]:
        raise FormatProblem("unreadable", "binary data (NUL bytes), not a text report")
    for codec, label in _TEXT_ENCODINGS:
        try:
            return data.decode(codec), label
        except UnicodeDecodeError:
            continue
    # A few damaged bytes (a flipped bit, a cut multi-byte character) must not lose the report: decode
    # with U+FFFD in their place, in whichever encoding needs fewest; the parser makes every figure on
    # a line holding one unknown (parse.py).
    text, label = min(((data.decode(codec, errors="replace"), label) for codec, label in _TEXT_ENCODINGS),
                      key=lambda decoded: decoded[0].count(UNDECODABLE))
    if text.count(UNDECODABLE) <= max(8, len(text) // 200):
        return text, label
    raise FormatProblem("unreadable", "neither UTF-8 nor GB18030 text")



# ---------------------------------------------------------------- tables as grids


class _Missing(str):
    """A grid position no cell reaches: a row that lost its trailing cells."""


ABSENT = _Missing()


def expand_spans(rows: list[list[tuple[str, int, int]]]) -> list[list[str | None]]:
    """Lay (text, rowspan, colspan) cells, HTML-style, onto a rectangular grid.

    The cell's text sits at its top-left position; the positions its merge covers are None; the
    positions no cell reaches (a row shorter than the table) are `ABSENT`.
    """
    # one list per grid row (a rowspan may reach past the last row), `_FREE` where nothing is yet
    grid: list[list] = [[] for _ in rows]
    filled = 0  # positions taken, the measure of the limit
    for r, row in enumerate(rows):
        line = grid[r]
        c = 0
        for text, rowspan, colspan in row:
            if c >= len(line) and rowspan <= 1 and colspan <= 1:
                # most cells: past every position a merge took in this row, and no merge to lay out
                if filled >= MAX_TABLE_CELLS:
                    raise _too_many_positions()
                line.append(text)
                filled += 1
                c += 1
                continue
            while c < len(line) and line[c] is not _FREE:
                c += 1
            if rowspan <= 1 and colspan <= 1:
                if filled >= MAX_TABLE_CELLS:
                    raise _too_many_positions()
                if c == len(line):
                    line.append(text)
                else:
                    line[c] = text
                filled += 1
                c += 1
                continue
            down, across = max(1, rowspan), max(1, colspan)
            if filled + down * across > MAX_TABLE_CELLS:
                raise _too_many_positions()
            while len(grid) < r + down:
                grid.append([])
            for dr in range(down):
                covered = grid[r + dr]
                if len(covered) < c + across:
                    covered.extend([_FREE] * (c + across - len(covered)))
                for dc in range(across):
                    filled += covered[c + dc] is _FREE
                    covered[c + dc] = text if dr == dc == 0 else None
            c += across
    grid = grid[: len(rows)]
    width = max(map(len, grid), default=0)
    return [[ABSENT if text is _FREE else text for text in line] + [ABSENT] * (width - len(line))
            if len(line) < width or _FREE in line else line for line in grid]


_FREE = object()  # expand_spans: a grid position no cell has reached yet


def _too_many_positions() -> FormatProblem:
    return FormatProblem(TOO_COSTLY, f"a table whose merged cells (rowspan/colspan) lay out more than "
                         f"{MAX_TABLE_CELLS:,} positions, the limit per table")


class Groups:
    """Which of n items end up together once pairs are joined (union-find): the crossing rules of a
    PDF's tables, the merged cells of a drawn grid (pdf.py) or of a scanned one (ocr.py)."""

    def __init__(self, count: int):
        self.parent = list(range(count))

    def find(self, item: int) -> int:
        parent = self.parent
        while parent[item] != item:
            parent[item] = parent[parent[item]]
            item = parent[item]
        return item

    def join(self, a: int, b: int) -> None:
        self.parent[self.find(a)] = self.find(b)


def grid_lines(grid: list[list[str | None]], keep_covered: bool = False) -> list[str]:
    """Tab-separated rows, one cell for each real cell: a position a merge covers is left out, so
    a row that lost cells is visibly short (`keep_covered` writes it as an empty cell instead, the
    way text copied from a Word table looks, seed 000). Positions no cell reaches at the end of a
    row are left out; spacer rows with no text are dropped."""
    lines = []
    for row in grid:
        if row and row[-1] is ABSENT:
            end = len(row) - 1
            while end and row[end - 1] is ABSENT:
                end -= 1
            row = row[:end]
        covered = row.count(None) if None in row else 0
        real = len(row) - covered
        if covered and not keep_covered:
            row = [text for text in row if text is not None]
        cells = _cells_stripped(row)
        if cells is None:
            cells = [clean_cell(text) if text else "" for text in row]
        if real < 2 and not any(cells):
            continue  # a spacer row; a row of several empty cells is kept (blank figures)
        if len(cells) == 1:
            cells.append("")  # a one-cell row stays a row (a line with a tab), not a loose cell
        lines.append("\t".join(cells))
    return lines


def _cells_stripped(row: list[str | None]) -> list[str] | None:
    """`clean_cell` of each of a row's texts where none holds a line break, a tab or two spaces in a row (most rows:
    one scan of them joined says so), each then its text stripped; None where one may (or a position a merge covers,
    None, stands among them), for `clean_cell` to clean each."""
    if None in row:
        return None
    joined = "\t".join(row)
    if "\n" in joined or "\r" in joined or "  " in joined or joined.count("\t") != len(row) - 1:
        return None
    return list(map(str.strip, row))


def clean_cell(text: str) -> str:
    """One line per cell: line breaks inside a cell (`本年新\\n制作数量`) are dropped, runs of
    spaces kept as one, tabs never survive."""
    text = text.strip()
    if "\n" not in text and "\r" not in text and "\t" not in text and "  " not in text:
        return text  # most cells: one line, single spaces, nothing to change
    return _CELL_SPACES_RE.sub(" ", _CELL_BREAK_RE.sub("", text))


_CELL_BREAK_RE = re.compile(r"[ \t\u00a0]*[\r\n]+[ \t\u00a0]*")
_CELL_SPACES_RE = re.compile(r"[ \t]+")


# ---------------------------------------------------------------- HTML

_BLOCK_TAGS = frozenset(
    ["p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "section", "article", "header", "footer", "tr", "table", "body", "html", "blockquote", "pre", "center", "dl", "dt", "dd", "form"]
)
_SKIP_TAGS = frozenset({"script", "style", "head", "title", "noscript", "template"})
_META_CHARSET_RE = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_\-]+)""", re.IGNORECASE)
_ENCODING_ALIASES = {"gb2312": "gb18030", "gbk": "gb18030", "x-gbk": "gb18030", "cp936": "gb18030", "utf8": "utf-8"}


def decode_html(data: bytes) -> tuple[str, str]:
    """The charset of `<meta>`, else UTF-8, else what charset-normalizer detects (GB18030/Big5…)."""
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8", errors="replace"), "utf-8"
    match = _META_CHARSET_RE.search(data[:4096])
    if match:
        declared = match.group(1).decode("ascii").lower()
        encoding = _ENCODING_ALIASES.get(declared, declared)
        try:
            return data.decode(encoding), encoding
        except (LookupError, UnicodeDecodeError):
            pass  # a wrong declaration: detect instead
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    text = _read_by_gb18030_only(data) if b"\x00" not in data else None
    if text is not None:
        # what detection would choose: of its candidates, Big5 cannot read these bytes and UTF-16
        # would have NUL bytes in the markup (the same choice on 7,444 undeclared pages), at a
        # hundredth of its cost
        return text, "gb18030"
    from charset_normalizer import from_bytes

    best = from_bytes(data, cp_isolation=["gb18030", "big5", "utf_16"]).best()
    encoding = best.encoding if best is not None else "gb18030"
    encoding = {"gb2312": "gb18030", "gbk": "gb18030"}.get(encoding, encoding)
    return data.decode(encoding, errors="replace"), encoding


def _read_by_gb18030_only(data: bytes) -> str | None:
    """The text, if GB18030 reads these bytes and Big5 cannot."""
    try:
        text = data.decode("gb18030")
        data.decode("big5")
    except UnicodeDecodeError as error:
        return text if error.encoding == "big5" else None
    return None


def html_text(data: bytes) -> tuple[str, str]:
    from lxml import etree

    source, encoding = decode_html(data)
    source = _XML_DECLARATION_RE.sub("", source)  # lxml refuses a str with an encoding declaration
    if not source.strip():
        return "", encoding
    try:
        # lxml.html's parser with lxml's own element classes: the same tree, without a Python
        # callback choosing the class of every element touched
        root = etree.fromstring(source, _html_parser())
    except (etree.ParserError, ValueError) as error:
        raise FormatProblem("corrupt_file", f"unreadable HTML: {error}") from None
    if root is None:
        raise FormatProblem("corrupt_file", "unreadable HTML: Document is empty")
    lines: list[str] = []
    buffer: list[str] = []

    def flush() -> None:
        text = _HTML_SPACES_RE.sub(" ", "".join(buffer)).strip()
        if text:
            lines.append(text)
        buffer.clear()

    def walk(element) -> None:
        tag = element.tag
        if not isinstance(tag, str) or tag.lower() in _SKIP_TAGS:
            buffer.append(element.tail or "")
            return
        tag = tag.lower()
        if tag == "table":
            flush()
            lines.extend(grid_lines(expand_spans(_html_rows(element))))
            buffer.append(element.tail or "")
            return
        block = tag in _BLOCK_TAGS
        if block:
            flush()
        buffer.append(element.text or "")
        for child in element:
            walk(child)
        if tag == "br":
            flush()
        if block:
            flush()
        buffer.append(element.tail or "")

    walk(root)
    flush()
    return "\n".join(lines) + "\n", encoding


_XML_DECLARATION_RE = re.compile(r"^\s*<\?xml[^>]*>")
_HTML_SPACES_RE = re.compile(r"[ \t\r\n\u00a0]+")


@lru_cache(maxsize=1)
def _html_parser():
    from lxml import etree

    return etree.HTMLParser()


@lru_cache(maxsize=4)
def _xpath(expression: str, word: bool = False):
    """An XPath compiled once, at its first use (lxml is imported only where an HTML or DOCX file is read);
    `word`: its `w:` prefix names WordprocessingML's namespace."""
    from lxml import etree

    return etree.XPath(expression, namespaces={"w": _W[1:-1]} if word else None)


_TABLE_ROWS = "./tr | ./thead/tr | ./tbody/tr | ./tfoot/tr"  # an HTML table's rows, in its row groups or not


# A browser's copied text (innerText) of a table whose cells hold paragraphs: each cell's text
# between empty lines, the tab that separates two cells on a line of its own between them.
_COPIED_CELL_BREAK = "\n\n\t\n\n"
_COPIED_TAB_RE = re.compile(r"\n{0,2}\t\n{0,2}")


def copied_table_rows(text: str) -> str:
    """Text copied from a browser where cell separators stand alone between empty lines (ten
    times or more: a table, not a stray tab): the cells are joined back into tab-separated rows.
    A paragraph's break is at most two newlines, so a tab takes up to two on each side; rows are
    set apart by more and stay apart."""
    if text.count(_COPIED_CELL_BREAK) < 10:
        return text
    return _COPIED_TAB_RE.sub("\t", text)


_INLINE_TABLE_RE = re.compile(r"<table\b.*?</table\s*>", re.IGNORECASE | re.DOTALL)


def inline_html_tables(text: str) -> str:
    """Text with raw HTML tables in it (pandoc writes a table with merged cells into markdown as
    HTML): each table becomes its tab-separated rows, as in an HTML page; the rest stays as is."""
    if "<table" not in text and "<TABLE" not in text:
        return text
    import lxml.html
    from lxml import etree

    def rows_of(match: re.Match) -> str:
        try:
            table = lxml.html.fragment_fromstring(match.group())
        except (etree.ParserError, ValueError):
            return match.group()
        return "\n".join(grid_lines(expand_spans(_html_rows(table))))

    return _INLINE_TABLE_RE.sub(rows_of, text)


# pandoc's markdown (from a Word-exported page): a grid table's rules `+---+:---:+===+`; a
# bracketed span `[0]{style="…"}` (`[]{…}` when empty) around every run of a cell's text; a fenced
# div `::: {.class}` … `:::` around blocks; attributes `{#id .class}` after a heading or a link.
_GRID_RULE_RE = re.compile(r"^\s*\+(?:[-=:]+\+)+\s*$")
_BRACKETED_SPAN_RE = re.compile(r"\[([^\[\]]*)\]\{[^{}]*\}")
_FENCED_DIV_RE = re.compile(r"^[ \t]*:::.*$", re.MULTILINE)
# gfm/commonmark writers keep the same runs as raw inline HTML: `<span style="…">0</span>`
_INLINE_TAG_RE = re.compile(r"</?(?:span|font|strong|b|i|em|u|s|strike|sup|sub|small|big|mark|del|ins|a|p|div|br|o:p|center)"
                            r"(?:\s[^<>]*)?/?>", re.IGNORECASE)
_TRAILING_ATTRIBUTES_RE = re.compile(r"(?:(?<=\))|[ \t]+)\{[#.][^{}\n]*\}[ \t]*$|(?<=\))\{[^{}\n]*\}", re.MULTILINE)


def joined_row(block: list[str]) -> str | None:
    """The one pipe row that the lines of a table row written between two rules make, each cell's
    pieces joined in order (a cell's text wrapped over lines, a trailing `\\` line break dropped);
    None when a line does not open with a bar or the lines split into different numbers of cells."""
    if not all(line.strip().startswith("|") for line in block):
        return None
    parts = [line.strip().strip("|").split("|") for line in block]
    if len({len(p) for p in parts}) != 1:
        return None
    return "|" + "|".join("".join(piece.strip().removesuffix("\\") for piece in column) for column in zip(*parts)) + "|"


# links draws a table in ASCII: `+----+` around it, `|----+----|` between its rows, `|   |   |----+----|`
# beside cells that span rows, and `|   | （三）不予公开 |----+----|` where such a cell's text stands
# on the line of a rule
_BAR_RULE_RE = re.compile(r"^\s*\|(?:\s*\|)*[-=:]+(?:[+|][-=:]+)*\|\s*$")
_RULE_TAIL_RE = re.compile(r"\|[-=:]{3,}(?:[+|][-=:]+)*\|[ \t]*$")


def grid_table_rows(text: str) -> str:
    """A markdown grid table's rows as pipe rows: a cell's text is all its lines between two rules,
    joined in order (a figure wrapped inside a narrow cell, `[2` over `6]`, is one figure again),
    and the rules go. A block whose lines do not all split into the same cells (a row span's
    partial rule, a stray line) is left as it is. Inside such a table, links' rules between rows
    (`|----+----|`) are rules too, and a line holding a spanning cell's text before a rule closes
    the rows on either side of it and stays as it is (its cells to the left are read as before)."""
    if "+-" not in text and "+=" not in text and "+:" not in text:
        return text
    lines = text.split("\n")
    out: list[str] = []
    block: list[str] = []
    opened = False

    def flush(closed: bool) -> None:
        row = joined_row(block) if opened and closed and len(block) > 1 else None
        out.extend([row] if row is not None else block)
        block.clear()

    for line in lines:
        if _GRID_RULE_RE.match(line) or (opened and "-" in line and _BAR_RULE_RE.match(line)):
            flush(closed=True)
            opened = True
        elif opened and line.strip().startswith("|") and "-" in line and _RULE_TAIL_RE.search(line):
            flush(closed=True)
            out.append(line)
        elif opened and line.strip().startswith("|"):
            block.append(line)
        else:
            flush(closed=False)
            opened = False
            out.append(line)
    flush(closed=False)
    return "\n".join(out)


_FULL_RULE_RE = re.compile(r"^[ \t]*-{3,}[ \t]*$")
_COLUMN_RULE_RE = re.compile(r"^[ \t]*-{2,}(?: +-{2,})+[ \t]*$")


def _column_cells(line: str, starts: list[int]) -> list[str]:
    """A line's text cut at the display columns where the table's columns start (a CJK character
    takes two, as pandoc lays them out); text left of the first column belongs to it."""
    cells = [""] * len(starts)
    position = column = 0
    for character in line:
        while column + 1 < len(starts) and position >= starts[column + 1]:
            column += 1
        cells[column] += character
        position += display_width(character)
    return [cell.strip() for cell in cells]


def _cut_between_columns(line: str, starts: list[int]) -> bool:
    """Whether the line has a space (or nothing) just left of every column start but the first:
    its text stands inside the columns the rule draws."""
    position, before = 0, {start - 1 for start in starts[1:]}
    for character in line:
        width = display_width(character)
        if any(position <= gap < position + width for gap in before) and not character.isspace():
            return False
        position += width
    return True


def _simple_table(lines: list[str], rule: int, starts: list[int]) -> tuple[int, int, int] | None:
    """(first header line, line after the last row, line after the table) of a markdown simple
    table whose column rule is lines[rule]: header lines after a blank line, then one row a line up
    to a blank line; or, without a header, the rule, one row a line, the same rule. Every line must
    stand inside the columns; None when the lines around the rule are not such a table."""
    header_start = rule
    while header_start > 0 and lines[header_start - 1].strip():
        header_start -= 1
    rows_end = rule + 1
    while rows_end < len(lines) and lines[rows_end].strip() and not _COLUMN_RULE_RE.match(lines[rows_end]):
        rows_end += 1
    closed = rows_end < len(lines) and lines[rows_end].strip() == lines[rule].strip()
    if rows_end == rule + 1 or len(starts) < 2 or (header_start == rule and not closed):
        return None
    if not all(_cut_between_columns(lines[i], starts) for i in range(header_start, rows_end) if i != rule):
        return None
    return header_start, rows_end, rows_end + 1 if header_start == rule else rows_end


def _multiline_table(lines: list[str], rule: int) -> tuple[int, int, int] | None:
    """(first line above the rule that belongs to the table, first header line, line after the
    table) of a pandoc multiline table whose column rule is lines[rule]: a full dashed line, header
    lines, the rule, rows set apart by blank lines, a full dashed line; or, without a header, the
    rule, rows set apart by blank lines (else it is a simple table), the same rule. None when the
    lines around the rule are not such a table."""
    above = rule - 1
    while above >= 0 and lines[above].strip() and not _FULL_RULE_RE.match(lines[above]):
        above -= 1
    headed = 0 <= above < rule - 1 and _FULL_RULE_RE.match(lines[above]) is not None
    if not headed and rule > 0 and lines[rule - 1].strip():
        return None
    closes = _FULL_RULE_RE.match if headed else (lambda candidate: candidate.strip() == lines[rule].strip())
    end = next((j for j in range(rule + 1, len(lines)) if closes(lines[j])), None)
    if end is None:
        return None
    body = lines[rule + 1 : end]
    if not headed and all(b.strip() for b in body):
        return None
    if any(_FULL_RULE_RE.match(b) or _COLUMN_RULE_RE.match(b) or b.lstrip().startswith("#") for b in body):
        return None  # another table's rule or a heading: the dashed line found closes something else
    return (above, above + 1, end + 1) if headed else (rule, rule, end + 1)


def markdown_table_rows(text: str) -> str:
    """Markdown multiline and simple tables (pandoc's default writer) as pipe rows. Their columns
    are the dash runs of the rule under the header, measured in display columns (a CJK character
    takes two). A multiline row is all its lines up to a blank line, each column's pieces joined
    in order (a label wrapped under its figures is one label again); a simple table has one row a
    line. Anything else with a dashed line in it is left as it is."""
    if "-- " not in text:  # a column rule's dash runs, spaces apart (`_COLUMN_RULE_RE`); a pipe table's `|---|` none
        return text
    lines = text.split("\n")
    out: list[str] = []
    index = 0
    while index < len(lines):
        line = lines[index]
        if not _COLUMN_RULE_RE.match(line):
            out.append(line)
            index += 1
            continue
        starts = [m.start() for m in re.finditer(r"-+", line)]
        multiline = _multiline_table(lines, index)
        simple = None if multiline else _simple_table(lines, index, starts)
        if multiline:
            first, header_start, end = multiline
            groups: list[list[str]] = [lines[header_start:index], []]
            for row_line in lines[index + 1 : end - 1]:
                if row_line.strip():
                    groups[-1].append(row_line)
                elif groups[-1]:
                    groups.append([])
        elif simple:
            first, rows_end, end = simple
            groups = [lines[first:index]] + [[row_line] for row_line in lines[index + 1 : rows_end]]
        else:
            out.append(line)
            index += 1
            continue
        del out[len(out) - (index - first) :]  # the lines above the rule, written again as the header
        for number, group in enumerate(groups):
            if group:
                columns = zip(*(_column_cells(row_line, starts) for row_line in group))
                # a piece's trailing `\` is a hard line break inside the cell (`人民币8\` over `1.55万元`)
                out.append("|" + "|".join("".join(piece.removesuffix("\\") for piece in pieces) for pieces in columns)
                           + "|")
                if number == 0:
                    out.append("|" + "---|" * len(starts))
        index = end
    return "\n".join(out)


def pandoc_markdown_text(text: str) -> str:
    """Markdown as pandoc writes it, read as plain text, as the tags of an HTML page are stripped:
    fenced-div lines go; grid, multiline and simple tables become pipe rows (grid_table_rows,
    markdown_table_rows); the inline tags other writers keep instead of spans (`<span …>`, `</p>`)
    go; a bracketed span keeps only its text (`[0]{style="…"}` is `0`, `[]{…}` nothing, nested
    spans from the inside out); attribute blocks after headings and links go; a punctuation mark
    escaped by a backslash (`\\-`) is the mark. Spans are stripped
    after the tables are joined: a grid cell cuts a span over its lines (`[2` / `6]{style=…`)."""
    if ":::" in text:  # a div's fence is never a table's line: gone first, so it is no header either
        text = _FENCED_DIV_RE.sub("", text)
    text = markdown_table_rows(grid_table_rows(text))
    if "\\" in text:  # after the tables: a simple table's columns are measured with the escapes in them
        text = _ESCAPED_RE.sub(r"\1", text)
    if "</" in text:
        text = _INLINE_TAG_RE.sub("", text)
    if "]{" not in text:
        return text
    while True:
        stripped = _BRACKETED_SPAN_RE.sub(r"\1", text)
        if stripped == text:
            break
        text = stripped
    return _TRAILING_ATTRIBUTES_RE.sub("", text)


# markdown's backslash escapes of ASCII punctuation (`\-` a blank cell's dash, `\>` in a page's path): the
# character itself; not `\|`, a bar inside a pipe table's cell, nor `\\`
_ESCAPED_RE = re.compile(r"\\([!-/:-@\[\]^_`{}~])")


def _span(value: str | None) -> int:
    if value is None:  # most cells: no exception raised and caught for them
        return 1
    try:
        return min(max(int(str(value).strip()), 1), 200)
    except (TypeError, ValueError):
        return 1


def _html_rows(table) -> list[list[tuple[str, int, int]]]:
    rows = []
    for tr in _xpath(_TABLE_ROWS)(table):
        cells = []
        for cell in tr.iterchildren("td", "th"):
            # a cell of text only (most): its text, without walking a subtree
            text = "".join(cell.itertext()) if len(cell) else cell.text or ""
            attributes = cell.attrib
            cells.append((text, _span(attributes.get("rowspan")), _span(attributes.get("colspan"))) if attributes
                         else (text, 1, 1))
        rows.append(cells)
    return rows


# ---------------------------------------------------------------- DOCX


_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_GRID_BEFORE, _GRID_SPAN = _W + "gridBefore", _W + "gridSpan"
_MAIN_DOCUMENT_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument"
_MAIN_DOCUMENT_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"


def docx_text(data: bytes, archive: zipfile.ZipFile | None = None) -> str:
    """The body of a Word document in order: each paragraph that has text on a line, each table
    as tab-separated rows (`_docx_grid`). Read from the main document part's XML directly, one
    tree, the way Word's text reads: runs and hyperlinks of a paragraph, tabs as tabs, line breaks
    as line ends; the cells of a table are its direct paragraphs (a table nested in a cell is not
    read, as before). `archive`: `data` already opened (by detection), not opened again."""
    try:
        archive = zipfile.ZipFile(io.BytesIO(data)) if archive is None else archive
        parts = archive.infolist()
    except (zipfile.BadZipFile, ValueError, OSError) as error:
        raise FormatProblem("corrupt_file", f"unreadable Word document: {error}") from None
    for kind, size, limit in (("", sum(p.file_size for p in parts), MAX_DOCX_INFLATED_BYTES),
                              (" of XML", sum(p.file_size for p in parts if p.filename.endswith(".xml")),
                               MAX_DOCX_XML_BYTES)):
        if size > limit:
            raise FormatProblem(TOO_COSTLY, f"a Word document that unzips to {size / 2**20:,.0f} MiB{kind}, over "
                                f"the limit of {limit / 2**20:.0f} MiB")
    try:
        body = _docx_body(archive)
    except FormatProblem:
        raise
    except Exception as error:  # noqa: BLE001 - untrusted input: zipfile/lxml raise many kinds
        raise FormatProblem("corrupt_file", f"unreadable Word document: {error}") from None
    lines: list[str] = []
    for part in _docx_body_parts()(body).getroot():
        if part.tag == "p":
            text = (part.text or "").strip()
            if text:
                lines.append(text)
        else:
            lines.extend(grid_lines(_docx_grid(part)))
    return "\n".join(lines) + "\n"


def _docx_body(archive: zipfile.ZipFile):
    """The `w:body` of the package's main document part (named by the package's relationships, of
    the WordprocessingML document type: a template or a macro-enabled document is refused)."""
    from lxml import etree

    relationships = archive.read("_rels/.rels")
    name = _kept_if_small(_main_document_part, relationships)(relationships)
    content_types = archive.read("[Content_Types].xml")
    _kept_if_small(_require_word_document, content_types)(name, content_types)
    body = etree.fromstring(archive.read(name[1:]), _docx_xml_parser()).find(_W + "body")
    if body is None:
        raise FormatProblem("corrupt_file", "unreadable Word document: its main part has no body")
    return body


@lru_cache(maxsize=1)
def _docx_xml_parser():
    from lxml import etree

    return etree.XMLParser(remove_blank_text=True, resolve_entities=False)  # python-docx's settings


def _kept_if_small(cached, part: bytes):
    """`cached` (an lru_cache'd reading of a package part), or the reading itself where the part is too large
    to keep as a key: no cache holds a file's megabytes."""
    return cached if len(part) <= _KEPT_PART_BYTES else cached.__wrapped__


_KEPT_PART_BYTES = 1 << 16  # a package's relationships or content types: ~1-2 KB as Word and generators write them


# A generator writes the same relationships and content types into every file it makes: each read once
@lru_cache(maxsize=64)
def _main_document_part(relationships_xml: bytes) -> str:
    """The path (`/word/document.xml`) of the main document part the package's relationships name."""
    from lxml import etree

    relationships = etree.fromstring(relationships_xml, _docx_xml_parser())
    targets = [rel.get("Target", "") for rel in relationships if rel.get("Type") == _MAIN_DOCUMENT_REL]
    if not targets:
        raise FormatProblem("corrupt_file", "unreadable Word document: no main document part")
    return posixpath.normpath(posixpath.join("/", targets[0]))


@lru_cache(maxsize=64)
def _require_word_document(name: str, content_types_xml: bytes) -> None:
    """FormatProblem unless the content type the package declares for its part `name` is WordprocessingML's
    document (a template or a macro-enabled document is refused)."""
    from lxml import etree

    types = etree.fromstring(content_types_xml, _docx_xml_parser())
    declared = {t.get("PartName", "").lower(): t.get("ContentType") for t in types if t.tag.endswith("Override")}
    defaults = {t.get("Extension", "").lower(): t.get("ContentType") for t in types if t.tag.endswith("Default")}
    content_type = declared.get(name.lower(), defaults.get(name.rpartition(".")[2].lower()))
    if content_type != _MAIN_DOCUMENT_TYPE:
        raise FormatProblem("corrupt_file", f"unreadable Word document: not a Word file, content type is '{content_type}'")


# The body's paragraphs and tables in order, in one pass of libxslt (`docx_text`): a paragraph (`p`) as its text,
# the text elements of its runs and hyperlinks' runs in document order, each as it stands in Word's text (a
# tab as a tab, a line break as a line end only where it breaks the line: `w:br` of type page or column is no
# text); a table (`t`) as its rows (`r`), each with its `gridBefore`'s `w:val` (`b`, "" where it has none),
# its cells (`c`) with their `gridSpan`'s (`s`) and `vMerge`'s (`m`, `continue` where it has none: Word's
# default), the first property of each kind in the first properties element, and each cell's text: its
# paragraphs', one a line. A table nested in a cell is not read. A cell's properties are matched by template, in
# one pass over them (most cells have one or two), not by a path evaluated for each property kind.
_DOCX_BODY_XSLT = """<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">
  <xsl:template match="/*">
    <body><xsl:for-each select="w:p|w:tbl"><xsl:choose>
      <xsl:when test="self::w:p"><p><xsl:apply-templates select="w:r/*|w:hyperlink/w:r/*"/></p></xsl:when>
      <xsl:otherwise><t><xsl:for-each select="w:tr"><r>
        <xsl:for-each select="w:trPr[1]/w:gridBefore[1]">
          <xsl:attribute name="b"><xsl:value-of select="@w:val"/></xsl:attribute></xsl:for-each>
        <xsl:for-each select="w:tc"><c>
          <xsl:apply-templates select="w:tcPr[1]/*" mode="properties"/>
          <xsl:for-each select="w:p">
            <xsl:if test="position() &gt; 1"><xsl:text>&#10;</xsl:text></xsl:if>
            <xsl:apply-templates select="w:r/*|w:hyperlink/w:r/*"/>
          </xsl:for-each>
        </c></xsl:for-each>
      </r></xsl:for-each></t></xsl:otherwise>
    </xsl:choose></xsl:for-each></body>
  </xsl:template>
  <xsl:template match="w:t"><xsl:value-of select="node()[1][self::text()]"/></xsl:template>
  <xsl:template match="w:tab|w:ptab"><xsl:text>&#9;</xsl:text></xsl:template>
  <xsl:template match="w:cr"><xsl:text>&#10;</xsl:text></xsl:template>
  <xsl:template match="w:noBreakHyphen"><xsl:text>-</xsl:text></xsl:template>
  <xsl:template match="w:br[not(@w:type) or @w:type = 'textWrapping']"><xsl:text>&#10;</xsl:text></xsl:template>
  <xsl:template match="*"/>
  <xsl:template match="w:gridSpan[not(preceding-sibling::w:gridSpan)]" mode="properties">
    <xsl:attribute name="s"><xsl:value-of select="@w:val"/></xsl:attribute></xsl:template>
  <xsl:template match="w:vMerge[not(preceding-sibling::w:vMerge)]" mode="properties"><xsl:attribute name="m">
    <xsl:choose><xsl:when test="@w:val"><xsl:value-of select="@w:val"/></xsl:when>
      <xsl:otherwise>continue</xsl:otherwise></xsl:choose></xsl:attribute></xsl:template>
  <xsl:template match="*" mode="properties"/>
</xsl:stylesheet>"""


@lru_cache(maxsize=1)
def _docx_body_parts():
    """`_DOCX_BODY_XSLT`, compiled once. One transform a document: each element lxml hands to Python costs
    more than libxslt's walk, and the paragraphs, rows and cells it writes are a fraction of the elements
    a lookup per run (or an XPath of a table's parts) would hand over; nothing in it grows faster than the
    document."""
    from lxml import etree

    return etree.XSLT(etree.XML(_DOCX_BODY_XSLT))


def _word_number(value: str | None, tag: str) -> int | None:
    """`w:val` of a property element (`tag`) as a number, None if there is no such element."""
    if value is None:
        return None
    try:
        return int(value)
    except ValueError:
        raise FormatProblem("corrupt_file", f"unreadable Word document: {tag} without a number") from None


def _laid_out(positions: int, more: int) -> int:
    """The grid positions of a table so far, with `more`; a table beyond MAX_TABLE_CELLS (a span or
    a skipped run of columns no report has) is too costly, refused before it is laid out."""
    positions += max(more, 0)
    if positions > MAX_TABLE_CELLS:
        raise FormatProblem(TOO_COSTLY, f"a table whose merged cells lay out more than "
                            f"{MAX_TABLE_CELLS:,} positions, the limit per table")
    return positions


def _docx_grid(table) -> list[list[str | None]]:
    """The rows of a table (`_DOCX_BODY_XSLT`'s `t`) on its layout grid: a cell spans as many grid
    columns as its `gridSpan`; a cell that continues a vertical merge (`vMerge`) is the cell above it
    in that column, spanning as that one does. Each real cell's text is written once, at its top-left position; the
    positions its merge covers are None; the columns a row skips at its start (`gridBefore`) are
    empty cells.

    Each cell is numbered by the positions laid out before it, so a cell's number is larger than every number
    laid out before it: a cell of its own (no `vMerge` continued) covers none of its own first position, and
    the rest of its span (same number as the position before) are covered. A cell without attributes (most:
    no span, no merge) is one position of its own, laid out without the general steps."""
    grid: list[list[str | None]] = []
    above: list[int | None] = []  # the cell (its number) at each grid column of the row above
    starts_above: dict[int, tuple[int, int, str]] = {}  # grid column a cell starts at → (number, span, text)
    positions = 0
    for row in table:
        before = _word_number(row.get("b"), _GRID_BEFORE) or 0
        positions = _laid_out(positions, before)
        out: list[str | None] = [""] * before
        numbers: list[int | None] = [None] * before
        starts: dict[int, tuple[int, int, str]] = {}
        offset = before
        for cell in row:
            if not cell.attrib:  # a cell of its own one position wide
                text = cell.text or ""
                starts.setdefault(offset, (positions, 1, text))
                out.append(text)
                numbers.append(positions)
                positions = _laid_out(positions, 1) if positions >= MAX_TABLE_CELLS else positions + 1
                offset += 1
                continue
            span = _word_number(cell.get("s"), _GRID_SPAN)
            span = 1 if span is None else span
            if cell.get("m") == "continue" and offset in starts_above:
                number, width, real = starts_above[offset]  # the cell that this one continues down
                column = len(out)
                covered = (numbers[-1] == number if numbers else False) or \
                    (column < len(above) and above[column] == number)
            else:
                number, width, real = positions, span, cell.text or ""
                covered = False
            starts.setdefault(offset, (number, width, real))
            positions = _laid_out(positions, max(width, 1))
            if width > 0:
                out.append(None if covered else real)
                out += [None] * (width - 1)  # the rest of its span: the same cell as the position before
                numbers += [number] * width
            offset += span
        grid.append(out)
        above, starts_above = numbers, starts
    width = max(map(len, grid), default=0)
    return [r if len(r) == width else r + [ABSENT] * (width - len(r)) for r in grid]


# ---------------------------------------------------------------- page numbers (page furniture)

# `\s*+` (possessive): what follows the indentation is never a space, so giving spaces back cannot
# help a match, and an indented line of a table (asked of every line) is refused in one pass
_PAGE_NUMBER_RE = re.compile(r"^\s*+(?:[—\-–－_~·•]+\s*\d+\s*[—\-–－_~·•]+|第\s*\d+\s*页(?:\s*[,，/]?\s*共\s*\d+\s*页)?)\s*$")
_BARE_PAGE_NUMBER_RE = re.compile(r"^\s*+\d+(?:\s*/\s*\d+)?\s*$")


def is_page_number(line: str, bare: bool = False) -> bool:
    """`— 3 —`, `第 3 页`, `第3页 共10页`; with `bare`, also `3` and `3/10`, which only a page
    margin can tell from a figure."""
    return bool(_PAGE_NUMBER_RE.match(line) or (bare and _BARE_PAGE_NUMBER_RE.match(line)))


# ---------------------------------------------------------------- entry point


def extract(data: bytes, ocr: bool = True) -> Extracted:
    """The text the parser reads, from the bytes of a file of any supported format. Scans and
    images are read by OCR (ocr.py) when `ocr` is on, else refused with the reason."""
    if not data.strip():
        return Extracted("", TEXT, None)
    kind, archive = _detected(data)
    if kind == TEXT:
        text, encoding = decode_text(data)
        return Extracted(copied_table_rows(inline_html_tables(pandoc_markdown_text(text))), TEXT, encoding)
    if kind == HTML:
        text, encoding = html_text(data)
        return Extracted(text, HTML, encoding)
    if kind == DOCX:
        return Extracted(docx_text(data, archive), DOCX, None)
    if kind in (DOC, SPREADSHEET):
        from .office import legacy_word_text, spreadsheet_text

        return Extracted(legacy_word_text(data) if kind == DOC else spreadsheet_text(data), kind, None)
    if kind == IMAGE:
        if not ocr:
            raise FormatProblem("image_only", "an image file, not a text document; OCR is off (GDW_OCR=off)")
        from .ocr import ocr_image

        return ocr_image(data)
    from .pdf import pdf_text

    try:
        return Extracted(pdf_text(data), PDF, None)
    except FormatProblem as problem:
        if problem.code != "image_only_pdf":
            raise
        if not ocr:
            raise FormatProblem("image_only_pdf", "a PDF with no text layer (scanned pages); OCR is off (GDW_OCR=off)") from None
    from .ocr import ocr_pdf

    return ocr_pdf(data)
