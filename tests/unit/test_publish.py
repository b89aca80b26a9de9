"""The publish step on its own: a new publish folder, switched in with one pointer."""

from __future__ import annotations

import duckdb

from orchestration.core.warehouse_state import record_builds, record_table_builds
from orchestration.defs.publish import TOKEN_RE, current_publish, mart_tables, new_token, publish_marts


def working(path) -> duckdb.DuckDBPyConnection:
    con = duckdb.connect(str(path))
    con.execute("CREATE SCHEMA staging")
    con.execute("CREATE TABLE staging.reports AS SELECT 1 AS x")
    con.execute("CREATE TABLE dim_report AS SELECT range AS report_id FROM range(3)")
    con.execute("CREATE TABLE fct_rule_results AS SELECT range AS report_id, 'APP_BALANCE' AS rule_id FROM range(5)")
    con.execute("CREATE TABLE rule_catalogue AS SELECT 'APP_BALANCE' AS rule_id")
    con.execute("CREATE VIEW stg_reports AS SELECT * FROM staging.reports")
    return con


def test_marts_are_the_tables_of_the_main_schema_but_seeds(tmp_path):
    con = working(tmp_path / "gdw.duckdb")
    assert mart_tables(con) == ["dim_report", "fct_rule_results"]


def test_publish_replaces_the_file_and_parquet_while_a_reader_holds_the_old_one(tmp_path):
    con = working(tmp_path / "gdw.duckdb")
    published = tmp_path / "published"
    assert publish_marts(con, published).counts == {"dim_report": 3, "fct_rule_results": 5}
    reader = duckdb.connect(str(published / "gdw.duckdb"), read_only=True)
    con.execute("INSERT INTO dim_report VALUES (3)")
    publish_marts(con, published)
    assert reader.execute("SELECT count(*) FROM dim_report").fetchall() == [(3,)]  # the old file, still whole
    reader.close()
    names = sorted(p.name for p in published.iterdir())  # two publish folders, the pointer, the readers' paths
    assert names[2:] == ["current", "gdw.duckdb", "parquet"] and all(TOKEN_RE.match(n) for n in names[:2])
    assert sorted(p.name for p in (published / "parquet").iterdir()) == ["dim_report.parquet", "fct_rule_results.parquet"]
    check = duckdb.connect(":memory:")
    assert check.execute(f"SELECT count(*) FROM '{published}/parquet/dim_report.parquet'").fetchall() == [(4,)]


def published_counts(folder) -> tuple[int, int]:
    """dim_report's rows in the DuckDB file and in the Parquet file of one publish folder."""
    con = duckdb.connect(str(folder / "gdw.duckdb"), read_only=True)
    try:
        in_duckdb = con.execute("SELECT count(*) FROM dim_report").fetchall()[0][0]
    finally:
        con.close()
    return in_duckdb, duckdb.sql(f"SELECT count(*) FROM '{folder}/parquet/dim_report.parquet'").fetchall()[0][0]


def test_one_switch_keeps_two_publishes_and_readers_never_see_a_mix(tmp_path):
    con = working(tmp_path / "gdw.duckdb")
    published = tmp_path / "published"
    seen = []
    for new_row in range(3, 7):
        publish_marts(con, published)
        seen.append(current_publish(published))
        assert published_counts(current_publish(published)) == (new_row, new_row)  # one run's files together
        con.execute(f"INSERT INTO dim_report VALUES ({new_row})")
    # the current publish and the one before it stay; older ones are gone
    assert sorted(p for p in published.iterdir() if TOKEN_RE.match(p.name)) == seen[-2:]
    assert published_counts(seen[-2]) == (5, 5)


def test_the_next_publish_removes_what_a_killed_publish_left(tmp_path):
    con = working(tmp_path / "gdw.duckdb")
    published = tmp_path / "published"
    publish_marts(con, published)
    before = current_publish(published)
    # a publish killed half-way, in this layout and in the one before it
    killed = published / f".{new_token()}.building"
    (killed / "parquet").mkdir(parents=True)
    (killed / "gdw.duckdb").write_bytes(b"half")
    (published / ".gdw.duckdb.0123456789ab.building").write_bytes(b"half")
    (published / ".gdw.duckdb.0123456789ab.building.wal").write_bytes(b"log")
    assert current_publish(published) == before  # readers still see the last good publish
    publish_marts(con, published)
    assert not [p.name for p in published.iterdir() if p.name.startswith(".")]


