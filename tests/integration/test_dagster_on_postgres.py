"""Beyond one machine: the whole graph runs with the Dagster instance (runs, event logs, schedules)
on PostgreSQL, configured as `make run` configures it with GDW_DAGSTER_STORAGE=postgres."""

from __future__ import annotations

import dagster as dg
import psycopg
import pytest

from tests.conftest import ROOT, SAMPLES_DIR
from tests.integration.conftest import materialize

# on the pytest-xdist worker of its session fixtures (tests/integration/conftest.py)
pytestmark = pytest.mark.integration


def test_the_whole_graph_runs_with_the_dagster_instance_on_postgres(postgres_server, tmp_path, monkeypatch):
    with psycopg.connect(**postgres_server.connect_kwargs(), autocommit=True) as admin:
        admin.execute('CREATE DATABASE "dagster"')
    for name, value in {"DAGSTER_PG_HOST": postgres_server.host, "DAGSTER_PG_PORT": str(postgres_server.port),
                        "DAGSTER_PG_USER": postgres_server.user, "DAGSTER_PG_PASSWORD": "",
                        "DAGSTER_PG_DB": "dagster"}.items():
        monkeypatch.setenv(name, value)
    home = tmp_path / "dagster_home"
    home.mkdir()
    # what the Makefile writes: dagster.yaml, then the PostgreSQL storage
    (home / "dagster.yaml").write_text("".join(
        (ROOT / name).read_text(encoding="utf-8") for name in ("dagster.yaml", "dagster.storage-postgres.yaml")))

    with dg.DagsterInstance.from_config(str(home)) as instance:
        assert type(instance.run_storage).__name__ == "PostgresRunStorage"
        assert type(instance.event_log_storage).__name__ == "PostgresEventLogStorage"
        built = materialize(SAMPLES_DIR, tmp_path / "warehouse", instance=instance)
        assert built.result.success
        materialized = instance.get_materialized_partitions(dg.AssetKey(["fct_applications"]))
    assert {"2019", "2020"} <= materialized
    assert built.query("SELECT count(*) FROM dim_report")[0][0] > 0

    # the run, its events and the asset partitions are in PostgreSQL, not in files under DAGSTER_HOME
    with psycopg.connect(**{**postgres_server.connect_kwargs(), "dbname": "dagster"}) as con:
        status = con.execute("SELECT status FROM runs WHERE run_id = %s", [built.result.run_id]).fetchone()
        events = con.execute("SELECT count(*) FROM event_logs WHERE run_id = %s", [built.result.run_id]).fetchone()
    assert status == ("SUCCESS",) and events[0] > 100
    assert not list(home.glob("**/*.db"))
