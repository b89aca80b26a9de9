"""A run that died never blocks the next one.

A run killed hard (kill -9, the OOM killer, a reboot) stays STARTED in the Dagster instance and keeps
the `duckdb_write` pool slot it held, so every later run waits for that slot forever. Dagster's run
monitoring cannot see it: the default run launcher has no worker health check, and `make run`
starts no daemon. So before a run starts (`make run` calls `python -m orchestration.dead_runs`; with `make dev` the
`dead_run_sensor` does it every minute), each run in progress whose process is gone is reported
failed through the instance (`report_run_failed`, the event the UI shows), and its pool slots are
freed (`free_concurrency_slots_for_run`, what the daemon itself does for finished runs).

How a run is known to be dead: every event Dagster stores carries the pid of the process that
wrote it; the run's process is the one that wrote its RUN_START (`dagster job execute`, or the run
worker the launcher started; steps run in it, the in-process executor). The run is alive when that
process still exists and started before the run did (a pid reused after a crash or a reboot belongs
to another process). Earlier events of a queued run come from the daemon, alive or not: they say
nothing about the run's own process. A pid means something
only on its own machine: runs are checked on the instance's own machine (SQLite storage, the
local default), or when tagged `gdw/host` with this host name. A run that is STARTING with no
event yet is dead after the instance's run-monitoring start timeout.
"""

from __future__ import annotations

import os
import socket
import sys
import time
from dataclasses import dataclass
from pathlib import Path

import dagster as dg
from dagster._core.storage.dagster_run import FINISHED_STATUSES, IN_PROGRESS_RUN_STATUSES

HOST_TAG = "gdw/host"


@dataclass(frozen=True)
class DeadRun:
    run_id: str
    job_name: str
    status: str
    pid: int | None
    reason: str


def _boot_time() -> float | None:
    try:
        for line in Path("/proc/stat").read_text().splitlines():
            if line.startswith("btime "):
                return float(line.split()[1])
    except OSError:
        pass
    return None


def process_alive(pid: int, started_by: float) -> bool:
    """A live (not zombie) process `pid` that started no later than `started_by` (epoch seconds)."""
    try:
        stat = Path(f"/proc/{pid}/stat").read_text()
    except FileNotFoundError:
        return False
    except OSError:  # no /proc (not Linux): only existence can be checked
        try:
            os.kill(pid, 0)
        except ProcessLookupError:
            return False
        except PermissionError:
            return True
        return True
    fields = stat.rsplit(")", 1)[1].split()
    if fields[0] in ("Z", "X"):  # killed, not yet reaped by its parent
        return False
    boot = _boot_time()
    if boot is None:
        return True
    started = boot + int(fields[19]) / os.sysconf("SC_CLK_TCK")
    return started <= started_by + 2  # clock ticks and float seconds: a little slack


def _run_process(instance: dg.DagsterInstance, run_id: str) -> int | None:
    """The pid that wrote the run's RUN_START, if it has one."""
    records = instance.get_records_for_run(run_id, of_type=dg.DagsterEventType.RUN_START, limit=1).records
    event = records[0].event_log_entry.dagster_event if records else None
    return event.pid if event is not None else None


def _local_storage(instance: dg.DagsterInstance) -> bool:
    return "sqlite" in type(instance.run_storage).__name__.lower()


def find_dead_runs(instance: dg.DagsterInstance, host: str | None = None, now: float | None = None) -> list[DeadRun]:
    """Runs in progress on this machine whose process is gone."""
    host = host or socket.gethostname()
    now = time.time() if now is None else now
    local = _local_storage(instance)
    dead = []
    for record in instance.get_run_records(dg.RunsFilter(statuses=IN_PROGRESS_RUN_STATUSES)):
        run = record.dagster_run
        if run.status == dg.DagsterRunStatus.QUEUED:  # waiting in the queue: no process yet, nothing held
            continue
        tagged = run.tags.get(HOST_TAG)
        if (tagged or (host if local else None)) != host:
            continue  # another machine's run: its pids mean nothing here
        pid = _run_process(instance, run.run_id)
        started = record.start_time or record.create_timestamp.timestamp()
        if pid:
            if process_alive(pid, started):
                continue
            reason = f"its process {pid} is gone"
        else:
            waited = now - record.create_timestamp.timestamp()
            if waited < instance.run_monitoring_start_timeout_seconds:
                continue
            reason = f"it never started a process in {waited:.0f} s"
        dead.append(DeadRun(run.run_id, run.job_name, run.status.value, pid, reason))
    return dead


def fail_dead_runs(instance: dg.DagsterInstance, host: str | None = None) -> list[DeadRun]:
    """Report every dead run failed and free its pool slots; also free slots still held by runs
    that already finished (failed by hand or by run monitoring). Returns the dead runs."""
    dead = find_dead_runs(instance, host)
    for run in dead:
        dagster_run = instance.get_run_by_id(run.run_id)
        if dagster_run is None or dagster_run.status not in IN_PROGRESS_RUN_STATUSES:
            continue  # it ended meanwhile
        instance.report_run_failed(
            dagster_run,
            f"Marked failed by gdw before a new run: {run.reason} (killed, out of memory, or the machine "
            "restarted). Its pool slots were freed; run it again to rebuild what it was building.",
        )
    if instance.event_log_storage.supports_global_concurrency_limits:
        holders = instance.event_log_storage.get_concurrency_run_ids()
        finished = {r.dagster_run.run_id for r in instance.get_run_records(
            dg.RunsFilter(run_ids=list(holders), statuses=FINISHED_STATUSES))} if holders else set()
        for run_id in finished | {run.run_id for run in dead}:
            instance.event_log_storage.free_concurrency_slots_for_run(run_id)
    return dead


def main() -> int:
    """Fail the dead runs of the instance in $DAGSTER_HOME and free their slots; say which."""
    with dg.DagsterInstance.get() as instance:
        dead = fail_dead_runs(instance)
    for run in dead:
        print(f"gdw: run {run.run_id} ({run.job_name}, {run.status}) had died: {run.reason}; "
              "marked failed and its pool slots freed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
