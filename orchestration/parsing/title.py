"""The report's title: its agency (as written and normalised) and its year."""

from __future__ import annotations

import re

from ..core import labels as L

_YEAR_RE = re.compile(r"(20\d\d)\s*年度?")
_AGENCY_SUFFIX_RE = re.compile(r"(局|委员会|委|办公室|办|厅|政府|院|中心|署|会|部|所|站|队|处|馆|室)$")


def find_title(lines: list[str]) -> tuple[str | None, int | None, int | None]:
    """(agency as written, year, line) from a metadata `标题:` or the first lines of the report."""
    head = [(i, L.normalize_text(line).strip()) for i, line in enumerate(lines[:40])]
    for i, line in head:
        match = re.match(r"^[-*\s]*标题\s*[:：]\s*(.+)$", line)
        if match:
            agency, year = _split_title(match.group(1))
            if year:
                return agency, year, i + 1
    non_empty = [(i, line) for i, line in head if line]
    for position, (i, line) in enumerate(non_empty[:12]):
        if re.match(r"^[-*\s]*\S+\s*[:：]", line) and "年" not in line.split(":")[0]:
            continue  # metadata such as 发布时间: 2020-08-14 is not the report year
        title = line
        if position + 1 < len(non_empty) and len(line) < 60 and not any(w in line for w in L.REPORT_TITLE_WORDS):
            title = line + non_empty[position + 1][1]  # a title broken over two lines (wrapped in a PDF)
        if not any(w in title for w in ("政府信息", "政务公开", "信息公开")) or "报告" not in title:
            continue
        if len(title) > 80 or any(p in line for p in "，。；,;"):
            continue  # a sentence, not a title
        agency, year = _split_title(line if _YEAR_RE.search(line) else title)
        if year is None:
            continue
        if not agency and position > 0:
            agency = non_empty[position - 1][1]
        return (agency if _looks_like_agency(agency) else None), year, i + 1
    return None, None, None


def _looks_like_agency(name: str | None) -> bool:
    if not name or len(name) > 40 or any(p in name for p in "，。；,;:：、"):
        return False
    return bool(_AGENCY_SUFFIX_RE.search(re.sub(r"\s+", "", name)))


def _split_title(title: str) -> tuple[str, int | None]:
    match = _YEAR_RE.search(title)
    if not match:
        return "", None
    return re.sub(r"\s+", "", title[: match.start()]).strip("-*：:"), int(match.group(1))


def normalise_agency(name: str, text: str) -> tuple[str, str | None]:
    """(normalised name, repair note). A doubled first character (`濮濮阳市`) is dropped when the
    name without it appears elsewhere in the report, which is the evidence that it is a typo."""
    name = re.sub(r"[\s\u3000]+", "", L.normalize_text(name))
    if len(name) > 3 and name[0] == name[1]:
        repaired = name[1:]
        stem = re.split(r"[市县区省州盟旗]", repaired, maxsplit=1)[0]
        if text.count(stem) > text.count(name[0] + stem):
            return repaired, f"title writes {name!r}; the report elsewhere writes {repaired[:len(stem)+1]!r}"
    return name, None


_REGION_RE = re.compile(r"^(?P<province>.+?(?:省|自治区))?(?P<city>.+?(?:市|自治州|地区|盟))?(?P<county>.+?(?:区|县|旗|市))?")


def split_region(agency: str) -> tuple[str | None, str | None, str | None]:
    """Province, city and county as far as the agency name itself spells them out."""
    match = _REGION_RE.match(agency)
    if not match:
        return None, None, None
    parts = [match.group("province"), match.group("city"), match.group("county")]
    if parts[1] and parts[2] is None and parts[1].endswith("县"):
        parts = [parts[0], None, parts[1]]
    if parts[2] and _AGENCY_SUFFIX_RE.search(parts[2]) and not parts[2].endswith(("区", "县", "旗", "市")):
        parts[2] = None
    return parts[0], parts[1], parts[2]
