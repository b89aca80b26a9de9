"""Scanned PDFs and images, read offline: page images → ruled tables → OCR'd words → the text the
parser reads, with each cell's OCR confidence.

The reading is a plain pipeline over numpy arrays:
1. each page as a grey image (a PDF's pages rendered by pypdfium2, gdw's PDF reader; an
   image's frames by Pillow), straightened by the angle at which its dark rows line up best;
2. the ruling lines of its tables: runs of dark pixels far longer than any glyph stroke, and
   light-grey runs (a thin or grey rule) where they are thin and meet the grid's other lines;
3. the tables' cells from those lines: the grid of every line position, merged wherever a border
   is missing, so a merged cell comes out once at its top-left, as the HTML reader writes it;
4. each cell's ink cut into its text lines, each line read by the PP-OCR recogniser
   (rapidocr-onnxruntime: the models ship inside the wheel and load offline, on the CPU); a cell
   with no text line after despeckling but a glyph-tall faint mark (a thin `1` at 100 dpi) is read
   from the page before the filter; an empty cell is blank without reading it;
5. the text outside the tables found by PP-OCR's detector, its boxes joined into lines by position;
6. the page as text: lines and tables in their order down the page, tables as tab-separated rows.

Measured against tesseract `chi_sim` (5.3, Debian) on the same generated scans: tesseract read
the noisy table cells poorly even with the ruling lines wiped (digits lost or merged with
specks), PP-OCR read nearly all of them. PP-OCR costs more CPU (benchmarks/ocr_accuracy.py prints
seconds a page); only inked cells are read, a slash is known by its shape, and the detector runs
only on the text outside the tables.

OCR'd figures are then checked by the rules (`verify_ocr_cells`): a figure stays `value` only when
every row and column rule it sits in holds and its confidence is high; the others are
`ocr_unverified` (a figure read, not trusted) or, for a blank the OCR may have missed, `unknown`.
"""

from __future__ import annotations

import io
from dataclasses import dataclass
from functools import lru_cache

import numpy as np

from .formats import ABSENT, Extracted, FormatProblem, Groups, clean_cell, grid_lines

OCR_PDF, OCR_IMAGE = "ocr_pdf", "ocr_image"
RENDER_DPI = 200  # scans are read at 200 dpi: table digits ~ 20 px high, which the recogniser reads well
A4_WIDTH_AT_RENDER_DPI = round(8.27 * RENDER_DPI)
MAX_PAGES = 40
INK_NOT_READ = "(ink not read)"  # in a line's readings: one of its cells has ink the recogniser read as nothing
LOW_CONFIDENCE = 0.5  # a figure read with less is never a value, whatever the rules say (PP-OCR scores a lone digit it reads right 0.5–1)
DARK = 160  # grey level below which a pixel is ink
FAINT = 200  # grey level below which a pixel may be faint ink: a thin stroke scanned at low resolution is grey
MARK_HEIGHT = 10  # px: a mark this tall in a cell is a glyph (digits are 15–30 px at the reading scale, specks ≤ 6)
FAINT_RULE = 230  # grey level below which a pixel may belong to a light ruling line (lighter than the paper by 25 at least)
RULE_REACH = 7  # px: more than a rule's thickness (1–4 px) and a double border's gap, less than a cell's
SIDE = 3  # px beside a faint line looked at for the ink of text along it (the strokes a run along a glyph row meets)
SIDE_INK = 0.5  # at most this share of a faint rule's length may have ink beside it (text touching it, specks); a run along a row of text has ink beside 85–100% of it
DOUBLE_GAP = 7  # px: two ruling lines this close are one border drawn double (a browser's table without border-collapse)
RULE_EDGE = 3  # px beside a dark rule where faint ink is that rule's own grey edge
SPECK = 8  # px: ink smaller than this each way is a scanner's speck, or two touching (a digit is ~20 px tall)
RULE_SCRAP, GLYPH_LONGEST = 4, 40  # px: a stroke this thin, along a cell's edge or this long, is a scrap of a ruling line
FAINT_INSET = 6  # px inside a cell's ruling lines where faint ink is looked for: clear of the rules' grey edges


@dataclass
class Region:
    """One cell of a ruled table: its grid position, span and box on the page."""

    row: int
    column: int
    rowspan: int
    colspan: int
    box: tuple[int, int, int, int]  # x0, y0, x1, y1


@dataclass
class Table:
    box: tuple[int, int, int, int]
    regions: list[Region]
    rows: int
    columns: int


# ---------------------------------------------------------------- pages


