"""Reports as a government site scans them: page images with a slight rotation and noise.

A report of the corpus is typeset to PDF (reportlab, corpus.render_pdf), each page rendered to an
image at the given resolution (pypdfium2, gdw's PDF reader), turned by a fraction
of a degree and sprinkled with noise, then saved as a PDF holding only the page images (no text
layer, the way a scanner writes it), as a multi-page TIFF (a scanner's other format), or as one
PNG or JPEG of the pages stacked (a long screenshot, a photo saved with lossy compression).
"""

from __future__ import annotations

import io
import random

from .corpus import Document, make_document

IMAGE_LAYOUTS = ("scan-pdf", "scan-png", "scan-jpeg", "scan-tiff")
JPEG_QUALITY = 75  # what phones and web pages typically save: visible ringing around strokes


def rendered_pages(pdf: bytes, dpi: int):
    """The pages of `pdf` as grey PIL images at `dpi`."""
    import pypdfium2

    return [page.render(scale=dpi / 72).to_pil().convert("L") for page in pypdfium2.PdfDocument(pdf)]


def scanned(image, rng: random.Random, rotation: float | None = None, noise: float = 0.004):
    """`image` as it comes off a scanner: turned by a fraction of a degree (random within ±0.8
    when None), with `noise` of its pixels turned to dark or light specks."""
    from PIL import Image

    angle = rng.uniform(-0.8, 0.8) if rotation is None else rotation
    image = image.rotate(angle, resample=Image.Resampling.BILINEAR, expand=True, fillcolor=255)
    pixels = image.load()
    width, height = image.size
    for _ in range(int(width * height * noise)):
        pixels[rng.randrange(width), rng.randrange(height)] = rng.choice((0, 90, 200, 255))
    return image


def image_pdf(images, dpi: int) -> bytes:
    """A PDF of page images only, as a scanner writes it."""
    out = io.BytesIO()
    images[0].save(out, format="PDF", save_all=True, append_images=images[1:], resolution=dpi)
    return out.getvalue()


def stacked(images):
    """The pages one below the other in one image (a long screenshot of the report)."""
    from PIL import Image

    sheet = Image.new("L", (max(image.width for image in images), sum(image.height for image in images)), 255)
    top = 0
    for image in images:
        sheet.paste(image, (0, top))
        top += image.height
    return sheet


def image_bytes(image, fmt: str = "PNG", dpi: int | None = None, **options) -> bytes:
    out = io.BytesIO()
    image.save(out, format=fmt, **({"dpi": (dpi, dpi)} if dpi else {}), **options)
    return out.getvalue()


def scan_file(pages, layout: str, dpi: int, rng: random.Random, rotation: float | None = None) -> tuple[bytes, str]:
    """The scanned `pages` saved as `layout` says: (file bytes, extension)."""
    if layout == "scan-pdf":
        return image_pdf([scanned(page, rng, rotation) for page in pages], dpi), "pdf"
    if layout == "scan-tiff":
        images = [scanned(page, rng, rotation) for page in pages]
        return image_bytes(images[0], "TIFF", dpi, save_all=True, append_images=images[1:], compression="tiff_lzw"), "tif"
    if layout == "scan-jpeg":
        return image_bytes(scanned(stacked(pages), rng, rotation), "JPEG", dpi, quality=JPEG_QUALITY), "jpg"
    if layout == "scan-png":
        return image_bytes(scanned(stacked(pages), rng, rotation), "PNG", dpi), "png"
    raise ValueError(f"not a scan layout: {layout}")


def application_cell_box(pdf: bytes, row: str, applicant: str) -> tuple[int, tuple[float, float, float, float]]:
    """(page index, box in points from the page's top left) of table 3's cell `row` × `applicant`
    in a typeset report: the row whose label cell names the row, the applicant's column counted
    from the right (the seven applicant columns close every row of table 3)."""
    import pdfplumber

    from orchestration.core import labels

    label = labels.APPLICATION_ROWS[row][0][0]
    column = labels.APPLICANT_KEYS.index(applicant) - len(labels.APPLICANT_KEYS)
    with pdfplumber.open(io.BytesIO(pdf)) as document:
        for number, page in enumerate(document.pages):
            for table in page.find_tables():
                for table_row in table.rows:
                    texts = [(page.crop(box).extract_text() or "").replace("\n", "") if box else "" for box in table_row.cells]
                    if any(label in text for text in texts) and table_row.cells[column]:
                        return number, table_row.cells[column]
    raise ValueError(f"no table 3 row {row!r} in this report")


