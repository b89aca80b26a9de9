"""The code location loads and shows what a data engineer expects in the Dagster UI."""

from __future__ import annotations

import dataclasses
import os
import subprocess
import sys
from pathlib import Path

import dagster as dg
import pytest

from orchestration.defs.harvest import HARVESTED_REPORTS
from orchestration.settings import Settings, load_settings


@pytest.fixture(scope="module")
def definitions(tmp_path_factory) -> dg.Definitions:
    """Built once for the module's read-only tests (each build loads the dbt manifest)."""
    from orchestration.definitions import build_definitions

    folder = tmp_path_factory.mktemp("definitions")
    return build_definitions(Settings(folder / "landing", folder / "warehouse", 1))


def test_assets_are_grouped_by_stage(definitions):
    graph = definitions.resolve_asset_graph()
    groups: dict[str, set[str]] = {}
    for key in graph.get_all_asset_keys():
        node = graph.get(key)
        if node.is_materializable:
            groups.setdefault(node.group_name, set()).add(key.to_user_string())
    assert groups["ingestion"] == {"landing/raw_reports", "ingestion/harvested_reports"}
    assert groups["parsing"] == {"parsing/parsed_reports"}
    assert {f"staging/{t}" for t in ("reports", "disclosures", "applications", "reviews", "quarantine")} <= groups["staging"]
    marts = {"dim_report", "dim_agency", "fct_disclosures", "fct_applications", "fct_reviews", "fct_procurement",
             "fct_rule_results"}
    assert marts <= groups["warehouse"]
    assert {"quality/rule_findings", "quality/season_report"} <= groups["quality"]
    assert "staging/agencies" in groups["staging"]
    assert groups["publish"] == {"publish/published_warehouse"}
    # published only after every mart (and so after every blocking check on the marts)
    publish_parents = graph.get(dg.AssetKey(["publish", "published_warehouse"])).parent_keys
    assert {dg.AssetKey([m]) for m in marts} <= publish_parents
    # dbt sources are the staging assets, so the graph is connected end to end
    assert dg.AssetKey(["staging", "applications"]) in graph.get(dg.AssetKey(["stg_applications"])).parent_keys


def test_gx_and_dbt_checks_are_attached_to_the_marts(definitions):
    graph = definitions.resolve_asset_graph()
    checks = {(k.asset_key.to_user_string(), k.name) for k in graph.asset_check_keys}
    assert ("fct_applications", "gx_app_balance") in checks
    assert ("fct_applications", "gx_fct_applications_structure") in checks
    assert ("fct_reviews", "gx_review_sum") in checks
    assert ("dim_report", "gx_report_reconciliation") in checks
    for suite, asset in (("carry_continuity", "fct_applications"), ("completeness", "fct_rule_results"),
                         ("narrative_matches_table", "fct_rule_results"), ("procurement_amount", "fct_disclosures")):
        assert (asset, f"gx_{suite}") in checks
    assert any(asset == "fct_rule_results" and not name.startswith("gx_") for asset, name in checks)  # dbt tests
    assert len(checks) > 100


def test_the_job_and_resources(definitions):
    assert definitions.resolve_job_def("gdw_everything") is not None
    assert set(definitions.resources) >= {"landing", "warehouse", "dbt", "published", "data_docs"}


def test_settings_default_and_override(tmp_path):
    default = load_settings({})
    assert default.landing_dir.name == "reports" and default.duckdb_path.name == "gdw.duckdb"
    custom = load_settings({"GDW_LANDING_DIR": str(tmp_path), "GDW_WAREHOUSE_DIR": str(tmp_path / "w"), "GDW_PARSE_WORKERS": "3"})
    assert custom.landing_dir == tmp_path and custom.duckdb_path == tmp_path / "w" / "gdw.duckdb" and custom.parse_workers == 3
    assert custom.published_duckdb_path == tmp_path / "w" / "published" / "gdw.duckdb"
    assert custom.published_parquet_dir == tmp_path / "w" / "published" / "parquet"
    assert custom.data_docs_dir == tmp_path / "w" / "data_docs"