def test_a_warehouse_published_in_the_old_layout_moves_to_publish_folders(tmp_path):
    con = working(tmp_path / "gdw.duckdb")
    published = tmp_path / "published"
    (published / "parquet" / ".0123.building").mkdir(parents=True)
    (published / "parquet" / "old_mart.parquet").write_bytes(b"old")
    (published / "gdw.duckdb").write_bytes(b"old")
    (published / "gdw.duckdb.wal").write_bytes(b"stale")
    publish_marts(con, published)
    assert (published / "gdw.duckdb").is_symlink() and (published / "parquet").is_symlink()
    assert published_counts(published) == (3, 3)
    assert sorted(p.name for p in (published / "parquet").iterdir()) == ["dim_report.parquet", "fct_rule_results.parquet"]
    assert not (published / "gdw.duckdb.wal").exists()


def test_a_publish_writes_only_the_tables_that_changed_and_nothing_when_none_did(tmp_path):
    con = working(tmp_path / "gdw.duckdb")
    published = tmp_path / "published"
    first = publish_marts(con, published)
    assert first.switched and first.written == ["dim_report", "fct_rule_results"]

    again = publish_marts(con, published)  # nothing changed: no new folder, readers keep the same one
    assert not again.switched and again.written == [] and again.folder == first.folder
    assert again.counts == {"dim_report": 3, "fct_rule_results": 5}
    assert current_publish(published) == first.folder

    con.execute("INSERT INTO dim_report VALUES (3)")
    changed = publish_marts(con, published)
    assert changed.switched and changed.written == ["dim_report"] and changed.kept == ["fct_rule_results"]
    new, old = changed.folder, first.folder
    assert current_publish(published) == new
    # the unchanged table's Parquet file is the previous publish's (linked, not written again)
    assert (new / "parquet" / "fct_rule_results.parquet").stat().st_ino == \
        (old / "parquet" / "fct_rule_results.parquet").stat().st_ino
    assert published_counts(new) == (4, 4) and published_counts(old) == (3, 3)
    reader = duckdb.connect(str(new / "gdw.duckdb"), read_only=True)
    try:
        assert reader.execute("SELECT count(*) FROM fct_rule_results").fetchall() == [(5,)]
    finally:
        reader.close()

    con.execute("DROP TABLE fct_rule_results")  # a mart that is gone is gone from the next publish too
    dropped = publish_marts(con, published)
    reader = duckdb.connect(str(dropped.folder / "gdw.duckdb"), read_only=True)
    try:
        assert [r[0] for r in reader.execute("SHOW TABLES").fetchall()] == ["dim_report"]
    finally:
        reader.close()
    assert sorted(p.name for p in (dropped.folder / "parquet").iterdir()) == ["dim_report.parquet"]


def year_warehouse(path) -> duckdb.DuckDBPyConnection:
    """A working database whose fct_rule_results the year models built, year by year."""
    con = working(path)
    con.execute("DROP TABLE fct_rule_results")
    con.execute("CREATE TABLE fct_rule_results AS SELECT range AS report_id, 2019 + range % 3 AS report_year, "
                "'APP_BALANCE' AS rule_id FROM range(9)")
    record_builds(con, {2019: "a", 2020: "b", 2021: "c"})
    record_table_builds(con, ["fct_rule_results"], reading_year_before=["fct_rule_results"])
    return con


def published_content(folder, table: str) -> tuple[list, list]:
    """A table's rows in a publish folder's DuckDB file and in its Parquet files, sorted."""
    con = duckdb.connect(str(folder / "gdw.duckdb"), read_only=True)
    try:
        in_duckdb = sorted(con.execute(f"SELECT * FROM {table}").fetchall())
    finally:
        con.close()
    files = folder / "parquet" / table
    source = f"'{files}/*.parquet'" if files.is_dir() else f"'{files}.parquet'"
    return in_duckdb, sorted(duckdb.sql(f"SELECT * FROM {source}").fetchall())


