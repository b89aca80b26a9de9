"""Staging: the tables dbt reads, chosen from the parse cache by dbt models, one report year at a time.

The selection is SQL in dbt (dbt_project/models/staging/selection): only hashes present in the
landing folder now are staged, under the path they have now; a file whose content duplicates
another's goes to quarantine saying which file it repeats; a report of a year outside the season
is quarantined with that reason; every landed file ends up in exactly one of `staging.reports` and
`staging.quarantine`.

The report tables (reports and its facts, tag `staging_year`) are incremental per report year: this
module's dbt step, partitioned by year, deletes the run's years and inserts them again, and leaves
the other years alone. `staging.quarantine` is rebuilt whole by the warehouse models' step (a file
whose year cannot be read belongs to no partition and must still be listed).
"""

import dagster as dg
from dagster_dbt import DbtProject

from orchestration.core.staging_schema import STAGING_SCHEMA

from .warehouse import STAGING_YEAR_TAG, dbt_step


def staging_key(table: str) -> dg.AssetKey:
    return dg.AssetKey([STAGING_SCHEMA, table])


QUARANTINE_KEY = staging_key("quarantine")


def build_staging_models(partitions: dg.PartitionsDefinition, project: DbtProject) -> dg.AssetsDefinition:
    """The staged report tables as dbt assets partitioned by `partitions` (the report years of the
    Settings); their own dbt invocation, before the warehouse models that read them."""
    return dbt_step(project, "staging_models", select=f"tag:{STAGING_YEAR_TAG}", partitions=partitions)
