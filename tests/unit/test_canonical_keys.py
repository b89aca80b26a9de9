"""The canonical keys exist once in Python (labels.py); dbt's accepted_values read a copy in
dbt_project.yml. This keeps the two equal."""

from __future__ import annotations

from pathlib import Path

import yaml

from orchestration.core import labels as L
from orchestration.core.staging_schema import STAGING_TABLES

ROOT = Path(__file__).resolve().parents[2]


def dbt_vars() -> dict:
    return yaml.safe_load((ROOT / "dbt_project" / "dbt_project.yml").read_text(encoding="utf-8"))["vars"]


def test_dbt_vars_match_labels():
    v = dbt_vars()
    assert v["gdw_disclosure_items"] == list(L.DISCLOSURE_ITEMS)
    assert v["gdw_disclosure_metrics"] == list(L.DISCLOSURE_METRICS)
    assert v["gdw_applicants"] == list(L.APPLICANT_KEYS)
    assert v["gdw_application_rows"] == list(L.APPLICATION_ROWS)
    assert v["gdw_proceedings"] == list(L.PROCEEDING_KEYS)
    assert v["gdw_review_outcomes"] == list(L.REVIEW_OUTCOME_KEYS)


def test_rule_catalogue_names_every_rule_the_parser_evaluates():
    from orchestration.core.rules import PER_REPORT_RULES

    catalogue = (ROOT / "dbt_project" / "seeds" / "rule_catalogue.csv").read_text(encoding="utf-8")
    ids = {line.split(",")[0] for line in catalogue.splitlines()[1:] if line}
    assert set(PER_REPORT_RULES) <= ids
    assert set(dbt_vars()["gdw_rule_ids"]) == ids


def test_the_staging_models_declare_every_staging_column():
    selection = ROOT / "dbt_project" / "models" / "staging" / "selection"
    models = {m["name"]: m for path in selection.rglob("*.yml")
              for m in yaml.safe_load(path.read_text(encoding="utf-8"))["models"]}
    for table, columns in STAGING_TABLES.items():
        declared = [c["name"] for c in models[f"staged_{table}"]["columns"]]
        assert declared == [name for name, _ in columns], table
