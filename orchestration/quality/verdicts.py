"""A GX gate's verdict per report year, so a run validates only the years whose data changed and
carries the verdicts of the others over (orchestration/defs/quality.py records and reads them in
the warehouse's `gdw_state`, orchestration/core/warehouse_state.py).

A year's verdict is tied to the fingerprint of what the suite saw: the suite itself and the data
the year models of that year, and of the year before (CARRY_CONTINUITY compares the two), were
built from. Plain functions; no Dagster, no GX.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Mapping

from orchestration.core.warehouse_state import EMPTY_YEAR, changed_years, digest, rows_digest

from .gx_adapter import SEVERITY_RANK, SuiteOutcome, frame_sql


def validates_by_year(suite: dict) -> bool:
    """Whether a suite's verdicts can be kept per year: it reads the year models (fct_*, the rule
    tables) filtered by report year. A suite on dim_report reads the landing scan too, which any
    run may change, so it is validated whole in every run."""
    meta = suite["meta"]
    return bool(meta.get("partition_column")) and str(meta["asset"]).startswith("fct_")


def reads_previous_year(suite: dict, cross_year_tables: Iterable[str]) -> bool:
    """Whether the suite's frame reads one of the tables whose rows of year Y compare Y with Y-1
    (CARRY_CONTINUITY's: the dbt models whose meta says `reads_year_before`,
    orchestration/defs/warehouse.py `reading_year_before`): its verdict rests on the year before too."""
    return any(re.search(rf"\b{re.escape(table)}\b", suite["meta"]["frame_sql"]) for table in cross_year_tables)


def verdict_fingerprints(suite: dict, years: Iterable[int], builds: Mapping[int, str],
                         cross_year_tables: Iterable[str]) -> dict[int, str]:
    """year -> what the suite's verdict on it rests on: the suite, and the recorded build of the
    year (and of the year before, for a suite reading results that compare the two)."""
    definition = json.dumps(suite, sort_keys=True, ensure_ascii=False)
    previous = reads_previous_year(suite, cross_year_tables)
    return {year: digest(definition, builds.get(year, EMPTY_YEAR),
                         builds.get(year - 1, EMPTY_YEAR) if previous else "")
            for year in years}


def years_to_validate(current: Mapping[int, str], recorded: Mapping[int, dict]) -> list[int]:
    """The years whose recorded verdict is missing or rests on other data."""
    return changed_years(current, {year: verdict["fingerprint"] for year, verdict in recorded.items()})


def verdicts_by_year(outcome: SuiteOutcome, validated: Iterable[int], year_of_report: Mapping[str, int],
                     fingerprints: Mapping[int, str]) -> dict[int, dict]:
    """The outcome of one validation of `validated` years, as a verdict per year: a year fails
    when one of its reports fails. A failure that names no report of a known year (a broken
    expectation, a row without a report) fails every year validated: it is not proven to spare any."""
    validated = sorted(validated)
    failing: dict[int, set[str]] = {year: set() for year in validated}
    unplaced = not outcome.success and not outcome.failing_report_ids
    for report_id in outcome.failing_report_ids:
        year = year_of_report.get(report_id)
        if year in failing:
            failing[year].add(report_id)
        else:
            unplaced = True
    verdicts = {}
    for year in validated:
        failed = bool(failing[year]) or unplaced
        verdicts[year] = {"fingerprint": fingerprints[year], "passed": not failed,
                          "severity": outcome.worst_failed_severity if failed else None,
                          "failing_reports": len(failing[year])}
    return verdicts


def carried_over(recorded: Mapping[int, dict], years: Iterable[int]) -> dict:
    """What the recorded verdicts of `years` say together: passed, the worst severity, the failing
    reports, the years that failed, and when the oldest of them was validated."""
    chosen = [recorded[year] for year in sorted(years)]
    severities = [v["severity"] for v in chosen if not v["passed"] and v["severity"]]
    return {
        "passed": all(v["passed"] for v in chosen),
        "worst_severity": max(severities, key=lambda s: SEVERITY_RANK.get(s, 3)) if severities else None,
        "failing_reports": sum(int(v["failing_reports"]) for v in chosen),
        "failed_years": sorted(year for year in years if not recorded[year]["passed"]),
        "oldest_validation": min((v["validated_at"] for v in chosen), default=None),
    }


def frame_fingerprint(con, suite: dict, years: Iterable[int] | None) -> str:
    """The suite, and the digest of the rows of its frame for these years (None: every year)."""
    rows = con.execute(f"SELECT {rows_digest('f')} FROM (\n{frame_sql(suite, years)}\n) AS f").fetchall()[0][0]
    return digest(json.dumps(suite, sort_keys=True, ensure_ascii=False), rows or EMPTY_YEAR)
