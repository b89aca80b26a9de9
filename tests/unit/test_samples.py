"""The sample reports: deterministic, committed as generated, and their truths honest.

The truths are checked against the statutory rules computed here from the truth dicts alone, and
against the report text itself, read back with the simplest reading each layout allows.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from decimal import Decimal
from pathlib import Path

import pytest

from orchestration.core.labels import (
    APPLICANT_KEYS,
    DISCLOSURE_ITEMS,
    PROCEEDING_KEYS,
    REVIEW_OUTCOME_KEYS,
    TEMPLATE_DISCLOSURE_COLUMNS,
    application_rows,
    outcome_rows,
)
from testkit.samples import generate_samples, truth_file_name, truth_json, write_samples

ROOT = Path(__file__).resolve().parents[2]
REPORTS_DIR = ROOT / "samples" / "reports"
TRUTH_DIR = ROOT / "samples" / "truth"
ROWS = application_rows("2019")
OUTCOMES = outcome_rows("2019")
SIX = APPLICANT_KEYS[:-1]
BLANKS = {"", "/", "—"}


@pytest.fixture(scope="module")
def samples():
    return generate_samples()


def tabled(samples):
    return [s for s in samples if s.truth["status"] == "parsed"]


def n(value) -> Decimal:
    """Blank reads as 0."""
    return Decimal(0) if value is None else Decimal(str(value))


# ---------------------------------------------------------------- generation


def test_generation_is_deterministic(samples):
    again = generate_samples()
    assert [(s.file_name, s.data, s.truth, s.encoding) for s in samples] == [
        (s.file_name, s.data, s.truth, s.encoding) for s in again
    ]
    assert len({s.file_name for s in samples}) == len(samples)
    assert 10 <= len(samples) <= 14


def test_committed_samples_equal_a_fresh_generation(samples):
    regenerate = "python -m testkit.samples samples/reports samples/truth"
    assert sorted(p.name for p in REPORTS_DIR.iterdir()) == sorted(s.file_name for s in samples), regenerate
    assert sorted(p.name for p in TRUTH_DIR.iterdir()) == sorted(truth_file_name(s) for s in samples), regenerate
    for sample in samples:
        assert (REPORTS_DIR / sample.file_name).read_bytes() == sample.data, f"{sample.file_name}: {regenerate}"
        assert (TRUTH_DIR / truth_file_name(sample)).read_text(encoding="utf-8") == truth_json(sample), regenerate


def test_write_samples_writes_each_file_in_its_encoding(tmp_path, samples):
    paths = write_samples(tmp_path / "reports", tmp_path / "truth")
    assert [p.name for p in paths] == [s.file_name for s in samples]
    for sample in samples:
        data = (tmp_path / "reports" / sample.file_name).read_bytes()
        assert data.decode(sample.encoding) == sample.text
        if sample.encoding == "gb18030":
            with pytest.raises(UnicodeDecodeError):
                data.decode("utf-8")
        truth = json.loads((tmp_path / "truth" / truth_file_name(sample)).read_text(encoding="utf-8"))
        assert truth == sample.truth
        assert truth["source"] == sample.file_name


# ---------------------------------------------------------------- the statutory rules, from the truths


def rule_failures(truth: dict) -> set[tuple[str, str]]:
    failed: set[tuple[str, str]] = set()
    if truth["template"] == "narrative":
        return {("COMPLETENESS", t) for t in ("disclosures", "applications", "reviews")}
    if truth["template"] != "2019":
        return failed
    apps, reviews = truth["applications"], truth["reviews"]
    for c in APPLICANT_KEYS:
        if n(apps["new_received"][c]) + n(apps["carried_over"][c]) != n(apps["results_total"][c]) + n(
            apps["carried_forward"][c]
        ):
            failed.add(("APP_BALANCE", c))
        if sum(n(apps[r][c]) for r in OUTCOMES) != n(apps["results_total"][c]):
            failed.add(("APP_OUTCOME_SUM", c))
    for r in ROWS:
        if sum(n(apps[r][c]) for c in SIX) != n(apps[r]["total"]):
            failed.add(("APP_APPLICANT_SUM", r))
    for p in PROCEEDING_KEYS:
        if sum(n(reviews[p][o]) for o in REVIEW_OUTCOME_KEYS[:-1]) != n(reviews[p]["total"]):
            failed.add(("REVIEW_SUM", p))
    disclosures = {(d["item"], d["metric"]): d["value"] for d in truth["disclosures"]}
    for (item, metric), value in disclosures.items():
        if metric == "current_year_count" and value is not None:
            change = n(value) - n(disclosures[(item, "previous_year_count")])
            if change != n(disclosures[(item, "change")]):
                failed.add(("DISCLOSURE_CHANGE", item))
    counts = [v for (_, m), v in disclosures.items() if m not in ("change", "total_amount_wan_yuan")]
    counts += [v for row in apps.values() for v in row.values()] + [v for p in reviews.values() for v in p.values()]
    if any(v is not None and (v < 0 or v != int(v)) for v in counts):
        failed.add(("NON_NEGATIVE", "report"))
    projects = n(disclosures[("centralized_procurement", "project_count")])
    amount = n(disclosures[("centralized_procurement", "total_amount_wan_yuan")])
    if amount < 0 or (projects == 0 and amount != 0):
        failed.add(("PROCUREMENT_AMOUNT", "centralized_procurement"))
    expected = {
        (item, metric)
        for item, (article, _, templates) in DISCLOSURE_ITEMS.items()
        if "2019" in templates
        for metric in TEMPLATE_DISCLOSURE_COLUMNS["2019"][article]
    }
    if not expected <= set(disclosures):
        failed.add(("COMPLETENESS", "disclosures"))
    if set(apps) != set(ROWS) or any(set(apps[r]) != set(APPLICANT_KEYS) for r in ROWS):
        failed.add(("COMPLETENESS", "applications"))
    if set(reviews) != set(PROCEEDING_KEYS) or any(set(reviews[p]) != set(REVIEW_OUTCOME_KEYS) for p in reviews):
        failed.add(("COMPLETENESS", "reviews"))
    return failed


def carry_failures(samples) -> dict[str, set[tuple[str, str]]]:
    """CARRY_CONTINUITY spans two reports; a break is recorded on the later year's report."""
    by_agency_year = {(s.truth["agency"], s.truth["year"]): s for s in tabled(samples)}
    failures: dict[str, set[tuple[str, str]]] = {}
    for (agency, year), sample in by_agency_year.items():
        before = by_agency_year.get((agency, year - 1))
        if before is None:
            continue
        carried_over = n(sample.truth["applications"]["carried_over"]["total"])
        carried_forward = n(before.truth["applications"]["carried_forward"]["total"])
        if carried_over != carried_forward:
            failures.setdefault(sample.file_name, set()).add(("CARRY_CONTINUITY", "total"))
    return failures


