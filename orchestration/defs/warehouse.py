"""Warehouse: the dbt project as Dagster assets; dbt tests show as asset checks.

Three sets of dbt assets from one project, three dbt invocations in a run:
1. the staging selection by year (tag `staging_year`, orchestration/defs/staging.py), partitioned;
2. every model that is neither (stg_ views, dims, staging.quarantine, fct_quarantine, the rule
   seed): small, rebuilt whole in every run; the tests on the stg_ views read only the years whose
   staged reports changed since they last passed;
3. the models tagged `report_year` (the fct_ marts, incremental on report_year: the pre-hook deletes
   the run's years, the rows are appended),
   partitioned by report year, rebuilding only the years of the run whose reports changed since
   their last build (orchestration/core/warehouse_state.py), and no dbt at all when none did; the
   rule tables and fct_rule_results are incremental by year too (with each year's next year, for
   CARRY_CONTINUITY), and so are the analysis marts, which run in the same invocation, after them.
"""


import json
import time
from collections.abc import Mapping
from datetime import timedelta
from graphlib import TopologicalSorter
from pathlib import Path
from typing import Any

import dagster as dg
from dagster_dbt import (
    DagsterDbtTranslator,
    DagsterDbtTranslatorSettings,
    DbtCliResource,
    DbtProject,
    dbt_assets,
)
from dagster_duckdb import DuckDBResource

from orchestration.core.dbt_parse_state import WAREHOUSE_DBT_TARGET, seed_parse_state
from orchestration.core.staging_schema import STAGING_SCHEMA
from orchestration.core.warehouse_state import (
    WHOLE_TEST_RESULTS,
    changed_years,
    forget_builds,
    record_builds,
    record_staged_tests,
    record_table_builds,
    record_test_results,
    record_whole_build,
    recorded_builds,
    recorded_staged_tests,
    recorded_test_results,
    recorded_whole_build,
    staged_fingerprints,
    whole_models_fingerprint,
    year_fingerprints,
)
from orchestration.quality import gx_adapter
from orchestration.settings import DBT_PROJECT_DIR

from .partitions import DBT_YEAR_TAG, YEAR_BACKFILL, SeasonYears, years_of_run, years_sql
from .resources import environ_set

# The staging selection models (dbt_project/models/staging/selection): tables of the schema
# `staging`, keyed staging/<table> as the Python staging assets that wrote them before were.
STAGING_SELECTION_TAG = "staging_selection"
# Those of them partitioned by report year: their own dbt step (orchestration/defs/staging.py).
STAGING_YEAR_TAG = "staging_year"

# The marts BI reads: refreshed daily in the season (daily schedule), weekly outside it. WARN when
# a day's refresh was missed, FAIL when even the weekly one was.
MART_FRESHNESS = dg.FreshnessPolicy.time_window(fail_window=timedelta(days=8), warn_window=timedelta(hours=26))


class WarehouseTranslator(DagsterDbtTranslator):
    """dbt models and seeds form the `warehouse` group, the staging selection the `staging` group
    (keys staging/<table>); sources keep the keys of the assets that write them
    (`meta.dagster.asset_key` in _sources.yml). The marts carry a freshness policy."""

    def get_asset_key(self, dbt_resource_props: Mapping[str, Any]) -> dg.AssetKey:
        if STAGING_SELECTION_TAG in dbt_resource_props.get("tags", []):
            return dg.AssetKey([STAGING_SCHEMA, dbt_resource_props["alias"]])
        return super().get_asset_key(dbt_resource_props)

    def get_group_name(self, dbt_resource_props: Mapping[str, Any]) -> str | None:
        if dbt_resource_props["resource_type"] == "source" or STAGING_SELECTION_TAG in dbt_resource_props.get("tags", []):
            return "staging"
        return "warehouse"

    def get_asset_spec(self, manifest: Mapping[str, Any], unique_id: str, project) -> dg.AssetSpec:
        spec = super().get_asset_spec(manifest, unique_id, project)
        props = self.get_resource_props(manifest, unique_id)
        if props["resource_type"] == "model" and props["name"].startswith(("fct_", "dim_", "mart_")):
            spec = spec.replace_attributes(freshness_policy=MART_FRESHNESS)
        return spec


