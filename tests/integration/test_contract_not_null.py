"""The marts' NOT NULL columns, as built: DuckDB rejects a NULL there, and a table made before its
constraints were declared gets them at its next build (dbt_project/macros/contract_not_null.sql)."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys

import duckdb
import pytest

from orchestration.defs.warehouse import dbt_build_env
from tests.dbt_parse_state import DBT_PROJECT, WAREHOUSE_DBT_TARGET, seed_parse_state

pytestmark = pytest.mark.integration


def declared_not_null() -> dict[str, set[str]]:
    """table -> its columns whose enforced contract declares not_null (the manifest)."""
    nodes = json.loads((DBT_PROJECT / "target" / "manifest.json").read_text())["nodes"]
    declared = {}
    for node in nodes.values():
        if node["resource_type"] == "model" and node["config"]["contract"]["enforced"]:
            columns = {name for name, column in node["columns"].items()
                       if any(c["type"] == "not_null" for c in column["constraints"])}
            if columns:
                declared[node["alias"]] = columns
    return declared


def nullable(con, table: str) -> set[str]:
    return {row[0] for row in con.execute(
        "SELECT column_name FROM information_schema.columns WHERE table_schema = 'main' AND table_name = ? "
        "AND is_nullable = 'YES'", [table]).fetchall()}


def test_every_declared_not_null_column_is_not_null_in_the_warehouse(seeds_warehouse):
    declared = declared_not_null()
    assert len(declared) >= 15 and sum(map(len, declared.values())) >= 60
    con = duckdb.connect(str(seeds_warehouse.settings.duckdb_path), read_only=True)
    try:
        for table, columns in declared.items():
            assert not columns & nullable(con, table), (table, columns & nullable(con, table))
    finally:
        con.close()


def test_a_null_in_a_key_column_is_rejected(seeds_warehouse, tmp_path):
    copy = tmp_path / "gdw.duckdb"
    shutil.copy(seeds_warehouse.settings.duckdb_path, copy)
    con = duckdb.connect(str(copy))
    try:
        con.execute("CREATE TEMP TABLE one AS SELECT * FROM fct_applications LIMIT 1")
        con.execute("UPDATE one SET report_id = NULL")
        with pytest.raises(duckdb.ConstraintException, match="NOT NULL"):
            con.execute("INSERT INTO fct_applications SELECT * FROM one")
        with pytest.raises(duckdb.ConstraintException, match="NOT NULL"):
            con.execute("UPDATE dim_report SET sha256 = NULL WHERE report_id = (SELECT min(report_id) FROM dim_report)")
    finally:
        con.close()


def test_a_table_built_before_its_constraints_gets_them_at_its_next_build(seeds_warehouse, tmp_path):
    """A warehouse of an earlier version: fct_procurement (incremental: only appended to) without its
    NOT NULLs. dbt's next build of it, for one year, sets them on the table as it stands."""
    warehouse = tmp_path / "warehouse"
    warehouse.mkdir()
    shutil.copy(seeds_warehouse.settings.duckdb_path, warehouse / "gdw.duckdb")
    con = duckdb.connect(str(warehouse / "gdw.duckdb"))
    try:
        for column in declared_not_null()["fct_procurement"]:
            con.execute(f'ALTER TABLE fct_procurement ALTER COLUMN "{column}" DROP NOT NULL')
        assert nullable(con, "fct_procurement") >= declared_not_null()["fct_procurement"]
        years = [row[0] for row in con.execute("SELECT DISTINCT report_year FROM dim_report ORDER BY 1").fetchall()]
    finally:
        con.close()
    env = {**{k: v for k, v in os.environ.items() if not k.startswith("GDW_")},
           "GDW_WAREHOUSE_DIR": str(warehouse), "GDW_WAREHOUSE_TARGET": "duckdb", **dbt_build_env(years[:1])}
    target = warehouse / WAREHOUSE_DBT_TARGET
    seed_parse_state(target, env)
    done = subprocess.run([os.path.join(os.path.dirname(sys.executable), "dbt"), "run", "--select", "fct_procurement",
                           "--profiles-dir", ".", "--target", "dev", "--target-path", str(target)],
                          cwd=DBT_PROJECT, env=env, capture_output=True, text=True, check=False)
    assert done.returncode == 0, done.stdout[-3000:]
    con = duckdb.connect(str(warehouse / "gdw.duckdb"), read_only=True)
    try:
        assert not declared_not_null()["fct_procurement"] & nullable(con, "fct_procurement")
    finally:
        con.close()
