"""The tests' new warehouse folders start from `make manifest`'s dbt parse state, stamped with their
own profile (tests/dbt_parse_state.py): dbt must take it and parse only what changed, or every
integration run pays a full parse again without anything failing."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.dbt_parse_state import DBT_PROJECT, PARSE_STATE, seed_parse_state


def test_dbt_parses_a_new_warehouse_folder_partially_from_the_stamped_state(tmp_path):
    if not PARSE_STATE.exists():
        pytest.skip("no dbt parse state: `make manifest` builds it (make test does)")
    env = {**{k: v for k, v in os.environ.items() if not k.startswith("GDW_")},
           "GDW_WAREHOUSE_DIR": str(tmp_path / "warehouse"), "GDW_WAREHOUSE_TARGET": "duckdb"}
    target = tmp_path / "warehouse" / "dbt_target"
    assert seed_parse_state(target, env)
    assert not seed_parse_state(target, env)  # a folder's own state is never replaced
    done = subprocess.run([str(Path(sys.executable).parent / "dbt"), "parse", "--profiles-dir", ".", "--target", "dev",
                           "--target-path", str(target)], cwd=DBT_PROJECT, env=env, capture_output=True, text=True,
                          check=False)
    assert done.returncode == 0, done.stdout[-2000:]
    # dbt says so when it throws the state away ("Unable to do partial parsing because profile has changed")
    assert "Unable to do partial parsing" not in done.stdout, done.stdout[-2000:]
