"""Reports as a government site scans them: page images with a slight rotation and noise.

A report of the corpus is typeset to PDF (reportlab, corpus.render_pdf), each page rendered to an
image at the given resolution (pypdfium2, which pdfplumber already brings), turned by a fraction
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


def scanned_document(seed: int, index: int, layout: str = "scan-pdf", dpi: int = 200, noise: set[str] | None = None,
                     template: str | None = None, rotation: float | None = None) -> Document:
    """Report `index` of the corpus of `seed`, typeset and scanned: the same figures and truth as
    its text versions (make_document with the same arguments)."""
    typeset = make_document(seed, index, layout="pdf", noise=noise, template=template)
    rng = random.Random(f"{seed}:{index}:scan:{dpi}")
    pages = rendered_pages(typeset.data, dpi)
    data, extension = scan_file(pages, layout, dpi, rng, rotation)
    name = f"{index:06d}_{layout}-{dpi}.{extension}"
    return Document(name, layout, data, {**typeset.truth, "source": name, "layout": layout, "pages": len(pages)})