def pdf_pages(data: bytes):
    import pypdfium2

    try:
        document = pypdfium2.PdfDocument(data)
    except Exception as error:  # noqa: BLE001 - untrusted input
        raise FormatProblem("corrupt_file", f"unreadable PDF: {error}") from None
    if len(document) > MAX_PAGES:
        raise FormatProblem("too_many_pages", f"a scanned PDF of {len(document)} pages; reports have a few, at most {MAX_PAGES} are read")
    for page in document:
        yield np.asarray(page.render(scale=RENDER_DPI / 72, grayscale=True).to_pil().convert("L"))


def image_pages(data: bytes):
    from PIL import Image, ImageSequence, UnidentifiedImageError

    try:
        image = Image.open(io.BytesIO(data))
        frames = [frame.convert("L") for frame in ImageSequence.Iterator(image)][:MAX_PAGES]
    except (UnidentifiedImageError, OSError, ValueError) as error:
        raise FormatProblem("corrupt_file", f"an image file that cannot be decoded: {error}") from None
    for frame in frames:
        # a page is read about as wide as an A4 page at 150–300 dpi: small scans are enlarged for
        # the recogniser, a photo of thousands of pixels is reduced (its glyphs are big enough)
        if frame.width < 1300 or frame.width > 3000:
            factor = (A4_WIDTH_AT_RENDER_DPI if frame.width < 1300 else 2480) / frame.width
            frame = frame.resize((round(frame.width * factor), round(frame.height * factor)))
        yield np.asarray(frame)


