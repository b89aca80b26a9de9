"""Staging: the tables dbt reads, chosen from the parse cache by dbt models, one report year at a time.

The selection is SQL in dbt (dbt_project/models/staging/selection): only hashes present in the
landing folder now are staged, under the path they have now; a file whose content duplicates
another's goes to quarantine saying which file it repeats; a report of a year outside the season
is quarantined with that reason; every landed file ends up in exactly one of `staging.reports` and
`staging.quarantine`.

The report tables (reports and its facts, tag `staging_year`) are incremental per report year: this
module's dbt step, partitioned by year, deletes the years whose inputs changed and inserts them
again, and leaves the other years alone; when no year of the run changed it starts no dbt at all
(core/staging_state.py: `staging.staged_years` records what each year was staged from, and when).
`staging.quarantine` is rebuilt whole by the warehouse models' step (a file whose year cannot be
read belongs to no partition and must still be listed).
"""

import json

import dagster as dg
from dagster_dbt import DbtCliResource, DbtProject, dbt_assets
from dagster_duckdb import DuckDBResource

from orchestration.core.staging_schema import STAGING_SCHEMA
from orchestration.core.staging_state import (
    changed_years,
    models_fingerprint,
    read_current,
    read_recorded,
    record_staged,
)

from .partitions import YEAR_BACKFILL, SeasonYears, years_of_run
from .warehouse import STAGING_YEAR_TAG, TRANSLATOR, build_with_dbt


def staging_key(table: str) -> dg.AssetKey:
    return dg.AssetKey([STAGING_SCHEMA, table])


QUARANTINE_KEY = staging_key("quarantine")


def build_staging_models(partitions: dg.PartitionsDefinition, project: DbtProject) -> dg.AssetsDefinition:
    """The staged report tables as dbt assets partitioned by `partitions` (the report years of the
    Settings); their own dbt invocation, before the warehouse models that read them, for the
    run's years whose inputs changed since they were last staged."""
    manifest = json.loads(project.manifest_path.read_text())
    tables = sorted(node["alias"] for node in manifest["nodes"].values() if STAGING_YEAR_TAG in node.get("tags", []))

    @dbt_assets(manifest=project.manifest_path, dagster_dbt_translator=TRANSLATOR, project=project,
                select=f"tag:{STAGING_YEAR_TAG}", name="staging_models", partitions_def=partitions,
                backfill_policy=YEAR_BACKFILL, pool="duckdb_write")
    def staging_models(context: dg.AssetExecutionContext, dbt: DbtCliResource, warehouse: DuckDBResource,
                       season: SeasonYears):
        years = years_of_run(context) or season.years
        models = models_fingerprint(manifest, STAGING_YEAR_TAG, season.years)
        with warehouse.get_connection() as con:
            current = read_current(con, years)
            changed = changed_years(years, current, read_recorded(con, tables), models)
        if not changed:
            context.log.info(f"staging unchanged for {years[0]}–{years[-1]}: no report of these years changed "
                             "since they were staged (staging.staged_years); dbt not started")
            for name in _in_dependency_order(context):
                yield dg.Output(None, output_name=name, metadata={"staged_years": dg.MetadataValue.json([])})
            return
        context.log.info(f"staging the years whose reports changed: {changed}")
        for event in build_with_dbt(context, dbt, warehouse, changed, season):
            if isinstance(event, dg.Output):
                event = event.with_metadata({**event.metadata, "staged_years": dg.MetadataValue.json(changed)})
            yield event
        with warehouse.get_connection() as con:
            record_staged(con, changed, current, models, context.run.run_id)

    return staging_models


def _in_dependency_order(context: dg.AssetExecutionContext) -> list[str]:
    """The step's outputs, each after the outputs it depends on (Dagster wants them so)."""
    key_of = {name: context.asset_key_for_output(name) for name in context.selected_output_names}
    deps = context.assets_def.asset_deps
    ordered: list[str] = []
    while len(ordered) < len(key_of):
        done = {key_of[name] for name in ordered}
        ordered += [name for name, key in sorted(key_of.items()) if name not in ordered
                    and all(dep in done or dep not in key_of.values() for dep in deps.get(key, ()))]
    return ordered