# The parse cache's tables are one asset (parsing/parsed_reports), the landing scan's two another
# (landing/raw_reports): several dbt sources share each key.
TRANSLATOR = WarehouseTranslator(settings=DagsterDbtTranslatorSettings(enable_asset_checks=True,
                                                                       enable_duplicate_source_asset_keys=True))


# dbt reads the run's years and the season's from these variables (dbt_project/macros/report_years.sql).
# Environment variables, not `--vars`: changed vars make dbt re-parse the whole project, while a
# changed env_var() only re-parses the few files that read it.
DBT_YEARS_ENV = "GDW_DBT_REPORT_YEARS"
DBT_SEASON_ENV = "GDW_DBT_SEASON"


# dbt's own log file (dbt.log in the warehouse's dbt target folder) keeps warnings and errors only.
# At its default, debug, dbt writes ~20 JSON lines per node (each query's SQL, each connection):
# ~12% of the CPU of an invocation, for lines nobody reads; Dagster's event log already holds
# every node's start, result and message from dbt's standard output, and the compiled SQL of each
# node stays in the target folder.
DBT_LOG_FILE_LEVEL = "warn"


def dbt_build_args(full_refresh: bool = False) -> list[str]:
    """The dbt command a warehouse asset runs (pure, so it can be tested). Without dbt's JSON
    artifacts: nothing reads the manifest and run results of a run's invocation (Dagster takes dbt's
    events from its log), and dbt would serialise its 1.5 MB manifest twice per invocation. dbt still
    keeps its partial-parse state."""
    return ["build", "--no-write-json", "--log-level-file", DBT_LOG_FILE_LEVEL,
            *(["--full-refresh"] if full_refresh else [])]


def _years_value(years: list[int] | None) -> str:
    return "all" if years is None else json.dumps(sorted(int(y) for y in years))


# Which tests dbt adds to a step's models (dbt's --indirect-selection, read from this variable by
# dagster-dbt and by dbt). dbt's default, eager, adds every test touching a selected model: when a
# person materialises a few assets (the UI's subset), dagster-dbt selects those models by name, and
# eager also runs the tests of models left out that point at them (fct_applications' report_id in
# dim_report), which then fail on a table never built. `buildable` adds a test only when every model
# it reads is selected or built before a selected one (a fact's test against dim_report, which the
# fact is built from, still runs). A whole run's steps select with `fqn:*` / `tag:report_year+`,
# which take every test directly: the same tests, each once, in any mode.
DBT_INDIRECT_SELECTION_ENV = "DBT_INDIRECT_SELECTION"
DBT_INDIRECT_SELECTION = "buildable"


def dbt_build_env(report_years: list[int] | None = None, season: list[int] | None = None) -> dict[str, str]:
    """The environment of that dbt command (pure), the one place a run's partition reaches dbt:
    with report years, the models partitioned by year replace only those years' rows; with the
    season's years, a report of another year is quarantined. `all` means every year. The tests of a
    subset are those its models can run (DBT_INDIRECT_SELECTION)."""
    return {DBT_YEARS_ENV: _years_value(report_years), DBT_SEASON_ENV: _years_value(season),
            DBT_INDIRECT_SELECTION_ENV: DBT_INDIRECT_SELECTION}


