"""What a fetched HTML page holds for the harvester: its links (absolute, with their text), and
whether the page is itself a report (the statutory tables are in the HTML).

lxml parses the broken HTML government CMSs print; the page is decoded the way the parser decodes
HTML reports (`formats.decode_html`: the <meta> charset, else UTF-8, else detected), so a GBK page
reads the same here as in the warehouse.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from urllib.parse import urldefrag, urljoin, urlsplit

from orchestration.core.formats import decode_html

from .sources import ATTACHMENT_EXTENSIONS, Site

# Words that only the statutory tables print (SPEC.md templates): a page with a table holding one
# of them carries its report in the HTML itself. Layout tables of a CMS do not.
REPORT_TABLE_MARKERS = ("行政复议", "本年新收", "申请人情况", "主动公开", "本年收到")


@dataclass(frozen=True)
class Link:
    url: str  # absolute, without #fragment
    text: str  # the anchor's text, else its title attribute, else ""

    @property
    def is_attachment(self) -> bool:
        return is_attachment_url(self.url) or self.text.lower().endswith(ATTACHMENT_EXTENSIONS)


@dataclass(frozen=True)
class Page:
    title: str
    links: tuple[Link, ...]
    has_report_tables: bool
    encoding: str


def is_attachment_url(url: str) -> bool:
    return urlsplit(url).path.lower().endswith(ATTACHMENT_EXTENSIONS)


def normalize_url(url: str) -> str:
    """The URL without its fragment: two links differing only after '#' are one document."""
    return urldefrag(url.strip())[0]


def read_page(data: bytes, url: str) -> Page:
    import lxml.html
    from lxml import etree

    source, encoding = decode_html(data)
    source = re.sub(r"^\s*<\?xml[^>]*>", "", source)  # lxml refuses a str with an encoding declaration
    if not source.strip():
        return Page("", (), False, encoding)
    try:
        root = lxml.html.document_fromstring(source)
    except (etree.ParserError, ValueError):
        return Page("", (), False, encoding)
    base = url
    for element in root.iter("base"):
        if element.get("href"):
            base = urljoin(url, element.get("href").strip())
            break
    links, seen = [], set()
    for anchor in root.iter("a"):
        href = (anchor.get("href") or "").strip()
        if not href or href.startswith(("#", "javascript:", "mailto:", "tel:")):
            continue
        absolute = normalize_url(urljoin(base, href))
        if urlsplit(absolute).scheme not in ("http", "https"):
            continue
        text = re.sub(r"\s+", " ", anchor.text_content()).strip() or (anchor.get("title") or "").strip()
        if (absolute, text) not in seen:
            seen.add((absolute, text))
            links.append(Link(absolute, text))
    has_tables = any(
        any(marker in table.text_content() for marker in REPORT_TABLE_MARKERS) and len(table.findall(".//tr")) >= 3
        for table in root.iter("table")
    )
    title_element = root.find(".//title")
    title = re.sub(r"\s+", " ", title_element.text_content()).strip() if title_element is not None else ""
    return Page(title, tuple(links), has_tables, encoding)


def next_list_pages(page: Page, site: Site) -> list[str]:
    """The pager's next-page link(s) of a list page."""
    pattern = re.compile(site.next_link_pattern) if site.next_link_pattern else None
    found = []
    for link in page.links:
        is_next = link.text in site.next_link_texts or (pattern and pattern.search(link.url))
        if is_next and link.url not in found:
            found.append(link.url)
    return found


def report_links(page: Page, site: Site) -> list[Link]:
    """The links of a list page that lead to reports: report pages whose title matches the site's
    filter, and attachments (whose text matches it, or which have no telling text at all)."""
    pager = set(next_list_pages(page, site))
    chosen = []
    for link in page.links:
        if link.url in pager or link.text in site.next_link_texts:
            continue
        if site.title_matches(link.text) or (link.is_attachment and site.title_matches(link.url)):
            chosen.append(link)
    return chosen


def report_attachments(page: Page, site: Site) -> list[Link]:
    """The attachments of a report page that are the report. Those whose text (or file name) has
    the report's words; when none has, every attachment (a link named 附件1 is the report more
    often than not; an unrelated one then lands in quarantine with its reason, never lost)."""
    attachments = [link for link in page.links if link.is_attachment]
    matching = [link for link in attachments
                if any(word in link.text or word in link.url for word in site.title_keywords)]
    return matching or attachments
