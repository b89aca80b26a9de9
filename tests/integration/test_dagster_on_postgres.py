"""Beyond one machine: the whole graph runs with the Dagster instance (runs, event logs, schedules)
on PostgreSQL, configured as `make run` configures it with GDW_DAGSTER_STORAGE=postgres. The run is
the samples warehouse's (tests/integration/conftest.py: samples_warehouse, postgres_instance)."""

from __future__ import annotations

import dagster as dg
import psycopg
import pytest

pytestmark = pytest.mark.integration


def test_the_whole_graph_runs_with_the_dagster_instance_on_postgres(postgres_instance, samples_warehouse):
    instance = postgres_instance.instance
    assert type(instance.run_storage).__name__ == "PostgresRunStorage"
    assert type(instance.event_log_storage).__name__ == "PostgresEventLogStorage"
    assert samples_warehouse.result.success
    assert {"2019", "2020"} <= instance.get_materialized_partitions(dg.AssetKey(["fct_applications"]))
    assert samples_warehouse.query("SELECT count(*) FROM dim_report")[0][0] > 0

    # the run, its events and the asset partitions are in PostgreSQL, not in files under DAGSTER_HOME
    with psycopg.connect(**postgres_instance.connect_kwargs) as con:
        status = con.execute("SELECT status FROM runs WHERE run_id = %s", [samples_warehouse.result.run_id]).fetchone()
        events = con.execute("SELECT count(*) FROM event_logs WHERE run_id = %s",
                             [samples_warehouse.result.run_id]).fetchone()
    assert status == ("SUCCESS",) and events[0] > 100
    assert not list(postgres_instance.home.glob("**/*.db"))
