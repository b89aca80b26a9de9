"""A report whose tables are readable and which names no agency is loaded, through dbt and the
gates, as an agency of its own: never quarantined, never one shared 'unknown' agency."""

from __future__ import annotations

import pytest

from tests.integration.conftest import NAMED, NAMELESS

pytestmark = pytest.mark.integration


def test_reports_without_an_agency_are_each_an_agency_of_their_own(untidy_warehouse):
    # two reports naming no agency, of 2020 and 2021, and the 2020 one naming 测试市民政局 (conftest)
    built = untidy_warehouse.built
    assert built.result.success  # dbt tests and blocking gates included
    files = [NAMED, *NAMELESS]
    listed = ", ".join("?" for _ in files)
    assert built.query(f"SELECT count(*) FROM fct_quarantine WHERE file_name IN ({listed})", files) == [(0,)]
    reports = built.query("SELECT file_name, report_id, agency_id, agency_name FROM dim_report "
                          f"WHERE file_name IN ({listed}) ORDER BY file_name", files)
    assert [(f, a) for f, _, _, a in reports] == [("named.txt", "测试市民政局"), ("report_2020.txt", None),
                                                  ("report_2021.txt", None)]
    unknown = {agency for f, rid, agency, _ in reports if f.startswith("report_")}
    assert unknown == {f"unknown-{rid}" for f, rid, _, _ in reports if f.startswith("report_")}
    # every agency of the warehouse that has no name is one of these reports, alone
    agencies = built.query("SELECT agency_id, agency_name, report_count, placement_reason FROM dim_agency "
                           "WHERE agency_name IS NULL ORDER BY agency_id")
    assert {a for a, *_ in agencies} == unknown and all(count == 1 for _, _, count, _ in agencies)
    assert all("names no agency" in reason for *_, reason in agencies)
    carry = built.query("SELECT status FROM fct_rule_results WHERE rule_id = 'CARRY_CONTINUITY' "
                        "AND agency_id LIKE 'unknown-%'")
    assert all(status != "passed" and status != "failed" for (status,) in carry)
    applications = built.query("SELECT count(*) FROM fct_applications WHERE agency_id LIKE 'unknown-%' "
                               "AND row = 'new_received' AND applicant = 'total' AND applications = 4")
    assert applications == [(2,)]