def review_cell_box(pdf: bytes, proceeding: str, outcome: str) -> tuple[int, tuple[float, float, float, float]]:
    """(page index, box in points from the page's top left) of table 5's cell `proceeding` ×
    `outcome` in a typeset report: table 5's figures are its last row, the three proceedings'
    five outcomes each, in the template's order."""
    import pdfplumber

    from orchestration.core import labels

    width = len(labels.PROCEEDING_KEYS) * len(labels.REVIEW_OUTCOME_KEYS)
    column = labels.PROCEEDING_KEYS.index(proceeding) * len(labels.REVIEW_OUTCOME_KEYS) + labels.REVIEW_OUTCOME_KEYS.index(outcome)
    with pdfplumber.open(io.BytesIO(pdf)) as document:
        for number, page in enumerate(document.pages):
            for table in page.find_tables():
                text = "".join((page.crop(box).extract_text() or "").replace("\n", "") for row in table.rows for box in row.cells if box)
                cells = table.rows[-1].cells
                if labels.TABLE_PRESENCE_MARKERS["reviews"][0] in text and len(cells) >= width and cells[column - width]:
                    return number, cells[column - width]
    raise ValueError(f"no table 5 cell {proceeding!r} × {outcome!r} in this report")


def draw_figure(page, box: tuple[float, float, float, float], figure: str, dpi: int):
    """`page` (a PIL image rendered at `dpi` from an A4 report) with the cell `box` (points) wiped
    inside its ruling lines and `figure` typeset in it in the report's font and rendered the same
    way, as a report that printed that figure would show it (a thin stroke comes out grey at a low
    resolution, as the report's own figures do)."""
    from PIL import ImageChops, ImageDraw
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfgen.canvas import Canvas

    from .corpus import _PDF_FONT

    scale, size = dpi / 72, 7.5  # the corpus's table font size
    x0, y0, x1, y1 = (round(v * scale) for v in box)
    inset = max(3, round(1.5 * scale))  # clear of the 0.5 pt grid lines and their anti-aliasing
    page = page.copy()
    ImageDraw.Draw(page).rectangle((x0 + inset, y0 + inset, x1 - inset, y1 - inset), fill=255)
    if _PDF_FONT not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(UnicodeCIDFont(_PDF_FONT))
    out = io.BytesIO()
    canvas = Canvas(out, pagesize=A4)
    canvas.setFont(_PDF_FONT, size)
    # reportlab's 6 pt cell padding; the baseline a third of the font size below the cell's middle
    canvas.drawString(box[0] + 6, A4[1] - (box[1] + box[3]) / 2 - size / 3, figure)
    canvas.save()
    typeset = rendered_pages(out.getvalue(), dpi)[0]
    return ImageChops.darker(page, typeset.resize(page.size) if typeset.size != page.size else typeset)


def scanned_document(seed: int, index: int, layout: str = "scan-pdf", dpi: int = 200, noise: set[str] | None = None,
                     template: str | None = None, rotation: float | None = None,
                     planted: dict[tuple[str, str], str] | None = None) -> Document:
    """Report `index` of the corpus of `seed`, typeset and scanned: the same figures and truth as
    its text versions (make_document with the same arguments). `planted` {(row, applicant) or
    (proceeding, outcome): figure}: those cells of table 3 or 5 printed with other figures, in the
    image itself (the truth keeps the report's own figures)."""
    from orchestration.core import labels

    typeset = make_document(seed, index, layout="pdf", noise=noise, template=template)
    rng = random.Random(f"{seed}:{index}:scan:{dpi}")
    pages = rendered_pages(typeset.data, dpi)
    for (row, column), figure in (planted or {}).items():
        found = review_cell_box if row in labels.PROCEEDINGS else application_cell_box
        number, box = found(typeset.data, row, column)
        pages[number] = draw_figure(pages[number], box, figure, dpi)
    data, extension = scan_file(pages, layout, dpi, rng, rotation)
    name = f"{index:06d}_{layout}-{dpi}.{extension}"
    return Document(name, layout, data, {**typeset.truth, "source": name, "layout": layout, "pages": len(pages)})