def test_every_truth_keeps_the_rules_except_its_declared_failures(samples):
    carry = carry_failures(samples)
    for sample in samples:
        declared = {tuple(f) for f in sample.truth["expected_rule_failures"]}
        computed = rule_failures(sample.truth) | carry.get(sample.file_name, set())
        assert computed == declared, sample.file_name


def test_exactly_one_report_breaks_app_balance_silently(samples):
    breakers = [s for s in samples if any(f[0] == "APP_BALANCE" for f in s.truth["expected_rule_failures"])]
    assert len(breakers) == 1
    (sample,) = breakers
    assert sorted(f[1] for f in sample.truth["expected_rule_failures"] if f[0] == "APP_BALANCE") == [
        "natural_person",
        "total",
    ]
    apps = sample.truth["applications"]
    gap = n(apps["new_received"]["total"]) + n(apps["carried_over"]["total"]) - n(apps["results_total"]["total"]) - n(
        apps["carried_forward"]["total"]
    )
    assert 1 <= gap <= 5  # off by a few
    assert not re.search(r"不一致|不平衡|差错|有误|勘误|不符", sample.text)  # and it says so nowhere


def test_carry_over_continuity_holds_for_one_pair_and_breaks_for_another(samples):
    by_agency_year = {(s.truth["agency"], s.truth["year"]): s.truth for s in tabled(samples)}
    pairs = [(a, by_agency_year[(a, 2019)], t) for (a, y), t in by_agency_year.items() if y == 2020 and (a, 2019) in by_agency_year]
    assert len(pairs) >= 2
    continuous = [a for a, t19, t20 in pairs
                  if t20["applications"]["carried_over"]["total"] == t19["applications"]["carried_forward"]["total"]
                  and n(t19["applications"]["carried_forward"]["total"]) > 0]
    broken = [a for a, t19, t20 in pairs
              if n(t20["applications"]["carried_over"]["total"]) != n(t19["applications"]["carried_forward"]["total"])]
    assert continuous and len(broken) == 1


