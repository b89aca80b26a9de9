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


def test_a_run_seeds_its_new_warehouse_folder_before_its_first_dbt_invocation(tmp_path, monkeypatch):
    """Production, not only the tests: the first dbt step of a run in a new warehouse folder finds
    the stamped state there (else dagster-dbt copies the unstamped one and dbt parses in full)."""
    if not PARSE_STATE.exists():
        pytest.skip("no dbt parse state: `make manifest` builds it (make test does)")
    from dagster_duckdb import DuckDBResource

    from orchestration.defs.partitions import SeasonYears
    from orchestration.defs.warehouse import build_with_dbt

    warehouse_dir = tmp_path / "warehouse"
    monkeypatch.setenv("GDW_WAREHOUSE_DIR", str(warehouse_dir))
    monkeypatch.setenv("GDW_WAREHOUSE_TARGET", "duckdb")
    warehouse_dir.mkdir()
    found = []

    class Dbt:  # records what dbt would find in its target folder, runs nothing
        def cli(self, args, context, target_path):
            found.append((target_path / PARSE_STATE.name).read_bytes())
            return type("Invocation", (), {"stream": lambda self: iter(())})()

    list(build_with_dbt(None, Dbt(), DuckDBResource(database=str(warehouse_dir / "gdw.duckdb")), [2024],
                        SeasonYears(first=2024, last=2024)))
    assert len(found) == 1 and found[0] != PARSE_STATE.read_bytes()  # stamped with this folder's profile


def test_no_state_is_seeded_when_dbt_cannot_say_the_profile_checksum(tmp_path, monkeypatch):
    from orchestration.core import dbt_parse_state

    def broken(environ):
        raise AttributeError("dbt moved its profile code")

    monkeypatch.setattr(dbt_parse_state, "profile_hash", broken)
    dbt_parse_state._manifest_state.cache_clear()
    try:
        assert not seed_parse_state(tmp_path / "dbt_target")
    finally:
        dbt_parse_state._manifest_state.cache_clear()
    assert not (tmp_path / "dbt_target").exists()  # dbt parses in full, as without a state
