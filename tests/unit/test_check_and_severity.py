"""`gdw check` on report files, CARRY_CONTINUITY across two of them, and how a rule's catalogue
severity decides the severity of its Dagster check."""

from __future__ import annotations

import dagster as dg

from orchestration.core.cli import main
from orchestration.core.rules import FAILED, PASSED, carry_continuity
from orchestration.defs.quality import check_result, rule_severities
from orchestration.parsing.parse import parse_file
from orchestration.quality.gx_adapter import ExpectationOutcome, SuiteOutcome
from tests.rule_reports import RULES, Report


def write(tmp_path, name: str, report: Report):
    path = tmp_path / name
    path.write_text(report.text(), encoding="utf-8")
    return path


def test_carry_continuity_of_two_reports(tmp_path):
    previous = parse_file(str(write(tmp_path, "a.txt", Report("山东省威海市民政局", 2019, forward=4))))
    kept = parse_file(str(write(tmp_path, "b.txt", Report("威海市民政局", 2020, carried_over=4))))
    broken = parse_file(str(write(tmp_path, "c.txt", Report("威海市民政局", 2020, carried_over=1))))
    assert carry_continuity(kept, previous).status == PASSED
    result = carry_continuity(broken, previous)
    assert (result.status, result.expected, result.actual) == (FAILED, 4, 1)


def test_gdw_check_prints_every_rule_and_carry_over_across_files(tmp_path, capsys):
    first = write(tmp_path, "2019.txt", Report("山东省威海市民政局", 2019, forward=4))
    second = write(tmp_path, "2020.txt", Report("威海市民政局", 2020, carried_over=1))
    assert main(["check", str(first), str(second)]) == 0
    out = capsys.readouterr().out
    later = out[out.index("2020.txt:"):]
    assert "failed         CARRY_CONTINUITY report" in later and "expected 4  actual 1" in later
    assert f"CARRY_CONTINUITY against {first}" in later
    assert "needs the same agency's 2018 report" in out[: out.index("2020.txt:")]
    per_report = [r for r in RULES if r != "CARRY_CONTINUITY"]
    assert all(rule in later for rule in per_report)
    assert main(["check", "--failed", str(second)]) == 0
    out = capsys.readouterr().out
    assert "passed" not in out.split("\n", 1)[1].rsplit("\n", 2)[0]  # only the findings and the summary


def outcome(rule_id: str) -> SuiteOutcome:
    failed = ExpectationOutcome("expect_column_pair_values_to_be_equal", "column_A=expected", ["expected", "actual"],
                                "warning", False, 1, ["r1"], rule_id=rule_id)
    return SuiteOutcome("app_balance", "fct_applications", "statutory", rule_id, "", False, 3, "warning", [failed],
                        ["r1"], [{"report_id": "r1", "scope": "total", "expected": 2, "actual": 3}])


def test_every_rule_is_catalogued_with_a_severity():
    assert set(rule_severities()) == set(RULES)
    assert set(rule_severities().values()) <= {"warning", "error"}


def test_a_failed_statutory_check_has_its_rules_catalogue_severity():
    warned = check_result(outcome("APP_BALANCE"), {"r1"}, severities={"APP_BALANCE": "warning"})
    assert not warned.passed and warned.severity == dg.AssetCheckSeverity.WARN
    assert warned.metadata["rule_severity"].value == "warning"
    raised = check_result(outcome("APP_BALANCE"), {"r1"}, severities={"APP_BALANCE": "error"})
    assert raised.severity == dg.AssetCheckSeverity.ERROR
    disagree = check_result(outcome("APP_BALANCE"), {"r2"}, severities={"APP_BALANCE": "warning"})
    assert disagree.severity == dg.AssetCheckSeverity.ERROR  # two implementations disagree: a bug
