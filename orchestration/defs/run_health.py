"""With the daemon running (`make dev`), dead runs are failed and their pool slots freed every minute,
so a run the sensor, a schedule or the UI queues never waits behind a run that died (dead_runs.py)."""

import dagster as dg

from orchestration.dead_runs import fail_dead_runs


@dg.sensor(
    minimum_interval_seconds=60,
    default_status=dg.DefaultSensorStatus.RUNNING,  # writes nothing but run status: safe to start on
    description="Marks failed the runs whose process died (kill -9, out of memory, reboot) and frees "
    "the duckdb_write pool slots they held, so that queued runs can start.",
)
def dead_run_sensor(context: dg.SensorEvaluationContext) -> dg.SkipReason:
    dead = fail_dead_runs(context.instance)
    for run in dead:
        context.log.warning(f"run {run.run_id} ({run.job_name}) had died: {run.reason}; marked failed, slots freed")
    return dg.SkipReason(f"{len(dead)} dead run(s) marked failed" if dead else "no dead runs")