def test_partitioned_by_report_year_and_what_is_rebuilt_whole(definitions):
    graph = definitions.resolve_asset_graph()
    partitioned = {k.to_user_string() for k in graph.get_all_asset_keys()
                   if graph.get(k).is_materializable and graph.get(k).partitions_def is not None
                   and k != HARVESTED_REPORTS}  # partitioned by site (test_harvest_definitions.py)
    facts = {"fct_disclosures", "fct_applications", "fct_reviews", "fct_procurement", "fct_rule_results"}
    staged = {f"staging/{t}" for t in ("reports", "disclosures", "applications", "reviews", "warnings", "rule_results")}
    # the analysis marts read the fct_ marts: they run in the year assets' dbt invocation (incremental by year)
    analysis = {k for k in partitioned if k.startswith("mart_")}
    # the rules' tables (rules/int_carry_continuity, rules/int_rule_*) run in the year assets' dbt
    # invocation too, int_rule_template_matches_year with them although it reads dim_report alone
    rules = {k for k in partitioned if k.startswith("rules/")}
    assert {"rules/int_rule_app_balance", "rules/int_carry_continuity", "rules/int_rule_template_matches_year"} <= rules
    assert partitioned == facts | staged | analysis | rules | {"quality/rule_findings"}
    keys = graph.get(dg.AssetKey(["fct_applications"])).partitions_def.get_partition_keys()
    assert keys[0] == "2019" and len(keys) >= 8  # 2019 to this year
    for key in partitioned:  # a backfill of many years is one run
        assert graph.get(dg.AssetKey.from_user_string(key)).backfill_policy == dg.BackfillPolicy.single_run()


def test_every_writer_and_check_is_in_the_duckdb_pool(definitions):
    executable = [a for a in definitions.assets if isinstance(a, dg.AssetsDefinition) and a.is_executable]
    assert len(executable) >= 7
    for assets_def in executable:
        if assets_def.keys == {HARVESTED_REPORTS}:  # a crawl never opens DuckDB: it must not hold the writer
            continue
        for op in assets_def.node_def.iterate_op_defs():
            if op.name == "parse_shard":  # parse shards run at once: they write Parquet, never DuckDB
                assert "warehouse" not in op.required_resource_keys and op.pool is None
                continue
            assert op.pool == "duckdb_write", (assets_def.keys, op.name)
    for check in definitions.asset_checks:
        assert check.node_def.pool == "duckdb_write", check.check_keys


def test_marts_have_freshness_policies(definitions):
    graph = definitions.resolve_asset_graph()
    for name in ("fct_applications", "dim_report", "dim_agency", "fct_quarantine"):
        policy = graph.get(dg.AssetKey([name])).freshness_policy
        assert policy is not None and policy.fail_window.to_timedelta().days == 8, name


def test_jobs_sensor_and_schedules(definitions):
    assert definitions.resolve_job_def("gdw_everything").partitions_def is not None
    assert definitions.resolve_job_def("gdw_quarantine").partitions_def is None
    assert definitions.resolve_sensor_def("landing_sensor") is not None
    assert {s.name for s in definitions.schedules} == {"season_daily", "off_season_weekly", "harvest_season_daily"}
    assert definitions.resolve_job_def("gdw_everything").tags["dagster/max_retries"] == "1"
    # one dbt invocation for the staging selection of the years, one for what is rebuilt whole, one
    # for the years' marts: the graph needs no more
    steps = definitions.resolve_job_def("gdw_everything").graph.node_dict
    assert sorted(n for n in steps if n.endswith("_models")) == [
        "staging_models", "warehouse_models", "warehouse_year_models"]


def test_definitions_follow_the_settings_they_are_given(tmp_path):
    from orchestration.definitions import build_definitions

    def built(**settings):
        defs = build_definitions(Settings(tmp_path / "landing", tmp_path / "warehouse", 1, **settings))
        years = defs.resolve_job_def("gdw_everything").partitions_def.get_partition_keys()
        graph = defs.resolve_asset_graph()
        staging_years = graph.get(dg.AssetKey(["staging", "reports"])).partitions_def.get_partition_keys()
        schedules = {s.name: s.default_status for s in defs.schedules}
        return years, staging_years, defs.resolve_sensor_def("landing_sensor").default_status, schedules

    quiet = built(first_report_year=2019, last_report_year=2021)
    watching = built(first_report_year=2020, last_report_year=2024, automation_on=True)
    assert quiet[:2] == (["2019", "2020", "2021"],) * 2
    assert watching[:2] == (["2020", "2021", "2022", "2023", "2024"],) * 2
    assert quiet[2] == dg.DefaultSensorStatus.STOPPED and watching[2] == dg.DefaultSensorStatus.RUNNING
    assert set(quiet[3].values()) == {dg.DefaultScheduleStatus.STOPPED}
    assert set(watching[3].values()) == {dg.DefaultScheduleStatus.RUNNING}


