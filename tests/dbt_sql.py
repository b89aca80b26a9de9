"""The SQL of dbt models, compiled by dbt itself, for tests that build a tiny warehouse by hand.

A rule's SQL exists once, in its dbt model; the GX suites read that model. The unit tests of the
suites create the model as a view over their hand-made tables, from the SQL dbt compiles: the same
text the warehouse runs, not a copy. Compiled names are qualified with the database `gdw` (the
warehouse file is gdw.duckdb): `warehouse_connection()` gives a connection whose database is `gdw`.
"""

from __future__ import annotations

import fcntl
import functools
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

import duckdb

from tests.conftest import SESSION_SHARED_DIR
from tests.dbt_parse_state import seed_parse_state

ROOT = Path(__file__).resolve().parent.parent
DBT_PROJECT = ROOT / "dbt_project"


@functools.cache
def _compiled_project() -> dict[str, str]:
    """model name -> its compiled SELECT, for every model: one `dbt compile` per pytest session (~6 s
    of CPU). The first process to ask compiles and leaves the result in the session's shared folder
    (tests/conftest.py: SESSION_SHARED_DIR); the other xdist worker reads it there, waiting if the
    compile is under way. A compile that fails leaves nothing, and the next process to ask tries again."""
    shared = os.environ.get(SESSION_SHARED_DIR)
    if not shared:
        return _compile_project()
    with open(Path(shared) / "dbt_compiled.lock", "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)  # released when the file closes
        saved = Path(shared) / "dbt_compiled.json"
        if saved.exists():
            return json.loads(saved.read_text(encoding="utf-8"))
        compiled = _compile_project()
        saved.write_text(json.dumps(compiled), encoding="utf-8")
        return compiled


def _compile_project() -> dict[str, str]:
    """model name -> its compiled SELECT, from one `dbt compile`, which parses partially from
    `make manifest`'s parse state (tests/dbt_parse_state.py)."""
    dbt = Path(sys.executable).parent / "dbt"
    with tempfile.TemporaryDirectory() as tmp:
        env = {**os.environ, "GDW_WAREHOUSE_DIR": tmp, "GDW_WAREHOUSE_TARGET": "duckdb"}
        target = Path(tmp) / "target"
        seed_parse_state(target, env)
        subprocess.run(
            [str(dbt), "compile", "--quiet", "--profiles-dir", ".", "--target", "dev",
             "--target-path", str(target), "--select", "resource_type:model", "--indirect-selection", "empty"],
            cwd=DBT_PROJECT, env=env, check=True, capture_output=True,
        )
        return {path.stem: path.read_text(encoding="utf-8") for path in (target / "compiled").rglob("*.sql")}


@functools.cache
def compiled_inline(sql: str) -> str:
    """dbt's compiled text of a snippet of Jinja-SQL (`dbt compile --inline`): e.g. a generic test
    called as its macro, `{{ test_<name>(model='main.t', ...) }}`."""
    dbt = Path(sys.executable).parent / "dbt"
    with tempfile.TemporaryDirectory() as tmp:
        env = {**os.environ, "GDW_WAREHOUSE_DIR": tmp, "GDW_WAREHOUSE_TARGET": "duckdb"}
        target = Path(tmp) / "target"
        seed_parse_state(target, env)
        done = subprocess.run(
            [str(dbt), "compile", "--quiet", "--profiles-dir", ".", "--target", "dev", "--target-path", str(target),
             "--inline", sql],
            cwd=DBT_PROJECT, env=env, check=True, capture_output=True, text=True,
        )
        return done.stdout


def compiled_models(names: tuple[str, ...]) -> dict[str, str]:
    """model name -> its compiled SELECT, for these models."""
    compiled = _compiled_project()
    missing = set(names) - set(compiled)
    assert not missing, f"dbt compiled no SQL for {missing}"
    return {name: compiled[name] for name in names}


def warehouse_connection() -> duckdb.DuckDBPyConnection:
    """An in-memory DuckDB whose current database is named `gdw`, as in the warehouse file."""
    con = duckdb.connect(":memory:")
    con.execute("ATTACH ':memory:' AS gdw")
    con.execute("USE gdw")
    return con


def create_views(con: duckdb.DuckDBPyConnection, names: tuple[str, ...], schema: str = "main") -> None:
    """Create each model as a view in `schema` (in dependency order as given) from dbt's compiled SQL."""
    con.execute(f"CREATE SCHEMA IF NOT EXISTS {schema}")
    for name, sql in ((n, compiled_models(names)[n]) for n in names):
        con.execute(f"CREATE VIEW {schema}.{name} AS {sql}")
