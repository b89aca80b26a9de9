"""dbt's parse state for the tests' new warehouse folders: the pipeline's own
(orchestration/core/dbt_parse_state.py), which a run seeds into a new warehouse folder before its
first dbt invocation; tests that start dbt themselves seed it here."""

from __future__ import annotations

from orchestration.core.dbt_parse_state import PARSE_STATE, WAREHOUSE_DBT_TARGET, seed_parse_state
from orchestration.settings import DBT_PROJECT_DIR as DBT_PROJECT

__all__ = ["DBT_PROJECT", "PARSE_STATE", "WAREHOUSE_DBT_TARGET", "seed_parse_state"]
