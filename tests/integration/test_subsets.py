"""A data engineer materialises a few assets from the Dagster UI on a new warehouse: the run is green.

Dagster runs the selected assets, their checks, and dagster-dbt selects the subset's models by name.
At dbt's default (eager) indirect selection, dbt then also ran the tests of models left out that
point at a built one (fct_disclosures' report_id in dim_report), which failed on tables never built;
the GX gates whose suites read a table not built failed the same way. The product itself now runs
only the tests its models can run (DBT_INDIRECT_SELECTION=buildable, defs/warehouse.py), and a gate
that cannot validate says so as a warning (defs/quality.py). A whole run still runs every test once.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections import Counter

import dagster as dg
import pytest

from orchestration.defs.warehouse import dbt_build_env
from orchestration.settings import Settings
from tests.dbt_parse_state import DBT_PROJECT, PARSE_STATE, seed_parse_state
from tests.integration.conftest import SUBSET_TESTS, Built, fill_seeds_landing, materialize

pytestmark = pytest.mark.integration

FACT = dg.AssetKey(["fct_applications"])
DIM = dg.AssetKey(["dim_report"])
# the fact's test against the dimension: the two are built by different dbt steps of the run
ACROSS_STEPS = "relationships_fct_applications_report_id__report_id__ref_dim_report_"


def job_and_graph(settings: Settings):
    from orchestration.definitions import build_definitions

    defs = build_definitions(settings)
    return defs.resolve_job_def("gdw_everything"), defs.resolve_asset_graph()


@pytest.fixture(scope="module")
def subset_run(tmp_path_factory, monkeypatch_module) -> tuple[Built, set[dg.AssetKey]]:
    """A new warehouse, and a run of fct_applications and what it is built from, as the UI's
    "Materialize" with upstream launches it: neither the other facts, nor the rule tables, nor
    fct_quarantine; dbt's indirect selection left as the product sets it."""
    monkeypatch_module.delenv(SUBSET_TESTS, raising=False)
    folder = tmp_path_factory.mktemp("subset")
    (folder / "landing").mkdir()
    landing = fill_seeds_landing(folder / "landing")
    job, graph = job_and_graph(Settings(landing_dir=landing, warehouse_dir=folder / "warehouse", parse_workers=1))
    selection = dg.AssetSelection.assets(FACT).upstream().resolve(graph) & set(job.asset_layer.selected_asset_keys)
    return materialize(landing, folder / "warehouse", only=selection), selection


@pytest.fixture(scope="module")
def monkeypatch_module():
    with pytest.MonkeyPatch.context() as patch:
        yield patch


def test_a_subset_on_a_new_warehouse_succeeds(subset_run):
    built, selection = subset_run
    failures = [event.event_specific_data.error.message[:2000] for event in built.result.all_events
                if event.is_step_failure]
    assert built.result.success, failures
    assert dg.AssetKey(["fct_disclosures"]) not in selection and dg.AssetKey(["fct_quarantine"]) not in selection
    assert built.query("SELECT count(*) FROM fct_applications")[0][0] > 0


def test_a_subset_runs_the_tests_of_its_own_models_only(subset_run):
    built, selection = subset_run
    evaluations = built.result.get_asset_check_evaluations()
    assert evaluations
    assert {e.asset_key for e in evaluations} <= selection  # no test of a model left out
    dbt_tests = {e.check_name: e for e in evaluations if not e.check_name.startswith("gx_")}
    # a test between two models built in different dbt steps runs in the later step
    assert dbt_tests[ACROSS_STEPS].passed
    assert all(e.passed for e in dbt_tests.values()), [n for n, e in dbt_tests.items() if not e.passed]


def test_a_gate_whose_tables_were_not_built_warns_and_validates_nothing(subset_run):
    built, _ = subset_run
    gates = {(e.asset_key.to_user_string(), e.check_name): e for e in built.result.get_asset_check_evaluations()
             if e.check_name.startswith("gx_")}
    unvalidated = {key: e for key, e in gates.items() if e.metadata.get("tables_not_built")}
    # dim_report's reconciliation reads fct_quarantine; fct_applications' rules read their int_rule_ tables
    assert ("dim_report", "gx_report_reconciliation") in unvalidated
    assert ("fct_applications", "gx_app_balance") in unvalidated
    for (asset, name), evaluation in unvalidated.items():
        assert not evaluation.passed and evaluation.severity == dg.AssetCheckSeverity.WARN, (asset, name)
        assert evaluation.metadata["validated"].value is False
    # the gate that reads only the fact itself validated it
    structure = gates[("fct_applications", "gx_fct_applications_structure")]
    assert structure.passed and "tables_not_built" not in structure.metadata