def build_with_dbt(context: dg.AssetExecutionContext, dbt: DbtCliResource, warehouse: DuckDBResource,
                   years: list[int] | None, season: SeasonYears, count_years: bool = True):
    """The body of every dbt asset: `dbt build` of its selection for these report years (None:
    every year), then each table's row counts on its materialization (and, with `count_years`,
    its rows of these years)."""
    # dbt's own row-count fetcher opens DuckDB in this process and keeps it open, which then
    # locks out every other connection; so the events are held until dbt has exited, and the
    # rows are counted with one short-lived connection.
    started = time.perf_counter()
    # One dbt target folder per warehouse, kept between runs: dbt's partial-parse state there
    # matches this warehouse's profile (its path), so dbt re-parses only what changed instead of
    # the whole project (~2-3 s per invocation); a new folder starts from `make manifest`'s state.
    target = Path(warehouse.database).parent / WAREHOUSE_DBT_TARGET
    seed_parse_state(target)
    with environ_set(dbt_build_env(years, season.years)):
        invocation = dbt.cli(dbt_build_args(), context=context, target_path=target)
    events = list(invocation.stream())
    seconds = round(time.perf_counter() - started, 3)
    outputs = [e for e in events if isinstance(e, dg.Output)]
    counts: dict[str, dict[str, dg.MetadataValue]] = {}
    with warehouse.get_connection() as con:
        existing = set(con.execute(
            "SELECT table_schema, table_name FROM information_schema.tables").fetchall())
        with_year = set(con.execute(
            "SELECT table_schema, table_name FROM information_schema.columns WHERE column_name = 'report_year'").fetchall())
        for event in outputs:
            relation = _relation(context.asset_key_for_output(event.output_name).path)
            if relation not in existing:
                continue
            qualified = f'{relation[0]}."{relation[1]}"'
            total = con.execute(f"SELECT count(*) FROM {qualified}").fetchall()[0][0]
            extra = {"dagster/row_count": dg.MetadataValue.int(int(total)),
                     "dbt_build_seconds": dg.MetadataValue.float(seconds)}
            if count_years and years is not None and relation in with_year:
                in_years = con.execute(f"SELECT count(*) FROM {qualified} WHERE {years_sql(years)}").fetchall()[0][0]
                extra["rows_in_report_years"] = dg.MetadataValue.int(int(in_years))
                extra["report_years"] = dg.MetadataValue.json(years)
            counts[event.output_name] = extra
    for event in events:
        if isinstance(event, dg.Output) and event.output_name in counts:
            event = event.with_metadata({**event.metadata, **counts[event.output_name]})
        yield event


def reading_year_before(manifest: Mapping[str, Any]) -> set[str]:
    """The models whose rows of year Y compare Y with Y-1 (CARRY_CONTINUITY's), so that a run for
    year Y rebuilds their rows of Y+1 too (pure, over the dbt manifest): their meta says
    `reads_year_before`, the one place this is written (dbt_project/macros/report_years.sql reads
    it for their pre-hook and tests; the publish and the GX gates through this function)."""
    return {node["alias"] for node in manifest["nodes"].values()
            if node["resource_type"] == "model" and (node["config"].get("meta") or {}).get("reads_year_before")}


# A year model whose absence means the recorded builds describe tables that are gone.
YEAR_MODEL_RELATIONS = (("main", "fct_rule_results"), ("main_rules", "int_carry_continuity"))


def years_to_build(con, run_years: list[int]) -> tuple[list[int], dict[int, str]]:
    """Of the run's years, those whose year models must be rebuilt (their fingerprint moved since
    they were last built, or they never were), and the fingerprints of the run's years."""
    current = year_fingerprints(con, run_years, DBT_PROJECT_DIR)
    existing = set(con.execute("SELECT table_schema, table_name FROM information_schema.tables").fetchall())
    if not all(relation in existing for relation in YEAR_MODEL_RELATIONS):
        forget_builds(con)
    return changed_years(current, recorded_builds(con)), current


def unchanged_outputs(context: dg.AssetExecutionContext, tests: dict[tuple[str, str], dict], metadata: dict,
                      why: str = "not re-run: no report year of the run changed since this test ran"):
    """The models of a step none of whose inputs changed: nothing is rebuilt, and each asset says so
    (`metadata`); its dbt tests' results at the last build stand, and are reported again."""
    # Dagster takes a multi-asset's outputs in the order of their dependencies only.
    selected = set(context.selected_asset_keys)
    order = TopologicalSorter({key: context.assets_def.asset_deps.get(key, set()) & selected for key in selected})
    for key in order.static_order():
        yield dg.Output(None, output_name=context.assets_def.get_output_name_for_asset_key(key), metadata=metadata)
    for key in sorted(context.selected_asset_check_keys, key=lambda k: (k.asset_key.to_user_string(), k.name)):
        last = tests[(key.asset_key.to_user_string(), key.name)]
        yield dg.AssetCheckResult(
            asset_key=key.asset_key, check_name=key.name, passed=last["passed"],
            severity=dg.AssetCheckSeverity(last["severity"]) if last["severity"] else dg.AssetCheckSeverity.ERROR,
            description=last["description"],
            metadata={"carried_over": True, "tested_at": str(last["tested_at"]), "why": why})