# ---------------------------------------------------------------- the truths against the text


def cell_value(text: str):
    text = text.strip()
    return None if text in BLANKS else int(text)


def table_lines(text: str, start: str, end: str) -> list[str]:
    """The lines between the first line that matches `start` and the next that matches `end`."""
    lines = text.split("\n")
    first = next(i for i, line in enumerate(lines) if re.match(start, line))
    last = next(i for i in range(first + 1, len(lines)) if re.match(end, lines[i]))
    return lines[first + 1 : last]


def read_back(sample) -> tuple[list[list], list]:
    """(table 3 rows of 7 values in template order, table 4's 15 values) as the layout lays them out."""
    layout = sample.truth["layout"]
    block3 = table_lines(sample.text, "三、收到和处理政府信息公开申请情况", r"四、.*行政复议")
    block4 = table_lines(sample.text, r"四、.*行政复议", r"五、")
    if layout == "tabs":
        rows = [line.split("\t") for line in block3 if line.strip()][3:]
        values = [[cell_value(c) for c in row[-7:]] for row in rows]
        review = [cell_value(c) for c in next(line for line in block4 if re.match(r"^[\d—/]", line)).split("\t")]
    elif layout == "cells":
        groups, current = [], []
        for line in block3 + [""]:
            if line == "":
                if current:
                    groups.append(current)
                current = []
            else:
                current.append(line.removeprefix("\t"))
        values = [[cell_value(c) for c in group[-7:]] for group in groups[3:]]
        groups4 = [g for g in "\n".join(block4).split("\n\n") if g.strip()]
        review = [cell_value(c) for c in groups4[-1].strip("\n").split("\n")]
    elif layout == "pipes":
        rows = [[c.strip() for c in line.split("|")] for line in block3][3:]
        values = []
        for row in rows:
            while row and row[-1] == "":
                row.pop()
            values.append([cell_value(c) for c in row[-7:]])
        last = [c.strip() for c in block4[-1].split("|")]
        review = [cell_value(c) for c in last[:15]]
    else:
        raise AssertionError(layout)
    return values, review


def test_the_tables_in_the_text_hold_the_truth(samples):
    for sample in tabled(samples):
        values, review = read_back(sample)
        apps = sample.truth["applications"]
        assert values == [[apps[r][c] for c in APPLICANT_KEYS] for r in ROWS], sample.file_name
        reviews = sample.truth["reviews"]
        assert review == [reviews[p][o] for p in PROCEEDING_KEYS for o in REVIEW_OUTCOME_KEYS], sample.file_name
        assert sample.truth["procurement"]["amount_as_written"] in sample.text


def test_the_sentences_agree_with_the_tables(samples):
    for sample in samples:
        stated = [int(x) for x in re.findall(r"共收到政府信息公开申请\s*(\d+)\s*件", sample.text)]
        truth = sample.truth
        if truth["status"] == "quarantined":
            assert stated == []
            continue
        assert stated == [truth["applications"]["new_received"]["total"]], sample.file_name
        for number in re.findall(r"行政复议(?:案件)?(\d+)件", sample.text):
            assert n(number) == n(truth["reviews"]["administrative_review"]["total"]), sample.file_name


def test_the_narrative_report_has_figures_only_in_sentences(samples):
    (sample,) = [s for s in samples if s.truth["status"] == "narrative"]
    assert sample.truth["template"] == "narrative"
    assert "\t" not in sample.text and "|" not in sample.text and "第二十条" not in sample.text
    assert re.search(r"共收到政府信息公开申请3件", sample.text) and re.search(r"行政复议案件1件", sample.text)
    assert sample.truth["applications"] == {"new_received": {"total": 3}}
    assert sample.truth["reviews"] == {"administrative_review": {"total": 1}}


