"""Which agency a report belongs to, however its name is written.

The same bureau writes its name as 山东省淄博市民政局 one year and 淄博市民政局 the next, with a stray
space (淄博市 民政局) or a doubled character (濮濮阳市民政局). `match_key` reduces a name to a key that
is the same for all of these and names the steps that changed it, so every match can be explained
(dbt's dim_agency_name lists each name as written with its key and steps). `agency_id` is derived
from the key, so reports of one agency share one id across years (CARRY_CONTINUITY joins on it).
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from dataclasses import dataclass

from .labels import PROVINCE_PREFIXES

# The steps, in the order they are applied.
WIDTH_FOLDED = "width_folded"  # full-width letters and digits to ASCII (NFKC)
SPACES_REMOVED = "spaces_removed"  # 淄博市 民政局 -> 淄博市民政局
DOUBLED_COLLAPSED = "doubled_characters_collapsed"  # 濮濮阳市 -> 濮阳市
PROVINCE_DROPPED = "province_prefix_dropped"  # 山东省淄博市民政局 -> 淄博市民政局
STEPS = (WIDTH_FOLDED, SPACES_REMOVED, DOUBLED_COLLAPSED, PROVINCE_DROPPED)

_SPACES_RE = re.compile(r"[\s\u3000\u00a0\ufeff]+")
# A run of one Chinese character. A real doubled character (齐齐哈尔) collapses too, the same way
# in every year, so the key still matches; the key is for matching, never shown as the name.
_DOUBLED_RE = re.compile(r"([\u4e00-\u9fff])\1+")
# What is left after a province prefix must still start with a place (淄博市…, 苏州工业园区…),
# else the prefix is the agency's own place (山东省民政厅) and stays.
_PLACE_RE = re.compile(r"^[\u4e00-\u9fff]{2,}?(?:市|自治州|州|地区|盟|县|区|旗)")


@dataclass(frozen=True)
class AgencyKey:
    name: str  # as given
    key: str  # the matching key
    steps: tuple[str, ...]  # the normalisation steps that changed the name, in order

    @property
    def agency_id(self) -> str:
        return agency_id_of_key(self.key)


def agency_id_of_key(key: str) -> str:
    return hashlib.md5(key.encode("utf-8")).hexdigest()[:16]


def match_key(name: str) -> AgencyKey:
    """The matching key of an agency name and the steps that produced it (pure, idempotent)."""
    steps: list[str] = []
    text = name or ""

    def apply(step: str, changed: str) -> None:
        nonlocal text
        if changed != text:
            steps.append(step)
            text = changed

    apply(WIDTH_FOLDED, unicodedata.normalize("NFKC", text))
    apply(SPACES_REMOVED, _SPACES_RE.sub("", text))
    apply(DOUBLED_COLLAPSED, _DOUBLED_RE.sub(r"\1", text))
    for prefix in PROVINCE_PREFIXES:
        rest = text.removeprefix(prefix)
        if rest != text and _PLACE_RE.match(rest):
            apply(PROVINCE_DROPPED, rest)
            break
    return AgencyKey(name or "", text, tuple(steps))


UNKNOWN_AGENCY_PREFIX = "unknown-"


def report_agency_id(name: str | None, report_id: str) -> tuple[str, AgencyKey | None]:
    """(agency_id, key) of a report. A report whose agency is unknown keeps an agency of its own,
    `unknown-<report_id>`, until a person or a later rule matches it: unknown reports are never one
    agency (CARRY_CONTINUITY would pair them; dim_agency would sum them)."""
    key = match_key(name or "")
    if not key.key:
        return f"{UNKNOWN_AGENCY_PREFIX}{report_id}", None
    return key.agency_id, key


def agency_id(name: str) -> str:
    """The agency id of a name as written: first 16 hex digits of md5(matching key)."""
    return match_key(name).agency_id