def _test_result(event: dg.AssetCheckResult) -> dict:
    return {"asset_key": event.asset_key.to_user_string(), "check_name": event.check_name, "passed": event.passed,
            "severity": event.severity.value, "description": event.description}


def build_changed_years(context: dg.AssetExecutionContext, dbt: DbtCliResource, warehouse: DuckDBResource,
                        season: SeasonYears, next_year_models: set[str]):
    """The body of the year models' step: `dbt build` of only the run's years whose reports changed
    since their last build (with, for the rules comparing a year with the one before, each one's
    next year: macros/report_years.sql), then record what they were built from."""
    run_years = years_of_run(context) or season.years
    with warehouse.get_connection() as con:
        to_build, current = years_to_build(con, run_years)
        tests = recorded_test_results(con)
    unchanged = [year for year in run_years if year not in to_build]
    context.log.info(f"year models: rebuilding {to_build or 'no year'}, unchanged {unchanged or 'none'}")
    tested = all((k.asset_key.to_user_string(), k.name) in tests for k in context.selected_asset_check_keys)
    if not to_build and tested:
        yield from unchanged_outputs(context, tests, {"rebuilt_years": dg.MetadataValue.json([]),
                                                      "unchanged_years_not_rebuilt": dg.MetadataValue.json(run_years)})
        return
    # No year changed but a test has no result kept: dbt runs on no year (every table stays, the
    # tests run, those on the year tables over no row).
    with warehouse.get_connection() as con:
        forget_builds(con, to_build)
    tables, results = [], []
    for event in build_with_dbt(context, dbt, warehouse, to_build, season):
        if isinstance(event, dg.Output):
            event = event.with_metadata({**event.metadata, "rebuilt_years": dg.MetadataValue.json(to_build),
                                         "unchanged_years_not_rebuilt": dg.MetadataValue.json(unchanged)})
            tables.append(context.asset_key_for_output(event.output_name).path[-1])
        elif isinstance(event, dg.AssetCheckResult):
            results.append(_test_result(event))
        yield event
    with warehouse.get_connection() as con:
        record_builds(con, {year: current[year] for year in to_build})
        record_table_builds(con, tables, next_year_models)
        record_test_results(con, results)


def _relation(path: list[str]) -> tuple[str, str]:
    """The (schema, table) of a dbt asset's key: a mart is main.<name>, a staged table staging.<table>."""
    return (path[0], path[1]) if path[0] == STAGING_SCHEMA else ("main", path[-1])


def _whole_step_selected(context: dg.AssetExecutionContext) -> bool:
    """Every model of the step is in the run: only such a build is recorded, or taken as standing."""
    return set(context.selected_asset_keys) == set(context.assets_def.keys)


def whole_models_unchanged(context: dg.AssetExecutionContext, con, inputs: str) -> dict | None:
    """The dbt tests' results to report again when the models rebuilt whole need no build: the whole
    step is selected, what it reads has the fingerprint of its last build, and every model it built is
    still there. None: build."""
    if not _whole_step_selected(context) or recorded_whole_build(con) != inputs:
        return None
    existing = set(con.execute("SELECT table_schema, table_name FROM information_schema.tables").fetchall())
    tests = recorded_test_results(con, WHOLE_TEST_RESULTS)
    built = all(_relation(key.path) in existing for key in context.assets_def.keys)
    tested = all((k.asset_key.to_user_string(), k.name) in tests for k in context.selected_asset_check_keys)
    return tests if built and tested else None


