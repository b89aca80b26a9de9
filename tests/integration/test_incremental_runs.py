"""A season of runs gives exactly the warehouse of one full rebuild.

Runs after the first redo only what changed: the year models of the years whose reports changed
(and the next year's CARRY_CONTINUITY), the GX gates on those years (the others' verdicts carried
over), the publish of the tables that changed. After each run of the sequence (the first, a report
changed, one added, the same one removed, an unchanged re-run) every table of the working warehouse
and of the published copy, and every check's verdict, must be those of a full rebuild from an empty
warehouse of the same landing folder.

The first run starts from an empty warehouse: it is itself the full rebuild of its landing folder.
The reference rebuilds of the later steps share one folder, emptied of every table before each, and
keep dbt's parse state (dbt_target), as `make run` keeps it: dbt then parses partially. The report
added is alone in its year and removed again: the removal empties the year, and leaves the landing
folder of the step before the addition, whose rebuild's tables and verdicts, taken when it ran,
are the removal's (and the re-run's) full rebuild: the same files give the same warehouse, which is
what the test proves.

CARRY_CONTINUITY of year Y+1 follows a rebuild of year Y alone: when the corrected 2019 report
arrives (the landing sensor asks for a 2019 run only), the 2020 carry-over result changes in that
run, without waiting for a 2020 run.
"""

from __future__ import annotations

import shutil
from dataclasses import dataclass
from pathlib import Path

import dagster as dg
import duckdb
import pytest

from tests.dbt_parse_state import WAREHOUSE_DBT_TARGET
from tests.integration.conftest import Built, materialize
from tests.rule_reports import Report

pytestmark = [pytest.mark.integration, pytest.mark.graph_runs(7)]

# Columns that say when something was read or written, which differ between two builds of one landing.
TIME_TYPES = ("TIMESTAMP", "TIMESTAMP WITH TIME ZONE", "DATE")


def tables(con) -> list[tuple[str, str]]:
    return con.execute(
        "SELECT table_schema, table_name FROM information_schema.tables WHERE table_type = 'BASE TABLE' "
        "AND table_schema IN ('main', 'main_rules') ORDER BY 1, 2").fetchall()


def rows(con, schema: str, table: str) -> list[tuple]:
    """Every row of a table but its time columns, sorted."""
    columns = [name for name, kind in con.execute(
        "SELECT column_name, data_type FROM information_schema.columns WHERE table_schema = ? AND table_name = ? "
        "ORDER BY ordinal_position", [schema, table]).fetchall() if kind not in TIME_TYPES]
    listed = ", ".join(f'"{c}"' for c in columns)
    return sorted(con.execute(f'SELECT {listed} FROM {schema}."{table}"').fetchall(), key=repr)


def warehouse_content(built: Built) -> dict[str, list[tuple]]:
    """Every table of the working database (marts and rule tables), and of the published copy's
    DuckDB file and Parquet files."""
    con = duckdb.connect(str(built.settings.duckdb_path), read_only=True)
    try:
        content = {f"{schema}.{table}": rows(con, schema, table) for schema, table in tables(con)}
    finally:
        con.close()
    published = built.settings.warehouse_dir / "published"
    con = duckdb.connect(str(published / "gdw.duckdb"), read_only=True)
    try:
        for schema, table in tables(con):
            content[f"published.{table}"] = rows(con, schema, table)
    finally:
        con.close()
    con = duckdb.connect()
    for parquet in sorted((published / "parquet").iterdir()):  # <mart>.parquet, or <mart>/<year>.parquet
        files = f"{parquet}/*.parquet" if parquet.is_dir() else str(parquet)
        con.execute(f"CREATE OR REPLACE VIEW \"{parquet.stem}\" AS SELECT * FROM '{files}'")
        content[f"parquet.{parquet.stem}"] = rows(con, "main", parquet.stem)
    con.close()
    return content


def verdicts(built: Built) -> dict[str, tuple[bool, str | None]]:
    """Each check of the run: passed, and the severity of a failure."""
    return {f"{e.asset_key.to_user_string()}:{e.check_name}": (e.passed, e.severity.value if not e.passed else None)
            for e in built.result.get_asset_check_evaluations()}


def check_metadata(built: Built, check_name: str) -> dict:
    evaluation = next(e for e in built.result.get_asset_check_evaluations() if e.check_name == check_name)
    return {key: value.value for key, value in evaluation.metadata.items()}


def full_rebuild(landing: Path, folder: Path) -> Built:
    """A run over every year from a warehouse folder holding no table, no cache and no publish. It
    keeps what is not the warehouse: dbt's parse state for this folder's profile, which lets dbt
    parse only what changed."""
    if folder.exists():
        for entry in folder.iterdir():
            if entry.name != WAREHOUSE_DBT_TARGET:
                shutil.rmtree(entry) if entry.is_dir() and not entry.is_symlink() else entry.unlink()
    return materialize(landing, folder)


