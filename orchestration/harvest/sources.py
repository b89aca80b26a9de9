"""sources.yaml: the sites to harvest. The smallest valid file names one site and its list page:

    sites:
      - name: example-county
        list_urls: ["https://www.example.gov.cn/zwgk/zfxxgknb/index.html"]

Every other key has a default (see `Site`). A file that is not valid raises SourcesError naming
the site and the key, so a typo never silently harvests nothing.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlsplit

import yaml

# How Chinese government CMSs print the pager: 首页 上一页 下一页 尾页 (the last one is not followed:
# following 下一页 from page to page reaches it).
DEFAULT_NEXT_TEXTS = ("下一页", "下页", "下一頁", "下頁", "next", "Next", "next page", "Next page")
DEFAULT_TITLE_KEYWORDS = ("年度报告", "年报", "年度報告")
ATTACHMENT_EXTENSIONS = (".pdf", ".doc", ".docx", ".wps", ".xls", ".xlsx")
SITE_NAME_RE = re.compile(r"^[a-z0-9][a-z0-9_-]{0,63}$")
_KEYS = {"name", "list_urls", "next_link_texts", "next_link_pattern", "page_url_template", "first_page",
         "max_list_pages", "title_keywords", "years"}


class SourcesError(ValueError):
    """sources.yaml is missing or not valid."""


@dataclass(frozen=True)
class Site:
    name: str  # lower-case letters, digits, - and _: it names a folder and a Dagster partition
    list_urls: tuple[str, ...]
    # Pagination: links whose text is one of these (or whose href matches next_link_pattern) lead
    # to the next list page; or, with page_url_template ("…/index_{page}.html"), page n+1 of the
    # template follows page n, from first_page on, until one is missing.
    next_link_texts: tuple[str, ...] = DEFAULT_NEXT_TEXTS
    next_link_pattern: str | None = None
    page_url_template: str | None = None
    first_page: int = 1
    max_list_pages: int = 500  # per list URL: a guard against a pager that never ends
    # A link on a list page is a report when its text holds one of these words (and, if `years`
    # is given, one of the years); an attachment link on a list page is always taken.
    title_keywords: tuple[str, ...] = DEFAULT_TITLE_KEYWORDS
    years: tuple[int, ...] = field(default_factory=tuple)

    def title_matches(self, text: str) -> bool:
        if not any(word in text for word in self.title_keywords):
            return False
        return not self.years or any(str(year) in text for year in self.years)


def _strings(value, key: str, where: str) -> tuple[str, ...]:
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list) or not value or not all(isinstance(v, str) and v.strip() for v in value):
        raise SourcesError(f"{where}: `{key}` must be a non-empty list of strings")
    return tuple(v.strip() for v in value)


def _url(value: str, where: str) -> str:
    parts = urlsplit(value)
    if parts.scheme not in ("http", "https") or not parts.netloc:
        raise SourcesError(f"{where}: {value!r} is not an http(s) URL")
    return value


def parse_site(entry, index: int) -> Site:
    where = f"sites[{index}]"
    if not isinstance(entry, dict):
        raise SourcesError(f"{where}: expected a mapping with `name` and `list_urls`")
    unknown = sorted(set(entry) - _KEYS)
    if unknown:
        raise SourcesError(f"{where}: unknown key(s) {', '.join(unknown)} (known: {', '.join(sorted(_KEYS))})")
    name = entry.get("name")
    if not isinstance(name, str) or not SITE_NAME_RE.match(name):
        raise SourcesError(f"{where}: `name` must be lower-case letters, digits, '-' or '_' (got {name!r})")
    where = f"site {name}"
    if "list_urls" not in entry:
        raise SourcesError(f"{where}: `list_urls` is missing")
    values: dict = {"name": name,
                    "list_urls": tuple(_url(u, where) for u in _strings(entry["list_urls"], "list_urls", where))}
    for key in ("next_link_texts", "title_keywords"):
        if key in entry:
            values[key] = _strings(entry[key], key, where)
    if "next_link_pattern" in entry:
        try:
            re.compile(entry["next_link_pattern"])
        except (re.error, TypeError) as error:
            raise SourcesError(f"{where}: `next_link_pattern` is not a regular expression: {error}") from None
        values["next_link_pattern"] = entry["next_link_pattern"]
    if "page_url_template" in entry:
        template = entry["page_url_template"]
        if not isinstance(template, str) or "{page}" not in template:
            raise SourcesError(f"{where}: `page_url_template` must contain {{page}}")
        values["page_url_template"] = _url(template, where)
    for key in ("first_page", "max_list_pages"):
        if key in entry:
            if not isinstance(entry[key], int) or isinstance(entry[key], bool) or entry[key] < 0:
                raise SourcesError(f"{where}: `{key}` must be a whole number >= 0")
            values[key] = entry[key]
    if "years" in entry:
        years = entry["years"]
        if not isinstance(years, list) or not all(isinstance(y, int) and 2000 <= y <= 2100 for y in years):
            raise SourcesError(f"{where}: `years` must be a list of years (e.g. [2023, 2024])")
        values["years"] = tuple(years)
    return Site(**values)


def parse_sources(document) -> list[Site]:
    if not isinstance(document, dict) or not isinstance(document.get("sites"), list) or not document["sites"]:
        raise SourcesError("expected a mapping with a non-empty list `sites`")
    sites = [parse_site(entry, index) for index, entry in enumerate(document["sites"])]
    names = [site.name for site in sites]
    duplicates = sorted({n for n in names if names.count(n) > 1})
    if duplicates:
        raise SourcesError(f"site name(s) used twice: {', '.join(duplicates)}")
    return sites


def load_sources(path: str | Path) -> list[Site]:
    path = Path(path)
    try:
        document = yaml.safe_load(path.read_text(encoding="utf-8"))
    except OSError as error:
        raise SourcesError(f"{path}: cannot be read ({error.strerror or error})") from None
    except yaml.YAMLError as error:
        raise SourcesError(f"{path}: not valid YAML: {error}") from None
    try:
        return parse_sources(document)
    except SourcesError as error:
        raise SourcesError(f"{path}: {error}") from None