def test_a_whole_run_evaluates_every_check_once_and_every_gate_validates(seeds_warehouse):
    job, _ = job_and_graph(seeds_warehouse.settings)
    expected = set(job.asset_layer.asset_graph.asset_check_keys)
    evaluated = Counter(e.asset_check_key for e in seeds_warehouse.result.get_asset_check_evaluations())
    assert set(evaluated) == expected, (expected - set(evaluated), set(evaluated) - expected)
    assert max(evaluated.values()) == 1
    assert not [e.check_name for e in seeds_warehouse.result.get_asset_check_evaluations()
                if e.metadata.get("tables_not_built")]


# dbt's tests each of a whole run's dbt steps selects (dbt ls with the product's environment), under each
# indirect selection asked: one process imports dbt once for both (dbt reads the environment at each call)
LIST_TESTS = """
import json, os, sys
from dbt.cli.main import dbtRunner
runner, out = dbtRunner(), {}
steps, variable, modes = json.loads(sys.argv[1])
for mode in modes:
    os.environ[variable] = mode
    for name, select, exclude, target in steps:
        args = ["ls", "--resource-type", "test", "--output", "name", "-q", "--profiles-dir", ".", "--target", "dev",
                "--target-path", target, "--select", select] + (["--exclude", exclude] if exclude else [])
        result = runner.invoke(args)
        assert result.success, result.exception
        out.setdefault(mode, {})[name] = sorted(result.result)
print(json.dumps(out))
"""


def test_a_whole_runs_dbt_steps_select_every_test_of_the_project_once(tmp_path):
    """A whole run's steps select with `fqn:*` (less the year models) and `tag:report_year+`: dbt takes
    their tests directly, so the indirect selection the product sets changes none of them."""
    if not PARSE_STATE.exists():
        pytest.skip("no dbt parse state: `make manifest` builds it (make test does)")
    from dagster_dbt.asset_utils import DAGSTER_DBT_EXCLUDE_METADATA_KEY, DAGSTER_DBT_SELECT_METADATA_KEY

    _job, graph = job_and_graph(Settings(landing_dir=tmp_path / "landing", warehouse_dir=tmp_path / "warehouse",
                                        parse_workers=1))
    steps = {}
    for assets_def in graph.assets_defs:
        tags = assets_def.node_def.tags if assets_def.is_executable else {}
        if DAGSTER_DBT_SELECT_METADATA_KEY in tags:
            steps[assets_def.op.name] = (tags[DAGSTER_DBT_SELECT_METADATA_KEY], tags.get(DAGSTER_DBT_EXCLUDE_METADATA_KEY))
    assert set(steps) == {"staging_models", "warehouse_models", "warehouse_year_models"}
    env = {**{k: v for k, v in os.environ.items() if not k.startswith(("GDW_", SUBSET_TESTS))},
           "GDW_WAREHOUSE_DIR": str(tmp_path / "warehouse"), "GDW_WAREHOUSE_TARGET": "duckdb"}
    target = tmp_path / "warehouse" / "dbt_target"
    seed_parse_state(target, env)
    modes = ["eager", dbt_build_env()[SUBSET_TESTS]]
    done = subprocess.run(
        [sys.executable, "-c", LIST_TESTS,
         json.dumps([[[name, select, exclude, str(target)] for name, (select, exclude) in steps.items()], SUBSET_TESTS,
                     modes])],
        cwd=DBT_PROJECT, env=env, capture_output=True, text=True, check=False)
    assert done.returncode == 0, done.stderr[-3000:]
    listed = json.loads(done.stdout.strip().splitlines()[-1])
    assert sorted(listed) == sorted(modes)
    manifest = json.loads((DBT_PROJECT / "target" / "manifest.json").read_text())
    every_test = sorted(n["name"] for n in manifest["nodes"].values() if n["resource_type"] == "test")
    for by_step in listed.values():
        counted = Counter(test for tests in by_step.values() for test in tests)
        assert sorted(counted) == every_test and max(counted.values()) == 1
    assert listed["eager"] == listed[dbt_build_env()[SUBSET_TESTS]]
    assert ACROSS_STEPS in listed["eager"]["warehouse_year_models"]
