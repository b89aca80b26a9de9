"""The five real reports of ../shared/seeds, read as a person reading them would."""

from __future__ import annotations

from orchestration.core.rules import evaluate
from orchestration.parsing.parse import parse_file
from tests.conftest import seed


def disclosure(record: dict, item: str, metric: str):
    values = [d["value"] for d in record["disclosures"] if d["item"] == item and d["metric"] == metric]
    assert len(values) == 1, (item, metric, values)
    return values[0]


def results(report) -> dict[tuple[str, str], str]:
    return {(r.rule_id, r.scope): r.status for r in evaluate(report)}


def test_liaocheng_2020_tab_layout_with_magazine_page():
    report = parse_file(seed("000"))
    record = report.to_dict()
    assert (record["agency"], record["year"], record["template"], record["status"]) == ("聊城市民政局", 2020, "2019", "parsed")
    # 6 applications, all from natural persons, all granted
    assert record["applications"]["new_received"]["natural_person"] == 6
    assert record["applications"]["new_received"]["total"] == 6
    assert record["applications"]["new_received"]["commercial_enterprise"] is None  # blank, not invented
    assert record["applications"]["granted"]["total"] == 6
    assert record["applications"]["results_total"]["natural_person"] == 6
    # 其他对外管理服务事项 went from 92 to 7 (−85) with 45 decisions
    assert disclosure(record, "other_management_services", "previous_year_count") == 92
    assert disclosure(record, "other_management_services", "current_year_count") == 7
    assert disclosure(record, "other_management_services", "change") == -85
    assert disclosure(record, "other_management_services", "decisions") == 45
    assert disclosure(record, "centralized_procurement", "project_count") == 11
    assert disclosure(record, "centralized_procurement", "total_amount_wan_yuan") == 434.936
    assert record["reviews"]["administrative_review"] == {"upheld": 0, "corrected": 0, "other": 0, "pending": 0, "total": 0}
    assert record["unknown_cells"] == []
    # the line of a value points into the source text
    line = next(d["line"] for d in record["disclosures"] if d["item"] == "other_management_services")
    assert "其他对外管理服务事项" in seed("000").read_text(encoding="utf-8").split("\n")[line - 1]
    statuses = results(report)
    assert statuses[("APP_BALANCE", "natural_person")] == "passed"
    assert statuses[("DISCLOSURE_CHANGE", "other_management_services")] == "passed"
    assert "failed" not in statuses.values()


def test_gaoqing_2020_lost_total_is_unknown_and_not_evaluable():
    report = parse_file(seed("001"))
    record = report.to_dict()
    assert (record["agency"], record["year"], record["status"]) == ("高青县民政局", 2020, "partial")
    assert record["applications"]["granted"]["natural_person"] == 2
    assert record["applications"]["granted"]["total"] is None
    assert record["unknown_cells"] == [["granted", "total"]]
    short = [w for w in record["warnings"] if w["code"] == "short_row"]
    assert len(short) == 1 and "granted" in short[0]["message"]
    assert disclosure(record, "other_management_services", "decisions") == 2186
    assert disclosure(record, "centralized_procurement", "total_amount_wan_yuan") == 38.244
    statuses = results(report)
    assert statuses[("APP_OUTCOME_SUM", "total")] == "not_evaluable"
    assert statuses[("APP_APPLICANT_SUM", "granted")] == "not_evaluable"
    assert statuses[("APP_OUTCOME_SUM", "natural_person")] == "passed"
    assert statuses[("APP_BALANCE", "total")] == "passed"  # needs no granted cell


def test_puyang_2020_has_no_tables_and_figures_come_from_sentences():
    report = parse_file(seed("002"))
    record = report.to_dict()
    assert record["agency"] == "濮阳市民政局"  # the title writes 濮濮阳市民政局
    assert any(w["code"] == "agency_name_repaired" for w in record["warnings"])
    assert (record["year"], record["template"], record["status"]) == (2020, "narrative", "narrative")
    assert record["applications"] == {"new_received": {"total": 2}}
    assert record["reviews"] == {"administrative_review": {"total": 1}}
    assert {c["state"] for c in record["cells"]} == {"narrative"}
    assert record["disclosures"] == []


def test_tianshui_2019_metadata_header_pipe_rows_and_truncated_header():
    report = parse_file(seed("003"))
    record = report.to_dict()
    # the metadata says 发布时间: 2020-08-14; the report is for 2019
    assert (record["agency"], record["year"], record["template"]) == ("天水市民政局", 2019, "2019")
    # the 20(1) header reads `本年新 | 本年新`: columns come from the template, with a warning
    assert disclosure(record, "regulations", "new_made") == 0
    assert any(w["code"] == "header_incomplete" for w in record["warnings"])
    assert disclosure(record, "administrative_licensing", "change") == 2  # written `+2`
    assert disclosure(record, "administrative_licensing", "decisions") == 17
    assert disclosure(record, "administrative_penalty", "change") == -3
    assert disclosure(record, "centralized_procurement", "total_amount_wan_yuan") == 5.02
    # 20(8) row printed with no figures at all: blank, not zero and not unknown
    fees = [d for d in record["disclosures"] if d["item"] == "administrative_fees"]
    assert {d["cell_state"] for d in fees} == {"blank"} and {d["value"] for d in fees} == {None}
    # table 3 rows carry a single figure: it is read, the rest is unknown, never guessed
    assert record["applications"]["new_received"]["natural_person"] == 0
    assert ["new_received", "total"] in record["unknown_cells"]
    assert record["status"] == "partial"


def test_xianan_2020_amount_in_yuan_and_header_broken_over_lines():
    report = parse_file(seed("004"))
    record = report.to_dict()
    assert (record["agency"], record["year"], record["status"]) == ("咸宁市咸安区民政局", 2020, "parsed")
    assert disclosure(record, "centralized_procurement", "project_count") == 41
    assert disclosure(record, "centralized_procurement", "total_amount_wan_yuan") == 537  # 5370000.00元
    assert disclosure(record, "regulations", "new_made") == 0
    assert disclosure(record, "other_management_services", "previous_year_count") == 8088
    assert all(v == 0 for v in record["applications"]["results_total"].values())
    assert record["warnings"] == []