def test_the_executor_follows_the_settings_and_shards_share_the_parse_workers(tmp_path):
    from orchestration.definitions import build_definitions, multiprocess_config, run_executor

    assert load_settings({}).executor == "in_process"
    many = load_settings({"GDW_EXECUTOR": "multiprocess", "GDW_MAX_CONCURRENT_STEPS": "3",
                          "GDW_PARSE_WORKERS": "8", "GDW_PARSE_SHARDS": "4"})
    assert (many.executor, many.max_concurrent_steps) == ("multiprocess", 3)
    # three shard steps at once, on 8 processes in all: 2 each, never 3 x 8
    assert many.shards_at_once == 3 and many.workers_per_shard == 2
    in_process = dataclasses.replace(many, executor="in_process")
    assert in_process.shards_at_once == 1 and in_process.workers_per_shard == 8  # one shard at a time
    assert dataclasses.replace(many, parse_workers=2).workers_per_shard == 1  # at least one each
    for wrong in ({"GDW_EXECUTOR": "threads"}, {"GDW_MAX_CONCURRENT_STEPS": "0"}):
        with pytest.raises(ValueError):
            load_settings(wrong)

    assert multiprocess_config(many)["max_concurrent"] == 3 and multiprocess_config(in_process) is None
    assert run_executor(many).name == "multiprocess" and run_executor(in_process) is dg.in_process_executor
    defs = build_definitions(Settings(tmp_path / "landing", tmp_path / "warehouse", 8, parse_shards=4,
                                      executor="multiprocess", max_concurrent_steps=3))
    assert defs.resolve_job_def("gdw_everything").executor_def.name == "multiprocess"
    assert defs.resources["landing"].workers_per_shard == 2  # what each parse_shard step runs on
    # a step process of its own starts dbt cold; the in-process run's steps fork from one warm dbt
    from orchestration.core.dbt_warm import CLIENT
    from orchestration.defs.resources import DBT_EXECUTABLE

    assert (defs.resources["dbt"].warm, defs.resources["dbt"].dbt_executable) == (False, DBT_EXECUTABLE)
    one_process = build_definitions(Settings(tmp_path / "landing", tmp_path / "warehouse", 8)).resources["dbt"]
    assert (one_process.warm, one_process.dbt_executable) == (True, CLIENT)


def test_importing_the_definitions_modules_reads_no_setting_and_changes_nothing():
    """Only `build_definitions` reads settings: the modules import with settings that would not
    load, and leave PATH as it was."""
    code = (
        "import os, pkgutil, importlib, orchestration.defs as d\n"
        "path = os.environ['PATH']\n"
        "for m in pkgutil.iter_modules(d.__path__): importlib.import_module(f'orchestration.defs.{m.name}')\n"
        "assert os.environ['PATH'] == path, 'PATH changed at import'\n"
    )
    env = {**os.environ, "GDW_LAST_REPORT_YEAR": "not a year", "GDW_AUTOMATION": "on", "PATH": "/usr/bin:/bin"}
    result = subprocess.run([sys.executable, "-c", code], check=False, env=env, capture_output=True, text=True,
                            timeout=300)
    assert result.returncode == 0, result.stderr[-2000:]


def test_the_dbt_resource_knows_the_version_of_the_dbt_it_starts_without_asking_it():
    """DbtCli skips dagster-dbt's `dbt --version` process: the dbt it starts is the package
    installed beside this Python, whose version it reads; asked here once, they agree."""
    import re

    from orchestration.defs.resources import DBT_EXECUTABLE, DbtCli
    from orchestration.settings import DBT_PROJECT_DIR

    dbt = DbtCli(project_dir=str(DBT_PROJECT_DIR), profiles_dir=str(DBT_PROJECT_DIR), dbt_executable=DBT_EXECUTABLE)
    printed = subprocess.run([DBT_EXECUTABLE, "--version"], capture_output=True, text=True, check=True).stdout
    assert str(dbt._cli_version) == re.search(r"(\d+\.\d+\.\d+)", printed).group(1)
    assert dbt._initialize_dbt_core_adapter([]) is None  # no adapter, no DuckDB connection in this process


def test_duckdb_memory_is_bounded_by_the_settings_for_the_run_and_for_dbt(tmp_path, monkeypatch):
    from orchestration.definitions import build_definitions

    monkeypatch.setenv("GDW_DUCKDB_MEMORY_LIMIT", "2GB")  # restored after the settings export theirs
    assert load_settings({}).duckdb_memory_limit == "2GB"
    with pytest.raises(ValueError):
        load_settings({"GDW_DUCKDB_MEMORY_LIMIT": "lots"})
    settings = load_settings({"GDW_LANDING_DIR": str(tmp_path), "GDW_WAREHOUSE_DIR": str(tmp_path / "w"),
                              "GDW_DUCKDB_MEMORY_LIMIT": "700MiB"})
    (tmp_path / "w").mkdir()
    warehouse = build_definitions(settings).resources["warehouse"]
    with warehouse.get_connection() as con:
        limit = con.execute("select current_setting('memory_limit')").fetchone()[0]
    assert limit.replace(" ", "") in ("700.0MiB", "700MiB", "734.0MB", "734MB")
    # dbt's DuckDB connection reads the same limit from the environment the settings export
    profile = (Path(__file__).resolve().parents[2] / "dbt_project" / "profiles.yml").read_text(encoding="utf-8")
    assert "memory_limit: \"{{ env_var('GDW_DUCKDB_MEMORY_LIMIT'" in profile
    assert os.environ["GDW_DUCKDB_MEMORY_LIMIT"] == "700MiB"
