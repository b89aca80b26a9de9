"""Report-year partitions: one partition per report year, never one per report.

What is partitioned and why:
- landing/raw_reports and parsing/parsed_reports are NOT partitioned: the scan is cheap and the
  parse cache is keyed by content hash, so an unchanged file is never parsed again whichever year
  a run is for; a file's year is only known once it is read, so they cannot be split by year first.
- staging/* (except quarantine), the fct_* marts and quality/rule_findings ARE partitioned: a run
  for year Y deletes Y's rows and inserts them again (idempotent), other years are left alone.
- staging/quarantine, fct_quarantine and the small dims (dim_report, dim_agency, dim_rule, the stg_
  views) rebuild fully in every run: a quarantined file may have no year, and must still land.

How a new asset joins the partitioned graph: if its rows carry `report_year`, build it in a
function of the partitions (`build_...(partitions)`, called by `build_definitions` with
`report_years_partitions(settings...)`), give it `partitions_def=partitions,
backfill_policy=YEAR_BACKFILL` and write only `years_of_run(context)` (delete those years, insert
them); `None` there means every year. The years of the settings reach run time through the
`season` resource (`SeasonYears`).
A new dbt model is partitioned by adding the tag `report_year` and the incremental config of
fct_applications.sql; without the tag it is rebuilt fully in every run (the right thing for a dim).
A model downstream of a tagged one (an analysis mart on the fct_ marts) belongs to the year
assets' dbt invocation (selection `tag:report_year+`), so each run needs one dbt invocation for
the dims and one for the years, never more; it is rebuilt whole unless it is tagged itself.
Of a run's years, the year models rebuild only those whose data changed since their last build,
and the gates validate only those (`orchestration/core/warehouse_state.py`, schema `gdw_state`).
"""

from __future__ import annotations

import dagster as dg

from orchestration.core.seasons import report_years


def report_years_partitions(first: int, last: int) -> dg.StaticPartitionsDefinition:
    """One partition per report year, `first`..`last` (Settings.first_report_year/last_report_year).

    Static, not dynamic: every year exists from the start, so a backfill of every year works from
    an empty instance, from the UI and the command line, without waiting for a sensor to add it.
    Built by `build_definitions` from the Settings it is given, never at import."""
    return dg.StaticPartitionsDefinition([str(year) for year in report_years(first, last)])


class SeasonYears(dg.ConfigurableResource):
    """The report years the warehouse holds (from Settings), for the steps, the sensor and the
    schedules that need them at run time: a report of another year is quarantined."""

    first: int
    last: int

    @property
    def years(self) -> list[int]:
        return report_years(self.first, self.last)


# A backfill of many years runs as one run: the fixed cost (dbt start-up, checks) is paid once,
# and the delete+insert of each table covers the range in one statement.
YEAR_BACKFILL = dg.BackfillPolicy.single_run()

# The dbt models partitioned by year carry this tag (dbt_project/models/marts/fct_*.sql).
DBT_YEAR_TAG = "report_year"


def years_of_run(context) -> list[int] | None:
    """The report years a run (or a step of it) is for; None for a run that is not partitioned.

    Reads the run's tags, so it also works in steps of unpartitioned assets and in asset checks
    that run inside a partitioned run. Partition keys are consecutive years, so a range is the
    years from its start to its end."""
    tags = context.run.tags
    if tags.get("dagster/partition"):
        return [int(tags["dagster/partition"])]
    start, end = tags.get("dagster/asset_partition_range_start"), tags.get("dagster/asset_partition_range_end")
    if start and end:
        return report_years(int(start), int(end))
    return None


def all_years_tags(years: list[int]) -> dict[str, str]:
    """Run tags for one run over every report year (what `make run` launches)."""
    return {"dagster/asset_partition_range_start": str(min(years)),
            "dagster/asset_partition_range_end": str(max(years))}


def years_sql(years: list[int] | None, column: str = "report_year") -> str:
    """A SQL predicate on `column` for these years; TRUE for every year."""
    if years is None:
        return "TRUE"
    return f"{column} IN ({', '.join(str(int(y)) for y in years)})" if years else "FALSE"