def straightened(page: np.ndarray) -> np.ndarray:
    """The page turned back by its skew: the angle (within ±2°, to 0.05°) at which the ink's row
    profile is sharpest, the way text lines and table rules line up."""
    from PIL import Image

    image = Image.fromarray(page)
    small = image.resize((page.shape[1] // 4, page.shape[0] // 4))
    ink = Image.fromarray(((np.asarray(small) < DARK) * 255).astype(np.uint8))

    def sharpness(angle: float) -> float:
        rows = np.asarray(ink.rotate(angle, resample=Image.Resampling.NEAREST)).sum(axis=1, dtype=np.float64)
        return float(np.square(np.diff(rows)).sum())

    best = max(np.arange(-2, 2.01, 0.25), key=sharpness)
    best = max(np.arange(best - 0.25, best + 0.26, 0.05), key=sharpness)
    if abs(best) < 0.05:
        return page
    return np.asarray(image.rotate(best, resample=Image.Resampling.BILINEAR, fillcolor=255))


def despeckled(page: np.ndarray) -> np.ndarray:
    """Scanner specks gone (a 3×3 median keeps strokes two pixels wide and more)."""
    from PIL import Image, ImageFilter

    return np.asarray(Image.fromarray(page).filter(ImageFilter.MedianFilter(3)))


# ---------------------------------------------------------------- ruling lines and tables


def _long_runs(ink: np.ndarray, length: int) -> np.ndarray:
    """The pixels that belong to a horizontal run of at least `length` ink pixels; gaps of one
    or two pixels (a light speck on a rule) do not break a run."""
    ink = ink | (np.roll(ink, 1, axis=1) & (np.roll(ink, -1, axis=1) | np.roll(ink, -2, axis=1))) | (
        np.roll(ink, 2, axis=1) & np.roll(ink, -1, axis=1))
    height, width = ink.shape
    if width < length:
        return np.zeros_like(ink)
    padded = np.zeros((height, width + 1), dtype=np.int32)
    np.cumsum(ink, axis=1, out=padded[:, 1:])
    full = (padded[:, length:] - padded[:, :-length]) == length  # a window of `length` starting here
    cover = np.zeros((height, width + 1), dtype=np.int32)
    np.cumsum(np.pad(full, ((0, 0), (0, length - 1))).astype(np.int32), axis=1, out=cover[:, 1:])
    covered = (cover[:, length:] - cover[:, :-length]) > 0
    result = np.zeros_like(ink)
    result[:, length - 1:] = covered
    return result


def _faint_rules(page: np.ndarray, horizontal: np.ndarray, vertical: np.ndarray, length: int) -> tuple[np.ndarray, np.ndarray]:
    """The ruling lines drawn lighter than ink (a 0.5 pt rule, a browser's grey 1 px border, a
    rule printed in a light colour, all scanned as grey 180–230), as horizontal and vertical
    masks. Faint ink also lines glyph strokes and fills shaded cells, so a long faint run counts as
    a rule only where it belongs to a grid:
    - it is thin: not inside a faint area (a shaded cell, where every pixel row is a run);
    - it meets at least two lines (of the other direction, each crossed or reached at its end, or
      of its own that it continues end to end), lines that are rules themselves: dark runs, or
      faint runs that pass this same test. A rule of a table meets the lines at its two ends at
      least; a run along a row of text meets none.
    Where a dark rule runs, the faint grey of its own edges is left to it, so a table ruled in
    dark lines comes out exactly as without this."""
    paper = float(np.median(page))
    faint = page < min(FAINT_RULE, paper - 25)
    inside = faint.copy()  # faint all around, at more than a rule's thickness: a shaded area
    for axis in (0, 1):
        for shift in (RULE_REACH, -RULE_REACH):
            inside &= np.roll(faint, shift, axis=axis)
    faint &= ~inside
    candidates = [_long_runs(faint, length) & ~_grown(horizontal, RULE_EDGE, axis=0),
                  _long_runs(faint.T, length).T & ~_grown(vertical, RULE_EDGE, axis=1)]
    if not candidates[0].any() and not candidates[1].any():
        return candidates[0], candidates[1]
    # lines as boxes (x0, y0, x1, y1): dark ones kept, faint ones pruned until each meets two lines
    lines = []
    for mask, dark in zip(candidates, (horizontal, vertical), strict=True):
        lines.append((_line_boxes(dark)[1], _line_boxes(mask)[1]))
    # beside a line, its own double and the lines crossing it are no text
    beside = [faint & ~(horizontal | candidates[0]), faint & ~(vertical | candidates[1])]
    crossing = [vertical | candidates[1], horizontal | candidates[0]]
    kept = [_clear_sides(beside[0], lines[0][1], crossing[0]),
            _clear_sides(beside[1].T, lines[1][1][:, [1, 0, 3, 2]], crossing[1].T)]
    while True:
        changed = False
        for along in (0, 1):
            other = 1 - along
            across = np.concatenate([lines[other][0], lines[other][1][kept[other]]])
            same = np.concatenate([lines[along][0], lines[along][1][kept[along]]])
            meets = _meeting(lines[along][1], across, along) + _continuing(lines[along][1], same, along)
            keep = kept[along] & (meets >= 2)
            changed |= bool((keep != kept[along]).any())
            kept[along] = keep
        if not changed:
            break
    out = []
    for keep, mask in zip(kept, candidates, strict=True):
        labels = _line_boxes(mask)[0]
        wanted = np.zeros(len(keep) + 1, dtype=bool)
        wanted[1:] = keep
        out.append(mask & wanted[labels])
    return out[0], out[1]


def _clear_sides(ink: np.ndarray, boxes: np.ndarray, crossing: np.ndarray) -> np.ndarray:
    """For each horizontal line box (x0, y0, x1, y1), whether it stands alone as a rule does: a
    few pixels thick, with no `ink` beside it along its length (but where a line crosses it). A
    run along the foot or the strokes of a line of text has ink beside it in much of its length."""
    keep = np.zeros(len(boxes), dtype=bool)
    height = ink.shape[0]
    for index, (x0, y0, x1, y1) in enumerate(boxes):
        if y1 - y0 >= 2 * RULE_REACH:
            continue
        bands = [(max(y0 - SIDE - 1, 0), max(y0 - 1, 0)), (min(y1 + 2, height), min(y1 + SIDE + 2, height))]
        inked = np.zeros(x1 - x0 + 1, dtype=bool)
        crossed = np.zeros(x1 - x0 + 1, dtype=bool)
        for top, bottom in bands:
            if bottom > top:
                inked |= ink[top:bottom, x0:x1 + 1].any(axis=0)
                crossed |= crossing[top:bottom, x0:x1 + 1].any(axis=0)
        free = ~crossed
        keep[index] = free.sum() > 0 and float(inked[free].mean()) <= SIDE_INK
    return keep


def _grown(mask: np.ndarray, reach: int, axis: int) -> np.ndarray:
    """`mask` widened by `reach` pixels across the lines it holds (axis 0: up and down)."""
    grown = mask.copy()
    for shift in range(1, reach + 1):
        grown |= np.roll(mask, shift, axis=axis) | np.roll(mask, -shift, axis=axis)
    return grown


def _line_boxes(mask: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """The connected runs of `mask`: each pixel's run number (0: none) and each run's box
    (x0, y0, x1, y1, inclusive), run 1 first."""
    import cv2  # opencv, installed with rapidocr-onnxruntime

    _, labels, stats, _ = cv2.connectedComponentsWithStats(mask.astype(np.uint8), connectivity=8)
    x0, y0 = stats[1:, cv2.CC_STAT_LEFT], stats[1:, cv2.CC_STAT_TOP]
    boxes = np.stack([x0, y0, x0 + stats[1:, cv2.CC_STAT_WIDTH] - 1, y0 + stats[1:, cv2.CC_STAT_HEIGHT] - 1], axis=1)
    return labels, boxes.reshape(-1, 4)


def _meeting(lines: np.ndarray, across: np.ndarray, along: int) -> np.ndarray:
    """For each line (horizontal when `along` is 0), how many distinct lines of `across` it
    meets: crosses, or comes within RULE_REACH of. Lines of `across` at one position (a rule
    broken in two) count once."""
    if len(lines) == 0 or len(across) == 0:
        return np.zeros(len(lines), dtype=int)
    if along == 1:  # vertical lines meeting horizontal ones: the same test with x and y swapped
        lines, across = lines[:, [1, 0, 3, 2]], across[:, [1, 0, 3, 2]]
    reach = RULE_REACH
    position = (across[:, 0] + across[:, 2]) / 2  # x of each vertical line
    meets = ((position[None, :] >= lines[:, 0:1] - reach) & (position[None, :] <= lines[:, 2:3] + reach)
             & (across[None, :, 1] <= lines[:, 3:4] + reach) & (across[None, :, 3] >= lines[:, 1:2] - reach))
    counts = []
    for row in meets:
        xs = np.sort(position[row])
        counts.append(0 if xs.size == 0 else 1 + int((np.diff(xs) > reach).sum()))
    return np.array(counts, dtype=int)


def _continuing(lines: np.ndarray, same: np.ndarray, along: int) -> np.ndarray:
    """For each line (horizontal when `along` is 0), at how many of its two ends it continues a
    line of `same` (its direction): a rule drawn dark in part and light in part is one rule."""
    if len(lines) == 0 or len(same) == 0:
        return np.zeros(len(lines), dtype=int)
    if along == 1:
        lines, same = lines[:, [1, 0, 3, 2]], same[:, [1, 0, 3, 2]]
    reach = RULE_REACH
    level = (same[None, :, 1] <= lines[:, 3:4] + reach) & (same[None, :, 3] >= lines[:, 1:2] - reach)
    before = level & (np.abs(same[None, :, 2] - lines[:, 0:1]) <= reach) & (same[None, :, 0] < lines[:, 0:1])
    after = level & (np.abs(same[None, :, 0] - lines[:, 2:3]) <= reach) & (same[None, :, 2] > lines[:, 2:3])
    return before.any(axis=1).astype(int) + after.any(axis=1).astype(int)


def _positions(profile: np.ndarray, minimum: float) -> list[int]:
    """Centres of the runs of `profile` at or above `minimum` (a ruling line is 1–4 px thick, a
    double border two such lines up to DOUBLE_GAP apart: one border)."""
    above = np.flatnonzero(profile >= minimum)
    if above.size == 0:
        return []
    groups = np.split(above, np.flatnonzero(np.diff(above) > DOUBLE_GAP) + 1)
    return [int(group.mean()) for group in groups]


def find_tables(page: np.ndarray) -> tuple[list[Table], np.ndarray]:
    """The ruled tables of a page, and the page's ink mask of their ruling lines."""
    ink = page < DARK
    length = max(40, page.shape[1] // 30)  # longer than any glyph stroke at 150–300 dpi
    horizontal = _long_runs(ink, length)
    vertical = _long_runs(ink.T, length).T
    faint_horizontal, faint_vertical = _faint_rules(page, horizontal, vertical, length)
    horizontal |= faint_horizontal
    vertical |= faint_vertical
    rules = horizontal | vertical
    tables = []
    for top, bottom, left, right in _table_boxes(horizontal, vertical):
        ys = _positions(horizontal[top:bottom + 1, left:right + 1].sum(axis=1), length)
        xs = _positions(vertical[top:bottom + 1, left:right + 1].sum(axis=0), length / 2)
        if len(ys) < 2 or len(xs) < 2:
            continue
        ys = [top + y for y in ys]
        xs = [left + x for x in xs]
        tables.append(_cells(ys, xs, horizontal, vertical))
    return tables, rules


def _table_boxes(horizontal: np.ndarray, vertical: np.ndarray) -> list[tuple[int, int, int, int]]:
    """Boxes (top, bottom, left, right) of the tables: runs of page rows that hold ruling lines
    (a report's tables sit one below the other, never side by side)."""
    rules = horizontal | vertical
    rows = np.flatnonzero(rules.any(axis=1))
    boxes = []
    for group in np.split(rows, np.flatnonzero(np.diff(rows) > 6) + 1) if rows.size else []:
        top, bottom = int(group[0]), int(group[-1])
        columns = np.flatnonzero(rules[top:bottom + 1].any(axis=0))
        if bottom - top < 20 or columns[-1] - columns[0] < 100:
            continue  # an underline or a stray rule, not a table
        boxes.append((top, bottom, int(columns[0]), int(columns[-1])))
    return boxes


def _cells(ys: list[int], xs: list[int], horizontal: np.ndarray, vertical: np.ndarray) -> Table:
    """The grid of every line position, its cells joined across each missing border."""
    rows, columns = len(ys) - 1, len(xs) - 1

    def drawn(mask: np.ndarray, fixed: int, start: int, stop: int, along_rows: bool) -> bool:
        start, stop = start + 4, stop - 4  # away from the crossing lines
        if stop <= start:
            return True
        half = DOUBLE_GAP // 2 + 2  # either line of a double border
        band = mask[max(fixed - half, 0):fixed + half + 1, start:stop] if along_rows else mask[start:stop, max(fixed - half, 0):fixed + half + 1]
        return float(band.any(axis=0 if along_rows else 1).mean()) > 0.6

    groups = Groups(rows * columns)
    for r in range(rows):
        for c in range(columns):
            if c + 1 < columns and not drawn(vertical, xs[c + 1], ys[r], ys[r + 1], along_rows=False):
                groups.join(r * columns + c + 1, r * columns + c)
            if r + 1 < rows and not drawn(horizontal, ys[r + 1], xs[c], xs[c + 1], along_rows=True):
                groups.join((r + 1) * columns + c, r * columns + c)
    spans: dict[int, list[int]] = {}  # root -> [top, left, bottom, right]
    for r in range(rows):
        for c in range(columns):
            span = spans.setdefault(groups.find(r * columns + c), [r, c, r, c])
            span[:] = [min(span[0], r), min(span[1], c), max(span[2], r), max(span[3], c)]
    regions = [
        Region(top, left, bottom - top + 1, right - left + 1, (xs[left], ys[top], xs[right + 1], ys[bottom + 1]))
        for top, left, bottom, right in spans.values()
    ]
    regions.sort(key=lambda region: (region.row, region.column))
    return Table((xs[0], ys[0], xs[-1], ys[-1]), regions, rows, columns)


# ---------------------------------------------------------------- reading


@lru_cache(maxsize=1)
def _engine():
    """PP-OCR, loaded once a process from the models inside the rapidocr-onnxruntime wheel; one
    thread, so parse workers share the cores as with every other format."""
    try:
        from rapidocr_onnxruntime import RapidOCR
    except ImportError:
        raise FormatProblem("image_only", "a scan or image, and the OCR engine (rapidocr-onnxruntime) is not installed") from None
    return RapidOCR(intra_op_num_threads=1, inter_op_num_threads=1)


def _ink_lines(cell: np.ndarray) -> list[tuple[int, int, int, int]]:
    """Boxes (x0, y0, x1, y1) of the text lines of a cell's interior, by its ink profile."""
    ink = cell < DARK
    rows = np.flatnonzero(ink.sum(axis=1) >= 2)
    lines = []
    for group in np.split(rows, np.flatnonzero(np.diff(rows) > 2) + 1) if rows.size else []:
        top, bottom = int(group[0]), int(group[-1]) + 1
        if bottom - top < 6:
            continue  # a speck or a scrap of a ruling line, not a glyph
        columns = np.flatnonzero(ink[top:bottom].sum(axis=0) >= 1)
        lines.append((max(int(columns[0]) - 4, 0), max(top - 4, 0), int(columns[-1]) + 5, bottom + 4))
    return lines


_SPECKS = "．.·。、，,：:;；'‘’`丨|"
_DIGIT_LOOKALIKES = str.maketrans("OoQD", "0000")
_ROUND_MARKS = "。○°º"  # what the recogniser reads a lone small 0 as


def cell_reading(text: str) -> str:
    """What the recogniser read in a cell, without the specks it took for punctuation around it
    (`66.`, `·0`); a figure with a letter that looks like a digit (`Q` for 0, `l` for 1) is read
    as that digit, and a lone round mark (`。`) as 0. Either way the rules must confirm the figure
    before it is a value."""
    raw, text = text.strip(), text.strip().strip(_SPECKS).strip()
    if not text and any(ch in _ROUND_MARKS for ch in raw):
        # a small 0 read as a full stop (`。.`): never a blank, which the rules would read as 0
        # and confirm without the figure the cell prints
        return "0"
    if text and any(ch.isdigit() for ch in text) and all(ch.isdigit() or ch in "OoQD" for ch in text):
        return text.translate(_DIGIT_LOOKALIKES)
    if text in ("O", "o", "Q", "D"):
        return "0"
    return text


def slanted(crop: np.ndarray) -> bool:
    """True for a single straight stroke leaning like `/` or `\\` (a blank cell's slash), which the
    recogniser reads as `1`, `7`, `r` or a bracket: the ink lies on one slanted line. A `1` stands
    upright; a `7` or a bracket has a bar off the line."""
    ys, xs = np.nonzero(crop < DARK)
    if ys.size < 10 or np.ptp(ys) < 8:
        return False
    slope, intercept = np.polyfit(ys, xs, 1)  # columns moved per row down the stroke
    off_line = np.abs(xs - (slope * ys + intercept))
    width = np.ptp(xs) + 1
    return abs(slope) > 0.25 and float(np.percentile(off_line, 95)) < 3.0 and width < 0.8 * (np.ptp(ys) + 1)


def _read_crops(crops: list[np.ndarray]) -> list[tuple[str, float]]:
    """(text, confidence) of each crop; a slash is known by its shape and not read."""
    slashes = [slanted(crop) for crop in crops]
    to_read = [np.stack([crop] * 3, axis=2) for crop, slash in zip(crops, slashes, strict=True) if not slash]
    results = iter(_engine().text_rec(to_read)[0] if to_read else [])
    read = []
    for slash in slashes:
        if slash:
            read.append(("/", 1.0))
            continue
        text, score = next(results)
        read.append((cell_reading(text), float(score)))
    return read


def faint_mark(interior: np.ndarray) -> tuple[int, int, int, int] | None:
    """Box (x0, y0, x1, y1) of the glyph-tall marks of faint ink in a cell's interior, not
    despeckled: a thin `1` scanned at 100 dpi is a grey stroke that the median filter breaks into
    pixels too few for a text line, yet it stands as one mark as tall as a digit. Specks, even two
    touching, are a few pixels tall. None when the cell holds no such mark."""
    import cv2  # opencv, installed with rapidocr-onnxruntime

    inner = interior[FAINT_INSET - 4:interior.shape[0] - FAINT_INSET + 3, FAINT_INSET - 4:interior.shape[1] - FAINT_INSET + 3]
    if inner.size == 0:
        return None
    count, _, stats, _ = cv2.connectedComponentsWithStats((inner < FAINT).astype(np.uint8), connectivity=8)
    marks = [stats[i] for i in range(1, count) if stats[i, cv2.CC_STAT_HEIGHT] >= MARK_HEIGHT]
    if not marks:
        return None
    shift = FAINT_INSET - 4
    x0 = min(int(m[cv2.CC_STAT_LEFT]) for m in marks) + shift
    y0 = min(int(m[cv2.CC_STAT_TOP]) for m in marks) + shift
    x1 = max(int(m[cv2.CC_STAT_LEFT] + m[cv2.CC_STAT_WIDTH]) for m in marks) + shift
    y1 = max(int(m[cv2.CC_STAT_TOP] + m[cv2.CC_STAT_HEIGHT]) for m in marks) + shift
    return max(x0 - 4, 0), max(y0 - 4, 0), x1 + 5, y1 + 4


def holds_ink(interior: np.ndarray, paper: float = 255.0) -> bool:
    """Whether a cell's interior (not despeckled, its ruling lines wiped) holds ink of any shade
    darker than the `paper` (a figure printed light grey is ink too), beyond
    - specks: under SPECK px each way (a scanner's speck, or two touching, smeared by the turn);
    - scraps of a ruling line: a stroke at most RULE_SCRAP px thick along the interior's edge
      (the light edge of a rule found a pixel off), or longer than any glyph."""
    import cv2

    ink = interior < min(FAINT_RULE, paper - 25)
    height, width = ink.shape
    _, _, stats, _ = cv2.connectedComponentsWithStats(ink.astype(np.uint8), connectivity=8)
    for x, y, w, h in stats[1:, :4]:
        if max(w, h) < SPECK:
            continue
        if h <= RULE_SCRAP and (w >= GLYPH_LONGEST or y <= RULE_SCRAP or y + h >= height - RULE_SCRAP):
            continue
        if w <= RULE_SCRAP and (h >= GLYPH_LONGEST or x <= RULE_SCRAP or x + w >= width - RULE_SCRAP):
            continue
        return True
    return False


def _cell_texts(page: np.ndarray, tables: list[Table], unfiltered: np.ndarray) -> dict[int, tuple[str, float]]:
    """(text, confidence) of every inked cell, by id(region); one recogniser batch a page. A cell
    with no text line in the despeckled `page` is read from `unfiltered` (the same page before the
    median filter) when it holds a glyph-tall faint mark, so a figure the filter thinned away is
    read, or at least known as ink (read as nothing: never a blank the rules would count as 0).
    A cell with neither, but ink that is no speck and no scrap of a ruling line (a figure cut by a
    rule wiped from the page, a glyph broken into pieces below a text line's height), is ink the
    recogniser never saw: read as nothing too. A cell is blank only where it is clean."""
    crops, owners, unread = [], [], []
    paper = float(np.median(unfiltered))
    for table in tables:
        for region in table.regions:
            x0, y0, x1, y1 = region.box
            interior = page[y0 + 4:y1 - 3, x0 + 4:x1 - 3]
            lines = _ink_lines(interior)
            for lx0, ly0, lx1, ly1 in lines:
                crops.append(interior[ly0:ly1, lx0:lx1])
                owners.append(id(region))
            if not lines:
                faint = unfiltered[y0 + 4:y1 - 3, x0 + 4:x1 - 3]
                mark = faint_mark(faint)
                if mark:
                    mx0, my0, mx1, my1 = mark
                    crops.append(faint[my0:my1, mx0:mx1])
                    owners.append(id(region))
                elif holds_ink(faint, paper):
                    unread.append(id(region))
    texts: dict[int, tuple[str, float]] = {owner: ("", 0.0) for owner in unread}
    for owner, (text, score) in zip(owners, _read_crops(crops), strict=True):
        if owner in texts:
            previous, confidence = texts[owner]
            texts[owner] = (previous + text, min(confidence, score))
        else:
            texts[owner] = (text, score)
    return texts


def _free_text_lines(page: np.ndarray, tables: list[Table]) -> list[tuple[int, str, float]]:
    """(top, text, confidence) of the lines outside the tables, from PP-OCR's detector boxes
    joined left to right when they overlap in height."""
    masked = page.copy()
    for table in tables:
        x0, y0, x1, y1 = table.box
        masked[max(y0 - 3, 0):y1 + 4, max(x0 - 3, 0):x1 + 4] = 255
    result, _ = _engine()(np.stack([masked] * 3, axis=2), use_cls=False)
    boxes = []
    for box, text, score in result or []:
        xs = [point[0] for point in box]
        ys = [point[1] for point in box]
        boxes.append((min(ys), max(ys), min(xs), text, float(score)))
    boxes.sort()
    lines: list[list] = []  # [top, bottom, [(x, text, score)]]
    for top, bottom, left, text, score in boxes:
        if lines and top < (lines[-1][0] + lines[-1][1]) / 2:
            lines[-1][1] = max(lines[-1][1], bottom)
            lines[-1][2].append((left, text, score))
        else:
            lines.append([top, bottom, [(left, text, score)]])
    out = []
    for top, _bottom, parts in lines:
        parts.sort()
        out.append((int(top), "".join(text for _, text, _ in parts), min(score for _, _, score in parts)))
    return out


def tables_and_ink(page: np.ndarray) -> tuple[list[Table], np.ndarray, np.ndarray]:
    """A straight page's tables, and its ink without their ruling lines: despeckled (what text
    lines are cut from) and as scanned (where faint marks are looked for)."""
    tables, rules = find_tables(page)  # before despeckling: a median filter thins hairline rules away
    clean = despeckled(page).copy()
    # the ruling lines, with their anti-aliased edges, are no ink of the text
    grown = rules.copy()
    for shift in (-2, -1, 1, 2):
        grown |= np.roll(rules, shift, axis=0) | np.roll(rules, shift, axis=1)
    clean[grown] = 255
    unfiltered = page.copy()
    unfiltered[grown] = 255
    return tables, clean, unfiltered


def read_page(page: np.ndarray) -> list[tuple[str, list[tuple[str, float]]]]:
    """The page as lines of text, each with the (cell text, confidence) it was read from."""
    tables, clean, unfiltered = tables_and_ink(straightened(page))
    texts = _cell_texts(clean, tables, unfiltered)
    items: list[tuple[int, list[tuple[str, list[tuple[str, float]]]]]] = []
    for top, text, score in _free_text_lines(clean, tables):
        items.append((top, [(text, [(text, score)])]))
    for table in tables:
        grid: list[list] = [[ABSENT] * table.columns for _ in range(table.rows)]
        read: list[list[tuple[str, float]]] = [[] for _ in range(table.rows)]
        for region in table.regions:
            for dr in range(region.rowspan):
                for dc in range(region.colspan):
                    grid[region.row + dr][region.column + dc] = None
            text, score = texts.get(id(region), ("", 1.0))
            grid[region.row][region.column] = clean_cell(text)
            if text:
                read[region.row].append((clean_cell(text), score))
            elif id(region) in texts:  # ink the recogniser read as nothing (a faint or small figure)
                read[region.row].append((INK_NOT_READ, score))
        rows = []
        for row, row_read in zip(grid, read, strict=True):
            for line in grid_lines([row]):
                rows.append((line, row_read))
        items.append((table.box[1], rows))
    items.sort(key=lambda item: item[0])
    return [line for _, lines in items for line in lines]


def _ocr(pages, kind: str) -> Extracted:
    lines: list[str] = []
    confidence: dict[int, list[tuple[str, float]]] = {}
    for page in pages:
        for text, read in read_page(page):
            lines.append(text)
            confidence[len(lines)] = read
    if not any(line.strip() for line in lines):
        code = "image_only_pdf" if kind == OCR_PDF else "image_only"
        raise FormatProblem(code, "a scan or image in which OCR found no text")
    return Extracted("\n".join(lines) + "\n", kind, None, confidence)


def ocr_pdf(data: bytes) -> Extracted:
    return _ocr(pdf_pages(data), OCR_PDF)


def ocr_image(data: bytes) -> Extracted:
    return _ocr(image_pages(data), OCR_IMAGE)


# ---------------------------------------------------------------- trust through the rules


def verify_ocr_cells(report, confidence: dict[int, list[tuple[str, float]]]) -> None:
    """Keep an OCR'd figure a `value` (a blank `blank`) only when every row and column rule it
    sits in passes on the figures as read, and the recogniser was sure of it; the other figures
    become `ocr_unverified`, the other blanks `unknown` (a blank may be a figure the OCR missed).
    One pass: a rule that holds confirms all its figures, and one unsure cell in it does not undo
    that for the others (it only never counts as proof itself, rules.py)."""
    from ..core.rules import PASSED, rules_with_cells
    from .cells import BLANK, OCR_UNVERIFIED, RECOVERED, UNKNOWN, VALUE, read_count
    from .record import PARSED, PARTIAL

    counts = {VALUE: 0, OCR_UNVERIFIED: 0, UNKNOWN: 0}
    for cell in report.cells:
        # a blank on a line with a cell whose ink was not read may be that figure: every rule would
        # read it as 0, so a lost 0 would come out blank, and two figures lost from one row
        # (0 = 0) would confirm each other; a blank read from no line of the scan (a row whose
        # figures were never found) is no reading at all
        lost = not cell.line or any(text == INK_NOT_READ for text, _ in confidence.get(cell.line, []))
        if cell.state == BLANK and lost:
            cell.state = UNKNOWN
            counts[UNKNOWN] += 1
    status_of_rule = {(result.rule_id, result.scope): result.status for result, _ in rules_with_cells(report)}
    rules_of_cell = _rules_of_each_cell(report)
    for cell in report.cells:
        if cell.state == RECOVERED:  # split back because the rules hold: they cannot confirm it too
            cell.state = OCR_UNVERIFIED
            counts[OCR_UNVERIFIED] += 1
            continue
        if cell.state not in (VALUE, BLANK):
            continue
        if cell.state == VALUE:
            cell.ocr_confidence = round(_confidence(cell, confidence, read_count), 3)
        rules = rules_of_cell.get((cell.table, cell.row, cell.column), [])
        confirmed = bool(rules) and all(status_of_rule.get(rule) == PASSED for rule in rules)
        sure = cell.state == BLANK or cell.ocr_confidence >= LOW_CONFIDENCE
        if confirmed and sure:
            counts[VALUE] += 1
        elif cell.state == BLANK:
            cell.state, cell.value = UNKNOWN, None
            counts[UNKNOWN] += 1
        else:
            cell.state = OCR_UNVERIFIED
            counts[OCR_UNVERIFIED] += 1
    report.warn("ocr", f"read by OCR: {counts[VALUE]} cells confirmed by the rules, {counts[OCR_UNVERIFIED]} "
                f"figures ocr_unverified, {counts[UNKNOWN]} blanks unknown (OCR may have missed a figure)")
    if report.status == PARSED and (counts[OCR_UNVERIFIED] or counts[UNKNOWN]):
        report.status = PARTIAL


def _rules_of_each_cell(report) -> dict[tuple[str, str, str], list[tuple[str, str]]]:
    """(rule_id, scope) of every row and column rule each cell sits in, by (table, row, column).
    A rule stops reading at its first unknown cell, so the cells after it would seem to sit in no
    such rule, and one passing rule would confirm them (two figures lost from one row read 0 = 0):
    the rules are read here on a copy of the report whose unknown cells are blanks."""
    from dataclasses import replace

    from ..core.rules import rules_with_cells
    from .cells import BLANK, UNKNOWN

    whole = replace(report, cells=[replace(c, state=BLANK, value=None) if c.state == UNKNOWN else c for c in report.cells])
    rules: dict[tuple[str, str, str], list[tuple[str, str]]] = {}
    for result, cells in rules_with_cells(whole):
        for cell in cells:
            rules.setdefault((cell.table, cell.row, cell.column), []).append((result.rule_id, result.scope))
    return rules


def _confidence(cell, confidence: dict[int, list[tuple[str, float]]], read_count) -> float:
    """The recogniser's confidence in the text a cell's figure was read from: the least of the
    texts on its line that read as that figure (0 when none does)."""
    scores = [score for text, score in confidence.get(cell.line or 0, [])
              if read_count(text).value == cell.value or text == cell.as_written]
    return min(scores, default=0.0)
