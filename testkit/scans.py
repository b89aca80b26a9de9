"""Reports as a government site scans them: page images with a slight rotation and noise.

A report of the corpus is typeset to PDF (reportlab, corpus.render_pdf), each page rendered to an
image at the given resolution (pypdfium2, which pdfplumber already brings), turned by a fraction
of a degree and sprinkled with noise, then saved as PNG/JPEG/TIFF or as a PDF holding only the
images (no text layer), the way a scanner writes it.
"""

from __future__ import annotations

import io
import random

from .corpus import Document, make_document

IMAGE_LAYOUTS = ("scan-pdf", "scan-png")


def page_images(pdf: bytes, dpi: int, rng: random.Random, rotation: float | None = None, noise: float = 0.004):
    """The pages of `pdf` as grey PIL images, scanned: rotated (degrees, random within ±0.8 when
    None), with `noise` of the pixels flipped to dark or light specks."""
    import pypdfium2
    from PIL import Image

    document = pypdfium2.PdfDocument(pdf)
    images = []
    for page in document:
        image = page.render(scale=dpi / 72).to_pil().convert("L")
        angle = rng.uniform(-0.8, 0.8) if rotation is None else rotation
        image = image.rotate(angle, resample=Image.Resampling.BILINEAR, expand=True, fillcolor=255)
        pixels = image.load()
        width, height = image.size
        for _ in range(int(width * height * noise)):
            pixels[rng.randrange(width), rng.randrange(height)] = rng.choice((0, 90, 200, 255))
        images.append(image)
    return images


def image_pdf(images, dpi: int) -> bytes:
    """A PDF of page images only, as a scanner writes it."""
    out = io.BytesIO()
    images[0].save(out, format="PDF", save_all=True, append_images=images[1:], resolution=dpi)
    return out.getvalue()


def image_file(images, fmt: str = "PNG") -> bytes:
    """One image of the report's pages stacked (a long screenshot), PNG, JPEG or TIFF."""
    from PIL import Image

    width = max(image.width for image in images)
    sheet = Image.new("L", (width, sum(image.height for image in images)), 255)
    top = 0
    for image in images:
        sheet.paste(image, (0, top))
        top += image.height
    out = io.BytesIO()
    sheet.save(out, format=fmt, **({"quality": 90} if fmt == "JPEG" else {}))
    return out.getvalue()


def scanned_document(seed: int, index: int, layout: str = "scan-pdf", dpi: int = 200, noise: set[str] | None = None,
                     template: str | None = None, rotation: float | None = None) -> Document:
    """Report `index` of the corpus of `seed`, typeset and scanned: the same figures and truth as
    its text versions (make_document with the same arguments)."""
    typeset = make_document(seed, index, layout="pdf", noise=noise, template=template)
    rng = random.Random(f"{seed}:{index}:scan:{dpi}")
    images = page_images(typeset.data, dpi, rng, rotation)
    if layout == "scan-pdf":
        data, extension = image_pdf(images, dpi), "pdf"
    else:
        data, extension = image_file(images, "PNG"), "png"
    name = f"{index:06d}_{layout}-{dpi}.{extension}"
    return Document(name, layout, data, {**typeset.truth, "source": name, "layout": layout})