def test_a_year_table_is_published_one_file_per_year_and_only_its_changed_years_are_written(tmp_path):
    con = year_warehouse(tmp_path / "gdw.duckdb")
    published = tmp_path / "published"
    first = publish_marts(con, published)
    assert sorted(p.name for p in (first.folder / "parquet" / "fct_rule_results").iterdir()) == \
        ["2019.parquet", "2020.parquet", "2021.parquet"]
    assert first.counts["fct_rule_results"] == 9

    # 2020 rebuilt with one report more: 2020 is written, and 2021 (which compares with 2020); 2019 is linked
    con.execute("INSERT INTO fct_rule_results VALUES (100, 2020, 'APP_BALANCE')")
    record_builds(con, {2020: "b2"})
    changed = publish_marts(con, published)
    assert changed.written == ["fct_rule_results"] and changed.years_written == {"fct_rule_results": ["2020", "2021"]}
    assert changed.kept == ["dim_report"] and changed.counts["fct_rule_results"] == 10
    new, old = changed.folder / "parquet" / "fct_rule_results", first.folder / "parquet" / "fct_rule_results"
    assert (new / "2019.parquet").stat().st_ino == (old / "2019.parquet").stat().st_ino
    assert (new / "2020.parquet").stat().st_ino != (old / "2020.parquet").stat().st_ino
    everything = sorted(con.execute("SELECT * FROM fct_rule_results").fetchall())
    assert published_content(changed.folder, "fct_rule_results") == (everything, everything)

    # every report of 2021 gone: its file and its rows leave the publish
    con.execute("DELETE FROM fct_rule_results WHERE report_year = 2021")
    record_builds(con, {2021: "empty"})
    removed = publish_marts(con, published)
    assert removed.years_written == {"fct_rule_results": []}
    assert sorted(p.name for p in (removed.folder / "parquet" / "fct_rule_results").iterdir()) == \
        ["2019.parquet", "2020.parquet"]
    everything = sorted(con.execute("SELECT * FROM fct_rule_results").fetchall())
    assert published_content(removed.folder, "fct_rule_results") == (everything, everything)

    # and the result is what a publish from nothing gives
    full = publish_marts(con, tmp_path / "full")
    for table in ("dim_report", "fct_rule_results"):
        assert published_content(removed.folder, table) == published_content(full.folder, table)
    assert publish_marts(con, published).switched is False  # nothing changed since


def test_a_year_table_whose_columns_changed_is_published_whole(tmp_path):
    con = year_warehouse(tmp_path / "gdw.duckdb")
    published = tmp_path / "published"
    publish_marts(con, published)
    con.execute("ALTER TABLE fct_rule_results ADD COLUMN status VARCHAR DEFAULT 'passed'")
    record_builds(con, {2021: "c2"})  # a new model version rebuilds one year (every year, in a real run)
    changed = publish_marts(con, published)
    everything = sorted(con.execute("SELECT * FROM fct_rule_results").fetchall())
    assert changed.years_written == {"fct_rule_results": ["2019", "2020", "2021"]}
    # the new column in every year's rows, not only those of the year rebuilt
    assert published_content(changed.folder, "fct_rule_results") == (everything, everything)


def test_an_empty_year_table_keeps_a_readable_file(tmp_path):
    con = year_warehouse(tmp_path / "gdw.duckdb")
    con.execute("DELETE FROM fct_rule_results")
    outcome = publish_marts(con, tmp_path / "published")
    files = outcome.folder / "parquet" / "fct_rule_results"
    assert [p.name for p in files.iterdir()] == ["empty.parquet"]
    assert duckdb.sql(f"SELECT count(*) FROM '{files}/*.parquet'").fetchall() == [(0,)]
    assert outcome.counts["fct_rule_results"] == 0