# ---------------------------------------------------------------- coverage of the shapes real reports take


def test_every_layout_and_encoding_is_represented(samples):
    layouts = Counter(s.truth["layout"] for s in samples)
    assert {"tabs", "cells", "pipes"} <= set(layouts) and layouts["narrative"] == 1 and layouts["notice"] == 1
    assert all(layouts[k] >= 2 for k in ("tabs", "cells", "pipes"))
    assert Counter(s.encoding for s in samples)["gb18030"] == 1
    assert {s.encoding for s in samples} == {"utf-8", "gb18030"}
    styles = {s.truth["title_style"] for s in tabled(samples)}
    assert styles == {"above_title", "in_title", "metadata_header"}
    metadata = [s for s in samples if s.truth["title_style"] == "metadata_header"]
    assert all(s.text.startswith("- 索引号:") and "\n- 标题: " in s.text for s in metadata)
    # seed 000: merged-label gaps; seeds 001/004: a tab before every cell; seed 003: padded pipe rows
    tabs = next(s for s in samples if s.truth["layout"] == "tabs")
    assert "\n\t\t2. 其他法律行政法规禁止公开\t" in tabs.text and "\n2. 重复申请\t\t" in tabs.text
    cells = next(s for s in samples if s.truth["layout"] == "cells")
    assert "\n\t一、本年新收政府信息公开申请数量\n\t" in cells.text and "\n\t\n\t（三）不予公开\n" in cells.text
    pipes = next(s for s in samples if s.truth["layout"] == "pipes")
    assert re.search(r"\n第二十条第\(一\)项 \| \|\|\|\|\n", pipes.text)


def test_amounts_spaces_and_blanks_are_represented(samples):
    written = [s.truth["procurement"]["amount_as_written"] for s in tabled(samples)]
    assert any(re.fullmatch(r"\d+\.\d+ 万元", w) for w in written)
    assert any(re.fullmatch(r"\d+\.00元", w) for w in written)
    bare = [s for s in tabled(samples) if s.truth["procurement"]["unit_assumed"]]
    assert len(bare) == 1 and re.fullmatch(r"\d+(\.\d+)?", bare[0].truth["procurement"]["amount_as_written"])
    for sample in tabled(samples):  # amounts are in 万元 in the truth
        amount = next(d["value"] for d in sample.truth["disclosures"] if d["metric"] == "total_amount_wan_yuan")
        assert amount == sample.truth["procurement"]["total_amount_wan_yuan"]
        as_written = sample.truth["procurement"]["amount_as_written"]
        if as_written.endswith("元") and not as_written.endswith("万元"):
            assert Decimal(str(amount)) == Decimal(as_written.removesuffix("元")) / 10000
    assert sum("\u3000" in s.text for s in tabled(samples)) >= 2
    blank_reports = [s for s in tabled(samples)
                     if any(v is None for row in s.truth["applications"].values() for v in row.values())]
    assert len(blank_reports) == 1
    (blank,) = blank_reports
    assert "\t/" in blank.text and "—" in blank.text and "\t\t" in blank.text
    assert all(v is not None for s in tabled(samples) if s is not blank
               for row in s.truth["applications"].values() for v in row.values())


def test_agencies_years_and_the_odd_file(samples):
    reports = tabled(samples)
    assert all(s.truth["template"] == "2019" and s.truth["year"] in (2019, 2020) for s in reports)
    assert len({s.truth["agency"] for s in reports}) >= 6
    pairs = Counter(s.truth["agency"] for s in reports)
    assert sum(1 for count in pairs.values() if count == 2) >= 2
    for sample in reports:
        assert sample.truth["agency"] in sample.text.split("\n\n", 3)[0] + sample.text[:400]
        assert f"{sample.truth['year']}" in sample.text[:400]
        assert sample.text.index("一、总体情况") < sample.text.index("二、主动公开") < sample.text.index("五、")
        assert "六、其他需要报告的事项" in sample.text
    (notice,) = [s for s in samples if s.truth["status"] == "quarantined"]
    assert notice.file_name == "会议通知.txt"
    assert notice.truth["agency"] is None and notice.truth["applications"] == {} and "年度报告\n" not in notice.text
