"""A run whose process died is failed and its pool slot freed; a live run is left alone."""

from __future__ import annotations

import os
import shutil
import subprocess
import time

import dagster as dg
from dagster._core.events import DagsterEvent, DagsterEventType, EngineEventData

from orchestration.dead_runs import fail_dead_runs, find_dead_runs, process_alive
from orchestration.defs.run_health import dead_run_sensor
from tests.conftest import ROOT

POOL = "duckdb_write"


def _started_run(instance: dg.DagsterInstance, pid: int) -> str:
    run = instance.add_run(dg.DagsterRun(job_name="gdw_everything", status=dg.DagsterRunStatus.STARTED))
    # the daemon that dequeued and launched it wrote events too; its (live) pid is not the run's
    instance.report_dagster_event(
        DagsterEvent(DagsterEventType.ENGINE_EVENT.value, job_name="gdw_everything", message="launching",
                     pid=os.getpid(), event_specific_data=EngineEventData()),
        run_id=run.run_id,
    )
    instance.report_dagster_event(
        DagsterEvent(DagsterEventType.RUN_START.value, job_name="gdw_everything", message="started", pid=pid),
        run_id=run.run_id,
    )
    instance.event_log_storage.claim_concurrency_slot(POOL, run.run_id, "parsing__parsed_reports")
    return run.run_id


def test_a_dead_run_is_failed_and_frees_its_slot_a_live_one_is_not(tmp_path):
    shutil.copy(ROOT / "dagster.yaml", tmp_path / "dagster.yaml")
    alive = subprocess.Popen(["sleep", "60"])
    doomed = subprocess.Popen(["sleep", "60"])
    try:
        time.sleep(0.1)
        with dg.DagsterInstance.from_config(str(tmp_path)) as instance:
            instance.event_log_storage.initialize_concurrency_limit_to_default(POOL)
            dead_run = _started_run(instance, doomed.pid)  # holds the one slot
            live_run = _started_run(instance, alive.pid)  # waits for it
            doomed.kill()
            doomed.wait()
            assert {s.run_id for s in instance.event_log_storage.get_concurrency_info(POOL).claimed_slots} == {dead_run}

            assert [d.run_id for d in find_dead_runs(instance)] == [dead_run]
            # what the daemon does every minute under `make dev` (make run calls fail_dead_runs itself)
            assert dead_run_sensor.default_status == dg.DefaultSensorStatus.RUNNING
            with dg.build_sensor_context(instance=instance) as context:
                assert "1 dead run" in str(dead_run_sensor(context).skip_message)

            assert instance.get_run_by_id(dead_run).status == dg.DagsterRunStatus.FAILURE
            assert instance.get_run_by_id(live_run).status == dg.DagsterRunStatus.STARTED
            claim = instance.event_log_storage.claim_concurrency_slot(POOL, live_run, "parsing__parsed_reports")
            assert claim.is_claimed  # the waiting run gets the slot the dead one held
            assert fail_dead_runs(instance) == []  # nothing more to do
    finally:
        alive.kill()
        alive.wait()


def test_a_reused_pid_is_not_the_run_s_process():
    process = subprocess.Popen(["sleep", "60"])
    try:
        time.sleep(0.1)
        assert process_alive(process.pid, started_by=time.time())
        # a run that started before this process existed cannot be running in it
        assert not process_alive(process.pid, started_by=time.time() - 3600)
    finally:
        process.kill()
        process.wait()
    assert not process_alive(process.pid, started_by=time.time())
