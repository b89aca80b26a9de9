"""Agency names: the same bureau written differently matches, different bureaus do not, and every
match says which steps made it."""

from __future__ import annotations

import pytest

from orchestration.core import agency_names as an


@pytest.mark.parametrize(
    ("written", "key", "steps"),
    [
        ("淄博市民政局", "淄博市民政局", ()),
        ("山东省淄博市民政局", "淄博市民政局", (an.PROVINCE_DROPPED,)),
        ("淄博市 民政局", "淄博市民政局", (an.SPACES_REMOVED,)),
        ("淄博市\u3000民政局 ", "淄博市民政局", (an.WIDTH_FOLDED, an.SPACES_REMOVED)),  # NFKC: \u3000 is a space
        ("濮濮阳市民政局", "濮阳市民政局", (an.DOUBLED_COLLAPSED,)),
        ("山东省 淄淄博市民政局", "淄博市民政局", (an.SPACES_REMOVED, an.DOUBLED_COLLAPSED, an.PROVINCE_DROPPED)),
        ("广西壮族自治区南宁市民政局", "南宁市民政局", (an.PROVINCE_DROPPED,)),
        ("ＡＢＣ市民政局", "ABC市民政局", (an.WIDTH_FOLDED,)),
        # the province is the agency's own place: kept
        ("山东省民政厅", "山东省民政厅", ()),
        ("山东省市场监督管理局", "山东省市场监督管理局", ()),
        # municipalities are not dropped: 北京市 is the agency's place
        ("北京市海淀区民政局", "北京市海淀区民政局", ()),
    ],
)
def test_match_key(written, key, steps):
    matched = an.match_key(written)
    assert (matched.key, matched.steps) == (key, steps)
    assert an.match_key(matched.key).key == key  # idempotent: the key matches itself


def test_one_agency_across_ways_of_writing_it_and_another_apart():
    same = {an.agency_id(n) for n in ("山东省淄博市民政局", "淄博市民政局", "淄博市 民政局", "淄淄博市民政局")}
    assert len(same) == 1
    assert an.agency_id("淄博市财政局") not in same
    assert an.agency_id("淄博市张店区民政局") not in same  # a district bureau is its own agency
    assert len(an.agency_id("淄博市民政局")) == 16