def build_dims(context: dg.AssetExecutionContext, dbt: DbtCliResource, warehouse: DuckDBResource,
               season: SeasonYears, import_gx_meanwhile: bool = False):
    """The body of the step of the models rebuilt whole (dims, stg_ views): every model is built,
    and the tests on the stg_ views (views of the staged tables, partitioned by report year) read
    only the years whose staged reports changed since those tests last passed on them
    (macros/test_report_years.sql): the other years' staged rows are the ones already tested.
    No dbt at all when nothing the step reads changed since its last build (an unchanged re-run)."""
    with warehouse.get_connection() as con:
        inputs = whole_models_fingerprint(con, DBT_PROJECT_DIR, season.years)
        tests = whole_models_unchanged(context, con, inputs)
        if tests is None:
            record_whole_build(con, None)  # forgotten first: a build that fails half-way is never taken as done
            current = staged_fingerprints(con, season.years, DBT_PROJECT_DIR, f"{STAGING_SCHEMA}.reports")
            to_test = changed_years(current, recorded_staged_tests(con))
    if tests is not None:
        context.log.info("models rebuilt whole: nothing they read changed since their last build; dbt not started")
        yield from unchanged_outputs(context, tests, {"staged_years_tested": dg.MetadataValue.json([]),
                                                      "unchanged_not_rebuilt": dg.MetadataValue.bool(True)},
                                     why="not re-run: nothing the models rebuilt whole read changed since this test ran")
        return
    context.log.info(f"tests of the staged rows: on {to_test or 'no year'} (the other years' staged reports are "
                     "those they last passed on)")
    if import_gx_meanwhile:  # the next step is the first GX gate (dim_report), in this process
        gx_adapter.import_gx_in_background()
    results = []
    for event in build_with_dbt(context, dbt, warehouse, to_test, season, count_years=False):
        if isinstance(event, dg.Output):
            event = event.with_metadata({**event.metadata, "staged_years_tested": dg.MetadataValue.json(to_test)})
        elif isinstance(event, dg.AssetCheckResult):
            results.append(_test_result(event))
        yield event
    # reached only when dbt succeeded: a year whose tests failed is tested again next run
    with warehouse.get_connection() as con:
        record_staged_tests(con, {year: current[year] for year in to_test})
        if _whole_step_selected(context):
            record_whole_build(con, inputs, results)


def dbt_step(project: DbtProject, name: str, select: str = "fqn:*", exclude: str = "",
             partitions: dg.PartitionsDefinition | None = None,
             only_changed_years: bool = False, import_gx_meanwhile: bool = False) -> dg.AssetsDefinition:
    """One dbt invocation of a run, as the dbt assets it builds: partitioned by `partitions` (the
    report years of the Settings), it builds the run's years (with `only_changed_years`, those of
    them whose reports changed since their last build); without, every year. `import_gx_meanwhile`:
    GX is imported while dbt runs (the steps after it, in the same process, are GX's)."""
    next_year_models = reading_year_before(json.loads(project.manifest_path.read_text())) if only_changed_years else set()

    @dbt_assets(
        manifest=project.manifest_path,
        dagster_dbt_translator=TRANSLATOR,
        project=project,
        select=select,
        exclude=exclude,
        name=name,
        partitions_def=partitions,
        backfill_policy=YEAR_BACKFILL if partitions is not None else None,
        pool="duckdb_write",
    )
    def step(context: dg.AssetExecutionContext, dbt: DbtCliResource, warehouse: DuckDBResource, season: SeasonYears):
        if only_changed_years:
            yield from build_changed_years(context, dbt, warehouse, season, next_year_models)
        elif partitions is None:
            yield from build_dims(context, dbt, warehouse, season, import_gx_meanwhile)
        else:
            yield from build_with_dbt(context, dbt, warehouse, years_of_run(context), season)

    return step


def build_warehouse_assets(partitions: dg.PartitionsDefinition, project: DbtProject,
                           steps_share_a_process: bool = False) -> list[dg.AssetsDefinition]:
    """The dbt models after staging as two sets of assets: those rebuilt whole, and those
    partitioned by `partitions` (the report years of the Settings). Built by `build_definitions`,
    after the manifest they are read from exists (never at import). `steps_share_a_process` (the
    in-process executor): the dims' step imports GX for the gates after it while its dbt runs;
    with a process per step, the gates' processes would import it again, so it does not."""
    return [dbt_step(project, "warehouse_models", exclude=f"tag:{DBT_YEAR_TAG}+ tag:{STAGING_YEAR_TAG}",
                     import_gx_meanwhile=steps_share_a_process),
            dbt_step(project, "warehouse_year_models", select=f"tag:{DBT_YEAR_TAG}+", partitions=partitions,
                     only_changed_years=True)]
