"""The marts' NOT NULL columns are constraints of their enforced contracts, checked by DuckDB on every
insert, not dbt not_null tests that each cost a node of every run (dbt_project/macros/contract_not_null.sql)."""

from __future__ import annotations

import json

from orchestration.settings import DBT_PROJECT_DIR


def manifest() -> dict:
    return json.loads((DBT_PROJECT_DIR / "target" / "manifest.json").read_text())


def enforced_models(nodes: dict) -> dict[str, dict]:
    return {uid: node for uid, node in nodes.items()
            if node["resource_type"] == "model" and node["config"]["contract"]["enforced"]}


def not_null_columns(node: dict) -> set[str]:
    return {name for name, column in node["columns"].items()
            if any(c["type"] == "not_null" for c in column["constraints"])}


def test_no_not_null_test_repeats_what_an_enforced_contract_checks():
    nodes = manifest()["nodes"]
    enforced = enforced_models(nodes)
    repeated = [node["name"] for node in nodes.values() if node["resource_type"] == "test"
                and (node.get("test_metadata") or {}).get("name") == "not_null" and node["attached_node"] in enforced]
    assert repeated == []


def test_the_marts_keys_are_not_null_constraints():
    nodes = manifest()["nodes"]
    by_name = {node["name"]: node for node in enforced_models(nodes).values()}
    for fact in ("fct_applications", "fct_disclosures", "fct_reviews", "fct_procurement", "fct_rule_results"):
        assert {"report_id", "agency_id", "report_year"} <= not_null_columns(by_name[fact]), fact
    assert {"report_id", "sha256", "source_file", "agency_id", "report_year"} <= not_null_columns(by_name["dim_report"])
    # a constraint is only enforced with the model's data type declared (dbt writes the DDL from them)
    for node in by_name.values():
        for name in not_null_columns(node):
            assert node["columns"][name]["data_type"], (node["name"], name)


def test_every_mart_sets_its_constraints_on_a_table_made_before_them():
    for node in enforced_models(manifest()["nodes"]).values():
        assert "{{ gdw_contract_not_null() }}" in [hook["sql"] for hook in node["config"]["pre-hook"]], node["name"]