def carry_results(built: Built) -> list[tuple]:
    return built.query("SELECT report_year, status, expected, actual FROM fct_rule_results "
                       "WHERE rule_id = 'CARRY_CONTINUITY' ORDER BY report_year")


@dataclass
class Rebuilt:
    """What a full rebuild of a landing folder gave: its tables and its checks' verdicts, taken right
    after it ran (its folder may be emptied for the next rebuild, or run again)."""

    content: dict[str, list[tuple]]
    verdicts: dict[str, tuple[bool, str | None]]

    @classmethod
    def of(cls, built: Built) -> Rebuilt:
        assert built.result.success
        return cls(warehouse_content(built), verdicts(built))


def assert_same_as_full_rebuild(run: Built, landing: Path, folder: Path, full: Rebuilt | None = None) -> Rebuilt:
    full = full or Rebuilt.of(full_rebuild(landing, folder))
    assert run.result.success
    incremental = warehouse_content(run)
    assert sorted(incremental) == sorted(full.content)
    for table in full.content:
        assert incremental[table] == full.content[table], table
    # the check verdicts of a run answer for the whole warehouse: those of the full rebuild
    assert {k: v for k, v in verdicts(run).items() if k in full.verdicts} == full.verdicts
    return full


def test_a_season_of_runs_gives_the_warehouse_of_one_full_rebuild(tmp_path):
    landing, warehouse, rebuilt = tmp_path / "landing", tmp_path / "warehouse", tmp_path / "rebuilt"
    landing.mkdir()

    def write(name: str, report: Report) -> None:
        (landing / name).write_text(report.text(), encoding="utf-8")

    # 2019 carries 4 forward and 2020 says 1 was carried over: CARRY_CONTINUITY fails in 2020
    write("weihai_2019.txt", Report("山东省威海市民政局", 2019, forward=4))
    write("weihai_2020.txt", Report("威海市民政局", 2020, carried_over=1))
    write("qingdao_2020.txt", Report("青岛市教育局", 2020))
    first = materialize(landing, warehouse)
    assert first.result.success
    assert carry_results(first) == [(2020, "failed", 4, 1)]

    # the 2019 report corrected (it carries 1 forward), a run for 2019: 2020's carry-over now passes
    write("weihai_2019.txt", Report("山东省威海市民政局", 2019, forward=1))
    changed = materialize(landing, warehouse, partition_key="2019")
    corrected = assert_same_as_full_rebuild(changed, landing, rebuilt)
    carry = check_metadata(changed, "gx_carry_continuity")
    assert carry["validated_years"] == [2019, 2020]
    assert carry_results(changed) == [(2020, "passed", 1, 1)]

    # a report on 2021, then a run for 2021 only: only 2021 (and 2022's carry-over) rebuilt
    write("yantai_2021.txt", Report("烟台市财政局", 2021, received=12).add("granted", "natural_person", 1))
    added = materialize(landing, warehouse, partition_key="2021")
    assert_same_as_full_rebuild(added, landing, rebuilt)
    structure = check_metadata(added, "gx_fct_applications_structure")
    assert structure["validated_years"] == [2021] and 2020 in structure["carried_over_years"]
    carry = check_metadata(added, "gx_carry_continuity")  # 2022's carry-over compares with 2021
    assert carry["validated_years"] == [2021, 2022]
    assert carry_results(added) == [(2020, "passed", 1, 1)]

    # the 2021 report removed, a run for every year: 2021 empties, the rest is not redone; the
    # landing folder is the corrected one's again
    (landing / "yantai_2021.txt").unlink()
    removed = materialize(landing, warehouse)
    assert_same_as_full_rebuild(removed, landing, rebuilt, full=corrected)
    structure = check_metadata(removed, "gx_fct_applications_structure")
    assert 2021 in structure["validated_years"] and 2019 in structure["carried_over_years"]
    assert removed.query("SELECT count(*) FROM fct_applications WHERE report_year = 2021") == [(0,)]

    # nothing changed: no year model, no GX validation of the marts, no new publish
    before = (warehouse / "published" / "current").resolve()
    again = materialize(landing, warehouse)
    assert_same_as_full_rebuild(again, landing, rebuilt, full=corrected)
    assert (warehouse / "published" / "current").resolve() == before
    year_models = [m for m in again.result.get_asset_materialization_events()
                   if m.asset_key == dg.AssetKey(["fct_applications"])]
    assert year_models and year_models[0].materialization.metadata["rebuilt_years"].value == []
    assert "dbt_build_seconds" not in year_models[0].materialization.metadata  # dbt did not start
    for check in ("gx_fct_applications_structure", "gx_app_balance", "gx_carry_continuity"):
        assert check_metadata(again, check)["validated_years"] == []
    assert check_metadata(again, "gx_report_reconciliation")["validated"] is False  # its frame did not change
    published = next(m.materialization.metadata for m in again.result.get_asset_materialization_events()
                     if m.asset_key == dg.AssetKey(["publish", "published_warehouse"]))
    assert published["tables_written"].value == [] and published["switched_to_new_publish"].value is False
